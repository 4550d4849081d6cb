"""Parameters shared by the TVB algorithms, so that their names, defaults and help stay the same."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.tvb.subnetworks import LABELS, SUBNETWORKS
from ..toolbelt.i18n import tr as tr_aula

SUBNETWORK = "SUBNETWORK"
COST_UNITS = "COST_UNITS"
RESERVOIRS = "RESERVOIRS"
ID_FIELD = "ID_FIELD"
CAPACITY_FIELD = "CAPACITY_FIELD"
D0 = "D0"
P0 = "P0"


class TvbParameters:
    """Builders of shared parameters; also the translation context of their texts."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("TvbParameters", text)

    @staticmethod
    def subnetwork_options() -> list[str]:
        """The sub-network names in the user's language, in the order of SUBNETWORKS."""
        return [tr_aula(LABELS[key]) for key in SUBNETWORKS]

    @staticmethod
    def subnetwork(help_text: str) -> QgsProcessingParameterEnum:
        """The sub-network (an index into SUBNETWORKS), first one by default."""
        parameter = QgsProcessingParameterEnum(
            SUBNETWORK,
            TvbParameters.tr("Sub-network"),
            options=TvbParameters.subnetwork_options(),
            defaultValue=0,
        )
        parameter.setHelp(help_text)
        return parameter

    @staticmethod
    def cost_units() -> QgsProcessingParameterEnum:
        """0 = friction × metres (our default), 1 = friction × cells (GRASS, BioDispersal)."""
        parameter = QgsProcessingParameterEnum(
            COST_UNITS,
            TvbParameters.tr("Cost units"),
            options=[
                TvbParameters.tr("metres (friction × map units)"),
                TvbParameters.tr("cells (friction × cells, as GRASS r.cost and BioDispersal)"),
            ],
            defaultValue=0,
        )
        parameter.setHelp(TvbParameters.tr("Metres = cells × cell size."))
        return parameter

    @staticmethod
    def reservoir_id(parent: str, label: str) -> QgsProcessingParameterField:
        parameter = QgsProcessingParameterField(
            ID_FIELD,
            label,
            defaultValue="id",
            parentLayerParameterName=parent,
            optional=True,  # QGIS 3.22 refuses a missing value even with a default
        )
        parameter.setHelp(TvbParameters.tr("Unique identifier, used in from_id and to_id."))
        return parameter

    @staticmethod
    def capacity(parent: str) -> QgsProcessingParameterField:
        parameter = QgsProcessingParameterField(
            CAPACITY_FIELD,
            TvbParameters.tr("Capacity field (empty: area in ha)"),
            parentLayerParameterName=parent,
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        )
        parameter.setHelp(
            TvbParameters.tr("Patch capacity a_i, for example a quality-weighted area.")
        )
        return parameter

    @staticmethod
    def kernel() -> list[QgsProcessingParameterNumber]:
        """d0 and p0 of the dispersal kernel p = exp(−α d), α = −ln(p0) / d0."""
        d0 = QgsProcessingParameterNumber(
            D0,
            TvbParameters.tr("Reference distance d0 (cost units)"),
            QgsProcessingParameterNumber.Double,
            10000.0,
            minValue=0.0,
        )
        d0.setHelp(
            TvbParameters.tr("Least-cost distance at which the dispersal probability is p0.")
        )
        p0 = QgsProcessingParameterNumber(
            P0,
            TvbParameters.tr("Probability p0 at d0"),
            QgsProcessingParameterNumber.Double,
            0.5,
            minValue=0.0,
            maxValue=1.0,
        )
        p0.setHelp(TvbParameters.tr("0.5 at the median dispersal distance, 0.05 at the maximum."))
        return [d0, p0]

    @staticmethod
    def reservoirs(
        label: str, help_text: str, optional: bool = False
    ) -> QgsProcessingParameterFeatureSource:
        """The RESERVOIRS polygon layer (patches of the graph)."""
        parameter = QgsProcessingParameterFeatureSource(
            RESERVOIRS, label, [QgsProcessing.TypeVectorPolygon], optional=optional
        )
        parameter.setHelp(help_text)
        return parameter

    @staticmethod
    def patch_fields(id_label: str) -> list[QgsProcessingParameterDefinition]:
        """The identifier and capacity fields of RESERVOIRS, as the patch graph reads them."""
        return [
            TvbParameters.reservoir_id(RESERVOIRS, id_label),
            TvbParameters.capacity(RESERVOIRS),
        ]
