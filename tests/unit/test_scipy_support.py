"""scipy is optional at run time: imported only by the algorithms that need it, with one message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

CORE_MODULES = (
    "aula_plugin.core.degurba",
    "aula_plugin.core.centralities.cluster",
    "aula_plugin.core.centralities.adapters",
    "aula_plugin.core.tvb.patches",
    "aula_plugin.core.tvb.closing",
    "aula_plugin.core.tvb.graph",
    "aula_plugin.core.tvb.corridors",
)


def _python(staged_plugin: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=staged_plugin.parent,  # the folder holding aula_plugin
        capture_output=True,
        text=True,
        check=False,
    )


def test_importing_the_core_does_not_import_scipy(staged_plugin: Path) -> None:
    # QGIS loads every algorithm module at start-up: scipy must wait for a run that needs it
    code = f"import sys\nfor m in {CORE_MODULES!r}: __import__(m)\nprint('scipy' in sys.modules)"
    proc = _python(staged_plugin, code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_a_missing_scipy_gives_one_clear_message(staged_plugin: Path) -> None:
    code = """
import sys
sys.modules["scipy"] = None  # as on a QGIS installation without scipy
import numpy as np
from aula_plugin.core import scipy_support
from aula_plugin.core.degurba import size_filtered_components
from aula_plugin.core.errors import AulaError
assert not scipy_support.available()
try:
    size_filtered_components(np.ones((3, 3), bool), np.ones((3, 3)), 4, 1.0, False)
except AulaError as exc:
    print(exc.message(lambda text: text))
"""
    proc = _python(staged_plugin, code)
    assert proc.returncode == 0, proc.stderr
    assert "needs the Python package scipy" in proc.stdout
    assert "python3-scipy" in proc.stdout


def test_scipy_module_returns_the_module() -> None:
    pytest.importorskip("scipy")
    from aula_plugin.core.scipy_support import available, scipy_module

    assert available()
    ndimage = scipy_module("scipy.ndimage")
    labels, count = ndimage.label(np.eye(3, dtype=bool))
    assert count == 3  # three diagonal cells, 4-connectivity by default
