"""aula_plugin.gis.raster: the one raster glue module (grid, CRS check, reader, rasteriser,
polygoniser, atomic GeoTIFF writer)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

X0, Y0, RES = 700000.0, 7000000.0, 10.0


def srs_wkt(epsg: int) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def tif(path: Path, data: np.ndarray, *, nodata=None, epsg=2154, dy=-RES) -> str:
    rows, cols = data.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, RES, 0.0, Y0, 0.0, dy))
    ds.SetProjection(srs_wkt(epsg))
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    return str(path)


def test_read_band_counts_nodata_nan_and_inf(tmp_path: Path) -> None:
    from aula_plugin.gis.raster import read_band

    data = np.array([[1, -9, np.nan], [np.inf, 2, 3]], dtype=np.float32)
    band = read_band(tif(tmp_path / "a.tif", data, nodata=-9), "a")
    assert band.nonfinite == 3
    assert np.isnan(band.data).sum() == 3 and band.data.dtype == np.float64
    assert band.grid.shape == (2, 3) and band.grid.name == "a"
    assert band.grid.transform == (X0, RES, 0.0, Y0, 0.0, -RES)


def test_read_band_refuses_south_up_grids(tmp_path: Path) -> None:
    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.raster import read_band

    path = tif(tmp_path / "s.tif", np.ones((2, 2), dtype=np.float32), dy=RES)
    with pytest.raises(AulaError, match="s: rotated or south-up rasters are not supported."):
        read_band(path, "s")


def test_check_crs_of_a_raster_grid(tmp_path: Path) -> None:
    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.raster import check_crs, raster_grid

    ones = np.ones((2, 2), dtype=np.float32)
    assert check_crs(raster_grid(tif(tmp_path / "l93.tif", ones), "l93")) is None
    note = check_crs(raster_grid(tif(tmp_path / "utm.tif", ones, epsg=32631), "utm"))
    assert note is not None and "other than EPSG:2154" in note
    with pytest.raises(AulaError, match="geographic CRS"):
        check_crs(raster_grid(tif(tmp_path / "wgs.tif", ones, epsg=4326), "wgs"))


def test_check_crs_of_a_layer() -> None:
    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.raster import check_crs

    assert check_crs(QgsVectorLayer("Polygon?crs=EPSG:2154", "ok", "memory"), "zonings") is None
    wgs = QgsVectorLayer("Polygon?crs=EPSG:4326", "wgs", "memory")
    with pytest.raises(AulaError, match=r"wgs \(zonings\) is in a geographic CRS \(EPSG:4326\)"):
        check_crs(wgs, "zonings")


def test_grid_around_is_aligned_and_sized() -> None:
    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.raster import Grid

    grid = Grid.around(QgsRectangle(X0 + 3, Y0 - 47, X0 + 31, Y0 - 1), RES)
    assert grid.transform == (X0, RES, 0.0, Y0, 0.0, -RES)
    assert grid.shape == (5, 4) and grid.cell_area == RES * RES
    assert grid.extent() == QgsRectangle(X0, Y0 - 50, X0 + 40, Y0)
    with pytest.raises(AulaError, match="over the limit"):
        Grid.around(QgsRectangle(0, 0, 1e6, 1e6), 0.01).check_size("big")


def test_rasterize_sources_labels_in_fid_order_lowest_wins() -> None:
    from aula_plugin.gis.raster import Grid, rasterize_sources

    grid = Grid((X0, RES, 0.0, Y0, 0.0, -RES), srs_wkt(2154), (10, 10), "f")
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154", "src", "memory")
    wkts = [
        f"POLYGON(({X0 + 20} {Y0 - 20},{X0 + 60} {Y0 - 20},{X0 + 60} {Y0 - 60},{X0 + 20} {Y0 - 60},{X0 + 20} {Y0 - 20}))",  # noqa: E501
        f"POLYGON(({X0} {Y0},{X0 + 40} {Y0},{X0 + 40} {Y0 - 40},{X0} {Y0 - 40},{X0} {Y0}))",
        f"POLYGON(({X0 + 81} {Y0 - 81},{X0 + 82} {Y0 - 81},{X0 + 82} {Y0 - 82},{X0 + 81} {Y0 - 81}))",  # noqa: E501
    ]
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    labels, report = rasterize_sources(layer, grid)
    assert labels.dtype == np.int32
    assert labels[2, 2] == 1  # overlap: the lowest label wins
    assert labels[0, 0] == 2
    assert labels[8, 8] == 3 and report.inner_point == 1
    assert report.labels == 3 and report.outside == 0 and report.fids == [1, 2, 3]


def test_polygonize_and_write_geotiff_round_trip(tmp_path: Path) -> None:
    from aula_plugin.gis.raster import Grid, polygon_parts, polygonize, read_band, write_geotiff

    grid = Grid((X0, RES, 0.0, Y0, 0.0, -RES), srs_wkt(2154), (3, 4))
    labels = np.array([[1, 1, 0, 2], [0, 0, 0, 2], [1, 0, 0, 0]], dtype=np.int32)
    polygons = polygonize(labels, grid)
    assert sorted(polygons) == [1, 2]
    assert polygons[1].area() == pytest.approx(3 * RES * RES)
    assert polygons[1].isMultipart() and len(polygon_parts(labels, grid)[1]) == 2
    cost = np.array([[0, 1, np.nan, 2]] * 3, dtype=np.float32)
    path = write_geotiff(tmp_path / "c.tif", cost, grid, -1.0, {"K": "v"}, description="d")
    ds = gdal.Open(path)
    assert ds.GetMetadataItem("K") == "v" and ds.GetRasterBand(1).GetDescription() == "d"
    assert ds.GetRasterBand(1).ReadAsArray()[0, 2] == -1.0
    assert ds.GetRasterBand(1).DataType == gdal.GDT_Float32
    assert read_band(path, "c").nonfinite == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".aula-")] == []


# -- the friction rule and damaged files (issue 10) -----------------------------------------------


def test_read_friction_keeps_nodata_and_nan_as_impassable(tmp_path: Path) -> None:
    from aula_plugin.gis.raster import read_friction

    data = np.array([[0, -9, np.nan], [5, 2, 3]], dtype=np.float32)
    band = read_friction(tif(tmp_path / "f.tif", data, nodata=-9), "f")
    assert band.impassable == 2 and band.data.dtype == np.float32
    assert band.data[1].tolist() == [5, 2, 3]


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ([-2, -3, 1], "f: 2 negative values in the friction (lowest -3)"),
        ([np.inf, 1, 1], "f: 1 cells hold an infinite friction"),
        ([-np.inf, 1, 1], "f: 1 cells hold an infinite friction"),
    ],
)
def test_read_friction_refuses_negative_and_infinite_cells(tmp_path, values, words) -> None:
    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.raster import read_friction

    path = tif(tmp_path / "f.tif", np.array([values], dtype=np.float32), nodata=-9999)
    with pytest.raises(AulaError) as info:
        read_friction(path, "f")
    assert words in info.value.message()


def test_read_friction_refuses_float64_values_beyond_float32(tmp_path: Path) -> None:
    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.raster import read_friction

    path = str(tmp_path / "wide.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 2, 1, 1, gdal.GDT_Float64)
    ds.SetGeoTransform((X0, RES, 0.0, Y0, 0.0, -RES))
    ds.SetProjection(srs_wkt(2154))
    ds.GetRasterBand(1).WriteArray(np.array([[1.0, 1e39]]))
    ds = None
    with pytest.raises(AulaError, match=r"wide: 1 friction values are beyond .* up to 1e\+39"):
        read_friction(path, "wide")


def test_truncated_and_damaged_geotiffs_are_refused_naming_the_file(tmp_path: Path) -> None:
    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.raster import raster_grid, read_band

    data = np.random.default_rng(3).random((300, 300), dtype=np.float32)
    whole = Path(tif(tmp_path / "whole.tif", data)).read_bytes()
    cut = tmp_path / "cut.tif"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    with pytest.raises(AulaError, match="cut: the file cut.tif is truncated or damaged: it has"):
        raster_grid(str(cut), "cut")  # from the header: _prepare refuses it
    with pytest.raises(AulaError, match="cut: the file cut.tif is truncated or damaged"):
        read_band(str(cut), "cut")
    # blocks within the file but garbled: refused when read, GDAL's reason given
    path = tmp_path / "garbled.tif"
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), 300, 300, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "TILED=YES"]
    )
    ds.SetGeoTransform((X0, RES, 0.0, Y0, 0.0, -RES))
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    ds = gdal.Open(str(path))
    offset = int(ds.GetRasterBand(1).GetMetadataItem("BLOCK_OFFSET_0_0", "TIFF"))
    ds = None
    raw = bytearray(path.read_bytes())
    raw[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))
    assert raster_grid(str(path), "garbled") is not None
    with pytest.raises(AulaError, match=r"garbled: the file garbled.tif is truncated or damaged, "):
        read_band(str(path), "garbled")
