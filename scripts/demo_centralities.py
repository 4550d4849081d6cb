"""The centralities part of `make demo`: CENTRA-1 on every EPCI, sheets, agreed perimeters.

Works on the working copy made by the ZAN demo (`out/travail/aula_territoire.gpkg`):
1. `aula:centralities` on the synthetic BPE-like activities and dwellings of the CA de Lens-Liévin,
   split by commune, with the robustness re-runs; results in `out/centralites/`;
2. the agency "agrees" one perimeter with elected officials: it is copied into the
   `centralites_validees` layer of the working copy, slightly redrawn, with a status and a decision
   reference (what a planner does by hand in QGIS);
3. a second run, on the whole agency area (the five EPCI), writes its layers straight into the
   working copy (recorded in its results register, read by the fact sheets), compares its
   perimeters with the agreed one (IoU, activities inside and outside) and leaves the agreed layer
   untouched;
4. `aula:centralitysheet` writes one explanation sheet per perimeter of the CA de Lens-Liévin (PDF);
5. the results are shown in the working copy's stored project, styled by level.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from subprocess import CompletedProcess

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # aula_plugin only (never import the top-level processing/)

# the styles QGIS gives the outputs when it opens them, by output name
from aula_plugin.core.centralities.outputs import OUTPUT_STYLES  # noqa: E402

EPCI = ("246200364", "CA de Lens-Liévin")
OUTPUT_TABLES = ("centralites", "centralites_points", "candidats_rejetes")
Runner = Callable[..., CompletedProcess[str]]


def results(proc: CompletedProcess[str]) -> dict[str, object]:
    return json.loads(proc.stdout[proc.stdout.index("{") :])["results"]


def epci_communes(gpkg: Path, siren: str) -> list[str]:
    with closing(sqlite3.connect(gpkg)) as con:  # read-write: recovers a WAL left by qgis_process
        rows = con.execute(
            "SELECT insee FROM commune WHERE epci_siren = ? ORDER BY insee", (siren,)
        ).fetchall()
    return [insee for (insee,) in rows]


def run_centralities(
    qgis_process: Runner, gpkg: Path, target: Path, agreed: bool, whole_area: bool = False
) -> dict:
    """CENTRA-1 on the CA de Lens-Liévin (its layers as files in ``target``), or on the whole
    agency area (``whole_area``: every EPCI, written straight into the working copy)."""
    from demo_project import into

    target.mkdir(parents=True, exist_ok=True)
    if whole_area:
        subsets = ("", "")
        outputs = {name: target / f"{name}.gpkg" for name in OUTPUT_TABLES}
        # one output per run straight into the working copy: with three, qgis_process.bin (QGIS
        # 3.22) lost the last table once; the others are copied in afterwards
        outputs["centralites"] = into(gpkg, "centralites")
    else:
        codes = ",".join(f"'{c}'" for c in epci_communes(gpkg, EPCI[0]))
        subsets = (f'|subset="DEPCOM" IN ({codes})', f'|subset="insee" IN ({codes})')
        outputs = {name: target / f"{name}.gpkg" for name in OUTPUT_TABLES}
    args = [
        "--json", "run", "aula:centralities", "--",
        f"ACTIVITIES={gpkg}|layername=centra_activites{subsets[0]}",
        "INPUT_FORMAT=0",
        f"HOUSING={gpkg}|layername=centra_logements{subsets[1]}",
        "DWELLINGS_FIELD=logements",
        f"COMMUNES={gpkg}|layername=commune",  # all: envelopes may cross the EPCI's edge
        f"BARRIERS={gpkg}|layername=tvb_voies_ferrees",
        "ROBUSTNESS=true",
        f"OUTPUT={outputs['centralites']}",
        f"OUTPUT_POINTS={outputs['centralites_points']}",
        f"OUTPUT_REJECTED={outputs['candidats_rejetes']}",
        f"OUTPUT_JSON={target / 'centralites.json'}",
    ]  # fmt: skip
    if agreed:
        args += [
            f"AGREED={gpkg}|layername=centralites_validees",
            f"OUTPUT_COMPARISON={target / 'comparaison_perimetres_valides.csv'}",
        ]
    return results(qgis_process(*args))


def agree_one_perimeter(gpkg: Path, computed: Path) -> str:
    """Copy the largest computed centralité into the agreed layer, redrawn 15 m wider."""
    from osgeo import ogr

    # read what is needed, then release OGR objects child first (GDAL's Python rule)
    source = ogr.Open(str(computed))
    layer = source.GetLayer(0)
    layer.SetAttributeFilter("type = 'centralité'")
    best = max(layer, key=lambda f: f.GetField("n_act"))
    geometry = best.GetGeometryRef().Buffer(15, 8)
    town, insee = best.GetField("nom_com"), best.GetField("insee_com")
    computed_id = best.GetField("id")
    del best, layer, source
    dataset = ogr.Open(str(gpkg), update=1)
    agreed = dataset.GetLayerByName("centralites_validees")
    for feature in list(agreed):  # re-running the demo starts from an empty agreed layer
        agreed.DeleteFeature(feature.GetFID())
    feature = ogr.Feature(agreed.GetLayerDefn())
    feature.SetField("id", "VALIDEE-001")
    feature.SetField("nom", f"Centre-ville de {town}")
    feature.SetField("insee_com", insee)
    feature.SetField("statut", "validé")
    feature.SetField("date_decision", "2026-10-15")
    feature.SetField("ref_decision", "Comité de pilotage DAACL du 15/10/2026 (démonstration)")
    feature.SetField("commentaire", "Périmètre technique élargi de 15 m à la demande des élus")
    feature.SetField("centralite_id", computed_id)
    feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
    if agreed.CreateFeature(feature) != 0:
        raise SystemExit(f"{gpkg}: could not write the agreed perimeter")
    del feature, agreed, dataset
    return str(town)


def count_agreed(gpkg: Path) -> tuple[int, str]:
    with closing(sqlite3.connect(gpkg)) as con:  # read-write: recovers a WAL left by qgis_process
        (count,) = con.execute("SELECT count(*) FROM centralites_validees").fetchone()
        (digest,) = con.execute(
            "SELECT group_concat(hex(geom) || statut || ref_decision) FROM centralites_validees"
        ).fetchone()
    return count, digest or ""


def summary(source: str) -> dict[str, int]:
    from demo_zan import read_rows

    counts: dict[str, int] = {}
    for row in read_rows(source):
        kind, level = row["type"], row["niveau"]
        if kind != "centralité":
            key = kind
        else:  # CENTRA-1 step 9 grades from 12 activity types up
            key = f"centralité {level or 'sans niveau (moins de 12 types)'}"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))


def run_centralities_demo(qgis_process: Runner, gpkg: Path, out: Path) -> list:
    """Returns the layers to show in the working copy's stored project."""
    from demo_project import DemoLayer, copy_vector, table_source

    target = out / "centralites"
    shutil.rmtree(target, ignore_errors=True)
    print(f"\n== Centralités (CENTRA-1, données SYNTHÉTIQUES) — {EPCI[1]}")
    first = run_centralities(qgis_process, gpkg, target / "premier_passage", agreed=False)
    print(
        f"  1er passage : {first['N_CENTRALITIES']} centralités, {first['N_PERIPHERAL']} pôles "
        f"périphériques, {first['N_REJECTED']} candidats rejetés"
    )
    town = agree_one_perimeter(gpkg, target / "premier_passage" / "centralites.gpkg")
    before = count_agreed(gpkg)
    print(f"  périmètre validé par les élus (simulé) : centre-ville de {town}")

    second = run_centralities(qgis_process, gpkg, target, agreed=True, whole_area=True)
    if count_agreed(gpkg) != before:
        raise SystemExit("the second run changed the agreed perimeters layer")
    print("  2e passage sur toute l'aire de l'agence (5 EPCI), écrit dans la copie de travail :")
    for kind, n in summary(table_source(gpkg, "centralites")).items():
        print(f"  {kind:<40} {n:>4}")
    with (target / "comparaison_perimetres_valides.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["kind"] == "agreed":
            iou = f"{float(row['iou']):.2f}".replace(".", ",")
            print(
                f"  comparaison avec « {row['agreed_nom']} » ({row['statut']}) : IoU {iou}, "
                f"{row['act_both']} activités dans les deux, {row['act_agreed_only']} seulement "
                f"dans le validé, {row['act_computed_only']} seulement dans le calculé"
            )
    others = sum(row["kind"] != "agreed" for row in rows)
    print(f"  {others} périmètre(s) calculé(s) sans périmètre validé (listés dans le CSV)")
    for name in OUTPUT_TABLES[1:]:
        copy_vector(gpkg, str(target / f"{name}.gpkg"), name)
    codes = ",".join(f"'{c}'" for c in epci_communes(gpkg, EPCI[0]))
    sheets = results(
        qgis_process(
            "--json", "run", "aula:centralitysheet", "--",
            f"CENTRALITIES={table_source(gpkg, 'centralites')}|subset=\"insee_com\" IN ({codes})",
            f"POINTS={table_source(gpkg, 'centralites_points')}",
            f"BACKGROUND={gpkg}|layername=commune",
            f"OUTPUT={target / 'fiches_centralites.pdf'}",
        )
    )  # fmt: skip
    print(
        f"  {second['N_CENTRALITIES']} centralités ; fiches explicatives ({EPCI[1]}) : "
        f"{target / 'fiches_centralites.pdf'} ({sheets['PAGES']} pages)"
    )
    return [
        DemoLayer("Centralités (CENTRA-1)", "centralites", OUTPUT_STYLES["OUTPUT"]),
        DemoLayer(
            "Activités des centralités",
            "centralites_points",
            OUTPUT_STYLES["OUTPUT_POINTS"],
            visible=False,
        ),
        DemoLayer(
            "Candidats rejetés",
            "candidats_rejetes",
            OUTPUT_STYLES["OUTPUT_REJECTED"],
            visible=False,
        ),
    ]
