"""RDF namespaces used by kg. Terms themselves are declared only in ``ontology/``;
``tests/test_vocab.py`` checks that every ``KG.<name>`` used in the code is declared there."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/kg/ont#")
"""kg's own ontology namespace."""
ID = Namespace("https://w3id.org/kg/id/")
"""Base of every IRI kg mints for data (documents, actors, evidence...)."""
GRAPH = Namespace("https://w3id.org/kg/graph/")
"""Base of the named graphs of the store."""
OA = Namespace("http://www.w3.org/ns/oa#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
IDENTITY_GRAPH = GRAPH["identity"]
RUNS_GRAPH = GRAPH["runs"]
INFERRED_GRAPH = GRAPH["inferred"]
"""What ``kg reason`` entailed (types, inverse relations); derived, dropped by the next build."""

PREFIXES: dict[str, str] = {
    "kg": str(KG), "kgid": str(ID), "kgg": str(GRAPH), "oa": str(OA), "prov": str(PROV),
    "sem": str(SEM), "schema": str(SCHEMA), "org": str(ORG), "skos": str(SKOS),
    "dcterms": str(DCTERMS), "owl": str(OWL), "rdf": str(RDF), "rdfs": str(RDFS),
    "xsd": str(XSD), "wd": str(WD),
}
"""Prefixes bound in exports and prepended to queries that lack them."""

__all__ = ["KG", "ID", "GRAPH", "OA", "SEM", "SCHEMA", "ORG", "WD", "PROV", "SKOS", "DCTERMS",
           "OWL", "RDF", "RDFS", "XSD", "ONTOLOGY_GRAPH", "IDENTITY_GRAPH", "RUNS_GRAPH", "INFERRED_GRAPH",
           "PREFIXES"]
