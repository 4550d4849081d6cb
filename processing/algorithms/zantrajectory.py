"""aula:zantrajectory: the 2021-2031 NAF consumption envelope and trajectory of each territory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import AulaError, Cancelled
from ...core.zan.model import (
    FIELDS_CONSUMPTION,
    M2_PER_HA,
    TOTAL,
    ConsumptionTable,
    choose_release,
)
from ...core.zan.rates import RateTable, load_rates
from ...core.zan.territory_trajectories import (
    DEDUCTION_KINDS,
    Commune,
    Options,
    TerritoryTrajectory,
    compute_territories,
)
from ...core.zan.trajectory import (
    HORIZON_YEARS,
    MDA_HORIZON_YEARS,
    MODE_LEGAL,
    MODE_MDA,
    PERIOD_LAST,
    PERIOD_START,
)
from ...toolbelt.i18n import tr as tr_aula
from ...toolbelt.paths import RESOURCES_DIR
from ..base import AulaAlgorithm
from ..zan_parameters import ZanParameters

DEFAULT_RATES = RESOURCES_DIR / "zan" / "taux_reduction.csv"
MODES = (MODE_LEGAL, MODE_MDA)
#: membership fields of the commune layer used as parents for the rate lookup, nearest first
ANCESTOR_FIELDS = (
    ("epci_siren", "EPCI_{key}"),
    ("scot_id", "{key}"),
    ("pole_id", "{key}"),
    ("territoire_id", "{key}"),
)
DEDUCTION_FIELDS = ("insee", "annee", "surface_m2")
_TRUE = {"1", "true", "t", "oui", "o", "yes", "y", "vrai"}
_FALSE = {"0", "false", "f", "non", "n", "no", "faux", ""}
_READ_SHARE, _COMPUTE_SHARE = 40.0, 40.0
_MAX_WARNINGS = 20

_I, _D, _S, _L = QVariant.Int, QVariant.Double, QVariant.String, QVariant.LongLong
#: (name, type) of OUTPUT; names match aula_plugin.core.zan.trajectory.Trajectory's attributes
OUTPUT_FIELDS = (
    ("territory", _S),
    ("nb_communes", _I),
    ("mode", _S),
    ("rate_pct", _D),
    ("rate_id", _S),
    ("rate_fallback", _I),
    ("rate_warning", _S),
    ("rate_document", _S),
    ("rate_page", _S),
    ("rate_date", _S),
    ("rate_url", _S),
    ("c_ref_m2", _L),
    ("c_ref_ha", _D),
    ("envelope_m2", _D),
    ("floor_m2", _L),
    ("envelope_final_m2", _D),
    ("envelope_final_ha", _D),
    ("sum_commune_envelopes_m2", _D),
    ("pooled", _I),
    ("last_year", _I),
    ("consumed_gross_m2", _L),
    ("deduction_pene_m2", _L),
    ("deduction_pv_m2", _L),
    ("deduction_renaturation_m2", _L),
    ("deductions_m2", _L),
    ("consumed_since_2021_m2", _L),
    ("consumed_since_2021_ha", _D),
    ("share_used_pct", _D),
    ("remaining_m2", _D),
    ("overrun_m2", _D),
    ("pace_m2_per_year", _D),
    ("horizon_years", _I),
    ("projection_m2", _D),
    ("overshoot_year", _I),
    ("status", _S),
    ("rate_2031_2040_pct", _D),
    ("allowance_2031_2040_m2", _D),
    ("rate_2041_2050_pct", _D),
    ("allowance_2041_2050_m2", _D),
    ("scenario_label", _S),
)
OUTPUT_YEARS_FIELDS = (
    ("territory", _S),
    ("year", _I),
    ("consumed_m2", _L),
    ("consumed_cumulative_m2", _L),
    ("target_cumulative_m2", _D),
    ("mode", _S),
)


@dataclass
class _Inputs:
    consumption: QgsProcessingFeatureSource
    consumption_name: str
    consumption_fields: dict[str, str]
    release: str
    communes: QgsProcessingFeatureSource
    communes_name: str
    insee_field: str
    group_field: str | None
    pool_field: str | None
    eligibility_field: str | None
    ancestor_fields: list[tuple[str, str]]
    rates: RateTable | None
    options: Options
    deductions: dict[str, tuple[QgsProcessingFeatureSource, str, dict[str, str]]]


def _plain(value: Any) -> Any:
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def _key(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


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
        p = QgsProcessingParameterFeatureSource(
            self.CONSUMPTION,
            self.tr("NAF consumption (long table zan_consommation)"),
            [QgsProcessing.SourceType.TypeVector],
        )
        p.setHelp(self.tr("Table with insee, annee, destination, surface_m2 (rows naf are used)."))
        self.addParameter(p)

        self.addParameter(ZanParameters.release())

        p = QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes"), [QgsProcessing.SourceType.TypeVector]
        )
        p.setHelp(
            self.tr(
                "Commune layer with the INSEE code and membership fields (epci_siren, scot_id, "
                "pole_id, territoire_id), e.g. the territory GeoPackage's commune layer."
            )
        )
        self.addParameter(p)

        p = QgsProcessingParameterField(
            self.INSEE_FIELD,
            self.tr("INSEE code field"),
            defaultValue="insee",
            parentLayerParameterName=self.COMMUNES,
            optional=True,
        )
        p.setHelp(self.tr("Field of the commune layer holding the INSEE code (empty: insee)."))
        self.addParameter(p)

        p = QgsProcessingParameterField(
            self.GROUP_FIELD,
            self.tr("Group field (empty: per commune)"),
            parentLayerParameterName=self.COMMUNES,
            optional=True,
        )
        p.setHelp(self.tr("Field grouping the communes into territories, e.g. epci_siren."))
        self.addParameter(p)

        p = QgsProcessingParameterFile(
            self.RATES,
            self.tr("Rates table (empty: shipped table)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=self.tr("Rates tables (*.csv *.json *.gpkg)"),
            optional=True,
        )
        p.setHelp(
            self.tr(
                "CSV (territory_id, level, name, parent_id, rate_pct, document, page, date, "
                "in_local_document, url, comment), sparte JSON, or GeoPackage with the table "
                "zan_taux_reduction. Empty: resources/zan/taux_reduction.csv."
            )
        )
        self.addParameter(p)

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

        p = QgsProcessingParameterField(
            self.ELIGIBILITY_FIELD,
            self.tr("1 ha guarantee eligibility field"),
            parentLayerParameterName=self.COMMUNES,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Field of the commune layer: 1 (or true, oui) for a commune eligible to the 1 ha "
                "guarantee; 0, empty or NULL otherwise. Empty: no commune gets the floor."
            )
        )
        self.addParameter(p)

        p = QgsProcessingParameterField(
            self.POOL_FIELD,
            self.tr("PLUi pooling field"),
            parentLayerParameterName=self.COMMUNES,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Field of the commune layer with the PLUi key: one row per PLUi, measured "
                "against the sum of its communes' guaranteed envelopes."
            )
        )
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)

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

        for name, label in (
            (self.PENE, self.tr("Deduction: projects of national or European scope (PENE)")),
            (self.PV, self.tr("Deduction: qualifying ground-mounted solar farms")),
            (self.RENATURATION, self.tr("Deduction: renaturation")),
        ):
            p = QgsProcessingParameterFeatureSource(
                name, label, [QgsProcessing.SourceType.TypeVector], optional=True
            )
            p.setHelp(self.tr("Table with insee, annee (≥ 2021), surface_m2; off when empty."))
            p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(p)

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

    def _field(
        self, source: QgsProcessingFeatureSource, layer: str, name: str, numeric: bool = False
    ) -> str:
        index = source.fields().lookupField(name)
        if index < 0:
            raise QgsProcessingException(
                self.tr("{layer}: field {field} does not exist").format(layer=layer, field=name)
            )
        field = source.fields().at(index)
        if numeric and not field.isNumeric():
            raise QgsProcessingException(
                self.tr("{layer}: field {field} is not numeric").format(
                    layer=layer, field=field.name()
                )
            )
        return field.name()

    def _optional_field(self, parameters: dict[str, Any], name: str, context, source, layer):
        value = self.parameterAsString(parameters, name, context).strip()
        return self._field(source, layer, value) if value else None

    @staticmethod
    def _given(parameters: dict[str, Any], name: str) -> bool:
        value = parameters.get(name)
        return not (
            value is None or value == "" or (isinstance(value, QVariant) and value.isNull())
        )

    def _number(self, parameters: dict[str, Any], name: str, context) -> float | None:
        if not self._given(parameters, name):
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
            name: self._field(consumption, c_name, name, numeric=name in ("annee", "surface_m2"))
            for name in FIELDS_CONSUMPTION
        }
        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        if communes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
        k_name = communes.sourceName()
        insee = self.parameterAsString(parameters, self.INSEE_FIELD, context).strip() or "insee"
        insee = self._field(communes, k_name, insee)
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
        ancestors = [
            (communes.fields().at(communes.fields().lookupField(name)).name(), template)
            for name, template in ANCESTOR_FIELDS
            if communes.fields().lookupField(name) >= 0
        ]
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        override = self._number(parameters, self.RATE_OVERRIDE, context)
        decades = (
            self._number(parameters, self.DECADE_RATE_2031, context),
            self._number(parameters, self.DECADE_RATE_2041, context),
        )
        template = self.parameterAsString(parameters, self.RATE_ID_TEMPLATE, context).strip()
        key_field = pool or group or ""
        if not template:
            lowered = key_field.lower()
            if lowered.startswith("epci"):
                template = "EPCI_{key}"
            elif lowered in {"insee", "code_insee", "insee_com"}:
                template = "COMM_{key}"
            else:
                template = "{key}"
        elif "{key}" not in template:
            raise QgsProcessingException(
                self.tr("{parameter}: the template {value!r} has no {{key}}").format(
                    parameter=self.RATE_ID_TEMPLATE, value=template
                )
            )
        rates = None
        if mode == MODE_LEGAL and override is None:
            path = self.parameterAsFile(parameters, self.RATES, context).strip()
            try:
                rates = load_rates(Path(path) if path else DEFAULT_RATES)
            except AulaError as exc:
                raise QgsProcessingException(exc.message(tr_aula)) from exc
        deductions = {}
        for kind, name in zip(
            DEDUCTION_KINDS, (self.PENE, self.PV, self.RENATURATION), strict=True
        ):
            if not self._given(parameters, name):
                continue
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            layer = source.sourceName()
            fields = {
                f: self._field(source, layer, f, numeric=f != "insee") for f in DEDUCTION_FIELDS
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
        return _Inputs(
            consumption,
            c_name,
            c_fields,
            self.parameterAsString(parameters, self.RELEASE, context).strip(),
            communes,
            k_name,
            insee,
            group,
            pool,
            eligible,
            ancestors,
            rates,
            options,
            deductions,
        )

    # -- Reading --------------------------------------------------------------------------------

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _read_consumption(
        self, inputs: _Inputs, feedback: QgsProcessingFeedback
    ) -> ConsumptionTable:
        source, fields, layer = (
            inputs.consumption,
            inputs.consumption_fields,
            inputs.consumption_name,
        )
        index = {name: source.fields().lookupField(real) for name, real in fields.items()}
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(list(index.values()))
        release = self._release_filter(inputs, request, feedback)
        table = ConsumptionTable(release=release or layer)
        total = max(source.featureCount(), 1)
        for n, feature in enumerate(source.getFeatures(request), start=1):
            if feedback.isCanceled():
                raise QgsProcessingException(self._cancelled())
            destination = _key(feature.attribute(index["destination"]))
            if destination != TOTAL:
                continue
            code = _key(feature.attribute(index["insee"]))
            year = _plain(feature.attribute(index["annee"]))
            m2 = _plain(feature.attribute(index["surface_m2"]))
            for field, value in (("insee", code or None), ("annee", year), ("surface_m2", m2)):
                if value is None:
                    raise QgsProcessingException(
                        self.tr("{layer}: feature {fid}: field {field} is NULL").format(
                            layer=layer, fid=feature.id(), field=fields[field]
                        )
                    )
            if float(m2) != int(m2) or float(year) != int(year):
                raise QgsProcessingException(
                    self.tr("{layer}: feature {fid}: {field} = {value} is not an integer").format(
                        layer=layer, fid=feature.id(), field=fields["surface_m2"], value=m2
                    )
                )
            if code in table.values and int(year) in table.values[code]:
                raise QgsProcessingException(
                    self.tr("{layer}: commune {insee}, year {year} appears more than once").format(
                        layer=layer, insee=code, year=int(year)
                    )
                )
            table.add(code, int(year), TOTAL, int(m2))
            if n % 1000 == 0:
                feedback.setProgress(_READ_SHARE * 0.8 * n / total)
        return table

    def _release_filter(
        self, inputs: _Inputs, request: QgsFeatureRequest, feedback: QgsProcessingFeedback
    ) -> str:
        """Keep one release of the long table: summing two imports would count twice."""
        source, layer = inputs.consumption, inputs.consumption_name
        index = source.fields().lookupField("release")
        if index < 0:
            if inputs.release:
                raise QgsProcessingException(
                    self.tr("{layer}: no release field to choose release {release}").format(
                        layer=layer, release=inputs.release
                    )
                )
            return ""
        releases = [_key(value) for value in source.uniqueValues(index)]
        try:
            release = choose_release(releases, inputs.release, layer)
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if len([r for r in releases if r]) > 1 and not inputs.release:
            message = self.tr("{layer}: several releases ({releases}); {release} is used")
            feedback.pushWarning(
                message.format(layer=layer, releases=", ".join(sorted(releases)), release=release)
            )
        name = source.fields().at(index).name()
        request.setFilterExpression(QgsExpression.createFieldEqualityExpression(name, release))
        return release

    def _read_communes(self, inputs: _Inputs, feedback: QgsProcessingFeedback) -> list[Commune]:
        source, layer = inputs.communes, inputs.communes_name
        names = [
            inputs.insee_field,
            inputs.group_field,
            inputs.pool_field,
            inputs.eligibility_field,
        ]
        names += [name for name, _ in inputs.ancestor_fields]
        index = {name: source.fields().lookupField(name) for name in names if name}
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(sorted(set(index.values())))
        communes: dict[str, Commune] = {}
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                raise QgsProcessingException(self._cancelled())
            code = _key(feature.attribute(index[inputs.insee_field]))
            if not code:
                raise QgsProcessingException(
                    self.tr("{layer}: feature {fid} has an empty {field}").format(
                        layer=layer, fid=feature.id(), field=inputs.insee_field
                    )
                )
            if code in communes:
                raise QgsProcessingException(
                    self.tr("{layer}: commune {insee} appears more than once").format(
                        layer=layer, insee=code
                    )
                )
            eligible = False
            if inputs.eligibility_field:
                raw = _key(feature.attribute(index[inputs.eligibility_field])).lower()
                if raw in _TRUE:
                    eligible = True
                elif raw not in _FALSE:
                    raise QgsProcessingException(
                        self.tr(
                            "{layer}: commune {insee}: eligibility {field} = {value!r} is not "
                            "1/0, true/false or oui/non"
                        ).format(layer=layer, insee=code, field=inputs.eligibility_field, value=raw)
                    )
            ancestors = tuple(
                template.format(key=_key(feature.attribute(index[name])))
                for name, template in inputs.ancestor_fields
                if _key(feature.attribute(index[name]))
            )
            group = (
                _key(feature.attribute(index[inputs.group_field])) if inputs.group_field else None
            )
            pool = _key(feature.attribute(index[inputs.pool_field])) if inputs.pool_field else None
            communes[code] = Commune(code, group or None, pool or None, eligible, ancestors)
        if not communes:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=layer)
            )
        missing = sorted(
            c.insee
            for c in communes.values()
            if (inputs.group_field and not c.group) or (inputs.pool_field and not c.pool)
        )
        if missing:
            feedback.pushWarning(
                self.tr(
                    "{layer}: {count} commune(s) without a group key are left out: {list}"
                ).format(layer=layer, count=len(missing), list=", ".join(missing[:20]))
            )
        return list(communes.values())

    def _read_deductions(
        self, inputs: _Inputs, feedback: QgsProcessingFeedback
    ) -> dict[str, dict[str, dict[int, int]]]:
        out: dict[str, dict[str, dict[int, int]]] = {}
        for kind, (source, layer, fields) in inputs.deductions.items():
            index = {name: source.fields().lookupField(real) for name, real in fields.items()}
            request = QgsFeatureRequest()
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            request.setSubsetOfAttributes(list(index.values()))
            by_commune: dict[str, dict[int, int]] = {}
            for feature in source.getFeatures(request):
                if feedback.isCanceled():
                    raise QgsProcessingException(self._cancelled())
                values = {name: _plain(feature.attribute(i)) for name, i in index.items()}
                for name, value in values.items():
                    if value is None or value == "":
                        raise QgsProcessingException(
                            self.tr("{layer}: feature {fid}: field {field} is NULL").format(
                                layer=layer, fid=feature.id(), field=fields[name]
                            )
                        )
                year = int(values["annee"])
                if year < PERIOD_START:
                    raise QgsProcessingException(
                        self.tr(
                            "{layer}: feature {fid}: year {year}: deductions only apply to "
                            "consumption since 2021"
                        ).format(layer=layer, fid=feature.id(), year=year)
                    )
                years = by_commune.setdefault(_key(values["insee"]), {})
                years[year] = years.get(year, 0) + int(values["surface_m2"])
            out[kind] = by_commune
        return out

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        consumption = self._read_consumption(inputs, feedback)
        communes = self._read_communes(inputs, feedback)
        deductions = self._read_deductions(inputs, feedback)
        if inputs.group_field or inputs.pool_field:
            communes = [c for c in communes if (c.pool if inputs.pool_field else c.group)]
        unknown = sorted(set(consumption.values) - {c.insee for c in communes})
        if unknown and not (inputs.group_field or inputs.pool_field):
            feedback.pushInfo(
                self.tr("{layer}: {count} commune(s) not in {communes} are ignored").format(
                    layer=inputs.consumption_name, count=len(unknown), communes=inputs.communes_name
                )
            )
        feedback.setProgress(_READ_SHARE)
        try:
            run = compute_territories(
                consumption,
                communes,
                inputs.rates,
                inputs.options,
                deductions=deductions or None,
                table=inputs.consumption_name,
                layer=inputs.communes_name,
                progress=lambda f: feedback.setProgress(_READ_SHARE + _COMPUTE_SHARE * f),
                is_canceled=feedback.isCanceled,
            )
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
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
        output = self._write(parameters, context, feedback, run.territories)
        years = self._write_years(parameters, context, feedback, run.territories)
        feedback.pushInfo(
            self.tr("{count} territory(ies) written").format(count=len(run.territories))
        )
        return {self.OUTPUT: output, self.OUTPUT_YEARS: years}

    @staticmethod
    def _qgs_fields(spec: tuple[tuple[str, QVariant.Type], ...]) -> QgsFields:
        fields = QgsFields()
        for name, kind in spec:
            fields.append(QgsField(name, kind))
        return fields

    def _write(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        territories: list[TerritoryTrajectory],
    ) -> str:
        fields = self._qgs_fields(OUTPUT_FIELDS)
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.Type.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for n, item in enumerate(territories, start=1):
            if feedback.isCanceled():
                raise QgsProcessingException(self._cancelled())
            t = item.trajectory
            scenarios = {s.first_year: s for s in item.scenarios}
            s31, s41 = scenarios.get(2031), scenarios.get(2041)
            values = {
                "territory": item.key,
                "nb_communes": len(item.communes),
                "mode": t.mode,
                "rate_pct": t.rate_pct,
                "rate_id": item.rate.rate_id,
                "rate_fallback": int(item.rate.fallback),
                "rate_warning": item.rate.warning.message(tr_aula) if item.rate.warning else None,
                "rate_document": item.rate.document,
                "rate_page": item.rate.page or None,
                "rate_date": item.rate.date or None,
                "rate_url": item.rate.url or None,
                "c_ref_m2": t.c_ref_m2,
                "c_ref_ha": t.c_ref_m2 / M2_PER_HA,
                "envelope_m2": t.envelope_m2,
                "floor_m2": t.floor_m2,
                "envelope_final_m2": t.envelope_final_m2,
                "envelope_final_ha": t.envelope_final_m2 / M2_PER_HA,
                "sum_commune_envelopes_m2": item.sum_commune_envelopes_m2,
                "pooled": int(item.pooled),
                "last_year": t.last_year,
                "consumed_gross_m2": t.consumed_gross_m2,
                "deduction_pene_m2": item.deductions_by_kind.get("pene"),
                "deduction_pv_m2": item.deductions_by_kind.get("pv"),
                "deduction_renaturation_m2": item.deductions_by_kind.get("renaturation"),
                "deductions_m2": t.deductions_m2,
                "consumed_since_2021_m2": t.consumed_since_2021_m2,
                "consumed_since_2021_ha": t.consumed_since_2021_m2 / M2_PER_HA,
                "share_used_pct": t.share_used_pct,
                "remaining_m2": t.remaining_m2,
                "overrun_m2": t.overrun_m2,
                "pace_m2_per_year": t.pace_m2_per_year,
                "horizon_years": MDA_HORIZON_YEARS if t.mode == MODE_MDA else HORIZON_YEARS,
                "projection_m2": t.projection_m2,
                "overshoot_year": t.overshoot_year,
                "status": t.status,
                "rate_2031_2040_pct": s31.rate_pct if s31 else None,
                "allowance_2031_2040_m2": s31.allowance_m2 if s31 else None,
                "rate_2041_2050_pct": s41.rate_pct if s41 else None,
                "allowance_2041_2050_m2": s41.allowance_m2 if s41 else None,
                "scenario_label": item.scenarios[0].label if item.scenarios else None,
            }
            feature = QgsFeature(fields)
            feature.setAttributes([values[name] for name, _ in OUTPUT_FIELDS])
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(80 + 10 * n / max(len(territories), 1))
        return dest

    def _write_years(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        territories: list[TerritoryTrajectory],
    ) -> str:
        fields = self._qgs_fields(OUTPUT_YEARS_FIELDS)
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT_YEARS,
            context,
            fields,
            QgsWkbTypes.Type.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_YEARS))
        for n, item in enumerate(territories, start=1):
            t = item.trajectory
            for year in range(PERIOD_START, PERIOD_LAST + 1):
                if feedback.isCanceled():
                    raise QgsProcessingException(self._cancelled())
                feature = QgsFeature(fields)
                feature.setAttributes(
                    [
                        item.key,
                        year,
                        (t.cumulative[year] - t.cumulative.get(year - 1, 0))
                        if year in t.cumulative
                        else None,
                        t.cumulative.get(year),
                        t.target_path[year],
                        t.mode,
                    ]
                )
                if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(
                        self.writeFeatureError(sink, parameters, self.OUTPUT_YEARS)
                    )
            feedback.setProgress(90 + 10 * n / max(len(territories), 1))
        return dest
