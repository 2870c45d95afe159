"""bench/heldout/agreement.py: one gold folder scored against another with kg's matching rules.
Uses the seed gold file 004 and altered copies of it; nothing here runs the extractor."""
import importlib.util
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "gold" / "004_40096b35d0a24c1b.yaml"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


agreement = _load("agreement_under_test", ROOT / "bench" / "heldout" / "agreement.py")


def _folders(tmp_path: Path, change=None) -> tuple[Path, Path]:
    """Folder A holds the seed gold file, folder B a copy, changed by ``change(data)`` if given."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(SEED, a / SEED.name)
    data = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    if change:
        change(data)
    (b / SEED.name).write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return a, b


def test_a_folder_agrees_with_itself(tmp_path):
    a, b = _folders(tmp_path)
    totals, per_doc = agreement.agreement(a, b)
    assert len(per_doc) == 1
    for task in agreement.TASKS:
        assert totals[task].f1 == 1.0, task
        assert totals[task].fp == totals[task].fn == 0, task


def test_a_removed_event_is_a_miss(tmp_path):
    removed = {}

    def drop(data):
        removed.update(data["events"].pop(3))

    a, b = _folders(tmp_path, drop)
    totals, per_doc = agreement.agreement(a, b)
    n = len(yaml.safe_load(SEED.read_text(encoding="utf-8"))["events"])
    assert (totals["events"].tp, totals["events"].fp, totals["events"].fn) == (n - 1, 0, 1)
    assert totals["events"].f1 < 1.0 and totals["events-exact"].f1 < 1.0
    assert totals["claims"].f1 == totals["actors"].f1 == totals["roles"].f1 == 1.0
    # the unmatched gold item is the removed one, and the reverse direction counts it as extra
    assert [e.id for e in per_doc[0].unmatched["events"][0]] == [removed["id"]]
    back, _ = agreement.agreement(b, a)
    assert (back["events"].fp, back["events"].fn) == (1, 0) and back["events"].f1 == totals["events"].f1


def test_another_claimant_counts_for_claims_only(tmp_path):
    def reattribute(data):
        claim = next(c for c in data["claims"] if c["claimant"] != "asharq_al_awsat")
        claim["claimant"] = "asharq_al_awsat"

    a, b = _folders(tmp_path, reattribute)
    totals, _ = agreement.agreement(a, b)
    assert totals["claims"].f1 == 1.0
    assert totals["claims+claimant"].fn == 1 and totals["claims+claimant"].fp == 1
