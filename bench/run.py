"""Benchmarks of kg, each against a baseline measured in the same run, written to bench/RESULTS.md.

Run with ``make bench`` (or ``python bench/run.py [--bbc N] [--no-whole]``). Figures are ratios
against the baseline on the same machine in the same run, never thresholds in tests:

- build throughput (words/s, documents/s) on the seeds and on N BBC stories against plain spaCy
  ``nlp.pipe`` with the same number of processes, and scaling from 1 to 2 workers;
- the whole BBC corpus built and validated (time, peak memory of the process tree);
- store loading against one pyoxigraph ``bulk_load`` of the same quads;
- validation: shapes compiled to SPARQL against pySHACL (per document in parallel, and one pass over
  the union), and on a graph of at least 1M triples against one pySHACL pass (capped: a lower bound);
- bundled-query latency (p50, p95) on at least 1M triples against rdflib in memory.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc"
sys.path.insert(0, str(HERE))

from builds import compile_kg, kg_build, copy_corpus, throughput, whole  # noqa: E402
from loading import loading, validation, validation_scaled  # noqa: E402
from queries import latency, report as _queries  # noqa: E402


def _load() -> str:
    try:
        return "load average %.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "load average unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bbc", type=int, default=int(os.environ.get("KG_BENCH_BBC", 400)),
                        help="BBC stories for throughput, scaling and one-pass validation [env KG_BENCH_BBC; 400]")
    parser.add_argument("--no-whole", action="store_true", help="skip the whole-corpus build (query figures then use the N stories, scaled)")
    parser.add_argument("--triples", type=int, default=1_000_000, help="least triples of the query benchmark's graph")
    parser.add_argument("--bbc-dir", type=Path, default=BBC, help="the BBC corpus (folders of .txt stories)")
    parser.add_argument("--pyshacl-cap", type=float, default=600.0,
                        help="seconds after which a pySHACL baseline run is stopped (its time is then a lower bound)")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    counts = sorted({1, 2, cores})
    started = time.perf_counter()
    load_before = _load()
    lines = [f"# Benchmark results", "",
             f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
             f"- machine: {platform.machine()}, {cores} cores, {_memory()}, Python {platform.python_version()}, "
             f"{platform.system()} {platform.release()}",
             f"- command: `python bench/run.py --bbc {args.bbc}{' --no-whole' if args.no_whole else ''}"
             f"{f' --triples {args.triples}' if args.triples != 1_000_000 else ''}"
             f"{f' --pyshacl-cap {args.pyshacl_cap:g}' if args.pyshacl_cap != 600 else ''}` (or `make bench`); "
             f"{load_before} at the start", ""]

    compile_kg()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    rows = throughput("seeds", seeds, counts)
    stories = sorted(p for p in args.bbc_dir.glob("*/*.txt"))
    if args.bbc and stories:
        rows += throughput(f"bbc[:{min(args.bbc, len(stories))}]", stories[:args.bbc], counts)
    lines += _throughput(rows)

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        if stories and not args.no_whole:
            full = whole(args.bbc_dir, work / "bbc", cores)
            lines += _whole(full, args.bbc_dir)
            big = work / "bbc"
        else:
            kg_build(copy_corpus(stories[:args.bbc] or seeds, work), work / "bbc", cores)
            big = work / "bbc"
        lines += _loading(loading(big))
        subset = work / "subset"
        kg_build(copy_corpus(stories[:args.bbc] or seeds, work), subset, cores)
        lines += _validation(validation(subset, cap=args.pyshacl_cap), f"bbc[:{args.bbc}]" if stories else "seeds")
        lines += _validation_scaled(validation_scaled(big, target=args.triples, cap=args.pyshacl_cap))
        lines += _queries(latency(big, target=args.triples))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines += [f"Whole run: {time.perf_counter() - started:.0f} s; {_load()} at the end.", ""]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def _memory() -> str:
    try:
        import psutil

        return f"{psutil.virtual_memory().total / 2**30:.0f} GB RAM"
    except ImportError:
        return "RAM unknown"


def _throughput(rows: list[dict]) -> list[str]:
    out = ["## Build throughput against plain spaCy", "",
           "`kg build FOLDER --workers N` (ingest, NLP, extraction, resolution, mapping, store: a fresh "
           "store, the model loaded, as a user runs it) against spaCy's `nlp.pipe(texts, n_process=N, "
           "batch_size=64)` over the same files with the same model as spaCy loads it (its loading included), in the "
           "same run (`bench/builds.py`). kg's pipeline runs two of the model's rule components, the attribute "
           "ruler and the lemmatizer, as lookups that give the same annotations (`kg/fastpipe.py`); the baseline "
           "runs spaCy's own.", "",
           "| corpus | docs | words | processes | spaCy s | kg s | kg words/s | kg docs/s | kg/spaCy throughput | spaCy CPU s | kg CPU s | kg peak RSS MB |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r['corpus']} | {r['documents']} | {r['words']} | {r['processes']} | {r['spacy_s']:.1f} | "
                   f"{r['kg_s']:.1f} | {r['words'] / r['kg_s']:.0f} | {r['documents'] / r['kg_s']:.1f} | "
                   f"{r['spacy_s'] / r['kg_s']:.2f} | {r['spacy_cpu_s']:.1f} | {r['kg_cpu_s']:.1f} | {r['kg_rss_mb']:.0f} |")
    out += ["", "Scaling from 1 to 2 workers (time with 1 / time with 2):", ""]
    for corpus in dict.fromkeys(r["corpus"] for r in rows):
        by = {r["processes"]: r for r in rows if r["corpus"] == corpus}
        if 1 in by and 2 in by:
            out.append(f"- {corpus}: kg {by[1]['kg_s'] / by[2]['kg_s']:.2f}x, spaCy {by[1]['spacy_s'] / by[2]['spacy_s']:.2f}x")
    return out + [""]


def _whole(r: dict, corpus: Path) -> list[str]:
    total = r["build_s"] + r["validate_s"]
    return ["## The whole BBC corpus", "",
            f"`kg build {corpus.name}/business {corpus.name}/entertainment ... --workers {r['workers']} --fresh` then "
            "`kg validate`; peak RSS is the largest sum over the process and its workers, sampled every 0.1 s.", "",
            f"- {r['documents']} files, {r['words']} words: {r['summary']}",
            f"- build {r['build_s']:.0f} s ({r['words'] / r['build_s']:.0f} words/s, {r['documents'] / r['build_s']:.1f} docs/s), "
            f"{r['build_cpu_s']:.0f} s of CPU, peak RSS {r['build_rss_mb']:.0f} MB",
            f"- the build's stages (`kg build --timings`; map+load is the document graphs mapped in the workers while "
            f"the store loads them): {r['stages'].removeprefix('timings: ') or 'not printed'}",
            f"- validate {r['validate_s']:.0f} s, {r['validate_cpu_s']:.0f} s of CPU, peak RSS {r['validate_rss_mb']:.0f} MB: {r['verdict']}",
            f"- built and validated in {total:.0f} s", ""]


def _loading(r: dict) -> list[str]:
    compact_s = r.get("compact_s", 0.0)
    load_s = r["kg_s"] - r["readout_s"] - compact_s
    return ["## Store loading against pyoxigraph's bulk_load", "",
            "Writing a store generation from the chunks a build streams (each document graph's N-Quads followed by "
            "the same triples for the default graph, the union) against one `pyoxigraph.Store.bulk_load` of the "
            "same dataset already deduplicated (`bench/loading.py`, on the store above). The write also computes the "
            "read-out graph from the loaded data (the bundled listings' rows, `kg/readout.py`) and merges the "
            "store's files (pyoxigraph's `optimize`, at the end, and before the read-out after 8 loads or more), so "
            "that the read-out, queries and validation read fewer files; the baseline does neither: their times "
            "are given apart.", "",
            f"- {r['quads']} quads ({r['bytes'] / 2**20:.0f} MB of N-Quads streamed): kg {r['kg_s']:.1f} s, of which "
            f"loading {load_s:.1f} s, the read-out {r['readout_s']:.1f} s and the merge {compact_s:.1f} s; "
            f"bulk_load {r['bulk_s']:.1f} s",
            f"- kg/bulk_load throughput: loading {r['bulk_s'] / load_s:.2f}, the whole write {r['bulk_s'] / r['kg_s']:.2f}", ""]


def _bound(seconds: float, capped: bool) -> str:
    return f"> {seconds:.0f} s (stopped)" if capped else f"{seconds:.1f} s"


def _validation(r: dict, corpus: str) -> list[str]:
    return ["## Validation: compiled SPARQL against pySHACL", "",
            f"On {corpus} ({r['triples']} triples in the union): `kg validate --store S` (the core shapes compiled "
            "to SPARQL and run in pyoxigraph over every named graph at once, then the cross-document pass) against "
            "`kg validate --store S --engine pyshacl` (each document graph on its own in pySHACL, one process per "
            "core) and `kg validate union.nt --engine pyshacl` (pySHACL over the whole union in one pass, every "
            "shape) (`bench/loading.py`).", "",
            f"- compiled SPARQL: {r['compiled_s']:.1f} s (peak RSS {r['compiled_rss_mb']:.0f} MB)",
            f"- pySHACL per document, parallel: {_bound(r['per_doc_s'], r['per_doc_capped'])} "
            f"(peak RSS {r['per_doc_rss_mb']:.0f} MB); same verdict: {r['same']}",
            f"- pySHACL one pass: {_bound(r['one_pass_s'], r['one_pass_capped'])} (peak RSS {r['one_pass_rss_mb']:.0f} MB)",
            f"- speed-up of the compiled engine: {r['per_doc_s'] / r['compiled_s']:.1f}x over per-document pySHACL, "
            f"{r['one_pass_s'] / r['compiled_s']:.1f}x over one pass", ""]


def _validation_scaled(r: dict) -> list[str]:
    scaled = f" (the graph copied {r['copies']} times with renamed IRIs)" if r["copies"] > 1 else ""
    return ["## Validation of at least 1M triples", "",
            f"`kg validate --store S` on {r['triples']} triples in the default graph{scaled}, against pySHACL over "
            f"the same union in one pass (`kg validate union.nt --engine pyshacl`, stopped after {r['cap']:.0f} s) "
            "(`bench/loading.py`).", "",
            f"- compiled SPARQL: {r['compiled_s']:.1f} s (peak RSS {r['compiled_rss_mb']:.0f} MB): {' '.join(r['verdict'])}",
            f"- pySHACL one pass: {_bound(r['one_pass_s'], r['one_pass_capped'])} (peak RSS {r['one_pass_rss_mb']:.0f} MB)",
            f"- ratio: {'at least ' if r['one_pass_capped'] else ''}{r['one_pass_s'] / r['compiled_s']:.1f}x", ""]


if __name__ == "__main__":
    sys.exit(main())
