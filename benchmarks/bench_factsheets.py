"""Benchmark `aula:factsheetexport`: the fact sheets of the 100 communes of the CABBALR to PDF.

Target (issue 12): under 2 minutes for the 100 PDFs (default sheet « Chiffres clés », a map of
each commune drawn with the project's styles). The staged territory GeoPackage is read as it ships;
the PDFs go to a temporary folder. Timed around ``processing.run`` (QGIS start-up not counted).

    .venv/bin/python benchmarks/bench_factsheets.py [--territory 200072460] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import tempfile
import time
from pathlib import Path

from qgis_session import BUILD, start_qgis

CABBALR = "200072460"
TARGET_S = 120.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--territory", default=CABBALR)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    app, plugin = start_qgis()
    from qgis import processing
    from qgis.core import QgsVectorLayer

    gpkg = BUILD / "aula_plugin" / "gpkg" / "aula_territoire.gpkg"
    layer = QgsVectorLayer(f"{gpkg}|layername=commune", "commune", "ogr")
    times, count = [], 0
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="aula-bench-sheets-") as folder:
            start = time.perf_counter()
            results = processing.run(
                "aula:factsheetexport",
                {"TERRITORIES": layer, "TERRITORY": args.territory, "OUTPUT_FOLDER": folder},
            )
            times.append(time.perf_counter() - start)
            count = results["COUNT"]
            assert len(list(Path(folder).glob("*.pdf"))) == count
    best = min(times)
    report = {
        "benchmark": "factsheetexport",
        "territory": args.territory,
        "sheets": count,
        "seconds_min": round(best, 2),
        "seconds_median": round(statistics.median(times), 2),
        "seconds_per_sheet": round(best / max(count, 1), 3),
        "target_seconds": TARGET_S,
        "within_target": best < TARGET_S,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(report, indent=2), flush=True)
    plugin.unload()  # exitQgis with the provider still registered crashes at exit


if __name__ == "__main__":
    main()
