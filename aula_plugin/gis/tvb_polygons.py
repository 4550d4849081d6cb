"""Polygons of the TVB outputs (reservoirs, continuums): clean MultiPolygons and stable ids."""

from __future__ import annotations

import hashlib

from qgis.core import QgsGeometry, QgsWkbTypes


def stable_id(prefix: str, geometry: QgsGeometry) -> str:
    """'<prefix>-' + 12 hex of the sha1 of the normalised geometry snapped to the centimetre."""
    geom = geometry.snappedToGrid(0.01, 0.01)
    geom.normalize()
    return f"{prefix}-{hashlib.sha1(bytes(geom.asWkb())).hexdigest()[:12]}"


def as_multipolygon(geometry: QgsGeometry) -> QgsGeometry:
    """Polygonal parts only, valid, as a MultiPolygon."""
    geom = QgsGeometry(geometry)
    if not geom.isGeosValid():
        geom = geom.makeValid()
    if geom.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
        polys = [
            p
            for p in geom.asGeometryCollection()
            if p.type() == QgsWkbTypes.GeometryType.PolygonGeometry
        ]
        geom = QgsGeometry.collectGeometry(polys) if polys else QgsGeometry()
    geom.convertToMultiType()
    return geom
