"""Read-out data: per-node summaries computed once when a store generation is written, so that the
bundled listing queries are scans and sorts instead of aggregates over the whole graph.

Every generation holds them in the named graph ``kgg:readout`` (never in the default graph, the
union of the extracted graphs, so the Turtle / N-Triples exports, validation of the union and
users' own queries see exactly what was extracted). They are derived: :meth:`kg.store.Store.write_generation`
drops any ``kgg:readout`` it is given and recomputes it from the data of the new generation,
so a build, an incremental build or ``kg reason`` can never leave a stale one. The terms are
declared in ``ontology/kg.ttl`` (section "Read-out data") and checked by ``kgsh:ReadoutShape``.

Each summary is a SPARQL update over the freshly loaded store, with the very sub-select the
queries used to run per query, so the answers stay the same row for row.
"""
from __future__ import annotations

import pyoxigraph as ox

from .vocab import GRAPH, PREFIXES

READOUT_GRAPH = GRAPH["readout"]
"""The named graph of the read-out data."""

VERSION = 1
"""Version of the read-out data, written into the graph (``kgg:readout kg:readoutVersion``); a
store whose read-out is missing or older than the queries expect must be rebuilt."""

_VERSION = ox.NamedNode(PREFIXES["kg"] + "readoutVersion")

_SIZES = """INSERT { GRAPH kgg:readout { ?g kg:tripleCount ?n } }
WHERE { SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }"""

_UPDATES: tuple[tuple[str, str], ...] = (
    ("the first file name of each document (documents are named by it everywhere)", """
INSERT { GRAPH kgg:readout { ?doc kg:firstFileName ?file } }
WHERE { SELECT ?doc (MIN(?f) AS ?file) WHERE { ?doc kg:fileName ?f } GROUP BY ?doc }"""),
    ("the aliases of each actor, sorted, joined by |", """
INSERT { GRAPH kgg:readout { ?actor kg:aliasList ?aliases } } WHERE {
  SELECT ?actor (GROUP_CONCAT(?alias; separator="|") AS ?aliases) WHERE {
    { SELECT DISTINCT ?actor ?alias WHERE { GRAPH kgg:identity { ?actor skos:altLabel ?alias } } ORDER BY ?alias }
  } GROUP BY ?actor
}"""),
    ("the documents with evidence of each actor, event and role, sorted, joined by |", """
INSERT { GRAPH kgg:readout { ?node kg:documentList ?documents } } WHERE {
  SELECT ?node (GROUP_CONCAT(?file; separator="|") AS ?documents) WHERE {
    { SELECT DISTINCT ?node ?file WHERE {
        { SELECT ?node ?ev WHERE {
            VALUES ?class { kg:Actor kg:Event kg:Role } ?node a ?class ; kg:evidence ?ev } }
        { SELECT ?ev ?doc WHERE { ?ev oa:hasSource ?doc } }
        { SELECT ?ev WHERE { ?ev a kg:Evidence } }
        { SELECT ?doc (MIN(?f) AS ?file) WHERE { ?doc kg:fileName ?f } GROUP BY ?doc }
      } ORDER BY ?file }
  } GROUP BY ?node
}"""),
    ("the preferred labels of each event's participants, sorted, joined by |", """
INSERT { GRAPH kgg:readout { ?event kg:participantList ?participants } } WHERE {
  SELECT ?event (GROUP_CONCAT(?name; separator="|") AS ?participants) WHERE {
    { SELECT DISTINCT ?event ?name WHERE { ?event a kg:Event ; kg:participant/skos:prefLabel ?name } ORDER BY ?name }
  } GROUP BY ?event
}"""),
    ("the most specific kg classes of each event (kg reason adds the others)", """
INSERT { GRAPH kgg:readout { ?event kg:mostSpecificClass ?class } } WHERE {
  ?event a kg:Event , ?class . FILTER (?class != kg:Event && STRSTARTS(STR(?class), STR(kg:)))
  FILTER NOT EXISTS { ?event a ?finer . ?finer rdfs:subClassOf+ ?class . FILTER (?finer != ?class) }
}"""),
    ("the first title of each role", """
INSERT { GRAPH kgg:readout { ?r kg:firstRoleTitle ?title } }
WHERE { SELECT ?r (MIN(?t) AS ?title) WHERE { ?r a kg:Role ; kg:roleTitle ?t } GROUP BY ?r }"""),
)


def compute(db: ox.Store) -> None:
    """Replace the read-out graph of an open, writable store by one computed from its data.

    :param db: the store of a generation being written (its default graph already the union).
    """
    drop(db)
    graph = ox.NamedNode(str(READOUT_GRAPH))
    db.update(_SIZES, prefixes=PREFIXES)  # first: the sizes of the other graphs, not of this one
    for _, update in _UPDATES:
        db.update(update, prefixes=PREFIXES)
    db.extend(_ranks(db))
    db.add(ox.Quad(graph, _VERSION, ox.Literal(VERSION), graph))


def _ranks(db: ox.Store) -> list[ox.Quad]:
    """Sort keys as integers: ``kg:fileRank`` of each document (the position of its first file
    name among all documents' first file names, shared by equal names) and ``kg:actorRank`` of
    each actor (its position in the order of preferred label, then IRI).

    Why: pyoxigraph keeps the text of an IRI or of a string longer than a few bytes in a
    dictionary, and reads it there at every comparison of a sort, so sorting the 50,000 rows of
    ``evidence`` by file name takes seconds; integers compare in place. Ordering by a rank gives
    the same order as by the name (Python and pyoxigraph both compare strings by code point).
    """
    graph = ox.NamedNode(str(READOUT_GRAPH))
    kg = PREFIXES["kg"]
    names = [(q.subject, q.object.value) for q in db.quads_for_pattern(None, ox.NamedNode(kg + "firstFileName"), None, graph)]
    position = {name: i for i, name in enumerate(sorted({name for _, name in names}), start=1)}
    out = [ox.Quad(doc, ox.NamedNode(kg + "fileRank"), ox.Literal(position[name]), graph) for doc, name in names]
    actors = {(row["label"].value, row["actor"].value): row["actor"] for row in db.query(_ACTORS, prefixes=PREFIXES)}
    for i, key in enumerate(sorted(actors), start=1):
        out.append(ox.Quad(actors[key], ox.NamedNode(kg + "actorRank"), ox.Literal(i), graph))
    return out


_ACTORS = "SELECT ?actor ?label WHERE { GRAPH kgg:identity { ?actor a kg:Actor ; skos:prefLabel ?label } }"


def drop(db: ox.Store) -> None:
    """Remove the read-out graph of an open, writable store, if it has one."""
    graph = ox.NamedNode(str(READOUT_GRAPH))
    if db.contains_named_graph(graph):
        db.remove_graph(graph)


def version(db: ox.Store) -> int | None:
    """The version of the store's read-out data, or None when it has none (built by an older kg)."""
    graph = ox.NamedNode(str(READOUT_GRAPH))
    for quad in db.quads_for_pattern(graph, _VERSION, None, graph):
        return int(quad.object.value)
    return None
