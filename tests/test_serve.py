"""``kg serve``: the oxigraph server, read-only, on the store's current generation: it answers
every bundled query as the local store does, refuses updates, and listens only on loopback
unless told otherwise."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from kg.cli import app
from kg.query import bundled, query
from kg.remote import RemoteError, Retry, request
from kg.serve import serve_command

from conftest import free_port, stop_process, wait_for_http


def test_serve_answers_every_bundled_query_and_refuses_updates(built_store, local_answers):
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(built_store.path), "--port", str(port)],
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", proc)
        endpoint = f"http://127.0.0.1:{port}/query"
        for name in bundled():
            assert query(name, endpoint=endpoint).serialize("csv") == local_answers[name], name
        with pytest.raises(RemoteError, match="HTTP 403") as info:
            request("POST", f"http://127.0.0.1:{port}/update", data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                    headers={"Content-Type": "application/sparql-update"}, retry=Retry(retries=0))
        assert info.value.status == 403
        with pytest.raises(RemoteError, match="HTTP 403"):
            request("PUT", f"http://127.0.0.1:{port}/store?default", data=b"", retry=Retry(retries=0),
                    headers={"Content-Type": "application/n-triples"})
        assert query("ASK { <urn:a> ?p ?o }", endpoint=endpoint).boolean is False
        proc.send_signal(signal.SIGTERM)  # kg serve stops its oxigraph server too, and exits 0
        assert proc.wait(timeout=30) == 0
        assert f"read-only: SPARQL endpoint http://127.0.0.1:{port}/query" in proc.stderr.read()
        with pytest.raises(RemoteError, match="cannot connect"):
            request("GET", f"http://127.0.0.1:{port}/", retry=Retry(retries=0), timeout=5)
    finally:
        stop_process(proc)
        proc.stderr.close()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "example.org"])
def test_serve_refuses_non_loopback_host_without_allow_remote(runner, built_store, host):
    result = runner.invoke(app, ["serve", "--store", str(built_store.path), "--host", host])
    assert result.exit_code == 2
    assert f"refusing to serve on {host}" in result.output and "--allow-remote" in result.output
    argv = serve_command(built_store, host=host, port=8000, allow_remote=True)
    assert argv[1:] == ["serve-read-only", "--location", str(built_store.current), "--bind", f"{host}:8000"]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_serve_command_on_loopback_reads_the_current_generation(built_store, host):
    argv = serve_command(built_store, host=host, port=7979)
    bind = f"[{host}]:7979" if ":" in host else f"{host}:7979"
    assert argv[1:] == ["serve-read-only", "--location", str(built_store.current), "--bind", bind]


@pytest.mark.parametrize("variable", ["KG_OXIGRAPH"])
def test_serve_without_the_binary_says_pip_install(runner, built_store, monkeypatch, tmp_path, variable):
    monkeypatch.setenv(variable, str(tmp_path / "missing"))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    result = runner.invoke(app, ["serve", "--store", str(built_store.path)])
    assert result.exit_code == 2
    assert "the oxigraph server is not installed" in result.output and "pip install oxigraph" in result.output


@pytest.mark.parametrize("missing", ["no-store"])
def test_serve_missing_store_is_a_clear_error(runner, tmp_path, missing):
    result = runner.invoke(app, ["serve", "--store", str(tmp_path / missing)])
    assert result.exit_code == 2 and "no kg store" in result.output


def test_serve_port_in_use_is_a_clear_error(runner, built_store, pushed_server):
    result = runner.invoke(app, ["serve", "--store", str(built_store.path), "--port", str(pushed_server.port)])
    assert result.exit_code == 2 and f"port {pushed_server.port} on 127.0.0.1 is already in use" in result.output
