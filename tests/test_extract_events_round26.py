"""Events of round 26: backing a course of action endorses it (CAMEO 051) whoever's it is; giving up
a plan concedes (CAMEO 08); being bailed is a release, only "bailed out" is money; agreeing a
contract or terms is an agreement; a headline that names no actor sums up the event its lead
reports; users, makers and lenders are groups that act (and no persons to charge or detain); objecting disapproves and looking into a matter investigates. Invented sentences; none from the seeds or the corpus."""
from __future__ import annotations

import pytest

from test_extract_events_tenure import _found


def _events(x):
    return [(e.kind, e.trigger, e.agent, e.target, e.participants, e.method) for e in x.events]


@pytest.mark.parametrize("text,kind,words,participant", [
    # endorsement: what is backed is a decision, plan or law, named after an actor or not
    ("Acme Corp backed Tim Talbot's decision to sell the plant.", "Praise", "backed", "acme corp"),
    ("The new plans are backed by the Vexo Holdings board.", "Praise", "backed", "vexo holdings"),
    ("The Liberal Democrats announced their support for the government plans.", "Praise", "support",
     "liberal democrats"),
    ("Acme Corp had supported the agreement.", "Praise", "supported", "acme corp"),
    # giving up a plan
    ("Tim Talbot has decided to drop the plans.", "Yield", "drop", "tim talbot"),
    ("The Vexo Holdings proposal was abandoned by Acme Corp in May.", "Yield", "abandoned", "acme corp"),
    ("Acme Corp shelved its scheme for a new plant in Leeds.", "Yield", "shelved", "acme corp"),
    # bail
    ("Kamal Varma was bailed until March.", "Yield", "bailed", "kamal varma"),
    ("The Treasury bailed out Acme Corp in 2003.", "ProvideFinancialSupport", "bailed", "acme corp"),
    # displeasure voiced without an object, an inquiry into a matter
    ("European firms with listings in New York, including Acme Corp, have objected.", "Disapprove", "objected",
     "acme corp"),
    ("Vexo Holdings looked into the allegations against Acme Corp.", "Investigate", "looked", "vexo holdings"),
    ("The watchdog Ofcare will look into the deal between Acme Corp and Vexo Holdings.", "Investigate", "look", "ofcare"),
    # agreements that are no treaty
    ("Tim Talbot has agreed a new three-year contract with Acme Corp.", "SignAgreement", "agreed", "tim talbot"),
    ("Acme Corp agreed a settlement with Vexo Holdings on Monday.", "SignAgreement", "agreed", "acme corp"),
])
def test_extract_events_round26(extract_text, text, kind, words, participant):
    x = extract_text(text)
    found = _found(x, kind, words)
    assert found, _events(x)
    assert any(participant in e.participants for e in found), _events(x)


@pytest.mark.parametrize("text,kind,words", [
    ("Vexo Holdings backs Acme Corp with cash.", "Praise", "backs"),             # money given to an actor
    ("Acme Corp scrapped the deal with Vexo Holdings.", "Yield", "scrapped"),  # a deal broken, no plan given up
    ("Acme Corp dropped Tim Talbot from the team.", "Yield", "dropped"),       # a person left out
    ("Acme Corp has axed its finance director, Kamal Varma.", "Yield", "axed"),
    ("Despite being arrested and bailed, Tim Talbot sold more DVDs.", "ProvideFinancialSupport", "bailed"),
    ("Kamal Varma agreed with Tim Talbot.", "SignAgreement", "agreed"),        # assent, no agreement signed
    ("Tim Talbot looked into the camera.", "Investigate", "looked"),           # a gaze, no inquiry
    ("Vexo Holdings charges users a fee to download songs.", "Arrest", "charges"),  # a fee, no criminal charge
    ("Acme Corp withdrew its backing for the plan.", "Praise", "backing"),
    ("Acme Corp will look into the cost of building a new plant.", "Investigate", "look"),
])
def test_extract_events_round26_not(extract_text, text, kind, words):
    x = extract_text(text)
    assert not _found(x, kind, words), _events(x)


@pytest.mark.parametrize("text,kind,words,group", [
    # unnamed groups of users, makers and lenders act as the groups of politics do
    ("The new toolbar was widely criticised by net users.", "Criticize", "criticised", "net users"),
    ("Component makers have teamed up with Acme Corp.", "EngageInMaterialCooperation", "teamed", "component makers"),
    ("The lenders will be dismayed at the decision of Acme Corp.", "Disapprove", "dismayed", "lenders"),
])
def test_extract_events_round26_groups(extract_text, text, kind, words, group):
    x = extract_text(text)
    found = _found(x, kind, words)
    assert any(p.startswith("unnamed ") and p.endswith(group) for e in found for p in e.participants), _events(x)


@pytest.fixture()
def extract_story(write_doc, nlp):
    """Extract an invented story whose first line is its headline (no front matter), as the BBC's are."""
    from kg import nlp as stage
    from kg.extract import extract
    from kg.ingest import read

    def run(text: str):
        (document, parsed), = stage.parse([read(write_doc("story.txt", text))], nlp)
        return extract(document, parsed, extractor="test", run_started="2024-01-01T00:00:00Z")

    return run


def test_extract_events_round26_headline_echo(extract_story):
    # the headline's "jailed" names no one: it is the conviction the lead reports, with its actor,
    # and the two reports are one event (same participants and date)
    headline = "Leeds fraudster is jailed"
    x = extract_story(f"{headline}\n\nA former director of a Leeds firm is back in the news.\n\n"
                      "Tim Talbot was jailed at Leeds Crown Court on Monday for fraud.\n")
    echoes = [e for e in x.events if (e.start, e.end) == (0, len(headline))]
    assert [e.kind for e in echoes] == ["Arrest"], _events(x)
    body = [e for e in x.events if e.kind == "Arrest" and e.start > len(headline)]
    assert body and echoes[0].participants == body[0].participants == ("tim talbot",), _events(x)
    assert echoes[0].date == body[0].date and echoes[0].method.startswith("rule:headline:"), _events(x)


@pytest.mark.parametrize("story", [
    # the lead reports no event of the headline's class: nothing to echo
    "Leeds fraudster is jailed\n\nTim Talbot praised Acme Corp on Monday.\n",
    # "charges" for a fee is no charge against anyone, whatever the lead reports
    "Acme Corp charges for news\n\nTim Talbot, a former editor, was charged with fraud in May.\n",
    # the echo is looked for in the lead only
    "Leeds fraudster is jailed\n\n" + "Acme Corp sells engines to many firms in Europe. " * 20
    + "\n\nTim Talbot was jailed at Leeds Crown Court on Monday.\n",
])
def test_extract_events_round26_headline_no_echo(extract_story, story):
    x = extract_story(story)
    headline = story.split("\n", 1)[0]
    assert not [e for e in x.events if e.start < len(headline)], _events(x)
