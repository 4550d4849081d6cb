"""Parameters shared by the ZAN algorithms: the long consumption table, communes, OCS GE."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

RELEASE = "RELEASE"
#: the communes overlaid with OCS GE or projects, their INSEE code and territory fields
COMMUNES = "COMMUNES"
INSEE_FIELD = "INSEE_FIELD"
GROUP_FIELD = "GROUP_FIELD"
#: OCS GE millésime layer(s)
OCSGE = "OCSGE"


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

    # -- communes and territories (polygons overlaid by aula:zanartificialisation, zanprojects) --

    @classmethod
    def commune_polygons(cls) -> QgsProcessingParameterFeatureSource:
        """The commune polygons (COMMUNES)."""
        parameter = QgsProcessingParameterFeatureSource(
            COMMUNES,
            ZanParameters.tr("Communes"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        parameter.setHelp(ZanParameters.tr("Commune polygons with their INSEE code."))
        return parameter

    @classmethod
    def insee_field(cls, help_text: str) -> QgsProcessingParameterField:
        """The INSEE code field of COMMUNES (default insee); ``help_text`` says what it is for."""
        parameter = QgsProcessingParameterField(
            INSEE_FIELD, ZanParameters.tr("INSEE code field"), "insee", COMMUNES, optional=True
        )
        parameter.setHelp(help_text)
        return parameter

    @classmethod
    def territory_field(
        cls, label: str, help_text: str, default: str | None = None
    ) -> QgsProcessingParameterField:
        """The optional field of COMMUNES grouping communes into territories (GROUP_FIELD)."""
        parameter = QgsProcessingParameterField(
            GROUP_FIELD, label, default, COMMUNES, optional=True
        )
        parameter.setHelp(help_text)
        return parameter

    # -- OCS GE millésimes ------------------------------------------------------------------------

    @classmethod
    def ocsge_millesimes(cls) -> QgsProcessingParameterMultipleLayers:
        """One or more OCS GE layers (OCSGE), e.g. one per département and millésime."""
        parameter = QgsProcessingParameterMultipleLayers(
            OCSGE,
            ZanParameters.tr("OCS GE layers (one or more millésimes)"),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        parameter.setHelp(
            ZanParameters.tr(
                "OCS GE v2 polygon layers (code_cs, code_us, millesime; artif for the IGN "
                "method), e.g. one per département and millésime."
            )
        )
        return parameter

    @classmethod
    def ocsge_millesime(cls) -> QgsProcessingParameterFeatureSource:
        """One optional OCS GE millésime (OCSGE) giving the already artificialised land."""
        parameter = QgsProcessingParameterFeatureSource(
            OCSGE,
            ZanParameters.tr("OCS GE millésime (already artificialised land)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            None,
            True,
        )
        parameter.setHelp(
            ZanParameters.tr("Its artificialised part is excluded from the projects.")
        )
        return parameter
