"""Force, coercion and protest: armed force, strikes, pledges to resist, penalties imposed and
the other hostile acts, with the words that tell them from their figurative or peaceful senses."""
from __future__ import annotations

from .lexicon import NOUNS
from .syntax import _prep_objects


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


_IMPOSING = {"impose", "slap"}
_PENALTIES = {"suspension", "penalty", "restriction"}  # (a ban, a fine, sanctions: their nouns are events)


_ARMED = {"military", "armed", "army", "naval", "air"}


_TURNED_BACK = {"people", "coach", "bus", "vehicle", "convoy", "ship", "boat", "vessel", "plane", "flight", "lorry",
                "truck", "car", "passenger", "migrant", "refugee", "asylum-seeker", "marcher", "demonstrator", "visitor",
                "traveller", "traveler", "fan", "supporter", "crowd"}
"""Objects of "turn away/back" that make it coercion: people and the vehicles that carry them."""


_POLICING = {"police", "policing", "riot", "security", "bailiff", "immigration"}
_AUTHORITIES = {"regulator", "authority", "police", "government", "court", "watchdog", "ministry", "judge", "bailiff",
                "prosecutor", "army", "troop", "soldier", "censor"}
"""Bodies whose closing of another's business or site is coercion ("closed down by regulators")."""


def _authority(t) -> bool:
    """Whether a subject or "by" phrase head (or a word of its name) is one of :data:`_AUTHORITIES`."""
    return any(w.lemma_.lower() in _AUTHORITIES for w in (t, *(c for c in t.children if c.dep_ in ("compound", "amod"))))


def _others_site(verb) -> bool:
    """Whether what a verb closes down is someone else's: a firm named ("shut down Acme Corp", "the
    Acme Corp website") or, in the passive, a holding of the one the sentence is about ("its bank was
    closed down by regulators"); not the subject's own ("closed down its plant"), a town's or a road."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    for obj in passive or [c for c in verb.children if c.dep_ == "dobj"]:
        if obj.ent_type_ == "ORG":
            return True
        for c in obj.children:
            if c.dep_ in ("compound", "poss") and c.ent_type_ in ("ORG", "PERSON") \
                    or passive and c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her"):
                return obj.lemma_.lower() in _HOLDINGS
    return False


_FORCING = {"force", "compel", "coerce", "oblige"}
"""Verbs that make someone act against their will (CAMEO 17, coerce)."""


_ASSETS = {"asset", "account", "fund", "property", "holding", "share", "stake", "deposit", "bank", "estate"}
"""Holdings whose owner undergoes what is done to them ("froze the Yukos accounts")."""
_SITES = {"operation", "business", "branch", "office", "plant", "factory", "subsidiary", "unit", "website", "site",
          "shop", "store", "mine", "outlet", "paper", "newspaper", "station", "channel"}
"""What an authority closes down of another's ("its banking operation was closed down by regulators")."""
_HOLDINGS = _ASSETS | _SITES


_CAMPAIGNS = {"campaign", "campaigning", "crusade", "drive", "pressure"}


_HOSTILE_ACTS = {"Protest", "Disapprove", "Sanction", "Coerce", "Arrest", "Attack", "Fight", "Kill", "Assault",
                 "UseUnconventionalMassViolence", "ExhibitForcePosture"}
_CONSEQUENCES = {"litigation", "action", "consequence", "retaliation", "reprisal", "walkout", "strike", "charge"}


def _hostile_complement(tok) -> bool:
    """Whether a warning announces a hostile act ("warned of further walkouts", "warned that they
    would face litigation"): such a warning is a threat (CAMEO 13), other warnings are statements."""
    return any(t.i != tok.i and t.pos_ == "NOUN" and (NOUNS.get(t.lemma_.lower()) in _HOSTILE_ACTS
                                                     or t.lemma_.lower() in _CONSEQUENCES)
               for c in tok.children if c.dep_ in ("ccomp", "prep", "dobj", "advcl") for t in c.subtree)
