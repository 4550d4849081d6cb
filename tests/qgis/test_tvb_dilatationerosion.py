"""aula:dilatationerosion in a real headless QGIS: raster closing vs vector buffer-out-then-in."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
)

X0, Y0 = 600_000.0, 7_000_000.0


ALG = "aula:dilatationerosion"  # the `alg` fixture of conftest.py makes it


def srs(epsg=2154):
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def write_polygons(path: Path, wkts: list[str], epsg=2154) -> str:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("habitat", srs(epsg), ogr.wkbMultiPolygon)
    feature = None
    for wkt in wkts:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        layer.CreateFeature(feature)
    del layer, feature
    ds = None
    return str(path)


def woods(seed: int = 3, count: int = 30) -> list[str]:
    """A realistic set of woods over 4 km × 3 km: irregular blobs of 2-50 ha (radius 80-400 m,
    24 vertices, radii varying by −30 % to +20 %), half of them in clusters so that several
    pairs lie near the merging distance."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform([300, 300], [3700, 2700], size=(count // 2, 2))
    picks = rng.integers(0, len(centres), count - len(centres))
    near = centres[picks] + rng.normal(0, 250, (count - len(centres), 2))
    shapes = []
    for cx, cy in np.vstack([centres, near]):
        radius = rng.uniform(80, 400)
        angles = np.sort(rng.uniform(0, 2 * math.pi, 24))
        radii = radius * rng.uniform(0.7, 1.2, 24)
        points = [
            QgsPointXY(X0 + cx + r * math.cos(a), Y0 - cy + r * math.sin(a))
            for a, r in zip(angles, radii, strict=True)
        ]
        shapes.append(QgsGeometry.fromPolygonXY([[*points, points[0]]]).makeValid().asWkt())
    return shapes


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray(), ds.GetGeoTransform()


@pytest.mark.parametrize("distance", [200.0, 500.0])
def test_raster_closing_matches_the_vector_buffer_out_then_in(alg, tmp_path, distance, run_alg):
    """The issue's check: IoU ≥ 0.98 at 10 m with BioDispersal's vector form (TVB.md §7.4)."""
    from scipy import ndimage

    from aula_plugin.gis.raster import Grid, rasterize
    from aula_plugin.gis.tvb_continuums import iou, vector_closing

    wkts = woods()
    layer = write_polygons(tmp_path / "woods.gpkg", wkts)
    raster = tmp_path / "closed.tif"
    feedback = QgsProcessingFeedback()
    logged = []
    feedback.pushInfo = logged.append
    result = run_alg(
        alg,
        {
            "INPUT": layer,
            "DISTANCE": distance,
            "RESOLUTION": 10.0,
            "MIN_AREA_HA": 0.0,
            "OUTPUT": "memory:",
            "OUTPUT_RASTER": str(raster),
        },
        feedback,
    )
    ours, gt = read(raster)
    geoms = [QgsGeometry.fromWkt(w) for w in wkts]
    extent = geoms[0].boundingBox()
    for g in geoms[1:]:
        extent.combineExtentWith(g.boundingBox())
    grid = Grid.around(extent, 10.0)
    assert gt == grid.transform and ours.shape == grid.shape
    vector = vector_closing(geoms, distance / 2)
    reference = rasterize(grid, [(vector, 1)], fill=0) > 0
    habitat = rasterize(grid, [(g, 1) for g in geoms], fill=0) > 0
    score = iou(ours > 0, reference)
    assert score >= 0.98, score
    # the closing contains the habitat and adds bands between close woods
    assert np.all(ours[habitat] == 1)
    assert (ours > 0).sum() > habitat.sum() * 1.02
    # as many continuums as the vector result has parts, and as the algorithm returned
    parts = [p for p in vector.asGeometryCollection() if p.area() > 0]
    components = ndimage.label(ours > 0, structure=np.ones((3, 3)))[1]
    assert components == len(parts) == result["COUNT"]
    assert result["OUTPUT"].featureCount() == components
    assert any("Self-check" in str(line) for line in logged)


def friction_tif(tmp_path: Path, gap_cells: int) -> str:
    # 10 m cells; two 200 m × 200 m woods (friction 0) separated by gap_cells cells of friction 100
    data = np.full((40, 60), 100.0, dtype=np.float32)
    data[10:30, 5:25] = 0.0
    data[10:30, 25 + gap_cells : 45 + gap_cells] = 0.0
    data[0, 0] = np.nan
    path = tmp_path / f"f{gap_cells}.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 60, 40, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 10, 0, Y0, 0, -10))
    ds.SetProjection(srs().ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(float("nan"))
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    return str(path)


def test_friction_raster_merges_only_closer_than_the_distance(alg, tmp_path, run_alg):
    def continuums(gap):
        result = run_alg(
            alg,
            {
                "INPUT": friction_tif(tmp_path, gap),
                "DISTANCE": 100.0,
                "SUBNETWORK": 0,
                "MIN_AREA_HA": 1.0,
                "OUTPUT": "memory:",
            },
        )
        return list(result["OUTPUT"].getFeatures())

    # grown/shrunk by 50 m (2d = 100 m): woods 80 m apart (8 empty cells) merge; 120 m apart
    # (12 empty cells, the middle ones 60 m from both woods) do not
    merged = continuums(8)
    apart = continuums(12)
    assert len(merged) == 1 and len(apart) == 2
    # each wood is 4 ha; the band adds 8 cells × 20 rows less the rounded ends
    assert merged[0]["surface_ha"] > 8.0 and merged[0]["sous_trame"] == "boisee"
    assert sorted(f["surface_ha"] for f in apart) == [4.0, 4.0]
    assert merged[0]["id"].startswith("boisee-")


def test_bad_inputs_and_cancel(alg, tmp_path, run_alg):
    geo = write_polygons(
        tmp_path / "geo.gpkg", ["POLYGON((2 50,2.01 50,2.01 50.01,2 50.01,2 50))"], epsg=4326
    )
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_alg(alg, {"INPUT": geo, "OUTPUT": "memory:"})
    empty = write_polygons(tmp_path / "empty.gpkg", [])
    with pytest.raises(QgsProcessingException, match="habitat layer has no feature"):
        run_alg(alg, {"INPUT": empty, "OUTPUT": "memory:"})
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "c.gpkg"
    raster = tmp_path / "c.tif"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            alg,
            {"INPUT": friction_tif(tmp_path, 8), "OUTPUT": str(out), "OUTPUT_RASTER": str(raster)},
            feedback,
        )
    assert not out.exists() and not raster.exists()
