"""Jurisdiction: the organization an office written without one belongs to. A state office is
the state's (the one state that uses the title, the state its listed holder serves, the state whose
offices the story names, the state the story is about: :func:`implied_state`); a judge's the court
named before; a speaker's the legislature named nearest; a mayor's the seat the story names; a
title only a firm has, the one firm the story is about (:func:`story_org`). Used by the roles
(:mod:`kg.extract.roles`)."""
from __future__ import annotations

import re

from ..model import Mention
from .context import Context
from .names import normalize


LOCAL_OFFICES = {"mayor", "governor", "councillor", "councilor", "sheriff", "alderman", "mp", "congressman",
                 "congresswoman", "senator", "assemblyman", "assemblywoman"}
"""Offices of a city, region or constituency: the place before them is their jurisdiction ("London
mayor X", "Texas governor X")."""
STATE_OFFICES = {"president", "premier", "chancellor", "minister", "king", "queen", "emir", "sultan", "monarch",
                 "shah", "emperor", "secretary", "supreme leader"}
"""Last words of a title that make it an office of a state (when no organization is given)."""


def local_office(text: str, titles: list[tuple[int, int]]) -> bool:
    return text[titles[-1][0]:titles[-1][1]].lower() in LOCAL_OFFICES


def office_of(title: str):
    from .gazetteer import office

    return office(title)


def implied_state(ctx: Context, person: Mention, title: str, span: tuple[int, int] | None = None, *,
                   prenominal: bool = False) -> str | None:
    """The organization of an office written without one. A state office belongs to a state: the
    one state that uses the title ("Home Secretary" → United Kingdom), else the state the holder is
    known to serve ("President Bashar al-Assad" → Syria; a surname alone, the state every listed
    holder of it serves, when the story names that state: "President Bush" → United States), else
    the state whose offices the story names that way (:func:`offices_state`: "Deputy Prime
    Minister X" in a story that also has a "Foreign Secretary"), else the state the story is about
    (:func:`main_country`: "President Chavez" in a story on Venezuela; "MP X" in a story on Uganda,
    or in a London story the state a listed holder's title implies: :func:`_office_implied_state`).
    A mayor or governor with no seat given holds the place named after the name ("Mayor X of
    Paris"), else the one seat the story names for that office (:func:`_seat`: "Deputy Mayor X" in
    a story on "the Mayor of London"). A state known from the title or the holder is the role's
    state even when the text never names it (a home-politics story writes "Foreign Secretary X",
    never "Britain's"): it is implied at the title (:func:`_implied_country`), as a state given by
    a nationality word is. A speaker presides over the legislature named
    nearest to him; a judge sits in the court named last before, else (a "Judge" with no court
    before the title: "Superior Court Judge X" sits in a court the model did not name) in the state
    whose offices the story names (:func:`offices_state`), not in the state it is about (a foreign
    court may judge its firms). A president's title written in lower case right before the name
    (``prenominal``: "president Carl Roe") is a head of state's only when the holder or the story's
    offices say which state: news capitalizes a sitting head of state's title ("President X"), so
    the story's main state is not enough (a former one is "former president X", a state's own
    "the country's vice president X": the caller passes no ``prenominal`` for them)."""
    from .gazetteer import load

    g = load()
    office = office_of(title)
    if office is not None and office.organization:
        return body_of(ctx, title)
    label = office.country if office is not None else None
    last = " ".join(title.lower().split()).removeprefix("ex-")
    if last == "speaker":
        return _legislature(ctx, person.start)
    if last in JUDGES and label is None:
        # (a judicial office of one state, "Lord Chief Justice", is the state's; a bare "Judge X" of
        # no court named sits in the courts of the state whose offices the story names)
        court = _court(ctx, person.start)
        if court is not None or last != "judge" or not _bare_judge(ctx, person, span):
            return court
        label = offices_state(ctx)  # (not the state the story is about: a foreign court may judge it)
        if label is None or any(m.kind == "Country" and m.key != normalize(label)
                                for m in ctx.sentence_mentions(person.start)):
            return None  # ("A US federal judge, Judge X, ruled" in a story with a Foreign Secretary)
    state = office is not None or last in STATE_OFFICES or last.rsplit(" ", 1)[-1] in STATE_OFFICES
    if label is None and state:
        holder = g.by_key(person.key)
        label = holder.country if holder is not None and holder.category == "Person" else None
        if holder is None and " " not in person.key:
            country = g.country_of_surname(person.text)  # "President Bush": whichever Bush, the US's
            label = country.label if country is not None and ctx.names(country.key) else None
        if label is None and holder is None:
            label = offices_state(ctx)
            if label is None:
                # (a head of state is "President X"; "president X" heads a firm or a body the text
                # does not name: "GM Europe's ... president Carl Roe")
                return main_country(ctx) if not (prenominal and last in _HEADS_OF_STATE and title.islower()) else None
    if label is None and last in NATIONAL_OFFICES:
        story = main_country(ctx)
        if story is not None:
            return story
        label = _office_implied_state(ctx)  # (implied at the title below, as a state known from a title is)
    if label is None and last.rsplit(" ", 1)[-1] in _SEATED_OFFICES:
        of = re.match(r"\s+of\s+(?:the\s+)?", ctx.document.text[person.end:person.end + 12])
        after = ctx.at(person.end + of.end()) if of is not None else None
        if after is not None and after.category == "Place" and after.start == person.end + of.end():
            return after.key  # "Mayor Jane Roe of Paris"
        return _seat(ctx, last.rsplit(" ", 1)[-1])
    country = g.by_label.get(label) if label else None
    if country is None or country.kind != "Country":
        return None
    if not ctx.names(country.key) and span is not None:
        _implied_country(ctx, span, country)
    return country.key if ctx.names(country.key) or span is not None else None


_HEADS_OF_STATE = {"president", "vice-president", "vice president"}
"""Titles news capitalizes before the name of a state's holder ("President X"), and writes in lower
case before the head of a firm or a body ("president Carl Roe"); a minister's title is lower case
either way ("finance minister X")."""
_SEATED_OFFICES = {"mayor", "governor"}
"""Offices of one city or region, which a story about its holder names with their seat ("the Mayor
of London", "the London mayor") and may then write without it ("Deputy Mayor X")."""


def _seat(ctx: Context, office: str) -> str | None:
    """The key of the one place the document names as the seat of ``office`` ("the Mayor of
    London", "London's mayor", "the Texas governor"), or None when it names none or several."""
    text = ctx.document.text
    seats = set()
    for m in ctx.mentions:
        if m.category != "Place" or m.method == "demonym":
            continue
        before = text[max(0, m.start - len(office) - 8):m.start].lower()
        after = text[m.end:m.end + len(office) + 4].lower()
        if re.search(rf"\b{office}\s+of\s+(?:the\s+)?$", before) or re.match(rf"(?:['’]s)?\s+{office}\b", after):
            seats.add(m.key)
    return next(iter(seats)) if len(seats) == 1 else None


def _office_implied_state(ctx: Context) -> str | None:
    """The label of the one state whose office a listed holder is given by a title right before
    the name, in the whole document ("Prime Minister Tony Blair" in a London story that never names
    Britain): a seat in a national parliament ("MP X") written without a state is in that state's."""
    from .gazetteer import load

    g = load()
    text = ctx.document.text
    states = set()
    for m in ctx.mentions:
        entry = g.by_key(m.key) if m.category == "Person" else None
        title = _STATE_TITLE_BEFORE.search(text, max(0, m.start - 40), m.start) if entry is not None else None
        if entry is not None and entry.country and title is not None and title.end() == m.start:
            states.add(entry.country)
    return next(iter(states)) if len(states) == 1 else None


_STATE_TITLE_BEFORE = re.compile(r"\b(?:President|Prime\s+Minister|Chancellor|Premier|Minister|Secretary|King|"
                                 r"Queen)\s+$")
"""A state office's title right before a name ("Prime Minister Tony Blair")."""


def offices_state(ctx: Context) -> str | None:
    """The label of the one state whose offices the document names by a title only that state uses
    ("Foreign Secretary", "Chancellor of the Exchequer"), when it names offices of one such state
    only: a story that names a cabinet that way is about that state's government, so its other
    state offices without a state ("Deputy Prime Minister X") are offices of the same state, even
    when the story names some other country more often (a war it discusses)."""
    from .gazetteer import load, office_pattern

    g = load()
    states = set()
    for found in office_pattern().finditer(ctx.document.text):
        o = office_of(found.group())
        body = g.by_label.get(o.organization) if o is not None and o.organization else None
        if o is not None and o.country and not o.organization:
            states.add(o.country)
        elif body is not None and body.kind == "GovernmentBody" and body.country:
            states.add(body.country)  # "Home Office Minister": a post in a department of one state
    return next(iter(states)) if len(states) == 1 else None


def _implied_country(ctx: Context, span: tuple[int, int], country) -> None:
    """Imply the state of an office title at ``span`` (:meth:`Context.imply`), as
    :func:`_demonym_mention` does for a nationality word: the role needs an actor to point to, but
    the title is no mention of the state, so the state gets no actor evidence from it."""
    if any(m.key == country.key for m in ctx.implied):
        return
    start, end = span
    ctx.imply(Mention(start, end, ctx.document.text[start:end], "Place", "Country", "office", 0.6, country.key))


def body_of(ctx: Context, title: str) -> str | None:
    """The key of the body whose seat the title is ("MEP" → European Parliament), when the document
    names it."""
    from .gazetteer import load

    office = office_of(title)
    body = load().by_label.get(office.organization) if office is not None and office.organization else None
    return body.key if body is not None and ctx.names(body.key) else None


JUDGES = {"justice", "judge", "magistrate", "lord justice", "chief justice", "lord chief justice"}
"""Titles of judges: without a court named with them they sit in the court the text last named."""


_COURT_WORD = re.compile(r"\b(?:court|tribunal)\b", re.I)


def _bare_judge(ctx: Context, person: Mention, span: tuple[int, int] | None) -> bool:
    """Whether a judge's title is a bare capitalized "Judge" right before the name, in a sentence
    that says nothing of a court ("Superior Court Judge X", "the court heard"): a judge of courts
    the story does not name. Not a judge of a contest ("X Factor judge Y")."""
    text = ctx.document.text
    at = span[0] if span is not None else person.start
    tok = ctx.token_at(person.start)
    sentence = tok.sent.text if tok is not None else ""
    return text.startswith("Judge", at) and not _COURT_WORD.search(sentence)


def _court(ctx: Context, offset: int) -> str | None:
    """The court of a judge named at ``offset``: a "Lord Justice" (or "Lord Justices X and Y") is a
    judge of the Court of Appeal in British usage, so the appeal court when the document names one;
    otherwise the court named last before ("two judges in the High Court ... a finding by Mr
    Justice Harrison")."""
    courts = [m for m in ctx.mentions if m.category == "Organization" and re.search(r"\b(?:Court|Tribunal)\b", m.text)]
    title = ctx.document.text[max(0, offset - 40):offset]
    if re.search(r"\bLord\s+Justices?\s+(?:[A-Z][\w-]*\s+and\s+)?$", title):
        appeal = [m for m in courts if re.search(r"\bAppeal\b", m.text)]
        if appeal:
            return appeal[0].key
    before = [m for m in courts if m.end <= offset]
    return before[-1].key if before else None


NATIONAL_OFFICES = {"mp", "lawmaker", "legislator", "parliamentarian"}
"""Seats in a national parliament: without a place before them they belong to the story's state
(a constituency before them is a place: "Bolsover MP X")."""
_LEGISLATURE = re.compile(r"\b(?:House|Commons|Parliament|Assembly|Congress|Senate|Knesset|Majlis|Duma|Bundestag|"
                          r"Storting|Riksdag|Sejm|Rada|Diet|Lok Sabha|Dail)\b")


def _legislature(ctx: Context, offset: int) -> str | None:
    """The legislature (a body named House, Parliament, Assembly ...) named nearest to ``offset``."""
    found = [m for m in ctx.mentions if m.category == "Organization" and _LEGISLATURE.search(m.text)
             and not re.search(r"\bAct\b", ctx.document.text[m.end:m.end + 4])]
    return min(found, key=lambda m: (abs(m.start - offset), m.start)).key if found else None


_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")


def main_country(ctx: Context) -> str | None:
    """The state a story is about: the country it names or qualifies (by a nationality word) most
    often, when it names that country and no other country is as frequent. Between countries named
    as often, the parties and government bodies of one state that the story names decide (a story
    on Labour and the Tories that names Britain and three African states once each is about
    Britain); they never outweigh a country named more often, nor stand for a state the story does
    not name. News writes an office of that state without the state ("President Chavez" in a story
    about Venezuela)."""
    from collections import Counter

    from .gazetteer import load

    g = load()
    counts: Counter = Counter(m.key for m in ctx.mentions if m.kind == "Country" and m.method != "demonym")
    for w in _WORD.finditer(ctx.document.text):
        country = g.country_of_demonym(w.group())
        if country is not None and country.kind == "Country":
            counts[country.key] += 1
    bodies: Counter = Counter()
    for m in ctx.mentions:
        entry = g.by_key(m.key) if m.kind in ("PoliticalParty", "GovernmentBody") else None
        state = g.by_label.get(entry.country) if entry is not None and entry.country else None
        if state is not None and state.key in counts:
            bodies[state.key] += 1
    ranked = sorted(counts, key=lambda k: (-counts[k], -bodies[k]))[:2]
    if not ranked or len(ranked) == 2 and all(c[ranked[0]] == c[ranked[1]] for c in (counts, bodies)):
        return None
    return ranked[0] if ctx.names(ranked[0]) else None


FIRMS = {"Company", "Organization", "NonGovernmentalOrganization"}


OTHER_BODIES = {"union", "party", "council", "committee", "association", "federation", "league", "club"}
"""Words of a title that name the kind of body it is a post in ("union boss X"): not the firm the
story is about."""


def story_org(ctx: Context, offset: int) -> Mention | None:
    """The mention, last before ``offset``, of the one firm or club the story is about: named at
    least three times, and at least twice as often as any other firm, club or body. A title only
    a firm or a club has, written with no organization and none before it in the text ("chairman
    Y said"), is a post in it. Not a player's position ("skipper X"): a match report names two
    sides, and the model often takes one for its town, which no count of organizations sees (a
    chairman may be the other club's all the same: "Chairman X" of Newcastle in a story on
    Celtic)."""
    from collections import Counter

    counts = Counter(m.key for m in ctx.mentions if m.category == "Organization" and m not in ctx.implied)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    found = [m for m in ctx.mentions if m.key == ranked[0][0] and m.end <= offset]
    return found[-1] if found and found[-1].kind in FIRMS else None
