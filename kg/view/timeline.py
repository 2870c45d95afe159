"""``kg timeline``: events on a time axis, each partial date drawn with its precision — a day
as a dot, a month or a year as a bar over the whole period the date allows."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..store import Store
from .html import Link, esc, evidence_items, tooltip
from .model import Evidence, ViewGraph

PRECISION_COLORS = {"day": "#7b52ab", "month": "#b08ad6", "year": "#d9c6ee"}
"""Fill of a mark by the precision of its date."""
_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def period(date: str, precision: str = "") -> tuple[dt.date, dt.date] | None:
    """The days a (partial) date may mean: [first day, day after the last), or None if unreadable.

    >>> period("2017-05", "month")
    (datetime.date(2017, 5, 1), datetime.date(2017, 6, 1))
    >>> period("1997")
    (datetime.date(1997, 1, 1), datetime.date(1998, 1, 1))
    >>> period("2017-10-21", "day")[1]
    datetime.date(2017, 10, 22)
    """
    m = _DATE.match(date or "")
    if not m:
        return None
    try:
        year = int(m.group(1))
        if m.group(3) and precision in ("", "day"):
            first = dt.date(year, int(m.group(2)), int(m.group(3)))
            return first, first + dt.timedelta(days=1)
        if m.group(2) and precision in ("", "day", "month"):
            first = dt.date(year, int(m.group(2)), 1)
            return first, (dt.date(year + 1, 1, 1) if first.month == 12 else dt.date(year, first.month + 1, 1))
        return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Mark:
    """An event on the timeline."""

    iri: str
    kind: str
    """The event's class."""
    label: str
    """Its actors and place, in a few words."""
    date: str
    """The date as written (``2017-05``), empty when undated."""
    precision: str
    """``day``, ``month`` or ``year`` (from the date when the store does not say)."""
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated events in time order, and the undated ones."""

    title: str
    marks: tuple[Mark, ...]
    undated: tuple[Mark, ...]


def timeline_of(graph: ViewGraph, focus: str | None = None) -> Timeline:
    """The events of an actor (participant, agent, target or place), or of the whole graph.

    :param graph: what :func:`kg.view.load.load` read.
    :param focus: IRI of an actor; None for every event.
    """
    dated, undated = [], []
    for e in graph.events.values():
        if focus and focus not in e.participants and e.place != focus:
            continue
        names = ", ".join(sorted(graph.label(p) for p in e.participants))
        label = names + (f" · {graph.label(e.place)}" if e.place else "")
        span = period(e.date, e.precision)
        precision = e.precision or ("day" if len(e.date) >= 10 else "month" if len(e.date) == 7 else "year")
        mark = Mark(e.iri, e.kind, label, e.date if span else "", precision if span else "", e.evidence)
        (dated if span else undated).append(mark)
    first = lambda m: (m.evidence[0].document, m.evidence[0].start) if m.evidence else ("", 0)  # noqa: E731
    dated.sort(key=lambda m: (period(m.date, m.precision), m.kind, m.label, m.iri))
    undated.sort(key=lambda m: (first(m), m.kind, m.iri))
    title = f"Timeline of {graph.label(focus)}" if focus else "Timeline of the graph"
    return Timeline(title, tuple(dated), tuple(undated))


def _ticks(lo: dt.date, hi: dt.date, most: int = 12) -> list[tuple[dt.date, str]]:
    """Axis ticks between two days: years, months or days, at most about ``most``.

    >>> [t for _, t in _ticks(dt.date(2016, 12, 1), dt.date(2020, 2, 1))]
    ['2017', '2018', '2019', '2020']
    """
    days, most = (hi - lo).days, max(2, most)
    if days > 3 * 365:
        years = list(range(lo.year + (lo > dt.date(lo.year, 1, 1)), hi.year + 1))
        return [(dt.date(y, 1, 1), str(y)) for y in years[::max(1, -(-len(years) // most))]]
    if days > 90:
        months, d = [], dt.date(lo.year, lo.month, 1)
        while d <= hi:
            if d >= lo:
                months.append(d)
            d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return [(d, d.strftime("%Y-%m")) for d in months[::max(1, -(-len(months) // most))]]
    step = max(1, -(-days // most))
    return [(lo + dt.timedelta(days=i), (lo + dt.timedelta(days=i)).isoformat()) for i in range(0, days + 1, step)]


GAP = 730
"""Days without any event after which the axis is broken (drawn as a short gap)."""


@dataclass(frozen=True, slots=True)
class Axis:
    """A time axis, broken where nothing happens for more than :data:`GAP` days: pieces of
    [first day, last day) drawn at [x, x + width)."""

    pieces: tuple[tuple[dt.date, dt.date, float, float], ...]

    @classmethod
    def fit(cls, spans: list[tuple[dt.date, dt.date]], x: float, width: float, gap_px: float = 26) -> "Axis":
        """An axis for these periods over ``width`` pixels from ``x``.

        >>> a = Axis.fit([(dt.date(1997, 1, 1), dt.date(1998, 1, 1)), (dt.date(2017, 8, 2), dt.date(2017, 8, 3))], 0, 500)
        >>> len(a.pieces), a.x(dt.date(1997, 1, 1)) < a.x(dt.date(2017, 8, 2))
        (2, True)
        """
        clusters: list[list[dt.date]] = []
        for first, after in sorted(spans):
            if clusters and (first - clusters[-1][1]).days <= GAP:
                clusters[-1][1] = max(clusters[-1][1], after)
            else:
                clusters.append([first, after])
        padded = []
        for first, after in clusters:
            pad = dt.timedelta(days=max(3, (after - first).days // 30))
            padded.append((first - pad, after + pad))
        usable = width - gap_px * (len(padded) - 1)
        days = [max(1, (b - a).days) for a, b in padded]
        shares = [max(d / sum(days), 0.12) for d in days]
        shares = [s / sum(shares) for s in shares]
        pieces, at = [], x
        for (a, b), share in zip(padded, shares):
            pieces.append((a, b, at, usable * share))
            at += usable * share + gap_px
        return cls(tuple(pieces))

    def x(self, day: dt.date) -> float:
        """The abscissa of a day (clamped to its piece)."""
        for a, b, x, w in self.pieces:
            if day <= b or (a, b, x, w) == self.pieces[-1]:
                return x + min(max((day - a).days, 0), (b - a).days) / max(1, (b - a).days) * w
        return self.pieces[-1][2] + self.pieces[-1][3]

    def per_day(self, day: dt.date) -> float:
        """Pixels per day around ``day``."""
        for a, b, _, w in self.pieces:
            if day <= b:
                return w / max(1, (b - a).days)
        a, b, _, w = self.pieces[-1]
        return w / max(1, (b - a).days)


def svg(tl: Timeline) -> tuple[str, int, int]:
    """The timeline as a standalone SVG picture: one row per dated event (mark ``id="t{i}"``).

    :returns: (SVG text, width, height).
    """
    label_w, plot_w, row, top = 430, 700, 22, 64
    width = label_w + plot_w + 30
    height = top + max(1, len(tl.marks)) * row + 50
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="kg-timeline" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
             f"<title>{esc(tl.title)}</title>", _STYLE, f'<rect class="bg" width="{width}" height="{height}"/>',
             f'<text x="10" y="20" class="head">{esc(tl.title)}: {len(tl.marks)} dated event(s)'
             + (f", {len(tl.undated)} undated (not drawn)" if tl.undated else "") + "</text>",
             '<g class="legend"><circle cx="16" cy="40" r="5" fill="#7b52ab"/><text x="26" y="44">day</text>'
             f'<rect x="64" y="35" width="30" height="10" fill="{PRECISION_COLORS["month"]}"/><text x="98" y="44">month</text>'
             f'<rect x="146" y="35" width="30" height="10" fill="{PRECISION_COLORS["year"]}"/><text x="180" y="44">year</text>'
             '<text x="220" y="44" class="note">a bar spans the whole period a partial date allows</text></g>']
    if tl.marks:
        spans = [period(m.date, m.precision) for m in tl.marks]
        axis = Axis.fit(spans, label_w, plot_w)
        x_of = axis.x
        bottom = top + len(tl.marks) * row
        parts.append('<g class="axis">')
        for a, b, x0, w in axis.pieces:
            for d, text in _ticks(a, b, most=int(12 * w / plot_w)):
                x = x_of(d)
                parts.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{bottom}"/>'
                             f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle">{esc(text)}</text>')
            if x0 > label_w:  # a break in the axis: years without events
                parts.append(f'<text x="{x0 - 13:.1f}" y="{top - 10}" text-anchor="middle" class="break">//</text>')
        parts.append("</g>")
        for i, (m, (first, after)) in enumerate(zip(tl.marks, spans)):
            y = top + i * row + row / 2
            label = f"{m.date}  {m.kind} — {m.label}"
            label = label if len(label) <= 68 else label[:67] + "…"
            if m.precision == "day":
                shape = f'<circle cx="{x_of(first) + axis.per_day(first) / 2:.1f}" cy="{y:.1f}" r="5" fill="{PRECISION_COLORS["day"]}"/>'
            else:
                x1, x2 = x_of(first), max(x_of(after), x_of(first) + 4)
                shape = (f'<rect x="{x1:.1f}" y="{y - 5:.1f}" width="{x2 - x1:.1f}" height="10" '
                         f'fill="{PRECISION_COLORS[m.precision]}" stroke="#7b52ab" stroke-width=".6"/>')
            parts.append(f'<g class="mark p-{m.precision}" id="t{i}"><rect class="lane" x="0" y="{y - row / 2:.1f}" '
                         f'width="{width}" height="{row}"/><text x="10" y="{y + 4:.1f}">{esc(label)}</text>{shape}'
                         f"<title>{tooltip(f'{m.kind} {m.date} ({m.precision}): {m.label}', m.evidence)}</title></g>")
    else:
        parts.append(f'<text x="10" y="{top + 14}">No dated event.</text>')
    parts.append("</svg>")
    return "".join(parts), width, height


_STYLE = ("<style>.bg{fill:#fff}.head{font-size:14px;font-weight:bold}.note{fill:#666}.axis line{stroke:#ddd}"
          ".axis text{fill:#444}.break{fill:#999;font-weight:bold}.lane{fill:transparent}.mark:hover .lane{fill:#f3eefa}.mark text{fill:#222}</style>")


def panel_data(tl: Timeline, link: Link | None = None) -> dict:
    """What the page's script shows when a mark (``t{i}``, the undated ones after the dated) is clicked."""
    marks = tl.marks + tl.undated
    return {f"t{i}": {"label": f"{m.kind} {m.date}".strip(), "kind": f"event ({m.precision or 'undated'})",
                      "detail": m.label, "iri": m.iri, "evidence": evidence_items(m.evidence, link)}
            for i, m in enumerate(marks)}


def timeline_body(tl: Timeline, link: Link | None = None, picture: str | None = None) -> tuple[str, dict]:
    """The HTML of a timeline page (the picture, the undated events, an evidence panel) and its script data."""
    picture = picture if picture is not None else svg(tl)[0]
    rows = "".join(f'<tr id="t{len(tl.marks) + i}"><td>{esc(m.kind)}</td><td>{esc(m.label)}</td>'
                   f'<td>{"<br>".join(f"<span class=where>{esc(ev.where())}</span> <q>{esc(ev.text)}</q>" for ev in m.evidence[:3])}</td></tr>'
                   for i, m in enumerate(tl.undated))
    undated = (f"<h2>Undated events ({len(tl.undated)})</h2><table><tr><th>event</th><th>actors · place</th>"
               f"<th>evidence</th></tr>{rows}</table>") if tl.undated else ""
    body = (f"<h1>{esc(tl.title)}</h1><p class=\"hint\">Click an event to see the sentences it comes from.</p>"
            f'<div class="viz"><div class="canvas">{picture}{undated}</div>'
            '<aside id="panel"><p class="hint">Nothing selected.</p></aside></div>')
    return body, panel_data(tl, link)


def timeline(actor: str | None = None, *, output: Path, store: Store | None = None, check: bool = True) -> Timeline:
    """Draw the events of an actor (or of the whole graph) on a time axis into ``output``.

    :param actor: a label, an alias or an IRI; None for every event.
    :param output: ``.html`` (self-contained page, undated events listed too), ``.svg`` or ``.png``.
    :param check: refuse a graph that violates its shapes (as ``kg query`` does).
    :returns: what was drawn.
    :raises QueryError: the actor names nothing (close labels are suggested).
    """
    from .html import page
    from .load import load, resolve
    from .picture import check_output, save

    check_output(output)
    store = store or Store()
    focus = resolve(store, actor, check=check)
    tl = timeline_of(load(store), focus)
    picture, width, height = svg(tl)
    body, data = timeline_body(tl, picture=picture)
    save(output, picture, lambda: page(tl.title, body, data=data), width, height)
    return tl
