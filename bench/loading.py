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
    the default graph (the union), one chunk per graph. The read-out graph is not among them: a
    build never streams it, the store computes it from the data (see kg/readout.py)."""
    from kg.readout import READOUT_GRAPH

    chunks = []
    for graph in sorted(db.named_graphs(), key=lambda g: g.value):
        if graph.value == str(READOUT_GRAPH):
            continue
        nt = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        suffix = f" <{graph.value}> .\n".encode()
        chunks.append(b"".join(line[:-2] + suffix for line in nt.splitlines(keepends=True)) + nt)
    return chunks


def loading(store_dir: Path) -> dict:
    """Seconds to write a generation from the build's chunks (loading, then the read-out computed
    from the loaded data and the store's files merged, both timed apart), and to bulk-load the same
    quads (the dataset without its read-out graph, deduplicated) into a fresh pyoxigraph store in
    one call."""
    from kg import Store, readout

    db = Store(store_dir).open()
    chunks = build_chunks(db)
    graph = ox.NamedNode(str(readout.READOUT_GRAPH))
    dataset = ox.serialize((q for q in db if q.graph_name != graph), format=ox.RdfFormat.N_QUADS)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    stages: dict[str, float] = {}  # the read-out's share of the write: Store.write_generation times it
    try:
        t0 = time.perf_counter()
        Store(work / "kg").write_generation(iter(chunks), {}, timings=stages)
        kg_s = time.perf_counter() - t0
        spent = [stages["read-out"]]
        compact_s = stages.get("compact", 0.0)
        t0 = time.perf_counter()
        plain = ox.Store(str(work / "plain"))
        plain.bulk_load(dataset, format=ox.RdfFormat.N_QUADS)
        plain.flush()
        bulk_s = time.perf_counter() - t0
        quads = len(plain)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"quads": quads, "bytes": sum(map(len, chunks)), "kg_s": kg_s, "readout_s": sum(spent), "bulk_s": bulk_s,
            "compact_s": compact_s}


def validation(store_dir: Path, *, cap: float = 900.0) -> dict:
    """On the store: ``kg validate --store`` with the compiled engine (the default) and with
    ``--engine pyshacl`` (each document graph on its own in pySHACL, in parallel), against
    ``kg validate union.nt`` (the whole union in one pySHACL pass, stopped after ``cap`` s)."""
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
        compiled = run(["-m", "kg", "validate", "--store", str(work / "copy")])
        per_doc = run(["-m", "kg", "validate", "--store", str(work / "copy"), "--engine", "pyshacl"], timeout=cap)
        one = run(["-m", "kg", "validate", str(union), "--engine", "pyshacl"], timeout=cap)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"triples": triples, "compiled_s": compiled.seconds, "compiled_rss_mb": compiled.peak_rss_mb,
            "per_doc_s": per_doc.seconds, "per_doc_rss_mb": per_doc.peak_rss_mb, "per_doc_capped": per_doc.timed_out,
            "one_pass_s": one.seconds, "one_pass_rss_mb": one.peak_rss_mb, "one_pass_capped": one.timed_out,
            "same": compiled.output.splitlines()[-1:] == per_doc.output.splitlines()[-1:]}


def validation_scaled(store_dir: Path, *, target: int = 1_000_000, cap: float = 600.0) -> dict:
    """Validation of a store of at least ``target`` triples (``store_dir`` copied with renamed IRIs
    when smaller, as the query benchmark does): ``kg validate --store`` with the compiled engine
    against one pySHACL pass over the union (``kg validate union.nt --engine pyshacl``, stopped
    after ``cap`` s: then its time is a lower bound)."""
    from queries import scaled

    from kg import Store

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        path, copies = scaled(store_dir, target, work)
        db = Store(path).open()
        triples = sum(1 for _ in db.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        union = work / "union.nt"
        union.write_bytes(db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
        del db
        for cached in path.glob("*.validation.json"):
            cached.unlink()
        compiled = run(["-m", "kg", "validate", "--store", str(path)])
        one = run(["-m", "kg", "validate", str(union), "--engine", "pyshacl"], timeout=cap)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"triples": triples, "copies": copies, "compiled_s": compiled.seconds,
            "compiled_rss_mb": compiled.peak_rss_mb, "verdict": compiled.output.strip().splitlines()[-1:],
            "one_pass_s": one.seconds, "one_pass_rss_mb": one.peak_rss_mb, "one_pass_capped": one.timed_out, "cap": cap}
