""":func:`mentions`, the pass over a document: the candidates of each block, selected, split and
made mentions, then the passes over all of the document's mentions that correct their types and
give the variants of a name one key, in order."""
from __future__ import annotations

from ...model import Block, Document, Mention
from ..gazetteer import Gazetteer, load
from .kinds import _cue_types
from .candidates import _candidates, _select
from .splits import (_PLACE_LABELS, _split_at_gaps, _split_coordination, _split_lead, _split_locative,
                     _split_parenthesis, _split_possessive)
from .mention import _mention
from .aliases import _acronyms, _back_references, _doc_aliases, _name_parts, _repeats, _short_forms
from .corrections import _appositive_persons, _collectives, _courtesy_persons, _tagged_persons, _works
from .institutions import _country_institutions, _institutions, _programmes, _regime, _state_governments


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
                                     for piece in (_split_parenthesis(text, *piece) if label != "GAZETTEER" else [piece])
                                     for piece in (_split_coordination(text, *piece, g) if label != "GAZETTEER" else [piece])
                                     for piece in (_split_locative(text, *piece, label, g) if label in _PLACE_LABELS
                                                   else _split_lead(text, *piece, label, g))):
                m = _mention(document, block, doc, start, end, kind, g)
                if m is not None:
                    found.append(m)
    found = [_regime(text, m) for m in found]
    found = _acronyms(text, found, document, g)
    found, short = _short_forms(_doc_aliases(_cue_types(text, found, g), g), g)
    found = _works(document, parsed, _cue_types(text, _repeats(document, parsed, found, short), g))
    found = _collectives(document, parsed, found)
    headline_end = document.title_span.end if document.title_span is not None else 0
    found = _programmes(text, _name_parts(_country_institutions(text, found, g), g, headline_end, text))
    found = _state_governments(document, parsed, found, g)
    found = _appositive_persons(text, _courtesy_persons(text, _tagged_persons(text, found)))
    found = _back_references(sorted(found, key=lambda m: (m.start, m.end)))
    return _institutions(document, parsed, found, g)
