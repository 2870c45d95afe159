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
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDFS, SKOS

    from .resources import ontology_turtle

    g = Graph().parse(data=ontology_turtle(), format="turtle")
    parents: dict[str, set[str]] = defaultdict(set)
    notation: dict[str, str] = {}
    for child, parent in g.subject_objects(RDFS.subClassOf):
        if isinstance(child, URIRef) and isinstance(parent, URIRef) and str(child).startswith(_KG) \
                and str(parent).startswith(_KG):
            parents[str(child)[len(_KG):]].add(str(parent)[len(_KG):])
    for cls, value in g.subject_objects(SKOS.notation):
        if str(cls).startswith(_KG):
            notation[str(cls)[len(_KG):]] = str(value)
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
