"""The validation report: :class:`ValidationResult` (one SHACL result, with where it is in the
documents when kg can tell), :class:`ValidationReport` (the outcome of a run; a dict for JSON and
the store's cache), :class:`Severity`, the SHACL namespaces, the name of the cross-document pass
(:data:`UNION`), and :func:`compact_iri`, how reports write IRIs.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum

from rdflib import Namespace

from ..errors import NotConformingError
from ..vocab import OA


SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = Namespace("https://w3id.org/kg/shapes#")
UNION = "union"
"""The name of the cross-document pass in reports (the union of the named graphs)."""


class Severity(str, Enum):
    """SHACL severities: a Violation makes answers wrong, a Warning is suspicious, an Info is a note."""

    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """One SHACL result, with where it is in the documents when kg can tell."""

    severity: str
    """``Violation``, ``Warning`` or ``Info``."""
    focus: str
    """The focus node (IRI or literal)."""
    path: str
    """The property path, when the shape has one."""
    message: str
    """The shape's message."""
    shape: str
    """The source shape (``sh:sourceShape``), or the named shape that declares it."""
    graph: str
    """The named graph (or file) validated, or ``union`` for the cross-document pass."""
    value: str = ""
    """The offending value, when there is one."""
    component: str = ""
    """The constraint component (``sh:sourceConstraintComponent``), e.g. ``sh:MinCountConstraintComponent``."""
    focus_term: str = ""
    """The focus node in N-Triples syntax (``<iri>``, ``"literal"^^<datatype>``, ``_:b``)."""
    value_term: str = ""
    """The value in N-Triples syntax, when there is one."""
    document: str = ""
    """The file name of the document the focus node comes from (its evidence's source), when known."""
    start: int | None = None
    """Start offset (code points, inclusive) of the focus node's evidence span, when known."""
    end: int | None = None
    """End offset (exclusive) of that span."""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating a store or a set of files."""

    conforms: bool
    """True when no result has severity Violation."""
    results: tuple[ValidationResult, ...] = ()
    """Every result, sorted by graph, focus node and shape."""
    graphs: int = 0
    """Number of graphs (or files) validated, not counting the cross-document pass."""
    validated: tuple[str, ...] = ()
    """The names of the graphs validated, then ``union`` when the cross-document pass ran."""
    fingerprint: str = ""
    """Digest of the shapes, ontology and kg version the report was made with (cache key)."""
    labels: dict[str, str] = field(default_factory=dict)
    """Graph name → the file name of the document it holds, for the graphs that hold one."""
    seconds: float = field(default=0.0, compare=False)
    """Time the validation took."""

    @property
    def violations(self) -> int:
        """Number of results of severity Violation.

        >>> ValidationReport(True).violations
        0
        """
        return sum(r.severity == Severity.VIOLATION.value for r in self.results)

    def raise_for_results(self) -> None:
        """Raise :class:`NotConformingError` when the report has violations."""
        if not self.conforms:
            first = next(r for r in self.results if r.severity == Severity.VIOLATION.value)
            raise NotConformingError(f"the graph violates its shapes ({self.violations} violation(s); first: {first.message} "
                                     f"at {first.focus})", hint="run `kg validate` for the report, or pass --no-validate")

    def to_dict(self) -> dict:
        """A JSON-ready dict.

        >>> ValidationReport(True, graphs=1, validated=("a.ttl",)).to_dict()["validated"]
        ['a.ttl']
        """
        return {"conforms": self.conforms, "graphs": self.graphs, "validated": list(self.validated),
                "labels": dict(self.labels), "fingerprint": self.fingerprint, "seconds": self.seconds,
                "results": [asdict(r) for r in self.results]}

    @classmethod
    def from_dict(cls, data: dict) -> ValidationReport:
        """Inverse of :meth:`to_dict`.

        >>> r = ValidationReport(False, (ValidationResult("Violation", "x", "", "m", "s", "g"),), 1)
        >>> ValidationReport.from_dict(r.to_dict()) == r
        True
        """
        return cls(conforms=data["conforms"], graphs=data.get("graphs", 0), validated=tuple(data.get("validated", ())),
                   fingerprint=data.get("fingerprint", ""), labels=dict(data.get("labels", {})),
                   seconds=data.get("seconds", 0.0),
                   results=tuple(ValidationResult(**r) for r in data.get("results", [])))


_PREFIXES = {"https://w3id.org/kg/ont#": "kg:", "https://w3id.org/kg/shapes#": "kgsh:", "https://w3id.org/kg/id/": "kgid:",
             "https://w3id.org/kg/graph/": "kgg:", str(OA): "oa:", "http://www.w3.org/ns/shacl#": "sh:",
             "http://www.w3.org/2004/02/skos/core#": "skos:", "http://www.w3.org/ns/prov#": "prov:",
             "http://www.w3.org/2001/XMLSchema#": "xsd:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
             "http://www.w3.org/2000/01/rdf-schema#": "rdfs:", "http://www.w3.org/2002/07/owl#": "owl:"}


def compact_iri(iri: str) -> str:
    """An IRI with kg's usual prefix, if one applies.

    >>> compact_iri("https://w3id.org/kg/shapes#EvidenceShape")
    'kgsh:EvidenceShape'
    >>> compact_iri("https://example.org/x")
    'https://example.org/x'
    """
    for ns, prefix in _PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return prefix + iri[len(ns):]
    return iri
