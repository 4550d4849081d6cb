"""aula:costdistance in a real headless QGIS, and against GRASS r.cost (the acceptance test).

Small GeoTIFFs are written in tmp_path (EPSG:2154, 25 m cells unless stated); the algorithm
instance is run with processing.run, and once through qgis_process.bin.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

sys.path.insert(0, str(Path(__file__).parents[1]))

from grass_runner import grass_binary, run_r_cost

X0, Y0, RES = 700000.0, 7000000.0, 25.0
NAN = np.nan


class LogFeedback(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info: str) -> None:
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:
        self.lines.append(warning)
        super().pushWarning(warning)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


ALG = "aula:costdistance"  # the `alg` fixture of conftest.py makes it


def write_tif(path, data, *, epsg=2154, res=RES, nodata=-9999.0, dtype=gdal.GDT_Float32):
    rows, cols = data.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, dtype)
    ds.SetGeoTransform((X0, res, 0, Y0, 0, -res))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    out = np.where(np.isnan(data), nodata, data) if np.issubdtype(data.dtype, np.floating) else data
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(out)
    ds = None
    return str(path)


def read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    data = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    meta = ds.GetMetadata()
    ds = None
    mask = np.isnan(data) if nodata is None or np.isnan(nodata) else (data == nodata)
    return np.where(mask, np.nan, data), meta


def centre(row, col, res=RES):
    return X0 + (col + 0.5) * res, Y0 - (row + 0.5) * res


def points_layer(cells, *, res=RES, epsg=2154, extra=()):
    """One feature per item: a cell (row, col), a list of cells (multipoint) or an (x, y) pair."""
    layer = QgsVectorLayer(f"MultiPoint?crs=EPSG:{epsg}", "sources", "memory")
    feats = []
    for item in list(cells) + list(extra):
        group = item if isinstance(item, list) else [item]
        pts = []
        for cell in group:
            if isinstance(cell[0], float):
                pts.append(QgsPointXY(*cell))
            else:
                pts.append(QgsPointXY(*centre(*cell, res=res)))
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromMultiPointXY(pts))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def polygons_layer(wkts):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "reservoirs", "memory")
    feats = []
    for wkt in wkts:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def core_cost(friction, cells_labels, cell=(RES, RES), **kw):
    from aula_plugin.core.tvb.costdistance import accumulated_cost

    src = np.zeros(friction.shape, dtype=np.int32)
    for (r, c), lab in cells_labels.items():
        src[r, c] = lab
    return accumulated_cost(friction.astype(np.float64), src, cell_size=cell, **kw)


def grid(seed, shape, nodata=0.05):
    rng = np.random.default_rng(seed)
    f = rng.choice([1, 5, 30, 100, 1000], size=shape).astype(np.float32)
    f[rng.random(shape) < nodata] = NAN
    return f


# -- outputs ----------------------------------------------------------------------------------


def test_points_cost_equals_the_core_and_metadata(alg, tmp_path, run_alg):
    f = grid(1, (12, 15))
    f[2, 3] = f[9, 11] = 5.0
    fr = write_tif(tmp_path / "friction.tif", f)
    out = tmp_path / "cost.tif"
    res = run_alg(
        alg, {"FRICTION": fr, "SOURCES": points_layer([(2, 3), (9, 11)]), "OUTPUT": str(out)}
    )
    cost, meta = read(res["OUTPUT"])
    ref = core_cost(f, {(2, 3): 1, (9, 11): 2}).cost
    np.testing.assert_array_equal(np.isfinite(cost), np.isfinite(ref))
    fin = np.isfinite(ref)
    np.testing.assert_allclose(cost[fin], ref[fin], rtol=1e-6)
    assert cost[2, 3] == 0.0 and cost[9, 11] == 0.0
    ds = gdal.Open(str(out))
    assert ds.GetRasterBand(1).GetNoDataValue() == -1.0
    assert ds.GetRasterBand(1).DataType == gdal.GDT_Float32
    ds = None
    assert meta["AULA_COST_UNITS"] == "m" and meta["AULA_KNIGHT"] == "no"
    assert int(meta["AULA_ITERATIONS"]) >= 1 and meta["AULA_ALGORITHM"] == "aula:costdistance"
    assert not list(tmp_path.glob(".aula-*"))  # no temporary file left


def test_cells_units_are_metres_over_cell_size(alg, tmp_path, run_alg):
    f = grid(2, (10, 10), nodata=0.0)
    fr = write_tif(tmp_path / "friction.tif", f)
    src = points_layer([(5, 5)])
    metres, _ = read(
        run_alg(alg, {"FRICTION": fr, "SOURCES": src, "OUTPUT": str(tmp_path / "m.tif")})["OUTPUT"]
    )
    cells, meta = read(
        run_alg(
            alg,
            {"FRICTION": fr, "SOURCES": src, "COST_UNITS": 1, "OUTPUT": str(tmp_path / "c.tif")},
        )["OUTPUT"]
    )
    np.testing.assert_allclose(cells, metres / RES, rtol=1e-6)
    assert meta["AULA_COST_UNITS"] == "cells"


def test_polygon_sources_and_thin_polygon(alg, tmp_path, run_alg):
    f = np.ones((10, 10), dtype=np.float32)
    fr = write_tif(tmp_path / "friction.tif", f)
    # a 2 × 2 cell square over rows 1-2, cols 1-2; a 5 m wide strip inside cell (7, 7)
    x, y = X0 + 25, Y0 - 75
    square = f"POLYGON(({x} {y}, {x + 50} {y}, {x + 50} {y + 50}, {x} {y + 50}, {x} {y}))"
    tx, ty = X0 + 7 * 25 + 2, Y0 - 8 * 25 + 2
    thin = f"POLYGON(({tx} {ty}, {tx + 5} {ty}, {tx + 5} {ty + 20}, {tx} {ty + 20}, {tx} {ty}))"
    feedback = LogFeedback()
    res = run_alg(
        alg,
        {
            "FRICTION": fr,
            "SOURCES": polygons_layer([square, thin]),
            "OUTPUT": str(tmp_path / "c.tif"),
            "OUTPUT_ALLOCATION": str(tmp_path / "a.tif"),
        },
        feedback,
    )
    cost, _ = read(res["OUTPUT"])
    alloc, _ = read(res["OUTPUT_ALLOCATION"])
    assert (cost[1:3, 1:3] == 0).all() and (alloc[1:3, 1:3] == 1).all()
    assert cost[7, 7] == 0 and alloc[7, 7] == 2
    assert np.count_nonzero(cost == 0) == 5
    assert "1 polygons too thin" in feedback.text


def test_max_cost_cells_beyond_are_nodata_and_areas(alg, tmp_path, run_alg):
    f = np.full((1, 8), 2.0, dtype=np.float32)
    fr = write_tif(tmp_path / "friction.tif", f)
    # cells units: costs 0, 2, 4, 6, 8...; budget 6 keeps 4 cells
    res = run_alg(
        alg,
        {
            "FRICTION": fr,
            "SOURCES": points_layer([(0, 0)]),
            "COST_UNITS": 1,
            "MAX_COST": 6,
            "OUTPUT": str(tmp_path / "c.tif"),
            "OUTPUT_AREAS": str(tmp_path / "areas.gpkg"),
        },
    )
    cost, meta = read(res["OUTPUT"])
    np.testing.assert_allclose(cost[0, :4], [0, 2, 4, 6])
    assert np.isnan(cost[0, 4:]).all() and meta["AULA_MAX_COST"] == "6"
    areas = QgsVectorLayer(res["OUTPUT_AREAS"], "areas", "ogr")
    feats = list(areas.getFeatures())
    assert len(feats) == 1
    # 4 cells of 25 × 25 m = 2,500 m² = 0.25 ha
    assert feats[0]["surface_ha"] == pytest.approx(0.25)
    assert feats[0].geometry().area() == pytest.approx(2500.0)


def test_start_cost_one_bio_dispersal_mode(alg, tmp_path, run_alg):
    f = np.full((3, 3), 4.0, dtype=np.float32)
    fr = write_tif(tmp_path / "friction.tif", f)
    res = run_alg(
        alg,
        {
            "FRICTION": fr,
            "SOURCES": points_layer([(1, 1)]),
            "COST_UNITS": 1,
            "START_COST": 1,
            "OUTPUT": str(tmp_path / "c.tif"),
        },
    )
    cost, _ = read(res["OUTPUT"])
    # 1 + 4 east-west, 1 + 4·√2 on the diagonals
    assert cost[1, 1] == 1 and cost[1, 2] == pytest.approx(5.0)
    assert cost[0, 0] == pytest.approx(1 + 4 * math.sqrt(2), rel=1e-6)


# -- bad input --------------------------------------------------------------------------------


def test_geographic_crs_is_refused(alg, tmp_path, run_alg):
    fr = write_tif(
        tmp_path / "degrees.tif", np.ones((5, 5), dtype=np.float32), epsg=4326, res=0.001
    )
    out = tmp_path / "c.tif"
    with pytest.raises(QgsProcessingException, match="degrees.*geographic"):
        run_alg(
            alg,
            {"FRICTION": fr, "SOURCES": points_layer([(1.0, 1.0)], epsg=4326), "OUTPUT": str(out)},
        )
    assert not out.exists()


def test_negative_friction_gives_the_count(alg, tmp_path, run_alg):
    f = np.ones((5, 5), dtype=np.float32)
    f[0, :3] = -2
    fr = write_tif(tmp_path / "friction.tif", f)
    out = tmp_path / "c.tif"
    with pytest.raises(QgsProcessingException, match="3 negative values"):
        run_alg(alg, {"FRICTION": fr, "SOURCES": points_layer([(2, 2)]), "OUTPUT": str(out)})
    assert not out.exists()


def test_sources_outside_or_missing(alg, tmp_path, run_alg):
    fr = write_tif(tmp_path / "friction.tif", np.ones((5, 5), dtype=np.float32))
    out = tmp_path / "c.tif"
    far = [(X0 - 1000.0, Y0 + 1000.0)]
    with pytest.raises(QgsProcessingException, match="no source lies inside the raster friction"):
        run_alg(alg, {"FRICTION": fr, "SOURCES": points_layer(far), "OUTPUT": str(out)})
    assert not out.exists()
    with pytest.raises(QgsProcessingException, match="has no feature"):
        run_alg(alg, {"FRICTION": fr, "SOURCES": points_layer([]), "OUTPUT": str(out)})
    assert not out.exists()
    feedback = LogFeedback()
    run_alg(
        alg,
        {"FRICTION": fr, "SOURCES": points_layer([(1, 1)], extra=far), "OUTPUT": str(out)},
        feedback,
    )
    assert out.exists() and "1 sources outside the raster friction" in feedback.text


def test_sources_on_nodata_are_dropped_or_refused(alg, tmp_path, run_alg):
    f = np.ones((5, 5), dtype=np.float32)
    f[0, 0] = NAN
    fr = write_tif(tmp_path / "friction.tif", f)
    out = tmp_path / "c.tif"
    with pytest.raises(QgsProcessingException, match="every source lies on impassable"):
        run_alg(alg, {"FRICTION": fr, "SOURCES": points_layer([(0, 0)]), "OUTPUT": str(out)})
    assert not out.exists()
    feedback = LogFeedback()
    run_alg(
        alg,
        {"FRICTION": fr, "SOURCES": points_layer([(0, 0), (4, 4)]), "OUTPUT": str(out)},
        feedback,
    )
    assert "1 source cells on impassable cells" in feedback.text
    cost, _ = read(out)
    assert cost[4, 4] == 0 and np.isnan(cost[0, 0])


def test_sources_in_another_crs_are_reprojected(alg, tmp_path, run_alg):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    fr = write_tif(tmp_path / "friction.tif", np.ones((6, 6), dtype=np.float32))
    tr = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    p = tr.transform(QgsPointXY(*centre(3, 2)))
    feedback = LogFeedback()
    res = run_alg(
        alg,
        {
            "FRICTION": fr,
            "SOURCES": points_layer([(p.x(), p.y())], epsg=4326),
            "OUTPUT": str(tmp_path / "c.tif"),
        },
        feedback,
    )
    cost, _ = read(res["OUTPUT"])
    assert cost[3, 2] == 0 and "reprojected" in feedback.text


def test_other_projected_crs_is_used_with_a_warning(alg, tmp_path, run_alg):
    fr = write_tif(tmp_path / "utm.tif", np.ones((4, 4), dtype=np.float32), epsg=32631)
    feedback = LogFeedback()
    lay = QgsVectorLayer("Point?crs=EPSG:32631", "s", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*centre(1, 1))))
    lay.dataProvider().addFeatures([f])
    res = run_alg(
        alg, {"FRICTION": fr, "SOURCES": lay, "OUTPUT": str(tmp_path / "c.tif")}, feedback
    )
    assert Path(res["OUTPUT"]).exists() and "other than EPSG:2154" in feedback.text


def test_cancelled_run_writes_nothing(alg, tmp_path, run_alg):
    fr = write_tif(tmp_path / "friction.tif", grid(3, (30, 30)))
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "c.tif"
    with pytest.raises(QgsProcessingException):
        run_alg(
            alg, {"FRICTION": fr, "SOURCES": points_layer([(5, 5)]), "OUTPUT": str(out)}, feedback
        )
    assert not out.exists() and not list(tmp_path.glob(".aula-*"))


# -- GRASS r.cost differential (the acceptance test) ----------------------------------

needs_grass = pytest.mark.skipif(grass_binary() is None, reason="GRASS (grass-core) not installed")


def grass_case(tmp_path, seed, shape):
    f = grid(seed, shape)
    rng = np.random.default_rng(seed + 100)
    ok = np.argwhere(np.isfinite(f))
    groups = []
    for k in range(6):
        r, c = ok[rng.integers(len(ok))]
        cells = [(int(r), int(c))]
        for dr, dc in ((0, 1), (1, 0)):  # multi-cell sources where passable
            rr, cc = r + dr, c + dc
            if k % 2 and rr < shape[0] and cc < shape[1] and np.isfinite(f[rr, cc]):
                cells.append((int(rr), int(cc)))
        groups.append(cells)
    start = np.zeros(shape, dtype=np.int32)
    for k, cells in enumerate(groups):
        for cell in cells:
            start[cell] = k + 1
    fr = write_tif(tmp_path / "friction.tif", f)
    st = write_tif(tmp_path / "start.tif", start, nodata=0, dtype=gdal.GDT_Int32)
    return fr, st, groups


@needs_grass
@pytest.mark.parametrize(
    ("seed", "shape", "knight"),
    [(1, (60, 80), False), (2, (60, 80), False), (3, (200, 150), False), (4, (60, 80), True)],
)
def test_equals_grass_r_cost_times_cell_size(alg, tmp_path, seed, shape, knight, run_alg):
    fr, st, groups = grass_case(tmp_path, seed, shape)
    grass = run_r_cost(
        Path(st).parent / "friction.tif", Path(st), tmp_path / "grass", knight=knight
    )
    ref, _ = read(grass.output)
    res = run_alg(
        alg,
        {
            "FRICTION": fr,
            "SOURCES": points_layer(groups),
            "KNIGHT": knight,
            "OUTPUT": str(tmp_path / "c.tif"),
        },
    )
    ours, _ = read(res["OUTPUT"])
    np.testing.assert_array_equal(np.isnan(ours), np.isnan(ref))  # identical nodata masks
    fin = ~np.isnan(ref)
    assert fin.sum() > 0.8 * ref.size
    np.testing.assert_allclose(ours[fin], ref[fin] * RES, rtol=1e-6)


@needs_grass
def test_grass_max_cost_leaves_tentative_values_ours_never(alg, tmp_path, run_alg):
    fr, st, groups = grass_case(tmp_path, 5, (60, 80))
    budget = 300
    grass = run_r_cost(Path(fr), Path(st), tmp_path / "grass", max_cost=budget)
    raw, _ = read(grass.output)
    res = run_alg(
        alg,
        {
            "FRICTION": fr,
            "SOURCES": points_layer(groups),
            "COST_UNITS": 1,
            "MAX_COST": budget,
            "OUTPUT": str(tmp_path / "c.tif"),
        },
    )
    ours, _ = read(res["OUTPUT"])
    assert np.nanmax(raw) > budget  # raw r.cost emits tentative values in (M, M + step]
    assert np.nanmax(ours) <= budget  # ours never does
    keep = raw <= budget  # NaN compares False
    np.testing.assert_array_equal(~np.isnan(ours), keep)
    np.testing.assert_allclose(ours[keep], raw[keep], rtol=1e-6)


@needs_grass
def test_bio_dispersal_mode_equals_grass_r_cost_r_with_start_one(alg, tmp_path, run_alg):
    # BioDispersal: reservoirs burned with 1, r.cost -n -r (start at the raster value), cells
    fr, st, groups = grass_case(tmp_path, 6, (60, 80))
    ds = gdal.Open(st)
    ones = (ds.GetRasterBand(1).ReadAsArray() > 0).astype(np.int32)
    ds = None
    st1 = write_tif(tmp_path / "start_one.tif", ones, nodata=0, dtype=gdal.GDT_Int32)
    grass = run_r_cost(Path(fr), Path(st1), tmp_path / "grass", start_with_values=True)
    ref, _ = read(grass.output)
    params = {"FRICTION": fr, "SOURCES": points_layer(groups), "COST_UNITS": 1, "START_COST": 1}
    ours, meta = read(run_alg(alg, {**params, "OUTPUT": str(tmp_path / "c.tif")})["OUTPUT"])
    np.testing.assert_array_equal(np.isnan(ours), np.isnan(ref))
    fin = ~np.isnan(ref)
    assert np.nanmin(ours) == 1.0 and meta["AULA_START_COST"] == "1"
    np.testing.assert_allclose(ours[fin], ref[fin], rtol=1e-6)


# -- through qgis_process ---------------------------------------------------------------------


def test_through_qgis_process(qgis_process, tmp_path):
    f = np.ones((4, 6), dtype=np.float32)
    fr = write_tif(tmp_path / "friction.tif", f)
    from osgeo import ogr

    gpkg = tmp_path / "sources.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer("sources", srs, ogr.wkbPoint)
    feat = ogr.Feature(layer.GetLayerDefn())
    x, y = centre(0, 0)
    feat.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
    layer.CreateFeature(feat)
    ds = None
    out = tmp_path / "cost.tif"
    result = qgis_process.run_json(
        "aula:costdistance", FRICTION=fr, SOURCES=str(gpkg), COST_UNITS="1", OUTPUT=str(out)
    )
    assert Path(result["results"]["OUTPUT"]) == out
    cost, _ = read(out)
    # friction 1, cells units: cost = number of steps along the row
    np.testing.assert_allclose(cost[0], [0, 1, 2, 3, 4, 5])
