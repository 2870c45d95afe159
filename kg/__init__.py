"""kg: news articles and reports → an RDF knowledge graph of actors, events and attributed
claims, each node traceable to the exact characters it came from.

The library is the product; the ``kg`` command is a thin layer over these functions.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .build import BuildReport, FileOutcome, build  # noqa: E402
from .errors import InputError, KgError, NotConformingError, QueryError, ShapesError, StoreError  # noqa: E402
from .export import export  # noqa: E402
from .model import Actor, DateValue, DocExtraction, Document, Mention, Resolution, Segment, Span  # noqa: E402
from .push import PushError, PushReport, push  # noqa: E402
from .query import QueryResult, query  # noqa: E402
from .reason import ReasonReport, reason  # noqa: E402
from .store import Store  # noqa: E402
from .validate import ValidationReport, ValidationResult, validate  # noqa: E402

__all__ = [
    "__version__", "build", "validate", "reason", "query", "export", "push", "Store",
    "BuildReport", "FileOutcome", "QueryResult", "ReasonReport", "PushReport", "ValidationReport", "ValidationResult",
    "Document", "DocExtraction", "Mention", "Actor", "Resolution", "Segment", "Span", "DateValue",
    "KgError", "InputError", "StoreError", "QueryError", "ShapesError", "NotConformingError", "PushError",
]
