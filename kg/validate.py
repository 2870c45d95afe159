"""Stage 7, validate: SHACL shapes (``shapes/``) over the store, one graph at a time.

Each document graph is validated on its own with the ontology mixed in (so ``sh:class`` and
``sh:targetClass`` see the class hierarchy); the identity and runs graphs likewise. The report
of a store generation is cached, so queries pay for validation once per build.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import Enum
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from .errors import NotConformingError, ShapesError
from .resources import ontology_turtle, shapes_files
from .store import Store
from .vocab import ONTOLOGY_GRAPH

SH = Namespace("http://www.w3.org/ns/shacl#")


class Severity(str, Enum):
    """SHACL severities: a Violation makes answers wrong, a Warning is suspicious, an Info is a note."""

    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """One SHACL result."""

    severity: str
    """``Violation``, ``Warning`` or ``Info``."""
    focus: str
    """The focus node (IRI or literal)."""
    path: str
    """The property path, when the shape has one."""
    message: str
    """The shape's message."""
    shape: str
    """The source shape (``sh:sourceShape``)."""
    graph: str
    """The named graph (or file) validated."""
    value: str = ""
    """The offending value, when there is one."""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating a store or a set of files."""

    conforms: bool
    """True when no result has severity Violation."""
    results: tuple[ValidationResult, ...] = ()
    """Every result, sorted by graph, focus node and shape."""
    graphs: int = 0
    """Number of graphs validated."""

    def raise_for_results(self) -> None:
        """Raise :class:`NotConformingError` when the report has violations."""
        if not self.conforms:
            n = sum(r.severity == Severity.VIOLATION.value for r in self.results)
            first = next(r for r in self.results if r.severity == Severity.VIOLATION.value)
            raise NotConformingError(f"the graph violates its shapes ({n} violation(s); first: {first.message} "
                                     f"at {first.focus})", hint="run `kg validate` for the report, or pass --no-validate")

    def to_dict(self) -> dict:
        """A JSON-ready dict."""
        return {"conforms": self.conforms, "graphs": self.graphs, "results": [asdict(r) for r in self.results]}

    @classmethod
    def from_dict(cls, data: dict) -> ValidationReport:
        """Inverse of :meth:`to_dict`."""
        return cls(conforms=data["conforms"], graphs=data.get("graphs", 0),
                   results=tuple(ValidationResult(**r) for r in data.get("results", [])))


def load_shapes(paths: Iterable[Path] | None = None) -> Graph:
    """Load shapes from files or folders of Turtle (default: kg's own ``shapes/``).

    :raises ShapesError: a file is missing or not valid RDF.
    """
    files: list[Path] = []
    for path in (list(paths) if paths else shapes_files()):
        files += sorted(path.glob("*.ttl")) if path.is_dir() else [path]
    g = Graph()
    for f in files:
        try:
            g.parse(f, format="turtle" if f.suffix in (".ttl", ".shacl") else None)
        except Exception as exc:  # rdflib raises many parser-specific types
            raise ShapesError(f"cannot load shapes from {f}: {exc}".splitlines()[0]) from exc
    if not files:
        raise ShapesError("no shapes files found")
    return g


@cache
def _ontology() -> Graph:
    return Graph().parse(data=ontology_turtle(), format="turtle")


def validate_graph(data: Graph, shapes: Graph, *, name: str) -> list[ValidationResult]:
    """Validate one graph (with the ontology mixed in) and return its results."""
    from pyshacl import validate as shacl

    _, report, _ = shacl(data, shacl_graph=shapes, ont_graph=_ontology(), inference="none",
                         advanced=True, allow_warnings=True, allow_infos=True)
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        def one(p):
            v = report.value(node, p)
            return "" if v is None else str(v)
        severity = one(SH.resultSeverity).rsplit("#", 1)[-1]
        results.append(ValidationResult(severity=severity, focus=one(SH.focusNode), path=one(SH.resultPath),
                                        message=one(SH.resultMessage), shape=one(SH.sourceShape),
                                        graph=name, value=one(SH.value)))
    return results


def _report(results: list[ValidationResult], graphs: int) -> ValidationReport:
    results.sort(key=lambda r: (r.graph, r.focus, r.shape, r.path, r.value))
    return ValidationReport(conforms=not any(r.severity == Severity.VIOLATION.value for r in results),
                            results=tuple(results), graphs=graphs)


def validate_store(store: Store, shapes: Graph | None = None) -> ValidationReport:
    """Validate every named graph of the store but the ontology's."""
    shapes = shapes if shapes is not None else load_shapes()
    db = store.open()
    results: list[ValidationResult] = []
    names = sorted((g for g in db.named_graphs() if g.value != str(ONTOLOGY_GRAPH)), key=lambda g: g.value)
    for graph in names:
        data = Graph().parse(data=db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph), format="nt")
        results += validate_graph(data, shapes, name=graph.value)
    return _report(results, len(names))


def validate_files(files: list[Path], shapes: Graph | None = None) -> ValidationReport:
    """Validate RDF files (any format rdflib guesses from the suffix), each on its own."""
    shapes = shapes if shapes is not None else load_shapes()
    results: list[ValidationResult] = []
    for f in files:
        try:
            data = Graph().parse(f)
        except Exception as exc:  # rdflib raises many parser-specific types
            raise ShapesError(f"cannot load data from {f}: {exc}".splitlines()[0]) from exc
        results += validate_graph(data, shapes, name=str(f))
    return _report(results, len(files))


def validate(store: Store | None = None, *, data: list[Path] | None = None, shapes: list[Path] | None = None,
             use_cache: bool = True) -> ValidationReport:
    """Validate the store (default) or RDF files, against kg's shapes or others.

    The report of the store with kg's own shapes is cached per store generation.
    """
    shapes_graph = load_shapes(shapes) if shapes else None
    if data:
        return validate_files(data, shapes_graph)
    store = store or Store()
    store.require()
    if use_cache and not shapes:
        cached = store.cached_validation()
        if cached is not None:
            return ValidationReport.from_dict(cached)
    report = validate_store(store, shapes_graph)
    if not shapes:
        store.cache_validation(report.to_dict())
    return report


def ensure_valid(store: Store) -> ValidationReport:
    """The gate before queries: the (cached) report, or :class:`NotConformingError`."""
    report = validate(store)
    report.raise_for_results()
    return report
