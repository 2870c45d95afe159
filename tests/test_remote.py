"""``kg query --endpoint``: every bundled query against a real oxigraph server holding the pushed
seeds gives the same rows as the local store, in every output format."""
from __future__ import annotations

import json

import pytest

from kg.cli import app
from kg.errors import QueryError
from kg.query import bundled, query
from kg.remote import RemoteError, Retry, query_form, remote_query, with_prefixes
from kg.vocab import PREFIXES

from conftest import free_port

BUNDLED = sorted(bundled())


@pytest.mark.parametrize("name", BUNDLED)
def test_remote_bundled_query_same_rows_as_local(pushed_server, local_answers, name):
    remote = query(name, endpoint=pushed_server.query_url).serialize("csv")
    assert remote == local_answers[name]
    assert len(remote.splitlines()) > 1


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_remote_cli_formats_same_as_local(runner, built_store, pushed_server, fmt):
    from kg.cli import app

    local = runner.invoke(app, ["query", "events", "--store", str(built_store.path), "--format", fmt])
    remote = runner.invoke(app, ["query", "events", "--endpoint", pushed_server.query_url, "--format", fmt])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout
    if fmt == "json":
        assert json.loads(remote.stdout)["head"]["vars"][0] == "event"


@pytest.mark.parametrize("sparql,kind", [
    ("ASK { ?a a kg:Person }", "ask"),
    ("CONSTRUCT { ?a skos:prefLabel ?l } WHERE { GRAPH kgg:identity { ?a a kg:Person ; skos:prefLabel ?l } }", "graph"),
    ("DESCRIBE kgid:actor\\/saleh-arouri", "graph"),
])
def test_remote_ask_construct_describe_same_as_local(built_store, pushed_server, sparql, kind):
    remote = query(sparql, endpoint=pushed_server.query_url)
    local = query(sparql, store=built_store)
    assert remote.kind == local.kind == kind
    if kind == "ask":
        assert remote.boolean is True and remote.serialize() == "true\n"
    else:
        assert set(remote.triples) == set(local.triples) and remote.triples


@pytest.mark.parametrize("bad", ["SELECT ?x WHERE { ?x", "SELEKT * {}"])
def test_remote_malformed_query_is_a_query_error(pushed_server, bad):
    with pytest.raises(QueryError, match="rejected the query: .*HTTP 400"):
        query(bad, endpoint=pushed_server.query_url)


@pytest.mark.parametrize("retries", [0, 1])
def test_remote_unreachable_endpoint_is_a_clear_error(retries):
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(RemoteError, match=f"POST {url}: cannot connect") as info:
        remote_query("ASK {}", url, retry=Retry(retries=retries, wait=0.01))
    assert info.value.exit_code == 2
    assert ("after 1 retry" in str(info.value)) == (retries == 1)


@pytest.mark.parametrize("text,form", [
    ("SELECT * {}", "select"),
    ("# ask?\nBASE <http://e.org/> PREFIX a: <x#y> ask {}", "ask"),
    ("prefix : <http://e.org/#> CONSTRUCT WHERE { ?s ?p ?o }", "construct"),
    ("DESCRIBE <http://e.org/>", "describe"),
    ("INSERT DATA { <a> <b> <c> }", None),
])
def test_remote_query_form_after_prologue(text, form):
    assert query_form(text) == form


@pytest.mark.parametrize("name", ["actors", "graphs"])
def test_remote_bundled_queries_get_kg_prefixes_once(name):
    text = with_prefixes(bundled()[name][1].read_text(encoding="utf-8"))
    for prefix in PREFIXES:
        assert text.count(f"PREFIX {prefix}: ") == 1
    assert text.count("\n") == bundled()[name][1].read_text(encoding="utf-8").count("\n")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/sparql"])
def test_remote_refuses_non_http_urls(url):
    with pytest.raises(RemoteError, match="not an http"):
        remote_query("ASK {}", url)


@pytest.mark.parametrize("url", ["http://alice:{secret}@127.0.0.1:{port}/query", "alice:{secret}@127.0.0.1:{port}/query",
                                 "https://alice:{secret}@[::1]:{port}/query?x=1"])
def test_remote_query_credentials_in_url_never_shown_nor_sent(runner, http_recorder, url):
    secret = "S3cr3t-query"
    base, seen = http_recorder([200])
    target = url.format(secret=secret, port=base.rsplit(":", 1)[1])
    result = runner.invoke(app, ["query", "ASK {}", "--endpoint", target])
    assert result.exit_code == 2 and secret not in result.output and "alice" not in result.output
    assert result.stderr.startswith("kg: ") and result.stderr.count("\n") == 1
    assert seen == []
