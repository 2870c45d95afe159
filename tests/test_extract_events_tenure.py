"""Events of tenure, penalty and threat (round 23): leaving a post (resigning, retiring, quitting,
being sacked) breaks the tie (CAMEO 161); hiring a person appoints; firms hired for a task
cooperate; a penalty paid concedes and the fine is suffered by its payer; a hostile act that "may"
come, or "will" come on a condition, is a threat. Invented sentences; none from the seeds or the
corpus."""
from __future__ import annotations

import pytest


def _found(x, kind: str, words: str):
    """The events of ``kind`` whose evidence holds ``words``."""
    return [e for e in x.events if e.kind == kind and words in x.document.text[e.start:e.end]]


def _events(x):
    return [(e.kind, e.trigger, e.agent, e.target, e.method) for e in x.events]


@pytest.mark.parametrize("text,kind,words,agent,target", [
    # leaving a post: the one who leaves acts; the body left, when named, is the target
    ("Tim Talbot resigned as chairman of Vexo Holdings on Monday.", "BreakRelations", "resigned", "tim talbot", None),
    ("Tim Talbot stepped down as Vexo Holdings chief executive in May.", "BreakRelations", "stepped", "tim talbot", None),
    ("Kamal Varma will retire from the Vexo Holdings board next year.", "BreakRelations", "retire", "kamal varma", None),
    ("Tony Okafor quit the Ruritanian Workers Party last week.", "BreakRelations", "quit", "tony okafor",
     "ruritanian workers party"),
    ("Tony Okafor quit in 2003.", "BreakRelations", "quit", "tony okafor", None),
    ("Tony Okafor quit the Ministry of Defence in 2003.", "BreakRelations", "quit", "tony okafor", "ministry of defence"),
    # an employer ends the tie: the employer acts, the person sacked is the target
    ("Vexo Holdings sacked Tim Talbot in November.", "BreakRelations", "sacked", "vexo holdings", "tim talbot"),
    ("Acme Corp fired its finance director, Kamal Varma, on Friday.", "BreakRelations", "fired", "acme corp",
     "kamal varma"),
    ("Acme Corp sacked Kamal Varma on grounds of gross misconduct.", "BreakRelations", "sacked", "acme corp",
     "kamal varma"),
    ("Acme Corp has axed its finance director, Kamal Varma.", "BreakRelations", "axed", "acme corp", "kamal varma"),
    ("Tim Talbot was sacked by Vexo Holdings in March.", "BreakRelations", "sacked", "vexo holdings", "tim talbot"),
    # hiring a person appoints; hiring firms for a task is cooperation
    ("Vexo Holdings recruited Kamal Varma from Acme Corp in January.", "Appoint", "recruited", "vexo holdings", "kamal varma"),
    ("Vexo Holdings hired Tony Okafor as its new finance chief.", "Appoint", "hired", "vexo holdings", "tony okafor"),
    ("Vexo Holdings appointed Nordbank AG and Kasimir Partners LLP as advisers.", "EngageInMaterialCooperation", "appointed", "vexo holdings",
     "nordbank ag"),
])
def test_extract_events_round23_tenure(extract_text, text, kind, words, agent, target):
    x = extract_text(text)
    found = _found(x, kind, words)
    assert found, _events(x)
    assert any(e.agent == agent and (target is None or e.target == target) for e in found), _events(x)


@pytest.mark.parametrize("text,kind,words", [
    ("Acme Corp fired 500 workers at its Leeds plant.", "Attack", "fired"),           # job cuts, no attack
    ("Acme Corp fired 500 workers at its Leeds plant.", "BreakRelations", "fired"),   # the staff at large: no tie of one actor
    ("Troops fired rubber bullets at the crowd.", "BreakRelations", "fired"),
    ("Tim Talbot was dismissed for 57 in the second innings.", "BreakRelations", "dismissed"),  # a batsman out
    ("Tony Okafor dismissed him as a liar.", "BreakRelations", "dismissed"),          # a judgement, not a sacking
    ("A retired general, Tim Talbot, spoke at the rally.", "BreakRelations", "retired"),  # a description, no event
    ("Kamal Varma paid tribute to Tim Talbot.", "ProvideFinancialSupport", "paid"),    # homage, no money
    ("Vexo Holdings paid a $2m fine to Ofcare.", "ProvideFinancialSupport", "paid"),            # a penalty, no support
    ("Vexo Holdings may have sued Acme Corp.", "Threaten", "sued"),                              # a guess about the past
    ("The referee later dismissed Tim Talbot for a second booking.", "BreakRelations", "dismissed"),  # sent off
    ("Vexo Holdings could be forced to sell the plant.", "Threaten", "forced"),                  # what may befall it
    ("He has a knee injury that could force him to miss the final.", "Threaten", "force"),        # no actor threatens
    ("Tim Talbot admits he had briefly considered retirement.", "Threaten", "retirement"),        # no threat to anyone
    ("There were rumours Tim Talbot would quit if the club were sold.", "BreakRelations", "quit"),  # conditional
    ("Tim Talbot may step down next year.", "BreakRelations", "step"),                            # speculation
    ("Tim Talbot retired on lap 30 with an engine failure.", "BreakRelations", "retired"),      # a race left
    ("Tim Talbot retired injured in the third set.", "BreakRelations", "retired"),              # a match left
    ("The air force announced the retirement of its old fighter fleet.", "BreakRelations", "retirement"),
    ("Acme Corp fired 40 staff at the plant.", "Attack", "fired"),                               # job cuts
    ("Tim Talbot fired up his captain before the final.", "BreakRelations", "fired"),            # roused him
    ("Vexo Holdings was ordered to pay a $2m fine.", "Yield", "pay"),                            # no concession
    ("Tim Talbot received a £20m fine art collection.", "Coerce", "fine"),                       # the adjective
    ("Tim Talbot had been axed from the side for the final.", "BreakRelations", "axed"),         # dropped, no sacking
    ("Rumours persist that Tim Talbot will leave Vexo Holdings if it is sold.", "Threaten", "leave"),
])
def test_extract_events_round23_limits(extract_text, text, kind, words):
    x = extract_text(text)
    assert not _found(x, kind, words), _events(x)


def test_extract_events_round23_troops_firing_stays_an_attack(extract_text):
    x = extract_text("Troops fired on the protesters in the capital.")
    assert _found(x, "Attack", "fired"), _events(x)


@pytest.mark.parametrize("text,words", [
    ("Vexo Holdings has agreed to pay a $2m (£1.1m) fine for late filings.", "fine"),
    ("Vexo Holdings paid a $2m fine for late filings.", "fine"),
    ("Vexo Holdings received a fine of $250,000 from Ofcare.", "fine"),
])
def test_extract_events_round23_fine_is_suffered_by_its_payer(extract_text, text, words):
    x = extract_text(text)
    found = _found(x, "Coerce", words)
    assert found and any(e.target == "vexo holdings" for e in found), _events(x)
    assert not any(e.agent == "vexo holdings" for e in found), _events(x)


def test_extract_events_round23_penalty_paid_concedes(extract_text):
    x = extract_text("Vexo Holdings is also paying $500,000 to Ofcare to settle the bribery charge.")
    found = _found(x, "Yield", "paying")
    assert found and found[0].agent == "vexo holdings", _events(x)
    assert not [e for e in x.events if e.kind == "ProvideFinancialSupport"], _events(x)


@pytest.mark.parametrize("text,words,agent", [
    ("Acme Corp may sue Vexo Holdings for damages.", "sue", "acme corp"),
    ("Vexo Holdings could pull out of the deal with Acme Corp.", "pull", "vexo holdings"),
    ("The Green Party will vote against the bill unless it is amended, said Tim Talbot.", "vote", "green party"),
    ("France may impose sanctions on Vexo Holdings.", "sanctions", "france"),
])
def test_extract_events_round23_possible_hostile_act_is_a_threat(extract_text, text, words, agent):
    x = extract_text(text)
    found = _found(x, "Threaten", words)
    assert found and any(agent in e.participants for e in found), _events(x)


def test_extract_events_round23_voting_against_rejects(extract_text):
    x = extract_text("The Green Party voted against the bill on Tuesday.")
    assert _found(x, "Reject", "voted"), _events(x)
    assert not _found(x, "Threaten", "voted"), _events(x)


def test_extract_events_round23_side_left_is_no_agent(extract_text):
    x = extract_text("Tim Talbot announced his Wales retirement on Monday.")
    found = _found(x, "BreakRelations", "retirement")
    assert found and not any(e.agent == "wales" for e in found), _events(x)


def test_extract_events_round23_break_of_relations_that_may_come_is_a_threat(extract_text):
    """Only leaving a post is spared the threat reading: a state that could cut ties threatens to."""
    x = extract_text("Qatar could break off diplomatic relations with Egypt.")
    found = _found(x, "Threaten", "break")
    assert found and found[0].agent == "qatar", _events(x)
