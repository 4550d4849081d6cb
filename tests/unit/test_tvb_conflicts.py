"""Class weights and unweighted classes of aula:conflictpoints (core.tvb.conflicts)."""

from __future__ import annotations

from aula_plugin.core.tvb.conflicts import DEFAULT_WEIGHTS, parse_weights, unweighted_classes


def test_default_weights_parse():
    weights, bad = parse_weights(DEFAULT_WEIGHTS)
    assert bad == [] and weights["voie_ferree"] == 0.8 and weights["obstacle"] == 1.0


def test_parse_weights_comma_newline_and_malformed():
    assert parse_weights("a = 0,5\nb=2;;") == ({"a": 0.5, "b": 2.0}, [])
    assert parse_weights("a;=1;b=-1;c=x;d=inf") == ({}, ["a", "=1", "b=-1", "c=x", "d=inf"])


def test_unweighted_classes_counted_sorted_and_null_named():
    classes = ["chemin", "autoroute", "", "chemin"]
    assert unweighted_classes(classes, {"autoroute": 1.0}) == "NULL (1), chemin (2)"
    assert unweighted_classes(["autoroute"], {"autoroute": 1.0}) == ""
