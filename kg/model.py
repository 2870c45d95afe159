"""Frozen records passed between the pipeline stages.

ingest → :class:`Document`; nlp + extract → :class:`DocExtraction`; resolve →
:class:`Resolution`. Every offset is a Unicode code-point offset into
:attr:`Document.text` (the file decoded), start inclusive, end exclusive.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a document's text."""

    start: int
    """Code-point offset of the first character (inclusive)."""
    end: int
    """Code-point offset after the last character (exclusive)."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A region of the document classified as article content or not."""

    start: int
    """Start offset (inclusive)."""
    end: int
    """End offset (exclusive)."""
    kind: str
    """``content``, ``boilerplate`` (appeals, credits, navigation) or ``metadata`` (front matter, date line)."""
    reason: str = ""
    """Why a region is not content (the rule that fired)."""


@dataclass(frozen=True, slots=True)
class Block:
    """A run of content handed to the NLP stage: a paragraph with markup ("**", list bullets)
    and masked regions (photo credits) taken out, so the parser sees clean prose. ``pos`` maps
    every character back to the document.

    >>> b = Block(10, "Hamas said", ((6, 1),))   # the document has "Hamas**said" at 10
    >>> b.pos(0), b.pos(6), b.pos_end(5)
    (10, 17, 15)
    """

    start: int
    """Document offset of ``text[0]``."""
    text: str
    """The content to analyse."""
    gaps: tuple[tuple[int, int], ...] = ()
    """Breakpoints (index in ``text``, characters skipped so far): from that index on, the
    document offset is ``start + index + skipped``."""

    def pos(self, i: int) -> int:
        """Document offset of ``text[i]`` (a start offset)."""
        shift = 0
        for index, skipped in self.gaps:
            if index > i:
                break
            shift = skipped
        return self.start + i + shift

    def pos_end(self, j: int) -> int:
        """Document offset just after ``text[j - 1]`` (an end offset)."""
        return self.pos(j - 1) + 1 if j > 0 else self.start

    def local(self, offset: int) -> int:
        """Index in ``text`` of the character at a document offset (or of the next kept one)."""
        i = offset - self.start
        for index, skipped in self.gaps:
            if index + skipped > offset - self.start:
                break
            i = offset - self.start - skipped
        return max(0, min(i, len(self.text)))

    @property
    def end(self) -> int:
        """Document offset after the block's last character."""
        return self.pos_end(len(self.text))


@dataclass(frozen=True, slots=True)
class DateValue:
    """A normalized date with its precision."""

    value: str
    """ISO 8601: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``YYYY-MM-DDThh:mm:ss``."""
    precision: str
    """``day``, ``month``, ``year`` or ``datetime``."""


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested file: its text exactly as decoded, its metadata and where its content is."""

    source: str
    """The path the file was read from, as given."""
    file_name: str
    """Base name of the file."""
    sha256: str
    """SHA-256 of the file's bytes, lowercase hex: the document's identity."""
    text: str
    """The file's text decoded (UTF-8 or the declared/detected encoding), unchanged; for an HTML
    page, the article text extracted from it. All offsets are into this text."""
    media_type: str
    """``text/plain``, ``text/markdown`` or ``text/html``."""
    encoding: str
    """The encoding used to decode the bytes."""
    title: str | None = None
    """The document title (front matter, or the first content line)."""
    title_span: Span | None = None
    """Where the title is in the text, when it comes from the text."""
    published: DateValue | None = None
    """Publication date (front matter, or a date line near the top)."""
    publisher: str | None = None
    """Publisher name, when known."""
    author: str | None = None
    """Author name(s), when known."""
    url: str | None = None
    """The article's URL, when known."""
    segments: tuple[Segment, ...] = ()
    """Content / boilerplate / metadata regions, in order, covering the whole text."""
    blocks: tuple[Block, ...] = ()
    """The content runs to analyse."""
    ingested_at: str = ""
    """When kg ingested this content (ISO 8601 UTC): the ingest clock."""
    notes: tuple[str, ...] = ()
    """Warnings raised while reading the file (for example a fallback encoding)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming an actor."""

    start: int
    """Start offset (inclusive)."""
    end: int
    """End offset (exclusive)."""
    text: str
    """Exactly ``document.text[start:end]``."""
    category: str
    """``Person``, ``Organization`` or ``Place``."""
    kind: str
    """The most specific ontology class name (``Person``, ``Country``, ``ArmedGroup``...)."""
    method: str
    """The rule or model that found it (``spacy-ner:PERSON``...)."""
    confidence: float
    """Confidence in [0, 1]."""
    key: str = ""
    """Document-local identity key (normalized name); mentions with one key are one actor."""


@dataclass(frozen=True, slots=True)
class RoleRecord:
    """A position held by a person: "Hamas spokesman Fawzi Barhoum", "X, deputy head of Y"."""

    start: int
    """Start of the evidence span (holder and title)."""
    end: int
    """End of the evidence span."""
    holder: str
    """Local key of the person."""
    title: str
    """The title as written ("deputy head of the political bureau")."""
    organization: str | None
    """Local key of the organization (or country), if named."""
    method: str
    """The rule that found it."""
    confidence: float
    """Confidence in [0, 1]."""
    unit: str | None = None
    """A named part of the organization the role is in ("political bureau" of Hamas), if any."""


@dataclass(frozen=True, slots=True)
class EventRecord:
    """An event found from a trigger and its arguments in the dependency parse."""

    start: int
    """Start of the evidence span (the clause with trigger and arguments)."""
    end: int
    """End of the evidence span."""
    kind: str
    """Ontology class name (CAMEO-aligned: ``Meet``, ``ProvideMilitarySupport``...)."""
    trigger: str
    """The trigger word(s) as written."""
    agent: str | None = None
    """Local key of the actor who acts."""
    participants: tuple[str, ...] = ()
    """Local keys of every actor taking part (agent included)."""
    target: str | None = None
    """Local key of the actor the event is directed at."""
    place: str | None = None
    """Local key of the place."""
    date: DateValue | None = None
    """When it happened, normalized (day, month or year precision)."""
    time_text: str | None = None
    """The words the date came from."""
    resource: str | None = None
    """What was provided or transferred ("missiles", "$651,000")."""
    method: str = ""
    """The rule that found it."""
    confidence: float = 0.5
    """Confidence in [0, 1]."""


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """An attributed statement: who said what, with which cue and stance."""

    start: int
    """Start of the claim's content span."""
    end: int
    """End of the claim's content span."""
    claimant: str
    """Local key of the claimant (an actor, or an unnamed source)."""
    cue: str
    """The cue as written ("said", "according to")."""
    cue_start: int
    """Start offset of the cue."""
    stance: str
    """``Asserts``, ``Denies``, ``Assesses`` or ``Expects``."""
    date: DateValue | None = None
    """When the statement was made, if the text says."""
    quoted: bool = False
    """Whether the content is a direct quotation."""
    about: tuple[str, ...] = ()
    """Local keys of the actors named in the content."""
    relayed_by: int | None = None
    """Index (in the document's claims) of the claim that reports this one."""
    events: tuple[int, ...] = ()
    """Indexes (in the document's events) of the events the content asserts."""
    method: str = ""
    """The rule that found it."""
    confidence: float = 0.5
    """Confidence in [0, 1]."""


@dataclass(frozen=True, slots=True)
class DocExtraction:
    """Everything extracted from one document."""

    document: Document
    """The ingested document."""
    mentions: tuple[Mention, ...] = ()
    """Actor mentions, in text order."""
    roles: tuple[RoleRecord, ...] = ()
    """Roles held by persons."""
    events: tuple[EventRecord, ...] = ()
    """Events, in text order."""
    claims: tuple[ClaimRecord, ...] = ()
    """Attributed claims, in text order."""
    extractor: str = ""
    """Fingerprint of the extractor (kg version and NLP model) that produced this."""
    run_started: str = ""
    """Start time (ISO 8601 UTC) of the extraction run that produced this."""
    implied: tuple[Mention, ...] = ()
    """Actors the text implies without naming them: the unspecified source of an agentless
    passive ("is said to"), the state of a nationality word in an office title ("German
    Chancellor"). The span is the phrase that implies the actor; records may point to its key,
    but it is no mention: the actor gets no evidence or alias from it."""


@dataclass(frozen=True, slots=True)
class Actor:
    """One real actor across all documents, as decided by the resolve stage."""

    key: str
    """Corpus-wide identity key; the actor's IRI is minted from it."""
    label: str
    """Canonical label."""
    category: str
    """``Person``, ``Organization`` or ``Place``."""
    kind: str
    """Most specific ontology class name."""
    aliases: tuple[str, ...] = ()
    """Every surface form seen, sorted."""
    wikidata: str | None = None
    """Wikidata ID (``Q...``) when known."""


@dataclass(frozen=True, slots=True)
class Merge:
    """A record that a surface form was resolved to an actor, so the merge can be reviewed."""

    actor_key: str
    """Key of the canonical actor."""
    form: str
    """The surface form that was merged."""
    method: str
    """How: ``exact``, ``normalized``, ``gazetteer``..."""
    doc_sha256: str
    """Document of the first mention with this form."""
    start: int
    """Start offset of that mention."""
    end: int
    """End offset of that mention."""
    confidence: float = 1.0
    """Confidence in [0, 1]."""


@dataclass(frozen=True, slots=True)
class Event:
    """One real event across all documents: the records that report it, merged."""

    key: str
    """Corpus-wide identity key; the event's IRI is minted from it."""
    kind: str
    """Ontology class name."""
    participants: tuple[str, ...]
    """Corpus-wide actor keys of the participants."""
    agent: str | None = None
    """Actor key of the agent."""
    target: str | None = None
    """Actor key of the target."""
    place: str | None = None
    """Actor key of the place."""
    date: DateValue | None = None
    """The most precise date its reports give."""
    mentions: tuple[tuple[str, int], ...] = ()
    """(document sha256, index in that document's events) of every report of it."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """Cross-document identity: which actor and which event each document-local record denotes."""

    actors: dict[str, Actor] = field(default_factory=dict)
    """Actors by corpus-wide key."""
    local: dict[tuple[str, str], str] = field(default_factory=dict)
    """(document sha256, local key) → corpus-wide actor key."""
    merges: tuple[Merge, ...] = ()
    """One record per (actor, surface form) merged."""
    events: dict[str, Event] = field(default_factory=dict)
    """Events by corpus-wide key."""
    local_events: dict[tuple[str, int], str] = field(default_factory=dict)
    """(document sha256, event index) → corpus-wide event key."""


# --- JSON round trip for the extraction cache -------------------------------------------------

def to_json(record: Any) -> str:
    """Serialize a record (nested dataclasses, tuples, dicts) to JSON.

    >>> from_json(DateValue, to_json(DateValue("2018-01-11", "day")))
    DateValue(value='2018-01-11', precision='day')
    """
    return json.dumps(dataclasses.asdict(record), ensure_ascii=False, sort_keys=True)


def from_json(cls: type, text: str) -> Any:
    """Rebuild a record of dataclass ``cls`` from :func:`to_json` output."""
    return _decode(cls, json.loads(text))


def _decode(tp: Any, value: Any) -> Any:
    return _decoder(tp)(value)


@functools.cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function turning the JSON value of type ``tp`` back into it, built once per type (the
    extraction cache of a large corpus is decoded document by document)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in typing.get_args(tp) if a is not type(None)))
        return lambda v: None if v is None else inner(v)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp)]
        return lambda v: None if v is None else tp(**{name: d(v[name]) for name, d in fields if name in v})
    if origin is tuple:
        item = _decoder(typing.get_args(tp)[0])
        if item is _same:
            return lambda v: None if v is None else tuple(v)
        return lambda v: None if v is None else tuple(item(x) for x in v)
    return _same


def _same(value: Any) -> Any:
    return value
