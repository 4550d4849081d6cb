"""Benchmark `aula:degurbagrid` on a 2,000 × 2,000 grid (target: under 5 s).

The grid is the Belgium GHSL test tile (../shared/data/degurba_belgium, CC BY 4.0 European
Commission JRC, via flexurba) repeated 7 × 10 times and cropped, so that it holds hundreds of real
urban centres, clusters and water bodies. Timed: the core classification alone, and the whole
algorithm through processing.run (reading three GeoTIFFs, classifying, writing the result), for
the R2023A and R2022A rule sets.

    .venv/bin/python benchmarks/bench_degurba.py [--size 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from qgis_session import start_qgis

# QGIS needs a platform even headless; `make bench` sets it too
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "degurba_belgium"


def read(path: Path) -> tuple[np.ndarray, tuple, str]:
    from osgeo import gdal

    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    arr = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None and not np.isnan(nodata):
        arr[arr == nodata] = np.nan
    return arr, ds.GetGeoTransform(), ds.GetProjection()


def write(path: Path, arr: np.ndarray, transform: tuple, wkt: str) -> str:
    from osgeo import gdal

    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), arr.shape[1], arr.shape[0], 1, gdal.GDT_Float64
    )
    ds.SetGeoTransform(transform)
    ds.SetProjection(wkt)
    ds.GetRasterBand(1).SetNoDataValue(float("nan"))
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, os.environ.get("AULA_BUILD_DIR") or str(REPO / "build"))
    from aula_plugin.core.degurba import DegurbaParams, classify

    grids = {}
    for name in ("POP", "BUILT_S", "LAND"):
        arr, transform, wkt = read(DATA / f"{name}.tif")
        reps = (-(-args.size // arr.shape[0]), -(-args.size // arr.shape[1]))
        grids[name] = np.tile(arr, reps)[: args.size, : args.size]
    rule_sets = {
        "R2023A": DegurbaParams(),
        "R2022A": DegurbaParams(uc_smoothing="R2022A", uc_built_threshold=0.5),
    }
    results: dict[str, float] = {}
    for label, params in rule_sets.items():
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            res = classify(grids["POP"], grids["BUILT_S"], grids["LAND"], params)
            times.append(time.perf_counter() - start)
        results[f"core_{label}_s"] = statistics.median(times)
        print(
            f"core {label}: {statistics.median(times):.2f} s (median of {args.repeat}), "
            f"classes {res.cells_by_class}, {int(res.centres.max())} centres",
            flush=True,
        )

    app, _ = start_qgis(with_provider=False)
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    from aula_plugin.processing.algorithms.degurbagrid import DegurbaGrid

    with tempfile.TemporaryDirectory() as tmp:
        paths = {n: write(Path(tmp) / f"{n}.tif", a, transform, wkt) for n, a in grids.items()}
        for label, smoothing in (("R2023A", 0), ("R2022A", 1)):
            times = []
            for i in range(args.repeat):
                params = {
                    "POPULATION": paths["POP"],
                    "BUILT": paths["BUILT_S"],
                    "LAND": paths["LAND"],
                    "SMOOTHING": smoothing,
                    "OUTPUT": str(Path(tmp) / f"l1_{label}_{i}.tif"),
                }
                start = time.perf_counter()
                processing.run(DegurbaGrid().create(), params, feedback=QgsProcessingFeedback())
                times.append(time.perf_counter() - start)
            results[f"algorithm_{label}_s"] = statistics.median(times)
            print(
                f"aula:degurbagrid {label}: {statistics.median(times):.2f} s "
                f"(median of {args.repeat}, {args.size} × {args.size})",
                flush=True,
            )
    print(json.dumps({"size": args.size, **results}))
    app.exitQgis()


if __name__ == "__main__":
    main()
