"""The learned event filter, an experiment kept in bench/ (bench/learned_events.py, trained by
bench/train_events.py): training, determinism, the features of a trigger, and the bench-only
wrapping of kg's event extractor (restored after; kg has no hook for it)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from kg import nlp as nlp_stage
from kg.extract import extract
from kg.extract.events import finder
from kg.ingest import read

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    """Import a bench module by path (``bench/`` is not a package); registered in ``sys.modules``
    before it runs, as its dataclasses need."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


learned = _load("learned_events_under_test", ROOT / "bench" / "learned_events.py")

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


def test_features_of_a_trigger(write_doc, nlp):
    seen = []
    with learned.installed(lambda block, tok, record, feats: seen.append((tok.lower_, record.kind, feats))):
        _run(write_doc, nlp, MEETING + ' "We would never meet the rebels," the minister said.')
    met = [f for word, kind, f in seen if word == "met"]
    assert met and "kind=Meet" in met[0] and "lemma=meet" in met[0] and "has-agent=True" in met[0]
    assert "in-quote" not in met[0]


def test_the_wrapping_filters_and_is_restored(write_doc, nlp, tmp_path):
    originals = finder._event, finder._modal_appeal  # find looks them up in its own module
    assert [e.kind for e in _run(write_doc, nlp, MEETING).events] == ["Meet"]
    reject_all = tmp_path / "reject.json"
    reject_all.write_text(learned.Model({}, -5.0, 0.5).to_json("test"), encoding="utf-8")
    with learned.installed(model=learned.load(str(reject_all))):
        assert _run(write_doc, nlp, MEETING).events == ()
    with learned.installed(model=learned.Model({}, 5.0, 0.5)):
        assert [e.kind for e in _run(write_doc, nlp, MEETING).events] == ["Meet"]
    assert (finder._event, finder._modal_appeal) == originals
    assert [e.kind for e in _run(write_doc, nlp, MEETING).events] == ["Meet"]
