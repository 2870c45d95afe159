"""The pass over a document: :func:`find` tries the event makers on every token, sentence by
sentence with the sentence's time expressions; a headline's event that named no actor takes the
actors of the event the lead reports (:func:`_headline_echoes`); and :func:`_dedupe` keeps one
record per evidence span and class."""
from __future__ import annotations

from dataclasses import replace

from ...model import DateValue, EventRecord
from .. import time as timex
from ..context import Context
from .special import _described_as, _modal_appeal
from .makers import UNARGUED, _event


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
    bare = [e for e in out if e.method.endswith(UNARGUED)]
    out = [e for e in out if not e.method.endswith(UNARGUED)]
    return _dedupe(out + _headline_echoes(ctx, bare, out))


LEAD = 800
"""How far into the body (characters after the headline) the report a headline sums up may start:
the first paragraphs."""


def _headline_echoes(ctx: Context, bare: list[EventRecord], events: list[EventRecord]) -> list[EventRecord]:
    """The events a headline sums up without naming who took part ("Ex-director gets jail term",
    "Pirates convicted"): a headline trigger that found no actor (:data:`UNARGUED`) is the event of
    its class that the lead reports with its actors, the first one within :data:`LEAD` characters
    of the body; it takes that event's participants and date, so that the two reports are one
    event, and the whole headline as its evidence. Without such a report it is dropped, as any
    event without an actor is."""
    title = ctx.document.title_span
    out: list[EventRecord] = []
    for bare_event in bare:
        lead = next((e for e in events if e.kind == bare_event.kind and e.participants
                     and title.end <= e.start < title.end + LEAD), None)
        if lead is not None:
            method = bare_event.method.removeprefix("rule:").removesuffix(UNARGUED)
            out.append(replace(lead, start=title.start, end=title.end, trigger=bare_event.trigger, time_text=None,
                               method=f"rule:headline:{method}", confidence=0.4))
    return out


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
