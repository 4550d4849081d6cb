"""aula-gpkg's table work with sqlite-utils: the package's tables, its import history, and what the
pending migrations would change, all by introspection.

Only ``aula_gpkg.py`` imports this module (the plugin never does). The package is opened READ
ONLY (the library's ``gpkg_store.read_only``: no journal, no -wal/-shm left behind, the file's
bytes and date unchanged) and every connection is closed explicitly. The migrations themselves
stay the plugin library's (``aula_plugin/maintenance/migrations.py``, which QGIS offers too):
:func:`migration_changes` runs them on a temporary copy and only compares its tables with the
package's.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parent / "synthetic"))
from provenance_table import plugin_module

gpkg_store = plugin_module("core.gpkg_store")
errors = plugin_module("core.errors")
migrations = plugin_module("maintenance.migrations")
provenance = plugin_module("maintenance.provenance")

#: SQLite's, GeoPackage's and the R-trees' own tables: not the package's content
SYSTEM_PREFIXES = ("sqlite_", "gpkg_", "rtree_")


@contextlib.contextmanager
def read_only_database(path: Path) -> Iterator[sqlite_utils.Database]:
    """sqlite-utils on a read-only connection to the package (refused first, by the library, when
    it is missing, truncated or no GeoPackage), closed when the block ends."""
    gpkg_store.check_geopackage(path)
    try:
        with gpkg_store.read_only(path) as con:
            yield sqlite_utils.Database(con, recursive_triggers=False)
    except sqlite3.DatabaseError as exc:
        raise gpkg_store.read_error(path, exc) from None


@dataclass
class TableInfo:
    name: str
    data_type: str  # gpkg_contents' (features, attributes, tiles), "" when not registered
    rows: int
    geometry_column: str | None
    spatial_index: bool


def package_tables(path: Path) -> list[TableInfo]:
    """The package's tables (GeoPackage's and R-trees' own left out), in name order."""
    with read_only_database(path) as db:
        names = set(db.table_names())
        contents = {r["table_name"]: r["data_type"] for r in db["gpkg_contents"].rows}
        geometry: dict[str, str] = {}
        if "gpkg_geometry_columns" in names:
            geometry = {r["table_name"]: r["column_name"] for r in db["gpkg_geometry_columns"].rows}
        tables = []
        for name in sorted(names, key=str.lower):
            if name.startswith(SYSTEM_PREFIXES):
                continue
            column = geometry.get(name)
            index = column is not None and f"rtree_{name}_{column}" in names
            tables.append(
                TableInfo(name, contents.get(name, ""), db[name].count, column, bool(index))
            )
    return tables


def provenance_rows(path: Path, layer: str | None = None) -> list[dict[str, Any]]:
    """The rows of ``aula_provenance`` (of ``layer`` only, when given), newest first: by the date
    an import recorded, else the build's date."""
    with read_only_database(path) as db:
        if not db[provenance.TABLE].exists():
            raise errors.AulaError(provenance.NO_TABLE, path=path)
        columns = set(db[provenance.TABLE].columns_dict)
        dates = [c for c in ("recorded_at", "build_date") if c in columns]
        newest = "coalesce({}, '') DESC, ".format(", ".join(dates)) if dates else ""
        where, values = ("layer = ?", [layer]) if layer else (None, None)
        return list(db[provenance.TABLE].rows_where(where, values, order_by=f"{newest}fid DESC"))


@dataclass
class MigrationChanges:
    """What one pending migration changes in the package's tables."""

    version: int
    title: str
    tables: list[str] = field(default_factory=list)  # tables it creates
    columns: list[str] = field(default_factory=list)  # "table.column TYPE" it adds
    registered: list[str] = field(default_factory=list)  # tables it adds to gpkg_contents


def _shape(db: sqlite_utils.Database) -> tuple[dict[str, dict[str, str]], set[str]]:
    """table -> {column: declared type}, and the tables registered in gpkg_contents."""
    tables = {
        name: {c.name: c.type for c in db[name].columns}
        for name in db.table_names()
        if not name.startswith(("sqlite_", "rtree_"))
    }
    registered = {r["table_name"] for r in db["gpkg_contents"].rows}
    return tables, registered


def migration_changes(path: Path) -> list[MigrationChanges]:
    """Each pending migration's changes, found by running the library's migrations on a
    temporary copy of the package (its online backup) and comparing the tables, migration by
    migration; the package itself is only read."""
    pending = migrations.pending_migrations(path)
    if not pending:
        return []
    found = []
    with tempfile.TemporaryDirectory(prefix="aula-migrate-") as folder:
        copy = Path(folder) / path.name
        migrations.copy_package(path, copy)
        con = sqlite3.connect(str(copy), isolation_level=None)
        with contextlib.closing(con):
            db = sqlite_utils.Database(con, recursive_triggers=False)
            before, registered = _shape(db)
            for migration in pending:
                with db.conn:
                    migration.apply(db.conn)
                after, now_registered = _shape(db)
                changes = MigrationChanges(migration.version, migration.title)
                changes.tables = sorted(set(after) - set(before))
                for table, columns in sorted(after.items()):
                    old = before.get(table, {})
                    changes.columns += [
                        f"{table}.{name} {kind}".rstrip()
                        for name, kind in columns.items()
                        if table in before and name not in old
                    ]
                changes.registered = sorted(now_registered - registered)
                found.append(changes)
                before, registered = after, now_registered
    return found
