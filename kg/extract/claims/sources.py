"""Unnamed and unspecified sources as claimants: the nouns that name a source ("Western diplomats",
"a spokesman for X", "dozens of analysts"), a title or tie of someone named ("Jane Roe's lawyer",
"Acme's chief executive"), the mention made for such a source (:func:`_unnamed`, one group
taken up again by a bare re-mention), and the implied source of an agentless attribution
(:func:`_unspecified`).
"""
from __future__ import annotations

from ...model import Mention
from .. import discourse
from ..actors.lexicon import OCCUPATIONS
from ..context import Context, unnamed_key
from ..discourse import HONORIFICS
from ..titles import POSITIONS, ROLE_NOUNS
from .lexicon import MARKET_SOURCES, QUANTIFIERS, RELATION_NOUNS, SOURCE_NOUNS

QUANTITY_NOUNS = {"host", "number", "handful", "majority", "minority", "raft", "string", "range", "series", "couple",
                  "dozens", "scores", "hundreds", "thousands", "lot", "lots", "variety", "plenty", "most",
                  "many", "some", "several"}
"""Heads of a quantity phrase ("a host of economists", "dozens of analysts", "many of the
firms"): the people or bodies after "of" are the subject, not the quantity."""


def _quantified_group(tok):
    """The plural noun a quantity phrase counts ("dozens of farmers and vets" → farmers, with
    its conjuncts), or None."""
    if tok.lower_ not in QUANTITY_NOUNS or tok.tag_ not in ("NN", "NNS", "JJ", "DT", "CD"):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.tag_ in ("NNS", "NNPS"):
                return pobj
    return None


def _indefinite_for(tok):
    """The last token of "a solicitor for the four tenants" (an indefinite title or tie with the
    people it works for, named or not): such a subject is an unnamed source, the phrase its
    mention; None for other subjects."""
    if (tok.tag_ != "NN" or tok.lemma_.lower() not in ROLE_NOUNS and tok.lower_ not in RELATION_NOUNS
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in ("for", "of", "at", "to")), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    return pobj.right_edge if pobj.right_edge.i - tok.i <= 6 else pobj


def _source_noun(tok) -> bool:
    """Whether a noun names an unnamed source: a word of SOURCE_NOUNS (a plural by its lemma), or
    one of MARKET_SOURCES said indefinitely ("one dealer", "a trader"; "the trader" is someone
    named before)."""
    if tok.lower_ in MARKET_SOURCES:
        return not any(c.dep_ == "det" and c.lower_ not in ("a", "an", "another") for c in tok.children)
    return tok.lower_ in SOURCE_NOUNS or tok.lemma_.lower() in SOURCE_NOUNS and tok.tag_ == "NNS"


def _org_title(ctx: Context, block, tok) -> Mention | None:
    """Who "Acme's chief executive" or "the Acme chairman" is (a title of a named organization as
    the subject, with no name): the person named before with that title, else the latest speaker
    when the cue goes on ("The Acme boss continued:"), else an unnamed source of its own (the
    title holder speaks for the organization without being it)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in ROLE_NOUNS or _source_noun(tok):
        return None
    org = next((c for c in tok.children if c.dep_ in ("poss", "compound") and c.i < tok.i
                and getattr(ctx.of_token(block, c), "category", None) == "Organization"), None)
    if org is None:
        return None
    words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and org.i < c.i < tok.i] + [tok.lower_]
    found = discourse.holder(ctx, block.pos(tok.idx), words)
    if found is not None:
        return found
    speaker = ctx.last_speaker
    if tok.dep_ == "nsubj" and discourse.speaks_on(tok.head) and speaker is not None and speaker.category == "Person" \
            and 0 <= block.pos(tok.idx) - speaker.end < 600:
        return speaker  # "Alex Ferguson said ... The Man Utd boss continued:": the one who goes on
    return _unnamed(ctx, block, tok)


def _related(ctx: Context, block, tok) -> Mention | None:
    """Who "Jane Roe's lawyer", "Britain's ambassador" or "a friend of the singer" is: a title or
    a tie (ROLE_NOUNS, RELATION_NOUNS) of a named person or state, or an indefinite one with a
    named body after it ("a lawyer for the Roe family", "an aide to Senator Roe"). The possessor
    is not the speaker: a state's title is the person named before with it ("Britain's foreign
    secretary" → the foreign secretary named so), anything else an unnamed source of its own
    with its possessor kept ("Roe's lawyer")."""
    noun = tok.lemma_.lower()
    if tok.tag_ not in ("NN", "NNS") or (noun not in ROLE_NOUNS and tok.lower_ not in RELATION_NOUNS
                                         and noun not in RELATION_NOUNS):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is not None:
        if owner.tag_ == "PRP$":
            if owner.lower_ not in ("his", "her", "their") or noun in ROLE_NOUNS:
                return None  # ("its chairman", "his deputy": the title's own rules, or nothing)
            return _unnamed(ctx, block, tok, first=owner)
        m = ctx.of_token(block, owner)
        if m is None or m.category == "Organization":
            return None  # an organization's title is _org_title's, a report's owner the caller's
        if m.kind == "Country" and noun in ROLE_NOUNS:
            words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and owner.i < c.i < tok.i]
            holder = discourse.holder(ctx, block.pos(tok.idx), words + [tok.lower_])
            if holder is not None:
                return holder
        first = owner.left_edge
        while first.i < owner.i and (first.dep_ == "det" or first.lower_.rstrip(".") in HONORIFICS):
            first = first.doc[first.i + 1]
        return _unnamed(ctx, block, tok, first=first)
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.i == tok.i + 1 and prep.lower_ in ("for", "to", "of"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and any(ctx.of_token(block, t) is not None for t in pobj.subtree):
                return _unnamed(ctx, block, tok)
    return None


def _unnamed(ctx: Context, block, tok, first=None, last=None) -> Mention:
    """An unnamed source ("Palestinian sources", "the report", "a spokesman for Acme"), added as a
    mention of its own: the noun with its modifiers, and the body or place it speaks for when a
    named one follows ("for Acme", "of the Green Party", "officials in Cojedes state"). A bare
    re-mention ("the officials", "Officials" again) is a mention of the group named before with
    that head noun. ``first`` and ``last`` give the span when the parse does not."""
    if first is None:
        left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "det", "nummod", "nmod", "poss") and t.i >= tok.i - 3]
        kept = [t for t in left if (t.dep_ != "det" or t.lower_ in QUANTIFIERS) and not (t.dep_ == "poss" and t.tag_ == "PRP$")]
        # a compound's own words too ("a Cabinet Office spokeswoman": "Cabinet" hangs from "Office")
        first = min([tok] + [t.left_edge if t.dep_ == "compound" and t.left_edge.i >= tok.i - 4 else t for t in kept],
                    key=lambda t: t.i)
    if last is None:
        last = tok
        close = next((c for c in tok.children if c.i == tok.i + 1 and c.lower_ == "close" and c.dep_ in ("amod", "advmod")
                      and any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children)), None)
        if close is not None and close.right_edge.i - tok.i <= 7:
            last = close.right_edge  # "sources close to the negotiations": who they are is what is close
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1
                     and c.lower_ in ("for", "of", "from", "at", "with", "in", "to")), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None and pobj.i - tok.i <= 5 and any(
                t.pos_ == "PROPN" or ctx.of_token(block, t) is not None for t in pobj.subtree):
            last = pobj.right_edge if pobj.right_edge.i - tok.i <= 5 else pobj
    named = _named_holder(ctx, block, tok, last)
    if named is not None:
        return named
    s = block.pos(first.idx)
    e = block.pos_end(last.idx + len(last.text))
    body = ctx.of_token(block, last) if last != tok else None
    if body is not None and body.end > e and body.start >= s:  # "a spokesman for Reporters Without Borders"
        e = body.end
    label = ctx.document.text[s:e]
    key = unnamed_key(ctx.document.sha256, label)
    existing = next((m for m in ctx.mentions if (m.start, m.end, m.key) == (s, e, key)), None)
    if existing is not None:
        return existing
    if first == last == tok and (tok.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
        earlier = _same_group(ctx, s, tok.lower_)  # "Officials ...", "the spokesman added" again
        if earlier is not None:
            key = earlier.key
    m = Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-source", 0.6, key)
    ctx.mentions.append(m)
    ctx.reindex()
    return m


def _named_holder(ctx: Context, block, tok, last) -> Mention | None:
    """The person a bare singular title names when the parse took the name for its field's words
    ("Shadow spokesman for sport Hugh Robertson", "Bath director of rugby Jack Rowell": a name
    right after a lower-case field noun that ends the "for" or "of" phrase), or None. A title with
    a determiner, a plural, or a name after a title or an honorific speaks for the one named ("a
    spokesman for Jane Roe", "Aides to President Roe", "Lawyers for jailed businessman Tim Roe",
    "Sources close to Chancellor Roe")."""
    if last is tok or tok.tag_ != "NN" or tok.lemma_.lower() not in ROLE_NOUNS \
            or any(c.dep_ == "det" for c in tok.children):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1), None)
    if prep is None or prep.lower_ not in ("for", "of"):
        return None
    m = ctx.of_token(block, last)
    if m is None or m.category != "Person" or block.pos_end(last.idx + len(last.text)) != m.end:
        return None
    first = ctx.token_at(m.start)
    before = first.doc[first.i - 1] if first is not None and first.i > 0 else None
    if before is None or before.i <= prep.i or before.pos_ != "NOUN" or not before.text.islower():
        return None
    field = before.lower_
    return None if field in ROLE_NOUNS or field in POSITIONS or field in OCCUPATIONS else m


def _same_group(ctx: Context, offset: int, head: str) -> Mention | None:
    """The unnamed source named before ``offset`` (within 3000 characters, a short story) whose
    phrase has the noun ``head`` ("Venezuelan authorities" for a later "the authorities", "a
    spokesman for Acme" for "the spokesman")."""
    found = [m for m in ctx.mentions if m.end <= offset and offset - m.end <= 3000
             and m.category == "UnnamedSource" and head in m.text.lower().split()]
    # a fuller phrase names the group ("Venezuelan authorities"), a bare re-mention only takes it up
    return max(found, key=lambda m: (len(m.text.split()) > 1, m.end), default=None)


def _unspecified(ctx: Context, block, first, last) -> Mention:
    """The unspecified source of an agentless attribution, implied by the passive phrase from token
    ``first`` to ``last`` ("is thought to", "It is understood"). The phrase names no one, so it is
    no mention of the source (the gold rule: ``unspecified_source`` has no mention): the source is
    implied (:meth:`Context.imply`), the claimant of its claims without actor evidence."""
    ms, me = block.pos(first.idx), block.pos_end(last.idx + len(last.text))
    source = Mention(ms, me, ctx.document.text[ms:me], "UnnamedSource", "UnnamedSource", "agentless-passive", 0.5,
                     unnamed_key(ctx.document.sha256, "unspecified source"))
    ctx.imply(source)
    return source
