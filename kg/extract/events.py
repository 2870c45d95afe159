"""Events: trigger words and their arguments from the dependency parse, typed with the
CAMEO-aligned classes of the ontology, dated against the publication date.

A trigger is a verb ("met", "armed", "visited") or an event noun ("the meeting", "military
support", "the declaration"). Its arguments come from the parse: the subject is the agent
(the "by" phrase in the passive, the possessor or a nationality adjective for a noun), the
object or the "to"/"for" phrase the target, "with" phrases are participants, "in"/"at" places
the place. An event needs at least one actor argument; negated events are left to claims.
"""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from ..model import DateValue, EventRecord, Mention
from ..ontology import ancestors
from ..resources import event_lexicon_file, read_yaml
from . import time as timex
from . import discourse
from .context import Context, unnamed_key
from .discourse import CUES, DESCRIBING_CUES, HONORIFICS
from .roles import ROLE_NOUNS


@cache
def _lexicon_data() -> dict:
    """``kg/data/events.yaml``, read once (with libyaml when built in)."""
    return read_yaml(event_lexicon_file())


def _load_lexicon() -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
    """The trigger lexicon of ``kg/data/events.yaml`` inverted to lemma → class: data, not code,
    so that vocabulary grows without touching the rules."""
    data = _lexicon_data()
    verbs = {lemma: kind for kind, lemmas in data["verbs"].items() for lemma in lemmas}
    nouns = {lemma: kind for kind, lemmas in data["nouns"].items() for lemma in lemmas}
    phrasal = {tuple(p.split(" ", 1)): kind for kind, phrases in data["phrasal"].items() for p in phrases}
    return verbs, nouns, phrasal


def _load_groups() -> frozenset[str]:
    """The ``groups`` list of ``kg/data/events.yaml``: nouns for unnamed groups that can act."""
    data = _lexicon_data()
    return frozenset(data.get("groups") or ())


def _load_displeasure() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ``displeasure`` section of ``kg/data/events.yaml``: (adjectives, verbs whose object is the
    one displeased, verbs whose subject is)."""
    data = _lexicon_data().get("displeasure") or {}
    return (frozenset(data.get("adjectives") or ()), frozenset(data.get("object_verbs") or ()),
            frozenset(data.get("subject_verbs") or ()))


VERBS, NOUNS, PHRASAL = _load_lexicon()
"""Verb lemma → ontology class; noun lemma → class; (verb lemma, particle or preposition) → class."""
DISPLEASED, DISPLEASING, FUMING = _load_displeasure()
"""Words of displeasure: "X is furious" (adjectives), "Y angered X" (verbs of the one displeased as object),
"X is fuming" (verbs of the one displeased as subject); see :func:`_displeasure`."""
_judgement = _lexicon_data().get("judgement") or {}
PRAISING, CONDEMNING = frozenset(_judgement.get("praise") or ()), frozenset(_judgement.get("criticism") or ())
"""Words of a judgement said of someone or something ("described him as outstanding", "called the
plan ridiculous"): see :func:`_described_as`."""
GROUPS = _load_groups()
"""Plural nouns whose unnamed group takes part in events ("eight protesters were charged", "police
arrested ..."): news often reports an event whose only participant is such a group."""
_DEFINITE_PEOPLE = {"men", "women", "people", "pair", "trio", "group", "activists", "protesters"}
"""Plural heads of definite descriptions that refer back to a group named before ("the men")."""
_GROUP_PRONOUNS = {"they", "them"}
GROUP_NOUNS = {"member", "representative", "official", "delegation", "delegate", "leader", "leadership", "force",
               "government", "regime", "envoy", "emissary", "team", "militant", "fighter", "operative", "troop",
               "soldier", "minister", "ministry", "spokesman", "authority", "authorities", "diplomat", "negotiator",
               "figure", "wing", "branch", "arm", "unit", "side", "party", "coalition", "campaign", "group",
               "movement", "organisation", "organization", "union", "consortium", "committee", "council", "firm",
               "company", "lawyer", "spokeswoman", "spokesperson", "staff", "management", "board", "judge", "executive"}
"""Nouns that stand for the actor named in their modifier ("a Hamas delegation", "Iranian officials")."""
SUPPORT_OBJECTS = {"support", "aid", "assistance", "help", "backing", "resource", "equipment", "supply", "fund",
                   "money", "cash", "weapon", "arm", "missile", "rocket", "drone", "training", "expertise", "know-how",
                   "technology", "ammunition", "munition", "launcher", "loan", "grant", "shelter", "food", "meal",
                   "medicine", "fuel", "intelligence", "dollar", "troop", "advisor", "adviser"}
"""Objects that make "provide/give/send X" a support event."""
AGENTIVE_NOUNS = {"supporter", "backer", "sponsor", "provider", "patron", "supplier", "financier", "support", "advocate",
                  "champion", "proponent"}
"""Nouns naming the giver ("Iran is the main backer of Hamas"): the copula's subject is the agent."""
PATIENT_NOUNS = {"election", "reelection", "appointment", "assassination", "killing", "arrest", "designation", "fine",
                 "invasion", "bombing", "sale", "eviction", "closure", "seizure", "confiscation", "deportation",
                 "expulsion", "detention", "imprisonment", "release", "sentence", "incarceration", "internment"}
"""Event nouns whose "of" phrase or possessor is the patient ("the election of X"), not the agent."""
AID_OBJECTS = {"meal", "food", "aid", "medicine", "supply", "blanket", "tent", "water", "fuel", "vaccine"}
"""Objects that make "distribute X" humanitarian aid."""
WARMING = {"warming", "warmer", "improving", "improved", "closer", "renewed", "restored", "better", "strengthened",
           "strengthening", "growing", "deepening", "rebuilding", "rebuilt", "reconciliation"}
"""Modifiers that make "relations"/"ties" a rapprochement."""
RELATION_OBJECTS = {"relation", "relations", "ties", "tie", "contact", "contacts", "relationship"}
"""Objects that make "restore/resume/cut/break X" a relations event."""
LIGHT_VERBS = {"resume", "continue", "increase", "strengthen", "step", "boost", "expand", "provide", "give",
               "offer", "hold", "conduct", "make", "launch", "carry", "receive", "seek", "begin", "start",
               "deliver", "extend", "cut", "halt", "stop", "suspend", "freeze", "end", "reduce", "decide",
               "impose", "announce", "stage", "mount", "wage", "sign", "reach", "sever", "have", "keep", "maintain",
               "make", "deliver", "strike", "seal", "clinch", "conclude", "lead", "organise", "organize", "face",
               "file", "bring", "lodge", "press", "put", "take", "lay", "level", "unwind", "dissolve", "terminate",
               "scrap", "dismantle", "cancel"}
"""Verbs whose object noun names the event ("resumed financial backing", "held a meeting")."""
OBJECT_CONTROL = {"prompt", "urge", "ask", "force", "lead", "cause", "persuade", "encourage", "push", "compel",
                  "allow", "invite", "order", "pressure", "convince", "enable", "drive", "oblige", "permit"}
"""Verbs whose object is the agent of their infinitive ("prompting Iran to cut off its aid")."""
ANAPHORIC_GROUPS = {"movement", "group", "organization", "organisation", "militia", "faction"}
"""Heads of definite descriptions ("the group", "the Gaza-based movement") that refer back to an organization."""
_CIRCUMSTANTIAL = {"during", "at", "in", "throughout"}
_STOPPING = {"cut", "halt", "stop", "suspend", "freeze", "end", "reduce", "unwind", "dissolve", "terminate", "scrap",
             "dismantle", "cancel"}
AGREEMENT_OBJECTS = {"deal", "agreement", "accord", "treaty", "pact", "convention", "protocol", "talk", "negotiation",
                     "ceasefire", "truce", "arrangement", "memorandum"}
"""Objects that make "withdraw from / pull out of X" a reduction of relations and "agree on X" an agreement."""
_LEAVING = {"withdraw", "pull", "exit", "leave", "quit", "abandon", "scrap", "renege", "get", "back"}
ELECTORAL_OBJECTS = {"seat", "election", "vote", "poll", "majority", "primary", "race", "ballot", "constituency",
                     "presidency", "runoff", "referendum", "mandate", "term"}
"""Objects that make "win/lose/contest X" an election."""
_DAMAGING = {"harm", "damage", "strain", "sour", "hurt", "undermine", "weaken", "worsen", "poison", "chill"}
_RESTORING = {"resume", "restore", "renew", "mend", "rebuild", "warm", "improve", "normalize", "normalise"}
_SUPPORT_KIND = [
    (r"weapon|missile|rocket|arm|gun|drone|munition|ammunition|explosive|launcher|kornet|rifle|artillery", "weapons"),
    (r"military|militar|arming|defen[cs]e", "ProvideMilitarySupport"),
    (r"financ|fund|money|dollar|\$|cash|budget|salar|economic|monetar|million|billion", "ProvideFinancialSupport"),
    (r"train", "ProvideTrainingSupport"),
    (r"know-?how|technolog|expertise|technical|expert guidance|engineering", "ProvideKnowHowSupport"),
    (r"humanitarian|food|meal|medic|shelter|home|famil|relief|iftar", "Donate"),
]
_SUPPORT_CLASSES = {"ProvideSupport", "ProvideMilitarySupport", "ProvideFinancialSupport", "ProvideTrainingSupport",
                    "ProvideKnowHowSupport", "Donate", "TransferWeapons"}
_TRANSFER_VERBS = {"supply", "transfer", "deliver", "ship", "smuggle", "send", "provide", "give", "arm"}
_PRONOUNS = {"he": "Person", "she": "Person", "him": "Person", "her": "Person", "his": "Person"}


def find(ctx: Context, anchor: DateValue | None) -> list[EventRecord]:
    """Every event of the document, in text order.

    :param anchor: the publication date, for relative dates.
    """
    out: list[EventRecord] = []
    for block, doc in ctx.parsed:
        for sent in doc.sents:
            times = timex.find(block.text[sent.start_char:sent.end_char], anchor)
            times = [(block.pos(sent.start_char + s), block.pos_end(sent.start_char + e), v) for s, e, v in times]
            for tok in sent:
                record = _event(ctx, block, tok, times) or _modal_appeal(ctx, block, tok, times) \
                    or _described_as(ctx, block, tok, times)
                if isinstance(record, list):
                    out += record
                elif record is not None:
                    out.append(record)
    return _dedupe(out)


_LABOUR = {"hunger", "general", "national", "rail", "postal", "union", "pay", "wildcat", "indefinite", "token",
           "day", "hour", "week", "walkout", "staff", "worker", "driver", "teacher", "nurse", "doctor", "miner",
           "pilot", "employee", "docker", "firefighter", "workforce", "member", "crew"}
"""Words that make "strike" a labour action: its kind ("general", "24-hour", "pay"), or who strikes."""


def _labour_strike(tok, modifiers: set[str]) -> bool:
    """Whether the noun "strike" is a stoppage of work (a protest, CAMEO 14), not a military strike:
    its modifiers or possessor say who strikes or what kind ("a rail strike", "the workers' strike",
    "a 24-hour strike"), it is what people go or are "on", or the subject of its verb is a group of
    workers ("dock workers ended their strike")."""
    if modifiers & _LABOUR or any(t.lemma_.lower() in _LABOUR for c in tok.children if c.dep_ == "poss" for t in c.subtree):
        return True
    if tok.head.lower_ == "on" and tok.dep_ == "pobj":
        return True  # "went on strike", "staff on strike"
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


def _sporting_race(tok) -> bool:
    """Whether the object of "won"/"lost" is a race that is no election: "race" is an election only
    with a political word in its phrase ("the presidential race", "the race for the leadership");
    "won the race in 2002", "lost the race to a rival" are contests of sport."""
    races = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "race"]
    return bool(races) and not any(t.lower_ in _POLITICAL_RACES for r in races for t in r.subtree)


def _lemma(tok) -> str:
    """The token's lemma for the lexicon: spaCy's, unless a verb's lemma is no verb of the lexicon while
    its form's regular stem is one that the lemma begins ("fined", "fines" and "fining" lemmatized
    "fin"): the lemmatizer's table then picked a rarer verb, and the lexicon's is the word meant."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma in VERBS or lemma in _RULE_VERBS:
        return lemma
    form = tok.lower_
    stems = (form[:-1], form[:-2]) if form.endswith(("ed", "es")) else (form[:-3] + "e",) if form.endswith("ing") \
        else (form[:-1],) if form.endswith("s") else ()
    return next((s for s in stems if s in VERBS and s.startswith(lemma) and s != lemma), lemma)


def _kind(tok) -> tuple[str, str] | None:
    """(class, method) of a trigger token, or None."""
    lemma = _lemma(tok)
    if _split_prefix(tok) is not None:
        lemma = "co-" + lemma  # "co-operate" tokenized as "co", "-", "operate"
    if _verbal(tok):
        prt = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"} \
            | {c.lemma_.lower() for c in _passive_subjects(tok)}
        if lemma in ("cut", "break") and "off" in prt:
            return ("BreakRelations" if objects & RELATION_OBJECTS else "ReduceSupport"), f"verb:{lemma}-off"
        if lemma in _STOPPING | _RESTORING | _DAMAGING and objects & RELATION_OBJECTS:
            return ("RestoreRelations" if lemma in _RESTORING else "ReduceRelations"), f"verb:{lemma}-ties"
        if lemma in _LEAVING and (objects | _of_objects(tok, "from", "of", "out")) & AGREEMENT_OBJECTS:
            return "ReduceRelations", f"verb:{lemma}-deal"
        if lemma == "plead" and any(t.lower_ in ("guilty", "innocent") for t in tok.subtree if tok.i < t.i <= tok.i + 3):
            return None  # "will plead not guilty": a plea in court, no appeal
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
            if any(c.dep_ == "xcomp" for c in tok.children):
                return "ExpressIntentToCooperate", "verb:agree-to"
            if tok.dep_ in ("relcl", "acl") and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and not any(
                    g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in tok.children):
                return "SignAgreement", "verb:agree-upon"  # "a draft that was agreed upon last May"
            if (objects | _of_objects(tok, "on", "to")) & AGREEMENT_OBJECTS:
                return "SignAgreement", "verb:agree-deal"
        if lemma in ("quit", "leave", "desert") and (any(c.dep_ == "dobj" for c in tok.children)
                                                    or tok.dep_ == "relcl" and tok.head.pos_ == "NOUN") or lemma == "quit":
            return ("Yield" if lemma == "quit" else "BreakRelations"), f"verb:{lemma}-org"
        if any(c.lower_ in ("closer", "together") for c in tok.children if c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "ccomp")):
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
        if lemma in ("sentence", "term") and _custodial(tok):
            return "Arrest", f"noun:{lemma}"  # "his sentence", "a 14-year jail term": a penalty imposed on someone
        if lemma in RELATION_OBJECTS and any(c.lower_ in WARMING for c in tok.children if c.dep_ in ("amod", "compound")):
            return "RestoreRelations", "noun:warming-ties"
        modifiers = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
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
        if lemma in _CAMPAIGNS and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
            return "Protest", f"noun:{lemma}-against"  # a pressure campaign against someone
        if lemma == "charge" and (tok.head.lemma_.lower() in _CHARGING and tok.dep_ in ("dobj", "nsubjpass")
                                  or any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)):
            return "Arrest", "noun:charge"  # "faces fraud charges", "charges against him"; not a fee
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


_RAISING = {"likely", "expect", "set", "due", "go", "about", "bound", "certain", "sure", "unlikely", "poised",
            "schedule", "suppose", "think", "believe", "say", "report"}
"""Predicates (lemmas) that raise their complement's subject ("X is likely to be lifted", "X is expected to be freed")."""


def _passive_subjects(tok) -> list:
    """The patients a passive verb's subject slot gives: its own passive subject, or, for a passive
    infinitive under a raising predicate ("the ban is likely to be lifted", "they are expected to be
    freed"), the subject of that predicate's clause, which the parse attaches there."""
    own = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if own or not any(c.dep_ == "auxpass" for c in tok.children):
        return own
    if tok.dep_ != "xcomp":
        return _controlled_patients(tok)
    node = tok.head
    for _ in range(3):  # "is likely to be", "is expected to be", "is set to be"
        if node.lemma_.lower() not in _RAISING | {"be"}:
            return []
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
        if node.dep_ not in ("acomp", "xcomp") or node.head.i == node.i:
            return []
        node = node.head
    return []


def _headline_passive(ctx: Context, block, tok) -> bool:
    """Whether a verb of the headline is a passive with its auxiliary dropped, as headlines drop
    them ("Acme fined $2m for price fixing", "Two bankers jailed", "Singer convicted of fraud"):
    the main verb is a bare past form after its subject, without auxiliary, and it is one of the
    verbs that need someone to undergo them (:data:`OBJECT_REQUIRED`), with no person or body as
    object ("Acme fined Apex" stays active). The parser reads such a headline as an active past
    tense, which makes the one punished the punisher; the subject is the patient."""
    title = ctx.document.title_span
    if title is None or block.pos(tok.idx) >= title.end or tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBN"):
        return False
    if _lemma(tok) not in OBJECT_REQUIRED or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in tok.children):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    return not any(c.dep_ in ("dobj", "dative") and (c.pos_ in ("PROPN", "PRON") or _person_like(c)) for c in tok.children)


def _controlled_patients(tok) -> list:
    """The patients of a passive verb without a subject of its own, which English gives by control:
    a passive gerund adjunct takes the subject of the clause it modifies ("X was furious after being
    fined", "having been arrested, X ..."), and a passive conjunct shares its first conjunct's
    subject ("the men had forged a pass and had been helped by a guard")."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBN" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        matrix = tok.head.head
    elif tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBN" and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "mark" for c in tok.children):
        matrix = tok.head
    else:
        return []
    return [c for c in matrix.children if c.dep_ in ("nsubj", "nsubjpass")]


_IDENTIFYING = {"include", "be"}
"""Verbs that list who a demonstrative stands for ("those charged included X", "those held were X")."""


def _listed_referents(pronoun) -> list:
    """What a bare demonstrative with a participle ("those charged", "those detained") stands for,
    when it is the subject of a clause that lists them: the object of "include" or the complement of
    "be". Other uses of "those" (the families of those killed) name nobody. (The inverted "among
    those sued are X" is left alone: it met a typing error more often than it found an event.)"""
    verb = pronoun.head
    if pronoun.dep_ == "nsubj" and verb.lemma_.lower() in _IDENTIFYING:
        return [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return []


_LIFTING = {"lift", "ease", "relax", "suspend", "scrap", "end", "remove", "drop", "repeal", "rescind", "revoke"}
"""Verbs that lift a sanction they govern: a concession (CAMEO 081, easing sanctions)."""


def _split_prefix(tok):
    """The "co" token of a hyphenated verb that the tokenizer split ("co-operate", "co-ordinate"),
    which then holds the verb's subject and auxiliaries; None for other tokens."""
    if tok.i >= 2 and tok.pos_ == "VERB" and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "co":
        return tok.nbor(-2)
    return None


def _verbal(tok) -> bool:
    """Whether a token works as a verb: tagged so, or a verb of the lexicon that the tagger took for a
    noun although it heads a clause with its own subject ("Kilroy-Silk quit UKIP", "saw protesters
    picket gigs"): a noun takes no nominal subject, so the parse tells what the tag missed."""
    if tok.pos_ == "VERB":
        return True
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not (lemma in VERBS or lemma in _RULE_VERBS):
        return False
    if tok.tag_ == "NN" and tok.dep_ in ("xcomp", "advcl", "acl", "ccomp") \
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in tok.children):
        return True  # "was quick to apologise": "to" right before marks an infinitive, no noun
    return tok.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" for c in tok.children) \
        and tok.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl")


_RULE_VERBS = {"quit", "leave", "win", "lose", "contest", "lift", "ease", "warn", "want", "agree", "fly", "head", "return"}
"""Verbs outside the lexicon that rules of :func:`_kind` type by their object or particle."""


_TURNED_BACK = {"people", "coach", "bus", "vehicle", "convoy", "ship", "boat", "vessel", "plane", "flight", "lorry",
                "truck", "car", "passenger", "migrant", "refugee", "asylum-seeker", "marcher", "demonstrator", "visitor",
                "traveller", "traveler", "fan", "supporter", "crowd"}
"""Objects of "turn away/back" that make it coercion: people and the vehicles that carry them."""
ENDORSED = {"agreement", "deal", "accord", "treaty", "pact", "plan", "proposal", "bill", "law", "legislation", "idea",
            "policy", "resolution", "motion", "measure", "decision", "move", "reform", "initiative", "position", "stance",
            "candidacy", "bid", "membership", "accession", "ban", "ruling", "compromise", "draft", "directive", "call",
            "demand", "request", "campaign", "approach", "strategy", "programme", "program", "referendum", "vote"}
"""Objects whose "support" or "backing" is endorsement (CAMEO 051), not support given to an actor."""
_PLACE_NOUNS = {"city", "town", "village", "capital", "port", "region", "province", "district", "state", "county",
                "island", "border", "area", "suburb", "outskirts", "centre", "center", "streets", "territory"}
"""Nouns whose "of" phrase names the place ("the city of Tel Aviv", "the outskirts of Baghdad")."""
_ATTEMPTS = {"bid", "attempt", "effort", "decision", "move", "push", "drive", "endeavour", "endeavor", "step"}
"""Nouns whose infinitive reports what their possessor set out to do ("his bid to disengage"); a
"readiness", "refusal" or "plan" to act does not report the act."""
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


def _mention(ctx: Context, block, tok) -> Mention | None:
    m = ctx.of_token(block, tok)
    if m is not None:
        return m
    lower = tok.lower_
    if lower == "its" and tok.dep_ == "poss" and tok.head.dep_ == "dobj":
        subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        return ctx.of_token(block, subject) if subject is not None else None  # "X expressed its readiness": X
    if lower == "its" and tok.dep_ == "poss":
        found = _it(ctx, block, tok)  # "thanked Iran for its support": the organization or state named last
        return found[0] if found else None
    if lower in _PRONOUNS:
        return _at(block, tok, ctx.before(block.pos(tok.idx), category=_PRONOUNS[lower]))
    if lower in _FIRST_PERSON:
        return _at(block, tok, _speaker(ctx, block, tok))
    described = _described_person(ctx, block, tok)
    if described is not None:
        return described
    if tok.tag_ == "JJ" or tok.pos_ == "ADJ" and tok.dep_ == "amod":
        return ctx.demonym(block.pos(tok.idx), tok.text)
    definite = any(c.lower_ in ("the", "this", "that") and c.dep_ == "det" for c in tok.children)
    if definite and tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in DEFINITE_BODIES:
        found = _named_body(ctx, block, tok)
        if found is not None:
            return found
    if definite and tok.tag_ == "NN" and tok.lemma_.lower() in ROLE_NOUNS:
        found = _titled_person(ctx, block, tok)  # "the prince", "the foreign minister": the person named so
        if found is not None:
            return _at(block, tok, found)
    if tok.lemma_.lower() in COUNTRY_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and not any(c.dep_ in ("amod", "compound", "prep", "nummod") for c in tok.children):
        return _the_country(ctx, block, tok)
    if definite and tok.tag_ == "NN" and tok.lemma_.lower() not in DEFINITE_BODIES:
        found = _named_by_words(ctx, block, tok)
        if found is not None:
            return found
    if tok.lemma_.lower() in ANAPHORIC_GROUPS and definite:
        offset = block.pos(tok.idx)  # "the Gaza-based movement", "the group": the organization named last
        m = ctx.before(offset, category="Organization")
        return _at(block, tok, m) if m is not None and offset - m.end < 400 else None
    return None


def _aged(tok) -> bool:
    """Whether a word is an age in years ("26-year-old", parsed as "old" with "year" below it)."""
    return tok.lower_ == "old" and any(c.lemma_.lower() == "year" for c in tok.children)


def _described_person(ctx: Context, block, tok) -> Mention | None:
    """The person a definite description of the story's people stands for, which news uses
    instead of the name once it has been given: an age ("the 26-year-old", "the 31-year-old
    striker") is the person the headline names, when it names one and only one; a bare noun
    ("the rapper", "the chef") is the person named with that noun as a title right before the
    name or in an apposition ("Rapper Jo Bloggs", "Jo Bloggs, the chef,"), as for office titles
    (:func:`_titled_person`). Descriptions with other modifiers ("the other player") or that the
    story never attached to a name stay unresolved."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in ("poss", "prep", "relcl", "acl", "compound", "nmod", "nummod") for c in tok.children):
        return None
    mods = [c for c in tok.children if c.dep_ == "amod"]
    if _aged(tok) or len(mods) == 1 and _aged(mods[0]) and tok.tag_ == "NN":
        title = ctx.document.title_span
        if title is None:
            return None
        people = [m for m in ctx.mentions if m.category == "Person" and title.start <= m.start < title.end]
        return _at(block, tok, people[0]) if people and len({m.key for m in people}) == 1 else None
    if mods or tok.tag_ != "NN" or tok.lemma_.lower() in ROLE_NOUNS or tok.lemma_.lower() in DEFINITE_BODIES:
        return None  # office titles are :func:`_titled_person`'s; bodies are :func:`_named_body`'s
    return _at(block, tok, discourse.holder(ctx, block.pos(tok.idx), [tok.lower_]))


COUNTRY_NOUNS = {"country", "nation"}
"""Nouns that, bare and definite ("the country", "the nation's elections"), refer back to a state."""


def _the_country(ctx: Context, block, tok) -> Mention | None:
    """The state "the country" refers back to: the last country named shortly before, as a
    definite description takes the nearest fitting antecedent ("Iraq ... elections in the
    country"); none when no country was named in the last few sentences ("this country" in a
    quote, the speaker's own, is left alone)."""
    offset = block.pos(tok.idx)
    m = ctx.before(offset, kind="Country")
    return _at(block, tok, m) if m is not None and offset - m.end < 400 else None


DEFINITE_BODIES = {"government": ("GovernmentBody", "Country"), "administration": ("GovernmentBody", "Country"),
                   "regime": ("GovernmentBody", "Country"), "police": (), "court": ("GovernmentBody",),
                   "parliament": ("GovernmentBody",), "commission": ("GovernmentBody",),
                   "council": ("GovernmentBody",), "party": ("PoliticalParty",), "union": (),
                   "firm": ("Company", "Organization"), "company": ("Company", "Organization"),
                   "corporation": ("Company", "Organization"), "bank": ("Company",), "group": ("Company",),
                   "giant": ("Company", "Organization")}
"""Heads of definite descriptions that refer back to a body the story names ("the government"
after "the Venezuelan government", "the firm" after "Yukos", "the party" after "UKIP"), with the
classes such a body may have: news names a body once and then uses the bare noun."""


def _named_body(ctx: Context, block, tok) -> Mention | None:
    """The body a definite description refers back to: the last mention before it whose name has
    the same head word ("Gloucestershire Police" for "the police"), else, within a paragraph or two,
    the last actor of a fitting class ("Yukos" for "the firm")."""
    offset = block.pos(tok.idx)
    head = tok.lemma_.lower()
    for m in reversed(ctx.mentions):
        if m.end <= offset and m.category == "Organization" and head in m.text.lower().split():
            return _at(block, tok, m)
    kinds = DEFINITE_BODIES[head]
    m = ctx.before(offset)
    while m is not None and offset - m.end < 600:
        if m.kind in kinds and (m.category == "Organization" or m.method != "demonym"):
            return _at(block, tok, m)
        m = ctx.before(m.start)
    return None


def _at(block, tok, m: Mention | None) -> Mention | None:
    """An antecedent's mention moved to its anaphor, so that evidence spans stay on the words that report."""
    if m is None:
        return None
    start, end = block.pos(tok.idx), block.pos_end(tok.idx + len(tok.text))
    return dataclasses.replace(m, start=start, end=end, text=block.text[tok.idx:tok.idx + len(tok.text)])


_FIRST_PERSON = {"i": "Person", "me": "Person", "my": "Person", "we": "group", "us": "group", "our": "group"}
"""First-person pronouns → what their speaker must be: "I" is one person; "we" a body, a state or a
group speaking as one (a person's "we" may be a firm, a party or a family: left unresolved)."""


def _speaker(ctx: Context, block, tok) -> Mention | None:
    """Who says "I" or "we" inside a direct quotation: the subject of the reporting verb outside the
    quotation in the sentences it touches ("“I reject that,” Mr Roe said", "Acme said: “We will
    appeal.”"), the cue nearest the quotation first. A first person outside quotes is the
    writer's; a speaker of the wrong kind ("we" said by one person) or none found: no antecedent."""

    quotes = discourse.quotes(block)
    inside = next(((qs, qe) for qs, qe in quotes if qs <= tok.idx < qe), None)
    if inside is None:
        return None
    qs, qe = inside
    cues = []
    for sent in tok.doc.sents:
        if sent.end_char < qs - 1 or sent.start_char > qe + 1:
            continue
        for t in sent:
            if t.pos_ == "VERB" and t.lemma_.lower() in CUES and not any(a <= t.idx < b for a, b in quotes) \
                    and any(c.dep_ == "nsubj" for c in t.children):
                cues.append((min(abs(t.idx - qs), abs(t.idx - qe)), t.i, t))
    if not cues:
        return None
    cue = min(cues)[2]
    speakers = [m for c in cue.children if c.dep_ == "nsubj" for m in _actors(ctx, block, c) if _can_act(m)]
    if len({m.key for m in speakers}) != 1:
        return None
    m = speakers[0]
    if _FIRST_PERSON[tok.lower_] == "Person":
        return m if m.category == "Person" else None
    return m if m.category in ("Organization", "UnnamedSource") or m.kind == "Country" else None


def _titled_person(ctx: Context, block, tok) -> Mention | None:
    """The person a definite title stands for ("the prince has apologised"): the one the claims
    extractor finds named with that title (:func:`kg.extract.discourse.titled`), kept only when the
    title is bound to a mention of that person tightly, right before the name ("Prince Harry",
    "London mayor Ken Roe") or in an apposition after it ("Ken Roe, the mayor,"): in "his term as
    US President, Jane Roe said" the title before the comma is someone else's. A wrong
    participant is worse than none."""

    found = discourse.titled(ctx, block, tok)
    if found is None:
        return None
    words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i] + [tok.lower_]
    title = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.I)
    honorific = "|".join(sorted(HONORIFICS))
    text = ctx.document.text
    for m in ctx.mentions:
        if m.key != found.key or m.end > block.pos(tok.idx):
            continue
        if title.match(m.text) and len(m.text.split()) > 1:
            return found
        before = re.split(r"[.;:!?\n,]", text[max(0, m.start - 40):m.start])[-1]
        if any(re.fullmatch(rf"\s*(?:(?:{honorific})\.?\s+)?", before[t.end():], re.I) for t in title.finditer(before)):
            return found
        after = re.split(r"[.;:!?\n]", text[m.end:m.end + 40])[0]
        if after.startswith(",") and discourse.apposition(after, title):
            return found
    return None


def _named_by_words(ctx: Context, block, tok) -> Mention | None:
    """The organization a definite description names by words of its name ("the London exchange"
    after "the London Stock Exchange", "the Hong Kong bourse" after "Hong Kong Bourse Ltd"): the
    latest organization within a few paragraphs whose name ends in the head noun (the head of an
    English name is its last word) and holds every word that modifies it. A description with any
    other word ("the rival exchange") takes up no one; a bare noun ("the world") is too vague."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    if not mods or any(c.dep_ in ("poss", "prep", "relcl", "acl", "nummod") for c in tok.children):
        return None
    words = {c.lower_ for c in mods}
    offset = block.pos(tok.idx)
    m = ctx.before(offset, category="Organization")
    while m is not None and offset - m.end < 1500:
        name = m.text.lower().split()
        if name[-1] == tok.lower_ and words <= set(name[:-1]):
            return _at(block, tok, m)
        m = ctx.before(m.start, category="Organization")
    return None


def _actors(ctx: Context, block, tok) -> list[Mention]:
    """The actor mentions a token stands for, following conjunctions ("Hamas and the PIJ")."""
    out = []
    for t in [tok, *[c for c in tok.conjuncts]]:
        if (t.lower_ in ("sides", "parties") and any(c.lower_ in ("the", "both", "two") for c in t.children)
                or t.lower_ in PAIR_NOUNS and any(c.lower_ in ("both", "two") for c in t.children)):
            out += [x for x in pair_of(ctx, block, t) if x not in out]  # "the sides broke off their ties"
            continue
        m = _mention(ctx, block, t)
        appositive = next((c for c in t.children if c.dep_ == "appos"), None)
        if m is None and appositive is not None:  # "his Israeli counterpart, Ariel Sharon"
            out += [x for x in _actors(ctx, block, appositive) if x not in out]
            continue
        if m is None and t.lower_ in ("that", "which", "who") and t.head.dep_ == "relcl":
            return _actors(ctx, block, t.head.head)  # the antecedent of a relative pronoun
        if m is None and t.dep_ == "attr" and t.head.lemma_ == "be":
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject is not t:  # "Iran is the only country that ...", "it is the only ..."
                found = _it(ctx, block, subject) if subject.lower_ == "it" else _actors(ctx, block, subject)
                out += [x for x in found if x not in out]
                continue
        if m is None and t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in _POSTS and not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children) and _organizations(ctx, block, [
                c for c in t.children if c.dep_ in ("poss", "compound", "nmod", "prep")]):
            m = _group(ctx, block, t)  # "World Bank officials", "Acme bosses": the post holders act
        if m is None:
            # the head of "members of Iran's Revolutionary Guards", "figures in the wings of Hamas",
            # "Tehran-Hamas ties", "relations between Iran and Hamas"
            relation = t.lemma_.lower() in RELATION_OBJECTS
            for child in t.children:
                group = t.lemma_.lower() in GROUP_NOUNS or t.lower_ in GROUP_NOUNS or t.lemma_.lower() in ROLE_NOUNS
                if child.dep_ in ("prep",) and (child.lower_ in ("of", "from", "in") and group
                                                or relation and child.lower_ in ("between", "with")):
                    for g in child.children:
                        if g.dep_ == "pobj":  # "figures in the wings of Hamas", not "figures in Lebanon"
                            out += [x for x in _actors(ctx, block, g) if x not in out
                                    and not (child.lower_ == "in" and x.category == "Place")]
                elif relation and child.dep_ in ("compound", "poss", "amod", "nmod"):
                    for g in child.subtree:
                        x = _mention(ctx, block, g)
                        if x is not None and x not in out:
                            out.append(x)
                elif child.dep_ in ("poss", "compound", "amod") and t.lemma_.lower() in GROUP_NOUNS:
                    m2 = _mention(ctx, block, child)
                    if m2 is not None:
                        out.append(m2)
        if m is None:
            for child in t.children:  # "stars such as X and Y", "firms including X": the examples act
                if child.dep_ == "prep" and (child.lower_ in ("including", "like") or child.lower_ == "as"
                                             and any(g.lower_ == "such" for g in child.children)):
                    for g in child.children:
                        if g.dep_ == "pobj":
                            out += [x for x in _actors(ctx, block, g) if x not in out]
        if m is None and not out:
            m = _group(ctx, block, t)
        if m is None and not out and t.lower_ == "they":
            out += _plural_antecedent(ctx, block, t)
            continue
        if m is not None and m not in out:
            out.append(m)
    return out


def _plural_antecedent(ctx: Context, block, tok) -> list[Mention]:
    """The actors "they" stands for when no unnamed group was named shortly before: the subject
    of its own sentence's main clause when the pronoun sits in a clause below it ("The senior
    figures gave interviews in which they praised X"), else the subject of the sentence before
    ("Acme and Apex met on Monday. They agreed ..."), the usual antecedent of a subject pronoun.
    The candidate must be plural (a plural noun or coordinated names), outside quoted speech,
    and name actors; otherwise "they" stays unresolved."""

    if discourse.quoted(block, tok):
        return []
    candidates = []
    main = discourse.subject(tok.sent.root)
    if main is not None and main.i < tok.i and tok not in set(main.subtree) and main.lower_ != "they":
        candidates.append((block, main))
    elif main is None or main.i >= tok.i:
        found = discourse.previous_sentence(ctx, block, tok)
        if found is not None:
            b, sent = found
            subject = discourse.subject(sent.root)
            if subject is not None:
                candidates.append((b, subject))
    for b, subject in candidates:
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        if not plural or discourse.quoted(b, subject) or subject.pos_ == "PRON":
            return []
        found = [m for m in _actors(ctx, b, subject) if _can_act(m)]
        if found and not (len(found) == 1 and found[0].category == "Person"):
            return [_at(block, tok, m) for m in found]
    return []


def _group(ctx: Context, block, tok) -> Mention | None:
    """An unnamed group that acts ("Eight protesters", "police", "record companies"), or the group a
    plural anaphor refers back to ("they", "the men"): the last unnamed group of the document named
    shortly before. A new group is returned unregistered; :func:`_record` adds it to the document's
    mentions only when an event keeps it, so that a group in a place phrase or a dropped candidate
    makes no actor."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in tok.children)
    if lower in _GROUP_PRONOUNS or definite and lower in _DEFINITE_PEOPLE:
        offset = block.pos(tok.idx)
        for m in reversed(ctx.mentions):
            if m.end <= offset and m.category == "UnnamedSource" and offset - m.end < 800 \
                    and "unspecified" not in m.key:
                return _at(block, tok, m)
        if lower in _GROUP_PRONOUNS:
            return None
    counted_people = tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS") and (any(
        c.dep_ == "nummod" for c in tok.children) or definite and _same_group(ctx, tok, block.pos(tok.idx)) is not None)
    # "four Britons", "two Americans", and "the Britons" after them; "Palestinians" is a population
    if (lemma not in GROUPS and not counted_people) or tok.tag_ not in ("NNS", "NNPS") and lemma != "police":
        return None
    bodies = [c for c in tok.children if (c.dep_ in ("poss", "compound", "amod", "nmod")
                                          or c.dep_ == "prep" and c.lower_ in _BODY_PREPS) and _named(ctx, block, c)]
    if bodies and not (lemma in _POSTS and not definite and _organizations(ctx, block, bodies)):
        return None  # "the Hamas officials" refers back to the body's people named before: the body  # "Hamas militants", "militants of the party": the named body acts; "inmates at X" are unnamed
    s, e = _group_span(ctx, block, tok, bodies)
    label = ctx.document.text[s:e]
    earlier = _same_group(ctx, tok, s)
    if earlier is not None:  # "five public sector unions ... the five unions": one group
        return dataclasses.replace(earlier, start=s, end=e, text=label)
    return Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-group", 0.6,
                   unnamed_key(ctx.document.sha256, label))


def _same_group(ctx: Context, tok, offset: int) -> Mention | None:
    """An unnamed group named before that a later description repeats: same head noun, and the
    same number ("five unions") or a definite article ("the protesters"); "other unions" is new."""
    number = {c.lower_ for c in tok.children if c.dep_ == "nummod"}
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)
    if not (number or definite) or any(c.lower_ in ("other", "another", "more") for c in tok.children):
        return None
    for m in reversed(ctx.mentions):
        words = m.text.lower().split()
        if m.end <= offset and m.category == "UnnamedSource" and words and words[-1] == tok.lower_ \
                and (not number or number <= set(words)):
            return m
    return None


_QUANTIFIERS = {"some", "many", "several", "few", "most", "all", "both"}
_POSTS = {"official", "judge", "boss", "director", "executive", "figure", "leader", "minister", "mp", "mep",
          "lawmaker", "legislator", "senator", "manager", "diplomat"}
"""Plural nouns for holders of posts in a body. Named by the body ("World Bank officials", "three
Appeal Court judges", "Acme bosses"), they are a group of their own, an unnamed actor
beside the body (the guideline's "UKIP officials"): the text says that some of the body's people
acted, not the body. Members at large ("Hamas militants") stand for the body itself."""


def _organizations(ctx: Context, block, modifiers) -> bool:
    """Whether one of a noun's premodifiers names an organization as the body its people belong
    to: a noun modifier or possessor ("World Bank officials", "Acme's bosses"). States, places and
    nationality words are left out ("Iranian officials", "US officials" stay the state's, as in the
    seed guideline), and so are pronouns ("his leaders") and "of" phrases ("officials of the
    party" stay the party's: the rules so far, which no gold case contradicts yet)."""
    for c in modifiers:
        if c.dep_ == "prep" or c.tag_ == "PRP$":
            continue
        for node in [c]:
            for t in node.subtree:
                m = ctx.of_token(block, t)
                if m is not None and m.category == "Organization" and m.kind not in ("UnnamedSource",) \
                        and m.method != "demonym":
                    return True
    return False


def _body_noun(tok) -> bool:
    """Whether a noun names bodies by kind and nationality ("Norwegian telecoms firms"): a plural
    group noun with a nationality word before it."""
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in GROUPS and any(
        t.ent_type_ == "NORP" for t in tok.lefts)


def _group_span(ctx: Context, block, tok, bodies) -> tuple[int, int]:
    """The span of an unnamed group: the head noun with its premodifiers (a number, a quantifier,
    adjectives and noun modifiers: "animal rights groups", "three Appeal Court judges"); for a
    group of post holders named by their body (``bodies``) also a possessor ("Acme's bosses"); and
    a short "from"/"of"/"for"/"with" phrase right after the noun that names the body or, for post
    holders, bodies by kind and nationality ("executives from Norwegian telecoms firms"), as for
    unnamed sources (a long phrase stays out: "ministers from 23 countries")."""
    deps = ("amod", "compound", "nummod", "det", "nmod") + (("poss",) if bodies else ())
    left = [t for t in tok.lefts if t.dep_ in deps and t.i >= tok.i - 3 and t.tag_ != "PRP$"]
    first = min([tok] + [t.left_edge for t in left if t.dep_ != "det" or t.lower_ in _QUANTIFIERS], key=lambda t: t.i)
    last = tok
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in _BODY_PREPS
                 and (c in bodies or tok.lemma_.lower() in _POSTS)), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is not None and pobj.right_edge.i - tok.i <= 5 and (prep in bodies or _body_noun(pobj)):
        last = pobj.right_edge
    return block.pos(first.idx), block.pos_end(last.idx + len(last.text))
_BODY_PREPS = {"of", "from", "for", "with"}
"""Prepositions whose named object is the body a group belongs to ("officials of the party", "a
spokesman for Acme"); "in"/"at" name where the group is ("inmates at Guantanamo Bay")."""


_PACTS = {"SignAgreement", "EngageInMaterialCooperation", "Negotiate"}
"""Classes of agreement nouns ("the deal", "a partnership agreement", "talks"), whose parties the
clause around them often names instead of the noun's own modifiers."""
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative"}


def _clause_parties(ctx: Context, block, tok) -> list[Mention]:
    """The parties of an agreement noun that names none, from the clause it sits in: the subject and
    objects of the verb it depends on ("Fiat sold GM a stake as part of a partnership agreement",
    "Egypt's decision to enter into the agreement"), or, when the noun has a relative clause, the
    arguments of the verbs inside ("a pact which could see India invest"). A noun governed by a
    verb that is itself a trigger adds nothing. Agreements bind those the sentence names around
    them; with none named, the noun stays no event."""
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and NOUNS.get(tok.head.lemma_.lower()) in _PACTS:
        return []  # "a partnership agreement": the head noun is the event
    node = tok
    while node.dep_ in ("pobj", "prep", "dobj", "compound", "appos", "conj") and node.head.i != node.i \
            and node.pos_ not in ("VERB", "AUX"):
        node = node.head
        if node.lower_ == "out":
            return []  # "get out of a deal", "did well out of the deal": leaving or judging it, no signing
    verb = node if node.pos_ in ("VERB", "AUX") else None
    if verb is not None and _kind(verb) is not None:
        return []  # "signed agreements", "work together in energy deals": the verb reports the event
    inner = [c for c in tok.children if c.dep_ in ("relcl", "acl")]
    if verb is not None and node is not tok and tok.dep_ not in ("nsubj", "nsubjpass"):
        found = [m for m in _subject(ctx, block, verb) if _can_act(m)]
        found += [m for c in verb.children if c.dep_ in ("dobj", "dative") and tok not in c.subtree
                  for m in _actors(ctx, block, c) if _can_act(m)]
        if found:
            return _unique(found)
    found = []
    for clause in inner:
        for t in clause.subtree:
            if t.dep_ in _ARGUMENT_DEPS and tok not in t.subtree and t.head.pos_ in ("VERB", "AUX"):
                found += [m for m in _actors(ctx, block, t) if _can_act(m)]
    return _unique(found)


def _asset_owners(ctx: Context, block, obj) -> list[Mention]:
    """The owner of assets acted on ("froze the accounts of X", "seized the company's oil fields"):
    the actors named in the possessor, name modifiers or "of" phrase of an asset noun undergo what
    is done to it."""
    if obj.lemma_.lower() not in _ASSETS:
        return []
    owners = [c for c in obj.children if c.dep_ in ("poss", "compound", "nmod")] + list(_prep_objects(obj, "of"))
    return _unique([m for c in owners for m in _actors(ctx, block, c) if _can_act(m)])


def _unnamed_parties(ctx: Context, block, tok) -> tuple[list[Mention], list[Mention]]:
    """Agent and targets of an event whose arguments name no actor but stand for people: news
    reports "a blogger has been jailed", "terror suspects detained without trial", "bailiffs
    seized the assets" before (or without) naming them. The people become unnamed participants
    (as unnamed groups do), so that the event is kept: its subject or "by" phrase acts, its
    object, passive subject, the noun a participle modifies, or a noun's "against"/"of" phrase
    undergoes it. Pronouns are left out: their antecedent is the resolver's business."""
    def people(nodes) -> list[Mention]:
        out = []
        for node in nodes:
            for t in [node, *node.conjuncts]:
                m = _unnamed_person(ctx, block, t)
                if m is not None and m not in out:
                    out.append(m)
        return out
    if _verbal(tok):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if _headline_passive(ctx, block, tok):
            subjects, patients = [], patients + subjects  # "Two bankers jailed": the bankers are jailed
        subjects += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            patients.append(tok.head)  # "suspects detained without trial"
        return people(subjects), people(patients)
    if tok.pos_ != "NOUN":
        return [], []
    owners = [c for c in tok.children if c.dep_ == "poss"] + list(_prep_objects(tok, "by"))
    undergoers = list(_prep_objects(tok, "against", "of", "on", "for"))
    if tok.lemma_.lower() in PATIENT_NOUNS:
        owners, undergoers = list(_prep_objects(tok, "by")), undergoers + [c for c in tok.children if c.dep_ == "poss"]
    return people(owners), people(undergoers)


def _unnamed_person(ctx: Context, block, tok) -> Mention | None:
    """An unnamed person or group a noun phrase stands for ("an Iranian weblogger", "terror suspects",
    "the Britons"), as a new unregistered unnamed mention (see :func:`_group`); None for pronouns,
    names, and nouns that are not people."""
    if tok.pos_ not in ("NOUN", "PROPN") or ctx.of_token(block, tok) is not None:
        return None
    group = _group(ctx, block, tok)
    if group is not None:
        return group
    if tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() not in PERSON_NOUNS | set(ROLE_NOUNS):
        return None  # a name left untaken, a people ("Palestinians"), a thing: no unnamed person
    if tok.lower_ in _GENERIC_PEOPLE and not any(c.dep_ in _PEOPLE_MODIFIERS for c in tok.children):
        return None  # "to force people to use", "detained people without trial": people at large, no group
    if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None  # "the prime minister conceded": a definite office holder is someone named, not unnamed
    if any(c.dep_ in ("poss", "compound", "nmod") and _named(ctx, block, c) for c in tok.children):
        return None  # "Hamas fighters", "the party's leader": the named body or person acts
    left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nummod", "nmod") and t.i >= tok.i - 3]
    first = min([tok] + [t.left_edge for t in left], key=lambda t: t.i)
    s, e = block.pos(first.idx), block.pos_end(tok.idx + len(tok.text))
    label = ctx.document.text[s:e]
    earlier = _same_group(ctx, tok, s)
    if earlier is not None:  # "the Britons" after "four Britons"
        return dataclasses.replace(earlier, start=s, end=e, text=label)
    return Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-group", 0.6,
                   unnamed_key(ctx.document.sha256, label))


_PARTITIVES = {"number", "handful", "dozen", "dozens", "couple", "group", "total", "string", "series"}
"""Nouns that count what their "of" phrase names ("a number of lenders", "a handful of activists")."""
_UNNAMED_ADJECTIVES = {"unnamed", "anonymous", "unidentified", "unknown"}
"""Adjectives that say a group is a specific one the text does not name ("unnamed individuals")."""
_COUNTED_HEADS = {"bank", "lender", "individual", "man", "woman", "people", "person"}
"""People and firms besides :data:`GROUPS` and :data:`PERSON_NOUNS` that an event names by number
only: "sued 45 banks", "sued three men"."""


def _counted_people(ctx: Context, block, tok) -> list[Mention]:
    """The unnamed group an object of an event stands for when the phrase picks out a definite set
    by counting it or saying it is unnamed ("sued 45 banks", "sued three men", "legal action
    against a number of lenders", "a lawsuit against unnamed individuals", "arrested about 20
    journalists"), also after a named agent: the defendants, detainees or people met are the
    event's target. A bare plural after a named agent is left alone: it is mostly generic ("laws
    stop net firms handing over data", "powers to detain suspects")."""
    out = []
    for t in [tok, *tok.conjuncts]:
        head, first = t, None
        if t.lemma_.lower() in _PARTITIVES:  # "a number of lenders": the group is the whole phrase
            head = next(iter(_prep_objects(t, "of")), None)
            if head is None:
                continue
            first = t.left_edge
        if head.tag_ not in ("NNS", "NNPS") or ctx.of_token(block, head) is not None:
            continue
        lemma = head.lemma_.lower()
        if lemma not in GROUPS | PERSON_NOUNS | _COUNTED_HEADS and head.lower_ not in _COUNTED_HEADS:
            continue
        counted = first is not None or any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in _QUANTIFIERS - {"all"}
                                           or c.dep_ == "amod" and c.lower_ in _UNNAMED_ADJECTIVES for c in head.children)
        if not counted or any(c.dep_ in ("poss", "compound", "nmod") and _named(ctx, block, c) for c in head.children):
            continue
        m = _unnamed_person(ctx, block, head) or _group(ctx, block, head)
        if m is None and lemma in _COUNTED_HEADS | {"men", "women"}:
            s, e = _group_span(ctx, block, head, [])
            label = ctx.document.text[s:e]
            m = Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-group", 0.6,
                        unnamed_key(ctx.document.sha256, label))
        if m is not None and first is not None and m.method == "unnamed-group" and block.pos(first.idx) < m.start:
            s = block.pos(first.idx)
            label = ctx.document.text[s:m.end]
            m = dataclasses.replace(m, start=s, text=label, key=unnamed_key(ctx.document.sha256, label))
        if m is not None and m not in out:
            out.append(m)
    return out


_GENERIC_PEOPLE = {"people", "persons", "men", "women"}
"""Plural nouns for humans in general: bare, they name no group ("force people to ..."); a
quantifier, a number or a modifier makes one ("some people", "three men", "local people")."""
_PEOPLE_MODIFIERS = {"det", "nummod", "amod", "compound", "nmod", "poss", "prep", "quantmod"}


def _named(ctx: Context, block, tok) -> bool:
    """Whether a modifier names an actor (directly or through its own words)."""
    return any(ctx.of_token(block, t) is not None for t in tok.subtree)


def _register(ctx: Context, mentions: list[Mention]) -> None:
    """Add the new unnamed groups an event keeps to the document's mentions (once per span)."""
    added = False
    for m in mentions:
        if m.method == "unnamed-group" and not any(x.key == m.key and x.start == m.start for x in ctx.mentions):
            ctx.mentions.append(m)
            added = True
    if added:
        ctx.reindex()


PAIR_NOUNS = {"firms", "companies", "countries", "nations", "states", "governments", "groups", "parties", "sides",
               "organisations", "organizations"}
"""Plural heads that, with "the two" or "both", refer back to the last two actors ("the two firms")."""


_PAIR_KINDS = {"countries": ("Country",), "nations": ("Country",), "states": ("Country",)}
"""Plural heads that name what their pair is: "the two countries" are the last two countries named,
even a paragraph back, while "the two sides" are the last two actors named shortly before."""


def pair_of(ctx: Context, block, tok) -> list[Mention]:
    """"The (two) sides", "both parties": the last two actors that can act, named shortly before (the
    claim extractor asks too, for "both firms said");
    "the two countries": the last two countries, named within a few paragraphs."""
    offset = block.pos(tok.idx)
    kinds = _PAIR_KINDS.get(tok.lower_)
    window = 1200 if kinds else 400
    found: list[Mention] = []
    m = ctx.before(offset)
    while m is not None and len(found) < 2 and offset - m.end < window:
        if _can_act(m) and m.category != "Person" and m.key not in {f.key for f in found} \
                and (kinds is None or m.kind in kinds):
            found.append(m)
        m = ctx.before(m.start)
    return [_at(block, tok, f) for f in reversed(found)] if len(found) == 2 else []


_ADVERBIAL_PARTICLES = {"up", "down", "out", "in", "over", "off", "back", "away"}
"""Particles that make a phrasal verb only as particles: "gave in" yields, "gave in addition" does not."""


def _particles(tok) -> list[str]:
    """The particle and prepositions of a verb ("step down", "call for"), and the subordinator that
    opens its complement right after it ("called for the ban to be lifted")."""
    dated = {c.i for c in tok.children if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children
                                                                   if g.dep_ == "pobj")}
    obj_end = max((c.right_edge.i for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), default=tok.i)
    out = [c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ not in _ADVERBIAL_PARTICLES
           and c.i not in dated  # "insisted on Wednesday that ...": a date, not "insist on"
           or c.dep_ == "advmod" and c.lower_ in _ADVERBIAL_PARTICLES and c.i in (tok.i + 1, obj_end + 1)]
    # the particle right after the verb or after its object ("turned the protesters away")
    out += [g.lower_ for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp")
            for g in c.children if g.dep_ == "mark" and tok.i < g.i <= tok.i + 2]
    return out


def _of_objects(tok, *preps: str) -> set[str]:
    """Lemmas of the objects of a verb's prepositions ("withdrew from the treaty"; "out" follows
    "out of"), or with ``"dobj-of"`` of its object's "of" phrase ("won 31% of the vote")."""
    out = set()
    for child in tok.children:
        if child.dep_ == "dobj" and "dobj-of" in preps:
            out |= {g.lemma_.lower() for g in _prep_objects(child, "of")}
        if child.dep_ in ("prep", "prt") and child.lower_ in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    out.add(g.lemma_.lower())
                if g.dep_ == "prep":  # "out of the deal"
                    out |= {x.lemma_.lower() for x in g.children if x.dep_ == "pobj"}
    return out


def _prep_objects(tok, *preps: str):
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    yield g


ATTENDING = {"host", "attend", "chair", "leave", "join", "convene", "organise", "organize", "hold"}
"""Verbs whose subject (or "by" agent) takes part in the meeting, summit or conference they govern."""
_HAPPENING = {"happen", "occur", "continue", "resume", "begin", "start", "open", "proceed"}
"""Intransitive verbs that report that the event noun, their subject, happened."""


def _governor(tok):
    """For a noun trigger, the verb whose subject also acts in it: a light verb it is the object of
    ("held a meeting", "resumed financial backing"), or the verb of a circumstantial phrase
    ("shook hands during their meeting"). Returns None otherwise."""
    head = tok.head
    if head == tok:
        return None
    if tok.dep_ in ("dobj", "attr", "nsubjpass", "xcomp") and head.pos_ == "VERB":
        if NOUNS.get(tok.lemma_.lower()) == "Meet" and head.lemma_.lower() in ATTENDING:
            return head  # "hosted the summit", "the meeting is being hosted by X", "leaving a summit"
        return head if head.lemma_.lower() in LIGHT_VERBS or head.lemma_.lower() in ("receive", "seek", "get", "accept") else None
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and (head.lemma_.lower() in _HAPPENING or head.lemma_.lower() == "take"
                                                       and any(c.lower_ == "place" for c in head.children if c.dep_ == "dobj")):
        return head  # "discussions were taking place with US officials": the verb carries its arguments
    if tok.dep_ == "pobj" and head.lower_ in _CIRCUMSTANTIAL and (head.head.pos_ == "VERB" or
                                                                  head.head.pos_ == "AUX" and tok.lemma_.lower() == "contact"):
        return head.head
    if tok.dep_ == "conj":
        return _governor(head)
    return None


def _subject(ctx: Context, block, verb) -> list[Mention]:
    """Agent of a verb: its subject, the "by" phrase of a passive, or the subject of the verb it depends on.

    A pronoun subject of a reported clause is the reporting clause's subject ("Iranian officials
    promised they would provide ...", "Iran said it would ..."); "it" elsewhere is the last
    organization or state named shortly before.
    """
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "AUX" or child.dep_ == "nsubj":
            if child.lower_ in ("they", "it", "he", "she", "we") and verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
                matrix = _subject(ctx, block, verb.head)
                if matrix:
                    return matrix
            return _it(ctx, block, child) if child.lower_ == "it" else _actors(ctx, block, child)
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return _actors(ctx, block, g)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if controller is not None:  # "prompting it to cut off its aid": the object acts
            return _it(ctx, block, controller) if controller.lower_ == "it" else _actors(ctx, block, controller)
    if verb.dep_ == "xcomp" and verb.head != verb:
        raised = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if raised is not None:  # "X is expected to hold talks", "X was forced to resign": X acts
            return _it(ctx, block, raised) if raised.lower_ == "it" else _actors(ctx, block, raised)
    if verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head != verb:
        found = _controller(ctx, block, verb.head) if _nonfinite(verb) else _subject(ctx, block, verb.head)
        if not found and verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
            found = _subject(ctx, block, verb.head.head)  # "X said it was Y and refused": a misattached conjunct
        return found
    if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
        matrix = verb.head.head
        obj = next((c for c in matrix.children if c.dep_ == "dobj"), None)
        if verb.head.lower_ == "for" and obj is not None:
            return _actors(ctx, block, obj)  # "criticised Hamas for cooperating with Iran": Hamas cooperates
        return _controller(ctx, block, matrix)  # "X criticised Y after meeting Z", "by attacking the party"
    if verb.dep_ == "relcl":
        return _actors(ctx, block, verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
        return _author(ctx, block, verb.head)  # "Turkey must issue a statement promising to ...": its author acts
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
        return _actors(ctx, block, verb.head)  # "Jack Smith, touring Asia, said": the noun modified acts
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _ATTEMPTS and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                          for c in verb.children):
        owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if owner is not None:  # "his bid to disengage from Gaza", "Iran's decision to cut aid": the possessor acts
            return _actors(ctx, block, owner)
    return []


def _nonfinite(verb) -> bool:
    """Whether a dependent verb is an infinitive or participle without a subject of its own, whose
    subject is therefore its controller's ("to criticise", "using his blog")."""
    return verb.dep_ in ("xcomp", "advcl") and verb.tag_ in ("VB", "VBG") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") and c.lower_ != "to" for c in verb.children)


def _controller(ctx: Context, block, matrix) -> list[Mention]:
    """Who acts in a subjectless infinitive or participle that depends on ``matrix``: the matrix's
    agent, or, when the matrix is passive, its surface subject, which controls the adjunct as well
    ("X was arrested after using his blog to criticise Y": X criticises; "X was asked to resign")."""
    found = _subject(ctx, block, matrix)
    if found:
        return found
    for c in matrix.children:
        if c.dep_ == "nsubjpass":
            return _it(ctx, block, c) if c.lower_ == "it" else _actors(ctx, block, c)
    return []


DOCUMENT_NOUNS = {"statement", "letter", "report", "resolution", "motion", "message", "communique", "communiqué",
                  "note", "document", "memo", "memorandum", "petition", "declaration", "editorial", "article", "leaflet"}
"""Nouns for texts, whose participle clause reports what their author does ("a letter urging X to ...")."""


_POSSESSIVE_NUMBER = {"his": "Person", "her": "Person", "its": "thing", "their": "plural"}


def _bound_possessor(ctx: Context, block, noun, pronoun) -> list[Mention]:
    """The antecedent of a possessive pronoun on an event noun that is the subject of the clause
    it sits in ("the EU and the US confirmed their willingness", "the party learned nothing from
    its defeats"): a possessive in the predicate is bound by the subject when they agree in
    number ("their" a plural or coordinated subject, "his"/"her" one person, "its" one
    organization or state). Other antecedents are left unresolved."""
    verb = next(_clause_verbs(noun), None)
    if verb is None or verb.i == noun.i or any(noun in c.subtree for c in verb.children
                                                if c.dep_ in ("nsubj", "nsubjpass")):
        return []
    subject = _subject(ctx, block, verb)
    want = _POSSESSIVE_NUMBER[pronoun.lower_]
    if want == "plural":
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
        plural = len(subject) > 1 or any(h.tag_ in ("NNS", "NNPS") or h.lower_ == "they" for h in heads)
        return subject if plural else []
    if len(subject) != 1:
        return []
    return subject if (subject[0].category == "Person") == (want == "Person") else []


def _author(ctx: Context, block, noun) -> list[Mention]:
    """Who speaks through a text: its possessor ("Iran's statement"), its "by"/"from" phrase, or the
    subject of the verb that issues it ("Turkey must issue a written statement")."""
    owner = [m for c in noun.children if c.dep_ == "poss" for m in _actors(ctx, block, c)]
    owner += [m for g in _prep_objects(noun, "by", "from") for m in _actors(ctx, block, g)]
    if owner:
        return owner
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return _subject(ctx, block, noun.head)
    return []


def _it(ctx: Context, block, tok) -> list[Mention]:
    """The antecedent of "it": the last organization or state named shortly before."""
    offset = block.pos(tok.idx)
    m = ctx.before(offset)
    while m is not None and not (m.category == "Organization" or m.kind == "Country" or "metonymy" in m.method):
        m = ctx.before(m.start)
    return [_at(block, tok, m)] if m is not None and offset - m.end < 400 else []


_TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
"""The parts of speech of triggers: :func:`_kind` types verbs and nouns (a verb the tagger took for
a noun included), :func:`_displeasure` adjectives and verbs."""


def _event(ctx: Context, block, tok, times) -> EventRecord | list[EventRecord] | None:
    if tok.pos_ not in _TRIGGER_POS:
        return None  # half of the tokens: the rules below would read a few attributes each to say so
    if tok.pos_ in ("ADJ", "VERB") and (tok.lower_ in DISPLEASED or tok.lemma_.lower() in DISPLEASING | FUMING):
        return _displeasure(ctx, block, tok, times)
    found = _kind(tok)
    if found is None or _negated(tok) or _irrealis(tok):
        return None
    if tok.pos_ in ("NOUN", "PROPN") and ctx.of_token(block, tok) is not None:
        return None  # "the Northern Alliance", "Trade Union Congress": part of a name, no event
    kind, method = found
    if _verbal(tok):
        kind, method = _intended(tok, kind, method)
    agent: list[Mention] = []
    targets: list[Mention] = []
    others: list[Mention] = []
    places: list[Mention] = []
    resource = None
    scope = [tok]
    adjectival: set[str] = set()  # keys of actors named only by a nationality adjective of a noun trigger
    own_span = False  # whether the evidence is the noun phrase alone, not the clause around it
    if _verbal(tok):
        agent = _subject(ctx, block, tok)
        if not agent and _split_prefix(tok) is not None:
            agent = _subject(ctx, block, _split_prefix(tok))
        if _headline_passive(ctx, block, tok):  # "Acme fined $2m": Acme is fined
            targets, agent = agent, []
        passive = _passive_subjects(tok)
        for c in passive:
            targets += _actors(ctx, block, c)
        if passive and not any(c.dep_ == "nsubjpass" for c in tok.children):
            patients = {m.key for m in targets}  # a controlled passive: its controller is acted on, not acting
            agent = [m for m in agent if m.key not in patients]
        if method.endswith("-sanctions"):  # "lifted the EU arms ban on China": who imposed it, on whom
            for c in [*passive, *(c for c in tok.children if c.dep_ == "dobj")]:
                agent, targets = _sanction_parties(ctx, block, c, agent, targets)
        for c in tok.children:
            if c.dep_ in ("dobj", "dative"):
                found_actors = _actors(ctx, block, c) or _asset_owners(ctx, block, c) or _counted_people(ctx, block, c)
                if found_actors:
                    targets += found_actors
                elif c.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
                    resource = _phrase(block, c)
        for g in _prep_objects(tok, "to", "for"):
            targets += _actors(ctx, block, g)
        targets += [m for m in _phrasal_objects(ctx, block, tok, method) if m not in targets]
        if kind in _EVALUATIVE and not targets:
            targets += _evaluated_agents(ctx, block, tok)
        if kind in _HOSTILE:  # "hit out at X", "protested against X", "rounded on X"
            for holder in [tok, *[c for c in tok.children if c.dep_ == "prt"]]:
                for g in _prep_objects(holder, "at", "against", "on"):
                    targets += _actors(ctx, block, g)
        if any(True for _ in _prep_objects(tok, "with")):
            for g in _prep_objects(tok, "with"):
                found_actors = _actors(ctx, block, g)
                (others if kind in ("Meet", "Consult", "Negotiate", "Fight", "SignAgreement", "EngageInMaterialCooperation")
                 else targets if kind not in _SUPPORT_CLASSES else others).extend(found_actors)
                if not found_actors and kind in _SUPPORT_CLASSES:
                    resource = resource or _phrase(block, g)
        if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in tok.children) and not targets \
                and not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in tok.children) and tok.head.pos_ == "NOUN":
            targets += _actors(ctx, block, tok.head)  # "the party the men have left": the antecedent is the object
        elif tok.dep_ == "relcl" and not agent:
            agent = _actors(ctx, block, tok.head)
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and not passive and tok.head.lower_ in ("those", "these"):
            for g in _listed_referents(tok.head):  # "those charged included X": the list names them
                targets += _actors(ctx, block, g)
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and not passive:
            targets += _actors(ctx, block, tok.head)  # "suspects detained without trial": a reduced passive relative
        if method == "verb:want-to":
            wanted = _wanted_subject(tok)
            targets += _actors(ctx, block, wanted)
            if not agent or wanted.pos_ == "PRON" or {m.key for m in targets} & {m.key for m in agent}:
                return None  # "wanted it to end", "wants his group to grow": no demand on another actor
        if method == "verb:want-thing" and (not agent or any(c.dep_ == "nsubj" and c.lower_ in {*_FIRST_PERSON, "you"}
                                                             for c in tok.children)):
            return None  # a demand needs an actor; "we want ..." in a quote is what the speaker claims
        if _lemma(tok) in OBJECT_REQUIRED and not targets and not _person_patient(tok):
            return None  # "released a statement", "charged a fee": no person released or charged
        if method.endswith("-org"):  # "quit the party" breaks with it; "quit" alone is a resignation
            organizations = [m for m in targets if m.category == "Organization" and m.kind not in _STATE_BODIES]
            if organizations:
                kind, targets = "BreakRelations", organizations
            elif kind == "BreakRelations":
                return None  # "left the room"
    else:
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN")):
                found_actors = _actors(ctx, block, c)
                if not found_actors and c.dep_ == "poss" and c.lower_ in _POSSESSIVE_NUMBER:
                    found_actors = _bound_possessor(ctx, block, tok, c)
                for g in c.subtree:  # "Iran-Hamas rapprochement": every name in the modifier
                    if g is not c and g.dep_ in ("compound", "nmod", "amod", "conj"):
                        found_actors += [m for m in _actors(ctx, block, g) if m not in found_actors]
                if c.pos_ == "ADJ" and c.dep_ == "amod":
                    adjectival |= {m.key for m in found_actors}
                if c.dep_ != "poss":  # "the Gaza war", "a Brussels summit", "a London conference": a venue
                    venue = [m for m in found_actors if m.category == "Place"
                             and (kind in ("Fight", "Attack", "Protest", "Meet", "Visit") or not _can_act(m))]
                    places += venue
                    found_actors = [m for m in found_actors if m not in venue]
                (targets if tok.lemma_.lower() in PATIENT_NOUNS and c.dep_ == "poss" else agent).extend(found_actors)
        if tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i \
                and not any(c.dep_ == "det" for c in tok.children):
            agent += _actors(ctx, block, tok.head)  # "the Hamas and Iranian cooperation": a coordinated modifier
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("PROPN", "NOUN") \
                and tok.head.head.dep_ in ("ROOT", "nsubj") and not agent:
            agent += _actors(ctx, block, tok.head.head)  # "India and Russia in energy talks", "Yukos in court fight"
        agentive = tok.lemma_.lower() in AGENTIVE_NOUNS and tok.dep_ in ("attr", "nsubj")
        for g in _prep_objects(tok, "of"):
            found_of = _actors(ctx, block, g)
            if not found_of:  # "the declaration of Trump's recognition": the possessor of the object
                found_of = [m for c in g.children if c.dep_ in ("poss",) for m in _actors(ctx, block, c)]
            (targets if tok.lemma_.lower() in PATIENT_NOUNS | AGENTIVE_NOUNS and (agentive or tok.lemma_.lower() in PATIENT_NOUNS)
             else agent).extend(found_of)
        if agentive:  # "Iran is the main backer of X" / "the main supporter of X was Iran"
            copula = tok.head
            if copula.lemma_ == "be":
                for c in copula.children:
                    if c.dep_ in ("nsubj", "attr") and c != tok:
                        agent += _actors(ctx, block, c)
        for g in _prep_objects(tok, "by", "from"):
            agent += _actors(ctx, block, g)
        for g in _prep_objects(tok, "for", "to", "on", "against"):
            targets += _actors(ctx, block, g) or (_counted_people(ctx, block, g) if g.head.lower_ == "against" else [])
        for g in _prep_objects(tok, "with", "between", "among"):
            others += _actors(ctx, block, g)
        if method.startswith("noun:relations-"):
            for g in _relation_phrases(tok):
                others += [m for m in _actors(ctx, block, g) if m not in others]
        for rel in (c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in LIGHT_VERBS | _GENERIC_GIVING):
            agent = agent or _subject(ctx, block, rel)
            for g in _prep_objects(rel, "to", "for"):
                targets += _actors(ctx, block, g)
            for g in _prep_objects(rel, "with"):  # "a deal struck with the unions"
                others += _actors(ctx, block, g)
            scope.append(rel)
        if _called_off(tok, kind):
            return None  # "the visit was cancelled", "Sizzla's UK tour being cancelled": it did not take place
        gov = _governor(tok)
        circumstantial = gov is not None and tok.dep_ == "pobj"
        if circumstantial and kind not in ("Meet", "Visit", "Consult", "Negotiate", "SignAgreement", "MakePublicStatement", "Declare"):
            gov = None
        between = [m for g in _prep_objects(tok, "between", "among") for m in _actors(ctx, block, g)]
        if gov is not None:
            if not circumstantial:
                scope.append(gov)
            else:
                own_span = True  # "signed a pact during a meeting between A and B": the meeting is its phrase
            if between and circumstantial:
                pass  # "during a meeting between A, B and C": those named meet, not the clause's subject
            elif not agent and gov.lemma_.lower() not in ("receive", "seek", "face"):
                agent = _subject(ctx, block, gov)
            if gov.lemma_.lower() in ("receive", "seek", "get", "accept", "face"):
                targets = targets or _subject(ctx, block, gov)
            if gov.lemma_.lower() in _STOPPING and kind in _SUPPORT_CLASSES:
                kind, method = "ReduceSupport", method + f"+{gov.lemma_.lower()}"
            elif gov.lemma_.lower() in _STOPPING and kind in ("EngageInMaterialCooperation", "RestoreRelations", "SignAgreement"):
                kind, method = "ReduceRelations", method + f"+{gov.lemma_.lower()}"
            for g in _prep_objects(gov, "to", "for", *(("against",) if kind in _HOSTILE else ())):
                targets += _actors(ctx, block, g) or (_counted_people(ctx, block, g) if g.head.lower_ == "against" else [])  # "a lawsuit was filed against X", "brought charges against X"
            for g in _prep_objects(gov, "with"):
                others += _actors(ctx, block, g)
    if method.startswith("noun:police-") and not agent:
        agent = [m for c in tok.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in _POLICING
                 for m in [_group(ctx, block, c)] if m is not None]  # "police actions": the police act
    for holder in scope:
        for g in _prep_objects(holder, "in", "at", "inside", "near"):
            if g.lemma_.lower() in RELATION_OBJECTS:
                continue  # "a thaw in relations between X and Y": the states relate, no venue
            found_places = [m for m in _actors(ctx, block, g) if m.category == "Place"]
            if not found_places and g.lemma_.lower() in _PLACE_NOUNS:  # "in the Israeli city of Tel Aviv"
                found_places = [m for o in _prep_objects(g, "of") for m in _actors(ctx, block, o) if m.category == "Place"]
            places += found_places
    if kind == "Visit" and _verbal(tok) and targets and not places and all(m.category == "Organization" for m in targets) \
            and not any(m.category == "Place" for m in targets):
        return None  # "returned to the party", "went to the company": rejoining a body, no journey
    if kind == "Visit":
        dest = [m for m in targets if m.category == "Place"]
        places = places or dest
    agent = [m for m in agent if _can_act(m)]
    if kind == "EngageInMaterialCooperation" and re.search(r"militar|security|intelligence|defen[cs]e|strateg",
                                                           " ".join(t.lower_ for t in tok.subtree) + " " + " ".join(t.lower_ for t in tok.children)):
        kind = "CooperateMilitarily"
    if kind in _SUPPORT_CLASSES and tok.pos_ == "NOUN" and not targets and len(scope) == 1 \
            and not any(c.dep_ in ("prep", "poss") for c in tok.children):
        return None  # "Iranian military support" in passing is no event; "support for Hamas" is
    if kind in _SUPPORT_CLASSES:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _GENERIC_GIVING and not _support_like(tok, resource):
            return None  # "provided Iran with another opportunity" is no support event
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _GENERIC_GIVING - {"back", "help"} and any(
                c.dep_ == "dobj" and NOUNS.get(c.lemma_.lower()) not in (None, *_SUPPORT_CLASSES)
                                      for c in tok.children):
            return None  # "gave a briefing", "offered an apology": a light verb, the noun is the event
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _PAYING and any(
                c.dep_ == "dobj" and any(t.lemma_.lower() in _DUES for t in c.subtree) for c in tok.children):
            return None  # "to pay a back-tax bill", "paid compensation": settling a debt, no support
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _PAYING and _purpose(tok):
            return None  # "paid $2bn to get out of the deal": a price for something, no support
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _TRADING and not _support_like(tok, resource, strict=True):
            kind, method = "EngageInMaterialCooperation", method + "-goods"  # "keeps supplying engines": trade
        if kind != "Donate":
            kind = _support_kind(kind, tok, resource)
        if not agent and not (tok.pos_ == "NOUN" and targets):
            return None  # support needs a supporter, or at least a named recipient ("support for Hamas")
    place_keys_all = {m.key for m in places}
    # Places are where things happen; a city visited or fought over is no participant.
    targets = [m for m in targets if _can_act(m) and m.key not in place_keys_all or m.category != "Place"]
    others = [m for m in others if _can_act(m) and m.key not in place_keys_all or m.category != "Place"]
    if kind == "Consult" and _verbal(tok) and any(NOUNS.get(g.lemma_.lower()) == "Meet"
                                                  for g in _prep_objects(tok, "at", "during")):
        return None  # "would discuss the future of X at a meeting": the meeting is the event
    if method in ("verb:talk-to", "verb:speak-to") and not (targets or others):
        return None  # "talk with civility": no one talked to
    if method in ("verb:offer", "noun:offer") and not _offered_to(ctx, block, tok):
        return None  # "a £1.3bn offer for the LSE", "Virgin Radio offers 3G broadcasts": a bid or a sale
    if kind == "ProvideSupport" and _verbal(tok) and tok.lemma_.lower() in ("support", "back") and not targets:
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects and not any(_names_actor(ctx, block, o) for o in objects):
            if any(o.lemma_.lower() in ENDORSED for o in objects):
                kind, method = "Praise", method + "-endorse"  # "had supported the agreement": endorsement (CAMEO 051)
            elif not _support_like(tok, resource, strict=True):
                return None  # "supports women's rights": a stance, no support given to anyone
    if kind == "Attack" and any(t.lower_ in ("suicide", "car-bomb", "suicide-bomb") for c in tok.children
                                if c.dep_ in ("compound", "amod", "npadvmod") for t in c.subtree):
        kind = "Assault"  # suicide bombings and attacks (CAMEO 183), unlike military strikes
    kind = _refine(kind, tok, agent, targets, resource, others)
    if kind in _THREATENING and not _verbal(tok) and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "threaten":
        return None  # "threatened legal action against X": the verb is the threat
    if kind in _THREATENING - {"Protest"} and not _verbal(tok) and _planned(tok):
        kind, method = "Threaten", method + "+planned"  # "threatened legal action", "is preparing law suits"
        agent = agent or [m for m in _subject(ctx, block, tok.head) if _can_act(m)]
    participants = _unique(agent + targets + others)
    if not participants and kind != "Visit":  # unnamed visitors are tourists, no news
        agent, targets = _unnamed_parties(ctx, block, tok)
        participants = _unique(agent + targets)
    if not participants and tok.pos_ == "NOUN" and kind in _PACTS:
        others = _clause_parties(ctx, block, tok)
        participants = others
    if not participants and not (places and (kind in ("Fight", "Attack", "Assault", "Protest", "Elect", "Visit",
                                                      "SignAgreement", "Negotiate")
                                             or kind in ("Meet", "Arrest") and not _verbal(tok) and not _bare_anaphor(tok)
                                             or kind == "Arrest" and _verbal(tok) and _person_patient(tok))):
        return None  # an event needs an actor, or for wars, protests and conferences a place
    if tok.pos_ in ("NOUN", "PROPN") and adjectival and {m.key for m in participants + places} <= adjectival \
            and not {"ProvideSupport", "ProvideAid"} & ancestors(kind):
        # "the Syrian war", "Iranian elections": a nationality adjective alone is no argument; but it is
        # the giver of support ("Iranian support for the resistance had never stopped")
        return None
    if kind in ("MakePublicStatement", "Declare") and not agent:
        return None
    if kind == "Fight" and tok.pos_ == "VERB" and not (targets or others or places):
        return None  # "she will fight (on)": fighting without an enemy or a battlefield is a figure of speech
    counterparts = [m for m in _unique(targets + others) if not agent or m.key != agent[0].key]
    if kind in _SYMMETRIC and agent and len(counterparts) > 1 and all(m.category == "Person" for m in counterparts):
        # one meeting per person met ("met with A, B and C"), as each may be reported elsewhere; a meeting
        # with "representatives of A, B and C" stays one
        return [_record(ctx, block, tok, kind, method, agent, [c] if c in targets else [], [c] if c in others else [],
                        places, scope, times, resource, own_span) for c in counterparts]
    return _record(ctx, block, tok, kind, method, agent, targets, others, places, scope, times, resource, own_span)


_COPULAS = {"be", "become", "remain", "seem", "appear", "feel", "grow", "get", "look", "sound"}
_STIMULUS_PREPS = ("at", "by", "over", "with", "about")


def _stimulus(ctx: Context, block, holder) -> list[Mention]:
    """Who displeased: the actors of the "by"/"at"/"over"/"with"/"about" phrases of ``holder``, or the
    owner of what they name ("irritated by Y's disclosure", "shocked at Y's decision")."""
    out: list[Mention] = []
    for g in [*_prep_objects(holder, *_STIMULUS_PREPS),
              *(g for c in holder.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")]:
        found = _actors(ctx, block, g) or [m for c in g.children if c.dep_ == "poss" for m in _actors(ctx, block, c)]
        out += [m for m in found if m not in out]
    return out


def _displeasure(ctx: Context, block, tok, times) -> EventRecord | None:
    """An actor's displeasure stated as a state of mind is disapproval (CAMEO 11): "X is furious",
    "X was irritated by Y's decision", "Y's refusal angered X", "X is fuming". The one displeased acts
    (the agent); whoever or whatever displeased is the target. The word must say the actor's state
    (predicative, a passive, an active verb with the actor as its object, or the headline's "X angered
    by Y"): "an angry crowd" states nothing of an actor."""
    if _negated(tok) or _irrealis(tok):
        return None
    lemma = tok.lemma_.lower()
    scope = [tok]
    experiencer: list[Mention] = []
    stimulus: list[Mention] = []
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "acomp" and tok.head.lemma_.lower() in _COPULAS and tok.lower_ in DISPLEASED:
        if _negated(tok.head):
            return None  # "X was not angry"
        experiencer = _subject(ctx, block, tok.head)
        stimulus = _stimulus(ctx, block, tok)
        scope.append(tok.head)
    elif tok.pos_ == "VERB" and lemma in FUMING and any(c.dep_ == "nsubj" for c in tok.children):
        experiencer = _subject(ctx, block, tok)
        stimulus = _stimulus(ctx, block, tok)
    elif tok.pos_ == "VERB" and tok.tag_ == "VBN" and (lemma in DISPLEASING or tok.lower_ in DISPLEASED) \
            and not any(c.dep_ == "dobj" for c in tok.children):
        if subjects:  # "X was angered by Y", "X is shocked at Y's decision"
            experiencer = [m for c in subjects for m in _actors(ctx, block, c)]
        elif tok.dep_ == "acl" and tok.head.pos_ in ("PROPN", "NOUN"):
            experiencer = _actors(ctx, block, tok.head)  # "X angered by fine": a reduced passive
        else:
            return None
        stimulus = _stimulus(ctx, block, tok)
    elif tok.pos_ == "VERB" and lemma in DISPLEASING:
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        experiencer = [m for c in objects for m in _actors(ctx, block, c)]  # "Y's refusal angered X"
        stimulus = _subject(ctx, block, tok) or [m for c in subjects for d in c.children if d.dep_ == "poss"
                                                 for m in _actors(ctx, block, d)]
    if any(c.lower_ in _FIRST_PERSON for h in scope for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return None  # "I'm outraged", "it angers us": a speaker's own feelings are what a quote says, a claim
    experiencer = [m for m in experiencer if _can_act(m)]
    if not experiencer:
        return None
    keys = {m.key for m in experiencer}
    stimulus = [m for m in stimulus if _can_act(m) and m.key not in keys]
    return _record(ctx, block, tok, "Disapprove", f"{tok.pos_.lower()}:displeased-{lemma}", experiencer[:1],
                   stimulus, experiencer[1:], [], scope, times, None)


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
PERSON_NOUNS = {"journalist", "blogger", "weblogger", "reporter", "suspect", "prisoner", "detainee", "hostage",
                "national", "citizen", "man", "woman", "men", "women", "people", "person", "child", "dissident",
                "opponent", "activist", "protester", "demonstrator", "student", "writer", "poet", "artist",
                "businessman", "businesswoman", "tourist", "aid worker", "worker", "soldier", "officer", "pilot",
                "sailor", "marine", "fighter", "militant", "rebel", "leader", "member", "refugee", "migrant",
                "immigrant", "asylum seeker", "cleric", "priest", "teenager", "boy", "girl", "youth", "resident",
                "villager", "civilian", "spy", "briton", "american", "foreigner", "colleague", "son",
                "daughter", "wife", "husband", "brother", "sister", "father", "mother", "friend", "lawyer", "engineer",
                "contractor", "crew", "fisherman", "passenger", "diplomat", "missionary", "volunteer", "photographer"}
"""Head nouns for people: an object that makes "jailed", "freed" or "held" an event on someone although unnamed."""


def _person_like(tok) -> bool:
    """Whether a noun phrase head stands for people: a personal pronoun, a person or nationality
    entity, or a noun for people or for a group of them."""
    return tok.lower_ in ("he", "she", "they", "we", "him", "her", "them", "us", "i", "you") \
        or tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in PERSON_NOUNS | GROUPS | set(ROLE_NOUNS) \
        or tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.children)  # "Chilean engineers"


def _person_patient(tok) -> bool:
    """Whether a verb's object, passive subject, or the noun a participle modifies stands for people
    ("jails blogger", "foreign nationals are being held", "suspects detained"): such verbs need no
    named patient, as news often reports a detention before it names the detained."""
    patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        patients.append(tok.head)
    return any(_person_like(p) for p in patients)


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


def _phrasal_objects(ctx: Context, block, verb, method: str) -> list[Mention]:
    """The actors named by the object of a phrasal verb's preposition ("called on President X to
    act", "turned to Y"): the preposition is part of the verb, so its object is the verb's own
    object, the one the act is directed at."""
    lemma, _, particle = method.removeprefix("verb:").partition("-")
    if (lemma, particle) not in PHRASAL:
        return []
    return [m for g in _prep_objects(verb, particle) for m in _actors(ctx, block, g)]


_EVALUATIVE = {"Praise", "Criticize", "Accuse", "Disapprove", "Reject"}
"""Classes of judging someone: judging an act or a thing of someone judges that someone."""


def _evaluated_agents(ctx: Context, block, verb) -> list[Mention]:
    """Whom a verb of judging judges when its object names no actor but an act or thing of one
    ("applauded the efforts of India", "condemned Iran's decision", "criticised the Hamas
    statement"): the named actors of the object's possessor, name modifiers and "of"/"by" phrase
    ("sued a host of companies" makes no new unnamed group). The object's own clauses are not
    looked into."""
    out: list[Mention] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if _actors(ctx, block, obj):
            continue
        holders = [c for c in obj.children if c.dep_ in ("poss", "compound", "nmod")
                   or c.dep_ == "amod" and c.pos_ == "PROPN"]
        holders += list(_prep_objects(obj, "of", "by"))
        out += [m for h in holders for m in _actors(ctx, block, h)
                if _can_act(m) and m.method != "unnamed-group" and m not in out]
    return out


def _sanction_parties(ctx: Context, block, noun, agent: list[Mention], targets: list[Mention]):
    """Agent and targets of lifting a sanction, from the sanction noun itself: its possessor or name
    modifiers impose it ("the EU arms ban", "Washington's embargo"), its "on"/"against" phrase is
    its target ("the embargo on China"); a second name modifier is the target ("EU China arms ban").
    The verb's own subject, when there is one, stays the agent."""
    named = [m for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") for t in c.subtree
             for m in [_mention(ctx, block, t)] if m is not None]
    named = _unique(named)
    on = [m for g in _prep_objects(noun, "on", "against") for m in _actors(ctx, block, g)]
    if not agent and named:
        agent = named[:1]
    rest = [m for m in named if not agent or m.key != agent[0].key]
    return agent, targets + on + (rest if not on else [])


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


_CANCELLING = {"cancel", "postpone", "scrap", "abandon", "delay", "shelve", "axe", "defer"}


def _called_off(tok, kind: str) -> bool:
    """Whether an event noun is said not to take place: the object or passive subject of "cancel",
    "postpone", "call off", or modified by such a participle ("the tour being cancelled"). Ending a
    partnership or an agreement is a reduction of relations instead (see the stopping verbs)."""
    if kind in ("EngageInMaterialCooperation", "RestoreRelations", "SignAgreement") or kind in _SUPPORT_CLASSES:
        return False
    def cancelling(v) -> bool:
        return v.lemma_.lower() in _CANCELLING or v.lemma_.lower() == "call" and any(
            c.lower_ == "off" for c in v.children if c.dep_ in ("prt", "advmod"))
    if tok.dep_ in ("dobj", "nsubjpass") and cancelling(tok.head):
        return True
    return any(c.dep_ in ("acl", "relcl") and cancelling(c) for c in tok.children)


def _names_actor(ctx: Context, block, tok) -> bool:
    """Whether a noun phrase names actors ("Sunni rebel forces", "a range of militias"), leaving out
    its relative and participial clauses ("the agreement reached by ministers" names an agreement)."""
    words = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss", "conj", "appos", "nmod"):
            words += list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of":
            words += [t for g in c.children if g.dep_ == "pobj" for t in [g, *g.children] if t.dep_ not in ("relcl", "acl")]
    return any(ctx.of_token(block, t) is not None or t.lemma_.lower() in GROUPS | GROUP_NOUNS for t in words)


def _bare_anaphor(tok) -> bool:
    """Whether an event noun only refers back ("the meetings took place in X", "the attack"): a
    definite article and no modifier of its own, unlike "the London conference"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "such") for c in tok.children) \
        and not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children)


def _record(ctx: Context, block, tok, kind, method, agent, targets, others, places, scope, times, resource,
            own_span: bool = False) -> EventRecord:
    """The event record of a trigger and its arguments: the span covers the trigger, its governing
    words and every argument, widened to the date expression when there is one; with ``own_span``
    (a noun in a circumstantial phrase: "met X at the party conference in Y") only the noun phrase,
    as the clause around it reports another event."""
    participants = _unique(agent + targets + others)
    _register(ctx, participants)
    span_tokens = [tok] + [t for t in scope]
    if own_span:
        start, end = block.pos(tok.left_edge.idx), block.pos_end(tok.right_edge.idx + len(tok.right_edge.text))
    else:
        start = min([block.pos(t.idx) for t in span_tokens] + [m.start for m in participants + places])
        end = max([block.pos_end(t.idx + len(t.text)) for t in span_tokens] + [m.end for m in participants + places])
    date, time_text = _date(ctx, block, scope, times, start, end)
    if date is not None:
        end = max(end, date[1])
        start = min(start, date[0])
    place_keys = [m.key for m in places if m.key not in {p.key for p in participants}]
    return EventRecord(
        start=start, end=end, kind=kind, trigger=tok.text, agent=agent[0].key if agent else None,
        participants=tuple(sorted({m.key for m in participants})),
        target=next((m.key for m in targets if not agent or m.key != agent[0].key), None),
        place=place_keys[0] if place_keys else (places[0].key if places else None),
        date=date[2] if date else None, time_text=time_text, resource=resource, method="rule:" + method,
        confidence=0.6 if tok.pos_ == "VERB" else 0.5)


_HOSTILE = {"Criticize", "Disapprove", "Accuse", "Protest", "Threaten", "Attack", "Fight"}
"""Classes whose "at"/"against"/"on" phrase names the target."""
_SYMMETRIC = {"Meet", "Consult", "Negotiate"}
"""Classes whose "with" counterparts each make their own event."""
OBJECT_REQUIRED = {"release", "free", "charge", "sentence", "fine", "brief", "pardon", "jail", "imprison", "convict",
                   "deport", "indict", "prosecute", "host"}
"""Verbs that are events only with a person or organization as object ("released two hostages")."""
_STATE_BODIES = {"GovernmentBody", "Government", "Legislature", "Court"}
_CONDITIONAL = {"if", "unless", "whether"}
_NECESSARY = {"important", "necessary", "essential", "vital", "crucial", "imperative", "right", "time"}
_DEONTIC = {"should", "must", "ought"}
_UNREALIZED = {"ask", "request", "refuse", "decline", "fail", "require"}
"""Verbs whose complement did not (yet) happen: "refused to apologise", "asked him to resign"."""
_SAYING = {"say", "insist", "argue", "tell", "believe", "think", "suggest", "add", "warn", "write", "stress"}
_ARMED = {"ArmedGroup", "MilitaryForce", "TerroristOrganization"}
_SANCTION_WORDS = {"arm", "arms", "weapon", "trade", "export", "import", "travel", "oil", "investment", "economic"}


CESSATION = {"stop", "cease", "quit", "halt", "end", "discontinue"}
"""Verbs that end the action of their complement ("stopped supplying"); negated, they affirm it
(here and in a claim's stance, :mod:`kg.extract.claims`)."""


_READY = {"ready", "prepared", "prepare", "willing", "determined", "eager", "keen", "poised"}
_COOPERATIVE = {"Meet", "Negotiate", "Consult", "SignAgreement", "EngageInMaterialCooperation", "CooperateMilitarily",
                "EngageInDiplomaticCooperation", "RestoreRelations", "Yield", "ProvideSupport"}
_THREATENING = _HOSTILE_ACTS | {"Disapprove", "Criticize", "ReduceRelations", "BreakRelations"}


def _intended(tok, kind: str, method: str) -> tuple[str, str]:
    """A declared readiness to act is the intent, not the act (CAMEO 03 and 13): "we are ready to
    negotiate" expresses intent to cooperate, "they are prepared to take their case to court"
    threatens; a party that "will/would co-operate" or "will work with" X states an intent."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in _READY and (head.pos_ == "ADJ" or head.tag_ == "VBN"):
        if kind in _COOPERATIVE or any(kind == k or k in ancestors(kind) for k in ("ProvideSupport",)):
            return "ExpressIntentToCooperate", method + "+ready"
        if kind in _THREATENING:
            return "Threaten", method + "+ready"
    prefix = _split_prefix(tok)
    children = [*tok.children, *(prefix.children if prefix is not None else ())]
    if kind in ("EngageInMaterialCooperation", "CooperateMilitarily") \
            and any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "would", "shall") for c in children):
        return "ExpressIntentToCooperate", method + "+will"
    return kind, method


def _offered_to(ctx: Context, block, tok) -> bool:
    """Whether an offer is made to an actor, which makes it a stated intent to cooperate (CAMEO 03:
    "offered China access to its oil", "offered to supply fuel to China"). A priced offer or an offer
    "for" something is a bid to buy, and an offer with no one offered to is a product or service on
    sale; both are trade, no event."""
    priced = any(t.ent_type_ == "MONEY" or t.tag_ == "$" for c in tok.children if c.dep_ != "prep" for t in c.subtree)
    if priced or not _verbal(tok) and any(True for _ in _prep_objects(tok, "for")):
        return False
    if not _verbal(tok):
        return any(c.dep_ == "poss" for c in tok.children) and any(True for _ in _prep_objects(tok, "to"))
    holders = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    recipients = [c for c in tok.children if c.dep_ in ("dative", "dobj")]
    recipients += [g for h in holders for g in _prep_objects(h, "to")]
    return any(_actors(ctx, block, r) for r in recipients)


_POSSIBLE = {"would", "could", "may", "might"}
_LEGAL_ACTIONS = {"action", "suit", "case", "campaign", "proceeding", "challenge", "fight", "battle"}
_LEGAL_MARKS = {"legal", "court", "law", "civil", "libel", "criminal", "judicial"}
"""Modifiers that make an action, a suit or a campaign litigation (CAMEO 11 includes lawsuits)."""
_PLANNING = {"threaten", "prepare", "plan", "consider", "contemplate", "weigh", "mull"}
"""Verbs whose object or infinitive is a hostile act that is announced, not carried out."""


def _planned(noun) -> bool:
    """Whether a hostile event noun is threatened or planned rather than done: the object of a
    verb of planning ("threatened legal action", "is preparing further law suits"), or of a light
    verb in the infinitive of one ("was planning to take action against them"). An announced
    hostile act is a threat (CAMEO 13)."""
    head = noun.head
    if noun.dep_ != "dobj" or head.i == noun.i:
        return False
    if head.lemma_.lower() in _PLANNING:
        return True
    return head.dep_ == "xcomp" and head.lemma_.lower() in LIGHT_VERBS and head.head.lemma_.lower() in _PLANNING


def _negated(tok) -> bool:
    """Whether the trigger is negated, itself or through the verbs it is the open complement of
    ("will not have to apologise", "did not want to give up control")."""
    node = tok
    while True:
        if any(c.dep_ == "neg" for c in node.children):
            # "did not stop supplying": a negated end of an action affirms the action.
            return not (node.i != tok.i and node.lemma_.lower() in CESSATION)
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head


def _clause_verbs(tok):
    """The trigger's own clause, inside out: a verb trigger and the verbs it is the open complement
    of ("pledged to work towards lifting"), or for a noun the verb it hangs from."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    yield node
    while node.dep_ in ("xcomp", "pcomp", "prep", "conj") and node.head.i != node.i:
        node = node.head
        yield node


def _irrealis(tok) -> bool:
    """Whether the trigger reports no actual event: a question, a condition ("if they attack"), an
    obligation ("he should apologise", left to :func:`_modal_appeal`), or the very thing appealed for
    or demanded ("called for the ban to be lifted", "demanding an investigation", "urged him to resign")."""
    if tok.pos_ == "VERB" and tok.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return True  # "Will they meet?"; a noun stays presupposed: "What is behind the rapprochement?"
    presupposed = tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in tok.children)
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


def _modal_appeal(ctx: Context, block, tok, times) -> EventRecord | None:
    """"Blair says the mayor should apologise": saying that someone should or must act is an appeal
    by the speaker to that someone."""
    if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _SAYING:
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() in _DEONTIC for c in tok.children):
        return None
    if _reproach(tok):
        return None
    if tok.sent.text.rstrip().endswith("?"):
        return None
    speaker = [m for m in _subject(ctx, block, tok.head) if _can_act(m)]
    addressee = [m for c in tok.children if c.dep_ == "nsubj" for m in _actors(ctx, block, c) if _can_act(m)]
    if not speaker or not addressee or {m.key for m in speaker} == {m.key for m in addressee}:
        return None
    return _record(ctx, block, tok, "Appeal", f"verb:{tok.head.lemma_.lower()}-{tok.lemma_.lower()}-should",
                   speaker, addressee, [], [], [tok.head, tok], times, None)


def _refine(kind: str, tok, agent: list[Mention], targets: list[Mention], resource: str | None,
            others: list[Mention] = ()) -> str:
    """Classes that depend on who acts on whom: a politician "attacking" a rival or party criticises
    it; a ban on a country or on trade is a sanction, other bans are coercion."""
    lemma = tok.lemma_.lower()
    if kind == "Attack" and agent and all(m.category == "UnnamedSource" and _PROTESTERS.search(m.text) for m in agent):
        return "Protest"  # "protesters stormed the chamber": a protest action, not a military attack
    if kind == "Attack" and lemma == "attack" and agent and all(m.category == "Person" for m in agent) \
            and all(m.category == "Person" or m.category == "Organization" and m.kind not in _ARMED for m in targets):
        return "Criticize"
    if kind == "Attack" and lemma in ("attack", "target", "assault") and targets \
            and all(m.category == "Organization" and m.kind not in _ARMED | {"MilitaryForce", "PoliticalParty"}
                    for m in targets) \
            and not any(m.kind in _ARMED | {"MilitaryForce"} for m in agent):
        return "Coerce"  # "prosecutors targeted the ranch", "the state's attacks against Yukos": no armed attack
    opponents = [*targets, *others]
    if kind == "Fight" and lemma in _QUARRELS and agent and (opponents or not _verbal(tok)) \
            and all(_civilian(m) for m in agent + opponents):
        return "Disapprove"  # "X, who has clashed with his leaders", "the party's hostility to Europe"
    if lemma == "ban" and kind in ("Coerce", "Sanction"):
        words = {t.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "dobj", "nsubjpass", "prep")
                 for t in c.subtree}
        return "Sanction" if words & _SANCTION_WORDS or any(m.kind == "Country" for m in targets) else "Coerce"
    return kind


_QUARRELS = {"clash", "hostility", "fight", "battle", "conflict"}
"""Fight words that between politicians, parties or firms are a quarrel (CAMEO 11), not combat."""


def _civilian(m: Mention) -> bool:
    """Whether an actor fights only with words: a person, or an organization that is neither armed
    nor a state body; states, places and unnamed groups (police, protesters) may fight."""
    return m.category == "Person" or m.category == "Organization" and m.kind not in _ARMED | {"MilitaryForce"} | _STATE_BODIES


_PROTESTERS = re.compile(r"protest|demonstrat|activist|campaigner|striker|picket", re.I)
"""Words for groups whose forceful acts are protests."""
_GENERIC_GIVING = {"provide", "give", "send", "deliver", "supply", "transfer", "ship", "offer", "help", "back"}


_PAYING = {"pay", "fund", "finance"}
_DUES = {"bill", "tax", "debt", "fine", "price", "cost", "compensation", "damages", "fee", "wage", "salary", "rent",
         "penalty", "arrears", "dividend", "premium", "tariff", "duty", "interest", "settlement"}
"""What one pays because one owes it: paying it supports no one."""
_TRADING = {"supply", "deliver", "ship"}
"""Giving verbs that also name trade: supplying goods that are no aid is commerce (CAMEO 061)."""


def _purpose(tok) -> bool:
    """Whether a verb has a purpose infinitive ("paid him to leave")."""
    return any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
               for c in tok.children)


def _support_like(tok, resource: str | None, strict: bool = False) -> bool:
    """Whether the object of a giving verb is something that supports (arms, money, aid...);
    ``strict`` leaves out "supply"/"back"/"help" with any object."""
    words = [t.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "prep", "dative")
             for t in c.subtree if t.pos_ in ("NOUN", "PROPN")]
    return any(w in SUPPORT_OBJECTS or w.rstrip("s") in SUPPORT_OBJECTS for w in words) or \
        bool(resource and re.search(r"\$|\d", resource)) or not strict and tok.lemma_.lower() in ("supply", "back", "help") and bool(words)


def _can_act(m: Mention) -> bool:
    """Persons, organizations, states (countries, geopolitical entities, a capital for its government) act."""
    return m.category != "Place" or m.kind == "Country" or "GPE" in m.method or "metonymy" in m.method


def _phrase(block, tok) -> str:
    toks = list(tok.subtree)
    if len(toks) > 8:
        toks = [t for t in toks if t.i <= tok.i][-6:]
    return block.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)].strip()


def _support_kind(kind: str, tok, resource: str | None) -> str:
    """Refine a support event from the words around the trigger ("military", "missiles", "funds")."""
    words = " ".join([tok.lower_] + [t.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "dobj", "prep", "nmod")
                                     for t in c.subtree] + [resource.lower() if resource else ""])
    for pattern, refined in _SUPPORT_KIND:
        if re.search(pattern, words):
            if refined == "weapons":
                return "TransferWeapons" if tok.lemma_.lower() in _TRANSFER_VERBS or tok.lemma_.lower() in ("supply", "transfer", "shipment") else "ProvideMilitarySupport"
            return refined
    return kind


def _date(ctx: Context, block, scope, times, start: int, end: int):
    """The time expression of the clause that governs the trigger, if any."""
    best = None
    for holder in scope:
        lo = block.pos(min(t.idx for t in holder.subtree))
        hi = block.pos_end(max(t.idx + len(t.text) for t in holder.subtree))
        for s, e, value in times:
            if lo <= s and e <= hi:
                distance = min(abs(s - start), abs(s - end))
                if best is None or distance < best[0]:
                    best = (distance, (s, e, value))
        if best:
            break
    if best is None:
        return None, None
    s, e, value = best[1]
    return (s, e, value), ctx.document.text[s:e]


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out


def _dedupe(events: list[EventRecord]) -> list[EventRecord]:
    """One record per evidence span and class (a verb and its object noun may both trigger)."""
    out: dict[tuple, EventRecord] = {}
    for e in sorted(events, key=lambda e: (e.start, e.end, -e.confidence)):
        key = (e.kind, e.participants, e.start)
        if key not in out:
            out[key] = e
    result = sorted(out.values(), key=lambda e: (e.start, e.end, e.kind))
    # A noun trigger inside a verb event of the same class and participants adds nothing.
    final = []
    for e in result:
        if any(o is not e and o.kind == e.kind and o.participants == e.participants and o.start <= e.start
               and e.end <= o.end and o.method.startswith("rule:verb") for o in result):
            continue
        final.append(e)
    return final


_ADDRESSEE_NOUNS = GROUPS | PERSON_NOUNS | {
    "school", "university", "college", "hospital", "bank", "lender", "council", "club", "business", "government",
    "country", "state", "parent", "patient", "consumer", "customer", "user", "voter", "public", "people", "court",
    "party", "agency", "industry", "employer", "landlord", "retailer", "provider", "supplier", "manufacturer"}
"""Heads of generic addressees that can be asked to act ("schools must ...", "doctors should ...")."""
_ADDRESSEE_PRONOUNS = {"we", "he", "she", "many", "some", "all", "both", "others"}
"""Pronouns for people or bodies that can be asked to act ("we must not allow ...", "many must adapt");
not "I" (one's own duty), generic "you" or "anyone" ("you must work longer", "anyone ... should be
worried": what follows for everybody, not a call on someone)."""
_CLAUSE_BARRIERS = {"relcl", "advcl", "acl", "csubj", "pcomp"}


def _reproach(verb) -> bool:
    """"should have resigned", "must have acted sooner": a modal perfect judges the past; it is no call."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VB" for c in verb.children)


def claimed_appeals(ctx: Context, claims, events: list[EventRecord]) -> list[EventRecord]:
    """A claim by a named speaker whose content says that someone should or must act is an appeal by
    the speaker (CAMEO 02; "Universities must widen access, the minister said", "'Voters should be
    given a say,' the party says", "we must not let this happen"), whether or not the one asked is
    an actor: the target is the subject when it is an actor that acts (active voice), else none.
    Runs after the claims, whose claimant and content say who speaks and what is said, so that a
    quote whose cue is elsewhere in the paragraph is covered too.

    Only a clause that asks for an action counts: its subject is someone who can be asked (an
    actor, a person or a body, a personal or quantifier pronoun), so that an epistemic "should"
    ("the deal should close in May", "prices must fall") is no appeal; "should have" (a reproach of
    the past), a question, and a modal inside a relative, adverbial or conditional clause are not
    either. Clauses that already gave an appeal (:func:`_modal_appeal`) are skipped."""
    out: list[EventRecord] = []
    for c in claims:
        speaker = next((m for m in ctx.mentions if m.key == c.claimant), None)
        if speaker is None or speaker.category not in ("Person", "Organization") and not (
                speaker.category == "Place" and _can_act(speaker)):
            continue
        for block, doc in ctx.parsed:
            if block.start > c.end or block.pos_end(len(block.text)) < c.start:
                continue
            for tok in doc:
                if tok.pos_ not in ("VERB", "AUX") or not c.start <= block.pos(tok.idx) < c.end:
                    continue
                record = _claimed_appeal(ctx, block, tok, c, speaker)
                if record is not None and not any(e.kind == "Appeal" and e.start < record.end and record.start < e.end
                                                  for e in events + out):
                    out.append(record)
    return out


def _claimed_appeal(ctx: Context, block, tok, claim, speaker: Mention) -> EventRecord | None:
    """The appeal of one deontic clause of a claim's content (see :func:`claimed_appeals`)."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.dep_ == "aux" and a.lemma_.lower() in _DEONTIC for a in aux):
        return None
    if _reproach(tok):
        return None
    if tok.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return None
    node = tok
    while node.head.i != node.i:
        if node.dep_ in _CLAUSE_BARRIERS or any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in node.children):
            return None
        node = node.head
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "there"):
        return None
    known = {m.key for m in ctx.mentions}
    # a generic group ("doctors", "judges") is asked but is no actor: only actors already found count
    actors = [m for m in _actors(ctx, block, subject) if _can_act(m) and m.key in known] if subject.pos_ != "PRON" else []
    if not actors and subject.lower_ not in _ADDRESSEE_PRONOUNS and subject.lemma_.lower() not in _ADDRESSEE_NOUNS:
        return None
    if speaker.key in {m.key for m in actors}:
        return None  # the speaker's own undertaking ("Acme must cut costs, Acme said")
    passive = subject.dep_ == "nsubjpass"
    targets = [] if passive else actors[:1]
    others = actors if passive else actors[1:]
    start = block.pos(subject.left_edge.idx)
    # the clause ends before a coordinated clause ("X must improve - or Y will suffer")
    cut = {t.i for c in tok.children if c.dep_ in ("conj", "cc") and c.i > tok.i for t in c.subtree}
    last = max((t for t in tok.subtree if t.i not in cut and t.dep_ != "punct" and block.pos(t.idx) < claim.end),
               key=lambda t: t.i, default=tok)
    end = min(block.pos_end(last.idx + len(last.text)), claim.end)
    participants = _unique([speaker] + targets + others)
    _register(ctx, participants)
    return EventRecord(start=max(start, claim.start), end=end, kind="Appeal", trigger=tok.text, agent=speaker.key,
                       participants=tuple(sorted({m.key for m in participants})),
                       target=targets[0].key if targets else None, method="rule:claim-modal-appeal", confidence=0.5)


def _described_as(ctx: Context, block, tok, times) -> EventRecord | None:
    """"X described Y as Z" with a judging Z is praise or criticism by X (CAMEO 05 and 11: "she
    described the minister as an outstanding colleague", "he described the rules as 'ridiculous'").
    The describer acts; the one described is the target when it is an actor, else there is none
    (criticism of a law or a product). Z decides: it must hold a word of praise or of criticism, and
    not both (a neutral description, "described the talks as a first step", is no event); a negated
    judging word ("not unfair") is left to the claim."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DESCRIBING_CUES or _negated(tok) or _irrealis(tok):
        return None
    phrase = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    described = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if phrase is None or described is None:
        return None
    words = [t for t in phrase.subtree if t.i != phrase.i]
    if any(t.dep_ == "neg" or t.lower_ in ("not", "no", "never", "un") for t in words):
        return None
    lemmas = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    praise, blame = bool(lemmas & PRAISING), bool(lemmas & CONDEMNING)
    if praise == blame:
        return None
    agent = [m for m in _subject(ctx, block, tok) if _can_act(m)] if described.dep_ == "dobj" else \
        [m for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
         for m in _actors(ctx, block, g) if _can_act(m)]
    if not agent:
        return None
    targets = [m for m in _actors(ctx, block, described) if _can_act(m) and m.key != agent[0].key]
    kind = "Praise" if praise else "Criticize"
    return _record(ctx, block, tok, kind, f"verb:{tok.lemma_.lower()}-as-{kind.lower()}", agent[:1], targets[:1],
                   targets[1:], [], [tok, phrase, *words], times, None)
