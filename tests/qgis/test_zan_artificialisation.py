"""aula:zanartificialisation in a real headless QGIS on hand-made polygons.

Three 100 m × 100 m communes side by side (x offset 700 000, y offset 7 000 000, EPSG:2154):
62001 on x 0..100, 62002 on x 100..200, 80001 (Somme) on x 200..300.

Pas-de-Calais, 2018:  P1 x 0..30 CS1.1.1.1/US5 artif; P2 x 30..80 CS2.2.1/US1.1 non artif;
                      P3 x 80..120 CS1.1.1.2/US4.1.1 artif (crosses the 62001/62002 boundary);
                      P4 x 120..200 CS2.1.1.1/US1.2 non artif.
Pas-de-Calais, 2021:  Q1 x 0..60 artif (CS1.1.1.1/US5); Q2 x 60..80 and Q3 x 80..100 non artif
                      (CS2.2.1/US1.1, Q3 is renatured); Q4 x 100..120 artif (CS1.1.1.2/US4.1.1);
                      Q5 x 120..200 non artif (CS2.1.1.1/US1.2).
Somme, 2017:          R1 x 200..300 CS2.2.1/US1.1 non artif.
Somme, 2021:          S1 x 200..250 CS1.1.1.1/US2 artif; S2 x 250..300 CS2.2.1/US1.1 non artif.

By hand (m²; 1 m of x = 100 m²):
  62001 2018: artif 3 000 (P1) + 2 000 (P3 part) = 5 000, sealed 5 000 (both CS1.1.1.x)
  62001 2021: artif 6 000 (Q1), sealed 6 000; A+ = x 30..60 = 3 000; A- = x 80..100 = 2 000;
              net 1 000 = 6 000 - 5 000
  62002 2018: artif 2 000 (P3 part); 2021: 2 000 (Q4); no flow
  80001 2017: 0; 2021: 5 000; A+ = 5 000
The raw CS × US matrix gives the same statuses for these codes (CS1.1.1.x always; CS2.2.1 with
US1.1 and woods never).
"""

from __future__ import annotations

from typing import Any

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

ALG = "aula:zanartificialisation"
X0, Y0 = 700_000, 7_000_000
OCS_FIELDS = "field=code_cs:string&field=code_us:string&field=millesime:string&field=artif:string"


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info: str) -> None:
        self.infos.append(info)
        super().pushInfo(info)


def rect(x1: float, x2: float, y1: float = 0, y2: float = 100) -> str:
    a, b, c, d = X0 + x1, X0 + x2, Y0 + y1, Y0 + y2
    return f"POLYGON(({a} {c}, {b} {c}, {b} {d}, {a} {d}, {a} {c}))"


def make_layer(uri: str, name: str, rows: list[tuple[list[Any], str]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    features = []
    for attributes, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def communes(crs: str = "EPSG:2154") -> QgsVectorLayer:
    rows = [
        (["62001", "T"], rect(0, 100)),
        (["62002", "T"], rect(100, 200)),
        (["80001", "T"], rect(200, 300)),
    ]
    layer = make_layer(
        "Polygon?crs=EPSG:2154&field=insee:string&field=epci:string", "communes", rows
    )
    if crs == "EPSG:2154":
        return layer
    transform = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem(crs), QgsProject.instance()
    )
    moved = []
    for attributes, wkt in rows:
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.densifyByDistance(5)
        geometry.transform(transform)
        moved.append((attributes, geometry.asWkt(12)))
    return make_layer(f"Polygon?crs={crs}&field=insee:string&field=epci:string", "communes", moved)


def ocs(name: str, year: str, rows: list[tuple[str, str, bool, float, float]]) -> QgsVectorLayer:
    return make_layer(
        f"Polygon?crs=EPSG:2154&{OCS_FIELDS}",
        name,
        [
            ([cs, us, f"{year}-01-01", "artif" if a else "non artif"], rect(x1, x2))
            for cs, us, a, x1, x2 in rows
        ],
    )


BUILT, SEALED, GRASS, WOOD = "CS1.1.1.1", "CS1.1.1.2", "CS2.2.1", "CS2.1.1.1"


def layers() -> list[QgsVectorLayer]:
    return [
        ocs(
            "ocsge_d062_2018",
            "2018",
            [
                (BUILT, "US5", True, 0, 30),
                (GRASS, "US1.1", False, 30, 80),
                (SEALED, "US4.1.1", True, 80, 120),
                (WOOD, "US1.2", False, 120, 200),
            ],
        ),
        ocs(
            "ocsge_d062_2021",
            "2021",
            [
                (BUILT, "US5", True, 0, 60),
                (GRASS, "US1.1", False, 60, 80),
                (GRASS, "US1.1", False, 80, 100),
                (SEALED, "US4.1.1", True, 100, 120),
                (WOOD, "US1.2", False, 120, 200),
            ],
        ),
        ocs("ocsge_d080_2017", "2017", [(GRASS, "US1.1", False, 200, 300)]),
        ocs(
            "ocsge_d080_2021",
            "2021",
            [(BUILT, "US2", True, 200, 250), (GRASS, "US1.1", False, 250, 300)],
        ),
    ]


def rows_of(layer: QgsVectorLayer) -> list[dict[str, Any]]:
    names = layer.fields().names()
    return [
        {
            n: None if isinstance(v, QVariant) and v.isNull() else v
            for n, v in zip(names, f.attributes(), strict=True)
        }
        for f in layer.getFeatures()
    ]


def run(params: dict[str, Any], feedback: QgsProcessingFeedback | None = None) -> dict[str, Any]:
    from qgis import processing

    base = {
        "INSEE_FIELD": "insee",
        "STOCK": "TEMPORARY_OUTPUT",
        "FLOWS": "TEMPORARY_OUTPUT",
    }
    return processing.run(ALG, {**base, **params}, feedback=feedback)


def test_provider_lists_the_algorithm(provider):
    algorithm = provider.algorithm("zanartificialisation")
    assert algorithm is not None and algorithm.groupId() == "zan"


@pytest.mark.parametrize("method", [0, 1])
def test_stock_and_flows_per_commune(provider, method: int):
    result = run({"OCSGE": layers(), "COMMUNES": communes(), "METHOD": method})
    stock = {(r["territory"], r["millesime"]): r for r in rows_of(result["STOCK"])}
    assert stock[("62001", 2018)]["artif_m2"] == pytest.approx(5000)
    assert stock[("62001", 2018)]["impermeable_m2"] == pytest.approx(5000)
    assert stock[("62001", 2021)]["artif_m2"] == pytest.approx(6000)
    assert stock[("62001", 2021)]["artif_pct"] == pytest.approx(60.0)
    assert stock[("62002", 2018)]["artif_m2"] == pytest.approx(2000)
    assert stock[("80001", 2017)]["artif_m2"] == pytest.approx(0)
    assert stock[("80001", 2021)]["artif_m2"] == pytest.approx(5000)
    assert ("80001", 2018) not in stock and ("62001", 2017) not in stock
    for row in stock.values():
        # C19: the clipped polygons cover the commune exactly (± 0.1 %); C20: sealed ≤ artif
        assert row["area_m2"] == pytest.approx(row["commune_area_m2"], rel=1e-3)
        assert row["impermeable_m2"] <= row["artif_m2"] + 1e-6
        assert row["multi_departement"] == 0 and row["coverage"] == "complete-uniform"
    flows = {(r["territory"], r["millesime_1"]): r for r in rows_of(result["FLOWS"])}
    f = flows[("62001", 2018)]
    assert (f["millesime_2"], f["dep"]) == (2021, "62")
    assert f["artificialisation_m2"] == pytest.approx(3000)
    assert f["renaturation_m2"] == pytest.approx(2000)
    assert f["net_m2"] == pytest.approx(1000)
    assert f["stock_difference_m2"] == pytest.approx(1000)
    assert f["gap_m2"] == pytest.approx(0, abs=1e-6)
    assert flows[("62002", 2018)]["net_m2"] == pytest.approx(0)
    assert flows[("80001", 2017)]["millesime_2"] == 2021
    assert flows[("80001", 2017)]["artificialisation_m2"] == pytest.approx(5000)


def test_territory_over_62_and_80_is_complete_not_uniform_c21(provider):
    feedback = RecordingFeedback()
    result = run(
        {"OCSGE": layers(), "COMMUNES": communes(), "GROUP_FIELD": "epci", "METHOD": 0}, feedback
    )
    stock = {(r["dep"], r["millesime"]): r for r in rows_of(result["STOCK"])}
    assert sorted(stock) == [("62", 2018), ("62", 2021), ("80", 2017), ("80", 2021)]
    assert stock[("62", 2018)]["artif_m2"] == pytest.approx(7000)  # 5 000 + 2 000
    assert stock[("62", 2018)]["communes"] == 2
    assert all(r["coverage"] == "complete-not-uniform" for r in stock.values())
    assert all(r["multi_departement"] == 1 for r in stock.values())
    flows = {(r["dep"], r["millesime_1"], r["millesime_2"]): r for r in rows_of(result["FLOWS"])}
    assert sorted(flows) == [("62", 2018, 2021), ("80", 2017, 2021)]
    assert flows[("62", 2018, 2021)]["net_m2"] == pytest.approx(1000)
    assert flows[("80", 2017, 2021)]["net_m2"] == pytest.approx(5000)
    assert any("62: millésimes 2018, 2021" in i for i in feedback.infos)
    assert any("80: millésimes 2017, 2021" in i for i in feedback.infos)


def test_flow_check_reports_a_gap_when_coverage_differs(provider):
    """2021 lacks Q2/Q3 (x 60..100 uncovered): S(2021) for 62001 = 6 000 still, but the 2 000 m²
    of P3 over x 80..100 have no later polygon, so A- = 0 and net 3 000 ≠ stock difference 1 000.
    """
    ocs_layers = layers()
    later = ocs_layers[1]
    later.dataProvider().deleteFeatures(
        [f.id() for f in later.getFeatures() if f["code_cs"] == GRASS]
    )
    feedback = RecordingFeedback()
    result = run({"OCSGE": ocs_layers[:2], "COMMUNES": communes(), "METHOD": 0}, feedback)
    flows = {r["territory"]: r for r in rows_of(result["FLOWS"])}
    assert flows["62001"]["net_m2"] == pytest.approx(3000)
    assert flows["62001"]["gap_m2"] == pytest.approx(2000)
    assert any("cover" in w and "62001" in w for w in feedback.warnings)  # C19 warning


def test_geographic_crs_is_reprojected_and_logged(provider):
    feedback = RecordingFeedback()
    result = run(
        {"OCSGE": layers()[:1], "COMMUNES": communes("EPSG:4326"), "FLOWS": None}, feedback
    )
    stock = {r["territory"]: r for r in rows_of(result["STOCK"])}
    assert stock["62001"]["artif_m2"] == pytest.approx(5000, rel=1e-3)
    assert any("EPSG:4326" in i and "EPSG:2154" in i for i in feedback.infos)


def triangle(xa: float, ya: float, xb: float, yb: float) -> str:
    """Triangle with the square's centre (50, 50)."""
    a, b, c = f"{X0 + xa} {Y0 + ya}", f"{X0 + xb} {Y0 + yb}", f"{X0 + 50} {Y0 + 50}"
    return f"POLYGON(({a}, {b}, {c}, {a}))"


def test_invalid_geometry_repaired_and_counted(provider):
    """A bow-tie over 62001 (two 2 500 m² triangles, left and right) and valid triangles below and
    above: after makeValid the commune is covered and artif = 5 000 m²."""
    corners = [(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)]
    bowtie = "POLYGON(({}))".format(", ".join(f"{X0 + x} {Y0 + y}" for x, y in corners))
    layer = make_layer(
        f"Polygon?crs=EPSG:2154&{OCS_FIELDS}",
        "ocsge_2021",
        [
            ([BUILT, "US5", "2021", "artif"], bowtie),
            ([GRASS, "US1.1", "2021", "non artif"], triangle(0, 0, 100, 0)),
            ([GRASS, "US1.1", "2021", "non artif"], triangle(0, 100, 100, 100)),
        ],
    )
    feedback = RecordingFeedback()
    result = run({"OCSGE": [layer], "COMMUNES": communes(), "FLOWS": None}, feedback)
    stock = {r["territory"]: r for r in rows_of(result["STOCK"])}
    assert stock["62001"]["artif_m2"] == pytest.approx(5000)  # two triangles of 2 500 m²
    assert any("ocsge_2021" in w and "1 invalid" in w for w in feedback.warnings)


def test_field_variants_and_year_from_layer_name(provider):
    layer = make_layer(
        "Polygon?crs=EPSG:2154&field=CODE_CS:string&field=CODE_US:string&field=ARTIF:string",
        "OCCUPATION_SOL_D062_2018",
        [(["cs1.1.1.1", "US5", "artif"], rect(0, 100))],
    )
    result = run({"OCSGE": [layer], "COMMUNES": communes(), "FLOWS": None})
    stock = {r["territory"]: r for r in rows_of(result["STOCK"])}
    assert stock["62001"]["millesime"] == 2018
    assert stock["62001"]["artif_m2"] == pytest.approx(10_000)


def ocs2d_layer() -> QgsVectorLayer:
    return make_layer(
        "Polygon?crs=EPSG:2154&field=cs21:string&field=us21:string&field=cs24:string"
        "&field=us24:string",
        "ocs2d_hdf",
        [(["CS6.3.0", "US5.2.1", "CS6.3.0", "US5.2.1"], rect(0, 100))],
    )


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: [ocs2d_layer()], ["ocs2d_hdf", "OCS2D"]),
        (lambda: [layers()[0], ocs2d_layer()], ["different nomenclatures", "ocs2d_hdf"]),
        (
            lambda: [
                make_layer(
                    f"Polygon?crs=EPSG:2154&{OCS_FIELDS}",
                    "ocs_codes_ocs2d",
                    [(["CS6.3.0", "US5.2.1", "2021", "artif"], rect(0, 100))],
                )
            ],
            ["ocs_codes_ocs2d", "CS6.3.0", "OCS2D"],
        ),
        (
            lambda: [
                make_layer(
                    "Polygon?crs=EPSG:2154&field=code_cs:string&field=code_us:string",
                    "sans_artif_2021",
                    [(["CS1.1.1.1", "US5"], rect(0, 100))],
                )
            ],
            ["sans_artif_2021", "artif"],
        ),
        (
            lambda: [QgsVectorLayer(f"Polygon?crs=EPSG:2154&{OCS_FIELDS}", "vide_2021", "memory")],
            ["vide_2021", "no feature"],
        ),
    ],
)
def test_bad_input_refused_clearly(provider, make, words):
    with pytest.raises(QgsProcessingException) as info:
        run({"OCSGE": make(), "COMMUNES": communes(), "METHOD": 0})
    for word in words:
        assert word in str(info.value)


def test_missing_commune_field(provider):
    with pytest.raises(QgsProcessingException) as info:
        run({"OCSGE": layers(), "COMMUNES": communes(), "GROUP_FIELD": "scot"})
    assert "communes" in str(info.value) and "scot" in str(info.value)


def test_cancellation_writes_nothing(provider, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _progress: feedback.cancel())
    target = tmp_path / "stock.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        run({"OCSGE": layers(), "COMMUNES": communes(), "STOCK": str(target)}, feedback)
    assert "ancel" in str(info.value)
    assert not target.exists()


def test_input_layers_untouched(provider):
    ocs_layers = layers()
    before = [[f.attributes() for f in layer.getFeatures()] for layer in ocs_layers]
    run({"OCSGE": ocs_layers, "COMMUNES": communes()})
    assert [[f.attributes() for f in layer.getFeatures()] for layer in ocs_layers] == before
