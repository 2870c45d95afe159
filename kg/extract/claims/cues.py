"""Cue detection: which tokens any claim rule can start at (:func:`_may_cue`, the gate of
:func:`kg.extract.claims.find`), and the tests on a cue verb's construction: the infinitive of a
wish or a refusal, a parenthetical, a free relative, the impersonal passive ("it is understood
that"), and the agentless passive ("X is said to ...", "a meeting expected to ...").
"""
from __future__ import annotations

from .lexicon import ADJECTIVE_CUES, AGENTLESS, HEARSAY_ADVERBS

_CUE_POS = frozenset({"VERB", "NOUN"})
_CUE_TAGS = frozenset({"VBN", "NNS"})
_IN_VIEW = ("assessment", "view", "opinion", "estimate", "estimation")
"""Nouns of "in X's assessment, ...", "in the view of X" (see :func:`_according_to`)."""

_CUE_WORDS = frozenset({"according", *_IN_VIEW, *ADJECTIVE_CUES, *HEARSAY_ADVERBS})
"""The words (lower case) that :func:`_may_cue` lets through whatever their tag."""


def _may_cue(tok) -> bool:
    """Whether any per-token rule of :func:`find` can start at ``tok``: each returns nothing at its
    first test unless the token is a verb or a noun (cue verbs, nouns of saying), a passive
    participle or plural noun (agentless and judged passives, a cue verb tagged as a noun), or one of
    the words "according", "in X's view", the stance adjectives and "reportedly" look for. Half of
    a text's tokens are none of these, and the seven rule calls each would cost a fifth of claim
    extraction."""
    return tok.pos_ in _CUE_POS or tok.tag_ in _CUE_TAGS or tok.lower_ in _CUE_WORDS


UNSAID_HEADS = {"want", "wish", "refuse", "decline", "try", "seek", "need", "dare", "hesitate", "fail", "entitle",
                "able", "unable", "free", "entitled", "willing", "unwilling", "reluctant", "eager", "ready", "right"}
"""Words whose infinitive complement is not said ("were entitled to expect X", "refused to
comment", "was reluctant to say"): the cue under them reports no statement."""


def _unreported(cue) -> bool:
    """Whether the cue is the infinitive of a wish, a refusal, a right or an ability (UNSAID_HEADS)."""
    return (cue.dep_ == "xcomp" and cue.head != cue and cue.head.lemma_.lower() in UNSAID_HEADS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in cue.children))


def _parenthetical(cue) -> bool:
    """Whether the cue interrupts the finite clause it reports ("This, they fear, could hurt
    ..."): a parenthetical set off by commas inside a clause with a subject of its own."""
    head = cue.head
    doc = cue.doc
    words = [t.i for t in cue.subtree if not t.is_punct]
    return (cue.dep_ == "parataxis" and head != cue and head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in head.children)
            and words[0] > 0 and doc[words[0] - 1].text == ","
            and words[-1] + 1 < len(doc) and doc[words[-1] + 1].text == ",")


def _free_relative(cue) -> bool:
    """Whether the cue reports no statement, only refers to one: "we had what X said"."""
    return any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in cue.children)


IMPERSONAL = AGENTLESS - {"report"} | {"know", "feel", "fear", "hope", "expect", "suggest", "argue", "estimate", "assume",
                          "suppose", "suspect", "announce", "confirm", "acknowledge", "state"}
"""Cues of the impersonal passive "it is <cue> (that) ..." ("it is understood", "it was announced");
not "it was reported", which in a story about a report is that report's (REPORT_NOUNS)."""


def _impersonal(cue, subject) -> bool:
    """"It is understood (that) ...", "it was reported that ...": a passive cue with a dummy "it"
    subject, a clause and no agent, which leaves the source unspecified."""
    return (subject is not None and subject.lower_ == "it" and subject.dep_ == "nsubjpass" and subject.head == cue
            and cue.lemma_.lower() in IMPERSONAL and any(c.dep_ == "auxpass" for c in cue.children)
            and not any(c.dep_ == "agent" for c in cue.children)
            and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children))


def _under_agentless(cue) -> bool:
    """Whether the cue is the infinitive of an agentless passive ("is thought to fear"): the
    passive, not the subject, is the source."""
    return cue.dep_ in ("xcomp", "advcl") and cue.head != cue and _agentless(cue.head) and _infinitive(cue.head) == cue


EXPECTED = {"expect", "tip"}
"""Participles of forecast. After their noun ("a meeting expected to take place next month", "the
election, widely expected to be called for May") and in a plain finite passive ("X is expected to
table reforms", "Y is tipped to win") they are an agentless attribution, like "is said to": the
forecast is someone's, the passive hides whose (held-out guideline, sets 6 and 10). Under a modal
("would be expected to keep inflation down", "can be expected to") the passive states an obligation
or the writer's own inference, not a report, so it is left alone (:func:`_finite_forecast`)."""
_FINITE_BE = {"is", "are", "was", "were", "'s", "'re", "’s", "’re"}


def _infinitive(tok):
    """The "to"-infinitive a passive reporting verb takes: its open complement ("is said to be"),
    or a clause the parser detached after an adverbial ("was reported in May to have met")."""
    return next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.i > tok.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)), None)


def _agentless(tok) -> bool:
    """"X is said/thought/believed/expected to ...", and the reduced relative "a meeting expected
    to take place": a passive reporting verb with an infinitive and no agent."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "VBN" or lemma not in AGENTLESS and lemma not in EXPECTED:
        return False
    if any(c.dep_ == "agent" for c in tok.children) or _infinitive(tok) is None:
        return False
    if _reduced_relative(tok) is not None:  # "the talks expected to start", "options said to include"
        return True
    if lemma in EXPECTED:
        return _finite_forecast(tok)
    return any(c.dep_ == "auxpass" for c in tok.children)


def _finite_forecast(tok) -> bool:
    """"X is/are/was expected to ...", "X is tipped to ...": the passive auxiliary is a finite "be"
    and no modal or other auxiliary comes with it ("would be expected to", "has been tipped to"
    are left alone)."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ in _FINITE_BE


def _reduced_relative(tok):
    """The noun a passive participle modifies right after it ("a meeting expected to ...", "the
    election, widely expected to ..."): its head when the parser makes it an ``acl``, the noun
    before its comma when it makes it an adverbial clause without a subject; else None."""
    if tok.dep_ == "acl":
        return tok.head if tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i else None
    if tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children):
        return None
    i = tok.left_edge.i - 1
    if i < 1 or tok.doc[i].text != ",":
        return None
    noun = tok.doc[i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ != "nsubj" else None
