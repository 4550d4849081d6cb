"""The help pages the dialogs show (resources/help/{fr,en}/<algorithm>.html) are for planners."""

from __future__ import annotations

from pathlib import Path

import pytest

LANGUAGES = ("fr", "en")
#: what belongs to scripts (README, "Scripts et qgis_process"), not to a dialog's help
SCRIPT_SYNTAX = ("qgis_process", "processing.run", "processing.runAndLoadResults")


def algorithm_names(repo_root: Path) -> list[str]:
    folder = repo_root / "processing" / "algorithms"
    return sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")


def test_one_page_per_algorithm_and_language(repo_root: Path) -> None:
    names = algorithm_names(repo_root)
    assert len(names) == 28
    pages = {
        (language, page.stem)
        for language in LANGUAGES
        for page in (repo_root / "resources" / "help" / language).glob("*.html")
    }
    assert pages == {(language, name) for language in LANGUAGES for name in names}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_script_syntax_in_dialog_help(repo_root: Path, language: str) -> None:
    offenders = [
        f"{page.name}: {word}"
        for page in sorted((repo_root / "resources" / "help" / language).glob("*.html"))
        for word in SCRIPT_SYNTAX
        if word in page.read_text(encoding="utf-8")
    ]
    assert offenders == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_say_their_encoding_to_the_browser(repo_root: Path, language: str) -> None:
    """The Help button opens the page itself in a browser: it must read as UTF-8 there."""
    pages = sorted((repo_root / "resources" / "help" / language).glob("*.html"))
    wrong = [
        p.name
        for p in pages
        if not p.read_text(encoding="utf-8").startswith('<meta charset="utf-8">\n')
    ]
    assert pages and wrong == []


def test_script_syntax_moved_to_the_readme(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    assert "### Scripts et qgis_process" in readme
    assert "RATES=taux_chomage,chomeurs,actifs,100" in readme
