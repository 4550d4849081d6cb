"""The green and blue network part of `make demo`: the whole TVB chain for the woodland sub-network.

On the working copy's synthetic layers (land cover, zonings, roads, railways, lamps), at 25 m over
the whole AULA territory, results in `out/tvb/`:
friction (day and night) → reservoirs → accumulated cost and dispersal areas → least-cost
corridors → connectivity (PC, IIC, EC, dPC) → conflict points with roads and railways →
continuums by dilatation-érosion; then the night run (trame noire) shows what street lighting
costs the corridors.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

Runner = Callable[..., CompletedProcess[str]]
SUBNETWORK = ("0", "boisee", "sous-trame boisée")
RESOLUTION = "25"
MAX_COST = "30000"  # friction × metres: 1 km of crops (friction 30), 6 km of favourable land (5)
D0 = "30000"  # the same dispersal budget as the reference distance of the PC kernel (p0 = 0.5)
MIN_RESERVOIR_HA = "25"


def results(proc: CompletedProcess[str]) -> dict[str, object]:
    return json.loads(proc.stdout[proc.stdout.index("{") :])["results"]


def run(qgis_process: Runner, algorithm: str, *params: str) -> dict[str, object]:
    return results(qgis_process("--json", "run", f"aula:{algorithm}", "--", *params))


def friction(qgis_process: Runner, gpkg: Path, target: Path, night: bool) -> dict[str, object]:
    params = [
        f"LANDCOVER={gpkg}|layername=tvb_occupation_sol",
        "CODE_FIELD=code_cs",
        "USAGE_FIELD=code_us",
        "TABLE=0",
        f"SUBNETWORK={SUBNETWORK[0]}",
        f"RESOLUTION={RESOLUTION}",
        f"INFRASTRUCTURES={gpkg}|layername=tvb_routes",
        f"INFRASTRUCTURES={gpkg}|layername=tvb_voies_ferrees",
        "INFRA_CLASS_FIELD=classe",
        f"OUTPUT={target}",
    ]
    if night:
        params += [f"LIGHT={gpkg}|layername=tvb_eclairage", "LIGHT_POWER_FIELD=puissance_w"]
    return run(qgis_process, "frictionfromlandcover", *params)


def night_effect(day: Path, night: Path) -> tuple[float, float]:
    """Hectares reachable by day but not at night, and hectares whose cost rose at night."""
    import numpy as np
    from osgeo import gdal

    def read(path: Path) -> tuple[np.ndarray, float]:
        dataset = gdal.Open(str(path))
        band = dataset.GetRasterBand(1)
        values = band.ReadAsArray().astype("float64")
        nodata = band.GetNoDataValue()
        reached = np.isfinite(values) & (values != nodata)
        cell_ha = abs(dataset.GetGeoTransform()[1] * dataset.GetGeoTransform()[5]) / 10_000
        return np.where(reached, values, np.inf), cell_ha

    (by_day, cell_ha), (by_night, _) = read(day), read(night)
    lost = np.isfinite(by_day) & ~np.isfinite(by_night)
    dearer = np.isfinite(by_night) & (by_night > by_day * (1 + 1e-9))
    return float(lost.sum() * cell_ha), float(dearer.sum() * cell_ha)


def fr(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def output_style(algorithm: str, output: str = "OUTPUT") -> str:
    """The shipped style the plugin gives this output of ``aula:<algorithm>`` when QGIS loads it
    (the algorithm's OUTPUT_STYLES): the demo shows its layers as a planner's dialog opens them."""
    from aula_plugin.processing.algorithms import algorithm_classes

    (cls,) = [cls for cls in algorithm_classes() if cls().name() == algorithm]
    return cls.OUTPUT_STYLES[output]


def count_features(source: Path | str) -> int:
    """Features of a file's first layer, or of ``path|layername=table``."""
    from osgeo import ogr

    path, _bar, table = str(source).partition("|layername=")
    dataset = ogr.Open(path)
    layer = dataset.GetLayerByName(table) if table else dataset.GetLayer(0)
    count = layer.GetFeatureCount()
    del layer, dataset
    return count


def run_tvb_demo(qgis_process: Runner, gpkg: Path, out: Path) -> list:
    """Returns the layers to show in the working copy's stored project."""
    from demo_project import DemoLayer, copy_vector, into, table_source

    tvb = out / "tvb"
    shutil.rmtree(tvb, ignore_errors=True)
    tvb.mkdir(parents=True)
    name = SUBNETWORK[1]
    print(f"\n== Trame verte et bleue (données SYNTHÉTIQUES) — {SUBNETWORK[2]}, {RESOLUTION} m")

    day = tvb / f"friction_{name}.tif"
    friction(qgis_process, gpkg, day, night=False)
    night = tvb / f"friction_{name}_nuit.tif"
    friction(qgis_process, gpkg, night, night=True)
    print(f"  friction jour / nuit : {day.name}, {night.name}")

    # reservoirs and conflict points go straight into the working copy: recorded in its results
    # register, they feed the fact sheets' TVB figures
    reservoirs = table_source(gpkg, "tvb_res_reservoirs")
    run(
        qgis_process, "reservoirs",
        f"ZONINGS={gpkg}|layername=tvb_zonages",
        f"HABITAT={day}",
        f"SUBNETWORK={SUBNETWORK[0]}",
        f"MIN_AREA_HA={MIN_RESERVOIR_HA}",
        f"OUTPUT={into(gpkg, 'tvb_res_reservoirs')}",
    )  # fmt: skip
    print(f"  réservoirs (zonages + boisements ≥ {MIN_RESERVOIR_HA} ha) : "
          f"{count_features(reservoirs)}")  # fmt: skip

    cost = tvb / f"cout_{name}.tif"
    areas = tvb / f"aires_dispersion_{name}.gpkg"
    result = run(
        qgis_process, "costdistance",
        f"FRICTION={day}", f"SOURCES={reservoirs}", f"MAX_COST={MAX_COST}",
        f"OUTPUT={cost}", f"OUTPUT_AREAS={areas}",
    )  # fmt: skip
    print(f"  coût cumulé (coût max {MAX_COST} friction × m) : {cost.name}, "
          f"{result.get('ITERATIONS')} passes")  # fmt: skip

    corridors = table_source(gpkg, "tvb_res_corridors")  # into the working copy, as reservoirs
    graph = tvb / f"graphe_{name}.csv"
    result = run(
        qgis_process, "leastcostcorridors",
        f"FRICTION={day}", f"RESERVOIRS={reservoirs}", f"SUBNETWORK={SUBNETWORK[0]}",
        f"OUTPUT={into(gpkg, 'tvb_res_corridors')}", f"OUTPUT_GRAPH={graph}",
    )  # fmt: skip
    print(f"  corridors de moindre coût (graphe planaire) : {result.get('LINKS')} liens")

    metrics = tvb / f"connectivite_{name}.gpkg"
    summary = tvb / f"connectivite_{name}_synthese.csv"
    run(
        qgis_process, "connectivitymetrics",
        f"RESERVOIRS={reservoirs}", f"LINKS={corridors}", f"D0={D0}",
        f"OUTPUT={metrics}", f"OUTPUT_SUMMARY={summary}",
    )  # fmt: skip
    with summary.open(encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    print(f"  connectivité : PC = {float(row['PC']):.3g}, IIC = {float(row['IIC']):.3g}, "
          f"EC = {fr(float(row['EC']))} ha")  # fmt: skip

    conflicts = table_source(gpkg, "tvb_res_points_conflit")
    run(
        qgis_process, "conflictpoints",
        f"CORRIDORS={corridors}", f"RESERVOIRS={reservoirs}", f"D0={D0}",
        f"INFRASTRUCTURES={gpkg}|layername=tvb_routes", "CLASS_FIELD=classe",
        f"RAILWAYS={gpkg}|layername=tvb_voies_ferrees",
        f"OUTPUT={into(gpkg, 'tvb_res_points_conflit')}",
    )  # fmt: skip
    print(f"  points de conflit avec les routes et voies ferrées : {count_features(conflicts)}")

    continuums = tvb / f"continuums_{name}.gpkg"
    run(
        qgis_process, "dilatationerosion",
        f"INPUT={day}", f"SUBNETWORK={SUBNETWORK[0]}", "DISTANCE=1000",
        f"OUTPUT={continuums}",
    )  # fmt: skip
    print(f"  continuums (dilatation-érosion, 1 000 m) : {count_features(continuums)}")

    night_cost = tvb / f"cout_{name}_nuit.tif"
    run(
        qgis_process, "costdistance",
        f"FRICTION={night}", f"SOURCES={reservoirs}", f"MAX_COST={MAX_COST}",
        f"OUTPUT={night_cost}",
    )  # fmt: skip
    lost, dearer = night_effect(cost, night_cost)
    print(f"  trame noire (éclairage public) : {fr(lost)} ha hors d'atteinte de nuit, "
          f"coût accru sur {fr(dearer)} ha")  # fmt: skip

    for path, table in (
        (areas, "tvb_res_aires_dispersion"),
        (metrics, "tvb_res_connectivite"),
        (continuums, "tvb_res_continuums"),
    ):
        copy_vector(gpkg, str(path), table)
    for raster in (day, cost, night_cost):
        shutil.copyfile(raster, gpkg.parent / raster.name)
    return [
        DemoLayer("Points de conflit", "tvb_res_points_conflit", output_style("conflictpoints")),
        DemoLayer(
            "Corridors (moindre coût)", "tvb_res_corridors", output_style("leastcostcorridors")
        ),
        DemoLayer("Réservoirs", "tvb_res_reservoirs", output_style("reservoirs")),
        DemoLayer(
            "Continuums (dilatation-érosion)", "tvb_res_continuums",
            output_style("dilatationerosion"), visible=False,
        ),
        DemoLayer(
            "Friction", day.name, output_style("frictionfromlandcover"), raster=True,
            visible=False,
        ),
        DemoLayer("Coût cumulé (jour)", cost.name, output_style("costdistance"), raster=True),
        DemoLayer(
            "Coût cumulé (nuit)", night_cost.name, output_style("costdistance"), raster=True,
            visible=False,
        ),
    ]  # fmt: skip
