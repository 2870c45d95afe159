"""Stage 4, resolve: one identity per real actor across all documents.

Document-local keys (normalized names) are joined corpus-wide; a one-word person name that
ends exactly one full person name of the corpus joins it (surname back reference, the first part
of a double-barrelled surname included); the
category of an actor is the vote of its mentions (a role's organization is no person, whatever the
NER model made of another of its mentions). Every surface form merged into an actor
leaves a :class:`~kg.model.Merge` record with its method and first evidence, for review.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .extract.gazetteer import load as gazetteer
from .extract.names import normalize
from .ontology import ancestors
from .model import Actor, DateValue, DocExtraction, Event, Merge, Resolution

_CATEGORY_ORDER = {"Person": 0, "Organization": 1, "Place": 2}


def resolve(extractions: Iterable[DocExtraction]) -> Resolution:
    """Resolve the actors of all documents.

    :param extractions: every document of the store (order does not matter).
    :returns: the actors by key, the map from (document, local key) to actor key, and the merges.
    """
    extractions = sorted(extractions, key=lambda x: x.document.sha256)
    mentions = [(x.document.sha256, m) for x in extractions for m in x.mentions]
    by_last = _surnames(m for _, m in mentions)

    local: dict[tuple[str, str], str] = {}
    methods: dict[tuple[str, str], str] = {}
    for sha, m in mentions:
        target, method = m.key, "normalized-name"
        # A one-word name that is the surname of exactly one full person name of the corpus is that
        # person; the small NER model often labels such surnames ORG at the start of a sentence.
        if m.category in ("Person", "Organization") and len(m.text.split()) == 1 and len(by_last.get(m.key, ())) == 1:
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

    employers = {local.get((x.document.sha256, r.organization), r.organization)
                 for x in extractions for r in x.roles if r.organization}
    for key in employers & votes.keys():  # "Blackburn midfielder X" but "won at Blackburn" read as a name:
        if any(category != "Person" for category, _ in votes[key]):  # a role's organization is no person
            votes[key] = Counter({cv: w for cv, w in votes[key].items() if cv[0] != "Person"})

    actors: dict[str, Actor] = {}
    for key in sorted(forms):
        label = max(forms[key].items(), key=lambda kv: (len(kv[0].split()), kv[1], kv[0]))[0]
        actors[key] = _actor(key, label, votes[key], aliases=tuple(sorted(forms[key])))
    _add_implied(extractions, local, forms, actors)
    merges = tuple(Merge(actor_key=key, form=form, method=method if form != actors[key].label or method != "normalized-name" else "exact",
                         doc_sha256=sha, start=start, end=end,
                         confidence=0.7 if method == "surname" else 1.0)
                   for (key, form), (sha, start, end, method) in sorted(first.items()))
    events, local_events = _events(extractions, local, _leaders(mentions, by_last))
    return Resolution(actors=actors, local=local, merges=merges, events=events, local_events=local_events)


_IMPLIED_LABELS = {"agentless-passive": "unspecified source"}
"""Labels of implied actors by the rule that implied them: the passive phrase that implies an
unspecified source ("are said to") names no one, so it is no label of the source."""


def _add_implied(extractions: list[DocExtraction], local: dict, forms: dict, actors: dict[str, Actor]) -> None:
    """Actors the texts only imply (``DocExtraction.implied``: an unspecified source, a state given
    by a nationality word): records point to them, so they are actors, but with no alias and no
    merge, since no text names them (the gazetteer's label when it has one). An implied actor that
    some document names is that named actor. An unspecified source is labelled so, not by the
    phrase that implies it (:data:`_IMPLIED_LABELS`)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    texts: dict[str, Counter] = defaultdict(Counter)
    for x in extractions:
        for m in x.implied:
            key = local.setdefault((x.document.sha256, m.key), m.key)
            if key not in forms:
                votes[key][(m.category, m.kind)] += m.confidence
                texts[key][_IMPLIED_LABELS.get(m.method, m.text)] += 1
    for key in sorted(votes):
        label = max(texts[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
        actors[key] = _actor(key, label, votes[key], aliases=())


def _actor(key: str, label: str, votes: Counter, *, aliases: tuple[str, ...]) -> Actor:
    """An actor with the label its forms give and the category and class its mentions vote for;
    a gazetteer entry of the very key gives the label, category, class and Wikidata id instead."""
    entry = gazetteer().by_key(key)
    if entry is not None and entry.key == key:
        return Actor(key=key, label=entry.label, category=entry.category, kind=entry.kind, aliases=aliases,
                     wikidata=entry.wikidata)
    category, kind = _vote(votes)
    return Actor(key=key, label=label, category=category, kind=kind, aliases=aliases, wikidata=None)


def _vote(votes: Counter) -> tuple[str, str]:
    """(category, class) of an actor from its mentions' weighted votes: the category with the most
    weight, then its most specific class with the most weight. A bare category vote ("ORG" from the
    NER model) says nothing about the kind, so it does not outvote a mention whose context gave
    one ("oil firm Yukos" among several plain "Yukos").

    >>> _vote(Counter({("Organization", "Organization"): 2.1, ("Organization", "Company"): 0.85, ("Person", "Person"): 0.8}))
    ('Organization', 'Company')
    """
    weight: Counter = Counter()
    for (category, _), w in votes.items():
        weight[category] += w
    category = max(weight.items(), key=lambda kv: (kv[1], -_CATEGORY_ORDER.get(kv[0], 3), kv[0]))[0]
    kinds = {kind: w for (c, kind), w in votes.items() if c == category}
    specific = {kind: w for kind, w in kinds.items() if kind != category} or kinds
    return category, max(specific.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _surnames(mentions: Iterable) -> dict[str, set[str]]:
    """Surname key → the full person names (keys) it ends, from the full names' written forms: the
    last word ("Sinwar" of "Yahya al-Sinwar"), and for a double-barrelled surname also its first
    part ("Kilroy-Silk" and "Kilroy" of "Robert Kilroy-Silk").

    >>> from kg.model import Mention
    >>> sorted(_surnames([Mention(0, 18, "Robert Kilroy-Silk", "Person", "Person", "ner", 0.8, "robert kilroy silk")]))
    ['kilroy', 'kilroy silk']
    """
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.category != "Person" or " " not in m.key:
            continue
        words = m.text.split()
        last = words[-1] if len(words) > 1 else ""
        out[normalize(last) or m.key.rsplit(" ", 1)[1]].add(m.key)  # a one-word alias: its key's last word
        parts = last.split("-")
        if len(parts) == 2 and all(len(p) > 2 and p[0].isupper() for p in parts):
            out[normalize(parts[0])].add(m.key)
    return out


def _leaders(mentions: Iterable[tuple[str, object]], by_last: dict[str, set[str]]) -> dict[str, str]:
    """Government named after its leader → the leader: "the Assad regime", "the Bush
    administration" (mentions the extractor marks ``+regime``, keyed "<surname> <word>") act as
    their leader in events, so "the Assad regime crushed ..." and "Assad crushed ..." are one
    report. The actor stays a separate GovernmentBody (the gold rule); only event keys group.
    A surname that ends several full names of the corpus is ambiguous and left alone.

    >>> from kg.model import Mention
    >>> m = Mention(0, 12, "Assad regime", "Organization", "GovernmentBody", "ner+regime", 0.8, "assad regime")
    >>> _leaders([("d", m)], {"assad": {"bashar assad"}})
    {'assad regime': 'bashar assad'}
    """
    out: dict[str, str] = {}
    for _, m in mentions:
        if "+regime" in m.method and " " in m.key:
            owners = by_last.get(m.key.rsplit(" ", 1)[0], set())
            if len(owners) == 1:
                out[m.key] = next(iter(owners))
    return out


def _states_act(local: dict[tuple[str, str], str], leaders: dict[str, str] | None = None) -> dict[tuple[str, str], str]:
    """The local keys for events: a capital taking part in an event ("angered Ankara, prompting it
    to cut off its support") is its state's government, so "Tehran and Hamas" and "Iran and Hamas"
    are one relation. The mention stays the city actor (the gold rule); only the event's
    participants, agent and target are the state, when the corpus names that state. Likewise a
    government named after its leader acts as the leader (see :func:`_leaders`)."""
    reference = gazetteer()
    known = set(local.values())
    leaders = leaders or {}
    out = dict(local)
    for k, key in local.items():
        country = reference.country_of_capital(key)
        if country is not None and country.key in known:
            out[k] = country.key
        elif key in leaders:
            out[k] = leaders[key]
    return out


def _join_contained(groups: dict, acting: dict) -> dict:
    """Join reports of one class whose participants are contained in another report's, when the
    smaller set has at least two actors ("Soleimani and Hamas" within "Soleimani, Hamas and the
    PIJ"): one report often names fewer of the parties."""
    keys = sorted(groups, key=lambda k: (k[0], -len(k[1]), k[1]))
    home = {k: k for k in keys}
    for small in keys:
        if len(small[1]) < 2 or small[1][0].startswith("@"):
            continue
        bigger = [k for k in keys if k[0] == small[0] and len(k[1]) > len(small[1]) and set(small[1]) <= set(k[1])]
        if len(bigger) == 1 or len({home[k] for k in bigger}) == 1 and bigger:
            home[small] = home[bigger[0]]
    joined: dict = defaultdict(list)
    for k in keys:
        for member in groups[k]:
            target = _implicit_home(k, member, groups, home, acting) if len(k[1]) == 1 and home[k] == k else home[k]
            joined[target].append(member)
    return dict(joined)


def _role(e, sha: str, part: str, acting: dict) -> str | None:
    """Whether ``part`` is the agent or the target of report ``e`` of document ``sha``."""
    if e.agent and acting.get((sha, e.agent), e.agent) == part:
        return "agent"
    if e.target and acting.get((sha, e.target), e.target) == part:
        return "target"
    return None


def _implicit_home(small: tuple, member: tuple, groups: dict, home: dict, acting: dict) -> tuple:
    """Where a report of one participant goes: a report whose other party is implicit ("the
    rapprochement with Iran" in a story about Hamas and Iran) is the event of the same class that the same document reports with that
    participant and others, when there is exactly one such event and the participant plays the
    same part in one of its reports there, at a compatible date. Else it stays. Support is left
    alone: a supporter backs many ("Iranian support for the resistance" in a story that also tells
    of Iran's support for Assad).

    >>> from kg.model import EventRecord
    >>> e = lambda agent, target: EventRecord(0, 1, "Meet", "met", agent=agent, target=target)
    >>> g = {("Meet", ("a",)): [("d1", 0, e("a", None))], ("Meet", ("a", "b")): [("d1", 1, e("a", "b"))],
    ...      ("Meet", ("a", "c")): [("d2", 0, e("a", "c"))]}
    >>> _implicit_home(("Meet", ("a",)), g[("Meet", ("a",))][0], g, {k: k for k in g}, {})
    ('Meet', ('a', 'b'))
    >>> g[("Meet", ("a", "b"))] = [("d1", 1, e("b", "a"))]
    >>> _implicit_home(("Meet", ("a",)), g[("Meet", ("a",))][0], g, {k: k for k in g}, {})
    ('Meet', ('a',))
    """
    kind, (part,) = small
    if part.startswith("@") or {"ProvideSupport", "ProvideAid"} & ancestors(kind):
        return small  # a supporter backs many: "Iranian support" may be for any of them
    sha, _, e = member
    role = _role(e, sha, part, acting)
    found = {home[k] for k, members in groups.items()
             if k[0] == kind and len(k[1]) > 1 and part in k[1]
             and any(m[0] == sha and _role(m[2], sha, part, acting) == role
                     and _compatible(m[2].date, e.date) for m in members)}
    return found.pop() if len(found) == 1 else small


def _split_lone(groups: dict) -> dict:
    """Reports with a single participant ("Hamas rejected ...") say little about which event they
    are: they are one event only when told with the same word stem ("the election of X", "X was
    elected"), so "Hamas's refusal to support Assad" and "Hamas rejected the plan" stay apart.
    Support is the exception: "Iran's support", "Iran backs..." tell of one lasting relation."""
    out: dict = {}
    for (kind, parts), members in groups.items():
        for m in members:
            stem = m[2].trigger.lower()[:5] if len(parts) == 1 and "ProvideAid" not in ancestors(kind) else ""
            out.setdefault((kind, parts, stem), []).append(m)
    return out


def _compatible(a: DateValue | None, b: DateValue | None) -> bool:
    """Two dates can describe one event when one is a refinement of the other (2017-10 ⊒ 2017-10-21)."""
    return a is None or b is None or a.value.startswith(b.value) or b.value.startswith(a.value)


def _finer(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    if a is None or b is None:
        return a or b
    return a if len(a.value) >= len(b.value) else b


def _events(extractions: list[DocExtraction], local: dict[tuple[str, str], str],
            leaders: dict[str, str] | None = None) -> tuple[dict[str, Event], dict[tuple[str, int], str]]:
    """One event per (class, participants) and compatible date, across and within documents.

    Reports of the same class with the same participants are one event when their dates agree
    at the coarser precision; an undated report joins the dated event when there is exactly one,
    else the undated reports are one event.
    """
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[str, int, object]]] = defaultdict(list)
    acting = _states_act(local, leaders)
    for x in extractions:
        sha = x.document.sha256
        for i, e in enumerate(x.events):
            parts = tuple(sorted({acting.get((sha, p), p) for p in e.participants}))
            if not parts and e.place:  # a war or protest known only by its place
                parts = ("@" + local.get((sha, e.place), e.place),)
            groups[(e.kind, parts)].append((sha, i, e))
    groups = _split_lone(_join_contained(groups, acting))
    events: dict[str, Event] = {}
    local_events: dict[tuple[str, int], str] = {}
    for (kind, parts, stem), members in sorted(groups.items()):
        clusters: list[dict] = []
        for sha, i, e in sorted(members, key=lambda m: (-(len(m[2].date.value) if m[2].date else 0), m[0], m[1])):
            if e.date is None:
                continue
            home = next((c for c in clusters if _compatible(c["date"], e.date)), None)
            if home is None:
                home = {"date": e.date, "members": []}
                clusters.append(home)
            home["date"] = _finer(home["date"], e.date)
            home["members"].append((sha, i, e))
        undated = [(sha, i, e) for sha, i, e in members if e.date is None]
        if undated and len(clusters) == 1:  # undated reports join the one dated event of their kind
            clusters[0]["members"] += undated
        elif undated:  # with several dated events, which one an undated report means is unknown
            clusters.append({"date": None, "members": undated})
        for c in clusters:
            key = f"{kind}|{'+'.join(parts)}|{c['date'].value if c['date'] else 'undated'}" + (f"|{stem}" if stem else "")
            first = sorted(c["members"], key=lambda m: (m[0], m[1]))
            def vote(attr):
                keys = local if attr == "place" else acting
                values = Counter(keys.get((sha, getattr(e, attr)), getattr(e, attr)) for sha, _, e in first if getattr(e, attr))
                return max(values.items(), key=lambda kv: (kv[1], kv[0]))[0] if values else None
            agent, target = vote("agent"), vote("target")
            events[key] = Event(key=key, kind=kind, participants=tuple(p for p in parts if not p.startswith("@")),
                                agent=agent, target=target if target != agent else None,
                                place=vote("place"), date=c["date"], mentions=tuple((sha, i) for sha, i, _ in first))
            for sha, i, _ in first:
                local_events[(sha, i)] = key
    return events, local_events


def restrict(resolution: Resolution, x: DocExtraction) -> Resolution:
    """The part of a corpus-wide resolution that mapping one document needs: its local keys, the
    actors they resolve to (and its events' places), and its events. Small enough to send with
    the document to a worker process or a cluster.

    >>> from kg.model import Document
    >>> x = DocExtraction(document=Document("a.txt", "a.txt", "ab12", "", "text/plain", "utf-8"))
    >>> restrict(resolve([x]), x)
    Resolution(actors={}, local={}, merges=(), events={}, local_events={})
    """
    sha = x.document.sha256
    keys = {m.key for m in (*x.mentions, *x.implied)} | {c.claimant for c in x.claims} | {k for c in x.claims for k in c.about}
    keys |= {k for r in x.roles for k in (r.holder, r.organization) if k}
    local = {(sha, k): resolution.local[(sha, k)] for k in sorted(keys) if (sha, k) in resolution.local}
    local_events = {(sha, i): resolution.local_events[(sha, i)] for i in range(len(x.events))}
    events = {key: resolution.events[key] for key in local_events.values()}
    wanted = {local.get((sha, k), k) for k in keys} | {e.place for e in events.values() if e.place}
    actors = {k: resolution.actors[k] for k in sorted(wanted) if k in resolution.actors}
    return Resolution(actors=actors, local=local, events=events, local_events=local_events)
