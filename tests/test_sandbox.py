"""Safe local queries: SERVICE never reaches the network unless allowed, a deadline stops a
runaway query (its process is killed), a row limit cuts long answers and says so."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.cli import app
from kg.errors import QueryError
from kg.query import query
from kg.sandbox import QueryTimeout, service_iris

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 20,000³ rows on the seeds


def _children(name: str) -> list[int]:
    """Processes whose parent is this one and whose command line holds ``name``."""
    out = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, ValueError):
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid() and name in cmdline:
            out.append(int(entry.name))
    return out


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "PREFIX r: <{url}/>\nSELECT * WHERE { OPTIONAL { SERVICE SILENT r:sparql { ?s ?p ?o } } }",
    "ASK { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND (<{url}/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
])
def test_sandbox_service_refused_no_connection_unless_allowed(built_store, http_recorder, sparql):
    url, requests = http_recorder([200])
    text = sparql.replace("{url}", url)
    with pytest.raises(QueryError, match="calls SERVICE .*local queries do not reach the network"):
        query(text, store=built_store, check=False)
    assert requests == []
    if "?e" not in text:  # the recorder does see a query that is allowed to call it
        try:
            result = query(text, store=built_store, check=False, allow_service=True, timeout=30)
            (result.rows, result.boolean)
        except QueryError:
            pass  # the recorder's answer is no SPARQL result
        assert [r["method"] for r in requests] == ["POST"]


@pytest.mark.parametrize("sparql", [
    '# SERVICE <http://127.0.0.1:9/> { }\nSELECT ?s WHERE { ?s kg:content "SERVICE <http://127.0.0.1:9/> { }" }',
    "SELECT ?service WHERE { ?service <http://example.org/SERVICE> ?o } LIMIT 1",
])
def test_sandbox_service_in_comments_strings_names_is_not_a_call(built_store, sparql):
    assert service_iris(sparql) == []
    query(sparql, store=built_store, check=False)


@pytest.mark.parametrize("timeout", [1.0])
def test_sandbox_timeout_stops_the_query_and_its_process(runner, built_store, timeout):
    with pytest.raises(QueryTimeout, match=f"ran longer than {timeout:g} s and was stopped"):
        query(RUNAWAY, store=built_store, check=False, timeout=timeout)
    assert _children("kg.sandbox") == []
    result = runner.invoke(app, ["query", RUNAWAY, "--timeout", str(timeout), "--no-validate",
                                 "--store", str(built_store.path)])
    assert result.exit_code == 2 and "was stopped" in result.stderr and result.stderr.count("\n") == 1
    quick = query("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Document }", store=built_store, check=False, timeout=60)
    assert quick.rows[0][0].value == "5"


@pytest.mark.parametrize("limit", [3])
def test_sandbox_row_limit_cuts_and_says_so(runner, built_store, limit):
    every = "SELECT ?s ?o WHERE { ?s a ?o } ORDER BY ?s ?o"
    full = query(every, store=built_store, check=False)
    for timeout in (None, 60):
        cut = query(every, store=built_store, check=False, limit=limit, timeout=timeout)
        assert cut.rows == full.rows[:limit] and cut.truncated and not full.truncated
    exact = query("SELECT ?s WHERE { ?s a kg:Document }", store=built_store, check=False, limit=5)
    assert len(exact.rows) == 5 and not exact.truncated
    result = runner.invoke(app, ["query", every, "--limit", str(limit), "-f", "csv", "--no-validate",
                                 "--store", str(built_store.path)])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == limit + 1
    assert f"only the first {limit} row(s) are shown" in result.stderr


def test_sandbox_queries_without_the_word_service_are_not_parsed_for_it():
    # the SERVICE check parses a query (rdflib, up to a second) only when the word occurs at all,
    # in any case or written with SPARQL's \u escapes; the bundled queries never need the parse
    from kg.query import bundled
    from kg.sandbox import may_call_service

    assert not any(may_call_service(path.read_text(encoding="utf-8")) for _, path in bundled().values())
    assert may_call_service("SELECT * WHERE { sErViCe <http://x/> { ?s ?p ?o } }")
    escaped = "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }"
    assert may_call_service(escaped) and may_call_service("# service\nSELECT * {}")
    assert service_iris("SELECT * WHERE { ?s ?p ?o }") == []
