"""The passes over a document's claims once all are found: hedges and forecasts that are no claims
of their own, one claim per cue, a speaker's own belief inside his statement, the chains of
relayed claims and the events each claim asserts (:func:`_link`), and the unnamed sources that
claim nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import ClaimRecord, EventRecord
from ..context import Context


def _drop_unused_sources(ctx: Context, claims: list[ClaimRecord]) -> None:
    """Remove the unnamed sources that were made while looking for a claimant but claim nothing
    ("Ministers said so." has no content to report): an unnamed source is an actor only as a
    source."""
    speakers = {c.claimant for c in claims}
    kept = [m for m in ctx.mentions if m.key in speakers
            or m.method not in ("unnamed-source", "agentless-passive", "government-body")]
    if len(kept) != len(ctx.mentions):
        ctx.mentions[:] = kept
        ctx.reindex()


def _hedge_of_a_claim(c: ClaimRecord, found: list[ClaimRecord]) -> bool:
    """Whether an agentless attribution lies inside what a named source states ("X says ... Y,
    who is expected to win the election", "X said hunting will go on, with hunts expected to test
    the law"): the hedge is the speaker's own wording, part of the speaker's claim, not a report of
    an unnamed source's."""
    return c.method == "claim:agentless" and any(
        o is not c and o.method != "claim:agentless" and o.start <= c.start and c.end <= o.end
        and (o.end - o.start) > (c.end - c.start) for o in found)


_FORECAST_CUE = re.compile(r"(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|tipped)\s+to$", re.I)


def _forecast_of_an_event(ctx: Context, c: ClaimRecord, events: list[EventRecord]) -> bool:
    """Whether a finite forecast ("X is expected to visit Y", "X is also expected to hold talks")
    forecasts an event the extraction reports from the infinitive right after its cue (the verb, or
    the noun a light verb takes: "hold talks", "pay a visit"): the forecast is that planned event's
    modality (planned and expected events are annotated as events), not a statement of its own.
    Forecasts of what is no event ("is expected to table reforms", "are expected to turn out") stay
    claims of an unspecified source."""
    if c.method != "claim:agentless" or not _FORECAST_CUE.search(c.cue):
        return False
    text = ctx.document.text
    head = _INFINITIVE_HEAD.match(text, c.cue_start + len(c.cue))
    if head is None:
        return False
    lo, hi = head.start(1), head.end(1)
    return any(e.start <= lo < e.end and lo <= text.find(e.trigger, lo, hi) for e in events)


_INFINITIVE_HEAD = re.compile(r"\s*((?:\w+)(?:\s+(?:a|an|the|further|new|more|fresh))?(?:\s+\w+)?)")
"""The first words of a forecast's infinitive: its verb, and the noun a light verb may take ("hold
talks", "pay a visit", "hold fresh talks")."""

BELIEF_CUES = {"believe", "think", "feel", "reckon", "suppose", "consider", "hope", "fear"}
"""Cues of a speaker's own belief, hope or fear, which "X said he believed Y" (or "he hoped Y")
reports as part of what X said."""


def _own_beliefs(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """Without the belief a speaker reports of himself ("X said he believed Y"): the said claim
    already holds it, with the same claimant; a belief of another ("X said Y believed Z") stays,
    relayed by X's claim, and so does a second statement ("..., he admitted, ...")."""
    def own(c: ClaimRecord) -> bool:
        word = c.cue.split()[-1].lower()
        return any(o is not c and o.claimant == c.claimant and o.start <= c.cue_start and c.end <= o.end
                   and any(word.startswith(b[:-1] if b.endswith("e") else b) for b in BELIEF_CUES) for o in claims)
    return [c for c in claims if not own(c)]


def _dedupe(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """One claim per cue: a quotation wins over the clause parse of the same cue."""
    by_cue: dict[tuple[int, str], list[ClaimRecord]] = {}
    for c in sorted(claims, key=lambda c: (c.cue_start, not c.quoted, c.start)):
        kept = by_cue.setdefault((c.cue_start, c.claimant), [])
        if not kept or c.quoted and kept[0].quoted and all((k.start, k.end) != (c.start, c.end) for k in kept):
            kept.append(c)  # several quotations may run on before one cue
    return sorted((c for kept in by_cue.values() for c in kept), key=lambda c: (c.start, c.end, c.cue_start))


def _link(claims: list[ClaimRecord], events: list[EventRecord]) -> list[ClaimRecord]:
    """Chains (a claim whose cue is inside another claim's content is relayed by it) and the
    events each claim's content asserts."""
    out = []
    for i, c in enumerate(claims):
        outer = [j for j, o in enumerate(claims) if j != i and o.start <= c.cue_start < o.end and (o.end - o.start) > (c.end - c.start)]
        relayed = min(outer, key=lambda j: claims[j].end - claims[j].start) if outer else None
        asserted = tuple(k for k, ev in enumerate(events)
                         if ev.start >= c.start and ev.end <= c.end + 1 or
                         min(ev.end, c.end) - max(ev.start, c.start) > 0.6 * (ev.end - ev.start))
        out.append(replace(c, relayed_by=relayed, events=asserted))
    return out
