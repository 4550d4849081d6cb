"""gis.tvb_graph: reading the patch graph from QGIS layers (identifiers, capacities, links)."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)


def patches(rows, crs: str = "EPSG:2154") -> QgsVectorLayer:
    """Squares of 100 m (1 ha) with (id, quality) attributes."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=id:string&field=q:double", "p", "memory")
    features = []
    for k, (key, quality) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        x = 700_000 + 1_000 * k
        feature.setGeometry(
            QgsGeometry.fromWkt(f"POLYGON(({x} 0,{x + 100} 0,{x + 100} 100,{x} 100,{x} 0))")
        )
        feature.setAttributes([key, quality])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def links(rows) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "None?field=from_id:string&field=to_id:string&field=cost:double&field=units:string",
        "l",
        "memory",
    )
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def read(layer, capacity=None):
    from aula_plugin.gis.tvb_graph import patch_layer, read_patches

    return read_patches(
        patch_layer(layer, "", capacity), QgsProcessingContext(), QgsProcessingFeedback()
    )


def test_patches_sorted_by_identifier_with_area_or_field_capacity(qgis_app):
    got = read(patches([(" b ", 2.0), ("a", 3.0)]))
    assert got.ids == ["a", "b"]  # identifiers stripped, sorted
    assert got.capacity == pytest.approx([1.0, 1.0])
    assert read(patches([("b", 2.0), ("a", 3.0)]), "q").capacity == [3.0, 2.0]


def test_blank_or_null_identifiers_and_duplicates_are_refused(qgis_app):
    with pytest.raises(QgsProcessingException, match="p: 2 features have an empty identifier"):
        read(patches([("  ", 1.0), (None, 1.0), ("a", 1.0)]))
    rows = [(str(k), 1.0) for k in range(25)] * 2
    with pytest.raises(QgsProcessingException, match="duplicate identifiers") as error:
        read(patches(rows))
    assert str(error.value).count(",") == 19  # at most 20 listed


def test_capacity_checks(qgis_app):
    with pytest.raises(QgsProcessingException, match="negative capacity"):
        read(patches([("a", -1.0), ("b", None)]), "q")
    with pytest.raises(QgsProcessingException, match="not projected"):
        read(patches([("a", 1.0)], crs="EPSG:4326"))
    with pytest.raises(QgsProcessingException, match="field nope does not exist"):
        read(patches([("a", 1.0)]), "nope")


def test_links_unit_and_incomplete_rows(qgis_app):
    from aula_plugin.gis.tvb_graph import read_links

    graph = read(patches([("a", 1.0), ("b", 1.0)]))
    feedback = QgsProcessingFeedback()
    linkset, unit = read_links(
        links([("a", "b", 5.0, "m"), ("a", None, 1.0, "m"), ("a", "b", None, "")]),
        "l",
        graph,
        feedback,
    )
    assert unit == "m" and len(linkset.i) == 1
    with pytest.raises(
        QgsProcessingException, match=r"l: links in different cost units \(cells, m\)"
    ):
        read_links(links([("a", "b", 5.0, "m"), ("b", "a", 5.0, "cells")]), "l", graph, feedback)
