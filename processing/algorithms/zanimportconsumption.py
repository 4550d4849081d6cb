"""aula:zanimportconsumption: import the Cerema NAF consumption file into a working GeoPackage."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import AulaError, Cancelled
from ...core.zan import cerema_store
from ...core.zan.cerema import (
    INSEE_RE,
    Anomaly,
    AnomalyKind,
    CeremaData,
    classify_columns,
    convert,
    validate_layout,
)
from ...core.zan.cog import apply_corrections, read_corrections
from ...core.zan.model import DESTINATIONS, TABLE_CONSUMPTION
from ...gis.zan_cerema_io import open_wide, sha256, source_provenance
from ...toolbelt.i18n import tr as tr_aula
from ...toolbelt.paths import PLUGIN_DIR, RESOURCES_DIR, TEMPLATE_GPKG
from ..base import AulaAlgorithm

COG_CORRECTIONS = RESOURCES_DIR / "zan" / "cog_corrections.csv"
_READ_SHARE, _COG_SHARE = 40.0, 5.0
_MAX_WARNINGS = 20


@dataclass
class _Inputs:
    uri: str
    layer_name: str | None
    gpkg: Path
    cog_target: int
    cog_source: int  # 0 = inferred from the file
    communes: QgsProcessingFeatureSource | None
    commune_field: str
    only_listed: bool
    allow_incomplete: bool


class ZanImportConsumption(AulaAlgorithm):
    INPUT = "INPUT"
    LAYER_NAME = "LAYER_NAME"
    COG_YEAR = "COG_YEAR"
    SOURCE_COG = "SOURCE_COG"
    COMMUNES = "COMMUNES"
    COMMUNE_FIELD = "COMMUNE_FIELD"
    ONLY_LISTED = "ONLY_LISTED"
    ALLOW_INCOMPLETE = "ALLOW_INCOMPLETE"
    GPKG = "GPKG"
    OUTPUT = "OUTPUT"
    RELEASE = "RELEASE"
    LAST_YEAR = "LAST_YEAR"
    ROWS = "ROWS"
    COMMUNE_COUNT = "COMMUNE_COUNT"
    ANOMALIES = "ANOMALIES"

    group_key = "zan"

    def name(self) -> str:
        return "zanimportconsumption"

    def displayName(self) -> str:
        return self.tr("Import the Cerema NAF consumption file")

    def tags(self) -> list[str]:
        return self.tr(
            "zan,cerema,consommation,naf,enaf,import,fichiers fonciers,consumption,land take"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        source = QgsProcessingParameterFile(
            self.INPUT,
            self.tr("Cerema consumption file (CSV, shapefile, zip, GeoPackage)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
        )
        source.setHelp(
            self.tr(
                "The file as downloaded from Cerema (CSV with ; or ,, shapefile, zipped "
                "shapefile) or a GeoPackage table written as path.gpkg|layername=name."
            )
        )
        self.addParameter(source)

        layer_name = QgsProcessingParameterString(
            self.LAYER_NAME, self.tr("Layer or table name (multi-layer files)"), optional=True
        )
        layer_name.setHelp(
            self.tr("For a GeoPackage or a zip with several layers: the layer to read.")
        )
        self.addParameter(layer_name)

        cog = QgsProcessingParameterNumber(
            self.COG_YEAR,
            self.tr("Target COG year (commune geography)"),
            QgsProcessingParameterNumber.Type.Integer,
            2024,
            minValue=2009,
            maxValue=2100,
        )
        cog.setHelp(
            self.tr(
                "Year of the Code officiel géographique the communes must follow: the COG "
                "corrections dated after the file's own COG and up to this year are applied."
            )
        )
        self.addParameter(cog)

        source_cog = QgsProcessingParameterNumber(
            self.SOURCE_COG,
            self.tr("COG year of the file (0: from its EPCI column)"),
            QgsProcessingParameterNumber.Type.Integer,
            0,
            minValue=0,
            maxValue=2100,
        )
        source_cog.setHelp(
            self.tr(
                "The commune geography of the file. 0: the year of its epci{NN} column "
                "(epci24 → 2024), else the end year of the release."
            )
        )
        source_cog.setFlags(source_cog.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(source_cog)

        communes = QgsProcessingParameterFeatureSource(
            self.COMMUNES,
            self.tr("Commune layer to check the codes (optional)"),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        communes.setHelp(
            self.tr(
                "Communes at the target COG year. Codes of the file absent from this layer "
                "stop the import (listed), unless only its communes are kept."
            )
        )
        self.addParameter(communes)

        commune_field = QgsProcessingParameterField(
            self.COMMUNE_FIELD,
            self.tr("INSEE code field of the commune layer"),
            defaultValue="insee",
            parentLayerParameterName=self.COMMUNES,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        commune_field.setHelp(self.tr("Field holding the commune codes (default insee)."))
        self.addParameter(commune_field)

        only = QgsProcessingParameterBoolean(
            self.ONLY_LISTED, self.tr("Keep only the communes of the commune layer"), False
        )
        only.setHelp(
            self.tr(
                "Import only the communes of the commune layer (e.g. the 319 communes of the "
                "territory from the national file). Communes of the layer missing from the "
                "file stop the import."
            )
        )
        self.addParameter(only)

        incomplete = QgsProcessingParameterBoolean(
            self.ALLOW_INCOMPLETE,
            self.tr("Accept a release without the whole 2011-2020 decade"),
            False,
        )
        incomplete.setHelp(
            self.tr(
                "The 2009-2020 release stops at naf19art20 and cannot give the reference "
                "consumption 2011-2020. Tick to import it anyway (with a warning)."
            )
        )
        incomplete.setFlags(incomplete.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(incomplete)

        gpkg = QgsProcessingParameterFile(
            self.GPKG,
            self.tr("Working GeoPackage (written)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            extension="gpkg",
        )
        gpkg.setHelp(
            self.tr(
                "An existing GeoPackage you can write to, e.g. your working copy of the "
                "territory GeoPackage (made when you open the territory project). Never the "
                "plugin's own template."
            )
        )
        self.addParameter(gpkg)

        self.addOutput(
            QgsProcessingOutputVectorLayer(
                self.OUTPUT, self.tr("Consumption table"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputString(self.RELEASE, self.tr("Release")))
        self.addOutput(QgsProcessingOutputNumber(self.LAST_YEAR, self.tr("Last year")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Rows written")))
        self.addOutput(QgsProcessingOutputNumber(self.COMMUNE_COUNT, self.tr("Communes")))
        self.addOutput(QgsProcessingOutputNumber(self.ANOMALIES, self.tr("Anomalies")))

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        uri = self.parameterAsString(parameters, self.INPUT, context).strip()
        if not uri:
            raise QgsProcessingException(self.tr("No Cerema file given"))
        layer_name = self.parameterAsString(parameters, self.LAYER_NAME, context).strip() or None
        gpkg_text = self.parameterAsString(parameters, self.GPKG, context).strip()
        if not gpkg_text:
            raise QgsProcessingException(self.tr("No working GeoPackage given"))
        gpkg = Path(gpkg_text.split("|")[0])
        try:
            cerema_store.check_destination(gpkg, TEMPLATE_GPKG, PLUGIN_DIR)
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from None
        communes = None
        commune_field = ""
        if parameters.get(self.COMMUNES):
            communes = self.parameterAsSource(parameters, self.COMMUNES, context)
            if communes is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
            name = self.parameterAsString(parameters, self.COMMUNE_FIELD, context).strip()
            name = name or "insee"
            index = communes.fields().lookupField(name)
            if index < 0:
                raise QgsProcessingException(
                    self.tr("{layer}: field {field} does not exist").format(
                        layer=communes.sourceName(), field=name
                    )
                )
            commune_field = communes.fields().at(index).name()
        only = self.parameterAsBoolean(parameters, self.ONLY_LISTED, context)
        if only and communes is None:
            raise QgsProcessingException(
                self.tr("Keeping only the communes of the commune layer needs a commune layer")
            )
        return _Inputs(
            uri=uri,
            layer_name=layer_name,
            gpkg=gpkg,
            cog_target=self.parameterAsInt(parameters, self.COG_YEAR, context),
            cog_source=self.parameterAsInt(parameters, self.SOURCE_COG, context),
            communes=communes,
            commune_field=commune_field,
            only_listed=only,
            allow_incomplete=self.parameterAsBoolean(parameters, self.ALLOW_INCOMPLETE, context),
        )

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        try:
            return self._run(inputs, feedback)
        except Cancelled:
            raise QgsProcessingException(
                self.tr("Cancelled by the user: nothing was written")
            ) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc

    def _run(self, inputs: _Inputs, feedback: QgsProcessingFeedback) -> dict[str, Any]:
        source = open_wide(inputs.uri, inputs.layer_name)
        name = source.path.name + ("|" + inputs.layer_name if inputs.layer_name else "")
        if source.kind != "csv" and source.path.suffix.lower() == ".gpkg":
            name = "{}|layername={}".format(source.path.name, source.layer)
        layout = classify_columns(source.columns)
        validate_layout(layout, name, require_reference=not inputs.allow_incomplete)
        feedback.pushInfo(
            self.tr("{file}: release {release}, {count} commune(s), destinations {dest}").format(
                file=name,
                release=layout.release,
                count=source.count,
                dest=", ".join(layout.destination_codes),
            )
        )
        missing_ref = [y for y in range(2011, 2021) if y not in layout.annual]
        if missing_ref:
            feedback.pushWarning(
                self.tr(
                    "{file}: the release does not cover the reference decade 2011-2020: the "
                    "reference consumption cannot be computed from it"
                ).format(file=name)
            )
        data = convert(
            source.rows(),
            layout,
            file=name,
            total=source.count,
            progress=lambda f: feedback.setProgress(_READ_SHARE * f),
            is_canceled=feedback.isCanceled,
        )
        cog_source = inputs.cog_source or layout.epci_year or (layout.last_year + 1)
        corrected = apply_corrections(
            data.table,
            read_corrections(COG_CORRECTIONS),
            cog_source,
            inputs.cog_target,
            is_canceled=feedback.isCanceled,
        )
        table = corrected.table
        feedback.setProgress(_READ_SHARE + _COG_SHARE)
        if corrected.applied:
            feedback.pushInfo(
                self.tr("COG {source} → {target}: {count} correction(s) applied").format(
                    source=cog_source, target=inputs.cog_target, count=len(corrected.applied)
                )
            )
        communes = dict(data.communes)
        if inputs.communes is not None:
            listed = self._layer_codes(inputs, feedback)
            self._check_codes(inputs, table.communes, listed, name)
            if inputs.only_listed:
                kept = {insee: table.values[insee] for insee in sorted(listed)}
                dropped = len(table.values) - len(kept)
                table.values.clear()
                table.values.update(kept)
                communes = {k: v for k, v in communes.items() if k in kept}
                feedback.pushInfo(
                    self.tr(
                        "{count} commune(s) of the file outside the commune layer left out"
                    ).format(count=dropped)
                )
        kept_codes = set(table.values)
        anomalies = [
            a
            for a in (*data.anomalies, *corrected.anomalies, *data.c1.failures, *data.c2.failures)
            if a.insee in kept_codes
        ]
        self._report(data, anomalies, name, feedback)
        record = cerema_store.ImportRecord(
            release=layout.release,
            source_file=name,
            sha256=sha256(source.path),
            last_year=layout.last_year,
            cog_source=cog_source,
            cog_target=inputs.cog_target,
            communes=0,
            rows=0,
            anomalies=0,
        )
        total_rows = sum(len(cell) for by in table.values.values() for cell in by.values())
        done = cerema_store.write_import(
            inputs.gpkg,
            table,
            communes.values(),
            anomalies,
            record,
            layout.epci_year,
            total_rows=total_rows,
            lineage=source_provenance(source),
            progress=lambda f: feedback.setProgress(_READ_SHARE + _COG_SHARE + 50.0 * f),
            is_canceled=feedback.isCanceled,
        )
        feedback.pushInfo(
            self.tr(
                "{gpkg}: {rows} row(s) written for {communes} commune(s), release {release}, "
                "last year {last}"
            ).format(
                gpkg=inputs.gpkg.name,
                rows=done.rows,
                communes=done.communes,
                release=done.release,
                last=done.last_year,
            )
        )
        return {
            self.OUTPUT: "{}|layername={}".format(inputs.gpkg, TABLE_CONSUMPTION),
            self.RELEASE: done.release,
            self.LAST_YEAR: done.last_year,
            self.ROWS: done.rows,
            self.COMMUNE_COUNT: done.communes,
            self.ANOMALIES: done.anomalies,
        }

    def _layer_codes(self, inputs: _Inputs, feedback: QgsProcessingFeedback) -> set[str]:
        assert inputs.communes is not None
        index = inputs.communes.fields().lookupField(inputs.commune_field)
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([index])
        codes: set[str] = set()
        for feature in inputs.communes.getFeatures(request):
            if feedback.isCanceled():
                raise Cancelled
            value = feature.attribute(index)
            if isinstance(value, QVariant):
                value = None if value.isNull() else value.value()
            if value is not None and str(value).strip():
                codes.add(str(value).strip().upper())
        return codes

    def _check_codes(
        self, inputs: _Inputs, table_codes: list[str], listed: set[str], name: str
    ) -> None:
        layer = inputs.communes.sourceName() if inputs.communes else ""
        bad = sorted(code for code in listed if not INSEE_RE.match(code))
        if bad:
            raise QgsProcessingException(
                self.tr(
                    "{layer}: {count} value(s) of field {field} are not INSEE codes: {codes}"
                ).format(layer=layer, count=len(bad), field=inputs.commune_field, codes=_few(bad))
            )
        if inputs.only_listed:
            absent = sorted(listed - set(table_codes))
            if absent:
                raise QgsProcessingException(
                    self.tr(
                        "{file}: {count} commune(s) of {layer} are missing from the file "
                        "(after COG corrections): {codes}. Nothing was written"
                    ).format(file=name, count=len(absent), layer=layer, codes=_few(absent))
                )
            return
        unknown = sorted(set(table_codes) - listed)
        if unknown:
            by_dep: dict[str, int] = {}
            for code in unknown:
                by_dep[code[:2]] = by_dep.get(code[:2], 0) + 1
            raise QgsProcessingException(
                self.tr(
                    "{file}: {count} commune code(s) are absent from {layer} (by département: "
                    "{deps}): {codes}. Nothing was written. Tick 'Keep only the communes of "
                    "the commune layer' to import only those communes"
                ).format(
                    file=name,
                    count=len(unknown),
                    layer=layer,
                    deps=", ".join("{} ×{}".format(d, n) for d, n in sorted(by_dep.items())),
                    codes=_few(unknown),
                )
            )

    def _report(
        self,
        data: CeremaData,
        anomalies: list[Anomaly],
        name: str,
        feedback: QgsProcessingFeedback,
    ) -> None:
        negatives = [a for a in anomalies if a.kind == AnomalyKind.NEGATIVE]
        if negatives:
            feedback.pushWarning(
                self.tr(
                    "{file}: {count} negative annual value(s), kept as published (not clipped) "
                    "and listed in zan_consommation_anomalies, e.g. {examples}"
                ).format(
                    file=name,
                    count=len(negatives),
                    examples=_few(
                        [
                            "{} {} {} {} m²".format(a.insee, a.year, a.destination, a.m2)
                            for a in negatives
                        ],
                        5,
                    ),
                )
            )
        missing = [a for a in anomalies if a.kind == AnomalyKind.MISSING]
        if missing:
            feedback.pushWarning(
                self.tr("{file}: {count} empty cell(s): no row written for them").format(
                    file=name, count=len(missing)
                )
            )
        c1 = [a for a in anomalies if a.kind == AnomalyKind.C1]
        feedback.pushInfo(
            self.tr(
                "Check C1 (naf = Σ destinations ± 1 m²): {tested} tested, {failed} exception(s)"
            ).format(tested=data.c1.tested, failed=len(c1))
        )
        if c1:
            feedback.pushWarning(
                self.tr("Check C1 exceptions (listed in the anomalies table): {examples}").format(
                    examples=_few(["{} {}: {}".format(a.insee, a.year, a.detail) for a in c1], 5)
                )
            )
        c2 = [a for a in anomalies if a.kind == AnomalyKind.C2]
        feedback.pushInfo(
            self.tr(
                "Check C2 (annual flows = windows): {tested} tested, {failed} exception(s)"
            ).format(tested=data.c2.tested, failed=len(c2))
        )
        if c2:
            feedback.pushWarning(
                self.tr("Check C2 exceptions (listed in the anomalies table): {examples}").format(
                    examples=_few(["{} {}".format(a.insee, a.detail) for a in c2], 5)
                )
            )
        absent = [d for d in DESTINATIONS if d not in data.layout.destination_codes]
        if absent:
            feedback.pushInfo(
                self.tr("Destinations absent from this release (no rows, not zero): {dest}").format(
                    dest=", ".join(absent)
                )
            )


def _few(items: list[str], limit: int = _MAX_WARNINGS) -> str:
    return ", ".join(items[:limit]) + (" …" if len(items) > limit else "")
