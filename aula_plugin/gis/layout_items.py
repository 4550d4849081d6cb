"""Items of the plugin's print layouts, shared by the centrality sheets, the fact sheets, the ZAN
report and the SCoT compatibility report.

Placement in millimetres on a page, new pages, plain-text labels and text formats in the one print
font (gis/print_fonts.py), manual tables whose height is foreseen before they are placed (so that
a caller can break pages), a map extent grown around a box to a frame's aspect, a scale bar and a
north arrow linked to a map, and the PDF export through a temporary file with texts kept as text
(searchable, copyable). Only plain-text labels, manual tables and map items are used: no HTML
item, which needs QtWebKit.
"""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsRectangle,
    QgsRenderContext,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.indicators.sheet_print import PrintTable
from .print_fonts import print_font

CELL_MARGIN = 0.8
LINE_H = 3.2  # one line of 7 pt text in a table cell (mm)
CHAR_W = 1.4  # the mean width of a character of 7 pt text (mm), to foresee wrapped lines


def place(item: QgsLayoutItem, page: int, x: float, y: float, w: float, h: float) -> None:
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)


def new_page(layout: QgsPrintLayout, width: float = 210.0, height: float = 297.0) -> int:
    """Append a page (A4 portrait by default); its index."""
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(width, height))
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def label(
    layout: QgsPrintLayout,
    text: str,
    page: int,
    rect: tuple[float, float, float, float],
    *,
    size: float = 8.0,
    colour: str = "#222222",
    bold: bool = False,
    italic: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignLeft,
    valign: Qt.AlignmentFlag = Qt.AlignTop,
) -> QgsLayoutItemLabel:
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(print_font(size, bold=bold, italic=italic))
    item.setFontColor(QColor(colour))
    item.setHAlign(align)
    item.setVAlign(valign)
    item.setMarginX(0.0)
    item.setMarginY(0.0)
    layout.addLayoutItem(item)
    place(item, page, *rect)
    return item


def text_format(size: float, *, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(print_font(size, bold=bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    return fmt


def column_widths(table: PrintTable, width: float) -> list[float]:
    """The widths (mm) of ``table``'s columns in a frame ``width`` wide (cell margins out)."""
    inner = width - CELL_MARGIN * 2 * len(table.widths) - 0.5
    return [inner * share for share in table.widths]


def table_height(table: PrintTable, width: float, *, header: bool = True) -> float:
    """The height of ``table`` with its wrapped lines (header included unless ``header`` is
    False), foreseen in mm."""
    widths = column_widths(table, width)
    height = 1.0
    for row in [table.headers, *table.rows] if header else table.rows:
        lines = max(
            (
                sum(math.ceil(len(part) * CHAR_W / max(w, 1.0)) or 1 for part in text.split("\n"))
                for text, w in zip(row, widths)
            ),
            default=1,
        )
        height += lines * LINE_H + 2 * CELL_MARGIN
    return height


def manual_table(
    layout: QgsPrintLayout,
    table: PrintTable,
    page: int,
    rect: tuple[float, float, float, float],
    *,
    header: bool = True,
    size: float = 7.0,
) -> QgsLayoutItemManualTable:
    """``table`` as a manual table (every value a text) in a frame at ``rect``; long texts wrap.
    ``header`` False: no header row (a table of label/value pairs)."""
    item = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(item)
    item.setHeaders([QgsLayoutTableColumn(h) for h in table.headers])
    item.setTableContents([[QgsTableCell(v) for v in row] for row in table.rows])
    item.setIncludeTableHeader(header)
    item.setHeaderTextFormat(text_format(size, bold=True))
    item.setContentTextFormat(text_format(size))
    item.setGridStrokeWidth(0.15)
    item.setGridColor(QColor("#9a9a9a"))
    item.setCellMargin(CELL_MARGIN)
    item.setWrapBehavior(QgsLayoutTable.WrapText)  # long territory names: never cut
    item.setColumnWidths(column_widths(table, rect[2]))
    frame = QgsLayoutFrame(layout, item)
    item.addFrame(frame)
    place(frame, page, *rect)
    return item


def grown_extent(box: QgsRectangle, ratio: float, margin: float = 0.1) -> QgsRectangle:
    """``box`` grown by ``margin`` (share of its longer side, at least 100 m) each side, then to
    the map frame's aspect ``ratio`` (width/height)."""
    side = max(box.width(), box.height(), 100.0) * margin
    grown = QgsRectangle(box)
    grown.grow(side)
    width, height = grown.width(), grown.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = grown.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2,
        centre.x() + width / 2, centre.y() + height / 2,
    )  # fmt: skip


def north_arrow() -> str:
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if candidate.is_file():
            return str(candidate)
    return "/usr/share/qgis/svg/arrows/NorthArrow_02.svg"


def nice(value: float) -> float:
    """1, 2 or 5 times a power of ten, at most ``value`` (at least 1 m)."""
    if value <= 1:
        return 1.0
    power = 10 ** int(f"{value:e}".split("e")[1])
    for step in (5, 2, 1):
        if step * power <= value:
            return float(step * power)
    return float(power)


def scale_bar_and_arrow(
    layout: QgsPrintLayout,
    item: QgsLayoutItemMap,
    page: int,
    rect: tuple[float, float, float, float],
) -> None:
    """A scale bar in the lower left corner and a north arrow in the upper right corner of the map
    ``item`` placed at ``rect`` (x, y, width, height in mm)."""
    x, y, w, h = rect
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(item)
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setHeight(1.5)
    scalebar.setTextFormat(text_format(7.0))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 210))
    scalebar.setUnitsPerSegment(nice(item.extent().width() / 8.0))
    layout.addLayoutItem(scalebar)
    scalebar.update()
    scalebar.attemptMove(
        QgsLayoutPoint(x + 3, y + h - 12, QgsUnitTypes.LayoutMillimeters), page=page
    )

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(north_arrow())
    arrow.setLinkedMap(item)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    layout.addLayoutItem(arrow)
    place(arrow, page, x + w - 13, y + 3, 10, 10)


def export_pdf(layout: QgsPrintLayout, path: Path) -> Path:
    """Export to ``path`` through a temporary file (nothing half-written); texts stay text (so
    that the PDF can be searched and copied), not outlines."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)  # only now: a cancel leaves no new folder
    tmp = path.with_name(f".{path.stem}.part.pdf")
    try:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        result = QgsLayoutExporter(layout).exportToPdf(str(tmp), settings)
        if result != QgsLayoutExporter.Success:
            raise OSError(f"QgsLayoutExporter.exportToPdf failed with code {result}")
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
