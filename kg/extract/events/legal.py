"""Courts, charges and sentences: the words and tests that make a trigger a charge, a conviction, a
detention, a lawsuit or a settlement, and tell a verdict from a belief and a penalty from a term."""
from __future__ import annotations

from .syntax import _person_patient


_DENIED = {"charge", "allegation", "accusation", "bail"}
"""What one denies when rejecting an accusation or a request ("denied the charges", "was denied bail"). A
denial of wrongdoing or responsibility is a statement (CAMEO 016), left to the claim."""
_STARTING = {"launch", "start", "begin", "bring", "initiate", "commence"}
"""Verbs that start a lawsuit ("launched action against X", "started proceedings")."""
_SETTLED_CASES = {"charge", "lawsuit", "suit", "case", "allegation", "action"}
"""What a defendant settles under pressure ("settled charges from regulators"; not "settled claims" of insurers)."""


_OFFENCES = {"attack", "murder", "offence", "offense", "crime", "fraud", "assault", "theft", "robbery", "killing",
             "death", "bombing", "possession", "part", "role", "involvement", "rape", "riot", "shooting"}
"""What one is charged "for" when the charge is of a crime ("charged three men for the attack")."""


_SUM_UNITS = {"m", "bn", "million", "billion", "k"}


_DISMISSING = {"dismiss", "reject", "throw", "quash", "overturn", "lose", "refuse", "strike"}
_LEGAL_APPEAL_VERBS = {"lose", "win", "dismiss", "reject", "lodge", "file", "hear", "uphold", "allow", "launch",
                       "mount", "quash", "overturn", "throw", "bring", "consider"}
"""Verbs whose object "appeal" is an appeal to a court, not a call on someone."""
LEGAL_OBJECTS = {"appeal", "case", "lawsuit", "suit", "challenge", "claim", "petition", "application", "action"}
"""Objects that make "dismiss/lose/throw out X" a court's rejection (CAMEO 12) of the party that brought it."""
_COURTS = {"court", "tribunal", "judge", "commission", "ombudsman", "arbitration"}


_CHARGING = {"face", "bring", "file", "press", "put", "lay", "level", "drop", "deny", "admit"}
"""Verbs whose object "charges" are criminal charges ("faces charges", "charges were put to them")."""


DETENTION_MARKS = {"trial", "charge", "custody", "prison", "jail", "camp", "cell", "detention", "captivity", "bail",
                   "hostage", "captive", "prisoner", "incommunicado", "indefinitely", "remand"}
"""Words that make "held" a detention ("held without trial", "held in prison", "held indefinitely")."""


def _detained(tok) -> bool:
    """Whether "hold" reports a detention: passive (or a participle) with people as patient, and an
    agent ("held by the US"), or a mark of detention ("without trial", "in prison", "indefinitely");
    "talks were held", "the seat was held by Labour" and "held a meeting" are no detentions."""
    passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "acl" and tok.tag_ == "VBN"
    if not passive or not _person_patient(tok):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return True
    return any(t.lemma_.lower() in DETENTION_MARKS for c in tok.children if c.dep_ in ("prep", "advmod", "oprd")
               for t in c.subtree)


_CUSTODIAL = {"prison", "jail", "gaol", "death", "life", "custodial", "suspended", "harsh", "lengthy", "long", "heavy",
              "maximum", "minimum", "severe", "lenient", "light", "tough", "stiff", "year", "month"}
_SENTENCING = {"hand", "impose", "serve", "pass", "receive", "give", "face", "commute", "overturn", "uphold", "quash",
               "reduce", "increase", "appeal", "condemn", "criticise", "criticize"}


def _custodial(tok) -> bool:
    """Whether "sentence" (or "term") is a penalty: it has a possessor ("his sentence"), a modifier of
    penalties ("a prison term", "a 14-year sentence", "this harsh sentence"), or a sentencing verb
    ("handed down a sentence"); a plain "term" or a grammatical sentence is none."""
    modifiers = [t for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod") for t in c.subtree]
    penal = any(t.lemma_.lower() in _CUSTODIAL or t.lower_.endswith("-year") for t in modifiers)
    if tok.lemma_.lower() == "term":
        return any(t.lemma_.lower() in ("prison", "jail", "gaol") for t in modifiers)
    return penal or any(c.dep_ == "poss" for c in tok.children) \
        or tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _SENTENCING


def _verdict(tok) -> bool | None:
    """The verdict a verb of pleading or finding states: True for "guilty" ("pleaded guilty", "was
    found guilty of fraud", "found him guilty"), False for "not guilty" or "innocent", None when it
    states none. "guilty" must complement the verb or its object: in "found the guilty party" it
    only describes a noun."""
    for c in tok.children:
        words = [c] if c.lower_ in ("guilty", "innocent") else [g for g in c.children if g.lower_ in ("guilty", "innocent")
                                                               and c.dep_ in ("dobj", "nsubj") and g.i > c.i]
        for w in words:
            if w.dep_ == "amod" and w.i < w.head.i:
                continue  # "the guilty party"
            return w.lower_ == "guilty" and not any(g.dep_ == "neg" or g.lower_ in ("not", "never")
                                                    for g in (*w.children, *tok.children))
    return None


_SETTLED = {"fine", "penalty", "settlement", "damages", "compensation", "claim", "charge", "case", "lawsuit", "suit",
            "dispute", "allegation"}
"""What one pays or settles under pressure: agreeing to pay it is a concession (CAMEO 08)."""


def _settling(verb) -> bool:
    """Whether the infinitive of "agree" pays or settles a penalty ("agreed to pay a fine", "agreed
    to settle the case"), not an act of cooperation."""
    lemma = verb.lemma_.lower()
    objects = {t.lower_ for c in verb.children if c.dep_ in ("dobj", "acomp", "oprd") for t in c.subtree}  # "a $1.5m fine"
    if lemma == "pay" and any(c.dep_ in ("advcl", "xcomp") and _settling(c) for c in verb.children):
        return True  # "agreed to pay $5m to settle the lawsuit"
    return lemma in ("settle", "pay") and any(w in _SETTLED or w.rstrip("s") in _SETTLED for w in objects)


_CRIMINAL = {"criminal", "previous", "prior", "wrongful", "murder", "fraud", "drink-driving", "terrorism", "rape"}
"""Modifiers that make "conviction" a verdict ("a previous conviction", "a wrongful conviction")."""


def _criminal_conviction(tok) -> bool:
    """Whether "conviction" is a verdict, not a belief: "convictions for piracy", "a conviction over
    the bombing", a criminal modifier, or what a court hands down, quashes or upholds. A possessor or a
    plural alone says nothing ("the courage of his convictions", "deeply held convictions")."""
    if any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
           for c in tok.children):
        return False  # "the conviction that ...": a belief
    return any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in tok.children) \
        or any(c.lower_ in _CRIMINAL for c in tok.children if c.dep_ in ("amod", "compound")) \
        or tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _SENTENCING | {"secure", "obtain", "record"}


_POSSIBLE = {"would", "could", "may", "might"}
_LEGAL_ACTIONS = {"action", "suit", "case", "campaign", "proceeding", "challenge", "fight", "battle"}
_LEGAL_MARKS = {"legal", "court", "law", "civil", "libel", "criminal", "judicial"}
"""Modifiers that make an action, a suit or a campaign litigation (CAMEO 11 includes lawsuits)."""
