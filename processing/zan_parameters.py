"""Parameters shared by the ZAN algorithms that read the long consumption table."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

RELEASE = "RELEASE"
CONSUMPTION = "CONSUMPTION"
COMMUNES = "COMMUNES"
COMMUNE_FIELD = "COMMUNE_FIELD"
GROUP_FIELD = "GROUP_FIELD"


class ZanParameters:
    """Builders of shared parameters; also the translation context of their texts."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ZanParameters", text)

    @classmethod
    def release(cls) -> QgsProcessingParameterString:
        """Which Cerema release of the long table to read (core.zan.model.choose_release)."""
        label = ZanParameters.tr("Cerema release (if the table holds several)")
        parameter = QgsProcessingParameterString(RELEASE, label, optional=True)
        parameter.setHelp(
            ZanParameters.tr(
                "Release label such as 2009-2024. Empty: the most recent release of the table, "
                "with a warning when it holds several."
            )
        )
        parameter.setFlags(parameter.flags() | QgsProcessingParameterString.Flag.FlagAdvanced)
        return parameter

    # The families below keep each algorithm's own label and help (passed translated by the
    # algorithm) and share the kind, default and parent of the parameter.

    @staticmethod
    def consumption_table(
        label: str, help_text: str, name: str = CONSUMPTION
    ) -> QgsProcessingParameterFeatureSource:
        """The long consumption table zan_consommation written by aula:zanimportconsumption."""
        parameter = QgsProcessingParameterFeatureSource(
            name, label, [QgsProcessing.SourceType.TypeVector]
        )
        parameter.setHelp(help_text)
        return parameter

    @staticmethod
    def commune_layer(
        label: str, help_text: str, name: str = COMMUNES, optional: bool = False
    ) -> QgsProcessingParameterFeatureSource:
        """A layer or table with one feature per commune (code, group, area...)."""
        parameter = QgsProcessingParameterFeatureSource(
            name, label, [QgsProcessing.SourceType.TypeVector], optional=optional
        )
        parameter.setHelp(help_text)
        return parameter

    @staticmethod
    def commune_field(
        label: str, help_text: str, name: str = COMMUNE_FIELD, parent: str = COMMUNES
    ) -> QgsProcessingParameterField:
        """The INSEE code field of the commune layer (default insee)."""
        parameter = QgsProcessingParameterField(
            name,
            label,
            defaultValue="insee",
            parentLayerParameterName=parent,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        parameter.setHelp(help_text)
        return parameter

    @staticmethod
    def territory_field(
        label: str, help_text: str, name: str = GROUP_FIELD, parent: str = COMMUNES
    ) -> QgsProcessingParameterField:
        """The field grouping communes into territories (EPCI, SCoT...); empty: per commune."""
        parameter = QgsProcessingParameterField(
            name,
            label,
            parentLayerParameterName=parent,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        parameter.setHelp(help_text)
        return parameter
