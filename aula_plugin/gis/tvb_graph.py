"""The patch graph read from QGIS layers: reservoirs (patches) and links, and the metric outputs.

Shared by aula:connectivitymetrics (PC, IIC, dPC) and aula:conflictpoints (PC drop of each link).
Identifiers are matched as text (12 matches "12"), NULL and blank identifiers are refused.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import AulaError
from ..core.numbers import in_range
from ..core.tvb.graph import D0_RANGE, P0_RANGE, LinkSet, Metrics, alpha_from, build_links
from ..toolbelt.i18n import tr as tr_aula
from .feedback import check_cancelled
from .fields import field_name as lookup_field
from .fields import make_field, make_fields
from .geometry import GeometryRepair
from .raster import layer_label
from .values import number, optional_text

#: the per-patch columns added by aula:connectivitymetrics (input fields of these names are dropped)
METRIC_FIELDS = ("capacity", "dPC", "dPCintra", "dPCflux", "dPCconnector", "dIIC")
#: the one row of landscape connectivity
SUMMARY_FIELDS = (
    *((name, "double") for name in ("PC", "PCnum", "EC", "IIC", "IICnum")),
    *((name, "int") for name in ("n_patches", "n_links", "n_iic_links")),
    *((name, "double") for name in ("landscape_ha", "alpha", "d0", "p0", "iic_threshold")),
    ("units", "text"),
)

# fmt: off
_NOT_PROJECTED = QT_TRANSLATE_NOOP("GraphReader",
    "{layer}: the CRS {crs} is not projected: areas in hectares need a "
    "projected CRS such as EPSG:2154 (Lambert-93)")
_EMPTY_ID = QT_TRANSLATE_NOOP("GraphReader",
    "{layer}: {count} features have an empty identifier ({field})")
_DUPLICATE_IDS = QT_TRANSLATE_NOOP("GraphReader",
    "{layer}: duplicate identifiers in {field}: {ids}")
_BAD_CAPACITY = QT_TRANSLATE_NOOP("GraphReader",
    "{layer}: {count} features have an empty, non-numeric or negative "
    "capacity ({field})")
_NO_FEATURE = QT_TRANSLATE_NOOP("GraphReader", "{layer}: the layer has no feature")
_EMPTY_LINKS = QT_TRANSLATE_NOOP("GraphReader",
    "{layer}: {count} links without from_id, to_id or cost were ignored")
_LAYER_MESSAGE = QT_TRANSLATE_NOOP("GraphReader", "{layer}: {message}")
_MIXED_UNITS = QT_TRANSLATE_NOOP("GraphReader", "{layer}: links in different cost units ({units})")
_D0 = QT_TRANSLATE_NOOP("GraphReader", "Reference distance d0 (cost units)")
_P0 = QT_TRANSLATE_NOOP("GraphReader", "Probability p0 at d0")
_NO_LINK = QT_TRANSLATE_NOOP("GraphReader",
    "{layer}: no link between the patches: every patch is isolated")
# fmt: on


def _t(template: str) -> str:
    return QCoreApplication.translate("GraphReader", template)


@dataclass
class Patches:
    """Reservoirs read from a layer: ids sorted, capacities, features in the same order."""

    ids: list[str]
    capacity: list[float]
    features: list[QgsFeature]
    extent_ha: float


@dataclass
class PatchLayer:
    """A reservoir layer checked for a graph: its name, identifier and capacity fields."""

    source: QgsProcessingFeatureSource
    layer: str
    id_field: str
    capacity_field: str | None


def kernel_alpha(d0: float, p0: float) -> float:
    """α of the dispersal kernel, once d0 and p0 are within their sensible ranges (values and
    ranges named); the one check of aula:connectivitymetrics and aula:conflictpoints."""
    in_range(d0, _t(_D0), *D0_RANGE)
    in_range(p0, _t(_P0), *P0_RANGE)
    return alpha_from(d0, p0)


def source_label(source: QgsProcessingFeatureSource, layer: QgsMapLayer | None = None) -> str:
    """The name users see in messages: the layer's, with its table when given by path
    (``scene (reservoirs)`` rather than the file name ``scene`` alone)."""
    return layer_label(layer) if layer is not None else source.sourceName()


def all_features(source: Any) -> Iterator[QgsFeature]:
    """Every feature of a processing source or a layer, invalid geometries included (the
    context's invalid-geometry filter would drop them without a word: they are repaired here)."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(
            QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        )
    return source.getFeatures()


def field_name(
    source: QgsProcessingFeatureSource, layer: str, name: str, numeric: bool = False
) -> str:
    """The field ``name`` of ``source`` as the layer spells it (the plugin's one lookup,
    gis.fields.field_name), its refusal raised as the QgsProcessingException of this module."""
    try:
        return lookup_field(source.fields(), layer, name, numeric=numeric)
    except AulaError as error:
        raise QgsProcessingException(error.message(tr_aula)) from None


def patch_layer(
    source: QgsProcessingFeatureSource,
    id_name: str,
    capacity_name: str | None,
    measured: bool = False,
    label: str | None = None,
) -> PatchLayer:
    """Check the identifier field (empty: "id"), the optional numeric capacity field, and a
    projected CRS when areas are measured (no capacity field, or ``measured``: the landscape
    area is the patches' bounding box). ``label`` names the layer (default its source name)."""
    layer = label or source.sourceName()
    if source.featureCount() == 0:
        raise QgsProcessingException(_t(_NO_FEATURE).format(layer=layer))
    id_field = field_name(source, layer, id_name or "id")
    capacity_field = (
        field_name(source, layer, capacity_name, numeric=True) if capacity_name else None
    )
    crs: QgsCoordinateReferenceSystem = source.sourceCrs()
    if (capacity_field is None or measured) and (not crs.isValid() or crs.isGeographic()):
        raise QgsProcessingException(
            _t(_NOT_PROJECTED).format(layer=layer, crs=crs.authid() or crs.description())
        )
    return PatchLayer(source, layer, id_field, capacity_field)


def check_link_fields(source: QgsProcessingFeatureSource, layer: str, cost: bool = True) -> None:
    """A link layer has from_id and to_id (and a numeric cost when ``cost``)."""
    for name in ("from_id", "to_id"):
        field_name(source, layer, name)
    if cost:
        field_name(source, layer, "cost", numeric=True)


def refuse_bad_ids(
    layer: str, id_field: str, missing: int, duplicates: set[str], limit: int | None = None
) -> None:
    """Refuse features with an empty identifier, then duplicate identifiers (``limit`` listed)."""
    if missing:
        raise QgsProcessingException(
            _t(_EMPTY_ID).format(layer=layer, count=missing, field=id_field)
        )
    if duplicates:
        listed = sorted(duplicates)[:limit] if limit else sorted(duplicates)
        raise QgsProcessingException(
            _t(_DUPLICATE_IDS).format(layer=layer, field=id_field, ids=", ".join(listed))
        )


def read_patches(
    patches: PatchLayer, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> Patches:
    """Identifiers and capacities (the capacity field, or the area in ha), sorted by identifier."""
    source, layer = patches.source, patches.layer
    id_field, capacity_field = patches.id_field, patches.capacity_field
    crs: QgsCoordinateReferenceSystem = source.sourceCrs()
    area = QgsDistanceArea()
    area.setSourceCrs(crs, context.transformContext())
    factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters)
    rows: dict[str, tuple[float, QgsFeature]] = {}
    missing_id = missing_capacity = 0
    repair = GeometryRepair()
    duplicates: set[str] = set()
    total = max(source.featureCount(), 1)
    for n, feature in enumerate(all_features(source)):
        check_cancelled(feedback)
        geometry = feature.geometry()
        if not geometry.isNull() and not geometry.isEmpty():  # a patch without geometry is kept
            geometry = repair(geometry)
            if geometry is None:
                continue
            feature.setGeometry(geometry)
        key = optional_text(feature[id_field])
        if key is None:
            missing_id += 1
            continue
        if key in rows:
            duplicates.add(key)
            continue
        if capacity_field is None:
            value = geometry.area() * factor * factor / 1e4 if not geometry.isNull() else 0.0
        else:
            value = number(feature[capacity_field])
            if value is None or not math.isfinite(value) or value < 0:
                missing_capacity += 1
                continue
        rows[key] = (value, feature)
        feedback.setProgress(10.0 * (n + 1) / total)
    repair.report(feedback, layer)
    refuse_bad_ids(layer, id_field, missing_id, duplicates, limit=20)
    if missing_capacity:
        raise QgsProcessingException(
            _t(_BAD_CAPACITY).format(layer=layer, count=missing_capacity, field=capacity_field)
        )
    if not rows:
        raise QgsProcessingException(_t(_NO_FEATURE).format(layer=layer))
    ids = sorted(rows)
    extent = source.sourceExtent()
    return Patches(
        ids=ids,
        capacity=[rows[key][0] for key in ids],
        features=[rows[key][1] for key in ids],
        extent_ha=extent.width() * extent.height() * factor * factor / 1e4,
    )


def read_links(
    source: QgsProcessingFeatureSource,
    layer: str,
    patches: Patches,
    feedback: QgsProcessingFeedback,
) -> tuple[LinkSet, str]:
    """Links (from_id, to_id, cost) indexed on the patches, and their cost unit ("" if none)."""
    from_field = field_name(source, layer, "from_id")
    to_field = field_name(source, layer, "to_id")
    cost_name = field_name(source, layer, "cost", numeric=True)
    units_index = source.fields().lookupField("units")
    triples: list[tuple[str, str, float]] = []
    units: set[str] = set()
    empty = 0
    for feature in all_features(source):  # the geometry of a corridor line is not used
        check_cancelled(feedback)
        a, b = optional_text(feature[from_field]), optional_text(feature[to_field])
        cost = number(feature[cost_name])
        if a is None or b is None or cost is None:
            empty += 1
            continue
        triples.append((a, b, cost))
        if units_index >= 0:
            unit = optional_text(feature.attributes()[units_index])
            if unit:
                units.add(unit)
    if empty:
        feedback.pushWarning(_t(_EMPTY_LINKS).format(layer=layer, count=empty))
    if not triples:
        feedback.pushWarning(_t(_NO_LINK).format(layer=layer))
    try:
        links = build_links(patches.ids, triples)
    except AulaError as exc:
        raise QgsProcessingException(
            _t(_LAYER_MESSAGE).format(layer=layer, message=exc.message(tr_aula))
        ) from exc
    if len(units) > 1:
        raise QgsProcessingException(
            _t(_MIXED_UNITS).format(layer=layer, units=", ".join(sorted(units)))
        )
    return links, (units.pop() if units else "")


def metric_fields(fields: QgsFields) -> tuple[QgsFields, list[int]]:
    """The patch output's fields (input fields, then METRIC_FIELDS) and the input fields kept."""
    reserved = {name.lower() for name in METRIC_FIELDS}
    kept = [k for k, field in enumerate(fields) if field.name().lower() not in reserved]
    out = QgsFields()
    for k in kept:
        out.append(fields.at(k))
    for name in METRIC_FIELDS:
        out.append(make_field(name, "double"))
    return out, kept


def metric_features(
    fields: QgsFields, kept: list[int], patches: Patches, metrics: Metrics
) -> Iterator[QgsFeature]:
    """Each patch with its kept attributes, its capacity and its dPC fractions and dIIC."""
    columns = (
        metrics.dpc,
        metrics.dpc_intra,
        metrics.dpc_flux,
        metrics.dpc_connector,
        metrics.diic,
    )
    for k, feature in enumerate(patches.features):
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        attributes = feature.attributes()
        values = [attributes[i] for i in kept] + [float(patches.capacity[k])]
        values += [float(column[k]) for column in columns]
        out.setAttributes(values)
        yield out


def summary_feature(
    metrics: Metrics, d0: float, p0: float, threshold: float, units: str
) -> QgsFeature:
    """The one row of landscape connectivity (fields SUMMARY_FIELDS)."""
    row = QgsFeature(make_fields(SUMMARY_FIELDS))
    row.setAttributes(
        [
            metrics.pc,
            metrics.pc_num,
            metrics.ec,
            metrics.iic,
            metrics.iic_num,
            metrics.n_patches,
            metrics.n_links,
            metrics.n_iic_links,
            metrics.landscape_area,
            metrics.alpha,
            d0,
            p0,
            threshold,
            units,
        ]
    )
    return row
