"""Events round 32 (from the development set 18 misses, set 18 retired, and the development sets'
misses by class): a pledge to resist is a refusal; talks suspended reduce relations; wanting to
cooperate states an intent; a lawsuit launched is disapproval; charges settled are a concession, charges denied a refusal; one's work with another is
cooperation; a leader toppled is coerced, one sent to prison arrested; the victim of a murder or a kidnapping is its patient; no event from a match called a clash, a price charged, or a
capitalized verb of a film's title.
Invented sentences (and invented people); none from the seeds or the corpus."""
from __future__ import annotations

import pytest


def _events(x):
    return [(e.kind, x.document.text[e.start:e.end], e.agent, e.target) for e in x.events]


@pytest.mark.parametrize("text,kind,agent", [
    ("Tim Talbot has pledged to contest the action.", "Reject", "tim talbot"),
    ("Tim Talbot vowed to fight back.", "Reject", "tim talbot"),
    ("Acme Corp's decision to suspend talks with Vexo Holdings angered its staff.", "ReduceRelations", "acme corp"),
    ("Tim Talbot wants to agree a deal with Acme Corp.", "ExpressIntentToCooperate", "tim talbot"),
    ("Acme Corp hopes to negotiate with Vexo Holdings.", "ExpressIntentToCooperate", "acme corp"),
    ("Acme Corp has settled charges from US federal regulators.", "Yield", "acme corp"),
    ("Tim Talbot strenuously denied the charges.", "Reject", "tim talbot"),
    ("Vexland broke off talks with Acme Corp.", "ReduceRelations", "vexland"),
    ("Acme Corp launched action against a new venture from Vexo Holdings.", "Disapprove", "acme corp"),
    ("Acme Corp said it was starting proceedings against the Vexo service.", "Disapprove", "acme corp"),
    ("Jane Roe's work with rappers Tim Talbot and Kamal Varma won praise.", "EngageInMaterialCooperation", "jane roe"),
])
def test_extract_events_round32_kinds(extract_text, text, kind, agent):
    x = extract_text(text)
    assert (kind, agent) in [(k, a) for k, _, a, _ in _events(x)], _events(x)


@pytest.mark.parametrize("text,kind", [
    ("Tim Talbot has pledged to contest the action.", "ExpressIntentToCooperate"),
    ("Tim Talbot wants to agree a deal with Acme Corp.", "SignAgreement"),
    ("The Vexford coach is worried about the Vexo Arena clash with Acme Rovers on Saturday.", "Fight"),
    ("Tim Talbot said it was absurd to charge farmers for the wage committees.", "Arrest"),
    # review: a denial of wrongdoing is a statement; other senses of the new words
    ("Acme Corp denied any wrongdoing.", "Reject"),
    ("Jane Roe vowed to fight terrorism and crime.", "Reject"),
    ("Tim Talbot vowed to fight for his place in the team.", "Reject"),
    ("Insurers have settled claims worth 5m after the floods.", "Yield"),
    ("Tim Talbot began work with Acme Corp in 1999.", "EngageInMaterialCooperation"),
    ("Troops were sent to the prison to end the riot.", "Arrest"),
    ("Vexland broke off talks with Acme Corp.", "Negotiate"),
])
def test_extract_events_round32_none(extract_text, text, kind):
    x = extract_text(text)
    assert kind not in {k for k, _, _, _ in _events(x)}, _events(x)


@pytest.mark.parametrize("text,kind", [
    ("Tim Talbot was toppled by a popular uprising in November.", "Coerce"),
    ("Tim Talbot has been sent to prison for three years.", "Arrest"),
    ("Tim Talbot was repeatedly denied bail.", "Reject"),
])
def test_extract_events_round32_patient(extract_text, text, kind):
    x = extract_text(text)
    assert (kind, "tim talbot") in [(k, t) for k, _, _, t in _events(x)], _events(x)


def test_extract_events_round32_victim(extract_text):
    """"the murder of X": X is murdered, not the murderer."""
    x = extract_text("Tim Talbot was charged with the murder of Jane Roe.")
    murders = [(a, t) for k, _, a, t in _events(x) if k == "Kill"]
    assert murders == [(None, "jane roe")], _events(x)


def test_extract_events_round32_limits(extract_text):
    """A clash of forces stays a fight; a charge of a crime stays an arrest; "wants to meet the
    deadline" meets no one."""
    x = extract_text("Police clashed with protesters. Tim Talbot was charged with fraud. Acme Corp wants to meet the "
                     "deadline. Jane Roe was at work with Kamal Varma when it happened.")
    kinds = [k for k, _, _, _ in _events(x)]
    assert "Fight" in kinds and "Arrest" in kinds and "ExpressIntentToCooperate" not in kinds, _events(x)
    assert "EngageInMaterialCooperation" not in kinds, _events(x)


@pytest.mark.parametrize("text,word,expected", [
    ("Jane Roe has returned to film, with roles in Dark Water and now Meet the Talbots.", "Meet", True),
    ("Tim Talbot Meets Jane Roe In Vexford", "Meets", False),  # a headline in title case
    ("Tim Talbot said: Meet me in Vexford.", "Meet", False),
])
def test_extract_events_round32_title_word(nlp, text, word, expected):
    """A verb capitalized inside a lower-case sentence is a word of a title (the rule is called on
    the parse directly, as the model tags invented titles unreliably)."""
    from kg.extract.events.contests import _title_word

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert _title_word(tok) is expected


@pytest.mark.parametrize("text,kind", [
    ("Acme Corp threatened to sue the newspaper.", "Threaten"),
    ("Police charged Tim Talbot for the attack on Jane Roe.", "Arrest"),
    ("Ten people died in the Vexo Park clashes.", "Fight"),
])
def test_extract_events_round32_review_kept(extract_text, text, kind):
    """Points the review found broken in the first version: these stay events of their class."""
    x = extract_text(text)
    assert kind in {k for k, _, _, _ in _events(x)}, _events(x)
