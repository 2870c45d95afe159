"""Helpers of the benchmarks: run a command while sampling the memory of its process tree."""
from __future__ import annotations

import resource
import subprocess
import sys
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """One measured command."""

    seconds: float
    """Wall-clock time."""
    peak_rss_mb: float
    """Largest sum of the resident memory of the process and its children, sampled every 0.1 s."""
    output: str
    """What it printed (stdout and stderr)."""
    timed_out: bool = False
    """Stopped at its time limit: ``seconds`` is a lower bound."""
    cpu_seconds: float = 0.0
    """CPU time (user + system) of the process and of the children it waited for (its workers): on
    a shared machine the figure that other people's load does not inflate much."""


def run(args: list[str], *, env: dict | None = None, timeout: float | None = None) -> Run:
    """Run ``python args...`` (the interpreter running the benchmark) and measure it.

    :param timeout: stop it after this many seconds; the Run then has ``timed_out`` set and its
        time is a lower bound.
    :raises RuntimeError: when the command fails.
    """
    import psutil

    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    peak = 0
    watched = psutil.Process(proc.pid)
    timed_out = False
    while proc.poll() is None:
        if timeout is not None and time.perf_counter() - t0 > timeout:
            for p in [*watched.children(recursive=True), watched]:
                try:
                    p.kill()
                except psutil.Error:
                    pass
            proc.wait()
            timed_out = True
            break
        try:
            total = sum(p.memory_info().rss for p in [watched, *watched.children(recursive=True)])
        except psutil.Error:
            total = 0
        peak = max(peak, total)
        time.sleep(0.1)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    output = proc.stdout.read().decode("utf-8", "replace")
    if not timed_out and proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{output[-2000:]}")
    return Run(seconds, peak / 2**20, output, timed_out, cpu)


def percentile(values: list[float], q: float) -> float:
    """The ``q`` percentile (0-100) of ``values``, nearest rank.

    >>> percentile([1, 2, 3, 4], 50), percentile([1, 2, 3, 4], 95)
    (2, 4)
    """
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]
