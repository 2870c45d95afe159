"""Roles: positions held by persons, from titles before a name ("Hamas spokesman Fawzi
Barhoum", "Iran's Foreign Minister Javad Zarif") and appositions around it ("Saleh al-Arouri,
deputy head of Hamas' political bureau", "the commander of the Quds Force, Qassem Soleimani")."""
from __future__ import annotations

import re

from ..model import Mention, RoleRecord
from .context import Context, tokens_in
from .jurisdiction import (FIRMS, LOCAL_OFFICES, OTHER_BODIES, STATE_OFFICES, body_of, implied_state, local_office,
                           main_country, office_of, story_org)
from .referents import (ORG_NOUNS, POSSESSIVE_PRONOUNS, antecedent_org, apposed_org, described_org,
                        opposition_party, org_after_name)
from .titles import BAND_POSITIONS, MUSIC_GENRES, POSITIONS, ROLE_NOUNS

HONORIFICS = {"ayatollah", "sheikh", "shaykh", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord",
              "hajj", "haj", "mullah", "grand"}
"""Honorifics that are part of how a person is named, not a role."""
_STOP_BACK = {"the", "a", "an", "and", "or", "but", "that", "which", "who", "said", "says", "with", "by", "for",
              "to", "from", "in", "on", "at", "as", "after", "before", "when", "while", "of"}
_DELIM = re.compile(r"[,;:()\[\]\n.!?“”\"]|\s[-–—]\s")
"""What ends a phrase: punctuation, and a dash between spaces ("X - who has resigned as Y - said")."""
_CAPTION = re.compile(r"\s*\((?:L|R|C|left|right|center|\d+(?:st|nd|rd|th)\s+[LR])\)", re.I)


def _is_org(m: Mention) -> bool:
    return m.category == "Organization" or m.kind == "Country"


def _is_org_token(ctx: Context, block, token) -> bool:
    """Whether a token is a word of an organization's (or state's) name that no comma comes before
    ("Ofsted chief, X,"; not "Jane Roe, Acme chairman, X": a list)."""
    m = ctx.of_token(block, token)
    return m is not None and _is_org(m) and not ctx.document.text[max(0, m.start - 3):m.start].rstrip().endswith(",")


def _has_role_noun(words: list[str]) -> bool:
    return any(w.lower().strip(".,'’") in ROLE_NOUNS for w in words)


def find(ctx: Context) -> list[RoleRecord]:
    """Every role found in the document, in text order (one per holder, title and organization).
    A role is a position in an organization (or state): a title with no organization the text
    names ("PR strategist X", "the men's solicitor Y") describes the person but holds no role."""
    out: dict[tuple, RoleRecord] = {}
    ends: dict[int, RoleRecord] = {}  # end of a title-before role → the role
    for m in ctx.mentions:
        if m.category != "Person" or m.method.startswith("alias-repeat"):
            continue
        found = [r for r in (_before(ctx, m), *_apposition_after(ctx, m), _apposition_before(ctx, m), _predicate(ctx, m))
                 if r is not None]
        if not found:
            found = [r for r in (_coordinated(ctx, m, ends),) if r is not None]
        for role in found:
            out.setdefault((role.holder, role.title.lower(), role.organization, role.start), role)
            if role.method in ("role:title-before", "role:coordinated"):
                ends[role.end] = role
    return sorted((r for r in out.values() if r.organization is not None), key=lambda r: (r.start, r.end))


def _coordinated(ctx: Context, person: Mention, ends: dict[int, RoleRecord]) -> RoleRecord | None:
    """"Lord Justices Clarke and Rix", "Presidents Chirac and Schroeder": a title before coordinated
    names is held by each of them."""
    text = ctx.document.text
    link = re.search(r"(?:,|\s+and|,\s+and)\s+$", text[max(0, person.start - 8):person.start])
    if link is None:
        return None
    role = ends.get(person.start - (len(link.group())))
    if role is None:
        return None
    return RoleRecord(role.start, person.end, person.key, role.title, role.organization, "role:coordinated",
                      role.confidence, role.unit)


def _before(ctx: Context, person: Mention) -> RoleRecord | None:
    """Title words right before the name, possibly after an organization: "Hamas spokesman X",
    "Iran's Foreign Minister X", "Syrian President X" (a nationality names the state). An office
    title of several words ("Secretary of State", "Foreign Secretary") is one title; a state office
    given without its state belongs to the state the office or its holder is known to serve."""
    from .gazetteer import load, office_pattern

    text = ctx.document.text
    tok = ctx.token_at(person.start)
    if tok is None:
        return None
    doc = tok.doc
    block = ctx.block_of(person.start)[0]
    lo = max(0, person.start - 120)
    offices = {m.end(): m.start() for m in office_pattern().finditer(text, lo, person.start)}
    titles: list = []
    of_at: int | None = None  # how many title words follow "of" in "head of research X"
    org: Mention | None = None
    phrase_start: int | None = None  # where the noun phrase begins when its organization is elsewhere
    i = tok.i - 1
    while i >= 0 and len(titles) < 6:
        t = doc[i]
        offset = block.pos(t.idx)
        if offset + len(t.text) in offices:  # the whole office title, then what comes before it
            start = offices[offset + len(t.text)]
            titles.insert(0, (start, offset + len(t.text)))
            while i >= 0 and block.pos(doc[i].idx) > start:
                i -= 1
            i -= 1
            continue
        mention = ctx.at(offset, offset + len(t.text))
        if mention is not None and mention is not person:
            band = text[titles[-1][0]:titles[-1][1]].lower() in BAND_POSITIONS if titles else False
            if titles and (_is_org(mention) or mention.category == "Place" and (
                    local_office(text, titles) or text[titles[-1][0]:titles[-1][1]].lower() in POSITIONS)) \
                    and not (band and (mention.category != "Organization" or mention.text.lower() in MUSIC_GENRES)):
                org = mention  # "Leeds mayor X"; "Blackburn midfielder X": the side named by its town
            break
        if t.text in ("’s", "'s") and titles and i >= 2 and doc[i - 1].lemma_.lower() in ORG_NOUNS \
                and doc[i - 2].lower_ == "the":  # "the organisation's director X": the one named before
            org = _taken_up(ctx, block, doc[i - 1])
            if org is None:
                return None  # a description that takes up no named organization: none of the fallbacks
            phrase_start = block.pos(doc[i - 2].idx)
            break
        if t.text in ("’", "'", "’s", "'s", "[", "]", "(", ")") or t.is_space:
            i -= 1
            continue
        if t.text == "," and i == tok.i - 1 and i > 1 and doc[i - 1].lower_ in ROLE_NOUNS \
                and text[person.end:person.end + 1] == "," and _is_org_token(ctx, block, doc[i - 2]):
            i -= 1  # "Ofsted chief, David Bell, said": an organization's title, then the name set off by commas
            continue
        if t.text == "-" and titles and i > 0 and not t.whitespace_ and not doc[i - 1].whitespace_ \
                and titles[0][0] == offset + 1:  # "fly-half", "non-executive": one word in three tokens
            titles[0] = (offset - len(doc[i - 1].text), titles[0][1])
            i -= 2
            continue
        country = load().country_of_demonym(t.text) if t.text[:1].isupper() else None
        if country is not None and titles:
            if text[titles[-1][0]:titles[-1][1]].lower() in BAND_POSITIONS | {"international", "director", "producer"}:
                break  # "Irish singer X", "Spanish international X", "British director X" (of films):
                # where one is from, no post of the state
            if body_of(ctx, text[titles[-1][0]:titles[-1][1]]) is None:  # "French MEP": the body wins
                org = _demonym_mention(ctx, offset, offset + len(t.text), country)
                phrase_start = offset if org.start != offset else None
            break
        if t.lower_ in ("of", "for") and titles and i > 0 and of_at is None and _role_noun(doc[i - 1].text, False) \
                and not any(_role_noun(text[s:e], False) or office_of(text[s:e]) for s, e in titles):
            # "head of research X", "spokesman for sport X": the role noun, then its field (not "a
            # spokesman for Prime Minister X": the name's own title ends the phrase)
            of_at = len(titles)
            titles.insert(0, (offset, offset + len(t.text)))
            i -= 1
            continue
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") and t.lower_ not in _TITLE_MODIFIERS and not _side_position(ctx, block, doc, i) \
                or t.lower_ in _STOP_BACK \
                or t.is_punct or t.ent_type_ in ("DATE", "TIME"):  # ("managing" of "managing director" is a verb;
            # "on Wednesday Prime Minister X": a date before the title is none of it)
            if titles and org is None and t.lower_ in POSSESSIVE_PRONOUNS:  # "its founder X"
                head = text[titles[-1][0]:titles[-1][1]].lower()
                org, phrase_start = antecedent_org(ctx, offset, state_office=head in STATE_OFFICES), offset
            break
        titles.insert(0, (offset, offset + len(t.text)))
        i -= 1
    if of_at is not None and text[titles[0][0]:titles[0][1]].lower() in ("of", "for"):
        titles = titles[len(titles) - of_at:]  # "of" with no role noun before it: only its field was read
        of_at = None
    titles = [(s, e) for s, e in titles if text[s:e].lower() not in HONORIFICS]
    words = [text[s:e] for s, e in titles]
    plural = bool(re.match(r"\s+and\s+[A-Z]", text[person.end:person.end + 8]))  # "Lord Justices Clarke and Rix"
    head = len(words) - 1 if of_at is None else len(words) - of_at - 2  # the role noun, before "of" if any
    if not titles or not _role_noun(words[head], plural) and not office_of(words[head]):
        return None
    if words[head].lower() == "wing" and (org is None or len(words) > 1):
        return None  # "Wales wing X"; not "Labour's left wing X", "Diminutive wing X"
    if of_at is not None:
        words = words[:head + 1]  # the field after "of" names no state, body or office
    words[-1] = _singular(words[-1]) if plural else words[-1]
    named_after = org_after_name(ctx, person)
    if named_after is not None and (org is None or phrase_start is not None):
        org, phrase_start = named_after, phrase_start or titles[0][0]  # "its lawyer X of Y": his firm
    if org is None and _CORPORATE_TITLE.search(" ".join(words).lower()) \
            and not any(w.lower() in OTHER_BODIES for w in words):  # (not "union boss X")
        org = antecedent_org(ctx, titles[0][0])  # "Vantor sued ... new boss X": the firm of the story
        org = org if org is not None and org.kind in FIRMS else None
        org = org or story_org(ctx, titles[0][0])  # "... chairman Chung X said" in a story on one firm
        phrase_start = titles[0][0] if org is not None else phrase_start
    start = phrase_start if phrase_start is not None else min(org.start, titles[0][0]) if org else titles[0][0]
    title = _singular(text[titles[0][0]:titles[-1][1]]) if plural else text[titles[0][0]:titles[-1][1]]
    unit = UNITS.match(text, org.end) if org is not None and org.category == "Organization" else None
    if unit is not None and unit.end() <= titles[-1][1]:
        title = text[unit.end():titles[-1][1]].strip() or title
    body = body_of(ctx, words[-1])  # "Dutch Liberal MEP X": a seat in the European Parliament
    if org is None and any(w.lower() == "shadow" for w in words):
        org = opposition_party(ctx, titles[0][0])  # "Shadow Home Secretary X": no state office
        org_key = org.key if org is not None else None
    else:
        span = (titles[0][0], titles[-1][1])
        former = re.search(r"\b(?:former|late|ex|then|outgoing|country['’]s|nation['’]s)(?!\w)",
                           text[max(0, span[0] - 10):span[1]], re.I) is not None
        org_key = body or (org.key if org else implied_state(ctx, person, words[-1], span, prenominal=not former))
    return RoleRecord(start, person.end, person.key, title, org_key,
                      "role:title-before", 0.75, unit.group(1).lower() if unit is not None and unit.end() <= titles[-1][1] else None)


def _side_position(ctx: Context, block, doc, i: int) -> bool:
    """Whether token ``i`` is a player's position right after a named side, whatever the tagger made
    of it ("Vexford forward X": "forward" is often read as an adverb)."""
    if doc[i].lower_ not in POSITIONS or i == 0:
        return False
    side = ctx.of_token(block, doc[i - 1])
    return side is not None and (side.category == "Place" or _is_org(side))


_CORPORATE_TITLE = re.compile(r"(?:^|\s)(?:boss|chief\s+executive|chairman|chairwoman|ceo|managing\s+director|"
                              r"finance\s+director|chief\s+financial\s+officer)$")
"""Titles that only a firm or a club has ("new boss X", "chief executive X"): written without the
organization, they are offices in the one the sentence (or the sentence before it, as its subject)
is about, as a possessive "its" would say (:func:`antecedent_org`). State offices keep their own
rule (:func:`implied_state`). The antecedent must be a firm, a club or the like (:data:`FIRMS`):
a news outlet that reports the story ("..., BBC Sport has learnt") or a government body is not what
the story is about, and no boss of it is named so."""
def _demonym_mention(ctx: Context, start: int, end: int, country) -> Mention:
    """A nationality word standing for its state in a title ("Syrian President" → Syria), or for the
    named body that governs that state when the document names it. When the document does not
    name the state otherwise, the state is implied (:meth:`Context.imply`): the role needs an actor
    to point to, but a demonym adjective is not a mention of its state (the gold rule), so the
    state gets no actor evidence from it; the role keeps its own evidence span."""
    from .gazetteer import load

    body = load().by_label.get(country.government) if country.government else None
    if body is not None and ctx.names(body.key):  # "the Palestinian leader": the Palestinian Authority
        return next(m for m in ctx.mentions if m.key == body.key and m.method != "demonym")
    m = Mention(start, end, ctx.document.text[start:end], "Place", "Country", "demonym", 0.7, country.key)
    if not ctx.names(country.key):
        ctx.imply(m)  # the role's state, implied: no mention of it, so no actor evidence
    return m


def _phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase between delimiters starting at ``start`` (forward) within 120 characters."""
    m = _DELIM.search(text, start, min(end, start + 120))
    return start, m.start() if m else min(end, start + 120)


_TITLE_MODIFIERS = {"deputy", "senior", "former", "acting", "vice", "chief", "foreign", "prime", "supreme", "general", "shadow",
                    "top", "special", "interim", "military", "political", "defense", "defence", "interior", "finance",
                    "economy", "justice", "health", "intelligence", "security", "national", "executive", "assistant",
                    "associate", "co", "regional", "local", "international", "grand", "lead", "head", "second", "first",
                    "managing", "financial", "operating", "technical", "creative", "artistic", "commercial", "editorial",
                    "legal", "medical", "non-executive", "principal", "press", "marketing", "joint", "honorary",
                    "permanent", "private", "parliamentary",
                    # a sport between a side and its post ("England rugby union captain X": the
                    # model may read "rugby" as a verb)
                    "rugby", "union", "league", "football", "cricket", "tennis", "golf", "hockey", "athletics",
                    "boxing", "snooker", "netball", "basketball", "baseball", "sevens", "openside", "blindside", "team"}
"""Words that can be part of a title before its role noun ("deputy", "foreign", "supreme", "managing",
"chief financial")."""


UNITS = re.compile(r"['’]?s?\s+(political bureau|politburo|military wing|armed wing|political wing|shura council|"
                   r"central committee|executive committee|leadership council|general command|media office)\b", re.I)
"""Named parts of an organization: "Hamas' political bureau", "Hezbollah's military wing"."""


_ONE_OF = re.compile(r"(?<![\w-])(?:the\s+)?one\s+of\s+", re.I)
""""one of the founders of X", "one of X's two members": a plural title that one holder shares."""


def _role_noun(word: str, plural: bool) -> bool:
    w = word.lower().strip(".,’'")
    w = w.removeprefix("ex-")  # "ex-President X": a former holder's title
    if w in ROLE_NOUNS or w in POSITIONS or w in BAND_POSITIONS:
        return True
    return plural and (w.endswith("s") and w[:-1] in ROLE_NOUNS or w.endswith("men") and w[:-3] + "man" in ROLE_NOUNS)


def _singular(title: str) -> str:
    """"founders" → "founder", "spokesmen" → "spokesman": the title one holder of a plural title holds."""
    head, _, last = title.rpartition(" ")
    if last.endswith("men"):
        last = last[:-3] + "man"
    elif last.endswith("s") and last[:-1].lower() in ROLE_NOUNS:
        last = last[:-1]
    return f"{head} {last}".strip()


def _title_and_org(ctx: Context, start: int, end: int, *, plural: bool = False) -> tuple[str, Mention | None, str | None] | None:
    """Title and organization of a role phrase such as "deputy head of Hamas' political bureau",
    "Hamas representative in Iran", "the commander of the IRGC's Qods Force"; with ``plural``, of a
    title shared by several holders ("founders of Menatep", after "one of")."""
    from .gazetteer import load

    text = ctx.document.text
    one_of = list(_ONE_OF.finditer(text, start, end))
    if one_of:
        start, plural = one_of[-1].end(), True
    inside = ctx.within(start, end)
    if any(m.category == "Person" for m in inside):
        return None
    words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"[^\s]+", text[start:end])]
    words = [w for w in words if not any(m.start <= w[0] < m.end for m in inside)]
    nouns = [i for i, w in enumerate(words) if _role_noun(w[2], plural)]
    if not nouns or words.index(words[nouns[0]]) > 6:
        return None
    first = last = nouns[0]
    while first > 0 and words[first - 1][2].lower().strip(".,’'") in _TITLE_MODIFIERS | ROLE_NOUNS \
            and words[first - 1][1] + 2 >= words[first][0]:
        first -= 1
    while last + 1 < len(words) and words[last + 1][2].lower().strip(".,’'") in ROLE_NOUNS | {"general"} \
            and words[last][1] + 2 >= words[last + 1][0]:
        last += 1
    ahead = last + 1  # "chief financial officer": modifiers, then a role noun, continue the title
    while ahead < len(words) and words[ahead][2].lower().strip(".,’'") in _TITLE_MODIFIERS \
            and words[ahead - 1][1] + 2 >= words[ahead][0]:
        ahead += 1
    if ahead > last + 1 and ahead < len(words) and _role_noun(words[ahead][2], plural) \
            and words[ahead - 1][1] + 2 >= words[ahead][0]:
        last = ahead
    t_start, t_end = words[first][0], words[last][1]
    title = text[t_start:t_end].strip(" ,’'")
    org: Mention | None = None
    before = [m for m in inside if m.end <= t_start and _is_org(m)]
    if before and not text[before[-1].end:t_start].strip(" ’'s"):
        org = before[-1]  # "Hamas representative", "Iran's foreign minister"
    else:
        after = [m for m in inside if m.start >= t_end and _is_org(m) and not _located(text[t_end:m.start], m)]
        seat = _constituency(text, t_end, title, inside)
        if seat is not None:
            org = seat  # "MP for Ashby": the seat's place
        elif after:
            outer = [m for m in after if not any(o is not m and o.start <= m.start and m.end <= o.end for o in after)]
            org = outer[-1]  # "commander of the IRGC's Qods Force", "head of research at Acme Bank"; of
            # "the FA's disciplinary committee" the committee, not the FA inside its name
            if org.kind == "Country" and _POSSESSOR.match(text, org.end, end) and not _AS_STATE.match(text, org.end, end):
                org = apposed_org(ctx, end)  # "member of Germany's central bank, the Bundesbank"
        else:
            described = _DESCRIBED.match(text, t_end)
            if described is not None and described.end() <= end:  # "of the Frankfurt-based exchange"
                if any(load().country_of_demonym(w) for w in re.split(r"[\s-]+", described.group())):
                    return None  # "chair of the Indian firm": the Indian one, not the one the story is about
                noun = ctx.token_at(described.start(1))
                found = ctx.block_of(described.start(1))
                org = _taken_up(ctx, found[0], noun) if noun is not None and found is not None else None
                if org is None:
                    return None  # "of the other company", "of the union": none the story named
    if org is None:  # "the Iranian foreign minister": a nationality names the state
        for w in words[:first] + words[last + 1:]:
            country = load().country_of_demonym(w[2].strip(".,’'"))
            if country is not None:
                org = _demonym_mention(ctx, w[0], w[0] + len(w[2].strip(".,’'")), country)
                break
    if org is None and title.lower().startswith("shadow "):
        org = opposition_party(ctx, t_start)  # "X, the shadow chancellor,": a post in the opposition party
    if not title or len(title.split()) > 8:
        return None
    if plural:
        title = _singular(title)
    unit = UNITS.match(text, org.end) if org is not None and org.category == "Organization" else None
    return title, org, unit.group(1).lower() if unit and unit.end() <= end else None


def _taken_up(ctx: Context, block, noun) -> Mention | None:
    """The organization a description ("the company", "the union") takes up, as for a claimant
    (:func:`~kg.extract.referents.described_org`), but for a title only a firm is "the company" and
    only a body that is no firm is "the union", "the club" or "the party" (a wrong employer is worse
    than none); and when the title's sentence names one such organization before it, that one."""
    kinds = ORG_NOUNS.get(noun.lemma_.lower())

    def fits(m: Mention) -> bool:
        return m.category == "Organization" and m.kind in kinds + ("Organization",) \
            and ((kinds[0] == "Company") == (m.kind == "Company") or m.kind == "Organization")

    org = described_org(ctx, block, noun)
    if org is None or kinds is None or not fits(org):
        return None
    # one fitting organization named earlier in the same sentence is the one the title's sentence
    # is about ("Despite the failure of the Acme bid, X, chief executive of the Munich-based exchange")
    here = {m.key: m for m in ctx.within(block.pos(noun.sent.start_char), block.pos(noun.idx)) if fits(m)}
    return next(iter(here.values())) if len(here) == 1 else org


_AGE = re.compile(r",\s+(?:aged\s+)?\d{1,3}(?=,\s)")
"""A person's age in apposition right after the name ("Jane Roe, 58, chief executive of ..."), the
way news writes it before the role."""


_FIRM_NOUNS = [noun for noun, kinds in ORG_NOUNS.items() if kinds[0] == "Company"]
_POSSESSOR = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(_FIRM_NOUNS) + r"|community)\b")
"""A state followed by a possessive and a firm, a bank or a community ("Germany's central bank",
"Spain's biggest bank", "Britain's Jewish community"): the state is where the body the title is in
belongs, it is not that body (as it is of "Iran's foreign ministry" or "Britain's competition
watchdog", and as a firm is of its division: "director of Intel's research lab")."""
_AS_STATE = re.compile(r"['’]s?\s+(?:state|national|central\s+government)\b", re.I)
"""A state's own firm or bank by its tie to the state ("Norway's state oil company"): the state's."""
_DESCRIBED = re.compile(r"\s+(?:of|at)\s+the\s+(?:[\w][\w-]*\s+){0,2}?(" + "|".join(ORG_NOUNS) + r")(?![\w-])"
                        r"(?!\s+[a-z]+(?:\s|$))")
"""A title's organization given by a description: "chief executive of the Frankfurt-based exchange"
(the noun ends the phrase: "a member of the exchange rate committee" is no description of a firm)."""


def _located(between: str, m: Mention) -> bool:
    """Whether an organization after a title is where the holder is, not whom he serves ("Hamas
    representative in Iran"). "at" before an organization (not a state) is the employer: "head of
    new media at Virgin Radio", "an analyst at Barclays"."""
    if re.search(r"\bat\s+(?:the\s+)?$", between):
        return m.category != "Organization"
    # ("X, who started at fly-half against Bath": the other side)
    return bool(re.search(r"\b(?:in|to|from|on|near|against|versus|v)\s+(?:the\s+)?$", between))


def _constituency(text: str, t_end: int, title: str, inside: list[Mention]) -> Mention | None:
    """The place right after "for" that a local seat represents ("MP for Ashby in Leicestershire" →
    Ashby, not the county the seat is in)."""
    if title.lower().split()[-1] not in LOCAL_OFFICES:
        return None
    m = re.compile(r"\s+for\s+(?:the\s+)?").match(text, t_end)
    return next((x for x in inside if m and x.start == m.end() and x.category == "Place"), None)


def _apposition_after(ctx: Context, person: Mention) -> list[RoleRecord]:
    """"X, deputy head of Hamas' political bureau," and "X (L), Hamas deputy chief,"; an age
    between the name and the role is skipped ("X, 58, MP for Y"). The apposition ends where a
    relative clause on its organization begins ("X, a spokesman for Acme which paid for the
    study"), and two titles joined by "and" are two roles, each with its own organization ("X,
    an analyst at Acme and chairman of the Roe Society")."""
    text = ctx.document.text
    pos = person.end
    caption = _CAPTION.match(text, pos)
    if caption:
        pos = caption.end()
    age = _AGE.match(text, pos)
    if age:
        pos = age.end()  # "Robert Roe, 58, MP for Ashby": the age is an apposition of its own
    if not text.startswith(", ", pos) or re.match(r"(?:and|or|but|nor)\b", text[pos + 2:pos + 6]):
        return []  # "X, and the Palestinian leader, Y": a new conjunct, not an apposition of X
    start, end = _phrase(text, pos + 2, len(text))
    relative = _RELATIVE_INSIDE.search(text, start, end)
    if relative is not None:
        end = relative.start()  # the relative clause is about the organization, not a second title
    sub = _SUBORDINATE.search(text, start, end)
    if sub is not None:
        end = sub.start()  # "X, elected president after Y was toppled,": the clause is no part of the title
    end = _own_verb(ctx, person, start, end)
    if _clause(ctx, person, start, end):
        return []
    found = _title_and_org(ctx, start, end)
    if found is None:
        return []
    for conj in _AND.finditer(text, start, end):
        first, second = _title_and_org(ctx, start, conj.start()), _title_and_org(ctx, conj.end(), end)
        if second is not None and second[1] is not None and (first is None or first[1] is not None):
            parts = [(conj.start(), first), (end, second)] if first is not None else [(end, second)]
            return [RoleRecord(person.start, stop, person.key, title, org.key, "role:apposition", 0.8, unit)
                    for stop, (title, org, unit) in parts]
    title, org, unit = found
    title, org_key, _ = _apposed_office(ctx, person, title, org, start, end)
    return [RoleRecord(person.start, end, person.key, title, org_key, "role:apposition", 0.8, unit)]


def _apposed_office(ctx: Context, person: Mention, title: str, org: Mention | None, start: int,
                    end: int) -> tuple[str, str | None, int]:
    """(title, organization key, start of the title) of a role in apposition between ``start`` and
    ``end``: the organization named, else for a state office the office's state ("X, the Home
    Secretary,", "the Lord Chief Justice, X"), with the whole title the offices list holds (the title
    words alone give "Secretary"), found as for an office before a name (:func:`implied_state`).
    Only for such listed titles, capitalized, as a state's office is written, and not a "shadow"
    one; an office the list does not hold is read by :func:`_unlisted_office`."""
    from .gazetteer import office_pattern

    if org is not None:
        return title, org.key, end
    text = ctx.document.text
    found = office_pattern().search(text, start, end)
    if found is None:  # "The new President, X,": a state's office the offices list need not hold
        return _unlisted_office(ctx, person, title, start, end)
    if not found.group()[0].isupper() or re.search(r"(?i)\bshadow\s*$", text[start:found.start()]):
        return title, None, end  # "X, senior vice president": a firm's post; "the shadow foreign secretary": the opposition's
    return found.group(), implied_state(ctx, person, found.group(), found.span()), found.start()


_ADJECTIVE = r"(?:new|former|interim|acting|outgoing|incoming|current|then)"
"""Adjectives of a state office's holder in time ("the new President")."""
_HEAD_OF_STATE = {"president", "prime minister", "premier"}
"""State offices in apposition that the offices list need not hold (not a monarch's: "the Queen" in
a list of guests; not "secretary" or "chancellor", which a club or a university has too)."""
_OFFICE_LEAD = re.compile(r"\s*[Tt]he\s+(?:" + _ADJECTIVE + r"\s+)?")
_PORTFOLIO = re.compile(r"\s*(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?)+")


def _unlisted_office(ctx: Context, person: Mention, title: str, start: int, end: int) -> tuple[str, str | None, int]:
    """A state office in apposition that the offices list does not hold, capitalized after "the" and
    at most an adjective of time ("The new President, X"; not "the club President"), or a minister
    after the capitalized words of a portfolio ("X, Commerce and Industry Minister"); or one taken up
    by election with nothing after it but when ("X, elected president in January,"; not "elected
    president of the students' union")."""
    text = ctx.document.text
    at = text.find(title, start, end)
    if at < 0:
        return title, None, end
    bare = re.sub(r"(?i)^(?:" + _ADJECTIVE + r"|ex-)\s*", "", title)
    elected = re.match(r"(?i)(?:newly\s+|re-?)?elected\s+$", text[start:at]) \
        and not re.match(r"\s+(?:of|for|at|to|by)\b", text[at + len(title):end])
    lead = bare[:1].isupper() and (bare.lower() in _HEAD_OF_STATE and _OFFICE_LEAD.fullmatch(text, start, at)
                                   or bare.lower() == "minister" and _PORTFOLIO.fullmatch(text, start, at))
    if not (lead or elected and bare.lower() in _HEAD_OF_STATE):
        return title, None, end
    return title, implied_state(ctx, person, bare, (at, at + len(title))), at


_RELATIVE_INSIDE = re.compile(r"\s(?:who|whom|whose|which|that)\s", re.I)
"""A relative pronoun inside an apposition: the clause it opens is no part of the title."""
_AND = re.compile(r"\s+and\s+")


_RELATIVE = re.compile(r"(?:who|whose|which|that)\b", re.I)
_SUBORDINATE = re.compile(r"\s(?:after|before|when|while|because|since|until|although|though|once)\s")
"""A conjunction that opens a clause of its own inside an apposition."""


_NAMING_VERBS = {"be", "become", "remain", "serve"}
"""Verbs after a name that name its post ("X, 45, has been chairman of Acme")."""


def _own_verb(ctx: Context, person: Mention, start: int, end: int) -> int:
    """Where an apposition the writer did not close with a comma ends: at the verb whose subject the
    name is ("X, marketing manager at Acme believes that ...": the title ends before "believes"), or
    ``end``."""
    name = ctx.token_at(person.end - 1)
    found = ctx.block_of(start)
    if name is None or found is None or name.dep_ not in ("nsubj", "nsubjpass") or name.head.pos_ not in ("VERB", "AUX"):
        return end
    block, doc = found
    verb = name.head
    if verb.doc is not doc or verb.lemma_.lower() in _NAMING_VERBS:
        return end  # "X, 45, has been chairman of Acme": the verb names the post
    at = min([verb.idx] + [c.left_edge.idx for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "npadvmod")
                           and c.i < verb.i and c.left_edge.idx > block.local(start)])  # "... at Acme last week said"
    if not block.local(start) < at < block.local(end):
        return end
    cut = block.pos(at)
    while cut > start and ctx.document.text[cut - 1].isspace():
        cut -= 1
    return cut


def _clause(ctx: Context, person: Mention, start: int, end: int) -> bool:
    """Whether the words after "X, " up to the next comma are a clause, not an apposition: they
    hold the subject of their own verb ("met X, the minister said ...": the minister is the subject
    of a new clause, no title of X). An apposition the writer did not close with a comma stays one
    ("X, a Lufthansa spokesman told the BBC": the noun is X's apposition, or a second subject of
    X's verb where the parser misses the apposition), and so
    does a relative clause ("X, who is now the party's leader,")."""
    if _RELATIVE.match(ctx.document.text, start):
        return False
    found = ctx.block_of(start)
    if found is None:
        return False
    block, doc = found
    words = tokens_in(doc, block.local(start), block.local(end))
    if words and (words[0].pos_ == "AUX" or words[0].tag_ == "MD") and words[0].dep_ in ("aux", "auxpass") \
            and words[0].head.lemma_.lower() not in _NAMING_VERBS:
        return True  # "Bell, 30, had set his sights on an international career with Wales": the name's own
        # verb ("X, 45, has been chairman of Acme since 2001" still names the post)
    inside = {t.i for t in words}
    name = ctx.token_at(person.end - 1)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside and t.head.pos_ in ("VERB", "AUX")
               and not (name is not None and name.head.i == t.head.i and name.dep_ in ("nsubj", "nsubjpass"))
               for t in words)


_PREDICATE = re.compile(r"\s*(?:(?:,|\s[-–—])[^.;]{0,100}?\s)?(?:(?:was|were|has been|had been|is|be|being)\s+)?"
                        r"(?:(?:re-?elected|appointed|named|sworn in|installed|chosen|confirmed)\s+(?:as\s+)?"
                        r"|(?:(?:has|had|have)\s+)?(?:served|serves|resigned|resigns|quit|quits|stepped\s+down|"
                        r"steps\s+down|stood\s+down|took\s+over|takes\s+over)\s+as\s+"
                        r"|(?:(?:elected|appointed|named|chosen)\s+)?to\s+(?=head\b|lead\b)|as\s+(?=(?:the\s+)?[a-z])"
                        r"|(?=one\s+of\s+(?:the|its|their|[A-Z])))", re.I)


def _predicate(ctx: Context, person: Mention) -> RoleRecord | None:
    """"X was elected to head Hamas' political bureau", "X was reelected as Iran's president", "X became president",
    "the swearing in of X as president of Iran"; the verbs of taking up, holding and leaving an
    office ("X, who ..., served as Y", "X - who has resigned as Y -"), whose subject held it. A state
    office written without its state belongs to the state :func:`implied_state` finds, as it does
    for a title before a name ("a lack of trust in X as prime minister")."""
    text = ctx.document.text
    m = _BECAME.match(text, person.end) or _PREDICATE.match(text, person.end)
    if m is None or m.end() == person.end:
        return None
    start, end = _phrase(text, m.end(), len(text))
    found = _title_and_org(ctx, start, end)
    if found is None:
        return None
    title, org, unit = found
    from .gazetteer import office_pattern

    office = office_pattern().match(text, start)
    if office is not None and title.lower() in office.group().lower():
        title = office.group()  # "home secretary": the whole office, not only its role noun
    org_key = org.key if org else None
    if org_key is None:  # "X as prime minister", "X, who ..., served as education minister": a state
        at = text.find(title, start, end)  # office written without its state, as before a name
        org_key = implied_state(ctx, person, title, (at, at + len(title)) if at >= 0 else None)
    return RoleRecord(person.start, end, person.key, title, org_key, "role:predicate", 0.65, unit)


_BECAME = re.compile(r"\s+(?:(?:has|had)\s+become|became)\s+")
"""An office taken up, right after the name ("X became president"; not "X, whose father became
president", "X hopes to become president")."""


_HONORIFIC_AFTER_COMMA = re.compile(r",[ \t]+(?:(?:Grand[ \t]+)?(?:Ayatollah|Sheikh|Shaykh|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|"
                                    r"Prince|Princess|Archbishop|Bishop|Cardinal|Rabbi|Imam|Reverend|Rev)\.?[ \t]+)?$")
"""The comma that ends a preposed apposition, and an honorific the person's mention leaves out
("the founder of the republic, Ayatollah X": the mention is "X")."""


def _apposition_before(ctx: Context, person: Mention) -> RoleRecord | None:
    """"the commander of the Quds Force, Qassem Soleimani", "Supreme Leader of Iran, Ali Khamenei"
    and "the bank's lawyer, Helen Marsh of Hartley Brown"."""
    text = ctx.document.text
    lead = _HONORIFIC_AFTER_COMMA.search(text, max(0, person.start - 40), person.start)
    if lead is None:
        return None
    end = lead.start()
    prev = [m.end() for m in _DELIM.finditer(text, max(0, end - 120), end)]
    start = prev[-1] if prev else max(0, end - 120)
    persons = [m.end for m in ctx.within(start, end) if m.category == "Person"]
    if persons:  # "Blair met his Israeli counterpart, Ariel Sharon": the title follows the last name
        start = persons[-1]
    while start < end and text[start].isspace():
        start += 1
    found = _title_and_org(ctx, start, end)
    if found is None:
        return None
    title, org, unit = found
    owner = _OWNER.match(text, start)
    if owner is not None and not re.match(r"\s*" + re.escape(title), text[owner.end():end], re.I):
        owner = None  # "Its shares fell as chief executive, X": "its" is not the title's
    if org is None and owner is not None:  # "its chief executive, X", "the firm's lawyer, X"
        if owner.group(1) is None:
            org = antecedent_org(ctx, start, state_office=title.lower().split()[-1] in STATE_OFFICES)
        else:
            found, noun = ctx.block_of(owner.start(1)), ctx.token_at(owner.start(1))
            org = _taken_up(ctx, found[0], noun) if found is not None and noun is not None else None
        if org is not None and org.category != "Organization" and org.kind != "Country":
            org = None
    nation = _NATION_OWNER.match(text, start) if org is None else None
    if nation is not None and re.fullmatch(r"\s*(?:" + _ADJECTIVE + r"\s+)?" + re.escape(title) + r"\s*",
                                           text[nation.end():end], re.I) and title.lower().split()[-1] in STATE_OFFICES:
        org, owner = _country_before(ctx, start), nation  # "the country's new president, X"
    at = start if owner is not None and org is not None else _noun_phrase_start(text, start, end, title, org)
    if org is None:  # "its lawyer, X of Y": the firm named with the person
        org = org_after_name(ctx, person)
        if org is not None:
            return RoleRecord(at, org.end, person.key, title, org.key, "role:apposition-before", 0.7, None)
    title, org_key, office_at = _apposed_office(ctx, person, title, org, start, end)
    return RoleRecord(min(at, office_at), person.end, person.key, title, org_key, "role:apposition-before", 0.7, unit)


_NATION_OWNER = re.compile(r"the\s+(?:country|nation)['’]s\s", re.I)
"""A possessive that takes up a state before a state office ("the country's new president, X")."""


def _country_before(ctx: Context, offset: int) -> Mention | None:
    """The state "the country" takes up at ``offset``: of the ones named before it within the
    paragraph or the one before (a nationality word names its state too), the state the story is
    about (:func:`main_country`), else the one named last."""
    lo = max(0, ctx.document.text.rfind("\n", 0, max(0, ctx.document.text.rfind("\n", 0, offset) - 1)))
    named = [m for m in ctx.within(lo, offset) if m.kind == "Country"]
    main = main_country(ctx) if named else None
    return next((m for m in named if m.key == main), named[-1] if named else None)


_OWNER = re.compile(r"(?:its|the\s+(" + "|".join(ORG_NOUNS) + r")['’]s)\s", re.I)
"""A possessive that opens a title before a name: the organization it refers back to is the
title's ("its chief executive, X", "the company's lawyer, X"; not "their", which is more often
people's: "their lawyer, X")."""


def _noun_phrase_start(text: str, start: int, end: int, title: str, org: Mention | None) -> int:
    """Where the noun phrase of a title begins within [start, end): at its organization or title,
    with a determiner or possessive before them ("and the Palestinian leader" → "the Palestinian
    leader"), so the evidence leaves out the clause before it."""
    from .gazetteer import load

    at = text.rfind(title, start, end)
    if at < 0:
        return start
    if org is not None and start <= org.start < at:
        at = org.start
    nationality = re.search(r"(?<![\w-])[A-Z][\w-]*\s+$", text[start:at])
    if nationality and load().country_of_demonym(nationality.group().strip()) is not None:
        at = start + nationality.start()  # "the Palestinian leader" when the organization is named elsewhere
    det = re.search(r"\b(?:the|a|an|his|her|its|their|our|my|your)\s+$", text[start:at], re.I)
    return start + det.start() if det else at
