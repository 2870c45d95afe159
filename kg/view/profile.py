"""``kg show ACTOR``: the profile of an actor — category, aliases, roles, events in date order,
claims by and about it with their stances and relaying chains — each line with the document and
the quoted words it was read from."""
from __future__ import annotations

from dataclasses import dataclass

from ..store import Store
from .model import ActorView, Evidence, ViewGraph


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a profile section: a role, an event or a claim, with its evidence."""

    node: str
    """IRI of the role, event or claim."""
    date: str
    """Its date (event date, claim date, role's report date), empty when unknown."""
    what: str
    """What it is: ``Meet``, ``deputy chief of Hamas``, ``said (Asserts)``."""
    detail: str
    """With whom, where, what was said, according to whom."""
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    """An actor's profile: what the documents say about it, line by line."""

    actor: ActorView
    documents: tuple[tuple[str, int], ...]
    """(document, mentions) for each document that names it, by document."""
    roles: tuple[Line, ...]
    """Positions it holds."""
    members: tuple[Line, ...]
    """Positions held in it (an organization's people)."""
    events: tuple[Line, ...]
    """Events it takes part in or that happen there, in date order (undated last)."""
    claims_by: tuple[Line, ...]
    """Claims it makes."""
    claims_about: tuple[Line, ...]
    """Claims others make about it."""


def _first(evidence: tuple[Evidence, ...]) -> tuple[str, int]:
    return (evidence[0].document, evidence[0].start) if evidence else ("", 0)


def _dated(lines: list[Line]) -> tuple[Line, ...]:
    """In date order (ISO strings sort by time, partial dates before the days they contain), undated last."""
    return tuple(sorted(lines, key=lambda l: (not l.date, l.date, _first(l.evidence), l.what, l.node)))


def chain(graph: ViewGraph, claim: str) -> str:
    """Who relays a claim, nearest first: ``according to Yahya Sinwar (said) ← the report (says)``.

    >>> chain(ViewGraph(), "x")
    ''
    """
    steps, seen = [], {claim}
    relay = graph.claims[claim].relayed_by if claim in graph.claims else ""
    while relay and relay in graph.claims and relay not in seen:
        seen.add(relay)
        c = graph.claims[relay]
        steps.append(f"{graph.label(c.claimant)} ({c.cue})")
        relay = c.relayed_by
    return ("according to " + " ← ".join(steps)) if steps else ""


def _names(graph: ViewGraph, iris, skip: str = "") -> str:
    return ", ".join(sorted(graph.label(i) for i in iris if i != skip))


def _event_line(graph: ViewGraph, iri: str, actor: str) -> Line:
    e = graph.events[iri]
    role = "agent" if e.agent == actor else "target" if e.target == actor else "place" if e.place == actor and \
        actor not in e.participants else "participant"
    parts = [f"as {role}"]
    others = _names(graph, e.participants, skip=actor)
    if others:
        parts.append(f"with {others}")
    if e.place and e.place != actor:
        parts.append(f"in {graph.label(e.place)}")
    if e.resources:
        parts.append("resource: " + "; ".join(e.resources))
    date = f"{e.date} ({e.precision})" if e.date and e.precision != "day" else e.date
    return Line(iri, date, e.kind, ", ".join(parts), e.evidence)


def _claim_line(graph: ViewGraph, iri: str, actor: str) -> Line:
    """A claim: by whom (when it is about the actor), about whom, relayed by whom, asserting what;
    its words are the evidence's quote."""
    c = graph.claims[iri]
    parts = [] if c.claimant == actor else [f"by {graph.label(c.claimant)}"]
    about = _names(graph, c.about, skip=actor)
    if about:
        parts.append(f"about {about}")
    relayed = chain(graph, iri)
    if relayed:
        parts.append(relayed)
    if c.asserts:
        parts.append("asserts " + ", ".join(sorted(graph.label(e) for e in c.asserts)))
    return Line(iri, c.date, f"{c.cue} ({c.stance})", "; ".join(parts), c.evidence)


def profile(graph: ViewGraph, actor: str) -> Profile:
    """The profile of one actor of a :class:`ViewGraph`.

    :param graph: what :func:`kg.view.load.load` read.
    :param actor: the actor's IRI.
    :returns: its profile.
    :raises KeyError: the IRI is not an actor of the graph.
    """
    a = graph.actors[actor]
    counts: dict[str, int] = {}
    for ev in a.evidence:
        counts[ev.document] = counts.get(ev.document, 0) + 1
    roles = [Line(r.iri, "", r.title + (f" of {graph.label(r.organization)}" if r.organization else ""), "", r.evidence)
             for r in graph.roles.values() if r.holder == actor]
    members = [Line(r.iri, "", r.title, graph.label(r.holder), r.evidence)
               for r in graph.roles.values() if r.organization == actor]
    events = [_event_line(graph, e.iri, actor) for e in graph.events.values()
              if actor in e.participants or e.place == actor]
    by = [_claim_line(graph, c.iri, actor) for c in graph.claims.values() if c.claimant == actor]
    about = [_claim_line(graph, c.iri, actor) for c in graph.claims.values()
             if actor in c.about and c.claimant != actor]
    key = lambda l: (_first(l.evidence), l.what, l.node)  # noqa: E731
    return Profile(a, tuple(sorted(counts.items())), tuple(sorted(roles, key=key)), tuple(sorted(members, key=key)),
                   _dated(events), _dated(by), _dated(about))


def show(actor: str, *, store: Store | None = None, check: bool = True) -> Profile:
    """The profile of the actor a user names (label, alias or IRI), read from the store.

    :param actor: what the user typed.
    :param store: the store (default: ``$KG_STORE`` or ``./kg-store``).
    :param check: refuse a graph that violates its shapes (as ``kg query`` does).
    :returns: the actor's profile.
    :raises QueryError: nothing matches (close labels are suggested) or several actors do.
    :raises NotConformingError: the graph violates its shapes and ``check`` is true.
    """
    from .load import load, resolve

    store = store or Store()
    iri = resolve(store, actor, check=check)
    return profile(load(store), iri)


SECTIONS = (("roles", "Roles"), ("members", "Positions in it"), ("events", "Events"),
            ("claims_by", "Claims it makes"), ("claims_about", "Claims about it"))
"""The profile's sections in the order they are shown: attribute, title."""


def renderable(p: Profile):
    """The profile as a rich renderable for the terminal (tables, one per section)."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    a = p.actor
    head = Text()
    head.append(a.label, style="bold")
    head.append(f"  {a.category}" + (f" · {a.kind}" if a.kind != a.category else ""), style="cyan")
    head.append(f"\n{a.iri}", style="dim")
    if a.wikidata:
        head.append(f"\nsame as {a.wikidata}", style="dim")
    if a.aliases:
        head.append("\nalso: " + ", ".join(a.aliases))
    if p.documents:
        head.append("\nnamed in: " + ", ".join(f"{d} ({n}×)" for d, n in p.documents))
    parts = [Panel(head, expand=False)]
    for attr, title in SECTIONS:
        lines = getattr(p, attr)
        if not lines:
            continue
        table = Table(title=f"{title} ({len(lines)})", title_justify="left", title_style="bold", show_lines=False,
                      header_style="bold", expand=False)
        for col, opts in (("date", {"no_wrap": True}), ("what", {"style": "cyan"}), ("detail", {"ratio": 3}),
                          ("source", {"ratio": 3})):
            table.add_column(col, overflow="fold", **opts)
        for line in lines:
            source = Text()
            for i, ev in enumerate(line.evidence):
                source.append(("\n" if i else "") + ev.where(), style="green")
                source.append(f" “{ev.text}”", style="italic")
            table.add_row(line.date, line.what, line.detail, source)
        parts.append(table)
    if len(parts) == 1:
        parts.append(Text("Nothing else is said about it: no role, event or claim."))
    return Group(*parts)


def profile_html(p: Profile, link=None) -> str:
    """The profile as HTML (the report's actor pages): the same sections as :func:`renderable`.

    :param link: gives the URL of a page showing an evidence span (:data:`kg.view.network.Link`).
    """
    from .html import esc

    a = p.actor
    facts = [f"<b>{esc(a.category)}</b>" + (f" · {esc(a.kind)}" if a.kind != a.category else "")]
    if a.aliases:
        facts.append("also: " + ", ".join(esc(x) for x in a.aliases))
    if a.wikidata:
        facts.append(f'same as <a href="{esc(a.wikidata)}">{esc(a.wikidata.rsplit("/", 1)[-1])}</a>')
    if p.documents:
        facts.append("named in: " + ", ".join(f"{esc(d)} ({n}×)" for d, n in p.documents))
    out = [f"<h1>{esc(a.label)}</h1><p>{'<br>'.join(facts)}</p><p class=\"iri\">{esc(a.iri)}</p>"]
    for attr, title in SECTIONS:
        lines = getattr(p, attr)
        if not lines:
            continue
        rows = []
        for line in lines:
            sources = []
            for ev in line.evidence:
                where = esc(ev.where())
                href = link(ev) if link else None
                where = f'<a class="where" href="{esc(href)}">{where}</a>' if href else f'<span class="where">{where}</span>'
                sources.append(f"{where} <q>{esc(ev.text)}</q>")
            rows.append(f"<tr><td>{esc(line.date)}</td><td>{esc(line.what)}</td><td>{esc(line.detail)}</td>"
                        f"<td>{'<br>'.join(sources)}</td></tr>")
        out.append(f"<h2>{esc(title)} ({len(lines)})</h2><table><tr><th>date</th><th>what</th><th>detail</th>"
                   f"<th>source</th></tr>{''.join(rows)}</table>")
    return "\n".join(out)
