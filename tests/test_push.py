"""``kg push`` and ``kg export`` against real oxigraph servers on 127.0.0.1: the same rows remotely,
no duplicates on a second push, a server stopped in the middle, credentials, retries, and the
TriG round trip (export, load into a fresh server, same answers)."""
from __future__ import annotations

import base64
import functools
import importlib
import subprocess

import pyoxigraph as ox
import pytest

from kg import PushError, export, push
from kg.cli import app
from kg.export import export_file
from kg.push import gsp_url
from kg.query import bundled, query
from kg.remote import RemoteError, Retry
from kg.vocab import IDENTITY_GRAPH

from conftest import free_port

FAST = Retry(retries=1, wait=0.01)
COUNTS = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")


def _counts(endpoint: str | None = None, store=None) -> tuple[int, int]:
    """Triples in the named graphs, and in the default graph."""
    return tuple(int(query(q, endpoint=endpoint, store=store, check=False).rows[0][0].value) for q in COUNTS)


def _answers(endpoint: str) -> dict[str, str]:
    return {name: query(name, endpoint=endpoint).serialize("csv") for name in bundled()}


@pytest.mark.parametrize("chunk_size", [50_000, 700])
def test_push_twice_with_replace_gives_no_duplicates(built_store, oxigraph_server, chunk_size):
    server = oxigraph_server()
    local = _counts(store=built_store)
    for _ in range(2):
        report = push(built_store, endpoint=server.url, profile="oxigraph", chunk_size=chunk_size)
        assert _counts(server.query_url) == local
    assert report.triples == sum(local) and not report.not_pushed
    assert len(report.graphs) == 10 and report.graphs[-1].label == "default graph"  # 5 documents, identity, ontology, readout, runs
    if chunk_size < 1000:  # big graphs went in several requests, first PUT, then POST
        assert max(g.requests for g in report.graphs) > 5


@pytest.mark.parametrize("into", ["https://example.org/graph/kg"])
def test_push_into_one_named_graph_append_then_replace(built_store, oxigraph_server, runner, into):
    """``--into``: the union (each triple once) in one named graph; ``--append`` POSTs (blank-node
    statements are new nodes each time), ``--replace`` PUTs the graph back to exactly the store's."""
    server = oxigraph_server()
    _, default = _counts(store=built_store)
    args = ["push", "--store", str(built_store.path), "-e", server.store_url, "--into", into, "--no-union", "-q"]
    for mode in ("--append", "--append", "--replace"):
        result = runner.invoke(app, [*args, mode])
        assert result.exit_code == 0, result.output
        assert result.stdout.strip() == f"pushed 1 graph(s), {default} triples to {server.store_url} ({mode[2:]})"
        assert _counts(server.query_url)[1] == 0
    assert _counts(server.query_url) == (default, 0)


def test_push_cli_prints_graphs_and_same_rows_remotely(built_store, oxigraph_server, runner, local_answers):
    server = oxigraph_server()
    result = runner.invoke(app, ["push", "--store", str(built_store.path), "--endpoint", server.url, "--profile", "oxigraph"])
    assert result.exit_code == 0, result.output
    assert "  kgg:identity  " in result.stdout and "  default graph  " in result.stdout
    assert result.stdout.splitlines()[-1].startswith("pushed 10 graph(s), ")
    assert _counts(server.query_url) == _counts(store=built_store)
    for name in ("graphs", "documents", "who-met-whom"):  # every bundled query: test_remote.py
        assert query(name, endpoint=server.query_url).serialize("csv") == local_answers[name]


@pytest.mark.parametrize("stop_at", [2])
def test_push_server_stopped_mid_push_names_pushed_and_not_pushed(built_store, oxigraph_server, stop_at, monkeypatch, runner):
    """The server is stopped after the first request of the second graph: exit 3, a clear message."""
    server = oxigraph_server()
    with pytest.raises(PushError) as info:
        push(built_store, endpoint=server.url, profile="oxigraph", chunk_size=1000, retry=FAST,
             on_request=_stop_at_graph(server, stop_at))
    error = info.value
    message = str(error)
    assert error.exit_code == 3
    first, second = error.report.graphs[:2]
    assert first.done and not second.done and second.requests == 1
    assert f"failed at {second.label} (incomplete: 1 request(s), 1000 triples sent)" in message
    assert f"pushed 1 graph(s), {first.triples} triples: {first.label}" in message
    assert "cannot connect" in message and "(after 1 retry)" in message
    assert "not pushed 8 graph(s): " in message and "kgg:identity" in message and "default graph" in message
    # The same through the command line: one line on stderr, exit code 3.
    server = oxigraph_server()
    module = importlib.import_module("kg.push")  # `kg.push` is also the function
    monkeypatch.setattr(module, "push", functools.partial(module.push, on_request=_stop_at_graph(server, stop_at)))
    result = runner.invoke(app, ["push", "--store", str(built_store.path), "-e", server.url, "--profile", "oxigraph",
                                 "--chunk-size", "1000", "--retries", "1", "--retry-wait", "0.01"])
    assert result.exit_code == 3
    assert "kg: push to " in result.output and "not pushed 8 graph(s)" in result.output


def _stop_at_graph(server, number: int):
    """An ``on_request`` hook that stops the server once a request of the ``number``-th graph went through."""
    seen: list[str] = []

    def on_request(graph) -> None:
        if graph.graph not in seen:
            seen.append(graph.graph)
        if len(seen) == number:
            server.stop()

    return on_request


@pytest.mark.parametrize("retries", [0, 2])
def test_push_unreachable_endpoint_exit_2_nothing_pushed(built_store, runner, retries):
    url = f"http://127.0.0.1:{free_port()}"
    result = runner.invoke(app, ["push", "--store", str(built_store.path), "-e", url, "--profile", "oxigraph",
                                 "--retries", str(retries), "--retry-wait", "0.01"])
    assert result.exit_code == 2
    assert f"kg: push to {url}/store failed at kgg:doc/" in result.output and "nothing was pushed" in result.output
    assert "not pushed 9 graph(s)" in result.output


@pytest.mark.parametrize("statuses,requests,retried", [([503], 3, True), ([502, 204], 11, True), ([404], 1, False)])
def test_push_retries_5xx_with_bounds(built_store, http_recorder, statuses, requests, retried):
    url, seen = http_recorder(statuses)
    retry = Retry(retries=2, wait=0.01)
    if statuses[-1] >= 400:
        with pytest.raises(PushError, match=f"HTTP {statuses[0]}") as info:
            push(built_store, endpoint=url + "/gsp", retry=retry)
        assert info.value.exit_code == 2 and ("after 2 retries" in str(info.value)) == retried
    else:
        report = push(built_store, endpoint=url + "/gsp", retry=retry)
        assert len(report.pushed) == 10
    assert len(seen) == requests
    assert seen[0]["method"] == "PUT" and seen[0]["path"].startswith("/gsp?graph=https%3A%2F%2Fw3id.org%2Fkg%2Fgraph%2Fdoc%2F")
    assert seen[0]["headers"]["Content-Type"] == "application/n-triples"


@pytest.mark.parametrize("source", ["password", "token", "netrc"])
def test_push_credentials_sent_but_never_shown(built_store, http_recorder, runner, tmp_path, monkeypatch, source):
    secret = "S3cr3t-pa55"
    for name in ("KG_PUSH_USER", "KG_PUSH_PASSWORD", "KG_PUSH_TOKEN", "NETRC"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    if source == "password":
        monkeypatch.setenv("KG_PUSH_USER", "alice")
        monkeypatch.setenv("KG_PUSH_PASSWORD", secret)
    elif source == "token":
        monkeypatch.setenv("KG_PUSH_TOKEN", secret)
    else:
        netrc = tmp_path / ".netrc"
        netrc.write_text(f"machine 127.0.0.1 login alice password {secret}\n")
        netrc.chmod(0o600)
    url, seen = http_recorder([401])
    result = runner.invoke(app, ["push", "--store", str(built_store.path), "-e", url + "/store"])
    assert result.exit_code == 2
    sent = seen[0]["headers"]["Authorization"]
    encoded = base64.b64encode(f"alice:{secret}".encode()).decode()
    assert sent == (f"Bearer {secret}" if source == "token" else f"Basic {encoded}")
    assert "HTTP 401" in result.output and "hint: check KG_PUSH_USER" in result.output
    for leak in (secret, encoded):
        assert leak not in result.output
    with pytest.raises(RemoteError) as info:  # a failing push, and a URL that tries to carry the password
        push(built_store, endpoint=f"http://alice:{secret}@127.0.0.1:1/store")
    assert secret not in str(info.value) and "credentials in the URL" in str(info.value)


@pytest.mark.parametrize("profile,base,expected", [
    ("oxigraph", "http://localhost:7878", "http://localhost:7878/store"),
    ("oxigraph", "http://localhost:7878/store", "http://localhost:7878/store"),
    ("fuseki", "http://localhost:3030/kg", "http://localhost:3030/kg/data"),
    ("graphdb", "http://localhost:7200/repositories/kg/", "http://localhost:7200/repositories/kg/rdf-graphs/service"),
    ("generic", "https://triples.example.org/gsp?token=1", "https://triples.example.org/gsp?token=1"),
])
def test_push_profile_builds_the_graph_store_url(profile, base, expected):
    assert gsp_url(base, profile) == expected


def test_export_trig_round_trip_same_answers(built_store, oxigraph_server, oxigraph_bin, tmp_path, local_answers):
    """``kg export --format trig``, ``oxigraph load`` into a fresh store, and every bundled query
    answers the same (the TriG carries the default graph, the union, too)."""
    trig = tmp_path / "kg.trig"
    export_file(trig, built_store, format="trig")
    location = tmp_path / "fresh"
    subprocess.run([oxigraph_bin, "load", "--location", str(location), "--file", str(trig)],
                   check=True, capture_output=True, timeout=120)
    server = oxigraph_server(location=location)
    assert _counts(server.query_url) == _counts(store=built_store)
    assert _answers(server.query_url) == local_answers


@pytest.mark.parametrize("fmt,parse", [("jsonld", ox.RdfFormat.JSON_LD), ("trig", ox.RdfFormat.TRIG),
                                       ("turtle", ox.RdfFormat.TURTLE)])
def test_export_streams_same_bytes_and_keeps_graphs(built_store, tmp_path, fmt, parse):
    data = export(built_store, format=fmt)
    size = export_file(tmp_path / f"kg.{fmt}", built_store, format=fmt)
    assert (tmp_path / f"kg.{fmt}").read_bytes() == data and size == len(data)
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name]
    quads = set(ox.parse(data, format=parse))
    db = built_store.open()
    if fmt == "turtle":  # the default graph: the union
        assert len(quads) == len(db) - sum(1 for q in db if not isinstance(q.graph_name, ox.DefaultGraph))
    else:  # the whole dataset: named graphs and the default graph
        graphs = {q.graph_name for q in quads}
        assert ox.NamedNode(str(IDENTITY_GRAPH)) in graphs and ox.DefaultGraph() in graphs
        assert len(quads) == len(db)
        named = set(ox.parse(export(built_store, format=fmt, union=False), format=parse))
        assert ox.DefaultGraph() not in {q.graph_name for q in named}
        assert len(named) == sum(1 for q in db if not isinstance(q.graph_name, ox.DefaultGraph))
    one = export(built_store, format=fmt, graph=str(IDENTITY_GRAPH))
    assert 0 < len(set(ox.parse(one, format=parse))) < len(quads)
