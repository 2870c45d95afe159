"""Roles: positions held by persons, from titles before a name ("Hamas spokesman Fawzi
Barhoum", "Iran's Foreign Minister Javad Zarif") and appositions around it ("Saleh al-Arouri,
deputy head of Hamas' political bureau", "the commander of the Quds Force, Qassem Soleimani")."""
from __future__ import annotations

import re

from ..model import Mention, RoleRecord
from .context import Context

ROLE_NOUNS = {
    "leader", "head", "chief", "deputy", "spokesman", "spokeswoman", "spokesperson", "president", "minister",
    "secretary", "secretary-general", "commander", "chairman", "chairwoman", "chair", "director", "representative",
    "envoy", "ambassador", "adviser", "advisor", "official", "member", "founder", "co-founder", "king", "queen",
    "emir", "prince", "speaker", "governor", "mayor", "senator", "general", "colonel", "editor", "editor-in-chief",
    "ceo", "executive", "officer", "analyst", "researcher", "correspondent", "reporter", "coordinator", "premier",
    "chancellor", "judge", "prosecutor", "lawmaker", "mp", "legislator", "delegate", "negotiator", "mediator",
    "cleric", "commissioner", "manager", "coach", "captain", "owner", "administrator", "inspector", "attorney",
    "lawyer", "professor", "scholar", "expert", "fellow", "strategist", "diplomat", "politician", "activist",
    "economist", "historian", "journalist", "columnist", "commentator", "vice-president", "vice", "sultan", "pope",
    "counterpart",
}
"""Nouns that make a phrase a role title."""
HONORIFICS = {"ayatollah", "sheikh", "shaykh", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord",
              "hajj", "haj", "mullah", "grand"}
"""Honorifics that are part of how a person is named, not a role."""
_STOP_BACK = {"the", "a", "an", "and", "or", "but", "that", "which", "who", "said", "says", "with", "by", "for",
              "to", "from", "in", "on", "at", "as", "after", "before", "when", "while", "of"}
_DELIM = re.compile(r"[,;:()\[\]\n.!?“”\"]")
_CAPTION = re.compile(r"\s*\((?:L|R|C|left|right|center|\d+(?:st|nd|rd|th)\s+[LR])\)", re.I)


def _is_org(m: Mention) -> bool:
    return m.category == "Organization" or m.kind == "Country"


def _has_role_noun(words: list[str]) -> bool:
    return any(w.lower().strip(".,'’") in ROLE_NOUNS for w in words)


def find(ctx: Context) -> list[RoleRecord]:
    """Every role found in the document, in text order (one per holder, title and organization)."""
    out: dict[tuple, RoleRecord] = {}
    for m in ctx.mentions:
        if m.category != "Person" or m.method.startswith("alias-repeat"):
            continue
        for role in (_before(ctx, m), _apposition_after(ctx, m), _apposition_before(ctx, m), _predicate(ctx, m)):
            if role is not None:
                out.setdefault((role.holder, role.title.lower(), role.organization, role.start), role)
    return sorted(out.values(), key=lambda r: (r.start, r.end))


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
    lo = max(0, person.start - 120)
    offices = {m.end(): m.start() for m in office_pattern().finditer(text, lo, person.start)}
    titles: list = []
    org: Mention | None = None
    i = tok.i - 1
    while i >= 0 and len(titles) < 6:
        t = doc[i]
        offset = ctx.block_of(person.start)[0].pos(t.idx)
        if offset + len(t.text) in offices:  # the whole office title, then what comes before it
            start = offices[offset + len(t.text)]
            titles.insert(0, (start, offset + len(t.text)))
            while i >= 0 and ctx.block_of(person.start)[0].pos(doc[i].idx) > start:
                i -= 1
            i -= 1
            continue
        mention = ctx.at(offset, offset + len(t.text))
        if mention is not None and mention is not person:
            if titles and (_is_org(mention) or mention.category == "Place" and _local_office(text, titles)):
                org = mention
            break
        if t.text in ("’", "'", "’s", "'s", "[", "]", "(", ")") or t.is_space:
            i -= 1
            continue
        country = load().country_of_demonym(t.text) if t.text[:1].isupper() else None
        if country is not None and titles:
            org = _demonym_mention(ctx, offset, offset + len(t.text), country)
            break
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.lower_ in _STOP_BACK or t.is_punct:
            break
        titles.insert(0, (offset, offset + len(t.text)))
        i -= 1
    titles = [(s, e) for s, e in titles if text[s:e].lower() not in HONORIFICS]
    words = [text[s:e] for s, e in titles]
    if not titles or words[-1].lower() not in ROLE_NOUNS and not _office_of(words[-1]):
        return None
    start = min(org.start, titles[0][0]) if org else titles[0][0]
    title = text[titles[0][0]:titles[-1][1]]
    unit = UNITS.match(text, org.end) if org is not None and org.category == "Organization" else None
    if unit is not None and unit.end() <= titles[-1][1]:
        title = text[unit.end():titles[-1][1]].strip() or title
    org_key = org.key if org else _implied_state(ctx, person, words[-1])
    return RoleRecord(start, person.end, person.key, title, org_key,
                      "role:title-before", 0.75, unit.group(1).lower() if unit is not None and unit.end() <= titles[-1][1] else None)


LOCAL_OFFICES = {"mayor", "governor", "councillor", "councilor", "sheriff", "alderman", "mp", "congressman",
                 "congresswoman", "senator", "assemblyman", "assemblywoman"}
"""Offices of a city, region or constituency: the place before them is their jurisdiction ("London
mayor X", "Texas governor X")."""
STATE_OFFICES = {"president", "premier", "chancellor", "minister", "king", "queen", "emir", "sultan", "monarch",
                 "shah", "emperor", "secretary", "supreme leader"}
"""Last words of a title that make it an office of a state (when no organization is given)."""


def _local_office(text: str, titles: list[tuple[int, int]]) -> bool:
    return text[titles[-1][0]:titles[-1][1]].lower() in LOCAL_OFFICES


def _office_of(title: str):
    from .gazetteer import office

    return office(title)


def _implied_state(ctx: Context, person: Mention, title: str) -> str | None:
    """The state of a state office written without one, when the document names that state: the one
    state that uses the title ("Home Secretary" → United Kingdom), else the state the holder is
    known to serve ("President Bashar al-Assad" → Syria)."""
    from .gazetteer import load

    g = load()
    office = _office_of(title)
    label = office.country if office is not None else None
    last = " ".join(title.lower().split())
    if label is None and (office is not None or last in STATE_OFFICES or last.rsplit(" ", 1)[-1] in STATE_OFFICES):
        holder = g.by_key(person.key)
        label = holder.country if holder is not None and holder.category == "Person" else None
    country = g.by_label.get(label) if label else None
    return country.key if country is not None and ctx.names(country.key) else None


def _demonym_mention(ctx: Context, start: int, end: int, country) -> Mention:
    """A nationality word standing for its state in a title ("Syrian President" → Syria). It is
    added as a mention only when the document does not name the state otherwise (the role needs an
    actor to point to): a demonym adjective is not a mention of its state (the gold rule)."""
    m = Mention(start, end, ctx.document.text[start:end], "Place", "Country", "demonym", 0.7, country.key)
    if not ctx.names(country.key):
        ctx.mentions.append(m)
        ctx.reindex()
    return m


def _phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase between delimiters starting at ``start`` (forward) within 120 characters."""
    m = _DELIM.search(text, start, min(end, start + 120))
    return start, m.start() if m else min(end, start + 120)


_TITLE_MODIFIERS = {"deputy", "senior", "former", "acting", "vice", "chief", "foreign", "prime", "supreme", "general",
                    "top", "special", "interim", "military", "political", "defense", "defence", "interior", "finance",
                    "economy", "justice", "health", "intelligence", "security", "national", "executive", "assistant",
                    "associate", "co", "regional", "local", "international", "grand", "lead", "head", "second", "first"}
"""Words that can be part of a title before its role noun ("deputy", "foreign", "supreme")."""


UNITS = re.compile(r"['’]?s?\s+(political bureau|politburo|military wing|armed wing|political wing|shura council|"
                   r"central committee|executive committee|leadership council|general command|media office)\b", re.I)
"""Named parts of an organization: "Hamas' political bureau", "Hezbollah's military wing"."""


def _title_and_org(ctx: Context, start: int, end: int) -> tuple[str, Mention | None, str | None] | None:
    """Title and organization of a role phrase such as "deputy head of Hamas' political bureau",
    "Hamas representative in Iran", "the commander of the IRGC's Qods Force"."""
    from .gazetteer import load

    text = ctx.document.text
    inside = ctx.within(start, end)
    if any(m.category == "Person" for m in inside):
        return None
    words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"[^\s]+", text[start:end])]
    words = [w for w in words if not any(m.start <= w[0] < m.end for m in inside)]
    nouns = [i for i, w in enumerate(words) if w[2].lower().strip(".,’'") in ROLE_NOUNS]
    if not nouns or words.index(words[nouns[0]]) > 6:
        return None
    first = last = nouns[0]
    while first > 0 and words[first - 1][2].lower().strip(".,’'") in _TITLE_MODIFIERS | ROLE_NOUNS \
            and words[first - 1][1] + 2 >= words[first][0]:
        first -= 1
    while last + 1 < len(words) and words[last + 1][2].lower().strip(".,’'") in ROLE_NOUNS | {"general"} \
            and words[last][1] + 2 >= words[last + 1][0]:
        last += 1
    t_start, t_end = words[first][0], words[last][1]
    title = text[t_start:t_end].strip(" ,’'")
    org: Mention | None = None
    before = [m for m in inside if m.end <= t_start and _is_org(m)]
    if before and not text[before[-1].end:t_start].strip(" ’'s"):
        org = before[-1]  # "Hamas representative", "Iran's foreign minister"
    else:
        after = [m for m in inside if m.start >= t_end and _is_org(m)
                 and not re.search(r"\b(?:in|at|to|from|on|near)\s+(?:the\s+)?$", text[t_end:m.start])]
        if after:
            org = after[-1]  # "commander of the IRGC's Qods Force"
    if org is None:  # "the Iranian foreign minister": a nationality names the state
        for w in words[:first] + words[last + 1:]:
            country = load().country_of_demonym(w[2].strip(".,’'"))
            if country is not None:
                org = _demonym_mention(ctx, w[0], w[0] + len(w[2].strip(".,’'")), country)
                break
    if not title or len(title.split()) > 8:
        return None
    unit = UNITS.match(text, org.end) if org is not None and org.category == "Organization" else None
    return title, org, unit.group(1).lower() if unit and unit.end() <= end else None


def _apposition_after(ctx: Context, person: Mention) -> RoleRecord | None:
    """"X, deputy head of Hamas' political bureau," and "X (L), Hamas deputy chief,"."""
    text = ctx.document.text
    pos = person.end
    caption = _CAPTION.match(text, pos)
    if caption:
        pos = caption.end()
    if not text.startswith(", ", pos) or re.match(r"(?:and|or|but|nor)\b", text[pos + 2:pos + 6]):
        return None  # "X, and the Palestinian leader, Y": a new conjunct, not an apposition of X
    start, end = _phrase(text, pos + 2, len(text))
    found = _title_and_org(ctx, start, end)
    if found is None:
        return None
    title, org, unit = found
    return RoleRecord(person.start, end, person.key, title, org.key if org else None, "role:apposition", 0.8, unit)


_PREDICATE = re.compile(r"\s*(?:,[^.;]{0,80}?\s)?(?:(?:was|were|has been|had been|is|be|being)\s+)?"
                        r"(?:(?:re-?elected|appointed|named|sworn in|installed|chosen|confirmed)\s+(?:as\s+)?"
                        r"|(?:(?:elected|appointed|named|chosen)\s+)?to\s+(?=head\b|lead\b)|as\s+(?=(?:the\s+)?[a-z]))", re.I)


def _predicate(ctx: Context, person: Mention) -> RoleRecord | None:
    """"X was elected to head Hamas' political bureau", "X was reelected as Iran's president",
    "the swearing in of X as president of Iran"."""
    text = ctx.document.text
    m = _PREDICATE.match(text, person.end)
    if m is None or m.end() == person.end:
        return None
    start, end = _phrase(text, m.end(), len(text))
    found = _title_and_org(ctx, start, end)
    if found is None:
        return None
    title, org, unit = found
    return RoleRecord(person.start, end, person.key, title, org.key if org else None, "role:predicate", 0.65, unit)


def _apposition_before(ctx: Context, person: Mention) -> RoleRecord | None:
    """"the commander of the Quds Force, Qassem Soleimani" and "Supreme Leader of Iran, Ali Khamenei"."""
    text = ctx.document.text
    if not text[:person.start].endswith(", "):
        return None
    end = person.start - 2
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
    return RoleRecord(_noun_phrase_start(text, start, end, title, org), person.end, person.key, title,
                      org.key if org else None, "role:apposition-before", 0.7, unit)


def _noun_phrase_start(text: str, start: int, end: int, title: str, org: Mention | None) -> int:
    """Where the noun phrase of a title begins within [start, end): at its organization or title,
    with a determiner or possessive before them ("and the Palestinian leader" → "the Palestinian
    leader"), so the evidence leaves out the clause before it."""
    at = text.rfind(title, start, end)
    if at < 0:
        return start
    if org is not None and start <= org.start < at:
        at = org.start
    det = re.search(r"\b(?:the|a|an|his|her|its|their|our|my|your)\s+$", text[start:at], re.I)
    return start + det.start() if det else at
