"""Schema versions of the territory package and the ordered registry of its migrations.

The package records its schema in ``aula_metadata.schema_version``. Each :class:`Migration`
brings a package from ``version - 1`` to ``version``; the registry :data:`MIGRATIONS` is ordered
and gapless, and every migration is idempotent (it checks before it changes, so running it on a
package that already has the change does nothing). :func:`migrate_package` first copies the file
to a backup beside it (SQLite's online backup: a consistent copy even of a file QGIS has open),
then applies each pending migration in its own all-or-nothing transaction, the new
``schema_version`` written in the same transaction: a package is never left between two versions.

In QGIS, opening an older working copy offers the migrations (gui/territory.py); the command
line (``aula-gpkg migrate``) performs them. Standard library only (Python 3.9).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..core.compat import UTC
from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.gpkg_store import check_geopackage, now_utc, read_error, write_transaction
from ..core.workcopy import schema_version
from . import provenance

#: progress callback: (fraction done 0..1, English text marked for translation)
Progress = Callable[[float, str], None]

# fmt: off
NEWER = QT_TRANSLATE_NOOP("aula",
    "{path} uses data schema {version}, newer than this tool knows ({current}): update the "
    "plugin (or aula-gpkg) instead of the package")
BACKUP_FAILED = QT_TRANSLATE_NOOP("aula",
    "{path}: the backup could not be written ({reason}): nothing was changed")
STEP_BACKUP = QT_TRANSLATE_NOOP("aula", "Backing up the package")
STEP_MIGRATE = QT_TRANSLATE_NOOP("aula", "Updating the data schema")
# fmt: on


@dataclass(frozen=True)
class Migration:
    """One step of the schema: ``apply(con)`` brings a package of ``version - 1`` to ``version``
    inside the caller's transaction, and does nothing on a package that already has it."""

    version: int
    title: str  # English, marked for translation
    apply: Callable[[sqlite3.Connection], None]


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def add_provenance_columns(con: sqlite3.Connection) -> None:
    """Schema 2: ``aula_provenance`` records imports (source file and sha256, release, date,
    operator, tool version, counts). Columns only added, existing rows kept as they are."""
    con.execute(provenance.create_table_sql())  # a package without the table gets it whole
    existing = _columns(con, provenance.TABLE)
    for name in provenance.COLUMNS_V2:
        if name not in existing:
            con.execute(f"ALTER TABLE {provenance.TABLE} ADD COLUMN {name} TEXT")
    con.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change) VALUES (?, 'attributes', 'AULA provenance', ?, ?)",
        (provenance.TABLE, provenance.DESCRIPTION, now_utc()),
    )


#: every migration, in order: MIGRATIONS[i].version == i + 2 (schema 1 is the first package)
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        2,
        QT_TRANSLATE_NOOP(
            "aula", "Provenance of imports (source file, checksum, operator, counts)"
        ),
        add_provenance_columns,
    ),
)
FIRST_SCHEMA_VERSION = 1
CURRENT_SCHEMA_VERSION = MIGRATIONS[-1].version if MIGRATIONS else FIRST_SCHEMA_VERSION


@dataclass
class MigrationResult:
    path: Path
    from_version: int
    to_version: int
    applied: list[Migration] = field(default_factory=list)
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def pending_migrations(path: Path | str) -> list[Migration]:
    """The migrations ``path`` still needs, in order ([] when up to date); AulaError for a file
    that is no AULA GeoPackage or is newer than this library."""
    path = Path(path)
    check_geopackage(path)
    version = schema_version(path)
    if version > CURRENT_SCHEMA_VERSION:
        raise AulaError(NEWER, path=path, version=version, current=CURRENT_SCHEMA_VERSION)
    return [m for m in MIGRATIONS if m.version > version]


def backup_path(
    path: Path, version: int, folder: Path | None = None, label: str | None = None
) -> Path:
    """``<name>_sauvegarde_schema<version>_<UTC time>.gpkg`` (``label`` instead of
    ``schema<version>`` when given) beside the package (or in ``folder``), never an existing
    file."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    what = label or f"schema{version}"
    base = (folder or path.parent) / f"{path.stem}_sauvegarde_{what}_{stamp}"
    candidate, n = base.with_suffix(path.suffix), 1
    while candidate.exists():
        n += 1
        candidate = base.parent / f"{base.name}_{n}{path.suffix}"
    return candidate


def backup_package(path: Path | str, folder: Path | None = None, label: str | None = None) -> Path:
    """A consistent copy of the package (SQLite's online backup), returned; AulaError if not."""
    path = Path(path)
    target = backup_path(path, schema_version(path), folder, label)
    copy_package(path, target)
    return target


def copy_package(path: Path | str, target: Path | str) -> None:
    """Copy the package to ``target`` (a new file) with SQLite's online backup: a consistent copy
    even of a file QGIS has open. The one copy of the library (backups, checkouts, merges);
    AulaError naming the file when it cannot be read or written."""
    path, target = Path(path), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        source = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=5.0)
        with contextlib.closing(source), contextlib.closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise read_error(path, exc) from None
        raise AulaError(BACKUP_FAILED, path=path, reason=exc) from None
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise AulaError(BACKUP_FAILED, path=path, reason=exc.strerror or exc) from None


def replace_content(source: Path, target: Path, timeout: float = 5.0) -> None:
    """Make ``target`` hold what ``source`` holds, in one SQLite transaction (SQLite's online
    backup: readers see the old or the new content, a kill leaves the old one). The write lock is
    asked for first, so a busy package fails at once rather than being retried; sqlite3.Error is
    left to the caller, which names what it was doing."""
    reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(str(target), timeout=timeout)
    with contextlib.closing(reader), contextlib.closing(writer):
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("ROLLBACK")
        reader.backup(writer)


def migrate_package(
    path: Path | str,
    backup: bool = True,
    backup_folder: Path | None = None,
    progress: Progress | None = None,
) -> MigrationResult:
    """Bring ``path`` to :data:`CURRENT_SCHEMA_VERSION`: a backup first (unless ``backup`` is
    False), then each pending migration in its own transaction. Idempotent: an up-to-date package
    is left untouched (no backup made)."""
    path = Path(path)
    todo = pending_migrations(path)
    version = schema_version(path)
    result = MigrationResult(path, version, version)
    if not todo:
        return result
    report = progress or (lambda _fraction, _text: None)
    report(0.0, STEP_BACKUP)
    if backup:
        result.backup = backup_package(path, backup_folder)
    for done, migration in enumerate(todo, 1):
        report(done / (len(todo) + 1), STEP_MIGRATE)
        with write_transaction(path) as con:
            migration.apply(con)
            con.execute(
                "UPDATE aula_metadata SET value = ? WHERE key = 'schema_version'",
                (str(migration.version),),
            )
            con.execute(
                "UPDATE gpkg_contents SET last_change = ? WHERE table_name = 'aula_metadata'",
                (now_utc(),),
            )
        result.applied.append(migration)
        result.to_version = migration.version
    report(1.0, STEP_MIGRATE)
    return result
