"""What is recorded about a layer: its GeoPackage's `aula_provenance` rows, the Cerema import
record, its JSON sidecar."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from qgis.core import QgsMapLayer, QgsProviderRegistry

from ..core.compat import zip_strict
from ..core.zan.model import TABLE_IMPORTS
from ..maintenance import postgis as published
from .stored_tables import StoredTable, stored_table


def _read_only(path: Path) -> str:
    return f"{path.absolute().as_uri()}?mode=ro"


def table_provenance_rows(path: Path, table: str) -> list[dict[str, str]]:
    """Every `aula_provenance` row of a GeoPackage table (NULL columns left out); [] if none."""
    if path.suffix.lower() != ".gpkg" or not table or not path.is_file():
        return []
    try:
        with contextlib.closing(sqlite3.connect(_read_only(path), uri=True)) as con:
            cursor = con.execute(
                "SELECT * FROM aula_provenance WHERE lower(layer) = lower(?)", (table,)
            )
            rows = cursor.fetchall()
            columns = [d[0] for d in cursor.description]
    except sqlite3.Error:
        return []  # no provenance table: nothing recorded
    return [{k: str(v) for k, v in zip_strict(columns, row) if v is not None} for row in rows]


def table_provenance(path: Path, table: str) -> dict[str, str] | None:
    """The `aula_provenance` row of a GeoPackage table, or None (other formats, no row)."""
    rows = table_provenance_rows(path, table)
    return rows[0] if rows else None


def stored_provenance_rows(stored: StoredTable | None) -> list[dict[str, str]]:
    """Every `aula_provenance` row of a GeoPackage table or of a table of a published PostGIS
    schema (its own `aula_provenance`); [] if none."""
    if stored is None:
        return []
    if stored.gpkg is None:
        return published.provenance_rows(stored.conninfo, stored.schema, stored.table)
    return table_provenance_rows(stored.gpkg, stored.table)


def provenance_row(layer: QgsMapLayer | None) -> dict[str, str] | None:
    """The `aula_provenance` row of a GeoPackage layer or of a PostGIS layer of a published AULA
    schema, or None (other formats, no table)."""
    rows = stored_provenance_rows(stored_table(layer))
    return rows[0] if rows else None


def is_synthetic(row: dict[str, str] | None) -> bool:
    """True when a provenance row says its layer is synthetic (demo data, not real data)."""
    return bool(row) and "synth" in " ".join(row.values()).lower()


def recorded_as_synthetic(layer: QgsMapLayer | None) -> bool:
    """True when the layer's GeoPackage says it is synthetic (demo data, not real data)."""
    return is_synthetic(provenance_row(layer))


def imported_source_file(where: Path | StoredTable, release: str) -> str:
    """The Cerema file of the latest import of ``release``, as recorded beside the consumption
    table: in a working GeoPackage (a path, or the GeoPackage of a stored table) or in the
    published PostGIS schema of a stored table; "" when none is recorded."""
    if isinstance(where, StoredTable):
        if where.gpkg is None:
            return published.imported_source_file(where.conninfo, where.schema, release)
        where = where.gpkg
    path = where
    if not path.is_file():
        return ""
    try:
        with contextlib.closing(sqlite3.connect(_read_only(path), uri=True)) as con:
            record = con.execute(
                f'SELECT source_file FROM "{TABLE_IMPORTS}" WHERE release = ? '
                "ORDER BY imported_at DESC LIMIT 1",
                (release,),
            ).fetchone()
    except sqlite3.Error:
        return ""  # no imports table: not written by aula:zanimportconsumption
    return str(record[0]) if record is not None and record[0] else ""


def sidecar_json(layer: QgsMapLayer) -> dict[str, Any]:
    """The JSON document written beside the layer's file (same name, .json), or {}.

    aula:centralities writes its parameters, their hash and the run date there.
    """
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = str(parts.get("path") or "")
    if not path:
        return {}
    try:
        with Path(path).with_suffix(".json").open(encoding="utf-8") as handle:
            doc = json.load(handle)
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}
