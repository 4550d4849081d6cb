"""The centralities part of `make demo`: CENTRA-1 on one EPCI, sheets, agreed perimeters.

Works on the working copy made by the ZAN demo (`out/travail/aula_territoire.gpkg`):
1. `aula:centralities` on the synthetic BPE-like activities and dwellings of the CA de Lens-Liévin,
   split by commune, with the robustness re-runs; results in `out/centralites/`;
2. the agency "agrees" one perimeter with elected officials: it is copied into the
   `centralites_validees` layer of the working copy, slightly redrawn, with a status and a decision
   reference (what a planner does by hand in QGIS);
3. a second run compares its perimeters with the agreed one (IoU, activities inside and outside)
   and leaves the agreed layer untouched;
4. `aula:centralitysheet` writes one explanation sheet per perimeter (PDF);
5. the results go into the working copy and its stored project, styled by level.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # aula_plugin only (never import the top-level processing/)

# the styles QGIS gives the outputs when it opens them, by output name
from aula_plugin.core.centralities.outputs import OUTPUT_STYLES  # noqa: E402

EPCI = ("246200364", "CA de Lens-Liévin")
Runner = Callable[..., CompletedProcess[str]]


def results(proc: CompletedProcess[str]) -> dict[str, object]:
    return json.loads(proc.stdout[proc.stdout.index("{") :])["results"]


def epci_communes(gpkg: Path, siren: str) -> list[str]:
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT insee FROM commune WHERE epci_siren = ? ORDER BY insee", (siren,)
        ).fetchall()
    return [insee for (insee,) in rows]


def run_centralities(qgis_process: Runner, gpkg: Path, target: Path, agreed: bool) -> dict:
    codes = ",".join(f"'{c}'" for c in epci_communes(gpkg, EPCI[0]))
    target.mkdir(parents=True, exist_ok=True)
    args = [
        "--json", "run", "aula:centralities", "--",
        f"ACTIVITIES={gpkg}|layername=centra_activites|subset=\"DEPCOM\" IN ({codes})",
        "INPUT_FORMAT=0",
        f"HOUSING={gpkg}|layername=centra_logements|subset=\"insee\" IN ({codes})",
        "DWELLINGS_FIELD=logements",
        f"COMMUNES={gpkg}|layername=commune",  # all: envelopes may cross the EPCI's edge
        f"BARRIERS={gpkg}|layername=tvb_voies_ferrees",
        "ROBUSTNESS=true",
        f"OUTPUT={target / 'centralites.gpkg'}",
        f"OUTPUT_POINTS={target / 'centralites_points.gpkg'}",
        f"OUTPUT_REJECTED={target / 'candidats_rejetes.gpkg'}",
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
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
        (count,) = con.execute("SELECT count(*) FROM centralites_validees").fetchone()
        (digest,) = con.execute(
            "SELECT group_concat(hex(geom) || statut || ref_decision) FROM centralites_validees"
        ).fetchone()
    return count, digest or ""


def summary(gpkg_path: Path) -> dict[str, int]:
    from osgeo import ogr

    counts: dict[str, int] = {}
    dataset = ogr.Open(str(gpkg_path))
    layer = dataset.GetLayer(0)
    rows = [(f.GetField("type"), f.GetField("niveau")) for f in layer]
    del layer, dataset
    for kind, level in rows:
        key = f"centralité {level}" if kind == "centralité" else kind
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))


def run_centralities_demo(qgis_process: Runner, gpkg: Path, out: Path) -> list:
    """Returns the layers to show in the working copy's stored project."""
    from demo_project import DemoLayer, copy_vector

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

    second = run_centralities(qgis_process, gpkg, target, agreed=True)
    if count_agreed(gpkg) != before:
        raise SystemExit("the second run changed the agreed perimeters layer")
    for kind, n in summary(target / "centralites.gpkg").items():
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
    sheets = results(
        qgis_process(
            "--json", "run", "aula:centralitysheet", "--",
            f"CENTRALITIES={target / 'centralites.gpkg'}",
            f"POINTS={target / 'centralites_points.gpkg'}",
            f"BACKGROUND={gpkg}|layername=commune",
            f"OUTPUT={target / 'fiches_centralites.pdf'}",
        )
    )  # fmt: skip
    print(
        f"  {second['N_CENTRALITIES']} centralités ; fiches explicatives : "
        f"{target / 'fiches_centralites.pdf'} ({sheets['PAGES']} pages)"
    )

    for name in ("centralites", "centralites_points", "candidats_rejetes"):
        copy_vector(gpkg, str(target / f"{name}.gpkg"), name)
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
