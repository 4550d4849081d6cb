"""The "AULA" Processing provider (id ``aula``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..__about__ import __version__
from ..toolbelt.paths import icon_path
from .algorithms import algorithm_classes


class AulaProvider(QgsProcessingProvider):
    ID = "aula"

    def id(self) -> str:
        return self.ID

    def name(self) -> str:
        return "AULA"

    def longName(self) -> str:
        return self.tr("AULA Territoires {}").format(__version__)

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def svgIconPath(self) -> str:
        return icon_path()

    def versionInfo(self) -> str:
        return __version__

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
