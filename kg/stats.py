"""Counts that describe a store: graphs, triples, documents, actors by category, evidence."""
from __future__ import annotations

from .store import Store
from .vocab import PREFIXES

_COUNTS = {
    "documents": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }",
    "actors": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH kgg:identity { ?a a kg:Actor } }",
    "events": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Event }",
    "claims": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a kg:Claim }",
    "roles": "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a kg:Role }",
    "persons": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH kgg:identity { ?a a kg:Person } }",
    "organizations": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH kgg:identity { ?a a kg:Organization } }",
    "places": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH kgg:identity { ?a a kg:Place } }",
    "evidence spans": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Evidence }",
    "identity merges": "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a kg:IdentityMerge }",
}


def stats(store: Store | None = None) -> dict[str, object]:
    """Counts of the current store generation.

    :returns: ``generation``, ``quads``, ``graphs`` (name → quads) and the counts of
        :data:`_COUNTS` (documents, actors, persons, organizations, places, evidence, merges).
    """
    store = store or Store()
    db = store.open()
    graphs: dict[str, int] = {}
    for row in db.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"):
        graphs[row["g"].value] = int(row["n"].value)
    out: dict[str, object] = {"store": str(store.path), "generation": store.generation,
                              "quads": sum(graphs.values()), "graphs": len(graphs)}
    for name, sparql in _COUNTS.items():
        out[name] = int(next(iter(db.query(sparql, prefixes=PREFIXES)))["n"].value)
    out["graph sizes"] = graphs
    return out
