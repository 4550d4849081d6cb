"""Compteur ZAN arithmetic: filters and balance per commune and territory."""

from __future__ import annotations

from aula_plugin.core.zan.projects import (
    COMMUNE_FIELDS,
    EXCLUSION_OCSGE,
    TERRITORY_FIELDS,
    ProjectFilter,
    balances,
    budget_key,
    commune_rows,
    is_u_zone,
    territory_rows,
)


def test_status_filter_case_insensitive() -> None:
    keep = ProjectFilter(statuses=("en projet", "autorisé"))
    assert keep.keeps_status("En projet ")
    assert keep.keeps_status("AUTORISÉ")
    assert not keep.keeps_status("abandonné")
    assert not keep.keeps_status(None)
    assert ProjectFilter().keeps_status("abandonné")  # no status list: all kept


def test_year_filter() -> None:
    horizon = ProjectFilter(horizon=2030)
    assert horizon.keeps_year(2030) is True
    assert horizon.keeps_year(2031) is False
    assert horizon.keeps_year(None) is None  # unknown year with a horizon: left out and counted
    assert ProjectFilter().keeps_year(None) is True


def test_u_zone() -> None:
    assert is_u_zone("U") and is_u_zone(" u ")
    assert not any(is_u_zone(z) for z in ("AUc", "AUs", "A", "N", None))


def test_balance_per_commune_and_territory() -> None:
    """62001: budget 10 000; project 1 = 4 000 m² of which 2 000 already artificialised
    -> net 2 000, balance 8 000. 62002: budget 1 000; project 2 piece 3 000, nothing excluded
    -> balance −2 000 (overrun kept negative). 62003: no budget -> NULL balance.
    Territory T: budget 11 000 (62003 unknown), net 2 000 + 3 000 + 500 = 5 500, balance 5 500.
    """
    result = balances(
        [("62001", "T"), ("62002", "T"), ("62003", "T")],
        {"62001": 10_000.0, "62002": 1_000.0},
        [("62001", 1, 4_000.0, 2_000.0), ("62002", 2, 3_000.0, 0.0), ("62003", 2, 500.0, 0.0)],
    )
    rows = {row.insee: row for row in result.communes}
    assert rows["62001"].net_m2 == 2_000.0 and rows["62001"].balance_m2 == 8_000.0
    assert rows["62002"].balance_m2 == -2_000.0
    assert rows["62003"].balance_m2 is None and rows["62003"].net_m2 == 500.0
    assert result.missing_budget == ["62003"]
    (total,) = result.territories
    assert total.budget_m2 == 11_000.0
    assert total.net_m2 == 5_500.0
    assert total.balance_m2 == 5_500.0
    assert total.communes == 3 and total.communes_without_budget == 1


def test_excluded_part_never_exceeds_the_piece() -> None:
    result = balances([("62001", "T")], {"62001": 0.0}, [("62001", 1, 100.0, 100.0000001)])
    assert result.communes[0].net_m2 == 0.0


def test_output_rows_follow_the_output_fields() -> None:
    result = balances(
        [("62001", "T"), ("62002", "T")],
        {"62001": 10_000.0},
        [("62001", 1, 4_000.0, 2_000.0), ("62001", 2, 1_000.0, 0.0)],
    )
    communes = commune_rows(result, EXCLUSION_OCSGE)
    assert [len(r) for r in communes] == [len(COMMUNE_FIELDS)] * 2
    assert communes[0] == [
        "62001",
        "T",
        10_000.0,
        2,
        5_000.0,
        2_000.0,
        3_000.0,
        7_000.0,
        EXCLUSION_OCSGE,
        None,  # nom: no name given
    ]
    assert communes[1] == ["62002", "T", None, 0, 0.0, 0.0, 0.0, None, EXCLUSION_OCSGE, None]
    named = commune_rows(result, EXCLUSION_OCSGE, {"62001": "Ablain-Saint-Nazaire"})
    assert [r[-1] for r in named] == ["Ablain-Saint-Nazaire", None]
    assert COMMUNE_FIELDS[-1] == ("nom", "text") and TERRITORY_FIELDS[-1] == ("nom", "text")
    (territory,) = territory_rows(result, EXCLUSION_OCSGE, {"T": "Territoire T"})
    assert len(territory) == len(TERRITORY_FIELDS)
    assert territory == [
        "T",
        2,
        1,
        2,
        10_000.0,
        5_000.0,
        2_000.0,
        3_000.0,
        7_000.0,
        EXCLUSION_OCSGE,
        "Territoire T",
    ]


def test_budget_key_found_in_the_table_fields() -> None:
    assert budget_key(["insee", "territory", "remaining_m2"]) == "territory"
    assert budget_key(["territory_id", "insee"]) == "territory_id"
    assert budget_key(["code", "remaining_m2"]) == ""


def test_expected_year_is_a_year_or_nothing() -> None:
    import pytest

    from aula_plugin.core.errors import AulaError
    from aula_plugin.core.zan import projects as zp

    assert zp.expected_year("2030", "projets", "annee") == 2030
    assert zp.expected_year("2030-06-30", "projets", "annee") == 2030
    assert zp.expected_year(" ", "projets", "annee") is None
    assert zp.expected_year(None, "projets", "annee") is None
    with pytest.raises(AulaError) as caught:
        zp.expected_year("vers 2030", "projets", "annee")
    assert (
        caught.value.message()
        == "projets: field annee: value 'vers 2030' is not a year (e.g. 2030)"
    )


def test_horizon_statuses_and_budget_keys() -> None:
    import pytest

    from aula_plugin.core.errors import AulaError
    from aula_plugin.core.zan import projects as zp

    assert zp.check_horizon(2031) == 2031
    with pytest.raises(AulaError, match="Horizon -5: not a plausible year"):
        zp.check_horizon(-5)
    assert zp.unknown_statuses(["En projet ", "en projjet"], ["en projet", None]) == ["en projjet"]
    zp.check_unique_keys(["62001", "62002"], "budgets", "insee")
    with pytest.raises(
        AulaError, match=r"1 key\(s\) appear on several rows, e.g. 62001 \(2 rows\)"
    ):
        zp.check_unique_keys(["62001", "62002", "62001"], "budgets", "insee")


def test_slivers_do_not_count_and_a_territory_counts_each_project_once() -> None:
    from aula_plugin.core.zan import projects as zp

    pieces = [("62001", 7, 5000.0, 0.0), ("62002", 7, 3000.0, 0.0), ("62003", 8, 1e-4, 0.0)]
    result = zp.balances([("62001", "T"), ("62002", "T"), ("62003", "T")], {}, pieces)
    assert [c.projects for c in result.communes] == [1, 1, 0]
    assert result.territories[0].projects == 1
