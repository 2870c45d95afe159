"""The gazetteer (kg/data/gazetteer.yaml) is well-formed reference data: every entry has the
documented keys, its type is an ontology class consistent with its category, Wikidata QIDs are
well-formed and unique, and no two entries share a name (label, alias or demonym), compared
case-insensitively and after the identity normalization used for resolution."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.extract.actors import normalize

ROOT = Path(__file__).parent.parent
GAZETTEER = ROOT / "kg" / "data" / "gazetteer.yaml"
OFFICES = ROOT / "kg" / "data" / "offices.yaml"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
KG_NS = "https://w3id.org/kg/ont#"

REQUIRED = ("label", "category", "type")
OPTIONAL = ("wikidata", "aliases", "capital", "demonym", "parent", "country", "government")
CATEGORIES = ("Person", "Organization", "Place")
QID = re.compile(r"^Q[1-9][0-9]*$")
# Common English words and bare titles that must never be a name of an entry: matching them
# would tie ordinary prose (or any "President", "Sheikh"...) to one actor. All-capital acronyms
# ("US", "WHO") are exempt: they are written distinctively in news text.
STOPWORDS = frozenset("""
a an the and of in on at to for by with from is it us we he she they who what this that
guards guard force forces council centre center party state states army navy air government
ministry agency authority movement front group brigade brigades battalion unit office committee
court house union league republic kingdom people police news times post channel network
institute foundation organization organisation service services security intelligence military
west east north south gulf sea river city capital region province district camp crossing
president minister prime king queen prince princess emir sultan sheikh ayatollah imam general
commander spokesman spokesperson leader pope chief director secretary ambassador envoy senator
amnesty apple meta guardian economist telegraph hill independent intercept shell amazon chevron
telegram acre sour canton male truss tusk musk pence bolton salami gallant cleverly rio
""".split())


@cache
def _entries() -> tuple[dict, ...]:
    data = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data, "the gazetteer is a non-empty YAML list"
    return tuple(data)


@cache
def _classes() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Declared kg classes, and for each category the class itself and all its subclasses."""
    g = Graph().parse(ONTOLOGY, format="turtle")
    declared = frozenset(str(s)[len(KG_NS):] for s in g.subjects(RDF.type, OWL.Class)
                         if isinstance(s, URIRef) and str(s).startswith(KG_NS))
    below = {c: frozenset(str(s)[len(KG_NS):] for s in g.transitive_subjects(RDFS.subClassOf, URIRef(KG_NS + c)))
             for c in CATEGORIES}
    return declared, below


def _names(entry: dict) -> list[str]:
    return [entry["label"], *(entry.get("aliases") or []), *(entry.get("demonym") or [])]


def _by_label() -> dict[str, dict]:
    return {e["label"]: e for e in _entries()}


@pytest.mark.parametrize("key", REQUIRED)
def test_gazetteer_required_key_is_a_nonempty_string(key):
    bad = [e for e in _entries() if not isinstance(e.get(key), str) or not e[key].strip()]
    assert not bad, bad[:5]


def test_gazetteer_only_documented_keys():
    bad = [(e.get("label"), sorted(set(e) - set(REQUIRED) - set(OPTIONAL))) for e in _entries()
           if set(e) - set(REQUIRED) - set(OPTIONAL)]
    assert not bad, bad[:5]


@pytest.mark.parametrize("key", ["aliases", "demonym"])
def test_gazetteer_name_lists_are_nonempty_lists_of_trimmed_strings(key):
    bad = [e["label"] for e in _entries() if key in e and not (
        isinstance(e[key], list) and e[key]
        and all(isinstance(a, str) and a and a == a.strip() and "  " not in a for a in e[key]))]
    assert not bad, bad[:10]


@pytest.mark.parametrize("category", CATEGORIES)
def test_gazetteer_type_is_consistent_with_category(category):
    allowed = _classes()[1][category]
    assert category in allowed
    bad = [(e["label"], e["type"]) for e in _entries() if e["category"] == category and e["type"] not in allowed]
    assert not bad, bad[:10]


def test_gazetteer_category_is_known():
    bad = [(e["label"], e["category"]) for e in _entries() if e["category"] not in CATEGORIES]
    assert not bad, bad[:10]


def test_gazetteer_type_is_declared_owl_class():
    declared = _classes()[0]
    bad = sorted({e["type"] for e in _entries()} - declared)
    assert not bad, bad


@pytest.mark.parametrize("check", ["format", "unique"])
def test_gazetteer_wikidata_qids(check):
    qids = [(e["label"], e["wikidata"]) for e in _entries() if "wikidata" in e]
    assert qids
    if check == "format":
        bad = [(label, q) for label, q in qids if not isinstance(q, str) or not QID.match(q)]
    else:
        seen: dict[str, list[str]] = defaultdict(list)
        for label, q in qids:
            seen[q].append(label)
        bad = {q: labels for q, labels in seen.items() if len(labels) > 1}
    assert not bad, bad


def test_gazetteer_labels_unique():
    seen: dict[str, int] = defaultdict(int)
    for e in _entries():
        seen[e["label"]] += 1
    assert not [label for label, n in seen.items() if n > 1]


@pytest.mark.parametrize("key", ["casefold", "normalize"])
def test_gazetteer_names_unique_across_entries(key):
    """A label, alias or demonym names one entry only, whether compared case-insensitively or
    by the normalized identity key of kg.extract.actors.normalize (al- prefixes, apostrophes,
    accents and hyphens ignored)."""
    fold = str.casefold if key == "casefold" else normalize
    owners: dict[str, set[str]] = defaultdict(set)
    within: list[tuple[str, str]] = []
    for e in _entries():
        keys = [fold(n) for n in _names(e)]
        if key == "casefold" and len(keys) != len(set(keys)):
            within.append((e["label"], "repeats a name"))
        for k in keys:
            owners[k].add(e["label"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes and not within, (clashes, within[:10])


@pytest.mark.parametrize("key,types", [("capital", {"Country"}), ("demonym", {"Country", "Region"})])
def test_gazetteer_country_only_keys(key, types):
    # a region's people have a name too ("Kashmiri"); the country lookup still returns countries only
    bad = [e["label"] for e in _entries() if key in e and e["type"] not in types]
    assert not bad, bad


def test_gazetteer_country_capital_is_a_city_entry():
    by_label = _by_label()
    bad = [(e["label"], e["capital"]) for e in _entries() if "capital" in e
           and (e["capital"] not in by_label or by_label[e["capital"]]["type"] != "City")]
    assert not bad, bad


def test_gazetteer_parent_names_another_entry():
    by_label = _by_label()
    bad = [(e["label"], e["parent"]) for e in _entries() if "parent" in e
           and (e["parent"] not in by_label or e["parent"] == e["label"])]
    assert not bad, bad


@pytest.mark.parametrize("field", ["label", "aliases", "demonym"])
def test_gazetteer_no_common_word_names(field):
    bad = []
    for e in _entries():
        values = [e[field]] if field == "label" else e.get(field) or []
        bad += [(e["label"], v) for v in values if v.casefold() in STOPWORDS and not v.isupper()]
    assert not bad, bad


def test_gazetteer_sorted_by_category_then_label():
    keys = [(e["category"], e["label"].casefold()) for e in _entries()]
    assert keys == sorted(keys)


@pytest.mark.parametrize(("what", "minimum"), [("entries", 600), ("countries", 150)])
def test_gazetteer_minimum_coverage(what, minimum):
    entries = _entries()
    count = len(entries) if what == "entries" else sum(e["type"] == "Country" for e in entries)
    assert count >= minimum


def test_gazetteer_person_country_is_a_country_entry():
    """A person's ``country`` (the state whose office they hold), a country's (the state it lies
    in: Scotland, the United Kingdom), or a party's or government body's (its state) names another
    Country entry; no other entry has one."""
    by_label = _by_label()
    bad = [(e["label"], e["country"]) for e in _entries() if "country" in e
           and (e["category"] != "Person" and e["type"] not in ("Country", "PoliticalParty", "GovernmentBody")
                or e["country"] == e["label"]
                or e["country"] not in by_label or by_label[e["country"]]["type"] != "Country")]
    assert not bad, bad


def test_gazetteer_country_government_is_an_organization_entry():
    """A country's ``government`` (the named body that governs it) names an Organization entry."""
    by_label = _by_label()
    bad = [(e["label"], e["government"]) for e in _entries() if "government" in e
           and (e["type"] != "Country" or by_label.get(e["government"], {}).get("category") != "Organization")]
    assert not bad, bad


@pytest.mark.parametrize("check", ["keys", "unique", "sorted", "country", "organization", "several-words"])
def test_gazetteer_offices_file(check):
    """kg/data/offices.yaml: titles of several words (or the acronym of a seat in a named body),
    unique and sorted, whose country (if any) is a Country entry and whose organization (if any)
    an Organization entry of the gazetteer."""
    rows = yaml.safe_load(OFFICES.read_text(encoding="utf-8"))
    titles = [r["title"] for r in rows]
    by_label = _by_label()
    bad: list = {
        "keys": [r for r in rows if set(r) - {"title", "country", "organization"} or not isinstance(r.get("title"), str)],
        "unique": sorted({t for t in titles if [x.casefold() for x in titles].count(t.casefold()) > 1}),
        "sorted": [] if titles == sorted(titles, key=str.casefold) else titles,
        "country": [r for r in rows if "country" in r and by_label.get(r["country"], {}).get("type") != "Country"],
        "organization": [r for r in rows if "organization" in r
                         and by_label.get(r["organization"], {}).get("category") != "Organization"],
        "several-words": [r["title"] for r in rows if len(r["title"].replace("-", " ").split()) < 2
                          and not (r["title"].isupper() and "organization" in r)],
    }[check]
    assert not bad, bad
