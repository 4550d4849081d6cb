"""The pinch points part of `make demo`: aula:pinchpoints on the woodland sub-network's corridors.

Called after scripts/demo_tvb.py's run_tvb_demo, which wrote the inputs: the woodland friction
GeoTIFF in the TVB folder (out/tvb), the reservoirs and the planar least-cost corridors in the
working copy (tables tvb_res_reservoirs and tvb_res_corridors). The pinch points go into the
working copy (table tvb_res_pincements, recorded in its results register), the current mosaic
beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

Runner = Callable[..., CompletedProcess[str]]
#: cost-weighted corridor width, friction × m: 200 m of woodland edge (friction 100) beyond the
#: least-cost path, about 8 cells of 25 m on either side in ordinary farmland
CORRIDOR_WIDTH = "20000"
PERCENTILE = "95"
TABLE = "tvb_res_pincements"


def run_pinch_demo(runner: Runner, work_gpkg: Path, out: Path, tvb_folder: Path) -> list:
    """Runs aula:pinchpoints; returns the DemoLayer items to show in the working copy's project."""
    from demo_project import DemoLayer, into, table_source
    from demo_tvb import SUBNETWORK, count_features, output_style, run

    name = SUBNETWORK[1]
    friction = tvb_folder / f"friction_{name}.tif"
    current = tvb_folder / f"courant_pincements_{name}.tif"
    result = run(
        runner, "pinchpoints",
        f"FRICTION={friction}",
        f"RESERVOIRS={table_source(work_gpkg, 'tvb_res_reservoirs')}",
        f"LINKS={table_source(work_gpkg, 'tvb_res_corridors')}",
        f"CORRIDOR_WIDTH={CORRIDOR_WIDTH}",
        f"PERCENTILE={PERCENTILE}",
        f"OUTPUT={into(work_gpkg, TABLE)}",
        f"OUTPUT_CURRENT={current}",
    )  # fmt: skip
    beside = work_gpkg.parent / current.name
    beside.write_bytes(current.read_bytes())
    print(f"  points de pincement (largeur {CORRIDOR_WIDTH} friction × m, centile {PERCENTILE}) : "
          f"{count_features(table_source(work_gpkg, TABLE))} "
          f"(seuil {float(result.get('THRESHOLD', 0)):.3g} A)")  # fmt: skip
    del out  # the results stay in the TVB folder and the working copy
    return [
        DemoLayer("Points de pincement", TABLE, output_style("pinchpoints")),
        DemoLayer(
            "Densité de courant (corridors)", beside.name,
            output_style("pinchpoints", "OUTPUT_CURRENT"), raster=True, visible=False,
        ),
    ]  # fmt: skip
