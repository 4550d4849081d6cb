"""COG corrections: merges summed, splits by area share with exact integer parts, absent communes,
the versioned table shipped in resources/zan/cog_corrections.csv."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan.cog import (
    ABSENT,
    FUSION,
    SCISSION,
    Correction,
    apply_corrections,
    code_changes,
    read_corrections,
    split_integer,
)
from aula_plugin.core.zan.model import TOTAL, ConsumptionTable

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "zan" / "cog_corrections.csv"


def test_split_integer_largest_remainder() -> None:
    # 1 000 m² at 42.24 % / 57.76 %: 422.4 → 422, 577.6 → 577; remainder 1 goes to the larger
    # fractional part (.6): 422 + 578 = 1 000
    assert split_integer(1000, [Fraction("42.24"), Fraction("57.76")]) == [422, 578]
    # 10 m² in three equal shares: 3.33 each → 3, 3, 3; remainder 1 to the first (tie) → 4, 3, 3
    assert split_integer(10, [Fraction(1), Fraction(1), Fraction(1)]) == [4, 3, 3]
    # negative values split as their absolute value: −1 000 → −422, −578
    assert split_integer(-1000, [Fraction("42.24"), Fraction("57.76")]) == [-422, -578]
    for value in (0, 1, 7, 99_999, 123_457, -5):
        parts = split_integer(value, [Fraction("68.57"), Fraction("14.20"), Fraction("17.23")])
        assert sum(parts) == value


def test_scission_60054_by_area_share() -> None:
    table = ConsumptionTable()
    table.add("60054", 2015, TOTAL, 12_345)
    table.add("60054", 2015, "hab", 10_001)
    table.add("60054", 2015, "act", 2_344)
    table.add("62041", 2015, TOTAL, 7)
    corrections = [
        Correction(2024, SCISSION, "60054", "60054", Fraction("42.24")),
        Correction(2024, SCISSION, "60054", "60694", Fraction("57.76")),
    ]
    result = apply_corrections(table, corrections, 2023, 2024)
    new = result.table.values
    # naf 12 345 × 42.24 % = 5 214.528 and × 57.76 % = 7 130.472: floors 5 214 + 7 130 = 12 344;
    # the missing 1 m² goes to the larger fractional part (.528, 60054): 5 215 + 7 130 = 12 345
    assert new["60054"][2015][TOTAL] == 5_215
    assert new["60694"][2015][TOTAL] == 7_130
    # hab 10 001: 4 224.4224 → 4 224 and 5 776.5776 → 5 776, remainder 1 to 60694 (.5776)
    assert (new["60054"][2015]["hab"], new["60694"][2015]["hab"]) == (4_224, 5_777)
    for d in (TOTAL, "hab", "act"):
        assert new["60054"][2015][d] + new["60694"][2015][d] == table.values["60054"][2015][d]
    assert new["62041"] == table.values["62041"]  # untouched
    assert result.status == {"60054": SCISSION, "60694": SCISSION}
    assert table.values["60054"][2015][TOTAL] == 12_345  # the input is not modified


def test_scission_skipped_when_already_applied() -> None:
    table = ConsumptionTable()
    table.add("60054", 2015, TOTAL, 100)
    table.add("60694", 2015, TOTAL, 200)  # the release is already at COG 2024
    corrections = [
        Correction(2024, SCISSION, "60054", "60054", Fraction("42.24")),
        Correction(2024, SCISSION, "60054", "60694", Fraction("57.76")),
    ]
    result = apply_corrections(table, corrections, 2023, 2024)
    assert result.table.values == table.values
    assert len(result.skipped) == 2 and not result.applied


def test_fusion_sums_and_negative_kept() -> None:
    # 25060 ← 25282 + 25549: 2015 naf 100 + 40 + (−15) = 125; 2016 only 25282: 30
    table = ConsumptionTable()
    table.add("25060", 2015, TOTAL, 100)
    table.add("25282", 2015, TOTAL, 40)
    table.add("25549", 2015, TOTAL, -15)
    table.add("25282", 2016, TOTAL, 30)
    corrections = [
        Correction(2024, FUSION, "25282", "25060"),
        Correction(2024, FUSION, "25549", "25060"),
    ]
    result = apply_corrections(table, corrections, 2023, 2024)
    assert result.table.values == {"25060": {2015: {TOTAL: 125}, 2016: {TOTAL: 30}}}
    assert result.status == {"25060": FUSION}


def test_only_corrections_after_the_source_cog_apply() -> None:
    table = ConsumptionTable()
    table.add("25282", 2015, TOTAL, 40)
    corrections = [Correction(2024, FUSION, "25282", "25060")]
    # source COG 2024 (release already in COG 2024): nothing to do; target 2023: nothing either
    assert apply_corrections(table, corrections, 2024, 2024).table.values == table.values
    assert apply_corrections(table, corrections, 2022, 2023).table.values == table.values
    assert "25060" in apply_corrections(table, corrections, 2022, 2024).table.values


def test_absent_commune_gets_flagged_zero_rows() -> None:
    table = ConsumptionTable()
    table.add("62041", 2015, TOTAL, 5)
    table.add("62041", 2015, "hab", 5)
    table.add("62041", 2016, TOTAL, 0)
    table.add("29019", 2015, TOTAL, 1)  # a commune of the Finistère: the file covers the 29
    result = apply_corrections(table, [Correction(2024, ABSENT, "", "29083")], 2023, 2024)
    assert result.table.values["29083"] == {2015: {TOTAL: 0, "hab": 0}, 2016: {TOTAL: 0, "hab": 0}}
    assert result.status["29083"] == ABSENT
    assert [a.insee for a in result.anomalies] == ["29083"]
    # a file without any commune of the 29 gets no zero rows for 29083
    table.values.pop("29019")
    result = apply_corrections(table, [Correction(2024, ABSENT, "", "29083")], 2023, 2024)
    assert "29083" not in result.table.values


def test_shipped_table_reads_and_spares_the_pas_de_calais() -> None:
    corrections = read_corrections(SHIPPED)
    assert corrections, "the versioned table is empty"
    by_old = {(c.old_insee, c.new_insee): c for c in corrections}
    assert by_old[("60054", "60054")].share == Fraction("42.24")
    assert by_old[("60054", "60694")].share == Fraction("57.76")
    of_2024 = [c for c in corrections if c.cog_year == 2024]
    codes = {c.old_insee for c in of_2024} | {c.new_insee for c in of_2024}
    assert not [code for code in codes if code.startswith("62")]
    # COG 2025: the commune nouvelle Hesdin-la-Forêt of the territory GeoPackage
    assert code_changes(corrections, 2024, 2025).merged_into() == {
        "62447": ["62461", "62549", "62743"]
    }
    assert "62549" not in code_changes(corrections, 2024, 2024).fusions
    assert {"09304", "29083", "29084"} <= {c.new_insee for c in corrections if c.kind == ABSENT}


def test_bad_corrections_table(tmp_path: Path) -> None:
    bad = tmp_path / "cog.csv"
    bad.write_text(
        "cog_year,kind,old_insee,new_insee,share\n2024,scission,60054,60054,42\n"
        "2024,scission,60054,60694,57\n"
    )
    with pytest.raises(AulaError, match="add up to 99"):
        read_corrections(bad)
    bad.write_text("cog_year,kind,old_insee,new_insee,share\n2024,split,1,2,\n")
    with pytest.raises(AulaError, match="line 2"):
        read_corrections(bad)
