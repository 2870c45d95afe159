"""Every shape has a valid and an invalid example; invalid ones fail with that shape as sh:sourceShape."""
from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from kg.validate import validate_files

SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = "https://w3id.org/kg/shapes#"
EXAMPLES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_shapes_example(shapes_graph, path):
    report = validate_files([path], shapes_graph)
    shape = KGSH + path.stem.split("-")[0]
    violations = [r for r in report.results if r.severity == "Violation"]
    if path.stem.endswith("-valid"):
        assert report.conforms, violations
    else:
        assert not report.conforms
        assert any(r.shape == shape for r in violations), [(r.shape, r.message) for r in violations]


@pytest.mark.parametrize("kind", ["valid", "invalid"])
def test_shapes_every_node_shape_has_examples(shapes_graph, kind):
    shapes = {str(s)[len(KGSH):] for s in shapes_graph.subjects(RDF.type, SH.NodeShape) if str(s).startswith(KGSH)}
    have = {p.stem.split("-")[0] for p in EXAMPLES if (p.stem.endswith("-valid") == (kind == "valid"))}
    assert shapes and shapes <= have, shapes - have


@pytest.mark.parametrize("meta", [True])
def test_shapes_pass_meta_shacl(shapes_graph, meta):
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes_graph, meta_shacl=meta)
    assert conforms, text


@pytest.mark.parametrize("path", [p for p in EXAMPLES if "Evidence" in p.stem or "Document" in p.stem], ids=lambda p: p.stem)
def test_shapes_sparql_constraints_agree_with_pyshacl(shapes_graph, path):
    """kg runs sh:sparql constraints in pyoxigraph; pySHACL's own evaluation must agree."""
    from kg.validate import _ontology

    conforms, _, _ = pyshacl.validate(Graph().parse(path), shacl_graph=shapes_graph, ont_graph=_ontology(),
                                      allow_warnings=True, allow_infos=True)
    assert conforms == validate_files([path], shapes_graph).conforms
