"""The glue of ``aula:factsheetexport``: the indicator base of a territory layer, the communes of a
territory, their outlines, and the PDFs written all together or not at all.

The territories and their parent links come from the AULA territory GeoPackage the commune layer
belongs to (the package or its working copy: ``core/indicators/package.py``); the indicator values
from the indicator tables of that GeoPackage, and of another one when given. Every PDF is written
into a hidden folder inside the output folder, then moved into place once all are written: a
cancellation or an error leaves the folder as it was (an older PDF of the same name comes back).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from ..core.errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..core.indicators.model import COMMUNE, IndicatorBase, TerritoryKey
from ..core.indicators.package import read_package_territories
from ..core.indicators.package_import import package_parents
from ..core.indicators.register_figures import FIGURES
from ..core.indicators.sheet_print import PrintSheet, communes_of, print_sheet
from ..core.indicators.sheets import Sheet
from ..core.indicators.store import has_indicator_tables, read_base
from ..core.indicators.view import SheetView, evaluate_sheet
from ..toolbelt.i18n import tr
from .fact_sheet_pdf import FactSheetPrinter, write_sheets
from .outputs import PARTIAL_PREFIX
from .register_figures import add_register
from .stored_tables import gpkg_table
from .values import key_text

# fmt: off
NOT_PACKAGE_LAYER = QT_TRANSLATE_NOOP("aula",
    "{layer}: not a table of an AULA territory GeoPackage (the package or its working copy): "
    "the communes' parents are read from it")
_MOVE_FAILED = QT_TRANSLATE_NOOP("aula",
    "The sheets could not be moved into {folder} ({error}): the folder was left as it was")
# fmt: on


@dataclass
class ExportInputs:
    layer: QgsVectorLayer
    gpkg: Path
    base: IndicatorBase
    territory: TerritoryKey
    communes: list[TerritoryKey]
    sources: list[Path] = field(default_factory=list)
    #: the territories that get a sheet: the communes, or the territory itself
    sheets: list[TerritoryKey] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sheets:
            self.sheets = list(self.communes)


def layer_base(layer: QgsVectorLayer, indicators: Path | None = None) -> tuple[Path, IndicatorBase]:
    """The GeoPackage of ``layer`` and the indicator base read from it (and from ``indicators``)."""
    table = gpkg_table(layer)
    if table is None:
        raise AulaError(NOT_PACKAGE_LAYER, layer=layer.name())
    gpkg = table[0]
    base = read_package_territories(gpkg)
    tables = [p for p in (gpkg, indicators) if p is not None and has_indicator_tables(p)]
    for path in tables:
        base.merge(read_base(path))
    if not tables:  # the package's populations alone: their parents, as the dock computes them
        package_parents(base)
    return gpkg, base


def prepare(
    layer: QgsVectorLayer, code: str, indicators: Path | None = None, whole: bool = False
) -> ExportInputs:
    """The inputs of an export: a sheet per commune of the territory ``code``, or (``whole``) the
    territory's own sheet."""
    gpkg, base = layer_base(layer, indicators)
    territory, communes = communes_of(base, code)
    sheets = [territory] if whole else list(communes)
    return ExportInputs(layer, gpkg, base, territory, communes, sheets=sheets)


def outlines(layer: QgsVectorLayer, codes: set[str]) -> dict[str, QgsGeometry]:
    """INSEE code -> the commune's geometry (in the layer's CRS)."""
    index = layer.fields().lookupField("insee")
    out: dict[str, QgsGeometry] = {}
    if index < 0:
        return out
    request = QgsFeatureRequest().setSubsetOfAttributes([index])
    for feature in layer.getFeatures(request):
        code = key_text(feature.attribute(index))
        if code in codes and feature.hasGeometry():
            out[code] = QgsGeometry(feature.geometry())
    return out


def sheet_contents(
    inputs: ExportInputs, sheet: Sheet, language: str, is_canceled: Callable[[], bool]
) -> list[tuple[PrintSheet, QgsGeometry | None]]:
    geometries = outlines(inputs.layer, {code for _level, code in inputs.communes})
    if set(sheet.indicators()) & set(FIGURES):  # ZAN, centralities, TVB from the register
        add_register(inputs.gpkg, inputs.base, inputs.sheets, geometries)
    out = []
    for key in inputs.sheets:
        if is_canceled():
            raise Cancelled
        view = evaluate_sheet(sheet, inputs.base, key, language=language, translate=tr)
        if key[0] == COMMUNE:
            outline = geometries.get(key[1])
        else:  # the territory's own sheet: the outline of its communes
            outline = union([geometries[c] for _level, c in inputs.communes if c in geometries])
        out.append((print_sheet(view, tr), outline))
    return out


def territory_outline(
    layer: QgsVectorLayer, base: IndicatorBase, key: TerritoryKey
) -> QgsGeometry | None:
    """The outline of a territory: its commune's geometry, or the union of its communes'."""
    members = [key] if key[0] == COMMUNE else base.members(COMMUNE).get(tuple(key), [])
    geometries = outlines(layer, {code for _level, code in members})
    return union(list(geometries.values()))


def union(parts: list[QgsGeometry]) -> QgsGeometry | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else QgsGeometry.unaryUnion(parts)


def write_view_pdf(view: SheetView, base: IndicatorBase, gpkg: Path, path: str | Path) -> Path:
    """The sheet a dock shows as a PDF (the same layout as aula:factsheetexport: vector text, the
    territory's map drawn with the package's commune and EPCI layers), written all or nothing."""
    path = Path(path)
    communes = QgsVectorLayer(f"{gpkg}|layername=commune", "commune", "ogr")
    if not communes.isValid():
        raise AulaError(NOT_PACKAGE_LAYER, layer=str(gpkg))
    epci = QgsVectorLayer(f"{gpkg}|layername=epci", "epci", "ogr")
    printer = FactSheetPrinter(communes, epci=epci if epci.isValid() else None)
    tmp = path.with_name(f"{PARTIAL_PREFIX}{path.name}")
    try:
        printer.write(print_sheet(view, tr), territory_outline(communes, base, view.territory.key),
                      tmp)  # fmt: skip
        tmp.replace(path)
    finally:
        printer.close()
        tmp.unlink(missing_ok=True)
    return path


def export_sheets(
    inputs: ExportInputs,
    contents: list[tuple[PrintSheet, QgsGeometry | None]],
    folder: Path,
    *,
    progress: Callable[[float], None],
    is_canceled: Callable[[], bool],
) -> list[Path]:
    """Write every PDF into ``folder``, all together or none; the paths written."""
    folder = Path(folder)
    created = [f for f in (folder, *folder.parents) if not f.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=PARTIAL_PREFIX, dir=folder))
    epci = _sibling_layer(inputs, "epci")
    printer = FactSheetPrinter(inputs.layer, epci=epci)
    try:
        staged = write_sheets(printer, contents, work, progress=progress, is_canceled=is_canceled)
        if is_canceled():
            raise Cancelled
        return _move_into(staged, folder, work)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        for made in created:  # deepest first: folders made for this run only
            if made.exists() and not any(made.iterdir()):
                made.rmdir()
        raise
    finally:
        printer.close()
        shutil.rmtree(work, ignore_errors=True)


def _sibling_layer(inputs: ExportInputs, table: str) -> QgsVectorLayer | None:
    layer = QgsVectorLayer(f"{inputs.gpkg}|layername={table}", table, "ogr")
    return layer if layer.isValid() else None


def _move_into(staged: list[Path], folder: Path, work: Path) -> list[Path]:
    """Move the staged files into ``folder``; on a failure, put everything back as it was."""
    done: list[tuple[Path, Path | None]] = []
    try:
        for source in staged:
            target = folder / source.name
            kept = work / f"{source.name}.previous" if target.exists() else None
            if kept is not None:
                target.replace(kept)
            done.append((target, kept))
            source.replace(target)
    except OSError as exc:
        for target, kept in reversed(done):
            target.unlink(missing_ok=True)
            if kept is not None and kept.exists():
                kept.replace(target)
        raise AulaError(_MOVE_FAILED, folder=str(folder), error=str(exc)) from exc
    return [target for target, _kept in done]
