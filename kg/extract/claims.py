"""Claims: attributed statements, kept apart from facts.

Found from cue verbs with a clausal complement ("X said that ..."), direct quotations with an
attribution ("“...,” X said"), "according to X", "in X's assessment", reports as subjects ("the
report noted that ..."), and attributing headlines ("..., Amit Center says"). The claimant is a
resolved actor, a pronoun's antecedent, or an unnamed source ("Palestinian sources"). A claim
whose cue lies inside another claim's content is relayed by it, so "the report said that
Sinwar said that Soleimani told him X" is a chain of three claims.
"""
from __future__ import annotations

import re

from ..model import ClaimRecord, DateValue, EventRecord, Mention
from . import time as timex
from .context import Context, trim_span

CUES = {
    "say": "Asserts", "tell": "Asserts", "claim": "Asserts", "add": "Asserts", "stress": "Asserts",
    "note": "Asserts", "admit": "Asserts", "state": "Asserts", "announce": "Asserts", "explain": "Asserts",
    "insist": "Asserts", "argue": "Asserts", "confirm": "Asserts", "acknowledge": "Asserts", "reveal": "Asserts",
    "indicate": "Asserts", "suggest": "Asserts", "emphasize": "Asserts", "emphasise": "Asserts", "assert": "Asserts",
    "allege": "Asserts", "report": "Asserts", "write": "Asserts", "declare": "Asserts", "mention": "Asserts",
    "describe": "Asserts", "signal": "Asserts", "point": "Asserts", "repeat": "Asserts", "reiterate": "Asserts",
    "maintain": "Asserts", "contend": "Asserts", "observe": "Asserts", "remark": "Asserts", "comment": "Asserts",
    "deny": "Denies", "dismiss": "Denies", "refute": "Denies",
    "believe": "Assesses", "think": "Assesses", "assess": "Assesses", "estimate": "Assesses", "consider": "Assesses",
    "conclude": "Assesses", "judge": "Assesses", "suspect": "Assesses", "assume": "Assesses", "feel": "Assesses",
    "expect": "Expects", "predict": "Expects", "forecast": "Expects", "anticipate": "Expects", "warn": "Expects",
    "vow": "Expects", "promise": "Expects", "pledge": "Expects", "threaten": "Expects",
}
"""Cue verb lemma → default stance."""
SOURCE_NOUNS = {"source", "sources", "official", "officials", "diplomat", "diplomats", "analyst", "analysts",
                "expert", "experts", "observer", "observers", "witness", "witnesses", "reports",
                "media", "resident", "residents", "insider", "insiders", "commentator", "commentators"}
"""Nouns that name an unnamed source ("Palestinian sources", "Western diplomats")."""
AGENT_NOUNS = {"official", "officials", "spokesman", "spokesmen", "spokeswoman", "representative",
               "representatives", "leader", "leaders", "leadership", "government", "authorities", "ministry",
               "minister", "delegation", "diplomat", "diplomats", "envoy", "military", "army", "regime"}
"""Nouns that speak for the state or organization that modifies them ("Iranian officials" → Iran)."""
REPORT_NOUNS = {"report", "study", "document", "statement", "article", "paper", "assessment", "analysis",
                "newspaper", "website", "center", "centre", "institute", "group", "movement", "organization",
                "organisation", "ministry", "agency", "it"}
"""Nouns (and "it") that, as the subject of a cue, refer back to an organization or its report."""
_FUTURE = re.compile(r"\b(?:will|would|shall|'ll|going to|expected to|is to|are to|set to|likely to|poised to|may|might|could)\b", re.I)
_QUOTE = re.compile(r"“([^“”]{8,}?)”|\"([^\"]{8,}?)\"", re.S)


def find(ctx: Context, anchor: DateValue | None, events: list[EventRecord]) -> list[ClaimRecord]:
    """Every claim of the document, in text order, with chains and asserted events.

    :param anchor: the publication date, for relative statement dates.
    :param events: the document's events, to link claims to the events they assert.
    """
    found: list[ClaimRecord] = []
    for block, doc in ctx.parsed:
        quotes = _quotes(block)
        for sent in doc.sents:
            times = [(block.pos(sent.start_char + s), block.pos_end(sent.start_char + e), v)
                     for s, e, v in timex.find(block.text[sent.start_char:sent.end_char], anchor)]
            for tok in sent:
                new = _from_cue(ctx, block, tok, quotes, times) + _according_to(ctx, block, tok, sent, times)
                for c in new:
                    speaker = next((m for m in ctx.mentions if m.key == c.claimant and m.category == "Person"), None)
                    nested = any(o.start <= c.cue_start < o.end for o in found)
                    if speaker is not None and not nested:
                        ctx.last_speaker = Mention(speaker.start, c.cue_start, speaker.text, speaker.category,
                                                   speaker.kind, speaker.method, speaker.confidence, speaker.key)
                found += new
    return _link(_dedupe(found), events)


def _quotes(block) -> list[tuple[int, int]]:
    """Inner spans (block offsets) of direct quotations, which may span sentences."""
    return [(m.start(1) if m.group(1) is not None else m.start(2), m.end(1) if m.group(1) is not None else m.end(2))
            for m in _QUOTE.finditer(block.text)]


def _claimant(ctx: Context, block, tok) -> Mention | None:
    """The claimant a subject token stands for: an actor, a pronoun's antecedent, a report's
    author, or a new unnamed-source mention."""
    m = ctx.of_token(block, tok)
    if m is not None:
        return m
    offset = block.pos(tok.idx)
    lower = tok.lower_
    if lower in ("he", "she"):
        recent = ctx.last_speaker
        if recent is not None and 0 <= offset - recent.end < 1500:
            return recent
        return ctx.before(offset, category="Person")
    for child in tok.children:  # "the center's head Reuven Ehrlich": the person named in the subject
        if child.dep_ in ("compound", "appos"):
            m = ctx.of_token(block, child)
            if m is not None and m.category == "Person":
                return m
    lemma = tok.lemma_.lower()
    for child in tok.children:  # "Hamas' statement", "a report by the center", "the Amit Center report"
        if child.dep_ in ("poss", "compound") or child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            for g in ([child] if child.dep_ != "prep" else [c for c in child.children if c.dep_ == "pobj"]):
                m = ctx.of_token(block, g)
                if m is None and lemma in REPORT_NOUNS and g.lemma_.lower() in REPORT_NOUNS and g is not tok:
                    m = _claimant(ctx, block, g)
                if m is not None and (m.category != "Place" or m.kind == "Country"):
                    return m
    if lower in AGENT_NOUNS or lemma in AGENT_NOUNS:
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i:
                m = ctx.of_token(block, child)
                if m is None and child.tag_ == "JJ":
                    m = ctx.demonym(block.pos(child.idx), child.text)
                if m is not None and m.category in ("Organization", "Place"):
                    return m
    if lower in SOURCE_NOUNS or lemma in SOURCE_NOUNS and tok.tag_ == "NNS":
        return _unnamed(ctx, block, tok)
    if lemma in REPORT_NOUNS:
        # "the report", "the center": the organization whose report the article is about
        found = [m for m in (ctx.before(offset, kind=k) for k in ("ThinkTank", "MediaOutlet")) if m is not None]
        if found:
            return max(found, key=lambda m: m.end)
        if lemma in ("group", "movement", "organization", "organisation"):
            return ctx.before(offset, category="Organization")
        if lemma != "it":
            return _unnamed(ctx, block, tok)
    return None


def _unnamed(ctx: Context, block, tok) -> Mention:
    """An unnamed source ("Palestinian sources", "the report"), added as a mention of its own."""
    left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "det", "nummod", "nmod") and t.i >= tok.i - 3]
    first = min([tok] + [t for t in left if t.dep_ != "det" or t.lower_ in ("some", "several", "many")],
                key=lambda t: t.i)
    s = block.pos(first.idx)
    e = block.pos_end(tok.idx + len(tok.text))
    label = ctx.document.text[s:e]
    key = f"unnamed {ctx.document.sha256[:12]} {label.lower()}"
    existing = ctx.at(s, e)
    if existing is not None and existing.key == key:
        return existing
    m = Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-source", 0.6, key)
    ctx.mentions.append(m)
    ctx.reindex()
    return m


def _subject(tok):
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if tok.dep_ in ("conj", "xcomp") and tok.head is not tok:
        return _subject(tok.head)
    return None


def _content(block, cue) -> tuple[int, int] | None:
    """Block span of what the cue reports: its clausal complement, or the clause it interrupts."""
    for child in cue.children:
        if child.dep_ in ("ccomp", "xcomp") and child.i > cue.i or child.dep_ == "ccomp":
            toks = [t for t in child.subtree if t.dep_ != "mark" or t.head is not child]
            toks = [t for t in toks if not (t.i == toks[0].i and t.lower_ == "that")]
            if child.dep_ == "xcomp" and cue.lemma_.lower() not in ("expect", "promise", "vow", "pledge", "threaten"):
                continue
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i != cue.i:
        head = cue.head
        toks = [t for t in head.subtree if t not in set(cue.subtree)]
        if toks:
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    # "..., senior official says" (headlines, inverted attribution): what precedes the comma
    sent = cue.sent
    subject_start = min((t.i for c in cue.children if c.dep_ == "nsubj" for t in c.subtree), default=cue.i)
    comma = subject_start - 1
    if comma > sent.start and cue.doc[comma].text == "," and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > cue.i for c in cue.children):
        first = sent[0]
        return first.idx, cue.doc[comma].idx
    return None


def _stance(cue_lemma: str, content: str, default: str) -> str:
    if default == "Asserts" and _FUTURE.search(content[:80]):
        return "Expects"
    return default


def _statement_date(times, start: int, end: int, cue_offset: int):
    """A time expression of the sentence outside the content, nearest the cue."""
    best = None
    for s, e, value in times:
        if s >= end or e <= start:
            distance = abs(s - cue_offset)
            if distance < 60 and (best is None or distance < best[0]):
                best = (distance, value)
    return best[1] if best else None


def _from_cue(ctx: Context, block, tok, quotes, times) -> list[ClaimRecord]:
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in CUES or any(c.dep_ == "neg" for c in tok.children):
        return []
    subject = _subject(tok)
    if subject is not None:
        claimant = _claimant(ctx, block, subject)
    else:
        # "... Iran Saleh al-Arouri said ...": the parse lost the subject, but a name right
        # before the cue verb is who speaks.
        before = ctx.before(block.pos(tok.idx) + 1)
        gap = ctx.document.text[before.end:block.pos(tok.idx)] if before is not None else "x"
        claimant = before if gap.strip(" *_") == "" and before.category in ("Person", "Organization") else None
    if claimant is None or claimant.category == "Place" and claimant.kind != "Country" and "metonymy" not in claimant.method:
        return []
    cue_offset = block.pos(tok.idx)
    cue = tok.text
    if lemma == "point" and any(c.lower_ == "out" for c in tok.children):
        cue = "pointed out" if tok.text.lower().startswith("pointed") else tok.text + " out"
    out = []
    span = _content(block, tok)
    # A direct quotation next to the cue ("“...,” X said" / "X said: “...”"), unless it is only
    # a phrase quoted inside the reported clause.
    sent = tok.sent
    for qs, qe in quotes:
        if span is not None and span[0] <= qs and qe <= span[1] and (qe - qs) < 0.8 * (span[1] - span[0]):
            continue
        if (qs - 1 <= sent.end_char and qe + 1 >= sent.start_char) and not (qs <= tok.idx < qe):
            gap = block.text[qe:tok.idx] if qe <= tok.idx else block.text[tok.idx:qs]
            if len(gap) < 60 and "“" not in gap.strip("“”\" ,.:") and len(block.text[qs:qe].split()) >= 3:
                s, e = trim_span(ctx.document.text, block.pos(qs), block.pos_end(qe))
                out.append(_record(ctx, s, e, claimant, cue, cue_offset, lemma, True, times, "claim:quote"))
    if out:
        return out
    if span is None:
        return []
    s, e = trim_span(ctx.document.text, block.pos(span[0]), block.pos_end(span[1]))
    if e - s < 8 or len(ctx.document.text[s:e].split()) < 3:
        return []
    return [_record(ctx, s, e, claimant, cue, cue_offset, lemma, False, times, "claim:cue-verb")]


def _record(ctx: Context, s: int, e: int, claimant: Mention, cue: str, cue_offset: int, lemma: str,
            quoted: bool, times, method: str) -> ClaimRecord:
    content = ctx.document.text[s:e]
    stance = _stance(lemma, content, CUES.get(lemma, "Asserts"))
    about = tuple(sorted({m.key for m in ctx.within(s, e) if m.key != claimant.key and m.category != "UnnamedSource"}))
    return ClaimRecord(start=s, end=e, claimant=claimant.key, cue=cue, cue_start=cue_offset, stance=stance,
                       date=_statement_date(times, s, e, cue_offset), quoted=quoted, about=about, method=method,
                       confidence=0.75 if quoted else 0.65)


def _according_to(ctx: Context, block, tok, sent, times) -> list[ClaimRecord]:
    """"According to X, ..." / "..., according to X" and "In X's assessment, ..."."""
    lower = tok.lower_
    if lower == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        pobj = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        cue, stance, phrase_end = "according to", "Asserts", None
    elif lower in ("assessment", "view", "opinion", "estimate", "estimation") and tok.head.lower_ == "in":
        pobj = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
        if pobj is None:
            pobj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), None)
        cue, stance, phrase_end = "in " + ("assessment" if lower == "assessment" else lower), "Assesses", None
    else:
        return []
    if pobj is None:
        return []
    claimant = _claimant(ctx, block, pobj)
    if claimant is None:
        return []
    phrase = [t for t in (tok.head.subtree if lower != "according" else tok.subtree)]
    p_start, p_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    before = (sent.start_char, p_start)
    after = (p_end, sent.end_char)
    s, e = after if after[1] - after[0] >= before[1] - before[0] else before
    s, e = trim_span(ctx.document.text, block.pos(s), block.pos_end(e))
    if e - s < 8:
        return []
    record = _record(ctx, s, e, claimant, cue if lower == "according" else block.text[tok.head.idx:tok.idx + len(tok.text)],
                     block.pos(tok.head.idx if lower != "according" else tok.idx), "assess" if stance == "Assesses" else "say",
                     False, times, "claim:according-to" if lower == "according" else "claim:assessment")
    return [record]


def _dedupe(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """One claim per cue: a quotation wins over the clause parse of the same cue."""
    by_cue: dict[tuple[int, str], ClaimRecord] = {}
    for c in sorted(claims, key=lambda c: (c.cue_start, not c.quoted, c.start)):
        by_cue.setdefault((c.cue_start, c.claimant), c)
    return sorted(by_cue.values(), key=lambda c: (c.start, c.end, c.cue_start))


def _link(claims: list[ClaimRecord], events: list[EventRecord]) -> list[ClaimRecord]:
    """Chains (a claim whose cue is inside another claim's content is relayed by it) and the
    events each claim's content asserts."""
    from dataclasses import replace

    out = []
    for i, c in enumerate(claims):
        outer = [j for j, o in enumerate(claims) if j != i and o.start <= c.cue_start < o.end and (o.end - o.start) > (c.end - c.start)]
        relayed = min(outer, key=lambda j: claims[j].end - claims[j].start) if outer else None
        asserted = tuple(k for k, ev in enumerate(events)
                         if ev.start >= c.start and ev.end <= c.end + 1 or
                         min(ev.end, c.end) - max(ev.start, c.start) > 0.6 * (ev.end - ev.start))
        out.append(replace(c, relayed_by=relayed, events=asserted))
    return out
