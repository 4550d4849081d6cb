"""The plugin as QGIS desktop loads it: qgis.utils, a stub iface, load/unload/reload."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar

PACKAGE = "aula_plugin"
MENU_TITLE = "AULA Territoires"


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def _aula_menus(iface: Any) -> list[QMenu]:
    bar = iface.mainWindow().menuBar()
    return [
        a.menu()
        for a in bar.actions()
        if a.menu() and a.menu().objectName() == "AulaTerritoiresMenu"
    ]


def _aula_toolbars(iface: Any) -> list[QToolBar]:
    return iface.mainWindow().findChildren(QToolBar, "AulaTerritoiresToolbar")


def _aula_providers() -> list[Any]:
    return [p for p in QgsApplication.processingRegistry().providers() if p.id() == "aula"]


@pytest.fixture
def critical_log() -> Iterator[list[str]]:
    """Collects warnings and errors QGIS logs while the test runs."""
    messages: list[str] = []

    def on_message(message: str, tag: str, level: Qgis.MessageLevel) -> None:
        if level in (Qgis.Warning, Qgis.Critical):
            messages.append(f"[{tag}] {message}")

    log = QgsApplication.messageLog()
    log.messageReceived.connect(on_message)
    yield messages
    log.messageReceived.disconnect(on_message)


@pytest.fixture
def plugin_registry(staged_plugin: Path, iface: Any, qgis_processing: Any) -> Iterator[None]:
    """Point qgis.utils at the staged build, as QGIS_PLUGINPATH does for the desktop."""
    saved_paths = list(qgis.utils.plugin_paths)
    # qgis.utils purges only the modules the plugin imported itself: modules the other tests
    # imported first would survive, bound to purged ones (two AulaError classes). Put back the
    # modules as they were, so that the tests after these see one plugin.
    saved_modules = {name: module for name, module in sys.modules.items() if _ours(name)}
    qgis.utils.plugin_paths = [str(staged_plugin.parent)]
    qgis.utils.updateAvailablePlugins()
    assert qgis.utils.iface is iface
    yield
    if qgis.utils.isPluginLoaded(PACKAGE):
        qgis.utils.unloadPlugin(PACKAGE)
    qgis.utils.plugin_paths = saved_paths
    qgis.utils.updateAvailablePlugins()
    for name in [name for name in sys.modules if _ours(name)]:
        del sys.modules[name]
    sys.modules.update(saved_modules)


def _ours(module_name: str) -> bool:
    return module_name == PACKAGE or module_name.startswith(PACKAGE + ".")


def _assert_loaded_once(iface: Any) -> None:
    _flush_deletions()
    assert qgis.utils.isPluginLoaded(PACKAGE)
    assert len(_aula_providers()) == 1
    assert len(_aula_menus(iface)) == 1
    assert len(_aula_toolbars(iface)) == 1
    menu = _aula_menus(iface)[0]
    # open project, fact sheets, SCoT results, working folder, help
    assert len(menu.actions()) == 5
    assert len(_aula_toolbars(iface)[0].actions()) == 3


def _assert_nothing_left(iface: Any) -> None:
    _flush_deletions()
    assert not qgis.utils.isPluginLoaded(PACKAGE)
    assert _aula_providers() == []
    assert _aula_menus(iface) == []
    assert _aula_toolbars(iface) == []
    assert "aula_plugin.plugin" not in sys.modules  # qgis.utils purged the plugin's modules


def test_metadata_is_what_qgis_reads(plugin_registry: None) -> None:
    assert PACKAGE in qgis.utils.available_plugins
    assert qgis.utils.pluginMetadata(PACKAGE, "name") == MENU_TITLE
    assert qgis.utils.pluginMetadata(PACKAGE, "hasProcessingProvider") == "yes"
    assert qgis.utils.pluginMetadata(PACKAGE, "qgisMinimumVersion") == "3.22"
    version = qgis.utils.pluginMetadata(PACKAGE, "version")
    # the changelog generated at staging time reads as QGIS reads it ("__error__" otherwise)
    assert qgis.utils.pluginMetadata(PACKAGE, "changelog").startswith(f"{version} (")


def test_load_unload_reload_twice_leaves_no_duplicates(
    plugin_registry: None, iface: Any, critical_log: list[str]
) -> None:
    assert qgis.utils.loadPlugin(PACKAGE)
    assert qgis.utils.startPlugin(PACKAGE)
    _assert_loaded_once(iface)

    for _ in range(2):
        assert qgis.utils.reloadPlugin(PACKAGE)
        _assert_loaded_once(iface)

    assert qgis.utils.unloadPlugin(PACKAGE)
    _assert_nothing_left(iface)
    assert critical_log == []


def test_init_processing_twice_is_harmless(iface: Any, qgis_processing: Any) -> None:
    from aula_plugin import classFactory

    plugin = classFactory(iface)
    plugin.initProcessing()
    plugin.initProcessing()
    other = classFactory(None)  # qgis_process-style instance while the first is loaded
    other.initProcessing()
    assert len(_aula_providers()) == 1
    other.unload()
    assert len(_aula_providers()) == 1  # the second instance removed nothing it did not add
    plugin.unload()
    assert _aula_providers() == []


def test_provider_lists_its_algorithms(provider: Any) -> None:
    ids = {alg.id() for alg in provider.algorithms()}
    assert ids == {
        "aula:aggregateindicators",
        "aula:importindicators",
        "aula:factsheetexport",
        "aula:checkpackage",
        "aula:updatelayer",
        "aula:checkoutpackage",
        "aula:mergepackage",
        "aula:publishpostgis",
        "aula:zanimportconsumption",
        "aula:zanconsumption",
        "aula:zantrajectory",
        "aula:zanartificialisation",
        "aula:zanprojects",
        "aula:zanreport",
        "aula:degurbagrid",
        "aula:centralities",
        "aula:centralitysheet",
        "aula:frictionfromlandcover",
        "aula:reservoirs",
        "aula:costdistance",
        "aula:dilatationerosion",
        "aula:leastcostcorridors",
        "aula:connectivitymetrics",
        "aula:conflictpoints",
        "aula:scotimportplu",
        "aula:circuitflow",
        "aula:pinchpoints",
        "aula:scotcompatibility",
    }
    for alg in provider.algorithms():
        assert alg.name().isascii() and alg.name() == alg.name().lower()
        assert alg.shortHelpString(), f"{alg.id()} has no help text"
        assert alg.group() and alg.groupId()
        fresh = alg.createInstance()
        assert fresh is not alg and type(fresh) is type(alg)


def test_fact_sheet_dock_toggles_and_goes_away(plugin: Any, iface: Any) -> None:
    plugin.toggle_fact_sheets()
    dock = plugin.fact_sheet_dock
    assert dock is not None and dock.objectName() == "AulaFactSheetDock"
    plugin.toggle_fact_sheets()  # second click hides rather than adding another dock
    assert plugin.fact_sheet_dock is dock
    plugin.unload()
    iface.removeDockWidget.assert_called_with(dock)
    assert plugin.fact_sheet_dock is None


def test_fact_sheet_new_panels_are_tracked_and_removed(plugin: Any, iface: Any) -> None:
    plugin.toggle_fact_sheets()
    dock = plugin.fact_sheet_dock
    assert dock.current_key() is not None  # the dock shows a territory of the package at once
    other = dock.duplicate()  # the dock's "New panel" button
    third = dock.duplicate()
    assert plugin.extra_docks == [other, third]
    assert other.objectName().startswith(dock.objectName()) and other is not dock
    assert len({dock.objectName(), other.objectName(), third.objectName()}) == 3
    other.close()  # a closed extra panel goes away; the menu's panel only hides
    assert plugin.extra_docks == [third]
    iface.removeDockWidget.assert_called_with(other)
    plugin.unload()
    removed = [call.args[0] for call in iface.removeDockWidget.call_args_list[-2:]]
    assert removed == [third, dock]
    assert plugin.extra_docks == [] and plugin.fact_sheet_dock is None


@pytest.fixture
def ui_locale() -> Iterator[Callable[[str], None]]:
    """Sets QGIS's interface locale as its options dialog does; restores it afterwards."""
    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    saved = {key: settings.value(key) for key in keys}

    def set_locale(locale: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)

    yield set_locale
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def _loaded_texts(iface: Any) -> tuple[set[str], str, str]:
    from aula_plugin import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    try:
        alg = QgsApplication.processingRegistry().algorithmById("aula:aggregateindicators")
        return {a.text() for a in plugin.actions}, alg.group(), alg.displayName()
    finally:
        plugin.unload()


def test_french_interface_under_french_locale(
    iface: Any, qgis_processing: Any, ui_locale: Callable[[str], None]
) -> None:
    ui_locale("fr_FR")
    assert QgsApplication.locale() == "fr_FR"
    actions, group, name = _loaded_texts(iface)
    assert "Ouvrir le projet du territoire" in actions
    assert group == "Indicateurs"
    assert name == "Agréger des indicateurs"
    # the translator went away with the plugin
    english = QCoreApplication.translate("AulaPlugin", "Open the territory project")
    assert english == "Open the territory project"


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "C"])
def test_english_interface_otherwise(
    iface: Any, qgis_processing: Any, ui_locale: Callable[[str], None], locale: str
) -> None:
    ui_locale(locale)
    actions, group, name = _loaded_texts(iface)
    assert {"Open the territory project", "Help"} <= actions
    assert group == "Indicators"
    assert name == "Aggregate indicators to a parent level"


#: about what the Processing toolbox shows of a title in a dock of ordinary width
TITLE_MAX = 35


def test_french_titles_fit_the_toolbox(
    iface: Any, qgis_processing: Any, ui_locale: Callable[[str], None]
) -> None:
    """Every algorithm's French title (its displayName under the French translator) is short;
    the details are in its help page."""
    from aula_plugin import classFactory

    ui_locale("fr_FR")
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        provider = QgsApplication.processingRegistry().providerById("aula")
        titles = {alg.id(): alg.displayName() for alg in provider.algorithms()}
        groups = {alg.group() for alg in provider.algorithms()}
    finally:
        plugin.unload()
    assert len(titles) == 28
    assert "Indicateurs" in groups  # the French translator was active
    assert titles["aula:zantrajectory"] == "Trajectoire ZAN 2021-2031"
    too_long = {i: t for i, t in titles.items() if len(t) > TITLE_MAX}
    assert too_long == {}


@pytest.mark.parametrize(
    ("locale", "language"), [("fr_FR", "fr"), ("fr_BE", "fr"), ("en_US", "en"), ("de_DE", "en")]
)
def test_help_button_opens_the_page_in_the_user_language(
    provider: Any, ui_locale: Callable[[str], None], locale: str, language: str
) -> None:
    from qgis.PyQt.QtCore import QUrl

    ui_locale(locale)
    for alg in provider.algorithms():
        url = QUrl(alg.helpUrl())
        assert url.isLocalFile(), alg.helpUrl()
        page = Path(url.toLocalFile())
        assert page.is_file(), page
        assert (page.parent.name, page.name) == (language, f"{alg.name()}.html")
        # the page the dialog shows beside the parameters is that one, without its charset line
        assert alg.shortHelpString() in page.read_text(encoding="utf-8")
        assert not alg.shortHelpString().startswith("<meta")


def test_processing_is_qgis_own(qgis_processing: Any) -> None:
    # The guard itself: a bare "processing" must resolve to QGIS's module, never to ours.
    processing = importlib.import_module("processing")
    assert Path(processing.__file__).parents[1] == Path("/usr/share/qgis/python/plugins")
    from qgis import processing as qgis_processing_module

    assert hasattr(qgis_processing_module, "run")
