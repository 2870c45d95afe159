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
