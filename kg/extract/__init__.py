"""Stage 3, extract: parsed blocks → records with exact spans (actors, and in later stages
roles, events, claims and times). Each submodule is one kind of record."""
from __future__ import annotations

from ..model import Block, DocExtraction, Document
from . import actors

__all__ = ["extract"]


def extract(document: Document, parsed: list[tuple[Block, object]], *, extractor: str, run_started: str) -> DocExtraction:
    """Extract every record kind from one parsed document.

    :param parsed: (block, spaCy Doc) pairs from :func:`kg.nlp.parse`.
    :param extractor: fingerprint of kg's version and NLP model.
    :param run_started: start time of the extraction run.
    """
    return DocExtraction(document=document, mentions=tuple(actors.mentions(document, parsed)),
                         extractor=extractor, run_started=run_started)
