"""Parents of the indicator base computed by the declared rule (core/indicators/aggregate.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aula_plugin.core import aggregation
from aula_plugin.core.indicators import aggregate as rollup
from aula_plugin.core.indicators.aggregate import aggregate_to_parents, derive_ratios, is_computed
from aula_plugin.core.indicators.comparateur import import_comparateur
from aula_plugin.core.indicators.model import (
    COMMUNE,
    DEPT,
    EPCI,
    ESTIMATED,
    MISSING,
    NOT_AGGREGABLE,
    OK,
    RATIO_OF_SUMS,
    SECRET,
    Indicator,
    IndicatorBase,
    Territory,
    TerritoryLink,
    Value,
)

UNEMPLOYED = Indicator("chomeurs", "Chômeurs")
ACTIVE = Indicator("actifs", "Actifs")
RATE = Indicator(
    "taux_chomage", "Taux de chômage", "%", aggregation=RATIO_OF_SUMS, numerator="chomeurs",
    denominator="actifs", factor=100, decimals=1,
)  # fmt: skip
MEDIAN = Indicator("revenu_median", "Revenu médian", "€", aggregation=NOT_AGGREGABLE)


def small_base(rows: dict[str, tuple]) -> IndicatorBase:
    """Communes of one EPCI (E1) in one département (D): code -> (unemployed, active, median),
    each a number or a status."""
    base = IndicatorBase()
    for indicator in (UNEMPLOYED, ACTIVE, RATE, MEDIAN):
        base.add_indicator(indicator)
    base.add_territory(Territory(EPCI, "E1", "Communauté test"))
    base.add_territory(Territory(DEPT, "D", "Département test"))
    for code, figures in rows.items():
        base.add_territory(Territory(COMMUNE, code, f"Commune {code}"))
        base.add_link(TerritoryLink(COMMUNE, code, EPCI, "E1"))
        base.add_link(TerritoryLink(EPCI, "E1", DEPT, "D"))
        for indicator, figure in zip(("chomeurs", "actifs", "revenu_median"), figures, strict=True):
            if figure in (SECRET, MISSING):
                base.add_value(Value(COMMUNE, code, indicator, "2021", None, figure, "test"))
            elif isinstance(figure, tuple):  # (number, status)
                base.add_value(Value(COMMUNE, code, indicator, "2021", figure[0], figure[1], "t"))
            elif figure is not None:
                base.add_value(Value(COMMUNE, code, indicator, "2021", figure, OK, "test"))
    return base


def test_ratio_of_sums_hand_worked() -> None:
    # A: 10 / 100 = 10 %, B: 30 / 200 = 15 %, C: 5 / 50 = 10 %.
    # Ratio of sums: (10 + 30 + 5) / (100 + 200 + 50) = 45 / 350 = 12.857 %;
    # the mean of the rates, (10 + 15 + 10) / 3 = 11.667 %, must not appear.
    base = small_base({"A": (10, 100, 21000), "B": (30, 200, 19000), "C": (5, 50, 23000)})
    derive_ratios(base)
    assert base.value((COMMUNE, "B"), "taux_chomage", "2021").value == pytest.approx(15.0)
    report = aggregate_to_parents(base)
    for parent in ((EPCI, "E1"), (DEPT, "D")):  # the département through the EPCI link
        rate = base.value(parent, "taux_chomage", "2021")
        assert rate.status == OK
        assert rate.value == pytest.approx(45 / 350 * 100)
        assert rate.value != pytest.approx((10 + 15 + 10) / 3, abs=1e-3)
        assert base.value(parent, "chomeurs", "2021").value == 45
        assert base.value(parent, "actifs", "2021").value == 350
        assert is_computed(rate)
        assert "ratio des sommes sur 3 membres" in rate.source
    assert report.flagged == 0
    assert report.not_aggregable == ["revenu_median"]


def test_the_core_of_aggregateindicators_does_the_arithmetic(monkeypatch) -> None:
    calls = []

    def spy(*args, **kwargs):
        calls.append((args, kwargs))
        return aggregation.aggregate(*args, **kwargs)

    monkeypatch.setattr(rollup, "aggregate", spy)
    base = small_base({"A": (10, 100, None), "B": (30, 200, None)})
    aggregate_to_parents(base)
    assert calls, "the parents must be computed by core.aggregation.aggregate"
    rates = calls[0][0][3]
    assert rates == [aggregation.RateSpec("taux_chomage", "chomeurs", "actifs", 100.0)]
    assert base.value((EPCI, "E1"), "taux_chomage", "2021").value == pytest.approx(40 / 300 * 100)


def test_medians_are_not_aggregated() -> None:
    base = small_base({"A": (10, 100, 21000), "B": (30, 200, 19000)})
    aggregate_to_parents(base)
    assert base.value((EPCI, "E1"), "revenu_median", "2021") is None
    assert base.value((DEPT, "D"), "revenu_median", "2021") is None
    # a value the source publishes for the parent is kept as it is
    base.add_value(Value(DEPT, "D", "revenu_median", "2021", 20500, OK, "INSEE-DGFiP, Filosofi"))
    aggregate_to_parents(base)
    assert base.value((DEPT, "D"), "revenu_median", "2021").value == 20500


@pytest.mark.parametrize("status", [SECRET, MISSING])
def test_a_secret_or_missing_member_flags_the_parent_never_a_partial_sum(status: str) -> None:
    base = small_base({"A": (10, 100, None), "B": (status, 200, None), "C": (5, 50, None)})
    report = aggregate_to_parents(base)
    for ident in ("chomeurs", "taux_chomage"):
        value = base.value((EPCI, "E1"), ident, "2021")
        assert value.status == MISSING
        assert value.value is None  # not 15, not 0
        assert "sur 3 membres (commune)" in value.note
        word = "en secret statistique" if status == SECRET else "sans valeur"
        assert f"1 {word}" in value.note
    assert base.value((EPCI, "E1"), "actifs", "2021").value == 350  # complete: computed
    assert report.flagged == 4  # chomeurs and taux_chomage, for the EPCI and the département


def test_a_member_without_any_value_also_flags_the_parent() -> None:
    base = small_base({"A": (10, 100, None), "B": (None, None, None)})
    aggregate_to_parents(base)
    value = base.value((EPCI, "E1"), "chomeurs", "2021")
    assert (value.status, value.value) == (MISSING, None)
    assert "1 sans valeur" in value.note


def test_estimated_members_make_an_estimated_parent() -> None:
    base = small_base({"A": ((10, ESTIMATED), 100, None), "B": (30, 200, None)})
    aggregate_to_parents(base)
    value = base.value((EPCI, "E1"), "chomeurs", "2021")
    assert (value.value, value.status) == (40, ESTIMATED)


def test_zero_denominator_is_missing_with_a_note() -> None:
    base = small_base({"A": (0, 0, None)})
    aggregate_to_parents(base)
    value = base.value((EPCI, "E1"), "taux_chomage", "2021")
    assert (value.status, value.value) == (MISSING, None)
    assert "dénominateur nul" in value.note
    assert base.value((EPCI, "E1"), "chomeurs", "2021").value == 0  # a true zero is a value


def test_published_parent_values_are_kept_computed_ones_replaced() -> None:
    base = small_base({"A": (10, 100, None), "B": (30, 200, None)})
    base.add_value(Value(EPCI, "E1", "chomeurs", "2021", 41, OK, "INSEE"))
    report = aggregate_to_parents(base)
    assert report.kept_published == 1
    assert base.value((EPCI, "E1"), "chomeurs", "2021").value == 41
    base.add_value(Value(COMMUNE, "A", "actifs", "2021", 150, OK, "test"))
    aggregate_to_parents(base)
    assert base.value((EPCI, "E1"), "actifs", "2021").value == 350  # recomputed
    aggregate_to_parents(base, keep_published=False)
    assert base.value((EPCI, "E1"), "chomeurs", "2021").value == 40


def test_real_departement_unemployment_is_a_ratio_of_sums(shared_data: Path) -> None:
    result = import_comparateur(shared_data / "insee" / "comparateur_communes_62.csv")
    base = result.base
    aggregate_to_parents(base)
    dept = base.value((DEPT, "62"), "taux_chomage_15_64", "2021")
    # 890 distinct communes (the file's 891 rows list Saint-Augustin, 62691, twice: 24 unemployed,
    # 413 active): Σ unemployed / Σ active = 94,528 / 643,455 = 14.69 %. Counting the repeated
    # row would give 94,552 / 643,868 = 14.68 %; the mean of the commune rates is about 9.6 %.
    assert base.value((DEPT, "62"), "chomeurs_15_64", "2021").value == 94_528
    assert base.value((DEPT, "62"), "actifs_15_64", "2021").value == 643_455
    assert dept.value == pytest.approx(94_528 / 643_455 * 100)
    assert round(dept.value, 2) == 14.69
    communes = [
        v.value
        for v in base.iter_values("taux_chomage_15_64")
        if v.territory_level == COMMUNE and v.has_number
    ]
    assert len(communes) == 890
    mean = sum(communes) / len(communes)
    assert abs(mean - dept.value) > 4  # the mean of rates is far off, and was not used
