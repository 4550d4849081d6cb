"""scipy, imported only when an algorithm needs it, with one clear message when it is missing.

QGIS ships scipy on Debian/Ubuntu (python3-scipy), Windows (OSGeo4W) and macOS, but not every
installation has it. Importing it lazily keeps QGIS's start-up fast (scipy.sparse and
scipy.spatial take ~0.15 s) and lets the algorithms that don't need it work without it; the plugin
logs at start-up when it is absent (`available`).
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from .errors import QT_TRANSLATE_NOOP, AulaError

# fmt: off
ERR_NO_SCIPY = QT_TRANSLATE_NOOP("aula",
    "This algorithm needs the Python package scipy, which is missing from this QGIS installation: "
    "install python3-scipy (Debian, Ubuntu) or scipy in the OSGeo4W shell (Windows)")
WARN_NO_SCIPY = QT_TRANSLATE_NOOP("aula",
    "AULA Territoires: the green and blue network, centralities and Degree of Urbanisation "
    "algorithms need the Python package scipy, which is missing from this QGIS installation: "
    "install python3-scipy (Debian, Ubuntu) or scipy in the OSGeo4W shell (Windows)")
# fmt: on


def available() -> bool:
    """Whether scipy can be imported (without importing it)."""
    return importlib.util.find_spec("scipy") is not None


def scipy_module(name: str) -> ModuleType:
    """`scipy_module("scipy.ndimage")`: the module, or AulaError(ERR_NO_SCIPY)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise AulaError(ERR_NO_SCIPY) from None
