"""Stage 2, nlp: faster drop-in versions of two rule components of the spaCy pipeline.

In ``en_core_web_sm`` the attribute ruler (POS, morphology and lemma exceptions from the tagger's
fine tags) and the rule lemmatizer cost a fifth of the pipeline's time, although their output is a
pure function of a few token attributes. The attribute ruler runs a ``Matcher`` over every document
and builds a ``Span`` per match (every token matches a tag rule); the lemmatizer recomputes the
lemma of every token, as its cache skips the most common case (base forms).

:func:`install` makes both components look their answers up instead, keyed on the attributes the
rules read, and computes each key once per process with the components' own rules. The
annotations are the same token for token (``tests/test_fastpipe.py`` compares them with the stock
components); a pipeline whose rules use a pattern feature this module does not know keeps the
stock component.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.errors import Errors
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens._retokenize import set_token_attrs

_KEY = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""The token attributes the attribute ruler's patterns may test, in the order of a token's key."""

_MAX_LEMMAS = 500_000
"""Lemma cache entries kept before the cache starts over (bounds memory on any corpus)."""


def install(nlp) -> list[str]:
    """Swap the stock attribute ruler and rule lemmatizer of a loaded pipeline for the lookup
    versions of this module, in place.

    :returns: the names of the components swapped.
    """
    swapped = []
    for name, proc in nlp.pipeline:
        if type(proc) is AttributeRuler:
            try:
                rules = _Rules(proc)
            except ValueError:  # a rule this module cannot index: the stock component stays
                continue
            proc.__class__ = _FastAttributeRuler
            proc._kg_rules = rules  # indexed once, here, for every call
            swapped.append(name)
        elif isinstance(proc, Lemmatizer) and not isinstance(proc, _CachedLemmas) and proc.mode == "rule":
            proc.__class__ = type(f"Cached{type(proc).__name__}", (_CachedLemmas, type(proc)), {})
            proc._kg_lemmas = {}
            swapped.append(name)
    return swapped


def _predicate(spec) -> Callable[[object], bool] | None:
    """A test of one attribute value: equality, ``IN``, ``NOT_IN`` or ``REGEX`` (as spaCy's ``Matcher``)."""
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            values = frozenset(spec["IN"])
            return lambda value: value in values
        if set(spec) == {"NOT_IN"}:
            excluded = frozenset(spec["NOT_IN"])
            return lambda value: value not in excluded
        if set(spec) == {"REGEX"}:
            regex = re.compile(spec["REGEX"])
            return lambda value: isinstance(value, str) and regex.search(value) is not None
        return None
    return lambda value: value == spec


def _token_test(pattern: dict) -> tuple[Callable[[tuple], bool], object] | None:
    """A test of a token key (see :data:`_KEY`, as strings) for one token of a ``Matcher`` pattern,
    with the pattern's ``LOWER`` value (None when it has none); None when the pattern uses something
    else (another attribute, an operator)."""
    tests = []
    for attr, spec in pattern.items():
        if attr not in _KEY:
            return None
        test = _predicate(spec)
        if test is None:
            return None
        tests.append((_KEY.index(attr), test))
    return (lambda key: all(test(key[i]) for i, test in tests)), pattern.get("LOWER")


class _Rules:
    """An attribute ruler's rules, indexed for lookups by token key.

    A token's key is (tag, lower, dep, is_space) as string-store hashes: the one-token rules that
    match a key are found once per key (on a miss, only the rules without a ``LOWER`` test and those
    whose ``LOWER`` names the token's lower-case form are tried), and so is the set of elements of
    the longer rules that the key matches.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.plain: list = []  # one-token rules without a LOWER test
        self.other: list = []  # one-token rules whose LOWER test is not a list of forms (a pattern)
        self.by_lower: dict[str, list] = {}  # lower-case form → one-token rules that name it
        self.multi: list = []  # (position, attributes, element bits, target index) of longer rules
        self.elements: list = []  # (bit, test) of each element of the longer rules
        for position, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
            for pattern in ruler.matcher.get(str(position))[1]:
                tests = [_token_test(p) for p in pattern]
                if not tests or any(t is None for t in tests) or not -len(tests) <= index < len(tests):
                    raise ValueError("a rule this module cannot read")
                if len(tests) > 1:
                    bits = []
                    for test, _ in tests:
                        bits.append(1 << len(self.elements))
                        self.elements.append((bits[-1], test))
                    self.multi.append((position, attrs, bits, index % len(tests)))
                    continue
                test, lower = tests[0]
                forms = [lower] if isinstance(lower, str) else lower.get("IN") if isinstance(lower, dict) else None
                if lower is None:
                    self.plain.append((position, attrs, test))
                elif forms is None:
                    self.other.append((position, attrs, test))
                else:
                    for form in forms:
                        self.by_lower.setdefault(form, []).append((position, attrs, test))
        self.hits: dict[tuple, list] = {}
        self.bits: dict[tuple, int] = {}
        self.plain_hits: dict[tuple, list] = {}  # (tag, dep, is_space) → the plain rules that match

    def lookup(self, key: tuple) -> tuple[list, int]:
        """The one-token rules (position, attributes) that match a token key, in rule order, and the
        bits of the elements of longer rules that it matches."""
        hits = self.hits.get(key)
        if hits is None:
            strings = self.strings
            text = (strings[key[0]], strings[key[1]], strings[key[2]], key[3])
            plain = self.plain_hits.get((key[0], key[2], key[3]))
            if plain is None:  # these rules do not read the form: one test per (tag, dep, is_space)
                plain = self.plain_hits[(key[0], key[2], key[3])] = [(p, a) for p, a, test in self.plain if test(text)]
            rules = [*self.other, *self.by_lower.get(text[1], ())]
            hits = self.hits[key] = sorted([*plain, *((p, a) for p, a, test in rules if test(text))], key=lambda h: h[0])
            self.bits[key] = sum(bit for bit, test in self.elements if test(text))
        return hits, self.bits[key]


class _FastAttributeRuler(AttributeRuler):
    """An attribute ruler that looks up, per token key, the attributes its matcher would set."""

    def __call__(self, doc):
        rules = self.__dict__.get("_kg_rules")
        if rules is None:
            try:
                rules = self._kg_rules = _Rules(self)
            except ValueError:  # rules added since that this module cannot read
                return AttributeRuler.__call__(self, doc)
        found = [rules.lookup((t.tag, t.lower, t.dep, t.is_space)) for t in doc]
        hits = [h for h, _ in found]
        starts = [i for i, (_, bits) in enumerate(found) if bits] if rules.multi else ()
        for start in starts:  # longer rules, matched on the tokens as they came in
            for position, attrs, elements, target in rules.multi:
                if start + len(elements) <= len(found) and all(found[start + i][1] & bit for i, bit in enumerate(elements)):
                    hits[start + target] = sorted([*hits[start + target], (position, attrs)], key=lambda h: h[0])
        for token, matched in zip(doc, hits):
            if len(matched) == 1:
                set_token_attrs(token, matched[0][1])
            elif matched:  # later rules win, as when the matcher's matches are applied in rule order
                merged: dict = {}
                for _, attrs in matched:
                    merged.update(attrs)
                set_token_attrs(token, merged)
        return doc

    def add(self, patterns, attrs, index=0):
        self.__dict__.pop("_kg_rules", None)  # rules changed: index them again
        super().add(patterns, attrs, index)

    def clear(self):
        self.__dict__.pop("_kg_rules", None)
        super().clear()


class _CachedLemmas:
    """Mixed into a rule lemmatizer: a token's lemma is a function of its text, POS and morphology,
    so it is computed once per key (the stock cache skips base forms, the most common case)."""

    def __call__(self, doc):
        if not self._validated:
            self._validate_tables(Errors.E1004)
        cache = self._kg_lemmas
        if len(cache) > _MAX_LEMMAS:
            cache.clear()
        strings = doc.vocab.strings
        overwrite = self.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = cache.get(key)
                if lemma is None:
                    lemma = cache[key] = strings.add(self.lemmatize(token)[0])
                token.lemma = lemma
        return doc
