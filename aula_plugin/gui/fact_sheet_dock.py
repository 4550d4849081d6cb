"""The indicator fact-sheet dock: a territory compared with its parents, drawn with Qt widgets.

Built on :class:`~.territory_dock.TerritoryDock` (territory picker, selection following, refresh,
exports, new panel). The sheet (YAML, :mod:`aula_plugin.core.indicators.sheets`) is evaluated by
:func:`~aula_plugin.core.indicators.view.evaluate_sheet` into a view-model, drawn here:

- key-figure cards as framed labels (value, unit, vintage, the reference and the gap);
- comparison bars and evolutions as matplotlib images (:mod:`aula_plugin.core.charts`) in labels,
  with the figures as the accessible description; nothing drawable: the marks in text;
- tables as read-only table widgets;
- a secret value reads "s", a missing one "n.d.", with its note, never 0; every figure has its
  source and vintage (small text or tooltip).

Exports: CSV in long format (:meth:`FactSheetDock.export_csv`), charts in PNG or SVG at a chosen
DPI (:meth:`FactSheetDock.export_charts`). PDF: a PDF exporter registers itself with
:func:`register_pdf_exporter`; it is called with the dock and reads :meth:`current_view`,
:meth:`current_key`, ``base`` and ``sheet``.
"""

from __future__ import annotations

import html
import textwrap
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QImage, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import charts
from ..core.errors import AulaError
from ..core.indicators import sheets as sh
from ..core.indicators.model import COMMUNE, IndicatorBase, level_rank
from ..core.indicators.register_figures import FIGURES
from ..core.indicators.view import (
    BarsView,
    CardView,
    Cell,
    EvolutionView,
    SheetView,
    TableView,
    block_cells,
    evaluate_sheet,
)
from ..gis.fact_sheets import (
    ORIGIN_PACKAGE,
    LoadedBase,
    add_register_figures_of,
    forget_indicator_base,
    indicator_gpkg,
    load_indicator_base,
    write_sheet_csv,
)
from ..toolbelt.i18n import qgis_locale
from ..toolbelt.i18n import tr as tr_aula
from .territory_dock import TerritoryDock, data_key, key_data

#: on-screen chart size (mm) and resolution
SCREEN_CHART_MM = (105.0, 62.0)
SCREEN_DPI = 96
WRAP_CHARS = 26
MAX_NOTES = 4  # notes shown under a table or chart (all of them in its tooltip)
WARNING_STYLE = "color: #9a5b00;"
NOTE_STYLE = "color: #555555; font-size: 8pt;"

#: on-screen chart images by content, shared by the docks (oldest dropped first)
_IMAGES: dict[str, QImage] = {}
MAX_IMAGES = 60

PdfExporter = Callable[["FactSheetDock"], Any]
_PDF_EXPORTERS: list[PdfExporter] = []


def register_pdf_exporter(exporter: PdfExporter) -> None:
    """Enable "Sheet as PDF…" in the docks' export menus: ``exporter(dock)`` is called when the
    user chooses it (the last one registered)."""
    if exporter not in _PDF_EXPORTERS:
        _PDF_EXPORTERS.append(exporter)


def unregister_pdf_exporter(exporter: PdfExporter) -> None:
    if exporter in _PDF_EXPORTERS:
        _PDF_EXPORTERS.remove(exporter)


def save_sheet_pdf(dock: FactSheetDock, path: str | Path | None = None) -> Path | None:
    """The PDF exporter the plugin registers: the sheet the dock shows, through the layout of
    aula:factsheetexport (asks for the file when ``path`` is None)."""
    from ..gis.fact_sheet_export import write_view_pdf

    view, loaded = dock.current_view(), dock.loaded
    if view is None or loaded is None:
        return None
    path = path or dock.ask_pdf_path()
    if not path:
        return None
    try:
        return write_view_pdf(view, loaded.base, loaded.path, path)
    except (AulaError, OSError) as exc:
        dock.show_write_error(path, exc)
        return None


def figure_image(figure: Any) -> QImage:
    """A matplotlib Figure (Agg canvas) as a QImage, without a file."""
    canvas = figure.canvas
    canvas.draw()
    width, height = canvas.get_width_height()
    data = bytes(canvas.buffer_rgba())
    return QImage(data, width, height, width * 4, QImage.Format_RGBA8888).copy()


def _wrap_cell(cell: Cell) -> Cell:
    label = "\n".join(textwrap.wrap(cell.territory.label, WRAP_CHARS)) or cell.territory.label
    return replace(cell, territory=replace(cell.territory, label=label))


def _wrapped(block: Any) -> Any:
    """A copy of a chart block whose long territory names are wrapped (a narrow dock)."""
    if isinstance(block, BarsView):
        return replace(block, bars=[_wrap_cell(c) for c in block.bars])
    if isinstance(block, EvolutionView):
        series = [
            replace(s, territory=replace(s.territory, label=textwrap.shorten(
                s.territory.label, WRAP_CHARS * 2, placeholder="…")))
            for s in block.series
        ]  # fmt: skip
        return replace(block, series=series)
    return block


def _small(text: str, parent: QWidget, style: str = NOTE_STYLE) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


class FactSheetDock(TerritoryDock):
    OBJECT_NAME = "AulaFactSheetDock"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("AULA fact sheets"))
        self.language = "fr" if qgis_locale().lower().startswith("fr") else "en"
        self.sheet: sh.Sheet | None = None
        self.sheet_error = ""
        self.view: SheetView | None = None
        self.origin = ""
        self.loaded: LoadedBase | None = None
        self.zone: tuple[str, str] | None = None
        self._pending: list[tuple[QLabel, Any]] = []  # charts still to draw
        self.sheet_combo = QComboBox(self)
        for path in sh.sheet_paths():
            self.sheet_combo.addItem(self._sheet_title(path), str(path))
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(
            str(sh.default_sheet_path()))))  # fmt: skip
        self.zone_combo = QComboBox(self)
        self.zone_combo.setToolTip(self.tr("The territory the cards and bars compare with"))
        self.add_control(self.tr("&Sheet"), self.sheet_combo)
        self.add_control(self.tr("&Compare with"), self.zone_combo)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.zone_combo.activated.connect(self._zone_chosen)
        self.add_export_action(self.tr("Figures as CSV (long format)…"), self.export_csv)
        self.add_export_action(self.tr("Charts as PNG or SVG…"), self.export_charts_dialog)
        self.pdf_action = self.add_export_action(self.tr("Sheet as PDF…"), self.export_pdf)
        self.pdf_action.setEnabled(bool(_PDF_EXPORTERS))
        self.export_menu().aboutToShow.connect(
            lambda: self.pdf_action.setEnabled(bool(_PDF_EXPORTERS))
        )
        self._load_sheet()
        # matplotlib's first import takes half a second: done while the panel opens, not at the
        # first territory's charts
        QTimer.singleShot(0, charts.preload)

    def _sheet_title(self, path: Path) -> str:
        try:
            return sh.pick(sh.load_sheet(path).title, self.language)
        except AulaError:
            return path.stem.replace("_", " ")

    # -- data -------------------------------------------------------------------------------------
    def _load_sheet(self) -> None:
        path = self.sheet_combo.currentData()
        try:
            self.sheet = sh.load_sheet(path) if path else sh.default_sheet()
            self.sheet_error = ""
        except AulaError as exc:
            self.sheet, self.sheet_error = None, exc.message(tr_aula)

    def load_base(self) -> IndicatorBase | None:
        path = indicator_gpkg(self.followed_layer())
        try:
            loaded = load_indicator_base(path)
        except (AulaError, OSError) as exc:
            message = exc.message(tr_aula) if isinstance(exc, AulaError) else str(exc)
            self.status_label.setText(
                self.tr("No indicators read from {}: {}").format(path, message)
            )
            self.origin = ""
            self.loaded = None
            return None
        self.origin = loaded.origin
        self.loaded = loaded
        return loaded.base

    def invalidate(self) -> None:
        forget_indicator_base(indicator_gpkg(self.followed_layer()))

    def clone_state(self, other: TerritoryDock) -> None:
        if isinstance(other, FactSheetDock):
            other.sheet_combo.setCurrentIndex(self.sheet_combo.currentIndex())
            other.zone = self.zone

    def current_view(self) -> SheetView | None:
        """The sheet as drawn now (what the exports write)."""
        return self.view

    # -- choices ----------------------------------------------------------------------------------
    def _sheet_chosen(self, _index: int) -> None:
        self._load_sheet()
        self.render()

    def _zone_chosen(self, index: int) -> None:
        self.zone = data_key(self.zone_combo.itemData(index))
        self.render()

    def set_zone(self, zone: tuple[str, str] | None) -> None:
        self.zone = tuple(zone) if zone else None
        self.render()

    def _fill_zones(self, key: tuple[str, str]) -> None:
        base = self.base
        combo = self.zone_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Nearest parent"), None)
        ancestors = base.ancestors(key) if base else []
        for parent in ancestors:
            combo.addItem(base.label(parent), key_data(parent))
        if base is not None:
            others = sorted(
                (
                    k
                    for k in base.territories
                    if k[0] != COMMUNE and k not in ancestors and k != key
                ),
                key=lambda k: (level_rank(k[0]), base.label(k).casefold()),
            )
            if others:
                combo.insertSeparator(combo.count())
            for other in others:
                combo.addItem(base.label(other), key_data(other))
        index = combo.findData(key_data(self.zone)) if self.zone else 0
        if index < 0:  # a zone the user chose stays chosen
            combo.addItem(base.label(self.zone) if base else self.zone[1], key_data(self.zone))
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    # -- drawing ----------------------------------------------------------------------------------
    def render(self) -> None:
        key = self.current_key()
        self._pending = []
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        self.view = None
        if self.sheet is None or self.base is None or key is None:
            text = self.sheet_error or self.tr("Choose a territory.")
            layout.addWidget(_small(text, content))
            layout.addStretch(1)
            self.set_content(content)
            return
        self._fill_zones(key)
        if self.loaded is not None and set(self.sheet.indicators()) & set(FIGURES):
            add_register_figures_of(self.loaded, key)  # ZAN, centralities, TVB results
        self.view = evaluate_sheet(
            self.sheet, self.base, key, zone=self.zone, language=self.language, translate=tr_aula
        )
        view = self.view
        title = QLabel(
            "<b>{}</b><br>{} · {}".format(
                html.escape(view.title),
                html.escape(view.territory.label),
                html.escape(view.territory.level_label),
            ),  # fmt: skip
            content,
        )
        title.setAccessibleName(f"{view.title}: {view.territory.label}")
        layout.addWidget(title)
        if self.origin == ORIGIN_PACKAGE:
            layout.addWidget(
                _small(
                    self.tr(
                        "Only the populations of the territory package: import indicators "
                        "(INSEE comparateur) into the working copy for the whole sheet."
                    ),
                    content,
                    WARNING_STYLE,
                )  # fmt: skip
            )
        for section in view.sections:
            heading = QLabel(f"<b>{html.escape(section.title)}</b>", content)
            heading.setStyleSheet("margin-top: 6px; color: #1f3b5c; font-size: 11pt;")
            layout.addWidget(heading)
            for block in section.blocks:
                layout.addWidget(self._block_widget(block, content))
        self._notes(view, layout, content)
        layout.addStretch(1)
        self.set_content(content)
        if self._pending:
            QTimer.singleShot(0, self._draw_next_chart)

    def _draw_next_chart(self) -> None:
        """Draw one waiting chart, then let Qt paint and handle input before the next: a quick
        run through several territories never waits for the charts of the ones it left."""
        if self._pending:
            label, block = self._pending.pop(0)
            image = figure_image(self.draw_chart(block, SCREEN_DPI, SCREEN_CHART_MM))
            _IMAGES[self._chart_key(block)] = image
            while len(_IMAGES) > MAX_IMAGES:
                _IMAGES.pop(next(iter(_IMAGES)))
            label.setMinimumHeight(0)
            label.setPixmap(QPixmap.fromImage(image))
        if self._pending:
            QTimer.singleShot(0, self._draw_next_chart)

    def _chart_key(self, block: Any) -> str:
        """What a chart shows (every figure, note and label): equal keys, equal images."""
        return f"{self.language}|{SCREEN_DPI}|{SCREEN_CHART_MM}|{block!r}"

    def charts_pending(self) -> int:
        return len(self._pending)

    def cleanup(self) -> None:
        self._pending = []
        super().cleanup()

    def finish_charts(self) -> None:
        """Draw the waiting charts now (before a screenshot or a PDF export)."""
        while self._pending:
            self._draw_next_chart()

    def _block_widget(self, block: Any, parent: QWidget) -> QWidget:
        if isinstance(block, CardView):
            return self._card(block, parent)
        if isinstance(block, TableView):
            return self._table(block, parent)
        return self._chart(block, parent)

    def _cell_text(self, cell: Cell) -> str:
        unit = f" {cell.unit}" if cell.unit and cell.drawable else ""
        return f"{cell.text}{unit}"

    def _cell_tip(self, cell: Cell) -> str:
        lines = [
            f"{cell.territory.label}, {cell.label}: {self._cell_text(cell)}",
            self.tr("Vintage: {}").format(cell.vintage_text),
            self.tr("Source: {}").format(cell.source or "-"),
        ]
        lines += [n.text for n in cell.notes]
        return "\n".join(lines)

    def _card(self, card: CardView, parent: QWidget) -> QFrame:
        frame = QFrame(parent)
        frame.setFrameShape(QFrame.StyledPanel)
        frame.setFocusPolicy(Qt.TabFocus)
        box = QVBoxLayout(frame)
        box.setContentsMargins(6, 4, 6, 4)
        box.addWidget(_small(card.title, frame, "color: #333333;"))
        value = QLabel(html.escape(self._cell_text(card.figure)), frame)
        value.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f3b5c;")
        box.addWidget(value)
        figure = card.figure
        box.addWidget(
            _small(self.tr("{vintage} · source: {source}").format(
                vintage=figure.vintage_text, source=figure.source or "-"), frame)
        )  # fmt: skip
        spoken = [f"{card.title}: {self._cell_text(figure)}, {figure.vintage_text}"]
        if card.reference is not None:
            ref = card.reference
            text = f"{ref.territory.label}: {self._cell_text(ref)} ({ref.vintage_text})"
            if card.gap_text:
                text += f" · {card.gap_text}"
            box.addWidget(_small(text, frame, "color: #333333;"))
            spoken.append(text)
        notes = [n.text for n in card.figure.notes]
        if card.reference is not None:
            notes += [n.text for n in card.reference.notes]
        for warning in card.warnings:
            box.addWidget(_small("⚠ " + warning.text, frame, WARNING_STYLE))
            spoken.append(warning.text)
        for note in notes:
            box.addWidget(_small(note, frame))
            spoken.append(note)
        if card.note:
            box.addWidget(_small(card.note, frame))
        frame.setToolTip(self._cell_tip(figure))
        frame.setAccessibleName(spoken[0])
        frame.setAccessibleDescription("\n".join(spoken[1:] + [self._cell_tip(figure)]))
        return frame

    def _table(self, table: TableView, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 4, 0, 4)
        box.addWidget(QLabel(f"<b>{html.escape(table.title)}</b>", holder))
        widget = QTableWidget(len(table.rows), len(table.columns), holder)
        widget.setAccessibleName(table.title)
        widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        widget.setHorizontalHeaderLabels([c.label for c in table.columns])
        widget.setVerticalHeaderLabels(
            [f"{r.label} ({r.unit})" if r.unit else r.label for r in table.rows]
        )
        for i, row in enumerate(table.rows):
            for j, cell in enumerate(row.cells):
                item = QTableWidgetItem(cell.text)
                item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
                item.setToolTip(self._cell_tip(cell))
                widget.setItem(i, j, item)
        widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        widget.resizeRowsToContents()
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOn)  # room kept for it below
        height = widget.horizontalHeader().sizeHint().height() + 4
        height += sum(widget.rowHeight(i) for i in range(widget.rowCount()))
        height += widget.horizontalScrollBar().sizeHint().height()
        widget.setFixedHeight(height + widget.frameWidth() * 2)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        box.addWidget(widget)
        self._block_notes(table, box, holder)
        return holder

    def _chart(self, block: Any, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 4, 0, 4)
        cells = list(block_cells(block))
        spoken = "\n".join(
            f"{c.territory.label} ({c.vintage_text}): {self._cell_text(c)}" for c in cells
        )
        if any(c.drawable for c in cells):
            unit = f" ({block.unit})" if getattr(block, "unit", "") else ""
            box.addWidget(QLabel(f"<b>{html.escape(block.title + unit)}</b>", holder))
            label = QLabel(holder)
            label.setAlignment(Qt.AlignCenter)
            known = _IMAGES.get(self._chart_key(block))
            if known is not None:  # seen before (going back, another panel): at once
                label.setPixmap(QPixmap.fromImage(known))
            else:
                label.setText(self.tr("Drawing the chart…"))
                label.setMinimumHeight(charts.pixels(SCREEN_CHART_MM[1], SCREEN_DPI))
                self._pending.append((label, block))  # drawn right after the texts show
            label.setFocusPolicy(Qt.TabFocus)
            label.setAccessibleName(block.title)
            label.setAccessibleDescription(spoken)
            label.setToolTip(spoken + "\n" + self._sources_text(cells))
            box.addWidget(label)
            self._block_notes(block, box, holder)  # the on-screen chart leaves them to Qt
            box.addWidget(_small(self._sources_text(cells), holder))
        else:  # nothing to draw: the marks and their notes, never a zero bar
            box.addWidget(QLabel(f"<b>{html.escape(block.title)}</b>", holder))
            text = _small(spoken or self.tr("No figure."), holder, "color: #333333;")
            text.setAccessibleName(block.title)
            box.addWidget(text)
            self._block_notes(block, box, holder)
        if isinstance(block, EvolutionView):  # the legend: each series' colour and rate
            for i, series in enumerate(block.series):
                text = html.escape(series.territory.label)
                rate = series.rate
                if rate is not None:
                    text = html.escape(
                        self.tr("{territory}: {rate} {unit} ({start}-{end})").format(
                            territory=series.territory.label, rate=rate.rate_text,
                            unit=rate.unit, start=rate.start_vintage, end=rate.end_vintage,
                        )
                    )  # fmt: skip
                key = f'<span style="color: {charts.series_colour(i)};">&#9632;</span> {text}'
                line = _small(key, holder)
                line.setTextFormat(Qt.RichText)
                box.addWidget(line)
        return holder

    def _sources_text(self, cells: list[Cell]) -> str:
        sources: list[str] = []
        for cell in cells:
            if cell.source and cell.source not in sources:
                sources.append(cell.source)
        return self.tr("Source: {}").format("; ".join(sources) or "-")

    def _block_notes(self, block: Any, box: QVBoxLayout, parent: QWidget) -> None:
        """Warnings, then the notes (the first few: every cell's tooltip has its own)."""
        for warning in getattr(block, "warnings", []):
            box.addWidget(_small("⚠ " + warning.text, parent, WARNING_STYLE))
        notes = [n.text for n in getattr(block, "notes", [])]
        if len(notes) > MAX_NOTES:
            more = self.tr("… and {} more notes: see each figure's tooltip")
            notes = [*notes[: MAX_NOTES - 1], more.format(len(notes) - MAX_NOTES + 1)]
        if notes:
            label = _small("\n".join(notes), parent)
            label.setToolTip("\n".join(n.text for n in getattr(block, "notes", [])))
            box.addWidget(label)

    def _notes(self, view: SheetView, layout: QVBoxLayout, parent: QWidget) -> None:
        for note in view.notes:
            layout.addWidget(_small(note.text, parent))
        if view.sources:
            layout.addWidget(_small(self.tr("Sources: {}").format("; ".join(view.sources)), parent))

    def draw_chart(self, block: Any, dpi: float, size_mm: tuple[float, float] | None = None) -> Any:
        """The matplotlib Figure of a bars or evolution block (``size_mm`` None: the export
        size; else a narrow on-screen chart, long names wrapped)."""
        if size_mm is not None:
            block = _wrapped(block)
        with warnings.catch_warnings():  # a narrow chart may not fit tight_layout's margins
            warnings.simplefilter("ignore", UserWarning)
            return self._draw(block, dpi, size_mm)

    def _draw(self, block: Any, dpi: float, size_mm: tuple[float, float] | None) -> Any:
        options: dict[str, Any] = {}
        if size_mm is not None:  # on screen: fixed margins, no tight layout (2x faster); the
            options["size_mm"] = size_mm  # title and legend are Qt labels (_chart)
            options["compact"] = True
            if isinstance(block, BarsView):
                longest = max(
                    (len(line) for c in block.bars
                     for line in f"{c.territory.label} ({c.vintage_text})".split("\n")),
                    default=10,
                )  # fmt: skip
                width_pt = size_mm[0] / charts.MM_PER_INCH * 72
                left = min(0.55, 0.03 + longest * 8 * 0.55 / width_pt)
                options["margins"] = (left, 0.05, 0.93, 0.95)
            else:
                options["margins"] = (0.15, 0.12, 0.98, 0.97)
        if isinstance(block, BarsView):
            return charts.draw_comparison_bars(block, dpi=dpi, language=self.language, **options)
        return charts.draw_evolution(
            block, dpi=dpi, language=self.language, translate=tr_aula, **options
        )

    # -- exports ----------------------------------------------------------------------------------
    def file_stem(self) -> str:
        view = self.view
        return f"{view.id}_{view.territory.level}_{view.territory.code}" if view else "fiche"

    def ask_pdf_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the sheet"), self.file_stem() + ".pdf", "PDF (*.pdf)"
        )
        return path

    def show_write_error(self, path: str | Path, error: Exception) -> None:
        message = error.message(tr_aula) if isinstance(error, AulaError) else str(error)
        self.status_label.setText(self.tr("Could not write {}: {}").format(path, message))

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Write the figures in long format; asks for the file when ``path`` is None."""
        if self.view is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the figures"), self.file_stem() + ".csv",
                self.tr("CSV files (*.csv)"),
            )  # fmt: skip
            if not path:
                return None
        try:
            return write_sheet_csv(self.view, path)
        except OSError as exc:
            self.show_write_error(path, exc)
            return None

    def export_charts(
        self, folder: str | Path, fmt: str = "png", dpi: int = charts.DPI
    ) -> list[Path]:
        """Write each chart of the sheet to ``folder`` as PNG or SVG at ``dpi``."""
        written: list[Path] = []
        if self.view is None:
            return written
        for block in self.view.blocks():
            if isinstance(block, (BarsView, EvolutionView)):
                path = Path(folder) / f"{self.file_stem()}_{block.id}.{fmt}"
                written.append(charts.write_chart(self.draw_chart(block, dpi), path, dpi=dpi,
                                                  fmt=fmt))  # fmt: skip
        return written

    def export_pdf(self) -> Any:
        """Hand the dock to the registered PDF exporter (None when there is none): it reads
        :meth:`current_view`, :meth:`current_key`, ``base``, ``sheet`` and ``zone``."""
        if not _PDF_EXPORTERS or self.view is None:
            return None
        self.finish_charts()
        return _PDF_EXPORTERS[-1](self)

    def export_charts_dialog(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Export the charts"))
        form = QFormLayout(dialog)
        fmt = QComboBox(dialog)
        fmt.addItem("PNG", "png")
        fmt.addItem("SVG", "svg")
        dpi = QSpinBox(dialog)
        dpi.setRange(10, 1200)
        dpi.setValue(300)
        dpi.setSuffix(" dpi")
        form.addRow(self.tr("&Format"), fmt)
        form.addRow(self.tr("&Resolution"), dpi)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec_() != QDialog.Accepted:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the charts"))
        if not folder:
            return
        try:
            written = self.export_charts(folder, fmt.currentData(), dpi.value())
        except (AulaError, OSError) as exc:
            message = exc.message(tr_aula) if isinstance(exc, AulaError) else str(exc)
            self.status_label.setText(message)
            return
        self.status_label.setText(self.tr("{} charts written to {}").format(len(written), folder))
