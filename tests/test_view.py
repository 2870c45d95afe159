"""The view without a browser: kg show, kg viz, kg timeline and kg report on the seeds' store,
their files, their determinism and their errors."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import app
from kg.query import query


def _evidence_rows(store) -> set[tuple[str, str, int, int, str]]:
    """(subject, document, start, end, text) of every evidence span, from the bundled query."""
    result = query("evidence", store=store)
    return {(r[0].value, r[2].value, int(r[3].value), int(r[4].value), r[5].value) for r in result.rows}


@pytest.mark.parametrize("kinds", [("actors", "events", "claims", "roles")])
def test_view_load_keeps_every_evidence_span_and_its_text(built_store, seeds_view, kinds):
    loaded = {(node.iri, ev.document, ev.start, ev.end, ev.text)
              for kind in kinds for node in getattr(seeds_view, kind).values() for ev in node.evidence}
    assert loaded == _evidence_rows(built_store)
    for _, doc, start, end, text in loaded:
        assert seeds_view.documents[doc].text[start:end] == text


@pytest.mark.parametrize("actor", ["Arouri"])
def test_view_show_prints_profile_with_sources(runner, built_store, seeds_view, actor):
    result = runner.invoke(app, ["show", actor, "--store", str(built_store.path)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Saleh al-Arouri" in out and "Person" in out and "Roles" in out and "Events" in out
    from kg.view.profile import profile

    p = profile(seeds_view, "https://w3id.org/kg/id/actor/saleh-arouri")
    for line in p.roles + p.events + p.claims_by:  # every line shows its document and offsets
        assert line.evidence[0].where() in out
    dated = [line.date for line in p.events if line.date]
    assert dated == sorted(dated) and all(line.date for line in p.events[:len(dated)])


@pytest.mark.parametrize("typo, expected", [("Sinwarr", "Yahya Sinwar")])
def test_view_show_unknown_actor_suggests_close_labels(runner, built_store, typo, expected):
    result = runner.invoke(app, ["show", typo, "--store", str(built_store.path)])
    assert result.exit_code == 2
    assert "no actor matches" in result.stderr and expected in result.stderr and "did you mean" in result.stderr


@pytest.mark.parametrize("kind", ["claims_by"])
def test_view_profile_shows_every_relaying_chain(seeds_view, kind):
    from kg.view.profile import profile

    relayed = [c for c in seeds_view.claims.values() if c.relayed_by]
    assert relayed
    for c in relayed:
        lines = {line.node: line for line in getattr(profile(seeds_view, c.claimant), kind)}
        reporter = seeds_view.label(seeds_view.claims[c.relayed_by].claimant)
        assert f"according to {reporter}" in lines[c.iri].detail


@pytest.mark.parametrize("depth", [1, 2])
def test_view_network_around_actor_is_connected_and_has_evidence(seeds_view, depth):
    from kg.view.network import edges_of, network

    focus = "https://w3id.org/kg/id/actor/saleh-arouri"
    net = network(seeds_view, focus, depth=depth)
    iris = {n.iri for n in net.nodes}
    assert focus in iris and len(iris) > 5
    assert all(e.source in iris and e.target in iris and e.evidence for e in net.edges)
    every = {n for e in edges_of(seeds_view) for n in (e.source, e.target)}
    assert iris < every  # an ego network is a part of the whole
    if depth == 2:
        assert iris > {n.iri for n in network(seeds_view, focus, depth=1).nodes}


@pytest.mark.parametrize("suffix", [".svg", ".html"])
def test_view_viz_is_deterministic_and_draws_categories_and_edge_types(runner, built_store, tmp_path, suffix):
    a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    for out in (a, b):
        result = runner.invoke(app, ["viz", "Saleh al-Arouri", "-o", str(out), "--store", str(built_store.path)])
        assert result.exit_code == 0, result.output
    assert a.read_bytes() == b.read_bytes()
    text = a.read_text(encoding="utf-8")
    assert 'class="node k-actor c-Person focus"' in text
    for css in ("k-event", "k-claim", "c-Organization", "c-Place", "e-agent", "e-claimant", "e-about", "e-place", "e-role"):
        assert css in text, css
    assert not re.search(r'(src|href)="(https?:)?//', text)  # self-contained: nothing to fetch


@pytest.mark.parametrize("args, message", [
    (["viz", "-o", "x.pdf"], "must end in .html, .svg or .png"),
    (["viz", "Hamas", "--depth", "0", "-o", "x.svg"], "--depth and --max-nodes must be at least 1"),
    (["timeline", "Nobody Atall", "-o", "x.svg"], "no actor matches"),
])
def test_view_bad_arguments_exit_2(runner, built_store, tmp_path, args, message):
    result = runner.invoke(app, [*args, "--store", str(built_store.path)])
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "x.svg").exists()


@pytest.mark.parametrize("bad_quad", [b'<https://example.org/d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
                                      b'<https://w3id.org/kg/ont#Document> <https://w3id.org/kg/graph/doc/bad> .\n'])
def test_view_refuses_non_conforming_graph_unless_no_validate(runner, store_copy, tmp_path, bad_quad):
    import pyoxigraph as ox

    db = store_copy.open()
    quads = ox.serialize(db.quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS)
    del db
    with store_copy.lock():
        store_copy.write_generation([quads, bad_quad], store_copy.manifest())
    store = ["--store", str(store_copy.path)]
    assert runner.invoke(app, ["show", "Hamas", *store]).exit_code == 1
    assert runner.invoke(app, ["show", "Hamas", "--no-validate", *store]).exit_code == 0
    assert runner.invoke(app, ["timeline", "-o", str(tmp_path / "t.svg"), *store]).exit_code == 1
    result = runner.invoke(app, ["report", "-o", str(tmp_path / "rep"), *store])  # the report shows the violations
    assert result.exit_code == 1 and (tmp_path / "rep" / "index.html").is_file()
    assert "DOES NOT CONFORM" in (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("actor", ["Saleh al-Arouri"])
def test_view_timeline_draws_partial_dates_over_their_period(runner, built_store, seeds_view, tmp_path, actor):
    from kg.view.timeline import period, svg, timeline_of

    out = tmp_path / "t.svg"
    result = runner.invoke(app, ["timeline", actor, "-o", str(out), "--store", str(built_store.path)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").count('class="mark p-') >= 1
    tl = timeline_of(seeds_view)
    assert [period(m.date, m.precision) for m in tl.marks] == sorted(period(m.date, m.precision) for m in tl.marks)
    picture, _, _ = svg(tl)
    marks = re.findall(r'<g class="mark p-(\w+)" id="t\d+">.*?</g>', picture, re.S)
    assert len(marks) == len(tl.marks) and {"day", "month", "year"} <= set(marks)
    for m in re.finditer(r'<g class="mark p-(month|year)" id="t\d+">(.*?)</g>', picture, re.S):
        assert re.search(r'<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"', m.group(2).split("<text", 1)[1])
    for m in re.finditer(r'<g class="mark p-day" id="t\d+">(.*?)</g>', picture, re.S):
        assert "<circle" in m.group(1)


class _Segments(HTMLParser):
    """The text of a highlighted document and, for each span index, the text of its pieces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text, self.by_span, self._open = "", {}, []

    def handle_starttag(self, tag, attrs):
        self._open.append(dict(attrs).get("data-ev", ""))

    def handle_endtag(self, tag):
        self._open.pop()

    def handle_data(self, data):
        self.text += data
        for i in " ".join(self._open).split():
            self.by_span[int(i)] = self.by_span.get(int(i), "") + data


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"), min_size=1, max_size=60),
       cuts=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(["actor", "event", "claim", "role"])),
                     max_size=8))
def test_view_highlight_keeps_text_and_every_span(text, cuts):
    from kg.view.report import highlight

    spans = [{"kind": k, "start": min(a, b) % len(text), "end": max(a, b) % len(text) + 1} for a, b, k in cuts]
    spans = [s for s in spans if s["start"] < s["end"]]
    parsed = _Segments()
    parsed.feed(highlight(text, spans))
    parsed.close()
    assert parsed.text == text
    for i, s in enumerate(spans):
        assert parsed.by_span[i] == text[s["start"]:s["end"]]


@pytest.mark.parametrize("name", ["index.html", "network.html", "timeline.html"])
def test_view_report_writes_self_contained_pages(seeds_html_report, seeds_view, name):
    html = (seeds_html_report / name).read_text(encoding="utf-8")
    assert not re.search(r'(src|href)="(https?:)?//', html.replace('href="http://www.wikidata.org', ""))  # nothing fetched
    assert len(list((seeds_html_report / "documents").glob("*.html"))) == len(seeds_view.documents)
    assert len(list((seeds_html_report / "actors").glob("*.html"))) == len(seeds_view.actors)
    for link in re.findall(r'href="([^"#]+)', html):  # every local link leads to a page of the report
        assert link.startswith("http://www.wikidata.org") or (seeds_html_report / link).is_file(), link


@pytest.mark.parametrize("content", ["notes.txt"])
def test_view_report_leaves_a_foreign_folder_alone(runner, built_store, tmp_path, content):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / content).write_text("keep me")
    result = runner.invoke(app, ["report", "-o", str(folder), "--store", str(built_store.path)])
    assert result.exit_code == 2 and "not a kg report" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [content]
    again = runner.invoke(app, ["report", "-o", str(tmp_path / "rep"), "--store", str(built_store.path)])
    assert again.exit_code == 0 and "index.html" in again.stdout
    first = (tmp_path / "rep" / "index.html").read_bytes()
    assert runner.invoke(app, ["report", "-o", str(tmp_path / "rep"), "--store", str(built_store.path)]).exit_code == 0
    assert (tmp_path / "rep" / "index.html").read_bytes() == first  # replaced, and deterministic


@pytest.mark.parametrize("limit", [20])
def test_view_network_keeps_focus_and_best_linked_actors_under_a_limit(seeds_view, limit):
    from kg.view.network import network

    whole = network(seeds_view)
    small = network(seeds_view, limit=limit)
    assert len(whole.nodes) > limit and len(small.nodes) <= limit and f"of {len(whole.nodes)} nodes" in small.title
    kept = {n.iri for n in small.nodes}
    assert all(e.source in kept and e.target in kept for e in small.edges) and small.edges
    focus = "https://w3id.org/kg/id/actor/saleh-arouri"
    around = network(seeds_view, focus, limit=limit)
    assert focus in {n.iri for n in around.nodes} and len(around.nodes) <= limit
