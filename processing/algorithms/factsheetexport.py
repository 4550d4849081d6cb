"""aula:factsheetexport: the fact sheet of every commune of a territory, one PDF each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core import layer_roles as roles
from ...core.indicators.sheets import default_sheet, load_sheet
from ...gis.fact_sheet_export import ExportInputs, export_sheets, prepare, sheet_contents
from ..base import AulaAlgorithm, help_language


class FactSheetExport(AulaAlgorithm):
    TERRITORIES = "TERRITORIES"
    TERRITORY = "TERRITORY"
    SHEET = "SHEET"
    INDICATORS = "INDICATORS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    COUNT = "COUNT"
    SHEETS_OF = "SHEETS_OF"

    group_key = "indicators"
    LAYER_ROLES = {TERRITORIES: roles.COMMUNES}

    def name(self) -> str:
        return "factsheetexport"

    def displayName(self) -> str:
        return self.tr("Export the communes' fact sheets")

    def tags(self) -> list[str]:
        return self.tr(
            "fact sheet,fiche,chiffres clés,key figures,PDF,layout,commune,epci,indicator"
        ).split(",")

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        # layouts, their project and the map layers they draw live in the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        territories = QgsProcessingParameterVectorLayer(
            self.TERRITORIES,
            self.tr("Communes (territory GeoPackage)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        territories.setHelp(
            self.tr(
                "The commune table of the AULA territory GeoPackage or of its working copy: the "
                "communes' parents and the indicator tables are read from that GeoPackage."
            )
        )
        self.addParameter(territories)
        territory = QgsProcessingParameterString(
            self.TERRITORY, self.tr("Territory (code)"), defaultValue="200072460"
        )
        territory.setHelp(
            self.tr(
                "Code of the territory whose communes get a sheet: an EPCI SIREN, a SCoT, pôle "
                "or agency id, a département; a commune's INSEE code gives its sheet alone."
            )
        )
        self.addParameter(territory)
        sheet = QgsProcessingParameterFile(
            self.SHEET,
            self.tr("Sheet definition (YAML, optional)"),
            extension="yaml",
            optional=True,
        )
        sheet.setHelp(self.tr("Empty: the default sheet « Chiffres clés »."))
        self.addParameter(sheet)
        indicators = QgsProcessingParameterFile(
            self.INDICATORS,
            self.tr("Other indicator GeoPackage (optional)"),
            extension="gpkg",
            optional=True,
        )
        indicators.setHelp(
            self.tr("A GeoPackage holding indicator tables, read besides the communes' own.")
        )
        self.addParameter(indicators)
        folder = QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")
        )
        folder.setHelp(self.tr("Receives one PDF per commune, named after its INSEE code."))
        self.addParameter(folder)
        sheets_of = QgsProcessingParameterEnum(
            self.SHEETS_OF,
            self.tr("Sheets of"),
            options=[self.tr("each commune of the territory"), self.tr("the territory itself")],
            defaultValue=0,
        )
        sheets_of.setHelp(
            self.tr(
                "Each commune of the territory gets its sheet, or the territory gets one sheet "
                "(an EPCI compared with its SCoT, the agency's area and the département)."
            )
        )
        self.addParameter(sheets_of)
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Number of sheets")))

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> ExportInputs:
        layer = self.geopackage_layer(parameters, self.TERRITORIES, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TERRITORIES))
        code = self.parameterAsString(parameters, self.TERRITORY, context).strip()
        if not code:
            raise QgsProcessingException(self.tr("Give the territory code (TERRITORY)"))
        indicators = self.parameterAsFile(parameters, self.INDICATORS, context).strip()
        whole = self.parameterAsEnum(parameters, self.SHEETS_OF, context) == 1
        return prepare(layer, code, Path(indicators) if indicators else None, whole)

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        path = self.parameterAsFile(parameters, self.SHEET, context).strip()
        sheet = load_sheet(path) if path else default_sheet()
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        feedback.pushInfo(
            self.tr("{territory}: {count} sheet(s)").format(
                territory=inputs.base.label(inputs.territory), count=len(inputs.sheets)
            )
        )
        contents = sheet_contents(inputs, sheet, help_language(), feedback.isCanceled)
        feedback.setProgress(10)
        try:
            written = export_sheets(
                inputs,
                contents,
                folder,
                progress=lambda share: feedback.setProgress(10 + 89 * share),
                is_canceled=feedback.isCanceled,
            )
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("The sheets could not be written to {path}: {error}").format(
                    path=str(folder), error=str(exc)
                )
            ) from exc
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{count} sheet(s) written to {path}").format(
                count=len(written), path=str(folder)
            )
        )
        return {self.OUTPUT_FOLDER: str(folder), self.COUNT: len(written)}
