"""The bundled queries (kg/queries/*.rq) on the seeds: each returns known facts of the seeds, and
parameters are resolved to RDF terms and bound (pyoxigraph substitutions), never spliced."""
from __future__ import annotations

import pytest

from kg.cli import app
from kg.errors import QueryError
from kg.query import bundled, params_of, query

AROURI = "https://w3id.org/kg/id/actor/saleh-arouri"
DOC = {n: f"{n}_{h}.txt" for n, h in [("000", "b85690f9a39b43b0"), ("001", "1c1824e3aa305cf4"),
                                        ("002", "217fa3c570bd1b37"), ("003", "540a2b44747de8aa"),
                                        ("004", "40096b35d0a24c1b")]}
INJECTIONS = ['"} ; DROP ALL #', "x' } } ; DELETE WHERE { ?s ?p ?o } #", "http://x> } DROP ALL #",
              "kgid:actor/x> } DROP ALL #", "<https://w3id.org/kg/id/actor/hamas> . ?s ?p ?o"]


def rows(name: str, store, **params) -> list[dict[str, str]]:
    """The rows of a query as dicts of plain values ('' when unbound)."""
    result = query(name, store=store, check=False, params=params or None)
    return [{v: ("" if t is None else t.value) for v, t in zip(result.variables, row)} for row in result.rows]


def has(found: list[dict[str, str]], **expected) -> bool:
    """Some row has all these column values."""
    return any(all(row.get(k) == v for k, v in expected.items()) for row in found)


def _documents(r):
    assert [x["document"] for x in r] == sorted(DOC.values())
    assert has(r, document=DOC["000"], title="Iran-Hamas reconciliation in the works, Amit Center says",
               published="2018-01-11T09:04:00")


def _actors(r):
    assert has(r, actor=AROURI, label="Saleh al-Arouri", category="Person", aliases="Arouri|Saleh al-Arouri|al-Arouri",
               documents="|".join(DOC[n] for n in ("000", "001", "002", "003")))
    assert has(r, label="Hamas", category="Organization", type="ArmedGroup")


def _events(r):
    assert has(r, type="Meet", date="2017-10-21", place="Tehran", participants="Ali Shamkhani|Saleh al-Arouri",
               documents=f"{DOC['000']}|{DOC['001']}")


def _claims(r):
    relayed = [x for x in r if x["claimant"] == "Qasem Soleimani" and x["text"].startswith("he was willing to provide Hamas")]
    assert len(relayed) == 1 and relayed[0]["cue"] == "said" and relayed[0]["stance"] == "Asserts"
    assert relayed[0]["reported_by"] and has(r, claim=relayed[0]["reported_by"], claimant="Yahya Sinwar")


def _roles(r):
    assert has(r, person="Fawzi Barhoum", role="spokesman", organization="Hamas", documents=DOC["004"])


def _evidence(r):
    assert has(r, kind="role", document=DOC["004"], start="3478", end="3507", text="Hamas spokesman Fawzi Barhoum")


def _who_met_whom(r):
    assert has(r, type="Meet", participants="Ali Shamkhani | Saleh al-Arouri", date="2017-10-21", place="Tehran",
               documents=f"{DOC['000']}|{DOC['001']}")
    assert has(r, type="Meet", participants="Hassan Nasrallah | Saleh al-Arouri", date="2017-11-01", place="Lebanon")


def _support(r):
    # "Iran ... has armed Hamas with missiles and rockets" (003) and "in addition to providing weapons,
    # Iran will give Hamas ..." (000): undated reports of one class between the same parties are one relation
    assert has(r, supporter="Iran", recipient="Hamas", kind="TransferWeapons", resource="missiles and rockets",
               documents=f"{DOC['000']}|{DOC['003']}")


def _claim_chains(r):
    assert has(r, document=DOC["002"], reporter="Yahya Sinwar", reporter_cue="said", claimant="Qasem Soleimani",
               cue="said", text="he was willing to provide Hamas with all the resources necessary for the struggle for Jerusalem")


def _top_actors(r):
    assert r[0]["label"] == "Hamas" and r[0]["documents"] == "5"
    assert [int(x["mentions"]) for x in r] == sorted((int(x["mentions"]) for x in r), reverse=True)


def _graphs(r):
    graphs = {x["graph"] for x in r}
    assert {"https://w3id.org/kg/graph/identity", "https://w3id.org/kg/graph/runs"} <= graphs
    assert len([g for g in graphs if "/graph/doc/" in g]) == 5


def _timeline(r):
    assert {x["actor"] for x in r} == {AROURI}
    meet = [x for x in r if x["kind"] == "event" and x["type"] == "Meet" and x["date"] == "2017-10-21"]
    assert {x["document"] for x in meet} == {DOC["000"], DOC["001"]}
    assert all(x["place"] == "Tehran" and x["with"] == "Ali Shamkhani" and "Shamkhani" in x["text"] for x in meet)
    assert has(r, kind="event", type="Meet", date="2017-11-01", place="Lebanon", **{"with": "Hassan Nasrallah"})
    assert has(r, kind="role", type="deputy chief", date="2018-01-11", document=DOC["000"], **{"as": "holder", "with": "Hamas"})
    assert has(r, kind="claim", type="said", document=DOC["002"], **{"as": "claimant"})
    dated = [x["date"] for x in r if x["date"]]
    assert dated == sorted(dated) and dated[0] == "2017-10-21"
    assert all(x["date"] for x in r[:len(dated)])  # undated rows last


def _who_claims_about(r):
    assert {x["actor"] for x in r} == {"https://w3id.org/kg/id/actor/hamas"}
    assert has(r, relation="about", claimant="Qasem Soleimani", cue="said", stance="Asserts", document=DOC["002"],
               relayed_by="Yahya Sinwar",
               text="he was willing to provide Hamas with all the resources necessary for the struggle for Jerusalem")
    assert has(r, relation="about", claimant="Fawzi Barhoum", document=DOC["004"])
    assert has(r, relation="by", claimant="Hamas", cue="believes", stance="Assesses", document=DOC["003"])
    assert has(r, claimant="Palestinian sources", date="2017-05-30", text="Iran has allegedly decided to resume financial backing for Hamas")


def _support_network(r):
    # one relation reported by Sinwar (003) and forecast by the Amit Center (000)
    assert has(r, supporter="Iran", recipient="Hamas", kind="TransferWeapons", resource="missiles and rockets",
               according_to="Meir Amit Intelligence and Terrorism Information Center | Yahya Sinwar", claims="2",
               documents=f"{DOC['000']}|{DOC['003']}")
    # "Soleimani said he was willing to provide Hamas with..." is an intent (ExpressIntentToCooperate), not support
    assert not has(r, supporter="Qasem Soleimani", kind="ProvideSupport")
    assert has(r, supporter="Iran", recipient="Hamas", kind="ProvideMilitarySupport",
               according_to="Meir Amit Intelligence and Terrorism Information Center | Mousa Abu Marzouk | Saleh al-Arouri")
    assert has(r, supporter="Israel", kind="ProvideFinancialSupport", resource="$651,000", according_to="", claims="0")


def _corroborated_claims(r):
    assert r and all(int(x["sources"]) >= 2 and len(x["documents"].split("|")) >= 2 for x in r)
    assert has(r, type="Consult", participants="Hamas | Palestinian Islamic Jihad | Qasem Soleimani", date="2017-12-11",
               sources="3", documents="|".join(DOC[n] for n in ("000", "001", "002")))
    support = [x for x in r if x["type"] == "ProvideSupport" and x["participants"] == "Iran"]
    assert len(support) == 1 and "Khaled al-Qadoumi" in support[0]["claimants"]  # "had never stopped" affirms
    assert not has(r, type="ProvideFinancialSupport", participants="Hamas | Iran")  # one source only


def _contradicting_claims(r):
    # Arouri: "Iran did not stop supplying Hamas with military support" (002) against the narrative
    # of 004: Tehran angered, "prompting it to cut off its financial and military aid to the Gaza-based movement"
    assert has(r, type="ProvideMilitarySupport", affirming_claimant="Saleh al-Arouri", affirming_document=DOC["002"],
               negating_claimant=DOC["004"], negating_document=DOC["004"],
               negating_text="it to cut off its financial and military aid to the Gaza-based movement")
    assert all("Iran did not stop supplying Hamas" in x["affirming_text"] for x in r)
    assert len(r) == 1


def _provenance(r):
    assert {x["node"] for x in r} == {AROURI} and {x["kind"] for x in r} == {"actor"}
    assert {x["document"] for x in r} == {DOC[n] for n in ("000", "001", "002", "003")}
    assert {x["text"] for x in r} == {"Saleh al-Arouri", "al-Arouri", "Arouri"}
    assert all(x["method"] and 0 < float(x["confidence"]) <= 1 and "/id/run/" in x["run"] for x in r)


def _roles_over_time(r):
    assert [(x["held_on"], x["role"], x["organization"], x["document"]) for x in r] == [
        ("2018-01-11", "deputy chief", "Hamas", DOC["000"]),
        ("2018-03-28", "deputy chief", "Hamas", DOC["001"]),
        ("", "deputy head", "Hamas political bureau", DOC["002"]),
        ("", "deputy leader", "Hamas", DOC["003"]),
    ]
    assert r[0]["text"] == "Saleh al-Arouri (L), Hamas deputy chief" and r[0]["name"] == "Saleh al-Arouri"


EXPECTED = {
    "documents": ({}, _documents),
    "actors": ({}, _actors),
    "events": ({}, _events),
    "claims": ({}, _claims),
    "roles": ({}, _roles),
    "evidence": ({}, _evidence),
    "who-met-whom": ({}, _who_met_whom),
    "support": ({}, _support),
    "claim-chains": ({}, _claim_chains),
    "top-actors": ({}, _top_actors),
    "graphs": ({}, _graphs),
    "timeline": ({"actor": "Saleh al-Arouri"}, _timeline),
    "claims-about": ({"actor": "Hamas"}, _who_claims_about),
    "support-network": ({}, _support_network),
    "corroborated-claims": ({}, _corroborated_claims),
    "contradicting-claims": ({}, _contradicting_claims),
    "provenance": ({"node": "Saleh al-Arouri"}, _provenance),
    "roles-over-time": ({"person": "Saleh al-Arouri"}, _roles_over_time),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_queries_bundled_query_returns_known_seed_rows(built_store, name):
    params, check = EXPECTED[name]
    check(rows(name, built_store, **params))


@pytest.mark.parametrize("name", sorted(bundled()))
def test_queries_every_bundled_query_is_tested_described_and_runs_without_params(built_store, name):
    assert name in EXPECTED, f"{name}.rq has no expected rows in tests/test_queries.py"
    description, path = bundled()[name]
    assert description and path.read_text(encoding="utf-8").startswith("# ")
    result = query(name, store=built_store, check=False)  # parameters are optional: every actor
    assert result.rows
    for param in params_of(path.read_text(encoding="utf-8")):
        assert param in result.variables  # substitutions need the variable projected


@pytest.mark.parametrize("value", ["Saleh al-Arouri", "saleh AL-AROURI", "Arouri", "al-arouri", "kgid:actor/saleh-arouri",
                                   AROURI, f"<{AROURI}>"])
def test_queries_actor_param_by_label_alias_or_iri(built_store, value):
    assert rows("roles-over-time", built_store, person=value) == rows("roles-over-time", built_store, person=AROURI)
    assert {x["actor"] for x in rows("timeline", built_store, actor=value)} == {AROURI}


@pytest.mark.parametrize("node", ["Meet"])
def test_queries_provenance_spans_equal_document_text(built_store, seeds_dir, node):
    meets = [x for x in rows("events", built_store) if x["type"] == node and x["participants"] == "Ali Shamkhani|Saleh al-Arouri"]
    assert len(meets) == 1
    for target, kinds in ((meets[0]["event"], {"event"}), ("Saleh al-Arouri", {"actor"}),
                          ("kgid:role/saleh-arouri/deputy-chief/hamas", {"role"})):
        spans = rows("provenance", built_store, node=target)
        assert spans and {x["kind"] for x in spans} == kinds
        for x in spans:
            text = (seeds_dir / x["document"]).read_text(encoding="utf-8")
            assert text[int(x["start"]):int(x["end"])] == x["text"]
    assert {x["document"] for x in rows("provenance", built_store, node=meets[0]["event"])} == {DOC["000"], DOC["001"]}


@pytest.mark.parametrize("value", INJECTIONS)
def test_queries_injection_is_bound_as_a_term_never_spliced(built_store, tmp_path, value):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = query(count, store=built_store, check=False).rows
    for name, param in (("timeline", "actor"), ("roles-over-time", "person"), ("provenance", "node")):
        with pytest.raises(QueryError, match="no (actor|person) matches|not a valid IRI|nothing in the store"):
            query(name, store=built_store, check=False, params={param: value})
    custom = tmp_path / "content.rq"
    custom.write_text("# claims with this exact content\n# param text (string): a claim's content\n"
                      "SELECT ?text ?claim WHERE { ?claim kg:content ?text }\n", encoding="utf-8")
    assert query(str(custom), store=built_store, check=False, params={"text": value}).rows == ()
    assert query(count, store=built_store, check=False).rows == before
    content = "Iran has allegedly decided to resume financial backing for Hamas"  # a literal matches itself
    assert len(query(str(custom), store=built_store, check=False, params={"text": content}).rows) == 1


@pytest.mark.parametrize("args, hint", [
    (["timeline", "--param", "actor=Sinwarr"], "did you mean: Yahya Sinwar"),
    (["timeline", "-p", "actor=Shamkhani"], "Ali Shamkhani"),
    (["roles-over-time", "--param", "person=Hamas"], "no person matches 'Hamas'"),
    (["timeline", "--param", 'actor="} ; DROP ALL #'], "no actor matches"),
    (["provenance", "--param", "node=kgid:actor/nobody"], "nothing in the store"),
    (["timeline", "--param", "actr=Hamas"], "no parameter actr"),
    (["documents", "--param", "actor=Hamas"], "declares no parameters"),
    (["timeline", "--param", "Hamas"], "NAME=VALUE"),
])
def test_queries_cli_bad_param_exits_2_with_hint(runner, built_store, args, hint):
    result = runner.invoke(app, ["query", *args, "--store", str(built_store.path), "--no-validate"])
    assert result.exit_code == 2, result.output
    assert hint in result.stderr


@pytest.mark.parametrize("name", ["timeline"])
def test_queries_cli_param_and_list(runner, built_store, name):
    result = runner.invoke(app, ["query", name, "--param", "actor=Saleh al-Arouri", "-f", "csv",
                                 "--store", str(built_store.path), "--no-validate"])
    assert result.exit_code == 0, result.output
    assert "2017-10-21,event,Meet,agent,Ali Shamkhani,Tehran," in result.stdout
    listing = runner.invoke(app, ["query", "--list"]).stdout
    assert any(line.startswith(name) and "[--param actor=...]" in line for line in listing.splitlines())


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:9/query"])
def test_queries_params_refused_for_remote_endpoints(endpoint):
    with pytest.raises(QueryError, match="local store"):
        query("timeline", endpoint=endpoint, params={"actor": "Hamas"})


@pytest.mark.parametrize("docs", [{
    "a.txt": "Iran halts support for Hamas\n\nMarch 3, 2018 10:00\n\n"
             "Iran stopped its military support for Hamas in 2012, Israeli officials said on Monday.\n",
    "b.txt": "Hamas says Iran aid continues\n\nMarch 5, 2018 10:00\n\n"
             "Iran never stopped its military support for Hamas, Hamas spokesman Fawzi Barhoum said on Tuesday.\n"
             "Egypt denied that Iran supplied weapons to Hamas.\n",
    "c.txt": "Israel says Iran armed Hamas\n\nMarch 7, 2018 10:00\n\n"
             "Iran supplied weapons to Hamas, Israeli officials said on Wednesday.\n",
}])
def test_queries_contradictions_by_negation_and_denial(build_docs, docs):
    store = build_docs(docs)
    found = rows("contradicting-claims", store)
    assert has(found, type="ReduceSupport", affirming_document="a.txt",
               affirming_text="Iran stopped its military support for Hamas in 2012",
               negating_claimant="Fawzi Barhoum", negating_document="b.txt",
               negating_text="Iran never stopped its military support for Hamas")
    assert has(found, type="TransferWeapons", affirming_document="c.txt", negating_claimant="Egypt",
               negating_document="b.txt", negating_text="Iran supplied weapons to Hamas")
    # the headline "Iran halts support for Hamas" (the document's own voice) says the support stopped
    assert has(found, type="ReduceSupport", affirming_claimant="Fawzi Barhoum", negating_document="a.txt",
               negating_text="Iran halts support for Hamas")
    assert len(found) == 3
    assert rows("corroborated-claims", store) == []  # each event has one affirming source


@pytest.mark.parametrize("docs", [{
    "ankara.txt": "Ankara and the Brotherhood\n\nJune 2, 2019 10:00\n\n"
                  "The Muslim Brotherhood's criticism angered Ankara, prompting it to cut off its financial support "
                  "to the movement.\n",
    "fahmi.txt": "Brotherhood official says aid goes on\n\nJune 4, 2019 10:00\n\n"
                 "Brotherhood spokesman Talaat Fahmi said Turkey did not stop funding the Muslim Brotherhood.\n"
                 "No one had the right to criticize the movement for accepting aid from Turkey, Fahmi said.\n",
}])
def test_queries_contradiction_between_a_claim_and_a_documents_own_report(build_docs, docs):
    # "it" after "angered Ankara" is Turkey's government; "the movement" the organization named last;
    # the stopped support (a report in the document's own voice) contradicts "did not stop funding"
    # for the same agent and target; "No one had the right to..." negates no event
    store = build_docs(docs)
    found = rows("contradicting-claims", store)
    assert has(found, type="ProvideFinancialSupport", participants="Muslim Brotherhood | Turkey",
               affirming_claimant="Talaat Fahmi", affirming_document="fahmi.txt",
               affirming_text="Turkey did not stop funding the Muslim Brotherhood",
               negating_claimant="ankara.txt", negating_document="ankara.txt")
    assert len(found) == 1, found


def test_queries_contradictions_compare_events_only(tmp_path):
    # an actor's mentions are no statements: a mention span that reads "no longer" does not
    # contradict another mention of the same actor (a graph written by hand into a real store)
    from kg.store import Store

    kg, oa, rdf = "https://w3id.org/kg/ont#", "http://www.w3.org/ns/oa#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    actor = "https://w3id.org/kg/id/actor/harbour-board"
    lines = [f"<{actor}> <{rdf}type> <{kg}Organization> .",
             f'<{actor}> <http://www.w3.org/2004/02/skos/core#prefLabel> "Harbour Board" .']
    for doc, text in (("one", "the board, no longer in charge"), ("two", "the board")):
        d, ev = f"https://w3id.org/kg/id/doc/{doc}", f"https://w3id.org/kg/id/ev/{doc}"
        lines += [f"<{d}> <{rdf}type> <{kg}Document> .", f'<{d}> <{kg}fileName> "{doc}.txt" .',
                  f"<{actor}> <{kg}evidence> <{ev}> .", f"<{ev}> <{rdf}type> <{kg}Evidence> .",
                  f"<{ev}> <{oa}hasSource> <{d}> .", f"<{ev}> <{oa}hasSelector> <{ev}#p> .",
                  f"<{ev}> <{oa}hasSelector> <{ev}#q> .",
                  f"<{ev}#p> <{oa}start> \"0\"^^<{xsd}integer> .",
                  f"<{ev}#p> <{oa}end> \"{len(text)}\"^^<{xsd}integer> .", f'<{ev}#q> <{oa}exact> "{text}" .']
    store = Store(tmp_path / "store")
    graph = " <https://w3id.org/kg/graph/doc/hand> .\n"
    store.write_generation([("".join(line[:-2] + graph for line in lines)).encode()], {})
    assert rows("contradicting-claims", store) == []
