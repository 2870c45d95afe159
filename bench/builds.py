"""Build throughput against plain spaCy, scaling with workers, and the whole-corpus build."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from measure import Run, run

SPACY = """
import sys
from pathlib import Path
import spacy
from kg import nlp
paths = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
texts = [Path(p).read_bytes().decode("utf-8", "replace") for p in paths]
stock = spacy.load(nlp.installed_model().rsplit("-", 1)[0])
for _ in stock.pipe(texts, batch_size=64, n_process=int(sys.argv[2])):
    pass
"""
"""The baseline: what a user would otherwise run, spaCy's ``nlp.pipe`` over the same texts with
the same model, as spaCy loads it (its stock components: kg's :func:`kg.nlp.load` swaps two of
them for lookups, see ``kg/fastpipe.py``), and the same number of processes (loading the model
included, as for kg)."""


def compile_kg() -> int:
    """Byte-compile kg's modules, as installing a wheel does, so that every measured ``kg`` process
    does not compile them again from source (it does where ``PYTHONDONTWRITEBYTECODE`` is set: about
    0.2 s of CPU a process, which spaCy's installed modules, already compiled, do not pay).

    :returns: the number of modules of the package.
    """
    import compileall

    import kg

    package = Path(kg.__file__).parent
    compileall.compile_dir(str(package), quiet=1)
    return sum(1 for _ in package.rglob("*.py"))


def words(paths: list[Path]) -> int:
    return sum(len(p.read_bytes().decode("utf-8", "replace").split()) for p in paths)


def spacy(paths: list[Path], processes: int, work: Path) -> Run:
    listing = work / f"texts-{len(paths)}.txt"
    listing.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    return run(["-c", SPACY, str(listing), str(processes)])


def kg_build(folder: Path, store: Path, workers: int) -> Run:
    shutil.rmtree(store, ignore_errors=True)
    return run(["-m", "kg", "build", str(folder), "--store", str(store), "--workers", str(workers), "-q"])


def copy_corpus(paths: list[Path], work: Path) -> Path:
    """The files in one folder (unique names), so that the build reads exactly them."""
    folder = work / f"in-{len(paths)}"
    folder.mkdir(exist_ok=True)
    for i, p in enumerate(paths):
        shutil.copy(p, folder / f"{i:05d}_{p.parent.name}_{p.name}")
    return folder


def throughput(name: str, paths: list[Path], process_counts: list[int]) -> list[dict]:
    """kg build against spaCy with 1..N processes over the same files."""
    rows = []
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        folder = copy_corpus(paths, work)
        n_words = words(paths)
        for n in process_counts:
            base = spacy(paths, n, work)
            built = kg_build(folder, work / "store", n)
            rows.append({"corpus": name, "documents": len(paths), "words": n_words, "processes": n,
                         "spacy_cpu_s": base.cpu_seconds, "kg_cpu_s": built.cpu_seconds,
                         "spacy_s": base.seconds, "kg_s": built.seconds, "kg_rss_mb": built.peak_rss_mb,
                         "spacy_rss_mb": base.peak_rss_mb, "summary": built.output.strip().splitlines()[0]})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def whole(corpus: Path, store: Path, workers: int) -> dict:
    """The whole corpus (as a user would give it: the folder) built, then validated."""
    paths = sorted(p for p in corpus.rglob("*.txt") if p.parent != corpus)
    built = run(["-m", "kg", "build", *[str(p) for p in sorted({p.parent for p in paths})], "--store", str(store),
                 "--workers", str(workers), "-q", "--fresh", "--timings"])
    checked = run(["-m", "kg", "validate", "--store", str(store)], env={**os.environ})
    return {"documents": len(paths), "words": words(paths), "workers": workers, "build_s": built.seconds,
            "build_cpu_s": built.cpu_seconds, "validate_cpu_s": checked.cpu_seconds,
            "build_rss_mb": built.peak_rss_mb, "validate_s": checked.seconds, "validate_rss_mb": checked.peak_rss_mb,
            # the store's temporary folder named as the user would name it (no machine path in RESULTS.md)
            "summary": built.output.strip().splitlines()[0].replace(str(store), "STORE"),
            "stages": next((line for line in built.output.splitlines() if line.startswith("timings: ")), ""),
            "verdict": checked.output.strip().splitlines()[-1]}
