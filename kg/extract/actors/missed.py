"""Names the small model missed or cut short, found from the words next to them: a person's name
after a title (:func:`_titled_names`), a first name before a surname (:func:`_with_first_name`),
the first partner of a firm's name (:func:`_partner_names`), the employer named before a post
and a person's name (:func:`_employers`), the speaker of a quotation (:func:`_quoted_speakers`)
a name said to hold a post ("X is senior benefit officer", :func:`_described_persons`) and a firm
named after a word for its kind ("analyst firm IDC", :func:`_described_firms`)."""
from __future__ import annotations

import re

from ...resources import first_names
from ..context import doc_text, token_at_char, tokens_in
from ..discourse import CUES, closes_quotation, opens_quotation
from ..gazetteer import Gazetteer
from ..titles import BAND_POSITIONS, MUSIC_GENRES, POSITIONS, ROLE_NOUNS
from .kinds import _SUFFIX_RE_ANY
from .lexicon import NAME_TITLES, _CALENDAR, _NAME_WORD, _TITLE_WORDS

_PRENOMINAL = {"president", "minister", "secretary", "justice", "justices", "judge", "mep", "msp", "mp", "senator",
               "governor", "mayor", "general", "colonel", "king", "queen", "prince", "princess", "speaker", "chancellor",
               "ambassador", "commissioner", "bishop", "archbishop", "cardinal", "pope", "sheikh", "ayatollah", "emir",
               "sultan", "professor", "chairman", "lord", "lady", "sir", "dame", "mr", "mrs", "ms", "dr"}
"""Titles written capitalized before a name, also after another capitalized word ("EC President X")."""


def _titled_names(doc, gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """Person names that follow a title word but that the model did not tag (or tagged as part of
    something else): up to three capitalized proper nouns, none of them a known name of a place or
    organization or a nationality ("French Green MEP Alain Lipietz" → "Alain Lipietz") unless a
    first name comes before it ("former Acme directors Roy Acme and ..."); after a plural title,
    only names in a list."""
    out = []
    for tok in doc:
        plural = tok.lower_.endswith("s") and tok.lower_[:-1] in NAME_TITLES and tok.text.islower()
        if tok.lower_.rstrip(".") not in NAME_TITLES and tok.lower_ not in NAME_TITLES and not plural:
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
        if plural and not (j < len(doc) and doc[j].lower_ in ("and", ",")):
            continue  # a plural title names a list ("directors Roy Roe and Tim Talbot"), not a firm after it
        known = [t for t in run
                 if gazetteer.lookup(t.text) is not None or gazetteer.country_of_demonym(t.text) is not None]
        if known and not (len(run) > 1 and run[0] not in known and run[0].lower_ in first_names()
                          and gazetteer.lookup(" ".join(t.text for t in run)) is None):
            continue  # (a first name before a known name is a person's: "directors Roy Disney")
        out.append((run[0].idx, run[-1].idx + len(run[-1].text), "PERSON", 2 if known else 0))
        if tok.lower_.endswith("s") and len(run) == 1 and j + 1 < len(doc) and doc[j].lower_ == "and" \
                and doc[j + 1].pos_ == "PROPN" and _NAME_WORD.fullmatch(doc[j + 1].text) \
                and gazetteer.lookup(doc[j + 1].text) is None:
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
                                 "correspondent", "editor", "researcher"} | BAND_POSITIONS
"""Titles of a post in a club, a firm or another body (not "adviser" or "aide", which a person
has): a name right before them, before a person's name, is the employer ("Felpersham boss X",
"Norrbank economist X", "Acme Five singer X")."""
_TITLE_LEAD = {"chief", "managing", "executive", "finance", "vice", "deputy", "assistant", "head"}


_FUNCTION_TAGS = {"VBN", "VBD", "VBG", "RB", "RBR", "RBS", "CC", "IN", "DT", "PRP", "PRP$", "WDT", "WRB", "MD", "TO"}
"""Tags of a first word that is no name: a participle, an adverb, a conjunction, a determiner."""


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
        band = doc[j].lower_ in BAND_POSITIONS
        while j > 0 and doc[j - 1].lower_ in _TITLE_LEAD and doc[j - 1].text.islower():
            j -= 1
        run = []
        k = j - 1
        while k >= 0 and len(run) < 4 and _NAME_WORD.fullmatch(doc[k].text):
            run.insert(0, doc[k])
            k -= 1
        if not run or len(run) > 3 or k >= 0 and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
            continue
        if len(run) == 1 and run[0].is_sent_start and run[0].tag_ in _FUNCTION_TAGS:
            continue  # "Injured forward X", "Then striker Y", "But defender Z": a capitalized first word that
            # names nothing (not "Investec chief economist X", which the tagger may call an adjective)
        name = " ".join(t.text for t in run)
        if gazetteer.lookup(name) is not None or any(gazetteer.country_of_demonym(t.text) for t in run) \
                or any(t.lower_ in _TITLE_WORDS or t.lower_ in NAME_TITLES or t.lower_ in _CALENDAR for t in run) \
                or name in surnames or run[0].lower_ in ("the", "a", "an") or name.lower() in MUSIC_GENRES \
                or band and (run[0].lower_ in MUSIC_GENRES
                             or any(t.ent_type_ in ("GPE", "LOC", "NORP", "EVENT", "WORK_OF_ART") for t in run)):
            continue  # ("Devon singer X", "Pop Idol singer Y": where from, or the show, is no band)
        out.append((run[0].idx, run[-1].idx + len(run[-1].text), "ORG", 2))
    return out


_SPEAKER_MISREAD = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
"""Labels the model gives a speaker's name it did not know ("Ronaldinho" as a work of art)."""
_SPEAKER_AS_PLACE = {"GPE", "LOC", "FAC"}
"""Labels of a place, which a name of two or three words speaking a quotation is not unless it
is a body's ("“...,” Rio Roe told the radio": a town gives no interviews; a club or a palace does)."""
_BODY_WORDS = {"City", "Town", "United", "Rovers", "County", "Athletic", "Albion", "Wanderers", "Villa", "Forest",
               "Palace", "Airport", "Water", "Street", "Sports", "Park", "Road", "Square", "Hall", "House", "Council",
               "Four", "One", "Two", "Radio", "News", "Times", "Post", "Rangers", "Celtic", "Hotspur", "Wednesday"}
"""Last words of the names of clubs, firms, broadcasters and buildings ("Manchester City", "Thames
Water", "Channel Four", "Buckingham Palace"), which speak as bodies: no person's name."""


def _quoted_speakers(doc, gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """Persons the model missed or took for a place where only a person can stand: the speaker of
    a direct quotation, right after its closing mark before a cue verb ("“...,” Ronaldinho
    added"), after an inverted cue at the end of the sentence ("“...,” said Ronaldinho.") or
    before a cue and a colon that opens a quotation ("Ronaldinho added: “...”"). One to three
    capitalized proper nouns; not a listed name, a nationality or a body's name; one word only
    when the model took it for a work, a product or an event (an untagged one may be a club); a
    name it took for a person or an organization stays its own."""
    out = []
    i = 0
    while i < len(doc):
        if doc[i].pos_ != "PROPN" or not _NAME_WORD.fullmatch(doc[i].text):
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN" and _NAME_WORD.fullmatch(doc[j].text):
            j += 1
        run, i = doc[i:j], j
        if len(run) > 3 or any(t.lower_ in NAME_TITLES or t.lower_ in _TITLE_WORDS for t in run):
            continue
        labels = {t.ent_type_ for t in run}
        if not (labels <= _SPEAKER_MISREAD or len(run) > 1 and labels <= _SPEAKER_AS_PLACE | {""}) \
                or run[-1].text in _BODY_WORDS:
            continue  # (one untagged word may be a club or a firm: "“...,” Arsenal said")
        if gazetteer.lookup(run.text) is not None or any(
                gazetteer.lookup(t.text) is not None or gazetteer.country_of_demonym(t.text) for t in run):
            continue
        if _speaks(doc, run.start, run.end):
            out.append((run.start_char, run.end_char, "PERSON", 3))
    return out


def _speaks(doc, start: int, end: int) -> bool:
    """Whether the words [start, end) are the speaker of a quotation next to a cue verb."""
    def cue(t) -> bool:
        return t.pos_ == "VERB" and t.lemma_.lower() in CUES and t.tag_ in ("VBD", "VBZ", "VBP")

    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    if after is not None and cue(after) and closes_quotation(doc, start):
        return True  # "“...,” Ronaldinho added"
    if before is not None and cue(before) and closes_quotation(doc, before.i) and (after is None or after.is_punct):
        return True  # "“...,” said Ronaldinho."
    return (after is not None and cue(after) and opens_quotation(doc, end + 1)
            and (start == 0 or doc[start].is_sent_start))


_OCCUPATIONS = ROLE_NOUNS - {"member", "head", "leader", "founder", "co-founder", "owner", "chair", "speaker", "king",
                             "queen", "prince", "general", "vice", "counterpart", "representative", "whip", "chief",
                             "deputy", "executive", "official", "expert", "fellow", "counsel", "justice"}
"""Posts only a person holds ("officer", "spokesman", "analyst"); not the ones a firm, a state or a
body may be said to be ("a member", "the leader", "the owner", "the representative")."""


def _described_persons(doc, gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """"Piers Roe is senior benefit officer at ...": two or three capitalized words, which the
    model did not take for a person, that are the subject of a form of "be" with a post only a
    person holds (:data:`_OCCUPATIONS`) as its complement; the model takes such a name for
    nothing, for a plural noun and a name, or for a firm. Not a listed name, a nationality, a
    title word or a firm's name ("Vexo Partners", "Roe Capital Ltd"); a name the model tagged
    (as a firm) only with a first name before the surname."""
    out = []
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "be" or tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
            continue
        attr = next((c for c in tok.head.children if c.dep_ == "attr"), None)
        if attr is None or attr.lower_ not in _OCCUPATIONS or attr.tag_ != "NN":
            continue
        run = list(doc[tok.left_edge.i:tok.i + 1])
        if not 2 <= len(run) <= 3 or any(not _NAME_WORD.fullmatch(t.text)
                                         or t.lower_ in NAME_TITLES or t.lower_ in _TITLE_WORDS for t in run):
            continue
        name = " ".join(t.text for t in run)
        if gazetteer.lookup(name) is not None or any(
                gazetteer.lookup(t.text) is not None or gazetteer.country_of_demonym(t.text) for t in run):
            continue
        if _SUFFIX_RE_ANY(name) or tok.tag_ == "NNPS" or any(t.ent_type_ for t in run) \
                and run[0].lower_ not in first_names():
            continue  # "Vexo Partners is adviser to Acme": a firm (a name the model tagged needs a first name)
        out.append((run[0].idx, tok.idx + len(tok.text), "PERSON", 3))
    return out


_FIRM_NOUNS = {"firm", "company", "consultancy", "giant", "retailer", "insurer", "airline", "bank", "publisher",
               "broadcaster", "developer", "manufacturer", "chain", "conglomerate", "carmaker", "chipmaker",
               "drugmaker", "toymaker", "steelmaker", "automaker", "handset-maker", "phone-maker"}
"""Nouns that say what kind of firm the name after them is ("analyst firm IDC", "games developer
Ubisoft", "mobile giant Nokia", "carmaker Vexo")."""
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


def _described_firms(doc, gazetteer: Gazetteer) -> list[tuple[int, int, str, int]]:
    """"a research director at analyst firm IDC": one to three capitalized words (or an acronym)
    right after a lowercase noun for a kind of firm (:data:`_FIRM_NOUNS`) name that firm, an
    organization, when the model took them for nothing, a place, a product or a work. Not a
    listed name (its own type stands), a title word, a month or day, a nationality alone, or a
    name the model took for a person ("the company Tim Roe founded") or a firm already; proper
    nouns only ("the company In 2004" names none), that the parse joins to the noun ("He told the
    company Talbot would leave": Talbot is the subject of a clause)."""
    out = []
    for tok in doc[:-1]:
        if not tok.text.islower() or tok.lower_ not in _FIRM_NOUNS:
            continue
        run = []
        k = tok.i + 1
        while k < len(doc) and len(run) < 4 and doc[k].pos_ == "PROPN" and (
                _NAME_WORD.fullmatch(doc[k].text) or _ACRONYM.fullmatch(doc[k].text)):
            run.append(doc[k])
            k += 1
        if not run or len(run) > 3 or run[0].is_sent_start:
            continue
        if not (tok.head.i == run[-1].i and tok.dep_ in ("compound", "nmod", "amod")
                or run[-1].head.i == tok.i and run[-1].dep_ in ("appos", "compound")):
            continue  # the name belongs to the noun, not to a clause after it ("told the company Roe would go")
        if any(t.ent_type_ in ("PERSON", "ORG") or t.lower_ in _TITLE_WORDS or t.lower_ in NAME_TITLES
               or t.lower_ in _CALENDAR for t in run):
            continue
        name = " ".join(t.text for t in run)
        if gazetteer.lookup(name) is not None or len(run) == 1 and gazetteer.country_of_demonym(name):
            continue
        out.append((run[0].idx, run[-1].idx + len(run[-1].text), "ORG", 2))
    return out
