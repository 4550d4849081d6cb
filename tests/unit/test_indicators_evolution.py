"""Annual average rates and the natural / migration split (core/indicators/evolution.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aula_plugin.core.indicators.aggregate import aggregate_to_parents
from aula_plugin.core.indicators.comparateur import import_comparateur
from aula_plugin.core.indicators.evolution import annual_average_rate, evolution
from aula_plugin.core.indicators.model import COMMUNE, DEPT, OK, IndicatorBase, Value


@pytest.fixture(scope="module")
def base(shared_data: Path) -> IndicatorBase:
    base = import_comparateur(shared_data / "insee" / "comparateur_communes_62.csv").base
    aggregate_to_parents(base)
    return base


def rate_of(base: IndicatorBase, key: tuple[str, str]) -> float:
    found = evolution(
        base,
        key,
        base.value(key, "population", "2015"),
        base.value(key, "population", "2021"),
    )
    assert found is not None and found.years == 6
    return found.rate


def test_formula_on_round_numbers() -> None:
    assert annual_average_rate(100, 121, 2) == pytest.approx(10.0)  # 1.1 ** 2 = 1.21
    assert annual_average_rate(100, 100, 6) == 0
    assert annual_average_rate(0, 10, 6) is None
    assert annual_average_rate(100, 110, 0) is None


def test_arras_on_the_real_populations(base: IndicatorBase) -> None:
    # Arras (62041): 40,721 in 2015, 42,600 in 2021. By hand: 42,600 / 40,721 = 1.046143;
    # ln 1.046143 = 0.045110; / 6 = 0.0075184; e^0.0075184 − 1 = 0.0075467 -> +0.755 %/yr.
    assert base.value((COMMUNE, "62041"), "population", "2015").value == 40_721
    assert base.value((COMMUNE, "62041"), "population", "2021").value == 42_600
    assert rate_of(base, (COMMUNE, "62041")) == pytest.approx(0.7547, abs=5e-5)


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [("62498", 30_413, 32_618), ("62119", 24_995, 24_992), ("62001", 1_786, 1_939)],
)
def test_other_communes_on_the_real_populations(
    base: IndicatorBase, code: str, start: int, end: int
) -> None:
    # Lens, Béthune, Ablain-Saint-Nazaire, figures read in the file
    key = (COMMUNE, code)
    assert base.value(key, "population", "2015").value == start
    assert base.value(key, "population", "2021").value == end
    assert rate_of(base, key) == pytest.approx(((end / start) ** (1 / 6) - 1) * 100)


def test_departement_rate_from_summed_populations(base: IndicatorBase) -> None:
    # 890 communes: 1,472,648 (2015) -> 1,461,441 (2021) = −0.127 %/yr (the 891 rows with
    # Saint-Augustin counted twice give 1,473,442 -> 1,462,283, also −0.127 %/yr)
    assert base.value((DEPT, "62"), "population", "2015").value == 1_472_648
    assert base.value((DEPT, "62"), "population", "2021").value == 1_461_441
    assert round(rate_of(base, (DEPT, "62")), 3) == -0.127


def test_no_split_without_births_and_deaths_of_every_year(base: IndicatorBase) -> None:
    key = (COMMUNE, "62041")
    found = evolution(
        base,
        key,
        base.value(key, "population", "2015"),
        base.value(key, "population", "2021"),
        "naissances",
        "deces",
    )
    # the base has births and deaths of 2022 only: 2015-2020 are lacking, no split
    assert found.split_missing == [2015, 2016, 2017, 2018, 2019, 2020]
    assert found.natural_balance is None and found.natural_rate is None


def test_natural_and_migration_split() -> None:
    base = IndicatorBase()
    key = ("commune", "X")
    start = Value(*key, "population", "2015", 1000, OK)
    end = Value(*key, "population", "2021", 1060, OK)
    for year in range(2015, 2021):
        base.add_value(Value(*key, "naissances", str(year), 15, OK))
        base.add_value(Value(*key, "deces", str(year), 10, OK))
    found = evolution(base, key, start, end, "naissances", "deces")
    # natural balance 6 × (15 − 10) = 30; apparent migration 60 − 30 = 30
    assert (found.natural_balance, found.migration_balance) == (30, 30)
    # natural part: 30 / (6 × 1030) × 100 = 0.4854 %/yr; the migration part is the rest
    assert found.natural_rate == pytest.approx(30 / (6 * 1030) * 100)
    assert found.natural_rate + found.migration_rate == pytest.approx(found.rate)
    assert found.rate == pytest.approx((1.06 ** (1 / 6) - 1) * 100)
