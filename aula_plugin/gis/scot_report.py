"""The SCoT compatibility report, HTML or PDF: :func:`write_report`.

Both show the same :class:`~aula_plugin.core.scot.report_data.ReportData`: the legal caution
first, a summary per rule and per commune (``not_applicable`` and ``not_evaluable`` apart, never
counted as respected), then one section per rule with each finding, its measure, threshold,
warning band, message and citation, and a map extract: the evidence (the overlap, the part
outside, the line to the nearest stop) in the colour of its status (red, orange, green) over the
subject feature and, when the project has one, the commune layer.

- ``.html``: one self-contained file (:mod:`~aula_plugin.core.scot.report_html`); each map
  extract is rendered with :class:`QgsMapRendererParallelJob` and embedded as a PNG data URI.
- ``.pdf``: a QGIS print layout built with :mod:`.layout_items` (the items of the ZAN report and
  the fact sheets): labels and manual tables (vector, searchable text), and per finding a map item
  zoomed on its evidence, drawn from memory layers styled by status.

Texts are in ``language`` ("fr" or "en") whatever QGIS's own language: the French comes from the
plugin's ``aula_fr.qm``, loaded for the report only. Written through a temporary file: an error or
a cancel leaves nothing. Layouts, projects and layers are created in the calling thread; an
algorithm writing a PDF runs in the main thread (FlagNoThreading), as the other layout exports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Union

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsLayoutSize,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTranslator, QVariant
from qgis.PyQt.QtGui import QColor

from ..core.errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..core.indicators.model import COMMUNE
from ..core.indicators.sheet_print import PrintTable
from ..core.scot import model as m
from ..core.scot import status as st
from ..core.scot.report_data import STATUS_COLOURS, FindingView, ReportData, build_report
from ..core.scot.report_html import to_html, write_html
from ..toolbelt.paths import I18N_DIR
from .fact_sheets import territory_layer_level, territory_layers
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
from .stored_tables import table_name

Subjects = Union[QgsVectorLayer, Mapping[str, QgsVectorLayer], None]

# fmt: off
UNKNOWN_SUFFIX = QT_TRANSLATE_NOOP("aula",
    "The report must be an .html or a .pdf file, not “{suffix}”: {path}")
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("aula",
    "The report's language must be “fr” or “en”, not “{language}”.")
PAGE_OF = QT_TRANSLATE_NOOP("aula", "page {page}/{pages}")
# fmt: on

FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf"}
LANGUAGES = ("fr", "en")

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 15.0
CONTENT_W = PAGE_W - 2 * MARGIN
TOP = 14.0
BOTTOM = PAGE_H - 16.0  # content stops here; the footer lies below
TITLE_COLOUR = "#1f3b5c"
CAUTION_COLOUR = "#8b1010"
#: a finding's block on the PDF: its table on the left, its map on the right
TABLE_W = 104.0
MAP_W, MAP_H = CONTENT_W - TABLE_W - 4.0, 58.0
#: map extracts of the HTML report (pixels)
PNG_W, PNG_H = 880, 560

SUBJECT_STYLE = {"color": "31,59,92,35", "outline_color": "31,59,92,255", "outline_width": "0.5"}
COMMUNE_STYLE = {"color": "0,0,0,0", "outline_color": "150,150,150,255", "outline_width": "0.3"}

Progress = Callable[[float], None]
Canceled = Callable[[], bool]


# -- language --------------------------------------------------------------------------------------


def report_translate(language: str) -> Callable[[str], str]:
    """Translation of the plugin's "aula" texts into ``language``, whatever QGIS's language (the
    French ``.qm`` loaded for this report, not installed); English: the source texts."""
    if language not in LANGUAGES:
        raise AulaError(UNKNOWN_LANGUAGE, language=language)
    if language == "en":
        return lambda text: text
    translator = QTranslator()
    if not translator.load(str(I18N_DIR / f"aula_{language}.qm")):
        return lambda text: text

    def translate(text: str) -> str:  # the closure keeps the translator alive
        # bytes: PyQt5 passes str to ``const char *`` as ASCII, and the texts hold "É", "’"...
        return translator.translate(b"aula", text.encode("utf-8")) or text

    return translate


# -- map layers ------------------------------------------------------------------------------------


def _status_renderer(geometry: int) -> QgsCategorizedSymbolRenderer:
    categories = []
    for status in st.STATUSES:
        colour = QColor(STATUS_COLOURS[status])
        rgb = f"{colour.red()},{colour.green()},{colour.blue()}"
        if geometry == QgsWkbTypes.PolygonGeometry:
            symbol = QgsFillSymbol.createSimple(
                {"color": f"{rgb},120", "outline_color": f"{rgb},255", "outline_width": "0.6"}
            )
        elif geometry == QgsWkbTypes.LineGeometry:
            symbol = QgsLineSymbol.createSimple({"color": f"{rgb},255", "width": "0.9"})
        else:
            symbol = QgsMarkerSymbol.createSimple(
                {"color": f"{rgb},255", "size": "3", "outline_color": "255,255,255"}
            )
        categories.append(QgsRendererCategory(status, symbol, status))
    return QgsCategorizedSymbolRenderer("status", categories)


def _memory_layer(kind: str, crs: QgsCoordinateReferenceSystem, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}", name, "memory")
    layer.dataProvider().addAttributes(
        [QgsField("number", QVariant.Int), QgsField("status", QVariant.String)]
    )
    layer.updateFields()
    return layer


class EvidenceMaps:
    """The layers of the map extracts, in the rule set's metric CRS: the evidence of every
    finding (polygons, lines, points: one memory layer each, styled by status), the subject
    features of the findings, and a styled copy of the project's commune layer."""

    def __init__(
        self,
        views: list[FindingView],
        ruleset: m.RuleSet,
        subjects: Subjects,
        project: QgsProject,
        communes: QgsVectorLayer | None = None,
    ) -> None:
        self.crs = QgsCoordinateReferenceSystem(ruleset.metric_crs or "EPSG:2154")
        self.project = project
        self.communes = communes if communes is not None and communes.isValid() else None
        self.boxes: dict[int, QgsRectangle] = {}
        self.layers: list[QgsMapLayer] = []
        evidence = {
            QgsWkbTypes.PolygonGeometry: _memory_layer("MultiPolygon", self.crs, "evidence"),
            QgsWkbTypes.LineGeometry: _memory_layer("MultiLineString", self.crs, "evidence"),
            QgsWkbTypes.PointGeometry: _memory_layer("MultiPoint", self.crs, "evidence"),
        }
        subject_layer = _memory_layer("MultiPolygon", self.crs, "subjects")
        for view in views:
            self._add(view, ruleset, subjects, evidence, subject_layer)
        for geometry, layer in evidence.items():
            if layer.featureCount():
                layer.setRenderer(_status_renderer(geometry))
                self.layers.append(layer)
        subject_layer.setRenderer(
            QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(SUBJECT_STYLE))
        )
        self.layers.append(subject_layer)
        if communes is not None and communes.isValid():
            clone = communes.clone()
            clone.setLabelsEnabled(False)
            clone.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(COMMUNE_STYLE)))
            self.layers.append(clone)
        for layer in self.layers:
            project.addMapLayer(layer, False)

    def _add(
        self,
        view: FindingView,
        ruleset: m.RuleSet,
        subjects: Subjects,
        evidence: dict[int, QgsVectorLayer],
        subject_layer: QgsVectorLayer,
    ) -> None:
        boxes = []
        if view.evidence_wkt:
            geometry = QgsGeometry.fromWkt(view.evidence_wkt)
            if not geometry.isNull() and not geometry.isEmpty():
                geometry.convertToMultiType()
                layer = evidence.get(geometry.type())
                if layer is not None:
                    layer.dataProvider().addFeatures([self._feature(layer, view, geometry)])
                    boxes.append(geometry.boundingBox())
        subject = self._subject_geometry(view.finding, ruleset, subjects)
        if subject is None and not boxes:
            subject = self._commune_geometry(view.finding)
        if subject is not None:
            subject_layer.dataProvider().addFeatures([self._feature(subject_layer, view, subject)])
            boxes.append(subject.boundingBox())
        if boxes:
            box = QgsRectangle(boxes[0])
            for other in boxes[1:]:
                box.combineExtentWith(other)
            self.boxes[view.number] = box

    @staticmethod
    def _feature(layer: QgsVectorLayer, view: FindingView, geometry: QgsGeometry) -> QgsFeature:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([view.number, view.status])
        feature.setGeometry(geometry)
        return feature

    def _subject_geometry(
        self, finding: st.Finding, ruleset: m.RuleSet, subjects: Subjects
    ) -> QgsGeometry | None:
        """The subject feature of a feature-scope finding, as a polygon in the metric CRS."""
        if finding.scope != m.FEATURE or subjects is None:
            return None
        rule_subject = ruleset.subjects.get(finding.subject_layer)
        if isinstance(subjects, QgsVectorLayer):
            # the SUBJECTS layer, unless the rule file's subject names another layer (a feature
            # id there would point at the wrong feature)
            wanted = (rule_subject.layer or "").lower() if rule_subject is not None else ""
            names = {subjects.name().lower(), table_name(subjects).lower()}
            layer: QgsVectorLayer | None = subjects if not wanted or wanted in names else None
        else:
            layer = subjects.get(finding.subject_layer)
        if layer is None or not layer.isValid():
            return None
        if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
            return None
        id_field = rule_subject.id_field if rule_subject is not None else None
        if id_field and layer.fields().indexOf(id_field) >= 0:
            request = QgsFeatureRequest().setFilterExpression(
                f"{QgsExpression.quotedColumnRef(id_field)} = "
                f"{QgsExpression.quotedValue(finding.subject_id)}"
            )
        else:
            try:
                request = QgsFeatureRequest(int(finding.subject_id))
            except (TypeError, ValueError):
                return None
        request.setNoAttributes()
        feature = next(layer.getFeatures(request), None)
        if feature is None or not feature.hasGeometry():
            return None
        return self._metric(feature.geometry(), layer)

    def _commune_geometry(self, finding: st.Finding) -> QgsGeometry | None:
        """The commune of a commune-scope finding without evidence, from the commune layer."""
        level = territory_layer_level(self.communes)
        if finding.scope != m.COMMUNE or level is None or self.communes is None:
            return None
        request = QgsFeatureRequest().setFilterExpression(
            f"{QgsExpression.quotedColumnRef(level[1])} = "
            f"{QgsExpression.quotedValue(finding.scope_key)}"
        )
        request.setNoAttributes()
        feature = next(self.communes.getFeatures(request), None)
        if feature is None or not feature.hasGeometry():
            return None
        return self._metric(feature.geometry(), self.communes)

    def _metric(self, geometry: QgsGeometry, layer: QgsVectorLayer) -> QgsGeometry:
        geometry = QgsGeometry(geometry)
        if layer.crs() != self.crs:
            geometry.transform(QgsCoordinateTransform(layer.crs(), self.crs, self.project))
        geometry.convertToMultiType()
        return geometry

    def extent(self, number: int, ratio: float) -> QgsRectangle | None:
        box = self.boxes.get(number)
        return grown_extent(box, ratio, margin=0.35) if box is not None else None

    def render_png(self, number: int) -> bytes | None:
        """The map extract of finding ``number`` as PNG bytes; None without geometry."""
        extent = self.extent(number, PNG_W / PNG_H)
        if extent is None:
            return None
        settings = QgsMapSettings()
        settings.setLayers(self.layers)
        settings.setDestinationCrs(self.crs)
        settings.setOutputSize(QSize(PNG_W, PNG_H))
        settings.setOutputDpi(110)
        settings.setExtent(extent)
        settings.setBackgroundColor(QColor("white"))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        saved = job.renderedImage().save(buffer, "PNG")
        buffer.close()
        return bytes(data) if saved else None


def project_communes(project: QgsProject | None = None) -> QgsVectorLayer | None:
    """The project's commune layer (the territory package's first), None when there is none."""
    for layer in territory_layers(project or QgsProject.instance()):
        level = territory_layer_level(layer)
        if level is not None and level[0] == COMMUNE:
            return layer
    return None


def commune_names(layer: QgsVectorLayer | None, codes: Iterable[str]) -> dict[str, str]:
    """INSEE -> name read from the commune layer (its ``nom`` or ``name`` field)."""
    wanted = {str(code) for code in codes if code}
    level = territory_layer_level(layer) if layer is not None else None
    if layer is None or level is None or not wanted:
        return {}
    fields = {f.name().lower(): f.name() for f in layer.fields()}
    name_field = next(
        (fields[n] for n in ("nom", "name", "libelle", "nom_com") if n in fields), None
    )
    if name_field is None:
        return {}
    code_field = level[1]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([code_field, name_field], layer.fields())
    found = {}
    for feature in layer.getFeatures(request):
        code = str(feature[code_field])
        if code in wanted and feature[name_field]:
            found[code] = str(feature[name_field])
    return found


# -- PDF -------------------------------------------------------------------------------------------


class _PdfWriter:
    """Places the report on A4 portrait pages, flowing blocks onto new pages."""

    def __init__(self, layout: QgsPrintLayout, data: ReportData, maps: EvidenceMaps) -> None:
        self.layout = layout
        self.data = data
        self.maps = maps
        self.page, self.y = 0, TOP

    def room(self, height: float) -> None:
        if self.y + height > BOTTOM and self.y > TOP:
            self.page, self.y = new_page(self.layout, PAGE_W, PAGE_H), TOP

    def text(self, text: str, height: float, **style: Any) -> None:
        self.room(height)
        label(self.layout, text, self.page, (MARGIN, self.y, CONTENT_W, height), **style)
        self.y += height + 1.0

    def table(self, table: PrintTable, x: float = MARGIN, width: float = CONTENT_W, **kw) -> float:
        height = table_height(table, width)
        manual_table(self.layout, table, self.page, (x, self.y, width, height), **kw)
        return height

    def first_page(self) -> None:
        data = self.data
        self.text(data.title, 9.0, size=16, bold=True, colour=TITLE_COLOUR)
        self.text("\n".join(data.subtitle), 3.4 * len(data.subtitle) + 1, size=8, colour="#555555")
        self.y += 2.0
        self.text(data.caution_title, 5.0, size=10, bold=True, colour=CAUTION_COLOUR)
        lines = 1 + len(data.caution) // 115
        self.text(data.caution, 3.9 * lines + 1, size=8.5, colour=CAUTION_COLOUR)
        self.y += 3.0
        for title, table, note in (
            (data.rules_title, data.rule_table, data.counting_note),
            (data.communes_title, data.commune_table, None),
        ):
            height = table_height(table, CONTENT_W)
            self.room(height + 8.0)
            self.text(title, 6.0, size=11, bold=True, colour=TITLE_COLOUR)
            self.y += self.table(table) + 2.0
            if note:
                self.text(note, 3.3 * (1 + len(note) // 140) + 1, size=7, italic=True)
            self.y += 3.0

    def findings(self, progress: Progress | None, is_canceled: Canceled | None) -> None:
        data = self.data
        self.page, self.y = new_page(self.layout, PAGE_W, PAGE_H), TOP
        self.text(data.findings_title, 7.0, size=13, bold=True, colour=TITLE_COLOUR)
        total = max(len(data.findings()), 1)
        done = 0
        for section in data.sections:
            self.room(22.0)
            self.text(section.heading, 5.0 + 4.5 * (len(section.heading) // 62), size=11,
                      bold=True, colour=TITLE_COLOUR)  # fmt: skip
            line = " — ".join(t for t in (section.relation, section.citation) if t)
            lines = 1 + len(line) // 120
            if section.url:  # a line of its own: a URL has no space to wrap at
                line, lines = f"{line}\n{section.url}", lines + 1 + len(section.url) // 120
            self.text(line, 3.3 * lines + 1, size=7.5, colour="#555555")
            if not section.findings:
                self.text(data.texts["no_finding"], 4.0, size=8, italic=True)
            for view in section.findings:
                if is_canceled is not None and is_canceled():
                    raise Cancelled
                self.finding(view)
                done += 1
                if progress is not None:
                    progress(done / total)
            self.y += 3.0

    def finding(self, view: FindingView) -> None:
        # the citation's URL is printed under the rule's heading (a URL in a cell is cut)
        rows = [[name, text] for name, text in view.rows]
        table = PrintTable(view.heading, ["", ""], rows, [0.26, 0.74])
        height = table_height(table, TABLE_W, header=False)
        extent = self.maps.extent(view.number, MAP_W / MAP_H)
        body = max(height, MAP_H if extent is not None else 8.0)
        self.room(body + 6.0)
        colour = STATUS_COLOURS.get(view.status, "#222222")
        self.text(view.heading, 4.5, size=9, bold=True, colour=colour)
        manual_table(self.layout, table, self.page, (MARGIN, self.y, TABLE_W, height),
                     header=False)  # fmt: skip
        right = (MARGIN + TABLE_W + 4.0, self.y, MAP_W, MAP_H)
        if extent is not None:
            self.map(extent, right)
        else:
            label(self.layout, self.data.texts["no_evidence"], self.page, right[:3] + (8.0,),
                  size=7, italic=True)  # fmt: skip
        self.y += body + 4.0

    def map(self, extent: QgsRectangle, rect: tuple[float, float, float, float]) -> None:
        item = QgsLayoutItemMap(self.layout)
        self.layout.addLayoutItem(item)
        item.setFrameEnabled(True)
        item.setFrameStrokeColor(QColor("#666666"))
        place(item, self.page, *rect)
        item.setCrs(self.maps.crs)
        item.setLayers(self.maps.layers)
        item.setKeepLayerSet(True)
        item.setExtent(extent)
        scale_bar_and_arrow(self.layout, item, self.page, rect)

    def footers(self) -> None:
        pages = self.layout.pageCollection().pageCount()
        for number in range(pages):
            page_of = self.data.texts["page_of"].format(page=number + 1, pages=pages)
            label(self.layout, f"{self.data.title} — {page_of}", number,
                  (MARGIN, PAGE_H - 11.0, CONTENT_W, 5.0), size=6.5, colour="#777777",
                  align=Qt.AlignHCenter)  # fmt: skip


def _write_pdf(
    path: Path,
    data: ReportData,
    maps: EvidenceMaps,
    project: QgsProject,
    progress: Progress | None,
    is_canceled: Canceled | None,
) -> Path:
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(data.title)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
    try:
        writer = _PdfWriter(layout, data, maps)
        writer.first_page()
        writer.findings(
            (lambda share: progress(0.1 + 0.6 * share)) if progress is not None else None,
            is_canceled,
        )
        writer.footers()
        if is_canceled is not None and is_canceled():
            raise Cancelled
        return export_pdf(layout, path)
    finally:
        del layout


# -- entry point -----------------------------------------------------------------------------------


def write_report(
    path: str | Path,
    findings: Iterable[st.Finding],
    ruleset: m.RuleSet,
    *,
    subjects: Subjects = None,
    language: str = "fr",
    progress: Progress | None = None,
    is_canceled: Canceled | None = None,
    communes: QgsVectorLayer | None = None,
) -> Path:
    """Write the report of ``findings`` to ``path``: HTML for ``.html``, PDF for ``.pdf``
    (AulaError for any other suffix or language); the path written.

    ``subjects``: the checked layer (or subject name -> layer) whose features the map extracts
    draw under the evidence; ``communes``: the commune layer drawn around them (default: the
    project's). ``progress`` gets shares from 0 to 1; ``is_canceled`` returning True stops the
    writing (Cancelled) and leaves no file.
    """
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise AulaError(UNKNOWN_SUFFIX, suffix=path.suffix or "", path=str(path))
    translate = report_translate(language)
    findings = list(findings)
    if communes is None:
        communes = project_communes()
    names = commune_names(communes, {f.insee for f in findings if f.insee})
    data = build_report(
        findings, ruleset, language=language, translate=translate, commune_names=names
    )
    data.texts["page_of"] = translate(PAGE_OF)
    project = QgsProject()
    try:
        maps = EvidenceMaps(data.findings(), ruleset, subjects, project, communes)
        if progress is not None:
            progress(0.1)
        if kind == "pdf":
            written = _write_pdf(path, data, maps, project, progress, is_canceled)
        else:
            images = {}
            views = data.findings()
            for done, view in enumerate(views, start=1):
                if is_canceled is not None and is_canceled():
                    raise Cancelled
                png = maps.render_png(view.number)
                if png:
                    images[view.number] = png
                if progress is not None:
                    progress(0.1 + 0.8 * done / len(views))
            if is_canceled is not None and is_canceled():
                raise Cancelled
            written = write_html(path, to_html(data, images))
    finally:
        project.clear()
    if progress is not None:
        progress(1.0)
    return written
