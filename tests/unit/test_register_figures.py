"""Fact-sheet figures read from the working copy's results register (ZAN, centralities, TVB)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aula_plugin.core.indicators import register_figures as rf
from aula_plugin.core.indicators.model import COMMUNE, EPCI, MISSING, OK, IndicatorBase, Territory
from aula_plugin.core.indicators.sheets import load_sheet
from aula_plugin.core.indicators.store import create_geopackage
from aula_plugin.core.indicators.view import MARK_MISSING, evaluate_sheet
from aula_plugin.core.results_register import Result, record

SHEET = Path(__file__).resolve().parents[2] / "resources" / "sheets" / "resultats_aula.yaml"


def _by_id(values) -> dict:
    return {v.indicator_id: v for v in values}


@pytest.fixture
def gpkg(tmp_path: Path) -> Path:
    path = tmp_path / "copie.gpkg"
    create_geopackage(path)
    return path


def _fill(gpkg: Path) -> None:
    with sqlite3.connect(gpkg) as con:
        con.execute("CREATE TABLE conso_cerema (insee TEXT, annee INT, destination TEXT, "
                    "surface_m2 INT)")  # fmt: skip
        rows = [("A", year, "naf", 10_000) for year in range(2009, 2024)]
        rows += [("B", 2015, "naf", 50_000), ("B", 2015, "hab", 40_000), ("Z", 2015, "naf", 1)]
        con.executemany("INSERT INTO conso_cerema VALUES (?, ?, ?, ?)", rows)
        con.execute("CREATE TABLE traj (territory TEXT, envelope_final_ha REAL, "
                    "share_used_pct REAL, remaining_m2 REAL)")  # fmt: skip
        con.execute("INSERT INTO traj VALUES ('E', 7.5, 40.0, 45000)")
        con.execute("CREATE TABLE centra (insee_com TEXT, niveau TEXT, n_act INT)")
        con.executemany(
            "INSERT INTO centra VALUES (?, ?, ?)",
            [("A", "structurante", 30), ("A", "proximité", 5), ("B", "proximité", 5)],
        )
    record(gpkg, [
        Result(rf.ZAN_IMPORT, rf.KIND_CONSUMPTION, "conso_cerema"),
        Result(rf.ZAN_TRAJECTORY, rf.KIND_TRAJECTORY, "traj"),
        Result(rf.CENTRALITIES, rf.KIND_CENTRALITIES, "centra"),
    ])  # fmt: skip


def test_the_figures_of_the_latest_results(gpkg: Path) -> None:
    _fill(gpkg)
    zan = _by_id(rf.zan_values(gpkg, (EPCI, "E"), ["A", "B"], str))
    assert zan["zan_conso_ref_ha"].value == pytest.approx(10 * 1.0 + 5.0)  # naf 2011..2020 only
    assert zan["zan_enveloppe_ha"].value == 7.5 and zan["zan_reste_ha"].value == 4.5
    assert zan["zan_part_consommee_pct"].value == 40.0
    assert "aula:zantrajectory (traj," in zan["zan_enveloppe_ha"].source
    centra = _by_id(rf.centrality_values(gpkg, (EPCI, "E"), ["A", "B"], {"A": 50, "B": 30}, str))
    assert centra["centra_nombre"].value == 3
    assert centra["centra_structurante"].value == 1 and centra["centra_proximite"].value == 2
    assert centra["centra_intermediaire"].value == 0  # a result without any: a true zero
    assert centra["centra_part_activites_pct"].value == pytest.approx(40 / 80 * 100)


def test_a_territory_the_trajectory_did_not_cover_is_missing_not_zero(gpkg: Path) -> None:
    _fill(gpkg)
    zan = _by_id(rf.zan_values(gpkg, (COMMUNE, "A"), ["A"], str))
    assert zan["zan_conso_ref_ha"].value == pytest.approx(10.0)
    envelope = zan["zan_enveloppe_ha"]
    assert envelope.status == MISSING and envelope.value is None
    assert "aula:zantrajectory" in envelope.note and "traj" in envelope.note


def test_each_territory_reads_the_newest_trajectory_that_has_it(gpkg: Path) -> None:
    """A trajectory per EPCI, then one per commune: the EPCI keeps its row in the older one."""
    _fill(gpkg)
    with sqlite3.connect(gpkg) as con:
        con.execute("CREATE TABLE traj_communes (territory TEXT, envelope_final_ha REAL, "
                    "share_used_pct REAL, remaining_m2 REAL)")  # fmt: skip
        con.execute("INSERT INTO traj_communes VALUES ('A', 2.0, 10.0, 18000)")
    record(gpkg, [Result(rf.ZAN_TRAJECTORY, rf.KIND_TRAJECTORY, "traj_communes")])
    commune = _by_id(rf.zan_values(gpkg, (COMMUNE, "A"), ["A"], str))
    assert commune["zan_enveloppe_ha"].value == 2.0 and commune["zan_reste_ha"].value == 1.8
    assert "(traj_communes," in commune["zan_enveloppe_ha"].source
    epci = _by_id(rf.zan_values(gpkg, (EPCI, "E"), ["A", "B"], str))
    assert epci["zan_enveloppe_ha"].value == 7.5 and "(traj," in epci["zan_enveloppe_ha"].source
    other = _by_id(rf.zan_values(gpkg, (COMMUNE, "B"), ["B"], str))["zan_enveloppe_ha"]
    assert other.status == MISSING and "traj_communes" in other.note  # the newest one named


def test_no_result_gives_n_d_with_the_algorithm_to_run(gpkg: Path) -> None:
    base = IndicatorBase()
    base.add_territory(Territory(COMMUNE, "A", "Alpha"))
    values = rf.zan_values(gpkg, (COMMUNE, "A"), ["A"], str)
    values += rf.centrality_values(gpkg, (COMMUNE, "A"), ["A"], {"A": 3}, str)
    values += rf.tvb_values((COMMUNE, "A"), None, 1e6, None, str)
    assert {v.status for v in values} == {MISSING} and len(values) == len(rf.FIGURES)
    rf.add_register_figures(base, values)
    view = evaluate_sheet(load_sheet(SHEET), base, (COMMUNE, "A"))
    cells = list(view.cells())
    assert cells and all(c.text == MARK_MISSING and c.value is None for c in cells)
    notes = " ".join(n.text for c in cells for n in c.notes)
    for algorithm in ("aula:zantrajectory", "aula:zanimportconsumption", "aula:centralities",
                      "aula:reservoirs", "aula:conflictpoints"):  # fmt: skip
        assert f"run {algorithm}" in notes


def test_tvb_shares_of_the_measures() -> None:
    result = Result(rf.RESERVOIRS, rf.KIND_RESERVOIRS, "res", run_at="2026-12-07T04:00:00Z")
    conflicts = Result(rf.CONFLICTS, rf.KIND_CONFLICTS, "pts")
    tvb = _by_id(rf.tvb_values((COMMUNE, "A"), (result, 250_000.0), 1_000_000.0,
                               (conflicts, 0), str))  # fmt: skip
    assert tvb["tvb_reservoirs_ha"].value == 25.0
    assert tvb["tvb_reservoirs_part_pct"].value == 25.0
    assert tvb["tvb_points_conflit"].value == 0 and tvb["tvb_points_conflit"].status == OK
