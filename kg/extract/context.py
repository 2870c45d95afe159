"""What the extractors of one document share: its mentions indexed by position, and token helpers."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import Block, Document, Mention


def unnamed_key(sha256: str, label: str) -> str:
    """The actor key of an unnamed group or source ("US officials", "some people") of one document:
    the same words in another story may be other people, so the document is part of the key.

    >>> unnamed_key("0123456789abcdef", "Some People")
    'unnamed 0123456789ab some people'
    """
    return f"unnamed {sha256[:12]} {label.lower()}"


def doc_text(doc) -> str:
    """The text of a spaCy ``Doc``, computed once: ``Doc.text`` joins every token anew on each call,
    and the extractors ask for it per cue and per candidate name."""
    text = doc.user_data.get("kg:text")
    if text is None:
        text = doc.user_data["kg:text"] = doc.text
    return text


def _starts(doc) -> list[int]:
    starts = doc.user_data.get("kg:starts")
    if starts is None:
        starts = doc.user_data["kg:starts"] = [t.idx for t in doc]
    return starts


def token_at_char(doc, offset: int):
    """The token of a spaCy ``Doc`` covering character ``offset`` of its text, or None (a binary
    search over the token starts, kept with the doc: a scan of the doc costs a Token object per word)."""
    i = bisect.bisect_right(_starts(doc), offset) - 1
    if i >= 0:
        tok = doc[i]
        if offset < tok.idx + len(tok.text):
            return tok
    return None


def block_at(parsed: list[tuple[Block, object]], offset: int) -> tuple[Block, object] | None:
    """The (block, spaCy Doc) pair of parsed blocks (in document order) containing a document offset."""
    i = bisect.bisect_right([b.start for b, _ in parsed], offset) - 1
    if i >= 0:
        block, doc = parsed[i]
        if offset < block.end:
            return block, doc
    return None


def parsed_token_at(parsed: list[tuple[Block, object]], offset: int):
    """The spaCy token of parsed blocks covering a document offset, or None."""
    found = block_at(parsed, offset)
    return token_at_char(found[1], found[0].local(offset)) if found is not None else None


def tokens_in(doc, start: int, end: int) -> list:
    """The tokens of a spaCy ``Doc`` that start in the characters [start, end), in order."""
    starts = _starts(doc)
    return [doc[i] for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))]


@dataclass
class Context:
    """One document being extracted: its text, its parsed blocks and its actor mentions."""

    document: Document
    """The document."""
    parsed: list[tuple[Block, object]]
    """(block, spaCy Doc) pairs."""
    mentions: list[Mention]
    """Actor mentions, in text order (extractors may append unnamed sources and demonyms)."""
    last_speaker: Mention | None = None
    """The person who made the latest claim found (the usual antecedent of "he said")."""
    bodies: list[tuple[int, Mention]] = field(default_factory=list)
    """(cue offset, claimant) of each organization that claimed something so far, in text order
    (the usual referent of "the group said")."""
    document_owners: list[tuple[int, str, Mention | None]] | None = None
    """(offset, noun, owner) of the story's documents ("a report by Acme"; no owner: None), found
    once when a claimant first asks (:func:`kg.extract.claims.bodies._document_owners`)."""
    implied: list[Mention] = field(default_factory=list)
    """The mentions added with :meth:`imply`: actors the text implies but does not name."""
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.reindex()

    def imply(self, m: Mention) -> None:
        """Add an actor the text implies without naming it (an unspecified source, a state given
        by a nationality word): later extractors find it by position like a mention, so records
        can point to it, but the extraction keeps it apart from the mentions (no actor evidence)."""
        self.implied.append(m)
        self.mentions.append(m)
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the position index after mentions were added."""
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]

    def at(self, start: int, end: int | None = None) -> Mention | None:
        """The mention covering document offset ``start`` (or overlapping [start, end))."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._starts, end - 1) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end > start:
                return m
            if m.end <= start and start - m.start > 200:
                return None
            i -= 1
        return None

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions entirely inside [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def sentence_mentions(self, offset: int) -> list[Mention]:
        """Mentions entirely inside the sentence at document offset ``offset`` (none off the parse)."""
        tok = self.token_at(offset)
        found = self.block_of(offset)
        if tok is None or found is None:
            return []
        block = found[0]
        return self.within(block.pos(tok.sent.start_char), block.pos_end(tok.sent.end_char))

    def before(self, offset: int, *, category: str | None = None, kind: str | None = None) -> Mention | None:
        """The last mention that ends before ``offset`` (of a category or class)."""
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end <= offset and (category is None or m.category == category) and (kind is None or m.kind == kind):
                return m
            i -= 1
        return None

    def names(self, key: str) -> bool:
        """Whether the document names the actor with this key (not only through a nationality word,
        and not only by implying it: :meth:`imply`)."""
        implied = {id(m) for m in self.implied}
        return any(m.key == key and m.method != "demonym" and id(m) not in implied for m in self.mentions)

    def demonym(self, start: int, text: str) -> Mention | None:
        """A mention for a nationality word ("Iranian officials" → Iran) when the document also names
        that state (a lone nationality word often stands for a people, not a state); None otherwise."""
        from .gazetteer import load

        country = load().country_of_demonym(text)
        if country is None or not self.names(country.key):
            return None
        m = Mention(start, start + len(text), text, "Place", "Country", "demonym", 0.7, country.key)
        self.mentions.append(m)
        self.reindex()
        return m

    def block_of(self, offset: int) -> tuple[Block, object] | None:
        """The (block, spaCy Doc) pair containing a document offset."""
        return block_at(self.parsed, offset)

    def token_at(self, offset: int):
        """The spaCy token covering a document offset, or None."""
        return parsed_token_at(self.parsed, offset)

    def of_token(self, block: Block, token) -> Mention | None:
        """The mention that covers a token of a block."""
        return self.at(block.pos(token.idx), block.pos_end(token.idx + len(token.text)))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace and surrounding punctuation (but not closing quotes of a quotation) from a span."""
    while start < end and (text[start].isspace() or text[start] in ",;:-–—*"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—*."):
        end -= 1
    piece = text[start:end]
    # An opening or closing quotation mark without its partner is not part of the span.
    if piece[:1] == "“" and "”" not in piece or piece[:1] == '"' and piece.count('"') % 2:
        start += 1
    piece = text[start:end]
    if piece[-1:] == "”" and "“" not in piece or piece[-1:] == '"' and piece.count('"') % 2:
        end -= 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—*."):
        end -= 1
    return start, end
