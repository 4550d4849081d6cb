"""What an algorithm's dialog pre-selects in the open project: the layer of each parameter's role,
then sensible fields of that layer, and the working copy for a GeoPackage to write.

Only the dialogs see these values: they are set as the parameter's *GUI default*
(``setGuiDefaultValueOverride``), which ``qgis_process``, ``processing.run`` and models run
without, so scripts behave exactly as before. Roles and the layers playing them are declared once,
in ``core.layer_roles``; each algorithm says which role each of its parameters has.

The project is read in the main thread only (where the dialogs build their algorithm); an
algorithm made in a worker thread, a model's child step for instance, gets no GUI default.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Union

from qgis.core import (
    QgsMapLayer,
    QgsMapLayerType,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread

from ..core.layer_roles import OUTPUT_PROPERTY, OUTPUTS, TABLES, WORKING_COPY
from .stored_tables import gpkg_path, gpkg_tables, table_name
from .territory import working_copy_path

#: a field default: one field name, or the names of a multiple-field parameter
FieldDefault = Union[str, Sequence[str]]

_GEOMETRY = {
    QgsProcessing.SourceType.TypeVectorPoint: QgsWkbTypes.GeometryType.PointGeometry,
    QgsProcessing.SourceType.TypeVectorLine: QgsWkbTypes.GeometryType.LineGeometry,
    QgsProcessing.SourceType.TypeVectorPolygon: QgsWkbTypes.GeometryType.PolygonGeometry,
}
_NO_GEOMETRY = (
    QgsWkbTypes.GeometryType.NullGeometry,
    QgsWkbTypes.GeometryType.UnknownGeometry,
)


def in_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def project_layers(project: QgsProject) -> list[QgsMapLayer]:
    """The project's valid layers, in legend order (top first), then those outside the legend."""
    ordered = [node.layer() for node in project.layerTreeRoot().findLayers()]
    ordered += list(project.mapLayers().values())
    seen: set[str] = set()
    layers = []
    for layer in ordered:
        if layer is not None and layer.isValid() and layer.id() not in seen:
            seen.add(layer.id())
            layers.append(layer)
    return layers


def role_layers(project: QgsProject, role: str) -> list[QgsMapLayer]:
    """The layers playing ``role``: AULA outputs tagged with it first (the newest on top of the
    legend), then the role's tables in their order of preference."""
    layers = project_layers(project)
    found = [
        layer
        for tag in OUTPUTS.get(role, ())
        for layer in layers
        if layer.customProperty(OUTPUT_PROPERTY) == tag
    ]
    found += [
        layer
        for table in TABLES.get(role, ())
        for layer in layers
        if table in (table_name(layer), layer.name())
    ]
    unique: dict[str, QgsMapLayer] = {}
    for layer in found:
        unique.setdefault(layer.id(), layer)
    return list(unique.values())


def accepts(definition: QgsProcessingParameterDefinition, layer: QgsMapLayer) -> bool:
    """Whether the parameter takes this layer (raster or vector, geometry type)."""
    kind = definition.type()
    if kind == "raster":
        return layer.type() == QgsMapLayerType.RasterLayer
    if kind in ("source", "vector"):
        types = definition.dataTypes()
    elif kind == "multilayer":
        types = [definition.layerType()]
    else:  # "layer": any map layer
        return layer.type() in (QgsMapLayerType.VectorLayer, QgsMapLayerType.RasterLayer)
    return any(_accepts_type(int(t), layer) for t in types) if types else _is_vector(layer)


def _is_vector(layer: QgsMapLayer) -> bool:
    return isinstance(layer, QgsVectorLayer)


def _accepts_type(source_type: int, layer: QgsMapLayer) -> bool:
    S = QgsProcessing.SourceType  # noqa: N806
    if source_type == S.TypeMapLayer:
        return True
    if source_type == S.TypeRaster:
        return layer.type() == QgsMapLayerType.RasterLayer
    if not _is_vector(layer):
        return False
    if source_type == S.TypeVector:
        return True
    if source_type == S.TypeVectorAnyGeometry:
        return layer.geometryType() not in _NO_GEOMETRY
    return layer.geometryType() == _GEOMETRY.get(source_type)


def role_table(project: QgsProject, role: str) -> tuple[str, str] | None:
    """(GeoPackage, table) of a table of ``role`` in a GeoPackage the project's layers read (the
    working copy, typically), whether or not the project shows that table."""
    seen: set[Path] = set()
    for layer in project_layers(project):
        path = gpkg_path(layer)
        if path is None or path in seen:
            continue
        seen.add(path)
        tables = gpkg_tables(path)
        for table in TABLES.get(role, ()):
            if table in tables:
                return str(path), table
    return None


def role_value(definition: QgsProcessingParameterDefinition, role: str, project: QgsProject) -> Any:
    """What the dialog pre-selects for a parameter of ``role``; None when nothing fits.

    A layer of the project playing the role (its id); else, for a single layer, the role's table
    in the project's GeoPackage (its source); a file parameter gets that GeoPackage.
    """
    if role == WORKING_COPY:
        path = working_copy_path()
        return str(path) if path.is_file() else None
    if definition.type() == "file":
        found = role_table(project, role)
        return found[0] if found else None
    layers = [layer for layer in role_layers(project, role) if accepts(definition, layer)]
    if definition.type() == "multilayer":
        return [layer.id() for layer in layers] or None
    if layers:
        return layers[0].id()
    found = role_table(project, role)
    return "{}|layername={}".format(*found) if found else None


def field_value(
    algorithm: QgsProcessingAlgorithm,
    definition: QgsProcessingParameterDefinition,
    wanted: FieldDefault,
    project: QgsProject,
) -> Any:
    """The wanted field(s) present in the layer the dialog pre-selects as the field's parent."""
    parent = algorithm.parameterDefinition(definition.parentLayerParameterName())
    if parent is None:
        return None
    layer = project.mapLayer(str(parent.guiDefaultValueOverride() or ""))
    if not _is_vector(layer):
        return None
    names = [wanted] if isinstance(wanted, str) else list(wanted)
    present = [name for name in names if layer.fields().lookupField(name) >= 0]
    if not present:
        return None
    return present if definition.allowMultiple() else present[0]


def set_dialog_default(
    algorithm: QgsProcessingAlgorithm,
    definition: QgsProcessingParameterDefinition,
    roles: Mapping[str, str],
    fields: Mapping[str, FieldDefault],
    project: QgsProject | None = None,
) -> bool:
    """Give ``definition`` the GUI default of its role (``roles``: parameter -> role) or of its
    fields (``fields``: field parameter -> wanted names), if any; True when given.

    A field parameter gets its default only when its parent layer parameter, added before it,
    got one and that layer has the field.
    """
    name = definition.name()
    if (name not in roles and name not in fields) or not in_main_thread():
        return False
    project = project or QgsProject.instance()
    if name in roles:
        value = role_value(definition, roles[name], project)
    else:
        value = field_value(algorithm, definition, fields[name], project)
    if value is None:
        return False
    definition.setGuiDefaultValueOverride(value)
    return True
