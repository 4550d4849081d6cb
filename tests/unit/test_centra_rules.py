"""CENTRA-1 rules (CENTRALITIES.md §3.3, §3.4 steps 4, 7-9)."""

from __future__ import annotations

import math

import pytest

from aula_plugin.core.centralities.rules import (
    TYPE_CENTRALITY,
    TYPE_EXTENSION,
    TYPE_PERIPHERAL,
    CentraParams,
    Counts,
    describe_rules,
    encode_rules,
    evaluate,
    functions_passed,
    level,
    mix_entropy,
    parse_rules,
    parse_thresholds,
    piece_type,
)
from aula_plugin.core.errors import AulaError

P = CentraParams()


def counts(n, c, s, e, h, big=0, types=0):
    return Counts(n, n, c, s, e, h, big, types)


def test_high_street_is_a_centrality():
    # 30 activities (10 C, 10 S, 10 E) and 200 dwellings: N 30 ≥ 10, H 200 ≥ 50, C,S,E all pass
    v = evaluate(counts(30, 10, 10, 10, 200), P)
    assert v.type == TYPE_CENTRALITY
    assert v.rules_passed == "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5"


def test_hamlet_rejected_with_count_reason():
    # town hall + school (E = 2) + 3 shops: N = 5 < 10
    v = evaluate(counts(5, 3, 0, 2, 30), P)
    assert v.type is None
    assert v.reason() == "5 activities < 10"
    # the French translation function is applied to the template before formatting
    fr = {"{n} activities < {n_min}": "{n} activités < {n_min}"}
    assert v.reason(lambda t: fr.get(t, t)) == "5 activités < 10"


def test_size_rule_uses_greater_or_equal():
    assert evaluate(counts(10, 5, 3, 2, 50), P).type == TYPE_CENTRALITY
    assert evaluate(counts(9, 5, 2, 2, 50), P).reason() == "9 activities < 10"


def test_retail_park_without_housing_is_peripheral():
    v = evaluate(counts(20, 20, 0, 0, 0, big=20), P)
    assert v.type == TYPE_PERIPHERAL
    assert v.rules_passed == "N≥10;H<50;C,S,E,H=1/4;BB>0.5"
    assert v.share_big_box == 1.0


def test_big_box_share_flags_even_with_housing():
    # 12 activities, 7 big-box: 7/12 = 0.583 > 0.5 → peripheral; 6/12 = 0.5 is not > 0.5
    assert evaluate(counts(12, 8, 2, 2, 300, big=7), P).type == TYPE_PERIPHERAL
    assert evaluate(counts(12, 8, 2, 2, 300, big=6), P).type == TYPE_CENTRALITY


def test_housing_but_one_function_rejected():
    # 12 shops, no service, no facility, 100 dwellings: C passes only → 1/3 < 2
    v = evaluate(counts(12, 12, 0, 0, 100), P)
    assert v.type is None and v.reason() == "functions C, S, E: 1/3 < 2"
    # S = 2 and E = 1 pass, C = 2 < 3 fails: 2 of 3 → centrality
    assert evaluate(counts(12, 2, 2, 1, 100), P).type == TYPE_CENTRALITY


def test_level_thresholds():
    t = (12, 29, 69)
    assert [level(n, t) for n in (0, 11, 12, 28, 29, 68, 69, 200)] == [
        None,
        None,
        "proximité",
        "proximité",
        "intermédiaire",
        "intermédiaire",
        "structurante",
        "structurante",
    ]


def test_piece_type():
    # n_min/2 = 5: 4 activities → extension, 5 → keeps the parent's type
    assert piece_type(TYPE_CENTRALITY, 4, P) == TYPE_EXTENSION
    assert piece_type(TYPE_CENTRALITY, 5, P) == TYPE_CENTRALITY


def test_mix_entropy():
    # C = S = E = 10 and H = 100 → four equal shares (H/10 = 10) → 1
    assert mix_entropy(10, 10, 10, 100) == 1.0
    # one function only → 0
    assert mix_entropy(5, 0, 0, 0) == 0.0
    # two equal functions → ln 2 / ln 4 = 0.5
    assert math.isclose(mix_entropy(5, 5, 0, 0), 0.5)


def test_parse_thresholds():
    assert parse_thresholds("12;29;69") == (12, 29, 69)
    assert parse_thresholds("12, 29, 69") == (12, 29, 69)
    for bad in ("12;29", "a;b;c", "30;29;69"):
        with pytest.raises(AulaError, match="three increasing"):
            parse_thresholds(bad)


def test_params_hash_and_variants():
    assert len(P.params_hash()) == 12
    assert P.params_hash() == CentraParams().params_hash()
    assert P.params_hash() != CentraParams(link_distance=90).params_hash()
    variants = P.robustness_variants()
    assert len(variants) == 9
    assert sorted({(v.link_distance, v.min_activities) for v in variants}) == [
        (75.0, 8), (75.0, 10), (75.0, 12),
        (100.0, 8), (100.0, 10), (100.0, 12),
        (125.0, 8), (125.0, 10), (125.0, 12),
    ]  # fmt: skip
    assert P.envelope_radius == 50.0


def test_validate():
    CentraParams().validate()
    with pytest.raises(AulaError, match="LINK_DISTANCE"):
        CentraParams(link_distance=0).validate()
    with pytest.raises(AulaError, match="BIG_BOX_SHARE"):
        CentraParams(big_box_share=1.5).validate()


@pytest.mark.parametrize(
    ("change", "name", "value", "high"),
    [
        ({"link_distance": 1e7}, "LINK_DISTANCE", "1e+07", "1000"),
        ({"link_distance": float("nan")}, "LINK_DISTANCE", "NaN", "1000"),
        ({"closing": 1e7}, "CLOSING", "1e+07", "1000"),
        ({"hole_max": float("inf")}, "HOLE_MAX", "+Inf", "1e+07"),
        ({"min_points": 10**9}, "MIN_POINTS", "1000000000", "1000"),
    ],
)
def test_nonsense_parameters_are_refused_with_the_value_and_the_range(change, name, value, high):
    with pytest.raises(AulaError) as info:
        CentraParams(**change).validate()
    assert info.value.values["name"] == name
    assert info.value.values["value"] == value
    assert info.value.values["high"] == high
    assert f"{value} is out of range" in str(info.value)


# -- rules_passed: encode (evaluate) then decode (the explanation sheets) ------------------------


def test_parse_rules_reads_each_token():
    rules = parse_rules("N≥10;H<50;C,S,E,H=2/4;BB>0.5;X=1")
    assert [(r.key, r.passed, r.threshold) for r in rules] == [
        ("N", True, "10"),
        ("H", False, "50"),
        ("F", None, "2/4"),  # decided with H: housing required and 2 of C, S, E
        ("BB", False, "0.5"),
        ("", None, ""),  # unknown token: listed as is
    ]
    assert [r.text for r in rules] == ["N≥10", "H<50", "C,S,E,H=2/4", "BB>0.5", "X=1"]
    assert parse_rules("") == []


@pytest.mark.parametrize("size_ok", [True, False])
@pytest.mark.parametrize("h_ok", [True, False])
@pytest.mark.parametrize("k", [0, 1, 2, 3])
@pytest.mark.parametrize("big_box", [True, False])
def test_rules_round_trip(size_ok, h_ok, k, big_box):
    p = CentraParams(min_activities=12, min_dwellings=40, big_box_share=0.35)
    text = encode_rules(size_ok, h_ok, k, big_box, p)
    rules = parse_rules(text)
    assert [(r.key, r.passed, r.threshold) for r in rules] == [
        ("N", size_ok, "12"),
        ("H", h_ok, "40"),
        ("F", None, f"{k + int(h_ok)}/4"),
        ("BB", not big_box, "0.35"),
    ]
    assert ";".join(r.text for r in rules) == text
    # the F rule read back is evaluate's four-function test: housing and 2 of C, S, E
    assert functions_passed(rules[2].threshold, rules[1].passed) == (h_ok and k >= 2)


def test_evaluate_writes_what_parse_rules_reads():
    for c in (counts(30, 10, 10, 10, 200), counts(5, 3, 0, 2, 30), counts(20, 0, 0, 9, 10)):
        v = evaluate(c, P)
        rules = parse_rules(v.rules_passed)
        assert [r.key for r in rules] == ["N", "H", "F", "BB"]
        assert rules[0].passed == (c.n_members >= P.min_activities)
        assert rules[1].passed == (c.n_log >= P.min_dwellings)


# -- rules_passed in words (the value map of the field, core/field_labels.py) ----------------------


def test_describe_rules_ticks_each_rule_as_the_sheet_does():
    assert describe_rules("N≥10;H≥50;C,S,E,H=4/4;BB≤0.5") == (
        "✓ at least 10 member activities · ✓ at least 50 dwellings · "
        "✓ housing and 2 of shops, services, facilities (4/4) · ✓ big-box share at most 50 %"
    )
    # a retail park: enough activities, no housing (so F fails whatever k), mostly big boxes
    assert describe_rules("N≥10;H<50;C,S,E,H=1/4;BB>0.5") == (
        "✓ at least 10 member activities · ✗ at least 50 dwellings · "
        "✗ housing and 2 of shops, services, facilities (1/4) · ✗ big-box share at most 50 %"
    )


def test_describe_rules_translates_and_keeps_unknown_tokens():
    french = {
        "at least {n} member activities": "au moins {n} activités membres",
        "big-box share at most {p} %": "part des grandes surfaces au plus {p} %",
    }
    text = describe_rules("N<12;X=1;BB≤0.25", lambda t: french.get(t, t))
    assert text == (
        "✗ au moins 12 activités membres · X=1 · ✓ part des grandes surfaces au plus 25 %"
    )
    assert describe_rules("") == ""


def test_describe_rules_of_every_verdict_is_fully_decoded():
    for c in (counts(30, 10, 10, 10, 200), counts(20, 20, 0, 0, 0, big=15), counts(5, 3, 0, 2, 30)):
        words = describe_rules(evaluate(c, P).rules_passed).split(" · ")
        assert len(words) == 4 and all(w[0] in "✓✗" for w in words), words
