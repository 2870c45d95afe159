"""The only place where kg mints IRIs. IRIs are deterministic: the same natural key
always gives the same IRI, so rebuilding replaces rather than duplicates."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from .vocab import GRAPH, ID

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug(text: str, *, max_len: int = 60) -> str:
    """Lower-case ASCII slug of ``text`` (accents folded, runs of other characters to ``-``).

    >>> slug("Saleh al-Arouri’s")
    'saleh-al-arouris'
    >>> slug("???")
    'x'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = _SLUG_DROP.sub("-", folded).strip("-")[:max_len].strip("-")
    return out or "x"


def short_hash(*parts: object, length: int = 12) -> str:
    """Hex digest prefix of the parts joined by a unit separator.

    >>> short_hash("a", 1)
    '839e11a421d3'
    """
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def mint(kind: str, *key: object) -> URIRef:
    """Mint the IRI of a data node of ``kind`` from its natural key.

    Each key part is percent-encoded, so any string is safe.

    :param kind: the node kind, a path segment such as ``"doc"`` or ``"actor"``.
    :param key: natural key parts (hashes, slugs, offsets).
    :returns: an IRI under ``https://w3id.org/kg/id/``.

    >>> mint("doc", "b85690f9a39b43b0")
    rdflib.term.URIRef('https://w3id.org/kg/id/doc/b85690f9a39b43b0')
    >>> mint("ev", "abc", "10-20")
    rdflib.term.URIRef('https://w3id.org/kg/id/ev/abc/10-20')
    """
    if not key:
        raise ValueError("mint() needs at least one key part")
    return ID[kind + "/" + "/".join(quote(str(k), safe="-._~") for k in key)]


def doc_key(sha256: str) -> str:
    """The short document key used in IRIs: the first 16 hex digits of its SHA-256."""
    return sha256[:16]


def doc_iri(sha256: str) -> URIRef:
    """IRI of the document with this content hash."""
    return mint("doc", doc_key(sha256))


def doc_graph(sha256: str) -> URIRef:
    """IRI of the named graph holding everything extracted from one document.

    >>> str(doc_graph("0123456789abcdef0000"))
    'https://w3id.org/kg/graph/doc/0123456789abcdef'
    """
    return GRAPH["doc/" + doc_key(sha256)]
