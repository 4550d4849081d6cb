"""What a centrality explanation sheet shows, before any wording: minima, types, robustness.

aula:centralitysheet prints one page per perimeter of the centralites layer; the texts are worded
and translated in ``gis/centralities_sheet_content.py``. Pure Python (no qgis).
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

from .rules import CentraParams, Rule

#: the mapping tables of resources/centralities that give the types' labels
MAPPING_FILES = ("typequ_fonction_bpe2023.csv", "naf_fonction_rev2.csv")
#: characters of the equipment list that fit the page (about 11 lines at 7 pt)
TYPES_BUDGET = 1300
#: the robustness re-runs of aula:centralities (robust_share = runs finding the perimeter / this)
ROBUSTNESS_RUNS = len(CentraParams().robustness_variants())
#: the functions of the counts table: key, CentraParams minimum
MINIMA_FIELDS = (
    ("C", "min_commerce"),
    ("S", "min_services"),
    ("E", "min_equipment"),
    ("H", "min_dwellings"),
    ("N", "min_activities"),
)


def load_type_labels(folder: Path) -> dict[str, str]:
    """code -> label from the mapping tables of resources/centralities (empty when absent)."""
    labels: dict[str, str] = {}
    for name in MAPPING_FILES:
        path = folder / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(line for line in handle if not line.startswith("#"))
            key = "typequ" if "typequ" in (rows.fieldnames or []) else "naf"
            for row in rows:
                code, label = (row.get(key) or "").strip(), (row.get("libelle") or "").strip()
                if code and label:
                    labels.setdefault(code, label)
    return labels


def rule_minima(run_minima: Mapping[str, int | None], rules: Sequence[Rule]) -> dict[str, int]:
    """The minima of C, S, E, H and N (keys of MINIMA_FIELDS) the perimeter was checked against.

    CENTRA-1's defaults, then ``run_minima`` (the run's parameters by CentraParams name, from its
    JSON sidecar; None values are skipped), then the N and H thresholds of rules_passed (they win).
    """
    defaults = CentraParams()
    minima = {key: int(getattr(defaults, name)) for key, name in MINIMA_FIELDS}
    for key, name in MINIMA_FIELDS:
        value = run_minima.get(name)
        if value is not None:
            minima[key] = value
    for rule in rules:
        if rule.key in ("N", "H"):
            with contextlib.suppress(ValueError):
                minima[rule.key] = int(rule.threshold)
    return minima


def fit_types(
    codes: Sequence[str], labels: Mapping[str, str], budget: int = TYPES_BUDGET
) -> tuple[list[str], int]:
    """("code label" items that fit the budget, sorted and distinct; how many more were left)."""
    items = [f"{c} {labels[c]}" if c in labels else c for c in sorted(set(codes))]
    shown: list[str] = []
    used = 0
    for item in items:
        if used + len(item) + 3 > budget:  # 3: the " · " separator
            break
        shown.append(item)
        used += len(item) + 3
    return shown, len(items) - len(shown)


def robust_runs(share: float | None) -> int:
    """How many of the robustness runs found the perimeter, from robust_share."""
    return round((share or 0.0) * ROBUSTNESS_RUNS)
