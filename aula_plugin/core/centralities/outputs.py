"""What each output row of aula:centralities holds: its columns and their values, in order.

Column kinds are those of gis/fields.py ("text", "int", "double", "bool"). The values follow the
conventions of CENTRALITIES.md §3.5: dwellings rounded to a whole number, shares and areas to
6 decimals, the level only for a centralité.

Pure Python (no qgis).
"""

from __future__ import annotations

from typing import Any

from .adapters import Activities
from .cluster import ROLE_NAMES
from .rules import TYPE_CENTRALITY, CentraParams, Counts, level, mix_entropy

#: the shipped style (resources/styles/) of each output with geometry, by output name: applied
#: when QGIS opens the output (the algorithm's OUTPUT_STYLES) and by the demo's stored project
OUTPUT_STYLES = {
    "OUTPUT": "centralites.qml",
    "OUTPUT_POINTS": "centralites_points.qml",
    "OUTPUT_REJECTED": "candidats_rejetes.qml",
}

#: the perimeters (OUTPUT): one row per perimeter, or per commune piece of a perimeter
PERIMETER_FIELDS = (
    ("id", "text"),
    ("insee_com", "text"),
    ("nom_com", "text"),
    ("parent_id", "text"),
    ("cross_commune", "bool"),
    ("type", "text"),
    ("niveau", "text"),
    ("n_act", "int"),
    ("n_com", "int"),
    ("n_srv", "int"),
    ("n_equ", "int"),
    ("n_membres", "int"),
    ("n_types", "int"),
    ("types", "text"),
    ("n_log", "int"),
    ("mix_entropy", "double"),
    ("share_big_box", "double"),
    ("rules_passed", "text"),
    ("robust", "text"),
    ("robust_share", "double"),
    ("surface_ha", "double"),
    ("params_hash", "text"),
    ("data_vintages", "text"),
    ("agreed_iou", "double"),
)

#: the activity points with their role (OUTPUT_POINTS)
POINT_FIELDS = (
    ("source", "text"),
    ("source_id", "text"),
    ("function", "text"),
    ("type_code", "text"),
    ("cluster_id", "text"),
    ("role", "text"),
    ("n_raw", "int"),
)

#: the rejected candidates (OUTPUT_REJECTED)
REJECTED_FIELDS = (
    ("cluster_id", "text"),
    ("n_membres", "int"),
    ("n_act", "int"),
    ("n_com", "int"),
    ("n_srv", "int"),
    ("n_equ", "int"),
    ("n_log", "int"),
    ("rules_passed", "text"),
    ("reason", "text"),
)


def perimeter_values(
    *,
    piece_id: str,
    code: str | None,
    name: str | None,
    parent_id: str,
    split: bool,
    kind: str,
    counts: Counts,
    types: list[str],
    params: CentraParams,
    rules_passed: str,
    robust: str | None,
    robust_share: float | None,
    area_m2: float,
    params_hash: str,
    vintages: str,
) -> list[Any]:
    """A perimeter row in the order of PERIMETER_FIELDS; agreed_iou (last) is None until the
    comparison with the agreed perimeters fills it."""
    niveau = level(counts.n_types, params.level_thresholds) if kind == TYPE_CENTRALITY else None
    return [
        piece_id,
        code,
        name,
        parent_id,
        split,
        kind,
        niveau,
        counts.n_act,
        counts.n_com,
        counts.n_srv,
        counts.n_equ,
        counts.n_members,
        counts.n_types,
        ";".join(types),
        int(round(counts.n_log)),
        mix_entropy(counts.n_com, counts.n_srv, counts.n_equ, counts.n_log),
        round(counts.n_big_box / counts.n_act, 6) if counts.n_act else 0.0,
        rules_passed,
        robust,
        robust_share,
        round(area_m2 / 10000.0, 6),
        params_hash,
        vintages,
        None,  # agreed_iou
    ]


def fill_agreed_iou(rows: list[list[Any]], best: dict[str, float]) -> None:
    """Set agreed_iou (the last value) of each row from the best IoU by computed id (its first
    value); rows overlapping no agreed perimeter keep None."""
    for values in rows:
        values[-1] = round(best[values[0]], 6) if values[0] in best else None


def point_values(acts: Activities, i: int, cluster_id: str | None, role: int) -> list[Any]:
    """Activity ``i`` in the order of POINT_FIELDS."""
    return [
        str(acts.source[i]),
        str(acts.source_id[i]),
        str(acts.function[i]),
        str(acts.type_code[i]),
        cluster_id,
        ROLE_NAMES[int(role)],
        int(acts.n_raw[i]),
    ]


def rejected_values(cluster_id: str, counts: Counts, rules_passed: str, reason: str) -> list[Any]:
    """A rejected candidate in the order of REJECTED_FIELDS."""
    return [
        cluster_id,
        counts.n_members,
        counts.n_act,
        counts.n_com,
        counts.n_srv,
        counts.n_equ,
        int(round(counts.n_log)),
        rules_passed,
        reason,
    ]
