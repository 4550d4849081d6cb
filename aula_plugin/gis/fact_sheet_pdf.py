"""Fact sheets as PDF through a QGIS layout: vector text and a map of the territory.

:class:`FactSheetPrinter` holds one throw-away project with the map layers every sheet draws (the
communes with the project's ``commune.qml`` style, the EPCI with ``epci.qml`` when given) and
writes one A4 portrait PDF per :class:`~aula_plugin.core.indicators.sheet_print.PrintSheet`:
title, subtitle, a map of the territory (its outline over its neighbours, with scale bar and north
arrow), then each section's tables (manual tables: every figure is text), the notes and sources,
and a footer on every page; a sheet longer than a page goes on over further pages.

Layouts, projects and layers are created and deleted in the calling (main) thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsLayoutSize,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.errors import QT_TRANSLATE_NOOP, Cancelled
from ..core.indicators.sheet_print import NOTES, SOURCES, PrintSheet
from ..toolbelt.i18n import tr as _tr
from .layer_look import apply_style
from .layout_items import (
    export_pdf,
    grown_extent,
    label,
    manual_table,
    new_page,
    place,
    scale_bar_and_arrow,
    table_height,
)

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 15.0
CONTENT_W = PAGE_W - 2 * MARGIN
MAP_Y, MAP_H = 35.0, 76.0
BOTTOM = PAGE_H - 16.0  # content stops here; the footer lies below
TITLE_COLOUR = "#1f3b5c"
#: notes printed at most (a sheet of a territory without data would list dozens of "n.d.")
MAX_NOTES = 30
MORE_NOTES = QT_TRANSLATE_NOOP("aula", "… and {count} more note(s)")
PAGE_OF = QT_TRANSLATE_NOOP("aula", "page {page}/{pages}")


#: the title's length that fits the page's width at 15 pt
TITLE_CHARS = 52


class FactSheetPrinter:
    """Writes fact-sheet PDFs; ``communes`` (and ``epci``) are the user's layers, drawn through
    clones styled with the shipped styles (the user's layers are untouched)."""

    def __init__(
        self,
        communes: QgsVectorLayer,
        *,
        epci: QgsVectorLayer | None = None,
        footer: str = "AULA Territoires",
    ) -> None:
        self.project = QgsProject()
        self.crs: QgsCoordinateReferenceSystem = communes.crs()
        self.project.setCrs(self.crs)
        self.footer = footer
        self.background: list[QgsMapLayer] = []
        for layer, style in ((epci, "epci.qml"), (communes, "commune.qml")):
            if layer is None or not layer.isValid():
                continue
            clone = layer.clone()
            apply_style(clone, style)
            self.project.addMapLayer(clone, False)
            self.background.append(clone)

    def close(self) -> None:
        self.background = []
        self.project.clear()

    # -- one sheet --------------------------------------------------------------------------------
    def write(self, sheet: PrintSheet, geometry: QgsGeometry | None, path: Path) -> int:
        """Write ``sheet`` to ``path``; the page count."""
        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        layout.setName(sheet.title)
        layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
        outline = None
        try:
            title = f"{sheet.title} — {sheet.territory}"
            # one line whatever the name's length (an EPCI's full name, a commune's short one)
            size = min(15.0, max(9.0, 15.0 * TITLE_CHARS / max(len(title), 1)))
            label(layout, title, 0, (MARGIN, 11.0, CONTENT_W, 9.0), size=size, bold=True,
                  colour=TITLE_COLOUR)  # fmt: skip
            label(layout, sheet.subtitle, 0, (MARGIN, 20.5, CONTENT_W, 13.5), size=7.5,
                  colour="#555555")  # fmt: skip
            if geometry is not None and not geometry.isEmpty():
                outline = self._outline(geometry)
                self._map(layout, outline, geometry)
                top = MAP_Y + MAP_H + 5.0
            else:
                top = MAP_Y
            page, y = self._sections(layout, sheet, 0, top)
            self._notes(layout, sheet, page, y)
            pages = layout.pageCollection().pageCount()
            for number in range(pages):
                text = f"{self.footer} — {sheet.title} — {sheet.territory} — " + _tr(
                    PAGE_OF
                ).format(page=number + 1, pages=pages)
                label(layout, text, number, (MARGIN, PAGE_H - 11.0, CONTENT_W, 5.0), size=6.5,
                      colour="#777777", align=Qt.AlignHCenter)  # fmt: skip
            export_pdf(layout, path)
            return pages
        finally:
            del layout
            if outline is not None:
                self.project.removeMapLayer(outline.id())

    def _outline(self, geometry: QgsGeometry) -> QgsVectorLayer:
        layer = QgsVectorLayer(
            f"MultiPolygon?crs={self.crs.authid() or 'EPSG:2154'}", "territory", "memory"
        )
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry(geometry))
        layer.dataProvider().addFeatures([feature])
        symbol = QgsFillSymbol.createSimple(
            {"color": "31,59,92,40", "outline_color": "31,59,92,255", "outline_width": "0.9"}
        )
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        self.project.addMapLayer(layer, False)
        return layer

    def _map(self, layout: QgsPrintLayout, outline: QgsVectorLayer, geometry: QgsGeometry) -> None:
        item = QgsLayoutItemMap(layout)
        item.setId("map")
        layout.addLayoutItem(item)
        item.setFrameEnabled(True)
        item.setFrameStrokeColor(QColor("#666666"))
        place(item, 0, MARGIN, MAP_Y, CONTENT_W, MAP_H)
        item.setCrs(self.crs)
        item.setLayers([outline, *self.background])
        item.setKeepLayerSet(True)
        item.setExtent(grown_extent(geometry.boundingBox(), CONTENT_W / MAP_H))
        scale_bar_and_arrow(layout, item, 0, (MARGIN, MAP_Y, CONTENT_W, MAP_H))

    def _sections(
        self, layout: QgsPrintLayout, sheet: PrintSheet, page: int, y: float
    ) -> tuple[int, float]:
        for section in sheet.sections:
            for number, table in enumerate(section.tables):
                height = table_height(table, CONTENT_W)
                need = height + 5.0 + (7.0 if number == 0 else 0.0)
                if y + need > BOTTOM:
                    page, y = new_page(layout, PAGE_W, PAGE_H), 14.0
                if number == 0:
                    label(layout, section.title, page, (MARGIN, y, CONTENT_W, 6.0), size=11,
                          bold=True, colour=TITLE_COLOUR)  # fmt: skip
                    y += 7.0
                label(layout, table.title, page, (MARGIN, y, CONTENT_W, 4.5), size=8, bold=True)
                y += 5.0
                manual_table(layout, table, page, (MARGIN, y, CONTENT_W, height))
                y += height + 3.0
        return page, y

    def _notes(self, layout: QgsPrintLayout, sheet: PrintSheet, page: int, y: float) -> None:
        notes = sheet.notes[:MAX_NOTES]
        if len(sheet.notes) > MAX_NOTES:
            notes.append(_tr(MORE_NOTES).format(count=len(sheet.notes) - MAX_NOTES))
        for title, lines in ((_tr(NOTES), notes), (_tr(SOURCES), sheet.sources)):
            if not lines:
                continue
            # about 150 characters of 6.5 pt per line of the content width
            count = sum(1 + len(line) // 150 for line in lines)
            height = 3.0 * count + 1.0
            if y + height + 5.0 > BOTTOM:
                page, y = new_page(layout, PAGE_W, PAGE_H), 14.0
            label(layout, title, page, (MARGIN, y, CONTENT_W, 4.5), size=8, bold=True,
                  colour=TITLE_COLOUR)  # fmt: skip
            y += 5.0
            label(layout, "\n".join(lines), page, (MARGIN, y, CONTENT_W, height), size=6.5,
                  colour="#444444")  # fmt: skip
            y += height + 3.0


def write_sheets(
    printer: FactSheetPrinter,
    sheets: list[tuple[PrintSheet, QgsGeometry | None]],
    folder: Path,
    *,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write every sheet into ``folder``; the paths written."""
    written = []
    for number, (sheet, geometry) in enumerate(sheets):
        if is_canceled is not None and is_canceled():
            raise Cancelled
        path = Path(folder) / sheet.file_name
        printer.write(sheet, geometry, path)
        written.append(path)
        if progress is not None:
            progress((number + 1) / len(sheets))
    return written
