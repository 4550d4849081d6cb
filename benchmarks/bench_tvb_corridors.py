"""Benchmark `aula:leastcostcorridors` (planar graph) on the AULA bounding box at 25 m.

Grid: 3,792 × 2,008 cells of 25 m (the AULA bounding box), friction drawn from the ladder
{1, 5, 30, 100, 1000} with 5 % nodata, and 200 disc-shaped reservoirs (radius 2-8 cells, friction 1)
placed at random without overlap; everything deterministic (fixed seed). Target: under 2 minutes
for the default planar graph.

Each measurement runs in its own child process (peak memory = ru_maxrss of the child):

* ``core``: `planar_links` alone on the arrays, with the share of the cost core (one multi-source
  run with allocation) and of the path back-tracing;
* ``algorithm``: the whole `aula:leastcostcorridors` through processing.run (reading the GeoTIFF,
  rasterising the reservoirs, the links, writing the lines and the graph table);
* ``skimage``: scikit-image's `MCP_Geometric.find_costs` from the same 200 reservoirs, as a
  reference for the cost-run share only (no reference tool computes the planar links; Graphab
  is Java). Skipped when scikit-image is not installed.

    .venv/bin/python benchmarks/bench_tvb_corridors.py [--quick] [--repeat 1]
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

import numpy as np
from qgis_session import start_qgis

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
BUILD = Path(os.environ.get("AULA_BUILD_DIR") or REPO / "build")
RES = 25.0
X0, Y0 = 620_000.0, 7_060_000.0  # north-west corner of the box (Lambert-93)
LADDER = np.array([1.0, 5.0, 30.0, 100.0, 1000.0], dtype=np.float32)


def make_scene(rows: int, cols: int, n: int, seed: int = 20261123):
    """(friction float32 with NaN, labels int32 1..n) — deterministic."""
    rng = np.random.default_rng(seed)
    friction = LADDER[rng.integers(0, 5, (rows, cols))]
    friction[rng.random((rows, cols)) < 0.05] = np.nan
    labels = np.zeros((rows, cols), dtype=np.int32)
    yy, xx = np.mgrid[-8:9, -8:9]
    placed = 0
    while placed < n:
        radius = int(rng.integers(2, 9))
        r, c = int(rng.integers(10, rows - 10)), int(rng.integers(10, cols - 10))
        disc = (yy**2 + xx**2) <= radius * radius
        window = (slice(r - 8, r + 9), slice(c - 8, c + 9))
        if labels[window][disc].any() or labels[r - 10 : r + 11, c - 10 : c + 11].any():
            continue
        placed += 1
        labels[window][disc] = placed
        friction[window][disc] = 1.0
    return friction, labels


def write_inputs(folder: Path, friction: np.ndarray, labels: np.ndarray) -> tuple[str, str]:
    from osgeo import gdal, ogr, osr

    rows, cols = friction.shape
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    tif = str(folder / "friction.tif")
    ds = gdal.GetDriverByName("GTiff").Create(
        tif, cols, rows, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "TILED=YES"]
    )
    ds.SetGeoTransform((X0, RES, 0, Y0, 0, -RES))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(np.where(np.isnan(friction), -9999.0, friction))
    ds = None
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
    mem.SetGeoTransform((X0, RES, 0, Y0, 0, -RES))
    mem.SetProjection(srs.ExportToWkt())
    mem.GetRasterBand(1).WriteArray(labels)
    gpkg = str(folder / "reservoirs.gpkg")
    vec = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    layer = vec.CreateLayer("reservoirs", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    band = mem.GetRasterBand(1)
    gdal.Polygonize(band, band, layer, 0, [], callback=None)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTString))
    vec.StartTransaction()
    for feature in layer:
        feature["id"] = "res-{:03d}".format(feature["label"])
        layer.SetFeature(feature)
    vec.CommitTransaction()
    vec = None
    return tif, gpkg


def child_core(rows: int, cols: int, n: int) -> dict[str, float]:
    sys.path.insert(0, str(BUILD))
    from aula_plugin.core.tvb import corridors

    friction, labels = make_scene(rows, cols, n)
    start = time.perf_counter()
    result = corridors.planar_links(friction, labels, cell_size=(RES, RES))
    total = time.perf_counter() - start
    return {
        "seconds": total,
        "cost_seconds": result.cost_seconds,
        "links": len(result.links),
        "iterations": result.iterations,
    }


def child_algorithm(tif: str, gpkg: str, out: str) -> dict[str, float]:
    app, plugin = start_qgis()
    from qgis import processing

    start = time.perf_counter()
    result = processing.run(
        "aula:leastcostcorridors",
        {
            "FRICTION": tif,
            "RESERVOIRS": f"{gpkg}|layername=reservoirs",
            "OUTPUT": str(Path(out) / "corridors.gpkg"),
            "OUTPUT_GRAPH": str(Path(out) / "graph.gpkg"),
        },
    )
    elapsed = time.perf_counter() - start
    plugin.unload()
    return {"seconds": elapsed, "links": int(result["LINKS"])}


def child_skimage(rows: int, cols: int, n: int) -> dict[str, float]:
    from skimage.graph import MCP_Geometric

    friction, labels = make_scene(rows, cols, n)
    costs = np.where(np.isnan(friction), np.inf, friction).astype(np.float64)
    starts = np.argwhere(labels > 0)
    start = time.perf_counter()
    mcp = MCP_Geometric(costs, fully_connected=True, sampling=(RES, RES))
    mcp.find_costs([tuple(p) for p in starts])
    return {"seconds": time.perf_counter() - start}


def spawn(args: list[str]) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="948 × 502 cells, 50 reservoirs")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-algorithm", action="store_true")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "core":
            out = child_core(*map(int, rest))
        elif kind == "skimage":
            out = child_skimage(*map(int, rest))
        else:
            out = child_algorithm(*rest)
        out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(out))
        return

    rows, cols, n = (502, 948, 50) if args.quick else (2008, 3792, 200)
    size = [str(rows), str(cols), str(n)]
    runs: dict[str, list[dict[str, float]]] = {"core": [], "algorithm": [], "skimage": []}
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_algorithm:
            tif, gpkg = write_inputs(Path(tmp), *make_scene(rows, cols, n))
        for k in range(args.repeat):
            runs["core"].append(spawn(["core", *size]))
            if not args.no_algorithm:
                out = Path(tmp) / f"out{k}"
                out.mkdir()
                runs["algorithm"].append(spawn(["algorithm", tif, gpkg, str(out)]))
            try:
                import skimage  # noqa: F401

                runs["skimage"].append(spawn(["skimage", *size]))
            except ImportError:
                pass
    summary = {
        name: {
            "median_s": statistics.median(r["seconds"] for r in values),
            "peak_mb": max(r["peak_mb"] for r in values),
            **({"links": values[0]["links"]} if "links" in values[0] else {}),
            **(
                {"cost_core_s": statistics.median(r["cost_seconds"] for r in values)}
                if "cost_seconds" in values[0]
                else {}
            ),
        }
        for name, values in runs.items()
        if values
    }
    print(f"{cols} × {rows} cells of {RES:g} m, {n} reservoirs, planar graph")
    for name, s in summary.items():
        extra = ""
        if "cost_core_s" in s:
            share = 100 * s["cost_core_s"] / s["median_s"]
            extra = f"  (cost core {s['cost_core_s']:.1f} s = {share:.0f} %)"
        links = f"  {s['links']} links" if "links" in s else ""
        print(f"  {name:<10} {s['median_s']:7.2f} s   peak {s['peak_mb']:6.0f} MB{links}{extra}")
    if "skimage" in summary and "core" in summary:
        ratio = summary["core"]["cost_core_s"] / summary["skimage"]["median_s"]
        print(f"  cost run / skimage MCP_Geometric: {ratio:.2f}")
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    name = "bench_tvb_corridors_quick.json" if args.quick else "bench_tvb_corridors.json"
    (out / name).write_text(
        json.dumps({"rows": rows, "cols": cols, "reservoirs": n, **summary}, indent=2)
    )


if __name__ == "__main__":
    main()
