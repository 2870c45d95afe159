"""Organizations a text refers back to rather than names, for the roles (:mod:`kg.extract.roles`):
the antecedent of a possessive ("its founder X", "Moldova ... its president X"), of a definite
description ("the organisation's director X", "chief executive of the Frankfurt-based exchange"),
the organization named in apposition (", the Bundesbank,") or after a name ("X of Acme"), and the
opposition party a "shadow" title belongs to."""
from __future__ import annotations

import re

from ..model import Mention
from .context import Context

COMPANIES = {"Company", "Organization"}
"""The kinds of organization "the company", "the firm", "the bank" can refer back to."""
POSSESSIVE_PRONOUNS = {"its", "their"}
"""Possessives that open a title whose organization is named before ("its founder X")."""


def antecedent_org(ctx: Context, offset: int) -> Mention | None:
    """The organization a possessive "its"/"their" at ``offset`` refers to ("Yukos claims ... its
    founder X"): the state that is the subject of its clause when no organization is named between
    them (:func:`_subject_state`), else the last organization named before it in its sentence, else
    the subject of the sentence before (the last one of the paragraph before, for a paragraph's
    first sentence), when that is an organization."""
    found = ctx.block_of(offset)
    tok = ctx.token_at(offset)
    if found is None or tok is None:
        return None
    block, doc = found
    sent = tok.sent
    before = [m for m in ctx.within(block.pos(sent.start_char), offset) if m.category == "Organization"]
    state = _subject_state(ctx, block, tok)
    if state is not None and not any(m.start > state.end for m in before):
        return state  # "Moldova has been ruled by its president X": no organization between them
    if before:
        return before[-1]
    if sent.start == 0:  # the first sentence of a paragraph: the last one of the paragraph before
        i = next((k for k, (b, _) in enumerate(ctx.parsed) if b is block), 0)
        if i == 0 or not len(ctx.parsed[i - 1][1]):
            return None
        block, doc = ctx.parsed[i - 1]
        prev = doc[len(doc) - 1].sent
    else:
        prev = doc[sent.start - 1].sent
    for t in prev:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head == prev.root:
            m = ctx.of_token(block, t)
            return m if m is not None and m.category == "Organization" else None
    return None


def _subject_state(ctx: Context, block, tok) -> Mention | None:
    """The state that is the subject of the clause a possessive at ``tok`` is in ("Moldova has been
    ruled by its president X", "Chile said its army ..."): a possessive pronoun refers back to the
    subject of its own clause first, and a state has a president or ministers the way an
    organization has a chairman."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    for t in head.children:
        if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i:
            m = ctx.of_token(block, t)
            return m if m is not None and m.kind == "Country" else None
    return None


ORG_NOUNS = {
    "organisation": None, "organization": None, "company": COMPANIES, "firm": COMPANIES, "group": None,
    "bank": COMPANIES, "exchange": COMPANIES, "carmaker": COMPANIES, "retailer": COMPANIES,
    "airline": COMPANIES, "corporation": COMPANIES, "club": None, "union": None, "charity": None,
    "association": None, "agency": None, "institute": None, "foundation": None, "party": {"PoliticalParty"},
    "broadcaster": {"MediaOutlet", "Company", "Organization"}, "newspaper": {"MediaOutlet", "Company", "Organization"},
    "regulator": {"GovernmentBody", "Organization"}, "watchdog": {"GovernmentBody", "Organization"},
}
"""Nouns that refer back to an organization the story has named ("the organisation's director X",
"chief executive of the Frankfurt-based exchange"), with the kinds of organization each can
refer to (None: any)."""


def described_org(ctx: Context, offset: int, noun: str) -> Mention | None:
    """The organization a definite description ("the organisation", "the Frankfurt-based exchange")
    at ``offset`` refers to: the one a possessive there would refer to (:func:`antecedent_org`),
    when it is of a kind the noun can name."""
    kinds = ORG_NOUNS.get(noun.lower())
    org = antecedent_org(ctx, offset)
    if org is None or org.category != "Organization" or kinds is not None and org.kind not in kinds:
        return None
    return org


def opposition_party(ctx: Context, offset: int) -> Mention | None:
    """The party whose shadow cabinet a "shadow" title names: the one party named in the title's
    sentence; None otherwise. The party named nearest, or the only one a story names, is often the
    governing one ("Labour's plans ... shadow chancellor X accused the government"): neither decides."""
    tok = ctx.token_at(offset)
    if tok is None:
        return None
    block = ctx.block_of(offset)[0]
    pool = [m for m in ctx.within(block.pos(tok.sent.start_char), block.pos_end(tok.sent.end_char))
            if m.kind == "PoliticalParty"]
    return pool[0] if len({m.key for m in pool}) == 1 else None


def org_after_name(ctx: Context, person: Mention) -> Mention | None:
    """"Emma Hart of Hogan and Sterling": an organization named with "of" right after a
    person's name is the one the person works for."""
    return _org_right_after(ctx, _OF, person.end)


def apposed_org(ctx: Context, end: int) -> Mention | None:
    """The organization named in apposition right after a phrase ending at ``end`` (", the
    Bundesbank,")."""
    return _org_right_after(ctx, _COMMA, end)


_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_COMMA = re.compile(r",\s+(?:the\s+)?")


def _org_right_after(ctx: Context, lead: re.Pattern, pos: int) -> Mention | None:
    """The organization whose mention begins right where ``lead`` ends, matched at ``pos``."""
    m = lead.match(ctx.document.text, pos)
    org = ctx.at(m.end()) if m else None
    return org if org is not None and org.start == m.end() and org.category == "Organization" else None
