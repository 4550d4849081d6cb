"""Pure aggregation logic: sums, ratio-of-sums rates, NULLs, ordering, cancellation (no QGIS)."""

from __future__ import annotations

import random

import pytest

from aula_plugin.core.aggregation import (
    COUNT_FIELD,
    NAME_FIELD,
    TERRITORY_FIELD,
    TERRITORY_KEY,
    IssueKind,
    RateSpec,
    aggregate,
    output_field_names,
    parse_multiplier,
    parse_rate_rows,
    validate_spec,
)
from aula_plugin.core.errors import AulaError, Cancelled
from aula_plugin.core.names import own_name_field, parent_name_field

UNEMPLOYMENT = RateSpec("taux_chomage", "chom", "act", 100)
DENSITY = RateSpec("densite", "pop", "area", 1)

# Three communes in two EPCI. Worked by hand:
#   A: pop 900 + 100 = 1000; area 7.5 + 0.5 = 8.0; unemployment 100 / 640 × 100 = 15.625;
#      density 1000 / 8.0 = 125.0
#   B: pop 100; area 2.5; unemployment 10 / 50 × 100 = 20.0; density 100 / 2.5 = 40.0
COMMUNES = [
    {"insee": "62003", "epci": "B", "pop": 100, "chom": 10, "act": 50, "area": 2.5},
    {"insee": "62001", "epci": "A", "pop": 900, "chom": 90, "act": 600, "area": 7.5},
    {"insee": "62002", "epci": "A", "pop": 100, "chom": 10, "act": 40, "area": 0.5},
]


def by_key(result):
    return {group.key: group for group in result.groups}


def kinds(result):
    return [issue.kind for issue in result.issues]


def test_sums_and_rates_hand_worked():
    result = aggregate(COMMUNES, "epci", ["pop", "area"], [UNEMPLOYMENT, DENSITY])
    groups = by_key(result)
    assert [g.key for g in result.groups] == ["A", "B"]
    assert groups["A"].count == 2
    assert groups["A"].sums == {"pop": 1000, "area": 8.0}
    assert groups["A"].rates == {"taux_chomage": 15.625, "densite": 125.0}
    assert groups["B"].count == 1
    assert groups["B"].sums == {"pop": 100, "area": 2.5}
    assert groups["B"].rates == {"taux_chomage": 20.0, "densite": 40.0}
    assert result.key_field == "epci"
    assert result.issues == []


def test_ratio_of_sums_differs_from_mean_of_ratios():
    # A's communes have rates 90/600 = 15 % and 10/40 = 25 %: their mean is 20 %, but the
    # territory's rate is (90 + 10) / (600 + 40) = 15.625 %: the big commune weighs more.
    result = aggregate(COMMUNES, "epci", rates=[UNEMPLOYMENT])
    rates_a = [c["chom"] / c["act"] * 100 for c in COMMUNES if c["epci"] == "A"]
    mean_of_rates = sum(rates_a) / len(rates_a)
    assert mean_of_rates == pytest.approx(20.0)
    assert by_key(result)["A"].rates["taux_chomage"] == 15.625
    assert by_key(result)["A"].rates["taux_chomage"] != pytest.approx(mean_of_rates)


def test_integer_sums_stay_integers_and_float_sums_are_floats():
    result = aggregate(COMMUNES, None, ["pop", "area"])
    (group,) = result.groups
    assert group.sums["pop"] == 1100
    assert type(group.sums["pop"]) is int
    assert group.sums["area"] == 10.5
    assert type(group.sums["area"]) is float


def test_float_sums_are_exact_not_naively_accumulated():
    # ten times 0.1: naive left-to-right addition gives 0.9999999999999999
    records = [{"k": 1, "x": 0.1} for _ in range(10)]
    assert sum(r["x"] for r in records) != 1.0
    assert aggregate(records, "k", ["x"]).groups[0].sums["x"] == 1.0


def test_rate_is_rounded_once_from_exact_sums():
    # 1 / 3 × 100: exact fraction 100/3, rounded once to the nearest float
    records = [{"n": 1, "d": 3}]
    rate = aggregate(records, None, rates=[RateSpec("r", "n", "d", 100)]).groups[0].rates["r"]
    assert rate == 100 / 3


def test_whole_territory_is_one_group():
    result = aggregate(COMMUNES, None, ["pop"], [UNEMPLOYMENT])
    (group,) = result.groups
    assert result.key_field == TERRITORY_FIELD
    assert group.key == TERRITORY_KEY
    assert group.count == 3
    assert group.sums["pop"] == 1100
    # (10 + 90 + 10) / (50 + 600 + 40) × 100 = 110 / 690 × 100 = 15.942028985507246...
    assert group.rates["taux_chomage"] == pytest.approx(1100 / 69, rel=1e-15)


def test_zero_denominator_gives_none_and_an_issue():
    records = [
        {"epci": "A", "chom": 0, "act": 0},
        {"epci": "A", "chom": 0, "act": 0},
        {"epci": "B", "chom": 3, "act": 12},  # 3 / 12 × 100 = 25.0
    ]
    result = aggregate(records, "epci", rates=[UNEMPLOYMENT], layer="communes")
    assert by_key(result)["A"].rates["taux_chomage"] is None
    assert by_key(result)["B"].rates["taux_chomage"] == 25.0
    (issue,) = result.issues
    assert issue.kind == IssueKind.ZERO_DENOMINATOR
    assert (issue.parent, issue.rate, issue.field) == ("A", "taux_chomage", "act")
    message = issue.message()
    for word in ("communes", "A", "taux_chomage", "act"):
        assert word in message


def test_zero_sum_of_mixed_denominators_is_zero_denominator():
    # +2 and -2 cancel exactly: Σ denominator = 0
    records = [{"k": 1, "n": 1, "d": 2.0}, {"k": 1, "n": 1, "d": -2.0}]
    result = aggregate(records, "k", rates=[RateSpec("r", "n", "d")])
    assert result.groups[0].rates["r"] is None
    assert kinds(result) == [IssueKind.ZERO_DENOMINATOR]


def test_nulls_are_left_out_of_sums_and_counted_per_parent_and_field():
    records = [
        {"epci": "A", "pop": 10, "area": None},
        {"epci": "A", "pop": None, "area": 1.0},
        {"epci": "A", "pop": None, "area": float("nan")},  # NaN counts as NULL
        {"epci": "B", "pop": 5, "area": 2.0},
    ]
    result = aggregate(records, "epci", ["pop", "area"])
    a = by_key(result)["A"]
    assert a.count == 3  # members, NULLs included
    assert a.sums == {"pop": 10, "area": 1.0}
    nulls = {(i.parent, i.field): i.count for i in result.issues if i.kind == IssueKind.NULL_VALUE}
    assert nulls == {("A", "pop"): 2, ("A", "area"): 2}


def test_a_sum_of_only_nulls_is_none():
    records = [{"epci": "A", "pop": None}, {"epci": "B", "pop": 4}]
    result = aggregate(records, "epci", ["pop"])
    assert by_key(result)["A"].sums["pop"] is None
    assert by_key(result)["B"].sums["pop"] == 4
    assert IssueKind.NO_VALUES in kinds(result)


def test_rates_use_only_features_with_both_values():
    # The NULL numerator of the 2nd commune must not leave its 100 actives in the denominator:
    # rate = 10 / 50 × 100 = 20.0 (not 10 / 150 × 100 = 6.67)
    records = [
        {"epci": "A", "chom": 10, "act": 50},
        {"epci": "A", "chom": None, "act": 100},
    ]
    result = aggregate(records, "epci", rates=[UNEMPLOYMENT])
    assert result.groups[0].rates["taux_chomage"] == 20.0
    assert [(i.kind, i.field, i.count) for i in result.issues] == [
        (IssueKind.NULL_VALUE, "chom", 1)
    ]


def test_a_rate_without_any_complete_feature_is_none():
    records = [{"epci": "A", "chom": None, "act": 100}, {"epci": "A", "chom": 4, "act": None}]
    result = aggregate(records, "epci", rates=[UNEMPLOYMENT])
    assert result.groups[0].rates["taux_chomage"] is None
    assert IssueKind.NO_RATE_VALUES in kinds(result)


@pytest.mark.parametrize("missing", [None, "", "   ", float("nan")])
def test_features_without_parent_are_excluded_and_reported(missing):
    records = [*COMMUNES, {"epci": missing, "pop": 1_000_000, "chom": 1, "act": 1, "area": 1.0}]
    result = aggregate(records, "epci", ["pop"], layer="communes")
    # the orphan's million inhabitants are nowhere in the output
    assert by_key(result)["A"].sums["pop"] == 1000
    assert by_key(result)["B"].sums["pop"] == 100
    assert sum(g.count for g in result.groups) == 3
    (issue,) = result.issues
    assert (issue.kind, issue.count, issue.field) == (IssueKind.NULL_PARENT, 1, "epci")
    assert "communes" in issue.message()


def test_every_feature_without_parent_is_an_error():
    with pytest.raises(AulaError, match="epci"):
        aggregate([{"epci": None, "pop": 1}], "epci", ["pop"])


def test_order_is_sorted_by_key_whatever_the_input_order():
    records = [{"k": k, "x": 1} for k in (10, 2, 33, 2, 1)]
    expected = [1, 2, 10, 33]  # numeric order, not text order ("10" < "2")
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        assert [g.key for g in aggregate(shuffled, "k", ["x"]).groups] == expected


def test_order_with_mixed_key_types_does_not_crash():
    records = [{"k": "b", "x": 1}, {"k": 3, "x": 1}, {"k": "a", "x": 1}]
    assert [g.key for g in aggregate(records, "k", ["x"]).groups] == [3, "a", "b"]


def test_cancellation_raises_cancelled():
    calls = 0

    def is_canceled():
        nonlocal calls
        calls += 1
        return calls > 2

    seen = []

    def records():
        for record in COMMUNES * 10:
            seen.append(record)
            yield record

    with pytest.raises(Cancelled):
        aggregate(records(), "epci", ["pop"], is_canceled=is_canceled)
    assert len(seen) == 3  # stopped at the third record, not at the end


def test_progress_is_monotonic_and_reaches_one():
    values = []
    # 1003 records: reports every 10 records stop at 1000 / 1003, so 1.0 must come from the end
    records = [{"k": i % 7, "x": i} for i in range(1003)]
    aggregate(records, "k", ["x"], progress=values.append)
    assert values[-1] == 1.0
    assert values == sorted(values)
    assert all(0.0 <= v <= 1.0 for v in values)
    assert len(values) > 10  # reported along the way, not only at the end


def test_progress_of_a_generator_uses_total():
    values = []
    aggregate((r for r in COMMUNES), "epci", ["pop"], total=3, progress=values.append)
    assert values[0] == pytest.approx(1 / 3)
    assert values[-1] == 1.0


# -- invalid input --------------------------------------------------------------------------


def test_nothing_to_compute_is_an_error():
    with pytest.raises(AulaError, match="communes"):
        aggregate(COMMUNES, "epci", [], [], layer="communes")


@pytest.mark.parametrize(
    ("sum_fields", "rates", "clash"),
    [
        (["pop"], [RateSpec("pop", "chom", "act")], "pop"),  # rate named like a sum
        (["pop"], [RateSpec("POP", "chom", "act")], "POP"),  # case-insensitive, as GPKG
        (["pop", "pop"], [], "pop"),
        ([], [RateSpec("t", "chom", "act"), RateSpec("t", "pop", "area")], "t"),
        ([], [RateSpec(COUNT_FIELD, "chom", "act")], COUNT_FIELD),
        (["epci"], [], "epci"),  # the parent key field is an output too
    ],
)
def test_output_name_clashes_are_errors(sum_fields, rates, clash):
    with pytest.raises(AulaError) as info:
        validate_spec("epci", sum_fields, rates, layer="communes")
    assert info.value.values["field"] == clash
    assert "communes" in str(info.value)


def test_territory_field_clash_without_parent_field():
    with pytest.raises(AulaError, match=TERRITORY_FIELD):
        validate_spec(None, [], [RateSpec(TERRITORY_FIELD, "a", "b")])


@pytest.mark.parametrize(
    "rate",
    [RateSpec("", "chom", "act"), RateSpec("t", "", "act"), RateSpec("t", "chom", "")],
)
def test_rates_need_all_three_names(rate):
    with pytest.raises(AulaError, match="communes"):
        validate_spec("epci", [], [rate], layer="communes")


@pytest.mark.parametrize("bad", ["abc", "1,5", object(), float("inf"), float("nan"), True])
def test_multiplier_must_be_a_finite_number(bad):
    with pytest.raises(AulaError) as info:
        parse_multiplier(bad, rate="taux", layer="communes")
    assert "taux" in str(info.value)
    assert "communes" in str(info.value)


@pytest.mark.parametrize(
    ("value", "expected"), [(100, 100.0), ("100", 100.0), (" 1e3 ", 1000.0), (None, 1.0), ("", 1.0)]
)
def test_multiplier_values(value, expected):
    assert parse_multiplier(value) == expected


def test_missing_field_in_records_is_an_error():
    with pytest.raises(AulaError) as info:
        aggregate(COMMUNES, "epci", ["dwellings"], layer="communes")
    assert info.value.values == {"layer": "communes", "field": "dwellings"}


def test_missing_parent_field_is_an_error():
    with pytest.raises(AulaError) as info:
        aggregate(COMMUNES, "scot", ["pop"], layer="communes")
    assert info.value.values == {"layer": "communes", "field": "scot"}


@pytest.mark.parametrize("value", ["12", True, float("inf")])
def test_non_numeric_value_is_an_error(value):
    with pytest.raises(AulaError) as info:
        aggregate([{"epci": "A", "pop": value}], "epci", ["pop"], layer="communes")
    assert info.value.values["field"] == "pop"
    assert info.value.values["layer"] == "communes"


def test_empty_input_is_an_error():
    with pytest.raises(AulaError, match="communes"):
        aggregate([], "epci", ["pop"], layer="communes")


# -- the rates matrix as QGIS hands it over -------------------------------------------------


@pytest.mark.parametrize(
    "cells",
    [
        ["taux_chomage", "chom", "act", 100, "densite", "pop", "area", 1],  # processing.run
        [["taux_chomage", "chom", "act", 100], ["densite", "pop", "area", 1]],  # list of rows
        "taux_chomage,chom,act,100,densite,pop,area,1",  # qgis_process RATES=...
        ["taux_chomage,chom,act,100", "densite,pop,area,1"],  # RATES given twice
        ["taux_chomage", "chom", "act", 100.0, "densite", "pop", "area", "1"],
    ],
)
def test_parse_rate_rows_forms(cells):
    assert parse_rate_rows(cells) == [UNEMPLOYMENT, DENSITY]


def test_parse_rate_rows_skips_blank_rows_and_defaults_the_multiplier():
    cells = ["", "", "", "", "t", "chom", "act", "", None, None, None, None]
    assert parse_rate_rows(cells) == [RateSpec("t", "chom", "act", 1.0)]


@pytest.mark.parametrize("empty", [None, "", [], [None], ["", "", "", ""]])
def test_parse_rate_rows_empty(empty):
    assert parse_rate_rows(empty) == []


def test_parse_rate_rows_numeric_looking_names():
    # qgis_process turns a cell such as "2021" into the number 2021.0
    assert parse_rate_rows([2021.0, "chom", "act", 100.0]) == [RateSpec("2021", "chom", "act", 100)]


def test_parse_rate_rows_wrong_column_count():
    with pytest.raises(AulaError) as info:
        parse_rate_rows("t,chom,act", layer="communes")
    assert info.value.values["count"] == 3
    assert "communes" in str(info.value)


def test_parse_rate_rows_bad_multiplier():
    with pytest.raises(AulaError) as info:
        parse_rate_rows("t,chom,act,cent", layer="communes")
    assert info.value.values["rate"] == "t"
    assert info.value.values["value"] == "cent"


def test_output_field_names():
    assert output_field_names(None, ["pop"], [UNEMPLOYMENT]) == [
        TERRITORY_FIELD,
        COUNT_FIELD,
        "pop",
        "taux_chomage",
        NAME_FIELD,  # the parent's name, after every other column
    ]
    with pytest.raises(AulaError) as info:  # a rate may not take the name column's place
        validate_spec("epci", ["pop"], [RateSpec(NAME_FIELD, "chom", "act")], "communes")
    assert info.value.values["field"] == NAME_FIELD


def test_issue_messages_are_translated_then_filled_in():
    result = aggregate([{"k": "A", "n": 1, "d": 0}], "k", rates=[RateSpec("r", "n", "d")])
    (issue,) = result.issues
    translated = issue.message(lambda template: "FR " + template)
    assert translated.startswith("FR ")
    assert "{" not in translated


@pytest.mark.parametrize(("value", "shown"), [(float("inf"), "+Inf"), (-1e400, "-Inf")])
def test_infinite_values_are_refused_readably(value, shown):
    with pytest.raises(AulaError) as info:
        aggregate([{"epci": "A", "pop": value}], "epci", ["pop"], layer="communes")
    assert info.value.values == {"layer": "communes", "field": "pop", "value": shown}
    assert f"not a finite number ({shown})" in str(info.value)


# -- the parents' names ---------------------------------------------------------------------------


def test_parent_names_when_the_members_agree():
    records = [
        {"epci": "A", "epci_nom": "CA de A", "pop": 1},
        {"epci": "A", "epci_nom": " CA de A ", "pop": 2},
        {"epci": "A", "epci_nom": None, "pop": 3},  # a blank name says nothing
        {"epci": "B", "epci_nom": "CC de B", "pop": 4},
        {"epci": "B", "epci_nom": "CC de B-bis", "pop": 5},  # two names: none is right
        {"epci": "C", "epci_nom": "", "pop": 6},
    ]
    result = aggregate(records, "epci", ["pop"], name_field="epci_nom")
    assert [(g.key, g.name) for g in result.groups] == [("A", "CA de A"), ("B", None), ("C", None)]
    assert by_key(result)["A"].sums == {"pop": 6}
    assert [g.name for g in aggregate(records, "epci", ["pop"]).groups] == [None, None, None]


COMMUNE_FIELDS = ["insee", "nom", "epci_siren", "epci_nom", "scot_id", "scot_nom"]


@pytest.mark.parametrize(
    ("fields", "key", "expected"),
    [
        (COMMUNE_FIELDS, "epci_siren", "epci_nom"),
        (COMMUNE_FIELDS, "scot_id", "scot_nom"),
        (["insee", "nom", "code_epci", "NOM_EPCI"], "code_epci", "NOM_EPCI"),
        (["insee", "nom", "epci"], "epci", None),  # never the member's own name
        (["insee", "nom", "territoire_id"], "territoire_id", None),
    ],
)
def test_parent_name_field_of_a_member_layer(fields, key, expected):
    assert parent_name_field(fields, key) == expected


@pytest.mark.parametrize(
    ("fields", "key", "expected"),
    [
        (["epci_siren", "epci_nom", "epci_sigle"], "epci_siren", "epci_nom"),
        (["territoire_id", "nom"], "territoire_id", "nom"),
        (["pole_id", "pole_nom", "nature"], "pole_id", "pole_nom"),
        (["code", "NOM"], "code", "NOM"),
        (["insee_com", "nom_com", "nom"], "insee_com", "nom_com"),
        (["INSEE_COM", "LIBGEO"], None, "LIBGEO"),
        (["code", "population"], "code", None),
    ],
)
def test_own_name_field_of_a_territory_layer(fields, key, expected):
    assert own_name_field(fields, key) == expected
