"""Differential tests of the SHACL-to-SPARQL engine (kg/shacl_sparql.py) against pySHACL: the same
results, as sets of (focus, path, component, shape, value, severity), on the seeds' store, on
systematically and randomly corrupted copies of its graphs, and on invented shapes that use the
components kg's own shapes do not."""
from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.shacl_sparql import compile_plan
from kg.validate import _kg_shapes, _ontology, compile_shapes, validate_graph, validate_store
from kg.vocab import KG, OA, RUNS_GRAPH, SKOS

SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SH = "http://www.w3.org/ns/shacl#"
FIRED: set[str] = set()
"""Components pySHACL reported in the mutation tests (checked by the last test of the file)."""


def _key(r):
    return (r.focus, r.path, r.component, r.shape, r.value, r.severity)


def _both(data: Graph, shapes=None, scope: str = "local") -> set:
    """Validate with both engines and assert the same results (and the same messages)."""
    shapes = shapes or _kg_shapes()
    new = validate_graph(Graph() + data, shapes, name="g", scope=scope, engine="sparql")
    old = validate_graph(Graph() + data, shapes, name="g", scope=scope, engine="pyshacl")
    assert {_key(r) for r in new} == {_key(r) for r in old}
    # pySHACL lists sh:in members in a varying order in its default message
    assert ({_key(r) + (r.message,) for r in new if not r.component.endswith("#InConstraintComponent")}
            == {_key(r) + (r.message,) for r in old if not r.component.endswith("#InConstraintComponent")})
    FIRED.update(r.component for r in old)
    return {_key(r) for r in old}


@pytest.fixture(scope="module")
def doc_graph(built_store) -> Graph:
    """One document's graph of the seeds' store with the runs graph (rdflib)."""
    db = built_store.open()
    doc = next(iter(db.query("""SELECT ?g WHERE { GRAPH ?g { ?d a <https://w3id.org/kg/ont#Claim> } }
                                GROUP BY ?g ORDER BY DESC(COUNT(?d)) ?g LIMIT 1""")))["g"]
    nt = b"".join(db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) for g in (doc, ox.NamedNode(str(RUNS_GRAPH))))
    return Graph().parse(data=nt, format="nt")


def test_shacl_sparql_seeds_store_same_as_pyshacl(built_store):
    new = validate_store(built_store, engine="sparql")
    old = validate_store(built_store, engine="pyshacl")
    assert {_key(r) + (r.graph,) for r in new.results} == {_key(r) + (r.graph,) for r in old.results}
    assert new.conforms == old.conforms and new.validated == old.validated


def _first(g: Graph, cls) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _plus(g: Graph, triples) -> Graph:
    out = Graph() + g
    for t in triples:
        out.add(t)
    return out


def _set(g: Graph, s, p, *objects) -> Graph:
    g = Graph() + g
    g.remove((s, p, None))
    for o in objects:
        g.add((s, p, o))
    return g


# Each mutation: (name, graph -> corrupted graph). Invented values only; the nodes are found by type.
MUTATIONS = [
    ("no sha256", lambda g: _set(g, _first(g, KG.Document), KG.sha256)),
    ("two texts", lambda g: _plus(g, [(_first(g, KG.Document), KG.text, Literal("another text"))])),
    ("bad sha256", lambda g: _set(g, _first(g, KG.Document), KG.sha256, Literal("XYZ"))),
    ("sha256 with a newline", lambda g: _set(g, _first(g, KG.Document), KG.sha256, Literal("a" * 64 + "\n"))),
    ("length as string", lambda g: _set(g, _first(g, KG.Document), KG.charLength, Literal("12"))),
    ("ill-typed length", lambda g: _set(g, _first(g, KG.Document), KG.charLength, Literal("twelve", datatype=XSD.integer))),
    ("zero length", lambda g: _set(g, _first(g, KG.Document), KG.charLength, Literal(0))),
    ("publishedOn 30 February", lambda g: _set(g, _first(g, KG.Document), KG.publishedOn, Literal("2019-02-30", datatype=XSD.date))),
    ("publishedOn a word", lambda g: _set(g, _first(g, KG.Document), KG.publishedOn, Literal("March"))),
    ("ingestedBy a literal", lambda g: _set(g, _first(g, KG.Document), KG.ingestedBy, Literal("run"))),
    ("bad precision", lambda g: _set(g, _first(g, KG.Document), KG.datePrecision, KG.Asserts)),
    ("empty label", lambda g: _set(g, _first(g, KG.Actor), SKOS.prefLabel, Literal(""))),
    ("two categories", lambda g: _plus(g, [(_first(g, KG.Person), RDF.type, KG.Place)])),
    ("no category", lambda g: _plus(Graph(), [t for t in g if not (t[0] == _first(g, KG.Person) and t[1] == RDF.type)]
                                    + [(_first(g, KG.Person), RDF.type, KG.Actor)])),
    ("confidence above 1", lambda g: _set(g, _first(g, KG.Evidence), KG.confidence, Literal("1.5", datatype=XSD.decimal))),
    ("confidence below 0", lambda g: _set(g, _first(g, KG.Evidence), KG.confidence, Literal("-0.5", datatype=XSD.decimal))),
    ("source not a document", lambda g: _set(g, _first(g, KG.Evidence), OA.hasSource, URIRef("https://example.org/elsewhere"))),
    ("no position selector", lambda g: _plus(Graph(), [t for t in g if t[2] != OA.TextPositionSelector])),
    ("two quote selectors", lambda g: _plus(g, [(_first(g, KG.Evidence), OA.hasSelector, _first(g, OA.TextQuoteSelector)),
                                           (URIRef("https://example.org/q2"), RDF.type, OA.TextQuoteSelector),
                                           (_first(g, KG.Evidence), OA.hasSelector, URIRef("https://example.org/q2"))])),
    ("start after end", lambda g: _set(g, _first(g, OA.TextPositionSelector), OA.start, Literal(10 ** 6))),
    ("start a string", lambda g: _set(g, _first(g, OA.TextPositionSelector), OA.start, Literal("5"))),
    ("bad stance", lambda g: _set(g, _first(g, KG.Claim), KG.stance, KG.DayPrecision)),
    ("event without participant or place", lambda g: _plus(Graph(), [t for t in g if not (
        t[0] == _first(g, KG.Event) and t[1] in (KG.participant, KG.place, KG.agent, KG.target))])),
    ("event date ill-typed", lambda g: _set(g, _first(g, KG.Event), KG.eventDate, Literal("2019-13", datatype=XSD.gYearMonth))),
    ("run without version", lambda g: _set(g, _first(g, KG.ExtractionRun), KG.softwareVersion)),
    ("run start a date", lambda g: _set(g, _first(g, KG.ExtractionRun), URIRef("http://www.w3.org/ns/prov#startedAtTime"),
                                        Literal("2020-01-01", datatype=XSD.date))),
]


@pytest.mark.parametrize("name,mutate", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_shacl_sparql_mutation_same_as_pyshacl(doc_graph, name, mutate):
    results = _both(mutate(doc_graph))
    if name != "zero length":  # a 0 length also breaks the SPARQL charLength check only
        assert results, f"the mutation {name!r} should be caught"


LITERALS = [Literal("x"), Literal(""), Literal("x", lang="en"), Literal(3), Literal("3.5", datatype=XSD.decimal),
            Literal("nope", datatype=XSD.decimal), Literal("2019-02-29", datatype=XSD.date), Literal(True),
            Literal("2020", datatype=XSD.gYear), Literal("2020-05-04T10:00:00Z", datatype=XSD.dateTime),
            Literal("a\nb"), URIRef("https://example.org/n"), KG.Person]


@SETTINGS
@given(st.data())
def test_shacl_sparql_random_mutations_same_as_pyshacl(doc_graph, data):
    """Random removals, duplicates and retyped objects (derandomized) give the same results."""
    rng = random.Random(data.draw(st.integers(0, 2 ** 32)))
    triples = sorted(doc_graph)
    g = Graph() + doc_graph
    for _ in range(data.draw(st.integers(1, 4))):
        s, p, o = rng.choice(triples)
        op = rng.choice(["remove", "duplicate", "retype"])
        if op == "remove":
            g.remove((s, p, o))
        else:
            if op == "retype":
                g.remove((s, p, o))
            g.add((s, p, rng.choice(LITERALS)))
    _both(g)


EXTRA_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
    sh:not [ sh:class ex:Forbidden ] ;
    sh:property [ sh:path ex:code ; sh:maxLength 3 ; sh:pattern "^[a-z]+$" ; sh:flags "i" ] ,
        [ sh:path ex:size ; sh:minExclusive 0 ; sh:maxExclusive 10 ] ,
        [ sh:path ex:part ; sh:minCount 2 ] ,
        [ sh:path ex:tag ; sh:and ( [ sh:nodeKind sh:IRI ] [ sh:class ex:Tag ] ) ] .
ex:SubjectShape a sh:NodeShape ; sh:targetSubjectsOf ex:owner ; sh:property [ sh:path ex:owner ; sh:nodeKind sh:IRI ] .
ex:NodeTargetShape a sh:NodeShape ; sh:targetNode ex:root ; sh:property [ sh:path ex:size ; sh:minCount 1 ] .
"""
EXTRA_DATA = """
@prefix ex: <https://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a a ex:Thing , ex:Forbidden ; ex:code "ABCD" , "ab1" , "Ok" ; ex:size 0 , 5 , 10 , "7" ;
    ex:part ex:p1 ; ex:tag ex:t1 , ex:t2 , "t" ; ex:owner "me" .
ex:b a ex:Thing ; ex:part ex:p1 , ex:p2 ; ex:owner ex:a .
ex:p1 ex:label "one" . ex:p2 ex:label 2 .
ex:t1 a ex:Tag .
"""


def test_shacl_sparql_components_beyond_kg_shapes_same_as_pyshacl():
    """sh:not, sh:and, sh:maxLength, sh:flags, exclusive ranges, minCount 2, and the
    targets sh:targetSubjectsOf and sh:targetNode, on invented shapes and data."""
    shapes = compile_shapes(Graph().parse(data=EXTRA_SHAPES, format="turtle"))
    assert not shapes.plan("all").fallback
    results = _both(Graph().parse(data=EXTRA_DATA, format="turtle"), shapes, scope="all")
    fired = {r[2].rsplit("#", 1)[-1] for r in results}
    assert {"NotConstraintComponent", "AndConstraintComponent", "MaxLengthConstraintComponent",
            "PatternConstraintComponent", "MinExclusiveConstraintComponent", "MaxExclusiveConstraintComponent",
            "MinCountConstraintComponent", "NodeKindConstraintComponent"} <= fired


@pytest.mark.parametrize("shape,why", [
    ("[ sh:path ( ex:a ex:b ) ; sh:minCount 1 ]", "complex property path"),
    ("[ sh:path ex:a ; sh:uniqueLang true ]", "is not compiled"),
    ("[ sh:path ex:a ; sh:pattern \"\\\\d+\" ]", "escape"),
    ("[ sh:path ex:a ; sh:node [ sh:datatype rdf:langString ] ]", "sh:node"),
])
def test_shacl_sparql_untranslated_shape_falls_back_to_pyshacl(shape, why):
    """A shape the compiler cannot translate is left to pySHACL, with the reason, and still checked."""
    text = f"""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; sh:property {shape} ."""
    shapes = compile_shapes(Graph().parse(data=text, format="turtle"))
    plan = compile_plan(shapes.core, shapes.tops, _ontology(), "graphs")
    assert why in plan.fallback[URIRef("https://example.org/S")]
    data = Graph().parse(data="@prefix ex: <https://example.org/> . ex:x a ex:Thing ; ex:a \"x\"@en, \"y\"@en .", format="turtle")
    _both(data, shapes, scope="all")


def test_shacl_sparql_graph_with_own_subclasses_same_as_pyshacl(doc_graph):
    """A graph that declares its own subclass (the compiled queries read the ontology's) is
    validated the old way, so a node typed with that subclass is still a focus node."""
    sub = URIRef("https://example.org/Leaflet")
    g = _plus(doc_graph, [(sub, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), KG.Document),
                     (URIRef("https://example.org/leaflet1"), RDF.type, sub)])
    results = _both(g)
    assert any(r[0] == "https://example.org/leaflet1" for r in results)


def test_shacl_sparql_every_component_of_kg_shapes_fired():
    """The mutation tests above made pySHACL report every component kg's shapes use (so the
    comparisons covered each); run after them (pytest keeps file order)."""
    if not FIRED:
        pytest.skip("run with the mutation tests")
    expected = {"MinCount", "MaxCount", "Datatype", "NodeKind", "Class", "Pattern", "MinLength", "MinInclusive",
                "MaxInclusive", "In", "Or", "Xone", "LessThan", "QualifiedMinCount", "QualifiedMaxCount"}
    assert {SH + c + "ConstraintComponent" for c in expected} <= FIRED, sorted(FIRED)



# -- SPARQL constraints of the per-graph pass, run over every named graph at once ------------------

_SPARQL_SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
ex:decl sh:declare [ sh:prefix "ex" ; sh:namespace "https://example.org/"^^<http://www.w3.org/2001/XMLSchema#anyURI> ] .
ex:Unmatched a sh:NodeShape ; sh:targetClass ex:Box ; sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex:decl ;
    sh:message "{?value} has no label here" ;
    sh:select "SELECT DISTINCT $this ?value WHERE { $this ex:holds ?value . FILTER NOT EXISTS { ?value ex:label ?l } }" ] .
ex:Crowded a sh:NodeShape ; sh:targetClass ex:Box ; sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex:decl ;
    sh:select "SELECT $this (COUNT(?v) AS ?value) WHERE { $this ex:holds ?v } GROUP BY $this HAVING (COUNT(?v) > 1)" ] .
"""
# the same box in three graphs: what another graph says about it must not count
_SPARQL_DATA = """@prefix ex: <https://example.org/> .
ex:g1 { ex:box a ex:Box ; ex:holds ex:apple . }
ex:g2 { ex:box a ex:Box ; ex:holds ex:apple , ex:pear . ex:apple ex:label "apple" . ex:pear ex:label "pear" . }
ex:g3 { ex:crate ex:holds ex:plum . ex:apple ex:label "apple" . }
"""


def test_graph_select_only_where_each_graph_keeps_its_own_solutions():
    from kg.validate import _sparql_constraints, graph_select

    shapes = Graph().parse(data=_SPARQL_SHAPES, format="turtle")
    by = {c.shape.rsplit("/", 1)[-1]: c for c in _sparql_constraints(shapes)}
    assert "GRAPH ?kgValidatedGraph" in graph_select(by["Unmatched"], _ontology())
    assert graph_select(by["Crowded"], _ontology()) is None  # an aggregate is not scoped per graph
    ontology = Graph().parse(data="@prefix ex: <https://example.org/> . ex:apple ex:label 'fruit' .", format="turtle")
    assert graph_select(by["Unmatched"], ontology) is None  # the ontology would add solutions
    import dataclasses
    star = dataclasses.replace(by["Unmatched"], select=by["Unmatched"].select.replace("ex:holds", "ex:holds*"))
    assert graph_select(star, _ontology()) is None  # a zero-length path matches the ontology's nodes


def test_sparql_constraints_over_every_graph_same_as_per_graph(tmp_path):
    from kg.validate import validate_files

    path = tmp_path / "boxes.trig"
    path.write_text(_SPARQL_DATA)
    shapes = compile_shapes(Graph().parse(data=_SPARQL_SHAPES, format="turtle"))
    new = validate_files([path], shapes, engine="sparql")
    old = validate_files([path], shapes, engine="pyshacl")
    key = lambda r: (r.graph.rsplit("#", 1)[-1], r.focus, r.shape.rsplit("/", 1)[-1], r.value, r.message)  # noqa: E731
    assert sorted(map(key, new.results)) == sorted(map(key, old.results)) == [
        ("https://example.org/g1", "https://example.org/box", "Unmatched", "https://example.org/apple",
         "https://example.org/apple has no label here"),
        ("https://example.org/g2", "https://example.org/box", "Crowded", "2", "SPARQL constraint violated")]
