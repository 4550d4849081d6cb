"""Validated imports: replace or append a layer of the package from a source file, all or nothing.

Two steps, as a technician works:

1. :func:`plan_import` (the dry run): the source file (GeoPackage, shapefile, GeoJSON, anything
   OGR reads) is refused whole when its schema does not fit the layer's spec
   (``layer_specs.py``: required fields and their types, CRS, a geometry); then it is copied by
   GDAL (C speed, streamed) into a staging GeoPackage in a hidden folder, where SQL checks each
   feature (geometry present, of the right type and valid by GEOS through SpatiaLite, code lists,
   key present and unique) and compares it by key with the package, read only: features added,
   removed, changed, unchanged and rejected with why. The package's bytes are never touched.
2. :func:`apply_import`: a backup of the package (SQLite's online backup), then ONE write
   transaction on the package (``core.gpkg_store.write_transaction``): old content out (replace),
   the accepted features and their spatial index entries copied from the staging file in bulk,
   the layer's extent, and the provenance row (``provenance.upsert_provenance``: source file and
   sha256, release, date, operator, tool version, counts). A crash or a kill at any point leaves
   the package as before (SQLite's journal) or as after; :func:`rollback_import` restores the
   backup.

Standard library and GDAL/OGR only (Python 3.9): the Processing algorithm ``aula:updatelayer``
and ``aula-gpkg import`` call these functions.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.gpkg_store import (
    check_geopackage,
    now_utc,
    quote_ident,
    read_error,
    read_only,
    write_transaction,
)
from . import provenance
from .layer_specs import GEOMETRIES, KINDS, LayerSpec, code_list, layer_names, spec_for
from .migrations import backup_package, pending_migrations, replace_content

#: progress callback: (fraction done 0..1, English text marked for translation); it may raise
#: Cancelled (nothing is then written)
Progress = Callable[[float, str], None]

REPLACE, APPEND = "replace", "append"
MODES = (REPLACE, APPEND)
#: the modes as the summary names them, in the user's language
MODE_NAMES = {
    REPLACE: QT_TRANSLATE_NOOP("aula", "replace"),
    APPEND: QT_TRANSLATE_NOOP("aula", "append"),
}
STAGING_PREFIX = ".aula-import-"
BACKUP_LABEL = "import"
EXAMPLES = 5

# fmt: off
NO_GDAL = QT_TRANSLATE_NOOP("aula",
    "imports need GDAL's Python bindings (Debian: python3-gdal; run with /usr/bin/python3)")
NOT_IMPORTABLE = QT_TRANSLATE_NOOP("aula",
    "{layer}: this layer cannot be imported (importable layers: {layers})")
BAD_MODE = QT_TRANSLATE_NOOP("aula", "unknown import mode {mode!r}: replace or append")
NEEDS_MIGRATION = QT_TRANSLATE_NOOP("aula",
    "{path}: the package's data schema is out of date: update it first (aula-gpkg migrate, or "
    "open the territory project in QGIS)")
SOURCE_MISSING = QT_TRANSLATE_NOOP("aula", "{path}: the source file does not exist")
SOURCE_UNREADABLE = QT_TRANSLATE_NOOP("aula",
    "{path}: the source file cannot be read as vector data ({reason}): it may be truncated, "
    "corrupted or of another kind")
SOURCE_LAYERS = QT_TRANSLATE_NOOP("aula",
    "{path}: the source holds several layers ({layers}): choose one")
SOURCE_NO_LAYER = QT_TRANSLATE_NOOP("aula", "{path}: the source has no layer {layer}")
NO_GEOMETRY = QT_TRANSLATE_NOOP("aula", "{path}: the source layer {layer} has no geometry")
MISSING_FIELD = QT_TRANSLATE_NOOP("aula",
    "{path}: required field {field} is missing (fields: {fields})")
WRONG_TYPE = QT_TRANSLATE_NOOP("aula",
    "{path}: field {field} is of type {type}, the layer {layer} expects {expected}")
NO_CRS = QT_TRANSLATE_NOOP("aula",
    "{path}: the source has no coordinate reference system; the layer {layer} is in EPSG:{srs}")
WRONG_CRS = QT_TRANSLATE_NOOP("aula",
    "{path}: the source is in {crs}, the layer {layer} is in EPSG:{srs}: reproject it first")
TARGET_NOT_FEATURES = QT_TRANSLATE_NOOP("aula",
    "{path}: {layer} is not a feature layer of the package")
TARGET_NO_KEY = QT_TRANSLATE_NOOP("aula", "{path}: the layer {layer} has no key field {key}")
COPY_FAILED = QT_TRANSLATE_NOOP("aula",
    "{path}: the source could not be read to the end ({reason}): it may be truncated or "
    "corrupted; nothing was written")
REJECTED = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} feature(s) of {file} rejected: nothing was written. Correct the source, "
    "or import without them (skip rejected features)")
NOTHING_ACCEPTED = QT_TRANSLATE_NOOP("aula",
    "{layer}: no feature of {file} can be imported: nothing was written")
NO_BACKUP = QT_TRANSLATE_NOOP("aula", "{path}: no import backup found beside the package")
RESTORE_FAILED = QT_TRANSLATE_NOOP("aula",
    "{path}: the backup {backup} could not be restored ({reason}); the package is unchanged")

STEP_READ = QT_TRANSLATE_NOOP("aula", "Reading the source file")
STEP_VALIDATE = QT_TRANSLATE_NOOP("aula", "Checking the features")
STEP_COMPARE = QT_TRANSLATE_NOOP("aula", "Comparing with the package")
STEP_BACKUP = QT_TRANSLATE_NOOP("aula", "Backing up the package")
STEP_WRITE = QT_TRANSLATE_NOOP("aula", "Writing into the package")
STEP_DONE = QT_TRANSLATE_NOOP("aula", "Import finished")

SUMMARY = QT_TRANSLATE_NOOP("aula",
    "{layer} ({mode}) from {file}: {added} added, {removed} removed, {changed} changed, "
    "{unchanged} unchanged, {rejected} rejected")
SUMMARY_EXAMPLES = QT_TRANSLATE_NOOP("aula", "{what}: {keys}")
WHAT = {
    "added": QT_TRANSLATE_NOOP("aula", "added"),
    "removed": QT_TRANSLATE_NOOP("aula", "removed"),
    "changed": QT_TRANSLATE_NOOP("aula", "changed"),
}
#: rejection reason -> its explanation; ``{detail}`` is the value at fault
REASONS = {
    "geometry_missing": QT_TRANSLATE_NOOP("aula", "no geometry"),
    "geometry_type": QT_TRANSLATE_NOOP("aula", "geometry of the wrong type ({detail})"),
    "geometry_invalid": QT_TRANSLATE_NOOP("aula", "invalid geometry ({detail})"),
    "value_missing": QT_TRANSLATE_NOOP("aula", "required value missing ({detail})"),
    "code": QT_TRANSLATE_NOOP("aula", "unknown code ({detail})"),
    "key_missing": QT_TRANSLATE_NOOP("aula", "no key value"),
    "duplicate_key": QT_TRANSLATE_NOOP("aula", "duplicate key ({detail})"),
    "key_exists": QT_TRANSLATE_NOOP("aula", "key already in the layer ({detail}): use replace"),
}
REJECT_LINE = QT_TRANSLATE_NOOP("aula",
    "rejected, {reason}: {count} feature(s), e.g. feature {examples}")
# fmt: on


def _no_progress(_fraction: float, _text: str) -> None:
    return None


# -- the source file ------------------------------------------------------------------------------


def _gdal() -> tuple[Any, Any, Any]:
    try:
        from osgeo import gdal, ogr, osr
    except ImportError:
        raise AulaError(NO_GDAL) from None

    return gdal, ogr, osr


@contextlib.contextmanager
def _quiet_gdal() -> Iterator[Any]:
    gdal = _gdal()[0]
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()
    try:
        yield gdal
    finally:
        gdal.PopErrorHandler()


@dataclass
class SourceSchema:
    path: Path
    layer: str
    fields: dict[str, str]  # source field name -> OGR type name
    srs: Any  # osr.SpatialReference or None
    has_geometry: bool
    count: int


#: reads a source layer's schema: (source, source layer or None, target layer) -> SourceSchema;
#: :func:`read_source_schema` (GDAL) by default, ``aula-gpkg`` passes its own (fiona)
SchemaReader = Callable[[Path, Optional[str], str], SourceSchema]


def check_source_file(source: Path) -> None:
    """Refuse a missing source, and a ``.gpkg`` that is truncated, corrupted or no GeoPackage
    (said as such), before any reader opens it."""
    if not source.exists():
        raise AulaError(SOURCE_MISSING, path=source)
    if source.suffix.lower() == ".gpkg":
        check_geopackage(source)


def choose_source_layer(names: list[str], source_layer: str | None, target: str, path: Path) -> str:
    """The source layer to import: the one asked for, else the only one, else the one named like
    the target layer; AulaError otherwise (and for no layer at all)."""
    if not names:
        raise AulaError(SOURCE_UNREADABLE, path=path, reason="no vector layer")
    if source_layer:
        if source_layer not in names:
            raise AulaError(SOURCE_NO_LAYER, path=path, layer=source_layer)
        return source_layer
    if len(names) == 1:
        return names[0]
    if target in names:
        return target
    raise AulaError(SOURCE_LAYERS, path=path, layers=", ".join(names))


def read_source_schema(source: Path, source_layer: str | None, target: str) -> SourceSchema:
    """The source layer's schema, read by GDAL; AulaError naming the file when it cannot be
    read."""
    gdal, ogr, _osr = _gdal()
    check_source_file(source)
    with _quiet_gdal():
        dataset = gdal.OpenEx(str(source), gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None or dataset.GetLayerCount() == 0:
            reason = gdal.GetLastErrorMsg() or "no vector layer"
            raise AulaError(SOURCE_UNREADABLE, path=source, reason=reason)
        names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
        name = choose_source_layer(names, source_layer, target, source)
        layer = dataset.GetLayerByName(name)
        definition = layer.GetLayerDefn()
        fields = {}
        for i in range(definition.GetFieldCount()):
            field_defn = definition.GetFieldDefn(i)
            fields[field_defn.GetName()] = ogr.GetFieldTypeName(field_defn.GetType())
        srs = layer.GetSpatialRef()
        schema = SourceSchema(
            source,
            name,
            fields,
            srs.Clone() if srs is not None else None,
            layer.GetGeomType() != ogr.wkbNone,
            layer.GetFeatureCount(),
        )
        dataset = None
    return schema


def _same_crs(srs: Any, epsg: int) -> bool:
    osr = _gdal()[2]
    expected = osr.SpatialReference()
    expected.ImportFromEPSG(epsg)
    if srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None) == str(epsg):
        return True
    return bool(srs.IsSame(expected, ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES"]))


# -- the target layer -----------------------------------------------------------------------------


@dataclass
class Target:
    exists: bool
    columns: dict[str, str] = field(default_factory=dict)  # name -> declared SQL type
    geometry_column: str = "geom"
    srs_id: int = 0
    count: int = 0
    max_fid: int = 0


def layer_srs_id(target: Target, spec: LayerSpec) -> int:
    """The CRS the imported features must have: the existing layer's, else its spec's."""
    return target.srs_id if target.exists else spec.srs_id


def read_target(package: Path, layer: str) -> Target:
    try:
        with read_only(package) as con:
            row = con.execute(
                "SELECT data_type FROM gpkg_contents WHERE table_name = ?", (layer,)
            ).fetchone()
            if row is None:
                return Target(False)
            if row[0] != "features":
                raise AulaError(TARGET_NOT_FEATURES, path=package, layer=layer)
            geom, srs_id = con.execute(
                "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                (layer,),
            ).fetchone()
            columns = {r[1]: r[2] for r in con.execute(f"PRAGMA table_info({quote_ident(layer)})")}
            count, max_fid = con.execute(
                f"SELECT count(*), coalesce(max(fid), 0) FROM {quote_ident(layer)}"
            ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise read_error(package, exc) from None
    return Target(True, columns, geom, srs_id, count, max_fid)


def _column_kind(declared: str) -> str:
    text = declared.upper()
    if text.startswith(("TEXT", "VARCHAR")):
        return "text"
    if text in ("INTEGER", "INT", "MEDIUMINT", "SMALLINT", "TINYINT", "BOOLEAN"):
        return "integer"
    if text in ("REAL", "DOUBLE", "FLOAT"):
        return "real"
    if text in ("DATE", "DATETIME"):
        return "date"
    return "any"


# -- the plan (dry run) ---------------------------------------------------------------------------


@dataclass
class RejectedFeature:
    """A source feature the import rejects: its number in the source's order (1 = the first, as
    the summary names it), its key value, (reason, detail) pairs (reasons are keys of
    :data:`REASONS`) and its geometry as WKB (``None`` when it has none)."""

    fid: int
    key: Any
    reasons: list[tuple[str, str]]
    wkb: bytes | None

    def explanations(self, translate: Callable[[str], str] | None = None) -> list[str]:
        """The reasons as the summary words them, in the caller's language."""
        tr = translate or (lambda text: text)
        return [tr(REASONS[reason]).format(detail=detail) for reason, detail in self.reasons]


@dataclass
class ImportPlan:
    package: Path
    layer: str
    source: Path
    source_layer: str
    mode: str
    key: str | None
    spec: LayerSpec
    target: Target
    #: package column -> staging column (the source's field name)
    mapping: dict[str, str]
    staging_dir: Path
    features: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    #: added / removed / changed -> a few keys
    examples: dict[str, list[str]] = field(default_factory=dict)
    #: reason -> (count, a few "fid (key)" examples, a detail)
    rejections: dict[str, tuple[int, list[str], str]] = field(default_factory=dict)
    ignored_fields: list[str] = field(default_factory=list)

    @property
    def staging(self) -> Path:
        return self.staging_dir / "staging.gpkg"

    @property
    def rejected(self) -> int:
        return self.counts.get("rejected", 0)

    def discard(self) -> None:
        """Remove the staging folder (the plan can no longer be applied)."""
        shutil.rmtree(self.staging_dir, ignore_errors=True)

    def __enter__(self) -> ImportPlan:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()

    def rejected_features(self) -> Iterator[RejectedFeature]:
        """Each rejected feature once, in the source's order, with every reason it was rejected
        for and its geometry (WKB, ``None`` when it has none), read from the staging file: what
        a technician needs to correct the source. Valid until the plan is applied or discarded."""
        key = quote_ident(self.mapping[self.key]) if self.key else "NULL"
        with read_only(self.staging) as con:
            con.create_function("aula_wkb", 1, wkb_body, deterministic=True)
            rows = con.execute(
                f"SELECT s.fid, s.{key}, aula_wkb(s.geom), r.reason, r.detail "
                "FROM src s JOIN aula_rejects r ON r.fid = s.fid ORDER BY s.fid, r.rowid"
            )
            current: RejectedFeature | None = None
            for fid, key_value, wkb, reason, detail in rows:
                if current is None or current.fid != fid:
                    if current is not None:
                        yield current
                    current = RejectedFeature(fid, key_value, [], wkb)
                current.reasons.append((reason, "" if detail is None else str(detail)))
            if current is not None:
                yield current

    def summary(self, translate: Callable[[str], str] | None = None) -> list[str]:
        """The dry run's summary, line by line, in the caller's language."""
        tr = translate or (lambda text: text)
        lines = [
            tr(SUMMARY).format(
                layer=self.layer,
                mode=tr(MODE_NAMES.get(self.mode, self.mode)),
                file=self.source.name,
                **self.counts,
            )
        ]
        for what, keys in self.examples.items():
            if keys:
                lines.append(
                    "  " + tr(SUMMARY_EXAMPLES).format(what=tr(WHAT[what]), keys=", ".join(keys))
                )
        for reason, (count, examples, detail) in self.rejections.items():
            text = tr(REASONS[reason]).format(detail=detail)
            lines.append(
                "  "
                + tr(REJECT_LINE).format(reason=text, count=count, examples=", ".join(examples))
            )
        return lines


def _clean_stale_staging(folder: Path) -> None:
    """Staging folders left by a killed import (their process is gone) are removed."""
    for old in folder.glob(STAGING_PREFIX + "*"):
        try:
            pid = int(old.name[len(STAGING_PREFIX) :].split("-")[0])
            os.kill(pid, 0)
        except (ValueError, ProcessLookupError):
            shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue


def _staging_dir(package: Path) -> Path:
    prefix = f"{STAGING_PREFIX}{os.getpid()}-"
    try:
        _clean_stale_staging(package.parent)
        return Path(tempfile.mkdtemp(prefix=prefix, dir=package.parent))
    except OSError:  # a read-only folder (the shipped template): the system's temporary folder
        return Path(tempfile.mkdtemp(prefix=prefix))


def _match_fields(
    spec: LayerSpec, schema: SourceSchema, target: Target, key: str | None, layer: str
) -> tuple[dict[str, str], list[str]]:
    """package column -> source field, after the schema checks (missing fields, wrong types)."""
    lower = {name.lower(): name for name in schema.fields}
    mapping: dict[str, str] = {}
    for spec_field in spec.fields:
        found = next(
            (
                lower[n.lower()]
                for n in (spec_field.name, *spec_field.aliases)
                if n.lower() in lower
            ),
            None,
        )
        if found is None:
            if spec_field.required:
                raise AulaError(
                    MISSING_FIELD,
                    path=schema.path,
                    field=spec_field.name,
                    fields=", ".join(schema.fields) or "-",
                )
            continue
        if target.exists and spec_field.name not in target.columns:
            continue  # an optional field the package's layer does not have
        mapping[spec_field.name] = found
    if target.exists:  # the layer's other columns, when the source has them
        for column in target.columns:
            if column not in mapping and column.lower() in lower and column != "fid":
                mapping[column] = lower[column.lower()]
        mapping.pop(target.geometry_column, None)
    if key and key not in mapping:
        if key.lower() not in lower:
            raise AulaError(
                MISSING_FIELD, path=schema.path, field=key, fields=", ".join(schema.fields) or "-"
            )
        mapping[key] = lower[key.lower()]
    for column, source_name in mapping.items():
        source_type = schema.fields[source_name]
        spec_field = spec.field_spec(column)
        kinds = [spec_field.kind] if spec_field is not None else []
        if target.exists and column in target.columns:
            kinds.append(_column_kind(target.columns[column]))
        for kind in kinds:
            if KINDS[kind] and source_type not in KINDS[kind]:
                raise AulaError(
                    WRONG_TYPE,
                    path=schema.path,
                    field=source_name,
                    type=source_type,
                    layer=layer,
                    expected=kind,
                )
    used = set(mapping.values())
    return mapping, [name for name in schema.fields if name not in used]


def plan_import(
    package: Path | str,
    layer: str,
    source: Path | str,
    mode: str = REPLACE,
    key: str | None = None,
    source_layer: str | None = None,
    progress: Progress | None = None,
    schema_reader: SchemaReader | None = None,
) -> ImportPlan:
    """Check ``source`` against the spec of ``layer`` and compare it with the package: the dry run.

    ``key``: the field identifying features (default: the spec's; ``""`` for none). The package
    is only read. The returned plan holds a staging file: :func:`apply_import` it, or
    ``discard()`` it (or use it as a context manager). ``schema_reader``: how the source's schema
    is read (default :func:`read_source_schema`); every rule applied to it stays here."""
    package, source = Path(package), Path(source)
    report = progress or _no_progress
    if mode not in MODES:
        raise AulaError(BAD_MODE, mode=mode)
    spec = spec_for(layer)
    if spec is None:
        raise AulaError(NOT_IMPORTABLE, layer=layer, layers=", ".join(layer_names()))
    check_geopackage(package)
    if pending_migrations(package):
        raise AulaError(NEEDS_MIGRATION, path=package)
    key = spec.key if key is None else (key or None)
    report(0.0, STEP_READ)
    schema = (schema_reader or read_source_schema)(source, source_layer, layer)
    if not schema.has_geometry:
        raise AulaError(NO_GEOMETRY, path=source, layer=schema.layer)
    target = read_target(package, layer)
    if target.exists and key and key not in target.columns:
        raise AulaError(TARGET_NO_KEY, path=package, layer=layer, key=key)
    srs_id = layer_srs_id(target, spec)
    if schema.srs is None:
        raise AulaError(NO_CRS, path=source, layer=layer, srs=srs_id)
    if not _same_crs(schema.srs, srs_id):
        crs = schema.srs.GetName() or schema.srs.ExportToProj4()
        raise AulaError(WRONG_CRS, path=source, crs=crs, layer=layer, srs=srs_id)
    mapping, ignored = _match_fields(spec, schema, target, key, layer)
    plan = ImportPlan(
        package,
        layer,
        source,
        schema.layer,
        mode,
        key,
        spec,
        target,
        mapping,
        _staging_dir(package),
        ignored_fields=ignored,
    )
    try:
        _stage(plan, report)
        _validate(plan, report)
        _compare(plan, report)
    except BaseException:
        plan.discard()
        raise
    return plan


def _stage(plan: ImportPlan, report: Progress) -> None:
    """The source's features (used fields only) copied by GDAL into the staging GeoPackage."""
    gdal = _gdal()[0]

    failure: list[BaseException] = []

    def callback(fraction: float, _message: Any, _data: Any) -> int:
        try:
            report(0.05 + 0.45 * fraction, STEP_READ)
        except BaseException as exc:  # Cancelled: GDAL stops, the exception is raised below
            failure.append(exc)
            return 0
        return 1

    promote = plan.spec.geometry in ("polygon", "line")
    options = gdal.VectorTranslateOptions(
        format="GPKG",
        layers=[plan.source_layer],
        layerName="src",
        selectFields=sorted(set(plan.mapping.values())) or None,
        geometryType="PROMOTE_TO_MULTI" if promote else None,
        dim="XY",
        layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"],
        # the staging numbers features 1..n in the source's order, in one transaction
        options=["-unsetFid", "-gt", "unlimited"],
        callback=callback,
    )
    with _quiet_gdal():
        gdal.SetConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")
        try:
            result = gdal.VectorTranslate(str(plan.staging), str(plan.source), options=options)
        finally:
            gdal.SetConfigOption("OGR_SQLITE_SYNCHRONOUS", None)
        failed = result is None
        result = None  # closes the staging file
        error = gdal.GetLastErrorMsg() if gdal.GetLastErrorType() >= gdal.CE_Failure else ""
    if failure:
        raise failure[0]
    if failed or error:
        raise AulaError(COPY_FAILED, path=plan.source, reason=error or "GDAL")


def _sql(dataset: Any, statements: list[str], path: Path) -> None:
    gdal = _gdal()[0]
    for statement in statements:
        gdal.ErrorReset()
        result = dataset.ExecuteSQL(statement)
        if result is not None:
            dataset.ReleaseResultSet(result)
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            raise AulaError(COPY_FAILED, path=path, reason=gdal.GetLastErrorMsg())


def _validate(plan: ImportPlan, report: Progress) -> None:
    """Every rejected feature and why, into the staging table ``aula_rejects`` (GDAL's SQL, with
    SpatiaLite's GEOS checks on the GeoPackage geometries)."""
    gdal = _gdal()[0]
    report(0.5, STEP_VALIDATE)
    geometry_types = ", ".join(f"'{t}'" for t in GEOMETRIES[plan.spec.geometry])
    reject = "INSERT INTO aula_rejects (fid, reason, detail) SELECT fid, '{}', {} FROM src WHERE {}"
    not_yet = "fid NOT IN (SELECT fid FROM aula_rejects)"
    statements = [
        "CREATE TABLE aula_rejects (fid INTEGER, reason TEXT, detail TEXT)",
        "CREATE TABLE aula_codes (list TEXT, code TEXT, PRIMARY KEY (list, code))",
        reject.format("geometry_missing", "NULL", "geom IS NULL OR ST_IsEmpty(geom)"),
        reject.format(
            "geometry_type",
            "ST_GeometryType(geom)",
            f"{not_yet} AND ST_GeometryType(geom) NOT IN ({geometry_types})",
        ),
        reject.format(
            "geometry_invalid",
            "ST_IsValidReason(geom)",
            f"{not_yet} AND coalesce(ST_IsValid(geom), -1) <> 1",
        ),
    ]
    codes: list[str] = []
    for column, source_name in plan.mapping.items():
        spec_field = plan.spec.field_spec(column)
        column_sql = quote_ident(source_name)
        if spec_field is not None and spec_field.required:
            missing = f"{column_sql} IS NULL OR trim({column_sql}) = ''"
            statements.append(reject.format("value_missing", f"'{column}'", missing))
        if spec_field is not None and spec_field.codes:
            values = sorted(code_list(spec_field.codes))
            codes.append(spec_field.codes)
            rows = ", ".join(
                "('{}', {})".format(spec_field.codes, provenance.sql_literal(v)) for v in values
            )
            statements.append(f"INSERT OR IGNORE INTO aula_codes VALUES {rows}")
            unknown = (
                f"{column_sql} IS NOT NULL AND {column_sql} NOT IN "
                f"(SELECT code FROM aula_codes WHERE list = '{spec_field.codes}')"
            )
            statements.append(reject.format("code", f"'{column}=' || {column_sql}", unknown))
    if plan.key:
        key = quote_ident(plan.mapping[plan.key])
        statements += [
            f"CREATE INDEX src_key ON src ({key})",
            reject.format("key_missing", "NULL", f"{key} IS NULL OR trim({key}) = ''"),
            reject.format(
                "duplicate_key",
                key,
                f"{key} IN (SELECT {key} FROM src "
                f"WHERE {key} IS NOT NULL GROUP BY {key} HAVING count(*) > 1)",
            ),
        ]
    statements.append("CREATE INDEX aula_rejects_fid ON aula_rejects (fid)")
    with _quiet_gdal():
        dataset = gdal.OpenEx(str(plan.staging), gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dataset is None:
            raise AulaError(COPY_FAILED, path=plan.source, reason=gdal.GetLastErrorMsg())
        try:
            _sql(dataset, ["PRAGMA synchronous = OFF", "BEGIN"], plan.source)
            for done, statement in enumerate(statements):
                report(0.5 + 0.3 * done / len(statements), STEP_VALIDATE)
                _sql(dataset, [statement], plan.source)
            _sql(dataset, ["COMMIT"], plan.source)
        finally:
            dataset = None


#: GeoPackage geometry header: envelope size by the envelope bits of its flags byte
_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def wkb_body(blob: bytes | None) -> bytes | None:
    """The WKB of a GeoPackage geometry blob, without the header (whose envelope and flags
    differ between writers): two blobs of one geometry compare equal."""
    if blob is None or len(blob) < 8:
        return blob
    return bytes(blob[8 + _ENVELOPE.get((blob[3] >> 1) & 7, 0) :])


@contextlib.contextmanager
def _staging_with_package(plan: ImportPlan) -> Iterator[sqlite3.Connection]:
    """The staging file (read-write) with the package attached read only as ``pkg``."""
    con = sqlite3.connect(plan.staging.absolute().as_uri(), uri=True, timeout=5.0)
    con.create_function("aula_wkb", 1, wkb_body, deterministic=True)
    try:
        con.execute("ATTACH DATABASE ? AS pkg", (plan.package.absolute().as_uri() + "?mode=ro",))
        yield con
        con.commit()
    except sqlite3.DatabaseError as exc:
        raise read_error(plan.package, exc) from None
    finally:
        con.close()


def _compare(plan: ImportPlan, report: Progress) -> None:
    """Counts and examples: added, removed, changed, unchanged (by key) and rejected (by reason)."""
    report(0.8, STEP_COMPARE)
    layer, target = quote_ident(plan.layer), plan.target
    with _staging_with_package(plan) as con:
        plan.features = con.execute("SELECT count(*) FROM src").fetchone()[0]
        if plan.key and target.exists and plan.mode == APPEND:
            key = quote_ident(plan.mapping[plan.key])
            con.execute(
                "INSERT INTO aula_rejects (fid, reason, detail) SELECT fid, 'key_exists', "
                f"{key} FROM src WHERE {key} IN (SELECT {quote_ident(plan.key)} FROM pkg.{layer})"
            )
        rejected = con.execute("SELECT count(DISTINCT fid) FROM aula_rejects").fetchone()[0]
        accepted = plan.features - rejected
        ok = "fid NOT IN (SELECT fid FROM aula_rejects)"
        counts = {"added": accepted, "removed": 0, "changed": 0, "unchanged": 0}
        examples: dict[str, list[str]] = {"added": [], "removed": [], "changed": []}
        if plan.mode == REPLACE:
            counts["removed"] = target.count
        if plan.key and target.exists and plan.mode == REPLACE:
            skey, tkey = quote_ident(plan.mapping[plan.key]), quote_ident(plan.key)
            new = f"(SELECT {skey} AS k FROM src WHERE {ok})"
            known = f"(SELECT {tkey} FROM pkg.{layer})"
            added = f"SELECT {skey} FROM src WHERE {ok} AND {skey} NOT IN {known}"
            removed = f"SELECT {tkey} FROM pkg.{layer} WHERE {tkey} NOT IN {new}"
            differs = " OR ".join(
                [f"s.{quote_ident(s)} IS NOT t.{quote_ident(c)}" for c, s in plan.mapping.items()]
                + [f"aula_wkb(s.geom) IS NOT aula_wkb(t.{quote_ident(target.geometry_column)})"]
            )
            changed = (
                f"SELECT s.{skey} FROM src s JOIN pkg.{layer} t ON t.{tkey} = s.{skey} "
                f"WHERE s.{ok} AND ({differs})"
            )
            for what, query in (("added", added), ("removed", removed), ("changed", changed)):
                counts[what] = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
                examples[what] = [
                    str(r[0]) for r in con.execute(f"{query} ORDER BY 1 LIMIT {EXAMPLES}")
                ]
            counts["unchanged"] = accepted - counts["added"] - counts["changed"]
        elif plan.key:
            skey = quote_ident(plan.mapping[plan.key])
            examples["added"] = [
                str(r[0])
                for r in con.execute(
                    f"SELECT {skey} FROM src WHERE {ok} ORDER BY 1 LIMIT {EXAMPLES}"
                )
            ]
        counts["rejected"] = rejected
        key_sql = quote_ident(plan.mapping[plan.key]) if plan.key else "NULL"
        rejections = {}
        for reason, count, detail in con.execute(
            "SELECT reason, count(*), min(detail) FROM aula_rejects GROUP BY reason ORDER BY reason"
        ).fetchall():
            rows = con.execute(
                f"SELECT r.fid, s.{key_sql} FROM aula_rejects r JOIN src s ON s.fid = r.fid "
                f"WHERE r.reason = ? ORDER BY r.fid LIMIT {EXAMPLES}"
                if plan.key
                else f"SELECT fid, NULL FROM aula_rejects WHERE reason = ? ORDER BY fid "
                f"LIMIT {EXAMPLES}",
                (reason,),
            ).fetchall()
            shown = [f"{fid} ({k})" if k is not None else str(fid) for fid, k in rows]
            rejections[reason] = (count, shown, detail or "")
    plan.counts, plan.examples, plan.rejections = counts, examples, rejections
    report(1.0, STEP_COMPARE)


# -- apply, rollback ------------------------------------------------------------------------------


@dataclass
class ImportResult:
    package: Path
    layer: str
    counts: dict[str, int]
    written: int
    backup: Path | None
    provenance: dict[str, Any]


def _srs_row(con: sqlite3.Connection, srs_id: int) -> tuple[int, str, str]:
    row = con.execute(
        "SELECT srs_id, srs_name, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
        (srs_id,),
    ).fetchone()
    if row is None:
        row = con.execute(
            "SELECT srs_id, srs_name, definition FROM stage.gpkg_spatial_ref_sys "
            "WHERE organization_coordsys_id = ?",
            (srs_id,),
        ).fetchone()
        row = (srs_id, row[1], row[2])
    return row


def _create_target(con: sqlite3.Connection, plan: ImportPlan, now: str) -> None:
    from ..core.gpkg_store import register_features

    declared = {r[1]: r[2] for r in con.execute("PRAGMA stage.table_info(src)")}
    columns = ", ".join(
        f"{quote_ident(c)} {declared.get(s) or 'TEXT'}" for c, s in plan.mapping.items()
    )
    geometry = GEOMETRIES[plan.spec.geometry][0]
    register_features(
        con,
        plan.layer,
        columns,
        geometry,
        _srs_row(con, plan.spec.srs_id),
        plan.spec.notes or plan.layer,
        now,
    )
    plan.target = Target(True, {c: "" for c in plan.mapping}, "geom", plan.spec.srs_id)


def apply_import(
    plan: ImportPlan,
    release: str = "",
    tool_version: str = "",
    operator: str | None = None,
    backup: bool = True,
    backup_folder: Path | None = None,
    skip_rejected: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan into the package, all or nothing, after a backup; the plan is consumed.

    Refused (nothing written) when features were rejected, unless ``skip_rejected``. The
    provenance row is written in the same transaction as the features."""
    report = progress or _no_progress
    try:
        if plan.rejected and not skip_rejected:
            raise AulaError(REJECTED, layer=plan.layer, count=plan.rejected, file=plan.source.name)
        if plan.features - plan.rejected <= 0:
            raise AulaError(NOTHING_ACCEPTED, layer=plan.layer, file=plan.source.name)
        counts = dict(plan.counts)
        now = now_utc()
        record = provenance.import_record(
            plan.layer,
            plan.source,
            release,
            tool_version,
            counts,
            now,
            operator,
            source=plan.source.name,
            vintage=release or None,
            notes="{} ({}), key {}".format(plan.mode, plan.source_layer, plan.key or "-"),
        )
        report(0.0, STEP_BACKUP)
        saved = backup_package(plan.package, backup_folder, BACKUP_LABEL) if backup else None
        try:
            written = _write(plan, record, now, report)
        except BaseException:
            if saved is not None:
                saved.unlink(missing_ok=True)  # nothing was changed: no backup to keep
            raise
    finally:
        plan.discard()
    report(1.0, STEP_DONE)
    return ImportResult(plan.package, plan.layer, counts, written, saved, record)


def _drop_rejected_from_staging_index(plan: ImportPlan) -> None:
    """The staging R-tree keeps the accepted features only (its nodes may become the layer's)."""
    con = sqlite3.connect(str(plan.staging))
    try:
        with con:
            con.execute("DELETE FROM rtree_src_geom WHERE id IN (SELECT fid FROM aula_rejects)")
    finally:
        con.close()


def _write(plan: ImportPlan, record: dict[str, Any], now: str, report: Progress) -> int:
    layer = quote_ident(plan.layer)
    if plan.rejected:
        _drop_rejected_from_staging_index(plan)
    ok = "fid NOT IN (SELECT fid FROM stage.aula_rejects)"
    with write_transaction(plan.package, attach={"stage": plan.staging}) as con:
        report(0.1, STEP_WRITE)
        if not plan.target.exists:
            _create_target(con, plan, now)
        geom = plan.target.geometry_column
        rtree = f"rtree_{plan.layer}_{geom}"
        has_rtree = (
            con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone()
            is not None
        )
        # the R-tree triggers call GDAL's SQL functions: dropped during the bulk copy (whose
        # index entries are copied from the staging's R-tree), restored in the same transaction
        triggers = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND name LIKE 'rtree%'",
            (plan.layer,),
        ).fetchall()
        for name, _sql_text in triggers:
            con.execute(f"DROP TRIGGER {quote_ident(name)}")
        base = 0
        if plan.mode == REPLACE:
            con.execute(f"DELETE FROM {layer}")
            if has_rtree:
                con.execute(f"DELETE FROM {quote_ident(rtree)}")
            report(0.3, STEP_WRITE)
        else:
            base = con.execute(f"SELECT coalesce(max(fid), 0) FROM {layer}").fetchone()[0]
        first = con.execute("SELECT coalesce(min(fid), 1) FROM stage.src").fetchone()[0]
        offset = base - first + 1
        columns = list(plan.mapping)
        targets = ", ".join(["fid", quote_ident(geom)] + [quote_ident(c) for c in columns])
        sources = ", ".join(
            [f"fid + {offset}", "geom"] + [quote_ident(plan.mapping[c]) for c in columns]
        )
        cursor = con.execute(
            f"INSERT INTO {layer} ({targets}) SELECT {sources} FROM stage.src WHERE {ok}"
        )
        written = cursor.rowcount
        report(0.6, STEP_WRITE)
        if has_rtree and offset == 0 and plan.mode == REPLACE:
            # the staging's R-tree, bulk-loaded by GDAL, is the layer's: its nodes are copied as
            # they are (as GDAL's own bulk load writes them), not re-inserted one by one
            for shadow in ("node", "rowid", "parent"):
                con.execute(f"DELETE FROM {quote_ident(rtree + '_' + shadow)}")
                con.execute(
                    f"INSERT INTO {quote_ident(rtree + '_' + shadow)} "
                    f"SELECT * FROM stage.rtree_src_geom_{shadow}"
                )
        elif has_rtree:
            con.execute(
                f"INSERT INTO {quote_ident(rtree)} SELECT id + {offset}, minx, maxx, miny, maxy "
                f"FROM stage.rtree_src_geom WHERE id NOT IN (SELECT fid FROM stage.aula_rejects)"
            )
        report(0.8, STEP_WRITE)
        for _name, sql_text in triggers:
            con.execute(sql_text)
        if has_rtree:
            extent = con.execute(
                f"SELECT min(minx), min(miny), max(maxx), max(maxy) FROM {quote_ident(rtree)}"
            ).fetchone()
            con.execute(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                "WHERE table_name = ?",
                (*extent, plan.layer),
            )
        con.execute(
            "UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (now, plan.layer)
        )
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            con.execute(
                "UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM "
                f"{layer}) WHERE lower(table_name) = lower(?)",
                (plan.layer,),
            )
        record = provenance.carried_over(con, record)
        provenance.upsert_provenance(con, [record], plan.package)
        report(0.95, STEP_WRITE)
    return written


def import_backups(package: Path | str, folder: Path | None = None) -> list[Path]:
    """The import backups of ``package``, oldest first."""
    package = Path(package)
    pattern = f"{package.stem}_sauvegarde_{BACKUP_LABEL}*{package.suffix}"
    return sorted((folder or package.parent).glob(pattern), key=lambda p: p.stat().st_mtime)


def rollback_import(package: Path | str, backup: Path | str | None = None) -> Path:
    """Put the package back as ``backup`` (default: its latest import backup) holds it, in one
    SQLite transaction (a kill leaves it as it was); returns the backup used."""
    package = Path(package)
    if backup is None:
        found = import_backups(package)
        if not found:
            raise AulaError(NO_BACKUP, path=package)
        backup = found[-1]
    backup = Path(backup)
    check_geopackage(backup)
    try:
        replace_content(backup, package, timeout=2.0)
    except sqlite3.Error as exc:
        raise AulaError(RESTORE_FAILED, path=package, backup=backup, reason=exc) from None
    return backup


def counts_json(counts: dict[str, int]) -> str:
    return json.dumps(counts, sort_keys=True)
