"""The ontology is the only source of terms: every KG.term the code uses is declared there."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.resources import ontology_turtle, queries_dir
from kg.vocab import KG

PACKAGE = Path(__file__).resolve().parent.parent / "kg"


def _declared() -> set[str]:
    g = Graph().parse(data=ontology_turtle(), format="turtle")
    return {str(s)[len(str(KG)):] for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(KG))}


@pytest.mark.parametrize("source", ["python", "queries", "shapes"])
def test_vocab_every_used_term_is_declared(source):
    if source == "python":
        texts = [p.read_text() for p in PACKAGE.rglob("*.py")]
        used = {m for t in texts for m in re.findall(r"\bKG\.([A-Za-z_]\w*)", t)}
        used |= {m for t in texts for m in re.findall(r"\bKG\[\"(\w+)\"\]", t)}
    else:
        files = queries_dir().glob("*.rq") if source == "queries" else (PACKAGE.parent / "shapes").glob("*.ttl")
        used = {m for p in files for m in re.findall(r"\bkg:([A-Za-z_]\w*)", p.read_text())}
    missing = used - _declared()
    assert used and not missing, sorted(missing)
