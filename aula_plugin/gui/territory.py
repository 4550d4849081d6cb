"""The "Open the territory project" and "Choose the working folder" actions."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from ..core.errors import AulaError
from ..gis.territory import prepare_working_copy, read_territory_project
from ..maintenance.migrations import CURRENT_SCHEMA_VERSION, migrate_package, pending_migrations
from ..toolbelt.i18n import tr as tr_core
from ..toolbelt.log import log
from ..toolbelt.settings import PluginSettings


def folder_link(path: Path) -> str:
    """``path`` as a link that opens the folder holding it (the message bar opens file links)."""
    url = QUrl.fromLocalFile(str(Path(path).absolute().parent)).toString()
    return '<a href="{}">{}</a>'.format(html.escape(url, quote=True), html.escape(str(path)))


class TerritoryActions:
    def __init__(self, iface: Any) -> None:
        self.iface = iface

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("TerritoryActions", text)

    def _push(self, text: str, level: Qgis.MessageLevel, duration: int = 0) -> None:
        self.iface.messageBar().pushMessage("AULA", text, level, duration)

    def open_project(self) -> bool:
        """Copy the shipped GeoPackage to the working folder once, then open its project."""
        settings = PluginSettings.load()
        try:
            copy = prepare_working_copy(settings.working_folder)
        except AulaError as exc:
            self._push(exc.message(tr_core), Qgis.Critical)
            return False
        except OSError as exc:
            message = self.tr("Could not copy the territory into the working folder {}: {}")
            self._push(message.format(settings.working_folder, exc.strerror or exc), Qgis.Critical)
            return False
        if copy.created:
            log(self.tr("Working copy of the territory created: {}").format(copy.path))
        self.update_schema(copy.path, copy.schema_version)
        if not read_territory_project(copy.path, QgsProject.instance()):
            message = self.tr("Could not open the project stored in {}")
            self._push(message.format(copy.path), Qgis.Critical)
            return False
        if copy.created:
            message = self.tr("Working copy of the territory created, your edits go there: {}")
        else:
            message = self.tr("Territory project opened from your working copy: {}")
        self._push(message.format(folder_link(copy.path)), Qgis.Info, 15)
        return True

    def ask(self, title: str, question: str) -> bool:
        """A yes/no question (yes by default)."""
        answer = QMessageBox.question(
            self.iface.mainWindow(), title, question, QMessageBox.Yes | QMessageBox.No,
            QMessageBox.Yes,
        )  # fmt: skip
        return answer == QMessageBox.Yes

    def update_schema(self, path: Path, version: int) -> bool:
        """Offer the migrations an older working copy needs; True when it was updated.

        The file is backed up first (named in the message); declined, the data stay as they are.
        """
        try:
            pending = pending_migrations(path)
        except AulaError as exc:
            self._push(exc.message(tr_core), Qgis.Warning, 10)
            return False
        if not pending:
            return False
        steps = "\n".join("• " + tr_core(m.title) for m in pending)
        question = self.tr(
            "Your working copy {path} uses data schema {old}; this version of the plugin uses "
            "schema {new}:\n{steps}\n\nUpdate it now? A backup of the file is made first."
        ).format(path=path, old=version, new=CURRENT_SCHEMA_VERSION, steps=steps)
        if not self.ask(self.tr("Update the territory GeoPackage"), question):
            message = self.tr(
                "{} uses data schema {}, the plugin ships schema {}: data kept as is."
            )
            self._push(message.format(path, version, CURRENT_SCHEMA_VERSION), Qgis.Warning, 10)
            return False
        try:
            result = migrate_package(path)
        except AulaError as exc:
            self._push(exc.message(tr_core), Qgis.Critical)
            return False
        message = self.tr(
            "Working copy updated to data schema {new}; the previous version is saved as {backup}"
        )
        backup = folder_link(result.backup) if result.backup else ""
        self._push(message.format(new=result.to_version, backup=backup), Qgis.Success, 15)
        return True

    def choose_working_folder(self) -> bool:
        """Let the user choose where the working copy of the territory GeoPackage lives."""
        settings = PluginSettings.load()
        title = self.tr("Working folder for the AULA territory GeoPackage")
        folder = QFileDialog.getExistingDirectory(
            self.iface.mainWindow(), title, str(settings.working_folder)
        )
        if not folder:
            return False
        settings.working_folder = Path(folder)
        settings.save()
        message = self.tr("Working folder set to {}: the territory is copied there when opened.")
        self._push(message.format(folder), Qgis.Info, 5)
        return True
