"""aula:aggregateindicators in a real headless QGIS, through processing.run."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

ALG = "aula:aggregateindicators"
COMMUNE_FIELDS = (
    "field=insee:string(5)&field=epci:string(9)&field=pop:integer&field=chom:integer"
    "&field=act:integer&field=area:double&field=label:string"
)
# Four communes, three EPCI ("C" has no polygon in the parent layer). Worked by hand:
#   A: pop 900 + 100 = 1000; area 7.5 + 0.5 = 8.0; unemployment (90 + 10) / (600 + 40) × 100
#      = 15.625 (the mean of the communes' rates, 15 and 25, would be 20); density 1000 / 8 = 125
#   B: pop 100; area 2.5; unemployment 10 / 50 × 100 = 20.0; density 100 / 2.5 = 40.0
#   C: pop 30; area 1.5; unemployment 3 / 12 × 100 = 25.0; density 30 / 1.5 = 20.0
COMMUNES = [
    ("62003", "B", 100, 10, 50, 2.5, "b1"),
    ("62001", "A", 900, 90, 600, 7.5, "a1"),
    ("62002", "A", 100, 10, 40, 0.5, "a2"),
    ("62004", "C", 30, 3, 12, 1.5, "c1"),
]
# 2.5° squares around each commune (EPSG:4326 points below): any CRS is fine for attributes.
COMMUNE_POINTS = {"A": (2.7, 50.3), "B": (2.3, 50.6), "C": (1.8, 50.4)}
RATES = ["taux_chomage", "chom", "act", 100, "densite", "pop", "area", 1]


def make_layer(
    geometry: str, fields: str, rows: list[tuple[Any, ...]], name: str, wkt: list[str] | None = None
) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}{'&' if '?' in geometry else '?'}{fields}", name, "memory")
    assert layer.isValid()
    features = []
    for i, row in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt[i]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def commune_layer(geometry: str = "Point?crs=EPSG:4326", rows=COMMUNES) -> QgsVectorLayer:
    wkt = None
    if geometry.startswith("Point"):
        wkt = ["POINT({} {})".format(*COMMUNE_POINTS[row[1]]) for row in rows]
    return make_layer(geometry, COMMUNE_FIELDS, list(rows), "communes", wkt)


def square(x: float, y: float, half: float = 1000.0) -> str:
    return "POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
        x - half, y - half, x + half, y + half
    )


def epci_layer(key_type: str = "string") -> QgsVectorLayer:
    """Parents A, B and D (no member) in Lambert-93; C is missing on purpose."""
    rows = [("A", "EPCI A"), ("B", "EPCI B"), ("D", "EPCI D")]
    wkt = [square(680000, 7030000), square(650000, 7060000), square(700000, 7000000)]
    return make_layer(
        "Polygon?crs=EPSG:2154",
        f"field=code:{key_type}&field=nom:string",
        rows,
        "epci_contours",
        wkt,
    )


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)


def run(params: dict[str, Any], feedback: QgsProcessingFeedback | None = None) -> QgsVectorLayer:
    from qgis import processing

    result = processing.run(ALG, {"OUTPUT": "TEMPORARY_OUTPUT", **params}, feedback=feedback)
    return result["OUTPUT"]


def rows_of(layer: QgsVectorLayer) -> list[dict[str, Any]]:
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        values = feature.attributes()
        rows.append(
            {
                n: None if isinstance(v, QVariant) and v.isNull() else v
                for n, v in zip(names, values, strict=True)
            }
        )
    return rows


def by_key(layer: QgsVectorLayer, key: str) -> dict[Any, dict[str, Any]]:
    return {row[key]: row for row in rows_of(layer)}


@pytest.fixture
def communes_layer() -> QgsVectorLayer:
    return commune_layer()


def test_provider_lists_the_algorithm(provider):
    alg = provider.algorithm("aggregateindicators")
    assert alg is not None
    assert alg.groupId() == "indicators"
    assert "ratio" in alg.shortHelpString().lower()
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names == [
        "INPUT",
        "PARENT_FIELD",
        "SUM_FIELDS",
        "RATES",
        "PARENT_LAYER",
        "PARENT_KEY",
        "NAME_FIELD",
        "OUTPUT",
    ]
    assert all(p.help() for p in alg.parameterDefinitions())


def test_sums_and_rates_to_a_table(provider, communes_layer):
    out = run(
        {
            "INPUT": communes_layer,
            "PARENT_FIELD": "epci",
            "SUM_FIELDS": ["pop", "area"],
            "RATES": RATES,
        }
    )
    assert out.wkbType() == QgsWkbTypes.NoGeometry
    assert out.fields().names() == [
        "epci",
        "nb_features",
        "pop",
        "area",
        "taux_chomage",
        "densite",
        "nom_territoire",  # appended: the communes name no EPCI here (NULL)
    ]
    types = [f.type() for f in out.fields()]
    assert types[2] in (QVariant.LongLong, QVariant.Int)  # integer sum stays an integer
    assert types[3:] == [QVariant.Double] * 3 + [QVariant.String]
    assert [r["epci"] for r in rows_of(out)] == ["A", "B", "C"]  # sorted by key
    rows = by_key(out, "epci")
    assert rows["A"] == {
        "epci": "A",
        "nb_features": 2,
        "pop": 1000,
        "area": 8.0,
        "taux_chomage": 15.625,
        "densite": 125.0,
        "nom_territoire": None,
    }
    assert rows["B"]["taux_chomage"] == 20.0
    assert rows["B"]["densite"] == 40.0
    assert rows["C"]["pop"] == 30
    assert rows["C"]["densite"] == 20.0


def test_whole_territory_without_parent_field(provider, communes_layer):
    out = run({"INPUT": communes_layer, "SUM_FIELDS": ["pop"], "RATES": RATES[:4]})
    (row,) = rows_of(out)
    # (10 + 90 + 10 + 3) / (50 + 600 + 40 + 12) × 100 = 113 / 702 × 100
    assert row == {
        "territoire": "ensemble",
        "nb_features": 4,
        "pop": 1130,
        "taux_chomage": pytest.approx(11300 / 702, rel=1e-12),
        "nom_territoire": None,
    }


def test_output_layer_with_parent_geometries(provider, communes_layer):
    parents = epci_layer()
    feedback = RecordingFeedback()
    out = run(
        {
            "INPUT": communes_layer,
            "PARENT_FIELD": "epci",
            "SUM_FIELDS": ["pop"],
            "RATES": RATES,
            "PARENT_LAYER": parents,
            "PARENT_KEY": "code",
        },
        feedback,
    )
    assert out.wkbType() == parents.wkbType()
    assert out.crs().authid() == "EPSG:2154"  # the parents' CRS, not the communes' EPSG:4326
    geometries = {f["epci"]: f.geometry() for f in out.getFeatures()}
    parent_geometries = {f["code"]: f.geometry() for f in parents.getFeatures()}
    assert geometries["A"].equals(parent_geometries["A"])
    assert geometries["B"].equals(parent_geometries["B"])
    # C is missing from the parent layer: still written (right figures), without geometry
    assert geometries["C"].isNull()
    assert by_key(out, "epci")["C"]["pop"] == 30
    assert any("parent C" in w and "epci_contours" in w for w in feedback.warnings)
    # D has no member: not written, but said
    assert "D" not in geometries
    assert any("D" in w and "epci_contours" in w for w in feedback.warnings)
    # the parents' names from the parent layer's nom field; C is not in it
    names = {row["epci"]: row["nom_territoire"] for row in rows_of(out)}
    assert names == {"A": "EPCI A", "B": "EPCI B", "C": None}


def test_parent_names_from_the_parent_layer_else_from_the_members(provider):
    communes = make_layer(
        "None",
        "field=insee:string&field=nom:string&field=epci:string&field=epci_nom:string"
        "&field=pop:integer",
        [
            ("62001", "a1", "A", "CA A (communes)", 1),
            ("62002", "a2", "A", "CA A (communes)", 2),
            ("62003", "c1", "C", "CC C", 3),
            ("62004", "c2", "C", None, 4),
            ("62005", "e1", "E", "CC E", 5),
            ("62006", "e2", "E", "CC E-bis", 6),  # two names for E: none is written
        ],
        "communes",
    )
    params = {"INPUT": communes, "PARENT_FIELD": "epci", "SUM_FIELDS": ["pop"]}
    names = {row["epci"]: row["nom_territoire"] for row in rows_of(run(params))}
    assert names == {"A": "CA A (communes)", "C": "CC C", "E": None}
    params.update(PARENT_LAYER=epci_layer(), PARENT_KEY="code")
    names = {row["epci"]: row["nom_territoire"] for row in rows_of(run(params))}
    assert names == {"A": "EPCI A", "C": "CC C", "E": None}  # the parent layer's name first
    params["NAME_FIELD"] = "code"
    names = {row["epci"]: row["nom_territoire"] for row in rows_of(run(params))}
    assert names == {"A": "A", "C": "CC C", "E": None}
    params["NAME_FIELD"] = "nope"
    with pytest.raises(QgsProcessingException, match="epci_contours: field nope does not exist"):
        run(params)


def test_parent_key_defaults_to_the_parent_field_name_and_matches_as_text(provider):
    communes = make_layer(
        "None",
        "field=siren:integer&field=pop:integer",
        [(200001, 10), (200001, 5), (200002, 7)],
        "communes",
    )
    parents = make_layer(
        "Polygon?crs=EPSG:2154",
        "field=siren:string",
        [("200001",), ("200002",)],
        "epci",
        [square(0, 0), square(5000, 0)],
    )
    out = run(
        {"INPUT": communes, "PARENT_FIELD": "siren", "SUM_FIELDS": ["pop"], "PARENT_LAYER": parents}
    )
    features = {f["siren"]: f for f in out.getFeatures()}
    assert {k: f["pop"] for k, f in features.items()} == {200001: 15, 200002: 7}
    assert all(not f.geometry().isNull() for f in features.values())


@pytest.mark.parametrize(
    "geometry", ["None", "Point?crs=EPSG:4326", "Point?crs=EPSG:3857", "Polygon?crs=EPSG:2154"]
)
def test_any_crs_and_geometryless_inputs(provider, geometry):
    layer = make_layer(
        geometry,
        "field=epci:string&field=pop:integer",
        [("A", 1), ("A", 2), ("B", 4)],
        "communes",
    )
    out = run({"INPUT": layer, "PARENT_FIELD": "epci", "SUM_FIELDS": ["pop"]})
    assert {r["epci"]: r["pop"] for r in rows_of(out)} == {"A": 3, "B": 4}


def test_zero_denominator_gives_null_and_a_warning(provider):
    layer = make_layer(
        "None",
        "field=epci:string&field=chom:integer&field=act:integer",
        [("A", 0, 0), ("B", 3, 12)],
        "communes",
    )
    feedback = RecordingFeedback()
    out = run(
        {"INPUT": layer, "PARENT_FIELD": "epci", "RATES": ["taux_chomage", "chom", "act", 100]},
        feedback,
    )
    rows = by_key(out, "epci")
    assert rows["A"]["taux_chomage"] is None
    assert rows["B"]["taux_chomage"] == 25.0
    (warning,) = feedback.warnings
    for word in ("communes", "A", "taux_chomage", "act"):
        assert word in warning


def test_nulls_and_orphans_are_reported(provider):
    layer = make_layer(
        "None",
        "field=epci:string&field=pop:integer",
        [("A", 10), ("A", None), (None, 1000), ("", 1000), ("B", 5)],
        "communes",
    )
    feedback = RecordingFeedback()
    out = run({"INPUT": layer, "PARENT_FIELD": "epci", "SUM_FIELDS": ["pop"]}, feedback)
    assert {r["epci"]: (r["nb_features"], r["pop"]) for r in rows_of(out)} == {
        "A": (2, 10),
        "B": (1, 5),
    }
    assert any("2" in w and "epci" in w for w in feedback.warnings)  # two orphans
    assert any("A" in w and "pop" in w and "NULL" in w for w in feedback.warnings)


# -- bad input: a QgsProcessingException naming the layer and the field ---------------------


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"PARENT_FIELD": "epci", "SUM_FIELDS": ["label"]}, ["communes", "label", "string"]),
        ({"PARENT_FIELD": "epci", "SUM_FIELDS": ["dwellings"]}, ["communes", "dwellings"]),
        ({"PARENT_FIELD": "scot_id", "SUM_FIELDS": ["pop"]}, ["communes", "scot_id"]),
        ({"PARENT_FIELD": "epci", "RATES": ["t", "label", "act", 100]}, ["communes", "label"]),
        ({"PARENT_FIELD": "epci", "RATES": ["t", "chom", "nope", 100]}, ["communes", "nope"]),
        ({"PARENT_FIELD": "epci", "RATES": ["t", "chom", "act", "cent"]}, ["communes", "cent"]),
        ({"PARENT_FIELD": "epci", "RATES": ["t", "chom", "act"]}, ["communes", "4"]),
        ({"PARENT_FIELD": "epci"}, ["communes"]),  # neither sums nor rates
        (
            {"PARENT_FIELD": "epci", "SUM_FIELDS": ["pop"], "RATES": ["pop", "chom", "act", 1]},
            ["communes", "pop"],
        ),
    ],
    ids=[
        "sum-text-field",
        "sum-missing-field",
        "missing-parent-field",
        "rate-text-numerator",
        "rate-missing-denominator",
        "multiplier-not-a-number",
        "rate-row-of-3",
        "nothing-to-compute",
        "output-name-clash",
    ],
)
def test_bad_input_is_refused_with_layer_and_field(provider, communes_layer, params, words):
    with pytest.raises(QgsProcessingException) as info:
        run({"INPUT": communes_layer, **params})
    for word in words:
        assert word in str(info.value)


def test_missing_parent_key_in_parent_layer(provider, communes_layer):
    with pytest.raises(QgsProcessingException) as info:
        run(
            {
                "INPUT": communes_layer,
                "PARENT_FIELD": "epci",  # no PARENT_KEY, and "epci" has no such field
                "SUM_FIELDS": ["pop"],
                "PARENT_LAYER": epci_layer(),
            }
        )
    assert "epci_contours" in str(info.value)  # the parent layer
    assert "field epci " in str(info.value)  # the key field looked for
    with pytest.raises(QgsProcessingException) as info:
        run(
            {
                "INPUT": communes_layer,
                "PARENT_FIELD": "epci",
                "SUM_FIELDS": ["pop"],
                "PARENT_LAYER": epci_layer(),
                "PARENT_KEY": "siren",
            }
        )
    assert "epci_contours" in str(info.value)
    assert "siren" in str(info.value)


def test_aggregation_io_resolves_rates_and_types_the_output(communes_layer):
    from aula_plugin.core.aggregation import RateSpec
    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.aggregation_io import (
        AggregationInputs,
        numeric_field,
        output_fields,
        rate_specs,
    )

    fields = communes_layer.fields()
    assert numeric_field(fields, "communes", "POP") == "pop"  # as spelled in the layer
    with pytest.raises(AulaError, match="communes: field label is not numeric"):
        numeric_field(fields, "communes", "label")
    with pytest.raises(AulaError, match="communes: field nope does not exist"):
        numeric_field(fields, "communes", "nope")
    assert rate_specs(["t", "CHOM", "act", "100"], fields, "communes") == [
        RateSpec("t", "chom", "act", 100.0)
    ]
    assert rate_specs(None, fields, "communes") == []
    inputs = AggregationInputs(
        communes_layer, "communes", "epci", ["pop", "area"], [RateSpec("t", "chom", "act")]
    )
    assert inputs.read_fields == ["act", "area", "chom", "epci", "pop"]
    out = output_fields(inputs)
    assert [(f.name(), f.type()) for f in out] == [
        ("epci", QVariant.String),
        ("nb_features", QVariant.Int),
        ("pop", QVariant.LongLong),
        ("area", QVariant.Double),
        ("t", QVariant.Double),
        ("nom_territoire", QVariant.String),
    ]


def test_empty_layer_is_refused(provider):
    empty = make_layer("None", "field=epci:string&field=pop:integer", [], "communes_vides")
    with pytest.raises(QgsProcessingException) as info:
        run({"INPUT": empty, "PARENT_FIELD": "epci", "SUM_FIELDS": ["pop"]})
    assert "communes_vides" in str(info.value)


def test_cancellation_raises_and_writes_nothing(provider, tmp_path: Path):
    rows = [("{:05d}".format(i), "ABC"[i % 3], i, 1, 10, 1.0, "") for i in range(60)]
    layer = make_layer("None", COMMUNE_FIELDS, rows, "communes")
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _progress: feedback.cancel())
    target = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        run(
            {"INPUT": layer, "PARENT_FIELD": "epci", "SUM_FIELDS": ["pop"], "OUTPUT": str(target)},
            feedback,
        )
    assert "ancel" in str(info.value)
    assert not target.exists()


def test_input_layer_is_left_unmodified(provider, communes_layer):
    communes_layer.selectByIds([1])
    before = [(f.id(), f.attributes(), f.geometry().asWkt()) for f in communes_layer.getFeatures()]
    fields_before = communes_layer.fields().names()
    run(
        {
            "INPUT": communes_layer,
            "PARENT_FIELD": "epci",
            "SUM_FIELDS": ["pop", "area"],
            "RATES": RATES,
            "PARENT_LAYER": epci_layer(),
            "PARENT_KEY": "code",
        }
    )
    after = [(f.id(), f.attributes(), f.geometry().asWkt()) for f in communes_layer.getFeatures()]
    assert after == before
    assert communes_layer.fields().names() == fields_before
    assert communes_layer.selectedFeatureIds() == [1]
    assert not communes_layer.isModified()
    assert communes_layer.crs() == QgsCoordinateReferenceSystem("EPSG:4326")


# -- independent reference: INSEE figures for the 891 communes of the Pas-de-Calais -------------


def insee_totals(path: Path) -> dict[int, dict[str, float]]:
    totals: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            group = totals[int(row["code_postal"])]
            group["n"] += 1
            group["pop"] += int(row["population_2021"])
            group["km2"] += float(row["superficie_km2"])
            group["chom"] += int(row["pop_15_64_chomage_2021"])
            group["act"] += int(row["pop_15_64_active_2021"])
    return totals


@pytest.fixture
def insee_layer(shared_data: Path) -> QgsVectorLayer:
    path = shared_data / "insee" / "comparateur_communes_62.csv"
    uri = f"{path.as_uri()}?delimiter=,&detectTypes=yes&xField=lng&yField=lat&crs=EPSG:4326"
    layer = QgsVectorLayer(uri, "comparateur_communes_62", "delimitedtext")
    assert layer.isValid()
    assert layer.featureCount() == 891
    return layer


INSEE_RATES = [
    "taux_chomage",
    "pop_15_64_chomage_2021",
    "pop_15_64_active_2021",
    100,
    "densite",
    "population_2021",
    "superficie_km2",
    1,
]


def test_insee_by_postcode_matches_ratio_of_totals(provider, insee_layer, shared_data):
    expected = insee_totals(shared_data / "insee" / "comparateur_communes_62.csv")
    out = run(
        {
            "INPUT": insee_layer,
            "PARENT_FIELD": "code_postal",
            "SUM_FIELDS": ["population_2021", "superficie_km2"],
            "RATES": INSEE_RATES,
        }
    )
    rows = by_key(out, "code_postal")
    assert len(rows) == len(expected) > 100
    assert sorted(rows) == [r["code_postal"] for r in rows_of(out)]
    for code, total in expected.items():
        row = rows[code]
        assert row["nb_features"] == total["n"]
        assert row["population_2021"] == total["pop"]
        assert row["superficie_km2"] == pytest.approx(total["km2"], rel=1e-9)
        assert row["taux_chomage"] == pytest.approx(total["chom"] / total["act"] * 100, rel=1e-9)
        assert row["densite"] == pytest.approx(total["pop"] / total["km2"], rel=1e-9)


def test_insee_whole_pas_de_calais(provider, insee_layer, shared_data):
    expected = insee_totals(shared_data / "insee" / "comparateur_communes_62.csv")
    pop = sum(t["pop"] for t in expected.values())
    chom = sum(t["chom"] for t in expected.values())
    act = sum(t["act"] for t in expected.values())
    out = run(
        {
            "INPUT": insee_layer,
            "SUM_FIELDS": ["population_2021", "pop_15_64_active_2021"],
            "RATES": INSEE_RATES[:4],
        }
    )
    (row,) = rows_of(out)
    assert row["nb_features"] == 891
    assert row["population_2021"] == pop
    assert row["pop_15_64_active_2021"] == act
    assert row["taux_chomage"] == pytest.approx(chom / act * 100, rel=1e-9)
    # and it is not the mean of the communes' rates
    with (shared_data / "insee" / "comparateur_communes_62.csv").open(encoding="utf-8") as f:
        rates = [
            int(r["pop_15_64_chomage_2021"]) / int(r["pop_15_64_active_2021"]) * 100
            for r in csv.DictReader(f)
        ]
    assert abs(row["taux_chomage"] - sum(rates) / len(rates)) > 0.1


# -- Opened from the dialog: styled, labelled, named, in the group --------------------------------


def shown(layer: QgsVectorLayer, name: str, value: Any) -> str:
    """What the attribute table shows for ``value`` in field ``name`` (its value map)."""
    from qgis.core import QgsApplication

    index = layer.fields().indexOf(name)
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)


def test_dialog_output_styled_and_labelled_in_french(
    provider, load_like_dialog, territory_gpkg, french_labels
):
    from qgis.core import QgsApplication, QgsSingleSymbolRenderer

    results, project = load_like_dialog(
        ALG,
        {
            "INPUT": f"{territory_gpkg}|layername=commune",
            "PARENT_FIELD": "epci_siren",
            "SUM_FIELDS": ["population", "surface_ha"],
            "PARENT_LAYER": f"{territory_gpkg}|layername=epci",
        },
    )
    layer = project.mapLayer(results["OUTPUT"])
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert project.layerTreeRoot().findLayer(layer.id()).parent().name() == alg.group()
    # the shipped style (indicateurs_agreges.qml): light fill, dark outline, parents' names
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleSymbolRenderer)
    assert renderer.symbol().color().getRgb()[:3] == (246, 242, 232)
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "nom_territoire"
    aliases = {f.name(): layer.attributeDisplayName(i) for i, f in enumerate(layer.fields())}
    assert aliases == {
        "epci_siren": "Code SIREN de l'EPCI",
        "nb_features": "Nombre d'entités agrégées",
        "population": "Population (hab.)",
        "surface_ha": "Surface (ha)",
        "nom_territoire": "Nom du territoire",
    }
    names = {f["epci_siren"]: f["nom_territoire"] for f in layer.getFeatures()}
    assert names["246200364"] == "Communauté d'agglomération de Lens-Liévin"
    assert all(names.values())


def test_dialog_table_of_the_whole_territory(provider, load_like_dialog, territory_gpkg):
    results, project = load_like_dialog(
        ALG, {"INPUT": f"{territory_gpkg}|layername=commune", "SUM_FIELDS": ["population"]}
    )
    layer = project.mapLayer(results["OUTPUT"])
    assert not layer.isSpatial()  # a table: labels only, no style
    names = [f.name() for f in layer.fields()]
    assert all(layer.attributeDisplayName(i) != n for i, n in enumerate(names)), names
    assert layer.attributeDisplayName(names.index("territoire")) == "Territory"
    assert shown(layer, "territoire", "ensemble") == "Whole territory"  # English by default
