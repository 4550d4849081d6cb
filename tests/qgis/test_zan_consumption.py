"""aula:zanimportconsumption and aula:zanconsumption in a real headless QGIS."""

from __future__ import annotations

import importlib.util
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProcessingException

IMPORT = "aula:zanimportconsumption"
CONSUMPTION = "aula:zanconsumption"


def _helpers():
    path = Path(__file__).resolve().parents[1] / "unit" / "_cerema_files.py"
    spec = importlib.util.spec_from_file_location("_cerema_files_q", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


files = _helpers()


def empty_gpkg(path: Path) -> Path:
    from osgeo import ogr

    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    return path


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of an output file, read with OGR (no QGIS layer left alive at exit)."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    rows = [feature.items() for feature in layer]
    dataset = None
    return rows


def tables(gpkg: Path) -> set[str]:
    con = sqlite3.connect(gpkg)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def territory_communes(territory_gpkg: Path) -> dict[str, tuple[str, str]]:
    """The 319 communes of the shipped territory: insee → (name, EPCI SIREN)."""
    con = sqlite3.connect("{}?mode=ro".format(territory_gpkg.as_uri()), uri=True)
    try:
        rows = con.execute("SELECT insee, nom, epci_siren FROM commune").fetchall()
    finally:
        con.close()
    return {insee: (nom, siren) for insee, nom, siren in rows}


def test_algorithms_registered(provider: Any) -> None:
    ids = {alg.id() for alg in provider.algorithms()}
    assert {IMPORT, CONSUMPTION} <= ids
    for alg_id in (IMPORT, CONSUMPTION):
        alg = provider.algorithm(alg_id.split(":")[1])
        assert alg.shortHelpString() and alg.group()
        assert alg.createInstance() is not alg


def test_import_then_consumption_per_epci(
    provider: Any, tmp_path: Path, territory_gpkg: Path, territory_communes: dict, run_alg
) -> None:
    communes = dict(territory_communes)
    communes["59009"] = ("Villeneuve-d'Ascq", "200093201")  # outside the territory
    rows = files.wide_rows("2009-2024", communes, {("62119", 2012, "act"): -300})
    csv_path = files.write_csv(tmp_path / "conso2009_2024.csv", rows)
    gpkg = empty_gpkg(tmp_path / "travail.gpkg")
    layer = "{}|layername=commune".format(territory_gpkg)

    # a code absent from the commune layer stops the import, with its count; nothing written
    with pytest.raises(QgsProcessingException, match="1 commune code.*59 ×1.*59009"):
        run_alg(IMPORT, {"INPUT": str(csv_path), "COMMUNES": layer, "GPKG": str(gpkg)})
    assert "zan_consommation" not in tables(gpkg)

    result = run_alg(
        IMPORT,
        {"INPUT": str(csv_path), "COMMUNES": layer, "ONLY_LISTED": True, "GPKG": str(gpkg)},
    )
    # 319 communes × 15 years × 7 (naf + 6 destinations)
    assert result["ROWS"] == 319 * 15 * 7
    assert result["RELEASE"] == "2009-2024" and result["LAST_YEAR"] == 2023
    assert result["ANOMALIES"] == 1  # the −300 m²
    con = sqlite3.connect(gpkg)
    assert con.execute(
        "SELECT surface_m2, kind FROM zan_consommation_anomalies WHERE insee='62119'"
    ).fetchall() == [(-300, "negative")]
    assert con.execute(
        "SELECT surface_m2 FROM zan_consommation WHERE insee='62119' AND annee=2012 "
        "AND destination='act'"
    ).fetchone() == (-300,)
    con.close()

    # expected per EPCI over 2011..2020, from the file's own rows (integer m²)
    expected: dict[str, int] = {}
    expected_hab: dict[str, int] = {}
    for row in rows:
        if row["idcom"] not in territory_communes:
            continue
        siren = territory_communes[row["idcom"]][1]
        for year in range(2011, 2021):
            tag = "{:02d}art{:02d}".format(year - 2000, year - 1999)
            expected[siren] = expected.get(siren, 0) + int(row["naf" + tag])
            expected_hab[siren] = expected_hab.get(siren, 0) + int(
                row["art{:02d}hab{:02d}".format(year - 2000, year - 1999)]
            )
    output = tmp_path / "epci.gpkg"
    run_alg(
        CONSUMPTION,
        {
            "CONSUMPTION": result["OUTPUT"],
            "COMMUNES": layer,
            "GROUP_FIELD": "epci_siren",
            "OUTPUT": str(output),
        },
    )
    out = read_rows(output)
    names = list(out[0])
    assert names[:7] == [
        "epci_siren",
        "nb_communes",
        "first_year",
        "last_year",
        "years",
        "naf_m2",
        "naf_ha",
    ]
    assert {"act_m2", "hab_m2", "rou_m2", "fer_m2", "annual_mean_m2", "share_pct"} <= set(names)
    got = {f["epci_siren"]: f for f in out}
    assert set(got) == set(expected)
    areas: dict[str, float] = {}
    con = sqlite3.connect("{}?mode=ro".format(territory_gpkg.as_uri()), uri=True)
    for siren, area in con.execute("SELECT epci_siren, sum(surface_ha) FROM commune GROUP BY 1"):
        areas[siren] = area
    con.close()
    for siren, feature in got.items():
        assert int(feature["naf_m2"]) == expected[siren]
        assert int(feature["hab_m2"]) == expected_hab[siren]
        assert int(feature["years"]) == 10 and int(feature["first_year"]) == 2011
        assert float(feature["annual_mean_m2"]) == pytest.approx(expected[siren] / 10)
        assert float(feature["naf_ha"]) == pytest.approx(expected[siren] / 10_000)
        share = 100 * expected[siren] / (areas[siren] * 10_000)
        assert float(feature["share_pct"]) == pytest.approx(share, rel=1e-9)

    # the same through the generic path (a CSV copy of the long table, read feature by feature)
    long_csv = tmp_path / "long.csv"
    con = sqlite3.connect(gpkg)
    with long_csv.open("w", encoding="utf-8") as handle:
        handle.write("insee,annee,destination,surface_m2,release\n")
        for row in con.execute(
            "SELECT insee, annee, destination, surface_m2, release FROM zan_consommation"
        ):
            handle.write(",".join(str(v) for v in row) + "\n")
    con.close()
    output2 = tmp_path / "epci2.gpkg"
    run_alg(
        CONSUMPTION,
        {
            "CONSUMPTION": str(long_csv),
            "COMMUNES": layer,
            "GROUP_FIELD": "epci_siren",
            "OUTPUT": str(output2),
        },
    )
    assert {f["epci_siren"]: int(f["naf_m2"]) for f in read_rows(output2)} == expected

    # re-import replaces the release (no duplicates)
    again = run_alg(
        IMPORT,
        {"INPUT": str(csv_path), "COMMUNES": layer, "ONLY_LISTED": True, "GPKG": str(gpkg)},
    )
    con = sqlite3.connect(gpkg)
    assert con.execute("SELECT count(*) FROM zan_consommation").fetchone() == (again["ROWS"],)
    assert con.execute("SELECT count(*) FROM zan_consommation_imports").fetchone() == (1,)
    con.close()


def test_period_outside_the_table_and_per_commune(provider: Any, tmp_path: Path, run_alg) -> None:
    rows = files.wide_rows("2009-2022")
    gpkg = empty_gpkg(tmp_path / "t.gpkg")
    result = run_alg(
        IMPORT, {"INPUT": str(files.write_csv(tmp_path / "c.csv", rows)), "GPKG": str(gpkg)}
    )
    with pytest.raises(QgsProcessingException, match="2022.*2009-2021"):
        run_alg(
            CONSUMPTION,
            {
                "CONSUMPTION": result["OUTPUT"],
                "FIRST_YEAR": 2021,
                "LAST_YEAR": 2022,
                "OUTPUT": str(tmp_path / "never.gpkg"),
            },
        )
    output = tmp_path / "per_commune.gpkg"
    run_alg(
        CONSUMPTION,
        {
            "CONSUMPTION": result["OUTPUT"],
            "FIRST_YEAR": 2021,
            "LAST_YEAR": 2021,
            "OUTPUT": str(output),
        },
    )
    out = read_rows(output)
    assert {f["insee"]: f["naf_m2"] for f in out} == {
        r["idcom"]: int(r["naf21art22"]) for r in rows
    }
    assert all(f["share_pct"] is None for f in out)  # no areas: no share


def test_shapefile_input(provider: Any, tmp_path: Path, run_alg) -> None:
    rows = files.wide_rows("2009-2025")
    shp = files.write_shapefile(tmp_path / "OBS_ARTIF_CONSO_COM_2009_2025.shp", rows)
    gpkg = empty_gpkg(tmp_path / "t.gpkg")
    result = run_alg(IMPORT, {"INPUT": str(shp), "GPKG": str(gpkg)})
    assert result["RELEASE"] == "2009-2025" and result["LAST_YEAR"] == 2024
    con = sqlite3.connect(gpkg)
    assert con.execute(
        "SELECT surfcom_m2, epci_millesime FROM zan_communes_cerema WHERE insee='01001'"
    ).fetchone() == (10_000_000, 2025)
    con.close()


def test_refuses_the_shipped_template(
    provider: Any, tmp_path: Path, territory_gpkg: Path, run_alg
) -> None:
    rows = files.wide_rows("2009-2024")
    csv_path = files.write_csv(tmp_path / "c.csv", rows)
    before = territory_gpkg.stat().st_mtime_ns
    with pytest.raises(QgsProcessingException, match="open the territory project"):
        run_alg(IMPORT, {"INPUT": str(csv_path), "GPKG": str(territory_gpkg)})
    assert territory_gpkg.stat().st_mtime_ns == before


def test_read_only_gpkg(provider: Any, tmp_path: Path, run_alg) -> None:
    gpkg = empty_gpkg(tmp_path / "ro.gpkg")
    gpkg.chmod(stat.S_IRUSR | stat.S_IRGRP)
    csv_path = files.write_csv(tmp_path / "c.csv", files.wide_rows("2009-2024"))
    try:
        with pytest.raises(QgsProcessingException, match="read-only"):
            run_alg(IMPORT, {"INPUT": str(csv_path), "GPKG": str(gpkg)})
    finally:
        gpkg.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert "zan_consommation" not in tables(gpkg)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r[0].update(art12hab13="0.52"), "not whole m²"),
        (lambda r: [x.pop("naf15art16") for x in r], "gap: naf15art16"),
        (lambda r: r[0].update(idcom="1001"), "INSEE pattern"),
    ],
)
def test_bad_files_write_nothing(
    provider: Any, tmp_path: Path, mutate: Any, message: str, run_alg
) -> None:
    rows = files.wide_rows("2009-2024")
    mutate(rows)
    fieldnames = list(rows[0])
    for row in rows:
        for key in fieldnames:
            row.setdefault(key, "")
    csv_path = files.write_csv(tmp_path / "bad.csv", rows)
    gpkg = empty_gpkg(tmp_path / "t.gpkg")
    with pytest.raises(QgsProcessingException, match=message):
        run_alg(IMPORT, {"INPUT": str(csv_path), "GPKG": str(gpkg)})
    assert "zan_consommation" not in tables(gpkg)


def test_unrecognised_file(provider: Any, tmp_path: Path, run_alg) -> None:
    other = tmp_path / "autre.csv"
    other.write_text("code;nom;conso\n62041;Arras;12\n", encoding="utf-8")
    gpkg = empty_gpkg(tmp_path / "t.gpkg")
    with pytest.raises(QgsProcessingException, match="Expected a commune code column idcom.*conso"):
        run_alg(IMPORT, {"INPUT": str(other), "GPKG": str(gpkg)})


def test_qgis_process_import(qgis_process: Any, tmp_path: Path) -> None:
    csv_path = files.write_csv(tmp_path / "c.csv", files.wide_rows("2009-2023"), delimiter=",")
    gpkg = empty_gpkg(tmp_path / "t.gpkg")
    result = qgis_process.run_json(IMPORT, INPUT=str(csv_path), GPKG=str(gpkg), COG_YEAR="2024")
    assert result["results"]["RELEASE"] == "2009-2023"
    assert int(result["results"]["ROWS"]) == 4 * 14 * 7


def test_import_the_synthetic_table(
    provider: Any, tmp_path: Path, repo_root: Path, territory_gpkg: Path, run_alg
) -> None:
    import shutil

    spec = importlib.util.spec_from_file_location(
        "zan_consumption_synth_q", repo_root / "gpkg" / "synthetic" / "zan_consumption.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    work = tmp_path / "aula_territoire.gpkg"  # a working copy, as the plugin makes one
    shutil.copyfile(territory_gpkg, work)
    module.add_to_gpkg(work, "2026-11-23")
    communes = "{}|layername=commune".format(work)
    result = run_alg(
        IMPORT,
        {
            "INPUT": "{}|layername=zan_cerema_synthetique".format(work),
            "COMMUNES": communes,
            "GPKG": str(work),
        },
    )
    assert result["RELEASE"] == "2009-2024" and result["COMMUNE_COUNT"] == 319
    con = sqlite3.connect(work)
    (expected,) = con.execute(
        "SELECT sum(surface_m2) FROM zan_consommation WHERE destination = 'naf' "
        "AND annee BETWEEN 2011 AND 2020"
    ).fetchone()
    # the imported table inherits its source's provenance: synthetic data stays labelled
    (notes,) = con.execute(
        "SELECT notes FROM aula_provenance WHERE layer = 'zan_consommation'"
    ).fetchone()
    con.close()
    assert "zan_cerema_synthetique" in notes
    assert "SYNTHÉTIQUE" in notes
    output = tmp_path / "scot.gpkg"
    run_alg(
        CONSUMPTION,
        {
            "CONSUMPTION": result["OUTPUT"],
            "COMMUNES": communes,
            "GROUP_FIELD": "scot_id",
            "OUTPUT": str(output),
        },
    )
    features = read_rows(output)
    assert len(features) == 3  # three SCoT
    assert sum(int(f["naf_m2"]) for f in features) == expected
    assert 1_000 <= sum(f["naf_ha"] for f in features) <= 2_000


def test_consumption_io_helpers(provider: Any, tmp_path: Path, run_alg) -> None:
    """gis.zan_consumption_io: field lookup, commune codes kept as written, direct GeoPackage."""
    from qgis.core import (
        QgsFeature,
        QgsProcessingFeatureSourceDefinition,
        QgsProcessingFeedback,
        QgsVectorLayer,
    )

    from aula_plugin.core.errors import AulaError
    from aula_plugin.gis.fields import field_name
    from aula_plugin.gis.zan_consumption_io import commune_codes, direct_gpkg_table

    layer = QgsVectorLayer("None?field=INSEE:string&field=code_num:double", "communes", "memory")
    for values in (["62041 ", 62041.0], ["2a004", None], [None, 1.0], ["  ", 2.0]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        layer.dataProvider().addFeature(feature)
    assert field_name(layer.fields(), layer.sourceName(), "insee") == "INSEE"
    with pytest.raises(AulaError, match="communes: field nope does not exist"):
        field_name(layer.fields(), layer.sourceName(), "nope")
    feedback = QgsProcessingFeedback()
    assert commune_codes(layer, "INSEE", feedback) == {"62041", "2A004"}
    # a real-valued code keeps its ".0" and is later refused as not an INSEE code
    assert commune_codes(layer, "code_num", feedback) == {"62041.0", "1.0", "2.0"}

    gpkg = tmp_path / "t.gpkg"
    run_alg(
        IMPORT,
        {
            "INPUT": str(files.write_csv(tmp_path / "c.csv", files.wide_rows("2009-2024"))),
            "GPKG": str(empty_gpkg(gpkg)),
        },
    )
    table = QgsVectorLayer("{}|layername=zan_consommation".format(gpkg), "conso", "ogr")
    assert direct_gpkg_table(table.source(), table) == (gpkg, "zan_consommation")
    selected = QgsProcessingFeatureSourceDefinition(table.source(), True)
    assert direct_gpkg_table(selected, table) == (None, "")
    table.setSubsetString("annee > 2015")
    assert direct_gpkg_table(table.source(), table) == (None, "")
    assert direct_gpkg_table("x", layer) == (None, "")
