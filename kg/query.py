"""Stage 8a, query: SPARQL over the store (its default graph is the union of the named graphs),
behind the validation gate, with bundled named queries and table / CSV / TSV / JSON output.
With ``endpoint``, the same queries and output formats against a remote SPARQL endpoint
(:mod:`kg.remote`)."""
from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import readout
from .errors import QueryError
from .resources import queries_dir
from .sandbox import execute, refuse_service, service_iris
from .store import Store
from .syntax import sparql_error
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
    truncated: bool = False
    """True when the answer had more rows (triples) than the row limit, and was cut."""

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
    """The bundled queries: name → (one-line description from the file's first comment, path);
    their parameters: :func:`params_of` on the text."""
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
    if re.fullmatch(r"[\w-]+", query):  # a name: read its file alone, not the whole folder (bundled())
        path = queries_dir() / f"{query}.rq"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    if query.endswith((".rq", ".sparql")) and "\n" not in query:
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read query file {query}: {exc.strerror or exc}") from exc
    if re.fullmatch(r"[\w-]+", query):
        raise QueryError(f"unknown bundled query {query!r}", hint="kg query --list shows them")
    return query


def query(text: str, *, store: Store | None = None, check: bool = True, endpoint: str | None = None,
          timeout: float | None = None, params: Mapping[str, str] | None = None, limit: int | None = None,
          allow_service: bool = False) -> QueryResult:
    """Run a SPARQL query (or a bundled query's name, or a ``.rq`` file) on the store, or on a
    remote SPARQL endpoint.

    :param check: validate the store first (cached per store generation) and refuse to answer
        over a graph that violates its shapes (local queries only).
    :param endpoint: URL of a remote SPARQL 1.1 endpoint to ask instead of the store (see
        :func:`kg.remote.remote_query`; no validation gate: kg cannot check a remote graph).
    :param timeout: seconds the query may run (locally it runs in a child process killed at the
        deadline); for a remote endpoint, seconds to wait for its answer (default 60).
    :param limit: keep at most this many rows (triples); the result says when rows were cut.
    :param allow_service: let a local query call remote ``SERVICE`` endpoints (refused by default:
        a local query never reaches the network).
    :param params: values of the parameters the query declares (``# param NAME (KIND): ...``),
        by name; each is resolved to an RDF term (:func:`bind_params`) and bound with pyoxigraph's
        ``substitutions``, never pasted into the query text. Local store only.
    :returns: the answer.
    :raises QueryError: malformed (with line and column) or failing query, a ``SERVICE`` without
        ``allow_service``, an unknown parameter, or a value that names nothing.
    :raises QueryTimeout: the query ran past ``timeout`` and was stopped.
    :raises NotConformingError: the store violates its shapes and ``check`` is true.
    :raises RemoteError: the remote endpoint cannot be reached or failed.
    """
    sparql = resolve_text(text)
    if endpoint is not None:
        if params:
            raise QueryError("query parameters are bound only when querying the local store",
                             hint="drop --endpoint, or write the value into your own query")
        from .remote import remote_query

        return _cut(remote_query(sparql, endpoint, timeout=60.0 if timeout is None else timeout), limit)
    store = store or Store()
    if limit is not None and limit < 0:
        raise QueryError(f"the row limit must be 0 or more, not {limit}")
    if timeout is not None and timeout <= 0:
        raise QueryError(f"the timeout must be a positive number of seconds, not {timeout:g}")
    if not allow_service:
        refuse_service(sparql)
    if not service_iris(sparql):  # a malformed query fails before validation (on an empty store: nothing runs)
        try:
            ox.Store().query(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL at {sparql_error(exc)}") from None
        except (OSError, ValueError, RuntimeError):
            pass  # it parses; let the real run report the failure
    declared = params_of(sparql)
    if params:
        unknown = sorted(set(params) - set(declared))
        if unknown:  # before validation: a typo should not wait for the shapes
            raise _unknown_params(unknown, declared)
    if check:
        from .validate import ensure_valid

        ensure_valid(store)
    generation = store.require()  # parameters are resolved in the generation the query then reads
    db, readout_version = _open(generation)
    if _READOUT.search(sparql) and (readout_version or 0) < readout.VERSION:
        raise QueryError(f"the store at {store.path} was built by an older kg: it lacks the read-out data "
                         f"(graph kgg:readout, version {readout.VERSION}) this query reads",
                         hint="rebuild it with `kg build` on the same files (extractions are cached, so it is quick)")
    substitutions = bind_params(db, declared, params or {})
    kind, variables, rows, boolean, triples, truncated = execute(generation, sparql, prefixes=PREFIXES,
                                                                 substitutions=substitutions, limit=limit,
                                                                 timeout=timeout, db=db)
    return QueryResult(kind, variables, rows, boolean, triples, truncated)


_READOUT = re.compile(r"kgg:readout\b|<https://w3id\.org/kg/graph/readout>")
"""How a query names the read-out graph (:mod:`kg.readout`)."""

_OPEN: dict[str, tuple[tuple, ox.Store, int | None]] = {}
"""The generation each store folder's queries last read, kept open: by store folder, the
generation's identity, its read-only handle and its read-out version."""

_KEEP_OPEN = 4
"""Store folders whose current generation stays open (each holds files of RocksDB open)."""


def _open(generation: Path) -> tuple[ox.Store, int | None]:
    """A generation opened read-only, with its read-out version (:func:`kg.readout.version`).

    Opening RocksDB costs tens of milliseconds, more than most bundled queries, so the handle is
    kept for the next query. A generation never changes once written (a build writes a new one
    and swaps the ``current`` link), so a handle stays right as long as the folder is the same
    one (same name, inode and change time); one generation per store folder stays open.

    :raises QueryError: the generation cannot be opened.
    """
    try:
        info = os.stat(generation)
        identity = (generation.name, info.st_ino, info.st_ctime_ns)
        folder = str(generation.parent.resolve())
        cached = _OPEN.get(folder)
        if cached is not None and cached[0] == identity:
            _OPEN[folder] = _OPEN.pop(folder)  # read last: closed last
            return cached[1], cached[2]
        db = ox.Store.read_only(str(generation))
    except OSError as exc:
        raise QueryError(f"cannot open the store at {generation}: {exc}") from exc
    _OPEN.pop(folder, None)
    _OPEN[folder] = (identity, db, readout.version(db))
    while len(_OPEN) > _KEEP_OPEN:  # the store folder read longest ago is closed first
        _OPEN.pop(next(iter(_OPEN)))
    return db, _OPEN[folder][2]


def _cut(result: QueryResult, limit: int | None) -> QueryResult:
    """The result with at most ``limit`` rows (triples).

    >>> _cut(QueryResult("select", ("x",), ((1,), (2,))), 1)
    QueryResult(kind='select', variables=('x',), rows=((1,),), boolean=None, triples=(), truncated=True)
    """
    if limit is None or (len(result.rows) <= limit and len(result.triples) <= limit):
        return result
    return QueryResult(result.kind, result.variables, result.rows[:limit], result.boolean, result.triples[:limit], True)


# -- parameters ---------------------------------------------------------------------------------

PARAM_KINDS = ("actor", "person", "node", "iri", "string")
"""How a parameter's value is read: an ``actor`` or ``person`` by label, alias or IRI (bound to the
actor's IRI), a ``node`` by IRI or actor label, an ``iri``, or a ``string`` (a plain literal)."""

_PARAM_LINE = re.compile(r"^#\s*param\s+([A-Za-z_]\w*)\s*(?:\((\w+)\))?\s*:\s*(.*?)\s*$")


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter a query declares with a comment line ``# param NAME (KIND): description``."""

    name: str
    """The SPARQL variable it binds (without ``?``); the query must project it."""
    kind: str = "string"
    """One of :data:`PARAM_KINDS`."""
    description: str = ""


def params_of(sparql: str) -> dict[str, Param]:
    """The parameters a query declares, by name, in order.

    :param sparql: the query text.
    :returns: name → :class:`Param`.
    :raises QueryError: a declaration with an unknown kind.

    >>> params_of("# Timeline\\n# param actor (actor): who\\nSELECT ?actor WHERE { ?actor ?p ?o }")
    {'actor': Param(name='actor', kind='actor', description='who')}
    >>> params_of("SELECT * WHERE { ?s ?p ?o }")
    {}
    """
    out = {}
    for line in sparql.splitlines():
        match = _PARAM_LINE.match(line.strip())
        if match:
            name, kind, description = match.group(1), match.group(2) or "string", match.group(3)
            if kind not in PARAM_KINDS:
                raise QueryError(f"parameter {name!r} has an unknown kind {kind!r}",
                                 hint="use one of " + ", ".join(PARAM_KINDS))
            out[name] = Param(name, kind, description)
    return out


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``NAME=VALUE`` strings (``--param``) as a dict; the value is everything after the first ``=``.

    :raises QueryError: an item without ``=`` or without a name.

    >>> parse_params(["actor=Saleh al-Arouri", "x=a=b"])
    {'actor': 'Saleh al-Arouri', 'x': 'a=b'}
    """
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"bad --param {pair!r}", hint="write --param NAME=VALUE")
        out[name.strip()] = value
    return out


def _unknown_params(unknown: list[str], declared: Mapping[str, Param]) -> QueryError:
    names = ", ".join(unknown)
    if declared:
        return QueryError(f"the query has no parameter {names}", hint="its parameters: " + ", ".join(declared))
    return QueryError(f"the query declares no parameters (asked for {names})",
                      hint="declare one with a comment line '# param NAME (KIND): description'")


def bind_params(db: ox.Store, declared: Mapping[str, Param], values: Mapping[str, str]) -> dict[ox.Variable, object]:
    """Resolve parameter values to RDF terms, ready for ``Store.query(substitutions=...)``.

    :param db: the open store (actor labels are looked up in it).
    :param declared: the query's parameters (:func:`params_of`).
    :param values: name → the value as typed by a user.
    :returns: variable → term (an actor's IRI, an IRI, or a plain literal).
    :raises QueryError: an undeclared parameter, a malformed IRI, or a label that names no actor
        (with close matches suggested) or several.

    >>> db = ox.Store()
    >>> bind_params(db, {"q": Param("q")}, {"q": '"} ; DROP ALL #'})
    {<Variable value=q>: <Literal value="} ; DROP ALL # datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>}
    """
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise _unknown_params(unknown, declared)
    out: dict[ox.Variable, object] = {}
    for name, value in values.items():
        kind = declared[name].kind
        if kind == "string":
            term: object = ox.Literal(value)
        elif kind == "iri":
            term = to_iri(value)
        elif kind == "node" and _looks_like_iri(value):
            term = to_iri(value)
            if not db.query("ASK { { ?node ?p ?o } UNION { ?s ?p ?node } }", substitutions={ox.Variable("node"): term}):
                raise QueryError(f"nothing in the store is named {term}",
                                 hint="kg query evidence lists the nodes; an actor can be given by its label")
        else:
            term = resolve_actor(db, value, person=kind == "person")
        out[ox.Variable(name)] = term
    return out


def _looks_like_iri(value: str) -> bool:
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return True
    scheme = re.match(r"([A-Za-z][\w+.-]*):", value)
    return bool(scheme) and (scheme.group(1) in PREFIXES or "://" in value or scheme.group(1) in ("urn", "mailto"))


def to_iri(value: str) -> ox.NamedNode:
    """An IRI from ``<...>``, a full IRI, or a prefixed name with one of kg's prefixes.

    :raises QueryError: not a valid IRI (so nothing but an IRI ever reaches the query).

    >>> to_iri("kgid:actor/hamas").value
    'https://w3id.org/kg/id/actor/hamas'
    >>> to_iri("<https://w3id.org/kg/id/actor/hamas>").value
    'https://w3id.org/kg/id/actor/hamas'
    """
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        text = PREFIXES[prefix] + local
    try:
        return ox.NamedNode(text)
    except ValueError as exc:
        raise QueryError(f"not a valid IRI: {value!r} ({exc})") from None


_LOOKUP = """SELECT DISTINCT ?name ?class ?actor ?label ?pref WHERE {
  GRAPH kgg:identity {
    ?actor a ?class ; skos:prefLabel ?label .
    { ?actor skos:prefLabel ?form BIND (true AS ?pref) } UNION { ?actor skos:altLabel ?form BIND (false AS ?pref) }
  }
  FILTER (LCASE(STR(?form)) = LCASE(STR(?name)))
}"""
_FORMS = """SELECT DISTINCT ?class ?label ?form WHERE {
  GRAPH kgg:identity {
    ?actor a ?class ; skos:prefLabel ?label .
    { ?actor skos:prefLabel ?form } UNION { ?actor skos:altLabel ?form }
  }
}"""


def resolve_actor(db: ox.Store, value: str, *, person: bool = False) -> ox.NamedNode:
    """The IRI of the actor a user names: its IRI, or a label or alias (case-insensitive), looked
    up with the value bound as a literal.

    :param db: the open store.
    :param value: what the user typed.
    :param person: accept only persons.
    :returns: the actor's IRI; a name shared by several actors resolves to the one whose preferred
        label it is, if exactly one.
    :raises QueryError: nothing matches (the message suggests close labels), or several actors do.
    """
    what = "person" if person else "actor"
    cls = ox.NamedNode(PREFIXES["kg"] + ("Person" if person else "Actor"))
    if _looks_like_iri(value):
        iri = to_iri(value)
        ask = "ASK { GRAPH kgg:identity { ?actor a ?class } }"
        if not db.query(ask, prefixes=PREFIXES, substitutions={ox.Variable("actor"): iri, ox.Variable("class"): cls}):
            raise QueryError(f"no {what} {iri} in the store", hint="kg query actors lists them")
        return iri
    found = {}
    for row in db.query(_LOOKUP, prefixes=PREFIXES,
                        substitutions={ox.Variable("name"): ox.Literal(value.strip()), ox.Variable("class"): cls}):
        found.setdefault(row["actor"], [row["label"].value, False])[1] |= row["pref"].value == "true"
    if len(found) > 1:
        preferred = [actor for actor, (_, pref) in found.items() if pref]
        if len(preferred) == 1:
            return preferred[0]
        names = ", ".join(f"{label} <{actor.value}>" for actor, (label, _) in sorted(found.items(), key=lambda kv: kv[1][0]))
        raise QueryError(f"{value!r} names several {what}s: {names}", hint="give the IRI of the one you mean")
    if found:
        return next(iter(found))
    suggestions = close_labels(db, value, cls)
    hint = (f"did you mean: {', '.join(suggestions)}? " if suggestions else "") + f"kg query actors lists the {what}s"
    raise QueryError(f"no {what} matches {value!r}", hint=hint)


def close_labels(db: ox.Store, value: str, cls: ox.NamedNode, n: int = 5) -> list[str]:
    """Preferred labels of the actors (of class ``cls``) whose label or alias is close to ``value``:
    contains it, is contained in it word for word, or is similar (difflib)."""
    import difflib

    forms: dict[str, set[str]] = {}
    for row in db.query(_FORMS, prefixes=PREFIXES, substitutions={ox.Variable("class"): cls}):
        forms.setdefault(row["form"].value.lower(), set()).add(row["label"].value)
    key = " ".join(value.lower().split())
    ranked = difflib.get_close_matches(key, list(forms), n=n, cutoff=0.6)
    if len(key) >= 3:
        ranked += sorted(f for f in forms if key in f or (len(f) >= 4 and re.search(rf"\b{re.escape(f)}\b", key)))
    out: list[str] = []
    for form in ranked:
        for label in sorted(forms[form]):
            if label not in out:
                out.append(label)
    return out[:n]


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
