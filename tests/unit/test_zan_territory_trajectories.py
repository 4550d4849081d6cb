"""aula_plugin.core.zan.territory_trajectories: many territories, eligibility, groups, pooling."""

from __future__ import annotations

from dataclasses import replace

import pytest

from aula_plugin.core.errors import AulaError, Cancelled
from aula_plugin.core.zan.model import ConsumptionTable
from aula_plugin.core.zan.rates import RateTable
from aula_plugin.core.zan.territory_trajectories import (
    Commune,
    Options,
    compute_territories,
)
from aula_plugin.core.zan.trajectory import SCENARIO_LABEL

RATES = RateTable.from_rows(
    [
        {"territory_id": "FRANCE", "rate_pct": "50", "document": "Loi 2021-1104"},
        {
            "territory_id": "REGION_32",
            "parent_id": "FRANCE",
            "rate_pct": "54.47",
            "document": "SRADDET",
            "page": "153-154",
            "date": "2024-11-21",
        },
        {"territory_id": "EPCI_B", "parent_id": "REGION_32", "rate_pct": "60", "document": "PLUi"},
    ],
    "taux",
)


def table(per_commune: dict[str, tuple[int, list[int]]]) -> ConsumptionTable:
    """{insee: (flow of each year 2011..2020, [flows 2021, 2022, 2023])} as a long table."""
    t = ConsumptionTable()
    for insee, (ref, since) in per_commune.items():
        for year in range(2011, 2021):
            t.add(insee, year, "naf", ref)
            t.add(insee, year, "hab", ref)  # other destinations never enter the totals
        for i, value in enumerate(since):
            t.add(insee, 2021 + i, "naf", value)
    return t


# Commune 1: C_ref = 10 × 100 = 1 000 → E = 1 000 × 0.4553 = 455.3 (< 1 ha)
# Commune 2: C_ref = 10 × 5 000 = 50 000 → E = 50 000 × 0.4553 = 22 765 (> 1 ha)
# Commune 3 (EPCI B, rate 60): C_ref = 10 × 1 500 = 15 000 → E = 15 000 × 0.4 = 6 000 (< 1 ha)
CONSO = table({"1": (100, [10, 10, 10]), "2": (5_000, [900, 900, 900]), "3": (1_500, [0, 0, 0])})


def communes(eligible: set[str] = frozenset(), group: bool = False) -> list[Commune]:
    epci = {"1": "A", "2": "A", "3": "B"}
    return [
        Commune(
            insee,
            group=epci[insee] if group else None,
            pool=epci[insee],
            eligible=insee in eligible,
            ancestors=(f"EPCI_{epci[insee]}", "scot_x"),
        )
        for insee in ("1", "2", "3")
    ]


def by_key(run):
    return {t.key: t for t in run.territories}


def test_communes_rates_with_fallback_and_provenance() -> None:
    run = compute_territories(CONSO, communes(), RATES, Options())
    result = by_key(run)
    assert set(result) == {"1", "2", "3"}
    # communes 1 and 2: no COMM_ nor EPCI_A rate → regional rate, flagged
    assert result["1"].rate.rate_pct == 54.47
    assert result["1"].rate.fallback
    assert (result["1"].rate.document, result["1"].rate.page) == ("SRADDET", "153-154")
    assert "regional rate applied" in result["1"].rate.warning.message()
    assert "1:" in result["1"].rate.warning.message()
    # commune 3: its EPCI's rate (60), flagged as a parent's rate
    assert (result["3"].rate.rate_id, result["3"].rate.rate_pct) == ("EPCI_B", 60)
    assert result["3"].trajectory.envelope_m2 == pytest.approx(6_000)
    assert len([w for w in run.warnings if "applied" in w.message()]) == 3


def test_eligibility_toggle_changes_only_small_communes() -> None:
    # C23: floor only for eligible communes; making all eligible changes only E_c < 1 ha (1, 3)
    off = by_key(compute_territories(CONSO, communes(), RATES, Options()))
    on = by_key(compute_territories(CONSO, communes({"1", "2", "3"}), RATES, Options()))
    assert off["1"].trajectory.envelope_final_m2 == pytest.approx(455.3)
    assert off["1"].trajectory.floor_m2 is None
    assert on["1"].trajectory.envelope_final_m2 == 10_000
    assert on["1"].trajectory.floor_m2 == 10_000
    assert on["3"].trajectory.envelope_final_m2 == 10_000
    assert off["3"].trajectory.envelope_final_m2 == pytest.approx(6_000)
    # commune 2 (E = 22 765 ≥ 1 ha): eligible (floor_m2 recorded) but every figure unchanged
    assert on["2"].trajectory.floor_m2 == 10_000
    assert replace(on["2"].trajectory, floor_m2=None) == off["2"].trajectory
    changed = {k for k in off if replace(on[k].trajectory, floor_m2=None) != off[k].trajectory}
    assert changed == {"1", "3"}
    only_one = by_key(compute_territories(CONSO, communes({"1"}), RATES, Options()))
    assert only_one["1"].trajectory.envelope_final_m2 == 10_000
    assert only_one["3"].trajectory.envelope_final_m2 == pytest.approx(6_000)


def test_groups_have_no_floor_and_report_the_sum_of_commune_envelopes() -> None:
    # EPCI A = communes 1 + 2: C_ref = 1 000 + 50 000 = 51 000; E = 51 000 × 0.4553 = 23 220.3
    # Σ E*_c with commune 1 eligible = 10 000 + 22 765 = 32 765 (C11: documented gap)
    options = Options(grouped=True, rate_id_template="EPCI_{key}", group_field="epci")
    run = compute_territories(CONSO, communes({"1"}, group=True), RATES, options)
    result = by_key(run)
    a = result["A"]
    assert a.communes == ("1", "2")
    assert a.trajectory.c_ref_m2 == 51_000
    assert a.trajectory.floor_m2 is None
    assert a.trajectory.envelope_final_m2 == pytest.approx(23_220.3)
    assert a.sum_commune_envelopes_m2 == pytest.approx(32_765)
    assert a.rate.fallback  # no EPCI_A rate
    # EPCI B has its own rate: no fallback; R = 0
    b = result["B"]
    assert (b.rate.rate_pct, b.rate.fallback) == (60, False)
    assert b.trajectory.envelope_final_m2 == pytest.approx(6_000)  # no floor on an EPCI
    assert any("not applied" in w.message() for w in run.warnings)


def test_pooling_measures_the_plui_against_the_sum_of_guaranteed_envelopes() -> None:
    run = compute_territories(CONSO, communes({"1"}), RATES, Options(pooled=True))
    a = by_key(run)["A"]
    assert a.pooled
    assert a.trajectory.envelope_m2 == pytest.approx(23_220.3)  # its own E, for information
    assert a.trajectory.envelope_final_m2 == pytest.approx(32_765)  # Σ E*_c
    # R = 3 × (10 + 900) = 2 730; U = 100 × 2 730 / 32 765
    assert a.trajectory.consumed_since_2021_m2 == 2_730
    assert a.trajectory.share_used_pct == pytest.approx(100 * 2_730 / 32_765)


def test_mda_compatible_floor_everywhere_rate_50_projection_9() -> None:
    options = Options(mode="mda_compatible", grouped=True, rate_id_template="EPCI_{key}")
    run = compute_territories(CONSO, communes(group=True), RATES, options)
    b = by_key(run)["B"]
    # C_ref 15 000 → max(7 500, 10 000) = 10 000 even for an EPCI, without eligibility
    assert b.trajectory.rate_pct == 50
    assert b.trajectory.envelope_final_m2 == 10_000
    assert b.trajectory.mode == "mda_compatible"
    assert b.rate.rate_id == ""
    assert "Mon Diagnostic" in b.rate.document
    a = by_key(run)["A"]
    assert a.trajectory.projection_m2 == pytest.approx(910 * 9)  # pace 2 730 / 3 = 910
    # Σ E*_c in this mode: max(500, 1 ha) + max(25 000, 1 ha) = 35 000
    assert a.sum_commune_envelopes_m2 == 35_000


def test_rate_override_for_every_territory() -> None:
    run = compute_territories(CONSO, communes(), RATES, Options(rate_override_pct=-10))
    one = by_key(run)["1"]
    assert one.trajectory.envelope_m2 == pytest.approx(1_100)  # 1 000 × 1.1
    assert not one.rate.fallback
    assert "scénario" in one.rate.document
    with pytest.raises(AulaError, match="101"):
        compute_territories(CONSO, communes(), RATES, Options(rate_override_pct=101))


def test_deductions_by_kind() -> None:
    deductions = {"pene": {"2": {2022: 300}}, "renaturation": {"2": {2023: 100}, "9": {2022: 1}}}
    run = compute_territories(CONSO, communes(), RATES, Options(), deductions=deductions)
    two = by_key(run)["2"]
    assert two.deductions_by_kind == {"pene": 300, "renaturation": 100}
    assert two.trajectory.deductions_m2 == 400
    assert two.trajectory.consumed_since_2021_m2 == 2_700 - 400
    assert two.trajectory.consumed_gross_m2 == 2_700
    assert any("9" in w.message() and "ignored" in w.message() for w in run.warnings)


def test_decade_scenarios_attached() -> None:
    run = compute_territories(CONSO, communes(), RATES, Options(decade_rates_pct=(20, 50)))
    three = by_key(run)["3"]
    assert [s.allowance_m2 for s in three.scenarios] == pytest.approx([4_800, 2_400])
    assert three.scenarios[0].label == SCENARIO_LABEL


def test_missing_commune_consumption_named() -> None:
    more = [*communes(), Commune("62999")]
    with pytest.raises(AulaError, match="62999") as info:
        compute_territories(CONSO, more, RATES, Options(), table="zan_consommation")
    assert "zan_consommation" in info.value.message()


def test_gap_in_a_commune_named() -> None:
    conso = table({"1": (100, [10, 10, 10])})
    del conso.values["1"][2014]
    with pytest.raises(AulaError, match="2014") as info:
        compute_territories(conso, [Commune("1")], RATES, Options(), table="zan_consommation")
    assert "zan_consommation, 1" in info.value.message()


def test_cancel() -> None:
    with pytest.raises(Cancelled):
        compute_territories(CONSO, communes(), RATES, Options(), is_canceled=lambda: True)


def test_rate_id_template_given_or_from_the_key_field() -> None:
    from aula_plugin.core.zan.territory_trajectories import rate_id_template

    assert rate_id_template("", "epci_siren") == "EPCI_{key}"
    assert rate_id_template("", "INSEE_COM") == "COMM_{key}"
    assert rate_id_template("", "scot_id") == "{key}"
    assert rate_id_template("SCOT_{key}", "scot_id") == "SCOT_{key}"
    with pytest.raises(AulaError, match=r"RATE_ID_TEMPLATE: the template 'SCOT' has no \{key\}"):
        rate_id_template("SCOT", "scot_id", "RATE_ID_TEMPLATE")


def test_output_rows_follow_the_output_fields() -> None:
    from aula_plugin.core.zan.territory_trajectories import (
        OUTPUT_FIELDS,
        OUTPUT_YEARS_FIELDS,
        output_row,
        year_rows,
    )

    run = compute_territories(CONSO, communes(), RATES, Options())
    item = next(t for t in run.territories if t.key == "2")
    row = dict(zip([name for name, _ in OUTPUT_FIELDS], output_row(item), strict=True))
    assert row["territory"] == "2" and row["nb_communes"] == 1
    assert row["c_ref_m2"] == 50_000 and row["c_ref_ha"] == 5.0
    assert row["rate_id"] == "REGION_32" and row["rate_fallback"] == 1
    assert row["rate_warning"] and row["rate_page"] == "153-154" and row["rate_url"] is None
    assert row["horizon_years"] == 10 and row["deduction_pv_m2"] is None
    # nom, appended last: the commune layer's name, else the territory's own row of the rates
    # table (never its parent's: REGION_32 gave the rate here, not the name)
    assert OUTPUT_FIELDS[-1] == OUTPUT_YEARS_FIELDS[-1] == ("nom", "text")
    assert row["nom"] is None
    assert output_row(item, names={"2": "Commune 2"})[-1] == "Commune 2"
    years = year_rows(item)
    assert [r[1] for r in years] == list(range(2021, 2031))
    assert all(len(r) == len(OUTPUT_YEARS_FIELDS) for r in years)
    assert years[0][2:4] == [900, 900] and years[2][3] == 2_700 and years[3][2] is None


def test_name_from_the_own_row_of_the_rates_table_only() -> None:
    from aula_plugin.core.zan.territory_trajectories import output_row, year_rows

    rates = RateTable.from_rows(
        [
            {"territory_id": "REGION_32", "name": "Hauts-de-France", "rate_pct": "54.47"},
            {
                "territory_id": "EPCI_B",
                "name": "CC B",
                "parent_id": "REGION_32",
                "rate_pct": "60",
            },
        ],
        "taux",
    )
    options = Options(rate_id_template="EPCI_{key}", grouped=True)
    result = by_key(compute_territories(CONSO, communes(group=True), rates, options))
    # B has its own row: its name; A takes the regional rate, not the region's name
    assert output_row(result["B"])[-1] == "CC B"
    assert output_row(result["A"])[-1] is None
    # the commune layer's name comes first
    assert output_row(result["B"], names={"B": "Communauté B"})[-1] == "Communauté B"
    assert {row[-1] for row in year_rows(result["A"], {"A": "Agglo A"})} == {"Agglo A"}
