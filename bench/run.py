"""Benchmarks of kg, each against a baseline measured in the same run, written to bench/RESULTS.md.

Run with ``make bench`` (or ``python bench/run.py [--bbc N]``). Figures are ratios against the
baseline on the same machine in the same run, never absolute thresholds in tests.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc"


def _words(paths: list[Path]) -> int:
    return sum(len(p.read_bytes().decode("utf-8", "replace").split()) for p in paths)


def bench_build(name: str, paths: list[Path]) -> dict:
    """kg build (one process) against plain spaCy ``nlp.pipe`` over the same texts."""
    import kg
    from kg import nlp as stage

    texts = [p.read_bytes().decode("utf-8", "replace") for p in paths]
    pipeline = stage.load()
    t0 = time.perf_counter()
    for _ in pipeline.pipe(texts, batch_size=64):
        pass
    baseline = time.perf_counter() - t0

    folder = Path(tempfile.mkdtemp())
    try:
        inputs = folder / "in"
        inputs.mkdir()
        for i, p in enumerate(paths):
            shutil.copy(p, inputs / f"{i:05d}_{p.name}")
        t0 = time.perf_counter()
        report = kg.build([inputs], store=kg.Store(folder / "store"))
        build = time.perf_counter() - t0
        t0 = time.perf_counter()
        kg.validate(kg.Store(folder / "store"))
        validate = time.perf_counter() - t0
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    words = _words(paths)
    return {"corpus": name, "documents": len(paths), "words": words, "spacy_s": baseline, "build_s": build,
            "validate_s": validate, "quads": report.quads, "ratio": baseline / build}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bbc", type=int, default=200, help="number of BBC stories to use (0 for none)")
    args = parser.parse_args()
    rows = [bench_build("seeds", sorted((ROOT / "seeds").glob("*.txt")))]
    if args.bbc and BBC.is_dir():
        stories = sorted(p for p in BBC.glob("*/*.txt"))[: args.bbc]
        rows.append(bench_build(f"bbc[:{len(stories)}]", stories))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "# Benchmark results", "",
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        f"- command: `python bench/run.py --bbc {args.bbc}` (or `make bench`)",
        f"- peak RSS of the benchmark process: {peak:.0f} MB", "",
        "Build throughput, one process: `kg build` (ingest, NLP, extraction, resolution, mapping, store) "
        "against plain spaCy `nlp.pipe` over the same texts, measured in the same run.", "",
        "| corpus | docs | words | spaCy s | kg build s | build words/s | kg/spaCy throughput | validate s | quads |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['corpus']} | {r['documents']} | {r['words']} | {r['spacy_s']:.2f} | {r['build_s']:.2f} | "
                     f"{r['words'] / r['build_s']:.0f} | {r['ratio']:.2f} | {r['validate_s']:.2f} | {r['quads']} |")
    (HERE / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
