"""Run GRASS r.cost on GeoTIFFs in a throw-away location (tests and benchmarks only).

GRASS 8.2: ``grass --tmp-location EPSG:2154 --exec bash script``. The friction and the start raster
(Int32, nodata 0 = not a start) are linked with r.external; the cumulative cost is exported as
Float64 GeoTIFF. The wall time of the r.cost call itself is measured inside the session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


def grass_binary() -> str | None:
    return shutil.which("grass")


@dataclass
class RCostRun:
    output: Path | None
    rcost_seconds: float  # r.cost alone
    total_seconds: float  # the whole GRASS session (start-up, linking, export)
    log: str


def run_r_cost(
    friction_tif: Path,
    start_tif: Path,
    workdir: Path,
    *,
    max_cost: float = 0,
    knight: bool = False,
    start_with_values: bool = False,
    export: bool = True,
    memory_mb: int = 1000,
    timeout: int = 3600,
) -> RCostRun:
    """r.cost -n input=friction start_raster=start [-k] [-r]; Float64 GeoTIFF in workdir."""
    import time

    grass = grass_binary()
    if grass is None:
        raise RuntimeError("GRASS is not installed")
    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / "rcost.tif"
    flags = "-n" + ("k" if knight else "") + ("r" if start_with_values else "")
    max_opt = f"max_cost={max_cost:g}" if max_cost else ""
    export_cmd = (
        f"r.out.gdal -c -f input=c output={out} type=Float64 createopt=COMPRESS=DEFLATE --quiet"
        if export
        else ""
    )
    script = workdir / "rcost.sh"
    script.write_text(
        f"""set -e
r.external -o input={friction_tif} output=f --quiet --overwrite
r.external -o input={start_tif} output=s --quiet --overwrite
g.region raster=f
echo RCOST_START $(date +%s.%N)
r.cost {flags} input=f start_raster=s output=c {max_opt} memory={memory_mb} --quiet
echo RCOST_END $(date +%s.%N)
{export_cmd}
""",
        encoding="utf-8",
    )
    env = dict(os.environ)
    env.pop("QGIS_PREFIX_PATH", None)
    started = time.perf_counter()
    proc = subprocess.run(
        [grass, "--tmp-location", "EPSG:2154", "--exec", "bash", str(script)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    total = time.perf_counter() - started
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise RuntimeError(f"GRASS r.cost failed ({proc.returncode}):\n{log}")
    marks = {}
    for line in proc.stdout.splitlines():
        if line.startswith("RCOST_"):
            key, value = line.split()
            marks[key] = float(value)
    seconds = marks.get("RCOST_END", 0.0) - marks.get("RCOST_START", 0.0)
    return RCostRun(out if export else None, seconds, total, log)
