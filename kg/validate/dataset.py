"""A dataset (a store's generation, or a TriG / N-Quads file, loaded by :func:`_load_dataset`):
every named graph but the ontology's on its own, then their union (:func:`_validate_dataset`);
with the pySHACL engine and many graphs, the graphs are validated in several processes
(:func:`_validate_parallel`, its workers and the shapes each compiles once); and the file name of
each graph's document (:func:`_labels`).
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ..errors import ShapesError
from ..syntax import rdf_error
from ..vocab import INFERRED_GRAPH, ONTOLOGY_GRAPH
from ..workers import cores
from .report import UNION, ValidationResult
from .shapes import CompiledShapes, _kg_shapes, compile_shapes
from .passes import _compiled_pass, _validate_nt, _validate_union


PARALLEL_FROM = 16
"""Validate the graphs in several processes from this many graphs on (a process costs ~1 s to start)."""


def _workers(graphs: int) -> int:
    """How many processes validate ``graphs`` graphs: ``KG_VALIDATE_WORKERS`` if set, else one per
    CPU core (at most 4) from :data:`PARALLEL_FROM` graphs on.

    >>> _workers(3)
    1
    """
    import os

    env = os.environ.get("KG_VALIDATE_WORKERS", "")
    if env.isdigit() and int(env) > 0:
        return min(int(env), max(graphs, 1))
    if graphs < PARALLEL_FROM:
        return 1
    return max(1, min(cores(), 4))


_WORKER: dict = {}


def _worker_init(shapes_nt: bytes | None) -> None:
    """Start a validation process: compile the shapes once (kg's own when ``shapes_nt`` is None)."""
    _WORKER["shapes"] = _kg_shapes() if shapes_nt is None else compile_shapes(Graph().parse(data=shapes_nt, format="nt"))


def _worker_validate(nt: bytes, name: str) -> list[ValidationResult]:
    return _validate_nt(nt, _WORKER["shapes"], name=name, scope="local", engine="pyshacl")


def _validate_parallel(db: ox.Store, names: list, compiled: CompiledShapes, *, prefix: str, workers: int) -> list[ValidationResult]:
    """The per-graph pass in ``workers`` processes (started fresh: the store is not shared)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shapes_nt = None if compiled is _kg_shapes() else compiled.graph.serialize(format="nt", encoding="utf-8")
    results: list[ValidationResult] = []
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_worker_init, initargs=(shapes_nt,)) as pool:
        futures = [pool.submit(_worker_validate, db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph),
                               prefix + graph.value) for graph in names]
        for future in futures:
            results += future.result()
    return results


def _validate_dataset(db: ox.Store, compiled: CompiledShapes, *, prefix: str = "",
                      engine: str = "sparql") -> tuple[list[ValidationResult], list[str]]:
    """Validate every named graph of ``db`` but the ontology's on its own, then their union (the
    default graph of ``db``, which must hold it) against the cross-document shapes."""
    # The ontology and the reasoner's inferences are not extracted data: they are checked by the
    # union pass, not on their own (inferred types alone have no labels or evidence).
    skipped = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    names = sorted((g for g in db.named_graphs() if g.value not in skipped), key=lambda g: g.value)
    results: list[ValidationResult] = []
    workers = _workers(len(names))
    if engine == "sparql":
        results += _compiled_pass(db, {g: prefix + g.value for g in names}, compiled, scope="local")
    elif workers > 1:
        results += _validate_parallel(db, names, compiled, prefix=prefix, workers=workers)
    else:
        for graph in names:
            nt = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
            results += _validate_nt(nt, compiled, name=prefix + graph.value, scope="local")
    has_ontology = ox.NamedNode(str(ONTOLOGY_GRAPH)) in set(db.named_graphs())
    union = _validate_union(db, compiled, has_ontology=has_ontology, engine=engine)
    if prefix:
        from dataclasses import replace
        union = [replace(r, graph=prefix + UNION) for r in union]
    return results + union, [prefix + g.value for g in names] + [prefix + UNION]


_LABELS = """SELECT ?g (MIN(?file) AS ?label) WHERE {
    GRAPH ?g { ?doc a <https://w3id.org/kg/ont#Document> ; <https://w3id.org/kg/ont#fileName> ?file }
} GROUP BY ?g"""


def _labels(db: ox.Store, prefix: str = "") -> dict[str, str]:
    """Graph name → file name of the document each named graph holds."""
    return {prefix + row["g"].value: row["label"].value for row in db.query(_LABELS) if row["label"] is not None}


def _load_dataset(path: Path, fmt: ox.RdfFormat) -> ox.Store:
    """A TriG / N-Quads file as an in-memory store whose default graph is the union of its graphs."""
    db = ox.Store()
    try:
        db.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise ShapesError(f"cannot load data from {path}: {rdf_error(path, exc)}") from exc
    db.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return db
