"""Seeing the graph: actor profiles (``kg show``), network pictures (``kg viz``), timelines
(``kg timeline``) and a static HTML report of a build (``kg report``).

The view reads the store with SPARQL (:mod:`kg.view.load`) into frozen records
(:mod:`kg.view.model`); every element it draws keeps its evidence: document, offsets and the
quoted words. Pages are self-contained (inline CSS, scripts and SVG) and open offline.
"""
