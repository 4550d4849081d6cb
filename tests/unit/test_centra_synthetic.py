"""gpkg/synthetic/centra_points.py: synthetic BPE-like activities and dwellings (on a copy)."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

ogr = pytest.importorskip("osgeo.ogr", reason="GDAL bindings: apt-get install python3-gdal")

from aula_plugin.core.centralities.adapters import from_bpe, load_mapping  # noqa: E402

BIG_TOWNS = ("62498", "62510", "62427", "62119", "62178")  # Lens, Liévin, Hénin, Béthune, Bruay


def _module(repo_root: Path):
    spec = importlib.util.spec_from_file_location(
        "centra_points_synthetic", repo_root / "gpkg" / "synthetic" / "centra_points.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic(repo_root: Path, territory_gpkg: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("centra_synthetic")
    module = _module(repo_root)
    copies = []
    for name in ("a.gpkg", "b.gpkg"):
        copy = folder / name
        shutil.copyfile(territory_gpkg, copy)
        module.add_to_gpkg(copy, "2026-11-23")
        copies.append(copy)
    # a second run on the same file replaces the layers, provenance rows and styles
    module.add_to_gpkg(copies[1], "2026-11-23")
    return copies


@functools.cache
def _rows(path: Path, layer_name: str) -> list[dict]:
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    assert layer is not None, layer_name
    rows = []
    for feature in layer:
        row = feature.items()
        geometry = feature.GetGeometryRef()
        row["_x"], row["_y"] = geometry.GetX(), geometry.GetY()
        rows.append(row)
    return rows


def _communes(path: Path) -> dict[str, tuple[str, int]]:
    ds = ogr.Open(str(path))
    return {f["insee"]: (f["nom"], f["population"]) for f in ds.GetLayerByName("commune")}


def test_layers_crs_fields_and_counts(synthetic):
    ds = ogr.Open(str(synthetic[0]))
    for name, fields in (
        ("centra_activites", ["id", "AN", "DEPCOM", "TYPEQU", "LAMBERT_X", "LAMBERT_Y",
                              "QUALITE_XY"]),
        ("centra_logements", ["id", "insee", "logements"]),
    ):  # fmt: skip
        layer = ds.GetLayerByName(name)
        assert layer.GetGeomType() == ogr.wkbPoint
        assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154"
        definition = layer.GetLayerDefn()
        assert [
            definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())
        ] == (fields)
    activities = _rows(synthetic[0], "centra_activites")
    dwellings = _rows(synthetic[0], "centra_logements")
    assert 10_000 <= len(activities) <= 25_000
    assert 5_000 <= len(dwellings) <= 40_000
    ids = [r["id"] for r in activities]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(len(i) == 10 and i.startswith("SYN") and i[3:].isdigit() for i in ids)
    assert {r["AN"] for r in activities} == {"2023"}
    # the Lambert fields are the point itself
    assert all(r["LAMBERT_X"] == r["_x"] and r["LAMBERT_Y"] == r["_y"] for r in activities)
    communes = _communes(synthetic[0])
    assert {r["DEPCOM"] for r in activities} <= set(communes)
    assert all(r["logements"] >= 1 for r in dwellings)


def test_deterministic(synthetic):
    for name in ("centra_activites", "centra_logements"):
        first, second = (_rows(path, name) for path in synthetic)
        assert first == second


def test_provenance_and_styles(synthetic):
    with contextlib.closing(sqlite3.connect(synthetic[1])) as con:
        provenance = con.execute(
            "SELECT layer, source, notes FROM aula_provenance WHERE substr(layer, 1, 7) = 'centra_'"
            " ORDER BY layer"
        ).fetchall()
        styles = con.execute(
            "SELECT f_table_name, useAsDefault, length(styleQML) FROM layer_styles"
            " WHERE substr(f_table_name, 1, 7) = 'centra_' ORDER BY f_table_name"
        ).fetchall()
    assert [p[0] for p in provenance] == ["centra_activites", "centra_logements"]  # once each
    assert all(p[1].startswith("SYNTHÉTIQUE") and "not real data" in p[2] for p in provenance)
    assert [(s[0], s[1]) for s in styles] == [("centra_activites", 1), ("centra_logements", 1)]
    assert all(s[2] > 500 for s in styles)


def test_codes_in_mapping_and_read_by_the_bpe_adapter(synthetic):
    mapping = load_mapping("bpe")
    rows = _rows(synthetic[0], "centra_activites")
    assert {r["TYPEQU"] for r in rows} <= set(mapping.entries)
    qualities = Counter(r["QUALITE_XY"] for r in rows)
    assert set(qualities) == {"Bonne", "Acceptable", "Mauvaise", "Indéterminée"}
    assert qualities["Bonne"] > 0.85 * len(rows)
    activities, report = from_bpe(rows, mapping=mapping)  # no AulaError: no unknown code
    assert report.unknown_codes == {} and report.no_coordinates == 0
    assert report.dropped_quality == {"mauvaise": qualities["Mauvaise"]}
    assert sum(report.excluded.values()) > 0  # building trades and car services
    assert report.vintage == "BPE 2023"
    assert set(activities.source_id) <= {r["id"] for r in rows}
    # retail parks: big-box formats in the big towns
    assert activities.big_box.sum() >= len(BIG_TOWNS)
    assert {"C", "S", "E"} == set(activities.function.tolist())


def test_dwellings_match_population(synthetic):
    communes = _communes(synthetic[0])
    totals: Counter[str] = Counter()
    for row in _rows(synthetic[0], "centra_logements"):
        totals[row["insee"]] += row["logements"]
    for insee, (name, population) in communes.items():
        expected = population / 2.2
        if expected >= 1:
            assert abs(totals[insee] - expected) <= max(1, 0.1 * expected), name


def test_big_towns_have_more_activities_than_villages(synthetic):
    communes = _communes(synthetic[0])
    counts = Counter(r["DEPCOM"] for r in _rows(synthetic[0], "centra_activites"))
    villages = [insee for insee, (_n, pop) in communes.items() if pop < 500]
    assert villages
    assert min(counts[i] for i in BIG_TOWNS) >= 400
    assert max(counts[i] for i in villages) <= 20
    assert sum(counts[i] for i in villages) / len(villages) <= 6
    # roughly one equipment per 40 inhabitants in towns
    for insee in BIG_TOWNS:
        assert 0.6 < counts[insee] * 40 / communes[insee][1] < 1.5
