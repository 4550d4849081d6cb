"""Benchmark the Cerema consumption import + aggregation on a whole-France synthetic file.

A synthetic national file in the real 2009-2024 layout (CSV, ``;``, lower case: idcom …
epci24 … naf09art10 … art23inc24, windows, context, surfcom2024) with about 35,000 communes and
1,250 EPCI is generated; then, each in its own child process (so that peak memory is its own):

- **aula**: ``aula:zanimportconsumption`` (long table written into a GeoPackage, 3.7 million
  rows) then ``aula:zanconsumption`` per EPCI of the file's own column (epci24, read from
  ``zan_communes_cerema``) over 2011-2020; the total time is what the issue bounds (< 20 s);
- **native**: QGIS's ``native:aggregate`` on the wide CSV grouped by epci24, summing the ten
  annual columns naf11art12 … naf20art21 and the 60 destination columns of the decade (the
  aggregation step only: it neither validates, nor corrects the COG, nor writes a long table).

    .venv/bin/python benchmarks/bench_zan_consumption.py [--communes 35000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qgis_session import start_qgis

REPO = Path(__file__).resolve().parents[1]
DESTINATIONS = ("act", "hab", "mix", "rou", "fer", "inc")
SHARES = (0.23, 0.63, 0.03, 0.07, 0.005, 0.035)


def yy(year: int) -> str:
    return "{:02d}".format(year % 100)


def make_csv(path: Path, communes: int, epcis: int) -> None:
    rng = random.Random(20261123)
    header = ["idcom", "idcomtxt", "idreg", "idregtxt", "iddep", "iddeptxt", "epci24"]
    header += ["epci24txt", "scot", "aav2020", "aav2020txt", "aav2020_typo"]
    for year in range(2009, 2024):
        header.append("naf{}art{}".format(yy(year), yy(year + 1)))
        header += ["art{}{}{}".format(yy(year), d, yy(year + 1)) for d in DESTINATIONS]
    header += ["naf09art24", *("art09{}24".format(d) for d in DESTINATIONS), "artcom0924"]
    header += ["pop15", "pop21", "pop1521", "men15", "men21", "men1521", "emp15", "emp21"]
    header += ["emp1521", "mepart1521", "menhab1521", "artpop1521", "surfcom2024"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for i in range(communes):
            dep = 1 + i * 95 // communes
            insee = "{:02d}{:03d}".format(dep, i % 1000)
            epci = "2{:08d}".format(i * epcis // communes)
            row = [insee, "Commune {}".format(i), "32", "Région", "{:02d}".format(dep), "Dép"]
            row += [epci, "EPCI {}".format(epci), "SCoT", "001", "AAV", "11"]
            scale = rng.lognormvariate(8.5, 1.2)
            totals = [0] * 7
            for _year in range(2009, 2024):
                parts = [int(scale * s * rng.random() * 2) for s in SHARES]
                if rng.random() < 0.002:
                    parts[0] = -rng.randint(1, 500)
                naf = sum(parts)
                row.append(naf)
                row += parts
                totals[0] += naf
                for k, p in enumerate(parts):
                    totals[k + 1] += p
            row += totals
            row += [0.5, 1000, 1100, 100, 400, 450, 50, 300, 320, 20, 0.1, 0.2, 0.3]
            row.append(rng.randint(2_000_000, 40_000_000))
            writer.writerow(row)


def _qgis():
    app, plugin = start_qgis()
    from qgis import processing

    return app, processing, plugin


def run_one(tool: str, source: Path, workdir: Path) -> dict[str, float]:
    """Runs in a child process: start QGIS, run the tool, report times and peak memory."""
    from osgeo import ogr

    app, processing, plugin = _qgis()
    result: dict[str, float] = {}
    if tool == "aula":
        gpkg = workdir / "travail_aula.gpkg"
        if gpkg.exists():
            gpkg.unlink()
        ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
        start = time.perf_counter()
        out = processing.run("aula:zanimportconsumption", {"INPUT": str(source), "GPKG": str(gpkg)})
        result["import_s"] = time.perf_counter() - start
        result["rows"] = out["ROWS"]
        start = time.perf_counter()
        processing.run(
            "aula:zanconsumption",
            {
                "CONSUMPTION": out["OUTPUT"],
                "COMMUNES": "{}|layername=zan_communes_cerema".format(gpkg),
                "GROUP_FIELD": "epci_fichier",
                "AREA_FIELD": "surfcom_m2",
                "AREA_UNIT": 1,
                "OUTPUT": str(workdir / "epci_aula.csv"),
            },
        )
        result["aggregate_s"] = time.perf_counter() - start
        result["seconds"] = result["import_s"] + result["aggregate_s"]
        result["gpkg_mb"] = gpkg.stat().st_size / 1e6
    else:
        names = ["naf{}art{}".format(yy(y), yy(y + 1)) for y in range(2011, 2021)]
        names += [
            "art{}{}{}".format(yy(y), d, yy(y + 1)) for y in range(2011, 2021) for d in DESTINATIONS
        ]
        aggregates = [
            {
                "aggregate": "first_value",
                "delimiter": ",",
                "input": '"epci24"',
                "length": 0,
                "name": "epci24",
                "precision": 0,
                "type": 10,
            }
        ]
        aggregates += [
            {
                "aggregate": "sum",
                "delimiter": ",",
                "input": '"{}"'.format(n),
                "length": 0,
                "name": n,
                "precision": 0,
                "type": 4,
            }
            for n in names
        ]
        uri = "file://{}?delimiter=;&detectTypes=yes".format(source)
        start = time.perf_counter()
        processing.run(
            "native:aggregate",
            {
                "INPUT": _csv_layer(uri),
                "GROUP_BY": '"epci24"',
                "AGGREGATES": aggregates,
                "OUTPUT": str(workdir / "epci_native.csv"),
            },
        )
        result["seconds"] = time.perf_counter() - start
    plugin.unload()
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del app
    return result


def _csv_layer(uri: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, "wide", "delimitedtext")
    assert layer.isValid(), uri
    return layer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--communes", type=int, default=35_000)
    parser.add_argument("--epcis", type=int, default=1_250)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", nargs=3, metavar=("TOOL", "SOURCE", "WORKDIR"))
    args = parser.parse_args()
    if args.child:
        tool, source, workdir = args.child
        print(json.dumps(run_one(tool, Path(source), Path(workdir))))
        return

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "conso2009_2024.csv"
        start = time.perf_counter()
        make_csv(source, args.communes, args.epcis)
        generated = time.perf_counter() - start
        results: dict[str, list[dict[str, float]]] = {"aula": [], "native": []}
        for _ in range(args.repeat):
            for tool in results:
                proc = subprocess.run(
                    [sys.executable, __file__, "--child", tool, str(source), tmp],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if proc.returncode != 0:
                    raise SystemExit(proc.stdout + proc.stderr)
                results[tool].append(json.loads(proc.stdout.strip().splitlines()[-1]))
        size_mb = source.stat().st_size / 1e6
    best = {tool: min(runs, key=lambda r: r["seconds"]) for tool, runs in results.items()}
    aula, native = best["aula"], best["native"]
    print(
        "{} communes, {} EPCI, CSV {:.1f} MB (generated in {:.1f} s), best of {}".format(
            args.communes, args.epcis, size_mb, generated, args.repeat
        )
    )
    print(
        "  aula import ({:.0f} rows -> GeoPackage {:.0f} MB): {:.2f} s".format(
            aula["rows"], aula["gpkg_mb"], aula["import_s"]
        )
    )
    print("  aula aggregation per EPCI 2011-2020:      {:.2f} s".format(aula["aggregate_s"]))
    print(
        "  aula total: {:.2f} s (limit 20 s)   peak {:.0f} MB".format(
            aula["seconds"], aula["peak_mb"]
        )
    )
    print(
        "  native:aggregate on the wide CSV (aggregation only): {:.2f} s   peak {:.0f} MB".format(
            native["seconds"], native["peak_mb"]
        )
    )
    print(
        "  ratio aula aggregation / native aggregation: {:.2f}".format(
            aula["aggregate_s"] / native["seconds"]
        )
    )
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_zan_consumption.json").write_text(
        json.dumps({"args": vars(args), "csv_mb": size_mb, **best}, indent=2)
    )


if __name__ == "__main__":
    main()
