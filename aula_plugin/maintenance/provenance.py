"""``aula_provenance``: where each table of the package comes from, written by ONE upsert.

``make gpkg``, the synthetic-data builders, the imports and (later) the merges all write their rows
through :func:`upsert_provenance`: one row per table (``layer`` is UNIQUE), replaced as a whole
when the table is written again. Schema 2 added the columns an import records: the source file and
its checksum, the release, the date, the operator, the tool version and the counts.

Standard library only (Python 3.9).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..core.errors import QT_TRANSLATE_NOOP, AulaError

TABLE = "aula_provenance"
#: the columns of schema 1 (make gpkg's rows), in table order after the fid
COLUMNS_V1 = (
    "layer",
    "source",
    "source_version",
    "vintage",
    "licence",
    "attribution",
    "build_date",
    "notes",
)
#: the columns schema 2 added, for imports: what file, which release, when, who, with what, how many
COLUMNS_V2 = (
    "source_file",
    "source_sha256",
    "release",
    "recorded_at",
    "operator",
    "tool_version",
    "counts",
)
COLUMNS = COLUMNS_V1 + COLUMNS_V2
DESCRIPTION = "Source, licence et notes par couche"

# fmt: off
NO_TABLE = QT_TRANSLATE_NOOP("aula", "{path}: the GeoPackage has no aula_provenance table")
UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP("aula",
    "aula_provenance has no column {columns}: update the package's schema first "
    "(aula-gpkg migrate, or open the territory project in QGIS)")
NO_LAYER = QT_TRANSLATE_NOOP("aula", "a provenance row names no layer")
# fmt: on


def create_table_sql() -> str:
    """The current ``aula_provenance`` table (GeoPackage attributes: an integer fid first)."""
    columns = ", ".join(
        "layer TEXT NOT NULL UNIQUE" if c == "layer" else f"{c} TEXT" for c in COLUMNS
    )
    fid = "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"
    return f"CREATE TABLE IF NOT EXISTS {TABLE} ({fid}, {columns})"


def file_sha256(path: Path | str) -> str:
    """The sha256 of a source file, read by blocks (large files never held in memory)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_record(
    layer: str,
    source_file: Path | str,
    release: str,
    tool_version: str,
    counts: Mapping[str, int],
    recorded_at: str,
    operator: str | None = None,
    **other: Any,
) -> dict[str, Any]:
    """The provenance row of an import: the source file's name and sha256, its release, the date,
    the operator (the session's user unless given), the tool version and the counts (JSON)."""
    source = Path(source_file)
    return {
        "layer": layer,
        "source_file": source.name,
        "source_sha256": file_sha256(source),
        "release": release,
        "recorded_at": recorded_at,
        "operator": operator if operator is not None else session_user(),
        "tool_version": tool_version,
        "counts": json.dumps(dict(counts), sort_keys=True),
        **other,
    }


def session_user() -> str:
    """The operating system's user name (what the rows name as operator unless told)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment (some services)
        return ""


def sql_literal(value: Any) -> str:
    """A value as an SQLite literal, for OGR's ExecuteSQL (which takes no parameters)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _table_columns(db: Any) -> list[str]:
    if isinstance(db, sqlite3.Connection):
        return [r[1] for r in db.execute(f"PRAGMA table_info({TABLE})")]
    result = db.ExecuteSQL(f"PRAGMA table_info({TABLE})")  # an OGR DataSource (GDAL's GPKG)
    if result is None:
        return []
    try:
        return [feature.GetField(1) for feature in result]
    finally:
        db.ReleaseResultSet(result)


def upsert_provenance(db: Any, rows: Iterable[Mapping[str, Any]], path: Any = "") -> int:
    """Give each row's layer exactly that ``aula_provenance`` row, in the caller's transaction.

    ``db``: an ``sqlite3.Connection`` or an OGR DataSource of the GeoPackage (the builders write
    with OGR). One statement per row, ``INSERT OR REPLACE`` on the UNIQUE ``layer``: a table
    written again replaces its row (columns not given become NULL), never adds a second one.
    Returns the number of rows written. AulaError when the table or a column is missing.
    """
    columns = _table_columns(db)
    if not columns:
        raise AulaError(NO_TABLE, path=path)
    written = 0
    for row in rows:
        if not row.get("layer"):
            raise AulaError(NO_LAYER)
        unknown = [c for c in row if c not in columns or c == "fid"]
        if unknown:
            raise AulaError(UNKNOWN_COLUMNS, columns=", ".join(unknown))
        names = [c for c in columns if c != "fid"]
        values = [row.get(c) for c in names]
        statement = "INSERT OR REPLACE INTO {} ({}) VALUES ({})".format(
            TABLE, ", ".join(names), "{}"
        )
        if isinstance(db, sqlite3.Connection):
            db.execute(statement.format(", ".join("?" for _ in names)), values)
        else:
            db.ExecuteSQL(statement.format(", ".join(sql_literal(v) for v in values)))
        written += 1
    return written


#: what an import keeps of the layer's previous row unless it gives them: the licence and the
#: attribution do not change with a new release (the source does: it names the new file, and a
#: real file replacing synthetic data must lose the "SYNTHÉTIQUE" label)
CARRIED_OVER = ("licence", "attribution")


def carried_over(con: sqlite3.Connection, row: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` completed with the :data:`CARRIED_OVER` columns of its layer's current row (the
    upsert replaces a row as a whole: without this, an import would blank the licence)."""
    previous = provenance_rows(con).get(str(row.get("layer")), {})
    kept = {c: previous[c] for c in CARRIED_OVER if c in previous and row.get(c) is None}
    return {**row, **kept}


def provenance_rows(con: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Every row by layer (NULL columns left out)."""
    cursor = con.execute(f"SELECT * FROM {TABLE} ORDER BY fid")
    names = [d[0] for d in cursor.description]
    return {
        row[names.index("layer")]: {k: v for k, v in zip(names, row) if v is not None}
        for row in cursor.fetchall()
    }
