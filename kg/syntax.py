"""Syntax errors in SPARQL and RDF files, said in one line with their line and column, and XML
files checked for external entities before any parser reads them.

pyoxigraph, rdflib and the XML parser each report positions their own way (``error at 3:17``,
``between line 2 column 11 and ...``, ``file.rdf:4:2``, ``at line 3 of <>``); the functions here
turn them into ``line L, column C: what is wrong``.
"""
from __future__ import annotations

import json
import re
import xml.parsers.expat
from pathlib import Path

import pyoxigraph as ox

_OX_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".shacl": ox.RdfFormat.TURTLE,
               ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
               ".trig": ox.RdfFormat.TRIG, ".n3": ox.RdfFormat.N3, ".rdf": ox.RdfFormat.RDF_XML,
               ".owl": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML}
XML_SUFFIXES = (".rdf", ".owl", ".xml", ".trix")
"""Suffixes of the RDF files read with an XML parser."""
JSONLD_SUFFIXES = (".jsonld", ".json")
"""Suffixes of JSON-LD files."""
_MAX = 160


def one_line(text: str, limit: int = _MAX) -> str:
    """Whitespace collapsed to single spaces, cut to ``limit`` characters.

    >>> one_line("expected one of\\n  a, b,\\n  c")
    'expected one of a, b, c'
    """
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def sparql_error(exc: Exception) -> str:
    """What a SPARQL parse error says, as ``line L, column C: message``.

    :param exc: the ``SyntaxError`` pyoxigraph raised for a query.

    >>> try:
    ...     ox.Store().query("SELECT * WHERE {\\n  ?s ?p ?o .\\n  FILTER (?s = ) }")
    ... except SyntaxError as exc:
    ...     print(sparql_error(exc)[:38])
    line 3, column 19: expected one of ABS
    """
    message = str(exc.args[0] if exc.args else exc)
    m = re.match(r"\s*error at (\d+):(\d+):\s*(.*)", message, re.S)
    if m:
        return f"line {m.group(1)}, column {m.group(2)}: {_short_expectation(one_line(m.group(3), 10_000))}"
    return one_line(message)


def _short_expectation(message: str) -> str:
    """pyoxigraph lists every acceptable character class: keep the words, drop the Unicode ranges."""
    m = re.match(r"expected one of (.*)", message)
    if not m:
        return one_line(message)
    items = [i.strip() for i in re.split(r",\s*(?![^\[]*\])", m.group(1))]
    words = [i for i in items if not i.startswith("[") and "..=" not in i]
    return one_line("expected one of " + ", ".join(words[:12]) + (", …" if len(words) > 12 else ""))


def _position(exc: BaseException) -> tuple[int, int] | None:
    """Line and column of a parser error, when the error carries them."""
    if isinstance(exc, SyntaxError) and exc.lineno:
        return exc.lineno, exc.offset or 0
    if isinstance(exc, json.JSONDecodeError):
        return exc.lineno, exc.colno
    get_line, get_column = getattr(exc, "getLineNumber", None), getattr(exc, "getColumnNumber", None)
    if get_line and get_column:  # xml.sax.SAXParseException (rdflib's RDF/XML parser); columns from 0
        return get_line(), get_column() + 1
    m = re.search(r"at line (\d+)", str(exc))
    return (int(m.group(1)), 0) if m else None


def rdf_error(path: Path, exc: BaseException) -> str:
    """Where and why an RDF file does not parse, in one line: ``line L, column C: message``.

    When rdflib's error has no position, the file is parsed again with pyoxigraph, whose errors
    carry one (Turtle, N-Triples, N-Quads, TriG, N3, RDF/XML).

    :param path: the file that failed.
    :param exc: the parser's exception.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "bad.ttl"
    >>> _ = p.write_text('@prefix ex: <http://e/> .\\nex:a ex:b "open .\\n')
    >>> rdf_error(p, ValueError("at line 3 of <>:"))
    'line 2, column 11: Unexpected end of file'
    """
    fmt = _OX_FORMATS.get(path.suffix.lower())
    if fmt is not None and type(exc) is not SyntaxError:  # not pyoxigraph's own error: ask pyoxigraph where
        try:
            for _ in ox.parse(path=str(path), format=fmt):
                pass
        except SyntaxError as again:
            if again.lineno:
                exc = again
        except (OSError, ValueError):
            pass
    position = _position(exc)
    if isinstance(exc, ExternalEntityError):
        return str(exc)
    message = str(exc.args[0] if type(exc) is SyntaxError and exc.args else exc)
    message = re.sub(r"^Parser error (?:at|between) line [^:]*:\s*", "", message)
    message = re.sub(r"^\S*:\d+:\d+:\s*", "", message)  # file:///x.rdf:4:2: mismatched tag
    message = re.sub(r"^at line \d+ of <[^>]*>:\s*", "", message)
    message = one_line(message) or type(exc).__name__
    return f"line {position[0]}, column {position[1]}: {message}" if position and position[1] else (
        f"line {position[0]}: {message}" if position else message)


class ExternalEntityError(ValueError):
    """An XML input declares an external entity or DTD."""


def refuse_external_entities(path: Path) -> None:
    """Refuse an XML file that declares an external entity (``<!ENTITY x SYSTEM "file:...">``) or an
    external DTD, before an RDF parser sees it: kg never reads files or URLs an input names.

    :raises ExternalEntityError: with ``line L: ...`` naming the entity.
    :raises ValueError: the file is not well-formed XML (with its line and column).

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.rdf"
    >>> _ = p.write_text('<?xml version="1.0"?>\\n<!DOCTYPE r [<!ENTITY s SYSTEM "file:///etc/passwd">]>\\n<r>&s;</r>')
    >>> refuse_external_entities(p)
    Traceback (most recent call last):
    kg.syntax.ExternalEntityError: line 2: external entity 's' (SYSTEM file:///etc/passwd) refused: kg does not read files or URLs named inside inputs
    """
    parser = xml.parsers.expat.ParserCreate()
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(what: str) -> None:  # expat's position is the end of the declaration: give its line only
        raise ExternalEntityError(f"line {parser.CurrentLineNumber}: {what} refused: "
                                  "kg does not read files or URLs named inside inputs")

    def entity(name, is_parameter, value, base, system_id, public_id, notation):
        if system_id or public_id:
            refuse(f"external entity {name!r} ({'SYSTEM ' + system_id if system_id else 'PUBLIC ' + public_id})")

    def doctype(name, system_id, public_id, has_internal_subset):
        if system_id or public_id:
            refuse(f"external DTD ({system_id or public_id})")

    parser.EntityDeclHandler = entity
    parser.StartDoctypeDeclHandler = doctype
    with open(path, "rb") as handle:
        try:
            parser.ParseFile(handle)
        except xml.parsers.expat.ExpatError as exc:
            raise ValueError(f"line {exc.lineno}, column {exc.offset + 1}: "
                             f"{xml.parsers.expat.ErrorString(exc.code)}") from None


def refuse_remote_contexts(path: Path) -> None:
    """Refuse a JSON-LD file whose ``@context`` (or ``@import``) names a document to fetch: a
    JSON-LD parser would download it, and kg reads only local files.

    :raises ExternalEntityError: naming the context.
    :raises ValueError: the file is not JSON (with its line and column).

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.jsonld"
    >>> _ = p.write_text('{"@context": "https://schema.org/", "@id": "http://e/a"}')
    >>> refuse_remote_contexts(p)
    Traceback (most recent call last):
    kg.syntax.ExternalEntityError: remote JSON-LD context 'https://schema.org/' refused: kg does not fetch documents named inside inputs (hint: put the context inline)
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("@context", "@import"):
                    for item in value if isinstance(value, list) else [value]:
                        if isinstance(item, str):
                            raise ExternalEntityError(f"remote JSON-LD context {item!r} refused: kg does not fetch "
                                                      "documents named inside inputs (hint: put the context inline)")
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
