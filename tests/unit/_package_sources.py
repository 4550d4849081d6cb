"""Source files for the import tests (``aula:updatelayer``, ``aula-gpkg import``), written by OGR:
small squares, a self-intersecting polygon, and the package's own ``tvb_zonages`` as rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ogr = pytest.importorskip("osgeo.ogr")
osr = pytest.importorskip("osgeo.osr")

SQUARE = "POLYGON(({x} {y},{x2} {y},{x2} {y2},{x} {y2},{x} {y}))"
BOWTIE = "POLYGON((650000 7030000,650100 7030100,650100 7030000,650000 7030100,650000 7030000))"
ZONAGE_FIELDS = [("type", ogr.OFTString), ("id_zonage", ogr.OFTString), ("nom", ogr.OFTString)]


def square(i: int) -> str:
    """The i-th 150 m square of a grid of 50 columns in Lambert-93."""
    x, y = 640000 + 200 * (i % 50), 7030000 + 200 * (i // 50)
    return SQUARE.format(x=x, y=y, x2=x + 150, y2=y + 150)


def write_source(
    path: Path,
    fields: list[tuple[str, int]],
    rows: list[tuple[str | bytes | None, dict[str, Any]]],
    epsg: int = 2154,
    geometry: int | None = None,
    driver: str = "GPKG",
    layer_name: str = "source",
) -> Path:
    """A one-layer source: ``rows`` are (WKT, WKB or None, field values)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer(layer_name, srs, ogr.wkbPolygon if geometry is None else geometry)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in values.items():
            feature[name] = value
        if isinstance(wkt, bytes):  # WKB: the exact coordinates
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkt))
        elif wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    return path


def zonages(package: Path) -> list[tuple[str | bytes | None, dict[str, Any]]]:
    """The package's tvb_zonages as source rows."""
    dataset = ogr.Open(str(package))
    rows = [
        (bytes(f.GetGeometryRef().ExportToWkb()), {n: f[n] for n, _kind in ZONAGE_FIELDS})
        for f in dataset.GetLayerByName("tvb_zonages")
    ]
    dataset = None
    return rows
