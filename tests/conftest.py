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


@pytest.fixture(scope="session")
def seeds_rebuilt(tmp_path_factory) -> dict:
    """The seeds built again from scratch into another store (times frozen as for ``built_store``),
    then rebuilt in place: the exports (Turtle, N-Quads) after each build and the second build's
    report. Two full builds, made once for the formats that compare them."""
    from kg import Store, build, export

    formats = ("turtle", "nquads")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = FROZEN_EPOCH
    try:
        other = Store(tmp_path_factory.mktemp("rebuilt") / "kg-store")
        build([SEEDS], store=other)
        fresh = {fmt: export(other, format=fmt) for fmt in formats}
        report = build([SEEDS], store=other)
        again = {fmt: export(other, format=fmt) for fmt in formats}
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    return {"fresh": fresh, "report": report, "again": again}


@pytest.fixture(scope="session")
def reasoned_store(built_store, tmp_path_factory):
    """A copy of the seeds' store after ``kg reason`` (HermiT, which takes seconds), reasoned once
    for the tests that only read the result: ``(store, report)``. Read-only, like ``built_store``."""
    from kg import Store
    from kg.reason import reason

    target = tmp_path_factory.mktemp("reasoned") / "kg-store"
    shutil.copytree(built_store.path, target, symlinks=True)
    store = Store(target)
    return store, reason(store)


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


@pytest.fixture()
def build_docs(write_doc, tmp_path):
    """Write documents ({file name: text}) into a fresh folder and build them into a new store."""
    def run(docs: dict[str, str | bytes]):
        from kg import Store, build

        for name, text in docs.items():
            folder = write_doc(name, text).parent
        store = Store(tmp_path / "kg-store")
        build([folder], store=store)
        return store

    return run


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as stage

    return stage.load()


@pytest.fixture()
def extract_text(write_doc, nlp):
    """Extract one invented news text, dated Friday 2023-03-17 in its front matter: the records of
    :func:`kg.extract.extract` (mentions, roles, events, claims)."""
    from kg import nlp as stage
    from kg.extract import extract
    from kg.ingest import read

    def run(text: str):
        (document, parsed), = stage.parse([read(write_doc("a.md", "---\ntitle: Test\ndate: 2023-03-17\n---\n" + text + "\n"))], nlp)
        return extract(document, parsed, extractor="test", run_started="2024-01-01T00:00:00Z")

    return run


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


# -- remote stores: a real oxigraph server on a free port of 127.0.0.1 ------------------------------

def roles_of(x) -> list[tuple[str, str, str | None]]:
    """The (holder, title, organization) of every role of an extraction, for role tests."""
    return [(r.holder, r.title, r.organization) for r in x.roles]


def mention_keys(x) -> dict[str, set[tuple[str, str]]]:
    """Each surface form of an extraction's mentions → its (key, category) pairs, for actor tests."""
    out: dict[str, set[tuple[str, str]]] = {}
    for m in x.mentions:
        out.setdefault(m.text, set()).add((m.key, m.category))
    return out


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on (now)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, proc, timeout: float = 30.0) -> None:
    """Wait until ``url`` answers (any HTTP status), failing if ``proc`` exits or time runs out."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    while True:
        if proc.poll() is not None:
            pytest.fail(f"server exited with code {proc.returncode} before answering {url}")
        try:
            opener.open(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{url} did not answer within {timeout}s")
            time.sleep(0.05)


def stop_process(proc, timeout: float = 10.0) -> None:
    """Terminate a process we started (and kill it if it does not stop in time)."""
    import subprocess

    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)


class OxigraphServer:
    """``oxigraph serve`` (or another server command) on 127.0.0.1:PORT, started and stopped by the tests."""

    def __init__(self, argv: list[str], port: int, log: Path) -> None:
        import subprocess

        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.store_url = self.url + "/store"
        self.query_url = self.url + "/query"
        self.update_url = self.url + "/update"
        self._log = open(log, "wb")
        self.proc = subprocess.Popen(argv, stdout=self._log, stderr=subprocess.STDOUT)
        wait_for_http(self.url + "/", self.proc)

    def stop(self) -> None:
        stop_process(self.proc)
        self._log.close()


@pytest.fixture(scope="session")
def oxigraph_bin() -> str:
    """The ``oxigraph`` server binary (PyPI package ``oxigraph``, a test extra)."""
    from kg.errors import KgError
    from kg.serve import find_oxigraph

    try:
        return find_oxigraph()
    except KgError as exc:
        pytest.fail(f"{exc} (the integration tests need a real server: pip install '.[test]')")


def _start_oxigraph(binary: str, folder: Path, args: tuple[str, ...], location: Path | None) -> OxigraphServer:
    port = free_port()
    location = location or folder / f"oxigraph-{port}"
    argv = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *args]
    return OxigraphServer(argv, port, folder / f"oxigraph-{port}.log")


@pytest.fixture()
def oxigraph_server(tmp_path, oxigraph_bin):
    """Start fresh ``oxigraph serve`` servers: ``start(*extra_args, location=None)``; all stopped at the end."""
    servers: list[OxigraphServer] = []

    def start(*args: str, location: Path | None = None) -> OxigraphServer:
        servers.append(_start_oxigraph(oxigraph_bin, tmp_path, args, location))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def pushed_server(built_store, tmp_path_factory, oxigraph_bin):
    """One oxigraph server holding the seeds, pushed with ``kg push`` (union in the default graph)."""
    from kg.push import push

    server = _start_oxigraph(oxigraph_bin, tmp_path_factory.mktemp("oxigraph"), (), None)
    try:
        push(built_store, endpoint=server.url, profile="oxigraph")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def local_answers(built_store) -> dict[str, str]:
    """Every bundled query answered by the seeds' local store, as CSV."""
    from kg.query import bundled, query

    return {name: query(name, store=built_store).serialize("csv") for name in bundled()}


@pytest.fixture()
def http_recorder():
    """A real HTTP server on 127.0.0.1 that answers every request with the given statuses in turn
    (the last one repeated) and records the requests: ``start([401]) -> (url, requests)``."""
    import http.server
    import threading

    servers = []

    def start(statuses: list[int]):
        requests: list[dict] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers)})
                status = statuses[min(len(requests), len(statuses)) - 1]
                body = f"status {status}".encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", requests

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def compiled_shapes(shapes_graph):
    """kg's shapes, compiled once (core shapes for pySHACL, SPARQL constraints for pyoxigraph)."""
    from kg.validate import compile_shapes

    return compile_shapes(shapes_graph)


@pytest.fixture(scope="session")
def example_report(compiled_shapes):
    """kg's validation report of one shape example (``tests/shapes/*.ttl``), made once per file:
    ``example_report(path)``. test_shapes.py and test_validate.py check different things of the
    same report, and each validation of even a tiny file costs seconds (rdflib parses the
    SHACL-SPARQL constraints again), so they share it. Reports are frozen: a test cannot change one."""
    from functools import cache

    from kg.validate import validate_files

    @cache
    def report(path: Path):
        return validate_files([path], compiled_shapes)

    return report


# -- the view: a real headless Chromium (Debian's `chromium`) ------------------------------------

ARTIFACTS = ROOT / "test-artifacts"
"""Screenshots of the browser tests (gitignored; CI keeps them as artifacts)."""


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium executable. Skips only when it is absent outside CI; in CI (CI=true) it must be there."""
    from kg.view.chromium import find_chromium

    found = find_chromium()
    if found is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("the browser tests need Chromium in CI: apt-get install chromium (.ci/run does)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="session")
def seeds_view(built_store):
    """What the view reads from the seeds' store (:func:`kg.view.load.load`)."""
    from kg.view.load import load

    return load(built_store)


@pytest.fixture(scope="session")
def seeds_html_report(built_store, tmp_path_factory):
    """``kg report`` of the seeds, written once: the report folder."""
    from kg.view.report import report

    out = tmp_path_factory.mktemp("report") / "kg-report"
    report(out, store=built_store)
    return out


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """The folder for test artifacts (screenshots)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
