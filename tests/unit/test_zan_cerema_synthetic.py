"""gpkg/synthetic/zan_consumption.py: the synthetic Cerema table of the 319 communes (on a copy)."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from aula_plugin.core.zan.cerema import classify_columns, convert, validate_layout
from aula_plugin.core.zan.model import M2_PER_HA

# open_wide reads through OGR with QGIS (a gis module): skipped where QGIS is absent
pytest.importorskip("qgis.core", reason="QGIS bindings: apt-get install python3-qgis")
from aula_plugin.gis.zan_cerema_io import open_wide  # noqa: E402


def _module(repo_root: Path):
    spec = importlib.util.spec_from_file_location(
        "zan_consumption_synthetic", repo_root / "gpkg" / "synthetic" / "zan_consumption.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic(repo_root: Path, territory_gpkg: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("synthetic")
    copies = []
    for name in ("a.gpkg", "b.gpkg"):
        copy = folder / name
        shutil.copyfile(territory_gpkg, copy)
        _module(repo_root).add_to_gpkg(copy, "2026-11-23")
        copies.append(copy)
    return copies


def test_parses_as_a_2009_2024_release(synthetic: list[Path]) -> None:
    source = open_wide("{}|layername=zan_cerema_synthetique".format(synthetic[0]))
    layout = classify_columns(source.columns)
    validate_layout(layout, "synthetic")
    assert layout.release == "2009-2024" and layout.epci_column == "epci24"
    assert layout.surface_column == "surfcom2024"
    data = convert(source.rows(), layout)
    assert len(data.table.values) == 319
    assert data.c1.ok and data.c1.tested == 319 * 15  # naf = Σ destinations exactly
    assert data.c2.ok  # windows naf09art24, art09{d}24 agree with the annual flows
    assert 3 <= len(data.negatives) <= 12  # a handful of small negative values
    assert all(-1000 < a.m2 < 0 for a in data.negatives)
    reference = data.table.reference(data.table.communes)
    assert 1_000 * M2_PER_HA <= reference <= 2_000 * M2_PER_HA  # plausible 2011-2020 total
    # more consumption around the agglomerations: CALL (Lens-Liévin) per hectare beats the
    # rural CC des 7 Vallées
    by_epci: dict[str, list[int]] = {}
    for insee, info in data.communes.items():
        by_epci.setdefault(info.epci, []).append(insee)
    area = {e: sum(data.communes[c].surface_m2 for c in cs) for e, cs in by_epci.items()}
    ratio = {e: data.table.reference(cs) / area[e] for e, cs in by_epci.items()}
    assert ratio["246200364"] > 5 * ratio["200044030"]
    assert all(
        isinstance(v, int)
        for by in data.table.values.values()
        for cell in by.values()
        for v in cell.values()
    )


def test_deterministic_and_labelled(synthetic: list[Path]) -> None:
    dumps = []
    for path in synthetic:
        con = sqlite3.connect(path)
        dumps.append(con.execute("SELECT * FROM zan_cerema_synthetique ORDER BY idcom").fetchall())
        row = con.execute(
            "SELECT source, notes FROM aula_provenance WHERE layer = 'zan_cerema_synthetique'"
        ).fetchone()
        kind = con.execute(
            "SELECT data_type FROM gpkg_contents WHERE table_name = 'zan_cerema_synthetique'"
        ).fetchone()
        con.close()
        assert "SYNTHÉTIQUE" in row[0] and "not real data" in row[0]
        assert "zan_consumption.py" in row[0]
        assert kind == ("attributes",)
    assert dumps[0] == dumps[1]
