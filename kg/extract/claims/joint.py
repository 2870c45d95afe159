"""Joint claimants: the actors a plural subject stands for ("A and B said", "they" after a
coordination, "the two companies", "both sides"), and the copies of a claim for each of them
(:func:`_each`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import ClaimRecord, Mention
from .. import discourse
from ..context import Context
from ..events import PAIR_NOUNS, pair_of
from .claimant import _group_antecedent
from .persons import _person


def _each(ctx: Context, joint: list[Mention], records: list[ClaimRecord]) -> list[ClaimRecord]:
    """The records again for every joint claimant: what several actors said together ("A and B
    said", "they have all denied") is a claim of each, with the same span and cue."""
    if len(joint) < 2:
        return records
    out = []
    for r in records:
        for m in joint:
            about = tuple(sorted({x.key for x in ctx.within(r.start, r.end)
                                  if x.key != m.key and x.category != "UnnamedSource"}))
            out.append(replace(r, claimant=m.key, about=about))
    return out


JOINT_NOUNS = {"companies": "Organization", "firms": "Organization", "banks": "Organization",
               "groups": "Organization", "organisations": "Organization", "organizations": "Organization",
               "unions": "Organization", "clubs": "Organization", "parties": None, "sides": None,
               "countries": "Country", "nations": "Country", "states": "Country", "governments": "Country",
               "men": "Person", "women": "Person", "pair": "Person", "couple": "Person", "brothers": "Person",
               "sisters": "Person", "players": "Person", "defendants": None, "partners": None}
"""Plural heads that, definite ("the companies", "the two men"), take up actors named just before;
the category their antecedents must have (None: any that can speak)."""
NUMBERS = {"both": 2, "two": 2, "pair": 2, "couple": 2, "three": 3, "four": 4, "five": 5, "six": 6}
"""Words that tell how many actors a plural anaphor takes up ("both sides", "the three men")."""
_COORD_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?(?:(?:mr|mrs|ms|dr|sir|lord|lady)\.?\s+)?", re.I)


def _joint(ctx: Context, block, subject) -> list[Mention]:
    """The actors a plural subject stands for, when it stands for several and each is clear:
    coordinated names ("A and B said"), "they" after a sentence whose subject (or, failing a
    group as subject, whose only coordination) names them, and a definite plural noun ("the
    companies", "both sides", "the three men") that takes up the last coordination of fitting
    actors named shortly before. Empty when the subject is one actor or the antecedent is unclear."""
    names = _conjoined(ctx, block, subject)
    if len(names) >= 2 or subject.lower_ not in ("they", "both", *NUMBERS) and subject.tag_ != "NNS":
        return names if len(names) >= 2 else []
    offset = block.pos(subject.idx)
    head = subject.lower_
    dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet", "quantmod", "amod")}
    count = NUMBERS.get(head) or next((NUMBERS[d] for d in dets if d in NUMBERS), None)
    if head == "they":
        found = discourse.previous_sentence(ctx, block, subject)
        if found is None:
            return []
        b, sent = found
        prior = discourse.subject(sent.root)
        if prior is not None and not discourse.quoted(b, prior):
            names = _conjoined(ctx, b, prior)
            if len(names) >= 2:
                return names
            if prior.lower_ not in ("they", "it") and _group_antecedent(ctx, block, subject) is not None:
                return []  # "Acme cut jobs. They said ...": the group named as subject
        groups = [g for g in _coordinations(ctx, b.pos(sent.start_char), b.pos_end(sent.end_char))
                  if len({m.category for m in g}) == 1 and g[0].category in ("Person", "Organization")]
        return groups[0] if len(groups) == 1 else []
    if head in NUMBERS and head != "both" and not dets & {"the", "all"}:
        return []  # ("Two said ...": not a reference back)
    if head not in JOINT_NOUNS and head not in NUMBERS or not (dets & {"the", "both", "these", "those", "all"} or count):
        return []
    if head in PAIR_NOUNS and count == 2:
        pair = pair_of(ctx, block, subject)
        if len(pair) == 2 and all(m.category != "UnnamedSource" for m in pair):
            return pair
    found = discourse.previous_sentence(ctx, block, subject)
    lo = block.pos(subject.sent.start_char)
    if found is not None:
        lo = found[0].pos(found[1].start_char)
    if count:  # "both sides", "the three men": the number makes a farther antecedent safe
        lo = min(lo, max(0, offset - 1200))
    category = JOINT_NOUNS.get(head)
    for g in reversed(_coordinations(ctx, lo, offset)):
        if (count is None or len(g) == count) and (category is None and all(_speaks(m) for m in g)
                                                   or all(m.category == category or m.kind == category for m in g)):
            return g
    return []


def _speaks(m: Mention) -> bool:
    """Persons, organizations and states speak; other places do not."""
    return m.category != "Place" or m.kind == "Country"


def _conjoined(ctx: Context, block, tok) -> list[Mention]:
    """The actors of a coordinated noun phrase ("EADS and BAE Systems", "Mr A, Ms B and Mr C"),
    when every conjunct names one that speaks; else empty."""
    conjuncts = [tok, *tok.conjuncts]
    if len(conjuncts) < 2:
        return []
    out: list[Mention] = []
    for t in sorted(conjuncts, key=lambda t: t.i):
        m = _person(ctx, block, t) or ctx.of_token(block, t)
        if m is None or not _speaks(m) or m.category == "UnnamedSource" or m.key in {o.key for o in out}:
            return []
        out.append(m)
    return out


def _coordinations(ctx: Context, lo: int, hi: int) -> list[list[Mention]]:
    """Runs of two or more actor mentions in [lo, hi) joined only by commas and a final "and"
    ("A, B and C"), in text order: the antecedents a plural anaphor may take up."""
    text = ctx.document.text
    out, run = [], []
    for m in ctx.within(lo, hi):
        if run and m.start < run[-1].end:
            continue  # a name inside a name
        if run and _COORD_GAP.fullmatch(text[run[-1].end:m.start]):
            run.append(m)
            continue
        if len(run) >= 2:
            out.append(run)
        run = [m]
    if len(run) >= 2:
        out.append(run)
    return [r for r in out if re.search(r"\band\b|&", text[r[-2].end:r[-1].start])
            and len({m.key for m in r}) == len(r) and all(_speaks(m) and m.category != "UnnamedSource" for m in r)]
