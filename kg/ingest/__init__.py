"""Stage 1, ingest: a file on disk → :class:`~kg.model.Document`.

Reads ``.txt`` and ``.md`` files (optional YAML front matter) and ``.html`` pages (the article
text extracted by :mod:`kg.ingest.html`), decodes them, finds title,
publication date and publisher, and separates article content from site boilerplate
(paywall appeals, related-content lists, cookie notices, photo credits) *without changing the
text*: boilerplate is described by segments and blanked out of the NLP blocks, so every offset
kg reports is an offset into the file's own text.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from pathlib import Path

import yaml

from . import boilerplate
from .html import parse_html
from . import text as plain
from ..clock import now_iso
from ..dates import parse_date
from ..errors import InputError
from ..model import Document, Span

SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
            ".html": "text/html", ".htm": "text/html"}
"""File suffixes kg reads, and their media types."""
MAX_BYTES = 20 * 1024 * 1024
"""Default size limit of one input file."""

_FRONT_MATTER = re.compile(r"\A(\ufeff?---[ \t]*\r?\n)(.*?)(\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z))", re.S)
_FRONT_KEYS = {"title", "date", "published", "publisher", "author", "authors", "url", "source"}


def discover(paths: list[Path], *, skipped: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Expand files and folders into the sorted list of readable documents.

    Folders are walked recursively; hidden entries are skipped, and symlinked folders are followed
    once: a link back to a folder already walked (a symlink loop) is not followed again. A file
    given explicitly must have a supported suffix.

    :param paths: files and folders.
    :param skipped: if given, receives ``(path, reason)`` for each entry left out on purpose
        (symlink loops, folders that cannot be listed).
    :raises InputError: for a path that does not exist, a symlink loop or broken link given
        explicitly, or an explicit unsupported file.

    >>> import tempfile, pathlib
    >>> top = pathlib.Path(tempfile.mkdtemp()); _ = (top / "a.txt").write_text("x"); (top / "loop").symlink_to(top)
    >>> out = []; [p.name for p in discover([top], skipped=out)], [(p.name, why[:12]) for p, why in out]
    (['a.txt'], [('loop', 'symlink loop')])
    """
    found: set[Path] = set()
    problems = skipped if skipped is not None else []
    for path in paths:
        if path.is_dir():
            _walk(path, found, problems)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}",
                                 hint="kg reads " + ", ".join(sorted(SUFFIXES)))
            found.add(path)
        elif path.is_symlink():
            raise InputError(f"{path}: {_link_problem(path)}")
        else:
            raise InputError(f"{path}: no such file or directory")
    return sorted(found)


def _walk(top: Path, found: set[Path], problems: list[tuple[Path, str]]) -> None:
    """Add the documents under ``top``; follow symlinked folders unless they lead to a folder already walked."""
    seen: dict[tuple[int, int], Path] = {}
    st = top.stat()
    seen[(st.st_dev, st.st_ino)] = top

    def unreadable(exc: OSError) -> None:
        problems.append((Path(exc.filename or top), f"cannot list folder ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(top, followlinks=True, onerror=unreadable):
        keep = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            sub = Path(root) / d
            try:
                key = (lambda s: (s.st_dev, s.st_ino))(sub.stat())
            except OSError as exc:
                problems.append((sub, f"cannot open folder ({exc.strerror or exc})"))
                continue
            if key in seen:
                first = seen[key]
                loop = sub.resolve() in (sub.parent.resolve(), *sub.parent.resolve().parents)
                problems.append((sub, f"symlink loop back to {first}, not followed" if loop
                                 else f"same folder as {first}, read once"))
                continue
            seen[key] = sub
            keep.append(d)
        dirs[:] = keep
        found.update(Path(root) / f for f in files
                     if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES)


def _link_problem(path: Path) -> str:
    """Why a symbolic link cannot be read: a loop, or a target that does not exist."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (too many levels of symbolic links)"
    return f"broken symlink (its target {os.readlink(path)} does not exist)"


def read(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file into a :class:`Document`.

    :param path: a ``.txt``, ``.md`` or ``.html`` file.
    :param max_bytes: files larger than this are refused.
    :raises InputError: empty, binary, too large, unreadable, or with malformed front matter.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("Hamas and Iran meet\\n\\nMay 30, 2017 09:45\\n\\nIran met Hamas in Beirut.\\n")
    >>> d = read(p)
    >>> d.title, d.published.value
    ('Hamas and Iran meet', '2017-05-30T09:45:00')
    """
    return parse(read_bytes(path, max_bytes=max_bytes), source=str(path), file_name=path.name,
                 media_type=SUFFIXES.get(path.suffix.lower(), "text/plain"))


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (a named pipe or a device is refused,
    never read: it could block for ever).

    :raises InputError: not a regular file, too large or unreadable.
    """
    try:
        info = path.stat()
    except OSError as exc:
        if path.is_symlink():
            raise InputError(f"{path}: {_link_problem(path)}") from exc
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
        raise InputError(f"{path}: not a regular file ({_file_kind(info.st_mode)})")
    if info.st_size > max_bytes:
        raise InputError(f"{path}: file is {info.st_size} bytes, over the limit of {max_bytes}",
                         hint="raise it with --max-bytes")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # it grew since stat()
        raise InputError(f"{path}: file is over the limit of {max_bytes} bytes", hint="raise it with --max-bytes")
    return data


def _file_kind(mode: int) -> str:
    """A file type for messages.

    >>> _file_kind(stat.S_IFIFO)
    'a named pipe'
    """
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "not a plain file")


def parse(data: bytes, *, source: str, file_name: str, media_type: str = "text/plain") -> Document:
    """Turn a file's bytes into a :class:`Document` (see :func:`read`); HTML pages go to
    :func:`kg.ingest.html.parse_html`."""
    if media_type == "text/html":
        return parse_html(data, source=source, file_name=file_name)
    if not data.strip():
        raise InputError(f"{source}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file (contains NUL bytes), not text")
    text, encoding, notes = plain.decode(data, source)
    meta, meta_span = _front_matter(text, source)
    lines = boilerplate.split_lines(text)
    kinds = boilerplate.classify(text, lines, skip_until=meta_span.end if meta_span else 0)

    published = parse_date(str(meta["date"])) if meta.get("date") else None
    published = published or (parse_date(str(meta["published"])) if meta.get("published") else None)
    if published is None:
        published = plain.date_line(text, lines, kinds)
    title, title_span = plain.title(meta, text, lines, kinds)
    segments = boilerplate.segments(text, lines, kinds, meta_span)
    blocks = boilerplate.blocks(text, segments)
    author = meta.get("author") or meta.get("authors")
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    return Document(
        source=source, file_name=file_name, sha256=hashlib.sha256(data).hexdigest(), text=text,
        media_type=media_type, encoding=encoding, title=title, title_span=title_span,
        published=published, publisher=_str(meta.get("publisher")), author=_str(author),
        url=_str(meta.get("url") or meta.get("source")), segments=segments, blocks=blocks,
        ingested_at=now_iso(), notes=tuple(notes),
    )


def _str(value: object) -> str | None:
    return None if value is None else str(value).strip() or None


def _front_matter(text: str, source: str) -> tuple[dict, Span | None]:
    """YAML front matter between ``---`` lines at the top, with its span."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, None
    try:
        meta = yaml.safe_load(m.group(2)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}, column {mark.column + 1}" if mark else ""
        raise InputError(f"{source}: malformed YAML front matter{where}") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{source}: front matter must be a mapping of keys to values")
    meta = {str(k).lower(): v for k, v in meta.items() if str(k).lower() in _FRONT_KEYS}
    return meta, Span(0, m.end())
