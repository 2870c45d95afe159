"""Stage 1 for HTML pages: article text, metadata from meta tags and JSON-LD, exact offsets."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from kg import Store, build, query
from kg.errors import InputError
from kg.ingest import discover, read

DATA = Path(__file__).resolve().parent / "data" / "html"


def page(body: str, head: str = "") -> str:
    """A small page around some body markup."""
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def content_text(doc) -> str:
    return "".join(doc.text[s.start:s.end] for s in doc.segments if s.kind == "content")


@pytest.mark.parametrize("name,title,published,publisher,author,url", [
    ("meta_tags.html", "Coastal council approves flood barrier after storm", "2019-07-22T10:15:00",
     "The Harbour Gazette", "Mara Lindqvist", "https://gazette.example.org/news/2019/07/flood-barrier"),
    ("json_ld.html", "Strike called off after pay deal agreed", "2021-03-03T08:30:00", "Northern Wire",
     "Jonas Okafor, Ines Duarte", "https://news.example.com/business/strike-called-off"),
    ("latin1.html", "Café owners protest new terrace rules", "2018-01-11", "Le Petit Écho", None, None),
    ("malformed.html", "Bridge reopens after six months", None, "Valley Courier", None, None),
])
def test_ingest_html_metadata_from_meta_tags_and_json_ld(name, title, published, publisher, author, url):
    doc = read(DATA / name)
    assert doc.media_type == "text/html"
    assert doc.title == title and doc.text.startswith(title + "\n\n")
    assert doc.title_span is not None and doc.text[doc.title_span.start:doc.title_span.end] == title
    assert (doc.published.value if doc.published else None) == published
    assert (doc.publisher, doc.author, doc.url) == (publisher, author, url)
    assert doc.sha256 == hashlib.sha256((DATA / name).read_bytes()).hexdigest()


@pytest.mark.parametrize("head,expected", [
    ('<title>Talks resume in Geneva | Daily Example</title><meta property="og:site_name" content="Daily Example">',
     ("Talks resume in Geneva", None, "Daily Example")),
    ('<title>Daily Example - Talks resume in Geneva</title><meta name="application-name" content="Daily Example">'
     '<meta itemprop="datePublished" content="2020-02-01">', ("Talks resume in Geneva", "2020-02-01", "Daily Example")),
    ('<meta name="twitter:title" content="Talks resume in Geneva">'
     '<meta property="og:article:published_time" content="2020-02-01T09:00:00Z">',
     ("Talks resume in Geneva", "2020-02-01T09:00:00", None)),
    ('<script type="application/ld+json">{"@type": ["NewsArticle"], "headline": "Talks resume in Geneva &#8211; again",'
     ' "datePublished": "2020-02-01", "publisher": {"@type": "Organization", "name": "Wire &amp; Co"}}</script>',
     ("Talks resume in Geneva – again", "2020-02-01", "Wire & Co")),
])
def test_ingest_html_metadata_without_h1(write_doc, head, expected):
    body = "<article><p>Delegates met in Geneva on Monday and agreed to resume the talks next week.</p></article>"
    doc = read(write_doc("a.html", page(body, head)))
    assert (doc.title, doc.published.value if doc.published else None, doc.publisher) == expected


@pytest.mark.parametrize("body,published", [
    ('<article><h1>Talks</h1><p>By Jo Bloggs <time datetime="2020-05-04T07:00:00+01:00">4 May</time></p>'
     "<p>Delegates met in Geneva on Monday and agreed to resume the talks.</p></article>", "2020-05-04T07:00:00"),
    ("<article><h1>Talks</h1><p>May 30, 2017 09:45</p>"
     "<p>Delegates met in Geneva on Monday and agreed to resume the talks.</p></article>", "2017-05-30T09:45:00"),
])
def test_ingest_html_date_from_time_element_or_date_line(write_doc, body, published):
    assert read(write_doc("a.html", page(body))).published.value == published


@pytest.mark.parametrize("name,gone,kept", [
    ("meta_tags.html",
     ["cookies", "Accept all", "Sport", "Search", "Home", "Share on Facebook", "Tweet", "newsletter", "morning briefing",
      "Storm floods old town", "Most read", "All rights reserved", "Privacy policy", "JavaScript", "dataLayer",
      "not text", "font-family", "Floods", "Great news at last", "querySelectorAll", "Comments"],
     ["Tomas Brennan", "Priya Nair", "Ewan Doyle", "Port Ellery", "Local politics"]),
    ("json_ld.html", ["Front page", "Download our app", "Follow us", "3 min read", "not valid json", "@graph"],
     ["Lena Hartmann", "Pennine Trains", "Passenger groups"]),
])
def test_ingest_html_scripts_styles_nav_cookie_banners_removed(name, gone, kept):
    doc = read(DATA / name)
    for word in gone:
        assert word not in doc.text, word
    for word in kept:
        assert word in content_text(doc), word


@pytest.mark.parametrize("body,expected", [
    ("<p>Homes &amp; businesses were flooded overnight.</p>", "Homes & businesses were flooded overnight."),
    ("<p>The council&#8217;s leader spoke.</p>", "The council’s leader spoke."),
    ("<p>It cost&nbsp;&pound;40&#x20AC; in&nbsp;&nbsp;  total.</p>", "It cost £40€ in total."),
    ("<p>&ldquo;Never,&rdquo; he said &mdash; &quot;never&quot;.</p>", "“Never,” he said — \"never\"."),
    ("<p>Soft&shy;hyphen and zero&#8203;width</p>", "Softhyphen and zerowidth"),
])
def test_ingest_html_entities_decoded_and_whitespace_collapsed(write_doc, body, expected):
    doc = read(write_doc("a.html", page(body)))
    assert doc.text == expected + "\n"


@pytest.mark.parametrize("name,words", [
    ("meta_tags.html", ["Port Ellery", "Tomas Brennan", "Priya Nair", "Environment Agency’s", "Ewan Doyle", "£40"]),
    ("json_ld.html", ["Northern Rail Union", "Lena Hartmann", "Leeds", "Pennine Trains", "“a fair settlement”"]),
    ("latin1.html", ["Saint-Étienne", "Hélène Garnier", "René Baptiste", "«protect pedestrians»"]),
    ("malformed.html", ["Old Mill", "Carrow", "Dana Whitfield", "Fennick"]),
])
def test_ingest_html_offsets_index_the_extracted_text(name, words):
    doc = read(DATA / name)
    assert doc.segments[0].start == 0 and doc.segments[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(doc.segments, doc.segments[1:]))
    for block in doc.blocks:
        original = doc.text[block.start:block.start + len(block.text)]
        assert len(original) == len(block.text)
        assert all(c == o or c == " " for c, o in zip(block.text, original))
    for word in words:
        start = doc.text.index(word)
        assert doc.text[start:start + len(word)] == word
        block = next(b for b in doc.blocks if b.start <= start < b.start + len(b.text))
        assert block.text[start - block.start:][:len(word)] == word, word


@pytest.mark.parametrize("text", [
    "<article><h1>Ferry strike ends</h1><p>3 minute read</p>"
    "<p>The ferry operator and the union agreed a new contract on Friday after a strike that stopped all crossings "
    "to the islands for eleven days, the transport minister said in a statement.</p>"
    "<h2>Related Content</h2><p>Island shops run short of bread</p><p>Union calls ferry strike</p></article>",
])
def test_ingest_html_residual_boilerplate_lines_are_recognized(write_doc, text):
    doc = read(write_doc("a.html", page(text)))
    content = content_text(doc)
    assert "ferry operator" in content and doc.title == "Ferry strike ends"
    for gone in ("3 minute read", "Related Content", "Island shops", "Union calls"):
        assert gone in doc.text and gone not in content, gone
        start = doc.text.index(gone)
        assert not any(b.start <= start < b.start + len(b.text) and b.text[start - b.start] != " " for b in doc.blocks)


@pytest.mark.parametrize("body,first", [
    ('<article><p class="kicker">World</p><h1>Ceasefire holds</h1><p>The ceasefire held overnight.</p></article>',
     "Ceasefire holds"),
    ('<header><h1>Ceasefire holds</h1></header><div itemprop="articleBody"><p>The ceasefire held overnight in the '
     "border region, officials said.</p></div>", "Ceasefire holds"),
    ("<div><h2>Ceasefire holds</h2><p>The ceasefire held.</p></div>", "Ceasefire holds"),
])
def test_ingest_html_headline_is_the_first_line(write_doc, body, first):
    doc = read(write_doc("a.html", page(body)))
    assert doc.text.split("\n\n")[0] == first and doc.title == first


@pytest.mark.parametrize("body,expected", [
    ("<p>Line one<br>line two</p><ul><li>First<li>Second</ul>", "Line one\nline two\n\nFirst\n\nSecond\n"),
    ("<table><tr><td>Open<td>Friday<tr><th>Closed</th><td></td><td>May</table>", "Open | Friday\n\nClosed | May\n"),
    ("<div>Intro <b>bold</b><p>Para</p>tail</div><blockquote><p>Quote</p></blockquote>",
     "Intro bold\n\nPara\n\ntail\n\nQuote\n"),
    ("<pre>a  b\nc</pre>", "a b\nc\n"),
])
def test_ingest_html_blocks_become_lines(write_doc, body, expected):
    assert read(write_doc("a.html", page(body))).text == expected


@pytest.mark.parametrize("prefix,encoding", [
    ('<meta charset="iso-8859-1">', "cp1252"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252"),
    ("<meta charset=latin1>", "cp1252"),
    ("", "cp1252"),
])
def test_ingest_html_latin1_page_with_charset(write_doc, prefix, encoding):
    markup = f"<html><head>{prefix}</head><body><p>Café owners in Saint-Étienne met the mayor — twice.</p></body></html>"
    doc = read(write_doc("latin.html", markup.encode("cp1252")))
    assert doc.text == "Café owners in Saint-Étienne met the mayor — twice.\n"
    assert doc.encoding == encoding and doc.notes and "not valid UTF-8" in doc.notes[0]


@pytest.mark.parametrize("data", ["\ufeff<p>Café in Zürich</p>".encode("utf-8"), "\ufeff<p>Café in Zürich</p>".encode("utf-16")])
def test_ingest_html_byte_order_mark(write_doc, data):
    doc = read(write_doc("bom.html", data))
    assert doc.text == "Café in Zürich\n" and not doc.notes


@pytest.mark.parametrize("markup,expected,hidden", [
    ("<p>Unclosed paragraph<p>another <b>bold <i>text", "Unclosed paragraph\n\nanother bold text\n", None),
    ("</div></div><p>Stray end tags</span> do not matter</p></div>", "Stray end tags do not matter\n", None),
    ("Just text, no tags at all.", "Just text, no tags at all.\n", None),
    ("<title>Page</title><p>No html, head or body elements.", "No html, head or body elements.\n", None),
    ("<p>Before</p><!-- an unclosed comment <p>secret", "Before\n", "secret"),
    ("<p>Word soup <![if !supportLists]>list<![endif]> and <![CDATA[x]]> more</p>", "Word soup list and more\n", None),
    ("<p class='unterminated>Text after a broken attribute</p><p>Second paragraph</p>", None, None),
    ("<p>a < b and <3 hearts &bogus; &#99999999; end</p>", "a < b and <3 hearts &bogus; \ufffd end\n", None),
    ("<script>var x = '<p>not</p>';", None, None),
    ("<div style='display:none'>hidden</div><p aria-hidden='true'>icon</p><p hidden>gone</p><p>Shown</p>",
     "Shown\n", "hidden"),
])
def test_ingest_html_malformed_never_crashes(write_doc, markup, expected, hidden):
    path = write_doc("bad.html", markup)
    try:
        doc = read(path)
    except InputError as exc:
        assert "no article text found in HTML" in str(exc) and expected is None
        return
    if expected is not None:
        assert doc.text == expected
    if hidden:
        assert hidden not in doc.text


@pytest.mark.parametrize("content,message", [
    ((DATA / "no_text.html").read_bytes(), "no article text found in HTML"),
    (b"<html><head><title>Only a title</title></head><body>  </body></html>", "no article text found in HTML"),
    (b"<nav><a href='/'>Home</a></nav><footer>(c) 2020</footer>", "no article text found in HTML"),
    (b"", "empty file"),
    (b"\x00\x01<p>binary</p>", "binary file"),
])
def test_ingest_html_no_text_is_one_clear_error(write_doc, content, message):
    path = write_doc("empty.html", content)
    with pytest.raises(InputError) as err:
        read(path)
    assert message in str(err.value) and str(path) in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("repeat", [20000])
def test_ingest_html_huge_page(write_doc, repeat):
    para = "<p>The minister said on Tuesday that talks with the rebels would resume in Geneva next month.</p>\n"
    markup = "<html><body><article><h1>Talks</h1>" + para * repeat + "<div>" * 5000 + "deep</article>"
    doc = read(write_doc("big.html", markup))
    assert doc.text.count("Geneva") == repeat and doc.text.endswith("deep\n")


@pytest.mark.parametrize("names", [["a.html", "b.HTM", "c.txt", "d.xhtml"]])
def test_ingest_html_discover_reads_html_and_htm(write_doc, names):
    paths = [write_doc(n, page("<p>Text</p>")) for n in names]
    assert [p.name for p in discover([paths[0].parent])] == ["a.html", "b.HTM", "c.txt"]
    assert read(paths[1]).media_type == "text/html" and read(paths[2]).media_type == "text/plain"


@pytest.mark.parametrize("names", [["meta_tags.html", "json_ld.html"]])
def test_ingest_html_build_end_to_end(tmp_path, frozen_clock, names):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in names:
        shutil.copy(DATA / name, folder / name)
    store = Store(tmp_path / "s")
    report = build([folder], store=store)
    assert not report.failed
    rows = {str(r[0].value): tuple(None if v is None else v.value for v in r[1:])
            for r in query("documents", store=store).rows}
    assert rows["meta_tags.html"][:2] == ("Coastal council approves flood barrier after storm", "The Harbour Gazette")
    assert rows["meta_tags.html"][2].startswith("2019-07-22")
    assert rows["json_ld.html"][:2] == ("Strike called off after pay deal agreed", "Northern Wire")
    assert rows["json_ld.html"][2].startswith("2021-03-03")
    quotes = query("evidence", store=store).rows
    assert any(str(r[-1].value) == "Tomas Brennan" for r in quotes)
