"""Events of dispute and rebuff (round 22): rows and feuds, questioning a matter, dismissing or
shrugging off a suggestion, speaking out against a move, a rebuke, a sentencing. Invented
sentences; none from the seeds or the corpus."""
from __future__ import annotations

import pytest


def _found(x, kind: str, words: str):
    """The events of ``kind`` whose evidence holds ``words``."""
    return [e for e in x.events if e.kind == kind and words in x.document.text[e.start:e.end]]


@pytest.mark.parametrize("text,kind,words,participant", [
    # "row" (British: a quarrel) with its parties or its matter
    ("The minister's row with the Daily Clarion deepened on Monday.", "Disapprove", "row", "daily clarion"),
    ("Talbot in fresh pay row with Vexo", "Disapprove", "row", "vexo"),
    ("Tony Okafor is embroiled in a row with Vexo over the report.", "Disapprove", "row", "vexo"),
    ("A bitter feud between Lars Okafor and Tim Talbot has split the club.", "Disapprove", "feud", "tim talbot"),
    ("Vexo has been locked in a long dispute with Acme Corp over fees.", "Disapprove", "dispute", "acme corp"),
    # doubting a matter; speaking out against a move; a rebuke in British headline style
    ("Acme Corp has questioned the timing of the merger rules.", "Disapprove", "questioned", "acme corp"),
    ("Acme Corp has spoken out against the Vexo merger.", "Disapprove", "spoken", "acme corp"),
    ("Acme Corp rapped its rival Vexo for late filings.", "Criticize", "rapped", "acme corp"),
    ("Brussels raps Vexo over its fees", "Criticize", "raps", "vexo"),
    # rejecting what someone put forward; a court overruling a firm
    ("Tim Talbot dismissed the claims as nonsense.", "Reject", "dismissed", "tim talbot"),
    ("Tim Talbot brushed off criticism from Vexo shareholders.", "Reject", "brushed", "tim talbot"),
    ("Tony Okafor shrugged off claims from Tim Talbot that he had lied.", "Reject", "shrugged", "tony okafor"),
    ("The Ruritanian Supreme Court overruled Vexo on the tax question.", "Reject", "overruled", "vexo"),
    ("The Vexo board's rebuff came on Monday.", "Reject", "rebuff", "vexo"),
    # a ban; a sentencing, whose possessor undergoes it; a tirade
    ("Ofcare prohibited Acme Corp from selling the drug in May.", "Coerce", "prohibited", "acme corp"),
    ("Kamal Varma's sentencing came after a long inquiry.", "Arrest", "sentencing", "kamal varma"),
    ("Her speech was a tirade against Acme Corp.", "Criticize", "tirade", "acme corp"),
])
def test_extract_events_round22_disputes(extract_text, text, kind, words, participant):
    x = extract_text(text)
    found = _found(x, kind, words)
    assert found and any(participant in e.participants for e in found), [(e.kind, e.trigger, e.participants) for e in x.events]


def test_extract_events_round22_sentencing_possessor_undergoes_it(extract_text):
    x = extract_text("Kamal Varma's sentencing came after a long inquiry.")
    found = _found(x, "Arrest", "sentencing")
    assert found and found[0].target == "kamal varma" and found[0].agent is None, found


def test_extract_events_round22_possessor_with_of_acts(extract_text):
    x = extract_text("Belarus's jailing of the bloggers angered Vexo.")
    found = _found(x, "Arrest", "jailing")
    assert found and found[0].agent == "belarus" and found[0].target != "belarus", found


@pytest.mark.parametrize("text,kind,words", [
    # a row that is a line, a sequence or a boat race
    ("Vexo won the Cup for the third year in a row.", "Disapprove", "row"),
    ("Lars Okafor was moved to the back row of the scrum.", "Disapprove", "row"),
    ("Acme Corp sold a row of houses to Vexo.", "Disapprove", "row"),
    ("The Vexo crew's row to victory over Acme Corp was fast.", "Disapprove", "row"),
    # questioning people; dismissing staff; shrugging off a defender or an injury
    ("Police questioned Lars Okafor and two men on Monday.", "Disapprove", "questioned"),
    ("Police questioned the Vexo footballer on Monday.", "Disapprove", "questioned"),
    ("Acme Corp dismissed Lars Okafor in May.", "Reject", "dismissed"),
    ("Lars Okafor brushed off two defenders to score.", "Reject", "brushed"),
    ("Tim Talbot shrugged off a hamstring injury.", "Reject", "shrugged"),
    # rap as music; "raped" shares the lemma of "rap"
    ("Lars Okafor rapped the first verse of the song.", "Criticize", "rapped"),
    ("Acme Corp said two women were raped in Ruritania.", "Criticize", "raped"),
    # speaking without "out against"
    ("Mr Talbot spoke to Vexo about the move.", "Disapprove", "spoke"),
    ("Tim Talbot spoke against the backdrop of falling sales at Vexo.", "Disapprove", "spoke"),
    # "spat" as the verb; a dispute named as part of a body's name
    ("Lars Okafor spat at the Vexo coach.", "Disapprove", "spat"),
    ("Vexo asked Acme Corp to set up a dispute settlement panel.", "Disapprove", "dispute"),
])
def test_extract_events_round22_limits(extract_text, text, kind, words):
    x = extract_text(text)
    assert not _found(x, kind, words), [(e.kind, e.trigger, e.participants) for e in x.events]


def test_extract_events_round22_court_dismissing_a_claim_stays_legal(extract_text):
    x = extract_text("The High Court dismissed the claim by Vexo.")
    assert [e.method for e in _found(x, "Reject", "dismissed")] == ["rule:verb:dismiss-appeal"], x.events
