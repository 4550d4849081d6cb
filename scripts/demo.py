"""`make demo`: run the AULA algorithms headless through qgis_process.bin on the embedded data.

Aggregates the commune population and area of the territory GeoPackage shipped in the staged plugin
to every parent level (EPCI, SCoT, pôle, whole territory), with the density computed as a ratio of
sums, and writes one GeoPackage and one CSV per level into the output folder; then the ZAN chain
(scripts/demo_zan.py) on a working copy of the GeoPackage.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

QGIS_PROCESS = "/usr/bin/qgis_process.bin"

# level -> (commune field holding the parent key, parent layer, parent layer key, label field)
LEVELS = {
    "epci": ("epci_siren", "epci", "epci_siren", "epci_nom"),
    "scot": ("scot_id", "scot", "scot_id", "scot_nom"),
    "pole": ("pole_id", "pole", "pole_id", "pole_nom"),
    "territoire": ("territoire_id", "territoire", "territoire_id", "nom"),
}


def settle_gpkg(gpkg: Path) -> None:
    """Check the working copy reads whole after a qgis_process.bin run, and fold back the
    write-ahead log it leaves (it exits without closing its GeoPackage connections, as QGIS
    desktop does when it closes a layer). A read here once saw the file as "malformed": a
    connection of this process left to the garbage collector had kept the WAL index of the file
    from before the run (see ``core.gpkg_store.read_only``); ``qgis_process`` now refuses to run
    while this process holds the file, so a failure here is a real one."""
    import sqlite3

    con = sqlite3.connect(gpkg)
    try:
        if con.execute("PRAGMA quick_check").fetchone()[0] == "ok":
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return
    except sqlite3.DatabaseError:
        pass
    finally:
        con.close()
    _report_handles(gpkg)
    sys.exit(f"{gpkg}: not readable after the last qgis_process run")


def _report_handles(gpkg: Path) -> None:
    """Diagnostics of an unreadable working copy: this process's open files on it (a connection
    left open here shares SQLite's WAL index with every new one) and what a fresh process reads."""
    print(f"{gpkg}: open in the demo process: {held_handles(gpkg) or 'none'}", file=sys.stderr)
    fresh = subprocess.run(
        [sys.executable, "-c", "import sqlite3, sys; "
         "print(sqlite3.connect(sys.argv[1]).execute('PRAGMA quick_check').fetchone()[0])",
         str(gpkg)],
        capture_output=True, text=True,
    )  # fmt: skip
    print(f"{gpkg}: a fresh process reads: {fresh.stdout.strip() or fresh.stderr.strip()}",
          file=sys.stderr)  # fmt: skip


def held_handles(gpkg: Path) -> list[str]:
    """This process's open files on ``gpkg`` (and its -wal, -shm)."""
    fds = Path("/proc/self/fd")
    held = []
    for fd in fds.iterdir() if fds.is_dir() else []:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(gpkg)):
            held.append(f"fd {fd.name} -> {target}")
    return held


_last_run: list[str] = []


def qgis_process(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    work = Path(env["AULA_DEMO_WORK"]) if env.get("AULA_DEMO_WORK") else None
    if work is not None and held_handles(work):
        # a connection left open here would share SQLite's WAL index across the run: stale
        # pages afterwards ("database disk image is malformed")
        sys.exit(f"the demo process still holds {work} before qgis_process {' '.join(args[:4])} "
                 f"(previous run: {' '.join(_last_run[:4])}): {held_handles(work)}")  # fmt: skip
    _last_run[:] = args
    proc = subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True)
    if work is not None and work.exists():
        settle_gpkg(work)
    # "plugins enable" exits non-zero when the profile already has the plugin enabled
    already_enabled = args[:2] == ("plugins", "enable") and "already enabled" in proc.stderr
    if proc.returncode != 0 and not already_enabled:
        sys.exit(f"qgis_process {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--plugin-path", type=Path, required=True, help="folder holding aula_plugin"
    )
    parser.add_argument("--profile", type=Path, required=True, help="throw-away QGIS profile")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    gpkg = (args.plugin_path / "aula_plugin" / "gpkg" / "aula_territoire.gpkg").absolute()
    # the staged plugin itself: the demo styles its layers as the algorithms do (OUTPUT_STYLES)
    sys.path.insert(0, str(args.plugin_path.absolute()))
    out = args.out.absolute()
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(args.plugin_path.absolute()),
        QGIS_CUSTOM_CONFIG_PATH=str(args.profile.absolute()),
        # the interface of its users: messages, logs, sheets and reports in French
        LANG="fr_FR.UTF-8",
        LC_ALL="fr_FR.UTF-8",
    )
    qgis_process(env, "plugins", "enable", "aula_plugin")
    set_working_folder(args.profile, out / "travail")
    env["AULA_DEMO_WORK"] = str(out / "travail" / gpkg.name)

    print(f"AULA Territoires demo on {gpkg.name} -> {out}")
    for level, (field, parent, key, label) in LEVELS.items():
        target = out / f"indicateurs_{level}.gpkg"
        target.unlink(missing_ok=True)
        result = qgis_process(
            env,
            "--json",
            "run",
            "aula:aggregateindicators",
            "--",
            f"INPUT={gpkg}|layername=commune",
            f"PARENT_FIELD={field}",
            "SUM_FIELDS=population",
            "SUM_FIELDS=surface_ha",
            # density in inhabitants per km²: Σ population / Σ area (ha) × 100
            "RATES=densite_hab_km2,population,surface_ha,100",
            f"PARENT_LAYER={gpkg}|layername={parent}",
            f"PARENT_KEY={key}",
            f"OUTPUT={target}",
        )
        output = json.loads(result.stdout[result.stdout.index("{") :])["results"]["OUTPUT"]
        write_csv_summary(Path(output.split("|")[0]), out / f"indicateurs_{level}.csv")
        print_level(level, out / f"indicateurs_{level}.csv", gpkg, parent, key, label)
    from demo_centralities import run_centralities_demo
    from demo_tvb import run_tvb_demo
    from demo_zan import run_zan_demo

    runner = lambda *a: qgis_process(env, *a)  # noqa: E731
    work = run_zan_demo(runner, gpkg, out)
    groups = {
        "Centralités — aire de l'AULA (démonstration)": run_centralities_demo(runner, work, out),
        "Trame verte et bleue — sous-trame boisée (démonstration)": run_tvb_demo(runner, work, out),
    }
    from demo_pinch import run_pinch_demo

    print("\n== Points de pincement (théorie des circuits) — sous-trame boisée")
    groups["Trame verte et bleue — sous-trame boisée (démonstration)"] += run_pinch_demo(
        runner, work, out, out / "tvb"
    )
    from demo_scot import run_scot_demo

    print("\n== Compatibilité SCoT (données SYNTHÉTIQUES) — SCoT de démonstration")
    groups["Compatibilité SCoT (démonstration)"] = run_scot_demo(runner, work, out)
    from demo_package import run_package_demo

    print("\n== Entretien du paquet (aula-gpkg) — import validé, copie hors ligne, intégrité")
    run_package_demo(work, out)
    settle_gpkg(work)
    print_register(work)
    export_epci_sheets(runner, work, out / "fiches")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)  # one QGIS application for the whole process
    app.initQgis()
    try:
        png = render_project(gpkg, out / "carte_territoire.png")
        print(f"\nMap of the stored project 'aula': {png}")
        png = render_project(work, out / "carte_travail.png", groups)
        print(f"Map of the working copy's stored project, demo results added: {png}")
        for name, table in (
            ("carte_centralites.png", "centralites"),
            ("carte_tvb.png", "tvb_res_corridors"),
        ):
            png = render_project(work, out / name, zoom_to=table)
            print(f"  zoomed on {table}: {png}")
    finally:
        app.exitQgis()


def set_working_folder(profile: Path, folder: Path) -> None:
    """The demo profile's working copy is the demo's (out/travail): the algorithms record what
    they write there in its results register, as in a planner's QGIS."""
    from qgis.PyQt.QtCore import QSettings

    ini = profile.absolute() / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.IniFormat)
    settings.setValue("aula/working_folder", str(folder.absolute()))
    settings.sync()


def print_register(work: Path) -> None:
    import sqlite3
    from contextlib import closing

    # read-write, as every reader of the working copy in this script: read-only connections of
    # this process met an unrecoverable write-ahead log after some qgis_process runs
    with closing(sqlite3.connect(work)) as con:
        rows = con.execute(
            "SELECT algorithm, table_name FROM aula_resultats ORDER BY fid"
        ).fetchall()
    print(f"\n== Registre des résultats de la copie de travail (aula_resultats) : {len(rows)}")
    for algorithm, table in rows:
        print(f"  {algorithm:<28} -> {table}")


def export_epci_sheets(runner, work: Path, folder: Path) -> None:
    """The fact sheets of each EPCI (« Chiffres clés » and « Résultats AULA ») as PDF."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    sheets = shipped_sheets()
    print(f"\n== Fiches des EPCI -> {folder}")
    for siren, name in epci_names(work):
        for sheet_id, sheet in sheets.items():
            result = runner(
                "--json", "run", "aula:factsheetexport", "--",
                f"TERRITORIES={work}|layername=commune",
                f"TERRITORY={siren}",
                f"SHEET={sheet}",
                "SHEETS_OF=1",
                f"OUTPUT_FOLDER={folder / sheet_id}",
            )  # fmt: skip
            count = json.loads(result.stdout[result.stdout.index("{") :])["results"]["COUNT"]
            print(f"  {name[:60]:<60} {sheet_id:<15} {count} PDF")


def shipped_sheets() -> dict[str, Path]:
    from aula_plugin.core.indicators.sheets import sheet_paths

    return {path.stem: path for path in sheet_paths()}


def epci_names(gpkg: Path) -> list[tuple[str, str]]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(gpkg)) as con:
        return con.execute("SELECT epci_siren, epci_nom FROM epci ORDER BY epci_siren").fetchall()


def write_csv_summary(layer_path: Path, csv_path: Path) -> None:
    from osgeo import ogr

    dataset = ogr.Open(str(layer_path))
    layer = dataset.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for feature in layer:
            writer.writerow([feature.GetField(n) for n in names])


def print_level(level: str, csv_path: Path, gpkg: Path, parent: str, key: str, label: str) -> None:
    from osgeo import ogr

    names = {}
    dataset = ogr.Open(str(gpkg))
    for feature in dataset.GetLayerByName(parent):
        names[str(feature.GetField(key))] = feature.GetField(label)
    print(f"\n== {level} ({csv_path.name})")
    with csv_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = names.get(row[next(iter(row))], row[next(iter(row))])
            density = float(row["densite_hab_km2"]) if row["densite_hab_km2"] else float("nan")
            population = int(float(row["population"]))
            area_km2 = float(row["surface_ha"]) / 100
            line = (
                f"  {name[:58]:<58} {int(row['nb_features']):>4} communes "
                f"{_fr(population, 0):>9} hab. {_fr(area_km2, 1):>9} km² "
                f"{_fr(density, 1):>8} hab./km²"
            )
            print(line)


def render_project(
    gpkg: Path, png: Path, groups: dict[str, list] | None = None, zoom_to: str | None = None
) -> Path:
    """Render the project stored in the GeoPackage, styled as a planner opens it.

    With `groups`, first add those legend groups of demo results to the stored project; with
    `zoom_to`, render on the extent of that table. Needs a running QgsApplication.
    """
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsProject
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    if groups:
        from demo_project import show_in_project

        for name, layers in groups.items():
            show_in_project(gpkg, name, layers)
    project = QgsProject.instance()
    if not project.read(f"geopackage:{gpkg}?projectName=aula"):
        sys.exit(f"could not read the project stored in {gpkg}")
    settings = QgsMapSettings()
    settings.setLayers(project.layerTreeRoot().checkedLayers())
    settings.setDestinationCrs(project.crs())
    extent = project.viewSettings().defaultViewExtent()
    if zoom_to:
        (layer,) = [
            lyr for lyr in project.mapLayers().values()
            if lyr.source().endswith(f"layername={zoom_to}")
        ]  # fmt: skip
        extent = layer.extent().buffered(500)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1600, 1100))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(png))
    project.clear()
    return png


def _fr(value: float, decimals: int) -> str:
    """French number formatting: thin space for thousands, comma for decimals."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",")


if __name__ == "__main__":
    main()
