"""Organizations a text refers back to rather than names: the antecedent of a possessive ("its
founder X", "Moldova ... its president X"), of a definite description ("the firm said", "the
organisation's director X", "chief executive of the Frankfurt-based exchange"), the organization
named in apposition (", the Bundesbank,") or after a name ("X of Acme"), and the opposition party a
"shadow" title belongs to. The roles (:mod:`kg.extract.roles`) and the claimants
(:mod:`kg.extract.claims`) take them up the same way."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..model import Mention
from . import discourse
from .context import Context
from .names import normalize

POSSESSIVE_PRONOUNS = {"its", "their"}
"""Possessives that open a title whose organization is named before ("its founder X")."""


def antecedent_org(ctx: Context, offset: int, *, state_office: bool = False) -> Mention | None:
    """The organization a possessive "its"/"their" at ``offset`` refers to ("Yukos claims ... its
    founder X"): the last organization named before it in its sentence, else the subject of the
    sentence before (the last one of the paragraph before, for a paragraph's first sentence), when
    that is an organization or a description that takes one up ("The firm said ... Chairman X
    said", :func:`described_org`). With ``state_office`` (an "its" before an office of a state,
    such as "president"), the state that is the subject of its clause comes first, when no
    organization is named between them (:func:`_subject_state`)."""
    found = ctx.block_of(offset)
    tok = ctx.token_at(offset)
    if found is None or tok is None:
        return None
    block, doc = found
    sent = tok.sent
    before = [m for m in ctx.within(block.pos(sent.start_char), offset) if m.category == "Organization"]
    state = _subject_state(ctx, block, tok) if state_office and tok.lower_ == "its" else None
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
            if m is None and t.lemma_.lower() in ORG_NOUNS:
                m = described_org(ctx, block, t)  # "The firm said ... Chairman X said": the firm taken up
            return m if m is not None and m.category == "Organization" else None
    return None


def _subject_state(ctx: Context, block, tok) -> Mention | None:
    """The state that is the subject of the clause a possessive at ``tok`` is in ("Moldova has been
    ruled by its president X"): a possessive pronoun refers back to the subject of its own clause
    first, and a state has a president or ministers the way an organization has a chairman."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    for t in head.children:
        if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i:
            m = ctx.of_token(block, t)
            return m if m is not None and m.kind == "Country" else None
    return None


def opposition_party(ctx: Context, offset: int) -> Mention | None:
    """The party whose shadow cabinet a "shadow" title names: the one party named in the title's
    sentence; None otherwise. The party named nearest, or the only one a story names, is often the
    governing one ("Labour's plans ... shadow chancellor X accused the government"): neither decides."""
    pool = [m for m in ctx.sentence_mentions(offset) if m.kind == "PoliticalParty"]
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


def subjects_before(ctx: Context, block, tok):
    """The subjects that "it", "the company" and the like may take up, nearest first: the main
    subject of their own sentence when it comes before them ("The government is cracking down on
    estates, which it says are idle"), then the main subject of each of the (up to three)
    sentences before (for an existential "There was ...", the subject of the clause under it);
    none inside quoted speech. Yields (block, token)."""
    main = discourse.subject(tok.sent.root)
    if main is not None and main.i < tok.i and tok not in set(main.subtree) and not discourse.quoted(block, main):
        yield block, main
    at = tok
    for _ in range(3):
        found = discourse.previous_sentence(ctx, block, at)
        if found is None:
            return
        block, sent = found
        subject = discourse.subject(sent.root)
        if subject is None and any(c.dep_ == "expl" and c.lower_ == "there" for c in sent.root.children):
            # "There was an outcry when the council published its plans.": an existential main
            # clause names no one, the subject of the clause under it is who the story is about
            subject = next((t for t in sent if t.dep_ == "nsubj" and t.head != sent.root and t.tag_ != "WDT"), None)
        if subject is not None and not discourse.quoted(block, subject):
            yield block, subject
        at = sent[0]


ORG_NOUNS = {
    **dict.fromkeys(("company", "firm", "corporation", "conglomerate", "business", "bank", "carrier", "airline",
                     "retailer", "chain", "manufacturer", "maker", "giant", "operator", "insurer", "lender",
                     "broadcaster", "supplier", "producer", "distributor", "publisher", "developer", "brewer",
                     "miner", "utility", "multinational", "subsidiary", "bourse", "exchange", "carmaker"),
                    ("Company", "Organization")),
    **dict.fromkeys(("union", "charity", "club", "association", "federation", "organisation", "organization",
                     "campaign", "alliance", "coalition", "society", "foundation", "trust", "watchdog"),
                    ("Organization", "NonGovernmentalOrganization", "Company")),
    "party": ("PoliticalParty", "Organization"),
}
"""Head nouns of definite descriptions that take up a named organization ("the firm", "the
union") → the actor classes they can describe."""


def described_org(ctx: Context, block, tok) -> Mention | None:
    """The organization "the firm", "the company", "the union" (a bare definite description as a
    cue's subject) takes up: the nearest subject before it that is such an organization, else
    the latest one named outside quoted speech within about three paragraphs. An organization
    of the noun's own class comes first ("the company" is Acme Ltd, not a union named since); one
    whose name ends in a noun of another class ("... Workers Union") is never "the company". A
    nationality before the noun ("the German exchange") rules out an organization whose name says
    another state ("London Metal Bourse"), and one whose name says that state comes first."""
    noun = tok.lemma_.lower()
    kinds = ORG_NOUNS.get(noun)
    if (kinds is None or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
            or any(c.dep_ in ("compound", "amod", "nmod", "poss") and not describes(ctx, block, c) for c in tok.children)):
        return None  # (a nationality or a trade may qualify it: "the US company", "the search giant")

    nations = {key for c in tok.children if c.dep_ in ("amod", "compound", "nmod") for key in _countries(c.text)}
    named_states: dict[str, set[str]] = {}

    def states_of(key: str) -> set[str]:
        if key not in named_states:
            named_states[key] = _countries_named(ctx, key)
        return named_states[key]

    def fits(m: Mention | None, exact: bool) -> bool:
        if m is None or m.category != "Organization" or m.kind not in (kinds[:1] if exact else kinds):
            return False
        if nations and (named := states_of(m.key)) and not nations & named:
            return False  # "the German exchange" is no "London ..." exchange
        last = m.text.split()[-1].lower()
        return last == noun or last not in ORG_NOUNS or ORG_NOUNS[last] == kinds

    subjects = []
    for b, subject in subjects_before(ctx, block, tok):
        # the subject itself, then the organization it speaks for ("a spokesman for Acme")
        subjects.append(ctx.of_token(b, subject))
        subjects += [ctx.of_token(b, t) for t in subject.subtree if t != subject]
    offset = block.pos(tok.idx)
    quoted = [(b.pos(qs), b.pos_end(qe)) for b, _ in ctx.parsed for qs, qe in discourse.quotes(b)]
    i = bisect.bisect_left([m.start for m in ctx.mentions], offset) - 1
    named = []
    while i >= 0 and offset - ctx.mentions[i].end < 1500:
        m = ctx.mentions[i]
        if m.end <= offset and not any(qs <= m.start < qe for qs, qe in quoted):
            named.append(m)
        i -= 1
    # a specific noun ("the company") prefers its own class; a generic one ("the organisation")
    # takes the nearest organization of any of its classes. Among the ones named (not subjects),
    # a description takes up an organization the story has named again and again before one it
    # named once in passing ("portals such as A and B"), nearest first within each.
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.start < offset:
            counts[m.key] = counts.get(m.key, 0) + 1
    named.sort(key=lambda m: counts.get(m.key, 0) < 2)  # stable: nearest first within each
    # The subject of the sentences just before comes first, of the noun's own class or not
    # ("Rival suitor Euronext upped the ante. ... the pan-European bourse said"): centering.
    # With a nationality ("the German exchange"), one whose name says that state comes first.
    for confirmed in ((True, False) if nations else (False,)):
        for group in (subjects, named):
            for exact in ((True, False) if kinds[0] != "Organization" else (False,)):
                for m in group:
                    if fits(m, exact) and (not confirmed or nations & states_of(m.key)):
                        return m
    return None


@lru_cache(maxsize=1 << 12)
def _state_entries(word: str) -> tuple:
    """The gazetteer's states a word names: (by nationality, by name, by capital), each or None."""
    from .gazetteer import load

    g = load()
    entry = g.lookup(word)
    return (g.country_of_demonym(word), entry if entry is not None and entry.kind == "Country" else None,
            g.country_of_capital(entry.key) if entry is not None else None)


def _countries(word: str) -> set[str]:
    """The states a word names, by name, nationality or capital ("German", "Germany", "Berlin"),
    with the state a country lies in ("Scotland": also the United Kingdom)."""
    states = [e for e in _state_entries(word) if e is not None]
    return {e.key for e in states} | {normalize(e.country) for e in states if e.country}


def _countries_named(ctx: Context, key: str) -> set[str]:
    """The states that the names of an organization name ("London Metal Bourse": the United Kingdom)."""
    return {country for m in ctx.mentions if m.key == key for word in m.text.split() for country in _countries(word)}


DISTINGUISHING = {"other", "another", "new", "second", "third", "former", "separate", "different", "smaller",
                  "larger", "bigger", "foreign"}
"""Adjectives that set a firm apart from the one the story is about ("the other company", "a
second firm"): with them a description introduces an organization, it does not take one up."""


def describes(ctx: Context, block, mod) -> bool:
    """Whether a modifier before an organization noun only describes the organization the story
    names, so the description still takes it up: its nationality or region ("the US company",
    "the pan-European bourse"), its trade ("the search giant", "the chemicals-and-crops firm",
    lowercase words). Not a name ("the Acme subsidiary"), a tie to another firm ("the parent
    company") or a contrast ("the other firm")."""
    words = [t for t in mod.subtree if not t.is_punct and t.dep_ != "cc"]
    if any(t.lower_ in RELATIVE_FIRMS or t.lower_ in DISTINGUISHING for t in words):
        return False
    if any((m := ctx.at(block.pos(t.idx), block.pos_end(t.idx + len(t.text)))) is not None
           and m.category != "Place" and not country_word(t.text) for t in words):
        return False  # a named actor ("the Acme unit"); a place qualifies it ("the US firm", "the Paris-based bank")
    return all(t.text.islower() or country_word(t.text) or t.ent_type_ in ("NORP", "GPE", "LOC") for t in words)


RELATIVE_FIRMS = {"parent", "rival", "sister", "partner", "holding", "subsidiary", "target", "takeover", "merger"}
"""Nouns that, before "company" or "firm", name a firm by its tie to another ("the parent
company"): not the firm the story has been about."""


def country_word(text: str) -> bool:
    """Whether a word is a state's name or nationality word ("Russian", "Uganda")."""
    demonym, named, _ = _state_entries(text)
    return demonym is not None or named is not None
