"""Bad input for the TVB graph family (issue 10), through qgis_process under a French locale:
aula:leastcostcorridors, aula:connectivitymetrics, aula:conflictpoints.

Each trial asserts the exit code, the exact French message naming the layer, field or value, no
traceback, and that no output (nor a staging folder) is left behind (``bad_input``, conftest.py).
The inputs are small: a 40 × 52 friction grid, three square reservoirs, two corridors; the
territory GeoPackage gives the real obstacles and roads (read-only).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

X0, Y0, RES = 700_000.0, 7_000_000.0, 25.0
ROWS, COLS = 40, 52
#: reservoirs as (row0, col0, size) squares of cells
SQUARES = {"a": (3, 4, 4), "b": (30, 6, 4), "c": (5, 40, 4)}

LCC = "aula:leastcostcorridors"
METRICS = "aula:connectivitymetrics"
CONFLICTS = "aula:conflictpoints"


def write_tif(path: Path, data: np.ndarray, compress: bool = False) -> Path:
    options = ["COMPRESS=DEFLATE", "TILED=YES"] if compress else []
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), data.shape[1], data.shape[0], 1, gdal.GDT_Float32, options
    )
    ds.SetGeoTransform((X0, RES, 0, Y0, 0, -RES))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(data)
    ds = None
    return path


def square(r: int, c: int, n: int) -> str:
    x0, x1 = X0 + c * RES, X0 + (c + n) * RES
    y0, y1 = Y0 - (r + n) * RES, Y0 - r * RES
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def line(*points: tuple[float, float]) -> str:
    return "LINESTRING({})".format(",".join(f"{X0 + x} {Y0 + y}" for x, y in points))


def add_layer(ds, name: str, kind: int, fields, rows, epsg: int = 2154) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, kind)
    for field, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field, field_type))
    for wkt, *values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for (field, _), value in zip(fields, values, strict=False):
            if value is not None:
                feature[field] = value
        layer.CreateFeature(feature)


S, R, I = ogr.OFTString, ogr.OFTReal, ogr.OFTInteger  # noqa: E741
LINK = [("from_id", S), ("to_id", S), ("cost", R)]
CORRIDOR = [("id", I), *LINK, ("importance", R)]
ROAD = [("classe", S), ("nom", S)]


@pytest.fixture(scope="session")
def scene(tmp_path_factory) -> dict[str, str]:
    """Friction rasters and one GeoPackage of small layers, good and bad."""
    folder = tmp_path_factory.mktemp("tvbb")
    friction = np.full((ROWS, COLS), 5.0, dtype=np.float32)
    write_tif(folder / "friction.tif", friction)
    negative = friction.copy()
    negative[20, 20] = -3.5
    write_tif(folder / "friction_negative.tif", negative)
    big = write_tif(folder / "big.tif", np.ones((400, 520), np.float32), compress=True)
    raw = big.read_bytes()
    (folder / "friction_tronquee.tif").write_bytes(raw[: len(raw) // 2])

    gpkg = folder / "scene.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    patches = [(square(*SQUARES[key]), key, 10.0) for key in SQUARES]
    add_layer(ds, "reservoirs", ogr.wkbPolygon, [("id", S), ("capacite", R)], patches)
    add_layer(ds, "reservoirs_code", ogr.wkbPolygon, [("code", S)], [(w, k) for w, k, _ in patches])
    dup = [*patches[:2], (patches[2][0], "a", 3.0), (square(20, 20, 3), None, 1.0)]
    add_layer(ds, "reservoirs_doublons", ogr.wkbPolygon, [("id", S), ("capacite", R)], dup)
    text = [(w, k, v) for (w, k, _), v in zip(patches, ("12", "beaucoup", "-4"), strict=True)]
    add_layer(ds, "reservoirs_texte", ogr.wkbPolygon, [("id", S), ("capacite", S)], text)
    capacities = (5.0, -2.0, float("inf"))
    negative_capacity = [(w, k, c) for (w, k, _), c in zip(patches, capacities, strict=True)]
    add_layer(
        ds, "reservoirs_negatifs", ogr.wkbPolygon, [("id", S), ("capacite", R)], negative_capacity
    )
    degrees = [("POLYGON((2 48,2.01 48,2.01 48.01,2 48.01,2 48))", "a")]
    add_layer(ds, "reservoirs_wgs84", ogr.wkbPolygon, [("id", S)], degrees, epsg=4326)
    x0, y0 = X0 + 4 * RES, Y0 - 7 * RES
    invalid = [
        (f"POLYGON(({x0} {y0},{x0 + 100} {y0 + 100},{x0 + 100} {y0},{x0} {y0 + 100},{x0} {y0}))",
         "a", 10.0),
        *patches[1:],
    ]  # fmt: skip
    add_layer(ds, "reservoirs_invalides", ogr.wkbPolygon, [("id", S), ("capacite", R)], invalid)
    links = [(None, "a", "b", 800.0), (None, "a", "c", 900.0)]
    add_layer(ds, "liens", ogr.wkbNone, LINK, links)
    add_layer(ds, "liens_negatifs", ogr.wkbNone, LINK, [(None, "a", "b", -5.0)])
    add_layer(ds, "liens_vides", ogr.wkbNone, LINK, [])
    points = [("POINT(1 2)", "a", "b", 0.4)]
    add_layer(ds, "points_conflit", ogr.wkbPoint, [("from_id", S), ("to_id", S), ("score", R)],
              points)  # fmt: skip
    corridors = [
        (line((150, -150), (150, -800)), 1, "a", "b", 800.0, 40.0),
        (line((200, -150), (1000, -150)), 2, "a", "c", 900.0, 10.0),
    ]
    add_layer(ds, "corridors", ogr.wkbLineString, CORRIDOR, corridors)
    broken = [*corridors, (line((300, -300), (300, -300)), 3, "b", "c", 5.0, 1.0)]
    add_layer(ds, "corridors_invalides", ogr.wkbLineString, CORRIDOR, broken)
    infinite = [(*corridors[0][:5], float("inf")), corridors[1]]
    add_layer(ds, "corridors_inf", ogr.wkbLineString, CORRIDOR, infinite)
    add_layer(ds, "corridors_vides", ogr.wkbLineString, CORRIDOR, [])
    degrees = [("LINESTRING(2 48,2.01 48)", 1, "a", "b", 800.0, 40.0)]
    add_layer(ds, "corridors_wgs84", ogr.wkbLineString, CORRIDOR, degrees, epsg=4326)
    roads = [(line((0, -500), (400, -500)), "autoroute", "A1")]
    add_layer(ds, "routes", ogr.wkbLineString, ROAD, roads)
    add_layer(ds, "routes_vides", ogr.wkbLineString, ROAD, [])
    ds = None
    paths = {path.stem: str(path) for path in folder.glob("*.tif")}
    paths["folder"] = str(folder)
    paths["gpkg"] = str(gpkg)
    return paths


def layer(scene: dict[str, str], name: str) -> str:
    return f"{scene['gpkg']}|layername={name}"


def a_file(tmp_path: Path) -> Path:
    """A plain file: a path under it is a folder that cannot be created (tests run as root, so a
    read-only folder cannot be simulated with chmod)."""
    path = tmp_path / "fichier.txt"
    path.write_text("pas un dossier\n", encoding="utf-8")
    return path


FOLDER_REFUSED = (
    "impossible d'écrire dans le dossier {} (lecture seule, ou ce n'est pas un dossier)"
)
REPAIRED = "scene ({}) : 1 géométrie(s) invalide(s) réparée(s) avec makeValid"


# -- aula:leastcostcorridors ----------------------------------------------------------------------


def corridors_run(scene, tmp_path, **params):
    out = tmp_path / "corridors.gpkg"
    base = {
        "FRICTION": scene["friction"],
        "RESERVOIRS": layer(scene, "reservoirs"),
        "OUTPUT": str(out),
        "OUTPUT_GRAPH": str(tmp_path / "graphe.csv"),
    }
    return {**base, **params}, [out, tmp_path / "graphe.csv"]


def test_corridors_truncated_friction_is_refused_naming_the_file(bad_input, scene, tmp_path):
    """Issue 10 item 4: 'NoneType' … astype in the raster reader; now refused in _prepare."""
    path = scene["friction_tronquee"]
    params, outputs = corridors_run(scene, tmp_path, FRICTION=path)
    message = "le fichier friction_tronquee.tif est tronqué ou endommagé"
    bad_input.refused(LCC, message, outputs, **params)


def test_corridors_negative_friction_is_refused(bad_input, scene, tmp_path):
    """Issue 10 item 7: negative friction refused as by every TVB algorithm (gis.raster)."""
    params, outputs = corridors_run(scene, tmp_path, FRICTION=scene["friction_negative"])
    message = (
        "friction_negative : 1 valeurs négatives dans la friction (la plus basse : -3.5) : une "
        "friction est nulle ou positive, le nodata marque les cellules infranchissables"
    )
    bad_input.refused(LCC, message, outputs, **params)


def test_corridors_geotiff_into_an_unwritable_folder_is_refused_before_computing(
    bad_input, scene, tmp_path
):
    """Issue 10 item 4: PermissionError in the writer after 48 s; now refused before anything."""
    folder = a_file(tmp_path) / "sorties"
    nlcc = folder / "nlcc.tif"
    params, outputs = corridors_run(scene, tmp_path, OUTPUT_CORRIDOR=str(nlcc))
    message = "Corridor de moindre coût normalisé (NLCC) : " + FOLDER_REFUSED.format(folder)
    bad_input.refused(LCC, message, [*outputs, nlcc], **params)


def test_corridors_leave_nothing_when_the_last_output_fails(bad_input, scene, tmp_path):
    """Issue 10 item 5: the corridor lines are written, then the patch graph cannot be (a DXF
    takes no attribute): neither is left."""
    graph = tmp_path / "graphe.dxf"
    params, outputs = corridors_run(scene, tmp_path, OUTPUT_GRAPH=str(graph))
    message = "Graphe paysager : la couche ne peut pas être créée (Could not create layer"
    proc = bad_input.refused(LCC, message, [*outputs, graph], **params)
    text = proc.stdout + proc.stderr
    assert str(graph) in text and ".aula-partial" not in text, text  # the user's path


def test_corridors_absurd_budget_is_refused_with_the_range(bad_input, scene, tmp_path):
    """Issue 10 item 7: a maximum cost of 1e300 (no path on this grid costs more than 367,696)."""
    params, outputs = corridors_run(scene, tmp_path, MAX_COST="1e300")
    message = (
        "Coût maximal (aucun chemin sur friction ne coûte davantage) : 1e+300 est hors de "
        "l'intervalle raisonnable, de 0 à 367696"
    )
    bad_input.refused(LCC, message, outputs, **params)


def test_corridors_reservoirs_without_the_id_field(bad_input, scene, tmp_path):
    params, outputs = corridors_run(scene, tmp_path, RESERVOIRS=layer(scene, "reservoirs_code"))
    bad_input.refused(LCC, "scene (reservoirs_code) : le champ id n'existe pas", outputs, **params)


def test_corridors_null_and_duplicate_identifiers(bad_input, scene, tmp_path):
    params, outputs = corridors_run(scene, tmp_path, RESERVOIRS=layer(scene, "reservoirs_doublons"))
    message = "scene (reservoirs_doublons) : 1 entités ont un identifiant vide (id)"
    bad_input.refused(LCC, message, outputs, **params)


def test_corridors_invalid_reservoir_is_repaired_with_a_warning(bad_input, scene, tmp_path):
    name = "reservoirs_invalides"
    params, outputs = corridors_run(scene, tmp_path, RESERVOIRS=layer(scene, name))
    bad_input.warned(LCC, REPAIRED.format(name), outputs, **params)


# -- aula:connectivitymetrics ---------------------------------------------------------------------


def metrics_run(scene, tmp_path, **params):
    out = tmp_path / "taches.gpkg"
    base = {
        "RESERVOIRS": layer(scene, "reservoirs"),
        "LINKS": layer(scene, "liens"),
        "LANDSCAPE_AREA": "500",
        "OUTPUT": str(out),
        "OUTPUT_SUMMARY": str(tmp_path / "connectivite.csv"),
    }
    return {**base, **params}, [out, tmp_path / "connectivite.csv"]


def test_metrics_summary_into_an_unwritable_folder_is_refused(bad_input, scene, tmp_path):
    """Issue 10 item 2: OUTPUT_SUMMARY in a read-only folder returned rc 0 without the file."""
    summary = a_file(tmp_path) / "connectivite.csv"
    params, outputs = metrics_run(scene, tmp_path, OUTPUT_SUMMARY=str(summary))
    message = "Connectivité du paysage : " + FOLDER_REFUSED.format(summary.parent)
    bad_input.refused(METRICS, message, [*outputs, summary], **params)


def test_metrics_absurd_d0_is_refused_with_the_range(bad_input, scene, tmp_path):
    params, outputs = metrics_run(scene, tmp_path, D0="1e300")
    message = (
        "Distance de référence d0 (unités de coût) : 1e+300 est hors de l'intervalle "
        "raisonnable, de 1 à 1e+09"
    )
    bad_input.refused(METRICS, message, outputs, **params)


def test_metrics_absurd_p0_is_refused_with_the_range(bad_input, scene, tmp_path):
    params, outputs = metrics_run(scene, tmp_path, P0="1e-300")
    message = (
        "Probabilité p0 à la distance d0 : 1e-300 est hors de l'intervalle raisonnable, "
        "de 0.001 à 1"
    )
    bad_input.refused(METRICS, message, outputs, **params)


def test_metrics_links_table_of_another_algorithm(bad_input, scene, tmp_path):
    params, outputs = metrics_run(scene, tmp_path, LINKS=layer(scene, "points_conflit"))
    message = "scene (points_conflit) : le champ cost n'existe pas"
    bad_input.refused(METRICS, message, outputs, **params)


def test_metrics_geographic_reservoirs(bad_input, scene, tmp_path):
    params, outputs = metrics_run(scene, tmp_path, RESERVOIRS=layer(scene, "reservoirs_wgs84"))
    message = (
        "scene (reservoirs_wgs84) : le SCR EPSG:4326 n'est pas projeté : les surfaces en hectares "
        "demandent un SCR projeté"
    )
    bad_input.refused(METRICS, message, outputs, **params)


def test_metrics_text_capacity_field(bad_input, scene, tmp_path):
    params, outputs = metrics_run(
        scene, tmp_path, RESERVOIRS=layer(scene, "reservoirs_texte"), CAPACITY_FIELD="capacite"
    )
    message = "scene (reservoirs_texte) : le champ capacite n'est pas numérique"
    bad_input.refused(METRICS, message, outputs, **params)


def test_metrics_negative_and_infinite_capacities(bad_input, scene, tmp_path):
    params, outputs = metrics_run(
        scene, tmp_path, RESERVOIRS=layer(scene, "reservoirs_negatifs"), CAPACITY_FIELD="capacite"
    )
    message = (
        "scene (reservoirs_negatifs) : 2 entités ont une capacité vide, non numérique ou négative "
        "(capacite)"
    )
    bad_input.refused(METRICS, message, outputs, **params)


def test_metrics_empty_links_are_said(bad_input, scene, tmp_path):
    params, outputs = metrics_run(scene, tmp_path, LINKS=layer(scene, "liens_vides"))
    message = "scene (liens_vides) : aucun lien entre les taches : chaque tache est isolée"
    bad_input.warned(METRICS, message, outputs, **params)


# -- aula:conflictpoints --------------------------------------------------------------------------


def conflicts_run(scene, tmp_path, **params):
    out = tmp_path / "conflits.gpkg"
    base = {
        "CORRIDORS": layer(scene, "corridors"),
        "IMPORTANCE_FIELD": "importance",
        "INFRASTRUCTURES": layer(scene, "routes"),
        "OUTPUT": str(out),
    }
    return {**base, **params}, [out]


def test_conflicts_absurd_obstacle_distance(bad_input, scene, tmp_path, territory_gpkg):
    """Issue 10 item 7: OBSTACLE_DISTANCE=1e7, with the territory's obstacles."""
    params, outputs = conflicts_run(
        scene,
        tmp_path,
        OBSTACLES=f"{territory_gpkg}|layername=tvb_obstacles_ecoulement",
        OBSTACLE_DISTANCE="1e7",
    )
    message = (
        "Distance de recherche des obstacles ponctuels (m) : 1e+07 est hors de l'intervalle "
        "raisonnable, de 0 à 1000"
    )
    bad_input.refused(CONFLICTS, message, outputs, **params)


def test_conflicts_absurd_d0_for_the_pc_drop(bad_input, scene, tmp_path):
    params, outputs = conflicts_run(
        scene, tmp_path, IMPORTANCE_FIELD="", RESERVOIRS=layer(scene, "reservoirs"), D0="1e-300"
    )
    message = (
        "Distance de référence d0 (unités de coût) : 1e-300 est hors de l'intervalle "
        "raisonnable, de 1 à 1e+09"
    )
    bad_input.refused(CONFLICTS, message, outputs, **params)


def test_conflicts_invalid_corridor_is_repaired_with_a_warning(bad_input, scene, tmp_path):
    name = "corridors_invalides"
    params, outputs = conflicts_run(scene, tmp_path, CORRIDORS=layer(scene, name))
    # a degenerate line: empty once repaired, so dropped (not also counted as repaired)
    dropped = (
        f"scene ({name}) : 1 géométrie(s) invalide(s) vide(s) après réparation avec makeValid, "
        "entité(s) ignorée(s)"
    )
    proc = bad_input.warned(CONFLICTS, dropped, outputs, **params)
    assert REPAIRED.format(name) not in proc.stdout + proc.stderr


def test_conflicts_infinite_importance(bad_input, scene, tmp_path):
    params, outputs = conflicts_run(scene, tmp_path, CORRIDORS=layer(scene, "corridors_inf"))
    message = (
        "scene (corridors_inf) : 1 corridor(s) ont une importance (importance) qui n'est pas un "
        "nombre fini, par exemple +Inf"
    )
    bad_input.refused(CONFLICTS, message, outputs, **params)


def test_conflicts_empty_corridors(bad_input, scene, tmp_path):
    params, outputs = conflicts_run(scene, tmp_path, CORRIDORS=layer(scene, "corridors_vides"))
    message = "scene (corridors_vides) : la couche ne contient aucune entité"
    bad_input.refused(CONFLICTS, message, outputs, **params)


def test_conflicts_geographic_corridors(bad_input, scene, tmp_path):
    params, outputs = conflicts_run(scene, tmp_path, CORRIDORS=layer(scene, "corridors_wgs84"))
    message = "scene (corridors_wgs84) (corridors) est dans un SCR géographique (EPSG:4326)"
    bad_input.refused(CONFLICTS, message, outputs, **params)


def test_conflicts_output_into_an_unwritable_folder(bad_input, scene, tmp_path):
    out = a_file(tmp_path) / "conflits.gpkg"
    params, outputs = conflicts_run(scene, tmp_path, OUTPUT=str(out))
    message = "Points de conflit : " + FOLDER_REFUSED.format(out.parent)
    bad_input.refused(CONFLICTS, message, [out], **params)


def test_conflicts_empty_infrastructure_is_said(bad_input, scene, tmp_path):
    params, outputs = conflicts_run(scene, tmp_path, INFRASTRUCTURES=layer(scene, "routes_vides"))
    message = (
        "scene (routes_vides) : la couche ne contient aucune entité : elle ne coupe aucun corridor"
    )
    bad_input.warned(CONFLICTS, message, outputs, **params)
