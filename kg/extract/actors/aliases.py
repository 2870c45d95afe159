"""Variants of one name in a document given one key: a part of an organization's full name
(:func:`_name_parts`), its acronym, head noun or name without a nationality word
(:func:`_doc_aliases`), an acronym in brackets after it (:func:`_acronyms`), short forms of
company names (:func:`_short_forms`), later occurrences the model missed (:func:`_repeats`), and
a surname after a person's full name (:func:`_back_references`)."""
from __future__ import annotations

import re

from ...model import Block, Document, Mention
from ..gazetteer import Gazetteer
from ..names import initials, normalize
from .lexicon import _CALENDAR, _STOP_FORMS, _TITLE_WORDS
from .kinds import _OF_HEAD, _SUFFIX_RE_ANY


def _name_parts(found: list[Mention], g: Gazetteer, headline_end: int = 0, text: str = "") -> list[Mention]:
    """A part of an organization's full name stands for it later in the story: its last word
    ("Rover" for "MG Rover", "Boerse" for "Deutsche Boerse"), its first word ("Virgin" for "Virgin
    Radio") or the name without its generic tail ("Shanghai Automotive" for "Shanghai Automotive
    Industry Corp"); "United" or "City" for the one listed club ending with it. Such mentions take
    the full name's key and type, so the model's varying labels of the part ("Rover" as a town) do
    not make a second actor.

    Conservative, as a part may be a name of its own: the part is no listed name, nationality,
    title or institution head ("Court"); a place part only ends the name (a town is often the
    first word of a club's or a firm's name); a person part is no word of a person's full name of
    the story; the part must point to one name, or to the shortest of nested ones ("Virgin" of
    "Virgin Radio" and "Virgin Radio Groove"); and the story must give the full name before it
    uses the part outside the headline: a firm named alone first ("Apple ... the Apple Developer
    Connection") is the firm, and the longer name is another actor (a unit or a product of it)."""
    orgs = sorted({m.text: m for m in found if m.category == "Organization" and m.kind != "UnnamedSource"
                   and len(m.text.split()) > 1 and all(w[:1].isupper() or w in ("and", "&", "of") for w in m.text.split())
                   }.values(), key=lambda m: len(m.text))
    if not orgs:
        return found
    person_words = {w for m in found if m.category == "Person" and len(m.text.split()) > 1 for w in m.text.split()}
    first: dict[str, int] = {}  # name or key -> its first use (outside the headline for a name)
    for m in sorted(found, key=lambda m: m.start):
        first.setdefault("key:" + m.key, m.start)
        if m.start >= headline_end:
            first.setdefault(m.text, m.start)
    out = []
    for m in found:
        target = _whole_name(m, orgs, person_words, g, text)
        if target is not None and target.key != m.key and first["key:" + target.key] < first.get(m.text, -1):
            m = Mention(m.start, m.end, m.text, target.category, target.kind, m.method + "+part", m.confidence, target.key)
        out.append(m)
    return out


def _whole_name(m: Mention, orgs: list[Mention], person_words: set[str], g: Gazetteer,
                text: str = "") -> Mention | None:
    """The organization whose full name ``m`` is a part of (see :func:`_name_parts`), or None. A
    listed club (an organization of no more specific type) takes up no word after "in", "at" and
    the like, nor a place after "of" ("in Barcelona" after "FC Barcelona", "the mayor of Milan"
    after "Inter Milan" are the cities; a firm is invested "in Rover"), and no "the City" or "City
    of" (London's, after "Manchester City")."""
    words = m.text.split()
    before = (text[max(0, m.start - 8):m.start].lower().split() or [""])[-1]
    # (what a listed club does not take up: a place after a preposition, London's "the City"; "the
    # United attack" is the club's)
    listed_only = (before in _PLACE_LEAD or before == "of" and m.category == "Place"
                   or m.text == "City" and (before == "the" or text[m.end:m.end + 4] == " of "))
    if "gazetteer" in m.method or m.kind == "UnnamedSource" or g.lookup(m.text) is not None \
            or g.country_of_demonym(m.text) is not None or not all(w[:1].isupper() for w in words):
        return None
    if m.text in _CLUB_WORDS and not listed_only:  # "United" after "Manchester United"; none of two Cities
        clubs = {o.key: o for o in orgs if "gazetteer" in o.method and o.text.split()[-1] == m.text}
        if len(clubs) == 1:
            return next(iter(clubs.values()))
    if len(words) == 1 and (m.text in _HEADS or m.text.lower() in _TAIL_WORDS or m.text.lower() in _GENERIC_STEMS
                            or _SUFFIX_RE_ANY(m.text) or m.text.lower().strip(".") in _TITLE_WORDS
                            or m.category == "Person" and m.text in person_words):
        return None
    if m.category == "Person" and len(words) > 1:
        return None  # a person's full name inside a name ("the Robert Smith Trust") is the person
    hits = []
    for o in orgs:
        ow = o.text.split()
        if len(ow) <= len(words) or o.key == m.key or (
                listed_only and "gazetteer" in o.method and o.kind == "Organization"):
            continue  # (a firm is invested "in Rover"; a club's town is "in Barcelona")
        if len(words) == 1 and ow[-1] == m.text:
            hits.append(o)
        elif ow[:len(words)] == words and (len(words) == 1 and m.category != "Place"
                                           or all(w.lower() in _TAIL_WORDS for w in ow[len(words):])):
            hits.append(o)
    if not hits:
        return None
    first = hits[0]  # the shortest: the others must extend it ("Virgin Radio" ... "Virgin Radio Groove")
    return first if all(o.text.startswith(first.text) for o in hits) else None


_PLACE_LEAD = {"in", "at", "to", "from", "near", "outside", "across"}
"""Words before a place's name ("in Barcelona"), rarely before a club's ("of" only before a name
the model took for a place: "the mayor of Milan", not "the future of Rover's plant")."""
_CLUB_WORDS = {"United", "City"}
"""Last words of clubs' names that stand alone for the club ("United" for "Manchester United")
but are too generic to shorten any other name (:data:`_GENERIC_STEMS`): they take up the one
listed club of the story that ends with them."""
_HEADS = {"Commission", "Parliament", "Council", "Court", "Assembly", "Committee", "Ministry", "Department", "Agency",
          "Bank", "Union", "Board", "Authority", "Tribunal", "Congress", "Senate", "Corporation", "Alliance", "Institute",
          "Foundation", "Association", "Federation", "Organisation", "Organization", "Party", "Police", "Service"}
"""Head nouns of institution names, which stand alone for the institution named before ("the
European Commission ... the Commission")."""


def _head(name: str) -> str:
    """The head word of a name: the word before "of" ("Council of Ministers"), else the last word."""
    m = _OF_HEAD.match(name)
    return (m.group(1) if m else name).split()[-1]


def _doc_aliases(found: list[Mention], g: Gazetteer) -> list[Mention]:
    """Other names of an organization the document names in full: its acronym anywhere ("ONGC" for
    "Oil and Natural Gas Corporation"), its bare head noun after it ("the Commission" after "the
    European Commission"), and the name without a nationality word ("Media Council" for "Ugandan
    Media Council") or without the listed organization it belongs to ("Radio 1" for "BBC Radio 1":
    two words or more, so "Sport" of "BBC Sport" is none). Such mentions take the full name's key."""
    orgs = [m for m in found if m.category == "Organization" and len(m.text.split()) > 1]
    out = []
    for m in found:
        target = None
        if "gazetteer" not in m.method and m.category in ("Organization", "Person", "Place"):
            if re.fullmatch(r"[A-Z]{2,6}", m.text):
                keys = {o.key: o for o in orgs if m.text in _acronym_forms(o.text)}
                target = next(iter(keys.values())) if len(keys) == 1 else None
            elif m.text in _HEADS:
                before = [o for o in orgs if o.start < m.start and _head(o.text) == m.text]
                target = before[-1] if before else None
            elif m.category == "Organization":
                target = next((o for o, (first, _, rest) in ((o, o.text.partition(" ")) for o in orgs)
                               if rest == m.text and (g.country_of_demonym(first) is not None
                                                      or len(m.text.split()) > 1 and _parent(g, first))), None)
        if target is not None and target.key != m.key:
            m = Mention(m.start, m.end, m.text, target.category, target.kind, m.method + "+alias", m.confidence, target.key)
        out.append(m)
    return out


def _parent(g: Gazetteer, word: str) -> bool:
    """Whether ``word`` is the name of a listed organization (the "BBC" of "BBC Radio 1")."""
    entry = g.lookup(word)
    return entry is not None and entry.category == "Organization"


_COMPANY_WORDS = {"group", "holdings", "holding", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc",
                  "company", "co", "co.", "llc", "gmbh", "ag", "sa", "nv", "limited", "industries"}
"""Generic words of company names, which the name's later mentions drop ("Group Menatep" → "Menatep",
"the Vestey Group" → "Vestey")."""
_GENERIC_STEMS = {"national", "international", "general", "united", "first", "royal", "standard", "global", "new",
                  "western", "eastern", "northern", "southern", "central", "american", "british", "european", "state",
                  "public", "private", "china", "japan", "india", "asia", "pacific", "atlantic", "north", "south", "east",
                  "west", "the", "media", "energy", "oil", "financial", "capital", "investment", "trust", "city"}
"""Words that are no short form of a company name on their own ("National" of "National Grid Group")."""
_TAIL_WORDS = _COMPANY_WORDS | {"industry", "motor", "motors", "international", "worldwide"}
"""Generic words that end a company's full name and that its later mentions drop ("Shanghai
Automotive Industry Corp" → "Shanghai Automotive")."""


def _short_forms(found: list[Mention], g: Gazetteer) -> tuple[list[Mention], dict[str, Mention]]:
    """A company named with a generic word ("Group Menatep", "Zentrax Holdings") is also named by
    the rest alone; such mentions take the full name's key. Returns the mentions and the short
    forms (for :func:`_repeats`, which finds the ones the model missed)."""
    stems: dict[str, Mention] = {}
    for m in found:
        words = m.text.split()
        if m.category != "Organization" or len(words) != 2 or "gazetteer" in m.method:
            continue
        generic = [w for w in words if w.lower() in _COMPANY_WORDS]
        if len(generic) != 1:
            continue
        stem = words[1] if words[0] in generic else words[0]
        if len(stem) > 2 and stem[0].isupper() and stem.lower() not in _GENERIC_STEMS and g.lookup(stem) is None \
                and g.country_of_demonym(stem) is None:
            stems.setdefault(stem, m)
    out = []
    for m in found:
        full = stems.get(m.text)
        if full is not None and "gazetteer" not in m.method:
            m = Mention(m.start, m.end, m.text, full.category, full.kind, m.method + "+short-form", m.confidence, full.key)
        out.append(m)
    return out, stems


def _acronyms(text: str, found: list[Mention], document: Document, g: Gazetteer) -> list[Mention]:
    """"Palestinian Islamic Jihad (PIJ)": the acronym and the expansion are one actor; the
    acronym's later uses take the expansion's key."""
    expansions: dict[str, Mention] = {}
    extra: list[Mention] = []
    for m in found:
        after = re.match(r"\s*[(\[]([A-Z][A-Za-z]{1,9})[)\]]", text[m.end:m.end + 14])
        if after and len(m.text.split()) > 1 and after.group(1).upper() in _acronym_forms(m.text):
            expansions[after.group(1)] = m
            s = m.end + after.start(1)
            if not any(o.start <= s < o.end for o in found):
                extra.append(Mention(s, s + len(after.group(1)), after.group(1), m.category, m.kind, "acronym",
                                     m.confidence, m.key))
    out = []
    for m in found + extra:
        long = expansions.get(m.text)
        if long is not None and m.key != long.key and g.lookup(m.text) is None:
            m = Mention(m.start, m.end, m.text, long.category, long.kind, m.method + "+acronym", m.confidence, long.key)
        out.append(m)
    return out


def _acronym_forms(name: str) -> set[str]:
    """Acronyms a name may have: its initials, and without the generic head word the acronym often
    leaves out ("PCS" for "Public and Commercial Services Union").

    >>> sorted(_acronym_forms("Public and Commercial Services Union"))
    ['PCS', 'PCSU']
    """
    forms = {initials(name).upper()}
    words = name.split()
    if len(words) > 2 and _SUFFIX_RE_ANY(words[-1]) and words[-1] in ("Union", "Association", "Federation", "Society",
                                                                       "Party", "Council", "Organisation", "Organization"):
        forms.add(initials(" ".join(words[:-1])).upper())
    return forms


def _repeats(document: Document, parsed: list[tuple[Block, object]], found: list[Mention],
             short: dict[str, Mention] | None = None) -> list[Mention]:
    """Other occurrences of a name the document already uses (or of a short form of it), which the
    model did not tag."""
    forms: dict[str, Mention] = dict(short or {})
    for m in found:
        if (len(m.text) >= 3 or m.text.isupper()) and m.text[0].isupper() and m.text not in _STOP_FORMS \
                and m.text.casefold() not in _CALENDAR:
            forms.setdefault(m.text, m)
    if not forms:
        return found
    taken = sorted((m.start, m.end) for m in found)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w-])")
    extra = []
    for block, _ in parsed:
        for hit in pattern.finditer(block.text):
            s, e = block.pos(hit.start()), block.pos_end(hit.end())
            if any(a < e and s < b for a, b in taken) or document.text[s:e] != hit.group():
                continue
            src = forms[hit.group()]
            extra.append(Mention(s, e, hit.group(), src.category, src.kind, "alias-repeat", round(src.confidence * 0.9, 2), src.key))
            taken.append((s, e))
    return found + extra


_UNLISTED_PLACES = {"City", "Region", "Place"}
"""Kinds the model's place labels give a name no gazetteer lists: an unknown one-word "place" that
ends a person's full name in the same story is that person's surname ("Iran jailed Arash X ... X
was arrested": the small model often takes a foreign surname for a town)."""


def _back_references(found: list[Mention]) -> list[Mention]:
    """Give a one-word person (or mislabelled organization) mention the key of the one full
    person name in the document it ends: "Sinwar" after "Yahya al-Sinwar", "Kilroy-Silk" after
    "Robert Kilroy-Silk"; the first part of a double-barrelled surname is a short form of it too
    ("Kilroy" for "Robert Kilroy-Silk"). An unlisted one-word place that ends a full person name
    is that person's surname too (see :data:`_UNLISTED_PLACES`). A one-word person that no full
    name ends but that begins exactly one is that person called by the first name, as colleagues
    are in quotes ("Gordon has done well" after "manager Gordon Strachey")."""
    full = {m.key for m in found if m.category == "Person" and len(m.text.split()) > 1}
    first_parts, given = {}, {}
    for m in found:
        if m.key in full:
            parts = m.text.split()[-1].split("-")
            if len(parts) == 2 and all(len(p) > 2 and p[0].isupper() for p in parts):
                first_parts.setdefault(normalize(parts[0]), set()).add(m.key)
            first = m.text.split()[0]
            if len(first) > 2 and first[0].isupper() and first[1:].islower():
                given.setdefault(normalize(first), set()).add(m.key)
    out = []
    for m in found:
        if len(m.text.split()) == 1 and "gazetteer" not in m.method and (
                m.category in ("Person", "Organization") or m.kind in _UNLISTED_PLACES and "cue" not in m.method):
            owners = sorted({k for k in full if k.endswith(" " + m.key)} | first_parts.get(m.key, set()))
            if len(owners) == 1:
                m = Mention(m.start, m.end, m.text, "Person", "Person", m.method + "+surname", m.confidence, owners[0])
            elif not owners and m.category == "Person" and len(given.get(m.key, ())) == 1:
                m = Mention(m.start, m.end, m.text, "Person", "Person", m.method + "+first-name", m.confidence,
                            next(iter(given[m.key])))
        out.append(m)
    return out
