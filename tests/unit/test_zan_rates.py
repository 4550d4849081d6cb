"""aula_plugin.core.zan.rates: the rates table, its formats, validation and parent fallback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan.rates import (
    FALLBACK_NATIONAL,
    FALLBACK_PARENT,
    FALLBACK_REGION,
    RATE_COLUMNS,
    TABLE_RATES,
    RateTable,
    load_rates,
)

HEADER = ",".join(RATE_COLUMNS)
MICRO = f"""# micro table for tests
{HEADER}
FRANCE,nation,France,,50,Loi 2021-1104,,2021-08-22,,,
REGION_32,region,Hauts-de-France,FRANCE,54.47,SRADDET,153-154,2024-11-21,1,https://x,
EPCI_1,epci,EPCI un,REGION_32,61.1,PLUi,12,2023-01-01,0,,
SCOT_A,scot,SCoT A,REGION_32,-10,SCoT,,,0,,
EPCI_2,epci,EPCI deux,SCOT_A,,,,,,,sans taux propre
"""


def write(tmp_path: Path, text: str, name: str = "rates.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_with_comments_loads(tmp_path: Path) -> None:
    table = load_rates(write(tmp_path, MICRO))
    assert len(table) == 5
    region = table["REGION_32"]
    assert region.rate_pct == 54.47
    assert (region.document, region.page, region.date) == ("SRADDET", "153-154", "2024-11-21")
    assert region.in_local_document is True
    assert table["SCOT_A"].rate_pct == -10  # negative rates are kept
    assert table["EPCI_2"].rate_pct is None  # no own rate: the parent's applies


def test_own_rate_no_fallback(tmp_path: Path) -> None:
    found = load_rates(write(tmp_path, MICRO)).lookup("EPCI_1")
    assert (found.rate_pct, found.fallback, found.warning) == (61.1, False, None)
    assert found.rate.page == "12"


def test_fallback_to_the_region_warns(tmp_path: Path) -> None:
    table = load_rates(write(tmp_path, MICRO))
    found = table.lookup("COMM_62001", ancestors=("EPCI_999", "scot_artois"))
    assert found.rate_pct == 54.47
    assert found.fallback
    assert found.rate.territory_id == "REGION_32"
    assert found.warning is not None
    assert found.warning.template == FALLBACK_REGION
    assert "regional rate applied" in found.warning.message()
    assert "COMM_62001" in found.warning.message()


def test_fallback_through_ancestors_and_table_parents(tmp_path: Path) -> None:
    table = load_rates(write(tmp_path, MICRO))
    # commune → EPCI_1 (has a rate): the EPCI's
    found = table.lookup("COMM_62001", ancestors=("EPCI_1",))
    assert (found.rate_pct, found.fallback) == (61.1, True)
    assert found.warning is not None and found.warning.template == FALLBACK_PARENT
    # EPCI_2 has no own rate: its table parent SCOT_A gives −10
    found = table.lookup("EPCI_2")
    assert (found.rate.territory_id, found.rate_pct, found.fallback) == ("SCOT_A", -10, True)


def test_fallback_to_the_nation(tmp_path: Path) -> None:
    text = f"{HEADER}\nFRANCE,nation,France,,50,Loi,,,,,\n"
    found = load_rates(write(tmp_path, text)).lookup("EPCI_9")
    assert (found.rate_pct, found.fallback) == (50, True)
    assert found.warning is not None and found.warning.template == FALLBACK_NATIONAL


def test_unknown_territory_without_any_default(tmp_path: Path) -> None:
    text = f"{HEADER}\nEPCI_1,epci,,,61.1,PLUi,,,,,\n"
    with pytest.raises(AulaError, match="EPCI_9"):
        load_rates(write(tmp_path, text)).lookup("EPCI_9")


@pytest.mark.parametrize(
    ("cell", "match"),
    [("100.5", "100.5"), ("abc", "'abc'"), ("nan", "nan")],
)
def test_bad_rates_name_table_row_and_value(tmp_path: Path, cell: str, match: str) -> None:
    text = f"{HEADER}\nFRANCE,nation,,,50,Loi,,,,,\nEPCI_1,epci,,FRANCE,{cell},PLUi,,,,,\n"
    with pytest.raises(AulaError, match=match) as info:
        load_rates(write(tmp_path, text, "mes_taux.csv"))
    message = info.value.message()
    assert "mes_taux.csv" in message
    assert "EPCI_1" in message
    assert "rate_pct" in message


def test_rate_100_and_decimal_comma_accepted(tmp_path: Path) -> None:
    text = f'{HEADER}\nA,,,,100,,,,,,\nB,,,,"54,47",,,,,,\n'
    table = load_rates(write(tmp_path, text))
    assert table["A"].rate_pct == 100
    assert table["B"].rate_pct == 54.47


def test_semicolon_csv(tmp_path: Path) -> None:
    text = "territory_id;parent_id;rate_pct;document\nA;;54,47;SRADDET\n"
    assert load_rates(write(tmp_path, text))["A"].rate_pct == 54.47


def test_duplicate_ids_refused(tmp_path: Path) -> None:
    text = f"{HEADER}\nA,,,,50,,,,,,\nB,,,,50,,,,,,\nA,,,,40,,,,,,\n"
    with pytest.raises(AulaError, match="A appears more than once .rows 1, 3.") as info:
        load_rates(write(tmp_path, text, "doublons.csv"))
    assert "doublons.csv" in info.value.message()


def test_missing_columns_refused(tmp_path: Path) -> None:
    text = "territory_id,taux\nA,50\n"
    with pytest.raises(AulaError, match="rate_pct") as info:
        load_rates(write(tmp_path, text, "colonnes.csv"))
    assert "colonnes.csv" in info.value.message()
    assert "parent_id" in info.value.message()


def test_unknown_parent_refused(tmp_path: Path) -> None:
    text = f"{HEADER}\nA,,,NOWHERE,50,,,,,,\n"
    with pytest.raises(AulaError, match="NOWHERE"):
        load_rates(write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AulaError, match="not found"):
        load_rates(tmp_path / "absent.csv")


def test_sparte_json_micro(tmp_path: Path) -> None:
    entries = [
        {
            "model": "public_data.territorialisationobjectif",
            "pk": 9,
            "fields": {
                "land": "REGION_32",
                "parent": None,
                "objectif_de_reduction": "54.47",
                "nom_document": "SRADDET",
                "is_in_document": True,
                "document_url": "https://example.org",
                "document_comment": "p153-154",
            },
        },
        {
            "model": "public_data.territorialisationobjectif",
            "pk": 10,
            "fields": {
                "land": "EPCI_240200592",
                "parent": "REGION_32",
                "objectif_de_reduction": "82.20",
                "nom_document": "PLUi",
                "is_in_document": False,
                "document_url": None,
                "document_comment": "",
            },
        },
    ]
    table = load_rates(write(tmp_path, json.dumps(entries), "objectifs.json"))
    assert table["EPCI_240200592"].rate_pct == 82.2
    assert table["EPCI_240200592"].level == "epci"
    assert table["EPCI_240200592"].in_local_document is False
    assert table["REGION_32"].url == "https://example.org"
    assert table.lookup("EPCI_240200592").fallback is False


def test_sparte_json_bad_entries(tmp_path: Path) -> None:
    with pytest.raises(AulaError, match="objectifs.json"):
        load_rates(write(tmp_path, '{"a": 1}', "objectifs.json"))
    bad = [{"fields": {"land": "A"}}]
    with pytest.raises(AulaError, match="objectif_de_reduction"):
        load_rates(write(tmp_path, json.dumps(bad), "objectifs.json"))
    too_high = [{"fields": {"land": "A", "objectif_de_reduction": "120"}}]
    with pytest.raises(AulaError, match="120"):
        load_rates(write(tmp_path, json.dumps(too_high), "objectifs.json"))


def test_geopackage_table(tmp_path: Path) -> None:
    path = tmp_path / "territoire.gpkg"
    with sqlite3.connect(path) as db:
        db.execute(f"CREATE TABLE {TABLE_RATES} ({', '.join(RATE_COLUMNS)})")
        db.execute(
            f"INSERT INTO {TABLE_RATES} (territory_id, parent_id, rate_pct, document) "
            "VALUES ('REGION_32', '', 54.47, 'SRADDET')"
        )
    table = load_rates(path)
    assert table["REGION_32"].rate_pct == 54.47
    empty = tmp_path / "vide.gpkg"
    with sqlite3.connect(empty) as db:
        db.execute("CREATE TABLE autre (x)")
    with pytest.raises(AulaError, match=TABLE_RATES):
        load_rates(empty)


def test_hauts_de_france_json_in_place(shared_data: Path) -> None:
    """The real sparte fixture, read in place through the loader users use."""
    table = load_rates(shared_data / "zan" / "territorialisation_objectif_hdf.json")
    assert len(table) == 47
    assert table["REGION_32"].rate_pct == 54.47
    rates = [r.rate_pct for r in table.rates.values() if r.rate_pct is not None]
    assert min(rates) == 12.9
    assert max(rates) == 82.2
    assert table["EPCI_240200592"].rate_pct == 82.2
    assert table["SCOT_9"].rate_pct == 12.9
    assert table["CUSTOM_SCOT_SAINT_QUENTINOIS"].rate_pct == 48.1
    assert all(
        r.parent_id == "REGION_32" for r in table.rates.values() if r.territory_id != "REGION_32"
    )


def test_shipped_csv_matches_the_json(repo_root: Path, shared_data: Path) -> None:
    shipped = load_rates(repo_root / "resources" / "zan" / "taux_reduction.csv")
    source = load_rates(shared_data / "zan" / "territorialisation_objectif_hdf.json")
    assert len(shipped) == 48  # FRANCE + the 47 entries
    for territory_id, rate in source.rates.items():
        assert shipped[territory_id].rate_pct == rate.rate_pct, territory_id
    france, region = shipped["FRANCE"], shipped["REGION_32"]
    assert france.rate_pct == 50
    assert "2021-1104" in france.document
    assert france.date == "2021-08-22"
    assert region.rate_pct == 54.47
    assert (region.page, region.date, region.parent_id) == ("153-154", "2024-11-21", "FRANCE")
    assert region.url == source["REGION_32"].url
    # the Artois EPCI have no rate of their own: regional rate, with a warning
    found = shipped.lookup("EPCI_200072460", ancestors=("scot_artois",))
    assert (found.rate.territory_id, found.fallback) == ("REGION_32", True)


def test_shipped_csv_is_what_the_script_writes(
    repo_root: Path, shared_data: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    out = tmp_path / "taux.csv"
    subprocess.run(
        [
            sys.executable,
            str(repo_root / "scripts" / "zan_rates_from_sparte.py"),
            "--json",
            str(shared_data / "zan" / "territorialisation_objectif_hdf.json"),
            "--output",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    shipped = repo_root / "resources" / "zan" / "taux_reduction.csv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_rate_table_from_rows_direct() -> None:
    table = RateTable.from_rows([{"territory_id": "X", "rate_pct": 12.5}], "memo")
    assert table["X"].rate_pct == 12.5
