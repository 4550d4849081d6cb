"""The one validation of the long consumption table (core.zan.long_table)."""

from __future__ import annotations

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan import long_table as lt
from aula_plugin.core.zan.long_table import LongTableCheck

FIELDS = {
    "insee": "insee",
    "annee": "annee",
    "destination": "destination",
    "surface_m2": "surface_m2",
}


def _check(rows, last_year=2024):
    check = LongTableCheck("zan_consommation", FIELDS, last_year=last_year)
    clean = check.rows([(n, *row) for n, row in enumerate(rows, start=1)])
    return check, clean


def test_clean_rows_pass_unchanged() -> None:
    rows = [("62041", 2011, "naf", 1200), ("62041", 2011, "hab", 800), ("2A004", 2012, "naf", 0)]
    check, clean = _check(rows)
    assert clean == rows
    assert not check.kinds
    check.finish(lambda error: pytest.fail(str(error)))


def test_negative_values_are_kept_and_flagged_once() -> None:
    check, clean = _check([("62041", 2011, "naf", -350), ("62041", 2012, "naf", -5)])
    assert clean == [("62041", 2011, "naf", -350), ("62041", 2012, "naf", -5)]
    warnings: list[AulaError] = []
    check.finish(warnings.append)  # no refusal
    assert [w.template for w in warnings] == [lt.NEGATIVE]
    assert warnings[0].values["count"] == 2 and "-350" in warnings[0].message()


@pytest.mark.parametrize(
    ("row", "kind", "shown"),
    [
        (("62041", 2011, "naf", "12 ha"), lt.NOT_NUMBER, "'12 ha'"),
        (("62041", 2011, "naf", 12.5), lt.NOT_INTEGER, "12.5"),
        (("62041", 2011, "naf", float("nan")), lt.NOT_FINITE, "NaN"),
        (("62041", 2011, "naf", float("inf")), lt.NOT_FINITE, "+Inf"),
        (("62041", 20111, "naf", 1), lt.BAD_YEAR, "20111"),
        (("62041", 1850, "naf", 1), lt.BAD_YEAR, "1850"),
        (("62041", "deux mille", "naf", 1), lt.BAD_YEAR, "'deux mille'"),
        (("62041", 2011, "habitat", 1), lt.BAD_DESTINATION, "'habitat'"),
        (("6204", 2011, "naf", 1), lt.BAD_INSEE, "'6204'"),
        (("62041", None, "naf", 1), lt.NULL, "annee"),
        (("62041", 2011, "naf", None), lt.NULL, "surface_m2"),
    ],
)
def test_each_anomaly_is_counted_and_refused(row, kind, shown) -> None:
    check, clean = _check([("62041", 2012, "naf", 10), row, row[:3] + (row[3],)])
    assert clean == [("62041", 2012, "naf", 10)]
    assert check.kinds[kind].count == 2
    warnings: list[AulaError] = []
    with pytest.raises(AulaError) as info:
        check.finish(warnings.append)
    assert info.value.template == lt.REFUSED and info.value.values["count"] == 2
    assert warnings[0].template == kind and shown in warnings[0].message()


def test_duplicates_are_refused_not_summed() -> None:
    check, clean = _check([("62041", 2011, "naf", 10), ("62041", 2011, "naf", 10)])
    assert clean == [("62041", 2011, "naf", 10)]
    assert check.kinds[lt.DUPLICATE].count == 1
    with pytest.raises(AulaError, match="would make the totals wrong"):
        check.finish(lambda error: None)


def test_readable_huge_values_and_accepted_spellings() -> None:
    check, clean = _check([(62041, "2011", "naf", "-350"), ("62041", 2012.0, "naf", 1200.0)])
    assert clean == [("62041", 2011, "naf", -350), ("62041", 2012, "naf", 1200)]
    check, _ = _check([("62041", 2011, "naf", 1e300 + 0.5)])
    assert not check.kinds  # 1e300 is a whole float: the unit check of the import catches it
    check, _ = _check([("62041", 1e300, "naf", 1)])
    assert "1e+300" in check.messages()[0].message()


def test_negative_rate_is_one_rule_for_every_algorithm(tmp_path) -> None:
    from aula_plugin.core.zan.rates import (
        NEGATIVE_RATE,
        load_rates,
        negative_rate_warning,
        read_note,
    )

    assert negative_rate_warning("EPCI_1", 54.47) is None
    warning = negative_rate_warning("EPCI_1", -12.5)
    assert warning.template == NEGATIVE_RATE and "EPCI_1" in warning.message()
    assert "-12.5 %" in warning.message()
    path = tmp_path / "taux.csv"
    path.write_bytes(
        "territory_id;parent_id;rate_pct;document\nREGION_32;;54,47;SRADDET révisé\n".encode(
            "cp1252"
        )
    )
    table = load_rates(path)
    assert table["REGION_32"].document == "SRADDET révisé"
    assert read_note(table).message() == "taux.csv: read as Windows-1252"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(AulaError, match="not a text file"):
        load_rates(path)


@pytest.mark.parametrize("cell", ["NaN", "inf", "-Infinity"])
def test_cerema_non_finite_values_are_said_as_such(cell) -> None:
    from aula_plugin.core.zan import cerema

    with pytest.raises(cerema._NotFinite):
        cerema.parse_m2(cell)
    with pytest.raises(cerema._NotFinite):
        cerema.parse_m2(float(cell))
    assert cerema.parse_m2("1e300") == int(1e300)  # whole: the unit check refuses it, readably


def test_period_sums_in_one_pass_give_the_rows_verdicts() -> None:
    """add_period_sums (zanconsumption's single pass) = rows() then a sum over the period."""
    import random

    rng = random.Random(7)
    chunk = []
    for ref in range(4000):
        insee = rng.choice(["62001", "62002", 62003, "2A004", "6200X", None])
        year = rng.choice([2010, 2011, 2015, 2020, 2021, 2015.0, "2016", 1990, None])
        destination = rng.choice(["naf", "hab", "act", "xyz"])
        m2 = rng.choice([100, 2500, -40, 12.5, "12 ha", None, float("nan")])
        chunk.append((ref, insee, year, destination, m2))
    one, two = LongTableCheck("t"), LongTableCheck("t")
    expected: dict[tuple[str, str], int] = {}
    for insee, year, destination, m2 in one.rows(chunk):
        if 2011 <= year <= 2020:
            expected[(insee, destination)] = expected.get((insee, destination), 0) + m2
    sums: dict[tuple[str, str], int] = {}
    two.add_period_sums(chunk, 2011, 2020, sums)
    assert sums == expected and sums
    assert {k: (v.count, v.example) for k, v in one.kinds.items()} == {
        k: (v.count, v.example) for k, v in two.kinds.items()
    }
    assert one.refused_rows > 0 and one.negatives > 0


def test_pristine_sums_match_the_checked_sums() -> None:
    """The light path (an imported release not edited since) gives the same sums and the same
    negative-value warning as the full check, hand-worked on five rows."""
    rows = [
        ("62041", 2011, "naf", 1200),
        ("62041", 2012, "naf", -350),
        ("62041", 2012, "hab", 800),
        ("62042", 2011, "naf", 10),
        ("62042", 2013, "naf", -5),
    ]
    checked = LongTableCheck("zan_consommation", FIELDS, last_year=2024)
    full: dict[tuple[str, str], int] = {}
    checked.add_period_sums([(n, *row) for n, row in enumerate(rows, 1)], 2011, 2020, full)
    light = LongTableCheck("zan_consommation", FIELDS, last_year=2024)
    sums: dict[tuple[str, str], int] = {}
    negatives = light.add_pristine_sums([(i, d, m2) for i, _, d, m2 in rows], sums)
    light.flag_negatives(negatives, 2, "62041", 2012, -350)
    assert sums == full == {("62041", "naf"): 850, ("62041", "hab"): 800, ("62042", "naf"): 5}
    said: list[str] = []
    light.finish(lambda error: said.append(error.message()))
    checked_said: list[str] = []
    checked.finish(lambda error: checked_said.append(error.message()))
    assert said == checked_said and "2" in said[0] and "-350" in said[0]
