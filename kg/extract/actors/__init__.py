"""Actor mentions: spaCy named entities and gazetteer names, cleaned to exact name spans, typed,
corrected for typical NER errors, and keyed so that variants of one name in a document share
one key (surname back references, possessives, "al-" prefixes, acronyms and their expansions,
repeated names the model missed, a capital standing for its government).

The rules are in these modules, by concern; each imports only from those listed before it:

- :mod:`.lexicon`: the word lists and patterns several rules share (:data:`CATEGORY`, the spaCy
  labels kept; titles before a person's name; words that are no name).
- :mod:`.kinds`: the category and class of a name: :func:`classify_name` (the NER label corrected
  by the gazetteer and the heads of organization names), :func:`cue_kind` (a classifying noun next
  to the name: "oil firm X"), the listed names of a state's bodies.
- :mod:`.missed`: names the model missed or cut short, found from the words next to them (after a
  title, a first name before a surname, a firm's first partner, an employer before a post).
- :mod:`.candidates`: the name-like spans of a block (:func:`_candidates`: entities, gazetteer
  names, counties, seats, the names of :mod:`.missed`), :func:`_select` and :func:`warm`.
- :mod:`.splits`: one span cut into the names it holds (markup gaps, possessives and "of",
  coordination, a place in a place).
- :mod:`.mention`: :func:`_mention`, the typed and keyed mention of one span, or none when it is no
  actor (occasions, products, competitions, plural peoples, titles, nationality words).
- :mod:`.aliases`: the variants of a name given one key: parts of a full name, acronyms, head
  nouns, short forms, repeats the model missed, surnames (:func:`_back_references`).
- :mod:`.corrections`: types corrected from what the story says of a name: persons by courtesy and
  apposed titles (:func:`_appositive_persons`), bodies by plural verbs, titles of works dropped.
- :mod:`.institutions`: bodies named with their owner: regimes, programmes, a country's courts,
  state governments and forces, "Ruritania's sports commission".
- :mod:`.finder`: :func:`mentions`, the pass over a document that runs the rules in order.

The names other code uses are re-exported here (:func:`normalize` is :func:`kg.extract.names.normalize`).
Code that replaces one of the rules' functions must replace it in the module that calls it, which
looks it up in its own namespace (:mod:`.finder` for the passes of :func:`mentions`). Each word
list is one object, shared by every module that reads it.
"""
from __future__ import annotations

from ..names import normalize
from .lexicon import CATEGORY, NAME_TITLES, PERSON_TITLES
from .kinds import classify_name, cue_kind
from .missed import _with_first_name
from .candidates import warm
from .splits import _split_coordination, _split_locative
from .mention import CONFIDENCE, _event_name, _plural_name
from .aliases import _back_references
from .corrections import _appositive_persons
from .finder import mentions

__all__ = [
    "mentions", "normalize", "CATEGORY", "CONFIDENCE", "PERSON_TITLES", "NAME_TITLES", "classify_name", "cue_kind",
    "warm",
    # private names that tests read (to replace one, see above)
    "_with_first_name", "_split_coordination", "_split_locative", "_event_name", "_plural_name", "_back_references",
    "_appositive_persons",
]
