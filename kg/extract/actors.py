"""Actor mentions: spaCy named entities, cleaned to exact name spans, typed by category, and
keyed so that variants of one name in a document (surname-only back references, possessives,
"al-" prefixes) share one key."""
from __future__ import annotations

import re
import unicodedata

from ..model import Block, Document, Mention

CATEGORY = {"PERSON": ("Person", "Person"), "ORG": ("Organization", "Organization"),
            "GPE": ("Place", "Place"), "LOC": ("Place", "Place"), "FAC": ("Place", "Place")}
"""spaCy entity label → (category, most specific ontology class known from the label alone)."""
CONFIDENCE = {"PERSON": 0.8, "ORG": 0.7, "GPE": 0.8, "LOC": 0.7, "FAC": 0.6}
"""Prior confidence of a mention by entity label (the small model is weaker on ORG and FAC)."""

_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_TRAIL = re.compile(r"(?:['’]s|['’]|[\s.,;:!?\"“”‘’()\[\]*_-])+$")
_HEAD = re.compile(r"^[\s\"“”‘’()\[\]*_-]+")
_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|az|an|ar|at)[-‐‑\s]", re.I)


def normalize(name: str) -> str:
    """Identity key of a name: accents folded, case folded, apostrophes dropped, Arabic article
    ``al-`` and hyphens removed, spaces collapsed.

    >>> normalize("Yahya al-Sinwar")
    'yahya sinwar'
    >>> normalize("Isma'il Haniyeh") == normalize("Ismail Haniyeh")
    True
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    folded = re.sub(r"['’`‘]", "", folded)
    tokens = [_PARTICLE.sub("", t) for t in re.split(r"[\s]+", folded) if t]
    return re.sub(r"[^a-z0-9]+", " ", " ".join(tokens)).strip()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to the name: no leading article, possessive or surrounding punctuation."""
    piece = text[start:end]
    lead = _LEAD.match(piece)
    if lead and end - start - lead.end() > 2:
        start += lead.end()
        piece = text[start:end]
    head = _HEAD.match(piece)
    if head:
        start += head.end()
    trail = _TRAIL.search(text[start:end])
    if trail:
        end = start + trail.start()
    # Abbreviations keep their final period ("U.S.").
    if end < len(text) and text[end] == "." and re.search(r"(?:^|[\s.])[A-Z]$", text[start:end]):
        end += 1
    return start, end


def mentions(document: Document, parsed: list[tuple[Block, object]]) -> list[Mention]:
    """Actor mentions of one document from its NER entities, in text order.

    Entities are trimmed to the name; spans that cross masked text (markup, credits) are dropped
    or shortened so that ``mention.text == document.text[start:end]`` always holds.
    """
    text = document.text
    found: list[Mention] = []
    for block, doc in parsed:
        for ent in doc.ents:
            if ent.label_ not in CATEGORY:
                continue
            start, end = _trim(text, block.start + ent.start_char, block.start + ent.end_char)
            masked = block.text[start - block.start:end - block.start]
            if masked != text[start:end]:
                continue  # the span crosses blanked markup; a cleaner occurrence will carry the name
            surface = text[start:end]
            if len(surface) < 2 or not any(c.isupper() for c in surface) or not normalize(surface):
                continue
            category, kind = CATEGORY[ent.label_]
            found.append(Mention(start, end, surface, category, kind, f"spacy-ner:{ent.label_}",
                                 CONFIDENCE[ent.label_], normalize(surface)))
    return _back_references(found)


def _back_references(found: list[Mention]) -> list[Mention]:
    """Give a one-word person mention the key of the one full name in the document it ends.

    "Sinwar" after "Yahya al-Sinwar" (same document) is the same person; when several full
    names end with that word the mention keeps its own key.
    """
    full = {m.key for m in found if m.category == "Person" and " " in m.key}
    out = []
    for m in found:
        if " " not in m.key:
            owners = sorted(k for k in full if k.endswith(" " + m.key))
            if len(owners) == 1:
                m = Mention(m.start, m.end, m.text, "Person", "Person", m.method + "+surname",
                            m.confidence, owners[0])
        out.append(m)
    return out
