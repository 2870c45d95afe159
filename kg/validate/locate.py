"""Where a result is in the documents: the file name of the document its focus node comes from
and the span of its evidence (:func:`_locate`), as the graph tells them.
"""
from __future__ import annotations

import re

import pyoxigraph as ox

from .report import ValidationResult


_LOCATE = """
PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?f ?file ?start ?end WHERE {
    {
        { ?f oa:hasSource ?doc . BIND (?f AS ?ev) }
        UNION { ?f kg:evidence ?ev . ?ev oa:hasSource ?doc }
        UNION { ?ev oa:hasSelector ?f ; oa:hasSource ?doc }
        OPTIONAL { ?ev oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end }
    }
    UNION { ?f a kg:Document . BIND (?f AS ?doc) }
    OPTIONAL { ?doc kg:fileName ?file }
} ORDER BY ?file ?start LIMIT 1
"""


def _offset(term) -> int | None:
    """An evidence offset, or None when it is missing or not an integer (a broken graph).

    >>> _offset(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))), _offset(None)
    (3, None)
    """
    value = term.value if isinstance(term, ox.Literal) else ""
    return int(value) if re.fullmatch(r"[+-]?[0-9]+", value) else None


def _locate(db: ox.Store, pairs: list[tuple[ValidationResult, object]], graph=None) -> list[ValidationResult]:
    """Add the document file name and span of each result's focus node, where the graph tells them
    (``graph``: the named graph of ``db`` to look in, else its default graph)."""
    from dataclasses import replace

    out, cache_ = [], {}
    for result, term in pairs:
        if term is None:
            out.append(result)
            continue
        if term not in cache_:
            row = next(iter(db.query(_LOCATE, substitutions={ox.Variable("f"): term}, default_graph=graph)), None)
            cache_[term] = (row["file"].value if row and row["file"] else "",
                            _offset(row["start"]) if row else None, _offset(row["end"]) if row else None)
        document, start, end = cache_[term]
        out.append(replace(result, document=document, start=start, end=end))
    return out
