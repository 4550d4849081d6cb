"""French and English strings are complete and current with the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def ts_sources(repo_root: Path) -> list[str]:
    files = [*(repo_root / "aula_plugin").rglob("*.py"), *(repo_root / "processing").rglob("*.py")]
    return sorted(str(p) for p in files)


@pytest.fixture(scope="module")
def french(repo_root: Path) -> dict[tuple[str, str], ET.Element]:
    return messages(repo_root / "i18n" / "aula_fr.ts")


def test_every_french_string_is_translated(french: dict[tuple[str, str], ET.Element]) -> None:
    assert len(french) > 20
    untranslated = [
        key
        for key, message in french.items()
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in {"unfinished", "obsolete", "vanished"}
    ]
    assert untranslated == []


def test_placeholders_survive_translation(french: dict[tuple[str, str], ET.Element]) -> None:
    broken = [
        source
        for (_, source), message in french.items()
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(message.findtext("translation") or ""))
    ]
    assert broken == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_ts_files_are_current_with_the_sources(
    repo_root: Path, tmp_path: Path, language: str
) -> None:
    if not shutil.which("pylupdate5"):
        pytest.fail("pylupdate5 is missing: install pyqt5-dev-tools (make setup)")
    fresh = tmp_path / f"aula_{language}.ts"
    subprocess.run(
        ["pylupdate5", "-noobsolete", *ts_sources(repo_root), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed = messages(repo_root / "i18n" / f"aula_{language}.ts")
    assert set(messages(fresh)) == set(committed), "run `make ts` and translate the new strings"
