"""Shapes: loading them (:func:`load_shapes`), checking shapes a user gives (:func:`check_shapes`),
and compiling them for kg's two passes (:func:`compile_shapes`, :class:`CompiledShapes`): the core
shapes, the SHACL-SPARQL constraints (:class:`SparqlConstraint`, :func:`split_shapes`), and the
shapes of the cross-document pass (``kgsh:scope kgsh:union``).

Also what every pass shares: the ontology mixed into the data (:func:`_ontology`, parsed once),
kg's own shapes compiled once (:func:`_kg_shapes`), and :func:`_quiet_rdflib` for parsing data.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS

from .. import __version__
from ..errors import ShapesError
from ..resources import ontology_turtle, shapes_files
from ..sandbox import service_iris
from ..shacl_sparql import DEFAULT, GRAPHS, Plan, compile_plan
from ..syntax import (JSONLD_SUFFIXES, XML_SUFFIXES, rdf_error, refuse_external_entities, refuse_remote_contexts,
                      sparql_error)
from .report import KGSH, SH, UNION, compact_iri


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


def _compiled(shapes: Graph | CompiledShapes | None) -> CompiledShapes:
    if isinstance(shapes, CompiledShapes):
        return shapes
    return compile_shapes(shapes) if shapes is not None else _kg_shapes()


@cache
def _kg_shapes() -> CompiledShapes:
    return compile_shapes(load_shapes())
