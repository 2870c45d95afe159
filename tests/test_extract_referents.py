"""A description with a nationality ("the German exchange") takes up an organization of that state:
not one whose name says another state, and first one whose name says that state; a country within
a state is that state too ("Scotland" is in the United Kingdom). Invented sentences and firms."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,claimant", [
    ("Rheinhandel AG has made a bid for the London Metal Bourse. The London Metal Bourse rejected the offer on Monday. "
     "The German exchange said it would raise its offer.", "rheinhandel ag"),
    ("Vexo has made a bid for the London Metal Bourse. The British exchange said it would reject the offer.",
     "london metal bourse"),
    ("Caledonian Bank of Scotland has made a bid for Vexo. The British bank said it would raise its offer.",
     "caledonian bank of scotland"),
    # no state in any name: the nearest subject, as before
    ("Acme Corp has made a bid for Vexo. The British company said it would raise its offer.", "acme corp"),
])
def test_extract_claims_nationality_of_a_description(extract_text, text, claimant):
    x = extract_text(text)
    assert [c.claimant for c in x.claims] == [claimant], [(c.claimant, c.cue) for c in x.claims]
