"""Roles and actors round 31 (from the development set 17 misses, set 17 retired): a sport between
a side and its post, a field after "for", a comma between a title and its name, a mayor's seat
named elsewhere, an MP in a story whose offices imply the state, a surname every listed holder of
which serves one state, a department in its minister's title, a band before its musician, the one
firm or club a story is about; actors: a firm after a word for its kind, a first name before a
known name after a plural title, a party run into its portfolio; a bare title whose field the
parse took for the name's words names that person as the speaker.
Invented sentences (and invented people); none from the seeds or the corpus."""
from __future__ import annotations

import pytest

from conftest import mention_keys, roles_of


@pytest.mark.parametrize("text,role", [
    # a sport between the side and the post (the model may read "rugby" as a verb)
    ("Talbot eyes success\n\nEngland rugby union captain Tim Talbot has targeted a win over Australia.",
     ("tim talbot", "england")),
    ("Former Scotland international Tim Talbot said the side was weak.", ("tim talbot", "scotland")),
    # a comma between the title and the name set off by commas
    ("Independent faith schools were singled out by Ofsted chief, Tim Talbot, for not doing enough to promote "
     "tolerance.", ("tim talbot", "ofsted")),
    # a mayor's seat, named elsewhere in the story
    ("The Mayor of London is under fire. On Sunday, Deputy Mayor Jane Roe defended him.", ("jane roe", "london")),
    # an MP in a story that never names the state, whose other office implied it
    ("Prime Minister Tony Blair called for an apology. The party was held for MP Tim Talbot.",
     ("tim talbot", "united kingdom")),
    # a surname alone: every listed holder of it serves the United States, which the story names
    ("Iraq is holding elections and the US is watching. President Bush said the vote would go ahead.",
     ("bush", "united states")),
    # a department named in its minister's title
    ("Home Office Minister Tim Talbot said crime had fallen.", ("tim talbot", "home office")),
    # a band before its musician
    ("Vexo Five singer Tim Talbot said the tour was over.", ("tim talbot", "vexo five")),
    # a party run into its portfolio by the model
    ("Lib Dem Treasury spokesman Tim Talbot said the plan was wrong.", ("tim talbot", "liberal democrats")),
    # a plural title before a list: a first name before a known name is a person's
    ("Disney boss quits.\n\nThe board of Walt Disney met on Monday. Two former Disney directors Roy Disney and "
     "Stanley Gold quit last year.", ("roy disney", "walt disney company")),
])
def test_extract_roles_round31(extract_text, text, role):
    x = extract_text(text)
    assert role in [(h, o) for h, _, o in roles_of(x)], roles_of(x)


def test_extract_roles_round31_story_firm(extract_text):
    """A title only a firm has, with no firm before it, is in the one firm the story is about."""
    x = extract_text("Vexo Motors will build a plant in India. Vexo Motors sold 5,000 cars last year, and Vexo Motors "
                     "wants to double that. Car sales in India grow 12% a year. \"We need to expand our production,\" "
                     "chairman Kamal Varma said.")
    assert ("kamal varma", "chairman", "vexo motors") in roles_of(x), roles_of(x)


@pytest.mark.parametrize("text", [
    # a lowercase "president" in a story on a state heads a firm, not the state
    "Germany's economy grew. Germany's exports rose and Germany's firms hired. GM appointed president Tim Talbot.",
    # a nationality or a country before a musician says where the musician is from
    "Ireland is proud. Irish singer Tim Talbot won the prize.",
    "Britain is proud. UK singer Tim Talbot won the prize.",
    # a match report: a player's position takes no club from the story (the other side may be a town)
    "Acme Rovers beat Vexford. Acme Rovers led early and Acme Rovers held on. Skipper Tim Talbot was injured.",
    # nor a firm from a story about two
    "Vexo Motors beat Acme Corp. Vexo Motors and Acme Corp meet again. Acme Corp and Vexo Motors compete. "
    "The rivalry is old. Chairman Tim Talbot was pleased.",
    "Vexo Holdings signed Pablo Roe, a Spanish international. Vexo Holdings paid a lot. Spanish international "
    "Tim Talbot is next.",
])
def test_extract_roles_round31_limits(extract_text, text):
    x = extract_text(text)
    assert not any(h == "tim talbot" for h, _, _ in roles_of(x)), roles_of(x)


def test_extract_roles_round31_former_president(extract_text):
    """A former head of state is written "former president X": the story's state holds the office."""
    x = extract_text("Georgia held elections. Georgia's voters chose. The former president Tim Talbot voted.")
    assert ("tim talbot", "georgia") in [(h, o) for h, _, o in roles_of(x)], roles_of(x)


def test_extract_actors_round31_described_firm(extract_text):
    """A firm after a word for its kind, which the model did not tag."""
    x = extract_text("Others will be watching the trials. \"If the bandwidth is there then ISPs will buy it,\" said "
                     "Jane Roe, a research director at analyst firm IDC. Others will watch.")
    assert mention_keys(x).get("IDC") and all(c == "Organization" for _, c in mention_keys(x)["IDC"]), mention_keys(x)
    assert ("jane roe", "director", "idc") in roles_of(x), roles_of(x)


@pytest.mark.parametrize("text,name", [
    ("The company In 2004 was sold to Acme Corp.", "In"),
    ("Labour Students chairman Tim Talbot spoke.", "Labour"),
])
def test_extract_actors_round31_limits(extract_text, text, name):
    """No firm from a function word after "company"; a party's own body keeps its name."""
    assert name not in mention_keys(extract_text(text))


def test_extract_claims_round31_named_title(extract_text):
    """"Shadow spokesman for sport X said": the speaker is X, not an unnamed spokesman; "a spokesman
    for X" still speaks for X."""
    x = extract_text("Sport row\n\nShadow spokesman for sport Tim Talbot said the plan was wrong. "
                     "A spokesman for Jane Roe said the deal was off.")
    claimants = {x.document.text[c.start:c.end]: c.claimant for c in x.claims}
    assert claimants.get("the plan was wrong") == "tim talbot", claimants
    assert claimants.get("the deal was off") not in (None, "jane roe"), claimants


def test_extract_roles_round31_surname_of_another_state(extract_text):
    """A listed surname gives its state only when the story names that state."""
    x = extract_text("Vexland elected Tim Bush last year. President Bush said Vexland would recover.")
    assert ("bush", "united states") not in [(h, o) for h, _, o in roles_of(x)], roles_of(x)


@pytest.mark.parametrize("text,role", [
    # the name's own title is no field of the title before "for"
    ("A spokesman for Prime Minister Tony Blair said the plan was dead.", ("tony blair", "united kingdom")),
    # a mayor of the place named after the name
    ("The Mayor of London met his counterpart. Mayor Jane Roe of Paris said the talks went well.",
     ("jane roe", "paris")),
    # a party's portfolio that is a listed department
    ("Labour Home Office minister Tim Talbot said crime had fallen.", ("tim talbot", "home office")),
    # an MP in a story whose office holder named later implies the state
    ("MP Tim Talbot said the plan was wrong. Later, Prime Minister Tony Blair defended it.",
     ("tim talbot", "united kingdom")),
])
def test_extract_roles_round31_review(extract_text, text, role):
    x = extract_text(text)
    assert role in [(h, o) for h, _, o in roles_of(x)], roles_of(x)


@pytest.mark.parametrize("text", [
    "Sources close to Chancellor Tim Talbot said the plan was dead.",
    "Aides to President Tim Talbot said the plan was dead.",
    "Lawyers for jailed businessman Tim Talbot said the plan was dead.",
])
def test_extract_claims_round31_spoken_for(extract_text, text):
    """A group that speaks for a named person is not that person."""
    x = extract_text(text)
    assert all(c.claimant != "tim talbot" for c in x.claims), [c.claimant for c in x.claims]


def test_extract_roles_round31_no_union_boss_of_the_firm(extract_text):
    x = extract_text("Acme Corp will cut 500 jobs. Acme Corp said sales fell and Acme Corp shares dropped. "
                     "The cuts are bad, union boss Tim Talbot said.")
    assert not any(h == "tim talbot" for h, _, _ in roles_of(x)), roles_of(x)


def test_extract_claims_round31_quote_after_aside(extract_text):
    """A quotation with no cue goes on with the reported speech of the paragraph's speaker across
    an aside of the writer's that names no one; not across an aside that names another person."""
    x = extract_text("Acme Rovers may list its shares.\n\nMr Tim Talbot said that he feared there might now be too "
                     "many games on television. Since 1992, league clubs have seen their income from "
                     "television soar. \"Television has been the driving force over the past ten years. We must "
                     "improve.\"\n\nKamal Varma said that ticket prices were too high. Since 1992, Jane Roe has run "
                     "the league. \"Prices have gone up every year since then and fans are angry.\"")
    claimants = {x.document.text[c.start:c.end][:20]: c.claimant for c in x.claims}
    assert claimants.get("Television has been ") == "tim talbot", claimants
    assert claimants.get("Prices have gone up ") != "kamal varma", claimants


def test_extract_actors_round31_occasions(extract_text):
    """Prizes and competitions with no head word of an occasion are no actors; a person named
    Oscar is one."""
    x = extract_text("The Oscars will be held in Los Angeles. Wales won a Grand Slam in the Six Nations. "
                     "Acme Rovers top the Premiership. Oscar Talbot was there.")
    names = mention_keys(x)
    assert not {"Oscars", "Grand Slam", "a Grand Slam", "Six Nations", "Premiership"} & set(names), names
    assert ("oscar talbot", "Person") in names.get("Oscar Talbot", set()), names


def test_extract_roles_round31_country_vice_president(extract_text):
    """"the country's vice president X": a lower-case title of the state the story is about."""
    x = extract_text("Brazil's economy grew. Brazil exports more and Brazil's firms hire. The country's vice "
                     "president Tim Talbot said so.")
    assert ("tim talbot", "brazil") in [(h, o) for h, _, o in roles_of(x)], roles_of(x)
