"""Benchmark `aula:zanartificialisation` against QGIS's `native:intersection` + `native:aggregate`.

The artificialised stock per commune of the 319 AULA communes (the territory GeoPackage) is
computed from synthetic OCS GE-like polygons: a jittered grid of small quadrilaterals tiling the
territory's bounding box (500,000 by default), with code_cs, code_us, millesime and artif drawn
with fixed seeds. The reference clips the polygons by the communes with `native:intersection`
(keeping insee and artif), then sums `$area` per commune with `native:aggregate` (total area and
artificialised area). Each tool runs in its own child process so its peak memory is its own.

    .venv/bin/python benchmarks/bench_zan_artificialisation.py [--polygons 500000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qgis_session import start_qgis

REPO = Path(__file__).resolve().parents[1]
BUILD = Path(os.environ.get("AULA_BUILD_DIR") or REPO / "build")
TERRITORY = BUILD / "aula_plugin" / "gpkg" / "aula_territoire.gpkg"
# (code_cs, code_us, artif, weight)
CLASSES = [
    ("CS1.1.1.1", "US5", "artif", 15),
    ("CS1.1.1.2", "US4.1.1", "artif", 10),
    ("CS2.2.1", "US5", "artif", 8),
    ("CS2.2.1", "US1.1", "non artif", 45),
    ("CS2.1.1.1", "US1.2", "non artif", 17),
    ("CS1.2.2", "US1.4", "non artif", 5),
]


def make_ocsge(path: Path, polygons: int) -> None:
    import numpy as np
    from osgeo import ogr, osr

    communes = ogr.Open(str(TERRITORY))
    xmin, xmax, ymin, ymax = communes.GetLayerByName("commune").GetExtent()
    ratio = (xmax - xmin) / (ymax - ymin)
    ny = max(int(round((polygons / ratio) ** 0.5)), 1)
    nx = max(polygons // ny, 1)
    sx, sy = (xmax - xmin) / nx, (ymax - ymin) / ny
    rng = np.random.default_rng(20261123)
    # shared, jittered nodes: the quadrilaterals tile the box without gaps or overlaps
    jx = rng.uniform(-0.3, 0.3, (nx + 1, ny + 1)) * sx
    jy = rng.uniform(-0.3, 0.3, (nx + 1, ny + 1)) * sy
    jx[[0, -1], :] = 0
    jy[:, [0, -1]] = 0
    gx = xmin + np.arange(nx + 1)[:, None] * sx + jx
    gy = ymin + np.arange(ny + 1)[None, :] * sy + jy
    weights = np.array([c[3] for c in CLASSES], dtype=float)
    classes = rng.choice(len(CLASSES), size=(nx, ny), p=weights / weights.sum())

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("ocsge_2021", srs, ogr.wkbPolygon)
    for name in ("code_cs", "code_us", "millesime", "artif"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    definition = layer.GetLayerDefn()
    dataset.StartTransaction()
    for i in range(nx):
        for j in range(ny):
            ring = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1), (i, j)]
            wkt = "POLYGON(({}))".format(
                ",".join(f"{gx[a, b]:.2f} {gy[a, b]:.2f}" for a, b in ring)
            )
            cs, us, artif, _ = CLASSES[classes[i, j]]
            feature = ogr.Feature(definition)
            feature["code_cs"], feature["code_us"] = cs, us
            feature["millesime"], feature["artif"] = "2021-01-01", artif
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None


def run_one(tool: str, ocs: Path, output: Path) -> dict[str, float]:
    """Runs in a child process: start QGIS, run one tool, report time and peak memory."""
    app, plugin = start_qgis()
    from qgis import processing

    ocs_uri = f"{ocs}|layername=ocsge_2021"
    communes = f"{TERRITORY}|layername=commune"
    start = time.perf_counter()
    if tool == "aula":
        processing.run(
            "aula:zanartificialisation",
            {
                "OCSGE": [ocs_uri],
                "COMMUNES": communes,
                "INSEE_FIELD": "insee",
                "METHOD": 0,
                "STOCK": str(output),
            },
        )
    else:
        clipped = processing.run(
            "native:intersection",
            {
                "INPUT": ocs_uri,
                "OVERLAY": communes,
                "INPUT_FIELDS": ["artif"],
                "OVERLAY_FIELDS": ["insee"],
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
        intersection_s = time.perf_counter() - start
        aggregate = {"delimiter": ",", "length": 0, "precision": 0}
        processing.run(
            "native:aggregate",
            {
                "INPUT": clipped,
                "GROUP_BY": '"insee"',
                "AGGREGATES": [
                    {
                        **aggregate,
                        "aggregate": "first_value",
                        "input": '"insee"',
                        "name": "insee",
                        "type": 10,
                    },
                    {
                        **aggregate,
                        "aggregate": "sum",
                        "input": "$area",
                        "name": "area_m2",
                        "type": 6,
                    },
                    {
                        **aggregate,
                        "aggregate": "sum",
                        "input": "if(\"artif\" = 'artif', $area, 0)",
                        "name": "artif_m2",
                        "type": 6,
                    },
                ],
                "OUTPUT": str(output),
            },
        )
    elapsed = time.perf_counter() - start
    plugin.unload()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"seconds": elapsed, "peak_mb": peak_mb, "totals": totals(tool, output)}
    if tool != "aula":
        result["intersection_s"] = intersection_s
    return result


def totals(tool: str, output: Path) -> dict[str, float]:
    """Σ area and Σ artif over the communes, to check that both tools agree."""
    from osgeo import ogr

    dataset = ogr.Open(str(output))
    layer = dataset.GetLayer(0)
    area = artif = 0.0
    for feature in layer:
        area += feature["area_m2"] or 0.0
        artif += feature["artif_m2"] or 0.0
    return {"area_m2": area, "artif_m2": artif}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--polygons", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--tools", default="aula,native", help="comma-separated: aula,native")
    parser.add_argument("--child", nargs=3, metavar=("TOOL", "OCS", "OUTPUT"))
    args = parser.parse_args()
    if args.child:
        tool, ocs, output = args.child
        print(json.dumps(run_one(tool, Path(ocs), Path(output))))
        return
    if not TERRITORY.is_file():
        sys.exit(f"{TERRITORY} is missing: run `make stage` first")

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        ocs = Path(tmp) / "ocsge.gpkg"
        start = time.perf_counter()
        make_ocsge(ocs, args.polygons)
        print(f"synthetic OCS GE generated in {time.perf_counter() - start:.1f} s", flush=True)
        results: dict[str, list[dict]] = {tool: [] for tool in args.tools.split(",")}
        for run in range(args.repeat):
            for tool in results:
                output = Path(tmp) / f"{tool}_{run}.gpkg"
                proc = subprocess.run(
                    [sys.executable, __file__, "--child", tool, str(ocs), str(output)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if proc.returncode != 0:
                    sys.exit(f"{tool} failed:\n{proc.stdout}\n{proc.stderr}")
                results[tool].append(json.loads(proc.stdout.strip().splitlines()[-1]))
                print(f"  {tool}: {json.dumps(results[tool][-1])}", flush=True)
    summary = {
        tool: {
            "median_s": statistics.median(r["seconds"] for r in runs),
            "peak_mb": max(r["peak_mb"] for r in runs),
            "totals": runs[-1]["totals"],
            **(
                {"intersection_s": statistics.median(r["intersection_s"] for r in runs)}
                if tool == "native"
                else {}
            ),
        }
        for tool, runs in results.items()
    }
    if len(summary) < 2:
        return
    ratio = summary["aula"]["median_s"] / summary["native"]["median_s"]
    print(f"{args.polygons} polygons, 319 communes, median of {args.repeat} run(s)")
    names = (
        ("aula", "aula:zanartificialisation"),
        ("native", "native:intersection + native:aggregate"),
    )
    for tool, name in names:
        s = summary[tool]
        t = s["totals"]
        print(
            f"  {name:<40} {s['median_s']:7.2f} s   peak {s['peak_mb']:6.0f} MB   "
            f"area {t['area_m2'] / 1e6:10.3f} km²  artif {t['artif_m2'] / 1e6:9.3f} km²"
        )
    print(f"  (native:intersection alone: {summary['native']['intersection_s']:.2f} s)")
    print(f"  ratio aula / native: {ratio:.2f} (target <= 0.5), peak target < 2048 MB")
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_zan_artificialisation.json").write_text(
        json.dumps({"args": vars(args), **summary, "ratio": ratio}, indent=2)
    )


if __name__ == "__main__":
    main()
