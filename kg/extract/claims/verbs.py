"""Claims of cue verbs: "X said (that) ...", direct quotations with an attribution ("“...,” X
said"), inverted and parenthetical cues, findings of reports (:func:`_from_cue`); and the passives
that hide their source: "X is said to ..." (:func:`_agentless_claim`), "X was seen as Y"
(:func:`_judged_claim`).
"""
from __future__ import annotations

from dataclasses import replace

from ...model import ClaimRecord, Mention
from .. import discourse
from ..context import Context, trim_span
from ..discourse import CUES, HONORIFICS
from .bodies import DATA_NOUNS
from .claimant import _claimant
from .content import (_content, _finite_clause, _headline_view, _indirect_question, _object_content, _split_subject,
                      _what_was)
from .cues import (EXPECTED, _agentless, _free_relative, _impersonal, _infinitive, _parenthetical, _reduced_relative,
                   _under_agentless, _unreported)
from .joint import _each, _joint
from .persons import _surname
from .lexicon import AS_CUES, AS_ONLY, FINDING_CUES, FINITE_ONLY, HEARSAY_ADVERBS, NAMING_CUES, NEG_RAISING
from .quotes import _question_then_cue
from .record import _record
from .sources import _unspecified


def _from_cue(ctx: Context, block, tok, quotes, times) -> list[ClaimRecord]:
    lemma = tok.lemma_.lower()
    going_on = _goes_on(tok)
    if going_on:
        lemma = "add"  # "X went on: “...”": speaking on, as "added"
    elif _quotes_only(tok):
        lemma = QUOTE_ONLY_CUES[lemma]  # "X continued: “...”", "X asked: “...?”", "a statement read: “...”"
    # "..., the Daily Nation reports": a cue verb that the tagger took for a plural noun
    misread = (tok.tag_ == "NNS" and lemma in CUES and tok.dep_ in ("ROOT", "ccomp", "parataxis")
               and any(c.dep_ == "nsubj" for c in tok.children))
    if not misread and (tok.pos_ != "VERB" or lemma not in CUES and not _impersonal(tok, discourse.subject(tok))):
        return []  # ("it is understood that": a cue only in the impersonal passive)
    if _unreported(tok) or _framing(tok):
        return []
    negated = any(c.dep_ == "neg" for c in tok.children)
    if negated and lemma not in NEG_RAISING or _free_relative(tok) and not _what_was(tok) or _under_agentless(tok):
        return []
    if lemma in FINITE_ONLY and not any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                                        for c in tok.children) and not _parenthetical(tok):
        return []
    seen = _headline_view(ctx, block, tok)
    if (lemma in NAMING_CUES - AS_CUES or lemma in AS_ONLY) and _object_content(tok) is None and seen is None:
        return []  # "called for talks", "held a meeting", "saw the film"
    subject = discourse.subject(tok)
    inverted = _inverted(ctx, block, tok) if subject is None else None
    if lemma in FINDING_CUES and not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                         for c in tok.children) and not _finding(tok, subject):
        return []  # "the survey shows a rise": no statement
    joint: list[Mention] = []
    if _impersonal(tok, subject):
        # "it is understood (that) ...": the "it" is a dummy, the passive hides the source
        claimant = _unspecified(ctx, block, subject, tok)
    elif any(c.dep_ == "auxpass" for c in tok.children) and not (subject is not None and subject.lower_ == "it"):
        # "X is expected to win", "he was told that ...": the passive subject is not the source,
        # the agent ("by X") is; "it was reported that ..." keeps the impersonal "it" (the report)
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        claimant = _claimant(ctx, block, agent) if agent is not None else None
    elif subject is not None:
        claimant = _claimant(ctx, block, subject)
        joint = _joint(ctx, block, subject)
        if joint:  # "A and B said ...", "the two firms said ...": one claim per claimant
            claimant = joint[0]
    elif inverted is not None:
        claimant = inverted[0]
    else:
        # "... Iran Saleh al-Arouri said ...": the parse lost the subject, but a name right
        # before the cue verb is who speaks.
        before = ctx.before(block.pos(tok.idx) + 1)
        gap = ctx.document.text[before.end:block.pos(tok.idx)].strip(" *_") if before is not None else "x"
        set_off = (gap == "," and before.category == "Person"
                   and ctx.document.text[max(0, before.start - 8):before.start].rstrip().endswith(","))
        # (a name set off by commas, "Acme's chief, Jane Roe, said", which the parser tore apart)
        claimant = before if (gap == "" or set_off) and before.category in ("Person", "Organization") else None
        modal = tok.doc[tok.i - 1] if tok.i and tok.doc[tok.i - 1].tag_ == "MD" else None
        if claimant is None and modal is not None and modal.text[:1].isupper() and tok.tag_ in ("VBD", "VBZ"):
            # "“...,” May wrote": a surname that is also a modal verb ("Brian May ... May wrote"),
            # as no modal goes with a verb in the past or third person
            claimant = _surname(ctx, block, modal, misread=True)
    if claimant is None or claimant.category == "Place" and claimant.kind != "Country" and "metonymy" not in claimant.method:
        return []
    if lemma in FINDING_CUES and claimant.category == "Person" and not (subject is not None and subject.lower_ in DATA_NOUNS):
        return []  # "she found that the door was locked": a perception ("research by Dr Roe found" is a finding)
    cue_offset = block.pos(tok.idx)
    cue = tok.text
    if claimant.method == "agentless-passive":  # the cue is the whole passive phrase
        cue_offset, cue = claimant.start, claimant.text
    if going_on:
        cue = tok.text + " on"
    if lemma == "point" and any(c.lower_ == "out" for c in tok.children):
        cue = "pointed out" if tok.text.lower().startswith("pointed") else tok.text + " out"
    if negated:  # "does not, however, think": the cue runs from the auxiliary
        first = min((c for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i), key=lambda c: c.i)
        cue_offset = block.pos(first.idx)
        cue = ctx.document.text[cue_offset:block.pos_end(tok.idx + len(tok.text))]
    out = []
    span = inverted[1] if inverted is not None else _what_was(tok) or _object_content(tok) or seen or _content(block, tok)
    # A direct quotation next to the cue ("“...,” X said" / "X said: “...”"), unless it is only
    # a phrase quoted inside the reported clause.
    sent = tok.sent
    strays = [discourse.stray_cue(c) for c in tok.children if c.dep_ == "ccomp"]
    later = min((t.idx for t in strays if t is not None), default=None)  # "... and promised a “fair” deal"
    for qs, qe in quotes:
        if span is not None and span[0] <= qs and qe <= span[1] and (qe - qs) < 0.8 * (span[1] - span[0]):
            continue
        if later is not None and qs > later:
            continue
        if span is not None and span[0] > tok.idx and qe <= tok.idx:
            continue  # the cue reports what follows it; a quotation before it is someone else's
        if any(o.left_edge.idx <= qs and qe <= o.right_edge.idx + len(o.right_edge.text) + 1
               for o in tok.children if o.dep_ in ("dobj", "attr")):
            continue  # a quoted name inside the object ("acknowledged the principle of “X”")
        touches = qe + 1 >= sent.start_char or _question_then_cue(block, qs, qe, tok)
        if (qs - 1 <= sent.end_char and touches) and not (qs <= tok.idx < qe):
            gap = block.text[qe:tok.idx] if qe <= tok.idx else block.text[tok.idx:qs]
            if len(gap) < 60 and "“" not in gap.strip("“”\" ,.:") and len(block.text[qs:qe].split()) >= 3:
                s, e = trim_span(ctx.document.text, block.pos(qs), block.pos_end(qe))
                out.append((abs(qs - tok.idx) if qs > tok.idx else abs(tok.idx - qe), qs, qe, s, e))
    if out:
        # the quotation next to the cue, and those it runs on from ("“A ... “B ...,” he said")
        _, qs, qe, s, e = min(out)
        chosen = [(s, e)]
        for _, ps, pe, s2, e2 in sorted(out, key=lambda q: -q[1]):
            if pe <= qs and not block.text[pe:qs].strip(" \n“”\"'"):
                chosen.append((s2, e2))
                qs = ps
        return _each(ctx, joint, [_record(ctx, s, e, claimant, cue, cue_offset, lemma, True, times, "claim:quote")
                                  for s, e in sorted(chosen)])
    if span is None or _indirect_question(tok, span):
        return []
    s, e = trim_span(ctx.document.text, block.pos(span[0]), block.pos_end(span[1]))
    denied = lemma == "deny" and span == _object_content(tok)  # ("denied the charges": short, yet a claim)
    if e - s < 8 or len(ctx.document.text[s:e].split()) < (2 if denied else 3):
        return []
    record = _record(ctx, s, e, claimant, cue, cue_offset, lemma, False, times, "claim:cue-verb")
    return _each(ctx, joint, [replace(record, stance="Denies") if negated else record])


QUOTE_ONLY_CUES = {"continue": "add", "ask": "say", "read": "say", "agree": "say"}
"""Verbs that report only a direct quotation next to them ("X continued: “...”", "“...?” X
asked", "a statement read: “...”", "“...,” agreed Roe"), and the cue they then stand for;
otherwise they report nothing ("continued to fall", "asked for help", "read the report",
"agreed to pay")."""


def _quotes_only(tok) -> bool:
    """Whether a verb of :data:`QUOTE_ONLY_CUES` introduces or closes a direct quotation: a colon
    and an opening quotation mark right after it (after a pronoun object at most: "asked him:
    “...”"), or a quotation's closing mark right before it or before its subject ("“...,” Roe
    continued")."""
    if tok.lemma_.lower() not in QUOTE_ONLY_CUES or tok.pos_ != "VERB" or any(c.dep_ == "xcomp" for c in tok.children):
        return False  # ("continued to argue": the verb after it is the cue)
    doc = tok.doc
    after = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PRON" and doc[tok.i + 1].dep_ == "dobj")
    if discourse.opens_quotation(doc, after):
        return True
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return discourse.closes_quotation(doc, tok.i) or (
        subject is not None and subject.i == tok.i - 1 and discourse.closes_quotation(doc, subject.left_edge.i))


def _framing(tok) -> bool:
    """Whether a participle before a cue verb only frames it ("Responding to the speech, Jane Roe
    said: “...”", "Confirming the deal, she added ..."): it reports no clause of its own, so the
    quotation is the main verb's, not a second claim of the participle."""
    head = tok.head
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i < head.i and head.pos_ == "VERB"
            and head.lemma_.lower() in CUES and not any(c.dep_ == "ccomp" for c in tok.children))


def _goes_on(tok) -> bool:
    """Whether "go on" introduces or closes a quotation ("X went on: “...”", "“...,” he went on"):
    the particle "on" with nothing else going on ("went on to win", "went on strike"), and a
    colon right after it or a quotation's closing mark and comma right before the verb."""
    if tok.lemma_.lower() != "go" or tok.pos_ != "VERB":
        return False
    prt = [c for c in tok.children if c.dep_ == "prt" and c.lower_ == "on"]
    if not prt or any(c.dep_ in ("xcomp", "dobj", "prep", "advcl") and c.i > prt[0].i for c in tok.children):
        return False
    doc = tok.doc
    return discourse.opens_quotation(doc, prt[0].i + 1) or discourse.closes_quotation(doc, tok.i) or (
        tok.i >= 1 and doc[tok.i - 1].pos_ == "PRON" and discourse.closes_quotation(doc, tok.i - 1))


def _finding(cue, subject) -> bool:
    """Whether "find" or "show" reports a finding: a "that" right after it, or, without "that",
    a subject that is figures or a study ("Acme figures showed sales fell", "a study which found prices rose") and its
    complement a finite clause with a subject of its own (not "the survey shows a rise")."""
    if cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].dep_ == "mark" and cue.doc[cue.i + 1].lower_ == "that":
        return True  # "found that ...", also when the parser hung the "that" on an auxiliary
    return (subject is not None and subject.lower_ in DATA_NOUNS
            and any(c.dep_ == "ccomp" and c.i > cue.i and (_finite_clause(c) or _split_subject(cue, c) is not None)
                    for c in cue.children))


PARENTHETICAL_OPENERS = {"also", "but", "and", "however", "yet", "still", "now", "meanwhile", "moreover",
                         "furthermore", "instead", "so", "besides", "nevertheless", "similarly", "likewise"}
"""Sentence adverbs and conjunctions that can stand alone before an inverted parenthetical cue
("Also, said Mr Roe, ..."): they link the sentence to the story, not to the reported clause."""


def _inverted(ctx: Context, block, cue) -> tuple[Mention, tuple[int, int]] | None:
    """The speaker and the block span of a sentence interrupted by an inverted cue set off by
    commas ("On a larger scale, said Mr Roe, cheaper parts can cut costs."), which the parser
    reads as a cue whose subject is in the reported clause. The speaker is the name (after an
    honorific) between the cue and the next comma; the content is the whole sentence, cue
    included (the guideline for a cue that interrupts its content), or what follows the cue
    when only a linking word precedes it ("Also, said Mr Roe, ...")."""
    doc, sent = cue.doc, cue.sent
    if cue.i - 2 < sent.start or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    comma = next((t for t in doc[cue.i + 1:min(cue.i + 7, sent.end)] if t.text == ","), None)
    if comma is None or comma.i == cue.i + 1 or comma.i + 1 >= sent.end or doc[comma.i + 1].is_punct:
        return None
    first = doc[cue.i + 1]
    if first.lower_.rstrip(".") in HONORIFICS and first.i + 1 < comma.i:
        first = doc[first.i + 1]
    start, end = block.pos(first.idx), block.pos_end(doc[comma.i - 1].idx + len(doc[comma.i - 1].text))
    m = ctx.at(start, end)
    if m is None or (m.start, m.end) != (start, end) or m.category not in ("Person", "Organization"):
        return None
    last = sent.end - 1
    while last > comma.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    opener = [t for t in doc[sent.start:cue.i - 1] if not t.is_punct]
    begin = doc[comma.i + 1] if len(opener) == 1 and opener[0].lower_ in PARENTHETICAL_OPENERS else sent[0]
    return m, (begin.idx, doc[last].idx + len(doc[last].text))


def _agentless_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"Washington is thought to fear ...", "X are said to have ...": the whole clause, subject
    included, is a claim of an unspecified source (the passive phrase is its mention)."""
    if not _agentless(tok):
        return []
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    xcomp = _infinitive(tok)
    noun = _reduced_relative(tok)
    if noun is not None:
        # the reduced relative "the vote, widely expected to be held in May": the noun phrase
        # with its participle is what is expected (or said) of it
        end = max(x.i for x in tok.subtree)
        toks = [t for t in tok.doc[noun.left_edge.i:end + 1] if not t.is_punct or noun.i < t.i < tok.i]
    elif subject is None and tok.dep_ == "conj" and discourse.subject(tok) is not None:
        # "X will not attend, but is said to be watching": the subject is shared, the claim is
        # the passive and what it reports
        first_aux = min((c for c in tok.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i, default=tok)
        toks = [t for t in sorted([*tok.children, tok, *xcomp.subtree], key=lambda t: t.i)
                if t.i >= first_aux.i and t.dep_ != "cc" and not t.is_punct]
    elif subject is None or subject.lower_ in ("this", "that"):
        return []  # (a referential "it" is a subject like any: "It is reported to be keen on ...")
    else:
        toks = sorted([*subject.subtree, *tok.children, tok, *xcomp.subtree], key=lambda t: t.i)
        toks = [t for t in toks if t.i >= subject.left_edge.i and not t.is_punct or t.i > subject.i and t.text in "\"”’'"]
    s, e = trim_span(ctx.document.text, block.pos(toks[0].idx), block.pos_end(toks[-1].idx + len(toks[-1].text)))
    if len(ctx.document.text[s:e].split()) < 4:
        return []
    marks = ("advmod",) if noun is not None else ("auxpass",)  # "widely expected", "is said"
    first = min((c for c in tok.children if c.dep_ in marks and c.i < tok.i), key=lambda c: c.i, default=tok)
    to = next(a for a in xcomp.children if a.dep_ == "aux" and a.lower_ == "to")
    if noun is not None or to.i != tok.i + 1:
        to = tok  # the cue is the participle ("expected", "was reported in May to ...")
    source = _unspecified(ctx, block, first, to)
    lemma = "expect" if tok.lemma_.lower() in EXPECTED else tok.lemma_.lower()  # "is tipped to": a forecast
    record = _record(ctx, s, e, source, source.text, source.start, lemma, False, times, "claim:agentless")
    return [replace(record, confidence=0.55)]


def _hearsay_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"Acme is reportedly working on an offer": the main clause the adverb modifies (with the
    verbs that share its subject, "X have played with many but have reportedly not toured"; not a
    clause of its own coordinated with it, "..., and police are investigating") is a claim of an
    unspecified source. Only a main clause: inside a reported clause the adverb is the speaker's
    ("X said Y was reportedly ..."), a quotation is its speaker's words, and "according to X"
    names the source."""
    if tok.lower_ not in HEARSAY_ADVERBS or tok.dep_ != "advmod" or discourse.quoted(block, tok):
        return []
    if any(t.lower_ == "according" for t in tok.sent):
        return []  # "..., according to the BBC": the named source's claim
    verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head  # ("was reportedly furious")
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause and not _own_subject(clause):
        clause = clause.head  # "X have played ... but have reportedly not toured": one subject
    top = clause
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    if top.dep_ != "ROOT":
        return []
    others = [c for c in clause.children if c.dep_ == "conj" and _own_subject(c) and verb not in c.subtree]
    cut = min((c.left_edge.i for c in others), default=None)  # "..., and police are investigating": not hearsay
    toks = [t for t in clause.subtree if not t.is_space and (cut is None or t.i < cut)]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    while toks and (toks[0].i == tok.i or toks[0].is_punct):
        toks.pop(0)  # ("Reportedly, the striker ...": the adverb is the cue, not the content)
    s, e = trim_span(ctx.document.text, block.pos(toks[0].idx), block.pos_end(toks[-1].idx + len(toks[-1].text)))
    if len(ctx.document.text[s:e].split()) < 4:
        return []
    source = _outlet_before(ctx, block, tok) or _unspecified(ctx, block, tok, tok)
    record = _record(ctx, s, e, source, tok.text, block.pos(tok.idx), "report", False, times, "claim:hearsay")
    return [replace(record, confidence=0.55)]


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _outlet_before(ctx: Context, block, tok) -> Mention | None:
    """The news outlet whose report the sentence before gave ("According to the Daily Vexo, ...
    They reportedly agreed ..."): the report goes on, so "reportedly" is that outlet's word."""
    found = discourse.previous_sentence(ctx, block, tok)
    if found is None or found[0] is not block:
        return None
    sent = found[1]
    start, end = block.pos(sent.start_char), block.pos_end(sent.end_char)
    outlets = [m for offset, m in ctx.bodies if start <= offset < end and m.kind == "MediaOutlet"]
    return outlets[-1] if outlets else None


JUDGED_AS = {"see", "regard", "view"}
JUDGED = {"consider", "deem"}
"""Passive cues of a judgement with a predicate and no agent: "X was seen/regarded/viewed as Y",
"X is considered/deemed Y". Like "is said to", they attribute the judgement to an unspecified
source (held-out guideline: "was seen as crucial", "are considered vital")."""


def _judgement(tok):
    """The predicate of a passive judgement: the "as"-phrase ("was seen as crucial") or the
    object predicate ("are considered vital"); None for a perception ("was seen as he left",
    "was seen in the park") or with an agent ("considered by many to be ...")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "VBN" or lemma not in JUDGED_AS | JUDGED or any(c.dep_ == "agent" for c in tok.children):
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.tag_ == "MD" for c in tok.children):
        return None
    if lemma in JUDGED_AS:
        return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == tok.i + 1
                     and any(g.dep_ in ("pobj", "amod", "acomp") for g in c.children)), None)
    return next((c for c in tok.children if c.dep_ in ("oprd", "acomp") and c.i == tok.i + 1), None)


def _judged_claim(ctx: Context, block, tok, times) -> list[ClaimRecord]:
    """"The deal was seen as crucial to ...", "Such reforms are considered vital for ...": the
    clause, subject included, is a claim of an unspecified source; the passive is the cue. Not
    inside what another cue reports ("they agreed that an attack is considered an attack on all"),
    where the judgement is that speaker's."""
    predicate = _judgement(tok)
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if predicate is None or subject is None or subject.lower_ in ("it", "this", "that", "which", "who"):
        return []
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in CUES or discourse.quoted(block, tok):
        return []
    toks = [t for t in (*subject.subtree, tok, *(t for c in tok.children if c.i > tok.i for t in c.subtree))
            if not t.is_punct or t.i > tok.i]
    s, e = trim_span(ctx.document.text, block.pos(min(toks, key=lambda t: t.i).idx),
                     block.pos_end(max(t.idx + len(t.text) for t in toks)))
    if len(ctx.document.text[s:e].split()) < 4:
        return []
    first = min((c for c in tok.children if c.dep_ == "auxpass"), key=lambda c: c.i)
    last = predicate if predicate.lower_ == "as" else tok
    source = _unspecified(ctx, block, first, last)
    lemma = "expect" if tok.lemma_.lower() in EXPECTED else tok.lemma_.lower()  # "is tipped to": a forecast
    record = _record(ctx, s, e, source, source.text, source.start, lemma, False, times, "claim:agentless")
    return [replace(record, stance="Assesses", confidence=0.55)]
