"""The plugin's code must run on Python 3.9, the Python QGIS 3.22-3.28 ship on Windows.

`vermin` (a static minimum-version checker, pinned in requirements-dev.txt) reads every module of
`aula_plugin/` and `processing/`: `zip(strict=)`, `itertools.pairwise`, `datetime.UTC`, `match`
statements and other post-3.9 features fail here. Annotations are not evaluated (every module has
`from __future__ import annotations`, so `X | None` there is legal); run-time unions such as
`isinstance(value, int | float)`, which vermin does not see, are caught by test_layout.py.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN_FOLDERS = ("aula_plugin", "processing")
# --violations: list only what breaks the target; --no-parse-comments: no `# novermin` escapes.
VERMIN_ARGS = ("-t=3.9-", "--no-tips", "--violations", "--no-parse-comments")
RUN_VERMIN = "import sys\nfrom vermin import main\nsys.exit(main())"


def vermin(*paths: Path) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec("vermin") is None:
        pytest.fail("vermin is not installed: run `make setup-venv` (requirements-dev.txt)")
    return subprocess.run(
        [sys.executable, "-c", RUN_VERMIN, *VERMIN_ARGS, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_plugin_code_runs_on_python_39(repo_root: Path) -> None:
    proc = vermin(*(repo_root / folder for folder in PLUGIN_FOLDERS))
    assert proc.returncode == 0, f"code that needs Python > 3.9:\n{proc.stdout}{proc.stderr}"


@pytest.mark.parametrize(
    "source",
    [
        "def f(a, b):\n    return list(zip(a, b, strict=True))\n",
        "import itertools\n\n\ndef f(a):\n    return list(itertools.pairwise(a))\n",
        "import datetime as dt\n\nNOW = dt.datetime.now(dt.UTC)\n",
        "def f(x):\n    match x:\n        case 1:\n            return 2\n",
    ],
)
def test_the_checker_catches_newer_python(tmp_path: Path, source: str) -> None:
    path = tmp_path / "newer.py"
    path.write_text("from __future__ import annotations\n\n" + source, encoding="utf-8")
    assert vermin(path).returncode != 0


def test_the_checker_accepts_postponed_annotations(tmp_path: Path) -> None:
    path = tmp_path / "annotations.py"
    path.write_text(
        "from __future__ import annotations\n\n\n"
        "def f(x: int | None = None) -> list[int] | None:\n"
        "    y: dict[str, int | float] = {}\n"
        "    return None\n",
        encoding="utf-8",
    )
    proc = vermin(path)
    assert proc.returncode == 0, proc.stdout
