"""core.zan.artificialisation: millésimes per département, coverage checks, stock and flow rows."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aula_plugin.core.zan import artificialisation as art
from aula_plugin.core.zan import ocsge


@dataclass
class Table:
    insee: list[str]
    territory: list[str]
    dep: list[str]
    area: np.ndarray


def table() -> Table:
    # 62001 and 80001 in territory T (two départements), 62002 alone in U; 100 m² each
    return Table(
        ["62001", "62002", "80001"], ["T", "U", "T"], ["62", "62", "80"], np.full(3, 100.0)
    )


def stocks() -> dict[int, ocsge.Stock]:
    # pieces: (commune, area, artif, sealed, year); 80001 only in 2021, 62002 half covered in 2018
    pieces = [
        (0, 100.0, True, True, 2018),
        (1, 50.0, False, False, 2018),
        (0, 60.0, True, False, 2021),
        (0, 40.0, False, False, 2021),
        (1, 100.0, True, False, 2021),
        (2, 100.0, False, False, 2021),
    ]
    columns = list(zip(*pieces, strict=False))
    return art.stocks_by_year(
        np.array(columns[0], dtype=np.int64),
        np.array(columns[1]),
        np.array(columns[2], dtype=bool),
        np.array(columns[3], dtype=bool),
        np.array(columns[4], dtype=np.int64),
        3,
    )


def test_stocks_by_year_sums_per_commune() -> None:
    s = stocks()
    assert sorted(s) == [2018, 2021]
    assert s[2018].area_m2.tolist() == [100.0, 50.0, 0.0]
    assert s[2018].sealed_m2.tolist() == [100.0, 0.0, 0.0]
    assert s[2021].artif_m2.tolist() == [60.0, 100.0, 0.0]


def test_a_millesime_belongs_to_a_departement_that_it_covers_mostly() -> None:
    index = art.millesime_index(table(), stocks())
    # 62002 covered at 50 % in 2018 does not count, but 62001 does
    assert index.years == {"62": [2018, 2021], "80": [2021]}


def test_coverage_gaps_list_the_communes_not_fully_covered() -> None:
    t, s = table(), stocks()
    assert art.coverage_gaps(t, s, art.millesime_index(t, s)) == [("62002", 2018, 50.0)]


def test_stock_rows_per_territory_departement_and_millesime() -> None:
    t, s = table(), stocks()
    rows = art.stock_rows(t, s, art.millesime_index(t, s))
    assert [r[:4] for r in rows] == [
        ["T", "62", 2018, 1],
        ["T", "62", 2021, 1],
        ["T", "80", 2021, 1],
        ["U", "62", 2021, 1],  # 62002 is left out of 2018: covered at 50 % only
    ]
    assert rows[1][5:9] == [100.0, 60.0, 60.0, 0.0]
    assert rows[0][-3:] == [ocsge.COMPLETE_NOT_UNIFORM, 1, None]  # nom: no name given
    # its only commune misses one millésime of its département: no covered commune
    assert rows[3][-3:-1] == [ocsge.NONE, 0]
    assert len(rows[0]) == len(art.STOCK_FIELDS)
    named = art.stock_rows(t, s, art.millesime_index(t, s), {"T": "Territoire T"})
    assert [r[-1] for r in named] == ["Territoire T"] * 3 + [None]


def test_flow_rows_and_gaps() -> None:
    t, s = table(), stocks()
    index = art.millesime_index(t, s)
    pair_flows = {
        (2018, 2021): ocsge.flows(
            np.array([0]),
            np.array([10.0]),
            np.array([0]),
            np.array([6_000.0]),
            s[2018].artif_m2,
            s[2021].artif_m2,
            3,
        )
    }
    rows = art.flow_rows(t, pair_flows, s, index, {"T": "Territoire T"})
    assert rows == [
        [
            "T",
            "62",
            2018,
            2021,
            10.0,
            6_000.0,
            -5_990.0,
            -40.0,
            -5_950.0,
            ocsge.COMPLETE_NOT_UNIFORM,
            1,
            "Territoire T",
        ]
    ]
    assert len(rows[0]) == len(art.FLOW_FIELDS)
    assert art.flow_gaps(t, pair_flows, index) == [(2018, 2021, ["62001"])]


def test_excess_coverage_finds_the_communes_counted_more_than_once() -> None:
    t = table()
    s = stocks()
    s[2021].area_m2[0] = 200.0  # 62001 covered twice in 2021
    s[2021].area_m2[1] = 100.05  # within the 0.1 % tolerance
    assert art.excess_coverage(t, s, art.millesime_index(t, s)) == [(0, 2021)]


def test_overlaps_beyond_the_tolerance_are_refused_with_the_hectares() -> None:
    import pytest

    from aula_plugin.core.errors import AulaError

    overlaps = [
        art.Overlap("62001", 2021, ("ocsge_2021",), 30_000.0, 1e6),
        art.Overlap("62002", 2021, ("ocsge_2021",), 20_000.0, 1e6),
    ]
    with pytest.raises(AulaError) as caught:
        art.check_overlaps(overlaps)
    assert caught.value.template == art.OVERLAP
    assert caught.value.message() == (
        "ocsge_2021: polygons of millésime 2021 overlap in 2 commune(s) (62001, 62002): "
        "5.00 ha would be counted twice (polygons present twice?); remove the duplicates"
    )


def test_two_layers_of_one_millesime_are_named() -> None:
    import pytest

    from aula_plugin.core.errors import AulaError

    overlaps = [art.Overlap("62001", 2021, ("a_2021", "b_2021"), 1e6, 1e6)]
    with pytest.raises(AulaError) as caught:
        art.check_overlaps(overlaps)
    assert caught.value.template == art.SAME_MILLESIME
    assert "a_2021, b_2021" in caught.value.message()
    assert "100.00 ha" in caught.value.message()


def test_small_overlaps_are_warnings() -> None:
    overlaps = [
        art.Overlap("62001", 2021, ("ocsge_2021",), 500.0, 1e6),  # 0.05 %
        art.Overlap("62002", 2021, ("ocsge_2021",), 0.0, 1e6),  # no overlap (gap elsewhere)
    ]
    warnings = art.check_overlaps(overlaps)
    assert [w.template for w in warnings] == [art.SMALL_OVERLAP]
    assert "1 commune(s) (62001): 0.05 ha counted twice" in warnings[0].message()
