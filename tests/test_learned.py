"""The learned event filter (kg/extract/learned.py): training, determinism, the shipped weights,
and the hook in the event extractor (off by default, on with KG_LEARNED_EVENTS)."""
from __future__ import annotations

import json

from kg import nlp as nlp_stage
from kg.extract import extract, learned
from kg.ingest import read

FRONT = "---\ntitle: Test\ndate: 2023-03-17\n---\n"
MEETING = "Norway's foreign minister Ingrid Holm met Danish Prime Minister Lars Vang in Oslo on Monday."

# A tiny invented annotated sample: past-tense reports are events, hedged or modal ones are not.
SAMPLE = [
    (["kind=Meet", "tag=VBD", "has-agent=True"], 1),
    (["kind=Meet", "tag=VBD", "has-agent=True", "dep=ROOT"], 1),
    (["kind=Visit", "tag=VBD", "has-agent=True"], 1),
    (["kind=Visit", "tag=VB", "modal=would", "has-agent=True"], 0),
    (["kind=Meet", "tag=VB", "modal=would", "under-reporting"], 0),
    (["kind=Meet", "tag=VB", "modal=would", "has-agent=True"], 0),
]


def _run(write_doc, nlp, text: str):
    (document, parsed), = nlp_stage.parse([read(write_doc("a.md", FRONT + text + "\n"))], nlp)
    return extract(document, parsed, extractor="test", run_started="2024-01-01T00:00:00Z")


def test_training_learns_the_sample():
    model = learned.train([f for f, _ in SAMPLE], [y for _, y in SAMPLE], iterations=300, l2=0.1, min_count=1)
    assert model.probability(["kind=Visit", "tag=VBD", "has-agent=True"]) > 0.6
    assert model.probability(["kind=Visit", "tag=VB", "modal=would", "has-agent=True"]) < 0.4
    assert model.weights["modal=would"] < 0 < model.weights["tag=VBD"]


def test_training_drops_rare_features():
    model = learned.train([f for f, _ in SAMPLE], [y for _, y in SAMPLE], min_count=2)
    assert "dep=ROOT" not in model.weights and "under-reporting" not in model.weights
    assert "modal=would" in model.weights


def test_training_is_deterministic():
    a = learned.train([f for f, _ in SAMPLE], [y for _, y in SAMPLE], min_count=1).to_json("h")
    b = learned.train([list(reversed(f)) for f, _ in SAMPLE], [y for _, y in SAMPLE], min_count=1).to_json("h")
    assert a == b
    assert learned.Model.from_json(a).to_json("h") == a


def test_shipped_weights_load_and_score():
    model = learned.load(str(learned.WEIGHTS))
    assert json.loads(learned.WEIGHTS.read_text(encoding="utf-8"))["header"].startswith("Weights")
    assert model.weights and 0.0 < model.threshold < 1.0
    p = model.probability(["kind=Meet", "tag=VBD", "has-agent=True"])
    assert 0.0 < p < 1.0


def test_features_of_a_trigger(write_doc, nlp):
    seen = []
    learned.collector = lambda block, tok, record, feats: seen.append((tok.lower_, record.kind, feats))
    try:
        _run(write_doc, nlp, MEETING + ' "We would never meet the rebels," the minister said.')
    finally:
        learned.collector = None
    met = [f for word, kind, f in seen if word == "met"]
    assert met and "kind=Meet" in met[0] and "lemma=meet" in met[0] and "has-agent=True" in met[0]
    assert "in-quote" not in met[0]


def test_off_by_default_and_on_with_the_option(write_doc, nlp, monkeypatch, tmp_path):
    monkeypatch.delenv(learned.ENV, raising=False)
    assert [e.kind for e in _run(write_doc, nlp, MEETING).events] == ["Meet"]
    reject_all = tmp_path / "reject.json"
    reject_all.write_text(learned.Model({}, -5.0, 0.5).to_json("test"), encoding="utf-8")
    monkeypatch.setenv(learned.ENV, str(reject_all))
    assert _run(write_doc, nlp, MEETING).events == ()
    keep_all = tmp_path / "keep.json"
    keep_all.write_text(learned.Model({}, 5.0, 0.5).to_json("test"), encoding="utf-8")
    monkeypatch.setenv(learned.ENV, str(keep_all))
    assert [e.kind for e in _run(write_doc, nlp, MEETING).events] == ["Meet"]
