"""aula:zanconsumption: NAF consumption per commune, EPCI, SCoT, pôle or any grouping."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import AulaError, Cancelled
from ...core.zan import cerema_store
from ...core.zan.consumption import (
    ConsumptionResult,
    aggregate_consumption,
    aggregate_sums,
    check_period,
)
from ...core.zan.model import (
    FIELDS_CONSUMPTION,
    M2_PER_HA,
    REFERENCE_FIRST,
    REFERENCE_LAST,
    ConsumptionTable,
    choose_release,
)
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..zan_parameters import ZanParameters

#: AREA_UNIT choices → m² per unit
AREA_UNITS = (("ha", M2_PER_HA), ("m²", 1), ("km²", 1_000_000))
_READ_SHARE = 70.0


@dataclass
class _Inputs:
    source: QgsProcessingFeatureSource
    layer: str
    gpkg: Path | None  # the long table's GeoPackage, read directly with SQLite when possible
    table_name: str
    has_release: bool
    release: str
    communes: QgsProcessingFeatureSource | None
    commune_field: str
    group_field: str
    area_field: str
    area_factor: float
    first: int
    last: int


def _plain(value: Any) -> Any:
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def _text(value: Any) -> str | None:
    value = _plain(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


class ZanConsumption(AulaAlgorithm):
    CONSUMPTION = "CONSUMPTION"
    RELEASE = "RELEASE"
    COMMUNES = "COMMUNES"
    COMMUNE_FIELD = "COMMUNE_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    FIRST_YEAR = "FIRST_YEAR"
    LAST_YEAR = "LAST_YEAR"
    AREA_FIELD = "AREA_FIELD"
    AREA_UNIT = "AREA_UNIT"
    OUTPUT = "OUTPUT"

    group_key = "zan"

    def name(self) -> str:
        return "zanconsumption"

    def displayName(self) -> str:
        return self.tr("NAF consumption per territory")

    def tags(self) -> list[str]:
        return self.tr(
            "zan,cerema,consommation,naf,enaf,epci,scot,période,référence,consumption,period"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        consumption = QgsProcessingParameterFeatureSource(
            self.CONSUMPTION,
            self.tr("Consumption table (zan_consommation)"),
            [QgsProcessing.SourceType.TypeVector],
        )
        consumption.setHelp(
            self.tr(
                "The long table written by the import: insee, annee, destination, surface_m2 "
                "(and release)."
            )
        )
        self.addParameter(consumption)

        self.addParameter(ZanParameters.release())

        communes = QgsProcessingParameterFeatureSource(
            self.COMMUNES,
            self.tr("Commune layer (membership and area)"),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        communes.setHelp(
            self.tr(
                "Layer or table with one feature per commune, its code, its group (EPCI, SCoT, "
                "pôle...) and its area. Empty: one row per commune of the table, no share."
            )
        )
        self.addParameter(communes)

        commune_field = QgsProcessingParameterField(
            self.COMMUNE_FIELD,
            self.tr("INSEE code field"),
            defaultValue="insee",
            parentLayerParameterName=self.COMMUNES,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        commune_field.setHelp(self.tr("Field of the commune layer with the INSEE code."))
        self.addParameter(commune_field)

        group_field = QgsProcessingParameterField(
            self.GROUP_FIELD,
            self.tr("Group field (empty: per commune)"),
            parentLayerParameterName=self.COMMUNES,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        group_field.setHelp(
            self.tr(
                "Field of the commune layer giving each commune's group (epci_siren, scot_id, "
                "pole_id, or any custom grouping). Empty: one row per commune."
            )
        )
        self.addParameter(group_field)

        first = QgsProcessingParameterNumber(
            self.FIRST_YEAR,
            self.tr("First year (flow from 1 January)"),
            QgsProcessingParameterNumber.Type.Integer,
            REFERENCE_FIRST,
            minValue=2009,
            maxValue=2100,
        )
        first.setHelp(self.tr("First annual flow included (2011: naf11art12)."))
        self.addParameter(first)

        last = QgsProcessingParameterNumber(
            self.LAST_YEAR,
            self.tr("Last year (flow to 1 January of the next year)"),
            QgsProcessingParameterNumber.Type.Integer,
            REFERENCE_LAST,
            minValue=2009,
            maxValue=2100,
        )
        last.setHelp(
            self.tr(
                "Last annual flow included (2020: naf20art21, the end of the reference decade)."
            )
        )
        self.addParameter(last)

        area = QgsProcessingParameterField(
            self.AREA_FIELD,
            self.tr("Area field of the commune layer"),
            defaultValue="surface_ha",
            parentLayerParameterName=self.COMMUNES,
            type=QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        )
        area.setHelp(self.tr("Commune area, for the share of the territory (default surface_ha)."))
        self.addParameter(area)

        unit = QgsProcessingParameterEnum(
            self.AREA_UNIT,
            self.tr("Unit of the area field"),
            options=[name for name, _ in AREA_UNITS],
            defaultValue=0,
        )
        unit.setHelp(self.tr("ha (default), m² (e.g. surfcom_m2) or km²."))
        self.addParameter(unit)

        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Consumption per territory"), QgsProcessing.SourceType.TypeVector
        )
        output.setHelp(
            self.tr(
                "One row per group: key, nb_communes, period, naf_m2, naf_ha, one column per "
                "destination (m²), annual_mean_m2, share_pct."
            )
        )
        self.addParameter(output)

    # -- Validation -----------------------------------------------------------------------------

    def _field(self, source: QgsProcessingFeatureSource, name: str) -> str:
        index = source.fields().lookupField(name)
        if index < 0:
            raise QgsProcessingException(
                self.tr("{layer}: field {field} does not exist").format(
                    layer=source.sourceName(), field=name
                )
            )
        return source.fields().at(index).name()

    def _gpkg_of(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[Path | None, str]:
        """The GeoPackage file and table behind CONSUMPTION, when it can be read directly."""
        value = parameters.get(self.CONSUMPTION)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit not in (-1, None)
        ):
            return None, ""
        layer = self.parameterAsVectorLayer(parameters, self.CONSUMPTION, context)
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
            return None, ""
        if layer.subsetString():
            return None, ""
        path, _, options = layer.source().partition("|")
        table = ""
        for option in options.split("|"):
            key, _, text = option.partition("=")
            if key == "layername":
                table = text
        if not path.lower().endswith(".gpkg") or not table:
            return None, ""
        return Path(path), table

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        source = self.parameterAsSource(parameters, self.CONSUMPTION, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CONSUMPTION))
        for name in FIELDS_CONSUMPTION:
            self._field(source, name)
        has_release = source.fields().lookupField("release") >= 0
        gpkg, table_name = self._gpkg_of(parameters, context)
        communes = None
        commune_field = group_field = area_field = ""
        if parameters.get(self.COMMUNES):
            communes = self.parameterAsSource(parameters, self.COMMUNES, context)
            if communes is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
            name = self.parameterAsString(parameters, self.COMMUNE_FIELD, context).strip()
            commune_field = self._field(communes, name or "insee")
            name = self.parameterAsString(parameters, self.GROUP_FIELD, context).strip()
            group_field = self._field(communes, name) if name else ""
            name = self.parameterAsString(parameters, self.AREA_FIELD, context).strip()
            if name:
                area_field = self._field(communes, name)
        first = self.parameterAsInt(parameters, self.FIRST_YEAR, context)
        last = self.parameterAsInt(parameters, self.LAST_YEAR, context)
        if first > last:
            raise QgsProcessingException(
                self.tr("The first year ({first}) comes after the last year ({last})").format(
                    first=first, last=last
                )
            )
        unit = self.parameterAsEnum(parameters, self.AREA_UNIT, context)
        return _Inputs(
            source=source,
            layer=source.sourceName(),
            gpkg=gpkg,
            table_name=table_name,
            has_release=has_release,
            release=self.parameterAsString(parameters, self.RELEASE, context).strip(),
            communes=communes,
            commune_field=commune_field,
            group_field=group_field,
            area_field=area_field,
            area_factor=float(AREA_UNITS[unit][1]),
            first=first,
            last=last,
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
            result, release = self._compute(inputs, feedback)
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        for issue in result.issues:
            feedback.pushWarning(issue.message(tr_aula))

        key_name = inputs.group_field or "insee"
        fields = QgsFields()
        fields.append(QgsField(key_name, QVariant.String))
        fields.append(QgsField("nb_communes", QVariant.Int))
        fields.append(QgsField("first_year", QVariant.Int))
        fields.append(QgsField("last_year", QVariant.Int))
        fields.append(QgsField("years", QVariant.Int))
        fields.append(QgsField("naf_m2", QVariant.LongLong))
        fields.append(QgsField("naf_ha", QVariant.Double))
        for destination in result.destinations:
            fields.append(QgsField("{}_m2".format(destination), QVariant.LongLong))
        fields.append(QgsField("annual_mean_m2", QVariant.Double))
        fields.append(QgsField("share_pct", QVariant.Double))
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.Type.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = max(len(result.groups), 1)
        for n, group in enumerate(result.groups, start=1):
            if feedback.isCanceled():
                raise QgsProcessingException(self._cancelled())
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    group.key,
                    len(group.communes),
                    group.first,
                    group.last,
                    group.years,
                    group.naf_m2,
                    group.naf_ha,
                    *(group.sums.get(d) for d in result.destinations),
                    group.annual_mean_m2,
                    group.share_pct,
                ]
            )
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(_READ_SHARE + (100 - _READ_SHARE) * n / total)
        feedback.pushInfo(
            self.tr("{count} group(s), period {first}-{last}, release {release}").format(
                count=len(result.groups),
                first=inputs.first,
                last=inputs.last,
                release=release,
            )
        )
        return {self.OUTPUT: dest_id}

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _choose_release(self, inputs: _Inputs, releases: list[str]) -> str:
        try:
            return choose_release(releases, inputs.release, inputs.layer)
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc

    def _compute(
        self, inputs: _Inputs, feedback: QgsProcessingFeedback
    ) -> tuple[ConsumptionResult, str]:
        if inputs.gpkg is not None and inputs.has_release:
            # Fast path: SQLite sums the period per commune (millions of rows for France).
            releases = cerema_store.read_releases(inputs.gpkg, inputs.table_name)
            release = self._choose_release(inputs, releases)
            self._warn_releases(inputs, releases, release, feedback)
            sums, years = cerema_store.read_period_sums(
                inputs.gpkg,
                release,
                inputs.first,
                inputs.last,
                inputs.table_name,
                is_canceled=feedback.isCanceled,
            )
            check_period(inputs.first, inputs.last, years)
            feedback.setProgress(_READ_SHARE)
            grouping, areas = self._grouping(inputs, sorted(sums), feedback)
            result = aggregate_sums(
                sums, grouping, inputs.first, inputs.last, areas, feedback.isCanceled
            )
            return result, release
        table = self._read_features(inputs, feedback)
        grouping, areas = self._grouping(inputs, table.communes, feedback)
        result = aggregate_consumption(
            table, grouping, inputs.first, inputs.last, areas, feedback.isCanceled
        )
        return result, table.release

    def _warn_releases(
        self, inputs: _Inputs, releases: list[str], chosen: str, feedback: QgsProcessingFeedback
    ) -> None:
        if len(releases) > 1 and not inputs.release:
            feedback.pushWarning(
                self.tr(
                    "{layer} holds several releases ({releases}): the latest, {release}, is used"
                ).format(layer=inputs.layer, releases=", ".join(releases), release=chosen)
            )

    def _read_features(self, inputs: _Inputs, feedback: QgsProcessingFeedback) -> ConsumptionTable:
        source = inputs.source
        fields = source.fields()
        names = [*FIELDS_CONSUMPTION, *(["release"] if inputs.has_release else [])]
        indices = [fields.lookupField(name) for name in names]
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(indices)
        rows: dict[str, list[tuple[str, int, str, int]]] = {}
        total = max(source.featureCount(), 1)
        for n, feature in enumerate(source.getFeatures(request), start=1):
            if feedback.isCanceled():
                raise Cancelled
            values = [_plain(feature.attribute(i)) for i in indices]
            insee, year, destination, m2 = values[:4]
            release = str(values[4]) if inputs.has_release and values[4] is not None else ""
            if insee is None or year is None or destination is None or m2 is None:
                continue
            rows.setdefault(release, []).append(
                (_text(insee) or "", int(year), str(destination), int(m2))
            )
            if n % 10_000 == 0:
                feedback.setProgress(_READ_SHARE * n / total)
        releases = sorted(rows, key=lambda label: (label.split("-")[-1], label))
        release = self._choose_release(inputs, releases)
        self._warn_releases(inputs, releases, release, feedback)
        table = ConsumptionTable(release=release)
        for insee, year, destination, m2 in rows.get(release, []):
            if feedback.isCanceled():
                raise Cancelled
            table.add(insee, year, destination, m2)
        return table

    def _grouping(
        self, inputs: _Inputs, codes: list[str], feedback: QgsProcessingFeedback
    ) -> tuple[dict[str, str | None], dict[str, float | None] | None]:
        if inputs.communes is None:
            return {c: c for c in codes}, None
        source = inputs.communes
        fields = source.fields()
        code_index = fields.lookupField(inputs.commune_field)
        group_index = fields.lookupField(inputs.group_field) if inputs.group_field else -1
        area_index = fields.lookupField(inputs.area_field) if inputs.area_field else -1
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([i for i in (code_index, group_index, area_index) if i >= 0])
        grouping: dict[str, str | None] = {}
        areas: dict[str, float | None] | None = {} if area_index >= 0 else None
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                raise Cancelled
            code = _text(feature.attribute(code_index))
            if code is None:
                continue
            code = code.upper()
            grouping[code] = _text(feature.attribute(group_index)) if group_index >= 0 else code
            if areas is not None:
                area = _plain(feature.attribute(area_index))
                areas[code] = float(area) * inputs.area_factor if area is not None else None
        return grouping, areas
