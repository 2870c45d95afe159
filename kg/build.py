"""The build: ingest → nlp → extract → resolve → map → store, for a set of files.

A build adds the given files to the documents already in the store (``fresh=True`` starts
from nothing, ``prune=True`` drops documents whose files are gone), re-extracts only
contents it has not extracted before with the same extractor, resolves identities over
the whole corpus and writes a new store generation atomically.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from . import __version__, ingest, mapping, nlp, tasks
from .clock import now_iso
from .errors import InputError, KgError
from .model import DocExtraction, from_json
from .resolve import resolve, restrict
from .resources import ontology_turtle
from .store import Store
from .tasks import Settings, slim
from .vocab import IDENTITY_GRAPH, ONTOLOGY_GRAPH, RUNS_GRAPH
from .workers import ahead, executor, ordered

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
    timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    """Wall seconds of each stage, in order: ``extract`` (reading, NLP and extraction),
    ``resolve`` (identities across documents), ``map+load`` (the document graphs mapped in the
    workers while the store loads them), ``read-out`` (the listings' rows, :mod:`kg.readout`),
    ``compact`` (the store's files merged, so that queries and validation read fewer)."""

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
    for path in sorted([*(here / "ingest").glob("*.py"), *(here / "extract").rglob("*.py"),
                        here / "nlp.py", here / "fastpipe.py", here / "dates.py", here / "model.py"]):
        h.update(path.read_bytes())
    data = here / "data"
    for path in sorted(data.glob("*")) if data.is_dir() else []:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def ontology_nquads() -> bytes:
    """The ontology as N-Quads, in its named graph and in the default graph (its blank nodes,
    the class expressions, labelled alike in both).

    >>> b"owl:Ontology" in ontology_nquads() or b"<http://www.w3.org/2002/07/owl#Ontology>" in ontology_nquads()
    True
    """
    import pyoxigraph as ox

    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    triples = list(ox.parse(ontology_turtle(), format=ox.RdfFormat.TURTLE))
    quads = [ox.Quad(t.subject, t.predicate, t.object, g) for g in (graph, ox.DefaultGraph()) for t in triples]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def build(paths: list[Path], *, store: Store | None = None, fresh: bool = False, prune: bool = False,
          strict: bool = False, max_bytes: int = ingest.MAX_BYTES, model: str | None = None,
          wait: float = 0.0, progress: Progress | None = None, workers: int | None = None,
          scheduler: str | None = None) -> BuildReport:
    """Build (or update) the store from files and folders.

    Ingest, NLP and extraction run per document in worker processes (or on a Dask cluster), and
    so does the mapping of each document once identities are resolved; the files, the
    extractions and the quads stream through, so memory does not grow with the corpus's text.
    The graph is the same whatever runs the work.

    :param paths: files and folders to read.
    :param fresh: drop every document already in the store.
    :param prune: drop documents whose files no longer exist.
    :param strict: stop at the first file that cannot be read.
    :param workers: worker processes (default: the machine's cores; 1: none, all in this process).
    :param scheduler: address of a Dask scheduler (``tcp://HOST:PORT``) to send the work to instead.
    :raises InputError: a path does not exist, a bad ``workers`` or ``scheduler``, or (with
        ``strict``) a file cannot be read.
    :raises StoreError: the store is locked by another build or cannot be written.
    :raises KgError: the Dask scheduler cannot be reached.
    """
    store = store or Store()
    tick = progress or (lambda stage, done, total: None)
    skipped: list[tuple[Path, str]] = []
    files = ingest.discover(paths, skipped=skipped)
    timings: dict[str, float] = {}
    with store.lock(wait=wait), executor(workers, scheduler, prepare=partial(_prepare, model)) as place:
        began = time.perf_counter()
        started = now_iso()
        settings = Settings(fingerprint(model), started, model, os.environ.get("SOURCE_DATE_EPOCH"))
        inputs = _extract(files, store, place, settings, strict=strict, max_bytes=max_bytes, tick=tick)
        inputs.outcomes += [FileOutcome(str(path), "skipped", reason) for path, reason in skipped]
        removed = _carry_over(inputs, {} if fresh else store.manifest().get("documents", {}), prune=prune)
        _complete(inputs, store, place, settings, max_bytes=max_bytes)
        timings["extract"] = time.perf_counter() - began
        manifest = {"kg_version": __version__, "extractor": settings.extractor, "created": started,
                    "documents": inputs.docs, "quads": 0}
        # Mapped ahead in a thread: the next documents are mapped while the store loads a batch.
        chunks = ahead(_map(inputs, store, place, manifest, model=model, tick=tick, timings=timings))
        gen = store.write_generation(chunks, manifest, timings=timings)
        tick("store", 1, 1)
    outcomes = sorted(inputs.outcomes, key=lambda o: o.path)
    return BuildReport(store=str(store.path), generation=gen.name, documents=len(inputs.docs),
                       files=tuple(outcomes), removed=removed, quads=manifest["quads"], notes=tuple(inputs.notes),
                       timings=tuple((stage, timings[stage]) for stage in ("extract", "resolve", "map+load", "read-out", "compact")
                                     if stage in timings))


def _prepare(model: str | None, first: Callable) -> None:
    """Before local workers start: load the pipeline in this process if they will extract."""
    if first is tasks.extract_files:
        tasks.prepare(model)


@dataclass
class _Inputs:
    """What reading and extracting the input files gave."""

    docs: dict[str, dict] = field(default_factory=dict)
    """sha256 → {"files": base names, "sources": absolute paths} (the manifest's documents)."""
    extracted: dict[str, DocExtraction] = field(default_factory=dict)
    """sha256 → the document's extraction without its text (see :func:`kg.tasks.slim`)."""
    outcomes: list[FileOutcome] = field(default_factory=list)
    """One outcome per input file."""
    notes: list[str] = field(default_factory=list)
    """Warnings raised while reading."""


def batch_size(remaining: int, workers: int, *, largest: int = 16, smallest: int = 2) -> int:
    """Documents in the next task when ``remaining`` are left for ``workers`` (guided scheduling).

    Tasks shrink as the work runs out, so that the workers finish together: with tasks of a fixed
    size the last one keeps a worker busy while the others wait (with 100 documents in tasks of 12
    on 2 workers, up to a twelfth of the build ran on one core). Large tasks first keep spaCy's
    batches full; no task is smaller than ``smallest`` documents, which bounds the per-task cost.
    One worker waits for nobody: its tasks are all of the largest size.

    >>> [batch_size(n, 2) for n in (1000, 100, 40, 9, 1)]
    [16, 12, 5, 2, 2]
    >>> batch_size(5, 1)
    16
    """
    if workers == 1:
        return largest
    return max(smallest, min(largest, remaining // (4 * workers)))


def _jobs(files: list[Path], store: Store, settings: Settings, *, max_bytes: int, workers: int):
    """Group the files, in order, into jobs for :func:`kg.workers.ordered`: each job is a list of
    entries (``failed``, ``duplicate``, ``cached`` with the cached JSON, or ``extract``) and the
    extraction task of its ``extract`` entries, of :func:`batch_size` files still to read. Bytes
    are read here, once, and sent to the workers."""
    seen: set[str] = set()
    entries: list[tuple] = []
    size = batch_size(len(files), workers)

    def job():
        todo = [(e[1], e[3], e[4]) for e in entries if e[0] == "extract"]
        return entries, (tasks.extract_files, (todo, settings)) if todo else None

    for read, path in enumerate(files, 1):
        try:
            data = ingest.read_bytes(path, max_bytes=max_bytes)
        except InputError as exc:
            entries.append(("failed", str(path), exc))
        else:
            sha = hashlib.sha256(data).hexdigest()
            if sha in seen:
                entries.append(("duplicate", str(path), sha))
            elif (cached := store.cache_get(sha, settings.extractor)) is not None:
                entries.append(("cached", str(path), sha, cached))
            else:
                entries.append(("extract", str(path), sha, data, ingest.SUFFIXES.get(path.suffix.lower(), "text/plain")))
            seen.add(sha)
        if sum(e[0] == "extract" for e in entries) >= size or len(entries) >= 8 * size:
            yield job()
            entries = []
            size = batch_size(len(files) - read, workers)
    if entries:
        yield job()


def _extract(files: list[Path], store: Store, place, settings: Settings, *, strict: bool, max_bytes: int,
             tick: Progress) -> _Inputs:
    """Read, ingest and extract every file (in the workers), in file order; an extraction is cached
    in the store by content hash and extractor. A file that cannot be read is reported and skipped
    (raised if strict)."""
    inputs = _Inputs()
    failed: dict[str, str] = {}  # sha256 of contents that failed → the first file with it
    count = 0
    for entries, results in ordered(place, _jobs(files, store, settings, max_bytes=max_bytes, workers=place.workers)):
        results = iter(results or ())
        for kind, path, *rest in entries:
            count += 1
            tick("extract", count, len(files))
            if kind == "extract":
                result = next(results)
                if result.error:
                    failed[rest[0]] = path
                    _fail(inputs, path, InputError(result.error, hint=result.hint), strict)
                    continue
                store.cache_put(result.sha256, settings.extractor, result.json)
                x, status = result.slim, "extracted"
            elif kind == "cached":
                x, status = slim(from_json(DocExtraction, rest[1])), "cached"
            elif kind == "duplicate":
                if rest[0] in failed:  # the same bytes as a file that failed: its own error
                    _fail(inputs, path, _error_of(Path(path), max_bytes), strict)
                    continue
                first = inputs.docs[rest[0]]["sources"][0]
                inputs.outcomes.append(FileOutcome(path, "duplicate", f"same content as {first}"))
                _add_file(inputs, rest[0], path)
                continue
            else:
                _fail(inputs, path, rest[0], strict)
                continue
            inputs.extracted[x.document.sha256] = x
            inputs.notes.extend(x.document.notes)
            inputs.outcomes.append(FileOutcome(path, status))
            _add_file(inputs, x.document.sha256, path)
    return inputs


def _add_file(inputs: _Inputs, sha: str, path: str) -> None:
    entry = inputs.docs.setdefault(sha, {"files": [], "sources": []})
    entry["files"].append(Path(path).name)
    entry["sources"].append(str(Path(path).resolve()))


def _fail(inputs: _Inputs, path: str, error: InputError, strict: bool) -> None:
    if strict:
        raise error
    inputs.outcomes.append(FileOutcome(path, "failed", str(error).removeprefix(f"{path}: ")))


def _error_of(path: Path, max_bytes: int) -> InputError:
    """The error reading a file gives (for a copy of a file that failed)."""
    try:
        ingest.read(path, max_bytes=max_bytes)
    except InputError as exc:
        return exc
    return InputError(f"{path}: changed while it was read")


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


def _complete(inputs: _Inputs, store: Store, place, settings: Settings, *, max_bytes: int) -> None:
    """Extractions of the documents of earlier builds: from the cache, else extracted again from
    the first of their files that still holds the same content.

    :raises KgError: a document has to be extracted again and none of its files holds it.
    """
    for sha in sorted(set(inputs.docs) - set(inputs.extracted)):
        cached = store.cache_get(sha, settings.extractor)
        if cached is not None:
            inputs.extracted[sha] = slim(from_json(DocExtraction, cached))
            continue
        for source in inputs.docs[sha]["sources"]:
            try:
                data = ingest.read_bytes(Path(source), max_bytes=max_bytes)
            except InputError:
                continue
            if hashlib.sha256(data).hexdigest() == sha:
                media_type = ingest.SUFFIXES.get(Path(source).suffix.lower(), "text/plain")
                (result,) = place.submit(tasks.extract_files, [(source, data, media_type)], settings).result()
                if not result.error:
                    store.cache_put(sha, settings.extractor, result.json)
                    inputs.extracted[sha] = result.slim
                    break
        else:
            raise KgError(f"cannot re-extract {inputs.docs[sha]['files'][0]}: its file is gone or changed",
                          hint="rebuild with --prune to drop it, or --fresh")


def _map(inputs: _Inputs, store: Store, place, manifest: dict, *, model: str | None,
         tick: Progress, timings: dict[str, float]) -> Iterator[bytes]:
    """Resolve identities, then stream the N-Quads of the document graphs (mapped in the workers),
    the identity, runs and ontology graphs; every triple also goes to the default graph, which
    the store thus holds as the union of the named graphs. Counts the named graphs' quads into
    ``manifest["quads"]`` and the seconds of the resolution into ``timings["resolve"]``."""
    extractions = inputs.extracted
    began = time.perf_counter()
    resolution = resolve(extractions.values())
    timings["resolve"] = time.perf_counter() - began
    shas = sorted(extractions)

    def jobs():
        i = 0
        while i < len(shas):
            size = batch_size(len(shas) - i, place.workers)
            items = [(store.cache_get(sha, extractions[sha].extractor), restrict(resolution, extractions[sha]),
                      inputs.docs[sha]["files"]) for sha in shas[i:i + size]]
            i += size
            yield len(items), (tasks.map_documents, (items,))

    done = 0
    for n, (chunk, quads) in ordered(place, jobs()):
        done += n
        tick("map", done, len(shas))
        manifest["quads"] += quads
        yield chunk
    runs = {sha: mapping.run_iri(x.run_started, x.extractor) for sha, x in extractions.items()}
    model_name = nlp.installed_model(model)
    run_info = {runs[sha]: (x.run_started, __version__, model_name) for sha, x in extractions.items()}
    for graph, triples in ((IDENTITY_GRAPH, mapping.identity_graph(resolution, runs, extractions)),
                           (RUNS_GRAPH, mapping.runs_graph(run_info))):
        manifest["quads"] += len(triples)
        yield triples.nquads(graph)
    ontology = ontology_nquads()
    manifest["quads"] += ontology.count(b"\n") // 2
    tick("store", 0, 1)
    yield ontology
