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


RELEASED = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", re.M)


def _qgis_reading(path: Path) -> ConfigParser:
    """metadata.txt as QGIS's plugin manager reads it: default interpolation ('%' must be '%%')."""
    parser = ConfigParser()
    parser.read(path, encoding="utf-8")
    return parser


def test_version_is_the_newest_released_heading(repo_root: Path, metadata: dict[str, str]) -> None:
    changelog = (repo_root / "CHANGELOG.md").read_text(encoding="utf-8")
    released = RELEASED.findall(changelog)
    assert released and released[0] == metadata["version"]
    assert changelog.index("## [Unreleased]") < changelog.index(f"## [{released[0]}]")


def test_description_and_about_in_english_and_french(metadata: dict[str, str]) -> None:
    for key in ("description", "about"):
        assert metadata[f"{key}[fr]"] and metadata[f"{key}[fr]"] != metadata[key]
        assert "<" not in metadata[f"{key}[fr]"]
    for what in ("ZAN", "DEGURBA", "trame noire", "CENTRA-1"):
        assert what in metadata["about"] and what in metadata["about[fr]"]
    assert "today, then" not in metadata["about"]  # no longer the first foundation only


def test_staged_changelog_comes_from_changelog_md(
    repo_root: Path, staged_plugin: Path, metadata: dict[str, str]
) -> None:
    """One source: the repository keeps a placeholder, the staged metadata.txt the newest
    releases of CHANGELOG.md, readable by QGIS."""
    assert "generated from CHANGELOG.md" in metadata["changelog"]
    staged = _qgis_reading(staged_plugin / "metadata.txt")["general"]
    assert staged["version"] == metadata["version"]
    changelog = staged["changelog"]  # raises on a bare '%'
    lines = changelog.splitlines()
    source = (repo_root / "CHANGELOG.md").read_text(encoding="utf-8")
    date = re.search(rf"^## \[{re.escape(metadata['version'])}\] - (\S+)$", source, re.M)
    assert date and lines[0] == f"{metadata['version']} ({date.group(1)})"
    newest = source[source.index(f"## [{metadata['version']}]") :]
    first_bullet = newest[newest.index("\n- ") + 3 :].split("\n")[0].replace("`", "")
    assert any(line.startswith(f"- {first_bullet}") for line in lines)
    assert "Unreleased" not in changelog and "`" not in changelog
    assert len(lines) > 10


def test_stage_metadata_script(repo_root: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "stage_metadata", repo_root / "scripts" / "stage_metadata.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    changelog = (
        "# Changelog\n\n## [Unreleased]\n\n### Added\n- not yet\n\n"
        "## [1.1.0] - 2026-01-02\n\n### Added\n- `aula:x` reads 50 %\n  of the\n  [file](u).\n"
        "  - a detail\n\n## [1.0.0] - 2025-01-01\n\n### Fixed\n- old\n\n"
        "## [0.9.0] - 2024-01-01\n\n- older\n"
    )
    text = module.staged_metadata("[general]\nname=x\nchangelog=placeholder\n", changelog, 2)
    parser = ConfigParser()
    parser.read_string(text)
    assert parser["general"]["changelog"].splitlines() == [
        "1.1.0 (2026-01-02)",
        "Added:",
        "- aula:x reads 50 % of the file.",
        "* a detail",
        "1.0.0 (2025-01-01)",
        "Fixed:",
        "- old",
    ]
