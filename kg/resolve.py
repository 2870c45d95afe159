"""Stage 4, resolve: one identity per real actor across all documents.

Document-local keys (normalized names) are joined corpus-wide; a one-word person name that
ends exactly one full person name of the corpus joins it (surname back reference); the
category of an actor is the vote of its mentions. Every surface form merged into an actor
leaves a :class:`~kg.model.Merge` record with its method and first evidence, for review.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .model import Actor, DocExtraction, Merge, Resolution

_CATEGORY_ORDER = {"Person": 0, "Organization": 1, "Place": 2}


def resolve(extractions: Iterable[DocExtraction]) -> Resolution:
    """Resolve the actors of all documents.

    :param extractions: every document of the store (order does not matter).
    :returns: the actors by key, the map from (document, local key) to actor key, and the merges.
    """
    extractions = sorted(extractions, key=lambda x: x.document.sha256)
    mentions = [(x.document.sha256, m) for x in extractions for m in x.mentions]
    persons_full = {m.key for _, m in mentions if m.category == "Person" and " " in m.key}
    by_last: dict[str, set[str]] = defaultdict(set)
    for key in persons_full:
        by_last[key.rsplit(" ", 1)[1]].add(key)

    local: dict[tuple[str, str], str] = {}
    methods: dict[tuple[str, str], str] = {}
    for sha, m in mentions:
        target, method = m.key, "normalized-name"
        # A one-word name that is the surname of exactly one full person name of the corpus is that
        # person; the small NER model often labels such surnames ORG at the start of a sentence.
        if m.category in ("Person", "Organization") and " " not in m.key and len(by_last.get(m.key, ())) == 1:
            target, method = next(iter(by_last[m.key])), "surname"
        local[(sha, m.key)] = target
        methods[(sha, m.key)] = "surname" if "+surname" in m.method else method

    forms: dict[str, Counter] = defaultdict(Counter)
    votes: dict[str, Counter] = defaultdict(Counter)
    first: dict[tuple[str, str], tuple[str, int, int, str]] = {}
    for sha, m in mentions:
        key = local[(sha, m.key)]
        forms[key][m.text] += 1
        surname = methods[(sha, m.key)] == "surname"
        votes[key][("Person", "Person") if surname else (m.category, m.kind)] += m.confidence
        first.setdefault((key, m.text), (sha, m.start, m.end, methods[(sha, m.key)]))

    actors: dict[str, Actor] = {}
    for key in sorted(forms):
        (category, kind), _ = max(votes[key].items(), key=lambda kv: (kv[1], -_CATEGORY_ORDER[kv[0][0]], kv[0][1]))
        label = max(forms[key].items(), key=lambda kv: (len(kv[0].split()), kv[1], kv[0]))[0]
        actors[key] = Actor(key=key, label=label, category=category, kind=kind,
                            aliases=tuple(sorted(forms[key])))
    merges = tuple(Merge(actor_key=key, form=form, method=method if form != actors[key].label or method != "normalized-name" else "exact",
                         doc_sha256=sha, start=start, end=end,
                         confidence=0.7 if method == "surname" else 1.0)
                   for (key, form), (sha, start, end, method) in sorted(first.items()))
    return Resolution(actors=actors, local=local, merges=merges)
