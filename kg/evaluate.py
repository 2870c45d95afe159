"""Evaluation: score the graph in a store against a gold annotation (``tests/gold/*.yaml``).

The system output is read with SPARQL from the store (the union of its named graphs), never
from the CSV read-outs. A gold file is scored against the store document whose ``kg:fileName``
equals the gold ``document``; gold files without such a document are reported as missing,
store documents without gold are ignored. Every task is scored document by document and
micro-averaged (counts summed over documents). Precision, recall or F1 whose denominator is 0
is reported as 0. Offsets are code-point offsets, start inclusive, end exclusive.

Matching rules:

``actors``
    Gold: the actors of the file that have at least one mention (an unnamed source without
    mention, such as ``unspecified_source``, can only be a claimant). System: the actors with
    an evidence span in the document, but for the governments kg derives from state offices
    (nodes with ``kg:jurisdiction``), which the text does not name. The forms of a gold actor are its label and mentions,
    those of a system actor its ``skos:prefLabel``, the ``skos:altLabel`` of the document's
    graph and the text of its evidence spans in the document, all normalized with
    :func:`kg.extract.actors.normalize` (accents, case, apostrophes, ``al-``). A pair is a
    candidate when they share a form; pairs are taken greedily, one-to-one, preferring more
    system mentions whose form is a gold form. This alignment also decides who is who for
    roles and claimants.
``actor-category`` / ``actor-type`` (ratios over aligned pairs)
    The category (Person, Organization, Place; UnnamedSource for unnamed sources on both sides)
    is equal; the gold type is among the most specific ``kg:`` classes of the system actor.
``actor-mentions``
    Gold: every whole-word, case-sensitive occurrence of a gold mention string in the
    document's content (longest first, without overlaps; the non-content regions of the gold
    README are left out: "Skip to main content", "N minute read", the "Dear Reader" appeal to
    its signature, "Join … Premium", "Cookie Settings", everything from "Related Content" /
    "More from …" / "Recommended Articles" on, photo-credit parentheses). System: the evidence
    spans of every actor in the document. A match is an equal span.
``roles`` / ``roles-lenient``
    A system (role, evidence span in the document) matches a gold role when the spans overlap,
    the holder is the gold person, and the organization is the gold organization or has it as
    ``kg:jurisdiction`` (``roles-lenient`` ignores the organization). A system node is "the
    gold actor" when the alignment pairs them, or else when neither is aligned to another
    actor and they share a form (an unnamed gold source without mentions matches any
    ``kg:UnnamedSource``).
``events`` (lenient, the headline) / ``events-exact``
    Gold occurrences (one per annotated span) against system (event, evidence span) pairs:
    the spans overlap and the types agree: ``events-exact`` needs the gold class among the
    system node's most specific classes; ``events`` also accepts the same CAMEO top category
    (the ancestor with a two-digit ``skos:notation``) or one class below the other (below
    ``kg:Event`` itself).
``claims`` / ``claims+claimant``
    A system (claim, evidence span) matches a gold claim when the spans overlap by at least
    half of the shorter one; ``claims+claimant`` also needs the ``kg:claimant`` to be the gold
    claimant.
``event-merges``
    Gold occurrences are grouped into reports, one per (``key``, document). Two reports of one
    key in different documents are a gold pair; it is merged when some occurrence of each is
    matched (``events``) to the same system node (tp), else missed (fn). Two reports of
    different keys in different documents that share a system node are a false merge (fp).
``offsets-valid`` / ``offsets-exact`` (ratios)
    The share of all evidence spans of the store (of the document, per document) whose
    ``oa:exact`` equals ``kg:text`` at [start, end) (must be 1.0); and the share of matched gold
    items (roles-lenient, events, claims) whose system span equals the gold span exactly.

All matching is one-to-one and greedy, the best candidate pair first (larger overlap, then
exact type), so the counts are deterministic.
"""
from __future__ import annotations

import itertools
import re
import shutil
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .ontology import ancestors, cameo_top, compatible
from .store import Store
from .vocab import KG, PREFIXES

TASKS = ("actors", "actor-mentions", "roles", "roles-lenient", "events", "events-exact",
         "claims", "claims+claimant", "event-merges")
"""The scored tasks, in report order (``events`` is the lenient event score)."""
ERROR_TASKS = ("actors", "roles", "events", "claims", "claims+claimant")
"""The tasks whose errors :attr:`DocScore.errors` lists (``kg eval --errors``)."""
RATIOS = ("actor-category", "actor-type", "offsets-valid", "offsets-exact")
"""The accuracy figures, in report order."""
_KG = str(KG)


# -- results ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one task: true positives, false positives, false negatives.

    >>> s = Score(3, 1, 2); (s.precision, s.recall, round(s.f1, 3))
    (0.75, 0.6, 0.667)
    >>> (Score(1, 0, 0) + Score(0, 2, 1)).to_dict()["fn"]
    1
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when there is no gold item."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict:
        """Counts and the three measures (rounded to 4 places)."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True, slots=True)
class Ratio:
    """An accuracy: ``hits`` out of ``total`` (``value`` is None when ``total`` is 0).

    >>> Ratio(3, 4).value, Ratio().value
    (0.75, None)
    """

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """hits / total."""
        return self.hits / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    def to_dict(self) -> dict:
        """Value (rounded to 4 places), hits and total."""
        return {"value": None if self.value is None else round(self.value, 4), "hits": self.hits, "total": self.total}


@dataclass(frozen=True, slots=True)
class Error:
    """One counted error of a task: a gold item nothing matched (``missed``, a false negative) or a
    system item that matched no gold item (``spurious``, a false positive), for error analysis.

    >>> Error("events", "missed", 4, 12, "met Bob", "Meet").line()
    'events           missed    [4, 12) Meet: "met Bob"'
    """

    task: str
    """The task (one of :data:`ERROR_TASKS`)."""
    kind: str
    """``missed`` or ``spurious``."""
    start: int
    """Start offset of the span (for an actor: of its first mention or evidence span)."""
    end: int
    """End offset (exclusive)."""
    text: str
    """The span's text."""
    detail: str = ""
    """What was expected or found: the class of an event, the claimant, the role's holder and
    organization, the actor's id or node."""

    def line(self, width: int = 100) -> str:
        """One line for people: task, kind, span, detail and the text (shortened to ``width``)."""
        text = " ".join(self.text.split())
        text = text if len(text) <= width else text[:width - 3] + "..."
        return f"{self.task:16} {self.kind:9} [{self.start}, {self.end}) {self.detail}: \"{text}\""

    def to_dict(self) -> dict:
        """The error as JSON-ready data."""
        return {"task": self.task, "kind": self.kind, "start": self.start, "end": self.end,
                "text": self.text, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class DocScore:
    """The scores of one gold document."""

    document: str
    """The document's file name."""
    scores: dict[str, Score]
    """Task name (see :data:`TASKS`; ``event-merges`` is corpus-wide and left out) → counts."""
    ratios: dict[str, Ratio]
    """Ratio name (see :data:`RATIOS`) → accuracy."""
    errors: tuple[Error, ...] = ()
    """The false negatives and false positives of the tasks of :data:`ERROR_TASKS`, in span order."""


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The result of :func:`evaluate`: micro-averaged scores, ratios and the per-document breakdown."""

    gold: str
    """The gold file or folder."""
    scores: dict[str, Score]
    """Task name → counts summed over the documents."""
    ratios: dict[str, Ratio]
    """Ratio name → accuracy over the documents (``offsets-valid``: over the whole store)."""
    documents: tuple[DocScore, ...] = ()
    """One entry per gold document found in the store."""
    missing: tuple[str, ...] = ()
    """Gold documents that are not in the store."""
    notes: tuple[str, ...] = field(default=())
    """Remarks (gold quotes that do not match the text, documents without gold...)."""

    def text(self, *, errors: bool = False) -> str:
        """An aligned table for people: task, P, R, F1, tp, fp, fn; then ratios and documents; with
        ``errors``, then every missed and spurious item of each document (:class:`Error`)."""
        lines = [f"{'task':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"]
        for name, s in self.scores.items():
            lines.append(f"{name:16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:6} {s.fp:6} {s.fn:6}")
        lines.append("")
        lines.append(f"{'ratio':16} {'value':>6} {'hits':>6} {'total':>6}")
        for name, r in self.ratios.items():
            value = "   n/a" if r.value is None else f"{r.value:6.3f}"
            lines.append(f"{name:16} {value} {r.hits:6} {r.total:6}")
        if self.documents:
            shown = ("actors", "roles", "events", "claims", "claims+claimant")
            lines.append("")
            lines.append(f"{'F1 by document':28} " + " ".join(f"{t:>8}" for t in ("actors", "roles", "events", "claims", "+claimant")))
            for d in self.documents:
                lines.append(f"{d.document:28} " + " ".join(f"{d.scores[t].f1:8.3f}" for t in shown))
        lines.append("")
        lines.append(f"{len(self.documents)} gold document(s) scored" + (f", {len(self.missing)} missing" if self.missing else ""))
        lines += [f"missing: {m}" for m in self.missing]
        lines += [f"note: {n}" for n in self.notes]
        if errors:
            for d in self.documents:
                lines += ["", f"errors in {d.document} ({len(d.errors)})"]
                lines += [f"  {e.line()}" for e in d.errors]
        return "\n".join(lines)

    def to_dict(self) -> dict:
        """The report as JSON-ready data."""
        return {"gold": self.gold,
                "tasks": {k: v.to_dict() for k, v in self.scores.items()},
                "ratios": {k: v.to_dict() for k, v in self.ratios.items()},
                "documents": [{"document": d.document, "tasks": {k: v.to_dict() for k, v in d.scores.items()},
                               "ratios": {k: v.to_dict() for k, v in d.ratios.items()},
                               "errors": [e.to_dict() for e in d.errors]} for d in self.documents],
                "missing": list(self.missing), "notes": list(self.notes)}


# -- gold ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _GoldActor:
    id: str
    label: str
    category: str
    type: str
    mentions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _GoldItem:
    """A role, event or claim occurrence: its span and the fields the matching needs."""

    id: str
    start: int
    end: int
    quote: str
    type: str = ""          # event class
    key: str = ""           # event key
    person: str = ""        # role holder, or claimant
    organization: str = ""  # role organization


@dataclass(frozen=True, slots=True)
class _GoldDoc:
    path: str
    document: str
    actors: dict[str, _GoldActor]
    roles: tuple[_GoldItem, ...]
    events: tuple[_GoldItem, ...]
    claims: tuple[_GoldItem, ...]


def _load_gold(gold: Path) -> list[_GoldDoc]:
    import yaml

    if gold.is_dir():
        files = sorted(gold.glob("*.yaml")) + sorted(gold.glob("*.yml"))
    elif gold.is_file():
        files = [gold]
    else:
        raise InputError(f"no such gold file or folder: {gold}")
    if not files:
        raise InputError(f"no gold files (*.yaml) in {gold}")
    out = []
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            actors = {a["id"]: _GoldActor(a["id"], str(a.get("label") or ""), a.get("category") or "",
                                          a.get("type") or a.get("category") or "",
                                          tuple(str(m) for m in a.get("mentions") or ()))
                      for a in data.get("actors") or ()}
            roles = tuple(_GoldItem(f"r{i + 1}", int(r["start"]), int(r["end"]), str(r.get("quote", "")),
                                    person=r.get("person") or "", organization=r.get("organization") or "")
                          for i, r in enumerate(data.get("roles") or ()))
            events = tuple(_GoldItem(e["id"], int(e["start"]), int(e["end"]), str(e.get("quote", "")),
                                     type=e.get("type") or "", key=e.get("key") or e["id"])
                           for e in data.get("events") or ())
            claims = tuple(_GoldItem(c["id"], int(c["start"]), int(c["end"]), str(c.get("quote", "")),
                                     person=c.get("claimant") or "")
                           for c in data.get("claims") or ())
            out.append(_GoldDoc(str(path), str(data["document"]), actors, roles, events, claims))
        except (OSError, ValueError, TypeError, KeyError, AttributeError, yaml.YAMLError) as exc:
            raise InputError(f"cannot read gold file {path}: {exc}") from exc
    return out


# -- names --------------------------------------------------------------------------------------
def _normalize(name: str) -> str:
    try:
        from .extract.actors import normalize
    except ImportError:  # pragma: no cover - the extractor is always there today
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
        folded = re.sub(r"['’`‘]", "", folded)
        folded = re.sub(r"(?:^|(?<=\s))(?:al|el)[-\s]", "", folded)
        return re.sub(r"[^a-z0-9]+", " ", folded).strip()
    return normalize(name)


_NON_CONTENT = [re.compile(p, re.M | re.I) for p in (
    r"^[ \t]*Skip to main content[ \t]*$",
    r"^[ \t]*\d+ minutes? read\.?[ \t]*$",
    r"^[ \t]*Dear Reader,[\s\S]*?Editor-in-Chief[ \t]*$",
    r"^[ \t]*Join .*Premium.*$",
    r"^[ \t]*Cookie Settings[ \t]*$",
    r"^[ \t]*(?:Related Content|More from .+|Recommended Articles)[ \t]*$[\s\S]*",
    r"\((?:photo credit|photo by)\b[^)]*\)",
    r"\(-*\s*EDITORIAL USE ONLY[^)]*\)",
)]


def content_mask(text: str) -> list[bool]:
    """Which characters of a document are content in the sense of the gold annotation.

    >>> mask = content_mask("Hamas met Iran.\\nRelated Content\\nIran again")
    >>> mask[0], mask[-1]
    (True, False)

    :param text: the document's text.
    :returns: one flag per code point; False inside the non-content regions of the gold README.
    """
    mask = [True] * len(text)
    for pattern in _NON_CONTENT:
        for m in pattern.finditer(text):
            mask[m.start():m.end()] = [False] * (m.end() - m.start())
    return mask


def mention_spans(text: str, mentions: Iterable[str]) -> set[tuple[int, int]]:
    """Whole-word, case-sensitive occurrences of mention strings in the content of a text,
    longest first and without overlaps.

    >>> sorted(mention_spans("Donald Trump and Trump met Hamas' chief", ["Trump", "Donald Trump", "Hamas"]))
    [(0, 12), (17, 22), (27, 32)]

    :param text: the document's text.
    :param mentions: the gold surface strings.
    :returns: the set of (start, end) spans.
    """
    mask = content_mask(text)
    taken = [False] * len(text)
    spans = set()
    for mention in sorted(set(mentions), key=lambda m: (-len(m), m)):
        if not mention:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text):
            s, e = m.span()
            if all(mask[s:e]) and not any(taken[s:e]):
                taken[s:e] = [True] * (e - s)
                spans.add((s, e))
    return spans


# -- ontology -----------------------------------------------------------------------------------
def most_specific(classes: Iterable[str]) -> set[str]:
    """The classes (kg local names) that are not a superclass of another one of the set.

    >>> sorted(most_specific({"Event", "Consult", "Meet"}))
    ['Meet']
    """
    classes = set(classes)
    return {c for c in classes if not any(c != d and c in ancestors(d) for d in classes)}


def event_types_agree(gold: str, system: Iterable[str], *, lenient: bool) -> bool:
    """Whether a system event's classes agree with a gold event class.

    >>> event_types_agree("Meet", {"Event", "Meet"}, lenient=False)
    True
    >>> event_types_agree("Visit", {"Event", "Meet"}, lenient=False), event_types_agree("Visit", {"Meet"}, lenient=True)
    (False, True)
    >>> event_types_agree("Attack", {"Event"}, lenient=True)
    False

    :param gold: the gold class (a kg local name such as ``Meet``).
    :param system: the kg classes of the system node.
    :param lenient: also accept the same CAMEO top category, or one class below the other
        (``Event`` itself excluded).
    :returns: True when they agree.
    """
    specific = most_specific(c for c in system if len(ancestors(c)) > 1 or c == "Event")
    if gold in specific:
        return True
    if not lenient:
        return False
    for cls in specific - {"Event"}:
        if cameo_top(cls) and cameo_top(cls) == cameo_top(gold):
            return True
        if compatible(cls, gold):
            return True
    return False


# -- system -------------------------------------------------------------------------------------
def _local(term) -> str:
    return term.value[len(_KG):] if term.value.startswith(_KG) else term.value


class _System:
    """Everything the evaluation needs from the store, read with SPARQL."""

    def __init__(self, store: Store) -> None:
        db = store.open()
        try:
            def rows(sparql: str):
                return list(db.query(sparql, prefixes=PREFIXES))

            self.docs: dict[str, tuple[str, str]] = {}  # file name -> (doc iri, text)
            self.texts: dict[str, str] = {}
            for r in rows("SELECT ?d ?f ?t WHERE { ?d a kg:Document ; kg:fileName ?f ; kg:text ?t } ORDER BY ?d"):
                self.docs.setdefault(r["f"].value, (r["d"].value, r["t"].value))
                self.texts[r["d"].value] = r["t"].value
            self.spans: dict[str, tuple[str, int, int, str]] = {}  # evidence -> (doc, start, end, exact)
            for r in rows("""SELECT ?ev ?d ?s ?e ?x WHERE { ?ev a kg:Evidence ; oa:hasSource ?d ; oa:hasSelector ?p, ?q .
                             ?p a oa:TextPositionSelector ; oa:start ?s ; oa:end ?e .
                             ?q a oa:TextQuoteSelector ; oa:exact ?x }"""):
                self.spans[r["ev"].value] = (r["d"].value, int(r["s"].value), int(r["e"].value), r["x"].value)
            self.evidence: dict[str, set[str]] = defaultdict(set)  # node -> evidence
            for r in rows("SELECT ?n ?ev WHERE { ?n kg:evidence ?ev }"):
                self.evidence[r["n"].value].add(r["ev"].value)
            self.types: dict[str, set[str]] = defaultdict(set)
            for r in rows(f"SELECT ?n ?c WHERE {{ ?n a ?c FILTER(STRSTARTS(STR(?c), \"{_KG}\")) }}"):
                self.types[r["n"].value].add(_local(r["c"]))
            self.forms: dict[str, set[str]] = defaultdict(set)  # actor -> normalized labels
            for r in rows("""SELECT ?a ?l WHERE { ?a a kg:Actor . { ?a skos:prefLabel ?l } UNION { ?a skos:altLabel ?l } }"""):
                self.forms[r["a"].value].add(_normalize(r["l"].value))
            self.pref: dict[str, set[str]] = defaultdict(set)
            for r in rows("SELECT ?a ?l WHERE { ?a a kg:Actor ; skos:prefLabel ?l }"):
                self.pref[r["a"].value].add(_normalize(r["l"].value))
            self.doc_alt: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc, actor) -> normalized altLabels
            for r in rows("SELECT ?d ?a ?l WHERE { GRAPH ?g { ?d a kg:Document . ?a a kg:Actor ; skos:altLabel ?l } }"):
                self.doc_alt[(r["d"].value, r["a"].value)].add(_normalize(r["l"].value))
            self.holder: dict[str, set[str]] = defaultdict(set)
            self.org: dict[str, set[str]] = defaultdict(set)
            for r in rows("SELECT ?r ?h ?o WHERE { ?r a kg:Role . OPTIONAL { ?r kg:holder ?h } OPTIONAL { ?r kg:organization ?o } }"):
                if r["h"] is not None:
                    self.holder[r["r"].value].add(r["h"].value)
                if r["o"] is not None:
                    self.org[r["r"].value].add(r["o"].value)
            self.jurisdiction: dict[str, set[str]] = defaultdict(set)
            for r in rows("SELECT ?o ?j WHERE { ?o kg:jurisdiction ?j }"):
                self.jurisdiction[r["o"].value].add(r["j"].value)
            self.claimant: dict[str, set[str]] = defaultdict(set)
            for r in rows("SELECT ?c ?a WHERE { ?c a kg:Claim ; kg:claimant ?a }"):
                self.claimant[r["c"].value].add(r["a"].value)
        finally:
            del db

    def items(self, kind: str, doc: str) -> list[tuple[str, int, int]]:
        """(node, start, end) for every evidence span in ``doc`` of a node of class ``kind``."""
        out = []
        for node, evs in self.evidence.items():
            if kind in self.types.get(node, ()):
                for ev in evs:
                    span = self.spans.get(ev)
                    if span and span[0] == doc:
                        out.append((node, span[1], span[2]))
        return sorted(set(out), key=lambda x: (x[1], x[2], x[0]))

    def offsets_valid(self, doc: str | None = None) -> Ratio:
        """Evidence spans (of ``doc``, or all) whose quote equals the document text at the offsets."""
        hits = total = 0
        for d, s, e, exact in self.spans.values():
            if doc is None or d == doc:
                total += 1
                text = self.texts.get(d)
                hits += text is not None and 0 <= s <= e <= len(text) and text[s:e] == exact
        return Ratio(hits, total)


# -- matching -----------------------------------------------------------------------------------
def _name(iri: str) -> str:
    """The last segment of a node IRI, enough to tell nodes apart in an error line.

    >>> _name("https://w3id.org/kg/id/actor/tony-blair")
    'tony-blair'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _greedy(candidates: list[tuple[tuple, int, object]]) -> dict[int, object]:
    """One-to-one matching: candidates (sort key, gold index, system item), best key first."""
    used, out = set(), {}
    for _, gi, si in sorted(candidates, key=lambda c: c[0]):
        if gi not in out and si not in used:
            out[gi] = si
            used.add(si)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = _overlap(a, b)
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _category(classes: set[str]) -> str:
    if "UnnamedSource" in classes:
        return "UnnamedSource"
    return next((c for c in ("Person", "Organization", "Place") if c in classes), "")


class _DocEval:
    """The evaluation of one document."""

    def __init__(self, gold: _GoldDoc, system: _System, doc: str, actors: dict[str, _GoldActor]) -> None:
        self.gold, self.sys, self.doc = gold, system, doc
        self.text = system.texts[doc]
        self.all_actors = actors
        self.scores: dict[str, Score] = {}
        self.ratios: dict[str, Ratio] = {}
        self.event_nodes: dict[int, str] = {}
        self.notes: list[str] = []
        self.errors: list[Error] = []
        bad = sum(self.text[i.start:i.end] != i.quote for i in (*gold.roles, *gold.events, *gold.claims))
        if bad:
            self.notes.append(f"{gold.document}: {bad} gold quote(s) differ from the document text at their offsets")
        self._actors()
        self._spans("roles", "Role", gold.roles, self._role_match(strict=True))
        exact = self._spans("roles-lenient", "Role", gold.roles, self._role_match(strict=False))
        exact += self._spans("events", "Event", gold.events, self._event_match(lenient=True), keep=self.event_nodes)
        self._spans("events-exact", "Event", gold.events, self._event_match(lenient=False))
        exact += self._spans("claims", "Claim", gold.claims, self._claim_match(claimant=False))
        self._spans("claims+claimant", "Claim", gold.claims, self._claim_match(claimant=True))
        self.ratios["offsets-exact"] = exact
        self.ratios["offsets-valid"] = system.offsets_valid(doc)
        self.errors.sort(key=lambda e: (ERROR_TASKS.index(e.task), e.start, e.end, e.kind, e.detail))

    # actors
    def _gold_forms(self, gid: str) -> set[str]:
        a = self.all_actors.get(gid)
        return {f for f in (_normalize(x) for x in (a.label, *a.mentions)) if f} if a else set()

    def _actors(self) -> None:
        gold = [a for a in self.gold.actors.values() if a.mentions]
        nodes: dict[str, list[str]] = defaultdict(list)  # actor -> normalized evidence texts in the doc
        first: dict[str, tuple[int, int]] = {}  # actor -> its first evidence span, for its error line
        spans = set()
        for node, s, e in self.sys.items("Actor", self.doc):
            if node in self.sys.jurisdiction:
                continue  # a state's government, derived from a role, is not an actor the text names
            nodes[node].append(_normalize(self.text[s:e]))
            spans.add((s, e))
            first[node] = min(first.get(node, (s, e)), (s, e))
        candidates = []
        for gi, a in enumerate(gold):
            forms = self._gold_forms(a.id)
            for node, texts in nodes.items():
                sys_forms = set(texts) | self.sys.pref.get(node, set()) | self.sys.doc_alt.get((self.doc, node), set())
                shared = forms & sys_forms
                if shared:
                    hits = sum(t in forms for t in texts)
                    candidates.append(((-hits, -len(shared), a.id, node), gi, node))
        matched = _greedy(candidates)
        self.align = {gold[gi].id: node for gi, node in matched.items()}
        self.owner = {node: gid for gid, node in self.align.items()}
        self.scores["actors"] = Score(len(matched), len(nodes) - len(matched), len(gold) - len(matched))
        for a in (a for gi, a in enumerate(gold) if gi not in matched):
            s, e = min(mention_spans(self.text, a.mentions), default=(0, 0))
            self.errors.append(Error("actors", "missed", s, e, self.text[s:e] or a.label, a.id))
        for node in sorted(set(nodes) - set(self.align.values())):
            s, e = first[node]
            self.errors.append(Error("actors", "spurious", s, e, self.text[s:e], _name(node)))
        cat = typ = Ratio()
        for gid, node in self.align.items():
            a, classes = self.all_actors[gid], self.sys.types.get(node, set())
            gold_cat = "UnnamedSource" if a.type == "UnnamedSource" else a.category
            cat += Ratio(int(_category(classes) == gold_cat), 1)
            typ += Ratio(int(a.type in most_specific(classes - {"Actor"})), 1)
        self.ratios["actor-category"], self.ratios["actor-type"] = cat, typ
        gold_spans = mention_spans(self.text, (m for a in gold for m in a.mentions))
        tp = len(gold_spans & spans)
        self.scores["actor-mentions"] = Score(tp, len(spans) - tp, len(gold_spans) - tp)

    def is_actor(self, gid: str, node: str | None) -> bool:
        """Whether system ``node`` is gold actor ``gid`` in this document."""
        if not gid or node is None:
            return False
        if self.align.get(gid) == node:
            return True
        if self.owner.get(node, gid) != gid:
            return False
        if self._gold_forms(gid) & self.sys.forms.get(node, set()):
            return True
        a = self.all_actors.get(gid)
        return bool(a and a.type == "UnnamedSource" and not a.mentions
                    and "UnnamedSource" in self.sys.types.get(node, ()))

    # spans
    def _spans(self, task: str, kind: str, gold: tuple[_GoldItem, ...],
               accept: Callable[[_GoldItem, str, tuple[int, int]], tuple | None],
               keep: dict[int, str] | None = None) -> Ratio:
        system = self.sys.items(kind, self.doc)
        candidates = []
        for gi, g in enumerate(gold):
            for si, (node, s, e) in enumerate(system):
                rank = accept(g, node, (s, e)) if _overlap((g.start, g.end), (s, e)) else None
                if rank is not None:
                    candidates.append(((*rank, -_jaccard((g.start, g.end), (s, e)), gi, si), gi, si))
        matched = _greedy(candidates)
        self.scores[task] = Score(len(matched), len(system) - len(matched), len(gold) - len(matched))
        if task in ERROR_TASKS:
            self.errors += [Error(task, "missed", g.start, g.end, g.quote, self._gold_detail(task, g))
                            for gi, g in enumerate(gold) if gi not in matched]
            hit = set(matched.values())
            self.errors += [Error(task, "spurious", s, e, self.text[s:e], self._system_detail(task, node))
                            for si, (node, s, e) in enumerate(system) if si not in hit]
        if keep is not None:
            keep.update({gi: system[si][0] for gi, si in matched.items()})
        return Ratio(sum((gold[gi].start, gold[gi].end) == system[si][1:] for gi, si in matched.items()), len(matched))

    @staticmethod
    def _gold_detail(task: str, g: _GoldItem) -> str:
        """What a gold item expects, for its error line: an event's class, a role's holder and
        organization, a claim's claimant."""
        if task == "events":
            return g.type
        if task == "roles":
            return f"{g.person} / {g.organization or '-'}"
        return f"claimant {g.person or '-'}"

    def _system_detail(self, task: str, node: str) -> str:
        """What a system item says, for its error line (the same fields as :meth:`_gold_detail`)."""
        if task == "events":
            return " ".join(sorted(most_specific(self.sys.types.get(node, set()) - {"Event"}))) or "Event"
        if task == "roles":
            holders = " ".join(sorted(map(_name, self.sys.holder.get(node, ())))) or "-"
            return f"{holders} / {' '.join(sorted(map(_name, self.sys.org.get(node, ())))) or '-'}"
        return "claimant " + (" ".join(sorted(map(_name, self.sys.claimant.get(node, ())))) or "-")

    def _role_match(self, *, strict: bool):
        def accept(g: _GoldItem, node: str, span: tuple[int, int]) -> tuple | None:
            if not any(self.is_actor(g.person, h) for h in self.sys.holder.get(node, ())):
                return None
            if strict and not any(self.is_actor(g.organization, o)
                                  or any(self.is_actor(g.organization, j) for j in self.sys.jurisdiction.get(o, ()))
                                  for o in self.sys.org.get(node, ())):
                return None
            return ()
        return accept

    def _event_match(self, *, lenient: bool):
        def accept(g: _GoldItem, node: str, span: tuple[int, int]) -> tuple | None:
            classes = self.sys.types.get(node, set())
            if event_types_agree(g.type, classes, lenient=False):
                return (0,)
            return (1,) if lenient and event_types_agree(g.type, classes, lenient=True) else None
        return accept

    def _claim_match(self, *, claimant: bool):
        def accept(g: _GoldItem, node: str, span: tuple[int, int]) -> tuple | None:
            shorter = min(g.end - g.start, span[1] - span[0])
            if 2 * _overlap((g.start, g.end), span) < shorter:
                return None
            if claimant and not any(self.is_actor(g.person, a) for a in self.sys.claimant.get(node, ())):
                return None
            return ()
        return accept


def _merges(occurrences: list[tuple[str, str, str | None]]) -> Score:
    """Pairwise cross-document merge counts from (gold key, document, system node or None) per
    gold event occurrence.

    Occurrences are first grouped by (key, document), as the gold lists an event once per
    mention: a report is merged with another when some occurrence of each maps to the same
    system node. Pairs of reports of one key in two documents are the gold pairs (tp when
    merged, fn otherwise); two reports of different keys on one node are false merges (fp).

    >>> _merges([("a", "d1", "n1"), ("a", "d2", "n1"), ("b", "d2", "n1"), ("c", "d1", None), ("c", "d3", "n2")])
    Score(tp=1, fp=1, fn=1)
    """
    reports: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, doc, node in occurrences:
        reports.setdefault((key, doc), set())
        if node is not None:
            reports[(key, doc)].add(node)
    tp = fp = fn = 0
    for ((k1, d1), n1), ((k2, d2), n2) in itertools.combinations(sorted(reports.items()), 2):
        if d1 == d2:
            continue
        same_node = bool(n1 & n2)
        if k1 == k2:
            tp += same_node
            fn += not same_node
        elif same_node:
            fp += 1
    return Score(tp, fp, fn)


# -- entry point --------------------------------------------------------------------------------
def evaluate(gold: Path, *, store: Store | None = None, docs: Path | None = None) -> EvalReport:
    """Score a store (or documents built into a temporary store) against a gold annotation.

    :param gold: a gold YAML file, or a folder of them (format in ``tests/gold/README.md``).
    :param store: the store to score (default: ``$KG_STORE`` or ``./kg-store``); ignored with ``docs``.
    :param docs: documents to build into a fresh temporary store, which is scored and removed.
    :returns: the :class:`EvalReport` (see the module documentation for the matching rules).
    :raises InputError: the gold is missing or malformed, or ``docs`` cannot be read.
    :raises StoreError: the store has not been built.

    >>> evaluate(Path("no/such/gold"), store=Store("no-store"))
    Traceback (most recent call last):
    ...
    kg.errors.InputError: no such gold file or folder: no/such/gold
    """
    gold_docs = _load_gold(Path(gold))
    if docs is not None:
        from .build import build

        tmp = Path(tempfile.mkdtemp(prefix="kg-eval-"))
        try:
            build([Path(docs)], store=Store(tmp / "kg-store"), fresh=True)
            return _evaluate(gold, gold_docs, _System(Store(tmp / "kg-store")))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return _evaluate(gold, gold_docs, _System(store or Store()))


def _evaluate(gold: Path, gold_docs: list[_GoldDoc], system: _System) -> EvalReport:
    actors: dict[str, _GoldActor] = {}
    for g in gold_docs:
        for a in g.actors.values():
            actors.setdefault(a.id, a)
    per_doc, missing, notes = [], [], []
    occurrences: list[tuple[str, str, str | None]] = []
    for g in gold_docs:
        if g.document not in system.docs:
            missing.append(g.document)
            continue
        d = _DocEval(g, system, system.docs[g.document][0], {**actors, **g.actors})
        notes += d.notes
        occurrences += [(e.key, g.document, d.event_nodes.get(i)) for i, e in enumerate(g.events)]
        per_doc.append(DocScore(g.document, {t: d.scores[t] for t in TASKS if t in d.scores},
                                {r: d.ratios[r] for r in RATIOS if r in d.ratios}, tuple(d.errors)))
    scores = {t: sum((d.scores[t] for d in per_doc), Score()) for t in TASKS if t != "event-merges"}
    scores["event-merges"] = _merges(occurrences)
    ratios = {r: sum((d.ratios[r] for d in per_doc), Ratio()) for r in RATIOS}
    ratios["offsets-valid"] = system.offsets_valid()
    scored = {g.document for g in gold_docs}
    extra = sorted(f for f in system.docs if f not in scored)
    if extra:
        notes.append(f"{len(extra)} store document(s) without gold were not scored")
    return EvalReport(str(gold), {t: scores[t] for t in TASKS}, ratios, tuple(per_doc), tuple(missing), tuple(notes))
