"""aula-gpkg's source files: fiona reads a source's schema, geopandas writes the rejected features.

Only ``aula_gpkg.py`` imports this module (the plugin never does: QGIS ships neither library).
Both are Debian's builds (``python3-fiona``, ``python3-geopandas``), on the same GDAL as QGIS.
Every rule stays in the plugin's library (``aula_plugin/maintenance/imports.py``): which layer of
the source is imported (``choose_source_layer``), which files are refused before reading
(``check_source_file``), what the schema must hold and why a feature is rejected; this module only
reads and writes files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from osgeo import osr

sys.path.insert(0, str(Path(__file__).resolve().parent / "synthetic"))
from provenance_table import plugin_module

imports = plugin_module("maintenance.imports")
errors = plugin_module("core.errors")

#: fiona's field types (its schema's ``properties``, width dropped) -> OGR's type names. fiona 1.9
#: names OGR's Integer and Integer64 both ``int``: read as Integer64, the larger, which the
#: library's type rules never tell from Integer (``layer_specs.KINDS``); a shapefile's width
#: says which one it is, as GDAL decides it.
OGR_TYPES = {
    "str": "String",
    "int32": "Integer",
    "int16": "Integer",
    "bool": "Integer",
    "int64": "Integer64",
    "int": "Integer64",
    "float": "Real",
    "float32": "Real",
    "date": "Date",
    "time": "Time",
    "datetime": "DateTime",
    "bytes": "Binary",
    "List[str]": "StringList",
}
#: the widest integer a shapefile keeps as OGR's Integer (GDAL's shapefile driver: width < 10)
SHAPEFILE_INTEGER_WIDTH = 9


def ogr_type_name(fiona_type: str, driver: str) -> str:
    """OGR's name of a field type as fiona's schema gives it (``str:80``, ``int:9``, ``float``)."""
    name, _, width = fiona_type.partition(":")
    if name == "int" and driver == "ESRI Shapefile" and width.isdigit():
        return "Integer" if int(width) <= SHAPEFILE_INTEGER_WIDTH else "Integer64"
    return OGR_TYPES.get(name, "String")


def fiona_source_schema(source: Path, source_layer: str | None, target: str) -> Any:
    """The source layer's schema read by fiona, as ``imports.SourceSchema`` (an
    ``imports.SchemaReader``, as ``imports.read_source_schema`` is); the library's refusals
    (AulaError) naming the file when it cannot be read."""
    import fiona
    from fiona.errors import FionaError

    imports.check_source_file(source)
    try:
        names = list(fiona.listlayers(str(source)))
        name = imports.choose_source_layer(names, source_layer, target, source)
        with fiona.open(str(source), layer=name) as collection:
            driver = collection.driver
            properties = collection.schema["properties"]
            fields = {key: ogr_type_name(value, driver) for key, value in properties.items()}
            geometry = collection.schema.get("geometry")
            wkt = collection.crs_wkt
            count = len(collection)
    except (FionaError, OSError) as exc:
        reason = str(exc) or type(exc).__name__
        raise errors.AulaError(imports.SOURCE_UNREADABLE, path=source, reason=reason) from None
    srs = None
    if wkt:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(wkt)
    has_geometry = geometry not in (None, "None")
    return imports.SourceSchema(source, name, fields, srs, has_geometry, count)


def _pyproj_data_like_gdal() -> None:
    """pyproj (under geopandas) looks for PROJ's data beside the venv's prefix: give it GDAL's."""
    if os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB"):
        return
    for folder in osr.GetPROJSearchPaths() or []:
        if (Path(folder) / "proj.db").is_file():
            os.environ["PROJ_DATA"] = folder
            return


#: the rejects file's driver by its suffix (GeoPackage otherwise)
DRIVERS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON", ".shp": "ESRI Shapefile"}


def write_rejects(
    path: Path, rows: list[dict[str, Any]], wkbs: list[bytes | None], epsg: int, layer: str
) -> int:
    """Write the rejected features (``rows``: their attributes; ``wkbs``: their geometries) to
    ``path`` with geopandas, in EPSG:``epsg``; returns how many were written."""
    _pyproj_data_like_gdal()
    import geopandas
    import shapely.wkb

    geometries = [shapely.wkb.loads(bytes(w)) if w else None for w in wkbs]
    frame = geopandas.GeoDataFrame(rows, geometry=geometries, crs=f"EPSG:{epsg}")
    path.unlink(missing_ok=True)
    driver = DRIVERS.get(path.suffix.lower(), "GPKG")
    frame.to_file(str(path), driver=driver, layer=layer if driver == "GPKG" else None)
    return len(frame)
