"""Core shapes in pySHACL and the results of compiled checks: pySHACL over a graph
(:func:`_run_core`) where the shapes compiled to SPARQL cannot promise its results, the core
shapes cut down to some top-level shapes for such a run (:func:`_only`), a compiled check's row
as the result pySHACL would report (:func:`_row_result`), and the shape a result names
(:func:`_shape_name`).
"""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from ..shacl_sparql import generic_message, to_rdflib
from .report import SH, ValidationResult
from .shapes import CompiledShapes, _ontology, _quiet_rdflib


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
