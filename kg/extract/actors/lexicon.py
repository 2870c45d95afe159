"""The word lists and patterns that rules in several modules share: the spaCy labels kept as
actors (:data:`CATEGORY`), titles before a person's name, title words and forms that are no name,
names that are also months or days, the plural possessive inside a name. A list or pattern that
one rule alone reads sits beside that rule, in its module."""
from __future__ import annotations

import re

CATEGORY = {"PERSON": ("Person", "Person"), "ORG": ("Organization", "Organization"),
            "GPE": ("Place", "Place"), "LOC": ("Place", "Place"), "FAC": ("Place", "Place")}
"""spaCy entity label → (category, most specific ontology class known from the label alone)."""

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

_TITLE_WORDS = PERSON_TITLES | {"supreme", "foreign", "defense", "defence", "interior", "deputy", "senior", "vice",
                                "former", "acting", "chief", "leader", "secretary-general", "general", "joint", "interim",
                                "caretaker", "assistant",
                                # a cleric's style and titles ("the Rt Rev Dr X", "the Bishop of Y")
                                "rt", "rev", "revd", "reverend", "hon", "dr", "mr", "mrs", "ms", "bishop", "archbishop", "vicar", "chaplain"}
_STOP_FORMS = {"The", "A", "An", "This", "That", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
               "Their", "Our", "My", "Your", "Him", "Them"}
"""Pronouns and determiners the model sometimes tags as a name at the start of a sentence ("His manager X")."""
TIME_ZONES = {"GMT", "BST", "UTC", "EST", "EDT", "PST", "PDT", "CET", "CEST"}
"""Time zones, which the model tags as an organization ("at 1500 GMT"): no actor."""

NAME_TITLES = PERSON_TITLES | {"mr", "mrs", "ms", "dr", "lord", "lady", "dame", "justices", "mep", "msp", "executive",
                               "boss", "patriarch", "chairperson", "presenter", "lawyer", "solicitor", "barrister",
                               "constable", "superintendent", "inspector", "detective", "sergeant", "bishop",
                               "archbishop", "rabbi", "imam", "playwright", "novelist", "actor", "actress",
                               "singer", "striker", "midfielder", "goalkeeper", "defender"}
"""Words after which capitalized proper nouns name a person ("MEP Alain Lipietz", "Lord Justice May")."""

OCCUPATIONS = {"keeper", "goalkeeper", "striker", "midfielder", "defender", "winger", "skipper", "captain", "coach",
               "manager", "boss", "farmer", "rapper", "singer", "songwriter", "actor", "actress", "presenter", "comedian",
               "novelist", "author", "writer", "playwright", "producer", "designer", "chef", "artist", "photographer",
               "businessman", "businesswoman", "tycoon", "billionaire", "entrepreneur", "cyclist", "golfer", "jockey",
               "trainer", "boxer", "sprinter", "athlete", "batsman", "bowler", "pensioner", "campaigner", "activist",
               "economist", "analyst", "lawyer", "solicitor", "barrister", "surgeon", "doctor", "dj", "veteran",
               "teenager", "fly-half", "scrum-half", "full-back", "drummer", "guitarist", "bassist", "pianist",
               "director", "columnist", "blogger", "hacker", "spokesman", "spokeswoman", "chairman", "chairwoman"}
"""Common nouns for what a person does that the model takes into the person's name when they
stand capitalized before it at the start of a sentence or a headline ("Keeper X Y", "Farmer X Y").
Not honorifics ("Mr", "Lord": see :mod:`.mention`) nor titles of office before a name."""

_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")

_PLURAL_POSSESSIVE_HEAD = re.compile(r"['’][ \t]+(?:Court|Union|Association|Federation|Society|Club|College|Fund|Trust|"
                                     r"Guild|Council|Institute|Hospital|Home|Church)\b")
"""A plural possessive inside a name: "Bow Street Magistrates' Court", "Transport and General
Workers' Union", "Teachers' Association": the model stops at the apostrophe, the name goes on."""

_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
"""Names that are also month or day names ("Lord Justice May"): their other occurrences are dates."""
