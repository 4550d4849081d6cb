"""A QGIS desktop session under Xvfb as a French planner meets it, shared by the desktop
acceptance (tests/desktop/test_desktop_acceptance.py) and the dock benchmark
(benchmarks/bench_fact_sheet_dock.py):
the plugin packaged into its ZIP (scripts/package.py), installed into a fresh French profile the way
« Installer depuis un ZIP » does it, and QGIS started with ``--code desktop_script.py``.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SCRIPT = HERE / "desktop_script.py"
OUT = REPO / "out" / "desktop"
#: the script's own budget, then the margin given to QGIS to start and to leave
BUDGET_S = float(os.environ.get("AULA_DESKTOP_BUDGET", "170"))
TIMEOUT_S = BUDGET_S + 60
SCREEN = "-screen 0 1600x1000x24"
QGIS_INI = """[locale]
userLocale=fr
overrideFlag=true
globalLocale=fr_FR

[PythonPlugins]
aula_plugin=true

[qgis]
checkVersion=false
showTips=false
"""


def package(stage: Path, output: Path) -> Path:
    """The plugin ZIP, made by scripts/package.py (what `make package` runs)."""
    spec = importlib.util.spec_from_file_location("aula_package", REPO / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.package(stage, output)
    return output


def install_from_zip(archive: Path, profiles: Path) -> Path:
    """A fresh French profile with the plugin unzipped into it and enabled."""
    profile = profiles / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(QGIS_INI, encoding="utf-8")
    return plugins / "aula_plugin"


def pip_install_user(module: str, home: Path) -> Path | None:
    """``module`` as ``python3 -m pip install --user`` leaves it for QGIS's Python in ``home``
    (a copy of the test interpreter's, the same Python as QGIS's); None when it has none."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    site = home / ".local" / "lib" / version / "site-packages"
    package = Path(next(iter(spec.submodule_search_locations)))
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(package, site / module, ignore=ignore)
    libs = package.with_name(f"{module}.libs")  # the wheel's own shared libraries
    if libs.is_dir():
        shutil.copytree(libs, site / libs.name)
    return site / module


def cerema_csv(gpkg: Path, output: Path) -> Path:
    """The shipped synthetic Cerema table as the CSV a planner downloads from Cerema."""
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as db:
        cursor = db.execute("SELECT * FROM zan_cerema_synthetique ORDER BY idcom")
        columns = [c[0] for c in cursor.description if c[0] != "fid"]
        keep = [i for i, c in enumerate(cursor.description) if c[0] != "fid"]
        rows = [[row[i] for i in keep] for row in cursor]
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(columns)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
    return output


def run_qgis(
    profiles: Path, cerema: Path, home: Path, out: Path = OUT, **extra: str
) -> subprocess.CompletedProcess[str]:
    """QGIS desktop under Xvfb running desktop_script.py; ``extra``: more environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(
        HOME=str(home),
        AULA_DESKTOP_OUT=str(out),
        AULA_DESKTOP_CSV=str(cerema),
        AULA_DESKTOP_BUDGET=str(BUDGET_S),
        XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR") or str(home / "runtime"),
        **extra,
    )
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, parents=True, exist_ok=True)
    command = [
        "xvfb-run", "-a", "-s", SCREEN,
        "qgis", "--nologo", "--noversioncheck",
        "--profiles-path", str(profiles),
        "--code", str(SCRIPT),
    ]  # fmt: skip
    with subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # xvfb-run, Xvfb and QGIS: one group, killed together
    ) as process:
        try:
            output, _ = process.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            output, _ = process.communicate()
            output += f"\n[test] killed after {TIMEOUT_S:.0f} s\n"
        return subprocess.CompletedProcess(command, process.returncode, output, "")
