"""The passes over graphs: the per-graph pass with the shapes compiled to SPARQL
(:func:`_compiled_pass`, with pySHACL where the compiled queries cannot promise its results), one
graph given as N-Triples with either engine (:func:`_validate_nt`), and the cross-document pass
over the union of the named graphs (:func:`_validate_union`).
"""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from ..shacl_sparql import run_plan
from ..vocab import ONTOLOGY_GRAPH
from .report import UNION, ValidationResult
from .shapes import CompiledShapes, _ontology, _ontology_nt, _quiet_rdflib
from .sparql import _focus_by_graph, _run_sparql, _run_sparql_graphs, graph_select
from .core import _only, _row_result, _run_core
from .locate import _locate


def _validate_nt(nt: bytes, compiled: CompiledShapes, *, name: str, scope: str, data: Graph | None = None,
                 engine: str = "sparql") -> list[ValidationResult]:
    """Validate one graph given as N-Triples (``data``: the same graph already parsed, which is changed)."""
    if engine == "sparql":
        db = ox.Store()
        graph = ox.NamedNode(_DATA_GRAPH)
        db.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
        db.bulk_load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
        return _compiled_pass(db, {graph: name}, compiled, scope=scope)
    core = compiled.core if scope == "all" else compiled.local_core
    sparql = compiled.sparql if scope == "all" else compiled.local_sparql
    if data is None:
        with _quiet_rdflib():
            data = Graph().parse(data=nt, format="nt")
    pairs = _run_core(data, core, compiled.graph, name)
    db = ox.Store()
    db.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES)
    db.bulk_load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES)
    pairs += _run_sparql(db, sparql, name)
    return _locate(db, pairs)


_DATA_GRAPH = "urn:kg:validate:data"
"""The named graph a single graph is put in, to be validated like a store's graph."""
_SUBCLASS_GRAPHS = """SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?b } }"""


def _compiled_pass(db: ox.Store, graphs: dict, compiled: CompiledShapes, *, scope: str) -> list[ValidationResult]:
    """The per-graph pass over the named graphs ``graphs`` (node → name in the results) of ``db``,
    with the shapes compiled to SPARQL: one query per constraint over every graph at once.

    pySHACL takes over where the compiled queries cannot promise its results: a graph that
    declares its own subclasses (the compiled queries read the class hierarchy from the
    ontology), the shapes the compiler does not translate, and a (graph, shape) with a value the
    compiled test is unsure about. The SHACL-SPARQL constraints run over every graph at once
    where :func:`graph_select` allows it, else per graph with the ontology.
    """
    plan = compiled.plan(scope)
    sparql = compiled.sparql if scope == "all" else compiled.local_sparql
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    if ontology not in set(db.named_graphs()):  # a store without the ontology: validate a copy with it
        copy = ox.Store()
        # (a dump of one graph drops its name, even as N-Quads: serialize the quads themselves)
        copy.bulk_load(b"".join(ox.serialize(db.quads_for_pattern(None, None, None, g), format=ox.RdfFormat.N_QUADS)
                                for g in graphs) or b"", format=ox.RdfFormat.N_QUADS)
        copy.bulk_load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES, to_graph=ontology)
        db = copy
    own_classes = {row["g"] for row in db.query(_SUBCLASS_GRAPHS)} & set(graphs)
    if plan.watch:  # graphs that describe ontology nodes the shapes look at: the old way too
        own_classes |= {row["g"] for row in db.query(plan.watch_query)} & set(graphs)
    rows, unsure = run_plan(db, plan, skip=set(db.named_graphs()) - set(graphs) | own_classes)
    by_graph: dict = {g: [] for g in graphs}
    for row in rows:
        by_graph[row.graph].append((_row_result(compiled, row, graphs[row.graph]), row.focus, row.check.top))
    redo: dict = {}
    for g, top in unsure:
        redo.setdefault(g, set()).add(top)
    for g in graphs:
        if plan.fallback and g not in own_classes:
            redo.setdefault(g, set()).update(plan.fallback)
    results: list[ValidationResult] = []
    merged = tuple(c for c in sparql if graph_select(c, _ontology()) is not None)
    each = tuple(c for c in sparql if c not in merged)
    merged_pairs = _run_sparql_graphs(db, merged, {g: n for g, n in graphs.items() if g not in own_classes})
    focus = {c: _focus_by_graph(db, c.targets, set(graphs)) for c in each}
    for g, name in graphs.items():
        nt = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) if g in redo or g in own_classes else b""
        if g in own_classes:  # the whole graph the old way: its own class hierarchy (or the ontology) matters
            results += _validate_nt(nt, compiled, name=name, scope=scope, engine="pyshacl")
            continue
        pairs = [(r, t) for r, t, top in by_graph[g] if top not in redo.get(g, ())]
        if g in redo:
            with _quiet_rdflib():
                data = Graph().parse(data=nt, format="nt")
            pairs += _run_core(data, _only(compiled, redo[g]), compiled.graph, name)
        pairs += merged_pairs.get(g, [])
        pairs += _run_sparql(db, each, name, graphs=[g, ontology], focus_sets={c: focus[c].get(g, set()) for c in each})
        results += _locate(db, pairs, graph=g)
    return results


def _validate_union(db: ox.Store, compiled: CompiledShapes, *, has_ontology: bool,
                    engine: str = "sparql") -> list[ValidationResult]:
    """The cross-document pass over the default graph of ``db`` (the union of its named graphs)."""
    if not compiled.union_sparql and compiled.union_core is None:
        return []
    if not has_ontology:  # the class hierarchy is needed: query a copy with the ontology added
        copy = ox.Store()
        copy.bulk_load(db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format=ox.RdfFormat.N_TRIPLES)
        copy.bulk_load(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES)
        db = copy
    pairs = _run_sparql(db, compiled.union_sparql, UNION)
    if compiled.union_core is not None:
        core, redo = compiled.union_core, None
        if engine == "sparql":
            plan = compiled.plan(UNION)
            rows, unsure = run_plan(db, plan)
            redo = {top for _, top in unsure} | set(plan.fallback)
            pairs += [(_row_result(compiled, row, UNION), row.focus) for row in rows if row.check.top not in redo]
            core = _only(compiled, redo) if redo else None
        if core is not None:
            with _quiet_rdflib():
                data = Graph().parse(data=db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format="nt")
            pairs += _run_core(data, core, compiled.graph, UNION)
    return _locate(db, pairs)
