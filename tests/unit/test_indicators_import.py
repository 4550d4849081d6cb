"""Imports into the indicator base: the real INSEE comparateur file, generic long and wide CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.indicators.aggregate import aggregate_to_parents
from aula_plugin.core.indicators.comparateur import (
    comparateur_mapping,
    import_comparateur,
    load_catalogue,
)
from aula_plugin.core.indicators.csv_import import (
    import_csv,
    load_mapping,
    parse_cell,
    parse_mapping,
)
from aula_plugin.core.indicators.model import (
    AGENCY,
    COMMUNE,
    DEPT,
    EPCI,
    MISSING,
    NOT_AGGREGABLE,
    OK,
    POLE,
    RATIO_OF_SUMS,
    SCOT,
    SECRET,
    SUM,
)
from aula_plugin.core.indicators.package import read_package_territories
from aula_plugin.core.indicators.sheets import default_sheet
from aula_plugin.core.indicators.spec import SpecError
from aula_plugin.core.indicators.view import EXPORT_COLUMNS, evaluate_sheet


@pytest.fixture(scope="module")
def comparateur(shared_data: Path) -> Path:
    return shared_data / "insee" / "comparateur_communes_62.csv"


def test_the_real_comparateur_file(comparateur: Path) -> None:
    result = import_comparateur(comparateur)
    base = result.base
    communes = [t for t in base.territories.values() if t.level == COMMUNE]
    # 891 rows, one commune twice (Saint-Augustin under its postcodes 62120 and 62129): the
    # Pas-de-Calais has 890 communes in the COG 2024
    assert result.rows == 891
    assert len(communes) == 890
    assert result.duplicates == [((COMMUNE, "62691"), 677, 676)]
    assert all(t.geo_vintage == "COG 2024" for t in communes)
    assert base.territory(DEPT, "62").label == "Pas-de-Calais"
    assert base.ancestors((COMMUNE, "62041")) == [(DEPT, "62")]
    assert base.territory(COMMUNE, "62041").label == "Arras"
    assert base.value((COMMUNE, "62041"), "population", "2021").value == 42_600
    assert base.value((COMMUNE, "62041"), "population", "2015").value == 40_721
    assert base.value((COMMUNE, "62041"), "superficie", "2024").value == pytest.approx(11.63)
    assert base.value((COMMUNE, "62001"), "menages", "2021").value == 796
    # 49 communes with no birth and 61 with no death in 2022: true zeros, status ok
    births = [v for v in base.iter_values("naissances") if v.territory_level == COMMUNE]
    assert sum(v.value == 0 and v.status == OK for v in births) == 49
    deaths = [v for v in base.iter_values("deces") if v.territory_level == COMMUNE]
    assert sum(v.value == 0 and v.status == OK for v in deaths) == 61
    assert (result.secret, result.missing) == (0, 0)
    assert all(isinstance(t.code, str) and len(t.code) == 5 for t in communes)
    assert set(result.ignored_columns) == {
        "insee_reg", "commune_article", "code_postal", "commune_type", "insee_parente", "lat",
        "lng",
    }  # fmt: skip
    indicators = base.indicators
    assert indicators["population"].aggregation == SUM
    assert indicators["taux_chomage_15_64"].aggregation == RATIO_OF_SUMS
    assert "revenu_median" not in indicators  # no such column in this extract
    arras_rate = base.value((COMMUNE, "62041"), "taux_chomage_15_64", "2021")
    assert arras_rate.value == pytest.approx(3601 / 19502 * 100)
    assert "comparateur de territoires" in base.value((COMMUNE, "62041"), "population",
                                                       "2021").source  # fmt: skip


def test_insee_names_semicolons_and_windows_1252(comparateur: Path, tmp_path: Path) -> None:
    """The same base as INSEE names it (CODGEO, P21_POP, ...), as Excel saves it in France."""
    names = {"insee_com": "CODGEO", "commune": "LIBGEO", "insee_dep": "DEP",
             "population_2021": "P21_POP", "population_2015": "P15_POP",
             "superficie_km2": "SUPERF", "naissances_2022": "NAISD22"}  # fmt: skip
    with comparateur.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:45]  # to Arras, 62041
    path = tmp_path / "base_cc.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(names.values())
        for row in rows:
            cells = [row[name] for name in names]
            cells[5] = cells[5].replace(".", ",")  # decimal comma
            writer.writerow(cells)
        writer.writerow(["62999", "Secrète", "62", "s", "", "1,5", "nd"])
    result = import_comparateur(path)
    base = result.base
    assert (result.encoding, result.delimiter) == ("Windows-1252", ";")
    assert base.value((COMMUNE, "62041"), "population", "2015").value == 40_721
    assert base.value((COMMUNE, "62041"), "superficie", "2024").value == pytest.approx(11.63)
    assert base.territory(COMMUNE, "62004").label == "Achicourt"
    secret = base.value((COMMUNE, "62999"), "population", "2021")
    assert (secret.status, secret.value) == (SECRET, None)
    assert base.value((COMMUNE, "62999"), "population", "2015").status == MISSING
    assert base.value((COMMUNE, "62999"), "naissances", "2022").status == MISSING
    assert (result.secret, result.missing) == (1, 2)
    aggregate_to_parents(base)
    dept = base.value((DEPT, "62"), "population", "2021")
    assert (dept.status, dept.value) == (MISSING, None)  # one secret commune: not a partial sum
    assert "1 en secret statistique" in dept.note


def test_cells() -> None:
    assert parse_cell("1939") == (OK, 1939)
    assert parse_cell(" 1 234,5 ") == (OK, 1234.5)
    assert parse_cell("1\u202f234") == (OK, 1234)
    assert parse_cell("1.234,5") == (OK, 1234.5)
    assert parse_cell("0") == (OK, 0)
    assert parse_cell("s") == (SECRET, None)
    assert parse_cell("") == (MISSING, None)
    assert parse_cell("N.D.") == (MISSING, None)
    assert parse_cell("douze") is None


def test_a_wide_file_with_a_yaml_mapping(tmp_path: Path) -> None:
    data = tmp_path / "qpv.csv"
    data.write_text(
        "code,nom,commune,rev_2019,rev_2020\n"
        "QN06201M,Quartier A,62041,12100,s\n"
        "QN06202M,Quartier B,62041,,13050\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "qpv.yaml"
    mapping.write_text(
        "layout: wide\n"
        "territory: {code: code, label: nom, level: qpv}\n"
        "parents: {commune: commune}\n"
        "geo_vintage: QPV 2024\n"
        "source: INSEE, Filosofi\n"
        "columns:\n"
        "  rev_2019: revenu_median@2019\n"
        "  rev_2020: {indicator: revenu_median, vintage: 2020}\n"
        "indicators:\n"
        "  revenu_median: {label: Revenu médian, unit: €, aggregation: not_aggregable}\n",
        encoding="utf-8",
    )
    result = import_csv(data, load_mapping(mapping))
    base = result.base
    assert base.territory("qpv", "QN06201M").geo_vintage == "QPV 2024"
    assert base.ancestors(("qpv", "QN06201M")) == [(COMMUNE, "62041")]
    assert base.value(("qpv", "QN06201M"), "revenu_median", "2019").value == 12_100
    assert base.value(("qpv", "QN06201M"), "revenu_median", "2020").status == SECRET
    assert base.value(("qpv", "QN06202M"), "revenu_median", "2019").status == MISSING
    assert base.indicators["revenu_median"].aggregation == NOT_AGGREGABLE
    aggregate_to_parents(base, from_level="qpv")
    assert base.value((COMMUNE, "62041"), "revenu_median", "2019") is None  # a median


def test_long_export_round_trips(comparateur: Path, tmp_path: Path) -> None:
    base = import_comparateur(comparateur).base
    aggregate_to_parents(base)
    view = evaluate_sheet(default_sheet(), base, (COMMUNE, "62041"))
    rows = view.export_rows()
    path = tmp_path / "fiche.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, EXPORT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "value": "" if row["value"] is None else repr(row["value"])})
    mapping = parse_mapping(
        {
            "layout": "long",
            "territory": {"code": "territory_code", "level_column": "territory_level"},
            "long": {
                "indicator": "indicator_id",
                "vintage": "vintage",
                "value": "value",
                "status": "status",
                "source": "source",
                "label": "label",
                "unit": "unit",
            },
        }  # fmt: skip
    )
    back = import_csv(path, mapping).base
    assert len(back.values) == len(rows)
    for row in rows:
        key = (row["territory_level"], row["territory_code"])
        value = back.value(key, row["indicator_id"], row["vintage"])
        assert (value.value, value.status, value.source) == (
            row["value"], row["status"], row["source"]
        )  # fmt: skip


def test_mapping_and_file_errors(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        parse_mapping({"layout": "large", "territory": {"code": "c", "level": "commune"}}, "m.yaml")
    assert caught.value.message() == "m.yaml, key layout: 'large' is not one of: wide, long"
    with pytest.raises(SpecError, match="m.yaml, key territory: missing key level"):
        parse_mapping({"layout": "wide", "territory": {"code": "c"}, "columns": {}}, "m.yaml")
    data = tmp_path / "x.csv"
    data.write_text("c,v\n62041,12\n62041,13\n62001,douze\n", encoding="utf-8")
    mapping = parse_mapping(
        {"layout": "wide", "territory": {"code": "c", "level": "commune"},
         "columns": {"v": "pop@2021"}}
    )  # fmt: skip
    with pytest.raises(AulaError, match="x.csv, line 3: commune 62041, pop, vintage 2021 is "
                       "already given on line 2 with another value"):  # fmt: skip
        import_csv(data, mapping)
    data.write_text("c,v\n62001,douze\n", encoding="utf-8")
    with pytest.raises(AulaError, match="x.csv, line 2, column v: 'douze' is neither"):
        import_csv(data, mapping)
    mapping.columns[0] = type(mapping.columns[0])("w", "pop", "2021")
    with pytest.raises(AulaError, match="no column w"):
        import_csv(data, mapping)


def test_catalogue_header_matching() -> None:
    catalogue = load_catalogue()
    mapping = comparateur_mapping(
        ["CODGEO", "LIBGEO", "P20_POP", "MED21", "DECESD19", "autre"], catalogue, name="f.csv"
    )
    assert [(c.column, c.indicator, c.vintage) for c in mapping.columns] == [
        ("P20_POP", "population", "2020"),
        ("MED21", "revenu_median", "2021"),
        ("DECESD19", "deces", "2019"),
    ]
    assert mapping.indicators["revenu_median"].aggregation == NOT_AGGREGABLE
    with pytest.raises(AulaError, match="f.csv: no commune code column"):
        comparateur_mapping(["nom", "P20_POP"], catalogue, name="f.csv")


def test_the_territory_package_and_the_comparateur(repo_root: Path, comparateur: Path) -> None:
    package = read_package_territories(repo_root / "gpkg" / "aula_territoire.gpkg")
    lens = (COMMUNE, "62498")
    assert package.ancestors(lens) == [
        (EPCI, "246200364"), (SCOT, "scot_llhc"), (POLE, "pm_artois"), (AGENCY, "aula"),
        (DEPT, "62"),
    ]  # fmt: skip
    assert package.territory(EPCI, "246200364").label == "Communauté d'agglomération de Lens-Liévin"
    # the package's populations have no stated census year: vintage "", never a guessed year
    assert package.vintages("population") == [""]
    aggregate_to_parents(package)
    assert package.value((EPCI, "246200364"), "population", "").value == 241_934  # epci table
    view = evaluate_sheet(default_sheet(), package, lens)
    card = next(b for b in view.blocks() if b.id == "population")
    assert card.figure.vintage_text == "vintage not stated"
    # with the Pas-de-Calais comparateur on the package's links: the CC du Ternois has a member
    # in the Somme (Vitz-sur-Authie, 80810) without 2021 values, so its 2021 figures are flagged,
    # never the sum of its 102 Pas-de-Calais communes
    base = import_comparateur(comparateur).base
    base.merge(package)
    aggregate_to_parents(base)
    ternois = base.value((EPCI, "200069672"), "population", "2021")
    assert (ternois.status, ternois.value) == (MISSING, None)
    assert ternois.note == "non calculé : sur 103 membres (commune), 1 sans valeur"
    assert base.value((EPCI, "246200364"), "population", "2021").value == 242_587
