"""Posts and staff: whether a verb's object or subject is one person in a post (sacked, hired,
retired) or the staff at large, and whether an appointment hires firms."""
from __future__ import annotations

from ..titles import POSITIONS, ROLE_NOUNS
from .syntax import _patients


_TAKING_UP = {"begin", "start", "find", "take", "resume", "seek", "get", "look", "return"}
"""Verbs of a job taken up: "began work with Acme" is employment, no cooperation."""


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
