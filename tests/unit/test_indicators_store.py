"""The indicator base in a GeoPackage (core/indicators/store.py): round trip, atomicity."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError, Cancelled
from aula_plugin.core.indicators.model import (
    COMMUNE,
    EPCI,
    ESTIMATED,
    MISSING,
    OK,
    RATIO_OF_SUMS,
    SECRET,
    Indicator,
    IndicatorBase,
    Territory,
    TerritoryLink,
    Value,
)
from aula_plugin.core.indicators.store import (
    TABLES,
    create_geopackage,
    has_indicator_tables,
    read_base,
    write_base,
)


def sample() -> IndicatorBase:
    base = IndicatorBase()
    base.add_territory(Territory(COMMUNE, "02604", "Commune à zéro", "COG 2024"))
    base.add_territory(Territory(EPCI, "200071074", "CC test", "COG 2024"))
    base.add_link(TerritoryLink(COMMUNE, "02604", EPCI, "200071074", "COG 2024"))
    base.add_indicator(Indicator("pop", "Population", "hab.", "déf.", "INSEE RP"))
    base.add_indicator(Indicator("chom", "Chômeurs"))
    base.add_indicator(
        Indicator("taux", "Taux", "%", aggregation=RATIO_OF_SUMS, numerator="chom",
                  denominator="pop", factor=100, decimals=1)
    )  # fmt: skip
    base.add_values(
        [
            Value(COMMUNE, "02604", "pop", "2021", 1939, OK, "INSEE RP"),
            Value(COMMUNE, "02604", "pop", "", 1772, OK, "paquet", ""),  # vintage not stated
            Value(COMMUNE, "02604", "chom", "2021", None, SECRET, "INSEE"),
            Value(COMMUNE, "02604", "taux", "2021", 12.25, ESTIMATED, "calcul"),
            Value(EPCI, "200071074", "pop", "2021", 0, OK, "INSEE"),  # a true zero
            Value(EPCI, "200071074", "chom", "2021", None, MISSING, "calcul", "non calculé"),
        ]
    )
    return base


def same(a: IndicatorBase, b: IndicatorBase) -> None:
    assert a.territories == b.territories
    assert sorted(a.links, key=repr) == sorted(b.links, key=repr)
    assert a.indicators == b.indicators
    assert a.values == b.values
    for key, value in a.values.items():
        assert type(b.values[key].value) is type(value.value)  # counts stay ints


@pytest.fixture
def copy_of_package(repo_root: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "travail.gpkg"
    shutil.copyfile(repo_root / "gpkg" / "aula_territoire.gpkg", copy)
    return copy


def test_round_trip_in_the_territory_package(copy_of_package: Path) -> None:
    counts = write_base(copy_of_package, sample(), lineage="test")
    assert counts == {"ind_territory": 2, "ind_territory_link": 1, "ind_indicator": 3,
                      "ind_value": 6}  # fmt: skip
    same(sample(), read_base(copy_of_package))
    with sqlite3.connect(copy_of_package) as con:
        kinds = dict(
            con.execute(
                "SELECT table_name, data_type FROM gpkg_contents WHERE table_name LIKE 'ind_%'"
            ).fetchall()
        )
        rows = con.execute(
            "SELECT vintage, value, status FROM ind_value WHERE indicator_id = 'chom' "
            "ORDER BY territory_level"
        ).fetchall()
        provenance = con.execute(
            "SELECT count(*) FROM aula_provenance WHERE layer LIKE 'ind_%'"
        ).fetchone()[0]
        communes = con.execute("SELECT count(*) FROM commune").fetchone()[0]
        vintages = con.execute("SELECT count(*) FROM ind_value WHERE vintage IS NULL").fetchone()
    assert kinds == dict.fromkeys(TABLES, "attributes")
    assert rows == [("2021", None, SECRET), ("2021", None, MISSING)]  # NULL, never 0
    assert vintages == (1,)  # the unknown vintage is NULL, not a made-up year
    assert provenance == 4
    assert communes == 319  # the package's layers are untouched


def test_replace_and_merge(copy_of_package: Path) -> None:
    write_base(copy_of_package, sample())
    extra = IndicatorBase()
    extra.add_indicator(Indicator("pop", "Population", "hab."))
    extra.add_value(Value(COMMUNE, "02604", "pop", "2021", 1940, OK, "INSEE RP"))
    extra.add_value(Value(COMMUNE, "62041", "pop", "2021", 42600, OK, "INSEE RP"))
    write_base(copy_of_package, extra, replace=False)
    merged = read_base(copy_of_package)
    assert merged.value((COMMUNE, "02604"), "pop", "2021").value == 1940
    assert merged.value((COMMUNE, "02604"), "pop", "").value == 1772  # kept
    assert len(merged.values) == 7 and "taux" in merged.indicators
    write_base(copy_of_package, extra)  # replace
    assert len(read_base(copy_of_package).values) == 2


def test_a_cancel_leaves_the_file_as_it_was(copy_of_package: Path) -> None:
    write_base(copy_of_package, sample())
    before = copy_of_package.read_bytes()
    calls = []

    def cancel_late() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        write_base(copy_of_package, IndicatorBase(), is_canceled=cancel_late)
    assert copy_of_package.read_bytes() == before
    same(sample(), read_base(copy_of_package))


def test_a_new_geopackage(tmp_path: Path) -> None:
    path = tmp_path / "indicateurs.gpkg"
    create_geopackage(path)
    assert not has_indicator_tables(path)
    write_base(path, sample())
    assert has_indicator_tables(path)
    same(sample(), read_base(path))
    ogr = pytest.importorskip("osgeo.ogr", reason="GDAL bindings: apt-get install python3-gdal")
    source = ogr.Open(str(path))
    assert source is not None and source.GetDriver().GetName() == "GPKG"
    names = sorted(source.GetLayer(i).GetName() for i in range(source.GetLayerCount()))
    assert names == sorted(TABLES)
    assert source.GetLayerByName("ind_value").GetFeatureCount() == 6


def test_refusals(tmp_path: Path) -> None:
    text = tmp_path / "pas_un.gpkg"
    text.write_text("bonjour", encoding="utf-8")
    with pytest.raises(AulaError, match="not a GeoPackage"):
        write_base(text, sample())
    with pytest.raises(AulaError, match="does not exist"):
        write_base(tmp_path / "absent.gpkg", sample())
    empty = tmp_path / "vide.gpkg"
    create_geopackage(empty)
    with pytest.raises(AulaError, match="no indicator tables"):
        read_base(empty)
