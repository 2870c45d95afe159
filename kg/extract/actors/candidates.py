"""The name-like spans of a block: :func:`_candidates` gathers the model's entities, the
gazetteer's names (a phrase matcher, built once: :func:`warm`), counties, constituencies and
subdivisions, the names of :mod:`.missed`, and names the model cut short; :func:`_select` keeps
the ones that do not overlap, longest first."""
from __future__ import annotations

import re
from functools import lru_cache

from ...model import Block
from ..context import tokens_in
from ..gazetteer import Gazetteer, office_pattern
from .lexicon import CATEGORY, _PLURAL_POSSESSIVE_HEAD
from .kinds import _SUFFIX_RE_ANY
from ..titles import ROLE_NOUNS
from .missed import _PRENOMINAL, _described_firms, _described_persons, _employers, _partner_names, _quoted_speakers, _titled_names, _with_first_name


@lru_cache(maxsize=4)
def _matcher(vocab, gazetteer: Gazetteer):
    """A phrase matcher of every gazetteer name, tokenized like English text."""
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    tokenizer = English(vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    names = [n for n in gazetteer.names() if len(n) > 1]
    names += ["the" + n[3:] for n in names if n.startswith("The ")]  # "according to the Observer"
    matcher.add("GAZETTEER", list(tokenizer.pipe(names)))
    return matcher


def warm(vocab, gazetteer: Gazetteer) -> None:
    """Build the gazetteer's phrase matcher now (see :func:`kg.tasks.prepare`)."""
    if gazetteer.entries:
        _matcher(vocab, gazetteer)


def _candidates(block: Block, doc, gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """(start, end, NER label or GAZETTEER, priority) of every name-like span of a block, block offsets."""
    offices = [(m.start(), m.end()) for m in office_pattern().finditer(block.text)]
    # A word of an office title is no name: "Foreign" of "Foreign Secretary", "State" of "Secretary of State".
    out = [(e.start_char, _score_cut(block.text, e.start_char, e.end_char), e.label_, 1) for e in doc.ents
           if e.label_ in CATEGORY and not any(s <= e.start_char and e.end_char <= t for s, t in offices)]
    for m in _SHIRE.finditer(block.text):
        out.append((m.start(), m.end(), "GPE", 3))
    for m in _SEAT.finditer(block.text):
        out.append((m.start(1), m.end(1), "LOC", 3))
    for m in _SUBDIVISION.finditer(block.text):
        words = tokens_in(doc, m.start(1), m.end(1))
        if words and all(t.pos_ == "PROPN" for t in words) and m.group(1) not in _NOT_SUBDIVISIONS:
            out.append((m.start(1), m.end(1), "LOC", 3))
    out += _titled_names(doc, gazetteer)
    out += _quoted_speakers(doc, gazetteer)
    out += _described_persons(doc, gazetteer)
    out += _described_firms(doc, gazetteer)
    out = [_with_first_name(doc, c, gazetteer) for c in out]
    for i, (s, e, label, p) in enumerate(out):
        entity = _ENTITY_WORD.search(block.text, max(0, s - 40), s) if label == "PERSON" else None
        if entity is not None and entity.end() == s:
            out[i] = (entity.start(), e, label, p)  # "Jos&#233; Manuel Barroso": an escaped letter is part of the name
    for s, e, label, _ in list(out):
        e0 = e - 1 if block.text[e - 1:e] in ("'", "’") else e
        head = _PLURAL_POSSESSIVE_HEAD.match(block.text, e0)
        if label in ("ORG", "GPE", "FAC", "PERSON") and head and block.text[e0 - 1:e0] == "s":
            out.append((s, head.end(), "ORG", 1))
    for s, e, label, _ in list(out):
        first = _COORDINATED_FIRST.search(block.text, max(0, s - 40), s)
        if label == "ORG" and first and _SUFFIX_RE_ANY(block.text[s:e].rstrip("'’s")) \
                and gazetteer.lookup(first.group(1)) is None:
            out.append((first.start(1), e, "ORG", 1))
    out += _partner_names(doc, out, gazetteer)
    out += _employers(doc, out, gazetteer)
    if gazetteer.entries:
        for _, s, e in _matcher(doc.vocab, gazetteer)(doc):
            span = doc[s:e]
            if not _part_of_other_name(doc, span):
                out.append((span.start_char, span.end_char, "GAZETTEER", 2))
    return out


_PARTY_ADJECTIVES = {"Democrat", "Democratic", "Republican"}
"""One-word names of parties that also begin or end other names ("Christian Democrat", "Democratic
Unionist", "Republican Guard")."""


_OTHER_PARTIES = {"christian", "social", "free", "new", "national", "popular", "progressive", "united", "dissident",
                  "irish", "liberal", "radical", "european", "people's"}
"""Words that with a party's adjective name another party or movement ("Christian Democrat", "Social
Democratic", "dissident Republican")."""


def _part_of_other_name(doc, span) -> bool:
    """Whether a gazetteer match is a party's adjective inside another name: after a word that makes
    another party of it ("Christian Democrat", "Social Democratic", "dissident Republican"), or inside
    one entity of the model's with the word after it ("Republican Guard", "Democratic Republic"); not
    before a person's name or a title ("Democrat Jane Roe", "Democratic Senator X")."""
    if len(span) != 1 or span.text not in _PARTY_ADJECTIVES:
        return False
    tok = span[0]
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and before.lower_ in _OTHER_PARTIES:
        return True
    return after is not None and after.text[:1].isupper() and after.ent_iob_ == "I" and after.ent_type_ != "PERSON" \
        and after.lower_ not in ROLE_NOUNS and after.lower_ not in _PRENOMINAL


_ENTITY_WORD = re.compile(r"(?<![\w&#;])[A-Z][\w]*(?:&#\d{2,5};[\w]*)+\s+")
"""A capitalized word with an unescaped HTML character reference ("Jos&#233;"), which the tokenizer
splits so the model leaves it out of the name it starts."""

_SUBDIVISION = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:state|province|county|region|district|"
                          r"prefecture|governorate|oblast)(?![\w-])")
"""A proper noun before a lowercase word for a subdivision names a region ("Cojedes state", "Sindh
province"), which the small model often misses."""
_NOT_SUBDIVISIONS = {"Gulf", "Baltic", "Arab", "Balkan", "Nordic", "Soviet", "Islamic", "Jewish", "Member", "Federal",
                     "Union", "The", "A", "This", "That", "Each", "Every", "Western", "Eastern", "Northern", "Southern"}
"""Capitalized words before "state" that name a kind of state, not one ("a Gulf state")."""
_SCORE = re.compile(r"\s+\d+\s*-\s*\d+$")


def _score_cut(text: str, start: int, end: int) -> int:
    """The end of a name without the score the model ran into it ("Everton 2-0" of "Acme Rovers
    beat Everton 2-0")."""
    score = _SCORE.search(text, start, end)
    return score.start() if score is not None and score.start() > start else end


_SEAT = re.compile(r"(?<![\w-])(?:MP|MPs|MEP|MSP|MLA|AM|[Mm]ember\s+of\s+[Pp]arliament)\s+for\s+"
                   r"([A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*)")
"""A constituency after a seat ("MP for Ashby", "MP for Hollow and Marsh Vale"): a place,
which the small model often misses or takes for a person."""
_SHIRE = re.compile(r"(?<![\w-])[A-Z][a-z]+shire(?![\w-])")
"""English county names ("Gloucestershire"), which the small model often misses or takes for a person."""

_COORDINATED_FIRST = re.compile(r"(?:^|\b[Tt]he\s+)([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:and|&)\s+)$")
"""The first conjunct of a coordinated organization name after "the" ("the Public and Commercial
Services Union", "the Food and Drug Administration"), which the model often leaves out."""


def _select(cands: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """Non-overlapping spans, longest first; on equal extent the gazetteer wins."""
    chosen: list[tuple[int, int, str, int]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), -c[3], c[0])):
        if all(c[1] <= o[0] or c[0] >= o[1] for o in chosen):
            chosen.append(c)
    return sorted(chosen)
