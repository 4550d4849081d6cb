"""All-or-nothing outputs: every file of a run appears at its final name at the end, or none does.

Each file destination of an algorithm (feature sinks, vector and raster destinations, files) is
redirected to a hidden sibling folder ``.aula-partial-<token>/`` holding the same file name (so a
GeoPackage's layer keeps the name the file gives it); when the algorithm has finished, the files
are moved up into place with ``os.replace`` (atomic on one file system) and the hidden folder is
removed. On an error or a cancellation the hidden folders are deleted: nothing half-written is
left under the user's names, and an older file of the same name survives untouched.

The same module checks, before anything is computed, that every destination can be written.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProperty,
)
from qgis.PyQt import sip

from ..core.errors import QT_TRANSLATE_NOOP, AulaError

PARTIAL_PREFIX = ".aula-partial-"

NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "aula", "{output}: cannot write into the folder {folder} (read-only, or not a folder)"
)
IS_A_FOLDER = QT_TRANSLATE_NOOP("aula", "{output}: {path} is a folder, not a file")
IS_A_FILE = QT_TRANSLATE_NOOP("aula", "{output}: {path} is a file, not a folder")
NOT_REPLACEABLE = QT_TRANSLATE_NOOP(
    "aula", "{output}: the existing file {path} is read-only and cannot be replaced"
)
CANNOT_CREATE = QT_TRANSLATE_NOOP("aula", "{output}: the layer cannot be created ({problem})")
CANNOT_MOVE = QT_TRANSLATE_NOOP(
    "aula", "{output}: the result could not be moved to {path} ({problem}); nothing was written"
)


def _is_file_path(path: str) -> bool:
    """A plain file path (not a memory layer, a database URI nor a GeoPackage layer URI)."""
    if not path or path.startswith(("memory:", "ogr:", "postgres:", "postgis:", "spatialite:")):
        return False
    return "|" not in path and "dbname=" not in path


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(path.anchor or ".")


def _folder_is_writable(folder: Path) -> bool:
    """True when a file can be created in ``folder`` (or in its nearest existing ancestor)."""
    existing = _existing_ancestor(folder)
    if not existing.is_dir():
        return False
    try:
        handle, probe = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=existing)
    except OSError:
        return False
    os.close(handle)
    os.unlink(probe)
    return True


def is_file_destination(definition: QgsProcessingParameterDefinition) -> bool:
    return definition.isDestination() and not isinstance(
        definition, QgsProcessingParameterFolderDestination
    )


def destination_path(
    algorithm: QgsProcessingAlgorithm,
    parameters: dict[str, Any],
    definition: QgsProcessingParameterDefinition,
    context: QgsProcessingContext,
) -> str:
    """The path a destination parameter resolves to ("" when not requested or not a file)."""
    name = definition.name()
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink = value.sink
        value = sink.staticValue() if sink.propertyType() == QgsProperty.StaticProperty else "?"
    if value in (None, ""):
        value = definition.defaultValue()
    if value in (None, "") or value == QgsProcessing.TEMPORARY_OUTPUT:
        return ""  # not requested, or QGIS's own temporary folder or memory layer
    if isinstance(definition, QgsProcessingParameterFileDestination):
        path = algorithm.parameterAsFileOutput(parameters, name, context)
    else:
        path = algorithm.parameterAsOutputLayer(parameters, name, context)
    return path if _is_file_path(path or "") else ""


def check_destinations(
    algorithm: QgsProcessingAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext
) -> None:
    """Refuse, before anything runs, destinations that cannot be written (AulaError)."""
    for definition in algorithm.destinationParameterDefinitions():
        try:
            _check_destination(algorithm, parameters, context, definition)
        except OSError as exc:  # a name too long for the file system, a broken network drive...
            raise AulaError(
                NOT_WRITABLE, output=definition.description(), folder=exc.filename or exc
            ) from exc


def _check_destination(
    algorithm: QgsProcessingAlgorithm,
    parameters: dict[str, Any],
    context: QgsProcessingContext,
    definition: QgsProcessingParameterDefinition,
) -> None:
    """One destination: AulaError when it cannot be written."""
    output = definition.description()
    if isinstance(definition, QgsProcessingParameterFolderDestination):
        folder = algorithm.parameterAsString(parameters, definition.name(), context)
        if not folder or folder == QgsProcessing.TEMPORARY_OUTPUT:
            return
        path = Path(folder)
        if path.exists() and not path.is_dir():
            raise AulaError(IS_A_FILE, output=output, path=str(path))
        if not _folder_is_writable(path):
            raise AulaError(NOT_WRITABLE, output=output, folder=str(path))
        return
    path_text = destination_path(algorithm, parameters, definition, context)
    if not path_text:
        return
    path = Path(path_text)
    if path.is_dir():
        raise AulaError(IS_A_FOLDER, output=output, path=str(path))
    if not _folder_is_writable(path.parent):
        raise AulaError(NOT_WRITABLE, output=output, folder=str(path.parent))
    if path.exists() and not os.access(path, os.W_OK):
        raise AulaError(NOT_REPLACEABLE, output=output, path=str(path))


@dataclass
class _Redirect:
    output: str
    final: Path
    staging: Path  # the hidden folder holding the file(s) while the algorithm runs

    @property
    def staged_file(self) -> Path:
        return self.staging / self.final.name


@dataclass
class AtomicOutputs:
    """Redirects the file destinations of one run, then moves them into place or drops them."""

    algorithm: QgsProcessingAlgorithm
    parameters: dict[str, Any]
    context: QgsProcessingContext
    redirects: list[_Redirect] = field(default_factory=list)
    sinks: list[Any] = field(default_factory=list)
    created_folders: list[Path] = field(default_factory=list)  # removed again on a rollback

    def redirected_parameters(self) -> dict[str, Any]:
        """A copy of the parameters whose file destinations point into hidden folders."""
        parameters = dict(self.parameters)
        token = uuid.uuid4().hex[:12]
        for definition in self.algorithm.destinationParameterDefinitions():
            if not is_file_destination(definition):
                continue
            path_text = destination_path(self.algorithm, self.parameters, definition, self.context)
            if not path_text:
                continue
            final = Path(path_text).absolute()
            staging = final.parent / f"{PARTIAL_PREFIX}{token}-{len(self.redirects)}"
            missing = [folder for folder in final.parents if not folder.exists()]
            self.created_folders.extend(missing)  # deepest first
            staging.mkdir(parents=True)
            redirect = _Redirect(definition.description(), final, staging)
            self.redirects.append(redirect)
            value = self.parameters.get(definition.name())
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                copy = QgsProcessingOutputLayerDefinition(value)
                copy.sink = QgsProperty.fromValue(str(redirect.staged_file))
                parameters[definition.name()] = copy
            else:
                parameters[definition.name()] = str(redirect.staged_file)
        return parameters

    def track_sink(self, sink: Any) -> None:
        """Sinks are closed (their files flushed) before the files are moved."""
        self.sinks.append(sink)

    def final_text(self, text: str) -> str:
        """A path (or URI) inside a staging folder, as it reads once moved into place."""
        for redirect in self.redirects:
            staging = str(redirect.staging) + os.sep
            if staging in text:  # the output itself or a file written beside it (JSON sidecar)
                text = text.replace(staging, str(redirect.final.parent) + os.sep)
        return text

    def _close_sinks(self) -> None:
        for sink in self.sinks:
            if sink is not None and not sip.isdeleted(sink):
                sip.delete(sink)
        self.sinks.clear()

    def commit(self, results: dict[str, Any]) -> dict[str, Any]:
        """Move every staged file into place; results and layers to load name the final paths."""
        self._close_sinks()
        moved: list[tuple[Path, Path | None]] = []  # (final, backup of the older file)
        try:
            for redirect in self.redirects:
                for staged in sorted(redirect.staging.iterdir()):
                    final = redirect.final.parent / staged.name
                    backup = None
                    if final.exists():
                        backup = redirect.staging / f"{staged.name}.previous"
                        os.replace(final, backup)
                    moved.append((final, backup))
                    os.replace(staged, final)
        except OSError as exc:
            for final, backup in reversed(moved):  # put the older files back
                if final.exists():
                    final.unlink()
                if backup is not None:
                    os.replace(backup, final)
            self.rollback()
            raise AulaError(
                CANNOT_MOVE, output=redirect.output, path=str(redirect.final), problem=exc
            ) from exc
        self._remove_staging()
        details = self.context.layersToLoadOnCompletion()
        if any(self.final_text(key) != key for key in details):
            self.context.setLayersToLoadOnCompletion(
                {self.final_text(key): value for key, value in details.items()}
            )
        return {
            key: self.final_text(value) if isinstance(value, str) else value
            for key, value in results.items()
        }

    def rollback(self) -> None:
        """Drop every staged file: nothing of this run is left behind."""
        self._close_sinks()
        details = self.context.layersToLoadOnCompletion()
        staged_keys = [key for key in details if self.final_text(key) != key]
        if staged_keys:
            self.context.setLayersToLoadOnCompletion(
                {key: value for key, value in details.items() if key not in staged_keys}
            )
        self._remove_staging()
        for folder in self.created_folders:  # folders made for this run's outputs only
            with contextlib.suppress(OSError):
                folder.rmdir()

    def _remove_staging(self) -> None:
        for redirect in self.redirects:
            shutil.rmtree(redirect.staging, ignore_errors=True)
