"""Property tests (hypothesis) over ingest and mapping: random and mutated documents never crash
the pipeline (a bad one is an InputError, nothing else), always give a graph that conforms to the
shapes, and every evidence span's quote is the document's text at its offsets."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import __version__, mapping
from kg.errors import InputError
from kg.extract import extract
from kg.ingest import parse
from kg.resolve import resolve
from kg.validate import validate_graph

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SENTENCES = [
    "Hamas leader Yahya Sinwar met Egyptian officials in Cairo on Monday.",
    "Iran's Foreign Minister Javad Zarif said that Tehran would keep supporting Hezbollah.",
    "According to Palestinian sources, Iran resumed financial aid to Hamas in May 2017.",
    "\"We will never stop,\" Hezbollah leader Hassan Nasrallah told al-Manar TV.",
    "The UN Security Council condemned the attack on Tuesday, the report said.",
    "Sinwar visited Tehran in 2018 and met Qasem Soleimani, the commander of the Quds Force.",
]
NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
ODD = st.sampled_from(["\u200b", "\ufeff", "😀", "𝔘", "e\u0301", "\t", "\r\n", "**", "- ", "# ", "> ", "---\n",
                       "\u00a0", "\u2028", "&amp;", "<b>", "…", "“", "”", "'s", " al-", "\x0c"])

@st.composite
def documents(draw) -> tuple[bytes, str, str]:
    """A document: sentences, random noise and odd characters, in a .txt, .md or .html file,
    sometimes with front matter or a date line, then mutated (cut, duplicated, spliced)."""
    parts = [draw(st.sampled_from(["", "Title of the story\n\n", "# A Markdown title\n\n"]))]
    if draw(st.booleans()):
        parts.insert(0, draw(st.sampled_from(["---\ntitle: Talks\ndate: 2020-05-04\n---\n", "---\ntitle: [x\n---\n",
                                              "---\n- a list\n---\n", "---\ndate: not a date\n---\n"])))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["May 4, 2021 10:00\n\n", "2021-05-04\n\n", "Tuesday\n\n"])))
    for _ in range(draw(st.integers(1, 8))):
        parts.append(draw(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), NOISE, ODD)))
        parts.append(draw(st.sampled_from([" ", "\n", "\n\n", ""])))
    text = "".join(parts)
    if text and draw(st.booleans()):  # a mutation: cut a span out, or repeat one
        i = draw(st.integers(0, len(text) - 1))
        j = draw(st.integers(i, min(len(text), i + 40)))
        text = text[:i] + text[j:] if draw(st.booleans()) else text[:j] + text[i:j] + text[j:]
    suffix = draw(st.sampled_from(["txt", "md", "html"]))
    if suffix == "html":
        body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
        text = f"<html><head><title>t</title><script>var x = 1;</script></head><body><article>{body}</article></body></html>"
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "cp1252"]))
    return text.encode(encoding, errors="replace" if encoding == "cp1252" else "strict"), suffix, encoding


MEDIA = {"txt": "text/plain", "md": "text/markdown", "html": "text/html"}
EVIDENCE = """SELECT ?start ?end ?exact WHERE {
  ?ev <http://www.w3.org/ns/oa#hasSelector> ?p , ?q .
  ?p <http://www.w3.org/ns/oa#start> ?start ; <http://www.w3.org/ns/oa#end> ?end .
  ?q <http://www.w3.org/ns/oa#exact> ?exact .
}"""


def _graph_of(data: bytes, suffix: str, pipeline):
    """The whole pipeline for one file, in memory: ingest, NLP, extract, resolve, map."""
    from kg import nlp

    document = parse(data, source=f"doc.{suffix}", file_name=f"doc.{suffix}", media_type=MEDIA[suffix])
    (document, parsed), = nlp.parse([document], pipeline)
    started = "2023-11-14T22:13:20Z"
    x = extract(document, parsed, extractor="property-test", run_started=started)
    resolution = resolve([x])
    run = mapping.run_iri(started, x.extractor)
    g = mapping.document_graph(x, resolution, file_names=[f"doc.{suffix}"]).graph()
    g += mapping.identity_graph(resolution, {document.sha256: run}, {document.sha256: x}).graph()
    g += mapping.runs_graph({run: (started, __version__, "model")}).graph()
    return document, g


@SETTINGS
@given(doc=documents())
def test_properties_documents_never_crash_conform_and_offsets_match(nlp, shapes_graph, compiled_shapes, doc):
    data, suffix, _ = doc
    try:
        document, g = _graph_of(data, suffix, nlp)
    except InputError as exc:  # a clear one-line refusal is fine; any other exception is a crash
        assert "\n" not in str(exc)
        return
    violations = [r for r in validate_graph(g, compiled_shapes, name="doc") if r.severity == "Violation"]
    assert violations == []
    db = ox.Store()
    db.bulk_load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    for row in db.query(EVIDENCE):
        start, end = int(row["start"].value), int(row["end"].value)
        assert 0 <= start < end <= len(document.text)
        assert document.text[start:end] == row["exact"].value


@SETTINGS
@given(data=st.binary(max_size=300), suffix=st.sampled_from(["txt", "md", "html"]))
def test_properties_random_bytes_are_a_document_or_one_input_error(nlp, data, suffix):
    try:
        document = parse(data, source=f"doc.{suffix}", file_name=f"doc.{suffix}", media_type=MEDIA[suffix])
    except InputError as exc:
        assert str(exc).startswith(f"doc.{suffix}: ") and "\n" not in str(exc)
        return
    for segment in document.segments:
        assert 0 <= segment.start <= segment.end <= len(document.text)
    for block in document.blocks:
        assert block.pos_end(len(block.text)) <= len(document.text)
