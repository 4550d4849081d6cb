"""What every AULA writer of GeoPackage attribute tables shares (the Cerema import, the indicator
store): the GeoPackage check, one all-or-nothing write transaction, the registration of a table in
``gpkg_contents``, and messages that say a lock is a lock.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from .compat import UTC
from .errors import QT_TRANSLATE_NOOP, AulaError

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"

# fmt: off
MISSING = QT_TRANSLATE_NOOP("aula", "{path}: the GeoPackage does not exist")
NOT_GPKG = QT_TRANSLATE_NOOP("aula", "{path}: not a GeoPackage ({reason})")
LOCKED = QT_TRANSLATE_NOOP("aula",
    "{path}: the GeoPackage is locked by another program or is read-only ({reason}): nothing "
    "was written. Close the other program (or stop editing its layers) and try again")
LOCKED_BY_OTHER = QT_TRANSLATE_NOOP("aula",
    "{path}: the GeoPackage is locked by another program: close it (or stop editing its layers) "
    "and try again")
WRITE_FAILED = QT_TRANSLATE_NOOP("aula",
    "{path}: writing failed ({reason}): nothing was written")
# fmt: on


def now_utc() -> str:
    """The time stamp written into ``gpkg_contents.last_change`` and the provenance rows."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_locked(exc: sqlite3.Error) -> bool:
    """True for SQLite's "database is locked" / "busy": another program holds the file."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def read_error(path: Path, exc: sqlite3.Error) -> AulaError:
    """The message of an SQLite error met while reading a GeoPackage: a lock is said as such."""
    if is_locked(exc):
        return AulaError(LOCKED_BY_OTHER, path=path)
    return AulaError(NOT_GPKG, path=path, reason=exc)


def check_geopackage(path: Path) -> None:
    """Refuse a missing file, a file SQLite cannot read and an SQLite file that is no GeoPackage."""
    if not path.is_file():
        raise AulaError(MISSING, path=path)
    try:
        with read_only(path) as con:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            con.execute("SELECT count(*) FROM gpkg_contents").fetchone()
    except sqlite3.DatabaseError as exc:
        raise read_error(path, exc) from None
    if app_id != GPKG_APPLICATION_ID:
        raise AulaError(NOT_GPKG, path=path, reason="application_id {:#x}".format(app_id))


def quote_ident(name: str) -> str:
    """An SQL identifier (table, column, schema), quoted: SQLite and PostgreSQL alike."""
    return '"{}"'.format(name.replace('"', '""'))


@contextmanager
def read_only(path: Path | str) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the file, closed when the block ends.

    Never leave a connection to the garbage collector (``with sqlite3.connect(...)`` only
    commits): sqlite3's statement cache makes a reference cycle, so the file stays open until a
    collection, and a connection kept open across another process's writes shares a stale WAL
    index with every new connection of this process ("database disk image is malformed").
    """
    con = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        yield con
    finally:
        con.close()


def _quiet_wal(path: Path) -> bool:
    """A WAL-mode file that no connection has open (no ``-wal`` beside it: its last connection
    checkpointed and removed it, so everything is in the file itself)."""
    try:
        with path.open("rb") as stream:
            header = stream.read(20)
    except OSError:
        return False
    wal = len(header) == 20 and header[:16] == b"SQLite format 3\x00" and header[18] == 2
    return wal and not Path(f"{path}-wal").exists()


def read_only_uri(path: Path | str) -> str:
    """The URI of a read-only connection to the file. A read-only connection to a WAL-mode file
    creates ``-wal`` and ``-shm`` files it cannot remove: on a file no connection has open, it is
    opened as immutable instead, so a reader leaves nothing behind (a file in use already has
    them, shared with its writer)."""
    path = Path(path).absolute()
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if _quiet_wal(path) else "")


@contextmanager
def write_transaction(
    path: Path, attach: Mapping[str, Path] | None = None
) -> Iterator[sqlite3.Connection]:
    """One IMMEDIATE transaction on the GeoPackage, committed when the block ends and rolled back
    on any error or cancellation (the file is then as it was); SQLite's errors become messages
    naming the file, a lock or a read-only file said as such. ``attach``: schema name -> other
    database file attached before the transaction (to read from)."""
    try:
        con = sqlite3.connect(str(path), timeout=2.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise AulaError(LOCKED, path=path, reason=exc) from None
    try:
        try:
            for schema, other in (attach or {}).items():
                con.execute("ATTACH DATABASE ? AS {}".format(schema), (str(other),))
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise AulaError(LOCKED, path=path, reason=exc) from None
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if any(word in text for word in ("locked", "readonly", "read-only", "busy")):
            raise AulaError(LOCKED, path=path, reason=exc) from None
        raise AulaError(WRITE_FAILED, path=path, reason=exc) from None
    except sqlite3.Error as exc:
        raise AulaError(WRITE_FAILED, path=path, reason=exc) from None
    finally:
        con.close()


def register_attributes(
    con: sqlite3.Connection, name: str, columns: str, description: str, now: str
) -> None:
    """Create the attribute table ``name`` (``columns``: its SQL column list, after the fid) if
    missing, list it in ``gpkg_contents`` (QGIS shows it as a table) and stamp its last change."""
    con.execute(
        f'CREATE TABLE IF NOT EXISTS "{name}" '
        f"(fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {columns})"
    )
    con.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change) VALUES (?, 'attributes', ?, ?, ?)",
        (name, name, description, now),
    )
    con.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (now, name))


#: the GeoPackage R-tree extension, as GDAL and QGIS write it
_RTREE_EXTENSION = (
    "gpkg_rtree_index",
    "http://www.geopackage.org/spec120/#extension_rtree",
    "write-only",
)


def _rtree_triggers(table: str, geom: str) -> list[str]:
    """The six triggers of the GeoPackage spec keeping ``rtree_<table>_<geom>`` in step. Their
    ST_* functions are GDAL's and QGIS's: rows are written through them, not through sqlite3."""
    rtree = f'"rtree_{table}_{geom}"'
    t, g = f'"{table}"', f'"{geom}"'
    box = f"ST_MinX(NEW.{g}), ST_MaxX(NEW.{g}), ST_MinY(NEW.{g}), ST_MaxY(NEW.{g})"
    filled = f"(NEW.{g} NOT NULL AND NOT ST_IsEmpty(NEW.{g}))"
    empty = f"(NEW.{g} ISNULL OR ST_IsEmpty(NEW.{g}))"
    name = f"rtree_{table}_{geom}"
    return [
        f'CREATE TRIGGER IF NOT EXISTS "{name}_insert" AFTER INSERT ON {t} WHEN {filled} '
        f"BEGIN INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {box}); END",
        f'CREATE TRIGGER IF NOT EXISTS "{name}_update1" AFTER UPDATE OF {g} ON {t} '
        f"WHEN OLD.fid = NEW.fid AND {filled} "
        f"BEGIN INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {box}); END",
        f'CREATE TRIGGER IF NOT EXISTS "{name}_update2" AFTER UPDATE OF {g} ON {t} '
        f"WHEN OLD.fid = NEW.fid AND {empty} "
        f"BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; END",
        f'CREATE TRIGGER IF NOT EXISTS "{name}_update3" AFTER UPDATE ON {t} '
        f"WHEN OLD.fid != NEW.fid AND {filled} "
        f"BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; "
        f"INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {box}); END",
        f'CREATE TRIGGER IF NOT EXISTS "{name}_update4" AFTER UPDATE ON {t} '
        f"WHEN OLD.fid != NEW.fid AND {empty} "
        f"BEGIN DELETE FROM {rtree} WHERE id IN (OLD.fid, NEW.fid); END",
        f'CREATE TRIGGER IF NOT EXISTS "{name}_delete" AFTER DELETE ON {t} '
        f"WHEN OLD.{g} NOT NULL BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; END",
    ]


def register_features(
    con: sqlite3.Connection,
    name: str,
    columns: str,
    geometry_type: str,
    srs: tuple[int, str, str],
    description: str,
    now: str,
    geom: str = "geom",
) -> None:
    """Create the empty feature table ``name`` (``columns`` after the fid and the geometry) if
    missing, with its entries in ``gpkg_contents`` and ``gpkg_geometry_columns``, its spatial
    reference system (``srs``: EPSG code, name, WKT definition) and its R-tree spatial index, as
    GDAL would; ``geometry_type``: POINT, MULTILINESTRING, MULTIPOLYGON..."""
    srs_id, srs_name, definition = srs
    con.execute(
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
        "organization_coordsys_id, definition) VALUES (?, ?, 'EPSG', ?, ?)",
        (srs_name, srs_id, srs_id, definition),
    )
    con.execute(
        f'CREATE TABLE IF NOT EXISTS "{name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
        f'"{geom}" {geometry_type}, {columns})'
    )
    con.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change, srs_id) VALUES (?, 'features', ?, ?, ?, ?)",
        (name, name, description, now, srs_id),
    )
    con.execute(
        "INSERT OR IGNORE INTO gpkg_geometry_columns (table_name, column_name, "
        "geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)",
        (name, geom, geometry_type, srs_id),
    )
    con.execute(
        "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
        "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
        "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"
    )
    con.execute(
        "INSERT OR IGNORE INTO gpkg_extensions (table_name, column_name, extension_name, "
        "definition, scope) VALUES (?, ?, ?, ?, ?)",
        (name, geom, *_RTREE_EXTENSION),
    )
    con.execute(
        f'CREATE VIRTUAL TABLE IF NOT EXISTS "rtree_{name}_{geom}" '
        "USING rtree(id, minx, maxx, miny, maxy)"
    )
    for statement in _rtree_triggers(name, geom):
        con.execute(statement)
    con.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (now, name))
