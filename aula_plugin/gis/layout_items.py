"""Items of the plugin's print layouts, shared by the centrality sheets and the fact sheets.

Placement in millimetres on a page, plain-text labels and text formats in the one print font
(gis/print_fonts.py), a scale bar and a north arrow linked to a map, and the PDF export through a
temporary file with texts kept as text (searchable, copyable). Only plain-text labels, manual
tables and map items are used: no HTML item, which needs QtWebKit.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsRenderContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from .print_fonts import print_font


def place(item: QgsLayoutItem, page: int, x: float, y: float, w: float, h: float) -> None:
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)


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
