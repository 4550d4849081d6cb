"""The "Open the territory project" action."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog

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
    except AulaError as exc:
        bar.pushMessage("AULA", exc.message(tr), Qgis.Critical, 0)
        return False
    except OSError as exc:
        message = _tr("Could not copy the territory GeoPackage into the working folder {}: {}")
        bar.pushMessage(
            "AULA", message.format(settings.working_folder, exc.strerror or exc), Qgis.Critical, 0
        )
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


def choose_working_folder(iface: Any) -> bool:
    """Let the user choose where the working copy of the territory GeoPackage lives."""
    settings = PluginSettings.load()
    folder = QFileDialog.getExistingDirectory(
        iface.mainWindow(),
        _tr("Working folder for the AULA territory GeoPackage"),
        str(settings.working_folder),
    )
    if not folder:
        return False
    settings.working_folder = Path(folder)
    settings.save()
    bar = iface.messageBar()
    bar.pushMessage(
        "AULA",
        _tr(
            "Working folder set to {}: the territory will be copied there when you open it."
        ).format(folder),
        Qgis.Info,
        5,
    )
    return True
