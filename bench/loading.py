"""Store loading (kg's streamed generation against one pyoxigraph ``bulk_load``) and validation
(per document in parallel against one pass over the union)."""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from measure import run


def build_chunks(db: ox.Store) -> list[bytes]:
    """What a build streams into the store: each named graph's N-Quads, then the same triples for
    the default graph (the union), one chunk per graph."""
    chunks = []
    for graph in sorted(db.named_graphs(), key=lambda g: g.value):
        nt = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        suffix = f" <{graph.value}> .\n".encode()
        chunks.append(b"".join(line[:-2] + suffix for line in nt.splitlines(keepends=True)) + nt)
    return chunks


def loading(store_dir: Path) -> dict:
    """Seconds to write a generation from the build's chunks, and to bulk-load the same quads
    (the dataset, deduplicated) into a fresh pyoxigraph store in one call."""
    from kg import Store

    db = Store(store_dir).open()
    chunks = build_chunks(db)
    dataset = db.dump(format=ox.RdfFormat.N_QUADS)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        t0 = time.perf_counter()
        Store(work / "kg").write_generation(iter(chunks), {})
        kg_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        plain = ox.Store(str(work / "plain"))
        plain.bulk_load(dataset, format=ox.RdfFormat.N_QUADS)
        plain.flush()
        bulk_s = time.perf_counter() - t0
        quads = len(plain)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"quads": quads, "bytes": sum(map(len, chunks)), "kg_s": kg_s, "bulk_s": bulk_s}


def validation(store_dir: Path) -> dict:
    """``kg validate`` of the store (each document graph on its own, in parallel, then the
    cross-document pass) against ``kg validate union.nt`` (the whole union in one pySHACL pass)."""
    from kg import Store

    db = Store(store_dir).open()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        union = work / "union.nt"
        union.write_bytes(db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
        triples = sum(1 for _ in db.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        shutil.rmtree(work / "copy", ignore_errors=True)
        shutil.copytree(store_dir, work / "copy", symlinks=True)
        for cached in (work / "copy").glob("*.validation.json"):
            cached.unlink()
        per_doc = run(["-m", "kg", "validate", "--store", str(work / "copy")])
        one = run(["-m", "kg", "validate", str(union)])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"triples": triples, "per_doc_s": per_doc.seconds, "per_doc_rss_mb": per_doc.peak_rss_mb,
            "one_pass_s": one.seconds, "one_pass_rss_mb": one.peak_rss_mb}
