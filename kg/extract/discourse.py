"""Discourse helpers shared by the claim and event extractors: where direct quotations run, who the
subject of a reporting verb is, which sentence comes before, and who a bare title ("the mayor",
"the prince") stands for. Both :mod:`kg.extract.claims` and :mod:`kg.extract.events` import them
from here, so neither imports the other's internals.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from .context import Context, doc_text
from .titles import ROLE_NOUNS

CUES = {
    "say": "Asserts", "tell": "Asserts", "claim": "Asserts", "add": "Asserts", "stress": "Asserts",
    "note": "Asserts", "admit": "Asserts", "state": "Asserts", "announce": "Asserts", "explain": "Asserts",
    "insist": "Asserts", "argue": "Asserts", "confirm": "Asserts", "acknowledge": "Asserts", "reveal": "Asserts",
    "indicate": "Asserts", "suggest": "Asserts", "emphasize": "Asserts", "emphasise": "Asserts", "assert": "Asserts",
    "allege": "Asserts", "report": "Asserts", "write": "Asserts", "declare": "Asserts", "mention": "Asserts",
    "describe": "Assesses", "signal": "Asserts", "point": "Asserts", "repeat": "Asserts", "reiterate": "Asserts",
    "maintain": "Asserts", "contend": "Asserts", "observe": "Asserts", "remark": "Asserts", "comment": "Asserts",
    "deny": "Denies", "dismiss": "Denies", "refute": "Denies",
    "believe": "Assesses", "think": "Assesses", "assess": "Assesses", "estimate": "Assesses", "consider": "Assesses",
    "conclude": "Assesses", "judge": "Assesses", "suspect": "Assesses", "assume": "Assesses", "feel": "Assesses",
    "expect": "Expects", "predict": "Expects", "forecast": "Expects", "anticipate": "Expects", "warn": "Expects",
    "vow": "Expects", "promise": "Expects", "pledge": "Expects", "threaten": "Expects",
    # replies, concessions and other reporting verbs of news English (UK and US spellings)
    "reply": "Asserts", "respond": "Asserts", "retort": "Asserts", "answer": "Asserts", "concede": "Asserts",
    "hint": "Asserts", "express": "Asserts", "voice": "Asserts", "recall": "Asserts", "accept": "Asserts", "recognise": "Asserts",
    "recognize": "Asserts", "assure": "Asserts", "inform": "Asserts", "boast": "Asserts", "complain": "Asserts",
    "underline": "Asserts", "underscore": "Asserts", "urge": "Asserts", "disclose": "Asserts", "testify": "Asserts",
    "dispute": "Denies", "reckon": "Assesses", "doubt": "Assesses", "speculate": "Assesses", "suppose": "Assesses",
    "fear": "Expects", "hope": "Expects", "caution": "Expects",
    "depict": "Assesses", "portray": "Assesses", "characterise": "Assesses", "characterize": "Assesses",
    "brand": "Assesses", "label": "Assesses", "dub": "Assesses",
    # judging a thing by naming it: "hailed the deal as historic", "called the issue a red line"
    "hail": "Assesses", "call": "Assesses", "term": "Assesses", "hold": "Assesses",
    "counter": "Asserts", "quip": "Asserts", "joke": "Asserts", "recount": "Asserts", "highlight": "Asserts",
    "concur": "Assesses", "lament": "Assesses",
    # findings of reports and bodies: "the study found that ...", "figures show that ..."
    "find": "Asserts", "show": "Asserts",
    # judging a thing as something: "saw the vote as a warning", "rejected the claims as lies"
    "see": "Assesses", "regard": "Assesses", "view": "Assesses", "reject": "Denies",
}
"""Cue verb lemma → default stance."""


DESCRIBING_CUES = {"describe", "depict", "portray", "characterise", "characterize", "brand", "label", "dub"}
"""Verbs of "<verb> X as Y" that judge X by the words Y ("described the talks as useful"): cues of a
claim (:mod:`kg.extract.claims`), and of praise or criticism when Y judges (:mod:`kg.extract.events`)."""


OBJECT_CUES = {"promise", "pledge", "vow", "predict", "forecast", "expect", "anticipate"}
"""Cues whose noun-phrase object is what they report ("promised a firm policy")."""


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "dame", "prof"}
"""Words that may precede a name without being part of the mention ("Mr Novak: ...")."""


GOING_ON = {"add", "continue", "go", "insist", "explain", "conclude", "stress", "reiterate", "repeat"}
"""Cues of a speaker going on with their words ("“...,” he added")."""


def speaks_on(cue) -> bool:
    """Whether a cue says its speaker goes on ("added", "continued", "also said", "said again"):
    what it attributes continues the latest speaker's words, whoever the sentence before is about."""
    return cue.lemma_.lower() in GOING_ON or any(c.dep_ == "advmod" and c.lower_ in ("also", "again", "later")
                                                 for c in cue.children)


def quotes(block) -> tuple[tuple[int, int], ...]:
    """Inner spans (block offsets) of direct quotations, which may span sentences. News style
    opens a new quotation without closing the one before when the speaker goes on ("... hope.
    “Labour is ...”"), and lets the last one of a paragraph run on: such a quotation ends where
    the next one opens, or at the end of the block."""
    return quote_spans(block.text)


@lru_cache(maxsize=256)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`kg.extract.discourse.quotes` of a block's text (cached: every cue and pronoun asks again)."""
    out: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(text):
        if ch not in "“”\"":
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == "“" or ch == '"' and (before.isspace() or before in "([{—–-") and not after.isspace():
            opens = True
        elif ch == "”" or ch == '"' and not before.isspace():
            opens = False
        else:
            opens = start is None
        if opens:
            if start is not None and len(text[start:i].rstrip()) - 0 >= 8 and text[start:i].rstrip()[-1:] in ".!?":
                out.append((start, start + len(text[start:i].rstrip())))  # unclosed: the speaker went on
            start = i + 1
        elif start is not None:
            if i - start >= 8:
                out.append((start, i))
            start = None
    if start is not None and len(text[start:].rstrip()) >= 8 and text[start:].rstrip()[-1:] in ".!?":
        out.append((start, start + len(text[start:].rstrip())))
    return tuple(out)


def quoted(block, tok) -> bool:
    """Whether a token lies inside a direct quotation of its block."""
    return any(qs <= tok.idx < qe for qs, qe in quotes(block))


def previous_sentence(ctx: Context, block, tok):
    """(block, sentence) before the one holding ``tok``; when the sentence continues a quotation
    that began earlier ("“..., ” he said"), the sentence before the quotation's start."""
    doc = tok.doc
    start = tok.sent.start_char
    for qs, qe in quotes(block):
        # the sentence starts inside the quotation (or at its closing mark); one that starts
        # after the mark ("...peace.” He added: ...") is a sentence of its own
        if qs < start <= qe:
            start = min(start, qs)
    sents = [s for s in doc.sents if s.end_char <= start]
    if sents:
        return block, sents[-1]
    i = next((k for k, (b, _) in enumerate(ctx.parsed) if b is block), 0)
    if i > 0:
        b, d = ctx.parsed[i - 1]
        last = list(d.sents)
        return (b, last[-1]) if last else None
    return None


def subject(tok):
    """The subject of a cue verb: its own, the antecedent of a relative pronoun ("Beijing, which
    described ..."), or the one it shares with the verb it is coordinated with or modifies as a
    participle ("He added ..., stressing that ...")."""
    named = _named_between(tok)
    if named is not None:
        return named
    # (of two subjects, a parse error, the one nearer the verb: "Acme!'s Ms Roe said")
    for child in sorted(tok.children, key=lambda c: -c.i if c.i < tok.i else c.i):
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.tag_ in ("WP", "WDT") and child.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                return tok.head
            return child
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() == "quote":
        # "X was quoted as saying ...": the subject of the passive "quoted" speaks
        return next((c for c in tok.head.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if tok.dep_ == "conj" and stray_cue(tok.head) == tok:
        return subject(tok.head.head)
    stray = _stray_subject(tok) if tok.dep_ == "conj" else None
    if stray is not None:
        return stray
    if tok.dep_ in ("conj", "xcomp") and tok.head != tok:
        return subject(tok.head)
    inverted = _inverted_object(tok)
    if inverted is not None:
        return inverted
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head != tok:
        head = tok.head
        if head.dep_ == "ccomp" and head.head != head and head.head.lemma_.lower() in CUES:
            # "X insisted it would not bow, calling the issue ...": a participle after a
            # reported clause goes with the reporting verb, whatever the parser attached it to
            return subject(head.head)
        return subject(head)
    return None


def _stray_subject(tok):
    """The subject of a coordinated verb that the parser joined to the noun before "and" ("He
    was linked with Oldham and Keegan has stated ...": "Keegan" made a second "Oldham"): a noun
    right before the verb and its auxiliaries, itself a conjunct of a noun after "and" or "but"."""
    doc = tok.doc
    j = tok.i - 1
    while j > 0 and doc[j].head == tok and doc[j].dep_ in ("aux", "neg", "advmod"):
        j -= 1
    noun = doc[j]
    if j < 1 or (j == tok.i - 1 and noun.pos_ != "PROPN"):
        return None  # (with no auxiliary between them, only a name is taken for the subject)
    if (noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or noun.head.pos_ not in ("PROPN", "NOUN")
            or noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].lower_ not in ("and", "but")):
        return None
    return noun


def _named_between(tok):
    """The speaker named between a quotation's closing mark and its cue ("“...,” director of rugby
    Jane Roe told the paper") when the parser took a word inside the quotation for the cue's
    subject, or found none: the proper noun right before the cue, after title words only."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].pos_ != "PROPN":
        return None
    k = next((k for k in range(tok.i - 2, max(tok.i - 10, 0), -1) if closes_quotation(doc, k + 1)), None)
    if k is None or any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in doc[k + 1:tok.i]):
        return None
    own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return doc[tok.i - 1] if own is None or own.i <= k else None


def opens_quotation(doc, i: int) -> bool:
    """Whether token ``i`` is a colon followed by a quotation's opening mark ("X added: “...”")."""
    return i + 1 < len(doc) and doc[i].text == ":" and doc[i + 1].text in ("“", '"', "``")


def closes_quotation(doc, i: int) -> bool:
    """Whether token ``i`` comes right after a quotation's closing mark and the comma, question or
    exclamation mark before it ("“...,” added", "“...?” said")."""
    return i >= 2 and doc[i - 1].text in ("”", '"', "''") and doc[i - 2].text in (",", "?", "!")


def _inverted_object(tok):
    """The speaker of an inverted cue right after a quotation ("“...,” added Jane Roe.") that the
    parser took for the verb's object: a noun right after the cue (after "the" at most), when the
    cue follows the quotation's closing mark and its comma, question or exclamation mark."""
    doc = tok.doc
    if not closes_quotation(doc, tok.i):
        return None
    for child in tok.children:
        if child.dep_ in ("dobj", "attr", "npadvmod") and child.i > tok.i and child.pos_ in ("PROPN", "NOUN") \
                and all(t.dep_ in ("det", "compound", "amod") or t.pos_ == "PROPN" for t in doc[tok.i + 1:child.i]):
            return child
    return _named_after(tok)


_NOT_IN_NAME_PHRASE = {"ADP", "CCONJ", "SCONJ", "AUX", "PRON", "PUNCT", "PART", "VERB"}


def _named_after(tok):
    """The speaker after an inverted cue that the parser tore apart ("“...,” said shadow health
    secretary Jane Roe.", where "shadow" became a verb): the last word of the words right after
    the cue when they end the sentence or the clause (a comma, "of", "who") and the last of them
    is a proper noun. Words of a title and a name only: no verb but a misread first word, no
    pronoun, no preposition. ("one of their lawyers, Jane Roe" is the subject "one", which
    :func:`kg.extract.claims.persons._person_in_apposition` reads.)"""
    doc, sent = tok.doc, tok.sent
    i = tok.i + 1
    while i < sent.end and i - tok.i <= 8 and (doc[i].pos_ not in _NOT_IN_NAME_PHRASE or doc[i].tag_ == "POS"
                                               or doc[i].pos_ == "VERB" and i == tok.i + 1 and doc[i].text.islower()):
        i += 1
    words = doc[tok.i + 1:i]
    if not words:
        return None
    after = doc[i] if i < sent.end else None
    if words[-1].pos_ == "PROPN" and (after is None or after.is_punct or after.lower_ in ("of", "who", "from", "at")):
        return words[-1]
    return None


def stray_cue(clause):
    """A cue verb without a subject of its own that the parser coordinated with the reported
    clause instead of with the reporting verb: in "They said X was Y, but claimed Z", "claimed"
    hangs from "was" yet shares the subject of "said"."""
    if clause.dep_ != "ccomp" or clause.head == clause or clause.head.lemma_.lower() not in CUES:
        return None
    quotes = quote_spans(doc_text(clause.doc))
    for c in clause.children:
        if any(qs <= clause.left_edge.idx < qe and qs <= c.idx < qe for qs, qe in quotes):
            continue  # "“There is fear ... and saying the word,” she told X": the speaker's own words
        if (c.dep_ == "conj" and c.lemma_.lower() in CUES and c.pos_ == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and any(g.dep_ == "ccomp" or g.dep_ == "dobj" and c.lemma_.lower() in OBJECT_CUES for g in c.children)):
            return c
    return None


def titled(ctx: Context, block, tok) -> Mention | None:
    """The person a bare definite title stands for ("the mayor then says", and a news outlet's
    own "our correspondent"): the latest person named with that title next to the name ("London
    mayor Ken Livingstone", "X, the mayor", "BBC correspondent Jane Roe"). A title of several
    words is matched whole ("the Prime Minister", "the foreign minister")."""
    if tok.tag_ not in ("NN", "NNP") or tok.lemma_.lower() not in ROLE_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ == "our" for c in tok.children) or any(
            c.dep_ == "prep" or c.dep_ == "poss" and c.lower_ != "our" for c in tok.children):
        return None
    words, edge, qualified = [tok], tok.i, False
    for c in sorted((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i), key=lambda c: -c.i):
        if c.i != edge - 1 or c.pos_ not in ("NOUN", "PROPN", "ADJ") or c.ent_type_ in ("GPE", "ORG"):
            return None  # "the Labour leader": a modifier that is not part of the title
        edge = c.i
        if c.ent_type_ == "NORP" and c.tag_ in ("JJ", "NNP") and not qualified:
            qualified = True  # "the South African archbishop": a nationality, not part of the title
            continue
        if qualified:
            return None
        words.insert(0, c)
    # with a nationality left out, only the one person the story names with the title will do
    found = holder(ctx, block.pos(tok.idx), [w.lower_ for w in words], unique=qualified)
    if found is None and any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children):
        return outlet_reporter(ctx, block.pos(tok.idx))
    return found


def outlet_reporter(ctx: Context, offset: int) -> Mention | None:
    """Who a news outlet's "our correspondent" is when no one is named with that title: the
    latest person before (within 2000 characters) introduced as the outlet's own ("The BBC's Jane
    Roe in Lagos says")."""
    text = ctx.document.text
    outlets = [m for m in ctx.mentions if m.kind == "MediaOutlet" and m.end <= offset]
    for m in reversed(ctx.mentions):
        if m.end > offset or m.category != "Person":
            continue
        if offset - m.end > 2000:
            break
        if any(0 <= m.start - o.end <= 3 and text[o.end:m.start].strip() in ("'s", "’s", "'", "’") for o in outlets):
            return m
    return None


def holder(ctx: Context, offset: int, words: list[str], unique: bool = False) -> Mention | None:
    """The latest person named before ``offset`` (within 2000 characters) with the title
    ``words`` right before the name or in an apposition after it; with ``unique``, only when
    every person so titled in the document is the same one."""
    title = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.I)
    if unique:
        found = holder(ctx, offset, words)
        others = {m.key for m in ctx.mentions if m.category == "Person" and titled_so(ctx, m, title)}
        return found if found is not None and others == {found.key} else None
    for m in reversed(ctx.mentions):
        if m.end > offset or m.category != "Person":
            continue
        if offset - m.end > 2000:
            break
        if titled_so(ctx, m, title):
            return m
    return None


def titled_so(ctx: Context, m: Mention, title: re.Pattern) -> bool:
    """Whether a person's mention has the title right before it, as its first word (the model's
    "Archbishop Jane Roe") or in an apposition after it."""
    if title.match(m.text) and len(m.text.split()) > 1:
        return True
    text = ctx.document.text
    before = re.split(r"[.;:!?\n]", text[max(0, m.start - 40):m.start])[-1]
    after = re.split(r"[.;:!?\n]", text[m.end:m.end + 40])[0]
    return bool(right_before(before, title) or after.startswith(",") and apposition(after, title))


def right_before(before: str, title: re.Pattern) -> bool:
    """Whether the title ends the text before a name, but for a comma or an honorific ("London
    mayor Ken Roe", "the mayor, Ken Roe", "Prime Minister Mr Roe"), also with the place or body of
    the title and a cleric's style ("the Bishop of Durham, the Rt Rev Dr Jane Roe"); in "The mayor
    said Mr Roe had lied" the title is someone else's."""
    honorifics = "|".join(sorted(HONORIFICS | _STYLES))
    return any(re.fullmatch(rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’&-]*\s+){{0,3}}[A-Z][\w'’&-]*))?"
                            rf"\s*(?:,\s*(?:the\s+)?)?(?:(?:{honorifics})\.?\s+)*", before[m.end():], re.I)
               for m in title.finditer(before))


_STYLES = {"rt", "right", "rev", "revd", "reverend", "very", "most", "hon"}
"""Words of a cleric's or a peer's style before the name ("the Rt Rev", "the Most Rev", "the Hon")."""


def apposition(after: str, title: re.Pattern) -> bool:
    """Whether the text after a name (from its comma) is an apposition with the title ("Jane Roe,
    the mayor, said"): the title closes a phrase that a comma, a bracket or the sentence ends. In
    "Echoing Jane Roe, the mayor said" the title is the subject of the next clause, not hers."""
    found = title.search(after)
    if found is None:
        return False
    rest = after[found.end():]
    return not rest.strip() or rest.lstrip()[:1] in ",)" or re.match(r"\s+(?:of|for|at|in|to|and)\b", rest) is not None
