"""aula:conflictpoints in a real headless QGIS: a hand-made scene with exact points and ranks."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

X0, Y0 = 700_000, 7_000_000


def layer(kind: str, fields: str, rows, name: str) -> QgsVectorLayer:
    """Memory layer in EPSG:2154; rows = (wkt in local metres, attributes...)."""
    lyr = QgsVectorLayer(f"{kind}?crs=EPSG:2154&{fields}", name, "memory")
    assert lyr.isValid()
    features = []
    for wkt, *attributes in rows:
        feature = QgsFeature(lyr.fields())
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.translate(X0, Y0)
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        features.append(feature)
    assert lyr.dataProvider().addFeatures(features)[0]
    return lyr


def corridors(importance=(40.0, 10.0)) -> QgsVectorLayer:
    # C1: A → B along y = 0; C2: B → C along y = 500 (both from x = 0 to 1000)
    return layer(
        "LineString",
        "field=id:integer&field=from_id:string&field=to_id:string&field=cost:double"
        "&field=importance:double",
        [
            ("LINESTRING(0 0, 1000 0)", 1, "A", "B", 100.0, importance[0]),
            ("LINESTRING(0 500, 1000 500)", 2, "B", "C", 100.0, importance[1]),
        ],
        "corridors",
    )


def roads(extra=()) -> QgsVectorLayer:
    # motorway x = 700 crosses C1 only at (700, 0); local road x = 300 crosses both
    return layer(
        "LineString",
        "field=classe:string&field=nom:string",
        [
            ("LINESTRING(700 -100, 700 200)", "autoroute", "A26"),
            ("LINESTRING(300 -100, 300 600)", "locale", "VC 3"),
            *extra,
        ],
        "routes",
    )


def reservoirs() -> QgsVectorLayer:
    # A and C: 1 ha (100 m squares); B: 4 ha (200 m square)
    return layer(
        "Polygon",
        "field=id:string",
        [
            ("POLYGON((-100 -50, 0 -50, 0 50, -100 50, -100 -50))", "A"),
            ("POLYGON((1000 -100, 1200 -100, 1200 100, 1000 100, 1000 -100))", "B"),
            ("POLYGON((-100 450, 0 450, 0 550, -100 550, -100 450))", "C"),
        ],
        "reservoirs",
    )


ALG = "aula:conflictpoints"  # the `alg` fixture of conftest.py makes it


def run(alg, params):
    from qgis import processing

    out = processing.run(alg, {"OUTPUT": "memory:", **params}, feedback=QgsProcessingFeedback())
    return sorted(out["OUTPUT"].getFeatures(), key=lambda f: f["rank"])


def local(feature) -> tuple[float, float]:
    point = feature.geometry().asPoint()
    return (round(point.x() - X0, 6), round(point.y() - Y0, 6))


def test_scene_points_and_ranks(alg):
    # scores: motorway × C1 = 40 × 1.0 = 40; local × C1 = 40 × 0.2 = 8; local × C2 = 10 × 0.2 = 2
    points = run(
        alg,
        {"CORRIDORS": corridors(), "IMPORTANCE_FIELD": "importance", "INFRASTRUCTURES": [roads()]},
    )
    got = [
        (local(f), f["corridor_id"], f["infra_class"], f["infra_name"], f["score"], f["rank"])
        for f in points
    ]
    assert got == [
        ((700.0, 0.0), "1", "autoroute", "A26", pytest.approx(40.0), 1),
        ((300.0, 0.0), "1", "locale", "VC 3", pytest.approx(8.0), 2),
        ((300.0, 500.0), "2", "locale", "VC 3", pytest.approx(2.0), 3),
    ]
    first = points[0]
    assert (first["from_id"], first["to_id"]) == ("A", "B")
    assert first["link_importance"] == 40.0 and first["weight"] == 1.0
    assert [f["id"] for f in points] == [1, 2, 3]


def test_overlap_railway_and_obstacles(alg):
    # a local road running along C2 from x = 600 to 800: one point in the middle, (700, 500);
    # a railway crossing C2 at x = 900 (weight 0.8 → 10 × 0.8 = 8, ties with local × C1 = 8:
    # stable order by from_id: A–B first); obstacle points 10 m (kept) and 100 m (not) from C1
    overlap = ("LINESTRING(600 500, 800 500)", "locale", "chemin")
    railway = layer(
        "LineString", "field=nom:string", [("LINESTRING(900 400, 900 600)", "LGV")], "vf"
    )
    obstacles = layer(
        "Point", "field=code:string", [("POINT(500 10)", "ROE1"), ("POINT(500 100)", "ROE2")], "o"
    )
    points = run(
        alg,
        {
            "CORRIDORS": corridors(),
            "IMPORTANCE_FIELD": "importance",
            "INFRASTRUCTURES": [roads(extra=[overlap])],
            "RAILWAYS": railway,
            "OBSTACLES": obstacles,
            "OBSTACLE_DISTANCE": 25.0,
        },
    )
    got = [(local(f), f["infra_class"], f["score"]) for f in points]
    assert got == [
        ((700.0, 0.0), "autoroute", pytest.approx(40.0)),
        ((500.0, 10.0), "obstacle", pytest.approx(40.0)),  # tie: class order autoroute < obstacle
        ((300.0, 0.0), "locale", pytest.approx(8.0)),
        ((900.0, 500.0), "voie_ferree", pytest.approx(8.0)),
        ((300.0, 500.0), "locale", pytest.approx(2.0)),
        ((700.0, 500.0), "locale", pytest.approx(2.0)),
    ]


def test_importance_by_pc_drop_matches_graph_module(alg):
    from aula_plugin.core.tvb.graph import alpha_from, build_links, link_importance

    # graph A —100— B —100— C, capacities 1, 4, 1 ha, d0 = 100, p0 = 0.5
    points = run(
        alg,
        {
            "CORRIDORS": corridors(),
            "RESERVOIRS": reservoirs(),
            "D0": 100.0,
            "P0": 0.5,
            "INFRASTRUCTURES": [roads()],
        },
    )
    links = build_links(["A", "B", "C"], [("A", "B", 100.0), ("B", "C", 100.0)])
    expected = link_importance([1.0, 4.0, 1.0], links, alpha=alpha_from(100.0, 0.5))
    # by hand: PCnum = 1 + 16 + 1 + 2·(4·0.5 + 4·0.5 + 1·0.25) = 26.5; without A–B: A alone,
    # 1 + 16 + 1 + 2·4·0.5 = 22 → 100·4.5/26.5 = 16.98 %
    assert expected[0] == pytest.approx(100 * 4.5 / 26.5, rel=1e-6)
    by_corridor = {f["corridor_id"]: f["link_importance"] for f in points}
    assert by_corridor["1"] == pytest.approx(expected[0], rel=1e-6)
    assert by_corridor["2"] == pytest.approx(expected[1], rel=1e-6)
    assert not math.isnan(points[0]["score"])


def test_bad_inputs(alg):
    context = QgsProcessingContext()
    nameless = layer("LineString", "field=type:string", [("LINESTRING(0 -5, 0 5)", "x")], "rd")
    ok, message = alg.checkParameterValues(
        {
            "CORRIDORS": corridors(),
            "IMPORTANCE_FIELD": "importance",
            "INFRASTRUCTURES": [nameless],
            "OUTPUT": "memory:",
        },
        context,
    )
    assert not ok and "rd" in message and "classe" in message
    ok, message = alg.checkParameterValues(
        {"CORRIDORS": corridors(), "INFRASTRUCTURES": [roads()], "OUTPUT": "memory:"}, context
    )
    assert not ok and "reservoirs" in message.lower()
    ok, message = alg.checkParameterValues(
        {
            "CORRIDORS": corridors(),
            "IMPORTANCE_FIELD": "importance",
            "INFRASTRUCTURES": [roads()],
            "CLASS_WEIGHTS": "autoroute=1;locale=abc",
            "OUTPUT": "memory:",
        },
        context,
    )
    assert not ok and "locale=abc" in message
    unknown = roads(
        extra=[
            ("LINESTRING(0 0, 5 5)", "chemin", "c1"),
            ("LINESTRING(0 0, 6 6)", "chemin", "c2"),
            ("LINESTRING(0 0, 7 7)", None, "c3"),
        ]
    )
    with pytest.raises(QgsProcessingException, match=r"NULL \(1\), chemin \(2\)"):
        run(
            alg,
            {
                "CORRIDORS": corridors(),
                "IMPORTANCE_FIELD": "importance",
                "INFRASTRUCTURES": [unknown],
            },
        )


def test_parse_weights():
    from aula_plugin.processing.algorithms.conflictpoints import DEFAULT_WEIGHTS, parse_weights

    weights, bad = parse_weights(DEFAULT_WEIGHTS)
    assert weights == {
        "autoroute": 1.0,
        "nationale": 0.8,
        "voie_ferree": 0.8,
        "departementale": 0.5,
        "locale": 0.2,
        "obstacle": 1.0,
    }
    assert bad == []
    assert parse_weights("a = 0,5 ; b=2;;") == ({"a": 0.5, "b": 2.0}, [])
    assert parse_weights("a;b=-1;c=x")[1] == ["a", "b=-1", "c=x"]


def test_through_qgis_process(qgis_process, tmp_path):
    """The command line: layers from a GeoPackage, repeated INFRASTRUCTURES, weights as text."""
    from osgeo import ogr, osr

    gpkg = tmp_path / "scene.gpkg"
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
        ("autoroutes", [("classe", ogr.OFTString)], [("LINESTRING(700 -100, 700 200)", "A")]),
        ("locales", [("classe", ogr.OFTString)], [("LINESTRING(300 -100, 300 600)", "L")]),
    ):  # fmt: skip
        layer = ds.CreateLayer(name, srs, ogr.wkbLineString)
        for field, kind in fields:
            layer.CreateField(ogr.FieldDefn(field, kind))
        for wkt, *values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            geometry = ogr.CreateGeometryFromWkt(wkt)
            for k in range(geometry.GetPointCount()):
                x, y = geometry.GetPoint_2D(k)
                geometry.SetPoint_2D(k, x + X0, y + Y0)
            feature.SetGeometry(geometry)
            for (field, _), value in zip(fields, values, strict=True):
                feature[field] = value
            layer.CreateFeature(feature)
    ds = None
    out = tmp_path / "points.gpkg"
    result = qgis_process.run_json(
        "aula:conflictpoints",
        CORRIDORS=f"{gpkg}|layername=corridors",
        IMPORTANCE_FIELD="importance",
        INFRASTRUCTURES=f"{gpkg}|layername=autoroutes",
        CLASS_WEIGHTS="A=1;L=0,25",
        OUTPUT=str(out),
    )
    assert result["results"]["POINTS"] == 1  # only the autoroutes layer was given
    proc = qgis_process(
        "run",
        "aula:conflictpoints",
        "--",
        f"CORRIDORS={gpkg}|layername=corridors",
        "IMPORTANCE_FIELD=importance",
        f"INFRASTRUCTURES={gpkg}|layername=autoroutes",
        f"INFRASTRUCTURES={gpkg}|layername=locales",
        "CLASS_WEIGHTS=A=1;L=0,25",
        f"OUTPUT={tmp_path / 'points2.gpkg'}",
    )
    assert proc.returncode == 0, proc.stderr
    layer = QgsVectorLayer(f"{tmp_path / 'points2.gpkg'}", "p", "ogr")
    got = sorted((f["rank"], f["infra_class"], f["score"]) for f in layer.getFeatures())
    # 40 × 1 = 40; 40 × 0.25 = 10; 10 × 0.25 = 2.5
    assert got == [(1, "A", 40.0), (2, "L", 10.0), (3, "L", 2.5)]
