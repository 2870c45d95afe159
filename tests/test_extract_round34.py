"""Round 34 (from the development set 20 misses, set 20 retired): an actor's stance "opposed to"
something is disapproval, and so is being disappointed or frustrated at someone named; a bid,
offer or request turned down is its author's rejection, and the antecedent of a passive relative
clause is acted on ("X, who was arrested"), never the agent; a role's organization is no person
whatever the NER model made of another of its mentions; a few more title words ("co-ordinator",
"lecturer", "librarian", "MEP", "supremo").
Invented sentences (and invented people); none from the seeds or the corpus."""
from __future__ import annotations

import dataclasses

import pytest

from conftest import roles_of


def _events(x):
    return [(e.kind, e.agent, e.target) for e in x.events]


@pytest.mark.parametrize("text,event", [
    ("Acme Corp stayed opposed to Tim Talbot's proposal.", ("Disapprove", "acme corp", "tim talbot")),
    ("Acme Corp is strongly opposed to the plan of Vexo Holdings.", ("Disapprove", "acme corp", "vexo holdings")),
    ("Vexo Holdings said it was disappointed that Acme Corp had referred the case to prosecutors.",
     ("Disapprove", "vexo holdings", "acme corp")),
    ("Tim Talbot was frustrated with Vexo Holdings over the delay.", ("Disapprove", "tim talbot", "vexo holdings")),
    ("Acme Corp's previous bids for the club were rejected by the board.", ("Reject", None, "acme corp")),
    ("A £1.3bn offer from Vexo Holdings has already been rejected.", ("Reject", None, "vexo holdings")),
    ("Vexo Holdings rejected an offer from Acme Corp.", ("Reject", "vexo holdings", "acme corp")),
    ("Vexo Holdings rejected the claim made by Acme Corp.", ("Reject", "vexo holdings", "acme corp")),
    # a passive relative clause acts on its antecedent, which is no agent
    ("Tim Talbot, who was arrested on Monday, denies the charge.", ("Arrest", None, "tim talbot")),
    ("Police questioned Tim Talbot, who was later released.", ("Yield", None, "tim talbot")),
    ("Tim Talbot, who was praised by Acme Corp, smiled.", ("Praise", "acme corp", "tim talbot")),
])
def test_extract_events_round34(extract_text, text, event):
    x = extract_text(text)
    assert event in _events(x), _events(x)


@pytest.mark.parametrize("text", [
    # "as opposed to" compares; a passive "opposed by X" stays the verb rule's (X opposes)
    "Acme Corp expects margins of 4%, as opposed to 5% last year.",
    # let down by no one named: no disapproval
    "Tim Talbot was disappointed with the result.",
    "Tim Talbot was becoming increasingly frustrated with the pace of the talks.",
    # a speaker's own feelings are what the quote claims
    '"I am very disappointed," said Tim Talbot.',
    # an active "disappointed investors" is no one's displeasure stated
    "Acme Corp disappointed investors with its figures.",
])
def test_extract_events_round34_none(extract_text, text):
    x = extract_text(text)
    assert not [e for e in x.events if e.kind == "Disapprove"], _events(x)


def test_extract_events_round34_suffering_is_no_doing(extract_text):
    """"shocked at the condition of X": X suffers, and displeases no one (an "of" phrase names the
    author of a plan or decision only)."""
    x = extract_text("Jane Roe was shocked at the condition of Acme Corp's workers.")
    assert ("Disapprove", "jane roe", None) in _events(x), _events(x)
    x = extract_text("Jane Roe was shocked at the decision of Acme Corp.")
    assert ("Disapprove", "jane roe", "acme corp") in _events(x), _events(x)


def test_extract_events_round34_passive_opposed_is_the_verb(extract_text):
    x = extract_text("The plan was opposed by Acme Corp.")
    assert ("Disapprove", "acme corp", None) in _events(x), _events(x)


def test_extract_events_round34_rejected_plan_has_no_author(extract_text):
    """A plan is no proposal of someone's: rejecting "the plan" names no target."""
    x = extract_text("Vexo Holdings rejected the plan.")
    assert ("Reject", "vexo holdings", None) in _events(x), _events(x)


@pytest.mark.parametrize("text,role", [
    ("Tim Talbot, the campaign co-ordinator of Acme Forum, said it would go on.",
     ("tim talbot", "co-ordinator", "acme forum")),
    ("Jane Roe, a law lecturer at the University of Vexford, said it would go on.",
     ("jane roe", "lecturer", "university of vexford")),
])
def test_extract_roles_round34(extract_text, text, role):
    x = extract_text(text)
    assert role in roles_of(x), roles_of(x)


def test_resolve_role_organization_is_no_person(extract_text):
    """"Vexford midfielder X" makes Vexford a side: another mention the NER model took for a person
    ("the win at Vexford") does not make it one; without the role the tie goes to the person."""
    from kg.resolve import resolve

    x = extract_text("Vexford midfielder Tim Talbot was injured. The game at Vexford ended late.")
    assert ("tim talbot", "midfielder", "vexford") in roles_of(x), roles_of(x)
    mentions = tuple(dataclasses.replace(m, category="Person", kind="Person", confidence=1.0)
                     if m.key == "vexford" and i == max(j for j, n in enumerate(x.mentions) if n.key == "vexford")
                     else m for i, m in enumerate(x.mentions))
    assert sum(m.key == "vexford" for m in mentions) == 2, [m.text for m in mentions]
    assert resolve([dataclasses.replace(x, mentions=mentions)]).actors["vexford"].category == "Organization"
    assert resolve([dataclasses.replace(x, mentions=mentions, roles=())]).actors["vexford"].category == "Person"
