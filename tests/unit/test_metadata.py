"""metadata.txt is the single source of truth and holds what QGIS and the plugin repository need."""

from __future__ import annotations

import re
from configparser import ConfigParser
from pathlib import Path

import pytest

REQUIRED = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
    "homepage",
    "license",
    "icon",
    "tags",
    "category",
)


@pytest.fixture(scope="module")
def metadata(repo_root: Path) -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # keep camelCase keys as QGIS reads them
    parser.read(repo_root / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


def test_required_keys(metadata: dict[str, str]) -> None:
    missing = [k for k in REQUIRED if not metadata.get(k)]
    assert missing == []
    assert metadata["name"] == "AULA Territoires"
    assert metadata["hasProcessingProvider"] == "yes"
    assert "<" not in metadata["description"] + metadata["about"]  # no HTML


def test_versions(metadata: dict[str, str]) -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"])
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert _version(metadata["qgisMinimumVersion"]) <= _version(metadata["qgisMaximumVersion"])


def test_licence_and_icon(metadata: dict[str, str], repo_root: Path) -> None:
    assert metadata["license"] == "GPL-2.0-or-later"
    assert "GNU GENERAL PUBLIC LICENSE" in (repo_root / "LICENSE").read_text()
    assert (repo_root / metadata["icon"]).is_file()


def test_about_module_reads_the_staged_metadata(
    staged_plugin: Path, metadata: dict[str, str]
) -> None:
    from aula_plugin import __about__

    assert __about__.__version__ == metadata["version"]
    assert __about__.__title__ == metadata["name"]
    assert __about__.__icon_path__.is_file()


def test_version_is_not_repeated_in_code(repo_root: Path, metadata: dict[str, str]) -> None:
    version = metadata["version"]
    offenders = [
        str(p.relative_to(repo_root))
        for folder in ("aula_plugin", "processing")
        for p in (repo_root / folder).rglob("*.py")
        if f'"{version}"' in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_changelog_mentions_the_version(repo_root: Path, metadata: dict[str, str]) -> None:
    assert f"[{metadata['version']}]" in (repo_root / "CHANGELOG.md").read_text(encoding="utf-8")
