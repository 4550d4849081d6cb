"""Explanation sheets of centrality perimeters: one A4 portrait page each, through a QGIS layout.

aula:centralitysheet prepares the texts of each page (already translated, numbers formatted) as
:class:`SheetPage` objects and the map layers as :class:`SheetLayers`; this module places them:
title, a map of the perimeter (extent = the perimeter's box grown by 20 % on each side) with the
points by function and the commune boundary, scale bar and north arrow, a legend, the table of
counts against the rule's minima, the rule checklist, robustness, the equipment types and the
provenance, then exports the PDF through a temporary file (nothing half-written).

Only plain-text labels, a manual table and map items are used (no HTML item, which needs
QtWebKit), but the algorithm still runs in the main thread: the layout, its project and the map
layers it draws are created and deleted here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutFrame,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.errors import Cancelled
from .layout_items import export_pdf, scale_bar_and_arrow
from .layout_items import label as _label
from .layout_items import place as _place
from .layout_items import text_format as _text_format
from .print_fonts import print_font

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 18.0
CONTENT_W = PAGE_W - 2 * MARGIN
MAP_Y, MAP_H = 32.0, 100.0
#: the map shows the perimeter's bounding box grown by this share on each side
EXTENT_MARGIN = 0.20


@dataclass
class SheetPage:
    """Everything printed on one page, already in the user's language."""

    geometry: QgsGeometry  # the perimeter, in SheetLayers.crs
    insee: str
    title: str
    subtitle: str
    table_headers: list[str]
    table_rows: list[list[str]]
    checklist_title: str
    checklist: list[str]
    robustness: str
    types_title: str
    types_text: str
    provenance: str
    footer: str
    stamp: str | None = None


@dataclass
class SheetLayers:
    """Map layers drawn on every page (memory copies or clones: the user's layers are untouched).

    ``communes`` maps an INSEE code to its outline (in ``crs``), drawn as the commune boundary;
    ``perimeter_label`` / ``commune_label`` name the two per-page layers in the legend.
    """

    crs: QgsCoordinateReferenceSystem
    perimeters: QgsVectorLayer | None = None
    points: QgsVectorLayer | None = None
    background: list[QgsMapLayer] = field(default_factory=list)
    communes: dict[str, QgsGeometry] = field(default_factory=dict)
    perimeter_label: str = "Perimeter"
    commune_label: str = "Commune"


def _outline_layer(
    name: str, crs: QgsCoordinateReferenceSystem, geometry: QgsGeometry, style: dict[str, str]
) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid() or 'EPSG:2154'}", name, "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry(geometry))
    layer.dataProvider().addFeatures([feature])
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(style)))
    return layer


def _extent(geometry: QgsGeometry) -> QgsRectangle:
    box = geometry.boundingBox()
    side = max(box.width(), box.height(), 50.0)
    grow_x = EXTENT_MARGIN * max(box.width(), 0.25 * side)
    grow_y = EXTENT_MARGIN * max(box.height(), 0.25 * side)
    return QgsRectangle(
        box.xMinimum() - grow_x,
        box.yMinimum() - grow_y,
        box.xMaximum() + grow_x,
        box.yMaximum() + grow_y,
    )


def _table(
    layout: QgsPrintLayout, page: int, sheet: SheetPage, rect: tuple[float, float, float, float]
) -> None:
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    table.setHeaders([QgsLayoutTableColumn(h) for h in sheet.table_headers])
    table.setTableContents([[QgsTableCell(v) for v in row] for row in sheet.table_rows])
    table.setIncludeTableHeader(True)
    table.setHeaderTextFormat(_text_format(7.5, bold=True))
    table.setContentTextFormat(_text_format(8.0))
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9a9a9a"))
    table.setCellMargin(0.9)
    widths = [rect[2] * w for w in (0.4, 0.2, 0.22, 0.16)][: len(sheet.table_headers)]
    table.setColumnWidths(widths)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    _place(frame, page, *rect)


def _map_items(
    layout: QgsPrintLayout,
    project: QgsProject,
    page: int,
    sheet: SheetPage,
    layers: SheetLayers,
) -> None:
    crs = layers.crs
    current = _outline_layer(
        layers.perimeter_label,
        crs,
        sheet.geometry,
        {
            "color": "0,0,0,0",
            "style": "no",
            "outline_color": "20,20,20,255",
            "outline_width": "0.8",
        },
    )
    drawn: list[QgsMapLayer] = []
    if layers.points is not None:
        drawn.append(layers.points)
    drawn.append(current)
    commune_layer = None
    outline = layers.communes.get(sheet.insee)
    if outline is not None:
        commune_layer = _outline_layer(
            layers.commune_label,
            crs,
            outline,
            {
                "color": "0,0,0,0",
                "style": "no",
                "outline_color": "90,90,90,255",
                "outline_width": "0.6",
                "outline_style": "dash",
            },
        )
        drawn.append(commune_layer)
    if layers.perimeters is not None:
        drawn.append(layers.perimeters)
    drawn.extend(layers.background)
    for layer in (current, commune_layer):
        if layer is not None:
            project.addMapLayer(layer, False)

    item = QgsLayoutItemMap(layout)
    item.setId(f"map_{page + 1}")
    layout.addLayoutItem(item)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#666666"))
    _place(item, page, MARGIN, MAP_Y, CONTENT_W, MAP_H)
    item.setCrs(crs)
    item.setLayers(drawn)
    item.setKeepLayerSet(True)
    item.zoomToExtent(_extent(sheet.geometry))

    scale_bar_and_arrow(layout, item, page, (MARGIN, MAP_Y, CONTENT_W, MAP_H))

    # Legend in one row under the map (nothing hides the perimeter): the points layer's name
    # (which says what the symbol size means) is the legend's title, each node has no heading.
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(layers.points.name() if layers.points is not None else "")
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(item)
    root = legend.model().rootGroup()
    root.clear()
    for layer in (layers.points, current, commune_layer):
        if layer is not None:
            node = root.addLayer(layer)
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    legend.setColumnCount(6)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setColumnSpace(4.0)
    legend.setSymbolWidth(4.0)
    legend.setSymbolHeight(3.0)
    legend.rstyle(QgsLegendStyle.SymbolLabel).setFont(print_font(7.0))
    legend.rstyle(QgsLegendStyle.Title).setFont(print_font(7.0, bold=True))
    legend.rstyle(QgsLegendStyle.Title).setMargin(QgsLegendStyle.Bottom, 1.0)
    legend.setBoxSpace(0.5)
    legend.setBackgroundEnabled(False)
    layout.addLayoutItem(legend)
    legend.setResizeToContents(True)
    legend.adjustBoxSize()
    legend.attemptMove(
        QgsLayoutPoint(MARGIN, MAP_Y + MAP_H + 1.0, QgsUnitTypes.LayoutMillimeters), page=page
    )


def _page(
    layout: QgsPrintLayout, project: QgsProject, page: int, sheet: SheetPage, layers: SheetLayers
) -> None:
    if sheet.stamp:
        _label(layout, sheet.stamp, page, (MARGIN, 6.0, CONTENT_W, 6.0), size=9.5,
               colour="#c00000", bold=True, align=Qt.AlignHCenter)  # fmt: skip
    _label(layout, sheet.title, page, (MARGIN, 13.0, CONTENT_W, 9.0), size=15, bold=True,
           colour="#1f3b5c")  # fmt: skip
    _label(layout, sheet.subtitle, page, (MARGIN, 22.5, CONTENT_W, 8.0), size=8.5,
           colour="#555555")  # fmt: skip
    _map_items(layout, project, page, sheet, layers)

    top = MAP_Y + MAP_H + 12.0  # below the legend
    table_h = 5.6 * (len(sheet.table_rows) + 1) + 1.0
    _table(layout, page, sheet, (MARGIN, top, CONTENT_W, table_h))
    check_y = top + table_h + 4.0
    _label(layout, sheet.checklist_title, page, (MARGIN, check_y, CONTENT_W, 5.0), size=9,
           bold=True, colour="#1f3b5c")  # fmt: skip
    lines = max(len(sheet.checklist), 1)
    _label(layout, "\n".join(sheet.checklist), page,
           (MARGIN, check_y + 5.5, CONTENT_W, 4.0 * lines + 1.0), size=8)  # fmt: skip
    robust_y = check_y + 7.0 + 4.0 * lines
    robust_lines = sheet.robustness.count("\n") + 1
    robust_h = 4.0 * robust_lines + 1.0
    _label(layout, sheet.robustness, page, (MARGIN, robust_y, CONTENT_W, robust_h), size=8,
           colour="#333333")  # fmt: skip

    types_y = robust_y + 4.0 * robust_lines + 5.0
    _label(layout, sheet.types_title, page, (MARGIN, types_y, CONTENT_W, 5.0), size=9,
           bold=True, colour="#1f3b5c")  # fmt: skip
    provenance_y = PAGE_H - 27.0
    _label(layout, sheet.types_text, page,
           (MARGIN, types_y + 5.5, CONTENT_W, provenance_y - types_y - 7.0), size=7.2)  # fmt: skip
    _label(layout, sheet.provenance, page, (MARGIN, provenance_y, CONTENT_W, 12.0), size=6.8,
           colour="#555555")  # fmt: skip
    _label(layout, sheet.footer, page, (MARGIN, PAGE_H - 12.0, CONTENT_W, 5.0), size=7,
           colour="#777777", align=Qt.AlignHCenter)  # fmt: skip


def build_layout(
    project: QgsProject,
    pages: list[SheetPage],
    layers: SheetLayers,
    *,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> QgsPrintLayout:
    """The print layout of every sheet. The caller keeps ``project`` alive with the layout."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Fiches des centralités")
    collection = layout.pageCollection()
    collection.page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
    for _ in pages[1:]:
        page = QgsLayoutItemPage(layout)
        page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
        collection.addPage(page)
    for number, sheet in enumerate(pages):
        if is_canceled is not None and is_canceled():
            raise Cancelled
        _page(layout, project, number, sheet, layers)
        if progress is not None:
            progress((number + 1) / len(pages))
    return layout


def render_sheets(
    pages: list[SheetPage],
    layers: SheetLayers,
    path: Path,
    *,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> int:
    """Lay out ``pages`` in a throw-away project and export them to ``path``; the page count."""
    project = QgsProject()
    project.setCrs(layers.crs)
    for layer in [layers.perimeters, layers.points, *layers.background]:
        if layer is not None:
            project.addMapLayer(layer, False)
    layout = build_layout(project, pages, layers, progress=progress, is_canceled=is_canceled)
    count = layout.pageCollection().pageCount()
    if is_canceled is not None and is_canceled():
        raise Cancelled
    export_pdf(layout, Path(path))
    del layout
    project.clear()
    return count
