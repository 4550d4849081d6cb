"""Dock for indicator fact sheets (placeholder until the fact-sheet issue lands)."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget


class FactSheetDock(QgsDockWidget):
    OBJECT_NAME = "AulaFactSheetDock"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("AULA fact sheets"), parent)
        self.setObjectName(self.OBJECT_NAME)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        note = QLabel(
            self.tr(
                "Indicator fact sheets comparing a territory with its parents will appear here. "
                "Meanwhile, use Processing > AULA > Indicators > Aggregate indicators."
            ),
            body,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setWidget(body)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FactSheetDock", text)
