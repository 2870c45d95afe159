"""Held-out evaluation of kg on four BBC News politics stories (2004-2005), never used for tuning.

The gold annotation is in ``bench/heldout/gold/`` (see ``bench/heldout/README.md``). The texts are
not in the repository: they are read at run time from the BBC corpus, ``$KG_BBC`` or else
``../shared/corpora/bbc`` relative to the repository root. Each story ``politics/NNN.txt`` is
copied into a temporary folder as ``bbc_politics_NNN.txt`` (the name its gold ``document``
field expects), built into a temporary store and scored with :func:`kg.evaluate.evaluate`;
the table is the one ``kg eval`` prints.

    cd REPO && PYTHONPATH=. python bench/heldout.py            # print the table
    cd REPO && PYTHONPATH=. python bench/heldout.py --write    # also write bench/heldout/RESULTS.md
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


def gold_documents() -> list[tuple[str, Path]]:
    """(stored file name, corpus path) of every gold file, in gold-file order."""
    out = []
    for path in sorted(GOLD.glob("*.yaml")):
        m = DOC_RE.search(path.read_text(encoding="utf-8"))
        if not m:
            sys.exit(f"{path.name}: no 'document: bbc_<folder>_<NNN>.txt' line")
        out.append((m.group(1), bbc_root() / m.group(2) / m.group(3)))
    return out


def run() -> str:
    """Build the held-out stories into a temporary store and return the ``kg eval`` table."""
    from kg.evaluate import evaluate

    docs = gold_documents()
    missing = [str(p) for _, p in docs if not p.is_file()]
    if missing:
        sys.exit("BBC corpus not found (set KG_BBC to the bbc folder): " + ", ".join(missing))
    folder = Path(tempfile.mkdtemp(prefix="kg-heldout-"))
    try:
        for name, path in docs:
            shutil.copyfile(path, folder / name)
        return evaluate(GOLD, docs=folder).text()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"also write {RESULTS.relative_to(ROOT)}")
    args = parser.parse_args()
    table = run()
    print(table)
    if args.write:
        import kg

        stories = ", ".join(f"politics/{p.name}" for _, p in gold_documents())
        RESULTS.write_text(
            "# Held-out evaluation results\n\n"
            f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n"
            f"- kg version: {getattr(kg, '__version__', '?')}\n"
            "- command: `PYTHONPATH=. python bench/heldout.py --write` (from the repository root)\n"
            f"- stories: {stories} of the BBC News corpus, gold in `bench/heldout/gold/`\n\n"
            "A held-out check: these stories and their gold were not used to tune the extractor "
            "(see README.md). Matching rules: `kg/evaluate.py`.\n\n"
            "```\n" + table + "\n```\n", encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
