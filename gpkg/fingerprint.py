"""Content fingerprint of the AULA territory GeoPackage (standard library only).

Two builds from the same source give the same fingerprint even though their bytes differ: the
fingerprint covers what users see (table schemas, attributes, geometry WKB, metadata, provenance,
default styles, the stored project's title, CRS, layers and field aliases) and leaves out what
changes with every build (build date, timestamps, the project's random layer ids and save time).
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

# Values that legitimately change from one build to the next.
VOLATILE_METADATA_KEYS = frozenset({"build_date", "built_with"})
VOLATILE_COLUMNS = {
    "aula_provenance": frozenset({"build_date"}),
    "layer_styles": frozenset({"update_time", "owner"}),
}
# Qt writes XML attributes in hash order, which varies between runs: compare canonical XML.
XML_COLUMNS = {"layer_styles": frozenset({"styleQML", "styleSLD"})}


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    """Open a GeoPackage without ever writing to it (no journal, no WAL file)."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)


def gpkg_wkb(blob: bytes | None) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob (header and envelope stripped)."""
    if blob is None:
        return None
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    envelope_code = (blob[3] >> 1) & 0b111
    envelope_size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope_code]
    return blob[8 + envelope_size :]


def _canonical(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest()}
    if isinstance(value, float):
        return repr(value)
    return value


def canonical_xml(text: str | bytes | None) -> str | None:
    """C14N form of an XML document: attributes sorted, whitespace between elements dropped."""
    if text is None:
        return None
    if not text.strip():  # a style stored without its SLD form
        return ""
    return ElementTree.canonicalize(xml_data=text, strip_text=True)


def _table_digest(
    con: sqlite3.Connection, table: str, geometry_column: str | None, skip: frozenset[str]
) -> str:
    info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [row[1] for row in info if row[1] not in skip]
    schema = [(row[1], row[2].upper(), row[3], row[5]) for row in info if row[1] not in skip]
    order = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]] or ["rowid"]
    select = ", ".join(f'"{c}"' for c in columns)
    sort = ", ".join(f'"{c}"' if c != "rowid" else c for c in order)
    xml_columns = XML_COLUMNS.get(table, frozenset())
    digest = hashlib.sha256(json.dumps(schema).encode())
    for row in con.execute(f'SELECT {select} FROM "{table}" ORDER BY {sort}'):
        values = [
            gpkg_wkb(v) if c == geometry_column else canonical_xml(v) if c in xml_columns else v
            for c, v in zip(columns, row, strict=True)
        ]
        digest.update(json.dumps([_canonical(v) for v in values]).encode())
    return digest.hexdigest()


def project_summary(content: bytes | str) -> dict[str, Any]:
    """Title, CRS and layers (tree order, sources, styles, field aliases) of a stored project."""
    raw = bytes.fromhex(content) if isinstance(content, str) else content
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        qgs = next(n for n in archive.namelist() if n.endswith(".qgs"))
        root = ElementTree.fromstring(archive.read(qgs))
    tree = root.find("layer-tree-group")
    layers = []
    for maplayer in root.iter("maplayer"):
        renderer = maplayer.find("renderer-v2")
        layers.append(
            {
                "name": maplayer.findtext("layername"),
                "datasource": maplayer.findtext("datasource"),
                "provider": maplayer.findtext("provider"),
                "labels": maplayer.get("labelsEnabled"),
                "aliases": sorted(
                    (alias.get("field"), alias.get("name"))
                    for alias in maplayer.iter("alias")
                    if alias.get("name")
                ),
                "renderer": hashlib.sha256(
                    (canonical_xml(ElementTree.tostring(renderer)) or "").encode()
                    if renderer is not None
                    else b""
                ).hexdigest(),
            }
        )
    return {
        "title": root.findtext("title"),
        "crs": root.findtext("projectCrs/spatialrefsys/authid"),
        "tree": [
            (node.get("name"), node.get("source"))
            for node in (tree.iter("layer-tree-layer") if tree is not None else [])
        ],
        "layers": sorted(layers, key=lambda layer: str(layer["name"])),
    }


def content_fingerprint(path: Path | str) -> str:
    """sha256 over the GeoPackage's content, independent of build date and timestamps."""
    parts: dict[str, Any] = {}
    with connect_read_only(path) as con:
        contents = con.execute(
            "SELECT table_name, data_type, identifier, description, srs_id "
            "FROM gpkg_contents ORDER BY table_name"
        ).fetchall()
        parts["gpkg_contents"] = contents
        geometry_columns = dict(
            con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall()
        )
        for table, data_type, *_ in contents:
            if table == "layer_styles":
                continue  # hashed below, with its own volatile columns
            if table == "aula_metadata":
                parts[table] = sorted(
                    (k, v)
                    for k, v in con.execute("SELECT key, value FROM aula_metadata")
                    if k not in VOLATILE_METADATA_KEYS
                )
                continue
            parts[table] = (
                data_type,
                _table_digest(
                    con,
                    table,
                    geometry_columns.get(table),
                    VOLATILE_COLUMNS.get(table, frozenset()),
                ),
            )
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
        if "layer_styles" in tables:
            parts["layer_styles"] = _table_digest(
                con, "layer_styles", None, VOLATILE_COLUMNS["layer_styles"]
            )
        if "qgis_projects" in tables:
            parts["qgis_projects"] = [
                (name, project_summary(content))
                for name, content in con.execute(
                    "SELECT name, content FROM qgis_projects ORDER BY name"
                )
            ]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()
