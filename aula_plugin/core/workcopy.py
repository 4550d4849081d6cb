"""The user's working copy of the shipped territory GeoPackage.

The GeoPackage inside the plugin folder is a read-only template: the folder may be read-only and is
replaced on every upgrade. The plugin copies it once to the user's working folder and works on that
copy only, so an upgrade never overwrites the user's data.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, AulaError
from .gpkg_store import read_only


@dataclass(frozen=True)
class WorkingCopy:
    path: Path
    created: bool  # True when this call made the copy
    schema_version: int
    template_schema_version: int

    @property
    def outdated(self) -> bool:
        return self.schema_version < self.template_schema_version


def schema_version(gpkg: Path) -> int:
    """Read ``aula_metadata.schema_version`` without ever writing to the file."""
    try:
        with read_only(gpkg) as con:
            row = con.execute(
                "SELECT value FROM aula_metadata WHERE key = 'schema_version'"
            ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "{path}: not a readable AULA GeoPackage ({reason})"),
            path=gpkg,
            reason=exc,
        ) from exc
    if row is None:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "{path}: the table aula_metadata has no schema_version"),
            path=gpkg,
        )
    return int(row[0])


def ensure_working_copy(template: Path, folder: Path) -> WorkingCopy:
    """Copy ``template`` into ``folder`` unless a copy is already there; never overwrite it.

    The copy is written to a temporary file in the same folder and renamed into place, so an
    interrupted copy never leaves a truncated GeoPackage behind. It keeps the template's file name:
    the project stored inside points at its layers as ``./<file name>``.
    """
    template = Path(template)
    if not template.is_file():
        raise AulaError(
            QT_TRANSLATE_NOOP(
                "aula", "{path}: the territory GeoPackage shipped with the plugin is missing"
            ),
            path=template,
        )
    template_version = schema_version(template)
    folder = Path(folder)
    target = folder / template.name
    created = False
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".aula-", suffix=".gpkg.part", dir=folder)
        os.close(fd)
        try:
            shutil.copyfile(template, tmp_name)
            os.chmod(tmp_name, 0o644)  # the template may be read-only; the copy must not be
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        created = True
    return WorkingCopy(target, created, schema_version(target), template_version)
