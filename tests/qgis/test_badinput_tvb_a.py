"""Bad-input corpus of issue 10 for aula:frictionfromlandcover, aula:reservoirs, aula:costdistance
and aula:dilatationerosion, run through qgis_process under a French locale (the ``bad_input``
fixture): each trial asserts the exit code, the French message, no traceback and no output left.

Inputs are small files built once per session; the territory GeoPackage is only read.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

X0, Y0, RES = 600_000.0, 7_000_000.0, 10.0
FRICTION = "aula:frictionfromlandcover"
RESERVOIRS = "aula:reservoirs"
COST = "aula:costdistance"
DILATATION = "aula:dilatationerosion"
MEMORY = "Gio de mémoire"  # the figure depends on the computer: the message is asserted around it


def _srs(epsg: int) -> osr.SpatialReference:
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def _tif(path: Path, data: np.ndarray, *, nodata: float | None = float("nan"), epsg=2154) -> str:
    rows, cols = data.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    if epsg == 4326:
        ds.SetGeoTransform((2.0, 0.001, 0, 49.0, 0, -0.001))
    else:
        ds.SetGeoTransform((X0, RES, 0, Y0, 0, -RES))
    ds.SetProjection(_srs(epsg).ExportToWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    return str(path)


def _layer(path: Path, name: str, geom_type, fields: dict, rows: list, epsg: int = 2154) -> str:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(name, _srs(epsg), geom_type)
    for fname, ftype in fields.items():
        layer.CreateField(ogr.FieldDefn(fname, ftype))
    feature = None
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in values.items():
            feature.SetField(key, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    del layer, feature
    ds = None
    return f"{path}|layername={name}"


def _box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


class Inputs:
    """The session's bad and good inputs, in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        friction = np.full((30, 30), 50.0, dtype=np.float32)
        friction[10:20, 5:25] = 0.0  # a habitat patch of 2 ha
        friction[0, 0] = np.nan
        self.friction = _tif(folder / "friction.tif", friction)
        negative = friction.copy()
        negative[0, 1:4] = -2.0
        self.negative = _tif(folder / "negative.tif", negative)
        infinite = friction.copy()
        infinite[5, 5:7] = np.inf
        self.infinite = _tif(folder / "infinite.tif", infinite, nodata=-9999.0)
        self.geographic = _tif(folder / "geographique.tif", friction, epsg=4326)
        # a truncated copy (an interrupted download): the header is whole, the cells are not
        big = np.random.default_rng(10).random((200, 200), dtype=np.float32) * 100
        whole = Path(_tif(folder / "whole.tif", big)).read_bytes()
        self.truncated = str(folder / "tronque.tif")
        Path(self.truncated).write_bytes(whole[: len(whole) // 2])
        inside = f"POINT({X0 + 55} {Y0 - 155})"
        self.sources = _layer(folder / "sources.gpkg", "points", ogr.wkbPoint, {}, [(inside, {})])
        self.no_sources = _layer(folder / "vide.gpkg", "aucun", ogr.wkbPoint, {}, [])
        self.empty_polygons = _layer(folder / "vide_poly.gpkg", "vide", ogr.wkbPolygon, {}, [])
        fields = {"code_cs": ogr.OFTString, "code_us": ogr.OFTString}
        bowtie = (
            f"POLYGON(({X0} {Y0},{X0 + 100} {Y0 - 100},{X0 + 100} {Y0},{X0} {Y0 - 100},{X0} {Y0}))"
        )
        self.landcover = _layer(
            folder / "ocs.gpkg",
            "ocs",
            ogr.wkbPolygon,
            fields,
            [
                (_box(X0, Y0 - 100, X0 + 100, Y0), {"code_cs": "CS2.1.1.1", "code_us": "US1.2"}),
                (
                    _box(X0 + 100, Y0 - 100, X0 + 200, Y0),
                    {"code_cs": "CS2.2.1", "code_us": "US1.1"},
                ),
                (bowtie, {"code_cs": "CS2.2.1", "code_us": "US1.1"}),
            ],
        )
        header = "code_cs,code_us,boisee\n"
        self.table_cp1252 = folder / "table_excel.csv"
        self.table_cp1252.write_bytes(
            ("# Table saisie sous Excel : forêts et prairies\n" + header).encode("cp1252")
            + b"CS2.1.1.1,*,0\nCS2.2.1,*,100\n"
        )
        self.table_binary = folder / "table_binaire.csv"
        self.table_binary.write_bytes(bytes(np.random.default_rng(1).integers(0, 256, 600)))
        self.table_huge = folder / "table_1e39.csv"
        self.table_huge.write_text(header + "CS2.1.1.1,*,0\nCS2.2.1,*,1e39\n", encoding="utf-8")
        self.table_inf = folder / "table_inf.csv"
        self.table_inf.write_text(header + "CS2.1.1.1,*,inf\nCS2.2.1,*,5\n", encoding="utf-8")
        self.a_file = folder / "un_fichier"  # a file where a folder is expected: unwritable
        self.a_file.write_text("pas un dossier", encoding="utf-8")

    def out(self, name: str) -> Path:
        return self.folder / name

    def unwritable(self, name: str) -> Path:
        return self.a_file / name


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    return Inputs(tmp_path_factory.mktemp("badinput_tvb_a"))


@pytest.fixture(scope="session")
def landcover_sol(territory_gpkg: Path) -> str:
    return f"{territory_gpkg}|layername=tvb_occupation_sol"


# -- aula:frictionfromlandcover -------------------------------------------------------------------


def _friction(inputs: Inputs, out: Path, **extra) -> dict:
    return {
        "LANDCOVER": inputs.landcover,
        "CODE_FIELD": "code_cs",
        "USAGE_FIELD": "code_us",
        "TABLE": 2,
        "TABLE_FILE": str(inputs.table_cp1252),
        "SUBNETWORK": 0,
        "RESOLUTION": 10,
        "OUTPUT": str(out),
        **extra,
    }


def test_friction_windows_1252_table_is_read_and_said(bad_input, inputs):
    """Item 1: an Excel table is read, the encoding said; item 7: the bow-tie polygon is repaired
    with a warning naming the count instead of becoming impassable cells silently."""
    out = inputs.out("excel.tif")
    proc = bad_input.warned(
        FRICTION, "table_excel.csv : lu en Windows-1252", [out], **_friction(inputs, out)
    )
    assert "ocs : 1 géométrie(s) invalide(s) réparée(s)" in proc.stdout + proc.stderr
    ds = gdal.Open(str(out))  # kept: a band outlives its dataset only as long as it is held
    data = ds.GetRasterBand(1).ReadAsArray()
    assert not np.isnan(data).any()  # every cell of the land cover has its friction


def test_friction_random_bytes_table_is_refused(bad_input, inputs):
    out = inputs.out("binaire.tif")
    bad_input.refused(
        FRICTION,
        "table_binaire.csv : ce n'est pas un fichier texte en UTF-8 ni en Windows-1252",
        [out],
        **_friction(inputs, out, TABLE_FILE=str(inputs.table_binary)),
    )


def test_friction_value_beyond_float32_is_refused(bad_input, inputs):
    out = inputs.out("huge.tif")
    bad_input.refused(
        FRICTION,
        "table_1e39.csv, ligne 3, colonne boisee : 1e+39 dépasse la plus grande valeur",
        [out],
        **_friction(inputs, out, TABLE_FILE=str(inputs.table_huge)),
    )


def test_friction_infinite_value_is_refused(bad_input, inputs):
    out = inputs.out("inf.tif")
    bad_input.refused(
        FRICTION,
        "table_inf.csv, ligne 2, colonne boisee : inf n'est pas une friction finie",
        [out],
        **_friction(inputs, out, TABLE_FILE=str(inputs.table_inf)),
    )


def test_friction_resolution_of_a_thousand_kilometres_is_refused(bad_input, inputs, landcover_sol):
    out = inputs.out("grossier.tif")
    bad_input.refused(
        FRICTION,
        "Résolution (RESOLUTION) : 1e+06 m est hors de l'intervalle raisonnable d'une taille de "
        "cellule, de 1 à 1000 m",
        [out],
        **_friction(inputs, out, LANDCOVER=landcover_sol, TABLE=0, RESOLUTION=1_000_000),
    )


def test_friction_exploding_extent_is_refused_with_the_memory(bad_input, inputs, landcover_sol):
    out = inputs.out("immense.tif")
    bad_input.refused(
        FRICTION,
        MEMORY,
        [out],
        **_friction(
            inputs,
            out,
            LANDCOVER=landcover_sol,
            TABLE=0,
            RESOLUTION=1,
            EXTENT="0,5000000,5000000,10000000 [EPSG:2154]",
        ),
    )


def test_friction_truncated_landcover_raster_is_refused(bad_input, inputs):
    out = inputs.out("ocs_tronque.tif")
    bad_input.refused(
        FRICTION,
        "tronque : le fichier tronque.tif est tronqué ou endommagé",
        [out],
        LANDCOVER=inputs.truncated,
        TABLE=1,
        OUTPUT=str(out),
    )


def test_friction_misspelt_field_is_refused(bad_input, inputs, landcover_sol):
    out = inputs.out("champ.tif")
    bad_input.refused(
        FRICTION,
        "aula_territoire (tvb_occupation_sol) : pas de champ code_sc",
        [out],
        **_friction(inputs, out, LANDCOVER=landcover_sol, TABLE=0, CODE_FIELD="code_sc"),
    )


def test_friction_unwritable_output_is_refused(bad_input, inputs):
    out = inputs.unwritable("friction.tif")
    bad_input.refused(
        FRICTION, "impossible d'écrire dans le dossier", [out], **_friction(inputs, out)
    )


# -- aula:reservoirs ------------------------------------------------------------------------------


def _reservoirs(habitat: str, out: Path, **extra) -> dict:
    return {"HABITAT": habitat, "MIN_AREA_HA": 0.5, "OUTPUT": str(out), **extra}


def test_reservoirs_truncated_friction_is_refused(bad_input, inputs):
    out = inputs.out("reservoirs_tronque.gpkg")
    bad_input.refused(
        RESERVOIRS,
        "le fichier tronque.tif est tronqué ou endommagé",
        [out],
        **_reservoirs(inputs.truncated, out),
    )


def test_reservoirs_negative_friction_is_refused(bad_input, inputs):
    """Item 7: the rule of costdistance, now in every algorithm reading a friction raster."""
    out = inputs.out("reservoirs_negatif.gpkg")
    bad_input.refused(
        RESERVOIRS,
        "negative : 3 valeurs négatives dans la friction (la plus basse : -2)",
        [out],
        **_reservoirs(inputs.negative, out),
    )


def test_reservoirs_infinite_friction_is_refused(bad_input, inputs):
    out = inputs.out("reservoirs_inf.gpkg")
    bad_input.refused(
        RESERVOIRS,
        "infinite : 2 cellules portent une friction infinie",
        [out],
        **_reservoirs(inputs.infinite, out),
    )


def test_reservoirs_geographic_friction_is_refused(bad_input, inputs):
    out = inputs.out("reservoirs_geo.gpkg")
    bad_input.refused(
        RESERVOIRS,
        "geographique (habitat) est dans un SCR géographique (EPSG:4326)",
        [out],
        **_reservoirs(inputs.geographic, out),
    )


def test_reservoirs_zonings_without_type_are_refused(bad_input, inputs, territory_gpkg):
    out = inputs.out("reservoirs_type.gpkg")
    bad_input.refused(
        RESERVOIRS,
        "aula_territoire (tvb_zonages) : pas de champ de type de zonage categorie",
        [out],
        ZONINGS=f"{territory_gpkg}|layername=tvb_zonages",
        ZONING_TYPE_FIELD="categorie",
        OUTPUT=str(out),
    )


def test_reservoirs_unwritable_output_is_refused(bad_input, inputs):
    out = inputs.unwritable("reservoirs.gpkg")
    bad_input.refused(
        RESERVOIRS,
        "impossible d'écrire dans le dossier",
        [out],
        **_reservoirs(inputs.friction, out),
    )


# -- aula:costdistance ----------------------------------------------------------------------------


def _cost(friction: str, sources: str, out: Path, **extra) -> dict:
    return {"FRICTION": friction, "SOURCES": sources, "OUTPUT": str(out), **extra}


def test_cost_truncated_friction_is_refused(bad_input, inputs):
    out = inputs.out("cout_tronque.tif")
    bad_input.refused(
        COST,
        "tronque : le fichier tronque.tif est tronqué ou endommagé",
        [out],
        **_cost(inputs.truncated, inputs.sources, out),
    )


def test_cost_negative_friction_is_refused(bad_input, inputs):
    out = inputs.out("cout_negatif.tif")
    bad_input.refused(
        COST,
        "negative : 3 valeurs négatives dans la friction",
        [out],
        **_cost(inputs.negative, inputs.sources, out),
    )


def test_cost_max_cost_beyond_float32_is_refused(bad_input, inputs):
    out = inputs.out("cout_1e39.tif")
    bad_input.refused(
        COST,
        "Coût maximal (MAX_COST) : 1e+39 dépasse la plus grande valeur",
        [out],
        **_cost(inputs.friction, inputs.sources, out, MAX_COST="1e39"),
    )


def test_cost_absurd_max_cost_is_refused_with_the_range(bad_input, inputs):
    out = inputs.out("cout_absurde.tif")
    bad_input.refused(
        COST,
        "friction : Le coût maximal 1e+15 dépasse tout coût que cette friction peut donner",
        [out],
        **_cost(inputs.friction, inputs.sources, out, MAX_COST="1e15"),
    )


def test_cost_empty_sources_are_refused(bad_input, inputs):
    out = inputs.out("cout_vide.tif")
    bad_input.refused(
        COST,
        "vide : la couche des sources n’a aucune entité",
        [out],
        **_cost(inputs.friction, inputs.no_sources, out),
    )


def test_cost_failing_areas_leave_no_cost_raster(bad_input, inputs):
    """Item 5: OUTPUT_AREAS cannot be written, so neither is the cost raster (all or nothing)."""
    out = inputs.out("cout_sans_zones.tif")
    areas = inputs.unwritable("zones.gpkg")
    bad_input.refused(
        COST,
        "impossible d'écrire dans le dossier",
        [out, areas],
        **_cost(inputs.friction, inputs.sources, out, MAX_COST=500, OUTPUT_AREAS=str(areas)),
    )


# -- aula:dilatationerosion -----------------------------------------------------------------------


def _closing(layer: str, out: Path, **extra) -> dict:
    return {"INPUT": layer, "DISTANCE": 100, "MIN_AREA_HA": 0, "OUTPUT": str(out), **extra}


def test_closing_truncated_raster_is_refused(bad_input, inputs):
    out = inputs.out("continuums_tronque.gpkg")
    bad_input.refused(
        DILATATION,
        "le fichier tronque.tif est tronqué ou endommagé",
        [out],
        **_closing(inputs.truncated, out),
    )


def test_closing_huge_distance_is_refused_with_the_memory(bad_input, inputs):
    out = inputs.out("continuums_immense.gpkg")
    bad_input.refused(
        DILATATION, MEMORY, [out], **_closing(inputs.friction, out, DISTANCE=10_000_000)
    )


def test_closing_distance_below_one_cell_is_refused(bad_input, inputs):
    out = inputs.out("continuums_court.gpkg")
    bad_input.refused(
        DILATATION,
        "Distance de dispersion (DISTANCE) : 5 m fait croître l'habitat de 2.5 m, moins d'une "
        "cellule (10 m), ce qui ne changerait rien ; donnez une distance entre 20 et 100000 m",
        [out],
        **_closing(inputs.friction, out, DISTANCE=5),
    )


def test_closing_resolution_of_a_thousand_kilometres_is_refused(bad_input, inputs, landcover_sol):
    out = inputs.out("continuums_grossier.gpkg")
    bad_input.refused(
        DILATATION,
        "Résolution (RESOLUTION) : 1e+06 m est hors de l'intervalle raisonnable",
        [out],
        **_closing(landcover_sol, out, RESOLUTION=1_000_000),
    )


def test_closing_negative_friction_is_refused(bad_input, inputs):
    out = inputs.out("continuums_negatif.gpkg")
    bad_input.refused(
        DILATATION,
        "negative : 3 valeurs négatives dans la friction",
        [out],
        **_closing(inputs.negative, out),
    )


def test_closing_unwritable_raster_leaves_no_polygons(bad_input, inputs):
    """Items 4 and 5: the GeoTIFF into an unwritable folder is refused before computing, and the
    polygons, writable, are not written either."""
    out = inputs.out("continuums_sans_raster.gpkg")
    raster = inputs.unwritable("continuums.tif")
    bad_input.refused(
        DILATATION,
        "impossible d'écrire dans le dossier",
        [out, raster],
        **_closing(inputs.friction, out, OUTPUT_RASTER=str(raster)),
    )
