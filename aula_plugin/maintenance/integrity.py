"""Integrity of a territory package: SQLite, the GeoPackage requirements and the AULA schema.

:func:`check_package` reads the file (read-only, never written) and returns :class:`Problem`
objects: the check, its severity (``error``: the file is damaged or QGIS would misread it;
``warning``: it works but should be fixed), the table, what is wrong and how to fix it. Texts are
English templates marked for translation (context "aula"): QGIS shows them in French through the
plugin's translations, the command line through ``messages.ts_translator``.

Checks, in order (a file that fails the first ones is not read further):

``file``              exists, is an SQLite database, is not truncated (header's page count);
``application_id``    the GeoPackage signature;
``sqlite_integrity``  ``PRAGMA integrity_check``;
``gpkg_tables``       gpkg_spatial_ref_sys, gpkg_contents and gpkg_geometry_columns present;
``spatial_ref_sys``   the three definitions every GeoPackage has (-1, 0, 4326);
``contents``          every gpkg_contents entry is a table with a known SRS; tables not listed;
``geometry_columns``  one per feature table, existing column, same and known SRS;
``spatial_index``     R-tree present, with its triggers, holding exactly the non-empty geometries;
                      (none expected on a table written by triggers: a history);
``foreign_keys``      ``PRAGMA foreign_key_check``;
``aula_schema``       aula_metadata and its schema_version, the required tables and columns.

Standard library only (Python 3.9).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import QT_TRANSLATE_NOOP
from ..core.gpkg_store import GPKG_APPLICATION_ID, read_only_uri
from . import provenance
from .migrations import CURRENT_SCHEMA_VERSION

ERROR = "error"
WARNING = "warning"

#: progress callback: (fraction done 0..1, English text marked for translation)
Progress = Callable[[float, str], None]

CHECKS = (
    "file",
    "application_id",
    "sqlite_integrity",
    "gpkg_tables",
    "spatial_ref_sys",
    "contents",
    "geometry_columns",
    "spatial_index",
    "foreign_keys",
    "aula_schema",
)
#: older GeoPackage signatures ("GP10", "GP11") are still GeoPackages
OLD_APPLICATION_IDS = (0x47503130, 0x47503131)
GPKG_TABLES = ("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns")
#: tables a GeoPackage holds without listing them in gpkg_contents
UNLISTED_OK = ("gpkg_", "rtree_", "sqlite_", "qgis_projects", "layer_styles")
#: what the plugin needs of the package: table -> required columns
REQUIRED: dict[str, tuple[str, ...]] = {
    "aula_metadata": ("key", "value"),
    provenance.TABLE: provenance.COLUMNS_V1,
    "commune": ("insee", "nom", "epci_siren", "scot_id", "pole_id", "population", "surface_ha"),
    "epci": ("epci_siren", "epci_nom", "epci_sigle"),
    "scot": ("scot_id", "scot_nom"),
    "pole": ("pole_id", "pole_nom"),
    "territoire": ("territoire_id", "nom"),
}
REQUIRED_BY_VERSION: dict[int, dict[str, tuple[str, ...]]] = {
    2: {provenance.TABLE: provenance.COLUMNS_V2},
}

# fmt: off
MISSING = QT_TRANSLATE_NOOP("aula", "The file does not exist")
FIX_MISSING = QT_TRANSLATE_NOOP("aula", "Choose an existing GeoPackage")
NOT_SQLITE = QT_TRANSLATE_NOOP("aula", "Not an SQLite database, hence not a GeoPackage ({reason})")
FIX_NOT_SQLITE = QT_TRANSLATE_NOOP("aula",
    "Choose the .gpkg file itself; restore it from a backup if it was overwritten")
TRUNCATED = QT_TRANSLATE_NOOP("aula",
    "The file is truncated: {size} bytes where its header announces {expected}")
FIX_TRUNCATED = QT_TRANSLATE_NOOP("aula",
    "The copy or download was interrupted: copy the file again or restore a backup")
UNREADABLE = QT_TRANSLATE_NOOP("aula", "SQLite cannot read the file ({reason})")
FIX_UNREADABLE = QT_TRANSLATE_NOOP("aula",
    "Restore a backup; else recover what can be: sqlite3 damaged.gpkg .recover | sqlite3 "
    "recovered.gpkg")
NOT_GPKG = QT_TRANSLATE_NOOP("aula",
    "SQLite database without the GeoPackage signature (application_id {value})")
FIX_NOT_GPKG = QT_TRANSLATE_NOOP("aula",
    "Convert it with ogr2ogr -f GPKG new.gpkg old_file, or choose the right file")
CORRUPT = QT_TRANSLATE_NOOP("aula", "SQLite integrity check: {message}")
FIX_CORRUPT = QT_TRANSLATE_NOOP("aula",
    "Restore a backup; else rebuild the file: sqlite3 damaged.gpkg .recover | sqlite3 "
    "recovered.gpkg, then check it again")
NO_GPKG_TABLE = QT_TRANSLATE_NOOP("aula", "The GeoPackage table {table} is missing")
FIX_NO_GPKG_TABLE = QT_TRANSLATE_NOOP("aula",
    "The file is not a valid GeoPackage: rewrite it with ogr2ogr -f GPKG new.gpkg file.gpkg")
NO_DEFAULT_SRS = QT_TRANSLATE_NOOP("aula",
    "The required spatial reference system {srs_id} is not defined")
FIX_NO_DEFAULT_SRS = QT_TRANSLATE_NOOP("aula",
    "Rewrite the file with ogr2ogr -f GPKG new.gpkg file.gpkg (GDAL adds the required "
    "definitions)")
CONTENTS_NO_TABLE = QT_TRANSLATE_NOOP("aula",
    "Listed in gpkg_contents but the table does not exist")
FIX_CONTENTS_NO_TABLE = QT_TRANSLATE_NOOP("aula",
    "Restore the table from a backup, or remove the entry: DELETE FROM gpkg_contents WHERE "
    "table_name = '{table}' (and from gpkg_geometry_columns, gpkg_extensions)")
UNKNOWN_SRS = QT_TRANSLATE_NOOP("aula",
    "{where} refers to spatial reference system {srs_id}, which is not defined")
FIX_UNKNOWN_SRS = QT_TRANSLATE_NOOP("aula",
    "Set the right SRS id (2154, Lambert-93, for AULA layers) in gpkg_contents and "
    "gpkg_geometry_columns, or add its definition to gpkg_spatial_ref_sys")
NO_SRS = QT_TRANSLATE_NOOP("aula",
    "Feature table without a spatial reference system in gpkg_contents")
FIX_NO_SRS = QT_TRANSLATE_NOOP("aula",
    "UPDATE gpkg_contents SET srs_id = 2154 WHERE table_name = '{table}' (if Lambert-93)")
NOT_LISTED = QT_TRANSLATE_NOOP("aula", "Table not listed in gpkg_contents: QGIS does not show it")
FIX_NOT_LISTED = QT_TRANSLATE_NOOP("aula",
    "Register it (INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES "
    "('{table}', 'attributes', '{table}')) or drop it if it is left over")
NO_GEOMETRY_COLUMN = QT_TRANSLATE_NOOP("aula",
    "Feature table without its row in gpkg_geometry_columns")
FIX_NO_GEOMETRY_COLUMN = QT_TRANSLATE_NOOP("aula",
    "Rewrite the layer with ogr2ogr (or QGIS's Package layers), which registers its geometry")
GEOMETRY_NOT_FEATURES = QT_TRANSLATE_NOOP("aula",
    "gpkg_geometry_columns names this table, which gpkg_contents does not list as features")
FIX_GEOMETRY_NOT_FEATURES = QT_TRANSLATE_NOOP("aula",
    "Correct gpkg_contents.data_type to 'features', or delete the stale geometry column row")
NO_SUCH_COLUMN = QT_TRANSLATE_NOOP("aula",
    "The geometry column {column} does not exist in the table")
FIX_NO_SUCH_COLUMN = QT_TRANSLATE_NOOP("aula",
    "Correct gpkg_geometry_columns.column_name, or restore the table from a backup")
SRS_DIFFERS = QT_TRANSLATE_NOOP("aula",
    "gpkg_geometry_columns gives SRS {geometry_srs}, gpkg_contents {contents_srs}")
FIX_SRS_DIFFERS = QT_TRANSLATE_NOOP("aula",
    "Give both tables the layer's real SRS (2154 for AULA layers)")
NO_INDEX = QT_TRANSLATE_NOOP("aula",
    "No spatial index (R-tree) on {column}: maps and spatial queries are slow")
FIX_NO_INDEX = QT_TRANSLATE_NOOP("aula",
    "In QGIS: Layer Properties › Source › Create Spatial Index; or ogrinfo file.gpkg -sql "
    "\"SELECT CreateSpatialIndex('{table}', '{column}')\"")
INDEX_TABLE_MISSING = QT_TRANSLATE_NOOP("aula",
    "The spatial index is declared (gpkg_extensions) but its table rtree_{table}_{column} is "
    "missing")
FIX_INDEX_REBUILD = QT_TRANSLATE_NOOP("aula",
    "Rebuild the index: ogrinfo file.gpkg -sql \"SELECT DisableSpatialIndex('{table}', "
    "'{column}')\" then -sql \"SELECT CreateSpatialIndex('{table}', '{column}')\" (or QGIS: "
    "Layer Properties › Source › Create Spatial Index)")
INDEX_TRIGGERS = QT_TRANSLATE_NOOP("aula",
    "The spatial index has no {which} trigger: edits no longer update it")
INDEX_STALE = QT_TRANSLATE_NOOP("aula",
    "The spatial index does not match the geometries: {missing} missing, {orphans} left over")
FOREIGN_KEY = QT_TRANSLATE_NOOP("aula", "{count} rows refer to missing rows of {parent}")
FIX_FOREIGN_KEY = QT_TRANSLATE_NOOP("aula",
    "Restore the missing rows of {parent} from a backup, or delete or correct the rows of "
    "{table} (PRAGMA foreign_key_check lists them)")
NO_METADATA = QT_TRANSLATE_NOOP("aula",
    "No aula_metadata.schema_version: not an AULA territory package")
FIX_NO_METADATA = QT_TRANSLATE_NOOP("aula",
    "Choose the territory GeoPackage (your working copy or the one shipped with the plugin)")
OLD_SCHEMA = QT_TRANSLATE_NOOP("aula",
    "Data schema {version}, older than the current one ({current})")
FIX_OLD_SCHEMA = QT_TRANSLATE_NOOP("aula",
    "Update it: aula-gpkg migrate file.gpkg, or open the territory project in QGIS (a backup is "
    "made first)")
NEW_SCHEMA = QT_TRANSLATE_NOOP("aula",
    "Data schema {version}, newer than this plugin knows ({current})")
FIX_NEW_SCHEMA = QT_TRANSLATE_NOOP("aula", "Update the plugin")
NO_TABLE = QT_TRANSLATE_NOOP("aula", "The table required by the plugin is missing")
FIX_NO_TABLE = QT_TRANSLATE_NOOP("aula",
    "Restore it from a backup, or copy it from the territory GeoPackage shipped with the plugin")
NO_COLUMNS = QT_TRANSLATE_NOOP("aula", "Columns required by the plugin are missing: {columns}")
FIX_NO_COLUMNS = QT_TRANSLATE_NOOP("aula",
    "Update the schema (aula-gpkg migrate file.gpkg); if it is up to date, restore the table "
    "from a backup")
STEP_CHECK = QT_TRANSLATE_NOOP("aula", "Checking the package")
# fmt: on


@dataclass
class Problem:
    """One finding: ``detail`` and ``fix`` are English templates filled with ``values``."""

    check: str
    severity: str
    table: str
    detail: str
    fix: str
    values: dict[str, Any] = field(default_factory=dict)

    def texts(self, translate: Callable[[str], str] | None = None) -> tuple[str, str]:
        """(detail, fix) in the language of ``translate`` (English without it)."""
        tr = translate or (lambda text: text)
        values = {"table": self.table, **self.values}
        return tr(self.detail).format(**values), tr(self.fix).format(**values)


@dataclass
class Report:
    path: Path
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors


def _header_problem(path: Path) -> Problem | None:
    """The file level: missing, not SQLite, truncated (file shorter than its header says)."""
    if not path.is_file():
        return Problem("file", ERROR, "", MISSING, FIX_MISSING)
    with path.open("rb") as stream:
        header = stream.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        reason = "{} bytes".format(path.stat().st_size) if len(header) < 100 else "header"
        return Problem("file", ERROR, "", NOT_SQLITE, FIX_NOT_SQLITE, {"reason": reason})
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    expected = page_size * page_count
    size = path.stat().st_size
    if valid_for == change_counter and page_count and size < expected:
        return Problem(
            "file", ERROR, "", TRUNCATED, FIX_TRUNCATED, {"size": size, "expected": expected}
        )
    return None


def _tables(con: sqlite3.Connection) -> dict[str, str]:
    return dict(con.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"))


def _columns(con: sqlite3.Connection, table: str) -> list[tuple[str, int]]:
    """(name, pk position) of each column."""
    return [(r[1], r[5]) for r in con.execute(f'PRAGMA table_info("{table}")')]


def _srs_ids(con: sqlite3.Connection) -> set[int]:
    return {r[0] for r in con.execute("SELECT srs_id FROM gpkg_spatial_ref_sys")}


def _check_application_id(con: sqlite3.Connection) -> Iterator[Problem]:
    value = con.execute("PRAGMA application_id").fetchone()[0]
    if value != GPKG_APPLICATION_ID and value not in OLD_APPLICATION_IDS:
        yield Problem(
            "application_id", ERROR, "", NOT_GPKG, FIX_NOT_GPKG, {"value": "{:#x}".format(value)}
        )


def _check_integrity(con: sqlite3.Connection) -> Iterator[Problem]:
    messages = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
    if messages != ["ok"]:
        for message in messages:
            yield Problem("sqlite_integrity", ERROR, "", CORRUPT, FIX_CORRUPT, {"message": message})


def _check_gpkg_tables(con: sqlite3.Connection) -> Iterator[Problem]:
    tables = _tables(con)
    for name in GPKG_TABLES:
        if name not in tables:
            yield Problem("gpkg_tables", ERROR, name, NO_GPKG_TABLE, FIX_NO_GPKG_TABLE)


def _check_spatial_ref_sys(con: sqlite3.Connection) -> Iterator[Problem]:
    known = _srs_ids(con)
    for srs_id in (-1, 0, 4326):
        if srs_id not in known:
            yield Problem(
                "spatial_ref_sys",
                WARNING,
                "gpkg_spatial_ref_sys",
                NO_DEFAULT_SRS,
                FIX_NO_DEFAULT_SRS,
                {"srs_id": srs_id},
            )


def _check_contents(con: sqlite3.Connection) -> Iterator[Problem]:
    tables = _tables(con)
    known = _srs_ids(con)
    listed = set()
    rows = con.execute("SELECT table_name, data_type, srs_id FROM gpkg_contents ORDER BY 1")
    for name, data_type, srs_id in rows.fetchall():
        listed.add(name)
        if name not in tables:
            yield Problem("contents", ERROR, name, CONTENTS_NO_TABLE, FIX_CONTENTS_NO_TABLE)
        if data_type == "features" and srs_id is None:
            yield Problem("contents", ERROR, name, NO_SRS, FIX_NO_SRS)
        elif srs_id is not None and srs_id not in known:
            values = {"where": "gpkg_contents", "srs_id": srs_id}
            yield Problem("contents", ERROR, name, UNKNOWN_SRS, FIX_UNKNOWN_SRS, values)
    for name, kind in sorted(tables.items()):
        if kind == "table" and name not in listed and not name.startswith(UNLISTED_OK):
            yield Problem("contents", WARNING, name, NOT_LISTED, FIX_NOT_LISTED)


def _geometry_columns(con: sqlite3.Connection) -> list[tuple[str, str, int]]:
    return con.execute(
        "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns ORDER BY 1"
    ).fetchall()


def _check_geometry_columns(con: sqlite3.Connection) -> Iterator[Problem]:
    tables = _tables(con)
    known = _srs_ids(con)
    contents = {
        name: (data_type, srs_id)
        for name, data_type, srs_id in con.execute(
            "SELECT table_name, data_type, srs_id FROM gpkg_contents"
        )
    }
    registered = set()
    for name, column, srs_id in _geometry_columns(con):
        registered.add(name)
        data_type, contents_srs = contents.get(name, (None, None))
        if data_type != "features":
            yield Problem(
                "geometry_columns", ERROR, name, GEOMETRY_NOT_FEATURES, FIX_GEOMETRY_NOT_FEATURES
            )
        if name in tables and column not in [c for c, _ in _columns(con, name)]:
            values = {"column": column}
            yield Problem(
                "geometry_columns", ERROR, name, NO_SUCH_COLUMN, FIX_NO_SUCH_COLUMN, values
            )
        if srs_id not in known:
            values = {"where": "gpkg_geometry_columns", "srs_id": srs_id}
            yield Problem("geometry_columns", ERROR, name, UNKNOWN_SRS, FIX_UNKNOWN_SRS, values)
        elif data_type == "features" and contents_srs is not None and contents_srs != srs_id:
            values = {"geometry_srs": srs_id, "contents_srs": contents_srs}
            yield Problem("geometry_columns", ERROR, name, SRS_DIFFERS, FIX_SRS_DIFFERS, values)
    for name, (data_type, _srs) in sorted(contents.items()):
        if data_type == "features" and name in tables and name not in registered:
            yield Problem(
                "geometry_columns", ERROR, name, NO_GEOMETRY_COLUMN, FIX_NO_GEOMETRY_COLUMN
            )


#: SQL: the geometry blob is not NULL and not empty (GeoPackage header flags, bit 4)
_NOT_EMPTY = "{g} IS NOT NULL AND instr('13579BDF', substr(hex(substr({g}, 4, 1)), 1, 1)) = 0"


#: a trigger's INSERT and the table it writes into
_TRIGGER_INSERT = re.compile(r'INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(?:"((?:[^"]|"")+)"|(\w+))', re.I)


def _written_by_triggers(con: sqlite3.Connection) -> set[str]:
    """Tables other tables' triggers insert into (a history kept by triggers): an R-tree there
    would make those triggers call the GeoPackage SQL functions, which a plain SQLite
    connection lacks, so its edits of the watched table would fail."""
    written = set()
    for table, sql in con.execute("SELECT tbl_name, sql FROM sqlite_master WHERE type='trigger'"):
        for quoted, bare in _TRIGGER_INSERT.findall(sql or ""):
            name = quoted.replace('""', '"') if quoted else bare
            if name != table and not name.startswith("rtree_"):
                written.add(name)
    return written


def _check_spatial_index(con: sqlite3.Connection) -> Iterator[Problem]:
    tables = _tables(con)
    by_triggers = _written_by_triggers(con)
    declared = set()
    if "gpkg_extensions" in tables:
        declared = {
            (t, c)
            for t, c in con.execute(
                "SELECT table_name, column_name FROM gpkg_extensions "
                "WHERE extension_name = 'gpkg_rtree_index'"
            )
        }
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    for name, column, _srs in _geometry_columns(con):
        if name not in tables or tables[name] != "table":
            continue
        values = {"column": column}
        rtree = f"rtree_{name}_{column}"
        if (name, column) not in declared:
            if name not in by_triggers:  # (there, no index is by design)
                yield Problem("spatial_index", WARNING, name, NO_INDEX, FIX_NO_INDEX, values)
            continue
        if rtree not in tables:
            yield Problem(
                "spatial_index", ERROR, name, INDEX_TABLE_MISSING, FIX_INDEX_REBUILD, values
            )
            continue
        for which in ("insert", "delete"):
            if f"{rtree}_{which}" not in triggers:
                yield Problem(
                    "spatial_index",
                    ERROR,
                    name,
                    INDEX_TRIGGERS,
                    FIX_INDEX_REBUILD,
                    {**values, "which": which},
                )
        keys = [c for c, pk in _columns(con, name) if pk]
        if len(keys) != 1 or column not in [c for c, _ in _columns(con, name)]:
            continue
        pk, g = f'"{keys[0]}"', f'"{column}"'
        not_empty = _NOT_EMPTY.format(g=g)
        missing = con.execute(
            f'SELECT count(*) FROM "{name}" WHERE {not_empty} AND NOT EXISTS '
            f'(SELECT 1 FROM "{rtree}" r WHERE r.id = "{name}".{pk})'
        ).fetchone()[0]
        orphans = con.execute(
            f'SELECT count(*) FROM "{rtree}" r WHERE NOT EXISTS '
            f'(SELECT 1 FROM "{name}" t WHERE t.{pk} = r.id AND {not_empty.replace(g, "t." + g)})'
        ).fetchone()[0]
        if missing or orphans:
            values = {**values, "missing": missing, "orphans": orphans}
            yield Problem("spatial_index", ERROR, name, INDEX_STALE, FIX_INDEX_REBUILD, values)


def _check_foreign_keys(con: sqlite3.Connection) -> Iterator[Problem]:
    counts: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fkid in con.execute("PRAGMA foreign_key_check"):
        counts[(table, parent)] = counts.get((table, parent), 0) + 1
    for (table, parent), count in sorted(counts.items()):
        values = {"parent": parent, "count": count}
        yield Problem("foreign_keys", ERROR, table, FOREIGN_KEY, FIX_FOREIGN_KEY, values)


def _check_aula_schema(con: sqlite3.Connection) -> Iterator[Problem]:
    tables = _tables(con)
    row = None
    if "aula_metadata" in tables:
        row = con.execute("SELECT value FROM aula_metadata WHERE key = 'schema_version'").fetchone()
    if row is None or not str(row[0]).strip().isdigit():
        yield Problem("aula_schema", ERROR, "aula_metadata", NO_METADATA, FIX_NO_METADATA)
        return
    version = int(row[0])
    values = {"version": version, "current": CURRENT_SCHEMA_VERSION}
    if version < CURRENT_SCHEMA_VERSION:
        yield Problem("aula_schema", WARNING, "aula_metadata", OLD_SCHEMA, FIX_OLD_SCHEMA, values)
    elif version > CURRENT_SCHEMA_VERSION:
        yield Problem("aula_schema", WARNING, "aula_metadata", NEW_SCHEMA, FIX_NEW_SCHEMA, values)
    required = {name: list(columns) for name, columns in REQUIRED.items()}
    for since, more in sorted(REQUIRED_BY_VERSION.items()):
        if version >= since:
            for name, columns in more.items():
                required.setdefault(name, []).extend(columns)
    for name, columns in required.items():
        if name not in tables:
            yield Problem("aula_schema", ERROR, name, NO_TABLE, FIX_NO_TABLE)
            continue
        present = {c for c, _ in _columns(con, name)}
        absent = [c for c in columns if c not in present]
        if absent:
            values = {"columns": ", ".join(absent)}
            yield Problem("aula_schema", ERROR, name, NO_COLUMNS, FIX_NO_COLUMNS, values)


#: the checks run on an SQLite GeoPackage, in order; those before ``_STRUCTURAL`` stop the run
_CHECKS: tuple[tuple[str, Callable[[sqlite3.Connection], Iterator[Problem]]], ...] = (
    ("application_id", _check_application_id),
    ("sqlite_integrity", _check_integrity),
    ("gpkg_tables", _check_gpkg_tables),
    ("spatial_ref_sys", _check_spatial_ref_sys),
    ("contents", _check_contents),
    ("geometry_columns", _check_geometry_columns),
    ("spatial_index", _check_spatial_index),
    ("foreign_keys", _check_foreign_keys),
    ("aula_schema", _check_aula_schema),
)
#: checks whose failure makes the next ones meaningless
_STOPPING = ("application_id", "sqlite_integrity", "gpkg_tables")


def check_package(path: Path | str, progress: Progress | None = None) -> Report:
    """Every problem of the GeoPackage ``path`` (read-only: the file is never written)."""
    path = Path(path)
    report = progress or (lambda _fraction, _text: None)
    report(0.0, STEP_CHECK)
    first = _header_problem(path)
    if first is not None:
        return Report(path, [first])
    problems: list[Problem] = []
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        return Report(
            path, [Problem("file", ERROR, "", UNREADABLE, FIX_UNREADABLE, {"reason": exc})]
        )
    with contextlib.closing(con):
        for done, (name, check) in enumerate(_CHECKS, 1):
            try:
                found = list(check(con))
            except sqlite3.Error as exc:
                found = [Problem(name, ERROR, "", UNREADABLE, FIX_UNREADABLE, {"reason": exc})]
            problems.extend(found)
            report(done / len(_CHECKS), STEP_CHECK)
            if name in _STOPPING and any(p.severity == ERROR for p in found):
                break
    return Report(path, problems)
