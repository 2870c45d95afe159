"""Events: trigger words and their arguments from the dependency parse, typed with the
CAMEO-aligned classes of the ontology, dated against the publication date.

A trigger is a verb ("met", "armed", "visited") or an event noun ("the meeting", "military
support", "the declaration"). Its arguments come from the parse: the subject is the agent
(the "by" phrase in the passive, the possessor or a nationality adjective for a noun), the
object or the "to"/"for" phrase the target, "with" phrases are participants, "in"/"at" places
the place. An event needs at least one actor argument; negated events are left to claims.

The rules are in these modules, by concern; each imports only from those listed before it:

- :mod:`.lexicon`: the trigger lexicon of ``kg/data/events.yaml`` and the word lists the rules share.
- :mod:`.syntax`: readings of the parse the rules share (a token's lemma and verbhood, particles,
  prepositional objects, passive patients, nouns for people, a trigger's clause).
- :mod:`.contests`, :mod:`.force`, :mod:`.legal`, :mod:`.relations`, :mod:`.staffing`, :mod:`.dealings`:
  the word lists and tests of the typing rules, by concern (fixtures and prizes; force, strikes and
  coercion; charges, sentences and lawsuits; ties, rows and misgivings; posts and staff; deals, concessions
  and demands).
- :mod:`.verb_kinds`, :mod:`.noun_kinds`: the typing rules of a verbal and of a nominal trigger.
- :mod:`.kinds`: :func:`_kind`, the class of a trigger word (a title's word, a prize's nomination, then
  the verb or the noun rules).
- :mod:`.mood`: whether a trigger reports an event that took place (negation, questions,
  conditions, obligations, appeals; readiness and plans as intents and threats).
- :mod:`.groups`: unnamed groups and people as actors, and small helpers on mentions.
- :mod:`.mentions`: who a word stands for (:func:`_actors`, :func:`_mention`, anaphors, :func:`pair_of`).
- :mod:`.arguments`: arguments beyond the trigger's own phrase (:func:`_subject`, :func:`_governor`, ...).
- :mod:`.records`: an event record from a trigger and its arguments, with its span and date.
- :mod:`.special`: displeasure, "described as", modal appeals, and the appeals in claims
  (:func:`claimed_appeals`).
- :mod:`.makers`: :func:`_event`, the event of one trigger token.
- :mod:`.finder`: :func:`find`, the pass over a document, the headline's events that take their
  actors from the lead, and :func:`_dedupe`.

The names other code uses are re-exported here. Code that replaces one of the rules' functions
(as ``bench/`` does) must replace it in the module that calls it, which looks it up in its own
namespace: :mod:`.finder` for ``_event`` and ``_modal_appeal``; :mod:`.mood`, :mod:`.arguments`
and :mod:`.makers` for ``_kind``. ``VERBS`` and ``NOUNS`` are one dict each, shared by every module.
"""
from __future__ import annotations

from .lexicon import (AGENTIVE_NOUNS, AGREEMENT_OBJECTS, AID_OBJECTS, ANAPHORIC_GROUPS, CESSATION, CONDEMNING,
                      DISPLEASED, DISPLEASING, ELECTORAL_OBJECTS, FUMING, GROUP_NOUNS, GROUPS, LIGHT_VERBS, NOUNS,
                      OBJECT_CONTROL, OBJECT_REQUIRED, PATIENT_NOUNS, PERSON_NOUNS, PHRASAL, PRAISING,
                      RELATION_OBJECTS, SUPPORT_OBJECTS, VERBS, WARMING)
from .legal import DETENTION_MARKS, LEGAL_OBJECTS
from .relations import COOLING, ENVOYS, MISSIONS, RELATION_CHANGES
from .kinds import _kind
from .mentions import COUNTRY_NOUNS, DEFINITE_BODIES, PAIR_NOUNS, pair_of
from .arguments import ATTENDING, DOCUMENT_NOUNS
from .special import _modal_appeal, claimed_appeals
from .makers import _TRIGGER_POS, ENDORSED, _event
from .finder import _dedupe, find

__all__ = [
    "find", "claimed_appeals", "pair_of",
    # the lexicon and word lists
    "VERBS", "NOUNS", "PHRASAL", "DISPLEASED", "DISPLEASING", "FUMING", "PRAISING", "CONDEMNING", "GROUPS",
    "GROUP_NOUNS", "SUPPORT_OBJECTS", "AGENTIVE_NOUNS", "PATIENT_NOUNS", "AID_OBJECTS", "WARMING", "RELATION_OBJECTS",
    "LIGHT_VERBS", "OBJECT_CONTROL", "ANAPHORIC_GROUPS", "AGREEMENT_OBJECTS", "ELECTORAL_OBJECTS", "PERSON_NOUNS",
    "OBJECT_REQUIRED", "CESSATION", "LEGAL_OBJECTS", "COOLING", "RELATION_CHANGES", "MISSIONS", "ENVOYS",
    "DETENTION_MARKS", "COUNTRY_NOUNS", "DEFINITE_BODIES", "PAIR_NOUNS", "ATTENDING", "DOCUMENT_NOUNS", "ENDORSED",
    # private names that tests and bench/ read (to replace one, see above)
    "_kind", "_TRIGGER_POS", "_event", "_modal_appeal", "_dedupe",
]
