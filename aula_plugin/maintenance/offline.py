"""Offline copies of the territory package, and their edits merged back with pygeodiff.

- :func:`checkout_package` copies the master for offline editing and keeps the common ancestor:
  a snapshot of the master (the *base*) in the hidden folder ``.aula_checkouts/`` beside it, its
  path and sha256 recorded in the copy's ``aula_metadata`` (keys ``checkout_*``). The copy is an
  ordinary package under another name: it opens its stored project (``stored_project``).
- :func:`diff_package`: what the copy changed since its checkout, per table (inserted, updated,
  deleted features).
- :func:`merge_package` brings the copy's edits into the master: pygeodiff rebases them on what
  the master received since the checkout (features added on both sides are renumbered, edits of
  different features or fields pass through); edits that collide are :class:`Conflict` objects
  (table, feature key, field, base, master and copy values), resolved by a policy (keep the
  master, keep the copy) or per conflict from a file (:func:`read_choices`), else the merge
  stops. The result is built on a staging copy, the master is backed up
  (``migrations.backup_package``) and replaced all at once by SQLite's backup (readers never see
  half a merge); the conflicts go to ``aula_merge_conflicts`` in the master and to a report file,
  the merge to an ``aula_provenance`` row. The offline copy itself is never written.

pygeodiff is optional: :func:`load_geodiff` finds it (installed, or carried by the Mergin Maps
plugin) when a diff or a merge runs, else says in one sentence how to get it. Standard library
otherwise (Python 3.9).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import importlib
import json
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.gpkg_store import (
    LOCKED,
    check_geopackage,
    now_utc,
    quote_ident,
    read_only,
    register_attributes,
)
from . import gpkg_sql, provenance
from .migrations import backup_package, copy_package, pending_migrations, replace_content

#: progress callback: (fraction done 0..1, English text marked for translation)
Progress = Callable[[float, str], None]

BASE_FOLDER = ".aula_checkouts"
CHECKOUT_KEYS = (
    "checkout_id",
    "checkout_master",
    "checkout_base",
    "checkout_base_sha256",
    "checkout_date",
    "checkout_operator",
)
CONFLICTS_TABLE = "aula_merge_conflicts"
CONFLICT_COLUMNS = (
    "merge_id",
    "merged_at",
    "table_name",
    "feature_key",
    "field",
    "kind",
    "base_value",
    "master_value",
    "copy_value",
    "resolution",
)
#: sides of a resolution, and the policies: stop on a conflict, keep the master, keep the copy
MASTER, COPY, STOP = "master", "copy", "stop"
POLICIES = (STOP, MASTER, COPY)
#: the words a choices file may use for a side (its resolution column)
SIDE_WORDS = {
    "master": MASTER,
    "maître": MASTER,
    "maitre": MASTER,
    "m": MASTER,
    "copy": COPY,
    "copie": COPY,
    "c": COPY,
}
#: kinds of conflict
BOTH_EDITED = "both_edited"  # the same field of the same feature, different values
DELETED_IN_MASTER = "deleted_in_master"  # deleted in the master, edited in the copy
DELETED_IN_COPY = "deleted_in_copy"  # edited in the master, deleted in the copy
#: the merge backup's name: <master>_sauvegarde_fusion_<UTC time>.gpkg
BACKUP_LABEL = "fusion"
ROW = "*"  # the field of a whole-feature conflict

# fmt: off
NO_GEODIFF = QT_TRANSLATE_NOOP("aula",
    "Diffs and merges need the pygeodiff library, missing from this Python: install it with the "
    "Python of QGIS (python -m pip install pygeodiff) or install the Mergin Maps plugin, which "
    "carries it, then run the command again")
BROKEN_GEODIFF = QT_TRANSLATE_NOOP("aula",
    "pygeodiff is installed but its library cannot be loaded ({reason}): reinstall it with the "
    "Python of QGIS (python -m pip install --force-reinstall pygeodiff), then run the command "
    "again")
COPY_EXISTS = QT_TRANSLATE_NOOP("aula",
    "{path} already exists: choose a new file name for the offline copy")
NOT_A_CHECKOUT = QT_TRANSLATE_NOOP("aula",
    "{path} is not an offline copy made by the checkout (no checkout_id in aula_metadata): "
    "give its base with --base, or check a new copy out")
NO_BASE = QT_TRANSLATE_NOOP("aula",
    "{path}: the snapshot of the master taken at checkout ({base}) is missing: it was moved or "
    "deleted; give it explicitly (--base) to merge")
BASE_CHANGED = QT_TRANSLATE_NOOP("aula",
    "{base}: the snapshot taken at checkout has changed since (its checksum differs): it cannot "
    "serve as the common ancestor of the merge")
ALREADY_MERGED = QT_TRANSLATE_NOOP("aula",
    "{copy} (checkout {checkout}) was already merged into {path} on {date}: nothing done; "
    "check a new copy out to go on editing")
OUTDATED = QT_TRANSLATE_NOOP("aula",
    "{path} uses an older data schema: update it first (aula-gpkg migrate, or open the "
    "territory project in QGIS), then merge")
GEODIFF_FAILED = QT_TRANSLATE_NOOP("aula",
    "pygeodiff could not compare {path} with its base ({reason}); nothing was changed")
MASTER_CHANGED = QT_TRANSLATE_NOOP("aula",
    "{path} was modified by another program during the merge: nothing was written; run the "
    "merge again")
BAD_POLICY = QT_TRANSLATE_NOOP("aula",
    "Unknown conflict policy {policy}: use one of stop, master, copy")
BAD_CHOICES = QT_TRANSLATE_NOOP("aula",
    "{path}: not a conflict choices file ({reason}); expected the conflict report (CSV or JSON) "
    "with its resolution column set to master or copy")
BAD_SIDE = QT_TRANSLATE_NOOP("aula",
    "{path}: resolution {value!r} of {table} {key} {field}: use master or copy")
STEP_CHECKOUT = QT_TRANSLATE_NOOP("aula", "Copying the package for offline work")
STEP_READ = QT_TRANSLATE_NOOP("aula", "Reading the copies")
STEP_DIFF = QT_TRANSLATE_NOOP("aula", "Computing the changes")
STEP_CONFLICTS = QT_TRANSLATE_NOOP("aula", "Looking for conflicts")
STEP_APPLY = QT_TRANSLATE_NOOP("aula", "Applying the changes")
STEP_BACKUP = QT_TRANSLATE_NOOP("aula", "Backing up the package")
STEP_WRITE = QT_TRANSLATE_NOOP("aula", "Writing the merged package")
# fmt: on

Key = tuple[Any, ...]
ConflictId = tuple[str, str, str]  # (table, feature key, field)


def load_geodiff() -> ModuleType:
    """pygeodiff: the installed one, else the copy the Mergin Maps plugin carries; AulaError with
    the one sentence saying how to get it when neither is there (checked at run time)."""
    for name in ("pygeodiff", "Mergin.mergin.deps.pygeodiff"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "GeoDiff"):
            return module
    raise AulaError(NO_GEODIFF)


@contextlib.contextmanager
def geodiff_session(path: Path) -> Iterator[Any]:
    """A pygeodiff GeoDiff whose library errors become AulaError naming ``path``; its messages
    are kept quiet (the error carries them) and its context released at the end."""
    module = load_geodiff()
    try:
        geodiff = module.GeoDiff()
    except Exception as exc:  # a copy built for another platform, a damaged install
        raise AulaError(BROKEN_GEODIFF, reason=" ".join(str(exc).split())) from None
    geodiff.set_logger_callback(None)
    try:
        yield geodiff
    except module.GeoDiffLibError as exc:
        reason = " ".join(str(exc).split())
        raise AulaError(GEODIFF_FAILED, path=path, reason=reason) from None
    finally:
        geodiff.shutdown()


# -- checkout -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkout:
    copy: Path
    master: Path
    base: Path
    checkout_id: str
    date: str


def _report(progress: Progress | None) -> Progress:
    return progress or (lambda _fraction, _text: None)


def checkout_package(
    master: Path | str,
    copy: Path | str,
    progress: Progress | None = None,
    operator: str | None = None,
) -> Checkout:
    """Copy ``master`` to ``copy`` (a new file) for offline work, keeping its base: a snapshot of
    the master in ``.aula_checkouts/`` beside it, named in the copy's ``aula_metadata``."""
    master, copy = Path(master), Path(copy)
    check_geopackage(master)
    if copy.exists():
        raise AulaError(COPY_EXISTS, path=copy)
    report = _report(progress)
    report(0.0, STEP_CHECKOUT)
    date = now_utc()
    checkout_id = "{}-{}".format(date[:10].replace("-", ""), uuid.uuid4().hex[:8])
    base = master.absolute().parent / BASE_FOLDER / f"{master.stem}_{checkout_id}.gpkg"
    copy_package(master, base)
    report(0.5, STEP_CHECKOUT)
    try:
        copy_package(base, copy)
        values = {
            "checkout_id": checkout_id,
            "checkout_master": str(master.absolute()),
            "checkout_base": str(base),
            "checkout_base_sha256": provenance.file_sha256(base),
            "checkout_date": date,
            "checkout_operator": operator if operator is not None else provenance.session_user(),
        }
        with contextlib.closing(sqlite3.connect(copy)) as con, con:
            _set_checkout_keys(con, values)
    except BaseException:
        copy.unlink(missing_ok=True)
        base.unlink(missing_ok=True)
        raise
    report(1.0, STEP_CHECKOUT)
    return Checkout(copy, master, base, checkout_id, date)


def _set_checkout_keys(con: sqlite3.Connection, values: Mapping[str, str] | None) -> None:
    """Write (or, with None, remove) the checkout keys of ``aula_metadata``."""
    marks = ", ".join("?" for _ in CHECKOUT_KEYS)
    con.execute(f"DELETE FROM aula_metadata WHERE key IN ({marks})", CHECKOUT_KEYS)
    for key, value in (values or {}).items():
        con.execute("INSERT INTO aula_metadata (key, value) VALUES (?, ?)", (key, value))


def checkout_info(copy: Path | str) -> dict[str, str]:
    """The checkout keys of an offline copy ({} for a package that is none)."""
    copy = Path(copy)
    check_geopackage(copy)
    marks = ", ".join("?" for _ in CHECKOUT_KEYS)
    with read_only(copy) as con:
        try:
            rows = con.execute(
                f"SELECT key, value FROM aula_metadata WHERE key IN ({marks})", CHECKOUT_KEYS
            ).fetchall()
        except sqlite3.OperationalError:  # no aula_metadata: no checkout
            rows = []
    return dict(rows)


def _base_of(copy: Path, info: Mapping[str, str], base: Path | str | None) -> Path:
    """The common ancestor: ``base`` when given, else the checkout's snapshot (checksum checked)."""
    if base is not None:
        check_geopackage(Path(base))
        return Path(base)
    if "checkout_base" not in info:
        raise AulaError(NOT_A_CHECKOUT, path=copy)
    found = Path(info["checkout_base"])
    if not found.is_file():
        raise AulaError(NO_BASE, path=copy, base=found)
    if provenance.file_sha256(found) != info.get("checkout_base_sha256"):
        raise AulaError(BASE_CHANGED, base=found)
    return found


# -- changesets -----------------------------------------------------------------------------------


@dataclass
class TableChanges:
    """Features a side inserted, updated and deleted in one table."""

    table: str
    inserted: int = 0
    updated: int = 0
    deleted: int = 0

    @property
    def total(self) -> int:
        return self.inserted + self.updated + self.deleted


def _summary(geodiff: Any, changeset: Path) -> list[TableChanges]:
    target = changeset.with_suffix(".summary.json")
    geodiff.list_changes_summary(str(changeset), str(target))
    rows = json.loads(target.read_text(encoding="utf-8"))["geodiff_summary"]
    return sorted(
        (TableChanges(r["table"], r["insert"], r["update"], r["delete"]) for r in rows),
        key=lambda t: t.table,
    )


def _working_copy(copy: Path, folder: Path) -> Path:
    """The copy without its checkout keys (what the merge compares), in ``folder``."""
    work = folder / "copie.gpkg"
    copy_package(copy, work)
    with contextlib.closing(sqlite3.connect(work)) as con, con:
        _set_checkout_keys(con, None)
    return work


def diff_package(
    copy: Path | str, base: Path | str | None = None, progress: Progress | None = None
) -> list[TableChanges]:
    """What ``copy`` changed since its checkout (or since ``base``), per table with a change."""
    copy = Path(copy)
    report = _report(progress)
    load_geodiff()
    info = checkout_info(copy)
    ancestor = _base_of(copy, info, base)
    report(0.0, STEP_READ)
    with tempfile.TemporaryDirectory(prefix=".aula_diff_", dir=copy.absolute().parent) as tmp:
        folder = Path(tmp)
        work = _working_copy(copy, folder) if info else copy
        report(0.3, STEP_DIFF)
        with geodiff_session(copy) as geodiff:
            changeset = folder / "copie.diff"
            geodiff.create_changeset(str(ancestor), str(work), str(changeset))
            summary = _summary(geodiff, changeset)
    report(1.0, STEP_DIFF)
    return summary


# -- conflicts ------------------------------------------------------------------------------------


@dataclass
class Conflict:
    """One collision of a merge: the values are as shown to a person (geometries summarised);
    ``resolution`` is ``master``, ``copy`` or None while undecided."""

    table: str
    key: str
    field: str  # a column, or ROW for a deleted/edited feature
    kind: str
    base: Any
    master: Any
    copy: Any
    resolution: str | None = None

    @property
    def ident(self) -> ConflictId:
        return (self.table, self.key, self.field)

    def as_row(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "key": self.key,
            "field": self.field,
            "kind": self.kind,
            "base": self.base,
            "master": self.master,
            "copy": self.copy,
            "resolution": self.resolution or "",
        }


REPORT_FIELDS = ("table", "key", "field", "kind", "base", "master", "copy", "resolution")


def shown(value: Any) -> Any:
    """A value as a report shows it: geometries and other blobs summarised, others unchanged."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        digest = hashlib.sha1(data).hexdigest()[:8]
        box = gpkg_sql.envelope(data)
        if box is None:
            return "<blob {} B #{}>".format(len(data), digest)
        return "<geometry {} B #{} x {:.1f}..{:.1f} y {:.1f}..{:.1f}>".format(
            len(data), digest, *box
        )
    return value


class _Tables:
    """Column names and primary keys of the base's tables (what the changesets index)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self._columns: dict[str, list[str]] = {}
        self._pk: dict[str, list[int]] = {}

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            info = self.con.execute(f"PRAGMA table_info({quote_ident(table)})").fetchall()
            self._columns[table] = [r[1] for r in info]
            keyed = sorted((r[5], r[0]) for r in info if r[5])
            self._pk[table] = [index for _order, index in keyed]
        return self._columns[table]

    def pk(self, table: str) -> list[int]:
        self.columns(table)
        return self._pk[table]


def _row_changes(geodiff: Any, changeset: Path, tables: _Tables) -> dict[tuple[str, Key], Any]:
    """(table, key) -> (type, {column index: new value}) of every feature a changeset touches."""
    target = changeset.with_suffix(".json")
    geodiff.list_changes(str(changeset), str(target))
    entries = json.loads(target.read_text(encoding="utf-8"))["geodiff"]
    target.unlink()
    found: dict[tuple[str, Key], Any] = {}
    for entry in entries:
        table, kind = entry["table"], entry["type"]
        by_column = {c["column"]: c for c in entry["changes"]}
        side = "new" if kind == "insert" else "old"
        key = tuple(by_column[i].get(side) for i in tables.pk(table))
        changed = {i: c["new"] for i, c in by_column.items() if kind == "update" and "new" in c}
        found[(table, key)] = (kind, changed)
    return found


def _key_text(key: Key) -> str:
    return "|".join(str(k) for k in key)


def _key_clause(tables: _Tables, table: str) -> str:
    """``"pk1" = ? AND ...``: the WHERE clause of one feature of ``table`` by its key."""
    names = tables.columns(table)
    return " AND ".join(f"{quote_ident(names[i])} = ?" for i in tables.pk(table))


def _fetch(con: sqlite3.Connection, tables: _Tables, table: str, key: Key) -> tuple | None:
    where = _key_clause(tables, table)
    return con.execute(f"SELECT * FROM {quote_ident(table)} WHERE {where}", key).fetchone()


def _described(row: tuple | None, names: list[str], columns: Any) -> str | None:
    """``field=value; ...`` of the given columns of a feature (None when it is absent)."""
    if row is None:
        return None
    return "; ".join(f"{names[i]}={shown(row[i])}" for i in sorted(columns))


def find_conflicts(
    master_rows: Mapping[tuple[str, Key], Any],
    copy_rows: Mapping[tuple[str, Key], Any],
    tables: _Tables,
    cons: Mapping[str, sqlite3.Connection],
) -> list[tuple[Conflict, Key]]:
    """The collisions of the two sides' changes since the base, with their raw feature keys.

    Features inserted on both sides never collide (pygeodiff renumbers the copy's); a feature
    deleted on both sides neither. ``cons``: connections to "base", "master", "copy".
    """
    found: list[tuple[Conflict, Key]] = []
    for (table, key), (master_kind, master_new) in master_rows.items():
        other = copy_rows.get((table, key))
        if other is None:
            continue
        copy_kind, copy_new = other
        names = tables.columns(table)
        rows = {side: _fetch(con, tables, table, key) for side, con in cons.items()}
        if master_kind == copy_kind == "update":
            for index in sorted(set(master_new) & set(copy_new)):
                if master_new[index] == copy_new[index]:
                    continue
                values = [shown(rows[s][index]) if rows[s] else None for s in (
                    "base", "master", "copy")]  # fmt: skip
                conflict = Conflict(table, _key_text(key), names[index], BOTH_EDITED, *values)
                found.append((conflict, key))
        elif {master_kind, copy_kind} == {"update", "delete"}:
            edited = master_new if master_kind == "update" else copy_new
            side = "master" if master_kind == "update" else "copy"

            kind = DELETED_IN_COPY if side == "master" else DELETED_IN_MASTER
            values = {s: _described(rows[s], names, edited) for s in ("base", "master", "copy")}
            values["copy" if side == "master" else "master"] = None
            conflict = Conflict(
                table, _key_text(key), ROW, kind, values["base"], values["master"], values["copy"]
            )
            found.append((conflict, key))
    return found


def read_choices(path: Path | str) -> dict[ConflictId, str]:
    """Per-conflict choices from a file: the conflict report (CSV or JSON) with its resolution
    column set to ``master`` or ``copy`` (or ``maître``, ``copie``); rows left empty are not
    chosen. AulaError naming the file and row for anything else."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        if path.suffix.lower() == ".json":
            data = json.loads(text)
            rows = data["conflicts"] if isinstance(data, dict) else data
        else:
            reader = csv.DictReader(text.splitlines())
            rows = list(reader)
            missing = {"table", "key", "field", "resolution"} - set(reader.fieldnames or ())
            if missing:
                raise ValueError("no column " + ", ".join(sorted(missing)))
        choices: dict[ConflictId, str] = {}
        for row in rows:
            value = str(row.get("resolution") or "").strip()
            if not value:
                continue
            ident = (str(row["table"]), str(row["key"]), str(row["field"]))
            side = SIDE_WORDS.get(value.lower())
            if side is None:
                raise AulaError(BAD_SIDE, path=path, value=value, table=ident[0], key=ident[1],
                                field=ident[2])  # fmt: skip
            choices[ident] = side
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AulaError(BAD_CHOICES, path=path, reason=exc) from None
    return choices


# -- merge ----------------------------------------------------------------------------------------


@dataclass
class MergeResult:
    master: Path
    copy: Path
    checkout_id: str
    copy_changes: list[TableChanges] = field(default_factory=list)
    master_changes: list[TableChanges] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    dry_run: bool = False
    applied: bool = False
    backup: Path | None = None
    report: Path | None = None

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.resolution is None]

    def counts(self) -> dict[str, Any]:
        return {
            "copy": {t.table: [t.inserted, t.updated, t.deleted] for t in self.copy_changes},
            "master_since_checkout": {
                t.table: [t.inserted, t.updated, t.deleted] for t in self.master_changes
            },
            "conflicts": len(self.conflicts),
            "kept_master": sum(c.resolution == MASTER for c in self.conflicts),
            "kept_copy": sum(c.resolution == COPY for c in self.conflicts),
        }


def _fingerprint(path: Path) -> tuple:
    """What changes whenever another program writes the file (journal or WAL mode)."""
    found = []
    for name in (path, Path(f"{path}-wal")):
        try:
            stat = name.stat()
            found.append((stat.st_size, stat.st_mtime_ns))
        except OSError:
            found.append(None)
    return tuple(found)


def _already_merged(master: Path, checkout_id: str) -> str | None:
    with read_only(master) as con:
        try:
            row = con.execute(
                f"SELECT recorded_at FROM {provenance.TABLE} WHERE layer = ?",
                (merge_layer(checkout_id),),
            ).fetchone()
        except sqlite3.OperationalError:
            return None
    return None if row is None else (row[0] or "?")


def merge_layer(checkout_id: str) -> str:
    """The ``aula_provenance.layer`` of a merge (one row per merged checkout)."""
    return f"merge:{checkout_id}"


def merge_package(
    master: Path | str,
    copy: Path | str,
    *,
    policy: str = STOP,
    choices: Mapping[ConflictId, str] | None = None,
    dry_run: bool = False,
    report: Path | str | None = None,
    base: Path | str | None = None,
    backup_folder: Path | None = None,
    tool_version: str = "",
    operator: str | None = None,
    progress: Progress | None = None,
) -> MergeResult:
    """Bring the edits of the offline ``copy`` into ``master`` (see the module's text).

    ``policy``: what to keep when the same field of a feature was edited on both sides, or a
    feature edited on one and deleted on the other: ``stop`` (nothing merged while a conflict is
    undecided), ``master`` or ``copy``; ``choices`` (from :func:`read_choices`) decide single
    conflicts first. ``dry_run``: compute the changes and conflicts only, the master untouched.
    ``report``: a CSV or JSON file receiving the conflicts (and the summary, in JSON).
    """
    if policy not in POLICIES:
        raise AulaError(BAD_POLICY, policy=policy)
    load_geodiff()
    master, copy = Path(master), Path(copy)
    step = _report(progress)
    check_geopackage(master)
    if pending_migrations(master):
        raise AulaError(OUTDATED, path=master)
    info = checkout_info(copy)
    ancestor = _base_of(copy, info, base)
    checkout_id = info.get("checkout_id", "")
    if checkout_id:
        date = _already_merged(master, checkout_id)
        if date is not None:
            raise AulaError(ALREADY_MERGED, copy=copy, checkout=checkout_id, path=master,
                            date=date)  # fmt: skip
    result = MergeResult(master, copy, checkout_id, dry_run=dry_run)
    step(0.0, STEP_READ)
    with tempfile.TemporaryDirectory(prefix=".aula_merge_", dir=master.absolute().parent) as tmp:
        folder = Path(tmp)
        work = _working_copy(copy, folder) if info else copy
        staging = folder / "maitre.gpkg"
        before = _fingerprint(master)
        copy_package(master, staging)
        step(0.15, STEP_DIFF)
        with geodiff_session(copy) as geodiff:
            copy_set, master_set = folder / "copie.diff", folder / "maitre.diff"
            geodiff.create_changeset(str(ancestor), str(work), str(copy_set))
            geodiff.create_changeset(str(ancestor), str(staging), str(master_set))
            result.copy_changes = _summary(geodiff, copy_set)
            result.master_changes = _summary(geodiff, master_set)
            step(0.35, STEP_CONFLICTS)
            conflicts = _conflicts(geodiff, ancestor, staging, work, copy_set, master_set, result)
            for conflict, _key in conflicts:
                chosen = (choices or {}).get(conflict.ident)
                conflict.resolution = chosen or (policy if policy != STOP else None)
            result.conflicts = [c for c, _k in conflicts]
            if dry_run or result.unresolved or not result.copy_changes:
                if report is not None:
                    result.report = write_report(result, report)
                step(1.0, STEP_CONFLICTS)
                return result
            step(0.45, STEP_APPLY)
            rebased = copy_set  # the master unchanged since the checkout: nothing to rebase on
            if result.master_changes:
                rebased = folder / "rebase.diff"
                geodiff.create_rebased_changeset(
                    str(ancestor), str(work), str(master_set), str(rebased), str(folder / "c.json")
                )
            geodiff.apply_changeset(str(staging), str(rebased))
        step(0.6, STEP_APPLY)
        _resolve(staging, master, work, conflicts, result, tool_version, operator)
        step(0.7, STEP_BACKUP)
        result.backup = backup_package(master, backup_folder, BACKUP_LABEL)
        step(0.85, STEP_WRITE)
        if _fingerprint(master) != before:
            raise AulaError(MASTER_CHANGED, path=master)
        _write_back(staging, master)
    result.applied = True
    if report is not None:
        result.report = write_report(result, report)
    step(1.0, STEP_WRITE)
    return result


def _conflicts(
    geodiff: Any,
    ancestor: Path,
    staging: Path,
    work: Path,
    copy_set: Path,
    master_set: Path,
    result: MergeResult,
) -> list[tuple[Conflict, Key]]:
    """The conflicts of the two changesets (none unless both sides changed the same table)."""
    shared = {t.table for t in result.copy_changes} & {t.table for t in result.master_changes}
    if not shared:
        return []
    with (
        read_only(ancestor) as base_con,
        read_only(staging) as master_con,
        read_only(work) as copy_con,
    ):
        tables = _Tables(base_con)
        master_rows = _row_changes(geodiff, master_set, tables)
        copy_rows = _row_changes(geodiff, copy_set, tables)
        cons = {"base": base_con, "master": master_con, "copy": copy_con}
        return find_conflicts(master_rows, copy_rows, tables, cons)


def _resolve(
    staging: Path,
    master: Path,
    work: Path,
    conflicts: list[tuple[Conflict, Key]],
    result: MergeResult,
    tool_version: str,
    operator: str | None,
) -> None:
    """In the staging file (pygeodiff's rebase applied): each conflict set to its resolution,
    the conflicts recorded in ``aula_merge_conflicts``, the merge's provenance row; one
    transaction."""
    now = now_utc()
    con = gpkg_sql.connect(staging, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        with read_only(master) as master_con, read_only(work) as copy_con:
            tables = _Tables(master_con)
            sources = {MASTER: master_con, COPY: copy_con}
            for conflict, key in conflicts:
                _apply_resolution(con, tables, sources[conflict.resolution], conflict, key)
        if conflicts:
            columns = ", ".join(f"{c} TEXT" for c in CONFLICT_COLUMNS)
            register_attributes(con, CONFLICTS_TABLE, columns, "Conflits des fusions", now)
            marks = ", ".join("?" for _ in CONFLICT_COLUMNS)
            con.executemany(
                f"INSERT INTO {CONFLICTS_TABLE} ({', '.join(CONFLICT_COLUMNS)}) VALUES ({marks})",
                [
                    (result.checkout_id, now, c.table, c.key, c.field, c.kind,
                     *(_text(v) for v in (c.base, c.master, c.copy)), c.resolution)
                    for c, _k in conflicts
                ],
            )  # fmt: skip
        row = {
            "layer": merge_layer(result.checkout_id or now),
            "source": "copie hors ligne",
            "source_file": result.copy.name,
            "source_sha256": provenance.file_sha256(result.copy),
            "release": result.checkout_id,
            "recorded_at": now,
            "operator": operator if operator is not None else provenance.session_user(),
            "tool_version": tool_version,
            "counts": json.dumps(result.counts(), sort_keys=True),
            "build_date": now[:10],
            "notes": "Fusion de la copie hors ligne {} ({} conflit(s))".format(
                result.copy.name, len(conflicts)
            ),
        }
        provenance.upsert_provenance(con, [row], staging)
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _apply_resolution(
    con: sqlite3.Connection,
    tables: _Tables,
    source: sqlite3.Connection,
    conflict: Conflict,
    key: Key,
) -> None:
    """Make the staged feature what the chosen side holds: that field's value, or the whole
    feature (present with its values, or absent)."""
    table = conflict.table
    names = tables.columns(table)
    where = _key_clause(tables, table)
    row = _fetch(source, tables, table, key)
    target = quote_ident(table)
    if conflict.field != ROW:
        value = None if row is None else row[names.index(conflict.field)]
        column = quote_ident(conflict.field)
        con.execute(f"UPDATE {target} SET {column} = ? WHERE {where}", (value, *key))
        return
    con.execute(f"DELETE FROM {target} WHERE {where}", key)
    if row is not None:
        quoted = ", ".join(quote_ident(n) for n in names)
        marks = ", ".join("?" for _ in names)
        con.execute(f"INSERT INTO {target} ({quoted}) VALUES ({marks})", row)


def _write_back(staging: Path, master: Path) -> None:
    """Replace the master's content with the staging file's in one SQLite transaction."""
    try:
        replace_content(staging, master)
    except sqlite3.Error as exc:
        raise AulaError(LOCKED, path=master, reason=exc) from None


def write_report(result: MergeResult, path: Path | str) -> Path:
    """The conflicts as CSV (one row each, the resolution column to fill in and give back) or,
    for a ``.json`` file, JSON with the summary of both sides' changes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [c.as_row() for c in result.conflicts]
    if path.suffix.lower() == ".json":
        data: dict[str, Any] = {
            "master": str(result.master),
            "copy": str(result.copy),
            "checkout_id": result.checkout_id,
            "dry_run": result.dry_run,
            "applied": result.applied,
            "backup": str(result.backup) if result.backup else None,
            "changes": result.counts(),
            "conflicts": rows,
        }
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, REPORT_FIELDS)
            writer.writeheader()
            writer.writerows(rows)
    return path
