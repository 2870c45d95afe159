"""A claim record from its span: the stance (refined by the content: a denial, a forecast), the
statement date (a time expression next to the cue, outside the content) and the actors the
content is about (:func:`_record`).
"""
from __future__ import annotations

import re

from ...model import ClaimRecord, Mention
from ..context import Context
from ..discourse import CUES
from ..events import CESSATION

_DENIAL = re.compile(r"\W*(?:[\w’'-]+\s+){1,5}?(?:is|are|was|were|had|has|have|did|does|do)\s*"
                     r"(?:not\b|n[’']t\b)(?!\s+(?:only|just|merely|(?:" + "|".join(sorted(CESSATION)) + r")(?:e?d|ped)?)\b)", re.I)
"""A content that negates its main verb; "did not stop supplying" negates an end, so it affirms."""
_FUTURE = re.compile(r"\b(?:will|would|shall|'ll|going to|expected to|is to|are to|set to|likely to|poised to|(?-i:may)|might|could)\b", re.I)
"""A content about the future; "may" only in lower case ("fell in May" names the month)."""


def _stance(cue_lemma: str, content: str, default: str) -> str:
    """The cue's stance, refined by the content: a statement that negates its own main verb right
    after a short subject ("it was not ready", "he had not seen"; not "not only", not "not X but
    Y") denies; one about the future ("will not accept") expects."""
    if default == "Asserts" and _DENIAL.match(content) and " but " not in content[:120]:
        return "Denies"
    if default == "Asserts" and _FUTURE.search(content[:80]):
        return "Expects"
    return default


def _statement_date(times, start: int, end: int, cue_offset: int):
    """A time expression of the sentence outside the content, nearest the cue."""
    best = None
    for s, e, value in times:
        if s >= end or e <= start:
            distance = abs(s - cue_offset)
            if distance < 60 and (best is None or distance < best[0]):
                best = (distance, value)
    return best[1] if best else None


def _record(ctx: Context, s: int, e: int, claimant: Mention, cue: str, cue_offset: int, lemma: str,
            quoted: bool, times, method: str) -> ClaimRecord:
    content = ctx.document.text[s:e]
    stance = _stance(lemma, content, CUES.get(lemma, "Asserts"))
    about = tuple(sorted({m.key for m in ctx.within(s, e) if m.key != claimant.key and m.category != "UnnamedSource"}))
    return ClaimRecord(start=s, end=e, claimant=claimant.key, cue=cue, cue_start=cue_offset, stance=stance,
                       date=_statement_date(times, s, e, cue_offset), quoted=quoted, about=about, method=method,
                       confidence=0.75 if quoted else 0.65)
