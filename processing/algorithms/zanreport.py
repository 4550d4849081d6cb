"""aula:zanreport: the triennial local report on land consumption (L.2231-1, R.2231-1 CGCT)."""

from __future__ import annotations

import datetime as dt
import math
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QVariant

from ...__about__ import __version__
from ...core.errors import AulaError, Cancelled
from ...core.zan import report as rp
from ...core.zan.model import TOTAL, ConsumptionTable
from ...core.zan.rates import load_rates
from ...core.zan.report_charts import consumption_chart, trajectory_chart
from ...core.zan.report_writers import to_html, write_csv, write_odt
from ...core.zan.trajectory import GUARANTEE_M2, compute_trajectory
from ...toolbelt.i18n import tr as tr_aula
from ...toolbelt.paths import RESOURCES_DIR
from ..base import AulaAlgorithm
from ..zan_parameters import ZanParameters

#: the rates table shipped with the plugin (REGION_32 = 54.47 %, sourced)
SHIPPED_RATES = RESOURCES_DIR / "zan" / "taux_reduction.csv"
CONSUMPTION_FIELDS = ("insee", "annee", "destination", "surface_m2")
COMMUNE_FIELDS = ("insee", "nom", "surface_ha")
STOCK_FIELDS = ("territory", "millesime", "artif_m2", "impermeable_m2")
FLOW_FIELDS = (
    "territory",
    "millesime_1",
    "millesime_2",
    "artificialisation_m2",
    "renaturation_m2",
    "net_m2",
)
FILE_PREFIX = "rapport_triennal_"


def _plain(value: Any) -> Any:
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def _key_text(value: Any) -> str:
    """Codes are compared as text, so 62041 (integer) matches "62041" (text)."""
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass
class _Inputs:
    consumption: QgsProcessingFeatureSource
    consumption_name: str
    cons_fields: dict[str, str]
    release_field: str | None
    communes: QgsProcessingFeatureSource
    communes_name: str
    territory_field: str
    territory: str
    kind: str
    name_override: str
    rate: float | None
    rate_source: str
    rates_file: str
    eligible: bool
    release: str
    release_used: str = ""
    stock: QgsProcessingFeatureSource | None = None
    stock_name: str = ""
    flows: QgsProcessingFeatureSource | None = None
    flows_name: str = ""
    folder: str = ""
    communes_uri: str = ""
    communes_provider: str = ""
    gpkg_paths: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class _Provenance:
    synthetic: bool = False
    note: str = ""
    source_file: str = ""
    communes_source: str = ""


class ZanReport(AulaAlgorithm):
    CONSUMPTION = "CONSUMPTION"
    RELEASE = "RELEASE"
    COMMUNES = "COMMUNES"
    TERRITORY_FIELD = "TERRITORY_FIELD"
    TERRITORY = "TERRITORY"
    TERRITORY_NAME = "TERRITORY_NAME"
    RATE = "RATE"
    RATE_SOURCE = "RATE_SOURCE"
    RATES = "RATES"
    ELIGIBLE = "ELIGIBLE"
    ARTIFICIALISATION = "ARTIFICIALISATION"
    ARTIFICIALISATION_FLOWS = "ARTIFICIALISATION_FLOWS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    PDF = "PDF"
    ODT = "ODT"
    CSV = "CSV"
    CHART_CONSUMPTION = "CHART_CONSUMPTION"
    CHART_TRAJECTORY = "CHART_TRAJECTORY"
    MAP = "MAP"

    group_key = "zan"

    def name(self) -> str:
        return "zanreport"

    def displayName(self) -> str:
        return self.tr("Triennial local report on land consumption")

    def tags(self) -> list[str]:
        return self.tr(
            "zan,report,triennial,rapport,triennal,consommation,artificialisation,NAF,L.2231-1"
        ).split(",")

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        # The PDF is laid out by a QGIS print layout whose HTML item renders with QtWebKit, which
        # only loads content in the main thread (measured on QGIS 3.22: one empty page and "Timers
        # can only be used with threads started with QThread" in a worker thread).
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        consumption = QgsProcessingParameterFeatureSource(
            self.CONSUMPTION,
            self.tr("NAF consumption (long table zan_consommation)"),
            [QgsProcessing.SourceType.TypeVector],
        )
        consumption.setHelp(
            self.tr(
                "Table with one row per commune, year and destination: insee, annee, "
                "destination (naf = total, act, hab, mix, rou, fer, inc), surface_m2, as "
                "written by the Cerema import into the working GeoPackage."
            )
        )
        self.addParameter(consumption)

        self.addParameter(ZanParameters.release())

        communes = QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes"), [QgsProcessing.SourceType.TypeVector]
        )
        communes.setHelp(
            self.tr(
                "Commune layer with the fields insee, nom, surface_ha and the membership "
                "fields (epci_siren, epci_nom…), such as the commune layer of the territory "
                "GeoPackage."
            )
        )
        self.addParameter(communes)

        territory_field = QgsProcessingParameterField(
            self.TERRITORY_FIELD,
            self.tr("Territory field"),
            defaultValue="epci_siren",
            parentLayerParameterName=self.COMMUNES,
            type=QgsProcessingParameterField.DataType.Any,
        )
        territory_field.setHelp(
            self.tr(
                "Field of the commune layer selecting the territory: insee for a commune "
                "report, epci_siren for an EPCI report (any other field makes a report on the "
                "group of communes with that value)."
            )
        )
        self.addParameter(territory_field)

        territory = QgsProcessingParameterString(self.TERRITORY, self.tr("Territory code"))
        territory.setHelp(
            self.tr("Value of the territory field: a commune's INSEE code or an EPCI's SIREN.")
        )
        self.addParameter(territory)

        name = QgsProcessingParameterString(
            self.TERRITORY_NAME, self.tr("Territory name (optional)"), optional=True
        )
        name.setHelp(
            self.tr(
                "Name printed in the report. Empty: the commune's nom, or the epci_nom field "
                "of its communes for an EPCI."
            )
        )
        self.addParameter(name)

        rate = QgsProcessingParameterNumber(
            self.RATE,
            self.tr("Reduction rate (%, optional override)"),
            QgsProcessingParameterNumber.Type.Double,
            optional=True,
            maxValue=100.0,
        )
        rate.setHelp(
            self.tr(
                "Per cent of the 2011-2020 consumption to remove in 2021-2031 (54.47 in "
                "Hauts-de-France). Empty: the territory's rate from the rates table, else the "
                "regional 54.47 % with a note in the report."
            )
        )
        self.addParameter(rate)

        rate_source = QgsProcessingParameterString(
            self.RATE_SOURCE, self.tr("Rate source (document, page, date)"), optional=True
        )
        rate_source.setHelp(
            self.tr(
                "Document that sets the rate given in RATE, printed in the report (e.g. SCoT "
                "de l'Artois, DOO p. 42, 2025)."
            )
        )
        self.addParameter(rate_source)

        rates = QgsProcessingParameterFile(
            self.RATES,
            self.tr("Rates table (optional)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            optional=True,
        )
        rates.setHelp(
            self.tr(
                "Rates table (plugin CSV, GeoPackage with zan_taux_reduction, or the JSON of "
                "Mon Diagnostic Artificialisation). Empty: the table shipped with the plugin."
            )
        )
        rates.setFlags(rates.flags() | QgsProcessingParameterFile.Flag.FlagAdvanced)
        self.addParameter(rates)

        eligible = QgsProcessingParameterBoolean(
            self.ELIGIBLE, self.tr("Commune eligible to the 1 ha guarantee"), defaultValue=False
        )
        eligible.setHelp(
            self.tr(
                "Commune reports only: the commune's planning document was prescribed, "
                "arrêté or approved before 22 August 2026 (loi 2023-630), so its envelope is at "
                "least 1 ha. Never assumed."
            )
        )
        self.addParameter(eligible)

        stock = QgsProcessingParameterFeatureSource(
            self.ARTIFICIALISATION,
            self.tr("OCS GE artificialised stock (optional)"),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        stock.setHelp(
            self.tr(
                "Table from aula:zanartificialisation with the fields territory, millesime, "
                "artif_m2, impermeable_m2 (rows of the territory, or of its communes, which are "
                "summed). Empty: sections 2 and 3 say the data is not available."
            )
        )
        self.addParameter(stock)

        flows = QgsProcessingParameterFeatureSource(
            self.ARTIFICIALISATION_FLOWS,
            self.tr("OCS GE flows (optional)"),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        flows.setHelp(
            self.tr(
                "Table from aula:zanartificialisation with the fields territory, millesime_1, "
                "millesime_2, artificialisation_m2, renaturation_m2, net_m2."
            )
        )
        self.addParameter(flows)

        folder = QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")
        )
        folder.setHelp(self.tr("Folder receiving the PDF, ODT, CSV and the two PNG charts."))
        self.addParameter(folder)

        self.addOutput(QgsProcessingOutputFile(self.PDF, self.tr("Report (PDF)")))
        self.addOutput(QgsProcessingOutputFile(self.ODT, self.tr("Editable report (ODT)")))
        self.addOutput(QgsProcessingOutputFile(self.CSV, self.tr("Figures of the report (CSV)")))
        self.addOutput(
            QgsProcessingOutputFile(self.CHART_CONSUMPTION, self.tr("Annual consumption chart"))
        )
        self.addOutput(QgsProcessingOutputFile(self.CHART_TRAJECTORY, self.tr("Trajectory chart")))
        self.addOutput(QgsProcessingOutputFile(self.MAP, self.tr("Map of the territory")))

    # -- Validation -----------------------------------------------------------------------------

    def _fields(
        self, source: QgsProcessingFeatureSource, layer: str, names: tuple[str, ...]
    ) -> dict[str, str]:
        """Expected name -> name as spelled in the layer (case-insensitive); raise if absent."""
        fields = source.fields()
        found: dict[str, str] = {}
        missing = []
        for name in names:
            index = fields.lookupField(name)
            if index < 0:
                missing.append(name)
            else:
                found[name] = fields.at(index).name()
        if missing:
            raise QgsProcessingException(
                self.tr("{layer}: missing field(s) {fields} (expected {expected})").format(
                    layer=layer, fields=", ".join(missing), expected=", ".join(names)
                )
            )
        return found

    def _is_given(self, parameters: dict[str, Any], name: str) -> bool:
        value = parameters.get(name)
        return not (
            value is None or value == "" or (isinstance(value, QVariant) and value.isNull())
        )

    def _gpkg_of(
        self, parameters: dict[str, Any], name: str, context: QgsProcessingContext
    ) -> tuple[str, str] | None:
        """(GeoPackage path, layer name) of a layer parameter, or None if not a GeoPackage."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            return None
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        path = str(parts.get("path") or "")
        if not path.lower().endswith(".gpkg") or not Path(path).is_file():
            return None
        return path, str(parts.get("layerName") or layer.name())

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        gpkg_paths: dict[str, tuple[str, str]] = {}
        for name in (self.CONSUMPTION, self.COMMUNES, self.ARTIFICIALISATION,
                     self.ARTIFICIALISATION_FLOWS):  # fmt: skip
            if self._is_given(parameters, name):
                found = self._gpkg_of(parameters, name, context)
                if found is not None:
                    gpkg_paths[name] = found

        def display(name: str, source: QgsProcessingFeatureSource) -> str:
            """'layer (file.gpkg)' for a GeoPackage layer, else the source's name."""
            if name in gpkg_paths:
                path, layer = gpkg_paths[name]
                return f"{layer} ({Path(path).name})"
            return source.sourceName()

        consumption = self.parameterAsSource(parameters, self.CONSUMPTION, context)
        if consumption is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CONSUMPTION))
        cons_name = display(self.CONSUMPTION, consumption)
        cons_fields = self._fields(consumption, cons_name, CONSUMPTION_FIELDS)
        release_index = consumption.fields().lookupField("release")
        release_field = (
            consumption.fields().at(release_index).name() if release_index >= 0 else None
        )

        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        if communes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
        communes_name = display(self.COMMUNES, communes)
        self._fields(communes, communes_name, COMMUNE_FIELDS)
        field_name = self.parameterAsString(parameters, self.TERRITORY_FIELD, context).strip()
        index = communes.fields().lookupField(field_name)
        if index < 0:
            raise QgsProcessingException(
                self.tr("{layer}: territory field {field} does not exist").format(
                    layer=communes_name, field=field_name
                )
            )
        field_name = communes.fields().at(index).name()
        territory = self.parameterAsString(parameters, self.TERRITORY, context).strip()
        if not territory:
            raise QgsProcessingException(self.tr("Give the territory code (TERRITORY)"))
        kind = rp.KIND_COMMUNE if field_name.lower() == "insee" else rp.KIND_EPCI

        rate: float | None = None
        if self._is_given(parameters, self.RATE):
            rate = self.parameterAsDouble(parameters, self.RATE, context)
            if math.isnan(rate) or rate > 100:
                raise QgsProcessingException(
                    self.tr("Reduction rate {value} % is above 100 %: refused").format(value=rate)
                )
        inputs = _Inputs(
            consumption=consumption,
            consumption_name=cons_name,
            cons_fields=cons_fields,
            release_field=release_field,
            communes=communes,
            communes_name=communes_name,
            territory_field=field_name,
            territory=territory,
            kind=kind,
            name_override=self.parameterAsString(parameters, self.TERRITORY_NAME, context).strip(),
            rate=rate,
            rate_source=self.parameterAsString(parameters, self.RATE_SOURCE, context).strip(),
            rates_file=self.parameterAsFile(parameters, self.RATES, context).strip(),
            eligible=self.parameterAsBool(parameters, self.ELIGIBLE, context),
            release=self.parameterAsString(parameters, self.RELEASE, context).strip(),
        )
        if self._is_given(parameters, self.ARTIFICIALISATION):
            stock = self.parameterAsSource(parameters, self.ARTIFICIALISATION, context)
            if stock is None:
                raise QgsProcessingException(
                    self.invalidSourceError(parameters, self.ARTIFICIALISATION)
                )
            inputs.stock = stock
            inputs.stock_name = display(self.ARTIFICIALISATION, stock)
            self._fields(stock, inputs.stock_name, ("territory", "millesime", "artif_m2"))
        if self._is_given(parameters, self.ARTIFICIALISATION_FLOWS):
            flows = self.parameterAsSource(parameters, self.ARTIFICIALISATION_FLOWS, context)
            if flows is None:
                raise QgsProcessingException(
                    self.invalidSourceError(parameters, self.ARTIFICIALISATION_FLOWS)
                )
            inputs.flows = flows
            inputs.flows_name = display(self.ARTIFICIALISATION_FLOWS, flows)
            self._fields(flows, inputs.flows_name, FLOW_FIELDS)
        inputs.gpkg_paths = gpkg_paths
        layer = self.parameterAsVectorLayer(parameters, self.COMMUNES, context)
        if layer is not None:
            inputs.communes_uri, inputs.communes_provider = layer.source(), layer.providerType()
        return inputs

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        try:
            data = self._report_data(inputs, feedback)
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        self._check_canceled(feedback)
        feedback.setProgress(40)

        folder.mkdir(parents=True, exist_ok=True)
        stem = FILE_PREFIX + rp.territory_slug(data)
        names = {
            self.PDF: f"{stem}.pdf",
            self.ODT: f"{stem}.odt",
            self.CSV: f"{stem}.csv",
            self.CHART_CONSUMPTION: f"{stem}_{rp.CHART_CONSUMPTION}.png",
            self.CHART_TRAJECTORY: f"{stem}_{rp.CHART_TRAJECTORY}.png",
            self.MAP: f"{stem}_{rp.CHART_MAP}.png",
        }
        # Everything is written into a temporary folder first, then moved: a cancel or an error
        # leaves the output folder as it was.
        work = Path(tempfile.mkdtemp(prefix=".zanreport-", dir=folder))
        try:
            images: dict[str, Path] = {}
            territory_map = self._map(inputs, data, work / names[self.MAP], feedback)
            if territory_map is None:
                del names[self.MAP]
            else:
                images[rp.CHART_MAP] = territory_map
                data.has_map = True
            try:
                report = rp.build_report(data)
                images[rp.CHART_CONSUMPTION] = consumption_chart(
                    report.chart_consumption,
                    work / names[self.CHART_CONSUMPTION],
                    synthetic=data.synthetic,
                )
                images[rp.CHART_TRAJECTORY] = trajectory_chart(
                    report.chart_trajectory,
                    work / names[self.CHART_TRAJECTORY],
                    synthetic=data.synthetic,
                )
            except AulaError as exc:
                raise QgsProcessingException(exc.message(tr_aula)) from exc
            self._check_canceled(feedback)
            feedback.setProgress(55)
            write_csv(report, work / names[self.CSV])
            write_odt(report, work / names[self.ODT], images)
            self._check_canceled(feedback)
            feedback.setProgress(65)
            self._write_pdf(report, images, work / names[self.PDF], data, context)
            self._check_canceled(feedback)
            feedback.setProgress(95)
            results: dict[str, Any] = {self.MAP: None}
            for key, filename in names.items():
                target = folder / filename
                (work / filename).replace(target)
                results[key] = str(target)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{territory}: report written to {folder}").format(
                territory=data.territory_name, folder=str(folder)
            )
        )
        results[self.OUTPUT_FOLDER] = str(folder)
        return results

    def _map(
        self, inputs: _Inputs, data: rp.ReportData, path: Path, feedback: QgsProcessingFeedback
    ) -> Path | None:
        """The map of the territory from the commune layer, or None (no geometry, no layer)."""
        from ...gis.zan_report_pdf import render_territory_map

        if not inputs.communes_uri:
            return None
        members = [c.insee for c in data.communes]
        insee = inputs.communes.fields().at(inputs.communes.fields().lookupField("insee")).name()
        found = render_territory_map(
            inputs.communes_uri, inputs.communes_provider, insee, members, path
        )
        if found is None:
            feedback.pushInfo(
                self.tr("{layer}: no polygon geometry: the report has no map").format(
                    layer=inputs.communes_name
                )
            )
        return found

    def _check_canceled(self, feedback: QgsProcessingFeedback) -> None:
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _write_pdf(
        self,
        report: rp.Report,
        images: dict[str, Path],
        path: Path,
        data: rp.ReportData,
        context: QgsProcessingContext,
    ) -> None:
        from ...gis.zan_report_pdf import render_pdf

        footer = f"Rapport triennal — {data.territory_name}"
        try:
            render_pdf(to_html(report, images), path, footer=footer, stamp=report.stamp)
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("The PDF could not be written to {path}: {error}").format(
                    path=str(path), error=str(exc)
                )
            ) from exc

    # -- Reading --------------------------------------------------------------------------------

    def _members(
        self, inputs: _Inputs, feedback: QgsProcessingFeedback
    ) -> tuple[list[tuple[str, str, float | None]], str]:
        """Member communes (insee, nom, surface_ha) and the territory's name from the layer."""
        source = inputs.communes
        fields = source.fields()
        idx = {name: fields.lookupField(name) for name in COMMUNE_FIELDS}
        key_idx = fields.lookupField(inputs.territory_field)
        epci_name_idx = fields.lookupField("epci_nom")
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        members: list[tuple[str, str, float | None]] = []
        group_names: set[str] = set()
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                raise Cancelled
            if _key_text(feature.attribute(key_idx)) != inputs.territory:
                continue
            insee = _key_text(feature.attribute(idx["insee"]))
            area = _plain(feature.attribute(idx["surface_ha"]))
            members.append(
                (
                    insee,
                    str(_plain(feature.attribute(idx["nom"])) or insee),
                    None if area is None else float(area),
                )
            )
            if epci_name_idx >= 0 and (value := _plain(feature.attribute(epci_name_idx))):
                group_names.add(str(value))
        if not members:
            raise QgsProcessingException(
                self.tr("{layer}: no commune has {field} = {value}").format(
                    layer=inputs.communes_name, field=inputs.territory_field, value=inputs.territory
                )
            )
        members.sort()
        if inputs.name_override:
            name = inputs.name_override
        elif inputs.kind == rp.KIND_COMMUNE:
            name = members[0][1]
        elif len(group_names) == 1:
            name = group_names.pop()
        else:
            name = inputs.territory
        return members, name

    def _consumption_rows(
        self, inputs: _Inputs, members: list[str], feedback: QgsProcessingFeedback
    ) -> tuple[ConsumptionTable, str]:
        source = inputs.consumption
        f = inputs.cons_fields
        insee_list = ", ".join(QgsExpression.quotedValue(code) for code in members)
        expression = f"{QgsExpression.quotedColumnRef(f['insee'])} IN ({insee_list})"
        request = QgsFeatureRequest().setFilterExpression(expression)
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        fields = source.fields()
        idx = {key: fields.lookupField(name) for key, name in f.items()}
        rel_idx = fields.lookupField(inputs.release_field) if inputs.release_field else -1
        by_release: dict[str, list[dict[str, object]]] = {}
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                raise Cancelled
            row = {key: _plain(feature.attribute(i)) for key, i in idx.items()}
            if row["surface_m2"] is None or row["annee"] is None:
                continue
            row["insee"] = _key_text(row["insee"])
            release = _key_text(feature.attribute(rel_idx)) if rel_idx >= 0 else ""
            by_release.setdefault(release, []).append(row)
        if not by_release:
            raise QgsProcessingException(
                self.tr("{layer}: no consumption row for the communes of {territory}").format(
                    layer=inputs.consumption_name, territory=inputs.territory
                )
            )
        if inputs.release:
            if inputs.release not in by_release:
                raise QgsProcessingException(
                    self.tr("{layer}: release {release} not found (releases: {releases})").format(
                        layer=inputs.consumption_name,
                        release=inputs.release,
                        releases=", ".join(sorted(by_release)),
                    )
                )
            release = inputs.release
        else:
            release = max(
                by_release, key=lambda r: (max(int(x["annee"]) for x in by_release[r]), r)
            )
            if len(by_release) > 1:
                feedback.pushWarning(
                    self.tr(
                        "{layer}: several releases ({releases}); the most recent one, {release}, "
                        "is reported (choose another with RELEASE)"
                    ).format(
                        layer=inputs.consumption_name,
                        releases=", ".join(sorted(by_release)),
                        release=release,
                    )
                )
        return ConsumptionTable.from_rows(
            by_release[release], release, feedback.isCanceled
        ), release

    def _rate(
        self, inputs: _Inputs, members: list[str], feedback: QgsProcessingFeedback
    ) -> tuple[float, str, str, str, bool]:
        """(rate, document, page, date, fallback)."""
        if inputs.rate is not None:
            document = inputs.rate_source or "taux saisi par l'utilisateur, source non précisée"
            return inputs.rate, document, "", "", False
        path = inputs.rates_file or str(SHIPPED_RATES)
        table = load_rates(path)
        if inputs.kind == rp.KIND_COMMUNE:
            territory_id = f"COMM_{inputs.territory}"
            ancestors = self._ancestors(inputs)
        else:
            territory_id, ancestors = f"EPCI_{inputs.territory}", ()
        found = table.lookup(territory_id, ancestors)
        if found.warning is not None:
            feedback.pushWarning(found.warning.message(tr_aula))
        rate = found.rate
        assert rate.rate_pct is not None
        return rate.rate_pct, rate.document, rate.page, rate.date, found.fallback

    def _ancestors(self, inputs: _Inputs) -> tuple[str, ...]:
        """EPCI_<siren> of a commune (from the epci_siren field), for the rates lookup."""
        fields = inputs.communes.fields()
        epci_idx = fields.lookupField("epci_siren")
        if epci_idx < 0:
            return ()
        insee_idx = fields.lookupField("insee")
        request = QgsFeatureRequest().setFilterExpression(
            f"{QgsExpression.quotedColumnRef(fields.at(insee_idx).name())} = "
            f"{QgsExpression.quotedValue(inputs.territory)}"
        )
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feature in inputs.communes.getFeatures(request):
            siren = _key_text(feature.attribute(epci_idx))
            if siren:
                return (f"EPCI_{siren}",)
        return ()

    def _artificialisation(
        self, inputs: _Inputs, members: list[str], feedback: QgsProcessingFeedback
    ) -> rp.Artificialisation | None:
        if inputs.stock is None and inputs.flows is None:
            return None
        stocks: list[rp.ArtifStock] = []
        flows: list[rp.ArtifFlow] = []
        notes: list[str] = []
        if inputs.stock is not None:
            rows, note = self._territory_rows(inputs, inputs.stock, inputs.stock_name, members,
                                              STOCK_FIELDS, feedback)  # fmt: skip
            notes += note
            by_year: dict[int, list[float | None]] = {}
            for row in rows:
                year = int(row["millesime"])
                acc = by_year.setdefault(year, [0.0, 0.0])
                acc[0] = (acc[0] or 0.0) + float(row["artif_m2"] or 0.0)
                sealed = row.get("impermeable_m2")
                acc[1] = None if sealed is None or acc[1] is None else acc[1] + float(sealed)
            stocks = [rp.ArtifStock(y, v[0] or 0.0, v[1]) for y, v in sorted(by_year.items())]
        if inputs.flows is not None:
            rows, note = self._territory_rows(inputs, inputs.flows, inputs.flows_name, members,
                                              FLOW_FIELDS, feedback)  # fmt: skip
            notes += note
            by_pair: dict[tuple[int, int], list[float]] = {}
            for row in rows:
                pair = (int(row["millesime_1"]), int(row["millesime_2"]))
                acc = by_pair.setdefault(pair, [0.0, 0.0, 0.0])
                for i, key in enumerate(("artificialisation_m2", "renaturation_m2", "net_m2")):
                    acc[i] += float(row[key] or 0.0)
            flows = [rp.ArtifFlow(a, b, *v) for (a, b), v in sorted(by_pair.items())]
        names = ", ".join(n for n in (inputs.stock_name, inputs.flows_name) if n)
        return rp.Artificialisation(
            stocks, flows, source=f"{rp.SOURCE_OCSGE} ({names})", partial_note=" ".join(notes)
        )

    def _territory_rows(
        self,
        inputs: _Inputs,
        source: QgsProcessingFeatureSource,
        layer: str,
        members: list[str],
        wanted: tuple[str, ...],
        feedback: QgsProcessingFeedback,
    ) -> tuple[list[dict[str, Any]], list[str]]:
        """Rows of the territory itself, else of its member communes (summed by the caller)."""
        fields = source.fields()
        idx = {name: fields.lookupField(name) for name in wanted}
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        own: list[dict[str, Any]] = []
        by_member: dict[str, list[dict[str, Any]]] = {}
        member_set = set(members)
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                raise Cancelled
            row = {name: (_plain(feature.attribute(i)) if i >= 0 else None)
                   for name, i in idx.items()}  # fmt: skip
            key = _key_text(row["territory"])
            if key in (inputs.territory, f"EPCI_{inputs.territory}", f"COMM_{inputs.territory}"):
                own.append(row)
            elif key in member_set:
                by_member.setdefault(key, []).append(row)
        if own:
            return own, []
        if not by_member:
            raise QgsProcessingException(
                self.tr("{layer}: no row for territory {territory} nor for its communes").format(
                    layer=layer, territory=inputs.territory
                )
            )
        missing = sorted(member_set - set(by_member))
        notes = []
        if missing:
            feedback.pushWarning(
                self.tr("{layer}: {count} commune(s) of the territory have no row: {communes}")
                .format(layer=layer, count=len(missing), communes=", ".join(missing[:20]))
            )  # fmt: skip
            notes.append(
                f"Couverture partielle : {len(missing)} commune(s) sans donnée OCS GE dans "
                f"{layer} ({', '.join(missing[:20])})."
            )
        return [r for rows in by_member.values() for r in rows], notes

    def _provenance(self, inputs: _Inputs) -> _Provenance:
        """What the inputs' GeoPackages say: aula_provenance rows, the Cerema import record."""
        found = _Provenance()
        synthetic_layers: list[str] = []
        for key, (path, layer) in inputs.gpkg_paths.items():
            try:
                with sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True) as db:
                    db.row_factory = sqlite3.Row
                    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
                    if "aula_provenance" in tables:
                        for row in db.execute(
                            "SELECT * FROM aula_provenance WHERE lower(layer) = lower(?)", (layer,)
                        ):
                            values = dict(row)
                            if "synth" in " ".join(str(v) for v in values.values() if v).lower():
                                synthetic_layers.append(layer)
                            if key == self.COMMUNES and values.get("source"):
                                found.communes_source = str(values["source"])
                    if key == self.CONSUMPTION and "zan_consommation_imports" in tables:
                        record = db.execute(
                            "SELECT source_file FROM zan_consommation_imports WHERE release = ? "
                            "ORDER BY imported_at DESC LIMIT 1",
                            (inputs.release_used,),
                        ).fetchone()
                        if record is not None and record[0]:
                            found.source_file = str(record[0])
            except sqlite3.Error:
                continue  # not readable as SQLite: no provenance to read
        if synthetic_layers:
            found.synthetic = True
            found.note = "Couches déclarées synthétiques dans aula_provenance : {}.".format(
                ", ".join(sorted(set(synthetic_layers)))
            )
        return found

    def _report_data(self, inputs: _Inputs, feedback: QgsProcessingFeedback) -> rp.ReportData:
        members, name = self._members(inputs, feedback)
        codes = [m[0] for m in members]
        feedback.setProgress(5)
        table, release = self._consumption_rows(inputs, codes, feedback)
        inputs.release_used = release
        feedback.setProgress(20)
        missing = sorted(set(codes) - set(table.communes))
        notes = rp.negative_value_notes(table.values, {m[0]: m[1] for m in members})
        if missing:
            feedback.pushWarning(
                self.tr("{layer}: {count} commune(s) of the territory have no row: {communes}")
                .format(layer=inputs.consumption_name, count=len(missing),
                        communes=", ".join(missing[:20]))
            )  # fmt: skip
            notes.append(
                f"Qualité des données : {len(missing)} commune(s) du territoire absente(s) du "
                f"fichier de consommation ({', '.join(missing[:20])}) : comptée(s) pour zéro."
            )
        consumption = rp.territory_consumption(table.values, codes)
        annual = {y: v[TOTAL] for y, v in consumption.items() if TOTAL in v}
        if inputs.kind == rp.KIND_EPCI and inputs.eligible:
            feedback.pushWarning(
                self.tr("The 1 ha guarantee applies to eligible communes only: ignored for {t}")
                .format(t=name)
            )  # fmt: skip
        floor = GUARANTEE_M2 if inputs.kind == rp.KIND_COMMUNE and inputs.eligible else None
        rate, document, page, date, fallback = self._rate(inputs, codes, feedback)
        trajectory = compute_trajectory(annual, rate, floor_m2=floor, label=name)
        feedback.setProgress(30)
        artif = self._artificialisation(inputs, codes, feedback)
        provenance = self._provenance(inputs)
        if provenance.synthetic:
            feedback.pushWarning(
                self.tr("Synthetic input data: every output is stamped SYNTHÉTIQUE")
            )
        area = sum(m[2] or 0.0 for m in members)
        if any(m[2] is None for m in members):
            feedback.pushWarning(
                self.tr("{layer}: some communes have no surface_ha: the area is incomplete").format(
                    layer=inputs.communes_name
                )
            )
        return rp.ReportData(
            territory_name=name,
            kind=inputs.kind,
            code=inputs.territory,
            area_ha=area,
            communes=rp.member_summary(table.values, members, trajectory.last_year),
            consumption=consumption,
            release=release,
            source_file=provenance.source_file,
            trajectory=trajectory,
            rate_document=document,
            rate_page=page,
            rate_date=_date_fr(date),
            rate_fallback=fallback,
            eligible=inputs.eligible if inputs.kind == rp.KIND_COMMUNE else None,
            artificialisation=artif,
            quality_notes=notes,
            generated=dt.date.today(),
            synthetic=provenance.synthetic,
            synthetic_note=provenance.note,
            communes_source=f"couche {inputs.communes_name}"
            + (f" (source : {provenance.communes_source})" if provenance.communes_source else ""),
            plugin_version=__version__,
        )


def _date_fr(text: str) -> str:
    """ISO dates of the rates table shown the French way; anything else as is."""
    try:
        return rp.fr_date(dt.date.fromisoformat(text))
    except ValueError:
        return text
