"""aula:zanconsumption: NAF consumption per commune, EPCI, SCoT, pôle or any grouping."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core import layer_roles as roles
from ...core.errors import AulaError
from ...core.zan.consumption import NO_COMMUNE, output_fields, output_row
from ...core.zan.model import FIELDS_CONSUMPTION, M2_PER_HA, REFERENCE_FIRST, REFERENCE_LAST
from ...gis.fields import field_name, make_fields
from ...gis.zan_consumption_io import (
    READ_SHARE,
    ConsumptionRequest,
    compute_consumption,
    direct_gpkg_table,
    group_names,
)
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..zan_parameters import ZanParameters

#: AREA_UNIT choices → m² per unit
AREA_UNITS = (("ha", M2_PER_HA), ("m²", 1), ("km²", 1_000_000))


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
    LAYER_ROLES = {CONSUMPTION: roles.CONSUMPTION, COMMUNES: roles.COMMUNES}

    def name(self) -> str:
        return "zanconsumption"

    def displayName(self) -> str:
        return self.tr("NAF consumption per territory")

    def tags(self) -> list[str]:
        return self.tr(
            "zan,cerema,consommation,naf,enaf,epci,scot,période,référence,consumption,period"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(
            ZanParameters.consumption_table(
                self.tr(
                    "The long table written by the import: insee, annee, destination, surface_m2 "
                    "(and release)."
                ),
                self.tr("Consumption table (zan_consommation)"),
            )
        )
        self.addParameter(ZanParameters.release())
        self.addParameter(
            ZanParameters.communes(
                self.tr(
                    "Layer or table with one feature per commune, its code, its group (EPCI, "
                    "SCoT, pôle...) and its area. Empty: one row per commune of the table, no "
                    "share."
                ),
                self.tr("Commune layer (membership and area)"),
                optional=True,
            )
        )
        self.addParameter(
            ZanParameters.insee_field(
                self.tr("Field of the commune layer with the INSEE code."),
                name=self.COMMUNE_FIELD,
            )
        )
        self.addParameter(
            ZanParameters.territory_field(
                self.tr("Group field (empty: per commune)"),
                self.tr(
                    "Field of the commune layer giving each commune's group (epci_siren, "
                    "scot_id, pole_id, or any custom grouping). Empty: one row per commune."
                ),
            )
        )

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
                "destination (m²), annual_mean_m2, share_pct, nom (the group's name)."
            )
        )
        self.addParameter(output)

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> ConsumptionRequest:
        source = self.parameterAsSource(parameters, self.CONSUMPTION, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CONSUMPTION))
        for name in FIELDS_CONSUMPTION:
            field_name(source.fields(), source.sourceName(), name)
        has_release = source.fields().lookupField("release") >= 0
        gpkg, table_name = direct_gpkg_table(
            parameters.get(self.CONSUMPTION),
            self.parameterAsVectorLayer(parameters, self.CONSUMPTION, context),
        )
        communes = None
        commune_field = group_field = area_field = ""
        if parameters.get(self.COMMUNES):
            communes = self.parameterAsSource(parameters, self.COMMUNES, context)
            if communes is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
            name = self.parameterAsString(parameters, self.COMMUNE_FIELD, context).strip()
            commune_field = field_name(communes.fields(), communes.sourceName(), name or "insee")
            name = self.parameterAsString(parameters, self.GROUP_FIELD, context).strip()
            group_field = field_name(communes.fields(), communes.sourceName(), name) if name else ""
            name = self.parameterAsString(parameters, self.AREA_FIELD, context).strip()
            if name:
                area_field = field_name(
                    communes.fields(), communes.sourceName(), name, numeric=True
                )
            if communes.featureCount() == 0:
                raise AulaError(NO_COMMUNE, layer=communes.sourceName())
        first = self.parameterAsInt(parameters, self.FIRST_YEAR, context)
        last = self.parameterAsInt(parameters, self.LAST_YEAR, context)
        if first > last:
            raise QgsProcessingException(
                self.tr("The first year ({first}) comes after the last year ({last})").format(
                    first=first, last=last
                )
            )
        unit = self.parameterAsEnum(parameters, self.AREA_UNIT, context)
        return ConsumptionRequest(
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

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        request = self._prepare(parameters, context)
        result, release = compute_consumption(request, feedback)
        for issue in result.issues:
            feedback.pushWarning(issue.message(tr_aula))
        fields = make_fields(output_fields(request.group_field or "insee", result.destinations))
        names = group_names(request, feedback)
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields)
        total = max(len(result.groups), 1)
        for n, group in enumerate(result.groups, start=1):
            self.check_cancelled(feedback)
            feature = QgsFeature(fields)
            feature.setAttributes(output_row(group, result.destinations, names))
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(READ_SHARE + (100 - READ_SHARE) * n / total)
        feedback.pushInfo(
            self.tr("{count} group(s), period {first}-{last}, release {release}").format(
                count=len(result.groups),
                first=request.first,
                last=request.last,
                release=release,
            )
        )
        return {self.OUTPUT: dest_id}
