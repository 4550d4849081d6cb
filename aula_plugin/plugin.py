"""The plugin class: registers the provider and the few GUI entry points, removes them on unload."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar, QWidget

from .__about__ import __title__
from .core import scipy_support
from .maintenance import stored_project
from .processing.provider import AulaProvider
from .toolbelt.i18n import install_translator, qgis_locale, remove_translator
from .toolbelt.i18n import tr as tr_aula
from .toolbelt.log import warning
from .toolbelt.paths import HELP_DIR, icon_path


class AulaPlugin:
    def __init__(self, iface: Any) -> None:
        self.iface = iface  # None under qgis_process: never used before initGui()
        self.provider: AulaProvider | None = None
        self.translator = install_translator()  # before any tr() runs
        self.menu: QMenu | None = None
        self.toolbar: QToolBar | None = None
        self.actions: list[QAction] = []
        self.fact_sheet_dock: Any = None  # the panel the menu action shows or hides
        self.scot_results_dock: Any = None  # the SCoT results panel the menu action shows or hides
        self.extra_docks: list[Any] = []  # the panels opened with "New panel"
        self.resolver_installed = False  # the stored-project path resolver (initGui)

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("AulaPlugin", text)

    # -- Processing ---------------------------------------------------------------------------
    def initProcessing(self) -> None:
        # Idempotent: a second provider with the same id would be rejected and deleted by QGIS.
        registry = QgsApplication.processingRegistry()
        if self.provider is None and registry.providerById(AulaProvider.ID) is None:
            self.provider = AulaProvider()
            registry.addProvider(self.provider)
            if not scipy_support.available():  # said once, at start-up, not at each run
                warning(tr_aula(scipy_support.WARN_NO_SCIPY))

    # -- GUI ----------------------------------------------------------------------------------
    def initGui(self) -> None:
        self.initProcessing()
        stored_project.install()  # any copy of the package opens its stored project's layers
        self.resolver_installed = True
        main_window = self.iface.mainWindow()
        self.menu = QMenu(__title__, main_window)
        self.menu.setObjectName("AulaTerritoiresMenu")
        self.toolbar = self.iface.addToolBar(__title__)
        self.toolbar.setObjectName("AulaTerritoiresToolbar")
        self._add_action(
            "aula.svg", self.tr("Open the territory project"), self.open_territory_project
        )
        self._add_action("factsheet.svg", self.tr("Indicator fact sheets"), self.toggle_fact_sheets)
        self._add_action(
            "scotresults.svg", self.tr("SCoT compatibility results"), self.toggle_scot_results
        )
        self._add_action(
            "folder.svg", self.tr("Choose the working folder…"), self.choose_working_folder, False
        )
        self._add_action("help.svg", self.tr("Help"), self.show_help, toolbar=False)
        main_window.menuBar().addMenu(self.menu)
        from .gui.fact_sheet_dock import register_pdf_exporter, save_sheet_pdf

        register_pdf_exporter(save_sheet_pdf)  # « Sheet as PDF… » in the docks' export menus

    def _add_action(self, icon: str, text: str, slot: Any, toolbar: bool = True) -> QAction:
        action = QAction(QIcon(icon_path(icon)), text, self.iface.mainWindow())
        action.setObjectName("aula_" + slot.__name__)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        for action in self.actions:
            action.deleteLater()
        self.actions.clear()
        for dock in [*self.extra_docks, self.fact_sheet_dock, self.scot_results_dock]:
            if dock is not None:
                dock.cleanup()
                self.iface.removeDockWidget(dock)
                _discard(dock)
        self.extra_docks.clear()
        self.fact_sheet_dock = None
        self.scot_results_dock = None
        if self.menu is not None:
            menu_bar = self.iface.mainWindow().menuBar()
            menu_bar.removeAction(self.menu.menuAction())
            _discard(self.menu)
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            _discard(self.toolbar)
            self.toolbar = None
        from .gui.fact_sheet_dock import save_sheet_pdf, unregister_pdf_exporter

        unregister_pdf_exporter(save_sheet_pdf)
        if self.resolver_installed:  # only what this instance added
            stored_project.uninstall()
            self.resolver_installed = False
        remove_translator(self.translator)
        self.translator = None

    # -- Actions ------------------------------------------------------------------------------
    def open_territory_project(self) -> None:
        from .gui.territory import TerritoryActions

        TerritoryActions(self.iface).open_project()

    def toggle_fact_sheets(self) -> None:
        if self.fact_sheet_dock is None:
            from .gui.fact_sheet_dock import FactSheetDock

            self.fact_sheet_dock = FactSheetDock(self.iface.mainWindow())
            self._add_dock(self.fact_sheet_dock)
            self.fact_sheet_dock.start()
            return
        self.fact_sheet_dock.setUserVisible(not self.fact_sheet_dock.isUserVisible())

    def toggle_scot_results(self) -> None:
        if self.scot_results_dock is None:
            from .gui.scot_results_dock import ScotResultsDock

            self.scot_results_dock = ScotResultsDock(
                self.iface.mainWindow(), canvas=self.iface.mapCanvas()
            )
            self._add_dock(self.scot_results_dock)
            self.scot_results_dock.start()
            return
        dock = self.scot_results_dock
        dock.setUserVisible(not dock.isUserVisible())

    def _add_dock(self, dock: Any) -> None:
        dock.duplicated.connect(self._dock_duplicated)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, dock)

    def _dock_duplicated(self, dock: Any) -> None:
        """Another panel asked for from a dock: docked on the right, removed when closed."""
        self.extra_docks.append(dock)
        self._add_dock(dock)
        dock.closed.connect(lambda d=dock: self._close_extra(d))

    def _close_extra(self, dock: Any) -> None:
        if dock in self.extra_docks:
            self.extra_docks.remove(dock)
            dock.cleanup()
            self.iface.removeDockWidget(dock)
            _discard(dock)

    def choose_working_folder(self) -> None:
        from .gui.territory import TerritoryActions

        TerritoryActions(self.iface).choose_working_folder()

    def show_help(self) -> None:
        locale = qgis_locale()
        candidates = [f"index-{locale}.html", f"index-{locale[:2]}.html", "index.html"]
        page = next(HELP_DIR / n for n in candidates if (HELP_DIR / n).is_file())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))


def _discard(widget: QWidget) -> None:
    """Detach a widget from the main window at once, and let Qt delete it."""
    widget.setParent(None)
    widget.deleteLater()
