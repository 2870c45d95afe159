"""Frozen records of what the view draws: the store's actors, events, claims, roles and
documents with their evidence spans, read once by :func:`kg.view.load.load`.

Every offset is a Unicode code-point offset into the document's text (``kg:text``), start
inclusive, end exclusive, as in the store's ``oa:TextPositionSelector``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence span: where in which document a node was read."""

    document: str
    """The document's file name (the smallest, if it was found under several)."""
    start: int
    """Offset of the first character (inclusive)."""
    end: int
    """Offset after the last character (exclusive)."""
    text: str
    """The exact quote at those offsets (``oa:exact``)."""

    def where(self) -> str:
        """``file [start, end)``.

        >>> Evidence("a.txt", 3, 9, "Hamas").where()
        'a.txt [3, 9)'
        """
        return f"{self.document} [{self.start}, {self.end})"


@dataclass(frozen=True, slots=True)
class ActorView:
    """An actor: person, organization, place or unnamed source."""

    iri: str
    label: str
    """Its preferred label."""
    category: str
    """``Person``, ``Organization``, ``Place`` or ``UnnamedSource``."""
    kind: str
    """Its most specific kg class (``ArmedGroup``, ``Country``...), else the category."""
    aliases: tuple[str, ...] = ()
    """Other names it goes by (``skos:altLabel``), sorted."""
    wikidata: str = ""
    """The Wikidata entity it is ``owl:sameAs``, if any."""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class EventView:
    """An event with its actors and its (possibly partial) date."""

    iri: str
    kind: str
    """Its most specific kg class (``Meet``, ``TransferWeapons``...)."""
    date: str = ""
    """``kg:eventDate`` as written: ``2017-10-21``, ``2017-05`` or ``1997``; empty when undated."""
    precision: str = ""
    """``day``, ``month`` or ``year`` (``kg:datePrecision``); empty when undated."""
    agent: str = ""
    """IRI of the agent, if any."""
    target: str = ""
    """IRI of the target, if any."""
    participants: tuple[str, ...] = ()
    """IRIs of every participant (agent and target included), sorted."""
    place: str = ""
    """IRI of the place, if any."""
    triggers: tuple[str, ...] = ()
    """The words that name it in the documents."""
    resources: tuple[str, ...] = ()
    """What is transferred or provided, when said."""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim: who said what, with which cue and stance, relayed by which claim."""

    iri: str
    claimant: str
    """IRI of the claimant."""
    cue: str
    stance: str
    """``Asserts``, ``Denies``, ``Assesses`` or ``Expects``."""
    content: str
    date: str = ""
    relayed_by: str = ""
    """IRI of the claim that reports this one ("X said that Y said..."), if any."""
    about: tuple[str, ...] = ()
    """IRIs of the actors it is about, sorted."""
    asserts: tuple[str, ...] = ()
    """IRIs of the events it asserts, sorted."""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class RoleView:
    """A role: a person's position, in an organization when said."""

    iri: str
    holder: str
    title: str
    organization: str = ""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document with its text (``kg:text``), into which the evidence offsets point."""

    name: str
    """Its file name (the smallest, if found under several)."""
    iri: str
    text: str
    title: str = ""
    publisher: str = ""
    published: str = ""


@dataclass(frozen=True, slots=True)
class ViewGraph:
    """Everything the view draws, by IRI (documents by file name)."""

    actors: dict[str, ActorView] = field(default_factory=dict)
    events: dict[str, EventView] = field(default_factory=dict)
    claims: dict[str, ClaimView] = field(default_factory=dict)
    roles: dict[str, RoleView] = field(default_factory=dict)
    documents: dict[str, DocumentView] = field(default_factory=dict)

    def label(self, iri: str) -> str:
        """A short name for any node: an actor's label, an event's class, a claim's cue.

        >>> ViewGraph(actors={"x": ActorView("x", "Hamas", "Organization", "ArmedGroup")}).label("x")
        'Hamas'
        """
        if iri in self.actors:
            return self.actors[iri].label
        if iri in self.events:
            e = self.events[iri]
            return f"{e.kind} {e.date}".strip()
        if iri in self.claims:
            c = self.claims[iri]
            return f"{self.label(c.claimant)} {c.cue}"
        if iri in self.roles:
            return self.roles[iri].title
        return iri.rsplit("/", 1)[-1]

    def evidence(self, iri: str) -> tuple[Evidence, ...]:
        """The evidence spans of any node (empty for an unknown IRI)."""
        for table in (self.actors, self.events, self.claims, self.roles):
            if iri in table:
                return table[iri].evidence
        return ()
