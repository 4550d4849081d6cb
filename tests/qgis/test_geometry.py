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
