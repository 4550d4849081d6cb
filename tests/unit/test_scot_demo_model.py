"""The SCoT prescription model in a GeoPackage and the synthetic demo SCoT layers (Lens-Liévin)."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest
from osgeo import ogr

from aula_plugin.core.errors import AulaError
from aula_plugin.core.scot.model_tables import DOO_COLUMNS, SCOT_TABLES
from aula_plugin.gis.scot_model import create_scot_model


def empty_gpkg(path: Path) -> Path:
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    return path


def load_builder(repo_root: Path):
    path = repo_root / "gpkg" / "synthetic" / "scot_demo.py"
    spec = importlib.util.spec_from_file_location("scot_demo", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_model_tables_are_created_empty_indexed_and_listed(tmp_path: Path) -> None:
    gpkg = empty_gpkg(tmp_path / "m.gpkg")
    created = create_scot_model(gpkg)
    assert created == [t.name for t in SCOT_TABLES]
    assert create_scot_model(gpkg) == []  # idempotent
    with sqlite3.connect(gpkg) as con:
        contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
        for table in SCOT_TABLES:
            assert contents[table.name] == ("features" if table.geometry else "attributes")
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table.name}")')]
            assert columns[-len(DOO_COLUMNS) :] == [c for c, _ in DOO_COLUMNS]
    ds = ogr.Open(str(gpkg))
    for table in SCOT_TABLES:
        layer = ds.GetLayerByName(table.name)
        assert layer is not None and layer.GetFeatureCount() == 0
        if table.geometry:
            assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154"
            sql = ds.ExecuteSQL(f"SELECT HasSpatialIndex('{table.name}', 'geom')")
            assert sql.GetNextFeature().GetField(0) == 1
            ds.ReleaseResultSet(sql)


def test_the_model_refuses_a_file_that_is_no_geopackage(tmp_path: Path) -> None:
    (tmp_path / "x.gpkg").write_text("not a database")
    with pytest.raises(AulaError, match="not a GeoPackage"):
        create_scot_model(tmp_path / "x.gpkg")


def test_the_demo_scot_layers_are_built_for_lens_lievin(repo_root: Path, tmp_path: Path) -> None:
    territory = repo_root / "gpkg" / "aula_territoire.gpkg"
    before = territory.stat().st_mtime_ns
    target = empty_gpkg(tmp_path / "scot_demo.gpkg")
    counts = load_builder(repo_root).build_scot_demo(territory, target)
    assert territory.stat().st_mtime_ns == before  # read only
    assert counts["scot_armature"] == 36 and counts["scot_budget_foncier"] == 36
    assert counts["scot_enveloppe_urbaine"] == 36
    assert counts["scot_prescription"] == 6 and counts["scot_tvb"] == 3
    assert counts["scot_centralite"] >= 3 and counts["scot_arret_tc"] >= 2
    assert counts["scot_risque"] == 2 and counts["scot_tvb_lineaire"] == 1
    with sqlite3.connect(target) as con:
        for table in counts:
            sources = {r[0] for r in con.execute(f'SELECT DISTINCT source FROM "{table}"')}
            assert sources == {"synthétique"}, table
            assert con.execute(f'SELECT count(*) FROM "{table}" WHERE doo_article IS NULL '
                               "OR doo_page IS NULL").fetchone() == (0,)  # fmt: skip
        levels = dict(con.execute("SELECT niveau, min(densite_min_lgt_ha) FROM scot_armature "
                                  "GROUP BY 1"))  # fmt: skip
        assert levels["pôle majeur"] == 40.0 and "commune rurale" in levels
        lens = con.execute("SELECT niveau FROM scot_armature WHERE insee = '62498'").fetchone()
        assert lens == ("pôle majeur",)
        assert con.execute("SELECT count(*) FROM scot_risque WHERE niveau = 'rouge' "
                           "AND typereglement = '04'").fetchone() == (1,)  # fmt: skip
        assert con.execute("SELECT count(*) FROM rtree_scot_armature_geom").fetchone() == (36,)
