"""Bad input for aula:zanartificialisation and aula:zanprojects through qgis_process (issue 10).

Each trial runs the real qgis_process under a French locale: a refusal with the French message,
no traceback and no output left behind, or a success with the French warning. The inputs are made
once per session from the territory GeoPackage's synthetic layers (never written to).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal, ogr

ART = "aula:zanartificialisation"
PROJ = "aula:zanprojects"
OCS = "ocsge_synthetique_2021"
PROJECTS = "zan_projets_synthetiques"


def copy_layer(source: Path, layer: str, target: Path, name: str, **options: Any) -> str:
    """``layer`` of ``source`` copied as ``name`` into ``target``; its qgis_process URI."""
    gdal.VectorTranslate(
        str(target),
        str(source),
        options=gdal.VectorTranslateOptions(
            layers=[layer] if "SQLStatement" not in options else None,
            layerName=name,
            accessMode="append" if target.exists() else None,
            **options,
        ),
    )
    return f"{target}|layername={name}"


@pytest.fixture(scope="session")
def inputs(territory_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("badinput-zan-b")
    gpkg = territory_gpkg
    made: dict[str, Any] = {"folder": folder, "communes": f"{gpkg}|layername=commune"}
    made["ocs"] = f"{gpkg}|layername={OCS}"
    made["projects"] = f"{gpkg}|layername={PROJECTS}"
    # every OCS GE polygon present twice (the layer appended to itself)
    twice = folder / "ocs_twice.gpkg"
    copy_layer(gpkg, OCS, twice, "ocsge_2021")
    made["ocs_twice"] = copy_layer(gpkg, OCS, twice, "ocsge_2021")
    made["ocs_empty"] = copy_layer(gpkg, OCS, folder / "empty.gpkg", "ocsge_2021", where="0")
    # one polygon made invalid by a spike to its inside (self-intersecting, same area)
    bowtie = folder / "bowtie.gpkg"
    made["ocs_bowtie"] = copy_layer(gpkg, OCS, bowtie, "ocsge_2021")
    ds = ogr.Open(str(bowtie), 1)
    layer = ds.GetLayerByName("ocsge_2021")
    feature = layer.GetNextFeature()
    polygon = feature.GetGeometryRef().GetGeometryRef(0)
    inside = polygon.PointOnSurface()
    ring = polygon.GetGeometryRef(0).GetPoints()
    ring = [ring[0], (inside.GetX(), inside.GetY()), *ring]
    wkt = "MULTIPOLYGON((({})))".format(", ".join(f"{p[0]} {p[1]}" for p in ring))
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.SetFeature(feature)
    ds = None
    truncated = folder / "truncated.gpkg"
    truncated.write_bytes(gpkg.read_bytes()[:8192])
    made["truncated"] = f"{truncated}|layername={OCS}"
    # projects: all present twice; in EPSG:4326; a year written "vers 2030"
    dup = folder / "projects_twice.gpkg"
    copy_layer(gpkg, PROJECTS, dup, "projets")
    made["projects_twice"] = copy_layer(gpkg, PROJECTS, dup, "projets")
    made["projects_4326"] = copy_layer(
        gpkg, PROJECTS, folder / "projects_4326.gpkg", "projets", dstSRS="EPSG:4326"
    )
    made["projects_vers"] = copy_layer(
        gpkg,
        PROJECTS,
        folder / "projects_vers.gpkg",
        "projets",
        SQLStatement=(
            f"SELECT geom, projet_id, statut, CASE WHEN fid = 3 THEN 'vers 2030' "
            f"ELSE CAST(annee_prevue AS TEXT) END AS annee FROM {PROJECTS}"
        ),
    )
    # a budget table with a key twice (the last row would win)
    budgets = folder / "budgets.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(budgets))
    table = ds.CreateLayer("budgets", None, ogr.wkbNone)
    table.CreateField(ogr.FieldDefn("insee", ogr.OFTString))
    table.CreateField(ogr.FieldDefn("remaining_m2", ogr.OFTReal))
    for insee, value in (("62148", 1000.0), ("62215", 2000.0), ("62148", 5000.0)):
        row = ogr.Feature(table.GetLayerDefn())
        row["insee"], row["remaining_m2"] = insee, value
        table.CreateFeature(row)
    ds = None
    made["budgets_dup"] = f"{budgets}|layername=budgets"
    a_file = folder / "a_file.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    made["a_file"] = a_file
    return made


def art_params(inputs: dict[str, Any], out: Path, **params: Any) -> dict[str, Any]:
    base = {"OCSGE": inputs["ocs"], "COMMUNES": inputs["communes"], "INSEE_FIELD": "insee"}
    return {**base, "STOCK": str(out / "stock.csv"), **params}


def proj_params(inputs: dict[str, Any], out: Path, **params: Any) -> dict[str, Any]:
    base = {
        "PROJECTS": inputs["projects"],
        "COMMUNES": inputs["communes"],
        "INSEE_FIELD": "insee",
        "BUDGET_COMMUNE_FIELD": "surface_ha",
        "OUTPUT_COMMUNES": str(out / "communes.csv"),
    }
    return {**base, **params}


# -- aula:zanartificialisation ------------------------------------------------------------------


def test_art_polygons_present_twice_refused(bad_input, inputs, tmp_path):
    params = art_params(inputs, tmp_path, OCSGE=inputs["ocs_twice"])
    proc = bad_input.refused(
        ART,
        "ocs_twice : des polygones du millésime 2021 se chevauchent dans 14 commune(s) "
        "(62148, 62215, 62249, 62250, 62274, …) : 11230.29 ha seraient comptés deux fois",
        [tmp_path / "stock.csv"],
        **params,
    )
    assert "ha seraient comptés deux fois (polygones présents en double ?)" in proc.stdout + (
        proc.stderr
    )


def test_art_two_layers_of_one_millesime_refused(bad_input, inputs, tmp_path):
    params = art_params(inputs, tmp_path)
    params["OCSGE"] = [params["OCSGE"], inputs["ocs"]]
    bad_input.refused(
        ART,
        "Les couches aula_territoire, aula_territoire donnent le même millésime 2021 sur "
        "14 commune(s) (62148, 62215, 62249, 62250, 62274, …) : 11230.29 ha seraient comptés "
        "deux fois ; donnez chaque millésime d'un département une seule fois",
        [tmp_path / "stock.csv"],
        **params,
    )


def test_art_flows_unwritable_leaves_no_stock(bad_input, inputs, tmp_path):
    """Issue 10 item 5: FLOWS failing left STOCK; its folder is a file: refused before running."""
    params = art_params(inputs, tmp_path, FLOWS=str(inputs["a_file"] / "flows.csv"))
    params["OCSGE"] = [params["OCSGE"], inputs["ocs"].replace("2021", "2018")]
    bad_input.refused(
        ART, "impossible d'écrire dans le dossier", [tmp_path / "stock.csv"], **params
    )


def test_art_empty_layer_refused(bad_input, inputs, tmp_path):
    params = art_params(inputs, tmp_path, OCSGE=inputs["ocs_empty"])
    bad_input.refused(
        ART, "empty : la couche ne contient aucune entité", [tmp_path / "stock.csv"], **params
    )


def test_art_misspelt_insee_field_refused(bad_input, inputs, tmp_path):
    params = art_params(inputs, tmp_path, INSEE_FIELD="insse")
    bad_input.refused(ART, "le champ insse n'existe pas", [tmp_path / "stock.csv"], **params)


def test_art_truncated_geopackage_refused(bad_input, inputs, tmp_path):
    params = art_params(inputs, tmp_path, OCSGE=inputs["truncated"])
    bad_input.refused(ART, "truncated.gpkg", [tmp_path / "stock.csv"], **params)


def test_art_invalid_geometry_repaired_with_a_warning(bad_input, inputs, tmp_path):
    params = art_params(inputs, tmp_path, OCSGE=inputs["ocs_bowtie"])
    bad_input.warned(
        ART,
        "bowtie : 1 géométrie(s) invalide(s) réparée(s) avec makeValid",
        [tmp_path / "stock.csv"],
        **params,
    )


# -- aula:zanprojects ---------------------------------------------------------------------------


def test_proj_duplicated_projects_counted_once(bad_input, inputs, tmp_path):
    params = proj_params(inputs, tmp_path, PROJECTS=inputs["projects_twice"])
    proc = bad_input.warned(
        PROJ,
        "projects_twice : 24 projet(s) de même géométrie qu'un autre compté(s) une seule fois "
        "(50.57 ha non comptés deux fois)",
        [tmp_path / "communes.csv"],
        **params,
    )
    assert "24 projet(s) compté(s)" in proc.stdout


def test_proj_year_written_in_words_refused(bad_input, inputs, tmp_path):
    params = proj_params(
        inputs, tmp_path, PROJECTS=inputs["projects_vers"], YEAR_FIELD="annee", HORIZON="2030"
    )
    bad_input.refused(
        PROJ,
        "projects_vers : champ annee : la valeur 'vers 2030' n'est pas une année (par ex. 2030)",
        [tmp_path / "communes.csv"],
        **params,
    )


def test_proj_status_typo_refused(bad_input, inputs, tmp_path):
    params = proj_params(inputs, tmp_path, STATUS_FIELD="statut", STATUSES="en projjet")
    bad_input.refused(
        PROJ,
        "aula_territoire : champ statut : aucun projet n'a le(s) statut(s) en projjet ; "
        "les valeurs présentes sont : abandonné, autorisé, en projet",
        [tmp_path / "communes.csv"],
        **params,
    )


def test_proj_negative_horizon_refused(bad_input, inputs, tmp_path):
    params = proj_params(inputs, tmp_path, YEAR_FIELD="annee_prevue", HORIZON="-5")
    bad_input.refused(
        PROJ,
        "Horizon -5 : ce n'est pas une année plausible (entre 2000 et 2100)",
        [tmp_path / "communes.csv"],
        **params,
    )


def test_proj_duplicate_budget_key_refused(bad_input, inputs, tmp_path):
    params = proj_params(inputs, tmp_path, BUDGET_TABLE=inputs["budgets_dup"], BUDGET_KEY="insee")
    del params["BUDGET_COMMUNE_FIELD"]
    bad_input.refused(
        PROJ,
        "budgets : champ insee : 1 clé(s) figurent sur plusieurs lignes, par ex. 62148 (2 lignes)",
        [tmp_path / "communes.csv"],
        **params,
    )


def test_proj_geographic_crs_counts_the_same_projects(bad_input, inputs, tmp_path):
    """Issue 10: projects in EPSG:4326 gave 28 projects instead of 24 (slivers along communes)."""
    counts = []
    for name in ("projects", "projects_4326"):
        out = tmp_path / name
        out.mkdir()
        params = proj_params(
            inputs,
            out,
            PROJECTS=inputs[name],
            GROUP_FIELD="epci_siren",
            OUTPUT_TERRITORIES=str(out / "territories.csv"),
        )
        bad_input.warned(
            PROJ,
            "24 projet(s) compté(s)",
            [out / "communes.csv", out / "territories.csv"],
            **params,
        )
        with (out / "territories.csv").open(encoding="utf-8") as f:
            by_territory = {r["territory"]: int(r["projects"]) for r in csv.DictReader(f)}
        with (out / "communes.csv").open(encoding="utf-8") as f:
            by_commune = {r["insee"]: int(r["projects"]) for r in csv.DictReader(f)}
        counts.append((by_territory, by_commune))
    assert counts[0] == counts[1]
    assert sum(counts[1][0].values()) == 24


def test_proj_output_communes_in_a_file_refused(bad_input, inputs, tmp_path):
    params = proj_params(inputs, tmp_path, OUTPUT_COMMUNES=str(inputs["a_file"] / "c.csv"))
    bad_input.refused(PROJ, "impossible d'écrire dans le dossier", [], **params)


def test_proj_output_territories_in_a_file_leaves_nothing(bad_input, inputs, tmp_path):
    params = proj_params(
        inputs, tmp_path, OUTPUT_TERRITORIES=str(inputs["a_file"] / "territories.csv")
    )
    bad_input.refused(
        PROJ, "impossible d'écrire dans le dossier", [tmp_path / "communes.csv"], **params
    )
