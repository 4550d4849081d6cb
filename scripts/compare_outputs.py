#!/usr/bin/env python3
"""Compare two `make demo` output folders (out/): is a refactor free of visible changes?

    .venv/bin/python scripts/compare_outputs.py BEFORE_DIR AFTER_DIR

Same set of files; then, per kind of file:
- GeoPackage: per layer (tables too), field names and types, feature count, attribute values and
  geometries (ISO WKB), feature by feature in FID order;
- GeoTIFF: size, geotransform, CRS, metadata, and per band its type, nodata and whole array;
- CSV and JSON: every value, apart from run dates, timestamps and durations;
- PDF: the text (pdftotext), with dates and times masked;
- OpenDocument: every member's text with dates masked (meta.xml and pictures left out);
- PNG: listed, not compared (a rendering may differ by a pixel with the same data);
- anything else: by checksum.
Prints one line per file (identical / differs: what) and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Keys (JSON, GeoPackage fields, GeoTIFF metadata) whose value is when or how long a run took.
VOLATILE_KEY = re.compile(
    r"(^|_)(run_?date|date_run|timestamp|generated(_at)?|imported_at|update_time|duration(_s)?"
    r"|elapsed(_s)?|seconds|run_time)$",
    re.IGNORECASE,
)
DATETIME = re.compile(
    r"\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?"
)
DATE = re.compile(r"\b(\d{4}[-/]\d{2}[-/]\d{2}|\d{1,2}/\d{1,2}/\d{4})\b")
TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(:\d{2})?\b")
MAX_REPORTED = 3  # differences listed per file


#: the two compared folders, absolute: a path inside either reads "<out>" (a run's own place)
ROOTS: list[str] = []


def mask_timestamps(text: str) -> str:
    for root in ROOTS:
        text = text.replace(root, "<out>")
    if text.startswith("<") and "</" in text:
        text = canonical_xml(text)
    return DATETIME.sub("<datetime>", text)


def canonical_xml(text: str) -> str:
    """XML with its attributes in a fixed order (Qt writes them in a random, per-run order),
    XML held in attribute values (QGIS nests symbols that way) included."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(re.sub(r"^<!DOCTYPE[^>]*>\s*", "", text.strip()))
    except ET.ParseError:
        return text
    for element in root.iter():
        for key, value in element.attrib.items():
            if value.startswith("<") and "</" in value:
                element.set(key, canonical_xml(value))
    return ET.canonicalize(ET.tostring(root, encoding="unicode"))


def mask_dates(text: str) -> str:
    return TIME.sub("<time>", DATE.sub("<date>", mask_timestamps(text)))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _first(differences: list[str]) -> list[str]:
    more = len(differences) - MAX_REPORTED
    return differences[:MAX_REPORTED] + ([f"... and {more} more"] if more > 0 else [])


# --- GeoPackage ---------------------------------------------------------------------------------


def _gpkg_layers(path: Path) -> dict[str, dict[str, Any]]:
    from osgeo import ogr

    ds = ogr.Open(str(path))
    if ds is None:
        raise ValueError(f"OGR cannot open {path}")
    layers = {}
    for index in range(ds.GetLayerCount()):
        layer = ds.GetLayerByIndex(index)
        defn = layer.GetLayerDefn()
        fields = [
            (defn.GetFieldDefn(i).GetName(), defn.GetFieldDefn(i).GetTypeName())
            for i in range(defn.GetFieldCount())
        ]
        kept = [i for i, (name, _) in enumerate(fields) if not VOLATILE_KEY.search(name)]
        rows = []
        for feature in layer:
            values = [feature.GetField(i) for i in kept]
            values = [mask_timestamps(v) if isinstance(v, str) else v for v in values]
            geometry = feature.GetGeometryRef()
            wkb = bytes(geometry.ExportToIsoWkb()) if geometry is not None else None
            rows.append((feature.GetFID(), values, wkb))
        layers[layer.GetName()] = {
            "fields": fields,
            "geometry": ogr.GeometryTypeToName(layer.GetGeomType()),
            "rows": rows,
        }
    return layers


def compare_gpkg(before: Path, after: Path) -> list[str]:
    a, b = _gpkg_layers(before), _gpkg_layers(after)
    if sorted(a) != sorted(b):
        return [f"layers {sorted(a)} -> {sorted(b)}"]
    differences = []
    for name in sorted(a):
        la, lb = a[name], b[name]
        if la["fields"] != lb["fields"]:
            differences.append(f"{name}: fields {la['fields']} -> {lb['fields']}")
            continue
        if la["geometry"] != lb["geometry"]:
            differences.append(f"{name}: geometry type {la['geometry']} -> {lb['geometry']}")
        if len(la["rows"]) != len(lb["rows"]):
            differences.append(f"{name}: {len(la['rows'])} -> {len(lb['rows'])} features")
            continue
        kept = [f for f, _ in la["fields"] if not VOLATILE_KEY.search(f)]
        for (fid, va, ga), (fid_b, vb, gb) in zip(la["rows"], lb["rows"], strict=False):
            if fid != fid_b:
                differences.append(f"{name}: feature {fid} -> fid {fid_b}")
            changed = [
                f"{k}: {x!r} -> {y!r}" for k, x, y in zip(kept, va, vb, strict=True) if x != y
            ]
            if changed:
                differences.append(f"{name} feature {fid}: " + "; ".join(changed[:MAX_REPORTED]))
            if ga != gb:
                differences.append(f"{name} feature {fid}: geometry differs")
    return differences


# --- GeoTIFF ------------------------------------------------------------------------------------


def compare_tif(before: Path, after: Path) -> list[str]:
    import numpy as np
    from osgeo import gdal

    da, db = gdal.Open(str(before)), gdal.Open(str(after))
    if da is None or db is None:
        return ["GDAL cannot open one of the files"]
    differences = []
    for what, get in (
        ("size", lambda d: (d.RasterXSize, d.RasterYSize, d.RasterCount)),
        ("geotransform", lambda d: d.GetGeoTransform()),
        ("CRS", lambda d: d.GetProjection()),
        (
            "metadata",
            lambda d: {k: v for k, v in d.GetMetadata().items() if not VOLATILE_KEY.search(k)},
        ),
    ):
        if get(da) != get(db):
            differences.append(f"{what} {get(da)} -> {get(db)}")
    if differences:
        return differences
    for index in range(1, da.RasterCount + 1):
        ba, bb = da.GetRasterBand(index), db.GetRasterBand(index)
        nodata_a, nodata_b = ba.GetNoDataValue(), bb.GetNoDataValue()
        same_nodata = nodata_a == nodata_b or (
            nodata_a is not None
            and nodata_b is not None
            and np.isnan(nodata_a)
            and np.isnan(nodata_b)
        )
        if ba.DataType != bb.DataType or not same_nodata:
            differences.append(
                f"band {index}: type/nodata {gdal.GetDataTypeName(ba.DataType)}/"
                f"{ba.GetNoDataValue()} -> {gdal.GetDataTypeName(bb.DataType)}/"
                f"{bb.GetNoDataValue()}"
            )
            continue
        xa, xb = ba.ReadAsArray(), bb.ReadAsArray()
        if not np.array_equal(xa, xb, equal_nan=np.issubdtype(xa.dtype, np.floating)):
            cells = np.argwhere(~((xa == xb) | (np.isnan(xa) & np.isnan(xb)))
                                if np.issubdtype(xa.dtype, np.floating) else xa != xb)  # fmt: skip
            row, col = cells[0]
            differences.append(
                f"band {index}: {len(cells)} cells differ, first at row {row} col {col}: "
                f"{xa[row, col]!r} -> {xb[row, col]!r}"
            )
    return differences


# --- text formats -------------------------------------------------------------------------------


def _csv_rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    rows = list(csv.reader(text.splitlines(), dialect))
    if not rows:
        return rows
    volatile = {i for i, name in enumerate(rows[0]) if VOLATILE_KEY.search(name)}
    return [
        [mask_timestamps(v) if i not in volatile else "<volatile>" for i, v in enumerate(row)]
        for row in rows
    ]


def compare_csv(before: Path, after: Path) -> list[str]:
    a, b = _csv_rows(before), _csv_rows(after)
    if a[:1] != b[:1]:
        return [f"header {a[:1]} -> {b[:1]}"]
    if len(a) != len(b):
        return [f"{len(a) - 1} -> {len(b) - 1} rows"]
    return [f"row {n}: {x} -> {y}" for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]


def _without_volatile(value: Any) -> Any:
    if isinstance(value, dict):
        # the checksum of an input that the run itself keeps (the demo's working copy) changes
        # with every run's timestamps inside it
        inside = any(str(value.get("source", "")).startswith(root) for root in ROOTS)
        return {
            k: _without_volatile(v)
            for k, v in value.items()
            if not VOLATILE_KEY.search(str(k)) and not (inside and k == "sha256")
        }
    if isinstance(value, list):
        return [_without_volatile(v) for v in value]
    return mask_timestamps(value) if isinstance(value, str) else value


def _json_differences(a: Any, b: Any, where: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        out = [f"{where}/{k}: only before" for k in a.keys() - b.keys()]
        out += [f"{where}/{k}: only after" for k in b.keys() - a.keys()]
        for key in sorted(a.keys() & b.keys(), key=str):
            out += _json_differences(a[key], b[key], f"{where}/{key}")
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=False))
            for d in _json_differences(x, y, f"{where}[{i}]")
        ]
    return [] if a == b else [f"{where or '/'}: {a!r} -> {b!r}"]


def compare_json(before: Path, after: Path) -> list[str]:
    a, b = (_without_volatile(json.loads(p.read_text(encoding="utf-8"))) for p in (before, after))
    return _json_differences(a, b)


def _text_differences(a: str, b: str) -> list[str]:
    la, lb = a.splitlines(), b.splitlines()
    pairs = enumerate(zip(la, lb, strict=False))
    out = [f"line {n + 1}: {x!r} -> {y!r}" for n, (x, y) in pairs if x != y]
    if len(la) != len(lb):
        out.append(f"{len(la)} -> {len(lb)} lines")
    return out


def compare_pdf(before: Path, after: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        raise RuntimeError("pdftotext is missing: apt-get install poppler-utils")

    def text(path: Path) -> str:
        proc = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
        return mask_dates(proc.stdout)

    return _text_differences(text(before), text(after))


def compare_odf(before: Path, after: Path) -> list[str]:
    with zipfile.ZipFile(before) as za, zipfile.ZipFile(after) as zb:
        names_a, names_b = sorted(za.namelist()), sorted(zb.namelist())
        if names_a != names_b:
            return [f"members {sorted(set(names_a) ^ set(names_b))} differ"]
        differences = []
        for name in names_a:
            if name == "meta.xml" or name.lower().endswith((".png", ".jpg", ".svg")):
                continue  # dates of the document; pictures are renderings
            a, b = za.read(name), zb.read(name)
            if name.endswith(".xml"):
                a_text, b_text = (mask_dates(x.decode("utf-8")) for x in (a, b))
                if a_text != b_text:
                    differences.append(f"{name}: text differs")
            elif a != b:
                differences.append(f"{name}: bytes differ")
        return differences


def compare_bytes(before: Path, after: Path) -> list[str]:
    return [] if sha256(before) == sha256(after) else ["checksum differs"]


COMPARERS: dict[str, Callable[[Path, Path], list[str]]] = {
    ".gpkg": compare_gpkg,
    ".tif": compare_tif,
    ".tiff": compare_tif,
    ".csv": compare_csv,
    ".json": compare_json,
    ".pdf": compare_pdf,
    ".odt": compare_odf,
    ".ods": compare_odf,
}
NOT_COMPARED = {".png": "rendering, not compared"}


def compare_folders(before: Path, after: Path) -> int:
    files_a = {p.relative_to(before) for p in before.rglob("*") if p.is_file()}
    files_b = {p.relative_to(after) for p in after.rglob("*") if p.is_file()}
    failures = 0
    for relative in sorted(files_a | files_b):
        if relative not in files_b or relative not in files_a:
            where = "before" if relative in files_a else "after"
            print(f"{relative}: differs: only {where}")
            failures += 1
            continue
        suffix = relative.suffix.lower()
        if suffix in NOT_COMPARED:
            print(f"{relative}: {NOT_COMPARED[suffix]}")
            continue
        try:
            differences = COMPARERS.get(suffix, compare_bytes)(before / relative, after / relative)
        except Exception as exc:  # a file the comparer cannot read is a difference too
            differences = [f"cannot compare: {exc}"]
        if differences:
            failures += 1
            print(f"{relative}: differs: " + " | ".join(_first(differences)))
        else:
            print(f"{relative}: identical")
    total = len(files_a | files_b)
    print(f"{total} files, {failures} differ" if failures else f"{total} files, all identical")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    for folder in (args.before, args.after):
        if not folder.is_dir():
            parser.error(f"{folder} is not a folder")
        ROOTS.append(str(folder.resolve()))
    return compare_folders(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
