"""Reference data: well-known actors with their class, aliases and Wikidata IDs
(``kg/data/gazetteer.yaml``). Data only: extraction also finds actors that no list names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import gazetteer_file, offices_file, read_yaml
from .names import normalize


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor of the gazetteer."""

    label: str
    """Canonical English name."""
    category: str
    """``Person``, ``Organization`` or ``Place``."""
    kind: str
    """Most specific ontology class name."""
    wikidata: str | None = None
    """Wikidata ID, when known."""
    aliases: tuple[str, ...] = ()
    """Other names, spellings and acronyms."""
    capital: str | None = None
    """For a country: the label of its capital (a capital may stand for the government)."""
    demonyms: tuple[str, ...] = ()
    """For a country: adjectives and nouns of nationality ("Iranian")."""
    country: str | None = None
    """For a person who holds or held a state office: the label of that state (so "President
    Bashar al-Assad" is an office of Syria although the title does not say which state); for a
    country within a state (Scotland), that state; for a party or a government body of one state
    (Labour, the Knesset), that state (a story that names them is about that state)."""
    government: str | None = None
    """For a country whose government is a named body rather than "the government of X": the
    label of that body (Palestine → Palestinian Authority), the organization of its state offices
    ("the Palestinian leader")."""

    @property
    def key(self) -> str:
        """The identity key of this actor (its normalized label)."""
        return normalize(self.label)


class Gazetteer:
    """Lookup of gazetteer entries by any of their names.

    >>> g = Gazetteer([Entry("Hamas", "Organization", "ArmedGroup", "Q38799", ("Islamic Resistance Movement",))])
    >>> g.lookup("the Islamic Resistance Movement").label
    'Hamas'
    """

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._by_key: dict[str, Entry] = {}
        for e in entries:
            for name in (e.label, *e.aliases):
                self._by_key.setdefault(normalize(name), e)
        self.by_label = {e.label: e for e in entries}
        self._country_prefixed(entries)
        self._capital_of = {normalize(e.capital): e for e in entries if e.capital}
        self._people = {d.casefold(): e for e in entries for d in e.demonyms}
        self._demonym = {d: e for d, e in self._people.items() if e.kind == "Country"}
        self._surname_states: dict[str, set[str | None]] = {}
        for e in entries:  # (not "Abdullah II of Jordan": a ruler's name has no surname)
            if e.category == "Person" and " of " not in e.label and not re.fullmatch(r"[IVX]+", e.label.split()[-1]):
                self._surname_states.setdefault(normalize(e.label.split()[-1]), set()).add(e.country)

    def _country_prefixed(self, entries: list[Entry]) -> None:
        """Also key a state's body by its other names after each name of the state: the entry
        "United States Department of Justice" (alias "Department of Justice") is also "US
        Department of Justice", as news writes the country before a body's short name."""
        countries = [e for e in entries if e.kind == "Country"]
        for e in entries:
            if e.category != "Organization":
                continue
            state = next((c for c in countries if e.label.startswith(c.label + " ")), None)
            if state is None:
                continue
            for alias in e.aliases:
                if not any(alias.startswith(n + " ") for n in (state.label, *state.aliases)):
                    for n in (state.label, *state.aliases):
                        self._by_key.setdefault(normalize(f"{n} {alias}"), e)

    def lookup(self, name: str) -> Entry | None:
        """The entry one of whose names normalizes like ``name`` (a leading "the" is ignored, unless
        it is part of the name: "The Hague")."""
        return self._by_key.get(normalize(re.sub(r"^(?:the|The)\s+", "", name.strip()))) \
            or self._by_key.get(normalize(name))

    def by_key(self, key: str) -> Entry | None:
        """The entry with this identity key."""
        return self._by_key.get(key)

    def country_of_capital(self, key: str) -> Entry | None:
        """The country whose capital has this key ("tehran" → Iran)."""
        return self._capital_of.get(key)

    def country_of_demonym(self, word: str) -> Entry | None:
        """The country of a nationality word ("Iranian" → Iran)."""
        return self._demonym.get(word.casefold())

    def place_of_demonym(self, word: str) -> Entry | None:
        """The country or region of a word for its people ("Kashmiri" → Kashmir): a region's
        nationality word names a population, never a state, so :meth:`country_of_demonym` leaves
        it out."""
        return self._people.get(word.casefold())

    def country_of_surname(self, surname: str) -> Entry | None:
        """The state that every listed person with this surname serves ("Bush" → United States,
        whichever Bush), or None when none is listed or they serve different states.

        >>> load().country_of_surname("Bush").label, load().country_of_surname("Talbotson")
        ('United States', None)
        """
        found = self._surname_states.get(normalize(surname), set())
        label = next(iter(found)) if len(found) == 1 else None
        return self.by_label.get(label) if label else None

    def names(self) -> list[str]:
        """Every label and alias, for phrase matching."""
        return sorted({n for e in self.entries for n in (e.label, *e.aliases)})


@cache
def load() -> Gazetteer:
    """The bundled gazetteer (empty when the data file is absent)."""
    path = gazetteer_file()
    if not path.is_file():
        return Gazetteer([])
    rows = read_yaml(path) or []
    entries = []
    for row in rows:
        entries.append(Entry(label=str(row["label"]), category=row["category"], kind=row.get("type", row["category"]),
                             wikidata=row.get("wikidata"), aliases=tuple(str(a) for a in row.get("aliases") or ()),
                             capital=row.get("capital"), demonyms=tuple(row.get("demonym") or ()),
                             country=row.get("country"), government=row.get("government")))
    return Gazetteer(entries)


@dataclass(frozen=True, slots=True)
class Office:
    """A state office written as one title of several words (``kg/data/offices.yaml``)."""

    title: str
    """The title as usually capitalized ("Foreign Secretary")."""
    country: str | None = None
    """The gazetteer label of the one state that uses this title, if only one does."""
    organization: str | None = None
    """The gazetteer label of the one body whose seat or office this is ("MEP" → European
    Parliament), which wins over a nationality before the title ("French MEP")."""


@cache
def offices() -> dict[str, Office]:
    """The bundled office titles by their case-folded, space-normalized title."""
    path = offices_file()
    if not path.is_file():
        return {}
    rows = read_yaml(path) or []
    return {" ".join(str(r["title"]).split()).casefold(): Office(str(r["title"]), r.get("country"), r.get("organization"))
            for r in rows}


@cache
def office_pattern() -> re.Pattern:
    """A regex of every office title, longest first, case-insensitive, with any white space between
    words: "Secretary of State" matches before "Secretary", "Under Secretary of State" before both."""
    titles = sorted(offices().values(), key=lambda o: (-len(o.title), o.title))
    alternatives = [r"\s+".join(re.escape(w) for w in o.title.split()) for o in titles] or [r"(?!)"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)


def office(title: str) -> Office | None:
    """The office of a title as written ("foreign  secretary" → Foreign Secretary), or None."""
    return offices().get(" ".join(title.split()).casefold())
