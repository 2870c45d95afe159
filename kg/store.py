"""Stage 6, store: the embedded on-disk triple store (pyoxigraph / RocksDB), written atomically.

Layout of a store folder::

    kg-store/
      current -> gen-000007      the generation queries read (a symlink, swapped atomically)
      gen-000007/                a complete pyoxigraph store
      gen-000007.json            its manifest: documents, files, counts
      gen-000007.validation.json cached validation report of that generation
      cache/                     extraction results by content hash and extractor fingerprint
      .lock                      held by the one build that may write

A build writes a *new* generation next to the current one and swaps the ``current`` link only
when it is complete, so a build that fails or is killed leaves the previous store as it was,
and a query running during a build reads the old generation or the new one, never a mix.
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from . import readout
from .errors import StoreError
from .workers import load_concurrently

_HELD: set = set()
"""Lock files this process holds. A forked worker closes its copies: a flock lives as long as any
descriptor of it, so a worker outliving a killed build must not keep the store locked."""


def _release_in_child() -> None:
    for handle in list(_HELD):
        try:
            os.close(handle.fileno())
        except OSError:
            pass
    _HELD.clear()


os.register_at_fork(after_in_child=_release_in_child)

ENV_VAR = "KG_STORE"
"""Environment variable naming the store folder."""
DEFAULT_NAME = "kg-store"
"""Default store folder, in the working directory."""
_GEN = re.compile(r"^gen-(\d{6})$")


def default_path() -> Path:
    """The store folder: ``$KG_STORE`` if set, else ``./kg-store``."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_NAME)


def graph_to_nquads(graph_iri: URIRef, graph: Graph, union: set[bytes] | None = None) -> bytes:
    """Serialize an rdflib graph as N-Quads lines in the named graph ``graph_iri``.

    :param union: if given, the graph's N-Triples lines are added to it (see :func:`union_chunk`).
    """
    nt = graph.serialize(format="nt", encoding="utf-8")
    lines = [line for line in nt.splitlines() if line.endswith(b" .")]
    if union is not None:
        union.update(lines)
    suffix = f" <{graph_iri}> .".encode()
    return b"".join(line[:-2] + suffix + b"\n" for line in lines)


def union_chunk(union: set[bytes]) -> bytes:
    """The store's default graph: the union of the named graphs, each triple once (RDF merge).

    Queries without a ``GRAPH`` clause read it, so a triple stated in several graphs (an actor
    typed in every document that mentions it) is one answer, not several.
    """
    return b"".join(line + b"\n" for line in sorted(union))


class Store:
    """A kg store folder (see the module documentation for its layout).

    >>> import tempfile; s = Store(tempfile.mkdtemp()); s.exists()
    False
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- reading -------------------------------------------------------------------------------
    @property
    def current(self) -> Path | None:
        """The folder of the current generation, or None when nothing was built yet."""
        link = self.path / "current"
        try:
            target = os.readlink(link)
        except OSError:
            return None
        gen = self.path / target
        return gen if gen.is_dir() else None

    def exists(self) -> bool:
        """Whether a generation has been built."""
        return self.current is not None

    def require(self) -> Path:
        """The current generation folder.

        :raises StoreError: when the store has not been built.
        """
        gen = self.current
        if gen is None:
            raise StoreError(f"no kg store at {self.path}", hint="run `kg build PATHS` first, or pass --store")
        return gen

    def open(self) -> ox.Store:
        """Open the current generation read-only."""
        gen = self.require()
        try:
            return ox.Store.read_only(str(gen))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {gen}: {exc}") from exc

    def manifest(self) -> dict:
        """The manifest of the current generation (empty when nothing was built)."""
        gen = self.current
        if gen is None:
            return {}
        try:
            return json.loads(gen.with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    @property
    def generation(self) -> str | None:
        """Name of the current generation (changes whenever the store changes)."""
        gen = self.current
        return gen.name if gen else None

    # -- validation cache ----------------------------------------------------------------------
    def cached_validation(self) -> dict | None:
        """The validation report cached for the current generation, if any."""
        gen = self.current
        try:
            return json.loads(gen.with_suffix(".validation.json").read_text(encoding="utf-8")) if gen else None
        except (OSError, ValueError):
            return None

    def cache_validation(self, report: dict) -> None:
        """Remember a validation report for the current generation."""
        gen = self.current
        if gen is not None:
            _atomic_write(gen.with_suffix(".validation.json"), json.dumps(report, indent=1, sort_keys=True))

    # -- extraction cache ----------------------------------------------------------------------
    def _cache_file(self, sha256: str, fingerprint: str) -> Path:
        return self.path / "cache" / fingerprint / f"{sha256}.json"

    def cache_get(self, sha256: str, fingerprint: str) -> str | None:
        """Cached extraction of a document content for an extractor fingerprint, as JSON."""
        try:
            return self._cache_file(sha256, fingerprint).read_text(encoding="utf-8")
        except OSError:
            return None

    def cache_put(self, sha256: str, fingerprint: str, payload: str) -> None:
        """Store an extraction result (JSON) in the cache."""
        target = self._cache_file(sha256, fingerprint)
        target.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(target, payload)

    # -- writing -------------------------------------------------------------------------------
    @contextmanager
    def lock(self, *, wait: float = 0.0) -> Iterator[None]:
        """Hold the store's write lock; wait up to ``wait`` seconds for another build to finish.

        :raises StoreError: when another process holds the lock.
        """
        self.path.mkdir(parents=True, exist_ok=True)
        handle = open(self.path / ".lock", "a+")
        deadline = time.monotonic() + wait
        try:
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreError(f"the store {self.path} is locked by another build",
                                         hint="wait for it to finish, or pass --wait SECONDS") from None
                    time.sleep(0.2)
            handle.seek(0), handle.truncate(), handle.write(str(os.getpid())), handle.flush()
            _HELD.add(handle)
            yield
        finally:
            _HELD.discard(handle)
            handle.close()

    def write_generation(self, chunks: Iterable[bytes], manifest: dict, *, timings: dict[str, float] | None = None) -> Path:
        """Write a complete new generation from N-Quads chunks, then make it current atomically.

        When the chunks put nothing in the default graph, it is filled with the union of the named
        graphs. The read-out graph (:mod:`kg.readout`) is then computed from the new data (any
        given in the chunks is replaced). Call it while holding :meth:`lock`. Older generations but the previous one are removed.

        :param timings: if given, receives the wall seconds spent loading the chunks (``map+load``:
            producing them included, as they are streamed), computing the read-out (``read-out``)
            and merging the store's files at the end (``compact``).
        """
        self.path.mkdir(parents=True, exist_ok=True)
        numbers = [int(m.group(1)) for p in self.path.iterdir() if (m := _GEN.match(p.name))]
        name = f"gen-{max(numbers, default=0) + 1:06d}"
        tmp = self.path / f".{name}.tmp{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        timings = {} if timings is None else timings
        try:
            began = time.perf_counter()
            store = ox.Store(str(tmp))
            loads = load_concurrently(store, chunks)
            readout.drop(store)  # derived data given back (by kg reason, say) is recomputed below
            if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None:
                # The default graph is the union of the named graphs (see union_chunk).
                store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            timings["map+load"] = time.perf_counter() - began
            began = time.perf_counter()
            merging = 0.0
            if loads >= 8:  # many loads, many files (see below), and the read-out reads them all
                store.optimize()
                merging = time.perf_counter() - began
            readout.compute(store, scratch=self.path)  # its leftovers, if killed, are collected like the generation's
            timings["read-out"] = time.perf_counter() - began - merging
            began = time.perf_counter()
            # Every bulk load leaves files (one per index) that each later read visits; merged, the
            # whole BBC corpus validates in 42 s instead of 81 s (56 s with fewer, larger loads),
            # bbc[:400] in 7.9 s instead of 9.6 s
            store.optimize()
            timings["compact"] = merging + time.perf_counter() - began
            store.flush()
            del store  # the last reference: the store is closed here, before its folder is renamed
            os.rename(tmp, self.path / name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _atomic_write(self.path / f"{name}.json", json.dumps(manifest, indent=1, sort_keys=True))
        previous = self.current
        link_tmp = self.path / f".current.tmp{os.getpid()}"
        if link_tmp.is_symlink():
            link_tmp.unlink()
        os.symlink(name, link_tmp)
        os.replace(link_tmp, self.path / "current")
        self._collect(keep={name, previous.name if previous else name})
        return self.path / name

    def _collect(self, keep: set[str]) -> None:
        """Remove generations (and leftovers of killed builds) other than ``keep``."""
        for entry in self.path.iterdir():
            base = entry.name.split(".")[0] if not entry.name.startswith(".") else ""
            if entry.name.startswith(".gen-") and entry.name.split(".tmp")[-1] != str(os.getpid()):
                shutil.rmtree(entry, ignore_errors=True)
            elif _GEN.match(base) and base not in keep:
                if entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
