"""Benchmark `aula:centralities` (CENTRA-1) and its clustering step vs `native:dbscanclustering`.

A département-sized synthetic scene (100 × 70 km in Lambert-93, 300 towns of lognormal size,
activities dense in the town centres, 10 % scattered; deterministic) is written to a temporary
GeoPackage: 100,000 activity points (function C/S/E, 120 type codes) and 60,000 dwelling points.
Each measure runs in its own child process (peak memory = the child's ru_maxrss), in the same run:

1. ``cluster``: our clustering step alone (KD-tree neighbour graph, core points, connected
   components, border assignment) on the coordinate arrays, vs ``native``: QGIS's C++
   ``native:dbscanclustering`` (EPS 100, MIN_SIZE 4) on the same points, timed around
   ``processing.run`` (it reads the layer and writes a memory layer; the QGIS start-up and our
   reading of the points are not timed);
2. ``full``: the whole algorithm without robustness (reading, clustering, envelopes, counts,
   rules, commune split skipped, outputs written to a GeoPackage);
3. ``robust``: the same with the 8 robustness re-runs.

    .venv/bin/python benchmarks/bench_centralities.py [--points 100000] [--quick] [--repeat 1]
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

REPO = Path(__file__).resolve().parents[1]
X0, Y0, WIDTH, HEIGHT = 600_000.0, 7_000_000.0, 100_000.0, 70_000.0


def make_scene(path: Path, n_points: int, n_homes: int, towns: int = 300) -> None:
    from osgeo import ogr, osr

    rng = np.random.default_rng(20261123)
    centres = np.column_stack(
        [rng.uniform(X0, X0 + WIDTH, towns), rng.uniform(Y0, Y0 + HEIGHT, towns)]
    )
    weight = rng.lognormal(0.0, 1.1, towns)
    weight /= weight.sum()
    # town spread grows with its size: 150 m for a village, ~1 km for the largest towns
    spread = 150.0 + 900.0 * np.sqrt(weight / weight.max())

    def scatter(n: int, scale: float, noise: float) -> np.ndarray:
        n_noise = int(n * noise)
        town = rng.choice(towns, n - n_noise, p=weight)
        pts = (
            centres[town] + rng.normal(0.0, 1.0, (n - n_noise, 2)) * (spread[town] * scale)[:, None]
        )
        loose = np.column_stack(
            [rng.uniform(X0, X0 + WIDTH, n_noise), rng.uniform(Y0, Y0 + HEIGHT, n_noise)]
        )
        return np.round(np.vstack([pts, loose]), 2)

    acts = scatter(n_points, 1.0, 0.10)
    homes = scatter(n_homes, 1.6, 0.15)
    functions = rng.choice(np.array(["C", "S", "E"]), n_points, p=[0.45, 0.35, 0.20])
    types = rng.integers(0, 120, n_points)
    dwellings = rng.integers(1, 30, n_homes)

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("activites", srs, ogr.wkbPoint)
    for name in ("fonction", "type", "id"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    ds.StartTransaction()
    for i in range(n_points):
        f = ogr.Feature(layer.GetLayerDefn())
        f["fonction"] = str(functions[i])
        f["type"] = f"T{types[i]:03d}"
        f["id"] = f"a{i:07d}"
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(acts[i, 0]), float(acts[i, 1]))
        f.SetGeometry(g)
        layer.CreateFeature(f)
    ds.CommitTransaction()
    layer = ds.CreateLayer("logements", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("logements", ogr.OFTInteger))
    ds.StartTransaction()
    for i in range(n_homes):
        f = ogr.Feature(layer.GetLayerDefn())
        f["logements"] = int(dwellings[i])
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(homes[i, 0]), float(homes[i, 1]))
        f.SetGeometry(g)
        layer.CreateFeature(f)
    ds.CommitTransaction()
    ds = None


def run_one(tool: str, scene: Path, output: Path) -> dict[str, float]:
    """Runs in a child process: start QGIS, run one measure, report time and peak memory."""
    app, plugin = start_qgis()
    from qgis import processing

    activities = f"{scene}|layername=activites"
    extra: dict[str, float] = {}
    if tool == "cluster":
        from osgeo import ogr

        from aula_plugin.core.centralities.cluster import cluster_points

        ds = ogr.Open(str(scene))
        layer = ds.GetLayerByName("activites")
        xy = np.array([f.GetGeometryRef().GetPoint_2D() for f in layer])
        ds = None
        start = time.perf_counter()
        result = cluster_points(xy[:, 0], xy[:, 1], 100.0, 4)
        elapsed = time.perf_counter() - start
        extra = {"clusters": result.n_clusters, "edges": result.n_edges}
    elif tool == "native":
        start = time.perf_counter()
        out = processing.run(
            "native:dbscanclustering",
            {"INPUT": activities, "EPS": 100, "MIN_SIZE": 4, "OUTPUT": "memory:"},
        )
        elapsed = time.perf_counter() - start
        extra = {"clusters": out["NUM_CLUSTERS"]}
    else:
        params = {
            "ACTIVITIES": activities,
            "INPUT_FORMAT": 2,
            "FUNCTION_FIELD": "fonction",
            "TYPE_FIELD": "type",
            "ID_FIELD": "id",
            "HOUSING": f"{scene}|layername=logements",
            "DWELLINGS_FIELD": "logements",
            "ROBUSTNESS": tool == "robust",
            "OUTPUT": f"ogr:dbname='{output}' table=centralites (geom)",
            "OUTPUT_POINTS": f"ogr:dbname='{output}' table=centralites_points (geom)",
            "OUTPUT_REJECTED": f"ogr:dbname='{output}' table=candidats_rejetes (geom)",
            "OUTPUT_JSON": str(output.with_suffix(".json")),
        }
        start = time.perf_counter()
        out = processing.run("aula:centralities", params)
        elapsed = time.perf_counter() - start
        extra = {
            "centralities": out["N_CENTRALITIES"],
            "peripheral": out["N_PERIPHERAL"],
            "rejected": out["N_REJECTED"],
        }
    plugin.unload()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": elapsed, "peak_mb": peak_mb, **extra}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--homes", type=int, default=60_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--tools", default="cluster,native,full,robust")
    parser.add_argument("--quick", action="store_true", help="10,000 points, 6,000 homes")
    parser.add_argument("--child", nargs=3, metavar=("TOOL", "SCENE", "OUTPUT"))
    args = parser.parse_args()
    if args.child:
        tool, scene, output = args.child
        print(json.dumps(run_one(tool, Path(scene), Path(output))))
        return
    if args.quick:
        args.points, args.homes = 10_000, 6_000

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    tools = args.tools.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        scene = Path(tmp) / "scene.gpkg"
        make_scene(scene, args.points, args.homes)
        results: dict[str, list[dict]] = {t: [] for t in tools}
        for run in range(args.repeat):
            for tool in tools:
                output = Path(tmp) / f"{tool}_{run}.gpkg"
                proc = subprocess.run(
                    [sys.executable, __file__, "--child", tool, str(scene), str(output)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if proc.returncode != 0:
                    sys.exit(f"{tool} failed:\n{proc.stdout}\n{proc.stderr}")
                results[tool].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    summary = {
        tool: {
            "median_s": statistics.median(r["seconds"] for r in runs),
            "peak_mb": max(r["peak_mb"] for r in runs),
            **{k: v for k, v in runs[-1].items() if k not in ("seconds", "peak_mb")},
        }
        for tool, runs in results.items()
    }
    print(f"{args.points} activity points, {args.homes} dwelling points, {args.repeat} run(s)")
    names = {
        "cluster": "CENTRA-1 clustering step",
        "native": "native:dbscanclustering",
        "full": "aula:centralities",
        "robust": "aula:centralities + robustness",
    }
    for tool, s in summary.items():
        more = ", ".join(f"{k} {v}" for k, v in s.items() if k not in ("median_s", "peak_mb"))
        print(f"  {names[tool]:<32} {s['median_s']:8.3f} s   peak {s['peak_mb']:6.0f} MB   {more}")
    if "cluster" in summary and "native" in summary:
        ratio = summary["cluster"]["median_s"] / summary["native"]["median_s"]
        summary["ratio_cluster_native"] = ratio
        print(f"  ratio clustering / native:dbscanclustering: {ratio:.2f}")
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    name = "bench_centralities_quick.json" if args.quick else "bench_centralities.json"
    (out / name).write_text(json.dumps({"args": vars(args), **summary}, indent=2))


if __name__ == "__main__":
    main()
