"""Text-level helpers of ingest that every input format shares: decoding bytes, the date line
near the top, the title line. :mod:`kg.ingest` (plain text and Markdown) and :mod:`kg.ingest.html`
both use them."""
from __future__ import annotations

import re

from ..dates import find_date
from ..errors import InputError
from ..model import DateValue, Span


def decode(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decode UTF-8; otherwise a charset the file declares; otherwise Windows-1252 / Latin-1."""
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        position = exc.start
    declared = re.search(rb"(?:charset|encoding)\s*[=:]\s*[\"']?([A-Za-z0-9._-]+)", data[:2048])
    candidates = ([declared.group(1).decode("ascii")] if declared else []) + ["cp1252", "latin-1"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if sum(ch < " " and ch not in "\t\r\n\f" for ch in text[:4096]) > 0.1 * min(len(text), 4096):
            break
        return text, encoding, [f"{source}: not valid UTF-8 (byte {position}); decoded as {encoding}"]
    raise InputError(f"{source}: binary file (not decodable as text)")


def date_line(text: str, lines: list[tuple[int, int]], kinds: list[str]) -> DateValue | None:
    """The publication date from a date line near the top (a line that is mostly a date)."""
    for (start, end), kind in list(zip(lines, kinds))[:40]:
        if kind != "metadata":
            continue
        found = find_date(text[start:end])
        if found:
            return found[0]
    return None


def title(meta: dict, text: str, lines: list[tuple[int, int]], kinds: list[str]) -> tuple[str | None, Span | None]:
    """Title from front matter, else the first non-blank content line."""
    if meta.get("title"):
        return str(meta["title"]).strip(), None
    for (start, end), kind in zip(lines, kinds):
        line = text[start:end]
        if kind == "content" and line.strip():
            lead = len(line) - len(line.lstrip())
            stripped = line.strip().strip("#").strip()
            offset = start + lead + line.strip().find(stripped)
            return stripped, Span(offset, offset + len(stripped))
    return None, None
