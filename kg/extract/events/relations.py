"""Relations, quarrels and misgivings: ties that sour or warm, embassies and envoys, rows and
feuds, concerns voiced, and the propositions one dismisses, denies or questions."""
from __future__ import annotations

from .lexicon import RELATION_OBJECTS, VOICING
from .syntax import _prep_objects
from .legal import _DENIED


_MISGIVINGS = {"concern", "opposition", "disappointment", "frustration", "unease", "misgiving"}
_MAKING_UP = {"end", "heal", "bury", "mend", "patch"}  # (a dispute "settled" or "resolved" may be a lawsuit)
_QUARRELS = {"feud", "rift", "row", "quarrel", "spat", "dispute", "wrangle", "differences", "difference"}


_CRITICS = {"critic", "opponent", "rival", "detractor", "accuser", "comment", "remark", "attack", "jibe", "charge"}


COOLING = {"strained", "frosty", "tense", "troubled", "rocky", "uneasy", "difficult", "deteriorating", "worsening",
           "soured", "souring", "cooling", "damaged", "fraught", "icy", "hostile", "poor", "bad", "broken"}
"""Modifiers that make "relations"/"ties" a reduction of relations, as WARMING makes them a rapprochement."""
RELATION_CHANGES = {"thaw": "RestoreRelations", "warmth": "RestoreRelations", "improvement": "RestoreRelations",
                    "détente": "RestoreRelations", "detente": "RestoreRelations",
                    "deterioration": "ReduceRelations", "cooling": "ReduceRelations", "breakdown": "ReduceRelations",
                    "souring": "ReduceRelations", "strain": "ReduceRelations", "downturn": "ReduceRelations"}
"""Nouns for a change in relations, events when they are "in"/"into" relations (or the subject of a verb
that is): "a thaw in relations between X and Y", "warmth has crept into relations"."""
_SOURING = {"sour", "deteriorate", "worsen", "cool", "chill", "suffer", "collapse", "break"}
MISSIONS = {"embassy", "consulate", "mission", "legation", "chancery"}
ENVOYS = {"ambassador", "envoy", "diplomat", "consul", "emissary"}


def _relation_phrases(tok) -> list:
    """The relations noun a change noun is about: its own "in"/"into" phrase ("a thaw in relations"),
    or that of the verb it is the subject of ("warmth has crept into relations")."""
    found = [g for g in _prep_objects(tok, "in", "into", "of") if g.lemma_.lower() in RELATION_OBJECTS]
    if not found and tok.dep_ == "nsubj":
        found = [g for g in _prep_objects(tok.head, "in", "into") if g.lemma_.lower() in RELATION_OBJECTS]
    return found


def _voiced(tok) -> bool:
    """Whether "concern", "opposition" (or another of :data:`_MISGIVINGS`) is an attitude someone holds
    against something (CAMEO 11), not a matter or a party: voiced or met ("raised concerns", "faces opposition"), with its holder
    ("concerns by regulators", "opposition from farmers") or held by a name ("Microsoft's concerns
    over the deal"). "the opposition Labour party", "his primary concern", "its opposition to the
    plan" and "concerns over the economy" (nobody's), "Apple's concern for privacy" (a care) are none."""
    if tok.dep_ in ("compound", "amod", "nmod") or any(c.lower_ in _RANKING for c in tok.children if c.dep_ == "amod"):
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in VOICING:
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children) \
        or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("over", "about", "at", "to") for c in tok.children)


_PROPOSITIONS = {"suggestion", "claim", "idea", "notion", "speculation", "rumour", "rumor", "allegation", "accusation",
                 "criticism", "fear", "concern", "call", "demand", "proposal", "offer", "request", "report", "talk",
                 "threat", "warning", "comparison", "argument", "theory", "complaint", "doubt"}
"""Objects that make "dismiss X", "brush off X" or "shrug off X" a rejection of what someone put
forward (CAMEO 12), not a dismissal from a post, a tackle or an injury."""
_DENIABLE = _PROPOSITIONS - {"fear", "concern", "doubt", "talk"} | _DENIED
"""What "deny" rejects: a proposition someone put forward, a charge or bail (not a fear or a doubt)."""
_AFFAIRS = {"matter", "case", "affair", "incident", "death", "deal", "issue", "conduct", "circumstance", "practice",
            "finance", "account", "dealing", "transaction", "payment", "loan", "leak", "breach", "failure", "collapse"}
"""What an inquiry looks into besides claims and decisions ("look into the matter", "the firm's accounts")."""
_QUESTIONED = {"timing", "wisdom", "need", "decision", "legality", "motive", "judgement", "judgment", "competence",
               "value", "basis", "logic", "credibility", "integrity", "commitment", "validity", "figure", "claim",
               "policy", "plan", "proposal", "fairness", "accuracy", "independence", "cost", "merit", "approach",
               "sense", "reasoning", "evidence", "reliability", "effectiveness", "handling", "choice", "use",
               "purpose", "motivation", "rationale", "conduct", "role", "honesty", "trust"}
"""Matters whose questioning is doubt voiced against someone ("questioned the timing of the merger");
questioning people ("police questioned the footballer") is no disapproval."""


_SEATING = {"front", "back", "second", "third", "first", "last", "top", "bottom", "death", "middle", "next", "same",
            "consecutive", "straight", "successive", "second-row", "back-row", "front-row"}
"""Words that make "row" a line (of seats, of a scrum, "death row") or a sequence ("third in a row")."""


def _quarrel(tok, modifiers: set[str]) -> bool:
    """Whether the noun "row" is a quarrel (British: a dispute, CAMEO 11), not a line, a sequence or a
    boat race: with its parties or its matter ("a row with the regulator", "embroiled in a row over
    the report", "the row between X and Y"), or named by a matter before it ("the pay row", "X
    row"); "in a row", "the front row", "a row of houses", "death row" and "Oxford's row to
    victory" are none."""
    if modifiers & _SEATING or any(c.lower_ == "of" for c in tok.children if c.dep_ == "prep"):
        return False
    if any(c.lower_ in ("with", "over", "between", "about", "among", "within", "after") for c in tok.children
           if c.dep_ == "prep"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(c.lower_ in ("a", "an") for c in tok.children if c.dep_ == "det"):
        return False  # "the fifth year in a row"
    return bool(modifiers)


_RANKING = {"primary", "main", "chief", "particular", "biggest", "greatest", "major", "first", "only", "real", "key",
            "overriding", "principal", "prime", "central", "immediate", "top", "sole", "paramount"}
"""Modifiers that make a concern the matter someone cares most about ("his primary concern")."""
