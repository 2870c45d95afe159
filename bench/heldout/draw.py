#!/usr/bin/env python3
"""Seeded draw of a new held-out set from the BBC corpus (sets 28 on were drawn with it).

Among the corpus stories of 250-550 words that are valid UTF-8, have no byte-identical copy in the
corpus, use no earlier set's headline and share no more than two sentences of over six words with
a story an earlier set uses, it draws 3 politics, 3 business, 2 tech, 2 sport and 2 entertainment
stories with ``random.Random(seed)``. The stories in use are those named by the ``document`` field
of every ``bench/heldout/gold*/*.yaml``. It reads the corpus and the gold files only.

    python bench/heldout/draw.py 28        # the stories of set 28

Exit codes: 0 done, 1 the corpus is not found (set ``KG_BBC``), 2 no seed or a bad one.
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUOTA = {"politics": 3, "business": 3, "tech": 2, "sport": 2, "entertainment": 2}
DOC_RE = re.compile(r"^document:\s*bbc_([a-z]+)_(\d+\.txt)\s*$", re.M)


def used_stories(heldout: Path = HERE) -> set[str]:
    """``folder/NNN.txt`` of every story a gold file of ``heldout/gold*/`` names."""
    return {f"{m.group(1)}/{m.group(2)}" for y in heldout.glob("gold*/*.yaml")
            for m in [DOC_RE.search(y.read_text(encoding="utf-8"))] if m}


def sentences(text: str) -> set[str]:
    """The sentences of over six words of a story (what a near copy would repeat)."""
    return {s.strip() for s in re.split(r'(?<=[.!?"])\s+', text) if len(s.split()) > 6}


def draw(seed: int, corpus: Path, used: set[str], quota: dict[str, int] = QUOTA) -> list[str]:
    """The drawn stories (``folder/NNN.txt``), sorted within each folder, folders in ``quota`` order."""
    texts: dict[str, str] = {}
    copies: dict[str, list[str]] = {}
    for f in sorted(corpus.glob("*/*.txt")):
        key = f"{f.parent.name}/{f.name}"
        data = f.read_bytes()
        copies.setdefault(hashlib.sha1(data).hexdigest(), []).append(key)
        try:
            texts[key] = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    copied = {k for keys in copies.values() if len(keys) > 1 for k in keys}
    headline = {k: t.split("\n", 1)[0].strip() for k, t in texts.items()}
    used_heads = {headline[u] for u in used if u in texts}
    used_sents = set().union(*(sentences(texts[u]) for u in used if u in texts))
    rng = random.Random(seed)
    out: list[str] = []
    for folder, n in quota.items():
        pool = [k for k in texts if k.startswith(folder + "/") and k not in used and k not in copied
                and 250 <= len(texts[k].split()) <= 550 and headline[k] not in used_heads]
        rng.shuffle(pool)
        got: list[str] = []
        for k in pool:
            if len(sentences(texts[k]) & used_sents) > 2 or any(headline[k] == headline[g] for g in got):
                continue
            got.append(k)
            if len(got) == n:
                break
        out += sorted(got)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isdigit():
        print("usage: draw.py SEED", file=sys.stderr)
        return 2
    corpus = Path(os.environ.get("KG_BBC") or HERE.parent.parent.parent / "shared" / "corpora" / "bbc")
    if not corpus.is_dir():
        print(f"BBC corpus not found at {corpus} (set KG_BBC)", file=sys.stderr)
        return 1
    for key in draw(int(argv[1]), corpus, used_stories()):
        print(key)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
