"""Typed plugin settings over QgsSettings (group "aula")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings

GROUP = "aula"


def default_working_folder() -> Path:
    """Where the user's copy of the territory GeoPackage lives unless they choose another place."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "aula"


@dataclass
class PluginSettings:
    working_folder: Path

    @classmethod
    def load(cls) -> PluginSettings:
        s = QgsSettings()
        folder = s.value(f"{GROUP}/working_folder", "", type=str)
        return cls(working_folder=Path(folder) if folder else default_working_folder())

    def save(self) -> None:
        s = QgsSettings()
        s.setValue(f"{GROUP}/working_folder", str(self.working_folder))
