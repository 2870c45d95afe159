"""Actor mentions: spaCy named entities and gazetteer names, cleaned to exact name spans, typed,
corrected for typical NER errors, and keyed so that variants of one name in a document share
one key (surname back references, possessives, "al-" prefixes, acronyms and their expansions,
repeated names the model missed, a capital standing for its government)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Block, Document, Mention
from .context import doc_text, token_at_char, tokens_in, unnamed_key
from .gazetteer import Entry, Gazetteer, load, office_pattern
from .names import initials, normalize
from .roles import POSITIONS, ROLE_NOUNS

__all__ = ["mentions", "normalize", "CATEGORY"]

CATEGORY = {"PERSON": ("Person", "Person"), "ORG": ("Organization", "Organization"),
            "GPE": ("Place", "Place"), "LOC": ("Place", "Place"), "FAC": ("Place", "Place")}
"""spaCy entity label → (category, most specific ontology class known from the label alone)."""
CONFIDENCE = {"PERSON": 0.8, "ORG": 0.7, "GPE": 0.8, "LOC": 0.7, "FAC": 0.6, "GAZETTEER": 0.95}
"""Prior confidence of a mention by its source."""

PERSON_TITLES = {
    "president", "vice", "prime", "minister", "secretary", "leader", "chief", "head", "deputy", "spokesman",
    "spokeswoman", "spokesperson", "commander", "general", "gen.", "colonel", "col.", "lieutenant", "major",
    "ayatollah", "sheikh", "shaykh", "imam", "rabbi", "cardinal", "pope", "king", "queen", "prince", "princess",
    "emir", "sultan", "mr.", "mrs.", "ms.", "dr.", "professor", "prof.", "senator", "sen.", "rep.",
    "representative", "governor", "gov.", "mayor", "ambassador", "envoy", "director", "chairman", "chairwoman",
    "ceo", "founder", "official", "adviser", "advisor", "judge", "justice", "speaker", "mp", "lawmaker",
    "analyst", "researcher", "correspondent", "reporter", "editor", "coach", "captain", "manager", "striker",
}
"""Words that, right before a name, say the name is a person's."""

_ORG_SUFFIX = [
    (r"(?:Brigades?|Battalions?|Militia|Mujahideen|Front|Movement|Resistance)", "ArmedGroup"),
    (r"(?:Army|Forces?|Corps|Guards?|Navy|Air Force|Unit|Command)", "MilitaryForce"),
    (r"(?:Ministry|Department|Board|Council|Cabinet|Parliament|Senate|Congress|Authority|Bureau|Commission|Office|Agency|Court|Police|Majlis|Knesset)", "GovernmentBody"),
    (r"(?:TV|Television|News|Post|Times|Channel|Radio|Press|Daily|Herald|Tribune|Gazette|Journal|Agency|Network|Broadcasting)", "MediaOutlet"),
    (r"(?:Center|Centre|Institute|Foundation|Council on [A-Z]\w+ Relations|Think Tank)", "ThinkTank"),
    (r"(?:Party|Alliance|Coalition)", "PoliticalParty"),
    (r"(?:Inc\.?|Ltd\.?|Corp\.?|Company|Group|Bank|Airlines?|Airways|Holdings?|PLC|plc|Plc|LLC|GmbH|"
     r"Entertainment|Records|Motors|Industries|Enterprises|Pharmaceuticals?|Petroleum|Telecom|Studios|Productions)",
     "Company"),
    (r"(?:League|Organi[sz]ation|Nations)", "InternationalOrganization"),
    (r"(?:Union|Federation|Confederation|Association|Society|Club|Trust|College|University|School)", "Organization"),
]
"""Heads that make a name an organization of a kind. International unions and leagues are in the
gazetteer; an unknown "... Union" is a trade union or the like, a plain Organization."""
_SUFFIX_RE = [(re.compile(rf"\b{p}$"), kind) for p, kind in _ORG_SUFFIX]
_LEAD = re.compile(r"^(?:the|The|THE|But|And|Or|Yet|However,?)\s+(?=\S)")
"""What begins a name span but is no part of the name: an article, or a conjunction that opens the
sentence ("But Dunmore economist X")."""
_TRAIL = re.compile(r"(?:\s(?:and|or|of|the|to|for|in|at|by|with|from)|['’]s|['’]|[\s.,;:!?\"“”‘’()\[\]*_-])+$")
"""What ends a name span but is no part of the name: a possessive, punctuation, or a lowercase
function word the NER left attached ("Tech Radar and" in "Tech Radar and Gadget Weekly")."""
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:QC|KC|MP|MSP|MEP|AM|OBE|MBE|CBE|KBE|DBE|PhD|FRS|JP))+$")
"""Letters after a person's name (an office, an honour, a degree), when the NER keeps them."""
_FORMER = re.compile(r"[Ee]x-(?=[A-Z])")
"""The prefix "ex-" before a name ("Ex-Acme chief", "ex-Labour minister"): no part of the name."""
_HEAD = re.compile(r"^[\s\"“”‘’()\[\]*_-]+")
_POSSESSIVE_INSIDE = re.compile(r"['’]s?\s+")
_LOCATIVE = {"in", "at", "to", "from", "near", "into", "across", "outside", "inside", "around", "through", "via",
             "toward", "towards", "within", "throughout", "over", "on"}
_MOVEMENT = {"visit", "arrive", "travel", "reach", "leave", "enter", "fly", "return", "go", "come", "head"}
_HONORIFIC = re.compile(r"^(?:(?:Grand\s+)?Ayatollah|Sheikh|Shaykh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Hajj|Mullah|President|"
                        r"Prime Minister|Minister|General|Gen\.|Colonel|Col\.|King|Queen|Prince|Emir|Sultan)\s+")
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?\s+(?=[A-Z])")
"""Courtesy titles, which are not part of a person's mention ("Mr Straw" → "Straw")."""
_RELIGIOUS_ROYAL = re.compile(r"^(?:Grand\s+)?(?:Ayatollah|Archbishop|Bishop|Cardinal|Rabbi|Imam|Sheikh|Shaykh|Reverend|"
                              r"Rev\.?|Prince|Princess)\s+(?=[A-Z])")
"""Religious and royal honorifics, which are not part of a person's mention either ("Archbishop
Desmond Tutu" → "Desmond Tutu", "Prince Charles" → "Charles"): the person is named without them
later in the story, and the honorific is no office in a named organization."""
_JUDICIAL = re.compile(r"^(?:(?:Lord\s+|Lady\s+)?(?:Chief\s+)?Justices?|MEP|MSP|MP|MLA)\s+(?=[A-Z])")
"""Titles that the model often takes into the name: the judge's title of British courts ("Lord
Justice May", "Mr Justice Harrison") and the acronyms of seats ("MEP Karl Berndorf")."""
_TITLE_WORDS = PERSON_TITLES | {"supreme", "foreign", "defense", "defence", "interior", "deputy", "senior", "vice",
                                "former", "acting", "chief", "leader", "secretary-general", "general"}
_STOP_FORMS = {"The", "A", "An", "This", "That", "He", "She", "It", "They", "We", "I", "You"}


def classify_name(text: str, label: str, gazetteer: Gazetteer) -> tuple[str, str, Entry | None]:
    """(category, class, gazetteer entry) of a name, correcting the NER label with the gazetteer
    and with organization suffixes ("... Brigades", "... Ministry", "... TV").

    >>> classify_name("Qassam Brigades", "PERSON", Gazetteer([]))[:2]
    ('Organization', 'ArmedGroup')
    """
    entry = gazetteer.lookup(text)
    if entry is not None:
        return entry.category, entry.kind, entry
    if re.match(r"(?:Group|Grupo|Groupe|Gruppo)\s+[A-Z]", text):
        return "Organization", "Company", None  # "Group Menatep": a business group, whatever the model says
    head = _OF_HEAD.match(text)  # "Council of Ministers", "Standards Board of England": the head is before "of"
    for pattern, kind in _SUFFIX_RE:
        if (pattern.search(text) or head and pattern.search(head.group(1))) and (label != "PERSON" or len(text.split()) > 1):
            if kind in ("GovernmentBody", "Organization") and _INTERNATIONAL.match(text):
                kind = "InternationalOrganization"  # "European Court of Human Rights", "International Maritime Board"
            return "Organization", kind, None
    if label == "ORG" and _WEB_COMPANY.search(text):
        return "Organization", "Company", None  # "Sina.com": a firm named by its web address
    words = text.split()
    outlet = gazetteer.lookup(words[0]) if len(words) > 1 and label == "ORG" else None
    if outlet is not None and outlet.kind == "MediaOutlet" and all(w[:1].isupper() or w.isdigit() for w in words[1:]):
        return "Organization", "MediaOutlet", None  # "BBC Sport", "BBC Persian Service": a broadcaster's service
    category, kind = CATEGORY[label]
    if label == "GPE":  # every country is in the gazetteer: an unknown state-like place is below one
        kind = "Region" if _REGION_NAME.search(text) else "City"
    elif label == "LOC":
        kind = "Region"
    return category, kind, None


_WEB_COMPANY = re.compile(r"\w\.(?:com|co\.uk|net)$")
"""A name that is a web address ("Sina.com", "Lastminute.com"): a company's name (dot-com firms)."""
_OF_HEAD = re.compile(r"^((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?[A-Z]")
"""A name whose head comes before an "of" complement ("Court of Appeal", "Ministry of Defence")."""
_INTERNATIONAL = re.compile(r"^(?:European|International|World|Inter-American|Pan-African|African|Asian|"
                            r"Intergovernmental|Global|Commonwealth)\s")
"""First words of the names of bodies of several states (a court or council named so that no
gazetteer lists is an international body, not a state's)."""
_REGION_NAME = re.compile(r"(?:shire|\bCounty|\bProvince|\bState|\bRegion|\bTerritory|\bOblast|\bPrefecture|"
                          r"\bDistrict|\bGovernorate|\bCanton)$")
"""Endings of region names ("Gloucestershire", "Orange County"). A geopolitical name the
gazetteer does not list is not a country (they are all listed); without such an ending it is most
often a city or town, which news names far more often than regions. Non-political locations
(spaCy LOC: "Middle East", "Persian Gulf", "West Bank") are regions."""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to the name: no leading article, possessive or surrounding punctuation."""
    piece = text[start:end]
    lead = _LEAD.match(piece)
    if lead and end - start - lead.end() > 2:
        start += lead.end()
    head = _HEAD.match(text[start:end])
    if head:
        start += head.end()
    former = _FORMER.match(text, start, end)
    if former and end - former.end() > 1:
        start = former.end()  # "Ex-Acme boss X", "ex-Labour": the prefix says "former", the name follows
    trail = _TRAIL.search(text[start:end])
    if trail:
        end = start + trail.start()
    # Abbreviations keep their final period ("U.S.").
    if end < len(text) and text[end] == "." and re.search(r"(?:^|[\s.])[A-Z]\.[A-Z]$", text[start:end]):
        end += 1
    return start, max(start, end)


@lru_cache(maxsize=4)
def _matcher(vocab, gazetteer: Gazetteer):
    """A phrase matcher of every gazetteer name, tokenized like English text."""
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    tokenizer = English(vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    names = [n for n in gazetteer.names() if len(n) > 1]
    names += ["the" + n[3:] for n in names if n.startswith("The ")]  # "according to the Observer"
    matcher.add("GAZETTEER", list(tokenizer.pipe(names)))
    return matcher


def warm(vocab, gazetteer: Gazetteer) -> None:
    """Build the gazetteer's phrase matcher now (see :func:`kg.tasks.prepare`)."""
    if gazetteer.entries:
        _matcher(vocab, gazetteer)


def _candidates(block: Block, doc, gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """(start, end, NER label or GAZETTEER, priority) of every name-like span of a block, block offsets."""
    offices = [(m.start(), m.end()) for m in office_pattern().finditer(block.text)]
    # A word of an office title is no name: "Foreign" of "Foreign Secretary", "State" of "Secretary of State".
    out = [(e.start_char, e.end_char, e.label_, 1) for e in doc.ents if e.label_ in CATEGORY
           and not any(s <= e.start_char and e.end_char <= t for s, t in offices)]
    for m in _SHIRE.finditer(block.text):
        out.append((m.start(), m.end(), "GPE", 3))
    for m in _SEAT.finditer(block.text):
        out.append((m.start(1), m.end(1), "LOC", 3))
    for m in _SUBDIVISION.finditer(block.text):
        words = tokens_in(doc, m.start(1), m.end(1))
        if words and all(t.pos_ == "PROPN" for t in words) and m.group(1) not in _NOT_SUBDIVISIONS:
            out.append((m.start(1), m.end(1), "LOC", 3))
    out += _titled_names(doc, gazetteer)
    out = [_with_first_name(doc, c, gazetteer) for c in out]
    for i, (s, e, label, p) in enumerate(out):
        entity = _ENTITY_WORD.search(block.text, max(0, s - 40), s) if label == "PERSON" else None
        if entity is not None and entity.end() == s:
            out[i] = (entity.start(), e, label, p)  # "Jos&#233; Manuel Barroso": an escaped letter is part of the name
    for s, e, label, _ in list(out):
        e0 = e - 1 if block.text[e - 1:e] in ("'", "’") else e
        head = _PLURAL_POSSESSIVE_HEAD.match(block.text, e0)
        if label in ("ORG", "GPE", "FAC", "PERSON") and head and block.text[e0 - 1:e0] == "s":
            out.append((s, head.end(), "ORG", 1))
    for s, e, label, _ in list(out):
        first = _COORDINATED_FIRST.search(block.text, max(0, s - 40), s)
        if label == "ORG" and first and _SUFFIX_RE_ANY(block.text[s:e].rstrip("'’s")) \
                and gazetteer.lookup(first.group(1)) is None:
            out.append((first.start(1), e, "ORG", 1))
    out += _partner_names(doc, out, gazetteer)
    out += _employers(doc, out, gazetteer)
    if gazetteer.entries:
        for _, s, e in _matcher(doc.vocab, gazetteer)(doc):
            span = doc[s:e]
            out.append((span.start_char, span.end_char, "GAZETTEER", 2))
    return out


_ENTITY_WORD = re.compile(r"(?<![\w&#;])[A-Z][\w]*(?:&#\d{2,5};[\w]*)+\s+")
"""A capitalized word with an unescaped HTML character reference ("Jos&#233;"), which the tokenizer
splits so the model leaves it out of the name it starts."""
NAME_TITLES = PERSON_TITLES | {"mr", "mrs", "ms", "dr", "lord", "lady", "dame", "justices", "mep", "msp", "executive",
                               "boss", "patriarch", "chairperson", "presenter", "lawyer", "solicitor", "barrister",
                               "constable", "superintendent", "inspector", "detective", "sergeant", "bishop",
                               "archbishop", "rabbi", "imam", "playwright", "novelist", "actor", "actress",
                               "singer", "striker", "midfielder", "goalkeeper", "defender"}
"""Words after which capitalized proper nouns name a person ("MEP Alain Lipietz", "Lord Justice May")."""
_PRENOMINAL = {"president", "minister", "secretary", "justice", "justices", "judge", "mep", "msp", "mp", "senator",
               "governor", "mayor", "general", "colonel", "king", "queen", "prince", "princess", "speaker", "chancellor",
               "ambassador", "commissioner", "bishop", "archbishop", "cardinal", "pope", "sheikh", "ayatollah", "emir",
               "sultan", "professor", "chairman", "lord", "lady", "sir", "dame", "mr", "mrs", "ms", "dr"}
"""Titles written capitalized before a name, also after another capitalized word ("EC President X")."""
_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _titled_names(doc, gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """Person names that follow a title word but that the model did not tag (or tagged as part of
    something else): up to three capitalized proper nouns, none of them a known name of a place or
    organization or a nationality ("French Green MEP Alain Lipietz" → "Alain Lipietz")."""
    out = []
    for tok in doc:
        if tok.lower_.rstrip(".") not in NAME_TITLES and tok.lower_ not in NAME_TITLES:
            continue
        if tok.text[:1].isupper() and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper() \
                and tok.lower_ not in _PRENOMINAL and not doc[tok.i - 1].ent_type_:
            continue  # "Fairford Coach Action": a word of a name, not a title before one
        run = []
        j = tok.i + 1
        while j < len(doc) and len(run) < 3 and doc[j].pos_ == "PROPN" and _NAME_WORD.fullmatch(doc[j].text) \
                and doc[j].ent_type_ in ("", "PERSON", "ORG") and doc[j].lower_ not in NAME_TITLES:
            run.append(doc[j])
            j += 1
        if not run or j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
            continue  # a longer capitalized run is some other name ("Chairman Mao Zedong Thought")
        if any(gazetteer.lookup(t.text) is not None or gazetteer.country_of_demonym(t.text) is not None for t in run):
            continue
        out.append((run[0].idx, run[-1].idx + len(run[-1].text), "PERSON", 0))
        if tok.lower_.endswith("s") and j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].pos_ == "PROPN" \
                and _NAME_WORD.fullmatch(doc[j + 1].text) and gazetteer.lookup(doc[j + 1].text) is None:
            nxt = doc[j + 1]  # "Lord Justices Clarke and Rix": the plural title names both
            out.append((nxt.idx, nxt.idx + len(nxt.text), "PERSON", 3))
    return out


def _with_first_name(doc, cand: tuple[int, int, str, int], gazetteer: Gazetteer) -> tuple[int, int, str, int]:
    """A person's name of one word with a capitalized proper noun right before it that the model left
    out: the first name ("Otis Ferry" tagged as "Ferry"), unless that word is a title, a known name
    or a nationality, or itself follows a capitalized word (a sentence may begin with the first name)."""
    start, end, label, priority = cand
    if label != "PERSON":
        return cand
    tok = next((t for t in tokens_in(doc, start, start + 1)), None)
    if tok is None or tok.i == 0 or " " in doc_text(doc)[start:end]:
        return cand
    prev = doc[tok.i - 1]
    before = doc[tok.i - 2] if tok.i > 1 else None
    if prev.pos_ != "PROPN" or prev.ent_type_ or not _NAME_WORD.fullmatch(prev.text) \
            or prev.lower_ in NAME_TITLES or prev.lower_ in _TITLE_WORDS or prev.lower_ in _CALENDAR \
            or gazetteer.lookup(prev.text) is not None or gazetteer.country_of_demonym(prev.text) is not None \
            or before is not None and before.text[:1].isupper() and before.pos_ == "PROPN":
        return cand
    return prev.idx, end, label, priority


_SUBDIVISION = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:state|province|county|region|district|"
                          r"prefecture|governorate|oblast)(?![\w-])")
"""A proper noun before a lowercase word for a subdivision names a region ("Cojedes state", "Sindh
province"), which the small model often misses."""
_NOT_SUBDIVISIONS = {"Gulf", "Baltic", "Arab", "Balkan", "Nordic", "Soviet", "Islamic", "Jewish", "Member", "Federal",
                     "Union", "The", "A", "This", "That", "Each", "Every", "Western", "Eastern", "Northern", "Southern"}
"""Capitalized words before "state" that name a kind of state, not one ("a Gulf state")."""
_SEAT = re.compile(r"(?<![\w-])(?:MP|MPs|MEP|MSP|MLA|AM|[Mm]ember\s+of\s+[Pp]arliament)\s+for\s+"
                   r"([A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*)")
"""A constituency after a seat ("MP for Ashby", "MP for Hollow and Marsh Vale"): a place,
which the small model often misses or takes for a person."""
_SHIRE = re.compile(r"(?<![\w-])[A-Z][a-z]+shire(?![\w-])")
"""English county names ("Gloucestershire"), which the small model often misses or takes for a person."""
_PLURAL_POSSESSIVE_HEAD = re.compile(r"['’][ \t]+(?:Court|Union|Association|Federation|Society|Club|College|Fund|Trust|"
                                     r"Guild|Council|Institute|Hospital|Home|Church)\b")
"""A plural possessive inside a name: "Bow Street Magistrates' Court", "Transport and General
Workers' Union", "Teachers' Association": the model stops at the apostrophe, the name goes on."""


_COORDINATED_FIRST = re.compile(r"(?:^|\b[Tt]he\s+)([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:and|&)\s+)$")
"""The first conjunct of a coordinated organization name after "the" ("the Public and Commercial
Services Union", "the Food and Drug Administration"), which the model often leaves out."""


def _partner_names(doc, cands: list[tuple[int, int, str, int]], gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """"Hogan and Sterling", "Procter and Gamble": a firm named after two partners, of which the
    model tags only the second word as an organization. The first is a capitalized proper noun
    right before "and" that the model left untagged and no list knows as a name of its own."""
    out = []
    for s, e, label, _ in cands:
        toks = tokens_in(doc, s, e)
        if label != "ORG" or len(toks) != 1 or toks[0].i < 3:
            continue
        conj, first, before = doc[toks[0].i - 1], doc[toks[0].i - 2], doc[toks[0].i - 3]
        if conj.lower_ not in ("and", "&") or first.pos_ != "PROPN" or first.ent_type_ \
                or not _NAME_WORD.fullmatch(first.text) or before.text[:1].isupper() or before.is_sent_start \
                or first.is_sent_start or gazetteer.lookup(first.text) is not None \
                or gazetteer.country_of_demonym(first.text) is not None:
            continue
        out.append((first.idx, e, "ORG", 1))
    return out


_EMPLOYEE_TITLES = POSITIONS | {"boss", "coach", "manager", "captain", "chairman", "chairwoman", "spokesman", "spokeswoman",
                                 "lawyer", "owner", "executive", "director", "economist", "analyst", "strategist",
                                 "correspondent", "editor", "researcher"}
"""Titles of a post in a club, a firm or another body (not "adviser" or "aide", which a person
has): a name right before them, before a person's name, is the employer ("Felpersham boss X",
"Norrbank economist X")."""
_TITLE_LEAD = {"chief", "managing", "executive", "finance", "vice", "deputy", "assistant", "head"}


def _employers(doc, cands: list[tuple[int, int, str, int]], gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """"Felpersham boss Tom Fry", "Ambridge coach Jan Roe": one to three capitalized words
    before a lowercase title of a post (:data:`_EMPLOYEE_TITLES`) that comes right before a
    person's name name the body the person works for, an organization, whatever the model made
    of them (a person, a product, nothing). Not a listed name (its own type stands: "Scotland
    captain X"), a nationality, a title word, or the surname of a person the story names."""
    persons = [(s, e) for s, e, label, _ in cands if label == "PERSON"]
    surnames = {words[-1] for words in (doc_text(doc)[s:e].split() for s, e in persons) if len(words) > 1}
    out = []
    for s, _ in persons:
        tok = token_at_char(doc, s)
        if tok is None or tok.i < 2:
            continue
        j = tok.i - 1
        if doc[j].lower_ not in _EMPLOYEE_TITLES or not doc[j].text.islower():
            continue
        while j > 0 and doc[j - 1].lower_ in _TITLE_LEAD and doc[j - 1].text.islower():
            j -= 1
        run = []
        k = j - 1
        while k >= 0 and len(run) < 4 and _NAME_WORD.fullmatch(doc[k].text):
            run.insert(0, doc[k])
            k -= 1
        if not run or len(run) > 3 or k >= 0 and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
            continue
        name = " ".join(t.text for t in run)
        if gazetteer.lookup(name) is not None or any(gazetteer.country_of_demonym(t.text) for t in run) \
                or any(t.lower_ in _TITLE_WORDS or t.lower_ in NAME_TITLES or t.lower_ in _CALENDAR for t in run) \
                or name in surnames or run[0].lower_ in ("the", "a", "an"):
            continue
        out.append((run[0].idx, run[-1].idx + len(run[-1].text), "ORG", 2))
    return out


def _select(cands: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """Non-overlapping spans, longest first; on equal extent the gazetteer wins."""
    chosen: list[tuple[int, int, str, int]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), -c[3], c[0])):
        if all(c[1] <= o[0] or c[0] >= o[1] for o in chosen):
            chosen.append(c)
    return sorted(chosen)


def _token_at(doc, offset: int):
    return token_at_char(doc, offset)


def _person_title_before(doc, start: int) -> bool:
    tok = _token_at(doc, start)
    if tok is None or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    return prev.lower_ in PERSON_TITLES and prev.pos_ in ("NOUN", "PROPN", "ADJ")


_ADDRESSED = {"anger", "annoy", "upset", "irritate", "urge", "accuse", "criticize", "criticise", "warn", "pressure",
              "condemn", "thank", "praise", "blame", "threaten", "ask", "invite", "prompt", "persuade", "lobby",
              "sanction", "fund", "arm", "reassure", "court", "snub", "rebuff", "reject", "defy", "embarrass"}
"""Verbs whose object is a party that feels, acts or answers ("angered Tehran, prompting it to..."),
so a capital as their object stands for its government."""


def _metonymic(doc, start: int) -> bool:
    """A place name used as an agent (subject, possessor, party "with"/"against") rather than a location."""
    tok = _token_at(doc, start)
    while tok is not None and tok.dep_ in ("compound", "flat"):
        tok = tok.head
    if tok is None:
        return False
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "against", "between", "by"):
        return tok.head.head.lemma_ not in _MOVEMENT
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ADDRESSED


def mentions(document: Document, parsed: list[tuple[Block, object]], *, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Actor mentions of one document, in text order, with ``mention.text == document.text[start:end]``.

    :param parsed: (block, spaCy Doc) pairs from :func:`kg.nlp.parse`.
    :param gazetteer: reference actors (default: the bundled gazetteer).
    """
    g = gazetteer if gazetteer is not None else load()
    text = document.text
    found: list[Mention] = []
    for block, doc in parsed:
        for bstart, bend, label, _ in _select(_candidates(block, doc, g)):
            for start, end, kind in (piece for a, b in _split_at_gaps(block, bstart, bend)
                                     for piece in _split_possessive(text, block.pos(a), block.pos_end(b))
                                     for piece in (_split_coordination(text, *piece, g) if label != "GAZETTEER" else [piece])
                                     for piece in (_split_locative(text, *piece, label, g) if label in _PLACE_LABELS
                                                   else [(*piece, label)])):
                m = _mention(document, block, doc, start, end, kind, g)
                if m is not None:
                    found.append(m)
    found = [_regime(text, m) for m in found]
    found = _acronyms(text, found, document, g)
    found, short = _short_forms(_doc_aliases(_cue_types(text, found, g), g), g)
    found = _works(text, _cue_types(text, _repeats(document, parsed, found, short), g))
    found = _collectives(document, parsed, found)
    headline_end = document.title_span.end if document.title_span is not None else 0
    found = _programmes(text, _name_parts(_country_institutions(text, found, g), g, headline_end))
    found = _state_governments(document, parsed, found, g)
    found = _appositive_persons(text, _courtesy_persons(text, found))
    found = _back_references(sorted(found, key=lambda m: (m.start, m.end)))
    return _institutions(document, parsed, found, g)


def _name_parts(found: list[Mention], g: Gazetteer, headline_end: int = 0) -> list[Mention]:
    """A part of an organization's full name stands for it later in the story: its last word
    ("Rover" for "MG Rover", "Boerse" for "Deutsche Boerse"), its first word ("Virgin" for "Virgin
    Radio") or the name without its generic tail ("Shanghai Automotive" for "Shanghai Automotive
    Industry Corp"). Such mentions take the full name's key and type, so the model's varying labels
    of the part ("Rover" as a town) do not make a second actor.

    Conservative, as a part may be a name of its own: the part is no listed name, nationality,
    title or institution head ("Court"); a place part only ends the name (a town is often the
    first word of a club's or a firm's name); a person part is no word of a person's full name of
    the story; the part must point to one name, or to the shortest of nested ones ("Virgin" of
    "Virgin Radio" and "Virgin Radio Groove"); and the story must give the full name before it
    uses the part outside the headline: a firm named alone first ("Apple ... the Apple Developer
    Connection") is the firm, and the longer name is another actor (a unit or a product of it)."""
    orgs = sorted({m.text: m for m in found if m.category == "Organization" and m.kind != "UnnamedSource"
                   and len(m.text.split()) > 1 and all(w[:1].isupper() or w in ("and", "&", "of") for w in m.text.split())
                   }.values(), key=lambda m: len(m.text))
    if not orgs:
        return found
    person_words = {w for m in found if m.category == "Person" and len(m.text.split()) > 1 for w in m.text.split()}
    first: dict[str, int] = {}  # name or key -> its first use (outside the headline for a name)
    for m in sorted(found, key=lambda m: m.start):
        first.setdefault("key:" + m.key, m.start)
        if m.start >= headline_end:
            first.setdefault(m.text, m.start)
    out = []
    for m in found:
        target = _whole_name(m, orgs, person_words, g)
        if target is not None and target.key != m.key and first["key:" + target.key] < first.get(m.text, -1):
            m = Mention(m.start, m.end, m.text, target.category, target.kind, m.method + "+part", m.confidence, target.key)
        out.append(m)
    return out


def _whole_name(m: Mention, orgs: list[Mention], person_words: set[str], g: Gazetteer) -> Mention | None:
    """The organization whose full name ``m`` is a part of (see :func:`_name_parts`), or None."""
    words = m.text.split()
    if "gazetteer" in m.method or m.kind == "UnnamedSource" or g.lookup(m.text) is not None \
            or g.country_of_demonym(m.text) is not None or not all(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and (m.text in _HEADS or m.text.lower() in _TAIL_WORDS or m.text.lower() in _GENERIC_STEMS
                            or _SUFFIX_RE_ANY(m.text) or m.text.lower().strip(".") in _TITLE_WORDS
                            or m.category == "Person" and m.text in person_words):
        return None
    if m.category == "Person" and len(words) > 1:
        return None  # a person's full name inside a name ("the Robert Smith Trust") is the person
    hits = []
    for o in orgs:
        ow = o.text.split()
        if len(ow) <= len(words) or o.key == m.key:
            continue
        if len(words) == 1 and ow[-1] == m.text:
            hits.append(o)
        elif ow[:len(words)] == words and (len(words) == 1 and m.category != "Place"
                                           or all(w.lower() in _TAIL_WORDS for w in ow[len(words):])):
            hits.append(o)
    if not hits:
        return None
    first = hits[0]  # the shortest: the others must extend it ("Virgin Radio" ... "Virgin Radio Groove")
    return first if all(o.text.startswith(first.text) for o in hits) else None


_PROGRAMME = re.compile(r"['’]s[ \t]+((?:[A-Z][\w'’-]*[ \t]+){1,4})(?:programme|program|show|bulletin)(?![\w-])")
"""A programme named after its broadcaster ("'s Today programme", "'s Night Desk show")."""


def _programmes(text: str, found: list[Mention]) -> list[Mention]:
    """"BBC Radio 4's Today programme": a broadcaster's named programme is one media outlet, named
    by the whole phrase (the gold rule); the broadcaster inside it is no mention of its own there.
    The broadcaster must be a media outlet the story names, and the programme's name capitalized."""
    out, extra = [], []
    for m in found:
        hit = _PROGRAMME.match(text, m.end) if m.kind == "MediaOutlet" else None
        if hit is None:
            out.append(m)
            continue
        surface = text[m.start:hit.end()]
        extra.append(Mention(m.start, hit.end(), surface, "Organization", "MediaOutlet", m.method + "+programme",
                             m.confidence, normalize(surface)))
    return [m for m in out if not any(x.start <= m.start and m.end <= x.end for x in extra)] + extra


_COUNTRY_INSTITUTION_KINDS = {"GovernmentBody"}


def _country_institutions(text: str, found: list[Mention], g: Gazetteer) -> list[Mention]:
    """"the US District Court": a country's name right before the name of one of its institutions
    is part of that name (one government body, not the state and a court), and the bare name
    elsewhere in the story ("the Supreme Court" beside "the US Supreme Court") is the same body.
    Only for institutions (government bodies) that no list names, which a country qualifies."""
    by_start = {m.start: m for m in found}
    merged: list[Mention] = []
    gone: set[int] = set()
    for m in found:
        if m.kind != "Country" or m.category != "Place":
            continue
        nxt = by_start.get(m.end + 1)
        if nxt is None or text[m.end] != " " or nxt.kind not in _COUNTRY_INSTITUTION_KINDS \
                or "gazetteer" in nxt.method or g.lookup(nxt.text) is not None:
            continue
        surface = text[m.start:nxt.end]
        merged.append(Mention(m.start, nxt.end, surface, "Organization", nxt.kind, nxt.method + "+country",
                              nxt.confidence, normalize(surface)))
        gone |= {m.start, nxt.start}
    found = [m for m in found if m.start not in gone] + merged
    full = {}
    for m in found:
        first, _, rest = m.text.partition(" ")
        country = g.lookup(first) if rest else None
        if m.category == "Organization" and m.kind in _COUNTRY_INSTITUTION_KINDS and country is not None \
                and country.kind == "Country" and g.lookup(rest) is None:
            full.setdefault(rest, set()).add(m)
    out = []
    for m in found:
        owners = {o.key: o for o in full.get(m.text, ())}
        if len(owners) == 1 and "gazetteer" not in m.method and m.kind in _COUNTRY_INSTITUTION_KINDS:
            o = next(iter(owners.values()))
            m = Mention(m.start, m.end, m.text, o.category, o.kind, m.method + "+country", m.confidence, o.key)
        out.append(m)
    return out


_COURTESY_BEFORE = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+$")


def _courtesy_persons(text: str, found: list[Mention]) -> list[Mention]:
    """A full name the model took for an organization or a place is a person's when the story
    calls its last word "Mr X" (or Mrs, Ms, Dr): only persons bear those titles, so "Tomas Vande"
    tagged ORG and "Mr Vande" later are one person. Every mention of the name takes the
    person's category; :func:`_back_references` then keys the surname to it. Gazetteer names,
    names with an organization head ("... Group") and typed by a classifying noun keep their type."""
    titled = {m.text for m in found if " " not in m.text and _COURTESY_BEFORE.search(text, max(0, m.start - 6), m.start)}
    if not titled:
        return found
    keys = {m.key for m in found
            if m.category != "Person" and "gazetteer" not in m.method and "cue" not in m.method
            and 1 < len(m.text.split()) <= 3 and m.text.split()[-1] in titled
            and all(_NAME_WORD.fullmatch(w) for w in m.text.split()) and not _SUFFIX_RE_ANY(m.text)}
    return [_as_person(m, "+courtesy") if m.key in keys else m for m in found]


def _as_person(m: Mention, how: str) -> Mention:
    """The mention retyped a person's, the rule that did it appended to its method."""
    return Mention(m.start, m.end, m.text, "Person", "Person", m.method + how, m.confidence, m.key)


_PERSONAL_TITLES = ROLE_NOUNS - {"member", "owner", "representative", "adviser", "advisor", "auditor", "administrator",
                                  "counsel", "counterpart", "founder", "co-founder", "leader", "expert", "analyst",
                                  "fellow", "whip", "chair", "vice", "general", "trustee", "justice"}
"""Role nouns that only a person holds: a firm can be "a member", "the owner", "the market leader" or
"an adviser", never "the managing director" or "the spokesman"."""
_PARTICLES = {"de", "da", "del", "della", "di", "du", "dos", "das", "van", "von", "der", "den", "ter", "le", "la",
              "bin", "ibn", "ben", "al", "el"}
"""Lower-case particles inside a personal name ("Lucia de Prado", "Anna van der Berg")."""
_CLAUSE_WORDS = r"(?!(?:who|whose|whom|which|that|said|says|told|tells|and|or|but|his|her|its|their)\b)"
_APPOSED_TITLE = re.compile(r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:(?:[A-Z][\w.&-]*[ \t]+){0,3}[A-Z][\w.&-]*['’]s?[ \t]+)?"
                            rf"(?:{_CLAUSE_WORDS}[a-z][a-z-]*[ \t]+){{0,3}}([a-z][a-z-]*)(?=[ \t]+(?:of|at|for|in|to)[ \t]|[ \t]*[,.;])")
"""A title set after a name: ", the IMF's managing director,", ", chief executive of Acme"; not a
clause ("X, whose chairman, ...", "X, said the spokesman")."""


def _appositive_persons(text: str, found: list[Mention]) -> list[Mention]:
    """A full name the model took for an organization or a place is a person's when a title that
    only people hold stands in apposition after it ("Lucia de Prado, the IMF's managing director,"
    tagged ORG): every mention of the name takes the person's category. Gazetteer names, names with
    an organization head and names typed by a classifying noun keep their type; the name must read
    as a personal name (two to four capitalized words, lower-case particles between)."""
    keys = set()
    for m in found:
        if m.category == "Person" or "gazetteer" in m.method or "cue" in m.method or _SUFFIX_RE_ANY(m.text):
            continue
        words = m.text.split()
        if not 2 <= len(words) <= 4 or not _NAME_WORD.fullmatch(words[0]) or not _NAME_WORD.fullmatch(words[-1]) \
                or not all(_NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words):
            continue
        title = _APPOSED_TITLE.match(text, m.end)
        if title is not None and title.group(1) in _PERSONAL_TITLES:
            keys.add(m.key)
    if not keys:
        return found
    return [_as_person(m, "+apposition") if m.key in keys and "gazetteer" not in m.method and "cue" not in m.method
            else m for m in found]


_GOVERNMENT = re.compile(r"(?<![\w-])(?!(?:The|the)\s)((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)\s+(government|administration)(?![\w-])")


_FORCES = re.compile(r"(?<![\w-])(?!(?:The|the)\s)((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)\s+(?:armed\s+forces|forces|troops)(?![\w-])")
"""A state's armed forces named by the state or its nationality word ("US forces", "British
troops"): a military force, an actor apart from the state, one actor whatever the wording."""
_GOVERNMENT_IN = re.compile(r"(?<![\w-])(government|administration)\s+in\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?![\w-])")
"""A government named by the seat of power: "the government in Cairo", "the administration in
Washington", "the government in Iraq"."""


def _state_governments(document: Document, parsed: list[tuple[Block, object]], found: list[Mention],
                       g: Gazetteer) -> list[Mention]:
    """"the Russian government", "the US government", "the government in Cairo": a state's government
    named by the state, its nationality word or its capital is a government body (and "US forces",
    "British troops" are the state's armed forces), an actor apart from the state (the gold rule: "US
    government" is not `united_states`). Its key is the state's ("government of russia" ... by the
    state's label), so every wording of it is one actor."""
    text = document.text
    extra = []
    for block, _ in parsed:
        for hit in _GOVERNMENT.finditer(block.text):
            name = hit.group(1)
            country = g.country_of_demonym(name) or g.lookup(name)
            if country is None or country.kind != "Country":
                continue
            s, e = block.pos(hit.start()), block.pos_end(hit.end())
            if text[s:e] != hit.group():
                continue
            extra.append(Mention(s, e, hit.group(), "Organization", "GovernmentBody", "state-government", 0.8,
                                 normalize(f"{country.label} government")))
        for hit in _FORCES.finditer(block.text):
            name = hit.group(1)
            country = g.country_of_demonym(name) or g.lookup(name)
            s, e = block.pos(hit.start()), block.pos_end(hit.end())
            if country is None or country.kind != "Country" or text[s:e] != hit.group():
                continue
            extra.append(Mention(s, e, hit.group(), "Organization", "MilitaryForce", "state-forces", 0.8,
                                 normalize(f"{country.label} armed forces")))
        for hit in _GOVERNMENT_IN.finditer(block.text):
            place = g.lookup(hit.group(2))
            country = place if place is not None and place.kind == "Country" else \
                g.country_of_capital(normalize(hit.group(2))) if place is not None else None
            s, e = block.pos(hit.start()), block.pos_end(hit.end())
            if country is None or text[s:e] != hit.group():
                continue
            extra.append(Mention(s, e, hit.group(), "Organization", "GovernmentBody", "state-government", 0.8,
                                 normalize(f"{country.label} government")))
    if not extra:
        return found
    kept = [m for m in found if not any(x.start < m.end and m.start < x.end for x in extra)]
    return kept + extra


def _split_coordination(text: str, start: int, end: int, g: Gazetteer) -> list[tuple[int, int]]:
    """"Amnesty International and Liberty", "the Parliament and the Council": two names the model
    joined into one. A name with "and" inside is split when a conjunct is a known name or the
    second has its own article; otherwise it is one name ("Procter and Gamble")."""
    piece = text[start:end]
    m = re.search(r"\s+(?:and|&)\s+(?=(?:the\s+)?[A-Z])", piece)
    if m is None:
        return [(start, end)]
    left, right = piece[:m.start()], piece[m.end():]
    article = re.match(r"the\s+", right)
    if not (article or g.lookup(left) is not None or g.lookup(right) is not None) or g.lookup(piece) is not None:
        return [(start, end)]
    return [(start, start + m.start()), (start + m.end() + (article.end() if article else 0), end)]


_WORK_CUE = re.compile(r"(?<![\w-])(?i:play|film|movie|book|novel|song|album|single|musical|opera|documentary|"
                       r"sitcom|poem|painting|sculpture|exhibition|memoir|biography)\s+(?:(?i:the)\s+)?[\"'‘“]?$")
"""A noun that says the name after it is the title of a work ("the play The Vagina Monologues")."""


def _works(text: str, found: list[Mention]) -> list[Mention]:
    """Without the titles of works (plays, films, books, songs): not actors. One occurrence after such
    a noun makes every occurrence of the name a title (the headline often drops the noun)."""
    titles = {m.key for m in found if "gazetteer" not in m.method
              and _WORK_CUE.search(text[max(0, m.start - 30):m.start].replace("The ", "the "))}
    return [m for m in found if m.key not in titles]


_HEADS = {"Commission", "Parliament", "Council", "Court", "Assembly", "Committee", "Ministry", "Department", "Agency",
          "Bank", "Union", "Board", "Authority", "Tribunal", "Congress", "Senate", "Corporation", "Alliance", "Institute",
          "Foundation", "Association", "Federation", "Organisation", "Organization", "Party", "Police", "Service"}
"""Head nouns of institution names, which stand alone for the institution named before ("the
European Commission ... the Commission")."""


def _head(name: str) -> str:
    """The head word of a name: the word before "of" ("Council of Ministers"), else the last word."""
    m = _OF_HEAD.match(name)
    return (m.group(1) if m else name).split()[-1]


def _doc_aliases(found: list[Mention], g: Gazetteer) -> list[Mention]:
    """Other names of an organization the document names in full: its acronym anywhere ("ONGC" for
    "Oil and Natural Gas Corporation"), its bare head noun after it ("the Commission" after "the
    European Commission"), and the name without a nationality word ("Media Council" for "Ugandan
    Media Council"). Such mentions take the full name's key."""
    orgs = [m for m in found if m.category == "Organization" and len(m.text.split()) > 1]
    out = []
    for m in found:
        target = None
        if "gazetteer" not in m.method and m.category in ("Organization", "Person", "Place"):
            if re.fullmatch(r"[A-Z]{2,6}", m.text):
                keys = {o.key: o for o in orgs if m.text in _acronym_forms(o.text)}
                target = next(iter(keys.values())) if len(keys) == 1 else None
            elif m.text in _HEADS:
                before = [o for o in orgs if o.start < m.start and _head(o.text) == m.text]
                target = before[-1] if before else None
            elif m.category == "Organization":
                target = next((o for o in orgs if o.text.split(" ", 1)[-1] == m.text and o.text != m.text
                               and g.country_of_demonym(o.text.split(" ", 1)[0]) is not None), None)
        if target is not None and target.key != m.key:
            m = Mention(m.start, m.end, m.text, target.category, target.kind, m.method + "+alias", m.confidence, target.key)
        out.append(m)
    return out


_COMPANY_WORDS = {"group", "holdings", "holding", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc",
                  "company", "co", "co.", "llc", "gmbh", "ag", "sa", "nv", "limited", "industries"}
"""Generic words of company names, which the name's later mentions drop ("Group Menatep" → "Menatep",
"the Vestey Group" → "Vestey")."""
_GENERIC_STEMS = {"national", "international", "general", "united", "first", "royal", "standard", "global", "new",
                  "western", "eastern", "northern", "southern", "central", "american", "british", "european", "state",
                  "public", "private", "china", "japan", "india", "asia", "pacific", "atlantic", "north", "south", "east",
                  "west", "the", "media", "energy", "oil", "financial", "capital", "investment", "trust", "city"}
"""Words that are no short form of a company name on their own ("National" of "National Grid Group")."""
_TAIL_WORDS = _COMPANY_WORDS | {"industry", "motor", "motors", "international", "worldwide"}
"""Generic words that end a company's full name and that its later mentions drop ("Shanghai
Automotive Industry Corp" → "Shanghai Automotive")."""


def _short_forms(found: list[Mention], g: Gazetteer) -> tuple[list[Mention], dict[str, Mention]]:
    """A company named with a generic word ("Group Menatep", "Zentrax Holdings") is also named by
    the rest alone; such mentions take the full name's key. Returns the mentions and the short
    forms (for :func:`_repeats`, which finds the ones the model missed)."""
    stems: dict[str, Mention] = {}
    for m in found:
        words = m.text.split()
        if m.category != "Organization" or len(words) != 2 or "gazetteer" in m.method:
            continue
        generic = [w for w in words if w.lower() in _COMPANY_WORDS]
        if len(generic) != 1:
            continue
        stem = words[1] if words[0] in generic else words[0]
        if len(stem) > 2 and stem[0].isupper() and stem.lower() not in _GENERIC_STEMS and g.lookup(stem) is None \
                and g.country_of_demonym(stem) is None:
            stems.setdefault(stem, m)
    out = []
    for m in found:
        full = stems.get(m.text)
        if full is not None and "gazetteer" not in m.method:
            m = Mention(m.start, m.end, m.text, full.category, full.kind, m.method + "+short-form", m.confidence, full.key)
        out.append(m)
    return out, stems


def _split_at_gaps(block: Block, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of [start, end) (block indices) between removed text: markup separates names
    ("Iran **Saleh al-Arouri" is two names)."""
    cuts = [i for i, _ in block.gaps if start < i < end]
    if not cuts:
        return [(start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if block.text[a:b].strip()]


_FEATURE_OF = re.compile(r"(?:^|\s)(?:Gulf|Bay|Sea|Strait|Straits|Lake|Isle|Isles|Cape|Mount|Port|Bight|Sound|Horn|"
                         r"Gulf|Island|Islands|Valley|Plain|Coast)$")
"""Geographic heads named by an "of" complement ("Gulf of Venezuela", "Isle of Man", "Strait of
Hormuz"): the whole is the name of one place, not a feature and the state it is named after."""
_PLACE_LABELS = {"FAC", "GPE", "LOC"}
_IN_PLACE = re.compile(r"\s+in\s+(?=[A-Z])")
_SHARED_HEAD = re.compile(r"\s+(?:prisons|jails|camps|hospitals|airports|bases|universities|colleges|schools|mosques|"
                          r"churches|temples|stations|ports|islands|rivers|provinces|states|regions|districts|"
                          r"cities|towns|villages|streets|roads)(?![\w-])")
"""Plural common nouns after a coordination of names that they head: "Belmarsh and Woodhill
prisons" names two prisons."""


def _split_locative(text: str, start: int, end: int, label: str, g: Gazetteer) -> list[tuple[int, int, str]]:
    """Two places the model joined into one name, with the label of each: "the Golden Temple in
    Amritsar" (a place in a place: a name rarely contains "in" before a capitalized word; the second
    is a town or region, a geopolitical name) and "Belmarsh and Woodhill prisons" (two names with
    one plural head after them)."""
    piece = text[start:end]
    inside = _IN_PLACE.search(piece)
    if inside and inside.start() > 0 and g.lookup(piece) is None:
        return [(start, start + inside.start(), label), (start + inside.end(), end, "GPE")]
    both = re.fullmatch(r"([A-Z][\w'’-]*)\s+(?:and|&)\s+([A-Z][\w'’-]*)", piece)
    if both and _SHARED_HEAD.match(text, end) and g.lookup(piece) is None:
        return [(start, start + both.end(1), label), (start + both.start(2), end, label)]
    if label == "FAC" and _FEATURE_OF.search(piece.split(" of ")[0]):
        return [(start, end, "LOC")]  # "Gulf of Venezuela": a natural feature, a region, not a building
    return [(start, end, label)]


_GROUP_PLURAL = re.compile(r"(?<![\w-])(?:Men|Women|Children|People|Peoples|Gentlemen|Folk)$")
"""Irregular plurals for groups of people, whose possessive ("'s") is part of many names of
organizations: "People's Party", "Women's Institute", "Children's Society". A name possessor
("IRGC's Qods Force") is never such a word."""


def _split_possessive(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"IRGC’s Qods Force" is two names: the possessor and the possessed; "Donald Trump of
    America" is a name and a place."""
    piece = text[start:end]
    of = re.search(r"\s+of\s+(?=[A-Z])", piece)
    if of and load().lookup(piece[of.end():]) is not None and load().lookup(piece) is None \
            and not _SUFFIX_RE_ANY(piece[:of.start()]) and not _FEATURE_OF.search(piece[:of.start()]):
        # "Standards Board of England", "the Gulf of Mexico" are one name
        return [(start, start + of.start()), (start + of.end(), end)]
    m = _POSSESSIVE_INSIDE.search(piece)
    head = _PLURAL_POSSESSIVE_HEAD.match(piece, m.start()) if m and piece[m.start() - 1:m.start()] == "s" else None
    if head and re.fullmatch(r"(?:['’]s?)?\s*", piece[head.end():]):
        return [(start, end)]  # "Magistrates' Court", "the Workers' Union's": one name
    if m and _GROUP_PLURAL.search(piece[:m.start()]):
        return [(start, end)]  # "the People's Party", "Black Gay Men's Advisory Group": one name
    if m and m.start() > 1 and piece[m.end():m.end() + 1].isupper():
        return [(start, start + m.start()), (start + m.end(), end)]
    return [(start, end)]


def _mention(document: Document, block: Block, doc, start: int, end: int, label: str, g: Gazetteer) -> Mention | None:
    text = document.text
    whole = text[start:end].strip()
    start, end = _trim(text, start, end)
    if label == "PERSON" and (post := _POST_NOMINALS.search(text, start, end)):
        end = post.start()  # "Ken Roe QC": the letters after a name are an office or honour, not the name
    if label == "GAZETTEER" and whole.startswith("The ") and whole in g.by_label:
        start = text.index(whole, max(0, start - len(whole)))  # "The Hague": the article is part of the name
    if block.text[block.local(start):block.local(start) + (end - start)] != text[start:end]:
        return None  # the span crosses removed markup; another occurrence will carry the name
    surface = text[start:end]
    if len(surface) < 2 or not any(c.isupper() for c in surface) or not normalize(surface) or surface in _STOP_FORMS:
        return None
    if label == "GAZETTEER":
        entry = g.lookup(surface) or _titled_entry(text, start, surface, g)
        if entry is None:
            return None
        category, kind, method, confidence = entry.category, entry.kind, "gazetteer", CONFIDENCE["GAZETTEER"]
    else:
        category, kind, entry = classify_name(surface, label, g)
        if entry is None and label == "ORG":
            entry = _titled_entry(text, start, surface, g)
            if entry is not None:
                category, kind = entry.category, entry.kind
        if entry is None and category == "Organization":
            entry = _national(text, start, surface, g)
            if entry is not None:
                category, kind = entry.category, entry.kind
        method, confidence = f"spacy-ner:{label}", CONFIDENCE[label]
        if entry is not None:
            method, confidence = method + "+gazetteer", CONFIDENCE["GAZETTEER"]
        elif category != "Person" and _person_title_before(doc, block.local(start)) and not _SUFFIX_RE_ANY(surface):
            category, kind, method = "Person", "Person", method + "+title"
    if not entry and label != "PERSON" and _event_name(text, end, surface):
        return None
    if not entry and _MODEL_CODE.search(surface):
        return None  # "Airbus A300s", "PowerMac G4": a product named by its maker and model, no actor
    if _COMPETITION_AFTER.match(text, end):
        return None  # "the FA Cup", "the US Open": a name that begins a competition's name is no actor there  # "International Quds Day", "the Super Bowl": an occasion, not an actor
    if not entry and label == "PERSON" and _plural_name(text, doc, block.local(start), block.local(end), g):
        return None  # "Kashmiris", "four Britons": a people or a group of them, not a person
    if not entry and all(w.lower().strip(".’'") in _TITLE_WORDS for w in surface.split()):
        return None  # "Supreme", "President": a title the model took for a name
    people = g.place_of_demonym(surface) if not entry else None
    if people is not None and (not surface.endswith("s") or people.kind != "Country"):
        return None  # "Ugandan": a nationality adjective is no mention of its state (nor an organization);
        # "Kashmiris": the people of a region are a population, never a state
    if not entry and label == "ORG" and surface.split()[-1].lower().strip(".’'") in NAME_TITLES \
            and re.match(r"\s+[A-Z][a-z]", text[end:end + 3]):
        return None  # "French Green MEP Alain Lipietz": a title phrase before a name, not an organization
    if entry is None and _COURTESY.match(surface) and category != "Place":
        category, kind = "Person", "Person"  # "Ms Oakley-Brent": only persons are Mr or Ms
    if category == "Person" and entry is None:
        honorific = _COURTESY.match(surface)
        if honorific and honorific.end() < len(surface):  # "Mr Straw" is a mention "Straw"
            start, surface = start + honorific.end(), surface[honorific.end():]
        religious = _RELIGIOUS_ROYAL.match(surface)
        if religious and religious.end() < len(surface):  # "Ayatollah Ruhollah Khomeini" is "Ruhollah Khomeini"
            start, surface = start + religious.end(), surface[religious.end():]
        judicial = _JUDICIAL.match(surface)
        if judicial and judicial.end() < len(surface):  # "Lord Justices Clarke" is a mention "Clarke"
            start, surface = start + judicial.end(), surface[judicial.end():]
    key = entry.key if entry is not None else normalize(_HONORIFIC.sub("", surface) if category == "Person" else surface)
    if category == "Place" and g.country_of_capital(key) and _metonymic(doc, block.local(start)):
        # The capital stays the city actor (the gold rule: "Tehran" is always `tehran`); the method
        # says it stands for its government here, so it may be an agent or a claimant.
        return Mention(start, end, surface, category, kind, method + "+metonymy", confidence, key)
    return Mention(start, end, surface, category, kind, method, confidence, key)


def _titled_entry(text: str, start: int, surface: str, g: Gazetteer) -> Entry | None:
    """A listed name whose article is part of it ("The Observer", "The Independent"), written
    with a lowercase "the" in running text ("according to the Observer"): the name without the
    article is no listed name ("Independent"), so the article before it decides."""
    if text[max(0, start - 4):start] not in ("the ", "The "):
        return None
    entry = g.lookup("The " + surface)
    return entry if entry is not None and entry.label.startswith("The ") else None


_EVENT_HEADS = r"(?:Day|Week|Bowl|Cup|Games|Olympics|Festival|Carnival|Marathon|Championships?|Summit|Grand\s+Prix|Break)"
_EVENT_NAME = re.compile(rf"(?:^|\s){_EVENT_HEADS}$")
_EVENT_AFTER = re.compile(rf"\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{_EVENT_HEADS}(?![\w-])")
"""Head words of the names of occasions ("International Quds Day", "the Super Bowl", "Spring
Break", "the World Cup"), which are events, not actors; also the first conjunct of a coordinated
occasion name ("Free Mojtaba and Arash Day"). A person's name may end so ("Doris Day"), so the
rule is for names the model did not take for persons."""


_MODEL_CODE = re.compile(r"\s(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[A-Za-z0-9-]+$")
"""A last word that mixes letters and digits after another word ("Airbus A300s", "PowerMac G4",
"Nokia N95"): a model code, so the name is a product's, not an actor's. A number alone ("Radio 4",
"Channel 4") and a one-word code ("G8", "3M") are left alone."""
_COMPETITION_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}(?:Cup|Open|Games|Olympics|Championships?|Trophy|"
                                r"Grand[ \t]+Prix)(?![\w-])")
"""The capitalized head of a sports competition's name after a name ("FA Cup", "US Open", "Davis
Cup", "Commonwealth Games"): the name is a word of the competition's name, an occasion, not
the association, the country or the person it is named after. Known names too: the
gazetteer's "FA" or "US" inside such a name is no mention of them."""


def _event_name(text: str, end: int, surface: str) -> bool:
    """Whether the name ends in an occasion's head word, or is the first conjunct of such a name."""
    return bool(_EVENT_NAME.search(surface) and " " in surface.strip() or _EVENT_AFTER.match(text, end))


_QUANTIFIERS = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|hundreds|" \
               r"thousands|some|many|several|all|most|few|both|other|more)"


def _plural_name(text: str, doc, start: int, end: int, g: Gazetteer) -> bool:
    """Whether a one-word "person" name is a plural proper noun ("Kashmiris", "the Britons", "four
    Britons"): no person's name is plural; it names a people (a population, not an actor) or a
    group of its members. The word must be a listed people's word or the plural of a word the
    story also uses ("Kashmiri" ... "Kashmiris"): the model tags surnames in -s ("Morales") as
    plurals too. A country's plural nationality word that the document never counts
    ("the Israelis said", not "four Israelis") may stand for the state, and is left to the other
    rules; once counted, its definite uses ("the Britons") are that group again."""
    words = [t for t in tokens_in(doc, start, end) if not t.is_punct]
    names = [t for t in words if not (t.like_num or re.fullmatch(_QUANTIFIERS, t.lower_))]
    if len(names) != 1 or names[0].tag_ != "NNPS" or not names[0].text.endswith("s"):
        return False
    word = names[0].text
    people = g.place_of_demonym(word)
    if people is None and not re.search(rf"(?<![\w-]){re.escape(word[:-1])}(?![\w'’-])", text):
        return False  # "Morales", "Jones": the model tags many surnames in -s as plurals
    counted = re.search(rf"(?<![\w-])(?i:{_QUANTIFIERS})\s+{re.escape(word)}(?![\w-])", text)
    return counted is not None or people is None or people.kind != "Country"


_SECTOR = (r"oil|energy|gas|media|banking|bank|insurance|steel|engineering|drinks|food|retail|retailing|telecoms|"
           r"mining|chemicals|pharmaceutical|pharmaceuticals|drugs|car|motor|travel|music|entertainment|publishing|"
           r"holding|industrial|leisure|hotel|property|financial|investment|defence|defense|aerospace|tobacco|"
           r"luxury|fashion|software|technology|internet|airline|shipping|construction|utility|power|water")
_CUE_NOUNS = {
    "Company": (r"firms?|company|companies|carmaker|car\s+maker|automaker|drugmaker|chipmaker|manufacturer|retailer|"
                r"supermarket|chain|lender|insurer|airline|carrier|conglomerate|distributor|distributors|"
                r"(?:record\s+)?labels?|promoters|brewer|subsidiary|supplier|exporter|"
                rf"giant|(?:{_SECTOR})\s+group|(?:{_SECTOR}|production|exploration|trading|finance)\s+"
                r"(?:operator|business|unit|arm|division|affiliate)"),
    "MediaOutlet": r"newspaper|tabloid|broadsheet|broadcaster|magazine|weekly|daily|news\s+agency|(?:TV|television|radio)\s+(?:channel|station)",
    "NonGovernmentalOrganization": r"charity|(?:campaign|pressure|lobby|rights|gay|environmental|human\s+rights|activist)\s+group",
    "PoliticalParty": r"party",
    "Organization": r"union|trade\s+union",
}
"""Common nouns that classify the name they stand next to, the way news writes them: before the
name ("oil firm Yukos", "distributor Jet Star", "record companies VP and Greensleeves"), or in
apposition after it ("Menatep, the Gibraltar-based holding company", "Unison, Britain's biggest
union"). They override the NER label, which has no kind and often the wrong category for unknown
company names; gazetteer entries keep their own type."""
_CUE_BEFORE = [(re.compile(rf"(?<![\w-])(?i:{p})\s+(?:(?i:such\s+as|including|like)\s+)?(?:the\s+)?"
                           r"(?:[A-Z][\w!&.'’-]*(?:\s+[A-Z][\w!&.'’-]*){0,3}\s*(?:,|\band\b|\bor\b)\s*){0,3}$"), kind)
               for kind, p in _CUE_NOUNS.items()]
_CUE_APPOSED = [(re.compile(rf"(?<![\w-])(?i:{p}),\s+$"), kind) for kind, p in _CUE_NOUNS.items()]
"""The classifying noun of a phrase the name is in apposition to ("his new party, Veritas", "Yukos'
main production arm, Yugansk")."""
_CUE_NOUN_ANY = re.compile(rf"(?<![\w-])(?i:{'|'.join(f'(?:{p})' for p in _CUE_NOUNS.values())})(?=[\s,])")
"""Any classifying noun as :data:`_CUE_BEFORE` and :data:`_CUE_APPOSED` need it: one search that,
when it fails, spares the ten (most names have no such noun before them)."""
_CUE_AFTER = [(re.compile(rf",\s+(?:(?i:the|a|an)|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){{0,3}}?(?i:{p})\b"), kind)
              for kind, p in _CUE_NOUNS.items()]
_CUE_COMPOUND = [(re.compile(rf"\s+(?:{p})\b"), kind) for kind, p in (
    ("MediaOutlet", r"newspaper|paper|tabloid|magazine|weekly|daily|programme|program|website|news\s+agency|"
                    r"(?:TV|television|radio)\s+(?:channel|station)"),
    ("Company", r"subsidiary|firm|company|carmaker|airline|bank|chain|label"),
    ("PoliticalParty", r"party"),
)]
"""A classifying noun right after a name, as a compound ("Uganda's New Vision newspaper", "the
Focus on Africa programme", "its Agroflora subsidiary", "the Veritas party"). Only for names the model took for organizations: a place before such a noun
is where the firm or paper is from ("a Leeds firm")."""
_PERSON_NOUNS = {"broadcaster", "brewer", "supplier", "exporter", "carrier", "daily", "weekly", "promoters"}
"""Cue nouns that also name what a person is ("the broadcaster Harriet Oakley-Brent"): they do not
turn a name the model took for a person into an organization."""
_COMPANY_AFTER = re.compile(r"(?:['’]s?)?\s+(?:shares|shareholders?|share\s+price|stock\s+price|chief\s+executive|"
                            r"boss|bosses|finance\s+director|managing\s+director|chief\s+financial\s+officer|"
                            r"(?:main\s+)?(?:production|exploration|finance|trading|oil|gas)\s+(?:arm|unit)|subsidiar(?:y|ies)|"
                            r"pre-tax\s+profits?|annual\s+profits?|sales\s+fell|sales\s+rose)\b")
"""What only a company has: "Fiat's shares", "GM chief executive", "Yukos' main production arm"."""


def cue_kind(text: str, start: int, end: int, *, person: bool = False, place: bool = False) -> str | None:
    """The organization class that a classifying noun next to the name [start, end) gives it.
    For a name the model took for a person only a noun before it counts: after a person's name
    an apposition is a role ("John Smith, the company's chairman").

    >>> cue_kind("the oil firm Zentrax said", 13, 20)
    'Company'
    >>> cue_kind("labels Vexo and Drumline agreed", 16, 24)
    'Company'
    >>> cue_kind("Drumline, the Leeds-based holding company, said", 0, 8)
    'Company'
    >>> cue_kind("the people of Zentrax said", 14, 21) is None
    True
    >>> cue_kind("Ann Vexo, the company's chairman", 0, 8, person=True) is None
    True
    >>> cue_kind("the broadcaster Ann Vexo", 16, 24, person=True) is None
    True
    >>> cue_kind("his new party, Vexo, said", 15, 19)
    'PoliticalParty'

    """
    before = text[max(0, start - 80):start]
    if _CUE_NOUN_ANY.search(before):
        for pattern, kind in _CUE_BEFORE:
            m = pattern.search(before)
            if m and not (person and m.group(0).split()[0].lower() in _PERSON_NOUNS):
                return kind
        for pattern, kind in _CUE_APPOSED:  # a one-word "person" after "its production arm," is the arm
            if pattern.search(before) and not (person and " " in text[start:end].strip()):
                return kind
    if person:
        return None
    after = text[end:end + 80]
    for pattern, kind in _CUE_AFTER:
        m = pattern.match(after)
        if m and not re.search(r"[.;:!?\n]", m.group(0)):
            return kind
    if _COMPANY_AFTER.match(text, end):
        return "Company"
    for pattern, kind in _CUE_COMPOUND:
        if not place and pattern.match(text, end):
            return kind
    return None


def _cue_types(text: str, found: list[Mention], g: Gazetteer) -> list[Mention]:
    """Type the names that a classifying noun names (see :func:`cue_kind`), with every mention of
    the same name in the document: one "oil firm Yukos" types each "Yukos"."""
    cued: dict[str, str] = {}
    for m in found:
        if "gazetteer" in m.method or g.lookup(m.text) is not None or m.kind not in _CUEABLE:
            continue
        kind = cue_kind(text, m.start, m.end, person=m.category == "Person", place=m.category == "Place")
        if kind is not None:
            cued.setdefault(m.key, kind)
    out = []
    for m in found:
        kind = cued.get(m.key)
        if kind is not None and "gazetteer" not in m.method and m.kind in _CUEABLE:
            m = Mention(m.start, m.end, m.text, "Organization", kind, m.method + "+cue", max(m.confidence, 0.85), m.key)
        out.append(m)
    return out


_CUEABLE = {"Person", "Organization", "Place", "City", "Region"}
"""Kinds a cue may change: those the NER label alone gives, not those a suffix or the gazetteer
gave ("Labour Party" stays a party whatever noun stands next to it)."""


_POSSESSOR = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+$")


def _national(text: str, start: int, surface: str, g: Gazetteer) -> Entry | None:
    """"Iran's National Security Council": a state's body named after its state, found in the
    gazetteer as "Iranian National Security Council" or "National Security Council of Iran"."""
    owner = _POSSESSOR.search(text[max(0, start - 40):start])
    country = g.lookup(owner.group(1)) if owner else None
    if country is None or country.kind != "Country":
        return None
    for demonym in country.demonyms[:1] or ():
        found = g.lookup(f"{demonym} {surface}")
        if found is not None:
            return found
    return g.lookup(f"{surface} of {country.label}") or g.lookup(f"{country.label}'s {surface}") \
        or g.lookup(f"{country.label} {surface}")  # "China's National Petroleum Corporation"


def _SUFFIX_RE_ANY(surface: str) -> bool:  # noqa: N802 - reads as a predicate on a name
    return any(p.search(surface) for p, _ in _SUFFIX_RE)


_REGIME = re.compile(r"[ \t]+(regime|administration|government|cabinet|camp|loyalists)\b", re.I)
"""Anchored by ``match(text, pos)`` at the end of the name (a ``^`` would only match at the
start of the text, never at ``pos``). Only the compound "Assad regime" is a name of the
government: in "Assad's regime" the possessor stays a mention of the person."""


def _regime(text: str, m: Mention) -> Mention:
    """"the Assad regime", "the Trump administration": a leader's name before such a word names
    his government, an organization.

    >>> _regime("the Smith regime fell", Mention(4, 9, "Smith", "Person", "Person", "ner", 0.8, "smith")).text
    'Smith regime'
    >>> _regime("Smith's regime fell", Mention(0, 5, "Smith", "Person", "Person", "ner", 0.8, "smith")).text
    'Smith'
    """
    hit = _REGIME.match(text, m.end) if m.category == "Person" else None
    if hit is None:
        return m
    end = hit.end()
    surface = text[m.start:end]
    return Mention(m.start, end, surface, "Organization", "GovernmentBody", m.method + "+regime", m.confidence,
                   normalize(text[m.start:m.end].split()[-1] + " " + hit.group(1)))


def _acronyms(text: str, found: list[Mention], document: Document, g: Gazetteer) -> list[Mention]:
    """"Palestinian Islamic Jihad (PIJ)": the acronym and the expansion are one actor; the
    acronym's later uses take the expansion's key."""
    expansions: dict[str, Mention] = {}
    extra: list[Mention] = []
    for m in found:
        after = re.match(r"\s*[(\[]([A-Z][A-Za-z]{1,9})[)\]]", text[m.end:m.end + 14])
        if after and len(m.text.split()) > 1 and after.group(1).upper() in _acronym_forms(m.text):
            expansions[after.group(1)] = m
            s = m.end + after.start(1)
            if not any(o.start <= s < o.end for o in found):
                extra.append(Mention(s, s + len(after.group(1)), after.group(1), m.category, m.kind, "acronym",
                                     m.confidence, m.key))
    out = []
    for m in found + extra:
        long = expansions.get(m.text)
        if long is not None and m.key != long.key and g.lookup(m.text) is None:
            m = Mention(m.start, m.end, m.text, long.category, long.kind, m.method + "+acronym", m.confidence, long.key)
        out.append(m)
    return out


def _acronym_forms(name: str) -> set[str]:
    """Acronyms a name may have: its initials, and without the generic head word the acronym often
    leaves out ("PCS" for "Public and Commercial Services Union").

    >>> sorted(_acronym_forms("Public and Commercial Services Union"))
    ['PCS', 'PCSU']
    """
    forms = {initials(name).upper()}
    words = name.split()
    if len(words) > 2 and _SUFFIX_RE_ANY(words[-1]) and words[-1] in ("Union", "Association", "Federation", "Society",
                                                                       "Party", "Council", "Organisation", "Organization"):
        forms.add(initials(" ".join(words[:-1])).upper())
    return forms


_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
"""Names that are also month or day names ("Lord Justice May"): their other occurrences are dates."""


def _repeats(document: Document, parsed: list[tuple[Block, object]], found: list[Mention],
             short: dict[str, Mention] | None = None) -> list[Mention]:
    """Other occurrences of a name the document already uses (or of a short form of it), which the
    model did not tag."""
    forms: dict[str, Mention] = dict(short or {})
    for m in found:
        if (len(m.text) >= 3 or m.text.isupper()) and m.text[0].isupper() and m.text not in _STOP_FORMS \
                and m.text.casefold() not in _CALENDAR:
            forms.setdefault(m.text, m)
    if not forms:
        return found
    taken = sorted((m.start, m.end) for m in found)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w-])")
    extra = []
    for block, _ in parsed:
        for hit in pattern.finditer(block.text):
            s, e = block.pos(hit.start()), block.pos_end(hit.end())
            if any(a < e and s < b for a, b in taken) or document.text[s:e] != hit.group():
                continue
            src = forms[hit.group()]
            extra.append(Mention(s, e, hit.group(), src.category, src.kind, "alias-repeat", round(src.confidence * 0.9, 2), src.key))
            taken.append((s, e))
    return found + extra


_INSTITUTION_HEADS = {"government": "GovernmentBody", "administration": "GovernmentBody", "ministry": "GovernmentBody",
                      "commission": "GovernmentBody", "committee": "GovernmentBody", "authorities": "UnnamedSource",
                      "regulators": "UnnamedSource"}
"""Lowercase nouns for a body of a state, a leader or an organization ("Ruritania's sports commission",
"Indonesia's environment ministry", "Chinese regulators"): with an owner named before them they
name that body, an actor apart from its owner. A plural ("authorities", "regulators") is an
unnamed group of the state's bodies."""
_INSTITUTION_HEAD_ANY = re.compile("|".join(_INSTITUTION_HEADS))
"""Any of the head nouns, anywhere in a block: a token that is one is in the block's text, so a
block without any (most paragraphs) needs no pass over its tokens."""
_LEADER_HEADS = {"government", "administration"}
"""What a person's name owns as an institution: "Mr Lee's government" (his ministry is no body)."""
_SUB_BODY_HEADS = {"committee", "commission"}
"""What an organization's name owns as a sub-organization ("the Football League's disciplinary committee")."""


def _institutions(document: Document, parsed: list[tuple[Block, object]], found: list[Mention],
                  g: Gazetteer) -> list[Mention]:
    """An institution named by its owner and a lowercase head noun (:data:`_INSTITUTION_HEADS`):
    "Ruritania's anti-fraud commission", "Mr Lee's government", "the Ruritanian authorities". The
    whole phrase is a mention of its own (the gold rule for sub-organizations: the mention keeps the
    possessor), added beside the owner's mention, which stays. The owner is a possessive name
    (a state or place; a person for a government; an organization for a committee) or a state's
    name or nationality word as a modifier; at most two lowercase modifiers stand between
    ("environment", "disciplinary"). A head inside a name already found is left alone."""
    by_end = {m.end: m for m in found}
    taken = [(m.start, m.end) for m in found]
    extra = []
    for block, doc in parsed:
        if not _INSTITUTION_HEAD_ANY.search(block.text):
            continue
        for tok in doc:
            kind = _INSTITUTION_HEADS.get(tok.text)
            if kind is None or tok.pos_ not in ("NOUN", "PROPN") or tok.i == 0:
                continue
            e = block.pos_end(tok.idx + len(tok.text))
            if any(s < e and block.pos(tok.idx) < t for s, t in taken):
                continue
            j = _premodifiers_start(doc, tok.i)
            span = _institution_owner(doc, block, j, tok.text, by_end, g)
            if span is None:
                continue
            s, kind_key = span
            label = document.text[s:e]
            if kind == "UnnamedSource":
                extra.append(Mention(s, e, label, "UnnamedSource", "UnnamedSource", "unnamed-group", 0.6,
                                     unnamed_key(document.sha256, label)))
            else:
                cls = "Organization" if kind_key == "sub-body" else kind  # a body's committee: a sub-organization
                extra.append(Mention(s, e, label, "Organization", cls, "institution", 0.6, normalize(label)))
    if not extra:
        return found
    return sorted(found + extra, key=lambda m: (m.start, m.end))


def _premodifiers_start(doc, i: int, most: int = 2) -> int:
    """The index of the token before the lowercase premodifiers of token ``i`` (at most ``most``
    words, a hyphenated word counting once: "anti-fraud", "environment")."""
    j, words = i - 1, 0
    while j > 0:
        k = j
        while k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
            k -= 2  # "anti-fraud": one word of three tokens
        piece = doc[k:j + 1]
        if words == most or not all(t.text == "-" or t.text.islower() and t.is_alpha for t in piece) \
                or doc[j].pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        words, j = words + 1, k - 1
    return j


def _institution_owner(doc, block: Block, j: int, head: str, by_end: dict[int, Mention],
                       g: Gazetteer) -> tuple[int, str] | None:
    """(start of the phrase, "state" or "sub-body") when the token at ``j`` (right before the head
    and its lowercase modifiers) ends an owner that may own a ``head``; None otherwise."""
    tok = doc[j]
    if tok.tag_ == "POS" and j > 0:  # "Ruritania's ...": the possessor's mention ends before "'s"
        owner = by_end.get(block.pos_end(doc[j - 1].idx + len(doc[j - 1].text)))
        if owner is None or owner.category == "UnnamedSource":
            return None
        if owner.kind == "Country" or owner.category == "Place" and head in _LEADER_HEADS | {"authorities"}:
            return owner.start, "state"
        if owner.category == "Person" and head in _LEADER_HEADS:
            return owner.start, "state"
        if owner.category == "Organization" and head in _SUB_BODY_HEADS:
            first = doc[j - 1 - len(owner.text.split())] if j - 1 - len(owner.text.split()) >= 0 else None
            if first is not None and first.text[:1].isupper() and g.country_of_demonym(first.text) is not None:
                return block.pos(first.idx), "sub-body"  # "Ruritanian FA's disciplinary committee"
            return owner.start, "sub-body"
        return None
    if not tok.text[:1].isupper() or tok.dep_ not in ("amod", "compound", "nmod"):
        return None
    owner = by_end.get(block.pos_end(tok.idx + len(tok.text)))
    place = owner is not None and (owner.kind == "Country" or owner.category == "Place" and head in _LEADER_HEADS)
    if not place and g.country_of_demonym(tok.text) is None:
        return None
    start = owner.start if owner is not None and place else block.pos(tok.idx)
    k = j - 1
    while k >= 0 and doc[k].text[:1].isupper() and g.country_of_demonym(doc[k].text) is not None:
        start, k = block.pos(doc[k].idx), k - 1  # "Greek Cypriot government"
    return start, "state"


def _collectives(document: Document, parsed: list[tuple[Block, object]], found: list[Mention]) -> list[Mention]:
    """A one-word name the model took for a person is a body (a club, a firm) when the grammar
    says it is no person: a plural verb agrees with it ("Felpersham have rejected", "Felpersham want": British
    usage for a body as a group of people), or a "which" clause describes it ("Vexo, which
    owns ..."). Every mention of the name becomes an organization. Not for a name the story also
    gives with a courtesy title ("Mr Vexo") or a listed name."""
    text = document.text
    candidates = {m.key: m for m in found if m.category == "Person" and "gazetteer" not in m.method
                  and " " not in m.text}
    if not candidates:
        return found
    keys = set()
    for m in found:
        if m.key not in candidates or m.key in keys:
            continue
        if re.match(r",\s+which\b", text[m.end:m.end + 10]):
            keys.add(m.key)
            continue
        located = next(((b, d) for b, d in parsed if b.start <= m.start < b.end), None)
        tok = token_at_char(located[1], located[0].local(m.start)) if located else None
        if tok is None or tok.dep_ != "nsubj" or any(c.dep_ == "conj" for c in tok.children) or tok.tag_ in ("NNS", "NNPS"):
            continue
        auxes = [c for c in tok.head.children if c.dep_ in ("aux", "auxpass") and c.i < tok.head.i]
        finite = auxes[0] if auxes else tok.head  # "Felpersham have rejected": the finite word agrees
        if finite.tag_ == "VBP" and finite.i > tok.i:
            keys.add(m.key)
    titled = {m.key for m in found if _COURTESY_BEFORE.search(text, max(0, m.start - 6), m.start)}
    keys -= titled
    return [Mention(m.start, m.end, m.text, "Organization", "Organization", m.method + "+collective", m.confidence, m.key)
            if m.key in keys else m for m in found]


_UNLISTED_PLACES = {"City", "Region", "Place"}
"""Kinds the model's place labels give a name no gazetteer lists: an unknown one-word "place" that
ends a person's full name in the same story is that person's surname ("Iran jailed Arash X ... X
was arrested": the small model often takes a foreign surname for a town)."""


def _back_references(found: list[Mention]) -> list[Mention]:
    """Give a one-word person (or mislabelled organization) mention the key of the one full
    person name in the document it ends: "Sinwar" after "Yahya al-Sinwar", "Kilroy-Silk" after
    "Robert Kilroy-Silk"; the first part of a double-barrelled surname is a short form of it too
    ("Kilroy" for "Robert Kilroy-Silk"). An unlisted one-word place that ends a full person name
    is that person's surname too (see :data:`_UNLISTED_PLACES`)."""
    full = {m.key for m in found if m.category == "Person" and len(m.text.split()) > 1}
    first_parts = {}
    for m in found:
        if m.key in full:
            parts = m.text.split()[-1].split("-")
            if len(parts) == 2 and all(len(p) > 2 and p[0].isupper() for p in parts):
                first_parts.setdefault(normalize(parts[0]), set()).add(m.key)
    out = []
    for m in found:
        if len(m.text.split()) == 1 and "gazetteer" not in m.method and (
                m.category in ("Person", "Organization") or m.kind in _UNLISTED_PLACES and "cue" not in m.method):
            owners = sorted({k for k in full if k.endswith(" " + m.key)} | first_parts.get(m.key, set()))
            if len(owners) == 1:
                m = Mention(m.start, m.end, m.text, "Person", "Person", m.method + "+surname", m.confidence, owners[0])
        out.append(m)
    return out
