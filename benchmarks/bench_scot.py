"""Benchmark aula:scotcompatibility (SCoT compatibility checks) against the QGIS chain.

1. the real PLUi (``/work/shared/data/cnig/plui_248000747``, 1,049 zones) against six rules and
   reference layers of 10,000 features each (bound: < 10 s);
2. 10,000 synthetic zones × the six rules against 10,000 reference features (bound: < 60 s);
3. in the same run, the chain a planner would click through for the same within/overlap tests
   (``native:extractbylocation`` + ``native:intersection`` + ``native:fieldcalculator``, once for
   the urban envelope, once for the reservoirs) against aula:scotcompatibility with those two
   rules only, reported as a ratio (ours must be no slower).

    AULA_BUILD_DIR=/tmp/build-x .venv/bin/python benchmarks/bench_scot.py [--references 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from qgis_session import start_qgis

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "qgis"))
PLUI = Path("/work/shared/data/cnig/plui_248000747/248000747_ZONE_URBA_20201109.shp")

TWO_RULES_IDS = ("R1-TVB", "R5-ENV")


def two_rules(text: str) -> str:
    """The six-rule file keeping the overlap and within rules only."""
    head, _, rules = text.partition("rules:\n")
    kept = [block for block in rules.split("  - id: ")[1:] if block.startswith(TWO_RULES_IDS)]
    return head + "rules:\n" + "".join("  - id: " + block for block in kept)


def ours(subjects: str, rules: Path, references: Path, out: Path) -> tuple[float, dict]:
    from qgis import processing

    start = time.perf_counter()
    results = processing.run("aula:scotcompatibility", {
        "SUBJECTS": subjects, "RULES": str(rules), "REFERENCES": str(references),
        "OUTPUT": str(out),
    })  # fmt: skip
    return time.perf_counter() - start, results


def native_chain(subjects: str, references: Path) -> float:
    """extract by location + intersection + area field, for the envelope and the reservoirs."""
    from qgis import processing

    start = time.perf_counter()
    for table in ("enveloppe", "reservoirs"):
        reference = f"{references}|layername={table}"
        extracted = processing.run("native:extractbylocation", {
            "INPUT": subjects, "PREDICATE": [0], "INTERSECT": reference,
            "OUTPUT": "TEMPORARY_OUTPUT",
        })["OUTPUT"]  # fmt: skip
        crossed = processing.run("native:intersection", {
            "INPUT": extracted, "OVERLAY": reference, "OUTPUT": "TEMPORARY_OUTPUT",
        })["OUTPUT"]  # fmt: skip
        processing.run("native:fieldcalculator", {
            "INPUT": crossed, "FIELD_NAME": "surface_m2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
            "FIELD_PRECISION": 2, "FORMULA": "$area", "OUTPUT": "TEMPORARY_OUTPUT",
        })  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--references", type=int, default=10000)
    parser.add_argument("--subjects", type=int, default=10000)
    args = parser.parse_args()
    app, _plugin = start_qgis()
    from scot_fixtures import (
        SIX_RULES,
        grid_subjects,
        prescriptions,
        rules_file,
        shapefile_extent,
    )

    with tempfile.TemporaryDirectory(prefix="bench-scot-") as tmp:
        folder = Path(tmp)
        six = rules_file(folder, SIX_RULES, "six.yaml")
        two = rules_file(folder, two_rules(SIX_RULES), "two.yaml")
        extent = shapefile_extent(PLUI)
        plui_refs = folder / "plui_refs.gpkg"
        prescriptions(plui_refs, extent, args.references)
        seconds, results = ours(str(PLUI), six, plui_refs, folder / "plui.gpkg")
        findings = sum(int(results[k]) for k in ("PASS", "WARNING", "FAIL", "NOT_APPLICABLE",
                                                  "NOT_EVALUABLE"))  # fmt: skip
        print(f"PLUi 1,049 zones x 6 rules vs {args.references:,} features/layer: "
              f"{seconds:.2f} s ({findings} findings; bound 10 s)", flush=True)  # fmt: skip

        grid = folder / "grid.gpkg"
        grid_subjects(grid, extent, args.subjects)
        prescriptions(grid, extent, args.references)
        subjects = f"{grid}|layername=zones"
        seconds, results = ours(subjects, six, grid, folder / "grid_out.gpkg")
        print(f"{args.subjects:,} zones x 6 rules vs {args.references:,} features/layer: "
              f"{seconds:.2f} s (bound 60 s)", flush=True)  # fmt: skip

        mine, _results = ours(subjects, two, grid, folder / "two_out.gpkg")
        chain = native_chain(subjects, grid)
        print(f"within + overlap, {args.subjects:,} zones: aula:scotcompatibility {mine:.2f} s, "
              f"QGIS chain (extractbylocation + intersection + field calculator) {chain:.2f} s: "
              f"ratio chain/ours {chain / mine:.2f} (>= 1: ours no slower)",
              flush=True)  # fmt: skip
    del app


if __name__ == "__main__":
    main()
