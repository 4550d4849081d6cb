"""aula:importindicators in real headless QGIS, on the real INSEE comparateur base of the 62.

The base (`../shared/data/insee/comparateur_communes_62.csv`, June 2024, COG 2024) is read in
place and imported into a copy of the territory GeoPackage (COG 2025). Expected figures are
read from the CSV itself, the merged commune's by hand below.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

ALG = "aula:importindicators"
COMPARATEUR = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "insee"
    / ("comparateur_communes_62.csv")
)
HESDIN_LA_FORET = "62447"
#: COG 2024 communes merged on 1 January 2025 into Hesdin-la-Forêt (62447, Hesdin's code)
HESDIN_PARTS = ("62447", "62461", "62549", "62743")  # Hesdin, Huby-Saint-Leu, Marconne, S.-A.
CABBALR = "200072460"
VITZ = "80810"  # Vitz-sur-Authie (Somme), commune of the CC du Ternois: not in a file of the 62
CC_TERNOIS = "200069672"


@pytest.fixture(scope="module")
def comparateur() -> Path:
    if not COMPARATEUR.is_file():
        pytest.fail(f"{COMPARATEUR} is missing (shared real data)")
    return COMPARATEUR


@pytest.fixture(scope="module")
def rows(comparateur: Path) -> dict[str, dict[str, str]]:
    with comparateur.open(encoding="utf-8", newline="") as handle:
        return {row["insee_com"]: row for row in csv.DictReader(handle)}


@pytest.fixture
def target(territory_gpkg: Path, tmp_path: Path) -> Path:
    path = tmp_path / "travail" / "aula_territoire.gpkg"
    path.parent.mkdir()
    shutil.copy(territory_gpkg, path)
    os.chmod(path, 0o644)
    return path


def _values(gpkg: Path, level: str, code: str) -> dict[tuple[str, str | None], tuple]:
    """(indicator, vintage) -> (value, status, note)."""
    with sqlite3.connect(f"{gpkg.as_uri()}?mode=ro", uri=True) as con:
        found = con.execute(
            "SELECT indicator_id, vintage, value, status, note FROM ind_value "
            "WHERE territory_level = ? AND territory_code = ?",
            (level, code),
        ).fetchall()
    return {(ident, vintage): tuple(rest) for ident, vintage, *rest in found}


def _dump(gpkg: Path) -> list[tuple]:
    with sqlite3.connect(f"{gpkg.as_uri()}?mode=ro", uri=True) as con:
        return sorted(
            con.execute(
                "SELECT territory_level, territory_code, indicator_id, vintage, value, status, "
                "source, note FROM ind_value"
            ).fetchall(),
            key=repr,
        )


def test_comparateur_into_the_package(
    provider: Any, run_alg: Any, comparateur: Path, rows: dict, target: Path
) -> None:
    results = run_alg(ALG, {"INPUT": str(comparateur), "TARGET": str(target), "MODE": 0})
    with sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True) as con:
        package = [r[0] for r in con.execute("SELECT insee FROM commune ORDER BY insee")]
        written = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT territory_code FROM ind_value WHERE territory_level = 'commune' "
                "AND vintage = '2021'"
            )
        }
    # the 318 communes of the package in the 62; Vitz-sur-Authie (Somme) missing from the file
    assert written == set(package) - {VITZ}
    assert results["COMMUNES"] == 318 and results["MISSING"] == 1
    # 891 lines, Saint-Augustin twice, Hesdin-la-Forêt's four former communes counted as one
    assert results["OUTSIDE"] == 890 - 3 - 318
    assert not set(HESDIN_PARTS[1:]) & written

    # a commune kept as it is in the file
    bethune = _values(target, "commune", "62119")
    assert bethune[("population", "2021")][0] == int(rows["62119"]["population_2021"])

    # Hesdin-la-Forêt = Hesdin + Huby-Saint-Leu + Marconne + Sainte-Austreberthe of the file:
    # population 2021: 2222 + 855 + 1061 + 371 = 4509; 2015: 2213 + 902 + 1122 + 411 = 4648;
    # unemployed 194 + 45 + 66 + 11 = 316 over active 774 + 290 + 409 + 151 = 1624 -> 19.46 %
    assert sum(int(rows[c]["population_2021"]) for c in HESDIN_PARTS) == 4509
    hesdin = _values(target, "commune", HESDIN_LA_FORET)
    assert hesdin[("population", "2021")][:2] == (4509, "ok")
    assert hesdin[("population", "2015")][0] == 4648
    assert hesdin[("chomeurs_15_64", "2021")][0] == 316
    assert hesdin[("actifs_15_64", "2021")][0] == 1624
    assert hesdin[("taux_chomage_15_64", "2021")][0] == pytest.approx(316 / 1624 * 100)
    assert "Marconne" in hesdin[("population", "2021")][2]

    # the EPCI's unemployment rate is Σ unemployed / Σ active of its communes, not a mean of rates
    with sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True) as con:
        members = [
            r[0] for r in con.execute("SELECT insee FROM commune WHERE epci_siren = ?", (CABBALR,))
        ]
    unemployed = sum(int(rows[c]["pop_15_64_chomage_2021"]) for c in members)
    active = sum(int(rows[c]["pop_15_64_active_2021"]) for c in members)
    mean = (
        sum(
            int(rows[c]["pop_15_64_chomage_2021"]) / int(rows[c]["pop_15_64_active_2021"])
            for c in members
        )
        / len(members)
        * 100
    )
    epci = _values(target, "epci", CABBALR)
    rate = epci[("taux_chomage_15_64", "2021")][0]
    assert rate == pytest.approx(unemployed / active * 100)
    assert abs(rate - mean) > 0.1
    assert epci[("chomeurs_15_64", "2021")][0] == unemployed

    # an EPCI with a commune the file lacks is not computed (never a partial sum)
    ternois = _values(target, "epci", CC_TERNOIS)
    assert ternois[("population", "2021")][:2] == (None, "missing")
    # the département from all the communes of the file (Saint-Augustin once)
    dept = _values(target, "dept", "62")
    total = sum(int(r["population_2021"]) for r in rows.values())
    assert dept[("population", "2021")][0] == total
    # replace mode: no synthetic demonstration value left
    assert not [r for r in _dump(target) if "synthétiques" in (r[6] or "")]


def test_merge_twice_is_idempotent(
    provider: Any, run_alg: Any, comparateur: Path, target: Path
) -> None:
    run_alg(ALG, {"INPUT": str(comparateur), "TARGET": str(target), "MODE": 1})
    first = _dump(target)
    # the synthetic demonstration values of the indicators the file brings are gone
    assert not [r for r in first if r[2] == "menages" and "synthétiques" in (r[6] or "")]
    run_alg(ALG, {"INPUT": str(comparateur), "TARGET": str(target), "MODE": 1})
    assert _dump(target) == first


def test_medians_of_merged_communes_are_missing(
    provider: Any, run_alg: Any, comparateur: Path, target: Path, tmp_path: Path
) -> None:
    """A comparateur file with a median income column (MED21): the merged commune's median is
    missing with a note, never a sum or a mean; a commune kept as is keeps its median."""
    with_median = tmp_path / "comparateur_med.csv"
    with comparateur.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    table[0].append("MED21")
    for row in table[1:]:
        row.append(str(20000 + int(row[0][2:])))  # one figure per commune (62691 twice)
    with with_median.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(table)
    run_alg(ALG, {"INPUT": str(with_median), "TARGET": str(target), "MODE": 0})
    hesdin = _values(target, "commune", HESDIN_LA_FORET)
    value, status, note = hesdin[("revenu_median", "2021")]
    assert (value, status) == (None, "missing")
    assert "médiane" in note
    assert _values(target, "commune", "62119")[("revenu_median", "2021")][1] == "ok"
    assert ("revenu_median", "2021") not in _values(target, "epci", CABBALR)


def test_mapped_long_csv(provider: Any, run_alg: Any, target: Path, tmp_path: Path) -> None:
    source = tmp_path / "long.csv"
    source.write_text(
        "code;indicateur;annee;valeur\n62119;logements;2020;12000\n62498;logements;2020;s\n"
        "59350;logements;2020;100000\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "long.yaml"
    mapping.write_text(
        "layout: long\nterritory: {code: code, level: commune}\nsource: Test\n"
        "long: {indicator: indicateur, vintage: annee, value: valeur}\n"
        "indicators:\n  logements: {label: Logements, aggregation: sum}\n",
        encoding="utf-8",
    )
    results = run_alg(
        ALG, {"INPUT": str(source), "MAPPING": str(mapping), "TARGET": str(target), "MODE": 1}
    )
    assert results["COMMUNES"] == 2 and results["OUTSIDE"] == 1
    assert _values(target, "commune", "62119")[("logements", "2020")][:2] == (12000, "ok")
    assert _values(target, "commune", "62498")[("logements", "2020")][:2] == (None, "secret")
    # merge: the package's own figures are kept
    assert _values(target, "commune", "62119")[("population", None)][1] == "ok"


# -- bad input, through qgis_process under a French locale ---------------------------------------


def _sha(path: Path) -> bytes:
    return path.read_bytes()


def test_bad_input_nothing_written(
    bad_input: Any, comparateur: Path, target: Path, tmp_path: Path, territory_gpkg: Path
) -> None:
    template = _sha(territory_gpkg)
    bad_input.refused(ALG, "livré avec l'extension", INPUT=comparateur, TARGET=territory_gpkg)
    assert _sha(territory_gpkg) == template
    before = _sha(target)
    unknown = tmp_path / "autre.csv"
    unknown.write_text("code,valeur\n62119,3\n", encoding="utf-8")
    bad_input.refused(ALG, "donnez un fichier de correspondance", INPUT=unknown, TARGET=target)
    binary = tmp_path / "binaire.csv"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    bad_input.refused(ALG, "binaire.csv", INPUT=binary, TARGET=target)
    mapping = tmp_path / "faux.yaml"
    mapping.write_text("layout: large\nterritory: {code: code, level: commune}\n", "utf-8")
    bad_input.refused(ALG, "faux.yaml", INPUT=unknown, MAPPING=mapping, TARGET=target)
    assert _sha(target) == before

    not_package = tmp_path / "vide.gpkg"
    from osgeo import ogr

    ogr.GetDriverByName("GPKG").CreateDataSource(str(not_package))
    bad_input.refused(
        ALG, "pas un GeoPackage de territoire AULA", INPUT=comparateur, TARGET=not_package
    )

    os.chmod(target, 0o444)
    try:
        bad_input.refused(ALG, "lecture seule", INPUT=comparateur, TARGET=target)
    finally:
        os.chmod(target, 0o644)
    assert _sha(target) == before


def test_locked_target_nothing_written(
    provider: Any, run_alg: Any, comparateur: Path, target: Path
) -> None:
    from qgis.core import QgsProcessingException

    before = _sha(target)
    con = sqlite3.connect(str(target))
    con.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(QgsProcessingException, match="lock|verrou"):
            run_alg(ALG, {"INPUT": str(comparateur), "TARGET": str(target), "MODE": 0})
    finally:
        con.rollback()
        con.close()
    assert _sha(target) == before
