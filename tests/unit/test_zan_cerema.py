"""Parsing the Cerema NAF consumption file: every release layout, shapefile names, bad input,
negative values, checks C1, C2, C4, C5, C7 of ZAN.md §12, and the Villeneuve-d'Ascq oracle."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan import cerema_store
from aula_plugin.core.zan.cerema import (
    AnomalyKind,
    classify_columns,
    convert,
    parse_m2,
    validate_layout,
)
from aula_plugin.core.zan.consumption import reference_sum
from aula_plugin.core.zan.model import TOTAL, ConsumptionTable, reference_years

# open_wide reads through OGR with QGIS (a gis module): skipped where QGIS is absent
pytest.importorskip("qgis.core", reason="QGIS bindings: apt-get install python3-qgis")
from aula_plugin.gis.zan_cerema_io import open_wide  # noqa: E402


def _load_helpers():
    spec = importlib.util.spec_from_file_location(
        "_cerema_files", Path(__file__).with_name("_cerema_files.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


files = _load_helpers()


def parse(rows: list[dict], require_reference: bool = True):
    layout = classify_columns(list(rows[0]))
    validate_layout(layout, "test.csv", require_reference=require_reference)
    return convert(rows, layout, file="test.csv")


# -- Layouts (C4) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("release", "last_year", "destinations", "epci"),
    [
        ("2009-2020", 2019, ["act", "hab", "mix", "inc"], 2020),
        ("2009-2021", 2020, ["act", "hab", "mix", "rou", "fer", "inc"], 2020),
        ("2009-2022", 2021, ["act", "hab", "mix", "rou", "fer", "inc"], 2022),
        ("2009-2023", 2022, ["act", "hab", "mix", "rou", "fer", "inc"], 2023),
        ("2009-2024", 2023, ["act", "hab", "mix", "rou", "fer", "inc"], 2024),
        ("2009-2025", 2024, ["act", "hab", "mix", "rou", "fer", "inc"], 2025),
    ],
)
def test_every_release_layout(
    release: str, last_year: int, destinations: list[str], epci: int
) -> None:
    rows = files.wide_rows(release)
    layout = classify_columns(list(rows[0]))
    assert layout.release == release
    assert layout.last_year == last_year  # from the file, never hard-coded
    assert layout.destination_codes == destinations
    assert layout.epci_year == epci
    assert layout.surface_column.startswith("surfcom")
    # the 2009-2020 release lacks naf20art21: incomplete reference decade, fails loudly ...
    if release == "2009-2020":
        with pytest.raises(AulaError, match="2011-2020 is incomplete.*naf20art21"):
            validate_layout(layout, "f.csv")
    data = parse(rows, require_reference=release != "2009-2020")
    assert data.table.years == list(range(2009, last_year + 1))
    assert len(data.table.values) == 4
    # rou/fer absent from 2009-2020: absent (no key), not zero
    cell = data.table.values["62041"][2015]
    assert ("rou" in cell) == (release != "2009-2020")
    assert cell[TOTAL] == sum(v for d, v in cell.items() if d != TOTAL)
    assert data.c1.ok and data.c1.tested == 4 * (last_year - 2008)
    assert data.c2.ok and data.c2.tested > 0
    assert data.communes["2A004"].name == "Ajaccio"
    assert data.communes["62041"].epci == "200033579"
    assert data.communes["01001"].surface_m2 == 10_000_000  # first in sorted order


def test_windows_2009_2025_are_checked_not_annual() -> None:
    layout = classify_columns(files.columns("2009-2025"))
    assert (2021, 2024, TOTAL) in layout.windows  # naf21art25
    assert (2011, 2024, TOTAL) in layout.windows  # naf11art25
    assert 2024 in layout.annual and 2021 in layout.annual  # naf24art25, naf21art22 are annual
    data = parse(files.wide_rows("2009-2025"))
    # C2 tested: naf09art25 + 6 art09{d}25 + naf21art25 + naf11art25 = 9 windows × 4 communes
    assert data.c2.tested == 9 * 4 and data.c2.ok


def test_c2_naf11art21_matches_the_reference_sum() -> None:
    rows = files.wide_rows("2009-2022")
    data = parse(rows)
    for row in rows:
        assert reference_sum(data.table, [row["idcom"]]) == int(row["naf11art21"])


def test_c2_reports_a_window_that_disagrees() -> None:
    rows = files.wide_rows("2009-2022")
    rows[0]["naf11art21"] = str(int(rows[0]["naf11art21"]) + 5)
    data = parse(rows)
    assert [(f.insee, f.kind) for f in data.c2.failures] == [("01001", AnomalyKind.C2)]
    assert "naf11art21" in data.c2.failures[0].detail


def test_c1_exceptions_listed_not_fatal() -> None:
    # 62041, 2015: naf 50 while the destinations are given by value(); gap > 1 m² → listed
    # 62119, 2016: naf = Σ destinations + 1 → within the ± 1 m² tolerance
    rows0 = files.wide_rows("2009-2024")
    by = {r["idcom"]: r for r in rows0}
    s16 = sum(int(by["62119"]["art16{}17".format(d)]) for d in files.ALL_DESTINATIONS)
    rows = files.wide_rows(
        "2009-2024", overrides={("62041", 2015, "naf"): 50, ("62119", 2016, "naf"): s16 + 1}
    )
    data = parse(rows)
    failures = [(f.insee, f.year) for f in data.c1.failures]
    assert failures == [("62041", 2015)]
    assert data.table.values["62041"][2015][TOTAL] == 50  # kept as published


# -- Shapefile and re-publication ---------------------------------------------------------------


def test_upper_case_cut_shapefile(tmp_path: Path) -> None:
    rows = files.wide_rows("2009-2024")
    shp = files.write_shapefile(tmp_path / "obs_artif_conso_com_2009_2024.shp", rows)
    source = open_wide(str(shp))
    assert "SURFCOM202" in source.columns and "AAV2020_TY" in source.columns
    assert "IDCOM" in source.columns and "NAF23ART24" in source.columns
    layout = classify_columns(source.columns)
    assert layout.surface_column == "SURFCOM202"
    assert layout.epci_column == "EPCI24" and layout.epci_year == 2024
    validate_layout(layout, shp.name)
    data = convert(source.rows(), layout, file=shp.name)
    expected = parse(rows)
    assert data.table.values == expected.table.values
    assert data.communes["01001"].surface_m2 == 10_000_000
    assert "2A004" in data.table.values  # text code kept


def test_zipped_shapefile(tmp_path: Path) -> None:
    import zipfile

    rows = files.wide_rows("2009-2023")
    folder = tmp_path / "shp"
    folder.mkdir()
    files.write_shapefile(folder / "conso.shp", rows)
    archive = tmp_path / "obs_artif_conso_com_2009_2023.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in folder.iterdir():
            zf.write(part, part.name)
    source = open_wide(str(archive))
    data = convert(source.rows(), classify_columns(source.columns))
    assert data.layout.release == "2009-2023"
    assert data.table.values == parse(rows).table.values


def test_comma_separated_republication(tmp_path: Path) -> None:
    rows = files.wide_rows("2009-2024")
    semicolon = open_wide(str(files.write_csv(tmp_path / "a.csv", rows)))
    comma = open_wide(str(files.write_csv(tmp_path / "b.csv", rows, delimiter=",")))
    assert comma.columns == semicolon.columns and comma.count == 4
    a = convert(semicolon.rows(), classify_columns(semicolon.columns))
    b = convert(comma.rows(), classify_columns(comma.columns))
    assert a.table.values == b.table.values
    assert "01001" in b.table.values  # leading zero kept (read as text)


def test_upper_case_csv_header(tmp_path: Path) -> None:
    rows = [{k.upper(): v for k, v in r.items()} for r in files.wide_rows("2009-2022")]
    data = parse(rows)
    assert data.layout.release == "2009-2022"
    assert data.layout.surface_column == "SURFCOM2022"


# -- Bad input: clear messages, nothing converted --------------------------------------------------


def test_unrecognised_file_says_what_was_expected_and_found() -> None:
    layout = classify_columns(["code", "nom", "conso_2011", "conso_2012"])
    with pytest.raises(AulaError) as info:
        validate_layout(layout, "autre.csv")
    message = info.value.message()
    assert "idcom" in message and "naf{AA}art{AA+1}" in message
    assert "conso_2011" in message and "autre.csv" in message


def test_gap_in_annual_years_fails_loudly() -> None:
    rows = files.wide_rows("2009-2024")
    for r in rows:
        for key in [k for k in r if k.startswith("naf15art16") or k.startswith("art15")]:
            del r[key]
    layout = classify_columns(list(rows[0]))
    with pytest.raises(AulaError, match="gap: naf15art16 missing"):
        validate_layout(layout, "f.csv")


def test_missing_reference_year_column_fails() -> None:
    # a release starting in 2012 lacks naf11art12: C4, fail loudly
    rows = files.wide_rows("2009-2024")
    for r in rows:
        for key in [k for k in list(r) if k[3:5] in ("09", "10", "11") and k[:3] in ("naf", "art")]:
            if k_is_annual(key):
                del r[key]
    layout = classify_columns(list(rows[0]))
    with pytest.raises(AulaError, match="naf11art12"):
        validate_layout(layout, "f.csv")


def k_is_annual(name: str) -> bool:
    return int(name[-2:]) == int(name[3:5]) + 1


def test_decimal_values_are_refused_as_hectares() -> None:
    rows = files.wide_rows("2009-2024")
    rows[1]["art12hab13"] = "0.52"
    with pytest.raises(AulaError, match="not whole m².*art12hab13.*0.52.*hectares"):
        parse(rows)


def test_column_in_hectares_is_refused() -> None:
    # naf14art15 divided by 10 000 (hectares, rounded to whole numbers): totals 10⁴ times smaller
    rows = files.wide_rows("2009-2024")
    for r in rows:
        for key in ["naf14art15"] + ["art14{}15".format(d) for d in files.ALL_DESTINATIONS]:
            r[key] = str(round(int(r[key]) / 10_000))
        r["naf14art15"] = "1"
        r["art14act15"] = "1"
    with pytest.raises(AulaError, match="mixes units"):
        parse(rows)


def test_bad_commune_codes_listed_with_counts() -> None:
    rows = files.wide_rows("2009-2024")
    rows[0]["idcom"] = "1001"  # leading zero lost by a spreadsheet
    extra = dict(rows[1], idcom="1001")
    rows.append(extra)
    rows[2]["idcom"] = ""
    with pytest.raises(AulaError) as info:
        parse(rows)
    message = info.value.message()
    assert "3 commune code(s)" in message
    assert "1001 (×2)" in message and "∅ (×1)" in message


def test_text_that_is_not_a_number() -> None:
    rows = files.wide_rows("2009-2024")
    rows[0]["naf12art13"] = "n.d."
    with pytest.raises(AulaError, match="naf12art13.*01001.*n.d."):
        parse(rows)


def test_parse_m2() -> None:
    assert parse_m2("  1234 ") == 1234
    assert parse_m2("-15") == -15
    assert parse_m2("1234.0") == 1234
    assert parse_m2(12.0) == 12
    assert parse_m2("") is None
    assert parse_m2(None) is None


# -- Negative values (C5, §3.5) -----------------------------------------------------------------


def test_negative_values_kept_in_sums_and_flagged() -> None:
    # 62041, 2012: act = −300; naf of that year is recomputed by the builder as Σ destinations
    rows = files.wide_rows("2009-2024", overrides={("62041", 2012, "act"): -300})
    data = parse(rows)
    cell = data.table.values["62041"][2012]
    assert cell["act"] == -300
    expected_naf = sum(v for d, v in cell.items() if d != TOTAL)
    assert cell[TOTAL] == expected_naf
    negatives = [(a.insee, a.year, a.destination, a.m2) for a in data.negatives]
    assert ("62041", 2012, "act", -300) in negatives
    # the reference sum includes the −300 as published (not clipped)
    naf = [
        int(r["naf{:02d}art{:02d}".format(y - 2000, y - 1999)])
        for r in rows
        if r["idcom"] == "62041"
        for y in reference_years()
    ]
    assert reference_sum(data.table, ["62041"]) == sum(naf)


# -- Reference decade (C7) ----------------------------------------------------------------------


def test_reference_decade_is_exactly_ten_flows_without_naf21art22() -> None:
    assert list(reference_years()) == list(range(2011, 2021))
    assert len(reference_years()) == 10
    # a table where every flow is 1 m² except 2021 (naf21art22) = 1 000 000 m²
    table = ConsumptionTable()
    for year in range(2009, 2024):
        table.add("62041", year, TOTAL, 1_000_000 if year == 2021 else 1)
    # ten flows of 1 m²: 10; with naf21art22 it would be 1 000 010, with naf10art11 11
    assert reference_sum(table, ["62041"]) == 10
    assert table.reference(["62041"]) == 10


# -- Villeneuve-d'Ascq oracle (ZAN.md §12) ----------------------------------------------------

ACTIVITY = [87383, 87384, 4784, 87327, 5664, 41588, 12849, 865, 31531, 16830, 95791, 11732]
HOUSING = [32629, 32630, 2880, 1233, 15751, 47892, 3439, 3629, 27253, 937, 8801, 96016]


def test_villeneuve_d_ascq_oracle(tmp_path: Path) -> None:
    overrides = {}
    for i, year in enumerate(range(2009, 2021)):
        overrides[("59009", year, "act")] = ACTIVITY[i]
        overrides[("59009", year, "hab")] = HOUSING[i]
        for d in ("mix", "rou", "fer", "inc"):
            overrides[("59009", year, d)] = 0
    rows = files.wide_rows("2009-2021", {"59009": ("Villeneuve-d'Ascq", "200093201")}, overrides)
    source = open_wide(str(files.write_csv(tmp_path / "conso_2009_2021.csv", rows)))
    data = convert(source.rows(), classify_columns(source.columns))
    values = data.table.values["59009"]
    assert [values[y]["act"] for y in range(2009, 2021)] == ACTIVITY
    assert [values[y]["hab"] for y in range(2009, 2021)] == HOUSING
    table = data.table
    # Σ activity 2009..2020 = 87383 + 87384 + 4784 + 87327 + 5664 + 41588 + 12849 + 865 + 31531
    #   + 16830 + 95791 + 11732 = 483 728
    assert table.period_sum(["59009"], 2009, 2020, "act") == 483_728
    # Σ housing 2009..2020 = 32629 + 32630 + 2880 + 1233 + 15751 + 47892 + 3439 + 3629 + 27253
    #   + 937 + 8801 + 96016 = 273 090
    assert table.period_sum(["59009"], 2009, 2020, "hab") == 273_090
    # reference 2011..2020: activity 483 728 − 87 383 − 87 384 = 308 961;
    # housing 273 090 − 32 629 − 32 630 = 207 831; naf = 308 961 + 207 831 = 516 792
    assert table.period_sum(["59009"], 2011, 2020, "act") == 308_961
    assert table.period_sum(["59009"], 2011, 2020, "hab") == 207_831
    assert reference_sum(table, ["59009"]) == 516_792
    assert data.c2.ok  # naf11art21 = 516 792 too


# -- Writing into a GeoPackage --------------------------------------------------------------


def _empty_gpkg(path: Path) -> Path:
    ogr = pytest.importorskip("osgeo.ogr", reason="GDAL bindings: apt-get install python3-gdal")

    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    return path


def _record(data, source: str = "conso.csv") -> cerema_store.ImportRecord:
    return cerema_store.ImportRecord(
        release=data.layout.release,
        source_file=source,
        sha256="0" * 64,
        last_year=data.layout.last_year,
        cog_source=2024,
        cog_target=2024,
        communes=0,
        rows=0,
        anomalies=0,
    )


def test_store_writes_and_replaces_a_release(tmp_path: Path) -> None:
    gpkg = _empty_gpkg(tmp_path / "travail.gpkg")
    data = parse(files.wide_rows("2009-2024", overrides={("62041", 2012, "act"): -300}))
    anomalies = data.anomalies + data.c1.failures + data.c2.failures
    for _ in range(2):  # the second import replaces the first
        done = cerema_store.write_import(
            gpkg, data.table, data.communes.values(), anomalies, _record(data), 2024
        )
    # 4 communes × 15 years × (naf + 6 destinations) = 420 rows
    assert done.rows == 420 and done.communes == 4 and done.anomalies == 1
    con = sqlite3.connect(gpkg)
    assert con.execute("SELECT count(*) FROM zan_consommation").fetchone() == (420,)
    assert con.execute("SELECT count(*) FROM zan_consommation_imports").fetchone() == (1,)
    assert con.execute(
        "SELECT insee, annee, destination, surface_m2, kind FROM zan_consommation_anomalies"
    ).fetchall() == [("62041", 2012, "act", -300, "negative")]
    assert con.execute(
        "SELECT epci_fichier, epci_millesime FROM zan_communes_cerema WHERE insee = '62041'"
    ).fetchone() == ("200033579", 2024)
    kinds = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
    assert kinds["zan_consommation"] == "attributes"
    con.close()
    back, years = cerema_store.read_table(gpkg, "2009-2024")
    assert back.values == data.table.values and years == list(range(2009, 2024))
    sums, years = cerema_store.read_period_sums(gpkg, "2009-2024", 2011, 2020)
    assert years == list(range(2009, 2024))
    assert sums["62041"][TOTAL] == reference_sum(data.table, ["62041"])
    assert sums["62041"]["act"] == data.table.period_sum(["62041"], 2011, 2020, "act")
    # OGR sees the tables
    ogr = pytest.importorskip("osgeo.ogr", reason="GDAL bindings: apt-get install python3-gdal")

    ds = ogr.Open(str(gpkg))
    assert ds.GetLayerByName("zan_consommation").GetFeatureCount() == 420


def test_store_journals_hand_edits(tmp_path: Path) -> None:
    """An imported release is pristine until a row of it is inserted or updated by hand (in
    QGIS or any SQLite tool): then its readers check it row by row again; re-importing it
    makes it pristine again. Deleting rows cannot make a total count twice: not journalled."""
    gpkg = _empty_gpkg(tmp_path / "travail.gpkg")
    data = parse(files.wide_rows("2009-2024"))
    release = data.layout.release

    def write() -> None:
        cerema_store.write_import(gpkg, data.table, data.communes.values(), [], _record(data), 2024)

    def pristine(name: str = release) -> bool:
        con = sqlite3.connect(gpkg)
        try:
            return cerema_store.is_pristine(con, name)
        finally:
            con.close()

    write()
    assert pristine() and not pristine("2009-2023")  # a release never imported is not
    con = sqlite3.connect(gpkg)
    con.execute("DELETE FROM zan_consommation WHERE fid = 3")
    con.commit()
    assert pristine()
    con.execute(
        "INSERT INTO zan_consommation (insee, annee, destination, surface_m2, release) "
        "SELECT insee, annee, destination, surface_m2, release FROM zan_consommation LIMIT 1"
    )
    con.commit()
    assert not pristine()
    assert con.execute("SELECT release, change FROM zan_consommation_modifications").fetchall() == [
        (release, "insert")
    ]
    write()  # the re-import replaces the edited rows, and their journal
    assert pristine()
    con.execute(
        "UPDATE zan_consommation SET surface_m2 = surface_m2 + 1 "
        "WHERE fid = (SELECT min(fid) FROM zan_consommation)"
    )
    con.commit()
    assert not pristine()
    write()
    # a row moved to another release: both releases are journalled
    con.execute(
        "UPDATE zan_consommation SET release = 'autre' "
        "WHERE fid = (SELECT max(fid) FROM zan_consommation)"
    )
    con.commit()
    assert not pristine() and not pristine("autre")
    write()
    # triggers dropped (or altered) by hand: the journal can no longer be trusted
    con.execute("DROP TRIGGER zan_consommation_insert")
    con.commit()
    assert not pristine()
    write()  # puts them back; the other release's history is now unknown
    assert pristine() and not pristine("autre")
    assert ("autre", "unknown") in con.execute(
        "SELECT release, change FROM zan_consommation_modifications"
    ).fetchall()
    con.close()


def test_store_table_of_an_older_version_is_not_trusted(tmp_path: Path) -> None:
    """A long table written before the journal existed: the release imported now is pristine,
    the others (whose history is unknown) are read with the full check."""
    gpkg = _empty_gpkg(tmp_path / "travail.gpkg")
    con = sqlite3.connect(gpkg)
    con.execute(
        "CREATE TABLE zan_consommation (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
        "insee TEXT(5) NOT NULL, annee MEDIUMINT NOT NULL, destination TEXT(3) NOT NULL, "
        "surface_m2 INTEGER, release TEXT NOT NULL, source TEXT)"
    )
    con.execute(
        "INSERT INTO zan_consommation (insee, annee, destination, surface_m2, release) "
        "VALUES ('62041', 2012, 'naf', 10, '2009-2022')"
    )
    con.commit()
    data = parse(files.wide_rows("2009-2024"))
    cerema_store.write_import(gpkg, data.table, data.communes.values(), [], _record(data), 2024)
    assert cerema_store.is_pristine(con, data.layout.release)
    assert not cerema_store.is_pristine(con, "2009-2022")
    con.close()


def test_store_refuses_the_template_and_plugin_folder(tmp_path: Path) -> None:
    plugin = tmp_path / "aula_plugin"
    (plugin / "gpkg").mkdir(parents=True)
    template = _empty_gpkg(plugin / "gpkg" / "aula_territoire.gpkg")
    other = _empty_gpkg(plugin / "autre.gpkg")
    for target in (template, other):
        with pytest.raises(AulaError, match="open the territory project"):
            cerema_store.check_destination(target, template, plugin)
    cerema_store.check_destination(_empty_gpkg(tmp_path / "ok.gpkg"), template, plugin)
    not_gpkg = tmp_path / "x.gpkg"
    not_gpkg.write_text("hello")
    with pytest.raises(AulaError, match="not a GeoPackage"):
        cerema_store.check_destination(not_gpkg, template, plugin)


def test_store_locked_gpkg_writes_nothing(tmp_path: Path) -> None:
    gpkg = _empty_gpkg(tmp_path / "travail.gpkg")
    data = parse(files.wide_rows("2009-2024"))
    holder = sqlite3.connect(gpkg, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(AulaError, match="locked"):
            cerema_store.write_import(
                gpkg, data.table, data.communes.values(), [], _record(data), 2024
            )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    con = sqlite3.connect(gpkg)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert "zan_consommation" not in names


def test_store_cancel_rolls_back(tmp_path: Path) -> None:
    from aula_plugin.core.errors import Cancelled

    gpkg = _empty_gpkg(tmp_path / "travail.gpkg")
    first = parse(files.wide_rows("2009-2024"))
    cerema_store.write_import(gpkg, first.table, first.communes.values(), [], _record(first), 24)
    with pytest.raises(Cancelled):
        cerema_store.write_import(
            gpkg,
            first.table,
            first.communes.values(),
            [],
            _record(first),
            24,
            is_canceled=lambda: True,
        )
    con = sqlite3.connect(gpkg)
    # the earlier import is intact: the cancelled replacement left nothing half-done
    assert con.execute("SELECT count(*) FROM zan_consommation").fetchone() == (420,)


# -- the import's code checks and log notes (core.zan.cerema) -------------------------------------


def test_check_listed_codes() -> None:
    from aula_plugin.core.zan.cerema import check_listed_codes

    where = {"file": "f.csv", "layer": "communes", "field": "insee"}
    check_listed_codes(["62001", "62002"], {"62001", "62002"}, False, **where)
    check_listed_codes(["62001", "62002"], {"62001"}, True, **where)
    with pytest.raises(AulaError) as bad:
        check_listed_codes(["62001"], {"62001", "6200"}, False, **where)
    assert str(bad.value) == "communes: 1 value(s) of field insee are not INSEE codes: 6200"
    with pytest.raises(AulaError) as missing:
        check_listed_codes(["62001"], {"62001", "62002"}, True, **where)
    assert "1 commune(s) of communes are missing from the file" in str(missing.value)
    assert str(missing.value).endswith("62002. Nothing was written")
    with pytest.raises(AulaError) as unknown:
        check_listed_codes(["62001", "62002", "59009"], {"62001"}, False, **where)
    assert "(by département: 59 ×1, 62 ×1): 59009, 62002. Nothing was written" in str(unknown.value)


def test_keep_listed_and_notes() -> None:
    from aula_plugin.core.zan.cerema import (
        Anomaly,
        CommuneInfo,
        anomaly_notes,
        keep_listed,
        layout_notes,
    )

    data = parse(files.wide_rows("2009-2024"))
    codes = sorted(data.table.values)
    communes = {insee: CommuneInfo(insee) for insee in codes}
    note = keep_listed(data.table, communes, {codes[-1]})
    assert note.message() == "{} commune(s) of the file outside the commune layer left out".format(
        len(codes) - 1
    )
    assert list(data.table.values) == [codes[-1]] and list(communes) == [codes[-1]]

    notes = layout_notes(data.layout, "f.csv", 2)
    assert notes[0].message().startswith("f.csv: release 2009-2024, 2 commune(s), destinations")
    assert not notes[0].warning and len(notes) == 1
    (incomplete,) = layout_notes(parse(files.wide_rows("2009-2020"), False).layout, "f", 1)[1:]
    assert incomplete.warning and "reference decade 2011-2020" in incomplete.message()

    negative = Anomaly("62002", 2015, "act", -3, AnomalyKind.NEGATIVE, "art15act16")
    messages = [(n.warning, n.message()) for n in anomaly_notes(data, [negative], "f.csv")]
    assert messages[0] == (
        True,
        "f.csv: 1 negative annual value(s), kept as published (not clipped) and listed in "
        "zan_consommation_anomalies, e.g. 62002 2015 act -3 m²",
    )
    assert messages[1][1].startswith("Check C1 (naf = Σ destinations ± 1 m²): ")
    assert messages[2][1].startswith("Check C2 (annual flows = windows): ")
