"""Latency of the bundled queries on a store of at least a million triples, against rdflib in
memory running the same queries over the same quads."""
from __future__ import annotations

import re
import shutil
import signal
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from measure import percentile

ID = "https://w3id.org/kg/id/"
GRAPH = "https://w3id.org/kg/graph/"


def scaled(store_dir: Path, target: int, work: Path) -> tuple[Path, int]:
    """A store of at least ``target`` triples in its default graph: the store itself when large
    enough, else its document, identity and runs graphs copied with renamed node and graph IRIs
    (copy k: ``kgid:…`` → ``kgid:k/…``, ``kgg:doc/…`` → ``kgg:doc/k/…``), as if more documents had been built."""
    from kg import Store

    db = Store(store_dir).open()
    triples = sum(1 for _ in db.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if triples >= target:
        return store_dir, 1
    quads = lambda g: ox.serialize(db.quads_for_pattern(None, None, None, g), format=ox.RdfFormat.N_QUADS)  # noqa: E731
    named = b"".join(quads(g) for g in db.named_graphs() if g.value != GRAPH + "ontology")
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


def latency(store_dir: Path, *, target: int = 1_000_000, repeat: int = 3, rdflib_cap: float = 10.0) -> dict:
    """Each bundled query ``repeat`` times on the (scaled) store through :func:`kg.query` (its
    parameters bound to the most mentioned actor), then once (after a warm-up run of the first
    query) on an rdflib ``Dataset`` holding the same named graphs, its default graph their union;
    rdflib runs are stopped after ``rdflib_cap`` seconds."""
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
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                answer = query(name, store=store, check=False, params=params.get(name))
                times.append(time.perf_counter() - t0)
            rows[name] = {"kg": times, "rows": len(answer.rows)}
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
                signal.setitimer(signal.ITIMER_REAL, rdflib_cap)
                t0 = time.perf_counter()
                try:
                    n = len(list(ds.query(prologue + file.read_text(encoding="utf-8"), initBindings=bindings)))
                    rows[name]["rdflib"], rows[name]["rdflib_rows"] = time.perf_counter() - t0, n
                except _Timeout:
                    rows[name]["rdflib"], rows[name]["rdflib_rows"] = None, None
                except Exception as exc:  # rdflib cannot run some queries (ORDER BY over unbound values)
                    rows[name]["rdflib"], rows[name]["rdflib_error"] = None, type(exc).__name__
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    every = [t for r in rows.values() for t in r["kg"]]
    medians = {n: statistics.median(r["kg"]) for n, r in rows.items()}
    return {"triples": triples, "copies": copies, "rows": rows, "medians": medians, "p50": percentile(every, 50),
            "p95": percentile(every, 95), "rdflib_load_s": load_s, "rdflib_cap": rdflib_cap, "params": params, "repeat": repeat}
