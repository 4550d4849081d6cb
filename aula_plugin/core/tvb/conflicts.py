"""Conflict points between corridors and infrastructure: class weights and scores (Qt-free)."""

from __future__ import annotations

import math
from collections.abc import Iterable

DEFAULT_WEIGHTS = (
    "autoroute=1.0;nationale=0.8;voie_ferree=0.8;departementale=0.5;locale=0.2;obstacle=1.0"
)
#: the class of every line of the railway layer, and of every watercourse obstacle
RAILWAY_CLASS = "voie_ferree"
OBSTACLE_CLASS = "obstacle"
#: search distance (m) of an obstacle point around a corridor: an obstacle (weir, dam) sits on the
#: watercourse the corridor crosses, within a cell or two; beyond 1 km it would cut corridors
#: that never meet its watercourse (issue 10: 1e7 was accepted)
OBSTACLE_DISTANCE_RANGE = (0.0, 1000.0)


def parse_weights(text: str) -> tuple[dict[str, float], list[str]]:
    """ "class=weight;…" (decimal point or comma) → (weights, malformed entries)."""
    weights: dict[str, float] = {}
    bad: list[str] = []
    for entry in text.replace("\n", ";").split(";"):
        entry = entry.strip()
        if not entry:
            continue
        key, sep, value = entry.partition("=")
        try:
            weight = float(value.strip().replace(",", "."))
        except ValueError:
            weight = math.nan
        if not sep or not key.strip() or not math.isfinite(weight) or weight < 0:
            bad.append(entry)
            continue
        weights[key.strip()] = weight
    return weights, bad


def unweighted_classes(classes: Iterable[str], weights: dict[str, float]) -> str:
    """The classes without a weight with their counts, "NULL (1), chemin (2)"; "" when none."""
    unknown: dict[str, int] = {}
    for name in classes:
        if name not in weights:
            unknown[name] = unknown.get(name, 0) + 1
    return ", ".join(
        "{} ({})".format(key or "NULL", count) for key, count in sorted(unknown.items())
    )


def current_scores(scores: list[float], currents: list[float | None]) -> tuple[list[float], float]:
    """The scores weighted by the current density at each crossing (aula:conflictpoints with a
    current raster), and the largest current:

        current_score = score × (1 + c / c_max)

    c the current density of the cell under the crossing (0 off the raster or on nodata), c_max
    the largest c over all the crossings: the factor runs from 1 (no current) to 2 (the most
    funnelled crossing), so the current breaks ties and lifts funnelled crossings without ever
    cancelling a score. With c_max = 0 every factor is 1."""
    values = [c if c is not None and math.isfinite(c) and c > 0 else 0.0 for c in currents]
    c_max = max(values, default=0.0)
    if c_max <= 0:
        return list(scores), 0.0
    return [s * (1.0 + c / c_max) for s, c in zip(scores, values)], c_max
