"""Bad-input corpus of the centralities family (issue 10): aula:degurbagrid, aula:centralities,
aula:centralitysheet and aula:aggregateindicators through qgis_process under a French locale.

Each trial asserts the exit code, the French message naming the layer, field or value, that no
traceback was printed and that no output (nor a staging folder) was left behind; a warned trial
asserts the French warning and the outputs written. The last two tests check, in process, that an
error raised after the first output was written leaves none of them (all-or-nothing outputs).
"""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException

X0, Y0 = 650_000.0, 7_030_000.0  # Lambert-93, near Lens
NOT_WRITABLE = "impossible d'écrire dans le dossier"


# -- inputs ---------------------------------------------------------------------------------------


def _tif(path: Path, data: np.ndarray, epsg: int = 3035, size: float = 1000.0) -> Path:
    rows, cols = data.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float64)
    ds.SetGeoTransform((0.0 if epsg != 4326 else 2.0, size, 0, 4000.0 if epsg != 4326 else 50.0,
                        0, -size))  # fmt: skip
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    return path


def _srs(epsg: int = 2154) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _gpkg(
    path: Path,
    kind: int,
    fields: list[tuple[str, int]],
    rows: list[tuple[str | None, list[Any]]],
    epsg: int = 2154,
) -> Path:
    """A one-layer GeoPackage named like the file: rows of (WKT or None, attribute values)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(path.stem, _srs(epsg) if kind != ogr.wkbNone else None, kind)
    for name, field_type in fields:
        layer.CreateField(ogr.FieldDefn(name, field_type))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (name, _), value in zip(fields, values, strict=True):
            if value is not None:
                feature.SetField(name, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return path


def _square(x: float, y: float, half: float) -> str:
    return (
        f"MULTIPOLYGON((({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},"
        f"{x - half} {y + half},{x - half} {y - half})))"
    )


@pytest.fixture(scope="session")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every input of the corpus, built once; the trials write into their own tmp_path."""
    root = tmp_path_factory.mktemp("badinput-centra")
    # DEGURBA: 4 × 4 cells of 1 km² (a centre of 60,000 inhabitants), EPSG:3035
    pop = np.zeros((4, 4))
    pop[0:2, 0:2] = 15000
    _tif(root / "pop.tif", pop)
    _tif(root / "built.tif", np.zeros((4, 4)))
    _tif(root / "land.tif", np.full((4, 4), 1e6))
    bad = pop.copy()
    bad[1, 1], bad[2, 2] = -1000.0, np.inf
    _tif(root / "pop_bad.tif", bad)
    _tif(root / "pop_degrees.tif", pop, epsg=4326, size=0.01)
    big = _tif(root / "pop_big.tif", np.full((300, 300), 100.0))
    data = big.read_bytes()
    (root / "pop_cut.tif").write_bytes(data[: len(data) // 2])
    _tif(root / "built_big.tif", np.zeros((300, 300)))
    _tif(root / "land_big.tif", np.full((300, 300), 1e6))
    string, integer, real = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
    srs_3035 = [("insee", string)]
    _gpkg(root / "communes_3035.gpkg", ogr.wkbMultiPolygon, srs_3035,
          [(_square(2000, 2000, 1500), ["62001"])], epsg=3035)  # fmt: skip
    _gpkg(root / "communes_vides.gpkg", ogr.wkbMultiPolygon, srs_3035, [], epsg=3035)

    # CENTRA-1: a village of 12 activities 30 m apart (C 5, S 4, E 3) and 80 dwellings
    funcs = "CCCCCSSSSEEE"
    acts = [
        (f"POINT({X0 + 30 * (k % 4)} {Y0 + 30 * (k // 4)})", [funcs[k], f"V{k}", f"va{k:02d}"])
        for k in range(12)
    ]
    act_fields = [("fonction", string), ("type", string), ("id", string)]
    _gpkg(root / "activites.gpkg", ogr.wkbPoint, act_fields, acts)
    _gpkg(root / "activites_vides.gpkg", ogr.wkbPoint, act_fields, [])
    homes = [(f"POINT({X0 + 45} {Y0 + 30})", [80]), (f"POINT({X0 + 50} {Y0 + 30})", [math.inf])]
    _gpkg(root / "logements.gpkg", ogr.wkbPoint, [("logements", real)], homes)
    # two communes split the village; the west one has a spike (a self-intersecting ring)
    west = (
        f"MULTIPOLYGON((({X0 - 500} {Y0 - 500},{X0 + 40} {Y0 - 500},{X0 + 40} {Y0 + 500},"
        f"{X0 - 500} {Y0 + 500},{X0 - 500} {Y0 + 200},{X0 - 900} {Y0 + 200},"
        f"{X0 - 500} {Y0 + 200},{X0 - 500} {Y0 - 500})))"
    )
    east = _square(X0 + 540, Y0, 500)
    _gpkg(root / "communes_l93.gpkg", ogr.wkbMultiPolygon, [("insee", string), ("nom", string)],
          [(west, ["62001", "Ouest"]), (east, ["62002", "Est"])])  # fmt: skip
    grid = _tif(root / "grille.tif", np.full((300, 300), 1.0), epsg=2154, size=10.0)
    data = grid.read_bytes()
    (root / "grille_coupee.tif").write_bytes(data[: len(data) // 2])

    # Sheets: three perimeters with the fields aula:centralities writes, one without geometry
    sheet_fields = [
        ("id", string), ("insee_com", string), ("nom_com", string), ("type", string),
        ("niveau", string), ("n_act", integer), ("n_com", integer), ("n_srv", integer),
        ("n_equ", integer), ("n_log", integer), ("n_types", integer), ("types", string),
        ("rules_passed", string), ("robust", integer), ("robust_share", real),
        ("params_hash", string), ("data_vintages", string),
    ]  # fmt: skip
    values = ["centralité", "proximité", 30, 10, 10, 10, 200, 15, "B101,C101",
              "N≥10;C,S,E,H=4/4", 1, 1.0, "0123456789ab", "BPE 2023"]  # fmt: skip
    perimeters = [
        (_square(X0, Y0, 150), ["p1", "62001", "Ouest", *values]),
        (None, ["p2", "62001", "Ouest", *values]),
        (_square(X0 + 2000, Y0, 150), ["p3", "62002", "Est", *values]),
    ]
    _gpkg(root / "centralites.gpkg", ogr.wkbMultiPolygon, sheet_fields, perimeters)
    _gpkg(root / "centralites_vides.gpkg", ogr.wkbMultiPolygon, sheet_fields, [])
    first = ["p1", "62001", "Ouest", "centralité", "proximité"]
    _gpkg(root / "centralites_incompletes.gpkg", ogr.wkbMultiPolygon, sheet_fields[:5],
          [(_square(X0, Y0, 150), first)])  # fmt: skip
    (root / "pas_un_gpkg.gpkg").write_bytes(b"SQLite format 3\0" + bytes(range(256)) * 8)

    # Aggregation: 3 communes of 2 EPCI; the second table holds an infinite count
    agg_fields = [("insee", string), ("nom", string), ("epci", string), ("pop", integer),
                  ("actifs", real), ("chomeurs", real)]  # fmt: skip
    agg = [
        (None, ["62001", "Lens", "E1", 30000, 12000.0, 1500.0]),
        (None, ["62002", "Liévin", "E1", 31000, 12500.0, 1400.0]),
        (None, ["62003", "Hénin", "E2", 26000, 10000.0, 1300.0]),
    ]
    _gpkg(root / "indicateurs.gpkg", ogr.wkbNone, agg_fields, agg)
    _gpkg(root / "indicateurs_vides.gpkg", ogr.wkbNone, agg_fields, [])
    _gpkg(root / "indicateurs_infinis.gpkg", ogr.wkbNone, agg_fields, agg)
    with sqlite3.connect(root / "indicateurs_infinis.gpkg") as db:
        db.execute("UPDATE indicateurs_infinis SET actifs = 9e999 WHERE insee = '62002'")
    (root / "un_fichier").write_text("a file where a folder is expected\n", encoding="utf-8")
    return root


# -- aula:degurbagrid -----------------------------------------------------------------------------

DEGURBA = "aula:degurbagrid"


def test_degurba_negative_and_infinite_population(bad_input, folder, tmp_path):
    out = tmp_path / "l1.tif"
    bad_input.refused(
        DEGURBA,
        "pop_bad : 2 cellule(s) contiennent une valeur négative ou infinie (par exemple -1000)",
        [out],
        POPULATION=folder / "pop_bad.tif", BUILT=folder / "built.tif", LAND=folder / "land.tif",
        OUTPUT=out,
    )  # fmt: skip


def test_degurba_misspelt_commune_id(bad_input, folder, tmp_path):
    out, communes = tmp_path / "l1.tif", tmp_path / "communes.gpkg"
    bad_input.refused(
        DEGURBA,
        "communes_3035 : le champ INSEEE n'existe pas",
        [out, communes],
        POPULATION=folder / "pop.tif", BUILT=folder / "built.tif", LAND=folder / "land.tif",
        COMMUNES=folder / "communes_3035.gpkg", COMMUNE_ID="INSEEE", OUTPUT=out,
        COMMUNE_OUTPUT=communes,
    )  # fmt: skip


def test_degurba_truncated_geotiff(bad_input, folder, tmp_path):
    out = tmp_path / "l1.tif"
    bad_input.refused(
        DEGURBA,
        "pop_cut : le fichier pop_cut.tif est tronqué ou endommagé",  # the one rule, gis/raster
        [out],
        POPULATION=folder / "pop_cut.tif", BUILT=folder / "built_big.tif",
        LAND=folder / "land_big.tif", OUTPUT=out,
    )  # fmt: skip


def test_degurba_geographic_grid(bad_input, folder, tmp_path):
    out = tmp_path / "l1.tif"
    bad_input.refused(
        DEGURBA,
        "pop_degrees (grille DEGURBA) est dans un SCR géographique (EPSG:4326) : distances et "
        "surfaces demandent des mètres",
        [out],
        POPULATION=folder / "pop_degrees.tif", BUILT=folder / "built.tif",
        LAND=folder / "land.tif", OUTPUT=out,
    )  # fmt: skip


def test_degurba_empty_communes(bad_input, folder, tmp_path):
    out, communes = tmp_path / "l1.tif", tmp_path / "communes.gpkg"
    bad_input.refused(
        DEGURBA,
        "communes_vides : la couche n'a aucune entité",
        [out, communes],
        POPULATION=folder / "pop.tif", BUILT=folder / "built.tif", LAND=folder / "land.tif",
        COMMUNES=folder / "communes_vides.gpkg", OUTPUT=out, COMMUNE_OUTPUT=communes,
    )  # fmt: skip


def test_degurba_output_in_a_file(bad_input, folder, tmp_path):
    out, communes = folder / "un_fichier" / "l1.tif", tmp_path / "communes.gpkg"
    bad_input.refused(
        DEGURBA,
        NOT_WRITABLE,
        [out, communes],
        POPULATION=folder / "pop.tif", BUILT=folder / "built.tif", LAND=folder / "land.tif",
        COMMUNES=folder / "communes_3035.gpkg", COMMUNE_ID="insee", OUTPUT=out,
        COMMUNE_OUTPUT=communes,
    )  # fmt: skip


# -- aula:centralities ----------------------------------------------------------------------------

CENTRA = "aula:centralities"


def _centra(folder: Path, **extra: Any) -> dict[str, Any]:
    params: dict[str, Any] = {
        "ACTIVITIES": folder / "activites.gpkg", "INPUT_FORMAT": 2, "FUNCTION_FIELD": "fonction",
        "TYPE_FIELD": "type", "ID_FIELD": "id", "ROBUSTNESS": "false",
    }  # fmt: skip
    params.update(extra)
    return params


def test_centralities_link_distance_out_of_range(bad_input, folder, tmp_path):
    out = tmp_path / "centralites.gpkg"
    bad_input.refused(
        CENTRA,
        "Paramètre LINK_DISTANCE : 1e+07 est hors de la plage admise (1 à 1000)",
        [out, tmp_path / "centralites.json"],
        **_centra(folder, LINK_DISTANCE="1e7", OUTPUT=out),
    )


def test_centralities_json_in_a_file_leaves_no_other_output(bad_input, folder, tmp_path):
    out, points = tmp_path / "centralites.gpkg", tmp_path / "points.gpkg"
    bad_input.refused(
        CENTRA,
        NOT_WRITABLE,
        [out, points],
        **_centra(folder, OUTPUT=out, OUTPUT_POINTS=points,
                  OUTPUT_JSON=folder / "un_fichier" / "centralites.json"),
    )  # fmt: skip


def test_centralities_invalid_commune_repaired(bad_input, folder, tmp_path):
    out = tmp_path / "centralites.gpkg"
    bad_input.warned(
        CENTRA,
        "communes_l93 : 1 géométrie(s) invalide(s) réparée(s) avec makeValid",
        [out, tmp_path / "centralites.json"],
        **_centra(folder, HOUSING=folder / "logements.gpkg", COMMUNES=folder / "communes_l93.gpkg",
                  OUTPUT=out),
    )  # fmt: skip
    ds = ogr.Open(str(out))
    codes = sorted(f["insee_com"] for f in ds.GetLayer(0))
    assert codes == ["62001", "62002"], codes  # never an empty insee_com


def test_centralities_infinite_dwellings_warned(bad_input, folder, tmp_path):
    out = tmp_path / "centralites.gpkg"
    bad_input.warned(
        CENTRA,
        "logements : 1 points dont le nombre de logements n'est pas un nombre fini ignorés "
        "(par exemple +Inf)",
        [out],
        **_centra(folder, HOUSING=folder / "logements.gpkg", OUTPUT=out),
    )


def test_centralities_misspelt_function_field(bad_input, folder, tmp_path):
    out = tmp_path / "centralites.gpkg"
    bad_input.refused(
        CENTRA,
        "activites : le champ fonctionn est absent (champs présents : fid, fonction, type, id)",
        [out],
        **_centra(folder, FUNCTION_FIELD="fonctionn", OUTPUT=out),
    )


def test_centralities_empty_activities(bad_input, folder, tmp_path):
    out = tmp_path / "centralites.gpkg"
    bad_input.refused(
        CENTRA,
        "activites_vides : la couche n'a aucune entité",
        [out],
        **_centra(folder, ACTIVITIES=folder / "activites_vides.gpkg", OUTPUT=out),
    )


def test_centralities_truncated_dwellings_grid(bad_input, folder, tmp_path):
    out = tmp_path / "centralites.gpkg"
    bad_input.refused(
        CENTRA,
        "grille_coupee : la grille de logements est illisible",
        [out],
        **_centra(folder, HOUSING_GRID=folder / "grille_coupee.tif", OUTPUT=out),
    )


# -- aula:centralitysheet -------------------------------------------------------------------------

SHEET = "aula:centralitysheet"


def test_sheet_perimeter_without_geometry_is_named(bad_input, folder, tmp_path):
    out = tmp_path / "fiches.pdf"
    proc = bad_input.warned(
        SHEET,
        "centralites : 1 périmètre(s) sans géométrie n'ont pas de fiche : p2",
        [out],
        CENTRALITIES=folder / "centralites.gpkg", OUTPUT=out,
    )  # fmt: skip
    assert "PAGES:\t2" in proc.stdout


def test_sheet_missing_fields(bad_input, folder, tmp_path):
    out = tmp_path / "fiches.pdf"
    bad_input.refused(
        SHEET,
        "centralites_incompletes : champ(s) manquant(s) n_act, n_com",
        [out],
        CENTRALITIES=folder / "centralites_incompletes.gpkg", OUTPUT=out,
    )  # fmt: skip


def test_sheet_unknown_id(bad_input, folder, tmp_path):
    out = tmp_path / "fiches.pdf"
    bad_input.refused(
        SHEET,
        "centralites : identifiant(s) de périmètre inconnu(s) p9",
        [out],
        CENTRALITIES=folder / "centralites.gpkg", IDS="p1,p9", OUTPUT=out,
    )  # fmt: skip


def test_sheet_empty_layer(bad_input, folder, tmp_path):
    out = tmp_path / "fiches.pdf"
    bad_input.refused(
        SHEET,
        "centralites_vides : aucun périmètre à décrire",
        [out],
        CENTRALITIES=folder / "centralites_vides.gpkg", OUTPUT=out,
    )  # fmt: skip


def test_sheet_pdf_in_a_file(bad_input, folder, tmp_path):
    out = folder / "un_fichier" / "fiches.pdf"
    bad_input.refused(
        SHEET, NOT_WRITABLE, [out], CENTRALITIES=folder / "centralites.gpkg", OUTPUT=out
    )


def test_sheet_not_a_geopackage(bad_input, folder, tmp_path):
    out = tmp_path / "fiches.pdf"
    bad_input.refused(
        SHEET, "CENTRALITIES", [out], CENTRALITIES=folder / "pas_un_gpkg.gpkg", OUTPUT=out
    )


# -- aula:aggregateindicators ---------------------------------------------------------------------

AGG = "aula:aggregateindicators"


def test_aggregate_text_field_summed(bad_input, folder, tmp_path):
    out = tmp_path / "epci.gpkg"
    bad_input.refused(
        AGG,
        "indicateurs : le champ nom n'est pas numérique (type String) : il ne peut pas être "
        "additionné",
        [out],
        INPUT=folder / "indicateurs.gpkg", PARENT_FIELD="epci", SUM_FIELDS="nom", OUTPUT=out,
    )  # fmt: skip


def test_aggregate_rate_with_a_missing_field(bad_input, folder, tmp_path):
    out = tmp_path / "epci.gpkg"
    bad_input.refused(
        AGG,
        "indicateurs : le champ chomeur n'existe pas",
        [out],
        INPUT=folder / "indicateurs.gpkg", PARENT_FIELD="epci",
        RATES="taux_chomage,chomeur,actifs,100", OUTPUT=out,
    )  # fmt: skip


def test_aggregate_infinite_value(bad_input, folder, tmp_path):
    out = tmp_path / "epci.gpkg"
    bad_input.refused(
        AGG,
        "indicateurs_infinis : le champ actifs contient une valeur qui n'est pas un nombre fini "
        "(+Inf)",
        [out],
        INPUT=folder / "indicateurs_infinis.gpkg", PARENT_FIELD="epci",
        RATES="taux_chomage,chomeurs,actifs,100", OUTPUT=out,
    )  # fmt: skip


def test_aggregate_empty_layer(bad_input, folder, tmp_path):
    out = tmp_path / "epci.gpkg"
    bad_input.refused(
        AGG,
        "indicateurs_vides : la couche ne contient aucune entité",
        [out],
        INPUT=folder / "indicateurs_vides.gpkg", PARENT_FIELD="epci", SUM_FIELDS="pop",
        OUTPUT=out,
    )  # fmt: skip


def test_aggregate_output_in_a_file(bad_input, folder, tmp_path):
    out = folder / "un_fichier" / "epci.gpkg"
    bad_input.refused(
        AGG,
        NOT_WRITABLE,
        [out],
        INPUT=folder / "indicateurs.gpkg", PARENT_FIELD="epci", SUM_FIELDS="pop", OUTPUT=out,
    )  # fmt: skip


# -- all or nothing after an error met once the first output is written (item 5) ---------------


def _fail(*args: Any, **kwargs: Any) -> Any:
    from aula_plugin.core.errors import AulaError

    raise AulaError("{layer}: simulated failure after the first output", layer="test")


def test_centralities_error_after_writing_leaves_no_output(provider, folder, tmp_path, monkeypatch):
    from qgis import processing

    from aula_plugin.processing.algorithms import centralities

    monkeypatch.setattr(centralities, "write_sidecar", _fail)  # after the four feature outputs
    outputs = [tmp_path / f"{name}.gpkg" for name in ("centralites", "points", "rejets")]
    params = _centra(folder, HOUSING=folder / "logements.gpkg", OUTPUT=outputs[0],
                     OUTPUT_POINTS=outputs[1], OUTPUT_REJECTED=outputs[2])  # fmt: skip
    with pytest.raises(QgsProcessingException, match="simulated failure"):
        processing.run(CENTRA, {k: str(v) for k, v in params.items()})
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_degurba_error_after_writing_the_grid_leaves_no_output(
    provider, folder, tmp_path, monkeypatch
):
    from qgis import processing

    from aula_plugin.processing.algorithms import degurbagrid

    monkeypatch.setattr(degurbagrid, "commune_features", _fail)  # after write_l1
    params = {
        "POPULATION": str(folder / "pop.tif"),
        "BUILT": str(folder / "built.tif"),
        "LAND": str(folder / "land.tif"),
        "COMMUNES": str(folder / "communes_3035.gpkg"),
        "COMMUNE_ID": "insee",
        "OUTPUT": str(tmp_path / "l1.tif"),
        "COMMUNE_OUTPUT": str(tmp_path / "communes.gpkg"),
    }
    with pytest.raises(QgsProcessingException, match="simulated failure"):
        processing.run(DEGURBA, params)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
