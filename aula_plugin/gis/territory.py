"""Open the AULA territory project stored in the user's working GeoPackage."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject

from ..core.workcopy import WorkingCopy, ensure_working_copy
from ..core.zan.cerema_store import check_destination
from ..maintenance.stored_project import reading_from
from ..toolbelt.paths import PLUGIN_DIR, TEMPLATE_GPKG
from ..toolbelt.settings import PluginSettings

PROJECT_NAME = "aula"


def project_uri(gpkg: Path, name: str = PROJECT_NAME) -> str:
    return f"geopackage:{Path(gpkg).absolute()}?projectName={name}"


def working_copy_path(folder: Path | None = None) -> Path:
    """Where the user's working copy of the territory GeoPackage is (made when the project is first
    opened): in ``folder``, by default the working folder of the plugin's settings."""
    if folder is None:
        folder = PluginSettings.load().working_folder
    return Path(folder) / TEMPLATE_GPKG.name


def prepare_working_copy(folder: Path, template: Path = TEMPLATE_GPKG) -> WorkingCopy:
    return ensure_working_copy(template, folder)


def writable_gpkg(uri: str) -> Path:
    """The GeoPackage of ``path.gpkg[|options]`` if an algorithm may write to it (AulaError if not).

    Never the shipped template nor any file in the plugin folder: those are replaced on upgrade.
    """
    path = Path(uri.split("|")[0])
    check_destination(path, TEMPLATE_GPKG, PLUGIN_DIR)
    return path


def read_territory_project(gpkg: Path, project: QgsProject) -> bool:
    """Read the project stored in ``gpkg``, its layers those of ``gpkg`` whatever its name or
    folder (a renamed copy or a backup never shows another file's layers)."""
    with reading_from(gpkg):
        return project.read(project_uri(gpkg))
