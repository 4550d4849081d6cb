"""Fixtures shared by the unit and QGIS suites (no qgis import: unit tests run without it)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# `make test BUILD=...` stages elsewhere and says where through AULA_BUILD_DIR
BUILD = Path(os.environ.get("AULA_BUILD_DIR") or REPO / "build")
STAGED_PLUGIN = BUILD / "aula_plugin"
SHARED_DATA = REPO.parent / "shared" / "data"
# `make test` sets AULA_NO_SKIP=1: there every tool is installed, so a skip is a failure.
NO_SKIP = os.environ.get("AULA_NO_SKIP") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    outcome = yield
    report = outcome.get_result()
    if NO_SKIP and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped under AULA_NO_SKIP=1 (make test): {report.longrepr}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):
    outcome = yield
    report = outcome.get_result()
    if NO_SKIP and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"module skipped under AULA_NO_SKIP=1 (make test): {report.longrepr}"


@pytest.fixture(scope="session")
def tool() -> Callable[[str, str], str]:
    """`tool("lrelease", "qttools5-dev-tools")`: the path of a Debian tool, or skip the test with
    the package to install (`make lint` and `make test-unit` need no Debian package)."""

    def find(name: str, package: str) -> str:
        path = shutil.which(name)
        if path is None:
            pytest.skip(f"{name} is missing: apt-get install {package} (make setup)")
        return path

    return find


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def staged_plugin() -> Path:
    if not (STAGED_PLUGIN / "metadata.txt").is_file():
        pytest.fail("build/aula_plugin is not staged: run the tests through `make test`")
    return STAGED_PLUGIN


@pytest.fixture(scope="session")
def translations(staged_plugin: Path) -> Path:
    """The staged i18n folder with its compiled .qm files (`make stage` compiles them with
    lrelease, a Debian tool: without it the staged plugin has none and the test is skipped)."""
    folder = staged_plugin / "i18n"
    if not list(folder.glob("*.qm")):
        pytest.skip(
            "the staged plugin has no .qm: lrelease is missing (apt-get install "
            "qttools5-dev-tools, make setup)"
        )
    return folder


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(
            f"reference data folder {SHARED_DATA} is absent (expected beside the repository)"
        )
    return SHARED_DATA


@pytest.fixture(scope="session")
def territory_gpkg(staged_plugin: Path) -> Path:
    """The GeoPackage template as shipped in the staged plugin (read-only use only)."""
    path = staged_plugin / "gpkg" / "aula_territoire.gpkg"
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `make gpkg` then `make stage`")
    return path
