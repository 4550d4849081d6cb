"""The "compteur ZAN": planned projects subtracted from each commune's remaining budget.

Pure arithmetic (no QGIS). The QGIS glue clips each selected project by the communes and measures,
per piece, the part already artificialised in the chosen OCS GE millésime (or, with only a PLU,
the part inside U zones); this module filters projects and sums per commune and territory:

    net new consumption_c = Σ (project area ∩ c) − Σ (excluded part ∩ c)
    balance_c             = remaining budget_c − net new consumption_c

All areas in m² (EPSG:2154). The remaining budget is an input (e.g. ``remaining_m2`` of
aula:zantrajectory, or a field of the commune layer); a commune without a budget gets a NULL
balance, never a zero.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..territory_names import NAME_COLUMN, with_names

#: how the already-consumed part of projects was found (written in the output)
EXCLUSION_OCSGE = "ocsge_artif"
EXCLUSION_PLU_U = "plu_zone_u"
EXCLUSION_NONE = "none"

#: CNIG PLU standard: TYPEZONE values whose land counts as already urbanised
U_ZONE_TYPES = ("U",)


#: plausible horizons of the ZAN (the law's periods run from 2011 to 2050)
HORIZON_RANGE = (2000, 2100)
#: a project piece smaller than this (m²) does not make the project count in that commune: slivers
#: along a boundary from a reprojection or a digitising error
SLIVER_M2 = 1.0
_YEAR_TEXT = re.compile(r"^\s*((?:19|20)\d{2})(?:-\d{2}-\d{2})?\s*$")

# fmt: off
BAD_HORIZON = QT_TRANSLATE_NOOP("aula",
    "Horizon {value}: not a plausible year (between {low} and {high})")
NOT_A_YEAR = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: value {value!r} is not a year (e.g. 2030)")
NO_STATUS = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: no project has the status(es) {statuses}; "
    "the values present are: {values}")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: no project has the status(es) {statuses} (values present: {values})")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: {count} key(s) appear on several rows, e.g. {key} ({rows} rows); "
    "one row per key is expected")
# fmt: on


def check_horizon(value: int) -> int:
    """The horizon when it is a plausible year; AulaError otherwise."""
    low, high = HORIZON_RANGE
    if not low <= value <= high:
        raise AulaError(BAD_HORIZON, value=value, low=low, high=high)
    return value


def expected_year(value: str | None, layer: str, field: str) -> int | None:
    """A project's expected year from its text ("2030", "2030-06-30"); None when empty.

    Anything else ("vers 2030", "2030-2032") is refused: a guess would count the project.
    """
    if value is None or not value.strip():
        return None
    match = _YEAR_TEXT.match(value)
    if not match:
        raise AulaError(NOT_A_YEAR, layer=layer, field=field, value=value)
    return int(match.group(1))


def unknown_statuses(statuses: Iterable[str], values: Iterable[object]) -> list[str]:
    """The statuses asked for that no value of the status field matches (case, spaces ignored)."""
    present = {normalise_status(v) for v in values if v is not None}
    return [s for s in statuses if normalise_status(s) not in present]


def check_unique_keys(keys: Iterable[str], layer: str, field: str) -> None:
    """AulaError when a key of the budget table appears on several rows (the last would win)."""
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    repeated = sorted(k for k, c in counts.items() if c > 1)
    if repeated:
        raise AulaError(
            DUPLICATE_KEY,
            layer=layer,
            field=field,
            count=len(repeated),
            key=repeated[0],
            rows=counts[repeated[0]],
        )


def normalise_status(value: object) -> str:
    return str(value).strip().casefold() if value is not None else ""


@dataclass(frozen=True)
class ProjectFilter:
    """Which projects count: statuses (empty = all) and an expected-year horizon (None = all)."""

    statuses: tuple[str, ...] = ()
    horizon: int | None = None

    def keeps_status(self, status: object) -> bool:
        if not self.statuses:
            return True
        return normalise_status(status) in {normalise_status(s) for s in self.statuses}

    def keeps_year(self, year: int | None) -> bool | None:
        """True/False; None when the year is unknown and a horizon is set (left out, counted)."""
        if self.horizon is None:
            return True
        if year is None:
            return None
        return year <= self.horizon


def is_u_zone(typezone: object) -> bool:
    """CNIG TYPEZONE 'U' (not AUc/AUs/A/N), case and spaces ignored."""
    return str(typezone).strip().upper() in U_ZONE_TYPES if typezone is not None else False


@dataclass
class CommuneBalance:
    insee: str
    territory: str
    budget_m2: float | None
    projects: int = 0
    gross_m2: float = 0.0
    excluded_m2: float = 0.0

    @property
    def net_m2(self) -> float:
        """Net new consumption: project area minus the part already artificialised/urbanised."""
        return self.gross_m2 - self.excluded_m2

    @property
    def balance_m2(self) -> float | None:
        return None if self.budget_m2 is None else self.budget_m2 - self.net_m2


@dataclass
class TerritoryBalance:
    territory: str
    communes: int = 0
    communes_without_budget: int = 0
    projects: int = 0
    budget_m2: float = 0.0
    gross_m2: float = 0.0
    excluded_m2: float = 0.0

    @property
    def net_m2(self) -> float:
        return self.gross_m2 - self.excluded_m2

    @property
    def balance_m2(self) -> float:
        """Σ budgets of the communes that have one − Σ net new consumption of all communes."""
        return self.budget_m2 - self.net_m2


@dataclass
class BalanceResult:
    communes: list[CommuneBalance]
    territories: list[TerritoryBalance]
    missing_budget: list[str] = field(default_factory=list)


def balances(
    communes: Iterable[tuple[str, str]],
    budgets: Mapping[str, float | None],
    pieces: Iterable[tuple[str, int, float, float]],
) -> BalanceResult:
    """Per commune and territory.

    ``communes``: (insee, territory) pairs; ``budgets``: insee -> remaining m² (None = unknown);
    ``pieces``: (insee, project id, area m², excluded m²) for every project piece in a commune.
    """
    rows = {
        insee: CommuneBalance(insee, territory, budgets.get(insee)) for insee, territory in communes
    }
    seen: dict[str, set[int]] = {}
    for insee, project, area, excluded in pieces:
        row = rows[insee]
        row.gross_m2 += area
        row.excluded_m2 += min(excluded, area)
        if area >= SLIVER_M2:  # a sliver along the boundary is not a project of the commune
            seen.setdefault(insee, set()).add(project)
    in_territory: dict[str, set[int]] = {}
    for insee, ids in seen.items():
        rows[insee].projects = len(ids)
        in_territory.setdefault(rows[insee].territory, set()).update(ids)
    territories: dict[str, TerritoryBalance] = {}
    for row in sorted(rows.values(), key=lambda r: r.insee):
        total = territories.setdefault(row.territory, TerritoryBalance(row.territory))
        total.communes += 1
        # a project over two communes of the territory is one project
        total.projects = len(in_territory.get(row.territory, ()))
        total.gross_m2 += row.gross_m2
        total.excluded_m2 += row.excluded_m2
        if row.budget_m2 is None:
            total.communes_without_budget += 1
        else:
            total.budget_m2 += row.budget_m2
    missing = sorted(r.insee for r in rows.values() if r.budget_m2 is None)
    return BalanceResult(
        sorted(rows.values(), key=lambda r: r.insee),
        [territories[k] for k in sorted(territories)],
        missing,
    )


# -- Output tables --------------------------------------------------------------------------------

#: exclusion label when the OCS GE layer has no artif field and the raw matrix was used
EXCLUSION_OCSGE_MATRIX = "ocsge_matrix"

#: key fields looked for in a budget table when none is given (aula:zantrajectory: territory)
BUDGET_KEYS = ("territory_id", "territory", "insee")

#: output fields, as (name, kind) pairs for gis.fields.make_fields
COMMUNE_FIELDS = [
    ("insee", "text"),
    ("territory", "text"),
    ("budget_m2", "double"),
    ("projects", "int"),
    ("projects_m2", "double"),
    ("excluded_m2", "double"),
    ("net_m2", "double"),
    ("balance_m2", "double"),
    ("exclusion", "text"),
    NAME_COLUMN,
]
TERRITORY_FIELDS = [
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
    NAME_COLUMN,
]


def budget_key(field_names: Iterable[str]) -> str:
    """The first of BUDGET_KEYS among a table's fields; "" when none is there."""
    names = list(field_names)
    return next((n for n in BUDGET_KEYS if n in names), "")


def commune_rows(
    result: BalanceResult, exclusion: str, names: Mapping[str, str] | None = None
) -> list[list[object]]:
    """One row per commune (COMMUNE_FIELDS); ``names``: INSEE code -> commune name."""
    rows = [
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
    return with_names(rows, names)


def territory_rows(
    result: BalanceResult, exclusion: str, names: Mapping[str, str] | None = None
) -> list[list[object]]:
    """One row per territory (TERRITORY_FIELDS); ``names``: territory key -> name."""
    rows = [
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
    return with_names(rows, names)
