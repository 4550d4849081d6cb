"""aula:zanreport: the triennial local report on land consumption (L.2231-1, R.2231-1 CGCT)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...__about__ import __version__
from ...core import layer_roles as roles
from ...core.zan import report as rp
from ...core.zan.model import FIELDS_CONSUMPTION
from ...core.zan.report_data import FLOW_FIELDS, ReportRequest
from ...gis import zan_report as files
from ...gis.fields import field_name
from ...gis.stored_tables import StoredTable, stored_table
from ...gis.zan_inputs import require_fields
from ...gis.zan_long_table import LongTable
from ...gis.zan_report import ReportInputs, read_report_data, write_report_files
from ...toolbelt.paths import RESOURCES_DIR
from ..base import AulaAlgorithm
from ..zan_parameters import ZanParameters, is_given

#: the rates table shipped with the plugin (REGION_32 = 54.47 %, sourced)
SHIPPED_RATES = RESOURCES_DIR / "zan" / "taux_reduction.csv"
COMMUNE_FIELDS = ("insee", "nom", "surface_ha")


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

    #: output -> kind of report file (gis.zan_report)
    FILES = {
        PDF: files.PDF,
        ODT: files.ODT,
        CSV: files.CSV,
        CHART_CONSUMPTION: rp.CHART_CONSUMPTION,
        CHART_TRAJECTORY: rp.CHART_TRAJECTORY,
        MAP: rp.CHART_MAP,
    }

    group_key = "zan"
    LAYER_ROLES = {
        CONSUMPTION: roles.CONSUMPTION,
        COMMUNES: roles.COMMUNES,
        RATES: roles.RATES,
        ARTIFICIALISATION: roles.ARTIFICIALISATION_STOCK,
        ARTIFICIALISATION_FLOWS: roles.ARTIFICIALISATION_FLOWS,
    }

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
        self.addParameter(
            ZanParameters.consumption_table(
                self.tr(
                    "Table with one row per commune, year and destination: insee, annee, "
                    "destination (naf = total, act, hab, mix, rou, fer, inc), surface_m2, as "
                    "written by the Cerema import into the working GeoPackage."
                )
            )
        )

        self.addParameter(ZanParameters.release())

        self.addParameter(
            ZanParameters.communes(
                self.tr(
                    "Commune layer with the fields insee, nom, surface_ha and the membership "
                    "fields (epci_siren, epci_nom…), such as the commune layer of the territory "
                    "GeoPackage."
                )
            )
        )
        self.addParameter(
            ZanParameters.territory_field(
                self.tr("Territory field"),
                self.tr(
                    "Field of the commune layer selecting the territory: insee for a commune "
                    "report, epci_siren for an EPCI report (any other field makes a report on "
                    "the group of communes with that value)."
                ),
                name=self.TERRITORY_FIELD,
                default="epci_siren",
                optional=False,
            )
        )

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

        self.addParameter(
            ZanParameters.rates(
                self.tr("Rates table (optional)"),
                self.tr(
                    "Rates table (plugin CSV, GeoPackage with zan_taux_reduction, or the JSON of "
                    "Mon Diagnostic Artificialisation). Empty: the table shipped with the plugin."
                ),
                advanced=True,
            )
        )

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

    def _source(
        self,
        parameters: dict[str, Any],
        name: str,
        context: QgsProcessingContext,
        tables: dict[str, StoredTable],
        role: str,
    ) -> tuple[QgsProcessingFeatureSource, str]:
        """The source of a layer parameter and its name: 'table (file.gpkg)' for a GeoPackage
        table, 'table (PostGIS schema)' for a published one, recorded in ``tables`` under
        ``role`` for the provenance lookups."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        stored = stored_table(self.parameterAsVectorLayer(parameters, name, context))
        if stored is None:
            return source, source.sourceName()
        tables[role] = stored
        return source, f"{stored.table} ({stored.where})"

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> ReportInputs:
        tables: dict[str, StoredTable] = {}
        consumption, cons_name = self._source(
            parameters, self.CONSUMPTION, context, tables, "consumption"
        )
        cons_fields = require_fields(consumption, cons_name, FIELDS_CONSUMPTION)
        communes, communes_name = self._source(
            parameters, self.COMMUNES, context, tables, "communes"
        )
        require_fields(communes, communes_name, COMMUNE_FIELDS)
        territory_field = field_name(
            communes.fields(),
            communes_name,
            self.parameterAsString(parameters, self.TERRITORY_FIELD, context).strip(),
            missing=files.NO_TERRITORY_FIELD,
        )
        territory = self.parameterAsString(parameters, self.TERRITORY, context).strip()
        if not territory:
            raise QgsProcessingException(self.tr("Give the territory code (TERRITORY)"))
        rate: float | None = None
        if is_given(parameters, self.RATE):
            rate = self.parameterAsDouble(parameters, self.RATE, context)
            if math.isnan(rate) or rate > 100:
                raise QgsProcessingException(
                    self.tr("Reduction rate {value} % is above 100 %: refused").format(value=rate)
                )
        request = ReportRequest(
            territory=territory,
            kind=rp.KIND_COMMUNE if territory_field.lower() == "insee" else rp.KIND_EPCI,
            territory_field=territory_field,
            name_override=self.parameterAsString(parameters, self.TERRITORY_NAME, context).strip(),
            rate=rate,
            rate_source=self.parameterAsString(parameters, self.RATE_SOURCE, context).strip(),
            rates_file=self.parameterAsFile(parameters, self.RATES, context).strip(),
            eligible=self.parameterAsBool(parameters, self.ELIGIBLE, context),
            release=self.parameterAsString(parameters, self.RELEASE, context).strip(),
        )
        inputs = ReportInputs(
            request=request,
            consumption=LongTable.of(
                consumption,
                cons_name,
                cons_fields,
                parameters.get(self.CONSUMPTION),
                self.parameterAsVectorLayer(parameters, self.CONSUMPTION, context),
            ),
            communes=communes,
            communes_name=communes_name,
        )
        if is_given(parameters, self.ARTIFICIALISATION):
            inputs.stock, inputs.stock_name = self._source(
                parameters, self.ARTIFICIALISATION, context, tables, "stock"
            )
            require_fields(inputs.stock, inputs.stock_name, ("territory", "millesime", "artif_m2"))
        if is_given(parameters, self.ARTIFICIALISATION_FLOWS):
            inputs.flows, inputs.flows_name = self._source(
                parameters, self.ARTIFICIALISATION_FLOWS, context, tables, "flows"
            )
            require_fields(inputs.flows, inputs.flows_name, FLOW_FIELDS)
        inputs.tables = tables
        layer = self.parameterAsVectorLayer(parameters, self.COMMUNES, context)
        if layer is not None:
            inputs.communes_uri, inputs.communes_provider = layer.source(), layer.providerType()
        return inputs

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        data = read_report_data(inputs, SHIPPED_RATES, __version__, feedback)
        self.check_cancelled(feedback)
        feedback.setProgress(40)
        written = write_report_files(data, inputs, folder, feedback)
        results: dict[str, Any] = {self.MAP: None}
        for output, kind in self.FILES.items():
            if kind in written:
                results[output] = str(written[kind])
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{territory}: report written to {folder}").format(
                territory=data.territory_name, folder=str(folder)
            )
        )
        results[self.OUTPUT_FOLDER] = str(folder)
        return results
