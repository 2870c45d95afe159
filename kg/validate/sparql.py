"""SHACL-SPARQL constraints (``sh:sparql``, a :class:`~.shapes.SparqlConstraint` each) run in
pyoxigraph: over one graph (:func:`_run_sparql`), or over every named graph at once where
:func:`graph_select` shows that gives each graph's own solutions (:func:`_run_sparql_graphs`);
their focus nodes (:func:`_focus`, :func:`_focus_by_graph`) and messages (:func:`_message`).

(The core shapes compiled to SPARQL are another thing: :mod:`kg.shacl_sparql`.)
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from ..workers import solutions
from .report import SH, ValidationResult, compact_iri
from .shapes import SparqlConstraint, _ontology


def _focus(db: ox.Store, targets: tuple[tuple[str, str], ...], graphs: list | None = None) -> set:
    focus: set = set()
    patterns = {"class": "SELECT ?f WHERE {{ ?f a/rdfs:subClassOf* <{0}> }}", "node": "SELECT (<{0}> AS ?f) {{}}",
                "subjects": "SELECT DISTINCT ?f WHERE {{ ?f <{0}> ?o }}", "objects": "SELECT DISTINCT ?f WHERE {{ ?s <{0}> ?f }}"}
    for kind, iri in targets:
        focus.update(row["f"] for row in db.query(patterns[kind].format(iri), prefixes={"rdfs": str(RDFS)},
                                                  default_graph=graphs))
    return focus


def _message(template: str, row, names: set[str]) -> str:
    """Fill a message template's ``{?var}`` / ``{$var}`` with the solution's values.

    >>> _message("also {?value}", {"value": ox.NamedNode("https://w3id.org/kg/ont#Place")}, {"value"})
    'also kg:Place'
    """
    def one(m: re.Match) -> str:
        name = m.group(1)
        if name not in names or row[name] is None:
            return m.group(0)
        term = row[name]
        return compact_iri(term.value) if isinstance(term, ox.NamedNode) else term.value
    return re.sub(r"\{[?$](\w+)\}", one, template)


def _focus_by_graph(db: ox.Store, targets: tuple[tuple[str, str], ...], graphs: set) -> dict:
    """The focus nodes of a SPARQL constraint in each of the named ``graphs`` with the ontology
    mixed in (what :func:`_focus` finds graph by graph), in one query per target; the class tree
    is the ontology's (graphs with their own are validated the old way)."""
    ont = _ontology()
    extra: set = set()
    per: dict = {}
    for kind, iri in targets:
        term = URIRef(iri)
        if kind == "class":
            classes = {term, *ont.transitive_subjects(RDFS.subClassOf, term)}
            query = (f"SELECT DISTINCT ?g ?f WHERE {{ GRAPH ?g {{ ?f a ?t }} VALUES ?t {{ "
                     f"{' '.join(f'<{c}>' for c in classes)} }} }}")
            extra |= {s for c in classes for s in ont.subjects(RDF.type, c)}
        elif kind == "node":
            extra.add(term)
            continue
        elif kind == "subjects":
            query = f"SELECT DISTINCT ?g ?f WHERE {{ GRAPH ?g {{ ?f <{iri}> ?o }} }}"
            extra |= set(ont.subjects(term, None))
        else:
            query = f"SELECT DISTINCT ?g ?f WHERE {{ GRAPH ?g {{ ?s <{iri}> ?f }} }}"
            extra |= set(ont.objects(None, term))
        for row in db.query(query):
            if row["g"] in graphs:
                per.setdefault(row["g"], set()).add(row["f"])
    if extra:
        terms = {ox.NamedNode(str(t)) for t in extra if isinstance(t, URIRef)}
        for g in graphs:
            per.setdefault(g, set()).update(terms)
    return per


def _run_sparql(db: ox.Store, constraints: Iterable[SparqlConstraint], name: str,
                graphs: list | None = None, focus_sets: dict | None = None) -> list[tuple[ValidationResult, object]]:
    """Run SPARQL constraints over the default graph of ``db`` (or the union of ``graphs``):
    (result, focus term) pairs. ``focus_sets``: each constraint's focus nodes, when known.

    The focus nodes are looked up only when a constraint returns rows: violations are rare, and
    on a large store the focus nodes of a shape are tens of thousands of rows."""
    results = []
    constraints = list(constraints)
    for c, (names, rows) in zip(constraints, solutions(db, (c.select for c in constraints), default_graph=graphs)):
        if not rows:
            continue
        focus = _focus(db, c.targets, graphs) if focus_sets is None else focus_sets.get(c, set())
        results += _sparql_results(c, rows, names, focus, name)
    return results


def _sparql_results(c: SparqlConstraint, rows: Iterable, names: set[str], focus: set,
                    name: str) -> list[tuple[ValidationResult, object]]:
    """The results of a SPARQL constraint's solutions: those whose ``$this`` is a focus node
    (SHACL's pre-binding), once per (focus, path, value)."""
    results, seen = [], set()
    for row in rows:
        this = row["this"]
        if this not in focus:
            continue
        value = row["value"] if "value" in names else None
        path = row["path"] if "path" in names else None
        key = (this, path, value)
        if key in seen:
            continue
        seen.add(key)
        results.append((ValidationResult(
            severity=c.severity, focus=this.value, path=path.value if path is not None else "",
            message=_message(c.message, row, names), shape=c.shape, graph=name,
            value=value.value if value is not None else "", component=str(SH.SPARQLConstraintComponent),
            focus_term=str(this), value_term=str(value) if value is not None else ""), this))
    return results


_GRAPH_VAR = "kgValidatedGraph"
"""The variable naming the named graph in a SPARQL constraint run over every graph at once."""
_SIMPLE_SELECT = re.compile(r"\s*SELECT\s+(DISTINCT\s+)?((?:[?$]\w+\s+)*[?$]\w+)\s*(?:WHERE\s*)?\{(.*)\}\s*",
                            re.S | re.I)
_PER_GRAPH_ONLY = {"Graph", "ServiceGraphPattern", "Group", "AggregateJoin", "OrderBy", "Slice", "Project",
                   "SubSelect", "Reduced"}
"""Algebra operators whose meaning changes inside ``GRAPH ?g`` in pyoxigraph (it does not scope a
sub-select or an aggregate to each graph) or that name graphs themselves."""


@cache  # the same constraints are checked against the same (cached) ontology on every validation: parse once
def graph_select(c: SparqlConstraint, ontology: Graph) -> str | None:
    """The constraint's SELECT run over every named graph at once: ``SELECT ?g … WHERE { GRAPH ?g
    { body } }``, or None when that would not give each graph's own solutions.

    The per-graph pass runs a constraint on each named graph with the ontology mixed in: one
    query per graph, a fixed cost that dominates on thousands of small graphs. One query with
    ``GRAPH ?g`` gives the same solutions when (1) the query is a plain SELECT of variables over
    one group (no sub-select, aggregate, slice or GRAPH, which pyoxigraph does not scope per
    graph), checked on rdflib's algebra of the original and of the rewritten query; and (2) the
    ontology cannot match any of its triple patterns (every predicate is an IRI, no zero-length
    path, and the ontology has no triple matching a pattern's constants), so mixing it in adds
    no solution."""
    from rdflib.plugins.sparql import algebra, prepareQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    prologue = re.match(r"(?:PREFIX [^\n]*\n)*", c.select).group(0)
    m = _SIMPLE_SELECT.fullmatch(c.select[len(prologue):])
    if m is None or _GRAPH_VAR in c.select:
        return None
    query = f"{prologue}SELECT {m.group(1) or ''}?{_GRAPH_VAR} {m.group(2)} WHERE {{ GRAPH ?{_GRAPH_VAR} {{ {m.group(3)} }} }}"
    try:
        before, after = prepareQuery(c.select).algebra, prepareQuery(query).algebra
    except Exception:  # rdflib's parser refuses what pyoxigraph accepts: keep the per-graph way
        return None

    def project(algebra):
        node = algebra.p
        return node.p if node.name == "Distinct" else node
    inner = project(after).p
    if not (inner.name == "Graph" and inner.term == Variable(_GRAPH_VAR) and inner.p == project(before).p):
        return None
    patterns: list = []

    def walk(node) -> bool:
        if isinstance(node, CompValue):
            if node.name in _PER_GRAPH_ONLY:
                return False
            if node.name == "BGP":
                patterns.extend(node.get("triples") or ())
            elif node.name == "TriplesBlock":  # an EXISTS pattern, not translated yet
                patterns.extend(algebra.triples(node.get("triples") or []))
            return all(walk(v) for k, v in node.items() if k != "_vars")
        if isinstance(node, (list, tuple)):
            return all(walk(v) for v in node)
        return True
    if not walk(project(before).p):
        return None
    for s, p, o in patterns:
        iris = _path_iris(p)
        if iris is None:
            return None
        if isinstance(p, URIRef):
            subject = s if isinstance(s, (URIRef, Literal)) else None
            obj = o if isinstance(o, (URIRef, Literal)) else None
            if any(True for _ in ontology.triples((subject, p, obj))):
                return None
        elif any(True for iri in iris for _ in ontology.triples((None, iri, None))):
            return None
    return query


def _path_iris(path) -> list | None:
    """The IRIs of a predicate or property path, or None for a variable, a negated property set
    or a zero-length path (``*``, ``?``: it matches every node of the graph, the ontology's too)."""
    from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath

    if isinstance(path, URIRef):
        return [path]
    if isinstance(path, (SequencePath, AlternativePath)):
        parts = [_path_iris(a) for a in path.args]
        return None if any(x is None for x in parts) else [i for x in parts for i in x]
    if isinstance(path, InvPath):
        return _path_iris(path.arg)
    if isinstance(path, MulPath) and path.mod == "+":
        return _path_iris(path.path)
    return None


def _run_sparql_graphs(db: ox.Store, constraints: Iterable[SparqlConstraint], graphs: dict) -> dict:
    """Run SPARQL constraints over every named graph at once (see :func:`graph_select`):
    graph → (result, focus term) pairs, for the graphs of ``graphs`` (node → name)."""
    out: dict = {}
    constraints = list(constraints)
    for c, (names, rows) in zip(constraints, solutions(db, (graph_select(c, _ontology()) for c in constraints))):
        names -= {_GRAPH_VAR}
        by_graph: dict = {}
        for row in rows:
            if row[_GRAPH_VAR] in graphs:
                by_graph.setdefault(row[_GRAPH_VAR], []).append(row)
        if not by_graph:
            continue
        focus = _focus_by_graph(db, c.targets, set(by_graph))
        for g, rows in by_graph.items():
            out.setdefault(g, []).extend(_sparql_results(c, rows, names, focus.get(g, set()), graphs[g]))
    return out
