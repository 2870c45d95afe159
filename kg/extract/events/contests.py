"""Contests, prizes and titles: the words that make a trigger a sports fixture, a race, a shortlist
for a prize or a word of a work's title, not an act between actors."""
from __future__ import annotations

import re


_POLITICAL_RACES = {"leadership", "presidential", "mayoral", "election", "electoral", "party", "parliamentary",
                    "senate", "congressional", "governor", "presidency", "nomination", "white"}
"""Words that make a "race" an election ("the leadership race", "the race for the White House")."""


_AWARDS = re.compile(r"\b(?:[Aa]wards?(?!-)|[Pp]rizes?|Oscars?(?!\s+[A-Z])|Grammys?|Baftas?|BAFTAs?|Emmys?|"
                     r"[Cc]ategor(?:y|ies)|[Ss]hortlist(?:ed)?)\b")
"""Words of a prize ("Awards", "Oscar", "category"; not "award-winning", nor "Oscar" as a first
name)."""


def _for_prize(tok) -> bool:
    """Whether a nomination is for a prize: its sentence names one, or it is plural ("four
    nominations", "his nominations include best album") in a paragraph that names one; news
    rarely counts the nominations to a post."""
    if _AWARDS.search(tok.sent.text):
        return True
    return tok.tag_ == "NNS" and _AWARDS.search(tok.doc.text) is not None


def _sporting_race(tok) -> bool:
    """Whether the object of "won"/"lost" is a race that is no election: "race" is an election only
    with a political word in its phrase ("the presidential race", "the race for the leadership");
    "won the race in 2002", "lost the race to a rival" are contests of sport."""
    races = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "race"]
    return bool(races) and not any(t.lower_ in _POLITICAL_RACES for r in races for t in r.subtree)


_VENUES = re.compile(r"(?:Stadium|Arena|Ground|Dome|Bowl|Oval|Cup|Nations|Premiership|"
                     r"derby|final|semi-final|quarter-final|tie|fixture|opener|match|game|showdown|encounter)$")
"""Words of a sports fixture before "clash" (a venue or a competition): the clash is a match."""


def _fixture(tok) -> bool:
    """Whether a "clash" is a sports match: a venue or a competition names it ("the Millennium
    Stadium clash", "the Six Nations clash", "the derby clash")."""
    if tok.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in tok.children) and tok.i > 0:
        return bool(_VENUES.search(tok.doc[tok.i - 1].text))  # a noun misread as a verb: "the Vexo Arena clash"
    return any(_VENUES.search(t.text) for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "poss")
               for t in c.subtree)


def _title_word(tok) -> bool:
    """Whether a verb is capitalized inside a sentence written in lower case, as a word of a film's
    or a book's title is ("and now Meet the Fockers"); not at the start of a sentence, a quotation
    or a clause after a colon or a dash, nor in a headline written in title case."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start or not tok.tag_.startswith("VB"):
        return False
    if tok.doc[tok.i - 1].is_punct or tok.doc[tok.i - 1].is_space:
        return False
    words = [t for t in tok.sent if t.is_alpha]
    return sum(t.text[:1].isupper() for t in words) * 2 < len(words)
