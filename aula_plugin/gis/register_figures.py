"""The register figures of a fact sheet (ZAN, centralities, TVB) for some territories.

``core/indicators/register_figures.py`` reads the tables; the TVB figures need geometry and are
measured here: the area of the latest reservoirs (aula:reservoirs) inside the territory and the
number of the latest conflict points (aula:conflictpoints) in it. The territory's outline is the
union of its communes' outlines (a commune layer in the same CRS as the results: Lambert-93).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsSpatialIndex, QgsVectorLayer

from ..core import layer_roles as roles
from ..core.indicators import register_figures as rf
from ..core.indicators.model import COMMUNE, IndicatorBase, TerritoryKey, Value
from ..core.results_register import Result, latest
from ..toolbelt.i18n import tr


def _members(base: IndicatorBase, key: TerritoryKey) -> list[str]:
    if key[0] == COMMUNE:
        return [key[1]]
    return [code for _level, code in base.members(COMMUNE).get(tuple(key), [])]


def _layer(gpkg: Path, result: Result | None) -> tuple[Result, QgsVectorLayer] | None:
    if result is None:
        return None
    layer = QgsVectorLayer(f"{gpkg}|layername={result.table_name}", result.table_name, "ogr")
    return (result, layer) if layer.isValid() else None


class _Measure:
    """Reservoir areas and conflict counts inside territory outlines (indexes built once)."""

    def __init__(self, gpkg: Path) -> None:
        self.reservoirs = _layer(gpkg, latest(gpkg, rf.KIND_RESERVOIRS))
        self.conflicts = _layer(gpkg, latest(gpkg, rf.KIND_CONFLICTS))
        self.indexes: dict[str, tuple[QgsSpatialIndex, dict[int, QgsGeometry]]] = {}
        for name, found in (("reservoirs", self.reservoirs), ("conflicts", self.conflicts)):
            if found is None:
                continue
            geometries = {
                f.id(): QgsGeometry(f.geometry())
                for f in found[1].getFeatures(QgsFeatureRequest().setNoAttributes())
                if f.hasGeometry()
            }
            index = QgsSpatialIndex()
            for fid, geometry in geometries.items():
                index.addFeature(fid, geometry.boundingBox())
            self.indexes[name] = (index, geometries)

    def _near(self, name: str, outline: QgsGeometry) -> list[QgsGeometry]:
        index, geometries = self.indexes[name]
        return [geometries[i] for i in index.intersects(outline.boundingBox())]

    def inside_m2(self, outline: QgsGeometry) -> float:
        return sum(g.intersection(outline).area() for g in self._near("reservoirs", outline)
                   if g.intersects(outline))  # fmt: skip

    def count(self, outline: QgsGeometry) -> int:
        return sum(1 for g in self._near("conflicts", outline) if outline.intersects(g))


def register_values(
    gpkg: Path,
    base: IndicatorBase,
    keys: list[TerritoryKey],
    outlines: Mapping[str, QgsGeometry],
) -> list[Value]:
    """The register figures of ``keys`` (``outlines``: INSEE code -> commune geometry)."""
    activities_table = roles.TABLES[roles.ACTIVITIES][0]
    counts = Counter(
        str(row.get("DEPCOM")) for row in rf.read_rows(gpkg, activities_table, ("DEPCOM",))
    )
    measure = _Measure(gpkg)
    values: list[Value] = []
    for key in keys:
        members = _members(base, key)
        values += rf.zan_values(gpkg, key, members, tr)
        values += rf.centrality_values(gpkg, key, members, counts, tr)
        parts = [outlines[c] for c in members if c in outlines]
        outline = QgsGeometry.unaryUnion(parts) if len(parts) > 1 else (parts or [None])[0]
        reservoirs = conflicts = None
        area = None
        if outline is not None and not outline.isEmpty():
            area = outline.area()
            if measure.reservoirs is not None:
                reservoirs = (measure.reservoirs[0], measure.inside_m2(outline))
            if measure.conflicts is not None:
                conflicts = (measure.conflicts[0], measure.count(outline))
        values += rf.tvb_values(key, reservoirs, area, conflicts, tr)
    return values


def add_register(
    gpkg: Path,
    base: IndicatorBase,
    keys: list[TerritoryKey],
    outlines: Mapping[str, QgsGeometry],
) -> None:
    """Add the register indicators and the figures of ``keys`` to ``base``."""
    rf.add_register_figures(base, register_values(gpkg, base, keys, outlines))
