"""aula:updatelayer: replace or append a layer of the territory GeoPackage from a source file,
validated first (a dry run by default), then written all or nothing after a backup."""

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
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...__about__ import __version__
from ...gis.feedback import step_progress
from ...maintenance.imports import MODES, REASONS, apply_import, plan_import
from ...maintenance.layer_specs import layer_names
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

#: the table of rejections: (name, kind); the names are stable (scripts read them)
FIELDS = (("reason", "text"), ("count", "int"), ("examples", "text"), ("detail", "text"))
COUNTS = ("added", "removed", "changed", "unchanged", "rejected")


class UpdateLayer(AulaAlgorithm):
    PACKAGE = "PACKAGE"
    LAYER = "LAYER"
    SOURCE = "SOURCE"
    SOURCE_LAYER = "SOURCE_LAYER"
    MODE = "MODE"
    KEY = "KEY"
    RELEASE = "RELEASE"
    DRY_RUN = "DRY_RUN"
    SKIP_REJECTED = "SKIP_REJECTED"
    OUTPUT = "OUTPUT"
    BACKUP = "BACKUP"

    group_key = "package"

    def name(self) -> str:
        return "updatelayer"

    def displayName(self) -> str:
        return self.tr("Update a layer of the package")

    def tags(self) -> list[str]:
        return self.tr(
            "import,importer,update,mettre à jour,millésime,release,OCS GE,replace,remplacer,"
            "append,ajouter,provenance,paquet,package,geopackage"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_package_parameter(
            self.PACKAGE,
            self.tr("Territory GeoPackage to update"),
            self.tr("By default your working copy of the territory GeoPackage."),
        )
        layer = QgsProcessingParameterString(self.LAYER, self.tr("Layer of the package"))
        layer.setHelp(self.tr("Importable layers: {}").format(", ".join(layer_names())))
        self.addParameter(layer)
        self.addParameter(
            QgsProcessingParameterFile(
                self.SOURCE,
                self.tr("Source file (GeoPackage, shapefile, GeoJSON...)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SOURCE_LAYER, self.tr("Layer of the source file"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE,
                self.tr("Mode"),
                options=[self.tr("Replace the layer's content"), self.tr("Append to the layer")],
                defaultValue=0,
            )
        )
        key = QgsProcessingParameterString(self.KEY, self.tr("Key field"), optional=True)
        key.setHelp(self.tr("Empty: the layer's usual key (e.g. insee for the communes)."))
        self.addParameter(key)
        self.addParameter(
            QgsProcessingParameterString(
                self.RELEASE, self.tr("Release of the source (e.g. 2024)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.DRY_RUN, self.tr("Dry run only (write nothing)"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.SKIP_REJECTED,
                self.tr("Import the accepted features, leaving the rejected ones out"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Rejected features"), QgsProcessing.TypeVector
            )
        )
        for name in COUNTS:
            self.addOutput(QgsProcessingOutputNumber(name.upper(), name))
        self.addOutput(QgsProcessingOutputString(self.BACKUP, self.tr("Backup")))

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> dict[str, Any]:
        return {
            "package": Path(self.parameterAsFile(parameters, self.PACKAGE, context).strip()),
            "layer": self.parameterAsString(parameters, self.LAYER, context).strip(),
            "source": Path(self.parameterAsFile(parameters, self.SOURCE, context).strip()),
            "source_layer": self.parameterAsString(parameters, self.SOURCE_LAYER, context) or None,
            "mode": MODES[self.parameterAsEnum(parameters, self.MODE, context)],
            "key": self.parameterAsString(parameters, self.KEY, context).strip() or None,
        }

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        progress = step_progress(feedback)

        dry_run = self.parameterAsBoolean(parameters, self.DRY_RUN, context)
        backup = ""
        with plan_import(progress=progress, **self._prepare(parameters, context)) as plan:
            for line in plan.summary(tr_aula):
                feedback.pushInfo(line)
            sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, FIELDS)
            for reason, (count, examples, detail) in plan.rejections.items():
                feature = QgsFeature()
                feature.setAttributes([reason, count, ", ".join(examples), detail])
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
                feedback.pushWarning(tr_aula(REASONS[reason]).format(detail=detail))
            counts = dict(plan.counts)
            if dry_run:
                feedback.pushInfo(self.tr("Dry run: nothing was written."))
            else:
                result = apply_import(
                    plan,
                    release=self.parameterAsString(parameters, self.RELEASE, context),
                    tool_version="AULA Territoires " + __version__,
                    skip_rejected=self.parameterAsBoolean(parameters, self.SKIP_REJECTED, context),
                    progress=progress,
                )
                backup = str(result.backup or "")
                feedback.pushInfo(
                    self.tr("{written} feature(s) written into {layer}; backup: {backup}").format(
                        written=result.written, layer=result.layer, backup=backup
                    )
                )
        return {
            self.OUTPUT: dest_id,
            self.BACKUP: backup,
            **{name.upper(): counts.get(name, 0) for name in COUNTS},
        }
