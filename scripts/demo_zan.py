"""The ZAN part of `make demo`: import, trajectory per EPCI, artificialisation, triennial report.

Works as a planner would: the shipped GeoPackage is copied to a working folder first (the template
is never written), the synthetic Cerema table it carries is imported into that copy, then every
EPCI's 2021-2031 trajectory is computed, and the triennial report of one EPCI is written.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from demo_project import into, table_source

REPORT_EPCI = ("246200299", "CA d'Hénin-Carvin")
#: the trajectories written into the working copy (read by the fact sheets through the register)
TRAJECTORY_EPCI = "zan_trajectoire_epci"
TRAJECTORY_COMMUNES = "zan_trajectoire_communes"
Runner = Callable[..., CompletedProcess[str]]


def results(proc: CompletedProcess[str]) -> dict[str, object]:
    return json.loads(proc.stdout[proc.stdout.index("{") :])["results"]


def run_zan_demo(qgis_process: Runner, template: Path, out: Path) -> Path:
    """Returns the working copy of the GeoPackage, for the next parts of the demo."""
    work = out / "travail"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    gpkg = work / template.name
    shutil.copyfile(template, gpkg)
    gpkg.chmod(0o644)
    communes = f"{gpkg}|layername=commune"
    print(f"\n== ZAN (données SYNTHÉTIQUES) — copie de travail {gpkg}")

    imported = results(
        qgis_process(
            "--json", "run", "aula:zanimportconsumption", "--",
            f"INPUT={gpkg}|layername=zan_cerema_synthetique",
            f"COMMUNES={communes}",
            f"GPKG={gpkg}",
        )
    )  # fmt: skip
    print(
        f"  import Cerema {imported['RELEASE']}: {imported['COMMUNE_COUNT']} communes, "
        f"{imported['ROWS']} lignes, dernière année {imported['LAST_YEAR']}, "
        f"{imported['ANOMALIES']} anomalie(s) signalée(s)"
    )

    years_csv = out / "zan_trajectoire_epci_annees.csv"
    years_csv.unlink(missing_ok=True)
    qgis_process(
        "--json", "run", "aula:zantrajectory", "--",
        f"CONSUMPTION={gpkg}|layername=zan_consommation",
        f"COMMUNES={communes}",
        "GROUP_FIELD=epci_siren",
        f"OUTPUT={into(gpkg, TRAJECTORY_EPCI)}",
        f"OUTPUT_YEARS={years_csv}",
    )  # fmt: skip
    print(f"  trajectoires 2021-2031 par EPCI -> table {TRAJECTORY_EPCI} de la copie de travail")
    for row in read_rows(table_source(gpkg, TRAJECTORY_EPCI)):
        ha = {k: float(row[k]) / 10_000 for k in ("c_ref_m2", "envelope_final_m2")}
        used = row["share_used_pct"]
        used = float("nan") if used is None else float(used)
        print(
            f"    {row['territory']}  réf. 2011-2020 {ha['c_ref_m2']:8.1f} ha  "
            f"taux {float(row['rate_pct']):5.2f} %  enveloppe {ha['envelope_final_m2']:7.1f} ha"
            f"  consommé {used:5.1f} %  {row['status']}"
        )

    stock_csv, flows_csv = run_artificialisation(qgis_process, gpkg, out)
    run_projects(qgis_process, gpkg, out)

    report_dir = out / "rapport_triennal"
    shutil.rmtree(report_dir, ignore_errors=True)
    report = results(
        qgis_process(
            "--json", "run", "aula:zanreport", "--",
            f"CONSUMPTION={gpkg}|layername=zan_consommation",
            f"COMMUNES={communes}",
            "TERRITORY_FIELD=epci_siren",
            f"TERRITORY={REPORT_EPCI[0]}",
            f"OUTPUT_FOLDER={report_dir}",
            f"ARTIFICIALISATION={stock_csv}",
            f"ARTIFICIALISATION_FLOWS={flows_csv}",
        )
    )  # fmt: skip
    print(f"  rapport triennal de la {REPORT_EPCI[1]}:")
    for key in ("PDF", "ODT", "CSV"):
        print(f"    {key}: {report[key]}")
    return gpkg


def read_rows(source: Path | str) -> list[dict[str, object]]:
    """The rows of a file's first layer, or of ``path|layername=table``."""
    from osgeo import ogr

    path, _bar, table = str(source).partition("|layername=")
    dataset = ogr.Open(path)
    layer = dataset.GetLayerByName(table) if table else dataset.GetLayer(0)
    return [feature.items() for feature in layer]


def ocsge_layers(gpkg: Path) -> list[str]:
    from osgeo import ogr

    dataset = ogr.Open(str(gpkg))
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    return sorted(n for n in names if n.startswith("ocsge_synthetique_"))


def run_artificialisation(qgis_process: Runner, gpkg: Path, out: Path) -> tuple[Path, Path]:
    # GeoPackage outputs keep their field types for the next algorithms (CSV would be text)
    stock_csv = out / "zan_artificialisation_stock.gpkg"
    flows_csv = out / "zan_artificialisation_flux.gpkg"
    for path in (stock_csv, flows_csv):
        path.unlink(missing_ok=True)
    layers = ocsge_layers(gpkg)
    qgis_process(
        "--json", "run", "aula:zanartificialisation", "--",
        *(f"OCSGE={gpkg}|layername={name}" for name in layers),
        f"COMMUNES={gpkg}|layername=commune",
        "GROUP_FIELD=epci_siren",
        f"STOCK={stock_csv}",
        f"FLOWS={flows_csv}",
    )  # fmt: skip
    print(f"  artificialisation OCS GE ({', '.join(layers)}) -> {stock_csv.name}, {flows_csv.name}")
    for row in read_rows(flows_csv):
        ha = {k: float(row[k]) / 10_000 for k in ("artificialisation_m2", "renaturation_m2")}
        print(
            f"    {row['territory']}  {row['millesime_1']}-{row['millesime_2']} : "
            f"artificialisation {ha['artificialisation_m2']:.2f} ha, "
            f"renaturation {ha['renaturation_m2']:.2f} ha, "
            f"net {float(row['net_m2']) / 10_000:+.2f} ha"
        )
    return stock_csv, flows_csv


def run_projects(qgis_process: Runner, gpkg: Path, out: Path) -> None:
    """The ZAN counter: remaining budget of each commune minus its planned projects."""
    counter_csv = out / "zan_compteur_communes.csv"
    counter_csv.unlink(missing_ok=True)
    qgis_process(
        "--json", "run", "aula:zantrajectory", "--",
        f"CONSUMPTION={gpkg}|layername=zan_consommation",
        f"COMMUNES={gpkg}|layername=commune",
        f"OUTPUT={into(gpkg, TRAJECTORY_COMMUNES)}",
        "OUTPUT_YEARS=TEMPORARY_OUTPUT",
    )  # fmt: skip
    budget_csv = table_source(gpkg, TRAJECTORY_COMMUNES)
    qgis_process(
        "--json", "run", "aula:zanprojects", "--",
        f"PROJECTS={gpkg}|layername=zan_projets_synthetiques",
        f"OCSGE={gpkg}|layername={ocsge_layers(gpkg)[-1]}",
        f"COMMUNES={gpkg}|layername=commune",
        f"BUDGET_TABLE={budget_csv}",
        "BUDGET_KEY=territory",
        "BUDGET_FIELD=remaining_m2",
        f"OUTPUT_COMMUNES={counter_csv}",
        "OUTPUT_TERRITORIES=TEMPORARY_OUTPUT",
    )  # fmt: skip
    print(f"  compteur ZAN (projets synthétiques) par commune -> {counter_csv.name}")
