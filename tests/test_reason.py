"""OWL reasoning (``kg reason``): HermiT over the seeds' store, and over small stores that
contradict the ontology.

* the seeds' graph is consistent; afterwards queries without ``GRAPH`` see the entailed types
  (a kg:TransferWeapons event is a kg:ProvideAid) and inverse relations (kg:relays);
* reasoning again gives the same graph (the inferred graph is replaced, not added to);
* an inconsistent graph exits 1, names the individual and leaves the store's generation as it was.

The tests that run HermiT need Java and are marked ``reasoner``.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg import Store, query
from kg.cli import app
from kg.reason import Axioms, culprits, reason
from kg.resources import ontology_turtle
from kg.store import graph_to_nquads
from kg.vocab import GRAPH, ID, INFERRED_GRAPH, KG, ONTOLOGY_GRAPH, RDF

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs java")

PREFIXES = """@prefix kg: <https://w3id.org/kg/ont#> . @prefix ex: <https://w3id.org/kg/id/test/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix wd: <http://www.wikidata.org/entity/> .
"""


def _small_store(path: Path, turtle: str) -> Store:
    """A store holding the ontology graph and one document graph written in Turtle."""
    store = Store(path)
    data = Graph().parse(data=PREFIXES + turtle, format="turtle")
    ontology = Graph().parse(data=ontology_turtle(), format="turtle")
    with store.lock():
        store.write_generation([graph_to_nquads(ONTOLOGY_GRAPH, ontology), graph_to_nquads(GRAPH["doc/test"], data)],
                               {"documents": {}})
    return store


def _ask(store: Store, sparql: str) -> bool:
    return query(sparql, store=store, check=False).boolean


def _count(store: Store, graph: ox.NamedNode | ox.DefaultGraph) -> int:
    db = store.open()
    return sum(1 for _ in db.quads_for_pattern(None, None, None, graph))


# (ASK query, answer before reasoning, answer after)
ENTAILED = {
    "transfer-weapons-is-provide-aid": (
        "ASK { ?e a kg:TransferWeapons , kg:ProvideMilitarySupport , kg:ProvideSupport , kg:ProvideAid }", False, True),
    "military-support-is-provide-aid": (
        "ASK { ?e a kg:ProvideMilitarySupport , kg:ProvideAid . GRAPH kgg:inferred { ?e a kg:ProvideAid } }", False, True),
    "relays-where-relayed-by": (
        "ASK { ?a kg:relayedBy ?b . FILTER NOT EXISTS { ?b kg:relays ?a } }", True, False),
}


@pytest.mark.reasoner
@needs_java
@pytest.mark.parametrize("sparql,before,after", list(ENTAILED.values()), ids=list(ENTAILED))
def test_reason_seeds_are_consistent_and_entailments_are_queryable(built_store, reasoned_store, sparql, before, after):
    store, report = reasoned_store  # a copy of built_store, reasoned once for the tests that read it
    assert _ask(built_store, sparql) is before
    assert report.consistent and report.problems == (), report.problems
    assert report.inferred > 0 and report.generation == store.generation != built_store.generation
    assert _ask(store, sparql) is after
    assert _ask(store, "ASK { ?a kg:relayedBy ?b }")  # the seeds do relay claims
    assert report.seconds < 60, report.seconds


@pytest.mark.reasoner
@needs_java
@pytest.mark.parametrize("runs", [2])
def test_reason_twice_gives_the_same_graph(store_copy, runner, runs):
    counts = []
    for _ in range(runs):
        result = runner.invoke(app, ["reason", "--store", str(store_copy.path)])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("consistent (HermiT)")
        db = store_copy.open()
        counts.append((_count(store_copy, ox.DefaultGraph()), _count(store_copy, ox.NamedNode(str(INFERRED_GRAPH))),
                       sorted(g.value for g in db.named_graphs())))
    assert all(c == counts[0] for c in counts), counts
    assert counts[0][1] > 0 and str(INFERRED_GRAPH) in counts[0][2]
    assert store_copy.manifest()["reasoning"]["inferred"] == counts[0][1]


@pytest.mark.reasoner
@needs_java
@pytest.mark.parametrize("cached", [True, False], ids=["cached", "not-cached"])
def test_reason_keeps_the_validation_cache_and_the_documents(store_copy, cached):
    report = {"conforms": True, "graphs": 7, "results": []}
    if cached:
        store_copy.cache_validation(report)
    else:
        store_copy.current.with_suffix(".validation.json").unlink(missing_ok=True)
    documents = store_copy.manifest()["documents"]
    assert reason(store_copy).consistent
    assert store_copy.cached_validation() == (report if cached else None)
    assert store_copy.manifest()["documents"] == documents


INCONSISTENT = {
    # name: (Turtle, the individual named, words of the message)
    "person-and-organization": ("ex:x a kg:Person , kg:Organization .", "kgid:test/x", "disjoint"),
    "event-as-agent": ("ex:e a kg:Attack ; kg:agent ex:f . ex:f a kg:Kill .", "kgid:test/f", "range of kg:agent"),
    "organization-holds-role": ("ex:r a kg:Role ; kg:holder ex:o . ex:o a kg:Organization .", "kgid:test/o",
                                "range of kg:holder"),
    "claim-with-two-stances": ("ex:c a kg:Claim ; kg:stance kg:Asserts , kg:Denies .", "kgid:test/c", "functional"),
    "claim-relayed-by-itself": ("ex:c a kg:Claim ; kg:relayedBy ex:c .", "kgid:test/c", "irreflexive"),
    "same-wikidata-person-and-organization": (
        "ex:a a kg:Person ; owl:sameAs wd:Q1 . ex:b a kg:Organization ; owl:sameAs wd:Q1 .", "kgid:test/b", "owl:sameAs"),
    "evidence-on-document": ("ex:d a kg:Document ; kg:evidence ex:s .", "kgid:test/d", "Pellet"),
}


@pytest.mark.reasoner
@needs_java
@pytest.mark.parametrize("turtle,individual,words", list(INCONSISTENT.values()), ids=list(INCONSISTENT))
def test_reason_catches_an_inconsistent_graph(tmp_path, runner, turtle, individual, words):
    store = _small_store(tmp_path / "st", turtle)
    generation, files = store.generation, sorted(p.name for p in store.path.iterdir())
    result = runner.invoke(app, ["reason", "--store", str(store.path)])
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("INCONSISTENT (HermiT)"), result.stdout
    assert individual in result.stdout and words in result.stdout, result.stdout
    assert "kgg:doc/test" in result.stdout
    assert store.generation == generation and sorted(p.name for p in store.path.iterdir()) == files


@pytest.mark.reasoner
@needs_java
@pytest.mark.parametrize("turtle", ["ex:x a kg:Person . ex:e a kg:Meet ; kg:participant ex:x ; kg:place ex:p ."])
def test_reason_small_consistent_graph(tmp_path, turtle):
    store = _small_store(tmp_path / "st", turtle)
    report = reason(store)
    assert report.consistent and report.problems == ()
    # kg:Meet's superclasses, kg:Actor, and kg:Place from the range of kg:place
    ex = "https://w3id.org/kg/id/test/"
    assert _ask(store, f"ASK {{ <{ex}e> a kg:Consult , kg:Event . <{ex}x> a kg:Actor . <{ex}p> a kg:Place }}")
    assert not _ask(store, f"ASK {{ GRAPH kgg:inferred {{ <{ex}x> a kg:Person }} }}")  # asserted, not inferred


# Without Java: the culprit finder alone, and the error when Java is missing.

@pytest.mark.parametrize("triples,expected", [
    ([("x", RDF.type, KG.Person), ("x", RDF.type, KG.Organization)], "kgid:test/x is both kg:Organization and kg:Person"),
    ([("e", KG.agent, "f"), ("f", RDF.type, KG.Attack)], "kgid:test/f is both kg:Actor and kg:Event"),
    ([("c", KG.relayedBy, "c")], "kgid:test/c is linked to itself by kg:relayedBy"),
    ([("c", KG.stance, KG.Asserts), ("c", KG.stance, KG.Denies)], "kgid:test/c has 2 values of kg:stance"),
], ids=["disjoint-types", "range", "irreflexive", "functional"])
def test_reason_culprits_name_the_individual(triples, expected):
    axioms = Axioms(Graph().parse(data=ontology_turtle(), format="turtle"))
    statements = {tuple(str(ID["test/" + t]) if isinstance(t, str) and "/" not in t else str(t) for t in triple):
                  {str(GRAPH["doc/test"])} for triple in triples}
    problems = culprits(axioms, statements)
    assert len(problems) == 1 and problems[0].startswith(expected), problems
    assert "[kgg:doc/test]" in problems[0]


@pytest.mark.parametrize("classes", [("Person", "Actor"), ("ArmedGroup", "PoliticalParty"), ("Country", "Place")])
def test_reason_culprits_none_for_compatible_types(classes):
    axioms = Axioms(Graph().parse(data=ontology_turtle(), format="turtle"))
    x = str(ID["test/x"])
    assert culprits(axioms, {(x, str(RDF.type), str(KG[c])): {"urn:g"} for c in classes}) == []


@pytest.mark.parametrize("java", ["no-such-java-for-kg"])
def test_reason_without_java_is_an_error(tmp_path, runner, monkeypatch, java):
    owlready2 = pytest.importorskip("owlready2")
    monkeypatch.setattr(owlready2, "JAVA_EXE", java)
    store = _small_store(tmp_path / "st", "ex:x a kg:Person .")
    result = runner.invoke(app, ["reason", "--store", str(store.path)])
    assert result.exit_code == 2 and "needs Java" in result.output


@pytest.mark.reasoner
@needs_java
@pytest.mark.parametrize("turtle", [
    "ex:c1 a kg:Claim ; kg:relayedBy ex:c2 . ex:c2 a kg:Claim ; kg:relays ex:c3 . ex:c3 a kg:Claim . "
    "ex:r a kg:Role ; kg:holder ex:p ; kg:organization ex:o . ex:e a kg:TransferWeapons ; kg:agent ex:o ; kg:target ex:q ."])
def test_reason_property_values_agree_with_hermit(tmp_path, turtle):
    # The fast path reads inverse and super-property values from the property hierarchy; HermiT's
    # own property-value retrieval (-Y) must entail exactly the same statements.
    inferred = []
    for property_values in (False, True):
        store = _small_store(tmp_path / f"st-{property_values}", turtle)
        assert reason(store, property_values=property_values).consistent
        db = store.open()
        inferred.append(sorted(str(q) for q in db.quads_for_pattern(None, None, None, ox.NamedNode(str(INFERRED_GRAPH)))))
    assert inferred[0] == inferred[1] and any("#relays>" in q for q in inferred[0]), inferred


@pytest.mark.reasoner
@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs java")
@pytest.mark.parametrize("name", ["events", "who-met-whom", "support", "support-network", "corroborated-claims",
                                  "timeline", "actors", "roles", "claims"])
def test_reason_bundled_queries_give_the_same_rows(built_store, reasoned_store, name):
    """Inferred superclasses must not duplicate rows: the queries name the most specific class."""
    before = query(name, store=built_store).serialize("csv")
    assert query(name, store=reasoned_store[0]).serialize("csv") == before
