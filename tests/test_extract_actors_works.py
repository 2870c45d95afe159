"""Titles of works are no actors (films, songs, series), across a list of titles and the whole
story; a verb, a count or a clause after the noun names no work ("will play Arsenal", "not a
single X", "the hit Ford took"). Invented sentences and titles; none from the seeds or the corpus."""
from __future__ import annotations

import pytest


def _keys(x) -> set[str]:
    return {m.key for m in x.mentions}


@pytest.mark.parametrize("text,titles,actors", [
    ("In the TV categories, comedy series Marcus Hale and The Anna Brook Show will compete with Tim Talbot.",
     {"marcus hale", "anna brook show", "anna brook"}, {"tim talbot"}),
    ("The films Marcus Hale, Anna Brook and Tom Reyes are nominated, as is Lena Okafor.",
     {"marcus hale", "anna brook", "tom reyes"}, {"lena okafor"}),
    ("The re-release of hit song Rosa Delgado was out-selling Tim Talbot. Rosa Delgado sold 20,000 copies.",
     {"rosa delgado"}, {"tim talbot"}),
])
def test_extract_actors_titles_of_works_are_no_actors(extract_text, text, titles, actors):
    keys = _keys(extract_text(text))
    assert not keys & titles and actors <= keys, keys


@pytest.mark.parametrize("text,actors", [
    ("Chelsea will play Arsenal on Saturday.", {"chelsea", "arsenal"}),
    ("The recession hit Ford and Vauxhall hard.", {"ford", "vauxhall"}),
    ("Acme Corp will film Lars Okafor and Tim Talbot at the Vexo Arena next week.", {"lars okafor", "tim talbot"}),
    ("Not a single Okafor Alliance member voted for the plan.", {"okafor alliance"}),
    # a clause after the noun: the name is its subject, no title
    ("The hit Ford took from the strike was large.", {"ford"}),
    ("The drama Chelsea created in the final minute was huge.", {"chelsea"}),
    # a capitalized word of a name is no noun of a work
    ("Vexo Radio will be followed by two stations, Vexo Radio Drama Plus and Vexo Radio Gold.", {"vexo radio"}),
])
def test_extract_actors_no_work_without_a_noun_of_one(extract_text, text, actors):
    keys = _keys(extract_text(text))
    assert actors <= keys, keys


def test_extract_actors_a_list_after_one_title_is_no_list_of_titles(extract_text):
    keys = _keys(extract_text("He won the prize for the film Marcus Hale, and Lena Okafor thanked Tim Talbot."))
    assert "marcus hale" not in keys and {"lena okafor", "tim talbot"} <= keys, keys
