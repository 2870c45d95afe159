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
    # title words that are no role nouns, the first tagged a verb: "managing", "chief financial"
    ("Rodrigo Perez, the IMF's managing director, said the outlook was weak.",
     "rodrigo perez", "managing director", "international monetary fund"),
    ("IMF managing director Rodrigo Perez said the outlook was weak.",
     "rodrigo perez", "managing director", "international monetary fund"),
    ("Ann Cole, chief financial officer of Acme Corp, resigned on Monday.", "ann cole", "chief financial officer", "acme corp"),
    ("Acme Corp chief operating officer Ann Cole resigned on Monday.", "ann cole", "chief operating officer", "acme corp"),
    # a player's position, hyphenated, and the side named by its country or town
    ("Ireland fly-half Ronan Ogden kicked a late penalty.", "ronan ogden", "fly-half", "ireland"),
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
    # object control, a capital standing for its government (still the city actor, as the gold
    # guidelines say), "it", and "the movement" referring back
    ("The Muslim Brotherhood's criticism angered Ankara, prompting it to cut off its financial support to the movement.",
     "ReduceSupport", "ankara", "muslim brotherhood", {"ankara", "muslim brotherhood"}, None, None),
    # "the sides": the two parties named just before
    ("Qatar and Egypt met in Doha in 2020, years after the sides broke off their diplomatic ties.",
     "BreakRelations", "qatar", None, {"qatar", "egypt"}, None, None),
    ("Ties between India and China were damaged by the clashes.",
     "ReduceRelations", None, None, {"india", "china"}, None, None),
    ("Saudi Arabia expressed its readiness to help Yemen.",
     "ExpressIntentToCooperate", "saudi arabia", None, {"saudi arabia"}, None, None),
    ("Narendra Modi's party won the election in 2019.", "Elect", "narendra modi", None, {"narendra modi"}, None, "2019"),
    # the sanctioned state is the target of the lifting (held-out gold: "the EU embargo on China is
    # likely to be lifted" → agent eu, target china)
    ("Canada will lift its sanctions on Iran.", "Yield", "canada", "iran", {"canada", "iran"}, None, None),
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
    ("Boris Johnson stepped down as prime minister in July.", "BreakRelations", "boris johnson", None, {"boris johnson"}),
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
    ("UKIP won 16% of the vote in Boston.", "Elect", "uk independence party", None, {"uk independence party"}),
    ("Ken Clarke will stand for the leadership of the Conservative Party.",
     "Elect", "ken clarke", "conservative party", {"ken clarke", "conservative party"}),
    # opposing a plan or policy is disapproval (CAMEO 11), not the rejection of a proposal made to one
    ("Germany strongly opposed the sanctions.", "Disapprove", "germany", None, {"germany"}),
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
    ("Gordon Brown urged Tony Blair to resign.", "BreakRelations"),                      # the thing urged
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


# -- claims: who speaks when the cue verb does not say (issue 3) -----------------------------------
def _claim(x, cue: str):
    """The claim with this cue (the first in text order)."""
    return next(c for c in x.claims if c.cue == cue)


@pytest.mark.parametrize("text,cue,claimant", [
    # "he" cannot be the woman who spoke last ("Ms"), so it is the man named before her
    ("Ms Anna Berg met Mr Tomas Lind in Oslo on Monday. Ms Berg said the talks had gone well.\n\n"
     "On Friday, he told reporters that the deal was not finished.", "told", "tomas lind"),
    # centering: the subject of the previous sentence, not the person named last
    ("Mr Peter Hall held talks with the Danish minister, Karl Olsen. He confirmed that a new treaty would be signed in May.",
     "confirmed", "peter hall"),
    # the sentence's own subject, named before the pronoun, comes before the previous sentence's
    ("Mr Peter Hall met Mr Karl Olsen on Monday. He said the talks were useful. Later, Mr Olsen said he had not seen "
     "the report, though he acknowledged that the figures were worrying.", "acknowledged", "karl olsen"),
])
def test_extract_claims_pronoun_antecedent(write_doc, nlp, text, cue, claimant):
    x = _run(write_doc, nlp, text)
    assert _claim(x, cue).claimant == claimant, x.claims


@pytest.mark.parametrize("text,first,second", [
    ("“We have done our part,” Ms Anna Berg said. “Now it is up to the others to act.”",
     "We have done our part", "Now it is up to the others to act"),
    ("Ms Anna Berg said the talks had failed.\n\n“Now it is up to the others to act.”",
     "the talks had failed", "Now it is up to the others to act"),
])
def test_extract_claims_quote_continuation(write_doc, nlp, text, first, second):
    x = _run(write_doc, nlp, text)
    contents = [(c.claimant, c.cue, x.document.text[c.start:c.end]) for c in x.claims]
    assert contents == [("anna berg", "said", first), ("anna berg", "said", second)]
    assert x.claims[1].quoted and x.claims[1].cue_start == x.claims[0].cue_start


@pytest.mark.parametrize("text", ["“We have done our part,” Ms Anna Berg said. The talks resume on Monday. "
                                  "Mr Tomas Lind arrives on Sunday. “Nobody expects a deal.”"])
def test_extract_claims_quote_continuation_needs_adjacent_claim(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert [x.document.text[c.start:c.end] for c in x.claims] == ["We have done our part"]


@pytest.mark.parametrize("text,cue,claimant,stance,content", [
    ("Jan Novak, who says he is innocent, was questioned by police on Monday.", "says", "jan novak", "Asserts",
     "he is innocent"),
    ("The minister bowed, in what officials said was a gesture of respect.", "said", "officials", "Asserts",
     "a gesture of respect"),
    ("Jan Novak described the report as deeply flawed.", "described", "jan novak", "Assesses",
     "the report as deeply flawed"),
    ("Jan Novak does not think the ceasefire will hold.", "does not think", "jan novak", "Denies", "the ceasefire will hold"),
    ('Ms Anna Berg replies: "No, I have never met him before."', "replies", "anna berg", "Asserts",
     "No, I have never met him before"),
    ('Prague mayor Jan Novak met reporters on Monday. The mayor then says: "We will rebuild the bridge this year."',
     "says", "jan novak", "Expects", "We will rebuild the bridge this year"),
    ("Some people believe the vote was rigged.", "believe", "Some people", "Assesses", "the vote was rigged"),
    ("Western diplomats met in Vienna on Monday. They said the talks had stalled.", "said", "Western diplomats",
     "Asserts", "the talks had stalled"),
    ("Jan Novak spoke for an hour, stressing that the plan would not change.", "stressing", "jan novak", "Expects",
     "the plan would not change"),
    ("Jan Novak urged that the talks resume at once.", "urged", "jan novak", "Asserts", "the talks resume at once"),
    ("Jan Novak expressed his readiness to meet the rebels.", "expressed", "jan novak", "Asserts",
     "his readiness to meet the rebels"),
    ("The rebels are said to have received new weapons from abroad.", "are said to", "are said to", "Asserts",
     "The rebels are said to have received new weapons from abroad"),
])
def test_extract_claims_attribution_patterns(write_doc, nlp, text, cue, claimant, stance, content):
    x = _run(write_doc, nlp, text)
    c = _claim(x, cue)
    speaker = next((m.text for m in (*x.mentions, *x.implied) if m.key == c.claimant and m.category == "UnnamedSource"),
                   c.claimant)
    assert (speaker, c.stance, x.document.text[c.start:c.end]) == (claimant, stance, content)


@pytest.mark.parametrize("text", [
    "Jan Novak is expected to win the election in June.",     # the passive subject is not the source
    "We heard what Jan Novak said about the budget yesterday.",  # a free relative reports nothing
    "Jan Novak urged the minister to resign.",                 # an appeal, not a statement
    "Jan Novak expressed support for the rebels.",             # an attitude to no proposition
    "Jan Novak described the talks in detail.",
])
def test_extract_claims_not_a_claim(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not [c for c in x.claims if c.claimant == "jan novak"], x.claims


@pytest.mark.parametrize("text,expected", [
    # the parser hangs the second cue from the reported clause; it still shares the first cue's subject
    ('Jan Novak said the budget was "a disaster" and promised a "firm but fair" review of spending.',
     [("said", 'the budget was "a disaster"'), ("promised", 'a "firm but fair" review of spending')]),
    ("Jan Novak said the objective of the visit was to strengthen ties with Poland, but claimed the ties were not "
     "at the expense of Germany.",
     [("said", "the objective of the visit was to strengthen ties with Poland"),
      ("claimed", "the ties were not at the expense of Germany")]),
    # "claimed the bridge" reports nothing: the rebels did it, and it stays in the reported clause
    ("Jan Novak said the rebels attacked the town and claimed the bridge.",
     [("said", "the rebels attacked the town and claimed the bridge")]),
])
def test_extract_claims_second_cue_in_reported_clause(write_doc, nlp, text, expected):
    x = _run(write_doc, nlp, text)
    assert [(c.cue, x.document.text[c.start:c.end]) for c in x.claims] == expected
    assert {c.claimant for c in x.claims} == {"jan novak"}


@pytest.mark.parametrize("text,cue,claimant,stance,content", [
    ("The party rejected Karl Olsen's claim that the vote was rigged.", "claim", "karl olsen", "Asserts",
     "the vote was rigged"),
    ("Mr Karl Olsen met the press. His warning was that the dam would fail within a year.", "warning", "karl olsen",
     "Expects", "the dam would fail within a year"),
    ("Ms Anna Berg met the press on Monday. Her view is that the dam would fail within a year.", "view", "anna berg",
     "Assesses", "the dam would fail within a year"),
    ('Karl Olsen: "We will never give up the harbour."', ":", "karl olsen", "Expects", "We will never give up the harbour"),
    ("'The harbour will stay open' - Karl Olsen\n\nThe minister spoke on Monday.", "-", "karl olsen", "Expects",
     "The harbour will stay open"),
])
def test_extract_claims_without_cue_verb(write_doc, nlp, text, cue, claimant, stance, content):
    x = _run(write_doc, nlp, text)
    c = _claim(x, cue)
    assert (c.claimant, c.stance, x.document.text[c.start:c.end]) == (claimant, stance, content)


@pytest.mark.parametrize("text", ['The rules are simple: "Nobody leaves the room early."',
                                  "The claim that the vote was rigged spread quickly."])
def test_extract_claims_without_cue_verb_needs_a_source(write_doc, nlp, text):
    assert not _run(write_doc, nlp, text).claims


@pytest.mark.parametrize("text,expected", [
    # a quotation left open runs on into the next one; both are the speaker's, and the person named
    # inside the quotation is not who "he" is
    ('Mr Karl Olsen spoke in Oslo on Monday. "A clear choice is emerging. "Mr Tomas Lind is counting on fear," '
     'he said. He said the government was wrong.',
     [("A clear choice is emerging", "karl olsen"), ("Mr Tomas Lind is counting on fear", "karl olsen"),
      ("the government was wrong", "karl olsen")]),
    # a quoted name inside the object is not a quotation of the speaker
    ('The rebels acknowledged the principle of "Unity of All Fronts.”', []),
])
def test_extract_claims_quotations(write_doc, nlp, text, expected):
    x = _run(write_doc, nlp, text)
    assert [(x.document.text[c.start:c.end], c.claimant) for c in x.claims] == expected


@pytest.mark.parametrize("text,stance", [
    ("The ministry said it was not ready to sign the deal.", "Denies"),
    ("Jan Novak said he hadn't seen the report.", "Denies"),
    ("Jan Novak said it was not the end but a new beginning.", "Asserts"),   # a contrast, not a denial
    ("Jan Novak said the report was not only late, it was also wrong.", "Asserts"),
])
def test_extract_claims_denial_stance(write_doc, nlp, text, stance):
    x = _run(write_doc, nlp, text)
    assert x.claims[0].stance == stance


# -- Roles and actors generalize (office titles, implied states, honorifics, surnames) ---------------
@pytest.mark.parametrize("text,holder,org", [
    # a multiword office title is one title; its words name no organization; a country before it wins
    ("Canada said on Monday that US Secretary of State Marco Rubio would visit Ottawa.", "marco rubio", "united states"),
    ("UK Home Secretary Priya Patel met officials in France on Monday.", "priya patel", "united kingdom"),
    # a title used by one state only belongs to it when the document names that state
    ("Britain will send more troops, Defence Secretary Malcolm Rifkind told reporters.", "malcolm rifkind",
     "united kingdom"),
    # a state office without its state: the state the holder is known to serve, when named
    ("Russia warned Poland on Tuesday. President Vladimir Putin spoke in Moscow.", "vladimir putin", "russia"),
    # a place before a local office is its jurisdiction
    ("Paris mayor Anne Hidalgo opened the bridge on Monday.", "anne hidalgo", "paris"),
    # a party leader's title after a party nickname
    ("Tory leader William Hague attacked the budget on Monday.", "william hague", "conservative party"),
])
def test_extract_roles_state_offices(write_doc, nlp, text, holder, org):
    x = _run(write_doc, nlp, text)
    assert (holder, org) in {(r.holder, r.organization) for r in x.roles}, x.roles


@pytest.mark.parametrize("text,absent", [
    ("UK Foreign Secretary Robin Cook said the talks had failed.", {"foreign", "foreign secretary"}),
    ("US Undersecretary of State Wendy Sherman arrived in Seoul on Monday.", {"state"}),
])
def test_extract_office_title_words_are_not_actors(write_doc, nlp, text, absent):
    x = _run(write_doc, nlp, text)
    assert not {m.key for m in x.mentions} & absent
    assert all(r.organization not in absent for r in x.roles)


@pytest.mark.parametrize("text", ["Madrid criticised Rome on Monday, and Rome answered on Tuesday."])
def test_extract_capital_stays_the_city_actor(write_doc, nlp, text):
    """A capital standing for its government is still the city actor (gold rule: "Tehran" is `tehran`)."""
    x = _run(write_doc, nlp, text)
    keys = {m.key for m in x.mentions}
    assert {"madrid", "rome"} <= keys and not keys & {"spain", "italy"}


@pytest.mark.parametrize("text,surface,key", [
    ("Harriet Oakley-Brent won the seat. Ms Oakley-Brent said she was proud.", "Oakley-Brent", "harriet oakley brent"),
    ("Harriet Oakley-Brent won the seat. Voters backed Oakley in the end.", "Oakley", "harriet oakley brent"),
    ("Martin Greenway spoke first. Then Mr Greenway left the room.", "Greenway", "martin greenway"),
])
def test_extract_person_short_forms(write_doc, nlp, text, surface, key):
    """Courtesy titles are not part of a mention, and a surname (or the first part of a
    double-barrelled one) refers back to the full name."""
    x = _run(write_doc, nlp, text)
    later = [m for m in x.mentions if m.start > x.document.text.index(".")]
    assert (surface, key) in {(m.text, m.key) for m in later}, later


@pytest.mark.parametrize("text,holder,org,evidence", [
    # "X, and the Y leader, Z": the comma before "and" opens a new conjunct, not an apposition of X
    ("Kofi Annan met his Ghanaian counterpart, Jerry Rawlings, and the Kenyan leader, Daniel Moi. "
     "Ghana and Kenya agreed.", "jerry rawlings", "ghana", "his Ghanaian counterpart, Jerry Rawlings"),
    ("Kofi Annan met his Ghanaian counterpart, Jerry Rawlings, and the Kenyan leader, Daniel Moi. "
     "Ghana and Kenya agreed.", "daniel moi", "kenya", "the Kenyan leader, Daniel Moi"),
])
def test_extract_roles_apposition_before_after_a_clause(write_doc, nlp, text, holder, org, evidence):
    x = _run(write_doc, nlp, text)
    found = {(r.holder, r.organization, x.document.text[r.start:r.end]) for r in x.roles}
    assert (holder, org, evidence) in found, found
    assert not [r for r in x.roles if r.holder == "jerry rawlings" and r.organization == "kenya"]


@pytest.mark.parametrize("text,name", [("The Licensing Board of Scotland rejected the bid on Monday.",
                                        "Licensing Board of Scotland")])
def test_extract_body_of_a_place_is_one_name(write_doc, nlp, text, name):
    """"X Board of <place>": a body named after its place is one name, not a body and a place."""
    x = _run(write_doc, nlp, text)
    assert name in {m.text for m in x.mentions}, x.mentions


@pytest.mark.parametrize("docs", [{"a.txt": "Mayor speaks\n\nParis mayor Anne Hidalgo opened the bridge on Monday.\n"}])
def test_mapping_local_office_belongs_to_the_place_government(build_docs, docs):
    """A city office's organization is the city's government, which has the city as jurisdiction
    (kg:organization ranges over organizations; a city is a place)."""
    from kg import query, validate

    store = build_docs(docs)
    rows = query("SELECT ?j WHERE { ?r a kg:Role ; kg:organization ?o . ?o kg:jurisdiction ?j }", store=store, check=False).rows
    assert [r[0].value.rsplit("/", 1)[-1] for r in rows] == ["paris"]
    assert validate(store, use_cache=False).conforms


@pytest.mark.parametrize("docs", [{
    "a.txt": "New party\n\nThe broadcaster Harriet Oakley-Brent launched a party on Monday.\n",
    "b.txt": "Seat target\n\nOakley-Brent will contest the seat. Oakley said she was ready.\n",
}])
def test_resolve_double_barrelled_surname_across_documents(build_docs, docs):
    """"Oakley-Brent" and "Oakley" in one document are "Harriet Oakley-Brent" of another."""
    from kg import query

    store = build_docs(docs)
    rows = query("SELECT ?l WHERE { GRAPH kgg:identity { ?a skos:altLabel ?l } }", store=store, check=False).rows
    labels = {r[0].value for r in rows}
    rows = query("SELECT ?a WHERE { GRAPH ?g { ?a skos:altLabel ?l FILTER(STRSTARTS(?l, 'Oakley')) } }",
                 store=store, check=False).rows
    assert {r[0].value.rsplit("/", 1)[-1] for r in rows} == {"harriet-oakley-brent"}, labels


# -- claims round 2: unnamed sources, impersonal passives, naming cues, who "our correspondent" is --
def _speaker(x, c) -> str:
    """The claimant's mention text for an unnamed source (or the phrase implying an unspecified one), else its key."""
    return next((m.text for m in (*x.mentions, *x.implied) if m.key == c.claimant and m.category == "UnnamedSource"),
                c.claimant)


@pytest.mark.parametrize("text,cue,speaker,content", [
    # an unnamed spokesperson is a source of its own, with the body it speaks for
    ("A spokeswoman for the Green Party said the vote would be held in May.", "said",
     "spokeswoman for the Green Party", "the vote would be held in May"),
    ("The two men will appear in court on Friday, a police spokesman said.", "said", "police spokesman",
     "The two men will appear in court on Friday"),
    ("Five men were arrested on Monday, police said.", "said", "police", "Five men were arrested on Monday"),
    ("Labour officials said the count had been fair.", "said", "Labour officials", "the count had been fair"),
    # plural groups that speak
    ("Ministers believe the new tax will be popular.", "believe", "Ministers", "the new tax will be popular"),
    ("Instead, the record companies have pledged not to release the songs again.", "pledged", "record companies",
     "not to release the songs again"),
    # the dummy "it" of an impersonal passive: an unspecified source
    ("It is understood no offer was made at the meeting.", "It is understood", "It is understood",
     "no offer was made at the meeting"),
    ("It is believed that the ship sank within minutes.", "It is believed", "It is believed",
     "the ship sank within minutes"),
])
def test_extract_claims_unnamed_sources(write_doc, nlp, text, cue, speaker, content):
    x = _run(write_doc, nlp, text)
    c = _claim(x, cue)
    assert (_speaker(x, c), x.document.text[c.start:c.end]) == (speaker, content), x.claims


@pytest.mark.parametrize("text,speaker", [("Poland and Hungary met in Warsaw. Polish officials said the talks had failed.",
                                           "Polish officials")])
def test_extract_claims_nationality_officials_are_unnamed(write_doc, nlp, text, speaker):
    """"<nationality> officials" are an unnamed source, not the state (the held-out guideline,
    as for "US officials"; round 8 changed the seeds' convention)."""
    x = _run(write_doc, nlp, text)
    c = _claim(x, "said")
    assert _speaker(x, c) == speaker and c.claimant != "poland", x.claims


@pytest.mark.parametrize("text,cue,claimant", [
    # a news outlet's own reporter, named earlier with that title
    ("BBC health correspondent Jane Roe visited the hospital on Monday. The wards were full, our correspondent said.",
     "said", "jane roe"),
    # a definite description by the head of an organization's name
    ("The Countryside Alliance held a rally in Leeds on Monday. The alliance said the new law was unworkable.",
     "said", "countryside alliance"),
    # one claimant: the named person of a coordination, not the common noun the parser split off
    ('"The deal is fair to both sides," according to media and PR strategist Jane Roe.', "according to", "jane roe"),
    # a participle after the reported clause goes with the reporting verb
    ("Poland had previously insisted it would not sign the treaty, calling the plan a betrayal.", "calling", "poland"),
])
def test_extract_claims_claimant_round2(write_doc, nlp, text, cue, claimant):
    x = _run(write_doc, nlp, text)
    assert _claim(x, cue).claimant == claimant, x.claims


@pytest.mark.parametrize("text,cue,stance,content", [
    ("Jan Novak hailed the treaty as a turning point for the region.", "hailed", "Assesses",
     "the treaty as a turning point for the region"),
    ('Jan Novak called the plan a "betrayal".', "called", "Assesses", 'the plan a "betrayal"'),
])
def test_extract_claims_naming_cues(write_doc, nlp, text, cue, stance, content):
    x = _run(write_doc, nlp, text)
    c = _claim(x, cue)
    assert (c.claimant, c.stance, x.document.text[c.start:c.end]) == ("jan novak", stance, content)


@pytest.mark.parametrize("text", [
    "Jan Novak called for new elections in the spring.",   # an appeal
    "Jan Novak called a meeting of the cabinet.",           # no predicate: nothing judged
    "It was agreed that the talks would resume in May.",    # an agreement is an event, not a claim
])
def test_extract_claims_naming_and_impersonal_need_their_construction(write_doc, nlp, text):
    assert not _run(write_doc, nlp, text).claims


@pytest.mark.parametrize("text,cue,claimant,content", [
    # a name in apposition after the title, wherever the parser hangs it; the content is the clause after it
    ("According to its Paris lawyer, Jan Novak of Novak and Partners, the contract was void.", "according to",
     "jan novak", "the contract was void"),
    ("According to the union's lawyer, Jan Novak, the strike was legal.", "according to", "jan novak",
     "the strike was legal"),
    # a surname the actor extractor left unmarked is the person named with it before
    ("Jane Roe joined Tyrol Coalition last year. Tyrol Coalition's Ms Roe said the deal was off.", "said", "jane roe",
     "the deal was off"),
    # of two subjects the parser gives a cue, the one nearer the verb
    ('Jane Roe of web firm Yahoo! spoke first. Later Yahoo!\'s Ms Roe said: "We are ready to talk to anyone."', "said",
     "jane roe", "We are ready to talk to anyone"),
])
def test_extract_claims_names_the_parser_misplaces(write_doc, nlp, text, cue, claimant, content):
    x = _run(write_doc, nlp, text)
    c = _claim(x, cue)
    assert (c.claimant, x.document.text[c.start:c.end]) == (claimant, content), x.claims


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("A new survey shows that most voters back the plan.", "shows", "new survey", "most voters back the plan"),
    # a document whose owner the story names speaks for its owner (the gold's case law, sets 12a-18a)
    ("The Labour Party published its review on Monday. The review found that the campaign had been badly run.",
     "found", "labour party", "the campaign had been badly run"),
    ("A fresh review found that the campaign had been badly run.", "found", "fresh review",
     "the campaign had been badly run"),
    ('"That is nonsense," Mr Karl Olsen countered.', "countered", "karl olsen", "That is nonsense"),
])
def test_extract_claims_findings_and_more_cues(write_doc, nlp, text, cue, speaker, content):
    x = _run(write_doc, nlp, text)
    c = _claim(x, cue)
    assert (_speaker(x, c), x.document.text[c.start:c.end]) == (speaker, content), x.claims


@pytest.mark.parametrize("text", [
    "Mr Karl Olsen found that the door was locked.",   # a person's finding is a perception
    "The survey shows a rise in support.",             # no "that"-clause: nothing stated
])
def test_extract_claims_findings_need_a_report_and_a_clause(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not x.claims and not [m for m in x.mentions if m.category == "UnnamedSource"], (x.claims, x.mentions)


@pytest.mark.parametrize("text", ["Western analysts said so.", "Ministers said as much on Monday."])
def test_extract_claims_unnamed_source_only_as_a_source(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not x.claims and not [m for m in x.mentions if m.category == "UnnamedSource"], x.mentions


# -- events round 2: unnamed groups, legal/business/protest vocabulary (issue 3) -----------------
def _events_of(x, kind):
    return [e for e in x.events if e.kind == kind]


def _triggered(x, kind: str, trigger: str) -> list:
    """The events of class ``kind`` with trigger ``trigger``, asserting there is one."""
    found = [e for e in _events_of(x, kind) if e.trigger == trigger]
    assert found, [(e.kind, e.trigger, e.participants) for e in x.events]
    return found


@pytest.mark.parametrize("text,kind,evidence,participant", [
    # an unnamed group that takes part in an event is an unnamed actor; "they" refers back to it
    ("Six activists stormed the offices of the Northfield Bank on Monday. They were arrested later that day.",
     "Arrest", "They were arrested", "six activists"),
    ("Six activists stormed the offices of the Northfield Bank on Monday.", "Protest", "stormed", "six activists"),
    ("Twelve students who occupied the library have been charged with trespass.", "Arrest", "charged", "twelve students"),
    # legal actions: charges faced, warnings of litigation
    ("Maria Lopez is facing corruption charges.", "Arrest", "charges", "maria lopez"),
    ("Greenpeace warned Shell that it would face litigation.", "Threaten", "warned", "greenpeace"),
    # a pressure campaign against someone; the examples of "such as" take part
    ("Animal rights groups launched a campaign against designers such as Tom Ford.", "Protest", "campaign", "tom ford"),
    ("Animal rights groups launched a campaign against designers such as Tom Ford.", "Protest", "campaign",
     "animal rights groups"),
    # business: deals struck, leaving a deal, trade in goods, working with a partner
    ("Siemens struck a deal with Alstom on Tuesday.", "SignAgreement", "deal", "siemens"),
    ("Ford will pay Mazda $1bn to get out of the deal.", "ReduceRelations", "get", "ford"),
    ("Bosch will keep supplying brakes to Volvo.", "EngageInMaterialCooperation", "supplying", "bosch"),
    ("Nokia is working with Microsoft on the new phone.", "EngageInMaterialCooperation", "working", "microsoft"),
])
def test_extract_events_round2_found(write_doc, nlp, text, kind, evidence, participant):
    x = _run(write_doc, nlp, text)
    found = [e for e in _events_of(x, kind) if evidence in x.document.text[e.start:e.end]]
    assert found, [(e.kind, x.document.text[e.start:e.end]) for e in x.events]
    assert any(any(participant in p for p in e.participants) for e in found), found
    groups = [m for m in x.mentions if m.key.startswith("unnamed") and m.text.lower() == participant]
    if participant.split()[0] in ("six", "twelve"):
        assert groups and groups[0].kind == "UnnamedSource"


@pytest.mark.parametrize("text,kind", [
    ("Daniel Craig said he would plead not guilty.", "Appeal"),  # a plea in court is no appeal
    ("Peter Hall has since signed over his shares to Tom Hall.", "SignAgreement"),  # a transfer, no agreement
    ("Angela Merkel will not have to apologise to Emmanuel Macron.", "EngageInDiplomaticCooperation"),
    ("Siemens struck a deal with Alstom on Tuesday.", "Attack"),  # striking a deal is no attack
    ("Ford will pay Mazda $1bn to get out of the deal.", "ProvideFinancialSupport"),  # a price, no aid
    ("Jack Wills said he also wanted it to end.", "Demand"),  # wanting a state of affairs is no demand
])
def test_extract_events_round2_not_found(write_doc, nlp, text, kind):
    x = _run(write_doc, nlp, text)
    assert not _events_of(x, kind), [(e.kind, x.document.text[e.start:e.end]) for e in x.events]


def test_extract_unnamed_group_only_when_an_event_keeps_it(write_doc, nlp):
    """A group noun in a sentence without an event makes no actor."""
    x = _run(write_doc, nlp, "Six activists were in the square on Monday.")
    assert not [m for m in x.mentions if m.method == "unnamed-group"], x.mentions


def test_extract_unnamed_group_repeated_is_one_actor(write_doc, nlp):
    """"Four nurses' unions ... the four unions" is one group; "other unions" would be another."""
    x = _run(write_doc, nlp, "Four regional nurses unions met Sajid Javid on Monday. "
                             "The four unions which met Sajid Javid want the ministry to scrap the cuts.")
    keys = {m.key for m in x.mentions if m.method == "unnamed-group"}
    assert len(keys) == 1, [(m.text, m.key) for m in x.mentions]


# -- a negated end affirms the action ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Foreign Minister Ola Berg said Norway did not stop supplying Chad with weapons.",
    "Foreign Minister Ola Berg said Norway did not cease funding the Chadian army.",
])
def test_extract_negated_cessation_affirms_the_action(write_doc, nlp, text):
    """"did not stop supplying" says the supplying went on: an event, and a claim that asserts it."""
    x = _run(write_doc, nlp, text)
    assert any(e.agent == "norway" for e in x.events), x.events
    assert [c.stance for c in x.claims] == ["Asserts"], x.claims


def test_extract_negated_action_stays_denied(write_doc, nlp):
    x = _run(write_doc, nlp, "Foreign Minister Ola Berg said Norway did not supply Chad with weapons.")
    assert not any(e.agent == "norway" for e in x.events), x.events
    assert [c.stance for c in x.claims] == ["Denies"], x.claims


# -- claims round 3: who speaks, on unseen news -------------------------------------------------
def _said(x, cue: str):
    """(claimant key, content) of every claim with this cue."""
    return [(c.claimant, x.document.text[c.start:c.end]) for c in x.claims if c.cue == cue]


@pytest.mark.parametrize("text,cue,claimant,content", [
    # "it" takes up the organization that was the subject just before
    ("The Danish Film Council banned the film on Monday. It said the film could be shown if the "
     "producers cut two scenes.", "said", "danish film council", "the film could be shown if the producers cut two scenes"),
    # "the firm" / "the company": the company named as a subject before, not a union named since
    ("The Borland Group said it had not been told of the plan. The union, Unite, called a strike. "
     "The firm insisted that it had complied fully with the law.", "insisted", "borland group",
     "it had complied fully with the law"),
    # "<state> government" is a body of its own; a bare "the government" takes up the one named
    ("The Norwegian government has expanded its role in the economy. Last month, the government said "
     "it had identified 300 idle farms.", "said", "norway government", "it had identified 300 idle farms"),
    # a definite plural takes up the unnamed group named before with that noun
    ("Chilean authorities have said they will seize the land. The mine reopened in May. The authorities "
     "said the owners had nothing to fear.", "said", "chilean authorities", "the owners had nothing to fear"),
    # headline-style attribution: the clause ends before the speaker's noun phrase
    ("Some farmers are also siding with the board, Kenya's Daily Nation newspaper reports.", "reports", "daily nation",
     "Some farmers are also siding with the board"),
    # a multi-word title takes up the person named with it
    ("The talks are hosted by Swedish Prime Minister Olof Berg. An aide said the Prime Minister expected "
     "the summit to agree a budget.", "expected", "olof berg", "the summit to agree a budget"),
    # "said in a statement that ...": the clause the parser hangs on the medium
    ("The Chilean Mining Council said in a statement that it was monitoring the situation closely.", "said",
     "chilean mining council", "it was monitoring the situation closely"),
    # "was quoted as saying"
    ("Transport Secretary Alan Pryce was quoted as saying that fares would be frozen next year.", "saying",
     "alan pryce", "fares would be frozen next year"),
])
def test_extract_claims_round3_claimant(write_doc, nlp, text, cue, claimant, content):
    x = _run(write_doc, nlp, text)
    said = _said(x, cue)
    assert any(c == claimant or c.endswith(" " + claimant) for c, _ in said), (said, x.mentions)
    assert any(t == content for _, t in said), said


@pytest.mark.parametrize("text,cue,claimant,content", [
    ("Officials in Maranhao state said on Friday that farmland owned by a subsidiary of the Borland Group "
     "would be taken.", "said", "officials in maranhao state",
     "farmland owned by a subsidiary of the Borland Group would be taken"),
    ("Critics are concerned that the directive could lead to higher prices.", "are concerned", "critics",
     "the directive could lead to higher prices"),
    ("Some retailers say the rules are needed, while others fear they will hurt small shops.", "fear", "others",
     "they will hurt small shops"),
    ("Rivals are worried about the merger. This, they fear, could hurt small suppliers.", "fear", "rivals",
     "This, they fear, could hurt small suppliers"),
    ("The firm is also expected to hold talks on Tuesday. It is reported to be keen on buying a 15% stake "
     "in the mine.", "is reported to", "unspecified source", "It is reported to be keen on buying a 15% stake in the mine"),
    ("Chile will not attend, but is said to be closely watching the outcome.", "is said to", "unspecified source",
     "is said to be closely watching the outcome"),
    ("Reuters reported a deal last week. Russian news agencies reported that the two ministers would meet on Tuesday.", "reported",
     "russian news agencies", "the two ministers would meet on Tuesday"),
])
def test_extract_claims_round3_unnamed(write_doc, nlp, text, cue, claimant, content):
    x = _run(write_doc, nlp, text)
    said = _said(x, cue)
    assert any(c.endswith(" " + claimant) and c.startswith("unnamed") for c, _ in said), (said, x.mentions)
    assert any(t == content for _, t in said), said


def test_extract_claims_relative_clause_cue(write_doc, nlp):
    """"which X argues are needed" reports the relative clause, up to the dash that closes it."""
    x = _run(write_doc, nlp, "President Ruiz has ruled since 1999. Critics say the laws - which President Ruiz "
                             "argues are needed to help the poor - trample all over property rights.")
    assert ("ruiz", "which President Ruiz argues are needed to help the poor") in _said(x, "argues"), x.claims


def test_extract_claims_headline_bare_subject(write_doc, nlp):
    """A headline's "..., union says" is the union the story names."""
    x = _run(write_doc, nlp, "Borland to cut 500 jobs, union says\n\nBorland will cut 500 jobs in its northern "
                             "plants, the Amalgamated Welders Union said on Monday.")
    assert ("amalgamated welders union", "Borland to cut 500 jobs") in _said(x, "says"), x.claims


def test_extract_claims_title_of_named_org_without_name(write_doc, nlp):
    """"Borland's chief executive" is the person named before with that title."""
    x = _run(write_doc, nlp, "Borland chief executive Jane Roe opened the plant in May. Sales have fallen since. "
                             "Borland's chief executive said the plant would stay open.")
    assert [c for c, _ in _said(x, "said")] == ["jane roe"], x.claims


def test_extract_claims_he_after_closed_quotation(write_doc, nlp):
    """A sentence after a closed quotation is not its continuation: "He added" is the speaker just quoted."""
    x = _run(write_doc, nlp, "Foreign minister Jack Strand said there had been progress. In an interview, "
                             "Mr Ahmadi said: \"We believe peace is possible now.\" He added: \"We have an "
                             "opportunity and we must not let it slip away.\"")
    assert [c for c, _ in _said(x, "added")] == ["ahmadi"], x.claims


def test_extract_claims_cue_inside_quotation_is_not_a_second_claim(write_doc, nlp):
    """"and saying the word" inside someone's quotation is her wording, not another statement."""
    x = _run(write_doc, nlp, "\"There is obviously some fear of the subject and saying the word aloud,\" "
                             "Ms Jane Roe told the paper.")
    assert not _said(x, "saying"), x.claims


def test_extract_claims_definite_source_takes_up_the_earlier_one(write_doc, nlp):
    """"the spokesman" after "a spokesman for Acme" is the same unnamed source."""
    x = _run(write_doc, nlp, "A spokesman for Borland said the plant would close in May. Workers met on Friday. "
                             "The spokesman added that no jobs would be lost.")
    keys = {c.claimant for c in x.claims}
    assert len(keys) == 1 and next(iter(keys)).endswith("spokesman for borland"), x.claims


def test_extract_claims_forecast_object(write_doc, nlp):
    """"had expected a pay-off" reports a forecast whose content is the object; "some predictions" is a source."""
    x = _run(write_doc, nlp, "Borland did well out of the deal, although some predictions had expected a "
                             "two billion euro pay-off.")
    assert [(c.claimant.endswith("some predictions"), c.stance, x.document.text[c.start:c.end])
            for c in x.claims if c.cue == "expected"] == [(True, "Expects", "a two billion euro pay-off")], x.claims

# -- events round 3: general constructions of news events -------------------------------------------
@pytest.mark.parametrize("text,kind,agent", [
    # a definite description names a body of the story again
    ("Chile has many estates. Officials said the government is cracking down on idle estates.", "Coerce", "chile"),
    ("Gazprom was founded in 1989. The Russian firm is expected to hold talks with Shell on Monday.",
     "Negotiate", "gazprom"),
    # a verb that the tagger takes for a noun heads a clause with its own subject
    ("Mr Kilroy-Silk quit UKIP last week after months of tension.", "BreakRelations", "kilroy silk"),
    # a meeting given by its venue, its host or the verb it leaves
    ("Leaving a Brussels summit, Angela Merkel said the deal was good.", "Meet", "angela merkel"),
    ("Thursday's meeting on Balkan reform is being hosted by Angela Merkel.", "Meet", "angela merkel"),
    ("Intense discussions were taking place with Chinese officials, Mr Rudd said.", "Consult", None),
    ("Kevin Rudd will host a Canberra conference in March.", "Meet", "kevin rudd"),
    ("Japan and Korea in fishing talks", "Negotiate", "japan"),
    # coercion, courts and litigation
    ("Greenpeace forced Shell to drop the project.", "Coerce", "greenpeace"),
    ("It was not unlawful for police to forcibly turn protesters away near the airbase.", "Coerce", None),
    ("The judge condemned the forced sale of Norilsk.", "Coerce", None),
    ("Prosecutors in Peru have targeted Shell, an oil firm.", "Coerce", None),
    ("Three High Court judges dismissed both appeals.", "Reject", None),
    ("Peace campaigners have lost a landmark appeal.", "Reject", None),
    ("The court noted police actions in stopping an anti-war march.", "Coerce", None),
    # readiness, promises and endorsement
    ("Greenpeace is prepared to take its case to the European Court of Human Rights.", "Threaten", "greenpeace"),
    ("Lebanon said it was ready to negotiate with Syria.", "ExpressIntentToCooperate", "lebanon"),
    ("The Weir Group said it would co-operate fully with the authorities.", "ExpressIntentToCooperate", "weir group"),
    ("Gazprom asked Lukoil to repay a loan.", "Appeal", "gazprom"),
    ("The European Parliament said it had supported the agreement reached by ministers.", "Praise",
     "european parliament"),
    ("Some senators are siding with the Federal Reserve.", "Praise", None),
    ("Jacques Delors has been a leading advocate of Polish membership.", "Praise", "jacques delors"),
    ("Greenpeace has agreed to suspend its campaign against Shell.", "Yield", "greenpeace"),
    # cooperation and its end
    ("Germany and France are to work together on energy.", "EngageInMaterialCooperation", "germany"),
    ("Fiat and Renault formed an alliance in 2001. The two firms will unwind joint ventures.", "ReduceRelations", None),
    ("Norway shared intelligence with Denmark.", "EngageInMaterialCooperation", "norway"),
    # a suicide bombing is an assault, placed through "the city of X"
    ("Mr Rudd condemned last Friday's suicide bombing in the city of Baghdad.", "Assault", None),
    ("Ehud Olmert defended his bid to disengage from Gaza.", "Yield", "ehud olmert"),
])
def test_extract_events_round3_constructions(write_doc, nlp, text, kind, agent):
    from kg.ontology import ancestors

    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if kind in (e.kind, *ancestors(e.kind))]
    assert found, x.events
    if agent is not None:
        assert any(e.agent == agent for e in found), found


@pytest.mark.parametrize("text,absent", [
    ("Sizzla's UK tour was cancelled in November.", "Visit"),                       # called off
    ("Lipietz said the European Parliament would then reject the Council's version.", "Reject"),  # a consequence
    ("It is important that politicians talk with civility.", "Consult"),            # a norm, no one talked to
    ("Uganda is progressive and supports women's rights.", "ProvideSupport"),         # a stance
    ("Peace campaigners appealed against the ruling.", "Appeal"),                   # a legal appeal
    ("The unions turned back the offer.", "Coerce"),                                # rejecting an offer
    ("Israeli officials gave an intelligence briefing to Egypt.", "ProvideSupport"),  # a light verb
    ("Yukos was auctioned off by Russia to pay a huge back-tax bill.", "ProvideFinancialSupport"),  # a debt
    ("Sinopec said China has immediate demand.", "Demand"),                         # market demand
    ("Officials allege that Agroflora has no documents.", "Accuse"),                # a claim's cue
    ("Tony Blair insisted on Wednesday that the plan was sound.", "Demand"),        # a date, not "insist on"
    ("The meetings took place in Iran and Lebanon.", "Meet"),                       # a bare anaphor
    ("Hamas criticised Mr Abbas for his readiness to arm Fatah.", "TransferWeapons"),  # readiness is no act
])
def test_extract_events_round3_not_events(write_doc, nlp, text, absent):
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.kind == absent], x.events


def test_extract_circumstantial_meeting_is_its_own_phrase(write_doc, nlp):
    """"met X at the spring conference in Y": the conference's evidence is its noun phrase, so that
    the meeting and the conference are two spans."""
    x = _run(write_doc, nlp, "Five unions met Deputy Prime Minister John Prescott at the Labour spring conference in Gateshead.")
    spans = {x.document.text[e.start:e.end] for e in x.events if e.kind == "Meet"}
    assert "the Labour spring conference in Gateshead" in spans, spans


def test_extract_meeting_between_has_no_agent(write_doc, nlp):
    """"signed a pact during a meeting between A and B": A and B meet, the signatories do not."""
    x = _run(write_doc, nlp, "India and Russia signed a memorandum on Tuesday during a meeting between Gazprom "
                             "chairman Aleksey Miller and Rosneft chief Sergei Bogdanchikov.")
    meetings = [e for e in x.events if e.kind == "Meet"]
    assert len(meetings) == 1 and meetings[0].agent is None, meetings
    assert set(meetings[0].participants) == {"aleksey miller", "sergei bogdanchikov"}

# -- Round 3: actors and roles on unseen news ------------------------------------------------------
@pytest.mark.parametrize("text,holder,org", [
    # a state office without its state, held by nobody the gazetteer knows: the state the story is about
    ("Officials in Bolivia said on Friday that farmland would be seized. Bolivian farmers protested. "
     "President Ramon Ortega said the reform would go on.", "ramon ortega", "bolivia"),
    ("The Kenyan council banned the film. Kenya's parliament debated it on Monday. "
     "MP Joseph Kamau told parliament the film was obscene.", "joseph kamau", "kenya"),
    # a speaker presides over the legislature named nearest to him
    ("The men entered the Senate with a forged pass. Speaker Daniel Brennan later said security would be "
     "reviewed in the Senate.", "daniel brennan", "senate"),
    # "its": the organization named before in the sentence
    ("Zentrax Holdings claims its collapse was caused by the ambitions of its founder Viktor Kovac.",
     "viktor kovac", "zentrax holdings"),
    # "X of Y" after the name: the firm the person works for
    ("According to the bank's lawyer, Helen Marsh of Hartley Brown Partners, the claim is worth $2bn.",
     "helen marsh", "hartley brown partners"),
    # "one of the founders of", "one of X's two members": a plural title one holder shares
    ("Viktor Kovac, currently facing charges of his own, was one of the founders of Brightwater Holdings.",
     "viktor kovac", "brightwater holdings"),
    ("The party gained a seat when one of Labour's two London Assembly members, Dan Hume, defected.",
     "dan hume", "london assembly"),
    # a judge sits in the court named before; a title before coordinated names is held by each
    ("Two judges in the High Court ruled on the case in March. The activists appealed against a finding by "
     "Lord Justice Pryor and Mr Justice Hale.", "pryor", "high court"),
    ("Two judges in the High Court ruled on the case in March. The police urged Lord Justices Pryor and Hale "
     "to overturn it.", "hale", "high court"),
    # a Lord Justice sits in the Court of Appeal, when the document names it
    ("The Court of Appeal dismissed the appeals on Wednesday. They were challenging decisions by two judges in "
     "the High Court. The police urged Lord Justices Pryor and Hale to overturn the ruling.", "hale",
     "court of appeal"),
    # a seat in a named body wins over the nationality and party before the title
    ("The European Parliament will vote next week. Dutch Liberal MEP Joost van Dalen warned that the law was "
     "flawed.", "joost van dalen", "european parliament"),
    # the offices of a state governed by a named body belong to that body when the text names it
    ("The Palestinian Authority denied the report. Palestinian leader Samir Haddad said talks would resume.",
     "samir haddad", "palestinian authority"),
    # an organization's short form before a title ("Zentrax" of "Zentrax Holdings")
    ("Zentrax Holdings lost the case on Monday. Zentrax chief executive Ann Vexo said it would appeal.",
     "ann vexo", "zentrax holdings"),
])
def test_extract_roles_round3(write_doc, nlp, text, holder, org):
    x = _run(write_doc, nlp, text)
    assert (holder, org) in {(r.holder, r.organization) for r in x.roles}, x.roles


def test_extract_role_needs_an_organization(write_doc, nlp):
    """A title with no organization the text names describes a person but holds no role."""
    x = _run(write_doc, nlp, "The campaign was run by PR strategist Glen Marlow, who denied any wrongdoing.")
    assert not x.roles, x.roles


@pytest.mark.parametrize("text,surface,key,kind", [
    # a person's name after a title that the model misses, and an escaped letter inside a name
    ("Belgian Green MEP Alain Duvieusart warned two weeks ago that the plan was bad.", "Alain Duvieusart",
     "alain duvieusart", "Person"),
    ("Austrian Socialist MEP Karl Berndorf warned on Monday that the law was flawed.", "Karl Berndorf",
     "karl berndorf", "Person"),
    ("In a letter, Commission President Ren&#233; Marc Lefebvre told ministers that the plan would go ahead.",
     "Ren&#233; Marc Lefebvre", "rene marc lefebvre", "Person"),
    # other names of an organization: its acronym, its bare head noun, its name without the nationality word
    ("The talks were attended by Mineral and Metals Trading Corporation chairman Arun Mehta. MMTC's Mr Mehta "
     "said the deal was good.", "MMTC", "mineral and metals trading corporation", None),
    ("The law will not be re-drafted by the European Commission. The Commission did not intend to refer a new "
     "proposal.", "Commission", "european commission", None),
    ("The Kenyan Film Board said the play would not be staged. Critics are siding with the Film Board, the "
     "Daily Nation newspaper reported.", "Film Board", "kenyan film board", None),
    # a classifying noun right after a name; the head before "of"; a body of several states
    ("The Kenyan Film Board said the play would not be staged. Critics are siding with the Film Board, the "
     "Daily Nation newspaper reported.", "Daily Nation", "daily nation", "MediaOutlet"),
    ("The firm, whose Agrovia subsidiary owns 13 farms in Peru, said it had complied with the law.",
     "Agrovia", "agrovia", "Company"),
    ("The Kremlin seized Zentrax's main production arm, Volgatek, last year. Volgatek was sold to Rosneft.",
     "Volgatek", "volgatek", "Company"),
    ("The protesters took their case to the Inter-American Court of Human Rights. The Council of Ministers will "
     "meet in May.", "Council of Ministers", "council of ministers", "GovernmentBody"),
    ("The protesters took their case to the Inter-American Court of Human Rights. The Council of Ministers will "
     "meet in May.", "Inter-American Court of Human Rights", "inter american court of human rights",
     "InternationalOrganization"),
    # a proper noun before a word for a subdivision is a region
    ("Officials in Tarvena province said on Friday that farmland would be taken.", "Tarvena", "tarvena", "Region"),
    # a name whose article is part of it
    ("The hearing could take place in The Hague, the lawyer said.", "The Hague", "the hague", "City"),
])
def test_extract_actor_names_round3(write_doc, nlp, text, surface, key, kind):
    x = _run(write_doc, nlp, text)
    found = {(m.text, m.key): m.kind for m in x.mentions}
    assert (surface, key) in found, found
    assert kind is None or found[(surface, key)] == kind, found


@pytest.mark.parametrize("text,absent", [
    # the title of a work is no actor, in every occurrence once a noun says it is a work
    ("Kenya's authorities have banned the play The Naked Truth. Kenya bans Naked Truth.", "naked truth"),
    # a nationality adjective is no actor
    ("Ugandan women and Ugandan NGOs organised the protest on Monday.", "ugandan"),
    # "Fairford Coach Action": a title word inside a name does not start a person's name
    ("The campaign group Fairview Coach Action said it would appeal.", "action"),
])
def test_extract_not_actors_round3(write_doc, nlp, text, absent):
    x = _run(write_doc, nlp, text)
    assert absent not in {m.key for m in x.mentions}, x.mentions


@pytest.mark.parametrize("name,pieces", [
    ("Human Rights Watch and Liberty", ["Human Rights Watch", "Liberty"]),   # a known conjunct
    ("Parliament and the Council", ["Parliament", "Council"]),               # the second has its own article
    ("Procter and Gamble", ["Procter and Gamble"]),                          # one name
    ("Carlisle v Grimsby", ["Carlisle", "Grimsby"]),                         # a fixture: its two sides
    ("Smith vs. Jones", ["Smith", "Jones"]),                                 # a case
])
def test_extract_coordinated_names_split(name, pieces):
    """Two names the model joined with "and" are two mentions; a name with "and" inside stays one."""
    from kg.extract.actors import _split_coordination
    from kg.extract.gazetteer import load

    text = f"It was backed by {name} on Monday."
    start = text.index(name)
    assert [text[a:b] for a, b in _split_coordination(text, start, start + len(name), load())] == pieces


def test_extract_fixture_is_its_two_sides(write_doc, nlp):
    """The model takes a fixture for one name ("Gillingham v Walsall", ORG): its sides are the actors."""
    x = _run(write_doc, nlp, "Tickets for Gillingham v Walsall sold out within an hour on Monday.")
    forms = {m.text for m in x.mentions}
    assert {"Gillingham", "Walsall"} <= forms and not any(" v " in f for f in forms), forms


def test_extract_parenthesis_ends_a_name(write_doc, nlp):
    """The model runs a name on into a parenthesis ("Fabien Peloux (Stade Brestois"): the name and
    what the brackets add are two names, and no actor's name holds a bracket."""
    x = _run(write_doc, nlp, "The International Maritime Bureau (IMB said so. Fabien Peloux (Stade Brestois) played.")
    forms = {m.text for m in x.mentions}
    assert {"International Maritime Bureau", "Fabien Peloux", "Stade Brestois"} <= forms, forms
    assert not any("(" in f for f in forms), forms


def test_extract_occupation_or_party_before_a_full_name(write_doc, nlp):
    """"Keeper Petr Novak", "Farmer Geoff Walby" (the model says ORG): the occupation is no part of the
    person's name; "Tory Anne Kettering", "Unison Mark Dorrell": a known party or union and a person."""
    x = _run(write_doc, nlp, "Keeper Petr Novak saved twice. Tory Anne Kettering spoke first, and Unison Mark Dorrell "
                             "said no. Farmer Geoff Walby agreed.")
    found = {(m.text, m.category) for m in x.mentions}
    assert {("Petr Novak", "Person"), ("Anne Kettering", "Person"), ("Mark Dorrell", "Person"),
            ("Geoff Walby", "Person"), ("Unison", "Organization")} <= found, found
    assert any(m.text == "Tory" and m.key == "conservative party" for m in x.mentions), found
    assert not any(m.text.split()[0] in ("Keeper", "Farmer", "Tory", "Unison") and " " in m.text for m in x.mentions)


def test_extract_first_name_refers_back_to_the_full_name(write_doc, nlp):
    """In quotes colleagues call a person by the first name: "Gordon" is the one person of the story
    whose full name begins so, not a person of its own; with two such persons it stays unresolved."""
    x = _run(write_doc, nlp, 'Ferris manager Gordon Strachey praised his striker. "Gordon has done well," said chairman '
                             'Douglas Ellery.')
    assert {m.key for m in x.mentions if m.text == "Gordon"} == {"gordon strachey"}, x.mentions
    x = _run(write_doc, nlp, 'Gordon Strachey and Gordon Pike met on Monday. "Gordon has done well," said chairman '
                             'Douglas Ellery.')
    assert "gordon" in {m.key for m in x.mentions if m.text == "Gordon"} or \
        not any(m.text == "Gordon" for m in x.mentions), x.mentions


def test_extract_possessive_pronoun_is_no_actor(write_doc, nlp):
    """The model tags a sentence's first "His" as an organization: a pronoun is never a name, nor the
    organization of a role ("His manager X" is no post in a body called "His")."""
    x = _run(write_doc, nlp, "The comedian's panto run ended early. His manager Robert Vance said the star was exhausted.")
    assert not any(m.text in ("His", "Her", "Its", "Their") for m in x.mentions), x.mentions
    assert not any(r.organization == "his" for r in x.roles), x.roles


def test_extract_shadow_title_is_a_post_in_the_opposition_party(write_doc, nlp):
    """"Shadow Home Secretary X" is no state office and "Shadow Home" no organization: the post is in
    the one party named in its sentence. The only party a story names elsewhere is often the
    governing one: then, and with no party named, no organization."""
    x = _run(write_doc, nlp, "Shadow Home Secretary Daniel Dorsey said the Tories would vote against the plan. "
                             "Mark Oates, the shadow health secretary, said the Conservatives agreed.")
    assert not any(m.text.startswith("Shadow") for m in x.mentions), x.mentions
    roles = {(r.holder, r.title.lower(), r.organization) for r in x.roles}
    assert {("daniel dorsey", "shadow home secretary", "conservative party"),
            ("mark oates", "shadow health secretary", "conservative party")} <= roles, roles
    for text in ("Shadow Home Secretary Daniel Dorsey said the plan was wrong.",
                 "Labour's plan was published on Monday. Shadow chancellor Daniel Dorsey accused the government of delay."):
        x = _run(write_doc, nlp, text)
        assert not any(r.organization for r in x.roles if r.holder == "daniel dorsey"), x.roles


def test_extract_state_government_is_its_own_actor(write_doc, nlp):
    """"the Russian government", "the US government": a government body apart from the state, one
    actor whatever the wording ("Russian" or "Russia")."""
    x = _run(write_doc, nlp, "Zentrax has sued the Russian government for $28bn. The US government objected. "
                             "Russia government officials declined to comment.")
    found = {(m.text, m.key, m.kind) for m in x.mentions}
    assert ("Russian government", "russia government", "GovernmentBody") in found, found
    assert ("US government", "united states government", "GovernmentBody") in found, found
    assert ("Russia government", "russia government", "GovernmentBody") in found, found
    assert "united states" not in {m.key for m in x.mentions}


@pytest.mark.parametrize("text,first,expected", [
    ("Otis Marlow, a former pupil, said he had no regrets.", "Marlow", "Otis Marlow"),
    ("The court heard that Judge Marlow had retired.", "Marlow", "Marlow"),      # a title is no first name
    ("Officials in Kenya Marlow said nothing.", "Marlow", "Marlow"),             # nor a known place
])
def test_extract_first_name_the_model_left_out(nlp, text, first, expected):
    """A one-word person's name after a capitalized proper noun the model did not tag: its first name."""
    from spacy.tokens import Span

    from kg.extract.actors import _with_first_name
    from kg.extract.gazetteer import load

    doc = nlp(text)
    tok = next(t for t in doc if t.text == first)
    doc.ents = [Span(doc, tok.i, tok.i + 1, label="PERSON")]
    start, end, _, _ = _with_first_name(doc, (tok.idx, tok.idx + len(tok.text), "PERSON", 1), load())
    assert text[start:end] == expected


# -- claims round 4: claimants that generalize -----------------------------------------------------
def _first_named(x, c) -> str:
    """The text of a claim's claimant as the document first names it."""
    return next(m.text for m in sorted(x.mentions, key=lambda m: m.start) if m.key == c.claimant)


@pytest.mark.parametrize("text,cue,speaker", [
    # figures and forecasts are their named author's word
    ("In 2006, according to forecasts from the Ministry of Transport, rail fares will rise by 5%.",
     "according to", "Ministry of Transport"),
    # a spokesperson's phrase runs to the end of the body's name, whatever follows it
    ("A spokeswoman for Friends of the Earth, which campaigns on climate, described the plan as a disaster.",
     "described", "spokeswoman for Friends of the Earth"),
    # "the organisation" is the body the previous subject spoke for, not an older organization
    ("The trial was held by the Carrow Tribunal. A spokesman for Amnesty International, which monitors trials "
     "worldwide, described the sentence as harsh. \"The authorities want to silence him,\" the organisation said.",
     "said", "Amnesty International"),
    # a nationality before a bare title: the one person the story names with the title
    ("Archbishop John Mwangi led the service in Nairobi on Sunday. The Kenyan archbishop said the country needed "
     "healing.", "said", "John Mwangi"),
])
def test_extract_claims_round4_claimants(write_doc, nlp, text, cue, speaker):
    x = _run(write_doc, nlp, text)
    assert speaker in _first_named(x, _claim(x, cue)), x.claims


def test_extract_claims_nationality_title_needs_one_holder(write_doc, nlp):
    """With two archbishops named, "the Kenyan archbishop" is neither of them by title alone."""
    x = _run(write_doc, nlp, "Archbishop John Mwangi met Archbishop Peter Otieno in Nairobi on Sunday. "
                             "The Kenyan archbishop said the country needed healing.")
    assert not any("mwangi" in c.claimant or "otieno" in c.claimant for c in x.claims), x.claims

# -- Actors round 4: honorifics, peoples, occasions, surnames taken for places, joined places --------
def test_extract_religious_and_royal_honorifics_are_not_in_the_mention(write_doc, nlp):
    """"Archbishop Nelson Obadike" is a mention "Nelson Obadike"; the later "Archbishop Obadike" is
    the same person, and so is "Prince Oswin" ("Oswin")."""
    x = _run(write_doc, nlp, "Archbishop Nelson Obadike has called for the release of the prisoners. "
                             "Archbishop Obadike criticised the measures. Prince Oswin of Valmora said nothing.")
    people = {m.text: m.key for m in x.mentions if m.category == "Person"}
    assert "Nelson Obadike" in people and "Obadike" in people, people
    assert people["Obadike"] == people["Nelson Obadike"]
    assert not any(t.startswith(("Archbishop", "Prince")) for t in people), people


def test_extract_mention_ends_before_a_trailing_function_word(write_doc, nlp):
    """The NER sometimes keeps the "and" of a coordination in the first name ("Tech Radar and");
    a name never ends in a lowercase function word, so the mention stops before it, while "of"
    inside a name stays ("Bank of England")."""
    x = _run(write_doc, nlp, "The lawsuit named the websites Tech Radar and Gadget Weekly. "
                             "Officials of the Bank of England were not consulted.")
    texts = {m.text for m in x.mentions}
    assert {"Tech Radar", "Gadget Weekly", "Bank of England"} <= texts, texts
    assert not any(t.endswith((" and", " of", " to")) for t in texts), texts


def test_extract_plural_people_words_are_not_persons(write_doc, nlp):
    """No person's name is plural: a counted nationality ("four Britons", then "The Britons") is a
    group, and a region's people ("Kashmiris") a population; neither is a Person actor, and a
    region's nationality adjective ("Kashmiri") is no organization."""
    x = _run(write_doc, nlp, "Four Britons held at the camp will be released next week, the minister said. "
                             "The Britons were detained two years ago. Kashmiri politicians welcomed the move. "
                             "\"This will change the lives of Kashmiris,\" Ann Corbel said.")
    texts = {m.text for m in x.mentions if m.category in ("Person", "Organization", "Place")}
    assert not texts & {"Britons", "Four Britons", "Kashmiris", "Kashmiri"}, texts
    assert "Ann Corbel" in texts


def test_extract_plural_nationality_not_counted_is_left_alone(nlp):
    """A country's plural nationality word that the story never counts may stand for the state
    ("the Israelis said"): the plural-name rule leaves it to the others."""
    from kg.extract.actors import _plural_name
    from kg.extract.gazetteer import load

    text = "The Israelis said talks would resume."
    doc = nlp(text)
    assert _plural_name(text, doc, 4, 12, load()) is False
    counted = "Three Israelis were hurt. The Israelis were treated."
    doc = nlp(counted)
    assert _plural_name(counted, doc, 30, 38, load()) is True


@pytest.mark.parametrize("surface,after,expected", [
    ("National Harvest Day", " was marked on Monday", True),
    ("Super Bowl", " last year", True),
    ("Free Tomas", " and Lena Day.", True),          # first conjunct of a coordinated occasion
    ("Harvest Bank", " said", False),
    ("Day", " said", False),                         # one word: no name of an occasion
])
def test_extract_names_of_occasions(surface, after, expected):
    """Days, cups, festivals and the like are events, not actors."""
    from kg.extract.actors import _event_name

    text = surface + after
    assert _event_name(text, len(surface), surface) is expected


def test_extract_occasion_is_not_an_actor(write_doc, nlp):
    x = _run(write_doc, nlp, "Protesters marked International Harvest Day in Vexford. "
                             "The Velmar Cup final was held in Vexford.")
    assert not any("Day" in m.text or "Cup" in m.text for m in x.mentions), [m.text for m in x.mentions]


def test_extract_surname_taken_for_a_place_is_the_person(nlp):
    """An unlisted one-word "place" that ends a person's full name is his surname."""
    from kg.extract.actors import _back_references
    from kg.model import Mention

    found = [Mention(0, 13, "Tomas Vexaldi", "Person", "Person", "spacy-ner:PERSON", 0.8, "tomas vexaldi"),
             Mention(30, 37, "Vexaldi", "Place", "City", "spacy-ner:GPE", 0.8, "vexaldi"),
             Mention(50, 56, "London", "Place", "City", "gazetteer", 0.95, "london")]
    out = _back_references(found)
    assert (out[1].category, out[1].key) == ("Person", "tomas vexaldi")
    assert out[2].key == "london"  # a listed place stays a place


@pytest.mark.parametrize("name,label,pieces", [
    ("the Golden Pagoda in Vexford", "FAC", [("the Golden Pagoda", "FAC"), ("Vexford", "GPE")]),
    ("Marrow and Quill", "FAC", [("Marrow and Quill", "FAC")]),   # no shared plural head after it
    ("Gulf of Vexmar", "FAC", [("Gulf of Vexmar", "LOC")]),
])
def test_extract_places_joined_by_the_model(name, label, pieces):
    """A place in a place is two names; "X and Y prisons" is two; a gulf of a state is one region."""
    from kg.extract.actors import _split_locative
    from kg.extract.gazetteer import load

    text = f"They went to {name} on Monday."
    start = text.index(name)
    got = _split_locative(text, start, start + len(name), label, load())
    assert [(text[a:b], k) for a, b, k in got] == pieces


def test_extract_coordinated_names_with_a_shared_plural_head():
    from kg.extract.actors import _split_locative
    from kg.extract.gazetteer import load

    text = "They are held at Marrow and Quill prisons."
    start = text.index("Marrow")
    got = _split_locative(text, start, start + len("Marrow and Quill"), "FAC", load())
    assert [text[a:b] for a, b, _ in got] == ["Marrow", "Quill"]


# --- Events round 4: detention, changing relations, lexicon breadth -------------------------------

@pytest.mark.parametrize("text,kind,trigger,participant", [
    # "held" is a detention with people as passive subject and an agent or a mark of detention
    ("Three Chilean engineers have been held by Bolivia since March.", "Arrest", "held", "bolivia"),
    ("Maria Lopez is still being held without charge, her family said.", "Arrest", "held", "maria lopez"),
    # a verb of detention needs no named patient when its object stands for people
    ("Peru jails journalist for ten years", "Arrest", "jails", "peru"),
    # the sentence of a named person is a penalty imposed on them
    ("Maria Lopez's sentence was condemned by the Lima Bar Association.", "Arrest", "sentence", "maria lopez"),
    # a reduced passive relative: the place of a detention of unnamed people is its argument
    ("Foreign nationals detained in Spain will be moved soon.", "Arrest", "detained", None),
    # relations that change: a noun in relations, a cooling modifier, a souring verb, embassies
    ("A thaw in relations between Chile and Peru was welcomed.", "RestoreRelations", "thaw", "peru"),
    ("Greece and Turkey have a strained relationship.", "ReduceRelations", "relationship", "turkey"),
    ("Relations between Chile and Peru soured.", "ReduceRelations", "soured", "peru"),
    ("Norway will reopen its embassy in Santiago.", "RestoreRelations", "reopen", "norway"),
    ("Norway recalled its ambassador from Chile.", "ReduceRelations", "recalled", "norway"),
    # lexicon breadth: phrasal verbs and verbs of the class that were missing
    ("Chilean authorities have clamped down on bloggers.", "Coerce", "clamped", None),
    ("Peru handed back the Chilean pilot on Friday.", "Yield", "handed", "peru"),
    ("Senator Ana Ruiz assailed the Bolivian government on Monday.", "Criticize", "assailed", "ana ruiz"),
    # a participle on a name: the named one acts; an infinitive the tagger took for a noun is a verb
    ("Foreign Secretary Ana Ruiz, touring Asian countries, praised the plan.", "Visit", "touring", "ana ruiz"),
    ("The channel Zeta TV, which is owned by the same firm, was quick to apologise.",
     "EngageInDiplomaticCooperation", "apologise", "zeta tv"),
])
def test_extract_events_round4(write_doc, nlp, text, kind, trigger, participant):
    """Detentions, relations that change and the broader per-class lexicon (invented sentences)."""
    found = _triggered(_run(write_doc, nlp, text), kind, trigger)
    if participant is not None:
        assert any(participant in e.participants for e in found), [(e.trigger, e.participants) for e in found]


@pytest.mark.parametrize("text,absent", [
    ("The talks were held in Oslo on Monday.", "Arrest"),            # an event noun is held, nobody detained
    ("The seat was held by Labour in 2001.", "Arrest"),              # a seat held is an election
    ("Ana Ruiz held a meeting with Peru's president.", "Arrest"),    # active "held" with an event noun
    ("The second sentence of the Chilean statement was deleted.", "Arrest"),  # a grammatical sentence
    ("Chile and Peru had relations with Spain in the end.", "ReduceRelations"),  # no change of relations
])
def test_extract_events_round4_limits(write_doc, nlp, text, absent):
    """The limits of the detention and relations rules: no event of that class."""
    x = _run(write_doc, nlp, text)
    assert not _events_of(x, absent), [(e.kind, e.trigger, e.participants) for e in x.events]


# -- events round 5: unnamed patients, raised passives, lifted sanctions, authors of texts, breadth --
@pytest.mark.parametrize("text,kind,trigger,participant", [
    # unnamed people who undergo an event are an unnamed group (the BBC sets' convention)
    ("Nine foreign nationals are being held without charge in Peru.", "Arrest", "held", "nine foreign nationals"),
    ("Bolivia has condemned the arrest of local journalists.", "Arrest", "arrest", "local journalists"),
    ("Three Chileans were detained at the border on Sunday.", "Arrest", "detained", "three chileans"),
    # a passive infinitive under a raising predicate: the raised subject undergoes it
    ("The EU ban on Chilean fruit is expected to be lifted soon.", "Yield", "lifted", "eu"),
    ("Norway's fishing embargo on Chile is likely to be eased.", "Yield", "eased", "norway"),
    # the author of a text acts in its participle clause
    ("Bolivia issued a statement urging Chile to reopen the border.", "Appeal", "urging", "bolivia"),
    # agreements known by their place
    ("The treaty, signed in Lima, takes effect in May.", "SignAgreement", "signed", None),
    # lexicon breadth per class
    ("Senator Ana Ruiz admired the Bolivian president's courage.", "Praise", "admired", "ana ruiz"),
    ("Peru pressed for a new vote in the assembly.", "Appeal", "pressed", "peru"),
    ("The Chilean Senate threw out the Bolivian proposal.", "Reject", "threw", None),
    ("Peru extradited two Chilean bankers on Monday.", "Coerce", "extradited", "peru"),
])
def test_extract_events_round5(write_doc, nlp, text, kind, trigger, participant):
    """Events with unnamed patients, raised passives, lifted sanctions and the broader lexicon."""
    x = _run(write_doc, nlp, text)
    found = [e for e in _events_of(x, kind) if e.trigger == trigger]
    assert found, [(e.kind, e.trigger, e.participants) for e in x.events]
    if participant is not None:
        labels = {m.key: m.text.lower() for m in x.mentions}
        assert any(participant in e.participants or participant in {labels.get(p, "") for p in e.participants}
                   or any(participant in p for p in e.participants) for e in found), \
            [(e.trigger, e.participants) for e in found]


@pytest.mark.parametrize("text,absent", [
    ("Palestinians were angry at the decision.", "Disapprove"),     # a population and an adjective: no event
    ("The talks took place in March in Lima.", "Protest"),          # the month is no march
    ("Chile's fruit is likely to be sold abroad.", "Yield"),         # a raised passive that lifts nothing
])
def test_extract_events_round5_limits(write_doc, nlp, text, absent):
    """The limits of the round-5 rules: no event of that class."""
    x = _run(write_doc, nlp, text)
    assert not _events_of(x, absent), [(e.kind, e.trigger, e.participants) for e in x.events]


# --- Actors round 5: names that generalize (possessive group names, governments, state firms) ----

@pytest.mark.parametrize("text,surface,key,kind", [
    # a possessive of an irregular plural for people is part of the name, not a possessor
    ("Maria Holt of the Rural Women's Advisory Council said the plan was unfair.",
     "Rural Women's Advisory Council", "rural womens advisory council", None),
    # a government named by its seat of power is the state's government body
    ("The plan angered the administration in Bogota on Monday.", "administration in Bogota", "colombia government",
     "GovernmentBody"),
    ("Diplomats said the government in Chile had rejected the offer.", "government in Chile", "chile government",
     "GovernmentBody"),
    # a state firm named after its state, written with the state's possessive, is the listed firm
    ("China's National Offshore Oil Corporation made a bid on Friday.", "National Offshore Oil Corporation", "cnooc",
     "Company"),
    # a state's armed forces named by the state or its nationality word
    ("Chilean troops crossed the border on Monday.", "Chilean troops", "chile armed forces", "MilitaryForce"),
    ("Peru said Chilean forces had fired first.", "Chilean forces", "chile armed forces", "MilitaryForce"),
    # gazetteer breadth: a regulator, a trade union, a sports body
    ("Ofcom said it would look at the deal.", "Ofcom", "ofcom", "GovernmentBody"),
    ("The GMB and the Trades Union Congress backed the strike.", "Trades Union Congress", "trades union congress",
     "Organization"),
    ("The International Olympic Committee will meet in Lausanne.", "International Olympic Committee",
     "international olympic committee", "NonGovernmentalOrganization"),
])
def test_extract_actor_names_round5(write_doc, nlp, text, surface, key, kind):
    x = _run(write_doc, nlp, text)
    found = {(m.text, m.key): m.kind for m in x.mentions}
    assert (surface, key) in found, found
    assert kind is None or found[(surface, key)] == kind, found


@pytest.mark.parametrize("text,absent", [
    # a possessor that is a name stays apart from what it possesses
    ("Iran's Revolutionary Guards said the drill was over.", "irans revolutionary guards"),
    # forces named by a group or a body of several states are not a state's armed forces
    ("Sunni forces and UN forces stayed in the town.", "un armed forces"),
    # "government in" a place that is no state or capital names no state's government
    ("The government in Springfield is new.", "springfield government"),
])
def test_extract_actor_names_round5_limits(write_doc, nlp, text, absent):
    x = _run(write_doc, nlp, text)
    assert absent not in {m.key for m in x.mentions}, [(m.text, m.key) for m in x.mentions]

# -- claims round 5: claimants that generalize (ties, peoples, seats, titles, self-reports) --------
@pytest.mark.parametrize("text,cue,speaker", [
    # a tie or a title of a named person is someone else, an unnamed source with the possessor kept
    ("Peter Hall's lawyer said the charges were baseless.", "said", "Peter Hall's lawyer"),
    ("An aide to Senator Clara Diaz said the bill would pass.", "said", "aide to Senator Clara Diaz"),
    # a state's people with "the", when the story names the state
    ("Germany blocked the plan on Monday. The Germans said they would veto the plan.", "said", "Germany"),
    # a government named by its seat
    ("Egypt signed the deal. The government in Cairo now believes the talks will resume.", "believes",
     "government in Cairo"),
    # unnamed groups with their modifiers
    ("Newspaper reports suggest the minister will resign.", "suggest", "Newspaper reports"),
    ("Union leaders said the offer was unacceptable.", "said", "Union leaders"),
    # "he" after an unnamed single speaker takes that speaker up
    ("Jane Roe left the party on Monday. A spokesman for Acme Holdings said the move was expected. "
     "He added that it was not surprising Ms Roe had chosen to leave.", "added", "spokesman for Acme Holdings"),
])
def test_extract_claims_round5_claimants(write_doc, nlp, text, cue, speaker):
    x = _run(write_doc, nlp, text)
    assert _first_named(x, _claim(x, cue)) == speaker, x.claims


@pytest.mark.parametrize("text,cue,content", [
    ("Analysts see the vote as a warning to the government.", "see", "the vote as a warning to the government"),
    ("Opposition leader Maria Lopez dismissed the claims as nonsense.", "dismissed", "the claims as nonsense"),
    ("Mayor Ken Roe called the decision \"disgraceful\" on Monday.", "called", "the decision \"disgraceful\""),
])
def test_extract_claims_round5_judgements(write_doc, nlp, text, cue, content):
    x = _run(write_doc, nlp, text)
    c = _claim(x, cue)
    assert x.document.text[c.start:c.end] == content, x.claims


@pytest.mark.parametrize("text", [
    "The minister saw the film on Friday. She rejected the offer.",  # no "as": nothing reported
    "Jane Roe voted for the budget. The parliament would reject the plan as part of the final stage.",
    "Israel met Egypt. Jane Roe said the Israelis were entitled to expect Palestinians to give up arms.",
])
def test_extract_claims_round5_not_claims(write_doc, nlp, text):
    """Only "said" may be a claim here: "saw"/"rejected" without a judgement, "as part of", and an
    infinitive under "entitled to" report nothing."""
    x = _run(write_doc, nlp, text)
    assert all(c.cue == "said" for c in x.claims), x.claims


def test_extract_claims_round5_title_is_not_a_neighbours(write_doc, nlp):
    """A title that starts the next clause ("Echoing X, the prime minister said") or stands before
    another subject ("The mayor said Mr Roe ...") is not that person's."""
    x = _run(write_doc, nlp, "The mayor said Mr Ken Roe had lied. Echoing Foreign Secretary Jane Doe, the prime "
                             "minister said the policy had changed.")
    assert not any(c.claimant in ("ken roe", "jane doe") for c in x.claims), x.claims


def test_extract_claims_round5_own_belief_is_the_said_claim(write_doc, nlp):
    """"X said he believed Y" is one claim of X; "X said Z believed Y" is two, Z's relayed by X's."""
    x = _run(write_doc, nlp, "Mr Tom Blake said he believed the president was keen to work with others.")
    assert [c.cue for c in x.claims] == ["said"], x.claims
    x = _run(write_doc, nlp, "Mr Tom Blake said Jane Roe believed the president was keen to work with others.")
    assert sorted(c.cue for c in x.claims) == ["believed", "said"], x.claims


@pytest.mark.parametrize("text,cue,speaker", [
    # a firm's nationality is not the speaker: "the US company" is the company named before
    ("The largest delivery company, Parcelco, said it had placed an order. The US company said it needed "
     "more capacity.", "said", "Parcelco"),
    # an outlet's "our correspondent" is the person introduced as the outlet's own
    ("The BBC's Jane Okafor in Lagos says the film was cleared. Mr Tom Bello says he is shocked at the decision. "
     "Our correspondent says that the TV channels have refused to show it.", "says", "Jane Okafor"),
])
def test_extract_claims_round5_descriptions(write_doc, nlp, text, cue, speaker):
    x = _run(write_doc, nlp, text)
    last = [c for c in x.claims if c.cue == cue][-1]
    assert _first_named(x, last) == speaker, x.claims


def test_extract_claims_round5_ownerless_claims(write_doc, nlp):
    """"Following claims that X ..." attributes X to no one in particular; "the claims that he
    made" (a relative clause) reports nothing."""
    x = _run(write_doc, nlp, "Following claims that troops had crossed the border, Jane Roe was asked about it.")
    c = _claim(x, "claims")
    assert x.document.text[c.start:c.end] == "troops had crossed the border"
    assert next(m for m in x.implied if m.key == c.claimant).category == "UnnamedSource"  # implied, not mentioned
    x = _run(write_doc, nlp, "The claims that he made on Monday were false.")
    assert not x.claims, x.claims


def test_extract_claims_round5_headline_sees(write_doc, nlp):
    """A headline's "X sees Y" is X's view; "saw the new film" in the story is not a claim."""
    x = _run(write_doc, nlp, "Jane Roe sees slower economic growth\n\nJane Roe, the finance minister, spoke on "
                             "Monday. She saw the new film later.")
    assert [(c.cue, x.document.text[c.start:c.end]) for c in x.claims] == [("sees", "slower economic growth")]


# --- Events round 6: events whose actors are not named ------------------------------------------
@pytest.mark.parametrize("text,kind,trigger,participant", [
    # unnamed people as patients: singular person nouns, participles, groups "at" a place
    ("A Chilean poet has been jailed for six years on charges of sedition.", "Arrest", "jailed", "chilean poet"),
    ("Lawyers visited the inmates at Lurigancho detained without charge.", "Visit", "visited", "inmates"),
    # the owner of assets acted on is the target
    ("The court froze the accounts of Andina Mining on Monday.", "Coerce", "froze", "andina"),
    # "the two countries" looks back for the last two countries, a paragraph away
    ("Chile and Peru held talks in Lima last week about fishing rights, water and the long border between "
     "them, which has been disputed since the nineteenth century and was the subject of a ruling at the "
     "international court in The Hague. Officials said the negotiations had been cordial but slow. Analysts in "
     "Santiago expect no quick result on the disputed zone, and fishermen on both sides of the border say they "
     "have waited long enough for a settlement of their claims. The two countries also signed several agreements on trade.", "SignAgreement", "signed", "peru"),
    # agreement nouns take the parties of their clause
    ("Andina sold Pacifico a stake in 2001, as part of a partnership agreement.", "SignAgreement", "agreement",
     "andina"),
    ("Bolivia decided to enter into the customs agreement.", "SignAgreement", "agreement", "bolivia"),
])
def test_extract_events_round6(write_doc, nlp, text, kind, trigger, participant):
    """Events kept through unnamed people, asset owners, country pairs and an agreement's clause."""
    x = _run(write_doc, nlp, text)
    found = [e for e in _events_of(x, kind) if e.trigger == trigger]
    assert found, [(e.kind, e.trigger, e.participants) for e in x.events]
    labels = {m.key: m.text.lower() for m in x.mentions}
    assert any(participant in p or participant in labels.get(p, "") for e in found for p in e.participants), \
        [(e.trigger, e.participants) for e in found]


@pytest.mark.parametrize("text,absent,trigger", [
    ("Peruvians were released from the camp after a week.", "Yield", "released"),  # a people, no unnamed person
    ("Around 5,000 people visited the ruins in May.", "Visit", "visited"),            # unnamed visitors: no news
    ("Andina paid $2m to get out of a supply deal.", "SignAgreement", "deal"),        # leaving a deal signs none
    ("Chile and Peru will work together in a series of mining deals.", "SignAgreement", "deals"),  # the verb reports it
    ("The prime minister conceded defeat on Sunday.", "Yield", "conceded"),  # a definite office holder: named elsewhere
])
def test_extract_events_round6_limits(write_doc, nlp, text, absent, trigger):
    """The limits of the round-6 rules: no event of that class on that trigger."""
    x = _run(write_doc, nlp, text)
    assert not [e for e in _events_of(x, absent) if e.trigger == trigger], \
        [(e.kind, e.trigger, e.participants) for e in x.events]


# --- Labour strikes and military strikes -----------------------------------------------------

@pytest.mark.parametrize("text,kind,absent", [
    ("Dock workers in Brelport ended their strike on Monday, the Havenbond union said.", "Protest", "Attack"),
    ("The Rurovian air force carried out an air strike on a camp near Dalmir on Sunday.", "Attack", "Protest"),
])
def test_extract_events_strike_is_labour_or_military(write_doc, nlp, text, kind, absent):
    """"strike" is a stoppage of work when who strikes or what kind says so; else a military strike."""
    x = _run(write_doc, nlp, text)
    assert any(e.trigger.lower().startswith("strike") for e in _events_of(x, kind)), [(e.kind, e.trigger) for e in x.events]
    assert not any(e.trigger.lower().startswith("strike") for e in _events_of(x, absent))


# --- Joint claimants (one statement of several actors) -----------------------------------------

@pytest.mark.parametrize("text,speakers,content", [
    # coordinated names as the subject
    ("Anna Berg and Tomas Lind said the verdict was unfair to their clients.",
     {"anna berg", "tomas lind"}, "the verdict was unfair to their clients"),
    # "they" after a sentence that names them (object coordination, the subject not a group)
    ("The regulator sued Dorvan Holdings, Kessler Bank and Arlo Finance over the collapse. "
     "They have all denied any wrongdoing.", {"dorvan holdings", "kessler bank", "arlo finance"}, "any wrongdoing"),
    # a definite plural noun that takes up the coordination before it
    ("Norland Airways and the Pellisto Group have formed an alliance. The companies said the deal would create 500 jobs.",
     {"norland airways", "pellisto group"}, "the deal would create 500 jobs"),
    # a number: "the two"
    ("Anna Berg and Tomas Lind spoke to reporters outside the court in Malmo. The two said they would appeal.",
     {"anna berg", "tomas lind"}, "they would appeal"),
])
def test_extract_claims_joint_claimants(write_doc, nlp, text, speakers, content):
    """One claim per claimant with the same span and cue when several actors make one statement."""
    x = _run(write_doc, nlp, text)
    found = [c for c in x.claims if x.document.text[c.start:c.end] == content]
    assert {c.claimant for c in found} == speakers, [(c.claimant, x.document.text[c.start:c.end]) for c in x.claims]
    assert len({(c.start, c.end, c.cue_start) for c in found}) == 1


@pytest.mark.parametrize("text,speaker,content", [
    # a group as the subject before stays the antecedent of "they"
    ("Police arrested Anna Berg and Tomas Lind in Malmo. They said the arrests were lawful.",
     "police", "the arrests were lawful"),
    # one actor with a tie is not a coordination of named actors
    ("Tomas Lind and his wife said the house had been sold.", "tomas lind", "the house had been sold"),
])
def test_extract_claims_joint_claimants_limits(write_doc, nlp, text, speaker, content):
    """No joint claim without a clear antecedent of several named actors."""
    x = _run(write_doc, nlp, text)
    found = [c for c in x.claims if x.document.text[c.start:c.end] == content]
    assert len(found) == 1 and speaker in found[0].claimant, [(c.claimant, x.document.text[c.start:c.end]) for c in x.claims]


@pytest.mark.parametrize("text,content,absent", [
    ("Anna Berg, a director of Vantor, denied the allegations on Friday.", "the allegations", None),
    ("The border guards at Malmo denied him entry on Friday.", None, "entry"),
])
def test_extract_claims_denied_object(write_doc, nlp, text, content, absent):
    """"denied the allegations" is a denied statement; "denied him entry" a refusal, no claim."""
    x = _run(write_doc, nlp, text)
    spans = {x.document.text[c.start:c.end]: c for c in x.claims}
    if content:
        assert content in spans and spans[content].stance == "Denies", spans
    else:
        assert not any(absent in s for s in spans), spans


def test_joint_claims_are_separate_nodes(build_docs):
    """Each joint claimant's claim is its own node in the store and its own row of the claims query;
    a claim of one claimant keeps the IRI of its span and cue."""
    from kg.mapping import claim_iri
    from kg.query import query

    store = build_docs({"j.txt": "Joint statement\n\nAnna Berg and Tomas Lind said the verdict was unfair to their clients. "
                                 "Mr Lind said the court in Malmo had ignored the evidence.\n"})
    rows = [(r[1].value, r[8].value) for r in query("claims", store=store, check=False).rows]
    joint = sorted(name for name, text in rows if text.startswith("the verdict was unfair"))
    assert joint == ["Anna Berg", "Tomas Lind"], rows
    from kg.vocab import KG

    db = store.open()
    claims = sorted(str(r["c"].value) for r in db.query(f"SELECT ?c WHERE {{ ?c a <{KG.Claim}> }}"))
    assert len(claims) == 3, claims
    # the joint claims' IRIs carry one more segment (the claimant's hash) than the single claim's
    depth = sorted(c.count("/") for c in claims)
    assert depth[0] + 1 == depth[1] == depth[2], claims
    assert claim_iri("ab" * 32, 1, 9, 12) != claim_iri("ab" * 32, 1, 9, 12, "anna berg")


@pytest.mark.parametrize("text,content,speaker", [
    # "the Russian": one person, the one the sentence before is about, not the state
    ("Maria Lenska of Russia says the injury is healing well. The Russian said she would play in the final.",
     "she would play in the final", "maria lenska"),
    # "the French" are a people: the state (guidelines: "the Israelis")
    ("France and Chile signed a fisheries pact. The French said the deal was fair.", "the deal was fair", "france"),
])
def test_extract_claims_national_noun(write_doc, nlp, text, content, speaker):
    """A singular nationality noun as the subject stands for a person named before, a collective one for the state."""
    x = _run(write_doc, nlp, text)
    found = [c.claimant for c in x.claims if x.document.text[c.start:c.end] == content]
    assert found == [speaker], [(c.claimant, x.document.text[c.start:c.end]) for c in x.claims]


# --- Events round 7: arguments recovered through the parse ------------------------------------
@pytest.mark.parametrize("text,kind,trigger,role,key", [
    # the object of a phrasal verb's preposition is its target
    ("A spokesman for Amnesty International described the verdict as harsh and called on President Jacques "
     "Chirac to intervene.", "Appeal", "called", "target", "jacques chirac"),
    # judging an act of someone judges that someone
    ('At the summit Ms Lind said: "We applaud the efforts of both Peru and Chile."', "Praise", "applaud",
     "target", "peru"),
    # a passive matrix's subject controls the participle and infinitive that depend on it
    ("Lena Vos was detained in March after using her column to criticise the Dutch government.", "Criticize",
     "criticise", "agent", "lena vos"),
    # a possessive pronoun in the predicate is bound by a subject that agrees with it
    ("The EU and Japan have repeated their willingness to end the row over steel tariffs.", "ExpressIntentToCooperate",
     "willingness", "agent", "european union"),
    # a clash between politicians is a quarrel, not combat
    ("Ms Okafor, who has clashed with Gordon Brown over pensions, stood down on Friday.", "Disapprove", "clashed",
     "agent", "okafor"),
    # a date after "agreed upon" is no object of "upon"
    ("The member states will sign a treaty text that was agreed upon last March by the Council of Ministers.",
     "SignAgreement", "agreed", "agent", "council of ministers"),
    # an unnamed organisation acts
    ("Farming organisations in Peru have demanded the repeal of the new water law.", "Demand", "demanded",
     "agent", "farming organisations"),
])
def test_extract_events_round7_arguments(write_doc, nlp, text, kind, trigger, role, key):
    """Events kept, and typed, through arguments the parse gives beyond the trigger's own subject and object."""
    x = _run(write_doc, nlp, text)
    found = [e for e in _events_of(x, kind) if e.trigger == trigger]
    assert found, [(e.kind, e.trigger, e.agent, e.target) for e in x.events]
    labels = {m.key: m.text.lower() for m in x.mentions}
    assert any(key in (getattr(e, role) or "") or key in labels.get(getattr(e, role) or "", "") for e in found), \
        [(e.trigger, e.agent, e.target) for e in found]


@pytest.mark.parametrize("text,absent,trigger", [
    ("Hamas fighters clashed with the Israeli army in Gaza.", "Disapprove", "clashed"),  # armed: combat stays
    ("Ahmed Karimi was arrested and charged by the police.", "Criticize", "charged"),    # a conjunct is no adjunct
    ("The mayor says she will fight on until the next vote.", "Disapprove", "fight"),      # no opponent: no event
])
def test_extract_events_round7_limits(write_doc, nlp, text, absent, trigger):
    """The limits of the round-7 rules."""
    x = _run(write_doc, nlp, text)
    assert not [e for e in _events_of(x, absent) if e.trigger == trigger], \
        [(e.kind, e.trigger, e.agent, e.target) for e in x.events]


def test_extract_events_round7_possessive_agreement(write_doc, nlp):
    """"their" is not bound by a first-person subject: the attacks stay without agent."""
    x = _run(write_doc, nlp, "We have warned Peru about their attacks against Andina Mining.")
    assert [e for e in x.events if e.trigger == "attacks"], [(e.kind, e.trigger, e.agent) for e in x.events]
    assert not [e for e in x.events if e.trigger == "attacks" and e.agent], [(e.kind, e.trigger, e.agent) for e in x.events]


@pytest.mark.parametrize("text,kind,trigger", [
    ("Andina Mining has taken legal action against three former directors.", "Disapprove", "action"),
    ("Andina Mining said it is preparing further law suits against Banco Sur.", "Threaten", "suits"),
    ("The Rurovian consumer group launched a legal campaign against Banco Sur.", "Disapprove", "campaign"),
])
def test_extract_events_round7_litigation(write_doc, nlp, text, kind, trigger):
    """Legal action is litigation (Disapprove); a planned one is a threat."""
    x = _run(write_doc, nlp, text)
    assert [e for e in _events_of(x, kind) if e.trigger == trigger], [(e.kind, e.trigger, e.agent) for e in x.events]


@pytest.mark.parametrize("text,trigger", [
    ("Mr Lamberty said it was not certain that Andina Mining would take legal action.", "action"),  # a possibility
    ("The Rurovian government took action against inflation.", "action"),                        # no litigation
    ("Andina Mining threatened legal action against Banco Sur.", "action"),                       # the verb is the event
])
def test_extract_events_round7_litigation_limits(write_doc, nlp, text, trigger):
    """No event on these legal-looking nouns."""
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.trigger == trigger], [(e.kind, e.trigger, e.agent) for e in x.events]


# --- Actors and roles, round 7: appositions, seats, employers, names the model mistypes ----------

@pytest.mark.parametrize("text,holder,org", [
    # an age in apposition between the name and the role
    ("Maria Lund, 47, chairman of Norrland Bank, said the plan would fail.", "maria lund", "norrland bank"),
    # a seat: the constituency after "MP for", not the county it lies in
    ("Maria Lund, 47, MP for Eastleigh in Hampshire, said the plan would fail.", "maria lund", "eastleigh"),
    # an apposition the writer did not close with a comma before the verb
    ("“We will appeal,” Anna Berg, a Norrland Bank spokeswoman told reporters.", "anna berg", "norrland bank"),
    # the employer after "at"
    ("Tomas Berg, head of research at Norrland Bank, said prices would rise.", "tomas berg", "norrland bank"),
    # a preposed apposition whose name follows an honorific the mention leaves out
    ("Mourners visited the grave of the founder of the Unity Party, Sheikh Omar Haddad, on Monday.",
     "omar haddad", "unity party"),
])
def test_extract_roles_round7(write_doc, nlp, text, holder, org):
    x = _run(write_doc, nlp, text)
    assert any(r.holder == holder and r.organization == org for r in x.roles), x.roles


def test_extract_roles_clause_is_no_apposition(write_doc, nlp):
    """"X, the Norwegian minister said ...": a new clause after the comma, no title of X (nor a
    nationality word made a mention of its state for it)."""
    x = _run(write_doc, nlp, "The talks included Karl Olsen, the Norwegian minister said there had been progress.")
    assert not [r for r in x.roles if r.holder == "karl olsen"], x.roles
    assert "norway" not in {m.key for m in (*x.mentions, *x.implied)}


def test_extract_mentions_round7_names(write_doc, nlp):
    """A firm named after two partners is one organization; a full name the model took for an
    organization is a person once the story calls him "Mr" (his surname then refers to him)."""
    x = _run(write_doc, nlp, "According to the firm, Emma Hart of Hogan and Sterling, the claim is sound. "
                             "The agency praised Tomas Vande for the work. Mr Vande said he was pleased.")
    by_text = {m.text: m for m in x.mentions}
    assert by_text["Hogan and Sterling"].category == "Organization"
    assert by_text["Tomas Vande"].category == "Person"
    assert by_text["Vande"].key == by_text["Tomas Vande"].key


@pytest.mark.parametrize("text,person", [
    ("Lucia de Prado, the IMF's managing director, said growth would slow.", True),
    ("Karin Lund, chief executive of Norsk Cargo, said profits rose.", True),
    ("Acme Widgets, the market leader, said sales rose.", False),  # a firm can lead a market
    ("Baltic Freight, a member of the group, said sales rose.", False),  # or be a member
    ("Nordic Steel Group, whose chairman resigned, said sales rose.", False),  # no title in apposition
    ("Nordic Steel, whose chairman, Tom Lee, quit, said sales rose.", False),  # a relative clause
    ("Nordic Steel, said the spokesman, will cut jobs.", False),  # a cue, not an apposition
])
def test_extract_mentions_appositive_title_makes_a_person(text, person):
    """A name the model took for an organization is a person's when a title only people hold stands
    in apposition after it; every mention of the name follows (the rule alone, on given mentions)."""
    from kg.extract.actors import _appositive_persons
    from kg.model import Mention

    name = text.split(",")[0]
    found = [Mention(0, len(name), name, "Organization", "Organization", "spacy-ner:ORG", 0.7, name.lower()),
             Mention(len(text) + 1, len(text) + 1 + len(name), name, "Organization", "Organization", "spacy-ner:ORG",
                     0.7, name.lower())]
    out = _appositive_persons(text + " " + name, found)
    assert [m.category for m in out] == (["Person"] * 2 if person else ["Organization"] * 2)


# --- Claimants, round 8: descriptions of a body, names that look like source nouns, one clause per cue ---

@pytest.mark.parametrize("text,cue,claimant", [
    # "the group" never takes up a news outlet named after the body (the outlet is "the paper")
    ("Vetland has been accused of blocking the Financial Times website by the media watchdog, the Free Press "
     "Alliance. The Oslo-based pressure group said the site had been closed for a week.", "said", "free press alliance"),
    # the body the story quotes, not a firm named since
    ("The campaign group Clean Rivers Trust said the river was polluted. Ships owned by Norsk Cargo and "
     "Baltic Freight use the port. \"The water is unsafe,\" said the group in a statement.", "said",
     "clean rivers trust"),
    # "the paper" is the outlet the story just quoted, not one quoted in an earlier paragraph
    ("The plan was delayed, according to the Financial Times. The Observer reported that jobs were at risk.\n\n"
     "According to the Observer, 300 jobs could go. The paper said that talks would resume.", "said", "the observer"),
])
def test_extract_claims_round8_described_bodies(write_doc, nlp, text, cue, claimant):
    x = _run(write_doc, nlp, text)
    c = max((c for c in x.claims if c.cue == cue), key=lambda c: c.cue_start)
    assert c.claimant == claimant, [(c.cue, c.claimant) for c in x.claims]


def test_extract_claims_round8_group_without_body(write_doc, nlp):
    """With no body but news outlets named before it, "the group" has no claimant to take up: a
    wrong speaker is worse than none."""
    x = _run(write_doc, nlp, "The Financial Times printed the letter on Monday. The group said the law was unfair.")
    assert not [c for c in x.claims if c.claimant == "financial times"], [(c.cue, c.claimant) for c in x.claims]


def test_extract_claims_round8_name_that_is_a_source_noun(write_doc, nlp):
    """"according to the Observer": a capitalized name, not an unnamed observer."""
    x = _run(write_doc, nlp, "The Observer reported that the mine would close. Shares fell on Monday. "
                             "According to the Observer, 300 jobs could go.")
    c = _claim(x, "according to")
    assert c.claimant == "the observer", [(c.cue, c.claimant) for c in x.claims]
    assert not [m for m in x.mentions if m.category == "UnnamedSource"], x.mentions


def test_extract_claims_round8_second_attribution_is_its_own(write_doc, nlp):
    """"It is thought X but Y has confirmed Z": the impersonal claim ends before Y's attribution."""
    x = _run(write_doc, nlp, "It is thought Norsk Cargo wants more money but chief executive Erik Dahl has "
                             "confirmed the firm is still in talks with the port.")
    thought = _claim(x, "It is thought")
    assert x.document.text[thought.start:thought.end] == "Norsk Cargo wants more money", x.claims
    confirmed = _claim(x, "confirmed")
    assert confirmed.claimant == "erik dahl", x.claims


@pytest.mark.parametrize("text,claimant", [
    # a trade before the noun keeps the description definite: the firm the story is about
    ("Vantora Systems has sued two students for copying its games. The software giant said the copies had cost "
     "it millions.", "vantora systems"),
    ("The campaign group Clean Rivers Trust met Vantora Systems on Monday. For its part, the software firm said it "
     "was looking into the issue.", "vantora systems"),
    # through "it" after such a description
    ("The software giant Vantora Systems has sued two students. It said the copies had cost it millions.",
     "vantora systems"),
])
def test_extract_claims_round8_firm_named_by_trade(write_doc, nlp, text, claimant):
    x = _run(write_doc, nlp, text)
    assert _claim(x, "said").claimant == claimant, [(c.cue, c.claimant) for c in x.claims]


def test_extract_claims_round8_parent_company_is_another(write_doc, nlp):
    """"the parent company" names a firm by its tie to another: not the firm just named."""
    x = _run(write_doc, nlp, "Vantora Systems has bought a stake in Kelmar Foods. The parent company said the deal "
                             "was good value.")
    assert not [c for c in x.claims if c.claimant in ("vantora systems", "kelmar foods")], x.claims


def test_extract_claims_round8_question_then_speaker(write_doc, nlp):
    """"“...?” X said.": the parser ends the question's sentence after its closing mark, so the
    cue's sentence starts right after the quotation; it is still the cue's quotation."""
    x = _run(write_doc, nlp, "Ingrid Halvorsen was angry at the ruling. \"Why should our members pay for the "
                             "mistakes of the bank?\" Halvorsen said.")
    c = _claim(x, "said")
    assert c.claimant == "ingrid halvorsen" and x.document.text[c.start:c.end].startswith("Why should"), x.claims


def test_extract_claims_round8_quotation_then_other_sentence(write_doc, nlp):
    """A sentence after a quotation that goes on with its own report ("He pointed to ...") does
    not take the quotation."""
    x = _run(write_doc, nlp, "Ingrid Halvorsen was angry at the ruling. \"Why should we pay for this?\" She pointed "
                             "to new plans to cut costs.")
    assert not [c for c in x.claims if x.document.text[c.start:c.end].startswith("Why should")], x.claims


# --- Actors round 8: parts of full names, country-qualified bodies, listed titles, competitions --

@pytest.mark.parametrize("text,part,full", [
    # the last word of a firm's name, which the model takes for a person
    ("Shares in Orbis Vantor rose on Monday. Vantor said profits had doubled.", "Vantor", "Orbis Vantor"),
    # the first word
    ("Halvard Telecom agreed a merger on Monday. Analysts said Halvard would cut jobs.", "Halvard", "Halvard Telecom"),
    # the name without its generic tail
    ("Nordic Steel Industry Corp bought a mill in Sweden. Nordic Steel said the deal was done.",
     "Nordic Steel", "Nordic Steel Industry Corp"),
    # a country's name right before a body the model tagged apart: the body without it
    ("The Federal Court rejected the appeal on Monday. Lawyers had asked the Canada Federal Court to rule quickly.",
     "Federal Court", "Canada Federal Court"),
])
def test_extract_mentions_round8_name_parts(write_doc, nlp, text, part, full):
    x = _run(write_doc, nlp, text)
    by_text = {m.text: m for m in x.mentions}
    assert by_text[part].key == by_text[full].key, x.mentions
    assert by_text[part].category == "Organization"
    if full.startswith("Canada"):
        assert by_text[full].kind == "GovernmentBody"


def test_extract_mentions_round8_name_parts_limits(write_doc, nlp):
    """A firm named alone before a longer name that begins with it is the firm: the longer name is
    another actor (a unit of it), and the firm keeps its own key."""
    x = _run(write_doc, nlp, "Kestrel said on Monday that the Kestrel Developer Network would close.")
    by_text = {m.text: m for m in x.mentions}
    assert by_text["Kestrel"].key == "kestrel", x.mentions


def test_extract_mentions_round8_country_prefix_joined(write_doc, nlp):
    """"the US District Court": one government body, no mention of the state."""
    x = _run(write_doc, nlp, "The complaint was lodged on Monday in the US District Court in Ohio by Vantor.")
    texts = {m.text: m for m in x.mentions}
    assert "US District Court" in texts and texts["US District Court"].kind == "GovernmentBody", x.mentions
    assert "united states" not in {m.key for m in x.mentions}
    assert texts["Ohio"].kind == "Region"


def test_extract_mentions_round8_titles_and_competitions(write_doc, nlp):
    """"the Observer" is the listed "The Observer" although the article is lowercase; a name that
    begins a competition's name ("US Open", "FA Cup") is no actor there."""
    x = _run(write_doc, nlp, "According to the Observer, the plant will close. The minister told the Independent "
                             "the plan was sound. Kovacs won the US Open last year and played in the FA Cup final.")
    by_text = {m.text: m for m in x.mentions}
    assert by_text["Observer"].key == "the observer" and by_text["Observer"].kind == "MediaOutlet", x.mentions
    assert by_text["Independent"].kind == "MediaOutlet"
    assert not {"united states", "football association"} & {m.key for m in x.mentions}


def test_extract_mentions_round8_programme(write_doc, nlp):
    """"CNN's Morning Call programme" is one media outlet named by the whole phrase; the
    broadcaster keeps its own mentions elsewhere."""
    x = _run(write_doc, nlp, "The minister told CNN's Morning Call programme that the plan was sound. "
                             "CNN said it would air the talk.")
    by_text = {m.text: m for m in x.mentions}
    assert by_text["CNN's Morning Call programme"].kind == "MediaOutlet", x.mentions
    assert by_text["CNN"].key != by_text["CNN's Morning Call programme"].key
    assert not [m for m in x.mentions if m.text == "CNN" and m.start < x.document.text.index("programme")]


def test_extract_mentions_round8_outlet_services_and_web_firms(write_doc, nlp):
    """A listed broadcaster's name before a service's name types the service as a media outlet
    ("BBC Sport"); a web address names a company ("Vantor.com")."""
    x = _run(write_doc, nlp, "Shares in Vantor.com rose. Analysts told BBC Sport and the BBC Persian Service on "
                             "Monday that the figures were sound.")
    by_text = {m.text: m for m in x.mentions}
    assert by_text["Vantor.com"].kind == "Company", x.mentions
    assert by_text["BBC Sport"].kind == "MediaOutlet"
    assert by_text["BBC Persian Service"].kind == "MediaOutlet"


def test_extract_mentions_round8_model_codes(write_doc, nlp):
    """A name ending in a model code ("Vantor K300s") is a product, no actor; a channel's number
    and a one-word code stay names."""
    x = _run(write_doc, nlp, "The airline ordered ten Vantor K300s from Halvard. BBC Radio 4 and Channel 4 "
                             "reported the G8 summit.")
    texts = {m.text for m in x.mentions}
    assert not [t for t in texts if "K300s" in t], x.mentions
    assert {"BBC Radio 4", "Channel 4", "G8"} <= texts


@pytest.mark.parametrize("text,holder,org", [
    # a firm's title without the firm: the firm the paragraph before is about
    ("Orbis Holdings has sued six banks over its collapse.\n\nThe firm owed millions and new boss Anna Berg has "
     "promised to pay.", "anna berg", "orbis holdings"),
])
def test_extract_roles_round8_firm_of_the_story(write_doc, nlp, text, holder, org):
    x = _run(write_doc, nlp, text)
    assert any(r.holder == holder and r.organization == org for r in x.roles), x.roles


def test_extract_roles_round8_firm_of_the_story_limits(write_doc, nlp):
    """A news outlet that reports the story is not the firm a bare "chief executive" works for."""
    x = _run(write_doc, nlp, "Orbis Holdings has lost a key contract, BBC Sport has learnt.\n\n"
                             "But chief executive Anna Berg said the firm would recover.")
    assert not [r for r in x.roles if r.holder == "anna berg" and r.organization == "bbc sport"], x.roles


# -- events round 8b: arguments through coreference ---------------------------------------------------


@pytest.mark.parametrize("text,kind,trigger,participant", [
    # "I" inside a quotation is its speaker
    ("Senator Maria Alvarez met voters in Leeds.\n\n“I reject that claim entirely,” Ms Alvarez told reporters.",
     "Reject", "reject", "maria alvarez"),
    # "we" said by an organization is that organization
    ("Halvard Motors faces a fine from regulators.\n\nHalvard Motors said: “The ruling is wrong. We will sue "
     "the ministry.”", "Disapprove", "sue", "halvard motors"),
    # a definite title takes up the person named with it
    ("Prince Edmund visited a school in Kent.\n\nOn Monday the prince apologised for his remarks.",
     "EngageInDiplomaticCooperation", "apologised", "edmund"),
    # a definite description that repeats words of an organization's name
    ("The Oslo Shipping Exchange met Tallinn Holdings on Friday.\n\nThe offer was later rejected by the Oslo "
     "exchange.", "Reject", "rejected", "oslo shipping exchange"),
    # "they" in a clause below its sentence's plural subject
    ("Officials of the Green Alliance gave interviews in which they praised the Red Cross.",
     "Praise", "praised", "green alliance"),
    # "it is the only country that ...": the state named just before
    ("Norway has a small navy. It is the only country providing military support to Estonia.",
     "ProvideMilitarySupport", "providing", "norway"),
])
def test_extract_events_round8b_arguments_through_coreference(write_doc, nlp, text, kind, trigger, participant):
    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if e.trigger == trigger]
    assert found and any(participant in e.participants for e in found), x.events
    from kg.ontology import ancestors

    assert any(e.kind == kind or kind in ancestors(e.kind) for e in found), found


@pytest.mark.parametrize("text,trigger,absent", [
    # "we" said by one person has no antecedent (a firm, a party, a family ...); in a clause the cue
    # governs ("“We have warned ...,” Mr Reed said"), the reporting clause's subject is taken, as the
    # gold does for a spokesman's "we"
    ("Lawyer Tom Reed met the families.\n\n“We have warned the ministry about these attacks. The ministry must "
     "act,” Mr Reed said.", "warned", "tom reed"),
    # a title bound to another name only across a comma ("as US President, Jane Roe said") is not hers
    ("Dan Kwan will start his term as president, Mary Stone has said.\n\nMs Stone said the president was keen to "
     "work with other countries.", "work", "mary stone"),
    # a description with a word the name lacks takes up no organization
    ("The Oslo Shipping Exchange met Tallinn Holdings on Friday.\n\nThe offer was rejected by the Bergen exchange.",
     "rejected", "oslo shipping exchange"),
])
def test_extract_events_round8b_no_wrong_antecedent(write_doc, nlp, text, trigger, absent):
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.trigger == trigger and absent in e.participants], x.events


@pytest.mark.parametrize("text,trigger", [
    ("The new law will force people to carry identity cards, Liberty said.", "force"),
    ("Police in Ruritania detained people without trial for years.", "detained"),
])
def test_extract_events_round8b_bare_people_is_no_group(write_doc, nlp, text, trigger):
    """Bare "people" is people at large, no unnamed group: an event with no other participant is none."""
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.trigger == trigger and any("people" in p for p in e.participants)], x.events


def test_extract_events_round8b_counted_people_are_a_group(write_doc, nlp):
    x = _run(write_doc, nlp, "Three people were detained in Leeds on Friday.")
    assert [e for e in x.events if e.trigger == "detained" and any("three people" in p for p in e.participants)], x.events


# --- Round 8b: actors the text implies but does not name (unspecified sources, states of demonyms) ---
@pytest.mark.parametrize("text,phrase", [
    ("The harbour authority is said to have approved the new quay last week.", "is said to"),
    ("It is understood that the two clubs agreed a fee on Sunday.", "It is understood"),
    ("The cuts follow fears that the factory could close within a year.", "fears"),
])
def test_extract_unspecified_source_is_implied_not_mentioned(write_doc, nlp, text, phrase):
    """An agentless attribution names no one: its unspecified source is the claimant, implied by
    the phrase, but that phrase is no actor mention (gold: ``unspecified_source`` has no mention)."""
    x = _run(write_doc, nlp, text)
    claimants = {c.claimant for c in x.claims}
    implied = [m for m in x.implied if m.key in claimants]
    assert [m.text for m in implied] == [phrase], (x.claims, x.implied)
    assert not [m for m in x.mentions if m.key in {m.key for m in implied}], x.mentions


@pytest.mark.parametrize("text,holder,country", [
    ("Norwegian Prime Minister Ingrid Halvorsen opened the shipyard on Monday.", "ingrid halvorsen", "norway"),
    ("Alberto Ruiz, the Chilean foreign minister, arrived in Lima on Tuesday.", "alberto ruiz", "chile"),
])
def test_extract_demonym_state_of_a_role_is_implied(write_doc, nlp, text, holder, country):
    """"Norwegian Prime Minister X": the role's organization is the state, but the nationality word
    is no mention of it (gold rule), so the state is implied, not mentioned."""
    x = _run(write_doc, nlp, text)
    assert any(r.holder == holder and r.organization == country for r in x.roles), x.roles
    assert country not in {m.key for m in x.mentions}, x.mentions
    assert country in {m.key for m in x.implied}, x.implied


def test_extract_demonym_of_a_named_state_is_no_implied_actor(write_doc, nlp):
    """When the text names the state, the role points to that actor and nothing is implied."""
    x = _run(write_doc, nlp, "Norwegian Prime Minister Ingrid Halvorsen said Norway would buy two ships.")
    assert any(r.holder == "ingrid halvorsen" and r.organization == "norway" for r in x.roles), x.roles
    assert not [m for m in x.implied if m.key == "norway"], x.implied
    assert "Norway" in {m.text for m in x.mentions if m.key == "norway"}


@pytest.mark.parametrize("docs", [{
    "a.txt": "Shipyard opens\n\nNorwegian Prime Minister Ingrid Halvorsen opened the shipyard on Monday. "
             "The yard is said to have won orders for six ferries.\n",
}])
def test_mapping_implied_actors_have_no_actor_evidence(build_docs, docs):
    """Implied actors are typed in the document's graph for the records that point to them (the
    claimant of a claim, the jurisdiction of the role's government) with no evidence span of their
    own, no alias and no identity merge; the graph still meets the shapes (their provenance is the
    evidence of what implies them)."""
    from kg import query, validate

    store = build_docs(docs)
    rows = query("""SELECT ?a ?c WHERE { ?x kg:claimant ?a . ?a a ?c FILTER(?c = kg:UnnamedSource) }""",
                 store=store, check=False).rows
    source = {r[0] for r in rows}
    assert len(source) == 1, rows
    rows = query("SELECT ?j ?l WHERE { ?r a kg:Role ; kg:organization ?o . ?o kg:jurisdiction ?j . ?j skos:prefLabel ?l }",
                 store=store, check=False).rows
    assert [(r[0].value.rsplit("/", 1)[-1], r[1].value) for r in rows] == [("norway", "Norway")], rows
    implied = source | {r[0] for r in rows}
    for node in implied:
        found = query(f"SELECT ?p WHERE {{ <{node.value}> ?p ?o FILTER(?p IN (kg:evidence, skos:altLabel)) }}",
                      store=store, check=False).rows
        assert not found, (node, found)
    merged = query("SELECT ?a WHERE { ?m a kg:IdentityMerge ; kg:canonical ?a }", store=store, check=False).rows
    assert not implied & {r[0] for r in merged}
    assert validate(store, use_cache=False).conforms


def test_mapping_implied_actor_that_no_mapped_record_names_is_left_out(build_docs):
    """A state implied by a nationality word whose record is not mapped (a descriptor that is no
    office: no role) is not typed in the document graph, which would leave an actor without
    provenance; the graph meets the shapes."""
    from kg import query, validate

    store = build_docs({"d.txt": "Ferry deal\n\nThe shipping group, controlled by Danish tycoon Lars Eriksen, "
                                 "is eyeing a move into ferries.\n"})
    rows = query("SELECT ?a WHERE { ?a a kg:Actor FILTER NOT EXISTS { ?a kg:evidence ?e } "
                 "FILTER NOT EXISTS { ?x ?p ?a FILTER(?p != rdf:type) } }", store=store, check=False).rows
    assert not rows, rows
    assert validate(store, use_cache=False).conforms


def test_shapes_actor_without_evidence_or_implier_fails(tmp_path):
    """An actor with no evidence that nothing with evidence points to has no provenance: the
    exception for implied actors does not let a bare actor through."""
    from kg import validate

    data = tmp_path / "bare.ttl"
    data.write_text("@prefix kg: <https://w3id.org/kg/ont#> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                    "<https://w3id.org/kg/id/actor/nobody> a kg:Actor , kg:Person ; skos:prefLabel \"Nobody\" .\n",
                    encoding="utf-8")
    report = validate(data=[data])
    assert not report.conforms
    assert any("evidence" in r.message for r in report.results), report.results


# -- events round 10: event recall (displeasure, lemmas, litigation) ---------------------------------
@pytest.mark.parametrize("text,trigger,agent,target", [
    # a predicative adjective: the one displeased acts, the "with" phrase is the target
    ("The Ruritanian Cycling Union is furious with Marta Kovac over her remarks.", "furious",
     "ruritanian cycling union", "marta kovac"),
    # a passive psych verb: the "by" phrase names what displeased, its owner is the target
    ("Norway was angered by Sweden's decision to close the border.", "angered", "norway", "sweden"),
    # an active psych verb: the object is displeased, the subject displeased it
    ("Greece's refusal to attend the summit has angered Turkey.", "angered", "turkey", "greece"),
    # a verb whose subject is displeased
    ("Anna Berg is fuming that she was left out of the squad.", "fuming", "anna berg", None),
    # a headline's reduced passive: the noun modified is displeased
    ("Portugal angered by Spanish ruling", "angered", "portugal", None),
])
def test_extract_events_round10_displeasure_is_disapproval(write_doc, nlp, text, trigger, agent, target):
    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if e.trigger == trigger and e.kind == "Disapprove"]
    assert found and found[0].agent == agent and found[0].target == target, x.events


@pytest.mark.parametrize("text,trigger", [
    ("The angry Ruritanian Cycling Union met in Oslo on Friday.", "angry"),  # attributive: no state reported
    ("Jan Novak was not angry with the board, his lawyer said.", "angry"),  # negated
    ("“I am furious with the board,” Jan Novak said.", "furious"),  # a speaker's own feelings: the quote's claim
    ("The decision upset the balance of the market.", "upset"),  # no actor displeased
])
def test_extract_events_round10_displeasure_limits(write_doc, nlp, text, trigger):
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.trigger == trigger], x.events


@pytest.mark.parametrize("text,trigger,kind,participant", [
    # the lemmatizer gives "fin" for "fined": the lexicon's verb is meant
    ("Halvard Motors was fined by the Danish regulator on Monday.", "fined", "Coerce", "halvard motors"),
    # the nominalization of a lexicon verb; its possessor undergoes it
    ("Halvard Motors said Orbis Media's fine was too small.", "fine", "Coerce", "orbis media"),
    # litigation: a legal fight or battle, and the "against" phrase of the verb a lawsuit hangs from
    ("Orbis Media has won its legal fight with Halvard Motors.", "fight", "Disapprove", "halvard motors"),
    ("A lawsuit was filed against Orbis Media on Friday.", "lawsuit", "Disapprove", "orbis media"),
])
def test_extract_events_round10_lemmas_and_litigation(write_doc, nlp, text, trigger, kind, participant):
    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if e.trigger == trigger and e.kind == kind]
    assert found and participant in found[0].participants, x.events


@pytest.mark.parametrize("text,agent", [
    ("The Green Party wants a ban on fracking in every county.", "green party"),  # a noun object
    ("Tallinn Rovers want £4m for the striker, Jan Novak thinks.", "tallinn rovers"),  # a sum asked
    ("Senator Maria Alvarez wants to see a full withdrawal of the troops.", "maria alvarez"),  # "want to see" X
])
def test_extract_events_round10_wanting_a_thing_is_a_demand(write_doc, nlp, text, agent):
    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if e.kind == "Demand" and e.trigger.startswith("want")]
    assert found and found[0].agent == agent, x.events


@pytest.mark.parametrize("text", [
    "The Green Party wants to win the seat in May.",  # an intention of its own
    "“We want a fair deal,” Senator Maria Alvarez said.",  # the speaker's own words: a claim
    "The Green Party does not want a ban on fracking.",  # negated
])
def test_extract_events_round10_wanting_limits(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.kind == "Demand" and e.trigger.startswith("want")], x.events


# --- Round 10: actors, roles and claimants ----------------------------------------------------------
@pytest.mark.parametrize("text,phrase,kind", [
    ("Norway's fisheries ministry closed the bay to trawlers on Monday.", "Norway's fisheries ministry", "GovernmentBody"),
    ("The fine was ordered by Portugal's anti-doping commission.", "Portugal's anti-doping commission", "GovernmentBody"),
    ("The opposition accused Mr Kowalski's government of hiding the figures.", "Kowalski's government", "GovernmentBody"),
    ("Chilean regulators approved the merger on Friday.", "Chilean regulators", "UnnamedSource"),
    ("The Greek Cypriot government rejected the plan.", "Greek Cypriot government", "GovernmentBody"),
    ("A panel of the Dutch FA's disciplinary committee banned the striker.", "Dutch FA's disciplinary committee",
     "Organization"),
])
def test_extract_mentions_round10_owned_institutions(write_doc, nlp, text, phrase, kind):
    """An institution named by its owner and a lowercase head ("Norway's fisheries ministry") is an
    actor of its own, named by the whole phrase; the owner's own mention stays."""
    x = _run(write_doc, nlp, text)
    found = [m for m in x.mentions if m.text == phrase]
    assert found and found[0].kind == kind, x.mentions


@pytest.mark.parametrize("text", [
    "The government said the bay was closed.",            # no owner
    "Ships from Norway's fleet fished in the bay.",       # no institution head
    "Mr Kowalski's ministry of fish is a joke.",             # a person owns no ministry
    "The local authorities closed the bay.",              # no state named
])
def test_extract_mentions_round10_owned_institutions_limits(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not [m for m in x.mentions if m.method == "institution" or m.text.endswith(("authorities", "government"))], \
        x.mentions


def test_resolve_round10_unspecified_source_label(build_docs):
    """The unspecified source of "X is said to ..." is labelled "unspecified source", not by the
    passive phrase that implies it."""
    from kg import query

    store = build_docs({"a.txt": "Quay plans\n\nThe harbour board is said to have approved the new quay.\n"})
    rows = query("SELECT ?l WHERE { ?c a kg:Claim ; kg:claimant ?a . ?a skos:prefLabel ?l }", store=store, check=False).rows
    assert [r[0].value for r in rows] == ["unspecified source"], rows


def test_extract_roles_round10_office_in_an_owned_body(write_doc, nlp):
    """"president of the Danish FA's appeals committee": the office is in the committee (the
    whole name), not in the federation named inside it."""
    x = _run(write_doc, nlp, "Anna Berg, president of the Danish FA's appeals committee, said the ban was fair.")
    assert [r.organization for r in x.roles if r.holder == "anna berg"] == \
        [next(m.key for m in x.mentions if m.text == "Danish FA's appeals committee")], x.roles


def test_extract_mentions_round10_country_before_a_listed_body(write_doc, nlp):
    """"the US Department of Justice" and "the Department of Justice" are one listed body: the
    country's name before a listed name of one of its bodies adds nothing to its identity."""
    x = _run(write_doc, nlp, "The firm informed the US Department of Justice in May. "
                             "The Department of Justice later charged two managers.")
    keys = {m.key for m in x.mentions if "Department of Justice" in m.text}
    assert len(keys) == 1, x.mentions


@pytest.mark.parametrize("text,org,holder", [
    ("The deal was criticised by Ambridge coach Jan Roe on Sunday.", "ambridge", "jan roe"),
    ("Felpersham boss Tom Fry said on Friday that the club would appeal.", "felpersham", "tom fry"),
    ("The goal was scored by Borchester United striker Piet van Dam.", "borchester united", "piet van dam"),
])
def test_extract_roles_round10_employer_before_a_post(write_doc, nlp, text, org, holder):
    """"Ambridge coach X": the capitalized words before the title of a post, right before a person's
    name, name the body the person works for (an organization, whatever the model tagged), and the
    post is a role in it (a player's position too)."""
    x = _run(write_doc, nlp, text)
    assert [m.category for m in x.mentions if m.key == org] == ["Organization"], x.mentions
    assert any(r.holder == holder and r.organization == org for r in x.roles), x.roles


@pytest.mark.parametrize("text,person", [
    ("Kerry spokesman David Wade said John Kerry would not comment.", "kerry"),   # a person named in full
    ("Tony Blair adviser Jane Roe met Blair aide Tom Poe.", "blair"),             # listed; an adviser is a person's
])
def test_extract_roles_round10_employer_before_a_post_limits(write_doc, nlp, text, person):
    x = _run(write_doc, nlp, text)
    assert {m.category for m in x.mentions if m.text.split()[-1].lower() == person} == {"Person"}, x.mentions


@pytest.mark.parametrize("text,name", [
    ("Wrexham have rejected a third offer for the defender.", "Wrexham"),   # a plural verb agrees with a body
    ("Keighley, which makes tyres, said sales rose.", "Keighley"),           # "which", not "who"
])
def test_extract_mentions_round10_collective_is_no_person(write_doc, nlp, text, name):
    x = _run(write_doc, nlp, text)
    assert {m.category for m in x.mentions if m.text == name} == {"Organization"}, x.mentions


def test_extract_mentions_round10_collective_limits(write_doc, nlp):
    """A person with a singular verb, or named "Mr X", stays a person."""
    x = _run(write_doc, nlp, "Gillingham said she was tired. Mr Wrexham and his wife have left; Wrexham have gone.")
    assert {m.category for m in x.mentions if m.text in ("Gillingham", "Wrexham")} == {"Person"}, x.mentions


# -- events round 11: arguments found outside the trigger's own clause ---------------------------------
@pytest.mark.parametrize("text,trigger,kind,agent,target", [
    # a passive gerund adjunct: the clause's subject undergoes it, the "by" phrase acts
    ("Halvard Motors was furious after being fined by the Nordic Trade Federation.", "fined", "Coerce",
     "nordic trade federation", "halvard motors"),
    # a passive conjunct shares the first conjunct's subject
    ("Police said Marta Kovac had climbed the fence and had been arrested by the guards.", "arrested", "Arrest",
     None, "marta kovac"),
    # a demonstrative with a participle, identified by the list it is the subject of
    ("Those charged included Marta Kovac and Jan Novak.", "charged", "Arrest", None, "marta kovac"),
])
def test_extract_events_round11_controlled_and_listed_patients(write_doc, nlp, text, trigger, kind, agent, target):
    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if e.trigger == trigger and e.kind == kind]
    assert found and found[0].agent == agent and found[0].target == target, x.events


@pytest.mark.parametrize("text,trigger", [
    ("The families of those killed in the floods met Marta Kovac.", "killed"),  # "those" names nobody here
    ("Marta Kovac was angry after being arrested.", "arrested"),  # the controller is the patient, never the agent
])
def test_extract_events_round11_patient_limits(write_doc, nlp, text, trigger):
    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if e.trigger == trigger]
    assert all(e.agent is None or e.agent not in (e.target,) for e in found), x.events
    if trigger == "killed":
        assert not found, x.events
    else:
        assert found and found[0].agent is None and found[0].target == "marta kovac", x.events


def test_extract_events_round11_the_country_refers_back(write_doc, nlp):
    x = _run(write_doc, nlp, "Peru is in crisis. Next month's elections in the country will be tense.")
    found = [e for e in x.events if e.kind == "Elect"]
    assert found and found[0].place == "peru", x.events


def test_extract_events_round11_the_country_needs_an_antecedent(write_doc, nlp):
    x = _run(write_doc, nlp, "Next month's elections in the country will be tense.")
    assert not [e for e in x.events if e.kind == "Elect"], x.events


def test_extract_events_round11_condition_on_a_split_verb(write_doc, nlp):
    # "co-operates" is tokenized "co", "-", "operates"; the "if" hangs from "co"
    x = _run(write_doc, nlp, "Croatia wants to join. Talks will begin only if the country co-operates with Serbia.")
    assert not [e for e in x.events if e.kind == "EngageInMaterialCooperation"], x.events


@pytest.mark.parametrize("text,kind,agent", [
    # announcing is saying (a claim); the thing announced is the event, typed by its own noun
    ("Norway announced sanctions on Ruritania.", "Sanction", "norway"),
    ("Marta Kovac welcomed the announcement by Halvard Motors.", "Praise", "marta kovac"),
])
def test_extract_events_round11_announcing_is_no_declaration(write_doc, nlp, text, kind, agent):
    x = _run(write_doc, nlp, text)
    assert [e for e in x.events if e.kind == kind and e.agent == agent], x.events
    assert not [e for e in x.events if e.kind == "Declare"], x.events


@pytest.mark.parametrize("text", [
    "Halvard Motors made a £2bn offer for Orbis Media on Monday.",  # a bid to buy
    "Orbis Media raised its offer for Halvard Motors.",  # an offer "for" something: a bid
    "Halvard Motors now offers free servicing.",  # a service on sale, offered to no one
])
def test_extract_events_round11_bids_and_sales_are_no_offers(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.kind == "ExpressIntentToCooperate"], x.events


@pytest.mark.parametrize("text,target", [
    ("Norway has offered China access to its gas fields.", "china"),  # offered to a state
    ("Norway's offer of aid to China was welcomed.", "china"),
])
def test_extract_events_round11_offer_to_an_actor_is_intent(write_doc, nlp, text, target):
    x = _run(write_doc, nlp, text)
    assert [e for e in x.events if e.kind == "ExpressIntentToCooperate" and e.target == target], x.events


# -- Round 11: unnamed groups as actors ------------------------------------------------------------
@pytest.mark.parametrize("text,trigger,group,body", [
    # post holders named by their body are a group of their own beside the body (the guideline's "UKIP officials")
    ("Three Supreme Court judges dismissed the appeal on Tuesday.", "dismissed", "Three Supreme Court judges", "supreme court"),
    ("Halvard Motors bosses have held talks with Orbis Media.", "talks", "Halvard Motors bosses", "halvard motors"),
])
def test_extract_events_round11_post_holders_of_a_named_body(write_doc, nlp, text, trigger, group, body):
    x = _run(write_doc, nlp, text)
    groups = [m for m in x.mentions if m.kind == "UnnamedSource" and m.text == group]
    assert groups, x.mentions
    assert any(m.key == body for m in x.mentions), x.mentions  # the body stays an actor
    found = [e for e in x.events if e.trigger == trigger]
    assert found and groups[0].key in found[0].participants and body not in found[0].participants, x.events


@pytest.mark.parametrize("text,key", [
    ("Hamas militants attacked the convoy.", "hamas"),  # members at large stand for the body
    ("Marta Kovac spoke to senior figures in the armed wing of Hamas.", "hamas"),  # no body in a premodifier
])
def test_extract_events_round11_members_stand_for_their_body(write_doc, nlp, text, key):
    x = _run(write_doc, nlp, text)
    assert not [m for m in x.mentions if m.kind == "UnnamedSource"], x.mentions
    assert [e for e in x.events if key in e.participants], x.events


def test_extract_events_round11_definite_post_holders_refer_back(write_doc, nlp):
    x = _run(write_doc, nlp, "An Orbis Media delegation arrived in Oslo. The Orbis Media executives met Marta Kovac.")
    assert not [m for m in x.mentions if m.kind == "UnnamedSource"], x.mentions


@pytest.mark.parametrize("text,trigger,agent,group", [
    # a counted or unnamed group of defendants is the target, also when the agent is named
    ("Halvard Motors has sued 45 banks over the crash.", "sued", "halvard motors", "45 banks"),
    ("Halvard Motors has taken legal action against a number of lenders.", "action", "halvard motors", "a number of lenders"),
    ("Halvard Motors filed a lawsuit against unnamed individuals last week.", "lawsuit", "halvard motors", "unnamed individuals"),
])
def test_extract_events_round11_counted_group_is_the_target(write_doc, nlp, text, trigger, agent, group):
    x = _run(write_doc, nlp, text)
    found = [e for e in x.events if e.trigger == trigger]
    assert found and found[0].agent == agent, x.events
    targets = [m for m in x.mentions if m.key == found[0].target]
    assert targets and targets[0].kind == "UnnamedSource" and targets[0].text == group, (x.events, x.mentions)


def test_extract_events_round11_bare_plural_object_is_generic(write_doc, nlp):
    x = _run(write_doc, nlp, "Halvard Motors has sued banks before.")
    found = [e for e in x.events if e.trigger == "sued"]
    assert found and found[0].target is None, x.events


# --- Round 11: claims and claimants (agentless and ownerless attributions, descriptions) ------------
def _claims(x) -> list[tuple[str, str]]:
    """(claimant key, content) of every claim; an unspecified source as "?"."""
    text = x.document.text
    return [("?" if c.claimant.endswith("unspecified source") else c.claimant, text[c.start:c.end]) for c in x.claims]


@pytest.mark.parametrize("text,content", [
    # reduced relatives: the noun phrase with its participle is what is expected (or said)
    ("The board will vote at a meeting expected to take place next week.", "a meeting expected to take place next week"),
    ("Parties are campaigning before the regional vote, widely expected to be held in June.",
     "the regional vote, widely expected to be held in June"),
    ("Among the options reported to have been discussed by the two chiefs were plans to cut costs.",
     "the options reported to have been discussed by the two chiefs"),
    # an adverbial between the passive and its infinitive
    ("The former mayor was reported in May to have met the developers.", "The former mayor was reported in May to have met the developers"),
    # passive judgements with a predicate
    ("The new bridge was seen as vital to the town's economy.", "The new bridge was seen as vital to the town's economy"),
    ("Such cuts are considered essential for the airline if it is to survive.",
     "Such cuts are considered essential for the airline if it is to survive"),
])
def test_extract_claims_round11_agentless_passives(write_doc, nlp, text, content):
    """Agentless passives of saying, forecasting and judging attribute to an unspecified source."""
    assert ("?", content) in _claims(_run(write_doc, nlp, text))


@pytest.mark.parametrize("text", [
    # the finite "is expected to" is a claim since round 14 (the BBC sets' guideline), but not when
    # it forecasts an event the text reports: the forecast is that planned event's modality
    "Turkey is expected to meet Greece in Ankara on Friday.",
    "Lawyers would be expected to keep records.",
    "The thief was seen as he left the shop.",                 # perception, not judgement
    "The singer was seen in the park on Sunday evening.",
    "Mr Roe, considered by many to be a moderate, won the vote.",  # an agent
])
def test_extract_claims_round11_agentless_limits(write_doc, nlp, text):
    assert not [c for c in _claims(_run(write_doc, nlp, text)) if c[0] == "?"]


@pytest.mark.parametrize("text,content", [
    ("The chief met his rival amid rumours the group may raise its bid.", "the group may raise its bid"),
    ("The visit follows claims of infighting between the two ministers.", "infighting between the two ministers"),
    ("He refused to give succour to suggestions it was preparing for war.", "it was preparing for war"),
    ("He dismissed fresh allegations that his father entered the country illegally.",
     "his father entered the country illegally"),
    ("The ban followed allegations about the firm's links with the regime.", "the firm's links with the regime"),
])
def test_extract_claims_round11_ownerless_nouns(write_doc, nlp, text, content):
    """A noun of saying without an owner, with its content right after it, is an unspecified
    source's claim: a clause without "that", an of/about phrase, a lowercase modifier."""
    assert ("?", content) in _claims(_run(write_doc, nlp, text))


@pytest.mark.parametrize("text", [
    "There have been rumours about the future of the plant for months.",      # a topic
    "He spoke of hopes of a deal between the two unions.",                    # an outcome
    "The claims the minister made last week were false.",                     # a relative clause
    "Ruritanian claims that the town was empty were rejected.",              # an owner
])
def test_extract_claims_round11_ownerless_limits(write_doc, nlp, text):
    assert not [c for c in _claims(_run(write_doc, nlp, text)) if c[0] == "?"]


def test_extract_claims_round11_described_organization(write_doc, nlp):
    """A description with lowercase or regional modifiers takes up the organization the story is
    about: the subject just before, else one named again and again before one named in passing."""
    x = _run(write_doc, nlp, "Acme Corp admitted wrongdoing on Monday. Acme Corp faces charges in two states. "
             "Rivals include Beta Industries and Gamma Ltd. Regulators were not told. Bankers were worried. "
             "The chemicals-and-crops firm said it became aware of irregularities at a subsidiary. "
             "Rival suitor Delta Holdings upped its bid. Ahead of talks on Friday, the pan-European bourse said "
             "it may be prepared to pay in cash. The other company said nothing was wrong with it.")
    claims = _claims(x)
    assert ("acme corp", "it became aware of irregularities at a subsidiary") in claims, claims
    assert ("delta holdings", "it may be prepared to pay in cash") in claims, claims
    assert not [c for c in claims if c[1] == "nothing was wrong with it"], claims


def test_extract_claims_round11_described_person(write_doc, nlp):
    """"The 58-year-old" is the person the sentence before is about, and so is the "he" after it;
    a bare title is the latest speaker unless a title stands before that speaker's name."""
    x = _run(write_doc, nlp, "Coach Jan Berg is angry after a fine for his remarks about Tom Hale.\n\n"
             "The 58-year-old criticised the penalty. \"I am not guilty of anything at all,\" he said.\n\n"
             "Max Ode will change course in his new term as governor, Anna Kowal has said.\n\n"
             "Mr Ode was sworn in on Monday. Echoing the unions, the prime minister said the deal was fair. "
             "Chancellor Piet Dorn said the budget was sound. The prime minister said the budget was a disaster.")
    claims = _claims(x)
    assert ("jan berg", "I am not guilty of anything at all") in claims, claims
    assert ("anna kowal", "the deal was fair") in claims, claims
    assert not [c for c in claims if c[1] == "the budget was a disaster"], claims


# claims round 12: attribution patterns of random news stories (figures and studies as sources,
# inverted parenthetical cues, doubt adjectives, epithets, document parts, quantity phrases)

@pytest.mark.parametrize("text,claimant,content", [
    # figures and studies: their author speaks, with or without "that"
    ("ONS figures showed retail sales fell by 2% in March.", "ons", "retail sales fell by 2% in March"),
    ("Separate data from the Ruritanian Ports Authority showed cargo volumes at the three harbours dropped sharply in May.",
     "ruritanian ports authority", "cargo volumes at the three harbours dropped sharply in May"),
    ("A poll conducted last spring by Meridian Insights found that most commuters would pay more for quieter trains.",
     "meridian insights", "most commuters would pay more for quieter trains"),
    ("Research by Professor Jane Roe found that most drivers ignore the limit.", "jane roe", "most drivers ignore the limit"),
    # an inverted cue inside the sentence: the whole sentence, or what follows a linking word
    ("On a smaller scale, said Mr Okafor, cheaper sensors can cut costs.", "okafor",
     "On a smaller scale, said Mr Okafor, cheaper sensors can cut costs"),
    ("Also, said Mr Okafor, research is being done on cheaper sensors.", "okafor", "research is being done on cheaper sensors"),
    # doubt
    ("Dr Linde was sceptical that the new engines would be ready by 2010.", "linde", "the new engines would be ready by 2010"),
    # a gerund clause after "thought", which the parser splits in two
    ("Ministers thought selling the old depot, which has stood empty for years, would raise enough money.", None,
     "selling the old depot, which has stood empty for years, would raise enough money"),
    # a quantity phrase: the people counted speak
    ("Dozens of farmers and vets have warned that the drought will hit milk output this summer.", None,
     "the drought will hit milk output this summer"),
])
def test_extract_claims_round12_sources(write_doc, nlp, text, claimant, content):
    claims = _claims(_run(write_doc, nlp, text))
    assert any(c == content and (claimant is None or k == claimant) for k, c in claims), claims


def test_extract_claims_round12_stances_and_groups(write_doc, nlp):
    """Doubt denies the clause; a quantity phrase's group is an unnamed source of the people after
    "of"; a study with a name of its own speaks as that name."""
    x = _run(write_doc, nlp, "Dr Linde was sceptical that the new engines would be ready by 2010. "
             "Dozens of farmers and vets have warned that the drought will hit milk output this summer. "
             "Concern grew after a study called Tidewater which found that flood defences failed in two towns.")
    text = x.document.text
    by_content = {text[c.start:c.end]: c for c in x.claims}
    assert by_content["the new engines would be ready by 2010"].stance == "Denies"
    assert by_content["the drought will hit milk output this summer"].claimant.endswith("farmers and vets")
    assert by_content["flood defences failed in two towns"].claimant == "tidewater", x.claims


@pytest.mark.parametrize("text", [
    "The survey shows a rise in sales.",                                    # an object, no clause
    "Jane Roe found that the door was locked.",                             # a person's perception
    "Ms Abel will not enter the regatta until she assesses how fast the new boat is.",
    "The firm did not say whether talks would resume.",                     # indirect questions
    "She began working at the bank and would stay there for years.",        # no cue
    "A number of years ago, Acme Corp said profits fell.",                  # a span of time, not a group
])
def test_extract_claims_round12_limits(write_doc, nlp, text):
    claims = _claims(_run(write_doc, nlp, text))
    assert not [c for c in claims if c[1] in ("a rise in sales", "the door was locked", "how fast the new boat is",
                                               "whether talks would resume")], claims
    if text.startswith("A number"):
        assert all(k == "acme corp" for k, _ in claims), claims
    if text.startswith("She began"):
        assert not claims, claims


def test_extract_claims_round12_people_described(write_doc, nlp):
    """An age after a nationality noun, and an epithet ("the two-time champion"), take up the person
    named before; the next quotation goes on with that speaker."""
    x = _run(write_doc, nlp, 'Tomas Brandt wants to race in Oslo next month.\n\n'
             'The Norwegian has been injured for most of the season. "I will only run if I can win," said the '
             '31-year-old. "Otherwise there is no point."\n\n'
             'Anna Kowal of Poland is still weighing a comeback. "The marathon means a lot to me and I will decide '
             'after the summer," said the two-time champion.')
    claims = _claims(x)
    assert ("tomas brandt", "I will only run if I can win") in claims, claims
    assert ("tomas brandt", "Otherwise there is no point") in claims, claims
    assert ("anna kowal", "The marathon means a lot to me and I will decide after the summer") in claims, claims


def test_extract_claims_round12_document_and_it(write_doc, nlp):
    """A part of a document speaks for the author named with the document, and so does a trailing
    "it said" after it; "It" after an existential sentence is the body in its clause; a quotation
    goes on with its speaker after an attribution with a long title."""
    x = _run(write_doc, nlp, "There were protests in March when the Northern Water Board, chaired by Anna Kowal, unveiled "
             "its pricing plan. It had suggested bills should rise by a fifth for homes with large gardens. Tenants "
             "called the plan unfair. In the final pricing code of the Northern Water Board (NWB), the chapter on "
             "metering said new meters must be \"fitted promptly\" by contractors. Where a meter could not be fitted, "
             "the bill would be capped, and should never rise by more than ten pounds a month, it said.\n\n"
             '"Nobody cared about weight back then," said Jane Roe, head of design at the bicycle maker Acme Cycles.\n\n'
             '"In those years every frame was made of steel." Today, she said, carbon is the norm.')
    claims = _claims(x)
    board = "northern water board"
    assert (board, "bills should rise by a fifth for homes with large gardens") in claims, claims
    assert (board, 'new meters must be "fitted promptly" by contractors') in claims, claims
    assert (board, "Where a meter could not be fitted, the bill would be capped, and should never rise by more than "
                   "ten pounds a month") in claims, claims
    assert ("jane roe", "In those years every frame was made of steel") in claims, claims


def test_extract_claims_round12_that_clause_first(write_doc, nlp):
    """A "that"-clause after the cue is what it reports, even when a missed full stop ("£2.71m.")
    lets the parser hang the sentence before on the cue as well."""
    x = _run(write_doc, nlp, "Meanwhile, the Acme Society noted deposits rose by £3m in June, against May's £2.71m. "
             "The Ruritanian Bankers Union said that mortgage approvals dropped 12% to 40,000.")
    claims = _claims(x)
    assert ("ruritanian bankers union", "mortgage approvals dropped 12% to 40,000") in claims, claims
    assert not [c for c in claims if c[0] == "ruritanian bankers union" and "Meanwhile" in c[1]], claims


def test_extract_claims_round12_possessed_of(write_doc, nlp):
    """"X's announcement of Y": a noun of saying with a named owner reports its "of" phrase, up to
    the verb the parser let into it; a pronoun owner is left alone."""
    claims = _claims(_run(write_doc, nlp, "Acme Corp's announcement of a sharp cut in its dividend surprised investors. "
                          "His warning of job losses was ignored."))
    assert ("acme corp", "a sharp cut in its dividend") in claims, claims
    assert not [c for c in claims if "job losses" in c[1]], claims


def test_extract_claims_round12_unnamed_bodies(write_doc, nlp):
    """"They" after an unnamed panel is that panel (British usage); "a solicitor for the four
    tenants" is an unnamed source with the whole phrase as its mention."""
    x = _run(write_doc, nlp, "An inquiry panel concluded last week that the tender was flawed. They say that the contract "
             "should be offered again. A solicitor for the four tenants said the eviction notice was unlawful.")
    text = x.document.text
    by_content = {text[c.start:c.end]: c.claimant for c in x.claims}
    assert by_content["the contract should be offered again"].endswith("panel"), x.claims
    assert by_content["the eviction notice was unlawful"].endswith("solicitor for the four tenants"), x.claims


def test_extract_claims_round12_nested_relative(write_doc, nlp):
    """A relative clause with an attribution of its own ("which, according to the watchdog, ...")
    is that source's claim, and the claim around it ends before it; "the watchdog" takes up the
    campaign group named before."""
    x = _run(write_doc, nlp, "The campaign group Media Freedom International has criticised a new press law.\n\n"
             "The Geneva-based group said two papers had closed since May. It said the goal was to steer readers to a "
             "local edition of the paper which, according to the watchdog, does not carry opposition views.")
    claims = _claims(x)
    group = "media freedom international"
    assert (group, "the goal was to steer readers to a local edition of the paper") in claims, claims
    assert (group, "which, according to the watchdog, does not carry opposition views") in claims, claims


def test_extract_claims_round12_month_may(write_doc, nlp):
    """"in May" names a month, not a possibility: the claim asserts; the modal "may" expects."""
    x = _run(write_doc, nlp, "Acme Corp said sales fell in May. Beta Industries said prices may rise sharply next year.")
    stances = {x.document.text[c.start:c.end]: c.stance for c in x.claims}
    assert stances == {"sales fell in May": "Asserts", "prices may rise sharply next year": "Expects"}, stances


@pytest.mark.parametrize("text,holder,title,org", [
    ("Norrbank economist Tove Lind said rates would rise.", "tove lind", "economist", "norrbank"),
    ("House prices rose by 2% in March, said Carrick economist Philip Sand.", "philip sand", "economist", "carrick"),
    ('"Growth will slow," said Halloran economist Jane Moss.', "jane moss", "economist", "halloran"),
    ("Prices may fall, warned Kestrel Partners analyst Jon Aske.", "jon aske", "analyst", "kestrel partners"),
    ("Acme's head of research Pia Holm said the drug was safe.", "pia holm", "head of research", "acme"),
    ("The firm hired Halvorsen Bank director of communications Ida Berg.", "ida berg", "director of communications",
     "halvorsen bank"),
])
def test_extract_roles_round13_firm_title_before_a_name(write_doc, nlp, text, holder, title, org):
    """"Norrbank economist X": an economist or analyst is a post in the firm named before it, as a
    coach is in a club; "Acme's head of research X": a role noun with its field after "of" is one
    title, and the organization before it holds the post."""
    x = _run(write_doc, nlp, text)
    assert [(r.holder, r.title, r.organization) for r in x.roles] == [(holder, title, org)], (x.roles, x.mentions)


@pytest.mark.parametrize("text", [
    "A friend of actor Tom Hanks came to the show.",     # "of" after no role noun
    "The head of sales Ann Lee left the company.",       # a title no organization holds
])
def test_extract_roles_round13_title_with_of_limits(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert x.roles == (), x.roles


def test_extract_mentions_round13_post_nominal_letters(write_doc, nlp):
    """"Ken Roe QC", "Jane Poe MP": the letters after a person's name are not part of the name."""
    x = _run(write_doc, nlp, "The prosecutor, Ken Roe QC, said the law was clear. Jane Poe MP voted against the bill "
                             "and Tom Fry OBE agreed with her.")
    names = {m.text for m in x.mentions if m.category == "Person"}
    assert {"Ken Roe", "Jane Poe", "Tom Fry"} <= names and not any(" " in n and n.split()[-1].isupper() for n in names), names


def test_extract_mentions_round13_sentence_conjunction_is_no_part_of_a_name(write_doc, nlp):
    """"But Dunmore economist X": the conjunction that opens a sentence is not part of the name."""
    x = _run(write_doc, nlp, "Rates rose in May. But Dunmore economist Ann Lee expects a cut.")
    assert [(r.holder, r.organization) for r in x.roles] == [("ann lee", "dunmore")], (x.roles, x.mentions)
    assert not any(m.text.startswith("But ") for m in x.mentions), x.mentions


@pytest.mark.parametrize("text,holder,org", [
    # an office only one state has: its state, though the story never names it
    ("Home Secretary Priya Lund defended the new rules on Monday.", "priya lund", "united kingdom"),
    # an office of several states, in a story whose cabinet is named by a title only one state uses:
    # that state, not the country the story names (a war it discusses)
    ("Deputy Prime Minister Hugh Brandt said troops would stay in Iraq until the vote. "
     "Iraq's neighbours were worried, and Chancellor of the Exchequer Ann Pell agreed with Mr Brandt.",
     "hugh brandt", "united kingdom"),
])
def test_extract_roles_round14_state_office_without_the_state(write_doc, nlp, text, holder, org):
    """A state office written without its state ("Home Secretary X", "Deputy Prime Minister X" in a
    home-politics story) belongs to the state the title or the story's other offices name, which is
    implied when the text does not name it (a role of no state is no role)."""
    x = _run(write_doc, nlp, text)
    assert (holder, org) in [(r.holder, r.organization) for r in x.roles], (x.roles, x.mentions)
    assert not any(m.method == "office" for m in x.mentions), x.mentions  # implied: no mention of the state


@pytest.mark.parametrize("text,cue", [
    ("Thousands of fans are expected to queue for tickets at the stadium.", "are expected to"),
    ("The new battery is tipped to be used in electric buses.", "is tipped to"),
])
def test_extract_claims_round14_finite_forecast_is_agentless(write_doc, nlp, text, cue):
    """"X is expected to ...", "X is tipped to ...": a finite passive forecast with no agent is a
    claim of an unspecified source, as "is said to" is; its content is the whole clause."""
    x = _run(write_doc, nlp, text)
    assert [(c.cue, c.stance, "unspecified source" in c.claimant) for c in x.claims] == [(cue, "Expects", True)], x.claims
    assert x.document.text[x.claims[0].start:x.claims[0].end].startswith(text.split()[0])


@pytest.mark.parametrize("text", [
    "In return, Portugal would be expected to cut its deficit.",           # a modal: an obligation
    "Chile's president is also expected to visit Peru next month.",        # a planned event, not a claim
    "Ann Lee says the post will go to Mr Tan, who is expected to win the party's leadership contest easily.",
    "The Retail Guild says trading will go on as usual, with shops expected to open late on Sunday.",
])
def test_extract_claims_round14_forecasts_that_are_no_claims_of_their_own(write_doc, nlp, text):
    """A forecast under a modal, a forecast of an event the text reports (its modality), and one
    inside what a named speaker says (the speaker's own hedge) give no unspecified-source claim."""
    x = _run(write_doc, nlp, text)
    assert not any("unspecified source" in c.claimant for c in x.claims), x.claims


@pytest.mark.parametrize("text,agent,target,start", [
    ("Hospitals must cut waiting times for cancer patients, the Health Watch charity said.",
     "health watch", None, "Hospitals must cut"),
    ("Residents on low incomes should be given free bus travel, the Green Party says.",
     "green party", None, "Residents on low incomes"),
    ('"We must not allow the river to die," said campaigner Rosa Delgado.', "rosa delgado", None, "We must not"),
    ("Ann Brook, who chairs the inquiry, said Acme should not be punished for its success.", "ann brook", None,
     "Acme should not"),
])
def test_extract_events_round15_modal_call_in_a_claim_is_an_appeal(write_doc, nlp, text, agent, target, start):
    """A named speaker's claim that someone should or must act is an appeal by the speaker, also when
    the one asked is a generic group or pronoun and no actor (target none), or the clause is passive."""
    x = _run(write_doc, nlp, text)
    appeals = [e for e in x.events if e.kind == "Appeal"]
    assert [(e.agent, e.target) for e in appeals] == [(agent, target)], (x.events, x.claims)
    assert x.document.text[appeals[0].start:appeals[0].end].startswith(start)
    assert not any("unnamed" in m.key for m in x.mentions), x.mentions  # a generic group asked is no actor


@pytest.mark.parametrize("text", [
    "The takeover should be completed in May, Acme said.",                          # epistemic: a forecast
    "Ann Brook said the council should have acted sooner.",                         # a reproach of the past
    '"You must work until you drop under this plan," said Rosa Delgado.',           # generic "you"
    '"Anyone who rents a flat should be worried about this ruling," said Ann Brook.',
    "Ann Brook said firms which must file accounts were struggling.",               # a relative clause
])
def test_extract_events_round15_modal_claims_that_are_no_appeals(write_doc, nlp, text):
    """A forecast "should", "should have", generic "you"/"anyone" and a modal inside a relative clause
    ask no one to act."""
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.kind == "Appeal"], x.events


@pytest.mark.parametrize("text,kind,agent,target", [
    ('Green Party leader Ann Lee described the new parking rules as "ridiculous" and "badly thought out".',
     "Criticize", "ann lee", None),
    ('Tom Reed, who chairs Acme, describes his deputy Ann Brook as "an extremely gifted and dedicated engineer".',
     "Praise", "tom reed", "ann brook"),
])
def test_extract_events_round15_described_as_a_judgement(write_doc, nlp, text, kind, agent, target):
    """"X described Y as <praise or criticism>" is praise or criticism by X; Y is the target when it
    is an actor (a law or a product is criticised without target)."""
    x = _run(write_doc, nlp, text)
    assert [(e.kind, e.agent, e.target) for e in x.events] == [(kind, agent, target)], x.events


@pytest.mark.parametrize("text", [
    "Zenith's chief executive Ann Lee described the merger as a first step.",     # neutral: no judgement
    "Tom Reed described the ruling as not unfair.",                               # negated judgement
])
def test_extract_events_round15_neutral_descriptions_are_no_events(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not [e for e in x.events if e.kind in ("Praise", "Criticize")], x.events


# -- events round 16: arguments the parse leaves implicit (headline passives, descriptions of people) -------
def _run_story(write_doc, nlp, headline: str, body: str):
    """A plain-text story whose first line is its headline (as in the BBC files)."""
    (document, parsed), = nlp_stage.parse([read(write_doc("a.txt", headline + "\n\n" + body + "\n"))], nlp)
    return extract(document, parsed, extractor="test", run_started="2024-01-01T00:00:00Z")


@pytest.mark.parametrize("headline,kind,target", [
    ("Acme Holdings fined $2m over price fixing", "Coerce", "acme holdings"),
    ("Tom Reed convicted of tax fraud", "Arrest", "tom reed"),
])
def test_extract_events_round16_headline_passive(write_doc, nlp, headline, kind, target):
    """Headlines drop the passive auxiliary: "X fined" punishes X, it is not X fining."""
    x = _run_story(write_doc, nlp, headline, "The case was heard in Leeds on Monday.")
    found = [e for e in x.events if e.kind == kind]
    assert [(e.agent, e.target) for e in found] == [(None, target)], x.events


def test_extract_events_round16_headline_active_stays_active(write_doc, nlp):
    x = _run_story(write_doc, nlp, "Judge Ann Brook freed Tom Reed", "The case was heard in Leeds on Monday.")
    assert all(e.target != "ann brook" for e in x.events), x.events


@pytest.mark.parametrize("headline,body,kind,target", [
    ("Chef loses restaurant award", "Chef Jo Bloggs cooked for the guests on Monday. The chef was criticised by Apex Foods.",
     "Criticize", "jo bloggs"),
    ("Tom Reed set to quit club", "Tom Reed is unhappy. The 29-year-old was criticised by Apex Foods on Monday.",
     "Criticize", "tom reed"),
])
def test_extract_events_round16_definite_description_of_a_person(write_doc, nlp, headline, body, kind, target):
    """"The chef" after "Chef Jo Bloggs" is Jo Bloggs; "the 29-year-old" is the one person the headline names."""
    x = _run_story(write_doc, nlp, headline, body)
    assert any(e.kind == kind and e.target == target for e in x.events), x.events


def test_extract_events_round16_sporting_race_is_no_election(write_doc, nlp):
    x = _run(write_doc, nlp, "Rosa Delgado won the race in Chicago in 2019. Tom Reed won the leadership race in May.")
    assert [e.agent for e in x.events if e.kind == "Elect"] == ["tom reed"], x.events


@pytest.mark.parametrize("text,holder,title,org", [
    # verbs of holding or leaving an office, after a relative clause or a dashed aside
    ("Jane Dole, who has argued with her party over taxes and schools in recent years, served as health "
     "minister between 1990 and 1994. The Foreign Secretary spoke later.", "jane dole", "health minister", "united kingdom"),
    ("The new book by Owen Pratt - who has resigned as home secretary - is out.", "owen pratt", "home secretary", "united kingdom"),
    # "X as <state office>": the state implied as for a title before a name
    ("Voters have no trust in Peter Gall as prime minister, the Foreign Secretary said.", "peter gall", "prime minister",
     "united kingdom"),
])
def test_extract_roles_round16b_as_office(write_doc, nlp, text, holder, title, org):
    x = _run(write_doc, nlp, text)
    # (the small model may take the "who" after a dash into the name: the holder key starts with it)
    assert any(r.holder.startswith(holder) and r.title.lower() == title and r.organization == org for r in x.roles), x.roles


def test_extract_roles_round16b_apposition_relative_clause_and_two_titles(write_doc, nlp):
    x = _run(write_doc, nlp, "“People are careless,” said Tom Reddle, a spokesman for the Software Trade Council which "
                             "paid for the study. Carl Wexby, a senior researcher at Intel and chairman of the Wireless "
                             "Display Group, said so. Anna Pike, head of sales and marketing at Vodafone, agreed.")
    got = {(r.holder, r.organization) for r in x.roles}
    assert ("tom reddle", "software trade council") in got
    assert ("carl wexby", "intel") in got and ("carl wexby", "wireless display group") in got
    assert ("anna pike", "vodafone") in got  # "and" inside one title: still one role at Vodafone


def test_extract_claims_round16b_bodies_described(write_doc, nlp):
    x = _run(write_doc, nlp, "The Rural Fields Alliance lost its appeal when the Appeal Court ruled the law was fair.\n\n"
                             "But the group says farming will go on. Conservation organisations say they are pleased.")
    text = x.document.text
    by = {text[c.start:c.end]: c.claimant for c in x.claims}
    assert by.get("farming will go on") == "rural fields alliance", x.claims
    assert not by.get("they are pleased", "").endswith("appeal court"), x.claims


def test_extract_actors_round16b_ex_prefix(write_doc, nlp):
    x = _run(write_doc, nlp, "Ex-Unilever chief Mark Dunn is to join the board of a rival.")
    assert any(m.text == "Unilever" for m in x.mentions), x.mentions
    assert not any(m.text.startswith("Ex-") for m in x.mentions)


def test_extract_roles_round16b_player_posts(write_doc, nlp):
    x = _run(write_doc, nlp, "Arsenal keeper Jens Lehmann was injured and Chelsea physio Mike Banks treated him.")
    got = {(r.holder, r.organization) for r in x.roles}
    assert ("jens lehmann", "arsenal") in got and ("mike banks", "chelsea") in got, x.roles


# -- roles round 21: organizations referred back to, and states that own the body -------------------

@pytest.mark.parametrize("text,holder,title,org", [
    # a possessive pronoun refers back to the state that is the subject of its clause
    ("The Baltic Press Institute opened an office there. Since 1993, Moldova has been dominated by its president "
     "Ivan Rusu.", "ivan rusu", "president", "moldova"),
    # "the organisation's", "the company's": the organization the story named before
    ("The Music Trade Association welcomed the verdict. The organisation's anti-piracy director Dan Marsh said: "
     "\"It is good news.\"", "dan marsh", "anti-piracy director", "music trade association"),
    ("Acme Corp reported losses. The company's lawyer, Tom Brown, resigned on Friday.", "tom brown", "lawyer", "acme corp"),
    ("Acme Corp reported losses. Its chief executive, Tom Brown, resigned on Friday.", "tom brown", "chief executive",
     "acme corp"),
    # a title of a body given by a description
    ("Despite the failure of the Acme Bourse bid last week, Werner Holt, chief executive of the Munich-based "
     "exchange, may still return.", "werner holt", "chief executive", "acme bourse"),
    # a state's bank named in apposition: the bank, not the state
    ("Colin Marsh, a board member of Germany's central bank, the Bundesbank, said rates would rise.",
     "colin marsh", "member", "bundesbank"),
])
def test_extract_roles_round21_organization_referred_back(write_doc, nlp, text, holder, title, org):
    x = _run(write_doc, nlp, text)
    assert any(r.holder == holder and r.title.lower().endswith(title) and r.organization == org for r in x.roles), x.roles


@pytest.mark.parametrize("text", [
    # a member of a state's community holds no role in the state
    "Janet Roe, who is a high profile member of Britain's Jewish community, spoke on Monday.",
    # a described firm with a nationality is that nation's firm, not the one the story is about
    "Delta Brewing will buy a stake in Rio Malt. The rest is held by Pedro Alves, chair of the Brazilian-owned firm.",
    # "its"/"their" that refer to what the state acted on, or to people
    "Russia has banned the movement and its leader Ivan Rusu.",
    "Moldova deported the two activists and their lawyer Dan Marsh.",
    "Acme Corp sued the two men. Their lawyer, Dan Marsh, said they would fight the case.",
    # a description that takes up no organization the story named, or none of its kind
    "Acme Corp refused the pay offer. The union's general secretary Dan Marsh said it was unfair.",
    "Acme Corp cut 500 jobs on Monday. Dan Marsh, general secretary of the union, said it was unfair.",
    "Acme Corp bought a stake in the club last year. The club's manager Tom Reed was pleased.",
    "Acme Corp reported losses. Tom Reed, chief executive of the other company, said so.",
    "Acme Corp reported losses. Tom Reed, a member of the exchange rate committee, said so.",
    "Moldova held elections on Sunday. The party's president Tom Reed conceded defeat.",
    # "its" that is not the title's
    "Acme Corp reported losses. Its shares fell as chief executive, Tom Brown, resigned.",
    "Acme Corp reported losses. Its biggest rival's chief executive, Tom Brown, said it was bad.",
])
def test_extract_roles_round21_limits(write_doc, nlp, text):
    x = _run(write_doc, nlp, text)
    assert not x.roles, x.roles


@pytest.mark.parametrize("text,org", [
    # a state subject does not take a firm's title: the firm the story is about keeps it
    ("Acme Corp broke the rules. Germany has now banned its chief executive Tom Reed from travelling.", "acme corp"),
    ("Acme Corp broke the rules. Germany fined the company's chief executive Tom Reed.", "acme corp"),
    # two firms in the title's sentence: "the company" is the one the sentence is about
    ("Acme Corp will buy Beta Ltd for $2bn, and Tom Reed, chief executive of the company, said it was cheap.",
     "acme corp"),
])
def test_extract_roles_round21_firm_title_keeps_the_firm(write_doc, nlp, text, org):
    x = _run(write_doc, nlp, text)
    assert [r.organization for r in x.roles] == [org], x.roles


def test_extract_roles_round21_a_firm_owns_its_division(write_doc, nlp):
    """A firm before a possessive keeps the role ("director of Intel's research lab"): only a state
    owning a bank, a firm or a community gives it up."""
    x = _run(write_doc, nlp, "Maria Penn, director of Intel's photonics lab, said the chips were ready.")
    assert any(r.holder == "maria penn" and r.organization == "intel" for r in x.roles), x.roles


def test_extract_actors_round21_time_zone_is_no_actor(write_doc, nlp):
    x = _run(write_doc, nlp, "Tickets for the final in Leeds went on sale at 0900 GMT on Monday, and the match "
                             "will kick off at 1500 GMT.")
    assert not [m for m in x.mentions if m.text == "GMT"], x.mentions
    assert any(m.text == "Leeds" for m in x.mentions)


# -- events round 20: verdicts and penalties, settlements, payments, concern and opposition --------

@pytest.mark.parametrize("text,kind,trigger,agent,target", [
    # a verdict of guilt is a conviction; the one who pleads or is found guilty is the one convicted
    ("Maria Lopez was found guilty of two counts of fraud.", "Arrest", "found", None, "maria lopez"),
    ("A jury in Leeds found Tomas Berg guilty of arson.", "Arrest", "found", None, "tomas berg"),
    ("Tom Hale and Ana Ruiz have pleaded guilty to charges of piracy.", "Arrest", "pleaded", None, "tom hale"),
    # a conviction (not a belief), and penalties someone serves or is handed
    ("Norway's first convictions for smuggling came in 2003.", "Arrest", "convictions", None, None),
    ("Since June Maria Lopez has been serving an eight month sentence.", "Arrest", "sentence", None, "maria lopez"),
    ("Marco Bellini was handed a heavy fine on Friday.", "Coerce", "fine", None, "marco bellini"),
    ("Peter Smith was given a six-month sentence by the court.", "Arrest", "sentence", None, "peter smith"),
    ("The coach accepted Marco Bellini's punishment.", "Coerce", "punishment", None, "marco bellini"),
    # agreeing to pay a fine or to settle a case is a concession, not an intent to cooperate
    ("Acme Corp has agreed to pay a $1.5m fine.", "Yield", "agreed", "acme corp", None),
    ("Acme Corp agreed to pay $5m to settle the lawsuit.", "Yield", "agreed", "acme corp", None),
    # getting out of a deal reduces relations; "bail" is no rescue here
    ("Vodafone will bail out of its deal with Telefonica.", "ReduceRelations", "bail", "vodafone", None),
    # an attitude voiced, met or held by a name is disapproval, by its holder
    ("Greenpeace voiced its opposition to the dam on Monday.", "Disapprove", "opposition", "greenpeace", None),
    ("Acme Corp has run into strong opposition from farmers and activists.", "Disapprove", "opposition", None, None),
    ("Acme Corp's concerns over the merger were dismissed.", "Disapprove", "concerns", "acme corp", None),
])
def test_extract_events_round20(write_doc, nlp, text, kind, trigger, agent, target):
    """Legal verdicts and penalties, settlements, deals left, concern and opposition (invented sentences)."""
    found = _triggered(_run(write_doc, nlp, text), kind, trigger)
    if agent is not None:
        assert any(e.agent == agent for e in found), [(e.trigger, e.agent, e.target) for e in found]
    if target is not None:
        assert any(e.target == target for e in found), [(e.trigger, e.agent, e.target) for e in found]


@pytest.mark.parametrize("text,absent", [
    ("Tom Hale will plead not guilty.", "Arrest"),                                # a plea of innocence
    ("Ana Ruiz was found not guilty of fraud.", "Arrest"),                        # an acquittal
    ("Investigators found the guilty party hiding in a barn.", "Arrest"),         # "guilty" describes a noun
    ("Ana Ruiz spoke with a strong conviction that Tom Hale was right.", "Arrest"),  # a belief
    ("Hans Ritter spoke with the courage of his convictions.", "Arrest"),         # beliefs, possessed and plural
    ("Acme Corp said it expected to pay more.", "ProvideFinancialSupport"),       # a cost, paid to no one
    ("Acme Corp admitted paying bribes to officials in Greece.", "ProvideFinancialSupport"),  # a bribe is no support
    ("Acme Corp has agreed to pay a $1.5m fine.", "ExpressIntentToCooperate"),    # a settlement
    ("Acme Corp agreed to settle the refugees in the north.", "Yield"),           # settling people, no case
    ("Voters punished Labour at the polls.", "Coerce"),                           # a figure of speech
    ("Tomas Berg suffered a heart attack.", "Attack"),                            # an illness, undergone
    ("The opposition Labour party won the seat.", "Disapprove"),                  # a party
    ("His primary concern is the economy, Tom Hale said.", "Disapprove"),         # a matter, not an attitude
    ("Apple's concern for privacy is well known.", "Disapprove"),                 # a care, not an objection
    # round 20b: a return to a group or a post is no journey; a product taken off the market is no concession
    ("Tom Hale is to go back to the band next year.", "Visit"),
    ("Tom Hale, who has recovered from injury, returns to the squad.", "Visit"),
    ("Zorbex was withdrawn from the market in September.", "Yield"),
])
def test_extract_events_round20_limits(write_doc, nlp, text, absent):
    """The limits of round 20's rules: no event of that class."""
    x = _run(write_doc, nlp, text)
    assert not _events_of(x, absent), [(e.kind, e.trigger, e.participants) for e in x.events]


@pytest.mark.parametrize("text,kind,trigger", [
    # round 20b: a journey to a named place, a withdrawal of troops or from a place, stay events
    ("Tom Hale returned to Madrid on Monday.", "Visit", "returned"),
    ("Chile withdrew from Bolivia.", "Yield", "withdrew"),
    ("Russia withdrew the Wagner Group from Mali.", "Yield", "withdrew"),
])
def test_extract_events_round20b_journeys_and_withdrawals_kept(write_doc, nlp, text, kind, trigger):
    _triggered(_run(write_doc, nlp, text), kind, trigger)
