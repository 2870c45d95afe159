"""The build: ingest → nlp → extract → resolve → map → store, for a set of files.

A build adds the given files to the documents already in the store (``fresh=True`` starts
from nothing, ``prune=True`` drops documents whose files are gone), re-extracts only
contents it has not extracted before with the same extractor, resolves identities over
the whole corpus and writes a new store generation atomically.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import __version__, ingest, iris, mapping, nlp
from .clock import now_iso
from .errors import InputError, KgError
from .extract import extract
from .model import DocExtraction, Document, from_json, to_json
from .resolve import resolve
from .resources import ontology_turtle
from .store import Store, graph_to_nquads, union_chunk
from .vocab import IDENTITY_GRAPH, ONTOLOGY_GRAPH, RUNS_GRAPH

Progress = Callable[[str, int, int], None]
"""Callback ``(stage, done, total)`` for progress bars."""


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one input file."""

    path: str
    """The file, as found."""
    status: str
    """``extracted``, ``cached`` (content seen before), ``duplicate`` (same content as another file),
    ``skipped`` (a folder left out on purpose: a symlink loop) or ``failed``."""
    reason: str = ""
    """Why it failed or was skipped, or what it duplicates."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """Summary of a build."""

    store: str
    """The store folder."""
    generation: str
    """The generation written."""
    documents: int
    """Documents in the store after the build."""
    files: tuple[FileOutcome, ...] = ()
    """One outcome per input file."""
    removed: int = 0
    """Documents dropped by ``prune`` or ``fresh``."""
    quads: int = 0
    """Quads written."""
    notes: tuple[str, ...] = field(default=())
    """Warnings (fallback encodings...)."""

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        """Files that could not be built."""
        return tuple(f for f in self.files if f.status == "failed")

    @property
    def skipped(self) -> tuple[FileOutcome, ...]:
        """Entries left out on purpose (symlink loops), with the reason."""
        return tuple(f for f in self.files if f.status == "skipped")


def fingerprint(model: str | None = None) -> str:
    """Identity of the extractor: kg's version, the NLP model, and the source of the stages that
    produce extractions. A cached extraction is reused only under the same fingerprint."""
    h = hashlib.sha256(f"{__version__}|{nlp.installed_model(model)}".encode())
    here = Path(__file__).parent
    for path in sorted([*(here / "ingest").glob("*.py"), *(here / "extract").glob("*.py"),
                        here / "nlp.py", here / "dates.py", here / "model.py"]):
        h.update(path.read_bytes())
    data = here / "data"
    for path in sorted(data.glob("*")) if data.is_dir() else []:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def build(paths: list[Path], *, store: Store | None = None, fresh: bool = False, prune: bool = False,
          strict: bool = False, max_bytes: int = ingest.MAX_BYTES, model: str | None = None,
          wait: float = 0.0, progress: Progress | None = None) -> BuildReport:
    """Build (or update) the store from files and folders.

    :param paths: files and folders to read.
    :param fresh: drop every document already in the store.
    :param prune: drop documents whose files no longer exist.
    :param strict: stop at the first file that cannot be read.
    :raises InputError: a path does not exist, or (with ``strict``) a file cannot be read.
    :raises StoreError: the store is locked by another build or cannot be written.
    """
    store = store or Store()
    tick = progress or (lambda stage, done, total: None)
    skipped: list[tuple[Path, str]] = []
    files = ingest.discover(paths, skipped=skipped)
    with store.lock(wait=wait):
        started = now_iso()
        extractor = fingerprint(model)
        inputs = _read(files, strict=strict, max_bytes=max_bytes, tick=tick)
        inputs.outcomes += [FileOutcome(str(path), "skipped", reason) for path, reason in skipped]
        removed = _carry_over(inputs, {} if fresh else store.manifest().get("documents", {}), prune=prune)
        extractions, done = _extract(inputs, store, extractor=extractor, model=model, started=started,
                                     max_bytes=max_bytes, tick=tick)
        outcomes = sorted(inputs.outcomes + [FileOutcome(path, "extracted" if sha in done else "cached")
                                             for path, sha in inputs.first_files], key=lambda o: o.path)
        chunks, quads = _map(extractions, inputs.docs, model=model, tick=tick)
        manifest = {"kg_version": __version__, "extractor": extractor, "created": started,
                    "documents": inputs.docs, "quads": quads}
        tick("store", 0, 1)
        gen = store.write_generation(chunks, manifest)
        tick("store", 1, 1)
    return BuildReport(store=str(store.path), generation=gen.name, documents=len(inputs.docs),
                       files=tuple(outcomes), removed=removed, quads=quads, notes=tuple(inputs.notes))


@dataclass
class _Inputs:
    """What reading the input files gave: documents by content hash, and what happened to each file."""

    docs: dict[str, dict] = field(default_factory=dict)
    """sha256 → {"files": base names, "sources": absolute paths} (the manifest's documents)."""
    fresh: dict[str, Document] = field(default_factory=dict)
    """sha256 → the document read in this build."""
    outcomes: list[FileOutcome] = field(default_factory=list)
    """Failed and duplicate files."""
    first_files: list[tuple[str, str]] = field(default_factory=list)
    """(path, sha256) of the first file of each content."""
    notes: list[str] = field(default_factory=list)
    """Warnings raised while reading."""


def _read(files: list[Path], *, strict: bool, max_bytes: int, tick: Progress) -> _Inputs:
    """Ingest every file; a file that cannot be read is reported and skipped (raised if strict)."""
    inputs = _Inputs()
    for i, path in enumerate(files):
        tick("read", i, len(files))
        try:
            document = ingest.read(path, max_bytes=max_bytes)
        except InputError as exc:
            if strict:
                raise
            inputs.outcomes.append(FileOutcome(str(path), "failed", str(exc).removeprefix(f"{path}: ")))
            continue
        inputs.notes.extend(document.notes)
        entry = inputs.docs.setdefault(document.sha256, {"files": [], "sources": []})
        if entry["files"]:
            inputs.outcomes.append(FileOutcome(str(path), "duplicate", f"same content as {entry['sources'][0]}"))
        else:
            inputs.first_files.append((str(path), document.sha256))
        entry["files"].append(path.name)
        entry["sources"].append(str(path.resolve()))
        inputs.fresh.setdefault(document.sha256, document)
    tick("read", len(files), len(files))
    return inputs


def _carry_over(inputs: _Inputs, previous: dict, *, prune: bool) -> int:
    """Keep the documents of earlier builds (unless pruned); a rebuilt file keeps only its new content.

    :returns: the number of documents dropped.
    """
    rebuilt = {s for e in inputs.docs.values() for s in e["sources"]}
    removed = 0
    for sha, entry in previous.items():
        sources = [s for s in entry.get("sources", []) if s not in rebuilt]
        if prune:
            sources = [s for s in sources if Path(s).is_file()]
        if not sources and entry.get("sources"):
            removed += sha not in inputs.docs
            continue
        merged = inputs.docs.setdefault(sha, {"files": [], "sources": []})
        for s in sources:
            if s not in merged["sources"]:
                merged["sources"].append(s)
                merged["files"].append(Path(s).name)
    return removed


def _extract(inputs: _Inputs, store: Store, *, extractor: str, model: str | None, started: str, max_bytes: int,
             tick: Progress) -> tuple[dict[str, DocExtraction], set[str]]:
    """Extractions of every document: from the cache when this extractor saw the content before.

    :returns: extractions by sha256, and the sha256 of those extracted in this build.
    """
    extractions: dict[str, DocExtraction] = {}
    todo: list[Document] = []
    for sha in sorted(inputs.docs):
        cached = store.cache_get(sha, extractor)
        if cached is not None:
            extractions[sha] = from_json(DocExtraction, cached)
        elif sha in inputs.fresh:
            todo.append(inputs.fresh[sha])
        else:
            document = _reread(inputs.docs[sha]["sources"], sha, max_bytes)
            if document is None:
                raise KgError(f"cannot re-extract {inputs.docs[sha]['files'][0]}: its file is gone or changed",
                              hint="rebuild with --prune to drop it, or --fresh")
            todo.append(document)
    if todo:
        pipeline = nlp.load(model)
        for i, (document, parsed) in enumerate(nlp.parse(todo, pipeline)):
            tick("extract", i, len(todo))
            x = extract(document, parsed, extractor=extractor, run_started=started)
            store.cache_put(document.sha256, extractor, to_json(x))
            extractions[document.sha256] = x
        tick("extract", len(todo), len(todo))
    return extractions, {d.sha256 for d in todo}


def _map(extractions: dict[str, DocExtraction], docs: dict[str, dict], *, model: str | None,
         tick: Progress) -> tuple[list[bytes], int]:
    """Resolve identities and map everything to N-Quads chunks: the document graphs, identity,
    runs and ontology graphs, and last the default graph (their union).

    :returns: the chunks, and the number of quads in the named graphs.
    """
    resolution = resolve(extractions.values())
    runs = {sha: mapping.run_iri(x.run_started, x.extractor) for sha, x in extractions.items()}
    chunks: list[bytes] = []
    union: set[bytes] = set()
    for i, sha in enumerate(sorted(extractions)):
        tick("map", i, len(extractions))
        g = mapping.document_graph(extractions[sha], resolution, file_names=docs[sha]["files"])
        chunks.append(graph_to_nquads(iris.doc_graph(sha), g, union))
    model_name = nlp.installed_model(model)
    run_info = {runs[sha]: (x.run_started, __version__, model_name) for sha, x in extractions.items()}
    ontology = Graph().parse(data=ontology_turtle(), format="turtle")
    chunks += [graph_to_nquads(IDENTITY_GRAPH, mapping.identity_graph(resolution, runs, extractions), union),
               graph_to_nquads(RUNS_GRAPH, mapping.runs_graph(run_info), union),
               graph_to_nquads(ONTOLOGY_GRAPH, ontology, union)]
    quads = sum(c.count(b"\n") for c in chunks)
    chunks.append(union_chunk(union))
    return chunks, quads


def _reread(sources: list[str], sha: str, max_bytes: int) -> Document | None:
    """Read a document of an earlier build again from the first of its files that still holds it."""
    for source in sources:
        try:
            document = ingest.read(Path(source), max_bytes=max_bytes)
        except InputError:
            continue
        if document.sha256 == sha:
            return document
    return None
