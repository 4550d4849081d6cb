"""gpkg/synthetic/tvb.py: the synthetic TVB layers, added to copies of the territory GeoPackage.

Pure OGR checks on temporary copies (never the shipped file): layers, schema, CRS, validity,
determinism, provenance, a land cover that partitions the territory with OCS GE codes, and the
plausibility of the landscape. The module embeds its default styles with QGIS, so a headless
QgsApplication is started (the build runs one too).
"""

from __future__ import annotations

import csv
import importlib.util
import os
import re
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

ogr = pytest.importorskip("osgeo.ogr", reason="GDAL bindings: apt-get install python3-gdal")

LAYERS = {
    "tvb_cours_eau": (ogr.wkbLineString, ["nom", "largeur_m"]),
    "tvb_obstacles_ecoulement": (ogr.wkbPoint, ["type", "cours_eau"]),
    "tvb_occupation_sol": (ogr.wkbMultiPolygon, ["code_cs", "code_us", "libelle"]),
    "tvb_zonages": (ogr.wkbMultiPolygon, ["type", "id_zonage", "nom"]),
    "tvb_routes": (ogr.wkbLineString, ["classe", "nom"]),
    "tvb_voies_ferrees": (ogr.wkbLineString, ["nom"]),
    "tvb_eclairage": (ogr.wkbPoint, ["puissance_w"]),
}
URBAN = {("CS1.1.1.1", "US5"), ("CS1.1.1.1", "US235"), ("CS1.1.1.2", "US4.1.1"), ("CS2.2.1", "US5")}
WOODS = {"CS2.1.1.1", "CS2.1.1.2", "CS2.1.1.3"}


def _module(repo_root: Path):
    spec = importlib.util.spec_from_file_location(
        "aula_gpkg_tvb", repo_root / "gpkg" / "synthetic" / "tvb.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fingerprint(repo_root: Path):
    spec = importlib.util.spec_from_file_location(
        "aula_gpkg_fingerprint", repo_root / "gpkg" / "fingerprint.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.content_fingerprint


@pytest.fixture(scope="module")
def qgis_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    core = pytest.importorskip("qgis.core", reason="the module embeds its styles with QGIS")
    app = core.QgsApplication.instance()
    if app is None:
        app = core.QgsApplication([], False, tempfile.mkdtemp(prefix="aula-tvb-test-"))
        app.initQgis()
    return app


@pytest.fixture(scope="module")
def built(
    repo_root: Path, territory_gpkg: Path, tmp_path_factory: pytest.TempPathFactory, qgis_app: Any
) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("tvb-synthetic")
    copies, seconds = [], []
    for name in ("a.gpkg", "b.gpkg"):
        copy = folder / name
        shutil.copyfile(territory_gpkg, copy)
        start = time.perf_counter()
        _module(repo_root).add_to_gpkg(copy, "2026-11-23")
        seconds.append(time.perf_counter() - start)
        copies.append(copy)
    return {"a": copies[0], "b": copies[1], "seconds": seconds, "template": territory_gpkg}


@pytest.fixture(scope="module")
def ds(built: dict[str, Any]):
    return ogr.Open(str(built["a"]))


def _territory(ds) -> ogr.Geometry:
    layer = ds.GetLayerByName("territoire")
    layer.ResetReading()
    feature = layer.GetNextFeature()  # kept alive while its geometry is cloned
    return feature.GetGeometryRef().Clone()


def _landcover(ds) -> list[tuple[str, str, str, ogr.Geometry]]:
    layer = ds.GetLayerByName("tvb_occupation_sol")
    layer.ResetReading()
    return [(f["code_cs"], f["code_us"], f["libelle"], f.GetGeometryRef().Clone()) for f in layer]


# -- Schema, provenance, styles, determinism ------------------------------------------------------


def test_layers_schema_crs_and_counts(ds) -> None:
    counts = {}
    for name, (kind, fields) in LAYERS.items():
        layer = ds.GetLayerByName(name)
        assert layer is not None, name
        assert layer.GetGeomType() == kind, name
        assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154", name
        defn = layer.GetLayerDefn()
        assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == fields
        counts[name] = layer.GetFeatureCount()
    assert 20 <= counts["tvb_cours_eau"] <= 150
    assert 20 <= counts["tvb_obstacles_ecoulement"] <= 100  # "a few dozen"
    assert 1000 <= counts["tvb_occupation_sol"] <= 5000  # modest: dissolved per region
    assert 20 <= counts["tvb_zonages"] <= 40
    assert 300 <= counts["tvb_routes"] <= 2000
    assert 4 <= counts["tvb_voies_ferrees"] <= 30
    assert 1000 <= counts["tvb_eclairage"] <= 5000  # "a few thousand at most"


def test_provenance_says_synthetic_once_per_layer(
    built: dict[str, Any], repo_root: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.gpkg"
    shutil.copyfile(built["a"], again)
    _module(repo_root).add_to_gpkg(again, "2026-11-23")  # a second run replaces
    for path in (built["a"], again):
        with sqlite3.connect(path) as con:
            rows = con.execute(
                "SELECT layer, source, licence, notes FROM aula_provenance "
                "WHERE layer LIKE 'tvb\\_%' ESCAPE '\\'"
            ).fetchall()
            styles = con.execute(
                "SELECT f_table_name FROM layer_styles WHERE useAsDefault "
                "AND f_table_name LIKE 'tvb\\_%' ESCAPE '\\'"
            ).fetchall()
        assert sorted(r[0] for r in rows) == sorted(LAYERS)  # exactly one row each
        for _layer, source, licence, notes in rows:
            assert source.startswith("SYNTHÉTIQUE — généré par gpkg/synthetic/tvb.py")
            assert "pas des données réelles" in source
            assert licence == "Licence Ouverte 2.0 (données générées)"
            assert "not real data" in notes
        assert sorted(r[0] for r in styles) == sorted(LAYERS)


def test_deterministic(built: dict[str, Any], repo_root: Path) -> None:
    fingerprint = _fingerprint(repo_root)
    assert fingerprint(built["a"]) == fingerprint(built["b"])
    assert fingerprint(built["a"]) != fingerprint(built["template"])  # the layers count


def test_fast_and_small(built: dict[str, Any], tmp_path: Path) -> None:
    assert max(built["seconds"]) < 30.0
    sizes = []
    for path in (built["template"], built["a"]):
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        with sqlite3.connect(copy) as con:
            con.execute("VACUUM")
        sizes.append(copy.stat().st_size)
    assert sizes[1] - sizes[0] <= 3 * 1024 * 1024


def test_geometries_valid_and_inside_the_territory(ds) -> None:
    territory = _territory(ds).Buffer(1.0)
    for name in LAYERS:
        layer = ds.GetLayerByName(name)
        if layer.GetGeomType() == ogr.wkbPoint:  # OGR's spatial filter tests exact geometry
            layer.SetSpatialFilter(territory)
            inside = layer.GetFeatureCount()
            layer.SetSpatialFilter(None)
            assert inside == layer.GetFeatureCount(), name
            continue
        layer.ResetReading()
        for feature in layer:
            geometry = feature.GetGeometryRef()
            assert geometry is not None and not geometry.IsEmpty(), (name, feature.GetFID())
            assert geometry.IsValid(), (name, feature.GetFID())
            assert territory.Contains(geometry), (name, feature.GetFID())


# -- Land cover -----------------------------------------------------------------------------------


def _codes(path: Path, column: str) -> set[str]:
    with open(path, encoding="utf-8") as handle:
        return {row[column] for row in csv.DictReader(line for line in handle if line[0] != "#")}


def test_codes_in_the_ocs_ge_reference_lists(ds, shared_data: Path) -> None:
    cs = _codes(shared_data / "zan" / "ocsge_couverture_cs.csv", "code_prefix")
    us = _codes(shared_data / "zan" / "ocsge_usage_us.csv", "code_prefix")
    assert "CS2.2.1" in cs and "US1.1" in us  # the reference lists were read
    pairs = {(c, u) for c, u, _l, _g in _landcover(ds)}
    assert {c for c, _u in pairs} <= cs
    assert {u for _c, u in pairs} <= us


def test_codes_in_the_shipped_nomenclature(ds, repo_root: Path) -> None:
    shipped = _codes(repo_root / "resources" / "zan" / "ocsge_nomenclature.csv", "code")
    pairs = {(c, u) for c, u, _l, _g in _landcover(ds)}
    assert len(pairs) == 14
    assert {c for c, _u in pairs} | {u for _c, u in pairs} <= shipped
    # crops and grassland share the cover code; their usage separates them
    labels = {(c, u): label for c, u, label, _g in _landcover(ds)}
    assert labels[("CS2.2.1", "US1.1")] == "Cultures"
    assert labels[("CS2.2.1", "US6.3")] == "Prairies et pelouses"
    assert len(set(labels.values())) == len(labels)  # one label per (CS, US) pair


def test_landcover_partitions_the_territory(ds) -> None:
    territory = _territory(ds)
    parts = [g for *_c, g in _landcover(ds)]
    total = sum(g.GetArea() for g in parts)
    # covers: the area sum is the territory's within 0.5 %
    assert abs(total - territory.GetArea()) <= 0.005 * territory.GetArea()
    # no overlaps: the union is as large as the sum (an overlap would make it smaller)
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in parts:
        for k in range(g.GetGeometryCount()):
            union.AddGeometry(g.GetGeometryRef(k))
    assert abs(union.UnionCascaded().GetArea() - total) <= 1e-6 * total


def test_class_shares_are_plausible_for_the_artois(ds) -> None:
    area: dict[str, float] = {}
    for cs, us, _label, geometry in _landcover(ds):
        key = "woods" if cs in WOODS else "urban" if (cs, us) in URBAN else f"{cs} {us}"
        area[key] = area.get(key, 0.0) + geometry.GetArea()
    total = sum(area.values())
    share = {k: v / total for k, v in area.items()}
    assert 0.08 <= share["woods"] <= 0.12  # the Artois: about a tenth wooded
    assert 0.45 <= share["CS2.2.1 US1.1"] <= 0.70  # crops dominate
    assert 0.06 <= share["CS2.2.1 US6.3"] <= 0.16  # grassland
    assert 0.10 <= share["urban"] <= 0.25  # dense mining basin, rural west
    assert 0.003 <= share["CS1.2.2 US6.3"] <= 0.03  # rivers and canals
    assert share["CS2.2.1 US1.4"] > 0.005  # wetlands
    assert share["CS1.2.1 US6.2"] > 0.0 and share["CS2.1.2 US6.2"] > 0.0  # spoil heaps


def _ranks(values: np.ndarray) -> np.ndarray:
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    return ranks


def test_built_up_share_grows_with_population_density(ds) -> None:
    landcover = ds.GetLayerByName("tvb_occupation_sol")
    communes = ds.GetLayerByName("commune")
    communes.ResetReading()
    density, share, names = [], [], []
    for feature in communes:
        geometry = feature.GetGeometryRef()
        landcover.SetSpatialFilter(geometry)
        built = sum(
            f.GetGeometryRef().Intersection(geometry).GetArea()
            for f in landcover
            if (f["code_cs"], f["code_us"]) in URBAN
        )
        landcover.SetSpatialFilter(None)
        density.append(feature["population"] / geometry.GetArea())
        share.append(built / geometry.GetArea())
        names.append(feature["nom"])
    density_, share_ = np.array(density), np.array(share)
    spearman = np.corrcoef(_ranks(density_), _ranks(share_))[0, 1]
    assert spearman > 0.7
    quartiles = np.quantile(density_, [0.25, 0.75])
    assert share_[density_ >= quartiles[1]].mean() > 4 * share_[density_ <= quartiles[0]].mean()
    by_name = dict(zip(names, share, strict=True))
    for town in ("Lens", "Liévin", "Béthune", "Hénin-Beaumont", "Carvin", "Bruay-la-Buissière"):
        assert by_name[town] > 0.45, town  # the urban cores look urban


def test_water_and_wetlands_follow_the_valleys(ds) -> None:
    lines = ds.GetLayerByName("tvb_cours_eau")
    main = ogr.Geometry(ogr.wkbMultiLineString)
    for feature in lines:
        if feature["largeur_m"] >= 8.0:
            main.AddGeometry(feature.GetGeometryRef())
    near = main.Buffer(150.0, 4)
    valley = main.Buffer(1000.0, 4)
    water = wet = water_near = wet_near = 0.0
    for cs, us, _label, geometry in _landcover(ds):
        if (cs, us) == ("CS1.2.2", "US6.3"):
            water += geometry.GetArea()
            water_near += geometry.Intersection(near).GetArea()
        elif (cs, us) == ("CS2.2.1", "US1.4"):
            wet += geometry.GetArea()
            wet_near += geometry.Intersection(valley).GetArea()
    assert water > 0 and water_near / water > 0.95  # river cells lie on the main rivers
    assert wet > 0 and wet_near / wet > 0.95  # wetlands in the valley bottoms


# -- Other layers ---------------------------------------------------------------------------------


def test_watercourses_and_obstacles(ds) -> None:
    lines = ds.GetLayerByName("tvb_cours_eau")
    lines.ResetReading()
    widths, names, network = [], set(), ogr.Geometry(ogr.wkbMultiLineString)
    for feature in lines:
        widths.append(feature["largeur_m"])
        names.add(feature["nom"])
        network.AddGeometry(feature.GetGeometryRef())
    assert min(widths) >= 2.0 and max(widths) <= 30.0
    assert {"Canche", "Ternoise", "Lawe", "Souchez", "Canal de la Deûle"} <= names
    obstacles = ds.GetLayerByName("tvb_obstacles_ecoulement")
    obstacles.ResetReading()
    kinds = set()
    for feature in obstacles:
        kinds.add(feature["type"])
        assert feature["cours_eau"] in names
        assert feature.GetGeometryRef().Distance(network) < 1.0  # on a watercourse
    assert kinds == {"seuil", "barrage", "buse"}


def test_zonings(ds) -> None:
    layer = ds.GetLayerByName("tvb_zonages")
    layer.ResetReading()
    rows = [(f["type"], f["id_zonage"], f["nom"], f.GetGeometryRef().Clone()) for f in layer]
    assert {r[0] for r in rows} == {"ZNIEFF1", "N2000", "APPB", "RNR"}
    assert len({r[1] for r in rows}) == len(rows)  # unique identifiers
    assert all(r[1].startswith("SYN-") and re.search("fictif|fictive", r[2]) for r in rows)
    znieff = [r[3] for r in rows if r[0] == "ZNIEFF1"]
    n2000 = [r[3] for r in rows if r[0] == "N2000"]
    nested = sum(
        any(z.Intersection(n).GetArea() > 0.9 * z.GetArea() for n in n2000) for z in znieff
    )
    assert nested >= 3  # some ZNIEFF1 lie inside a Natura 2000 site
    # mostly over woods and wetlands
    habitat = ogr.Geometry(ogr.wkbMultiPolygon)
    for cs, us, _label, geometry in _landcover(ds):
        if cs in WOODS or (cs, us) == ("CS2.2.1", "US1.4"):
            for k in range(geometry.GetGeometryCount()):
                habitat.AddGeometry(geometry.GetGeometryRef(k))
    habitat = habitat.UnionCascaded()
    on_habitat = sum(habitat.Intersection(z).GetArea() for z in znieff)
    assert on_habitat > 0.6 * sum(z.GetArea() for z in znieff)


def test_roads_railways_and_lamps(ds) -> None:
    roads = ds.GetLayerByName("tvb_routes")
    roads.ResetReading()
    classes: dict[str, float] = {}
    names = set()
    for feature in roads:
        classes[feature["classe"]] = (
            classes.get(feature["classe"], 0.0) + feature.GetGeometryRef().Length()
        )
        names.add(feature["nom"])
    assert set(classes) == {"autoroute", "nationale", "departementale", "locale"}
    assert {"A1 (tracé synthétique)", "A21 (tracé synthétique)", "A26 (tracé synthétique)"} <= names
    assert classes["autoroute"] > 50_000  # three motorways, clipped by the territory
    rails = ds.GetLayerByName("tvb_voies_ferrees")
    assert all("synthétique" in f["nom"] for f in rails)
    lamps = ds.GetLayerByName("tvb_eclairage")
    lamps.ResetReading()
    powers = [f["puissance_w"] for f in lamps]
    assert min(powers) > 0 and max(powers) <= 400
    # lamps are where the built-up land is: most of them stand in an urban class (OGR's
    # spatial filter tests the exact geometry)
    inside = 0
    for cs, us, _label, geometry in _landcover(ds):
        if (cs, us) in URBAN:
            lamps.SetSpatialFilter(geometry)
            inside += lamps.GetFeatureCount()
    lamps.SetSpatialFilter(None)
    assert inside > 0.8 * len(powers)
