"""Plugin identity, read from metadata.txt (the single source of truth)."""

from __future__ import annotations

from configparser import ConfigParser
from pathlib import Path

PLUGIN_DIR = Path(__file__).parent


def _read_metadata() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


_METADATA = _read_metadata()

__title__: str = _METADATA.get("name", "AULA Territoires")
__version__: str = _METADATA.get("version", "0.0.0")
__icon_path__: Path = PLUGIN_DIR / _METADATA.get("icon", "resources/icons/aula.svg")
__homepage__: str = _METADATA.get("homepage", "")
