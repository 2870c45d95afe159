"""A progress bar for long work, on stderr, only when stderr is a terminal."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from .build import Progress

_LABELS = {"read": "reading files", "extract": "extracting", "map": "mapping", "store": "writing store"}


@contextmanager
def progress_bar(*, enabled: bool = True) -> Iterator[Progress]:
    """Yield a ``(stage, done, total)`` callback that drives a rich progress bar."""
    if not enabled or not sys.stderr.isatty():
        yield lambda stage, done, total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

    with Bar(TextColumn("{task.description:16}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
             transient=True) as bar:
        tasks: dict[str, int] = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(_LABELS.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield tick
