#!/usr/bin/env python3
"""Validate the held-out gold annotations (bench/heldout/gold/*.yaml, or another folder such as
bench/heldout/gold-2) against the BBC corpus.

The checks of tests/gold/check_gold.py, with two adaptations for the held-out set:
  * the documents are read from the BBC corpus, not from seeds/: the gold ``document``
    ``bbc_<folder>_<name>.txt`` is the file ``<folder>/<name>.txt`` of the corpus folder given by
    $KG_BBC, by default ``../shared/corpora/bbc`` relative to the repository root;
  * a Country actor may have no mention: a state named only by a demonym ("German Chancellor
    Gerhard Schroeder") is still the organization of the state office (see README.md).

Usage:
    python bench/heldout/check_gold.py            # check every bench/heldout/gold/*.yaml
    python bench/heldout/check_gold.py FILE.yaml  # check only the given files
    python bench/heldout/check_gold.py bench/heldout/gold-2   # check every *.yaml of a folder

It reads the YAML and the corpus only: it never runs kg's extractor.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "tests", "gold")))
import check_gold  # noqa: E402  (tests/gold/check_gold.py)

GOLD = os.path.join(HERE, "gold")
BBC = os.environ.get("KG_BBC") or os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpora", "bbc"))
DOC_RE = re.compile(r"^bbc_([a-z]+)_(\d+\.txt)$")


class HeldOutChecker(check_gold.Checker):
    MENTIONLESS = ("UnnamedSource", "Country")
    SOURCE = BBC

    def document_path(self, doc):
        """The corpus file of a gold ``document`` name such as ``bbc_politics_058.txt`` (None if malformed)."""
        m = DOC_RE.match(str(doc))
        return os.path.join(BBC, m.group(1), m.group(2)) if m else None


if __name__ == "__main__":
    sys.exit(check_gold.main(sys.argv, checker=HeldOutChecker, folder=GOLD))
