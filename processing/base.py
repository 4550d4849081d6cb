"""Small base class shared by every AULA algorithm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.paths import HELP_DIR, icon_path


class AulaAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define name(), displayName(), group_key, initAlgorithm() and processAlgorithm().

    Translations use the subclass's own class name as context (that is what pylupdate5 records for
    ``self.tr`` calls written in the subclass); texts written here use the "AulaAlgorithm" context.
    """

    #: group id (stable, ASCII) -> English display name, marked for pylupdate5, translated at use
    GROUPS = {
        "indicators": QT_TRANSLATE_NOOP("AulaAlgorithm", "Indicators"),
        "tvb": QT_TRANSLATE_NOOP("AulaAlgorithm", "Green and blue network"),
        "centralities": QT_TRANSLATE_NOOP("AulaAlgorithm", "Centralities"),
        "zan": QT_TRANSLATE_NOOP("AulaAlgorithm", "ZAN"),
        "scot": QT_TRANSLATE_NOOP("AulaAlgorithm", "SCoT compatibility"),
    }
    group_key = "indicators"

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self) -> AulaAlgorithm:
        return type(self)()

    def groupId(self) -> str:
        return self.group_key

    def group(self) -> str:
        return QCoreApplication.translate("AulaAlgorithm", self.GROUPS[self.group_key])

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def svgIconPath(self) -> str:
        return icon_path()

    def helpUrl(self) -> str:
        return Path(HELP_DIR / "index.html").as_uri()

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> Any:
        """Validate and resolve the parameters, raising QgsProcessingException naming the input.

        processAlgorithm calls it too; checkParameterValues runs it first so that the dialog and
        qgis_process refuse bad input before anything starts.
        """
        return None

    def checkParameterValues(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[bool, str]:
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self._prepare(parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        return True, ""
