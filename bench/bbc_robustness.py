"""The whole BBC corpus (2,225 stories) through ``kg build``, as a robustness check.

Run ``python bench/bbc_robustness.py [CORPUS] [--store DIR] [--validate]``. The corpus is the
argument, else ``$KG_BBC``, else ``../shared/corpora/bbc`` next to the repository (it is not
copied into the repository). Prints, and checks:

* every story file is accounted for: built (``extracted``/``cached``), ``duplicate`` (same bytes
  as another file), ``skipped`` or ``failed``, each with its reason: no file is silently left out;
* every built or duplicate file is named (``kg:fileName``) by a document in the store;
* the notes (files decoded with another encoding than UTF-8);
* with ``--validate``, the store conforms to the shapes.

Exit code 0 when every check holds, 1 otherwise. The counts are recorded in bench/ROBUSTNESS.md.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "bbc"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=Path(os.environ.get("KG_BBC") or DEFAULT))
    parser.add_argument("--store", type=Path, help="store folder (default: a temporary one)")
    parser.add_argument("--validate", action="store_true", help="also validate the store against the shapes")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import kg
    from kg.ingest import discover

    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus} (pass its path or set KG_BBC)", file=sys.stderr)
        return 1
    folders = sorted(p for p in args.corpus.iterdir() if p.is_dir())  # the five categories, not the README
    store = kg.Store(args.store or Path(tempfile.mkdtemp()) / "bbc-store")
    found = discover(folders)
    t0 = time.perf_counter()
    report = kg.build(folders, store=store, fresh=True)
    seconds = time.perf_counter() - t0
    counts = Counter(f.status for f in report.files)
    print(f"corpus {args.corpus}: {len(found)} story file(s) in {len(folders)} folder(s)")
    print(f"build: {seconds:.0f} s; {report.documents} document(s), {report.quads} quads in {store.path}")
    print("files: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
    for f in report.files:
        if f.status in ("failed", "skipped", "duplicate"):
            print(f"  {f.status}: {Path(f.path).relative_to(args.corpus)}: {f.reason.replace(str(args.corpus) + '/', '')}")
    print(f"notes ({len(report.notes)}):")
    for note in report.notes:
        print(f"  {note.replace(str(args.corpus) + '/', '')}")
    problems = []
    reported = {Path(f.path) for f in report.files}
    if reported != set(found):
        problems.append(f"{len(set(found) - reported)} file(s) without an outcome, {len(reported - set(found))} unexpected")
    sources = {s for entry in store.manifest().get("documents", {}).values() for s in entry.get("sources", [])}
    built = {str(Path(f.path).resolve()) for f in report.files if f.status in ("extracted", "cached", "duplicate")}
    if built - sources:
        problems.append(f"{len(built - sources)} built file(s) missing from the store, e.g. {sorted(built - sources)[:3]}")
    graphs = kg.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d a kg:Document } }", store=store, check=False)
    if int(graphs.rows[0][0].value) != report.documents:
        problems.append(f"{graphs.rows[0][0].value} document graph(s) for {report.documents} document(s)")
    if args.validate:
        t0 = time.perf_counter()
        validation = kg.validate(store)
        print(f"validation: {'conforms' if validation.conforms else 'DOES NOT CONFORM'}, "
              f"{validation.violations} violation(s), {len(validation.results)} result(s), {time.perf_counter() - t0:.0f} s")
        if not validation.conforms:
            problems.append("the store does not conform to its shapes")
    print("OK: every file is in the graph or reported with its reason" if not problems else "PROBLEMS: " + "; ".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
