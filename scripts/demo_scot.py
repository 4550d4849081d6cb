"""The SCoT compatibility part of `make demo`: a demo PLU zoning and one demo commercial project
checked against the demo rule set (resources/scot/regles_scot_demo.yaml).

Works on the working copy made by the other demos (`out/travail/aula_territoire.gpkg`):
1. the synthetic SCoT prescription layers of the CA de Lens-Liévin (gpkg/synthetic/scot_demo.py)
   are written into the working copy (tables scot_*);
2. a demo PLU zoning of one commune (table `zone_urba`, CNIG columns, SYNTHETIC, labelled so)
   and one demo commercial project (table `projets_commerciaux`, SYNTHETIC) are drawn around
   the commune's centre, envelope, reservoirs and red zone;
3. the results the demo already wrote into the working copy are the reference layers, found
   through its results register (centralities, reservoirs, corridors, ZAN trajectory per
   commune);
4. aula:scotcompatibility writes the findings into the working copy (`scot_constats`), the
   shortest lines, the JSONL file, the report (PDF) and a copy of the findings layer into
   `out/scot/`.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # aula_plugin only (never import the top-level processing/)

Runner = Callable[..., CompletedProcess[str]]
RULES = REPO / "resources" / "scot" / "regles_scot_demo.yaml"
SYNTHETIC = "synthétique (démonstration AULA, pas un PLU réel)"
FINDINGS = "scot_constats"


def _commune(gpkg: Path) -> tuple[str, str, float, float]:
    """(insee, name, x, y): the second most populated commune of the demo SCoT (the one holding
    the demo red zone) and its centre, as gpkg/synthetic/scot_demo.py placed them."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayerByName("scot_arret_tc")
    stops = sorted((f.GetField("insee"), f.GetGeometryRef().Clone()) for f in layer)
    commune = ds.GetLayerByName("commune")
    populations = {}
    for feature in commune:
        populations[feature.GetField("insee")] = (feature.GetField("population") or 0,
                                                  feature.GetField("nom"))  # fmt: skip
    ranked = sorted(stops, key=lambda s: -populations.get(s[0], (0, ""))[0])
    insee, point = ranked[1] if len(ranked) > 1 else ranked[0]
    ds = None
    return insee, populations[insee][1], point.GetX(), point.GetY()


def _square(x: float, y: float, w: float, h: float) -> str:
    return f"POLYGON (({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y}))"


def write_demo_plu(gpkg: Path) -> tuple[str, str]:
    """The demo zoning (zone_urba) and commercial project (projets_commerciaux), SYNTHETIC."""
    from osgeo import ogr, osr

    insee, name, x, y = _commune(gpkg)
    zones = [  # (LIBELLE, TYPEZONE, dx, dy, w, h, dwellings)
        ("UA", "U", -250, -250, 500, 500, None),
        ("UB", "U", 250, -250, 300, 500, None),
        ("1AUh", "AUc", -250, 250, 300, 200, 220),  # 6 ha, dense, near the centre
        ("1AUm", "AUc", 550, -650, 300, 250, 240),  # over the red zone, far from the stop
        ("1AUe", "AUc", -700, -250, 450, 400, 360),  # outside the envelope, low density
        ("2AU", "AUs", 550, 250, 400, 300, 0),
        ("A", "A", -1200, -1200, 900, 900, None),
        ("N", "N", 400, 600, 900, 500, None),
    ]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    ds = ogr.Open(str(gpkg), 1)
    for table in ("zone_urba", "projets_commerciaux"):
        if ds.GetLayerByName(table) is not None:
            ds.DeleteLayer(table)
    layer = ds.CreateLayer("zone_urba", srs, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=YES"])
    for field, kind in (("LIBELLE", ogr.OFTString), ("LIBELONG", ogr.OFTString),
                        ("TYPEZONE", ogr.OFTString), ("IDURBA", ogr.OFTString),
                        ("INSEE", ogr.OFTString), ("nb_logements", ogr.OFTInteger),
                        ("source", ogr.OFTString)):  # fmt: skip
        layer.CreateField(ogr.FieldDefn(field, kind))
    for label, typezone, dx, dy, w, h, dwellings in zones:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("LIBELLE", label)
        feature.SetField("LIBELONG", f"Zone {label} du PLU de démonstration de {name}")
        feature.SetField("TYPEZONE", typezone)
        feature.SetField("IDURBA", f"{insee}_PLU_DEMO")
        feature.SetField("INSEE", insee)
        if dwellings is not None:
            feature.SetField("nb_logements", dwellings)
        feature.SetField("source", SYNTHETIC)
        geometry = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(_square(x + dx, y + dy, w, h)))
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    layer = ds.CreateLayer("projets_commerciaux", srs, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=YES"])
    for field, kind in (("nom", ogr.OFTString), ("insee", ogr.OFTString),
                        ("surface_vente", ogr.OFTReal), ("source", ogr.OFTString)):  # fmt: skip
        layer.CreateField(ogr.FieldDefn(field, kind))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("nom", f"Projet commercial de démonstration ({name})")
    feature.SetField("insee", insee)
    feature.SetField("surface_vente", 1200.0)
    feature.SetField("source", SYNTHETIC)
    side = math.sqrt(2500.0)
    box = _square(x + 260, y - side / 2, side, side)  # at the edge of the 300 m centrality
    feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(box)))
    layer.CreateFeature(feature)
    ds = None
    return insee, name


def export_findings(work_gpkg: Path, target: Path) -> None:
    """The findings layer of the working copy, also as a file of its own in out/scot/."""
    from osgeo import gdal

    target.unlink(missing_ok=True)
    options = gdal.VectorTranslateOptions(layers=[FINDINGS], layerName=FINDINGS)
    if gdal.VectorTranslate(str(target), str(work_gpkg), options=options) is None:
        raise SystemExit(f"could not copy {FINDINGS} to {target}")


def run_scot_demo(runner: Runner, work_gpkg: Path, out: Path) -> list:
    """Build the demo SCoT layers, the demo zoning and project into ``work_gpkg``, run
    aula:scotcompatibility; the layers to show in the working copy's stored project."""
    sys.path.insert(0, str(REPO / "scripts"))
    from demo_project import DemoLayer, copy_vector, into

    sys.path.insert(0, str(REPO / "gpkg" / "synthetic"))
    from scot_demo import build_scot_demo

    work_gpkg = Path(work_gpkg)
    folder = Path(out) / "scot"
    folder.mkdir(parents=True, exist_ok=True)
    counts = build_scot_demo(REPO / "gpkg" / "aula_territoire.gpkg", work_gpkg)
    print(f"  modèle SCoT de démonstration : {sum(counts.values())} objets (synthétiques)")
    insee, name = write_demo_plu(work_gpkg)
    print(f"  PLU de démonstration (synthétique) : {name} ({insee}), un projet commercial")
    args = [
        "--json", "run", "aula:scotcompatibility", "--",
        f"SUBJECTS={work_gpkg}|layername=zone_urba",
        f"RULES={RULES}",
        f"OUTPUT={into(work_gpkg, FINDINGS)}",
        f"OUTPUT_LINES={folder / 'plus_courtes_lignes.gpkg'}",
        f"JSONL={folder / 'constats_scot.jsonl'}",
    ]  # fmt: skip
    proc = runner(*args, f"REPORT={folder / 'rapport_scot.pdf'}")
    if proc.returncode != 0:
        raise SystemExit(f"aula:scotcompatibility failed:\n{proc.stdout}\n{proc.stderr}")
    results = json.loads(proc.stdout[proc.stdout.index("{") :])["results"]
    print("  constats SCoT : " + ", ".join(
        f"{key.lower()} {int(results[key])}"
        for key in ("PASS", "WARNING", "FAIL", "NOT_APPLICABLE", "NOT_EVALUABLE")
    ))  # fmt: skip
    copy_vector(work_gpkg, str(folder / "plus_courtes_lignes.gpkg"), "scot_constats_lignes")
    export_findings(work_gpkg, folder / "constats_scot.gpkg")
    print(f"  constats, lignes, JSONL et rapport PDF -> {folder}")
    return [
        DemoLayer("Constats SCoT (démonstration)", FINDINGS, "scot_findings.qml"),
        DemoLayer(
            "Constats SCoT : plus courtes lignes", "scot_constats_lignes", "scot_findings_lines.qml"
        ),  # fmt: skip
        DemoLayer("PLU de démonstration (synthétique)", "zone_urba", "cnig_zonage.qml"),
        DemoLayer(
            "Projet commercial (démonstration)",
            "projets_commerciaux",
            "zan_projets_synthetiques.qml",
        ),  # fmt: skip
    ]
