"""Trigger typing: :func:`_kind` gives the event class (a CAMEO-aligned class of the ontology) of a
token and the method that typed it, or None. A word of a title or a nomination for a prize is
none; a verb goes to the rules of :mod:`.verb_kinds` ("cut off ties", "froze the accounts"), a
noun to those of :mod:`.noun_kinds` ("a rail strike", "frosty relations"). Their word lists and
tests live by concern: :mod:`.contests`, :mod:`.force`, :mod:`.legal`, :mod:`.relations`,
:mod:`.staffing` and :mod:`.dealings`."""
from __future__ import annotations

from .syntax import _lemma, _split_prefix, _verbal
from .contests import _for_prize, _title_word
from .verb_kinds import _verb_kind
from .noun_kinds import _noun_kind


def _kind(tok) -> tuple[str, str] | None:
    """(class, method) of a trigger token, or None."""
    lemma = _lemma(tok)
    if _split_prefix(tok) is not None:
        lemma = "co-" + lemma  # "co-operate" tokenized as "co", "-", "operate"
    if _title_word(tok):
        return None  # "roles in Finding Neverland and now Meet the Fockers": a word of a title, no act
    if lemma in ("nominate", "nomination") and _for_prize(tok):
        return None  # "four Oscar nominations", "nominated for the award": a shortlist for a prize, no post
    if _verbal(tok):
        return _verb_kind(tok, lemma)
    return _noun_kind(tok, lemma)
