"""Types corrected from what the story says of a name elsewhere: a full name is a person's when the
story calls it "Mr X" (:func:`_courtesy_persons`) or sets a title only people hold after it
(:func:`_appositive_persons`); a one-word "person" is a body when a plural verb or "which" goes
with it (:func:`_collectives`); the titles of works are no actors (:func:`_works`)."""
from __future__ import annotations

import re

from ...model import Block, Document, Mention
from ..context import parsed_token_at
from ..titles import ROLE_NOUNS
from .lexicon import _NAME_WORD
from .kinds import _SUFFIX_RE_ANY

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


_PERSONAL_AFTER = re.compile(r"[^.!?\n]*?\b(?:he|his|him|she|her)\b(?![^.!?\n]*\bits\b)")
"""A personal pronoun later in the name's sentence ("Jane Roe fears ... could hurt her country's
chances"), and no "its" after it."""


def _tagged_persons(text: str, found: list[Mention]) -> list[Mention]:
    """A full name the model took for an organization is a person's when the model itself tags
    its last word, standing alone, as a person elsewhere in the story ("Finlay Calder" tagged ORG,
    "said Calder" PERSON): the surname has been keyed to the full name (``+part``) and took its
    type. Every mention of the name becomes a person's. Not gazetteer names, names with an
    organization head, or names typed by a classifying noun; only when the word stands alone at
    least twice, never tagged an organization ("Shares in Orbis Vantor rose. Vantor said" is a
    firm's name cut short), and a personal pronoun follows the full name in its sentence."""
    labels: dict[str, list[str]] = {}
    for m in found:
        if " " not in m.text and m.method.startswith("spacy-ner:"):
            labels.setdefault(m.key, []).append(m.method.split(":")[1].split("+")[0])
    keys = {m.key for m in found
            if m.category == "Organization" and m.method.startswith("spacy-ner:ORG") and "gazetteer" not in m.method
            and "cue" not in m.method and 2 <= len(m.text.split()) <= 3
            and all(_NAME_WORD.fullmatch(w) for w in m.text.split()) and not _SUFFIX_RE_ANY(m.text)
            and set(labels.get(m.key, ())) == {"PERSON"} and len(labels[m.key]) >= 2
            and _PERSONAL_AFTER.match(text, m.end) is not None}
    return [_as_person(m, "+tagged") if m.key in keys else m for m in found]


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


_WORK_NOUN = r"(?:play|film|movie|biopic|documentary|book|novel|memoir|biography|poem|song|single|track|album|hit|" \
             r"ballad|anthem|musical|opera|sitcom|drama|comedy|thriller|soap|cartoon|painting|sculpture|exhibition)"
_WORK_NOUNS = r"(?:series|films|movies|biopics|songs|singles|albums|novels|documentaries|dramas|comedies|sitcoms|" \
              r"musicals|operas|poems)"
_TITLE = r"(?:[A-Z0-9][\w'’&-]*[ \t]+)*?[A-Z0-9][\w'’&-]*[\"'’”]?"
_JOIN = r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
_STARRED = r"(?:(?:co-)?starred|(?:co-)?stars|starring|to\s+star)\s+in"
_WORK_CUE = re.compile(rf"(?<![\w-])(?:{_WORK_NOUN}\s+(?:the\s+)?[\"'‘“]?|"
                       rf"(?:{_WORK_NOUNS}|{_STARRED})\s+(?:the\s+)?[\"'‘“]?(?:{_TITLE}{_JOIN}(?:the[ \t]+)?[\"'‘“]?){{0,4}})$")
"""A noun that says the name after it is the title of a work ("the play The Vagina Monologues", "hit
song X", "the biopic X", "the drama X"); a plural one, across a list of titles ("comedy series X
and Y", "the films X, Y and Z"; not "the film X, and Y said"). Plurals only where no verb has
the same form ("plays", "books", "hits" and "tracks" are verbs too). (Read on the text with "The"
lowered.)"""


def _works(document: Document, parsed: list[tuple[Block, object]], found: list[Mention]) -> list[Mention]:
    """Without the titles of works (plays, films, books, songs, series): not actors. One occurrence
    after such a noun makes every occurrence of the name a title (the headline often drops the
    noun), and so are the names listed after a plural one ("the films X, Y and Z"). The word must
    be a noun there (:func:`_names_work`), and lower-case: "will play Arsenal", "the slump hit Ford",
    "a single Tory MP" and "Vexo Radio Drama Plus" name no work."""
    text = document.text
    titles: set[str] = set()
    for m in found:
        if "gazetteer" not in m.method:
            window = max(0, m.start - 120)
            cue = _WORK_CUE.search(text[window:m.start].replace("The ", "the "))
            if cue is not None and re.match(r"(?:co-)?star|to\s", cue.group()) and re.match(r"['’]", text[m.end:m.end + 1]):
                continue  # "starred in Liverpool's win", "starred in Acme Pictures' first film": an owner, no title
            if cue is not None and _names_work(parsed, window + cue.start()):
                titles.add(m.key)
    return [m for m in found if m.key not in titles]


def _names_work(parsed: list[tuple[Block, object]], offset: int) -> bool:
    """Whether the word at a document offset is a noun of a work: not a verb ("will play Arsenal")
    nor a "single" that counts ("a single X"; the tagger calls "single" an adjective in "her new
    single X" too); a noun with other senses only with a modifier of its own ("comedy series X",
    not "the series England won", "the hit Ford took")."""
    cue = parsed_token_at(parsed, offset)
    if cue is None:
        return False
    if cue.lemma_.lower() == "star" and cue.pos_ == "VERB" or cue.lower_ == "to" and cue.i + 1 < len(cue.doc) \
            and cue.nbor(1).lower_ == "star":
        return True  # "starred in X": a verb of acting, the work it names (not "Hollywood stars in Leicester Square")
    if cue.lemma_.lower() == "star":
        return False
    if cue.pos_ in ("VERB", "AUX") or cue.lower_ == "single" and cue.i > 0 and cue.nbor(-1).lower_ in _COUNTING:
        return False
    return cue.lower_ not in _OTHER_SENSES or any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in cue.children)


_COUNTING = {"a", "an", "any", "every", "each", "one", "not"}
"""Words before "single" that make it a count ("not a single X"), not a record."""
_OTHER_SENSES = {"hit", "series", "track", "drama", "comedy", "soap", "exhibition"}
"""Nouns of works with other senses in news ("the hit Ford took", "the series England won", "the
drama Chelsea created"): a work only with a modifier of their own ("her latest hit X", "the BBC
series X", "comedy series X")."""


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
        tok = parsed_token_at(parsed, m.start)
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
