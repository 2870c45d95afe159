"""Claims cued by no verb: nouns of saying ("X's view is that ...", "Acme's announcement of X",
"amid claims that ...": :func:`_noun_claim`), stance adjectives ("X is concerned that ...":
:func:`_adjective_claim`), and "according to X", "in X's assessment" (:func:`_according_to`).
"""
from __future__ import annotations

from dataclasses import replace

from ...model import ClaimRecord, Mention
from .. import discourse
from ..context import Context, trim_span
from .claimant import _antecedent, _claimant
from .content import _finite_clause
from .cues import _IN_VIEW
from .lexicon import ADJECTIVE_CUES, SPEECH_NOUNS
from .record import _record, _stance
from .sources import _unspecified


def _noun_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"X's view is that ...", "the warning of X is that ...", "X's claim that ...": a noun of
    saying with an owner and a "that"-clause (as its predicate or its complement)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in SPEECH_NOUNS and lemma not in OF_STATEMENT or tok.head.lower_ == "in":
        return []
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    of_content = _possessed_of(ctx, block, tok, owner) if owner is not None else None
    if of_content is not None:  # "Acme's announcement of a possible recall of the drug"
        return _np_claim(ctx, block, of_content, _claimant(ctx, block, owner), tok, times, OF_STATEMENT[lemma])
    if lemma not in SPEECH_NOUNS:
        return []
    if owner is None:
        owner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), None)
        if owner is not None and lemma in OF_CONTENT and ctx.at(block.pos(owner.idx), block.pos_end(owner.idx + len(owner.text))) is None:
            owner = None  # "claims of infighting": what is claimed, not who claims it
    if owner is None and _ownerless(ctx, block, tok):
        return _ownerless_claim(ctx, block, tok, times)
    if owner is None or owner.tag_ == "PRP$" and owner.lower_ not in ("his", "her", "their"):
        return []
    clause = None
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    else:
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i), None)
    # the "that" right after the noun or its copula: a loose apposition ("the argument, that ...")
    # is left alone, the parser rarely gets its extent right
    if clause is None or not any(m.dep_ == "mark" and m.lower_ == "that" and m.i - 1 in (tok.i, tok.head.i)
                                 for m in clause.children):
        return []
    if owner.lower_ in ("his", "her", "their"):
        claimant = _antecedent(ctx, block, owner) if owner.lower_ != "their" else None
    else:
        claimant = _claimant(ctx, block, owner)
    return _clause_claim(ctx, block, clause, claimant, tok.text, block.pos(tok.idx), times, "claim:speech-noun",
                         SPEECH_NOUNS[lemma])


OF_STATEMENT = {"announcement": "Asserts", "denial": "Denies", "prediction": "Expects", "warning": "Expects",
                "forecast": "Expects", "claim": "Asserts", "allegation": "Asserts", "assertion": "Asserts"}
"""Nouns of saying whose "of" phrase, with a named owner before them, is what the owner says
("Acme's announcement of a possible recall", a nominal cue as "Ruritania's denials that ...")
→ stance."""


def _np_claim(ctx: Context, block, np, claimant, cue, times, stance: str) -> list[ClaimRecord]:
    """The claim of a noun phrase reported by a noun of saying ("of a possible recall of the
    drug"): the phrase up to the first finite verb in it, where a verbless parse ("Acme's
    announcement of X caught analysts by surprise" as one noun phrase) let the sentence run on."""
    if claimant is None or claimant.category == "Place" and claimant.kind != "Country":
        return []
    toks = list(np.subtree)
    verb = next((t for t in toks if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i > np.i), None)
    if verb is not None:
        toks = [t for t in toks if t.i < verb.i]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return []
    s, e = trim_span(ctx.document.text, block.pos(toks[0].idx), block.pos_end(toks[-1].idx + len(toks[-1].text)))
    if len(ctx.document.text[s:e].split()) < 3:
        return []
    record = _record(ctx, s, e, claimant, cue.text, block.pos(cue.idx), "say", False, times, "claim:speech-noun")
    return [replace(record, stance=stance, confidence=0.6)]


def _possessed_of(ctx: Context, block, tok, owner):
    """The object of "of" after a noun of OF_STATEMENT whose possessor is a named actor ("Acme's
    announcement of a possible recall of the drug"), or None; "his warning of" and an unnamed
    owner are left alone (their extent and owner are often something else)."""
    if tok.lemma_.lower() not in OF_STATEMENT or owner.dep_ != "poss" or ctx.of_token(block, owner) is None:
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                 for g in c.children if g.dep_ in ("pobj", "pcomp")), None)


OF_CONTENT = {"claim", "allegation", "rumour", "rumor", "suggestion"}
"""Nouns of saying whose "of" phrase is what is said ("claims of infighting between the
ministers"), and for allegations also an "about" phrase ("allegations about the firm's links with
X": what is alleged); "rumours about the plant" name a topic, "hopes of a deal" and "fears of war"
an outcome, not a statement."""


def _ownerless(ctx: Context, block, tok) -> bool:
    """Whether a noun of saying has no owner the text names: plural without a determiner ("claims
    that", "amid rumours that"), or "the" as the subject of a copula ("the allegation was that
    ..."). Lowercase modifiers keep it ownerless ("growing fears", "newspaper claims"); a modifier
    inside an actor mention or a capitalized one names the owner ("Israeli claims", "Labour's
    claim")."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if any(c.dep_ in ("poss", "nmod") for c in tok.children):
        return False
    if dets and not (len(dets) == 1 and dets[0].lower_ == "the" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be"):
        return False
    if not dets and tok.tag_ != "NNS":
        return False
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.i < tok.i and (
                not c.text.islower() or ctx.at(block.pos(c.idx), block.pos_end(c.idx + len(c.text))) is not None):
            return False
    return True


def _ownerless_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"Following claims that X ...", "amid suggestions that X ...": a noun of saying without an
    owner and with its content right after it is an agentless attribution, a claim of an
    unspecified source (as "X is said to ..."); the noun is the cue and the source's mention.
    The content is a "that"-clause, a clause right after the noun without "that" ("amid rumours
    the group may raise its bid"), the "that"-clause of a copula ("the allegation was that ..."),
    or an "of"/"about" phrase of a noun of OF_CONTENT ("claims of infighting")."""
    if discourse.quoted(block, tok):
        return []
    clause = _ownerless_content(tok)
    if clause is None:
        return []
    source = _unspecified(ctx, block, tok, tok)
    return _clause_claim(ctx, block, clause, source, tok.text, source.start, times, "claim:speech-noun",
                         SPEECH_NOUNS[tok.lemma_.lower()])


def _ownerless_content(tok):
    """The token whose subtree is the content of an ownerless noun of saying (see _ownerless_claim)."""
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        return next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i
                     and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.head.i + 1 for m in c.children)
                     and _finite_clause(c)), None)
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.i + 1 for m in c.children)
                   and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    if clause is not None:
        return clause
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None:
        return None
    if nxt.dep_ in ("nsubj", "nsubjpass") or nxt.head.dep_ in ("nsubj", "nsubjpass") and nxt.dep_ in ("det", "poss"):
        subject = nxt if nxt.dep_ in ("nsubj", "nsubjpass") else nxt.head
        verb = subject.head
        # a clause right after the noun, with no "that": the parser hangs it on the noun or on
        # the noun's verb ("give succour to suggestions it was preparing ..."), never as a relative
        if (verb.i > subject.i and verb.dep_ in ("acl", "ccomp") and verb.left_edge.i == tok.i + 1
                and (verb.head == tok or verb.head in tok.ancestors) and _finite_clause(verb)):
            return verb
    if (tok.lemma_.lower() in OF_CONTENT and nxt.dep_ == "prep" and nxt.head == tok
            and (nxt.lower_ == "of" or nxt.lower_ == "about" and tok.lemma_.lower() == "allegation")):
        return next((g for g in nxt.children if g.dep_ == "pobj"), None)
    return None


def _clause_claim(ctx: Context, block, clause, claimant, cue: str, cue_start: int, times, method: str,
                  stance: str) -> list[ClaimRecord]:
    """The claim of a "that"-clause reported by a noun or an adjective of stance: none when the
    claimant is missing or a place other than a country, or when the clause (without its "that",
    trimmed) is under three words (a parse fragment, not a statement)."""
    if claimant is None or claimant.category == "Place" and claimant.kind != "Country":
        return []
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    s, e = trim_span(ctx.document.text, block.pos(toks[0].idx), block.pos_end(toks[-1].idx + len(toks[-1].text)))
    if len(ctx.document.text[s:e].split()) < 3:
        return []
    record = _record(ctx, s, e, claimant, cue, cue_start, "say", False, times, method)
    return [replace(record, stance=_stance("say", ctx.document.text[s:e], stance), confidence=0.6)]


def _adjective_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"X is/are <adjective> that ...": a stance adjective after a copula with a finite
    "that"-clause; the copula and the adjective are the cue ("are concerned")."""
    lemma = tok.lower_
    if lemma not in ADJECTIVE_CUES or tok.dep_ != "acomp" or tok.head.lemma_ != "be":
        return []
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if clause is None or subject is None or subject.lower_ in ("it", "i", "we", "you") or discourse.quoted(block, tok):
        return []  # ("it is clear that": no one's stance; a first person speaks inside a quotation)
    claimant = _claimant(ctx, block, subject)
    cue_start = block.pos(min(tok.head.idx, tok.idx))
    cue = ctx.document.text[cue_start:block.pos_end(tok.idx + len(tok.text))]
    return _clause_claim(ctx, block, clause, claimant, cue, cue_start, times, "claim:adjective", ADJECTIVE_CUES[lemma])


def _according_to(ctx: Context, block, tok, sent, times) -> list[ClaimRecord]:
    """"According to X, ..." / "..., according to X" and "In X's assessment, ..."."""
    lower = tok.lower_
    if lower == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        pobj = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        cue, stance, phrase_end = "according to", "Asserts", None
    elif lower in _IN_VIEW and tok.head.lower_ == "in":
        pobj = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
        if pobj is None:
            pobj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), None)
        cue, stance, phrase_end = "in " + ("assessment" if lower == "assessment" else lower), "Assesses", None
    else:
        return []
    if pobj is None:
        return []
    claimant = _named_conjunct(ctx, block, pobj) or _claimant(ctx, block, pobj)
    if claimant is None:
        return []
    phrase = [t for t in (tok.head.subtree if lower != "according" else tok.subtree)]
    p_start, p_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    if lower == "according" and block.pos_end(p_end) < claimant.end <= block.pos_end(sent.end_char):
        # the name in apposition that the parser hung elsewhere ("according to its lawyer, Jane
        # Roe of Roe and Partners, the ..."): the phrase runs to the comma after the name
        name_end = block.local(claimant.end - 1) + 1
        comma = block.text.find(",", name_end, sent.end_char)
        p_end = comma if comma != -1 and len(block.text[name_end:comma].split()) <= 6 else name_end
    before = (sent.start_char, p_start)
    after = (p_end, sent.end_char)
    s, e = after if after[1] - after[0] >= before[1] - before[0] else before
    relative = tok.head if lower == "according" and tok.head.dep_ == "relcl" else None
    if relative is not None and relative.left_edge.i < tok.i and relative.left_edge.tag_ in ("WDT", "WP"):
        # "the paper which, according to the watchdog, does not carry ...": the relative clause
        # is what the source says, cue included (a cue inside its content)
        s, e = relative.left_edge.idx, relative.right_edge.idx + len(relative.right_edge.text)
    s, e = trim_span(ctx.document.text, block.pos(s), block.pos_end(e))
    if e - s < 8:
        return []
    record = _record(ctx, s, e, claimant, cue if lower == "according" else block.text[tok.head.idx:tok.idx + len(tok.text)],
                     block.pos(tok.head.idx if lower != "according" else tok.idx), "assess" if stance == "Assesses" else "say",
                     False, times, "claim:according-to" if lower == "according" else "claim:assessment")
    return [record]


def _named_conjunct(ctx: Context, block, tok) -> Mention | None:
    """A claim has one claimant: of a common noun coordinated with a named person ("according to
    media and PR strategist Jane Roe", where the parser also splits a title of two nouns so), the
    named person."""
    if ctx.of_token(block, tok) is not None or tok.pos_ == "PROPN":
        return None
    for c in tok.children:
        m = ctx.of_token(block, c) if c.dep_ == "conj" else None
        if m is not None and m.category == "Person":
            return m
    return None
