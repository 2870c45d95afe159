"""The per-document work of a build, as functions a worker process or a Dask worker runs.

Each takes plain, picklable values (file bytes, JSON, small records) and returns plain values,
so the same function runs in the building process (``--workers 1``), in a local process pool
or on a cluster, and gives the same result. A worker loads the spaCy pipeline once (see
:func:`kg.nlp.load`) and keeps it for every task it runs.
"""
from __future__ import annotations

import dataclasses
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from . import ingest, mapping, nlp
from .errors import InputError
from .extract import extract
from .iris import doc_graph
from .model import DocExtraction, Document, Resolution, from_json, to_json


@dataclass(frozen=True, slots=True)
class Settings:
    """What every extraction task of one build shares."""

    extractor: str
    """Fingerprint of the extractor (see :func:`kg.build.fingerprint`)."""
    started: str
    """Start time of the extraction run."""
    model: str | None = None
    """spaCy pipeline to load (None: the installed default)."""
    epoch: str | None = None
    """The builder's ``SOURCE_DATE_EPOCH``, applied on the worker too so that frozen builds are
    reproducible on a cluster whose workers do not have it set."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """The outcome of one file sent to :func:`extract_files`."""

    path: str
    """The file, as given."""
    sha256: str = ""
    """The content's hash (empty when the file failed)."""
    json: str = ""
    """The extraction, as :func:`kg.model.to_json` (for the extraction cache)."""
    slim: DocExtraction | None = None
    """The extraction without the document's text (see :func:`slim`)."""
    error: str = ""
    """Why the file could not be read (its :class:`InputError` message)."""
    hint: str | None = None
    """The error's hint."""


def slim(x: DocExtraction) -> DocExtraction:
    """An extraction without the document's text, segments and blocks: what resolution and the
    identity graph need, kept in memory for every document of a build.

    >>> d = Document("a.txt", "a.txt", "ab12", "long text", "text/plain", "utf-8")
    >>> slim(DocExtraction(document=d)).document.text
    ''
    """
    return dataclasses.replace(x, document=dataclasses.replace(x.document, text="", segments=(), blocks=()))


@contextmanager
def _epoch(value: str | None) -> Iterator[None]:
    """Freeze the clock as the builder's was (a no-op when the builder's was not frozen)."""
    if value is None:
        yield
        return
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def prepare(model: str | None) -> None:
    """Load what every extraction needs (the spaCy pipeline, the gazetteer and its phrase matcher,
    the ontology's class tree), so that worker processes forked afterwards inherit it."""
    from . import ontology
    from .extract import actors, gazetteer

    pipeline = nlp.load(model)
    actors.warm(pipeline.vocab, gazetteer.load())
    ontology.ancestors("Event")
    _freeze()


@cache
def _freeze() -> None:
    """Once per process, after the pipeline is loaded: what was loaded lives as long as the process;
    moved out of the collector's generations (after one collection, so that no garbage is kept), it
    is not traversed again by every full collection during builds, and forked workers do not dirty
    its pages (they stay shared)."""
    gc.collect()
    gc.freeze()


def extract_files(files: list[tuple[str, bytes, str]], settings: Settings) -> list[Extracted]:
    """Ingest, parse and extract files whose bytes were read by the builder.

    The documents of one call are parsed in spaCy batches that span documents.

    :param files: ``(path, bytes, media type)`` of each file.
    :returns: one :class:`Extracted` per file, in order.
    """
    with _epoch(settings.epoch):
        outcomes: dict[int, Extracted] = {}
        documents: list[tuple[int, Document]] = []
        for i, (path, data, media_type) in enumerate(files):
            try:
                documents.append((i, ingest.parse(data, source=path, file_name=os.path.basename(path),
                                                  media_type=media_type)))
            except InputError as exc:
                outcomes[i] = Extracted(path, error=exc.message, hint=exc.hint)
        if documents:
            pipeline = nlp.load(settings.model)
            parsed = nlp.parse((d for _, d in documents), pipeline)
            for (i, document), (_, blocks) in zip(documents, parsed):
                x = extract(document, blocks, extractor=settings.extractor, run_started=settings.started)
                outcomes[i] = Extracted(files[i][0], document.sha256, to_json(x), slim(x))
    return [outcomes[i] for i in range(len(files))]


def map_documents(items: list[tuple[str, Resolution, list[str]]]) -> tuple[bytes, int]:
    """The N-Quads of document graphs: each in its named graph and in the default graph.

    :param items: ``(extraction JSON, the resolution restricted to it, its file names)`` per document.
    :returns: the N-Quads, and the number of quads in the named graphs.
    """
    out, count = [], 0
    for payload, resolution, file_names in items:
        x = from_json(DocExtraction, payload)
        triples = mapping.document_graph(x, resolution, file_names=file_names)
        out.append(triples.nquads(doc_graph(x.document.sha256)))
        count += len(triples)
    return b"".join(out), count
