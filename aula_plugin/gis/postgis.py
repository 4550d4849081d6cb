"""PostGIS in QGIS: saved connections as libpq strings, and the ONE rule for GeoPackage-only tools.

Most AULA algorithms read layers through QGIS, so a layer of the ``postgres`` provider (a schema
published by ``aula:publishpostgis``) is just another vector layer. The few that open the AULA
GeoPackage file itself (SQLite) call :func:`refuse_postgis` on the layer that must be a
GeoPackage, and the user reads one message, the same everywhere.
"""

from __future__ import annotations

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProviderRegistry

from ..core.errors import QT_TRANSLATE_NOOP, AulaError

PROVIDER = "postgres"

# fmt: off
UNKNOWN_CONNECTION = QT_TRANSLATE_NOOP("aula",
    "There is no saved PostgreSQL connection named « {name} »: add it in QGIS's Browser › "
    "PostgreSQL › New Connection")
POSTGIS_INPUT = QT_TRANSLATE_NOOP("aula",
    "« {layer} » is a PostGIS layer: {tool} reads an AULA GeoPackage. Run it on your working "
    "copy (the territory GeoPackage), or export the layer to a GeoPackage first (right click › "
    "Export › Save Features As…)")
# fmt: on


def connection_info(name: str) -> str:
    """The libpq connection string of the saved QGIS PostgreSQL connection ``name`` (its
    authentication configuration expanded), or AulaError when there is no such connection."""
    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    connections = metadata.connections(False) if metadata is not None else {}
    if not name or name not in connections:
        raise AulaError(UNKNOWN_CONNECTION, name=name)
    return QgsDataSourceUri(connections[name].uri()).connectionInfo(True)


def is_postgis(layer: QgsMapLayer | None) -> bool:
    """True for a layer of QGIS's PostgreSQL provider."""
    return layer is not None and layer.providerType() == PROVIDER


def refuse_postgis(layer: QgsMapLayer | None, tool: str) -> None:
    """Raise the one clear refusal when ``layer`` is a PostGIS layer and ``tool`` (the
    algorithm's display name) needs the AULA GeoPackage file behind it."""
    if is_postgis(layer):
        raise AulaError(POSTGIS_INPUT, layer=layer.name(), tool=tool)
