"""The pass over a document: :func:`find` tries the event makers on every token, sentence by
sentence with the sentence's time expressions, and :func:`_dedupe` keeps one record per evidence
span and class."""
from __future__ import annotations

from ...model import DateValue, EventRecord
from .. import time as timex
from ..context import Context
from .special import _described_as, _modal_appeal
from .makers import _event


def find(ctx: Context, anchor: DateValue | None) -> list[EventRecord]:
    """Every event of the document, in text order.

    :param anchor: the publication date, for relative dates.
    """
    out: list[EventRecord] = []
    for block, doc in ctx.parsed:
        for sent in doc.sents:
            times = timex.find(block.text[sent.start_char:sent.end_char], anchor)
            times = [(block.pos(sent.start_char + s), block.pos_end(sent.start_char + e), v) for s, e, v in times]
            for tok in sent:
                record = _event(ctx, block, tok, times) or _modal_appeal(ctx, block, tok, times) \
                    or _described_as(ctx, block, tok, times)
                if isinstance(record, list):
                    out += record
                elif record is not None:
                    out.append(record)
    return _dedupe(out)


def _dedupe(events: list[EventRecord]) -> list[EventRecord]:
    """One record per evidence span and class (a verb and its object noun may both trigger)."""
    out: dict[tuple, EventRecord] = {}
    for e in sorted(events, key=lambda e: (e.start, e.end, -e.confidence)):
        key = (e.kind, e.participants, e.start)
        if key not in out:
            out[key] = e
    result = sorted(out.values(), key=lambda e: (e.start, e.end, e.kind))
    # A noun trigger inside a verb event of the same class and participants adds nothing.
    final = []
    for e in result:
        if any(o is not e and o.kind == e.kind and o.participants == e.participants and o.start <= e.start
               and e.end <= o.end and o.method.startswith("rule:verb") for o in result):
            continue
        final.append(e)
    return final
