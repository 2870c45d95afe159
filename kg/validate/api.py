"""The entry points: :func:`validate` (the store, whose report is cached, or RDF files; against
kg's shapes or others), :func:`ensure_valid` (the gate before queries), :func:`validate_store`,
:func:`validate_files` and :func:`validate_graph`; the engines (:data:`ENGINES`); and
:func:`_report`, which sorts the results into a :class:`~.report.ValidationReport`.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ..errors import ShapesError
from ..store import Store
from ..syntax import JSONLD_SUFFIXES, XML_SUFFIXES, rdf_error, refuse_external_entities, refuse_remote_contexts
from ..vocab import ONTOLOGY_GRAPH
from .report import UNION, Severity, ValidationReport, ValidationResult
from .shapes import CompiledShapes, _compiled, _kg_shapes, _quiet_rdflib, check_shapes, compile_shapes, load_shapes
from .passes import _validate_nt
from .dataset import _labels, _load_dataset, _validate_dataset


_DATASET_SUFFIXES = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS}


def validate_graph(data: Graph, shapes: Graph | CompiledShapes, *, name: str, scope: str = "all",
                   engine: str = "sparql") -> list[ValidationResult]:
    """Validate one graph (with the ontology mixed in) and return its results.

    :param shapes: the shapes, or shapes compiled by :func:`compile_shapes`.
    :param name: the graph's name in the results.
    :param scope: ``all`` (every shape: a graph that stands alone) or ``local`` (the per-graph
        pass: not the ``kgsh:scope kgsh:union`` shapes).
    """
    compiled = shapes if isinstance(shapes, CompiledShapes) else compile_shapes(shapes)
    nt = data.serialize(format="nt", encoding="utf-8")
    return _validate_nt(nt, compiled, name=name, scope=scope, engine=_engine(engine))


def _report(results: list[ValidationResult], validated: list[str], graphs: int, compiled: CompiledShapes,
            seconds: float, labels: dict[str, str] | None = None) -> ValidationReport:
    results.sort(key=lambda r: (r.graph.endswith(UNION), r.graph, r.focus, r.shape, r.path, r.value, r.message))
    return ValidationReport(conforms=not any(r.severity == Severity.VIOLATION.value for r in results),
                            results=tuple(results), graphs=graphs, validated=tuple(validated),
                            fingerprint=compiled.fingerprint, labels=labels or {}, seconds=round(seconds, 3))


ENGINES = ("sparql", "pyshacl")
"""Validation engines: ``sparql`` (the core shapes compiled to SPARQL, run in pyoxigraph; the
default) or ``pyshacl`` (pySHACL per named graph, in parallel processes). Their reports are the same."""


def _engine(engine: str) -> str:
    if engine not in ENGINES:
        raise ShapesError(f"unknown validation engine {engine!r}", hint=f"use one of {', '.join(ENGINES)}")
    return engine


def validate_store(store: Store, shapes: Graph | CompiledShapes | None = None, *, engine: str = "sparql") -> ValidationReport:
    """Validate every named graph of the store but the ontology's, then their union against the
    cross-document shapes (``engine``: see :data:`ENGINES`)."""
    import time

    t0 = time.perf_counter()
    compiled = _compiled(shapes)
    db = store.open()
    results, validated = _validate_dataset(db, compiled, engine=_engine(engine))
    return _report(results, validated, len(validated) - 1, compiled, time.perf_counter() - t0, _labels(db))


def validate_files(files: list[Path], shapes: Graph | CompiledShapes | None = None, *,
                   engine: str = "sparql") -> ValidationReport:
    """Validate RDF files, each on its own.

    A file of one graph (Turtle, N-Triples, RDF/XML, JSON-LD...) is validated against every shape.
    A TriG or N-Quads file with named graphs is validated like a store: each named graph on its
    own, then their union (with the default graph) against the cross-document shapes.
    """
    import time

    t0 = time.perf_counter()
    compiled = _compiled(shapes)
    _engine(engine)
    results: list[ValidationResult] = []
    validated: list[str] = []
    labels: dict[str, str] = {}
    graphs = 0
    for f in files:
        fmt = _DATASET_SUFFIXES.get(f.suffix.lower())
        if fmt is not None:
            db = _load_dataset(f, fmt)
            if any(g.value != str(ONTOLOGY_GRAPH) for g in db.named_graphs()):
                more, names = _validate_dataset(db, compiled, prefix=f"{f}#", engine=engine)
                results += more
                validated += names
                graphs += len(names) - 1
                labels.update(_labels(db, prefix=f"{f}#"))
                continue
            nt = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
            results += _validate_nt(nt, compiled, name=str(f), scope="all", engine=engine)
            validated.append(str(f))
            graphs += 1
            continue
        try:
            if f.suffix.lower() in XML_SUFFIXES:
                refuse_external_entities(f)
            elif f.suffix.lower() in JSONLD_SUFFIXES:
                refuse_remote_contexts(f)
            with _quiet_rdflib():
                data = Graph().parse(f)
        except Exception as exc:  # rdflib raises many parser-specific types
            raise ShapesError(f"cannot load data from {f}: {rdf_error(f, exc)}") from exc
        results += _validate_nt(data.serialize(format="nt", encoding="utf-8"), compiled, name=str(f), scope="all", data=data,
                                engine=engine)
        validated.append(str(f))
        graphs += 1
    return _report(results, validated, graphs, compiled, time.perf_counter() - t0, labels)


def validate(store: Store | None = None, *, data: list[Path] | None = None, shapes: list[Path] | None = None,
             use_cache: bool = True, engine: str = "sparql") -> ValidationReport:
    """Validate the store (default) or RDF files, against kg's shapes or others.

    Shapes given by the user are checked first (:func:`check_shapes`). The report of the store
    with kg's own shapes is cached per store generation (and per shapes, ontology and kg version).

    :param data: RDF files to validate instead of the store.
    :param shapes: shapes files or folders instead of kg's.
    :param engine: ``sparql`` (default) or ``pyshacl`` (see :data:`ENGINES`); the cached report
        serves the default engine only.
    :raises ShapesError: the shapes or the data cannot be loaded, or the shapes are not valid SHACL.
    """
    _engine(engine)
    shapes_graph = None
    if shapes:
        shapes_graph = load_shapes(shapes)
        check_shapes(shapes_graph)
    if data:
        missing = [str(f) for f in data if not Path(f).is_file()]
        if missing:
            raise ShapesError(f"no such data file: {missing[0]}")
        return validate_files([Path(f) for f in data], shapes_graph, engine=engine)
    store = store or Store()
    store.require()
    if use_cache and not shapes and engine == ENGINES[0]:
        cached = store.cached_validation()
        if cached is not None and cached.get("fingerprint") == _kg_shapes().fingerprint:
            return ValidationReport.from_dict(cached)
    report = validate_store(store, shapes_graph, engine=engine)
    if not shapes:
        store.cache_validation(report.to_dict())
    return report


def ensure_valid(store: Store) -> ValidationReport:
    """The gate before queries: the (cached) report, or :class:`NotConformingError`."""
    report = validate(store)
    report.raise_for_results()
    return report
