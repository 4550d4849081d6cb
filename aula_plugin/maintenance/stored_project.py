"""Any copy of the territory package opens its stored project with its own layers (QGIS).

The project stored in the package refers to its layers as ``./aula_territoire.gpkg|layername=...``
(relative to the GeoPackage holding it). QGIS resolves that against the holder's folder, so a copy
under another name (a backup, a checkout, ``territoire_2025.gpkg``) found no layers, or, worse,
those of an ``aula_territoire.gpkg`` beside it. This module registers with QGIS:

- a path *pre-processor* mapping the stored ``./aula_territoire.gpkg`` to the GeoPackage the
  project is read from, whatever its name and folder;
- a path *writer* storing a layer of the holder itself as ``./aula_territoire.gpkg``, so a project
  saved again into a copy stays portable.

The holder is the file of :func:`reading_from` (the plugin's "open the territory project") or
else the GeoPackage QGIS's current project is read from or written to (Project › Open From ›
GeoPackage); only AULA packages (``aula_metadata.package``) are concerned, other projects' paths
pass unchanged.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

from qgis.core import QgsPathResolver, QgsProject

from ..core.gpkg_store import read_only

STORED_NAME = "aula_territoire.gpkg"
MARKER = "./" + STORED_NAME
PACKAGE = "aula_territoire"

_holders: list[Path] = []
_ids: list[tuple[str, str]] = []  # (pre-processor id, writer id)
_known: dict[tuple[str, float], bool] = {}


def holder_of_uri(uri: str) -> Path | None:
    """The GeoPackage of a project URI ``geopackage:/path/file.gpkg?projectName=...``."""
    if not uri.startswith("geopackage:"):
        return None
    path = uri[len("geopackage:") :].split("?", 1)[0]
    if path.startswith("///"):
        path = path[2:]
    return Path(unquote(path)) if path else None


def is_aula_package(path: Path) -> bool:
    """True for a GeoPackage whose aula_metadata says it is the AULA territory package."""
    try:
        key = (str(path.resolve()), path.stat().st_mtime)
    except OSError:
        return False
    if key not in _known:
        try:
            with read_only(path) as con:  # (a quiet WAL file: no -wal/-shm left behind)
                row = con.execute(
                    "SELECT value FROM aula_metadata WHERE key = 'package'"
                ).fetchone()
        except sqlite3.Error:
            return False  # not remembered: a file busy now may be read at the next call
        _known[key] = row is not None and row[0] == PACKAGE
    return _known[key]


def current_holder() -> Path | None:
    """The AULA package a project is being read from or written to, or None."""
    holder = _holders[-1] if _holders else holder_of_uri(QgsProject.instance().fileName())
    return holder if holder is not None and is_aula_package(holder) else None


def resolve_stored(source: str) -> str:
    """QGIS's path pre-processor: ``./aula_territoire.gpkg[|...]`` -> the holder's path."""
    if not source.startswith(MARKER):
        return source
    rest = source[len(MARKER) :]
    if rest and not rest.startswith("|"):
        return source  # another file, e.g. ./aula_territoire.gpkg.bak
    holder = current_holder()
    return str(holder.absolute()) + rest if holder is not None else source


def store_portable(source: str) -> str:
    """QGIS's path writer: a layer of the holder itself -> ``./aula_territoire.gpkg[|...]``."""
    holder = current_holder()
    if holder is None:
        return source
    path, sep, rest = source.partition("|")
    try:
        same = bool(path) and Path(path).resolve() == holder.resolve()
    except (OSError, ValueError):
        same = False
    return MARKER + sep + rest if same else source


def install() -> None:
    """Register the pre-processor and the writer with QGIS (once; idempotent)."""
    if not _ids:
        _ids.append(
            (
                QgsPathResolver.setPathPreprocessor(resolve_stored),
                QgsPathResolver.setPathWriter(store_portable),
            )
        )


def is_installed() -> bool:
    """True while the pre-processor and the writer are registered."""
    return bool(_ids)


def uninstall() -> None:
    """Remove them (plugin unloaded)."""
    while _ids:
        preprocessor, writer = _ids.pop()
        QgsPathResolver.removePathPreprocessor(preprocessor)
        QgsPathResolver.removePathWriter(writer)


@contextlib.contextmanager
def reading_from(gpkg: Path) -> Iterator[None]:
    """Within the block, the stored project being read or written is that of ``gpkg``."""
    install()
    _holders.append(Path(gpkg))
    try:
        yield
    finally:
        _holders.pop()
