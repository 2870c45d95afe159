"""The command line, through typer's CliRunner: output and exit codes (0 ok, 1 violations, 2 errors)."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph

from kg.cli import app


@pytest.mark.parametrize("args", [["--version"]])
def test_cli_version(runner, args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and result.stdout.startswith("kg ")


@pytest.mark.parametrize("folder", ["docs"])
def test_cli_build_validate_query_export_stats(runner, tmp_path, write_doc, folder):
    write_doc("a.txt", "Talks in Geneva\n\nThe foreign minister of Norway, Anne Berg, met Ali Karimi in Geneva on Monday.\n")
    store = str(tmp_path / "st")
    result = runner.invoke(app, ["build", str(tmp_path / folder), "--store", store, "-q", "--timings"])
    assert result.exit_code == 0, result.output
    assert "1 document(s)" in result.stdout and "1 extracted" in result.stdout
    timings = result.stderr.splitlines()[-1]  # each stage's wall time, on stderr: stdout keeps one line
    assert timings.startswith("timings: extract ") and "resolve" in timings and "map+load" in timings \
        and timings.endswith(" s") and "read-out" in timings and "compact" in timings and "timings" not in result.stdout, \
        result.output
    assert runner.invoke(app, ["validate", "--store", store]).exit_code == 0
    out = runner.invoke(app, ["query", "actors", "--store", store, "--format", "csv"])
    assert out.exit_code == 0 and out.stdout.splitlines()[0] == "actor,label,category,type,aliases,documents"
    assert "Geneva" in out.stdout
    ttl = runner.invoke(app, ["export", "--store", store, "--format", "turtle"])
    assert ttl.exit_code == 0 and len(Graph().parse(data=ttl.stdout, format="turtle")) > 50
    stats = runner.invoke(app, ["stats", "--store", store, "--format", "json"])
    assert json.loads(stats.stdout)["documents"] == 1


@pytest.mark.parametrize("args,code,message", [
    (["query", "SELECT * WHERE { ?s", "--store", "{store}"], 2, "malformed SPARQL"),
    (["query", "no-such-query", "--store", "{store}"], 2, "unknown bundled query"),
    (["query", "documents", "--store", "{tmp}/none"], 2, "no kg store"),
    (["build", "{tmp}/missing-folder", "--store", "{tmp}/x"], 2, "no such file or directory"),
    (["export", "--store", "{store}", "--graph", "https://example.org/nope"], 2, "no graph"),
    (["query", "documents", "--format", "yaml", "--store", "{store}"], 2, "yaml"),
])
def test_cli_errors_are_one_line_with_exit_code(runner, built_store, tmp_path, args, code, message):
    args = [a.replace("{store}", str(built_store.path)).replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output
    assert message in result.output


@pytest.mark.parametrize("name", ["bad.txt"])
def test_cli_build_reports_bad_files_and_goes_on(runner, tmp_path, write_doc, name):
    write_doc(name, b"")
    write_doc("good.txt", "Title\n\nThe mayor of Lyon, Marc Girard, opened the bridge on Friday.\n")
    result = runner.invoke(app, ["build", str(tmp_path / "docs"), "--store", str(tmp_path / "st"), "-q"])
    assert result.exit_code == 2
    assert "1 document(s)" in result.stdout and f"failed {tmp_path / 'docs' / name}: empty file" in result.output


@pytest.mark.parametrize("violating", ["violating.ttl"])
def test_cli_validate_files_exit_1_on_violations(runner, violating):
    from conftest import ROOT

    bad = ROOT / "tests" / "shapes" / "EvidenceShape-invalid-01.ttl"
    good = ROOT / "tests" / "shapes" / "EvidenceShape-valid.ttl"
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0
    result = runner.invoke(app, ["validate", str(bad), "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.stdout)["conforms"] is False


@pytest.mark.parametrize("flag", ["--list"])
def test_cli_query_list(runner, flag):
    result = runner.invoke(app, ["query", flag])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert {"documents", "actors", "evidence"} <= set(names)


@pytest.mark.parametrize("module", ["kg"])
def test_cli_python_dash_m(module, tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("kg ")


@pytest.mark.slow
@pytest.mark.parametrize("member", ["kg/_data/ontology/kg.ttl", "kg/_data/shapes/kg-shapes.ttl", "kg/queries/actors.rq",
                                    "kg/view/queries/actors.rq", "kg/view/assets/view.css", "kg/view/assets/view.js",
                                    "kg/view/assets/doc.js"])
def test_cli_wheel_ships_ontology_shapes_and_queries(tmp_path_factory, member):
    """`pip install .` must carry the data files: the wheel holds them inside the package."""
    import subprocess
    import sys
    import zipfile

    from conftest import ROOT

    out = tmp_path_factory.getbasetemp() / "wheel"
    if not list(out.glob("*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
                       check=True, capture_output=True, timeout=300)
    wheel = next(out.glob("*.whl"))
    assert member in zipfile.ZipFile(wheel).namelist()


GOOD = "Bridge opens\n\nThe mayor of Lyon, Marc Girard, opened the bridge on Friday.\n"
BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "big.txt": (b"word " * 400, "over the limit of 1000"),
    "front.md": (b"---\ntitle: [unclosed\n---\nBody text.\n", "malformed YAML front matter at line 2"),
    "scripts.html": (b"<html><head><script>alert(1)</script><style>p{}</style></head><body></body></html>",
                     "no article text found in HTML"),
}


@pytest.mark.parametrize("max_bytes", [1000])
def test_cli_build_every_bad_input_reported_with_reason_and_build_goes_on(runner, tmp_path, write_doc, max_bytes):
    import os

    for name, (content, _) in BAD_INPUTS.items():
        write_doc(name, content)
    good = write_doc("good.txt", GOOD)
    write_doc("copy.txt", GOOD)
    write_doc("latin.txt", "Caf\xe9 talks\n\nThe mayor of Lyon met caf\xe9 owners on Monday.\n".encode("latin-1"))
    write_doc("page.html", b"<html><head><title>Talks</title><script>var secret = 'SCRIPTTEXT';</script>"
              b"<style>.x{color:red}</style></head><body><article><h1>Talks in Geneva</h1><p>The foreign minister "
              b"of Norway met officials in Geneva on Monday.</p></article></body></html>")
    os.mkfifo(good.parent / "pipe.txt")
    (good.parent / "loop.txt").symlink_to(good.parent / "loop.txt")
    (good.parent / "again").symlink_to(good.parent)
    store = tmp_path / "st"
    result = runner.invoke(app, ["build", str(good.parent), "--store", str(store), "-q", "--max-bytes", str(max_bytes)])
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert "3 document(s)" in lines[0] and "3 extracted, 1 duplicate, 1 skipped, 7 failed" in lines[0]
    expected = {**{n: m for n, (_, m) in BAD_INPUTS.items()}, "pipe.txt": "not a regular file (a named pipe)",
                "loop.txt": "symlink loop"}
    for name, message in expected.items():
        assert sum(line.startswith(f"kg: failed {good.parent / name}: ") and message in line for line in lines) == 1, name
    assert any(f"kg: skipped {good.parent / 'again'}: symlink loop back to" in line for line in lines)
    assert any("latin.txt: not valid UTF-8" in line and "decoded as cp1252" in line for line in lines)
    assert any(f"{good.parent / 'good.txt'}: same content as" in line for line in lines)
    documents = runner.invoke(app, ["query", "documents", "--store", str(store), "-f", "csv"]).stdout
    assert "SCRIPTTEXT" not in runner.invoke(app, ["export", "--store", str(store), "-f", "nquads"]).stdout
    files = runner.invoke(app, ["query", "SELECT ?f WHERE { ?d kg:fileName ?f } ORDER BY ?f", "--store", str(store),
                                "-f", "csv", "--no-validate"]).stdout.split()
    assert files[1:] == ["copy.txt", "good.txt", "latin.txt", "page.html"] and len(documents.splitlines()) == 4
    strict = runner.invoke(app, ["build", str(good.parent), "--store", str(tmp_path / "st2"), "-q", "--strict",
                                 "--max-bytes", str(max_bytes)])
    assert strict.exit_code == 2 and strict.output.count("\n") == 1 and not (tmp_path / "st2" / "current").exists()
