"""The fact-sheet dock in a real headless QGIS: drawing, selection following, independent panels,
secret and missing marks, exports and refresh time."""

from __future__ import annotations

import csv
import shutil
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QApplication, QLabel, QTableWidget

from aula_plugin.core.indicators.aggregate import aggregate_to_parents, derive_ratios
from aula_plugin.core.indicators.model import (
    COMMUNE,
    EPCI,
    MISSING,
    OK,
    RATIO_OF_SUMS,
    SECRET,
    Indicator,
    Value,
)
from aula_plugin.core.indicators.package import read_package_territories
from aula_plugin.core.indicators.store import write_base
from aula_plugin.gis.fact_sheets import forget_indicator_base
from aula_plugin.gis.stored_tables import table_name as layer_table
from aula_plugin.gis.territory import read_territory_project
from aula_plugin.gui import fact_sheet_dock
from aula_plugin.gui.fact_sheet_dock import (
    FactSheetDock,
    register_pdf_exporter,
    unregister_pdf_exporter,
)

SECRET_COMMUNE = "62048"  # Auchel: its unemployed are secret in the test base
MISSING_COMMUNE = "62119"  # Béthune: no labour-force figures at all
SOURCE = "Données de test (synthétiques)"


def _indicators() -> list[Indicator]:
    return [
        Indicator("actifs_15_64", "Actifs de 15 à 64 ans", "actifs", source=SOURCE),
        Indicator("chomeurs_15_64", "Chômeurs de 15 à 64 ans", "chômeurs", source=SOURCE),
        Indicator("pop_15_64", "Population de 15 à 64 ans", "hab.", source=SOURCE),
        Indicator(
            "taux_chomage_15_64", "Taux de chômage des 15-64 ans", "%", source=SOURCE,
            aggregation=RATIO_OF_SUMS, numerator="chomeurs_15_64", denominator="actifs_15_64",
            factor=100.0, decimals=1,
        ),
        Indicator(
            "taux_activite_15_64", "Taux d'activité des 15-64 ans", "%", source=SOURCE,
            aggregation=RATIO_OF_SUMS, numerator="actifs_15_64", denominator="pop_15_64",
            factor=100.0, decimals=1,
        ),
    ]  # fmt: skip


def _synthetic_base(template: Path) -> Any:
    """The package's communes and parents with deterministic labour-force figures (2015, 2021)."""
    base = read_package_territories(template)
    for indicator in _indicators():
        base.add_indicator(indicator)
    population = base.indicators["population"]
    base.add_indicator(Indicator("population", population.label, "hab.", source=SOURCE))
    communes = sorted(k for k in base.territories if k[0] == COMMUNE)
    for i, (_level, code) in enumerate(communes):
        people = 400 + (i * 137) % 9000
        for year, grow in (("2015", 1.0), ("2021", 1.03)):
            pop = int(people * grow)
            base.add_value(Value(COMMUNE, code, "population", year, pop, OK, SOURCE))
            if code == MISSING_COMMUNE:
                for ident in ("pop_15_64", "actifs_15_64", "chomeurs_15_64"):
                    base.add_value(Value(COMMUNE, code, ident, year, None, MISSING, SOURCE))
                continue
            active = int(pop * 0.45)
            base.add_value(Value(COMMUNE, code, "pop_15_64", year, int(pop * 0.62), OK, SOURCE))
            base.add_value(Value(COMMUNE, code, "actifs_15_64", year, active, OK, SOURCE))
            unemployed = Value(COMMUNE, code, "chomeurs_15_64", year,
                               int(active * (0.08 + (i % 7) / 100)), OK, SOURCE)  # fmt: skip
            if code == SECRET_COMMUNE:
                unemployed = Value(COMMUNE, code, "chomeurs_15_64", year, None, SECRET, SOURCE)
            base.add_value(unemployed)
    derive_ratios(base, level=COMMUNE)
    aggregate_to_parents(base)
    return base


def _commune_layer() -> QgsVectorLayer:
    (layer,) = [
        lyr for lyr in QgsProject.instance().mapLayers().values() if layer_table(lyr) == "commune"
    ]
    return layer


@pytest.fixture
def shipped_project(territory_gpkg: Path, tmp_path: Path, qgis_new_project: Any) -> Iterator[Path]:
    """The shipped project opened from a copy (its ind_* tables: the package's populations and
    synthetic demonstration figures)."""
    copy = tmp_path / "aula_territoire.gpkg"
    shutil.copy(territory_gpkg, copy)
    assert read_territory_project(copy, QgsProject.instance())
    yield copy
    QgsProject.instance().clear()
    forget_indicator_base()


@pytest.fixture
def indicator_project(
    territory_gpkg: Path, tmp_path: Path, qgis_new_project: Any
) -> Iterator[Path]:
    """A working copy holding the ind_* tables (synthetic labour-force figures)."""
    copy = tmp_path / "aula_territoire.gpkg"
    shutil.copy(territory_gpkg, copy)
    write_base(copy, _synthetic_base(territory_gpkg))
    assert read_territory_project(copy, QgsProject.instance())
    yield copy
    QgsProject.instance().clear()
    forget_indicator_base()


@pytest.fixture
def docks(qgis_app: Any) -> Iterator[list[FactSheetDock]]:
    made: list[FactSheetDock] = []
    yield made
    for dock in made:
        dock.cleanup()
        dock.close()
        dock.deleteLater()
    QApplication.processEvents()


def _open(docks: list[FactSheetDock]) -> FactSheetDock:
    dock = FactSheetDock()
    dock.duplicated.connect(docks.append)
    docks.append(dock)
    dock.resize(460, 1400)
    dock.start()
    dock.show()
    QApplication.processEvents()
    return dock


def _texts(dock: FactSheetDock) -> list[str]:
    texts = [label.text() for label in dock.widget().findChildren(QLabel)]
    for table in dock.widget().findChildren(QTableWidget):
        texts += [
            table.item(i, j).text()
            for i in range(table.rowCount())
            for j in range(table.columnCount())
        ]
    return texts


def _colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format_RGB32)
    found = set()
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            found.add(image.pixel(x, y))
    return len(found)


def _select(layer: QgsVectorLayer, insee: str) -> None:
    (feature,) = list(layer.getFeatures(f"\"insee\" = '{insee}'"))
    layer.selectByIds([feature.id()])


def test_dock_renders_and_follows_the_commune_selection(
    shipped_project: Path, docks: list[FactSheetDock], tmp_path: Path
) -> None:
    dock = _open(docks)
    layer = _commune_layer()
    assert dock.followed_layer() is layer
    _select(layer, "62119")
    assert dock.current_key() == (COMMUNE, "62119")
    view = dock.current_view()
    assert view is not None and view.territory.label == "Béthune"
    card = next(b for b in view.blocks() if getattr(b, "id", "") == "population")
    assert card.figure.drawable and card.reference is not None
    assert card.reference.territory.level == EPCI and card.reference.drawable  # summed parent
    texts = _texts(dock)
    assert any("Béthune" in t for t in texts)
    dock.finish_charts()
    image = dock.grab().toImage()
    image.save(str(tmp_path / "dock.png"))
    assert _colours(image) >= 20, "the dock looks blank"


def test_two_docks_keep_independent_state(
    indicator_project: Path, docks: list[FactSheetDock]
) -> None:
    first = _open(docks)
    layer = _commune_layer()
    _select(layer, "62119")
    second = first.duplicate()
    assert second in docks and second is not first
    assert second.current_key() == (COMMUNE, "62119")
    second.follow_layer(None)  # the second panel stops following the map
    assert second.set_territory(COMMUNE, SECRET_COMMUNE)
    second.set_zone(("dept", "62"))
    assert first.current_key() == (COMMUNE, "62119")
    assert first.zone is None and second.zone == ("dept", "62")
    _select(layer, "62498")
    assert first.current_key() == (COMMUNE, "62498")
    assert second.current_key() == (COMMUNE, SECRET_COMMUNE)
    assert second.current_view().zone.code == "62"
    assert first.current_view().zone is None


def test_secret_and_missing_read_s_and_nd_never_zero(
    indicator_project: Path, docks: list[FactSheetDock], tmp_path: Path
) -> None:
    dock = _open(docks)
    for code, mark, status in ((SECRET_COMMUNE, "s", SECRET), (MISSING_COMMUNE, "n.d.", MISSING)):
        assert dock.set_territory(COMMUNE, code)
        view = dock.current_view()
        # the commune's unemployed: secret or missing, in the labour-force table
        table = next(b for b in view.blocks() if getattr(b, "id", "") == "emploi")
        row = next(r for r in table.rows if r.indicator_id == "chomeurs_15_64")
        cell = next(c for c in row.cells if c.territory.code == code)
        assert (cell.text, cell.value, cell.status) == (mark, None, status)
        # its rate cannot be computed: n.d. with a note saying why, never 0
        rate = next(b for b in view.blocks() if getattr(b, "id", "") == "taux_chomage")
        assert (rate.figure.text, rate.figure.value) == ("n.d.", None)
        texts = _texts(dock)
        assert mark in texts and "n.d." in texts  # the table's cell, the card's value
        assert any(mark in t and ("secret" in t or "not available" in t) for t in texts)
        assert not [t for t in texts if t.strip() in ("0", "0 %", "0,0 %", "0.0 %", "0,0")]
        path = dock.export_csv(tmp_path / f"{code}.csv")
        with path.open(encoding="utf-8-sig", newline="") as src:
            rows = [r for r in csv.DictReader(src) if r["territory_code"] == code]
        unemployed = [r for r in rows if r["indicator_id"] == "chomeurs_15_64"]
        assert unemployed and {(r["value"], r["status"]) for r in unemployed} == {("", status)}
        rates = [r for r in rows if r["indicator_id"] == "taux_chomage_15_64"]
        assert rates and {(r["value"], r["status"]) for r in rates} == {("", MISSING)}


def test_csv_export_round_trips(
    indicator_project: Path, docks: list[FactSheetDock], tmp_path: Path
) -> None:
    dock = _open(docks)
    assert dock.set_territory(COMMUNE, "62498")
    path = dock.export_csv(tmp_path / "fiche.csv")
    with path.open(encoding="utf-8-sig", newline="") as src:
        reader = csv.DictReader(src)
        assert tuple(reader.fieldnames) == (
            "territory_code", "territory_level", "indicator_id", "label", "vintage", "value",
            "unit", "status", "source",
        )  # fmt: skip
        read = list(reader)
    expected = dock.current_view().export_rows()
    assert len(read) == len(expected) > 10
    for got, row in zip(read, expected):  # noqa: B905 - same length asserted
        for column, value in row.items():
            if column == "value" and value is not None:
                assert float(got[column]) == pytest.approx(value, rel=1e-12)
            else:
                assert got[column] == ("" if value is None else str(value)), column


def test_charts_export_as_png_and_svg_at_the_chosen_dpi(
    indicator_project: Path, docks: list[FactSheetDock], tmp_path: Path
) -> None:
    dock = _open(docks)
    assert dock.set_territory(COMMUNE, "62498")
    dock.finish_charts()
    drawn = [
        label
        for label in dock.widget().findChildren(QLabel)
        if label.pixmap() is not None and not label.pixmap().isNull()
    ]
    assert len(drawn) == 3 and all(label.accessibleDescription() for label in drawn)
    image = dock.grab().toImage()
    image.save(str(tmp_path / "dock_charts.png"))
    assert _colours(image) >= 40
    pngs = dock.export_charts(tmp_path, "png", 200)
    svgs = dock.export_charts(tmp_path, "svg", 200)
    assert len(pngs) == len(svgs) == 3  # two comparison bars, one evolution
    image = QImage(str(pngs[0]))
    assert image.width() == round(160 / 25.4 * 200)
    assert all(p.read_bytes().lstrip().startswith(b"<?xml") for p in svgs)


def test_switching_territory_is_fast(indicator_project: Path, docks: list[FactSheetDock]) -> None:
    dock = _open(docks)
    layer = _commune_layer()
    members = sorted(  # communes of the CABBALR
        k[1]
        for k in dock.base.territories
        if k[0] == COMMUNE and (EPCI, "200072460") in dock.base.parents(k)
    )
    assert len(members) >= 20
    ids = {f["insee"]: f.id() for f in layer.getFeatures()}
    fact_sheet_dock._IMAGES.clear()  # no chart drawn by an earlier test helps the first pass
    first_paint, complete = [], []
    for code in members[:20]:
        start = time.perf_counter()
        layer.selectByIds([ids[code]])
        dock.grab()  # texts, cards and tables painted
        first_paint.append(time.perf_counter() - start)
        while dock.charts_pending():  # the charts, drawn one per event-loop turn
            QApplication.processEvents()
        dock.grab()  # to the end of painting
        complete.append(time.perf_counter() - start)
        assert dock.current_key() == (COMMUNE, code)
    again = []  # back to communes already seen: their charts come from the image cache
    for code in members[:20]:
        start = time.perf_counter()
        layer.selectByIds([ids[code]])
        assert not dock.charts_pending()
        dock.grab()
        again.append(time.perf_counter() - start)
    first = statistics.median(first_paint) * 1000
    median = statistics.median(complete) * 1000
    seen = statistics.median(again) * 1000
    message = (
        f"median switch {median:.0f} ms with its 3 charts (texts painted at {first:.0f} ms; "
        f"{seen:.0f} ms back to a commune already shown)"
    )
    print("\nfact-sheet dock, 20 CABBALR communes:", message)  # noqa: T201 - the issue's figure
    assert median < 600  # target 200 ms; a generous bound for a shared test machine
    assert first < 200 and seen < 200


def test_pdf_hook_hands_the_dock_to_the_registered_exporter(
    shipped_project: Path, docks: list[FactSheetDock]
) -> None:
    dock = _open(docks)
    assert not dock.pdf_action.isEnabled() and dock.export_pdf() is None
    seen = []

    def exporter(panel: FactSheetDock) -> str:
        seen.append((panel.current_key(), panel.current_view().territory.label))
        return "written"

    register_pdf_exporter(exporter)
    try:
        dock.export_menu().aboutToShow.emit()
        assert dock.pdf_action.isEnabled()
        assert dock.export_pdf() == "written"
        assert seen == [(dock.current_key(), dock.current_view().territory.label)]
    finally:
        unregister_pdf_exporter(exporter)


def test_french_interface(
    shipped_project: Path, docks: list[FactSheetDock], french_labels: None
) -> None:
    dock = _open(docks)
    assert dock.windowTitle() == "Fiches AULA"
    assert dock.refresh_button.text() == "Actualiser"  # the base dock's own texts
    assert dock.duplicate_button.accessibleName() == "Nouveau panneau"
    assert dock.zone_combo.itemText(0) == "Parent le plus proche"
    assert dock.level_combo.currentText() == "Commune"
    assert [a.text() for a in dock.export_menu().actions()] == [
        "Chiffres en CSV (format long)…",
        "Graphiques en PNG ou SVG…",
        "Fiche en PDF…",
    ]


def test_results_sheet_shows_the_register_figures(
    shipped_project: Path, docks: list[FactSheetDock]
) -> None:
    """The « Résultats AULA » sheet reads the latest results recorded in the GeoPackage's results
    register; a result that is not there reads n.d. with the algorithm to run, never 0."""
    import sqlite3

    from aula_plugin.core.results_register import Result, record

    with sqlite3.connect(shipped_project) as con:
        con.execute("CREATE TABLE traj (territory TEXT, envelope_final_ha REAL, "
                    "share_used_pct REAL, remaining_m2 REAL)")  # fmt: skip
        con.execute("INSERT INTO traj VALUES ('62119', 123.4, 37.5, 771000)")
        con.execute("CREATE TABLE centra (insee_com TEXT, niveau TEXT, n_act INTEGER)")
        con.executemany("INSERT INTO centra VALUES (?, ?, ?)",
                        [("62119", "structurante", 40), ("62119", "proximité", 5),
                         ("62498", "structurante", 99)])  # fmt: skip
    record(
        shipped_project,
        [
            Result("aula:zantrajectory", "zantrajectory:OUTPUT", "traj"),
            Result("aula:centralities", "centralities:OUTPUT", "centra"),
        ],
    )
    dock = _open(docks)
    dock.sheet_combo.setCurrentIndex(dock.sheet_combo.findText("AULA results"))
    assert dock.sheet is not None and dock.sheet.id == "resultats_aula"
    assert dock.set_territory(COMMUNE, "62119")
    view = dock.current_view()
    cards = {b.id: b for b in view.blocks() if hasattr(b, "figure")}
    assert (cards["zan_enveloppe"].figure.value, cards["zan_reste"].figure.value) == (123.4, 77.1)
    assert cards["centra_nombre"].figure.value == 2  # Béthune's two, not Lens's
    table = next(b for b in view.blocks() if getattr(b, "id", "") == "centra_niveaux")
    counts = {r.indicator_id: r.cells[0].value for r in table.rows}
    assert counts == {"centra_structurante": 1, "centra_intermediaire": 0,
                      "centra_proximite": 1}  # fmt: skip
    for ident, algorithm in (("tvb_reservoirs", "aula:reservoirs"),
                             ("tvb_conflits", "aula:conflictpoints"),
                             ("zan_conso_ref", "aula:zanimportconsumption")):  # fmt: skip
        figure = cards[ident].figure
        assert (figure.text, figure.value) == ("n.d.", None), ident
        assert algorithm in " ".join(n.text for n in figure.notes), ident
    texts = " ".join(_texts(dock))
    assert "123.4" in texts and "aula:reservoirs" in texts
    # Lens (another territory) gets its own figures
    assert dock.set_territory(COMMUNE, "62498")
    cards = {b.id: b for b in dock.current_view().blocks() if hasattr(b, "figure")}
    assert cards["centra_nombre"].figure.value == 1
    assert cards["zan_enveloppe"].figure.text == "n.d."  # not in the trajectory result


def test_the_sheet_as_pdf_holds_the_territory_and_its_parents(
    indicator_project: Path, docks: list[FactSheetDock], tmp_path: Path
) -> None:
    """« Sheet as PDF… » (the exporter the plugin registers): the sheet the dock shows, with the
    territory's name and its parent's figure as searchable text; an EPCI gets its own sheet."""
    import subprocess

    dock = _open(docks)
    for key, name in (((COMMUNE, "62498"), "Lens"), ((EPCI, "246200364"), "Lens-Liévin")):
        assert dock.set_territory(*key)
        path = fact_sheet_dock.save_sheet_pdf(dock, tmp_path / f"{key[1]}.pdf")
        assert path is not None and path.stat().st_size > 2000
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        assert name in text
        card = next(b for b in dock.current_view().blocks() if getattr(b, "id", "") == "population")
        assert card.reference is not None and card.reference.text.replace("\u202f", " ") in (
            text.replace("\u202f", " ")
        )
        assert not list(tmp_path.glob(".*"))  # nothing half-written left
