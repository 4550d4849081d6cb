"""Disjoint sets (union-find) over hashable keys, with path halving (no qgis, no scipy)."""

from __future__ import annotations

from collections.abc import Hashable


class DisjointSets:
    """Keys start alone; ``union`` joins two sets, ``find`` names the set of a key."""

    def __init__(self) -> None:
        self._parent: dict[Hashable, Hashable] = {}

    def find(self, key: Hashable) -> Hashable:
        parent = self._parent
        while parent.get(key, key) != key:
            parent[key] = parent.get(parent[key], parent[key])  # halve the path
            key = parent[key]
        return key

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[ra] = rb
