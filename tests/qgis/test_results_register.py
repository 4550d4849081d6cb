"""The working copy's results register, filled by the base class after every run (real QGIS)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProcessingFeedback, QgsSettings, QgsVectorLayer

ALG = "aula:aggregateindicators"


@pytest.fixture
def working_copy(tmp_path: Path, territory_gpkg: Path) -> Iterator[Path]:
    """A fresh working copy in a working folder set as the plugin's setting."""
    from aula_plugin.core.workcopy import ensure_working_copy

    settings = QgsSettings()
    saved = settings.value("aula/working_folder", "")
    folder = tmp_path / "travail"
    settings.setValue("aula/working_folder", str(folder))
    yield ensure_working_copy(territory_gpkg, folder).path
    settings.setValue("aula/working_folder", saved or "")


def _params(gpkg: Path, output: str) -> dict[str, Any]:
    layer = QgsVectorLayer(f"{gpkg}|layername=commune", "commune", "ogr")
    assert layer.isValid()
    return {"INPUT": layer, "PARENT_FIELD": "epci_siren", "SUM_FIELDS": ["population"],
            "OUTPUT": output}  # fmt: skip


def _into(gpkg: Path, table: str) -> str:
    return f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"


def test_an_output_into_the_working_copy_is_recorded_and_the_newest_is_latest(
    provider: Any, run_alg: Any, working_copy: Path, tmp_path: Path
) -> None:
    from aula_plugin.core.results_register import history, latest

    run_alg(ALG, _params(working_copy, _into(working_copy, "population_epci")))
    (row,) = history(working_copy)
    assert row.algorithm == ALG and row.kind == "aggregateindicators:OUTPUT"
    assert row.table_name == "population_epci"
    assert row.parameters["PARENT_FIELD"] == "epci_siren"
    assert row.parameters["SUM_FIELDS"] == ["population"]
    assert "commune" in row.parameters["INPUT"]
    # an output elsewhere is not recorded
    run_alg(ALG, _params(working_copy, str(tmp_path / "ailleurs.gpkg")))
    assert len(history(working_copy)) == 1
    run_alg(ALG, _params(working_copy, _into(working_copy, "population_epci_2")))
    found = latest(working_copy, "aggregateindicators:OUTPUT")
    assert found is not None and found.table_name == "population_epci_2"
    assert len(history(working_copy)) == 2


def test_a_register_that_cannot_be_written_is_a_warning_not_a_failure(
    provider: Any, run_alg: Any, working_copy: Path
) -> None:
    from aula_plugin.core.results_register import COLUMNS, TABLE, history

    with sqlite3.connect(working_copy) as con:  # every insert refused, as by a lock
        con.execute(f'CREATE TABLE "{TABLE}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, {COLUMNS})')
        con.execute(
            f'CREATE TRIGGER refuse BEFORE INSERT ON "{TABLE}" '
            "BEGIN SELECT RAISE(ABORT, 'database is locked'); END"
        )
    warnings: list[str] = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text: str) -> None:
            warnings.append(text)
            super().pushWarning(text)

    run_alg(ALG, _params(working_copy, _into(working_copy, "population_epci")),
            feedback=Feedback())  # fmt: skip
    with sqlite3.connect(working_copy) as con:  # the run itself succeeded
        assert con.execute('SELECT count(*) FROM "population_epci"').fetchone()[0] == 5
    assert any("results register" in w and "locked" in w for w in warnings), warnings
    assert history(working_copy) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/w/aula_territoire.gpkg|layername=traj", ("/w/aula_territoire.gpkg", "traj")),
        (
            "ogr:dbname='/w/Mes documents/a.gpkg' table=\"traj\" (geom)",
            ("/w/Mes documents/a.gpkg", "traj"),
        ),
        ("ogr:dbname='/w/a.gpkg' table=\"traj\" (geom)", ("/w/a.gpkg", "traj")),
        ("/w/out.gpkg", None),
        ("/w/out.csv|layername=x", None),
        (12, None),
    ],
)
def test_the_table_a_result_names(qgis_processing: Any, value: Any, expected: Any) -> None:
    from aula_plugin.gis.results_register import gpkg_and_table

    found = gpkg_and_table(value)
    assert (None if found is None else (str(found[0]), found[1])) == expected
