"""``kg report -o DIR``: a static HTML report of a build, read from the file system (no server).

``DIR/index.html`` (statistics, validation results, documents, actors), ``DIR/documents/*.html``
(each document's text with its evidence spans highlighted: actors, events, claims and roles in
different styles), ``DIR/actors/*.html`` (profile, network and timeline of each actor),
``DIR/network.html`` and ``DIR/timeline.html`` (the whole graph)."""
from __future__ import annotations

import os
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError
from ..store import Store
from . import network as net_mod
from . import timeline as tl_mod
from .html import esc, file_slug, page, write_text
from .model import Evidence, ViewGraph
from .profile import profile, profile_html

GENERATOR = "kg report"
"""The ``generator`` meta tag of ``index.html``: marks a folder kg may replace."""
KINDS = ("claim", "event", "role", "actor")
"""Kinds of evidence highlighted in a document, outermost style first."""


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What :func:`report` wrote."""

    path: Path
    """The report folder; open ``path / "index.html"``."""
    pages: int
    documents: int
    actors: int
    conforms: bool
    """Whether the graph conforms to its shapes (the report shows the results either way)."""


def doc_spans(graph: ViewGraph, name: str) -> list[dict]:
    """The evidence spans of one document, each once per (start, end, kind), with the nodes read
    there: ``{"kind", "start", "end", "text", "nodes": [iri, ...]}``, by position."""
    found: dict[tuple[int, int, str], dict] = {}
    for kind, table in (("actor", graph.actors), ("event", graph.events), ("claim", graph.claims), ("role", graph.roles)):
        for node in table.values():
            for ev in node.evidence:
                if ev.document == name:
                    entry = found.setdefault((ev.start, ev.end, kind), {"kind": kind, "start": ev.start, "end": ev.end,
                                                                         "text": ev.text, "nodes": []})
                    entry["nodes"].append(node.iri)
    return [found[k] for k in sorted(found, key=lambda k: (k[0], -k[1], KINDS.index(k[2])))]


def highlight(text: str, spans: list[dict]) -> str:
    """The text as HTML, cut at every span boundary; each piece inside spans is a
    ``<span class="hl k-KIND..." data-ev="I J">`` listing the spans (indexes) that cover it.

    >>> highlight("Hamas said <no>", [{"kind": "actor", "start": 0, "end": 5}])
    '<span class="hl k-actor" data-ev="0">Hamas</span> said &lt;no&gt;'
    """
    cuts = sorted({0, len(text)} | {s["start"] for s in spans} | {s["end"] for s in spans})
    starts: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(spans):
        starts[s["start"]].append(i)
    open_: set[int] = set()
    out = []
    for a, b in zip(cuts, cuts[1:]):
        open_ = {i for i in open_ if spans[i]["end"] > a} | set(starts.get(a, ()))
        piece = esc(text[a:b]).replace("\r", "&#13;")
        if open_:
            kinds = " ".join(f"k-{k}" for k in KINDS if any(spans[i]["kind"] == k for i in open_))
            out.append(f'<span class="hl {kinds}" data-ev="{" ".join(str(i) for i in sorted(open_))}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


class _Site:
    """Where each page of the report is, and links between them from any folder depth."""

    def __init__(self, graph: ViewGraph) -> None:
        self.index = net_mod.EdgeIndex.of(graph)  # computed once for every network of the report
        taken: set[str] = set()
        self.docs = {name: f"documents/{file_slug(name, taken)}.html" for name in sorted(graph.documents)}
        taken = set()
        self.actors = {iri: f"actors/{file_slug(a.label, taken)}.html"
                       for iri, a in sorted(graph.actors.items(), key=lambda kv: (kv[1].label.lower(), kv[0]))}

    @staticmethod
    def nav(up: str) -> str:
        return (f'<nav><a href="{up}index.html">Report</a><a href="{up}network.html">Network</a>'
                f'<a href="{up}timeline.html">Timeline</a></nav>\n')

    def link(self, up: str):
        def to(ev: Evidence) -> str | None:
            target = self.docs.get(ev.document)
            return f"{up}{target}#{ev.start}-{ev.end}" if target else None
        return to

    def pages(self, up: str) -> dict[str, str]:
        return {iri: up + path for iri, path in self.actors.items()}


def report(output: Path, *, store: Store | None = None) -> ReportSummary:
    """Write the HTML report of the store into the folder ``output`` (replaced when complete).

    :param output: the report folder; if it exists it must be empty or an earlier report.
    :returns: what was written.
    :raises KgError: ``output`` is a file, or a folder that is not a kg report.
    :raises StoreError: the store has not been built.
    """
    from ..validate import validate
    from .load import load

    store = store or Store()
    store.require()
    _check_target(output)
    graph = load(store)
    validation = validate(store)
    tmp = output.with_name(f".{output.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        site = _Site(graph)
        written = _write_all(tmp, graph, site, validation, store)
        _swap(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ReportSummary(output, written, len(graph.documents), len(graph.actors), validation.conforms)


def _check_target(output: Path) -> None:
    if output.exists() and not output.is_dir():
        raise KgError(f"cannot write the report to {output}: it is a file")
    if output.is_dir() and any(output.iterdir()):
        index = output / "index.html"
        if not (index.is_file() and f'name="generator" content="{GENERATOR}"' in index.read_text(errors="replace")[:2000]):
            raise KgError(f"{output} is a folder that is not a kg report; it is left alone",
                          hint="give an empty or new folder with -o")


def _swap(tmp: Path, output: Path) -> None:
    """Put the new report in place of the old one."""
    old = output.with_name(f".{output.name}.old{os.getpid()}")
    if output.exists():
        os.rename(output, old)
    os.rename(tmp, output)
    shutil.rmtree(old, ignore_errors=True)


def _write_all(root: Path, graph: ViewGraph, site: _Site, validation, store: Store) -> int:
    count = 0
    whole = net_mod.network(graph, index=site.index)
    body, data = net_mod.network_body(whole, site.link(""), pages=site.pages(""))
    write_text(root / "network.html", page(whole.title, body, data=data, nav=site.nav("")))
    tl = tl_mod.timeline_of(graph)
    body, data = tl_mod.timeline_body(tl, site.link(""))
    write_text(root / "timeline.html", page(tl.title, body, data=data, nav=site.nav("")))
    count += 2
    for name, path in site.docs.items():
        write_text(root / path, _document_page(graph, name, site))
        count += 1
    for iri, path in site.actors.items():
        write_text(root / path, _actor_page(graph, iri, site))
        count += 1
    write_text(root / "index.html", _index(graph, site, validation, store))
    return count + 1


def _document_page(graph: ViewGraph, name: str, site: _Site) -> str:
    d = graph.documents[name]
    spans = doc_spans(graph, name)
    up = "../"
    pages = site.pages(up)

    def node(iri: str) -> dict:
        kind = "actor" if iri in graph.actors else "event" if iri in graph.events else \
            "claim" if iri in graph.claims else "role"
        detail = {"actor": lambda: graph.actors[iri].kind, "event": lambda: graph.events[iri].date,
                  "claim": lambda: f"{graph.claims[iri].stance}: {graph.claims[iri].content[:80]}",
                  "role": lambda: graph.label(graph.roles[iri].holder)}[kind]()
        return {"label": graph.label(iri), "detail": detail, "href": pages.get(iri)}

    data = {"document": name, "ev": [{"kind": s["kind"], "start": s["start"], "end": s["end"], "text": s["text"],
                                      "nodes": [node(i) for i in s["nodes"]]} for s in spans]}
    counts = Counter(s["kind"] for s in spans)
    facts = " · ".join(esc(x) for x in (d.publisher, d.published) if x)
    body = (f"<h1>{esc(d.title or name)}</h1><p class=\"hint\">{esc(name)}{' · ' + facts if facts else ''} · "
            + ", ".join(f"{counts[k]} {k} span(s)" for k in KINDS[::-1]) + "</p>"
            '<p class="legend-inline"><span class="hl k-actor">actor</span><span class="hl k-event">event</span>'
            '<span class="hl k-claim">claim</span><span class="hl k-role">role</span> '
            '<span class="hint">click a highlighted span to see what was read there</span></p>'
            f'<div class="doc-layout"><div class="doctext" data-document="{esc(name)}">{highlight(d.text, spans)}</div>'
            '<aside id="panel"><p class="hint">Nothing selected.</p></aside></div>')
    return page(d.title or name, body, scripts=("doc.js",), nav=site.nav(up), data=data, data_id="kg-doc")


def _actor_page(graph: ViewGraph, iri: str, site: _Site) -> str:
    up = "../"
    link = site.link(up)
    body = [profile_html(profile(graph, iri), link)]
    net = net_mod.network(graph, iri, depth=1, index=site.index)
    data: dict = {}
    drawn = len(net.nodes) > 1
    if drawn:
        part, more = net_mod.network_body(net, link, pages=site.pages(up))
        body.append(part.replace("<h1>", "<h2>").replace("</h1>", "</h2>"))
        data.update(more)
    tl = tl_mod.timeline_of(graph, iri)
    if tl.marks:
        part, more = tl_mod.timeline_body(tl, link)
        part = part.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
        body.append(part.replace('id="panel"', 'id="panel-tl" hidden') if drawn else part)  # one panel serves both
        data.update(more)
    return page(graph.actors[iri].label, "\n".join(body), data=data, nav=site.nav(up))


def _index(graph: ViewGraph, site: _Site, validation, store: Store) -> str:
    from ..stats import stats

    numbers = stats(store)
    per_doc = {name: Counter() for name in graph.documents}
    for kind, table in (("actors", graph.actors), ("events", graph.events), ("claims", graph.claims), ("roles", graph.roles)):
        for node in table.values():
            for name in {ev.document for ev in node.evidence}:
                if name in per_doc:
                    per_doc[name][kind] += 1
    docs = "".join(
        f'<tr><td><a href="{site.docs[n]}">{esc(n)}</a></td><td>{esc(d.title)}</td><td>{esc(d.publisher)}</td>'
        f"<td>{esc(d.published)}</td>" + "".join(f'<td class="num">{per_doc[n][k]}</td>' for k in ("actors", "events", "claims", "roles"))
        + "</tr>" for n, d in graph.documents.items())
    counts = "".join(f'<tr><th>{esc(k)}</th><td class="num">{esc(v)}</td></tr>' for k, v in numbers.items()
                     if isinstance(v, (int, str)) and k != "store")
    kinds = Counter(e.kind for e in graph.events.values())
    events = "".join(f'<tr><td>{esc(k)}</td><td class="num">{n}</td></tr>' for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    involvement = Counter()
    for e in graph.events.values():
        involvement.update(set(e.participants))
    for c in graph.claims.values():
        involvement.update({c.claimant, *c.about})
    actors = "".join(
        f'<tr><td><a href="{site.actors[i]}">{esc(a.label)}</a></td><td>{esc(a.category)}</td><td>{esc(a.kind)}</td>'
        f'<td class="num">{len({ev.document for ev in a.evidence})}</td><td class="num">{involvement[i]}</td></tr>'
        for i, a in sorted(graph.actors.items(), key=lambda kv: (kv[1].label.lower(), kv[0])))
    body = (f"<h1>kg report</h1><p class=\"hint\">store generation {esc(store.generation)} · "
            f"{len(graph.documents)} document(s) · <a href=\"network.html\">network</a> · "
            f"<a href=\"timeline.html\">timeline</a></p>"
            + _validation_html(validation, site, graph)
            + f"<h2>Documents</h2><table><tr><th>file</th><th>title</th><th>publisher</th><th>published</th>"
            f"<th>actors</th><th>events</th><th>claims</th><th>roles</th></tr>{docs}</table>"
            f'<h2>Statistics</h2><div class="viz"><table>{counts}</table>'
            f"<table><tr><th>event class</th><th>events</th></tr>{events}</table></div>"
            f"<h2>Actors ({len(graph.actors)})</h2><table><tr><th>actor</th><th>category</th><th>class</th>"
            f"<th>documents</th><th>events and claims</th></tr>{actors}</table>")
    html = page("kg report", body, nav=site.nav(""))
    return html.replace('<meta charset="utf-8">', f'<meta charset="utf-8">\n<meta name="generator" content="{GENERATOR}">', 1)


def _validation_html(validation, site: _Site, graph: ViewGraph) -> str:
    from ..validate import compact_iri

    tally = Counter(r.severity for r in validation.results)
    verdict = ('<span class="verdict-ok">conforms</span>' if validation.conforms
               else '<span class="verdict-bad">DOES NOT CONFORM</span>')
    summary = ", ".join(f"{tally[s]} {s.lower()}(s)" for s in ("Violation", "Warning", "Info") if tally[s]) or "no results"
    rows = []
    for r in validation.results:
        focus = esc(graph.label(r.focus) if r.focus in graph.actors or r.focus in graph.events else compact_iri(r.focus))
        if r.focus in site.actors:
            focus = f'<a href="{site.actors[r.focus]}">{focus}</a>'
        where = ""
        if r.document and r.start is not None and r.end is not None and r.document in site.docs:
            where = f'<a class="where" href="{site.docs[r.document]}#{r.start}-{r.end}">{esc(r.document)} [{r.start}, {r.end})</a>'
        elif r.document:
            where = f'<span class="where">{esc(r.document)}</span>'
        rows.append(f'<tr><td class="sev-{esc(r.severity)}">{esc(r.severity)}</td><td>{focus}</td>'
                    f"<td>{esc(compact_iri(r.path)) if r.path else ''}</td><td>{esc(r.message)}"
                    f"{' (value: ' + esc(compact_iri(r.value)[:80]) + ')' if r.value else ''}</td><td>{where}</td>"
                    f"<td>{esc(compact_iri(r.shape))}</td></tr>")
    table = (f"<table><tr><th>severity</th><th>focus</th><th>path</th><th>message</th><th>where</th><th>shape</th></tr>"
             f"{''.join(rows)}</table>") if rows else ""
    return (f"<h2>Validation</h2><p>{verdict}: {validation.graphs} graph(s) and their union validated against the "
            f"SHACL shapes, {summary}.</p>{table}")
