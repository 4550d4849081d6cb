"""A dock about one territory: the fact-sheet dock's base.

:class:`TerritoryDock` is a :class:`~.panel_dock.PanelDock` (form, refresh, export menu, "new
panel", status line, scroll area: the plumbing the SCoT results dock shares) that adds

- a territory picker (level, then territory: type to search), which also follows the selection
  made on a chosen layer of territories (communes, EPCI... the level comes from the layer);
- a refresh on the followed layer's committed edits and selection changes;
- a new panel (:meth:`duplicate`) on the same territory, then independent.

A subclass implements :meth:`load_base` (an IndicatorBase, or None) and :meth:`render` (draw the
current territory), may add controls with :meth:`add_control`, and reads :meth:`current_key`.
Several docks are independent: each keeps its own territory, layer and options.
"""

from __future__ import annotations

import contextlib
from typing import Any

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QWidget

from ..core.indicators.model import COMMUNE, LEVEL_LABELS, IndicatorBase, level_rank
from ..gis.fact_sheets import selected_code, territory_layer_level, territory_layers
from ..toolbelt.i18n import tr as tr_aula
from .panel_dock import PanelDock


def key_data(key: tuple[str, str]) -> str:
    """A territory key as item data of a combo box (a string: findData compares it)."""
    return "{}\t{}".format(*key)


def data_key(data: Any) -> tuple[str, str] | None:
    if not data or "\t" not in str(data):
        return None
    level, code = str(data).split("\t", 1)
    return (level, code)


class TerritoryDock(PanelDock):
    """Base dock: pick or follow a territory, refresh, export, duplicate."""

    OBJECT_NAME = "AulaTerritoryDock"
    #: emitted with (level, code) after each render
    territoryChanged = pyqtSignal(object)

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        self.base: IndicatorBase | None = None
        self._key: tuple[str, str] | None = None
        self._followed: QgsVectorLayer | None = None
        self._follow_field = ""
        self._follow_level = ""
        self._auto_follow = False
        super().__init__(parent, title)
        self.duplicate_button.setToolTip(self.tr("Open another panel, to compare two territories"))
        self.level_combo.currentIndexChanged.connect(self._level_chosen)
        self.territory_combo.activated.connect(self._territory_chosen)
        self.layer_combo.layerChanged.connect(self.follow_layer)
        QgsProject.instance().layersAdded.connect(self._layers_added)

    # -- widgets ----------------------------------------------------------------------------------
    def build_form(self, body: QWidget) -> None:
        self.level_combo = QComboBox(body)
        self.level_combo.setAccessibleName(self.tr("Territory level"))
        self.territory_combo = QComboBox(body)
        self.territory_combo.setEditable(True)
        self.territory_combo.setInsertPolicy(QComboBox.NoInsert)
        self.territory_combo.setAccessibleName(self.tr("Territory"))
        self.territory_combo.setToolTip(self.tr("Type a few letters of a name or a code"))
        self.layer_combo = QgsMapLayerComboBox(body)
        self.layer_combo.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setAccessibleName(self.tr("Layer whose selection is followed"))
        self.layer_combo.setToolTip(
            self.tr("Selecting a feature on this layer shows its territory (empty: do not follow)")
        )
        self.add_row(self.tr("&Level"), self.level_combo)
        self.add_row(self.tr("&Territory"), self.territory_combo)
        self.add_row(self.tr("&Follow"), self.layer_combo)

    # -- to implement -----------------------------------------------------------------------------
    def load_base(self) -> IndicatorBase | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def render(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- state ------------------------------------------------------------------------------------
    def current_key(self) -> tuple[str, str] | None:
        return self._key

    def followed_layer(self) -> QgsVectorLayer | None:
        return self._followed

    def start(self, layer: QgsVectorLayer | None = None) -> None:
        """Load the data and follow ``layer`` (by default the project's commune layer)."""
        if layer is None:
            found = territory_layers()
            layer = found[0] if found else None
        self._read()
        self.follow_layer(layer)
        self._auto_follow = layer is None  # follow the first territory layer added later
        if self._key is None:
            self._pick_first()

    def invalidate(self) -> None:
        """Forget cached data before a reload (subclasses drop their caches)."""

    def _read(self) -> None:
        self.base = self.load_base()
        self._fill_levels()
        if self._key is not None:
            self._show_in_picker(self._key)

    def reload(self) -> None:
        """Read the data again (after an edit or on request) and redraw."""
        self.invalidate()
        self._read()
        if self._key is not None:
            self._show_in_picker(self._key)
            self.render()

    def set_territory(self, level: str, code: str) -> bool:
        """Show a territory; False (and nothing changes) when the base does not know it."""
        if self.base is None or self.base.territory(level, code) is None:
            return False
        self._key = (level, code)
        self._show_in_picker(self._key)
        self.render()
        self.territoryChanged.emit(self._key)
        return True

    def _pick_first(self) -> None:
        if self.base is None:
            return
        keys = sorted(self.base.territories, key=lambda k: (level_rank(k[0]), k[1]))
        commune = [k for k in keys if k[0] == COMMUNE]
        if commune or keys:
            self.set_territory(*(commune or keys)[0])

    # -- picker -----------------------------------------------------------------------------------
    def _fill_levels(self) -> None:
        levels = sorted(
            {k[0] for k in (self.base.territories if self.base else {})}, key=level_rank
        )
        current = self.level_combo.currentData()
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        for level in levels:
            self.level_combo.addItem(tr_aula(LEVEL_LABELS.get(level, level)), level)
        index = self.level_combo.findData(current)
        self.level_combo.setCurrentIndex(max(index, 0))
        self.level_combo.blockSignals(False)
        self._fill_territories(self.level_combo.currentData())

    def _fill_territories(self, level: str | None) -> None:
        self.territory_combo.blockSignals(True)
        self.territory_combo.clear()
        if self.base is not None and level:
            items = sorted(
                (t for t in self.base.territories.values() if t.level == level),
                key=lambda t: (t.label.casefold(), t.code),
            )
            for t in items:
                self.territory_combo.addItem(f"{t.label} ({t.code})", key_data(t.key))
        self.territory_combo.setCurrentIndex(-1)
        self.territory_combo.blockSignals(False)

    def _show_in_picker(self, key: tuple[str, str]) -> None:
        if self.level_combo.currentData() != key[0]:
            self.level_combo.blockSignals(True)
            self.level_combo.setCurrentIndex(self.level_combo.findData(key[0]))
            self.level_combo.blockSignals(False)
            self._fill_territories(key[0])
        self.territory_combo.blockSignals(True)
        self.territory_combo.setCurrentIndex(self.territory_combo.findData(key_data(key)))
        self.territory_combo.blockSignals(False)

    def _level_chosen(self, _index: int) -> None:
        self._fill_territories(self.level_combo.currentData())
        if self.territory_combo.count():
            self.territory_combo.setCurrentIndex(0)
            self._territory_chosen(0)

    def _territory_chosen(self, index: int) -> None:
        key = data_key(self.territory_combo.itemData(index))
        if key is not None and key != self._key:
            self.set_territory(*key)

    # -- following a layer ------------------------------------------------------------------------
    def follow_layer(self, layer: Any) -> None:
        """Follow the selection on ``layer`` (None: stop following)."""
        if self._followed is not None:
            try:
                self._followed.selectionChanged.disconnect(self._selection_changed)
                self._followed.afterCommitChanges.disconnect(self._layer_edited)
                self._followed.willBeDeleted.disconnect(self._layer_gone)
            except (TypeError, RuntimeError):
                pass
        self._followed = None
        self._auto_follow = False
        if layer is None and self.layer_combo.currentLayer() is not None:
            self.layer_combo.blockSignals(True)
            self.layer_combo.setLayer(None)
            self.layer_combo.blockSignals(False)
        found = territory_layer_level(layer) if layer is not None else None
        if found is None:
            if layer is not None:
                self.status_label.setText(
                    self.tr("{}: no territory code field (insee, epci_siren...)").format(
                        layer.name()
                    )
                )
            return
        self._followed = layer
        self._follow_level, self._follow_field = found
        layer.selectionChanged.connect(self._selection_changed)
        layer.afterCommitChanges.connect(self._layer_edited)
        layer.willBeDeleted.connect(self._layer_gone)
        if self.layer_combo.currentLayer() is not layer:
            self.layer_combo.blockSignals(True)
            self.layer_combo.setLayer(layer)
            self.layer_combo.blockSignals(False)
        self.status_label.setText("")
        self._read()  # the layer's GeoPackage may hold other data (cached: cheap)
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        layer = self._followed
        if layer is None:
            return
        code = selected_code(layer, self._follow_field)
        if code is None:
            return
        if not self.set_territory(self._follow_level, code):
            self.status_label.setText(
                self.tr("{} {}: not in the indicator base").format(layer.name(), code)
            )
        else:
            self.status_label.setText("")

    def _layer_edited(self) -> None:
        self.reload()

    def _layer_gone(self) -> None:
        self._followed = None
        self._auto_follow = True  # a new project: follow its territory layer

    def _layers_added(self, _layers: Any) -> None:
        if self._auto_follow and self._followed is None:
            found = territory_layers()
            if found:
                self.follow_layer(found[0])

    # -- panels -----------------------------------------------------------------------------------
    def start_panel(self, other: TerritoryDock) -> None:
        """A new panel on the same territory, then independent."""
        other.start(self._followed)
        if self._key is not None:
            other.set_territory(*self._key)

    def cleanup(self) -> None:
        """Disconnect from the project and layers before the dock is deleted."""
        self.follow_layer(None)
        with contextlib.suppress(TypeError, RuntimeError):
            QgsProject.instance().layersAdded.disconnect(self._layers_added)
