"""Plain-text renderings of reports for the terminal (the CLI prints these)."""
from __future__ import annotations

import re
from collections import Counter

from .build import BuildReport
from .validate import KGSH, SH, UNION, ValidationReport, ValidationResult, compact_iri
from .vocab import OA


def build_summary(report: BuildReport) -> str:
    """One paragraph: what was built, cached, duplicated, failed, and the store's size."""
    counts = Counter(f.status for f in report.files)
    parts = [f"{counts[k]} {k}" for k in ("extracted", "cached", "duplicate", "skipped", "failed") if counts[k]]
    removed = f", {report.removed} removed" if report.removed else ""
    return (f"built {report.store} ({report.generation}): {report.documents} document(s), "
            f"{report.quads} quads; files: {', '.join(parts) or 'none'}{removed}")


def build_timings(report: BuildReport) -> str:
    """The wall time of each stage of a build, on one line.

    >>> build_timings(BuildReport("st", "gen-000001", 1, timings=(("extract", 12.34), ("read-out", 0.5))))
    'timings: extract 12.3 s, read-out 0.5 s'
    """
    return "timings: " + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in report.timings)


def build_problems(report: BuildReport) -> list[str]:
    """One line per note (another encoding than UTF-8), duplicate, skipped and failed file, with its reason.

    >>> from kg.build import FileOutcome
    >>> build_problems(BuildReport("st", "gen-000001", 1, (FileOutcome("a.txt", "failed", "empty file"),)))
    ['failed a.txt: empty file']
    """
    lines = [f"note: {note}" for note in report.notes]
    lines += [f"note: {f.path}: {f.reason} (built once, both names recorded)" for f in report.files if f.status == "duplicate"]
    lines += [f"skipped {f.path}: {f.reason}" for f in report.skipped]
    return lines + [f"failed {f.path}: {f.reason}" for f in report.failed]


def _where(r: ValidationResult) -> str:
    """Document and span of a result, when known: ``045.txt [120, 180)``."""
    if not r.document:
        return ""
    span = f" [{r.start}, {r.end})" if r.start is not None and r.end is not None else ""
    return f"{r.document}{span}"


def _graph_label(report: ValidationReport, graph: str) -> str:
    """A graph's name for people: ``kgg:doc/169ddf364ce7b5a0 (000_b85690f9a39b43b0.txt)``, ``union (across graphs)``."""
    if graph == UNION or graph.endswith("#" + UNION):
        return f"{graph} (across graphs)"
    label = report.labels.get(graph)
    return f"{compact_iri(graph)} ({label})" if label else compact_iri(graph)


def validation_text(report: ValidationReport, *, limit: int = 50, infos: bool = False) -> str:
    """A readable report: one entry per result (severity, focus node, path, message, value, then
    the document and span where known, the graph and the shape), then a verdict.

    :param limit: list at most this many results.
    :param infos: also list results of severity Info (they are counted either way).

    >>> r = ValidationResult("Violation", "https://w3id.org/kg/id/ev/1", str(OA.hasSelector), "bad span",
    ...                      "https://w3id.org/kg/shapes#EvidenceShape", "https://w3id.org/kg/graph/doc/1",
    ...                      document="a.txt", start=3, end=9)
    >>> print(validation_text(ValidationReport(False, (r,), 1, ("https://w3id.org/kg/graph/doc/1", "union"))))
    Violation: kgid:ev/1 oa:hasSelector: bad span
        in a.txt [3, 9); graph kgg:doc/1; shape kgsh:EvidenceShape
    DOES NOT CONFORM: 1 graph(s) and their union validated, 1 violation(s)
    """
    lines = []
    shown = [r for r in report.results if infos or r.severity != "Info"]
    for r in shown[:limit]:
        path = f" {compact_iri(r.path)}" if r.path else ""
        value = f" (value: {compact_iri(r.value)[:60]})" if r.value else ""
        where = f"in {_where(r)}; " if r.document else ""
        lines.append(f"{r.severity}: {compact_iri(r.focus)}{path}: {r.message}{value}\n"
                     f"    {where}graph {_graph_label(report, r.graph)}; shape {compact_iri(r.shape)}")
    if len(shown) > limit:
        lines.append(f"... and {len(shown) - limit} more (use --format json for all)")
    counts = Counter(r.severity for r in report.results)
    verdict = "conforms" if report.conforms else "DOES NOT CONFORM"
    summary = ", ".join(f"{n} {s.lower()}(s)" for s, n in sorted(counts.items(), key=lambda kv: _ORDER[kv[0]])) or "no results"
    union = " and their union" if any(v == UNION or v.endswith("#" + UNION) for v in report.validated) else ""
    lines.append(f"{verdict}: {report.graphs} graph(s){union} validated, {summary}")
    return "\n".join(lines)


_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def validation_turtle(report: ValidationReport) -> str:
    """The report as a SHACL validation report graph (``sh:ValidationReport``) in Turtle.

    Each ``sh:ValidationResult`` has its focus node, path, value, message, severity, source shape
    (the named shape that declares the constraint) and constraint component, and kg's additions
    ``kgsh:graph`` (the graph validated), ``kgsh:document``, ``kgsh:start`` and ``kgsh:end``.
    ``sh:conforms`` follows SHACL: false when there is any result (kg's verdict counts Violations).

    >>> from rdflib import Graph
    >>> g = Graph().parse(data=validation_turtle(ValidationReport(True)), format="turtle")
    >>> [o.toPython() for o in g.objects(None, SH.conforms)]
    [True]
    """
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.namespace import RDF, XSD
    from rdflib.util import from_n3

    def term(n3: str, text: str):
        if n3:
            try:
                return from_n3(n3)
            except Exception:  # a term rdflib cannot read back: keep its text
                pass
        return URIRef(text) if _is_iri(text) else Literal(text)

    g = Graph(bind_namespaces="none")
    for prefix, ns in (("sh", SH), ("kgsh", KGSH), ("xsd", XSD), ("kg", "https://w3id.org/kg/ont#"),
                       ("kgid", "https://w3id.org/kg/id/"), ("kgg", "https://w3id.org/kg/graph/"), ("oa", str(OA))):
        g.bind(prefix, ns)
    node = BNode("report")
    g.add((node, RDF.type, SH.ValidationReport))
    g.add((node, SH.conforms, Literal(not report.results)))  # SHACL: false on any result, a Warning too
    for i, r in enumerate(report.results):
        res = BNode(f"r{i}")
        g.add((node, SH.result, res))
        g.add((res, RDF.type, SH.ValidationResult))
        g.add((res, SH.focusNode, term(r.focus_term, r.focus)))
        g.add((res, SH.resultSeverity, SH[r.severity]))
        g.add((res, SH.resultMessage, Literal(r.message)))
        if r.shape:
            g.add((res, SH.sourceShape, URIRef(r.shape)))
        if r.component:
            g.add((res, SH.sourceConstraintComponent, URIRef(r.component)))
        if r.path and _is_iri(r.path):
            g.add((res, SH.resultPath, URIRef(r.path)))
        if r.value or r.value_term:
            g.add((res, SH.value, term(r.value_term, r.value)))
        g.add((res, KGSH.graph, URIRef(r.graph) if _is_iri(r.graph) else Literal(r.graph)))
        if r.document:
            g.add((res, KGSH.document, Literal(r.document)))
        if r.start is not None and r.end is not None:
            g.add((res, KGSH.start, Literal(r.start)))
            g.add((res, KGSH.end, Literal(r.end)))
    return g.serialize(format="turtle")


def _is_iri(text: str) -> bool:
    """True for an absolute IRI (a scheme, no spaces).

    >>> _is_iri("https://w3id.org/kg/id/x"), _is_iri("seeds/a.ttl"), _is_iri("union")
    (True, False, False)
    """
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$", text)) and not re.match(r"^[A-Za-z]:[\\/]", text)


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text: str) -> str:
    """Text without the characters XML 1.0 forbids."""
    return _XML_BAD.sub("\ufffd", text)


def validation_junit(report: ValidationReport, *, infos: bool = False) -> str:
    """The report as JUnit XML, for CI systems: one ``<testcase>`` per graph validated (and one for
    the cross-document pass), one ``<failure>`` per Violation; Warnings (and Infos with ``infos``)
    go to the test case's ``<system-out>``.

    >>> import xml.etree.ElementTree as ET
    >>> r = ValidationResult("Violation", "https://e/x", "", "no title", "https://e/S", "g.ttl")
    >>> root = ET.fromstring(validation_junit(ValidationReport(False, (r,), 1, ("g.ttl",))))
    >>> root.get("tests"), root.get("failures"), root.find("testsuite/testcase/failure").get("message")
    ('1', '1', 'no title: https://e/x')
    """
    import xml.etree.ElementTree as ET

    by_graph: dict[str, list[ValidationResult]] = {}
    for r in report.results:
        by_graph.setdefault(r.graph, []).append(r)
    names = list(report.validated) + [g for g in by_graph if g not in report.validated]
    failures = sum(r.severity == "Violation" for r in report.results)
    attrs = {"name": "kg validate", "tests": str(len(names)), "failures": str(failures), "errors": "0",
             "skipped": "0", "time": f"{report.seconds:.3f}"}
    root = ET.Element("testsuites", attrs)
    suite = ET.SubElement(root, "testsuite", attrs)
    for name in names:
        case = ET.SubElement(suite, "testcase", {"classname": "kg.validate", "name": _xml(_graph_label(report, name)),
                                                 "time": "0"})
        notes = []
        for r in by_graph.get(name, []):
            path = f" {compact_iri(r.path)}" if r.path else ""
            value = f"\nvalue: {r.value}" if r.value else ""
            where = f"\ndocument: {_where(r)}" if r.document else ""
            detail = (f"{r.severity}: {r.message}\nfocus: {r.focus}{path}{value}{where}\ngraph: {r.graph}\n"
                      f"shape: {compact_iri(r.shape)}\ncomponent: {compact_iri(r.component)}")
            if r.severity == "Violation":
                failure = ET.SubElement(case, "failure", {"message": _xml(f"{r.message}: {compact_iri(r.focus)}{path}"),
                                                          "type": _xml(compact_iri(r.shape) or "Violation")})
                failure.text = _xml(detail)
            elif infos or r.severity != "Info":
                notes.append(detail)
        if notes:
            ET.SubElement(case, "system-out").text = _xml("\n\n".join(notes))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def stats_text(numbers: dict) -> str:
    """Counts as aligned ``name: value`` lines, graphs last."""
    lines = [f"{k:16} {v}" for k, v in numbers.items() if k != "graph sizes"]
    sizes = numbers.get("graph sizes", {})
    lines += [f"  {n:8} {g}" for g, n in sizes.items()]
    return "\n".join(lines)
