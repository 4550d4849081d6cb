"""aula:connectivitymetrics: PC, IIC, EC of a patch graph and dPC (intra, flux, connector)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant

from ...core.errors import AulaError, Cancelled
from ...core.tvb.graph import LinkSet, Metrics, alpha_from, build_links, connectivity
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..tvb_parameters import TvbParameters

OUTPUT_FIELDS = ("capacity", "dPC", "dPCintra", "dPCflux", "dPCconnector", "dIIC")


def key_text(value: Any) -> str | None:
    """Identifiers are matched as text, so 12 (integer) matches "12"; NULL gives None."""
    if isinstance(value, QVariant):
        value = None if value.isNull() else value.value()
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def number(value: Any) -> float | None:
    if isinstance(value, QVariant):
        value = None if value.isNull() else value.value()
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


@dataclass
class Patches:
    """Reservoirs read from a layer: ids sorted, capacities, features in the same order."""

    ids: list[str]
    capacity: list[float]
    features: list[QgsFeature]
    extent_ha: float


@dataclass
class GraphInputs:
    source: QgsProcessingFeatureSource
    layer: str
    id_field: str
    capacity_field: str | None
    links_source: QgsProcessingFeatureSource
    links_layer: str


# fmt: off
# Texts of GraphReader (context "GraphReader": self.tr would take the subclass's name)
_NO_FIELD = QT_TRANSLATE_NOOP("GraphReader", "{layer}: field {field} does not exist")
_NOT_NUMERIC = QT_TRANSLATE_NOOP("GraphReader", "{layer}: field {field} is not numeric")
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
# fmt: on


def _t(template: str) -> str:
    return QCoreApplication.translate("GraphReader", template)


class GraphReader:
    """Shared reading of reservoirs and links (also used by aula:conflictpoints).

    Its texts are the module's GraphReader templates above.
    """

    def _field_name(
        self, source: QgsProcessingFeatureSource, layer: str, name: str, numeric: bool = False
    ) -> str:
        index = source.fields().lookupField(name)
        if index < 0:
            raise QgsProcessingException(_t(_NO_FIELD).format(layer=layer, field=name))
        field = source.fields().at(index)
        if numeric and not field.isNumeric():
            raise QgsProcessingException(_t(_NOT_NUMERIC).format(layer=layer, field=field.name()))
        return field.name()

    def _read_patches(
        self,
        source: QgsProcessingFeatureSource,
        layer: str,
        id_field: str,
        capacity_field: str | None,
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> Patches:
        crs: QgsCoordinateReferenceSystem = source.sourceCrs()
        if capacity_field is None and (not crs.isValid() or crs.isGeographic()):
            raise QgsProcessingException(
                _t(_NOT_PROJECTED).format(layer=layer, crs=crs.authid() or crs.description())
            )
        area = QgsDistanceArea()
        area.setSourceCrs(crs, context.transformContext())
        factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters)
        rows: dict[str, tuple[float, QgsFeature]] = {}
        missing_id = missing_capacity = 0
        duplicates: set[str] = set()
        total = max(source.featureCount(), 1)
        for n, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                raise Cancelled()
            key = key_text(feature[id_field])
            if key is None:
                missing_id += 1
                continue
            if key in rows:
                duplicates.add(key)
                continue
            if capacity_field is None:
                geometry = feature.geometry()
                value = geometry.area() * factor * factor / 1e4 if not geometry.isNull() else 0.0
            else:
                value = number(feature[capacity_field])
                if value is None or not math.isfinite(value) or value < 0:
                    missing_capacity += 1
                    continue
            rows[key] = (value, feature)
            feedback.setProgress(10.0 * (n + 1) / total)
        if missing_id:
            raise QgsProcessingException(
                _t(_EMPTY_ID).format(layer=layer, count=missing_id, field=id_field)
            )
        if duplicates:
            raise QgsProcessingException(
                _t(_DUPLICATE_IDS).format(
                    layer=layer, field=id_field, ids=", ".join(sorted(duplicates)[:20])
                )
            )
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

    def _read_links(
        self,
        source: QgsProcessingFeatureSource,
        layer: str,
        patches: Patches,
        feedback: QgsProcessingFeedback,
        *,
        cost_field: str = "cost",
    ) -> tuple[LinkSet, str, list[QgsFeature]]:
        """Links (from_id, to_id, cost) indexed on the patches; their unit; the features read."""
        from_field = self._field_name(source, layer, "from_id")
        to_field = self._field_name(source, layer, "to_id")
        cost_name = self._field_name(source, layer, cost_field, numeric=True)
        units_index = source.fields().lookupField("units")
        triples: list[tuple[str, str, float]] = []
        features: list[QgsFeature] = []
        units: set[str] = set()
        empty = 0
        for feature in source.getFeatures():
            if feedback.isCanceled():
                raise Cancelled()
            a, b = key_text(feature[from_field]), key_text(feature[to_field])
            cost = number(feature[cost_name])
            if a is None or b is None or cost is None:
                empty += 1
                continue
            triples.append((a, b, cost))
            features.append(feature)
            if units_index >= 0:
                unit = key_text(feature.attributes()[units_index])
                if unit:
                    units.add(unit)
        if empty:
            feedback.pushWarning(_t(_EMPTY_LINKS).format(layer=layer, count=empty))
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
        return links, (units.pop() if units else ""), features


class ConnectivityMetrics(GraphReader, AulaAlgorithm):
    RESERVOIRS = "RESERVOIRS"
    ID_FIELD = "ID_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    LINKS = "LINKS"
    D0 = "D0"
    P0 = "P0"
    IIC_THRESHOLD = "IIC_THRESHOLD"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    group_key = "tvb"

    def name(self) -> str:
        return "connectivitymetrics"

    def displayName(self) -> str:
        return self.tr("Connectivity metrics (PC, IIC, dPC)")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,graph,connectivity,pc,iic,ec,dpc,graphab,conefor,graphe paysager,connectivité"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        reservoirs = QgsProcessingParameterFeatureSource(
            self.RESERVOIRS, self.tr("Reservoirs (patches)"), [QgsProcessing.TypeVectorPolygon]
        )
        reservoirs.setHelp(self.tr("Habitat patches, for example the output of aula:reservoirs."))
        self.addParameter(reservoirs)
        self.addParameter(TvbParameters.reservoir_id(self.RESERVOIRS, self.tr("Identifier field")))
        self.addParameter(TvbParameters.capacity(self.RESERVOIRS))
        links = QgsProcessingParameterFeatureSource(
            self.LINKS, self.tr("Links (patch graph or corridors)"), [QgsProcessing.TypeVector]
        )
        links.setHelp(self.tr("Table or lines with the fields from_id, to_id and cost."))
        self.addParameter(links)
        for parameter in TvbParameters.kernel():
            self.addParameter(parameter)
        threshold = QgsProcessingParameterNumber(
            self.IIC_THRESHOLD,
            self.tr("IIC threshold (cost units; empty: d0)"),
            QgsProcessingParameterNumber.Double,
            None,
            optional=True,
            minValue=0.0,
        )
        threshold.setHelp(self.tr("Links whose cost is at most this value connect for IIC."))
        self.addParameter(threshold)
        area = QgsProcessingParameterNumber(
            self.LANDSCAPE_AREA,
            self.tr("Landscape area A_L (ha; 0: bounding box of the patches)"),
            QgsProcessingParameterNumber.Double,
            0.0,
            minValue=0.0,
        )
        area.setHelp(self.tr("Study area in ha, kept constant (AULA territory: 214,169 ha)."))
        self.addParameter(area)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Patches with dPC"), QgsProcessing.TypeVectorPolygon
        )
        output.setHelp(
            self.tr("The patches with capacity, dPC, dPCintra, dPCflux, dPCconnector, dIIC (%).")
        )
        self.addParameter(output)
        summary = QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY,
            self.tr("Landscape connectivity"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=True,
        )
        summary.setHelp(self.tr("One row: PC, PCnum, EC, IIC, counts, alpha, d0, p0, units."))
        self.addParameter(summary)

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> GraphInputs:
        source = self.parameterAsSource(parameters, self.RESERVOIRS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.RESERVOIRS))
        layer = source.sourceName()
        id_name = self.parameterAsString(parameters, self.ID_FIELD, context) or "id"
        id_field = self._field_name(source, layer, id_name)
        capacity_name = self.parameterAsString(parameters, self.CAPACITY_FIELD, context)
        capacity_field = (
            self._field_name(source, layer, capacity_name, numeric=True) if capacity_name else None
        )
        links = self.parameterAsSource(parameters, self.LINKS, context)
        if links is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LINKS))
        links_layer = links.sourceName()
        for name in ("from_id", "to_id"):
            self._field_name(links, links_layer, name)
        self._field_name(links, links_layer, "cost", numeric=True)
        d0 = self.parameterAsDouble(parameters, self.D0, context)
        p0 = self.parameterAsDouble(parameters, self.P0, context)
        try:
            alpha_from(d0, p0)
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        return GraphInputs(source, layer, id_field, capacity_field, links, links_layer)

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        d0 = self.parameterAsDouble(parameters, self.D0, context)
        p0 = self.parameterAsDouble(parameters, self.P0, context)
        threshold = d0
        if parameters.get(self.IIC_THRESHOLD) not in (None, ""):
            threshold = self.parameterAsDouble(parameters, self.IIC_THRESHOLD, context)
        area = self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)
        try:
            patches = self._read_patches(
                inputs.source,
                inputs.layer,
                inputs.id_field,
                inputs.capacity_field,
                context,
                feedback,
            )
            links, units, _ = self._read_links(
                inputs.links_source, inputs.links_layer, patches, feedback
            )
            if area <= 0:
                area = patches.extent_ha
                feedback.pushInfo(
                    self.tr(
                        "Landscape area: {area} ha (bounding box of the patches); give the "
                        "study area's to compare runs"
                    ).format(area=round(area, 2))
                )
            if sum(patches.capacity) > area and inputs.capacity_field is None:
                feedback.pushWarning(
                    self.tr(
                        "The patches cover more than the landscape area ({total} > {area} ha): "
                        "PC may exceed 1"
                    ).format(total=round(sum(patches.capacity), 2), area=round(area, 2))
                )
            alpha = alpha_from(d0, p0)
            metrics = connectivity(
                patches.capacity,
                links,
                landscape_area=area,
                alpha=alpha,
                iic_threshold=threshold,
                progress=lambda f: feedback.setProgress(10 + 80 * f),
                is_canceled=feedback.isCanceled,
            )
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())

        outputs: dict[str, Any] = {
            self.OUTPUT: self._write_patches(parameters, context, inputs, patches, metrics)
        }
        if parameters.get(self.OUTPUT_SUMMARY) not in (None, ""):
            outputs[self.OUTPUT_SUMMARY] = self._write_summary(
                parameters, context, metrics, d0, p0, threshold, units
            )
        feedback.pushInfo(
            self.tr(
                "{patches} patches, {links} links: PC = {pc:.6g}, EC = {ec:.6g} ha, IIC = {iic:.6g}"
            ).format(
                patches=metrics.n_patches,
                links=metrics.n_links,
                pc=metrics.pc,
                ec=metrics.ec,
                iic=metrics.iic,
            )
        )
        feedback.setProgress(100)
        outputs.update(PC=metrics.pc, EC=metrics.ec, IIC=metrics.iic, PCNUM=metrics.pc_num)
        return outputs

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _write_patches(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        inputs: GraphInputs,
        patches: Patches,
        metrics: Metrics,
    ) -> str:
        reserved = {name.lower() for name in OUTPUT_FIELDS}
        kept = [
            k
            for k, field in enumerate(inputs.source.fields())
            if field.name().lower() not in reserved
        ]
        fields = QgsFields()
        for k in kept:
            fields.append(inputs.source.fields().at(k))
        for name in OUTPUT_FIELDS:
            fields.append(QgsField(name, QVariant.Double))
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            inputs.source.wkbType(),
            inputs.source.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
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
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_summary(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        metrics: Metrics,
        d0: float,
        p0: float,
        threshold: float,
        units: str,
    ) -> str:
        fields = QgsFields()
        names = ["PC", "PCnum", "EC", "IIC", "IICnum"]
        for name in names:
            fields.append(QgsField(name, QVariant.Double))
        fields.append(QgsField("n_patches", QVariant.Int))
        fields.append(QgsField("n_links", QVariant.Int))
        fields.append(QgsField("n_iic_links", QVariant.Int))
        for name in ("landscape_ha", "alpha", "d0", "p0", "iic_threshold"):
            fields.append(QgsField(name, QVariant.Double))
        fields.append(QgsField("units", QVariant.String))
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT_SUMMARY,
            context,
            fields,
            QgsWkbTypes.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_SUMMARY))
        row = QgsFeature(fields)
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
        sink.addFeature(row, QgsFeatureSink.FastInsert)
        return dest
