"""Zip the staged plugin folder so that QGIS's "Install from ZIP" accepts it.

One top-level folder (the plugin package), no bytecode, caches or tests.
"""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

EXCLUDED_DIRS = {"__pycache__", "tests", ".pytest_cache"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo"}


def package(stage: Path, output: Path) -> list[str]:
    if not (stage / "metadata.txt").is_file() or not (stage / "__init__.py").is_file():
        raise SystemExit(f"{stage} is not a staged plugin (metadata.txt and __init__.py needed)")
    output.parent.mkdir(parents=True, exist_ok=True)
    names = []
    tmp = output.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(stage.rglob("*")):
            rel = path.relative_to(stage.parent)
            if path.is_dir() or EXCLUDED_DIRS & set(rel.parts) or path.suffix in EXCLUDED_SUFFIXES:
                continue
            archive.write(path, rel.as_posix())
            names.append(rel.as_posix())
    tmp.replace(output)
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stage", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    names = package(args.stage, args.output)
    print(f"{args.output}: {len(names)} files")


if __name__ == "__main__":
    main()
