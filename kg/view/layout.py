"""Deterministic force-directed layout (Fruchterman–Reingold) for the network pictures.

The starting position of a node is a hash of its IRI, so the same graph is laid out the same
way on every run (and adding a node far away barely moves the others)."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np


def _start(key: str) -> tuple[float, float]:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32, int.from_bytes(digest[4:8], "big") / 2**32


def force_layout(keys: Sequence[str], edges: Sequence[tuple[int, int]], *, center: int | None = None,
                 iterations: int = 250) -> list[tuple[float, float]]:
    """Positions in the unit square for nodes ``keys`` joined by ``edges`` (index pairs).

    :param keys: a stable key per node (its IRI): the seed of its starting position.
    :param edges: pairs of node indexes; direction and repeats do not matter.
    :param center: index of a node pinned at the center (the actor of an ego network).
    :param iterations: cooling steps.
    :returns: (x, y) per node, each in [0, 1], rounded to 4 decimals.

    >>> force_layout(["a", "b"], [(0, 1)]) == force_layout(["a", "b"], [(0, 1)])
    True
    >>> force_layout(["a"], [], center=0)
    [(0.5, 0.5)]
    """
    n = len(keys)
    if n == 0:
        return []
    pos = np.array([_start(k) for k in keys], dtype=float)
    if center is not None:
        pos[center] = (0.5, 0.5)
    if n > 1:
        pairs = np.array(sorted({(min(a, b), max(a, b)) for a, b in edges if a != b}), dtype=int).reshape(-1, 2)
        k = 1.0 / np.sqrt(n)
        temperature = 0.1
        for step in range(iterations):
            delta = pos[:, None, :] - pos[None, :, :]
            dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
            force = (delta / dist[:, :, None] * (k * k / dist)[:, :, None]).sum(axis=1)  # repulsion
            if len(pairs):
                d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
                length = np.maximum(np.linalg.norm(d, axis=1), 1e-3)
                pull = d / length[:, None] * (length * length / k)[:, None]  # attraction along edges
                np.add.at(force, pairs[:, 0], -pull)
                np.add.at(force, pairs[:, 1], pull)
            force += (0.5 - pos) * k * 2  # gravity: keeps components together
            size = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
            pos += force / size[:, None] * np.minimum(size, temperature)[:, None]
            if center is not None:
                pos[center] = (0.5, 0.5)
            temperature = 0.1 * (1 - (step + 1) / iterations) + 0.002
    if n == 1:
        pos = np.full_like(pos, 0.5)
    elif center is not None:  # scale around the pinned node, which stays in the middle
        extent = np.abs(pos - pos[center]).max(axis=0)
        pos = 0.5 + (pos - pos[center]) / (2 * np.where(extent > 1e-9, extent, 1.0))
    else:
        lo, hi = pos.min(axis=0), pos.max(axis=0)
        pos = (pos - lo) / np.where(hi - lo > 1e-9, hi - lo, 1.0)
    return [(round(float(x), 4), round(float(y), 4)) for x, y in pos]
