"""``kg push``: the store's graphs into a remote triple store, through the SPARQL 1.1 Graph Store
HTTP Protocol (GSP).

What is sent:

* by default one remote graph per named graph of the store (one per document, plus
  ``…/graph/identity``, ``…/graph/runs`` and ``…/graph/ontology``), under the same IRIs; or, with
  ``into``, everything in one named graph (the union of the named graphs, each triple once);
* with ``union`` (the default for every profile but GraphDB), also the union of the named graphs
  into the remote **default graph**, as in kg's own store, so that queries without ``GRAPH`` (the
  bundled ones) give the same rows remotely. The servers' own "union default graph" settings are
  not equivalent everywhere: Oxigraph's ``--union-default-graph`` repeats a triple once per graph
  that holds it, so rows come out duplicated. GraphDB's default graph already is the merge of all
  graphs, so its profile defaults to no union.

How: ``replace`` (default) PUTs the first request of each graph (the remote graph is replaced) and
POSTs the rest; ``append`` POSTs everything. A graph goes in chunks of at most ``chunk_size``
triples (N-Triples, one request each); the statements with blank nodes of a graph always travel in
one request, so that they keep denoting the same nodes. Connection errors and 5xx answers are
retried with exponential backoff (:class:`kg.remote.Retry`). Credentials come from the environment
or ``~/.netrc`` (:func:`kg.remote.credentials`) and never appear in any message.

When a request still fails, the push stops and raises :class:`PushError`, naming the graphs that
were pushed, the one left incomplete and those not pushed; its exit code is 3 when some graphs were
pushed (a partial push; running the same ``kg push`` again completes it) and 2 when none was.
Graphs that exist remotely but no longer in the store are left alone.
"""
from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import EXIT_USAGE, KgError
from .export import graph_triples, named_graphs
from .query import compact
from .remote import Credentials, RemoteError, Retry, check_url, credentials, display_url, request
from .store import Store

PROFILES = {"oxigraph": "/store", "fuseki": "/data", "graphdb": "/rdf-graphs/service", "generic": ""}
"""Endpoint layouts: the path appended to the base URL to reach the GSP service.

Oxigraph ``http://host:7878`` → ``/store``; Fuseki, the dataset URL ``http://host:3030/kg`` →
``/kg/data``; GraphDB, the repository URL ``http://host:7200/repositories/kg`` →
``/repositories/kg/rdf-graphs/service``; ``generic``: the URL is the GSP service itself."""
UNION_DEFAULT = {"oxigraph": True, "fuseki": True, "graphdb": False, "generic": True}
"""Whether each profile pushes the union into the remote default graph unless told otherwise."""
CHUNK_TRIPLES = 50_000
"""Default largest number of triples per request."""
EXIT_PARTIAL = 3
"""Exit code of a push that stopped after pushing some graphs."""
DEFAULT_GRAPH = ""
"""The name :class:`GraphPush` gives the remote default graph."""


@dataclass
class GraphPush:
    """One remote graph of a push: what was sent so far."""

    graph: str
    """The remote graph's IRI, or :data:`DEFAULT_GRAPH`."""
    triples: int = 0
    """Triples sent (and acknowledged) so far."""
    requests: int = 0
    """Requests acknowledged so far."""
    done: bool = False
    """Whether the whole graph was sent."""

    @property
    def label(self) -> str:
        """A short name for messages: ``kgg:doc/…``, or ``default graph``.

        >>> GraphPush("https://w3id.org/kg/graph/identity").label
        'kgg:identity'
        """
        return "default graph" if self.graph == DEFAULT_GRAPH else compact(ox.NamedNode(self.graph))


@dataclass
class PushReport:
    """What a push sent, graph by graph, in the order of the push."""

    endpoint: str
    """The GSP service URL (without credentials)."""
    mode: str
    """``replace`` or ``append``."""
    graphs: list[GraphPush] = field(default_factory=list)
    """Every graph of the push, pushed or not."""

    @property
    def pushed(self) -> list[GraphPush]:
        """The graphs sent completely."""
        return [g for g in self.graphs if g.done]

    @property
    def incomplete(self) -> list[GraphPush]:
        """The graph whose requests were only partly sent (at most one)."""
        return [g for g in self.graphs if not g.done and g.requests]

    @property
    def not_pushed(self) -> list[GraphPush]:
        """The graphs of which nothing was sent."""
        return [g for g in self.graphs if not g.done and not g.requests]

    @property
    def triples(self) -> int:
        """Triples sent in all."""
        return sum(g.triples for g in self.graphs)

    def summary(self) -> str:
        """One line: what was pushed where.

        >>> PushReport("http://localhost:7878/store", "replace", [GraphPush("", 12, 1, True)]).summary()
        'pushed 1 graph(s), 12 triples to http://localhost:7878/store (replace)'
        """
        return (f"pushed {len(self.pushed)} graph(s), {sum(g.triples for g in self.pushed)} triples "
                f"to {self.endpoint} ({self.mode})")


class PushError(KgError):
    """A push that failed; :attr:`report` says what was and was not pushed.

    Exit code 3 when some graphs were pushed (a partial push), 2 when none was.
    """

    def __init__(self, message: str, *, report: PushReport, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.report = report
        self.exit_code = EXIT_PARTIAL if report.pushed else EXIT_USAGE


def gsp_url(endpoint: str, profile: str = "generic") -> str:
    """The Graph Store Protocol service URL of an endpoint, given its layout.

    :param endpoint: the base URL (or already the GSP service URL).
    :param profile: ``oxigraph``, ``fuseki``, ``graphdb`` or ``generic`` (see :data:`PROFILES`).
    :returns: the service URL.
    :raises KgError: an unknown profile or a URL kg does not accept.

    >>> gsp_url("http://localhost:7878", "oxigraph")
    'http://localhost:7878/store'
    >>> gsp_url("http://localhost:3030/kg/", "fuseki")
    'http://localhost:3030/kg/data'
    >>> gsp_url("http://localhost:7200/repositories/kg", "graphdb")
    'http://localhost:7200/repositories/kg/rdf-graphs/service'
    """
    if profile not in PROFILES:
        raise KgError(f"unknown profile {profile!r}", hint="use one of " + ", ".join(PROFILES))
    check_url(endpoint)
    suffix = PROFILES[profile]
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if suffix and not path.endswith(suffix):
        path += suffix
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path or "/", parts.query, ""))


def graph_url(service: str, graph: str) -> str:
    """The GSP URL of one graph: ``?graph=IRI``, or ``?default`` for :data:`DEFAULT_GRAPH`.

    >>> graph_url("http://localhost:7878/store", "https://w3id.org/kg/graph/identity")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkg%2Fgraph%2Fidentity'
    """
    sep = "&" if urllib.parse.urlsplit(service).query else "?"
    return service + sep + ("default" if graph == DEFAULT_GRAPH else "graph=" + urllib.parse.quote(graph, safe=""))


def chunks(triples: Iterable[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Split a graph's triples (as :func:`kg.export.graph_triples` gives them: those with blank
    nodes last) into requests of at most ``size`` triples, all the blank-node triples in one.

    :param triples: the triples of one graph.
    :param size: the largest number of triples per request (the blank-node triples excepted).
    :returns: an iterator of lists of triples; an empty graph gives one empty list.

    >>> a = ox.NamedNode("https://example.org/a"); b = ox.BlankNode("b")
    >>> [len(c) for c in chunks([ox.Triple(a, a, a)] * 5 + [ox.Triple(a, a, b)] * 3, 2)]
    [2, 2, 1, 3]
    """
    size = max(1, size)
    current: list[ox.Triple] = []
    blank: list[ox.Triple] = []
    sent = False
    for triple in triples:
        if blank or isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
            blank.append(triple)
            continue
        current.append(triple)
        if len(current) == size:
            yield current
            current, sent = [], True
    if blank and current and len(current) + len(blank) > size:
        yield current
        current, sent = [], True
    if current or blank or not sent:
        yield current + blank


def push(store: Store | None = None, *, endpoint: str, profile: str = "generic", into: str | None = None,
         replace: bool = True, union: bool | None = None, chunk_size: int = CHUNK_TRIPLES, retry: Retry = Retry(),
         timeout: float = 60.0, auth: Credentials | None = None,
         on_graph: Callable[[GraphPush], None] | None = None,
         on_request: Callable[[GraphPush], None] | None = None) -> PushReport:
    """Push the store's graphs to a remote store with the SPARQL 1.1 Graph Store Protocol.

    :param store: the store (default: :class:`Store` at its default location).
    :param endpoint: the GSP service URL, or the server's base URL with a ``profile``.
    :param profile: the endpoint layout (see :data:`PROFILES`).
    :param into: IRI of one named graph to receive everything (default: one graph per store graph).
    :param replace: PUT the first request of each graph (replace it), else POST (add to it).
    :param union: also push the union of the named graphs into the remote default graph
        (default: per profile, see :data:`UNION_DEFAULT`).
    :param chunk_size: the largest number of triples per request.
    :param retry: the retry policy for connection errors and 5xx answers.
    :param timeout: seconds to wait for each answer.
    :param auth: credentials (default: :func:`kg.remote.credentials` for the endpoint).
    :param on_graph: called after each graph is pushed completely.
    :param on_request: called after each acknowledged request.
    :returns: what was pushed.
    :raises PushError: a request failed (after the retries); exit code 3 if some graphs were pushed.
    :raises KgError: a bad endpoint, profile or credentials; no store.
    """
    service = gsp_url(endpoint, profile)
    auth = credentials(service) if auth is None else auth
    union = UNION_DEFAULT[profile] if union is None else union
    db = (store or Store()).open()
    if into is not None:
        try:
            ox.NamedNode(into)
        except ValueError:
            raise KgError(f"not an IRI: {into!r}", hint="--into takes the IRI of the remote named graph") from None
        plan: list[tuple[str, object]] = [(into, ox.DefaultGraph())]
    else:
        plan = [(g.value, g) for g in named_graphs(db)]
    if union:
        plan.append((DEFAULT_GRAPH, ox.DefaultGraph()))
    report = PushReport(display_url(service), "replace" if replace else "append", [GraphPush(g) for g, _ in plan])
    for target, (_, source) in zip(report.graphs, plan):
        url = graph_url(service, target.graph)
        try:
            for chunk in chunks(graph_triples(db, source), chunk_size):
                method = "PUT" if replace and target.requests == 0 else "POST"
                request(method, url, data=ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES),
                        headers={"Content-Type": "application/n-triples"}, auth=auth, timeout=timeout, retry=retry)
                target.requests += 1
                target.triples += len(chunk)
                if on_request:
                    on_request(target)
        except RemoteError as exc:
            raise PushError(auth.redact(_failure(report, target, exc)), report=report,
                            hint=exc.hint or "fix the cause and run the same kg push again") from None
        target.done = True
        if on_graph:
            on_graph(target)
    return report


def _names(graphs: list[GraphPush], limit: int = 20) -> str:
    names = ", ".join(g.label for g in graphs[:limit])
    return names + (f" and {len(graphs) - limit} more" if len(graphs) > limit else "")


def _failure(report: PushReport, failed: GraphPush, exc: RemoteError) -> str:
    state = (f"incomplete: {failed.requests} request(s), {failed.triples} triples sent" if failed.requests
             else "nothing of it sent")
    pushed = (f"pushed {len(report.pushed)} graph(s), {sum(g.triples for g in report.pushed)} triples: "
              f"{_names(report.pushed)}" if report.pushed else "nothing was pushed")
    rest = [g for g in report.not_pushed if g is not failed]
    not_pushed = f"; not pushed {len(rest)} graph(s): {_names(rest)}" if rest else ""
    return f"push to {report.endpoint} failed at {failed.label} ({state}): {exc.message}; {pushed}{not_pushed}"
