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
from ..referents import ORG_NOUNS
from ..referents import country_word as _country_word
from ..referents import subjects_before as _subject_before
from ..titles import ROLE_NOUNS

DATA_NOUNS = {"forecast", "forecasts", "prediction", "predictions", "estimate", "estimates", "figures", "data",
              "statistics", "projections", "research", "findings", "calculations", "reports", "polls", "surveys",
              "survey", "poll", "study", "studies", "note", "report", "analysis", "review", "figure", "numbers"}
"""Nouns of figures and findings that are their author's word when the author is named ("according
to figures from the Treasury", "estimates by Acme"): the author is the claimant, not the figures."""
NAMING_PARTICIPLES = {"call", "name", "entitle", "title", "dub"}
"""Participles that give a study or a document its name ("a study called Tidewater")."""


def _may_author(m: Mention | None) -> bool:
    """Whether a mention can own figures or a document: an organization, a person or a state."""
    return m is not None and (m.category in ("Organization", "Person") or m.kind == "Country")


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
                if _may_author(m):
                    return m
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.i < tok.i:
            continue
        for child in acl.children:
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    m = ctx.of_token(block, pobj) if pobj.dep_ == "pobj" else None
                    if _may_author(m):
                        return m
            elif child.dep_ in ("oprd", "dobj", "attr") and acl.lemma_.lower() in NAMING_PARTICIPLES:
                m = ctx.of_token(block, child)
                if m is not None and m.category != "Place":
                    return m
    return None


OWNED_DOCUMENTS = {"report", "study", "survey", "research", "poll", "analysis", "review"}
"""Documents whose author speaks through them: a later bare "the report said" is the author's
word when the story names who wrote, ran or commissioned it (:func:`_document_owner`)."""
_COMMISSIONING = {"commission", "conduct", "carry", "publish", "release", "produce", "compile", "issue", "write",
                  "run", "undertake", "launch"}
"""Verbs whose subject owns the document that is their object ("Acme commissioned the survey")."""


def _owner_here(ctx: Context, block, tok) -> Mention | None:
    """The owner a document noun names in its own phrase or clause: its author ("a report by
    Acme", "a survey carried out by Acme": :func:`_authored`), its possessor ("Acme's study",
    "his report"), a name before it ("the Acme report"), the body it was made "for" ("a survey for
    the charity"), or the subject of a verb that made it ("Acme commissioned the survey")."""
    found = _authored(ctx, block, tok) if tok.lower_ in DATA_NOUNS else None
    if found is not None:
        return found
    for child in tok.children:
        candidates = [child] if child.dep_ in ("poss", "compound") else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "for" else []
        for g in candidates:
            m = ctx.of_token(block, g) or next(
                (n for c in g.children if c.dep_ in ("appos", "compound") and (n := ctx.of_token(block, c)) is not None), None)
            if _may_author(m):
                return m  # (also the name after a noun: "for the charity Age Concern")
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _COMMISSIONING:
        verb = tok.head
        agents = [c for c in verb.children if c.dep_ == "nsubj"] + \
            [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for a in agents:
            m = ctx.of_token(block, a)
            if _may_author(m):
                return m
    return None


def _document_owner(ctx: Context, block, tok) -> Mention | None:
    """Whose word a document noun is ("the report said", "research suggests"): its own owner
    (:func:`_owner_here`); else, for a definite singular ("the report"), the owner of the latest
    document of the same noun before it, when that one names it (a nearer one without an owner,
    "another study" or "previous studies" take up nothing); else, for a lead's bare or
    indefinite one ("a report says"), the owner of the first document of that noun named below."""
    lemma = tok.lemma_.lower()
    if lemma not in OWNED_DOCUMENTS:
        return None
    own = _owner_here(ctx, block, tok)
    if own is not None:
        return own
    offset = block.pos(tok.idx)
    documents = [(o, m) for o, n, m in _document_owners(ctx) if n == lemma and o != offset]
    definite = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
    before = [m for o, m in documents if o < offset]
    if definite:
        return before[-1] if before else None
    lead = ctx.parsed[0][0] is block or len(ctx.parsed) > 1 and ctx.parsed[1][0] is block
    if lead and not before and not any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in tok.children):
        return next((m for o, m in documents if o > offset and m is not None), None)
    return None


def _document_owners(ctx: Context) -> list[tuple[int, str, Mention | None]]:
    """(offset, noun, owner or None) of every document noun of the story, in text order (computed
    once per document)."""
    if ctx.document_owners is not None:
        return ctx.document_owners
    found = []
    for block, doc in ctx.parsed:
        for tok in doc:
            if tok.lemma_.lower() in OWNED_DOCUMENTS and tok.pos_ == "NOUN":
                found.append((block.pos(tok.idx), tok.lemma_.lower(), _owner_here(ctx, block, tok)))
    ctx.document_owners = found
    return found


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
                    if _may_author(m):
                        return m
    return None


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


def _normalize(text: str) -> str:
    """An actor key from a surface form (the actors' normalization)."""
    from ..actors import normalize

    return normalize(text)
