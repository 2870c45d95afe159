"""Stage 3, extract: parsed blocks → records with exact spans: actor mentions, roles, events and
claims. Each submodule is one kind of record; :class:`~kg.extract.context.Context` is what they share."""
from __future__ import annotations

from ..model import Block, DocExtraction, Document
from . import actors, claims, events, roles
from .context import Context

__all__ = ["extract"]


def extract(document: Document, parsed: list[tuple[Block, object]], *, extractor: str, run_started: str) -> DocExtraction:
    """Extract every record kind from one parsed document.

    :param parsed: (block, spaCy Doc) pairs from :func:`kg.nlp.parse`.
    :param extractor: fingerprint of kg's version and NLP model.
    :param run_started: start time of the extraction run.
    """
    ctx = Context(document, parsed, actors.mentions(document, parsed))
    found_roles = roles.find(ctx)
    anchor = _anchor(document)
    found_events = events.find(ctx, anchor)
    found_claims = claims.find(ctx, anchor, found_events)
    found_events += events.claimed_appeals(ctx, found_claims, found_events)  # appended: claims index the others
    implied = {id(m) for m in ctx.implied}
    return DocExtraction(document=document, mentions=tuple(m for m in ctx.mentions if id(m) not in implied),
                         roles=tuple(found_roles), events=tuple(found_events), claims=tuple(found_claims),
                         extractor=extractor, run_started=run_started, implied=tuple(sorted(ctx.implied, key=lambda m: (m.start, m.end))))


def _anchor(document: Document):
    """The publication date as the anchor of relative dates (day precision at most)."""
    from ..model import DateValue

    p = document.published
    if p is None:
        return None
    return DateValue(p.value[:10], "day") if p.precision == "datetime" else p
