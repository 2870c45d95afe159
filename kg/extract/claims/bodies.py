"""Organizations, reports and governments as claimants: the named author of figures or of a part of
a document, a definite description that takes up a named organization ("the firm", "the union",
"the paper", "the group"), an organization named again by the head of its name ("the alliance"),
a headline's bare noun ("..., union says"), and a state's government ("the Russian government",
a bare "the government"); with the subjects before a cue that such descriptions take up.
"""
from __future__ import annotations

import bisect
import re

from ...model import Mention
from .. import discourse
from ..context import Context
from ..roles import ROLE_NOUNS

DATA_NOUNS = {"forecast", "forecasts", "prediction", "predictions", "estimate", "estimates", "figures", "data",
              "statistics", "projections", "research", "findings", "calculations", "reports", "polls", "surveys",
              "survey", "poll", "study", "studies", "note", "report", "analysis", "review", "figure", "numbers"}
"""Nouns of figures and findings that are their author's word when the author is named ("according
to figures from the Treasury", "estimates by Acme"): the author is the claimant, not the figures."""
NAMING_PARTICIPLES = {"call", "name", "entitle", "title", "dub"}
"""Participles that give a study or a document its name ("a study called Tidewater")."""


def _authored(ctx: Context, block, tok) -> Mention | None:
    """The named author of figures or findings ("forecasts from the Ministry of Commerce",
    "research by Acme"): an organization, a person or a state named as the object of "from", "by"
    or "of" right after the noun, or as the agent of a participle after it ("a survey carried out
    in 2001 by Acme", "figures published by the Treasury"); a study that has a name of its own
    ("a study called Tidewater") speaks as that name."""
    if tok.lower_ not in DATA_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of") and prep.i <= tok.i + 2:
            for pobj in prep.children:
                m = ctx.of_token(block, pobj) if pobj.dep_ == "pobj" else None
                if m is not None and (m.category in ("Organization", "Person") or m.kind == "Country"):
                    return m
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.i < tok.i:
            continue
        for child in acl.children:
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    m = ctx.of_token(block, pobj) if pobj.dep_ == "pobj" else None
                    if m is not None and (m.category in ("Organization", "Person") or m.kind == "Country"):
                        return m
            elif child.dep_ in ("oprd", "dobj", "attr") and acl.lemma_.lower() in NAMING_PARTICIPLES:
                m = ctx.of_token(block, child)
                if m is not None and m.category != "Place":
                    return m
    return None


DOCUMENT_PARTS = {"section", "chapter", "paragraph", "part", "clause", "annex", "appendix", "page", "passage"}
"""Parts of a document, which speak for the document's author ("the section on pay said")."""


def _document_part(ctx: Context, block, tok) -> Mention | None:
    """The author a part of a document speaks for, when the sentence names the document with its
    author ("In revised plans from the Acme Board, the section on pay said ...", "the chapter of
    the report by Acme"): an organization, a person or a state after "from", "by" or "of" in a
    phrase that goes with the cue or with the part."""
    if tok.lemma_.lower() not in DOCUMENT_PARTS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    docs = [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("in", "under")
            for p in c.children if p.dep_ == "pobj"]
    docs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for p in c.children if p.dep_ == "pobj"]
    for doc_noun in docs:
        for prep in doc_noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                for pobj in prep.children:
                    m = ctx.of_token(block, pobj) if pobj.dep_ == "pobj" else None
                    if m is not None and (m.category in ("Organization", "Person") or m.kind == "Country"):
                        return m
    return None


def _subject_before(ctx: Context, block, tok):
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
                     "miner", "utility", "multinational", "subsidiary", "bourse"), ("Company", "Organization")),
    **dict.fromkeys(("union", "charity", "club", "association", "federation", "organisation", "organization",
                     "campaign", "alliance", "coalition", "society", "foundation", "trust", "watchdog"),
                    ("Organization", "NonGovernmentalOrganization", "Company")),
    "party": ("PoliticalParty", "Organization"),
}
"""Head nouns of definite descriptions that take up a named organization ("the firm", "the
union") → the actor classes they can describe."""


def _described_org(ctx: Context, block, tok) -> Mention | None:
    """The organization "the firm", "the company", "the union" (a bare definite description as a
    cue's subject) takes up: the nearest subject before it that is such an organization, else
    the latest one named outside quoted speech within about three paragraphs. An organization
    of the noun's own class comes first ("the company" is Acme Ltd, not a union named since); one
    whose name ends in a noun of another class ("... Workers Union") is never "the company"."""
    noun = tok.lemma_.lower()
    kinds = ORG_NOUNS.get(noun)
    if (kinds is None or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
            or any(c.dep_ in ("compound", "amod", "nmod", "poss") and not _describes(ctx, block, c) for c in tok.children)):
        return None  # (a nationality or a trade may qualify it: "the US company", "the search giant")

    def fits(m: Mention | None, exact: bool) -> bool:
        if m is None or m.category != "Organization" or m.kind not in (kinds[:1] if exact else kinds):
            return False
        last = m.text.split()[-1].lower()
        return last == noun or last not in ORG_NOUNS or ORG_NOUNS[last] == kinds

    subjects = []
    for b, subject in _subject_before(ctx, block, tok):
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
    for group in (subjects, named):
        for exact in ((True, False) if kinds[0] != "Organization" else (False,)):
            for m in group:
                if fits(m, exact):
                    return m
    return None


DISTINGUISHING = {"other", "another", "new", "second", "third", "former", "separate", "different", "smaller",
                  "larger", "bigger", "foreign"}
"""Adjectives that set a firm apart from the one the story is about ("the other company", "a
second firm"): with them a description introduces an organization, it does not take one up."""


def _describes(ctx: Context, block, mod) -> bool:
    """Whether a modifier before an organization noun only describes the organization the story
    names, so the description still takes it up: its nationality or region ("the US company",
    "the pan-European bourse"), its trade ("the search giant", "the chemicals-and-crops firm",
    lowercase words). Not a name ("the Acme subsidiary"), a tie to another firm ("the parent
    company") or a contrast ("the other firm")."""
    words = [t for t in mod.subtree if not t.is_punct and t.dep_ != "cc"]
    if any(t.lower_ in RELATIVE_FIRMS or t.lower_ in DISTINGUISHING for t in words):
        return False
    if any(ctx.at(block.pos(t.idx), block.pos_end(t.idx + len(t.text))) is not None
           and not _country_word(t.text) for t in words):
        return False  # a named actor ("the Acme unit"); a state qualifies it ("the US firm")
    return all(t.text.islower() or _country_word(t.text) or t.ent_type_ in ("NORP", "GPE", "LOC") for t in words)


RELATIVE_FIRMS = {"parent", "rival", "sister", "partner", "holding", "subsidiary", "target", "takeover", "merger"}
"""Nouns that, before "company" or "firm", name a firm by its tie to another ("the parent
company"): not the firm the story has been about."""


def _headline_subject(ctx: Context, block, tok) -> Mention | None:
    """Who a headline's bare noun stands for ("..., senior official says", "Acme to cut jobs,
    union says"): headlines drop the article and name the speaker only in the story, so the
    first person after the headline named with that title ("Top Hamas official Jane Roe"), or
    the first organization whose name ends in the noun ("the Amalgamated Workers Union")."""
    noun = tok.lower_
    if (ctx.parsed[0][0] is not block or tok.tag_ != "NN" or "\n" in block.text.strip() or len(block.text) > 200
            or any(c.dep_ in ("det", "poss", "compound") for c in tok.children)):
        return None
    text = ctx.document.text
    title = re.compile(rf"\b{re.escape(noun)}\b", re.I)
    for m in ctx.mentions:
        if m.start < block.end:
            continue
        if noun in ROLE_NOUNS and m.category == "Person":
            before = re.split(r"[.;:!?\n]", text[max(0, m.start - 40):m.start])[-1]
            if discourse.right_before(before, title):
                return m
        if noun in ORG_NOUNS and m.category == "Organization" and m.text.split()[-1].lower() == noun:
            return m
    return None


DESCRIBED_BODIES = {
    **dict.fromkeys(("paper", "newspaper", "website"), frozenset({"MediaOutlet"})),
    **dict.fromkeys(("center", "centre", "institute"), frozenset({"ThinkTank"})),
    **dict.fromkeys(("group", "movement", "organization", "organisation"), None),
}
"""Nouns of REPORT_NOUNS that describe the body itself, not its report → the actor classes they
can take up (None: any organization but a news outlet, which is "the paper", not "the group")."""


def _described_body(ctx: Context, offset: int, kinds: frozenset | None, block, tok) -> Mention | None:
    """The organization a description of a body ("the paper", "the Paris-based pressure group")
    takes up: one of ``kinds`` (with None any organization but a news outlet, a firm only when
    no other body fits; "the group" or "the movement" is no state body either). The main subject
    of the sentence just before comes first, when it is a body known to be a group of people (a
    campaign, a party, an armed group)
    ("The Acme Alliance lost its appeal when the court ruled ... But the group says": centering,
    as for "the company"); then the latest body that claimed something before (the body the story
    quotes) before one only named since (within about three paragraphs). None when no such body was
    named: a wrong speaker is worse than none."""
    noun = tok.lemma_.lower()

    def fits(m: Mention | None, firm: bool) -> bool:
        if m is None or m.category != "Organization":
            return False
        if kinds is not None:
            return m.kind in kinds
        if noun in ("group", "movement") and m.kind in _NO_GROUPS:
            return False
        return m.kind != "MediaOutlet" and (firm or m.kind != "Company")

    # only the nearest subject, of a kind known to be a group of people (no firm, and no body of
    # unknown kind: "X was accused by the watchdog Y. The pressure group said"); a body named as the
    # subject further back is no topic
    nearest = next(iter(_subject_before(ctx, block, tok)), None)
    if nearest is not None:
        m = ctx.of_token(*nearest)
        if fits(m, False) and m.kind in _GROUP_KINDS:
            return m
    named = []
    i = bisect.bisect_left(ctx._starts, offset) - 1
    while i >= 0 and offset - ctx.mentions[i].end < 1500:
        if ctx.mentions[i].end <= offset:
            named.append(ctx.mentions[i])
        i -= 1
    speakers = [m for cue, m in reversed(ctx.bodies) if cue < offset and offset - cue < 3000]
    for group in (speakers, named):
        for firm in (False, True):
            for m in group:
                if fits(m, firm):
                    return m
    return None


_NO_GROUPS = frozenset({"GovernmentBody", "MilitaryForce", "MediaOutlet"})
"""Kinds of bodies that "the group" or "the movement" never describes (a court, a ministry, an army)."""
_GROUP_KINDS = frozenset({"NonGovernmentalOrganization", "PoliticalParty", "ArmedGroup", "ThinkTank"})
"""Kinds of bodies known to be groups of people: the only ones the subject of the sentence before
may be for "the group"."""


def _name_again(ctx: Context, block, tok) -> Mention | None:
    """The organization a capitalized name inside a sentence refers back to when the actor
    extractor left it unmarked ("The Observer reported ... According to the Observer, ..."): a
    proper noun is a name even when its word is also a common noun of sources ("observer",
    "monitor"), so it is the organization named before whose name ends in that word."""
    if tok.tag_ != "NNP" or not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return None
    m = _named_by_head(ctx, block, tok, proper=True)
    if m is None:
        return None
    offset = block.pos(tok.idx)  # a mention here, so that "the paper" after it takes it up
    found = Mention(offset, offset + len(tok.text), tok.text, m.category, m.kind, "name-again", 0.6, m.key)
    ctx.mentions.append(found)
    ctx.reindex()
    return found


def _named_by_head(ctx: Context, block, tok, proper: bool = False) -> Mention | None:
    """The organization a definite description names by the head of its name ("the alliance" for
    the Countryside Alliance, "the coalition" for the Stop War Coalition): the latest one before."""
    if tok.tag_ != ("NNP" if proper else "NN") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
            or any(c.dep_ in ("compound", "poss", "amod", "nmod") for c in tok.children):
        return None
    offset = block.pos(tok.idx)
    for m in reversed(ctx.mentions):
        if m.end > offset or m.category != "Organization":
            continue
        if offset - m.end > 3000:
            break
        words = m.text.split()
        if len(words) > 1 and words[-1].lower() == tok.lower_:
            return m
    return None


GOVERNMENT_NOUNS = {"government", "administration", "cabinet"}
"""Nouns that, with a state before them ("the Russian government", "Uganda's government"), name
that state's government: a body of its own, not the state (as "US government" in the guidelines)."""


def _government(ctx: Context, block, tok) -> Mention | None:
    """The government a subject names: "the Venezuelan government" (made a mention of its own,
    the state's word with the noun), or a bare "the government" that takes up the one government
    the document names, before or after (a news lead often says "the government" first)."""
    if tok.lemma_.lower() not in GOVERNMENT_NOUNS or tok.tag_ != "NN":
        return None
    span = _government_span(ctx, block, tok)
    if span is not None:
        return _government_mention(ctx, *span)
    if any(c.i < tok.i and not (c.dep_ == "det" and c.lower_ == "the") for c in tok.children):
        return None
    named: dict[str, tuple[int, int]] = {}
    for b, doc in ctx.parsed:
        for t in doc:
            if t.lemma_.lower() in GOVERNMENT_NOUNS and t.tag_ == "NN":
                found = _government_span(ctx, b, t)
                if found is not None:
                    named.setdefault(_normalize(ctx.document.text[found[0]:found[1]]), found)
    return _government_mention(ctx, *next(iter(named.values()))) if len(named) == 1 else None


def _government_span(ctx: Context, block, tok) -> tuple[int, int] | None:
    """Document span of "<state> government" ("Russian government", "Uganda's government") when a
    state's name or nationality word modifies the noun."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i:
            m = ctx.of_token(block, c)
            if m is not None and m.kind == "Country" or c.tag_ in ("JJ", "NNP") and _country_word(c.text):
                return block.pos(c.idx), block.pos_end(tok.idx + len(tok.text))
    # "the government in Cairo", "the administration in Washington": a state or its seat after "in"
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.i + 1), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    m = ctx.of_token(block, pobj) if pobj is not None and pobj.tag_ == "NNP" else None
    if m is not None and m.category == "Place" and block.pos_end(pobj.idx + len(pobj.text)) == m.end:
        return block.pos(tok.idx), m.end
    return None


def _government_mention(ctx: Context, s: int, e: int) -> Mention:
    """The mention of a government body at [s, e), added unless the actors already have it."""
    found = next((m for m in ctx.mentions if (m.start, m.end) == (s, e)), None)
    if found is not None:
        return found
    label = ctx.document.text[s:e]
    m = Mention(s, e, label, "Organization", "GovernmentBody", "government-body", 0.6, _normalize(label))
    ctx.mentions.append(m)
    ctx.reindex()
    return m


def _country_word(text: str) -> bool:
    """Whether a word is a state's name or nationality word ("Russian", "Uganda")."""
    from ..gazetteer import load

    g = load()
    return g.country_of_demonym(text) is not None or any(
        e.kind == "Country" for e in (g.lookup(text),) if e is not None)


def _normalize(text: str) -> str:
    """An actor key from a surface form (the actors' normalization)."""
    from ..actors import normalize

    return normalize(text)
