"""Evolution between two vintages: annual average rate, natural and apparent migration balance.

- Annual average rate (INSEE): ``((v_end / v_start) ** (1 / n) - 1) × 100``, n = the years between
  the vintages (2015 -> 2021: 6). Arras (62041), 40,721 -> 42,600: +0.755 %/yr.
- Natural balance = Σ births − Σ deaths over the years ``start .. end − 1`` (a census population is
  the one of 1 January of its year: 2015 -> 2021 needs the births and deaths of 2015 to 2020, every
  year of them); apparent migration balance = (v_end − v_start) − natural balance.
- Their shares of the annual rate (convention to confirm against INSEE's): the natural part is the
  natural balance per year over the mean population, ``SN / (n × (v_start + v_end) / 2) × 100``;
  the migration part is the annual rate minus the natural part, so the two add up to the rate.

When births or deaths are missing for one year of the period (the comparateur base has 2022 only,
which cannot split 2015-2021), there is no split and :attr:`Evolution.split_missing` says which
years lack: the balance is never computed from a part of the period.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import IndicatorBase, TerritoryKey, Value, vintage_year


def annual_average_rate(start: float, end: float, years: float) -> float | None:
    """((end / start) ** (1 / years) − 1) × 100; None when undefined (start ≤ 0, end < 0,
    years ≤ 0)."""
    if years <= 0 or start <= 0 or end < 0:
        return None
    return ((end / start) ** (1.0 / years) - 1.0) * 100.0


@dataclass
class Evolution:
    start_vintage: str
    end_vintage: str
    years: int
    start: float
    end: float
    rate: float | None
    natural_balance: int | float | None = None
    migration_balance: int | float | None = None
    natural_rate: float | None = None
    migration_rate: float | None = None
    #: the years of births or deaths lacking for the split (empty when split or not asked)
    split_missing: list[int] = field(default_factory=list)


def _sum_years(
    base: IndicatorBase, key: TerritoryKey, indicator: str, years: range, missing: list[int]
) -> float:
    total = 0
    for year in years:
        value: Value | None = base.value(key, indicator, str(year))
        if value is None or not value.has_number:
            if year not in missing:
                missing.append(year)
            continue
        total += value.value
    return total


def evolution(
    base: IndicatorBase,
    key: TerritoryKey,
    start: Value,
    end: Value,
    births: str | None = None,
    deaths: str | None = None,
) -> Evolution | None:
    """The evolution of one territory between two values of one indicator (None when the
    vintages are not two different years or a value has no number)."""
    y0, y1 = vintage_year(start.vintage), vintage_year(end.vintage)
    if y0 is None or y1 is None or y1 <= y0 or not start.has_number or not end.has_number:
        return None
    years = y1 - y0
    out = Evolution(
        start.vintage,
        end.vintage,
        years,
        start.value,
        end.value,
        annual_average_rate(start.value, end.value, years),
    )
    if births and deaths:
        missing: list[int] = []
        period = range(y0, y1)
        born = _sum_years(base, key, births, period, missing)
        dead = _sum_years(base, key, deaths, period, missing)
        if missing:
            out.split_missing = sorted(missing)
            return out
        out.natural_balance = born - dead
        out.migration_balance = (end.value - start.value) - out.natural_balance
        mean = (start.value + end.value) / 2
        if mean > 0 and out.rate is not None:
            out.natural_rate = out.natural_balance / (years * mean) * 100.0
            out.migration_rate = out.rate - out.natural_rate
    return out
