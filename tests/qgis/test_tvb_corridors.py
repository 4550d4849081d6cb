"""aula:leastcostcorridors in a real headless QGIS, checked against the cost core."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

X0, Y0, RES = 700_000.0, 7_000_000.0, 25.0
ROWS, COLS = 40, 52
LADDER = np.array([1.0, 5.0, 30.0, 100.0, 1000.0])
# reservoirs as (row0, col0, rows, cols) blocks of cells, with text ids not in label order
BLOCKS = {
    "r-07": (3, 4, 3, 3),
    "r-02": (30, 6, 4, 2),
    "r-11": (5, 40, 2, 4),
    "r-05": (20, 25, 3, 3),
    "r-09": (33, 44, 3, 3),
    "r-01": (12, 14, 2, 2),
}


def friction_grid(seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    f = LADDER[rng.integers(0, 5, (ROWS, COLS))].astype(np.float32)
    f[rng.random((ROWS, COLS)) < 0.05] = np.nan
    for r, c, h, w in BLOCKS.values():
        f[r : r + h, c : c + w] = 1.0
    return f


def write_tif(path: Path, data: np.ndarray, epsg: int = 2154, nodata=-9999.0) -> str:
    ds = gdal.GetDriverByName("GTiff").Create(str(path), COLS, ROWS, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, RES, 0, Y0, 0, -RES))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(np.where(np.isnan(data), nodata, data))
    ds = None
    return str(path)


def reservoirs(order=None, crs="EPSG:2154") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "reservoirs", "memory")
    layer.dataProvider().addAttributes([QgsField("id", QVariant.String)])
    layer.updateFields()
    features = []
    for key in order or list(BLOCKS):
        r, c, h, w = BLOCKS[key]
        x0, x1 = X0 + c * RES, X0 + (c + w) * RES
        y0, y1 = Y0 - (r + h) * RES, Y0 - r * RES
        feature = QgsFeature(layer.fields())
        feature.setGeometry(
            QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")
        )
        feature.setAttributes([key])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def label_grid() -> tuple[list[str], np.ndarray]:
    ids = sorted(BLOCKS)
    labels = np.zeros((ROWS, COLS), dtype=np.int32)
    for k, key in enumerate(ids, start=1):
        r, c, h, w = BLOCKS[key]
        labels[r : r + h, c : c + w] = k
    return ids, labels


ALG = "aula:leastcostcorridors"  # the `alg` fixture of conftest.py makes it


@pytest.fixture
def friction(tmp_path):
    data = friction_grid()
    return data, write_tif(tmp_path / "friction.tif", data)


def run(alg, params):
    from qgis import processing

    base = {"OUTPUT": "memory:", "OUTPUT_GRAPH": "memory:"}
    return processing.run(alg, {**base, **params}, feedback=QgsProcessingFeedback())


def cells_of(feature) -> np.ndarray:
    """Cells of a corridor line: its vertices back to (row, col), then every unit step between."""
    vertices = [
        (round((Y0 - p.y()) / RES - 0.5), round((p.x() - X0) / RES - 0.5))
        for p in feature.geometry().asPolyline()
    ]
    cells = [vertices[0]]
    for (r0, c0), (r1, c1) in itertools.pairwise(vertices):
        n = max(abs(r1 - r0), abs(c1 - c0))
        dr, dc = (r1 - r0) // n, (c1 - c0) // n
        assert (r0 + n * dr, c0 + n * dc) == (r1, c1), "8-neighbour steps only"
        cells += [(r0 + k * dr, c0 + k * dc) for k in range(1, n + 1)]
    return np.array(cells)


def lines(out) -> list:
    return sorted(out["OUTPUT"].getFeatures(), key=lambda f: f["id"])


def test_planar_paths_costs_and_graph(alg, friction):
    from aula_plugin.core.tvb.corridors import path_cost
    from aula_plugin.core.tvb.costdistance import accumulated_cost

    data, path = friction
    out = run(alg, {"FRICTION": path, "RESERVOIRS": reservoirs(), "SUBNETWORK": 1})
    feats = lines(out)
    assert len(feats) >= 5
    ids, labels = label_grid()
    f64 = data.astype(np.float64)
    for feature in feats:
        assert feature["from_id"] < feature["to_id"]
        assert feature["sous_trame"] == "ouverte" and feature["units"] == "m"
        cells = cells_of(feature)
        # starts in the from reservoir, ends in the to reservoir, never on nodata
        assert ids[labels[tuple(cells[0])] - 1] == feature["from_id"]
        assert ids[labels[tuple(cells[-1])] - 1] == feature["to_id"]
        assert np.isfinite(f64[cells[:, 0], cells[:, 1]]).all()
        # Σ step costs along the line's cells = the line's cost
        assert path_cost(f64, cells, (RES, RES)) == pytest.approx(feature["cost"], rel=1e-9)
        assert feature["length_m"] == pytest.approx(feature.geometry().length(), rel=1e-9)
        # never cheaper than the true pairwise least-cost distance
        a = ids.index(feature["from_id"]) + 1
        b = ids.index(feature["to_id"]) + 1
        single = accumulated_cost(f64, (labels == a).astype(np.int32), cell_size=(RES, RES))
        assert feature["cost"] >= single.cost[labels == b].min() * (1 - 1e-12)
    graph = {(f["from_id"], f["to_id"]): f["cost"] for f in out["OUTPUT_GRAPH"].getFeatures()}
    assert graph == {(f["from_id"], f["to_id"]): f["cost"] for f in feats}


def test_all_pairs_exact_symmetric_and_nlcc(alg, friction, tmp_path):
    from aula_plugin.core.tvb.costdistance import accumulated_cost

    data, path = friction
    nlcc_path = str(tmp_path / "nlcc.tif")
    out = run(
        alg,
        {
            "FRICTION": path,
            "RESERVOIRS": reservoirs(),
            "TOPOLOGY": 1,
            "MAX_COST": 6000.0,
            "OUTPUT_CORRIDOR": nlcc_path,
        },
    )
    ids, labels = label_grid()
    f64 = data.astype(np.float64)
    runs = {
        k: accumulated_cost(f64, (labels == k).astype(np.int32), cell_size=(RES, RES)).cost
        for k in range(1, len(ids) + 1)
    }
    found = {(f["from_id"], f["to_id"]): f for f in lines(out)}
    for a in range(1, len(ids) + 1):
        for b in range(a + 1, len(ids) + 1):
            ab, ba = runs[a][labels == b].min(), runs[b][labels == a].min()
            assert ab == pytest.approx(ba, rel=1e-9)  # LCD_AB = LCD_BA
            key = (ids[a - 1], ids[b - 1])
            if ab <= 6000.0:
                assert found[key]["cost"] == pytest.approx(ab, rel=1e-9)
            else:
                assert key not in found
    ds = gdal.Open(nlcc_path)
    band = ds.GetRasterBand(1)
    assert band.GetNoDataValue() == -1.0
    corridor = band.ReadAsArray()
    ds = None
    valid = corridor != -1.0
    assert (corridor[valid] >= 0).all()
    assert not valid[np.isnan(data)].any()
    for feature in found.values():
        cells = cells_of(feature)
        assert corridor[cells[:, 0], cells[:, 1]].max() <= 1e-6 * feature["cost"]


def test_cells_units_and_budget(alg, friction):
    data, path = friction
    metres = {
        (f["from_id"], f["to_id"]): f["cost"]
        for f in lines(run(alg, {"FRICTION": path, "RESERVOIRS": reservoirs()}))
    }
    out = run(alg, {"FRICTION": path, "RESERVOIRS": reservoirs(), "COST_UNITS": 1})
    cells = {(f["from_id"], f["to_id"]): f for f in lines(out)}
    assert set(cells) == set(metres)
    for key, feature in cells.items():
        # square 25 m cells: cost in metres = cost in cells × 25; length stays in metres
        assert feature["cost"] * RES == pytest.approx(metres[key], rel=1e-9)
        assert feature["units"] == "cells"
        assert feature["length_m"] == pytest.approx(feature.geometry().length(), rel=1e-9)
    budget = sorted(metres.values())[len(metres) // 2]
    kept = lines(run(alg, {"FRICTION": path, "RESERVOIRS": reservoirs(), "MAX_COST": budget}))
    assert {(f["from_id"], f["to_id"]) for f in kept} == {
        key for key, cost in metres.items() if cost <= budget
    }


def test_deterministic_under_reservoir_permutation(alg, friction):
    _, path = friction

    def signature(order):
        out = run(alg, {"FRICTION": path, "RESERVOIRS": reservoirs(order)})
        return [
            (f["id"], f["from_id"], f["to_id"], f["cost"], f.geometry().asWkt(3))
            for f in lines(out)
        ]

    base = signature(None)
    assert signature(list(reversed(BLOCKS))) == base
    assert signature(sorted(BLOCKS, key=lambda k: BLOCKS[k][1])) == base


def test_bad_inputs(alg, friction, tmp_path):
    data, path = friction
    context = QgsProcessingContext()
    good = {
        "FRICTION": path,
        "RESERVOIRS": reservoirs(),
        "OUTPUT": "memory:",
        "OUTPUT_GRAPH": "memory:",
    }
    geographic = write_tif(tmp_path / "wgs84.tif", data, epsg=4326)
    ok, message = alg.checkParameterValues({**good, "FRICTION": geographic}, context)
    assert not ok and "wgs84" in message and "geographic" in message
    ok, message = alg.checkParameterValues({**good, "TOPOLOGY": 1}, context)
    assert not ok and "maximum cost" in message
    ok, message = alg.checkParameterValues({**good, "ID_FIELD": "code"}, context)
    assert not ok and "reservoirs" in message and "code" in message
    empty = QgsVectorLayer("Polygon?crs=EPSG:2154&field=id:string", "vide", "memory")
    ok, message = alg.checkParameterValues({**good, "RESERVOIRS": empty}, context)
    assert not ok and "vide" in message
    far = reservoirs()
    far.dataProvider().changeGeometryValues(
        {f.id(): QgsGeometry.fromWkt("POINT(0 0)").buffer(50, 4) for f in far.getFeatures()}
    )
    with pytest.raises(QgsProcessingException, match="no reservoir lies inside"):
        run(alg, {**good, "RESERVOIRS": far})
    negative = data.copy()
    negative[0, 0] = -5.0
    with pytest.raises(QgsProcessingException, match="1 negative"):
        run(alg, {**good, "FRICTION": write_tif(tmp_path / "neg.tif", negative)})


def test_registered_in_the_provider(provider):
    from qgis import processing

    for name in ("leastcostcorridors", "connectivitymetrics", "conflictpoints"):
        algorithm = provider.algorithm(name)
        assert algorithm is not None and algorithm.group() and algorithm.shortHelpString()
    layer = QgsVectorLayer(
        "None?field=from_id:string&field=to_id:string&field=cost:double", "g", "memory"
    )
    patches = reservoirs()
    out = processing.run(
        "aula:connectivitymetrics",
        {
            "RESERVOIRS": patches,
            "LINKS": layer,
            "D0": 100.0,
            "OUTPUT": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        },
    )
    # six isolated reservoirs: PC = Σ a_i² / A_L², a_i in ha (25 m cells: 0.0625 ha each)
    areas = [h * w * 0.0625 for _, _, h, w in BLOCKS.values()]
    summary = next(out["OUTPUT_SUMMARY"].getFeatures())
    assert summary["PCnum"] == pytest.approx(sum(a * a for a in areas), rel=1e-9)


def test_cancelled_run_writes_nothing(alg, friction, tmp_path):
    from qgis import processing

    _, path = friction
    nlcc_path = tmp_path / "nlcc.tif"
    lines_path = tmp_path / "corridors.gpkg"
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            alg,
            {
                "FRICTION": path,
                "RESERVOIRS": reservoirs(),
                "OUTPUT": str(lines_path),
                "OUTPUT_GRAPH": "memory:",
                "OUTPUT_CORRIDOR": str(nlcc_path),
            },
            feedback=feedback,
        )
    assert not nlcc_path.exists()
    assert not lines_path.exists()
    assert not list(tmp_path.glob(".aula-*"))


def test_chain_corridors_metrics_conflicts(alg, friction, tmp_path):
    """The outputs feed aula:connectivitymetrics and aula:conflictpoints as they are."""
    from qgis import processing

    from aula_plugin.processing.algorithms.conflictpoints import ConflictPoints
    from aula_plugin.processing.algorithms.connectivitymetrics import ConnectivityMetrics

    _, path = friction
    patches = reservoirs()
    gpkg = tmp_path / "tvb.gpkg"
    out = run(
        alg,
        {
            "FRICTION": path,
            "RESERVOIRS": patches,
            "OUTPUT": f"ogr:dbname='{gpkg}' table=corridors (geom)",
            "OUTPUT_GRAPH": str(tmp_path / "graph.gpkg"),
        },
    )
    corridors = QgsVectorLayer(out["OUTPUT"], "corridors", "ogr")
    graph = QgsVectorLayer(out["OUTPUT_GRAPH"], "graph", "ogr")
    assert corridors.featureCount() == graph.featureCount() == out["LINKS"] > 0
    metrics = processing.run(
        ConnectivityMetrics().create(),
        {
            "RESERVOIRS": patches,
            "LINKS": graph,
            "D0": 2000.0,
            "OUTPUT": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        },
    )
    summary = next(metrics["OUTPUT_SUMMARY"].getFeatures())
    assert summary["n_links"] == out["LINKS"] and summary["units"] == "m"
    assert 0 < summary["PC"] <= 1
    # a road across the whole grid, west to east through the middle row
    y = Y0 - (ROWS // 2) * RES - RES / 3
    road = QgsVectorLayer("LineString?crs=EPSG:2154&field=classe:string", "road", "memory")
    feature = QgsFeature(road.fields())
    feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0} {y}, {X0 + COLS * RES} {y})"))
    feature.setAttributes(["departementale"])
    road.dataProvider().addFeatures([feature])
    conflicts = processing.run(
        ConflictPoints().create(),
        {
            "CORRIDORS": corridors,
            "RESERVOIRS": patches,
            "D0": 2000.0,
            "INFRASTRUCTURES": [road],
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    points = sorted(conflicts.getFeatures(), key=lambda f: f["rank"])
    assert points, "some corridor crosses the middle row"
    assert [f["rank"] for f in points] == list(range(1, len(points) + 1))
    scores = [f["score"] for f in points]
    assert scores == sorted(scores, reverse=True)
    for f in points:
        assert f["score"] == pytest.approx(0.5 * f["link_importance"])
        assert f.geometry().asPoint().y() == pytest.approx(y)


def test_graph_table_is_optional(alg, friction):
    from qgis import processing

    _, path = friction
    out = processing.run(alg, {"FRICTION": path, "RESERVOIRS": reservoirs(), "OUTPUT": "memory:"})
    assert "OUTPUT_GRAPH" not in out
    assert out["OUTPUT"].featureCount() == out["LINKS"] > 0
