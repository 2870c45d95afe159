"""Inter-annotator agreement: score one gold folder against another with kg's evaluation rules.

Folder A is treated as the gold and folder B as the "system", for the documents (gold
``document`` fields) that both folders have. The matching rules are those of
:mod:`kg.evaluate`, applied to B's annotation instead of a store, and reuse its functions
(:func:`kg.evaluate.event_types_agree`, ``_greedy``, ``_overlap``, ``_jaccard``,
:func:`kg.evaluate.mention_spans`, the name normalization):

``actors``
    A's and B's actors that have at least one mention. The forms of an actor are its label and
    mentions, normalized as kg normalizes names; a pair is a candidate when they share a form, and
    pairs are taken greedily, one-to-one, preferring more of B's mention occurrences in the text
    whose form is a form of A's actor (kg: system evidence spans). The alignment decides who is
    who for roles and claimants; an actor also counts as the other when neither is aligned to
    someone else and they share a form, and A's unnamed source without mentions
    (``unspecified_source``) is any unnamed source of B without mentions or with.
``roles`` / ``roles-lenient``
    Spans overlap, same holder, same organization (lenient: any organization).
``events`` (lenient, kg's headline) / ``events-exact``
    Spans overlap and the types agree: exact needs the same class; lenient also accepts the same
    CAMEO top category or one class below the other (:func:`kg.evaluate.event_types_agree`).
``claims`` / ``claims+claimant``
    Spans overlap by at least half of the shorter one; ``claims+claimant`` also needs the same
    claimant (through the actor alignment).

Every occurrence (one per annotated span) is an item on both sides; matching is one-to-one and
greedy, the best candidate first (exact type before lenient, then larger Jaccard overlap), and
counts are summed over documents (micro-average). With these rules F1 is symmetric up to the
tie-breaking of the greedy matching, so A-vs-B F1 is the agreement of the two annotations.

    cd REPO && PYTHONPATH=. python bench/heldout/agreement.py bench/heldout/gold-8 bench/heldout/iaa-8
    cd REPO && PYTHONPATH=. python bench/heldout/agreement.py A B --diff    # also list the unmatched items
    cd REPO && PYTHONPATH=. python bench/heldout/agreement.py A B --details # and the attributes of matched pairs

The document texts are read from ``--docs DIR`` when given, else from ``seeds/`` (seed gold) or
from the BBC corpus (``$KG_BBC``, else ``../shared/corpora/bbc`` relative to the repository
root) for ``bbc_<folder>_<name>.txt``. Nothing here runs kg's extractor.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from kg.evaluate import (Score, _greedy, _jaccard, _normalize, _overlap,  # noqa: E402
                         event_types_agree, mention_spans)
from kg.ontology import ancestors  # noqa: E402

TASKS = ("actors", "roles", "roles-lenient", "events", "events-exact", "claims", "claims+claimant")
"""The scored tasks, in report order (``events`` is the lenient event score, kg's headline)."""
SHOWN = ("actors", "roles", "events", "events-exact", "claims", "claims+claimant")
"""The tasks of the per-document table."""
BBC_RE = re.compile(r"^bbc_([a-z]+)_(\d+\.txt)$")


# -- loading ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Item:
    """A role, event or claim occurrence of one annotation."""

    id: str
    start: int
    end: int
    quote: str
    type: str = ""          # event class
    person: str = ""        # role holder, or claimant
    organization: str = ""  # role organization
    fields: tuple = ()      # the other fields, (name, value) pairs, for --details

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Annotation:
    """One gold file: its actors (id -> dict) and its items."""

    path: Path
    document: str
    actors: dict
    roles: tuple[Item, ...]
    events: tuple[Item, ...]
    claims: tuple[Item, ...]


def load(path: Path) -> Annotation:
    """Read one gold YAML file (format of ``tests/gold/README.md``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    actors = {a["id"]: a for a in data.get("actors") or ()}
    def rest(d: dict, names: tuple[str, ...]) -> tuple:
        return tuple((n, tuple(d[n]) if isinstance(d.get(n), list) else d.get(n)) for n in names)

    roles = tuple(Item(f"r{i + 1}", int(r["start"]), int(r["end"]), str(r.get("quote", "")),
                       person=r.get("person") or "", organization=r.get("organization") or "",
                       fields=rest(r, ("title",)))
                  for i, r in enumerate(data.get("roles") or ()))
    events = tuple(Item(e["id"], int(e["start"]), int(e["end"]), str(e.get("quote", "")), type=e.get("type") or "",
                        fields=rest(e, ("agent", "target", "participants", "place", "date", "trigger")))
                   for e in data.get("events") or ())
    claims = tuple(Item(c["id"], int(c["start"]), int(c["end"]), str(c.get("quote", "")), person=c.get("claimant") or "",
                        fields=rest(c, ("cue", "stance", "about", "asserts_event", "relayed_by", "date")))
                   for c in data.get("claims") or ())
    return Annotation(path, str(data["document"]), actors, roles, events, claims)


def load_folder(folder: Path) -> dict[str, Annotation]:
    """document name -> annotation, for every *.yaml of a folder."""
    out = {}
    for path in sorted(Path(folder).glob("*.yaml")):
        ann = load(path)
        out[ann.document] = ann
    return out


def document_text(document: str, docs: Path | None = None) -> str:
    """The text of a gold ``document``: from ``docs``, else ``seeds/``, else the BBC corpus."""
    candidates = []
    if docs is not None:
        candidates.append(Path(docs) / document)
    candidates.append(ROOT / "seeds" / document)
    m = BBC_RE.match(document)
    if m:
        bbc = Path(os.environ.get("KG_BBC") or ROOT.parent / "shared" / "corpora" / "bbc")
        candidates.append(bbc / m.group(1) / m.group(2))
    for path in candidates:
        if path.is_file():
            with open(path, encoding="utf-8", newline="") as f:
                return f.read()
    raise FileNotFoundError(f"no text for {document} (tried {', '.join(str(c) for c in candidates)})")


# -- one document -------------------------------------------------------------------------------
def _forms(actor: dict) -> set[str]:
    return {f for f in (_normalize(str(x)) for x in (actor.get("label") or "", *(actor.get("mentions") or ()))) if f}


def _classes(event_type: str) -> set[str]:
    """B's event as kg would type a node: its class and the kg classes above it."""
    return set(ancestors(event_type)) | {event_type}


class DocAgreement:
    """The comparison of annotation ``b`` (system) with annotation ``a`` (gold) of one document.

    ``scores`` maps each task to a :class:`kg.evaluate.Score`; ``unmatched`` maps each task to
    (A's unmatched items, B's unmatched items).
    """

    def __init__(self, a: Annotation, b: Annotation, text: str) -> None:
        self.a, self.b, self.text = a, b, text
        self.scores: dict[str, Score] = {}
        self.unmatched: dict[str, tuple[list, list]] = {}
        self.pairs: dict[str, list[tuple[Item, Item]]] = {}
        self._actors()
        self._spans("roles", a.roles, b.roles, self._role_match(strict=True))
        self._spans("roles-lenient", a.roles, b.roles, self._role_match(strict=False))
        self._spans("events", a.events, b.events, self._event_match(lenient=True))
        self._spans("events-exact", a.events, b.events, self._event_match(lenient=False))
        self._spans("claims", a.claims, b.claims, self._claim_match(claimant=False))
        self._spans("claims+claimant", a.claims, b.claims, self._claim_match(claimant=True))

    # actors
    def _actors(self) -> None:
        gold = [x for x in self.a.actors.values() if x.get("mentions")]
        system = [x for x in self.b.actors.values() if x.get("mentions")]
        # kg's system evidence: every occurrence of a mention of B's actor in the text
        occurrences = {}
        for y in system:
            spans = mention_spans(self.text, [str(m) for m in y["mentions"]])
            occurrences[y["id"]] = [_normalize(self.text[s:e]) for s, e in spans]
        candidates = []
        for gi, x in enumerate(gold):
            forms = _forms(x)
            for y in system:
                shared = forms & (set(occurrences[y["id"]]) | _forms(y))
                if shared:
                    hits = sum(t in forms for t in occurrences[y["id"]])
                    candidates.append(((-hits, -len(shared), x["id"], y["id"]), gi, y["id"]))
        matched = _greedy(candidates)
        self.align = {gold[gi]["id"]: bid for gi, bid in matched.items()}
        self.owner = {bid: aid for aid, bid in self.align.items()}
        self.scores["actors"] = Score(len(matched), len(system) - len(matched), len(gold) - len(matched))
        used = set(self.align.values())
        self.unmatched["actors"] = ([x["id"] for x in gold if x["id"] not in self.align],
                                    [y["id"] for y in system if y["id"] not in used])

    def is_actor(self, aid: str, bid: str) -> bool:
        """Whether B's actor ``bid`` is A's actor ``aid`` (kg.evaluate's rule)."""
        if not aid or not bid:
            return False
        if self.align.get(aid) == bid:
            return True
        if self.owner.get(bid, aid) != aid:
            return False
        x, y = self.a.actors.get(aid), self.b.actors.get(bid)
        if x is None or y is None:
            return False
        if _forms(x) & _forms(y):
            return True
        return x.get("type") == "UnnamedSource" and not x.get("mentions") and y.get("type") == "UnnamedSource"

    # spans
    def _spans(self, task, gold, system, accept) -> None:
        candidates = []
        for gi, g in enumerate(gold):
            for si, s in enumerate(system):
                rank = accept(g, s) if _overlap(g.span, s.span) else None
                if rank is not None:
                    candidates.append(((*rank, -_jaccard(g.span, s.span), gi, si), gi, si))
        matched = _greedy(candidates)
        self.scores[task] = Score(len(matched), len(system) - len(matched), len(gold) - len(matched))
        used = set(matched.values())
        self.pairs[task] = [(gold[gi], system[si]) for gi, si in sorted(matched.items())]
        self.unmatched[task] = ([g for gi, g in enumerate(gold) if gi not in matched],
                                [s for si, s in enumerate(system) if si not in used])

    def _role_match(self, *, strict: bool):
        def accept(g: Item, s: Item):
            if not self.is_actor(g.person, s.person):
                return None
            if strict and not self.is_actor(g.organization, s.organization):
                return None
            return ()
        return accept

    @staticmethod
    def _event_match(*, lenient: bool):
        def accept(g: Item, s: Item):
            classes = _classes(s.type)
            if event_types_agree(g.type, classes, lenient=False):
                return (0,)
            return (1,) if lenient and event_types_agree(g.type, classes, lenient=True) else None
        return accept

    def _claim_match(self, *, claimant: bool):
        def accept(g: Item, s: Item):
            if 2 * _overlap(g.span, s.span) < min(g.end - g.start, s.end - s.start):
                return None
            if claimant and not self.is_actor(g.person, s.person):
                return None
            return ()
        return accept


# -- folders ------------------------------------------------------------------------------------
def agreement(folder_a: Path, folder_b: Path, docs: Path | None = None) -> tuple[dict[str, Score], list[DocAgreement]]:
    """Micro-averaged scores of folder B against folder A over the documents both have, and the
    per-document comparisons (in document order)."""
    a, b = load_folder(folder_a), load_folder(folder_b)
    common = sorted(set(a) & set(b))
    per_doc = [DocAgreement(a[d], b[d], document_text(d, docs)) for d in common]
    totals = {t: sum((d.scores[t] for d in per_doc), Score()) for t in TASKS}
    return totals, per_doc


def table(totals: dict[str, Score], per_doc: list[DocAgreement]) -> str:
    """The P/R/F1 table (A as gold, B as system), then F1 by document."""
    lines = [f"{'task':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name in TASKS:
        s = totals[name]
        lines.append(f"{name:16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5} {s.fp:5} {s.fn:5}")
    lines.append("")
    lines.append(f"{'F1 by document':26} " + " ".join(f"{t[:9]:>9}" for t in SHOWN))
    for d in per_doc:
        lines.append(f"{d.a.document:26} " + " ".join(f"{d.scores[t].f1:9.3f}" for t in SHOWN))
    lines.append("")
    lines.append(f"{len(per_doc)} document(s) in both folders")
    return "\n".join(lines)


def _describe(item, ann: Annotation) -> str:
    if isinstance(item, str):
        a = ann.actors[item]
        return f"{item} ({a.get('type')}; {', '.join(map(str, a.get('mentions') or []))})"
    extra = item.type or item.person
    if item.organization:
        extra += f" / {item.organization}"
    return f"{item.id} [{item.start}:{item.end}] {extra}: {item.quote!r}"


def diff(per_doc: list[DocAgreement]) -> str:
    """The unmatched items of every task: A only (fn) and B only (fp)."""
    lines = []
    for d in per_doc:
        lines.append(f"== {d.a.document}")
        for task in ("actors", *TASKS[1:]):
            only_a, only_b = d.unmatched[task]
            if not only_a and not only_b:
                continue
            lines.append(f"  -- {task}")
            lines += [f"    A only: {_describe(x, d.a)}" for x in only_a]
            lines += [f"    B only: {_describe(x, d.b)}" for x in only_b]
    return "\n".join(lines)


def _same_actor(d: DocAgreement, aid, bid) -> bool:
    if not aid or not bid:
        return not aid and not bid
    return d.is_actor(aid, bid)


def _same_actors(d: DocAgreement, aids, bids) -> bool:
    aids, bids = list(aids or ()), list(bids or ())
    return len(aids) == len(bids) and all(any(d.is_actor(x, y) for y in bids) for x in aids)


def _event_map(d: DocAgreement) -> dict[str, str]:
    return {g.id: s.id for g, s in d.pairs["events"]}


def _attribute_checks(d: DocAgreement):
    """(task, attribute, A item, B item, agree?) for every matched pair: the fields the scores do
    not look at (exact span, arguments, stance...)."""
    emap = _event_map(d)
    for g, s in d.pairs["roles-lenient"]:
        gf, sf = dict(g.fields), dict(s.fields)
        yield "roles", "exact span", g, s, g.span == s.span
        yield "roles", "organization", g, s, _same_actor(d, g.organization, s.organization)
        yield "roles", "title", g, s, str(gf.get("title")).casefold() == str(sf.get("title")).casefold()
    for g, s in d.pairs["events"]:
        gf, sf = dict(g.fields), dict(s.fields)
        yield "events", "exact span", g, s, g.span == s.span
        yield "events", "same class", g, s, g.type == s.type
        yield "events", "trigger", g, s, gf.get("trigger") == sf.get("trigger")
        for name in ("agent", "target", "place"):
            yield "events", name, g, s, _same_actor(d, gf.get(name), sf.get(name))
        yield "events", "participants", g, s, _same_actors(d, gf.get("participants"), sf.get("participants"))
        yield "events", "date", g, s, gf.get("date") == sf.get("date")
    for g, s in d.pairs["claims"]:
        gf, sf = dict(g.fields), dict(s.fields)
        yield "claims", "exact span", g, s, g.span == s.span
        yield "claims", "claimant", g, s, _same_actor(d, g.person, s.person)
        yield "claims", "stance", g, s, gf.get("stance") == sf.get("stance")
        yield "claims", "cue", g, s, gf.get("cue") == sf.get("cue")
        yield "claims", "about", g, s, _same_actors(d, gf.get("about"), sf.get("about"))
        ga, sa = gf.get("asserts_event"), sf.get("asserts_event")
        yield "claims", "asserts_event", g, s, (ga is None and sa is None) or (ga is not None and emap.get(ga) == sa)
        yield "claims", "relayed_by", g, s, (gf.get("relayed_by") is None) == (sf.get("relayed_by") is None)


def details(per_doc: list[DocAgreement]) -> str:
    """Agreement on the attributes of matched pairs, then every pair that differs."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    rows = []
    for d in per_doc:
        for task, attr, g, s, ok in _attribute_checks(d):
            counts[(task, attr)][0] += ok
            counts[(task, attr)][1] += 1
            if not ok:
                gv = g.span if attr == "exact span" else dict(g.fields).get(attr, g.person if attr == "claimant" else
                                                                         g.organization if attr == "organization" else g.type)
                sv = s.span if attr == "exact span" else dict(s.fields).get(attr, s.person if attr == "claimant" else
                                                                         s.organization if attr == "organization" else s.type)
                rows.append(f"  {d.a.document} {task} {attr}: A {g.id} {gv!r} | B {s.id} {sv!r}"
                            f"\n      A {g.quote!r}\n      B {s.quote!r}")
    lines = [f"{'matched pairs: attribute':34} {'agree':>6} {'pairs':>6} {'share':>6}"]
    for (task, attr), (ok, n) in counts.items():
        lines.append(f"{task + ': ' + attr:34} {ok:6} {n:6} {ok / n:6.3f}")
    lines.append("")
    lines.append("pairs that differ:")
    return "\n".join(lines + rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score gold folder B against gold folder A with kg's evaluation rules.")
    parser.add_argument("a", type=Path, help="folder A (treated as gold)")
    parser.add_argument("b", type=Path, help="folder B (treated as system)")
    parser.add_argument("--docs", type=Path, help="folder holding the documents by their gold 'document' name")
    parser.add_argument("--diff", action="store_true", help="also list the unmatched items of each task")
    parser.add_argument("--details", action="store_true",
                        help="also compare the attributes of matched pairs (exact span, arguments, stance...)")
    args = parser.parse_args(argv)
    totals, per_doc = agreement(args.a, args.b, args.docs)
    if not per_doc:
        print("no document in both folders")
        return 1
    print(table(totals, per_doc))
    if args.diff:
        print()
        print(diff(per_doc))
    if args.details:
        print()
        print(details(per_doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
