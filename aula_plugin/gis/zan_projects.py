"""The "compteur ZAN" read from QGIS layers: projects, already consumed land, remaining budgets.

Projects are reprojected to Lambert-93, filtered by status and expected year, clipped by the
communes (``gis/overlay.py``) and measured over the land already artificialised in an OCS GE
millésime (or, with only a PLU, over its U zones); the sums per commune and territory are pure
logic in ``core/zan/projects.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsSpatialIndex,
)

from ..core.compat import zip_strict
from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.numbers import finite
from ..core.zan import ocsge
from ..core.zan import projects as zp
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .geometry import GeometryRepair
from .overlay import (
    Communes,
    StatusIndex,
    lambert93_request,
    overlay_names,
    read_communes,
    reproject_note,
)
from .values import key_text, plain_date_text

#: warnings listed one by one before a total
MAX_LISTED = 10
#: the territory of every commune when no territory field is given
ONE_TERRITORY = "ensemble"

CONTEXT = "ZanProjectsReader"
# fmt: off
MSG_OUTSIDE = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "{layer}: {count} project(s) outside every commune were left out")
MSG_NO_BUDGET = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "{count} commune(s) without a remaining budget (NULL balance): {list}")
MSG_KEPT = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "{layer}: {kept} project(s) kept, {status} left out by status, {year} by year")
MSG_NO_YEAR = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "{layer}: {count} project(s) without an expected year left out")
MSG_PLU_UNUSED = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "{plu}: the PLU is not used, the OCS GE layer {ocs} is")
MSG_NO_EXCLUSION = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "Neither OCS GE nor PLU: the whole area of the projects is counted")
MSG_DUPLICATES = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "{layer}: {count} project(s) with the same geometry as another one counted once "
    "({ha} ha not counted twice), feature id(s) {ids}")
MSG_OVERLAPS = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "{layer}: {count} pair(s) of projects overlap: {ha} ha counted twice, e.g. feature ids {pair}")
MSG_CONSUMED = QT_TRANSLATE_NOOP("ZanProjectsReader",
    "{layer}: {count} polygon(s) of already consumed land (exclusion {exclusion})")
# fmt: on


@dataclass
class ProjectInputs:
    """The checked inputs of the ZAN counter (field names as the layers spell them)."""

    projects: QgsProcessingFeatureSource
    communes: QgsProcessingFeatureSource
    insee_field: str
    group_field: str | None
    status_field: str | None
    year_field: str | None
    filter: zp.ProjectFilter
    ocs: QgsProcessingFeatureSource | None
    ocs_fields: dict[str, str]
    plu: QgsProcessingFeatureSource | None
    plu_field: str
    budget_table: QgsProcessingFeatureSource | None
    budget_key: str
    budget_field: str
    budget_commune_field: str | None


@dataclass
class Counter:
    """What the counter found: the balances, the exclusion used and the projects counted, and
    the names of the communes and territories (for the ``nom`` columns)."""

    result: zp.BalanceResult
    exclusion: str
    projects: int
    commune_names: dict[str, str] = field(default_factory=dict)
    territory_names: dict[str, str] = field(default_factory=dict)

    def commune_rows(self) -> list[list[object]]:
        return zp.commune_rows(self.result, self.exclusion, self.commune_names)

    def territory_rows(self) -> list[list[object]]:
        return zp.territory_rows(self.result, self.exclusion, self.territory_names)


def zan_counter(
    inputs: ProjectInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> Counter:
    """Projects clipped by the communes, less the consumed land, against the budgets."""
    communes = read_communes(
        inputs.communes, inputs.insee_field, inputs.group_field, context, feedback
    )
    if inputs.group_field is None:
        communes.territory = [ONE_TERRITORY] * len(communes.insee)
    feedback.setProgress(10)
    projects, extent = read_projects(inputs, context, feedback)
    feedback.setProgress(30)
    exclusion, already = already_consumed(inputs, extent, context, feedback)
    feedback.setProgress(50)
    pieces = _pieces(communes, projects, already, inputs.projects.sourceName(), feedback)
    budgets = read_budgets(inputs, feedback)
    result = zp.balances(zip_strict(communes.insee, communes.territory), budgets, pieces)
    if result.missing_budget:
        feedback.pushWarning(
            tr(MSG_NO_BUDGET, CONTEXT).format(
                count=len(result.missing_budget),
                list=", ".join(result.missing_budget[:MAX_LISTED]),
            )
        )
    names = overlay_names(inputs.communes, inputs.insee_field, None, feedback)
    groups: dict[str, str] = {}
    if inputs.group_field is not None:
        groups = overlay_names(inputs.communes, inputs.insee_field, inputs.group_field, feedback)
    return Counter(result, exclusion, len(projects), names, groups)


def _pieces(
    communes: Communes,
    projects: list[tuple[int, QgsGeometry]],
    already: StatusIndex | None,
    layer: str,
    feedback: QgsProcessingFeedback,
) -> list[tuple[str, int, float, float]]:
    """(insee, project id, area, excluded area) of every project piece in a commune."""
    pieces = []
    outside = 0
    for n, (pid, geometry) in enumerate(projects):
        check_cancelled(feedback)
        clipped = communes.overlay.clip(geometry, keep_geometry=True)
        if not clipped:
            outside += 1
        for c, area, piece in clipped:
            excluded = already.area_with_status(piece, True) if already else 0.0
            pieces.append((communes.insee[c], pid, area, excluded))
        feedback.setProgress(50 + 40 * (n + 1) / max(len(projects), 1))
    if outside:
        feedback.pushWarning(tr(MSG_OUTSIDE, CONTEXT).format(layer=layer, count=outside))
    return pieces


def read_projects(
    inputs: ProjectInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> tuple[list[tuple[int, QgsGeometry]], QgsRectangle]:
    """The projects kept by the filter, (feature id, repaired geometry), and their extent."""
    source = inputs.projects
    layer = source.sourceName()
    reproject_note(source, feedback)
    fields = source.fields()
    i_status = fields.lookupField(inputs.status_field) if inputs.status_field else -1
    i_year = fields.lookupField(inputs.year_field) if inputs.year_field else -1
    kept: list[tuple[int, QgsGeometry]] = []
    extent = QgsRectangle()
    dropped_status = dropped_year = no_year = 0
    statuses_seen: set[str] = set()
    repair = GeometryRepair()
    for feature in source.getFeatures(
        lambert93_request(context), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    ):
        check_cancelled(feedback)
        status = plain_date_text(feature.attribute(i_status)) if i_status >= 0 else None
        statuses_seen.add(zp.normalise_status(status))
        if i_status >= 0 and not inputs.filter.keeps_status(status):
            dropped_status += 1
            continue
        year = None
        if i_year >= 0:
            raw = key_text(plain_date_text(feature.attribute(i_year)))
            year = zp.expected_year(raw, layer, inputs.year_field or "")
        keep = inputs.filter.keeps_year(year)
        if keep is None:
            no_year += 1
            continue
        if not keep:
            dropped_year += 1
            continue
        geometry = repair(feature.geometry())
        if geometry is None:
            continue
        kept.append((feature.id(), geometry))
        extent.combineExtentWith(geometry.boundingBox())
    feedback.pushInfo(
        tr(MSG_KEPT, CONTEXT).format(
            layer=layer, kept=len(kept), status=dropped_status, year=dropped_year
        )
    )
    if no_year:
        feedback.pushWarning(tr(MSG_NO_YEAR, CONTEXT).format(layer=layer, count=no_year))
    repair.report(feedback, layer)
    unknown = zp.unknown_statuses(inputs.filter.statuses, statuses_seen)
    if unknown and i_status >= 0:
        warning = AulaError(
            zp.UNKNOWN_STATUS,
            layer=layer,
            field=inputs.status_field,
            statuses=", ".join(unknown),
            values=", ".join(sorted(statuses_seen)),
        )
        feedback.pushWarning(warning.message(tr))
    return _distinct(kept, layer, feedback), extent


def _distinct(
    kept: list[tuple[int, QgsGeometry]], layer: str, feedback: QgsProcessingFeedback
) -> list[tuple[int, QgsGeometry]]:
    """The projects, each geometry once (a duplicated row would count twice); overlaps warned."""
    seen: dict[bytes, int] = {}
    distinct: list[tuple[int, QgsGeometry]] = []
    duplicates: list[int] = []
    duplicated_m2 = 0.0
    for fid, geometry in kept:
        check_cancelled(feedback)
        normal = QgsGeometry(geometry)
        normal.normalize()
        key = bytes(normal.asWkb())
        if key in seen:
            duplicates.append(fid)
            duplicated_m2 += geometry.area()
            continue
        seen[key] = fid
        distinct.append((fid, geometry))
    if duplicates:
        feedback.pushWarning(
            tr(MSG_DUPLICATES, CONTEXT).format(
                layer=layer,
                count=len(duplicates),
                ha=f"{duplicated_m2 / 1e4:.2f}",
                ids=", ".join(str(i) for i in duplicates[:MAX_LISTED]),
            )
        )
    index = QgsSpatialIndex()
    for n, (_, geometry) in enumerate(distinct):
        index.addFeature(n, geometry.boundingBox())
    pairs, overlap_m2 = [], 0.0
    for n, (fid, geometry) in enumerate(distinct):
        check_cancelled(feedback)
        for m in index.intersects(geometry.boundingBox()):
            if m <= n:
                continue
            area = geometry.intersection(distinct[m][1]).area()
            if area >= zp.SLIVER_M2:
                pairs.append((fid, distinct[m][0]))
                overlap_m2 += area
    if pairs:
        feedback.pushWarning(
            tr(MSG_OVERLAPS, CONTEXT).format(
                layer=layer,
                count=len(pairs),
                ha=f"{overlap_m2 / 1e4:.2f}",
                pair=" & ".join(str(i) for i in pairs[0]),
            )
        )
    return distinct


def already_consumed(
    inputs: ProjectInputs,
    extent: QgsRectangle,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> tuple[str, StatusIndex | None]:
    """The exclusion used and the index of already artificialised (or U-zone) polygons."""
    if inputs.ocs is not None:
        source, layer = inputs.ocs, inputs.ocs.sourceName()
        if inputs.plu is not None:
            feedback.pushInfo(
                tr(MSG_PLU_UNUSED, CONTEXT).format(plu=inputs.plu.sourceName(), ocs=layer)
            )
        matrix = None if ocsge.ARTIF in inputs.ocs_fields else ocsge.load_matrix()
        exclusion = zp.EXCLUSION_OCSGE if matrix is None else zp.EXCLUSION_OCSGE_MATRIX
    elif inputs.plu is not None:
        source, layer, matrix = inputs.plu, inputs.plu.sourceName(), None
        exclusion = zp.EXCLUSION_PLU_U
    else:
        feedback.pushWarning(tr(MSG_NO_EXCLUSION, CONTEXT))
        return zp.EXCLUSION_NONE, None
    reproject_note(source, feedback)
    request = lambert93_request(context)
    if not extent.isEmpty():
        # the filter rectangle is in the request's destination CRS (Lambert-93)
        request.setFilterRect(extent)
    fields = source.fields()
    index = StatusIndex()
    cache: dict[Any, bool] = {}
    repair = GeometryRepair()
    for feature in source.getFeatures(
        request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    ):
        check_cancelled(feedback)
        if exclusion == zp.EXCLUSION_PLU_U:
            typezone = feature.attribute(fields.lookupField(inputs.plu_field))
            status = zp.is_u_zone(plain_date_text(typezone))
        elif matrix is None:
            artif = feature.attribute(fields.lookupField(inputs.ocs_fields[ocsge.ARTIF]))
            raw = plain_date_text(artif)
            status = cache.get(raw)
            if status is None:
                status = cache[raw] = ocsge.parse_artif(raw, layer)
        else:
            cs = ocsge.clean_code(plain_date_text(feature[inputs.ocs_fields[ocsge.CS]]), "CS")
            us = ocsge.clean_code(plain_date_text(feature[inputs.ocs_fields[ocsge.US]]), "US")
            status = matrix.is_artif(cs, us)
        if status:
            # only the polygons used are checked: the others do not count
            geometry = repair(feature.geometry())
            if geometry is not None:
                index.add(geometry, True)
    repair.report(feedback, layer)
    feedback.pushInfo(
        tr(MSG_CONSUMED, CONTEXT).format(
            layer=layer, count=len(index.geometries), exclusion=exclusion
        )
    )
    return exclusion, index


def read_budgets(inputs: ProjectInputs, feedback: QgsProcessingFeedback) -> dict[str, float | None]:
    """INSEE code (or territory key) -> remaining budget in m², None when NULL.

    From the budget table when there is one, else from the budget field of the communes.
    """
    if inputs.budget_table is not None:
        source, key, value = inputs.budget_table, inputs.budget_key, inputs.budget_field
        check = feedback
    else:
        source, key, value = inputs.communes, inputs.insee_field, inputs.budget_commune_field or ""
        check = None  # this loop never checked for cancellation: kept as it was
    fields = source.fields()
    key_name = key
    i_key, i_value = fields.lookupField(key), fields.lookupField(value)
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    budgets: dict[str, float | None] = {}
    keys: list[str] = []
    layer = source.sourceName()
    for feature in source.getFeatures(request):
        check_cancelled(check)
        budget = plain_date_text(feature.attribute(i_value))
        key = key_text(plain_date_text(feature.attribute(i_key)))
        keys.append(key)
        budgets[key] = None if budget is None else finite(budget, f"{layer}: {value} ({key})")
    zp.check_unique_keys(keys, layer, key_name)
    return budgets
