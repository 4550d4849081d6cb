"""What is recorded about a layer: its GeoPackage's `aula_provenance` row, its JSON sidecar."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from qgis.core import QgsMapLayer, QgsProviderRegistry

from ..core.compat import zip_strict


def table_provenance(path: Path, table: str) -> dict[str, str] | None:
    """The `aula_provenance` row of a GeoPackage table, or None (other formats, no row)."""
    if path.suffix.lower() != ".gpkg" or not table or not path.is_file():
        return None
    uri = f"{path.absolute().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
            cursor = con.execute(
                "SELECT * FROM aula_provenance WHERE lower(layer) = lower(?)", (table,)
            )
            row = cursor.fetchone()
            columns = [d[0] for d in cursor.description]
    except sqlite3.Error:
        return None  # no provenance table: nothing recorded
    if row is None:
        return None
    return {k: str(v) for k, v in zip_strict(columns, row) if v is not None}


def provenance_row(layer: QgsMapLayer | None) -> dict[str, str] | None:
    """The `aula_provenance` row of a GeoPackage layer, or None (other formats, no table)."""
    if layer is None:
        return None
    parts = layer.source().split("|")
    names = [p.split("=", 1)[1] for p in parts[1:] if p.startswith("layername=")]
    return table_provenance(Path(parts[0]), names[0]) if names else None


def recorded_as_synthetic(layer: QgsMapLayer | None) -> bool:
    """True when the layer's GeoPackage says it is synthetic (demo data, not real data)."""
    row = provenance_row(layer)
    return bool(row) and "synth" in " ".join(row.values()).lower()


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
