"""aula:zantrajectory: the 2021-2031 NAF consumption envelope and trajectory of each territory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core import layer_roles as roles
from ...core.zan.model import FIELDS_CONSUMPTION
from ...core.zan.rates import RateTable, load_rates, read_note
from ...core.zan.territory_trajectories import (
    OUTPUT_FIELDS,
    OUTPUT_YEARS_FIELDS,
    Options,
    compute_territories,
    output_row,
    rate_id_template,
    year_rows,
)
from ...core.zan.trajectory import MODE_LEGAL, MODE_MDA
from ...gis.fields import field_name, make_fields
from ...gis.zan_inputs import TrajectorySources, read_trajectory_sources
from ...gis.zan_long_table import LongTable
from ...toolbelt.i18n import tr as tr_aula
from ...toolbelt.paths import RESOURCES_DIR
from ..base import AulaAlgorithm
from ..zan_parameters import DEDUCTIONS, ZanParameters, is_given

DEFAULT_RATES = RESOURCES_DIR / "zan" / "taux_reduction.csv"
MODES = (MODE_LEGAL, MODE_MDA)
DEDUCTION_FIELDS = ("insee", "annee", "surface_m2")
_READ_SHARE, _COMPUTE_SHARE = 40.0, 40.0
_MAX_WARNINGS = 20


@dataclass
class _Inputs:
    sources: TrajectorySources
    rates: RateTable | None
    options: Options


class ZanTrajectory(AulaAlgorithm):
    CONSUMPTION = "CONSUMPTION"
    RELEASE = "RELEASE"
    COMMUNES = "COMMUNES"
    INSEE_FIELD = "INSEE_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    RATES = "RATES"
    RATE_ID_TEMPLATE = "RATE_ID_TEMPLATE"
    RATE_OVERRIDE = "RATE_OVERRIDE"
    ELIGIBILITY_FIELD = "ELIGIBILITY_FIELD"
    POOL_FIELD = "POOL_FIELD"
    MODE = "MODE"
    DECADE_RATE_2031 = "DECADE_RATE_2031"
    DECADE_RATE_2041 = "DECADE_RATE_2041"
    PENE = "PENE"
    PV = "PV"
    RENATURATION = "RENATURATION"
    OUTPUT = "OUTPUT"
    OUTPUT_YEARS = "OUTPUT_YEARS"

    group_key = "zan"
    LAYER_ROLES = {CONSUMPTION: roles.CONSUMPTION, COMMUNES: roles.COMMUNES, RATES: roles.RATES}

    def name(self) -> str:
        return "zantrajectory"

    def displayName(self) -> str:
        return self.tr("NAF consumption envelope and trajectory 2021-2031")

    def tags(self) -> list[str]:
        return self.tr(
            "zan,enaf,naf,envelope,trajectory,enveloppe,trajectoire,taux de réduction,sraddet,"
            "garantie communale,plui,consommation d'espaces"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(
            ZanParameters.consumption_table(
                self.tr("Table with insee, annee, destination, surface_m2 (rows naf are used).")
            )
        )

        self.addParameter(ZanParameters.release())

        self.addParameter(
            ZanParameters.communes(
                self.tr(
                    "Commune layer with the INSEE code and membership fields (epci_siren, "
                    "scot_id, pole_id, territoire_id), e.g. the territory GeoPackage's commune "
                    "layer."
                )
            )
        )
        self.addParameter(
            ZanParameters.insee_field(
                self.tr("Field of the commune layer holding the INSEE code (empty: insee).")
            )
        )
        self.addParameter(
            ZanParameters.territory_field(
                self.tr("Group field (empty: per commune)"),
                self.tr("Field grouping the communes into territories, e.g. epci_siren."),
            )
        )
        self.addParameter(
            ZanParameters.rates(
                self.tr("Rates table (empty: shipped table)"),
                self.tr(
                    "CSV (territory_id, level, name, parent_id, rate_pct, document, page, date, "
                    "in_local_document, url, comment), sparte JSON, or GeoPackage with the table "
                    "zan_taux_reduction. Empty: resources/zan/taux_reduction.csv."
                ),
                file_filter=self.tr("Rates tables (*.csv *.json *.gpkg)"),
            )
        )

        p = QgsProcessingParameterString(
            self.RATE_ID_TEMPLATE, self.tr("Rate id of a group key"), optional=True
        )
        p.setHelp(
            self.tr(
                "Template giving the rates-table id of a group key, with {key}. Empty: "
                "EPCI_{key} for an EPCI field, COMM_{key} per commune, else {key} itself."
            )
        )
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)

        p = QgsProcessingParameterNumber(
            self.RATE_OVERRIDE,
            self.tr("Rate for every territory (scenario, %)"),
            QgsProcessingParameterNumber.Type.Double,
            optional=True,
        )
        p.setHelp(self.tr("Replaces the rates table for every territory (e.g. 50); ≤ 100."))
        self.addParameter(p)

        self.addParameter(
            ZanParameters.commune_field(
                self.ELIGIBILITY_FIELD,
                self.tr("1 ha guarantee eligibility field"),
                self.tr(
                    "Field of the commune layer: 1 (or true, oui) for a commune eligible to the "
                    "1 ha guarantee; 0, empty or NULL otherwise. Empty: no commune gets the floor."
                ),
            )
        )
        self.addParameter(
            ZanParameters.commune_field(
                self.POOL_FIELD,
                self.tr("PLUi pooling field"),
                self.tr(
                    "Field of the commune layer with the PLUi key: one row per PLUi, measured "
                    "against the sum of its communes' guaranteed envelopes."
                ),
                advanced=True,
            )
        )

        p = QgsProcessingParameterEnum(
            self.MODE,
            self.tr("Mode"),
            [self.tr("Legal"), self.tr("Mon Diagnostic Artificialisation compatible")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Legal (default), or compatible with Mon Diagnostic Artificialisation: r = 50, "
                "1 ha floor at every level without eligibility, projection × 9."
            )
        )
        self.addParameter(p)

        for name, label in (
            (self.DECADE_RATE_2031, self.tr("Scenario rate 2031-2040 (%)")),
            (self.DECADE_RATE_2041, self.tr("Scenario rate 2041-2050 (%)")),
        ):
            p = QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Type.Double, optional=True
            )
            p.setHelp(self.tr("Reduction of the previous decade's allowance: a scenario."))
            p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(p)

        deductions = ZanParameters.deductions(
            self.tr("Table with insee, annee (≥ 2021), surface_m2; off when empty.")
        )
        for parameter in deductions:
            self.addParameter(parameter)

        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Trajectories"), QgsProcessing.SourceType.TypeVector
        )
        p.setHelp(self.tr("One row per territory with every figure and the rate's source."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_YEARS, self.tr("Trajectories per year"), QgsProcessing.SourceType.TypeVector
        )
        p.setHelp(self.tr("One row per territory and year 2021..2030: target and consumed."))
        self.addParameter(p)

    # -- Validation -----------------------------------------------------------------------------

    def _optional_field(self, parameters: dict[str, Any], name: str, context, source, layer):
        value = self.parameterAsString(parameters, name, context).strip()
        return field_name(source.fields(), layer, value) if value else None

    def _number(self, parameters: dict[str, Any], name: str, context) -> float | None:
        if not is_given(parameters, name):
            return None
        value = self.parameterAsDouble(parameters, name, context)
        if value > 100:
            raise QgsProcessingException(
                self.tr("{parameter}: rate {value} % is above 100 %: refused").format(
                    parameter=name, value=value
                )
            )
        return value

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        consumption = self.parameterAsSource(parameters, self.CONSUMPTION, context)
        if consumption is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CONSUMPTION))
        c_name = consumption.sourceName()
        c_fields = {
            name: field_name(
                consumption.fields(), c_name, name, numeric=name in ("annee", "surface_m2")
            )
            for name in FIELDS_CONSUMPTION
        }
        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        if communes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
        k_name = communes.sourceName()
        insee = self.parameterAsString(parameters, self.INSEE_FIELD, context).strip() or "insee"
        insee = field_name(communes.fields(), k_name, insee)
        group = self._optional_field(parameters, self.GROUP_FIELD, context, communes, k_name)
        pool = self._optional_field(parameters, self.POOL_FIELD, context, communes, k_name)
        eligible = self._optional_field(
            parameters, self.ELIGIBILITY_FIELD, context, communes, k_name
        )
        if group and pool and group != pool:
            raise QgsProcessingException(
                self.tr(
                    "{layer}: give either a group field ({group}) or a PLUi pooling field "
                    "({pool}), not both"
                ).format(layer=k_name, group=group, pool=pool)
            )
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        override = self._number(parameters, self.RATE_OVERRIDE, context)
        decades = (
            self._number(parameters, self.DECADE_RATE_2031, context),
            self._number(parameters, self.DECADE_RATE_2041, context),
        )
        template = rate_id_template(
            self.parameterAsString(parameters, self.RATE_ID_TEMPLATE, context).strip(),
            pool or group or "",
            self.RATE_ID_TEMPLATE,
        )
        rates = None
        if mode == MODE_LEGAL and override is None:
            path = self.parameterAsFile(parameters, self.RATES, context).strip()
            rates = load_rates(Path(path) if path else DEFAULT_RATES)
        deductions = {}
        for kind, name in DEDUCTIONS.items():
            if not is_given(parameters, name):
                continue
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            layer = source.sourceName()
            fields = {
                f: field_name(source.fields(), layer, f, numeric=f != "insee")
                for f in DEDUCTION_FIELDS
            }
            deductions[kind] = (source, layer, fields)
        options = Options(
            mode=mode,
            rate_override_pct=override,
            rate_id_template=template,
            grouped=bool(group),
            pooled=bool(pool),
            group_field=group or "",
            decade_rates_pct=decades,
        )
        sources = TrajectorySources(
            LongTable.of(
                consumption,
                c_name,
                c_fields,
                parameters.get(self.CONSUMPTION),
                self.parameterAsVectorLayer(parameters, self.CONSUMPTION, context),
            ),
            self.parameterAsString(parameters, self.RELEASE, context).strip(),
            communes,
            k_name,
            insee,
            group,
            pool,
            eligible,
            deductions,
        )
        return _Inputs(sources, rates, options)

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        note = read_note(inputs.rates) if inputs.rates is not None else None
        if note is not None and is_given(parameters, self.RATES):
            feedback.pushInfo(note.message(tr_aula))
        consumption, communes, deductions = read_trajectory_sources(
            inputs.sources, feedback, progress_share=_READ_SHARE * 0.8
        )
        feedback.setProgress(_READ_SHARE)
        run = compute_territories(
            consumption,
            communes,
            inputs.rates,
            inputs.options,
            deductions=deductions or None,
            table=inputs.sources.consumption.name,
            layer=inputs.sources.communes_name,
            progress=lambda f: feedback.setProgress(_READ_SHARE + _COMPUTE_SHARE * f),
            is_canceled=feedback.isCanceled,
        )
        for n, warning in enumerate(run.warnings):
            if n == _MAX_WARNINGS:
                feedback.pushWarning(
                    self.tr("… and {count} more warning(s): see the field rate_warning").format(
                        count=len(run.warnings) - _MAX_WARNINGS
                    )
                )
                break
            feedback.pushWarning(warning.message(tr_aula))
        if inputs.options.mode == MODE_MDA:
            feedback.pushWarning(
                self.tr(
                    "Mon Diagnostic Artificialisation compatible mode: r = 50, 1 ha floor at every "
                    "level without eligibility, projection × 9; for comparison, not the legal "
                    "figures"
                )
            )
        # The sinks are created only once everything is computed: an error writes nothing.
        names = inputs.sources.territory_names(feedback)
        rows = [[output_row(item, tr_aula, names)] for item in run.territories]
        output = self._write(parameters, context, feedback, rows, self.OUTPUT)
        rows = [year_rows(item, names) for item in run.territories]
        years = self._write(parameters, context, feedback, rows, self.OUTPUT_YEARS)
        feedback.pushInfo(
            self.tr("{count} territory(ies) written").format(count=len(run.territories))
        )
        return {self.OUTPUT: output, self.OUTPUT_YEARS: years}

    def _write(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        territories: list[list[list[object]]],
        name: str,
    ) -> str:
        """OUTPUT (one row per territory, 80-90 %) or OUTPUT_YEARS (one per year, 90-100 %):
        ``territories`` holds the rows of each territory."""
        per_year = name == self.OUTPUT_YEARS
        fields = make_fields(OUTPUT_YEARS_FIELDS if per_year else OUTPUT_FIELDS)
        sink, dest = self.output_sink(parameters, name, context, fields)
        start = 90 if per_year else 80
        for n, rows in enumerate(territories, start=1):
            for row in rows:
                self.check_cancelled(feedback)
                feature = QgsFeature(fields)
                feature.setAttributes(row)
                if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))
            feedback.setProgress(start + 10 * n / max(len(territories), 1))
        return dest
