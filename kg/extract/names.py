"""Normalization of names into identity keys, shared by extraction and resolution."""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|az|an|ar|at|ath)[-‐‑](?=\w)", re.I)


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Identity key of a name: HTML character references decoded (corpora keep some escaped), accents
    folded, case folded, apostrophes dropped, the Arabic article ``al-`` removed, other punctuation
    to spaces.

    Cached: extraction and the gazetteer normalize the same few names over and over (a document's
    every mention, each lookup twice), and the unescaping and folding are not cheap.

    >>> normalize("Yahya al-Sinwar")
    'yahya sinwar'
    >>> normalize("Isma'il Haniyeh") == normalize("Ismail Haniyeh")
    True
    >>> normalize("U.S.")
    'us'
    >>> normalize("Jos&#233; Manuel")
    'jose manuel'
    """
    folded = unicodedata.normalize("NFKD", html.unescape(name)).encode("ascii", "ignore").decode().casefold()
    folded = re.sub(r"['’`‘]", "", folded)
    folded = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\.)|(?<=\b[a-z]\.[a-z])\.", "", folded)  # U.S. → us
    tokens = [_PARTICLE.sub("", t) for t in folded.split() if t]
    return re.sub(r"[^a-z0-9]+", " ", " ".join(tokens)).strip()


def initials(name: str) -> str:
    """Upper-case initials of the capitalized words of a name (for acronyms).

    >>> initials("Palestinian Islamic Jihad")
    'PIJ'
    >>> initials("Islamic Revolutionary Guard Corps")
    'IRGC'
    """
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())
