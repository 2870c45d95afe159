"""Shared fixtures. Fixtures live only here (tests/*.py define none)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FROZEN_EPOCH = "1700000000"  # 2023-11-14T22:13:20Z: freezes ingest and run times (SOURCE_DATE_EPOCH)


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the expected graphs of the golden tests")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture()
def frozen_clock(monkeypatch):
    """Freeze kg's provenance timestamps."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FROZEN_EPOCH)


@pytest.fixture(scope="session")
def built_store(tmp_path_factory):
    """The seeds built once into a store (read-only for tests: copy it to change it)."""
    from kg import Store, build

    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = FROZEN_EPOCH
    try:
        store = Store(tmp_path_factory.mktemp("seeds") / "kg-store")
        build([SEEDS], store=store)
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    return store


@pytest.fixture()
def store_copy(built_store, tmp_path):
    """A private copy of the seeds' store that a test may change."""
    from kg import Store

    target = tmp_path / "kg-store"
    shutil.copytree(built_store.path, target, symlinks=True)
    return Store(target)


@pytest.fixture()
def write_doc(tmp_path):
    """Write a text document into a fresh folder and return its path."""
    folder = tmp_path / "docs"
    folder.mkdir()

    def write(name: str, text: str | bytes) -> Path:
        path = folder / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return path

    return write


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as stage

    return stage.load()


@pytest.fixture()
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture(scope="session")
def shapes_graph():
    from kg.validate import load_shapes

    return load_shapes()


@pytest.fixture(scope="session")
def seeds_report():
    """``kg eval tests/gold --docs seeds``, run once."""
    from kg.evaluate import evaluate

    return evaluate(ROOT / "tests" / "gold", docs=SEEDS)
