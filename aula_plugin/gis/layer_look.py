"""How an algorithm's output looks once loaded into the project: its shipped style, French aliases,
value labels and its legend group.

QGIS applies it the usual way, through a post-processor on the layer it loads on completion (a
dialog, a batch run, a model's final output); ``qgis_process`` loads nothing, so its outputs stay
plain files. The labels come from ``core.field_labels`` (one catalogue, one convention).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsEditorWidgetSetup,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.errors import QT_TRANSLATE_NOOP
from ..core.field_labels import CONTEXT, DECODERS, field_alias, value_labels
from ..core.layer_roles import OUTPUT_PROPERTY, output_tag
from ..toolbelt.i18n import tr
from ..toolbelt.paths import STYLES_DIR
from .stored_tables import gpkg_table

# fmt: off
_STYLE_FAILED = QT_TRANSLATE_NOOP("aula",
    "{layer}: the style {style} could not be applied ({reason})")
# fmt: on

#: post-processors must outlive the algorithm that made them (QGIS holds a bare pointer)
_KEPT: list[QgsProcessingLayerPostProcessorInterface] = []
_KEEP_AT_MOST = 200
#: at most this many distinct codes are decoded into a value map
_DECODE_AT_MOST = 500


def label(text: str) -> str:
    """A field or value label in the user's language."""
    return tr(text, CONTEXT)


def apply_labels(layer: QgsVectorLayer, algorithm: str) -> None:
    """French (or English) aliases and value labels on the fields the catalogue knows."""
    fields = layer.fields()
    for index, qgs_field in enumerate(fields):
        name = qgs_field.name()
        alias = field_alias(algorithm, name)
        if alias:
            layer.setFieldAlias(index, label(alias))
        labels = value_labels(algorithm, name)
        if labels:
            _value_map(layer, index, {code: label(text) for code, text in labels.items()})
            continue
        decode = DECODERS.get(name)
        if decode is not None:
            codes = [v for v in layer.uniqueValues(index, _DECODE_AT_MOST + 1) if v is not None]
            if 0 < len(codes) <= _DECODE_AT_MOST:
                _value_map(layer, index, {str(code): decode(str(code), label) for code in codes})


def _value_map(layer: QgsVectorLayer, index: int, labels: Mapping[str, str]) -> None:
    # QGIS's value map: a list of {label: stored value}, in display order
    entries = [{text: code} for code, text in labels.items()]
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": entries}))


def apply_style(layer: QgsMapLayer, style: str) -> str:
    """Load a shipped QML style; an empty string, or the reason it failed."""
    path = STYLES_DIR / style
    if not path.is_file():
        return f"{path}: no such file"
    message, ok = layer.loadNamedStyle(str(path))
    return "" if ok else message or "?"


def has_geometry(layer: QgsMapLayer) -> bool:
    if isinstance(layer, QgsVectorLayer):
        return layer.geometryType() not in (
            QgsWkbTypes.GeometryType.NullGeometry,
            QgsWkbTypes.GeometryType.UnknownGeometry,
        )
    return True  # rasters


def place_in_group(project: QgsProject, layer: QgsMapLayer, group_name: str) -> None:
    """Move the layer's legend node into ``group_name`` (made at the top when missing)."""
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None or not group_name:
        return
    group = root.findGroup(group_name)
    if group is None:
        group = root.insertGroup(0, group_name)
    parent = node.parent()
    if parent is group:
        return
    group.insertChildNode(0, node.clone())
    parent.removeChildNode(node)


class OutputLook(QgsProcessingLayerPostProcessorInterface):
    """Style, labels and legend group of one output of one algorithm; the layer is tagged with the
    output it comes from, so that the dialog of the next step of a chain pre-selects it
    (core.layer_roles)."""

    def __init__(self, algorithm: str, style: str | None, group: str, output: str = "") -> None:
        super().__init__()
        self.algorithm = algorithm
        self.style = style
        self.group = group
        self.output = output

    def postProcessLayer(
        self, layer: QgsMapLayer, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> None:
        if self.style and has_geometry(layer):
            problem = apply_style(layer, self.style)
            if problem:
                feedback.pushWarning(
                    tr(_STYLE_FAILED).format(layer=layer.name(), style=self.style, reason=problem)
                )
        if isinstance(layer, QgsVectorLayer):
            apply_labels(layer, self.algorithm)
        if self.output:
            layer.setCustomProperty(OUTPUT_PROPERTY, output_tag(self.algorithm, self.output))
        place_in_group(context.project() or QgsProject.instance(), layer, self.group)
        layer.triggerRepaint()


def attach_looks(
    algorithm: QgsProcessingAlgorithm,
    results: Mapping[str, Any],
    context: QgsProcessingContext,
    styles: Mapping[str, str],
    group: str,
) -> int:
    """Give every output QGIS will load a post-processor; how many were given one.

    Outputs of destination parameters, and any other output the algorithm asked QGIS to load
    (:func:`open_on_completion`), such as a table written into an existing GeoPackage.
    """
    given = 0
    for definition in algorithm.outputDefinitions():
        name = definition.name()
        value = results.get(name)
        if not isinstance(value, str) or not context.willLoadLayerOnCompletion(value):
            continue
        look = _kept(OutputLook(algorithm.name(), styles.get(name), group, name))
        context.layerToLoadOnCompletionDetails(value).setPostProcessor(look)
        given += 1
    return given


def _kept(look: OutputLook) -> OutputLook:
    _KEPT.append(look)
    del _KEPT[:-_KEEP_AT_MOST]
    return look


def _same_table(layer: QgsMapLayer, path: Path, table: str) -> bool:
    found = gpkg_table(layer)
    return found is not None and found[0].absolute() == path and found[1] == table


def open_on_completion(
    algorithm: QgsProcessingAlgorithm,
    context: QgsProcessingContext,
    tables: Iterable[tuple[str, str]],
    group: str,
) -> int:
    """Have QGIS add GeoPackage tables an algorithm wrote, ``(path.gpkg, table)``, to the project
    once the run is over, as it adds outputs: named after the table, with the labels of the
    algorithm's outputs, in ``group``. A table the project already shows is reloaded instead.
    How many were added. Called from postProcessAlgorithm (the main thread)."""
    project = context.project() or QgsProject.instance()
    added = 0
    for gpkg, table in tables:
        path = Path(gpkg).absolute()
        shown = [lyr for lyr in project.mapLayers().values() if _same_table(lyr, path, table)]
        for layer in shown:
            layer.reload()
        uri = f"{path}|layername={table}"
        if shown or context.willLoadLayerOnCompletion(uri):
            continue
        details = QgsProcessingContext.LayerDetails(
            table, project, table, QgsProcessingUtils.LayerHint.Vector
        )
        details.setPostProcessor(_kept(OutputLook(algorithm.name(), None, group)))
        context.addLayerToLoadOnCompletion(uri, details)
        added += 1
    return added
