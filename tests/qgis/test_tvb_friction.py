"""aula:frictionfromlandcover in a real headless QGIS, on small layers built in tmp_path."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

X0, Y0 = 600_000.0, 7_000_000.0  # Lambert-93, top-left of the fixtures


ALG = "aula:frictionfromlandcover"  # the `alg` fixture of conftest.py makes it


def srs(epsg: int = 2154) -> osr.SpatialReference:
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def write_layer(path: Path, name: str, geom_type, fields: dict, rows: list, epsg: int = 2154):
    """rows: (wkt, {field: value}); fields: name → ogr type."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(name, srs(epsg), geom_type)
    for fname, ftype in fields.items():
        layer.CreateField(ogr.FieldDefn(fname, ftype))
    feature = None
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for k, v in values.items():
            feature.SetField(k, v)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    del layer, feature
    ds = None
    return f"{path}|layername={name}"


def box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def landcover(tmp_path: Path, extra=()) -> str:
    """A 200 m × 100 m strip: west half broad-leaved wood, east half crops (CS2.2.1 + US1.1)."""
    rows = [
        (box(X0, Y0 - 100, X0 + 100, Y0), {"code_cs": "CS2.1.1.1", "code_us": "US1.2"}),
        (box(X0 + 100, Y0 - 100, X0 + 200, Y0), {"code_cs": "CS2.2.1", "code_us": "US1.1"}),
        *extra,
    ]
    fields = {"code_cs": ogr.OFTString, "code_us": ogr.OFTString}
    return write_layer(tmp_path / "lc.gpkg", "ocs", ogr.wkbPolygon, fields, rows)


def read(path) -> tuple[np.ndarray, tuple, dict]:
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32 and math.isnan(band.GetNoDataValue())
    return band.ReadAsArray(), ds.GetGeoTransform(), ds.GetMetadata()


def base_params(lc: str, out: Path, **extra):
    return {
        "LANDCOVER": lc,
        "CODE_FIELD": "code_cs",
        "USAGE_FIELD": "code_us",
        "TABLE": 0,
        "SUBNETWORK": 0,  # boisee
        "RESOLUTION": 10,
        "OUTPUT": str(out),
        **extra,
    }


def test_polygon_ocsge_pair_gives_the_table_values(alg, tmp_path, run_alg):
    out = tmp_path / "f.tif"
    result = run_alg(alg, base_params(landcover(tmp_path), out))
    data, gt, meta = read(result["OUTPUT"])
    assert data.shape == (10, 20) and gt == (X0, 10.0, 0.0, Y0, 0.0, -10.0)
    # built-in OCS GE table, boisee: CS2.1.1.1 (any US) = 0; CS2.2.1 + US1.1 = 100
    assert (data[:, :10] == 0).all() and (data[:, 10:] == 100).all()
    assert meta["TVB_SUBNETWORK"] == "boisee"
    assert meta["TVB_TABLE"] == "friction_ocsge.csv"
    assert meta["TVB_TABLE_VERSION"].startswith("aula-ocsge-")
    assert meta["TVB_RESOLUTION"] == "10"
    # open sub-network: CS2.2.1 + US1.1 = 30
    out2 = tmp_path / "g.tif"
    data2 = read(run_alg(alg, base_params(landcover(tmp_path), out2, SUBNETWORK=1))["OUTPUT"])[0]
    assert (data2[:, 10:] == 30).all()


def test_raster_landcover_with_clc_codes_and_nodata(alg, tmp_path, run_alg):
    path = tmp_path / "clc.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 4, 2, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((X0, 25, 0, Y0, 0, -25))
    ds.SetProjection(srs().ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds.GetRasterBand(1).WriteArray(np.array([[311, 211, 512, -9999], [111, 311, 231, 512]]))
    ds = None
    out = tmp_path / "f.tif"
    result = run_alg(
        alg,
        {"LANDCOVER": str(path), "TABLE": 1, "SUBNETWORK": 0, "RESOLUTION": 25, "OUTPUT": str(out)},
    )
    data = read(result["OUTPUT"])[0]
    # CORINE boisee: 311 → 0, 211 → 100, 512 → 1000, nodata → NaN, 111 → 10000, 231 → 30
    expected = np.array([[0, 100, 1000, np.nan], [10000, 0, 30, 1000]], dtype=np.float32)
    np.testing.assert_array_equal(data, expected)
    # aquatique: only water is passable (0), land is impassable (empty cells of the table)
    out2 = tmp_path / "a.tif"
    aq = read(
        run_alg(
            alg,
            {
                "LANDCOVER": str(path),
                "TABLE": 1,
                "SUBNETWORK": 3,
                "RESOLUTION": 25,
                "OUTPUT": str(out2),
            },
        )["OUTPUT"]
    )[0]
    assert aq[0, 2] == 0 and np.isnan(aq[0, 0]) and np.isnan(aq[1, 1])


def test_missing_codes_are_listed_with_area_and_nothing_written(alg, tmp_path, run_alg):
    extra = [
        (box(X0, Y0 - 200, X0 + 200, Y0 - 100), {"code_cs": "CS9.9", "code_us": "US1.1"}),  # 2 ha
        (box(X0, Y0 - 250, X0 + 100, Y0 - 200), {"code_cs": "CS8.8", "code_us": "US5"}),  # 0.5 ha
    ]
    out = tmp_path / "f.tif"
    with pytest.raises(QgsProcessingException) as exc:
        run_alg(alg, base_params(landcover(tmp_path, extra), out))
    text = str(exc.value)
    assert "2 land-cover code(s) missing" in text
    assert "CS9.9 / US1.1: 2.00 ha\nCS8.8 / US5: 0.50 ha" in text
    assert not out.exists() and not list(tmp_path.glob("*.tif"))


def test_infrastructure_raises_friction_under_the_line_only(alg, tmp_path, run_alg):
    lc = landcover(tmp_path)
    roads = write_layer(
        tmp_path / "roads.gpkg",
        "routes",
        ogr.wkbLineString,
        {"classe": ogr.OFTString},
        [
            (f"LINESTRING({X0 + 55} {Y0}, {X0 + 55} {Y0 - 100})", {"classe": "autoroute"}),
            (f"LINESTRING({X0} {Y0 - 45}, {X0 + 200} {Y0 - 45})", {"classe": "locale"}),
        ],
    )
    base = read(run_alg(alg, base_params(lc, tmp_path / "base.tif"))["OUTPUT"])[0]
    burned = read(
        run_alg(alg, base_params(lc, tmp_path / "r.tif", INFRASTRUCTURES=[roads]))["OUTPUT"]
    )[0]
    # never lower anywhere
    assert np.all(burned >= base)
    changed = burned > base
    # motorway: 30 m wide at x = 55 → buffer [40, 70]: centres 45, 55, 65 (columns 4-6) → 10000
    assert (burned[:, 4:7] == 10000).all()
    # local road: 5 m < 10 m cell → every touched cell: row 4 (y − 40…−50) → max(f, 30)
    assert (burned[4, :4] == 30).all() and (burned[4, 10:] == 100).all()
    expected = np.zeros_like(changed)
    expected[:, 4:7] = True
    expected[4, :10] = True
    np.testing.assert_array_equal(changed, expected)


def test_light_raises_friction(alg, tmp_path, run_alg):
    lc = landcover(tmp_path)
    lamps = write_layer(
        tmp_path / "lamps.gpkg",
        "eclairage",
        ogr.wkbPoint,
        {"puissance_w": ogr.OFTReal},
        [(f"POINT({X0 + 25} {Y0 - 45})", {"puissance_w": 100.0})],
    )
    base = read(run_alg(alg, base_params(lc, tmp_path / "b.tif", SUBNETWORK=1))["OUTPUT"])[0]
    params = base_params(
        lc,
        tmp_path / "n.tif",
        SUBNETWORK=1,
        LIGHT=lamps,
        LIGHT_POWER_FIELD="puissance_w",
        LIGHT_REFERENCE=100.0,
        LIGHT_RADIUS=30.0,
        LIGHT_MODE=1,
        LIGHT_FLOOR=1000.0,
    )
    night = read(run_alg(alg, params)["OUTPUT"])[0]
    assert np.all(night >= base)
    # lamp in cell (4, 2), weight 100/100 = 1: floor mode → max(f, 1000 × (1 − d/30))
    assert night[4, 2] == 1000
    assert night[4, 3] == pytest.approx(1000 * (1 - 10 / 30), rel=1e-6)
    assert night[0, 19] == base[0, 19]  # far away: unchanged
    # a radiance raster in barrier mode: cells at or above the threshold become impassable
    rad = tmp_path / "rad.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(rad), 20, 10, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 10, 0, Y0, 0, -10))
    ds.SetProjection(srs().ExportToWkt())
    values = np.zeros((10, 20), dtype=np.float32)
    values[:, 15:] = 50.0
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    params = base_params(
        lc,
        tmp_path / "r.tif",
        LIGHT=str(rad),
        LIGHT_MODE=2,
        LIGHT_REFERENCE=50.0,
        LIGHT_THRESHOLD=0.5,
    )
    barrier = read(run_alg(alg, params)["OUTPUT"])[0]
    assert np.isnan(barrier[:, 15:]).all() and not np.isnan(barrier[:, :15]).any()


def test_bad_inputs(alg, tmp_path, run_alg):
    # geographic CRS
    geo = write_layer(
        tmp_path / "geo.gpkg",
        "geo",
        ogr.wkbPolygon,
        {"code_cs": ogr.OFTString},
        [(box(2.0, 50.0, 2.1, 50.1), {"code_cs": "CS2.1.1.1"})],
        epsg=4326,
    )
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_alg(alg, base_params(geo, tmp_path / "x.tif", USAGE_FIELD=""))
    # empty layer
    empty = write_layer(
        tmp_path / "empty.gpkg", "vide", ogr.wkbPolygon, {"code_cs": ogr.OFTString}, []
    )
    with pytest.raises(
        QgsProcessingException, match=r"empty \(vide\): the land-cover layer has no feature"
    ):
        run_alg(alg, base_params(empty, tmp_path / "x.tif", USAGE_FIELD=""))
    # duplicate code in a CSV table
    table = tmp_path / "t.csv"
    table.write_text("code_cs,code_us,boisee\nCS2.1.1.1,*,0\nCS2.2.1,*,5\nCS2.1.1.1,*,3\n")
    with pytest.raises(QgsProcessingException, match=r"t.csv: the code CS2.1.1.1 / \* appears"):
        run_alg(
            alg,
            base_params(landcover(tmp_path), tmp_path / "x.tif", TABLE=2, TABLE_FILE=str(table)),
        )
    # a table without the chosen sub-network
    table.write_text("code_cs,code_us,boisee\nCS2.1.1.1,*,0\nCS2.2.1,*,5\n")
    with pytest.raises(QgsProcessingException, match="no column for the sub-network humide"):
        run_alg(
            alg,
            base_params(
                landcover(tmp_path),
                tmp_path / "x.tif",
                TABLE=2,
                TABLE_FILE=str(table),
                SUBNETWORK=2,
            ),
        )
    # a CSV table chosen without a file
    with pytest.raises(QgsProcessingException, match="choose a CSV file"):
        run_alg(alg, base_params(landcover(tmp_path), tmp_path / "x.tif", TABLE=2))
    # a code field that does not exist
    with pytest.raises(QgsProcessingException, match="no field nope"):
        run_alg(alg, base_params(landcover(tmp_path), tmp_path / "x.tif", USAGE_FIELD="nope"))
    # a raster land cover that is nodata everywhere
    blank = tmp_path / "blank.tiff"
    ds = gdal.GetDriverByName("GTiff").Create(str(blank), 3, 3, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((X0, 25, 0, Y0, 0, -25))
    ds.SetProjection(srs().ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).Fill(0)
    ds = None
    with pytest.raises(QgsProcessingException, match="blank: every cell of the land cover is"):
        run_alg(alg, {"LANDCOVER": str(blank), "TABLE": 1, "OUTPUT": str(tmp_path / "x.tif")})
    # light given as polygons
    with pytest.raises(QgsProcessingException, match="LIGHT|lamp points"):
        run_alg(
            alg, base_params(landcover(tmp_path), tmp_path / "x.tif", LIGHT=landcover(tmp_path))
        )
    assert not list(tmp_path.glob("*.tif"))


def test_cancellation_writes_nothing(alg, tmp_path, run_alg):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "f.tif"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(alg, base_params(landcover(tmp_path), out), feedback)
    assert not out.exists()


def test_through_qgis_process(qgis_process, tmp_path):
    out = tmp_path / "f.tif"
    result = qgis_process.run_json(
        "aula:frictionfromlandcover",
        LANDCOVER=landcover(tmp_path),
        CODE_FIELD="code_cs",
        USAGE_FIELD="code_us",
        TABLE="0",
        SUBNETWORK="0",
        RESOLUTION="10",
        OUTPUT=str(out),
    )
    assert Path(result["results"]["OUTPUT"]) == out
    data = read(out)[0]
    assert (data[:, :10] == 0).all() and (data[:, 10:] == 100).all()


def test_other_projected_crs_is_reprojected_with_a_message(alg, tmp_path, run_alg):
    # a 1 km square of broad-leaved wood in ETRS89-LAEA (EPSG:3035), somewhere in the Artois
    lc = write_layer(
        tmp_path / "laea.gpkg",
        "laea",
        ogr.wkbPolygon,
        {"code_cs": ogr.OFTString},
        [(box(3_780_000, 3_030_000, 3_781_000, 3_031_000), {"code_cs": "CS2.1.1.1"})],
        epsg=3035,
    )
    feedback = QgsProcessingFeedback()
    logged = []
    feedback.pushInfo = logged.append
    result = run_alg(
        alg, base_params(lc, tmp_path / "f.tif", USAGE_FIELD="", RESOLUTION=50), feedback
    )
    data, gt, _ = read(result["OUTPUT"])
    ds = gdal.Open(result["OUTPUT"])
    assert osr.SpatialReference(ds.GetProjection()).GetAuthorityCode(None) == "2154"
    # the reprojected square still holds about 1 km² of wood (friction 0) at 50 m
    assert abs(int((data == 0).sum()) * 2500 - 1_000_000) < 60_000
    assert any("EPSG:3035: reprojected to Lambert-93" in str(line) for line in logged)


def test_builtin_ocsge_table_covers_the_territory_land_cover(
    alg, tmp_path, territory_gpkg, run_alg
):
    """Every (CS, US) pair of the synthetic territory land cover has a friction."""
    layer = f"{territory_gpkg}|layername=tvb_occupation_sol"
    from qgis.core import QgsVectorLayer

    assert QgsVectorLayer(layer).isValid(), "the territory GeoPackage has no tvb_occupation_sol"
    for sub in range(4):
        out = tmp_path / f"f{sub}.tif"
        result = run_alg(
            alg,
            {
                "LANDCOVER": layer,
                "CODE_FIELD": "code_cs",
                "USAGE_FIELD": "code_us",
                "TABLE": 0,
                "SUBNETWORK": sub,
                "RESOLUTION": 500,
                "OUTPUT": str(out),
            },
        )
        data = read(result["OUTPUT"])[0]
        assert np.isfinite(data).any()


def test_raster_landcover_in_another_projected_crs_is_warped(alg, tmp_path, run_alg):
    # 20 × 20 cells of 50 m in EPSG:3035: west half 311 (forest, 0), east half 211 (crops, 100)
    path = tmp_path / "laea.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 20, 20, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((3_780_000, 50, 0, 3_031_000, 0, -50))
    ds.SetProjection(srs(3035).ExportToWkt())
    codes = np.full((20, 20), 211, dtype=np.int16)
    codes[:, :10] = 311
    ds.GetRasterBand(1).WriteArray(codes)
    ds = None
    params = {
        "LANDCOVER": str(path),
        "TABLE": 1,
        "SUBNETWORK": 0,
        "RESOLUTION": 50,
        "OUTPUT": str(tmp_path / "f.tif"),
    }
    data = read(run_alg(alg, params)["OUTPUT"])[0]
    values, counts = np.unique(data[np.isfinite(data)], return_counts=True)
    # only the table's values; about 200 cells of each half (the square turns slightly in L93)
    assert set(values.tolist()) == {0.0, 100.0}
    assert all(abs(n - 200) < 30 for n in counts)


def test_layer_class_from_the_field_or_the_layer_name(qgis_processing, tmp_path):
    from qgis.core import QgsVectorLayer

    from aula_plugin.core.errors import AulaError
    from aula_plugin.core.tvb import friction as fr
    from aula_plugin.gis.tvb_friction import layer_class
    from aula_plugin.toolbelt.paths import RESOURCES_DIR

    classes = fr.parse_infrastructures(RESOURCES_DIR / "tvb" / "infrastructures.csv")
    line = f"LINESTRING({X0} {Y0}, {X0 + 50} {Y0 - 50})"

    def layer(name: str, field: str = "x") -> QgsVectorLayer:
        path = write_layer(
            tmp_path / f"{name}.gpkg", name, ogr.wkbLineString, {field: ogr.OFTString}, [(line, {})]
        )
        return QgsVectorLayer(path, name, "ogr")

    assert layer_class(layer("routes", "classe"), "classe", classes) is None  # per feature
    assert layer_class(layer("Autoroute"), "classe", classes).name == "autoroute"
    assert layer_class(layer("lignes_sncf"), "classe", classes).name == "voie_ferree"
    assert layer_class(layer("bd_hydro"), "", classes).name == "cours_eau"
    with pytest.raises(AulaError, match="foo: no class field - and no class in the layer name"):
        layer_class(layer("foo"), "", classes)


def test_friction_grid_covers_the_extent_on_multiples_of_the_resolution(qgis_processing):
    from qgis.core import QgsRectangle, QgsVectorLayer

    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.tvb_friction import friction_grid

    layer = QgsVectorLayer("Polygon?crs=EPSG:2154", "zone", "memory")
    logged = []
    feedback = QgsProcessingFeedback()
    feedback.pushInfo = logged.append
    extent = QgsRectangle(X0 + 3, Y0 - 47, X0 + 98, Y0 - 1)
    grid = friction_grid(layer, extent, 10.0, None, feedback)
    assert grid.transform == (X0, 10.0, 0.0, Y0, 0.0, -10.0) and grid.shape == (5, 10)
    assert logged == []  # already in Lambert-93
    with pytest.raises(AulaError, match="zone: the extent is empty"):
        friction_grid(layer, QgsRectangle(X0, Y0, X0, Y0), 10.0, None, feedback)
