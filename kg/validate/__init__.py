"""Stage 7, validate: SHACL shapes (``shapes/``) over the store, one graph at a time, then across graphs.

SHACL validates one data graph at a time, so kg validates in two passes:

* **per graph**: each document's named graph (and the identity and runs graphs) on its own, with
  the ontology mixed in (so ``sh:class`` and ``sh:targetClass`` see the class hierarchy), against
  every shape but the cross-document ones;
* **across documents**: the shapes marked ``kgsh:scope kgsh:union`` (``shapes/kg-union-shapes.ttl``:
  types of actors used in other graphs, relayed-claim chains, identity merges, provenance) once,
  over the union of the named graphs (the store's default graph).

Core constraints run in pySHACL; SHACL-SPARQL constraints (``sh:sparql``) run in pyoxigraph, once
over every named graph (``GRAPH ?g``) where that gives each graph's own solutions, else once per
graph (pySHACL's rdflib-based SPARQL takes minutes on one article). A single RDF file is one
graph and meets every shape. The report of a store generation is cached, so queries pay for
validation once per build.

The code is in these modules, by concern; each imports only from those listed before it:

- :mod:`.report`: :class:`ValidationResult`, :class:`ValidationReport`, :class:`Severity`, the
  namespaces ``SH`` and ``KGSH``, :data:`UNION`, and :func:`compact_iri` (how reports write IRIs).
- :mod:`.shapes`: loading, checking and compiling shapes (:func:`load_shapes`, :func:`check_shapes`,
  :func:`split_shapes`, :func:`compile_shapes`, :class:`CompiledShapes`, :class:`SparqlConstraint`);
  the ontology mixed into the data (``_ontology``), kg's own compiled shapes (``_kg_shapes``).
- :mod:`.sparql`: running the SHACL-SPARQL constraints (``_run_sparql``, ``_run_sparql_graphs``,
  :func:`graph_select`, the focus nodes and messages).
- :mod:`.core`: pySHACL over the core shapes (``_run_core``), and compiled checks' rows as results.
- :mod:`.locate`: the document and evidence span of a result's focus node (``_locate``).
- :mod:`.passes`: the per-graph pass (``_compiled_pass``, ``_validate_nt``) and the cross-document
  pass (``_validate_union``).
- :mod:`.dataset`: every named graph of a store or TriG file, then the union (``_validate_dataset``),
  in several processes with pySHACL (``_validate_parallel`` and its workers).
- :mod:`.api`: the entry points :func:`validate`, :func:`ensure_valid`, :func:`validate_store`,
  :func:`validate_files`, :func:`validate_graph`, the engines (:data:`ENGINES`) and the report of a run.

The names other code uses are re-exported here. The caches (``_ontology``, ``_ontology_nt``,
``_kg_shapes``, :func:`graph_select`) are one object each, defined in their module. Code that
replaces a function must replace it in the module that calls it, which looks it up in its own
namespace.
"""
from __future__ import annotations

from .report import KGSH, SH, UNION, Severity, ValidationReport, ValidationResult, compact_iri
from .shapes import (CompiledShapes, SparqlConstraint, _kg_shapes, _ontology, _ontology_nt, _sparql_constraints,
                     check_shapes, compile_shapes, load_shapes, split_shapes)
from .sparql import graph_select
from .dataset import PARALLEL_FROM
from .api import ENGINES, ensure_valid, validate, validate_files, validate_graph, validate_store

__all__ = [
    "validate", "ensure_valid", "validate_store", "validate_files", "validate_graph", "ENGINES", "PARALLEL_FROM",
    "ValidationReport", "ValidationResult", "Severity", "SH", "KGSH", "UNION", "compact_iri",
    "load_shapes", "check_shapes", "split_shapes", "compile_shapes", "CompiledShapes", "SparqlConstraint",
    "graph_select",
    # private names that tests read
    "_ontology", "_ontology_nt", "_kg_shapes", "_sparql_constraints",
]
