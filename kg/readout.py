"""Read-out data: per-node summaries computed once when a store generation is written, so that the
bundled listing queries are scans and sorts instead of aggregates over the whole graph.

Every generation holds them in the named graph ``kgg:readout`` (never in the default graph, the
union of the extracted graphs, so the Turtle / N-Triples exports, validation of the union and
users' own queries see exactly what was extracted). They are derived: :meth:`kg.store.Store.write_generation`
drops any ``kgg:readout`` it is given and recomputes it from the data of the new generation,
so a build, an incremental build or ``kg reason`` can never leave a stale one. The terms are
declared in ``ontology/kg.ttl`` (section "Read-out data") and checked by ``kgsh:ReadoutShape``.

Each summary is a SPARQL CONSTRUCT over the freshly loaded store (a few run at once, in
threads), with the very sub-select the queries used to run per query, so the answers stay the
same row for row; its triples go to ``kgg:readout``. The listings whose
rows are one per evidence span (``evidence``, ``claims``), the statements that
``contradicting-claims`` pairs, the affirmations ``corroborated-claims`` counts and the counts of
``top-actors`` are written as rows (:func:`_listings`): a query then scans them and sorts on one
integer instead of joining every evidence span, selector and document at every run, so its cost
follows the size of its answer, not of the corpus.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from .vocab import GRAPH, PREFIXES
from .workers import load_concurrently, threaded

READOUT_GRAPH = GRAPH["readout"]
"""The named graph of the read-out data."""

VERSION = 3
"""Version of the read-out data, written into the graph (``kgg:readout kg:readoutVersion``); a
store whose read-out is missing or older than the queries expect must be rebuilt."""

_VERSION = ox.NamedNode(PREFIXES["kg"] + "readoutVersion")

_SIZES = """CONSTRUCT { ?g kg:tripleCount ?n }
WHERE { SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }"""

_SUMMARIES: tuple[tuple[str, str], ...] = (
    ("the first file name of each document (documents are named by it everywhere)", """
CONSTRUCT { ?doc kg:firstFileName ?file }
WHERE { SELECT ?doc (MIN(?f) AS ?file) WHERE { ?doc kg:fileName ?f } GROUP BY ?doc }"""),
    ("the aliases of each actor, sorted, joined by |", """
CONSTRUCT { ?actor kg:aliasList ?aliases }
WHERE {
  SELECT ?actor (GROUP_CONCAT(?alias; separator="|") AS ?aliases) WHERE {
    { SELECT DISTINCT ?actor ?alias WHERE { GRAPH kgg:identity { ?actor skos:altLabel ?alias } } ORDER BY ?alias }
  } GROUP BY ?actor
}"""),
    ("the documents with evidence of each actor, event and role, sorted, joined by |", """
CONSTRUCT { ?node kg:documentList ?documents }
WHERE {
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
CONSTRUCT { ?event kg:participantList ?participants }
WHERE {
  SELECT ?event (GROUP_CONCAT(?name; separator="|") AS ?participants) WHERE {
    { SELECT DISTINCT ?event ?name WHERE { ?event a kg:Event ; kg:participant/skos:prefLabel ?name } ORDER BY ?name }
  } GROUP BY ?event
}"""),
    ("the most specific kg classes of each event (kg reason adds the others)", """
CONSTRUCT { ?event kg:mostSpecificClass ?class }
WHERE {
  ?event a kg:Event , ?class . FILTER (?class != kg:Event && STRSTARTS(STR(?class), STR(kg:)))
  FILTER NOT EXISTS { ?event a ?finer . ?finer rdfs:subClassOf+ ?class . FILTER (?finer != ?class) }
}"""),
    ("the first title of each role", """
CONSTRUCT { ?r kg:firstRoleTitle ?title }
WHERE { SELECT ?r (MIN(?t) AS ?title) WHERE { ?r a kg:Role ; kg:roleTitle ?t } GROUP BY ?r }"""),
)


def compute(db: ox.Store, *, scratch: Path | None = None) -> None:
    """Replace the read-out graph of an open, writable store by one computed from its data.

    :param db: the store of a generation being written (its default graph already the union).
    :param scratch: the folder for the listings' rows on their way to the store (a temporary
        folder ``.gen-readout-*`` in it, removed after; default: the system's temporary folder).
    """
    drop(db)
    graph = ox.NamedNode(str(READOUT_GRAPH))
    # Bulk writes: a generation being written has no reader. The sizes are counted while this graph
    # is empty, with the summaries that read nothing of it.
    db.bulk_extend(_constructed(db, [_SIZES, *(query for _, query in _SUMMARIES)]))
    db.bulk_extend(_ranks(db))
    db.bulk_extend(_constructed(db, [query for _, query in _AGGREGATES]))
    with tempfile.TemporaryDirectory(prefix=".gen-readout-", dir=scratch) as folder:
        # smaller batches than the document graphs': the rows are a fifth of their size
        load_concurrently(db, _blocks(_listings(db, Path(folder))), batch_bytes=(4 << 20, 64 << 20))
        load_concurrently(db, _blocks(_pairs(db, Path(folder))), batch_bytes=(4 << 20, 64 << 20))
    db.add(ox.Quad(graph, _VERSION, ox.Literal(VERSION), graph))


def _constructed(db: ox.Store, queries: list[str]) -> list[ox.Quad]:
    """The triples of CONSTRUCT queries over ``db``, in the read-out graph; the queries run in
    threads (:func:`~kg.workers.threaded`), as pyoxigraph evaluates them without the GIL
    (they read a store no one writes meanwhile)."""
    graph = ox.NamedNode(str(READOUT_GRAPH))

    def run(query: str) -> list[ox.Quad]:
        return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in db.query(query, prefixes=PREFIXES)]

    return [quad for quads in threaded(run, queries) for quad in quads]


def _blocks(paths: list[Path], size: int = 4 << 20) -> Iterator[bytes]:
    """The lines of N-Quads files, in blocks of about ``size`` bytes of whole lines, each file
    removed once read."""
    for path in paths:
        with path.open("rb") as lines:
            while block := lines.readlines(size):
                yield b"".join(block)
        path.unlink()


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


_AGGREGATES: tuple[tuple[str, str], ...] = (
    ("for each event asserted by claims, its affirming claims (stance kg:Asserts or kg:Denies and a "
     "positive polarity: the rule of corroborated-claims.rq), their distinct sources, claimants (in "
     "document order) and documents", """
CONSTRUCT { ?event kg:sourceCount ?sources ; kg:affirmingClaimCount ?claims ;
                   kg:affirmingClaimants ?claimants ; kg:affirmingDocuments ?documents }
WHERE {
  SELECT ?event (COUNT(DISTINCT ?source) AS ?sources) (COUNT(DISTINCT ?claim) AS ?claims)
         (GROUP_CONCAT(DISTINCT ?name; separator=" | ") AS ?claimants)
         (GROUP_CONCAT(DISTINCT ?file; separator="|") AS ?documents) WHERE {
    { SELECT ?event ?claim ?source ?file ?name WHERE {
        ?claim kg:assertsEvent ?event ; kg:stance ?stance ; kg:content ?content ;
               kg:claimant/skos:prefLabel ?name ; kg:evidence/oa:hasSource ?doc .
        VALUES ?stance { kg:Asserts kg:Denies }
        GRAPH kgg:readout { ?doc kg:firstFileName ?file }
        OPTIONAL { ?doc kg:publisherName ?publisher }
        BIND (EXISTS { ?event a/rdfs:subClassOf* kg:ReduceRelations } AS ?reduction)
        BIND (IF(?stance = kg:Denies, 1, 0)
              + IF(REGEX(?content, "\\\\b(not|never|no|none|nobody|nothing|neither|nor|without)\\\\b|n['’]t\\\\b", "i"), 1, 0)
              + IF(!?reduction && REGEX(?content, "\\\\b(stop|stops|stopped|stopping|cease|ceases|ceased|halt|halts|halted|suspend|suspends|suspended|ended|cut off|cuts off)\\\\b", "i"), 1, 0)
              AS ?flips)
        FILTER (?flips != 1 && ?flips != 3)
        BIND (COALESCE(LCASE(STR(?publisher)), STR(?doc)) AS ?source)
      } ORDER BY ?file ?name }
  } GROUP BY ?event
}"""),
)

_EVIDENCE = """SELECT DISTINCT ?subject ?kind ?document ?start ?end ?text WHERE {
  { SELECT ?subject ?kind ?ev WHERE {
      VALUES (?class ?kind) { (kg:Actor "actor") (kg:Event "event") (kg:Claim "claim") (kg:Role "role") }
      ?subject a ?class ; kg:evidence ?ev } }
  { SELECT ?ev WHERE { ?ev a kg:Evidence } }
  { SELECT ?ev ?doc WHERE { ?ev oa:hasSource ?doc } }
  { SELECT ?ev ?pos WHERE { ?ev oa:hasSelector ?pos } }
  { SELECT ?pos ?start WHERE { ?pos oa:start ?start } }
  { SELECT ?pos ?end WHERE { ?pos oa:end ?end } }
  { SELECT ?ev ?quote WHERE { ?ev oa:hasSelector ?quote } }
  { SELECT ?quote ?text WHERE { ?quote oa:exact ?text } }
  { SELECT ?doc ?document ?rank WHERE { GRAPH kgg:readout { ?doc kg:firstFileName ?document ; kg:fileRank ?rank } } }
}
ORDER BY ?rank ?start ?end ?kind ?subject ?document ?text"""
"""One row per evidence span of each actor, event, claim and role: the rows of evidence.rq, in its
order (then by document and text, so that equal keys still get one order)."""

_CLAIMS = """SELECT ?claim ?claimant ?cue ?stance ?date ?document ?start ?end ?text ?reported_by WHERE {
  ?claim a kg:Claim ; kg:claimant/skos:prefLabel ?claimant ; kg:cue ?cue ; kg:stance ?s ;
         kg:evidence ?ev .
  { SELECT ?ev ?doc WHERE { ?ev oa:hasSource ?doc } }
  { SELECT ?ev ?pos WHERE { ?ev oa:hasSelector ?pos } }
  { SELECT ?pos ?start ?end WHERE { ?pos oa:start ?start ; oa:end ?end } }
  { SELECT ?ev ?quote WHERE { ?ev oa:hasSelector ?quote } }
  { SELECT ?quote ?text WHERE { ?quote oa:exact ?text } }
  { SELECT ?doc ?document ?rank WHERE { GRAPH kgg:readout { ?doc kg:firstFileName ?document ; kg:fileRank ?rank } } }
  OPTIONAL { ?claim kg:statementDate ?date }
  OPTIONAL { ?claim kg:relayedBy ?reported_by }
  BIND (STRAFTER(STR(?s), "#") AS ?stance)
}
ORDER BY ?rank ?start ?end ?claim ?claimant ?cue ?stance ?date ?document ?text ?reported_by"""
"""One row per evidence span of each claim with its claimant, cue, stance, date and relaying claim:
the rows of claims.rq (duplicates kept), in its order, then by the other columns."""

_STATEMENTS = """SELECT DISTINCT ?event ?key ?negative ?claimant ?file ?start ?content WHERE {
  {
    ?claim kg:assertsEvent ?event ; kg:stance ?stance ; kg:content ?content ;
           kg:claimant/skos:prefLabel ?speaker ; kg:evidence ?ev .
    VALUES ?stance { kg:Asserts kg:Denies }
    ?ev oa:hasSource ?doc ; oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end .
    OPTIONAL {  # the words of the event inside the claim decide its polarity, not the whole claim
      SELECT DISTINCT ?event ?ev ?doc ?pos ?start ?end ?eev ?epos ?equote ?etext WHERE {
        # keyed on the claim's span and joined by hashing: a filter on the outer span inside OPTIONAL
        # tests each claim against every span of its event (4x slower on 100 stories)
        ?claim kg:assertsEvent ?event ; kg:evidence ?ev .
        ?ev oa:hasSource ?doc ; oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end .
        ?event kg:evidence ?eev . ?eev oa:hasSource ?doc ; oa:hasSelector ?epos, ?equote .
        ?epos oa:start ?es ; oa:end ?ee . ?equote oa:exact ?etext .
        FILTER (?es >= ?start && ?ee <= ?end)
      }
    }
  } UNION {
    ?event a kg:Event ; kg:evidence ?ev .  # an event's own report (not an actor's, claim's or role's span)
    ?ev oa:hasSource ?doc ; oa:hasSelector ?pos, ?quote .
    ?pos oa:start ?start . ?quote oa:exact ?content .
    MINUS { ?said kg:assertsEvent ?event ; kg:evidence/oa:hasSource ?doc }  # an anti-join, not a test per row
    OPTIONAL { ?doc kg:publisherName ?publisher }
    BIND (kg:Asserts AS ?stance)
  }
  GRAPH kgg:readout { ?doc kg:firstFileName ?file }
  BIND (COALESCE(?speaker, ?publisher, ?file) AS ?claimant)
  BIND (EXISTS { ?event a/rdfs:subClassOf* kg:ReduceRelations } AS ?reduction)
  BIND (EXISTS { ?event a/rdfs:subClassOf* kg:ReduceSupport } AS ?stopping)
  BIND (EXISTS { ?event a/rdfs:subClassOf* kg:ProvideAid } AS ?support)
  BIND (COALESCE(?etext, ?content) AS ?words)
  BIND (IF(?stance = kg:Denies, 1, 0)
        + IF(REGEX(?words, "\\\\b(not|never|no longer)\\\\b|n['’]t\\\\b", "i"), 1, 0)
        AS ?negations)
  BIND (REGEX(?words, "\\\\b(stop|stops|stopped|stopping|cease|ceases|ceased|halt|halts|halted|suspend|suspends|suspended|ended|cut off|cuts off)\\\\b", "i") AS ?cessation)
  OPTIONAL { ?event kg:agent ?agent ; kg:target ?target }
  VALUES ?proposition { "event" "continuity" }
  FILTER (?proposition = "event" || BOUND(?target) && (?stopping || ?support && ?cessation))
  BIND (IF(?proposition = "event", STR(?event), CONCAT("continuity ", STR(?agent), " ", STR(?target))) AS ?key)
  BIND (IF(?proposition = "event", ?negations + IF(!?reduction && ?cessation, 1, 0), ?negations + 1) AS ?flips)
  BIND (?flips = 1 || ?flips = 3 AS ?negative)
}
ORDER BY ?key ?negative ?event ?file ?start ?claimant ?content"""
"""The statements contradicting-claims.rq pairs, with their proposition key and polarity. A
statement is a claim with stance kg:Asserts or kg:Denies that asserts an event, or a document
reporting an event in its own voice (no claim of that document asserts it; its claimant is then
the publisher, or the document). Its polarity is flipped by the stance kg:Denies, a negation of
its verb in the event's own words inside the claim (not, never, no longer, n't), and a cessation
word (stop, cease, halt, suspend, ended, cut off) when the event is not itself a reduction. Two
propositions: the event itself (key: its IRI), and, for a kg:ReduceSupport event or a support
event whose words name a cessation, whether the support of its agent to its target stopped
(key: ``continuity AGENT TARGET``; the polarity flipped once more)."""

_TOP_ACTORS = """SELECT ?label ?category (COUNT(DISTINCT ?ev) AS ?mentions) (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  { SELECT ?actor ?label ?category WHERE {
      VALUES (?class ?category) { (kg:Person "Person") (kg:Organization "Organization") (kg:Place "Place") }
      GRAPH kgg:identity { ?actor a ?class ; skos:prefLabel ?label } } }
  { SELECT ?actor ?ev WHERE { ?actor kg:evidence ?ev } }
  { SELECT ?ev WHERE { ?ev a kg:Evidence } }
  { SELECT ?ev ?doc WHERE { ?ev oa:hasSource ?doc } }
}
GROUP BY ?label ?category
ORDER BY DESC(?mentions) ?label ?category"""
"""The mentions (distinct evidence spans) and documents of the actors of each preferred label and
category, the most mentioned first (then by label and category)."""

_GRAPHS = "SELECT ?g WHERE { GRAPH kgg:readout { ?g kg:tripleCount ?n } } ORDER BY ?g"


_CHAINS = """SELECT ?document ?reporter ?reporter_cue ?claimant ?cue ?text WHERE {
  ?claim kg:relayedBy ?outer ; kg:claimant/skos:prefLabel ?claimant ; kg:cue ?cue ; kg:content ?text ;
         kg:evidence/oa:hasSource ?doc .
  ?outer kg:claimant/skos:prefLabel ?reporter ; kg:cue ?reporter_cue .
  GRAPH kgg:readout { ?doc kg:firstFileName ?document }
}
ORDER BY ?document ?reporter ?claimant ?reporter_cue ?cue ?text"""
"""Each relayed claim (one row per evidence span) with the claimant and cue of the claim that
relays it: the rows of claim-chains.rq, in its order."""

_SUPPORT_DOCUMENTS = """  {
    SELECT ?event (GROUP_CONCAT(?file; separator="|") AS ?documents) WHERE {
      { SELECT DISTINCT ?event ?file WHERE {
          ?c rdfs:subClassOf* kg:ProvideAid . ?event a ?c ; kg:evidence/oa:hasSource ?doc .
          GRAPH kgg:readout { ?doc kg:firstFileName ?file }
        } ORDER BY ?file }
    } GROUP BY ?event
  }
"""
"""The documents with evidence of each support event, sorted, joined by | (a sub-select of the two
support listings)."""

_SUPPORT = """SELECT ?supporter ?recipient ?kind ?resource ?date ?documents WHERE {
  ?class rdfs:subClassOf* kg:ProvideAid .
  ?event a ?class .
  FILTER NOT EXISTS { ?event a ?finer . ?finer rdfs:subClassOf+ ?class . FILTER (?finer != ?class) }
  BIND (STRAFTER(STR(?class), "#") AS ?kind)
  OPTIONAL { ?event kg:agent/skos:prefLabel ?supporter }
  OPTIONAL { ?event kg:target/skos:prefLabel ?recipient }
  OPTIONAL { ?event kg:resource ?resource }
  OPTIONAL { ?event kg:eventDate ?date }
""" + _SUPPORT_DOCUMENTS + """}
ORDER BY ?supporter ?recipient ?kind ?date ?resource ?documents"""
"""Each support event with each of its resources: the rows of support.rq, in its order."""

_NETWORK = """SELECT ?supporter ?recipient ?kind ?resource ?date ?according_to ?claims ?documents WHERE {
  ?class rdfs:subClassOf* kg:ProvideAid .
  ?event a ?class .
  FILTER NOT EXISTS { ?event a ?finer . ?finer rdfs:subClassOf+ ?class . FILTER (?finer != ?class) }
""" + _SUPPORT_DOCUMENTS + """  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(?claimant; separator=" | ") AS ?according_to) (SUM(?n) AS ?asserting) WHERE {
      { SELECT ?event ?claimant (COUNT(DISTINCT ?claim) AS ?n) WHERE {
          ?c rdfs:subClassOf* kg:ProvideAid . ?event a ?c . ?claim kg:assertsEvent ?event ; kg:claimant/skos:prefLabel ?claimant .
        } GROUP BY ?event ?claimant ORDER BY ?claimant }
    } GROUP BY ?event
  }
  OPTIONAL { ?event kg:agent/skos:prefLabel ?supporter }
  OPTIONAL { ?event kg:target/skos:prefLabel ?recipient }
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(?r; separator=" | ") AS ?resource) WHERE {
      { SELECT DISTINCT ?event ?r WHERE { ?c rdfs:subClassOf* kg:ProvideAid . ?event a ?c ; kg:resource ?r } ORDER BY ?r }
    } GROUP BY ?event
  }
  OPTIONAL { ?event kg:eventDate ?date }
  BIND (STRAFTER(STR(?class), "#") AS ?kind)
  BIND (COALESCE(?asserting, 0) AS ?claims)
}
ORDER BY ?supporter ?recipient ?kind ?date ?resource ?documents ?according_to ?claims"""
"""Each support event with its resources, the claimants of the claims that assert it and their
number: the rows of support-network.rq, in its order."""


_CONTRADICTIONS = r"""SELECT DISTINCT ?event ?type ?participants ?affirming_claimant ?affirming_document ?affirming_text
       ?negating_claimant ?negating_document ?negating_text WHERE {
  GRAPH kgg:readout {
    ?s2 kg:negatesProposition ?key ; kg:statementRowEvent ?event2 ; kg:statementRowClaimant ?claimant2 ;
        kg:statementRowDocument ?file2 ; kg:statementRowStart ?start2 ; kg:statementRowText ?content2 .
    ?s kg:affirmsProposition ?key ; kg:statementRowEvent ?event ; kg:statementRowClaimant ?claimant ;
       kg:statementRowDocument ?file ; kg:statementRowStart ?start ; kg:statementRowText ?content .
    ?event kg:mostSpecificClass ?class .
    OPTIONAL { ?event kg:participantList ?list }
  }
  FILTER (!STRSTARTS(?key, "continuity ") || ?event != ?event2)  # the same event is compared as an event
  FILTER (?file != ?file2 || ?start != ?start2)
  BIND (REPLACE(?list, "\\|", " | ") AS ?participants)
  BIND (STRAFTER(STR(?class), "#") AS ?type)
  BIND (?claimant AS ?affirming_claimant) BIND (?file AS ?affirming_document) BIND (?content AS ?affirming_text)
  BIND (?claimant2 AS ?negating_claimant) BIND (?file2 AS ?negating_document) BIND (?content2 AS ?negating_text)
}
ORDER BY ?type ?event ?file ?start ?claimant ?content ?file2 ?start2 ?claimant2 ?content2"""
"""Each pair of statements (rows of :data:`_STATEMENTS`) with opposite polarity on one proposition:
the rows of contradicting-claims.rq, in its order. It reads the statement rows, so it runs once
they are loaded."""


def _listings(db: ox.Store, folder: Path) -> list[Path]:
    """Write the rows of the listings into N-Quads files in ``folder``, and return the files (to be
    bulk loaded in order). Each row is an IRI ``kgg:readout/LISTING/N`` with one value per column
    and its position N in the listing's order (``kg:spanOrder``, ``kg:claimOrder``,
    ``kg:mentionRank``, ``kg:chainOrder``, ``kg:supportOrder``, ``kg:networkOrder``); the statements of contradicting-claims.rq are keyed by proposition
    (``kg:affirmsProposition`` / ``kg:negatesProposition``); and ``kg:graphRank`` is the position of
    each named graph in IRI order.

    Why rows rather than values on the nodes: a listing has one row per evidence span, with
    columns from the node, its evidence, selectors and document; joining those at query time
    reads the whole graph, and sorting reads the text of names at each comparison. A row is read
    by a few scans of its own properties and sorted by one integer. The positions are those of
    the query the listing used to run, with the remaining columns as tie-breakers.

    Why files: the rows grow with the corpus (800,000 quads, 130 MB of N-Quads for the BBC
    corpus). Each listing's query streams its solutions, formatted as they come, to its own file,
    so memory does not grow with the corpus; the queries run in :func:`~kg.workers.query_threads`
    threads, pyoxigraph evaluating them without the GIL. (Building a ``Quad`` object per value and
    inserting them took longer than the queries: 26 s against 10 s on the BBC corpus.)
    """
    kg = PREFIXES["kg"]
    graph = f" <{READOUT_GRAPH}> .\n"

    rows = partial(_rows, db, folder)

    def statements() -> Path:
        with _Lines(folder / "statement.nq") as out:
            for i, solution in enumerate(db.query(_STATEMENTS, prefixes=PREFIXES), start=1):
                row = f"<{READOUT_GRAPH}/statement/{i}>"
                polarity = "negatesProposition" if solution["negative"].value == "true" else "affirmsProposition"
                out.add(f"{row} <{kg}{polarity}> {solution['key']}{graph}")
                for variable, prop in (("event", "statementRowEvent"), ("claimant", "statementRowClaimant"),
                                       ("file", "statementRowDocument"), ("start", "statementRowStart"),
                                       ("content", "statementRowText")):
                    out.add(f"{row} <{kg}{prop}> {solution[variable]}{graph}")
            for i, solution in enumerate(db.query(_GRAPHS, prefixes=PREFIXES), start=1):
                out.add(f'{solution["g"]} <{kg}graphRank> "{i}"^^<{_INTEGER}>{graph}')
        return out.path

    jobs = (
        partial(rows, "evidence", _EVIDENCE, "spanOrder", {
            "subject": "spanSubject", "kind": "spanKind", "document": "spanDocument", "start": "spanStart",
            "end": "spanEnd", "text": "spanText"}),
        partial(rows, "claim", _CLAIMS, "claimOrder", {
            "claim": "claimRowClaim", "claimant": "claimRowClaimant", "cue": "claimRowCue", "stance": "claimRowStance",
            "date": "claimRowDate", "document": "claimRowDocument", "start": "claimRowStart", "end": "claimRowEnd",
            "text": "claimRowText", "reported_by": "claimRowReportedBy"}),
        partial(rows, "top-actor", _TOP_ACTORS, "mentionRank", {
            "label": "mentionLabel", "category": "mentionCategory", "mentions": "mentionCount",
            "documents": "mentionDocumentCount"}),
        partial(rows, "chain", _CHAINS, "chainOrder", {
            "document": "chainRowDocument", "reporter": "chainRowReporter", "reporter_cue": "chainRowReporterCue",
            "claimant": "chainRowClaimant", "cue": "chainRowCue", "text": "chainRowText"}),
        partial(rows, "support", _SUPPORT, "supportOrder", {
            "supporter": "supportRowSupporter", "recipient": "supportRowRecipient", "kind": "supportRowKind",
            "resource": "supportRowResource", "date": "supportRowDate", "documents": "supportRowDocuments"}),
        partial(rows, "network", _NETWORK, "networkOrder", {
            "supporter": "networkRowSupporter", "recipient": "networkRowRecipient", "kind": "networkRowKind",
            "resource": "networkRowResource", "date": "networkRowDate", "according_to": "networkRowAccordingTo",
            "claims": "networkRowClaims", "documents": "networkRowDocuments"}),
        statements,
    )
    return list(threaded(lambda job: job(), jobs))


def _rows(db: ox.Store, folder: Path, listing: str, sparql: str, order: str, columns: dict[str, str]) -> Path:
    """Write the solutions of a listing's query as rows ``kgg:readout/LISTING/N`` (N its position,
    the value of the ``order`` property; one property per column, none for an unbound one) into
    ``folder/LISTING.nq``, and return the file."""
    kg = PREFIXES["kg"]
    graph = f" <{READOUT_GRAPH}> .\n"
    named = [(variable, f"> <{kg}{prop}> ") for variable, prop in columns.items()]
    with _Lines(folder / f"{listing}.nq") as out:
        for i, solution in enumerate(db.query(sparql, prefixes=PREFIXES), start=1):
            row = f"<{READOUT_GRAPH}/{listing}/{i}"
            out.add(f'{row}> <{kg}{order}> "{i}"^^<{_INTEGER}>{graph}')
            for variable, prop in named:
                value = solution[variable]
                if value is not None:  # an unbound column (an OPTIONAL of the query) has no value
                    out.add(f"{row}{prop}{value}{graph}")
    return out.path


def _pairs(db: ox.Store, folder: Path) -> list[Path]:
    """Write the rows of contradicting-claims.rq (``kg:contradictionOrder``), paired from the
    statement rows (:func:`_listings`, loaded first), into ``folder``; return the files."""
    return [_rows(db, folder, "contradiction", _CONTRADICTIONS, "contradictionOrder", {
        "event": "contradictionRowEvent", "type": "contradictionRowType", "participants": "contradictionRowParticipants",
        "affirming_claimant": "contradictionRowAffirmingClaimant", "affirming_document": "contradictionRowAffirmingDocument",
        "affirming_text": "contradictionRowAffirmingText", "negating_claimant": "contradictionRowNegatingClaimant",
        "negating_document": "contradictionRowNegatingDocument", "negating_text": "contradictionRowNegatingText"})]


class _Lines:
    """Lines of N-Quads written to a file in batches (a context manager): one write and one encode
    per few thousand lines, not per line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lines: list[str] = []

    def __enter__(self) -> _Lines:
        self._file = self.path.open("wb")
        return self

    def add(self, line: str) -> None:
        self._lines.append(line)
        if len(self._lines) >= 4096:
            self._flush()

    def _flush(self) -> None:
        self._file.write("".join(self._lines).encode())
        self._lines.clear()

    def __exit__(self, *exc) -> None:
        self._flush()
        self._file.close()


_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
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
