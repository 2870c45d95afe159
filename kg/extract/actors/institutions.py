"""Bodies named by a state, a leader or another owner, each an actor apart from its owner: "the
Assad regime" (:func:`_regime`), a broadcaster's programme (:func:`_programmes`), "the US District
Court" (:func:`_country_institutions`), "the Russian government" and "US forces"
(:func:`_state_governments`), "Ruritania's sports commission" (:func:`_institutions`)."""
from __future__ import annotations

import re

from ...model import Block, Document, Mention
from ..context import unnamed_key
from ..gazetteer import Gazetteer
from ..names import normalize

_PROGRAMME = re.compile(r"['’]s[ \t]+((?:[A-Z][\w'’-]*[ \t]+){1,4})(?:programme|program|show|bulletin)(?![\w-])")
"""A programme named after its broadcaster ("'s Today programme", "'s Night Desk show")."""


def _programmes(text: str, found: list[Mention]) -> list[Mention]:
    """"BBC Radio 4's Today programme": a broadcaster's named programme is one media outlet, named
    by the whole phrase (the gold rule); the broadcaster inside it is no mention of its own there.
    The broadcaster must be a media outlet the story names, and the programme's name capitalized."""
    out, extra = [], []
    for m in found:
        hit = _PROGRAMME.match(text, m.end) if m.kind == "MediaOutlet" else None
        if hit is None:
            out.append(m)
            continue
        surface = text[m.start:hit.end()]
        extra.append(Mention(m.start, hit.end(), surface, "Organization", "MediaOutlet", m.method + "+programme",
                             m.confidence, normalize(surface)))
    return [m for m in out if not any(x.start <= m.start and m.end <= x.end for x in extra)] + extra


_COUNTRY_INSTITUTION_KINDS = {"GovernmentBody"}


def _country_institutions(text: str, found: list[Mention], g: Gazetteer) -> list[Mention]:
    """"the US District Court": a country's name right before the name of one of its institutions
    is part of that name (one government body, not the state and a court), and the bare name
    elsewhere in the story ("the Supreme Court" beside "the US Supreme Court") is the same body.
    Only for institutions (government bodies) that no list names, which a country qualifies."""
    by_start = {m.start: m for m in found}
    merged: list[Mention] = []
    gone: set[int] = set()
    for m in found:
        if m.kind != "Country" or m.category != "Place":
            continue
        nxt = by_start.get(m.end + 1)
        if nxt is None or text[m.end] != " " or nxt.kind not in _COUNTRY_INSTITUTION_KINDS \
                or "gazetteer" in nxt.method or g.lookup(nxt.text) is not None:
            continue
        surface = text[m.start:nxt.end]
        merged.append(Mention(m.start, nxt.end, surface, "Organization", nxt.kind, nxt.method + "+country",
                              nxt.confidence, normalize(surface)))
        gone |= {m.start, nxt.start}
    found = [m for m in found if m.start not in gone] + merged
    full = {}
    for m in found:
        first, _, rest = m.text.partition(" ")
        country = g.lookup(first) if rest else None
        if m.category == "Organization" and m.kind in _COUNTRY_INSTITUTION_KINDS and country is not None \
                and country.kind == "Country" and g.lookup(rest) is None:
            full.setdefault(rest, set()).add(m)
    out = []
    for m in found:
        owners = {o.key: o for o in full.get(m.text, ())}
        if len(owners) == 1 and "gazetteer" not in m.method and m.kind in _COUNTRY_INSTITUTION_KINDS:
            o = next(iter(owners.values()))
            m = Mention(m.start, m.end, m.text, o.category, o.kind, m.method + "+country", m.confidence, o.key)
        out.append(m)
    return out


_GOVERNMENT = re.compile(r"(?<![\w-])(?!(?:The|the)\s)((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)\s+(government|administration)(?![\w-])")


_FORCES = re.compile(r"(?<![\w-])(?!(?:The|the)\s)((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)\s+(?:armed\s+forces|forces|troops)(?![\w-])")
"""A state's armed forces named by the state or its nationality word ("US forces", "British
troops"): a military force, an actor apart from the state, one actor whatever the wording."""
_GOVERNMENT_IN = re.compile(r"(?<![\w-])(government|administration)\s+in\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?![\w-])")
"""A government named by the seat of power: "the government in Cairo", "the administration in
Washington", "the government in Iraq"."""


def _state_governments(document: Document, parsed: list[tuple[Block, object]], found: list[Mention],
                       g: Gazetteer) -> list[Mention]:
    """"the Russian government", "the US government", "the government in Cairo": a state's government
    named by the state, its nationality word or its capital is a government body (and "US forces",
    "British troops" are the state's armed forces), an actor apart from the state (the gold rule: "US
    government" is not `united_states`). Its key is the state's ("government of russia" ... by the
    state's label), so every wording of it is one actor."""
    text = document.text
    extra = []
    for block, _ in parsed:
        for hit in _GOVERNMENT.finditer(block.text):
            name = hit.group(1)
            country = g.country_of_demonym(name) or g.lookup(name)
            if country is None or country.kind != "Country":
                continue
            s, e = block.pos(hit.start()), block.pos_end(hit.end())
            if text[s:e] != hit.group():
                continue
            extra.append(Mention(s, e, hit.group(), "Organization", "GovernmentBody", "state-government", 0.8,
                                 normalize(f"{country.label} government")))
        for hit in _FORCES.finditer(block.text):
            name = hit.group(1)
            country = g.country_of_demonym(name) or g.lookup(name)
            s, e = block.pos(hit.start()), block.pos_end(hit.end())
            if country is None or country.kind != "Country" or text[s:e] != hit.group():
                continue
            extra.append(Mention(s, e, hit.group(), "Organization", "MilitaryForce", "state-forces", 0.8,
                                 normalize(f"{country.label} armed forces")))
        for hit in _GOVERNMENT_IN.finditer(block.text):
            place = g.lookup(hit.group(2))
            country = place if place is not None and place.kind == "Country" else \
                g.country_of_capital(normalize(hit.group(2))) if place is not None else None
            s, e = block.pos(hit.start()), block.pos_end(hit.end())
            if country is None or text[s:e] != hit.group():
                continue
            extra.append(Mention(s, e, hit.group(), "Organization", "GovernmentBody", "state-government", 0.8,
                                 normalize(f"{country.label} government")))
    if not extra:
        return found
    kept = [m for m in found if not any(x.start < m.end and m.start < x.end for x in extra)]
    return kept + extra


_REGIME = re.compile(r"[ \t]+(regime|administration|government|cabinet|camp|loyalists)\b", re.I)
"""Anchored by ``match(text, pos)`` at the end of the name (a ``^`` would only match at the
start of the text, never at ``pos``). Only the compound "Assad regime" is a name of the
government: in "Assad's regime" the possessor stays a mention of the person."""


def _regime(text: str, m: Mention) -> Mention:
    """"the Assad regime", "the Trump administration": a leader's name before such a word names
    his government, an organization.

    >>> _regime("the Smith regime fell", Mention(4, 9, "Smith", "Person", "Person", "ner", 0.8, "smith")).text
    'Smith regime'
    >>> _regime("Smith's regime fell", Mention(0, 5, "Smith", "Person", "Person", "ner", 0.8, "smith")).text
    'Smith'
    """
    hit = _REGIME.match(text, m.end) if m.category == "Person" else None
    if hit is None:
        return m
    end = hit.end()
    surface = text[m.start:end]
    return Mention(m.start, end, surface, "Organization", "GovernmentBody", m.method + "+regime", m.confidence,
                   normalize(text[m.start:m.end].split()[-1] + " " + hit.group(1)))


_INSTITUTION_HEADS = {"government": "GovernmentBody", "administration": "GovernmentBody", "ministry": "GovernmentBody",
                      "commission": "GovernmentBody", "committee": "GovernmentBody", "authorities": "UnnamedSource",
                      "regulators": "UnnamedSource"}
"""Lowercase nouns for a body of a state, a leader or an organization ("Ruritania's sports commission",
"Indonesia's environment ministry", "Chinese regulators"): with an owner named before them they
name that body, an actor apart from its owner. A plural ("authorities", "regulators") is an
unnamed group of the state's bodies."""
_INSTITUTION_HEAD_ANY = re.compile("|".join(_INSTITUTION_HEADS))
"""Any of the head nouns, anywhere in a block: a token that is one is in the block's text, so a
block without any (most paragraphs) needs no pass over its tokens."""
_LEADER_HEADS = {"government", "administration"}
"""What a person's name owns as an institution: "Mr Lee's government" (his ministry is no body)."""
_SUB_BODY_HEADS = {"committee", "commission"}
"""What an organization's name owns as a sub-organization ("the Football League's disciplinary committee")."""


def _institutions(document: Document, parsed: list[tuple[Block, object]], found: list[Mention],
                  g: Gazetteer) -> list[Mention]:
    """An institution named by its owner and a lowercase head noun (:data:`_INSTITUTION_HEADS`):
    "Ruritania's anti-fraud commission", "Mr Lee's government", "the Ruritanian authorities". The
    whole phrase is a mention of its own (the gold rule for sub-organizations: the mention keeps the
    possessor), added beside the owner's mention, which stays. The owner is a possessive name
    (a state or place; a person for a government; an organization for a committee) or a state's
    name or nationality word as a modifier; at most two lowercase modifiers stand between
    ("environment", "disciplinary"). A head inside a name already found is left alone."""
    by_end = {m.end: m for m in found}
    taken = [(m.start, m.end) for m in found]
    extra = []
    for block, doc in parsed:
        if not _INSTITUTION_HEAD_ANY.search(block.text):
            continue
        for tok in doc:
            kind = _INSTITUTION_HEADS.get(tok.text)
            if kind is None or tok.pos_ not in ("NOUN", "PROPN") or tok.i == 0:
                continue
            e = block.pos_end(tok.idx + len(tok.text))
            if any(s < e and block.pos(tok.idx) < t for s, t in taken):
                continue
            j = _premodifiers_start(doc, tok.i)
            span = _institution_owner(doc, block, j, tok.text, by_end, g)
            if span is None:
                continue
            s, kind_key = span
            label = document.text[s:e]
            if kind == "UnnamedSource":
                extra.append(Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-group", 0.6,
                                     unnamed_key(document.sha256, label)))
            else:
                cls = "Organization" if kind_key == "sub-body" else kind  # a body's committee: a sub-organization
                extra.append(Mention(s, e, label, "Organization", cls, "institution", 0.6, normalize(label)))
    if not extra:
        return found
    return sorted(found + extra, key=lambda m: (m.start, m.end))


def _premodifiers_start(doc, i: int, most: int = 2) -> int:
    """The index of the token before the lowercase premodifiers of token ``i`` (at most ``most``
    words, a hyphenated word counting once: "anti-fraud", "environment")."""
    j, words = i - 1, 0
    while j > 0:
        k = j
        while k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
            k -= 2  # "anti-fraud": one word of three tokens
        piece = doc[k:j + 1]
        if words == most or not all(t.text == "-" or t.text.islower() and t.is_alpha for t in piece) \
                or doc[j].pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        words, j = words + 1, k - 1
    return j


def _institution_owner(doc, block: Block, j: int, head: str, by_end: dict[int, Mention],
                       g: Gazetteer) -> tuple[int, str] | None:
    """(start of the phrase, "state" or "sub-body") when the token at ``j`` (right before the head
    and its lowercase modifiers) ends an owner that may own a ``head``; None otherwise."""
    tok = doc[j]
    if tok.tag_ == "POS" and j > 0:  # "Ruritania's ...": the possessor's mention ends before "'s"
        owner = by_end.get(block.pos_end(doc[j - 1].idx + len(doc[j - 1].text)))
        if owner is None or owner.category == "UnnamedSource":
            return None
        if owner.kind == "Country" or owner.category == "Place" and head in _LEADER_HEADS | {"authorities"}:
            return owner.start, "state"
        if owner.category == "Person" and head in _LEADER_HEADS:
            return owner.start, "state"
        if owner.category == "Organization" and head in _SUB_BODY_HEADS:
            first = doc[j - 1 - len(owner.text.split())] if j - 1 - len(owner.text.split()) >= 0 else None
            if first is not None and first.text[:1].isupper() and g.country_of_demonym(first.text) is not None:
                return block.pos(first.idx), "sub-body"  # "Ruritanian FA's disciplinary committee"
            return owner.start, "sub-body"
        return None
    if not tok.text[:1].isupper() or tok.dep_ not in ("amod", "compound", "nmod"):
        return None
    owner = by_end.get(block.pos_end(tok.idx + len(tok.text)))
    place = owner is not None and (owner.kind == "Country" or owner.category == "Place" and head in _LEADER_HEADS)
    if not place and g.country_of_demonym(tok.text) is None:
        return None
    start = owner.start if owner is not None and place else block.pos(tok.idx)
    k = j - 1
    while k >= 0 and doc[k].text[:1].isupper() and g.country_of_demonym(doc[k].text) is not None:
        start, k = block.pos(doc[k].idx), k - 1  # "Greek Cypriot government"
    return start, "state"
