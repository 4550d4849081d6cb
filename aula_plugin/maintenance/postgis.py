"""Publishing the territory package to a PostgreSQL/PostGIS schema, all or nothing.

:func:`publish_package` copies every table the GeoPackage lists in ``gpkg_contents`` (its vector
layers and its attribute tables: ``aula_metadata``, ``aula_provenance``, the ``ind_*`` tables,
the results register, ``layer_styles``...) into a *staging* schema with GDAL's PostgreSQL driver
(the integer ``fid`` stays the primary key and keeps its values, the types are GDAL's mapping,
geometries keep SRID 2154 and get a GiST spatial index), adds the UNIQUE constraints SQLite
declared, checks the row counts, then replaces the target schema by the staging one in ONE
transaction: readers see the old schema or the new one, never half of it. A failure or a
cancellation drops the staging schema and leaves the target as it was.

The target schema is only replaced when it is an AULA schema (it holds ``aula_metadata``): a
schema of someone else's is never dropped.

The connection is a libpq connection string (``dbname=... host=... user=...``): inside QGIS it
comes from a saved connection (``QgsDataSourceUri.connectionInfo``), on the command line from the
user. psycopg2 (shipped with QGIS, Debian's ``python3-psycopg2``) runs the few DDL statements;
GDAL (the one QGIS uses) copies the rows. Python 3.9.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..core.gpkg_store import check_geopackage, quote_ident, read_error, read_only
from ..core.zan.model import TABLE_IMPORTS

#: progress callback: (fraction done 0..1, English text marked for translation)
Progress = Callable[[float, str], None]
#: the table proving that a schema is an AULA package
MARKER_TABLE = "aula_metadata"
SRID = 2154
STAGING_PREFIX = "aula_staging_"

# fmt: off
NO_DRIVER = QT_TRANSLATE_NOOP("aula",
    "psycopg2 or GDAL's PostgreSQL driver is missing ({reason}): install QGIS with its "
    "PostgreSQL support (Debian: python3-psycopg2)")
CONNECTION_FAILED = QT_TRANSLATE_NOOP("aula",
    "Cannot connect to the PostgreSQL database ({reason}): check the connection (host, port, "
    "database, user, password) in QGIS's Browser › PostgreSQL")
NO_POSTGIS = QT_TRANSLATE_NOOP("aula",
    "The database {database} has no PostGIS extension: ask its administrator to run CREATE "
    "EXTENSION postgis; (nothing was written)")
BAD_SCHEMA = QT_TRANSLATE_NOOP("aula",
    "« {schema} » cannot be used as a schema name: use lowercase letters, digits and _ (not "
    "starting with pg_ or a digit, at most 40 characters)")
NOT_AULA_SCHEMA = QT_TRANSLATE_NOOP("aula",
    "The schema « {schema} » already exists and is not an AULA package (no aula_metadata "
    "table): choose another schema name; nothing was written")
SCHEMA_EXISTS = QT_TRANSLATE_NOOP("aula",
    "The schema « {schema} » already exists: allow its replacement to publish again")
COPY_FAILED = QT_TRANSLATE_NOOP("aula",
    "Copying the table {table} to PostgreSQL failed ({reason}): nothing was published")
COUNT_DIFFERS = QT_TRANSLATE_NOOP("aula",
    "The table {table} has {published} rows in PostgreSQL and {expected} in the GeoPackage: "
    "nothing was published")
PUBLISH_FAILED = QT_TRANSLATE_NOOP("aula",
    "Publishing to PostgreSQL failed ({reason}): nothing was published")
STEP_CONNECT = QT_TRANSLATE_NOOP("aula", "Connecting to the database")
STEP_COPY = QT_TRANSLATE_NOOP("aula", "Copying the tables")
STEP_SWAP = QT_TRANSLATE_NOOP("aula", "Replacing the schema")
# fmt: on

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class PackageTable:
    """One table of ``gpkg_contents``: its name, kind, geometry column and row count."""

    name: str
    data_type: str  # 'features' or 'attributes'
    geometry_column: str | None
    srs_id: int | None
    rows: int
    unique: tuple[tuple[str, ...], ...] = ()


@dataclass
class PublishReport:
    """What was published: schema, table -> rows, and whether an older schema was replaced."""

    schema: str
    database: str
    rows: dict[str, int] = field(default_factory=dict)
    replaced: bool = False
    postgis_version: str = ""

    @property
    def layers(self) -> int:
        return len(self.rows)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def check_schema_name(schema: str) -> str:
    """The schema name, refused unless it is a plain lowercase identifier (no quoting games)."""
    if not _SCHEMA_NAME.match(schema or "") or schema.startswith("pg_"):
        raise AulaError(BAD_SCHEMA, schema=schema)
    return schema


def _unique_sets(con: sqlite3.Connection, table: str) -> tuple[tuple[str, ...], ...]:
    """The column sets of the multi-column UNIQUE constraints SQLite declared on ``table`` (GDAL
    copies the one-column ones itself)."""
    found = []
    for row in con.execute(f"PRAGMA index_list({quote_ident(table)})").fetchall():
        name, unique, origin = row[1], row[2], row[3]
        if unique and origin == "u":
            info = con.execute(f"PRAGMA index_info({quote_ident(name)})").fetchall()
            if len(info) > 1:
                found.append(tuple(str(r[2]) for r in info))
    return tuple(found)


def package_tables(path: Path | str) -> list[PackageTable]:
    """The tables of ``gpkg_contents`` (features and attributes) that exist, in name order."""
    path = Path(path)
    check_geopackage(path)
    tables = []
    try:
        with read_only(path) as con:
            rows = con.execute(
                "SELECT c.table_name, c.data_type, g.column_name, g.srs_id "
                "FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g "
                "ON g.table_name = c.table_name "
                "WHERE c.data_type IN ('features', 'attributes') ORDER BY c.table_name"
            ).fetchall()
            existing = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            for name, data_type, geom, srs_id in rows:
                if name not in existing:
                    continue  # integrity's business (aula:checkpackage), not a table to copy
                count = con.execute(f"SELECT count(*) FROM {quote_ident(name)}").fetchone()[0]
                tables.append(
                    PackageTable(name, data_type, geom, srs_id, count, _unique_sets(con, name))
                )
    except sqlite3.Error as exc:
        raise read_error(path, exc) from None
    return tables


def _psycopg2() -> Any:
    try:
        import psycopg2  # optional: only publishing needs it
    except ImportError as exc:
        raise AulaError(NO_DRIVER, reason=exc) from None
    return psycopg2


@contextmanager
def connect(conninfo: str) -> Iterator[Any]:
    """A psycopg2 connection (autocommit off), closed when the block ends; a failure to connect
    is said as such, with libpq's reason."""
    psycopg2 = _psycopg2()
    try:
        con = psycopg2.connect(conninfo, connect_timeout=10)
    except psycopg2.Error as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise AulaError(CONNECTION_FAILED, reason=reason) from None
    try:
        yield con
    finally:
        con.close()


def postgis_version(con: Any) -> str | None:
    """The PostGIS extension's version in the connected database, or None when absent."""
    with con.cursor() as cur:
        cur.execute("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
        row = cur.fetchone()
    con.rollback()
    return str(row[0]) if row else None


def schema_state(con: Any, schema: str) -> tuple[bool, bool]:
    """(the schema exists, it holds an AULA package)."""
    with con.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,))
        exists = cur.fetchone() is not None
        cur.execute("SELECT to_regclass(%s)", (f"{quote_ident(schema)}.{MARKER_TABLE}",))
        is_aula = cur.fetchone()[0] is not None
    con.rollback()
    return exists, is_aula


def _run(con: Any, *statements: str) -> None:
    """Statements in one transaction, committed."""
    with con.cursor() as cur:
        for statement in statements:
            cur.execute(statement)
    con.commit()


def _copy_table(gdal: Any, source: Any, target: Any, table: PackageTable, staging: str) -> None:
    """One table into the staging schema with GDAL's PostgreSQL driver (fid kept as the key)."""
    options = [f"SCHEMA={staging}", "FID=fid", "LAUNDER=NO", "PRECISION=NO", "OVERWRITE=YES"]
    if table.geometry_column:
        options += [f"GEOMETRY_NAME={table.geometry_column}", "SPATIAL_INDEX=GIST"]
    gdal.ErrorReset()
    try:
        done = gdal.VectorTranslate(
            target,
            source,
            options=gdal.VectorTranslateOptions(
                layers=[table.name],
                layerName=table.name,
                accessMode="update",
                options=["-preserve_fid"],
                layerCreationOptions=options,
            ),
        )
    except RuntimeError as exc:
        raise AulaError(COPY_FAILED, table=table.name, reason=exc) from None
    if done is None:
        raise AulaError(COPY_FAILED, table=table.name, reason=gdal.GetLastErrorMsg() or "GDAL")


def _finish_table(cur: Any, table: PackageTable, staging: str, database: str, target: str) -> int:
    """Constraints GDAL does not copy, the sequence after the copied fids, and the row count."""
    qualified = f"{quote_ident(staging)}.{quote_ident(table.name)}"
    for columns in table.unique:
        cur.execute(f"ALTER TABLE {qualified} ADD UNIQUE ({', '.join(map(quote_ident, columns))})")
    cur.execute(
        "SELECT setval(pg_get_serial_sequence(%s, 'fid'), "
        f"coalesce((SELECT max(fid) FROM {qualified}), 0) + 1, false)",
        (qualified,),
    )
    if table.name == "layer_styles":  # QGIS finds a style by database, schema and table
        cur.execute(
            f"UPDATE {qualified} SET f_table_catalog = %s, f_table_schema = %s",
            (database, target),
        )
    cur.execute(f"SELECT count(*) FROM {qualified}")
    return int(cur.fetchone()[0])


def publish_package(
    path: Path | str,
    conninfo: str,
    schema: str = "aula",
    *,
    replace: bool = True,
    progress: Progress | None = None,
) -> PublishReport:
    """Publish the GeoPackage ``path`` as the schema ``schema`` of the database ``conninfo``.

    All or nothing: the tables go into a staging schema, which replaces ``schema`` in one
    transaction once every row count matches. Raises AulaError (connection, PostGIS missing,
    foreign schema, copy failure) or Cancelled (from ``progress``); the database is then as it
    was. ``replace=False`` refuses an existing schema instead of replacing it.
    """
    step = progress or (lambda _fraction, _text: None)
    path = Path(path)
    check_schema_name(schema)
    tables = package_tables(path)
    try:
        from osgeo import gdal  # QGIS's GDAL
    except ImportError as exc:
        raise AulaError(NO_DRIVER, reason=exc) from None
    staging = STAGING_PREFIX + schema
    step(0.0, STEP_CONNECT)
    with connect(conninfo) as con:
        version = postgis_version(con)
        database = con.get_dsn_parameters().get("dbname", "")
        if version is None:
            raise AulaError(NO_POSTGIS, database=database)
        exists, is_aula = schema_state(con, schema)
        if exists and not is_aula:
            raise AulaError(NOT_AULA_SCHEMA, schema=schema)
        if exists and not replace:
            raise AulaError(SCHEMA_EXISTS, schema=schema)
        report = PublishReport(schema, database, replaced=exists, postgis_version=version)
        _run(con, f"DROP SCHEMA IF EXISTS {quote_ident(staging)} CASCADE",
             f"CREATE SCHEMA {quote_ident(staging)}")  # fmt: skip
        try:
            _copy_all(gdal, path, conninfo, tables, staging, step)
            with con.cursor() as cur:
                for table in tables:
                    published = _finish_table(cur, table, staging, database, schema)
                    if published != table.rows:
                        raise AulaError(
                            COUNT_DIFFERS, table=table.name, published=published,
                            expected=table.rows,
                        )  # fmt: skip
                    report.rows[table.name] = published
            step(0.95, STEP_SWAP)
            with con.cursor() as cur:  # the one transaction readers see
                cur.execute(f"DROP SCHEMA IF EXISTS {quote_ident(schema)} CASCADE")
                cur.execute(f"ALTER SCHEMA {quote_ident(staging)} RENAME TO {quote_ident(schema)}")
            con.commit()
        except BaseException as exc:
            con.rollback()
            _run(con, f"DROP SCHEMA IF EXISTS {quote_ident(staging)} CASCADE")
            if isinstance(exc, (AulaError, Cancelled)):
                raise
            if isinstance(exc, _psycopg2().Error):
                reason = " ".join(str(exc).split())
                raise AulaError(PUBLISH_FAILED, reason=reason) from None
            raise
    step(1.0, STEP_SWAP)
    return report


def _copy_all(
    gdal: Any, path: Path, conninfo: str, tables: list[PackageTable], staging: str, step: Progress
) -> None:
    """Every table into the staging schema, the progress (and a cancellation) between tables."""
    source = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    gdal.ErrorReset()
    try:
        target = gdal.OpenEx(
            f"PG:{conninfo}",
            gdal.OF_VECTOR | gdal.OF_UPDATE,
            open_options=[f"ACTIVE_SCHEMA={staging}", f"SCHEMAS={staging}"],
        )
    except RuntimeError as exc:  # when the caller made GDAL raise
        target, reason = None, str(exc)
    else:
        reason = gdal.GetLastErrorMsg() or "GDAL"
    if source is None or target is None:
        raise AulaError(CONNECTION_FAILED, reason=" ".join(reason.split()))
    try:
        total = sum(t.rows for t in tables) or 1
        done = 0
        for table in tables:
            step(0.05 + 0.9 * done / total, STEP_COPY)
            _copy_table(gdal, source, target, table, staging)
            done += table.rows
        target.FlushCache()
    finally:
        target = None
        source = None


def provenance_rows(conninfo: str, schema: str, table: str) -> list[dict[str, str]]:
    """The ``aula_provenance`` rows of ``table`` in a published schema (NULL columns left out),
    as ``gis.provenance`` reads them from a GeoPackage; [] when there is none or no table."""
    psycopg2 = _psycopg2()
    try:
        with connect(conninfo) as con, con.cursor() as cur:
            cur.execute(
                f"SELECT * FROM {quote_ident(schema)}.aula_provenance "
                "WHERE lower(layer) = lower(%s)",
                (table,),
            )
            columns = [d[0] for d in cur.description]
            rows = cur.fetchall()
    except (AulaError, psycopg2.Error):
        return []  # unreachable server or no provenance table: nothing recorded
    return [{k: str(v) for k, v in zip(columns, row) if v is not None} for row in rows]


def imported_source_file(conninfo: str, schema: str, release: str) -> str:
    """The Cerema file of the latest import of ``release`` recorded in a published schema (its
    ``zan_consommation_imports`` table), as ``gis.provenance`` reads it from a GeoPackage; ""
    when there is none."""
    psycopg2 = _psycopg2()
    try:
        with connect(conninfo) as con, con.cursor() as cur:
            cur.execute(
                f"SELECT source_file FROM {quote_ident(schema)}.{quote_ident(TABLE_IMPORTS)} "
                "WHERE release = %s ORDER BY imported_at DESC LIMIT 1",
                (release,),
            )
            record = cur.fetchone()
    except (AulaError, psycopg2.Error):
        return ""  # unreachable server or no imports table: nothing recorded
    return str(record[0]) if record is not None and record[0] else ""
