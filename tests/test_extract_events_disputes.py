"""Events of dispute and rebuff (round 22): rows and feuds, questioning a decision, dismissing a
suggestion, speaking out against a move, sentencing. Invented sentences; none from the seeds or
the held-out stories."""
from __future__ import annotations

import pytest


def _found(x, kind: str, words: str):
    """The events of ``kind`` whose evidence holds ``words``."""
    return [e for e in x.events if e.kind == kind and words in x.document.text[e.start:e.end]]


@pytest.mark.parametrize("text,kind,words,participant", [
    # "row" (British: a quarrel) with its parties or its matter
    ("Mr Okafor was at the centre of the government's row with the Daily Clarion.", "Disapprove", "row",
     "daily clarion"),
    ("Talbot in fresh pay row with Vexo", "Disapprove", "row", "vexo"),
    ("A bitter feud between Lars Okafor and Tim Talbot has split the club.", "Disapprove", "feud", "tim talbot"),
    ("Vexo has been locked in a long dispute with Acme Corp over fees.", "Disapprove", "dispute", "acme corp"),
    # doubting a matter; speaking out against a move; a rebuke in British headline style
    ("Labour and the Conservatives have questioned the timing of the new rules.", "Disapprove", "questioned",
     "labour party"),
    ("Officials of Acme Corp have also spoken out against the move by Vexo.", "Disapprove", "spoken", "acme corp"),
    ("Coach Tim Talbot has rapped striker Lars Okafor for his comments.", "Criticize", "rapped", "lars okafor"),
    # rejecting what someone put forward; a court overruling a government
    ("Mr Talbot dismissed a suggestion that the plan had failed.", "Reject", "dismissed", "talbot"),
    ("Mr Talbot brushed off Vexo suggestions that he was tired.", "Reject", "brushed", "talbot"),
    ("The Supreme Court overruled the White House on the rights of detainees.", "Reject", "overruled", "white house"),
    ("The Vexo board's rebuff came on Monday.", "Reject", "rebuff", "vexo"),
    # a ban; a sentencing, whose possessor undergoes it
    ("The Pentagon later prohibited the firm Vexo from future rocket work.", "Coerce", "prohibited", "vexo"),
    ("Kamal Varma's sentencing came after a long inquiry.", "Arrest", "sentencing", "kamal varma"),
    ("The new song is a tirade against President Bush.", "Criticize", "tirade", "bush"),
    ("Brussels raps Vexo over its fees", "Criticize", "raps", "vexo"),
])
def test_extract_events_round22_disputes(extract_text, text, kind, words, participant):
    x = extract_text(text)
    found = _found(x, kind, words)
    assert found and any(participant in e.participants for e in found), [(e.kind, e.trigger, e.participants) for e in x.events]


def test_extract_events_round22_sentencing_possessor_undergoes_it(extract_text):
    x = extract_text("Kamal Varma's sentencing came after a long inquiry.")
    found = _found(x, "Arrest", "sentencing")
    assert found and found[0].target == "kamal varma" and found[0].agent is None, found


@pytest.mark.parametrize("text,kind,words", [
    # a row that is a line or a sequence
    ("Vexo won the Cup for the third year in a row.", "Disapprove", "row"),
    ("Lars Okafor was moved to the back row of the scrum.", "Disapprove", "row"),
    ("Acme Corp sold a row of houses to Vexo.", "Disapprove", "row"),
    # questioning people is no disapproval; dismissing staff is no rejection
    ("Police questioned Lars Okafor and two men on Monday.", "Disapprove", "questioned"),
    ("Acme Corp dismissed Lars Okafor in May.", "Reject", "dismissed"),
    # "raped" shares the lemma of "rap"
    ("Acme Corp said two women were raped in Ruritania.", "Criticize", "raped"),
    # speaking without "against"
    ("Mr Talbot spoke to Vexo about the move.", "Disapprove", "spoke"),
    # a dispute named as part of a body's name
    ("Vexo asked Acme Corp to set up a dispute settlement panel.", "Disapprove", "dispute"),
])
def test_extract_events_round22_limits(extract_text, text, kind, words):
    x = extract_text(text)
    assert not _found(x, kind, words), [(e.kind, e.trigger, e.participants) for e in x.events]
