"""Guards on the repository layout: nothing may shadow QGIS's own `processing` module."""

from __future__ import annotations

import ast
from pathlib import Path


def test_no_root_conftest_nor_tests_package(repo_root: Path) -> None:
    assert not (repo_root / "conftest.py").exists()
    assert not (repo_root / "tests" / "__init__.py").exists()


def test_repository_root_is_not_on_the_test_path(repo_root: Path) -> None:
    import sys

    assert str(repo_root) not in [str(Path(p).resolve()) for p in sys.path if p]


def test_no_bare_processing_import_in_our_code(repo_root: Path) -> None:
    offenders = []
    for folder in ("aula_plugin", "processing"):
        for path in (repo_root / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                if any(n == "processing" or n.startswith("processing.") for n in names):
                    offenders.append(f"{path.relative_to(repo_root)}:{node.lineno}")
    assert offenders == []


def test_core_imports_no_qgis(repo_root: Path) -> None:
    offenders = []
    for path in (repo_root / "aula_plugin" / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                modules = [node.module or ""]
            else:
                continue
            if any(m.split(".")[0] in {"qgis", "PyQt5", "osgeo"} for m in modules):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_staged_plugin_is_one_loadable_folder(staged_plugin: Path) -> None:
    for name in (
        "metadata.txt",
        "__init__.py",
        "LICENSE",
        "processing/provider.py",
        "resources/icons/aula.svg",
        "gpkg/aula_territoire.gpkg",
    ):
        assert (staged_plugin / name).is_file(), name
    assert sorted(p.name for p in (staged_plugin / "i18n").glob("*.qm")) == [
        "aula_en.qm",
        "aula_fr.qm",
    ]
    assert not (staged_plugin / "tests").exists()


def test_package_zip_installs_as_one_folder(
    repo_root: Path, staged_plugin: Path, tmp_path: Path
) -> None:
    import importlib.util
    import zipfile

    spec = importlib.util.spec_from_file_location("package", repo_root / "scripts" / "package.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = tmp_path / "aula_plugin-test.zip"
    module.package(staged_plugin, target)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
    assert {n.split("/")[0] for n in names} == {"aula_plugin"}
    for required in (
        "aula_plugin/metadata.txt",
        "aula_plugin/__init__.py",
        "aula_plugin/i18n/aula_fr.qm",
        "aula_plugin/gpkg/aula_territoire.gpkg",
    ):
        assert required in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
