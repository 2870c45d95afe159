"""The category and class of a name: :func:`classify_name` corrects the NER label with the
gazetteer and with the heads of organization names ("... Brigades", "... Ministry", "... TV");
:func:`cue_kind` and :func:`_cue_types` type a name by a classifying noun next to it ("oil firm
X", "X, the holding company"); :func:`_national` and :func:`_titled_entry` find the listed name of
a state's body ("Iran's National Security Council") or of a name with its article ("the Observer")."""
from __future__ import annotations

import re

from ...model import Mention
from ..gazetteer import Entry, Gazetteer
from .lexicon import CATEGORY

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


def _titled_entry(text: str, start: int, surface: str, g: Gazetteer) -> Entry | None:
    """A listed name whose article is part of it ("The Observer", "The Independent"), written
    with a lowercase "the" in running text ("according to the Observer"): the name without the
    article is no listed name ("Independent"), so the article before it decides."""
    if text[max(0, start - 4):start] not in ("the ", "The "):
        return None
    entry = g.lookup("The " + surface)
    return entry if entry is not None and entry.label.startswith("The ") else None


_SECTOR = (r"oil|energy|gas|media|banking|bank|insurance|steel|engineering|drinks|food|retail|retailing|telecoms|"
           r"mining|chemicals|pharmaceutical|pharmaceuticals|drugs|car|motor|travel|music|entertainment|publishing|"
           r"holding|industrial|leisure|hotel|property|financial|investment|defence|defense|aerospace|tobacco|"
           r"luxury|fashion|software|technology|internet|airline|shipping|construction|utility|power|water")
_CUE_NOUNS = {
    "Company": (r"firms?|company|companies|carmaker|car\s+maker|automaker|drugmaker|chipmaker|manufacturer|retailer|"
                r"(?:games?|toy|phone|handset|chip|drug|software|aircraft|plane|computer|console|truck|tyre|tire)\s+"
                r"(?:makers?|developers?|publishers?)|"
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
_PLURAL_MAKERS = re.compile(r"(?i:makers|developers|publishers),\s+$")
"""A plural maker before a name in apposition ("one of the largest game makers, Acme Games,")."""
_MAKERS = re.compile(r"(?i:makers?|developers?|publishers?)\b")
_FIRM_LAST = re.compile(r"\s(?:Games|Studios?|Software|Interactive|Entertainment|Technologies|Systems|Labs|Digital|"
                        r"Media|Ltd|Inc|Corp|plc)\.?$")
"""The last word of a firm's name: with it a name the model took for a person's, after a word for a
maker of things, is a firm's ("game makers, Acme Games"); without it, a person's ("games maker Jane
Roe", "software developers, Jane Roe and Tim Talbot,")."""
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
            if m and not (person and (m.group(0).split()[0].lower() in _PERSON_NOUNS
                                      or _MAKERS.search(m.group(0)) and not _FIRM_LAST.search(text[start:end]))):
                return kind  # ("games maker Jane Roe", "software developer Tim Talbot": persons)
        for pattern, kind in _CUE_APPOSED:  # a one-word "person" after "its production arm," is the arm
            if pattern.search(before) and not (person and " " in text[start:end].strip()
                                               and not (_PLURAL_MAKERS.search(before) and _FIRM_LAST.search(text[start:end]))):
                return kind  # (and a firm's name after "one of the largest game makers,": "Acme Games")
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
