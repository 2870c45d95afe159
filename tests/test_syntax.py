"""Malformed SPARQL, RDF data and shapes files: one line with the line and column; XML inputs
with external entities are refused before any parser reads them."""
from __future__ import annotations

import pytest

from kg.cli import app

VALID = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"


@pytest.mark.parametrize("sparql, where", [
    ("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER (?s = ) }", "line 3, column 19"),  # where the parser gave up
    ("SELECT ?x WHERE { ?x ", "line 1, column 22"),  # the end of the text
    ("SELEKT * {}", "line 1, column 10"),
])
def test_syntax_malformed_sparql_says_line_and_column(runner, built_store, sparql, where):
    result = runner.invoke(app, ["query", sparql, "--store", str(built_store.path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: malformed SPARQL at {where}: ") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("name, content, where", [
    ("bad.ttl", VALID + 'ex:a ex:b "open .\n', "line 3, column 11"),
    ("bad.ttl", VALID + "ex:a ex:b ex:c ex:d .\n", "line 3, column"),
    ("bad.nt", "<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> .\n", "line 2, column"),
    ("bad.trig", "<http://e/g> { <http://e/a> <http://e/b> <http://e/c> .\n", "line 2, column"),
    ("bad.rdf", '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '<rdf:Description rdf:about="http://e/a">\n</rdf:RDF>\n', "line 4, column"),
    ("bad.jsonld", '{"@id": "http://e/a",\n "http://e/b": [}\n', "line 2, column 17"),
])
def test_syntax_malformed_data_file_says_line_and_column(runner, tmp_path, name, content, where):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"kg: cannot load data from {path}: {where}") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("shapes, where", [
    ("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<http://e/S> a sh:NodeShape ;\n  sh:targetClass <http://e/C>\n"
     "  sh:property [ sh:path <http://e/p> ] .\n", "line 4, column"),
])
def test_syntax_malformed_shapes_file_says_line_and_column(runner, tmp_path, shapes, where):
    data, bad = tmp_path / "data.ttl", tmp_path / "shapes.ttl"
    data.write_text(VALID, encoding="utf-8")
    bad.write_text(shapes, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(data), "--shapes", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: cannot load shapes from {bad}: {where}") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("name, as_shapes", [("data.rdf", False), ("shapes.rdf", True)])
def test_syntax_xml_external_entities_refused_secret_never_read(runner, tmp_path, name, as_shapes):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-1234", encoding="utf-8")
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n  <!ENTITY leak SYSTEM "file://{secret}">\n]>\n'
                    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">\n'
                    '  <rdf:Description rdf:about="http://e/a"><ex:b>&leak;</ex:b></rdf:Description>\n</rdf:RDF>\n',
                    encoding="utf-8")
    data = tmp_path / "data.ttl"
    data.write_text(VALID, encoding="utf-8")
    args = ["validate", str(data), "--shapes", str(path)] if as_shapes else ["validate", str(path), "-f", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "TOPSECRET" not in result.output
    assert f"{path}: line 3: external entity 'leak' (SYSTEM file://{secret}) refused" in result.stderr


@pytest.mark.parametrize("select", ["SELECT $this WHERE { SERVICE <http://127.0.0.1:9/> { $this ?p ?o } }"])
def test_syntax_user_shapes_with_service_refused(runner, tmp_path, select):
    data, shapes = tmp_path / "data.ttl", tmp_path / "shapes.ttl"
    data.write_text(VALID, encoding="utf-8")
    shapes.write_text('@prefix sh: <http://www.w3.org/ns/shacl#> .\n<http://e/S> a sh:NodeShape ; '
                      'sh:targetNode <http://example.org/a> ;\n  sh:sparql [ sh:select """' + select + '""" ] .\n',
                      encoding="utf-8")
    result = runner.invoke(app, ["validate", str(data), "--shapes", str(shapes)])
    assert result.exit_code == 2 and "calls a remote SERVICE, which kg refuses" in result.stderr


@pytest.mark.parametrize("context", ['"{url}/context.jsonld"', '["{url}/a.jsonld", {{"ex": "http://e/"}}]'])
def test_syntax_jsonld_remote_context_refused_without_fetching(runner, tmp_path, http_recorder, context):
    url, requests = http_recorder([200])
    path = tmp_path / "data.jsonld"
    path.write_text('{"@context": ' + context.format(url=url) + ', "@id": "http://e/a", "http://e/b": "x"}', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2 and "remote JSON-LD context" in result.stderr and "refused" in result.stderr
    assert requests == []
