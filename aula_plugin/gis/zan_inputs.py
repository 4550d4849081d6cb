"""Readers of the ZAN input layers: the long consumption table, the commune layer, OCS GE tables.

Shared by the ZAN algorithms: fields are looked up case-insensitively and returned as spelled in
the layer, values come out as plain Python (``gis.values``), codes as key texts, and every loop
over features checks for cancellation. Errors are AulaError (the algorithms' base converts them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingFeedback,
)

from ..core.booleans import boolean_word
from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.zan.model import (
    ELIGIBLE_WORDS,
    NOT_ELIGIBLE_WORDS,
    PERIOD_START,
    ConsumptionTable,
    choose_release,
)
from ..core.zan.territory_trajectories import Commune
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .fields import field_or_none
from .territory_names import territory_names
from .values import key_text, plain
from .zan_long_table import LongTable, read_long_table, releases

# fmt: off
_MISSING_FIELDS = QT_TRANSLATE_NOOP("aula",
    "{layer}: missing field(s) {fields} (expected {expected})")
_NULL = QT_TRANSLATE_NOOP("aula", "{layer}: feature {fid}: field {field} is NULL")
_NO_RELEASE_FIELD = QT_TRANSLATE_NOOP("aula",
    "{layer}: no release field to choose release {release}")
_RELEASE_USED = QT_TRANSLATE_NOOP("aula",
    "{layer}: several releases ({releases}); {release} is used")
_EMPTY_CODE = QT_TRANSLATE_NOOP("aula", "{layer}: feature {fid} has an empty {field}")
_DUPLICATE_COMMUNE = QT_TRANSLATE_NOOP("aula", "{layer}: commune {insee} appears more than once")
_BAD_ELIGIBILITY = QT_TRANSLATE_NOOP("aula",
    "{layer}: commune {insee}: eligibility {field} = {value!r} is not 1/0, true/false or oui/non")
_NO_FEATURE = QT_TRANSLATE_NOOP("aula", "{layer}: the layer has no feature")
_WITHOUT_GROUP = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} commune(s) without a group key are left out: {list}")
_DEDUCTION_BEFORE_2021 = QT_TRANSLATE_NOOP("aula",
    "{layer}: feature {fid}: year {year}: deductions only apply to consumption since 2021")
_NOT_IN_COMMUNES = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} commune(s) not in {communes} are ignored")
# fmt: on

#: membership fields of the commune layer used as parents for the rate lookup, nearest first
ANCESTOR_FIELDS = (
    ("epci_siren", "EPCI_{key}"),
    ("scot_id", "{key}"),
    ("pole_id", "{key}"),
    ("territoire_id", "{key}"),
)
#: communes listed at most in a warning
_LIST_LIMIT = 20


def _no_geometry() -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return request


def require_fields(source: QgsFeatureSource, layer: str, names: Sequence[str]) -> dict[str, str]:
    """Expected name -> name as spelled in the layer; one error listing every absent field."""
    found = {name: field_or_none(source.fields(), name) for name in names}
    missing = [name for name, real in found.items() if real is None]
    if missing:
        raise AulaError(
            _MISSING_FIELDS, layer=layer, fields=", ".join(missing), expected=", ".join(names)
        )
    return {name: real for name, real in found.items() if real is not None}


# -- the commune layer ----------------------------------------------------------------------------


def read_members(
    communes: QgsFeatureSource,
    territory_field: str,
    territory: str,
    feedback: QgsProcessingFeedback | None = None,
) -> tuple[list[tuple[str, str, float | None]], set[str]]:
    """Communes whose ``territory_field`` is ``territory``: (insee, nom, surface_ha), epci_nom's."""
    fields = communes.fields()
    insee, name, area_index = (fields.lookupField(n) for n in ("insee", "nom", "surface_ha"))
    key_index = fields.lookupField(territory_field)
    epci_name = fields.lookupField("epci_nom")
    members: list[tuple[str, str, float | None]] = []
    group_names: set[str] = set()
    for feature in communes.getFeatures(_no_geometry()):
        check_cancelled(feedback)
        if key_text(feature.attribute(key_index)) != territory:
            continue
        code = key_text(feature.attribute(insee))
        area = plain(feature.attribute(area_index))
        label = str(plain(feature.attribute(name)) or code)
        members.append((code, label, None if area is None else float(area)))
        if epci_name >= 0:
            value = plain(feature.attribute(epci_name))
            if value:
                group_names.add(str(value))
    return members, group_names


def commune_ancestors(communes: QgsFeatureSource, insee: str) -> tuple[str, ...]:
    """EPCI_<siren> of a commune (from its epci_siren field), for the rates lookup."""
    fields = communes.fields()
    epci = fields.lookupField("epci_siren")
    if epci < 0:
        return ()
    request = _no_geometry().setFilterExpression(
        f"{QgsExpression.quotedColumnRef(field_or_none(communes.fields(), 'insee'))} = "
        f"{QgsExpression.quotedValue(insee)}"
    )
    for feature in communes.getFeatures(request):
        siren = key_text(feature.attribute(epci))
        if siren:
            return (f"EPCI_{siren}",)
    return ()


# -- the long consumption table -------------------------------------------------------------------


# -- tables with a territory column (OCS GE stocks and flows) -------------------------------------


def territory_table_rows(
    source: QgsFeatureSource,
    wanted: Sequence[str],
    feedback: QgsProcessingFeedback | None = None,
) -> Iterator[dict[str, Any]]:
    """Rows as ``{name: value}`` (None for absent fields), the territory as a key text."""
    fields = source.fields()
    index = {name: fields.lookupField(name) for name in wanted}
    for feature in source.getFeatures(_no_geometry()):
        check_cancelled(feedback)
        row = {name: (plain(feature.attribute(i)) if i >= 0 else None) for name, i in index.items()}
        row["territory"] = key_text(row["territory"])
        yield row


def read_naf_consumption(
    table: LongTable,
    requested_release: str,
    feedback: QgsProcessingFeedback,
) -> ConsumptionTable:
    """The "naf" rows of one release of the long table, every row checked (gis.zan_long_table)."""
    release = ""
    if table.release_field:
        found = releases(table)
        release = choose_release(found, requested_release, table.name)
        if len(found) > 1 and not requested_release:
            feedback.pushWarning(
                tr(_RELEASE_USED).format(
                    layer=table.name, releases=", ".join(found), release=release
                )
            )
    elif requested_release:
        raise AulaError(_NO_RELEASE_FIELD, layer=table.name, release=requested_release)
    return read_long_table(
        table,
        release,
        feedback,
        lambda error: feedback.pushWarning(error.message(tr)),
        naf_only=True,
    )


def read_communes(
    source: QgsFeatureSource,
    layer: str,
    insee_field: str,
    feedback: QgsProcessingFeedback,
    *,
    group_field: str | None = None,
    pool_field: str | None = None,
    eligibility_field: str | None = None,
    ancestor_fields: Sequence[tuple[str, str]] = ANCESTOR_FIELDS,
) -> list[Commune]:
    """The communes with their group / PLUi keys, eligibility and parent rate ids.

    ``ancestor_fields``: (field, template of the rate id such as "EPCI_{key}"), nearest first;
    those absent from the layer are skipped.
    """
    ancestor_fields = [
        (real, template)
        for real, template in ((field_or_none(source.fields(), n), t) for n, t in ancestor_fields)
        if real is not None
    ]
    names = [insee_field, group_field, pool_field, eligibility_field]
    names += [name for name, _ in ancestor_fields]
    index = {name: source.fields().lookupField(name) for name in names if name}
    request = _no_geometry()
    request.setSubsetOfAttributes(sorted(set(index.values())))
    communes: dict[str, Commune] = {}
    for feature in source.getFeatures(request):
        check_cancelled(feedback)

        def value(name: str) -> str:
            return key_text(feature.attribute(index[name]))  # noqa: B023 (used in this loop)

        code = value(insee_field)
        if not code:
            raise AulaError(_EMPTY_CODE, layer=layer, fid=feature.id(), field=insee_field)
        if code in communes:
            raise AulaError(_DUPLICATE_COMMUNE, layer=layer, insee=code)
        eligible = False
        if eligibility_field:
            raw = value(eligibility_field).lower()
            flag = boolean_word(raw, ELIGIBLE_WORDS, NOT_ELIGIBLE_WORDS)
            if flag is None:
                raise AulaError(
                    _BAD_ELIGIBILITY, layer=layer, insee=code, field=eligibility_field, value=raw
                )
            eligible = flag
        ancestors = tuple(
            template.format(key=value(name)) for name, template in ancestor_fields if value(name)
        )
        group = value(group_field) if group_field else None
        pool = value(pool_field) if pool_field else None
        communes[code] = Commune(code, group or None, pool or None, eligible, ancestors)
    if not communes:
        raise AulaError(_NO_FEATURE, layer=layer)
    missing = sorted(
        c.insee
        for c in communes.values()
        if (group_field and not c.group) or (pool_field and not c.pool)
    )
    if missing:
        feedback.pushWarning(
            tr(_WITHOUT_GROUP).format(
                layer=layer, count=len(missing), list=", ".join(missing[:_LIST_LIMIT])
            )
        )
    return list(communes.values())


def read_deductions(
    tables: dict[str, tuple[QgsFeatureSource, str, dict[str, str]]],
    feedback: QgsProcessingFeedback,
) -> dict[str, dict[str, dict[int, int]]]:
    """kind -> insee -> year -> m² from the deduction tables (insee, annee ≥ 2021, surface_m2).

    ``tables``: kind -> (source, layer name, {insee, annee, surface_m2} -> field name).
    """
    out: dict[str, dict[str, dict[int, int]]] = {}
    for kind, (source, layer, fields) in tables.items():
        index = {name: source.fields().lookupField(real) for name, real in fields.items()}
        request = _no_geometry()
        request.setSubsetOfAttributes(list(index.values()))
        by_commune: dict[str, dict[int, int]] = {}
        for feature in source.getFeatures(request):
            check_cancelled(feedback)
            values = {name: plain(feature.attribute(i)) for name, i in index.items()}
            for name, found in values.items():
                if found is None or found == "":
                    raise AulaError(_NULL, layer=layer, fid=feature.id(), field=fields[name])
            year = int(values["annee"])
            if year < PERIOD_START:
                raise AulaError(_DEDUCTION_BEFORE_2021, layer=layer, fid=feature.id(), year=year)
            years = by_commune.setdefault(key_text(values["insee"]), {})
            years[year] = years.get(year, 0) + int(values["surface_m2"])
        out[kind] = by_commune
    return out


@dataclass
class TrajectorySources:
    """The layers of aula:zantrajectory and their fields as spelled in them."""

    consumption: LongTable
    release: str  # requested release, "" : the most recent
    communes: QgsFeatureSource
    communes_name: str
    insee_field: str
    group_field: str | None = None
    pool_field: str | None = None
    eligibility_field: str | None = None
    #: kind -> (source, layer name, {insee, annee, surface_m2} -> field name)
    deductions: dict[str, tuple[QgsFeatureSource, str, dict[str, str]]] = field(
        default_factory=dict
    )

    def territory_names(self, feedback: QgsProcessingFeedback | None = None) -> dict[str, str]:
        """Territory key -> name, from the commune layer (its nom, or the group's name field)."""
        return territory_names(
            self.communes,
            self.pool_field or self.group_field,
            feedback,
            commune_field=self.insee_field,
        )


def read_trajectory_sources(
    sources: TrajectorySources, feedback: QgsProcessingFeedback, progress_share: float = 0.0
) -> tuple[ConsumptionTable, list[Commune], dict[str, dict[str, dict[int, int]]]]:
    """The NAF consumption, the communes (those with a key when grouped) and the deductions."""
    consumption = read_naf_consumption(sources.consumption, sources.release, feedback)
    feedback.setProgress(progress_share)
    communes = read_communes(
        sources.communes,
        sources.communes_name,
        sources.insee_field,
        feedback,
        group_field=sources.group_field,
        pool_field=sources.pool_field,
        eligibility_field=sources.eligibility_field,
    )
    deductions = read_deductions(sources.deductions, feedback)
    grouped = bool(sources.group_field or sources.pool_field)
    if grouped:
        communes = [c for c in communes if (c.pool if sources.pool_field else c.group)]
    unknown = sorted(set(consumption.values) - {c.insee for c in communes})
    if unknown and not grouped:
        feedback.pushInfo(
            tr(_NOT_IN_COMMUNES).format(
                layer=sources.consumption.name,
                count=len(unknown),
                communes=sources.communes_name,
            )
        )
    return consumption, communes, deductions
