"""Reading a Cerema NAF consumption file as published: CSV, shapefile (or zip), GeoPackage table.

Rows come out as mappings column → value with codes as **text** (leading zeros kept): CSV files
are read with the csv module after sniffing the delimiter (``;`` in the Cerema files, ``,`` in some
re-publications), other formats through OGR. Uses osgeo only (no qgis), so it also runs in unit
tests and benchmarks.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from .provenance import table_provenance

CSV_SUFFIXES = (".csv", ".txt", ".tsv")

# fmt: off
_CANNOT_OPEN = QT_TRANSLATE_NOOP("aula", "{path}: cannot open the file ({reason})")
_NO_LAYER = QT_TRANSLATE_NOOP("aula", "{path}: no layer {layer} (layers: {layers})")
_ENCODING = QT_TRANSLATE_NOOP("aula",
    "{path}: the text is neither UTF-8 nor Latin-1: save the file as UTF-8 and try again")
# fmt: on


@dataclass
class WideSource:
    """An opened Cerema file: its columns, a row iterator factory and its fingerprint."""

    path: Path
    layer: str | None
    columns: list[str]
    count: int
    kind: str  # "csv" or the OGR driver name

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


def _encoding(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    raise AulaError(_ENCODING, path=path)


def _dialect(path: Path, encoding: str) -> str:
    with path.open(encoding=encoding, newline="") as handle:
        first = handle.readline()
    counts = {sep: first.count(sep) for sep in (";", ",", "\t", "|")}
    return max(counts, key=lambda sep: counts[sep])


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    encoding = _encoding(path)
    delimiter = _dialect(path, encoding)
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        header = [name.strip() for name in next(reader, [])]
        for values in reader:
            if values:
                yield dict(zip(header, values, strict=False))


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
        encoding = _encoding(path)
        delimiter = _dialect(path, encoding)
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            columns = [name.strip() for name in next(reader, [])]
        return WideSource(path, None, columns, _count_lines(path) - 1, "csv")
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
