"""Fixtures shared by the unit and QGIS suites (no qgis import: unit tests run without it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# `make test BUILD=...` stages elsewhere and says where through AULA_BUILD_DIR
BUILD = Path(os.environ.get("AULA_BUILD_DIR") or REPO / "build")
STAGED_PLUGIN = BUILD / "aula_plugin"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def staged_plugin() -> Path:
    if not (STAGED_PLUGIN / "metadata.txt").is_file():
        pytest.fail("build/aula_plugin is not staged: run the tests through `make test`")
    return STAGED_PLUGIN


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
