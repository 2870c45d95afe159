"""Trigger typing: :func:`_kind` gives the event class (a CAMEO-aligned class of the ontology) of a
token and the method that typed it, or None, from the lexicon and the rules on the token's
objects, particles and modifiers ("cut off ties", "a rail strike", "froze the accounts"); with
the helpers and word lists that only it reads."""
from __future__ import annotations

import re

from .lexicon import (ACTING, AGREEMENT_OBJECTS, AID_OBJECTS, CESSATION, ELECTORAL_OBJECTS, GROUPS, NOUNS, PHRASAL,
                      VOICING, RELATION_OBJECTS, VERBS, WARMING, _DAMAGING, _LEAVING, _RESTORING, _STOPPING)
from ..titles import POSITIONS, ROLE_NOUNS
from .syntax import (_lemma, _of_objects, _particles, _passive_subjects, _patients, _person_like, _person_patient,
                     _prep_objects, _split_prefix, _verbal)


_LABOUR = {"hunger", "general", "national", "rail", "postal", "union", "pay", "wildcat", "indefinite", "token",
           "day", "hour", "week", "walkout", "staff", "worker", "driver", "teacher", "nurse", "doctor", "miner",
           "pilot", "employee", "docker", "firefighter", "workforce", "member", "crew", "servant", "nationwide",
           "countrywide", "uk-wide", "one-day", "24-hour", "48-hour"}
"""Words that make "strike" a labour action: its kind ("general", "24-hour", "pay"), or who strikes."""
_ARMED_STRIKES = {"air", "missile", "military", "drone", "nuclear", "pre-emptive", "preemptive", "surgical", "rocket"}
_STRIKE_ACTIONS = {"join", "stage", "call", "ballot", "hold"}
"""Verbs whose object "strike" is a labour action: people join, stage, call or hold a strike (and
ballot for one); an army launches or carries out a strike, and a strike "held off", one "on" a
target, or an air or missile strike (:data:`_ARMED_STRIKES`) is none."""


def _labour_strike(tok, modifiers: set[str]) -> bool:
    """Whether the noun "strike" is a stoppage of work (a protest, CAMEO 14), not a military strike:
    its modifiers or possessor say who strikes or what kind ("a rail strike", "the workers' strike",
    "a 24-hour strike"), it is what people go or are "on", join, stage or call, or the subject of
    its verb is a group of workers ("dock workers ended their strike")."""
    if modifiers & _LABOUR or any(t.lemma_.lower() in _LABOUR for c in tok.children if c.dep_ == "poss" for t in c.subtree):
        return True
    if tok.head.lower_ == "on" and tok.dep_ == "pobj":
        return True  # "went on strike", "staff on strike"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STRIKE_ACTIONS \
            and not any(c.dep_ == "prt" for c in tok.head.children) and not modifiers & _ARMED_STRIKES \
            and not any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children):
        return True  # "Thousands join strike", "the union called a strike"; not "held off a strike on X"
    if tok.dep_ in ("dobj", "nsubjpass"):
        return any(c.dep_ in ("nsubj", "nsubjpass", "agent") and any(t.lemma_.lower() in _LABOUR for t in c.subtree)
                   for c in tok.head.children if c is not tok)
    return False


_DESIGNATING = frozenset({"consider", "designate", "list", "deem", "declare", "classify"})
_LABELLING = frozenset({"describe", "label", "brand", "call", "link", "accuse", "condemn"})
"""Verbs that designate someone a terrorist, and verbs that accuse someone of terrorism."""


_POLITICAL_RACES = {"leadership", "presidential", "mayoral", "election", "electoral", "party", "parliamentary",
                    "senate", "congressional", "governor", "presidency", "nomination", "white"}
"""Words that make a "race" an election ("the leadership race", "the race for the White House")."""


_AWARDS = re.compile(r"\b(?:[Aa]wards?(?!-)|[Pp]rizes?|Oscars?(?!\s+[A-Z])|Grammys?|Baftas?|BAFTAs?|Emmys?|"
                     r"[Cc]ategor(?:y|ies)|[Ss]hortlist(?:ed)?)\b")
"""Words of a prize ("Awards", "Oscar", "category"; not "award-winning", nor "Oscar" as a first
name)."""


def _for_prize(tok) -> bool:
    """Whether a nomination is for a prize: its sentence names one, or it is plural ("four
    nominations", "his nominations include best album") in a paragraph that names one; news
    rarely counts the nominations to a post."""
    if _AWARDS.search(tok.sent.text):
        return True
    return tok.tag_ == "NNS" and _AWARDS.search(tok.doc.text) is not None


def _sporting_race(tok) -> bool:
    """Whether the object of "won"/"lost" is a race that is no election: "race" is an election only
    with a political word in its phrase ("the presidential race", "the race for the leadership");
    "won the race in 2002", "lost the race to a rival" are contests of sport."""
    races = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "race"]
    return bool(races) and not any(t.lower_ in _POLITICAL_RACES for r in races for t in r.subtree)


_VENUES = re.compile(r"(?:Stadium|Arena|Ground|Dome|Bowl|Oval|Cup|Nations|Premiership|"
                     r"derby|final|semi-final|quarter-final|tie|fixture|opener|match|game|showdown|encounter)$")
"""Words of a sports fixture before "clash" (a venue or a competition): the clash is a match."""


def _fixture(tok) -> bool:
    """Whether a "clash" is a sports match: a venue or a competition names it ("the Millennium
    Stadium clash", "the Six Nations clash", "the derby clash")."""
    if tok.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in tok.children) and tok.i > 0:
        return bool(_VENUES.search(tok.doc[tok.i - 1].text))  # a noun misread as a verb: "the Vexo Arena clash"
    return any(_VENUES.search(t.text) for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "poss")
               for t in c.subtree)


_DENIED = {"charge", "allegation", "accusation", "bail"}
"""What one denies when rejecting an accusation or a request ("denied the charges", "was denied bail"). A
denial of wrongdoing or responsibility is a statement (CAMEO 016), left to the claim."""
_STARTING = {"launch", "start", "begin", "bring", "initiate", "commence"}
"""Verbs that start a lawsuit ("launched action against X", "started proceedings")."""
_SETTLED_CASES = {"charge", "lawsuit", "suit", "case", "allegation", "action"}
"""What a defendant settles under pressure ("settled charges from regulators"; not "settled claims" of insurers)."""
_TAKING_UP = {"begin", "start", "find", "take", "resume", "seek", "get", "look", "return"}
"""Verbs of a job taken up: "began work with Acme" is employment, no cooperation."""
_OFFENCES = {"attack", "murder", "offence", "offense", "crime", "fraud", "assault", "theft", "robbery", "killing",
             "death", "bombing", "possession", "part", "role", "involvement", "rape", "riot", "shooting"}
"""What one is charged "for" when the charge is of a crime ("charged three men for the attack")."""
_PLEDGING = {"pledge", "vow", "promise", "swear"}
_RESISTING = {"contest", "fight", "challenge", "oppose", "resist", "block", "defy", "appeal", "reject"}
"""A pledge to resist ("pledged to contest the action", "vowed to fight back") refuses (CAMEO 12)."""
_SCOURGES = {"terrorism", "crime", "corruption", "poverty", "drug", "disease", "racism", "inflation", "fraud",
             "piracy", "extremism", "hunger", "injustice", "discrimination", "cancer", "aids"}
"""What one vows to fight that is no one's decision ("vowed to fight terrorism")."""


def _resisting(verb) -> bool:
    """Whether a pledged verb resists a decision or an action: "contest the action", "fight back",
    "fight on"; not "fight terrorism" (a scourge) nor "fight for his place" (a struggle for something)."""
    if verb.lemma_.lower() not in _RESISTING or next(_prep_objects(verb, "for"), None) is not None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return not any(c.lemma_.lower() in _SCOURGES for c in objects)
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "on") for c in verb.children)


_FIGURATIVE_HARM = {"target", "destroy", "shoot"}
"""Verbs of an attack that news more often uses of aims, plans or a ball ("targeted a win", "would
destroy jobs", "shot wide"): an attack only with armed force in the sentence (:func:`_armed_context`;
prosecutors or police that target someone coerce: the event makers refine the kind first)."""
_ARMED_WORDS = {"missile", "rocket", "drone", "troop", "soldier", "army", "military", "militant", "gunman", "gunmen",
                "bomb", "bomber", "artillery", "airstrike", "weapon", "gun", "rifle", "insurgent", "rebel",
                "terrorist", "militia", "warplane", "helicopter", "mortar", "grenade", "explosive", "navy",
                "warship", "forces", "sniper", "guerrilla", "jihadist"}
"""Common nouns of armed force (not "police", "tank", "shell", "jet" or "fighter", which news uses
of traffic campaigns, think tanks, an oil firm, travel and boxing)."""


def _armed(t) -> bool:
    return t.lemma_.lower() in _ARMED_WORDS or t.lower_ in _ARMED_WORDS


def _armed_context(tok) -> bool:
    """Whether the sentence of ``tok`` speaks of armed force: a common noun of :data:`_ARMED_WORDS`
    (troops, missiles, militants)."""
    return any(t.pos_ == "NOUN" and _armed(t) for t in tok.sent)


def _armed_subject(tok) -> bool:
    """Whether the subject of a verb is armed force ("troops shot two men")."""
    return any(c.dep_ == "nsubj" and _armed(c) for c in tok.children)


def _title_word(tok) -> bool:
    """Whether a verb is capitalized inside a sentence written in lower case, as a word of a film's
    or a book's title is ("and now Meet the Fockers"); not at the start of a sentence, a quotation
    or a clause after a colon or a dash, nor in a headline written in title case."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start or not tok.tag_.startswith("VB"):
        return False
    if tok.doc[tok.i - 1].is_punct or tok.doc[tok.i - 1].is_space:
        return False
    words = [t for t in tok.sent if t.is_alpha]
    return sum(t.text[:1].isupper() for t in words) * 2 < len(words)


def _kind(tok) -> tuple[str, str] | None:
    """(class, method) of a trigger token, or None."""
    lemma = _lemma(tok)
    if _split_prefix(tok) is not None:
        lemma = "co-" + lemma  # "co-operate" tokenized as "co", "-", "operate"
    if _title_word(tok):
        return None  # "roles in Finding Neverland and now Meet the Fockers": a word of a title, no act
    if lemma in ("nominate", "nomination") and _for_prize(tok):
        return None  # "four Oscar nominations", "nominated for the award": a shortlist for a prize, no post
    if _verbal(tok):
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
    elif tok.lower_ == "fine" and tok.pos_ == "ADJ" and tok.i > 0 and tok.head.i < tok.i \
            and (tok.doc[tok.i - 1].ent_type_ == "MONEY" or tok.doc[tok.i - 1].lower_ in _SUM_UNITS):
        return "Coerce", "noun:fine"  # "paid a $1.5m fine": the tagger took the noun for an adjective after the sum
    elif tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.istitle() and lemma in NOUNS:
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


_SUM_UNITS = {"m", "bn", "million", "billion", "k"}
_MISGIVINGS = {"concern", "opposition", "disappointment", "frustration", "unease", "misgiving"}
_MAKING_UP = {"end", "heal", "bury", "mend", "patch"}  # (a dispute "settled" or "resolved" may be a lawsuit)
_QUARRELS = {"feud", "rift", "row", "quarrel", "spat", "dispute", "wrangle", "differences", "difference"}
_IMPOSING = {"impose", "slap"}
_PENALTIES = {"suspension", "penalty", "restriction"}  # (a ban, a fine, sanctions: their nouns are events)
_WISHING = {"want", "hope", "wish", "seek", "offer", "propose", "like", "try"}
_ASSEMBLING = {"put", "piece", "cobble", "stitch", "throw", "lump", "add"}
_MONEY = {"money", "cash", "cheque", "check", "sum", "fund", "funds", "donation", "proceeds"}
_ARMED = {"military", "armed", "army", "naval", "air"}
_CRITICS = {"critic", "opponent", "rival", "detractor", "accuser", "comment", "remark", "attack", "jibe", "charge"}
_GOOD_CAUSES = {"charity", "project", "school", "hospital", "fund", "cause", "appeal", "victim", "family", "orphanage",
                "programme", "program", "foundation", "trust", "community", "area", "hospice", "shelter", "church"}
_PAID_HEED = {"tribute", "visit", "homage", "respect", "attention", "heed", "compliment", "price", "courtesy", "call"}
"""Objects of "pay" that are no money."""
_CONTRACTS = {"contract", "terms", "extension", "settlement"}
"""Objects of "agree" that are agreements between the parties although no treaty ("agreed a new
three-year contract", "agreed terms with X")."""
_ABANDONING = {"drop", "scrap", "abandon", "shelve", "ditch", "axe", "ax", "jettison", "rethink"}
_PLANS = {"plan", "proposal", "scheme", "idea", "policy", "measure", "reform", "bill", "legislation",
          "requirement", "rule", "pledge", "initiative", "tax", "levy"}
"""Verbs that give up a course of action, and the courses of action they give up: "the plans were
scrapped" is a concession (CAMEO 08); "scrapped the deal" and "axed the coach" are other events."""
_SACKING = {"sack", "fire", "axe", "ax"}
_HIRING = {"hire", "recruit", "poach", "headhunt"}
"""Verbs that end or begin a person's employment when their object is one person in a post (:func:`_staff`).
Not "dismiss": in sport a referee or a bowler dismisses players ("dismissed Drogba", "was dismissed for 57")."""
_STAFF_PRONOUNS = {"him", "her", "he", "she"}
_STAFF_AT_LARGE = {"staff", "employee", "worker", "trader", "banker", "job", "workforce", "people"}


_POST_TITLES = frozenset(ROLE_NOUNS | POSITIONS)
_STAFF_TITLES = _POST_TITLES | {"aide"}


def _holder(tok, titles: frozenset[str] = _POST_TITLES) -> bool:
    """Whether a noun phrase head is one person who can hold a post: a named person, a personal
    pronoun, or one of ``titles`` in the singular."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in _STAFF_PRONOUNS or tok.tag_ == "NN" and tok.lemma_.lower() in titles


def _staff(tok) -> bool:
    """Whether a verb's object is one person in a post: a named person, "him" or "her", or a title in
    the singular ("sacked its chief executive", "fired manager X", "hiring a top aide"); not the
    staff at large ("cut 200 jobs", "fired 500 workers"), which is no tie of one actor, nor a thing
    ("fired three shots")."""
    return any(_holder(p, _STAFF_TITLES) for p in _patients(tok))


def _one_person(tok) -> bool:
    """Whether a verb's subject is one person: a named person, "he" or "she", or a title in the singular."""
    return any(c.dep_ == "nsubj" and _holder(c) for c in tok.children)


def _firms_only(tok) -> bool:
    """Whether the objects of "appoint" are organizations only ("appointed UBS and ABN Amro as
    advisers"): a firm hired for a task, no person put into a post."""
    patients = _patients(tok)
    return bool(patients) and all(p.ent_type_ == "ORG" for p in patients)


_LIFTING = {"lift", "ease", "relax", "suspend", "scrap", "end", "remove", "drop", "repeal", "rescind", "revoke"}
"""Verbs that lift a sanction they govern: a concession (CAMEO 081, easing sanctions)."""


_TURNED_BACK = {"people", "coach", "bus", "vehicle", "convoy", "ship", "boat", "vessel", "plane", "flight", "lorry",
                "truck", "car", "passenger", "migrant", "refugee", "asylum-seeker", "marcher", "demonstrator", "visitor",
                "traveller", "traveler", "fan", "supporter", "crowd"}
"""Objects of "turn away/back" that make it coercion: people and the vehicles that carry them."""


_POLICING = {"police", "policing", "riot", "security", "bailiff", "immigration"}
_FORCING = {"force", "compel", "coerce", "oblige"}
"""Verbs that make someone act against their will (CAMEO 17, coerce)."""
_DISMISSING = {"dismiss", "reject", "throw", "quash", "overturn", "lose", "refuse", "strike"}
_LEGAL_APPEAL_VERBS = {"lose", "win", "dismiss", "reject", "lodge", "file", "hear", "uphold", "allow", "launch",
                       "mount", "quash", "overturn", "throw", "bring", "consider"}
"""Verbs whose object "appeal" is an appeal to a court, not a call on someone."""
LEGAL_OBJECTS = {"appeal", "case", "lawsuit", "suit", "challenge", "claim", "petition", "application", "action"}
"""Objects that make "dismiss/lose/throw out X" a court's rejection (CAMEO 12) of the party that brought it."""
_COURTS = {"court", "tribunal", "judge", "commission", "ombudsman", "arbitration"}
_ASSETS = {"asset", "account", "fund", "property", "holding", "share", "stake", "deposit", "bank", "estate"}


_AGREEING = {"strike", "reach", "seal", "clinch", "conclude", "hammer", "broker"}
"""Verbs that make an agreement noun happen; the noun, not the verb, is the event ("struck a deal")."""
_CAMPAIGNS = {"campaign", "campaigning", "crusade", "drive", "pressure"}
_CHARGING = {"face", "bring", "file", "press", "put", "lay", "level", "drop", "deny", "admit"}
"""Verbs whose object "charges" are criminal charges ("faces charges", "charges were put to them")."""
_HOSTILE_ACTS = {"Protest", "Disapprove", "Sanction", "Coerce", "Arrest", "Attack", "Fight", "Kill", "Assault",
                 "UseUnconventionalMassViolence", "ExhibitForcePosture"}
_CONSEQUENCES = {"litigation", "action", "consequence", "retaliation", "reprisal", "walkout", "strike", "charge"}


def _hostile_complement(tok) -> bool:
    """Whether a warning announces a hostile act ("warned of further walkouts", "warned that they
    would face litigation"): such a warning is a threat (CAMEO 13), other warnings are statements."""
    return any(t.i != tok.i and t.pos_ == "NOUN" and (NOUNS.get(t.lemma_.lower()) in _HOSTILE_ACTS
                                                     or t.lemma_.lower() in _CONSEQUENCES)
               for c in tok.children if c.dep_ in ("ccomp", "prep", "dobj", "advcl") for t in c.subtree)


def _wanted_thing(tok) -> bool:
    """Whether "want" has a thing wanted from others, not an act of the subject's own: a noun object
    ("want judicial oversight", "want £6m for the player", "wanted a clause inserted") or "want to see"
    a noun ("wants to see a withdrawal of troops"). "wants to win" is an intention, no event."""
    own = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if own and not all(c.lemma_.lower() == "see" for c in own):
        return False
    holders = [tok, *own]
    return any(c.dep_ == "dobj" and c.pos_ != "PRON" for h in holders for c in h.children)  # "£6m": "m" may be tagged a verb


def _wanted_subject(tok):
    """The one who is to act in "X wants Y to do Z" (Y), or None: wanting someone else to act is
    a demand on them; wanting to act oneself is no event."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
            subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subject is None and c.dep_ == "xcomp":
                subject = next((g for g in tok.children if g.dep_ == "dobj"), None)
            return subject
    return None


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


def _relation_phrases(tok) -> list:
    """The relations noun a change noun is about: its own "in"/"into" phrase ("a thaw in relations"),
    or that of the verb it is the subject of ("warmth has crept into relations")."""
    found = [g for g in _prep_objects(tok, "in", "into", "of") if g.lemma_.lower() in RELATION_OBJECTS]
    if not found and tok.dep_ == "nsubj":
        found = [g for g in _prep_objects(tok.head, "in", "into") if g.lemma_.lower() in RELATION_OBJECTS]
    return found


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
