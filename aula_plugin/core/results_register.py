"""The results register of the working copy: which algorithm wrote which table there, and when.

Whenever an algorithm's output is written into the user's working copy of the territory
GeoPackage, one row is recorded in its attribute table ``aula_resultats``: the algorithm id
(``aula:zantrajectory``), the *kind* of result (``zantrajectory:OUTPUT``: the algorithm and its
output, as ``core/layer_roles.py`` tags loaded outputs), the table written, the output's display
name, the time (UTC) and the run's parameters as JSON. The fact-sheet blocks read "the latest
result of each kind" from it (:func:`latest`), never a hard-coded layer name.

Rows are written in one transaction (``core/gpkg_store.py``): all the rows of a run or none.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gpkg_store import now_utc, read_error, register_attributes, write_transaction

TABLE = "aula_resultats"
COLUMNS = (
    "algorithm TEXT NOT NULL, kind TEXT NOT NULL, table_name TEXT NOT NULL, output TEXT, "
    "run_at TEXT NOT NULL, parameters TEXT"
)
DESCRIPTION = "Registre des résultats écrits par les traitements AULA dans la copie de travail"


@dataclass(frozen=True)
class Result:
    algorithm: str  # "aula:zantrajectory"
    kind: str  # "zantrajectory:OUTPUT"
    table_name: str
    output: str = ""  # the output's display name
    run_at: str = ""  # ISO 8601, UTC
    parameters: Mapping[str, Any] | None = None
    fid: int = 0


def kind_of(algorithm: str, output: str) -> str:
    """``aula:zantrajectory`` + ``OUTPUT`` -> ``zantrajectory:OUTPUT`` (the layer_roles tag)."""
    return f"{algorithm.split(':')[-1]}:{output}"


def _json(parameters: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(parameters or {}), ensure_ascii=False, sort_keys=True, default=str)


def record(gpkg: str | Path, results: Iterable[Result]) -> list[Result]:
    """Record ``results`` in ``gpkg`` (one transaction; AulaError naming a lock or a read-only
    file); the rows as written, with their time stamp."""
    rows = list(results)
    if not rows:
        return []
    now = now_utc()
    written = []
    with write_transaction(Path(gpkg)) as con:
        register_attributes(con, TABLE, COLUMNS, DESCRIPTION, now)
        for row in rows:
            run_at = row.run_at or now
            cursor = con.execute(
                f'INSERT INTO "{TABLE}" (algorithm, kind, table_name, output, run_at, parameters) '
                "VALUES (?, ?, ?, ?, ?, ?)",
                (row.algorithm, row.kind, row.table_name, row.output, run_at,
                 _json(row.parameters)),
            )  # fmt: skip
            written.append(
                Result(row.algorithm, row.kind, row.table_name, row.output, run_at,
                       dict(row.parameters or {}), int(cursor.lastrowid or 0))
            )  # fmt: skip
    return written


def _read(gpkg: str | Path, where: str, args: tuple[Any, ...]) -> list[Result]:
    path = Path(gpkg)
    if not path.is_file():
        return []
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise read_error(path, exc) from None
    try:
        found = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
        ).fetchone()
        if not found:
            return []
        rows = con.execute(
            f"SELECT fid, algorithm, kind, table_name, output, run_at, parameters "
            f'FROM "{TABLE}" {where} ORDER BY run_at DESC, fid DESC',
            args,
        ).fetchall()
    except sqlite3.Error as exc:
        raise read_error(path, exc) from None
    finally:
        con.close()
    out = []
    for fid, algorithm, kind, table, output, run_at, parameters in rows:
        try:
            values = json.loads(parameters) if parameters else {}
        except ValueError:
            values = {}
        out.append(Result(algorithm, kind, table, output or "", run_at, values, int(fid)))
    return out


def history(gpkg: str | Path, kind: str | None = None) -> list[Result]:
    """Every recorded result (of one kind), newest first; empty without a register."""
    if kind is None:
        return _read(gpkg, "", ())
    return _read(gpkg, "WHERE kind = ?", (kind,))


def available(gpkg: str | Path, kind: str) -> list[Result]:
    """The results of ``kind`` (``zantrajectory:OUTPUT``, or an algorithm id such as
    ``aula:centralities`` for any of its outputs) whose table is still in the GeoPackage, newest
    first."""
    if ":" in kind and kind.startswith("aula:"):
        found = _read(gpkg, "WHERE algorithm = ?", (kind,))
    else:
        found = history(gpkg, kind)
    tables = _tables(gpkg) if found else set()
    return [r for r in found if r.table_name in tables]


def latest(gpkg: str | Path, kind: str) -> Result | None:
    """The newest result of ``kind`` whose table is still in the GeoPackage (:func:`available`)."""
    return next(iter(available(gpkg, kind)), None)


def _tables(gpkg: str | Path) -> set[str]:
    path = Path(gpkg)
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.Error:
        return set()
