""":func:`_mention`, the mention of one span: trimmed to the name, typed (:mod:`.kinds`), dropped
when it is no actor (an occasion, a product's model, a competition, a plural people, a title, a
nationality word), stripped of a person's courtesy, religious or judicial title, keyed, and
marked when a capital stands for its government (:func:`_metonymic`)."""
from __future__ import annotations

import re

from ...model import Block, Document, Mention
from ..context import token_at_char, tokens_in
from ..gazetteer import Gazetteer
from ..names import normalize
from .lexicon import _NAME_WORD, NAME_TITLES, PERSON_TITLES, TIME_ZONES, _STOP_FORMS, _TITLE_WORDS
from .kinds import _SUFFIX_RE_ANY, _national, _titled_entry, classify_name

CONFIDENCE = {"PERSON": 0.8, "ORG": 0.7, "GPE": 0.8, "LOC": 0.7, "FAC": 0.6, "GAZETTEER": 0.95}
"""Prior confidence of a mention by its source."""

_LEAD = re.compile(r"^(?:the|The|THE|But|And|Or|Yet|However,?)\s+(?=\S)")
"""What begins a name span but is no part of the name: an article, or a conjunction that opens the
sentence ("But Dunmore economist X")."""
_TRAIL = re.compile(r"(?:\s(?:and|or|of|the|to|for|in|at|by|with|from)|['’]s|['’]|[\s.,;:!?\"“”‘’()\[\]*_-])+$")
"""What ends a name span but is no part of the name: a possessive, punctuation, or a lowercase
function word the NER left attached ("Tech Radar and" in "Tech Radar and Gadget Weekly")."""
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:QC|KC|MP|MSP|MEP|AM|OBE|MBE|CBE|KBE|DBE|PhD|FRS|JP))+$")
"""Letters after a person's name (an office, an honour, a degree), when the NER keeps them."""
_PERSONAL_LETTERS = re.compile(r"\b(?:QC|KC|MP|MSP|MEP|OBE|MBE|CBE|KBE|DBE)$")
"""Letters only a person bears (not "AM", also a radio band: "Capital Gold AM" is a station)."""
_FORMER = re.compile(r"[Ee]x-(?=[A-Z])")
"""The prefix "ex-" before a name ("Ex-Acme chief", "ex-Labour minister"): no part of the name."""
_HEAD = re.compile(r"^[\s\"“”‘’()\[\]*_-]+")

_MOVEMENT = {"visit", "arrive", "travel", "reach", "leave", "enter", "fly", "return", "go", "come", "head"}
_HONORIFIC = re.compile(r"^(?:(?:Grand\s+)?Ayatollah|Sheikh|Shaykh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Hajj|Mullah|President|"
                        r"Prime Minister|Minister|General|Gen\.|Colonel|Col\.|King|Queen|Prince|Emir|Sultan)\s+")
_SHADOW = re.compile(r"[Ss]hadow\s+(?:[A-Z][a-z]+\s+){0,2}(?:[Ss]ecretary|[Cc]hancellor|[Mm]inister|[Aa]ttorney|"
                     r"[Ss]olicitor|[Ll]eader|[Ss]pokes(?:man|woman|person))\b")
"""A British opposition title ("Shadow Home Secretary", "shadow chancellor"): its words are no name."""
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?\s+(?=[A-Z])")
"""Courtesy titles, which are not part of a person's mention ("Mr Straw" → "Straw")."""
_RELIGIOUS_ROYAL = re.compile(r"^(?:(?:Grand|Most|Very|Right|Rt\.?)\s+)?(?:Ayatollah|Archbishop|Bishop|Cardinal|Rabbi|Imam|"
                              r"Sheikh|Shaykh|Reverend|Revd\.?|Rev\.?|Prince|Princess)(?:\s+Dr\.?)?\s+(?=[A-Z])")
"""Religious and royal honorifics, which are not part of a person's mention either ("Archbishop
Desmond Tutu" → "Desmond Tutu", "Prince Charles" → "Charles", "Rt Rev Dr Jane Roe" → "Jane Roe"): the person is named without them
later in the story, and the honorific is no office in a named organization."""
_JUDICIAL = re.compile(r"^(?:(?:Lord\s+|Lady\s+)?(?:Chief\s+)?Justices?|MEP|MSP|MP|MLA)\s+(?=[A-Z])")
"""Titles that the model often takes into the name: the judge's title of British courts ("Lord
Justice May", "Mr Justice Harrison") and the acronyms of seats ("MEP Karl Berndorf")."""


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


def _mention(document: Document, block: Block, doc, start: int, end: int, label: str, g: Gazetteer) -> Mention | None:
    text = document.text
    whole = text[start:end].strip()
    start, end = _trim(text, start, end)
    lettered = False
    if (post := _POST_NOMINALS.search(text, start, end)) and (
            label == "PERSON" or label == "ORG" and _PERSONAL_LETTERS.search(post.group())
            and 2 <= len(words := text[start:post.start()].split()) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words)):
        end = post.start()  # "Ken Roe QC": the letters after a name are an office or honour, not the name
        lettered = label != "PERSON"  # ("Ken Roe QC" tagged ORG: only a person has them)
    if label == "GAZETTEER" and whole.startswith("The ") and whole in g.by_label:
        start = text.index(whole, max(0, start - len(whole)))  # "The Hague": the article is part of the name
    if block.text[block.local(start):block.local(start) + (end - start)] != text[start:end]:
        return None  # the span crosses removed markup; another occurrence will carry the name
    surface = text[start:end]
    if len(surface) < 2 or not any(c.isupper() for c in surface) or not normalize(surface) or surface in _STOP_FORMS \
            or surface in TIME_ZONES:
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
        elif category != "Person" and (lettered or _person_title_before(doc, block.local(start))) \
                and not _SUFFIX_RE_ANY(surface):
            category, kind, method = "Person", "Person", method + ("+letters" if lettered else "+title")
    if not entry and label != "PERSON" and _event_name(text, end, surface):
        return None  # "International Quds Day", "the Super Bowl": an occasion, not an actor
    if not entry and re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", surface) in _OCCASIONS:
        return None  # "the Oscars", "a Grand Slam", "the Premiership": a prize or a competition, no actor
    if not entry and _MODEL_CODE.search(surface):
        return None  # "Airbus A300s", "PowerMac G4": a product named by its maker and model, no actor
    if _COMPETITION_AFTER.match(text, end):
        return None  # "the FA Cup", "the US Open": a name that begins a competition's name is no actor there
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
    shadow = _SHADOW.match(surface + text[end:end + 30]) if not entry else None
    if shadow and shadow.end() >= len(surface):
        return None  # "Shadow Home Secretary X": the model's "Shadow Home" is part of an opposition title
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


_EVENT_HEADS = r"(?:Day|Week|Bowl|Cup|Games|Olympics|Festival|Carnival|Marathon|Championships?|Summit|Grand\s+Prix|Break)"
_EVENT_NAME = re.compile(rf"(?:^|\s){_EVENT_HEADS}$")
_EVENT_AFTER = re.compile(rf"\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{_EVENT_HEADS}(?![\w-])")
"""Head words of the names of occasions ("International Quds Day", "the Super Bowl", "Spring
Break", "the World Cup"), which are events, not actors; also the first conjunct of a coordinated
occasion name ("Free Mojtaba and Arash Day"). A person's name may end so ("Doris Day"), so the
rule is for names the model did not take for persons."""


_OCCASIONS = {"Oscar", "Oscars", "Grammy", "Grammys", "Bafta", "Baftas", "Emmy", "Emmys", "Golden Globe",
              "Golden Globes", "Brit Awards", "Grand Slam", "Six Nations", "Tri-Nations", "Tri Nations", "Premiership",
              "Championship", "Ashes"}
"""Names of prizes and competitions that have no head word of an occasion ("the Oscars", "a Grand
Slam", "the Six Nations", "the Premiership", "the Championship" of English football): occasions
the model takes for organizations or persons, not actors."""


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
