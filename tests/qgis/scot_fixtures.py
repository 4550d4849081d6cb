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


SIX_RULES = """
sources:
  reservoirs: {table: reservoirs}
  corridors: {table: corridors, geometry: line}
  rouge: {table: rouge}
  arrets: {table: arrets, geometry: point}
  enveloppe: {table: enveloppe}
  centres: {table: centres}
subjects:
  zones: {}
rules:
  - id: R1-TVB
    title: "Réservoirs"
    relation: compatibilite
    applies_to: {subject: zones}
    test: {op: overlap, against: reservoirs, measure: area}
    threshold: {op: le, unit: m2, value: 50, warning: 1000}
    scope: [feature]
    citation: {document: DOO, article: "P1.3"}
  - id: R2-CORR
    title: "Corridors"
    relation: compatibilite
    applies_to: {subject: zones}
    test: {op: overlap, against: corridors, buffer_m: 25, measure: ratio}
    threshold: {op: le, unit: pct, value: 5, warning: 15}
    scope: [feature]
    citation: {document: DOO, article: "P2.1.3"}
  - id: R3-RISQ
    title: "Zones rouges"
    relation: conformite
    applies_to: {subject: zones}
    test: {op: disjoint, against: rouge}
    scope: [feature]
    citation: {document: PPR, article: "II"}
  - id: R4-TC
    title: "Arrêts"
    relation: compatibilite
    applies_to: {subject: zones}
    test: {op: distance_to_nearest, against: arrets}
    threshold: {op: le, unit: m, value: 500, warning: 800}
    scope: [feature]
    citation: {document: DOO, article: "P4.1"}
  - id: R5-ENV
    title: "Dans l'enveloppe"
    relation: compatibilite
    applies_to: {subject: zones}
    test: {op: within, against: enveloppe, tolerance_m: 10}
    threshold: {op: le, unit: m2, value: 100, warning: 5000}
    scope: [feature]
    citation: {document: DOO, article: "P3.1"}
  - id: R6-COM
    title: "Centralités"
    relation: information
    applies_to: {subject: zones}
    test: {op: intersects, against: centres}
    scope: [feature]
    citation: {document: DOO, article: "P4.2"}
"""


def _disc(x: float, y: float, r: float) -> str:
    return ogr.CreateGeometryFromWkt(f"POINT ({x} {y})").Buffer(r, 6).ExportToWkt()


def prescriptions(gpkg: Path, extent: tuple[float, float, float, float], count: int) -> None:
    """Six synthetic prescription layers of about ``count`` features each over ``extent``
    (xmin, xmax, ymin, ymax): reservoirs, red zones, centralities, urban envelopes (discs),
    stops (points) and corridors (lines), one per cell of a regular grid."""
    xmin, xmax, ymin, ymax = extent
    side = max(1, int(round(count**0.5)))
    dx, dy = (xmax - xmin) / side, (ymax - ymin) / side
    cells = [(xmin + i * dx, ymin + j * dy) for i in range(side) for j in range(side)]
    rows = {
        "reservoirs": ("polygon", lambda x, y: _disc(x + dx / 3, y + dy / 3, dx / 6)),
        "rouge": ("polygon", lambda x, y: _disc(x + dx / 2, y + dy / 2, dx / 10)),
        "centres": ("polygon", lambda x, y: _disc(x + dx / 4, y + dy / 2, dx / 8)),
        "enveloppe": ("polygon", lambda x, y: _disc(x + dx / 2, y + dy / 2, 0.45 * min(dx, dy))),
        "arrets": ("point", lambda x, y: f"POINT ({x + dx / 2} {y + dy / 5})"),
        "corridors": ("line", lambda x, y: f"LINESTRING ({x} {y}, {x + dx} {y + dy})"),
    }
    for name, (kind, make) in rows.items():
        write_layer(gpkg, name, kind, {"n": "int"},
                    [(make(x, y), {"n": n}) for n, (x, y) in enumerate(cells)])  # fmt: skip


def shapefile_extent(path: Path) -> tuple[float, float, float, float]:
    ds = ogr.Open(str(path))
    extent = ds.GetLayer(0).GetExtent()
    ds = None
    return extent


def grid_subjects(gpkg: Path, extent: tuple[float, float, float, float], count: int) -> None:
    """``count`` square zones (60 % of their cell) on a grid over ``extent``, table ``zones``."""
    xmin, xmax, ymin, ymax = extent
    side = max(1, int(round(count**0.5)))
    dx, dy = (xmax - xmin) / side, (ymax - ymin) / side
    rows = []
    for i in range(side):
        for j in range(side):
            x, y = xmin + i * dx + 0.2 * dx, ymin + j * dy + 0.2 * dy
            w, h = 0.6 * dx, 0.6 * dy
            wkt = f"POLYGON (({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y}))"
            rows.append((wkt, {"zone": f"Z{i}-{j}"}))
    write_layer(gpkg, "zones", "polygon", {"zone": "text"}, rows)
