"""gpkg/synthetic/zan_rates.py: rates and eligibility tables, tested on a copy of the template."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from aula_plugin.core.zan.rates import load_rates


@pytest.fixture(scope="module")
def gpkg(repo_root: Path, territory_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("osgeo", reason="GDAL bindings: apt-get install python3-gdal")
    copy = tmp_path_factory.mktemp("zan_rates") / "territoire.gpkg"
    shutil.copyfile(territory_gpkg, copy)
    spec = importlib.util.spec_from_file_location(
        "aula_gpkg_zan_rates", repo_root / "gpkg" / "synthetic" / "zan_rates.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.add_to_gpkg(copy, "2026-01-02")
    module.add_to_gpkg(copy, "2026-01-02")  # twice: replaces, never duplicates
    return copy


def query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as con:
        return con.execute(sql).fetchall()


def test_rates_table_loads_through_the_plugin_loader(gpkg: Path) -> None:
    table = load_rates(gpkg)
    assert len(table) == 48
    assert table["REGION_32"].rate_pct == 54.47
    assert table["REGION_32"].page == "153-154"
    assert table["REGION_32"].in_local_document is True
    assert table["FRANCE"].rate_pct == 50
    assert table["SCOT_9"].rate_pct == 12.9


def test_eligibility_never_assumed(gpkg: Path) -> None:
    rows = query(gpkg, "SELECT insee, eligible, note FROM zan_eligibilite_communes ORDER BY insee")
    assert len(rows) == 319
    assert {r[1] for r in rows} == {0}
    assert {r[2] for r in rows} == {"à renseigner par l'utilisateur (jamais supposé)"}
    assert rows == sorted(rows)


def test_provenance_and_contents(gpkg: Path) -> None:
    notes = dict(
        query(
            gpkg,
            "SELECT layer, notes FROM aula_provenance WHERE layer IN "
            "('zan_eligibilite_communes', 'zan_taux_reduction') ORDER BY layer",
        )
    )
    assert set(notes) == {"zan_eligibilite_communes", "zan_taux_reduction"}
    assert "real data" in notes["zan_taux_reduction"]
    assert "not synthetic" in notes["zan_taux_reduction"]
    assert "never assumed" in notes["zan_eligibilite_communes"]
    kinds = dict(
        query(
            gpkg,
            "SELECT table_name, data_type FROM gpkg_contents WHERE table_name IN "
            "('zan_eligibilite_communes', 'zan_taux_reduction')",
        )
    )
    assert kinds == {"zan_taux_reduction": "attributes", "zan_eligibilite_communes": "attributes"}
