"""One logging helper over QgsMessageLog (tag "AULA"), so nothing uses print()."""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

TAG = "AULA"


def log(message: str, level: Qgis.MessageLevel = Qgis.Info) -> None:
    QgsMessageLog.logMessage(message, TAG, level)


def warning(message: str) -> None:
    log(message, Qgis.Warning)
