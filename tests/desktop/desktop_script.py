"""A planner's afternoon, run inside the real QGIS desktop (`qgis --code desktop_script.py`).

Started by tests/desktop/test_desktop_acceptance.py in a fresh French profile where the plugin was
installed from its ZIP. Does what a planner does, through the GUI's own objects:

1. the menu action « Ouvrir le projet du territoire » (objectName aula_open_territory_project);
2. for each algorithm of the chain (import → trajectory, centralities, aggregation), the dialog
   from ``processing.createAlgorithmDialog(id, {})``, only the import's INPUT file set, then its
   Run button, waiting for the background task;

then the fact-sheet docks, the SCoT results dock (desktop_scot.py) and the data-package tools
(desktop_package.py: integrity check, validated import, offline copy and merge, PostGIS dialog),
and checks what the planner sees: no warning in the message bar on project open, French titles and
help, the layer pickers' defaults, the outputs in the project, in their group, styled, with French
aliases and value labels. Every check goes into ``report.json`` (rewritten after each one, so a
crash or a timeout still leaves what was seen); screenshots of the main window, each dialog, each
attribute table and each unexpected modal box go beside it as PNG.

Configuration (environment): AULA_DESKTOP_OUT (report and screenshots folder),
AULA_DESKTOP_CSV (the Cerema CSV to import), AULA_DESKTOP_BUDGET (seconds before the script gives
up, writes what it has and exits QGIS).
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

from qgis import processing
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsMessageBarItem
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl
from qgis.PyQt.QtWidgets import (
    QAction,
    QApplication,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTextEdit,
)
from qgis.PyQt.QtXml import QDomDocument
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("AULA_DESKTOP_OUT", "/tmp/aula-desktop"))
CSV = os.environ.get("AULA_DESKTOP_CSV", "")
BUDGET = float(os.environ.get("AULA_DESKTOP_BUDGET", "170"))
#: "sheets": only the project and the fact-sheet docks (benchmarks/bench_fact_sheet_dock.py)
ONLY = os.environ.get("AULA_DESKTOP_ONLY", "")
PLUGIN = "aula_plugin"
OPEN_ACTION = "aula_open_territory_project"

#: the chain, in the order a planner runs it; what the planner sets in each dialog
CHAIN: list[tuple[str, dict[str, Any]]] = [
    ("aula:zanimportconsumption", {"INPUT": CSV}),
    ("aula:zantrajectory", {}),
    ("aula:centralities", {}),
    ("aula:aggregateindicators", {}),
]
#: layer parameters whose role is plain on the shipped project -> the GeoPackage table expected
#: to be pre-selected (issue 11: "each layer parameter pre-selects the layer whose role it is")
ROLE_DEFAULTS: dict[str, dict[str, str]] = {
    "aula:zantrajectory": {"CONSUMPTION": "zan_consommation", "COMMUNES": "commune"},
    "aula:centralities": {
        "ACTIVITIES": "centra_activites",
        "HOUSING": "centra_logements",
        "COMMUNES": "commune",
    },
    "aula:aggregateindicators": {"INPUT": "commune"},
}
#: coded fields the issue names (they must show labels whatever the catalogue says)
CODED_FIELDS: dict[str, set[str]] = {
    "aula:zantrajectory": {"mode", "status"},
    "aula:centralities": {"rules_passed"},
}
#: outputs that are territory tables and must carry the territory's name (issue 11)
NAMED_OUTPUTS: dict[str, set[str]] = {"aula:zantrajectory": {"OUTPUT", "OUTPUT_YEARS"}}
#: script syntax that the in-dialog help must not show (it belongs to the README / help pages)
SCRIPT_SYNTAX = re.compile(r"qgis_process|processing\.run|\bPython\s*:|\w+=\w+,\w+")
TITLE_MAX = 35
LAYER_OUTPUT_TYPES = {"outputVector", "outputRaster", "outputLayer", "outputMultilayer"}
TIME_PER_ALGORITHM = 100.0


class Report:
    """The checks seen so far, written to report.json after each one."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.checks: list[dict[str, Any]] = []
        self.screenshots: list[str] = []
        self.messages: list[dict[str, Any]] = []
        self.notes: dict[str, Any] = {}
        self.finished = False
        self.started = time.monotonic()
        self.lock = threading.Lock()

    def check(self, check_id: str, ok: bool, detail: Any = "") -> bool:
        self.checks.append({"id": check_id, "ok": bool(ok), "detail": detail})
        self.write()
        return bool(ok)

    def write(self) -> None:
        with self.lock:
            data = {
                "finished": self.finished,
                "elapsed_s": round(time.monotonic() - self.started, 1),
                "checks": self.checks,
                "screenshots": self.screenshots,
                "message_bar": self.messages,
                "notes": self.notes,
            }
            tmp = self.folder / "report.json.part"
            tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str), "utf-8")
            tmp.replace(self.folder / "report.json")


REPORT = Report(OUT)


# -- small GUI helpers ------------------------------------------------------------------------


def wait(condition: Any = None, timeout: float = 1.0) -> bool:
    """Let Qt work until ``condition()`` is true (True) or ``timeout`` seconds pass (False)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QgsApplication.processEvents(QEventLoop.AllEvents, 50)
        if condition is not None and condition():
            return True
        time.sleep(0.02)
    return condition is None or bool(condition())


def shoot(widget: Any, name: str) -> None:
    """Save a PNG of the widget as the planner sees it."""
    try:
        wait(timeout=0.3)
        path = OUT / f"{len(REPORT.screenshots) + 1:02d}_{name}.png"
        if widget.grab().save(str(path)):
            REPORT.screenshots.append(path.name)
            REPORT.write()
    except Exception:  # a failed screenshot must not stop the checks
        REPORT.notes.setdefault("screenshot_errors", []).append(traceback.format_exc())


def canvas_idle(timeout: float = 20.0) -> None:
    canvas = iface.mapCanvas()
    wait(lambda: not canvas.isDrawing(), timeout)


class ModalWatch:
    """Closes any modal box (QMessageBox of a refused run, a question...) and records it:
    nobody sits in front of Xvfb to click it."""

    def __init__(self) -> None:
        self.seen: list[dict[str, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        info = {"class": type(widget).__name__, "title": widget.windowTitle()}
        if isinstance(widget, QMessageBox):
            info["text"] = widget.text()
            info["informative"] = widget.informativeText()
            info["detailed"] = widget.detailedText()
        self.seen.append(info)
        shoot(widget, "modal_" + re.sub(r"\W+", "_", info["title"])[:30])
        widget.reject()


def bar_entry(widget: Any) -> dict[str, Any]:
    item = sip.cast(widget, QgsMessageBarItem)
    return {
        "level": int(item.level()),
        "title": item.title(),
        "text": item.text(),
        "t": round(time.monotonic() - REPORT.started, 1),
    }


class MessageBarWatch:
    """Every item pushed to a message bar (the main window's by default), with its level, even
    one that has expired since."""

    def __init__(self, bar: Any = None, record: bool = True) -> None:
        self.bar = bar if bar is not None else iface.messageBar()
        self.record = record
        self.items: list[dict[str, Any]] = []
        self.bar.widgetAdded.connect(self.added)

    def added(self, widget: Any) -> None:
        entry = bar_entry(widget)
        self.items.append(entry)
        if self.record:
            REPORT.messages.append(entry)
            REPORT.write()

    def since(self, index: int) -> list[dict[str, Any]]:
        return self.items[index:]

    def showing(self) -> list[dict[str, Any]]:
        """The items the bar shows now."""
        return [bar_entry(item) for item in self.bar.items()]


def warnings(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    bad = {int(Qgis.Warning), int(Qgis.Critical)}
    return [i for i in items if i["level"] in bad]


class LogWatch:
    """QGIS's log panel messages of level warning or above (for the report's notes)."""

    def __init__(self, keep: int = 200) -> None:
        self.entries: list[str] = []
        self.keep = keep
        QgsApplication.messageLog().messageReceived.connect(self.received)

    def received(self, message: str, tag: str, level: Any) -> None:
        if int(level) >= int(Qgis.Warning) and len(self.entries) < self.keep:
            self.entries.append(f"[{tag}] {message}"[:1000])


# -- checks on the start and the project --------------------------------------------------------


def check_start() -> Any:
    plugin = plugins.get(PLUGIN)
    profile_plugins = Path(QgsApplication.qgisSettingsDirPath()) / "python" / "plugins"
    module = __import__(PLUGIN)
    where = Path(module.__file__).resolve().parent
    REPORT.check(
        "start:plugin_loaded_from_zip_install",
        plugin is not None and where == (profile_plugins / PLUGIN).resolve(),
        f"loaded: {plugin is not None}; from {where}; profile plugins {profile_plugins}",
    )
    locale = QgsApplication.locale()
    REPORT.check("start:french_locale", locale.startswith("fr"), f"QGIS locale: {locale}")
    return plugin


def english_and_french(plugin: Any, context: str, source: str) -> tuple[str, str]:
    """(French translation in the plugin's .qm or '', what Qt shows)."""
    translator = getattr(plugin, "translator", None)
    shown = QCoreApplication.translate(context, source)
    try:
        french = translator.translate(context, source) if translator is not None else ""
    except UnicodeEncodeError:  # PyQt5 hands QTranslator.translate its texts as ASCII
        french = shown if shown != source else ""
    return french or "", shown


def open_project(plugin: Any, bar: MessageBarWatch) -> bool:
    actions = [a for a in iface.mainWindow().findChildren(QAction) if a.objectName() == OPEN_ACTION]
    if not REPORT.check("project:open_action_in_menu", bool(actions), f"{len(actions)} found"):
        return False
    action = actions[0]
    french, _shown = english_and_french(plugin, "AulaPlugin", "Open the territory project")
    REPORT.check(
        "project:open_action_french",
        bool(french) and action.text() == french,
        f"action text {action.text()!r}, French of the source: {french!r}",
    )
    start = len(bar.items)
    began = time.monotonic()
    action.trigger()
    wait(timeout=1.0)
    canvas_idle()
    wait(timeout=2.0)  # late pushes (rendering, fonts, layer errors)
    canvas_idle()
    project = QgsProject.instance()
    layers = project.mapLayers()
    REPORT.check(
        "project:opened",
        bool(layers),
        f"{project.fileName()}: {len(layers)} layers, {time.monotonic() - began:.1f} s",
    )
    pushed = bar.since(start)
    showing = bar.showing()
    seen = {(i["level"], i["title"], i["text"]) for i in pushed}
    bad = warnings(pushed) + [
        i for i in warnings(showing) if (i["level"], i["title"], i["text"]) not in seen
    ]
    REPORT.check(
        "project:no_warning_on_open",
        not bad,
        {"warnings": bad, "pushed": pushed, "showing": showing},
    )
    REPORT.notes["project_layers"] = sorted(
        f"{layer.name()} <- {layer.source()}" for layer in layers.values()
    )
    shoot(iface.mainWindow(), "project_open")
    return bool(layers)


# -- helpers on layers ----------------------------------------------------------------------------


def table_of(layer: QgsMapLayer) -> str:
    """The GeoPackage table a layer reads ('' when none)."""
    match = re.search(r"layername=([^|]+)", layer.source())
    return match.group(1) if match else ""


def layer_from_value(value: Any) -> QgsMapLayer | None:
    project = QgsProject.instance()
    if isinstance(value, QgsMapLayer):
        return value
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if not isinstance(value, str) or not value:
        return None
    layer = project.mapLayer(value)
    if layer is not None:
        return layer
    for candidate in project.mapLayers().values():
        if candidate.source() == value:
            return candidate
    return None


def same_source(a: str, b: str) -> bool:
    def parts(uri: str) -> tuple[str, str]:
        path, _, rest = uri.partition("|")
        match = re.search(r"layername=([^|]+)", rest)
        return os.path.realpath(path) if path else "", match.group(1) if match else ""

    return parts(a) == parts(b)


def style_xml(layer: QgsMapLayer) -> str:
    """The layer's symbology and labelling as QML text (what a style comparison looks at)."""
    doc = QDomDocument()
    categories = QgsMapLayer.Symbology | QgsMapLayer.Labeling
    layer.exportNamedStyle(doc, QgsReadWriteContext(), categories)
    root = doc.documentElement()
    for attribute in ("version", "styleCategories", "hasScaleBasedVisibilityFlag"):
        root.removeAttribute(attribute)
    return doc.toString()


def working_copy() -> str:
    """The GeoPackage the territory project was opened from (the user's working copy)."""
    for layer in QgsProject.instance().mapLayers().values():
        if table_of(layer) == "commune":
            return layer.source().split("|")[0]
    return ""


def renderer_kind(layer: QgsMapLayer) -> str:
    renderer = layer.renderer()
    if renderer is None:
        return "none"
    return renderer.type()


# -- one algorithm through its dialog -------------------------------------------------------------


class Run:
    """One dialog, opened, filled like a planner, run, and what it left."""

    def __init__(self, alg_id: str, planner_values: dict[str, Any], modal: ModalWatch) -> None:
        self.alg_id = alg_id
        self.short = alg_id.split(":")[1]
        self.planner_values = planner_values
        self.modal = modal
        self.dialog: Any = None
        #: an instance of our own for the checks (the dialog's dies with the dialog)
        self.alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        self.finished: tuple[bool, dict[str, Any]] | None = None
        self.dialog_bar: MessageBarWatch | None = None

    def id(self, what: str) -> str:
        return f"{self.short}:{what}"

    def open(self, plugin: Any) -> bool:
        self.dialog = processing.createAlgorithmDialog(self.alg_id, {})
        if not REPORT.check(self.id("dialog_opens"), self.dialog is not None, self.alg_id):
            return False
        if self.planner_values:
            self.dialog.setParameters(self.planner_values)
        self.dialog.show()
        self.dialog.resize(1000, 800)
        self.dialog_bar = MessageBarWatch(self.dialog.messageBar(), record=False)
        wait(timeout=0.5)
        self.check_texts(plugin, self.dialog.algorithm())
        self.check_defaults()
        shoot(self.dialog, f"{self.short}_dialog")
        return True

    def check_texts(self, plugin: Any, alg: Any) -> None:
        english = english_source(plugin, alg)
        french, _shown = english_and_french(plugin, type(alg).__name__, english)
        title = self.dialog.windowTitle()
        REPORT.check(
            self.id("title_french"),
            bool(french) and title == french and french != english,
            f"dialog title {title!r}; English source {english!r}; French {french!r}",
        )
        REPORT.check(
            self.id("title_fits_toolbox"),
            len(title) <= TITLE_MAX,
            f"{len(title)} characters (at most {TITLE_MAX}): {title!r}",
        )
        url = alg.helpUrl() or ""
        local = QUrl(url).isLocalFile() and Path(QUrl(url).toLocalFile()).is_file()
        REPORT.check(
            self.id("help_url_french"),
            url.endswith(f"/fr/{alg.name()}.html") and (local or not QUrl(url).isLocalFile()),
            f"{url} (local file found: {local})",
        )
        texts = [alg.shortHelpString() or ""] + [d.help() or "" for d in alg.parameterDefinitions()]
        script = sorted({m.group(0) for t in texts for m in SCRIPT_SYNTAX.finditer(t)})
        REPORT.check(
            self.id("help_for_planners"),
            not script,
            f"script syntax in the dialog help: {script}" if script else "none",
        )

    def parameter_value(self, name: str) -> Any:
        panel = self.dialog.mainWidget()
        wrappers = getattr(panel, "wrappers", {}) or {}
        wrapper = wrappers.get(name)
        if wrapper is not None:
            return wrapper.parameterValue()
        try:
            return self.dialog.createProcessingParameters().get(name)
        except Exception as exc:  # a required empty parameter raises
            return f"<{exc}>"

    def check_defaults(self) -> None:
        if self.alg_id == "aula:zanimportconsumption":
            value = self.parameter_value("GPKG")
            copy = working_copy()
            REPORT.check(
                self.id("default:GPKG"),
                isinstance(value, str) and bool(value) and same_source(value, copy),
                f"pre-filled: {value!r}; the working copy: {copy!r}",
            )
        for name, table in ROLE_DEFAULTS.get(self.alg_id, {}).items():
            value = self.parameter_value(name)
            layer = layer_from_value(value)
            chosen = f"{layer.name()} ({table_of(layer)})" if layer is not None else repr(value)
            REPORT.check(
                self.id(f"default:{name}"),
                layer is not None and table_of(layer) == table,
                f"pre-selected: {chosen}; expected the layer of table {table}",
            )

    def run(self, deadline: float) -> bool:
        before_modal = len(self.modal.seen)
        self.dialog.algorithmFinished.connect(self.on_finished)
        try:
            run_button = self.dialog.runButton()
        except AttributeError:
            run_button = self.dialog.buttonBox().button(QDialogButtonBox.Ok)
        started = time.monotonic()
        run_button.click()

        def done() -> bool:
            if self.finished is not None or len(self.modal.seen) > before_modal:
                return True
            # refused before any task started and the dialog is idle again
            idle = QgsApplication.taskManager().countActiveTasks() == 0
            return idle and run_button.isEnabled() and time.monotonic() - started > 5

        wait(done, max(1.0, deadline - time.monotonic()))
        wait(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 10)
        wait(timeout=1.0)  # layers loaded, post-processors run, repaint queued
        canvas_idle()
        refused = self.modal.seen[before_modal:]
        ok = self.finished is not None and self.finished[0] and not refused
        detail = {
            "run_button": run_button.text(),
            "seconds": round(time.monotonic() - started, 1),
            "finished_signal": None if self.finished is None else self.finished[0],
            "modal_boxes": refused,
            "results": {k: str(v) for k, v in (self.finished or (0, {}))[1].items()},
        }
        if not ok:
            detail["log_tail"] = self.log_text()[-2500:]
            detail["dialog_message_bar"] = self.dialog_bar.items if self.dialog_bar else []
        REPORT.check(self.id("run_succeeds"), ok, detail)
        if self.dialog.isVisible():
            shoot(self.dialog, f"{self.short}_dialog_after_run")
        return ok

    def on_finished(self, successful: bool, results: dict[str, Any]) -> None:
        self.finished = (bool(successful), dict(results or {}))

    def log_text(self) -> str:
        logs = [w for w in self.dialog.findChildren(QTextEdit) if w.objectName() == "txtLog"]
        return logs[0].toPlainText() if logs else ""

    def close(self) -> None:
        if self.dialog is not None and not sip.isdeleted(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
            wait(timeout=0.3)
        self.dialog = None

    # -- the outputs --

    def expected_outputs(self) -> list[Any]:
        alg = self.alg
        results = (self.finished or (False, {}))[1]
        expected = []
        for output in alg.outputDefinitions():
            if output.type() not in LAYER_OUTPUT_TYPES:
                continue
            if self.finished is not None and self.finished[0]:
                if results.get(output.name()) not in (None, ""):
                    expected.append(output)
                continue
            destination = alg.parameterDefinition(output.name())
            if destination is None or destination.createByDefault():
                expected.append(output)
        return expected

    def check_outputs(self, layers_before: set[str]) -> None:
        alg = self.alg
        results = (self.finished or (False, {}))[1]
        styles = dict(getattr(type(alg), "OUTPUT_STYLES", {}) or {})
        project = QgsProject.instance()
        new_layers = [
            layer for lid, layer in project.mapLayers().items() if lid not in layers_before
        ]
        REPORT.notes.setdefault("new_layers", {})[self.alg_id] = [
            f"{layer.name()} <- {layer.source()}" for layer in new_layers
        ]
        for output in self.expected_outputs():
            name = output.name()
            value = results.get(name)
            layer = self.find_output_layer(output, value, new_layers)
            prefix = f"output:{name}"
            where = f"result {value!r}" if value else "the run gave no result"
            if not REPORT.check(
                self.id(f"{prefix}:in_project"),
                layer is not None,
                f"{where}; layers added by the run: " + str([layer.name() for layer in new_layers]),
            ):
                continue  # nothing more to look at
            self.check_group(prefix, layer, alg.group())
            self.check_style(prefix, layer, styles.get(name))
            if isinstance(layer, QgsVectorLayer):
                self.check_labels(prefix, name, layer)
                self.show_table(name, layer)

    def find_output_layer(
        self, output: Any, value: Any, new_layers: list[QgsMapLayer]
    ) -> QgsMapLayer | None:
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        if isinstance(value, str) and value:
            layer = QgsProject.instance().mapLayer(value)
            if layer is not None:
                return layer
            for candidate in QgsProject.instance().mapLayers().values():
                if same_source(candidate.source(), value):
                    return candidate
        named = [layer for layer in new_layers if layer.name() == output.description()]
        return named[0] if len(named) == 1 else None

    def check_group(self, prefix: str, layer: QgsMapLayer, group: str) -> None:
        node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
        parent = node.parent() if node is not None else None
        parent_name = parent.name() if parent is not None else None
        REPORT.check(
            self.id(f"{prefix}:in_group"),
            node is not None and parent_name == group,
            f"layer {layer.name()!r} in legend group {parent_name!r}; expected {group!r}",
        )

    def check_style(self, prefix: str, layer: QgsMapLayer, style: str | None) -> None:
        geometry = isinstance(layer, QgsRasterLayer) or (
            isinstance(layer, QgsVectorLayer)
            and layer.geometryType() not in (QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry)
        )
        if not geometry:
            return  # tables: aliases and value labels only
        check_id = self.id(f"{prefix}:styled")
        if not style:
            REPORT.check(
                check_id,
                False,
                f"{layer.name()!r}: no shipped style declared (OUTPUT_STYLES); renderer "
                f"{renderer_kind(layer)}",
            )
            return
        from aula_plugin.toolbelt.paths import STYLES_DIR

        path = STYLES_DIR / style
        reference = layer.clone()
        message, loaded = reference.loadNamedStyle(str(path)) if path.is_file() else ("", False)
        same = loaded and style_xml(reference) == style_xml(layer)
        shipped = f"renderer {renderer_kind(reference)}" if loaded else f"not loadable: {message}"
        REPORT.check(
            check_id,
            bool(same),
            f"{layer.name()!r}: renderer {renderer_kind(layer)}; shipped style {style} "
            f"({shipped}); same symbology and labels: {bool(same)}",
        )

    def check_labels(self, prefix: str, output_name: str, layer: QgsVectorLayer) -> None:
        from aula_plugin.core.field_labels import DECODERS, field_alias, value_labels

        plugin = plugins.get(PLUGIN)
        alg_name = self.short
        missing, english, wrong = [], [], []
        for index, field in enumerate(layer.fields()):
            name = field.name()
            if name == "fid":
                continue
            alias = layer.attributeAlias(index)
            source = field_alias(alg_name, name)
            french, _shown = english_and_french(plugin, "fields", source) if source else ("", "")
            if not alias:
                missing.append(name)
            elif not french:
                english.append(f"{name}: {alias!r}")
            elif alias != french:
                wrong.append(f"{name}: {alias!r} instead of {french!r}")
        fields = [f.name() for f in layer.fields()]
        REPORT.check(
            self.id(f"{prefix}:aliases"),
            not (missing or english or wrong),
            {
                "without_alias": missing,
                "alias_not_translated": english,
                "alias_not_the_catalogue's": wrong,
                "fields": fields,
            },
        )
        coded = set(CODED_FIELDS.get(self.alg_id, set())) & set(fields)
        coded |= {n for n in fields if value_labels(alg_name, n) is not None or n in DECODERS}
        if coded:
            unlabelled = []
            for name in sorted(coded):
                setup = layer.editorWidgetSetup(layer.fields().indexOf(name))
                entries = setup.config().get("map") if setup.type() == "ValueMap" else None
                if not entries:
                    unlabelled.append(name)
            REPORT.check(
                self.id(f"{prefix}:value_labels"),
                not unlabelled,
                f"coded fields {sorted(coded)}; without a value map: {unlabelled}",
            )
        if output_name in NAMED_OUTPUTS.get(self.alg_id, set()):
            names = [n for n in fields if "nom" in n.lower() or "name" in n.lower()]
            REPORT.check(
                self.id(f"{prefix}:territory_name_column"),
                bool(names),
                f"name columns: {names}; fields: {fields}",
            )

    def show_table(self, name: str, layer: QgsVectorLayer) -> None:
        """The attribute table as the planner opens it: aliases in the header, labels in cells."""
        try:
            table = iface.showAttributeTable(layer)
            if table is None:
                return
            table.resize(1500, 700)
            wait(timeout=1.0)
            shoot(table, f"{self.short}_{name}_table")
            table.close()
            table.deleteLater()
        except Exception:
            REPORT.notes.setdefault("table_errors", []).append(traceback.format_exc())


def english_source(plugin: Any, alg: Any) -> str:
    """The algorithm's English display name (the plugin's translator set aside a moment)."""
    translator = getattr(plugin, "translator", None)
    if translator is None:
        return alg.displayName()
    QCoreApplication.removeTranslator(translator)
    try:
        return alg.displayName()
    finally:
        QCoreApplication.installTranslator(translator)


# -- the fact-sheet docks (issue 12) -------------------------------------------------------------

SHEETS_ACTION = "aula_toggle_fact_sheets"
BETHUNE, LENS = "62119", "62498"
CABBALR = "200072460"
SWITCHES = 20


def commune_layer() -> QgsVectorLayer | None:
    layers = QgsProject.instance().mapLayers().values()
    found = [lyr for lyr in layers if table_of(lyr) == "commune"]
    return found[0] if found else None


def settle(dock: Any, timeout: float = 10.0) -> None:
    """Until the dock's charts are drawn and painted."""
    wait(lambda: not dock.charts_pending(), timeout)
    dock.repaint()


def dock_texts(dock: Any) -> str:
    from qgis.PyQt.QtWidgets import QLabel

    return " ".join(label.text() for label in dock.widget().findChildren(QLabel))


def switch_times(dock: Any, layer: QgsVectorLayer) -> list[float]:
    """Selection signal to end of painting (charts included), 20 CABBALR communes, in ms."""
    codes = sorted(
        k[1] for k in dock.base.territories
        if k[0] == "commune" and ("epci", CABBALR) in dock.base.parents(k)
    )[:SWITCHES]  # fmt: skip
    ids = {str(f["insee"]): f.id() for f in layer.getFeatures()}
    times = []
    for code in codes:
        start = time.perf_counter()
        layer.selectByIds([ids[code]])
        while dock.charts_pending():
            QgsApplication.processEvents()
        dock.repaint()  # to the end of painting
        times.append((time.perf_counter() - start) * 1000)
    return times


def fact_sheets(plugin: Any) -> None:
    actions = [
        a for a in iface.mainWindow().findChildren(QAction) if a.objectName() == SHEETS_ACTION
    ]
    menu = iface.mainWindow().findChild(QMenu, "AulaTerritoiresMenu")
    in_menu = bool(actions) and menu is not None and actions[0] in menu.actions()
    if not REPORT.check("sheets:action_in_aula_menu", in_menu, f"{len(actions)} action(s)"):
        return
    french, _shown = english_and_french(plugin, "AulaPlugin", "Indicator fact sheets")
    REPORT.check("sheets:action_french", bool(french) and actions[0].text() == french,
                 actions[0].text())  # fmt: skip
    actions[0].trigger()
    dock = getattr(plugin, "fact_sheet_dock", None)
    wait(lambda: dock is not None and dock.isVisible(), 5)
    area = iface.mainWindow().dockWidgetArea(dock) if dock is not None else None
    if not REPORT.check(
        "sheets:dock_opens_on_the_right",
        dock is not None and dock.isVisible() and area == Qt.RightDockWidgetArea,
        f"dock: {dock is not None}, area: {area}",
    ):
        return
    layer = commune_layer()
    REPORT.check(
        "sheets:follows_commune_layer",
        layer is not None and dock.followed_layer() is layer,
        layer.name() if layer else "no commune layer",
    )
    if layer is None:
        return
    iface.setActiveLayer(layer)
    (feature,) = list(layer.getFeatures(f"\"insee\" = '{BETHUNE}'"))
    layer.selectByIds([feature.id()])
    settle(dock)
    REPORT.check(
        "sheets:follows_the_selection",
        dock.current_key() == ("commune", BETHUNE) and "Béthune" in dock_texts(dock),
        f"shown: {dock.current_key()}",
    )
    texts = dock_texts(dock)
    REPORT.check("sheets:french_sheet", "Chiffres clés" in texts, texts[:300])
    shoot(iface.mainWindow(), "fiche_bethune")
    # a second panel, docked on the right too, shows another territory
    dock.duplicate_button.click()
    wait(timeout=0.5)
    others = list(getattr(plugin, "extra_docks", []))
    second = others[-1] if others else None
    if not REPORT.check("sheets:second_panel", second is not None, f"{len(others)} extra"):
        return
    second.layer_combo.setLayer(None)  # this one stops following the map
    second.territory_combo.setFocus()
    # the picker, as a keyboard user does: the level's territories, one chosen by name
    index = second.territory_combo.findData(f"commune\t{LENS}")
    second.territory_combo.setCurrentIndex(index)
    second.territory_combo.activated.emit(index)
    settle(second)
    REPORT.check(
        "sheets:two_panels_two_territories",
        dock.current_key() == ("commune", BETHUNE)
        and second.current_key() == ("commune", LENS)
        and iface.mainWindow().dockWidgetArea(second) == Qt.RightDockWidgetArea
        and "Lens" in dock_texts(second)
        and "Béthune" in dock_texts(dock),
        f"first: {dock.current_key()}, second: {second.current_key()}",
    )
    shoot(iface.mainWindow(), "fiches_deux_panneaux")
    times = switch_times(dock, layer)
    median = sorted(times)[len(times) // 2]
    REPORT.notes["sheets_switch_ms"] = [round(t, 1) for t in times]
    # the target (200 ms) is measured by benchmarks/bench_fact_sheet_dock.py on a quiet machine;
    # here a bound that catches a dock gone slow
    REPORT.check("sheets:switch_median_ms", median < 600, f"median {median:.0f} ms")
    kept = second.current_key()
    REPORT.check("sheets:second_panel_kept_its_territory", kept == ("commune", LENS), str(kept))
    # the results sheet reads what the chain just wrote into the working copy
    combo = dock.sheet_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if "resultats" in combo.itemData(i)))
    settle(dock)
    texts = dock_texts(dock)
    REPORT.check("sheets:results_sheet", "Résultats AULA" in texts and "ZAN" in texts, texts[:300])
    shoot(dock, "fiche_resultats_aula")
    second.close()
    wait(timeout=0.3)


# -- the afternoon -------------------------------------------------------------------------------


def afternoon() -> None:
    deadline = REPORT.started + BUDGET - 15  # leave time to write and exit
    iface.mainWindow().setGeometry(0, 0, 1600, 1000)  # the whole Xvfb screen (no window manager)
    log = LogWatch()
    modal = ModalWatch()
    bar = MessageBarWatch()
    wait(timeout=1.0)
    shoot(iface.mainWindow(), "start")
    plugin = check_start()
    if plugin is None or not open_project(plugin, bar):
        return
    for alg_id, values in [] if ONLY == "sheets" else CHAIN:
        if time.monotonic() > deadline:
            REPORT.check(f"{alg_id.split(':')[1]}:reached", False, "out of time budget")
            continue
        run = Run(alg_id, values, modal)
        try:
            if not run.open(plugin):
                continue
            layers_before = set(QgsProject.instance().mapLayers())
            pushed = len(bar.items)
            run.run(min(deadline, time.monotonic() + TIME_PER_ALGORITHM))
            REPORT.notes.setdefault("message_bar_during_run", {})[alg_id] = bar.since(pushed)
            run.close()
            run.check_outputs(layers_before)
            canvas_idle()
            shoot(iface.mainWindow(), f"{run.short}_main_window")
        except Exception:
            REPORT.check(run.id("harness"), False, traceback.format_exc())
            run.close()
    try:
        fact_sheets(plugin)
    except Exception:
        REPORT.check("sheets:harness", False, traceback.format_exc())
    try:  # the SCoT results dock (issue 13): desktop_scot.py, beside this script
        arguments = QCoreApplication.arguments()
        sys.path.insert(0, str(Path(arguments[arguments.index("--code") + 1]).resolve().parent))
        from desktop_scot import scot_results

        scot_results(plugin)
    except Exception:
        REPORT.check("scot_dock:harness", False, traceback.format_exc())
    try:  # the data-package tools (issue 14): desktop_package.py, beside this script
        if ONLY != "sheets":
            from desktop_package import package_tools

            package_tools(plugin, modal, deadline)
    except Exception:
        REPORT.check("package:harness", False, traceback.format_exc())
    modal.timer.stop()
    REPORT.notes["log_warnings"] = log.entries
    REPORT.check(
        "session:no_unexpected_box",
        not modal.seen,
        {"boxes closed by the harness (error, refusal, question)": modal.seen},
    )


def hard_stop() -> None:
    """Out of time (a hung dialog, an endless run): say so, keep what was seen, leave."""
    REPORT.check("harness:within_time_budget", False, f"still running after {BUDGET:.0f} s")
    os._exit(3)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    watchdog = threading.Timer(BUDGET, hard_stop)
    watchdog.daemon = True
    watchdog.start()
    try:
        afternoon()
    except Exception:
        REPORT.check("harness:no_error", False, traceback.format_exc())
    REPORT.finished = True
    REPORT.write()
    watchdog.cancel()
    QgsProject.instance().setDirty(False)  # no "save the project?" box on the way out
    leave = threading.Timer(20, lambda: os._exit(0))
    leave.daemon = True
    leave.start()
    # leave as a planner does (Projet › Quitter): QGIS closes the project before it is destroyed
    # (QgsApplication.exit() skips that, and QGIS 3.22 then crashes in its style dock)
    QTimer.singleShot(0, iface.actionExit().trigger)


QTimer.singleShot(3000, main)
