"""Put demo results into the working copy's GeoPackage and show them in its stored project.

A planner opens the project stored in the working copy (`aula`) and finds each demo result in its
own legend group, styled with the plugin's default styles: vector results are copied into the
GeoPackage with their style embedded as the table's default; rasters stay as GeoTIFFs next to the
GeoPackage, referenced by a relative path, their style kept in the project.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
PROJECT_NAME = "aula"


@dataclass(frozen=True)
class DemoLayer:
    legend_name: str
    #: GeoPackage table name inside the working copy, or a raster file name next to it
    source: str
    style: str
    raster: bool = False
    visible: bool = True


def into(working_gpkg: Path, table: str) -> str:
    """An algorithm's output written straight into a table of the working copy: the algorithm
    records it in the working copy's results register (aula_resultats), read by the fact sheets."""
    return f"ogr:dbname='{working_gpkg}' table=\"{table}\" (geom)"


def table_source(working_gpkg: Path, table: str) -> str:
    return f"{working_gpkg}|layername={table}"


def copy_vector(working_gpkg: Path, source: str, table: str) -> None:
    """Copy one layer (an OGR source, `path|layername=x` accepted) into the working GeoPackage."""
    from osgeo import gdal

    path, _, layer = source.partition("|layername=")
    options = gdal.VectorTranslateOptions(
        accessMode="overwrite",
        layers=[layer] if layer else None,
        layerName=table,
        layerCreationOptions=["SPATIAL_INDEX=YES"],
    )
    if gdal.VectorTranslate(str(working_gpkg), path, options=options) is None:
        raise SystemExit(f"could not copy {source} into {working_gpkg}")


def _delete_styles(gpkg: Path, table: str) -> None:
    # QGIS hangs when saveStyleToDatabase replaces an existing default style: remove it first
    with contextlib.closing(sqlite3.connect(gpkg)) as con, con:
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            con.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (table,))


def show_in_project(working_gpkg: Path, group_name: str, layers: list[DemoLayer]) -> None:
    """Add (or replace) a legend group of the stored project with the given layers, styled.

    Needs a running QgsApplication.
    """
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

    folder = working_gpkg.parent
    for item in layers:
        if item.raster:
            continue
        _delete_styles(working_gpkg, item.source)
        layer = QgsVectorLayer(f"{working_gpkg}|layername={item.source}", item.source, "ogr")
        if not layer.isValid():
            raise SystemExit(f"{working_gpkg}: QGIS cannot open {item.source}")
        message, ok = layer.loadNamedStyle(str(STYLES / item.style))
        if not ok:
            raise SystemExit(f"{item.style}: {message}")
        error = layer.saveStyleToDatabase(item.source, "AULA Territoires demo style", True, "")
        if error:
            raise SystemExit(f"{item.source}: could not embed its style: {error}")
        del layer

    project = QgsProject()
    uri = f"geopackage:{working_gpkg}?projectName={PROJECT_NAME}"
    if not project.read(uri):
        raise SystemExit(f"could not read the project stored in {working_gpkg}")
    root = project.layerTreeRoot()
    old = root.findGroup(group_name)
    if old is not None:
        for layer_id in old.findLayerIds():
            project.removeMapLayer(layer_id)
        root.removeChildNode(old)
    group = root.insertGroup(0, group_name)
    for item in layers:
        if item.raster:
            layer = QgsRasterLayer(str(folder / item.source), item.legend_name, "gdal")
            if layer.isValid():
                layer.loadNamedStyle(str(STYLES / item.style))
        else:
            source = f"{working_gpkg}|layername={item.source}"
            layer = QgsVectorLayer(source, item.legend_name, "ogr")
        if not layer.isValid():
            raise SystemExit(f"QGIS cannot open {item.source}")
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(item.visible)
    if not project.write(uri):
        raise SystemExit(f"{working_gpkg}: could not store the project: {project.error()}")
    project.clear()
