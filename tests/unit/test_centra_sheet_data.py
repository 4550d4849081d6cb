"""What a centrality explanation sheet shows before wording (core/centralities/sheet.py)."""

from __future__ import annotations

from pathlib import Path

from aula_plugin.core.centralities.rules import parse_rules
from aula_plugin.core.centralities.sheet import (
    ROBUSTNESS_RUNS,
    TYPES_BUDGET,
    fit_types,
    load_type_labels,
    robust_runs,
    rule_minima,
)


def test_minima_defaults_run_parameters_then_rules_passed():
    defaults = {"C": 3, "S": 2, "E": 1, "H": 50, "N": 10}
    assert rule_minima({}, []) == defaults
    run = {"min_commerce": 5, "min_services": None, "min_activities": 8}
    assert rule_minima(run, []) == {**defaults, "C": 5, "N": 8}
    # the thresholds written in rules_passed win over the run's parameters
    rules = parse_rules("N≥12;H<40;C,S,E,H=2/4;BB≤0.5")
    assert rule_minima(run, rules) == {**defaults, "C": 5, "N": 12, "H": 40}


def test_fit_types_stops_at_the_budget():
    shown, more = fit_types(["B", "A", "B"], {"A": "Alpha"})
    assert (shown, more) == (["A Alpha", "B"], 0)
    codes = [f"Z{n:03d}" for n in range(300)]
    shown, more = fit_types(codes, {})
    assert len(shown) == TYPES_BUDGET // 7 and more == 300 - len(shown)


def test_robustness_runs():
    assert ROBUSTNESS_RUNS == 9
    assert robust_runs(8 / 9) == 8 and robust_runs(None) == 0


def test_type_labels_from_the_mapping_tables(tmp_path: Path):
    (tmp_path / "typequ_fonction_bpe2023.csv").write_text(
        "# comment\ntypequ,fonction,libelle\nB101,C,Hypermarché\nB102,C,\n", encoding="utf-8"
    )
    (tmp_path / "naf_fonction_rev2.csv").write_text(
        "naf,fonction,libelle\n47.11F,C,Hypermarchés\nB101,C,other\n", encoding="utf-8"
    )
    assert load_type_labels(tmp_path) == {"B101": "Hypermarché", "47.11F": "Hypermarchés"}
    assert load_type_labels(tmp_path / "absent") == {}
