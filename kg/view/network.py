"""``kg viz``: the network of actors, events and claims around an actor (or of the whole graph),
node categories and edge types drawn apart, every element linked to its evidence.

Edges: an actor is the ``agent`` of an event, a ``participant`` in it or its ``target``; an event
happens at a ``place``; an actor is the ``claimant`` of a claim, a claim is ``about`` actors,
``asserts`` events and is ``relayed by`` another claim; a person holds a ``role`` in an
organization. An edge's evidence is that of the event, claim or role that states it."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..store import Store
from .html import Link, esc, evidence_items, tooltip
from .layout import force_layout
from .model import Evidence, ViewGraph

CATEGORY_COLORS = {"Person": "#1f77b4", "Organization": "#ff7f0e", "Place": "#2ca02c", "UnnamedSource": "#7f7f7f",
                   "Actor": "#8c564b", "event": "#9467bd", "claim": "#17becf"}
"""Fill colour of each node category (actors by category; events; claims)."""
EDGE_STYLES = {"agent": ("#3b3b3b", ""), "participant": ("#9a9a9a", ""), "target": ("#d62728", "6 3"),
               "place": ("#2ca02c", "2 3"), "claimant": ("#1b9aaa", ""), "about": ("#1b9aaa", "6 3"),
               "asserts": ("#9467bd", "6 3"), "relayed by": ("#555555", "2 3"), "role": ("#ff7f0e", "")}
"""Stroke colour and dash pattern of each edge type."""


@dataclass(frozen=True, slots=True)
class NetNode:
    """A node of the picture."""

    iri: str
    kind: str
    """``actor``, ``event`` or ``claim``."""
    category: str
    """An actor's category (``Person``...), else the kind."""
    label: str
    detail: str
    """What it is, in a few words: an actor's class, an event's class and date, a claim's words."""
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class NetEdge:
    """A typed, directed edge of the picture."""

    source: str
    target: str
    type: str
    """One of :data:`EDGE_STYLES`."""
    label: str
    """What states it: the event's class, the claim's cue, the role's title."""
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Network:
    """The nodes and edges to draw."""

    nodes: tuple[NetNode, ...]
    edges: tuple[NetEdge, ...]
    focus: str = ""
    """The actor the network is drawn around, if any."""
    title: str = ""


def edges_of(graph: ViewGraph) -> list[NetEdge]:
    """Every edge the graph states, in a stable order."""
    out = []
    for e in graph.events.values():
        for actor in e.participants:
            kind = "agent" if actor == e.agent else "target" if actor == e.target else "participant"
            out.append(NetEdge(actor, e.iri, kind, e.kind, e.evidence) if kind != "target"
                       else NetEdge(e.iri, actor, kind, e.kind, e.evidence))
        if e.place:
            out.append(NetEdge(e.iri, e.place, "place", e.kind, e.evidence))
    for c in graph.claims.values():
        if c.claimant:
            out.append(NetEdge(c.claimant, c.iri, "claimant", c.cue, c.evidence))
        out += [NetEdge(c.iri, a, "about", c.cue, c.evidence) for a in c.about if a != c.claimant]
        out += [NetEdge(c.iri, e, "asserts", c.cue, c.evidence) for e in c.asserts]
        if c.relayed_by:
            out.append(NetEdge(c.iri, c.relayed_by, "relayed by", c.cue, c.evidence))
    for r in graph.roles.values():
        if r.organization:
            out.append(NetEdge(r.holder, r.organization, "role", r.title, r.evidence))
    known = graph.actors.keys() | graph.events.keys() | graph.claims.keys()
    return [e for e in out if e.source in known and e.target in known]


def _node(graph: ViewGraph, iri: str) -> NetNode:
    if iri in graph.actors:
        a = graph.actors[iri]
        return NetNode(iri, "actor", a.category, a.label, a.kind, a.evidence)
    if iri in graph.events:
        e = graph.events[iri]
        return NetNode(iri, "event", "event", e.kind, f"{e.kind} {e.date}".strip(), e.evidence)
    c = graph.claims[iri]
    return NetNode(iri, "claim", "claim", c.cue, f"{graph.label(c.claimant)} {c.cue} ({c.stance})", c.evidence)


_ORDER = {"actor": 0, "event": 1, "claim": 2}


@dataclass(frozen=True, slots=True)
class EdgeIndex:
    """The edges of a graph (:func:`edges_of`) with each node's neighbours and edges, computed once
    for the many networks of a report."""

    edges: tuple[NetEdge, ...]
    near: dict[str, set[str]]
    """node → its neighbours, both directions."""
    incident: dict[str, list[int]]
    """node → indexes of its edges."""

    @classmethod
    def of(cls, graph: ViewGraph) -> "EdgeIndex":
        """The index of every edge the graph states."""
        edges = tuple(edges_of(graph))
        near: dict[str, set[str]] = defaultdict(set)
        incident: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(edges):
            near[e.source].add(e.target)
            near[e.target].add(e.source)
            incident[e.source].append(i)
            incident[e.target].append(i)
        return cls(edges, dict(near), dict(incident))


def around(graph: ViewGraph, near: dict[str, set[str]], focus: str, depth: int) -> set[str]:
    """The nodes within ``depth`` steps of an actor. A step goes from an actor through its events,
    claims and roles to everything they involve: their actors, the events a claim asserts, the
    claims that assert or relay them. Only the actors reached take the next step.

    :param near: node → its neighbours (both directions).

    >>> around(ViewGraph(), {}, "x", 1)
    {'x'}
    """
    keep, frontier, visited = {focus}, {focus}, {focus}
    for _ in range(max(depth, 0)):
        reached: set[str] = set()
        for actor in frontier:
            for n in near.get(actor, ()):
                keep.add(n)
                if n in graph.actors:
                    reached.add(n)
                    continue
                for m in near.get(n, ()):
                    keep.add(m)
                    if m in graph.actors:
                        reached.add(m)
        frontier = reached - visited
        visited |= reached
    return keep


def prune(graph: ViewGraph, near: dict[str, set[str]], keep: set[str], limit: int, focus: str | None = None) -> set[str]:
    """At most ``limit`` of the nodes ``keep``: the focus, then the actors with the most
    links, each with the events and claims that link it to an actor already chosen (or to the focus).

    >>> sorted(prune(ViewGraph(), {}, {"a", "b"}, 1))
    ['a']
    """
    if len(keep) <= limit:
        return keep
    actors = [n for n in keep if n in graph.actors] or sorted(keep)
    degree = {a: len(near.get(a, set()) & keep) for a in actors}
    ranked = sorted(actors, key=lambda a: (a != focus, -degree[a], graph.label(a).lower(), a))
    chosen: set[str] = set()
    joined: set[str] = set()
    count: dict[str, int] = defaultdict(int)
    for a in ranked:
        if len(chosen) + len(joined) >= limit:
            break
        chosen.add(a)
        for n in sorted(near.get(a, ())):
            if n in keep and n not in graph.actors:
                count[n] += 1
                if (count[n] >= 2 or a == focus) and len(chosen) + len(joined) < limit:
                    joined.add(n)
    return chosen | joined


MAX_NODES = 400
"""Default largest number of nodes drawn; beyond it the best-linked actors are kept (:func:`prune`)."""


def network(graph: ViewGraph, focus: str | None = None, *, depth: int = 1, limit: int = MAX_NODES,
            index: EdgeIndex | None = None) -> Network:
    """The part of the graph to draw: what lies within ``depth`` steps of the actor ``focus``
    (:func:`around`), or, without a focus, every actor, event and claim that has an edge; at
    most ``limit`` nodes (:func:`prune`).

    :param graph: what :func:`kg.view.load.load` read.
    :param focus: IRI of an actor.
    :param depth: steps from the focus (1: its events, claims and roles, and who and what they involve).
    :param limit: the largest number of nodes to draw.
    :param index: the graph's :class:`EdgeIndex`, if already computed (a report draws many networks).
    """
    index = index or EdgeIndex.of(graph)
    near = index.near
    keep = around(graph, near, focus, depth) if focus else set(near)
    kept = prune(graph, near, keep, limit, focus)
    chosen = sorted({i for n in kept for i in index.incident.get(n, ())})
    edges = [index.edges[i] for i in chosen if index.edges[i].source in kept and index.edges[i].target in kept]
    nodes = sorted((_node(graph, iri) for iri in kept), key=lambda n: (_ORDER[n.kind], n.label.lower(), n.iri))
    title = f"Network of {graph.label(focus)} (depth {depth})" if focus else "Network of the whole graph"
    if len(kept) < len(keep):
        title += f", the {len(kept)} best-linked of {len(keep)} nodes"
    return Network(tuple(nodes), tuple(edges), focus or "", title)


def _shape(node: NetNode, x: float, y: float, r: float) -> str:
    fill = CATEGORY_COLORS.get(node.category, CATEGORY_COLORS["Actor"])
    if node.kind == "event":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" fill="{fill}"/>'
    if node.kind == "claim":
        return (f'<polygon points="{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}" '
                f'fill="{fill}"/>')
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}"/>'


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _legend(net: Network) -> tuple[str, int]:
    """The legend band (node categories, then the edge types present), and its height."""
    items, x = [], 12
    present = {n.category for n in net.nodes}
    for cat in ("Person", "Organization", "Place", "UnnamedSource", "Actor", "event", "claim"):
        if cat in present:
            kind = cat if cat in ("event", "claim") else "actor"
            items.append(_shape(NetNode("", kind, cat, "", "", ()), x + 6, 18, 6) +
                         f'<text x="{x + 16}" y="22">{esc(cat)}</text>')
            x += 24 + 7 * len(cat)
    row, x = [], 12
    for kind in EDGE_STYLES:
        if any(e.type == kind for e in net.edges):
            color, dash = EDGE_STYLES[kind]
            row.append(f'<line x1="{x}" y1="42" x2="{x + 26}" y2="42" stroke="{color}" stroke-width="2"'
                       + (f' stroke-dasharray="{dash}"' if dash else "") + f'/><text x="{x + 30}" y="46">{esc(kind)}</text>')
            x += 40 + 7 * len(kind)
    return '<g class="legend">' + "".join(items + row) + "</g>", 58


def svg(net: Network) -> tuple[str, int, int]:
    """The network as a standalone SVG picture (tooltips give each element's evidence).

    :returns: (SVG text, width, height). Node ``i`` is the group ``id="n{i}"``, edge ``j`` ``id="e{j}"``.
    """
    index = {n.iri: i for i, n in enumerate(net.nodes)}
    pairs = [(index[e.source], index[e.target]) for e in net.edges]
    positions = force_layout([n.iri for n in net.nodes], pairs,
                             center=index.get(net.focus) if net.focus else None,
                             iterations=250 if len(net.nodes) <= 600 else 120)
    side = int(min(2600, max(560, 120 * len(net.nodes) ** 0.5)))
    legend, band = _legend(net)
    margin, right = 40, 190  # room on the right for the labels
    width, height = side + margin + right, side + 2 * margin + band
    at = [(margin + x * side, band + margin + y * side) for x, y in positions]
    degree = defaultdict(int)
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    radius = [5.0 if n.kind != "actor" else 6 + min(10.0, 1.5 * degree[i] ** 0.5) for i, n in enumerate(net.nodes)]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="kg-network" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
             f"<title>{esc(net.title)}</title>", _STYLE, _markers(), f'<rect class="bg" width="{width}" height="{height}"/>',
             legend, '<g class="edges">']
    for j, (e, (a, b)) in enumerate(zip(net.edges, pairs)):
        (x1, y1), (x2, y2) = at[a], at[b]
        dx, dy = x2 - x1, y2 - y1
        length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
        x2, y2 = x2 - dx / length * (radius[b] + 2), y2 - dy / length * (radius[b] + 2)
        color, dash = EDGE_STYLES[e.type]
        parts.append(f'<g class="edge e-{e.type.replace(" ", "-")}" id="e{j}"><line x1="{x1:.1f}" y1="{y1:.1f}" '
                     f'x2="{x2:.1f}" y2="{y2:.1f}" stroke="{color}"' + (f' stroke-dasharray="{dash}"' if dash else "")
                     + f' marker-end="url(#arrow-{e.type.replace(" ", "-")})"/>'
                     f"<title>{tooltip(f'{net.nodes[a].label} —{e.type}→ {net.nodes[b].label} ({e.label})', e.evidence)}"
                     f"</title></g>")
    parts.append('</g><g class="nodes">')
    for i, n in enumerate(net.nodes):
        x, y = at[i]
        focus = " focus" if n.iri == net.focus else ""
        label = n.label if n.kind == "actor" else _short(n.label, 18)
        parts.append(f'<g class="node k-{n.kind} c-{n.category}{focus}" id="n{i}">{_shape(n, x, y, radius[i])}'
                     f'<text x="{x + radius[i] + 3:.1f}" y="{y + 4:.1f}">{esc(_short(label))}</text>'
                     f"<title>{tooltip(f'{n.label} ({n.detail})', n.evidence)}</title></g>")
    parts.append("</g></svg>")
    return "".join(parts), width, height


_STYLE = ("<style>.bg{fill:#fff}.legend text{fill:#333}.edge line{stroke-width:1.3;opacity:.75}"
          ".node text{fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}"
          ".k-event text,.k-claim text{font-size:9px;fill:#555}.node.focus circle{stroke:#000;stroke-width:3}"
          ".node circle,.node rect,.node polygon{stroke:#fff;stroke-width:1}</style>")


def _markers() -> str:
    return "<defs>" + "".join(
        f'<marker id="arrow-{kind.replace(" ", "-")}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{color}"/></marker>'
        for kind, (color, _) in EDGE_STYLES.items()) + "</defs>"


def panel_data(net: Network, link: Link | None = None, pages: dict[str, str] | None = None) -> dict:
    """What the page's script shows when an element is clicked: label, kind and evidence of each
    node (``n{i}``) and edge (``e{j}``), with links to the evidence when ``link`` is given.

    :param pages: node IRI → URL of its page (an actor's profile), if any.
    """
    names = {n.iri: n.label for n in net.nodes}
    pages = pages or {}
    out = {f"n{i}": {"label": n.label, "kind": n.kind, "detail": n.detail, "iri": n.iri, "page": pages.get(n.iri),
                     "evidence": evidence_items(n.evidence, link)} for i, n in enumerate(net.nodes)}
    for j, e in enumerate(net.edges):
        out[f"e{j}"] = {"label": f"{names[e.source]} —{e.type}→ {names[e.target]}", "kind": f"edge: {e.type}",
                        "detail": e.label, "iri": "", "evidence": evidence_items(e.evidence, link)}
    return out


def network_body(net: Network, link: Link | None = None, picture: str | None = None,
                 pages: dict[str, str] | None = None) -> tuple[str, dict]:
    """The HTML of a network page (the picture and an evidence panel) and its script data.

    :param picture: the network's SVG, if already drawn (:func:`svg`).
    :param pages: node IRI → URL of its page.
    """
    picture = picture if picture is not None else svg(net)[0]
    body = (f'<h1>{esc(net.title)}</h1><p class="hint">{len(net.nodes)} nodes, {len(net.edges)} edges. '
            "Click a node or an edge to see the sentences it comes from; scroll to zoom, drag to move.</p>"
            f'<div class="viz"><div class="canvas">{picture}</div>'
            '<aside id="panel"><p class="hint">Nothing selected.</p></aside></div>')
    return body, panel_data(net, link, pages)


def viz(actor: str | None = None, *, output: Path, store: Store | None = None, depth: int = 1,
        limit: int = MAX_NODES, check: bool = True) -> Network:
    """Draw the network around an actor (or of the whole graph) into ``output``.

    :param actor: a label, an alias or an IRI; None for the whole graph.
    :param output: ``.html`` (self-contained page), ``.svg`` or ``.png`` (needs Chromium).
    :param depth: steps from the actor (see :func:`around`).
    :param limit: the largest number of nodes to draw (the best-linked actors are kept).
    :param check: refuse a graph that violates its shapes (as ``kg query`` does).
    :returns: what was drawn.
    :raises QueryError: the actor names nothing (close labels are suggested).
    :raises KgError: an output format other than .html, .svg or .png, or a depth below 1.
    """
    from .html import page
    from .load import load, resolve
    from .picture import check_output, save

    check_output(output)
    if depth < 1 or limit < 1:
        from ..errors import KgError

        raise KgError(f"--depth and --max-nodes must be at least 1 (got {depth} and {limit})")
    store = store or Store()
    focus = resolve(store, actor, check=check)
    net = network(load(store), focus, depth=depth, limit=limit)
    picture, width, height = svg(net)
    body, data = network_body(net, picture=picture)
    save(output, picture, lambda: page(net.title, body, data=data), width, height)
    return net
