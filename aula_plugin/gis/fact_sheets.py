"""GIS and file glue of the fact-sheet docks: which indicator base, which layer for which level.

- :func:`load_indicator_base` reads the indicator base of a GeoPackage: its ``ind_*`` tables when
  it holds them, else the territories and populations of the territory package
  (:func:`~aula_plugin.core.indicators.package.read_package_territories`) summed to the parents by
  the aggregation core, so a dock shows something on the shipped project. Bases are cached by
  file (path, size, modification time): several docks share one read, an edit re-reads it.
- :func:`territory_layer_level` says which territory level a layer holds (commune, EPCI...) and
  its code field; :func:`selected_code` reads the code of the selected feature.
- :func:`indicator_gpkg` chooses the GeoPackage: the followed layer's, else the working copy,
  else the shipped template (read only).
- :func:`add_register_figures_of` adds the figures other AULA algorithms wrote into the
  GeoPackage (ZAN, centralities, TVB: the results register) for a territory, once per state of
  the file.
- :func:`write_sheet_csv` writes a sheet's figures in long format.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ..core.indicators.model import (
    AGENCY,
    COMMUNE,
    DEPT,
    EPCI,
    POLE,
    SCOT,
    IndicatorBase,
    TerritoryKey,
    level_rank,
)
from ..core.indicators.package import read_package_territories
from ..core.indicators.package_import import package_parents
from ..core.indicators.store import has_indicator_tables, read_base
from ..core.indicators.view import EXPORT_COLUMNS, SheetView
from ..toolbelt.paths import TEMPLATE_GPKG
from .fact_sheet_export import outlines
from .register_figures import add_register
from .stored_tables import gpkg_path, table_name
from .territory import working_copy_path

#: table of the territory package -> (level, code field)
LEVEL_TABLES = {
    "commune": (COMMUNE, "insee"),
    "epci": (EPCI, "epci_siren"),
    "scot": (SCOT, "scot_id"),
    "pole": (POLE, "pole_id"),
    "territoire": (AGENCY, "territoire_id"),
}
#: a code field -> its level, for layers that are not the package's tables
CODE_FIELDS = {
    "insee": COMMUNE,
    "insee_com": COMMUNE,
    "codgeo": COMMUNE,
    "code_insee": COMMUNE,
    "epci_siren": EPCI,
    "siren_epci": EPCI,
    "scot_id": SCOT,
    "pole_id": POLE,
    "territoire_id": AGENCY,
    "dep": DEPT,
    "code_dep": DEPT,
}

ORIGIN_TABLES = "tables"
ORIGIN_PACKAGE = "package"


@dataclass(frozen=True)
class LoadedBase:
    base: IndicatorBase
    path: Path
    origin: str  # ORIGIN_TABLES (ind_* tables) or ORIGIN_PACKAGE (package populations)
    #: territories whose register figures the base holds (this state of the file)
    register_keys: set = field(default_factory=set, compare=False)


_CACHE: dict[Path, tuple[tuple[int, int], LoadedBase]] = {}


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return (stat.st_size, stat.st_mtime_ns)


def load_indicator_base(path: str | Path) -> LoadedBase:
    """The indicator base of ``path`` (cached until the file changes; AulaError if unreadable)."""
    path = Path(path).absolute()
    stamp = _stamp(path)
    known = _CACHE.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    if has_indicator_tables(path):
        loaded = LoadedBase(read_base(path), path, ORIGIN_TABLES)
    else:
        base = read_package_territories(path)
        package_parents(base)
        loaded = LoadedBase(base, path, ORIGIN_PACKAGE)
    _CACHE[path] = (stamp, loaded)
    return loaded


def add_register_figures_of(loaded: LoadedBase, key: TerritoryKey) -> None:
    """Add to ``loaded.base`` the register figures of ``key`` (ZAN, centralities, TVB results
    found through the GeoPackage's results register; "n.d." naming the algorithm to run when
    missing). Measured once per territory until the file changes (a new result re-reads it)."""
    key = tuple(key)
    if key in loaded.register_keys:
        return
    base = loaded.base
    if key[0] == COMMUNE:
        codes = {key[1]}
    else:
        codes = {code for _level, code in base.members(COMMUNE).get(key, [])}
    communes = QgsVectorLayer(f"{loaded.path}|layername=commune", "commune", "ogr")
    geometries = outlines(communes, codes) if communes.isValid() else {}
    add_register(loaded.path, base, [key], geometries)
    loaded.register_keys.add(key)


def forget_indicator_base(path: str | Path | None = None) -> None:
    """Drop the cached base of ``path`` (every cached base when None)."""
    if path is None:
        _CACHE.clear()
    else:
        _CACHE.pop(Path(path).absolute(), None)


def territory_layer_level(layer: QgsMapLayer | None) -> tuple[str, str] | None:
    """(level, code field) of a layer of territories, None when it holds none."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    table = table_name(layer).lower()
    names = {f.name().lower(): f.name() for f in layer.fields()}
    if table in LEVEL_TABLES:
        level, field = LEVEL_TABLES[table]
        if field in names:
            return level, names[field]
    for field, level in CODE_FIELDS.items():
        if field in names:
            return level, names[field]
    return None


def territory_layers(project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """The project's layers of territories: the package's tables first (communes, EPCI...),
    then other layers with a code field, by level."""
    project = project or QgsProject.instance()
    tables = list(LEVEL_TABLES)
    found = []
    for layer in project.mapLayers().values():
        level = territory_layer_level(layer)
        if level is None:
            continue
        table = table_name(layer).lower()
        rank = tables.index(table) if table in tables else len(tables) + level_rank(level[0])
        found.append((rank, layer.name(), layer))
    return [layer for _rank, _name, layer in sorted(found, key=lambda t: t[:2])]


def selected_code(layer: QgsVectorLayer, field: str) -> str | None:
    """The code of the selected feature of smallest id (None without a selection)."""
    ids = sorted(layer.selectedFeatureIds())
    if not ids:
        return None
    feature = layer.getFeature(ids[0])
    value = feature[field] if feature.isValid() else None
    if value is None or str(value).strip() in ("", "NULL"):
        return None
    return str(value).strip()


def indicator_gpkg(layer: QgsMapLayer | None = None) -> Path:
    """Where the indicators are read: the layer's GeoPackage, else the working copy when it
    exists, else the shipped template (only ever read)."""
    path = gpkg_path(layer)
    if path is not None:
        return path
    copy = working_copy_path()
    return copy if copy.is_file() else TEMPLATE_GPKG


def write_sheet_csv(view: SheetView, path: str | Path) -> Path:
    """The sheet's figures in long format (UTF-8 with BOM for spreadsheets; empty value for a
    secret or missing figure, whose status says why)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(EXPORT_COLUMNS))
        writer.writeheader()
        for row in view.export_rows():
            writer.writerow({k: "" if row[k] is None else row[k] for k in EXPORT_COLUMNS})
    tmp.replace(path)
    return path
