"""Claimants (round 29, from the development set 16 misses): the sex a first name almost always
names decides "he" or "she" when no title tells; a quotation opening a sentence after someone
else is introduced as the subject is theirs ("Earlier X defended the plans. “...,” he told
MPs"), unless it names them or its cue goes on ("he added"); a name the model missed before "is"
and a post only a person holds ("X is senior benefit officer"); a name the parser joined to the
noun before "and" ("... at Oldham and Roe has stated"); a single unnamed trader, dealer or broker.
Invented sentences; none from the seeds or the corpus."""
from __future__ import annotations

import pytest


def _claims(x) -> list[tuple[str, str, str]]:
    """(claimant, cue, content) of every claim; an unnamed source by its phrase."""
    text = x.document.text
    phrases = {m.key: m.text for m in (*x.mentions, *x.implied) if m.category == "UnnamedSource"}
    return [(phrases.get(c.claimant, c.claimant), c.cue, text[c.start:c.end]) for c in x.claims]


def _claimant_of(x, words: str) -> str | None:
    return next((c for c, _, content in _claims(x) if words in content), None)


@pytest.mark.parametrize("text,words,claimant", [
    # a first name tells the sex when nothing else does: "he" is not the woman who spoke last
    ('Margaret Okafor said innocent people would suffer. Earlier chief constable Tim Talbot questioned the powers. '
     '"If a fight takes place, whom do you blame?" he asked on the radio.', "If a fight takes place", "tim talbot"),
    ('Tim Talbot said the plan was sound. Margaret Okafor spoke later. "It will not work," she said.',
     "It will not work", "margaret okafor"),
    # someone introduced as the subject of the sentence before speaks the quotation that follows
    ('Minister Kamal Varma said the government was tackling the problem. Earlier Tim Talbot defended the plans '
     'against criticism.\n\n"My view of this is very clear: we should have the same freedom," he told MPs.',
     "My view of this is very clear", "tim talbot"),
    # a name the model missed, said to hold a post, speaks after "He said:"
    ('The chancellor has said the cuts will pay for more teachers. Piers Vexley is senior benefit officer at the '
     'Acme Corp office in Cardiff. He said: "Most people stayed away because of the threat to their jobs."',
     "Most people stayed away", "piers vexley"),
    # the parser joined the speaker to the place before "and"
    ("He was linked with the manager's job at Oldham and Kamal Varma has stated he would not stand in the way.",
     "he would not stand in the way", "kamal varma"),
    # a title of a named organization whose cue goes on: the latest speaker goes on
    ('Acme Rovers need a new coach. "He would be the outstanding candidate," said Tim Talbot. "He knows what he is '
     'doing." The Acme boss continued: "It is a job that needs a lot of experience."',
     "It is a job that needs a lot of experience", "tim talbot"),
    # one dealer, and "he" after him
    ('"It is a result," said Tim Talbot, an analyst at Vexo Securities. However, one dealer, who asked not to be '
     'named, told reporters the sales were "not what people had hoped for". "Christmas has been tough for the '
     'whole sector," he said.', "Christmas has been tough", "one dealer"),
])
def test_extract_claims_round29_speakers(extract_text, text, words, claimant):
    x = extract_text(text)
    assert _claimant_of(x, words) == claimant, _claims(x)


@pytest.mark.parametrize("text,words,claimant", [
    # the quotation names the person introduced: the speaker before goes on
    ('"We need quality players," said Tim Talbot. Meanwhile, Talbot has rapped his captain Kamal Varma. '
     'Varma spoke of his dislike of the rivals. "I\'ve had a quiet word with Kamal. It has been said within the '
     'group," he told the club\'s website.', "I've had a quiet word", "tim talbot"),
    # "he added" goes on with the latest speaker, whoever the sentence before is about
    ('"We need quality players," said Tim Talbot. Kamal Varma joined the club in May. '
     '"We will be pushing for the title," he added.', "We will be pushing for the title", "tim talbot"),
    # the quotation talks about the person introduced: the speaker before goes on
    ('"It is a sad day," said chairman Tim Talbot. Kamal Varma was sacked on Monday. "We wish him well," he said.',
     "We wish him well", "tim talbot"),
    # "also said" goes on
    ('"It is a sad day," said chairman Tim Talbot. Kamal Varma scored twice. "We always knew we could win here," '
     'he also said.', "We always knew we could win", "tim talbot"),
    # a surname first (East Asian names) tells no sex
    ('Jack Straw met his counterpart Li Zhaoxing on Monday. Li Zhaoxing said the ban was politically driven. '
     '"It is a relic of the Cold War," he told reporters.', "It is a relic of the Cold War", "li zhaoxing"),
    # a title says more than a first name: "Mr" makes Hilary-like names plain
    ('Mr Jordan Talbot said the plan was sound. Ms Kamala Roe disagreed. "It will not work," he said.',
     "It will not work", "jordan talbot"),
])
def test_extract_claims_round29_limits(extract_text, text, words, claimant):
    x = extract_text(text)
    assert _claimant_of(x, words) == claimant, _claims(x)


def test_extract_actors_round29_described_person(extract_text):
    """"X is senior benefit officer": X is a person; a firm said to be an adviser, a manager or an
    auditor is none."""
    x = extract_text("Piers Vexley is senior benefit officer at the Acme Corp office. Vexo Partners is adviser to "
                     "Acme on the deal. Roe Capital is manager of the fund. Talbot Associates is auditor of the charity.")
    persons = {m.text for m in x.mentions if m.category == "Person"}
    assert "Piers Vexley" in persons
    assert not persons & {"Vexo Partners", "Roe Capital", "Talbot Associates"}


def test_first_names_data():
    """The first names file: lower case, one sex each, names given to both sexes left out."""
    from kg.resources import first_names

    names = first_names()
    assert len(names) > 4000
    assert set(names.values()) == {"m", "f"}
    assert all(name == name.lower() and name.isalpha() for name in names)
    assert names["tessa"] == "f" and names["steve"] == "m"
    assert names["piers"] == "m" and names["niamh"] == "f"  # British and Irish names the US lists lack
    # names both sexes bear, names of men abroad that the US lists give to women, East Asian surnames
    assert not {"hilary", "sam", "kim", "jo", "chris", "yuri", "sacha", "li", "wen"} & set(names)
