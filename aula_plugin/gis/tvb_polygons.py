"""Polygons of the TVB outputs (reservoirs, continuums): clean MultiPolygons and stable ids."""

from __future__ import annotations

import hashlib

from qgis.core import QgsGeometry

from .geometry import polygon_part, repaired


def stable_id(prefix: str, geometry: QgsGeometry) -> str:
    """'<prefix>-' + 12 hex of the sha1 of the normalised geometry snapped to the centimetre."""
    geom = geometry.snappedToGrid(0.01, 0.01)
    geom.normalize()
    return f"{prefix}-{hashlib.sha1(bytes(geom.asWkb())).hexdigest()[:12]}"


def as_multipolygon(geometry: QgsGeometry) -> QgsGeometry:
    """Polygonal parts only, valid (gis.geometry ``repaired``), as a MultiPolygon."""
    geom = polygon_part(repaired(QgsGeometry(geometry))[0])
    geom.convertToMultiType()
    return geom
