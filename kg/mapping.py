"""Stage 5, map: extracted and resolved records → RDF graphs with provenance.

One graph per document (the document node, every node extracted from it and the evidence
spans, as W3C Web Annotation selectors), one identity graph (canonical actors across
documents and the merge records), one graph of extraction runs. Terms come from the
ontology (``ontology/kg.ttl``); IRIs from :mod:`kg.iris` only.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SKOS, XSD

from . import iris
from .model import Actor, DateValue, DocExtraction, Document, Resolution
from .triples import Triples
from .vocab import KG, OA, WD

CONTEXT = 32
"""Characters of text kept before and after a quote (oa:prefix / oa:suffix)."""
_DATATYPE = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear, "datetime": XSD.dateTime}
_PRECISION = {"day": KG.DayPrecision, "month": KG.MonthPrecision, "year": KG.YearPrecision,
              "datetime": KG.DayPrecision}


def new_graph() -> Triples:
    """An empty set of triples (:meth:`~kg.triples.Triples.graph` gives it as an rdflib graph)."""
    return Triples()


def date_literal(value: DateValue) -> Literal:
    """The typed literal of a date: xsd:date, xsd:gYearMonth, xsd:gYear or xsd:dateTime.

    >>> date_literal(DateValue("2017-05", "month")).datatype.endswith("gYearMonth")
    True
    """
    return Literal(value.value, datatype=_DATATYPE[value.precision])


def run_iri(run_started: str, extractor: str) -> URIRef:
    """IRI of the extraction run that started at ``run_started`` with ``extractor``."""
    return iris.mint("run", iris.short_hash(run_started, extractor, length=16))


def actor_iri(actor: Actor | str) -> URIRef:
    """IRI of a resolved actor (from its corpus-wide key).

    >>> str(actor_iri("yahya sinwar"))
    'https://w3id.org/kg/id/actor/yahya-sinwar'
    """
    return _actor_iri(actor if isinstance(actor, str) else actor.key)


@lru_cache(maxsize=1 << 16)
def _actor_iri(key: str) -> URIRef:
    """The IRI of an actor key (a slug: worth computing once per key, not per mention)."""
    return iris.mint("actor", iris.slug(key, max_len=120))


def evidence_iri(sha256: str, kind: str, start: int, end: int, node: URIRef | None = None) -> URIRef:
    """IRI of the evidence that span [start, end) of a document gives a node of ``kind`` (a span
    may support several events or claims: then the node is part of the key)."""
    if node is None:
        return iris.mint("ev", iris.doc_key(sha256), kind, f"{start}-{end}")
    return iris.mint("ev", iris.doc_key(sha256), kind, f"{start}-{end}", iris.short_hash(node, length=8))


def add_evidence(g: Triples, document: Document, kind: str, start: int, end: int, *,
                 confidence: float, method: str, run: URIRef, node: URIRef | None = None) -> URIRef:
    """Add one evidence span (Web Annotation specific resource with position and quote selectors)."""
    ev = evidence_iri(document.sha256, kind, start, end, node)
    position, quote = URIRef(f"{ev}#position"), URIRef(f"{ev}#quote")
    text = document.text
    add = g.add
    add((ev, _TYPE, _EVIDENCE))
    add((ev, _HAS_SOURCE, iris.doc_iri(document.sha256)))
    add((ev, _HAS_SELECTOR, position))
    add((ev, _HAS_SELECTOR, quote))
    add((ev, _CONFIDENCE, _decimal(confidence)))
    add((ev, _METHOD, _string(method)))
    add((ev, _EXTRACTED_BY, run))
    add((position, _TYPE, _POSITION_SELECTOR))
    add((position, _START, _integer(start)))
    add((position, _END, _integer(end)))
    add((quote, _TYPE, _QUOTE_SELECTOR))
    add((quote, _EXACT, Literal(text[start:end])))
    add((quote, _PREFIX, Literal(text[max(0, start - CONTEXT):start])))
    add((quote, _SUFFIX, Literal(text[end:end + CONTEXT])))
    return ev


# The terms of every evidence span, looked up once (a namespace attribute is a method call).
_TYPE, _EVIDENCE, _HAS_SOURCE, _HAS_SELECTOR = RDF.type, KG.Evidence, OA.hasSource, OA.hasSelector
_CONFIDENCE, _METHOD, _EXTRACTED_BY = KG.confidence, KG.method, KG.extractedBy
_POSITION_SELECTOR, _START, _END = OA.TextPositionSelector, OA.start, OA.end
_QUOTE_SELECTOR, _EXACT, _PREFIX, _SUFFIX = OA.TextQuoteSelector, OA.exact, OA.prefix, OA.suffix


@lru_cache(maxsize=1 << 16)
def _integer(value: int) -> Literal:
    """An xsd:integer literal (offsets repeat across documents; a literal is immutable)."""
    return Literal(value)


@lru_cache(maxsize=1 << 10)
def _decimal(value: float) -> Literal:
    """A confidence as an xsd:decimal literal with two decimals."""
    return Literal(f"{value:.2f}", datatype=XSD.decimal)


@lru_cache(maxsize=1 << 10)
def _string(value: str) -> Literal:
    """A literal of a short string from a closed set (extraction methods)."""
    return Literal(value)


def _type_actor(g: Triples, node: URIRef, actor: Actor) -> None:
    g.add((node, RDF.type, KG.Actor))
    g.add((node, RDF.type, KG[actor.category]))
    if actor.kind != actor.category:
        g.add((node, RDF.type, KG[actor.kind]))
    g.add((node, SKOS.prefLabel, Literal(actor.label)))


def event_iri(key: str) -> URIRef:
    """IRI of a resolved event (from its class, participants and date)."""
    kind = key.split("|", 1)[0]
    return iris.mint("event", iris.slug(kind), iris.short_hash(key, length=16))


def claim_iri(sha256: str, start: int, end: int, cue_start: int, claimant: str | None = None) -> URIRef:
    """IRI of a claim: its document, content span and cue position; and its claimant's actor key
    when several actors make the one statement ("A and B said ..."), so that each is a claim of
    its own. A claim of one claimant keeps the IRI without it (stable across versions).

    >>> claim_iri("ab" * 32, 1, 9, 12) == claim_iri("ab" * 32, 1, 9, 12, "acme")
    False
    """
    if claimant is None:
        return iris.mint("claim", iris.doc_key(sha256), f"{start}-{end}-{cue_start}")
    return iris.mint("claim", iris.doc_key(sha256), f"{start}-{end}-{cue_start}", iris.short_hash(claimant, length=8))


def role_iri(holder: str, title: str, organization: str | None) -> URIRef:
    """IRI of a role: holder, title and organization (the same role in several documents is one node)."""
    return iris.mint("role", iris.slug(holder, max_len=60), iris.slug(title, max_len=60),
                     iris.slug(organization or "none", max_len=60))


def government_iri(country_key: str) -> URIRef:
    """IRI of the government of a country (the organization of a state office)."""
    return iris.mint("actor", "government-of-" + iris.slug(country_key, max_len=100))


def document_graph(x: DocExtraction, resolution: Resolution, *, file_names: Iterable[str]) -> Triples:
    """The named graph of one document: the document node and everything extracted from it.

    :param file_names: every file name this content was found under.
    """
    d = x.document
    g = new_graph()
    doc, run = iris.doc_iri(d.sha256), run_iri(x.run_started, x.extractor)
    g.add((doc, RDF.type, KG.Document))
    for name in sorted(set(file_names)):
        g.add((doc, KG.fileName, Literal(name)))
    g.add((doc, KG.sha256, Literal(d.sha256)))
    g.add((doc, KG.mediaType, Literal(d.media_type)))
    g.add((doc, KG.text, Literal(d.text)))
    g.add((doc, KG.charLength, Literal(len(d.text))))
    g.add((doc, KG.ingestedAt, Literal(d.ingested_at, datatype=XSD.dateTime)))
    g.add((doc, KG.ingestedBy, run))
    if d.title:
        g.add((doc, KG.title, Literal(d.title)))
    if d.published:
        g.add((doc, KG.publishedOn, date_literal(d.published)))
        g.add((doc, KG.datePrecision, _PRECISION[d.published.precision]))
    for prop, value in ((KG.publisherName, d.publisher), (KG.author, d.author)):
        if value:
            g.add((doc, prop, Literal(value)))
    if d.url:
        g.add((doc, KG.sourceUrl, Literal(d.url, datatype=XSD.anyURI)))

    actor_of = lambda key: resolution.actors[resolution.local.get((d.sha256, key), key)]  # noqa: E731
    typed: set[str] = set()
    for m in x.mentions:
        actor = actor_of(m.key)
        node = actor_iri(actor)
        if actor.key not in typed:  # the same triples for every mention of the actor
            typed.add(actor.key)
            _type_actor(g, node, actor)
        g.add((node, SKOS.altLabel, Literal(m.text)))
        ev = add_evidence(g, d, "actor", m.start, m.end, confidence=m.confidence, method=m.method, run=run)
        g.add((node, KG.evidence, ev))
    events = _events(g, d, x, resolution, run)
    _roles(g, d, x, actor_of, run)
    _claims(g, d, x, actor_of, events, run)
    pointed = {o for _, _, o in g} if x.implied else set()
    for m in x.implied:  # typed for the records that point to it, with no evidence or alias of its own
        actor = actor_of(m.key)
        node = actor_iri(actor)
        if actor.key not in typed and node in pointed:  # (a record left out, a role of no person, names none)
            typed.add(actor.key)
            _type_actor(g, node, actor)
    return g


def _date(g: Triples, node: URIRef, prop: URIRef, value: DateValue | None) -> None:
    if value is not None:
        g.add((node, prop, date_literal(value)))
        g.add((node, KG.datePrecision, _PRECISION[value.precision]))


def _events(g: Triples, d: Document, x: DocExtraction, resolution: Resolution, run: URIRef) -> list[URIRef | None]:
    """Each event record as (part of) its resolved event node, with this document's evidence."""
    nodes: list[URIRef | None] = []
    for i, record in enumerate(x.events):
        event = resolution.events[resolution.local_events[(d.sha256, i)]]
        if not _mappable(event, resolution):
            nodes.append(None)
            continue
        node = event_iri(event.key)
        nodes.append(node)
        g.add((node, RDF.type, KG.Event))
        g.add((node, RDF.type, KG[event.kind]))
        for key in event.participants:
            g.add((node, KG.participant, actor_iri(key)))
        for prop, key in ((KG.agent, event.agent), (KG.target, event.target)):
            if key:
                g.add((node, prop, actor_iri(key)))
        if _place(event, resolution):
            g.add((node, KG.place, actor_iri(event.place)))
        _date(g, node, KG.eventDate, event.date)
        g.add((node, KG.trigger, Literal(record.trigger)))
        if record.time_text:
            g.add((node, KG.timeExpression, Literal(record.time_text)))
        if record.resource:
            g.add((node, KG.resource, Literal(record.resource)))
        ev = add_evidence(g, d, "event", record.start, record.end, confidence=record.confidence,
                          method=record.method, run=run, node=node)
        g.add((node, KG.evidence, ev))
    return nodes


def _place(event, resolution: Resolution) -> bool:
    """Whether the event's place is still a place once resolved (resolution may retype a name: a
    "Kent" that other mentions make a person)."""
    return bool(event.place) and resolution.actors[event.place].category == "Place"


def _mappable(event, resolution: Resolution) -> bool:
    """An event is stated only with a participant or a place (kgsh:EventShape): one whose only
    argument was a place that resolution retyped is left out, with the claims' links to it."""
    return bool(event.participants) or _place(event, resolution)


def _roles(g: Triples, d: Document, x: DocExtraction, actor_of, run: URIRef) -> None:
    """Roles; a state (or city) office's organization is the place's government (the place is no organization)."""
    for record in x.roles:
        holder = actor_of(record.holder)
        org = actor_of(record.organization) if record.organization else None
        if holder.category != "Person":
            continue
        org_key = f"{org.key} {record.unit}" if org is not None and record.unit else (org.key if org else None)
        node = role_iri(holder.key, record.title.lower(), org_key)
        ev = add_evidence(g, d, "role", record.start, record.end, confidence=record.confidence,
                          method=record.method, run=run, node=node)
        g.add((node, RDF.type, KG.Role))
        g.add((node, KG.holder, actor_iri(holder)))
        g.add((node, KG.roleTitle, Literal(record.title)))
        g.add((node, KG.evidence, ev))
        if d.published:
            g.add((node, KG.heldOn, date_literal(DateValue(d.published.value[:10], "day")
                                                 if d.published.precision == "datetime" else d.published)))
        if org is None:
            continue
        if org.category == "Organization" and record.unit:  # "Hamas' political bureau", part of Hamas
            unit = _derived_organization(g, actor_iri(org_key), f"{org.label} {record.unit}", KG.partOf, org, ev)
            g.add((node, KG.organization, unit))
        elif org.category == "Organization":
            g.add((node, KG.organization, actor_iri(org)))
        elif org.category == "Place":  # a state or local office ("London mayor"): the place's government
            gov = _derived_organization(g, government_iri(org.key), f"Government of {org.label}", KG.jurisdiction,
                                        org, ev, KG.GovernmentBody)
            g.add((node, KG.organization, gov))


def _derived_organization(g: Triples, node: URIRef, label: str, link: URIRef, parent: Actor, ev: URIRef,
                          kind: URIRef | None = None) -> URIRef:
    """An organization the text implies rather than names (a unit, a government), linked to the
    actor it derives from, with the role's evidence."""
    g.add((node, RDF.type, KG.Actor))
    g.add((node, RDF.type, KG.Organization))
    if kind is not None:
        g.add((node, RDF.type, kind))
    g.add((node, SKOS.prefLabel, Literal(label)))
    g.add((node, link, actor_iri(parent)))
    g.add((node, KG.evidence, ev))
    return node


def _claims(g: Triples, d: Document, x: DocExtraction, actor_of, events: list[URIRef | None], run: URIRef) -> None:
    """Claims with claimant, cue, stance, content, chain links and asserted events."""
    shared = Counter((c.start, c.end, c.cue_start) for c in x.claims)  # joint claimants of one statement
    nodes = [claim_iri(d.sha256, c.start, c.end, c.cue_start,
                       actor_of(c.claimant).key if shared[c.start, c.end, c.cue_start] > 1 else None)
             for c in x.claims]
    for node, c in zip(nodes, x.claims):
        g.add((node, RDF.type, KG.Claim))
        g.add((node, KG.claimant, actor_iri(actor_of(c.claimant))))
        g.add((node, KG.cue, Literal(c.cue)))
        g.add((node, KG.stance, KG[c.stance]))
        g.add((node, KG.content, Literal(d.text[c.start:c.end])))
        g.add((node, KG.quoted, Literal(c.quoted)))
        _date(g, node, KG.statementDate, c.date)
        for key in c.about:
            g.add((node, KG.about, actor_iri(actor_of(key))))
        if c.relayed_by is not None:
            g.add((node, KG.relayedBy, nodes[c.relayed_by]))
        for i in c.events:
            if events[i] is not None:
                g.add((node, KG.assertsEvent, events[i]))
        ev = add_evidence(g, d, "claim", c.start, c.end, confidence=c.confidence, method=c.method, run=run, node=node)
        g.add((node, KG.evidence, ev))


def identity_graph(resolution: Resolution, runs: dict[str, URIRef],
                   extractions: dict[str, DocExtraction] | None = None) -> Triples:
    """Canonical actors across documents, one merge record per (actor, surface form), and one
    per report of an event that several reports describe.

    :param runs: document sha256 → IRI of the run that extracted it (the merges' provenance).
    :param extractions: the documents' extractions by sha256 (for the events' evidence).
    """
    g = new_graph()
    for event in resolution.events.values():
        if len(event.mentions) < 2 or not extractions or not _mappable(event, resolution):
            continue
        node = event_iri(event.key)
        for sha, i in event.mentions:
            record = extractions[sha].events[i]
            merge = iris.mint("merge", "event", iris.short_hash(event.key, sha, i, length=16))
            g.add((merge, RDF.type, KG.IdentityMerge))
            g.add((merge, KG.canonical, node))
            g.add((merge, KG.mergedForm, Literal(record.trigger)))
            g.add((merge, KG.method, Literal("same-class-participants-compatible-date")))
            g.add((merge, KG.confidence, Literal("0.70", datatype=XSD.decimal)))
            g.add((merge, KG.evidence, evidence_iri(sha, "event", record.start, record.end, node)))
            g.add((merge, KG.extractedBy, runs[sha]))
    for actor in resolution.actors.values():
        if not actor.aliases:
            continue  # only implied (no text names it): typed in the graphs of the documents that imply it
        node = actor_iri(actor)
        _type_actor(g, node, actor)
        g.add((node, KG.normalizedKey, Literal(actor.key)))
        for alias in actor.aliases:
            g.add((node, SKOS.altLabel, Literal(alias)))
        if actor.wikidata:
            g.add((node, OWL.sameAs, WD[actor.wikidata]))
    for merge in resolution.merges:
        record = iris.mint("merge", iris.slug(merge.actor_key, max_len=120), iris.short_hash(merge.form))
        ev = evidence_iri(merge.doc_sha256, "actor", merge.start, merge.end)
        g.add((record, RDF.type, KG.IdentityMerge))
        g.add((record, KG.canonical, actor_iri(merge.actor_key)))
        g.add((record, KG.mergedForm, Literal(merge.form)))
        g.add((record, KG.method, Literal(merge.method)))
        g.add((record, KG.confidence, Literal(f"{merge.confidence:.2f}", datatype=XSD.decimal)))
        g.add((record, KG.evidence, ev))
        g.add((record, KG.extractedBy, runs[merge.doc_sha256]))
        g.add((actor_iri(merge.actor_key), KG.evidence, ev))
    return g


def runs_graph(runs: dict[URIRef, tuple[str, str, str]]) -> Triples:
    """The extraction runs (prov:Activity) that produced the current documents.

    :param runs: run IRI → (start time, kg version, NLP model).
    """
    g = new_graph()
    for run, (started, version, model) in runs.items():
        g.add((run, RDF.type, KG.ExtractionRun))
        g.add((run, PROV.startedAtTime, Literal(started, datatype=XSD.dateTime)))
        g.add((run, KG.softwareVersion, Literal(version)))
        g.add((run, KG.nlpModel, Literal(model)))
    return g
