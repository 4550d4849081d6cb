"""Import a PLU/PLUi in the CNIG standard (shapefiles or GeoPackage) or a CNIG PPR GeoPackage into
a working GeoPackage, read in place.

- Tables are found by name (``<INSEE|SIREN>_<TABLE>_<DATAPPRO>``, case-insensitive; PPR:
  ``<typeppr>_<gaspar>_<table>``) and written as ``zone_urba``, ``prescription_surf`` ...,
  ``ppr_zonereglementaireurba_s``; CNIG column names are written in upper case, as the standard
  spells them (the GPU's WFS writes them in lower case).
- Shapefile text is decoded in the encoding its ``.cpg`` names (``ISO 88591`` included), without
  one in strict UTF-8 else Windows-1252, and the log says which (core/cnig.py).
- 3D geometries are written 2D, single parts as multi-parts; invalid geometries are written as
  they are and reported with GEOS's reason (never dropped); a feature without geometry too.
- Columns and values are checked against the standard: missing or unknown columns (INFO_SURF's
  ``WRONGINSEE``), empty required values, values outside the code lists: warnings naming the
  layer, the field and the value, and one row each in the table ``cnig_anomalies``.
- A layer without a coordinate reference system or in a geographic one is refused before
  anything is written. Lambert-93 read under another name (``IGNF:LAMB93``) is written as
  EPSG:2154.
- Everything is written in one transaction: all the tables or none (error or cancellation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr, osr
from qgis.core import QgsGeometry

from ..core.cnig import (
    PLU_TABLES,
    PPR_TABLES,
    CnigTable,
    Issue,
    check_columns,
    check_row,
    insee_code,
    plu_table_name,
    ppr_table_name,
    shapefile_encoding,
    summarise,
)
from ..core.errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..core.gpkg_store import check_geopackage
from ..core.zan.cerema import Note

ANOMALIES_TABLE = "cnig_anomalies"
ANOMALY_FIELDS = ("table_cible", "couche", "objet", "champ", "valeur", "anomalie", "message")
METRIC_EPSG = 2154

# fmt: off
NOTHING_FOUND = QT_TRANSLATE_NOOP("aula",
    "{source}: no table of the CNIG PLU standard (ZONE_URBA, PRESCRIPTION_SURF/LIN/PCT, "
    "INFO_SURF/LIN/PCT, DOC_URBA) nor of the CNIG PPR standard was found")
NOT_A_SOURCE = QT_TRANSLATE_NOOP("aula",
    "{source}: give the folder of the shapefiles, one of its shapefiles or a GeoPackage")
TWICE = QT_TRANSLATE_NOOP("aula",
    "{source}: two files hold the table {table} ({first} and {second}): keep one of them")
CANNOT_OPEN = QT_TRANSLATE_NOOP("aula", "{layer}: cannot be read ({problem})")
NO_CRS = QT_TRANSLATE_NOOP("aula",
    "{layer}: no coordinate reference system (the .prj is missing or unreadable): add the .prj "
    "of its projection (Lambert-93, EPSG:2154)")
GEOGRAPHIC = QT_TRANSLATE_NOOP("aula",
    "{layer}: its coordinates are in a geographic CRS ({crs}), in degrees: reproject it to "
    "Lambert-93 (EPSG:2154) first, so that areas and distances are in metres")
AS_LAMBERT93 = QT_TRANSLATE_NOOP("aula",
    "{layer}: its projection ({crs}) is Lambert-93: written as EPSG:2154")
INVALID_GEOMETRY = QT_TRANSLATE_NOOP("aula",
    "{layer}: feature {fid} has an invalid geometry ({problem}): imported as it is, to be "
    "repaired; checks on it will not count as passing")
NO_GEOMETRY = QT_TRANSLATE_NOOP("aula", "{layer}: feature {fid} has no geometry")
FLATTENED = QT_TRANSLATE_NOOP("aula",
    "{layer}: 3D geometries ({count} feature(s)) written in 2D (the heights are dropped)")
TABLE_WRITTEN = QT_TRANSLATE_NOOP("aula",
    "{layer} -> {table}: {count} feature(s), {issues} departure(s) from the standard")
# fmt: on

_GEOMETRY_TYPES = {
    "polygon": ogr.wkbMultiPolygon,
    "line": ogr.wkbMultiLineString,
    "point": ogr.wkbMultiPoint,
    "none": ogr.wkbNone,
}
#: Python codec -> the name GDAL's ENCODING open option (iconv) knows
_ICONV = {
    "utf-8": "UTF-8",
    "cp1252": "CP1252",
    "latin-1": "ISO-8859-1",
    "iso8859-15": "ISO-8859-15",
}


@dataclass
class CnigSource:
    table: CnigTable
    path: Path  # the shapefile (or .dbf) or the GeoPackage
    layer: str  # the layer name inside it
    standard: str  # "plu" or "ppr"

    @property
    def label(self) -> str:
        return self.layer if self.path.suffix.lower() == ".gpkg" else self.path.name

    @property
    def is_shapefile(self) -> bool:
        return self.path.suffix.lower() in (".shp", ".dbf")


@dataclass
class ImportSummary:
    tables: dict[str, int] = field(default_factory=dict)  # written table -> features
    issues: int = 0
    invalid: int = 0
    standard: str = "plu"


def _sibling(path: Path, suffix: str) -> Path | None:
    """``path`` with another extension, whatever its case (.cpg, .CPG...)."""
    for candidate in path.parent.glob(path.stem + ".*"):
        if candidate.suffix.lower() == suffix and candidate.stem == path.stem:
            return candidate
    return None


def _folder_sources(folder: Path) -> list[CnigSource]:
    found: dict[str, CnigSource] = {}
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".shp", ".dbf"))
    for path in sorted(files, key=lambda p: p.suffix.lower() != ".shp"):  # .shp before .dbf
        name = plu_table_name(path.stem)
        if name is None:
            continue
        known = found.get(name.table)
        if known is not None:
            if known.path.stem == path.stem:
                continue  # the .dbf of a shapefile already listed
            raise AulaError(TWICE, source=folder, table=name.table, first=known.path.name,
                            second=path.name)  # fmt: skip
        found[name.table] = CnigSource(PLU_TABLES[name.table], path, path.stem, "plu")
    return [found[t] for t in PLU_TABLES if t in found]


def _gpkg_sources(gpkg: Path) -> list[CnigSource]:
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR)
    if ds is None:
        raise AulaError(CANNOT_OPEN, layer=gpkg.name, problem=gdal.GetLastErrorMsg() or "?")
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    ds = None
    sources: list[CnigSource] = []
    for name in names:
        plu = plu_table_name(name)
        ppr = ppr_table_name(name)
        if plu is not None:
            sources.append(CnigSource(PLU_TABLES[plu.table], gpkg, name, "plu"))
        elif ppr is not None:
            sources.append(CnigSource(PPR_TABLES[ppr.table], gpkg, name, "ppr"))
    tables = [s.table.name for s in sources]
    for table in tables:
        if tables.count(table) > 1:
            same = [s.layer for s in sources if s.table.name == table]
            raise AulaError(TWICE, source=gpkg, table=table, first=same[0], second=same[1])
    return sources


def find_sources(source: Path | str) -> list[CnigSource]:
    """The CNIG tables of a shapefile folder (or of the folder of a shapefile given) or of a
    GeoPackage; AulaError when there are none."""
    path = Path(source)
    if path.is_file() and path.suffix.lower() in (".shp", ".dbf", ".shx", ".cpg", ".prj"):
        path = path.parent
    if path.is_dir():
        sources = _folder_sources(path)
    elif path.is_file() and path.suffix.lower() == ".gpkg":
        sources = _gpkg_sources(path)
    else:
        raise AulaError(NOT_A_SOURCE, source=path)
    if not sources:
        raise AulaError(NOTHING_FOUND, source=path)
    return sources


def open_source(
    source: CnigSource, notify: Callable[[Note], None] | None = None
) -> tuple[Any, Any]:
    """(dataset, layer) of a source; a shapefile is decoded in its checked encoding (said)."""
    options = []
    if source.is_shapefile:
        cpg = _sibling(source.path, ".cpg")
        dbf = _sibling(source.path, ".dbf") or source.path
        cpg_text = cpg.read_bytes().decode("ascii", "replace") if cpg is not None else None
        encoding = shapefile_encoding(dbf, cpg_text)
        if notify is not None:
            notify(encoding.note)
        options.append("ENCODING=" + _ICONV.get(encoding.codec, encoding.codec.upper()))
    gdal.ErrorReset()
    ds = gdal.OpenEx(str(source.path), gdal.OF_VECTOR, open_options=options)
    layer = ds.GetLayerByName(source.layer) if ds is not None else None
    if layer is None:
        raise AulaError(CANNOT_OPEN, layer=source.label, problem=gdal.GetLastErrorMsg() or "?")
    return ds, layer


def _metric_srs(source: CnigSource, layer: Any, notify: Callable[[Note], None]) -> Any:
    """The CRS the table is written in: Lambert-93 as EPSG:2154, another projected CRS as it is;
    AulaError for none or a geographic one."""
    srs = layer.GetSpatialRef()
    if srs is None:
        raise AulaError(NO_CRS, layer=source.label)
    name = srs.GetName() or "?"
    if srs.IsGeographic():
        raise AulaError(GEOGRAPHIC, layer=source.label, crs=name)
    lambert = osr.SpatialReference()
    lambert.ImportFromEPSG(METRIC_EPSG)
    if srs.GetAuthorityCode(None) == str(METRIC_EPSG) and srs.GetAuthorityName(None) == "EPSG":
        return lambert
    if srs.IsSame(lambert, ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES"]):
        notify(Note(AS_LAMBERT93, {"layer": source.label, "crs": name}))
        return lambert
    return srs


def _geometry_problem(geometry: Any) -> str:
    qgs = QgsGeometry()
    qgs.fromWkb(bytes(geometry.ExportToIsoWkb()))
    errors = qgs.validateGeometry()
    return "; ".join(e.what() for e in errors[:2]) or "GEOS"


class _Writer:
    """Copies the sources into the target inside the open transaction of ``target``."""

    def __init__(
        self,
        target: Any,
        notify: Callable[[Note], None],
        total: int,
        progress: Callable[[float], None],
        is_canceled: Callable[[], bool],
    ) -> None:
        self.target = target
        self.notify = notify
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.is_canceled = is_canceled
        self.anomalies: list[tuple[str, str, Issue]] = []  # (written table, CNIG table, issue)
        self.messages: list[str] = []

    def _drop(self, name: str) -> None:
        for index in range(self.target.GetLayerCount()):
            if self.target.GetLayer(index).GetName() == name:
                self.target.DeleteLayer(index)
                return

    def copy(self, source: CnigSource, layer: Any, srs: Any, summary: ImportSummary) -> None:
        table = source.table
        name = table.table_name
        self._drop(name)
        geometry_type = _GEOMETRY_TYPES[table.geometry] if srs is not None else ogr.wkbNone
        out = self.target.CreateLayer(
            name, srs, geometry_type,
            ["GEOMETRY_NAME=geom", "FID=fid", f"IDENTIFIER={name}",
             f"DESCRIPTION=CNIG {table.name} ({source.label})"],
        )  # fmt: skip
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        upper = source.standard == "plu"
        out_names = [n.upper() if upper else n for n in names]
        for index, out_name in enumerate(out_names):
            field_definition = ogr.FieldDefn(out_name, definition.GetFieldDefn(index).GetType())
            if out_name.upper() == "INSEE":
                field_definition = ogr.FieldDefn(out_name, ogr.OFTString)
            elif definition.GetFieldDefn(index).GetType() == ogr.OFTString:
                field_definition.SetWidth(definition.GetFieldDefn(index).GetWidth())
            out.CreateField(field_definition)
        issues = check_columns(table, source.label, names)
        flattened = 0
        fid = 0
        layer.ResetReading()
        for feature in layer:
            fid += 1
            row = {n: feature.GetField(i) for i, n in enumerate(names)}
            issues += check_row(table, source.label, fid, row)
            new = ogr.Feature(out.GetLayerDefn())
            new.SetFID(fid)
            for index, out_name in enumerate(out_names):
                value = row[names[index]]
                if value is None:
                    continue
                new.SetField(index, insee_code(value) if out_name.upper() == "INSEE" else value)
            if geometry_type != ogr.wkbNone:
                flattened += self._set_geometry(new, feature, geometry_type, source, fid, summary)
            if out.CreateFeature(new) != 0:
                raise AulaError(CANNOT_OPEN, layer=name, problem=gdal.GetLastErrorMsg() or "?")
            self._step()
        if flattened:
            self.notify(Note(FLATTENED, {"layer": source.label, "count": flattened}, True))
        for note in summarise(table, issues):
            self.notify(note)
        self.anomalies += [(name, table.name, issue) for issue in issues]
        summary.tables[name] = fid
        summary.issues += len(issues)
        self.notify(Note(TABLE_WRITTEN, {"layer": source.label, "table": name, "count": fid,
                                         "issues": len(issues)}))  # fmt: skip

    def _set_geometry(self, new: Any, feature: Any, geometry_type: int, source: CnigSource,
                      fid: int, summary: ImportSummary) -> int:  # fmt: skip
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            self.notify(Note(NO_GEOMETRY, {"layer": source.label, "fid": fid}, True))
            self.anomalies.append(
                (
                    source.table.table_name,
                    source.table.name,
                    Issue(source.label, fid, "geom", "", "no_geometry", NO_GEOMETRY),
                )
            )
            return 0
        geometry = geometry.Clone()
        flat = 0
        if geometry.Is3D() or geometry.IsMeasured():
            geometry.FlattenTo2D()
            geometry.SetMeasured(False)
            flat = 1
        geometry = ogr.ForceTo(geometry, geometry_type)
        if not geometry.IsValid():
            problem = _geometry_problem(geometry)
            self.notify(Note(INVALID_GEOMETRY, {"layer": source.label, "fid": fid,
                                                "problem": problem}, True))  # fmt: skip
            issue = Issue(source.label, fid, "geom", problem, "invalid_geometry", INVALID_GEOMETRY)
            self.anomalies.append((source.table.table_name, source.table.name, issue))
            summary.invalid += 1
        new.SetGeometryDirectly(geometry)
        return flat

    def _step(self) -> None:
        self.done += 1
        if self.done % 200 == 0:
            if self.is_canceled():
                raise Cancelled()
            self.progress(100.0 * self.done / self.total)

    def write_anomalies(self, written: list[str], translate: Callable[[str], str] | None) -> None:
        """The anomalies of this import replace those of earlier imports of the same tables."""
        out = self.target.GetLayerByName(ANOMALIES_TABLE)
        if out is None:
            out = self.target.CreateLayer(
                ANOMALIES_TABLE, None, ogr.wkbNone,
                ["FID=fid", "IDENTIFIER=Import CNIG : anomalies",
                 "DESCRIPTION=Écarts au standard CNIG relevés par les imports"],
            )  # fmt: skip
            for name in ANOMALY_FIELDS:
                kind = ogr.OFTInteger if name == "objet" else ogr.OFTString
                out.CreateField(ogr.FieldDefn(name, kind))
        quoted = ", ".join("'{}'".format(name.replace("'", "''")) for name in written)
        self.target.ExecuteSQL(f"DELETE FROM {ANOMALIES_TABLE} WHERE table_cible IN ({quoted})")
        for target, table, issue in self.anomalies:
            feature = ogr.Feature(out.GetLayerDefn())
            note = summarise_one(table, issue)
            values = [target, issue.layer, issue.fid, issue.field, issue.value, issue.kind,
                      note.message(translate)]  # fmt: skip
            for index, value in enumerate(values):
                feature.SetField(index, value)
            out.CreateFeature(feature)


def summarise_one(table: str, issue: Issue) -> Note:
    """The message of one anomaly, as the table cnig_anomalies stores it."""
    values = {"layer": issue.layer, "field": issue.field, "value": issue.value, "count": 1,
              "fid": issue.fid, "table": table, "problem": issue.value, **issue.extra}  # fmt: skip
    return Note(issue.template, values, True)


def import_cnig(
    source: Path | str,
    target: Path | str,
    *,
    notify: Callable[[Note], None] = lambda note: None,
    progress: Callable[[float], None] = lambda percent: None,
    is_canceled: Callable[[], bool] = lambda: False,
    translate: Callable[[str], str] | None = None,
) -> ImportSummary:
    """Import every CNIG table found in ``source`` into the GeoPackage ``target``, replacing the
    tables of the same name, in one transaction. AulaError (nothing written) for a source without
    CNIG tables, an unknown or contradicted .cpg, a layer without CRS or in a geographic one,
    a target that is no GeoPackage or is locked; Cancelled (nothing written) when cancelled."""
    target_path = Path(target)
    check_geopackage(target_path)
    sources = find_sources(source)
    opened = []
    total = 0
    for item in sources:  # every check before anything is written
        ds, layer = open_source(item, notify)
        srs = None
        if item.table.geometry != "none" and layer.GetGeomType() != ogr.wkbNone:
            srs = _metric_srs(item, layer, notify)
        opened.append((item, ds, layer, srs))
        total += max(layer.GetFeatureCount(), 0)
    summary = ImportSummary(standard=sources[0].standard)
    gdal.ErrorReset()
    out = gdal.OpenEx(str(target_path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    if out is None:
        raise AulaError(CANNOT_OPEN, layer=target_path.name, problem=gdal.GetLastErrorMsg() or "?")
    if out.StartTransaction() != 0:
        raise AulaError(CANNOT_OPEN, layer=target_path.name, problem=gdal.GetLastErrorMsg() or "?")
    writer = _Writer(out, notify, total, progress, is_canceled)
    try:
        for item, _ds, layer, srs in opened:
            writer.copy(item, layer, srs, summary)
        writer.write_anomalies(list(summary.tables), translate)
        if is_canceled():
            raise Cancelled()
        if out.CommitTransaction() != 0:
            raise AulaError(CANNOT_OPEN, layer=target_path.name,
                            problem=gdal.GetLastErrorMsg() or "?")  # fmt: skip
    except BaseException:
        out.RollbackTransaction()
        raise
    finally:
        out = None
        opened.clear()
    progress(100.0)
    return summary
