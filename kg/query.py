"""Stage 8a, query: SPARQL over the store (its default graph is the union of the named graphs),
behind the validation gate, with bundled named queries and table / CSV / TSV / JSON output.
With ``endpoint``, the same queries and output formats against a remote SPARQL endpoint
(:mod:`kg.remote`)."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .resources import queries_dir
from .store import Store
from .vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
"""Output formats of :meth:`QueryResult.serialize`."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer of a query: variables and rows (SELECT), a boolean (ASK) or triples (CONSTRUCT)."""

    kind: str
    """``select``, ``ask`` or ``graph``."""
    variables: tuple[str, ...] = ()
    """Column names, in the query's order."""
    rows: tuple[tuple[object | None, ...], ...] = ()
    """One tuple of pyoxigraph terms (or None when unbound) per solution."""
    boolean: bool | None = None
    """The answer of an ASK query."""
    triples: tuple[object, ...] = field(default=())
    """The triples of a CONSTRUCT or DESCRIBE query."""

    def serialize(self, format: str = "table") -> str:
        """Render as ``table`` (for people), ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 results formats).

        CSV gives plain values (IRIs as IRIs, literals as their text), one header row.
        """
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": self.boolean}) + "\n" if format == "json" else f"{str(self.boolean).lower()}\n"
        if self.kind == "graph":
            return "".join(f"{t} .\n" for t in self.triples)
        if format == "csv":
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\r\n")
            writer.writerow(self.variables)
            writer.writerows([_plain(v) for v in row] for row in self.rows)
            return buf.getvalue()
        if format == "tsv":
            lines = ["\t".join("?" + v for v in self.variables)]
            lines += ["\t".join("" if v is None else str(v) for v in row) for row in self.rows]
            return "\n".join(lines) + "\n"
        if format == "json":
            bindings = [{var: _json_term(v) for var, v in zip(self.variables, row) if v is not None}
                        for row in self.rows]
            return json.dumps({"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}},
                              ensure_ascii=False, indent=1)
        if format == "table":
            return _table(self)
        raise QueryError(f"unknown format {format!r}", hint="use one of " + ", ".join(FORMATS))


def _plain(term: object | None) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def _json_term(term: object) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def compact(term: object | None) -> str:
    """A short form of a term for people: ``kg:Person`` for IRIs, the text for literals.

    >>> compact(ox.NamedNode("https://w3id.org/kg/ont#Person"))
    'kg:Person'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if term.value.startswith(ns) and re.fullmatch(r"[\w\-./%]*", term.value[len(ns):]):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    return term.value if hasattr(term, "value") else str(term)


def _table(result: QueryResult) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for var in result.variables:
        table.add_column(var, overflow="fold")
    for row in result.rows:
        table.add_row(*(compact(v) for v in row))
    buf = io.StringIO()
    Console(file=buf, width=160, force_terminal=False, color_system=None).print(table)
    return buf.getvalue() + f"{len(result.rows)} row(s)\n"


def bundled() -> dict[str, tuple[str, Path]]:
    """The bundled queries: name → (one-line description from the file's first comment, path)."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        description = first[0].lstrip("# ").strip() if first and first[0].startswith("#") else ""
        out[path.stem] = (description, path)
    return out


def resolve_text(query: str) -> str:
    """The SPARQL text of a bundled query name, a ``.rq`` file, or SPARQL itself.

    :raises QueryError: for an unknown name or unreadable file.
    """
    queries = bundled()
    if query in queries:
        return queries[query][1].read_text(encoding="utf-8")
    if query.endswith((".rq", ".sparql")) and "\n" not in query:
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read query file {query}: {exc.strerror or exc}") from exc
    if re.fullmatch(r"[\w-]+", query):
        raise QueryError(f"unknown bundled query {query!r}", hint="kg query --list shows them")
    return query


def query(text: str, *, store: Store | None = None, check: bool = True, endpoint: str | None = None,
          timeout: float = 60.0) -> QueryResult:
    """Run a SPARQL query (or a bundled query's name, or a ``.rq`` file) on the store, or on a
    remote SPARQL endpoint.

    :param check: validate the store first (cached per store generation) and refuse to answer
        over a graph that violates its shapes (local queries only).
    :param endpoint: URL of a remote SPARQL 1.1 endpoint to ask instead of the store (see
        :func:`kg.remote.remote_query`; no validation gate: kg cannot check a remote graph).
    :param timeout: seconds to wait for a remote endpoint's answer.
    :raises QueryError: malformed or failing query.
    :raises NotConformingError: the store violates its shapes and ``check`` is true.
    :raises RemoteError: the remote endpoint cannot be reached or failed.
    """
    sparql = resolve_text(text)
    if endpoint is not None:
        from .remote import remote_query

        return remote_query(sparql, endpoint, timeout=timeout)
    store = store or Store()
    if check:
        from .validate import ensure_valid

        ensure_valid(store)
    db = store.open()
    try:
        answer = db.query(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {exc}") from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    return result_of(answer)


def result_of(answer: object) -> QueryResult:
    """A :class:`QueryResult` from a pyoxigraph answer: solutions, a boolean, or triples (local
    or parsed from a remote endpoint's answer).

    :param answer: ``QuerySolutions``, ``QueryBoolean`` (or bool), or an iterable of triples.
    :returns: the result.

    >>> result_of(ox.Store().query("ASK { ?s ?p ?o }")).boolean
    False
    >>> result_of(ox.Store().query("SELECT ?x WHERE { BIND (1 AS ?x) }")).rows
    ((<Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>,),)
    """
    if isinstance(answer, (bool, ox.QueryBoolean)):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(solution[v] for v in variables) for solution in answer)
        return QueryResult("select", variables=variables, rows=rows)
    return QueryResult("graph", triples=tuple(answer))
