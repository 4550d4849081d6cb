"""aula:scotcompatibility: check subjects (a PLU zoning, projects) against a SCoT rule file."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ...core.errors import QT_TRANSLATE_NOOP, AulaError
from ...core.scot import findings_layer as fl
from ...core.scot import status as st
from ...core.scot.loader import NOTE_BUILTIN, load_rules_file
from ...gis.fields import make_fields
from ...gis.scot_checks import run_checks
from ...gis.sinks import write_features
from ...gis.territory import working_copy_path
from ...toolbelt.i18n import tr as tr_aula
from ...toolbelt.paths import RESOURCES_DIR
from ..base import AulaAlgorithm, help_language

DEMO_RULES = RESOURCES_DIR / "scot" / "regles_scot_demo.yaml"
# fmt: off
NO_REPORT_MODULE = QT_TRANSLATE_NOOP("aula",
    "{path}: the SCoT report cannot be written by this version of the plugin (its report module "
    "is missing); run again without REPORT")
# fmt: on


class ScotCompatibility(AulaAlgorithm):
    SUBJECTS = "SUBJECTS"
    RULES = "RULES"
    REFERENCES = "REFERENCES"
    OUTPUT = "OUTPUT"
    OUTPUT_LINES = "OUTPUT_LINES"
    JSONL = "JSONL"
    REPORT = "REPORT"
    COUNTS = {
        st.PASS: "PASS",
        st.WARNING: "WARNING",
        st.FAIL: "FAIL",
        st.NOT_APPLICABLE: "NOT_APPLICABLE",
        st.NOT_EVALUABLE: "NOT_EVALUABLE",
    }

    group_key = "scot"
    OUTPUT_STYLES = {OUTPUT: "scot_findings.qml", OUTPUT_LINES: "scot_findings_lines.qml"}

    def name(self) -> str:
        return "scotcompatibility"

    def displayName(self) -> str:
        return self.tr("Check compatibility with the SCoT")

    def tags(self) -> list[str]:
        return self.tr(
            "scot,doo,daacl,compatibilité,compatibility,plu,plui,oap,tvb,zan,densité,règles,"
            "rules,findings,constats"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        p = QgsProcessingParameterVectorLayer(
            self.SUBJECTS, self.tr("Layer to check (PLU zoning, projects)"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry],
        )  # fmt: skip
        p.setHelp(
            self.tr(
                "The subjects of the rules: a zoning (ZONE_URBA), OAP or projects, in a projected "
                "CRS. Other subject layers the rule file names are read from the same GeoPackage."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFile(
            self.RULES, self.tr("SCoT rule file (YAML)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=self.tr("SCoT rule files (*.yaml *.yml)"), defaultValue=str(DEMO_RULES),
        )  # fmt: skip
        p.setHelp(self.tr("Default: the synthetic demo rule set shipped with the plugin."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(
            self.REFERENCES,
            self.tr("Reference GeoPackage (empty: the subjects' or your working copy)"),
            behavior=QgsProcessingParameterFile.Behavior.File, extension="gpkg", optional=True,
        )  # fmt: skip
        p.setHelp(
            self.tr(
                "Where the rule file's tables (SCoT model, communes) and AULA results (found "
                "through its results register) are read."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("SCoT findings"), QgsProcessing.SourceType.TypeVectorPolygon
        )
        p.setHelp(self.tr("One row per rule × subject × scope; the geometry is the evidence."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("SCoT findings: shortest lines"),
            QgsProcessing.SourceType.TypeVectorLine, None, True,
        )  # fmt: skip
        p.setHelp(self.tr("The line to the nearest reference feature of the distance tests."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.JSONL, self.tr("Findings (JSONL)"), self.tr("JSON lines (*.jsonl)"), None, True
        )
        p.setHelp(self.tr("Byte-identical for the same inputs, apart from the run time."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report (HTML or PDF)"),
            self.tr("HTML files (*.html);;PDF files (*.pdf)"), None, True,
        )  # fmt: skip
        self.addParameter(p)
        for status, name in self.COUNTS.items():
            label = tr_aula(st.STATUS_LABELS[status])
            self.addOutput(QgsProcessingOutputNumber(name, self.tr("Findings: {status}").format(
                status=label)))  # fmt: skip

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> tuple:
        layer = self.parameterAsVectorLayer(parameters, self.SUBJECTS, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SUBJECTS))
        rules = self.parameterAsFile(parameters, self.RULES, context).strip() or str(DEMO_RULES)
        if not Path(rules).is_file():
            raise QgsProcessingException(self.tr("{path}: no such rule file").format(path=rules))
        ruleset = load_rules_file(rules)
        references = self.parameterAsFile(parameters, self.REFERENCES, context).strip() or None
        if references and not Path(references).is_file():
            raise QgsProcessingException(
                self.tr("{path}: no such GeoPackage").format(path=references)
            )
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report and Path(report).suffix.lower() not in (".html", ".htm", ".pdf"):
            raise QgsProcessingException(
                self.tr("{path}: the report is an .html or .pdf file").format(path=report)
            )
        return layer, Path(rules), ruleset, references

    # -- Run ------------------------------------------------------------------------------------

    def _sink(self, parameters, name, context, kind, feedback, checked, geometry_of) -> str:
        fields = make_fields(fl.COLUMNS)
        crs = QgsCoordinateReferenceSystem("EPSG:2154")
        sink, dest = self.output_sink(parameters, name, context, fields, kind, crs)
        features = []
        for item in checked:
            self.check_cancelled(feedback)
            geometry = geometry_of(item)
            if geometry is None:
                continue
            feature = QgsFeature(fields)
            values = fl.row(item.finding)
            feature.setAttributes([values[n] for n in fl.NAMES])
            feature.setGeometry(geometry)
            features.append(feature)
        write_features(sink, features, self.parameterDefinition(name).description())
        return dest

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        from ...gis.scot_measures import as_line, as_multipolygon

        layer, rules, ruleset, references = self._prepare(parameters, context)
        if ruleset.validator != "jsonschema":
            feedback.pushInfo(tr_aula(NOTE_BUILTIN))
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        write_report = None
        if report:
            try:
                from ...gis.scot_report import write_report
            except ImportError:
                raise AulaError(NO_REPORT_MODULE, path=report) from None
        share = 0.8 if report else 0.95
        result = run_checks(
            ruleset, layer, rules.parent, working_copy_path(), references,
            context.transformContext(), tr_aula,
            progress=lambda f: feedback.setProgress(100.0 * share * f),
            is_canceled=feedback.isCanceled,
        )  # fmt: skip
        feedback.pushInfo(  # never silent: REFERENCES, the subjects' package or the working copy
            self.tr("Reference tables read from {where}").format(where=result.references.name)
        )
        for warning in result.warnings:
            feedback.pushWarning(warning)
        polygon, line = QgsWkbTypes.Type.MultiPolygon, QgsWkbTypes.Type.MultiLineString
        results: dict[str, Any] = {
            self.OUTPUT: self._sink(parameters, self.OUTPUT, context, polygon, feedback,
                                    result.checked, lambda c: as_multipolygon(c.area)),
        }  # fmt: skip
        if parameters.get(self.OUTPUT_LINES):
            lines = [c for c in result.checked if c.line is not None]
            results[self.OUTPUT_LINES] = self._sink(
                parameters, self.OUTPUT_LINES, context, line, feedback, lines,
                lambda c: as_line(c.line),
            )  # fmt: skip
        jsonl = self.parameterAsFileOutput(parameters, self.JSONL, context)
        if jsonl:
            utc = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            st.write_jsonl(jsonl, result.findings, result.run, utc)
            results[self.JSONL] = jsonl
        if write_report is not None:
            write_report(
                report, result.findings, ruleset, subjects=layer, language=help_language(),
                progress=lambda f: feedback.setProgress(80.0 + 20.0 * f),
                is_canceled=feedback.isCanceled,
            )  # fmt: skip
            results[self.REPORT] = report
        totals = dict.fromkeys(st.STATUSES, 0)
        for finding in result.findings:
            totals[finding.status] += 1
        for status, name in self.COUNTS.items():
            results[name] = totals[status]
        feedback.pushInfo(
            self.tr(
                "{count} finding(s): {passed} respected, {warned} to be examined, {failed} "
                "deviation(s), {na} not applicable, {ne} not evaluable (never counted as "
                "respected)"
            ).format(count=len(result.findings), passed=totals[st.PASS],
                     warned=totals[st.WARNING], failed=totals[st.FAIL],
                     na=totals[st.NOT_APPLICABLE], ne=totals[st.NOT_EVALUABLE])
        )  # fmt: skip
        feedback.pushInfo(tr_aula(st.LEGAL_CAUTION))
        return results
