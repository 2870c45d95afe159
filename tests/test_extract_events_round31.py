"""Events round 31 (from the development set 17 misses, set 17 retired): a claim that something
should be done is the speaker's appeal; a forecast (a time, an agent, an outcome) is none. "Target", "destroy" and "shoot" are attacks only with armed force in the
sentence; a person shot is an assault.
Invented sentences (and invented people); none from the seeds or the corpus."""
from __future__ import annotations

import pytest


def _events(x):
    return [(e.kind, x.document.text[e.start:e.end], e.agent) for e in x.events]


@pytest.mark.parametrize("text,span", [
    ("Their orders should be enforced more rigorously, Tim Talbot said.",
     "Their orders should be enforced more rigorously"),
    ("The law should be changed to protect tenants, Jane Roe said.", "The law should be changed to protect tenants"),
])
def test_extract_events_round31_claimed_appeals(extract_text, text, span):
    x = extract_text(text)
    assert ("Appeal", span) in [(k, s) for k, s, _ in _events(x)], _events(x)


@pytest.mark.parametrize("text", [
    # a forecast: the time makes the modal an expectation
    "The deal should be completed by May, Tim Talbot said.",
    "Profits should be boosted by the weak dollar, Jane Roe said.",
    "The results should be known soon, Jane Roe said.",
    "The new stadium should be finished in time for the Games, Jane Roe said.",
    # a need or a plan, no call
    "Tim Talbot had to withdraw through injury, Acme Rovers said.",
    "Car sales grow 12% a year. \"We need to expand our production,\" chairman Tim Talbot said.",
])
def test_extract_events_round31_no_appeal(extract_text, text):
    x = extract_text(text)
    assert "Appeal" not in {k for k, _, _ in _events(x)}, _events(x)


@pytest.mark.parametrize("text", [
    "Tim Talbot has targeted success over Vexland on Saturday.",
    "Only 40 top firms would be targeted by the tax, Acme Corp said.",
    "The plans will destroy the industry, Acme Corp said.",
    "Tim Talbot completed an agility course and shot a few baskets.",
])
def test_extract_events_round31_figurative_attacks(extract_text, text):
    x = extract_text(text)
    assert "Attack" not in {k for k, _, _ in _events(x)}, _events(x)


def test_extract_events_round31_shooting_and_force(extract_text):
    x = extract_text("A member of Tim Talbot's entourage was reportedly shot. Vexland troops destroyed the tunnels.")
    kinds = {k for k, _, _ in _events(x)}
    assert {"Assault", "Attack"} <= kinds, _events(x)


@pytest.mark.parametrize("text,kinds", [
    # troops that shoot attack; a player who shoots his side into the lead scores
    ("Vexland troops shot dead two militants in Gaza.", {"Attack"}),
    ("Tim Talbot shot Acme Rovers into the lead.", set()),
    # no armed force in "police targeted drink drivers" or "force firms to close and destroy the industry"
    ("Police targeted drink drivers in a Christmas campaign.", None),
])
def test_extract_events_round31_review(extract_text, text, kinds):
    found = {k for k, _, _ in _events(extract_text(text))}
    if kinds is None:
        assert "Attack" not in found
    else:
        assert found & {"Attack", "Assault"} == kinds, found
