"""One way to declare output fields: (name, kind) pairs turned into QgsFields."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

#: field kinds of the AULA outputs
KINDS = {
    "int": QVariant.Int,
    "int64": QVariant.LongLong,
    "double": QVariant.Double,
    "text": QVariant.String,
    "bool": QVariant.Bool,
}


def make_field(name: str, kind: str) -> QgsField:
    try:
        return QgsField(name, KINDS[kind])
    except KeyError:
        raise ValueError(f"unknown field kind {kind!r} for {name!r}") from None


def make_fields(spec: Iterable[tuple[str, str]]) -> QgsFields:
    """``[("insee", "text"), ("surface_ha", "double")]`` -> QgsFields, in that order."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields
