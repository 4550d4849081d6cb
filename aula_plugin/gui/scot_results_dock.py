"""The SCoT compatibility results dock: a findings layer as a tree rule → status → findings.

Built on :class:`~.panel_dock.PanelDock` (the fact-sheet docks' form, refresh, export menu, "new
panel", status line). It reads any findings layer of the project (the layer picker offers only
the layers with the columns of :mod:`aula_plugin.core.scot.findings_layer`) or a file chosen with
"Open…" (last week's check), and shows

- the tree of :func:`aula_plugin.core.scot.results_view.build_tree`: each rule with its counts per
  status, then the statuses (deviations first), then the findings; filtered by status (check
  boxes) and by scope;
- a click on a finding (or the arrow keys) selects it on its layer, zooms the map canvas onto its
  evidence and flashes it (:func:`aula_plugin.gis.scot_findings.zoom_to_evidence`);
- the "why" pane (:func:`aula_plugin.core.scot.results_view.why`): measure, threshold and warning
  band, message, reason, note, citation and a link to the DOO page, opened by the desktop.

The tree follows the layer's edits (edit buffer, commit, rollback, filter). Several panels are
independent; each keeps its layer and filters.
"""

from __future__ import annotations

import contextlib
import html
from pathlib import Path
from typing import Any

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.scot import results_view as rv
from ..core.scot.findings_layer import REQUIRED
from ..gis.scot_findings import (
    findings_layers,
    is_findings_layer,
    open_findings_file,
    read_rows,
    zoom_to_evidence,
)
from ..toolbelt.i18n import tr as tr_aula
from .panel_dock import PanelDock

#: item data: what a tree item is (rule, status group, finding) and, for a finding, its fid
KIND_ROLE = Qt.UserRole
FID_ROLE = Qt.UserRole + 1
RULE, GROUP, FINDING = "rule", "group", "finding"
REFRESH_DELAY_MS = 150


class ScotResultsDock(PanelDock):
    OBJECT_NAME = "AulaScotResultsDock"
    #: emitted with the feature id of the finding shown in the why pane
    findingShown = pyqtSignal(int)

    def __init__(self, parent: QWidget | None = None, canvas: Any = None) -> None:
        self.layer: QgsVectorLayer | None = None
        self.rows: list[rv.FindingRow] = []
        self.nodes: list[rv.RuleNode] = []
        self._canvas = canvas
        self._auto_pick = True
        super().__init__(parent)
        self.setWindowTitle(self.tr("SCoT compatibility results"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.duplicate_button.setToolTip(self.tr("Open another panel, on another findings layer"))
        self.export_button.setVisible(False)  # nothing to export yet: the report does it
        self.layer_combo.layerChanged.connect(self._layer_chosen)
        self.open_button.clicked.connect(lambda _checked=False: self.open_dialog())
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.render())
        for box in self.status_boxes.values():
            box.toggled.connect(lambda _on: self.render())
        self.tree.currentItemChanged.connect(self._current_changed)
        self.why_pane.anchorClicked.connect(self.open_link)
        project = QgsProject.instance()
        project.layersAdded.connect(self._layers_added)
        project.layersRemoved.connect(self._layers_removed)
        self._update_choices()

    # -- widgets ----------------------------------------------------------------------------------
    def build_form(self, body: QWidget) -> None:
        row = QWidget(body)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.layer_combo = QgsMapLayerComboBox(row)
        self.layer_combo.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setAccessibleName(self.tr("Findings layer"))
        self.layer_combo.setToolTip(
            self.tr("The project's layers written by the SCoT compatibility check")
        )
        self.open_button = QToolButton(row)
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setAccessibleName(self.tr("Open a findings file"))
        self.open_button.setToolTip(self.tr("Reopen the findings of an earlier check (GeoPackage)"))
        line.addWidget(self.layer_combo, 1)
        line.addWidget(self.open_button)
        self.form.addRow(self._label(self.tr("&Findings"), self.layer_combo), row)
        self._focus_chain.extend([self.layer_combo, self.open_button])

        self.scope_combo = QComboBox(body)
        self.scope_combo.addItem(self.tr("All scopes"), "")
        self.scope_combo.setAccessibleName(self.tr("Scope"))
        self.scope_combo.setToolTip(self.tr("Findings per feature, commune, EPCI or SCoT"))
        self.add_row(self.tr("&Scope"), self.scope_combo)

        boxes = QWidget(body)
        grid = QGridLayout(boxes)  # three a line: the dock stays narrow
        grid.setContentsMargins(0, 0, 0, 0)
        self.status_boxes: dict[str, QCheckBox] = {}
        for index, status in enumerate(rv.DISPLAY_ORDER):
            box = QCheckBox(rv.status_label(status, tr_aula), boxes)
            box.setChecked(True)
            box.setAccessibleName(
                self.tr("Show the findings: {}").format(rv.status_label(status, tr_aula))
            )
            box.setStyleSheet(f"color: {rv.STATUS_COLOURS[status]};")
            grid.addWidget(box, index // 3, index % 3)
            self.status_boxes[status] = box
        grid.setColumnStretch(3, 1)
        first = self.status_boxes[rv.DISPLAY_ORDER[0]]
        self.form.addRow(self._label(self.tr("S&tatuses"), first), boxes)
        self._focus_chain.extend(self.status_boxes.values())

    def build_content(self, body: QWidget, outer: QVBoxLayout) -> None:
        self.splitter = QSplitter(Qt.Vertical, body)
        self.tree = QTreeWidget(self.splitter)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Rule, status, finding"), self.tr("Findings")])
        self.tree.setAccessibleName(self.tr("Findings by rule and status"))
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        line = self.tree.fontMetrics().height()
        self.tree.setMinimumHeight(line * 10)  # a few rules and findings, even under another dock
        self.why_pane = QTextBrowser(self.splitter)
        self.why_pane.setOpenLinks(False)
        self.why_pane.setAccessibleName(self.tr("Why this finding"))
        self.why_pane.setPlaceholderText(self.tr("Choose a finding to see what explains it"))
        self.why_pane.setMinimumHeight(line * 7)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.why_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)
        self._focus_chain.extend([self.tree, self.why_pane])

    # -- layers -----------------------------------------------------------------------------------
    def canvas(self) -> Any:
        """The map canvas the findings zoom on (QGIS's own by default)."""
        if self._canvas is None:
            from qgis.utils import iface

            self._canvas = iface.mapCanvas() if iface is not None else None
        return self._canvas

    def _update_choices(self) -> None:
        """The layer picker offers the project's findings layers only."""
        others = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if not is_findings_layer(layer)
        ]
        self.layer_combo.blockSignals(True)
        self.layer_combo.setExceptedLayerList(others)
        self.layer_combo.setLayer(self.layer)
        self.layer_combo.blockSignals(False)

    def start(self, layer: QgsVectorLayer | None = None) -> None:
        """Show ``layer`` (by default the project's first findings layer)."""
        if layer is None:
            found = findings_layers()
            layer = found[0] if found else None
        self.set_layer(layer)

    def set_layer(self, layer: QgsVectorLayer | None) -> bool:
        """Show the findings of ``layer`` (None: nothing); False when it is not a findings layer."""
        if layer is not None and not is_findings_layer(layer):
            names = [f.name() for f in layer.fields()] if isinstance(layer, QgsVectorLayer) else []
            missing = [n for n in REQUIRED if n not in {x.lower() for x in names}]
            self.status_label.setText(
                self.tr("{}: not a findings layer (missing: {})").format(
                    layer.name(), ", ".join(missing)
                )
            )
            return False
        self._disconnect()
        self.layer = layer
        self._auto_pick = layer is None
        if layer is not None:
            for signal in (
                layer.layerModified,
                layer.afterCommitChanges,
                layer.afterRollBack,
                layer.subsetStringChanged,
                layer.dataChanged,
            ):
                signal.connect(self.schedule_reload)
            layer.willBeDeleted.connect(self._layer_gone)
        self._update_choices()
        self.reload()
        return True

    def _disconnect(self) -> None:
        layer = self.layer
        if layer is None:
            return
        with contextlib.suppress(TypeError, RuntimeError):
            for signal in (
                layer.layerModified,
                layer.afterCommitChanges,
                layer.afterRollBack,
                layer.subsetStringChanged,
                layer.dataChanged,
            ):
                signal.disconnect(self.schedule_reload)
            layer.willBeDeleted.disconnect(self._layer_gone)

    def _layer_chosen(self, layer: Any) -> None:
        if layer is not self.layer:
            self.set_layer(layer)

    def _layer_gone(self) -> None:
        self._disconnect()
        self.layer = None
        self._auto_pick = True
        self.rows = []
        QTimer.singleShot(0, self._after_removal)

    def _after_removal(self) -> None:
        self._update_choices()
        self.reload()

    def _layers_added(self, layers: Any) -> None:
        self._update_choices()
        if self._auto_pick and self.layer is None:
            found = [lyr for lyr in layers if is_findings_layer(lyr)]
            if found:
                self.set_layer(found[0])

    def _layers_removed(self, _ids: Any) -> None:
        QTimer.singleShot(0, self._update_choices)

    def open_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open the findings of a SCoT compatibility check"),
            "",
            self.tr("GeoPackage (*.gpkg);;Vector files (*.gpkg *.geojson *.json *.shp *.fgb)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> QgsVectorLayer | None:
        """Add the findings layers of ``path`` to the project and show the first; None (and a
        message) when the file holds none."""
        layers = open_findings_file(path)
        if not layers:
            self.status_label.setText(
                self.tr("{} holds no findings layer (columns {} expected)").format(
                    path, ", ".join(REQUIRED)
                )
            )
            return None
        QgsProject.instance().addMapLayers(layers)
        self.set_layer(layers[0])
        return layers[0]

    # -- drawing ----------------------------------------------------------------------------------
    def schedule_reload(self, *_args: Any) -> None:
        """Reload soon: an edit session sends many signals."""
        self._timer.start()

    def reload(self) -> None:
        self._timer.stop()
        self.rows = read_rows(self.layer) if self.layer is not None else []
        self._fill_scopes()
        self.render()

    def _fill_scopes(self) -> None:
        current = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        while self.scope_combo.count() > 1:
            self.scope_combo.removeItem(1)
        for scope in rv.scopes_of(self.rows):
            self.scope_combo.addItem(rv.scope_label(scope, tr_aula), scope)
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(current)))
        self.scope_combo.blockSignals(False)

    def filters(self) -> rv.Filters:
        statuses = frozenset(s for s, box in self.status_boxes.items() if box.isChecked())
        return rv.Filters(statuses=statuses, scope=self.scope_combo.currentData() or None)

    def set_filters(self, statuses: Any = None, scope: str | None = None) -> None:
        """Keep ``statuses`` (None: all) and ``scope`` (None: all), then redraw once."""
        for status, box in self.status_boxes.items():
            box.blockSignals(True)
            box.setChecked(statuses is None or status in statuses)
            box.blockSignals(False)
        self.scope_combo.blockSignals(True)
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope or "")))
        self.scope_combo.blockSignals(False)
        self.render()

    def render(self) -> None:
        current = self.current_fid()
        self.nodes = rv.build_tree(self.rows, self.filters())
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for node in self.nodes:
            rule = QTreeWidgetItem([f"{node.rule_id} · {node.title}", str(node.total)])
            rule.setData(0, KIND_ROLE, RULE)
            tip = rv.counts_text(node.counts, tr_aula)
            rule.setToolTip(0, tip)
            rule.setToolTip(1, tip)
            font = rule.font(0)
            font.setBold(True)
            rule.setFont(0, font)
            self.tree.addTopLevelItem(rule)
            for group in node.groups:
                label = rv.status_label(group.status, tr_aula)
                item = QTreeWidgetItem(rule, [label, str(node.counts[group.status])])
                item.setData(0, KIND_ROLE, GROUP)
                colour = QBrush(QColor(rv.STATUS_COLOURS.get(group.status, "#000000")))
                item.setForeground(0, colour)
                item.setForeground(1, colour)
                for row in group.rows:
                    child = QTreeWidgetItem(item, [rv.finding_label(row, tr_aula), ""])
                    child.setData(0, KIND_ROLE, FINDING)
                    child.setData(0, FID_ROLE, row.fid)
                    child.setToolTip(0, row.text("message"))
                    if row.fid == current:
                        chosen = child
            rule.setExpanded(True)
            for index in range(rule.childCount()):
                rule.child(index).setExpanded(True)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self._status_line()
        row = next((r for r in self.rows if r.fid == current), None)
        if chosen is not None and row is not None:
            self.why_pane.setHtml(self.why_html(row))  # the edited values
        else:
            self.why_pane.clear()

    def _status_line(self) -> None:
        if self.layer is None:
            self.status_label.setText(
                self.tr("No findings layer: run the SCoT compatibility check or open a file.")
            )
            return
        counts = rv.totals(rv.build_tree(self.rows, rv.Filters(scope=self.filters().scope)))
        text = self.tr("{layer}: {count} findings").format(
            layer=self.layer.name(), count=len(self.rows)
        )
        detail = rv.counts_text(counts, tr_aula)
        self.status_label.setText(f"{text} ({detail})" if detail else text)

    # -- one finding ------------------------------------------------------------------------------
    def current_fid(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != FINDING:
            return None
        return int(item.data(0, FID_ROLE))

    def finding_items(self) -> list[QTreeWidgetItem]:
        """The tree's finding items, top to bottom."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            rule = self.tree.topLevelItem(i)
            for j in range(rule.childCount()):
                group = rule.child(j)
                found.extend(group.child(k) for k in range(group.childCount()))
        return found

    def show_finding(self, fid: int) -> bool:
        """Make ``fid`` the current finding: why pane, selection on its layer, and the canvas
        zoomed onto its evidence (flashed). False when the tree does not show it."""
        for item in self.finding_items():
            if item.data(0, FID_ROLE) == fid:
                self.tree.setCurrentItem(item)  # -> _current_changed
                return True
        return False

    def _current_changed(self, current: Any, _previous: Any = None) -> None:
        if current is None or current.data(0, KIND_ROLE) != FINDING:
            return
        fid = int(current.data(0, FID_ROLE))
        row = next((r for r in self.rows if r.fid == fid), None)
        if row is None:
            return
        self.why_pane.setHtml(self.why_html(row))
        if self.layer is not None:
            self.layer.selectByIds([fid])
            canvas = self.canvas()
            if canvas is not None and row.has_evidence:
                zoom_to_evidence(canvas, self.layer, fid)
        self.findingShown.emit(fid)

    def why_html(self, row: rv.FindingRow) -> str:
        why = rv.why(row, tr_aula)
        colour = rv.STATUS_COLOURS.get(row.status, "#000000")
        lines = []
        for label, text in why.lines:
            if label == tr_aula(rv.W_RULE):
                continue  # the title above
            value = html.escape(text)
            if label == tr_aula(rv.W_STATUS):
                value = f'<b style="color: {colour};">{value}</b>'
            lines.append(
                f'<tr><td style="padding-right: 8px; color: #555555;">{html.escape(label)}</td>'
                f"<td>{value}</td></tr>"
            )
        parts = [f"<p><b>{html.escape(why.title)}</b></p>", f"<table>{''.join(lines)}</table>"]
        if why.link:
            parts.append(
                '<p><a href="{}">{}</a></p>'.format(
                    html.escape(why.link, quote=True), html.escape(self.tr("Open the cited page"))
                )
            )
        return "".join(parts)

    def open_link(self, url: QUrl) -> bool:
        """Open the cited page in the desktop's browser or PDF reader."""
        return QDesktopServices.openUrl(url)

    # -- panels -----------------------------------------------------------------------------------
    def new_panel(self) -> ScotResultsDock:
        return ScotResultsDock(self.parentWidget(), canvas=self._canvas)

    def clone_state(self, other: ScotResultsDock) -> None:
        filters = self.filters()
        other.set_filters(filters.statuses, filters.scope)

    def start_panel(self, other: ScotResultsDock) -> None:
        filters = self.filters()
        other.start(self.layer)
        other.set_filters(filters.statuses, filters.scope)

    def cleanup(self) -> None:
        self._timer.stop()
        self._disconnect()
        self.layer = None
        project = QgsProject.instance()
        with contextlib.suppress(TypeError, RuntimeError):
            project.layersAdded.disconnect(self._layers_added)
        with contextlib.suppress(TypeError, RuntimeError):
            project.layersRemoved.disconnect(self._layers_removed)
