"""Self-contained HTML pages: the CSS and scripts of ``kg/view/assets/`` are inlined, data goes in
a JSON script element, nothing is fetched (the pages open offline, from ``file://``).

Every page records its script errors in the ``data-kg-errors`` attribute of ``<html>`` and sets
``data-kg-ready`` when its scripts are done (the browser tests read both)."""
from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from .model import Evidence

_ASSETS = Path(__file__).resolve().parent / "assets"
Link = Callable[[Evidence], "str | None"]
"""Gives the URL of a page showing an evidence span (a report's document page), or None."""

_ERRORS = ("window.addEventListener('error',function(e){var h=document.documentElement;"
           "var l=JSON.parse(h.getAttribute('data-kg-errors')||'[]');"
           "l.push(String(e.message||e)+' @'+(e.lineno||0));h.setAttribute('data-kg-errors',JSON.stringify(l));});")


def esc(text: object) -> str:
    """Text escaped for HTML and XML (quotes too).

    >>> esc('<b title="x">&')
    '&lt;b title=&quot;x&quot;&gt;&amp;'
    """
    return html.escape(str(text), quote=True)


@cache
def asset(name: str) -> str:
    """The text of a file of ``kg/view/assets/``."""
    return (_ASSETS / name).read_text(encoding="utf-8")


def json_script(data: object, element_id: str = "kg-data") -> str:
    """Data for the page's scripts, as a JSON script element that no ``</script>`` in a string can end.

    >>> json_script({"t": "</script>"})
    '<script type="application/json" id="kg-data">{"t": "<\\\\/script>"}</script>'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def page(title: str, body: str, *, scripts: tuple[str, ...] = ("view.js",), data: object | None = None,
         nav: str = "", data_id: str = "kg-data") -> str:
    """A complete HTML page with the view's stylesheet and the given scripts inlined.

    :param title: the page title (plain text).
    :param body: the page's HTML.
    :param scripts: names of script files of ``kg/view/assets/``.
    :param data: data for the scripts (:func:`json_script`), placed before them.
    :param data_id: the ``id`` of the data's script element.
    :param nav: HTML of a navigation bar shown on top.
    """
    inline = "\n".join(f"<script>\n{asset(s)}\n</script>" for s in scripts)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<script>{_ERRORS}</script>\n<style>\n{asset('view.css')}\n</style>\n"
            f"</head>\n<body>\n{nav}<main>\n{body}\n</main>\n"
            f"{json_script(data, data_id) if data is not None else ''}\n{inline}\n</body>\n</html>\n")


def write_text(path: Path, text: str) -> None:
    """Write a file whole: a temporary file renamed when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def file_slug(name: str, taken: set[str]) -> str:
    """A file-name-safe, unique slug for a page about ``name`` (added to ``taken``).

    >>> taken = set(); file_slug("a b.txt", taken), file_slug("a_b.txt", taken)
    ('a_b.txt', 'a_b.txt-2')
    """
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "page"
    base = base[:80]
    slug, i = base, 1
    while slug.lower() in taken:
        i += 1
        slug = f"{base}-{i}"
    taken.add(slug.lower())
    return slug


def tooltip(head: str, evidence: tuple[Evidence, ...], most: int = 4) -> str:
    """An SVG ``<title>`` text: a heading, then the first evidence spans (document, offsets, words), escaped.

    >>> tooltip("Hamas", (Evidence("a.txt", 0, 5, "Hamas"),))
    'Hamas\\na.txt [0, 5): “Hamas”'
    """
    lines = [head] + [f"{ev.where()}: “{ev.text[:160]}”" for ev in evidence[:most]]
    if len(evidence) > most:
        lines.append(f"… and {len(evidence) - most} more")
    return esc("\n".join(lines))


def evidence_items(evidence: tuple[Evidence, ...], link: Link | None = None) -> list[dict]:
    """Evidence for the pages' scripts: ``where``, ``text`` and ``href`` (the span in its document, if linked).

    >>> evidence_items((Evidence("a.txt", 0, 5, "Hamas"),))
    [{'where': 'a.txt [0, 5)', 'text': 'Hamas', 'href': None}]
    """
    return [{"where": ev.where(), "text": ev.text, "href": link(ev) if link else None} for ev in evidence]
