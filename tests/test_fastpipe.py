"""The lookup attribute ruler and lemmatizer (kg.fastpipe) against spaCy's stock components."""
from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler

from kg import fastpipe, nlp

TEXT = (
    "The minister ain't sure, she said: \"We didn't agree to nothin' yet.\"  Talks in Oslo were "
    "postponed on Monday, and the unions' leaders, who had walked out twice, say they will not "
    "return until pay rises are offered.\n\nIt's unclear whether the deal, which critics called "
    "a sell-out, can survive; I'm told they're ready to sign if the bank's board agrees. "
    "Whoever wins, the 12 remaining seats go to the smaller parties that have been campaigning."
)
"""Invented text with what the ruler's exceptions are about: contractions (ain't, n't, 's, 're,
'm), a dropped g, subordinators, auxiliaries, determiners as pronouns, spaces and line breaks."""


def _stock():
    """A fresh pipeline with spaCy's own components (``nlp.load`` swaps them)."""
    return spacy.load(nlp.installed_model().rsplit("-", 1)[0])


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_load_swaps_both_rule_components():
    pipeline = nlp.load()
    assert type(pipeline.get_pipe("attribute_ruler")).__name__ == "_FastAttributeRuler"
    assert isinstance(pipeline.get_pipe("lemmatizer"), fastpipe._CachedLemmas)


def test_the_same_annotations_as_the_stock_components():
    stock, fast = _stock(), _stock()
    assert fastpipe.install(fast) == ["attribute_ruler", "lemmatizer"]
    texts = [TEXT, TEXT.upper(), TEXT.replace("\n\n", " \n  "), ""]
    for _ in range(2):  # the second pass reads the caches filled by the first
        for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
            assert _annotations(a) == _annotations(b)


def test_rules_from_several_tokens_set_their_target():
    """The ruler's two-token rules (ain't → be) apply, as the matcher's do."""
    stock, fast = _stock(), _stock()
    fastpipe.install(fast)
    ruler = stock.get_pipe("attribute_ruler")
    assert any(len(p) > 1 for i in range(len(ruler.attrs)) for p in ruler.matcher.get(str(i))[1])
    doc = fast("They ain't coming.")
    assert [t.lemma_ for t in doc][:3] == [t.lemma_ for t in stock("They ain't coming.")][:3]
    assert doc[1].lemma_ == "be"


def test_a_rule_it_cannot_read_keeps_the_stock_ruler():
    pipeline = _stock()
    pipeline.get_pipe("attribute_ruler").add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "ex"})
    assert fastpipe.install(pipeline) == ["lemmatizer"]
    assert type(pipeline.get_pipe("attribute_ruler")) is AttributeRuler


def test_rules_added_after_install_are_applied():
    stock, fast = _stock(), _stock()
    fastpipe.install(fast)
    fast("warm the caches with a first text")
    for pipeline in (stock, fast):
        pipeline.get_pipe("attribute_ruler").add([[{"LOWER": "blorf"}]], {"LEMMA": "blorfish", "POS": "NOUN"})
    assert _annotations(fast("A blorf ate it.")) == _annotations(stock("A blorf ate it."))
    assert fast("A blorf ate it.")[1].lemma_ == "blorfish"
