"""Acceptance of issue 11 in the real QGIS desktop, under Xvfb, as a French planner meets it.

A fresh profile with the French locale; the plugin installed from its ZIP (scripts/package.py, the
code behind `make package`) the way « Installer depuis un ZIP » does it (unzipped into the
profile's python/plugins, enabled in its settings); QGIS started with ``--code desktop_script.py``,
which opens the territory project from the plugin's menu, runs the ZAN chain (import → trajectory),
the centralities and the aggregation from their dialogs and writes a JSON report of every check
with screenshots into out/desktop/ (see desktop_script.py for what is checked).

The only input a planner brings is the Cerema file: here the shipped synthetic Cerema table
(``zan_cerema_synthetique``) written as the CSV Cerema publishes (``;``-separated).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SCRIPT = HERE / "desktop_script.py"
OUT = REPO / "out" / "desktop"
#: the script's own budget, then the margin the test gives QGIS to start and to leave
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


def _package(stage: Path, output: Path) -> Path:
    """The plugin ZIP, made by scripts/package.py (what `make package` runs)."""
    spec = importlib.util.spec_from_file_location("aula_package", REPO / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.package(stage, output)
    return output


def _install_from_zip(archive: Path, profiles: Path) -> Path:
    """A fresh French profile with the plugin unzipped into it and enabled."""
    profile = profiles / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(QGIS_INI, encoding="utf-8")
    return plugins / "aula_plugin"


def _cerema_csv(gpkg: Path, output: Path) -> Path:
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


def _run_qgis(profiles: Path, cerema: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(
        HOME=str(home),
        AULA_DESKTOP_OUT=str(OUT),
        AULA_DESKTOP_CSV=str(cerema),
        AULA_DESKTOP_BUDGET=str(BUDGET_S),
        XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR") or str(home / "runtime"),
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


@pytest.fixture(scope="module")
def desktop_session(
    staged_plugin: Path, tool: Callable[[str, str], str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    tool("xvfb-run", "xvfb")
    tool("xauth", "xauth")
    tool("qgis", "qgis")
    work = tmp_path_factory.mktemp("desktop")
    archive = _package(staged_plugin, work / "aula_plugin.zip")
    installed = _install_from_zip(archive, work / "qgis")
    cerema = _cerema_csv(installed / "gpkg" / "aula_territoire.gpkg", work / "conso2009_2024.csv")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in [*OUT.glob("*.png"), *OUT.glob("*.json"), *OUT.glob("*.log")]:
        old.unlink()
    (work / "home").mkdir()
    done = _run_qgis(work / "qgis", cerema, work / "home")
    (OUT / "qgis.log").write_text(done.stdout, encoding="utf-8")
    report_path = OUT / "report.json"
    report = json.loads(report_path.read_text("utf-8")) if report_path.is_file() else None
    return {"returncode": done.returncode, "log": done.stdout, "report": report}


def _describe(check: dict[str, Any]) -> str:
    detail = check["detail"]
    text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
    return f"- {check['id']}: {text[:600]}"


def test_the_desktop_session_runs_to_its_end(desktop_session: dict[str, Any]) -> None:
    report = desktop_session["report"]
    tail = desktop_session["log"][-3000:]
    assert report is not None, f"QGIS wrote no report (see out/desktop/qgis.log):\n{tail}"
    assert report["finished"], f"the session stopped early: {report['checks'][-1:]}\n{tail}"
    assert desktop_session["returncode"] == 0, f"QGIS exit code {desktop_session['returncode']}"
    assert report["screenshots"], "no screenshot taken"


def test_a_planner_gets_styled_french_results_from_the_dialogs(
    desktop_session: dict[str, Any],
) -> None:
    report = desktop_session["report"]
    assert report is not None, "QGIS wrote no report (see out/desktop/qgis.log)"
    checks = report["checks"]
    ids = {c["id"] for c in checks}
    # the session reached every step: a missing step is a failure, not a pass
    for step in ("zanimportconsumption", "zantrajectory", "centralities", "aggregateindicators"):
        assert f"{step}:run_succeeds" in ids, f"{step} was never run: {sorted(ids)}"
    failed = [c for c in checks if not c["ok"]]
    summary = f"{len(checks) - len(failed)}/{len(checks)} checks pass"
    assert not failed, (
        summary + "; failing (out/desktop/report.json):\n" + "\n".join(_describe(c) for c in failed)
    )
