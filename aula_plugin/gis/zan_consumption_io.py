"""Reading the imported NAF consumption and the commune layer through QGIS.

- :func:`field_name` resolves a field of a Processing source (case-insensitive, as QGIS does);
- :func:`commune_codes` reads the commune codes a Cerema import is checked against;
- :func:`compute_consumption` reads the long table ``zan_consommation`` (with SQLite straight from
  its GeoPackage when it can, through QGIS features otherwise) and the commune grouping, and
  returns the consumption per group of :func:`~..core.zan.consumption.aggregate_sums`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from ..core.errors import QT_TRANSLATE_NOOP
from ..core.zan import cerema_store
from ..core.zan.consumption import (
    ConsumptionResult,
    aggregate_consumption,
    aggregate_sums,
    check_period,
)
from ..core.zan.model import FIELDS_CONSUMPTION, ConsumptionTable, choose_release
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .values import optional_text, plain

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


def direct_gpkg_table(value: Any, layer: QgsVectorLayer | None) -> tuple[Path | None, str]:
    """The GeoPackage file and table behind a consumption parameter, when SQLite may read it.

    ``value`` is the parameter's value and ``layer`` the layer it resolves to: no direct read
    for selected features, a feature limit, a subset string or another provider than OGR.
    """
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or value.featureLimit not in (-1, None)
    ):
        return None, ""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None, ""
    if layer.subsetString():
        return None, ""
    path, _, options = layer.source().partition("|")
    table = ""
    for option in options.split("|"):
        key, _, text = option.partition("=")
        if key == "layername":
            table = text
    if not path.lower().endswith(".gpkg") or not table:
        return None, ""
    return Path(path), table


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


def compute_consumption(
    request: ConsumptionRequest, feedback: QgsProcessingFeedback
) -> tuple[ConsumptionResult, str]:
    """The consumption per group over first..last, and the release it was read from."""
    if request.gpkg is not None and request.has_release:
        # Fast path: SQLite sums the period per commune (millions of rows for France).
        releases = cerema_store.read_releases(request.gpkg, request.table_name)
        release = choose_release(releases, request.release, request.layer)
        _warn_releases(request, releases, release, feedback)
        sums, years = cerema_store.read_period_sums(
            request.gpkg,
            release,
            request.first,
            request.last,
            request.table_name,
            is_canceled=feedback.isCanceled,
        )
        check_period(request.first, request.last, years)
        feedback.setProgress(READ_SHARE)
        grouping, areas = read_grouping(request, sorted(sums), feedback)
        result = aggregate_sums(
            sums, grouping, request.first, request.last, areas, feedback.isCanceled
        )
        return result, release
    table = read_table(request, feedback)
    grouping, areas = read_grouping(request, table.communes, feedback)
    result = aggregate_consumption(
        table, grouping, request.first, request.last, areas, feedback.isCanceled
    )
    return result, table.release


def _warn_releases(
    request: ConsumptionRequest, releases: list[str], chosen: str, feedback: QgsProcessingFeedback
) -> None:
    if len(releases) > 1 and not request.release:
        feedback.pushWarning(
            tr(_SEVERAL_RELEASES).format(
                layer=request.layer, releases=", ".join(releases), release=chosen
            )
        )


def read_table(request: ConsumptionRequest, feedback: QgsProcessingFeedback) -> ConsumptionTable:
    """The chosen release of the long table, read feature by feature (any layer)."""
    source = request.source
    fields = source.fields()
    names = [*FIELDS_CONSUMPTION, *(["release"] if request.has_release else [])]
    indices = [fields.lookupField(name) for name in names]
    rows: dict[str, list[tuple[str, int, str, int]]] = {}
    total = max(source.featureCount(), 1)
    for n, feature in enumerate(source.getFeatures(_request(indices)), start=1):
        check_cancelled(feedback)
        values = [plain(feature.attribute(i)) for i in indices]
        insee, year, destination, m2 = values[:4]
        release = str(values[4]) if request.has_release and values[4] is not None else ""
        if insee is None or year is None or destination is None or m2 is None:
            continue
        rows.setdefault(release, []).append(
            (optional_text(insee) or "", int(year), str(destination), int(m2))
        )
        if n % 10_000 == 0:
            feedback.setProgress(READ_SHARE * n / total)
    releases = sorted(rows, key=lambda label: (label.split("-")[-1], label))
    release = choose_release(releases, request.release, request.layer)
    _warn_releases(request, releases, release, feedback)
    table = ConsumptionTable(release=release)
    for insee, year, destination, m2 in rows.get(release, []):
        check_cancelled(feedback)
        table.add(insee, year, destination, m2)
    return table


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
    return grouping, areas
