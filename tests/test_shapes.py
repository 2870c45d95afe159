"""Every shape has a valid and an invalid example; invalid ones fail with that shape as sh:sourceShape."""
from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from kg.validate import check_shapes

SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = "https://w3id.org/kg/shapes#"
EXAMPLES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_shapes_example(shapes_graph, example_report, path):
    """A valid example has no result but Infos; an invalid one has a result of its shape, with
    the shape's severity (a Violation, so the graph does not conform, unless the shape only warns)."""
    report = example_report(path)
    shape = KGSH + path.stem.split("-")[0]
    severity = str(shapes_graph.value(URIRef(shape), SH.severity) or SH.Violation).rsplit("#", 1)[-1]
    if path.stem.endswith("-valid"):
        assert report.conforms and not [r for r in report.results if r.severity != "Info"], report.results
    else:
        mine = [r for r in report.results if r.shape == shape and r.severity == severity]
        assert mine, [(r.shape, r.severity, r.message) for r in report.results]
        assert report.conforms == (severity != "Violation")


@pytest.mark.parametrize("kind", ["valid", "invalid"])
def test_shapes_every_node_shape_has_examples(shapes_graph, kind):
    shapes = {str(s)[len(KGSH):] for s in shapes_graph.subjects(RDF.type, SH.NodeShape) if str(s).startswith(KGSH)}
    have = {p.stem.split("-")[0] for p in EXAMPLES if (p.stem.endswith("-valid") == (kind == "valid"))}
    assert shapes and shapes <= have, shapes - have


@pytest.mark.parametrize("meta", [True])
def test_shapes_pass_meta_shacl(shapes_graph, meta):
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes_graph, meta_shacl=meta)
    assert conforms, text
    check_shapes(shapes_graph)  # and kg's own check: meta-SHACL, and every SPARQL constraint parses


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_shapes_sparql_constraints_agree_with_pyshacl(shapes_graph, example_report, path):
    """kg runs sh:sparql constraints in pyoxigraph over the whole graph, then keeps the focus nodes;
    pySHACL's own evaluation (``$this`` pre-bound) gives the same results."""
    from kg.validate import _ontology

    _, report, _ = pyshacl.validate(Graph().parse(path), shacl_graph=shapes_graph, ont_graph=_ontology(),
                                    allow_warnings=True, allow_infos=True)
    theirs = {(str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1], str(report.value(r, SH.focusNode)))
              for r in report.subjects(RDF.type, SH.ValidationResult)}
    mine = {(r.severity, r.focus) for r in example_report(path).results}
    assert theirs == mine
