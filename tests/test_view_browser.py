"""The report and the network page in a real headless Chromium (Debian's ``chromium``): they
render without script errors, show what they should, and every highlighted span of a document
holds exactly the document's text at its evidence offsets. Screenshots go to test-artifacts/."""
from __future__ import annotations

import json
import re
import struct
from html.parser import HTMLParser

import pytest

from kg.cli import app
from kg.query import query
from kg.view.chromium import dump_dom, screenshot


def _open(url: str) -> str:
    """The DOM after the page's scripts ran; fails on any script error."""
    dom, log = dump_dom(url)
    root = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-kg-errors" not in root, root
    assert 'data-kg-ready="1"' in root, f"the page's scripts did not finish: {root}"
    errors = [line for line in log.splitlines() if "Uncaught" in line or ("CONSOLE" in line and "ERROR" in line)]
    assert not errors, errors
    return dom


class _DocText(HTMLParser):
    """The document text of a page's ``.doctext`` element, the text of each evidence span's pieces,
    and the page's evidence data (the ``kg-doc`` JSON)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text, self.pieces, self.data = "", {}, None
        self._stack: list[tuple[str, str]] = []
        self._inside = 0
        self._json = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("id") == "kg-doc":
            self._json = ""
        if self._inside or "doctext" in (a.get("class") or "").split():
            self._inside += 1
            self._stack.append((tag, a.get("data-ev", "")))

    def handle_endtag(self, tag):
        if tag == "script" and self._json is not None:
            self.data, self._json = json.loads(self._json), None
        if self._inside:
            self._inside -= 1
            self._stack.pop()

    def handle_data(self, data):
        if self._json is not None:
            self._json += data
        elif self._inside:
            self.text += data
            for i in " ".join(ev for _, ev in self._stack).split():
                self.pieces[int(i)] = self.pieces.get(int(i), "") + data


def _store_spans(store) -> dict[str, set[tuple[int, int, str, str]]]:
    """document → (start, end, kind, exact) of its evidence spans, from the store (bundled query)."""
    out: dict[str, set] = {}
    for row in query("evidence", store=store).rows:
        out.setdefault(row[2].value, set()).add((int(row[3].value), int(row[4].value), row[1].value, row[5].value))
    return out


def _texts(store) -> dict[str, str]:
    result = query("SELECT ?name ?text WHERE { { SELECT ?d (MIN(?f) AS ?name) WHERE { ?d kg:fileName ?f } GROUP BY ?d } "
                   "?d kg:text ?text }", store=store)
    return {name.value: text.value for name, text in result.rows}


@pytest.mark.parametrize("kinds", [{"actor", "event", "claim", "role"}])
def test_browser_document_highlights_match_evidence_offsets(chromium, built_store, seeds_html_report, artifacts, kinds):
    spans, texts = _store_spans(built_store), _texts(built_store)
    pages = sorted((seeds_html_report / "documents").glob("*.html"))
    assert len(pages) == len(texts)
    for page in pages:
        parsed = _DocText()
        parsed.feed(_open(page.as_uri()))
        name = parsed.data["document"]
        assert parsed.text == texts[name]  # the page shows the document's text, offsets intact
        shown = {(ev["start"], ev["end"], ev["kind"], ev["text"]) for ev in parsed.data["ev"]}
        assert shown == spans[name] and {k for _, _, k, _ in shown} == kinds
        for i, ev in enumerate(parsed.data["ev"]):  # what is highlighted is the text at the offsets
            assert parsed.pieces[i] == texts[name][ev["start"]:ev["end"]] == ev["text"]
    screenshot(pages[0], artifacts / "report-document.png", 1400, 1000)


@pytest.mark.parametrize("name, expected", [
    ("index.html", ["Validation", "conforms", "Documents", "Statistics", "Actors"]),
    ("network.html", ['class="kg-network"', 'id="panel"', "Network of the whole graph"]),
    ("timeline.html", ['class="kg-timeline"', "Undated events"]),
    ("actors/Saleh_al-Arouri.html", ["Roles", "Events", 'class="kg-network"', 'class="kg-timeline"']),
])
def test_browser_report_pages_render_without_errors(chromium, seeds_html_report, artifacts, name, expected):
    page = seeds_html_report / name
    dom = _open(page.as_uri())
    for text in expected:
        assert text in dom, text
    screenshot(page, artifacts / f"report-{page.stem}.png", 1400, 1000)


@pytest.mark.parametrize("node", ["n0"])
def test_browser_network_page_links_elements_to_evidence(chromium, runner, built_store, tmp_path, artifacts, node):
    out = tmp_path / "net.html"
    assert runner.invoke(app, ["viz", "Saleh al-Arouri", "-o", str(out), "--store", str(built_store.path)]).exit_code == 0
    dom = _open(f"{out.as_uri()}#{node}")  # the page opens with that node selected
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', dom, re.S).group(1))
    assert len(re.findall(r'<g class="node ', dom)) == sum(1 for k in data if k.startswith("n"))
    assert all(item["evidence"] for item in data.values())  # every node and edge has its sentences
    panel = re.search(r'<aside id="panel">(.*?)</aside>', dom, re.S).group(1)
    assert data[node]["label"] in panel and data[node]["evidence"][0]["where"] in panel
    screenshot(out, artifacts / "network-arouri.png", 1400, 900)


@pytest.mark.parametrize("command", ["viz", "timeline"])
def test_browser_png_pictures(chromium, runner, built_store, tmp_path, command):
    out = tmp_path / f"{command}.png"
    result = runner.invoke(app, [command, "-o", str(out), "--store", str(built_store.path)])
    assert result.exit_code == 0, result.output
    head = out.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / f"{command}.svg"
    assert runner.invoke(app, [command, "-o", str(svg), "--store", str(built_store.path)]).exit_code == 0
    width, height = (int(v) for v in re.search(r'width="(\d+)" height="(\d+)"', svg.read_text(encoding="utf-8")).groups())
    assert struct.unpack(">II", head[16:24]) == (width, height)  # the picture is the SVG's size
