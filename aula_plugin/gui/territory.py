"""The "Open the territory project" action."""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import AulaError
from ..gis.territory import prepare_working_copy, read_territory_project
from ..toolbelt.i18n import tr
from ..toolbelt.log import log
from ..toolbelt.settings import PluginSettings


def _tr(text: str) -> str:
    return QCoreApplication.translate("TerritoryAction", text)


def open_territory_project(iface: Any) -> bool:
    """Copy the shipped GeoPackage to the working folder once, then open the project it holds."""
    settings = PluginSettings.load()
    bar = iface.messageBar()
    try:
        copy = prepare_working_copy(settings.working_folder)
    except (AulaError, OSError) as exc:
        message = exc.message(tr) if isinstance(exc, AulaError) else str(exc)
        bar.pushMessage("AULA", message, Qgis.Critical, 0)
        return False
    if copy.created:
        log(_tr("Working copy of the territory created: {}").format(copy.path))
    if copy.outdated:
        bar.pushMessage(
            "AULA",
            _tr(
                "Your working GeoPackage {} uses schema {}, the plugin ships schema {}: "
                "your data is kept as it is."
            ).format(copy.path, copy.schema_version, copy.template_schema_version),
            Qgis.Warning,
            10,
        )
    if not read_territory_project(copy.path, QgsProject.instance()):
        bar.pushMessage(
            "AULA",
            _tr("Could not open the project stored in {}").format(copy.path),
            Qgis.Critical,
            0,
        )
        return False
    return True
