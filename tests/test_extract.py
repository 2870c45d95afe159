"""Stages 2-4: NLP, actor mentions with exact spans, identity across documents."""
from __future__ import annotations

import pytest

from kg import nlp as nlp_stage
from kg.extract import extract
from kg.extract.actors import normalize
from kg.ingest import read
from kg.resolve import resolve


def _extract(path, nlp):
    (document, parsed), = nlp_stage.parse([read(path)], nlp)
    return extract(document, parsed, extractor="test", run_started="2024-01-01T00:00:00Z")


@pytest.mark.parametrize("a,b", [("Yahya al-Sinwar", "Yahya Sinwar"), ("Isma'il Haniyeh", "Ismail Haniyeh"),
                                 ("Bashar al-Assad", "Bashar Assad"), ("Qassem Soleimani", "QASSEM SOLEIMANI")])
def test_extract_normalize_joins_variants(a, b):
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("seed", ["000_b85690f9a39b43b0.txt", "002_217fa3c570bd1b37.txt", "003_540a2b44747de8aa.txt"])
def test_extract_mention_offsets_are_exact(seeds_dir, nlp, seed):
    x = _extract(seeds_dir / seed, nlp)
    assert len(x.mentions) > 20
    for m in x.mentions:
        assert x.document.text[m.start:m.end] == m.text
        assert not m.text.endswith(("'s", "’s", "**", ",", ".")) or m.text.endswith(".") and m.text.count(".") > 1
        assert not m.text.startswith(("the ", "The ", "*"))


@pytest.mark.parametrize("text", ["Fighting erupted again.\n\nGeneral Omar Tahir Bashir, the army chief, flew to Khartoum on Monday. "
                                  "Bashir's aides said the talks would resume."])
def test_extract_surname_back_reference_and_possessive(write_doc, nlp, text):
    x = _extract(write_doc("a.txt", text), nlp)
    people = [m for m in x.mentions if m.category == "Person"]
    assert {m.text for m in people} >= {"Omar Tahir Bashir", "Bashir"}
    assert len({m.key for m in people}) == 1


@pytest.mark.parametrize("texts", [("Leaders met.\n\nMinister Peter Hoffmann visited Vienna on Monday with aides and officials.",
                                    "Talks resumed.\n\nHoffmann said the talks in Vienna were useful for both delegations.")])
def test_resolve_joins_across_documents_with_merge_records(write_doc, nlp, texts):
    xs = [_extract(write_doc(f"{i}.txt", t), nlp) for i, t in enumerate(texts)]
    res = resolve(xs)
    keys = {res.local[(x.document.sha256, m.key)] for x in xs for m in x.mentions if "Hoffmann" in m.text}
    assert keys == {"peter hoffmann"}
    actor = res.actors["peter hoffmann"]
    assert actor.label == "Peter Hoffmann" and set(actor.aliases) == {"Peter Hoffmann", "Hoffmann"}
    assert {(m.form, m.method) for m in res.merges if m.actor_key == "peter hoffmann"} == {
        ("Peter Hoffmann", "exact"), ("Hoffmann", "surname")}


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_resolve_is_independent_of_document_order(seeds_dir, nlp, order):
    xs = [_extract(p, nlp) for p in sorted(seeds_dir.glob("*.txt"))[:2]]
    a = resolve([xs[i] for i in order])
    b = resolve(xs)
    assert a == b


# -- actors round 2: types from context, place kinds, whole organization names; event keys -----
def _kinds(x, text):
    return {(m.category, m.kind) for m in x.mentions if m.text == text}


def test_actors_classifying_noun_types_every_mention_of_a_name(write_doc, nlp):
    x = _extract(write_doc("a.txt", "Markets were calm.\n\nThe oil firm Zentrax said on Monday that it would appeal. "
                                    "Analysts said Zentrax had little choice. Zentrax shares fell 4%."), nlp)
    assert _kinds(x, "Zentrax") == {("Organization", "Company")}


def test_actors_county_and_unknown_town(write_doc, nlp):
    x = _extract(write_doc("a.txt", "Police were called.\n\nThe farmer, 41, from Little Hadbury, Wexhamshire, "
                                    "denied the charge. Wexhamshire police said he would appear in court."), nlp)
    assert _kinds(x, "Wexhamshire") == {("Place", "Region")}


def test_actors_plural_possessive_and_coordinated_names_stay_whole(write_doc, nlp):
    x = _extract(write_doc("a.txt", "Talks failed.\n\nThe men will appear at Kelsey Road Magistrates' Court on Friday. "
                                    "The Food and Timber Workers Union (FTW) said it would ballot its members. "
                                    "FTW leader Anna Kowal said the offer was too low."), nlp)
    texts = {m.text for m in x.mentions}
    assert "Kelsey Road Magistrates' Court" in texts and "Magistrates" not in texts
    union = [m for m in x.mentions if m.text == "Food and Timber Workers Union"]
    assert union and union[0].kind == "Organization"
    assert {m.key for m in x.mentions if m.text == "FTW"} == {union[0].key}


def test_actors_leader_named_government_and_possessor(write_doc, nlp):
    x = _extract(write_doc("a.txt", "Fighting went on.\n\nThe Morales regime said the rebels had been defeated. "
                                    "Critics of Carlos Morales's regime were arrested."), nlp)
    regime = [m for m in x.mentions if m.text == "Morales regime"]
    assert regime and (regime[0].category, regime[0].kind) == ("Organization", "GovernmentBody")
    assert any(m.text == "Carlos Morales" and m.category == "Person" for m in x.mentions)


def _doc_x(name, mentions, events):
    from kg.model import DocExtraction, Document

    return DocExtraction(document=Document(name, name, name * 4, "", "text/plain", "utf-8"),
                         mentions=tuple(mentions), events=tuple(events))


def test_resolve_events_group_leader_government_and_implicit_party():
    from kg.model import EventRecord, Mention

    person = Mention(0, 13, "Carlos Morales", "Person", "Person", "ner", 0.8, "carlos morales")
    regime = Mention(20, 34, "Morales regime", "Organization", "GovernmentBody", "ner+regime", 0.8, "morales regime")
    rebels = Mention(40, 45, "Tarlo", "Place", "City", "ner", 0.8, "tarlo")
    ally = Mention(50, 56, "Vanuo", "Place", "Country", "ner", 0.8, "vanuo")
    a = _doc_x("a", [person, rebels, ally], [
        EventRecord(0, 5, "Attack", "attacked", agent="carlos morales", participants=("carlos morales", "tarlo")),
        EventRecord(6, 9, "RestoreRelations", "ties", participants=("carlos morales", "vanuo")),
        EventRecord(10, 12, "RestoreRelations", "rapprochement", participants=("vanuo",))])
    b = _doc_x("b", [regime, rebels], [
        EventRecord(0, 5, "Attack", "shelled", agent="morales regime", participants=("morales regime", "tarlo"))])
    res = resolve([a, b])
    assert res.local_events[(a.document.sha256, 0)] == res.local_events[(b.document.sha256, 0)]
    assert res.local_events[(a.document.sha256, 1)] == res.local_events[(a.document.sha256, 2)]
    assert "morales regime" in res.actors and res.actors["morales regime"].kind == "GovernmentBody"


_RULE_TEXT = ("Officials said on Monday that the Ruritanian government was concerned that the plan, seen as vital "
              "to the region, would fail. According to Maria Lenz, the talks are expected to resume. In the view "
              "of the Vexo Group, the deal is considered fragile. Critics are adamant that reports of talks were "
              "false. The union's claim that wages fell was denied, the Daily Courier reports.")


def test_claim_rules_fire_only_on_tokens_may_cue_lets_through(write_doc, nlp):
    """find() skips the tokens _may_cue rejects: none of the six per-token rules may start at them."""
    from kg.extract import actors, claims
    from kg.extract.context import Context

    (document, parsed), = nlp_stage.parse([read(write_doc("r.txt", _RULE_TEXT))], nlp)
    ctx = Context(document, parsed, actors.mentions(document, parsed))
    skipped = 0
    for block, doc in parsed:
        quotes = claims.discourse.quotes(block)
        for sent in doc.sents:
            for tok in sent:
                if claims._may_cue(tok):
                    continue
                skipped += 1
                assert not (claims._from_cue(ctx, block, tok, quotes, []) or claims._according_to(ctx, block, tok, sent, [])
                            or claims._agentless_claim(ctx, block, tok, []) or claims._noun_claim(ctx, block, tok, [])
                            or claims._adjective_claim(ctx, block, tok, []) or claims._judged_claim(ctx, block, tok, [])), tok.text
    assert skipped > 20
    words = {t.lower_: claims._may_cue(t) for _, doc in parsed for t in doc}
    assert words["according"] and words["concerned"] and words["adamant"] and words["view"] and not words["the"]


def test_event_triggers_have_a_trigger_part_of_speech(write_doc, nlp):
    """_event returns at once for tokens outside _TRIGGER_POS: _kind types none of them."""
    from kg.extract import events

    text = ("Rebels attacked the town on Tuesday and soldiers arrested twelve men. The two states signed a deal; "
            "the minister was furious and said the talks had failed. Protesters went on strike in the capital.")
    (_, parsed), = nlp_stage.parse([read(write_doc("e.txt", text))], nlp)
    tokens = [t for _, doc in parsed for t in doc]
    outside = [t for t in tokens if t.pos_ not in events._TRIGGER_POS]
    assert len(outside) > 10
    assert all(events._kind(t) is None for t in outside)
    assert any(events._kind(t) is not None for t in tokens)
