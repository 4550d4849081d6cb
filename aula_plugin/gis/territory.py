"""Open the AULA territory project stored in the user's working GeoPackage."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject

from ..core.workcopy import WorkingCopy, ensure_working_copy
from ..toolbelt.paths import TEMPLATE_GPKG

PROJECT_NAME = "aula"


def project_uri(gpkg: Path, name: str = PROJECT_NAME) -> str:
    return f"geopackage:{Path(gpkg).absolute()}?projectName={name}"


def prepare_working_copy(folder: Path, template: Path = TEMPLATE_GPKG) -> WorkingCopy:
    return ensure_working_copy(template, folder)


def read_territory_project(gpkg: Path, project: QgsProject) -> bool:
    return project.read(project_uri(gpkg))
