"""Read what the view draws from the store, with SPARQL: the view's own queries
(``kg/view/queries/*.rq``, one row per statement) and the bundled ``evidence`` query."""
from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from ..ontology import ancestors
from ..query import resolve_text
from ..store import Store
from ..vocab import KG, OWL, PREFIXES, RDF, SKOS
from .model import ActorView, ClaimView, DocumentView, EventView, Evidence, RoleView, ViewGraph

_QUERIES = Path(__file__).resolve().parent / "queries"
_KG = str(KG)
_CATEGORIES = ("Person", "Organization", "Place", "UnnamedSource")
_PRECISION = {"DayPrecision": "day", "MonthPrecision": "month", "YearPrecision": "year"}


@cache
def view_query(name: str) -> str:
    """The text of one of the view's queries (``kg/view/queries/NAME.rq``).

    >>> view_query("documents").splitlines()[0].startswith("# View:")
    True
    """
    return (_QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def most_specific(classes: set[str]) -> str:
    """The most specific of a node's kg classes (local names); ties go to the smallest name.

    >>> most_specific({"Event", "ProvideAid", "ProvideMilitarySupport", "TransferWeapons"})
    'TransferWeapons'
    """
    deepest = [c for c in classes if not any(c != o and c in ancestors(o) for o in classes)]
    return min(deepest or classes or {""}, key=lambda c: (-len(ancestors(c)), c))


def _statements(db: ox.Store, name: str) -> dict[str, dict[str, list[ox.Literal | ox.NamedNode]]]:
    """node IRI → property IRI → values, sorted (the view's row-per-statement queries)."""
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for row in db.query(view_query(name), prefixes=PREFIXES):
        out[row["node"].value][row["property"].value].append(row["value"])
    for props in out.values():
        for values in props.values():
            values.sort(key=lambda v: v.value)
    return out


def _one(props: dict, prop, default: str = "") -> str:
    values = props.get(str(prop))
    return values[0].value if values else default


def _all(props: dict, prop) -> tuple[str, ...]:
    return tuple(sorted({v.value for v in props.get(str(prop), ())}))


def _kg_classes(props: dict) -> set[str]:
    return {v.value[len(_KG):] for v in props.get(str(RDF.type), ()) if v.value.startswith(_KG)}


def _evidence(db: ox.Store) -> dict[str, tuple[Evidence, ...]]:
    spans: dict[str, list[Evidence]] = defaultdict(list)
    for row in db.query(resolve_text("evidence"), prefixes=PREFIXES):
        spans[row["subject"].value].append(Evidence(row["document"].value, int(row["start"].value),
                                                    int(row["end"].value), row["text"].value))
    return {node: tuple(sorted(set(ev), key=lambda e: (e.document, e.start, e.end))) for node, ev in spans.items()}


def load(store: Store | None = None) -> ViewGraph:
    """Everything the view draws, read from the store's current generation.

    :param store: the store (default: ``$KG_STORE`` or ``./kg-store``).
    :returns: the actors, events, claims, roles and documents, with their evidence.
    :raises StoreError: the store has not been built.
    """
    db = (store or Store()).open()
    evidence = _evidence(db)
    return ViewGraph(actors=_actors(db, evidence), events=_events(db, evidence), claims=_claims(db, evidence),
                     roles=_roles(db, evidence), documents=_documents(db))


def _actors(db: ox.Store, evidence: dict) -> dict[str, ActorView]:
    out = {}
    for iri, props in sorted(_statements(db, "actors").items()):
        classes = _kg_classes(props)
        category = next((c for c in _CATEGORIES if c in classes), "Actor")
        label = _one(props, SKOS.prefLabel) or iri.rsplit("/", 1)[-1]
        aliases = tuple(a for a in _all(props, SKOS.altLabel) if a != label)
        wikidata = next((v for v in _all(props, OWL.sameAs) if "wikidata.org" in v), "")
        out[iri] = ActorView(iri, label, category, most_specific(classes - {"Actor"}) or category, aliases,
                             wikidata, evidence.get(iri, ()))
    return out


def _events(db: ox.Store, evidence: dict) -> dict[str, EventView]:
    out = {}
    for iri, props in sorted(_statements(db, "events").items()):
        precision = _one(props, KG.datePrecision)
        out[iri] = EventView(
            iri, most_specific(_kg_classes(props) - {"Event"}) or "Event", _one(props, KG.eventDate),
            _PRECISION.get(precision[len(_KG):], "") if precision else "", _one(props, KG.agent),
            _one(props, KG.target), tuple(sorted(set(_all(props, KG.participant)) | {
                v for v in (_one(props, KG.agent), _one(props, KG.target)) if v})),
            _one(props, KG.place), _all(props, KG.trigger), _all(props, KG.resource), evidence.get(iri, ()))
    return out


def _claims(db: ox.Store, evidence: dict) -> dict[str, ClaimView]:
    out = {}
    for iri, props in sorted(_statements(db, "claims").items()):
        stance = _one(props, KG.stance)
        out[iri] = ClaimView(iri, _one(props, KG.claimant), _one(props, KG.cue), stance.rsplit("#", 1)[-1],
                             _one(props, KG.content), _one(props, KG.statementDate), _one(props, KG.relayedBy),
                             _all(props, KG.about), _all(props, KG.assertsEvent), evidence.get(iri, ()))
    return out


def _roles(db: ox.Store, evidence: dict) -> dict[str, RoleView]:
    return {iri: RoleView(iri, _one(props, KG.holder), _one(props, KG.roleTitle), _one(props, KG.organization),
                          evidence.get(iri, ()))
            for iri, props in sorted(_statements(db, "roles").items())}


def _documents(db: ox.Store) -> dict[str, DocumentView]:
    out = {}
    for row in db.query(view_query("documents"), prefixes=PREFIXES):
        value = lambda name: row[name].value if row[name] is not None else ""  # noqa: E731
        out[value("name")] = DocumentView(value("name"), value("doc"), value("text"), value("title"),
                                          value("publisher"), value("published"))
    return out


def resolve(store: Store, actor: str | None, *, check: bool = True) -> str | None:
    """The IRI of the actor a user names: its IRI, or a label or alias (see :func:`kg.query.resolve_actor`);
    None when no actor is named.

    :param check: first refuse a graph that violates its shapes (the validation gate of ``kg query``).
    :raises QueryError: nothing matches (close labels are suggested) or several actors do.
    :raises NotConformingError: the graph violates its shapes and ``check`` is true.
    """
    from ..query import resolve_actor

    if check:
        from ..validate import ensure_valid

        ensure_valid(store)
    return resolve_actor(store.open(), actor).value if actor else None
