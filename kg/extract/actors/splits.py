"""One selected span cut into the names it holds: at removed markup (:func:`_split_at_gaps`), at a
possessive or an "of" before a known name (:func:`_split_possessive`), at "and" or "v" between names
(:func:`_split_coordination`), at a parenthesis (:func:`_split_parenthesis`), after an occupation
or a party before a person's full name (:func:`_split_lead`), and into a place in a place or two
places with one plural head (:func:`_split_locative`)."""
from __future__ import annotations

import re

from ...model import Block
from ..gazetteer import Gazetteer, load
from ..titles import POSITIONS, ROLE_NOUNS
from .lexicon import OCCUPATIONS, _PLURAL_POSSESSIVE_HEAD
from .kinds import _SUFFIX_RE_ANY

_POSSESSIVE_INSIDE = re.compile(r"['’]s?\s+")


_VERSUS = re.compile(r"\s+(?:v|vs)\.?\s+(?=[A-Z])")
"""The "v" of a fixture or a court case between two names ("Carlisle v Grimsby", "Smith vs. Jones")."""


def _split_coordination(text: str, start: int, end: int, g: Gazetteer) -> list[tuple[int, int]]:
    """"Amnesty International and Liberty", "the Parliament and the Council": two names the model
    joined into one. A name with "and" inside is split when a conjunct is a known name or the
    second has its own article; otherwise it is one name ("Procter and Gamble"). A fixture or a
    case, "Carlisle v Grimsby", is always its two sides: no actor is named "A v B"."""
    piece = text[start:end]
    versus = _VERSUS.search(piece)
    if versus is not None and versus.start() > 0:
        return [(start, start + versus.start()), (start + versus.end(), end)]
    m = re.search(r"\s+(?:and|&)\s+(?=(?:the\s+)?[A-Z])", piece)
    if m is None:
        return [(start, end)]
    left, right = piece[:m.start()], piece[m.end():]
    article = re.match(r"the\s+", right)
    if not (article or g.lookup(left) is not None or g.lookup(right) is not None) or g.lookup(piece) is not None:
        return [(start, end)]
    return [(start, start + m.start()), (start + m.end() + (article.end() if article else 0), end)]


_PAREN = re.compile(r"\s*\(\s*([^()]*?)\s*(?:\)|$)")
"""A parenthesis inside a name span, closed or not: the model runs on into it ("Sylvain Marconnet
(Stade Francais", "International Labour Organisation (ILO")."""


def _split_parenthesis(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"X (Y)" is two names, the name and what the brackets add: an acronym, a club, a party, a
    country. No name holds an opening parenthesis."""
    piece = text[start:end]
    m = _PAREN.search(piece)
    if m is None or m.start() == 0:
        return [(start, end)]
    out = [(start, start + m.start())]
    if m.group(1):
        out.append((start + m.start(1), start + m.end(1)))
    return out


_LEAD_WORD = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?)\s+(?=(?:[A-Z][\w'’-]*\s+){1,2}[A-Z][\w'’-]*$)")
"""A capitalized word before two or three capitalized words that end the span."""


_TENURE_LEAD = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
_TITLE_AFTER = re.compile(r"\s+([a-z-]+)")
_TENURE_WORDS = {"outgoing", "incoming", "acting", "interim", "caretaker"}
"""Words of a title that the model takes into the name after them: a person's ("Acting Tim
Talbot") or a firm's before a title noun ("Outgoing Acme chairman X": the firm is "Acme")."""


def _split_lead(text: str, start: int, end: int, label: str, g: Gazetteer) -> list[tuple[int, int, str]]:
    """A word the model took into a name: into a person's full name, an occupation ("Keeper Petr
    Cech", "Farmer Geoff Brooks": the name is the person's alone, whatever the model's label) or a
    party or union the gazetteer knows ("Tory Neil Hamilton", "Unison Dave Prentis": two names);
    a party's name run into its portfolio before a title (:func:`_party_lead`; a portfolio that is
    a listed department is a name of its own: "Labour Home Office minister X");
    into any name, a word of a title before it (:data:`_TENURE_WORDS`: "Outgoing Leeds chairman X"
    names Leeds)."""
    tenure = _TENURE_LEAD.match(text, start, end)
    if tenure is not None and tenure.group(1).lower() in _TENURE_WORDS and g.lookup(text[start:end]) is None \
            and not _SUFFIX_RE_ANY(text[start:end]):
        title_after = _TITLE_AFTER.match(text, end)
        if label == "PERSON" or title_after is not None and title_after.group(1) in ROLE_NOUNS | POSITIONS:
            return [(tenure.end(), end, label)]  # "Outgoing Leeds chairman X"; not "Interim Healthcare Inc"
    party = _party_lead(text, start, end, label, g)
    if party is not None:
        rest = re.match(r"\s*", text[party:end]).end() + party
        body = g.lookup(text[rest:end])
        if body is not None and body.category == "Organization":
            return [(start, party, "ORG"), (rest, end, "ORG")]  # "Labour Home Office minister X": both named
        return [(start, party, "ORG")]
    lead = _LEAD_WORD.match(text, start, end)
    if lead is None or label not in ("PERSON", "ORG") or g.lookup(text[start:end]) is not None:
        return [(start, end, label)]
    word = lead.group(1)
    if word.lower() in OCCUPATIONS:
        return [(lead.end(), end, "PERSON")]
    entry = g.lookup(word)
    if label == "PERSON" and entry is not None and entry.category == "Organization" and g.lookup(text[lead.end():end]) is None:
        return [(start, start + len(word), "ORG"), (lead.end(), end, "PERSON")]
    return [(start, end, label)]


_PORTFOLIO = {"Treasury", "Home", "Foreign", "Affairs", "Office", "Health", "Education", "Defence", "Defense",
              "Transport", "Environment", "Culture", "Media", "Sport", "Trade", "Industry", "Work", "Pensions",
              "Justice", "Legal", "Economic", "Economy", "Finance", "Business", "Energy", "Agriculture", "Rural",
              "Local", "Government", "Constitutional", "International", "Development", "Europe", "European",
              "Family", "Communities", "Housing",
              "Immigration", "Police", "Schools", "Science", "Technology", "Women", "Equality", "Children",
              "Disability", "Social", "Security", "Employment", "Universities", "Consumer", "Policy", "and", "&"}
"""Words of a shadow or party portfolio ("Home Affairs", "Work and Pensions"); no nation's name
("UKIP Scotland" is the party's branch there)."""


def _party_lead(text: str, start: int, end: int, label: str, g: Gazetteer) -> int | None:
    """The end of a party's name that the model ran into the portfolio after it, before a title
    ("Lib Dem Treasury spokesman X", "Tory Home Affairs spokesman X": the name is the party's, the
    portfolio a word of the title), or None."""
    title_after = _TITLE_AFTER.match(text, end)
    if label != "ORG" or title_after is None or title_after.group(1) not in ROLE_NOUNS or g.lookup(text[start:end]):
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    for n in range(min(3, len(words) - 1), 0, -1):
        entry = g.lookup(text[start:start + words[n - 1].end()])
        if entry is not None and entry.kind == "PoliticalParty" and all(w.group() in _PORTFOLIO for w in words[n:]):
            return start + words[n - 1].end()
    return None


def _split_at_gaps(block: Block, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of [start, end) (block indices) between removed text: markup separates names
    ("Iran **Saleh al-Arouri" is two names)."""
    cuts = [i for i, _ in block.gaps if start < i < end]
    if not cuts:
        return [(start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if block.text[a:b].strip()]


_FEATURE_OF = re.compile(r"(?:^|\s)(?:Gulf|Bay|Sea|Strait|Straits|Lake|Isle|Isles|Cape|Mount|Port|Bight|Sound|Horn|"
                         r"Gulf|Island|Islands|Valley|Plain|Coast)$")
"""Geographic heads named by an "of" complement ("Gulf of Venezuela", "Isle of Man", "Strait of
Hormuz"): the whole is the name of one place, not a feature and the state it is named after."""
_PLACE_LABELS = {"FAC", "GPE", "LOC"}
_IN_PLACE = re.compile(r"\s+in\s+(?=[A-Z])")
_SHARED_HEAD = re.compile(r"\s+(?:prisons|jails|camps|hospitals|airports|bases|universities|colleges|schools|mosques|"
                          r"churches|temples|stations|ports|islands|rivers|provinces|states|regions|districts|"
                          r"cities|towns|villages|streets|roads)(?![\w-])")
"""Plural common nouns after a coordination of names that they head: "Belmarsh and Woodhill
prisons" names two prisons."""


def _split_locative(text: str, start: int, end: int, label: str, g: Gazetteer) -> list[tuple[int, int, str]]:
    """Two places the model joined into one name, with the label of each: "the Golden Temple in
    Amritsar" (a place in a place: a name rarely contains "in" before a capitalized word; the second
    is a town or region, a geopolitical name) and "Belmarsh and Woodhill prisons" (two names with
    one plural head after them)."""
    piece = text[start:end]
    inside = _IN_PLACE.search(piece)
    if inside and inside.start() > 0 and g.lookup(piece) is None:
        return [(start, start + inside.start(), label), (start + inside.end(), end, "GPE")]
    both = re.fullmatch(r"([A-Z][\w'’-]*)\s+(?:and|&)\s+([A-Z][\w'’-]*)", piece)
    if both and _SHARED_HEAD.match(text, end) and g.lookup(piece) is None:
        return [(start, start + both.end(1), label), (start + both.start(2), end, label)]
    if label == "FAC" and _FEATURE_OF.search(piece.split(" of ")[0]):
        return [(start, end, "LOC")]  # "Gulf of Venezuela": a natural feature, a region, not a building
    return [(start, end, label)]


_GROUP_PLURAL = re.compile(r"(?<![\w-])(?:Men|Women|Children|People|Peoples|Gentlemen|Folk)$")
"""Irregular plurals for groups of people, whose possessive ("'s") is part of many names of
organizations: "People's Party", "Women's Institute", "Children's Society". A name possessor
("IRGC's Qods Force") is never such a word."""


def _split_possessive(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"IRGC’s Qods Force" is two names: the possessor and the possessed; "Donald Trump of
    America" is a name and a place."""
    piece = text[start:end]
    of = re.search(r"\s+of\s+(?=[A-Z])", piece)
    if of and load().lookup(piece[of.end():]) is not None and load().lookup(piece) is None \
            and not _SUFFIX_RE_ANY(piece[:of.start()]) and not _FEATURE_OF.search(piece[:of.start()]):
        # "Standards Board of England", "the Gulf of Mexico" are one name
        return [(start, start + of.start()), (start + of.end(), end)]
    m = _POSSESSIVE_INSIDE.search(piece)
    head = _PLURAL_POSSESSIVE_HEAD.match(piece, m.start()) if m and piece[m.start() - 1:m.start()] == "s" else None
    if head and re.fullmatch(r"(?:['’]s?)?\s*", piece[head.end():]):
        return [(start, end)]  # "Magistrates' Court", "the Workers' Union's": one name
    if m and _GROUP_PLURAL.search(piece[:m.start()]):
        return [(start, end)]  # "the People's Party", "Black Gay Men's Advisory Group": one name
    if m and m.start() > 1 and piece[m.end():m.end() + 1].isupper():
        return [(start, start + m.start()), (start + m.end(), end)]
    return [(start, end)]
