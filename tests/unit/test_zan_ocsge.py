"""OCS GE core: nomenclature guard, raw matrix, imperméabilisation, millésime index, arithmetic."""

from __future__ import annotations

import numpy as np
import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan import ocsge
from aula_plugin.core.zan.ocsge import (
    COMPLETE_NOT_UNIFORM,
    COMPLETE_UNIFORM,
    NONE,
    PARTIAL,
    TAG_OCS2D,
    TAG_OCSGE,
    MillesimeIndex,
)


@pytest.fixture(scope="module")
def nomenclature() -> ocsge.Nomenclature:
    return ocsge.load_nomenclature()


@pytest.fixture(scope="module")
def matrix() -> ocsge.ArtifMatrix:
    return ocsge.load_matrix()


# -- Schema ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "tag"),
    [
        (["fid", "code_cs", "code_us", "millesime", "artif", "crit_seuil"], TAG_OCSGE),
        (["ID", "CODE_CS", "CODE_US", "MILLESIME"], TAG_OCSGE),
        (["couverture", "usage"], TAG_OCSGE),
        (["id", "cs05", "us05", "cs21", "us21", "cs24", "us24"], TAG_OCS2D),
        (["id", "nom"], None),
    ],
)
def test_detect_tag(fields: list[str], tag: str | None) -> None:
    assert ocsge.detect_tag(fields) == tag


def test_field_variants_normalised() -> None:
    assert ocsge.field_map(["CODE_CS", "Code_Us", "ARTIF", "Millesime"]) == {
        "code_cs": "CODE_CS",
        "code_us": "Code_Us",
        "artif": "ARTIF",
        "millesime": "Millesime",
    }
    assert ocsge.field_map(["couverture", "usage"]) == {"code_cs": "couverture", "code_us": "usage"}
    # IGN's typo in difference products
    assert ocsge.normalise_name("CS_DIIF_2021") == "cs_diff_2021"


def test_ocs2d_schema_refused_with_explanation() -> None:
    with pytest.raises(AulaError, match="OCS2D") as info:
        ocsge.check_ocsge_schema(["id", "cs21", "us21", "cs24", "us24"], "ocs2d_hdf_2024")
    assert "ocs2d_hdf_2024" in str(info.value)
    with pytest.raises(AulaError, match="no OCS GE code fields"):
        ocsge.check_ocsge_schema(["id", "nom"], "communes")


def test_mixing_tags_raises_c26() -> None:
    assert ocsge.check_single_tag({"a": TAG_OCSGE, "b": TAG_OCSGE}) == TAG_OCSGE
    with pytest.raises(AulaError, match="different nomenclatures") as info:
        ocsge.check_single_tag({"ocsge_2021": TAG_OCSGE, "ocs2d": TAG_OCS2D})
    assert "ocs2d = ocs2d_hdf" in str(info.value)


# -- Nomenclature ---------------------------------------------------------------------------------


def test_shipped_nomenclature_equals_the_reference_lists(shared_data, nomenclature) -> None:
    """The shipped list is sparte's couverture/usage seeds, read in place by the same loader."""
    zan = shared_data / "zan"
    reference = ocsge.load_sparte_nomenclature(
        zan / "ocsge_couverture_cs.csv", zan / "ocsge_usage_us.csv"
    )
    assert reference.cs == nomenclature.cs
    assert reference.us == nomenclature.us
    assert len(reference.cs) == 23 and len(reference.us) == 24
    assert reference.cs["CS1.1.1.1"] == "#ff377a"


def test_codes_validated_against_reference(shared_data) -> None:
    zan = shared_data / "zan"
    reference = ocsge.load_sparte_nomenclature(
        zan / "ocsge_couverture_cs.csv", zan / "ocsge_usage_us.csv"
    )
    ocsge.validate_codes(["CS1.1.1.1", "CS2.2.1", None], "cs", reference, "l", "code_cs")
    ocsge.validate_codes(["US235", "US4.1.1", "US6.6"], "us", reference, "l", "code_us")
    with pytest.raises(AulaError, match="not OCS GE v2 codes") as info:
        ocsge.validate_codes(["CS1.1.1.1", "CS9.9"], "cs", reference, "ocs", "code_cs")
    assert "ocs: field code_cs" in str(info.value) and "CS9.9" in str(info.value)


@pytest.mark.parametrize(("code", "kind"), [("CS6.3.0", "cs"), ("US5.2.1", "us"), ("US7", "us")])
def test_ocs2d_codes_rejected_c16(nomenclature, code: str, kind: str) -> None:
    with pytest.raises(AulaError, match="OCS2D") as info:
        ocsge.validate_codes([code], kind, nomenclature, "layer", "code_" + kind)
    assert code in str(info.value)


def test_clean_code() -> None:
    assert ocsge.clean_code(" cs1.1.1.1 ", "CS") == "CS1.1.1.1"
    assert ocsge.clean_code("1.1.2.1", "CS") == "CS1.1.2.1"
    assert ocsge.clean_code("235", "US") == "US235"
    assert ocsge.clean_code(None, "US") is None and ocsge.clean_code("  ", "US") is None


def test_parse_artif() -> None:
    assert ocsge.parse_artif("artif", "l") is True
    assert ocsge.parse_artif("non artif", "l") is False
    assert ocsge.parse_artif(" Non Artif ", "l") is False
    with pytest.raises(AulaError, match="neither 'artif'"):
        ocsge.parse_artif("peut-être", "l")


# -- Raw matrix (ZAN.md §4.3) ---------------------------------------------------------------------

TRANSPORT = ["US4.1.1", "US4.1.2", "US4.1.3", "US4.1.4", "US4.1.5"]
ARTIF_USES_ON_GRASS = ["US2", "US3", "US5", "US235", *TRANSPORT, "US4.2", "US4.3", "US6.1", "US6.2"]
ALL_US = ["US1.1", "US1.2", "US1.3", "US1.4", "US1.5", *ARTIF_USES_ON_GRASS, "US6.3", "US6.6"]


def test_matrix_source_and_version(matrix) -> None:
    assert matrix.version == "2023-1096/v1"
    text = ocsge.MATRIX_CSV.read_text(encoding="utf-8")
    assert "2023-1096" in text and "R.101-1" in text


@pytest.mark.parametrize("cs", ["CS1.1.1.1", "CS1.1.1.2", "CS1.1.2.2"])
def test_matrix_always_artif_covers(matrix, cs: str) -> None:
    assert all(matrix.is_artif(cs, us) for us in ALL_US)


def test_matrix_mineral_unless_extraction(matrix) -> None:
    assert not matrix.is_artif("CS1.1.2.1", "US1.3")  # active quarry: 6°
    assert all(matrix.is_artif("CS1.1.2.1", us) for us in ALL_US if us != "US1.3")


@pytest.mark.parametrize("cs", ["CS2.2.1", "CS2.2.2"])
def test_matrix_grass_only_with_listed_uses(matrix, cs: str) -> None:
    for us in ALL_US:
        assert matrix.is_artif(cs, us) == (us in ARTIF_USES_ON_GRASS), (cs, us)


@pytest.mark.parametrize(
    "cs",
    ["CS1.2.1", "CS1.2.2", "CS1.2.3", "CS2.1.1.1", "CS2.1.1.2", "CS2.1.1.3", "CS2.1.2", "CS2.1.3"],
)
def test_matrix_other_covers_never_artif(matrix, cs: str) -> None:
    """Bare soil, water, woods, shrubs: not artificialised whatever the use (6° to 10°)."""
    assert not any(matrix.is_artif(cs, us) for us in ALL_US)


def test_matrix_classify_vectorised(matrix) -> None:
    cs = ["CS1.1.1.1", "CS2.2.1", "CS2.2.1", "CS1.1.2.1", "CS2.1.1.1"]
    us = ["US1.1", "US5", "US1.1", "US1.3", "US5"]
    assert matrix.classify(cs, us).tolist() == [True, True, False, False, False]


def test_sealed_subset_of_artificialised_c20(matrix) -> None:
    covers = list(ocsge.load_nomenclature().cs)
    for cs in covers:
        for us in ALL_US:
            if ocsge.is_sealed([cs])[0]:
                assert matrix.is_artif(cs, us)
    assert ocsge.is_sealed(["CS1.1.1.1", "CS1.1.1.2", "CS1.1.2.1", None]).tolist() == [
        True,
        True,
        False,
        False,
    ]


# -- Millésimes -----------------------------------------------------------------------------------


def test_departement_and_years() -> None:
    assert ocsge.departement("62041") == "62"
    assert ocsge.departement("80810") == "80"
    assert ocsge.departement("97105") == "971"
    assert ocsge.parse_year("2021-01-01", "l") == 2021
    assert ocsge.parse_year(2018, "l") == 2018
    assert ocsge.year_from_name("ocsge_synthetique_2017", "l") == 2017
    with pytest.raises(AulaError, match="not a year"):
        ocsge.parse_year("inconnu", "l")
    with pytest.raises(AulaError, match="no millésime"):
        ocsge.year_from_name("occupation_sol", "l")


def test_millesime_index_62_80_c21() -> None:
    index = MillesimeIndex()
    for dep, year in [("62", 2021), ("62", 2018), ("80", 2017), ("80", 2021), ("62", 2018)]:
        index.add(dep, year)
    assert index.years == {"62": [2018, 2021], "80": [2017, 2021]}
    assert index.pairs("62") == [(2018, 2021)]
    assert index.pairs("80") == [(2017, 2021)]
    # CC des 7 Vallées: communes of 62 and Vitz-sur-Authie (80)
    assert index.coverage(["62", "80"]) == COMPLETE_NOT_UNIFORM
    assert index.coverage(["62"]) == COMPLETE_UNIFORM
    assert index.coverage(["62", "59"]) == PARTIAL
    assert index.coverage(["59"]) == NONE


# -- Arithmetic -----------------------------------------------------------------------------------


def test_stock_per_commune() -> None:
    # pieces: commune 0 has 100 m² artif+sealed and 300 m² not; commune 1 has 50 m² artif unsealed
    index = np.array([0, 0, 1])
    area = np.array([100.0, 300.0, 50.0])
    artif = np.array([True, False, True])
    sealed = np.array([True, False, False])
    result = ocsge.stock(index, area, artif, sealed, 3)
    assert result.area_m2.tolist() == [400.0, 50.0, 0.0]
    assert result.artif_m2.tolist() == [100.0, 50.0, 0.0]
    assert result.sealed_m2.tolist() == [100.0, 0.0, 0.0]
    # 100 / 400 = 25 %; 50 / 50 = 100 %; no area: NaN
    assert result.artif_pct[:2].tolist() == [25.0, 100.0] and np.isnan(result.artif_pct[2])


def test_net_flow_equals_stock_difference_on_built_case() -> None:
    """Commune 0 (1 000 m²): before, artif on [0, 300); after, artif on [200, 600).

    A⁺ = [300, 600) = 300 m²; A⁻ = [0, 200) = 200 m²; net = 100 = S(after) 400 − S(before) 300.
    """
    result = ocsge.flows(
        np.array([0]),
        np.array([300.0]),
        np.array([0]),
        np.array([200.0]),
        np.array([300.0]),
        np.array([400.0]),
        1,
    )
    assert result.artificialisation_m2.tolist() == [300.0]
    assert result.renaturation_m2.tolist() == [200.0]
    assert result.net_m2.tolist() == [100.0]
    assert result.stock_difference_m2.tolist() == [100.0]
    assert result.gap_m2.tolist() == [0.0]


def test_territory_coverage_counts_uncovered_communes() -> None:
    index = MillesimeIndex({"62": [2018, 2021], "80": [2017, 2021]})
    assert ocsge.territory_coverage(index, ["62", "80"], [True, True]) == COMPLETE_NOT_UNIFORM
    assert ocsge.territory_coverage(index, ["62", "62"], [True, True]) == COMPLETE_UNIFORM
    # one commune of the territory lies outside the OCS GE layers given
    assert ocsge.territory_coverage(index, ["62", "62"], [True, False]) == PARTIAL
    assert ocsge.territory_coverage(index, ["62"], [False]) == NONE
