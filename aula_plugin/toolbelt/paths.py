"""Locations inside the staged plugin folder (the one QGIS loads)."""

from __future__ import annotations

from pathlib import Path

# No .resolve(): a symlinked staging must keep resolving inside the staged folder.
PLUGIN_DIR = Path(__file__).parents[1]
RESOURCES_DIR = PLUGIN_DIR / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
HELP_DIR = RESOURCES_DIR / "help"
STYLES_DIR = RESOURCES_DIR / "styles"
I18N_DIR = PLUGIN_DIR / "i18n"
GPKG_DIR = PLUGIN_DIR / "gpkg"
TEMPLATE_GPKG = GPKG_DIR / "aula_territoire.gpkg"


def icon_path(name: str = "aula.svg") -> str:
    return str(ICONS_DIR / name)
