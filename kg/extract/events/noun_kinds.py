"""Typing a nominal trigger (:func:`_noun_kind`): the rules on a noun's modifiers, phrases and
governing verb ("a rail strike", "frosty relations", "faces fraud charges") before the noun lexicon."""
from __future__ import annotations

from .lexicon import NOUNS, RELATION_OBJECTS, _RESTORING, _STOPPING, VERBS, WARMING
from .syntax import _prep_objects
from .contests import _fixture
from .force import _ARMED, _CAMPAIGNS, _labour_strike, _POLICING
from .legal import (_CHARGING, _criminal_conviction, _custodial, _LEGAL_ACTIONS, _LEGAL_APPEAL_VERBS, _LEGAL_MARKS,
                    _POSSIBLE, _STARTING, _SUM_UNITS)
from .relations import COOLING, _MISGIVINGS, _quarrel, RELATION_CHANGES, _relation_phrases, _voiced
from .staffing import _POST_TITLES, _TAKING_UP


def _noun_kind(tok, lemma: str) -> tuple[str, str] | None:
    """(class, method) of a nominal trigger, or None: the rules on its modifiers, its phrases and the
    verb that governs it, in order (the first that applies decides), then the noun lexicon."""
    if tok.lower_ == "fine" and tok.pos_ == "ADJ" and tok.i > 0 and tok.head.i < tok.i \
            and (tok.doc[tok.i - 1].ent_type_ == "MONEY" or tok.doc[tok.i - 1].lower_ in _SUM_UNITS):
        return "Coerce", "noun:fine"  # "paid a $1.5m fine": the tagger took the noun for an adjective after the sum
    if not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.istitle() and lemma in NOUNS):
        return None
    if tok.lower_ in ("meets", "visits") and any(c.dep_ in ("prep", "dobj") for c in tok.children) and tok.dep_ == "ROOT":
        return VERBS[lemma.rstrip("s")] if lemma.rstrip("s") in VERBS else "Meet", "verb:" + tok.lower_
    if lemma == "fire" and any(c.lemma_.lower() in ("rocket", "missile", "mortar", "artillery", "gun", "sniper")
                               for c in tok.children if c.dep_ in ("compound", "amod")):
        return "Attack", "noun:rocket-fire"
    if lemma in RELATION_OBJECTS and any(c.lower_ in COOLING for c in tok.children if c.dep_ in ("amod", "compound")):
        return "ReduceRelations", "noun:cooling-ties"  # "a strained relationship", "frosty relations"
    if lemma in RELATION_CHANGES and _relation_phrases(tok):
        return RELATION_CHANGES[lemma], f"noun:relations-{lemma}"  # "a thaw in relations between X and Y"
    if lemma in _MISGIVINGS and _voiced(tok) and not (lemma not in ("concern", "opposition") and any(
            c.dep_ == "pcomp" for h in (tok, tok.head) for p in h.children if p.dep_ == "prep" and p.lower_ != "of"
            for c in p.children)):  # "his disappointment at losing the final": his own loss, no one disapproved of
        return "Disapprove", f"noun:{lemma}"  # "raised concerns", "faces opposition from X", "X's opposition to Y",
        # "voiced their disappointment"
    if lemma == "conviction" and _criminal_conviction(tok):
        return "Arrest", "noun:conviction"  # "the first convictions for piracy", "his conviction was quashed"
    if lemma in ("sentence", "term") and _custodial(tok):
        return "Arrest", f"noun:{lemma}"  # "his sentence", "a 14-year jail term": a penalty imposed on someone
    if lemma in RELATION_OBJECTS and any(c.lower_ in WARMING for c in tok.children if c.dep_ in ("amod", "compound")):
        return "RestoreRelations", "noun:warming-ties"
    modifiers = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
    if lemma == "work" and tok.tag_ == "NN" and not (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "to", "from")) \
            and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TAKING_UP) \
            and any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for g in _prep_objects(tok, "with") for t in g.subtree):
        return "EngageInMaterialCooperation", "noun:work-with"  # "our work with the French government"
    if lemma in ("talk", "negotiation") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STOPPING:
        return "ReduceRelations", f"noun:{lemma}-suspended"  # "decided to suspend talks", "halted negotiations"
    if lemma == "clash" and _fixture(tok):
        return None  # "the Millennium Stadium clash", "Saturday's Six Nations clash": a match
    if lemma == "row" and _quarrel(tok, modifiers):
        return "Disapprove", "noun:row"  # "the minister's row with a newspaper", "rows over fees", "pay row"
    if lemma in ("action", "operation") and (modifiers & _POLICING or any(
            g.lemma_.lower() in _POLICING for g in _prep_objects(tok, "by"))):
        return "Coerce", f"noun:police-{lemma}"  # "police actions", "action by police" (CAMEO 17)
    if modifiers & {"forced", "compulsory", "enforced", "coerced"}:
        return "Coerce", f"noun:forced-{lemma}"  # "the forced sale of Yugansk", "forced evictions"
    if lemma == "appeal" and (any(c.lower_ == "against" for c in tok.children if c.dep_ == "prep")
                              or tok.head.lemma_.lower() in _LEGAL_APPEAL_VERBS and tok.dep_ in ("dobj", "nsubjpass")):
        return None  # "lost a landmark appeal", "an appeal against the ruling": a legal appeal
    if lemma in ("advocate", "champion", "proponent") and any(True for _ in _prep_objects(tok, "of", "for")):
        return "Praise", f"noun:{lemma}"  # "a leading advocate of Turkish membership": endorsement (CAMEO 051)
    if lemma == "conference" and modifiers & {"news", "press"}:
        return None  # "told a news conference": a speech act
    if lemma == "strike" and _labour_strike(tok, modifiers):
        return "Protest", "noun:strike-protest"
    if lemma == "call" and any(True for _ in _prep_objects(tok, "for", "on")):
        return "Appeal", "noun:call-for"
    if lemma in _LEGAL_ACTIONS and (modifiers & _LEGAL_MARKS or tok.dep_ in ("dobj", "nsubjpass")
                                     and tok.head.lemma_.lower() in ("file", "lodge")):
        if any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in tok.head.children):
            return None  # "not certain that X would take legal action": a possibility, no act
        return "Disapprove", f"noun:legal-{lemma}"  # "took legal action", "law suits", "the action was filed"
    if (lemma in _LEGAL_ACTIONS - {"campaign", "fight", "battle"} or lemma == "proceeding") and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in _STARTING and not modifiers & (_ARMED | _POLICING) \
            and (lemma == "proceeding" or any(True for h in (tok, tok.head) for _ in _prep_objects(h, "against"))):
        return "Disapprove", f"noun:legal-{lemma}"  # "launched action against X", "is starting proceedings"
    if lemma == "action" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "take" \
            and not modifiers & (_LEGAL_MARKS | _ARMED) and not any(c.dep_ == "neg" for c in tok.head.children) \
            and not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) \
            and any(True for h in (tok, tok.head) for _ in _prep_objects(h, "against")):
        return "Coerce", "noun:action-against"  # "the ruling body took action against the pair"
    if lemma in _CAMPAIGNS and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return "Protest", f"noun:{lemma}-against"  # a pressure campaign against someone
    if lemma == "charge" and (tok.head.lemma_.lower() in _CHARGING and tok.dep_ in ("dobj", "nsubjpass")
                              or any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)):
        return "Arrest", "noun:charge"  # "faces fraud charges", "charges against him"; not a fee
    if lemma == "retirement" and any(not (g.ent_type_ == "PERSON" or g.lemma_.lower() in _POST_TITLES)
                                     for g in _prep_objects(tok, "of")):
        return None  # "the retirement of the Tornado fleet": a thing withdrawn from service
    if lemma == "venture" and "joint" in modifiers:
        return "EngageInMaterialCooperation", "noun:joint-venture"
    if lemma in NOUNS or tok.lower_ in NOUNS:
        if lemma in ("address", "help") and tok.dep_ not in ("dobj", "pobj", "nsubj"):
            return None
        if lemma == "demand" and tok.lower_ == "demand" and not any(c.dep_ in ("prep", "acl", "relcl", "poss")
                                                                     for c in tok.children):
            return None  # "it has immediate demand": market demand; a political demand is "for", "that", "X's"
        return NOUNS.get(lemma, NOUNS.get(tok.lower_)), f"noun:{lemma}"
    if lemma in RELATION_OBJECTS and tok.head.lemma_.lower() in _STOPPING | _RESTORING and tok.dep_ == "dobj":
        return None  # the verb is the trigger
    return None
