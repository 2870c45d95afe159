"""The words of the event rules: the trigger lexicon of ``kg/data/events.yaml`` (verbs, nouns and
phrasal verbs by class, words of displeasure and of judgement, nouns of groups that act) read into
lemma → class maps, and the word lists the rules share (objects, modifiers and verbs that type or
steer an event). A list that one rule alone reads mostly sits beside that rule, in its module.

``VERBS`` and ``NOUNS`` are the one copy every module reads: code that changes the lexicon (as
``bench/train_events.py`` does) changes them in place."""
from __future__ import annotations

from functools import cache

from ...resources import event_lexicon_file, read_yaml


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


def _load_groups(section: str = "groups") -> frozenset[str]:
    """A list of nouns for unnamed groups that can act in ``kg/data/events.yaml``: ``groups`` or ``publics``."""
    return frozenset(_lexicon_data().get(section) or ())


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
PLEASED = frozenset(_lexicon_data().get("pleasure") or ())
"""Predicative adjectives of an actor's pleasure ("X was pleased that ..."); see :func:`_pleasure`."""
_judgement = _lexicon_data().get("judgement") or {}
PRAISING, CONDEMNING = frozenset(_judgement.get("praise") or ()), frozenset(_judgement.get("criticism") or ())
"""Words of a judgement said of someone or something ("described him as outstanding", "called the
plan ridiculous"): see :func:`_described_as`."""
GROUPS = _load_groups()
"""Plural nouns whose unnamed group takes part in events ("eight protesters were charged", "police
arrested ..."): news often reports an event whose only participant is such a group."""
PUBLICS = _load_groups("publics")
"""Plural nouns for the groups of a market or an audience ("users", "makers", "fans"): they act as
unnamed groups do, but the rules that look for persons (a detainee, someone charged) or for named
actors leave them out."""
ACTING = GROUPS | PUBLICS
"""Every noun of an unnamed group that acts: :data:`GROUPS` and :data:`PUBLICS`."""
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
                 "expulsion", "detention", "imprisonment", "release", "sentence", "incarceration", "internment",
                 "conviction", "punishment", "sentencing", "jailing", "indictment", "prosecution", "murder", "execution",
                 "abduction", "kidnapping", "kidnap", "torture", "shooting", "stabbing", "beating", "detainment",
                 "extradition", "dismissal", "sacking", "ouster", "overthrow"}
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
VOICING = frozenset({"raise", "voice", "express", "air", "reiterate", "register", "share", "encounter"})
"""Verbs whose object is an attitude that their subject holds ("raised concerns", "voiced its
opposition") or meets ("encountered opposition")."""
_CIRCUMSTANTIAL = {"during", "at", "in", "throughout"}
_STOPPING = {"cut", "halt", "stop", "suspend", "freeze", "end", "reduce", "unwind", "dissolve", "terminate", "scrap",
             "dismantle", "cancel"}
AGREEMENT_OBJECTS = {"deal", "agreement", "accord", "treaty", "pact", "convention", "protocol", "talk", "negotiation",
                     "ceasefire", "truce", "arrangement", "memorandum"}
"""Objects that make "withdraw from / pull out of X" a reduction of relations and "agree on X" an agreement."""
_LEAVING = {"withdraw", "pull", "exit", "leave", "quit", "abandon", "scrap", "renege", "get", "back", "bail"}
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


_RULE_VERBS = {"quit", "leave", "win", "lose", "contest", "lift", "ease", "warn", "want", "agree", "fly", "head", "return",
               "sack", "axe", "ax", "hire", "recruit", "poach", "headhunt"}
"""Verbs outside the lexicon that rules of :func:`_kind` type by their object or particle."""


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


OBJECT_REQUIRED = {"release", "free", "charge", "sentence", "fine", "brief", "pardon", "jail", "imprison", "convict",
                   "deport", "indict", "prosecute", "host"}
"""Verbs that are events only with a person or organization as object ("released two hostages")."""


CESSATION = {"stop", "cease", "quit", "halt", "end", "discontinue"}
"""Verbs that end the action of their complement ("stopped supplying"); negated, they affirm it
(here and in a claim's stance, :mod:`kg.extract.claims`)."""
