"""Who a word stands for: the actor mentions of a token (:func:`_actors`, through conjunctions,
appositions, relative pronouns, group and post nouns and "such as" lists) and of a single word
(:func:`_mention`), with the anaphors the event rules resolve themselves: "it" and "he"/"she",
"I"/"we" inside a quotation, "they", definite descriptions ("the firm", "the country", "the
26-year-old", "the prince") and pairs ("both sides", "the two countries": :func:`pair_of`, which
the claims extractor uses too)."""
from __future__ import annotations

import re

from ...model import Mention
from .. import discourse
from ..context import Context
from ..discourse import CUES, HONORIFICS
from ..titles import ROLE_NOUNS
from .lexicon import ANAPHORIC_GROUPS, GROUP_NOUNS, RELATION_OBJECTS, _PRONOUNS
from .groups import _POSTS, _at, _can_act, _group, _organizations


def _mention(ctx: Context, block, tok) -> Mention | None:
    m = ctx.of_token(block, tok)
    if m is not None:
        return m
    lower = tok.lower_
    if lower == "its" and tok.dep_ == "poss" and tok.head.dep_ == "dobj":
        subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        return ctx.of_token(block, subject) if subject is not None else None  # "X expressed its readiness": X
    if lower == "its" and tok.dep_ == "poss":
        found = _it(ctx, block, tok)  # "thanked Iran for its support": the organization or state named last
        return found[0] if found else None
    if lower in _PRONOUNS:
        return _at(block, tok, ctx.before(block.pos(tok.idx), category=_PRONOUNS[lower]))
    if lower in _FIRST_PERSON:
        return _at(block, tok, _speaker(ctx, block, tok))
    described = _described_person(ctx, block, tok)
    if described is not None:
        return described
    if tok.tag_ == "JJ" or tok.pos_ == "ADJ" and tok.dep_ == "amod":
        return ctx.demonym(block.pos(tok.idx), tok.text)
    definite = any(c.lower_ in ("the", "this", "that") and c.dep_ == "det" for c in tok.children)
    if definite and tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in DEFINITE_BODIES:
        found = _named_body(ctx, block, tok)
        if found is not None:
            return found
    if definite and tok.tag_ == "NN" and tok.lemma_.lower() in ROLE_NOUNS:
        found = _titled_person(ctx, block, tok)  # "the prince", "the foreign minister": the person named so
        if found is not None:
            return _at(block, tok, found)
    if tok.lemma_.lower() in COUNTRY_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and not any(c.dep_ in ("amod", "compound", "prep", "nummod") for c in tok.children):
        return _the_country(ctx, block, tok)
    if definite and tok.tag_ == "NN" and tok.lemma_.lower() not in DEFINITE_BODIES:
        found = _named_by_words(ctx, block, tok)
        if found is not None:
            return found
    if tok.lemma_.lower() in ANAPHORIC_GROUPS and definite:
        offset = block.pos(tok.idx)  # "the Gaza-based movement", "the group": the organization named last
        m = ctx.before(offset, category="Organization")
        return _at(block, tok, m) if m is not None and offset - m.end < 400 else None
    return None


def _aged(tok) -> bool:
    """Whether a word is an age in years ("26-year-old", parsed as "old" with "year" below it)."""
    return tok.lower_ == "old" and any(c.lemma_.lower() == "year" for c in tok.children)


def _described_person(ctx: Context, block, tok) -> Mention | None:
    """The person a definite description of the story's people stands for, which news uses
    instead of the name once it has been given: an age ("the 26-year-old", "the 31-year-old
    striker") is the person the headline names, when it names one and only one; a bare noun
    ("the rapper", "the chef") is the person named with that noun as a title right before the
    name or in an apposition ("Rapper Jo Bloggs", "Jo Bloggs, the chef,"), as for office titles
    (:func:`_titled_person`). Descriptions with other modifiers ("the other player") or that the
    story never attached to a name stay unresolved."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in ("poss", "prep", "relcl", "acl", "compound", "nmod", "nummod") for c in tok.children):
        return None
    mods = [c for c in tok.children if c.dep_ == "amod"]
    if _aged(tok) or len(mods) == 1 and _aged(mods[0]) and tok.tag_ == "NN":
        title = ctx.document.title_span
        if title is None:
            return None
        people = [m for m in ctx.mentions if m.category == "Person" and title.start <= m.start < title.end]
        return _at(block, tok, people[0]) if people and len({m.key for m in people}) == 1 else None
    if mods or tok.tag_ != "NN" or tok.lemma_.lower() in ROLE_NOUNS or tok.lemma_.lower() in DEFINITE_BODIES:
        return None  # office titles are :func:`_titled_person`'s; bodies are :func:`_named_body`'s
    return _at(block, tok, discourse.holder(ctx, block.pos(tok.idx), [tok.lower_]))


COUNTRY_NOUNS = {"country", "nation"}
"""Nouns that, bare and definite ("the country", "the nation's elections"), refer back to a state."""


def _the_country(ctx: Context, block, tok) -> Mention | None:
    """The state "the country" refers back to: the last country named shortly before, as a
    definite description takes the nearest fitting antecedent ("Iraq ... elections in the
    country"); none when no country was named in the last few sentences ("this country" in a
    quote, the speaker's own, is left alone)."""
    offset = block.pos(tok.idx)
    m = ctx.before(offset, kind="Country")
    return _at(block, tok, m) if m is not None and offset - m.end < 400 else None


DEFINITE_BODIES = {"government": ("GovernmentBody", "Country"), "administration": ("GovernmentBody", "Country"),
                   "regime": ("GovernmentBody", "Country"), "police": (), "court": ("GovernmentBody",),
                   "parliament": ("GovernmentBody",), "commission": ("GovernmentBody",),
                   "council": ("GovernmentBody",), "party": ("PoliticalParty",), "union": (),
                   "firm": ("Company", "Organization"), "company": ("Company", "Organization"),
                   "corporation": ("Company", "Organization"), "bank": ("Company",), "group": ("Company",),
                   "giant": ("Company", "Organization")}
"""Heads of definite descriptions that refer back to a body the story names ("the government"
after "the Venezuelan government", "the firm" after "Yukos", "the party" after "UKIP"), with the
classes such a body may have: news names a body once and then uses the bare noun."""


def _named_body(ctx: Context, block, tok) -> Mention | None:
    """The body a definite description refers back to: the last mention before it whose name has
    the same head word ("Gloucestershire Police" for "the police"), else, within a paragraph or two,
    the last actor of a fitting class ("Yukos" for "the firm")."""
    offset = block.pos(tok.idx)
    head = tok.lemma_.lower()
    for m in reversed(ctx.mentions):
        if m.end <= offset and m.category == "Organization" and head in m.text.lower().split():
            return _at(block, tok, m)
    kinds = DEFINITE_BODIES[head]
    m = ctx.before(offset)
    while m is not None and offset - m.end < 600:
        if m.kind in kinds and (m.category == "Organization" or m.method != "demonym"):
            return _at(block, tok, m)
        m = ctx.before(m.start)
    return None


_FIRST_PERSON = {"i": "Person", "me": "Person", "my": "Person", "we": "group", "us": "group", "our": "group"}
"""First-person pronouns → what their speaker must be: "I" is one person; "we" a body, a state or a
group speaking as one (a person's "we" may be a firm, a party or a family: left unresolved)."""


def _speaker(ctx: Context, block, tok) -> Mention | None:
    """Who says "I" or "we" inside a direct quotation: the subject of the reporting verb outside the
    quotation in the sentences it touches ("“I reject that,” Mr Roe said", "Acme said: “We will
    appeal.”"), the cue nearest the quotation first. A first person outside quotes is the
    writer's; a speaker of the wrong kind ("we" said by one person) or none found: no antecedent."""

    quotes = discourse.quotes(block)
    inside = next(((qs, qe) for qs, qe in quotes if qs <= tok.idx < qe), None)
    if inside is None:
        return None
    qs, qe = inside
    cues = []
    for sent in tok.doc.sents:
        if sent.end_char < qs - 1 or sent.start_char > qe + 1:
            continue
        for t in sent:
            if t.pos_ == "VERB" and t.lemma_.lower() in CUES and not any(a <= t.idx < b for a, b in quotes) \
                    and any(c.dep_ == "nsubj" for c in t.children):
                cues.append((min(abs(t.idx - qs), abs(t.idx - qe)), t.i, t))
    if not cues:
        return None
    cue = min(cues)[2]
    speakers = [m for c in cue.children if c.dep_ == "nsubj" for m in _actors(ctx, block, c) if _can_act(m)]
    if len({m.key for m in speakers}) != 1:
        return None
    m = speakers[0]
    if _FIRST_PERSON[tok.lower_] == "Person":
        return m if m.category == "Person" else None
    return m if m.category in ("Organization", "UnnamedSource") or m.kind == "Country" else None


def _titled_person(ctx: Context, block, tok) -> Mention | None:
    """The person a definite title stands for ("the prince has apologised"): the one the claims
    extractor finds named with that title (:func:`kg.extract.discourse.titled`), kept only when the
    title is bound to a mention of that person tightly, right before the name ("Prince Harry",
    "London mayor Ken Roe") or in an apposition after it ("Ken Roe, the mayor,"): in "his term as
    US President, Jane Roe said" the title before the comma is someone else's. A wrong
    participant is worse than none."""

    found = discourse.titled(ctx, block, tok)
    if found is None:
        return None
    words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i] + [tok.lower_]
    title = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.I)
    honorific = "|".join(sorted(HONORIFICS))
    text = ctx.document.text
    for m in ctx.mentions:
        if m.key != found.key or m.end > block.pos(tok.idx):
            continue
        if title.match(m.text) and len(m.text.split()) > 1:
            return found
        before = re.split(r"[.;:!?\n,]", text[max(0, m.start - 40):m.start])[-1]
        if any(re.fullmatch(rf"\s*(?:(?:{honorific})\.?\s+)?", before[t.end():], re.I) for t in title.finditer(before)):
            return found
        after = re.split(r"[.;:!?\n]", text[m.end:m.end + 40])[0]
        if after.startswith(",") and discourse.apposition(after, title):
            return found
    return None


def _named_by_words(ctx: Context, block, tok) -> Mention | None:
    """The organization a definite description names by words of its name ("the London exchange"
    after "the London Stock Exchange", "the Hong Kong bourse" after "Hong Kong Bourse Ltd"): the
    latest organization within a few paragraphs whose name ends in the head noun (the head of an
    English name is its last word) and holds every word that modifies it. A description with any
    other word ("the rival exchange") takes up no one; a bare noun ("the world") is too vague."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    if not mods or any(c.dep_ in ("poss", "prep", "relcl", "acl", "nummod") for c in tok.children):
        return None
    words = {c.lower_ for c in mods}
    offset = block.pos(tok.idx)
    m = ctx.before(offset, category="Organization")
    while m is not None and offset - m.end < 1500:
        name = m.text.lower().split()
        if name[-1] == tok.lower_ and words <= set(name[:-1]):
            return _at(block, tok, m)
        m = ctx.before(m.start, category="Organization")
    return None


def _actors(ctx: Context, block, tok) -> list[Mention]:
    """The actor mentions a token stands for, following conjunctions ("Hamas and the PIJ")."""
    out = []
    for t in [tok, *[c for c in tok.conjuncts]]:
        if (t.lower_ in ("sides", "parties") and any(c.lower_ in ("the", "both", "two") for c in t.children)
                or t.lower_ in PAIR_NOUNS and any(c.lower_ in ("both", "two") for c in t.children)):
            out += [x for x in pair_of(ctx, block, t) if x not in out]  # "the sides broke off their ties"
            continue
        m = _mention(ctx, block, t)
        appositive = next((c for c in t.children if c.dep_ == "appos"), None)
        if m is None and appositive is not None:  # "his Israeli counterpart, Ariel Sharon"
            out += [x for x in _actors(ctx, block, appositive) if x not in out]
            continue
        if m is None and t.lower_ in ("that", "which", "who") and t.head.dep_ == "relcl":
            return _actors(ctx, block, t.head.head)  # the antecedent of a relative pronoun
        if m is None and t.dep_ == "attr" and t.head.lemma_ == "be":
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject is not t:  # "Iran is the only country that ...", "it is the only ..."
                found = _it(ctx, block, subject) if subject.lower_ == "it" else _actors(ctx, block, subject)
                out += [x for x in found if x not in out]
                continue
        if m is None and t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in _POSTS and not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children) and _organizations(ctx, block, [
                c for c in t.children if c.dep_ in ("poss", "compound", "nmod", "prep")]):
            m = _group(ctx, block, t)  # "World Bank officials", "Acme bosses": the post holders act
        if m is None:
            # the head of "members of Iran's Revolutionary Guards", "figures in the wings of Hamas",
            # "Tehran-Hamas ties", "relations between Iran and Hamas"
            relation = t.lemma_.lower() in RELATION_OBJECTS
            for child in t.children:
                group = t.lemma_.lower() in GROUP_NOUNS or t.lower_ in GROUP_NOUNS or t.lemma_.lower() in ROLE_NOUNS
                if child.dep_ in ("prep",) and (child.lower_ in ("of", "from", "in") and group
                                                or relation and child.lower_ in ("between", "with")):
                    for g in child.children:
                        if g.dep_ == "pobj":  # "figures in the wings of Hamas", not "figures in Lebanon"
                            out += [x for x in _actors(ctx, block, g) if x not in out
                                    and not (child.lower_ == "in" and x.category == "Place")]
                elif relation and child.dep_ in ("compound", "poss", "amod", "nmod"):
                    for g in child.subtree:
                        x = _mention(ctx, block, g)
                        if x is not None and x not in out:
                            out.append(x)
                elif child.dep_ in ("poss", "compound", "amod") and t.lemma_.lower() in GROUP_NOUNS:
                    m2 = _mention(ctx, block, child)
                    if m2 is not None:
                        out.append(m2)
        if m is None:
            for child in t.children:  # "stars such as X and Y", "firms including X": the examples act
                if child.dep_ == "prep" and (child.lower_ in ("including", "like") or child.lower_ == "as"
                                             and any(g.lower_ == "such" for g in child.children)):
                    for g in child.children:
                        if g.dep_ == "pobj":
                            out += [x for x in _actors(ctx, block, g) if x not in out]
        if m is None and not out:
            m = _group(ctx, block, t)
        if m is None and not out and t.lower_ == "they":
            out += _plural_antecedent(ctx, block, t)
            continue
        if m is not None and m not in out:
            out.append(m)
    return out


def _plural_antecedent(ctx: Context, block, tok) -> list[Mention]:
    """The actors "they" stands for when no unnamed group was named shortly before: the subject
    of its own sentence's main clause when the pronoun sits in a clause below it ("The senior
    figures gave interviews in which they praised X"), else the subject of the sentence before
    ("Acme and Apex met on Monday. They agreed ..."), the usual antecedent of a subject pronoun.
    The candidate must be plural (a plural noun or coordinated names), outside quoted speech,
    and name actors; otherwise "they" stays unresolved."""

    if discourse.quoted(block, tok):
        return []
    candidates = []
    main = discourse.subject(tok.sent.root)
    if main is not None and main.i < tok.i and tok not in set(main.subtree) and main.lower_ != "they":
        candidates.append((block, main))
    elif main is None or main.i >= tok.i:
        found = discourse.previous_sentence(ctx, block, tok)
        if found is not None:
            b, sent = found
            subject = discourse.subject(sent.root)
            if subject is not None:
                candidates.append((b, subject))
    for b, subject in candidates:
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        if not plural or discourse.quoted(b, subject) or subject.pos_ == "PRON":
            return []
        found = [m for m in _actors(ctx, b, subject) if _can_act(m)]
        if found and not (len(found) == 1 and found[0].category == "Person"):
            return [_at(block, tok, m) for m in found]
    return []


PAIR_NOUNS = {"firms", "companies", "countries", "nations", "states", "governments", "groups", "parties", "sides",
               "organisations", "organizations"}
"""Plural heads that, with "the two" or "both", refer back to the last two actors ("the two firms")."""


_PAIR_KINDS = {"countries": ("Country",), "nations": ("Country",), "states": ("Country",)}
"""Plural heads that name what their pair is: "the two countries" are the last two countries named,
even a paragraph back, while "the two sides" are the last two actors named shortly before."""


def pair_of(ctx: Context, block, tok) -> list[Mention]:
    """"The (two) sides", "both parties": the last two actors that can act, named shortly before (the
    claim extractor asks too, for "both firms said");
    "the two countries": the last two countries, named within a few paragraphs."""
    offset = block.pos(tok.idx)
    kinds = _PAIR_KINDS.get(tok.lower_)
    window = 1200 if kinds else 400
    found: list[Mention] = []
    m = ctx.before(offset)
    while m is not None and len(found) < 2 and offset - m.end < window:
        if _can_act(m) and m.category != "Person" and m.key not in {f.key for f in found} \
                and (kinds is None or m.kind in kinds):
            found.append(m)
        m = ctx.before(m.start)
    return [_at(block, tok, f) for f in reversed(found)] if len(found) == 2 else []


def _it(ctx: Context, block, tok) -> list[Mention]:
    """The antecedent of "it": the last organization or state named shortly before."""
    offset = block.pos(tok.idx)
    m = ctx.before(offset)
    while m is not None and not (m.category == "Organization" or m.kind == "Country" or "metonymy" in m.method):
        m = ctx.before(m.start)
    return [_at(block, tok, m)] if m is not None and offset - m.end < 400 else []
