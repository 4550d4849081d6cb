"""The JSON sidecar of aula:centralities: parameters, mapping tables and input checksums of a run.

A run can be replayed and audited from it: the rule set, the parameters (and their hash), the
versions of the mapping tables, the data vintages, a checksum of every input and what the input
adapters kept or dropped. Its default place is beside the OUTPUT file (same name, .json); a memory
or database output has no such place, so no sidecar is written then. The file is written to a
temporary file first, then moved, so that a reader never sees half a document.

Pure Python (no qgis): the QGIS version and the layer checksums come from gis.centralities_inputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable
from typing import Any

from ..compat import UTC
from .adapters import AdapterReport
from .rules import RULESET_VERSION, CentraParams

ALGORITHM_ID = "aula:centralities"
#: the robustness re-runs (§3.4 step 10), as the sidecar states them
ROBUSTNESS_RUNS = "eps × {0.75, 1, 1.25}; n_min + {-2, 0, 2}; IoU ≥ 0.7; stable if ≥ 7/9"


def default_path(destination: str) -> str | None:
    """Beside the output file (same name, .json); None for memory, database or extension-less
    outputs and for outputs whose folder does not exist."""
    base = str(destination).split("|")[0]
    match = re.match(r"^ogr:dbname='([^']+)'", base)
    if match:
        base = match.group(1)
    if base.startswith("memory:") or not base or not os.path.splitext(base)[1]:
        return None
    if not os.path.isdir(os.path.dirname(base) or "."):
        return None
    return os.path.splitext(base)[0] + ".json"


def file_sha256(path: str) -> str | None:
    """sha256 of a file (a data source such as ``a.gpkg|layername=x`` reads ``a.gpkg``)."""
    path = str(path).split("|")[0]
    if not os.path.isfile(path):
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def features_sha256(feature_digests: Iterable[str]) -> str:
    """One sha256 for a layer from the digests of its features, whatever their order."""
    return hashlib.sha256("\n".join(sorted(feature_digests)).encode()).hexdigest()


def input_report(report: AdapterReport) -> dict[str, Any]:
    """What the input adapters read, kept and dropped."""
    return {
        "read": report.read,
        "kept": report.kept,
        "no_coordinates": report.no_coordinates,
        "duplicates": report.duplicates,
        "dropped_quality": report.dropped_quality,
        "excluded": report.excluded,
        "unknown_codes": report.unknown_codes,
    }


def sidecar_document(
    *,
    params: CentraParams,
    options: dict[str, Any],
    mappings: dict[str, Any],
    vintages: str,
    checksums: dict[str, Any],
    report: AdapterReport,
    results: dict[str, Any],
    plugin_version: str,
    qgis_version: str,
    run_date: dt.datetime | None = None,
) -> dict[str, Any]:
    """The sidecar's content. ``options`` are the reading options (input format, fields,
    robustness), ``results`` the counts and perimeter ids of the run."""
    when = run_date or dt.datetime.now(UTC)
    return {
        "algorithm": ALGORITHM_ID,
        "ruleset": RULESET_VERSION,
        "params_hash": params.params_hash(),
        "parameters": {
            **params.to_dict(),
            **options,
            "robustness_runs": ROBUSTNESS_RUNS,
            "crs": "EPSG:2154",
        },
        "mapping_tables": mappings,
        "data_vintages": vintages,
        "inputs": checksums,
        "input_report": input_report(report),
        "results": results,
        "plugin_version": plugin_version,
        "qgis_version": qgis_version,
        "run_date": when.isoformat(timespec="seconds"),
    }


def write_json(path: str, doc: dict[str, Any]) -> str:
    """Write ``doc`` to ``path`` through a temporary file in the same folder; return the path."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".centralities-", suffix=".json", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(doc, handle, ensure_ascii=False, indent=2, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return path
