"""Whether a trigger reports an event that took place: negation (:func:`_negated`), questions,
conditions, obligations and the very thing appealed for (:func:`_irrealis`); a declared readiness
or a planned hostile act, which is an intent or a threat instead (:func:`_intended`,
:func:`_planned`); and the modal perfect that judges the past, no appeal (:func:`_reproach`)."""
from __future__ import annotations

from ...ontology import ancestors
from .lexicon import CESSATION, LIGHT_VERBS
from .syntax import _auxiliaries, _clause_verbs, _split_prefix
from .force import _HOSTILE_ACTS
from .kinds import _kind


_CONDITIONAL = {"if", "unless", "whether"}
_NECESSARY = {"important", "necessary", "essential", "vital", "crucial", "imperative", "right", "time"}
_DEONTIC = {"should", "must", "ought"}
_UNREALIZED = {"ask", "request", "refuse", "decline", "fail", "require"}
"""Verbs whose complement did not (yet) happen: "refused to apologise", "asked him to resign"."""


_HOPING = {"want", "hope", "wish", "seek", "aim"}
"""Verbs of wanting: wanting to cooperate states the intent, the cooperation has not happened."""
_READY = {"ready", "prepared", "prepare", "willing", "determined", "eager", "keen", "poised"}
_COOPERATIVE = {"Meet", "Negotiate", "Consult", "SignAgreement", "EngageInMaterialCooperation", "CooperateMilitarily",
                "EngageInDiplomaticCooperation", "RestoreRelations", "Yield", "ProvideSupport"}
_THREATENING = _HOSTILE_ACTS | {"Disapprove", "Criticize", "ReduceRelations", "BreakRelations"}


def _intended(tok, kind: str, method: str) -> tuple[str, str]:
    """A declared readiness to act is the intent, not the act (CAMEO 03 and 13): "we are ready to
    negotiate" expresses intent to cooperate, "they are prepared to take their case to court"
    threatens; a party that "will/would co-operate", "will work with" X or "would continue to
    co-operate" states an intent. A hostile act that "may", "might" or "could" come ("X may sue"),
    or a hostile act or a rejection that "will" come on a condition ("we will vote against it unless
    ..."), is a threat (CAMEO 13); not a criticism that may come, nor a departure (no threat to
    anyone)."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in _READY and (head.pos_ == "ADJ" or head.tag_ == "VBN"):
        if kind in _COOPERATIVE or any(kind == k or k in ancestors(kind) for k in ("ProvideSupport",)):
            return "ExpressIntentToCooperate", method + "+ready"
        if kind in _THREATENING:
            return "Threaten", method + "+ready"
    if tok.dep_ == "xcomp" and head.lemma_.lower() in _HOPING and head.pos_ == "VERB" and kind in _COOPERATIVE \
            and not any(c.dep_ == "neg" for c in head.children):
        return "ExpressIntentToCooperate", method + "+want"  # "he wants to agree a deal with X" (CAMEO 03)
    prefix = _split_prefix(tok)
    children = [*tok.children, *(prefix.children if prefix is not None else ())]
    conjectured = _conjectured(tok, children)
    if (conjectured and kind in _THREATENING - {"Criticize"} and not _departure(tok, kind)) \
            or (conjectured == "conditional" and kind == "Reject"):
        return "Threaten", method + "+may"  # "X may sue", "we will vote against it unless ...": a threat (CAMEO 13)
    if tok.dep_ == "xcomp" and head.lemma_.lower() == "continue":
        children = [*children, *head.children]  # "would continue to co-operate": the future is the continuing's
    if kind in ("EngageInMaterialCooperation", "CooperateMilitarily") \
            and any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "would", "shall") for c in children):
        return "ExpressIntentToCooperate", method + "+will"
    return kind, method


_POSSIBLE = {"may", "might", "could"}
_FUTURE = {"will", "would", "shall"}
_INCURRING = {"face", "receive", "get", "serve", "incur"}
DEPARTING = {"resign", "retire", "quit", "leave", "step", "stand", "resignation", "retirement"}
"""Words of leaving a post (BreakRelations by a person, not a break of diplomatic relations): one that
may come, or would come on a condition, is speculation, no threat."""


def _departure(tok, kind: str) -> bool:
    """Whether a BreakRelations trigger is a person leaving a post ("resigned", "quit", "his retirement")."""
    return kind == "BreakRelations" and tok.lemma_.lower() in DEPARTING


def _conjectured(tok, children=None, *, passive: bool = False) -> str | None:
    """Whether an active verb trigger is only "possible" ("may sue", "could pull out") or would follow
    from a condition, "conditional" ("will vote against it unless ...", "would quit if ..."); None
    otherwise. A modal perfect ("may have sued") guesses at the past, and a passive ("could be
    forced") says what may befall its subject: neither is a threat by anyone (a passive counts with
    ``passive``: "could be sacked" is as conjectural as "may resign")."""
    if children is None:
        prefix = _split_prefix(tok)
        children = [*tok.children, *(prefix.children if prefix is not None else ())]
    auxiliaries = _auxiliaries(tok, children)
    if "have" in auxiliaries or not passive and any(c.dep_ == "auxpass" for c in children):
        return None
    if auxiliaries & _FUTURE and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                               for m in c.children) for c in children):
        return "conditional"
    return "possible" if auxiliaries & _POSSIBLE else None


_PLANNING = {"threaten", "prepare", "plan", "consider", "contemplate", "weigh", "mull"}
"""Verbs whose object or infinitive is a hostile act that is announced, not carried out."""


def _planned(noun) -> bool:
    """Whether a hostile event noun is threatened or planned rather than done: the object of a
    verb of planning ("threatened legal action", "is preparing further law suits"), of a light verb
    in the infinitive of one ("was planning to take action against them"), or of a light verb with
    "may", "might" or "could" ("may impose sanctions"). An announced hostile act is a threat (CAMEO 13)."""
    head = noun.head
    if noun.dep_ != "dobj" or head.i == noun.i:
        return False
    if head.lemma_.lower() in _PLANNING:
        return True
    auxiliaries = _auxiliaries(head)
    if head.lemma_.lower() in LIGHT_VERBS and auxiliaries & _POSSIBLE and "have" not in auxiliaries:
        return True  # "the US may impose sanctions", "could take legal action": a threat
    return head.dep_ == "xcomp" and head.lemma_.lower() in LIGHT_VERBS and head.head.lemma_.lower() in _PLANNING


def _numbered(no) -> bool:
    """Whether "No" is the abbreviation of number ("a No 10 summit", "No. 1 seed")."""
    following = no.doc[no.i + 1] if no.i + 1 < len(no.doc) else None
    return no.text in ("No.", "no.") or following is not None and (following.like_num or following.text == ".")


def _negated(tok) -> bool:
    """Whether the trigger is negated, itself or through the verbs it is the open complement of
    ("will not have to apologise", "did not want to give up control"), or a noun under "no" ("made no
    apologies", "there will be no talks", "received no support")."""
    if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" and not _numbered(c) for c in tok.children):
        return True
    node = tok
    while True:
        if any(c.dep_ == "neg" for c in node.children):
            # "did not stop supplying": a negated end of an action affirms the action.
            return not (node.i != tok.i and node.lemma_.lower() in CESSATION)
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head


def _irrealis(tok) -> bool:
    """Whether the trigger reports no actual event: a question, a condition ("if they attack"), a
    risk ("could face charges"), an obligation ("he should apologise", left to :func:`_modal_appeal`),
    or the very thing appealed for or demanded ("called for the ban to be lifted", "demanding an
    investigation", "urged him to resign")."""
    if tok.pos_ == "VERB" and tok.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return True  # "Will they meet?"; a noun stays presupposed: "What is behind the rapprochement?"
    presupposed = tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in tok.children)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _INCURRING \
            and _auxiliaries(tok.head) & _POSSIBLE:
        return True  # "may yet face civil charges", "could receive a fine": a risk, not an event
    prefix = _split_prefix(tok)
    if prefix is not None and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL or c.dep_ == "aux" and c.lemma_.lower()
                                  in _DEONTIC for c in prefix.children):
        return True  # "only if the country co-operates": the split-off "co" holds the clause's conjunction
    for verb in _clause_verbs(tok):
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if not presupposed and (marks & _CONDITIONAL or any(c.dep_ == "aux" and c.lemma_.lower() in _DEONTIC
                                                            for c in verb.children)):
            return True  # "if they hold talks"; but "if the Commission ignored the Parliament's request": it was made
        if any(c.dep_ == "aux" and c.lemma_.lower() in ("would", "could", "might") for c in verb.children) \
                and any(c.dep_ == "advmod" and c.lower_ in ("then", "otherwise") for c in verb.children):
            return True  # "the parliament would then reject it": the consequence of a condition
        if verb.dep_ in ("ccomp", "advcl") and any(c.dep_ == "acomp" and c.lemma_.lower() in _NECESSARY
                                                  for c in verb.head.children) \
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.head.children):
            return True  # "it is important that politicians talk with civility": a norm, no event
        if verb.i != tok.i and _is_appeal(verb):
            return True
        if verb.dep_ in ("ccomp", "advcl", "xcomp") and verb.head.i != verb.i and _is_appeal(verb.head):
            return True
    return False


def _is_appeal(verb) -> bool:
    found = _kind(verb) if verb.pos_ == "VERB" else None
    return found is not None and found[0] in ("Appeal", "Demand") or verb.lemma_.lower() in _UNREALIZED


def _reproach(verb) -> bool:
    """"should have resigned", "must have acted sooner": a modal perfect judges the past; it is no call."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VB" for c in verb.children)
