"""aula:zanartificialisation: OCS GE artificialised stock per territory and millésime, and flows."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
)

from ...core import layer_roles as roles
from ...core.zan import ocsge
from ...core.zan.artificialisation import FLOW_FIELDS, STOCK_FIELDS
from ...gis.overlay import (
    field_name,
    overlay_names,
    read_communes,
    required_features,
    table_sink,
)
from ...gis.zan_artificialisation import OcsLayer, artificialisation_tables, ocs_layers
from ..base import AulaAlgorithm
from ..zan_parameters import COMMUNES, GROUP_FIELD, INSEE_FIELD, OCSGE, ZanParameters, is_given

METHOD_IGN, METHOD_MATRIX = 0, 1


class ZanArtificialisation(AulaAlgorithm):
    OCSGE = OCSGE
    COMMUNES = COMMUNES
    INSEE_FIELD = INSEE_FIELD
    GROUP_FIELD = GROUP_FIELD
    METHOD = "METHOD"
    STOCK = "STOCK"
    FLOWS = "FLOWS"

    group_key = "zan"
    LAYER_ROLES = {OCSGE: roles.OCSGE, COMMUNES: roles.COMMUNES}

    def name(self) -> str:
        return "zanartificialisation"

    def displayName(self) -> str:
        return self.tr("Artificialisation from OCS GE (stock and flows)")

    def tags(self) -> list[str]:
        return self.tr(
            "zan,ocsge,ocs ge,artificialisation,renaturation,imperméabilisation,millésime,flux"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(ZanParameters.ocsge_millesimes())
        self.addParameter(ZanParameters.communes(polygons=True))
        self.addParameter(
            ZanParameters.insee_field(
                self.tr("Commune code; its first two digits give the département.")
            )
        )
        self.addParameter(
            ZanParameters.territory_field(
                self.tr("Territory field (empty: per commune)"),
                self.tr("Field grouping communes into territories, e.g. epci_siren."),
            )
        )
        method = QgsProcessingParameterEnum(
            self.METHOD,
            self.tr("Artificialised status"),
            [self.tr("IGN artif field"), self.tr("Raw CS × US matrix (approximation)")],
            defaultValue=METHOD_IGN,
        )
        method.setHelp(
            self.tr("IGN's artif field is authoritative; the raw matrix ignores thresholds.")
        )
        self.addParameter(method)
        stock = QgsProcessingParameterFeatureSink(
            self.STOCK, self.tr("Artificialised stock"), QgsProcessing.SourceType.TypeVector
        )
        stock.setHelp(self.tr("One row per territory, département and millésime."))
        self.addParameter(stock)
        flows = QgsProcessingParameterFeatureSink(
            self.FLOWS,
            self.tr("Artificialisation flows"),
            QgsProcessing.SourceType.TypeVector,
            optional=True,
        )
        flows.setHelp(self.tr("One row per territory, département and millésime pair."))
        self.addParameter(flows)

    def _prepare(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[QgsProcessingFeatureSource, str, str | None, list[OcsLayer], int]:
        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        if communes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
        required_features(communes)
        insee = field_name(
            communes, self.parameterAsString(parameters, self.INSEE_FIELD, context), "insee"
        )
        group = field_name(communes, self.parameterAsString(parameters, self.GROUP_FIELD, context))
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        layers = self.parameterAsLayerList(parameters, self.OCSGE, context)
        if not layers:
            raise QgsProcessingException(self.tr("No OCS GE layer was given"))
        return (
            communes,
            insee or "insee",
            group,
            ocs_layers(layers, method == METHOD_IGN, context),
            method,
        )

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        source, insee_field, group_field, layers, method = self._prepare(parameters, context)
        communes = read_communes(source, insee_field, group_field, context, feedback)
        names = overlay_names(source, insee_field, group_field, feedback)
        matrix = ocsge.load_matrix() if method == METHOD_MATRIX else None
        if matrix is not None:
            feedback.pushInfo(
                self.tr("Raw CS × US matrix, version {version} (approximation)").format(
                    version=matrix.version
                )
            )
        # a dialog gives an output definition, not a string: is_given, not parameterAsString
        flows_wanted = is_given(parameters, self.FLOWS)
        stock_rows, flow_rows = artificialisation_tables(
            communes, layers, matrix, flows_wanted, context, feedback, names
        )
        results = {
            self.STOCK: table_sink(
                self, parameters, self.STOCK, context, STOCK_FIELDS, stock_rows, feedback
            )
        }
        if flows_wanted:
            results[self.FLOWS] = table_sink(
                self, parameters, self.FLOWS, context, FLOW_FIELDS, flow_rows, feedback
            )
        feedback.pushInfo(
            self.tr("{count} stock row(s) and {flows} flow row(s) written").format(
                count=len(stock_rows), flows=len(flow_rows)
            )
        )
        return results
