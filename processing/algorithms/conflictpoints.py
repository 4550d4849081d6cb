"""aula:conflictpoints: where transport infrastructure (and watercourse obstacles) cut corridors."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.compat import zip_strict
from ...core.errors import AulaError, Cancelled
from ...core.tvb.graph import alpha_from, link_importance
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..tvb_parameters import TvbParameters
from .connectivitymetrics import GraphReader, key_text, number

DEFAULT_WEIGHTS = (
    "autoroute=1.0;nationale=0.8;voie_ferree=0.8;departementale=0.5;locale=0.2;obstacle=1.0"
)
RAILWAY_CLASS = "voie_ferree"
OBSTACLE_CLASS = "obstacle"


def parse_weights(text: str) -> tuple[dict[str, float], list[str]]:
    """ "class=weight;…" (decimal point or comma) → (weights, malformed entries)."""
    weights: dict[str, float] = {}
    bad: list[str] = []
    for entry in text.replace("\n", ";").split(";"):
        entry = entry.strip()
        if not entry:
            continue
        key, sep, value = entry.partition("=")
        try:
            weight = float(value.strip().replace(",", "."))
        except ValueError:
            weight = math.nan
        if not sep or not key.strip() or not math.isfinite(weight) or weight < 0:
            bad.append(entry)
            continue
        weights[key.strip()] = weight
    return weights, bad


@dataclass
class _Corridor:
    key: str  # corridor_id as text
    from_id: str
    to_id: str
    geometry: QgsGeometry
    importance: float = 0.0


@dataclass
class _Infra:
    layer: str
    infra_class: str
    name: str
    geometry: QgsGeometry


@dataclass
class _Inputs:
    corridors: QgsProcessingFeatureSource
    corridors_layer: str
    importance_field: str | None
    reservoirs: QgsProcessingFeatureSource | None
    infra_layers: list[QgsVectorLayer]
    railways: QgsProcessingFeatureSource | None
    obstacles: QgsProcessingFeatureSource | None
    class_field: str
    name_field: str
    weights: dict[str, float] = field(default_factory=dict)


class ConflictPoints(GraphReader, AulaAlgorithm):
    CORRIDORS = "CORRIDORS"
    IMPORTANCE_FIELD = "IMPORTANCE_FIELD"
    RESERVOIRS = "RESERVOIRS"
    ID_FIELD = "ID_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    D0 = "D0"
    P0 = "P0"
    INFRASTRUCTURES = "INFRASTRUCTURES"
    CLASS_FIELD = "CLASS_FIELD"
    NAME_FIELD = "NAME_FIELD"
    RAILWAYS = "RAILWAYS"
    CLASS_WEIGHTS = "CLASS_WEIGHTS"
    OBSTACLES = "OBSTACLES"
    OBSTACLE_DISTANCE = "OBSTACLE_DISTANCE"
    OUTPUT = "OUTPUT"

    group_key = "tvb"

    def name(self) -> str:
        return "conflictpoints"

    def displayName(self) -> str:
        return self.tr("Conflict points")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,corridor,road,railway,conflict,barrier,crossing,point de conflit,route,"
            "voie ferrée,obstacle,infrastructure"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        corridors = QgsProcessingParameterFeatureSource(
            self.CORRIDORS, self.tr("Corridors"), [QgsProcessing.TypeVectorLine]
        )
        corridors.setHelp(
            self.tr("Corridor lines with from_id, to_id and cost (aula:leastcostcorridors).")
        )
        self.addParameter(corridors)
        importance = QgsProcessingParameterField(
            self.IMPORTANCE_FIELD,
            self.tr("Link importance field (optional)"),
            parentLayerParameterName=self.CORRIDORS,
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        )
        importance.setHelp(self.tr("Empty: computed as the PC drop from the reservoirs."))
        self.addParameter(importance)
        reservoirs = QgsProcessingParameterFeatureSource(
            self.RESERVOIRS,
            self.tr("Reservoirs (for the PC drop)"),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
        reservoirs.setHelp(self.tr("Patches of the graph, needed without an importance field."))
        self.addParameter(reservoirs)
        self.addParameter(
            TvbParameters.reservoir_id(self.RESERVOIRS, self.tr("Reservoir identifier field"))
        )
        self.addParameter(TvbParameters.capacity(self.RESERVOIRS))
        for parameter in TvbParameters.kernel():
            self.addParameter(parameter)
        infra = QgsProcessingParameterMultipleLayers(
            self.INFRASTRUCTURES,
            self.tr("Transport infrastructure (lines)"),
            QgsProcessing.TypeVectorLine,
            optional=True,
        )
        infra.setHelp(self.tr("Line layers whose class field gives the class of each line."))
        self.addParameter(infra)
        class_field = QgsProcessingParameterString(
            self.CLASS_FIELD, self.tr("Infrastructure class field"), defaultValue="classe"
        )
        class_field.setHelp(self.tr("Field of every infrastructure layer holding the class."))
        self.addParameter(class_field)
        name_field = QgsProcessingParameterString(
            self.NAME_FIELD, self.tr("Infrastructure name field"), defaultValue="nom"
        )
        name_field.setHelp(self.tr("Copied to infra_name when the layer has it."))
        self.addParameter(name_field)
        railways = QgsProcessingParameterFeatureSource(
            self.RAILWAYS,
            self.tr("Railways (optional, class voie_ferree)"),
            [QgsProcessing.TypeVectorLine],
            optional=True,
        )
        railways.setHelp(self.tr("Every line of this layer has the class voie_ferree."))
        self.addParameter(railways)
        weights = QgsProcessingParameterString(
            self.CLASS_WEIGHTS, self.tr("Class weights"), defaultValue=DEFAULT_WEIGHTS
        )
        weights.setHelp(self.tr("class=weight pairs separated by semicolons."))
        self.addParameter(weights)
        obstacles = QgsProcessingParameterFeatureSource(
            self.OBSTACLES,
            self.tr("Watercourse obstacles (optional)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine],
            optional=True,
        )
        obstacles.setHelp(self.tr("Points or lines of obstacles, class obstacle."))
        self.addParameter(obstacles)
        distance = QgsProcessingParameterNumber(
            self.OBSTACLE_DISTANCE,
            self.tr("Obstacle point search distance (m)"),
            QgsProcessingParameterNumber.Double,
            25.0,
            minValue=0.0,
        )
        distance.setHelp(self.tr("An obstacle point this close to a corridor cuts it."))
        self.addParameter(distance)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Conflict points"), QgsProcessing.TypeVectorPoint
            )
        )

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        corridors = self.parameterAsSource(parameters, self.CORRIDORS, context)
        if corridors is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CORRIDORS))
        layer = corridors.sourceName()
        for name in ("from_id", "to_id"):
            self._field_name(corridors, layer, name)
        importance = self.parameterAsString(parameters, self.IMPORTANCE_FIELD, context) or None
        reservoirs = self.parameterAsSource(parameters, self.RESERVOIRS, context)
        if importance:
            importance = self._field_name(corridors, layer, importance, numeric=True)
        else:
            self._field_name(corridors, layer, "cost", numeric=True)
            if reservoirs is None:
                raise QgsProcessingException(
                    self.tr(
                        "Give the reservoirs (to compute the PC drop of each link) or an "
                        "importance field of {layer}"
                    ).format(layer=layer)
                )
            d0 = self.parameterAsDouble(parameters, self.D0, context)
            p0 = self.parameterAsDouble(parameters, self.P0, context)
            try:
                alpha_from(d0, p0)
            except AulaError as exc:
                raise QgsProcessingException(exc.message(tr_aula)) from exc
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context).strip()
        infra_layers = [
            lyr
            for lyr in self.parameterAsLayerList(parameters, self.INFRASTRUCTURES, context)
            if isinstance(lyr, QgsVectorLayer)
        ]
        for lyr in infra_layers:
            if lyr.fields().lookupField(class_field) < 0:
                raise QgsProcessingException(
                    self.tr("{layer}: the class field {field} does not exist").format(
                        layer=lyr.name(), field=class_field
                    )
                )
        railways = self.parameterAsSource(parameters, self.RAILWAYS, context)
        obstacles = self.parameterAsSource(parameters, self.OBSTACLES, context)
        if not infra_layers and railways is None and obstacles is None:
            raise QgsProcessingException(
                self.tr("Give at least one infrastructure layer, railway layer or obstacle layer")
            )
        weights, bad = parse_weights(
            self.parameterAsString(parameters, self.CLASS_WEIGHTS, context)
        )
        if bad:
            raise QgsProcessingException(
                self.tr("Class weights: cannot read {entries} (expected class=weight)").format(
                    entries="; ".join(bad)
                )
            )
        return _Inputs(
            corridors=corridors,
            corridors_layer=layer,
            importance_field=importance,
            reservoirs=reservoirs,
            infra_layers=infra_layers,
            railways=railways,
            obstacles=obstacles,
            class_field=class_field,
            name_field=self.parameterAsString(parameters, self.NAME_FIELD, context).strip(),
            weights=weights,
        )

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        try:
            corridors = self._read_corridors(inputs, feedback)
            if inputs.importance_field is None:
                self._pc_drop(parameters, context, feedback, inputs, corridors)
            feedback.setProgress(40)
            infra = self._read_infrastructure(inputs, context, feedback)
            unknown: dict[str, int] = {}
            for item in infra:
                if item.infra_class not in inputs.weights:
                    unknown[item.infra_class] = unknown.get(item.infra_class, 0) + 1
            if unknown:
                listed = ", ".join(
                    "{} ({})".format(key or "NULL", count) for key, count in sorted(unknown.items())
                )
                raise QgsProcessingException(
                    self.tr(
                        "Infrastructure classes without a weight in the class weights: {classes}"
                    ).format(classes=listed)
                )
            distance = self.parameterAsDouble(parameters, self.OBSTACLE_DISTANCE, context)
            points = self._intersections(corridors, infra, distance, feedback)
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())

        # score, then a stable order for ties
        rows = []
        for corridor, item, point in points:
            weight = inputs.weights[item.infra_class]
            score = corridor.importance * weight
            key = (
                -score,
                corridor.from_id,
                corridor.to_id,
                corridor.key,
                item.infra_class,
                round(point.x(), 6),
                round(point.y(), 6),
                item.name,
            )
            rows.append((key, corridor, item, point, weight, score))
        rows.sort(key=lambda row: row[0])
        fields = QgsFields()
        fields.append(QgsField("id", QVariant.Int))
        for name in ("corridor_id", "from_id", "to_id", "infra_class", "infra_name"):
            fields.append(QgsField(name, QVariant.String))
        for name in ("link_importance", "weight", "score"):
            fields.append(QgsField(name, QVariant.Double))
        fields.append(QgsField("rank", QVariant.Int))
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.Point,
            inputs.corridors.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for rank, (_, corridor, item, point, weight, score) in enumerate(rows, start=1):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(point))
            feature.setAttributes(
                [
                    rank,
                    corridor.key,
                    corridor.from_id,
                    corridor.to_id,
                    item.infra_class,
                    item.name,
                    corridor.importance,
                    weight,
                    score,
                    rank,
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        feedback.pushInfo(
            self.tr("{points} conflict points on {corridors} corridors").format(
                points=len(rows), corridors=len({row[1].key for row in rows})
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "POINTS": len(rows)}

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _read_corridors(self, inputs: _Inputs, feedback: QgsProcessingFeedback) -> list[_Corridor]:
        source = inputs.corridors
        id_index = source.fields().lookupField("id")
        out = []
        for feature in source.getFeatures():
            if feedback.isCanceled():
                raise Cancelled()
            geometry = feature.geometry()
            a, b = key_text(feature["from_id"]), key_text(feature["to_id"])
            if geometry.isNull() or geometry.isEmpty() or a is None or b is None:
                continue
            key = key_text(feature.attributes()[id_index]) if id_index >= 0 else None
            corridor = _Corridor(key or str(feature.id()), a, b, QgsGeometry(geometry))
            if inputs.importance_field:
                corridor.importance = number(feature[inputs.importance_field]) or 0.0
            out.append(corridor)
        if not out:
            raise QgsProcessingException(
                self.tr("{layer}: no corridor with a geometry, from_id and to_id").format(
                    layer=inputs.corridors_layer
                )
            )
        return out

    def _pc_drop(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        inputs: _Inputs,
        corridors: list[_Corridor],
    ) -> None:
        """Importance of each corridor = PC drop (%) of its link (graph module)."""
        source = inputs.reservoirs
        assert source is not None
        layer = source.sourceName()
        id_field = self._field_name(
            source, layer, self.parameterAsString(parameters, self.ID_FIELD, context) or "id"
        )
        capacity = self.parameterAsString(parameters, self.CAPACITY_FIELD, context) or None
        if capacity:
            capacity = self._field_name(source, layer, capacity, numeric=True)
        patches = self._read_patches(source, layer, id_field, capacity, context, feedback)
        links, _, _ = self._read_links(inputs.corridors, inputs.corridors_layer, patches, feedback)
        alpha = alpha_from(
            self.parameterAsDouble(parameters, self.D0, context),
            self.parameterAsDouble(parameters, self.P0, context),
        )
        importance = link_importance(
            patches.capacity,
            links,
            alpha=alpha,
            progress=lambda f: feedback.setProgress(10 + 30 * f),
            is_canceled=feedback.isCanceled,
        )
        index = {key: k for k, key in enumerate(patches.ids)}
        by_pair = {
            (int(i), int(j)): float(v) for i, j, v in zip_strict(links.i, links.j, importance)
        }
        for corridor in corridors:
            a, b = index.get(corridor.from_id), index.get(corridor.to_id)
            if a is not None and b is not None:
                corridor.importance = by_pair.get((min(a, b), max(a, b)), 0.0)

    def _read_infrastructure(
        self, inputs: _Inputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> list[_Infra]:
        crs = inputs.corridors.sourceCrs()
        out: list[_Infra] = []

        def read(features, source_crs, layer: str, fields, fixed_class: str | None) -> None:
            transform = None
            if source_crs.isValid() and crs.isValid() and source_crs != crs:
                transform = QgsCoordinateTransform(source_crs, crs, context.transformContext())
            class_index = fields.lookupField(inputs.class_field)
            name_index = fields.lookupField(inputs.name_field) if inputs.name_field else -1
            for feature in features:
                if feedback.isCanceled():
                    raise Cancelled()
                geometry = QgsGeometry(feature.geometry())
                if geometry.isNull() or geometry.isEmpty():
                    continue
                if transform is not None:
                    geometry.transform(transform)
                attributes = feature.attributes()
                if fixed_class is not None:
                    infra_class = fixed_class
                else:
                    infra_class = key_text(attributes[class_index]) or ""
                name = key_text(attributes[name_index]) if name_index >= 0 else None
                out.append(_Infra(layer, infra_class, name or "", geometry))

        for lyr in inputs.infra_layers:
            read(lyr.getFeatures(), lyr.crs(), lyr.name(), lyr.fields(), None)
        if inputs.railways is not None:
            source = inputs.railways
            read(
                source.getFeatures(),
                source.sourceCrs(),
                source.sourceName(),
                source.fields(),
                RAILWAY_CLASS,
            )
        if inputs.obstacles is not None:
            source = inputs.obstacles
            read(
                source.getFeatures(),
                source.sourceCrs(),
                source.sourceName(),
                source.fields(),
                OBSTACLE_CLASS,
            )
        return out

    def _intersections(
        self,
        corridors: list[_Corridor],
        infra: list[_Infra],
        distance: float,
        feedback: QgsProcessingFeedback,
    ) -> list[tuple[_Corridor, _Infra, QgsPointXY]]:
        index = QgsSpatialIndex()
        for k, item in enumerate(infra):
            feature = QgsFeature(k)
            feature.setGeometry(item.geometry)
            index.addFeature(feature)
        out = []
        for n, corridor in enumerate(corridors):
            if feedback.isCanceled():
                raise Cancelled()
            box = corridor.geometry.boundingBox()
            box.grow(distance)
            engine = QgsGeometry.createGeometryEngine(corridor.geometry.constGet())
            engine.prepareGeometry()
            for k in sorted(index.intersects(box)):
                item = infra[k]
                if item.geometry.type() == QgsWkbTypes.PointGeometry:
                    for vertex in item.geometry.vertices():
                        point = QgsPointXY(vertex)
                        if corridor.geometry.distance(QgsGeometry.fromPointXY(point)) <= distance:
                            out.append((corridor, item, point))
                    continue
                if not engine.intersects(item.geometry.constGet()):
                    continue
                seen: set[tuple[float, float]] = set()
                for point in _points(corridor.geometry.intersection(item.geometry)):
                    key = (round(point.x(), 6), round(point.y(), 6))
                    if key not in seen:
                        seen.add(key)
                        out.append((corridor, item, point))
            feedback.setProgress(40 + 55 * (n + 1) / len(corridors))
        return out


def _points(geometry: QgsGeometry) -> list[QgsPointXY]:
    """Points of an intersection: points as they are, overlapping stretches by their middle."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    out: list[QgsPointXY] = []
    for part in geometry.asGeometryCollection() or [geometry]:
        kind = part.type()
        if kind == QgsWkbTypes.PointGeometry:
            out.extend(QgsPointXY(vertex) for vertex in part.vertices())
        elif kind == QgsWkbTypes.LineGeometry:
            merged = part.mergeLines() if part.isMultipart() else part
            for line in merged.asGeometryCollection() or [merged]:
                middle = line.interpolate(line.length() / 2)
                if not middle.isNull():
                    out.append(middle.asPoint())
    return out
