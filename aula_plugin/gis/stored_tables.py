"""Which stored table a layer reads: the ONE rule for "layer → GeoPackage file and table", and its
PostGIS counterpart (a table of a schema published by ``aula:publishpostgis``).

Every module that reads the AULA GeoPackage behind a layer (SQLite lookups, provenance, the
indicator base, the SCoT references, the dialogs' defaults) asks here, so that they all agree on
what a GeoPackage layer is: a layer of QGIS's OGR provider whose file ends in ``.gpkg`` and exists;
its table is the ``layername`` of its source, '' when the source names none (never the layer's
display name, which users rename).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProviderRegistry

from ..core.gpkg_store import read_only
from .postgis import PROVIDER as POSTGRES


@dataclass(frozen=True)
class StoredTable:
    """A table a layer reads: in a GeoPackage file (``gpkg``) or in a PostGIS schema
    (``conninfo``, libpq, and ``schema``)."""

    table: str
    gpkg: Path | None = None
    conninfo: str = ""
    schema: str = ""

    @property
    def is_postgis(self) -> bool:
        return self.gpkg is None

    @property
    def where(self) -> str:
        """Where the table is, for the messages and reports: the file name, or the schema."""
        return self.gpkg.name if self.gpkg is not None else f"PostGIS {self.schema}"


@lru_cache(maxsize=512)
def _decoded(provider: str, source: str) -> tuple[str, str]:
    """(path, layer name) of a layer source, decoded once: the dialogs ask about the same few
    project layers for every parameter of every algorithm."""
    parts = QgsProviderRegistry.instance().decodeUri(provider, source)
    return str(parts.get("path") or ""), str(parts.get("layerName") or "")


def split_gpkg_uri(text: str) -> tuple[Path, str] | None:
    """(GeoPackage, table) of a source written ``path.gpkg|layername=table`` (table '' when
    absent); None unless the path ends in .gpkg. The file need not exist (outputs)."""
    path, _bar, options = str(text).strip().strip('"').partition("|")
    if not path.lower().endswith(".gpkg"):
        return None
    table = ""
    for option in options.split("|"):
        key, _eq, value = option.partition("=")
        if key.strip().lower() == "layername":
            table = value.strip()
    return Path(path), table


def gpkg_table(layer: QgsMapLayer | None) -> tuple[Path, str] | None:
    """(GeoPackage file, table) a layer reads — table '' when its source names none — or None
    when it reads no existing GeoPackage file (another format, PostGIS, a memory layer)."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path, table = _decoded("ogr", layer.source())
    if not path.lower().endswith(".gpkg") or not Path(path).is_file():
        return None
    return Path(path), table


def gpkg_path(layer: QgsMapLayer | None) -> Path | None:
    """The GeoPackage file a layer reads, None when it reads none."""
    found = gpkg_table(layer)
    return found[0] if found else None


def table_name(layer: QgsMapLayer | None) -> str:
    """The table a layer reads (GeoPackage or other OGR multi-table file, PostGIS), '' when its
    source names none."""
    if layer is None:
        return ""
    if layer.providerType() == POSTGRES:
        return QgsDataSourceUri(layer.source()).table()
    if layer.providerType() != "ogr":
        return ""
    return _decoded("ogr", layer.source())[1]


def stored_table(layer: QgsMapLayer | None) -> StoredTable | None:
    """The GeoPackage or PostGIS table a layer reads, None for anything else (or a GeoPackage
    layer whose source names no table)."""
    if layer is not None and layer.providerType() == POSTGRES:
        uri = QgsDataSourceUri(layer.source())
        if not uri.table():
            return None  # a query layer
        return StoredTable(uri.table(), None, uri.connectionInfo(True), uri.schema() or "public")
    found = gpkg_table(layer)
    if found is None or not found[1]:
        return None
    return StoredTable(found[1], found[0])


def gpkg_tables(path: Path) -> set[str]:
    """The tables a GeoPackage lists in gpkg_contents (read-only; empty when missing or
    unreadable), read again only when the file has changed."""
    try:
        stat = Path(path).stat()
    except OSError:
        return set()
    return set(_gpkg_tables(str(Path(path).absolute()), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=32)
def _gpkg_tables(path: str, _mtime_ns: int, _size: int) -> frozenset[str]:
    try:
        with read_only(path) as con:
            return frozenset(row[0] for row in con.execute("SELECT table_name FROM gpkg_contents"))
    except sqlite3.Error:
        return frozenset()
