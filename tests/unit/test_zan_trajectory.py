"""aula_plugin.core.zan.trajectory: hand-computed micro cases for every formula (ZAN.md §6,
checks C9-C14, C24-C25)."""

from __future__ import annotations

import math

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan.trajectory import (
    GUARANTEE_M2,
    MODE_MDA,
    SCENARIO_LABEL,
    STATUS_AT_RISK,
    STATUS_EXCEEDED,
    STATUS_ON_TRACK,
    compute_trajectory,
    decade_scenarios,
    envelope,
    mda_compatible_trajectory,
    pooled_envelope,
    pooled_trajectory,
    reference_m2,
)


def flows(ref: int, since_2021: list[int], before: dict[int, int] | None = None) -> dict[int, int]:
    """Ten flows of ``ref`` m² for 2011..2020, then ``since_2021`` for 2021, 2022, …"""
    table = dict(before or {})
    table.update({y: ref for y in range(2011, 2021)})
    table.update({2021 + i: v for i, v in enumerate(since_2021)})
    return table


def test_at_risk_case_every_figure() -> None:
    # C_ref = 10 × 1 000 = 10 000; r = 50 → E = 10 000 × 0.5 = 5 000 (no floor)
    # R(2021) = 600, R(2022) = 1 200, R(2023) = 1 800 = R(L), L = 2023
    # U = 100 × 1 800 / 5 000 = 36.0; B = 5 000 − 1 800 = 3 200; overrun 0
    # p = 1 800 / (2023 − 2020) = 600; P = 600 × 10 = 6 000 > 5 000 → at risk
    # exceeding year = 2023 + floor(3 200 / 600) + 1 = 2023 + 5 + 1 = 2029
    # (check: R(2028) = 1 800 + 5 × 600 = 4 800 ≤ 5 000; R(2029) = 5 400 > 5 000)
    t = compute_trajectory(flows(1_000, [600, 600, 600]), 50)
    assert t.c_ref_m2 == 10_000
    assert t.rate_pct == 50.0
    assert t.envelope_m2 == 5_000
    assert t.floor_m2 is None
    assert t.envelope_final_m2 == 5_000
    assert t.cumulative == {2021: 600, 2022: 1_200, 2023: 1_800}
    assert t.consumed_since_2021_m2 == 1_800
    assert t.deductions_m2 == 0
    assert t.last_year == 2023
    assert t.share_used_pct == pytest.approx(36.0)
    assert t.remaining_m2 == 3_200
    assert t.overrun_m2 == 0
    assert t.pace_m2_per_year == 600
    assert t.projection_m2 == 6_000
    assert t.overshoot_year == 2029
    assert t.status == STATUS_AT_RISK
    assert t.mode == "legal"


def test_target_path_is_linear_and_ends_on_the_envelope() -> None:
    # T(t) = (t − 2020) × 5 000 / 10 = 500 × (t − 2020): 500, 1 000, …, 5 000 = E (C14)
    t = compute_trajectory(flows(1_000, [600, 600, 600]), 50)
    assert sorted(t.target_path) == list(range(2021, 2031))
    assert t.target_path == {y: pytest.approx(500.0 * (y - 2020)) for y in range(2021, 2031)}
    assert t.target_path[2030] == pytest.approx(t.envelope_final_m2)


def test_exceeded_case_first_year_of_overshoot_from_the_data() -> None:
    # E = 5 000; R = 3 000, 5 500, 5 600: first t with R(t) > 5 000 is 2022
    # overrun = 5 600 − 5 000 = 600; B = 0; U = 112.0
    t = compute_trajectory(flows(1_000, [3_000, 2_500, 100]), 50)
    assert t.status == STATUS_EXCEEDED
    assert t.overshoot_year == 2022
    assert t.overrun_m2 == 600
    assert t.remaining_m2 == 0
    assert t.share_used_pct == pytest.approx(112.0)


def test_on_track_case() -> None:
    # R = 300, p = 100, P = 1 000 ≤ 5 000 → on track; year = 2023 + floor(4 700 / 100) + 1 = 2071
    t = compute_trajectory(flows(1_000, [100, 100, 100]), 50)
    assert t.status == STATUS_ON_TRACK
    assert t.overshoot_year == 2071


def test_exact_division_of_the_remaining_budget() -> None:
    # E = 5 000, R = 2 000 over 2021..2022: p = 1 000, B = 3 000, B/p = 3 exactly
    # → 2022 + 3 + 1 = 2026 (R(2025) = 5 000 is not above E; R(2026) = 6 000 is)
    t = compute_trajectory(flows(1_000, [1_000, 1_000]), 50)
    assert t.last_year == 2022
    assert t.pace_m2_per_year == 1_000
    assert t.overshoot_year == 2026


def test_no_consumption_no_overshoot_year() -> None:
    t = compute_trajectory(flows(1_000, [0, 0, 0]), 50)
    assert t.pace_m2_per_year == 0
    assert t.overshoot_year is None
    assert t.status == STATUS_ON_TRACK


def test_last_year_comes_from_the_data() -> None:
    # 2021..2024: p = R / 4 (release 2009-2025), not R / 3 (C9, C14)
    t = compute_trajectory(flows(1_000, [400, 400, 400, 400]), 50)
    assert t.last_year == 2024
    assert t.pace_m2_per_year == 400  # 1 600 / 4


def test_naf21art22_never_enters_the_reference() -> None:
    # A huge 2021 flow (naf21art22) and 2010 flow (naf10art11) must not change C_ref = 10 000;
    # an 11-year sum would give 10 000 + 999 999 (C7).
    annual = flows(1_000, [999_999], before={2010: 777_777, 2009: 5})
    assert reference_m2(annual) == 10_000
    t = compute_trajectory(annual, 50)
    assert t.c_ref_m2 == 10_000
    assert t.envelope_m2 == 5_000


def test_hauts_de_france_regional_envelope() -> None:
    # 16 290 ha × (1 − 0.5447) = 16 290 × 0.4553 = 7 416.837 ha ≈ 7 417 ha; published 7 410 ha
    e_ha = envelope(16_290 * 10_000, 54.47) / 10_000
    assert e_ha == pytest.approx(7_416.837, abs=0.001)
    assert abs(e_ha - 7_410) < 10


def test_negative_rate_is_not_clamped() -> None:
    # r = −10 % → E = 10 000 × 1.1 = 11 000 (C24)
    t = compute_trajectory(flows(1_000, [0]), -10)
    assert t.envelope_m2 == pytest.approx(11_000)
    assert t.envelope_final_m2 == pytest.approx(11_000)


@pytest.mark.parametrize("rate", [100.01, 150, "54.47", None, math.nan, True])
def test_bad_rates_are_refused(rate: object) -> None:
    with pytest.raises(AulaError):
        compute_trajectory(flows(1_000, [0]), rate)  # type: ignore[arg-type]


def test_rate_100_gives_a_zero_envelope_and_no_share() -> None:
    t = compute_trajectory(flows(1_000, [10]), 100)
    assert t.envelope_final_m2 == 0
    assert t.share_used_pct is None
    assert t.status == STATUS_EXCEEDED


def test_rate_above_100_message_names_the_value() -> None:
    with pytest.raises(AulaError, match="120") as info:
        compute_trajectory(flows(1_000, [0]), 120, label="EPCI 200072460")
    assert "EPCI 200072460" in str(info.value)


def test_one_hectare_floor_when_passed() -> None:
    # C_ref = 10 × 120 = 1 200; E = 1 200 × (1 − 0.5447) = 1 200 × 0.4553 = 546.36 < 10 000
    t = compute_trajectory(flows(120, [100]), 54.47, floor_m2=GUARANTEE_M2)
    assert t.envelope_m2 == pytest.approx(546.36)
    assert t.floor_m2 == 10_000
    assert t.envelope_final_m2 == 10_000
    assert t.share_used_pct == pytest.approx(1.0)  # 100 × 100 / 10 000
    # without the floor the envelope is E itself
    t = compute_trajectory(flows(120, [100]), 54.47)
    assert t.envelope_final_m2 == pytest.approx(546.36)


def test_floor_does_not_lower_a_larger_envelope() -> None:
    t = compute_trajectory(flows(3_000, [0]), 50, floor_m2=GUARANTEE_M2)
    assert t.envelope_final_m2 == 15_000


def test_deductions_off_by_default_and_reported_when_on() -> None:
    # R gross = 1 800; PENE 2022: 500 → R net = 1 300, deductions 500 (C25)
    off = compute_trajectory(flows(1_000, [600, 600, 600]), 50)
    assert off.deductions_m2 == 0
    assert off.consumed_gross_m2 == off.consumed_since_2021_m2 == 1_800
    on = compute_trajectory(flows(1_000, [600, 600, 600]), 50, deductions_m2={2022: 500})
    assert on.deductions_m2 == 500
    assert on.consumed_since_2021_m2 == 1_300
    assert on.consumed_gross_m2 == 1_800
    assert on.cumulative == {2021: 600, 2022: 700, 2023: 1_300}
    # a deduction after L is not counted; one before 2021 is refused
    later = compute_trajectory(flows(1_000, [600, 600, 600]), 50, deductions_m2={2025: 9})
    assert later.deductions_m2 == 0
    with pytest.raises(AulaError, match="2019"):
        compute_trajectory(flows(1_000, [600]), 50, deductions_m2={2019: 1})


def test_mda_compatible_mode_reproduces_its_trajectory_table() -> None:
    # Mon Diagnostic Artificialisation (trajectoires_communes.csv) for a micro commune:
    # conso_2011_2020 = 10 × 1 500 = 15 000; conso_autorisee_2021_2030 = max(15 000 / 2, 10 000)
    # = 10 000 (the floor, at every level, no eligibility); conso_depuis_2021 = 3 × 300 = 900;
    # conso_annuelle_depuis_2021 = 300; conso_projetee_2030 = 300 × 9 = 2 700;
    # pourcentage_utilisation_actuelle = 100 × 900 / 10 000 = 9.0
    oracle = {
        "conso_2011_2020": 15_000,
        "conso_autorisee_augmentee_a_1ha_2021_2030": 10_000,
        "conso_depuis_2021": 900,
        "conso_annuelle_depuis_2021": 300,
        "conso_projetee_2030": 2_700,
        "pourcentage_utilisation_actuelle": 9.0,
    }
    t = mda_compatible_trajectory(flows(1_500, [300, 300, 300]))
    assert t.mode == MODE_MDA
    assert t.rate_pct == 50
    assert t.c_ref_m2 == oracle["conso_2011_2020"]
    assert t.envelope_m2 == 7_500
    assert t.envelope_final_m2 == oracle["conso_autorisee_augmentee_a_1ha_2021_2030"]
    assert t.consumed_since_2021_m2 == oracle["conso_depuis_2021"]
    assert t.pace_m2_per_year == oracle["conso_annuelle_depuis_2021"]
    assert t.projection_m2 == oracle["conso_projetee_2030"]
    assert t.share_used_pct == pytest.approx(oracle["pourcentage_utilisation_actuelle"])
    # the legal trajectory of the same commune differs: no floor, projection × 10
    legal = compute_trajectory(flows(1_500, [300, 300, 300]), 50)
    assert legal.envelope_final_m2 == 7_500
    assert legal.projection_m2 == 3_000


def test_consumption_must_cover_the_reference_decade() -> None:
    annual = flows(1_000, [10, 10])
    del annual[2015]
    with pytest.raises(AulaError, match="2015"):
        compute_trajectory(annual, 50)


def test_consumption_gap_after_2020_is_refused() -> None:
    annual = flows(1_000, [10, 10, 10])
    del annual[2022]
    with pytest.raises(AulaError, match="2022"):
        compute_trajectory(annual, 50)


def test_consumption_must_reach_2021() -> None:
    with pytest.raises(AulaError, match="2021"):
        compute_trajectory(flows(1_000, []), 50)


def test_non_integer_flows_are_refused() -> None:
    annual: dict[int, object] = dict(flows(1_000, [10]))
    annual[2012] = 12.5
    with pytest.raises(AulaError, match="2012"):
        compute_trajectory(annual, 50)  # type: ignore[arg-type]


def test_unknown_mode_refused() -> None:
    with pytest.raises(AulaError, match="bogus"):
        compute_trajectory(flows(1_000, [10]), 50, mode="bogus")


def test_horizon_parameter() -> None:
    t = compute_trajectory(flows(1_000, [600, 600, 600]), 50, horizon_years=9)
    assert t.projection_m2 == 5_400  # 600 × 9


def test_pooling_sums_the_guaranteed_commune_envelopes() -> None:
    # communes: A E = 546.36 → E* = 10 000 (eligible); B E* = 20 000 → pooled 30 000
    assert pooled_envelope([10_000, 20_000.0]) == 30_000
    # PLUi flows: C_ref = 10 × 4 120 = 41 200; own E = 41 200 × 0.5 = 20 600 (no floor);
    # measured against the pooled 30 000: R = 3 × 1 000 = 3 000 → U = 10.0
    t = pooled_trajectory(flows(4_120, [1_000, 1_000, 1_000]), 50, [10_000, 20_000])
    assert t.envelope_m2 == 20_600
    assert t.floor_m2 is None
    assert t.envelope_final_m2 == 30_000
    assert t.share_used_pct == pytest.approx(10.0)
    assert t.target_path[2030] == 30_000


def test_decade_scenarios_are_chained_and_labelled() -> None:
    # N_2031-2040 = 5 000 × (1 − 0.20) = 4 000; N_2041-2050 = 4 000 × (1 − 0.50) = 2 000
    scenarios = decade_scenarios(5_000, [20, 50])
    assert [(s.first_year, s.last_year) for s in scenarios] == [(2031, 2040), (2041, 2050)]
    assert [s.allowance_m2 for s in scenarios] == [4_000, 2_000]
    assert all(s.label == SCENARIO_LABEL for s in scenarios)
    assert "non réglementaire" in SCENARIO_LABEL
    assert decade_scenarios(5_000, [None, 50]) == []
    assert len(decade_scenarios(5_000, [20, None])) == 1
    with pytest.raises(AulaError):
        decade_scenarios(5_000, [101, 50])
