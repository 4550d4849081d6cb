"""aula:aggregateindicators through /usr/bin/qgis_process.bin, as scripts and the CI run it."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

ALG = "aula:aggregateindicators"

# Worked by hand:
#   A: pop 900 + 100 = 1000; unemployment (90 + 10) / (600 + 40) × 100 = 15.625;
#      density 1000 / (7.5 + 0.5) = 125.0
#   B: pop 100; unemployment 10 / 50 × 100 = 20.0; density 100 / 2.5 = 40.0
#   Z: pop 7; act = 0: unemployment NULL (warning); density 7 / 0.5 = 14.0
COMMUNES = [
    ("62001", "A", 900, 90, 600, 7.5),
    ("62002", "A", 100, 10, 40, 0.5),
    ("62003", "B", 100, 10, 50, 2.5),
    ("62004", "Z", 7, 0, 0, 0.5),
]
EXPECTED = {
    "A": (2, 1000, 15.625, 125.0),
    "B": (1, 100, 20.0, 40.0),
    "Z": (1, 7, None, 14.0),
}
CENTRES = {"A": (680000, 7030000), "B": (650000, 7060000), "Z": (700000, 7000000)}


def write_layer(layer: QgsVectorLayer, gpkg: Path, name: str) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if gpkg.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(gpkg), QgsCoordinateTransformContext(), options
    )
    assert error == QgsVectorFileWriter.NoError, message


def memory_layer(uri: str, rows: list[tuple[Any, ...]], wkt: list[str]) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "tmp", "memory")
    features = []
    for row, geometry in zip(rows, wkt, strict=True):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        feature.setGeometry(QgsGeometry.fromWkt(geometry))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


@pytest.fixture(scope="module")
def small_gpkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """communes (points, EPSG:2154) and epci (squares, EPSG:2154) in one GeoPackage."""
    gpkg = tmp_path_factory.mktemp("small") / "territoire.gpkg"
    communes = memory_layer(
        "Point?crs=EPSG:2154&field=insee:string&field=epci:string&field=pop:integer"
        "&field=chom:integer&field=act:integer&field=area:double&field=label:string",
        [(*row, "x") for row in COMMUNES],
        ["POINT({} {})".format(*CENTRES[row[1]]) for row in COMMUNES],
    )
    write_layer(communes, gpkg, "communes")
    epci = memory_layer(
        "Polygon?crs=EPSG:2154&field=epci:string&field=nom:string",
        [(key, "EPCI " + key) for key in CENTRES],
        [
            "POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
                x - 1000, y - 1000, x + 1000, y + 1000
            )
            for x, y in CENTRES.values()
        ],
    )
    write_layer(epci, gpkg, "epci")
    return gpkg


def read_table(gpkg: Path, table: str) -> list[sqlite3.Row]:
    with sqlite3.connect(f"{gpkg.as_uri()}?mode=ro", uri=True) as con:
        con.row_factory = sqlite3.Row
        return con.execute(f'SELECT * FROM "{table}"').fetchall()


def test_list_shows_the_algorithm(qgis_process):
    proc = qgis_process("list", check=True)
    assert ALG in proc.stdout


def test_help_explains_the_rates_matrix(qgis_process):
    """The matrix's columns are explained; its command-line syntax lives in the README (the same
    parameter help is the dialog's tooltip, written for planners), which the help points to."""
    proc = qgis_process("help", ALG, check=True)
    columns = "output field, numerator field, denominator field, multiplier"
    for word in ("RATES", "PARENT_LAYER", "matrix", columns, "README"):
        assert word in proc.stdout
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "RATES=taux_chomage,chomeurs,actifs,100" in readme


def test_run_with_a_rate_matrix_on_the_command_line(qgis_process, small_gpkg, tmp_path):
    out = tmp_path / "epci_indicateurs.gpkg"
    result = qgis_process.run_json(
        ALG,
        INPUT=f"{small_gpkg}|layername=communes",
        PARENT_FIELD="epci",
        SUM_FIELDS="pop;area",  # several fields: ";" delimited
        RATES="taux_chomage,chom,act,100,densite,pop,area,1",
        PARENT_LAYER=f"{small_gpkg}|layername=epci",
        PARENT_KEY="epci",
        OUTPUT=str(out),
    )
    assert result["results"]["OUTPUT"] == str(out)
    rows = read_table(out, "epci_indicateurs")
    assert [row["epci"] for row in rows] == ["A", "B", "Z"]
    got = {r["epci"]: (r["nb_features"], r["pop"], r["taux_chomage"], r["densite"]) for r in rows}
    assert got == EXPECTED
    assert {r["epci"]: r["area"] for r in rows} == {"A": 8.0, "B": 2.5, "Z": 0.5}
    assert all(row["geom"] is not None for row in rows)
    with sqlite3.connect(f"{out.as_uri()}?mode=ro", uri=True) as con:
        (srs,) = con.execute("SELECT srs_id FROM gpkg_geometry_columns").fetchone()
    assert srs == 2154
    warnings = result["log"]["warning"]
    assert any("Z" in w and "taux_chomage" in w and "act" in w for w in warnings)


def test_repeated_parameters_give_several_rates_and_sum_fields(qgis_process, small_gpkg, tmp_path):
    out = tmp_path / "table.gpkg"
    proc = qgis_process(
        "run",
        ALG,
        "--",
        f"INPUT={small_gpkg}|layername=communes",
        "PARENT_FIELD=epci",
        "SUM_FIELDS=pop",
        "SUM_FIELDS=area",
        "RATES=taux_chomage,chom,act,100",
        "RATES=densite,pop,area,1",
        f"OUTPUT={out}",
        check=True,
    )
    assert "OUTPUT" in proc.stdout
    rows = read_table(out, "table")
    with sqlite3.connect(f"{out.as_uri()}?mode=ro", uri=True) as con:
        (kind,) = con.execute("SELECT data_type FROM gpkg_contents").fetchone()
    assert kind == "attributes"  # no parent layer: a table
    got = {r["epci"]: (r["nb_features"], r["pop"], r["taux_chomage"], r["densite"]) for r in rows}
    assert got == EXPECTED
    assert {r["epci"]: r["area"] for r in rows} == {"A": 8.0, "B": 2.5, "Z": 0.5}


def test_bad_field_fails_with_a_clear_message(qgis_process, small_gpkg, tmp_path):
    out = tmp_path / "never.gpkg"
    proc = qgis_process(
        "run",
        ALG,
        "--",
        f"INPUT={small_gpkg}|layername=communes",
        "PARENT_FIELD=epci",
        "SUM_FIELDS=label",
        f"OUTPUT={out}",
    )
    assert proc.returncode != 0
    message = proc.stdout + proc.stderr
    assert "label" in message
    assert "communes" in message
    assert not out.exists()


# -- the shipped territory GeoPackage ---------------------------------------------------------


def commune_table(gpkg: Path) -> str:
    """The feature table holding communes (insee, epci_siren, population, surface_ha)."""
    with sqlite3.connect(f"{gpkg.as_uri()}?mode=ro", uri=True) as con:
        tables = [
            t
            for (t,) in con.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
            )
        ]
        for table in tables:
            columns = {row[1] for row in con.execute(f'PRAGMA table_info("{table}")')}
            if {"insee", "epci_siren", "population", "surface_ha"} <= columns:
                return table
    pytest.fail(f"{gpkg}: no commune layer among {tables}")


def test_territory_population_and_density_by_epci(qgis_process, territory_gpkg, tmp_path):
    communes = commune_table(territory_gpkg)
    # independent reference, straight from SQLite
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for row in read_table(territory_gpkg, communes):
        total = totals[str(row["epci_siren"])]
        total[0] += row["population"]
        total[1] += row["surface_ha"]
        total[2] += 1
    out = tmp_path / "epci.gpkg"
    qgis_process.run_json(
        ALG,
        INPUT=f"{territory_gpkg}|layername={communes}",
        PARENT_FIELD="epci_siren",
        SUM_FIELDS="population",
        RATES="densite,population,surface_ha,100",
        PARENT_LAYER=f"{territory_gpkg}|layername=epci",
        PARENT_KEY="epci_siren",
        OUTPUT=str(out),
    )
    rows = read_table(out, "epci")
    assert len(rows) == 5
    assert sum(row["population"] for row in rows) == 712_757
    assert sum(row["nb_features"] for row in rows) == sum(t[2] for t in totals.values())
    for row in rows:
        pop, hectares, count = totals[str(row["epci_siren"])]
        assert row["nb_features"] == count
        assert row["population"] == pop
        # hab/km² = population / (ha / 100)
        assert row["densite"] == pytest.approx(pop / hectares * 100, rel=1e-9)
        assert row["geom"] is not None
