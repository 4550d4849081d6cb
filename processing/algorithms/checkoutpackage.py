"""aula:checkoutpackage: a copy of the territory GeoPackage for offline work, its base kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
)

from ...gis.feedback import step_progress
from ...maintenance.offline import checkout_package
from ..base import AulaAlgorithm


class CheckoutPackage(AulaAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    CHECKOUT_ID = "CHECKOUT_ID"
    BASE = "BASE"

    group_key = "package"

    def name(self) -> str:
        return "checkoutpackage"

    def displayName(self) -> str:
        return self.tr("Check out an offline copy")

    def tags(self) -> list[str]:
        return self.tr(
            "offline,hors ligne,copy,copie,checkout,extraction,terrain,field,réunion,merge,"
            "fusion,geopackage,gpkg,paquet,package"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_package_parameter(
            self.INPUT,
            self.tr("Master GeoPackage"),
            self.tr(
                "The package the offline edits will be merged back into, by default your "
                "working copy. It is only read; a snapshot of it is kept beside it, in the "
                "hidden folder .aula_checkouts, as the base of the merge."
            ),
        )
        copy = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Offline copy"), self.tr("GeoPackage (*.gpkg)")
        )
        copy.setHelp(
            self.tr(
                "The copy to take away and edit (any name and folder): it opens the territory "
                "project with its own layers. Merge it back with « Merge an offline copy »."
            )
        )
        self.addParameter(copy)
        self.addOutput(QgsProcessingOutputString(self.CHECKOUT_ID, self.tr("Checkout")))
        self.addOutput(QgsProcessingOutputString(self.BASE, self.tr("Base snapshot")))

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> Path:
        return Path(self.parameterAsFile(parameters, self.INPUT, context).strip())

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        master = self._prepare(parameters, context)
        # a new file in a hidden folder, moved into place at the end (replacing an older one
        # the dialog asked about)
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        copy = Path(target)

        progress = step_progress(feedback)

        done = checkout_package(master, copy, progress)
        feedback.pushInfo(
            self.tr("Offline copy {copy} of {master} (checkout {checkout}); base: {base}").format(
                copy=self.user_path(str(done.copy)),
                master=master,
                checkout=done.checkout_id,
                base=done.base,
            )
        )
        return {self.OUTPUT: target, self.CHECKOUT_ID: done.checkout_id, self.BASE: str(done.base)}
