"""Micro layers and rule files for the SCoT compatibility tests and benchmark (EPSG:2154 geometries
built by hand, written with OGR)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from osgeo import ogr, osr

X0, Y0 = 700000.0, 7000000.0
OGR_TYPES = {"text": ogr.OFTString, "real": ogr.OFTReal, "int": ogr.OFTInteger}
GEOMETRIES = {
    "polygon": ogr.wkbMultiPolygon,
    "line": ogr.wkbMultiLineString,
    "point": ogr.wkbPoint,
    "none": ogr.wkbNone,
}


def box(x1: float, y1: float, x2: float, y2: float) -> str:
    """A rectangle in local metres (offset to Lambert-93)."""
    a, b, c, d = X0 + x1, Y0 + y1, X0 + x2, Y0 + y2
    return f"POLYGON (({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))"


def point(x: float, y: float) -> str:
    return f"POINT ({X0 + x} {Y0 + y})"


def write_layer(
    gpkg: Path,
    name: str,
    geometry: str,
    fields: Mapping[str, str],
    rows: Iterable[tuple[str | None, Mapping[str, Any]]],
    epsg: int = 2154,
) -> None:
    """Add the table ``name`` to ``gpkg`` (created when missing)."""
    driver = ogr.GetDriverByName("GPKG")
    ds = ogr.Open(str(gpkg), 1) if gpkg.exists() else driver.CreateDataSource(str(gpkg))
    srs = None
    if geometry != "none":
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, GEOMETRIES[geometry])
    for field, kind in fields.items():
        layer.CreateField(ogr.FieldDefn(field, OGR_TYPES[kind]))
    ds.StartTransaction()
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in values.items():
            feature.SetField(key, value)
        if wkt is not None:
            g = ogr.CreateGeometryFromWkt(wkt)
            if geometry == "polygon":
                g = ogr.ForceToMultiPolygon(g)
            elif geometry == "line":
                g = ogr.ForceToMultiLineString(g)
            feature.SetGeometry(g)
        layer.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None


HEADER = """format_version: 1
label: "test"
document: {title: "SCoT de test", idurba: "TEST_SCOT"}
metric_crs: "EPSG:2154"
"""


def rules_file(folder: Path, body: str, name: str = "rules.yaml") -> Path:
    path = folder / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path
