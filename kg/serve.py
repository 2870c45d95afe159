"""``kg serve``: a read-only SPARQL endpoint over the local store.

It runs the Oxigraph server (the ``oxigraph`` binary of the PyPI package ``oxigraph``, the same
engine and on-disk format as pyoxigraph) as ``oxigraph serve-read-only`` on the store's current
generation, so it answers exactly what local queries see: the default graph is the union of the
named graphs. SPARQL queries go to ``http://HOST:PORT/query``; updates and Graph Store writes are
refused (403). It listens on 127.0.0.1 unless another host is given with ``allow_remote`` (there
is no authentication). The served generation is fixed when the server starts: restart it after a
build (a build removes the generations older than the previous one).
"""
from __future__ import annotations

import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError
from .store import Store

BINARY_ENV = "KG_OXIGRAPH"
"""Environment variable naming the ``oxigraph`` binary to run (default: found on PATH or next to Python)."""
_INSTALL = "pip install oxigraph (the server, same version as pyoxigraph), or set KG_OXIGRAPH to its path"


def find_oxigraph() -> str:
    """The path of the ``oxigraph`` server binary: ``$KG_OXIGRAPH``, else on ``PATH``, else next to
    the running Python (a virtual environment's ``bin/``).

    :returns: the path.
    :raises KgError: it is not installed.
    """
    candidates = [os.environ.get(BINARY_ENV), shutil.which("oxigraph"), str(Path(sys.executable).parent / "oxigraph")]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    raise KgError("the oxigraph server is not installed", hint=_INSTALL)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address (or ``localhost``).

    >>> [is_loopback(h) for h in ("127.0.0.1", "localhost", "::1", "0.0.0.0", "example.org")]
    [True, True, True, False, False]
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind_address(host: str, port: int) -> str:
    """``HOST:PORT`` as the oxigraph server takes it (IPv6 addresses in brackets).

    >>> bind_address("::1", 7878)
    '[::1]:7878'
    """
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def serve_command(store: Store | None = None, *, host: str = "127.0.0.1", port: int = 7878,
                  allow_remote: bool = False) -> list[str]:
    """The command line that serves the store read-only, after checking that it can run.

    :param store: the store (default: :class:`Store` at its default location).
    :param host: the address to listen on.
    :param port: the port to listen on.
    :param allow_remote: allow a non-loopback ``host``.
    :returns: the argument list of ``oxigraph serve-read-only``.
    :raises KgError: a non-loopback host without ``allow_remote``, a bad port, no oxigraph binary,
        or one whose version cannot read pyoxigraph's store.
    :raises StoreError: no store.

    >>> serve_command(host="0.0.0.0")
    Traceback (most recent call last):
    kg.errors.KgError: refusing to serve on 0.0.0.0, which is not a loopback address: anyone who can reach it could read the graph (hint: pass --allow-remote to mean it)
    """
    if not is_loopback(host) and not allow_remote:
        raise KgError(f"refusing to serve on {host}, which is not a loopback address: anyone who can reach it "
                      "could read the graph", hint="pass --allow-remote to mean it")
    if not 0 < port < 65536:
        raise KgError(f"bad port {port}", hint="use a port between 1 and 65535")
    location = (store or Store()).require()
    binary = find_oxigraph()
    _check_version(binary)
    return [binary, "serve-read-only", "--location", str(location), "--bind", bind_address(host, port)]


def _check_version(binary: str) -> None:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise KgError(f"cannot run {binary}: {exc}", hint=_INSTALL) from None
    version = out.split()[-1] if out.split() else "?"
    if version.split(".")[:2] != ox.__version__.split(".")[:2]:
        raise KgError(f"{binary} is oxigraph {version}, which may not read a store written by pyoxigraph {ox.__version__}",
                      hint=f"pip install 'oxigraph=={ox.__version__}'")


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def serve(store: Store | None = None, *, host: str = "127.0.0.1", port: int = 7878, allow_remote: bool = False,
          echo: Callable[[str], None] | None = None) -> int:
    """Serve the store read-only as a SPARQL endpoint until interrupted (Ctrl-C or SIGTERM).

    :param store: the store (default: :class:`Store` at its default location).
    :param host: the address to listen on (a loopback one unless ``allow_remote``).
    :param port: the port to listen on.
    :param allow_remote: allow a non-loopback ``host``.
    :param echo: called with one line saying where the endpoint is.
    :returns: 0 once stopped.
    :raises KgError: see :func:`serve_command`; the port is taken; the server failed.
    """
    store = store or Store()
    argv = serve_command(store, host=host, port=port, allow_remote=allow_remote)
    if not _port_free(host, port):
        raise KgError(f"port {port} on {host} is already in use", hint="pass another --port")
    if echo:
        echo(f"serving {store.path} ({store.generation}) read-only: SPARQL endpoint "
             f"http://{bind_address(host, port)}/query (Ctrl-C stops)")
    proc = subprocess.Popen(argv)
    stopping = False

    def stop(signum, frame):  # noqa: ARG001 - signal handler signature
        nonlocal stopping
        stopping = True
        proc.terminate()

    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, stop) if main else None
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        stopping = True
        proc.terminate()
        code = proc.wait(timeout=30)
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
    if code != 0 and not stopping:
        raise KgError(f"the oxigraph server stopped with exit code {code}", hint="see its message above")
    return 0
