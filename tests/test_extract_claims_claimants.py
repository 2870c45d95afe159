"""Claimants (round 24): who speaks when the parse or the tagger hides it, and whose word a
document is. An inverted speaker the parser took for the object ("“...,” added Roe"), a speaker
who "went on", a surname read as a modal ("“...,” May wrote"), the verb "hope" the lemmatizer
read as "hop", a pronoun inside a quotation (never its speaker), a quotation closed by "she said"
after an unnamed spokeswoman, the letters and a cleric's style around a name ("Ken Roe QC", "the
Rt Rev Dr Jane Roe"), a bare "the Bishop" for the person named with that title, a report's
owner, and the span of an unnamed source. Invented sentences; none from the seeds or the corpus."""
from __future__ import annotations

import pytest


def _claims(x) -> list[tuple[str, str, str]]:
    """(claimant, cue, content) of every claim; an unnamed source by its phrase."""
    text = x.document.text
    phrases = {m.key: m.text for m in (*x.mentions, *x.implied) if m.category == "UnnamedSource"}
    return [(phrases.get(c.claimant, c.claimant), c.cue, text[c.start:c.end]) for c in x.claims]


def _has(x, claimant: str, cue: str, words: str) -> bool:
    return any(c == claimant and q == cue and words in content for c, q, content in _claims(x))


@pytest.mark.parametrize("text,claimant,cue,words", [
    # the parser took the inverted speaker for the object of the cue
    ('Tim Talbot spoke after the match. A win on Saturday would take Acme Rovers through to the final. '
     '"It is the player\'s choice but the fact that we have been playing well is an incentive," added Talbot. '
     '"We want players who are committed."', "tim talbot", "added", "It is the player's choice"),
    # "went on" opens or closes a quotation
    ('Tim Talbot spoke to reporters. He went on: "We will not stop there, and the board knows it."',
     "tim talbot", "went on", "We will not stop there"),
    ('Tim Talbot spoke to reporters. "We will not stop there, and the board knows it," he went on.',
     "tim talbot", "went on", "We will not stop there"),
    # a surname that is also a modal verb, after a quotation
    ('Jonathan May has said he expects to tour. "We were so amazed at the response," May wrote on his website.',
     "jonathan may", "wrote", "We were so amazed at the response"),
    # "hopes" is the verb "hope", not "hop"
    ("Acme Rovers manager Tim Talbot hopes a place in the final could keep his players at the club.",
     "tim talbot", "hopes", "a place in the final could keep his players at the club"),
    # "she said" after a quotation goes with the unnamed spokeswoman who spoke just before, not
    # with the person named before her
    ('Tim Talbot said the deal was done. A spokeswoman for Acme Corp said the books would include novels. '
     '"Important works will be made available to everyone," she said.',
     "spokeswoman for Acme Corp", "said", "Important works will be made available"),
    # letters after a name the model took for an organization
    ("The chairman of the Bar Council, Guy Harland QC, warned there was a real risk that people would be driven away.",
     "guy harland", "warned", "there was a real risk"),
    # a cleric's style before the name, and "the Bishop" for the person named with that title
    ('The Bishop of Wexham, the Rt Rev Dr Tim Talbot, described the novel as a "great thriller". '
     "The book has sold well. The Bishop said there was no evidence for its claims.",
     "tim talbot", "said", "there was no evidence"),
    # a report speaks for its owner when the story names who wrote or commissioned it
    ("Sales will double by 2010, according to a report by analysts Vexo Research. "
     "The growth will be driven by emerging markets, the report predicted.", "vexo research", "predicted",
     "The growth will be driven by emerging markets"),
    ("Computer users ignore warnings about spam, a report suggests. The Business Software Guild commissioned "
     "the report from a market research firm.", "business software guild", "suggests", "Computer users ignore warnings"),
    # the span of an unnamed source: a compound's own words, and "close to" what they know
    ("A Cabinet Office spokeswoman said the move was not about the new laws.", "Cabinet Office spokeswoman",
     "said", "the move was not about the new laws"),
    ("Acme Corp plans to shift production to China, sources close to the negotiations said.",
     "sources close to the negotiations", "said", "Acme Corp plans to shift production"),
])
def test_extract_claims_round24_claimants(extract_text, text, claimant, cue, words):
    x = extract_text(text)
    assert _has(x, claimant, cue, words), _claims(x)


def test_extract_claims_round24_pronoun_inside_a_quotation(extract_text):
    # inside Tim Talbot's quotation "he" is the man he talks about, not Talbot himself
    x = extract_text('Tim Talbot said Kamal Varma had complained about the budget. Talbot went on: '
                     '"He does not stop there. He thinks the finance director is weak."')
    assert _has(x, "kamal varma", "thinks", "the finance director is weak"), _claims(x)
    assert _has(x, "tim talbot", "went on", "He does not stop there"), _claims(x)


def test_extract_actors_round24_letters_and_styles(extract_text):
    x = extract_text("Guy Harland QC said the case was weak. The Rt Rev Dr Tim Talbot said it was laughable.")
    people = {(m.text, m.category) for m in x.mentions}
    assert ("Guy Harland", "Person") in people and ("Tim Talbot", "Person") in people, people
    assert not any(m.text in ("Rt Rev Dr", "Dr", "Rt Rev") for m in x.mentions), people


@pytest.mark.parametrize("text,cue", [
    ("Tim Talbot went on holiday to Spain.", "went on"),             # no speech
    ("Acme Rovers went on to win the cup.", "went on"),              # carrying on, no quotation
    ("Tim Talbot scored twice. Talbot went on: three more goals followed in the next match.", "went on"),
])
def test_extract_claims_round24_limits(extract_text, text, cue):
    x = extract_text(text)
    assert not any(q == cue for _, q, _ in _claims(x)), _claims(x)


@pytest.mark.parametrize("text,claimant,cue,words", [
    # another study of the same kind is not the one whose owner was named
    ("A study by Vexo University found that coffee was safe. Another study found that it raised blood pressure.",
     "study", "found", "it raised blood pressure"),
    # "the report" takes up the latest report, not a study named in between
    ("A report by the Vexo Institute said taxes would rise. A separate study by Acme University found they would "
     "not. The report also said spending would fall.", "vexo institute", "said", "spending would fall"),
    # a quotation attributed after its close is its own speaker's, whoever spoke before
    ('Tim Talbot said the club was fine. "He says the club is fine, but it is broke," said Jane Roe.',
     "tim talbot", "says", "the club is fine"),
    # "she said" after a spokeswoman who did not speak: the woman who did
    ('Jane Roe said the fire started at night. A spokeswoman for the fire service rescued her cat. '
     '"I was terrified," she said.', "jane roe", "said", "I was terrified"),
])
def test_extract_claims_round24_review_cases(extract_text, text, claimant, cue, words):
    x = extract_text(text)
    assert _has(x, claimant, cue, words), _claims(x)


@pytest.mark.parametrize("text", [
    # the model's PERSON tags on a firm's cut-short name are no evidence of a person
    "Shares in Orbis Vantor rose on Monday. Vantor said profits had doubled.",
    "Shares in Orbis Vantor rose on Monday. Vantor said profits had doubled. Vantor added that it would hire 200 staff.",
])
def test_extract_actors_round24_firm_named_as_a_person_stays_a_firm(extract_text, text):
    x = extract_text(text)
    assert {m.category for m in x.mentions if "Vantor" in m.text} == {"Organization"}


def test_extract_actors_round24_station_band_is_no_person(extract_text):
    x = extract_text("Capital Gold AM said it would close its studio in Leeds.")
    assert not any(m.category == "Person" and "Capital" in m.text for m in x.mentions), x.mentions
