"""Direct quotations and their speakers (round 25): verbs that report only a quotation next to
them ("continued", "asked", "read"), an inverted speaker the parser tore apart ("“...,” said
shadow health secretary Jane Roe"), "one of their lawyers, Jane Roe", a name set off by commas
before the cue, a participle that only frames the cue (no second claim), a speaker the model did
not tag as a person, an epithet after an inverted cue, and "reportedly". Invented sentences;
none from the seeds or the corpus."""
from __future__ import annotations

import pytest

from test_extract_claims_claimants import _claims, _has


@pytest.mark.parametrize("text,claimant,cue,words", [
    # verbs that report only a quotation next to them
    ('Jane Roe spoke after the vote. Roe continued: "If the board has indeed sold the land, it is a big loss for '
     'the town."', "jane roe", "continued", "If the board has indeed sold the land"),
    ('Tony Okafor spoke after the vote. "We have a lot of work to do before the final," Okafor continued.',
     "tony okafor", "continued", "We have a lot of work to do"),
    ('Jane Roe rose to speak. Roe asked: "How can they cut crime when they are fighting each other?"',
     "jane roe", "asked", "How can they cut crime"),
    ('Acme Corp sacked the player. A statement from Acme Corp read: "We have a zero tolerance policy on drugs."',
     "acme corp", "read", "We have a zero tolerance policy"),
    # an inverted speaker the parser tore apart ("shadow" read as a verb)
    ('Vexo Holdings unveiled its plans. "This is typical of Vexo hypocrisy," said shadow local government '
     'secretary Kamal Varma.', "kamal varma", "said", "This is typical of Vexo hypocrisy"),
    # one of a group, named after a comma
    ('The appeal was heard on Monday. "A decision is now expected by around mid-March," said one of their '
     'lawyers, Kamal Varma.', "kamal varma", "said", "A decision is now expected"),
    # a name set off by commas right before the cue, which the parser did not make its subject
    ('Acme chief executive, Jane Roe, said: "This was more talk from Tim Talbot."', "jane roe", "said",
     "This was more talk from Tim Talbot"),
    # speakers the model took for a work of art
    ('Acme Rovers won again. "It is a special game for the whole city, and we are ready," Tavo Ribeirinho added.',
     "tavo ribeirinho", "added", "It is a special game for the whole city"),
    ('Acme Rovers won again. "It is a special game for the whole city, and we are ready," Zanettinho added.',
     "zanettinho", "added", "It is a special game for the whole city"),
    # an epithet after an inverted cue, with a relative clause set off by a comma: the person just named
    ('Jane Roe won in Paris. "It is a very hard record to break," said the world indoor champion, who hopes to '
     'get closer this season.', "jane roe", "said", "It is a very hard record to break"),
    # a quoted question, then where or when it was asked
    ('Jane Roe is a fan. "Will I have as much energy to go through a major championship?" Roe asked in the New '
     'Year.', "jane roe", "asked", "Will I have as much energy"),
    # "reportedly": an unspecified source, or the outlet whose report the sentence before gave
    ("Acme Corp is reportedly working on a rival offer for Vexo Holdings.", "reportedly", "reportedly",
     "Acme Corp is reportedly working on a rival offer"),
    ("Tim Talbot and Jane Roe met in Leeds, according to the Lebanese newspaper al-Vexo. They reportedly agreed "
     "that an attack on one ally is an attack on all.", "vexo", "reportedly", "They reportedly agreed"),
])
def test_extract_claims_round25_quotation_speakers(extract_text, text, claimant, cue, words):
    x = extract_text(text)
    assert _has(x, claimant, cue, words), _claims(x)


@pytest.mark.parametrize("text", [
    'Responding to the speech, Jane Roe said: "This was more talk from Tim Talbot."',
    'Confirming the deal, Jane Roe said: "We must act now."',
])
def test_extract_claims_round25_framing_participle_is_no_second_claim(extract_text, text):
    x = extract_text(text)
    assert [q for _, q, _ in _claims(x)] == ["said"], _claims(x)


def test_extract_claims_round25_participle_with_its_own_content_stays(extract_text):
    x = extract_text("Jane Roe added that prices rose, stressing that the plan had worked.")
    assert _has(x, "jane roe", "stressing", "the plan had worked"), _claims(x)


@pytest.mark.parametrize("text,cue", [
    ("Jane Roe agreed that the deal was unfair.", "agreed"),
    ("Jane Roe asked whether the deal was fair.", "asked"),
    ("Tim Talbot read that the deal was unfair.", "read"),
    ("Prices continued to rise in March, and the bank continued its review.", "continued"),
    # an infinitive after the verb: the verb after it is the cue
    ('"We did nothing wrong," Jane Roe continued to argue in court.', "continued"),
])
def test_extract_claims_round25_quote_only_cues_need_a_quotation(extract_text, text, cue):
    x = extract_text(text)
    assert not any(q == cue for _, q, _ in _claims(x)), _claims(x)


@pytest.mark.parametrize("text,claimant,words", [
    # only the clause "reportedly" modifies, not a coordinated clause of its own
    ("The man was reportedly shot in the leg, and police are now investigating the attack.", "reportedly",
     "The man was reportedly shot in the leg"),
])
def test_extract_claims_round25_hearsay_is_its_own_clause(extract_text, text, claimant, words):
    x = extract_text(text)
    assert [(c, t) for c, q, t in _claims(x) if q == "reportedly"] == [(claimant, words)], _claims(x)


def test_extract_claims_round25_hearsay_with_a_named_source_is_that_sources(extract_text):
    x = extract_text("The company reportedly paid 5 million dollars to settle the case, according to the BBC.")
    assert [q for _, q, _ in _claims(x)] == ["according to"], _claims(x)


@pytest.mark.parametrize("text", [
    # a restrictive relative clause picks out someone else
    'Jane Roe won in Paris. "It is a very hard record to break," said the champion who beat her.',
    # so does a clause set off by commas that names the one just named
    'Jane Roe lost in the final on Sunday. "I was delighted," said the champion, who beat Roe in straight sets.',
    # a title tied to a body is no description of the latest speaker
    'Jane Roe praised her players. "It was a great win," she said. The opposition leader said: "This is a disgrace."',
])
def test_extract_claims_round25_epithet_limits(extract_text, text):
    x = extract_text(text)
    assert not any(c == "jane roe" and "great win" not in t for c, _, t in _claims(x)), _claims(x)


def test_extract_claims_round25_one_of_a_group_by_surname(extract_text):
    x = extract_text("Kamal Varma and Jane Roe represent the family. One of their lawyers, Varma, said the family "
                     "would appeal against the ruling.")
    assert _has(x, "kamal varma", "said", "the family would appeal"), _claims(x)


@pytest.mark.parametrize("text,name,category", [
    # a listed place of two words stays a place
    ('"We will not sign the treaty," said Hong Kong.', "Hong Kong", "Place"),
    # a club named like a town is no person, whatever speaks for it: an unlisted one stays what the
    # model made of it, a listed one is an organization
    ('"We are ready to talk," Wexham City said.', "Wexham City", "Place"),
    ('"We are ready to talk," Manchester City said.', "Manchester City", "Organization"),
])
def test_extract_actors_round25_speaker_names_that_stay_what_they_are(extract_text, text, name, category):
    x = extract_text(text)
    assert {m.category for m in x.mentions if m.text == name} == {category}, x.mentions
