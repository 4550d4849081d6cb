"""aula:reservoirs: biodiversity reservoirs = union of chosen zonings and large habitat patches."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.compat import pairwise
from ...core.errors import AulaError, Cancelled
from ...core.tvb.patches import habitat_mask, label_patches
from ...core.tvb.subnetworks import SUBNETWORKS
from ...gis.raster import L93, check_crs, layer_label, polygonize, read_band, sublayer_name, to_l93
from ...gis.tvb_polygons import as_multipolygon, stable_id
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from .frictionfromlandcover import subnetwork_options

ZONING_TYPES = ("ZNIEFF1", "N2000", "APPB", "RNR", "RNN", "ENS")
HABITAT = "habitat"
# spellings found in INPN/DREAL layers (upper case, letters and digits only) → our type
_ALIASES = {
    "N2000": "N2000",
    "NATURA2000": "N2000",
    "ZSC": "N2000",
    "ZPS": "N2000",
    "SIC": "N2000",
    "PSIC": "N2000",
    "APPB": "APPB",
    "APB": "APPB",
    "APHN": "APPB",
    "ARRETEDEPROTECTIONDEBIOTOPE": "APPB",
    "ARRETEPREFECTORALDEPROTECTIONDEBIOTOPE": "APPB",
    "RNR": "RNR",
    "RESERVENATURELLEREGIONALE": "RNR",
    "RNN": "RNN",
    "RESERVENATURELLENATIONALE": "RNN",
    "ENS": "ENS",
    "ESPACENATURELSENSIBLE": "ENS",
}


def _compact(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def zoning_type(value: Any) -> str | None:
    """'ZNIEFF de type I', 'znieff_1', 'Natura 2000', 'ZSC' → our type; None if unknown (and for
    ZNIEFF type 2, which is not a reservoir type)."""
    text = _compact(value)
    if text.startswith("ZNIEFF"):
        rest = text[6:].replace("DETYPE", "").replace("TYPE", "")
        return "ZNIEFF1" if rest in ("1", "I") else None
    return _ALIASES.get(text)


def type_from_name(name: str) -> str | None:
    """The zoning type named in a layer name ('znieff1_pdc', 'sites_natura_2000'), if any: each
    word, and each pair of adjacent words, is read as a type."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]
    candidates = words + [a + b for a, b in pairwise(words)]
    for word in candidates:
        kind = zoning_type(word)
        if kind is None and _compact(word).startswith("ZNIEFF1"):
            kind = "ZNIEFF1"
        if kind is not None:
            return kind
    return None


def _fields() -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("id", QVariant.String))
    fields.append(QgsField("sous_trame", QVariant.String))
    fields.append(QgsField("surface_ha", QVariant.Double))
    fields.append(QgsField("origine", QVariant.String))
    return fields


@dataclass
class _Inputs:
    zonings: list[QgsVectorLayer] = field(default_factory=list)
    type_field: str = ""
    types: tuple[str, ...] = ZONING_TYPES
    habitat: QgsRasterLayer | None = None
    max_friction: float = 0.0
    subnetwork: str = SUBNETWORKS[0]
    min_area_ha: float = 1.0
    connectivity: int = 8


class Reservoirs(AulaAlgorithm):
    ZONINGS = "ZONINGS"
    ZONING_TYPE_FIELD = "ZONING_TYPE_FIELD"
    ZONING_TYPES = "ZONING_TYPES"
    HABITAT = "HABITAT"
    HABITAT_MAX_FRICTION = "HABITAT_MAX_FRICTION"
    SUBNETWORK = "SUBNETWORK"
    MIN_AREA_HA = "MIN_AREA_HA"
    CONNECTIVITY = "CONNECTIVITY"
    OUTPUT = "OUTPUT"

    group_key = "tvb"

    def name(self) -> str:
        return "reservoirs"

    def displayName(self) -> str:
        return self.tr("Biodiversity reservoirs")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,trame verte et bleue,reservoir,znieff,natura 2000,appb,habitat,patch"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        zonings = QgsProcessingParameterMultipleLayers(
            self.ZONINGS,
            self.tr("Zonings (optional)"),
            QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True,
        )
        zonings.setHelp(
            self.tr("ZNIEFF 1, Natura 2000, APPB, reserves, ENS: one layer each or one layer.")
        )
        self.addParameter(zonings)
        type_field = QgsProcessingParameterString(
            self.ZONING_TYPE_FIELD,
            self.tr("Zoning type field"),
            defaultValue="type",
            optional=True,
        )
        type_field.setHelp(
            self.tr(
                "Field giving the zoning type; a layer without it takes its type from its "
                "name (e.g. znieff1, natura2000)."
            )
        )
        self.addParameter(type_field)
        types = QgsProcessingParameterEnum(
            self.ZONING_TYPES,
            self.tr("Zoning types kept"),
            options=list(ZONING_TYPES),
            allowMultiple=True,
            optional=True,
        )
        types.setHelp(self.tr("None chosen: every type present."))
        self.addParameter(types)
        habitat = QgsProcessingParameterRasterLayer(
            self.HABITAT, self.tr("Friction raster for habitat patches (optional)"), optional=True
        )
        habitat.setHelp(self.tr("Band 1; NaN and nodata are never habitat."))
        self.addParameter(habitat)
        max_friction = QgsProcessingParameterNumber(
            self.HABITAT_MAX_FRICTION,
            self.tr("Habitat: friction at most"),
            QgsProcessingParameterNumber.Type.Double,
            0.0,
            minValue=0.0,
        )
        max_friction.setHelp(self.tr("0 is the habitat value of the BioDispersal ladder."))
        self.addParameter(max_friction)
        subnetwork = QgsProcessingParameterEnum(
            self.SUBNETWORK, self.tr("Sub-network"), options=subnetwork_options(), defaultValue=0
        )
        subnetwork.setHelp(self.tr("Written in the sous_trame field and in the ids."))
        self.addParameter(subnetwork)
        min_area = QgsProcessingParameterNumber(
            self.MIN_AREA_HA,
            self.tr("Minimum patch area (ha)"),
            QgsProcessingParameterNumber.Type.Double,
            1.0,
            minValue=0.0,
        )
        min_area.setHelp(self.tr("Habitat patches smaller than this are dropped (≥ is kept)."))
        self.addParameter(min_area)
        connectivity = QgsProcessingParameterEnum(
            self.CONNECTIVITY,
            self.tr("Patch connectivity"),
            options=[self.tr("8 neighbours"), self.tr("4 neighbours")],
            defaultValue=0,
        )
        connectivity.setHelp(self.tr("8: cells touching by a corner belong to the same patch."))
        self.addParameter(connectivity)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT,
            self.tr("Biodiversity reservoirs"),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        output.setHelp(self.tr("Fields id, sous_trame, surface_ha, origine; Lambert-93."))
        self.addParameter(output)

    # -- Validation ------------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        inputs = _Inputs()
        inputs.type_field = self.parameterAsString(parameters, self.ZONING_TYPE_FIELD, context)
        # parameterAsEnums gives [0] for an absent optional enum: look at the raw value first
        if parameters.get(self.ZONING_TYPES) in (None, "", []):
            inputs.types = ZONING_TYPES
        else:
            chosen = self.parameterAsEnums(parameters, self.ZONING_TYPES, context)
            inputs.types = tuple(ZONING_TYPES[i] for i in chosen) or ZONING_TYPES
        for layer in self.parameterAsLayerList(parameters, self.ZONINGS, context) or []:
            if not isinstance(layer, QgsVectorLayer):
                continue
            check_crs(layer, self.tr("zonings"))
            if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
                raise QgsProcessingException(
                    self.tr("{layer}: zonings must be polygons").format(layer=layer_label(layer))
                )
            self._layer_type(layer, inputs)
            inputs.zonings.append(layer)
        habitat = self.parameterAsRasterLayer(parameters, self.HABITAT, context)
        if habitat is not None:
            if not habitat.isValid():
                raise QgsProcessingException(self.invalidRasterError(parameters, self.HABITAT))
            check_crs(habitat, self.tr("habitat"))
            inputs.habitat = habitat
        if not inputs.zonings and inputs.habitat is None:
            raise QgsProcessingException(
                self.tr("Give zonings, a friction raster for habitat patches, or both")
            )
        inputs.max_friction = self.parameterAsDouble(parameters, self.HABITAT_MAX_FRICTION, context)
        inputs.subnetwork = SUBNETWORKS[self.parameterAsEnum(parameters, self.SUBNETWORK, context)]
        inputs.min_area_ha = self.parameterAsDouble(parameters, self.MIN_AREA_HA, context)
        inputs.connectivity = (8, 4)[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)]
        return inputs

    def _layer_type(self, layer: QgsVectorLayer, inputs: _Inputs) -> str | None:
        """The type of every feature of a layer without a type field (from the layer name)."""
        if inputs.type_field and layer.fields().lookupField(inputs.type_field) >= 0:
            return None
        kind = type_from_name(layer.name()) or type_from_name(sublayer_name(layer))
        if kind is not None:
            return kind
        raise QgsProcessingException(
            self.tr(
                "{layer}: no zoning type field {field} and no type in the layer name ({types})"
            ).format(
                layer=layer_label(layer),
                field=inputs.type_field or "-",
                types=", ".join(ZONING_TYPES),
            )
        )

    # -- Run -------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        try:
            parts = self._zoning_parts(inputs, context, feedback)
            feedback.setProgress(30)
            if inputs.habitat is not None:
                parts += self._habitat_parts(inputs, context, feedback)
            feedback.setProgress(60)
            reservoirs = self._union(parts, inputs.subnetwork, feedback)
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())

        fields = _fields()
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, L93
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for rid, geom, origins in reservoirs:
            feature = QgsFeature(fields)
            feature.setGeometry(geom)
            feature.setAttributes(
                [rid, inputs.subnetwork, round(geom.area() / 10_000, 4), "; ".join(origins)]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(
            self.tr("{count} reservoirs of {subnetwork}").format(
                count=len(reservoirs), subnetwork=inputs.subnetwork
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, "COUNT": len(reservoirs)}

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _zoning_parts(self, inputs: _Inputs, context, feedback) -> list[tuple[QgsGeometry, str]]:
        parts: list[tuple[QgsGeometry, str]] = []
        skipped: dict[str, int] = {}
        for layer in inputs.zonings:
            fixed = self._layer_type(layer, inputs)
            transform = to_l93(layer.crs(), context)
            if transform is not None:
                feedback.pushInfo(
                    self.tr("{layer} is in {crs}: reprojected to Lambert-93 (EPSG:2154)").format(
                        layer=layer_label(layer), crs=layer.crs().authid()
                    )
                )
            for feature in layer.getFeatures():
                if feedback.isCanceled():
                    raise Cancelled()
                raw = fixed or feature[inputs.type_field]
                kind = zoning_type(raw)
                if kind is None or kind not in inputs.types:
                    label = str(raw) if kind is None else kind
                    skipped[label] = skipped.get(label, 0) + 1
                    continue
                geom = feature.geometry()
                if geom is None or geom.isEmpty():
                    continue
                geom = QgsGeometry(geom)
                if transform is not None:
                    geom.transform(transform)
                geom = as_multipolygon(geom)
                if not geom.isEmpty():
                    parts.append((geom, kind))
        for label, count in sorted(skipped.items()):
            feedback.pushInfo(
                self.tr("Zonings of type {type} left out: {count}").format(type=label, count=count)
            )
        return parts

    def _habitat_parts(self, inputs: _Inputs, context, feedback) -> list[tuple[QgsGeometry, str]]:
        layer = inputs.habitat
        data, grid, _ = read_band(layer.source(), layer_label(layer), dtype=np.float32)
        cell_area = grid.cell_area
        mask = habitat_mask(data, inputs.max_friction)
        del data
        patches = label_patches(
            mask,
            cell_area_m2=cell_area,
            min_area_m2=inputs.min_area_ha * 10_000,
            connectivity=inputs.connectivity,
        )
        feedback.pushInfo(
            self.tr(
                "Habitat (friction ≤ {max}): {kept} patches of at least {min} ha, {dropped} "
                "smaller ones dropped ({conn}-connectivity)"
            ).format(
                max=inputs.max_friction,
                kept=patches.count,
                min=inputs.min_area_ha,
                dropped=patches.dropped,
                conn=inputs.connectivity,
            )
        )
        if feedback.isCanceled():
            raise Cancelled()
        polygons = polygonize(patches.labels, grid, feedback.isCanceled)
        if feedback.isCanceled():
            raise Cancelled()
        to93 = None
        if layer.crs() != L93:
            to93 = QgsCoordinateTransform(layer.crs(), L93, context.transformContext())
            feedback.pushInfo(
                self.tr("{layer} is in {crs}: patches reprojected to Lambert-93").format(
                    layer=layer_label(layer), crs=layer.crs().authid()
                )
            )
        parts = []
        for label in sorted(polygons):
            geom = polygons[label]
            if to93 is not None:
                geom.transform(to93)
            parts.append((geom, HABITAT))
        return parts

    def _union(self, parts, subnetwork: str, feedback) -> list[tuple[str, QgsGeometry, list[str]]]:
        """Groups of intersecting parts merged; sorted inputs make the result order-free."""
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
            if feedback.isCanceled():
                raise Cancelled()
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
            if feedback.isCanceled():
                raise Cancelled()
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
        return out


def _joined(engine, geom: QgsGeometry, other: QgsGeometry) -> bool:
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
