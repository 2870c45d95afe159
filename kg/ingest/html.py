"""Reading news pages saved as HTML (``.html``, ``.htm``) into a :class:`~kg.model.Document`.

The page is parsed with the standard library's :mod:`html.parser` (no network, no XML parser,
so no external entities) into a tolerant element tree: unclosed tags, stray end tags and a
missing ``<body>`` are repaired the way browsers do, roughly. Then:

* **metadata** comes from ``<meta>`` tags (Open Graph, Twitter, ``article:*``, ``itemprop``),
  JSON-LD (``NewsArticle``: headline, datePublished, publisher, author, url), ``<title>``
  (without a `` | Site Name`` suffix), ``<link rel=canonical>`` and ``<time datetime>``;
* **the article** is the largest ``<article>`` (or ``[itemprop=articleBody]``), else ``<main>``,
  else the body, without scripts, styles, navigation, site header and footer, asides, forms,
  hidden elements and elements whose class or id marks boilerplate (cookie, newsletter,
  share, related, advert, comments, breadcrumb, menu...);
* **the text** is plain: one line per block element (paragraph, heading, list item, quote,
  caption, table row), blocks separated by a blank line, ``<br>`` a line break, inline
  whitespace collapsed, entities decoded, the headline (``<h1>``) first.

That extracted text is :attr:`Document.text`: every offset kg reports is a code-point offset
into it, and the plain-text machinery (:mod:`kg.ingest.boilerplate`) finds residual
boilerplate lines and the NLP blocks in it exactly as for a ``.txt`` file.
:attr:`Document.sha256` stays the hash of the file's bytes.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from . import boilerplate
from . import text as plain
from ..clock import now_iso
from ..dates import parse_date
from ..errors import InputError
from ..model import DateValue, Document, Span

MEDIA_TYPE = "text/html"
"""Media type of the documents this module reads."""

_VOID = frozenset("area base basefont bgsound br col embed frame hr img input keygen link meta param source "
                  "track wbr".split())
_HEAD_ONLY = frozenset("title meta link base".split())
_HEAD_OK = _HEAD_ONLY | {"script", "style", "noscript", "template"}
_BLOCK = frozenset("address article aside blockquote body caption center dd details dialog dir div dl dt "
                   "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li "
                   "main menu nav ol p pre section summary table tbody tfoot thead tr ul".split())
_CLOSES_P = _BLOCK - {"body", "html", "caption", "tbody", "tfoot", "thead", "tr", "dd", "dt", "legend"}
_SCOPE = frozenset("applet caption html marquee object table td template th".split())
_DROP = frozenset("script style noscript template svg math iframe frame frameset object embed canvas audio "
                  "video map button select option textarea input nav footer aside dialog head title".split())
_CONTENT_ROLES = {"main", "article"}
_DROP_ROLES = {"navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
               "toolbar", "tablist"}
_BOILER_WORDS = frozenset("""cookie cookies consent gdpr newsletter newsletters subscribe subscription subscriptions
    subscriber signup paywall related share shares sharing sharebar sharetools social socials advert adverts
    advertisement advertisements advertising ad ads adslot adunit promo promos promotion promoted sponsor sponsored
    comment comments disqus breadcrumb breadcrumbs menu menus sidebar popup modal outbrain taboola recirc
    recirculation""".split())
_STATE_WORDS = {"has", "is", "with", "no", "without"}
_SITE_IDS = {"header", "site-header", "masthead", "footer", "site-footer", "navbar", "topbar", "top-bar"}
_ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " • ", " » ", " « ", " / ")
_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)"
                      rb"|<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.I)
_CODEC_ALIASES = {  # WHATWG Encoding Standard: these labels mean a superset
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "iso_8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "windows-1252": "cp1252", "cp1252": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "iso-8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gbk", "gb_2312-80": "gbk", "euc-kr": "cp949", "shift_jis": "cp932", "x-sjis": "cp932",
    "sjis": "cp932",
}


# --- decoding ----------------------------------------------------------------------------------

def decode(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decode a page's bytes: byte-order mark, else UTF-8, else the charset the page declares
    (``<meta charset>``, ``http-equiv`` content type, XML declaration), else Windows-1252.

    :param data: the file's bytes.
    :param source: the file's name, for messages.
    :returns: the text, the codec used, and notes (a fallback encoding).
    :raises InputError: binary content.

    >>> decode('<meta charset="iso-8859-1"><p>Caf\\xe9</p>'.encode("latin-1"), "a.html")[:2]
    ('<meta charset="iso-8859-1"><p>Café</p>', 'cp1252')
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), codec, []
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        position = exc.start
    m = _CHARSET.search(data[:65536])
    if m:
        label = (m.group(1) or m.group(2)).decode("ascii").lower()
        codec = _CODEC_ALIASES.get(label, label)
        try:
            name = codecs.lookup(codec).name
            if not name.startswith(("utf-16", "utf-32", "utf-8")):
                return (data.decode(codec), codec,
                        [f"{source}: not valid UTF-8 (byte {position}); decoded as {codec} (declared {label})"])
        except (LookupError, UnicodeDecodeError):
            pass
    return plain.decode(data, source)


# --- a tolerant element tree -------------------------------------------------------------------

class _Node:
    __slots__ = ("tag", "attrs", "children", "parent", "size", "inside", "gone")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None) -> None:
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent
        self.size, self.inside, self.gone = 0, False, False


class _TreeBuilder(HTMLParser):
    """Builds a :class:`_Node` tree from tag soup, never raising."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {}, None)
        self.stack = [self.root]
        self.html: _Node | None = None
        self.head: _Node | None = None
        self.body: _Node | None = None
        self.closing = False
        self.open: dict[str, int] = {}  # open elements by tag, so searches of a deep stack are rare

    # -- helpers
    def _push(self, tag: str, attrs: dict[str, str]) -> _Node:
        node = _Node(tag, attrs, self.stack[-1])
        self.stack[-1].children.append(node)
        self.stack.append(node)
        self.open[tag] = self.open.get(tag, 0) + 1
        return node

    def _pop_to(self, index: int) -> None:
        for node in self.stack[index:]:
            self.open[node.tag] -= 1
        del self.stack[index:]

    def _find(self, tags: set[str] | frozenset[str], stop: set[str] | frozenset[str]) -> int:
        """Index of the nearest open element in ``tags``, not crossing one in ``stop``; -1 if none."""
        if not any(self.open.get(tag) for tag in tags):
            return -1
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in tags:
                return i
            if tag in stop:
                return -1
        return -1

    def _leave_head(self) -> None:
        i = self._find({"head"}, set())
        if i > 0:
            self._pop_to(i)

    # -- HTMLParser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in reversed(attrs)}
        if tag == "html":
            if self.html is None and len(self.stack) == 1:
                self.html = self._push(tag, values)
            return
        if tag == "head":
            if self.head is None and self.body is None:
                self.head = self._push(tag, values)
            return
        if tag == "body":
            if self.body is None:
                self._leave_head()
                self.body = self._push(tag, values)
            return
        if tag not in _HEAD_OK:
            self._leave_head()
        if tag in _CLOSES_P:
            i = self._find({"p"}, _SCOPE | {"button"})
            if i > 0:
                self._pop_to(i)
        if tag == "li":
            i = self._find({"li"}, _SCOPE | {"ul", "ol", "menu"})
            if i > 0:
                self._pop_to(i)
        elif tag in ("dt", "dd"):
            i = self._find({"dt", "dd"}, _SCOPE | {"dl"})
            if i > 0:
                self._pop_to(i)
        elif tag == "tr":
            i = self._find({"tr", "td", "th"}, {"table", "html", "template"})
            if i > 0:
                self._pop_to(i)
        elif tag in ("td", "th"):
            i = self._find({"td", "th"}, {"tr", "table", "html", "template"})
            if i > 0:
                self._pop_to(i)
        elif tag in ("option", "optgroup"):
            i = self._find({"option"}, {"select", "datalist"})
            if i > 0:
                self._pop_to(i)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.stack[-1].tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._pop_to(len(self.stack) - 1)
        elif tag == "a":
            i = self._find({"a"}, _SCOPE)
            if i > 0:
                self._pop_to(i)
        self._push(tag, values)
        if tag in _VOID:
            self._pop_to(len(self.stack) - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        top = self.stack[-1]
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag not in ("html", "head", "body") and self.stack[-1] is not top \
                and self.stack[-1].tag == tag:
            self._pop_to(len(self.stack) - 1)  # <div/>: an empty element

    def handle_endtag(self, tag: str) -> None:
        if tag in ("html", "body"):
            return  # content after </body> still belongs to the body
        if tag == "br":
            self.handle_starttag("br", [])
            return
        if tag in _VOID:
            return
        if tag == "head":
            self._leave_head()
            return
        if tag in _BLOCK or tag in _SCOPE or tag in ("li", "td", "th", "tr", "dd", "dt", "button"):
            i = self._find({tag}, _SCOPE - {tag})
        else:  # inline elements do not close across block elements
            i = self._find({tag}, _BLOCK | _SCOPE)
        if i > 0:
            self._pop_to(i)

    def handle_data(self, data: str) -> None:
        if self.head is not None and self.stack[-1] is self.head and data.strip():
            self._leave_head()
        self.stack[-1].children.append(data)

    def parse_comment(self, i: int, report: int = 1) -> int:
        """A comment; an unclosed one at the end of the page runs to the end (as in browsers)."""
        end = super().parse_comment(i, report)
        if end < 0 and self.closing:
            self.handle_comment(self.rawdata[i + 4:])
            return len(self.rawdata)
        return end

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![CDATA[...]]>`` and ``<![if ...]>``: skipped, never an error."""
        j = self.rawdata.find("]>", i + 3)
        return -1 if j < 0 else j + 2


def _parse(html_text: str) -> _TreeBuilder:
    builder = _TreeBuilder()
    try:
        builder.feed(html_text)
        builder.closing = True
        builder.close()
    except Exception:  # noqa: BLE001 - tag soup must never crash ingest; keep what was parsed
        pass
    return builder


def _preorder(root: _Node) -> list[_Node]:
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in reversed(node.children) if isinstance(c, _Node))
    return out


def _clean(text: str) -> str:
    """Collapse whitespace, drop invisible characters."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def _node_text(node: _Node) -> str:
    parts, stack = [], [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
        elif item.tag not in ("script", "style", "template", "svg"):
            if item.tag in _BLOCK or item.tag == "br":
                parts.append(" ")
            stack.extend(reversed(item.children))
    return _clean("".join(parts))


# --- what to keep ------------------------------------------------------------------------------

def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[^a-z]+", re.sub(r"([a-z])([A-Z])", r"\1-\2", name).lower()) if w]


def _boilerplate_name(node: _Node) -> bool:
    """The element's class or id marks site boilerplate (cookie banner, share bar, related...)."""
    for name in (node.attrs.get("class", "").split() + node.attrs.get("id", "").split()):
        words = _words(name)
        if not words or words[0] in _STATE_WORDS:
            continue
        if any(w in _BOILER_WORDS for w in words):
            return True
        if not node.inside and name.lower() in _SITE_IDS:
            return True
    return False


def _is_content(node: _Node) -> bool:
    a = node.attrs
    return (node.tag in ("article", "main") or "articlebody" in a.get("itemprop", "").lower().split()
            or a.get("role", "").lower() in _CONTENT_ROLES)


def _hidden(node: _Node) -> bool:
    a = node.attrs
    style = a.get("style", "").replace(" ", "").lower()
    return ("hidden" in a or a.get("aria-hidden", "").lower() == "true"
            or "display:none" in style or "visibility:hidden" in style)


def _hard_drop(node: _Node) -> bool:
    """Elements that are never article text, whatever they contain."""
    if node.tag in _DROP or _hidden(node):
        return True
    role = node.attrs.get("role", "").lower()
    return role in _DROP_ROLES or (role == "banner" and not node.inside)


def _soft_drop(node: _Node) -> bool:
    """Elements that are boilerplate unless they hold most of the page's text (a wrapper)."""
    if node.tag in ("html", "body", "main"):
        return False
    return node.tag == "form" or (node.tag == "header" and not node.inside) or _boilerplate_name(node)


def _annotate(root: _Node) -> list[_Node]:
    """Mark each node: inside the article, dropped, and its amount of kept text."""
    order = _preorder(root)
    for node in order:
        parent = node.parent
        node.inside = bool(parent and (parent.inside or _is_content(parent)))
        node.gone = bool(parent and parent.gone) or _hard_drop(node)
    for node in reversed(order):
        if node.gone:
            node.size = 0
            continue
        node.size = sum(len(c.strip()) if isinstance(c, str) else c.size for c in node.children)
    return order


def _choose_root(order: list[_Node], body: _Node) -> _Node:
    """The element holding the article: the largest article, else main, else the body."""
    articles = [n for n in order if not n.gone and n.size and
                (n.tag == "article" or n.attrs.get("role", "").lower() == "article"
                 or "articlebody" in n.attrs.get("itemprop", "").lower().split())]
    if articles:
        best = max(articles, key=lambda n: n.size)  # first of equals: the outer one
        if best.size * 4 >= body.size or best.size >= 1000:
            return best
    mains = [n for n in order if not n.gone and n.size and
             (n.tag == "main" or n.attrs.get("role", "").lower() == "main")]
    if mains:
        return max(mains, key=lambda n: n.size)
    return body


# --- rendering ---------------------------------------------------------------------------------

class _Renderer:
    """Plain text of a subtree: blocks separated by blank lines, ``<br>`` a line break."""

    def __init__(self, total: int, skip: set[int]) -> None:
        self.total, self.skip = total, skip
        self.blocks: list[str] = []
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.cell = False  # the current table row has text: the next cell needs a separator

    def line(self) -> None:
        text = _clean("".join(self.parts))
        self.parts.clear()
        self.cell = False
        if text:
            self.lines.append(text)

    def block(self) -> None:
        self.line()
        if self.lines:
            self.blocks.append("\n".join(self.lines))
            self.lines.clear()

    def dropped(self, node: _Node) -> bool:
        if node.gone or id(node) in self.skip:
            return True
        return _soft_drop(node) and not (self.total and node.size * 2 >= self.total)

    def render(self, root: _Node) -> list[str]:
        stack: list[object] = [root]
        pre = 0
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                if pre:
                    pieces = re.split(r"\r\n|\r|\n", item)
                    for i, piece in enumerate(pieces):
                        if i:
                            self.line()
                        self.parts.append(piece)
                else:
                    self.parts.append(item)
                self.cell = self.cell or bool(item.strip())
                continue
            if isinstance(item, tuple):  # leaving an element
                if item[1] == "pre":
                    pre -= 1
                self.block()
                continue
            node: _Node = item  # type: ignore[assignment]
            if node is not root and self.dropped(node):
                continue
            tag = node.tag
            if tag == "br":
                self.line()
            elif tag in ("td", "th") and self.cell:
                self.parts.append(" | ")
                self.cell = False
            elif tag == "hr":
                self.block()
            if tag in _BLOCK:
                self.block()
                stack.append(("end", tag))
                if tag == "pre":
                    pre += 1
            stack.extend(reversed(node.children))
        self.block()
        return self.blocks


# --- metadata ----------------------------------------------------------------------------------

@dataclass
class _Meta:
    meta: dict[str, str]
    title: str | None
    canonical: str | None
    ld: list[dict]
    ld_ids: dict[str, dict]
    items: dict[str, str]


def _ld_objects(raw: str) -> list[dict]:
    """Every JSON object in a JSON-LD script (``@graph`` and nesting included)."""
    raw = raw.strip()
    raw = re.sub(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)", "", raw)
    raw = re.sub(r"(?://\s*)?(?:-->|\]\]>)\s*$", "", raw)
    try:
        data = json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        return []
    out, stack = [], [data]
    while stack and len(out) < 10000:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            stack.extend(v for v in reversed(list(item.values())) if isinstance(v, (dict, list)))
    return out


def _collect(order: list[_Node]) -> _Meta:
    meta: dict[str, str] = {}
    items: dict[str, str] = {}
    title = canonical = None
    ld: list[dict] = []
    for node in order:
        a = node.attrs
        if node.tag == "meta":
            content = a.get("content")
            if content is None:
                continue
            for key in ("property", "name", "itemprop", "http-equiv"):
                if a.get(key):
                    meta.setdefault(a[key].strip().lower(), content)
        elif node.tag == "title" and title is None and not any(
                p.tag in ("svg", "math") for p in _ancestors(node)):
            title = _node_text(node) or None
        elif node.tag == "link" and "canonical" in a.get("rel", "").lower().split() and canonical is None:
            canonical = a.get("href")
        elif node.tag == "script" and a.get("type", "").strip().lower() in ("application/ld+json", "application/json+ld"):
            ld.extend(_ld_objects("".join(c for c in node.children if isinstance(c, str))))
        if a.get("itemprop") and node.tag != "meta":
            for prop in a["itemprop"].lower().split():
                if prop in items:
                    continue
                if prop in ("author", "publisher") and "itemscope" in a:
                    name = next((n for n in _preorder(node)[1:] if "name" in n.attrs.get("itemprop", "").lower().split()),
                                None)
                    value = (name.attrs.get("content") or _node_text(name)) if name else None
                else:
                    value = a.get("datetime") or a.get("content") or _node_text(node)
                if value:
                    items[prop] = value
    ids = {o["@id"]: o for o in ld if isinstance(o.get("@id"), str) and len(o) > 1}
    return _Meta(meta, title, canonical, ld, ids, items)


def _ancestors(node: _Node) -> list[_Node]:
    out, parent = [], node.parent
    while parent is not None:
        out.append(parent)
        parent = parent.parent
    return out


def _types(obj: dict) -> list[str]:
    t = obj.get("@type", [])
    return [str(x).rsplit("/", 1)[-1] for x in (t if isinstance(t, list) else [t])]


def _ld_article(m: _Meta) -> dict:
    ranked = [(0 if any(t.endswith("NewsArticle") for t in _types(o)) else 1, i, o) for i, o in enumerate(m.ld)
              if any(t.endswith(_ARTICLE_TYPES) for t in _types(o))]
    return min(ranked, key=lambda r: r[:2])[2] if ranked else {}


def _ld_text(value: object, ids: dict[str, dict], *, join: bool = False, key: str = "name") -> str | None:
    """A JSON-LD value as text: a string, an object's ``key`` (resolving ``@id``), or a list."""
    if isinstance(value, list):
        names = [n for n in (_ld_text(v, ids, key=key) for v in value) if n]
        names = list(dict.fromkeys(names))
        return (", ".join(names) if join else names[0]) if names else None
    if isinstance(value, dict):
        if key not in value and isinstance(value.get("@id"), str) and value["@id"] in ids:
            value = ids[value["@id"]]
        value = value.get(key)
        if isinstance(value, (list, dict)):
            return _ld_text(value, ids, join=join, key=key)
    if value is None or isinstance(value, bool):
        return None
    return _clean(unescape(str(value))) or None


def _strip_site(title: str | None, sites: list[str]) -> str | None:
    """Drop a `` | Site Name`` suffix (or ``Site Name | `` prefix) from a page title."""
    if not title:
        return None
    for site in sites:
        s = site.casefold()
        for sep in _TITLE_SEPARATORS:
            if title.casefold().endswith(sep + s) and len(title) > len(sep + s):
                return title[:-len(sep + site)].strip()
            if title.casefold().startswith(s + sep) and len(title) > len(s + sep):
                return title[len(site + sep):].strip()
    return title


def _url(*candidates: str | None) -> str | None:
    for value in candidates:
        value = (value or "").strip()
        if re.match(r"(?i)https?://[^\s<>\"]+$", value):
            return value
    return None


def _first_date(*candidates: str | None) -> DateValue | None:
    for value in candidates:
        if value and value.strip():
            found = parse_date(value.strip())
            if found:
                return found
    return None


def _first(*candidates: str | None) -> str | None:
    for value in candidates:
        if value and _clean(value):
            return _clean(value)
    return None


# --- the page ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    """What :func:`extract` finds in a page."""

    text: str
    """The article as plain text (the document's text)."""
    title: str | None = None
    """The headline: the article's ``<h1>``, else the metadata title."""
    title_span: Span | None = None
    """Where the headline is in :attr:`text` (its first line), when it is there."""
    published: DateValue | None = None
    """Publication date from the metadata or the article's ``<time>``."""
    publisher: str | None = None
    """The site or publisher name."""
    author: str | None = None
    """Author name(s)."""
    url: str | None = None
    """The article's URL (absolute http(s) only)."""


def extract(html_text: str) -> Page:
    """Extract the article text and metadata from a page's markup (already decoded).

    :param html_text: the page as a string.
    :returns: the plain text and what the metadata says; the text is empty when the page has
        no article text.

    >>> p = extract('<html><head><meta property="og:site_name" content="Daily Example">'
    ...             '<title>Talks resume | Daily Example</title></head><body><nav>Home</nav>'
    ...             '<article><h1>Talks resume</h1><p>Rain &amp; wind&nbsp;delayed them.</p></article>')
    >>> p.text
    'Talks resume\\n\\nRain & wind delayed them.\\n'
    >>> p.title, p.title_span, p.publisher
    ('Talks resume', Span(start=0, end=12), 'Daily Example')
    """
    builder = _parse(html_text)
    order = _annotate(builder.root)
    body = builder.body if builder.body is not None and builder.body.size else builder.root
    m = _collect(order)
    article = _ld_article(m)
    ids = m.ld_ids
    g = m.meta.get

    publisher = _first(_ld_text(article.get("publisher"), ids), g("og:site_name"), g("application-name"),
                       m.items.get("publisher"))
    sites = [s for s in (publisher, g("og:site_name"), g("application-name")) if s]
    meta_title = _first(*(_strip_site(_clean(unescape(t)) if t else None, sites) for t in (
        _ld_text(article.get("headline"), ids), g("og:title"), g("twitter:title"), m.items.get("headline"),
        m.title, _ld_text(article.get("name"), ids))))

    root = _choose_root(order, body)
    skip: set[int] = set()
    heading = _headline(order, root, meta_title, sites)
    blocks: list[str] = []
    if heading is not None and _node_text(heading):
        blocks.append(_node_text(heading))
        skip.add(id(heading))
    else:
        heading = None
    blocks += _Renderer(root.size, skip).render(root)
    text = "\n\n".join(blocks) + "\n" if blocks and any(b.strip() for b in blocks) else ""

    times = [n for n in _preorder(root) if n.tag == "time" and n.attrs.get("datetime")]
    times.sort(key=lambda n: "pubdate" not in n.attrs and "datepublished" not in n.attrs.get("itemprop", "").lower())
    published = _first_date(
        _ld_text(article.get("datePublished"), ids), g("article:published_time"), g("og:article:published_time"),
        g("datepublished"), m.items.get("datepublished"), g("pubdate"), g("publishdate"), g("publish-date"),
        g("dc.date.issued"), g("dcterms.date"), g("dc.date"), g("date"), g("sailthru.date"), g("parsely-pub-date"),
        _ld_text(article.get("dateCreated"), ids), *(t.attrs["datetime"] for t in times[:1]))
    author = _first(_ld_text(article.get("author"), ids, join=True), g("author"),
                    *(v for v in (g("article:author"),) if v and not re.match(r"(?i)https?://", v.strip())),
                    m.items.get("author"))
    url = _url(g("og:url"), m.canonical, _ld_text(article.get("url"), ids),
               _ld_text(article.get("mainEntityOfPage"), ids, key="@id"))

    if heading is not None and blocks[0]:
        title, span = blocks[0], Span(0, len(blocks[0]))
    else:
        title, span = meta_title, None
        if title and text.startswith(title + "\n"):
            span = Span(0, len(title))
    return Page(text=text, title=title, title_span=span, published=published, publisher=publisher,
                author=author, url=url)


def _headline(order: list[_Node], root: _Node, meta_title: str | None, sites: list[str]) -> _Node | None:
    """The ``<h1>`` to put first: the article's own, else the page's one matching the title."""
    inside = [n for n in _preorder(root) if n.tag == "h1" and not n.gone and n.size and
              not any(p is not root and _soft_drop(p) for p in _ancestors(n)[:_depth(n, root)])]
    if inside:
        return inside[0]
    folded_sites = {s.casefold() for s in sites}
    page = [n for n in order if n.tag == "h1" and not n.gone and n.size and
            _node_text(n).casefold() not in folded_sites]
    if not page:
        return None
    if meta_title:
        for n in page:
            if _node_text(n).casefold() == meta_title.casefold():
                return n
    return page[0] if len(page) == 1 else None


def _depth(node: _Node, root: _Node) -> int:
    """Number of ancestors of ``node`` below ``root``."""
    depth, parent = 0, node.parent
    while parent is not None and parent is not root:
        depth, parent = depth + 1, parent.parent
    return depth


def parse_html(data: bytes, *, source: str, file_name: str) -> Document:
    """Turn an HTML page's bytes into a :class:`~kg.model.Document` whose text is the article.

    :param data: the file's bytes (the document's SHA-256 is theirs).
    :param source: the path, for messages and provenance.
    :param file_name: the file's base name.
    :returns: the document, with segments and NLP blocks over the extracted text.
    :raises InputError: an empty or binary file, or a page without article text.

    >>> page = b'''<!doctype html><html><head><meta charset="utf-8">
    ... <meta property="article:published_time" content="2019-07-22T10:15:00+03:00">
    ... <meta property="og:site_name" content="Example News"></head><body>
    ... <div class="cookie-banner">We use cookies. Accept all cookies</div>
    ... <article><h1>Iran and Hamas meet in Tehran</h1>
    ... <p>Officials from Iran met a Hamas delegation in Tehran on Monday, state media said.</p>
    ... </article></body></html>'''
    >>> d = parse_html(page, source="a.html", file_name="a.html")
    >>> d.text
    'Iran and Hamas meet in Tehran\\n\\nOfficials from Iran met a Hamas delegation in Tehran on Monday, state media said.\\n'
    >>> d.title, d.published.value, d.publisher, d.media_type
    ('Iran and Hamas meet in Tehran', '2019-07-22T10:15:00', 'Example News', 'text/html')
    >>> d.text[d.blocks[1].start:][:4]
    'Offi'
    """
    if not data.strip():
        raise InputError(f"{source}: empty file")
    markup, encoding, notes = decode(data, source)
    page = extract(markup)
    text = page.text
    if not text.strip():
        raise InputError(f"{source}: no article text found in HTML")
    lines = boilerplate.split_lines(text)
    kinds = boilerplate.classify(text, lines)
    title, title_span = page.title, page.title_span
    if not title:
        title, title_span = plain.title({}, text, lines, kinds)
    segments = boilerplate.segments(text, lines, kinds, None)
    return Document(
        source=source, file_name=file_name, sha256=hashlib.sha256(data).hexdigest(), text=text,
        media_type=MEDIA_TYPE, encoding=encoding, title=title, title_span=title_span,
        published=page.published or plain.date_line(text, lines, kinds), publisher=page.publisher,
        author=page.author, url=page.url, segments=segments, blocks=boilerplate.blocks(text, segments),
        ingested_at=now_iso(), notes=tuple(notes),
    )
