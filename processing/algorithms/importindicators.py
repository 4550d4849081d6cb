"""aula:importindicators: a CSV file of indicators into the indicator tables of the package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import layer_roles as roles
from ...core.indicators.csv_import import load_mapping
from ...core.indicators.package_import import (
    MODES,
    REPLACE,
    PackageImport,
    import_into_package,
)
from ...gis.territory import writable_gpkg
from ..base import AulaAlgorithm

#: codes listed in the log before "…"
_LISTED = 10


def _codes(items: list[tuple[str, str]]) -> str:
    shown = ", ".join("{} {}".format(code, label).strip() for code, label in items[:_LISTED])
    return shown + (", …" if len(items) > _LISTED else "")


class ImportIndicators(AulaAlgorithm):
    INPUT = "INPUT"
    MAPPING = "MAPPING"
    TARGET = "TARGET"
    MODE = "MODE"
    GPKG = "GPKG"
    COMMUNES = "COMMUNES"
    OUTSIDE = "OUTSIDE"
    MISSING = "MISSING"
    VALUES = "VALUES"

    group_key = "indicators"
    LAYER_ROLES = {TARGET: roles.WORKING_COPY}

    def name(self) -> str:
        return "importindicators"

    def displayName(self) -> str:
        return self.tr("Import indicators (CSV)")

    def tags(self) -> list[str]:
        return self.tr(
            "indicator,indicateur,import,csv,insee,comparateur,recensement,census,fiche,"
            "fact sheet,chiffres clés"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        source = QgsProcessingParameterFile(
            self.INPUT,
            self.tr("Indicator file (CSV)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter="CSV (*.csv *.txt *.tsv)",
        )
        source.setHelp(
            self.tr(
                "The INSEE « comparateur de territoires » commune base (recognised from its "
                "header), or any long or wide CSV file described by a mapping."
            )
        )
        self.addParameter(source)
        mapping = QgsProcessingParameterFile(
            self.MAPPING,
            self.tr("Mapping of the file's columns (YAML, optional)"),
            extension="yaml",
            optional=True,
        )
        mapping.setHelp(
            self.tr(
                "Needed for a file that is not the comparateur base: its layout (long or "
                "wide), territory code column, indicators and vintages."
            )
        )
        self.addParameter(mapping)
        target = QgsProcessingParameterFile(
            self.TARGET,
            self.tr("Territory GeoPackage (written)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            extension="gpkg",
        )
        target.setHelp(
            self.tr(
                "Your working copy of the territory GeoPackage (made when you open the "
                "territory project): its communes and parents are used and its indicator "
                "tables written. Never the plugin's own template."
            )
        )
        self.addParameter(target)
        mode = QgsProcessingParameterEnum(
            self.MODE,
            self.tr("Existing indicator tables"),
            [self.tr("Replace their content"), self.tr("Merge (keep the other indicators)")],
            defaultValue=0,
        )
        mode.setHelp(
            self.tr(
                "Replace: the tables then hold this file's figures only. Merge: the figures "
                "already there are kept, those of the same territory, indicator and vintage "
                "replaced, and the parents computed again."
            )
        )
        self.addParameter(mode)
        self.addOutput(QgsProcessingOutputString(self.GPKG, self.tr("Territory GeoPackage")))
        self.addOutput(QgsProcessingOutputNumber(self.COMMUNES, self.tr("Communes written")))
        self.addOutput(
            QgsProcessingOutputNumber(self.OUTSIDE, self.tr("Communes outside the territory"))
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.MISSING, self.tr("Communes missing from the file"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.VALUES, self.tr("Values written")))

    @staticmethod
    def cancelled_message() -> str:
        return QCoreApplication.translate(
            "ImportIndicators", "Cancelled by the user: nothing was written"
        )

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> dict:
        source = self.parameterAsFile(parameters, self.INPUT, context).strip()
        target = self.parameterAsFile(parameters, self.TARGET, context).strip()
        mapping = self.parameterAsFile(parameters, self.MAPPING, context).strip()
        return {
            "path": Path(source),
            "target": writable_gpkg(target),
            "mapping": load_mapping(mapping) if mapping else None,
            "mode": MODES[self.parameterAsEnum(parameters, self.MODE, context)],
        }

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        request = self._prepare(parameters, context)
        done = import_into_package(
            **request,
            progress=lambda share: feedback.setProgress(100 * share),
            is_canceled=feedback.isCanceled,
        )
        self._log(done, request["target"], feedback)
        return {
            self.GPKG: str(request["target"]),
            self.COMMUNES: len(done.written),
            self.OUTSIDE: len(done.outside),
            self.MISSING: len(done.missing),
            self.VALUES: done.rows_written.get("ind_value", 0),
        }

    def _log(self, done: PackageImport, target: Path, feedback: QgsProcessingFeedback) -> None:
        info, warn = feedback.pushInfo, feedback.pushWarning
        kind = self.tr("INSEE comparateur base") if done.comparateur else self.tr("mapped CSV")
        info(
            self.tr("{file} ({kind}, {geo}): {rows} line(s), {communes} commune(s) read").format(
                file=done.file, kind=kind, geo=done.geo_vintage or "-", rows=done.rows,
                communes=done.communes_read,
            )
        )  # fmt: skip
        if done.duplicates:
            info(
                self.tr("{count} line(s) repeating a commune's figures read once").format(
                    count=done.duplicates
                )
            )
        for new, olds in sorted(done.merged.items()):
            info(
                self.tr(
                    "COG {source} → {target}: {olds} merged into {new} (counts summed, rates "
                    "recomputed from their sums)"
                ).format(
                    source=done.source_cog, target=done.target_cog, olds=", ".join(olds), new=new
                )
            )
        if done.merged_not_aggregable:
            warn(
                self.tr(
                    "Not computable for the merged communes (medians), left missing: {ids}"
                ).format(ids=", ".join(done.merged_not_aggregable))
            )
        info(self.tr("{count} commune(s) of the territory written").format(count=len(done.written)))
        if done.outside:
            info(
                self.tr(
                    "{count} commune(s) of the file outside the territory, not written: {codes}"
                ).format(count=len(done.outside), codes=_codes(done.outside))
            )
        if done.missing:
            warn(
                self.tr(
                    "{count} commune(s) of the territory missing from the file (n.d.; their "
                    "parents are not computed): {codes}"
                ).format(count=len(done.missing), codes=_codes(done.missing))
            )
        info(
            self.tr("Indicators: {ids}; vintages: {vintages}").format(
                ids=", ".join(done.indicators),
                vintages=", ".join(v or self.tr("not stated") for v in done.vintages),
            )
        )
        info(
            self.tr(
                "{parents} parent value(s) computed by their rule (ratio of sums for rates), "
                "{flagged} left missing for members without a value"
            ).format(parents=done.parents, flagged=done.flagged)
        )
        for level, code in done.whole_parents:
            info(
                self.tr("{level} {code}: computed from all the communes of the file").format(
                    level=level, code=code
                )
            )
        if done.synthetic_removed:
            info(
                self.tr(
                    "{count} synthetic demonstration value(s) of the same indicators removed"
                ).format(count=done.synthetic_removed)
            )
        info(
            self.tr("{gpkg}: {values} value(s) written in the indicator tables ({mode})").format(
                gpkg=target.name,
                values=done.rows_written.get("ind_value", 0),
                mode=self.tr("replaced") if done.mode == REPLACE else self.tr("merged"),
            )
        )
