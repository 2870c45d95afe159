"""What the code needs to know of the ontology's class tree, read from ``ontology/`` (the only
source of terms): the ancestors of a class and the CAMEO top category of an event class."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from .vocab import KG

_KG = str(KG)


@cache
def _hierarchy() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """kg class → its kg ancestors (itself included); kg class → its CAMEO top category class."""
    import pyoxigraph as ox

    from .resources import ontology_turtle

    # pyoxigraph's parser: rdflib's takes a large part of a small build's start-up.
    sub_class_of = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
    skos_notation = "http://www.w3.org/2004/02/skos/core#notation"
    parents: dict[str, set[str]] = defaultdict(set)
    notation: dict[str, str] = {}
    for t in ox.parse(ontology_turtle().encode("utf-8"), format=ox.RdfFormat.TURTLE):
        s, p, o = t.subject, t.predicate.value, t.object
        if not isinstance(s, ox.NamedNode) or not s.value.startswith(_KG):
            continue
        if p == sub_class_of and isinstance(o, ox.NamedNode) and o.value.startswith(_KG):
            parents[s.value[len(_KG):]].add(o.value[len(_KG):])
        elif p == skos_notation and isinstance(o, ox.Literal):
            notation[s.value[len(_KG):]] = o.value
    found: dict[str, frozenset[str]] = {}

    def up(cls: str) -> frozenset[str]:
        if cls not in found:
            found[cls] = frozenset({cls})  # guards cycles
            found[cls] = frozenset({cls}).union(*(up(p) for p in parents.get(cls, ())))
        return found[cls]

    for cls in list(parents):
        up(cls)
    top = {}
    for cls, anc in found.items():
        tops = sorted(a for a in anc if re.fullmatch(r"\d\d", notation.get(a, "")))
        if tops:
            top[cls] = tops[0]
    return found, top


def ancestors(cls: str) -> frozenset[str]:
    """The kg classes a kg class is a subclass of, itself included (local names).

    >>> sorted(ancestors("TransferWeapons"))[:3]
    ['Event', 'ProvideAid', 'ProvideMilitarySupport']
    """
    return _hierarchy()[0].get(cls, frozenset({cls}))


def cameo_top(cls: str) -> str | None:
    """The CAMEO top category of an event class (the ancestor with a two-digit ``skos:notation``), if any.

    >>> cameo_top("Visit"), cameo_top("Elect")
    ('Consult', None)
    """
    return _hierarchy()[1].get(cls)


def compatible(a: str, b: str) -> bool:
    """Whether one class is the other or a subclass of it (an event of both can be one event).

    >>> compatible("ProvideSupport", "ProvideMilitarySupport"), compatible("ProvideMilitarySupport", "ProvideFinancialSupport")
    (True, False)
    """
    return a in ancestors(b) or b in ancestors(a)
