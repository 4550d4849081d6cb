"""aula-gpkg's source files (gpkg/source_files.py): fiona reads a source's schema exactly as the
library's GDAL reader does (same layer, fields and types, count, geometry, CRS, or the same
refusal), and ``import --rejects`` writes the rejected features with geopandas. Real files, no
mocks."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _aula_gpkg_tool import aula_gpkg
from _package_sources import BOWTIE, ZONAGE_FIELDS, square, write_source

from aula_plugin.core.errors import AulaError
from aula_plugin.maintenance import imports
from aula_plugin.maintenance.layer_specs import KINDS

ogr = pytest.importorskip("osgeo.ogr")
osr = pytest.importorskip("osgeo.osr")
pytest.importorskip("fiona")
pytest.importorskip("geopandas")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gpkg"))
import source_files  # noqa: E402

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
FIELDS = [
    ("nom", ogr.OFTString),
    ("petit", ogr.OFTInteger),
    ("grand", ogr.OFTInteger64),
    ("surface", ogr.OFTReal),
    ("jour", ogr.OFTDate),
    ("instant", ogr.OFTDateTime),
]


def write_layer(
    path: Path,
    driver: str = "GPKG",
    name: str = "source",
    epsg: int | None = 2154,
    geometry: int = ogr.wkbPolygon,
    fields: list[tuple[str, int]] = FIELDS,
    count: int = 3,
) -> Path:
    """A layer written by OGR (a new file, or one more layer of an existing GeoPackage)."""
    srs = None
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    ogr_driver = ogr.GetDriverByName(driver)
    dataset = ogr.Open(str(path), 1) if path.exists() else ogr_driver.CreateDataSource(str(path))
    layer = dataset.CreateLayer(name, srs, geometry)
    for field_name, kind in fields:
        layer.CreateField(ogr.FieldDefn(field_name, kind))
    for i in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        values = {"nom": f"n{i}", "petit": i, "grand": 2**40 + i, "surface": 1.5 * i}
        values.update({"jour": "2024-01-02", "instant": "2024-01-02T03:04:05"})
        for field_name, _kind in fields:
            feature[field_name] = values[field_name]
        if geometry != ogr.wkbNone:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(square(i)))
        layer.CreateFeature(feature)
    dataset = None
    return path


def _read(reader: Callable, source: Path, source_layer: str | None, target: str):
    try:
        return reader(source, source_layer, target)
    except AulaError as exc:
        return exc


def assert_same_reading(
    source: Path, source_layer: str | None = None, target: str = "tvb_zonages"
) -> imports.SourceSchema | AulaError:
    """The GDAL reader and the fiona reader agree on ``source``; the common result."""
    gdal_read = _read(imports.read_source_schema, source, source_layer, target)
    fiona_read = _read(source_files.fiona_source_schema, source, source_layer, target)
    if isinstance(gdal_read, AulaError) or isinstance(fiona_read, AulaError):
        assert isinstance(gdal_read, AulaError), f"GDAL read it, fiona: {fiona_read}"
        assert isinstance(fiona_read, AulaError), f"fiona read it, GDAL: {gdal_read}"
        assert fiona_read.template == gdal_read.template
        assert fiona_read.values.get("path") == gdal_read.values.get("path") == source
        if fiona_read.template != imports.SOURCE_UNREADABLE:
            assert str(fiona_read) == str(gdal_read)  # the reason of an unreadable file is
        return gdal_read  # each library's own words
    assert (fiona_read.path, fiona_read.layer) == (gdal_read.path, gdal_read.layer)
    assert list(fiona_read.fields) == list(gdal_read.fields)
    for name, gdal_type in gdal_read.fields.items():
        fiona_type = fiona_read.fields[name]
        # fiona 1.9 names Integer and Integer64 alike (``int``) outside shapefiles
        assert fiona_type == gdal_type or {fiona_type, gdal_type} <= {"Integer", "Integer64"}, (
            name,
            gdal_type,
            fiona_type,
        )
    assert (fiona_read.count, fiona_read.has_geometry) == (gdal_read.count, gdal_read.has_geometry)
    if gdal_read.srs is None:
        assert fiona_read.srs is None
    else:
        assert fiona_read.srs is not None
        assert fiona_read.srs.IsSame(gdal_read.srs, ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES"])
    return gdal_read


def test_the_library_never_tells_integer_from_integer64() -> None:
    """What makes fiona's ``int`` (Integer or Integer64) safe: no rule of the library tells them
    apart."""
    for kind, accepted in KINDS.items():
        assert ("Integer" in accepted) == ("Integer64" in accepted), kind


@pytest.mark.parametrize(
    ("driver", "suffix"), [("GPKG", ".gpkg"), ("ESRI Shapefile", ".shp"), ("GeoJSON", ".geojson")]
)
def test_fiona_reads_a_source_as_gdal_does(tmp_path: Path, driver: str, suffix: str) -> None:
    fields = FIELDS if driver != "ESRI Shapefile" else FIELDS[:5]  # no DateTime in a .dbf
    source = write_layer(tmp_path / f"source{suffix}", driver, fields=fields, count=4)
    schema = assert_same_reading(source)
    assert isinstance(schema, imports.SourceSchema)
    assert schema.count == 4 and schema.has_geometry
    assert schema.fields["nom"] == "String" and schema.fields["surface"] == "Real"
    if driver == "ESRI Shapefile":  # the width tells GDAL and our reading the integer's size
        assert source_files.fiona_source_schema(source, None, "x").fields["grand"] == "Integer64"
        assert source_files.fiona_source_schema(source, None, "x").fields["petit"] == "Integer"


def test_the_layer_choice_is_the_same(tmp_path: Path) -> None:
    source = tmp_path / "plusieurs.gpkg"
    for name in ("a", "tvb_zonages", "b"):
        write_layer(source, name=name, count=2 if name == "b" else 1)
    assert assert_same_reading(source).layer == "tvb_zonages"  # named like the target
    assert assert_same_reading(source, "b").layer == "b"  # asked for
    chosen = assert_same_reading(source, target="commune")
    assert isinstance(chosen, AulaError) and chosen.template == imports.SOURCE_LAYERS
    absent = assert_same_reading(source, "zz")
    assert isinstance(absent, AulaError) and absent.template == imports.SOURCE_NO_LAYER


def test_no_crs_no_geometry_and_attributes(tmp_path: Path) -> None:
    no_crs = assert_same_reading(write_layer(tmp_path / "sans_scr.gpkg", epsg=None))
    assert isinstance(no_crs, imports.SourceSchema)  # GDAL's "Undefined Cartesian SRS", alike
    shapefile = assert_same_reading(write_layer(tmp_path / "sans_prj.shp", "ESRI Shapefile",
                                                epsg=None, fields=FIELDS[:4]))  # fmt: skip
    assert isinstance(shapefile, imports.SourceSchema) and shapefile.srs is None
    table = write_layer(tmp_path / "table.gpkg", geometry=ogr.wkbNone)
    attributes = assert_same_reading(table)
    assert isinstance(attributes, imports.SourceSchema) and not attributes.has_geometry
    lambert = assert_same_reading(write_layer(tmp_path / "wgs84.geojson", "GeoJSON", epsg=4326))
    assert isinstance(lambert, imports.SourceSchema) and lambert.srs.IsGeographic()


def test_unreadable_files_are_refused_alike(tmp_path: Path) -> None:
    missing = assert_same_reading(tmp_path / "absent.gpkg")
    assert isinstance(missing, AulaError) and missing.template == imports.SOURCE_MISSING
    whole = write_layer(tmp_path / "entier.gpkg", count=200)
    truncated = tmp_path / "tronque.gpkg"
    truncated.write_bytes(whole.read_bytes()[:8192])
    cut = assert_same_reading(truncated)
    assert isinstance(cut, AulaError) and "tronque.gpkg" in str(cut)
    text = tmp_path / "notes.txt"
    text.write_text("pas une couche\n" * 10, encoding="utf-8")
    other = assert_same_reading(text)
    assert isinstance(other, AulaError) and other.template == imports.SOURCE_UNREADABLE
    png = tmp_path / "image.shp"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    broken = assert_same_reading(png)
    assert isinstance(broken, AulaError) and broken.template == imports.SOURCE_UNREADABLE
    json_cut = tmp_path / "coupe.geojson"
    whole_json = write_layer(tmp_path / "entier.geojson", "GeoJSON", count=20).read_text()
    json_cut.write_text(whole_json[: len(whole_json) // 2], encoding="utf-8")
    half = assert_same_reading(json_cut)
    assert isinstance(half, AulaError) and half.template == imports.SOURCE_UNREADABLE
    empty = tmp_path / "vide.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(empty)).FlushCache()
    nothing = assert_same_reading(empty)
    assert isinstance(nothing, AulaError) and nothing.template == imports.SOURCE_UNREADABLE


SHARED_SOURCES = sorted(
    [*SHARED.glob("cnig/*/*.shp"), *SHARED.glob("cnig/*/*.gpkg")] if SHARED.is_dir() else []
)


@pytest.mark.skipif(not SHARED_SOURCES, reason="../shared/data/cnig is not there")
@pytest.mark.parametrize("source", SHARED_SOURCES, ids=lambda p: p.name)
def test_shared_vector_files_are_read_alike(source: Path) -> None:
    schema = assert_same_reading(source)
    assert isinstance(schema, imports.SourceSchema) or schema.template == imports.SOURCE_LAYERS


# -- the rejected features, written by geopandas -------------------------------------------------


@pytest.fixture
def package(territory_gpkg: Path, tmp_path: Path) -> Path:
    path = tmp_path / "territoire.gpkg"
    shutil.copyfile(territory_gpkg, path)
    return path


def zonage_source(path: Path, rows: list[tuple[str | None, str, str]]) -> Path:
    """A tvb_zonages source: (WKT, type, id_zonage) per feature."""
    values = [
        (wkt, {"type": kind, "id_zonage": key, "nom": f"zone {key}"}) for wkt, kind, key in rows
    ]
    return write_source(path, ZONAGE_FIELDS, values, layer_name="tvb_zonages")


def known_type(package: Path) -> str:
    dataset = ogr.Open(str(package))
    value = next(iter(dataset.GetLayerByName("tvb_zonages")))["type"]
    dataset = None
    return value


def test_rejects_file_holds_every_rejected_feature(
    repo_root: Path, package: Path, tmp_path: Path
) -> None:
    kind = known_type(package)
    rows = [(square(i), kind, f"Z{i}") for i in range(8)]
    rows[1] = (BOWTIE, kind, "Z1")  # invalid geometry
    rows[3] = (square(3), "", "Z3")  # required value missing
    rows[5] = (square(5), kind, "Z4")  # duplicate key (with feature 5, Z4)
    rows[7] = (None, "", "Z7")  # no geometry, no type
    source = zonage_source(tmp_path / "zonages.gpkg", rows)
    with imports.plan_import(package, "tvb_zonages", source, "replace") as plan:
        expected = {f.fid: [r for r, _d in f.reasons] for f in plan.rejected_features()}
        rejected = plan.rejected
    assert rejected == len(expected) == 5
    rejects = tmp_path / "rejets.gpkg"
    done = aula_gpkg(repo_root, "import", str(package), "--layer", "tvb_zonages", "--source",
                     str(source), "--rejects", str(rejects))  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr  # a dry run with rejections
    assert f"Rejected features: {rejects} ({rejected})" in done.stdout
    dataset = ogr.Open(str(rejects))
    assert dataset.GetLayerCount() == 1
    layer = dataset.GetLayer(0)
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154"
    found = {}
    for feature in layer:
        found[feature["source_fid"]] = feature["reason"].split(", ")
        geometry = feature.GetGeometryRef()
        source_wkt = rows[feature["source_fid"] - 1][0]
        if source_wkt is None:
            assert geometry is None or geometry.IsEmpty()
            continue
        assert geometry is not None  # the source's own, even an invalid one
        assert geometry.Equals(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(source_wkt)))
        assert feature["detail"]
    dataset = None
    assert found == expected
    assert found[2] == ["geometry_invalid"] and found[4] == ["value_missing"]
    assert found[5] == found[6] == ["duplicate_key"]
    assert found[8] == ["geometry_missing", "value_missing"]


def test_no_rejects_file_when_nothing_is_rejected(
    repo_root: Path, package: Path, tmp_path: Path
) -> None:
    kind = known_type(package)
    source = zonage_source(tmp_path / "propre.gpkg", [(square(i), kind, f"Z{i}") for i in range(3)])
    rejects = tmp_path / "rejets.gpkg"
    done = aula_gpkg(repo_root, "import", str(package), "--layer", "tvb_zonages", "--source",
                     str(source), "--rejects", str(rejects), lang="fr_FR.UTF-8")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Aucune entité rejetée : {rejects} n'a pas été écrit." in done.stdout
    assert not rejects.exists()
