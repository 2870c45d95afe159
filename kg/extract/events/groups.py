"""Unnamed actors: groups ("eight protesters", "police", "World Bank officials") and people ("a
blogger", "three men", "unnamed individuals") that an event names without a name, made into new
unregistered mentions that :func:`~kg.extract.events.records._record` adds to the document when an
event keeps them; and the small helpers on mentions that the later modules use (:func:`_at`,
:func:`_can_act`, :func:`_unique`, :func:`_named`, :func:`_register`)."""
from __future__ import annotations

import dataclasses

from ...model import Mention
from ..context import Context, unnamed_key
from ..titles import ROLE_NOUNS
from .lexicon import ACTING, GROUPS, PATIENT_NOUNS, PERSON_NOUNS, _DEFINITE_PEOPLE, _GROUP_PRONOUNS
from .syntax import _headline_passive, _prep_objects, _verbal


def _at(block, tok, m: Mention | None) -> Mention | None:
    """An antecedent's mention moved to its anaphor, so that evidence spans stay on the words that report."""
    if m is None:
        return None
    start, end = block.pos(tok.idx), block.pos_end(tok.idx + len(tok.text))
    return dataclasses.replace(m, start=start, end=end, text=block.text[tok.idx:tok.idx + len(tok.text)])


def _group(ctx: Context, block, tok) -> Mention | None:
    """An unnamed group that acts ("Eight protesters", "police", "record companies"), or the group a
    plural anaphor refers back to ("they", "the men"): the last unnamed group of the document named
    shortly before. A new group is returned unregistered; :func:`_record` adds it to the document's
    mentions only when an event keeps it, so that a group in a place phrase or a dropped candidate
    makes no actor."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in tok.children)
    if lower in _GROUP_PRONOUNS or definite and lower in _DEFINITE_PEOPLE:
        offset = block.pos(tok.idx)
        for m in reversed(ctx.mentions):
            if m.end <= offset and m.category == "UnnamedSource" and offset - m.end < 800 \
                    and "unspecified" not in m.key:
                return _at(block, tok, m)
        if lower in _GROUP_PRONOUNS:
            return None
    counted_people = tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS") and (any(
        c.dep_ == "nummod" for c in tok.children) or definite and _same_group(ctx, tok, block.pos(tok.idx)) is not None)
    # "four Britons", "two Americans", and "the Britons" after them; "Palestinians" is a population
    if (lemma not in ACTING and not counted_people) or tok.tag_ not in ("NNS", "NNPS") and lemma != "police":
        return None
    bodies = [c for c in tok.children if (c.dep_ in ("poss", "compound", "amod", "nmod")
                                          or c.dep_ == "prep" and c.lower_ in _BODY_PREPS) and _named(ctx, block, c)]
    if bodies and not (lemma in _POSTS and not definite and _organizations(ctx, block, bodies)):
        return None  # "the Hamas officials" refers back to the body's people named before: the body  # "Hamas militants", "militants of the party": the named body acts; "inmates at X" are unnamed
    s, e = _group_span(ctx, block, tok, bodies)
    label = ctx.document.text[s:e]
    earlier = _same_group(ctx, tok, s)
    if earlier is not None:  # "five public sector unions ... the five unions": one group
        return dataclasses.replace(earlier, start=s, end=e, text=label)
    return Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-group", 0.6,
                   unnamed_key(ctx.document.sha256, label))


def _same_group(ctx: Context, tok, offset: int) -> Mention | None:
    """An unnamed group named before that a later description repeats: same head noun, and the
    same number ("five unions") or a definite article ("the protesters"); "other unions" is new."""
    number = {c.lower_ for c in tok.children if c.dep_ == "nummod"}
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)
    if not (number or definite) or any(c.lower_ in ("other", "another", "more") for c in tok.children):
        return None
    for m in reversed(ctx.mentions):
        words = m.text.lower().split()
        if m.end <= offset and m.category == "UnnamedSource" and words and words[-1] == tok.lower_ \
                and (not number or number <= set(words)):
            return m
    return None


_QUANTIFIERS = {"some", "many", "several", "few", "most", "all", "both"}
_POSTS = {"official", "judge", "boss", "director", "executive", "figure", "leader", "minister", "mp", "mep",
          "lawmaker", "legislator", "senator", "manager", "diplomat"}
"""Plural nouns for holders of posts in a body. Named by the body ("World Bank officials", "three
Appeal Court judges", "Acme bosses"), they are a group of their own, an unnamed actor
beside the body (the guideline's "UKIP officials"): the text says that some of the body's people
acted, not the body. Members at large ("Hamas militants") stand for the body itself."""


def _organizations(ctx: Context, block, modifiers) -> bool:
    """Whether one of a noun's premodifiers names an organization as the body its people belong
    to: a noun modifier or possessor ("World Bank officials", "Acme's bosses"). States, places and
    nationality words are left out ("Iranian officials", "US officials" stay the state's, as in the
    seed guideline), and so are pronouns ("his leaders") and "of" phrases ("officials of the
    party" stay the party's: the rules so far, which no gold case contradicts yet)."""
    for c in modifiers:
        if c.dep_ == "prep" or c.tag_ == "PRP$":
            continue
        for node in [c]:
            for t in node.subtree:
                m = ctx.of_token(block, t)
                if m is not None and m.category == "Organization" and m.kind not in ("UnnamedSource",) \
                        and m.method != "demonym":
                    return True
    return False


def _body_noun(tok) -> bool:
    """Whether a noun names bodies by kind and nationality ("Norwegian telecoms firms"): a plural
    group noun with a nationality word before it."""
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in ACTING and any(
        t.ent_type_ == "NORP" for t in tok.lefts)


def _group_span(ctx: Context, block, tok, bodies) -> tuple[int, int]:
    """The span of an unnamed group: the head noun with its premodifiers (a number, a quantifier,
    adjectives and noun modifiers: "animal rights groups", "three Appeal Court judges"); for a
    group of post holders named by their body (``bodies``) also a possessor ("Acme's bosses"); and
    a short "from"/"of"/"for"/"with" phrase right after the noun that names the body or, for post
    holders, bodies by kind and nationality ("executives from Norwegian telecoms firms"), as for
    unnamed sources (a long phrase stays out: "ministers from 23 countries")."""
    deps = ("amod", "compound", "nummod", "det", "nmod") + (("poss",) if bodies else ())
    left = [t for t in tok.lefts if t.dep_ in deps and t.i >= tok.i - 3 and t.tag_ != "PRP$"]
    first = min([tok] + [t.left_edge for t in left if t.dep_ != "det" or t.lower_ in _QUANTIFIERS], key=lambda t: t.i)
    last = tok
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in _BODY_PREPS
                 and (c in bodies or tok.lemma_.lower() in _POSTS)), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is not None and pobj.right_edge.i - tok.i <= 5 and (prep in bodies or _body_noun(pobj)):
        last = pobj.right_edge
    return block.pos(first.idx), block.pos_end(last.idx + len(last.text))
_BODY_PREPS = {"of", "from", "for", "with"}
"""Prepositions whose named object is the body a group belongs to ("officials of the party", "a
spokesman for Acme"); "in"/"at" name where the group is ("inmates at Guantanamo Bay")."""


def _unnamed_parties(ctx: Context, block, tok) -> tuple[list[Mention], list[Mention]]:
    """Agent and targets of an event whose arguments name no actor but stand for people: news
    reports "a blogger has been jailed", "terror suspects detained without trial", "bailiffs
    seized the assets" before (or without) naming them. The people become unnamed participants
    (as unnamed groups do), so that the event is kept: its subject or "by" phrase acts, its
    object, passive subject, the noun a participle modifies, or a noun's "against"/"of" phrase
    undergoes it. Pronouns are left out: their antecedent is the resolver's business."""
    def people(nodes) -> list[Mention]:
        out = []
        for node in nodes:
            for t in [node, *node.conjuncts]:
                m = _unnamed_person(ctx, block, t)
                if m is not None and m not in out:
                    out.append(m)
        return out
    if _verbal(tok):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if _headline_passive(ctx, block, tok):
            subjects, patients = [], patients + subjects  # "Two bankers jailed": the bankers are jailed
        subjects += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            patients.append(tok.head)  # "suspects detained without trial"
        return people(subjects), people(patients)
    if tok.pos_ != "NOUN":
        return [], []
    owners = [c for c in tok.children if c.dep_ == "poss"] + list(_prep_objects(tok, "by"))
    undergoers = list(_prep_objects(tok, "against", "of", "on", "for"))
    if tok.lemma_.lower() in PATIENT_NOUNS:
        owners, undergoers = list(_prep_objects(tok, "by")), undergoers + [c for c in tok.children if c.dep_ == "poss"]
    return people(owners), people(undergoers)


def _unnamed_person(ctx: Context, block, tok) -> Mention | None:
    """An unnamed person or group a noun phrase stands for ("an Iranian weblogger", "terror suspects",
    "the Britons"), as a new unregistered unnamed mention (see :func:`_group`); None for pronouns,
    names, and nouns that are not people."""
    if tok.pos_ not in ("NOUN", "PROPN") or ctx.of_token(block, tok) is not None:
        return None
    group = _group(ctx, block, tok)
    if group is not None:
        return group
    if tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() not in PERSON_NOUNS | set(ROLE_NOUNS):
        return None  # a name left untaken, a people ("Palestinians"), a thing: no unnamed person
    if tok.lower_ in _GENERIC_PEOPLE and not any(c.dep_ in _PEOPLE_MODIFIERS for c in tok.children):
        return None  # "to force people to use", "detained people without trial": people at large, no group
    if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None  # "the prime minister conceded": a definite office holder is someone named, not unnamed
    if any(c.dep_ in ("poss", "compound", "nmod") and _named(ctx, block, c) for c in tok.children):
        return None  # "Hamas fighters", "the party's leader": the named body or person acts
    left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nummod", "nmod") and t.i >= tok.i - 3]
    first = min([tok] + [t.left_edge for t in left], key=lambda t: t.i)
    s, e = block.pos(first.idx), block.pos_end(tok.idx + len(tok.text))
    label = ctx.document.text[s:e]
    earlier = _same_group(ctx, tok, s)
    if earlier is not None:  # "the Britons" after "four Britons"
        return dataclasses.replace(earlier, start=s, end=e, text=label)
    return Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-group", 0.6,
                   unnamed_key(ctx.document.sha256, label))


_PARTITIVES = {"number", "handful", "dozen", "dozens", "couple", "group", "total", "string", "series"}
"""Nouns that count what their "of" phrase names ("a number of lenders", "a handful of activists")."""
_UNNAMED_ADJECTIVES = {"unnamed", "anonymous", "unidentified", "unknown"}
"""Adjectives that say a group is a specific one the text does not name ("unnamed individuals")."""
_COUNTED_HEADS = {"bank", "lender", "individual", "man", "woman", "people", "person"}
"""People and firms besides :data:`GROUPS` and :data:`PERSON_NOUNS` that an event names by number
only: "sued 45 banks", "sued three men"."""


def _counted_people(ctx: Context, block, tok) -> list[Mention]:
    """The unnamed group an object of an event stands for when the phrase picks out a definite set
    by counting it or saying it is unnamed ("sued 45 banks", "sued three men", "legal action
    against a number of lenders", "a lawsuit against unnamed individuals", "arrested about 20
    journalists"), also after a named agent: the defendants, detainees or people met are the
    event's target. A bare plural after a named agent is left alone: it is mostly generic ("laws
    stop net firms handing over data", "powers to detain suspects")."""
    out = []
    for t in [tok, *tok.conjuncts]:
        head, first = t, None
        if t.lemma_.lower() in _PARTITIVES:  # "a number of lenders": the group is the whole phrase
            head = next(iter(_prep_objects(t, "of")), None)
            if head is None:
                continue
            first = t.left_edge
        if head.tag_ not in ("NNS", "NNPS") or ctx.of_token(block, head) is not None:
            continue
        lemma = head.lemma_.lower()
        if lemma not in GROUPS | PERSON_NOUNS | _COUNTED_HEADS and head.lower_ not in _COUNTED_HEADS:
            continue
        counted = first is not None or any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in _QUANTIFIERS - {"all"}
                                           or c.dep_ == "amod" and c.lower_ in _UNNAMED_ADJECTIVES for c in head.children)
        if not counted or any(c.dep_ in ("poss", "compound", "nmod") and _named(ctx, block, c) for c in head.children):
            continue
        m = _unnamed_person(ctx, block, head) or _group(ctx, block, head)
        if m is None and lemma in _COUNTED_HEADS | {"men", "women"}:
            s, e = _group_span(ctx, block, head, [])
            label = ctx.document.text[s:e]
            m = Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-group", 0.6,
                        unnamed_key(ctx.document.sha256, label))
        if m is not None and first is not None and m.method == "unnamed-group" and block.pos(first.idx) < m.start:
            s = block.pos(first.idx)
            label = ctx.document.text[s:m.end]
            m = dataclasses.replace(m, start=s, text=label, key=unnamed_key(ctx.document.sha256, label))
        if m is not None and m not in out:
            out.append(m)
    return out


_GENERIC_PEOPLE = {"people", "persons", "men", "women"}
"""Plural nouns for humans in general: bare, they name no group ("force people to ..."); a
quantifier, a number or a modifier makes one ("some people", "three men", "local people")."""
_PEOPLE_MODIFIERS = {"det", "nummod", "amod", "compound", "nmod", "poss", "prep", "quantmod"}


def _named(ctx: Context, block, tok) -> bool:
    """Whether a modifier names an actor (directly or through its own words)."""
    return any(ctx.of_token(block, t) is not None for t in tok.subtree)


def _register(ctx: Context, mentions: list[Mention]) -> None:
    """Add the new unnamed groups an event keeps to the document's mentions (once per span)."""
    added = False
    for m in mentions:
        if m.method == "unnamed-group" and not any(x.key == m.key and x.start == m.start for x in ctx.mentions):
            ctx.mentions.append(m)
            added = True
    if added:
        ctx.reindex()


def _can_act(m: Mention) -> bool:
    """Persons, organizations, states (countries, geopolitical entities, a capital for its government) act."""
    return m.category != "Place" or m.kind == "Country" or "GPE" in m.method or "metonymy" in m.method


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out
