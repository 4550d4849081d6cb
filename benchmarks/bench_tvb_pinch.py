"""Benchmark `aula:pinchpoints` on the demo's woodland links at 25 m (issue 15: under 2 minutes).

Inputs built as `make demo` builds them (scripts/demo_tvb.py): the woodland friction at 25 m over
the whole AULA territory (aula:frictionfromlandcover, roads and railways burned), the reservoirs
(aula:reservoirs, zonings and woodland ≥ 25 ha) and the planar least-cost corridors
(aula:leastcostcorridors: 297 links on the synthetic territory). They are built once, untimed.
Then the whole `aula:pinchpoints` runs through processing.run (reading, one cost run per
reservoir, one circuit per link, the mosaic, the pinch polygons, writing), timed, with the corridor
width of the demo (scripts/demo_pinch.py).

    .venv/bin/python benchmarks/bench_tvb_pinch.py [--width 20000] [--all-to-one]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from qgis_session import BUILD, start_qgis

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
TARGET_S = 120.0


def build_inputs(gpkg: Path, folder: Path) -> dict[str, str]:
    from demo_pinch import CORRIDOR_WIDTH  # noqa: F401  (the demo's width, checked importable)
    from demo_tvb import MIN_RESERVOIR_HA, RESOLUTION, SUBNETWORK
    from qgis import processing

    friction = str(folder / "friction.tif")
    processing.run(
        "aula:frictionfromlandcover",
        {
            "LANDCOVER": f"{gpkg}|layername=tvb_occupation_sol",
            "CODE_FIELD": "code_cs",
            "USAGE_FIELD": "code_us",
            "TABLE": 0,
            "SUBNETWORK": int(SUBNETWORK[0]),
            "RESOLUTION": float(RESOLUTION),
            "INFRASTRUCTURES": [
                f"{gpkg}|layername=tvb_routes",
                f"{gpkg}|layername=tvb_voies_ferrees",
            ],
            "INFRA_CLASS_FIELD": "classe",
            "OUTPUT": friction,
        },
    )
    reservoirs = str(folder / "reservoirs.gpkg")
    processing.run(
        "aula:reservoirs",
        {
            "ZONINGS": f"{gpkg}|layername=tvb_zonages",
            "HABITAT": friction,
            "SUBNETWORK": int(SUBNETWORK[0]),
            "MIN_AREA_HA": float(MIN_RESERVOIR_HA),
            "OUTPUT": reservoirs,
        },
    )
    corridors = str(folder / "corridors.gpkg")
    result = processing.run(
        "aula:leastcostcorridors",
        {
            "FRICTION": friction,
            "RESERVOIRS": reservoirs,
            "SUBNETWORK": int(SUBNETWORK[0]),
            "OUTPUT": corridors,
            "OUTPUT_GRAPH": "memory:",
        },
    )
    return {
        "friction": friction,
        "reservoirs": reservoirs,
        "corridors": corridors,
        "links": result["LINKS"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--width", type=float, default=None, help="corridor width (friction × m)")
    parser.add_argument("--all-to-one", action="store_true")
    args = parser.parse_args()
    from demo_pinch import CORRIDOR_WIDTH

    width = args.width if args.width is not None else float(CORRIDOR_WIDTH)
    app, _plugin = start_qgis()
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    gpkg = BUILD / "aula_plugin" / "gpkg" / "aula_territoire.gpkg"
    with tempfile.TemporaryDirectory(prefix="bench-pinch-") as tmp:
        folder = Path(tmp)
        inputs = build_inputs(gpkg, folder)
        feedback = QgsProcessingFeedback()
        messages: list[str] = []
        feedback.pushInfo = messages.append  # the algorithm's own timing line
        start = time.perf_counter()
        result = processing.run(
            "aula:pinchpoints",
            {
                "FRICTION": inputs["friction"],
                "RESERVOIRS": inputs["reservoirs"],
                "LINKS": inputs["corridors"],
                "CORRIDOR_WIDTH": width,
                "ALL_TO_ONE": args.all_to_one,
                "OUTPUT": str(folder / "pinch.gpkg"),
                "OUTPUT_CURRENT": str(folder / "current.tif"),
            },
            feedback=feedback,
        )
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {
        "links": inputs["links"],
        "corridor_width": width,
        "all_to_one": args.all_to_one,
        "seconds": round(seconds, 2),
        "pinch_points": result["PINCH_POINTS"],
        "peak_mb_process": round(peak_mb),
        "target_s": TARGET_S,
    }
    print(f"aula:pinchpoints, {inputs['links']} woodland links at 25 m, width {width:g}")
    for line in messages[-2:]:
        print("  " + line)
    verdict = "OK" if seconds < TARGET_S else "TOO SLOW"
    print(f"  {seconds:.1f} s (target < {TARGET_S:.0f} s: {verdict}), peak {peak_mb:.0f} MB")
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_tvb_pinch.json").write_text(json.dumps(summary, indent=2))
    del app


if __name__ == "__main__":
    main()
