"""Running a SPARQL query over the store safely: no ``SERVICE`` (a local query never reaches the
network), a row limit, and a deadline.

pyoxigraph evaluates a query without a way to interrupt it, so a query with a ``timeout`` runs in
a child process (``python -m kg.sandbox``) that opens the same store generation read-only and is
killed when the deadline passes. Without a timeout the query runs in this process.
"""
from __future__ import annotations

import pickle
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError


class QueryTimeout(QueryError):
    """A query ran past its ``timeout`` and was stopped."""


def service_iris(sparql: str) -> list[str]:
    """The endpoints named by ``SERVICE`` clauses of a query (``?var`` for a variable endpoint).

    The query is parsed (rdflib's SPARQL grammar) and its syntax tree searched, so a ``SERVICE``
    inside a comment, a string or an IRI does not count; a query rdflib cannot parse is scanned
    token by token with comments, strings and IRIs taken out.

    >>> service_iris('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
    ['http://example.org/sparql']
    >>> service_iris('# SERVICE <http://a/>\\nSELECT * WHERE { ?s ?p "SERVICE <http://b/> { }" }')
    []
    """
    if not may_call_service(sparql):  # most queries: no parse (rdflib's parser takes up to a second)
        return []
    try:
        from rdflib.plugins.sparql.parser import parseQuery

        tree = parseQuery(sparql)
    except Exception:  # a grammar rdflib lacks (pyoxigraph's extensions): fall back to tokens
        return _service_tokens(sparql)
    from rdflib.term import Variable

    return [f"?{term}" if isinstance(term, Variable) else str(term) for term in _services(tree)]


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def may_call_service(sparql: str) -> bool:
    """Whether the word SERVICE occurs in the query at all (any case, after SPARQL's \\u and \\U
    escapes, which apply before parsing): without it there is no SERVICE clause, and the query
    need not be parsed to know.

    >>> may_call_service("SELECT * WHERE { ?s ?p ?o }"), may_call_service("SELECT * { \\u0053ervice <http://x/> {} }")
    (False, True)
    """
    return "service" in _ESCAPE.sub(_unescape, sparql).lower()


def _unescape(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code < 0x110000 else ""


def _services(node: object) -> Iterable[object]:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            yield node.get("term")
        for value in node.values():
            yield from _services(value)
    elif isinstance(node, (list, tuple)) or hasattr(node, "asList"):
        for value in node:
            yield from _services(value)


_LEXEMES = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"'''
                      r'''|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*|[?$][\w]+|[\w.-]*:[\w.-]*|\w+|\S''', re.S)


def _service_tokens(sparql: str) -> list[str]:
    """``SERVICE`` keywords among the query's tokens (not in comments, strings, IRIs, names).

    >>> _service_tokens("SELECT * { ?service ex:SERVICE 'SERVICE' . SERVICE silent <http://x/> { } }")
    ['http://x/']
    """
    tokens = [t for t in _LEXEMES.findall(sparql) if not t.startswith("#")]
    out = []
    for i, token in enumerate(tokens):
        if token.upper() == "SERVICE":
            rest = [t for t in tokens[i + 1:i + 3] if t.upper() != "SILENT"]
            out.append(rest[0].strip("<>") if rest else "")
    return out


def refuse_service(sparql: str) -> None:
    """Raise :class:`QueryError` when a query calls a remote ``SERVICE``.

    >>> refuse_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    kg.errors.QueryError: the query calls SERVICE <http://example.org/sparql>: local queries do not reach the network (hint: pass --allow-service to let it)
    """
    services = service_iris(sparql)
    if services:
        names = ", ".join(f"<{s}>" if not s.startswith("?") else s for s in services)
        raise QueryError(f"the query calls SERVICE {names}: local queries do not reach the network",
                         hint="pass --allow-service to let it")


def collect(answer: object, limit: int | None) -> tuple:
    """The rows (or triples, or boolean) of a pyoxigraph answer, at most ``limit`` of them.

    :returns: ``(kind, variables, rows, boolean, triples, truncated)``; ``truncated`` is true when
        the answer had more than ``limit`` rows.
    """
    if isinstance(answer, (bool, ox.QueryBoolean)):
        return "ask", (), (), bool(answer), (), False
    items: list = []
    truncated = False
    variables: tuple[str, ...] = ()
    if isinstance(answer, ox.QuerySolutions):
        variables = tuple(v.value for v in answer.variables)
    for item in answer:
        if limit is not None and len(items) >= limit:
            truncated = True
            break
        # a solution iterates its values in the order of the variables (None when unbound); looking
        # each up by name costs more than the query itself on a listing of 50,000 rows
        items.append(tuple(item) if isinstance(answer, ox.QuerySolutions) else item)
    if isinstance(answer, ox.QuerySolutions):
        return "select", variables, tuple(items), None, (), truncated
    return "graph", (), (), None, tuple(items), truncated


def execute(generation: Path, sparql: str, *, prefixes: Mapping[str, str], substitutions: Mapping | None = None,
            limit: int | None = None, timeout: float | None = None, db: ox.Store | None = None) -> tuple:
    """Run a query over a store generation, within ``timeout`` seconds, keeping ``limit`` rows.

    :param generation: the folder of the store generation to read (opened read-only).
    :param substitutions: variable → RDF term bindings (pyoxigraph ``substitutions``).
    :param limit: keep at most this many rows (triples); None for all.
    :param timeout: seconds; None runs in this process without a deadline.
    :param db: the generation already open in this process (used when there is no timeout).
    :returns: see :func:`collect`.
    :raises QueryError: a malformed or failing query.
    :raises QueryTimeout: the deadline passed (the child process is killed).
    """
    request = (str(generation), sparql, dict(prefixes), dict(substitutions or {}), limit)
    if timeout is None:
        return _answer(*request, db=db)
    proc = subprocess.Popen([sys.executable, "-m", "kg.sandbox"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(pickle.dumps(request), timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped",
                           hint="raise --timeout, or narrow the query (a LIMIT, a more selective pattern)") from None
    finally:
        if proc.poll() is None:  # interrupted (Ctrl-C): do not leave the child running
            proc.kill()
            proc.wait()
    if proc.returncode != 0 or not out:
        raise QueryError(f"the query process failed (exit code {proc.returncode}): "
                         f"{(err.decode(errors='replace').strip().splitlines() or ['no message'])[-1]}")
    status, payload = pickle.loads(out)  # our own child's answer
    if status == "error":
        raise QueryError(payload)
    return payload


def _answer(generation: str, sparql: str, prefixes: dict, substitutions: dict, limit: int | None, *,
            db: ox.Store | None = None) -> tuple:
    from .syntax import one_line, sparql_error

    try:
        db = db if db is not None else ox.Store.read_only(generation)
        return collect(db.query(sparql, prefixes=prefixes, substitutions=substitutions or None), limit)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL at {sparql_error(exc)}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {one_line(exc)}") from None


def _main() -> None:
    """The child process: a pickled request on stdin, a pickled ``(status, payload)`` on stdout."""
    request = pickle.loads(sys.stdin.buffer.read())
    try:
        reply = ("ok", _answer(*request))
    except QueryError as exc:
        reply = ("error", str(exc))
    sys.stdout.buffer.write(pickle.dumps(reply))


if __name__ == "__main__":
    _main()
