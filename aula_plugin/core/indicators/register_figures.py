"""Thematic figures of the fact sheets read from the working copy's results register.

The ZAN, centralities and TVB blocks of a sheet (``resources/sheets/resultats_aula.yaml``) show
figures that other AULA algorithms wrote into the working copy. They are indicators like the
others (the "register" source): :func:`register_indicators` defines them and :func:`zan_values`,
:func:`centrality_values` and :func:`tvb_values` give a territory's values, so that the sheet view,
the dock and the exports draw them with the usual rules. The tables are found through the
results register (``core/results_register.py``: the latest result of each kind), never by a
hard-coded layer name. A missing result is a ``missing`` value whose note names the algorithm to
run: shown "n.d.", never zero.

Reading the tables (sqlite3) is here; the TVB areas and counts need geometry and are measured by
``gis/register_figures.py``. Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP
from ..results_register import Result, available, latest
from ..zan.model import REFERENCE_FIRST, REFERENCE_LAST
from .model import MISSING, OK, Indicator, IndicatorBase, TerritoryKey, Value

Translate = Callable[[str], str]

#: the indicators' source (shown on the sheets): results of AULA algorithms in the working copy
SOURCE = "registre des résultats de la copie de travail (aula_resultats)"
ZAN_TRAJECTORY = "aula:zantrajectory"
ZAN_IMPORT = "aula:zanimportconsumption"
CENTRALITIES = "aula:centralities"
RESERVOIRS = "aula:reservoirs"
CONFLICTS = "aula:conflictpoints"
#: the register kinds read (core/layer_roles.py tags: "algorithm:OUTPUT")
KIND_TRAJECTORY = "zantrajectory:OUTPUT"
KIND_CONSUMPTION = "zanimportconsumption:OUTPUT"  # the zan_consommation table
KIND_CENTRALITIES = "centralities:OUTPUT"
KIND_RESERVOIRS = "reservoirs:OUTPUT"
KIND_CONFLICTS = "conflictpoints:OUTPUT"
CENTRALITY_LEVELS = ("structurante", "intermédiaire", "proximité")  # core/centralities/rules.py

# fmt: off
RUN_ALGORITHM = QT_TRANSLATE_NOOP("aula",
    "no result in the working copy: run {algorithm} (its output written into the working copy)")
NOT_IN_RESULT = QT_TRANSLATE_NOOP("aula",
    "the latest result of {algorithm} ({table}) does not cover this territory: run it for it")
# fmt: on

#: indicator id -> (label, unit, decimals, algorithm that computes it)
FIGURES: dict[str, tuple[str, str, int, str]] = {
    "zan_conso_ref_ha": ("Consommation d'espaces 2011-2020", "ha", 1, ZAN_IMPORT),
    "zan_enveloppe_ha": ("Enveloppe ZAN 2021-2031", "ha", 1, ZAN_TRAJECTORY),
    "zan_part_consommee_pct": ("Part de l'enveloppe consommée depuis 2021", "%", 1,
                               ZAN_TRAJECTORY),
    "zan_reste_ha": ("Reste à consommer", "ha", 1, ZAN_TRAJECTORY),
    "centra_nombre": ("Centralités", "", 0, CENTRALITIES),
    "centra_structurante": ("Centralités structurantes", "", 0, CENTRALITIES),
    "centra_intermediaire": ("Centralités intermédiaires", "", 0, CENTRALITIES),
    "centra_proximite": ("Centralités de proximité", "", 0, CENTRALITIES),
    "centra_part_activites_pct": ("Part des activités dans les centralités", "%", 1,
                                  CENTRALITIES),
    "tvb_reservoirs_ha": ("Réservoirs de biodiversité", "ha", 1, RESERVOIRS),
    "tvb_reservoirs_part_pct": ("Part du territoire en réservoir", "%", 1, RESERVOIRS),
    "tvb_points_conflit": ("Points de conflit", "", 0, CONFLICTS),
}  # fmt: skip
_LEVEL_IDS = dict(zip(CENTRALITY_LEVELS, ("centra_structurante", "centra_intermediaire",
                                          "centra_proximite")))  # fmt: skip


def register_indicators() -> list[Indicator]:
    return [
        Indicator(ident, label, unit, f"Résultat de {algorithm} dans la copie de travail", SOURCE,
                  decimals=decimals)
        for ident, (label, unit, decimals, algorithm) in FIGURES.items()
    ]  # fmt: skip


@dataclass
class Figures:
    """The values of one territory, built one figure at a time."""

    key: TerritoryKey
    translate: Translate

    def __post_init__(self) -> None:
        self.values: list[Value] = []

    def ok(
        self, ident: str, number: float | int | None, result: Result, default_missing: str = ""
    ) -> None:
        if number is None:
            self.missing(ident, default_missing or NOT_IN_RESULT, result)
            return
        source = f"{result.algorithm} ({result.table_name}, {result.run_at})"
        self.values.append(Value(*self.key, ident, "", number, OK, source))

    def missing(
        self, ident: str, template: str = RUN_ALGORITHM, result: Result | None = None
    ) -> None:
        algorithm = FIGURES[ident][3]
        note = self.translate(template).format(
            algorithm=algorithm, table=result.table_name if result else ""
        )
        self.values.append(Value(*self.key, ident, "", None, MISSING, SOURCE, note))


def read_rows(gpkg: Path, table: str, columns: Iterable[str]) -> list[dict[str, object]]:
    """The rows of ``table`` (only ``columns`` that exist); empty when unreadable. Read once per
    state of the file (the sheets of 100 communes read a table once)."""
    try:
        stamp = Path(gpkg).stat().st_mtime_ns
    except OSError:
        return []
    return _cached_rows(str(Path(gpkg).absolute()), stamp, table, tuple(columns))


@lru_cache(maxsize=16)
def _cached_rows(
    gpkg: str, _stamp: int, table: str, columns: tuple[str, ...]
) -> list[dict[str, object]]:
    try:
        con = sqlite3.connect(f"{Path(gpkg).as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        present = {row[1] for row in con.execute(f'PRAGMA table_info("{table}")')}
        wanted = [c for c in columns if c in present]
        if not wanted:
            return []
        names = ", ".join(f'"{c}"' for c in wanted)
        return [dict(zip(wanted, row)) for row in con.execute(f'SELECT {names} FROM "{table}"')]
    except sqlite3.Error:
        return []
    finally:
        con.close()


def _number(value: object) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def zan_values(
    gpkg: Path, key: TerritoryKey, members: list[str], translate: Translate
) -> list[Value]:
    """Reference consumption (zan_consommation), envelope, share used and remaining budget (the
    row of the territory in the newest aula:zantrajectory result that has one)."""
    figures = Figures(key, translate)
    consumption = latest(gpkg, KIND_CONSUMPTION)
    if consumption is None:
        figures.missing("zan_conso_ref_ha")
    else:
        wanted = set(members)
        rows = read_rows(
            gpkg, consumption.table_name, ("insee", "annee", "destination", "surface_m2")
        )
        years = range(REFERENCE_FIRST, REFERENCE_LAST + 1)
        found = [
            _number(r.get("surface_m2"))
            for r in rows
            if str(r.get("insee")) in wanted and r.get("destination") == "naf"
            and _number(r.get("annee")) in years
        ]  # fmt: skip
        total = sum(v for v in found if v is not None) / 10_000.0 if found else None
        figures.ok("zan_conso_ref_ha", total, consumption)
    # the newest trajectory that has the territory: one per EPCI, another per commune...
    trajectories = available(gpkg, KIND_TRAJECTORY)
    idents = ("zan_enveloppe_ha", "zan_part_consommee_pct", "zan_reste_ha")
    if not trajectories:
        for ident in idents:
            figures.missing(ident)
        return figures.values
    columns = ("territory", "envelope_final_ha", "share_used_pct", "remaining_m2")
    trajectory, row = trajectories[0], {}
    for result in trajectories:
        found = [r for r in read_rows(gpkg, result.table_name, columns)
                 if str(r.get("territory")) == key[1]]  # fmt: skip
        if found:
            trajectory, row = result, found[0]
            break
    remaining = _number(row.get("remaining_m2"))
    numbers = (
        _number(row.get("envelope_final_ha")),
        _number(row.get("share_used_pct")),
        None if remaining is None else remaining / 10_000.0,
    )
    for ident, number in zip(idents, numbers):
        figures.ok(ident, number, trajectory)
    return figures.values


def centrality_values(
    gpkg: Path,
    key: TerritoryKey,
    members: list[str],
    activities: Mapping[str, int] | None,
    translate: Translate,
) -> list[Value]:
    """Number of centralities of the territory's communes, by level, and the share of the
    territory's activities (``activities``: count per commune) inside them."""
    figures = Figures(key, translate)
    result = latest(gpkg, KIND_CENTRALITIES)
    idents = ("centra_nombre", *_LEVEL_IDS.values(), "centra_part_activites_pct")
    if result is None:
        for ident in idents:
            figures.missing(ident)
        return figures.values
    wanted = set(members)
    rows = [
        r
        for r in read_rows(gpkg, result.table_name, ("insee_com", "niveau", "n_act"))
        if str(r.get("insee_com")) in wanted
    ]
    figures.ok("centra_nombre", len(rows), result)
    for level, ident in _LEVEL_IDS.items():
        figures.ok(ident, sum(1 for r in rows if r.get("niveau") == level), result)
    total = sum((activities or {}).get(code, 0) for code in members)
    inside = sum(_number(r.get("n_act")) or 0.0 for r in rows)
    share = min(100.0, inside / total * 100.0) if total else None
    figures.ok("centra_part_activites_pct", share, result)
    return figures.values


def tvb_values(
    key: TerritoryKey,
    reservoirs: tuple[Result, float] | None,
    area_m2: float | None,
    conflicts: tuple[Result, int] | None,
    translate: Translate,
) -> list[Value]:
    """Reservoir area and share of the territory, number of conflict points (measured by the
    caller in the latest results: ``(result, measure)``, None when there is no result)."""
    figures = Figures(key, translate)
    if reservoirs is None:
        figures.missing("tvb_reservoirs_ha")
        figures.missing("tvb_reservoirs_part_pct")
    else:
        result, inside_m2 = reservoirs
        figures.ok("tvb_reservoirs_ha", inside_m2 / 10_000.0, result)
        share = inside_m2 / area_m2 * 100.0 if area_m2 else None
        figures.ok("tvb_reservoirs_part_pct", share, result)
    if conflicts is None:
        figures.missing("tvb_points_conflit")
    else:
        figures.ok("tvb_points_conflit", conflicts[1], conflicts[0])
    return figures.values


def add_register_figures(base: IndicatorBase, values: Iterable[Value]) -> None:
    """Add the register indicators and ``values`` to ``base``."""
    for indicator in register_indicators():
        base.add_indicator(indicator)
    base.add_values(values)
