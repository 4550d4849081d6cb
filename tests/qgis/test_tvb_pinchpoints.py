"""aula:pinchpoints in a real headless QGIS on the territory GeoPackage's synthetic TVB layers, its
bad input through qgis_process, and aula:conflictpoints with and without a current raster."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

#: a 15 × 12 km window of the territory rich in woodland reservoirs (600 × 480 cells of 25 m)
EXTENT = "640000,655000,7020000,7032000 [EPSG:2154]"
WIDTH = 20000.0
GOLDEN = Path(__file__).parent / "data" / "conflicts_without_current.geojson"


def run(alg_id: str, params: dict, feedback=None) -> dict:
    """processing.run on a fresh instance of an AULA algorithm (no provider needed)."""
    from qgis import processing

    from aula_plugin.processing.algorithms import algorithm_classes

    name = alg_id.partition(":")[2]
    (cls,) = [cls for cls in algorithm_classes() if cls().name() == name]
    return processing.run(cls().create(), params, feedback=feedback or QgsProcessingFeedback())


@pytest.fixture(scope="module")
def chain(qgis_processing, territory_gpkg, tmp_path_factory) -> dict[str, str]:
    """Friction, reservoirs and planar corridors of the woodland sub-network, as the demo makes
    them (scripts/demo_tvb.py), on a window of the territory."""
    gpkg = territory_gpkg
    folder = tmp_path_factory.mktemp("pinch")
    friction = str(folder / "friction.tif")
    run(
        "aula:frictionfromlandcover",
        {
            "LANDCOVER": f"{gpkg}|layername=tvb_occupation_sol",
            "CODE_FIELD": "code_cs",
            "USAGE_FIELD": "code_us",
            "TABLE": 0,
            "SUBNETWORK": 0,
            "RESOLUTION": 25.0,
            "EXTENT": EXTENT,
            "INFRASTRUCTURES": [f"{gpkg}|layername=tvb_routes"],
            "INFRA_CLASS_FIELD": "classe",
            "OUTPUT": friction,
        },
    )
    reservoirs = str(folder / "reservoirs.gpkg")
    run(
        "aula:reservoirs",
        {
            "ZONINGS": f"{gpkg}|layername=tvb_zonages",
            "HABITAT": friction,
            "SUBNETWORK": 0,
            "MIN_AREA_HA": 25.0,
            "OUTPUT": reservoirs,
        },
    )
    corridors = str(folder / "corridors.gpkg")
    out = run(
        "aula:leastcostcorridors",
        {
            "FRICTION": friction,
            "RESERVOIRS": reservoirs,
            "OUTPUT": corridors,
            "OUTPUT_GRAPH": str(folder / "graph.gpkg"),
        },
    )
    assert out["LINKS"] >= 5
    return {
        "friction": friction,
        "reservoirs": reservoirs,
        "corridors": corridors,
        "graph": out["OUTPUT_GRAPH"],
        "folder": str(folder),
    }


def pinch(chain, tmp_path, **extra) -> dict:
    params = {
        "FRICTION": chain["friction"],
        "RESERVOIRS": chain["reservoirs"],
        "LINKS": chain["corridors"],
        "CORRIDOR_WIDTH": WIDTH,
        "OUTPUT": str(tmp_path / "pinch.gpkg"),
        "OUTPUT_CURRENT": str(tmp_path / "current.tif"),
        "OUTPUT_LINKS": str(tmp_path / "links.gpkg"),
        **extra,
    }
    return run("aula:pinchpoints", params)


def read_tif(path: str) -> np.ndarray:
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    data = band.ReadAsArray().astype(np.float64)
    data[data == band.GetNoDataValue()] = np.nan
    return data


def reservoir_cells(chain, like: str) -> np.ndarray:
    """The reservoirs rasterised (cell centres, as the algorithm does) on the grid of ``like``."""
    grid = gdal.Open(like)
    target = gdal.GetDriverByName("MEM").Create(
        "", grid.RasterXSize, grid.RasterYSize, 1, gdal.GDT_Byte
    )
    target.SetGeoTransform(grid.GetGeoTransform())
    target.SetProjection(grid.GetProjection())
    source = ogr.Open(chain["reservoirs"])
    gdal.RasterizeLayer(target, [1], source.GetLayer(0), burn_values=[1])
    return target.GetRasterBand(1).ReadAsArray() == 1


def test_pinch_points_on_the_territory(chain, tmp_path) -> None:
    out = pinch(chain, tmp_path)
    polygons = QgsVectorLayer(out["OUTPUT"], "pinch", "ogr")
    features = sorted(polygons.getFeatures(), key=lambda f: f["rank"])
    assert len(features) == out["PINCH_POINTS"] > 0
    assert [f["rank"] for f in features] == list(range(1, len(features) + 1))
    maxima = [f["current_max"] for f in features]
    assert maxima == sorted(maxima, reverse=True)
    corridors = QgsVectorLayer(chain["corridors"], "c", "ogr")
    link_ids = {str(f["id"]) for f in corridors.getFeatures()}
    for f in features:
        assert f["current_max"] >= out["THRESHOLD"] - 1e-9
        assert f["current_mean"] <= f["current_max"] + 1e-12
        assert f["area_ha"] > 0
        assert set(f["link_ids"].split(", ")) <= link_ids
    current = read_tif(out["OUTPUT_CURRENT"])
    values = current[np.isfinite(current)]
    assert values.size and values.min() >= 0 and values.max() <= 1.0 + 1e-6  # 1 A per link
    assert np.nanpercentile(current, 95) == pytest.approx(out["THRESHOLD"], rel=1e-5)
    table = QgsVectorLayer(out["OUTPUT_LINKS"], "links", "ogr")
    rows = list(table.getFeatures())
    assert len(rows) == corridors.featureCount()
    for row in rows:
        assert row["connected"] == 1 and row["resistance"] > 0 and row["cost_to_resistance"] > 0


def test_wider_corridors_never_raise_resistance(chain, tmp_path) -> None:
    resistances = []
    for width in (2000.0, WIDTH, 100000.0):
        folder = tmp_path / f"w{int(width)}"
        out = pinch(chain, folder, CORRIDOR_WIDTH=width)
        table = QgsVectorLayer(out["OUTPUT_LINKS"], "links", "ogr")
        resistances.append({f["link_id"]: f["resistance"] for f in table.getFeatures()})
    for narrow, wide in itertools.pairwise(resistances):
        assert narrow.keys() == wide.keys()
        for key, value in wide.items():
            assert value <= narrow[key] * (1 + 1e-9)
    assert any(value < resistances[0][key] for key, value in resistances[-1].items())


def test_graph_table_and_all_to_one(chain, tmp_path) -> None:
    """The patch graph table (no geometry) works as links; the all-to-one map covers the network."""
    out = pinch(
        chain,
        tmp_path,
        LINKS=chain["graph"],
        ALL_TO_ONE=True,
        OUTPUT_ALL_TO_ONE=str(tmp_path / "a2o.tif"),
    )
    a2o = read_tif(out["OUTPUT_ALL_TO_ONE"])
    current = read_tif(out["OUTPUT_CURRENT"])
    # the network is the union of the corridors: every cell with a link's current has a value,
    # but the cells of the linked reservoirs (focal nodes there, without value); a link's corridor
    # may cross a third reservoir, whose cells carry that link's current
    reservoir = reservoir_cells(chain, out["OUTPUT_CURRENT"])
    assert np.isfinite(current).sum() > 0
    assert not (np.isfinite(current) & ~np.isfinite(a2o) & ~reservoir).any()
    assert not (np.isfinite(a2o) & reservoir).any()
    assert np.nanmax(a2o) > 0


def test_missing_reservoir_is_refused(chain, tmp_path) -> None:
    corridors = QgsVectorLayer(chain["corridors"], "c", "ogr")
    memory = corridors.materialize(QgsFeatureRequest())
    feature = next(memory.getFeatures())
    memory.startEditing()
    memory.changeAttributeValue(feature.id(), memory.fields().lookupField("to_id"), "nowhere")
    memory.commitChanges()
    with pytest.raises(QgsProcessingException, match="nowhere"):
        pinch(chain, tmp_path, LINKS=memory)
    assert not (tmp_path / "current.tif").exists()
    assert not (tmp_path / "pinch.gpkg").exists()


# -- bad input through qgis_process (French) --------------------------------------------------


def _tif(path: Path, data: np.ndarray, epsg: int, x0: float, y0: float, res: float) -> str:
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), data.shape[1], data.shape[0], 1, gdal.GDT_Float32
    )
    ds.SetGeoTransform((x0, res, 0, y0, 0, -res))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(data)
    ds = None
    return str(path)


@pytest.fixture(scope="module")
def bad_scene(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("pinch-bad")
    x0, y0, res = 700_000.0, 7_000_000.0, 25.0
    good = np.full((20, 30), 5.0, dtype=np.float32)
    paths = {
        "friction": _tif(folder / "friction.tif", good, 2154, x0, y0, res),
        "nodata": _tif(
            folder / "vide.tif", np.full((20, 30), -9999.0, np.float32), 2154, x0, y0, res
        ),
        "degrees": _tif(folder / "degres.tif", good, 4326, 2.0, 48.0, 0.001),
    }
    gpkg = folder / "scene.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer("reservoirs", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTString))
    for key, c in (("a", 2), ("b", 25)):
        xa, xb = x0 + c * res, x0 + (c + 3) * res
        ya, yb = y0 - 13 * res, y0 - 8 * res
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"POLYGON(({xa} {ya},{xb} {ya},{xb} {yb},{xa} {yb},{xa} {ya}))"
            )
        )
        feature["id"] = key
        layer.CreateFeature(feature)
    links = ds.CreateLayer("liens", None, ogr.wkbNone)
    for name, kind in (("id", ogr.OFTInteger), ("from_id", ogr.OFTString),
                       ("to_id", ogr.OFTString), ("cost", ogr.OFTReal)):  # fmt: skip
        links.CreateField(ogr.FieldDefn(name, kind))
    for table, rows in (
        ("liens", [(1, "a", "b", 3000.0)]),
        ("liens_orphelins", [(1, "a", "z", 1.0)]),
    ):
        layer = links if table == "liens" else ds.CreateLayer(table, None, ogr.wkbNone)
        if table != "liens":
            for name, kind in (("id", ogr.OFTInteger), ("from_id", ogr.OFTString),
                               ("to_id", ogr.OFTString), ("cost", ogr.OFTReal)):  # fmt: skip
                layer.CreateField(ogr.FieldDefn(name, kind))
        for values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for name, value in zip(("id", "from_id", "to_id", "cost"), values, strict=False):
                feature[name] = value
            layer.CreateFeature(feature)
    ds = None
    paths["gpkg"] = str(gpkg)
    return paths


def bad_params(scene, tmp_path, **extra):
    outputs = [tmp_path / "pincements.gpkg", tmp_path / "courant.tif"]
    params = {
        "FRICTION": scene["friction"],
        "RESERVOIRS": f"{scene['gpkg']}|layername=reservoirs",
        "LINKS": f"{scene['gpkg']}|layername=liens",
        "CORRIDOR_WIDTH": "1000",
        "OUTPUT": str(outputs[0]),
        "OUTPUT_CURRENT": str(outputs[1]),
        **extra,
    }
    return outputs, params


def test_bad_input_geographic_crs(bad_input, bad_scene, tmp_path) -> None:
    outputs, params = bad_params(bad_scene, tmp_path, FRICTION=bad_scene["degrees"])
    bad_input.refused("aula:pinchpoints", "SCR géographique", outputs, **params)


def test_bad_input_all_nodata_corridor(bad_input, bad_scene, tmp_path) -> None:
    outputs, params = bad_params(bad_scene, tmp_path, FRICTION=bad_scene["nodata"])
    bad_input.refused("aula:pinchpoints", "nodata", outputs, **params)


def test_bad_input_missing_reservoir(bad_input, bad_scene, tmp_path) -> None:
    outputs, params = bad_params(
        bad_scene, tmp_path, LINKS=f"{bad_scene['gpkg']}|layername=liens_orphelins"
    )
    bad_input.refused("aula:pinchpoints", "1 (a – z)", outputs, **params)


def test_good_input_through_qgis_process(qgis_process, bad_scene, tmp_path) -> None:
    outputs, params = bad_params(bad_scene, tmp_path)
    result = qgis_process.run_json("aula:pinchpoints", **params)
    assert result["results"]["PINCH_POINTS"] >= 1
    assert all(path.exists() for path in outputs)


# -- aula:conflictpoints with and without CURRENT ---------------------------------------------


def conflict_scene(folder: Path) -> dict[str, str]:
    """Two corridors, a motorway and a local road (tests/qgis/test_tvb_conflicts.py's scene), and
    a current raster with more current under the local road's crossing of corridor 2."""
    x0, y0 = 700_000, 7_000_000
    gpkg = folder / "scene.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    for name, fields, rows in (
        (
            "corridors",
            [("id", ogr.OFTInteger), ("from_id", ogr.OFTString), ("to_id", ogr.OFTString),
             ("cost", ogr.OFTReal), ("importance", ogr.OFTReal)],
            [("LINESTRING(0 0, 1000 0)", 1, "A", "B", 100.0, 40.0),
             ("LINESTRING(0 500, 1000 500)", 2, "B", "C", 100.0, 10.0)],
        ),
        ("routes", [("classe", ogr.OFTString), ("nom", ogr.OFTString)],
         [("LINESTRING(700 -100, 700 200)", "autoroute", "A26"),
          ("LINESTRING(300 -100, 300 600)", "locale", "VC 3")]),
    ):  # fmt: skip
        layer = ds.CreateLayer(name, srs, ogr.wkbLineString)
        for field, kind in fields:
            layer.CreateField(ogr.FieldDefn(field, kind))
        for wkt, *values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            geometry = ogr.CreateGeometryFromWkt(wkt)
            for k in range(geometry.GetPointCount()):
                x, y = geometry.GetPoint_2D(k)
                geometry.SetPoint_2D(k, x + x0, y + y0)
            feature.SetGeometry(geometry)
            for (field, _), value in zip(fields, values, strict=False):
                feature[field] = value
            layer.CreateFeature(feature)
    ds = None
    # 100 m cells from (x0 - 200, y0 + 800): (300, 500) -> 0.9 A, (300, 0) -> 0.1 A, else 0.05
    current = np.full((12, 14), 0.05, dtype=np.float32)
    current[3, 5] = 0.9
    current[8, 5] = 0.1
    tif = _tif(folder / "courant.tif", current, 2154, x0 - 200.0, y0 + 800.0, 100.0)
    return {"gpkg": str(gpkg), "current": tif}


def conflict_params(scene: dict[str, str], out: Path) -> list[str]:
    return [
        f"CORRIDORS={scene['gpkg']}|layername=corridors",
        "IMPORTANCE_FIELD=importance",
        f"INFRASTRUCTURES={scene['gpkg']}|layername=routes",
        f"OUTPUT={out}",
    ]


def test_conflict_points_without_current_are_unchanged(qgis_process, tmp_path) -> None:
    """Byte for byte the GeoJSON written by aula:conflictpoints before the CURRENT parameter
    existed (main at f09922d, same scene and command)."""
    folder = tmp_path / "scene"
    folder.mkdir()
    scene = conflict_scene(folder)
    out = tmp_path / "points.geojson"
    proc = qgis_process("run", "aula:conflictpoints", "--", *conflict_params(scene, out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == GOLDEN.read_bytes()


def test_conflict_points_with_current(qgis_process, tmp_path) -> None:
    folder = tmp_path / "scene"
    folder.mkdir()
    scene = conflict_scene(folder)
    out = tmp_path / "points.gpkg"
    params = [*conflict_params(scene, out), f"CURRENT={scene['current']}"]
    proc = qgis_process("run", "aula:conflictpoints", "--", *params)
    assert proc.returncode == 0, proc.stderr
    layer = QgsVectorLayer(str(out), "p", "ogr")
    names = layer.fields().names()
    assert names[-2:] == ["crossing_current", "current_score"]
    rows = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    by_place = {(f["corridor_id"], f["infra_class"]): f for f in rows}
    # scores: C1 × motorway 40, C1 × local 8, C2 × local 2; currents 0.05, 0.1, 0.9 (c_max 0.9)
    expected = {
        ("1", "autoroute"): (40.0, 0.05, 40.0 * (1 + 0.05 / 0.9)),
        ("1", "locale"): (8.0, 0.1, 8.0 * (1 + 0.1 / 0.9)),
        ("2", "locale"): (2.0, 0.9, 4.0),
    }
    for key, (score, current, weighted) in expected.items():
        f = by_place[key]
        assert f["score"] == pytest.approx(score)
        assert f["crossing_current"] == pytest.approx(current, rel=1e-6)
        assert f["current_score"] == pytest.approx(weighted, rel=1e-6)
    ranked = [f["current_score"] for f in rows]
    assert ranked == sorted(ranked, reverse=True)
