"""Persons as claimants: a person named in the subject or in apposition, a surname alone
("Ms Roe said"), a nationality noun ("the Russian"), a people's word for its state ("the
Israelis"), and the evidence the pronoun and description rules use (gender words, titles before
a name, epithets such as "the veteran").
"""
from __future__ import annotations

import re

from ...model import Mention
from ...resources import first_names
from .. import discourse, gazetteer
from ..context import Context
from ..discourse import HONORIFICS
from ..titles import ROLE_NOUNS
from .lexicon import FEMALE, MALE


def _national(ctx: Context, block, tok) -> Mention | None:
    """Whom "the Russian" (a singular nationality noun as the head of the subject) stands for: a
    person, not the state (news style for a player or minister named just before), so the
    subject of the previous sentence when that is a named person; else no one."""
    found = discourse.previous_sentence(ctx, block, tok)
    if found is None:
        return None
    b, sent = found
    subject = discourse.subject(sent.root)
    return _person(ctx, b, subject) if subject is not None and not discourse.quoted(b, subject) else None


def _apposed(ctx: Context, block, tok) -> Mention | None:
    """The person named in apposition right after a title ("its lawyer, Jane Roe, said"), read
    from the text: the parser often hangs such a name elsewhere."""
    if tok.lemma_.lower() not in ROLE_NOUNS or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return None
    comma = tok.doc[tok.i + 1]
    m = ctx.at(block.pos(comma.idx) + 1, block.pos_end(comma.idx + 3))
    gap = ctx.document.text[block.pos(comma.idx) + 1:m.start] if m is not None else "x"
    return m if m is not None and m.category == "Person" and not gap.strip() else None


def _person_in_apposition(ctx: Context, block, tok) -> Mention | None:
    """A person named inside the subject as a compound or an apposition, also an apposition of
    an apposition ("the work's author, US playwright Jane Roe, says"), and the one named of a
    group ("one of their lawyers, Jane Roe, said")."""
    frontier = [tok]
    if tok.lower_ == "one":
        groups = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        frontier = [c for t in groups for c in t.children if c.dep_ == "appos"]
        named = next((m for m in (ctx.of_token(block, t) for t in frontier)
                      if m is not None and m.category == "Person"), None)
        if named is not None:
            return named
    for _ in range(2):
        frontier = [c for t in frontier for c in t.children if c.dep_ in ("compound", "appos")]
        for child in frontier:
            m = ctx.of_token(block, child)
            if m is not None and m.category == "Person":
                return m
    return None


def _surname(ctx: Context, block, tok, *, misread: bool = False) -> Mention | None:
    """A person named again by the last word of a name already met ("Jane Roe ... Ms Roe said")
    where the actor extractor left the later word unmarked; the word becomes a mention of that
    person. With ``misread``, the tagger's part of speech is not asked (a surname that is also a
    word, "“...,” May wrote", read as a modal verb)."""
    if not misread and tok.tag_ != "NNP" or not tok.text[:1].isupper() or len(tok.text) < 2:
        return None
    offset = block.pos(tok.idx)
    people = [m for m in ctx.mentions if m.category == "Person" and m.end <= offset
              and m.text.split()[-1] == tok.text and len(m.text.split()) > 1]
    if len({m.key for m in people}) != 1:
        return None  # unknown, or two people of that name
    m = people[-1]
    found = Mention(offset, offset + len(tok.text), tok.text, m.category, m.kind, "surname", 0.6, m.key)
    ctx.mentions.append(found)
    ctx.reindex()
    return found


def _people_of(ctx: Context, block, tok) -> Mention | None:
    """The state "the Israelis" or "the French" stands for (a people's word with "the" as the
    subject of a cue), when the story names that state; a bare "Palestinians" is a population."""
    if list(tok.children) != [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"] or not list(tok.children):
        return None
    if tok.tag_ not in ("NNPS", "NNS", "NNP", "JJ") or not tok.text[:1].isupper():
        return None
    state = ctx.demonym(block.pos(tok.idx), tok.text)
    if state is not None and tok.tag_ != "NNPS" and not tok.lower_.endswith(("s", "ch", "sh", "se")):
        return _national(ctx, block, tok)  # "the Russian" is one person ("the French" are a people)
    return state


def _gender(ctx: Context, key: str) -> str | None:
    """"m" or "f" when a word right before some mention of the person tells ("Mr", "Ms",
    "spokeswoman"), else, for a person named in full, when the first name almost always names
    one sex (:func:`kg.resources.first_names`); else None: evidence for "he"/"she" agreement."""
    found = set()
    for m in ctx.mentions:
        if m.key == key:
            before = ctx.document.text[max(0, m.start - 20):m.start].replace(".", " ").split()
            for word in (before[-1:] + m.text.replace(".", " ").split()[:1]):
                found |= {"m"} if word.lower() in MALE else {"f"} if word.lower() in FEMALE else set()
    if not found and " " in key:
        return first_names().get(key.split()[0])
    return found.pop() if len(found) == 1 else None


def _agrees(ctx: Context, m: Mention | None, gender: str) -> bool:
    """Whether a mention can be the antecedent of "he" ("m") or "she" ("f"): a person (never an
    organization) whose known gender, if any, is the pronoun's."""
    return m is not None and m.category == "Person" and _gender(ctx, m.key) in (None, gender)


EPITHETS = {"champion", "veteran", "star", "winner", "runner-up", "medallist", "medalist", "athlete", "player",
            "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "batsman", "bowler", "sprinter",
            "runner", "swimmer", "cyclist", "golfer", "boxer", "driver", "rider", "jockey", "skier", "singer",
            "actor", "actress", "rapper", "musician", "comedian", "novelist", "writer", "author", "film-maker",
            "filmmaker", "businessman", "businesswoman", "tycoon", "entrepreneur", "youngster", "teenager"}
"""Nouns that describe a person by what they do or did, not by an office: "the two-time champion"
and "the veteran" take up the person just named, like an age ("the 30-year-old")."""


def _epithet(tok) -> bool:
    """Whether a subject is a definite epithet of a person ("the two-time champion", "the
    Oscar-winning actress"): "the" and modifiers only, no possessor, name or phrase after it that
    would tie it to someone else ("the champion's coach", "the winner of the award")."""
    return (tok.tag_ == "NN" and tok.lower_ in EPITHETS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in ("poss", "prep", "appos", "acl") or c.dep_ == "relcl" and not _set_off(c)
                        for c in tok.children))


def _set_off(clause) -> bool:
    """Whether a relative clause is set off by a comma ("the champion, who hopes to ...") and
    names no one: it describes the one already meant, it does not pick out someone else ("the
    champion, who beat Roe", is not Roe)."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == "," and not any(t.pos_ == "PROPN" for t in clause.subtree)


def _nationality_noun(ctx: Context, block, tok) -> bool:
    """Whether a subject is "the" and a singular nationality noun ("the Norwegian, who ..."), news
    style for the person just named (see :func:`_national`), whether or not the story names the
    state."""
    return (tok.text[:1].isupper() and tok.tag_ in ("NNP", "NN", "JJ")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not tok.lower_.endswith(("s", "ch", "sh", "se"))
            and gazetteer.load().country_of_demonym(tok.text) is not None)


_ANY_TITLE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, ROLE_NOUNS))) + r")\b", re.I)


def _title_before(ctx: Context, m: Mention) -> bool:
    """Whether a title word stands right before a person's mention, or starts it ("Chancellor
    Jane Roe", "US coach Jane Roe"). Not across a comma: in "his term as US President, Jane Roe
    has said" the title belongs to the phrase before."""
    before = ctx.document.text[max(0, m.start - 40):m.start]
    honorifics = "|".join(sorted(HONORIFICS))
    return (_ANY_TITLE.match(m.text) is not None and len(m.text.split()) > 1
            or re.search(rf"{_ANY_TITLE.pattern}\s+(?:(?:{honorifics})\.?\s+)?$", before, re.I) is not None)


def _person(ctx: Context, block, tok) -> Mention | None:
    """The person a subject token names, itself or through a name in apposition ("UKIP's leader,
    Roger Knapman")."""
    m = ctx.of_token(block, tok)
    if m is not None and m.category == "Person":
        return m
    for child in tok.children:
        if child.dep_ in ("appos", "compound"):
            m = ctx.of_token(block, child)
            if m is not None and m.category == "Person":
                return m
    return None
