"""Roles and actors round 30 (from the development set 16 misses): listed football and rugby clubs
are organizations, not the towns they are named after nor persons; a score the model ran into a
club's name is none of it; "United" or "City" alone takes up the one listed club ending with it;
a word of a title before a name ("Outgoing", "Joint") is none of it; a bare "Chairman X" after
"The firm said" is the firm's; a "Judge X" of no court named sits in the state whose offices the
story names. Events: a strike people join, stage or call is a labour protest; nominations for a
prize are no appointments.
Invented sentences (and invented people); none from the seeds or the corpus."""
from __future__ import annotations

import pytest

from conftest import mention_keys, roles_of


def test_extract_actors_round30_clubs(extract_text):
    x = extract_text("Manchester United beat Everton 2-0 on Saturday and Manchester City drew with Wolves. "
                     "City manager Tim Talbot said his side had been unlucky.")
    kinds = mention_keys(x)
    assert kinds["Manchester United"] == {("manchester united", "Organization")}
    assert kinds["Everton"] == {("everton", "Organization")}  # no "Everton 2-0"
    assert kinds["Manchester City"] == kinds["City"] == {("manchester city", "Organization")}
    assert kinds["Wolves"] == {("wolverhampton wanderers", "Organization")}
    assert ("tim talbot", "manager", "manchester city") in roles_of(x), roles_of(x)


@pytest.mark.parametrize("text,role", [
    # a word of a title the model took into the organization's name
    ("Acme Rovers lost again on Saturday. Outgoing Acme chairman Tim Talbot said the club was in trouble.",
     ("tim talbot", "chairman", "acme")),
    # "Chairman X" after "The firm said": the firm the story is about
    ("Vexo Holdings made a profit of 1bn euros in 2004. The firm said strong demand lifted its results. "
     "Chairman Tim Talbot said 2004 had been a great year.", ("tim talbot", "Chairman", "vexo holdings")),
    # a judge of no court named: the state whose offices the story names
    ("Home Secretary Kamal Varma wants tougher sentences. Judge Tim Talbot QC made his remarks as he sentenced "
     "three men.", ("tim talbot", "Judge", "united kingdom")),
    # a judge of a court named before
    ("The case went to the High Court in London. Judge Tim Talbot said it was weak.",
     ("tim talbot", "Judge", "high court")),
])
def test_extract_roles_round30(extract_text, text, role):
    x = extract_text(text)
    assert role in roles_of(x), roles_of(x)


@pytest.mark.parametrize("text", [
    # a court the model did not name is no state
    "America's courts are busy. Vexo County Superior Court Judge Tim Talbot said so.",
    # nor is the state the story is about, whose firm a foreign court may judge
    "Russia's oil firm Acme Oil filed for bankruptcy in Texas. Russia says the case is unlawful. Judge Tim Talbot "
    "will rule next week.",
])
def test_extract_roles_round30_no_state_judge(extract_text, text):
    x = extract_text(text)
    assert not any(h == "tim talbot" and o == "united states" for h, _, o in roles_of(x)), roles_of(x)


def test_extract_actors_round30_title_words_are_no_names(extract_text):
    """"Joint assistant boss X": "Joint" is no organization; "City" after two listed Cities is neither."""
    x = extract_text("Joint assistant boss Tim Talbot has admitted he would like the job. "
                     "Leicester City beat Stoke City 1-0. City fans were delighted.")
    kinds = mention_keys(x)
    assert "Joint" not in kinds
    assert not {k for k, _ in kinds.get("City", set())} & {"leicester city", "stoke city"}


def _events(x):
    return [(e.kind, x.document.text[e.start:e.end]) for e in x.events]


def test_extract_events_round30_labour_strike(extract_text):
    """A strike people join, stage or call is a labour action (a protest), not a military strike."""
    x = extract_text("Thousands join strike in Vexland. The union staged a strike at the Acme Corp plant.")
    kinds = {k for k, _ in _events(x)}
    assert "Protest" in kinds and "Attack" not in kinds, _events(x)


def test_extract_events_round30_award_nominations(extract_text):
    """Nominations for a prize are no appointments; a nomination to a post still is."""
    x = extract_text("Tim Talbot leads the Vexo Music Awards shortlist. Jane Roe has four nominations, while "
                     "Kamal Varma has three.\n\nThe president nominated Tony Okafor as ambassador to France.")
    appointed = [text for kind, text in _events(x) if kind == "Appoint"]
    assert appointed and all("Okafor" in text for text in appointed), _events(x)


@pytest.mark.parametrize("text,name,key", [
    # a listed club takes up no place that is part of its name, nor a word after "in" or "the"
    ("FC Barcelona signed Tim Talbot. Fans greeted him at the airport in Barcelona.", "Barcelona", "barcelona"),
    ("Inter Milan beat Juventus. The mayor of Milan, Kamal Varma, was there.", "Milan", "milan"),
    ("Manchester City shares rose. Traders in the City of London welcomed the results.", "City", "city"),
    # a title word cut off no firm's name
    ("Interim Healthcare Inc said profits rose.", "Interim Healthcare Inc", "interim healthcare inc"),
])
def test_extract_actors_round30_limits(extract_text, text, name, key):
    x = extract_text(text)
    assert {k for k, _ in mention_keys(x).get(name, set())} == {key}, mention_keys(x)


@pytest.mark.parametrize("text", [
    # a sentence that names another state, or a court, or a judge of a contest
    "Foreign Secretary Kamal Varma raised the case with Washington. A US federal judge, Judge Tim Talbot, ruled "
    "against him.",
    "Home Secretary Kamal Varma spoke. Judge Tim Talbot told the court the men were guilty.",
    "Culture Secretary Kamal Varma likes the show. X Factor judge Tim Talbot was there.",
])
def test_extract_roles_round30_judges_of_no_state(extract_text, text):
    x = extract_text(text)
    assert not any(h == "tim talbot" for h, _, _ in roles_of(x)), roles_of(x)


@pytest.mark.parametrize("text,kind", [
    # a strike held off, on a target, is an attack
    ("Israel held off a strike on the nuclear sites, officials said.", "Attack"),
    # "Oscar" as a first name, "award-winning": an appointment all the same
    ("President Oscar Vexo nominated Tim Talbot as finance minister. Talbot's nomination drew criticism from "
     "award-winning journalist Jane Roe.", "Appoint"),
])
def test_extract_events_round30_limits(extract_text, text, kind):
    x = extract_text(text)
    assert kind in {k for k, _ in _events(x)}, _events(x)
