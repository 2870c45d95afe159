"""Held-out evaluation of kg on BBC News stories (2004-2005) whose gold was not used for tuning.

The gold annotations are in ``bench/heldout/gold/`` (the first set, four politics stories) and
``bench/heldout/gold-2/`` (the second set, six stories); see ``bench/heldout/README.md``.
``--gold DIR`` picks the set, the first one by default. The texts are not in the repository: they
are read at run time from the BBC corpus, ``$KG_BBC`` or else ``../shared/corpora/bbc`` relative
to the repository root. The story of a gold file is named by its ``document`` field,
``bbc_<folder>_<NNN>.txt`` for the corpus file ``<folder>/<NNN>.txt``; it is copied into a
temporary folder under that name, built into a temporary store and scored with
:func:`kg.evaluate.evaluate`; the table is the one ``kg eval`` prints.

    cd REPO && PYTHONPATH=. python bench/heldout.py            # print the table (first set)
    cd REPO && PYTHONPATH=. python bench/heldout.py --write    # also write bench/heldout/RESULTS.md
    cd REPO && PYTHONPATH=. python bench/heldout.py --gold bench/heldout/gold-2 --write
                                                               # second set, RESULTS-gold-2.md
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLD = HERE / "heldout" / "gold"
RESULTS = HERE / "heldout" / "RESULTS.md"
DOC_RE = re.compile(r"^document:\s*(bbc_([a-z]+)_(\d+\.txt))\s*$", re.M)


def bbc_root() -> Path:
    """The BBC corpus folder (the one holding ``politics/``)."""
    return Path(os.environ.get("KG_BBC") or ROOT.parent / "shared" / "corpora" / "bbc")


def results_path(gold: Path) -> Path:
    """Where ``--write`` puts the table: RESULTS.md for the first set, RESULTS-<folder>.md else."""
    if gold.resolve() == GOLD.resolve():
        return RESULTS
    return RESULTS.with_name(f"RESULTS-{gold.name}.md")


def gold_documents(gold: Path = GOLD) -> list[tuple[str, Path]]:
    """(stored file name, corpus path) of every gold file of the folder, in gold-file order."""
    out = []
    for path in sorted(gold.glob("*.yaml")):
        m = DOC_RE.search(path.read_text(encoding="utf-8"))
        if not m:
            sys.exit(f"{path.name}: no 'document: bbc_<folder>_<NNN>.txt' line")
        out.append((m.group(1), bbc_root() / m.group(2) / m.group(3)))
    return out


def run(gold: Path = GOLD, *, errors: bool = False) -> str:
    """Build the stories of a held-out gold folder into a temporary store and return the
    ``kg eval`` table (with ``errors``, followed by every missed and spurious item: reading them
    makes the set development data)."""
    from kg.evaluate import evaluate

    docs = gold_documents(gold)
    missing = [str(p) for _, p in docs if not p.is_file()]
    if missing:
        sys.exit("BBC corpus not found (set KG_BBC to the bbc folder): " + ", ".join(missing))
    folder = Path(tempfile.mkdtemp(prefix="kg-heldout-"))
    try:
        for name, path in docs:
            shutil.copyfile(path, folder / name)
        return evaluate(gold, docs=folder).text(errors=errors)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD,
                        help=f"gold folder (default {GOLD.relative_to(ROOT)}; the second set is bench/heldout/gold-2)")
    parser.add_argument("--write", action="store_true",
                        help=f"also write {RESULTS.relative_to(ROOT)} (RESULTS-<folder>.md for another --gold)")
    parser.add_argument("--errors", action="store_true",
                        help="also list every missed and spurious item (the set is no longer clean once read)")
    args = parser.parse_args()
    if not args.gold.is_dir():
        sys.exit(f"no such gold folder: {args.gold}")
    table = run(args.gold, errors=args.errors)
    print(table)
    if args.write:
        import kg

        out = results_path(args.gold)
        stories = ", ".join(f"{p.parent.name}/{p.name}" for _, p in gold_documents(args.gold))
        command = "PYTHONPATH=. python bench/heldout.py" + (
            "" if out == RESULTS else f" --gold bench/heldout/{args.gold.name}") + " --write"
        out.write_text(
            "# Held-out evaluation results\n\n"
            f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n"
            f"- kg version: {getattr(kg, '__version__', '?')}\n"
            f"- command: `{command}` (from the repository root)\n"
            f"- stories: {stories} of the BBC News corpus, gold in `bench/heldout/{args.gold.name}/`\n\n"
            "A held-out check: these stories and their gold were not used to tune the extractor "
            "(see README.md). Matching rules: `kg/evaluate.py`.\n\n"
            "```\n" + table + "\n```\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


if __name__ == "__main__":
    main()
