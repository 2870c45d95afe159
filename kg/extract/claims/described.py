"""Definite descriptions and reports in a claimant's place, and whom they take up: "the
administrator" the actor named right after that whole title (:func:`_titled_holder`), "The group
says" after "A group of MPs" that unnamed group (:func:`_introduced`), "it" or "the report" the
last outlet or think tank that was not spoken to (:func:`_last_body_of_report`), and a person last
in a misparsed subject after a lowercase title (:func:`_titled_person_last`). Called by
:mod:`.claimant`."""
from __future__ import annotations

import re

from ...model import Mention
from ..context import Context
from ..titles import ROLE_NOUNS


def _introduced(text: str, offset: int, noun: str) -> bool:
    """Whether the text before ``offset`` introduced an unnamed body of this noun with an indefinite
    article ("A group of MPs has ...", "a cross-party group"), which "the group" then takes up."""
    return re.search(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b", text[:offset]) is not None


_WRITERS = {"author", "writer", "columnist", "co-author"}
"""Titles of the one who wrote a work, before the name ("... Guide author Tim Talbot said")."""
_SPEAKER_TITLES = ROLE_NOUNS | _WRITERS


def _titled_person_last(ctx: Context, block, tok) -> Mention | None:
    """A person named last in a subject, right before its verb, after a lowercase title ("Acme Guide
    author Tim Talbot said"): the parser may make the first name of the phrase its head."""
    last = tok.right_edge
    if last.i + 1 != tok.head.i or last.i - tok.i < 2:
        return None
    m = ctx.of_token(block, last)
    if m is None or m.category != "Person":
        return None
    first = ctx.token_at(m.start)
    title = first.doc[first.i - 1] if first is not None and first.i > 0 else None
    if title is None or not title.text.islower() or title.lemma_.lower() not in _SPEAKER_TITLES:
        return None
    return m


def _last_body_of_report(ctx: Context, offset: int) -> Mention | None:
    """The last think tank or outlet named before ``offset`` that a report may be by: not one that
    was spoken to ("The administrators told BBC News Online that ... It said": not the outlet's)."""
    for m in reversed(ctx.mentions):
        if m.end <= offset and m.kind in ("ThinkTank", "MediaOutlet") and not _addressee(ctx, m):
            return m
    return None


_TELLING = {"tell", "inform", "brief", "assure", "reassure", "warn", "remind"}


def _addressee(ctx: Context, m: Mention) -> bool:
    """Whether a mention is the one spoken to: the object of "told" ("told BBC News Online"), or the
    object of "to" after a verb of speaking ("said to the BBC", "speaking to Reuters")."""
    tok = ctx.token_at(m.start)
    if tok is None:
        return False
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "BBC News Online": the head word of the name
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in _TELLING:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in (
        "say", "speak", "talk", "explain", "write", "confirm", "admit", "reveal")


def _title_words(tok) -> str:
    """A definite description's title: its head with the lowercase words right before it ("the
    foreign secretary" → "foreign secretary", "The administrator" → "administrator")."""
    words = [tok.lemma_.lower()]
    for c in sorted((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i), key=lambda c: -c.i):
        if c.i != tok.i - len(words) or not c.text.islower():
            break
        words.insert(0, c.lower_)
    return " ".join(words)


def _titled_holder(ctx: Context, offset: int, noun: str) -> Mention | None:
    """The last actor named right after the title ``noun`` before ``offset`` ("chairman Tim Talbot",
    "administrators Acme Partners"), whom "the chairman", "the administrator" takes up; a title of
    several words is matched whole ("the foreign secretary" is not "home secretary Jane Roe")."""
    text = ctx.document.text
    title = re.compile(rf"(?<![\w-])(?<!former )(?<!deputy )(?<!vice )(?<!acting )(?<!assistant )(?i:{re.escape(noun)}s?)[ \t]+$",
                       re.I)
    for m in reversed(ctx.mentions):
        if m.end <= offset and offset - m.end < 2000 and m.category in ("Person", "Organization") \
                and title.search(text, max(0, m.start - 40), m.start):
            return m  # (within about three paragraphs, as discourse.holder; not "former chairman X")
    return None
