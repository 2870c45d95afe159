"""Latency of the bundled queries on a store of at least a million triples, against rdflib in
memory running the same queries over the same quads.

Run on its own (``python bench/queries.py STORE [--triples N] [--before DIR]``) it prints the
table of ``bench/run.py``; ``--before`` also times the ``.rq`` files of DIR (the bundled queries of
an earlier commit, say) on the same scaled store in the same run, for a before/after ratio.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import shutil
import signal
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import percentile  # noqa: E402

ID = "https://w3id.org/kg/id/"
GRAPH = "https://w3id.org/kg/graph/"


def scaled(store_dir: Path, target: int, work: Path) -> tuple[Path, int]:
    """A store of at least ``target`` triples in its default graph: the store itself when large
    enough, else its document, identity and runs graphs copied with renamed node and graph IRIs
    (copy k: ``kgid:…`` → ``kgid:k/…``, ``kgg:doc/…`` → ``kgg:doc/k/…``), as if more documents had been built;
    the read-out graph is not copied: writing the scaled store computes its own (:mod:`kg.readout`)."""
    from kg import Store

    db = Store(store_dir).open()
    triples = sum(1 for _ in db.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if triples >= target:
        return store_dir, 1
    quads = lambda g: ox.serialize(db.quads_for_pattern(None, None, None, g), format=ox.RdfFormat.N_QUADS)  # noqa: E731
    named = b"".join(quads(g) for g in db.named_graphs() if g.value not in (GRAPH + "ontology", GRAPH + "readout"))
    ontology = quads(ox.NamedNode(GRAPH + "ontology"))
    copies = -(-target // triples)
    chunks = [ontology, _as_default(ontology)]
    for k in range(copies):
        copy = named if k == 0 else _RENAME.sub(lambda m: b"<" + m.group(1) + str(k).encode() + b"/", named)
        chunks += [copy, _as_default(copy)]
    target_dir = work / "scaled"
    Store(target_dir).write_generation(chunks, {"scaled": copies})
    return target_dir, copies


_RENAME = re.compile(rb"<(" + re.escape(ID.encode()) + rb"|" + re.escape(GRAPH.encode()) + rb"doc/)")
"""Node IRIs and document graph names (the identity and runs graphs keep theirs: copies add to them)."""


def _as_default(nquads: bytes) -> bytes:
    """The same statements in the default graph (drop the graph term of each line)."""
    return re.sub(rb" <[^>]*> \.\n", b" .\n", nquads)


def _params(store) -> dict[str, dict[str, str]]:
    """Values for the parameterized queries: the actor and the person mentioned most."""
    from kg import query

    top = query("SELECT ?a ?label (COUNT(?e) AS ?n) WHERE { ?a a kg:Actor ; skos:prefLabel ?label ; kg:evidence ?e } "
                "GROUP BY ?a ?label ORDER BY DESC(?n) ?a LIMIT 1", store=store, check=False).rows[0]
    person = query("SELECT ?a (COUNT(?e) AS ?n) WHERE { ?a a kg:Person ; kg:evidence ?e } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 1",
                   store=store, check=False).rows[0]
    return {"timeline": {"actor": top[0].value}, "claims-about": {"actor": top[0].value},
            "provenance": {"node": top[0].value}, "roles-over-time": {"person": person[0].value}}


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


PROOF = 25.0
"""An rdflib run is stopped after ``PROOF`` times kg's median for the query (and never before
``rdflib_cap`` seconds), so that a stopped run still shows a ratio above the 20x target."""

CAP_LIMIT = 120.0
"""No rdflib run lasts longer than this (seconds)."""


BUDGET = 1.0
"""Seconds of runs per query: a query runs at least ``repeat`` times and until its runs add up to
this (at most :data:`MAX_RUNS` runs), so that the median of a query of a few milliseconds rests on
hundreds of runs, not three: for such a query one millisecond of noise moves the ratio by a third."""

MAX_RUNS = 300


def latency(store_dir: Path, *, target: int = 1_000_000, repeat: int = 3, rdflib_cap: float = 10.0,
            before: Path | None = None, rdflib: bool = True, budget: float = BUDGET) -> dict:
    """Each bundled query ``repeat`` times, and then again until its runs add up to ``budget``
    seconds (at most :data:`MAX_RUNS` runs), on the (scaled) store through :func:`kg.query` (its
    parameters bound to the most mentioned actor), then once (after a warm-up run of the first
    query) on an rdflib ``Dataset`` holding the same named graphs, its default graph their union;
    rdflib runs are stopped after ``rdflib_cap`` seconds, or :data:`PROOF` times kg's median when
    that is longer (at most :data:`CAP_LIMIT`).

    :param before: a folder of ``.rq`` files named like the bundled queries, timed the same way on the
        same store (their medians go to ``before``), for a before/after comparison.
    :param rdflib: run the rdflib baseline (loading a million triples into rdflib takes minutes).
    """
    from rdflib import Dataset, URIRef

    from kg import Store, query
    from kg.query import bundled
    from kg.vocab import PREFIXES

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        path, copies = scaled(store_dir, target, work)
        store = Store(path)
        db = store.open()
        triples = sum(1 for _ in db.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        params = _params(store)
        rows: dict[str, dict] = {}
        for name, (_, file) in bundled().items():
            times: list[float] = []
            while len(times) < repeat or (sum(times) < budget and len(times) < MAX_RUNS):
                t0 = time.perf_counter()
                answer = query(name, store=store, check=False, params=params.get(name))
                times.append(time.perf_counter() - t0)
            rows[name] = {"kg": times, "rows": len(answer.rows)}
            old = before / file.name if before is not None else None
            if old is not None and old.exists():
                old_times = []
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    query(str(old), store=store, check=False, params=params.get(name))
                    old_times.append(time.perf_counter() - t0)
                rows[name]["before"] = statistics.median(old_times)
        if not rdflib:
            return _summary(rows, triples, copies, params, repeat, None, rdflib_cap)
        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        for graph in db.named_graphs():
            ds.graph(URIRef(graph.value)).parse(data=db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph), format="nt")
        load_s = time.perf_counter() - t0
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        previous = signal.signal(signal.SIGALRM, _alarm)
        try:
            for name, (_, file) in bundled().items():
                bindings = {k: URIRef(v) for k, v in params.get(name, {}).items()}
                cap = min(max(rdflib_cap, PROOF * statistics.median(rows[name]["kg"])), CAP_LIMIT)
                rows[name]["cap"] = cap
                signal.setitimer(signal.ITIMER_REAL, cap)
                t0 = time.perf_counter()
                try:
                    n = len(list(ds.query(prologue + file.read_text(encoding="utf-8"), initBindings=bindings)))
                    rows[name]["rdflib"], rows[name]["rdflib_rows"] = time.perf_counter() - t0, n
                except _Timeout:
                    rows[name]["rdflib"], rows[name]["rdflib_rows"] = None, None
                except Exception as exc:  # a query rdflib cannot run (the bundled ones all run: see timeline.rq)
                    rows[name]["rdflib"], rows[name]["rdflib_error"] = None, type(exc).__name__
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return _summary(rows, triples, copies, params, repeat, load_s, rdflib_cap)


def _summary(rows: dict, triples: int, copies: int, params: dict, repeat: int, load_s: float | None,
             rdflib_cap: float) -> dict:
    every = [t for r in rows.values() for t in r["kg"][:repeat]]  # each query weighs the same in p50 and p95
    medians = {n: statistics.median(r["kg"]) for n, r in rows.items()}
    return {"triples": triples, "copies": copies, "rows": rows, "medians": medians, "p50": percentile(every, 50),
            "p95": percentile(every, 95), "rdflib_load_s": load_s, "rdflib_cap": rdflib_cap, "params": params, "repeat": repeat}


def report(r: dict) -> list[str]:
    """The Markdown section of :func:`latency`'s figures (``bench/RESULTS.md``): a row per query with
    its median, the rdflib baseline when it ran, and the ``before`` queries when they were timed."""
    scaled = f" (the graph copied {r['copies']} times with renamed IRIs)" if r["copies"] > 1 else ""
    baseline = r["rdflib_load_s"] is not None
    before = any("before" in row for row in r["rows"].values())
    params = ", ".join(f"{k}: {v}" for k, v in sorted({n: next(iter(p.values())) for n, p in r["params"].items()}.items()))
    out = ["## Bundled-query latency", "",
           f"Every bundled query through `kg query NAME --no-validate` on {r['triples']} triples in the default graph"
           f"{scaled}, each run {r['repeat']} times and then until its runs add up to {BUDGET:.0f} s (at most {MAX_RUNS}; "
           f"the median is over all its runs, p50 and p95 over the first {r['repeat']} of each query); parameterized queries get the most mentioned actor ({params}). "
           + (f"Baseline: rdflib in memory (`Dataset(default_union=True)` with the same named graphs, loaded in "
              f"{r['rdflib_load_s']:.0f} s), the same query text and bindings, one run each, stopped after "
              f"{r['rdflib_cap']:.0f} s or {PROOF:.0f} times kg's median when that is longer (at most {CAP_LIMIT:.0f} s), "
              "so that a stopped run still shows its ratio above 20x (`bench/queries.py`)." if baseline else "No rdflib baseline in this run."), "",
           f"- kg over the first runs: p50 {r['p50'] * 1000:.0f} ms, p95 {r['p95'] * 1000:.0f} ms", "",
           "| query | rows | runs | kg median ms |" + (" before ms | before/kg |" if before else "")
           + (" rdflib ms | rdflib/kg |" if baseline else ""),
           "|---|---|---|---|" + ("---|---|" if before else "") + ("---|---|" if baseline else "")]
    ratios, speedups = [], []
    for name, row in r["rows"].items():
        med = r["medians"][name]
        line = f"| {name} | {row['rows']} | {len(row['kg'])} | {med * 1000:.1f} |"
        if before:
            if "before" in row:
                line += f" {row['before'] * 1000:.0f} | {row['before'] / med:.1f} |"
                speedups.append(row["before"] / med)
            else:
                line += " | |"
        if baseline and row.get("rdflib_error"):
            line += f" fails ({row['rdflib_error']}) | |"
        elif baseline and row.get("rdflib") is None:
            cap = row.get("cap", r["rdflib_cap"])
            line += f" > {cap * 1000:.0f} | > {cap / med:.0f} |"
            ratios.append(cap / med)
        elif baseline:
            same = "" if row["rdflib_rows"] == row["rows"] else f" ({row['rdflib_rows']} rows)"
            line += f" {row['rdflib'] * 1000:.0f}{same} | {row['rdflib'] / med:.0f} |"
            ratios.append(row["rdflib"] / med)
        out.append(line)
    out.append("")
    if speedups:
        out.append(f"before/kg over the queries: median {statistics.median(speedups):.1f}x")
    if ratios:
        ratios.sort()
        out.append(f"rdflib/kg over the queries: median {statistics.median(ratios):.0f}x, lowest {ratios[0]:.1f}x "
                   "(a `>` ratio is a lower bound: rdflib was stopped); "
                   f"{sum(x >= 20 for x in ratios)} of {len(ratios)} queries at 20x or more")
    return out + [""]


def main(argv: list[str] | None = None) -> None:
    """Time the bundled queries on a store (scaled up to ``--triples``) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="a built kg store folder")
    parser.add_argument("--triples", type=int, default=1_000_000, help="least triples of the graph [1000000]")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query [3]")
    parser.add_argument("--before", type=Path, help="a folder of .rq files to time on the same store, for a ratio")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib baseline")
    args = parser.parse_args(argv)
    r = latency(args.store, target=args.triples, repeat=args.repeat, before=args.before, rdflib=not args.no_rdflib)
    print("\n".join(report(r)))
    print("load average %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
