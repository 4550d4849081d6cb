"""AULA Territoires: QGIS plugin entry point.

QGIS calls ``classFactory(iface)``; ``iface`` is None under ``qgis_process``. The import of the
plugin class is deferred so that loading the package stays cheap and side-effect free.
"""

from __future__ import annotations

from typing import Any


def classFactory(iface: Any) -> Any:
    from .plugin import AulaPlugin

    return AulaPlugin(iface)
