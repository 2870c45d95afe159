"""Stage 8b, export: the store as Turtle or N-Triples (the default graph, i.e. the union of the
named graphs, each triple once), or as TriG, N-Quads or JSON-LD (the named graphs, and so the
provenance of every statement).

Output is deterministic, the same store gives the same bytes, and it is streamed from the store
(nothing is copied into rdflib or sorted as a whole):

* named graphs come in the order of their IRIs;
* inside a graph, statements come in the store's index order (grouped by subject; the order is a
  function of the terms, so it is the same for every store holding the same graph);
* statements with blank nodes (the ontology's class expressions, a few hundred) are held back,
  given RDFC-1.0 canonical labels and written sorted at the end of their graph, so that blank-node
  labels do not depend on the build.
"""
from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .errors import KgError
from .store import Store
from .vocab import PREFIXES

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
           "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
"""Export formats by name."""
DATASET_FORMATS = ("trig", "nquads", "jsonld")
"""The formats that keep the named graphs (the others hold the default graph, their union)."""
MEDIA_TYPES = {"turtle": "text/turtle", "trig": "application/trig", "nquads": "application/n-quads",
               "ntriples": "application/n-triples", "jsonld": "application/ld+json"}
"""The media type of each export format."""


def _has_blank(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def canonical_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """The triples with RDFC-1.0 canonical blank-node labels, sorted: the same graph always gives
    the same list, whatever labels its blank nodes had.

    :param triples: the triples of one graph (typically only those that mention blank nodes).
    :returns: the relabelled triples, sorted by their N-Triples form.

    >>> a = ox.NamedNode("https://example.org/a"); p = ox.NamedNode("https://example.org/p")
    >>> canonical_triples([ox.Triple(a, p, ox.BlankNode("x"))])
    [<Triple subject=<NamedNode value=https://example.org/a> predicate=<NamedNode value=https://example.org/p> object=<BlankNode value=c14n0>>]
    """
    triples = list(triples)
    if any(_has_blank(t) for t in triples):
        dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        triples = [q.triple for q in dataset]
    return sorted(triples, key=str)


def graph_triples(db: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Triple]:
    """Stream the triples of one graph of an open store in a deterministic order.

    Triples without blank nodes come first, in the store's index order; the triples with blank
    nodes follow, canonicalized and sorted (see :func:`canonical_triples`).

    :param db: an open pyoxigraph store.
    :param graph: a named graph, or ``DefaultGraph()`` for the store's default graph (the union).
    :returns: an iterator of triples.

    >>> db = ox.Store(); g = ox.NamedNode("https://example.org/g"); a = ox.NamedNode("https://example.org/a")
    >>> db.add(ox.Quad(a, a, ox.BlankNode("b1"), g)); db.add(ox.Quad(a, a, a, g))
    >>> [str(t) for t in graph_triples(db, g)]
    ['<https://example.org/a> <https://example.org/a> <https://example.org/a>', '<https://example.org/a> <https://example.org/a> _:c14n0']
    """
    blank = []
    for quad in db.quads_for_pattern(None, None, None, graph):
        triple = quad.triple
        if _has_blank(triple):
            blank.append(triple)
        else:
            yield triple
    yield from canonical_triples(blank)


def named_graphs(db: ox.Store) -> list[ox.NamedNode]:
    """The named graphs of an open store, sorted by IRI.

    >>> named_graphs(ox.Store())
    []
    """
    return sorted((g for g in db.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


def export(store: Store | None = None, *, format: str = "turtle", graph: str | None = None,
           out: BinaryIO | None = None, union: bool = True) -> bytes | None:
    """Serialize the store (or one named graph of it), streaming from the store.

    Turtle and N-Triples hold the store's default graph, the union of the named graphs (each triple
    once); TriG, N-Quads and JSON-LD keep the named graphs, and so the provenance of every statement,
    and by default the default graph too, so that loading the file into any store reproduces this
    one (the same answers to the same queries). With ``graph``, only that named graph.

    :param store: the store (default: :class:`Store` at its default location).
    :param format: one of :data:`FORMATS`.
    :param graph: IRI of one named graph to export.
    :param union: in the dataset formats, also write the default graph (the union).
    :param out: binary stream to write to; when None the bytes are returned.
    :returns: the serialization when ``out`` is None, else None.
    :raises KgError: unknown format or graph.
    :raises StoreError: no store.

    >>> export(format="yaml")
    Traceback (most recent call last):
    kg.errors.KgError: unknown export format 'yaml' (hint: use one of turtle, trig, nquads, ntriples, jsonld)
    """
    if format not in FORMATS:
        raise KgError(f"unknown export format {format!r}", hint="use one of " + ", ".join(FORMATS))
    db = (store or Store()).open()
    if graph is not None:
        if not db.contains_named_graph(ox.NamedNode(graph)):
            raise KgError(f"no graph <{graph}> in the store", hint="kg query graphs lists the graphs")
        graphs: list = [ox.NamedNode(graph)]
    elif format in DATASET_FORMATS:  # the named graphs, and the default graph (their union) first
        graphs = ([ox.DefaultGraph()] if union else []) + named_graphs(db)
    else:
        graphs = [ox.DefaultGraph()]
    if format in DATASET_FORMATS:
        items: Iterator = (ox.Quad(t.subject, t.predicate, t.object, g) for g in graphs for t in graph_triples(db, g))
    else:
        items = (t for g in graphs for t in graph_triples(db, g))
    prefixes = PREFIXES if format in ("turtle", "trig") else None
    target = out if out is not None else io.BytesIO()
    ox.serialize(items, target, FORMATS[format], prefixes=prefixes)
    return target.getvalue() if out is None else None


def export_file(path: str | Path, store: Store | None = None, *, format: str = "turtle", graph: str | None = None,
                union: bool = True) -> int:
    """Export into a file, atomically: a temporary file next to it is renamed when complete, so
    a failed export leaves no partial file.

    :param path: the file to write.
    :param store: the store (default: :class:`Store` at its default location).
    :param format: one of :data:`FORMATS`.
    :param graph: IRI of one named graph to export.
    :param union: in the dataset formats, also write the default graph (the union).
    :returns: the size of the file in bytes.
    :raises KgError: unknown format or graph.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        with open(tmp, "wb") as out:
            export(store, format=format, graph=graph, out=out, union=union)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path.stat().st_size
