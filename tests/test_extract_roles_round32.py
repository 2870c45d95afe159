"""Roles and actors round 32: a party named by its adjective before a post ("Liberal Democrat
leader X", "Democratic Senator X", "X, a Republican senator"), but not inside another party's name.
Invented sentences (and invented people); none from the seeds or the corpus."""
from __future__ import annotations

import pytest

from conftest import mention_keys, roles_of


@pytest.mark.parametrize("text,role", [
    ("Liberal Democrat leader Tim Talbot said the plan was wrong.", ("tim talbot", "leader", "liberal democrats")),
    ("The Liberal Democrat chairman Tim Talbot agreed.", ("tim talbot", "chairman", "liberal democrats")),
    ("Democratic Senator Tim Talbot said the proposals were flawed.", ("tim talbot", "Senator", "democratic party")),
    ("Tim Talbot, a Republican Senator, said he was pleased.", ("tim talbot", "Senator", "republican party")),
])
def test_extract_roles_round32_party_adjective(extract_text, text, role):
    x = extract_text(text)
    assert role in roles_of(x), roles_of(x)


@pytest.mark.parametrize("text,word", [
    ("Christian Democrat leader Jane Roe won the vote in Germany.", "Democrat"),
    ("Social Democratic MPs backed the plan.", "Democratic"),
    ("The Republican Guard fired on the crowd.", "Republican"),
])
def test_extract_actors_round32_party_adjective_inside_name(extract_text, text, word):
    """A party's adjective inside another name is not that party."""
    x = extract_text(text)
    keys = mention_keys(x).get(word, set())
    assert not {k for k, _ in keys} & {"democratic party", "republican party"}, mention_keys(x)


@pytest.mark.parametrize("text,role", [
    # a rugby centre of the side named before the post
    ("Vexford Rovers centre Tim Talbot limped off with an ankle injury.", ("tim talbot", "vexford rovers")),
])
def test_extract_roles_round32_positions(extract_text, text, role):
    x = extract_text(text)
    assert role in [(h, o) for h, _, o in roles_of(x)], roles_of(x)


@pytest.mark.parametrize("text", [
    # a film director's nationality says where the director is from
    "The documentary was made by British director Tim Talbot.",
    # the name's own verb after an age is no apposition
    "Tim Talbot, 30, had set his sights on an international career with Wales.",
    # the side played against is no employer
    "Bath coach Jane Roe was pleased. Tim Talbot, who started at fly-half against Bath, limped off.",
])
def test_extract_roles_round32_limits(extract_text, text):
    x = extract_text(text)
    assert not any(h in ("tim talbot", "talbot") for h, _, _ in roles_of(x)), roles_of(x)


def _claimants(x):
    return [(x.document.text[c.start:c.end], c.claimant) for c in x.claims]


def test_extract_claims_round32_administrators(extract_text):
    """"the administrator" takes up the firm named after "administrators"; "It said" after it too,
    and not the outlet it spoke to."""
    x = extract_text("Acme Games has sacked 100 staff. \"We knew there were going to be redundancies,\" said Jane Roe, "
                     "one of the developers sacked by Acme Games.\n\nAcme Games called in administrators Vexo Partners on "
                     "Friday. The administrator told BBC News Online that the costs of restructuring would be too high. "
                     "It said it was hopeful that it could save some 110 jobs.")
    found = dict(_claimants(x))
    assert found.get("the costs of restructuring would be too high") == "vexo partners", _claimants(x)
    assert found.get("it was hopeful that it could save some 110 jobs") == "vexo partners", _claimants(x)


def test_extract_claims_round32_it_not_the_outlet_spoken_to(extract_text):
    x = extract_text("The administrators told BBC News Online that the firm had run out of cash. It warned it was heading "
                     "for losses of £6m.")
    assert "bbc news online" not in {c for _, c in _claimants(x)}, _claimants(x)


@pytest.mark.parametrize("text,claimant", [
    ("The Sunday Telegraph said the plan was further evidence that Acme Corp wants to keep control.", "sunday telegraph"),
])
def test_extract_claims_round32_claimant(extract_text, text, claimant):
    x = extract_text(text)
    assert claimant in {c for _, c in _claimants(x)}, _claimants(x)


def test_extract_actors_round32_game_makers():
    """A name after "game makers," is a firm's, though the model took it for a person's (the model
    tags invented names unreliably, so the classifying rule is called directly)."""
    from kg.extract.actors.kinds import cue_kind

    text = "One of Britain's largest independent game makers, Vexo Games, has been put up for sale."
    start = text.index("Vexo")
    assert cue_kind(text, start, start + len("Vexo Games"), person=True) == "Company"
    text = "He praised the film makers, Tim Talbot said."
    start = text.index("Tim")
    assert cue_kind(text, start, start + len("Tim Talbot"), person=True) is None


def test_extract_claims_round32_introduced_group(extract_text):
    """"The group says" after "A group of MPs has ...": that group speaks, unnamed (no claim was made)."""
    x = extract_text("A group of MPs has published a plan for reform.\n\nThe group says it can win support for the plan.")
    found = dict(_claimants(x))
    assert "it can win support for the plan" in found and found["it can win support for the plan"].startswith("unnamed"), \
        _claimants(x)


def test_extract_actors_round32_starred_in(extract_text):
    """Titles after "starred in" are works, not actors; a listed place stays one."""
    x = extract_text("Jane Roe starred in Vexo Nights and Dark Harbour Blues. Tim Talbot starred in London last year.")
    keys = mention_keys(x)
    assert "Vexo Nights" not in keys and "Dark Harbour Blues" not in keys and "London" in keys, keys


def test_extract_claims_round32_title_matched_whole(extract_text):
    """"The foreign secretary" is not the person named after "home secretary"."""
    x = extract_text("Tim Talbot attacked the ruling on Monday. The ruling came on home secretary Jane Roe's first day.\n\n"
                     "The foreign secretary insisted it was for Parliament to decide.")
    assert ("it was for Parliament to decide", "jane roe") not in _claimants(x), _claimants(x)


def test_extract_round32_review(extract_text):
    """Points the review found broken in the first version."""
    x = extract_text("Democrat Jane Roe said the plan was bad. Kamal Varma, 45, has been chairman of Acme Corp since "
                     "2001. Tim Talbot starred in Vexford's 3-0 win over Acme Rovers.")
    keys = mention_keys(x)
    assert ("democratic party", "Organization") in keys.get("Democrat", set()), keys
    assert ("kamal varma", "chairman", "acme corp") in roles_of(x), roles_of(x)
    assert "Vexford" in keys, keys
    from kg.extract.actors.kinds import cue_kind

    text = "Leading British computer games maker Jane Roe has been made an OBE."
    assert cue_kind(text, text.index("Jane"), text.index("Jane") + 8, person=True) is None
