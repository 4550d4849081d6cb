"""The figures of the triennial report, computed from the rows read (pure logic, no qgis).

The QGIS glue (:mod:`aula_plugin.gis.zan_report`) reads the commune layer, the long consumption
table and the optional OCS GE tables, then calls these functions in the order of the report:
territory and members, release, consumption notes, rate, OCS GE sums, provenance, and finally
:func:`report_data`, whose result :func:`.report.build_report` lays out. Warnings are handed to a
``warn`` callback as :class:`AulaError` (a template translated by the glue), in the order they
arise; errors are raised as AulaError.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..errors import QT_TRANSLATE_NOOP, AulaError
from .model import TOTAL, ConsumptionTable, choose_release
from .rates import load_rates, negative_rate_warning, read_note
from .report import (
    KIND_COMMUNE,
    KIND_EPCI,
    SOURCE_OCSGE,
    ArtifFlow,
    Artificialisation,
    ArtifStock,
    ReportData,
    fr_date,
    member_summary,
    negative_value_notes,
)
from .trajectory import GUARANTEE_M2, Trajectory

#: a member commune as read from the commune layer: (insee, nom, surface_ha or None)
Member = tuple[str, str, Optional[float]]
Warn = Callable[[AulaError], None]

#: fields of the OCS GE tables written by aula:zanartificialisation
STOCK_FIELDS = ("territory", "millesime", "artif_m2", "impermeable_m2")
FLOW_FIELDS = (
    "territory",
    "millesime_1",
    "millesime_2",
    "artificialisation_m2",
    "renaturation_m2",
    "net_m2",
)
#: the rate printed when the user gives one without saying where it comes from
UNSOURCED_RATE = "taux saisi par l'utilisateur, source non précisée"
#: communes listed at most in a warning or a note
_LIST_LIMIT = 20

# fmt: off
_NO_COMMUNE = QT_TRANSLATE_NOOP("aula", "{layer}: no commune has {field} = {value}")
_NO_CONSUMPTION = QT_TRANSLATE_NOOP("aula",
    "{layer}: no consumption row for the communes of {territory}")
_RELEASE_NOT_FOUND = QT_TRANSLATE_NOOP("aula",
    "{layer}: release {release} not found (releases: {releases})")
_SEVERAL_RELEASES = QT_TRANSLATE_NOOP("aula",
    "{layer}: several releases ({releases}); the most recent one, {release}, is reported "
    "(choose another with RELEASE)")
_MEMBERS_WITHOUT_ROW = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} commune(s) of the territory have no row: {communes}")
_GUARANTEE_IGNORED = QT_TRANSLATE_NOOP("aula",
    "The 1 ha guarantee applies to eligible communes only: ignored for {t}")
_NO_TERRITORY_ROW = QT_TRANSLATE_NOOP("aula",
    "{layer}: no row for territory {territory} nor for its communes")
_SYNTHETIC = QT_TRANSLATE_NOOP("aula", "Synthetic input data: every output is stamped SYNTHÉTIQUE")
_AREA_INCOMPLETE = QT_TRANSLATE_NOOP("aula",
    "{layer}: some communes have no surface_ha: the area is incomplete")
# fmt: on


@dataclass
class ReportRequest:
    """What the user asked for (the algorithm's parameters, validated)."""

    territory: str  # value of the territory field: INSEE or SIREN
    kind: str  # KIND_COMMUNE or KIND_EPCI
    territory_field: str = "insee"
    name_override: str = ""
    rate: float | None = None  # per cent, given by the user
    rate_source: str = ""
    rates_file: str = ""  # "" : the rates table shipped with the plugin
    eligible: bool = False
    release: str = ""


@dataclass(frozen=True)
class ReportRate:
    rate_pct: float
    document: str
    page: str = ""
    date: str = ""
    fallback: bool = False


@dataclass
class ReportProvenance:
    """What the inputs' GeoPackages record: synthetic layers, the Cerema file, the communes."""

    synthetic: bool = False
    note: str = ""
    source_file: str = ""
    communes_source: str = ""


def territory_members(
    members: list[Member], group_names: set[str], request: ReportRequest, layer: str
) -> tuple[list[Member], str]:
    """Members sorted by INSEE and the territory's name (override, commune name, epci_nom)."""
    if not members:
        raise AulaError(
            _NO_COMMUNE, layer=layer, field=request.territory_field, value=request.territory
        )
    members = sorted(members)
    if request.name_override:
        name = request.name_override
    elif request.kind == KIND_COMMUNE:
        name = members[0][1]
    elif len(group_names) == 1:
        name = next(iter(group_names))
    else:
        name = request.territory
    return members, name


def report_release(
    by_release: Mapping[str, object], requested: str, layer: str, territory: str, warn: Warn
) -> str:
    """The release reported (core.zan.model.choose_release), warning when there are several."""
    if not by_release:
        raise AulaError(_NO_CONSUMPTION, layer=layer, territory=territory)
    releases = ", ".join(sorted(by_release))
    if requested and requested not in by_release:
        raise AulaError(_RELEASE_NOT_FOUND, layer=layer, release=requested, releases=releases)
    release = choose_release(by_release, requested, layer)
    if not requested and len(by_release) > 1:
        warn(AulaError(_SEVERAL_RELEASES, layer=layer, releases=releases, release=release))
    return release


def consumption_notes(
    table: ConsumptionTable, members: Sequence[Member], layer: str, warn: Warn
) -> list[str]:
    """Data-quality notes (French): negative values, members absent from the table."""
    codes = [m[0] for m in members]
    missing = sorted(set(codes) - set(table.communes))
    notes = negative_value_notes(table.values, {m[0]: m[1] for m in members})
    if missing:
        listed = ", ".join(missing[:_LIST_LIMIT])
        warn(AulaError(_MEMBERS_WITHOUT_ROW, layer=layer, count=len(missing), communes=listed))
        notes.append(
            f"Qualité des données : {len(missing)} commune(s) du territoire absente(s) du "
            f"fichier de consommation ({listed}) : comptée(s) pour zéro."
        )
    return notes


def guarantee_floor(request: ReportRequest, name: str, warn: Warn) -> int | None:
    """1 ha for an eligible commune; an EPCI never gets it (warned when asked)."""
    if request.kind == KIND_EPCI and request.eligible:
        warn(AulaError(_GUARANTEE_IGNORED, t=name))
    return GUARANTEE_M2 if request.kind == KIND_COMMUNE and request.eligible else None


def report_rate(
    request: ReportRequest,
    shipped: Path,
    ancestors: Sequence[str],
    warn: Warn,
    info: Warn | None = None,
) -> ReportRate:
    """The user's rate, else the territory's (or a parent's) rate in the rates table.

    A negative rate is warned about (rates.negative_rate_warning); ``info`` hears which encoding
    a user's rates file was read in.
    """
    negative = negative_rate_warning(request.territory, request.rate)
    if request.rate is not None:
        if negative is not None:
            warn(negative)
        return ReportRate(request.rate, request.rate_source or UNSOURCED_RATE)
    table = load_rates(request.rates_file or str(shipped))
    note = read_note(table) if request.rates_file else None
    if note is not None and info is not None:
        info(note)
    if request.kind == KIND_COMMUNE:
        territory_id = f"COMM_{request.territory}"
    else:
        territory_id, ancestors = f"EPCI_{request.territory}", ()
    found = table.lookup(territory_id, tuple(ancestors))
    if found.warning is not None:
        warn(found.warning)
    rate = found.rate
    assert rate.rate_pct is not None
    negative = negative_rate_warning(request.territory, rate.rate_pct)
    if negative is not None:
        warn(negative)
    return ReportRate(rate.rate_pct, rate.document, rate.page, rate.date, found.fallback)


def territory_rows(
    rows: Iterable[dict[str, Any]],
    territory: str,
    members: Sequence[str],
    layer: str,
    warn: Warn,
) -> tuple[list[dict[str, Any]], list[str]]:
    """Rows of the territory itself, else of its member communes (to be summed), and notes."""
    own: list[dict[str, Any]] = []
    by_member: dict[str, list[dict[str, Any]]] = {}
    member_set = set(members)
    own_keys = (territory, f"EPCI_{territory}", f"COMM_{territory}")
    for row in rows:
        key = row["territory"]
        if key in own_keys:
            own.append(row)
        elif key in member_set:
            by_member.setdefault(key, []).append(row)
    if own:
        return own, []
    if not by_member:
        raise AulaError(_NO_TERRITORY_ROW, layer=layer, territory=territory)
    missing = sorted(member_set - set(by_member))
    notes = []
    if missing:
        listed = ", ".join(missing[:_LIST_LIMIT])
        warn(AulaError(_MEMBERS_WITHOUT_ROW, layer=layer, count=len(missing), communes=listed))
        notes.append(
            f"Couverture partielle : {len(missing)} commune(s) sans donnée OCS GE dans "
            f"{layer} ({listed})."
        )
    return [r for rows in by_member.values() for r in rows], notes


def sum_stocks(rows: Iterable[Mapping[str, Any]]) -> list[ArtifStock]:
    """Stocks per millésime; the sealed area is unknown as soon as one row lacks it."""
    by_year: dict[int, list[float | None]] = {}
    for row in rows:
        year = int(row["millesime"])
        acc = by_year.setdefault(year, [0.0, 0.0])
        acc[0] = (acc[0] or 0.0) + float(row["artif_m2"] or 0.0)
        sealed = row.get("impermeable_m2")
        acc[1] = None if sealed is None or acc[1] is None else acc[1] + float(sealed)
    return [ArtifStock(y, v[0] or 0.0, v[1]) for y, v in sorted(by_year.items())]


def sum_flows(rows: Iterable[Mapping[str, Any]]) -> list[ArtifFlow]:
    """Flows per pair of millésimes (NULL counted as zero)."""
    by_pair: dict[tuple[int, int], list[float]] = {}
    for row in rows:
        pair = (int(row["millesime_1"]), int(row["millesime_2"]))
        acc = by_pair.setdefault(pair, [0.0, 0.0, 0.0])
        for i, key in enumerate(("artificialisation_m2", "renaturation_m2", "net_m2")):
            acc[i] += float(row[key] or 0.0)
    return [ArtifFlow(a, b, *v) for (a, b), v in sorted(by_pair.items())]


def artificialisation(
    stocks: list[ArtifStock], flows: list[ArtifFlow], names: Sequence[str], notes: Sequence[str]
) -> Artificialisation:
    """Section 2 and 3 figures, their source named after the tables read."""
    listed = ", ".join(n for n in names if n)
    return Artificialisation(
        stocks, flows, source=f"{SOURCE_OCSGE} ({listed})", partial_note=" ".join(notes)
    )


def report_provenance(
    rows_by_layer: Iterable[tuple[str, list[dict[str, str]]]],
    communes_rows: Sequence[dict[str, str]],
    source_file: str,
    is_synthetic: Callable[[dict[str, str]], bool],
) -> ReportProvenance:
    """Summary of the provenance rows of the inputs (``(layer, rows)`` pairs)."""
    found = ReportProvenance(source_file=source_file)
    synthetic = {layer for layer, rows in rows_by_layer for row in rows if is_synthetic(row)}
    for row in communes_rows:
        if row.get("source"):
            found.communes_source = row["source"]
    if synthetic:
        found.synthetic = True
        found.note = "Couches déclarées synthétiques dans aula_provenance : {}.".format(
            ", ".join(sorted(synthetic))
        )
    return found


def date_fr(text: str) -> str:
    """ISO dates of the rates table shown the French way; anything else as is."""
    try:
        return fr_date(dt.date.fromisoformat(text))
    except ValueError:
        return text


@dataclass
class ReportFacts:
    """Everything read and computed before the report data is put together."""

    request: ReportRequest
    name: str
    members: list[Member]
    table: ConsumptionTable
    #: {year: {destination: m²}} of the territory (territory_consumption)
    consumption: dict[int, dict[str, int]]
    trajectory: Trajectory
    rate: ReportRate
    notes: list[str]
    communes_name: str
    plugin_version: str
    artificialisation: Artificialisation | None = None
    provenance: ReportProvenance = field(default_factory=ReportProvenance)


def report_data(facts: ReportFacts, warn: Warn) -> ReportData:
    """The figures of the report, warning on synthetic inputs and missing areas."""
    request, members, provenance = facts.request, facts.members, facts.provenance
    if provenance.synthetic:
        warn(AulaError(_SYNTHETIC))
    area = sum(m[2] or 0.0 for m in members)
    if any(m[2] is None for m in members):
        warn(AulaError(_AREA_INCOMPLETE, layer=facts.communes_name))
    communes_source = f"couche {facts.communes_name}" + (
        f" (source : {provenance.communes_source})" if provenance.communes_source else ""
    )
    return ReportData(
        territory_name=facts.name,
        kind=request.kind,
        code=request.territory,
        area_ha=area,
        communes=member_summary(facts.table.values, members, facts.trajectory.last_year),
        consumption=facts.consumption,
        release=facts.table.release,
        source_file=provenance.source_file,
        trajectory=facts.trajectory,
        rate_document=facts.rate.document,
        rate_page=facts.rate.page,
        rate_date=date_fr(facts.rate.date),
        rate_fallback=facts.rate.fallback,
        eligible=request.eligible if request.kind == KIND_COMMUNE else None,
        artificialisation=facts.artificialisation,
        quality_notes=facts.notes,
        generated=dt.date.today(),
        synthetic=provenance.synthetic,
        synthetic_note=provenance.note,
        communes_source=communes_source,
        plugin_version=facts.plugin_version,
    )


def annual_totals(consumption: Mapping[int, Mapping[str, int]]) -> dict[int, int]:
    """The territory's annual NAF flows {year: m²} (the trajectory's input)."""
    return {y: v[TOTAL] for y, v in consumption.items() if TOTAL in v}
