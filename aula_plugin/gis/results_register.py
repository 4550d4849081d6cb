"""Record in the working copy's results register what a run wrote into the working copy.

Called once per successful run by the algorithms' base class (``processing/base.py``), after the
outputs are in place: each output whose result names a table of the user's working copy
(``gis/territory.py`` ``working_copy_path``), and each table the algorithm says it wrote there
(``tables_to_open``, e.g. the tables of aula:zanimportconsumption), gets one row in
``aula_resultats`` (``core/results_register.py``). A register that cannot be written (a locked or
read-only file) gives a warning in the log and the run's messages, never a failed run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsDataSourceUri,
    QgsMapLayer,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
)

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.results_register import Result, kind_of, record
from ..toolbelt.i18n import tr
from .stored_tables import split_gpkg_uri
from .territory import working_copy_path

# fmt: off
NOT_RECORDED = QT_TRANSLATE_NOOP("aula",
    "The results register of the working copy was not updated: {reason}")
# fmt: on


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def gpkg_and_table(value: Any) -> tuple[Path, str] | None:
    """(GeoPackage, table) a result value names: ``x.gpkg|layername=t`` or
    ``ogr:dbname='x.gpkg' table="t" (geom)``; None for anything else."""
    if not isinstance(value, str):
        return None
    if value.startswith("ogr:"):
        uri = QgsDataSourceUri(value[len("ogr:") :])
        if uri.database().lower().endswith(".gpkg") and uri.table():
            return Path(uri.database()), uri.table()
        return None
    found = split_gpkg_uri(value)
    return found if found is not None and found[1] else None


def _plain(value: Any) -> Any:
    """A parameter value as JSON can hold it (layers by their source, outputs by their path)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, QgsMapLayer):
        return value.source()
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return _plain(value.sink)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return _plain(value.source)
    if isinstance(value, QgsProperty):
        return _plain(value.staticValue())
    return str(value)


def _source(value: Any, context: QgsProcessingContext | None) -> Any:
    """A result naming a layer of the context's stores (an output written through a provider,
    such as ``ogr:dbname=...``, is returned as a layer id) -> that layer's source."""
    if context is None or not isinstance(value, str) or gpkg_and_table(value) is not None:
        return value
    layer = QgsProcessingUtils.mapLayerFromString(value, context, False)
    return layer.source() if layer is not None else value


def results_in_working_copy(
    algorithm: QgsProcessingAlgorithm,
    parameters: dict[str, Any],
    results: dict[str, Any],
    tables: Iterable[tuple[str, str]],
    working_copy: Path,
    context: QgsProcessingContext | None = None,
) -> list[Result]:
    """The rows to record: outputs and extra tables written into ``working_copy``."""
    params = {name: _plain(value) for name, value in parameters.items()}
    rows: list[Result] = []
    seen: set[str] = set()
    for name, value in results.items():
        found = gpkg_and_table(_source(value, context))
        if found is None or not _same_file(found[0], working_copy) or found[1] in seen:
            continue
        definition = algorithm.outputDefinition(name)
        label = definition.description() if definition is not None else name
        seen.add(found[1])
        rows.append(Result(algorithm.id(), kind_of(algorithm.id(), name), found[1], label,
                           parameters=params))  # fmt: skip
    for gpkg, table in tables:
        if table in seen or not _same_file(Path(gpkg), working_copy):
            continue
        seen.add(table)
        rows.append(Result(algorithm.id(), kind_of(algorithm.id(), table), table, table,
                           parameters=params))  # fmt: skip
    return rows


def record_run(
    algorithm: QgsProcessingAlgorithm,
    parameters: dict[str, Any],
    results: dict[str, Any],
    tables: Iterable[tuple[str, str]],
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback | None,
) -> list[Result]:
    """Record the run's results written into the working copy; a failure is only a warning."""
    try:
        working_copy = working_copy_path()
        rows = results_in_working_copy(
            algorithm, parameters, results, tables, working_copy, context
        )
        return record(working_copy, rows) if rows else []
    except (AulaError, sqlite3.Error, OSError) as exc:
        reason = exc.message(tr) if isinstance(exc, AulaError) else str(exc)
        message = tr(NOT_RECORDED).format(reason=reason)
        QgsMessageLog.logMessage(message, "AULA", Qgis.Warning)
        if feedback is not None:
            feedback.pushWarning(message)
        return []
