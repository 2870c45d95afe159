"""Stage 5, map: extracted and resolved records → RDF graphs with provenance.

One graph per document (the document node, every node extracted from it and the evidence
spans, as W3C Web Annotation selectors), one identity graph (canonical actors across
documents and the merge records), one graph of extraction runs. Terms come from the
ontology (``ontology/kg.ttl``); IRIs from :mod:`kg.iris` only.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SKOS, XSD

from . import iris
from .model import Actor, DateValue, DocExtraction, Document, Resolution
from .vocab import KG, OA, PREFIXES, WD

CONTEXT = 32
"""Characters of text kept before and after a quote (oa:prefix / oa:suffix)."""
_DATATYPE = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear, "datetime": XSD.dateTime}
_PRECISION = {"day": KG.DayPrecision, "month": KG.MonthPrecision, "year": KG.YearPrecision,
              "datetime": KG.DayPrecision}


def new_graph() -> Graph:
    """An empty graph with kg's prefixes bound."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


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
    key = actor if isinstance(actor, str) else actor.key
    return iris.mint("actor", iris.slug(key, max_len=120))


def evidence_iri(sha256: str, kind: str, start: int, end: int) -> URIRef:
    """IRI of the evidence that span [start, end) of a document gives a node of ``kind``."""
    return iris.mint("ev", iris.doc_key(sha256), kind, f"{start}-{end}")


def add_evidence(g: Graph, document: Document, kind: str, start: int, end: int, *,
                 confidence: float, method: str, run: URIRef) -> URIRef:
    """Add one evidence span (Web Annotation specific resource with position and quote selectors)."""
    ev = evidence_iri(document.sha256, kind, start, end)
    position, quote = URIRef(f"{ev}#position"), URIRef(f"{ev}#quote")
    text = document.text
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, OA.hasSource, iris.doc_iri(document.sha256)))
    g.add((ev, OA.hasSelector, position))
    g.add((ev, OA.hasSelector, quote))
    g.add((ev, KG.confidence, Literal(f"{confidence:.2f}", datatype=XSD.decimal)))
    g.add((ev, KG.method, Literal(method)))
    g.add((ev, KG.extractedBy, run))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(start)))
    g.add((position, OA.end, Literal(end)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text[start:end])))
    g.add((quote, OA.prefix, Literal(text[max(0, start - CONTEXT):start])))
    g.add((quote, OA.suffix, Literal(text[end:end + CONTEXT])))
    return ev


def _type_actor(g: Graph, node: URIRef, actor: Actor) -> None:
    g.add((node, RDF.type, KG.Actor))
    g.add((node, RDF.type, KG[actor.category]))
    if actor.kind != actor.category:
        g.add((node, RDF.type, KG[actor.kind]))
    g.add((node, SKOS.prefLabel, Literal(actor.label)))


def document_graph(x: DocExtraction, resolution: Resolution, *, file_names: Iterable[str]) -> Graph:
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

    for m in x.mentions:
        actor = resolution.actors[resolution.local[(d.sha256, m.key)]]
        node = actor_iri(actor)
        _type_actor(g, node, actor)
        g.add((node, SKOS.altLabel, Literal(m.text)))
        ev = add_evidence(g, d, "actor", m.start, m.end, confidence=m.confidence, method=m.method, run=run)
        g.add((node, KG.evidence, ev))
    return g


def identity_graph(resolution: Resolution, runs: dict[str, URIRef]) -> Graph:
    """Canonical actors across documents and one merge record per (actor, surface form).

    :param runs: document sha256 → IRI of the run that extracted it (the merges' provenance).
    """
    g = new_graph()
    for actor in resolution.actors.values():
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


def runs_graph(runs: dict[URIRef, tuple[str, str, str]]) -> Graph:
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
