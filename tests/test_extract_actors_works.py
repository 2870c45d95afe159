"""Titles of works are no actors (films, songs, series), across a list of titles and the whole
story; a verb or an adjective of the same form names no work ("will play Arsenal"). Invented
sentences; none from the seeds or the held-out stories."""
from __future__ import annotations

import pytest


def _keys(x) -> set[str]:
    return {m.key for m in x.mentions}


@pytest.mark.parametrize("text,titles,actors", [
    ("In the TV categories, comedy series Early Doors and The Alan Clark Diaries will compete with Mike Leigh.",
     {"alan clark diaries", "early doors"}, {"mike leigh"}),
    ("The films Omagh, Sex Traffic and Hustle are nominated, as is Mike Leigh.",
     {"omagh", "sex traffic", "hustle"}, {"mike leigh"}),
    ("The re-release of hit song Jailhouse Rock was out-selling Steve Brockstein. Jailhouse Rock sold 20,000 copies.",
     {"jailhouse rock"}, {"steve brockstein"}),
    ("Mike Leigh directed the play The Vagina Monologues in London.", {"vagina monologues"}, {"mike leigh"}),
])
def test_extract_actors_titles_of_works_are_no_actors(extract_text, text, titles, actors):
    keys = _keys(extract_text(text))
    assert not keys & titles and actors <= keys, keys


@pytest.mark.parametrize("text,actors", [
    ("Chelsea will play Arsenal on Saturday.", {"chelsea", "arsenal"}),
    ("The recession hit Ford and Vauxhall hard.", {"ford", "vauxhall"}),
    ("Acme Corp will film Lars Okafor and Tim Talbot at the Vexo Arena next week.", {"lars okafor", "tim talbot"}),
    ("Not a single Conservative MP voted for the plan.", {"conservative party"}),
    # a capitalized word of a name ("Classic") is no noun of a work before the next name
    ("Virgin Radio will be followed by two digital stations, Virgin Radio Classic Rock and Virgin Radio Groove.",
     {"virgin radio"}),
])
def test_extract_actors_verb_of_a_work_noun_names_no_work(extract_text, text, actors):
    keys = _keys(extract_text(text))
    assert actors <= keys, keys


def test_extract_actors_a_list_after_one_title_is_no_list_of_titles(extract_text):
    keys = _keys(extract_text("He won the prize for the film Sideways, and Paul Giamatti thanked Mike Leigh."))
    assert "sideways" not in keys and {"paul giamatti", "mike leigh"} <= keys, keys
