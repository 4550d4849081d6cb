"""Reading a Cerema NAF consumption file as published: CSV, shapefile (or zip), GeoPackage table.

Rows come out as mappings column → value with codes as **text** (leading zeros kept): CSV files
are read with the csv module after sniffing the delimiter (``;`` in the Cerema files, ``,`` in some
re-publications), other formats through OGR (no QGIS layer, so it also runs in benchmarks).

:func:`import_cerema` is the whole import behind aula:zanimportconsumption: read, convert, apply
the COG corrections, check the codes against a commune layer, then write all or nothing
(:func:`~..core.zan.cerema_store.write_import`).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.textfiles import READ_AS, UTF8, UTF8_BOM, WINDOWS_1252, decode_text
from ..core.zan import cerema_store
from ..core.zan.cerema import (
    Note,
    anomaly_notes,
    check_listed_codes,
    classify_columns,
    cog_note,
    convert,
    keep_listed,
    layout_notes,
    validate_layout,
)
from ..core.zan.cog import apply_corrections, read_corrections
from ..toolbelt.paths import RESOURCES_DIR
from .provenance import table_provenance

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
COG_CORRECTIONS = RESOURCES_DIR / "zan" / "cog_corrections.csv"
#: core.textfiles labels -> Python codecs
_CODECS = {UTF8: "utf-8", UTF8_BOM: "utf-8-sig", WINDOWS_1252: "cp1252"}
#: progress shares: reading and converting, COG corrections; writing takes the rest
_READ_SHARE, _COG_SHARE = 40.0, 5.0

# fmt: off
_CANNOT_OPEN = QT_TRANSLATE_NOOP("aula", "{path}: cannot open the file ({reason})")
_NO_LAYER = QT_TRANSLATE_NOOP("aula", "{path}: no layer {layer} (layers: {layers})")
_NOT_TEXT_AT = QT_TRANSLATE_NOOP("aula",
    "{file}: the text around line {line} is not in {encoding} like the lines before it: save "
    "the file as CSV UTF-8 and try again")
# fmt: on


@dataclass
class WideSource:
    """An opened Cerema file: its columns, a row iterator factory and its fingerprint."""

    path: Path
    layer: str | None
    columns: list[str]
    count: int
    kind: str  # "csv" or the OGR driver name
    encoding: str = ""  # the text encoding of a CSV file (core.textfiles label)

    def rows(self) -> Iterator[dict[str, Any]]:
        if self.kind == "csv":
            yield from _csv_rows(self.path)
        else:
            yield from _ogr_rows(self.path, self.layer)


def split_uri(uri: str, layer_name: str | None = None) -> tuple[Path, str | None]:
    """'file.gpkg|layername=x' → (Path('file.gpkg'), 'x'); an explicit layer name wins."""
    text = uri.strip().strip('"')
    layer = None
    if "|" in text:
        text, _, options = text.partition("|")
        for option in options.split("|"):
            key, _, value = option.partition("=")
            if key.strip().lower() == "layername":
                layer = value.strip()
    return Path(text), (layer_name or layer or None)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _count_lines(path: Path) -> int:
    """Number of lines (for progress: quoted line breaks, absent from Cerema files, would count)."""
    count, last = 0, b"\n"
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (0 if last == b"\n" else 1)


def _encoding(path: Path) -> tuple[str, str]:
    """(Python codec, label) of a CSV file, from its first MiB (core.textfiles' rule)."""
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
        more = handle.read(1) != b""
    if more and b"\n" in head:  # never judge on a character cut in two
        head = head[: head.rindex(b"\n") + 1]
    _, label = decode_text(head, path.name)
    return _CODECS[label], label


def _dialect(path: Path, encoding: str) -> str:
    with path.open(encoding=encoding, newline="") as handle:
        first = handle.readline()
    counts = {sep: first.count(sep) for sep in (";", ",", "\t", "|")}
    return max(counts, key=lambda sep: counts[sep])


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    encoding, label = _encoding(path)
    delimiter = _dialect(path, encoding)
    line = 1
    try:
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            header = [name.strip() for name in next(reader, [])]
            for values in reader:
                line = reader.line_num
                if values:
                    yield dict(zip(header, values))
    except UnicodeDecodeError:  # bytes further on that are not the encoding of the first MiB
        raise AulaError(_NOT_TEXT_AT, file=path.name, encoding=label, line=line + 1) from None


def _ogr_open(path: Path) -> Any:
    from osgeo import gdal, ogr

    name = str(path)
    if path.suffix.lower() == ".zip" and not name.startswith("/vsizip/"):
        name = "/vsizip/" + name
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(name, 0)
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        raise AulaError(_CANNOT_OPEN, path=path, reason=gdal.GetLastErrorMsg() or "OGR")
    return dataset


def _ogr_layer(dataset: Any, path: Path, layer: str | None) -> Any:
    if layer:
        found = dataset.GetLayerByName(layer)
        if found is None:
            names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
            raise AulaError(_NO_LAYER, path=path, layer=layer, layers=", ".join(names))
        return found
    return dataset.GetLayerByIndex(0)


def _ogr_rows(path: Path, layer_name: str | None) -> Iterator[dict[str, Any]]:
    dataset = _ogr_open(path)
    layer = _ogr_layer(dataset, path, layer_name)
    layer.ResetReading()
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    layer.SetIgnoredFields(["OGR_GEOMETRY", "OGR_STYLE"])
    for feature in layer:
        yield {
            name: (feature.GetField(i) if feature.IsFieldSetAndNotNull(i) else None)
            for i, name in enumerate(names)
        }
    dataset = None


def open_wide(uri: str, layer_name: str | None = None) -> WideSource:
    """Open a Cerema file (CSV, shapefile, zipped shapefile, GeoPackage table, ...)."""
    path, layer = split_uri(uri, layer_name)
    if not path.is_file():
        raise AulaError(_CANNOT_OPEN, path=path, reason="not found")
    if path.suffix.lower() in CSV_SUFFIXES and layer is None:
        encoding, label = _encoding(path)
        delimiter = _dialect(path, encoding)
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            columns = [name.strip() for name in next(reader, [])]
        return WideSource(path, None, columns, _count_lines(path) - 1, "csv", label)
    dataset = _ogr_open(path)
    ogr_layer = _ogr_layer(dataset, path, layer)
    defn = ogr_layer.GetLayerDefn()
    columns = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    count = max(ogr_layer.GetFeatureCount(), 0)
    kind = dataset.GetDriver().GetName()
    name = ogr_layer.GetName()
    dataset = None
    return WideSource(path, name, columns, count, kind)


def source_provenance(source: WideSource) -> str:
    """What the source's own GeoPackage says of it in aula_provenance ("" when nothing)."""
    row = table_provenance(source.path, source.layer or "")
    return row.get("notes", "") if row else ""


@dataclass
class CeremaImport:
    """What to import, and where (the parameters of aula:zanimportconsumption)."""

    uri: str
    layer_name: str | None
    gpkg: Path
    cog_target: int
    cog_source: int  # 0 = inferred from the file
    allow_incomplete: bool
    #: the commune layer checked against: its name, code field and whether only its communes stay
    commune_layer: str = ""
    commune_field: str = ""
    only_listed: bool = False


def source_name(source: WideSource, layer_name: str | None) -> str:
    """The file as the log and the imports table name it (GeoPackage tables with their layer)."""
    if source.kind != "csv" and source.path.suffix.lower() == ".gpkg":
        return "{}|layername={}".format(source.path.name, source.layer)
    return source.path.name + ("|" + layer_name if layer_name else "")


def import_cerema(
    request: CeremaImport,
    listed_codes: Callable[[], set[str]] | None = None,
    *,
    notify: Callable[[Note], None] = lambda note: None,
    progress: Callable[[float], None] = lambda percent: None,
    is_canceled: Callable[[], bool] = lambda: False,
) -> cerema_store.ImportRecord:
    """Import a Cerema file into the working GeoPackage: every row or, on any error, nothing.

    ``listed_codes`` reads the codes of the commune layer (None: no check); ``progress`` takes a
    percentage. Raises AulaError or Cancelled before anything is written.
    """
    source = open_wide(request.uri, request.layer_name)
    name = source_name(source, request.layer_name)
    if source.encoding:
        notify(Note(READ_AS, {"file": source.path.name, "encoding": source.encoding}))
    layout = classify_columns(source.columns)
    validate_layout(layout, name, require_reference=not request.allow_incomplete)
    for note in layout_notes(layout, name, source.count):
        notify(note)
    data = convert(
        source.rows(),
        layout,
        file=name,
        total=source.count,
        progress=lambda f: progress(_READ_SHARE * f),
        is_canceled=is_canceled,
    )
    cog_source = request.cog_source or layout.epci_year or (layout.last_year + 1)
    corrected = apply_corrections(
        data.table,
        read_corrections(COG_CORRECTIONS),
        cog_source,
        request.cog_target,
        is_canceled=is_canceled,
    )
    table = corrected.table
    progress(_READ_SHARE + _COG_SHARE)
    if corrected.applied:
        notify(cog_note(cog_source, request.cog_target, len(corrected.applied)))
    communes = dict(data.communes)
    if listed_codes is not None:
        listed = listed_codes()
        check_listed_codes(
            table.communes,
            listed,
            request.only_listed,
            file=name,
            layer=request.commune_layer,
            field=request.commune_field,
        )
        if request.only_listed:
            notify(keep_listed(table, communes, listed))
    kept_codes = set(table.values)
    anomalies = [
        a
        for a in (*data.anomalies, *corrected.anomalies, *data.c1.failures, *data.c2.failures)
        if a.insee in kept_codes
    ]
    for note in anomaly_notes(data, anomalies, name):
        notify(note)
    record = cerema_store.ImportRecord(
        release=layout.release,
        source_file=name,
        sha256=sha256(source.path),
        last_year=layout.last_year,
        cog_source=cog_source,
        cog_target=request.cog_target,
        communes=0,
        rows=0,
        anomalies=0,
    )
    total_rows = sum(len(cell) for by in table.values.values() for cell in by.values())
    return cerema_store.write_import(
        request.gpkg,
        table,
        communes.values(),
        anomalies,
        record,
        layout.epci_year,
        total_rows=total_rows,
        lineage=source_provenance(source),
        progress=lambda f: progress(_READ_SHARE + _COG_SHARE + 50.0 * f),
        is_canceled=is_canceled,
    )
