"""SHACL Core shapes compiled to SPARQL, so that validation runs inside pyoxigraph (Rust).

pySHACL walks every focus node and value in Python over an rdflib graph: on a store of a million
triples it takes minutes. This module turns each constraint of each shape into one SELECT that
returns the violating focus nodes (and values), run over all the named graphs at once
(``GRAPH ?g``: the per-graph pass) or over the default graph (the union pass).

The results must be pySHACL's. Where SPARQL and pySHACL can disagree (rdflib's own lexical
checks of typed literals, Python's regular expressions, rdflib's comparisons) a compiled check
is three-valued: it says *surely conforms*, *surely violates*, or *unsure*. A (graph, shape)
with an unsure value is handed back to pySHACL, for that graph and that shape only; so is a
shape that uses a component or path the compiler does not know. The ontology and the shapes
stay the only source of truth: classes' subclasses are read from the ontology, nothing here
names a kg term.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from .workers import solutions

GRAPHS = "graphs"
"""Mode of the per-graph pass: each named graph (with the ontology) is a data graph."""
DEFAULT = "default"
"""Mode of the union pass: the default graph (which holds the ontology) is the data graph."""

_PARAMETERS = {SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH["class"], SH.pattern, SH.flags, SH.minLength,
               SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH["in"], SH["or"],
               SH.xone, SH["and"], SH["not"], SH.node, SH.property, SH.lessThan, SH.qualifiedValueShape,
               SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
"""Constraint parameters the compiler knows; any other ``sh:`` predicate on a shape sends it to pySHACL."""
_NOT_PARAMETERS = {SH.path, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.severity,
                   SH.message, SH.name, SH.description, SH.deactivated, SH.order, SH.group, SH.defaultValue,
                   SH.sparql, SH.declare, SH.prefixes}

# Lexical forms that rdflib surely accepts for the datatypes it checks (other forms are "unsure").
_SURE_FORMS = {
    XSD.string: None,
    XSD.anyURI: None,
    XSD.integer: "",
    XSD.decimal: "",
    XSD.boolean: "^(true|false|1|0)$",
    XSD.date: "^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}$",
    XSD.dateTime: "^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,6})?"
                  "(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9])?$",
}
_CAST = {XSD.date: "xsd:date", XSD.dateTime: "xsd:dateTime"}
_NODE_KINDS = {SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
               SH.BlankNodeOrIRI: "!isLiteral({v})", SH.BlankNodeOrLiteral: "!isIRI({v})",
               SH.IRIOrLiteral: "!isBlank({v})"}
_PREFIXES = (f"PREFIX rdf: <{RDF}>\nPREFIX rdfs: <{RDFS}>\nPREFIX xsd: <{XSD}>\n")


class Unsupported(Exception):
    """A shape uses something the compiler does not translate: pySHACL checks it instead."""


@dataclass(frozen=True, slots=True)
class Check:
    """One compiled constraint of one top-level shape: a SELECT of its violations."""

    top: object
    """The top-level shape (the unit handed back to pySHACL when a result is unsure)."""
    source: object
    """The shape that declares the constraint (``sh:sourceShape``)."""
    components: tuple[str, ...]
    """The constraint component IRIs: one, or (kind ``values``) one per test the query makes."""
    path: str
    """The property path IRI, or "" for a node shape."""
    severity: str
    """``Violation``, ``Warning`` or ``Info``: the declaring shape's."""
    kind: str
    """How to read the rows: ``values`` (?value, and per test i ?o{i} conforms, ?s{i} surely
    violates), ``counts`` (?k the count check in ``bounds``, ?n its number of values; a ``count``
    check is only a row of it), ``qualified`` (?nok conforming values, ?nun unsure ones)."""
    query: str
    """The SELECT, binding ?g (per-graph mode), ?this and the variables of its kind."""
    bounds: tuple = ()
    """The (min, max) counts of a ``qualified`` or ``count`` check (None when absent), or the
    ``count`` checks of a ``counts`` query."""


@dataclass(frozen=True)
class Plan:
    """The compiled checks of a set of top-level shapes, and the shapes left to pySHACL."""

    checks: tuple[Check, ...]
    """Every compiled check."""
    fallback: dict = field(default_factory=dict)
    """Top-level shape → why the compiler left it to pySHACL."""
    mode: str = GRAPHS
    """``graphs`` (rows carry ?g) or ``default``."""
    watch: tuple = ()
    """Ontology nodes with values the shapes check (see :func:`ontology_subjects`)."""

    @property
    def watch_query(self) -> str:
        """The named graphs that say something about a watched node."""
        if not self.watch:
            return ""
        return f"SELECT DISTINCT ?g WHERE {{ VALUES ?s {{ {' '.join(map(_term, self.watch))} }} GRAPH ?g {{ ?s ?p ?o }} }}"


# -- compiling ---------------------------------------------------------------------------------

class _Compiler:
    """Translate shapes to SPARQL text for one mode (``graphs`` or ``default``)."""

    def __init__(self, shapes: Graph, ontology: Graph, mode: str):
        self.sg, self.ont, self.mode, self.n = shapes, ontology, mode, 0

    def fresh(self) -> str:
        self.n += 1
        return f"?_v{self.n}"

    def triple(self, s: str, p: str, o: str) -> str:
        """A data triple pattern: in the graph ?g (per-graph mode) or the default graph."""
        return f"GRAPH ?g {{ {s} {p} {o} }}" if self.mode == GRAPHS else f"{s} {p} {o} ."

    def subclasses(self, cls) -> list:
        """``cls`` and its subclasses in the ontology (the per-graph pass mixes the ontology in)."""
        return sorted({cls, *self.ont.transitive_subjects(RDFS.subClassOf, cls)}, key=str)

    def instance(self, v: str, cls) -> str:
        """SPARQL test: ``v`` is a SHACL instance of ``cls`` in the data graph."""
        if self.mode == DEFAULT:
            return f"EXISTS {{ {v} rdf:type/rdfs:subClassOf* {_term(cls)} }}"
        t = self.fresh()
        classes = self.subclasses(cls)
        test = f"EXISTS {{ {self.triple(v, 'rdf:type', t)} VALUES {t} {{ {' '.join(map(_term, classes))} }} }}"
        known = sorted({s for c in classes for s in self.ont.subjects(RDF.type, c) if isinstance(s, URIRef)}, key=str)
        return f"({test} || {' || '.join(f'sameTerm({v}, {_term(k)})' for k in known)})" if known else test

    # focus nodes of a top-level shape
    def focus(self, shape) -> str:
        """A group binding ?this (and ?g) to each focus node of a top-level shape, once."""
        parts = []
        for cls in self.sg.objects(shape, SH.targetClass):
            if self.mode == DEFAULT:
                parts.append(f"?this rdf:type/rdfs:subClassOf* {_term(cls)} .")
            else:
                t = self.fresh()
                parts.append(f"{self.triple('?this', 'rdf:type', t)} VALUES {t} {{ {' '.join(map(_term, self.subclasses(cls)))} }}")
        for p in self.sg.objects(shape, SH.targetSubjectsOf):
            parts.append(self.triple("?this", _term(p), self.fresh()))
        for p in self.sg.objects(shape, SH.targetObjectsOf):
            parts.append(self.triple(self.fresh(), _term(p), "?this"))
        for node in self.sg.objects(shape, SH.targetNode):
            graphs = "GRAPH ?g { }" if self.mode == GRAPHS else ""
            parts.append(f"{graphs} VALUES ?this {{ {_term(node)} }}")
        if not parts:
            raise Unsupported("no target the compiler knows (implicit class targets are left to pySHACL)")
        union = " UNION ".join(f"{{ {p} }}" for p in parts)
        keys = "?g ?this" if self.mode == GRAPHS else "?this"
        return f"{{ SELECT DISTINCT {keys} WHERE {{ {union} }} }}"

    # three-valued tests of one value node: (surely conforms, surely violates)
    def value_tests(self, shape, v: str) -> list[tuple[URIRef, tuple[str, str]]]:
        """The per-value constraints of ``shape`` on the value ``v``, each as its component and
        two SPARQL expressions: the value surely conforms, the value surely violates."""
        sg, out = self.sg, []
        for kind in sg.objects(shape, SH.nodeKind):
            if kind not in _NODE_KINDS:
                raise Unsupported(f"sh:nodeKind {kind}")
            e = _NODE_KINDS[kind].format(v=v)
            out.append((SH.NodeKindConstraintComponent, (e, f"!{e}")))
        for cls in sg.objects(shape, SH["class"]):
            e = f"(!isLiteral({v}) && {self.instance(v, cls)})"
            out.append((SH.ClassConstraintComponent, (e, f"!{e}")))
        for dt in sg.objects(shape, SH.datatype):
            out.append((SH.DatatypeConstraintComponent, _datatype(dt, v)))
        flags = str(sg.value(shape, SH.flags) or "")
        for pattern in sg.objects(shape, SH.pattern):
            out.append((SH.PatternConstraintComponent, _pattern(str(pattern), flags, v)))
        for p, comp, op in ((SH.minLength, SH.MinLengthConstraintComponent, ">="),
                            (SH.maxLength, SH.MaxLengthConstraintComponent, "<=")):
            for n in sg.objects(shape, p):
                if p == SH.minLength and int(n) == 0:
                    continue
                e = f"(!isBlank({v}) && STRLEN(STR({v})) {op} {int(n)})"
                out.append((comp, (e, f"!{e}")))
        for p, comp, op in ((SH.minInclusive, SH.MinInclusiveConstraintComponent, ">="),
                            (SH.maxInclusive, SH.MaxInclusiveConstraintComponent, "<="),
                            (SH.minExclusive, SH.MinExclusiveConstraintComponent, ">"),
                            (SH.maxExclusive, SH.MaxExclusiveConstraintComponent, "<")):
            for bound in sg.objects(shape, p):
                out.append((comp, _range(bound, op, v)))
        for lst in sg.objects(shape, SH["in"]):
            members = list(Collection(sg, lst))
            if any(isinstance(m, BNode) for m in members):
                raise Unsupported("sh:in with a blank node")
            e = "(" + (" || ".join(f"sameTerm({v}, {_term(m)})" for m in members) or "false") + ")"
            out.append((SH.InConstraintComponent, (e, f"!{e}")))
        for lst in sg.objects(shape, SH["or"]):
            tests = [self.conforms(m, v) for m in Collection(sg, lst)]
            out.append((SH.OrConstraintComponent, (_any(t[0] for t in tests), _all(t[1] for t in tests))))
        for lst in sg.objects(shape, SH.xone):
            tests = [self.conforms(m, v) for m in Collection(sg, lst)]
            one = _any(_all([ok, *(t[1] for j, t in enumerate(tests) if j != i)]) for i, (ok, _) in enumerate(tests))
            two = _any(f"({a[0]} && {b[0]})" for i, a in enumerate(tests) for b in tests[i + 1:])
            out.append((SH.XoneConstraintComponent, (one, f"({_all(t[1] for t in tests)} || {two})")))
        for lst in sg.objects(shape, SH["and"]):
            tests = [self.conforms(m, v) for m in Collection(sg, lst)]
            out.append((SH.AndConstraintComponent, (_all(t[0] for t in tests), _any(t[1] for t in tests))))
        for inner in sg.objects(shape, SH["not"]):
            ok, bad = self.conforms(inner, v)
            out.append((SH.NotConstraintComponent, (bad, ok)))
        if sg.value(shape, SH.node) is not None:  # kg reads pySHACL's nested sh:detail results as results
            raise Unsupported("sh:node (pySHACL reports the nested shape's results too)")
        return out

    def conforms(self, shape, x: str) -> tuple[str, str]:
        """(surely conforms, surely does not) for ``x`` as a focus node of a nested shape."""
        self.known(shape)
        if self.sg.value(shape, SH.deactivated) == Literal(True):
            return "true", "false"
        oks, bads = [], []
        path = self.sg.value(shape, SH.path)
        if path is None:
            for _, (ok, bad) in self.value_tests(shape, x):
                oks.append(ok), bads.append(bad)
        else:
            p = _path(path)
            for _, (ok, bad) in self.value_tests(shape, w := self.fresh()):
                oks.append(f"NOT EXISTS {{ {self.triple(x, p, w)} FILTER (!COALESCE({ok}, false)) }}")
                bads.append(f"EXISTS {{ {self.triple(x, p, w)} FILTER (COALESCE({bad}, false)) }}")
            for n in self.sg.objects(shape, SH.minCount):
                if int(n) > 1:
                    raise Unsupported("sh:minCount above 1 in a nested shape")
                if int(n) == 1:
                    e = f"EXISTS {{ {self.triple(x, p, self.fresh())} }}"
                    oks.append(e), bads.append(f"!{e}")
            for n in self.sg.objects(shape, SH.maxCount):
                if int(n) > 0:
                    raise Unsupported("sh:maxCount above 0 in a nested shape")
                e = f"NOT EXISTS {{ {self.triple(x, p, self.fresh())} }}"
                oks.append(e), bads.append(f"!{e}")
            if any(self.sg.value(shape, q) is not None for q in (SH.lessThan, SH.qualifiedValueShape)):
                raise Unsupported("sh:lessThan or sh:qualifiedValueShape in a nested shape")
        for prop in self.sg.objects(shape, SH.property):
            ok, bad = self.conforms(prop, x)
            oks.append(ok), bads.append(bad)
        return _all(oks), _any(bads)

    def known(self, shape) -> None:
        """Refuse a shape with a constraint parameter the compiler does not translate."""
        for p in set(self.sg.predicates(shape, None)):
            if str(p).startswith(str(SH)) and p not in _PARAMETERS and p not in _NOT_PARAMETERS:
                raise Unsupported(f"{p.n3()} is not compiled")
        if self.sg.value(shape, SH.qualifiedValueShapesDisjoint) == Literal(True):
            raise Unsupported("sh:qualifiedValueShapesDisjoint")

    # the checks of one top-level shape
    def checks(self, top) -> list[Check]:
        focus = self.focus(top)
        out = self.shape_checks(top, top, focus)
        for prop in sorted(self.sg.objects(top, SH.property), key=str):
            if self.sg.value(prop, SH.deactivated) != Literal(True):
                out += self.shape_checks(top, prop, focus)
        counts = [c for c in out if c.kind == "count"]
        # minimum counts need every focus node (one with no value breaks them); maximum-only counts
        # need only the nodes with values, so they scan the values first (see counts_above)
        below = [c for c in counts if c.bounds[0] > 0]
        above = [c for c in counts if c.bounds[0] == 0 and c.bounds[1] is not None]
        return ([c for c in out if c.kind != "count"] + ([self.counts(top, focus, below)] if below else [])
                + ([self.counts_above(top, focus, above)] if above else []))

    def counts(self, top, focus: str, counts: list[Check]) -> Check:
        """One query for the property shapes of a shape with a sh:minCount (and perhaps a
        sh:maxCount): the number of values of each (focus node, property shape), kept when out of
        bounds. ``?k`` is the index of the property shape's count check, kept in ``Check.bounds``."""
        keys = "?g ?this" if self.mode == GRAPHS else "?this"
        query = (f"SELECT {keys} ?k (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {focus} VALUES (?k ?p ?min ?max) {{ {_bounds(counts)} }} "
                 f"OPTIONAL {{ {self.triple('?this', '?p', '?v')} }} }} GROUP BY {keys} ?k ?min ?max "
                 f"HAVING (COUNT(DISTINCT ?v) < ?min || (?max >= 0 && COUNT(DISTINCT ?v) > ?max))")
        return Check(top, top, (), "", "", "counts", _PREFIXES + query, tuple(counts))

    def counts_above(self, top, focus: str, counts: list[Check]) -> Check:
        """One query for the property shapes of a shape with only a sh:maxCount: the subjects with
        too many values of a property, grouped from the property's triples, then joined with the
        focus nodes. Why: the form of :meth:`counts` pairs every focus node with every property
        shape (140,000 read-out rows times 40 columns took 78 s on the BBC corpus; this takes 4 s)."""
        keys = "?g ?this" if self.mode == GRAPHS else "?this"
        query = (f"SELECT {keys} ?k ?n WHERE {{ {{ SELECT {keys} ?k (COUNT(DISTINCT ?v) AS ?n) WHERE {{ "
                 f"VALUES (?k ?p ?min ?max) {{ {_bounds(counts)} }} {self.triple('?this', '?p', '?v')} }} "
                 f"GROUP BY {keys} ?k ?max HAVING (COUNT(DISTINCT ?v) > ?max) }} {focus} }}")
        return Check(top, top, (), "", "", "counts", _PREFIXES + query, tuple(counts))

    def shape_checks(self, top, shape, focus: str) -> list[Check]:
        """The checks of a top-level shape or of one of its property shapes."""
        self.known(shape)
        sg, keys = self.sg, ("?g ?this" if self.mode == GRAPHS else "?this")
        severity = str(sg.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        path = sg.value(shape, SH.path)
        if path is None and sg.value(shape, SH.property) is not None and shape != top:
            raise Unsupported("a property shape with its own sh:property")
        p = _path(path) if path is not None else None
        # the values scanned, then joined with the focus nodes (faster in pyoxigraph than the other way)
        values = f"{{ {self.triple('?this', p, '?value')} }} {focus}" if p else f"{focus} BIND (?this AS ?value)"
        made: list[Check] = []

        def add(components, kind, query, bounds=()):
            made.append(Check(top, shape, tuple(map(str, components)), str(path) if path is not None else "", severity,
                              kind, _PREFIXES + query, bounds))

        tests = self.value_tests(shape, "?value")
        if tests:  # one scan of the values for every per-value test of the shape; the failing ones are rare
            binds = " ".join(f"BIND (COALESCE({ok}, false) AS ?o{i}) BIND (IF(?o{i}, false, COALESCE({bad}, false)) AS ?s{i})"
                             for i, (_, (ok, bad)) in enumerate(tests))
            outs = " ".join(f"?o{i} ?s{i}" for i in range(len(tests)))
            passing = " && ".join(f"COALESCE({ok}, false)" for _, (ok, _) in tests)
            add([c for c, _ in tests], "values", f"SELECT {keys} ?value {outs} WHERE {{ {{ SELECT DISTINCT {keys} ?value "
                                                 f"WHERE {{ {values} FILTER (!({passing})) }} }} {binds} }}")
        if p is None:
            if any(sg.value(shape, q) is not None for q in (SH.minCount, SH.maxCount, SH.lessThan, SH.qualifiedValueShape)):
                raise Unsupported("a cardinality or pair constraint on a node shape")
            return made
        v = self.fresh()
        low, high = sg.value(shape, SH.minCount), sg.value(shape, SH.maxCount)
        if (low is not None and int(low) > 0) or high is not None:  # counted with the shape's siblings: see counts()
            made.append(Check(top, shape, (str(SH.MinCountConstraintComponent), str(SH.MaxCountConstraintComponent)),
                              str(path), severity, "count", p, (int(low or 0), None if high is None else int(high))))
        for other in sg.objects(shape, SH.lessThan):
            if not isinstance(other, URIRef):
                raise Unsupported("sh:lessThan of a non-IRI")
            o = self.fresh()
            ok, bad = _less(["?value", o])
            add([SH.LessThanConstraintComponent], "values", f"SELECT DISTINCT {keys} ?value (false AS ?o0) "
                f"(COALESCE({bad}, false) AS ?s0) WHERE {{ {values} {self.triple('?this', _term(other), o)} "
                f"FILTER (!COALESCE({ok}, false)) }}")
        for q in sg.objects(shape, SH.qualifiedValueShape):
            # each value's test once, bound inside the OPTIONAL, then summed: written into the
            # aggregates, the test (an EXISTS per value for sh:class) ran once per use, six times
            ok, bad = self.conforms(q, v)
            yes, unsure, one, maybe = self.fresh(), self.fresh(), self.fresh(), self.fresh()
            low, high = sg.value(shape, SH.qualifiedMinCount), sg.value(shape, SH.qualifiedMaxCount)
            having = ([f"?nok < {int(low)}"] if low is not None else []) + \
                     ([f"?nok + ?nun > {int(high)}"] if high is not None else [])
            if having:
                inner = (f"SELECT {keys} (SUM({one}) AS ?nok) (SUM({maybe}) AS ?nun) WHERE {{ {focus} "
                         f"OPTIONAL {{ {self.triple('?this', p, v)} BIND (COALESCE({ok}, false) AS {yes}) "
                         f"BIND (!{yes} && !COALESCE({bad}, false) AS {unsure}) }} "
                         f"BIND (IF(COALESCE({yes}, false), 1, 0) AS {one}) BIND (IF(COALESCE({unsure}, false), 1, 0) AS {maybe}) "
                         f"}} GROUP BY {keys}")
                add([SH.QualifiedMinCountConstraintComponent, SH.QualifiedMaxCountConstraintComponent], "qualified",
                    f"SELECT {keys} ?nok ?nun WHERE {{ {{ {inner} }} FILTER ({' || '.join(having)}) }}",
                    (int(low) if low is not None else None, int(high) if high is not None else None))
        return made


def _term(node) -> str:
    """A node in SPARQL syntax (IRIs and literals; the shapes' own values)."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        if node.language:
            return str(ox.Literal(str(node), language=node.language))
        return str(ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype or XSD.string))))
    raise Unsupported(f"a blank node {node} where an IRI or literal is needed")


def _path(path) -> str:
    """A SHACL path in SPARQL: a predicate, or the inverse of one."""
    if isinstance(path, URIRef):
        return _term(path)
    raise Unsupported("a complex property path")


def _all(exprs: Iterable[str]) -> str:
    exprs = list(exprs)
    return "(" + " && ".join(f"COALESCE({e}, false)" for e in exprs) + ")" if exprs else "true"


def _any(exprs: Iterable[str]) -> str:
    exprs = list(exprs)
    return "(" + " || ".join(f"COALESCE({e}, false)" for e in exprs) + ")" if exprs else "false"


def _datatype(dt, v: str) -> tuple[str, str]:
    """sh:datatype: the literal's datatype is ``dt`` and rdflib finds its lexical form well-formed."""
    from rdflib.term import _toPythonMapping

    lit, same = f"isLiteral({v})", f"(isLiteral({v}) && DATATYPE({v}) = {_term(dt)})"
    if dt == RDFS.Literal:
        return lit, f"!{lit}"
    if dt not in _toPythonMapping:  # rdflib does not check it: the datatype IRI decides
        return same, f"!{same}"
    if dt not in _SURE_FORMS:
        raise Unsupported(f"sh:datatype {dt.n3()} (rdflib's lexical check is not mirrored)")
    ok = same
    if _SURE_FORMS[dt] == "":  # a number pyoxigraph parsed (it keeps ill-typed ones as plain typed literals)
        ok = f"({same} && isNumeric({v}))"
    elif _SURE_FORMS[dt] is not None:
        ok = f"({same} && REGEX(STR({v}), {_term(Literal(_SURE_FORMS[dt]))}))"
    if dt in _CAST:
        ok = f"({ok} && isLiteral({_CAST[dt]}(STR({v}))))"
    return ok, f"!{same}"


_SAFE_ESCAPES = set("\\.-^$|?*+()[]{}/nrt")


def _pattern(pattern: str, flags: str, v: str) -> tuple[str, str]:
    """sh:pattern: Python's ``re.search`` (pySHACL) and Rust's regex agree on a value without line
    breaks for patterns of a common subset; other values are unsure, other patterns refused."""
    inside = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if i + 1 >= len(pattern) or pattern[i + 1] not in _SAFE_ESCAPES:
                raise Unsupported(f"the pattern {pattern!r} uses an escape the compiler does not trust")
            i += 2
            continue
        if inside and (c == "[" or pattern[i:i + 2] in ("&&", "--", "~~")):
            raise Unsupported(f"the pattern {pattern!r} nests character classes")
        if c == "[":
            inside = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif c == "]":
            inside = False
        elif not inside and (pattern[i:i + 2] in ("(?", "{,") or c == "#"):
            raise Unsupported(f"the pattern {pattern!r} uses a construct the compiler does not trust")
        i += 1
    kept = "".join(f for f in "im" if f in flags.lower())
    s = f"STR({v})"
    ascii_only = f" && REGEX({s}, \"^[ -~]*$\")" if "i" in kept else ""
    plain = f"(!CONTAINS({s}, \"\\n\") && !CONTAINS({s}, \"\\r\"){ascii_only})"
    match = f"REGEX({s}, {_term(Literal(pattern))}, \"{kept}\")"
    return f"(!isBlank({v}) && {plain} && {match})", f"(isBlank({v}) || ({plain} && !{match}))"


def _numeric(v: str) -> str:
    """An xsd:integer or xsd:decimal that pyoxigraph parsed: its canonical form, which rdflib reads too."""
    return f"(isNumeric({v}) && (DATATYPE({v}) = xsd:integer || DATATYPE({v}) = xsd:decimal))"


def _stringish(v: str) -> str:
    """Values pySHACL compares as strings: IRIs and xsd:string literals."""
    return f"(isIRI({v}) || (isLiteral({v}) && DATATYPE({v}) = xsd:string))"


def _range(bound, op: str, v: str) -> tuple[str, str]:
    """sh:min/maxInclusive/Exclusive with a numeric bound: sure for numbers, IRIs, blank nodes and strings."""
    if not (isinstance(bound, Literal) and bound.datatype in (XSD.integer, XSD.decimal)):
        raise Unsupported(f"a range bound {bound.n3()} that is not an integer or decimal")
    ok = f"({_numeric(v)} && {v} {op} {_term(bound)})"
    return ok, f"(isBlank({v}) || {_stringish(v)} || ({_numeric(v)} && !({v} {op} {_term(bound)})))"


def _less(pair: list[str]) -> tuple[str, str]:
    """sh:lessThan on one (value, other value) pair, as pySHACL compares them."""
    v, o = pair
    both_num = f"({_numeric(v)} && {_numeric(o)})"
    both_str = f"({_stringish(v)} && {_stringish(o)})"
    mixed = f"(({_stringish(v)} && {_numeric(o)}) || ({_numeric(v)} && {_stringish(o)}))"
    ok = f"(({both_num} && {v} < {o}) || ({both_str} && STR({v}) < STR({o})))"
    bad = f"({mixed} || ({both_num} && !({v} < {o})) || ({both_str} && !(STR({v}) < STR({o}))))"
    return ok, bad


def inert_ontology(shapes: Graph, top, ontology: Graph) -> str:
    """Why the ontology would add focus nodes to ``top`` in every graph (the per-graph pass mixes
    it in), or "" when it does not."""
    preds = set(shapes.objects(top, SH.targetSubjectsOf)) | set(shapes.objects(top, SH.targetObjectsOf))
    if any(True for p in preds for _ in ontology.triples((None, p, None))):
        return "the ontology has triples of a predicate the shape targets"
    if any(True for cls in shapes.objects(top, SH.targetClass)
           for c in {cls, *ontology.transitive_subjects(RDFS.subClassOf, cls)} for _ in ontology.subjects(RDF.type, c)):
        return "the ontology has instances of the shape's target class"
    if any(True for n in shapes.objects(top, SH.targetNode) for _ in ontology.triples((n, None, None))):
        return "the ontology describes a target node of the shape"
    return ""


def ontology_subjects(shapes: Graph, tops: Iterable, ontology: Graph) -> tuple:
    """The ontology's nodes with values of a property the shapes check: a data graph that says
    something about one of them would see those values too (the ontology is mixed in), so it is
    left to pySHACL."""
    preds = {o for top in tops for s in _reachable(shapes, top) for p in (SH.path, SH.lessThan)
             for o in shapes.objects(s, p)}
    return tuple(sorted({s for p in preds for s in ontology.subjects(p, None) if isinstance(s, URIRef)}, key=str))


def _reachable(shapes: Graph, top) -> set:
    """``top`` and every shape nested in it."""
    seen, todo = set(), [top]
    while todo:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        for p in (SH.property, SH.node, SH["not"], SH.qualifiedValueShape):
            todo += list(shapes.objects(s, p))
        for p in (SH["or"], SH.xone, SH["and"]):
            for lst in shapes.objects(s, p):
                todo += list(Collection(shapes, lst))
    return seen


def compile_plan(shapes: Graph, tops: Iterable, ontology: Graph, mode: str) -> Plan:
    """Compile the top-level shapes ``tops``; those the compiler cannot translate are listed in
    ``Plan.fallback`` with the reason."""
    checks: list[Check] = []
    fallback: dict = {}
    tops = sorted(tops, key=str)
    for top in tops:
        if shapes.value(top, SH.deactivated) == Literal(True):
            continue
        if any(True for c in (RDFS.Class, OWL.Class) for _ in shapes.triples((top, RDF.type, c))):
            fallback[top] = "a shape that is also a class (implicit class target)"
            continue
        compiler = _Compiler(shapes, ontology, mode)
        why = inert_ontology(shapes, top, ontology) if mode == GRAPHS else ""
        if why:
            fallback[top] = why
            continue
        try:
            checks += compiler.checks(top)
        except Unsupported as exc:
            fallback[top] = str(exc)
    watch = ontology_subjects(shapes, [t for t in tops if t not in fallback], ontology) if mode == GRAPHS else ()
    return Plan(tuple(checks), fallback, mode, watch)


# -- running -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Row:
    """One violation found by a compiled check."""

    check: Check
    """The check that found it."""
    component: str
    """The constraint component violated."""
    graph: object
    """The named graph (per-graph mode) or None."""
    focus: object
    """The focus node (a pyoxigraph term)."""
    value: object = None
    """The value node, when the component reports one."""


def _bounds(counts: list[Check]) -> str:
    """The rows ``(?k ?p ?min ?max)`` of count checks (``?max`` -1 when unbounded)."""
    return " ".join(f"({k} {c.query} {c.bounds[0]} {-1 if c.bounds[1] is None else c.bounds[1]})" for k, c in enumerate(counts))


def run_plan(db: ox.Store, plan: Plan, *, skip: Iterable = ()) -> tuple[list[Row], set]:
    """Run every check over ``db``: the violations, and the (graph, top shape) pairs that must go to
    pySHACL because a value was unsure. ``skip``: named graphs not to validate."""
    skipped = set(skip)
    rows: list[Row] = []
    unsure: set = set()
    for check, (_, found) in zip(plan.checks, solutions(db, (check.query for check in plan.checks))):
        for sol in found:
            g = sol["g"] if plan.mode == GRAPHS else None
            if g is not None and g in skipped:
                continue
            if check.kind == "values":
                for i, component in enumerate(check.components):
                    if sol[f"o{i}"].value == "true":
                        continue
                    if sol[f"s{i}"].value != "true":
                        unsure.add((g, check.top))
                        continue
                    rows.append(Row(check, component, g, sol["this"], sol["value"]))
            elif check.kind == "counts":
                one = check.bounds[int(sol["k"].value)]
                n, (low, high) = int(sol["n"].value), one.bounds
                if n < low:
                    rows.append(Row(one, one.components[0], g, sol["this"]))
                if high is not None and n > high:
                    rows.append(Row(one, one.components[1], g, sol["this"]))
            else:
                rows += _qualified(check, sol, g, unsure)
    return [r for r in rows if (r.graph, r.check.top) not in unsure], unsure


def _qualified(check: Check, sol, g, unsure: set) -> list[Row]:
    """The qualified min / max count results of one focus node, from its conforming (?nok) and
    unsure (?nun) values; an undecided count marks the (graph, shape) unsure."""
    nok, nun = int(sol["nok"].value), int(sol["nun"].value)
    low, high = check.bounds
    out = []
    for component, maybe, sure in ((check.components[0], low is not None and nok < low, low is not None and nok + nun < low),
                                   (check.components[1], high is not None and nok + nun > high, high is not None and nok > high)):
        if sure:
            out.append(Row(check, component, g, sol["this"]))
        elif maybe:
            unsure.add((g, check.top))
    return out


def generic_message(shapes: Graph, check: Check, component: str, focus, value) -> str:
    """pySHACL's default message of a result, for constraints whose shape has no sh:message."""
    from pyshacl.rdfutil import stringify_node as pyshacl_stringify

    data, sg, s = Graph(), shapes, check.source
    comp = component.rsplit("#", 1)[-1]
    plain = Graph().namespace_manager  # pySHACL's copy of the shapes keeps no prefixes but rdflib's

    def stringify_node(graph, term):
        return pyshacl_stringify(graph, term, ns_manager=plain if graph is sg else None)

    def node(term):
        return stringify_node(data, term)

    def param(p):
        return stringify_node(sg, sg.value(s, p))

    path = stringify_node(sg, sg.value(s, SH.path)) if check.path else ""
    on = f"{node(focus)}->{path}" if path else node(focus)
    if comp == "MinCountConstraintComponent":
        return f"Less than {sg.value(s, SH.minCount)} values on {on}"
    if comp == "MaxCountConstraintComponent":
        return f"More than {sg.value(s, SH.maxCount)} values on {on}"
    if comp == "DatatypeConstraintComponent":
        return f"Value is not Literal with datatype {param(SH.datatype)}"
    if comp == "NodeKindConstraintComponent":
        return f"Value is not of Node Kind {param(SH.nodeKind)}"
    if comp == "ClassConstraintComponent":
        classes = list(sg.objects(s, SH["class"]))
        if len(classes) < 2:
            return f"Value does not have class {stringify_node(sg, classes[0])}"
        return f"Value class is not in classes ({', '.join(stringify_node(sg, c) for c in classes)})"
    if comp == "PatternConstraintComponent":
        return f"Value does not match pattern '{sg.value(s, SH.pattern)}'"
    if comp in ("MinLengthConstraintComponent", "MaxLengthConstraintComponent"):
        op, p = (">=", SH.minLength) if comp.startswith("Min") else ("<=", SH.maxLength)
        return f"String length not {op} {stringify_node(data, sg.value(s, p))}"
    ranges = {"MinInclusive": (">=", SH.minInclusive), "MaxInclusive": ("<=", SH.maxInclusive),
              "MinExclusive": (">", SH.minExclusive), "MaxExclusive": ("<", SH.maxExclusive)}
    if comp.removesuffix("ConstraintComponent") in ranges:
        op, p = ranges[comp.removesuffix("ConstraintComponent")]
        return f"Value is not {op} {param(p)}"
    if comp == "InConstraintComponent":
        members = sorted(stringify_node(sg, m) for m in Collection(sg, sg.value(s, SH["in"])))  # pySHACL's order varies
        return f"Value {node(value)} not in list {members}"
    if comp == "LessThanConstraintComponent":
        return f"Value of {node(focus)}->{param(SH.lessThan)} <= {node(value)}"
    if comp in ("OrConstraintComponent", "XoneConstraintComponent", "AndConstraintComponent"):
        p = {"Or": SH["or"], "Xone": SH.xone, "And": SH["and"]}[comp.removesuffix("ConstraintComponent")]
        lists = list(sg.objects(s, p))
        if len(lists) < 2:
            shapes_str = " , ".join(stringify_node(sg, m) for m in sg.items(lists[0]))
        else:
            shapes_str = " and ".join("(" + " , ".join(stringify_node(sg, m) for m in sg.items(lst)) + ")" for lst in lists)
        verb = {"Or": "one or more shapes", "Xone": "exactly one shape", "And": "all shapes"}[comp[:-19]]
        return f"Node {node(value)} must conform to {verb} in {shapes_str}"
    if comp in ("QualifiedMinCountConstraintComponent", "QualifiedMaxCountConstraintComponent"):
        q = list(sg.objects(s, SH.qualifiedValueShape))
        counts = "".join(f" {label} {sg.value(s, p)}" for label, p in
                         (("MinCount", SH.qualifiedMinCount), ("MaxCount", SH.qualifiedMaxCount)) if sg.value(s, p) is not None)
        names = ",".join(stringify_node(sg, x) for x in q)
        return f"Focus node does not conform to shape{'s' if len(q) > 1 else ''}{counts}: {'(' + names + ')' if len(q) > 1 else names}"
    if comp == "NotConstraintComponent":
        return f"Node {node(value)} must not conform to shape {param(SH['not'])}"
    if comp == "NodeConstraintComponent":
        return f"Value does not conform to Shape {param(SH.node)}"
    return comp


def to_rdflib(term):
    """A pyoxigraph term as an rdflib one (for pySHACL's message strings)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == str(XSD.string) else URIRef(dt))
    return term


__all__ = ["Check", "Plan", "Row", "Unsupported", "compile_plan", "run_plan", "generic_message", "inert_ontology",
           "GRAPHS", "DEFAULT"]
