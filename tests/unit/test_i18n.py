"""French and English strings are complete and current with the sources."""

from __future__ import annotations

import ast
import re
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
    repo_root: Path, tmp_path: Path, language: str, tool
) -> None:
    pylupdate5 = tool("pylupdate5", "pyqt5-dev-tools")
    fresh = tmp_path / f"aula_{language}.ts"
    subprocess.run(
        [pylupdate5, "-noobsolete", *ts_sources(repo_root), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed = messages(repo_root / "i18n" / f"aula_{language}.ts")
    assert set(messages(fresh)) == set(committed), "run `make ts` and translate the new strings"


def _literal_strings(call: ast.Call, count: int) -> list[str] | None:
    args = call.args[:count]
    if len(args) == count and all(
        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
    ):
        return [a.value for a in args]
    return None


def _translatable_calls(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of every translation call with literal text."""
    found: list[tuple[str, str, int]] = []

    def visit(node: ast.AST, class_name: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in {"translate", "QT_TRANSLATE_NOOP"} and (
                    pair := _literal_strings(child, 2)
                ):
                    found.append((pair[0], pair[1], child.lineno))
                elif name == "tr" and class_name and (text := _literal_strings(child, 1)):
                    found.append((class_name, text[0], child.lineno))
            visit(child, class_name)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_translation_call_is_extracted(
    repo_root: Path, french: dict[tuple[str, str], ET.Element]
) -> None:
    """pylupdate5 silently skips some call shapes (a trailing comma after the text, wrappers such
    as `_tr(...)`): every string the code translates must be in the .ts file."""
    missing = [
        f"{Path(path).name}:{line} [{context}] {text!r}"
        for path in ts_sources(repo_root)
        for context, text, line in _translatable_calls(Path(path))
        if (context, text) not in french
    ]
    assert missing == []


#: about what the Processing toolbox shows of a title in a dock of ordinary width
TITLE_MAX = 35


def display_names(repo_root: Path) -> dict[str, str]:
    """class name -> the English source of its displayName (a literal ``self.tr(...)``)."""
    found = {}
    for path in sorted((repo_root / "processing" / "algorithms").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "displayName":
                    calls = [c for c in ast.walk(item) if isinstance(c, ast.Call)]
                    texts = [t for c in calls if (t := _literal_strings(c, 1))]
                    assert len(texts) == 1, f"{path.name}: displayName must be one self.tr(...)"
                    found[node.name] = texts[0][0]
    return found


def test_french_titles_are_short(
    repo_root: Path, french: dict[tuple[str, str], ET.Element]
) -> None:
    names = display_names(repo_root)
    assert len(names) == 28
    titles = {
        cls: french[(cls, source)].findtext("translation") or "" for cls, source in names.items()
    }
    too_long = {cls: title for cls, title in titles.items() if len(title) > TITLE_MAX}
    assert too_long == {}
    assert all(titles.values())
