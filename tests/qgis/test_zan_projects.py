"""aula:zanprojects (compteur ZAN) in a real headless QGIS on hand-made polygons.

Communes 100 m × 100 m (x offset 700 000, y offset 7 000 000, EPSG:2154): 62001 on x 0..100
(remaining budget 10 000 m²), 62002 on x 100..200 (1 000 m²), both in territory T.
OCS GE 2021: x 0..50 artificialised (CS1.1.1.1/US5), x 50..200 not (CS2.2.1/US1.1).
PLU: U on x 0..40, AUc on x 40..100, A on x 100..200.
Projects (1 m of x = 100 m²):
  P1 x 25..75   "en projet" 2028  -> 62001: 5 000 m², half over artificialised land (x 25..50)
  P2 x 150..200 "autorisé"  2030  -> 62002: 5 000 m², nothing artificialised
  P3 x 60..100  "abandonné" 2027  -> left out by status
  P4 x 100..150 "en projet" 2040  -> left out by the horizon 2031
With OCS GE: 62001 net 5 000 - 2 500 = 2 500, balance 10 000 - 2 500 = 7 500;
             62002 net 5 000, balance 1 000 - 5 000 = -4 000; T: budget 11 000, net 7 500,
             balance 3 500.
With only the PLU: P1 in U on x 25..40 = 1 500 excluded; 62001 net 3 500, balance 6 500.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

ALG = "aula:zanprojects"
X0, Y0 = 700_000, 7_000_000


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.messages.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info: str) -> None:
        self.messages.append(info)
        super().pushInfo(info)


def rect(x1: float, x2: float, y1: float = 0, y2: float = 100) -> str:
    a, b, c, d = X0 + x1, X0 + x2, Y0 + y1, Y0 + y2
    return f"POLYGON(({a} {c}, {b} {c}, {b} {d}, {a} {d}, {a} {c}))"


def make_layer(uri: str, name: str, rows: list[tuple[list[Any], str | None]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    features = []
    for attributes, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def communes() -> QgsVectorLayer:
    return make_layer(
        "Polygon?crs=EPSG:2154&field=insee:string&field=epci:string&field=reste:double",
        "communes",
        [(["62001", "T", 10_000.0], rect(0, 100)), (["62002", "T", 1_000.0], rect(100, 200))],
    )


def projects() -> QgsVectorLayer:
    return make_layer(
        "Polygon?crs=EPSG:2154&field=statut:string&field=annee:integer&field=type:string",
        "projets",
        [
            (["en projet", 2028, "habitat"], rect(25, 75)),
            (["autorisé", 2030, "activité"], rect(150, 200)),
            (["abandonné", 2027, "habitat"], rect(60, 100)),
            (["en projet", 2040, "activité"], rect(100, 150)),
        ],
    )


def ocsge() -> QgsVectorLayer:
    return make_layer(
        "Polygon?crs=EPSG:2154&field=code_cs:string&field=code_us:string&field=artif:string",
        "ocsge_2021",
        [
            (["CS1.1.1.1", "US5", "artif"], rect(0, 50)),
            (["CS2.2.1", "US1.1", "non artif"], rect(50, 200)),
        ],
    )


def plu() -> QgsVectorLayer:
    return make_layer(
        "Polygon?crs=EPSG:2154&field=TYPEZONE:string&field=LIBELLE:string",
        "zone_urba",
        [(["U", "UA"], rect(0, 40)), (["AUc", "1AU"], rect(40, 100)), (["A", "A"], rect(100, 200))],
    )


def rows_of(layer: QgsVectorLayer, key: str) -> dict[str, dict[str, Any]]:
    names = layer.fields().names()
    rows = {}
    for f in layer.getFeatures():
        row = {
            n: None if isinstance(v, QVariant) and v.isNull() else v
            for n, v in zip(names, f.attributes(), strict=True)
        }
        rows[row[key]] = row
    return rows


BASE = {
    "STATUS_FIELD": "statut",
    "STATUSES": "en projet, autorisé",
    "YEAR_FIELD": "annee",
    "HORIZON": 2031,
    "INSEE_FIELD": "insee",
    "GROUP_FIELD": "epci",
    "BUDGET_COMMUNE_FIELD": "reste",
    "OUTPUT_COMMUNES": "TEMPORARY_OUTPUT",
    "OUTPUT_TERRITORIES": "TEMPORARY_OUTPUT",
}


def run(params: dict[str, Any], feedback: QgsProcessingFeedback | None = None) -> dict[str, Any]:
    from qgis import processing

    params = {"PROJECTS": projects(), "COMMUNES": communes(), **BASE, **params}
    return processing.run(
        ALG, {k: v for k, v in params.items() if v is not None}, feedback=feedback
    )


def test_provider_lists_the_algorithm(provider):
    assert provider.algorithm("zanprojects") is not None


def test_ocsge_exclusion_status_and_year_filters(provider):
    feedback = RecordingFeedback()
    result = run({"OCSGE": ocsge()}, feedback)
    rows = rows_of(result["OUTPUT_COMMUNES"], "insee")
    a, b = rows["62001"], rows["62002"]
    assert a["projects"] == 1 and a["projects_m2"] == pytest.approx(5000)
    assert a["excluded_m2"] == pytest.approx(2500)  # half of P1 is already artificialised
    assert a["net_m2"] == pytest.approx(2500) and a["balance_m2"] == pytest.approx(7500)
    assert b["net_m2"] == pytest.approx(5000) and b["balance_m2"] == pytest.approx(-4000)
    assert {a["exclusion"], b["exclusion"]} == {"ocsge_artif"}
    (total,) = rows_of(result["OUTPUT_TERRITORIES"], "territory").values()
    assert total["territory"] == "T"
    assert total["budget_m2"] == pytest.approx(11_000)
    assert total["net_m2"] == pytest.approx(7_500)
    assert total["balance_m2"] == pytest.approx(3_500)
    assert total["exclusion"] == "ocsge_artif"
    assert any("2 project(s) kept, 1 left out by status, 1 by year" in m for m in feedback.messages)


def test_plu_only_excludes_u_zones(provider):
    result = run({"PLU": plu()})
    rows = rows_of(result["OUTPUT_COMMUNES"], "insee")
    assert rows["62001"]["excluded_m2"] == pytest.approx(1500)  # P1 over U on x 25..40
    assert rows["62001"]["balance_m2"] == pytest.approx(6500)
    assert rows["62001"]["exclusion"] == "plu_zone_u"


def test_ocsge_wins_over_plu_and_says_so(provider):
    feedback = RecordingFeedback()
    result = run({"OCSGE": ocsge(), "PLU": plu()}, feedback)
    assert rows_of(result["OUTPUT_COMMUNES"], "insee")["62001"]["excluded_m2"] == pytest.approx(
        2500
    )
    assert any("zone_urba" in m and "not used" in m for m in feedback.messages)


def test_matrix_when_the_ocsge_layer_has_no_artif_field(provider):
    layer = make_layer(
        "Polygon?crs=EPSG:2154&field=code_cs:string&field=code_us:string",
        "ocsge_brut",
        [(["CS1.1.1.1", "US5"], rect(0, 50)), (["CS2.2.1", "US1.1"], rect(50, 200))],
    )
    rows = rows_of(run({"OCSGE": layer})["OUTPUT_COMMUNES"], "insee")
    assert rows["62001"]["excluded_m2"] == pytest.approx(2500)
    assert rows["62001"]["exclusion"] == "ocsge_matrix"


def test_no_filter_counts_every_project(provider):
    rows = rows_of(
        run({"OCSGE": ocsge(), "STATUSES": None, "HORIZON": None})["OUTPUT_COMMUNES"], "insee"
    )
    # 62001: P1 5 000 (2 500 excluded) + P3 4 000 -> net 6 500; 62002: P2 5 000 + P4 5 000
    assert rows["62001"]["projects"] == 2 and rows["62001"]["net_m2"] == pytest.approx(6500)
    assert rows["62002"]["net_m2"] == pytest.approx(10_000)


def test_budget_from_a_trajectory_table(provider):
    table = make_layer(
        # the layout of aula:zantrajectory's output per commune (key found without BUDGET_KEY)
        "None?field=territory:string&field=remaining_m2:double",
        "zan_trajectoire",
        [(["62001", 20_000.0], None)],
    )
    feedback = RecordingFeedback()
    params = {"OCSGE": ocsge(), "BUDGET_TABLE": table, "BUDGET_COMMUNE_FIELD": None}
    rows = rows_of(run(params, feedback)["OUTPUT_COMMUNES"], "insee")
    assert rows["62001"]["budget_m2"] == pytest.approx(20_000)
    assert rows["62001"]["balance_m2"] == pytest.approx(17_500)
    assert rows["62002"]["budget_m2"] is None and rows["62002"]["balance_m2"] is None
    assert any("62002" in m and "NULL" in m for m in feedback.messages)


def test_real_cnig_plui_zoning_read_in_place(provider, shared_data: Path):
    """A project drawn inside a U zone of the CNIG PLUi sample is entirely excluded."""
    path = shared_data / "cnig" / "plui_248000747" / "248000747_ZONE_URBA_20201109.shp"
    zoning = QgsVectorLayer(str(path), "zone_urba_248000747", "ogr")
    assert zoning.isValid()
    zone = next(
        f for f in zoning.getFeatures() if f["TYPEZONE"] == "U" and f.geometry().area() > 1e4
    )
    inner = zone.geometry().buffer(-5, 8)
    assert inner.area() > 0
    project = make_layer(
        "Polygon?crs=EPSG:2154&field=statut:string&field=annee:integer", "projet_en_u", []
    )
    feature = QgsFeature(project.fields())
    feature.setAttributes(["en projet", 2028])
    feature.setGeometry(inner)
    project.dataProvider().addFeatures([feature])
    box = zoning.extent()
    commune = make_layer(
        "Polygon?crs=EPSG:2154&field=insee:string&field=epci:string&field=reste:double",
        "communes",
        [(["80001", "T", 1000.0], QgsGeometry.fromRect(box).asWkt())],
    )
    rows = rows_of(
        run({"PROJECTS": project, "COMMUNES": commune, "PLU": zoning})["OUTPUT_COMMUNES"], "insee"
    )
    assert rows["80001"]["projects_m2"] == pytest.approx(inner.area(), rel=1e-6)
    assert rows["80001"]["net_m2"] == pytest.approx(0, abs=1.0)
    assert rows["80001"]["exclusion"] == "plu_zone_u"


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"BUDGET_COMMUNE_FIELD": None}, ["budget"]),
        ({"STATUS_FIELD": "etat"}, ["projets", "etat"]),
        ({"STATUS_FIELD": None}, ["projets", "status field"]),
        ({"YEAR_FIELD": None}, ["projets", "expected year"]),
    ],
)
def test_bad_input_refused(provider, params, words):
    with pytest.raises(QgsProcessingException) as info:
        run(params)
    for word in words:
        assert word in str(info.value)


def test_budget_table_without_key_field_refused(provider):
    table = make_layer(
        "None?field=code:string&field=remaining_m2:double", "budgets", [(["62001", 1.0], None)]
    )
    with pytest.raises(QgsProcessingException) as info:
        run({"BUDGET_TABLE": table, "BUDGET_COMMUNE_FIELD": None})
    assert "budgets" in str(info.value) and "no key field" in str(info.value)


def test_empty_projects_layer_refused(provider):
    empty = QgsVectorLayer("Polygon?crs=EPSG:2154&field=statut:string", "projets_vides", "memory")
    with pytest.raises(QgsProcessingException) as info:
        run(
            {
                "PROJECTS": empty,
                "STATUS_FIELD": None,
                "STATUSES": None,
                "YEAR_FIELD": None,
                "HORIZON": None,
            }
        )
    assert "projets_vides" in str(info.value)


def test_cancellation_writes_nothing(provider, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _progress: feedback.cancel())
    target = tmp_path / "compteur.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        run({"OCSGE": ocsge(), "OUTPUT_COMMUNES": str(target)}, feedback)
    assert "ancel" in str(info.value)
    assert not target.exists()
