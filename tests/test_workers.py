"""Parallel builds (``--workers N``) and distributed builds on a real Dask cluster (``--scheduler``)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys

import pytest

from kg import Store, build, export
from kg.errors import InputError, KgError
from kg.workers import Inline, Local, executor, ordered

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.parametrize("workers", [2])
def test_workers_pool_runs_tasks_in_other_processes_in_order(workers):
    place = Local(workers)
    try:
        results = list(ordered(place, [(i, (os.getpid, ())) for i in range(8)]))
    finally:
        place.close()
    assert [tag for tag, _ in results] == list(range(8))
    assert os.getpid() not in {pid for _, pid in results}


@pytest.mark.parametrize("window", [3])
def test_workers_ordered_reads_jobs_lazily(window):
    """At most ``window`` jobs are taken before the first result is handed out (bounded memory)."""
    taken = []

    def jobs():
        for i in range(10):
            taken.append(i)
            yield i, (abs, (-i,))

    stream = ordered(Inline(), jobs(), window=window)
    assert next(stream) == (0, 0) and len(taken) == window
    assert [v for _, v in stream] == list(range(1, 10))


@pytest.fixture()
def mixed_corpus(tmp_path, seeds_dir):
    """The seeds, a copy of one of them (a duplicate) and an empty file (fails)."""
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    first = sorted(folder.glob("*.txt"))[0]
    shutil.copy(first, folder / "zz_copy.txt")
    (folder / "m_empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("workers", [2])
def test_workers_parallel_build_exports_the_same_bytes(tmp_path, mixed_corpus, frozen_clock, workers):
    one = build([mixed_corpus], store=Store(tmp_path / "one"), workers=1)
    many = build([mixed_corpus], store=Store(tmp_path / "many"), workers=workers)
    assert many.files == one.files and many.quads == one.quads
    assert {f.status for f in many.files} == {"extracted", "duplicate", "failed"}
    for fmt in ("nquads", "turtle"):
        assert export(Store(tmp_path / "many"), format=fmt) == export(Store(tmp_path / "one"), format=fmt)


@pytest.mark.parametrize("workers", [2])
def test_workers_strict_stops_at_the_first_bad_file(tmp_path, write_doc, workers):
    for i in range(6):
        write_doc(f"{i}.txt", "Empty\n" if i != 3 else "")
    write_doc("5.txt", "")
    with pytest.raises(InputError, match=r"3\.txt: empty file"):
        build([tmp_path / "docs"], store=Store(tmp_path / "s"), strict=True, workers=workers)


@pytest.mark.parametrize("args,message", [
    (["--workers", "0"], "--workers must be at least 1"),
    (["--scheduler", "localhost:8786"], "bad scheduler address"),
])
def test_workers_bad_options_exit_2(tmp_path, seeds_dir, args, message):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["build", str(seeds_dir), "--store", str(tmp_path / "s"), "-q", *args])
    assert result.exit_code == 2 and message in result.output


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:{port}"])
def test_workers_unreachable_scheduler_is_a_clear_error(address):
    pytest.importorskip("distributed")
    with pytest.raises(KgError, match="cannot reach the Dask scheduler"):
        with executor(scheduler=address.format(port=_free_port()), timeout=2):
            pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def dask_cluster(tmp_path):
    """A real Dask scheduler and two single-threaded workers on 127.0.0.1, as subprocesses;
    the workers do not share the test's frozen clock (the build sends it)."""
    pytest.importorskip("distributed")
    port, dashboard = _free_port(), _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONPATH"] = os.pathsep.join([ROOT, *filter(None, [env.get("PYTHONPATH")])])
    log = open(tmp_path / "dask.log", "wb")
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--dashboard-address", f"127.0.0.1:{dashboard}"],
                              env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path)]
    for _ in range(2):
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                       "--no-dashboard", "--host", "127.0.0.1", "--local-directory", str(tmp_path)],
                                      env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path))
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        log.close()


@pytest.mark.slow
@pytest.mark.parametrize("count", [3])
def test_workers_dask_build_gives_the_local_graph(tmp_path, seeds_dir, dask_cluster, frozen_clock, count):
    from distributed import Client

    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(seeds_dir.glob("*.txt"))[:count]:
        shutil.copy(path, folder / path.name)
    local = build([folder], store=Store(tmp_path / "local"), workers=1)
    remote = build([folder], store=Store(tmp_path / "remote"), scheduler=dask_cluster)
    assert remote.files == local.files and remote.quads == local.quads
    # The same graph (byte-identical exports, so isomorphic), computed on the cluster:
    assert export(Store(tmp_path / "remote"), format="nquads") == export(Store(tmp_path / "local"), format="nquads")
    with Client(dask_cluster, timeout=30) as client:
        ran = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert {"extract_files", "map_documents"} <= set(ran)


def test_local_workers_prepare_once_with_the_first_task_before_forking():
    """``prepare`` runs in the building process, once, with the first task's function (the build
    loads the spaCy pipeline there only when that task is an extraction, see kg.build._prepare)."""
    calls = []
    with executor(2, prepare=calls.append) as place:
        assert [f.result() for f in [place.submit(len, "ab"), place.submit(sorted, "ba")]] == [2, ["a", "b"]]
    assert calls == [len]
    with executor(1, prepare=calls.append) as place:  # no workers to fork: nothing to prepare
        assert place.submit(len, "abc").result() == 3
    assert calls == [len]


def test_workers_tasks_shrink_so_that_the_workers_finish_together(tmp_path, write_doc):
    """Guided scheduling: the build's extraction tasks start large and end with the smallest size,
    every file once and in order; with one worker there is no one to wait for, the tasks stay large."""
    from kg.build import _jobs
    from kg.tasks import Settings

    files = [write_doc(f"{i:03d}.txt", f"Report {i}: the council of Norborough met on Tuesday.\n") for i in range(60)]
    settings = Settings("test-extractor", "2020-01-01T00:00:00Z")
    sizes, seen = {}, {}
    for workers in (2, 1):
        jobs = list(_jobs(files, Store(tmp_path / "s"), settings, max_bytes=10_000, workers=workers))
        sizes[workers] = [len(task[1][0]) for _, task in jobs]
        seen[workers] = [path for _, task in jobs for path, _, _ in task[1][0]]
    assert seen[2] == seen[1] == [str(f) for f in files]
    assert sizes[2] == sorted(sizes[2], reverse=True) and sizes[2][0] >= 7 and sizes[2][-1] <= 2
    assert sizes[1] == [16, 16, 16, 12]


def test_workers_ahead_computes_the_next_items_while_the_consumer_is_busy():
    """The store loads a batch while the next documents are mapped: ``ahead`` runs the producer in a
    thread, hands out its items in order and raises its error where it happened."""
    import threading

    from kg.workers import ahead

    made, third = [], threading.Event()

    def produce():
        for i in range(5):
            made.append(i)
            if i == 2:
                third.set()
            yield i

    stream = ahead(produce(), depth=2)
    assert next(stream) == 0
    assert third.wait(timeout=10), "the producer did not run ahead of the consumer"
    assert list(stream) == [1, 2, 3, 4]

    def failing():
        yield "a"
        raise ValueError("bad chunk")

    stream = ahead(failing())
    assert next(stream) == "a"
    with pytest.raises(ValueError, match="bad chunk"):
        next(stream)

    endless = ahead(iter(int, 1), depth=1)  # a consumer that stops early stops the thread
    assert next(endless) == 0
    endless.close()
    assert not [t for t in threading.enumerate() if t.name == "kg-ahead"]


def test_workers_load_concurrently_gives_the_quads_of_one_load(tmp_path):
    """The store loads batches of N-Quads in threads, more than one at a time, batches growing
    from the first size to the last; the store holds exactly what one bulk load gives, and a
    malformed batch raises (the build then drops the generation)."""
    import threading
    import time

    import pyoxigraph as ox

    from kg.workers import load_concurrently

    lines = [f'<urn:s{i % 97}> <urn:p{i % 7}> "v{i}" <urn:g{i % 5}> .\n'.encode() for i in range(3000)]
    chunks = [b"".join(lines[i:i + 100]) for i in range(0, len(lines), 100)]
    one = ox.Store(str(tmp_path / "one"))
    one.bulk_load(b"".join(chunks), format=ox.RdfFormat.N_QUADS)

    class Recording:
        """A real store that records how many of its bulk loads run at once and their sizes."""

        def __init__(self, path):
            self.db, self.sizes, self.running, self.most = ox.Store(path), [], 0, 0
            self.lock = threading.Lock()

        def bulk_load(self, data, format):
            with self.lock:
                self.running += 1
                self.most = max(self.most, self.running)
                self.sizes.append(len(data))
            time.sleep(0.05)  # long enough for the other thread to start its load
            try:
                self.db.bulk_load(data, format=format)
            finally:
                with self.lock:
                    self.running -= 1

    many = Recording(str(tmp_path / "many"))
    assert load_concurrently(many, chunks, threads=2, batch_bytes=(4000, 16000)) == len(many.sizes)
    assert set(many.db) == set(one) and len(many.db) == 3000
    assert many.most == 2
    assert len(many.sizes) > 4 and many.sizes[0] < 8000 < max(many.sizes) < 16000 + 8000

    bad = Recording(str(tmp_path / "bad"))
    with pytest.raises(SyntaxError):
        load_concurrently(bad, [*chunks[:3], b"<urn:s> not n-quads\n", *chunks[3:]], threads=2, batch_bytes=(4000, 4000))
