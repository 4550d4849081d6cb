"""Commune split of a perimeter: slivers without activity stay with the perimeter's main piece."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsGeometry


def _pieces(perimeter: str, activities: list[tuple[float, float]]) -> list[Any]:
    from aula_plugin.gis.centralities_envelope import (
        Commune,
        CommuneSplitter,
        absorb_empty_pieces,
    )

    # two communes side by side: A = [0, 100] × [0, 100], B = [100, 200] × [0, 100]
    communes = [
        Commune("62001", "A", QgsGeometry.fromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))")),
        Commune("62002", "B", QgsGeometry.fromWkt("POLYGON((100 0,200 0,200 100,100 100,100 0))")),
    ]
    geometry = QgsGeometry.fromWkt(perimeter)
    pieces = CommuneSplitter(communes).split(geometry)
    assert len(pieces) == 2  # the perimeter crosses the limit x = 100

    def count(g: QgsGeometry) -> int:
        return sum(g.contains(QgsGeometry.fromWkt(f"POINT({x} {y})")) for x, y in activities)

    return absorb_empty_pieces(pieces, count)


# perimeter [10, 105] × [10, 90]: 95 × 80 = 7,600 m², of which a 5 × 80 = 400 m² sliver in B
PERIMETER = "POLYGON((10 10,105 10,105 90,10 90,10 10))"


def test_a_sliver_without_activity_joins_the_main_piece() -> None:
    pieces = _pieces(PERIMETER, [(20, 20), (50, 50), (80, 80)])
    assert [p.code for p in pieces] == ["62001"]
    assert abs(pieces[0].geometry.area() - 7600.0) < 1e-6  # the whole perimeter, nothing lost


def test_a_piece_with_an_activity_stays_a_piece() -> None:
    pieces = _pieces(PERIMETER, [(20, 20), (50, 50), (102, 50)])
    assert [p.code for p in pieces] == ["62001", "62002"]
    assert [round(p.geometry.area()) for p in pieces] == [7200, 400]
