"""aula:checkpackage: the integrity of a territory GeoPackage, problem by problem with its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
)

from ...gis.feedback import step_progress
from ...maintenance.integrity import ERROR, check_package
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

#: the table's fields: (name, kind); the names are stable (scripts read them)
FIELDS = (
    ("check", "text"),
    ("severity", "text"),
    ("table", "text"),
    ("detail", "text"),
    ("fix", "text"),
)


class CheckPackage(AulaAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"

    group_key = "package"

    def name(self) -> str:
        return "checkpackage"

    def displayName(self) -> str:
        return self.tr("Check the territory GeoPackage")

    def tags(self) -> list[str]:
        return self.tr(
            "integrity,intégrité,check,vérifier,geopackage,gpkg,index spatial,spatial index,"
            "rtree,schéma,schema,paquet,package,corruption"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_package_parameter(
            self.INPUT,
            self.tr("GeoPackage to check"),
            self.tr(
                "By default your working copy of the territory GeoPackage; any GeoPackage can "
                "be checked. It is only read, never written."
            ),
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Problems found"), QgsProcessing.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, self.tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Warnings")))

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> Path:
        return Path(self.parameterAsFile(parameters, self.INPUT, context).strip())

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        path = self._prepare(parameters, context)

        progress = step_progress(feedback)

        report = check_package(path, progress)
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, FIELDS)
        for problem in report.problems:
            detail, fix = problem.texts(tr_aula)
            feature = QgsFeature()
            feature.setAttributes([problem.check, problem.severity, problem.table, detail, fix])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            where = f"{problem.table}: " if problem.table else ""
            line = f"[{problem.check}] {where}{detail} — {fix}"
            if problem.severity == ERROR:
                feedback.reportError(line, fatalError=False)
            else:
                feedback.pushWarning(line)
        errors = len(report.errors)
        warnings = len(report.problems) - errors
        if report.problems:
            summary = self.tr("{path}: {errors} error(s), {warnings} warning(s)")
            feedback.pushInfo(summary.format(path=path, errors=errors, warnings=warnings))
        else:
            feedback.pushInfo(self.tr("{path}: no problem found").format(path=path))
        return {self.OUTPUT: dest_id, self.ERRORS: errors, self.WARNINGS: warnings}
