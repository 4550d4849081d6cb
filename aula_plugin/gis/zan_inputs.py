"""Readers of the ZAN input layers: the long consumption table, the commune layer, OCS GE tables.

Shared by the ZAN algorithms: fields are looked up case-insensitively and returned as spelled in
the layer, values come out as plain Python (``gis.values``), codes as key texts, and every loop
over features checks for cancellation. Errors are AulaError (the algorithms' base converts them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingFeedback,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..core.errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from .values import key_text, plain

# fmt: off
_MISSING_FIELDS = QT_TRANSLATE_NOOP("aula",
    "{layer}: missing field(s) {fields} (expected {expected})")
# fmt: on


def _check(feedback: QgsProcessingFeedback | None) -> None:
    if feedback is not None and feedback.isCanceled():
        raise Cancelled


def _no_geometry() -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return request


def field_or_none(source: QgsFeatureSource, name: str) -> str | None:
    """The field ``name`` as spelled in the layer (case-insensitive), or None if absent."""
    index = source.fields().lookupField(name)
    return source.fields().at(index).name() if index >= 0 else None


def require_fields(source: QgsFeatureSource, layer: str, names: Sequence[str]) -> dict[str, str]:
    """Expected name -> name as spelled in the layer; one error listing every absent field."""
    found = {name: field_or_none(source, name) for name in names}
    missing = [name for name, real in found.items() if real is None]
    if missing:
        raise AulaError(
            _MISSING_FIELDS, layer=layer, fields=", ".join(missing), expected=", ".join(names)
        )
    return {name: real for name, real in found.items() if real is not None}


def gpkg_table(layer: QgsVectorLayer | None) -> tuple[str, str] | None:
    """(GeoPackage path, table name) of a layer, or None when it is not a GeoPackage table."""
    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = str(parts.get("path") or "")
    if not path.lower().endswith(".gpkg") or not Path(path).is_file():
        return None
    return path, str(parts.get("layerName") or layer.name())


# -- the commune layer ----------------------------------------------------------------------------


def read_members(
    communes: QgsFeatureSource,
    territory_field: str,
    territory: str,
    feedback: QgsProcessingFeedback | None = None,
) -> tuple[list[tuple[str, str, float | None]], set[str]]:
    """Communes whose ``territory_field`` is ``territory``: (insee, nom, surface_ha), epci_nom's."""
    fields = communes.fields()
    insee, name, area_index = (fields.lookupField(n) for n in ("insee", "nom", "surface_ha"))
    key_index = fields.lookupField(territory_field)
    epci_name = fields.lookupField("epci_nom")
    members: list[tuple[str, str, float | None]] = []
    group_names: set[str] = set()
    for feature in communes.getFeatures(_no_geometry()):
        _check(feedback)
        if key_text(feature.attribute(key_index)) != territory:
            continue
        code = key_text(feature.attribute(insee))
        area = plain(feature.attribute(area_index))
        label = str(plain(feature.attribute(name)) or code)
        members.append((code, label, None if area is None else float(area)))
        if epci_name >= 0:
            value = plain(feature.attribute(epci_name))
            if value:
                group_names.add(str(value))
    return members, group_names


def commune_ancestors(communes: QgsFeatureSource, insee: str) -> tuple[str, ...]:
    """EPCI_<siren> of a commune (from its epci_siren field), for the rates lookup."""
    fields = communes.fields()
    epci = fields.lookupField("epci_siren")
    if epci < 0:
        return ()
    request = _no_geometry().setFilterExpression(
        f"{QgsExpression.quotedColumnRef(field_or_none(communes, 'insee'))} = "
        f"{QgsExpression.quotedValue(insee)}"
    )
    for feature in communes.getFeatures(request):
        siren = key_text(feature.attribute(epci))
        if siren:
            return (f"EPCI_{siren}",)
    return ()


# -- the long consumption table -------------------------------------------------------------------


def read_rows_by_release(
    source: QgsFeatureSource,
    fields: dict[str, str],
    release_field: str | None,
    communes: Iterable[str],
    feedback: QgsProcessingFeedback | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Rows of the communes (``fields``: key -> field name), per release ("" without a field).

    Rows without a surface or a year are skipped; insee comes out as a key text.
    """
    insee_list = ", ".join(QgsExpression.quotedValue(code) for code in communes)
    request = _no_geometry()
    request.setFilterExpression(
        f"{QgsExpression.quotedColumnRef(fields['insee'])} IN ({insee_list})"
    )
    names = source.fields()
    index = {key: names.lookupField(name) for key, name in fields.items()}
    release_index = names.lookupField(release_field) if release_field else -1
    by_release: dict[str, list[dict[str, Any]]] = {}
    for feature in source.getFeatures(request):
        _check(feedback)
        row = {key: plain(feature.attribute(i)) for key, i in index.items()}
        if row["surface_m2"] is None or row["annee"] is None:
            continue
        row["insee"] = key_text(row["insee"])
        release = key_text(feature.attribute(release_index)) if release_index >= 0 else ""
        by_release.setdefault(release, []).append(row)
    return by_release


# -- tables with a territory column (OCS GE stocks and flows) -------------------------------------


def territory_table_rows(
    source: QgsFeatureSource,
    wanted: Sequence[str],
    feedback: QgsProcessingFeedback | None = None,
) -> Iterator[dict[str, Any]]:
    """Rows as ``{name: value}`` (None for absent fields), the territory as a key text."""
    fields = source.fields()
    index = {name: fields.lookupField(name) for name in wanted}
    for feature in source.getFeatures(_no_geometry()):
        _check(feedback)
        row = {name: (plain(feature.attribute(i)) if i >= 0 else None) for name, i in index.items()}
        row["territory"] = key_text(row["territory"])
        yield row
