"""A plain set of RDF triples that the mapping writes into, serialized straight to N-Quads.

An rdflib :class:`~rdflib.Graph` keeps three indexes per triple and its N-Triples serializer
walks them again: for the mapping, which only adds triples and then writes them once, that was
most of the time spent outside spaCy. :class:`Triples` keeps them in insertion order (each once)
and writes the same N-Triples terms rdflib writes.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph, Literal, URIRef

from .vocab import PREFIXES


def term(node) -> str:
    """The N-Triples form of an IRI or a literal (rdflib's escaping: ``\\\\``, ``\\n``, ``"``, ``\\r``).

    >>> term(URIRef("https://example.org/a")), term(Literal("say \\"hi\\"")), term(Literal(3))
    ('<https://example.org/a>', '"say \\\\"hi\\\\""', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    kind = type(node)
    if kind is URIRef:  # the common cases first, by exact type: isinstance() on rdflib terms is slow
        return f"<{node}>"
    if kind is Literal or isinstance(node, Literal):
        quoted = '"%s"' % node.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        if node.language:
            return f"{quoted}@{node.language}"
        return f"{quoted}^^<{node.datatype}>" if node.datatype else quoted
    if isinstance(node, URIRef):
        return f"<{node}>"
    return node.n3()


class Triples:
    """Triples in the order they were first added, each once; what :mod:`kg.mapping` builds.

    >>> t = Triples(); t.add((URIRef("urn:a"), URIRef("urn:p"), Literal("x"))); len(t)
    1
    >>> t.nquads(URIRef("urn:g"))
    b'<urn:a> <urn:p> "x" <urn:g> .\\n<urn:a> <urn:p> "x" .\\n'
    """

    __slots__ = ("_triples",)

    def __init__(self) -> None:
        self._triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        """Add one (subject, predicate, object) triple of rdflib terms."""
        self._triples[triple] = None

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def graph(self) -> Graph:
        """The triples as an rdflib graph with kg's prefixes bound."""
        g = Graph(bind_namespaces="none")
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for triple in self._triples:
            g.add(triple)
        return g

    def nquads(self, graph_iri: URIRef, *, union: bool = True) -> bytes:
        """N-Quads lines of the triples in the named graph ``graph_iri``, followed (``union``) by the
        same triples in the default graph: the store keeps each quad once, so the default graph
        loaded this way is the union of the named graphs (RDF merge) without a pass over the store."""
        rows = [f"{term(s)} {term(p)} {term(o)}" for s, p, o in self._triples]
        suffix = f" <{graph_iri}> .\n"
        named = suffix.join(rows) + suffix if rows else ""
        default = " .\n".join(rows) + " .\n" if rows and union else ""
        return (named + default).encode("utf-8")
