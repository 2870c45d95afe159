"""The read-out graph (kg/readout.py): summaries written with every store generation, read by the
bundled queries, kept out of the default graph, recomputed by every build, and refused (with a
hint to rebuild) when a store was built without them."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import Store, build
from kg import readout
from kg.errors import QueryError
from kg.export import export
from kg.query import query
from kg.vocab import PREFIXES

READOUT = ox.NamedNode(str(readout.READOUT_GRAPH))

DOCS = {
    "b10.txt": "Harbour strike ends\n\nMay 3, 2021 10:00\n\n"
               "Dock workers in Rotterdam ended their strike on Monday, the union Havenbond said.\n",
    "B.txt": "Minister visits port\n\nMay 4, 2021 10:00\n\n"
             "Transport minister Karel Vos visited the port of Rotterdam on Tuesday.\n",
    "a.txt": "Union praises deal\n\nMay 5, 2021 10:00\n\n"
             "The union Havenbond praised the deal with the port of Rotterdam.\n",
    "b9.txt": "Port reopens\n\nMay 6, 2021 10:00\n\n"
              "The port of Rotterdam reopened on Thursday after talks with Karel Vos.\n",
}


def _values(name: str, store: Store, column: str) -> list[str]:
    result = query(name, store=store, check=False)
    i = result.variables.index(column)
    return [row[i].value for row in result.rows]


def _select(store: Store, sparql: str) -> list[tuple]:
    return [tuple(row) for row in store.open().query(sparql, prefixes=PREFIXES)]


@pytest.fixture()
def folder(write_doc):
    for name, text in list(DOCS.items())[:3]:
        path = write_doc(name, text)
    return path.parent


def test_readout_documents_sorted_by_rank_in_code_point_order(folder, tmp_path):
    store = Store(tmp_path / "kg-store")
    build([folder], store=store)
    names = _values("documents", store, "document")
    assert names == sorted(names) == ["B.txt", "a.txt", "b10.txt"]  # code points: upper case first, "1" < "9"
    ranks = _select(store, "SELECT ?name ?rank WHERE { GRAPH kgg:readout { ?d kg:firstFileName ?name ; kg:fileRank ?rank } } ORDER BY ?rank")
    assert [(n.value, int(r.value)) for n, r in ranks] == [("B.txt", 1), ("a.txt", 2), ("b10.txt", 3)]


def test_readout_is_recomputed_by_an_incremental_build_and_a_prune(folder, tmp_path):
    store = Store(tmp_path / "kg-store")
    build([folder], store=store)
    assert "b9.txt" not in _values("documents", store, "document")
    (folder / "b9.txt").write_text(DOCS["b9.txt"], encoding="utf-8")
    build([folder], store=store)  # the same process: the query must not read the previous generation
    assert _values("documents", store, "document") == ["B.txt", "a.txt", "b10.txt", "b9.txt"]
    actors = query("actors", store=store, check=False)
    by_label = {row[1].value: row[5].value for row in actors.rows}
    assert by_label["Karel Vos"] == "B.txt|b9.txt"
    (folder / "B.txt").unlink()
    build([folder], store=store, prune=True)
    assert _values("documents", store, "document") == ["a.txt", "b10.txt", "b9.txt"]
    assert {row[1].value: row[5].value for row in query("actors", store=store, check=False).rows}["Karel Vos"] == "b9.txt"
    stale = _select(store, "SELECT ?d WHERE { GRAPH kgg:readout { ?d kg:firstFileName ?n } FILTER NOT EXISTS { ?d a kg:Document } }")
    assert stale == []


def test_readout_rows_pass_through_the_store_folder_and_leave_nothing(folder, tmp_path):
    """The listings' rows go to the store through files in a temporary folder of the store's own
    folder (not held in memory: they grow with the corpus); none is left after a build, and one
    left by a killed build is removed by the next build, like a killed build's generation."""
    store = Store(tmp_path / "kg-store")
    build([folder], store=store)
    assert [p.name for p in store.path.iterdir() if "readout" in p.name] == []
    leftover = store.path / ".gen-readout-killed"
    (leftover / "evidence.nq").parent.mkdir()
    (leftover / "evidence.nq").write_text("<a> <b> <c> <d> .\n")
    (folder / "b9.txt").write_text(DOCS["b9.txt"], encoding="utf-8")
    build([folder], store=store)
    assert not leftover.exists()
    assert "b9.txt" in _values("evidence", store, "document")


def test_readout_stays_out_of_the_default_graph_and_the_union_exports(folder, tmp_path):
    store = Store(tmp_path / "kg-store")
    build([folder], store=store)
    db = store.open()
    assert db.contains_named_graph(READOUT)
    assert not db.query("ASK { ?s kg:firstFileName ?o }", prefixes=PREFIXES)  # the default graph: the union of the extracted graphs
    used = b'#firstFileName> "'  # the property used (the ontology, in the default graph, declares it)
    assert used not in export(store, format="ntriples")
    assert used in export(store, format="nquads")  # dataset exports keep every named graph


def test_readout_graph_sizes_match_a_count_and_exclude_the_readout(folder, tmp_path):
    store = Store(tmp_path / "kg-store")
    build([folder], store=store)
    listed = {row[0].value: int(row[1].value) for row in query("graphs", store=store, check=False).rows}
    counted = {g.value: int(n.value) for g, n in _select(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    assert str(readout.READOUT_GRAPH) not in listed
    counted.pop(str(readout.READOUT_GRAPH))
    assert listed == counted


def test_readout_given_to_write_generation_is_replaced_not_merged(tmp_path):
    # kg reason hands every named graph back to write_generation, the read-out graph included
    doc, g = "<https://w3id.org/kg/id/doc/x>", "<https://w3id.org/kg/graph/doc/x>"
    kg = PREFIXES["kg"]
    chunks = [f'{doc} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{kg}Document> {g} .\n'
              f'{doc} <{kg}fileName> "z.txt" {g} .\n{doc} <{kg}fileName> "y.txt" {g} .\n'
              f'{doc} <{kg}firstFileName> "stale.txt" <{readout.READOUT_GRAPH}> .\n'.encode()]
    store = Store(tmp_path / "kg-store")
    with store.lock():
        store.write_generation(chunks, {})
    names = _select(store, "SELECT ?n WHERE { GRAPH kgg:readout { ?d kg:firstFileName ?n } }")
    assert [n.value for (n,) in names] == ["y.txt"]
    assert not store.open().query("ASK { ?s kg:firstFileName ?o }", prefixes=PREFIXES)
    assert readout.version(store.open()) == readout.VERSION


def test_readout_missing_store_is_refused_with_a_hint_to_rebuild(folder, tmp_path):
    store = Store(tmp_path / "kg-store")
    build([folder], store=store)
    old = Store(tmp_path / "old-store")
    shutil.copytree(store.path, old.path, symlinks=True)
    db = ox.Store(str(old.current))  # a store written by a kg without read-out data
    readout.drop(db)
    db.flush()
    del db
    with pytest.raises(QueryError, match="older kg") as info:
        query("documents", store=old, check=False)
    assert "kg build" in info.value.hint
    assert query("SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }", store=old, check=False).rows[0][0].value == "3"


@pytest.mark.parametrize("name", ["timeline", "roles-over-time"])
def test_queries_with_undated_rows_run_on_rdflib_too(folder, tmp_path, name):
    # the rdflib baseline of bench/queries.py runs the same text; rdflib cannot order by an
    # expression that errs (STR of an unbound date), so the queries order by COALESCE(STR(...), "")
    from rdflib import Dataset, URIRef

    from kg.query import bundled

    (folder / "undated.txt").write_text("Port talks\n\nDutch transport minister Karel Vos met the union Havenbond.\n", encoding="utf-8")
    store = Store(tmp_path / "kg-store")
    build([folder], store=store)
    db = store.open()
    ds = Dataset(default_union=True)
    for graph in db.named_graphs():
        ds.graph(URIRef(graph.value)).parse(data=db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph), format="nt")
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    mine = query(name, store=store, check=False)
    theirs = list(ds.query(prologue + bundled()[name][1].read_text(encoding="utf-8")))
    assert any(row[mine.variables.index("date" if name == "timeline" else "held_on")] is None for row in mine.rows)
    assert [[None if t is None else t.value for t in row] for row in mine.rows] == \
           [[None if t is None else str(t) for t in row] for row in theirs]


def test_queries_keep_the_current_generation_open_until_it_changes(folder, tmp_path):
    # opening RocksDB costs more than most bundled queries: the handle is kept per store folder
    import importlib

    query_module = importlib.import_module("kg.query")  # the module (kg.query is also the function)

    store = Store(tmp_path / "kg-store")
    build([folder], store=store)
    first, version = query_module._open(store.require())
    assert query_module._open(store.require())[0] is first and version == readout.VERSION
    (folder / "b9.txt").write_text(DOCS["b9.txt"], encoding="utf-8")
    build([folder], store=store)
    assert query_module._open(store.require())[0] is not first
    for i in range(query_module._KEEP_OPEN + 1):  # other stores: the least recently read is closed
        other = Store(tmp_path / f"copy-{i}")
        shutil.copytree(store.path, other.path, symlinks=True)
        query_module._open(other.require())
    assert len(query_module._OPEN) == query_module._KEEP_OPEN
    assert str(store.path.resolve()) not in query_module._OPEN


# -- listings read out as rows -------------------------------------------------------------------

DIRECT = Path(__file__).parent / "data" / "direct-queries"
"""The listing queries as they ran before their rows were read out: each joins and sorts the
extracted data at query time. A listing read from the read-out must give their CSV byte for byte."""

ARMS = {  # two publishers affirm one event, a third document denies it, a fourth relays a claim of a claim
    "a.txt": "---\ntitle: Arms for Ukraine\ndate: 2022-03-02\npublisher: Harbour Daily\n---\nArms for Ukraine\n\n"
             "Norway supplied weapons to Ukraine, Swedish officials said on Wednesday.\n",
    "b.txt": "---\ntitle: Norway armed Ukraine\ndate: 2022-03-03\npublisher: Port Times\n---\nNorway armed Ukraine\n\n"
             "Norway supplied weapons to Ukraine, Danish officials said on Thursday.\n",
    "c.txt": "---\ntitle: Finland denies arms deal\ndate: 2022-03-04\npublisher: Port Times\n---\nFinland denies arms deal\n\n"
             "Finland denied that Norway supplied weapons to Ukraine.\n",
    "d.txt": "---\ntitle: Minister on weapons\ndate: 2022-03-05\npublisher: Port Times\n---\nMinister on weapons\n\n"
             "Erik Lund said on Saturday that the Danish defence minister told him that Denmark supplied weapons to Ukraine.\n",
}


@pytest.fixture()
def arms(write_doc, tmp_path):
    for name, text in {**{k: v for k, v in DOCS.items() if k != "b9.txt"}, **ARMS}.items():
        path = write_doc(name, text)
    store = Store(tmp_path / "kg-store")
    build([path.parent], store=store)
    return store, path.parent


@pytest.mark.parametrize("name", sorted(p.stem for p in DIRECT.glob("*.rq")))
def test_readout_listing_rows_equal_the_query_computed_from_the_data(arms, name):
    store, _ = arms
    mine = query(name, store=store, check=False)
    direct = query(str(DIRECT / f"{name}.rq"), store=store, check=False)
    assert len(mine.rows) > 0
    assert mine.serialize("csv") == direct.serialize("csv")
    assert mine.serialize("json") == direct.serialize("json")  # the same terms (IRIs, datatypes), not only text


def test_readout_listing_rows_follow_an_incremental_build(arms):
    # rows are numbered per generation: a new document gets its rows in order, none stale stays
    store, folder = arms
    before = query("evidence", store=store, check=False)
    (folder / "b9.txt").write_text(DOCS["b9.txt"], encoding="utf-8")
    build([folder], store=store)
    after = query("evidence", store=store, check=False)
    assert {row[2].value for row in after.rows} - {row[2].value for row in before.rows} == {"b9.txt"}
    for name in ("evidence", "claims", "contradicting-claims", "corroborated-claims", "top-actors", "claim-chains",
                 "support", "support-network"):
        assert query(name, store=store, check=False).serialize("csv") == \
            query(str(DIRECT / f"{name}.rq"), store=store, check=False).serialize("csv"), name
    orders = _select(store, "SELECT ?o WHERE { GRAPH kgg:readout { ?row kg:spanOrder ?o } } ORDER BY ?o")
    assert [int(o.value) for (o,) in orders] == list(range(1, len(after.rows) + 1))


def test_readout_corroboration_and_statements_of_invented_reports(arms):
    store, _ = arms
    found = query("corroborated-claims", store=store, check=False)
    row = dict(zip(found.variables, ("" if t is None else t.value for t in found.rows[0])))
    assert (row["type"], row["sources"], row["claims"], row["documents"]) == ("TransferWeapons", "2", "2", "a.txt|b.txt")
    keys = _select(store, "SELECT ?polarity ?doc WHERE { GRAPH kgg:readout { ?s ?polarity ?key ; kg:statementRowDocument ?doc } "
                          "VALUES ?polarity { kg:affirmsProposition kg:negatesProposition } }")
    negating = {doc.value for p, doc in keys if p.value.endswith("negatesProposition")}
    # "Finland denied that...": the denial flips the polarity; "Dock workers ... ended their strike": so
    # does a cessation word (the strike, a protest, is said to be over)
    assert negating == {"b10.txt", "c.txt"}
    assert {doc.value for p, doc in keys if p.value.endswith("affirmsProposition")} >= {"a.txt", "b.txt"}


def test_readout_rows_stay_out_of_the_default_graph(arms):
    store, _ = arms
    db = store.open()
    assert db.query("ASK { GRAPH kgg:readout { ?row kg:spanText ?t } }", prefixes=PREFIXES)
    assert not db.query("ASK { ?row kg:spanText ?t }", prefixes=PREFIXES)
    used = b'#spanText> "'  # the property used (the ontology, in the default graph, declares it)
    assert used not in export(store, format="ntriples")
    assert used in export(store, format="nquads")  # dataset exports keep every named graph (documented)


def test_readout_row_with_two_positions_violates_the_readout_shape(arms, tmp_path):
    from kg.validate import validate_store

    store, _ = arms
    broken = Store(tmp_path / "broken")
    shutil.copytree(store.path, broken.path, symlinks=True)
    db = ox.Store(str(broken.current))
    row = next(iter(db.quads_for_pattern(None, ox.NamedNode(PREFIXES["kg"] + "spanOrder"), None, READOUT))).subject
    db.add(ox.Quad(row, ox.NamedNode(PREFIXES["kg"] + "spanOrder"), ox.Literal(10**6), READOUT))
    db.flush()
    del db
    report = validate_store(broken)
    assert not report.conforms
    assert any("spanOrder" in str(r.path) for r in report.results)
