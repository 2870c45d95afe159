"""Stage 8b, export: the store as Turtle (union of graphs), TriG or N-Quads (graphs kept),
or N-Triples. Output is deterministic: the same store gives the same bytes."""
from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from .errors import KgError
from .store import Store
from .vocab import PREFIXES

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
           "ntriples": ox.RdfFormat.N_TRIPLES}
"""Export formats by name."""
_QUADS = {"trig", "nquads"}


def _canonical(quads) -> list:
    """The quads with RDFC-1.0 canonical blank-node labels (the ontology's class expressions
    are blank nodes), so that the same store always exports the same bytes."""
    quads = list(quads)
    if not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object, q.graph_name)):
        return quads
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return list(dataset)


def export(store: Store | None = None, *, format: str = "turtle", graph: str | None = None,
           out: BinaryIO | None = None) -> bytes | None:
    """Serialize the store (or one named graph of it).

    Turtle and N-Triples hold the union of the graphs (each triple once); TriG and N-Quads keep
    the named graphs, and so the provenance of every statement.

    :param graph: IRI of one named graph to export.
    :param out: binary stream to write to; when None the bytes are returned.
    :raises KgError: unknown format or graph.
    """
    if format not in FORMATS:
        raise KgError(f"unknown export format {format!r}", hint="use one of " + ", ".join(FORMATS))
    db = (store or Store()).open()
    if graph is not None and not db.contains_named_graph(ox.NamedNode(graph)):
        raise KgError(f"no graph <{graph}> in the store", hint="kg stats lists the graphs")
    if graph:
        quads = db.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    elif format in _QUADS:  # the named graphs; the default graph is only their union
        quads = (q for q in db.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))
    else:
        quads = db.quads_for_pattern(None, None, None, ox.DefaultGraph())
    quads = _canonical(quads)
    if format in _QUADS:
        items = sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    else:
        items = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads},
                       key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = PREFIXES if format in ("turtle", "trig") else None
    data = ox.serialize(items, format=FORMATS[format], prefixes=prefixes)
    if out is None:
        return data
    out.write(data)
    return None
