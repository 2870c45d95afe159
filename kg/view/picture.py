"""Writing a picture where the user asked: ``.svg`` as is, ``.html`` as a self-contained page,
``.png`` through headless Chromium (:mod:`kg.view.chromium`)."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import KgError
from .html import esc, write_text

SUFFIXES = (".html", ".svg", ".png")
"""The output formats of ``kg viz`` and ``kg timeline``, by file name suffix."""


def check_output(output: Path) -> None:
    """Refuse an output file whose suffix is not one of :data:`SUFFIXES`, before any work.

    >>> check_output(Path("net.html"))
    >>> check_output(Path("net.pdf"))
    Traceback (most recent call last):
    ...
    kg.errors.KgError: cannot write net.pdf: the file name must end in .html, .svg or .png
    """
    if output.suffix.lower() not in SUFFIXES:
        raise KgError(f"cannot write {output}: the file name must end in .html, .svg or .png")


def save(output: Path, svg: str, page: Callable[[], str], width: int, height: int) -> None:
    """Write the picture ``svg`` (``width`` × ``height`` pixels) as the suffix of ``output`` says.

    :param page: makes the HTML page (called only for ``.html``).
    :raises KgError: the file cannot be written; :class:`~kg.view.chromium.BrowserError` for a PNG
        without Chromium.
    """
    suffix = output.suffix.lower()
    try:
        if suffix == ".svg":
            write_text(output, '<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n")
        elif suffix == ".html":
            write_text(output, page())
        else:
            from .chromium import screenshot

            output.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(prefix="kg-png-") as tmp:
                holder = Path(tmp) / "picture.html"
                holder.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(output.name)}</title>'
                                  '<style>html,body{margin:0;padding:0;background:#fff}</style></head>'
                                  f"<body>{svg}</body></html>", encoding="utf-8")
                screenshot(holder, output, width, height)
    except OSError as exc:
        raise KgError(f"cannot write {output}: {exc.strerror or exc}") from exc
