"""Consumption per territory: period sums, annual means, share of the area, groupings."""

from __future__ import annotations

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan.consumption import aggregate_consumption, check_period, reference_sum
from aula_plugin.core.zan.model import TOTAL, ConsumptionTable


def micro_table() -> ConsumptionTable:
    """Three communes, 2010..2022; naf = act + hab each year.

    A (62001): act 100, hab 200 every year, except 2021: act 10 000 (must stay out of 2011-2020)
    B (62002): act 0, hab 50 every year, except 2015: hab −20 (negative, kept)
    C (62003): act 1 000 every year, no hab row at all (destination absent)
    """
    table = ConsumptionTable()
    for year in range(2010, 2023):
        a_act = 10_000 if year == 2021 else 100
        table.add("62001", year, "act", a_act)
        table.add("62001", year, "hab", 200)
        table.add("62001", year, TOTAL, a_act + 200)
        b_hab = -20 if year == 2015 else 50
        table.add("62002", year, "act", 0)
        table.add("62002", year, "hab", b_hab)
        table.add("62002", year, TOTAL, b_hab)
        table.add("62003", year, "act", 1_000)
        table.add("62003", year, TOTAL, 1_000)
    return table


def test_per_commune_reference_decade() -> None:
    table = micro_table()
    grouping = {"62001": "62001", "62002": "62002", "62003": "62003"}
    areas = {"62001": 1_000_000.0, "62002": 2_000_000.0, "62003": 500_000.0}
    result = aggregate_consumption(table, grouping, 2011, 2020, areas)
    by = {g.key: g for g in result.groups}
    # A: 10 years × 300 = 3 000 (2021's 10 000 excluded); act 1 000, hab 2 000
    assert by["62001"].naf_m2 == 3_000
    assert by["62001"].sums == {TOTAL: 3_000, "act": 1_000, "hab": 2_000}
    # annual mean 3 000 / 10 = 300; share 100 × 3 000 / 1 000 000 = 0.3 %
    assert by["62001"].annual_mean_m2 == 300
    assert by["62001"].share_pct == pytest.approx(0.3)
    # B: 9 × 50 − 20 = 430 (negative kept); share 100 × 430 / 2 000 000 = 0.0215 %
    assert by["62002"].naf_m2 == 430
    assert by["62002"].share_pct == pytest.approx(0.0215)
    # C: 10 × 1 000 = 10 000; hab absent (no key), not zero
    assert by["62003"].sums == {TOTAL: 10_000, "act": 10_000}
    assert by["62003"].naf_ha == 1.0
    assert result.destinations == ["act", "hab"]
    assert by["62001"].years == 10 and by["62001"].first == 2011 and by["62001"].last == 2020


def test_group_sums_and_any_period() -> None:
    table = micro_table()
    grouping = {"62001": "EPCI1", "62002": "EPCI1", "62003": "EPCI2"}
    areas = {"62001": 1_000_000.0, "62002": 2_000_000.0, "62003": 500_000.0}
    result = aggregate_consumption(table, grouping, 2020, 2022, areas)
    by = {g.key: g for g in result.groups}
    # EPCI1 2020..2022: A 300 + 10 200 + 300 = 10 800; B 3 × 50 = 150 → 10 950
    assert by["EPCI1"].naf_m2 == 10_950
    assert by["EPCI1"].communes == ["62001", "62002"]
    # annual mean 10 950 / 3 = 3 650; area 3 000 000 m² → share 100 × 10 950 / 3 000 000 = 0.365
    assert by["EPCI1"].annual_mean_m2 == 3_650
    assert by["EPCI1"].share_pct == pytest.approx(0.365)
    # EPCI2: 3 × 1 000 = 3 000
    assert by["EPCI2"].naf_m2 == 3_000


def test_reference_excludes_naf21art22() -> None:
    table = micro_table()
    # 300 × 10 for A: adding naf21art22 (10 200) would give 13 200; adding 2010 would give 3 300
    assert reference_sum(table, ["62001"]) == 3_000
    with_2021 = aggregate_consumption(table, {"62001": "x"}, 2011, 2021).groups[0].naf_m2
    assert with_2021 == 13_200 != reference_sum(table, ["62001"])


def test_missing_communes_and_empty_groups_reported() -> None:
    table = micro_table()
    grouping = {"62001": "E", "62099": "E", "62002": None}
    result = aggregate_consumption(table, grouping, 2011, 2020)
    assert result.missing_communes == ["62099"]
    messages = [issue.message() for issue in result.issues]
    assert any("62099" in m and "missing" in m for m in messages)
    assert any("62002" in m and "empty group" in m for m in messages)
    assert result.groups[0].naf_m2 == 3_000  # 62099 counts as zero
    assert result.groups[0].share_pct is None  # no areas given


def test_unknown_area_gives_no_share() -> None:
    table = micro_table()
    result = aggregate_consumption(
        table, {"62001": "E", "62002": "E"}, 2011, 2020, {"62001": 1e6, "62002": None}
    )
    assert result.groups[0].share_pct is None
    assert any("area unknown" in issue.message() for issue in result.issues)


def test_period_checked_against_the_table() -> None:
    table = micro_table()
    with pytest.raises(AulaError, match="2009.*2010-2022"):
        aggregate_consumption(table, {"62001": "E"}, 2009, 2020)
    with pytest.raises(AulaError, match="first year must not come after"):
        check_period(2020, 2011, table.years)
    with pytest.raises(AulaError, match="None of the communes"):
        aggregate_consumption(table, {"99999": "E"}, 2011, 2020)


def test_choose_release_takes_the_requested_or_the_most_recent() -> None:
    from aula_plugin.core.errors import AulaError
    from aula_plugin.core.zan.model import choose_release

    releases = ["2009-2023", "2009-2024", "2009-2021", ""]
    assert choose_release(releases) == "2009-2024"
    assert choose_release(releases, "2009-2021") == "2009-2021"
    assert choose_release([]) == ""
    with pytest.raises(AulaError, match="no release 2009-2030"):
        choose_release(releases, "2009-2030", layer="zan_consommation")


def test_output_columns_and_rows() -> None:
    from aula_plugin.core.zan.consumption import output_fields, output_row

    result = aggregate_consumption(micro_table(), {"62001": "A", "62002": "A"}, 2011, 2020)
    names = [name for name, _ in output_fields("epci", result.destinations)]
    assert names == [
        "epci",
        "nb_communes",
        "first_year",
        "last_year",
        "years",
        "naf_m2",
        "naf_ha",
        "act_m2",
        "hab_m2",
        "annual_mean_m2",
        "share_pct",
        "nom",  # appended after the columns of the first releases
    ]
    (group,) = result.groups
    row = output_row(group, result.destinations, {"A": "Groupe A"})
    assert len(row) == len(names)
    assert row[:6] == ["A", 2, 2011, 2020, 10, group.naf_m2]
    assert row[7:9] == [group.sums["act"], group.sums["hab"]] and row[-2] is None
    assert row[-1] == "Groupe A"
    assert output_row(group, result.destinations, {})[-1] is None  # unknown: NULL
    # grouped by the names themselves: no second name column
    assert [name for name, _ in output_fields("NOM", [])][-1] == "share_pct"
