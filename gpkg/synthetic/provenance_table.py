"""The builders' door to the maintenance library: their ``aula_provenance`` rows are written by its
one upsert (``aula_plugin/maintenance/provenance.py``), as every other writer's are.

``make gpkg`` (build_gpkg.py) and each synthetic builder call :func:`upsert_provenance` inside
their own transaction, with their OGR DataSource or an sqlite3 connection.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PLUGIN = Path(__file__).resolve().parents[2] / "aula_plugin"


def plugin_module(name: str) -> ModuleType:
    """A module of aula_plugin, the package registered from its folder (no repository root on
    sys.path, where the top-level processing/ folder would shadow QGIS's own processing)."""
    if "aula_plugin" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "aula_plugin", PLUGIN / "__init__.py", submodule_search_locations=[str(PLUGIN)]
        )
        assert spec is not None and spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules["aula_plugin"] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"aula_plugin.{name}")


provenance = plugin_module("maintenance.provenance")
migrations = plugin_module("maintenance.migrations")
upsert_provenance = provenance.upsert_provenance
