"""aula:connectivitymetrics in a real headless QGIS (hand-worked graphs, TVB.md §7.2)."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

ALG = "aula:connectivitymetrics"  # the `alg` fixture of conftest.py makes it


def squares(sizes: dict[str, float], crs: str = "EPSG:2154", extra=None) -> QgsVectorLayer:
    """Square patches of the given areas (ha) in a row, 10 km apart."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "patches", "memory")
    fields = [QgsField("id", QVariant.String), QgsField("quality", QVariant.Double)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for k, (key, ha) in enumerate(sizes.items()):
        side = math.sqrt(ha * 1e4)
        x0, y0, x1, y1 = (
            700_000 + 10_000 * k,
            7_000_000,
            700_000 + 10_000 * k + side,
            7_000_000 + side,
        )
        wkt = f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([key, (extra or {}).get(key, 1.0)])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    assert all(f.geometry().area() > 0 for f in layer.getFeatures())
    return layer


def link_table(rows, units="m") -> QgsVectorLayer:
    layer = QgsVectorLayer("None", "graph", "memory")
    layer.dataProvider().addAttributes(
        [
            QgsField("from_id", QVariant.String),
            QgsField("to_id", QVariant.String),
            QgsField("cost", QVariant.Double),
            QgsField("units", QVariant.String),
        ]
    )
    layer.updateFields()
    features = []
    for a, b, cost in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([a, b, cost, units])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def by_id(layer):
    return {f["id"]: f for f in layer.getFeatures()}


def test_two_patches_hand_worked(alg, run_alg):
    # a1 = 10 ha, a2 = 20 ha, d = 5000, d0 = 10000, p0 = 0.5 → p = 0.5^0.5 = 0.70710678
    # PCnum = 100 + 400 + 2·200·0.70710678 = 782.842712; A_L = 100 ha → PC = 0.0782842712
    # IIC: d ≤ threshold (d0) → (100 + 400 + 200) / 100² = 0.07; EC = √782.84 = 27.979
    out = run_alg(
        alg,
        {
            "RESERVOIRS": squares({"a": 10.0, "b": 20.0}),
            "LINKS": link_table([("a", "b", 5000.0)]),
            "D0": 10000.0,
            "P0": 0.5,
            "LANDSCAPE_AREA": 100.0,
            "OUTPUT": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        },
    )
    pc_num = 500 + 400 * 0.5**0.5
    summary = next(out["OUTPUT_SUMMARY"].getFeatures())
    assert summary["PCnum"] == pytest.approx(pc_num, rel=1e-6)
    assert summary["PC"] == pytest.approx(pc_num / 1e4, rel=1e-6)
    assert summary["IIC"] == pytest.approx(0.07, rel=1e-6)
    assert summary["EC"] == pytest.approx(math.sqrt(pc_num), rel=1e-6)
    assert summary["alpha"] == pytest.approx(math.log(2) / 10000, rel=1e-12)
    assert summary["units"] == "m"
    assert summary["n_patches"] == 2 and summary["n_links"] == 1
    patches = by_id(out["OUTPUT"])
    assert patches["a"]["capacity"] == pytest.approx(10.0, rel=1e-9)
    # dPC_a = 100·(PCnum − 400)/PCnum; intra 100·100/PCnum; connector 0
    assert patches["a"]["dPC"] == pytest.approx(100 * (pc_num - 400) / pc_num, rel=1e-6)
    assert patches["a"]["dPCintra"] == pytest.approx(100 * 100 / pc_num, rel=1e-6)
    assert patches["a"]["dPCconnector"] == 0.0
    assert patches["a"]["quality"] == 1.0  # input fields are kept


def test_chain_connector_only_for_the_middle_and_capacity_field(alg, run_alg):
    # capacities from the quality field: 10 each; chain a —d0— b —d0— c (p = 0.5 each)
    # PCnum = 300 + 2·100·(0.5 + 0.5 + 0.25) = 550; connector_b = 100·2·100·0.25/550 = 9.09 %
    layer = squares({"a": 1.0, "b": 1.0, "c": 1.0}, extra={"a": 10.0, "b": 10.0, "c": 10.0})
    out = run_alg(
        alg,
        {
            "RESERVOIRS": layer,
            "CAPACITY_FIELD": "quality",
            "LINKS": link_table([("a", "b", 7.0), ("c", "b", 7.0)], units="cells"),
            "D0": 7.0,
            "P0": 0.5,
            "LANDSCAPE_AREA": 1000.0,
            "OUTPUT": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        },
    )
    patches = by_id(out["OUTPUT"])
    assert patches["b"]["dPCconnector"] == pytest.approx(100 * 50 / 550, rel=1e-9)
    assert patches["a"]["dPCconnector"] == 0.0 and patches["c"]["dPCconnector"] == 0.0
    for f in patches.values():
        parts = f["dPCintra"] + f["dPCflux"] + f["dPCconnector"]
        assert f["dPC"] == pytest.approx(parts, rel=1e-12)
    summary = next(out["OUTPUT_SUMMARY"].getFeatures())
    assert summary["units"] == "cells"
    assert summary["PCnum"] == pytest.approx(550.0)


def test_default_landscape_area_is_bounding_box(alg, run_alg):
    # two 1 ha squares (100 m sides) at x = 700000 and 710000: box 10,100 m × 100 m = 101 ha
    out = run_alg(
        alg,
        {
            "RESERVOIRS": squares({"a": 1.0, "b": 1.0}),
            "LINKS": link_table([]),
            "OUTPUT": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        },
    )
    summary = next(out["OUTPUT_SUMMARY"].getFeatures())
    assert summary["landscape_ha"] == pytest.approx(101.0, rel=1e-9)
    assert summary["PC"] == pytest.approx(2 / 101.0**2, rel=1e-9)


def test_bad_inputs(alg, run_alg):
    context = QgsProcessingContext()
    good = {
        "RESERVOIRS": squares({"a": 1.0, "b": 1.0}),
        "LINKS": link_table([("a", "b", 5.0)]),
        "OUTPUT": "memory:",
        "OUTPUT_SUMMARY": "memory:",
    }
    ok, message = alg.checkParameterValues({**good, "ID_FIELD": "nope"}, context)
    assert not ok and "patches" in message and "nope" in message
    ok, message = alg.checkParameterValues({**good, "P0": 0.0}, context)
    assert not ok and "p0" in message
    with pytest.raises(QgsProcessingException, match="unknown patch identifiers: zz"):
        run_alg(alg, {**good, "LINKS": link_table([("a", "zz", 5.0)])})
    with pytest.raises(QgsProcessingException, match="not projected"):
        run_alg(alg, {**good, "RESERVOIRS": squares({"a": 1.0}, crs="EPSG:4326")})
    table = link_table([("a", "b", 5.0)])
    extra = QgsFeature(table.fields())
    extra.setAttributes(["a", "b", 3.0, "cells"])
    table.dataProvider().addFeatures([extra])
    with pytest.raises(QgsProcessingException, match="different cost units"):
        run_alg(alg, {**good, "LINKS": table})


def test_summary_table_is_optional(alg):
    from qgis import processing

    out = processing.run(
        alg,
        {
            "RESERVOIRS": squares({"a": 10.0, "b": 20.0}),
            "LINKS": link_table([("a", "b", 5000.0)]),
            "LANDSCAPE_AREA": 100.0,
            "OUTPUT": "memory:",
        },
    )
    assert "OUTPUT_SUMMARY" not in out
    # d0 default 10000: p(5000) = 0.5^0.5; PC = (500 + 400 · 0.7071) / 100²
    assert out["PC"] == pytest.approx((500 + 400 * 0.5**0.5) / 1e4, rel=1e-9)
