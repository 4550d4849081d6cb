"""Trajectories of many territories at once: the pure core of ``aula:zantrajectory``.

From the long consumption table (destination "naf"), the communes and their memberships, a rates
table and options, compute one :class:`~.trajectory.Trajectory` per territory (commune, or group
of communes such as an EPCI, a SCoT or a PLUi) with the rate's provenance.

Rules (ZAN.md §6, §9):

- per commune (no group): E*_c = max(E_c, 1 ha) only for communes marked eligible (legal mode);
- groups: their own envelope E_T, **no floor**; Σ E*_c of the members is a separate figure;
- pooling (PLUi): the group is measured against Σ E*_c of its members;
- "Mon Diagnostic Artificialisation" compatible mode: r = 50, floor at every level without any
  eligibility test, projection × 9; stamped on every result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..territory_names import NAME, NAME_COLUMN
from .model import M2_PER_HA, REFERENCE_FIRST, TOTAL, ConsumptionTable
from .rates import Rate, RateTable, negative_rate_warning
from .trajectory import (
    GUARANTEE_M2,
    HORIZON_YEARS,
    MDA_HORIZON_YEARS,
    MDA_RATE_PCT,
    MODE_LEGAL,
    MODE_MDA,
    MODES,
    PERIOD_LAST,
    PERIOD_START,
    DecadeScenario,
    Trajectory,
    check_rate,
    compute_trajectory,
    decade_scenarios,
    pooled_trajectory,
)

#: kinds of optional deductions from consumption since 2021 (ZAN.md §2.1, §6)
DEDUCTION_KINDS = ("pene", "pv", "renaturation")

OVERRIDE_DOCUMENT = "taux saisi par l'utilisateur (scénario)"
MDA_DOCUMENT = (
    "Mon Diagnostic Artificialisation, mode compatible : r = 50 %, garantie d'1 ha à tous les "
    "échelons sans critère d'éligibilité, projection × 9 (pour comparaison uniquement)"
)

# fmt: off
_BAD_MODE = QT_TRANSLATE_NOOP("aula",
    "Unknown trajectory mode {value!r} (expected legal or mda_compatible)")
_NO_COMMUNES = QT_TRANSLATE_NOOP("aula", "{layer}: no commune to compute")
_MISSING_COMMUNES = QT_TRANSLATE_NOOP("aula",
    "{table}: no consumption (destination naf) for {count} commune(s) of {layer}: {communes}")
_DIFFERENT_LAST_YEAR = QT_TRANSLATE_NOOP("aula",
    "{table}: the communes do not all end the same year ({years}): each territory uses its own")
_FLOOR_NOT_ON_GROUPS = QT_TRANSLATE_NOOP("aula",
    "The 1 ha guarantee applies to eligible communes only: it is not applied to the territories "
    "of {field} (their sum of commune envelopes is given in sum_commune_envelopes_m2)")
_NO_KEY_IN_TEMPLATE = QT_TRANSLATE_NOOP("aula",
    "{parameter}: the template {value!r} has no {{key}}")
_UNKNOWN_DEDUCTION = QT_TRANSLATE_NOOP("aula",
    "{table}: {count} commune(s) are not in the communes layer and were ignored: {communes}")
# fmt: on


@dataclass(frozen=True)
class Commune:
    """A commune of the territory: its group/pool keys, eligibility and parent rate ids."""

    insee: str
    group: str | None = None  # key of its territory (None: the commune is its own territory)
    pool: str | None = None  # PLUi key for pooling the 1 ha guarantee
    eligible: bool = False  # eligible to the 1 ha guarantee (never assumed)
    #: rate ids of its parents, nearest first (e.g. ("EPCI_200072460", "scot_artois"))
    ancestors: tuple[str, ...] = ()


@dataclass(frozen=True)
class RateSource:
    """The rate used for a territory, with its provenance."""

    rate_id: str  # id of the row whose rate is used (or "" for override / compatible mode)
    rate_pct: float
    fallback: bool
    warning: AulaError | None
    document: str = ""
    page: str = ""
    date: str = ""
    url: str = ""
    #: the territory's name in the rates table (its own row only: a parent's is not its name)
    name: str = ""

    @classmethod
    def from_rate(cls, rate: Rate, fallback: bool, warning: AulaError | None) -> RateSource:
        assert rate.rate_pct is not None
        return cls(
            rate.territory_id,
            rate.rate_pct,
            fallback,
            warning,
            rate.document,
            rate.page,
            rate.date,
            rate.url,
            "" if fallback else rate.name,
        )


@dataclass(frozen=True)
class TerritoryTrajectory:
    key: str
    communes: tuple[str, ...]
    trajectory: Trajectory
    rate: RateSource
    #: Σ E*_c of the member communes (their own rates; floor for eligible ones in legal mode)
    sum_commune_envelopes_m2: float
    pooled: bool
    deductions_by_kind: dict[str, int]
    scenarios: list[DecadeScenario]
    annual: dict[int, int]  # the territory's flows {year: m²}, 2011..L


@dataclass
class TrajectoryRun:
    territories: list[TerritoryTrajectory] = field(default_factory=list)
    warnings: list[AulaError] = field(default_factory=list)


@dataclass(frozen=True)
class Options:
    mode: str = MODE_LEGAL
    rate_override_pct: float | None = None
    #: "{key}" template of the rate id of a group key ("EPCI_{key}", "{key}", "COMM_{key}")
    rate_id_template: str = "COMM_{key}"
    grouped: bool = False  # communes grouped by Commune.group
    pooled: bool = False  # groups by Commune.pool, measured against Σ E*_c
    group_field: str = ""  # name shown in messages
    decade_rates_pct: tuple[float | None, float | None] = (None, None)
    horizon_years: int | None = None  # None: 10 (legal), 9 (compatible)


def rate_id_template(template: str, key_field: str, parameter: str = "") -> str:
    """The rate id template of a group key: the given one (with {key}), else from the field name.

    EPCI_{key} for an epci… field, COMM_{key} for an INSEE field (or per commune), else {key}.
    """
    if template:
        if "{key}" not in template:
            raise AulaError(_NO_KEY_IN_TEMPLATE, parameter=parameter, value=template)
        return template
    lowered = key_field.lower()
    if lowered.startswith("epci"):
        return "EPCI_{key}"
    if lowered in {"insee", "code_insee", "insee_com"}:
        return "COMM_{key}"
    return "{key}"


def _annual(table: ConsumptionTable, insee: str) -> dict[int, int]:
    by_year = table.values.get(insee, {})
    return {year: values[TOTAL] for year, values in by_year.items() if TOTAL in values}


def compute_territories(
    consumption: ConsumptionTable,
    communes: Sequence[Commune],
    rates: RateTable | None,
    options: Options,
    *,
    deductions: Mapping[str, Mapping[str, Mapping[int, int]]] | None = None,
    table: str = "zan_consommation",
    layer: str = "communes",
    progress: Callable[[float], None] = lambda fraction: None,
    is_canceled: Callable[[], bool] = lambda: False,
) -> TrajectoryRun:
    """One trajectory per territory. ``deductions[kind][insee][year]`` = m² (kinds: pene, pv,
    renaturation). Raises AulaError on bad input before any result is returned."""
    if options.mode not in MODES:
        raise AulaError(_BAD_MODE, value=options.mode)
    if not communes:
        raise AulaError(_NO_COMMUNES, layer=layer)
    mda = options.mode == MODE_MDA
    horizon = options.horizon_years or (MDA_HORIZON_YEARS if mda else HORIZON_YEARS)
    override = None
    if options.rate_override_pct is not None:
        override = check_rate(options.rate_override_pct)
    run = TrajectoryRun()

    missing = sorted(c.insee for c in communes if not _annual(consumption, c.insee))
    if missing:
        raise AulaError(
            _MISSING_COMMUNES,
            table=table,
            layer=layer,
            count=len(missing),
            communes=", ".join(missing[:20]) + (" …" if len(missing) > 20 else ""),
        )
    known = {c.insee for c in communes}
    for kind, by_commune in (deductions or {}).items():
        unknown = sorted(set(by_commune) - known)
        if unknown:
            run.warnings.append(
                AulaError(
                    _UNKNOWN_DEDUCTION,
                    table=kind,
                    count=len(unknown),
                    communes=", ".join(unknown[:20]),
                )
            )

    def source_for(key: str, rate_id: str, ancestors: Sequence[str]) -> RateSource:
        if mda:
            return RateSource("", MDA_RATE_PCT, False, None, MDA_DOCUMENT)
        if override is not None:
            return RateSource("", override, False, None, OVERRIDE_DOCUMENT)
        assert rates is not None
        found = rates.lookup(rate_id, ancestors)
        warning = found.warning
        if warning is not None and key != rate_id:
            warning = AulaError(warning.template, **{**warning.values, "territory": key})
        return RateSource.from_rate(found.rate, found.fallback, warning)

    # 1. every commune: its own trajectory (its envelope E*_c is needed for Σ E*_c and pooling)
    by_commune: dict[str, tuple[Trajectory, RateSource, dict[int, int]]] = {}
    total = len(communes)
    last_years: set[int] = set()
    for n, commune in enumerate(sorted(communes, key=lambda c: c.insee), start=1):
        if is_canceled():
            raise Cancelled
        annual = _annual(consumption, commune.insee)
        source = source_for(commune.insee, f"COMM_{commune.insee}", commune.ancestors)
        floor = GUARANTEE_M2 if (mda or commune.eligible) else None
        trajectory = compute_trajectory(
            annual,
            source.rate_pct,
            floor_m2=floor,
            horizon_years=horizon,
            deductions_m2=_sum_deductions(deductions, [commune.insee]),
            mode=options.mode,
            label=f"{table}, {commune.insee}",
        )
        by_commune[commune.insee] = (trajectory, source, annual)
        last_years.add(trajectory.last_year)
        progress(0.5 * n / total if (options.grouped or options.pooled) else n / total)
    if len(last_years) > 1:
        run.warnings.append(
            AulaError(
                _DIFFERENT_LAST_YEAR, table=table, years=", ".join(map(str, sorted(last_years)))
            )
        )

    if not (options.grouped or options.pooled):
        for insee in sorted(by_commune):
            trajectory, source, annual = by_commune[insee]
            run.territories.append(
                _result(
                    insee,
                    (insee,),
                    trajectory,
                    source,
                    trajectory.envelope_final_m2,
                    False,
                    deductions,
                    annual,
                    options,
                )
            )
            if source.warning is not None:
                run.warnings.append(source.warning)
            negative = negative_rate_warning(insee, source.rate_pct)
            if negative is not None:
                run.warnings.append(negative)
        progress(1.0)
        return run

    # 2. groups (or pools): summed flows, own rate, own envelope without floor
    members: dict[str, list[Commune]] = {}
    for commune in communes:
        key = commune.pool if options.pooled else commune.group
        if key:
            members.setdefault(key, []).append(commune)
    for n, key in enumerate(sorted(members), start=1):
        if is_canceled():
            raise Cancelled
        group = sorted(members[key], key=lambda c: c.insee)
        insees = [c.insee for c in group]
        last = min(by_commune[i][0].last_year for i in insees)
        annual = {
            year: sum(by_commune[i][2][year] for i in insees)
            for year in range(REFERENCE_FIRST, last + 1)
        }
        ancestors = _common_ancestors(group)
        source = source_for(key, options.rate_id_template.format(key=key), ancestors)
        sum_e = sum(by_commune[i][0].envelope_final_m2 for i in insees)
        label = f"{table}, {key}"
        kept = _sum_deductions(deductions, insees)
        if options.pooled and not mda:
            trajectory = pooled_trajectory(
                annual,
                source.rate_pct,
                [sum_e],
                horizon_years=horizon,
                deductions_m2=kept,
                label=label,
            )
        else:
            trajectory = compute_trajectory(
                annual,
                source.rate_pct,
                floor_m2=GUARANTEE_M2 if mda else None,
                horizon_years=horizon,
                deductions_m2=kept,
                mode=options.mode,
                label=label,
            )
        run.territories.append(
            _result(
                key,
                tuple(insees),
                trajectory,
                source,
                sum_e,
                options.pooled and not mda,
                deductions,
                annual,
                options,
            )
        )
        if source.warning is not None:
            run.warnings.append(source.warning)
        negative = negative_rate_warning(key, source.rate_pct)
        if negative is not None:
            run.warnings.append(negative)
        progress(0.5 + 0.5 * n / max(len(members), 1))
    if not mda and any(c.eligible for c in communes) and not options.pooled:
        run.warnings.append(AulaError(_FLOOR_NOT_ON_GROUPS, field=options.group_field))
    return run


def _result(
    key: str,
    insees: tuple[str, ...],
    trajectory: Trajectory,
    source: RateSource,
    sum_e: float,
    pooled: bool,
    deductions: Mapping[str, Mapping[str, Mapping[int, int]]] | None,
    annual: dict[int, int],
    options: Options,
) -> TerritoryTrajectory:
    by_kind = {
        kind: sum(
            sum(
                v
                for y, v in (deductions or {}).get(kind, {}).get(i, {}).items()
                if 2021 <= y <= trajectory.last_year
            )
            for i in insees
        )
        for kind in DEDUCTION_KINDS
        if kind in (deductions or {})
    }
    scenarios = decade_scenarios(trajectory.envelope_final_m2, list(options.decade_rates_pct))
    return TerritoryTrajectory(
        key=key,
        communes=insees,
        trajectory=trajectory,
        rate=source,
        sum_commune_envelopes_m2=sum_e,
        pooled=pooled,
        deductions_by_kind=by_kind,
        scenarios=scenarios,
        annual={y: annual[y] for y in range(REFERENCE_FIRST, trajectory.last_year + 1)},
    )


def _sum_deductions(
    deductions: Mapping[str, Mapping[str, Mapping[int, int]]] | None, insees: Sequence[str]
) -> dict[int, int] | None:
    if not deductions:
        return None
    out: dict[int, int] = {}
    for by_commune in deductions.values():
        for insee in insees:
            for year, m2 in by_commune.get(insee, {}).items():
                out[year] = out.get(year, 0) + m2
    return out


def _common_ancestors(group: Sequence[Commune]) -> tuple[str, ...]:
    """Parent ids shared by every member, nearest first (the SCoT of an EPCI's communes)."""
    first = group[0].ancestors
    return tuple(a for a in first if a and all(a in c.ancestors for c in group[1:]))


# -- output rows ----------------------------------------------------------------------------------

#: (name, kind) of aula:zantrajectory's OUTPUT; names match Trajectory's attributes
OUTPUT_FIELDS = (
    ("territory", "text"),
    ("nb_communes", "int"),
    ("mode", "text"),
    ("rate_pct", "double"),
    ("rate_id", "text"),
    ("rate_fallback", "int"),
    ("rate_warning", "text"),
    ("rate_document", "text"),
    ("rate_page", "text"),
    ("rate_date", "text"),
    ("rate_url", "text"),
    ("c_ref_m2", "int64"),
    ("c_ref_ha", "double"),
    ("envelope_m2", "double"),
    ("floor_m2", "int64"),
    ("envelope_final_m2", "double"),
    ("envelope_final_ha", "double"),
    ("sum_commune_envelopes_m2", "double"),
    ("pooled", "int"),
    ("last_year", "int"),
    ("consumed_gross_m2", "int64"),
    ("deduction_pene_m2", "int64"),
    ("deduction_pv_m2", "int64"),
    ("deduction_renaturation_m2", "int64"),
    ("deductions_m2", "int64"),
    ("consumed_since_2021_m2", "int64"),
    ("consumed_since_2021_ha", "double"),
    ("share_used_pct", "double"),
    ("remaining_m2", "double"),
    ("overrun_m2", "double"),
    ("pace_m2_per_year", "double"),
    ("horizon_years", "int"),
    ("projection_m2", "double"),
    ("overshoot_year", "int"),
    ("status", "text"),
    ("rate_2031_2040_pct", "double"),
    ("allowance_2031_2040_m2", "double"),
    ("rate_2041_2050_pct", "double"),
    ("allowance_2041_2050_m2", "double"),
    ("scenario_label", "text"),
    NAME_COLUMN,
)
#: (name, kind) of OUTPUT_YEARS: one row per territory and year 2021..2030
OUTPUT_YEARS_FIELDS = (
    ("territory", "text"),
    ("year", "int"),
    ("consumed_m2", "int64"),
    ("consumed_cumulative_m2", "int64"),
    ("target_cumulative_m2", "double"),
    ("mode", "text"),
    NAME_COLUMN,
)


def territory_name(item: TerritoryTrajectory, names: Mapping[str, str] | None = None) -> str | None:
    """The territory's name: from ``names`` (the commune layer's), else its own row of the rates
    table; None when neither knows it."""
    return (names or {}).get(item.key) or item.rate.name or None


def output_row(
    item: TerritoryTrajectory,
    translate: Callable[[str], str] | None = None,
    names: Mapping[str, str] | None = None,
) -> list[object]:
    """The OUTPUT attributes of a territory, in OUTPUT_FIELDS order (None for NULL).

    ``translate`` turns the rate warning's template into the user's language; ``names`` (key ->
    name, from the commune layer) fills ``nom``.
    """
    t = item.trajectory
    scenarios = {s.first_year: s for s in item.scenarios}
    s31, s41 = scenarios.get(2031), scenarios.get(2041)
    warning = item.rate.warning
    values = {
        "territory": item.key,
        "nb_communes": len(item.communes),
        "mode": t.mode,
        "rate_pct": t.rate_pct,
        "rate_id": item.rate.rate_id,
        "rate_fallback": int(item.rate.fallback),
        "rate_warning": warning.message(translate) if warning else None,
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
        NAME: territory_name(item, names),
    }
    return [values[name] for name, _ in OUTPUT_FIELDS]


def year_rows(
    item: TerritoryTrajectory, names: Mapping[str, str] | None = None
) -> list[list[object]]:
    """The OUTPUT_YEARS rows of a territory, 2021..2030 (consumed None after the last year)."""
    t = item.trajectory
    name = territory_name(item, names)
    return [
        [
            item.key,
            year,
            (t.cumulative[year] - t.cumulative.get(year - 1, 0)) if year in t.cumulative else None,
            t.cumulative.get(year),
            t.target_path[year],
            t.mode,
            name,
        ]
        for year in range(PERIOD_START, PERIOD_LAST + 1)
    ]
