"""The figures of the triennial report from the rows read (core.zan.report_data, no QGIS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan.model import ConsumptionTable
from aula_plugin.core.zan.report import KIND_COMMUNE, KIND_EPCI, ArtifFlow, ArtifStock
from aula_plugin.core.zan.report_data import (
    UNSOURCED_RATE,
    ReportRequest,
    consumption_notes,
    date_fr,
    guarantee_floor,
    report_provenance,
    report_rate,
    report_release,
    sum_flows,
    sum_stocks,
    territory_members,
    territory_rows,
)
from aula_plugin.core.zan.trajectory import GUARANTEE_M2

SHIPPED = Path(__file__).parents[2] / "resources" / "zan" / "taux_reduction.csv"


class Warnings(list):
    def __call__(self, error: AulaError) -> None:
        self.append(error.message())


def test_members_and_name() -> None:
    members = [("62002", "Béta", 300.0), ("62001", "Alpha", None)]
    epci = ReportRequest("200000001", KIND_EPCI, "epci_siren")
    assert territory_members(members, {"CC Test"}, epci, "commune") == (
        sorted(members),
        "CC Test",
    )
    assert territory_members(members, {"A", "B"}, epci, "commune")[1] == "200000001"
    commune = ReportRequest("62001", KIND_COMMUNE, "insee")
    assert territory_members(members, set(), commune, "commune")[1] == "Alpha"
    named = ReportRequest("62001", KIND_COMMUNE, name_override="Mon nom")
    assert territory_members(members, set(), named, "commune")[1] == "Mon nom"
    with pytest.raises(AulaError, match="commune: no commune has epci_siren = 999"):
        territory_members([], set(), ReportRequest("999", KIND_EPCI, "epci_siren"), "commune")


def test_release_is_chosen_by_choose_release() -> None:
    warn = Warnings()
    rows = {"2009-2022": [], "2009-2023": []}
    assert report_release(rows, "", "conso", "62001", warn) == "2009-2023"
    assert warn == [
        "conso: several releases (2009-2022, 2009-2023); the most recent one, 2009-2023, is "
        "reported (choose another with RELEASE)"
    ]
    assert report_release(rows, "2009-2022", "conso", "62001", Warnings()) == "2009-2022"
    assert report_release({"": []}, "", "conso", "62001", Warnings()) == ""
    with pytest.raises(AulaError, match=r"release 2030 not found \(releases: 2009-2022, 2009"):
        report_release(rows, "2030", "conso", "62001", warn)
    with pytest.raises(AulaError, match="conso: no consumption row for the communes of 62001"):
        report_release({}, "", "conso", "62001", warn)


def test_consumption_notes_and_floor() -> None:
    table = ConsumptionTable()
    table.add("62001", 2011, "naf", -5)
    warn = Warnings()
    notes = consumption_notes(table, [("62001", "A", 1.0), ("62002", "B", 1.0)], "conso", warn)
    assert warn == ["conso: 1 commune(s) of the territory have no row: 62002"]
    assert "négative" in notes[0] and notes[1].startswith("Qualité des données : 1 commune(s)")
    epci = ReportRequest("200000001", KIND_EPCI, eligible=True)
    assert guarantee_floor(epci, "CC", warn) is None and "ignored for CC" in warn[-1]
    commune = ReportRequest("62001", KIND_COMMUNE, eligible=True)
    assert guarantee_floor(commune, "A", warn) == GUARANTEE_M2


def test_rate_given_or_looked_up() -> None:
    given = report_rate(ReportRequest("1", KIND_EPCI, rate=40.0), SHIPPED, (), Warnings())
    assert (given.rate_pct, given.document, given.fallback) == (40.0, UNSOURCED_RATE, False)
    warn = Warnings()
    found = report_rate(ReportRequest("62004", KIND_COMMUNE), SHIPPED, ("EPCI_1",), warn)
    assert found.rate_pct == pytest.approx(54.47) and found.fallback and warn


def test_territory_rows_own_else_members() -> None:
    rows = [
        {"territory": "EPCI_200000001", "millesime": 2018},
        {"territory": "62001", "millesime": 2018},
    ]
    assert territory_rows(rows, "200000001", ["62001"], "stock", Warnings()) == (rows[:1], [])
    warn = Warnings()
    found, notes = territory_rows(rows[1:], "200000001", ["62001", "62002"], "stock", warn)
    assert found == rows[1:] and warn == ["stock: 1 commune(s) of the territory have no row: 62002"]
    assert notes[0].startswith("Couverture partielle : 1 commune(s)")
    with pytest.raises(AulaError, match="no row for territory 9 nor for its communes"):
        territory_rows(rows, "9", ["1"], "stock", warn)


def test_sums_of_stocks_and_flows() -> None:
    stocks = sum_stocks(
        [
            {"millesime": 2018, "artif_m2": 10.0, "impermeable_m2": 4.0},
            {"millesime": 2018, "artif_m2": None, "impermeable_m2": 1.0},
            {"millesime": 2021, "artif_m2": 5.0, "impermeable_m2": None},
        ]
    )
    assert stocks == [ArtifStock(2018, 10.0, 5.0), ArtifStock(2021, 5.0, None)]
    flows = sum_flows(
        [
            {"millesime_1": 2018, "millesime_2": 2021, "artificialisation_m2": 4.0,
             "renaturation_m2": None, "net_m2": 4.0},
            {"millesime_1": 2018, "millesime_2": 2021, "artificialisation_m2": 1.0,
             "renaturation_m2": 1.0, "net_m2": 0.0},
        ]
    )  # fmt: skip
    assert flows == [ArtifFlow(2018, 2021, 5.0, 1.0, 4.0)]


def test_provenance_summary_and_dates() -> None:
    found = report_provenance(
        [("zan_consommation", [{"source": "SYNTHÉTIQUE"}]), ("commune", [{"source": "IGN"}])],
        [{"source": "IGN"}],
        "conso.csv",
        lambda row: "synth" in " ".join(row.values()).lower(),
    )
    assert found.synthetic and found.communes_source == "IGN" and found.source_file == "conso.csv"
    assert found.note == "Couches déclarées synthétiques dans aula_provenance : zan_consommation."
    assert date_fr("2024-11-21") == "21 novembre 2024" and date_fr("2024") == "2024"
