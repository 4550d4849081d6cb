"""QGIS glue of aula:reservoirs: zoning polygons by type, habitat patches of a friction raster, and
their union into reservoirs with stable ids."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.tvb.patches import habitat_mask, label_patches
from ..core.tvb.zonings import ZONING_TYPES, type_from_name, zoning_type
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .geometry import GeometryRepair, features_in
from .raster import L93, layer_label, polygonize, read_friction, sublayer_name, to_l93
from .tvb_polygons import as_multipolygon, stable_id

HABITAT = "habitat"
#: peak memory per cell of the habitat patches: the friction (4 B), the mask (1 B), the patch labels
#: (4 B) and the polygonised copy with its mask (5 B), with a margin
BYTES_PER_CELL = 24
FIELDS = (("id", "text"), ("sous_trame", "text"), ("surface_ha", "double"), ("origine", "text"))

# fmt: off
_NO_TYPE = QT_TRANSLATE_NOOP("aula",
    "{layer}: no zoning type field {field} and no type in the layer name ({types})")
_REPROJECTED = QT_TRANSLATE_NOOP("aula",
    "{layer} is in {crs}: reprojected to Lambert-93 (EPSG:2154)")
_LEFT_OUT = QT_TRANSLATE_NOOP("aula", "Zonings of type {type} left out: {count}")
_PATCHES = QT_TRANSLATE_NOOP("aula",
    "Habitat (friction ≤ {max}): {kept} patches of at least {min} ha, {dropped} "
    "smaller ones dropped ({conn}-connectivity)")
_PATCHES_REPROJECTED = QT_TRANSLATE_NOOP("aula",
    "{layer} is in {crs}: patches reprojected to Lambert-93")
# fmt: on

Part = tuple[QgsGeometry, str]  # (MultiPolygon in EPSG:2154, origin: zoning type or HABITAT)


def layer_type(layer: QgsVectorLayer, type_field: str) -> str | None:
    """The type of every feature of a layer without a type field (from the layer name); None when
    the layer has the field."""
    if type_field and layer.fields().lookupField(type_field) >= 0:
        return None
    kind = type_from_name(layer.name()) or type_from_name(sublayer_name(layer))
    if kind is not None:
        return kind
    raise AulaError(
        _NO_TYPE, layer=layer_label(layer), field=type_field or "-", types=", ".join(ZONING_TYPES)
    )


def zoning_parts(
    zonings: list[QgsVectorLayer],
    type_field: str,
    types: tuple[str, ...],
    context: Any,
    feedback: QgsProcessingFeedback,
) -> list[Part]:
    """The polygons of the zonings of the kept ``types``, the others counted in the log."""
    parts: list[Part] = []
    skipped: dict[str, int] = {}
    for layer in zonings:
        fixed = layer_type(layer, type_field)
        transform = to_l93(layer.crs(), context)
        if transform is not None:
            feedback.pushInfo(
                tr(_REPROJECTED).format(layer=layer_label(layer), crs=layer.crs().authid())
            )
        repair = GeometryRepair()
        for feature, geom in features_in(layer, transform, feedback, repair):
            raw = fixed or feature[type_field]
            kind = zoning_type(raw)
            if kind is None or kind not in types:
                label = str(raw) if kind is None else kind
                skipped[label] = skipped.get(label, 0) + 1
                continue
            geom = as_multipolygon(geom)
            if not geom.isEmpty():
                parts.append((geom, kind))
        repair.report(feedback, layer_label(layer))
    for label, count in sorted(skipped.items()):
        feedback.pushInfo(tr(_LEFT_OUT).format(type=label, count=count))
    return parts


def habitat_parts(
    layer: QgsRasterLayer,
    max_friction: float,
    min_area_ha: float,
    connectivity: int,
    context: Any,
    feedback: QgsProcessingFeedback,
) -> list[Part]:
    """Patches of cells with friction ≤ ``max_friction`` of at least ``min_area_ha``."""
    data, grid, _ = read_friction(layer.source(), layer_label(layer))
    mask = habitat_mask(data, max_friction)
    del data
    patches = label_patches(
        mask,
        cell_area_m2=grid.cell_area,
        min_area_m2=min_area_ha * 10_000,
        connectivity=connectivity,
    )
    feedback.pushInfo(
        tr(_PATCHES).format(
            max=max_friction,
            kept=patches.count,
            min=min_area_ha,
            dropped=patches.dropped,
            conn=connectivity,
        )
    )
    check_cancelled(feedback)
    polygons = polygonize(patches.labels, grid, feedback.isCanceled)
    check_cancelled(feedback)
    to93 = None
    if layer.crs() != L93:
        to93 = QgsCoordinateTransform(layer.crs(), L93, context.transformContext())
        feedback.pushInfo(
            tr(_PATCHES_REPROJECTED).format(layer=layer_label(layer), crs=layer.crs().authid())
        )
    parts = []
    for label in sorted(polygons):
        geom = polygons[label]
        if to93 is not None:
            geom.transform(to93)
        parts.append((geom, HABITAT))
    return parts


def reservoir_features(
    parts: list[Part], subnetwork: str, feedback: QgsProcessingFeedback
) -> list[QgsFeature]:
    """Groups of intersecting parts merged, as features (FIELDS) in a stable order; sorted inputs
    make the result independent of the input order."""
    keyed = sorted(((bytes(g.asWkb()), o, g) for g, o in parts), key=lambda t: (t[0], t[1]))
    geoms = [g for _, _, g in keyed]
    origins = [o for _, o, _ in keyed]
    index = QgsSpatialIndex()
    for i, geom in enumerate(geoms):
        index.addFeature(i, geom.boundingBox())
    parent = list(range(len(geoms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, geom in enumerate(geoms):
        check_cancelled(feedback)
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        for j in index.intersects(geom.boundingBox()):
            if j <= i or find(i) == find(j):
                continue
            if _joined(engine, geom, geoms[j]):
                parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[int]] = {}
    for i in range(len(geoms)):
        groups.setdefault(find(i), []).append(i)
    out = []
    total = max(len(groups), 1)
    for n, members in enumerate(groups.values()):
        check_cancelled(feedback)
        if len(members) == 1:
            merged = QgsGeometry(geoms[members[0]])
        else:
            merged = QgsGeometry.unaryUnion([geoms[i] for i in members])
        merged = as_multipolygon(merged)
        if merged.isEmpty():
            continue
        kinds = sorted({origins[i] for i in members})
        out.append((stable_id(subnetwork, merged), merged, kinds))
        feedback.setProgress(60 + 35 * (n + 1) / total)

    def position(item: tuple[str, QgsGeometry, list[str]]) -> tuple[float, float, str]:
        point = item[1].centroid().asPoint()
        return (round(point.x(), 2), round(point.y(), 2), item[0])

    out.sort(key=position)
    features = []
    for rid, geom, kinds in out:
        feature = QgsFeature()
        feature.setGeometry(geom)
        feature.setAttributes([rid, subnetwork, round(geom.area() / 10_000, 4), "; ".join(kinds)])
        features.append(feature)
    return features


def _joined(engine: Any, geom: QgsGeometry, other: QgsGeometry) -> bool:
    """Overlapping or sharing an edge; polygons touching at corners only stay apart (so that a
    4-connected reading of the patches is kept)."""
    if not engine.intersects(other.constGet()):
        return False
    if not engine.touches(other.constGet()):
        return True
    shared = geom.intersection(other)
    return any(
        part.type() != QgsWkbTypes.GeometryType.PointGeometry
        for part in shared.asGeometryCollection()
    )
