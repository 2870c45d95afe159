"""Roles, events and claims on generic news sentences (none from the seeds): the rules must
generalize to actors and wording they were not written for."""
from __future__ import annotations

import pytest

from kg import nlp as nlp_stage
from kg.extract import extract
from kg.ingest import read

FRONT = "---\ntitle: Test\ndate: 2023-03-17\n---\n"  # a Friday


def _run(write_doc, nlp, text: str):
    (document, parsed), = nlp_stage.parse([read(write_doc("a.md", FRONT + text + "\n"))], nlp)
    return extract(document, parsed, extractor="test", run_started="2024-01-01T00:00:00Z")


@pytest.mark.parametrize("text,holder,title,org", [
    ("Jens Stoltenberg, secretary general of NATO, said on Tuesday that the alliance would send more troops.",
     "jens stoltenberg", "secretary general", "nato"),
    ("“We will not accept this ultimatum,” Kremlin spokesman Dmitry Peskov said.", "dmitry peskov", "spokesman", "kremlin"),
    ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday.",
     "recep tayyip erdogan", "President", "turkey"),
    ("Guests attended the swearing in of Emmanuel Macron as president of France.", "emmanuel macron", "president", "france"),
    ("Benjamin Netanyahu, who had lost a confidence vote, was sworn in as Israel's prime minister on Thursday.",
     "benjamin netanyahu", "prime minister", "israel"),
])
def test_extract_roles(write_doc, nlp, text, holder, title, org):
    x = _run(write_doc, nlp, text)
    assert any(r.holder == holder and r.title == title and r.organization == org for r in x.roles), x.roles
    for r in x.roles:
        assert x.document.text[r.start:r.end].endswith(x.document.text[r.start:r.end].strip())


@pytest.mark.parametrize("text,kind,agent,target,participants,place,date", [
    ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday.",
     "Meet", "recep tayyip erdogan", None, {"recep tayyip erdogan", "vladimir putin"}, "sochi", "2023-03-17"),
    ("Iran supplied the Houthis with drones and missiles in 2019.",
     "TransferWeapons", "iran", "houthis", {"iran", "houthis"}, None, "2019"),
    ("The United States imposed sanctions on Venezuela last month.",
     "Sanction", "united states", "venezuela", {"united states", "venezuela"}, None, "2023-02"),
    # object control, a capital standing for its government, "it", and "the movement" referring back
    ("The Muslim Brotherhood's criticism angered Ankara, prompting it to cut off its financial support to the movement.",
     "ReduceSupport", "turkey", "muslim brotherhood", {"turkey", "muslim brotherhood"}, None, None),
    # "the sides": the two parties named just before
    ("Qatar and Egypt met in Doha in 2020, years after the sides broke off their diplomatic ties.",
     "BreakRelations", "qatar", None, {"qatar", "egypt"}, None, None),
    ("Ties between India and China were damaged by the clashes.",
     "ReduceRelations", None, None, {"india", "china"}, None, None),
    ("Saudi Arabia expressed its readiness to help Yemen.",
     "ExpressIntentToCooperate", "saudi arabia", None, {"saudi arabia"}, None, None),
    ("Narendra Modi's party won the election in 2019.", "Elect", "narendra modi", None, {"narendra modi"}, None, "2019"),
    ("Canada will lift its sanctions on Iran.", "Yield", "canada", None, {"canada"}, None, None),
    ("Emmanuel Macron flew to Kyiv on Friday.", "Visit", "emmanuel macron", None, {"emmanuel macron"}, "kyiv", "2023-03-17"),
])
def test_extract_events(write_doc, nlp, text, kind, agent, target, participants, place, date):
    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if e.kind == kind]
    assert found, x.events
    e = found[0]
    assert (e.agent, set(e.participants), e.place, e.date.value if e.date else None) == (agent, participants, place, date)
    if target:
        assert e.target == target
    assert x.document.text[e.start:e.end] in text


@pytest.mark.parametrize("text", ["Officials said the two leaders did not meet in Geneva."])
def test_extract_negated_event_is_not_a_fact(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.kind == "Meet"]
    assert x.claims  # but the statement is kept as a claim


@pytest.mark.parametrize("text,claimant,cue,stance,quoted,content", [
    ("Jens Stoltenberg, secretary general of NATO, said on Tuesday that the alliance would send more troops to Poland.",
     "jens stoltenberg", "said", "Expects", False, "the alliance would send more troops to Poland"),
    ("According to Reuters, the tanker was seized by Iranian forces near the Strait of Hormuz.",
     "reuters", "according to", "Asserts", False, "the tanker was seized by Iranian forces near the Strait of Hormuz"),
    ("“We will not accept this ultimatum,” Kremlin spokesman Dmitry Peskov said.",
     "dmitry peskov", "said", "Expects", True, "We will not accept this ultimatum"),
])
def test_extract_claims(write_doc, nlp, text, claimant, cue, stance, quoted, content):
    x = _run(write_doc, nlp, text)
    c = next(c for c in x.claims if c.claimant == claimant)
    assert (c.cue, c.stance, c.quoted, x.document.text[c.start:c.end]) == (cue, stance, quoted, content)


@pytest.mark.parametrize("text,date", [("Jens Stoltenberg said on Tuesday that the alliance would send more troops.", "2023-03-14")])
def test_extract_claim_statement_date_is_resolved_against_publication(write_doc, nlp, text, date):
    x = _run(write_doc, nlp, text)
    assert x.claims[0].date.value == date


@pytest.mark.parametrize("text", ["Western officials said Moscow would retaliate against the sanctions."])
def test_extract_unnamed_source(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    c = x.claims[0]
    source = next(m for m in x.mentions if m.key == c.claimant)
    assert source.category == "UnnamedSource" and source.text == "Western officials"


@pytest.mark.parametrize("text", ["The newspaper reported that Putin told Erdogan that the grain deal was dead."])
def test_extract_nested_attribution_is_a_chain(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    outer = next(i for i, c in enumerate(x.claims) if c.cue == "reported")
    inner = next(c for c in x.claims if c.cue == "told")
    assert inner.claimant == "vladimir putin" and inner.relayed_by == outer
    assert x.document.text[inner.start:inner.end] == "the grain deal was dead"


# -- events: general news vocabulary, phrasal verbs and modality (issue 3) ---------------------------
@pytest.mark.parametrize("section", ["verbs", "nouns", "phrasal"])
def test_extract_event_lexicon_classes_are_ontology_classes(section):
    """Every class of kg/data/events.yaml is an event class of the ontology, and no lemma has two classes."""
    import yaml
    from rdflib import RDFS, Graph, Literal

    from kg.resources import event_lexicon_file, ontology_turtle

    g = Graph().parse(data=ontology_turtle(), format="turtle")
    event = next(g.subjects(RDFS.label, Literal("Event", lang="en")))
    classes = {str(c).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for c in g.transitive_subjects(RDFS.subClassOf, event)}
    data = yaml.safe_load(event_lexicon_file().read_text(encoding="utf-8"))[section]
    assert set(data) <= classes, set(data) - classes
    lemmas = [lemma for words in data.values() for lemma in words]
    assert len(lemmas) == len(set(lemmas)), sorted({w for w in lemmas if lemmas.count(w) > 1})


@pytest.mark.parametrize("text,kind,agent,target,participants", [
    ("The European Union imposed an arms ban on Belarus in 2021.",
     "Sanction", "european union", "belarus", {"european union", "belarus"}),
    # an apposition names the counterpart
    ("Angela Merkel held talks with her French counterpart, Emmanuel Macron.",
     "Negotiate", "angela merkel", None, {"angela merkel", "emmanuel macron"}),
    # leaving a party breaks with it; a phrasal verb is its own trigger
    ("Nigel Farage quit the Conservative Party in 1992.",
     "BreakRelations", "nigel farage", "conservative party", {"nigel farage", "conservative party"}),
    ("Boris Johnson stepped down as prime minister in July.", "Yield", "boris johnson", None, {"boris johnson"}),
    ("Keir Starmer hit out at Rishi Sunak over the economy.",
     "Criticize", "keir starmer", "rishi sunak", {"keir starmer", "rishi sunak"}),
    ("The United States pulled out of the Paris climate agreement.", "ReduceRelations", "united states", None,
     {"united states"}),
    # "X says Y should ..." is X's appeal to Y
    ("Gordon Brown says Ken Livingstone should apologise.",
     "Appeal", "gordon brown", "ken livingstone", {"gordon brown", "ken livingstone"}),
    # a politician attacking a rival criticises him
    ("Michael Howard attacked Tony Blair over the war.",
     "Criticize", "michael howard", "tony blair", {"michael howard", "tony blair"}),
    ("UKIP won 16% of the vote in Boston.", "Elect", "ukip", None, {"ukip"}),
    ("Ken Clarke will stand for the leadership of the Conservative Party.",
     "Elect", "ken clarke", "conservative party", {"ken clarke", "conservative party"}),
])
def test_extract_events_general_vocabulary(write_doc, nlp, text, kind, agent, target, participants):
    x = _run(write_doc, nlp, text)
    e = next((e for e in x.events if e.kind == kind), None)
    assert e is not None, x.events
    assert (e.agent, e.target, set(e.participants)) == (agent, target, participants)


@pytest.mark.parametrize("text,absent", [
    ("If Russia attacks Ukraine, NATO will respond.", "Attack"),                          # a condition
    ("Will Angela Merkel meet Emmanuel Macron?", "Meet"),                                 # a question
    ("The Green Party demanded an investigation by the Electoral Commission.", "Investigate"),  # the thing demanded
    ("Nick Clegg called for the sanctions on Iran to be lifted.", "Yield"),              # the thing appealed for
    ("Gordon Brown urged Tony Blair to resign.", "Yield"),                                # the thing urged
    ("Ken Livingstone refused to apologise.", "EngageInDiplomaticCooperation"),          # the thing refused
    ("Gordon Brown says Ken Livingstone should apologise.", "EngageInDiplomaticCooperation"),  # an obligation
    ("Russia is in ruins. The Russian war dragged on.", "Fight"),                         # a nationality word alone
    ("Mary Jones says she will fight on.", "Fight"),                                      # a fight without an enemy
    ("The Home Office released a statement on Monday.", "Yield"),                         # nobody released
    ("Tony Blair announced that he would stand down.", "Declare"),                        # a speech act: a claim
])
def test_extract_event_not_asserted(write_doc, nlp, text, absent):
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.kind == absent], x.events


@pytest.mark.parametrize("text,met", [
    ("Michael Howard met Jacques Chirac, Gerhard Schroeder and Silvio Berlusconi in Paris.",
     ["jacques chirac", "gerhard schroder", "silvio berlusconi"]),
])
def test_extract_event_one_meeting_per_person_met(write_doc, nlp, text, met):
    x = _run(write_doc, nlp, text)
    meetings = [e for e in x.events if e.kind == "Meet"]
    assert sorted(next(p for p in e.participants if p != e.agent) for e in meetings) == sorted(met)
