"""A learned filter of event records: an experiment that did not meet its bar, kept in ``bench/``
(not in kg) with its reproduction, ``bench/train_events.py``. A logistic-regression score of each
rule-found event from features of its trigger in the dependency parse.

Why it was tried: the hand-written event rules of :mod:`kg.extract.events` score far better on
the stories they were tuned on than on unseen ones. A scorer trained on every annotated story
could learn which contexts of a trigger the guideline does not count (hypothetical, reported
plans, generic uses) without one more hand-written word list. Measured leave-one-set-out over the
eight development groups (``bench/LEARNED_EVENTS.md``), it gains +0.002 events F1 on average, far
below the +0.03 needed to adopt it: no feature of the parse separates the rules' false events
from their true ones (the best irrealis cues still mark gold events 2 times in 3).

kg has no hook for it. :func:`installed` wraps the two record makers of :mod:`kg.extract.events`
(``_event`` and ``_modal_appeal``, the only producers of rule records in ``events.find``) for the
duration of a ``with`` block, so that every rule record passes through :func:`review` (collected
for training, and dropped when a model scores it below its threshold), and restores them after.
Training is deterministic (sorted features, zero start, fixed iteration count, no sampling).

Features are strings ("lemma=meet", "dep=ROOT", "modal=would" ...); a model is a sparse weight
per feature and a bias, so scoring a candidate is one sparse dot product.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from kg.model import EventRecord

WEIGHTS = Path(__file__).resolve().parent / "learned_events_weights.json"
"""The weights trained on every development group (all gold folders but the clean set), kept as
a result; ``bench/train_events.py --write`` writes them again."""

_MODALS = {"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "wo", "ca"}
_REPORTING = {"say", "tell", "claim", "believe", "think", "expect", "hope", "fear", "warn", "suggest",
              "report", "allege", "insist", "argue", "predict", "add", "state", "announce", "deny"}
_QUOTES = '"\u201c\u201d'

Collector = Callable[[object, object, EventRecord, list[str]], None]
"""Called with (block, trigger token, record, features) for every rule record, before any filtering."""


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic-regression scorer: feature → weight, a bias and the decision threshold."""

    weights: dict[str, float]
    """Feature → weight (features without a weight count 0)."""
    bias: float
    """The intercept."""
    threshold: float = 0.5
    """Records scored below it are dropped."""

    def probability(self, features: Iterable[str]) -> float:
        """P(gold event | features): the sigmoid of the sparse dot product (a repeated feature counts once).

        >>> round(Model({"modal=would": -2.0}, 1.0).probability(["modal=would", "modal=would", "unseen"]), 3)
        0.269
        """
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self, header: str = "") -> str:
        """Sorted, rounded JSON (byte-identical for identical training)."""
        data = {"header": header, "bias": round(self.bias, 6), "threshold": self.threshold,
                "weights": {f: round(w, 6) for f, w in sorted(self.weights.items()) if round(w, 6) != 0.0}}
        return json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data.get("threshold", 0.5)))


@cache
def load(path: str) -> Model:
    """The model of a weights file, read once per process."""
    return Model.from_json(Path(path).read_text(encoding="utf-8"))


def train(examples: Sequence[Sequence[str]], labels: Sequence[int], *, iterations: int = 400,
          rate: float = 0.5, l2: float = 1.0, threshold: float = 0.5, min_count: int = 2) -> Model:
    """Fit a logistic regression by full-batch gradient descent (deterministic: features sorted,
    weights start at zero, fixed iteration count, no sampling).

    :param examples: the features of each candidate.
    :param labels: 1 when the candidate is a gold event, else 0.
    :param l2: L2 penalty (on the weights, not the bias), in units of the whole data set.
    :param min_count: features seen in fewer candidates are left out (they would only memorize).
    :returns: the model, with ``threshold`` as its decision threshold.

    >>> m = train([["past"], ["past"], ["modal"], ["modal"]], [1, 1, 0, 0], l2=0.1)
    >>> m.probability(["past"]) > 0.5 > m.probability(["modal"])
    True
    """
    counts: dict[str, int] = {}
    for feats in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    n, d = len(examples), len(names)
    x = np.zeros((n, d), dtype=np.float64)
    for row, feats in enumerate(examples):
        for f in set(feats):
            if f in index:
                x[row, index[f]] = 1.0
    y = np.asarray(labels, dtype=np.float64)
    w, b = np.zeros(d), 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = p - y
        w -= rate * ((x.T @ g) / n + l2 * w / n)
        b -= rate * float(g.mean())
    return Model({names[i]: float(w[i]) for i in range(d)}, float(b), threshold)


def review(block, tok, records: list[EventRecord], model: Model | None = None,
           collector: Collector | None = None) -> list[EventRecord]:
    """The records of one trigger token that the model keeps (all without a model); the
    ``collector`` sees every record first.

    :param block: the block of ``tok`` (for the collector's offsets).
    :param tok: the trigger token the rules found the records from.
    :returns: the records kept, in order.
    """
    kept = []
    for record in records:
        feats = features(tok, record)
        if collector is not None:
            collector(block, tok, record, feats)
        if model is None or model.probability(feats) >= model.threshold:
            kept.append(record)
    return kept


@contextmanager
def installed(collector: Collector | None = None, model: Model | None = None) -> Iterator[None]:
    """Within the block, every rule record of :func:`kg.extract.events.find` passes through
    :func:`review` (``collector`` sees it, ``model`` filters it); the extractor is restored after.

    The wrapped functions call the originals and review what they return, in the place where
    ``find`` would have used it: a token whose ``_event`` records were all dropped is not tried
    again by ``_modal_appeal`` (as if the filter ran after the rules' choice).

    >>> from kg.extract.events import finder
    >>> before = finder._event
    >>> with installed():
    ...     finder._event is before
    False
    >>> finder._event is before
    True
    """
    from kg.extract.events import finder  # find looks the record makers up in its own module

    originals = finder._event, finder._modal_appeal
    dropped: list = [None]  # the token whose _event records were all dropped

    def _reviewed(made, block, tok):
        if made is None or made == []:
            return made
        kept = review(block, tok, made if isinstance(made, list) else [made], model, collector)
        if not kept:
            return None
        return kept if isinstance(made, list) or len(kept) > 1 else kept[0]

    def event(ctx, block, tok, times):
        made = originals[0](ctx, block, tok, times)
        kept = _reviewed(made, block, tok)
        dropped[0] = tok if made and not kept else None
        return kept

    def modal_appeal(ctx, block, tok, times):
        if dropped[0] is tok:
            return None
        return _reviewed(originals[1](ctx, block, tok, times), block, tok)

    finder._event, finder._modal_appeal = event, modal_appeal
    try:
        yield
    finally:
        finder._event, finder._modal_appeal = originals


def _method(method: str) -> str:
    """The rule family of a record's method ("rule:verb", "rule:noun" ...)."""
    return ":".join(method.split(":")[:2])


def _ents(tok) -> list[str]:
    return sorted({t.ent_type_ for t in tok.subtree if t.ent_type_})


def features(tok, record: EventRecord) -> list[str]:
    """The features of a rule record and its trigger token (strings; order does not matter)."""
    lemma = tok.lemma_.lower()
    head = tok.head
    f = [f"kind={record.kind}", f"method={_method(record.method)}", f"lemma={lemma}", f"pos={tok.pos_}",
         f"tag={tok.tag_}", f"dep={tok.dep_}", f"lemma|kind={lemma}|{record.kind}",
         f"head={head.lemma_.lower()}", f"dep|head={tok.dep_}|{head.lemma_.lower()}", f"headpos={head.pos_}",
         f"has-agent={record.agent is not None}", f"has-target={record.target is not None}",
         f"parts={min(len(record.participants), 3)}", f"date={record.date is not None}",
         f"place={record.place is not None}", f"resource={record.resource is not None}"]
    for c in tok.children:
        dep = c.dep_
        if dep in ("nsubj", "nsubjpass", "dobj", "agent", "poss", "amod", "compound", "dative", "attr"):
            f.append(f"{dep}={c.lemma_.lower()}")
            f += [f"{dep}.ent={e}" for e in _ents(c)]
        elif dep == "prep":
            f.append(f"prep={c.lower_}")
            f.append(f"lemma|prep={lemma}|{c.lower_}")
        elif dep == "neg":
            f.append("neg")
        elif dep in ("aux", "auxpass"):
            if c.lower_ in _MODALS:
                f.append(f"modal={c.lower_}")
            elif c.tag_ == "TO":
                f.append("to-infinitive")
        elif dep == "det":
            f.append(f"det={c.lower_}")
        elif dep == "mark":
            f.append(f"mark={c.lower_}")
    if tok.tag_ == "NNS":
        f.append("plural-noun")
    # Irrealis and reported context higher up the tree.
    node, depth = tok, 0
    while node.head is not node and depth < 6:
        if node.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "conj"):
            f.append(f"under={node.dep_}")
        node = node.head
        depth += 1
        lem = node.lemma_.lower()
        if lem in _REPORTING:
            f.append("under-reporting")
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children):
            f.append("under-modal")
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            f.append("under-condition")
    sent = tok.sent
    before = sent.doc.text[sent.start_char:tok.idx]
    if sum(before.count(q) for q in _QUOTES) % 2:
        f.append("in-quote")
    if tok.i - sent.start < 3:
        f.append("sentence-start")
    return f
