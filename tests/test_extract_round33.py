"""Round 33 (from the development set 19 misses, set 19 retired): an apposition the writer did not
close with a comma ends at the name's own verb; a player's position after a named side whatever its
tag ("Ospreys forward X", "Sale wing X"); the one "under" an investigation, criticism or attack
undergoes it, and a probe "into" X targets X; "would continue to co-operate" states an intent; a
business closed down by an authority is coerced; a thing "backed by" a named backer is endorsed; an
event noun under "no" is negated.
Invented sentences (and invented people); none from the seeds or the corpus."""
from __future__ import annotations

import pytest

from conftest import roles_of


def _events(x):
    return [(e.kind, e.agent, e.target) for e in x.events]


@pytest.mark.parametrize("text,role", [
    ("Jane Roe, marketing manager at Acme Corp believes the shops will stay busy.",
     ("jane roe", "marketing manager", "acme corp")),
    ("Jane Roe, chief executive of Acme Corp will not say.", ("jane roe", "chief executive", "acme corp")),
    ("Jane Roe, marketing manager at Acme Corp last week said prices would rise.",
     ("jane roe", "marketing manager", "acme corp")),
    ("Vexford Rovers forward Tim Talbot is fit again.", ("tim talbot", "forward", "vexford rovers")),
    ("Acme Wasps wing Tim Talbot scored twice.", ("tim talbot", "wing", "acme wasps")),
])
def test_extract_roles_round33(extract_text, text, role):
    x = extract_text(text)
    assert role in roles_of(x), roles_of(x)


@pytest.mark.parametrize("text", [
    # "forward" after no named side is no position
    "Labour put forward Tim Talbot as its candidate.",
    "The plan was brought forward by Tim Talbot.",
    # review: a capitalized first word is no side; a political wing is no post
    "Injured forward Tim Talbot will miss the game.",
    "Labour's left wing Tim Talbot spoke against the plan.",
])
def test_extract_roles_round33_limits(extract_text, text):
    x = extract_text(text)
    assert not any(h == "tim talbot" for h, _, _ in roles_of(x)), roles_of(x)


def test_extract_roles_round33_verb_after_age_keeps_post(extract_text):
    """A copula after the name still names the post ("X, 45, has been chairman of Y")."""
    x = extract_text("Tim Talbot, 45, has been chairman of Vexo Holdings since 2001.")
    assert ("tim talbot", "chairman", "vexo holdings") in roles_of(x), roles_of(x)


@pytest.mark.parametrize("text,event", [
    ("Vexo Holdings is under investigation by regulators.", ("Investigate", None, "vexo holdings")),
    ("Acme Corp came under regulatory criticism in 2004.", ("Criticize", None, "acme corp")),
    ("Acme Corp came under attack from Jane Roe.", ("Criticize", "jane roe", "acme corp")),
    ("Police launched a probe into Vexo Holdings.", ("Investigate", None, "vexo holdings")),
    ("Acme Corp said it would continue to co-operate with Vexo Holdings.",
     ("ExpressIntentToCooperate", "acme corp", "vexo holdings")),
    ("Acme Corp said its bank was closed down by regulators.", ("Coerce", None, "acme corp")),
    ("The new domain is backed by Acme Corp.", ("Praise", "acme corp", None)),
    # review mends
    ("Jane Roe was placed under house arrest by the Vexland government.", ("Arrest", None, "jane roe")),
    ("Jane Roe came under attack from Labour.", ("Criticize", "labour party", "jane roe")),
    ("An investigation of Acme Corp began on Monday.", ("Investigate", None, "acme corp")),
    ("Police shut down the Acme Corp website in Vexland.", ("Coerce", None, "acme corp")),
    ("Tim Talbot attended a No 10 summit with Jane Roe.", ("Meet", "tim talbot", None)),
])
def test_extract_events_round33(extract_text, text, event):
    x = extract_text(text)
    kind, agent, target = event
    found = _events(x)
    assert any(k == kind and (agent is None or a == agent) and (target is None or t == target) for k, a, t in found), found


@pytest.mark.parametrize("text,kind", [
    # "under" a deal or an embargo put on another is no event the subject undergoes
    ("He said it was wrong to put Vexland under the same embargo.", "Sanction"),
    ("Under the deal, Acme Corp will pay Vexo Holdings $5m.", "SignAgreement"),
    # a firm closing its own plant coerces no one
    ("Acme Corp closed down its factory in Vexford.", "Coerce"),
    # a party backed by another is supported, not endorsed
    ("The regime is backed by Vexland.", "Praise"),
    ("Their action is supported by Acme Corp and Vexo Holdings.", "Praise"),
    # continuing to cooperate now is cooperation, no intent
    ("Acme Corp continued to work with Vexo Holdings.", "ExpressIntentToCooperate"),
    # a noun under "no" is negated
    ("Tim Talbot said: I make no apologies to Acme Corp.", "EngageInDiplomaticCooperation"),
    ("Acme Corp has received no support from Vexland.", "ProvideSupport"),
    # review: figurative "under"; closing one's own or a town's site; backed parties and money
    ("Vexford Rovers are under threat of relegation.", "Threaten"),
    ("Vexford Rovers came under attack in the second half.", "Attack"),
    ("Acme Corp officials shut down the plant after a leak.", "Coerce"),
    ("Police closed down the M6 after the crash.", "Coerce"),
    ("A coalition backed by Vexland won the vote.", "Praise"),
    ("The loan is backed by Acme Corp.", "Praise"),
])
def test_extract_events_round33_limits(extract_text, text, kind):
    x = extract_text(text)
    assert kind not in [k for k, _, _ in _events(x)], _events(x)
