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

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: no test dir
from session import OUT, cerema_csv, install_from_zip, package, pip_install_user, run_qgis

#: the data-package checks that must be in the report (issue 14, desktop_package.py)
PACKAGE_CHECKS = (
    "checkpackage:run_succeeds",
    "checkpackage:no_error_on_the_working_copy",
    "updatelayer:run_succeeds",
    "updatelayer:dry_run_log_french_summary",
    "updatelayer:dry_run_writes_nothing",
    "updatelayer_apply:run_succeeds",
    "updatelayer_apply:project_layer_shows_the_new_zone",
    "checkoutpackage:run_succeeds",
    "mergepackage:edits_made",
    "mergepackage:run_succeeds",
    "mergepackage:dry_run_one_conflict",
    "mergepackage:dry_run_log_french",
    "mergepackage:output:OUTPUT:in_project",
    "publishpostgis:dialog_opens",
    "publishpostgis:title_french",
    "publishpostgis:default:SCHEMA",
)


@pytest.fixture(scope="module")
def desktop_session(
    staged_plugin: Path, tool: Callable[[str, str], str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    tool("xvfb-run", "xvfb")
    tool("xauth", "xauth")
    tool("qgis", "qgis")
    work = tmp_path_factory.mktemp("desktop")
    archive = package(staged_plugin, work / "aula_plugin.zip")
    installed = install_from_zip(archive, work / "qgis")
    cerema = cerema_csv(installed / "gpkg" / "aula_territoire.gpkg", work / "conso2009_2024.csv")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in [*OUT.glob("*.png"), *OUT.glob("*.json"), *OUT.glob("*.log")]:
        old.unlink()
    (work / "home").mkdir()
    # the technician followed the merge's advice (python3 -m pip install --user pygeodiff)
    pip_install_user("pygeodiff", work / "home")
    done = run_qgis(work / "qgis", cerema, work / "home")
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
    # the data-package tools (desktop_package.py): each dialog run, the merge's conflict seen
    for check in PACKAGE_CHECKS:
        assert check in ids, f"{check} was never checked: {sorted(ids)}"
    failed = [c for c in checks if not c["ok"]]
    summary = f"{len(checks) - len(failed)}/{len(checks)} checks pass"
    assert not failed, (
        summary + "; failing (out/desktop/report.json):\n" + "\n".join(_describe(c) for c in failed)
    )
