"""Stage 7b, reason: OWL 2 DL reasoning over the store with HermiT (through owlready2).

**What the reasoner sees.** The ontology (the store's ``kgg:ontology`` graph, or kg's own) and,
from every other named graph of the current generation, the statements OWL reasoning over kg's
ontology is about: ``rdf:type`` statements whose class the ontology declares, object-property
statements between IRIs, and ``owl:sameAs`` links. Literal-valued statements (titles, texts,
offsets, confidences, dates) are left out: class and object-property reasoning does not need
them, HermiT does not support ``xsd:date``, ``xsd:gYear`` or ``xsd:gYearMonth``, and the SHACL
shapes check them instead. Everything is read from local files; nothing is fetched.

**Consistent.** The statements about kg's nodes (IRIs under ``kgid:``) that are entailed but not
asserted are written into the named graph ``kgg:inferred`` of a *new* store generation (atomic,
as a build) and into the default graph, the union, so queries without ``GRAPH`` see them:

* every kg class a node belongs to: the kg superclasses of its asserted types (a
  ``kg:TransferWeapons`` event is also a ``kg:ProvideMilitarySupport``, ``kg:ProvideSupport``,
  ``kg:ProvideAid`` and ``kg:Event``) and the types HermiT realizes from domains, ranges and
  ``owl:sameAs`` (the holder of a role is a ``kg:Person``);
* the inverse and super-property values of kg properties (``kg:relays`` from ``kg:relayedBy``).

HermiT's property-value retrieval (owlready2's ``infer_property_values=True``, HermiT's ``-Y``)
costs 10-20 s on the seeds, against about 1 s for consistency, classification and realization.
kg's ontology has no property chains and no transitive or symmetric properties, so the entailed
object-property values are inverses and super-properties: they are read from the property
hierarchy as HermiT classified it. ``property_values=True`` asks HermiT for them as well.

Re-running replaces ``kgg:inferred``; ``kg build`` writes only extracted graphs, so it drops it:
run ``kg reason`` again after a build. The cached validation report is kept, since the named
graphs it covers are unchanged (the inferred graph is derived, not validated).

**Inconsistent.** Nothing is written. The report names the culprits: individuals in two disjoint
classes (by their types, or by the domains and ranges of the properties they are used with,
``owl:sameAs`` merges followed), two values of a functional property declared different, an
irreflexive property linking a node to itself, each with the statements and named graphs
involved. When none of these explains it, Pellet's explanation (shipped with owlready2) gives the
axioms involved.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from .errors import KgError
from .resources import ontology_turtle
from .store import Store
from .vocab import ID, INFERRED_GRAPH, KG, ONTOLOGY_GRAPH, PREFIXES

Triple = tuple[str, str, str]
"""A statement between IRIs: (subject, predicate, object)."""

_TYPE, _SAME = str(RDF.type), str(OWL.sameAs)
_ID, _KG = str(ID), str(KG)


@dataclass(frozen=True, slots=True)
class ReasonReport:
    """The outcome of :func:`reason`.

    >>> print(ReasonReport(consistent=True, inferred=1200, seconds=2.5, generation="gen-000002",
    ...                    statements=9800).summary())
    consistent (HermiT): 9800 statement(s) reasoned over in 2.5 s; 1200 inferred statement(s) in kgg:inferred (gen-000002)
    >>> print(ReasonReport(consistent=False, problems=("kgid:x is both kg:Person and kg:Organization",),
    ...                    seconds=1.0).summary())
    INCONSISTENT (HermiT): the graph contradicts the ontology; 1 problem(s) found in 1.0 s; the store was not changed
    """

    consistent: bool
    """Whether HermiT found the ontology and the store's statements consistent."""
    inferred: int = 0
    """Statements written into ``kgg:inferred`` (0 when inconsistent)."""
    problems: tuple[str, ...] = ()
    """When inconsistent: one line per culprit (individuals, statements, graphs, axioms)."""
    seconds: float = 0.0
    """Wall-clock time of the whole run."""
    generation: str = ""
    """The generation written (empty when inconsistent)."""
    statements: int = 0
    """Statements of the store given to the reasoner (besides the ontology)."""

    def summary(self) -> str:
        """One line saying what happened."""
        if self.consistent:
            return (f"consistent (HermiT): {self.statements} statement(s) reasoned over in {self.seconds:.1f} s; "
                    f"{self.inferred} inferred statement(s) in kgg:inferred ({self.generation})")
        return (f"INCONSISTENT (HermiT): the graph contradicts the ontology; {len(self.problems)} problem(s) "
                f"found in {self.seconds:.1f} s; the store was not changed")


def short(iri: str) -> str:
    """An IRI with kg's prefixes (``kgid:``, ``kg:``...), or in angle brackets.

    >>> short("https://w3id.org/kg/id/actor/1"), short("https://w3id.org/kg/ont#Person"), short("urn:x")
    ('kgid:actor/1', 'kg:Person', '<urn:x>')
    """
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and re.fullmatch(r"[\w./-]*", iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


class Axioms:
    """The parts of the ontology that :func:`reason` uses, read from its RDF graph.

    >>> ax = Axioms(Graph().parse(data=ontology_turtle(), format="turtle"))
    >>> [short(c) for c in sorted(ax.up(_KG + "TransferWeapons")) if c.startswith(_KG)]
    ['kg:Event', 'kg:ProvideAid', 'kg:ProvideMilitarySupport', 'kg:ProvideSupport', 'kg:TransferWeapons']
    >>> short(next(iter(ax.inverse[_KG + "relayedBy"])))
    'kg:relays'
    """

    def __init__(self, g: Graph) -> None:
        def named(values) -> set[str]:
            return {str(v) for v in values if isinstance(v, URIRef)}

        def members(node) -> list[str]:
            return [str(m) for m in Collection(g, node) if isinstance(m, URIRef)]

        self.classes = named(g.subjects(RDF.type, OWL.Class))
        self.object_properties = named(g.subjects(RDF.type, OWL.ObjectProperty))
        self.functional = named(g.subjects(RDF.type, OWL.FunctionalProperty)) & self.object_properties
        self.irreflexive = named(g.subjects(RDF.type, OWL.IrreflexiveProperty))
        self.parents: dict[str, set[str]] = defaultdict(set)
        self.super_properties: dict[str, set[str]] = defaultdict(set)
        self.inverse: dict[str, set[str]] = defaultdict(set)
        self.domain: dict[str, set[str]] = defaultdict(set)
        self.range: dict[str, set[str]] = defaultdict(set)
        self.disjoint: set[frozenset[str]] = set()
        self._up: dict[str, frozenset[str]] = {}
        self._props_up: dict[str, frozenset[str]] = {}
        self.different: set[frozenset[str]] = set()
        for s, p, o in g:
            if not isinstance(s, URIRef):
                continue
            if isinstance(o, URIRef):
                self.add(str(s), str(p), str(o))
            if p == RDFS.domain and isinstance(o, URIRef):
                self.domain[str(s)].add(str(o))
            elif p == RDFS.range and isinstance(o, URIRef):
                self.range[str(s)].add(str(o))
        for node in g.subjects(RDF.type, OWL.AllDisjointClasses):
            for lst in g.objects(node, OWL.members):
                found = members(lst)
                self.disjoint.update(frozenset((a, b)) for a in found for b in found if a < b)
        for node in g.subjects(RDF.type, OWL.AllDifferent):
            for lst in [*g.objects(node, OWL.members), *g.objects(node, OWL.distinctMembers)]:
                found = members(lst)
                self.different.update(frozenset((a, b)) for a in found for b in found if a < b)

    def add(self, s: str, p: str, o: str) -> None:
        """Take in one axiom between named terms (also those HermiT infers)."""
        if p == str(RDFS.subClassOf):
            self.parents[s].add(o)
        elif p == str(OWL.equivalentClass):
            self.parents[s].add(o), self.parents[o].add(s)
        elif p == str(RDFS.subPropertyOf):
            self.super_properties[s].add(o)
        elif p == str(OWL.equivalentProperty):
            self.super_properties[s].add(o), self.super_properties[o].add(s)
        elif p == str(OWL.inverseOf):
            self.inverse[s].add(o), self.inverse[o].add(s)
        elif p == str(OWL.disjointWith):
            self.disjoint.add(frozenset((s, o)))
        elif p == str(OWL.differentFrom):
            self.different.add(frozenset((s, o)))
        else:
            return
        self._up.clear(), self._props_up.clear()

    def up(self, cls: str) -> frozenset[str]:
        """The named superclasses of a class, itself included."""
        if cls not in self._up:
            self._up[cls] = _closure(cls, self.parents)
        return self._up[cls]

    def props_up(self, prop: str) -> frozenset[str]:
        """The super-properties of a property, itself included."""
        if prop not in self._props_up:
            self._props_up[prop] = _closure(prop, self.super_properties)
        return self._props_up[prop]


def _closure(start: str, edges: dict[str, set[str]]) -> frozenset[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt), todo.append(nxt)
    return frozenset(seen)


def reason(store: Store | None = None, *, property_values: bool = False, wait: float = 0.0) -> ReasonReport:
    """Check the store with HermiT; if consistent, write what it entails into ``kgg:inferred``.

    :param store: the store (default: ``$KG_STORE`` or ``./kg-store``).
    :param property_values: also ask HermiT for every entailed property value (slow; see the
        module documentation).
    :param wait: seconds to wait for another build's lock.
    :returns: the report; when inconsistent, ``problems`` lists the culprits and the store is unchanged.
    :raises StoreError: the store has not been built, or is locked.
    :raises KgError: Java (which HermiT needs) is missing, or the reasoner failed.

    >>> reason(Store("/nonexistent/kg-store"))
    Traceback (most recent call last):
    ...
    kg.errors.StoreError: no kg store at /nonexistent/kg-store (hint: run `kg build PATHS` first, or pass --store)
    """
    started = time.monotonic()
    store = store or Store()
    store.require()
    with store.lock(wait=wait):
        db = store.open()
        ontology_nt = _ontology_nt(db)
        axioms = Axioms(Graph().parse(data=ontology_nt, format="nt"))
        statements = _statements(db, axioms)
        lines = "".join(f"<{s}> <{p}> <{o}> .\n" for s, p, o in sorted(statements))
        with tempfile.TemporaryDirectory(prefix="kg-reason-") as tmp:
            path = Path(tmp) / "kg.nt"
            path.write_bytes(ontology_nt + lines.encode("utf-8"))
            entailed = _hermit(path, property_values)
            if entailed is None:
                problems = culprits(axioms, statements) or _pellet_explain(path, statements)
                return ReasonReport(consistent=False, problems=tuple(problems),
                                    seconds=time.monotonic() - started, statements=len(statements))
        inferred = entailments(axioms, statements, entailed)
        cached = store.cached_validation()
        generation = _write(store, db, inferred, len(statements))
        del db
        if cached is not None:
            store.cache_validation(cached)
    return ReasonReport(consistent=True, inferred=len(inferred), seconds=time.monotonic() - started,
                        generation=generation, statements=len(statements))


def _ontology_nt(db: ox.Store) -> bytes:
    """The ontology as N-Triples: the store's ontology graph, else kg's own."""
    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    if db.contains_named_graph(graph):
        return db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
    return Graph().parse(data=ontology_turtle(), format="turtle").serialize(format="nt", encoding="utf-8")


def _statements(db: ox.Store, axioms: Axioms) -> dict[Triple, set[str]]:
    """The statements given to the reasoner, each with the named graphs that assert it."""
    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    found: dict[Triple, set[str]] = defaultdict(set)
    for p in [_TYPE, _SAME, *sorted(axioms.object_properties)]:
        for q in db.quads_for_pattern(None, ox.NamedNode(p), None, None):
            graph, s, o = q.graph_name, q.subject, q.object
            if isinstance(graph, ox.DefaultGraph) or graph.value in skip:
                continue
            if not (isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode)):
                continue
            if p == _TYPE and o.value not in axioms.classes:
                continue
            found[(s.value, p, o.value)].add(graph.value)
    return found


def _hermit(path: Path, property_values: bool) -> list[Triple] | None:
    """Run HermiT on an N-Triples file in a fresh owlready2 World: the inferred statements, or
    None when the ontology is inconsistent."""
    import owlready2

    if shutil.which(owlready2.JAVA_EXE) is None:
        raise KgError(f"the OWL reasoner HermiT needs Java, and `{owlready2.JAVA_EXE}` was not found",
                      hint="install a Java runtime, e.g. apt-get install default-jre-headless")
    world = owlready2.World()
    try:
        world.get_ontology(path.as_uri()).load(only_local=True)
        results = world.get_ontology(str(INFERRED_GRAPH) + "/")
        try:
            with results:  # inferred facts go into this ontology, apart from the asserted ones
                owlready2.sync_reasoner_hermit(world, infer_property_values=property_values, debug=0,
                                               ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError:
            return None
        except owlready2.OwlReadyJavaError as exc:
            lines = [line for line in str(exc).splitlines() if line.strip()]
            raise KgError(f"HermiT failed: {lines[-1] if lines else exc}") from exc
        out = io.BytesIO()
        results.save(out, format="ntriples")
    finally:
        world.close()
    triples = []
    for t in ox.parse(out.getvalue(), format=ox.RdfFormat.N_TRIPLES):
        if isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.NamedNode):
            triples.append((t.subject.value, t.predicate.value, t.object.value))
    return triples


def entailments(axioms: Axioms, statements: dict[Triple, set[str]] | set[Triple],
                hermit: list[Triple]) -> set[Triple]:
    """The statements about kg's nodes that are entailed and not asserted.

    :param axioms: the ontology (HermiT's inferred class and property axioms are added to it).
    :param statements: the asserted statements.
    :param hermit: what HermiT inferred: types, subsumptions, property values.
    :returns: kg-class types of ``kgid:`` nodes, and kg-property values between ``kgid:`` nodes.

    >>> ax = Axioms(Graph().parse(data=ontology_turtle(), format="turtle"))
    >>> c1, c2 = _ID + "claim/1", _ID + "claim/2"
    >>> sorted((short(s), short(p), short(o)) for s, p, o in entailments(ax, {(c1, _KG + "relayedBy", c2)}, []))
    [('kgid:claim/2', 'kg:relays', 'kgid:claim/1')]
    """
    types: dict[str, set[str]] = defaultdict(set)
    values: set[Triple] = set()
    for s, p, o in [*statements, *hermit]:
        if p == _TYPE:
            types[s].add(o)
        elif p in axioms.object_properties:
            values.add((s, p, o))
        elif p != _SAME:
            axioms.add(s, p, o)
    out: set[Triple] = set()
    for s, classes in types.items():
        if s.startswith(_ID):
            out.update((s, _TYPE, a) for c in classes for a in axioms.up(c) if a.startswith(_KG))
    for s, p, o in values:
        if not (s.startswith(_ID) and o.startswith(_ID)):
            continue
        for sup in axioms.props_up(p):
            if sup.startswith(_KG):
                out.add((s, sup, o))
            for inv in axioms.inverse.get(sup, ()):
                out.update((o, q, s) for q in axioms.props_up(inv) if q.startswith(_KG))
    return out - set(statements)


def _write(store: Store, db: ox.Store, inferred: set[Triple], statements: int) -> str:
    """A new generation: every named graph but the old inferred one, plus the new inferred graph
    (the default graph, their union, is recomputed by :meth:`Store.write_generation`)."""
    target = ox.NamedNode(str(INFERRED_GRAPH))
    graphs = sorted((g for g in db.named_graphs() if g != target), key=lambda g: str(g))
    chunks = [ox.serialize(db.quads_for_pattern(None, None, None, g), format=ox.RdfFormat.N_QUADS) for g in graphs]
    chunks.append(ox.serialize([ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o), target)
                                for s, p, o in sorted(inferred)], format=ox.RdfFormat.N_QUADS))
    manifest = dict(store.manifest())
    manifest["quads"] = sum(c.count(b"\n") for c in chunks)
    manifest["reasoning"] = {"reasoner": "HermiT", "statements": statements, "inferred": len(inferred)}
    return store.write_generation(chunks, manifest).name


def culprits(axioms: Axioms, statements: dict[Triple, set[str]]) -> list[str]:
    """Explain an inconsistency by what it usually is, naming individuals, statements and graphs:
    an individual in two disjoint classes (through its types, or the domains and ranges of the
    properties it is used with, following ``owl:sameAs``), two values of a functional property
    that are declared different, an irreflexive property from a node to itself.

    :returns: one line per culprit (empty when none of these explains it).

    >>> ax = Axioms(Graph().parse(data=ontology_turtle(), format="turtle"))
    >>> x = _ID + "test/x"
    >>> culprits(ax, {(x, _TYPE, _KG + "Person"): {"urn:g"}, (x, _TYPE, _KG + "City"): {"urn:g"}})
    ['kgid:test/x is both kg:Person and kg:Place, which are declared disjoint: kgid:test/x a kg:City [<urn:g>]; kgid:test/x a kg:Person [<urn:g>]']
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x] = parent.get(parent[x], parent[x])
        return x

    for s, p, o in statements:
        if p == _SAME:
            a, b = sorted((find(s), find(o)))
            parent[b] = a
    why: dict[str, dict[str, str]] = defaultdict(dict)
    values: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    problems: list[str] = []

    def note(node: str, cls: str, reason: str) -> None:
        for a in sorted(axioms.up(cls)):
            why[find(node)].setdefault(a, reason)

    for (s, p, o), graphs in sorted(statements.items()):
        stated = f"{short(s)} {'a' if p == _TYPE else short(p)} {short(o)} [{', '.join(short(g) for g in sorted(graphs))}]"
        if p == _TYPE:
            note(s, o, stated)
        elif p != _SAME:
            for sup in axioms.props_up(p):
                for c in axioms.domain.get(sup, ()):
                    note(s, c, f"{stated} (domain of {short(sup)}: {short(c)})")
                for c in axioms.range.get(sup, ()):
                    note(o, c, f"{stated} (range of {short(sup)}: {short(c)})")
                for inv in axioms.inverse.get(sup, ()):
                    for c in axioms.domain.get(inv, ()):
                        note(o, c, f"{stated} (domain of {short(inv)}, its inverse: {short(c)})")
                    for c in axioms.range.get(inv, ()):
                        note(s, c, f"{stated} (range of {short(inv)}, its inverse: {short(c)})")
                if sup in axioms.irreflexive and find(s) == find(o):
                    problems.append(f"{short(s)} is linked to itself by {short(sup)}, which is irreflexive: {stated}")
                if sup in axioms.functional:
                    values[(find(s), sup)].setdefault(find(o), stated)
    members: dict[str, list[str]] = defaultdict(list)
    for node in {x for st in statements for x in (st[0], st[2])}:
        members[find(node)].append(node)
    for node, classes in sorted(why.items()):
        seen: set[frozenset[str]] = set()
        for a, b in sorted(tuple(sorted(pair)) for pair in axioms.disjoint):
            if a in classes and b in classes and frozenset((classes[a], classes[b])) not in seen:
                seen.add(frozenset((classes[a], classes[b])))
                problems.append(f"{_names(members[node])} is both {short(a)} and {short(b)}, which are declared "
                                f"disjoint: {'; '.join(sorted({classes[a], classes[b]}))}")
    for (node, prop), found in sorted(values.items()):
        clash = sorted(v for v in found if any(frozenset((v, w)) in axioms.different for w in found))
        if clash:
            problems.append(f"{_names(members[node])} has {len(clash)} values of {short(prop)}, which is functional, "
                            f"declared different: {'; '.join(found[v] for v in clash)}")
    return problems


def _names(nodes: list[str]) -> str:
    ours = sorted(n for n in nodes if n.startswith(_ID)) or sorted(nodes)
    if len(nodes) == 1:
        return short(nodes[0])
    return f"{', '.join(short(n) for n in ours)} (one individual by owl:sameAs)"


def _pellet_explain(path: Path, statements: dict[Triple, set[str]], timeout: float = 300.0) -> list[str]:
    """Pellet's explanation of the inconsistency (its ``explain`` command, shipped with owlready2),
    and the named graphs that mention the individuals it names."""
    import owlready2

    jars = Path(owlready2.__file__).parent / "pellet"
    command = [owlready2.JAVA_EXE, f"-Xmx{owlready2.reasoning.JAVA_MEMORY}M", "-cp", str(jars / "*"),
               "pellet.Pellet", "explain", "--ignore-imports", "--inconsistent", path.as_uri()]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [f"HermiT found the graph inconsistent; no explanation is available ({exc})"]
    axioms = _pellet_axioms(out)
    if not axioms:
        return ["HermiT found the graph inconsistent; neither the usual culprits (disjoint classes, functional or "
                "irreflexive properties) nor Pellet's explanation name the statements involved"]
    local: dict[str, set[str]] = defaultdict(set)
    for (s, _, o), graphs in statements.items():
        for node in (s, o):
            if node.startswith(_ID):
                local[re.split(r"[/#]", node)[-1]].add(node)
    named = sorted({n for a in axioms for word in re.findall(r"[\w.-]+", a) for n in local.get(word, ())})
    graphs = sorted({g for (s, _, o), gs in statements.items() if s in named or o in named for g in gs})
    lines = [f"axioms involved (Pellet's explanation): {'; '.join(axioms)}"]
    if named:
        lines.append(f"individuals involved: {', '.join(short(n) for n in named)} "
                     f"[{', '.join(short(g) for g in graphs)}]")
    return lines


def _pellet_axioms(output: str) -> list[str]:
    """The axioms of the first explanation in the output of ``pellet explain``, one string each
    (an axiom's continuation lines are indented deeper than its first line).

    >>> _pellet_axioms("Explanation(s): \\n1)   x type Person\\n     DisjointClasses(Person\\n                     Place)\\n")
    ['x type Person', 'DisjointClasses(Person Place)']
    """
    if "Explanation(s):" not in output:
        return []
    axioms: list[str] = []
    base = None
    for line in output.split("Explanation(s):", 1)[1].splitlines():
        numbered = re.match(r"\s*(\d+)\)", line)
        if numbered:
            if axioms and numbered.group(1) != "1":
                break  # only the first explanation
            line = " " * numbered.end() + line[numbered.end():]
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if base is None or indent <= base:
            base = indent if base is None else base
            axioms.append(line.strip())
        else:
            axioms[-1] += " " + line.strip()
    return axioms
