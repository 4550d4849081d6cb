"""aula:scotimportplu: import a PLU/PLUi in the CNIG standard (or a CNIG PPR) into a GeoPackage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import layer_roles as roles
from ...core.zan.cerema import Note
from ...gis.scot_cnig import ANOMALIES_TABLE, CnigSource, find_sources, import_cnig
from ...gis.territory import working_copy_path, writable_gpkg
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

#: the table loaded as the algorithm's output (the zoning, or the PPR regulatory zones)
MAIN_TABLES = ("zone_urba", "ppr_zonereglementaireurba_s")


class ScotImportPlu(AulaAlgorithm):
    INPUT = "INPUT"
    GPKG = "GPKG"
    OUTPUT = "OUTPUT"
    TABLES = "TABLES"
    FEATURES = "FEATURES"
    ANOMALIES = "ANOMALIES"
    INVALID = "INVALID"

    group_key = "scot"
    LAYER_ROLES = {GPKG: roles.WORKING_COPY}
    OUTPUT_STYLES = {OUTPUT: "cnig_zonage.qml"}

    def name(self) -> str:
        return "scotimportplu"

    def displayName(self) -> str:
        return self.tr("Import a PLU in the CNIG standard")

    def tags(self) -> list[str]:
        return self.tr(
            "plu,plui,cnig,zone_urba,prescription,information,ppr,pprt,gpu,géoportail de "
            "l'urbanisme,scot,import,zonage,zoning"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        source = QgsProcessingParameterFile(
            self.INPUT,
            self.tr("CNIG PLU (a shapefile of its folder, or a GeoPackage) or CNIG PPR"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=self.tr("CNIG tables (*.shp *.SHP *.dbf *.DBF *.gpkg);;All files (*)"),
        )
        source.setHelp(
            self.tr(
                "Any shapefile of the PLU folder (every CNIG table of the folder is read: "
                "ZONE_URBA, PRESCRIPTION_SURF/LIN/PCT, INFO_SURF/LIN/PCT, DOC_URBA), the folder "
                "itself, or a GeoPackage holding these tables or those of a CNIG PPR."
            )
        )
        self.addParameter(source)

        gpkg = QgsProcessingParameterFile(
            self.GPKG,
            self.tr("Working GeoPackage (written; empty: your working copy)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            extension="gpkg",
            optional=True,
        )
        gpkg.setHelp(
            self.tr(
                "An existing GeoPackage you can write to. Empty: your working copy of the "
                "territory GeoPackage. Never the plugin's own template."
            )
        )
        self.addParameter(gpkg)

        self.addOutput(
            QgsProcessingOutputVectorLayer(
                self.OUTPUT, self.tr("Imported zoning"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputString(self.TABLES, self.tr("Tables written")))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURES, self.tr("Features written")))
        self.addOutput(
            QgsProcessingOutputNumber(self.ANOMALIES, self.tr("Departures from the standard"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.INVALID, self.tr("Invalid geometries")))

    def tables_to_open(self, results: dict[str, Any]) -> list[tuple[str, str]]:
        """What the import wrote, added to the project by a run from the dialog: the zoning
        first (styled as the output), then the other tables and the anomalies."""
        output = str(results.get(self.OUTPUT) or "")
        tables = [t for t in str(results.get(self.TABLES) or "").split(",") if t]
        if not output or not tables:
            return []
        gpkg = output.split("|")[0]
        main = output.split("layername=")[-1]
        others = [t for t in [*tables, ANOMALIES_TABLE] if t != main]
        return [(gpkg, t) for t in [main, *others]]

    @staticmethod
    def cancelled_message() -> str:
        # an import writes all or nothing: it says so
        return QCoreApplication.translate(
            "ScotImportPlu", "Cancelled by the user: nothing was written"
        )

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[list[CnigSource], Path]:
        source = self.parameterAsString(parameters, self.INPUT, context).strip()
        if not source:
            raise QgsProcessingException(self.tr("No CNIG PLU or PPR given"))
        if not Path(source).exists():
            raise QgsProcessingException(
                self.tr("{path}: no such file or folder").format(path=source)
            )
        sources = find_sources(source)
        gpkg_text = self.parameterAsString(parameters, self.GPKG, context).strip()
        if not gpkg_text:
            gpkg_text = str(working_copy_path())
            if not Path(gpkg_text).is_file():
                raise QgsProcessingException(
                    self.tr(
                        "{path}: your working copy does not exist yet: open the territory "
                        "project once (AULA menu) or choose a GeoPackage"
                    ).format(path=gpkg_text)
                )
        return sources, writable_gpkg(gpkg_text)

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        _sources, gpkg = self._prepare(parameters, context)
        gpkg = gpkg.absolute()
        source = self.parameterAsString(parameters, self.INPUT, context).strip()

        def notify(note: Note) -> None:
            push = feedback.pushWarning if note.warning else feedback.pushInfo
            push(note.message(tr_aula))

        done = import_cnig(
            source,
            gpkg,
            notify=notify,
            progress=feedback.setProgress,
            is_canceled=feedback.isCanceled,
            translate=tr_aula,
        )
        features = sum(done.tables.values())
        feedback.pushInfo(
            self.tr(
                "{gpkg}: {tables} table(s) written, {features} feature(s), {issues} departure(s) "
                "from the standard, {invalid} invalid geometry(ies) (listed in {anomalies})"
            ).format(
                gpkg=gpkg.name,
                tables=len(done.tables),
                features=features,
                issues=done.issues,
                invalid=done.invalid,
                anomalies=ANOMALIES_TABLE,
            )
        )
        main = next((t for t in MAIN_TABLES if t in done.tables), "")
        return {
            self.OUTPUT: f"{gpkg}|layername={main}" if main else None,
            self.TABLES: ",".join(done.tables),
            self.FEATURES: features,
            self.ANOMALIES: done.issues,
            self.INVALID: done.invalid,
        }
