"""Separating article content from site boilerplate in plain text, without changing the text.

A context-sensitive line classifier in the spirit of jusText (Pomikálek 2011): each line is
*bad* when it carries boilerplate cues (paywall appeals, navigation, cookie notices, credits),
*good* when it is long running prose without cues, *short* otherwise; short lines take the
class of their neighbours, and everything after a trailer heading ("Related Content",
"Recommended Articles"...) is boilerplate until prose resumes. Inline photo credits are
masked inside content lines. Markup (``**``, list bullets, headings) is blanked in the NLP
blocks only, so offsets never move.
"""
from __future__ import annotations

import re

from ..dates import find_date
from ..model import Block, Segment, Span

GOOD_WORDS = 20
"""A line without cues and with at least this many words is article prose."""

_STRONG = [re.compile(p, re.I) for p in (
    r"^\s*skip to (main )?content\s*$",
    r"^\s*\d+\s*min(ute)?s?\s+read\.?\s*$",
    r"^\s*(cookie settings|cookie policy|accept (all )?cookies|advertisement|sponsored content)\s*$",
    r"\bpaywall\b",
    r"^\s*dear (reader|readers|subscriber|subscribers|visitor|visitors),?\s*$",
    r"^\s*(photo|image|picture|video)s?\s*(credit)?s?\s*:",
    r"^\s*(share|tweet|email|print|comment)( this( article| story)?)?\s*$",
    r"^\s*(follow us|sign up|log ?in|register|subscribe)( .{0,40})?\s*$",
)]
_WEAK = [re.compile(p, re.I) for p in (
    r"\bsubscri(be|bers?|ption)\b", r"\bpremium\b", r"\bads?[- ]free\b", r"\bfree of ads\b",
    r"[$€£]\s?\d+(\.\d+)?\s*(a|per|/)\s*(month|year|week)\b", r"\bnewsletter\b", r"\bcookies?\b",
    r"\bclick here\b", r"\ball rights reserved\b", r"©", r"\bcopyright\b", r"\beditor[- ]in[- ]chief\b",
    r"\b(support|fund) (our|independent|quality) journalism\b", r"\bhelp us\b", r"\be-?paper\b",
    r"\bread more\b", r"\bdownload (our|the) app\b", r"\bprivacy policy\b", r"\bterms of (use|service)\b",
    r"\bour (loyal )?readers\b", r"\bbecome a (member|supporter|partner)\b",
)]
_TRAILER = re.compile(
    r"^\s*(related( content| articles?| stories| news)?|recommended( articles| stories| for you)?|"
    r"more from .{1,60}|more (stories|news|on this story)|read (more|next|also)|most (read|popular|viewed)|"
    r"you may also like|latest (news|stories)|trending|cookie settings|topics?:.*|tags?:.*)\s*:?\s*$", re.I)
_CREDIT = re.compile(
    r"\((?i:\s*(?:photo|image|picture|video|file photo)?\s*(?:credit|credits|courtesy|by))\b[^()]*\)"
    r"|\(\s*[^()a-z]{20,}\)")
_MARKUP = re.compile(r"(?m)\*\*|__|^[ \t]*(?:#{1,6}|[-*+•▶►◆◇■□●○▪–—>])(?=[ \t])"
                     r"|(?<=[ \t])[•▶►◆◇■□●○▪](?=[ \t])|\[(?=[^\]\n]+\]\([^)\n]+\))|\]\([^)\n]+\)")
_SENT_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
_YEAR_DIGITS = re.compile(r"\d{4}")


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, newline excluded.

    >>> split_lines("ab\\n\\ncd")
    [(0, 2), (3, 3), (4, 6)]
    """
    spans, start = [], 0
    for m in re.finditer(r"\r\n|\n|\r", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _line_class(line: str) -> str:
    """``bad``, ``good``, ``short`` or ``blank`` for one line, from its own words."""
    stripped = _CREDIT.sub(" ", line).strip()
    if not stripped:
        return "blank" if not line.strip() else "bad"
    if any(p.search(line) for p in _STRONG):
        return "bad"
    words = len(stripped.split())
    cues = sum(1 for p in _WEAK if p.search(line))
    if cues and (words < 2 * GOOD_WORDS or cues >= 2):
        return "bad"
    return "good" if words >= GOOD_WORDS else "short"


def _is_date_line(line: str) -> bool:
    """A line that is essentially a date and time (a dateline), possibly labelled."""
    if not _YEAR_DIGITS.search(line):  # every date :func:`find_date` knows has a four-digit year
        return False
    found = find_date(line)
    if not found:
        return False
    rest = (line[:found[1]] + line[found[2]:]).strip(" \t|-–—,:")
    rest = re.sub(r"(?i)^(published|updated|posted|last updated|date|first published)\b:?", "", rest).strip()
    return len(rest) <= 12 and len(line.strip()) <= 60


def classify(text: str, lines: list[tuple[int, int]], *, skip_until: int = 0) -> list[str]:
    """Kind of every line: ``content``, ``boilerplate``, ``metadata`` or ``blank``.

    :param skip_until: offset before which lines are front matter (``metadata``).

    >>> t = "Title here\\n\\nDear Reader,\\nPlease subscribe.\\nThank you,\\nJo Bloggs, Editor-in-Chief\\n\\n" + "Word " * 25
    >>> classify(t, split_lines(t))
    ['content', 'blank', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'blank', 'content']
    """
    raw = [text[s:e] for s, e in lines]
    classes = [_line_class(line) for line in raw]
    # Front matter and datelines near the top are metadata, not prose.
    meta = [e <= skip_until or (i < 40 and s < 3000 and _is_date_line(raw[i]))
            for i, (s, e) in enumerate(lines)]
    # Truncated duplicates (an image's alt text cut short, then the full caption) are boilerplate.
    for i, line in enumerate(raw):
        head = line.strip()
        if len(head) >= 30 and any(raw[j].strip().startswith(head) and len(raw[j].strip()) > len(head)
                                   for j in range(i + 1, min(i + 4, len(raw)))):
            classes[i] = "bad"
    # Trailer sections: boilerplate from the heading until prose resumes.
    in_trailer = False
    for i, line in enumerate(raw):
        if _TRAILER.match(line) and line.strip():
            in_trailer, classes[i] = True, "bad"
        elif in_trailer and classes[i] == "good":
            in_trailer = False
        elif in_trailer and classes[i] != "blank":
            classes[i] = "bad"
    # Short lines take the class of their nearest non-short neighbours: bad on both sides → bad.
    decided = [i for i, c in enumerate(classes) if c in ("bad", "good") and not meta[i]]
    for i, c in enumerate(classes):
        if c != "short" or meta[i]:
            continue
        before = max((j for j in decided if j < i), default=None)
        after = min((j for j in decided if j > i), default=None)
        left = classes[before] if before is not None else "edge"
        right = classes[after] if after is not None else "edge"
        if (left, right) in {("bad", "bad"), ("bad", "edge")}:
            classes[i] = "bad"
    kinds = []
    for i, c in enumerate(classes):
        if meta[i] and c != "blank":
            kinds.append("metadata")
        else:
            kinds.append({"blank": "blank", "bad": "boilerplate"}.get(c, "content"))
    return kinds


def segments(text: str, lines: list[tuple[int, int]], kinds: list[str], meta_span: Span | None) -> tuple[Segment, ...]:
    """Run-length segments covering the whole text; inline credits inside content are boilerplate."""
    labels: list[tuple[int, int, str, str]] = []
    for (start, end), kind in zip(lines, kinds):
        if kind == "content":
            pos = start
            for m in _CREDIT.finditer(text, start, end):
                labels += [(pos, m.start(), "content", ""), (m.start(), m.end(), "boilerplate", "credit")]
                pos = m.end()
            labels.append((pos, end, "content", ""))
        else:
            reason = {"boilerplate": "site boilerplate", "metadata": "metadata line", "blank": ""}[kind]
            labels.append((start, end, "blank" if kind == "blank" else kind, reason))
    if meta_span:
        labels = [(max(s, meta_span.end), e, k, r) for s, e, k, r in labels if e > meta_span.end]
        labels.insert(0, (0, meta_span.end, "metadata", "front matter"))
    out: list[Segment] = []
    for start, end, kind, reason in labels:
        kind = "content" if kind == "blank" else kind
        if out and (out[-1].kind == kind or start == end):
            prev = out[-1]
            if prev.kind == kind:
                out[-1] = Segment(prev.start, max(prev.end, end), kind, prev.reason or reason)
                continue
        if out and out[-1].end < start:  # the newline between lines joins the earlier segment
            prev = out[-1]
            out[-1] = Segment(prev.start, start, prev.kind, prev.reason)
        if start < end or not out:
            out.append(Segment(start if not out else out[-1].end, end, kind, reason))
    if out and out[-1].end < len(text):
        out[-1] = Segment(out[-1].start, len(text), out[-1].kind, out[-1].reason)
    return tuple(s for s in out if s.end > s.start)


def blocks(text: str, segs: tuple[Segment, ...]) -> tuple[Block, ...]:
    """Content runs for NLP: one block per paragraph, markup and masked text taken out,
    hard-wrapped lines joined.

    A line break ends a block unless the line does not end a sentence and the next line starts
    in lower case (a hard wrap); line breaks inside a block become spaces. Removed text leaves
    one space where it separated two words. :meth:`Block.pos` maps back to the document.

    >>> t = "Title\\n\\n- **Hamas** said (Photo by AFP) it met Iran.\\n"
    >>> from kg.model import Segment
    >>> b = blocks(t, (Segment(0, len(t), "content"),))[-1]
    >>> b.text
    'Hamas said (Photo by AFP) it met Iran.'
    >>> t[b.pos(0):b.pos_end(5)]
    'Hamas'
    """
    keep = [True] * len(text)
    for seg in segs:
        if seg.kind != "content":
            keep[seg.start:seg.end] = [c in "\r\n" for c in text[seg.start:seg.end]]
    for m in _MARKUP.finditer(text):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    out: list[Block] = []
    lines = split_lines(text)
    current: list[tuple[int, int]] = []

    def visible(start: int, end: int) -> str:
        if all(keep[start:end]):  # most lines keep every character
            return text[start:end]
        return "".join(c for c, k in zip(text[start:end], keep[start:end]) if k)

    def flush() -> None:
        if current:
            block = _compact(text, keep, current[0][0], current[-1][1])
            if block is not None:
                out.append(block)
            current.clear()

    for start, end in lines:
        line = visible(start, end)
        if not line.strip():
            flush()
            continue
        if current:
            prev = visible(*current[-1]).rstrip()
            if _SENT_END.search(prev) or not line.lstrip()[:1].islower():
                flush()
        current.append((start, end))
    flush()
    return tuple(out)


def _compact(text: str, keep: list[bool], start: int, end: int) -> Block | None:
    """The block of text[start:end] without the removed characters, with its offset map."""
    if all(keep[start:end]):  # most paragraphs: nothing removed, so no gaps to map
        whole = text[start:end].replace("\r", " ").replace("\n", " ")
        core = whole.strip()
        return Block(start + len(whole) - len(whole.lstrip()), core) if core else None
    chars: list[str] = []
    offsets: list[int] = []
    i = start
    while i < end:
        if keep[i]:
            chars.append(" " if text[i] in "\r\n" else text[i])
            offsets.append(i)
            i += 1
            continue
        j = i
        while j < end and not keep[j]:
            j += 1
        # A removed run between two words leaves one space.
        if chars and not chars[-1].isspace() and j < end and keep[j] and not text[j].isspace():
            chars.append(" ")
            offsets.append(i)
        i = j
    while chars and chars[-1].isspace():
        chars.pop(), offsets.pop()
    lead = 0
    while lead < len(chars) and chars[lead].isspace():
        lead += 1
    chars, offsets = chars[lead:], offsets[lead:]
    if not chars:
        return None
    first = offsets[0]
    gaps: list[tuple[int, int]] = []
    skipped = 0
    for k, off in enumerate(offsets):
        if off - first - k != skipped:
            skipped = off - first - k
            gaps.append((k, skipped))
    return Block(first, "".join(chars), tuple(gaps))
