"""aula:zanprojects: the "compteur ZAN", planned projects against the remaining budget."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QVariant

from ...core.compat import zip_strict
from ...core.errors import AulaError, Cancelled
from ...core.zan import ocsge
from ...core.zan.projects import (
    EXCLUSION_NONE,
    EXCLUSION_OCSGE,
    EXCLUSION_PLU_U,
    ProjectFilter,
    balances,
    is_u_zone,
)
from ...gis.overlay import (
    LAMBERT93,
    StatusIndex,
    read_communes,
    repaired,
    reproject_note,
    table_sink,
)
from ...gis.values import key_text
from ...gis.values import plain_date_text as plain
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

#: exclusion label when the OCS GE layer has no artif field and the raw matrix was used
EXCLUSION_OCSGE_MATRIX = "ocsge_matrix"
_MAX_LISTED = 10
#: key fields looked for in the budget table when none is given (aula:zantrajectory: territory)
_BUDGET_KEYS = ("territory_id", "territory", "insee")


def _given(parameters: dict[str, Any], name: str) -> bool:
    value = parameters.get(name)
    return not (value is None or value == "" or (isinstance(value, QVariant) and value.isNull()))


@dataclass
class _Inputs:
    projects: QgsProcessingFeatureSource
    communes: QgsProcessingFeatureSource
    insee_field: str
    group_field: str | None
    status_field: str | None
    year_field: str | None
    filter: ProjectFilter
    ocs: QgsProcessingFeatureSource | None
    ocs_fields: dict[str, str]
    plu: QgsProcessingFeatureSource | None
    plu_field: str
    budget_table: QgsProcessingFeatureSource | None
    budget_key: str
    budget_field: str
    budget_commune_field: str | None


class ZanProjects(AulaAlgorithm):
    PROJECTS = "PROJECTS"
    STATUS_FIELD = "STATUS_FIELD"
    STATUSES = "STATUSES"
    YEAR_FIELD = "YEAR_FIELD"
    HORIZON = "HORIZON"
    OCSGE = "OCSGE"
    PLU = "PLU"
    PLU_FIELD = "PLU_FIELD"
    COMMUNES = "COMMUNES"
    INSEE_FIELD = "INSEE_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    BUDGET_COMMUNE_FIELD = "BUDGET_COMMUNE_FIELD"
    BUDGET_TABLE = "BUDGET_TABLE"
    BUDGET_KEY = "BUDGET_KEY"
    BUDGET_FIELD = "BUDGET_FIELD"
    OUTPUT_COMMUNES = "OUTPUT_COMMUNES"
    OUTPUT_TERRITORIES = "OUTPUT_TERRITORIES"

    group_key = "zan"

    def name(self) -> str:
        return "zanprojects"

    def displayName(self) -> str:
        return self.tr("ZAN counter: planned projects against the remaining budget")

    def tags(self) -> list[str]:
        return self.tr("zan,compteur,projets,zones AU,budget,enveloppe,solde,plu,ocsge").split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        p = QgsProcessingParameterFeatureSource(self.PROJECTS, self.tr("Projects"), polygon)
        p.setHelp(self.tr("Planned projects or AU zones (polygons)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.STATUS_FIELD, self.tr("Status field"), "", self.PROJECTS, optional=True
        )
        p.setHelp(self.tr("Field holding the project status, e.g. statut."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.STATUSES, self.tr("Statuses to count (comma-separated)"), optional=True
        )
        p.setHelp(self.tr("e.g. en projet,autorisé; empty: every status counts."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.YEAR_FIELD,
            self.tr("Expected year field"),
            "",
            self.PROJECTS,
            QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        p.setHelp(self.tr("Field holding the expected year of completion."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.HORIZON, self.tr("Horizon (last expected year counted)"), optional=True
        )
        p.setHelp(self.tr("Projects expected after this year are left out; empty: no limit."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.OCSGE,
            self.tr("OCS GE millésime (already artificialised land)"),
            polygon,
            None,
            True,
        )
        p.setHelp(self.tr("Its artificialised part is excluded from the projects."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.PLU, self.tr("PLU zoning (used without OCS GE)"), polygon, None, True
        )
        p.setHelp(self.tr("CNIG zoning layer: the part of projects in U zones is excluded."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.PLU_FIELD, self.tr("Zone type field"), "typezone", self.PLU, optional=True
        )
        p.setHelp(self.tr("CNIG TYPEZONE: U, AUc, AUs, A, N."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.COMMUNES, self.tr("Communes"), polygon)
        p.setHelp(self.tr("Commune polygons with their INSEE code."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.INSEE_FIELD, self.tr("INSEE code field"), "insee", self.COMMUNES, optional=True
        )
        p.setHelp(self.tr("Commune code, matched as text with the budget table."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.GROUP_FIELD, self.tr("Territory field"), "", self.COMMUNES, optional=True
        )
        p.setHelp(self.tr("Field grouping communes into territories; empty: one territory."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.BUDGET_COMMUNE_FIELD,
            self.tr("Remaining budget field of the communes (m²)"),
            "",
            self.COMMUNES,
            QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        )
        p.setHelp(self.tr("Used when no budget table is given."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.BUDGET_TABLE,
            self.tr("Remaining budget table"),
            [QgsProcessing.SourceType.TypeVector],
            None,
            True,
        )
        p.setHelp(self.tr("e.g. the output of aula:zantrajectory per commune."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.BUDGET_KEY,
            self.tr("Budget table key"),
            None,
            self.BUDGET_TABLE,
            optional=True,
        )
        p.setHelp(
            self.tr("INSEE code in the budget table; empty: territory_id, territory or insee.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.BUDGET_FIELD,
            self.tr("Budget table field (m²)"),
            "remaining_m2",
            self.BUDGET_TABLE,
            QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        )
        p.setHelp(self.tr("Remaining budget in m²."))
        self.addParameter(p)
        vector = QgsProcessing.SourceType.TypeVector
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_COMMUNES, self.tr("ZAN counter per commune"), vector
        )
        p.setHelp(self.tr("One row per commune: budget, projects, excluded, net, balance."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_TERRITORIES, self.tr("ZAN counter per territory"), vector, None, True
        )
        p.setHelp(self.tr("One row per territory: the sums of its communes."))
        self.addParameter(p)

    # -- Validation -----------------------------------------------------------------------------

    def _source(
        self, parameters: dict[str, Any], name: str, context: QgsProcessingContext
    ) -> QgsProcessingFeatureSource | None:
        if not _given(parameters, name):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=source.sourceName())
            )
        return source

    def _field(
        self,
        parameters: dict[str, Any],
        name: str,
        source: QgsProcessingFeatureSource | None,
        context: QgsProcessingContext,
        default: str = "",
    ) -> str | None:
        value = self.parameterAsString(parameters, name, context).strip() or default
        if not value or source is None:
            return None
        index = source.fields().lookupField(value)
        if index < 0:
            raise QgsProcessingException(
                self.tr("{layer}: field {field} does not exist").format(
                    layer=source.sourceName(), field=value
                )
            )
        return source.fields().at(index).name()

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        projects = self._source(parameters, self.PROJECTS, context)
        communes = self._source(parameters, self.COMMUNES, context)
        if projects is None or communes is None:
            name = self.PROJECTS if projects is None else self.COMMUNES
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        insee = self._field(parameters, self.INSEE_FIELD, communes, context, "insee")
        group = self._field(parameters, self.GROUP_FIELD, communes, context)
        status = self._field(parameters, self.STATUS_FIELD, projects, context)
        year = self._field(parameters, self.YEAR_FIELD, projects, context)
        statuses = tuple(
            s.strip()
            for s in self.parameterAsString(parameters, self.STATUSES, context).split(",")
            if s.strip()
        )
        if statuses and status is None:
            raise QgsProcessingException(
                self.tr("{layer}: statuses are given but no status field").format(
                    layer=projects.sourceName()
                )
            )
        horizon = None
        if _given(parameters, self.HORIZON):
            horizon = self.parameterAsInt(parameters, self.HORIZON, context)
            if year is None:
                raise QgsProcessingException(
                    self.tr("{layer}: a horizon is given but no expected year field").format(
                        layer=projects.sourceName()
                    )
                )
        ocs = self._source(parameters, self.OCSGE, context)
        ocs_fields: dict[str, str] = {}
        if ocs is not None:
            try:
                ocs_fields = ocsge.check_ocsge_schema(ocs.fields().names(), ocs.sourceName())
            except AulaError as exc:
                raise QgsProcessingException(exc.message(tr_aula)) from exc
        plu = self._source(parameters, self.PLU, context)
        plu_field = self._field(parameters, self.PLU_FIELD, plu, context, "typezone") or ""
        table = self._source(parameters, self.BUDGET_TABLE, context)
        key = self._field(parameters, self.BUDGET_KEY, table, context) or ""
        if table is not None and not key:
            names = table.fields().names()
            key = next((n for n in _BUDGET_KEYS if n in names), "")
            if not key:
                raise QgsProcessingException(
                    self.tr("{layer}: no key field (territory_id, territory or insee)").format(
                        layer=table.sourceName()
                    )
                )
        budget = self._field(parameters, self.BUDGET_FIELD, table, context, "remaining_m2") or ""
        commune_budget = self._field(parameters, self.BUDGET_COMMUNE_FIELD, communes, context)
        if table is None and commune_budget is None:
            raise QgsProcessingException(
                self.tr(
                    "No remaining budget: give a budget table (e.g. the output of "
                    "aula:zantrajectory) or a budget field of the communes"
                )
            )
        if (
            table is not None
            and not table.fields().at(table.fields().lookupField(budget)).isNumeric()
        ):
            raise QgsProcessingException(
                self.tr("{layer}: field {field} is not numeric").format(
                    layer=table.sourceName(), field=budget
                )
            )
        return _Inputs(
            projects,
            communes,
            insee or "insee",
            group,
            status,
            year,
            ProjectFilter(statuses, horizon),
            ocs,
            ocs_fields,
            plu,
            plu_field,
            table,
            key,
            budget,
            commune_budget,
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
            return self._run(parameters, context, feedback, inputs)
        except Cancelled:
            raise QgsProcessingException(
                self.tr("Cancelled by the user: no output was written")
            ) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc

    def _request(self, context: QgsProcessingContext) -> QgsFeatureRequest:
        request = QgsFeatureRequest()
        request.setDestinationCrs(
            QgsCoordinateReferenceSystem(LAMBERT93), context.transformContext()
        )
        return request

    def _run(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        inputs: _Inputs,
    ) -> dict[str, Any]:
        communes = read_communes(
            inputs.communes, inputs.insee_field, inputs.group_field, context, feedback
        )
        if inputs.group_field is None:
            communes.territory = ["ensemble"] * len(communes.insee)
        feedback.setProgress(10)
        projects, extent = self._read_projects(inputs, context, feedback)
        feedback.setProgress(30)
        exclusion, already = self._already(inputs, extent, context, feedback)
        feedback.setProgress(50)
        pieces = []
        outside = 0
        for n, (pid, geometry) in enumerate(projects):
            if feedback.isCanceled():
                raise Cancelled
            clipped = communes.overlay.clip(geometry, keep_geometry=True)
            if not clipped:
                outside += 1
            for c, area, piece in clipped:
                excluded = already.area_with_status(piece, True) if already else 0.0
                pieces.append((communes.insee[c], pid, area, excluded))
            feedback.setProgress(50 + 40 * (n + 1) / max(len(projects), 1))
        if outside:
            feedback.pushWarning(
                self.tr("{layer}: {count} project(s) outside every commune were left out").format(
                    layer=inputs.projects.sourceName(), count=outside
                )
            )
        budgets = self._budgets(inputs, communes.insee, context, feedback)
        result = balances(zip_strict(communes.insee, communes.territory), budgets, pieces)
        if result.missing_budget:
            feedback.pushWarning(
                self.tr(
                    "{count} commune(s) without a remaining budget (NULL balance): {list}"
                ).format(
                    count=len(result.missing_budget),
                    list=", ".join(result.missing_budget[:_MAX_LISTED]),
                )
            )
        commune_rows = [
            [
                r.insee,
                r.territory,
                r.budget_m2,
                r.projects,
                r.gross_m2,
                r.excluded_m2,
                r.net_m2,
                r.balance_m2,
                exclusion,
            ]
            for r in result.communes
        ]
        territory_rows = [
            [
                t.territory,
                t.communes,
                t.communes_without_budget,
                t.projects,
                t.budget_m2,
                t.gross_m2,
                t.excluded_m2,
                t.net_m2,
                t.balance_m2,
                exclusion,
            ]
            for t in result.territories
        ]
        results = {
            self.OUTPUT_COMMUNES: table_sink(
                self,
                parameters,
                self.OUTPUT_COMMUNES,
                context,
                self._commune_fields(),
                commune_rows,
                feedback,
            )
        }
        if _given(parameters, self.OUTPUT_TERRITORIES):
            results[self.OUTPUT_TERRITORIES] = table_sink(
                self,
                parameters,
                self.OUTPUT_TERRITORIES,
                context,
                self._territory_fields(),
                territory_rows,
                feedback,
            )
        feedback.pushInfo(
            self.tr("{count} project(s) counted; exclusion: {exclusion}").format(
                count=len(projects), exclusion=exclusion
            )
        )
        return results

    def _read_projects(
        self, inputs: _Inputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> tuple[list[tuple[int, Any]], QgsRectangle]:
        source = inputs.projects
        layer = source.sourceName()
        reproject_note(source, feedback)
        fields = source.fields()
        i_status = fields.lookupField(inputs.status_field) if inputs.status_field else -1
        i_year = fields.lookupField(inputs.year_field) if inputs.year_field else -1
        kept: list[tuple[int, Any]] = []
        extent = QgsRectangle()
        dropped_status = dropped_year = no_year = fixed = 0
        for feature in source.getFeatures(
            self._request(context), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        ):
            if feedback.isCanceled():
                raise Cancelled
            if i_status >= 0 and not inputs.filter.keeps_status(plain(feature.attribute(i_status))):
                dropped_status += 1
                continue
            year = None
            if i_year >= 0:
                raw = key_text(plain(feature.attribute(i_year)))
                year = ocsge.parse_year(raw, layer) if raw else None
            keep = inputs.filter.keeps_year(year)
            if keep is None:
                no_year += 1
                continue
            if not keep:
                dropped_year += 1
                continue
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry, was_fixed = repaired(geometry)
            fixed += was_fixed
            kept.append((feature.id(), geometry))
            extent.combineExtentWith(geometry.boundingBox())
        feedback.pushInfo(
            self.tr(
                "{layer}: {kept} project(s) kept, {status} left out by status, {year} by year"
            ).format(layer=layer, kept=len(kept), status=dropped_status, year=dropped_year)
        )
        if no_year:
            feedback.pushWarning(
                self.tr("{layer}: {count} project(s) without an expected year left out").format(
                    layer=layer, count=no_year
                )
            )
        if fixed:
            feedback.pushWarning(
                self.tr("{layer}: {count} invalid geometry(ies) repaired with makeValid").format(
                    layer=layer, count=fixed
                )
            )
        return kept, extent

    def _already(
        self,
        inputs: _Inputs,
        extent: QgsRectangle,
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> tuple[str, StatusIndex | None]:
        """The exclusion used and the index of already artificialised (or U-zone) polygons."""
        if inputs.ocs is not None:
            source, layer = inputs.ocs, inputs.ocs.sourceName()
            if inputs.plu is not None:
                feedback.pushInfo(
                    self.tr("{plu}: the PLU is not used, the OCS GE layer {ocs} is").format(
                        plu=inputs.plu.sourceName(), ocs=layer
                    )
                )
            matrix = None if ocsge.ARTIF in inputs.ocs_fields else ocsge.load_matrix()
            exclusion = EXCLUSION_OCSGE if matrix is None else EXCLUSION_OCSGE_MATRIX
        elif inputs.plu is not None:
            source, layer, matrix, exclusion = (
                inputs.plu,
                inputs.plu.sourceName(),
                None,
                EXCLUSION_PLU_U,
            )
        else:
            feedback.pushWarning(
                self.tr("Neither OCS GE nor PLU: the whole area of the projects is counted")
            )
            return EXCLUSION_NONE, None
        reproject_note(source, feedback)
        request = self._request(context)
        if not extent.isEmpty():
            # the filter rectangle is in the request's destination CRS (Lambert-93)
            request.setFilterRect(extent)
        fields = source.fields()
        index = StatusIndex()
        cache: dict[Any, bool] = {}
        for feature in source.getFeatures(
            request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        ):
            if feedback.isCanceled():
                raise Cancelled
            geometry = feature.geometry()
            if geometry.isNull():
                continue
            if exclusion == EXCLUSION_PLU_U:
                status = is_u_zone(plain(feature.attribute(fields.lookupField(inputs.plu_field))))
            elif matrix is None:
                raw = plain(feature.attribute(fields.lookupField(inputs.ocs_fields[ocsge.ARTIF])))
                status = cache.get(raw)
                if status is None:
                    status = cache[raw] = ocsge.parse_artif(raw, layer)
            else:
                cs = ocsge.clean_code(plain(feature[inputs.ocs_fields[ocsge.CS]]), "CS")
                us = ocsge.clean_code(plain(feature[inputs.ocs_fields[ocsge.US]]), "US")
                status = matrix.is_artif(cs, us)
            if status:
                index.add(repaired(geometry)[0], True)
        feedback.pushInfo(
            self.tr(
                "{layer}: {count} polygon(s) of already consumed land (exclusion {exclusion})"
            ).format(layer=layer, count=len(index.geometries), exclusion=exclusion)
        )
        return exclusion, index

    def _budgets(
        self,
        inputs: _Inputs,
        insee: list[str],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, float | None]:
        budgets: dict[str, float | None] = {}
        if inputs.budget_table is not None:
            source = inputs.budget_table
            fields = source.fields()
            i_key, i_value = (
                fields.lookupField(inputs.budget_key),
                fields.lookupField(inputs.budget_field),
            )
            request = QgsFeatureRequest()
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            for feature in source.getFeatures(request):
                if feedback.isCanceled():
                    raise Cancelled
                value = plain(feature.attribute(i_value))
                budgets[key_text(plain(feature.attribute(i_key)))] = (
                    None if value is None else float(value)
                )
            return budgets
        source = inputs.communes
        fields = source.fields()
        i_key = fields.lookupField(inputs.insee_field)
        i_value = fields.lookupField(inputs.budget_commune_field or "")
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feature in source.getFeatures(request):
            value = plain(feature.attribute(i_value))
            budgets[key_text(plain(feature.attribute(i_key)))] = (
                None if value is None else float(value)
            )
        return budgets

    @staticmethod
    def _commune_fields() -> list[tuple[str, str]]:
        return [
            ("insee", "text"),
            ("territory", "text"),
            ("budget_m2", "double"),
            ("projects", "int"),
            ("projects_m2", "double"),
            ("excluded_m2", "double"),
            ("net_m2", "double"),
            ("balance_m2", "double"),
            ("exclusion", "text"),
        ]

    @staticmethod
    def _territory_fields() -> list[tuple[str, str]]:
        return [
            ("territory", "text"),
            ("communes", "int"),
            ("communes_without_budget", "int"),
            ("projects", "int"),
            ("budget_m2", "double"),
            ("projects_m2", "double"),
            ("excluded_m2", "double"),
            ("net_m2", "double"),
            ("balance_m2", "double"),
            ("exclusion", "text"),
        ]
