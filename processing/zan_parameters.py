"""Parameters shared by the ZAN algorithms that read the long consumption table."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterString
from qgis.PyQt.QtCore import QCoreApplication

RELEASE = "RELEASE"


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
