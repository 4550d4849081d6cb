"""Headless QGIS for the benchmarks: the one start-up every benchmark script uses.

The scripts run as `python benchmarks/<script>.py`, so this folder is on their path.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
#: the staged plugin (`make stage BUILD=...` says where through AULA_BUILD_DIR)
BUILD = Path(os.environ.get("AULA_BUILD_DIR") or REPO / "build")
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"  # QGIS's own `processing` package


def start_qgis(*, with_provider: bool = True) -> tuple[Any, Any]:
    """Start QGIS and its Processing framework, put the staged plugin on the path and, with
    `with_provider`, register the AULA provider as qgis_process does (classFactory(None)).

    Returns (app, plugin): keep `app` referenced while QGIS runs; plugin is None without provider.
    """
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(QGIS_PLUGINS)
    from processing.core.Processing import Processing

    Processing.initialize()
    sys.path.insert(0, str(BUILD))
    if not with_provider:
        return app, None
    from aula_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    return app, plugin
