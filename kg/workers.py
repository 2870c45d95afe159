"""Where a build's per-document work runs: in the building process, in a pool of local worker
processes (``--workers N``), or on a Dask cluster (``--scheduler tcp://HOST:PORT``).

All three offer :func:`ordered` mapping with a bounded number of tasks in flight, so a corpus of
any size streams through in order without being held in memory at once. :func:`threaded` runs
work that releases the GIL in threads: :func:`solutions`, independent queries over one store (the
read-out at build time, the checks of a validation), uses it. :func:`load_concurrently` bulk
loads a store being written, one batch per thread.
"""
from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from .errors import InputError, KgError

_ADDRESS = re.compile(r"^(tcp|tls|inproc|ucx|ws|wss)://[^\s/]+$")


class _Done:
    """A finished computation (the result of running a task in the building process)."""

    __slots__ = ("_value",)

    def __init__(self, value) -> None:
        self._value = value

    def result(self):
        return self._value


class Inline:
    """Runs each task in the building process, when it is submitted."""

    workers = 1

    def submit(self, fn: Callable, *args) -> _Done:
        """Run ``fn(*args)`` now."""
        return _Done(fn(*args))


class Local:
    """A pool of ``workers`` local processes, started on first use."""

    def __init__(self, workers: int, *, prepare: Callable[[Callable], object] | None = None) -> None:
        self.workers = workers
        self._pool = None
        self._prepare = prepare

    def submit(self, fn: Callable, *args):
        """Queue ``fn(*args)`` on the pool; returns a future."""
        if self._pool is None:
            import multiprocessing
            import sys
            from concurrent.futures import ProcessPoolExecutor

            # fork on Linux: workers start at once, and a caller's script needs no `if __name__ ==
            # "__main__"` guard; elsewhere fork is unsafe and spawn is the default.
            context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
            if self._prepare is not None and context.get_start_method() == "fork":
                # Loaded once here, the forked workers share it: no worker pays the loading again.
                self._prepare(fn)
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=_die_with_parent)
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def _die_with_parent() -> None:
    """In a local worker: be killed when the building process dies (Linux), so that a build that
    is killed leaves no worker behind."""
    import sys

    if sys.platform == "linux":
        import ctypes
        import signal

        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass


class Cluster:
    """The workers of a Dask cluster, reached through its scheduler (``dask.distributed``)."""

    def __init__(self, address: str, *, timeout: float = 30.0) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise KgError("--scheduler needs dask.distributed", hint='pip install "kg[dask]"') from None
        try:
            self._client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise KgError(f"cannot reach the Dask scheduler at {address}: {exc}",
                          hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`") from None
        self.workers = max(1, sum(w.get("nthreads", 1) for w in self._client.scheduler_info()["workers"].values()))

    def submit(self, fn: Callable, *args):
        """Send ``fn(*args)`` to the cluster; returns a Dask future."""
        return self._client.submit(fn, *args, pure=False)

    def close(self) -> None:
        self._client.close()


@contextmanager
def executor(workers: int | None = None, scheduler: str | None = None, *, timeout: float = 30.0,
             prepare: Callable[[Callable], object] | None = None) -> Iterator[Inline | Local | Cluster]:
    """The place to run a build's tasks: a Dask cluster when ``scheduler`` is given, else
    ``workers`` local processes (default: the machine's cores; 1: the building process).

    :param timeout: seconds to wait for the scheduler to answer.
    :param prepare: called in this process with the first task's function, before local workers
        are forked, to load what the tasks need so that the workers inherit it.

    :raises InputError: a bad worker count or scheduler address.
    :raises KgError: the scheduler cannot be reached or dask is not installed.

    >>> with executor(1) as run: [f.result() for f in (run.submit(len, "abc"),)]
    [3]
    """
    if scheduler:
        if not _ADDRESS.match(scheduler):
            raise InputError(f"bad scheduler address {scheduler!r}", hint="give it as tcp://HOST:PORT")
        place = Cluster(scheduler, timeout=timeout)
    else:
        count = (os.cpu_count() or 1) if workers is None else workers
        if count < 1:
            raise InputError(f"--workers must be at least 1 (got {count})")
        place = Inline() if count == 1 else Local(count, prepare=prepare)
    try:
        yield place
    finally:
        if not isinstance(place, Inline):
            place.close()


def ordered(place: Inline | Local | Cluster, jobs: Iterable[tuple], *, window: int | None = None) -> Iterator[tuple]:
    """Run jobs ``(tag, (fn, args))`` and yield ``(tag, fn(*args))`` in order (a job ``(tag, None)``
    gives ``(tag, None)``), with at most ``window`` tasks in flight (default: twice the workers,
    plus two): jobs are read lazily and results stream out.

    >>> list(ordered(Inline(), [("a", (pow, (2, 3))), ("b", None)]))
    [('a', 8), ('b', None)]
    """
    window = window or 2 * place.workers + 2
    pending: deque = deque()
    for tag, job in jobs:
        pending.append((tag, place.submit(job[0], *job[1]) if job else _Done(None)))
        if len(pending) >= window:
            tag, future = pending.popleft()
            yield tag, _result(future)
    while pending:
        tag, future = pending.popleft()
        yield tag, _result(future)


def ahead(items: Iterable, *, depth: int = 4) -> Iterator:
    """Yield what ``items`` yields, in order, while a thread computes up to ``depth`` items ahead.

    The build's store loading (pyoxigraph's ``bulk_load``, which releases the GIL) then overlaps
    the mapping of the next documents, instead of the workers waiting while the building process
    loads. An exception raised by ``items`` is raised here, where it would have been; a consumer
    that stops early stops the thread at its next item.

    >>> list(ahead(iter(range(5))))
    [0, 1, 2, 3, 4]
    """
    import queue
    import threading

    box: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    end = object()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        box.put((item, None), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            box.put((end, None))
        except BaseException as exc:  # handed to the consumer
            box.put((end, exc))

    thread = threading.Thread(target=produce, name="kg-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item, error = box.get()
            if item is end:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()
        thread.join()


def _result(future):
    try:
        return future.result()
    except KgError:
        raise
    except Exception as exc:
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(exc, BrokenProcessPool):
            raise KgError("a worker process died (out of memory?)", hint="retry with fewer --workers") from exc
        raise


# -- queries over one store at once ------------------------------------------------------------

def cores() -> int:
    """The CPU cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def query_threads() -> int:
    """How many queries run at once: ``KG_VALIDATE_THREADS`` if set, else one per CPU core."""
    env = os.environ.get("KG_VALIDATE_THREADS", "")
    return int(env) if env.isdigit() and int(env) > 0 else cores()


def solutions(db, queries: Iterable[str], *, default_graph: list | None = None,
              prefixes: dict | None = None) -> Iterator[tuple[set[str], list]]:
    """The variables and solutions of each query over the pyoxigraph store ``db``, in the order of
    the queries, computed by :func:`query_threads` threads at once (``default_graph``: the graphs
    whose union the queries read as their default graph, else the store's default graph).

    Why threads: pyoxigraph evaluates a query without holding the GIL, and these queries are
    independent reads of one store, so two cores halve a validation (58 s -> 29 s for the local
    checks on the BBC corpus) and the read-out's listings (10 s -> 6 s).
    """
    def run(query: str) -> tuple[set[str], list]:
        found = db.query(query, default_graph=default_graph, prefixes=prefixes)
        return {v.value for v in found.variables}, list(found)

    yield from threaded(run, queries)


def threaded(func: Callable, items: Iterable) -> Iterator:
    """``func`` of each item, in the order of the items, computed by :func:`query_threads` threads
    at once (in this thread when there is one thread or one item): for work that runs without the
    GIL, such as pyoxigraph's queries and loads.

    >>> list(threaded(abs, [-2, 1, -3]))
    [2, 1, 3]
    """
    items = list(items)
    if query_threads() < 2 or len(items) < 2:
        yield from map(func, items)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(query_threads(), len(items))) as pool:
        yield from pool.map(func, items)


BATCH_BYTES = (16 << 20, 64 << 20)
"""N-Quads per bulk load, the first batches the smallest: the document graphs of a small corpus
(bbc[:400]: 95 MB) still make a batch per loader thread, and the batches of a large corpus stay large,
as every load adds files (one per index) that each later read of the store visits."""


def load_concurrently(db, chunks: Iterable[bytes], *, threads: int | None = None,
                      batch_bytes: tuple[int, int] = BATCH_BYTES) -> int:
    """Bulk load chunks of N-Quads (each whole lines) into the pyoxigraph store ``db`` being
    written (no reader, no other writer), ``threads`` loads at once (default: one per core), in
    batches that double in size from ``batch_bytes[0]`` to ``batch_bytes[1]`` every ``threads``
    loads.

    Why threads: one ``bulk_load`` of a batch keeps about one core busy (measured: 6.2 s of CPU
    in 6.4 s for 725,000 quads), and pyoxigraph runs it without the GIL; loads of
    different batches into the same store are independent (each writes its own sorted files
    and adds them to the database), so two cores load the document graphs of a build in 0.55
    of the time of one (bbc[:400]: 5.8 s -> 3.2 s) and the build no longer runs on one core
    while its workers wait. At most ``threads`` batches wait in memory besides the one being
    filled.

    :returns: the number of bulk loads.
    """
    from concurrent.futures import ThreadPoolExecutor

    import pyoxigraph as ox

    def load(data: bytes) -> None:
        db.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    threads = threads or cores()
    pending: deque = deque()
    loads = 0
    with ThreadPoolExecutor(threads) as pool:
        batch: list[bytes] = []
        size = 0
        for chunk in chunks:
            if chunk:
                batch.append(chunk)
                size += len(chunk)
            if size >= min(batch_bytes[0] << (loads // threads), batch_bytes[1]):
                pending.append(pool.submit(load, b"".join(batch)))
                loads += 1
                batch, size = [], 0
                while len(pending) > threads:
                    pending.popleft().result()
        if batch:
            pending.append(pool.submit(load, b"".join(batch)))
            loads += 1
        for future in pending:  # raises the first failure; the caller drops the generation
            future.result()
    return loads
