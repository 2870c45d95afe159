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
}
"""Nouns that make a phrase a role title."""
HONORIFICS = {"ayatollah", "sheikh", "shaykh", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord",
              "hajj", "haj", "mullah", "grand"}
"""Honorifics that are part of how a person is named, not a role."""
_STOP_BACK = {"the", "a", "an", "and", "or", "but", "that", "which", "who", "said", "says", "with", "by", "for",
              "to", "from", "in", "on", "at", "as", "after", "before", "when", "while", "of"}
_DELIM = re.compile(r"[,;:()\[\]\n.!?“”\"]")
_CAPTION = re.compile(r"^\s*\((?:L|R|C|left|right|center|\d+(?:st|nd|rd|th)\s+[LR])\)", re.I)


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
        for role in (_before(ctx, m), _apposition_after(ctx, m), _apposition_before(ctx, m)):
            if role is not None:
                out.setdefault((role.holder, role.title.lower(), role.organization, role.start), role)
    return sorted(out.values(), key=lambda r: (r.start, r.end))


def _before(ctx: Context, person: Mention) -> RoleRecord | None:
    """Title words right before the name, possibly after an organization: "Hamas spokesman X",
    "Iran's Foreign Minister X", "Syrian President X" (a nationality names the state)."""
    from .gazetteer import load

    text = ctx.document.text
    tok = ctx.token_at(person.start)
    if tok is None:
        return None
    doc = tok.doc
    titles: list = []
    org: Mention | None = None
    i = tok.i - 1
    while i >= 0 and len(titles) < 6:
        t = doc[i]
        offset = ctx.block_of(person.start)[0].pos(t.idx)
        mention = ctx.at(offset, offset + len(t.text))
        if mention is not None and mention is not person:
            if _is_org(mention) and titles:
                org = mention
            break
        if t.text in ("’", "'", "’s", "'s") or t.is_space:
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
    if not titles or words[-1].lower() not in ROLE_NOUNS:
        return None
    start = min(org.start, titles[0][0]) if org else titles[0][0]
    return RoleRecord(start, person.end, person.key, text[titles[0][0]:titles[-1][1]], org.key if org else None,
                      "role:title-before", 0.75)


def _demonym_mention(ctx: Context, start: int, end: int, country) -> Mention:
    """A nationality word standing for its state ("Syrian President" → Syria), added as a mention."""
    m = Mention(start, end, ctx.document.text[start:end], "Place", "Country", "demonym", 0.7, country.key)
    ctx.mentions.append(m)
    ctx.reindex()
    return m


def _phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase between delimiters starting at ``start`` (forward) within 120 characters."""
    m = _DELIM.search(text, start, min(end, start + 120))
    return start, m.start() if m else min(end, start + 120)


def _title_and_org(ctx: Context, start: int, end: int) -> tuple[str, Mention | None] | None:
    text = ctx.document.text
    words = text[start:end].split()
    if not words or not _has_role_noun(words[:5]) or words[0][:1].isupper() and words[0].lower() not in ROLE_NOUNS \
            and not ctx.at(start, start + len(words[0])):
        if not (words and words[0].lower() in ("the", "a", "an") and _has_role_noun(words[1:5])):
            return None
    inside = ctx.within(start, end)
    orgs = [m for m in inside if _is_org(m)]
    if any(m.category == "Person" for m in inside):
        return None
    org = orgs[-1] if orgs else None
    if inside:
        before = re.sub(r"\s*(?:of|of the|at|in|for|to|to the)\s*$", "", text[start:inside[0].start]).strip()
        after = re.sub(r"^[’']s?\s*", "", text[inside[-1].end:end]).strip()
        title = before if _has_role_noun(before.split()) else after
    else:
        title = text[start:end].strip()
    title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.I).strip(" ,’'")
    if org is None:
        from .gazetteer import load

        for word in re.finditer(r"[A-Z][a-z]+", title):
            country = load().country_of_demonym(word.group())
            if country is not None:
                s = start + text[start:end].find(word.group())
                org = _demonym_mention(ctx, s, s + len(word.group()), country)
                title = (title[:word.start()] + title[word.end():]).strip()
                break
    if not title or not _has_role_noun(title.split()) or len(title.split()) > 10:
        return None
    return title, org


def _apposition_after(ctx: Context, person: Mention) -> RoleRecord | None:
    """"X, deputy head of Hamas' political bureau," and "X (L), Hamas deputy chief,"."""
    text = ctx.document.text
    pos = person.end
    caption = _CAPTION.match(text, pos)
    if caption:
        pos = caption.end()
    if not text.startswith(", ", pos):
        return None
    start, end = _phrase(text, pos + 2, len(text))
    found = _title_and_org(ctx, start, end)
    if found is None:
        return None
    title, org = found
    return RoleRecord(person.start, end, person.key, title, org.key if org else None, "role:apposition", 0.8)


def _apposition_before(ctx: Context, person: Mention) -> RoleRecord | None:
    """"the commander of the Quds Force, Qassem Soleimani" and "Supreme Leader of Iran, Ali Khamenei"."""
    text = ctx.document.text
    if not text[:person.start].endswith(", "):
        return None
    end = person.start - 2
    prev = [m.end() for m in _DELIM.finditer(text, max(0, end - 120), end)]
    start = prev[-1] if prev else max(0, end - 120)
    while start < end and text[start].isspace():
        start += 1
    found = _title_and_org(ctx, start, end)
    if found is None:
        return None
    title, org = found
    return RoleRecord(start, person.end, person.key, title, org.key if org else None, "role:apposition-before", 0.7)
