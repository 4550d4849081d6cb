"""Run every benchmark (outside the test run): `make bench`.

The reference tools run at the sizes where they finish: QGIS's native:intersection did not finish
500,000 OCS GE polygons in 37 minutes (10.8 GB and growing), so the same-run comparison is made at
100,000 polygons and our algorithm alone is timed at 500,000.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = (
    ["bench_aggregate.py"],
    ["bench_zan_consumption.py"],
    ["bench_zan_artificialisation.py", "--polygons", "100000", "--tools", "aula,native"],
    ["bench_zan_artificialisation.py", "--polygons", "500000", "--tools", "aula"],
    ["bench_degurba.py"],
    ["bench_tvb_costdistance.py", "--size", "25", "--algorithm", "--knight"],
    # scikit-image is compared at 25 m only
    ["bench_tvb_costdistance.py", "--size", "10", "--no-skimage", "--algorithm"],
    # hostile grids (issue 15): ours no slower than r.cost, knight's move at most 1.5× 8-neighbour
    ["bench_tvb_costdistance.py", "--maze", "1000", "--no-skimage", "--knight"],
    ["bench_tvb_costdistance.py", "--random", "1000", "--no-skimage", "--knight"],
    ["bench_tvb_corridors.py"],
    ["bench_tvb_circuit.py"],  # the spsolve baseline is timed on 1 pair, extrapolated to 45
    ["bench_tvb_pinch.py"],  # the demo's 297 woodland links at 25 m: under 2 minutes
    ["bench_centralities.py"],
    ["bench_factsheets.py"],
    ["bench_fact_sheet_dock.py"],
    ["bench_scot.py"],
)

for script, *args in RUNS:
    print(f"== {script} {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, str(HERE / script), *args], check=True)
