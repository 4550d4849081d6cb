"""Benchmark `aula:aggregateindicators` against QGIS's own `native:aggregate` in the same run.

A France-sized commune table (35,000 features, 1,250 parents) is generated in a temporary
GeoPackage; each algorithm runs in its own child process so that its peak memory is its own.
`native:aggregate` computes the same sums (it cannot compute a ratio of sums in one step: the rate
would need a further field calculator, not counted here, which flatters the reference).

    .venv/bin/python benchmarks/bench_aggregate.py [--features 35000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qgis_session import start_qgis

REPO = Path(__file__).resolve().parents[1]
FIELDS = ("population", "surface_ha", "chomeurs", "actifs")


def make_table(path: Path, features: int, parents: int) -> None:
    from osgeo import ogr, osr

    rng = random.Random(20261123)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer("commune", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("insee", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("epci", ogr.OFTString))
    for name in FIELDS:
        layer.CreateField(
            ogr.FieldDefn(name, ogr.OFTReal if name == "surface_ha" else ogr.OFTInteger)
        )
    dataset.StartTransaction()
    for i in range(features):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["insee"] = f"{i:05d}"
        feature["epci"] = f"2{i % parents:08d}"
        population = int(rng.lognormvariate(6.5, 1.3))
        actifs = max(1, int(population * 0.45))
        feature["population"] = population
        feature["surface_ha"] = rng.uniform(200, 4000)
        feature["actifs"] = actifs
        feature["chomeurs"] = int(actifs * rng.uniform(0.04, 0.2))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(rng.uniform(100_000, 1_200_000), rng.uniform(6_050_000, 7_100_000))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None


def run_one(tool: str, table: Path, output: Path) -> dict[str, float]:
    """Runs in a child process: start QGIS, run one algorithm, report time and peak memory."""
    app, plugin = start_qgis()
    from qgis import processing

    source = f"{table}|layername=commune"
    if tool == "aula":
        params = {
            "INPUT": source,
            "PARENT_FIELD": "epci",
            "SUM_FIELDS": list(FIELDS),
            "RATES": ["taux_chomage", "chomeurs", "actifs", 100],
            "OUTPUT": str(output),
        }
        algorithm = "aula:aggregateindicators"
    else:
        aggregates = [
            {
                "aggregate": "first_value",
                "delimiter": ",",
                "input": '"epci"',
                "length": 0,
                "name": "epci",
                "precision": 0,
                "type": 10,
            }
        ]
        aggregates += [
            {
                "aggregate": "sum",
                "delimiter": ",",
                "input": f'"{name}"',
                "length": 0,
                "name": name,
                "precision": 0,
                "type": 6,
            }
            for name in FIELDS
        ]
        params = {
            "INPUT": source,
            "GROUP_BY": '"epci"',
            "AGGREGATES": aggregates,
            "OUTPUT": str(output),
        }
        algorithm = "native:aggregate"
    start = time.perf_counter()
    processing.run(algorithm, params)
    elapsed = time.perf_counter() - start
    plugin.unload()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": elapsed, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--features", type=int, default=35_000)
    parser.add_argument("--parents", type=int, default=1_250)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("TOOL", "TABLE", "OUTPUT"))
    args = parser.parse_args()
    if args.child:
        tool, table, output = args.child
        print(json.dumps(run_one(tool, Path(table), Path(output))))
        return

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "communes.gpkg"
        make_table(table, args.features, args.parents)
        results: dict[str, list[dict[str, float]]] = {"aula": [], "native": []}
        for run in range(args.repeat):
            for tool in results:
                output = Path(tmp) / f"{tool}_{run}.gpkg"
                proc = subprocess.run(
                    [sys.executable, __file__, "--child", tool, str(table), str(output)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                results[tool].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    summary = {
        tool: {
            "median_s": statistics.median(r["seconds"] for r in runs),
            "peak_mb": max(r["peak_mb"] for r in runs),
        }
        for tool, runs in results.items()
    }
    ratio = summary["aula"]["median_s"] / summary["native"]["median_s"]
    print(f"{args.features} features, {args.parents} parents, median of {args.repeat} runs")
    for tool, name in (("aula", "aula:aggregateindicators"), ("native", "native:aggregate")):
        s = summary[tool]
        print(f"  {name:<26} {s['median_s']:7.3f} s   peak {s['peak_mb']:6.0f} MB (QGIS process)")
    print(f"  ratio aula / native: {ratio:.2f}")
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_aggregate.json").write_text(json.dumps({"args": vars(args), **summary}, indent=2))


if __name__ == "__main__":
    main()
