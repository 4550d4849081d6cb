"""aula:circuitflow in QGIS: Circuitscape.jl's verification cases run through the algorithm (the
ASCII grids carry no CRS: EPSG:2154 is assigned), and the bad-input corpus of issue 15 through
qgis_process under a French locale."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))

from _circuitscape_cases import AsciiGrid, load_case

ALG = "aula:circuitflow"


def _srs(epsg: int) -> osr.SpatialReference:
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def write_tif(path: Path, grid: AsciiGrid, values: np.ndarray | None = None, epsg=2154) -> str:
    data = grid.values if values is None else values
    rows, cols = data.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float64)
    top = grid.yll + rows * grid.cell
    ds.SetGeoTransform((grid.xll, grid.cell, 0.0, top, 0.0, -grid.cell))
    ds.SetProjection(_srs(epsg).ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(np.where(np.isfinite(data), data, -9999.0))
    ds = None
    return str(path)


def write_points(path: Path, points: list[tuple[int, float, float]]) -> str:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("noeuds", _srs(2154), ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    for code, x, y in points:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("code", code)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername=noeuds"


def read_tif(path: str) -> np.ndarray:
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    data = band.ReadAsArray().astype(np.float64)
    data[data == band.GetNoDataValue()] = np.nan
    return data


def check_cumulative(path: str, case) -> None:
    got = read_tif(path)
    habitat = case.habitat.values
    assert np.array_equal(np.isnan(got), ~np.isfinite(habitat))  # nodata on impassable cells
    want = case.expected_cumulative.values
    ok = np.isfinite(habitat)
    assert (
        np.max(np.abs(got[ok] - want[ok])) <= 1e-6 * np.nanmax(want) + 1e-6 * np.abs(want[ok]).max()
    )


def test_circuitscape_case_10_from_a_raster_of_ids(alg, run_alg, shared_data, tmp_path):
    case = load_case(shared_data / "circuitscape" / "pairwise_10")
    raster = write_tif(tmp_path / "cellmap7.tif", case.habitat)
    focal = write_tif(tmp_path / "points.tif", case.habitat, case.focal.astype(np.float64))
    csv = tmp_path / "r.csv"
    result = run_alg(
        alg,
        {
            "RASTER": raster,
            "IS_RESISTANCE": False,  # habitat_map_is_resistances = False
            "FOCAL_RASTER": focal,
            "MODE": 0,
            "FOUR_NEIGHBOURS": False,
            "AVG_CONDUCTANCES": False,  # connect_using_avg_resistances = True
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_CSV": str(csv),
            "OUTPUT_CURRENT": str(tmp_path / "cum.tif"),
            "OUTPUT_MAX": str(tmp_path / "max.tif"),
            "OUTPUT_FOLDER": str(tmp_path / "paires"),
            "VOLTAGES": True,
        },
    )
    table = result["OUTPUT_TABLE"]
    assert [f.name() for f in table.fields()] == ["id_a", "id_b", "resistance", "connected"]
    rows = {(f["id_a"], f["id_b"]): (f["resistance"], f["connected"]) for f in table.getFeatures()}
    ids = case.expected_ids
    assert len(rows) == len(ids) * (len(ids) - 1) // 2
    for i, a in enumerate(ids):
        for j, b in enumerate(ids[i + 1 :], start=i + 1):
            r, connected = rows[(a, b)]
            assert connected == 1
            assert r == pytest.approx(case.expected_resistances[i, j], rel=1e-6)
    matrix = np.loadtxt(csv)
    assert matrix[0].tolist() == [0, *ids]
    np.testing.assert_allclose(matrix[1:, 1:], case.expected_resistances, rtol=1e-6)
    check_cumulative(result["OUTPUT_CURRENT"], case)
    assert (read_tif(result["OUTPUT_MAX"]) <= read_tif(result["OUTPUT_CURRENT"]) + 1e-9)[
        np.isfinite(case.habitat.values)
    ].all()
    names = sorted(p.name for p in Path(result["OUTPUT_FOLDER"]).iterdir())
    assert len(names) == 2 * 10 and "curmap_1_2.tif" in names and "voltmap_4_7.tif" in names


def test_circuitscape_case_6_from_points_sharing_ids(alg, run_alg, shared_data, tmp_path):
    """Focal regions from points sharing an id (field "code"); disconnected pairs are NULL."""
    folder = shared_data / "circuitscape" / "pairwise_6"
    case = load_case(folder)
    raster = write_tif(tmp_path / "cellmap.tif", case.habitat)
    lines = (folder / "input" / "points5x5_polys.txt").read_text().split("\n")
    points = [(int(p[0]), float(p[1]), float(p[2])) for p in (ln.split() for ln in lines) if p]
    result = run_alg(
        alg,
        {
            "RASTER": raster,
            "FOCAL": write_points(tmp_path / "points.gpkg", points),
            "ID_FIELD": "code",
            "FOUR_NEIGHBOURS": True,
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_CURRENT": str(tmp_path / "cum.tif"),
        },
    )
    rows = {(f["id_a"], f["id_b"]): f for f in result["OUTPUT_TABLE"].getFeatures()}
    ids = case.expected_ids
    for i, a in enumerate(ids):
        for j, b in enumerate(ids[i + 1 :], start=i + 1):
            want = case.expected_resistances[i, j]
            feature = rows[(a, b)]
            if want == -1:
                assert (feature["connected"] == 0 and feature["resistance"] in (None,)) or str(
                    feature["resistance"]
                ) == "NULL"
            else:
                assert feature["connected"] == 1
                assert feature["resistance"] == pytest.approx(want, rel=1e-6)
    check_cumulative(result["OUTPUT_CURRENT"], case)


# -- bad input (qgis_process, French) ----------------------------------------------------------


@pytest.fixture(scope="module")
def grids(shared_data, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("circuit-bad")
    case4 = load_case(shared_data / "circuitscape" / "pairwise_4")
    grid = case4.habitat
    out = {
        "tmp": tmp,
        "raster4": write_tif(tmp / "cellmap4.tif", grid),
        "focal4": write_tif(tmp / "points4.tif", grid, case4.focal.astype(np.float64)),
    }
    ones = AsciiGrid(np.ones((4, 6)), 700_000.0, 6_600_000.0, 25.0, -9999.0)
    out["ones"] = write_tif(tmp / "ones.tif", ones)
    zero = ones.values.copy()
    zero[1, 2] = 0.0
    out["zero"] = write_tif(tmp / "zero.tif", ones, zero)
    wall = ones.values.copy()
    wall[:, 3] = np.nan
    out["wall"] = write_tif(tmp / "wall.tif", ones, wall)
    geo = AsciiGrid(np.ones((4, 6)), 2.0, 48.0, 0.001, -9999.0)
    out["geo"] = write_tif(tmp / "geo.tif", geo, epsg=4326)
    centre = [(1, 700_000.0 + 12.5, 6_600_100.0 - 12.5), (2, 700_000.0 + 137.5, 6_600_100.0 - 87.5)]
    out["two"] = write_points(tmp / "two.gpkg", centre)
    out["one"] = write_points(tmp / "one.gpkg", centre[:1])
    out["geo_points"] = write_points(
        tmp / "geo_pts.gpkg", [(1, 2.0005, 48.003), (2, 2.005, 48.0005)]
    )
    return out


def _run(grids, name, **params):
    out = grids["tmp"] / f"out_{name}.tif"
    table = grids["tmp"] / f"out_{name}.gpkg"
    base = {"OUTPUT_TABLE": str(table), "OUTPUT_CURRENT": str(out)}
    base.update(params)
    return [out, table], base


def test_focal_node_on_nodata_is_refused(bad_input, grids):
    outputs, params = _run(grids, "nodata", RASTER=grids["raster4"], FOCAL_RASTER=grids["focal4"])
    bad_input.refused(ALG, "Nœuds focaux sur des cellules sans donnée", outputs, **params)


def test_single_focal_node_in_pairwise_mode_is_refused(bad_input, grids):
    outputs, params = _run(grids, "single", RASTER=grids["ones"], FOCAL=grids["one"])
    bad_input.refused(ALG, "au moins deux nœuds focaux ; 1 seulement", outputs, **params)


def test_zero_resistance_is_refused(bad_input, grids):
    outputs, params = _run(grids, "zero", RASTER=grids["zero"], FOCAL=grids["two"])
    bad_input.refused(ALG, "1 cellules ont une résistance nulle", outputs, **params)


def test_geographic_crs_is_refused(bad_input, grids):
    outputs, params = _run(grids, "geo", RASTER=grids["geo"], FOCAL=grids["geo_points"])
    bad_input.refused(ALG, "est dans un SCR géographique", outputs, **params)


def test_disconnected_focal_nodes_are_reported_not_a_crash(bad_input, grids):
    outputs, params = _run(grids, "wall", RASTER=grids["wall"], FOCAL=grids["two"])
    bad_input.warned(ALG, "1 paires ou nœuds déconnectés", outputs, **params)


def test_outputs_open_styled_with_labels(provider, load_like_dialog, shared_data, tmp_path):
    """As from the dialog: the current map drawn with its shipped style, the table's fields
    with aliases and the connected flag with its value labels, in the TVB legend group."""
    from qgis.core import QgsApplication

    from aula_plugin.toolbelt.paths import STYLES_DIR

    case = load_case(shared_data / "circuitscape" / "pairwise_10")
    params = {
        "RASTER": write_tif(tmp_path / "cellmap7.tif", case.habitat),
        "IS_RESISTANCE": False,
        "FOCAL_RASTER": write_tif(tmp_path / "ids.tif", case.habitat, case.focal * 1.0),
        "OUTPUT_CURRENT": str(tmp_path / "courant.tif"),
    }
    results, project = load_like_dialog(ALG, params)
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    layers = {lyr.source(): lyr for lyr in project.mapLayers().values()}
    current = layers[results["OUTPUT_CURRENT"]]
    node = project.layerTreeRoot().findLayer(current.id())
    assert node.parent().name() == alg.group() == "Green and blue network"
    assert alg.OUTPUT_STYLES["OUTPUT_CURRENT"] == "tvb_result_current.qml"
    assert (STYLES_DIR / "tvb_result_current.qml").is_file()
    shader = current.renderer().shader().rasterShaderFunction()
    assert [i.value for i in shader.colorRampItemList()][:4] == [0.01, 0.05, 0.2, 1.0]
    table = project.mapLayer(results["OUTPUT_TABLE"])
    index = table.fields().indexOf("resistance")
    assert table.attributeAlias(index) == "Effective resistance (Ω)"
    setup = table.editorWidgetSetup(table.fields().indexOf("connected"))
    labels = {code: text for entry in setup.config()["map"] for text, code in entry.items()}
    assert labels == {"1": "Connected", "0": "Disconnected (infinite resistance)"}
