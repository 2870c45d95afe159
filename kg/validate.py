"""Stage 7, validate: SHACL shapes (``shapes/``) over the store, one graph at a time.

Each document graph is validated on its own with the ontology mixed in (so ``sh:class`` and
``sh:targetClass`` see the class hierarchy); the identity and runs graphs likewise. The report
of a store generation is cached, so queries pay for validation once per build.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import Enum
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS

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


@dataclass(frozen=True, slots=True)
class SparqlConstraint:
    """A SHACL-SPARQL constraint (``sh:sparql``) of a node shape, run by :func:`_run_sparql`."""

    shape: str
    """The node shape that declares it."""
    select: str
    """The SELECT query, with its prefix declarations, ``$this`` renamed ``?this``."""
    targets: tuple[tuple[str, str], ...]
    """The shape's targets: (``targetClass`` | ``targetNode`` | ``targetSubjectsOf`` | ``targetObjectsOf``, IRI)."""
    message: str
    """The constraint's (or shape's) message."""
    severity: str
    """``Violation``, ``Warning`` or ``Info``."""


_TARGETS = {SH.targetClass: "class", SH.targetNode: "node", SH.targetSubjectsOf: "subjects",
            SH.targetObjectsOf: "objects"}


def split_shapes(shapes: Graph) -> tuple[Graph, tuple[SparqlConstraint, ...]]:
    """Separate SHACL-SPARQL constraints from the core shapes.

    pySHACL evaluates ``sh:sparql`` constraints through rdflib's SPARQL engine once per focus
    node, which takes minutes on a single article; kg runs them in pyoxigraph instead, once per
    graph, keeping the rows whose ``$this`` is a focus node (the same results as pre-binding
    ``$this``, SHACL 1.0 section 5.3.1). The core shapes go to pySHACL unchanged.
    """
    core = Graph()
    for triple in shapes:
        core.add(triple)
    constraints = []
    for shape, node in sorted(shapes.subject_objects(SH.sparql)):
        core.remove((shape, SH.sparql, node))
        if shapes.value(node, SH.deactivated) == Literal(True):
            continue
        prefixes = "".join(f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
                           for src in shapes.objects(node, SH.prefixes) for d in shapes.objects(src, SH.declare))
        select = re.sub(r"\$(this|value|path|currentShape|shapesGraph)\b", r"?\1", str(shapes.value(node, SH.select)))
        targets = tuple(sorted((kind, str(o)) for p, kind in _TARGETS.items() for o in shapes.objects(shape, p)))
        message = shapes.value(node, SH.message) or shapes.value(shape, SH.message) or "SPARQL constraint violated"
        severity = shapes.value(shape, SH.severity) or SH.Violation
        constraints.append(SparqlConstraint(str(shape), prefixes + select, targets, str(message),
                                            str(severity).rsplit("#", 1)[-1]))
    return core, tuple(constraints)


def _focus(db: ox.Store, targets: tuple[tuple[str, str], ...]) -> set:
    focus: set = set()
    patterns = {"class": "SELECT ?f WHERE {{ ?f a/rdfs:subClassOf* <{0}> }}", "node": "SELECT (<{0}> AS ?f) {{}}",
                "subjects": "SELECT DISTINCT ?f WHERE {{ ?f <{0}> ?o }}", "objects": "SELECT DISTINCT ?f WHERE {{ ?s <{0}> ?f }}"}
    for kind, iri in targets:
        focus.update(row["f"] for row in db.query(patterns[kind].format(iri), prefixes={"rdfs": str(RDFS)}))
    return focus


def _run_sparql(db: ox.Store, constraints: tuple[SparqlConstraint, ...], name: str) -> list[ValidationResult]:
    results = []
    for c in constraints:
        focus = _focus(db, c.targets)
        if not focus:
            continue
        solutions = db.query(c.select)
        names = {v.value for v in solutions.variables}
        for row in solutions:
            this = row["this"]
            if this in focus:
                value = row["value"] if "value" in names else None
                path = row["path"] if "path" in names else None
                results.append(ValidationResult(severity=c.severity, focus=this.value, path=path.value if path else "",
                                                message=c.message, shape=c.shape, graph=name,
                                                value=value.value if value is not None else ""))
    return results


def validate_graph(data: Graph, shapes: Graph, *, name: str) -> list[ValidationResult]:
    """Validate one graph (with the ontology mixed in) and return its results."""
    from pyshacl import validate as shacl

    core, sparql = split_shapes(shapes)
    _, report, _ = shacl(data, shacl_graph=core, ont_graph=_ontology(), inference="none",
                         allow_warnings=True, allow_infos=True)
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        def one(p):
            v = report.value(node, p)
            return "" if v is None else str(v)
        severity = one(SH.resultSeverity).rsplit("#", 1)[-1]
        results.append(ValidationResult(severity=severity, focus=one(SH.focusNode), path=one(SH.resultPath),
                                        message=one(SH.resultMessage), shape=_shape_name(shapes, report.value(node, SH.sourceShape)),
                                        graph=name, value=one(SH.value)))
    if sparql:
        db = ox.Store()
        db.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        db.load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES)
        results += _run_sparql(db, sparql, name)
    return results


def _shape_name(shapes: Graph, shape) -> str:
    """The IRI of a shape, or of the nearest named shape that declares an anonymous one
    (so that a property shape is reported as ``kgsh:DocumentShape``, not a blank node)."""
    seen = set()
    while isinstance(shape, BNode) and shape not in seen:
        seen.add(shape)
        owner = next(iter(shapes.subjects(SH.property, shape)), None) or next(iter(shapes.subjects(None, shape)), None)
        if owner is None:
            break
        shape = owner
    return "" if shape is None else str(shape)


@cache
def _ontology_nt() -> bytes:
    return _ontology().serialize(format="nt", encoding="utf-8")


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
