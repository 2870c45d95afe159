"""Events of round 27 (from the events development set 14 misses): ending a feud reconciles (CAMEO
04); voicing disappointment or frustration disapproves; an actor pleased at what another did
praises it; hitting back at someone criticises them; the "as" of "described X as Z" is found when
the parser hangs it under the object; wanting to meet is an intent to meet (CAMEO 036); taking
action against someone and imposing a suspension on them coerce (CAMEO 17); money handed over is a
donation when it goes to a good cause. Showing something ("demonstrated his class") is no protest and putting a thing together
no reconciliation. Invented sentences; none from the seeds or the corpus."""
from __future__ import annotations

import pytest

from test_extract_events_tenure import _found


def _events(x):
    return [(e.kind, e.trigger, e.agent, e.target, e.participants, e.method) for e in x.events]


@pytest.mark.parametrize("text,kind,words,agent,target", [
    ("Acme Corp has ended its public feud with Vexo Holdings.", "RestoreRelations", "ended", "acme corp",
     "vexo holdings"),
    ("Tim Talbot and Kamal Varma healed their rift in May.", "RestoreRelations", "healed", "tim talbot", None),
    ("Vexo Holdings voiced its disappointment with the results.", "Disapprove", "disappointment",
     "vexo holdings", None),
    ("Tim Talbot said he was pleased Acme Corp was prepared to cut the deficit.", "Praise", "pleased", "tim talbot",
     "acme corp"),
    ("Jane Roe is delighted with Acme Corp's decision.", "Praise", "delighted", "jane roe", "acme corp"),
    ("Tony Okafor hit back at Tim Talbot on Tuesday.", "Criticize", "hit back", "tony okafor", "tim talbot"),
    ('Acme Corp described their reasons for missing the deadline as "unacceptable".', "Criticize", "described",
     "acme corp", None),
    ("Jane Roe said she now wanted to meet Tim Talbot for talks.", "ExpressIntentToCooperate", "meet", "jane roe",
     "tim talbot"),
    ("Vexo Holdings took action against Tim Talbot in March.", "Coerce", "action", "vexo holdings", "tim talbot"),
    ("Vexo Holdings is imposing two-year suspensions on Tim Talbot.", "Coerce", "imposing", "vexo holdings",
     "tim talbot"),
    ("Tony Okafor handed over $100,000 to a charity run by Acme Corp.", "Donate", "handed", "tony okafor", None),
    ("Tony Okafor hit back at his critics on Tuesday.", "Criticize", "hit back", "tony okafor", None),
    ("Vexo Holdings imposed a suspension on Tim Talbot.", "Coerce", "imposed", "vexo holdings", "tim talbot"),
])
def test_extract_events_round27(extract_text, text, kind, words, agent, target):
    x = extract_text(text)
    found = _found(x, kind, words)
    assert found, _events(x)
    assert any(e.agent == agent for e in found), _events(x)
    if target is not None:
        assert any(e.target == target for e in found), _events(x)


@pytest.mark.parametrize("text,kind,words", [
    ("Tim Talbot has been at the top for years and has demonstrated his class.", "Protest", "demonstrated"),
    ("The report was put together by Tim Talbot.", "RestoreRelations", "put together"),
    ("Acme Corp hit back to win the cup.", "Criticize", "hit back"),          # a side recovering, no criticism
    ("Tim Talbot was pleased.", "Praise", "pleased"),                          # pleased at nothing said
    ("Jane Roe was delighted with the victory.", "Praise", "delighted"),       # pleased at no one's act
    ("Jane Roe was glad to help Acme Corp.", "Praise", "glad"),                # an intent, no praise
    ("Tim Talbot was not pleased with Acme Corp's decision.", "Praise", "pleased"),
    ("Acme Corp will meet Vexo Holdings on Monday.", "ExpressIntentToCooperate", "meet"),  # a meeting, no wish
    ("Acme Corp took legal action against Vexo Holdings.", "Coerce", "action"),  # litigation disapproves
    ("Acme Corp handed over the plant to Vexo Holdings.", "Donate", "handed"),   # a handover, no gift of money
    ("Acme Corp ended its partnership with Vexo Holdings.", "RestoreRelations", "ended"),
    # from the review of round 27
    ("Police took no further action against Tim Talbot.", "Coerce", "action"),
    ("Vexo Holdings did not take action against Acme Corp.", "Coerce", "action"),
    ("Tim Talbot hit back at the weekend, scoring twice.", "Criticize", "hit back"),
    ("Tim Talbot expressed his disappointment at losing the final.", "Disapprove", "disappointment"),
    ("Acme Corp said it was pleased with the sales figures.", "Praise", "pleased"),
    ("Acme Corp wants to meet the deadline.", "ExpressIntentToCooperate", "meet"),
    ("Acme Corp wants to meet the deadline.", "Meet", "meet"),
    ("Tim Talbot handed over the money to police.", "Donate", "handed"),
    ("Tim Talbot was glad Acme Corp had been fined.", "Praise", "glad"),
    ("Tim Talbot may be pleased with Acme Corp's decision.", "Praise", "pleased"),
    ("Tim Talbot described the rules, which Kamal Varma condemned as ridiculous, to reporters.", "Criticize",
     "described"),
])
def test_extract_events_round27_not(extract_text, text, kind, words):
    x = extract_text(text)
    assert not _found(x, kind, words), _events(x)


def test_extract_events_round27_ended_feud_is_also_the_feud(extract_text):
    """The feud ended is still reported: the quarrel (CAMEO 11) and its end (CAMEO 04) are two events."""
    x = extract_text("Acme Corp has ended its public feud with Vexo Holdings.")
    assert {e.kind for e in x.events} >= {"Disapprove", "RestoreRelations"}, _events(x)
