"""An event record from a trigger and its arguments (:func:`_record`): its participants, its
evidence span, and the date of the clause that governs the trigger (:func:`_date`)."""
from __future__ import annotations

from ...model import EventRecord
from ..context import Context
from .groups import _register, _unique


def _record(ctx: Context, block, tok, kind, method, agent, targets, others, places, scope, times, resource,
            own_span: bool = False) -> EventRecord:
    """The event record of a trigger and its arguments: the span covers the trigger, its governing
    words and every argument, widened to the date expression when there is one; with ``own_span``
    (a noun in a circumstantial phrase: "met X at the party conference in Y") only the noun phrase,
    as the clause around it reports another event."""
    participants = _unique(agent + targets + others)
    _register(ctx, participants)
    span_tokens = [tok] + [t for t in scope]
    if own_span:
        start, end = block.pos(tok.left_edge.idx), block.pos_end(tok.right_edge.idx + len(tok.right_edge.text))
    else:
        start = min([block.pos(t.idx) for t in span_tokens] + [m.start for m in participants + places])
        end = max([block.pos_end(t.idx + len(t.text)) for t in span_tokens] + [m.end for m in participants + places])
    date, time_text = _date(ctx, block, scope, times, start, end)
    if date is not None:
        end = max(end, date[1])
        start = min(start, date[0])
    place_keys = [m.key for m in places if m.key not in {p.key for p in participants}]
    return EventRecord(
        start=start, end=end, kind=kind, trigger=tok.text, agent=agent[0].key if agent else None,
        participants=tuple(sorted({m.key for m in participants})),
        target=next((m.key for m in targets if not agent or m.key != agent[0].key), None),
        place=place_keys[0] if place_keys else (places[0].key if places else None),
        date=date[2] if date else None, time_text=time_text, resource=resource, method="rule:" + method,
        confidence=0.6 if tok.pos_ == "VERB" else 0.5)


def _date(ctx: Context, block, scope, times, start: int, end: int):
    """The time expression of the clause that governs the trigger, if any."""
    best = None
    for holder in scope:
        lo = block.pos(min(t.idx for t in holder.subtree))
        hi = block.pos_end(max(t.idx + len(t.text) for t in holder.subtree))
        for s, e, value in times:
            if lo <= s and e <= hi:
                distance = min(abs(s - start), abs(s - end))
                if best is None or distance < best[0]:
                    best = (distance, (s, e, value))
        if best:
            break
    if best is None:
        return None, None
    s, e, value = best[1]
    return (s, e, value), ctx.document.text[s:e]
