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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: how the already-consumed part of projects was found (written in the output)
EXCLUSION_OCSGE = "ocsge_artif"
EXCLUSION_PLU_U = "plu_zone_u"
EXCLUSION_NONE = "none"

#: CNIG PLU standard: TYPEZONE values whose land counts as already urbanised
U_ZONE_TYPES = ("U",)


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
        seen.setdefault(insee, set()).add(project)
    for insee, ids in seen.items():
        rows[insee].projects = len(ids)
    territories: dict[str, TerritoryBalance] = {}
    for row in sorted(rows.values(), key=lambda r: r.insee):
        total = territories.setdefault(row.territory, TerritoryBalance(row.territory))
        total.communes += 1
        total.projects += row.projects
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
]


def budget_key(field_names: Iterable[str]) -> str:
    """The first of BUDGET_KEYS among a table's fields; "" when none is there."""
    names = list(field_names)
    return next((n for n in BUDGET_KEYS if n in names), "")


def commune_rows(result: BalanceResult, exclusion: str) -> list[list[object]]:
    """One row per commune (COMMUNE_FIELDS)."""
    return [
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


def territory_rows(result: BalanceResult, exclusion: str) -> list[list[object]]:
    """One row per territory (TERRITORY_FIELDS)."""
    return [
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
