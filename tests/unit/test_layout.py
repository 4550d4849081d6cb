"""Guards on the repository layout: nothing may shadow QGIS's own `processing` module."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest


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


# --- Architecture: who may import whom ---------------------------------------------------------
# Staged, aula_plugin/ is the package root and processing/ becomes aula_plugin/processing.
QT_AND_GIS_BINDINGS = {"qgis", "PyQt5", "PyQt6", "PyQt", "sip", "osgeo"}
ALGORITHMS = "aula_plugin.processing.algorithms"
MAX_ALGORITHM_LINES = 400


def _dotted_package(repo_root: Path, path: Path) -> list[str]:
    """The staged package of a source file: processing/algorithms/x.py -> aula_plugin.processing.
    algorithms."""
    parts = list(path.relative_to(repo_root).parent.parts)
    return parts if parts[0] == "aula_plugin" else ["aula_plugin", *parts]


def imported_modules(repo_root: Path, path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import of a module, relative ones resolved;
    `from . import x` counts as importing the module `<package>.x`."""
    package = _dotted_package(repo_root, path)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{a.name}") for a in node.names]
    return found


def _import_offenders(repo_root: Path, folder: str, forbidden: Callable[[Path, str], bool]):
    """`file:line imports module`, once per import statement (its shortest forbidden module)."""
    offenders: dict[str, str] = {}
    for path in sorted((repo_root / folder).rglob("*.py")):
        for line, module in imported_modules(repo_root, path):
            place = f"{path.relative_to(repo_root)}:{line}"
            if forbidden(path, module) and len(module) < len(offenders.get(place, module + ".")):
                offenders[place] = module
    return [f"{place} imports {module}" for place, module in offenders.items()]


def _is_under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_core_imports_no_qt_nor_gis_bindings(repo_root: Path) -> None:
    offenders = _import_offenders(
        repo_root,
        "aula_plugin/core",
        lambda _path, module: module.split(".")[0] in QT_AND_GIS_BINDINGS
        or _is_under(module, "aula_plugin.gis")
        or _is_under(module, "aula_plugin.gui")
        or _is_under(module, "aula_plugin.processing"),
    )
    assert offenders == [], "core must stay pure Python/numpy: " + "; ".join(offenders)


def test_processing_imports_no_gui(repo_root: Path) -> None:
    offenders = _import_offenders(
        repo_root, "processing", lambda _path, module: _is_under(module, "aula_plugin.gui")
    )
    assert offenders == [], "processing must run without the desktop GUI: " + "; ".join(offenders)


def test_gis_imports_no_gui(repo_root: Path) -> None:
    offenders = _import_offenders(
        repo_root, "aula_plugin/gis", lambda _path, module: _is_under(module, "aula_plugin.gui")
    )
    assert offenders == [], "gis must not depend on the GUI: " + "; ".join(offenders)


def test_no_algorithm_module_imports_another(repo_root: Path) -> None:
    def another_algorithm(path: Path, module: str) -> bool:
        if path.name == "__init__.py" or not _is_under(module, ALGORITHMS):
            return False
        name = module[len(ALGORITHMS) + 1 :].split(".")[0]
        return bool(name) and name != path.stem

    offenders = _import_offenders(repo_root, "processing/algorithms", another_algorithm)
    assert offenders == [], (
        "algorithm modules share code through aula_plugin/gis, aula_plugin/core or "
        "processing/*_parameters.py, not through each other: " + "; ".join(offenders)
    )


def test_algorithm_modules_stay_short(repo_root: Path) -> None:
    lengths = {
        path.name: len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted((repo_root / "processing" / "algorithms").glob("*.py"))
    }
    offenders = [f"{name} ({n} lines)" for name, n in lengths.items() if n > MAX_ALGORITHM_LINES]
    assert offenders == [], (
        f"algorithm modules over {MAX_ALGORITHM_LINES} lines (keep parameters and glue only, "
        "move the rest to aula_plugin/gis or aula_plugin/core): " + ", ".join(offenders)
    )


#: what the technicians' CLI alone may use (QGIS ships none of them), and its modules using them
CLI_ONLY_LIBRARIES = {"fiona", "geopandas", "shapely", "pyproj", "sqlite_utils"}
CLI_ONLY_MODULES = {"source_files", "package_tables"}


def test_cli_only_libraries_stay_in_the_cli(repo_root: Path) -> None:
    """fiona, geopandas and sqlite-utils serve aula-gpkg only: the plugin (and its maintenance
    library, which keeps every rule) never imports them, nor the CLI's modules that use them."""
    for folder in ("aula_plugin", "processing"):
        offenders = _import_offenders(
            repo_root,
            folder,
            lambda _path, module: module.split(".")[0] in CLI_ONLY_LIBRARIES | CLI_ONLY_MODULES,
        )
        assert offenders == [], "the plugin must run on what QGIS ships: " + "; ".join(offenders)
    others = sorted(
        path.name
        for path in (repo_root / "gpkg").rglob("*.py")
        if path.name != "aula_gpkg.py"
        and any(
            m.split(".")[0] in CLI_ONLY_MODULES for _line, m in imported_modules(repo_root, path)
        )
    )
    assert others == [], "only aula_gpkg.py loads source_files and package_tables"


def test_processing_holds_only_the_skeleton(repo_root: Path) -> None:
    folder = repo_root / "processing"

    def allowed(relative: Path) -> bool:
        if relative.parts[0] == "algorithms":
            return True
        name = relative.name
        return len(relative.parts) == 1 and (
            name in {"__init__.py", "base.py", "provider.py"} or name.endswith("_parameters.py")
        )

    offenders = sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*.py")
        if not allowed(p.relative_to(folder))
    )
    assert offenders == [], (
        "processing/ holds base.py, provider.py, *_parameters.py and algorithms/ only "
        "(other code goes to aula_plugin/gis or aula_plugin/core): " + ", ".join(offenders)
    )


def test_staged_plugin_is_one_loadable_folder(staged_plugin: Path, translations: Path) -> None:
    for name in (
        "metadata.txt",
        "__init__.py",
        "LICENSE",
        "processing/provider.py",
        "resources/icons/aula.svg",
        "gpkg/aula_territoire.gpkg",
    ):
        assert (staged_plugin / name).is_file(), name
    assert sorted(p.name for p in translations.glob("*.qm")) == [
        "aula_en.qm",
        "aula_fr.qm",
    ]
    assert not (staged_plugin / "tests").exists()


def test_package_zip_installs_as_one_folder(
    repo_root: Path, staged_plugin: Path, translations: Path, tmp_path: Path
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


# --- Python 3.9: no `X | Y` between types evaluated at run time --------------------------------
# `from __future__ import annotations` keeps `int | None` legal in annotations, but the same union
# in isinstance(), a type alias, a default value or cast() is evaluated and fails on Python 3.9
# (vermin, in test_python39.py, does not see it).

BUILTIN_TYPES = {
    "int", "str", "float", "bool", "bytes", "complex", "list", "tuple", "dict", "set",
    "frozenset", "type", "object", "bytearray",
}  # fmt: skip


def _module_aliases(tree: ast.Module) -> set[str]:
    """Names bound to modules by `import x` / `import x.y as z` (np, dt, ...)."""
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases.update(a.asname or a.name.split(".")[0] for a in node.names)
    return aliases


def _union_operands(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_operands(node.left) + _union_operands(node.right)
    return [node]


def _root_name(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _is_type_like(node: ast.expr) -> bool:
    if isinstance(node, ast.Subscript):
        return _is_type_like(node.value)
    if isinstance(node, ast.Constant):
        return node.value is None
    return isinstance(node, ast.Attribute | ast.Name) and _root_name(node) is not None


def _is_surely_a_type(node: ast.expr, modules: set[str]) -> bool:
    """int, None, list[int], np.integer, dt.date or a CamelCase class name (not a FLAG constant)."""
    if isinstance(node, ast.Subscript | ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return node.id in BUILTIN_TYPES or (node.id[:1].isupper() and not node.id.isupper())
    # np.integer, dt.date; not module constants such as stat.S_IWUSR or re.IGNORECASE
    return (
        isinstance(node, ast.Attribute) and _root_name(node) in modules and not node.attr.isupper()
    )


def _annotation_nodes(tree: ast.Module) -> set[int]:
    """ids of every node inside an annotation (postponed, never evaluated)."""
    roots: list[ast.expr | None] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.arg):
            roots.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            roots.append(node.returns)
    return {id(sub) for root in roots if root is not None for sub in ast.walk(root)}


def runtime_type_unions(path: Path) -> list[int]:
    """Line numbers of `X | Y` unions of types evaluated at run time in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = _module_aliases(tree)
    skipped = _annotation_nodes(tree)
    lines = []
    for node in ast.walk(tree):
        if id(node) in skipped or not isinstance(node, ast.BinOp):
            continue
        if not isinstance(node.op, ast.BitOr):
            continue
        operands = _union_operands(node)
        if all(map(_is_type_like, operands)) and any(
            _is_surely_a_type(o, modules) for o in operands
        ):
            skipped.update(id(sub) for sub in ast.walk(node))  # report a chain once
            lines.append(node.lineno)
    return sorted(lines)


def test_no_runtime_type_union(repo_root: Path) -> None:
    offenders = [
        f"{path.relative_to(repo_root)}:{line}"
        for folder in ("aula_plugin", "processing")
        for path in sorted((repo_root / folder).rglob("*.py"))
        for line in runtime_type_unions(path)
    ]
    assert offenders == [], "X | Y evaluated at run time (Python 3.9 has no such union): " + (
        ", ".join(offenders)
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f(v):\n    return isinstance(v, int | float)\n", [2]),
        (
            "import numpy as np\n\n\ndef f(v):\n"
            "    return isinstance(v, np.integer | np.floating)\n",
            [5],
        ),
        ("Number = int | float | None\n", [1]),
        ("def f(v=str | None):\n    return v\n", [1]),
        ("from typing import cast\n\nX = cast(list[int] | None, [])\n", [3]),
        ("def f(x: int | None = None) -> list[int] | None:\n    y: str | None = None\n", []),
        (
            "import stat\n\n\ndef f(a, b, flags):\n"
            "    return (a | b, flags | Qt.Align, Qt.A | B, A_FLAG | B, stat.S_IRUSR | stat.X)\n",
            [],
        ),
    ],
)
def test_runtime_type_union_guard(tmp_path: Path, source: str, expected: list[int]) -> None:
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert runtime_type_unions(path) == expected
