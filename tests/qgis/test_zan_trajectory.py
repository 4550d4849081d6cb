"""aula:zantrajectory in a real headless QGIS (processing.run and qgis_process)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

ALG = "aula:zantrajectory"
CONSO_URI = (
    "None?field=insee:string&field=annee:integer&field=destination:string"
    "&field=surface_m2:integer"
)
COMMUNES_URI = (
    "None?field=insee:string&field=epci_siren:string&field=scot_id:string"
    "&field=eligible:integer&field=plui:string"
)
# Three communes (flows per year 2011..2020; then 2021, 2022, 2023), hand-computed with the
# regional rate 54.47 % (no commune or EPCI rate of their own in the shipped table):
#   62001: C_ref = 10 × 100 = 1 000 → E = 1 000 × 0.4553 = 455.3; eligible → E* = 10 000
#          R = 30 → U = 0.3 %; p = 10; P = 100
#   62002: C_ref = 10 × 5 000 = 50 000 → E = 22 765; R = 3 × 9 000 = 27 000 > E → dépassée,
#          first year R(t) > 22 765: R(2021) = 9 000, R(2022) = 18 000, R(2023) = 27 000 → 2023
#   62003: C_ref = 10 × 1 500 = 15 000 → E = 6 829.5; R = 0 → dans la trajectoire, no year
# EPCI 200072460 = 62001 + 62002: C_ref = 51 000 → E = 23 220.3 (no floor); R = 27 030
CONSO = {
    "62001": (100, [10, 10, 10]),
    "62002": (5_000, [9_000, 9_000, 9_000]),
    "62003": (1_500, [0, 0, 0]),
}
COMMUNES = [
    ("62001", "200072460", "scot_artois", 1, "P1"),
    ("62002", "200072460", "scot_artois", 0, "P1"),
    ("62003", "246200364", "scot_llhc", 0, "P2"),
]


def table_layer(uri: str, rows: list[tuple[Any, ...]], name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def conso_rows(conso: dict[str, tuple[int, list[int]]] = CONSO) -> list[tuple[Any, ...]]:
    rows = []
    for insee, (ref, since) in conso.items():
        for year in range(2009, 2021):
            rows.append((insee, year, "naf", ref))
            rows.append((insee, year, "hab", ref))  # other destinations never enter
        for i, value in enumerate(since):
            rows.append((insee, 2021 + i, "naf", value))
    return rows


def conso_layer(conso=CONSO) -> QgsVectorLayer:
    return table_layer(CONSO_URI, conso_rows(conso), "zan_consommation")


def communes_layer(rows=COMMUNES) -> QgsVectorLayer:
    return table_layer(COMMUNES_URI, rows, "commune")


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)


def plain(layer: QgsVectorLayer) -> list[dict[str, Any]]:
    names = layer.fields().names()
    return [
        {
            n: None if isinstance(v, QVariant) and v.isNull() else v
            for n, v in zip(names, f.attributes(), strict=True)
        }
        for f in layer.getFeatures()
    ]


def run(params: dict[str, Any], feedback: QgsProcessingFeedback | None = None):
    from qgis import processing

    result = processing.run(
        ALG,
        {"OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_YEARS": "TEMPORARY_OUTPUT", **params},
        feedback=feedback,
    )
    by_key = {row["territory"]: row for row in plain(result["OUTPUT"])}
    return by_key, plain(result["OUTPUT_YEARS"])


def test_provider_lists_the_algorithm(provider) -> None:
    alg = provider.algorithm("zantrajectory")
    assert alg is not None
    assert alg.group() == "ZAN"
    assert "naf21art22" in alg.shortHelpString()


def test_per_commune_legal_with_eligibility(provider) -> None:
    feedback = RecordingFeedback()
    rows, years = run(
        {
            "CONSUMPTION": conso_layer(),
            "COMMUNES": communes_layer(),
            "ELIGIBILITY_FIELD": "eligible",
        },
        feedback,
    )
    assert set(rows) == {"62001", "62002", "62003"}
    one, two, three = rows["62001"], rows["62002"], rows["62003"]
    assert one["c_ref_m2"] == 1_000
    assert one["rate_pct"] == pytest.approx(54.47)
    assert one["envelope_m2"] == pytest.approx(455.3)
    assert one["floor_m2"] == 10_000
    assert one["envelope_final_m2"] == 10_000
    assert one["share_used_pct"] == pytest.approx(0.3)
    assert one["projection_m2"] == pytest.approx(100)
    assert one["horizon_years"] == 10
    assert two["floor_m2"] is None  # not eligible
    assert two["envelope_final_m2"] == pytest.approx(22_765)
    assert two["status"] == "dépassée"
    assert two["overshoot_year"] == 2023
    assert two["overrun_m2"] == pytest.approx(27_000 - 22_765)
    assert three["status"] == "dans la trajectoire"
    assert three["overshoot_year"] is None
    for row in rows.values():
        assert row["mode"] == "legal"
        assert row["rate_fallback"] == 1
        assert row["rate_id"] == "REGION_32"
        assert (row["rate_page"], row["rate_date"]) == ("153-154", "2024-11-21")
        assert "SRADDET" in row["rate_document"]
        assert "regional rate applied" in row["rate_warning"]
        assert row["last_year"] == 2023
        assert row["deductions_m2"] == 0
    assert any("regional rate applied" in w for w in feedback.warnings)
    # OUTPUT_YEARS: 10 rows per territory; T(2030) = E*; cumulative up to L only
    assert len(years) == 30
    two_years = {r["year"]: r for r in years if r["territory"] == "62002"}
    assert sorted(two_years) == list(range(2021, 2031))
    assert two_years[2022]["consumed_cumulative_m2"] == 18_000
    assert two_years[2022]["consumed_m2"] == 9_000
    assert two_years[2024]["consumed_cumulative_m2"] is None
    assert two_years[2030]["target_cumulative_m2"] == pytest.approx(22_765)
    assert two_years[2021]["target_cumulative_m2"] == pytest.approx(2_276.5)


def test_eligibility_toggle_changes_only_small_communes(provider) -> None:
    without, _ = run({"CONSUMPTION": conso_layer(), "COMMUNES": communes_layer()})
    everyone = [(*row[:3], 1, row[4]) for row in COMMUNES]
    with_all, _ = run(
        {
            "CONSUMPTION": conso_layer(),
            "COMMUNES": communes_layer(everyone),
            "ELIGIBILITY_FIELD": "eligible",
        }
    )
    changed = {
        k for k in without if without[k]["envelope_final_m2"] != with_all[k]["envelope_final_m2"]
    }
    assert changed == {"62001", "62003"}  # E_c < 1 ha; 62002 (22 765 m²) unchanged
    assert without["62001"]["envelope_final_m2"] == pytest.approx(455.3)


def test_groups_by_epci_no_floor(provider) -> None:
    feedback = RecordingFeedback()
    rows, years = run(
        {
            "CONSUMPTION": conso_layer(),
            "COMMUNES": communes_layer(),
            "GROUP_FIELD": "epci_siren",
            "ELIGIBILITY_FIELD": "eligible",
        },
        feedback,
    )
    assert set(rows) == {"200072460", "246200364"}
    epci = rows["200072460"]
    assert epci["nb_communes"] == 2
    assert epci["c_ref_m2"] == 51_000
    assert epci["floor_m2"] is None
    assert epci["envelope_final_m2"] == pytest.approx(23_220.3)
    # Σ E*_c: 10 000 (62001 eligible) + 22 765
    assert epci["sum_commune_envelopes_m2"] == pytest.approx(32_765)
    assert epci["consumed_since_2021_m2"] == 27_030
    assert epci["rate_fallback"] == 1  # no EPCI_200072460 nor scot_artois rate: region
    assert len(years) == 20
    assert any("not applied" in w for w in feedback.warnings)


def test_pooling_plui(provider) -> None:
    rows, _ = run(
        {
            "CONSUMPTION": conso_layer(),
            "COMMUNES": communes_layer(),
            "POOL_FIELD": "plui",
            "ELIGIBILITY_FIELD": "eligible",
        }
    )
    p1 = rows["P1"]
    assert p1["pooled"] == 1
    assert p1["envelope_final_m2"] == pytest.approx(32_765)
    assert p1["envelope_m2"] == pytest.approx(23_220.3)


def test_mda_compatible_mode(provider) -> None:
    rows, years = run(
        {
            "CONSUMPTION": conso_layer(),
            "COMMUNES": communes_layer(),
            "GROUP_FIELD": "epci_siren",
            "MODE": 1,
        }
    )
    # EPCI 246200364 = 62003: max(15 000 / 2, 10 000) = 10 000 even for an EPCI; projection × 9
    llhc = rows["246200364"]
    assert llhc["rate_pct"] == 50
    assert llhc["envelope_final_m2"] == 10_000
    assert llhc["horizon_years"] == 9
    epci = rows["200072460"]
    assert epci["projection_m2"] == pytest.approx(27_030 / 3 * 9)
    assert {r["mode"] for r in rows.values()} == {"mda_compatible"}
    assert {r["mode"] for r in years} == {"mda_compatible"}


def test_override_negative_and_scenarios(provider) -> None:
    rows, _ = run(
        {
            "CONSUMPTION": conso_layer(),
            "COMMUNES": communes_layer(),
            "RATE_OVERRIDE": -10,
            "DECADE_RATE_2031": 20,
            "DECADE_RATE_2041": 50,
        }
    )
    one = rows["62001"]
    assert one["envelope_m2"] == pytest.approx(1_100)  # 1 000 × 1.1, not clamped
    assert one["rate_fallback"] == 0
    assert one["allowance_2031_2040_m2"] == pytest.approx(880)  # 1 100 × 0.8
    assert one["allowance_2041_2050_m2"] == pytest.approx(440)
    assert "non réglementaire" in one["scenario_label"]


def test_deductions_both_values(provider) -> None:
    pene = table_layer(
        "None?field=insee:string&field=annee:integer&field=surface_m2:integer",
        [("62002", 2022, 2_000)],
        "pene",
    )
    rows, _ = run({"CONSUMPTION": conso_layer(), "COMMUNES": communes_layer(), "PENE": pene})
    two = rows["62002"]
    assert two["consumed_gross_m2"] == 27_000
    assert two["deduction_pene_m2"] == 2_000
    assert two["deduction_pv_m2"] is None
    assert two["consumed_since_2021_m2"] == 25_000


def test_own_rates_table_with_commune_rate(provider, tmp_path: Path) -> None:
    path = tmp_path / "taux.csv"
    path.write_text(
        "territory_id,parent_id,rate_pct,document,page,date\n"
        "REGION_32,,54.47,SRADDET,153-154,2024-11-21\n"
        "COMM_62003,REGION_32,20,PLU de 62003,p. 4,2025-01-01\n",
        encoding="utf-8",
    )
    rows, _ = run({"CONSUMPTION": conso_layer(), "COMMUNES": communes_layer(), "RATES": str(path)})
    three = rows["62003"]
    assert (three["rate_pct"], three["rate_fallback"], three["rate_page"]) == (20, 0, "p. 4")
    assert three["envelope_m2"] == pytest.approx(12_000)  # 15 000 × 0.8
    assert three["rate_warning"] is None


@pytest.mark.parametrize(
    ("params", "match"),
    [
        ({"RATE_OVERRIDE": 101}, "101"),
        ({"DECADE_RATE_2031": 150}, "150"),
        ({"ELIGIBILITY_FIELD": "nope"}, "nope"),
    ],
)
def test_bad_parameters_fail_with_a_clear_message(provider, params, match) -> None:
    with pytest.raises(QgsProcessingException, match=match):
        run({"CONSUMPTION": conso_layer(), "COMMUNES": communes_layer(), **params})


def test_bad_rates_tables_write_nothing(provider, tmp_path: Path) -> None:
    duplicate = tmp_path / "doublons.csv"
    duplicate.write_text(
        "territory_id,parent_id,rate_pct,document\nREGION_32,,54.47,S\nREGION_32,,50,S\n",
        encoding="utf-8",
    )
    missing = tmp_path / "colonnes.csv"
    missing.write_text("territory_id,taux\nREGION_32,54.47\n", encoding="utf-8")
    too_high = tmp_path / "trop.csv"
    too_high.write_text(
        "territory_id,parent_id,rate_pct,document\nREGION_32,,154.47,S\n", encoding="utf-8"
    )
    text = tmp_path / "texte.csv"
    text.write_text("territory_id,parent_id,rate_pct,document\nREGION_32,,cinquante,S\n")
    unknown = tmp_path / "inconnu.csv"
    unknown.write_text("territory_id,parent_id,rate_pct,document\nEPCI_1,,50,S\n")
    for path, words in (
        (duplicate, ["doublons.csv", "REGION_32"]),
        (missing, ["colonnes.csv", "rate_pct"]),
        (too_high, ["trop.csv", "154.47", "rate_pct"]),
        (text, ["texte.csv", "cinquante"]),
        (unknown, ["inconnu.csv", "COMM_62001"]),
    ):
        out = tmp_path / f"out_{path.stem}.gpkg"
        from qgis import processing

        with pytest.raises(QgsProcessingException) as info:
            processing.run(
                ALG,
                {
                    "CONSUMPTION": conso_layer(),
                    "COMMUNES": communes_layer(),
                    "RATES": str(path),
                    "OUTPUT": str(out),
                    "OUTPUT_YEARS": str(tmp_path / f"years_{path.stem}.gpkg"),
                },
            )
        for word in words:
            assert word in str(info.value), (path.name, str(info.value))
        assert not out.exists()


def test_consumption_gap_and_missing_reference(provider, tmp_path: Path) -> None:
    rows = [r for r in conso_rows() if not (r[0] == "62002" and r[1] == 2022)]
    gap = table_layer(CONSO_URI, rows, "zan_consommation")
    with pytest.raises(QgsProcessingException, match="2022") as info:
        run({"CONSUMPTION": gap, "COMMUNES": communes_layer()})
    assert "62002" in str(info.value)
    assert "zan_consommation" in str(info.value)
    rows = [r for r in conso_rows() if not (r[0] == "62003" and r[1] == 2011)]
    with pytest.raises(QgsProcessingException, match="2011"):
        run({"CONSUMPTION": table_layer(CONSO_URI, rows, "c"), "COMMUNES": communes_layer()})
    more = [*COMMUNES, ("62999", "200072460", "scot_artois", 0, "P1")]
    with pytest.raises(QgsProcessingException, match="62999"):
        run({"CONSUMPTION": conso_layer(), "COMMUNES": communes_layer(more)})


def test_territory_gpkg_319_communes_by_epci(provider, territory_gpkg: Path) -> None:
    communes = QgsVectorLayer(f"{territory_gpkg}|layername=commune", "commune", "ogr")
    assert communes.isValid()
    codes = sorted(f["insee"] for f in communes.getFeatures())
    assert len(codes) == 319
    # every commune: 1 000 m² a year 2011..2020 (C_ref = 10 000), 200 m² a year 2021..2023
    rows = [(c, y, "naf", 1_000) for c in codes for y in range(2011, 2021)]
    rows += [(c, y, "naf", 200) for c in codes for y in range(2021, 2024)]
    result, _ = run(
        {
            "CONSUMPTION": table_layer(CONSO_URI, rows, "zan_consommation"),
            "COMMUNES": communes,
            "GROUP_FIELD": "epci_siren",
        }
    )
    assert len(result) == 5
    assert sum(r["nb_communes"] for r in result.values()) == 319
    for row in result.values():
        n = row["nb_communes"]
        assert row["c_ref_m2"] == 10_000 * n
        assert row["envelope_final_m2"] == pytest.approx(10_000 * n * 0.4553)
        assert row["rate_id"] == "REGION_32"  # no SRADDET rate for the Artois EPCI yet
        assert row["rate_fallback"] == 1


def test_qgis_process_run(qgis_process, tmp_path: Path) -> None:
    from qgis.core import QgsVectorFileWriter

    gpkg = tmp_path / "entree.gpkg"
    for layer, name in ((conso_layer(), "zan_consommation"), (communes_layer(), "commune")):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.layerName = name
        if gpkg.exists():
            options.actionOnExistingFile = (
                QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            )
        error = QgsVectorFileWriter.writeAsVectorFormatV2(
            layer, str(gpkg), layer.transformContext(), options
        )
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    out = tmp_path / "trajectoires.gpkg"
    years = tmp_path / "annees.gpkg"
    result = qgis_process.run_json(
        ALG,
        CONSUMPTION=f"{gpkg}|layername=zan_consommation",
        COMMUNES=f"{gpkg}|layername=commune",
        GROUP_FIELD="epci_siren",
        OUTPUT=str(out),
        OUTPUT_YEARS=str(years),
    )
    assert result["results"]["OUTPUT"] == str(out)
    with sqlite3.connect(f"{out.as_uri()}?mode=ro", uri=True) as con:
        got = dict(con.execute("SELECT territory, c_ref_m2 FROM trajectoires").fetchall())
    assert got == {"200072460": 51_000, "246200364": 15_000}
    assert any("regional rate applied" in w for w in result["log"]["warning"])


def test_cancel_writes_nothing(provider, tmp_path: Path) -> None:
    from qgis import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "annule.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            ALG,
            {
                "CONSUMPTION": conso_layer(),
                "COMMUNES": communes_layer(),
                "OUTPUT": str(out),
                "OUTPUT_YEARS": str(tmp_path / "annule_annees.gpkg"),
            },
            feedback=feedback,
        )
    assert not out.exists()


def test_qgis_process_help(qgis_process) -> None:
    proc = qgis_process("help", ALG, check=True)
    for word in ("CONSUMPTION", "RATE_OVERRIDE", "ELIGIBILITY_FIELD", "POOL_FIELD", "naf21art22"):
        assert word in proc.stdout


def test_two_imported_releases_are_never_summed(provider) -> None:
    """A working GeoPackage may hold two Cerema releases: one is read, never both."""
    uri = CONSO_URI + "&field=release:string"
    old = {"62002": (4_000, [8_000, 8_000])}  # 2009-2022 release: C_ref = 40 000
    new = {"62002": (5_000, [9_000, 9_000, 9_000])}  # 2009-2023 release: C_ref = 50 000
    rows = [(*r, "2009-2022") for r in conso_rows(old)]
    rows += [(*r, "2009-2023") for r in conso_rows(new)]
    layer = table_layer(uri, rows, "zan_consommation")
    communes = communes_layer([COMMUNES[1]])

    feedback = RecordingFeedback()
    latest, _ = run({"CONSUMPTION": layer, "COMMUNES": communes}, feedback)
    assert latest["62002"]["c_ref_m2"] == 50_000  # not 90 000
    assert latest["62002"]["last_year"] == 2023
    assert any("2009-2022, 2009-2023" in w for w in feedback.warnings)

    chosen, _ = run({"CONSUMPTION": layer, "COMMUNES": communes, "RELEASE": "2009-2022"})
    assert chosen["62002"]["c_ref_m2"] == 40_000
    assert chosen["62002"]["last_year"] == 2022

    with pytest.raises(QgsProcessingException, match="no release 2009-2030"):
        run({"CONSUMPTION": layer, "COMMUNES": communes, "RELEASE": "2009-2030"})
