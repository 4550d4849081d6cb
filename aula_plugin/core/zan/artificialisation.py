"""OCS GE artificialisation tables: stock and flows per territory, département and millésime.

Pure logic (no QGIS). The QGIS glue (``aula_plugin/gis/zan_artificialisation.py``) clips the OCS GE
polygons by the communes and sums them per commune (``ocsge.Stock``, ``ocsge.Flows``); this module
decides which millésimes belong to which département, finds the communes a millésime does not
cover, and builds the output rows per territory and département (ZAN.md §4.1, checks C19 and C21).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from ..compat import zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..territory_names import NAME_COLUMN, with_names
from . import ocsge

#: output fields, as (name, kind) pairs for gis.fields.make_fields
STOCK_FIELDS = [
    ("territory", "text"),
    ("dep", "text"),
    ("millesime", "int"),
    ("communes", "int"),
    ("commune_area_m2", "double"),
    ("area_m2", "double"),
    ("artif_m2", "double"),
    ("artif_pct", "double"),
    ("impermeable_m2", "double"),
    ("coverage", "text"),
    ("multi_departement", "int"),
    NAME_COLUMN,
]
FLOW_FIELDS = [
    ("territory", "text"),
    ("dep", "text"),
    ("millesime_1", "int"),
    ("millesime_2", "int"),
    ("artificialisation_m2", "double"),
    ("renaturation_m2", "double"),
    ("net_m2", "double"),
    ("stock_difference_m2", "double"),
    ("gap_m2", "double"),
    ("coverage", "text"),
    ("multi_departement", "int"),
    NAME_COLUMN,
]

#: a commune (or a millésime over it) counts when covered beyond this share of its area
COVERED_SHARE = 0.5
#: tolerance of the check "the clipped polygons of a millésime cover the commune" (C19)
COVERAGE_TOLERANCE = 0.001


class CommuneTable(Protocol):
    """Communes as parallel lists: INSEE codes, territories, départements, areas (m²)."""

    insee: list[str]
    territory: list[str]
    dep: list[str]
    area: np.ndarray


def stocks_by_year(
    commune: np.ndarray,
    area: np.ndarray,
    artif: np.ndarray,
    sealed: np.ndarray,
    year: np.ndarray,
    size: int,
) -> dict[int, ocsge.Stock]:
    """Per-commune stocks of each millésime from the clipped pieces (parallel arrays)."""
    stocks = {}
    for y in sorted(set(year.tolist())):
        mask = year == y
        stocks[y] = ocsge.stock(commune[mask], area[mask], artif[mask], sealed[mask], size)
    return stocks


def millesime_index(communes: CommuneTable, stocks: dict[int, ocsge.Stock]) -> ocsge.MillesimeIndex:
    """The millésimes of each département.

    A millésime belongs to a département when it covers most of one of its communes, so that
    slivers of a neighbouring département's layer along the border do not count.
    """
    index = ocsge.MillesimeIndex()
    for year, s in stocks.items():
        for n in np.nonzero(s.area_m2 > COVERED_SHARE * communes.area)[0]:
            index.add(communes.dep[n], year)
    return index


def coverage_gaps(
    communes: CommuneTable, stocks: dict[int, ocsge.Stock], index: ocsge.MillesimeIndex
) -> list[tuple[str, int, float]]:
    """C19: (insee, millésime, % covered) where the clipped polygons miss or overlap (± 0.1 %)."""
    gaps = []
    for n, insee in enumerate(communes.insee):
        for year in index.years.get(communes.dep[n], []):
            covered = stocks[year].area_m2[n]
            expected = communes.area[n]
            if expected > 0 and abs(covered - expected) > COVERAGE_TOLERANCE * expected:
                gaps.append((insee, year, 100 * covered / expected))
    return gaps


# -- Overlapping polygons: hectares counted twice -------------------------------------------------

# fmt: off
OVERLAP = QT_TRANSLATE_NOOP("aula",
    "{layers}: polygons of millésime {year} overlap in {count} commune(s) ({communes}): "
    "{ha} ha would be counted twice (polygons present twice?); remove the duplicates")
SAME_MILLESIME = QT_TRANSLATE_NOOP("aula",
    "Layers {layers} give the same millésime {year} over {count} commune(s) ({communes}): "
    "{ha} ha would be counted twice; give each millésime of a département once")
SMALL_OVERLAP = QT_TRANSLATE_NOOP("aula",
    "{layers}: polygons of millésime {year} overlap in {count} commune(s) ({communes}): "
    "{ha} ha counted twice (less than 0.1 % of each commune)")
# fmt: on
#: communes named in an overlap message before "…"
LISTED_COMMUNES = 5


def excess_coverage(
    communes: CommuneTable, stocks: dict[int, ocsge.Stock], index: ocsge.MillesimeIndex
) -> list[tuple[int, int]]:
    """(commune index, millésime) whose clipped polygons add up to more than the commune.

    Beyond the tolerance of C19 some polygons overlap: their area is counted twice. These are the
    only communes where the union of the polygons needs computing (``overlaps``).
    """
    found = []
    for n, dep in enumerate(communes.dep):
        for year in index.years.get(dep, []):
            expected = communes.area[n]
            if stocks[year].area_m2[n] > (1 + COVERAGE_TOLERANCE) * expected:
                found.append((n, year))
    return found


@dataclass(frozen=True)
class Overlap:
    """Polygons of one millésime over one commune whose areas add up to more than their union."""

    insee: str
    year: int
    layers: tuple[str, ...]  # the layers with polygons of this millésime over the commune
    doubled_m2: float  # Σ areas − area of the union
    commune_m2: float


def check_overlaps(overlaps: Sequence[Overlap]) -> list[AulaError]:
    """Refuse (raise) when polygons overlap beyond 0.1 % of a commune; the small ones to warn about.

    Overlaps are grouped per millésime and layers; the refusal names the group that counts the most
    hectares twice: layers of the same millésime, or one layer with overlapping polygons.
    """
    groups: dict[tuple[int, tuple[str, ...], bool], list[Overlap]] = {}
    for o in overlaps:
        if o.doubled_m2 <= 0:
            continue
        big = o.doubled_m2 > COVERAGE_TOLERANCE * o.commune_m2
        groups.setdefault((o.year, o.layers, big), []).append(o)
    found = []
    for (year, layers, big), items in sorted(
        groups.items(), key=lambda kv: -sum(o.doubled_m2 for o in kv[1])
    ):
        codes = sorted(o.insee for o in items)
        template = SMALL_OVERLAP
        if big:
            template = SAME_MILLESIME if len(layers) > 1 else OVERLAP
        found.append(
            (
                big,
                AulaError(
                    template,
                    layers=", ".join(layers),
                    year=year,
                    count=len(items),
                    communes=", ".join(codes[:LISTED_COMMUNES])
                    + (", …" if len(codes) > LISTED_COMMUNES else ""),
                    ha=f"{sum(o.doubled_m2 for o in items) / 1e4:.2f}",
                ),
            )
        )
    for big, error in found:
        if big:
            raise error
    return [error for _, error in found]


def flow_gaps(
    communes: CommuneTable,
    pair_flows: dict[tuple[int, int], ocsge.Flows],
    index: ocsge.MillesimeIndex,
) -> list[tuple[int, int, list[str]]]:
    """(y1, y2, communes) where the net flow and the stock difference differ beyond 0.5 ha."""
    gaps = []
    for (y1, y2), result in pair_flows.items():
        deps = {d for d in index.years if (y1, y2) in index.pairs(d)}
        bad = [
            communes.insee[n]
            for n in np.nonzero(np.abs(result.gap_m2) > ocsge.FLOW_CHECK_TOLERANCE_M2)[0]
            if communes.dep[n] in deps
        ]
        if bad:
            gaps.append((y1, y2, bad))
    return gaps


def _groups(communes: CommuneTable) -> dict[tuple[str, str], list[int]]:
    """(territory, département) -> commune indices."""
    groups: dict[tuple[str, str], list[int]] = {}
    for n, (territory, dep) in enumerate(zip_strict(communes.territory, communes.dep)):
        groups.setdefault((territory, dep), []).append(n)
    return groups


def _covered(
    communes: CommuneTable,
    stocks: dict[int, ocsge.Stock],
    members: list[int],
    years: Sequence[int],
) -> list[int]:
    """The members covered (> 50 % of their area) by every one of ``years``."""
    return [
        n
        for n in members
        if all(stocks[y].area_m2[n] > COVERED_SHARE * communes.area[n] for y in years)
    ]


def territory_info(
    communes: CommuneTable, index: ocsge.MillesimeIndex, stocks: dict[int, ocsge.Stock]
) -> dict[str, tuple[str, int]]:
    """Territory -> (coverage status, multi_departement flag)."""
    members: dict[str, list[int]] = {}
    for n, territory in enumerate(communes.territory):
        members.setdefault(territory, []).append(n)
    info = {}
    for territory, ns in members.items():
        deps = [communes.dep[n] for n in ns]
        covered = [
            bool(index.years.get(communes.dep[n]))
            and all(
                stocks[y].area_m2[n] > COVERED_SHARE * communes.area[n]
                for y in index.years[communes.dep[n]]
            )
            for n in ns
        ]
        status = ocsge.territory_coverage(index, deps, covered)
        info[territory] = (status, int(len(set(deps)) > 1))
    return info


def stock_rows(
    communes: CommuneTable,
    stocks: dict[int, ocsge.Stock],
    index: ocsge.MillesimeIndex,
    names: Mapping[str, str] | None = None,
) -> list[list[Any]]:
    """One row per territory, département and millésime (STOCK_FIELDS); ``names``: territory
    -> name."""
    info = territory_info(communes, index, stocks)
    rows = []
    for (territory, dep), all_members in sorted(_groups(communes).items()):
        for year in index.years.get(dep, []):
            s = stocks[year]
            # communes this millésime covers (> 50 %); the others have no data: absent,
            # not zero (the coverage field then says partial)
            members = _covered(communes, stocks, all_members, (year,))
            if not members:
                continue
            area = float(s.area_m2[members].sum())
            art = float(s.artif_m2[members].sum())
            rows.append(
                [
                    territory,
                    dep,
                    year,
                    len(members),
                    float(communes.area[members].sum()),
                    area,
                    art,
                    100.0 * art / area if area > 0 else None,
                    float(s.sealed_m2[members].sum()),
                    *info[territory],
                ]
            )
    return with_names(rows, names)


def flow_rows(
    communes: CommuneTable,
    pair_flows: dict[tuple[int, int], ocsge.Flows],
    stocks: dict[int, ocsge.Stock],
    index: ocsge.MillesimeIndex,
    names: Mapping[str, str] | None = None,
) -> list[list[Any]]:
    """One row per territory, département and pair of consecutive millésimes (FLOW_FIELDS);
    ``names``: territory -> name."""
    info = territory_info(communes, index, stocks)
    rows = []
    for (territory, dep), all_members in sorted(_groups(communes).items()):
        for y1, y2 in index.pairs(dep):
            f = pair_flows[(y1, y2)]
            members = _covered(communes, stocks, all_members, (y1, y2))
            if not members:
                continue
            rows.append(
                [
                    territory,
                    dep,
                    y1,
                    y2,
                    float(f.artificialisation_m2[members].sum()),
                    float(f.renaturation_m2[members].sum()),
                    float(f.net_m2[members].sum()),
                    float(f.stock_difference_m2[members].sum()),
                    float(f.gap_m2[members].sum()),
                    *info[territory],
                ]
            )
    return with_names(rows, names)
