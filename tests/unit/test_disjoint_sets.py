"""core.disjoint_sets: union-find over hashable keys."""

from __future__ import annotations

from aula_plugin.core.disjoint_sets import DisjointSets


def test_unions_join_and_keys_start_alone() -> None:
    sets = DisjointSets()
    for a, b in [(1, 2), (3, 4), (2, 3), (("r", 0), ("c", 5))]:
        sets.union(a, b)
    assert sets.find(1) == sets.find(4)
    assert sets.find(("r", 0)) == sets.find(("c", 5)) != sets.find(1)
    assert sets.find("alone") == "alone"


def test_long_chain_keeps_one_root() -> None:
    sets = DisjointSets()
    for k in range(1000):
        sets.union(k, k + 1)
    assert len({sets.find(k) for k in range(1001)}) == 1
