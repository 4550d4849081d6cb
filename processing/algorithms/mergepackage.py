"""aula:mergepackage: the edits of an offline copy merged back into the master with pygeodiff."""

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
    QgsProcessingParameterFileDestination,
)

from ...__about__ import __version__
from ...gis.feedback import step_progress
from ...gis.territory import writable_gpkg
from ...maintenance import offline
from ..base import AulaAlgorithm

#: the conflicts table's fields: (name, kind); the names are stable (scripts read them)
FIELDS = tuple((name, "text") for name in offline.REPORT_FIELDS)
#: the POLICY choices, in the order of the dialog's list
POLICIES = (offline.STOP, offline.MASTER, offline.COPY)


class MergePackage(AulaAlgorithm):
    INPUT = "INPUT"
    COPY = "COPY"
    POLICY = "POLICY"
    CHOICES = "CHOICES"
    DRY_RUN = "DRY_RUN"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    APPLIED = "APPLIED"
    CONFLICTS = "CONFLICTS"
    UNRESOLVED = "UNRESOLVED"
    BACKUP = "BACKUP"

    group_key = "package"

    def name(self) -> str:
        return "mergepackage"

    def displayName(self) -> str:
        return self.tr("Merge an offline copy")

    def tags(self) -> list[str]:
        return self.tr(
            "offline,hors ligne,merge,fusion,conflict,conflit,rebase,pygeodiff,geodiff,diff,"
            "copy,copie,geopackage,gpkg,paquet,package"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_package_parameter(
            self.INPUT,
            self.tr("Master GeoPackage (written)"),
            self.tr(
                "The package the copy was checked out from, by default your working copy. A "
                "backup of it is made before it is written."
            ),
        )
        copy = QgsProcessingParameterFile(
            self.COPY,
            self.tr("Offline copy"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            extension="gpkg",
        )
        copy.setHelp(self.tr("The copy made by « Check out an offline copy »; it is only read."))
        self.addParameter(copy)
        policy = QgsProcessingParameterEnum(
            self.POLICY,
            self.tr("Conflicts"),
            [
                self.tr("Stop: merge nothing while a conflict is undecided"),
                self.tr("Keep the master's version"),
                self.tr("Keep the copy's version"),
            ],
            defaultValue=0,
        )
        policy.setHelp(
            self.tr(
                "A conflict: the same field of the same feature edited in both packages, or a "
                "feature edited in one and deleted in the other. Every other edit is merged."
            )
        )
        self.addParameter(policy)
        choices = QgsProcessingParameterFile(
            self.CHOICES,
            self.tr("Choices per conflict (the report, CSV or JSON; optional)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=self.tr("Conflict report (*.csv *.json)"),
            optional=True,
        )
        choices.setHelp(
            self.tr(
                "The conflict report of a dry run with its resolution column set to master or "
                "copy (maître, copie): those conflicts are decided so, the others by the policy."
            )
        )
        self.addParameter(choices)
        dry_run = QgsProcessingParameterBoolean(
            self.DRY_RUN, self.tr("Dry run: list the changes and conflicts only"), False
        )
        dry_run.setHelp(self.tr("Nothing is written to the master."))
        self.addParameter(dry_run)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Conflicts"), QgsProcessing.TypeVector
            )
        )
        report = QgsProcessingParameterFileDestination(
            self.REPORT,
            self.tr("Conflict report"),
            self.tr("CSV (*.csv);;JSON (*.json)"),
            optional=True,
            createByDefault=False,
        )
        report.setHelp(
            self.tr(
                "Table, feature, field, base, master and copy values and resolution of each "
                "conflict; edit its resolution column and give it back as the choices."
            )
        )
        self.addParameter(report)
        self.addOutput(QgsProcessingOutputNumber(self.APPLIED, self.tr("Merged (1) or not (0)")))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICTS, self.tr("Conflicts")))
        self.addOutput(QgsProcessingOutputNumber(self.UNRESOLVED, self.tr("Undecided conflicts")))
        self.addOutput(QgsProcessingOutputString(self.BACKUP, self.tr("Backup of the master")))

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> dict:
        offline.load_geodiff()  # checked when the merge runs, never when the plugin loads
        master = writable_gpkg(self.parameterAsFile(parameters, self.INPUT, context).strip())
        copy = Path(self.parameterAsFile(parameters, self.COPY, context).strip())
        choices_file = self.parameterAsFile(parameters, self.CHOICES, context).strip()
        return {
            "master": master,
            "copy": copy,
            "policy": POLICIES[self.parameterAsEnum(parameters, self.POLICY, context)],
            "choices": offline.read_choices(choices_file) if choices_file else None,
            "dry_run": self.parameterAsBoolean(parameters, self.DRY_RUN, context),
        }

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        options = self._prepare(parameters, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) or None

        progress = step_progress(feedback)

        result = offline.merge_package(
            report=report, tool_version=__version__, progress=progress, **options
        )
        self._log(result, feedback)
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, FIELDS)
        for conflict in result.conflicts:
            row = conflict.as_row()
            feature = QgsFeature()
            feature.setAttributes(
                [None if row[n] is None else str(row[n]) for n in offline.REPORT_FIELDS]
            )
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        outputs = {
            self.OUTPUT: dest_id,
            self.APPLIED: int(result.applied),
            self.CONFLICTS: len(result.conflicts),
            self.UNRESOLVED: len(result.unresolved),
            self.BACKUP: str(result.backup or ""),
        }
        if report:
            outputs[self.REPORT] = report
        return outputs

    def _log(self, result: offline.MergeResult, feedback: QgsProcessingFeedback) -> None:
        line = self.tr("{table}: {inserted} added, {updated} changed, {deleted} deleted")
        for title, changes in (
            (self.tr("Edits of the copy:"), result.copy_changes),
            (self.tr("Edits of the master since the checkout:"), result.master_changes),
        ):
            feedback.pushInfo(title)
            for t in changes:
                counts = {"inserted": t.inserted, "updated": t.updated, "deleted": t.deleted}
                feedback.pushInfo("  " + line.format(table=t.table, **counts))
            if not changes:
                feedback.pushInfo("  " + self.tr("none"))
        for c in result.conflicts:
            text = self.tr(
                "Conflict {table} {key} {field}: base {base!r}, master {master!r}, copy {copy!r}"
                " -> {resolution}"
            ).format(**{**c.as_row(), "resolution": c.resolution or self.tr("undecided")})
            feedback.pushWarning(text)
        if result.applied:
            feedback.pushInfo(
                self.tr("Merged into {master}; backup: {backup}").format(
                    master=result.master, backup=result.backup
                )
            )
        elif result.dry_run:
            feedback.pushInfo(self.tr("Dry run: the master was not written"))
        elif result.unresolved:
            feedback.reportError(
                self.tr(
                    "{count} conflict(s) undecided: nothing was merged. Choose a policy or "
                    "give the choices per conflict"
                ).format(count=len(result.unresolved)),
                fatalError=False,
            )
        else:
            feedback.pushInfo(self.tr("The copy has no edit: nothing to merge"))
