"""PDF of the triennial report through a QGIS print layout (A4 portrait pages).

The report's HTML (:func:`aula_plugin.core.zan.report_writers.to_html`) flows through a
:class:`QgsLayoutItemHtml` multiframe that adds pages until the text is finished; each page then
gets a footer (territory, page n / N) and, for synthetic inputs, a red "SYNTHÉTIQUE" header.

QgsLayoutItemHtml renders with QtWebKit, which only loads its content in the main (GUI) thread:
measured on QGIS 3.22, the same layout built in a worker thread gets one empty page and Qt warns
"Timers can only be used with threads started with QThread". The algorithm calling this module
therefore runs with FlagNoThreading.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsExpression,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemHtml,
    QgsLayoutItemLabel,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPrintLayout,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor

from .layout_items import export_pdf
from .print_fonts import print_font

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_X, TOP, BOTTOM = 18.0, 16.0, 16.0
#: the HTML frame may move a page break this far up to avoid cutting a chart (mm)
MAX_BREAK_DISTANCE = 95.0


def _label(
    layout: QgsPrintLayout,
    text: str,
    page: int,
    y: float,
    *,
    size: float = 7.5,
    colour: str = "#555555",
    bold: bool = False,
) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setFont(print_font(size, bold=bold))
    label.setFontColor(QColor(colour))
    label.setHAlign(Qt.AlignHCenter)
    label.setVAlign(Qt.AlignVCenter)
    layout.addLayoutItem(label)
    label.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN_X, 8.0, QgsUnitTypes.LayoutMillimeters))
    label.attemptMove(QgsLayoutPoint(MARGIN_X, y, QgsUnitTypes.LayoutMillimeters), page=page)
    return label


def build_layout(
    project: QgsProject, html: str, *, footer: str, stamp: str | None
) -> QgsPrintLayout:
    """A print layout holding the report; must run in the main thread (see the module doc).

    The caller keeps ``project`` alive as long as the layout (the layout does not own it).
    """
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Rapport triennal")
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))

    item = QgsLayoutItemHtml(layout)
    item.setContentMode(QgsLayoutItemHtml.ManualHtml)
    item.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    item.setUseSmartBreaks(True)
    item.setMaxBreakDistance(MAX_BREAK_DISTANCE)
    item.setHtml(html)
    frame = QgsLayoutFrame(layout, item)
    frame.attemptSetSceneRect(QRectF(MARGIN_X, TOP, PAGE_W - 2 * MARGIN_X, PAGE_H - TOP - BOTTOM))
    item.addFrame(frame)
    item.loadHtml()

    pages = layout.pageCollection().pageCount()
    for page in range(pages):
        _label(layout, f"{footer} — page {page + 1} / {pages}", page, PAGE_H - 12.0)
        if stamp:
            _label(
                layout,
                f"{stamp} — données synthétiques, ne pas utiliser pour une délibération",
                page,
                7.0,
                size=9,
                colour="#c00000",
                bold=True,
            )
    return layout


def render_pdf(html: str, path: Path, *, footer: str, stamp: str | None) -> int:
    """Lay out the report in a throw-away project, export it to ``path``; return the page count."""
    project = QgsProject()
    layout = build_layout(project, html, footer=footer, stamp=stamp)
    pages = layout.pageCollection().pageCount()
    export_pdf(layout, path)
    del layout
    return pages


def render_territory_map(
    source: str, provider: str, key_field: str, members: list[str], path: Path
) -> Path | None:
    """PNG map of the member communes (filled) among their neighbours (grey); None without
    geometries. New layer instances are read from ``source``: the user's layer is not touched."""
    context = QgsVectorLayer(source, "communes", provider)
    if not context.isValid() or context.geometryType() != QgsWkbTypes.PolygonGeometry:
        return None
    context.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": "242,242,242", "outline_color": "170,170,170", "outline_width": "0.15"}
            )
        )
    )
    territory = QgsVectorLayer(source, "territoire", provider)
    codes = ", ".join(QgsExpression.quotedValue(code) for code in members)
    if not territory.setSubsetString(f"{QgsExpression.quotedColumnRef(key_field)} IN ({codes})"):
        return None
    for layer in (context, territory):
        layer.setLabelsEnabled(False)  # the GeoPackage's default style may label every commune
    territory.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": "230,159,0,150", "outline_color": "31,59,92", "outline_width": "0.3"}
            )
        )
    )
    extent = territory.extent()
    if extent.isEmpty():
        return None
    extent.scale(1.15)
    width = 1600
    height = max(400, min(1000, int(width * extent.height() / max(extent.width(), 1e-9))))
    settings = QgsMapSettings()
    settings.setLayers([territory, context])
    settings.setDestinationCrs(territory.crs())
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.part.png")
    try:
        if not job.renderedImage().save(str(tmp), "PNG"):
            return None
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
