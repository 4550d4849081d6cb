"""aula:zanprojects: the "compteur ZAN", planned projects against the remaining budget."""

from __future__ import annotations

from typing import Any

from qgis.core import (
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
)

from ...core import layer_roles as roles
from ...core.errors import AulaError
from ...core.zan import ocsge
from ...core.zan.projects import (
    COMMUNE_FIELDS,
    NO_STATUS,
    TERRITORY_FIELDS,
    ProjectFilter,
    budget_key,
    check_horizon,
    unknown_statuses,
)
from ...gis.fields import field_name as existing_field
from ...gis.overlay import field_name, required_features, table_sink
from ...gis.values import plain
from ...gis.zan_projects import ProjectInputs, zan_counter
from ..base import AulaAlgorithm
from ..zan_parameters import COMMUNES, GROUP_FIELD, INSEE_FIELD, OCSGE, ZanParameters, is_given


class ZanProjects(AulaAlgorithm):
    PROJECTS = "PROJECTS"
    STATUS_FIELD = "STATUS_FIELD"
    STATUSES = "STATUSES"
    YEAR_FIELD = "YEAR_FIELD"
    HORIZON = "HORIZON"
    OCSGE = OCSGE
    PLU = "PLU"
    PLU_FIELD = "PLU_FIELD"
    COMMUNES = COMMUNES
    INSEE_FIELD = INSEE_FIELD
    GROUP_FIELD = GROUP_FIELD
    BUDGET_COMMUNE_FIELD = "BUDGET_COMMUNE_FIELD"
    BUDGET_TABLE = "BUDGET_TABLE"
    BUDGET_KEY = "BUDGET_KEY"
    BUDGET_FIELD = "BUDGET_FIELD"
    OUTPUT_COMMUNES = "OUTPUT_COMMUNES"
    OUTPUT_TERRITORIES = "OUTPUT_TERRITORIES"

    group_key = "zan"
    LAYER_ROLES = {
        PROJECTS: roles.PROJECTS,
        OCSGE: roles.OCSGE,
        COMMUNES: roles.COMMUNES,
        BUDGET_TABLE: roles.TRAJECTORIES,
    }
    FIELD_DEFAULTS = {STATUS_FIELD: "statut", YEAR_FIELD: "annee_prevue", BUDGET_KEY: "territory"}

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
        self.addParameter(ZanParameters.ocsge_millesime())
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
        self.addParameter(ZanParameters.communes(polygons=True))
        self.addParameter(
            ZanParameters.insee_field(
                self.tr("Commune code, matched as text with the budget table.")
            )
        )
        self.addParameter(
            ZanParameters.territory_field(
                self.tr("Territory field"),
                self.tr("Field grouping communes into territories; empty: one territory."),
                default="",
            )
        )
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
        if not is_given(parameters, name):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return required_features(source)

    def _field(
        self,
        parameters: dict[str, Any],
        name: str,
        source: QgsProcessingFeatureSource | None,
        context: QgsProcessingContext,
        default: str = "",
    ) -> str | None:
        if source is None:
            return None
        return field_name(source, self.parameterAsString(parameters, name, context), default)

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> ProjectInputs:
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
        if statuses and status is not None:
            index = projects.fields().lookupField(status)
            values = [plain(v) for v in projects.uniqueValues(index)]
            if len(unknown_statuses(statuses, values)) == len(statuses):
                raise AulaError(
                    NO_STATUS,
                    layer=projects.sourceName(),
                    field=status,
                    statuses=", ".join(statuses),
                    values=", ".join(sorted(str(v) for v in values if v is not None)),
                )
        horizon = None
        if is_given(parameters, self.HORIZON):
            horizon = check_horizon(self.parameterAsInt(parameters, self.HORIZON, context))
            if year is None:
                raise QgsProcessingException(
                    self.tr("{layer}: a horizon is given but no expected year field").format(
                        layer=projects.sourceName()
                    )
                )
        ocs = self._source(parameters, self.OCSGE, context)
        ocs_fields: dict[str, str] = {}
        if ocs is not None:
            ocs_fields = ocsge.check_ocsge_schema(ocs.fields().names(), ocs.sourceName())
        plu = self._source(parameters, self.PLU, context)
        plu_field = self._field(parameters, self.PLU_FIELD, plu, context, "typezone") or ""
        table = self._source(parameters, self.BUDGET_TABLE, context)
        key = self._field(parameters, self.BUDGET_KEY, table, context) or ""
        if table is not None and not key:
            key = budget_key(table.fields().names())
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
        if table is not None:
            existing_field(table.fields(), table.sourceName(), budget, numeric=True)
        elif commune_budget is not None:
            existing_field(communes.fields(), communes.sourceName(), commune_budget, numeric=True)
        return ProjectInputs(
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

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        counter = zan_counter(self._prepare(parameters, context), context, feedback)
        rows = counter.commune_rows()
        results = {
            self.OUTPUT_COMMUNES: table_sink(
                self, parameters, self.OUTPUT_COMMUNES, context, COMMUNE_FIELDS, rows, feedback
            )
        }
        if is_given(parameters, self.OUTPUT_TERRITORIES):
            rows = counter.territory_rows()
            results[self.OUTPUT_TERRITORIES] = table_sink(
                self, parameters, self.OUTPUT_TERRITORIES, context, TERRITORY_FIELDS, rows, feedback
            )
        feedback.pushInfo(
            self.tr("{count} project(s) counted; exclusion: {exclusion}").format(
                count=counter.projects, exclusion=counter.exclusion
            )
        )
        return results
