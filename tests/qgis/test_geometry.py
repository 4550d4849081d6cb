"""The plugin's geometry-validity policy (aula_plugin/gis/geometry.py)."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsProcessingFeedback, QgsWkbTypes

BOWTIE = "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"
SQUARE = "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"
SPIKE = "POLYGON((0 0, 10 0, 0 0))"  # collapses: nothing polygonal is left


class Recording(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, text: str) -> None:
        self.warnings.append(text)


def test_repair_counts_repaired_dropped_and_missing():
    from aula_plugin.gis.geometry import GeometryRepair

    repair = GeometryRepair()
    valid = QgsGeometry.fromWkt(SQUARE)
    assert repair(valid) is valid
    fixed = repair(QgsGeometry.fromWkt(BOWTIE))
    assert fixed is not None and fixed.isGeosValid() and abs(fixed.area() - 50) < 1e-9
    assert fixed.type() == QgsWkbTypes.GeometryType.PolygonGeometry
    assert repair(QgsGeometry.fromWkt(SPIKE)) is None
    assert repair(QgsGeometry()) is None
    assert (repair.repaired, repair.dropped, repair.missing) == (1, 1, 1)
    feedback = Recording()
    repair.report(feedback, "ocsge")
    assert feedback.warnings == [
        "ocsge: 1 invalid geometry(ies) repaired with makeValid",
        "ocsge: 1 invalid geometry(ies) empty after repair with makeValid, feature(s) ignored",
        "ocsge: 1 feature(s) without geometry ignored",
    ]


def test_nothing_to_report_is_silent():
    from aula_plugin.gis.geometry import GeometryRepair

    repair = GeometryRepair()
    repair(QgsGeometry.fromWkt(SQUARE))
    feedback = Recording()
    repair.report(feedback, "ocsge")
    assert feedback.warnings == []


def test_stateless_helpers():
    from aula_plugin.gis.geometry import polygon_part, repaired

    geometry, fixed = repaired(QgsGeometry.fromWkt(BOWTIE))
    assert fixed and abs(geometry.area() - 50) < 1e-9
    mixed = QgsGeometry.fromWkt(f"GEOMETRYCOLLECTION({SQUARE}, POINT(1 1))")
    assert polygon_part(mixed).type() == QgsWkbTypes.GeometryType.PolygonGeometry


def test_features_in_repairs_copies_and_transforms():
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsProject,
        QgsVectorLayer,
    )

    from aula_plugin.gis.geometry import GeometryRepair, features_in

    layer = QgsVectorLayer("Polygon?crs=EPSG:2154", "zonages", "memory")
    features = []
    for wkt in (SQUARE, BOWTIE, SPIKE, None):
        feature = QgsFeature()
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    to_3857 = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance()
    )
    repair = GeometryRepair()
    read = list(features_in(layer, to_3857, QgsProcessingFeedback(), repair))
    assert len(read) == 2 and all(geometry.isGeosValid() for _, geometry in read)
    assert read[0][1].boundingBox().xMinimum() != 0  # transformed copy
    assert read[0][0].geometry().boundingBox().xMinimum() == 0  # the feature is untouched
    assert (repair.repaired, repair.dropped, repair.missing) == (1, 1, 1)
