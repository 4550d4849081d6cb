"""The imported Cerema consumption in the user's working GeoPackage: write (all or nothing), read.

Tables (attribute tables registered in ``gpkg_contents``, see :mod:`.model` for the names):

- ``zan_consommation`` (insee, annee, destination, surface_m2, release, source): one row per
  commune × year × destination, the total as destination "naf";
- ``zan_consommation_imports`` (release, source_file, sha256, last_year, cog_source, cog_target,
  imported_at, communes, rows, anomalies);
- ``zan_consommation_anomalies`` (insee, annee, destination, surface_m2, kind, detail, release);
- ``zan_communes_cerema`` (insee, nom, epci_fichier, epci_millesime, surfcom_m2, release);
- ``zan_consommation_modifications`` (release, changed_at, change, row_fid): the rows of
  ``zan_consommation`` inserted or updated since their release was imported (by hand, in QGIS or
  any SQLite tool: triggers write it). A release with no such row is exactly as the import
  checked it, and its readers skip the row-by-row check (see :func:`is_pristine`).

Everything is written in one SQLite transaction: re-importing a release replaces its rows, and an
error or a cancel leaves the file as it was. The rows go through ``sqlite3`` rather than OGR's
``CreateFeature`` (about 13 s per million rows, measured, against 2.5 s), which keeps a
whole-France import within seconds.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..gpkg_store import (
    check_geopackage,
    now_utc,
    read_error,
    register_attributes,
    write_transaction,
)
from .cerema import Anomaly, CommuneInfo
from .model import (
    DESTINATIONS,
    TABLE_ANOMALIES,
    TABLE_CEREMA_COMMUNES,
    TABLE_CONSUMPTION,
    TABLE_EDITS,
    TABLE_IMPORTS,
    TOTAL,
    ConsumptionTable,
)

_SCHEMAS = {
    TABLE_CONSUMPTION: (
        "insee TEXT(5) NOT NULL, annee MEDIUMINT NOT NULL, destination TEXT(3) NOT NULL, "
        "surface_m2 INTEGER, release TEXT NOT NULL, source TEXT"
    ),
    TABLE_IMPORTS: (
        "release TEXT NOT NULL, source_file TEXT, sha256 TEXT, last_year MEDIUMINT, "
        "cog_source MEDIUMINT, cog_target MEDIUMINT, imported_at DATETIME, communes INTEGER, "
        "rows INTEGER, anomalies INTEGER"
    ),
    TABLE_ANOMALIES: (
        "insee TEXT(5), annee MEDIUMINT, destination TEXT(3), surface_m2 INTEGER, kind TEXT, "
        "detail TEXT, release TEXT NOT NULL"
    ),
    TABLE_CEREMA_COMMUNES: (
        "insee TEXT(5) NOT NULL, nom TEXT, epci_fichier TEXT, epci_millesime MEDIUMINT, "
        "surfcom_m2 INTEGER, release TEXT NOT NULL"
    ),
    TABLE_EDITS: "release TEXT, changed_at DATETIME, change TEXT, row_fid INTEGER",
}
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
# Any row inserted or updated after the import is journalled (for an update that moves a row to
# another release, both releases are).
_TRIGGERS = {
    "zan_consommation_insert": (
        'CREATE TRIGGER "zan_consommation_insert" AFTER INSERT ON "{t}" BEGIN '
        'INSERT INTO "{e}" (release, changed_at, change, row_fid) '
        "VALUES (NEW.release, {now}, 'insert', NEW.fid); END"
    ),
    "zan_consommation_update": (
        'CREATE TRIGGER "zan_consommation_update" AFTER UPDATE ON "{t}" BEGIN '
        'INSERT INTO "{e}" (release, changed_at, change, row_fid) '
        "VALUES (NEW.release, {now}, 'update', NEW.fid); "
        'INSERT INTO "{e}" (release, changed_at, change, row_fid) '
        "SELECT OLD.release, {now}, 'update', OLD.fid WHERE OLD.release IS NOT NEW.release; END"
    ),
}
_TRIGGERS = {
    name: sql.format(t=TABLE_CONSUMPTION, e=TABLE_EDITS, now=_NOW)
    for name, sql in _TRIGGERS.items()
}
_DESCRIPTIONS = {
    TABLE_CONSUMPTION: "Consommation d'espaces NAF (Cerema), m² par commune, année, destination",
    TABLE_IMPORTS: "Imports des fichiers Cerema de consommation d'espaces NAF",
    TABLE_ANOMALIES: "Anomalies des fichiers Cerema (valeurs négatives, contrôles C1/C2, COG)",
    TABLE_CEREMA_COMMUNES: "Communes du fichier Cerema (nom, EPCI du fichier, surface)",
    TABLE_EDITS: "Lignes de zan_consommation ajoutées ou modifiées depuis leur import",
}

# fmt: off
_TEMPLATE = QT_TRANSLATE_NOOP("aula",
    "{path} is the plugin's shipped GeoPackage (or lies inside the plugin folder), which is "
    "replaced on every upgrade: open the territory project first (it makes your working copy) "
    "and import into that copy, or choose another GeoPackage")
_READ_ONLY = QT_TRANSLATE_NOOP("aula",
    "{path}: the GeoPackage is read-only: nothing was written. Choose a GeoPackage you can write "
    "to")
_NO_TABLE = QT_TRANSLATE_NOOP("aula",
    "{path}: no table {table}: import a Cerema file first (aula:zanimportconsumption)")
# fmt: on


@dataclass(frozen=True)
class ImportRecord:
    release: str
    source_file: str
    sha256: str
    last_year: int
    cog_source: int
    cog_target: int
    communes: int
    rows: int
    anomalies: int
    imported_at: str = ""


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def check_destination(path: Path, template: Path, plugin_dir: Path) -> None:
    """Refuse the shipped template and any file in the plugin folder; check it is a GeoPackage."""
    if path.resolve() == template.resolve() or _inside(path, plugin_dir):
        raise AulaError(_TEMPLATE, path=path)
    check_geopackage(path)
    # the mode bits too: running as root, os.access() says yes to a file the user made read-only
    read_only = not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if read_only or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise AulaError(_READ_ONLY, path=path)


def _register(con: sqlite3.Connection, name: str, now: str) -> None:
    register_attributes(con, name, _SCHEMAS[name], _DESCRIPTIONS[name], now)


def _drop_triggers(con: sqlite3.Connection) -> bool:
    """Drop the journal's triggers (the import's own rows are not edits); whether they were all
    there, as written here (else the table's earlier changes were not journalled)."""
    found = dict(
        con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    )
    for name in _TRIGGERS:
        con.execute('DROP TRIGGER IF EXISTS "{}"'.format(name))
    has_table = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE_CONSUMPTION,)
    ).fetchone()
    return not has_table or all(found.get(name) == sql for name, sql in _TRIGGERS.items())


def is_pristine(con: sqlite3.Connection, release: str) -> bool:
    """Whether the rows of ``release`` in the long table are exactly as the import checked them:
    it was imported, the journal's triggers are in place, as written, and they journalled no
    insert nor update of its rows since.
    Its rows then hold no NULL, text, decimal, early year, unknown destination or code, nor a
    value given twice, and the readers check them lightly."""
    triggers = dict(
        con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    )
    if not release or any(triggers.get(name) != sql for name, sql in _TRIGGERS.items()):
        return False
    try:
        imported = con.execute(
            'SELECT 1 FROM "{}" WHERE release = ?'.format(TABLE_IMPORTS), (release,)
        ).fetchone()
        edited = con.execute(
            'SELECT 1 FROM "{}" WHERE release = ? LIMIT 1'.format(TABLE_EDITS), (release,)
        ).fetchone()
    except sqlite3.OperationalError:  # the journal or the imports table was dropped
        return False
    return imported is not None and edited is None


def write_import(
    path: Path,
    table: ConsumptionTable,
    communes: Iterable[CommuneInfo],
    anomalies: Iterable[Anomaly],
    record: ImportRecord,
    epci_year: int | None,
    *,
    total_rows: int = 0,
    lineage: str = "",
    progress: Callable[[float], None] = lambda fraction: None,
    is_canceled: Callable[[], bool] = lambda: False,
) -> ImportRecord:
    """Write (or replace) one release in the GeoPackage, in a single transaction.

    Where the GeoPackage keeps an ``aula_provenance`` table (the AULA territory package does),
    the imported tables get their row there too, carrying ``lineage`` (what the source's own
    provenance says, e.g. that it is synthetic) so that every later output can tell.
    """
    now = now_utc()
    release = record.release
    source = record.source_file
    with write_transaction(path) as con:
        journalled = _drop_triggers(con)
        for name in _SCHEMAS:
            _register(con, name, now)
            con.execute('DELETE FROM "{}" WHERE release = ?'.format(name), (release,))
        if not journalled:  # rows of an older version: their history is unknown
            con.execute(
                'INSERT INTO "{}" (release, changed_at, change) SELECT DISTINCT release, ?, '
                "'unknown' FROM \"{}\"".format(TABLE_EDITS, TABLE_CONSUMPTION),
                (now,),
            )
        written = _insert_long(con, table, release, source, progress, is_canceled)
        for sql in _TRIGGERS.values():
            con.execute(sql)
        if is_canceled():
            raise Cancelled
        anomaly_rows = [
            (a.insee, a.year, a.destination, a.m2, a.kind, a.detail, release) for a in anomalies
        ]
        con.executemany(
            'INSERT INTO "{}" (insee, annee, destination, surface_m2, kind, detail, release) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)".format(TABLE_ANOMALIES),
            anomaly_rows,
        )
        commune_rows = [
            (c.insee, c.name, c.epci, epci_year, c.surface_m2, release) for c in communes
        ]
        con.executemany(
            'INSERT INTO "{}" (insee, nom, epci_fichier, epci_millesime, surfcom_m2, release) '
            "VALUES (?, ?, ?, ?, ?, ?)".format(TABLE_CEREMA_COMMUNES),
            commune_rows,
        )
        done = ImportRecord(
            release=release,
            source_file=source,
            sha256=record.sha256,
            last_year=record.last_year,
            cog_source=record.cog_source,
            cog_target=record.cog_target,
            communes=len(table.values),
            rows=written,
            anomalies=len(anomaly_rows),
            imported_at=now,
        )
        con.execute(
            'INSERT INTO "{}" (release, source_file, sha256, last_year, cog_source, '
            "cog_target, imported_at, communes, rows, anomalies) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)".format(TABLE_IMPORTS),
            (
                done.release,
                done.source_file,
                done.sha256,
                done.last_year,
                done.cog_source,
                done.cog_target,
                done.imported_at,
                done.communes,
                done.rows,
                done.anomalies,
            ),
        )
        _record_provenance(con, done, lineage)
    progress(1.0)
    return done


def _record_provenance(con: sqlite3.Connection, done: ImportRecord, lineage: str) -> None:
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'aula_provenance'").fetchone():
        return
    notes = (
        f"Imported by aula:zanimportconsumption on {done.imported_at} from {done.source_file} "
        f"(release {done.release}, sha256 {done.sha256}, COG {done.cog_target}); the releases "
        f"held are listed in {TABLE_IMPORTS}."
    )
    if lineage:
        notes += f" Source provenance: {lineage}"
    for name in _SCHEMAS:
        con.execute("DELETE FROM aula_provenance WHERE layer = ?", (name,))
        con.execute(
            "INSERT INTO aula_provenance (layer, source, source_version, vintage, licence, "
            "attribution, build_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                f"Cerema, consommation d'espaces NAF ({done.source_file})",
                done.release,
                f"flows 1 January {done.release.split('-')[0]} to 1 January {done.last_year + 1}",
                "Licence Ouverte 2.0 / Etalab",
                "Cerema, d'après les fichiers fonciers (DGFiP)",
                done.imported_at[:10],
                notes,
            ),
        )


_CODES = (TOTAL, *DESTINATIONS)


def _insert_long(
    con: sqlite3.Connection,
    table: ConsumptionTable,
    release: str,
    source: str,
    progress: Callable[[float], None],
    is_canceled: Callable[[], bool],
) -> int:
    """Insert the long rows: one wide row per commune and year goes into a TEMP table, then SQLite
    unpivots it (an INSERT … SELECT per destination), twice as fast as binding every long row.
    A destination absent from a cell (absent from the release, or an empty cell) gives no row."""
    con.execute(
        "CREATE TEMP TABLE IF NOT EXISTS _aula_wide (insee TEXT, annee INTEGER, {})".format(
            ", ".join("{} INTEGER".format(code) for code in _CODES)
        )
    )
    con.execute("DELETE FROM temp._aula_wide")
    insert = "INSERT INTO temp._aula_wide VALUES ({})".format(", ".join("?" * (len(_CODES) + 2)))
    batch: list[tuple[object, ...]] = []
    communes = sorted(table.values)
    step = max(len(communes) // 20, 1)
    for n, insee in enumerate(communes, start=1):
        for year, cell in sorted(table.values[insee].items()):
            batch.append((insee, year, *(cell.get(code) for code in _CODES)))
        if n % step == 0:
            if is_canceled():
                raise Cancelled
            con.executemany(insert, batch)
            batch.clear()
            progress(0.4 * n / len(communes))
    con.executemany(insert, batch)
    written = 0
    for k, code in enumerate(_CODES, start=1):
        if is_canceled():
            raise Cancelled
        cursor = con.execute(
            'INSERT INTO "{}" (insee, annee, destination, surface_m2, release, source) '
            "SELECT insee, annee, ?, {}, ?, ? FROM temp._aula_wide WHERE {} IS NOT NULL".format(
                TABLE_CONSUMPTION, code, code
            ),
            (code, release, source),
        )
        written += cursor.rowcount
        progress(0.4 + 0.6 * k / len(_CODES))
    con.execute("DROP TABLE temp._aula_wide")
    return written


def _imported(con: sqlite3.Connection, table: str) -> dict[str, int]:
    """release → last year, from the imports table written with ``table`` (empty if unknown)."""
    if table != TABLE_CONSUMPTION:
        return {}
    found = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE_IMPORTS,)
    ).fetchone()
    if not found:
        return {}
    rows = con.execute('SELECT release, last_year FROM "{}"'.format(TABLE_IMPORTS)).fetchall()
    return {release: last for release, last in rows if release and last}


def _release_years(con: sqlite3.Connection, table: str, release: str) -> list[int]:
    imported = _imported(con, table)
    first = release.split("-")[0]
    if release in imported and first.isdigit():
        # the import wrote every year first..last: no need to scan millions of rows
        return list(range(int(first), imported[release] + 1))
    return [
        r[0]
        for r in con.execute(
            'SELECT DISTINCT annee FROM "{}" WHERE release = ? ORDER BY annee'.format(table),
            (release,),
        )
    ]


def read_releases(path: Path, table: str = TABLE_CONSUMPTION) -> list[str]:
    """Releases present in the long table, oldest first."""
    with _read(path) as con:
        _need(con, path, table)
        labels = list(_imported(con, table))
        if not labels:
            rows = con.execute('SELECT DISTINCT release FROM "{}"'.format(table)).fetchall()
            labels = [r[0] for r in rows]
    return sorted(labels, key=lambda label: (label.split("-")[-1], label))


def release_years(path: Path, release: str, table: str = TABLE_CONSUMPTION) -> list[int]:
    """Every year one release holds (from its import record when there is one)."""
    with _read(path) as con:
        _need(con, path, table)
        return _release_years(con, table, release)


def read_table(
    path: Path,
    release: str,
    first: int | None = None,
    last: int | None = None,
    table: str = TABLE_CONSUMPTION,
    is_canceled: Callable[[], bool] = lambda: False,
) -> tuple[ConsumptionTable, list[int]]:
    """The long table of one release (years first..last only, when given), and all its years."""
    with _read(path) as con:
        _need(con, path, table)
        years = _release_years(con, table, release)
        sql = 'SELECT insee, annee, destination, surface_m2 FROM "{}" WHERE release = ?'.format(
            table
        )
        args: list[object] = [release]
        if first is not None and last is not None:
            sql += " AND annee BETWEEN ? AND ?"
            args += [first, last]
        out = ConsumptionTable(release=release)
        values = out.values
        cursor = con.execute(sql, args)
        while True:
            if is_canceled():
                raise Cancelled
            chunk = cursor.fetchmany(100_000)
            if not chunk:
                break
            for insee, year, destination, m2 in chunk:
                if m2 is None:
                    continue
                cell = values.setdefault(insee, {}).setdefault(year, {})
                cell[destination] = cell.get(destination, 0) + m2
    return out, years


def read_period_sums(
    path: Path,
    release: str,
    first: int,
    last: int,
    table: str = TABLE_CONSUMPTION,
    is_canceled: Callable[[], bool] = lambda: False,
) -> tuple[dict[str, dict[str, int]], list[int]]:
    """{insee: {destination: Σ m² over first..last}} of one release, read straight from SQLite
    (fast on millions of rows), and every year the release holds (to check the period against)."""
    with _read(path) as con:
        _need(con, path, table)
        years = _release_years(con, table, release)
        # summed here rather than by GROUP BY, which sorts millions of rows (twice as slow)
        sums: dict[str, dict[str, int]] = {}
        cursor = con.execute(
            'SELECT insee, destination, surface_m2 FROM "{}" WHERE release = ? '
            "AND annee BETWEEN ? AND ? AND surface_m2 IS NOT NULL".format(table),
            (release, first, last),
        )
        while chunk := cursor.fetchmany(200_000):
            if is_canceled():
                raise Cancelled
            for insee, destination, m2 in chunk:
                cell = sums.get(insee)
                if cell is None:
                    cell = sums[insee] = {}
                cell[destination] = cell.get(destination, 0) + m2
    return sums, years


class _read:  # noqa: N801 (a context manager used like a function)
    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.con = sqlite3.connect(
                "{}?mode=ro".format(Path(self.path).absolute().as_uri()), uri=True
            )
        except sqlite3.Error as exc:
            raise read_error(self.path, exc) from None
        return self.con

    def __exit__(self, kind: object, exc: object, trace: object) -> None:
        self.con.close()
        if isinstance(exc, sqlite3.Error):
            raise read_error(self.path, exc) from None


def _need(con: sqlite3.Connection, path: Path, table: str) -> None:
    found = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if not found:
        raise AulaError(_NO_TABLE, path=path, table=table)
