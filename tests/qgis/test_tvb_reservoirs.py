"""aula:reservoirs in a real headless QGIS: union of zonings and patches, origins, stable ids."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

X0, Y0 = 600_000.0, 7_000_000.0


ALG = "aula:reservoirs"  # the `alg` fixture of conftest.py makes it


def srs(epsg=2154):
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


# zonings, coordinates relative to (X0, Y0 − 1000): ZNIEFF1 and N2000 overlap; APPB apart;
# a ZNIEFF2 (not a reservoir type) is left out
ZONINGS = [
    (box(0, 0, 200, 200), "ZNIEFF1"),
    (box(100, 100, 300, 300), "Natura 2000"),
    (box(600, 600, 700, 700), "APPB"),
    (box(800, 0, 900, 100), "ZNIEFF2"),
]


def zonings(tmp_path: Path, order=None, name="zonages", epsg=2154, shift=(X0, Y0 - 1000)) -> str:
    rows = [ZONINGS[i] for i in (order or range(len(ZONINGS)))]
    path = tmp_path / f"{name}.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(name, srs(epsg), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("type", ogr.OFTString))
    for wkt, kind in rows:
        geom = ogr.CreateGeometryFromWkt(wkt)
        if shift:
            for k in range(geom.GetGeometryRef(0).GetPointCount()):
                x, y, *_ = geom.GetGeometryRef(0).GetPoint(k)
                geom.GetGeometryRef(0).SetPoint_2D(k, x + shift[0], y + shift[1])
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("type", kind)
        feature.SetGeometry(geom)
        layer.CreateFeature(feature)
    del layer
    ds = None
    return f"{path}|layername={name}"


def friction_raster(tmp_path: Path) -> str:
    """25 m cells over (X0, Y0 − 1000) … (X0 + 1000, Y0): 40 × 40 cells, friction 100."""
    data = np.full((40, 40), 100.0, dtype=np.float32)
    # patch touching the N2000 square (rows 32-35 = y 100…200 above the bottom, cols 12-15 =
    # x 300…400): shares its edge x = 300
    data[32:36, 12:16] = 0.0  # 16 cells × 625 m² = 1 ha: kept (exactly the minimum)
    # patch alone: 5 × 5 cells = 1.5625 ha, habitat friction 0
    data[2:7, 30:35] = 0.0
    # small patch: 3 cells = 0.1875 ha, dropped
    data[20, 20:23] = 0.0
    # NaN never habitat
    data[10, 10] = np.nan
    path = tmp_path / "friction.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 40, 40, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 25, 0, Y0, 0, -25))
    ds.SetProjection(srs().ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(float("nan"))
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    return str(path)


def features(result) -> list[dict]:
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer)
    rows = [
        {**{n: f[n] for n in ("id", "sous_trame", "surface_ha", "origine")}, "geom": f.geometry()}
        for f in layer.getFeatures()
    ]
    assert layer.crs().authid() == "EPSG:2154"
    return sorted(rows, key=lambda r: r["id"])


def test_union_of_zonings_and_patches(alg, tmp_path, run_alg):
    result = run_alg(
        alg,
        {
            "ZONINGS": [zonings(tmp_path)],
            "HABITAT": friction_raster(tmp_path),
            "SUBNETWORK": 0,
            "MIN_AREA_HA": 1.0,
            "OUTPUT": "memory:",
        },
    )
    rows = features(result)
    by_origin = {r["origine"]: r for r in rows}
    # ZNIEFF1 ∪ N2000 (4 + 4 − 1 = 7 ha) ∪ the touching 1 ha patch = 8 ha; APPB 1 ha; lone
    # patch 1.5625 ha; the small patch and the ZNIEFF2 are left out
    assert sorted(by_origin) == ["APPB", "N2000; ZNIEFF1; habitat", "habitat"]
    assert by_origin["N2000; ZNIEFF1; habitat"]["surface_ha"] == pytest.approx(8.0)
    assert by_origin["APPB"]["surface_ha"] == pytest.approx(1.0)
    assert by_origin["habitat"]["surface_ha"] == pytest.approx(1.5625)
    for row in rows:
        assert row["sous_trame"] == "boisee"
        assert re.fullmatch(r"boisee-[0-9a-f]{12}", row["id"])
    assert len({r["id"] for r in rows}) == 3


def test_ids_are_stable_under_permutation(alg, tmp_path, run_alg):
    ids = []
    for n, order in enumerate([None, [3, 2, 1, 0], [1, 3, 0, 2]]):
        folder = tmp_path / str(n)
        folder.mkdir()
        # the same zonings split over two layers in another order, or in one layer
        params = {
            "ZONINGS": [zonings(folder, order)],
            "HABITAT": friction_raster(folder),
            "OUTPUT": "memory:",
        }
        ids.append(
            [(r["id"], r["origine"], r["surface_ha"]) for r in features(run_alg(alg, params))]
        )
    assert ids[0] == ids[1] == ids[2]


def test_type_selection_connectivity_and_name_types(alg, tmp_path, run_alg):
    # only APPB kept; a layer without the type field takes its type from its name
    only_appb = run_alg(
        alg, {"ZONINGS": [zonings(tmp_path)], "ZONING_TYPES": [2], "OUTPUT": "memory:"}
    )
    assert [r["origine"] for r in features(only_appb)] == ["APPB"]
    path = tmp_path / "natura2000_sites.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("natura2000_sites", srs(), ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(box(X0, Y0 - 100, X0 + 100, Y0)))
    layer.CreateFeature(feature)
    del layer, feature
    ds = None
    named = run_alg(alg, {"ZONINGS": [str(path)], "SUBNETWORK": 2, "OUTPUT": "memory:"})
    rows = features(named)
    assert [(r["origine"], r["sous_trame"]) for r in rows] == [("N2000", "humide")]
    # habitat only, 4-connectivity: two diagonal 1 ha blocks stay two patches, one with 8
    data = np.full((20, 20), 100.0, dtype=np.float32)
    data[0:4, 0:4] = 0
    data[4:8, 4:8] = 0
    tif = tmp_path / "diag.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(tif), 20, 20, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 25, 0, Y0, 0, -25))
    ds.SetProjection(srs().ExportToWkt())
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    four = features(run_alg(alg, {"HABITAT": str(tif), "CONNECTIVITY": 1, "OUTPUT": "memory:"}))
    eight = features(run_alg(alg, {"HABITAT": str(tif), "CONNECTIVITY": 0, "OUTPUT": "memory:"}))
    # the blocks touch at a corner: two reservoirs with 4-connectivity, one 2 ha reservoir with 8
    assert len(four) == 2 and len(eight) == 1
    assert eight[0]["surface_ha"] == pytest.approx(2.0)


def test_bad_inputs(alg, tmp_path, run_alg):
    with pytest.raises(QgsProcessingException, match="Give zonings"):
        run_alg(alg, {"OUTPUT": "memory:"})
    geo = zonings(tmp_path, name="geo", epsg=4326, shift=(0, 0))
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_alg(alg, {"ZONINGS": [geo], "OUTPUT": "memory:"})
    out = tmp_path / "r.gpkg"
    with pytest.raises(QgsProcessingException, match="no zoning type field"):
        run_alg(
            alg,
            {
                "ZONINGS": [zonings(tmp_path, name="zones")],
                "ZONING_TYPE_FIELD": "nature",
                "OUTPUT": str(out),
            },
        )
    assert not out.exists()


def test_cancellation(alg, tmp_path, run_alg):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "r.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(alg, {"ZONINGS": [zonings(tmp_path)], "OUTPUT": str(out)}, feedback)
    assert not out.exists()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ZNIEFF1", "ZNIEFF1"),
        ("ZNIEFF de type I", "ZNIEFF1"),
        ("znieff_1", "ZNIEFF1"),
        ("ZNIEFF2", None),
        ("ZNIEFF de type II", None),
        ("Natura 2000", "N2000"),
        ("ZSC", "N2000"),
        ("APB", "APPB"),
        ("Arrêté de protection de biotope", "APPB"),
        ("Réserve naturelle régionale", "RNR"),
        ("RNN", "RNN"),
        ("ENS", "ENS"),
        ("zone humide", None),
    ],
)
def test_zoning_types(qgis_processing, value, expected):
    from aula_plugin.core.tvb.zonings import zoning_type

    assert zoning_type(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("znieff1_pdc", "ZNIEFF1"),
        ("sites_natura_2000", "N2000"),
        ("APPB Artois", "APPB"),
        ("zones_humides_sensibles", None),  # no ENS read inside "sensibles"
        ("zonages_tvb", None),
    ],
)
def test_types_from_layer_names(qgis_processing, name, expected):
    from aula_plugin.core.tvb.zonings import type_from_name

    assert type_from_name(name) == expected
