"""Remote SPARQL services over HTTP, with the standard library only.

* :func:`remote_query` sends a query with the SPARQL 1.1 Protocol (POST
  ``application/sparql-query``) and turns the answer into the same
  :class:`~kg.query.QueryResult` local queries give, so every output format works remotely too.
  kg's prefixes are sent with the query (a remote endpoint does not know them). There is no
  validation gate: kg cannot check a remote graph against its shapes.
* :func:`request` is the HTTP plumbing shared with :mod:`kg.push`: credentials from the
  environment or ``~/.netrc``, never printed or logged (:class:`Credentials` redacts them from
  every message), no redirects (credentials are never forwarded), and retries with exponential
  backoff on connection errors and 5xx answers (:class:`Retry`).
"""
from __future__ import annotations

import base64
import http.client
import ipaddress
import netrc
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError, QueryError
from .query import QueryResult, result_of
from .vocab import PREFIXES

TOKEN_ENV = "KG_PUSH_TOKEN"
"""Environment variable holding a bearer token (sent as ``Authorization: Bearer …``)."""
USER_ENV = "KG_PUSH_USER"
"""Environment variable holding the user name for HTTP basic authentication."""
PASSWORD_ENV = "KG_PUSH_PASSWORD"
"""Environment variable holding the password for HTTP basic authentication."""
_AUTH_HINT = f"check {USER_ENV}/{PASSWORD_ENV}, {TOKEN_ENV} or ~/.netrc"


class RemoteError(KgError):
    """A remote service could not be reached, or refused a request (after the retries).

    :param status: the HTTP status of the last answer, or None when there was none.
    """

    def __init__(self, message: str, *, status: int | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status


@dataclass(frozen=True)
class Credentials:
    """What to send in the ``Authorization`` header, and the secrets never to show.

    ``repr`` shows only where the credentials came from.

    >>> c = Credentials("Basic dTpw", ("p", "dTpw"), "KG_PUSH_USER"); c
    Credentials(source='KG_PUSH_USER')
    >>> c.redact("sent Basic dTpw")
    'sent Basic ***'
    """

    authorization: str | None = field(default=None, repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)
    source: str = "none"

    def redact(self, text: str) -> str:
        """``text`` with every secret (and its URL-quoted form) replaced by ``***``.

        :param text: a message that may mention a secret.
        :returns: the message without secrets.
        """
        for secret in sorted(self.secrets, key=len, reverse=True):
            if secret:
                for form in {secret, urllib.parse.quote(secret, safe="")}:
                    text = text.replace(form, "***")
        return text


NO_CREDENTIALS = Credentials()
"""No ``Authorization`` header."""


def display_url(url: str) -> str:
    """The URL without user information or query string, for messages.

    >>> display_url("http://user:secret@localhost:7878/store?graph=x")
    'http://localhost:7878/store'
    """
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def check_url(url: str) -> str:
    """Check that ``url`` is an http(s) URL without credentials in it.

    :param url: an endpoint URL.
    :returns: the URL.
    :raises RemoteError: another scheme, no host, or a user name or password in the URL.

    >>> check_url("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/query'
    >>> check_url("http://me:pw@example.org/sparql")
    Traceback (most recent call last):
    kg.remote.RemoteError: credentials in the URL http://example.org/sparql are not accepted (hint: use KG_PUSH_USER/KG_PUSH_PASSWORD, KG_PUSH_TOKEN or ~/.netrc)
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        shown = (display_url(url) if parts.hostname else "(not shown: it may hold a password)" if "@" in url
                 else repr(url))
        raise RemoteError(f"not an http(s) URL: {shown}",
                          hint="for example http://localhost:7878/query")
    if parts.username or parts.password:
        raise RemoteError(f"credentials in the URL {display_url(url)} are not accepted",
                          hint=f"use {USER_ENV}/{PASSWORD_ENV}, {TOKEN_ENV} or ~/.netrc")
    return url


def credentials(url: str, *, environ: Mapping[str, str] | None = None, netrc_file: str | Path | None = None) -> Credentials:
    """The credentials for ``url``: ``$KG_PUSH_TOKEN`` (bearer), else ``$KG_PUSH_USER`` and
    ``$KG_PUSH_PASSWORD`` (basic), else the ``~/.netrc`` entry of the URL's host (basic), else none.

    :param url: the endpoint URL (its host selects the netrc entry).
    :param environ: the environment (default: ``os.environ``).
    :param netrc_file: the netrc file (default: ``$NETRC``, else ``~/.netrc``).
    :returns: the credentials; their ``repr`` shows only their source.
    :raises RemoteError: a user without a password, or an unreadable netrc file.

    >>> credentials("http://localhost:7878/store", environ={"KG_PUSH_TOKEN": "s3cret"})
    Credentials(source='KG_PUSH_TOKEN')
    >>> credentials("http://localhost:7878/store", environ={}, netrc_file="/nonexistent").source
    'none'
    """
    env = os.environ if environ is None else environ
    if env.get(TOKEN_ENV):
        token = env[TOKEN_ENV]
        return Credentials(f"Bearer {token}", (token,), TOKEN_ENV)
    if env.get(USER_ENV):
        if PASSWORD_ENV not in env:
            raise RemoteError(f"{USER_ENV} is set but {PASSWORD_ENV} is not", hint=f"set {PASSWORD_ENV}, or use {TOKEN_ENV}")
        return _basic(env[USER_ENV], env[PASSWORD_ENV], USER_ENV)
    path = Path(netrc_file or env.get("NETRC") or Path.home() / ".netrc")
    if not path.is_file():
        return NO_CREDENTIALS
    try:
        entry = netrc.netrc(str(path)).authenticators(urllib.parse.urlsplit(url).hostname or "")
    except netrc.NetrcParseError as exc:  # its message may quote the file: show only the line
        raise RemoteError(f"cannot read {path} (line {exc.lineno}): malformed, or readable by others",
                          hint=f"chmod 600 {path}; check its syntax") from None
    except OSError as exc:
        raise RemoteError(f"cannot read {path}: {exc.strerror}") from None
    if not entry or not entry[0]:
        return NO_CREDENTIALS
    return _basic(entry[0], entry[2] or "", "netrc")


def _basic(user: str, password: str, source: str) -> Credentials:
    encoded = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return Credentials(f"Basic {encoded}", (password, encoded), source)


@dataclass(frozen=True)
class Retry:
    """How often and how long to retry a request that failed to connect or got a 5xx (or 429).

    Waits ``wait``, then 2×, 4×… that many seconds between attempts: at most ``retries`` retries
    and ``deadline`` seconds of waiting in all.

    >>> Retry(retries=4, wait=1.0, deadline=10.0).delays()
    [1.0, 2.0, 4.0, 3.0]
    """

    retries: int = 3
    wait: float = 1.0
    deadline: float = 60.0

    def delays(self) -> list[float]:
        """The waits before each retry, in seconds.

        :returns: one wait per retry, the last ones cut so that their sum stays within ``deadline``.
        """
        out: list[float] = []
        for i in range(max(0, self.retries)):
            left = self.deadline - sum(out)
            if left <= 0:
                break
            out.append(min(self.wait * 2 ** i, left))
        return out


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102 - refuse every redirect
        return None


def _opener(url: str) -> urllib.request.OpenerDirector:
    handlers: list = [_NoRedirect()]
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if loopback:  # never send a local request through a proxy
        handlers.append(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener(*handlers)


def request(method: str, url: str, *, data: bytes | None = None, headers: Mapping[str, str] | None = None,
            auth: Credentials = NO_CREDENTIALS, timeout: float = 60.0, retry: Retry = Retry()) -> tuple[int, str, bytes]:
    """Send one HTTP request, retrying on connection errors, 5xx and 429 answers.

    :param method: ``GET``, ``POST``, ``PUT``...
    :param url: an http(s) URL (see :func:`check_url`).
    :param data: the request body.
    :param headers: request headers.
    :param auth: credentials; the ``Authorization`` header is never shown in messages.
    :param timeout: seconds to wait for each answer.
    :param retry: the retry policy.
    :returns: the status, the ``Content-Type`` and the body of the answer (a 2xx).
    :raises RemoteError: the service cannot be reached, or answered 3xx, 4xx, or 5xx after the retries.
    """
    check_url(url)
    opener = _opener(url)
    where = f"{method} {display_url(url)}"
    delays = retry.delays()
    for attempt in range(len(delays) + 1):
        req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        if auth.authorization:
            req.add_unredirected_header("Authorization", auth.authorization)
        status: int | None = None
        try:
            with opener.open(req, timeout=timeout) as answer:
                return answer.status, answer.headers.get("Content-Type", ""), answer.read()
        except urllib.error.HTTPError as exc:
            status = exc.code
            if 300 <= status < 400:
                raise RemoteError(auth.redact(f"{where}: redirected ({status}) to {exc.headers.get('Location', '?')}"),
                                  status=status, hint="pass the final URL (kg does not follow redirects)") from None
            problem = f"HTTP {status} {exc.reason}{_snippet(exc)}"
            retryable = status >= 500 or status == 429
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            problem = f"cannot connect: {reason or type(exc).__name__}"
            retryable = True
        if not retryable or attempt == len(delays):
            tries = f" (after {attempt} retr{'y' if attempt == 1 else 'ies'})" if attempt else ""
            hint = _AUTH_HINT if status in (401, 403) else None
            raise RemoteError(auth.redact(f"{where}: {problem}{tries}"), status=status, hint=hint)
        time.sleep(delays[attempt])
    raise AssertionError("unreachable")  # pragma: no cover


def _snippet(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(400).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the body is only a courtesy
        return ""
    line = " ".join(body.split())[:200]
    return f": {line}" if line else ""


_PROLOGUE = re.compile(r"\s+|#[^\n]*|(?i:BASE)\s*<[^>]*>|(?i:PREFIX)\s+[^\s:]*:\s*<[^>]*>")
_DECLARED = re.compile(r"(?i)\bPREFIX\s+([^\s:]*):")


def query_form(sparql: str) -> str | None:
    """The form of a query, read after its prologue: ``select``, ``ask``, ``construct``, ``describe``.

    :param sparql: the query text.
    :returns: the form, or None when it cannot be told (an update, or malformed text).

    >>> query_form("PREFIX ex: <http://ex.org/#> # a comment\\nconstruct { ?s ?p ?o } WHERE { ?s ?p ?o }")
    'construct'
    """
    pos = 0
    while (m := _PROLOGUE.match(sparql, pos)) and m.end() > pos:
        pos = m.end()
    form = re.match(r"(?i)(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", sparql[pos:])
    return form.group(1).lower() if form else None


def with_prefixes(sparql: str, prefixes: Mapping[str, str] = PREFIXES) -> str:
    """The query with ``PREFIX`` declarations for kg's prefixes it does not declare itself, on the
    query's first line (so that an endpoint's error messages keep the query's line numbers).

    :param sparql: the query text.
    :param prefixes: prefix → namespace (default: :data:`kg.vocab.PREFIXES`).
    :returns: the declarations followed by the query.

    >>> with_prefixes("PREFIX kg: <urn:x#> ASK {}", {"kg": "https://w3id.org/kg/ont#", "oa": "http://www.w3.org/ns/oa#"})
    'PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX kg: <urn:x#> ASK {}'
    """
    declared = set(_DECLARED.findall(sparql))
    return "".join(f"PREFIX {p}: <{ns}> " for p, ns in prefixes.items() if p not in declared) + sparql


_ACCEPT = {"select": "application/sparql-results+json", "ask": "application/sparql-results+json",
           "construct": "application/n-triples", "describe": "application/n-triples"}
_RESULTS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
            "application/sparql-results+xml": ox.QueryResultsFormat.XML,
            "text/tab-separated-values": ox.QueryResultsFormat.TSV}


def remote_query(sparql: str, endpoint: str, *, timeout: float = 60.0, retry: Retry = Retry(),
                 auth: Credentials | None = None) -> QueryResult:
    """Run a SPARQL query on a remote SPARQL 1.1 endpoint.

    The query is POSTed as ``application/sparql-query`` with kg's prefixes declared, asking for
    SPARQL JSON results (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE). No validation gate.

    :param sparql: the query text (resolve bundled names first with :func:`kg.query.resolve_text`).
    :param endpoint: the endpoint URL, e.g. ``http://localhost:7878/query``.
    :param timeout: seconds to wait for the answer.
    :param retry: the retry policy for connection errors and 5xx answers.
    :param auth: credentials (default: :func:`credentials` for the endpoint).
    :returns: the answer, as for a local query.
    :raises QueryError: the endpoint rejected the query (4xx) or gave an answer kg cannot read.
    :raises RemoteError: the endpoint cannot be reached, or failed.
    """
    auth = credentials(endpoint) if auth is None else auth
    text = with_prefixes(sparql)
    accept = _ACCEPT.get(query_form(text) or "", "application/sparql-results+json, application/n-triples;q=0.9")
    headers = {"Content-Type": "application/sparql-query; charset=utf-8", "Accept": accept}
    try:
        _, content_type, body = request("POST", endpoint, data=text.encode("utf-8"), headers=headers, auth=auth,
                                        timeout=timeout, retry=retry)
    except RemoteError as exc:
        if exc.status is not None and 400 <= exc.status < 500 and exc.status not in (401, 403, 404):
            raise QueryError(f"the endpoint rejected the query: {exc.message}") from None
        raise
    media = content_type.split(";")[0].strip().lower()
    try:
        if media in _RESULTS:
            return result_of(ox.parse_query_results(body, format=_RESULTS[media]))
        rdf = ox.RdfFormat.from_media_type(media)
        if rdf is None:
            raise QueryError(f"the endpoint answered {media or 'without a content type'}, which kg cannot read")
        return result_of(q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(body, format=rdf))
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"cannot read the endpoint's answer ({media}): {exc}") from None
