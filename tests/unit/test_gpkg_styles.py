"""The territory GeoPackage's looks, read with sqlite3 and ElementTree only (no QGIS).

- No font the target systems lack: a text format that names a font family (``fontFamily``, or a
  fallback list of ``families``) warns every reader who lacks it ("Font ... was not found", a
  yellow bar when the layer opens). Without one, QGIS 3.22 reads the text format with the
  application font (``QgsTextFormat::readXml``): the QGIS default, found on every system. So no
  style and no project we ship names a font: not resources/styles/*.qml, not the default styles
  in ``layer_styles``, not the stored project (tests/qgis/test_gpkg_qgis.py checks the same in a
  real QGIS).
- French aliases on every field: the default styles and the stored project's layers carry the
  aliases of gpkg/aliases.py, one table for the whole build.
"""

from __future__ import annotations

import importlib.util
import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

REPO = Path(__file__).resolve().parents[2]
QMLS = sorted((REPO / "resources" / "styles").glob("*.qml"))


def named_fonts(root: ElementTree.Element) -> list[str]:
    """Every font family an XML document of QGIS names (text formats and their fallbacks)."""
    names = [node.get("fontFamily", "") for node in root.iter() if "fontFamily" in node.attrib]
    names += [node.get("name", "") for families in root.iter("families") for node in families]
    return names


def declared_aliases(node: ElementTree.Element) -> dict[str, str]:
    """Field -> alias of a QML document or of a project's map layer (empty aliases left out)."""
    return {
        alias.get("field", ""): alias.get("name", "")
        for alias in node.iter("alias")
        if alias.get("name")
    }


@pytest.fixture(scope="module")
def con(territory_gpkg: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{territory_gpkg.absolute().as_uri()}?mode=ro", uri=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def project(con: sqlite3.Connection) -> ElementTree.Element:
    ((content,),) = con.execute("SELECT content FROM qgis_projects").fetchall()
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(content))) as archive:
        (qgs,) = [name for name in archive.namelist() if name.endswith(".qgs")]
        return ElementTree.fromstring(archive.read(qgs))


@pytest.fixture(scope="module")
def aliases() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gpkg_aliases", REPO / "gpkg" / "aliases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def expected(con: sqlite3.Connection, aliases: ModuleType) -> dict[str, dict[str, str]]:
    """Table -> field -> alias, from the build's table, for every table of the GeoPackage."""
    shared = aliases.shared_aliases()
    return {
        table: aliases.table_aliases(
            table, [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')], shared
        )
        for table in aliases.aliased_tables(con)
    }


# -- fonts --------------------------------------------------------------------------------------


def test_the_font_check_sees_a_named_font() -> None:
    """The checks below can fail: a family, or a fallback list, is found wherever it is."""
    qml = ElementTree.fromstring(
        '<qgis><labeling type="simple"><settings><text-style fontFamily="Liberation Sans">'
        '<families><family name="Arial"/></families></text-style></settings></labeling></qgis>'
    )
    assert named_fonts(qml) == ["Liberation Sans", "Arial"]


@pytest.mark.parametrize("qml", QMLS, ids=[path.name for path in QMLS])
def test_shipped_styles_name_no_font(qml: Path) -> None:
    assert named_fonts(ElementTree.parse(qml).getroot()) == []


def test_default_styles_name_no_font(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT f_table_name, styleQML FROM layer_styles").fetchall()
    assert len(rows) > 20
    named = {table: named_fonts(ElementTree.fromstring(qml)) for table, qml in rows}
    assert {table: fonts for table, fonts in named.items() if fonts} == {}


def test_stored_project_names_no_font(project: ElementTree.Element) -> None:
    assert sum(1 for layer in project.iter("maplayer") if layer.get("labelsEnabled") == "1") >= 3
    assert named_fonts(project) == []


# -- aliases ------------------------------------------------------------------------------------


def test_every_field_has_a_french_alias(expected: dict[str, dict[str, str]]) -> None:
    assert {"commune", "epci", "zan_cerema_synthetique", "zan_taux_reduction"} <= set(expected)
    assert "layer_styles" not in expected
    same = {t: [f for f, a in fields.items() if a == f] for t, fields in expected.items()}
    assert {t: fields for t, fields in same.items() if fields} == {}
    assert expected["commune"]["surface_ha"] == "Surface (ha)"  # field_labels, in French
    assert expected["commune"]["population"] == "Population (hab.)"
    assert expected["epci"]["nb_communes"] == "Nombre de communes"  # the GeoPackage's own


def test_a_field_has_one_alias_everywhere(aliases: ModuleType) -> None:
    """A field name algorithm outputs share takes field_labels' alias, never a second one."""
    shared = set(aliases.field_labels().FIELDS)
    assert set(aliases.GPKG_FIELDS) & shared == set()


def test_cerema_columns_are_named_by_pattern(aliases: ModuleType) -> None:
    assert aliases.cerema_alias("naf11art12") == "Consommation NAF 2011 (m²)"
    assert aliases.cerema_alias("naf09art24") == "Consommation NAF 2009-2023 (m²)"  # window
    assert aliases.cerema_alias("art11hab12") == "Consommation NAF 2011, habitat (m²)"
    assert aliases.cerema_alias("surfcom2024") == "Surface de la commune 2024 (m²)"
    assert aliases.cerema_alias("pop1521") == "Évolution de la population 2015-2021"
    assert aliases.cerema_alias("nom") is None
    with pytest.raises(ValueError, match="new_field"):
        aliases.table_aliases("commune", ["fid", "geom", "nom", "new_field"], {})


def test_default_styles_carry_the_aliases(
    con: sqlite3.Connection, expected: dict[str, dict[str, str]]
) -> None:
    rows = con.execute(
        "SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault"
    ).fetchall()
    embedded = {table: declared_aliases(ElementTree.fromstring(qml)) for table, qml in rows}
    assert embedded == expected


def test_project_layers_carry_the_aliases(
    project: ElementTree.Element, expected: dict[str, dict[str, str]]
) -> None:
    layers = {
        (layer.findtext("datasource") or "").split("|layername=")[-1]: declared_aliases(layer)
        for layer in project.iter("maplayer")
    }
    assert len(layers) == 18  # 5 territory layers, 13 thematic ones
    assert layers == {table: expected[table] for table in layers}


def test_shipped_styles_agree_with_the_aliases(expected: dict[str, dict[str, str]]) -> None:
    """A QML of a GeoPackage table that names aliases itself names the build's."""
    named = {
        qml.stem: declared_aliases(ElementTree.parse(qml).getroot())
        for qml in QMLS
        if qml.stem in expected
    }
    assert named["centralites_validees"]  # the attribute form's QML has its own
    assert {t: a for t, a in named.items() if a} == {
        t: {f: expected[t][f] for f in a} for t, a in named.items() if a
    }
