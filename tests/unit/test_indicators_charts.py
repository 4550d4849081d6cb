"""Fact-sheet charts (core/charts.py): secret and missing values are gaps, never zeros."""

from __future__ import annotations

import math
import struct
from pathlib import Path

import pytest

from aula_plugin.core import charts
from aula_plugin.core.errors import AulaError
from aula_plugin.core.indicators.model import MISSING, OK, SECRET
from aula_plugin.core.indicators.view import (
    BarsView,
    Cell,
    EvolutionView,
    Note,
    SeriesView,
    TerritoryView,
)

pytest.importorskip("matplotlib", reason="matplotlib is not installed (python3-matplotlib)")

ARRAS = TerritoryView("commune", "62041", "Arras", "Commune")
DEPT = TerritoryView("dept", "62", "Pas-de-Calais", "Département")
EPCI = TerritoryView("epci", "200033579", "CU d'Arras", "EPCI")


def cell(territory: TerritoryView, vintage: str, value, status: str = OK, text: str = "") -> Cell:
    if status == SECRET:
        text = "s"
    elif status == MISSING:
        text = "n.d."
    return Cell("taux", "Taux de chômage", "%", territory, vintage, vintage or "?", value,
                status, text or str(value), "INSEE", [], 1)  # fmt: skip


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_bars_leave_secret_and_missing_out_with_their_mark(tmp_path: Path) -> None:
    view = BarsView(
        "b", "Taux de chômage", "taux", "%",
        [cell(ARRAS, "2021", 18.5), cell(EPCI, "2021", None, SECRET), cell(DEPT, "2021", None,
                                                                             MISSING)],
        notes=[Note("secret", "CU d'Arras: s = statistical secret")],
    )  # fmt: skip
    figure = charts.draw_comparison_bars(view)
    ax = figure.axes[0]
    widths = [patch.get_width() for patch in ax.patches]
    assert widths == [pytest.approx(18.5)]  # one bar: no zero-width bar for s and n.d.
    texts = [t.get_text() for t in ax.texts]
    assert "s" in texts and "n.d." in texts
    assert any("statistical secret" in t.get_text() for t in figure.texts)  # the note, printed
    path = charts.write_chart(figure, tmp_path / "bars.png", dpi=100)
    assert png_size(path)[0] == charts.pixels(160, 100)


def test_evolution_has_a_gap_where_a_vintage_is_missing(tmp_path: Path) -> None:
    vintages = ["2010", "2015", "2021"]
    arras = SeriesView(
        ARRAS,
        [cell(ARRAS, "2010", 41_000), cell(ARRAS, "2015", None, MISSING), cell(ARRAS, "2021",
                                                                                42_600)],
    )  # fmt: skip
    view = EvolutionView("e", "Population", "population", "hab.", vintages, [arras])
    figure = charts.draw_evolution(view)
    line = figure.axes[0].lines[0]
    xs, ys = list(line.get_xdata()), list(line.get_ydata())
    assert xs == [2010, 2015, 2021]
    assert ys[0] == 41_000 and ys[2] == 42_600
    assert math.isnan(ys[1])  # a gap, not a zero
    assert 0 not in ys
    svg = charts.write_chart(figure, tmp_path / "evolution.svg")
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_evolution_of_very_different_sizes_is_an_index() -> None:
    vintages = ["2015", "2021"]
    series = [
        SeriesView(ARRAS, [cell(ARRAS, "2015", 40_721), cell(ARRAS, "2021", 42_600)]),
        SeriesView(DEPT, [cell(DEPT, "2015", 1_472_648), cell(DEPT, "2021", 1_461_441)]),
    ]
    figure = charts.draw_evolution(EvolutionView("e", "Population", "population", "hab.",
                                                 vintages, series))  # fmt: skip
    lines = figure.axes[0].lines
    assert list(lines[0].get_ydata()) == [100.0, pytest.approx(42_600 / 40_721 * 100)]
    assert lines[1].get_ydata()[0] == 100.0
    assert "base 100 in 2015" in figure.axes[0].get_ylabel()


def test_chart_files_at_a_chosen_dpi(tmp_path: Path) -> None:
    figure = charts.draw_comparison_bars(
        BarsView("b", "Taux", "taux", "%", [cell(ARRAS, "2021", 18.5)]), size_mm=(160, 70)
    )
    path = charts.write_chart(figure, tmp_path / "bars.png", dpi=300)
    width, height = png_size(path)
    assert abs(width - 1890) <= 1  # 160 mm / 25.4 × 300
    assert abs(height - charts.pixels(70, 300)) <= 1
    with pytest.raises(AulaError, match="not 'gif'"):
        charts.write_chart(figure, tmp_path / "bars.gif")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bars.png"]  # no temporary left
