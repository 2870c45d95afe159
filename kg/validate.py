"""Stage 7, validate: SHACL shapes (``shapes/``) over the store, one graph at a time, then across graphs.

SHACL validates one data graph at a time, so kg validates in two passes:

* **per graph**: each document's named graph (and the identity and runs graphs) on its own, with
  the ontology mixed in (so ``sh:class`` and ``sh:targetClass`` see the class hierarchy), against
  every shape but the cross-document ones;
* **across documents**: the shapes marked ``kgsh:scope kgsh:union`` (``shapes/kg-union-shapes.ttl``:
  types of actors used in other graphs, relayed-claim chains, identity merges, provenance) once,
  over the union of the named graphs (the store's default graph).

Core constraints run in pySHACL; SHACL-SPARQL constraints (``sh:sparql``) run in pyoxigraph, once
over every named graph (``GRAPH ?g``) where that gives each graph's own solutions, else once per
graph (pySHACL's rdflib-based SPARQL takes minutes on one article). A single RDF file is one
graph and meets every shape. The report of a store generation is cached, so queries pay for
validation once per build.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from enum import Enum
from functools import cache, cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from . import __version__
from .errors import NotConformingError, ShapesError
from .resources import ontology_turtle, shapes_files
from .sandbox import service_iris
from .shacl_sparql import DEFAULT, GRAPHS, Plan, compile_plan, generic_message, run_plan, to_rdflib
from .store import Store
from .syntax import (JSONLD_SUFFIXES, XML_SUFFIXES, rdf_error, refuse_external_entities, refuse_remote_contexts,
                     sparql_error)
from .vocab import INFERRED_GRAPH, OA, ONTOLOGY_GRAPH
from .workers import cores, solutions

SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = Namespace("https://w3id.org/kg/shapes#")
UNION = "union"
"""The name of the cross-document pass in reports (the union of the named graphs)."""
_DATASET_SUFFIXES = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS}


class Severity(str, Enum):
    """SHACL severities: a Violation makes answers wrong, a Warning is suspicious, an Info is a note."""

    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """One SHACL result, with where it is in the documents when kg can tell."""

    severity: str
    """``Violation``, ``Warning`` or ``Info``."""
    focus: str
    """The focus node (IRI or literal)."""
    path: str
    """The property path, when the shape has one."""
    message: str
    """The shape's message."""
    shape: str
    """The source shape (``sh:sourceShape``), or the named shape that declares it."""
    graph: str
    """The named graph (or file) validated, or ``union`` for the cross-document pass."""
    value: str = ""
    """The offending value, when there is one."""
    component: str = ""
    """The constraint component (``sh:sourceConstraintComponent``), e.g. ``sh:MinCountConstraintComponent``."""
    focus_term: str = ""
    """The focus node in N-Triples syntax (``<iri>``, ``"literal"^^<datatype>``, ``_:b``)."""
    value_term: str = ""
    """The value in N-Triples syntax, when there is one."""
    document: str = ""
    """The file name of the document the focus node comes from (its evidence's source), when known."""
    start: int | None = None
    """Start offset (code points, inclusive) of the focus node's evidence span, when known."""
    end: int | None = None
    """End offset (exclusive) of that span."""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating a store or a set of files."""

    conforms: bool
    """True when no result has severity Violation."""
    results: tuple[ValidationResult, ...] = ()
    """Every result, sorted by graph, focus node and shape."""
    graphs: int = 0
    """Number of graphs (or files) validated, not counting the cross-document pass."""
    validated: tuple[str, ...] = ()
    """The names of the graphs validated, then ``union`` when the cross-document pass ran."""
    fingerprint: str = ""
    """Digest of the shapes, ontology and kg version the report was made with (cache key)."""
    labels: dict[str, str] = field(default_factory=dict)
    """Graph name → the file name of the document it holds, for the graphs that hold one."""
    seconds: float = field(default=0.0, compare=False)
    """Time the validation took."""

    @property
    def violations(self) -> int:
        """Number of results of severity Violation.

        >>> ValidationReport(True).violations
        0
        """
        return sum(r.severity == Severity.VIOLATION.value for r in self.results)

    def raise_for_results(self) -> None:
        """Raise :class:`NotConformingError` when the report has violations."""
        if not self.conforms:
            first = next(r for r in self.results if r.severity == Severity.VIOLATION.value)
            raise NotConformingError(f"the graph violates its shapes ({self.violations} violation(s); first: {first.message} "
                                     f"at {first.focus})", hint="run `kg validate` for the report, or pass --no-validate")

    def to_dict(self) -> dict:
        """A JSON-ready dict.

        >>> ValidationReport(True, graphs=1, validated=("a.ttl",)).to_dict()["validated"]
        ['a.ttl']
        """
        return {"conforms": self.conforms, "graphs": self.graphs, "validated": list(self.validated),
                "labels": dict(self.labels), "fingerprint": self.fingerprint, "seconds": self.seconds,
                "results": [asdict(r) for r in self.results]}

    @classmethod
    def from_dict(cls, data: dict) -> ValidationReport:
        """Inverse of :meth:`to_dict`.

        >>> r = ValidationReport(False, (ValidationResult("Violation", "x", "", "m", "s", "g"),), 1)
        >>> ValidationReport.from_dict(r.to_dict()) == r
        True
        """
        return cls(conforms=data["conforms"], graphs=data.get("graphs", 0), validated=tuple(data.get("validated", ())),
                   fingerprint=data.get("fingerprint", ""), labels=dict(data.get("labels", {})),
                   seconds=data.get("seconds", 0.0),
                   results=tuple(ValidationResult(**r) for r in data.get("results", [])))


# -- shapes ------------------------------------------------------------------------------------

def load_shapes(paths: Iterable[Path] | None = None) -> Graph:
    """Load shapes from files or folders of Turtle (default: kg's own ``shapes/``).

    :param paths: files, or folders whose ``*.ttl`` files are read.
    :returns: one graph holding every shape.
    :raises ShapesError: a file is missing or not valid RDF, or there is none.
    """
    files: list[Path] = []
    for path in (list(paths) if paths else shapes_files()):
        files += sorted(path.glob("*.ttl")) if path.is_dir() else [path]
    g = Graph()
    for f in files:
        if not f.is_file():
            raise ShapesError(f"no such shapes file: {f}")
        try:
            if f.suffix.lower() in XML_SUFFIXES:
                refuse_external_entities(f)
            elif f.suffix.lower() in JSONLD_SUFFIXES:
                refuse_remote_contexts(f)
            g.parse(f, format="turtle" if f.suffix in (".ttl", ".shacl") else None)
        except Exception as exc:  # rdflib raises many parser-specific types
            raise ShapesError(f"cannot load shapes from {f}: {rdf_error(f, exc)}") from exc
    if not files:
        raise ShapesError("no shapes files found")
    return g


def check_shapes(shapes: Graph) -> None:
    """Check a shapes graph before using it: SHACL's own shapes (pySHACL's meta-SHACL), and that
    every SPARQL constraint parses and selects ``$this``.

    :raises ShapesError: with the first problem found.

    >>> check_shapes(Graph().parse(data="@prefix sh: <http://www.w3.org/ns/shacl#> . "
    ...     "<https://e/S> a sh:NodeShape ; sh:minCount 1 .", format="turtle"))
    Traceback (most recent call last):
    ...
    kg.errors.ShapesError: the shapes are not valid SHACL: <https://e/S>: ...
    """
    from pyshacl.entrypoints import meta_validate

    conforms, report, _ = meta_validate(shapes, inference="none")
    if not conforms:
        problems = []
        for node in report.subjects(RDF.type, SH.ValidationResult):
            focus, path = report.value(node, SH.focusNode), report.value(node, SH.resultPath)
            where = focus.n3() if not isinstance(focus, BNode) else "a blank-node shape"
            on = f" {compact_iri(str(path))}" if path else ""
            problems.append(f"{where}{on}: {report.value(node, SH.resultMessage)}")
        raise ShapesError("the shapes are not valid SHACL: " + "; ".join(sorted(problems)[:3]))
    empty = ox.Store()
    for c in _sparql_constraints(shapes):
        try:
            solutions = empty.query(c.select)
        except SyntaxError as exc:
            raise ShapesError(f"the SPARQL constraint of {compact_iri(c.shape)} does not parse: {sparql_error(exc)}") from exc
        if service_iris(c.select):  # validation runs locally: it must not reach the network
            raise ShapesError(f"the SPARQL constraint of {compact_iri(c.shape)} calls a remote SERVICE, which kg refuses")
        if "this" not in {v.value for v in solutions.variables}:
            raise ShapesError(f"the SPARQL constraint of {compact_iri(c.shape)} does not select $this")


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """Silence rdflib's log of ill-typed literals (a 30 February): the shapes report them."""
    log = logging.getLogger("rdflib.term")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


@cache
def _ontology() -> Graph:
    return Graph().parse(data=ontology_turtle(), format="turtle")


@cache
def _ontology_nt() -> bytes:
    return _ontology().serialize(format="nt", encoding="utf-8")


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
    """The constraint's (or shape's) message; ``{?var}`` and ``{$var}`` are replaced by the solution's values."""
    severity: str
    """``Violation``, ``Warning`` or ``Info``."""
    union: bool = False
    """True for a cross-document constraint (its shape has ``kgsh:scope kgsh:union``)."""


_TARGETS = {SH.targetClass: "class", SH.targetNode: "node", SH.targetSubjectsOf: "subjects",
            SH.targetObjectsOf: "objects"}


def _union_shapes(shapes: Graph) -> set:
    return set(shapes.subjects(KGSH.scope, KGSH.union))


def _sparql_constraints(shapes: Graph) -> tuple[SparqlConstraint, ...]:
    union = _union_shapes(shapes)
    constraints = []
    for shape, node in sorted(shapes.subject_objects(SH.sparql)):
        if shapes.value(node, SH.deactivated) == Literal(True) or shapes.value(shape, SH.deactivated) == Literal(True):
            continue
        declared = {(str(shapes.value(d, SH.prefix)), str(shapes.value(d, SH.namespace)))
                    for src in shapes.objects(node, SH.prefixes) for d in shapes.objects(src, SH.declare)}
        prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(declared))
        select = re.sub(r"\$(this|value|path|currentShape|shapesGraph)\b", r"?\1", str(shapes.value(node, SH.select)))
        targets = tuple(sorted((kind, str(o)) for p, kind in _TARGETS.items() for o in shapes.objects(shape, p)))
        message = shapes.value(node, SH.message) or shapes.value(shape, SH.message) or "SPARQL constraint violated"
        severity = shapes.value(shape, SH.severity) or SH.Violation
        constraints.append(SparqlConstraint(str(shape), prefixes + select, targets, str(message),
                                            str(severity).rsplit("#", 1)[-1], shape in union))
    return tuple(constraints)


def split_shapes(shapes: Graph) -> tuple[Graph, tuple[SparqlConstraint, ...]]:
    """Separate SHACL-SPARQL constraints from the core shapes.

    pySHACL evaluates ``sh:sparql`` constraints through rdflib's SPARQL engine once per focus
    node, which takes minutes on a single article; kg runs them in pyoxigraph instead, once per
    graph, keeping the rows whose ``$this`` is a focus node (the same results as pre-binding
    ``$this``, SHACL 1.0 section 5.3.1). The core shapes go to pySHACL unchanged.

    :returns: the core shapes (without ``sh:sparql``) and the SPARQL constraints.
    """
    core = Graph()
    for triple in shapes:
        if triple[1] != SH.sparql:
            core.add(triple)
    return core, _sparql_constraints(shapes)


# Predicates of a shape that are not constraints (a union shape with nothing else needs no pySHACL run).
_NOT_CONSTRAINTS = {RDF.type, RDFS.comment, RDFS.label, KGSH.scope, SH.sparql, SH.severity, SH.message, SH.name,
                    SH.description, SH.deactivated, *_TARGETS}


@dataclass(frozen=True)
class CompiledShapes:
    """Shapes split for kg's two passes: per graph and across graphs (``kgsh:scope kgsh:union``)."""

    graph: Graph
    """Every shape, as loaded."""
    core: Graph
    """Every core shape (no ``sh:sparql``): what a single file is checked against."""
    local_core: Graph
    """The core shapes of the per-graph pass (the union shapes deactivated)."""
    union_core: Graph | None
    """The core shapes of the cross-document pass, or None when the union shapes are SPARQL-only."""
    sparql: tuple[SparqlConstraint, ...]
    """Every SPARQL constraint (``.union`` tells the pass)."""
    fingerprint: str
    """Digest of the shapes, the ontology and kg's version."""

    @cached_property
    def tops(self) -> tuple:
        """The top-level shapes (those with a target), in a stable order."""
        return tuple(sorted({s for p in _TARGETS for s in self.graph.subjects(p, None)}
                            | {s for c in (RDFS.Class, OWL.Class) for s in self.graph.subjects(RDF.type, c)
                               if (s, RDF.type, SH.NodeShape) in self.graph}, key=str))

    def plan(self, scope: str) -> Plan:
        """The shapes compiled to SPARQL (:mod:`kg.shacl_sparql`) for a pass: ``local`` (each named
        graph, not the union shapes), ``all`` (one graph, every shape) or ``union`` (the default graph)."""
        key = f"_plan_{scope}"
        if key not in self.__dict__:
            union = _union_shapes(self.graph)
            tops = [t for t in self.tops if (t in union) == (scope == UNION)] if scope != "all" else list(self.tops)
            self.__dict__[key] = compile_plan(self.core, tops, _ontology(), DEFAULT if scope == UNION else GRAPHS)
        return self.__dict__[key]

    @property
    def local_sparql(self) -> tuple[SparqlConstraint, ...]:
        """The SPARQL constraints of the per-graph pass."""
        return tuple(c for c in self.sparql if not c.union)

    @property
    def union_sparql(self) -> tuple[SparqlConstraint, ...]:
        """The SPARQL constraints of the cross-document pass."""
        return tuple(c for c in self.sparql if c.union)


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Split a shapes graph into the per-graph and the cross-document passes.

    A shape with ``kgsh:scope kgsh:union`` belongs to the cross-document pass; in each pass the
    other pass's shapes are ``sh:deactivated``.
    """
    core, sparql = split_shapes(shapes)
    union = _union_shapes(shapes)
    top = {s for p in _TARGETS for s in shapes.subjects(p, None)} | set(shapes.subjects(RDF.type, SH.NodeShape))
    local_core, union_core = Graph(), Graph()
    for triple in core:
        local_core.add(triple)
        union_core.add(triple)
    for shape in top:
        (local_core if shape in union else union_core).add((shape, SH.deactivated, Literal(True)))
    has_union_core = any(p not in _NOT_CONSTRAINTS for s in union for p in shapes.predicates(s, None))
    digest = hashlib.sha256(f"{__version__}\n{ontology_turtle()}\n".encode())
    for line in sorted(re.sub(r"_:\S+", "_:", line) for line in shapes.serialize(format="nt").splitlines()):
        digest.update(line.encode())
    return CompiledShapes(shapes, core, local_core, union_core if has_union_core else None, sparql, digest.hexdigest()[:16])


# -- running -----------------------------------------------------------------------------------

def _focus(db: ox.Store, targets: tuple[tuple[str, str], ...], graphs: list | None = None) -> set:
    focus: set = set()
    patterns = {"class": "SELECT ?f WHERE {{ ?f a/rdfs:subClassOf* <{0}> }}", "node": "SELECT (<{0}> AS ?f) {{}}",
                "subjects": "SELECT DISTINCT ?f WHERE {{ ?f <{0}> ?o }}", "objects": "SELECT DISTINCT ?f WHERE {{ ?s <{0}> ?f }}"}
    for kind, iri in targets:
        focus.update(row["f"] for row in db.query(patterns[kind].format(iri), prefixes={"rdfs": str(RDFS)},
                                                  default_graph=graphs))
    return focus


def _message(template: str, row, names: set[str]) -> str:
    """Fill a message template's ``{?var}`` / ``{$var}`` with the solution's values.

    >>> _message("also {?value}", {"value": ox.NamedNode("https://w3id.org/kg/ont#Place")}, {"value"})
    'also kg:Place'
    """
    def one(m: re.Match) -> str:
        name = m.group(1)
        if name not in names or row[name] is None:
            return m.group(0)
        term = row[name]
        return compact_iri(term.value) if isinstance(term, ox.NamedNode) else term.value
    return re.sub(r"\{[?$](\w+)\}", one, template)


def _focus_by_graph(db: ox.Store, targets: tuple[tuple[str, str], ...], graphs: set) -> dict:
    """The focus nodes of a SPARQL constraint in each of the named ``graphs`` with the ontology
    mixed in (what :func:`_focus` finds graph by graph), in one query per target; the class tree
    is the ontology's (graphs with their own are validated the old way)."""
    ont = _ontology()
    extra: set = set()
    per: dict = {}
    for kind, iri in targets:
        term = URIRef(iri)
        if kind == "class":
            classes = {term, *ont.transitive_subjects(RDFS.subClassOf, term)}
            query = (f"SELECT DISTINCT ?g ?f WHERE {{ GRAPH ?g {{ ?f a ?t }} VALUES ?t {{ "
                     f"{' '.join(f'<{c}>' for c in classes)} }} }}")
            extra |= {s for c in classes for s in ont.subjects(RDF.type, c)}
        elif kind == "node":
            extra.add(term)
            continue
        elif kind == "subjects":
            query = f"SELECT DISTINCT ?g ?f WHERE {{ GRAPH ?g {{ ?f <{iri}> ?o }} }}"
            extra |= set(ont.subjects(term, None))
        else:
            query = f"SELECT DISTINCT ?g ?f WHERE {{ GRAPH ?g {{ ?s <{iri}> ?f }} }}"
            extra |= set(ont.objects(None, term))
        for row in db.query(query):
            if row["g"] in graphs:
                per.setdefault(row["g"], set()).add(row["f"])
    if extra:
        terms = {ox.NamedNode(str(t)) for t in extra if isinstance(t, URIRef)}
        for g in graphs:
            per.setdefault(g, set()).update(terms)
    return per


def _run_sparql(db: ox.Store, constraints: Iterable[SparqlConstraint], name: str,
                graphs: list | None = None, focus_sets: dict | None = None) -> list[tuple[ValidationResult, object]]:
    """Run SPARQL constraints over the default graph of ``db`` (or the union of ``graphs``):
    (result, focus term) pairs. ``focus_sets``: each constraint's focus nodes, when known.

    The focus nodes are looked up only when a constraint returns rows: violations are rare, and
    on a large store the focus nodes of a shape are tens of thousands of rows."""
    results = []
    constraints = list(constraints)
    for c, (names, rows) in zip(constraints, solutions(db, (c.select for c in constraints), default_graph=graphs)):
        if not rows:
            continue
        focus = _focus(db, c.targets, graphs) if focus_sets is None else focus_sets.get(c, set())
        results += _sparql_results(c, rows, names, focus, name)
    return results


def _sparql_results(c: SparqlConstraint, rows: Iterable, names: set[str], focus: set,
                    name: str) -> list[tuple[ValidationResult, object]]:
    """The results of a SPARQL constraint's solutions: those whose ``$this`` is a focus node
    (SHACL's pre-binding), once per (focus, path, value)."""
    results, seen = [], set()
    for row in rows:
        this = row["this"]
        if this not in focus:
            continue
        value = row["value"] if "value" in names else None
        path = row["path"] if "path" in names else None
        key = (this, path, value)
        if key in seen:
            continue
        seen.add(key)
        results.append((ValidationResult(
            severity=c.severity, focus=this.value, path=path.value if path is not None else "",
            message=_message(c.message, row, names), shape=c.shape, graph=name,
            value=value.value if value is not None else "", component=str(SH.SPARQLConstraintComponent),
            focus_term=str(this), value_term=str(value) if value is not None else ""), this))
    return results


_GRAPH_VAR = "kgValidatedGraph"
"""The variable naming the named graph in a SPARQL constraint run over every graph at once."""
_SIMPLE_SELECT = re.compile(r"\s*SELECT\s+(DISTINCT\s+)?((?:[?$]\w+\s+)*[?$]\w+)\s*(?:WHERE\s*)?\{(.*)\}\s*",
                            re.S | re.I)
_PER_GRAPH_ONLY = {"Graph", "ServiceGraphPattern", "Group", "AggregateJoin", "OrderBy", "Slice", "Project",
                   "SubSelect", "Reduced"}
"""Algebra operators whose meaning changes inside ``GRAPH ?g`` in pyoxigraph (it does not scope a
sub-select or an aggregate to each graph) or that name graphs themselves."""


@cache  # the same constraints are checked against the same (cached) ontology on every validation: parse once
def graph_select(c: SparqlConstraint, ontology: Graph) -> str | None:
    """The constraint's SELECT run over every named graph at once: ``SELECT ?g … WHERE { GRAPH ?g
    { body } }``, or None when that would not give each graph's own solutions.

    The per-graph pass runs a constraint on each named graph with the ontology mixed in: one
    query per graph, a fixed cost that dominates on thousands of small graphs. One query with
    ``GRAPH ?g`` gives the same solutions when (1) the query is a plain SELECT of variables over
    one group (no sub-select, aggregate, slice or GRAPH, which pyoxigraph does not scope per
    graph), checked on rdflib's algebra of the original and of the rewritten query; and (2) the
    ontology cannot match any of its triple patterns (every predicate is an IRI, no zero-length
    path, and the ontology has no triple matching a pattern's constants), so mixing it in adds
    no solution."""
    from rdflib.plugins.sparql import algebra, prepareQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    prologue = re.match(r"(?:PREFIX [^\n]*\n)*", c.select).group(0)
    m = _SIMPLE_SELECT.fullmatch(c.select[len(prologue):])
    if m is None or _GRAPH_VAR in c.select:
        return None
    query = f"{prologue}SELECT {m.group(1) or ''}?{_GRAPH_VAR} {m.group(2)} WHERE {{ GRAPH ?{_GRAPH_VAR} {{ {m.group(3)} }} }}"
    try:
        before, after = prepareQuery(c.select).algebra, prepareQuery(query).algebra
    except Exception:  # rdflib's parser refuses what pyoxigraph accepts: keep the per-graph way
        return None

    def project(algebra):
        node = algebra.p
        return node.p if node.name == "Distinct" else node
    inner = project(after).p
    if not (inner.name == "Graph" and inner.term == Variable(_GRAPH_VAR) and inner.p == project(before).p):
        return None
    patterns: list = []

    def walk(node) -> bool:
        if isinstance(node, CompValue):
            if node.name in _PER_GRAPH_ONLY:
                return False
            if node.name == "BGP":
                patterns.extend(node.get("triples") or ())
            elif node.name == "TriplesBlock":  # an EXISTS pattern, not translated yet
                patterns.extend(algebra.triples(node.get("triples") or []))
            return all(walk(v) for k, v in node.items() if k != "_vars")
        if isinstance(node, (list, tuple)):
            return all(walk(v) for v in node)
        return True
    if not walk(project(before).p):
        return None
    for s, p, o in patterns:
        iris = _path_iris(p)
        if iris is None:
            return None
        if isinstance(p, URIRef):
            subject = s if isinstance(s, (URIRef, Literal)) else None
            obj = o if isinstance(o, (URIRef, Literal)) else None
            if any(True for _ in ontology.triples((subject, p, obj))):
                return None
        elif any(True for iri in iris for _ in ontology.triples((None, iri, None))):
            return None
    return query


def _path_iris(path) -> list | None:
    """The IRIs of a predicate or property path, or None for a variable, a negated property set
    or a zero-length path (``*``, ``?``: it matches every node of the graph, the ontology's too)."""
    from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath

    if isinstance(path, URIRef):
        return [path]
    if isinstance(path, (SequencePath, AlternativePath)):
        parts = [_path_iris(a) for a in path.args]
        return None if any(x is None for x in parts) else [i for x in parts for i in x]
    if isinstance(path, InvPath):
        return _path_iris(path.arg)
    if isinstance(path, MulPath) and path.mod == "+":
        return _path_iris(path.path)
    return None


def _run_sparql_graphs(db: ox.Store, constraints: Iterable[SparqlConstraint], graphs: dict) -> dict:
    """Run SPARQL constraints over every named graph at once (see :func:`graph_select`):
    graph → (result, focus term) pairs, for the graphs of ``graphs`` (node → name)."""
    out: dict = {}
    constraints = list(constraints)
    for c, (names, rows) in zip(constraints, solutions(db, (graph_select(c, _ontology()) for c in constraints))):
        names -= {_GRAPH_VAR}
        by_graph: dict = {}
        for row in rows:
            if row[_GRAPH_VAR] in graphs:
                by_graph.setdefault(row[_GRAPH_VAR], []).append(row)
        if not by_graph:
            continue
        focus = _focus_by_graph(db, c.targets, set(by_graph))
        for g, rows in by_graph.items():
            out.setdefault(g, []).extend(_sparql_results(c, rows, names, focus.get(g, set()), graphs[g]))
    return out


def _run_core(data: Graph, core: Graph, shapes: Graph, name: str) -> list[tuple[ValidationResult, object]]:
    """Run core shapes in pySHACL over ``data``, which the ontology is mixed into (in place:
    pySHACL's own ``ont_graph`` mixing copies the data graph first): (result, focus term) pairs."""
    from pyshacl import validate as shacl

    data += _ontology()
    with _quiet_rdflib():
        _, report, _ = shacl(data, shacl_graph=core, inference="none", inplace=True,
                             allow_warnings=True, allow_infos=True)
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        def one(p):
            v = report.value(node, p)
            return "" if v is None else str(v)
        focus, value = report.value(node, SH.focusNode), report.value(node, SH.value)
        results.append((ValidationResult(
            severity=one(SH.resultSeverity).rsplit("#", 1)[-1], focus=one(SH.focusNode), path=one(SH.resultPath),
            message=one(SH.resultMessage), shape=_shape_name(shapes, report.value(node, SH.sourceShape)), graph=name,
            value=one(SH.value), component=one(SH.sourceConstraintComponent),
            focus_term=focus.n3() if focus is not None else "", value_term=value.n3() if value is not None else ""),
            _to_ox(focus)))
    return results


def _to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    return None


_LOCATE = """
PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?f ?file ?start ?end WHERE {
    {
        { ?f oa:hasSource ?doc . BIND (?f AS ?ev) }
        UNION { ?f kg:evidence ?ev . ?ev oa:hasSource ?doc }
        UNION { ?ev oa:hasSelector ?f ; oa:hasSource ?doc }
        OPTIONAL { ?ev oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end }
    }
    UNION { ?f a kg:Document . BIND (?f AS ?doc) }
    OPTIONAL { ?doc kg:fileName ?file }
} ORDER BY ?file ?start LIMIT 1
"""


def _offset(term) -> int | None:
    """An evidence offset, or None when it is missing or not an integer (a broken graph).

    >>> _offset(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))), _offset(None)
    (3, None)
    """
    value = term.value if isinstance(term, ox.Literal) else ""
    return int(value) if re.fullmatch(r"[+-]?[0-9]+", value) else None


def _locate(db: ox.Store, pairs: list[tuple[ValidationResult, object]], graph=None) -> list[ValidationResult]:
    """Add the document file name and span of each result's focus node, where the graph tells them
    (``graph``: the named graph of ``db`` to look in, else its default graph)."""
    from dataclasses import replace

    out, cache_ = [], {}
    for result, term in pairs:
        if term is None:
            out.append(result)
            continue
        if term not in cache_:
            row = next(iter(db.query(_LOCATE, substitutions={ox.Variable("f"): term}, default_graph=graph)), None)
            cache_[term] = (row["file"].value if row and row["file"] else "",
                            _offset(row["start"]) if row else None, _offset(row["end"]) if row else None)
        document, start, end = cache_[term]
        out.append(replace(result, document=document, start=start, end=end))
    return out


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


def _validate_nt(nt: bytes, compiled: CompiledShapes, *, name: str, scope: str, data: Graph | None = None,
                 engine: str = "sparql") -> list[ValidationResult]:
    """Validate one graph given as N-Triples (``data``: the same graph already parsed, which is changed)."""
    if engine == "sparql":
        db = ox.Store()
        graph = ox.NamedNode(_DATA_GRAPH)
        db.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
        db.bulk_load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
        return _compiled_pass(db, {graph: name}, compiled, scope=scope)
    core = compiled.core if scope == "all" else compiled.local_core
    sparql = compiled.sparql if scope == "all" else compiled.local_sparql
    if data is None:
        with _quiet_rdflib():
            data = Graph().parse(data=nt, format="nt")
    pairs = _run_core(data, core, compiled.graph, name)
    db = ox.Store()
    db.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES)
    db.bulk_load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES)
    pairs += _run_sparql(db, sparql, name)
    return _locate(db, pairs)


_DATA_GRAPH = "urn:kg:validate:data"
"""The named graph a single graph is put in, to be validated like a store's graph."""
_SUBCLASS_GRAPHS = """SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?b } }"""


def _compiled_pass(db: ox.Store, graphs: dict, compiled: CompiledShapes, *, scope: str) -> list[ValidationResult]:
    """The per-graph pass over the named graphs ``graphs`` (node → name in the results) of ``db``,
    with the shapes compiled to SPARQL: one query per constraint over every graph at once.

    pySHACL takes over where the compiled queries cannot promise its results: a graph that
    declares its own subclasses (the compiled queries read the class hierarchy from the
    ontology), the shapes the compiler does not translate, and a (graph, shape) with a value the
    compiled test is unsure about. The SHACL-SPARQL constraints run over every graph at once
    where :func:`graph_select` allows it, else per graph with the ontology.
    """
    plan = compiled.plan(scope)
    sparql = compiled.sparql if scope == "all" else compiled.local_sparql
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    if ontology not in set(db.named_graphs()):  # a store without the ontology: validate a copy with it
        copy = ox.Store()
        # (a dump of one graph drops its name, even as N-Quads: serialize the quads themselves)
        copy.bulk_load(b"".join(ox.serialize(db.quads_for_pattern(None, None, None, g), format=ox.RdfFormat.N_QUADS)
                                for g in graphs) or b"", format=ox.RdfFormat.N_QUADS)
        copy.bulk_load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES, to_graph=ontology)
        db = copy
    own_classes = {row["g"] for row in db.query(_SUBCLASS_GRAPHS)} & set(graphs)
    if plan.watch:  # graphs that describe ontology nodes the shapes look at: the old way too
        own_classes |= {row["g"] for row in db.query(plan.watch_query)} & set(graphs)
    rows, unsure = run_plan(db, plan, skip=set(db.named_graphs()) - set(graphs) | own_classes)
    by_graph: dict = {g: [] for g in graphs}
    for row in rows:
        by_graph[row.graph].append((_row_result(compiled, row, graphs[row.graph]), row.focus, row.check.top))
    redo: dict = {}
    for g, top in unsure:
        redo.setdefault(g, set()).add(top)
    for g in graphs:
        if plan.fallback and g not in own_classes:
            redo.setdefault(g, set()).update(plan.fallback)
    results: list[ValidationResult] = []
    merged = tuple(c for c in sparql if graph_select(c, _ontology()) is not None)
    each = tuple(c for c in sparql if c not in merged)
    merged_pairs = _run_sparql_graphs(db, merged, {g: n for g, n in graphs.items() if g not in own_classes})
    focus = {c: _focus_by_graph(db, c.targets, set(graphs)) for c in each}
    for g, name in graphs.items():
        nt = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) if g in redo or g in own_classes else b""
        if g in own_classes:  # the whole graph the old way: its own class hierarchy (or the ontology) matters
            results += _validate_nt(nt, compiled, name=name, scope=scope, engine="pyshacl")
            continue
        pairs = [(r, t) for r, t, top in by_graph[g] if top not in redo.get(g, ())]
        if g in redo:
            with _quiet_rdflib():
                data = Graph().parse(data=nt, format="nt")
            pairs += _run_core(data, _only(compiled, redo[g]), compiled.graph, name)
        pairs += merged_pairs.get(g, [])
        pairs += _run_sparql(db, each, name, graphs=[g, ontology], focus_sets={c: focus[c].get(g, set()) for c in each})
        results += _locate(db, pairs, graph=g)
    return results


def _only(compiled: CompiledShapes, tops: set) -> Graph:
    """The core shapes with every top-level shape but ``tops`` deactivated (a pySHACL run for those)."""
    shapes = Graph()
    for triple in compiled.core:
        shapes.add(triple)
    for top in compiled.tops:
        if top not in tops:
            shapes.add((top, SH.deactivated, Literal(True)))
    return shapes


def _row_result(compiled: CompiledShapes, row, graph_name: str) -> ValidationResult:
    """A compiled check's violation as pySHACL would report it."""
    check = row.check
    message = compiled.graph.value(check.source, SH.message)
    if message is None:
        message = generic_message(compiled.graph, check, row.component, to_rdflib(row.focus),
                                  to_rdflib(row.value) if row.value is not None else to_rdflib(row.focus))
    # terms as rdflib writes them (it normalizes lexical forms: "Z" becomes "+00:00"), as pySHACL reports them
    focus, value = to_rdflib(row.focus), to_rdflib(row.value) if row.value is not None else None
    return ValidationResult(severity=check.severity, focus=str(focus), path=check.path, message=str(message),
                            shape=_shape_name(compiled.graph, check.source), graph=graph_name,
                            value=str(value) if value is not None else "", component=row.component,
                            focus_term=focus.n3(), value_term=value.n3() if value is not None else "")


def _validate_union(db: ox.Store, compiled: CompiledShapes, *, has_ontology: bool,
                    engine: str = "sparql") -> list[ValidationResult]:
    """The cross-document pass over the default graph of ``db`` (the union of its named graphs)."""
    if not compiled.union_sparql and compiled.union_core is None:
        return []
    if not has_ontology:  # the class hierarchy is needed: query a copy with the ontology added
        copy = ox.Store()
        copy.bulk_load(db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format=ox.RdfFormat.N_TRIPLES)
        copy.bulk_load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES)
        db = copy
    pairs = _run_sparql(db, compiled.union_sparql, UNION)
    if compiled.union_core is not None:
        core, redo = compiled.union_core, None
        if engine == "sparql":
            plan = compiled.plan(UNION)
            rows, unsure = run_plan(db, plan)
            redo = {top for _, top in unsure} | set(plan.fallback)
            pairs += [(_row_result(compiled, row, UNION), row.focus) for row in rows if row.check.top not in redo]
            core = _only(compiled, redo) if redo else None
        if core is not None:
            with _quiet_rdflib():
                data = Graph().parse(data=db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format="nt")
            pairs += _run_core(data, core, compiled.graph, UNION)
    return _locate(db, pairs)


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


def _report(results: list[ValidationResult], validated: list[str], graphs: int, compiled: CompiledShapes,
            seconds: float, labels: dict[str, str] | None = None) -> ValidationReport:
    results.sort(key=lambda r: (r.graph.endswith(UNION), r.graph, r.focus, r.shape, r.path, r.value, r.message))
    return ValidationReport(conforms=not any(r.severity == Severity.VIOLATION.value for r in results),
                            results=tuple(results), graphs=graphs, validated=tuple(validated),
                            fingerprint=compiled.fingerprint, labels=labels or {}, seconds=round(seconds, 3))


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


def _load_dataset(path: Path, fmt: ox.RdfFormat) -> ox.Store:
    """A TriG / N-Quads file as an in-memory store whose default graph is the union of its graphs."""
    db = ox.Store()
    try:
        db.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise ShapesError(f"cannot load data from {path}: {rdf_error(path, exc)}") from exc
    db.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return db


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


def _compiled(shapes: Graph | CompiledShapes | None) -> CompiledShapes:
    if isinstance(shapes, CompiledShapes):
        return shapes
    return compile_shapes(shapes) if shapes is not None else _kg_shapes()


@cache
def _kg_shapes() -> CompiledShapes:
    return compile_shapes(load_shapes())


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


_PREFIXES = {"https://w3id.org/kg/ont#": "kg:", "https://w3id.org/kg/shapes#": "kgsh:", "https://w3id.org/kg/id/": "kgid:",
             "https://w3id.org/kg/graph/": "kgg:", str(OA): "oa:", "http://www.w3.org/ns/shacl#": "sh:",
             "http://www.w3.org/2004/02/skos/core#": "skos:", "http://www.w3.org/ns/prov#": "prov:",
             "http://www.w3.org/2001/XMLSchema#": "xsd:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
             "http://www.w3.org/2000/01/rdf-schema#": "rdfs:", "http://www.w3.org/2002/07/owl#": "owl:"}


def compact_iri(iri: str) -> str:
    """An IRI with kg's usual prefix, if one applies.

    >>> compact_iri("https://w3id.org/kg/shapes#EvidenceShape")
    'kgsh:EvidenceShape'
    >>> compact_iri("https://example.org/x")
    'https://example.org/x'
    """
    for ns, prefix in _PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return prefix + iri[len(ns):]
    return iri

