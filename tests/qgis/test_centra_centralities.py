"""aula:centralities (CENTRA-1) in a real headless QGIS: the issue's scenes and §7.5 checks."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

X0, Y0 = 650_000.0, 7_030_000.0  # Lambert-93, near Lens


class LogFeedback(QgsProcessingFeedback):
    def __init__(self, cancel_after: int | None = None) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.calls = 0
        self.cancel_after = cancel_after

    def pushInfo(self, info: str) -> None:
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:
        self.lines.append(warning)
        super().pushWarning(warning)

    def isCanceled(self) -> bool:
        self.calls += 1
        if self.cancel_after is not None and self.calls > self.cancel_after:
            return True
        return super().isCanceled()


ALG = "aula:centralities"  # the `alg` fixture of conftest.py makes it


def activity_layer(rows, crs="EPSG:2154", name="activites"):
    """rows: (x, y, fonction, type, id)."""
    layer = QgsVectorLayer(
        f"Point?crs={crs}&field=fonction:string&field=type:string&field=id:string", name, "memory"
    )
    feats = []
    for x, y, f, t, i in rows:
        feat = QgsFeature(layer.fields())
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feat.setAttributes([f, t, i])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


def housing_layer(rows, name="logements"):
    """rows: (x, y, dwellings)."""
    layer = QgsVectorLayer(
        "Point?crs=EPSG:2154&field=logements:integer", name, "memory"
    )  # fmt: skip
    feats = []
    for x, y, n in rows:
        feat = QgsFeature(layer.fields())
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feat.setAttributes([n])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


def high_street(x0, y0):
    """30 activities 40 m apart on a line, cycling C, S, E (10 each), 15 distinct types;
    200 dwellings: 20 points of 10 dwellings 20 m beside the street."""
    acts = [(x0 + 40 * i, y0, "CSE"[i % 3], f"T{i % 15:02d}", f"hs{i:03d}") for i in range(30)]
    homes = [(x0 + 60 * i, y0 + 20, 10) for i in range(20)]
    return acts, homes


def village(x0, y0, tag):
    """12 activities on a 4 × 3 grid 30 m apart (C 5, S 4, E 3) and 80 dwellings."""
    funcs = "CCCCCSSSSEEE"
    acts = [
        (x0 + 30 * (k % 4), y0 + 30 * (k // 4), funcs[k], f"V{k}", f"{tag}{k:02d}")
        for k in range(12)
    ]
    return acts, [(x0 + 45, y0 + 30, 80)]


def retail_park(x0, y0):
    """20 big-box shops on a 5 × 4 grid 60 m apart, no housing."""
    return [
        (x0 + 60 * (k % 5), y0 + 60 * (k // 5), "C", "B101", f"rp{k:02d}") for k in range(20)
    ], []


def hamlet(x0, y0):
    """A town hall, a school and 3 shops within 30 m; 30 dwellings."""
    acts = [
        (x0, y0, "E", "A129", "ha0"),
        (x0 + 20, y0, "E", "C101", "ha1"),
        (x0, y0 + 20, "C", "B202", "ha2"),
        (x0 + 20, y0 + 20, "C", "B203", "ha3"),
        (x0 + 10, y0 + 30, "C", "B204", "ha4"),
    ]
    return acts, [(x0 + 10, y0 + 10, 30)]


def scenes():
    acts, homes = [], []
    for part in (
        high_street(X0, Y0),
        # village A's right column is at x + 90; village B starts 300 m after village A's start
        village(X0, Y0 + 5000, "va"),
        village(X0 + 300, Y0 + 5000, "vb"),
        retail_park(X0 + 5000, Y0),
        hamlet(X0 + 5000, Y0 + 5000),
    ):
        acts += part[0]
        homes += part[1]
    return acts, homes


def base_params(acts, homes, **extra):
    params = {
        "ACTIVITIES": activity_layer(acts),
        "INPUT_FORMAT": 2,
        "FUNCTION_FIELD": "fonction",
        "TYPE_FIELD": "type",
        "ID_FIELD": "id",
        "HOUSING": housing_layer(homes),
        "DWELLINGS_FIELD": "logements",
        "ROBUSTNESS": False,
        "OUTPUT": "memory:",
        "OUTPUT_POINTS": "memory:",
        "OUTPUT_REJECTED": "memory:",
    }
    params.update(extra)
    return params


def layer_of(result, key, context=None):
    value = result[key]
    if isinstance(value, QgsVectorLayer):
        return value
    return QgsVectorLayer(value, key, "ogr")


def is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def table(layer, order="id"):
    rows = []
    for f in layer.getFeatures():
        rows.append((dict(zip(layer.fields().names(), f.attributes(), strict=True)), f.geometry()))
    return sorted(rows, key=lambda r: str(r[0][order]))


@pytest.fixture(scope="module")
def scene_result(qgis_processing, run_alg):
    from aula_plugin.processing.algorithms.centralities import Centralities

    acts, homes = scenes()
    feedback = LogFeedback()
    result = run_alg(Centralities().create(), base_params(acts, homes), feedback)
    return result, feedback


def test_scenes_classified_as_the_rules_say(scene_result):
    result, _ = scene_result
    central = table(layer_of(result, "OUTPUT"))
    types = sorted(r[0]["type"] for r in central)
    # high street + two villages → 3 centralités; retail park → pôle périphérique
    assert types == ["centralité", "centralité", "centralité", "pôle périphérique"]
    by_n = {r[0]["n_membres"]: r[0] for r in central}
    street = by_n[30]
    assert (street["n_com"], street["n_srv"], street["n_equ"], street["n_log"]) == (10, 10, 10, 200)
    assert street["rules_passed"] == "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5"
    # 15 distinct types ≥ 12 → proximité
    assert street["n_types"] == 15 and street["niveau"] == "proximité"
    villages = [r[0] for r in central if r[0]["n_membres"] == 12]
    assert len(villages) == 2
    for v in villages:
        assert (v["n_com"], v["n_srv"], v["n_equ"], v["n_log"]) == (5, 4, 3, 80)
        # 12 distinct types V0..V11 ≥ 12 → proximité
        assert v["n_types"] == 12 and v["niveau"] == "proximité"
    park = by_n[20]
    assert park["type"] == "pôle périphérique" and park["n_log"] == 0
    assert is_null(park["niveau"])
    # hamlet: rejected with its reason (English locale in the tests)
    rejected = table(layer_of(result, "OUTPUT_REJECTED"), order="cluster_id")
    assert [r[0]["reason"] for r in rejected] == ["5 activities < 10"]
    assert rejected[0][0]["n_act"] == 5
    assert result["N_CENTRALITIES"] == 3 and result["N_PERIPHERAL"] == 1
    assert result["N_REJECTED"] == 1


def test_high_street_roles(scene_result):
    result, _ = scene_result
    points = layer_of(result, "OUTPUT_POINTS")
    roles = {f["source_id"]: f["role"] for f in points.getFeatures()}
    # ends have 2 neighbours within 100 m (40, 80 m) → 3 < 4 → border; the others core
    assert roles["hs000"] == roles["hs029"] == "border"
    assert all(roles[f"hs{i:03d}"] == "core" for i in range(1, 29))
    ids = {f["source_id"]: f["cluster_id"] for f in points.getFeatures()}
    assert len({ids[f"hs{i:03d}"] for i in range(30)}) == 1


def test_every_member_inside_its_envelope(scene_result):
    result, _ = scene_result
    polygons = {}
    for name in ("OUTPUT", "OUTPUT_REJECTED"):
        layer = layer_of(result, name)
        key = "parent_id" if name == "OUTPUT" else "cluster_id"
        for f in layer.getFeatures():
            polygons.setdefault(f[key], []).append(f.geometry())
    points = layer_of(result, "OUTPUT_POINTS")
    n = 0
    for f in points.getFeatures():
        if is_null(f["cluster_id"]):
            continue
        geom = QgsGeometry.unaryUnion(polygons[f["cluster_id"]])
        assert geom.contains(f.geometry()), f["source_id"]
        n += 1
    assert n == 30 + 24 + 20 + 5


def test_villages_are_two_separate_envelopes(scene_result):
    result, _ = scene_result
    villages = [
        r[1] for r in table(layer_of(result, "OUTPUT")) if r[0]["n_membres"] == 12
    ]  # fmt: skip
    assert not villages[0].intersects(villages[1])


def test_commune_split_pieces_union_back(alg, run_alg):
    acts, homes = high_street(X0, Y0)
    # two communes cut the street at x0 + 600 (between the 15th and 16th activities)
    communes = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:2154&field=insee:string&field=nom:string", "communes", "memory"
    )
    feats = []
    for code, name, x_min, x_max in (
        ("62001", "Ouest", X0 - 1000, X0 + 610),
        ("62002", "Est", X0 + 610, X0 + 3000),
    ):
        f = QgsFeature(communes.fields())
        f.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x_min} {Y0 - 1000},{x_max} {Y0 - 1000},{x_max} {Y0 + 1000},"
            f"{x_min} {Y0 + 1000},{x_min} {Y0 - 1000}))"
        ))  # fmt: skip
        f.setAttributes([code, name])
        feats.append(f)
    communes.dataProvider().addFeatures(feats)
    result = run_alg(alg, base_params(acts, homes, COMMUNES=communes))
    rows = table(layer_of(result, "OUTPUT"), order="insee_com")
    assert [r[0]["insee_com"] for r in rows] == ["62001", "62002"]
    assert [r[0]["nom_com"] for r in rows] == ["Ouest", "Est"]
    assert rows[0][0]["parent_id"] == rows[1][0]["parent_id"]
    assert rows[0][0]["id"] != rows[1][0]["id"]
    assert all(r[0]["cross_commune"] for r in rows)
    # x = 0..600 → 16 activities west, 14 east: both ≥ 10/2 → both keep "centralité"
    assert [r[0]["n_act"] for r in rows] == [16, 14]
    assert [r[0]["type"] for r in rows] == ["centralité", "centralité"]
    # the unsplit run's perimeter = the union of the pieces
    whole = table(layer_of(run_alg(alg, base_params(acts, homes)), "OUTPUT"))[0][1]
    union = QgsGeometry.unaryUnion([r[1] for r in rows])
    assert abs(union.area() - whole.area()) <= 1e-6 * whole.area()
    assert whole.symDifference(union).area() <= 1e-6 * whole.area()


def test_small_commune_piece_is_an_extension(alg, run_alg):
    acts, homes = high_street(X0, Y0)
    # the eastern commune only gets the last 4 activities (x ≥ 1040): 4 < 10/2 → extension
    communes = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=insee:string", "c", "memory")
    feats = []
    for code, x_min, x_max in (("62001", X0 - 1000, X0 + 1020), ("62002", X0 + 1020, X0 + 3000)):
        f = QgsFeature(communes.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x_min, Y0 - 1000, x_max, Y0 + 1000)))
        f.setAttributes([code])
        feats.append(f)
    communes.dataProvider().addFeatures(feats)
    rows = table(
        layer_of(run_alg(alg, base_params(acts, homes, COMMUNES=communes)), "OUTPUT"), "insee_com"
    )
    assert [r[0]["type"] for r in rows] == ["centralité", "extension d'une centralité voisine"]
    assert rows[1][0]["n_act"] == 4


def _snapshot(result):
    out = []
    for key in ("OUTPUT", "OUTPUT_POINTS", "OUTPUT_REJECTED"):
        layer = layer_of(result, key)
        rows = []
        for f in layer.getFeatures():
            rows.append((tuple(str(v) for v in f.attributes()), bytes(f.geometry().asWkb())))
        out.append(sorted(rows))
    return out


def test_identical_inputs_identical_outputs_whatever_the_order(alg, run_alg):
    acts, homes = scenes()
    first = _snapshot(run_alg(alg, base_params(acts, homes)))
    rng = np.random.default_rng(7)
    shuffled = [acts[i] for i in rng.permutation(len(acts))]
    second = _snapshot(run_alg(alg, base_params(shuffled, homes[::-1])))
    assert first == second


def test_translation_keeps_the_classification(alg, run_alg):
    acts, homes = scenes()
    moved = [(x + 1234.5, y - 987.25, f, t, i) for x, y, f, t, i in acts]
    moved_homes = [(x + 1234.5, y - 987.25, n) for x, y, n in homes]
    a = table(layer_of(run_alg(alg, base_params(acts, homes)), "OUTPUT"))
    b = table(layer_of(run_alg(alg, base_params(moved, moved_homes)), "OUTPUT"))
    keys = ("type", "niveau", "n_act", "n_log", "rules_passed", "n_membres")
    assert sorted(tuple(str(r[0][k]) for k in keys) for r in a) == sorted(
        tuple(str(r[0][k]) for k in keys) for r in b
    )
    assert sorted(round(r[1].area(), 3) for r in a) == sorted(round(r[1].area(), 3) for r in b)


def test_raising_min_activities_never_adds_perimeters(alg, run_alg):
    acts, homes = scenes()
    counts = []
    for n_min in (5, 10, 12, 13, 25, 31):
        result = run_alg(alg, base_params(acts, homes, MIN_ACTIVITIES=n_min))
        counts.append(layer_of(result, "OUTPUT").featureCount())
    # 5: hamlet becomes a candidate but fails H (30 < 50) → pôle → 5 perimeters
    assert counts == [5, 4, 4, 2, 1, 0]
    assert all(a >= b for a, b in itertools.pairwise(counts))


def test_min_pts_1_equals_dissolved_buffers(alg, run_alg):
    rng = np.random.default_rng(3)
    pts = np.round(rng.uniform(0, 1500, (250, 2)), 2)
    acts = [(X0 + x, Y0 + y, "C", "", f"p{i:03d}") for i, (x, y) in enumerate(pts)]
    result = run_alg(
        alg,
        base_params(acts, [], MIN_POINTS=1, MIN_ACTIVITIES=1, CLOSING=0, HOLE_MAX=0),
    )
    points = layer_of(result, "OUTPUT_POINTS")
    ours: dict[str, set] = {}
    for f in points.getFeatures():
        ours.setdefault(f["cluster_id"], set()).add(f["source_id"])
    # oracle: connected parts of the dissolved buffers of eps / 2 = 50 m (fine segments)
    buffers = [QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)).buffer(50.0, 64) for x, y in pts]
    union = QgsGeometry.unaryUnion(buffers)
    parts = [QgsGeometry(p.clone()) for p in union.constParts()]
    oracle = []
    for part in parts:
        oracle.append({
            f"p{i:03d}" for i, (x, y) in enumerate(pts)
            if part.contains(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))
        })  # fmt: skip
    assert sorted(map(sorted, ours.values())) == sorted(map(sorted, oracle))


def test_json_sidecar_next_to_the_output(alg, tmp_path, run_alg):
    acts, homes = scenes()
    out = tmp_path / "centralites.gpkg"
    result = run_alg(alg, base_params(acts, homes, OUTPUT=str(out), ROBUSTNESS=True))
    path = Path(result["OUTPUT_JSON"])
    assert path == tmp_path / "centralites.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["ruleset"] == "CENTRA-1 v1"
    assert doc["algorithm"] == "aula:centralities"
    assert doc["parameters"]["link_distance"] == 100.0
    assert doc["parameters"]["min_points"] == 4
    assert doc["parameters"]["level_thresholds"] == [12, 29, 69]
    assert doc["parameters"]["input_format"] == "generic"
    assert len(doc["params_hash"]) == 12
    assert set(doc["inputs"]) == {"ACTIVITIES", "HOUSING"}
    assert all(len(v["sha256"]) == 64 for v in doc["inputs"].values())
    assert doc["inputs"]["ACTIVITIES"]["sha256_of"] == "features"
    assert doc["results"]["centralities"] == 3
    assert doc["qgis_version"] and doc["run_date"]
    layer = QgsVectorLayer(f"{out}|layername=centralites", "c", "ogr")
    assert layer.isValid()
    robust = {f["n_membres"]: (f["robust"], f["robust_share"]) for f in layer.getFeatures()}
    # high street, 40 m spacing: at eps 75 a point has at most 2 neighbours (40 m each side)
    # → no core point → lost in the 3 runs at eps × 0.75; found in the 6 others → 6/9 < 7/9
    assert robust[30] == ("fragile", round(6 / 9, 6))
    # villages (30 m grid) and the retail park (60 m grid) keep cores at eps 75, stay apart at
    # eps 125 (210 m gap) and have ≥ 12 members: found in all 9 runs (IoU ≥ 0.7: e.g. village
    # envelope 28,254 m² at r 50 vs 21,068 m² at r 37.5 → 0.75)
    assert robust[12] == ("stable", 1.0)
    assert robust[20] == ("stable", 1.0)


def test_robustness_flags_fragile(alg, run_alg):
    # 10 activities 40 m apart + 100 dwellings. eps 75: no core (≤ 2 neighbours) → lost in 3
    # runs; eps 100 and 125: found with n_min 8 and 10, lost with n_min 12 > 10 members
    # → 4/9 < 7/9 → fragile
    acts = [(X0 + 40 * i, Y0, "CSE"[i % 3], "", f"f{i}") for i in range(10)]
    homes = [(X0 + 200, Y0 + 10, 100)]
    result = run_alg(alg, base_params(acts, homes, ROBUSTNESS=True))
    rows = table(layer_of(result, "OUTPUT"))
    assert [(r[0]["robust"], round(r[0]["robust_share"], 4)) for r in rows] == [
        ("fragile", round(4 / 9, 4))
    ]


def test_reprojection_from_3857_is_logged(alg, run_alg):
    acts, homes = scenes()
    src, dst = QgsCoordinateReferenceSystem("EPSG:2154"), QgsCoordinateReferenceSystem("EPSG:3857")
    tr = QgsCoordinateTransform(src, dst, QgsProject.instance())
    moved = []
    for x, y, f, t, i in acts:
        p = tr.transform(QgsPointXY(x, y))
        moved.append((p.x(), p.y(), f, t, i))
    params = base_params(acts, homes)
    params["ACTIVITIES"] = activity_layer(moved, crs="EPSG:3857")
    feedback = LogFeedback()
    result = run_alg(alg, params, feedback)
    assert any("reprojected from EPSG:3857 to Lambert-93" in line for line in feedback.lines)
    assert result["N_CENTRALITIES"] == 3 and result["N_PERIPHERAL"] == 1
    assert layer_of(result, "OUTPUT").crs().authid() == "EPSG:2154"


def test_duplicates_and_missing_coordinates_counted(alg, run_alg):
    acts, homes = village(X0, Y0, "va")
    acts = [*acts, (*acts[0][:4], "dup1"), (*acts[1][:4], "dup2")]
    layer = activity_layer(acts)
    f = QgsFeature(layer.fields())
    f.setAttributes(["C", "X", "nogeom"])
    layer.dataProvider().addFeatures([f])
    feedback = LogFeedback()
    result = run_alg(alg, base_params(acts, homes, ACTIVITIES=layer), feedback)
    log = "\n".join(feedback.lines)
    assert "2 duplicates merged" in log
    assert "1 points without coordinates skipped" in log
    points = {p["source_id"]: p["n_raw"] for p in layer_of(result, "OUTPUT_POINTS").getFeatures()}
    # the kept row of a duplicate group is the first in (source, source_id) order: "dup1" < "va00"
    assert len(points) == 12 and points["dup1"] == 2 and points["dup2"] == 2
    assert "va00" not in points and points["va02"] == 1


def test_unknown_codes_listed(alg, run_alg):
    acts, homes = village(X0, Y0, "va")
    acts = [
        *acts,
        (X0, Y0 + 5, "Z", "", "z1"),
        (X0, Y0 + 6, "Z", "", "z2"),
        (X0, Y0 + 7, "Q", "", "q"),
    ]
    with pytest.raises(QgsProcessingException, match=r"Z \(2\), Q \(1\)"):
        run_alg(alg, base_params(acts, homes))
    # skipped on request, and counted in the log
    feedback = LogFeedback()
    result = run_alg(alg, base_params(acts, homes, SKIP_UNKNOWN=True), feedback)
    assert result["N_CENTRALITIES"] == 1
    assert any("Z (2), Q (1)" in line for line in feedback.lines)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"FUNCTION_FIELD": None}, "choose the function field"),
        ({"INPUT_FORMAT": 0}, "field TYPEQU is missing"),
        ({"DWELLINGS_FIELD": "nb_logements"}, "field nb_logements is missing"),
        ({"LEVEL_THRESHOLDS": "12;29"}, "three increasing numbers"),
    ],
)
def test_bad_parameters(alg, change, message, run_alg):
    acts, homes = village(X0, Y0, "va")
    params = base_params(acts, homes)
    params.update(change)
    with pytest.raises(QgsProcessingException, match=message):
        run_alg(alg, params)


def test_empty_input_refused(alg, run_alg):
    with pytest.raises(QgsProcessingException, match="activites: the layer has no feature"):
        run_alg(alg, base_params([], []))


def test_unreadable_housing_grid_and_both_housing_inputs(alg, tmp_path, run_alg):
    acts, homes = village(X0, Y0, "va")
    bad = tmp_path / "grid.tif"
    bad.write_text("not a raster")
    params = base_params(acts, homes, HOUSING=None, HOUSING_GRID=str(bad))
    # QGIS's own parameter check refuses it first, naming the parameter and the file
    with pytest.raises(QgsProcessingException, match="HOUSING_GRID"):
        run_alg(alg, params)
    good = _grid(tmp_path / "ok.tif")
    params = base_params(acts, homes, HOUSING_GRID=good)
    with pytest.raises(QgsProcessingException, match="not both"):
        run_alg(alg, params)


def _grid(path: Path) -> str:
    from osgeo import gdal, osr

    # 200 m cells of 20 dwellings over the village (x0 - 200 .. x0 + 400, y0 - 200 .. y0 + 400)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 3, 3, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0 - 200, 200, 0, Y0 + 400, 0, -200))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((3, 3), 400.0, dtype=np.float32))
    ds = None
    return str(path)


def test_housing_grid_area_weighted(alg, tmp_path, run_alg):
    acts, _ = village(X0, Y0, "va")
    # 400 dwellings per 40,000 m² cell = 0.01 per m²; the envelope lies inside the grid, so
    # n_log = 0.01 × envelope area
    result = run_alg(
        alg, base_params(acts, [], HOUSING=None, HOUSING_GRID=_grid(tmp_path / "g.tif"))
    )
    rows = table(layer_of(result, "OUTPUT"))
    assert len(rows) == 1
    assert rows[0][0]["n_log"] == round(0.01 * rows[0][1].area())


def test_cancel_writes_nothing(alg, tmp_path, run_alg):
    acts, homes = scenes()
    out = tmp_path / "c.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(alg, base_params(acts, homes, OUTPUT=str(out)), LogFeedback(cancel_after=3))
    assert not out.exists()
    assert not (tmp_path / "c.json").exists()


def test_barrier_layer_cuts_the_street(alg, run_alg):
    acts, homes = high_street(X0, Y0)
    rail = QgsVectorLayer("LineString?crs=EPSG:2154", "voie ferree", "memory")
    f = QgsFeature()
    # between activities 14 (x0 + 560) and 15 (x0 + 600)
    f.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0 + 580} {Y0 - 500},{X0 + 580} {Y0 + 500})"))
    rail.dataProvider().addFeatures([f])
    result = run_alg(alg, base_params(acts, homes, BARRIERS=[rail]))
    rows = table(layer_of(result, "OUTPUT"))
    assert sorted(r[0]["n_membres"] for r in rows) == [15, 15]


def test_agreed_perimeters_compared_read_only(alg, run_alg):
    import aula_plugin.gis.centralities_agreed  # noqa: F401  (the comparison is shipped)

    acts, homes = high_street(X0, Y0)
    agreed = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:2154&field=id:string&field=nom:string&field=statut:string",
        "centralites_validees",
        "memory",
    )
    f = QgsFeature(agreed.fields())
    f.setGeometry(QgsGeometry.fromWkt(
        f"POLYGON(({X0 - 50} {Y0 - 50},{X0 + 1210} {Y0 - 50},{X0 + 1210} {Y0 + 50},"
        f"{X0 - 50} {Y0 + 50},{X0 - 50} {Y0 - 50}))"
    ))  # fmt: skip
    f.setAttributes(["A1", "Grand-rue", "validé"])
    agreed.dataProvider().addFeatures([f])
    before = [(g.attributes(), g.geometry().asWkt()) for g in agreed.getFeatures()]
    result = run_alg(alg, base_params(acts, homes, AGREED=agreed, OUTPUT_COMPARISON="memory:"))
    rows = table(layer_of(result, "OUTPUT"))
    iou = rows[0][0]["agreed_iou"]
    assert 0.5 < iou < 1.0
    comparison = layer_of(result, "OUTPUT_COMPARISON")
    assert comparison.featureCount() == 1
    names = comparison.fields().names()
    (row,) = [dict(zip(names, g.attributes(), strict=True)) for g in comparison.getFeatures()]
    assert (row["kind"], row["agreed_id"], row["statut"]) == ("agreed", "A1", "validé")
    assert row["iou"] == pytest.approx(iou)
    # typed columns a planner can sort and sum (not text, no Python lists)
    assert isinstance(row["act_both"], int) and row["act_both"] > 0
    assert "overlaps" not in names
    assert [(g.attributes(), g.geometry().asWkt()) for g in agreed.getFeatures()] == before


def test_through_qgis_process(qgis_process, tmp_path, provider):
    from qgis.core import QgsApplication

    assert QgsApplication.processingRegistry().algorithmById("aula:centralities") is not None
    acts, homes = scenes()
    a = tmp_path / "act.gpkg"
    h = tmp_path / "log.gpkg"
    from qgis.core import QgsVectorFileWriter

    for layer, path in ((activity_layer(acts), a), (housing_layer(homes), h)):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(path), QgsProject.instance().transformContext(), options
        )
    out = tmp_path / "out.gpkg"
    result = qgis_process.run_json(
        "aula:centralities",
        ACTIVITIES=str(a),
        INPUT_FORMAT="2",
        FUNCTION_FIELD="fonction",
        TYPE_FIELD="type",
        ID_FIELD="id",
        HOUSING=str(h),
        ROBUSTNESS="false",
        OUTPUT=str(out),
    )
    assert result["results"]["N_CENTRALITIES"] == 3
    assert (tmp_path / "out.json").is_file()
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["inputs"]["ACTIVITIES"]["sha256_of"] == "file"


class _FrenchReasons:
    """A translator giving the French reasons (as the merged aula_fr.qm will)."""

    FR = {"{n} activities < {n_min}": "{n} activités < {n_min}"}


def test_hamlet_reason_in_the_user_language(alg, run_alg):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    class Translator(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "aula":
                return _FrenchReasons.FR.get(source, "")
            return ""

    translator = Translator()
    QCoreApplication.installTranslator(translator)
    try:
        acts, homes = hamlet(X0, Y0)
        result = run_alg(alg, base_params(acts, homes))
        reasons = [f["reason"] for f in layer_of(result, "OUTPUT_REJECTED").getFeatures()]
    finally:
        QCoreApplication.removeTranslator(translator)
    # the template is translated first, then filled in: "5 activités < 10"
    assert reasons == ["5 activités < 10"]


def test_hamlet_reason_with_the_shipped_french_translation(alg, staged_plugin, run_alg):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(staged_plugin / "i18n" / "aula_fr.qm"))
    assert translator.translate("aula", "{n} activities < {n_min}") == "{n} activités < {n_min}"
    QCoreApplication.installTranslator(translator)
    try:
        acts, homes = hamlet(X0, Y0)
        result = run_alg(alg, base_params(acts, homes))
        reasons = [f["reason"] for f in layer_of(result, "OUTPUT_REJECTED").getFeatures()]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert reasons == ["5 activités < 10"]


def test_dropping_covered_discs_keeps_the_union():
    from aula_plugin.core.centralities.cluster import covered_discs_kept

    rng = np.random.default_rng(11)
    # a dense centre (σ 60 m) and a sparse fringe (σ 300 m): 1,500 points
    pts = np.vstack([rng.normal(0, 60, (1000, 2)), rng.normal(0, 300, (500, 2))])
    x, y = np.round(X0 + pts[:, 0], 2), np.round(Y0 + pts[:, 1], 2)
    keep = covered_discs_kept(x, y, 50.0)
    assert keep.sum() < 0.8 * len(x)  # most of the dense centre is dropped

    def union(mask):
        return QgsGeometry.unaryUnion(
            [
                QgsGeometry.fromPointXY(QgsPointXY(a, b)).buffer(50.0, 16)
                for a, b in zip(x[mask], y[mask], strict=False)
            ]
        )

    everything, kept = union(np.ones(len(x), bool)), union(keep)
    assert everything.symDifference(kept).area() <= 1e-6 * everything.area()


def bpe_layer(rows, name="bpe"):
    """rows: (x, y, TYPEQU, QUALITE_XY, id); coordinates also in LAMBERT_X / LAMBERT_Y."""
    layer = QgsVectorLayer(
        "Point?crs=EPSG:2154&field=AN:string&field=DEPCOM:string&field=TYPEQU:string"
        "&field=LAMBERT_X:double&field=LAMBERT_Y:double&field=QUALITE_XY:string&field=id:string",
        name,
        "memory",
    )
    feats = []
    for x, y, code, quality, ident in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes(["2023", "62498", code, x, y, quality, ident])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_bpe_big_box_pole_and_quality(alg, run_alg):
    # a big-box park: 6 hypermarkets/supermarkets (B101, B102) and 4 small shops (B201) on a 30 m
    # grid, with 200 dwellings nearby: H passes, C passes (10 ≥ 3), S and E fail → but the
    # big-box share 6/10 = 0.6 > 0.5 → pôle périphérique (checked before the function test)
    codes = ["B101", "B102"] * 3 + ["B201"] * 4
    rows = [
        (X0 + 30 * (k % 5), Y0 + 30 * (k // 5), code, "bonne", f"b{k:02d}")
        for k, code in enumerate(codes)
    ]
    # a "mauvaise" point is dropped and counted
    rows.append((X0 + 15, Y0 + 15, "B203", "mauvaise", "bad"))
    params = base_params([], [(X0 + 60, Y0 + 15, 200)], ACTIVITIES=bpe_layer(rows), INPUT_FORMAT=0)
    for key in ("FUNCTION_FIELD", "TYPE_FIELD", "ID_FIELD"):
        params.pop(key)
    feedback = LogFeedback()
    result = run_alg(alg, params, feedback)
    rows_out = table(layer_of(result, "OUTPUT"))
    assert len(rows_out) == 1
    attrs = rows_out[0][0]
    assert attrs["type"] == "pôle périphérique"
    assert attrs["share_big_box"] == 0.6
    assert attrs["rules_passed"] == "N≥10;H≥50;C,S,E,H=2/4;BB>0.5"
    assert attrs["types"] == "B101;B102;B201"
    assert attrs["data_vintages"].startswith("BPE 2023")
    assert "typequ_fonction_bpe2023.csv" in attrs["data_vintages"]
    assert any("1 points of bad location quality" in line for line in feedback.lines)


def test_synthetic_territory_activities(alg, territory_gpkg, tmp_path, run_alg):
    """The synthetic BPE-like points of the territory GeoPackage run end to end, labelled so."""
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=centra_activites", "act", "ogr")
    housing = QgsVectorLayer(f"{territory_gpkg}|layername=centra_logements", "log", "ogr")
    assert layer.isValid() and housing.isValid()
    communes = QgsVectorLayer(f"{territory_gpkg}|layername=commune", "commune", "ogr")
    result = run_alg(
        alg,
        {
            "ACTIVITIES": layer,
            "INPUT_FORMAT": 0,
            "HOUSING": housing,
            "COMMUNES": communes,
            "ROBUSTNESS": False,
            "SKIP_UNKNOWN": True,
            "OUTPUT": str(tmp_path / "c.gpkg"),
        },
    )
    assert result["N_CENTRALITIES"] > 0
    out = QgsVectorLayer(f"{tmp_path / 'c.gpkg'}|layername=c", "c", "ogr")
    if not out.isValid():
        out = QgsVectorLayer(str(tmp_path / "c.gpkg"), "c", "ogr")
    assert out.isValid()
    # the provenance rows say synthetic: so do the results (and the sheets made from them)
    vintages = {f["data_vintages"] for f in out.getFeatures()}
    assert vintages and all("SYNTHÉTIQUE" in v for v in vintages)


def test_barrier_polygon_cuts_links_and_is_removed_from_the_perimeters(alg, run_alg):
    acts, homes = high_street(X0, Y0)
    river = QgsVectorLayer("Polygon?crs=EPSG:2154", "riviere", "memory")
    f = QgsFeature()
    # a river 20 m wide between activities 14 (x0 + 560) and 15 (x0 + 600)
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 570, Y0 - 500, X0 + 590, Y0 + 500)))
    river.dataProvider().addFeatures([f])
    result = run_alg(alg, base_params(acts, homes, BARRIERS=[river]))
    rows = table(layer_of(result, "OUTPUT"))
    # 15 + 15 members; with only 100 dwellings each side (10 points of 10) both still pass H
    assert sorted(r[0]["n_membres"] for r in rows) == [15, 15]
    water = f.geometry()
    for _, geom in rows:
        assert geom.intersection(water).area() < 1e-6


# -- Opened from the dialog: styled, labelled, in the group ----------------------------------------


def shown(layer, name, value) -> str:
    """What the attribute table shows for ``value`` in field ``name`` (its value map)."""
    from qgis.core import QgsApplication

    index = layer.fields().indexOf(name)
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)


def dialog_outputs(load_like_dialog):
    """A centrality (high street, with an agreed perimeter), a peripheral pole (retail park) and
    a rejected hamlet, run as the dialog runs them: output name -> the layer QGIS opened."""
    acts, homes = [], []
    for part in (high_street(X0, Y0), retail_park(X0 + 5000, Y0), hamlet(X0, Y0 + 5000)):
        acts += part[0]
        homes += part[1]
    agreed = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:2154&field=id:string&field=nom:string&field=statut:string",
        "centralites_validees",
        "memory",
    )
    f = QgsFeature(agreed.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 - 50, Y0 - 50, X0 + 1210, Y0 + 50)))
    f.setAttributes(["A1", "Grand-rue", "validé"])
    agreed.dataProvider().addFeatures([f])
    params = base_params(acts, homes, AGREED=agreed)
    for key in ("OUTPUT", "OUTPUT_POINTS", "OUTPUT_REJECTED"):
        del params[key]  # temporary layers, opened in the project
    results, project = load_like_dialog(ALG, params)
    keys = ("OUTPUT", "OUTPUT_POINTS", "OUTPUT_REJECTED", "OUTPUT_COMPARISON")
    return {key: project.mapLayer(results[key]) for key in keys}, project


def test_dialog_outputs_styled_and_labelled_in_french(provider, load_like_dialog, french_labels):
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsRuleBasedRenderer,
    )

    layers, project = dialog_outputs(load_like_dialog)
    group = QgsApplication.processingRegistry().algorithmById(ALG).group()
    for key, layer in layers.items():
        assert project.layerTreeRoot().findLayer(layer.id()).parent().name() == group, key
        names = layer.fields().names()
        aliases = {n: layer.attributeDisplayName(i) for i, n in enumerate(names)}
        assert all(alias != name for name, alias in aliases.items()), (key, aliases)
    perimeters = layers["OUTPUT"]
    assert isinstance(perimeters.renderer(), QgsRuleBasedRenderer)  # centralites.qml
    assert perimeters.labeling().settings().fieldName == "nom_com"
    assert isinstance(layers["OUTPUT_POINTS"].renderer(), QgsCategorizedSymbolRenderer)
    assert layers["OUTPUT_REJECTED"].labeling().settings().fieldName == "reason"
    assert not layers["OUTPUT_COMPARISON"].isSpatial()
    assert perimeters.attributeDisplayName(perimeters.fields().indexOf("agreed_iou")) == (
        "Recouvrement avec le périmètre validé (IoU)"
    )
    rows = {f["type"]: f for f in perimeters.getFeatures()}
    assert set(rows) == {"centralité", "pôle périphérique"}
    assert shown(perimeters, "type", "centralité") == "Centralité"
    assert shown(perimeters, "niveau", rows["centralité"]["niveau"]) == "Proximité"
    assert shown(perimeters, "rules_passed", rows["centralité"]["rules_passed"]) == (
        "✓ au moins 10 activités membres · ✓ au moins 50 logements · ✓ habitat et 2 fonctions "
        "parmi commerces, services, équipements (4/4) · ✓ part des grandes surfaces au plus 50 %"
    )
    assert shown(perimeters, "rules_passed", rows["pôle périphérique"]["rules_passed"]).startswith(
        "✓ au moins 10 activités membres · ✗ au moins 50 logements"
    )
    rejected = layers["OUTPUT_REJECTED"]
    (hamlet_rules,) = [f["rules_passed"] for f in rejected.getFeatures()]
    assert shown(rejected, "rules_passed", hamlet_rules).startswith("✗ au moins 10 activités")
    points = layers["OUTPUT_POINTS"]
    assert shown(points, "function", "E") == "Équipement"
    assert shown(points, "role", "noise") == "Isolée"
    comparison = layers["OUTPUT_COMPARISON"]
    assert shown(comparison, "kind", "agreed") == "Périmètre validé"
    assert shown(comparison, "statut", "validé") == "Validé"


def test_dialog_labels_in_english_by_default(provider, load_like_dialog):
    layers, _ = dialog_outputs(load_like_dialog)
    perimeters = layers["OUTPUT"]
    rows = {f["type"]: f for f in perimeters.getFeatures()}
    assert shown(perimeters, "type", "pôle périphérique") == "Peripheral pole"
    assert shown(perimeters, "rules_passed", rows["centralité"]["rules_passed"]).startswith(
        "✓ at least 10 member activities · ✓ at least 50 dwellings"
    )
    assert perimeters.attributeDisplayName(perimeters.fields().indexOf("share_big_box")) == (
        "Big-box share (0–1)"
    )
    assert shown(layers["OUTPUT_COMPARISON"], "statut", "validé") == "Agreed"
