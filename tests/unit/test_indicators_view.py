"""A sheet evaluated into view-model data (core/indicators/view.py): marks, notes, warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from aula_plugin.core.indicators.aggregate import aggregate_to_parents
from aula_plugin.core.indicators.comparateur import import_comparateur
from aula_plugin.core.indicators.model import (
    COMMUNE,
    DEPT,
    EPCI,
    MISSING,
    NOT_AGGREGABLE,
    OK,
    RATIO_OF_SUMS,
    SECRET,
    Indicator,
    IndicatorBase,
    Territory,
    TerritoryLink,
    Value,
)
from aula_plugin.core.indicators.sheets import default_sheet, parse_sheet_text
from aula_plugin.core.indicators.view import (
    MARK_MISSING,
    MARK_SECRET,
    NOTE_MISSING,
    NOTE_NOT_AGGREGABLE,
    NOTE_SECRET,
    NOTE_UNKNOWN_INDICATOR,
    WARNING_VINTAGES,
    BarsView,
    CardView,
    EvolutionView,
    TableView,
    evaluate_sheet,
)

SHEET = """
title: Test
sections:
  - title: Une
    blocks:
      - {type: key_figure, id: pop, indicator: population, gap: index}
      - {type: key_figure, id: taux, indicator: taux, reference: dept}
      - {type: comparison_bars, id: bars, indicator: taux}
      - {type: evolution, id: evo, indicator: population, territories: [self, parents]}
      - {type: table, id: tab, rows: [population, taux, revenu, inconnu]}
"""


def make_base() -> IndicatorBase:
    base = IndicatorBase()
    base.add_indicator(Indicator("population", "Population", "hab."))
    base.add_indicator(Indicator("chom", "Chômeurs"))
    base.add_indicator(Indicator("act", "Actifs"))
    base.add_indicator(
        Indicator("taux", "Taux de chômage", "%", aggregation=RATIO_OF_SUMS, numerator="chom",
                  denominator="act", factor=100, decimals=1)
    )  # fmt: skip
    base.add_indicator(Indicator("revenu", "Revenu médian", "€", aggregation=NOT_AGGREGABLE))
    base.add_territory(Territory(EPCI, "E", "Agglo"))
    base.add_territory(Territory(DEPT, "62", "Pas-de-Calais"))
    for code, label in (("A", "Alpha"), ("B", "Bêta"), ("C", "Gamma")):
        base.add_territory(Territory(COMMUNE, code, label))
        base.add_link(TerritoryLink(COMMUNE, code, EPCI, "E"))
        base.add_link(TerritoryLink(COMMUNE, code, DEPT, "62"))
    rows = {  # population 2015, 2021; unemployed, active 2021; median
        "A": (1000, 1100, 10, 100, 21000),
        "B": (2000, 2100, 30, 200, 19000),
        "C": (500, 450, SECRET, 50, SECRET),
    }
    for code, (p15, p21, chom, act, med) in rows.items():
        base.add_value(Value(COMMUNE, code, "population", "2015", p15, OK, "INSEE RP"))
        base.add_value(Value(COMMUNE, code, "population", "2021", p21, OK, "INSEE RP"))
        for ident, figure in (("chom", chom), ("act", act), ("revenu", med)):
            if figure == SECRET:
                base.add_value(Value(COMMUNE, code, ident, "2021", None, SECRET, "INSEE"))
            else:
                base.add_value(Value(COMMUNE, code, ident, "2021", figure, OK, "INSEE"))
        if chom != SECRET:
            base.add_value(Value(COMMUNE, code, "taux", "2021", chom / act * 100, OK, "calc"))
    base.add_value(Value(COMMUNE, "C", "taux", "2021", None, SECRET, "INSEE"))
    aggregate_to_parents(base)
    return base


def blocks(view) -> dict:
    return {block.id: block for block in view.blocks()}


def test_secret_and_missing_are_marks_never_zero() -> None:
    base = make_base()
    view = evaluate_sheet(parse_sheet_text(SHEET), base, (COMMUNE, "C"))
    found = blocks(view)
    card: CardView = found["taux"]
    assert card.figure.text == MARK_SECRET and card.figure.value is None
    assert not card.figure.drawable
    assert [n.kind for n in card.figure.notes] == [NOTE_SECRET]
    assert card.gap is None and card.gap_text == ""
    # the département is flagged, not summed without C: n.d. with the aggregation's note
    assert card.reference.status == MISSING and card.reference.text == MARK_MISSING
    assert "1 en secret statistique" in card.reference.notes[0].text
    bars: BarsView = found["bars"]
    assert [c.text for c in bars.bars] == [MARK_SECRET, MARK_MISSING, MARK_MISSING]
    assert all(c.value is None for c in bars.bars)
    assert {n.kind for n in bars.notes} == {NOTE_SECRET, NOTE_MISSING}
    table: TableView = found["tab"]
    revenu = next(r for r in table.rows if r.indicator_id == "revenu")
    assert [c.text for c in revenu.cells] == [MARK_SECRET, MARK_MISSING, MARK_MISSING]
    kinds = [n.kind for c in revenu.cells for n in c.notes]
    assert kinds == [NOTE_SECRET, NOTE_NOT_AGGREGABLE, NOTE_NOT_AGGREGABLE]
    for cell in view.cells():
        assert cell.text not in ("0", "0,0") or cell.value == 0
        if cell.status in (SECRET, MISSING):
            assert cell.value is None and cell.notes
    exported = {(r["territory_code"], r["indicator_id"]): r for r in view.export_rows()}
    assert exported[("C", "taux")]["status"] == SECRET
    assert exported[("C", "taux")]["value"] is None


def test_figures_gaps_sources_and_vintages() -> None:
    base = make_base()
    view = evaluate_sheet(parse_sheet_text(SHEET), base, (COMMUNE, "A"), language="fr")
    found = blocks(view)
    pop: CardView = found["pop"]
    assert (pop.figure.value, pop.figure.text, pop.figure.unit) == (1100, "1\u202f100", "hab.")
    assert pop.figure.vintage_text == "2021" and pop.figure.source == "INSEE RP"
    assert pop.reference.territory.label == "Agglo"  # the nearest parent
    assert pop.gap == pytest.approx(1100 / 3650 * 100) and pop.gap_text == "index 30"
    taux: CardView = found["taux"]
    assert taux.reference.territory.label == "Pas-de-Calais"
    # unit % -> a gap in points; the département is n.d. (C is secret): no gap
    assert taux.gap_kind == "points" and taux.gap is None and taux.reference.text == MARK_MISSING
    assert view.warnings == []
    assert [t.label for t in view.comparison] == ["Agglo", "Pas-de-Calais"]
    evo: EvolutionView = found["evo"]
    assert evo.vintages == ["2015", "2021"]
    assert evo.series[0].rate.rate_text == "+1,60"  # (1100 / 1000) ** (1 / 6) − 1 = 1.601 %


def test_vintage_mismatch_raises_a_visible_warning() -> None:
    base = make_base()
    # the EPCI's population is published for 2020 only, the commune's latest is 2021
    for vintage in ("2015", "2021"):
        del base.values[(EPCI, "E", "population", vintage)]
    base.add_value(Value(EPCI, "E", "population", "2020", 3600, OK, "INSEE"))
    view = evaluate_sheet(parse_sheet_text(SHEET), base, (COMMUNE, "A"))
    card: CardView = blocks(view)["pop"]
    assert card.reference.vintage == "2020"
    assert [w.kind for w in card.warnings] == [WARNING_VINTAGES]
    assert "Alpha 2021" in card.warnings[0].text and "Agglo 2020" in card.warnings[0].text
    row = next(r for r in blocks(view)["tab"].rows if r.indicator_id == "population")
    assert [c.vintage for c in row.cells] == ["2021", "2020", "2021"]
    assert [w.kind for w in row.warnings] == [WARNING_VINTAGES]
    assert any(w.kind == WARNING_VINTAGES for w in view.warnings)


def test_unknown_vintage_is_stated_never_guessed_and_warned() -> None:
    base = make_base()
    base.add_value(Value(DEPT, "62", "population", "", 1_461_000, OK, "paquet"))
    del base.values[(DEPT, "62", "population", "2021")]
    del base.values[(DEPT, "62", "population", "2015")]
    view = evaluate_sheet(parse_sheet_text(SHEET), base, (COMMUNE, "A"))
    row = next(r for r in blocks(view)["tab"].rows if r.indicator_id == "population")
    assert row.cells[2].vintage == "" and row.cells[2].vintage_text == "vintage not stated"
    assert row.warnings and "vintage not stated" in row.warnings[0].text
    french = evaluate_sheet(
        parse_sheet_text(SHEET), base, (COMMUNE, "A"),
        translate=lambda text: "millésime non précisé" if text == "vintage not stated" else text,
    )  # fmt: skip
    row = next(r for r in blocks(french)["tab"].rows if r.indicator_id == "population")
    assert row.cells[2].vintage_text == "millésime non précisé"


def test_unknown_indicator_gives_a_note() -> None:
    view = evaluate_sheet(parse_sheet_text(SHEET), make_base(), (COMMUNE, "A"))
    assert [n.kind for n in view.notes] == [NOTE_UNKNOWN_INDICATOR]
    row = next(r for r in blocks(view)["tab"].rows if r.indicator_id == "inconnu")
    assert {c.text for c in row.cells} == {MARK_MISSING}


def test_default_sheet_on_the_real_base(shared_data: Path) -> None:
    base = import_comparateur(shared_data / "insee" / "comparateur_communes_62.csv").base
    aggregate_to_parents(base)
    view = evaluate_sheet(default_sheet(), base, (COMMUNE, "62041"), zone=(DEPT, "62"))
    found = blocks(view)
    assert view.title == "Chiffres clés" and view.territory.label == "Arras"
    assert found["population"].figure.text == "42\u202f600"
    assert found["taux_chomage"].reference.territory.label == "Pas-de-Calais"
    assert found["taux_chomage"].gap_text == "+3,8 pts"  # 18.46 % vs 14.69 %
    evo = found["evolution_population"]
    assert evo.series[0].rate.rate_text == "+0,75"
    assert any(n.kind == "no_split" for n in evo.notes)  # births and deaths of 2022 only
    assert all(c.source for c in view.cells() if c.status != MISSING)
    english = evaluate_sheet(default_sheet(), base, (COMMUNE, "62041"), language="en")
    assert english.title == "Key figures"
    assert blocks(english)["population"].figure.text == "42,600"
