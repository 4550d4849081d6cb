"""Reading the imported NAF consumption and the commune layer through QGIS.

- :func:`field_name` resolves a field of a Processing source (case-insensitive, as QGIS does);
- :func:`commune_codes` reads the commune codes a Cerema import is checked against;
- :func:`compute_consumption` reads the long table ``zan_consommation`` (with SQLite straight from
  its GeoPackage when it can, through QGIS features otherwise) and the commune grouping, and
  returns the consumption per group of :func:`~..core.zan.consumption.aggregate_sums`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingFeedback,
)

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.territory_names import NAME
from ..core.zan import cerema_store
from ..core.zan.consumption import (
    NO_COMMUNE,
    ConsumptionResult,
    aggregate_consumption,
    aggregate_sums,
    check_period,
)
from ..core.zan.model import FIELDS_CONSUMPTION, choose_release
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .fields import field_or_none
from .territory_names import territory_names
from .values import optional_text, plain
from .zan_long_table import (  # noqa: F401 (direct_gpkg_table: re-exported)
    LongTable,
    direct_gpkg_table,
    read_long_table,
    read_period_sums,
    releases,
    sqlite_error,
)

#: share of the progress bar taken by reading the consumption (the rest: writing the output)
READ_SHARE = 70.0

# fmt: off
_SEVERAL_RELEASES = QT_TRANSLATE_NOOP("aula",
    "{layer} holds several releases ({releases}): the latest, {release}, is used")
# fmt: on


def _request(indices: list[int]) -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(indices)
    return request


def commune_codes(
    source: QgsFeatureSource, field: str, feedback: QgsProcessingFeedback
) -> set[str]:
    """The non-blank values of ``field``, stripped and upper-cased, as text."""
    index = source.fields().lookupField(field)
    codes: set[str] = set()
    for feature in source.getFeatures(_request([index])):
        check_cancelled(feedback)
        value = plain(feature.attribute(index))
        # str(), not key_text: a code stored as 62041.0 must be refused as not an INSEE code
        if value is not None and str(value).strip():
            codes.add(str(value).strip().upper())
    return codes


@dataclass
class ConsumptionRequest:
    """The inputs of aula:zanconsumption, resolved."""

    source: QgsFeatureSource
    layer: str
    gpkg: Path | None  # the long table's GeoPackage, read directly with SQLite when possible
    table_name: str
    has_release: bool
    release: str
    communes: QgsFeatureSource | None
    commune_field: str
    group_field: str
    area_field: str
    area_factor: float
    first: int
    last: int


def long_table(request: ConsumptionRequest) -> LongTable:
    """The long table of a request, for the shared reader (gis.zan_long_table)."""
    fields = request.source.fields()
    spelled = {name: field_or_none(fields, name) or name for name in FIELDS_CONSUMPTION}
    return LongTable(
        request.source,
        request.layer,
        spelled,
        field_or_none(fields, "release") if request.has_release else None,
        request.gpkg,
        request.table_name,
    )


def compute_consumption(
    request: ConsumptionRequest, feedback: QgsProcessingFeedback
) -> tuple[ConsumptionResult, str]:
    """The consumption per group over first..last, and the release it was read from."""
    table = long_table(request)

    def warn(error: AulaError) -> None:
        feedback.pushWarning(error.message(tr))

    if request.gpkg is not None and request.has_release:
        # Fast path: SQLite hands over the rows (millions for France), checked on the way.
        try:
            found = cerema_store.read_releases(request.gpkg, request.table_name)
        except sqlite3.Error as exc:
            raise sqlite_error(request.gpkg, request.table_name, exc) from None
        release = choose_release(found, request.release, request.layer)
        _warn_releases(request, found, release, feedback)
        sums = read_period_sums(table, release, request.first, request.last, feedback, warn)
        check_period(
            request.first,
            request.last,
            cerema_store.release_years(request.gpkg, release, request.table_name),
        )
        feedback.setProgress(READ_SHARE)
        grouping, areas = read_grouping(request, sorted(sums), feedback)
        result = aggregate_sums(
            sums, grouping, request.first, request.last, areas, feedback.isCanceled
        )
        return result, release
    found = releases(table)
    release = choose_release(found, request.release, request.layer)
    _warn_releases(request, found, release, feedback)
    consumption = read_long_table(table, release, feedback, warn)
    consumption.release = release
    feedback.setProgress(READ_SHARE)
    grouping, areas = read_grouping(request, consumption.communes, feedback)
    result = aggregate_consumption(
        consumption, grouping, request.first, request.last, areas, feedback.isCanceled
    )
    return result, release


def _warn_releases(
    request: ConsumptionRequest, releases: list[str], chosen: str, feedback: QgsProcessingFeedback
) -> None:
    if len(releases) > 1 and not request.release:
        feedback.pushWarning(
            tr(_SEVERAL_RELEASES).format(
                layer=request.layer, releases=", ".join(releases), release=chosen
            )
        )


def read_grouping(
    request: ConsumptionRequest, codes: list[str], feedback: QgsProcessingFeedback
) -> tuple[dict[str, str | None], dict[str, float | None] | None]:
    """commune → group key (itself without a commune layer), and commune → area in m²."""
    if request.communes is None:
        return {c: c for c in codes}, None
    source = request.communes
    fields = source.fields()
    code_index = fields.lookupField(request.commune_field)
    group_index = fields.lookupField(request.group_field) if request.group_field else -1
    area_index = fields.lookupField(request.area_field) if request.area_field else -1
    indices = [i for i in (code_index, group_index, area_index) if i >= 0]
    grouping: dict[str, str | None] = {}
    areas: dict[str, float | None] | None = {} if area_index >= 0 else None
    for feature in source.getFeatures(_request(indices)):
        check_cancelled(feedback)
        code = optional_text(feature.attribute(code_index))
        if code is None:
            continue
        code = code.upper()
        grouping[code] = optional_text(feature.attribute(group_index)) if group_index >= 0 else code
        if areas is not None:
            area = plain(feature.attribute(area_index))
            areas[code] = float(area) * request.area_factor if area is not None else None
    if not grouping:  # an empty layer, a filter leaving none, or only NULL codes
        raise AulaError(NO_COMMUNE, layer=source.sourceName())
    return grouping, areas


def _commune_key(value: object) -> str | None:
    code = optional_text(value)
    return code.upper() if code is not None else None


def group_names(
    request: ConsumptionRequest, feedback: QgsProcessingFeedback
) -> dict[str, str] | None:
    """Group key -> name for the ``nom`` column, read as :func:`read_grouping` reads the keys;
    None when the groups are keyed by ``nom`` itself (the output then has no name column)."""
    if request.group_field.lower() == NAME:
        return None
    if request.group_field:
        return territory_names(request.communes, request.group_field, feedback, key=optional_text)
    return territory_names(
        request.communes, None, feedback, commune_field=request.commune_field, key=_commune_key
    )
