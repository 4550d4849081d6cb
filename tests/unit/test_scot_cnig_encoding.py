"""CNIG shapefile encodings (.cpg named, detected without one), table names and row checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from osgeo import ogr, osr

from aula_plugin.core import cnig
from aula_plugin.core.errors import AulaError

LIBELONG = "Zone à urbaniser à vocation principale d'habitat"


def make_shapefile(folder: Path, name: str, text: str, encoding: str, cpg: str | None) -> Path:
    """A one-polygon ZONE_URBA shapefile whose LIBELONG is ``text`` stored in ``encoding``
    (GDAL writes the bytes as given when no recoding is asked), with ``cpg`` as .cpg content."""
    path = folder / f"{name}.shp"
    driver = ogr.GetDriverByName("ESRI Shapefile")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer(name, srs, ogr.wkbPolygon, ["ENCODING="])
    for field_name in ("LIBELLE", "LIBELONG", "TYPEZONE", "IDURBA"):
        layer.CreateField(ogr.FieldDefn(field_name, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("LIBELLE", "1AUh")

    feature.SetField("TYPEZONE", "AUc")
    feature.SetField("IDURBA", "62498_PLU_20200101")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))"))
    layer.CreateFeature(feature)
    ds = None
    # write the LIBELONG bytes straight into the .dbf, in the encoding wanted
    dbf = path.with_suffix(".dbf")
    data = bytearray(dbf.read_bytes())
    fields, _count, header, _record = cnig.dbf_fields(bytes(data))
    libelong = next(f for f in fields if f.name == "LIBELONG")
    raw = text.encode(encoding)[: libelong.length].ljust(libelong.length, b" ")
    start = header + 1 + libelong.offset
    data[start : start + libelong.length] = raw
    dbf.write_bytes(bytes(data))
    for old in folder.glob(f"{name}.[cC][pP][gG]"):
        old.unlink()
    if cpg is not None:
        path.with_suffix(".cpg").write_bytes(cpg.encode("ascii"))
    return path


def encoding_of(path: Path) -> cnig.Encoding:
    cpg = path.with_suffix(".cpg")
    return cnig.shapefile_encoding(
        path.with_suffix(".dbf"), cpg.read_text() if cpg.exists() else None
    )


@pytest.mark.parametrize(
    ("stored", "cpg", "label"),
    [
        ("utf-8", "UTF-8", "UTF-8"),
        ("cp1252", "1252", "Windows-1252"),
        ("latin-1", "ISO 88591", "ISO-8859-1"),  # as real SCoT deliveries write it
        ("latin-1", "ISO-8859-1\r\n", "ISO-8859-1"),
        ("cp1252", "ANSI 1252", "Windows-1252"),
    ],
)
def test_the_cpg_names_the_encoding(tmp_path: Path, stored: str, cpg: str, label: str) -> None:
    path = make_shapefile(tmp_path, "62498_ZONE_URBA_20200101", LIBELONG, stored, cpg)
    found = encoding_of(path)
    assert found.label == label
    assert not found.note.warning
    assert "read as" in found.note.message() and label in found.note.message()
    text = path.with_suffix(".dbf").read_bytes()
    assert LIBELONG[:40].encode(stored) in text
    assert LIBELONG[:40].encode(stored).decode(found.codec) == LIBELONG[:40]


def test_without_cpg_utf8_is_read_as_utf8_and_said(tmp_path: Path) -> None:
    path = make_shapefile(tmp_path, "ZONE_URBA", LIBELONG, "utf-8", None)
    found = encoding_of(path)
    assert (found.codec, found.label) == ("utf-8", "UTF-8")
    assert found.note.warning and "no .cpg" in found.note.message()


def test_without_cpg_windows_1252_is_the_fallback_and_said(tmp_path: Path) -> None:
    path = make_shapefile(tmp_path, "ZONE_URBA", LIBELONG, "cp1252", None)
    found = encoding_of(path)
    assert (found.codec, found.label) == ("cp1252", "Windows-1252")
    message = found.note.message()
    assert found.note.warning and "Windows-1252" in message and "LIBELONG" in message


def test_a_cpg_the_bytes_contradict_is_refused(tmp_path: Path) -> None:
    path = make_shapefile(tmp_path, "ZONE_URBA", LIBELONG, "cp1252", "UTF-8")
    with pytest.raises(AulaError) as error:
        encoding_of(path)
    message = str(error.value)
    assert "ZONE_URBA" in message and "UTF-8" in message and "LIBELONG" in message


def test_an_unknown_cpg_is_refused_with_its_content(tmp_path: Path) -> None:
    path = make_shapefile(tmp_path, "ZONE_URBA", LIBELONG, "utf-8", "KLINGON-42")
    with pytest.raises(AulaError, match="KLINGON-42"):
        encoding_of(path)


def test_a_single_byte_cpg_on_utf8_text_warns(tmp_path: Path) -> None:
    path = make_shapefile(tmp_path, "ZONE_URBA", LIBELONG, "utf-8", "1252")
    found = encoding_of(path)
    assert found.note.warning and "garbled" in found.note.message()


def test_ascii_only_text_needs_no_guess(tmp_path: Path) -> None:
    path = make_shapefile(tmp_path, "ZONE_URBA", "Zone agricole", "ascii", None)
    assert encoding_of(path).label == "UTF-8"


def test_table_names_follow_the_standard_case_insensitively() -> None:
    name = cnig.plu_table_name("248000747_zone_urba_20201109")
    assert name == cnig.TableName("ZONE_URBA", "248000747", "20201109")
    assert cnig.plu_table_name("62498_PRESCRIPTION_LIN_20190101").table == "PRESCRIPTION_LIN"
    assert cnig.plu_table_name("200078244_DOC_URBA_COM_20180218") is None
    assert cnig.plu_table_name("ZONE_URBA_copie") is None
    ppr = cnig.ppr_table_name("pprt_69dreal20090005_zonereglementaireurba_s")
    assert ppr == cnig.TableName("zonereglementaireurba_s", "69dreal20090005", "")


def test_rows_are_checked_against_the_standard() -> None:
    zone = cnig.PLU_TABLES["ZONE_URBA"]
    row = {"libelle": "1AUh", "TYPEZONE": "AU", "IDURBA": "", "DATVALID": "2020-11-09"}
    issues = {(i.field, i.kind, i.value) for i in cnig.check_row(zone, "Z", 7, row)}
    assert issues == {
        ("TYPEZONE", "not_in_list", "AU"),
        ("IDURBA", "empty", ""),
        ("DATVALID", "format", "2020-11-09"),
    }
    notes = cnig.summarise(zone, cnig.check_row(zone, "Z", 7, row))
    text = " / ".join(n.message() for n in notes)
    assert "Z: field TYPEZONE: value 'AU' is not one of U, AUc, AUs, A, N" in text
    names = ["LIBELLE", "WRONGINSEE", "LIB_COM", "TYPEINF"]
    columns = cnig.check_columns(cnig.PLU_TABLES["INFO_SURF"], "I", names)
    kinds = {(i.field, i.kind) for i in columns}
    assert ("WRONGINSEE", "unexpected_column") in kinds
    assert ("LIB_COM", "unexpected_column") not in kinds
    assert ("STYPEINF", "missing_column") in kinds and ("IDURBA", "missing_column") in kinds


def test_insee_codes_get_their_leading_zero() -> None:
    assert cnig.insee_code(2604) == "02604"
    assert cnig.insee_code(80016.0) == "80016"
    assert cnig.insee_code(None) == ""
    info = cnig.PLU_TABLES["INFO_SURF"]
    issues = cnig.check_row(info, "I", 1, {"INSEE": 80000, "LIBELLE": "x", "TYPEINF": "99",
                                           "STYPEINF": "00", "IDURBA": "a"})  # fmt: skip
    assert [(i.kind, i.value) for i in issues] == [("not_a_commune", "80000")]
