"""The indicator base in a GeoPackage (or any SQLite file): four attribute tables.

- ``ind_territory`` (level, code, label, geo_vintage);
- ``ind_territory_link`` (child_level, child_code, parent_level, parent_code, geo_vintage);
- ``ind_indicator`` (id, label, unit, definition, source, aggregation, numerator, denominator,
  factor, decimals);
- ``ind_value`` (territory_level, territory_code, indicator_id, vintage, value, status, source,
  note): long format; ``vintage`` is NULL when the source does not state it, ``value`` NULL for
  secret and missing values (never 0).

They are registered in ``gpkg_contents`` as ``attributes`` (QGIS lists them as tables) and written
in one SQLite transaction, as :mod:`aula_plugin.core.zan.cerema_store` does: an error or a cancel
leaves the file as it was. ``replace=True`` replaces the four tables' rows; ``replace=False``
merges (rows with the same key are replaced, the others kept). A GeoPackage with an
``aula_provenance`` table (the AULA territory package) gets one row per table.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..gpkg_store import (
    GPKG_APPLICATION_ID,
    MISSING,
    check_geopackage,
    now_utc,
    read_error,
    register_attributes,
    write_transaction,
)
from .model import (
    UNKNOWN_VINTAGE,
    Indicator,
    IndicatorBase,
    Territory,
    TerritoryLink,
    Value,
)

TABLE_TERRITORY = "ind_territory"
TABLE_LINK = "ind_territory_link"
TABLE_INDICATOR = "ind_indicator"
TABLE_VALUE = "ind_value"
TABLES = (TABLE_TERRITORY, TABLE_LINK, TABLE_INDICATOR, TABLE_VALUE)
GPKG_USER_VERSION = 10300  # GeoPackage 1.3

_COLUMNS = {
    TABLE_TERRITORY: (
        ("level", "TEXT NOT NULL"),
        ("code", "TEXT NOT NULL"),
        ("label", "TEXT"),
        ("geo_vintage", "TEXT"),
    ),
    TABLE_LINK: (
        ("child_level", "TEXT NOT NULL"),
        ("child_code", "TEXT NOT NULL"),
        ("parent_level", "TEXT NOT NULL"),
        ("parent_code", "TEXT NOT NULL"),
        ("geo_vintage", "TEXT"),
    ),
    TABLE_INDICATOR: (
        ("id", "TEXT NOT NULL"),
        ("label", "TEXT"),
        ("unit", "TEXT"),
        ("definition", "TEXT"),
        ("source", "TEXT"),
        ("aggregation", "TEXT NOT NULL"),
        ("numerator", "TEXT"),
        ("denominator", "TEXT"),
        ("factor", "REAL"),
        ("decimals", "INTEGER"),
    ),
    TABLE_VALUE: (
        ("territory_level", "TEXT NOT NULL"),
        ("territory_code", "TEXT NOT NULL"),
        ("indicator_id", "TEXT NOT NULL"),
        ("vintage", "TEXT"),
        ("value", "REAL"),
        ("status", "TEXT NOT NULL"),
        ("source", "TEXT"),
        ("note", "TEXT"),
    ),
}
#: the columns that identify a row (a merge replaces the row with the same key)
_KEYS = {
    TABLE_TERRITORY: ("level", "code"),
    TABLE_LINK: ("child_level", "child_code", "parent_level", "parent_code", "geo_vintage"),
    TABLE_INDICATOR: ("id",),
    TABLE_VALUE: ("territory_level", "territory_code", "indicator_id", "vintage"),
}
_DESCRIPTIONS = {
    TABLE_TERRITORY: "Indicateurs : territoires (niveau, code, libellé, millésime géographique)",
    TABLE_LINK: "Indicateurs : appartenance des territoires à leurs parents",
    TABLE_INDICATOR: "Indicateurs : définitions (unité, source, règle d'agrégation)",
    TABLE_VALUE: "Indicateurs : valeurs par territoire et millésime, avec leur statut",
}
_INDEXES = (
    f'CREATE INDEX IF NOT EXISTS "{TABLE_VALUE}_territory" ON "{TABLE_VALUE}" '
    "(territory_level, territory_code, indicator_id)",
)

# fmt: off
_NO_TABLES = QT_TRANSLATE_NOOP("aula",
    "{path}: no indicator tables ({tables}): import indicators first")
_BAD_ROW = QT_TRANSLATE_NOOP("aula", "{path}: table {table}, row {fid}: {problem}")
# fmt: on

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]


def create_geopackage(path: Path) -> None:
    """An empty GeoPackage (the tables the standard requires, no layer) at a new ``path``."""
    con = sqlite3.connect(str(path))
    try:
        with con:
            con.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
            con.execute(
                "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER "
                "PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT "
                "NULL, definition TEXT NOT NULL, description TEXT)"
            )
            con.executemany(
                "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
                [
                    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", None),
                    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", None),
                    (
                        "WGS 84 geodetic", 4326, "EPSG", 4326,
                        'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,'
                        '298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],'
                        'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
                        '0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],'
                        'AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
                        "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
                    ),
                ],
            )  # fmt: skip
            con.execute(
                "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT "
                "NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change "
                "DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, "
                "min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT "
                "fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"
            )
            con.execute(
                "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT "
                "NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT "
                "NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, "
                "column_name))"
            )
    finally:
        con.close()


def _register(con: sqlite3.Connection, name: str, now: str) -> None:
    columns = ", ".join(f"{column} {kind}" for column, kind in _COLUMNS[name])
    register_attributes(con, name, columns, _DESCRIPTIONS[name], now)


def _rows(base: IndicatorBase) -> dict[str, list[tuple[object, ...]]]:
    return {
        TABLE_TERRITORY: [
            (t.level, t.code, t.label, t.geo_vintage or None)
            for t in sorted(base.territories.values(), key=lambda t: (t.level, t.code))
        ],
        TABLE_LINK: [
            (k.child_level, k.child_code, k.parent_level, k.parent_code, k.geo_vintage or None)
            for k in base.links
        ],
        TABLE_INDICATOR: [
            (
                i.id,
                i.label,
                i.unit,
                i.definition,
                i.source,
                i.aggregation,
                i.numerator or None,
                i.denominator or None,
                float(i.factor),
                int(i.decimals),
            )
            for i in sorted(base.indicators.values(), key=lambda i: i.id)
        ],  # fmt: skip
        TABLE_VALUE: [
            (
                v.territory_level,
                v.territory_code,
                v.indicator_id,
                v.vintage or None,
                v.value,
                v.status,
                v.source or None,
                v.note or None,
            )
            for v in sorted(base.values.values(), key=lambda v: v.key)
        ],  # fmt: skip
    }


def _delete_keys(con: sqlite3.Connection, name: str, rows: list[tuple[object, ...]]) -> None:
    names = [column for column, _kind in _COLUMNS[name]]
    positions = [names.index(key) for key in _KEYS[name]]
    where = " AND ".join(f"{key} IS ?" for key in _KEYS[name])
    con.executemany(
        f'DELETE FROM "{name}" WHERE {where}', [tuple(row[i] for i in positions) for row in rows]
    )


def write_base(
    path: str | Path,
    base: IndicatorBase,
    *,
    replace: bool = True,
    lineage: str = "",
    progress: Progress = lambda fraction: None,
    is_canceled: IsCanceled = lambda: False,
) -> dict[str, int]:
    """Write ``base`` into the GeoPackage ``path`` in one transaction; rows written per table."""
    path = Path(path)
    check_geopackage(path)
    now = now_utc()
    rows = _rows(base)
    with write_transaction(path) as con:
        for n, name in enumerate(TABLES, start=1):
            if is_canceled():
                raise Cancelled
            _register(con, name, now)
            if replace:
                con.execute(f'DELETE FROM "{name}"')
            else:
                _delete_keys(con, name, rows[name])
            columns = [column for column, _kind in _COLUMNS[name]]
            con.executemany(
                'INSERT INTO "{}" ({}) VALUES ({})'.format(
                    name, ", ".join(columns), ", ".join("?" * len(columns))
                ),
                rows[name],
            )
            progress(0.95 * n / len(TABLES))
        for sql in _INDEXES:
            con.execute(sql)
        _record_provenance(con, base, lineage, now)
        if is_canceled():
            raise Cancelled
    progress(1.0)
    return {name: len(rows[name]) for name in TABLES}


def _record_provenance(
    con: sqlite3.Connection, base: IndicatorBase, lineage: str, now: str
) -> None:
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'aula_provenance'").fetchone():
        return
    sources = sorted({i.source for i in base.indicators.values() if i.source})
    notes = "Base d'indicateurs écrite le {} ({} valeurs).".format(now, len(base.values))
    if lineage:
        notes += " Provenance : " + lineage
    for name in TABLES:
        con.execute("DELETE FROM aula_provenance WHERE layer = ?", (name,))
        con.execute(
            "INSERT INTO aula_provenance (layer, source, source_version, vintage, licence, "
            "attribution, build_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                " ; ".join(sources) or "AULA",
                None,
                None,
                None,
                None,
                now[:10],
                notes,
            ),
        )


def has_indicator_tables(path: str | Path) -> bool:
    """Whether ``path`` holds the four indicator tables (False for any unreadable file)."""
    try:
        con = sqlite3.connect("{}?mode=ro".format(Path(path).absolute().as_uri()), uri=True)
    except sqlite3.Error:
        return False
    try:
        found = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.Error:
        return False
    finally:
        con.close()
    return set(TABLES) <= found


def _number(value: object) -> object:
    """A REAL read back: integral values become ints again (counts stay counts)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def read_base(
    path: str | Path,
    *,
    indicator_ids: Iterable[str] | None = None,
    is_canceled: IsCanceled = lambda: False,
) -> IndicatorBase:
    """The indicator base stored in ``path`` (only some indicators' values when asked)."""
    path = Path(path)
    if not path.is_file():
        raise AulaError(MISSING, path=path)
    wanted = None if indicator_ids is None else set(indicator_ids)
    base = IndicatorBase()
    try:
        con = sqlite3.connect("{}?mode=ro".format(path.absolute().as_uri()), uri=True)
    except sqlite3.Error as exc:
        raise read_error(path, exc) from None
    where = {"table": "", "fid": 0}

    def rows(table: str, columns: str) -> Iterable[list[object]]:
        where["table"] = table
        cursor = con.execute(f'SELECT fid, {columns} FROM "{table}" ORDER BY fid')
        while True:
            if is_canceled():
                raise Cancelled
            chunk = cursor.fetchmany(50_000)
            if not chunk:
                return
            for fid, *cells in chunk:
                where["fid"] = fid
                yield cells

    try:
        found = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not set(TABLES) <= found:
            raise AulaError(_NO_TABLES, path=path, tables=", ".join(TABLES))
        for level, code, label, geo in rows(TABLE_TERRITORY, "level, code, label, geo_vintage"):
            base.add_territory(Territory(level, code, label or "", geo or ""))
        for cells in rows(
            TABLE_LINK, "child_level, child_code, parent_level, parent_code, geo_vintage"
        ):
            base.add_link(TerritoryLink(*cells[:4], cells[4] or ""))
        for cells in rows(
            TABLE_INDICATOR,
            "id, label, unit, definition, source, aggregation, numerator, denominator, factor, "
            "decimals",
        ):
            ident, label, unit, definition, source, rule, num, den, factor, decimals = cells
            base.add_indicator(
                Indicator(
                    ident, label or ident, unit or "", definition or "", source or "", rule,
                    num or "", den or "", 1.0 if factor is None else factor, int(decimals or 0),
                )
            )  # fmt: skip
        values = []
        for level, code, ident, vintage, number, status, source, note in rows(
            TABLE_VALUE,
            "territory_level, territory_code, indicator_id, vintage, value, status, source, note",
        ):
            if wanted is not None and ident not in wanted:
                continue
            values.append(
                Value(
                    level, code, ident, vintage or UNKNOWN_VINTAGE, _number(number), status,
                    source or "", note or "",
                )
            )  # fmt: skip
        base.add_values(values)
    except AulaError as exc:
        if exc.template in (_NO_TABLES, _BAD_ROW):
            raise
        raise AulaError(
            _BAD_ROW, path=path, table=where["table"], fid=where["fid"], problem=exc.message()
        ) from None
    except sqlite3.Error as exc:
        raise read_error(path, exc) from None
    finally:
        con.close()
    return base
