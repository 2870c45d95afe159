"""Typing a verbal trigger (:func:`_verb_kind`): the rules on a verb's objects, particles and
complements ("cut off ties", "froze the accounts", "agreed to pay a fine") before the verb lexicon."""
from __future__ import annotations

from .lexicon import (ACTING, AGREEMENT_OBJECTS, AID_OBJECTS, CESSATION, _DAMAGING, ELECTORAL_OBJECTS, GROUPS,
                      _LEAVING, PHRASAL, RELATION_OBJECTS, _RESTORING, _STOPPING, VERBS)
from .syntax import _of_objects, _particles, _passive_subjects, _patients, _person_like, _person_patient, _prep_objects
from .contests import _fixture, _sporting_race
from .force import (_armed_subject, _ASSETS, _authority, _DESIGNATING, _FORCING, _hostile_complement, _IMPOSING,
                    _LABELLING, _others_site, _PENALTIES, _PLEDGING, _resisting, _TURNED_BACK)
from .legal import _COURTS, _detained, _DISMISSING, LEGAL_OBJECTS, _OFFENCES, _SETTLED_CASES, _settling, _verdict
from .relations import (_AFFAIRS, _CRITICS, _DENIABLE, ENVOYS, _MAKING_UP, MISSIONS, _PROPOSITIONS, _QUARRELS,
                        _QUESTIONED, _SOURING)
from .staffing import _firms_only, _HIRING, _one_person, _POST_TITLES, _SACKING, _staff, _STAFF_AT_LARGE
from .dealings import (_ABANDONING, _AGREEING, _ASSEMBLING, _CONTRACTS, _GOOD_CAUSES, _LIFTING, _MONEY, _PAID_HEED,
                       _PLANS, _wanted_subject, _wanted_thing, _WISHING)


def _verb_kind(tok, lemma: str) -> tuple[str, str] | None:
    """(class, method) of a verbal trigger, or None: the rules on its objects, particles and
    complements, in order (the first that applies decides), then the verb lexicon."""
    prt = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"} \
        | {c.lemma_.lower() for c in _passive_subjects(tok)}
    if lemma == "clash" and _fixture(tok):
        return None  # "the Vexo Arena clash with X" (the model may tag the noun a verb): a match
    if lemma in ("topple", "overthrow", "depose") and any(
            a.lemma_.lower() in ("accuse", "allege", "suspect", "blame") for a in tok.ancestors):
        return None  # "accused of helping to topple X": the accusation's content, no act
    if lemma == "send" and any(g.lemma_.lower() in ("prison", "jail", "gaol") and not any(c.dep_ == "det" for c in g.children)
                               for g in _prep_objects(tok, "to")):  # (not "troops were sent to the prison")
        return "Arrest", "verb:send-to-prison"  # "has been sent to prison for three years" (CAMEO 173)
    if lemma == "deny" and objects & _DENIABLE:
        return "Reject", "verb:deny-charges"  # "denied the charges", "denied reports that ...", "claims were denied"
    if lemma == "settle" and objects & _SETTLED_CASES and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return "Yield", "verb:settle-charges"  # "has settled charges from regulators"; not "paid $5m to settle
        # the charges" (the payment is the concession)
    if lemma in _PLEDGING and any(c.dep_ == "xcomp" and _resisting(c) for c in tok.children):
        return "Reject", f"verb:{lemma}-to-resist"  # "pledged to contest the action", "vowed to fight back":
        # a refusal (CAMEO 12), no intent to cooperate
    if lemma == "charge" and not _passive_subjects(tok) and next(_prep_objects(tok, "with"), None) is None \
            and any(g.lemma_.lower() not in _OFFENCES for g in _prep_objects(tok, "for")):
        return None  # "to charge farmers for the committees": a price, no charge of a crime
    if lemma == "shoot" and "down" not in prt and (_person_patient(tok) or any(
            c.lower_ == "dead" for c in tok.children)) and not _armed_subject(tok) \
            and not any(c.dep_ == "prep" and c.lower_ in ("into", "to") for c in tok.children):
        return "Assault", "verb:shoot-person"  # "was reportedly shot", "shot two men": a shooting (CAMEO 18);
        # troops that shoot attack (CAMEO 19), a player who "shot Acme into the lead" scored
    if lemma in ("cut", "break") and "off" in prt:
        if objects & {"talk", "negotiation"}:
            return "ReduceRelations", f"verb:{lemma}-off-talks"  # "broke off talks with the EU"
        return ("BreakRelations" if objects & RELATION_OBJECTS else "ReduceSupport"), f"verb:{lemma}-off"
    if lemma in _MAKING_UP and objects & _QUARRELS:
        return "RestoreRelations", f"verb:{lemma}-feud"  # "ended his feud with X", "healed the rift"
    if lemma in _STOPPING | _RESTORING | _DAMAGING and objects & RELATION_OBJECTS:
        return ("RestoreRelations" if lemma in _RESTORING else "ReduceRelations"), f"verb:{lemma}-ties"
    if lemma in _LEAVING and (objects | _of_objects(tok, "from", "of", "out")) & AGREEMENT_OBJECTS:
        return "ReduceRelations", f"verb:{lemma}-deal"
    verdict = _verdict(tok) if lemma in ("plead", "find") else None
    if verdict is not None:
        # "pleaded guilty to charges", "was found guilty of fraud", "found him guilty": a conviction
        # (CAMEO 173); "will plead not guilty", "was found innocent": a plea or an acquittal, no event
        return ("Arrest", f"verb:{lemma}-guilty") if verdict else None
    if lemma == "sign" and any(c.lower_ in ("over", "away") and c.i == tok.i + 1 for c in tok.children):
        return None  # "signed over his shares": a transfer of ownership, no agreement
    if lemma in _AGREEING and (objects | ({tok.head.lemma_.lower()} if tok.dep_ in ("acl", "relcl") else set())) \
            & AGREEMENT_OBJECTS:
        return None  # "struck a deal", "the deal struck with X": the agreement noun is the trigger
    if lemma in _FORCING and any(c.dep_ == "xcomp" for c in tok.children):
        return "Coerce", f"verb:{lemma}-to"  # "forced the organisers to drop artists", "were forced to return"
    if lemma == "ask" and any(c.dep_ == "xcomp" for c in tok.children) \
            and any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return "Appeal", "verb:ask-to"  # "asked Rosneft to repay a loan": a request (CAMEO 02)
    if lemma == "appeal" and any(c.lower_ == "against" for c in tok.children if c.dep_ == "prep"):
        return None  # "appealed against the ruling": a legal appeal, no call on anyone
    if lemma in _DISMISSING and (objects | _of_objects(tok, "out")) & LEGAL_OBJECTS:
        return "Reject", f"verb:{lemma}-appeal"  # "the judges dismissed the appeal", "lost the case"
    if (lemma == "dismiss" or lemma in ("brush", "shrug") and "off" in _particles(tok)) \
            and (objects | _of_objects(tok, "off")) & _PROPOSITIONS:
        return "Reject", f"verb:{lemma}-suggestion"  # "dismissed a suggestion", "shrugged off claims"; not "an injury"
    if lemma == "hit" and "back" in _particles(tok) and any(
            g.ent_type_ in ("PERSON", "ORG", "NORP") or g.lemma_.lower() in _PROPOSITIONS | _CRITICS
            for g in _prep_objects(tok, "at")):
        return "Criticize", "verb:hit-back-at"  # "hit back at critics", "at the proposals"; not a side that "hit
        # back to win" or "hit back at half-time", nor forces that "hit back at government troops"
    if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return None  # "has demonstrated his class", "demonstrated that it works": showing, no protest
    if lemma in _IMPOSING and objects & _PENALTIES and any(
            True for h in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
            for _ in _prep_objects(h, "on", "upon")):
        return "Coerce", f"verb:{lemma}-penalty"  # "imposing two-year suspensions on the duo" (CAMEO 17)
    if lemma == "meet" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _WISHING:
        if not any(c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.pos_ == "PRON"
                                         or c.lemma_.lower() in ACTING | _POST_TITLES) for c in tok.children) \
                and next(_prep_objects(tok, "with"), None) is None:
            return None  # "wants to meet the deadline", "hopes to meet its targets": no one to meet
        return "ExpressIntentToCooperate", "verb:want-to-meet"  # "wanted to meet X": intent to meet (CAMEO 036)
    if lemma == "look" and _of_objects(tok, "into") & (_PROPOSITIONS | _AFFAIRS | {"decision"}):
        return "Investigate", "verb:look-into"  # "will look into the allegations"; not "looked into the camera"
    if lemma == "question" and objects & _QUESTIONED:
        return "Disapprove", "verb:question-matter"  # "questioned the timing of the merger"; not "questioned two men"
    if lemma == "speak" and "out" in _particles(tok) and next(_prep_objects(tok, "against"), None) is not None:
        return "Disapprove", "verb:speak-out-against"  # "spoke out against the merger"
    if lemma == "rap" and tok.lower_ in ("raps", "rapped", "rapping") and objects \
            and next(_prep_objects(tok, "for", "over"), None) is not None:
        return "Criticize", "verb:rap"  # "rapped its rival for late filings" (British: rebuked); not the music
    if lemma == "take" and objects & {"case", "action", "complaint", "claim", "fight", "dispute"} \
            and any(g.lemma_.lower() in _COURTS for g in _prep_objects(tok, "to") for g in g.subtree):
        return "Disapprove", "verb:take-to-court"  # litigation (CAMEO 11)
    if lemma == "share" and objects & {"information", "intelligence", "data", "evidence", "detail", "finding", "knowledge"}:
        return "EngageInMaterialCooperation", "verb:share-information"  # CAMEO 064
    if lemma == "freeze" and objects & _ASSETS:
        return "Coerce", "verb:freeze-assets"  # "froze Yukos accounts": a seizure (CAMEO 17)
    if lemma in ("work", "act", "operate") and any(c.lower_ == "together" for c in tok.children if c.dep_ == "advmod"):
        return "EngageInMaterialCooperation", f"verb:{lemma}-together"
    if lemma in ("allege", "claim") and not any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return None  # "they also allege that ...": a claim's cue, no accusation against anyone named
    if lemma == "warn" and _hostile_complement(tok):
        return "Threaten", "verb:warn-of"
    if lemma == "want" and _wanted_subject(tok) is not None:
        return "Demand", "verb:want-to"
    if lemma == "want" and _wanted_thing(tok):
        return "Demand", "verb:want-thing"  # "X wants judicial oversight": a demand (CAMEO 10)
    if lemma == "turn" and not any(c.dep_ in ("dobj", "nsubjpass") and (c.pos_ in ("PROPN", "PRON") or c.lemma_.lower()
                                                                          in GROUPS | _TURNED_BACK) for c in tok.children):
        return None  # "turned back the offer" rejects; turning people or vehicles away coerces them
    if lemma == "hold" and _detained(tok):
        return "Arrest", "verb:hold-detained"  # "have been held by the US", "prisoners held without trial"
    if lemma in _SOURING and any(c.dep_ == "nsubj" and c.lemma_.lower() in RELATION_OBJECTS for c in tok.children):
        return "ReduceRelations", f"verb:relations-{lemma}"  # "relations soured", "ties deteriorated"
    if lemma in ("open", "reopen", "restore") and objects & MISSIONS:
        return "RestoreRelations", f"verb:{lemma}-embassy"  # reopening embassies or consulates
    if lemma in ("close", "shut") and objects & MISSIONS or lemma in ("recall", "withdraw") and objects & ENVOYS:
        return "ReduceRelations", f"verb:{lemma}-embassy"  # closing an embassy, recalling an ambassador
    if lemma in ("close", "shut") and "down" in prt and _others_site(tok) and any(
            _authority(h) for c in tok.children if c.dep_ in ("agent", "nsubj") for h in ([c] if c.dep_ == "nsubj" else c.children)):
        return "Coerce", f"verb:{lemma}-down-by"  # "was closed down by regulators", "police shut down Acme Corp" (CAMEO 17)
    if lemma == "hand" and "over" in prt and any(
            c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in _MONEY) for c in tok.children) \
            and any(g.lemma_.lower() in _GOOD_CAUSES for g in _prep_objects(tok, "to")):
        return "Donate", "verb:hand-over-money"  # "handed over money to music projects"; not "cash to the
        # kidnappers" or "the money to police"
    for particle in _particles(tok):
        if (lemma, particle) in PHRASAL:
            return PHRASAL[(lemma, particle)], f"verb:{lemma}-{particle}"
    if lemma in ("stand", "run") and _of_objects(tok, "for") & (ELECTORAL_OBJECTS | {"parliament", "office", "mayor",
                                                                                     "president", "leader", "leadership"}):
        return "Elect", f"verb:{lemma}-for"
    if lemma == "vote" and any(g.ent_type_ == "PERSON" for g in _prep_objects(tok, "for")):
        return "Elect", "verb:vote-for"
    if lemma == "agree":
        if any(c.dep_ == "xcomp" and (c.lemma_.lower() in _STOPPING | CESSATION or VERBS.get(c.lemma_.lower()) == "Yield")
               for c in tok.children):
            return "Yield", "verb:agree-to-stop"  # "agreed to suspend its campaign": a concession (CAMEO 08)
        if any(c.dep_ == "xcomp" and _settling(c) for c in tok.children):
            return "Yield", "verb:agree-to-pay"  # "agreed to pay a $1.5m fine", "agreed to settle": a concession
        if any(c.dep_ == "xcomp" for c in tok.children):
            return "ExpressIntentToCooperate", "verb:agree-to"
        if tok.dep_ in ("relcl", "acl") and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and not any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in tok.children):
            return "SignAgreement", "verb:agree-upon"  # "a draft that was agreed upon last May"
        if (objects | _of_objects(tok, "on", "to")) & (AGREEMENT_OBJECTS | _CONTRACTS):
            return "SignAgreement", "verb:agree-deal"  # "agreed a deal", "agrees new contract", "agreed terms"
    if lemma in ("quit", "leave", "desert") and (any(c.dep_ == "dobj" for c in tok.children)
                                                or tok.dep_ == "relcl" and tok.head.pos_ == "NOUN") or lemma == "quit":
        return "BreakRelations", f"verb:{lemma}-org"  # "quit UKIP", "left the board"; "quit" alone: a resignation
    if lemma in _SACKING and _staff(tok) and not prt and not (lemma in ("axe", "ax") and _passive_subjects(tok)) \
            and not (lemma == "fire" and any(
            g.ent_type_ == "PERSON" or _person_like(g) for g in _prep_objects(tok, "at", "on", "upon"))):
        # "Boeing sacked its finance chief": the employer ends the tie; not "fired at him", "fired up his captain",
        # nor a player "axed" from a side
        return "BreakRelations", f"verb:{lemma}-staff"
    if lemma == "retire" and (not _one_person(tok) or any(c.dep_ == "xcomp" or c.lower_ in ("injured", "hurt")
                                                           for c in tok.children)
                              or next(_prep_objects(tok, "on", "to", "with"), None) is not None):
        return None  # "workers retiring early": the staff at large; "retired on lap 30", "retired injured",
        # "retired to consider his ruling": a race or a match left, a room withdrawn to
    if lemma == "pay" and objects & _PAID_HEED:
        return None  # "paid tribute to X", "paid a visit": the object noun is the event, no money paid
    if lemma == "pay" and _settling(tok):  # "paid a fine", "is paying $500,000 to settle the charge": no support
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("agree", "order", "force", "require", "compel"):
            return None  # "agreed to pay a fine" (the agreeing concedes), "was ordered to pay a fine" (no concession)
        return "Yield", "verb:pay-penalty"  # a penalty paid concedes (CAMEO 08), as agreeing to pay it does
    if lemma == "fire" and (_person_patient(tok) or any(p.lemma_.lower() in _STAFF_AT_LARGE for p in _patients(tok))):
        return None  # "fired 500 workers": job cuts, no attack (one shoots "at" people)
    if lemma in _HIRING and _staff(tok):
        return "Appoint", f"verb:{lemma}-staff"  # "hiring a top aide", "recruited X from a rival"
    if lemma == "appoint" and _firms_only(tok):
        return "EngageInMaterialCooperation", "verb:appoint-firm"  # "appointed two banks as advisers": hiring firms
    if lemma not in _ASSEMBLING and any(c.lower_ in ("closer", "together") for c in tok.children
                                        if c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "ccomp")):
        return "RestoreRelations", f"verb:{lemma}-closer"
    if lemma in ("head", "lead") and "delegation" in objects:
        return "Visit", f"verb:{lemma}-delegation"
    if lemma == "leave" and any(c.lower_ == "for" for c in tok.children if c.dep_ == "prep"):
        return "Visit", "verb:leave-for"
    if lemma in ("fly", "go", "head", "return") and any(c.lower_ == "to" for c in tok.children if c.dep_ == "prep") \
            and not any(c.dep_ == "dobj" for c in tok.children):  # "returned him to the party" is no journey
        return "Visit", f"verb:{lemma}-to"
    if lemma in ("win", "lose", "contest", "retain", "hold") and (objects | _of_objects(tok, "dobj-of")) & ELECTORAL_OBJECTS \
            and not _sporting_race(tok):
        return "Elect", f"verb:{lemma}-seat"
    if lemma in _LIFTING and objects & {"sanction", "embargo", "ban", "restriction", "blockade", "siege", "boycott"}:
        return "Yield", f"verb:{lemma}-sanctions"
    if lemma in ("express", "voice", "extend", "convey") and objects & {"thanks", "thank", "gratitude", "appreciation",
                                                                      "support", "solidarity", "condolence"}:
        return "Praise", f"verb:{lemma}-thanks"
    if lemma in ("relinquish", "concede", "yield", "drop", "abandon", "withdraw") and objects & {"demand", "claim", "condition", "objection", "opposition"}:
        return "Yield", f"verb:{lemma}-demand"
    if lemma == "bail" and not any(c.lower_ == "out" for c in tok.children):
        # "was arrested and bailed": released on bail, a release (CAMEO 08) as "freed" is; only
        # "bailed out" (a firm, a bank; "bail out of a deal" is read above) is financial support
        return ("Yield", "verb:bail-release") if _person_patient(tok) else None
    if lemma in _ABANDONING and objects & _PLANS:
        return "Yield", f"verb:{lemma}-plan"  # "dropped the plans", "the scheme has been scrapped": a retreat (CAMEO 08)
    if lemma in _DESIGNATING | _LABELLING and any("terror" in t.lower_ for c in tok.children for t in c.subtree):
        # (the subtree is read only for these verbs: reading it for every verb was a tenth of extraction)
        return ("Designate" if lemma in _DESIGNATING else "Accuse"), f"verb:{lemma}-terrorist"
    if lemma == "shake" and "hand" in objects:
        return "Meet", "verb:shake-hands"
    if lemma in ("speak", "talk") and any(c.lower_ in ("to", "with") for c in tok.children if c.dep_ == "prep"):
        return "Consult", f"verb:{lemma}-to"
    if lemma in ("warm", "thaw") or lemma in _RESTORING | {"strengthen", "deepen", "boost", "expand"} and objects & RELATION_OBJECTS:
        return "RestoreRelations", f"verb:{lemma}-ties"
    if lemma == "distribute" and objects & AID_OBJECTS or lemma == "build" and objects & {"home", "house", "shelter", "school", "hospital"}:
        return "Donate", f"verb:{lemma}-aid"
    if lemma in VERBS:
        if lemma in ("declare", "announce", "proclaim") and not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                                                                    for c in tok.children):
            return None  # "announced that ...", "plans to announce": a speech act, left to claims
        return VERBS[lemma], f"verb:{lemma}"
    return None
