"""Quotation handling: attributions with punctuation instead of a verb ("Mr X: “...”", "‘...’ -
X"), quotations that go on with the previous speaker's words, and a quoted question the parser
cut off from its cue ("“...?” X said.").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import ClaimRecord
from .. import discourse
from ..context import Context, trim_span
from ..discourse import HONORIFICS
from .record import _record, _stance

_COLON = re.compile(r"(?:^|(?<=[.!?”\"]\s))([^\s:“”\"][^:“”\"\n]{1,60}):\s*[“\"]([^“”\"]{8,}?)[”\"]", re.M)
_SENTENCE_END = re.compile(r"[.!?](?=\W*\s)")
"""The end of a sentence inside the text between an attribution and a quotation."""
_DASH = re.compile(r"^\s*[“\"‘']([^“”\"]{8,}?)[”\"’']\s*[-–—]\s*([^\n]{2,60}?)\s*$")


def _without_verb(ctx: Context, found: list[ClaimRecord]) -> list[ClaimRecord]:
    """Attributions with punctuation instead of a verb: "Mr X: “...”" (an interview or a
    caption) and the headline form "‘...’ - X". The name must be exactly an actor mention."""
    out: list[ClaimRecord] = []
    text = ctx.document.text
    for block, _ in ctx.parsed:
        hits = [(m.start(2), m.end(2), m.start(1), m.end(1), ":") for m in _COLON.finditer(block.text)]
        hits += [(m.start(1), m.end(1), m.start(2), m.end(2), "-") for m in _DASH.finditer(block.text)]
        for qs, qe, ns, ne, cue in hits:
            name = ctx.at(block.pos(ns), block.pos_end(ne))
            name_span = trim_span(text, block.pos(ns), block.pos_end(ne))
            if name is None or (name.start, name.end) != name_span and not (
                    name.end == name_span[1] and text[name_span[0]:name.start].strip().lower().rstrip(".") in HONORIFICS):
                continue
            if name.category == "Place" and name.kind != "Country":
                continue
            s, e = trim_span(text, block.pos(qs), block.pos_end(qe))
            if len(text[s:e].split()) < 3 or any(c.start < e and s < c.end for c in [*found, *out]):
                continue
            cue_start = text.index(cue, name.end if cue == ":" else e)
            record = _record(ctx, s, e, name, cue, cue_start, "say", True, [], "claim:colon" if cue == ":" else "claim:dash")
            out.append(replace(record, confidence=0.6))
    return out


def _continuations(ctx: Context, claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """Direct quotations without a cue of their own that go on with the previous speaker's words:
    a quotation that is a sentence of its own, right after a claim (within the same or the next
    paragraph), is that claimant's, with that cue ("..., he said. “Let's move on.”"), also after an
    aside of the writer's in the same paragraph (:func:`_same_paragraph_aside`)."""
    text = ctx.document.text
    out = list(claims)
    for block, _ in ctx.parsed:
        for qs, qe in discourse.quotes(block):
            s, e = trim_span(text, block.pos(qs), block.pos_end(qe))
            if len(text[s:e].split()) < 3 or not _own_sentence(block.text, qs, qe):
                continue
            if any(c.start < e and s < c.end and not s <= c.cue_start < e for c in out):
                continue  # already attributed
            prior = [c for c in out if c.cue_start < s and c.end <= s]
            if not prior:
                continue
            last = max(prior, key=lambda c: (max(c.end, c.cue_start), c.cue_start))
            if any(o is not last and o.start <= last.cue_start < o.end for o in out):
                continue  # a relayed claim: its speaker is not the one who goes on
            gap = text[max(last.end, last.cue_start + len(last.cue)):s]
            # a quotation's attribution may go on with the speaker's title ('“...,” said Jane Roe,
            # chief engineer at Acme. “...”'): a longer gap is fine while it holds no other words
            # quoted and ends the attribution's own sentence
            limit = 200 if last.quoted and not re.search(r"[“”\"]", gap[:-1]) else 60
            if (len(gap) > limit or gap.count("\n\n") > 1 or len(_SENTENCE_END.findall(gap)) > 1) \
                    and not _same_paragraph_aside(ctx, last, gap, s):
                continue
            content = text[s:e]
            stance = last.stance if last.stance != "Asserts" else _stance("say", content, "Asserts")
            about = tuple(sorted({m.key for m in ctx.within(s, e) if m.key != last.claimant and m.category != "UnnamedSource"}))
            out.append(ClaimRecord(start=s, end=e, claimant=last.claimant, cue=last.cue, cue_start=last.cue_start,
                                   stance=stance, date=last.date, quoted=True, about=about,
                                   method="claim:quote-continuation", confidence=0.6))
    return sorted(out, key=lambda c: (c.start, c.end, c.cue_start))


def _same_paragraph_aside(ctx: Context, last: ClaimRecord, gap: str, s: int) -> bool:
    """Whether a quotation at ``s`` still goes on with the reported speech of ``last`` across an
    aside of the writer's: in the same paragraph, after at most two sentences (300 characters)
    that quote nothing and name no person ("Mr Roe said that he feared ... . Since 1992, clubs
    have seen their income soar. “Television has been the driving force ...”"). The speaker is a
    person who spoke in that paragraph in reported speech."""
    speaker = next((m for m in ctx.mentions if m.key == last.claimant), None)
    if speaker is None or speaker.category != "Person" or last.quoted:
        return False
    gap = gap.rstrip().rstrip("“\"‘'")  # (up to the quotation's opening mark)
    if "\n" in gap or len(gap) > 300 or re.search(r"[“”\"]", gap) or len(_SENTENCE_END.findall(gap)) > 2:
        return False
    return not any(m.category == "Person" for m in ctx.within(s - len(gap), s))


def _own_sentence(text: str, qs: int, qe: int) -> bool:
    """Whether the quotation [qs, qe) (inside its marks) is a sentence by itself: only
    sentence-final punctuation (or nothing) before its opening mark, and after its closing mark
    the end of the paragraph or a new sentence."""
    before = text[:max(0, qs - 1)].rstrip()
    after = text[qe + 1:].lstrip()
    starts = not before or before[-1] in ".!?”\""
    inner_end = text[qs:qe].rstrip()[-1:] in (".", "!", "?")
    ends = not after or inner_end and (after[0].isupper() or after[0] in "“\"‘'")
    return starts and ends


_WHEN = {"in", "on", "at", "during", "after", "before"}
"""Prepositions of where or when a question was asked ("asked in the New Year")."""


def _question_then_cue(block, qs: int, qe: int, cue) -> bool:
    """"“...?” X said.": a quoted question or exclamation, after which the parser ends the
    sentence at the closing mark, so the cue's sentence is only its speaker and the cue, and
    where or when it was said ("X asked in May"). A sentence that goes on ("“...” He pointed to
    new plans") reports something else."""
    sent = cue.sent
    if block.text[qs:qe].rstrip()[-1:] not in ("?", "!") or qe > sent.start_char \
            or block.text[qe:sent.start_char].strip("”\"’' "):
        return False
    subject = discourse.subject(cue)
    rest = {*(subject.subtree if subject is not None else ()), cue}
    rest |= {t for c in cue.children if c.i > cue.i and (c.dep_ == "npadvmod" or c.dep_ == "prep" and c.lower_ in _WHEN)
             for t in c.subtree}
    return all(t in rest or t.is_punct for t in sent)  # (and when: "X asked in the New Year")
