"""Friction tables: parsing, errors, (CS, US) lookup, missing codes, infrastructure, light."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.tvb import friction as fr
from aula_plugin.core.tvb.subnetworks import LABELS, SUBNETWORKS

PAIR = """# source: test ladder ; version: t-1
code_cs,code_us,libelle,boisee,ouverte,humide,aquatique
CS2.2.1,*,herbe,30,0,5,
CS2.2.1,US1.1,cultures,100,30,100,
CS2.1.1.1,*,feuillus,0,30,30,
*,US4.1.1,routes,10000,10000,10000,
"""


def pair_table() -> fr.FrictionTable:
    return fr.parse_table("pair.csv", text=PAIR)


def test_subnetworks_are_the_shared_ids():
    assert SUBNETWORKS == ("boisee", "ouverte", "humide", "aquatique")
    assert set(LABELS) == set(SUBNETWORKS)


def test_parse_reads_keys_values_and_provenance():
    table = pair_table()
    assert table.key_columns == ("code_cs", "code_us")
    assert table.subnetworks == SUBNETWORKS
    assert (table.source, table.version) == ("test ladder", "t-1")
    assert table.rows[("CS2.2.1", "US1.1")]["ouverte"] == 30.0
    # the empty aquatique cell is impassable
    assert math.isnan(table.rows[("CS2.2.1", "*")]["aquatique"])


def test_wildcard_precedence_most_specific_row_wins():
    table = pair_table()
    # exact pair beats (cs, *)
    assert table.friction(("CS2.2.1", "US1.1"), "boisee") == 100.0
    # no exact pair: (cs, *)
    assert table.friction(("CS2.2.1", "US6.3"), "boisee") == 30.0
    # no cs row: (*, us)
    assert table.friction(("CS1.1.1.2", "US4.1.1"), "boisee") == 10000.0
    # (cs, *) beats (*, us)
    assert table.friction(("CS2.2.1", "US4.1.1"), "ouverte") == 0.0
    # nothing matches
    assert table.friction(("CS1.2.2", "US6.3"), "boisee") is None
    # codes are normalised (case, spaces)
    assert table.friction((" cs2.2.1 ", "us1.1"), "humide") == 100.0


def test_single_key_table_with_integer_codes():
    table = fr.parse_table("clc.csv", text="code_18,boisee\n311,0\n211,100\n")
    assert table.friction((311,), "boisee") == 0.0
    assert table.friction((211.0,), "boisee") == 100.0
    assert table.friction(("211",), "boisee") == 100.0
    assert table.friction((512,), "boisee") is None


def test_duplicate_key_names_the_code_and_lines():
    text = "code_18,boisee\n311,0\n211,100\n311,5\n"
    with pytest.raises(AulaError) as exc:
        fr.parse_table("t.csv", text=text)
    assert "311" in str(exc.value) and "lines 2, 4" in str(exc.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("code_18,boisee\n311,abc\n", "'abc' is not a number"),
        ("code_18,boisee\n311,-5\n", "negative friction -5"),
        ("code_18,boisee\n,5\n", "key column code_18 is empty"),
        ("nom,boisee\nx,5\n", "no key column"),
        ("code_18,foo\n311,5\n", "no column for the sub-network"),
        ("# only a comment\n", "no row"),
        ("code_18,boisee\n", "no row"),
    ],
)
def test_table_errors(text, expected):
    with pytest.raises(AulaError) as exc:
        fr.parse_table("t.csv", text=text)
    assert expected in str(exc.value)
    assert "t.csv" in str(exc.value)


def test_missing_codes_list_every_code_with_area_sorted_by_area():
    table = pair_table()
    areas = {
        ("CS2.2.1", "US1.1"): 50_000.0,
        ("CS1.2.2", "US6.3"): 25_000.0,  # 2.5 ha, missing
        ("CS1.1.1.1", "US5"): 125_000.0,  # 12.5 ha, missing
    }
    missing = fr.missing_codes(table, areas)
    assert [k for k, _ in missing] == [("CS1.1.1.1", "US5"), ("CS1.2.2", "US6.3")]
    with pytest.raises(AulaError) as exc:
        fr.check_codes(table, areas, layer="occupation")
    text = str(exc.value)
    assert text.startswith("occupation: 2 land-cover code(s) missing")
    lines = text.splitlines()[1:]
    assert lines == ["CS1.1.1.1 / US5: 12.50 ha", "CS1.2.2 / US6.3: 2.50 ha"]
    # the glue re-renders the lines translated, with localised numbers
    french = {fr._MISSING_LINE: "{code} : {area} ha"}
    text = fr.missing_message(
        exc.value, lambda t: french.get(t, t), lambda ha: f"{ha:.2f}".replace(".", ",")
    )
    assert text.splitlines()[1:] == ["CS1.1.1.1 / US5 : 12,50 ha", "CS1.2.2 / US6.3 : 2,50 ha"]
    # as an error for the base class to show: the same text
    localised = fr.localised_missing(
        exc.value, lambda t: french.get(t, t), lambda ha: f"{ha:.2f}".replace(".", ",")
    )
    assert isinstance(localised, AulaError)
    assert localised.message(lambda t: french.get(t, t)) == text
    # any other error is left as it is
    other = AulaError("{table}: the table has no row", table="t.csv")
    assert fr.localised_missing(other, str, str) is other


def test_code_cells_drop_nodata_and_non_finite_floats():
    ints = np.array([[1, 0], [2, 3]], dtype=np.uint8)
    assert fr.code_cells(ints, None).all()
    assert fr.code_cells(ints, 0).tolist() == [[True, False], [True, True]]
    floats = np.array([[1.0, np.nan], [np.inf, -9999.0]], dtype=np.float32)
    assert fr.code_cells(floats, -9999.0).tolist() == [[True, False], [False, False]]
    assert fr.code_cells(floats, None).tolist() == [[True, False], [False, True]]


def test_lookup_and_apply():
    table = pair_table()
    keys = [("CS2.2.1", "US1.1"), ("CS2.1.1.1", "US1.2")]
    values = fr.friction_lookup(table, keys, "boisee")
    assert values.tolist() == [100.0, 0.0]
    index = np.array([[0, 1], [-1, 1]], dtype=np.int32)
    out = fr.apply_lookup(index, values)
    assert out.dtype == np.float32
    assert out[0, 0] == 100 and out[0, 1] == 0 and math.isnan(out[1, 0])
    with pytest.raises(AulaError):
        fr.friction_lookup(fr.parse_table("c.csv", text="code,boisee\n1,0\n"), [("1",)], "humide")


@pytest.mark.parametrize("name", ["friction_ocsge.csv", "friction_clc.csv"])
def test_builtin_tables_parse_with_provenance(repo_root: Path, name):
    table = fr.parse_table(repo_root / "resources" / "tvb" / name)
    assert table.subnetworks == SUBNETWORKS
    assert table.version and table.source
    assert all(v != v or v >= 0 for row in table.rows.values() for v in row.values())


def test_builtin_ocsge_covers_the_nomenclature(repo_root: Path, shared_data: Path):
    import csv

    table = fr.parse_table(repo_root / "resources" / "tvb" / "friction_ocsge.csv")
    with open(shared_data / "zan" / "ocsge_couverture_cs.csv", encoding="utf-8") as handle:
        leaves = {r["code_prefix"] for r in csv.DictReader(handle)}
    # leaf cover codes: no other code extends them
    leaves = {c for c in leaves if not any(o.startswith(c + ".") for o in leaves)}
    for cs in leaves:
        assert table.resolve((cs, "US6.6")) is not None, cs


def test_builtin_clc_has_the_44_classes(repo_root: Path):
    table = fr.parse_table(repo_root / "resources" / "tvb" / "friction_clc.csv")
    assert len(table.rows) == 44


def test_infrastructures(repo_root: Path):
    classes = fr.parse_infrastructures(repo_root / "resources" / "tvb" / "infrastructures.csv")
    assert set(classes) == {
        "autoroute",
        "nationale",
        "voie_ferree",
        "departementale",
        "locale",
        "cours_eau",
    }
    assert classes["autoroute"].friction["boisee"] == 10000
    assert classes["autoroute"].friction["aquatique"] is None  # na: not burned
    assert fr.resolve_class(classes, "Voie ferrée", table="t").name == "voie_ferree"
    assert fr.resolve_class(classes, "Départementale", table="t").width_m == 8
    with pytest.raises(AulaError) as exc:
        fr.resolve_class(classes, "chemin", table="t")
    assert "'chemin'" in str(exc.value) and "autoroute" in str(exc.value)
    with pytest.raises(AulaError):
        fr.parse_infrastructures("i.csv", text="classe,largeur_m,boisee\na,0,5\n")
    with pytest.raises(AulaError) as exc:
        fr.parse_infrastructures("i.csv", text="classe,largeur_m,boisee\na,3,5\nA,4,6\n")
    assert "lines 2, 3" in str(exc.value)


def test_ranked_classes_by_friction_impassable_last_na_dropped():
    def cls(name, value):
        return fr.InfraClass(name, 5.0, {"boisee": value})

    classes = {
        "a": cls("a", 30.0),
        "b": cls("b", math.nan),
        "c": cls("c", None),
        "d": cls("d", 10.0),
        "e": cls("e", 30.0),
    }
    ranked = fr.ranked_classes(classes, ["e", "a", "b", "c", "d"], "boisee")
    assert [c.name for c in ranked] == ["d", "e", "a", "b"]  # ties keep the given order
    assert fr.ranked_classes(classes, [], "boisee") == []


def test_burn_max_never_lowers_and_nan_wins():
    f = np.array([0.0, 5.0, 20000.0, np.nan], dtype=np.float32)
    mask = np.array([True, True, True, True])
    fr.burn_max(f, mask, 1000.0)
    # max(0, 1000), max(5, 1000), max(20000, 1000), NaN stays impassable
    assert f[:3].tolist() == [1000.0, 1000.0, 20000.0] and math.isnan(f[3])
    g = np.array([1.0, 2.0], dtype=np.float32)
    fr.burn_max(g, np.array([False, True]), math.nan)
    assert g[0] == 1.0 and math.isnan(g[1])


def test_burn_ranked_keeps_the_highest_class_and_nan():
    friction = np.array([[0.0, 5.0, np.nan, 20000.0, 7.0]], dtype=np.float32)
    values = np.array([30.0, 1000.0, np.nan])  # ranks 1, 2, 3 (impassable)
    ranks = np.array([[1, 2, 1, 2, 0]], dtype=np.int32)
    assert fr.burn_ranked(friction, ranks, values) == 4
    # max(0, 30), max(5, 1000), NaN stays, max(20000, 1000), untouched
    np.testing.assert_array_equal(friction, np.array([[30, 1000, np.nan, 20000, 7]], "f4"))
    g = np.array([[1.0]], dtype=np.float32)
    fr.burn_ranked(g, np.array([[3]]), values)
    assert np.isnan(g[0, 0])
    classes = [30.0, math.nan, 10000.0, 5.0]
    assert sorted(classes, key=fr.rank_key)[:3] == [5.0, 30.0, 10000.0]
    assert math.isnan(sorted(classes, key=fr.rank_key)[3])


@pytest.mark.parametrize(
    ("value", "weight"),
    [(100.0, 100.0), (0.5, 0.5), (None, 0.0), (0.0, 0.0), (-5.0, 0.0), (math.inf, 0.0)],
)
def test_lamp_weight_ignores_missing_and_non_positive_values(value, weight):
    assert fr.lamp_weight(value) == weight
    assert fr.lamp_weight(math.nan) == 0.0


def test_lamp_light_kernel_and_edge():
    # R = 50 m, 25 m cells: weights 1 − d/50 → centre 1, orthogonal neighbour 0.5,
    # diagonal 1 − 35.36/50 = 0.2929, two cells away 0
    light = fr.lamp_light(
        np.array([2]), np.array([2]), np.array([1.0]), (5, 5), radius_m=50, cell_size=25
    )
    assert light[2, 2] == pytest.approx(1.0)
    assert light[2, 3] == pytest.approx(0.5)
    assert light[1, 1] == pytest.approx(1 - math.sqrt(2) / 2)
    assert light[2, 4] == 0 and light[0, 0] == 0
    # a lamp one cell outside the grid still lights the border cell by 0.5
    edge = fr.lamp_light(
        np.array([-1]), np.array([0]), np.array([2.0]), (3, 3), radius_m=50, cell_size=25
    )
    assert edge[0, 0] == pytest.approx(1.0)  # weight 2 × 0.5


@pytest.mark.parametrize("mode", fr.LIGHT_MODES)
def test_night_friction_is_monotone_in_light(mode):
    rng = np.random.default_rng(4)
    day = rng.choice([0.0, 5.0, 30.0, 100.0, 1000.0, np.nan], size=(40, 40))
    s1 = rng.random((40, 40))
    s2 = np.clip(s1 + rng.random((40, 40)) * 0.5, 0, 1)  # more light everywhere
    kwargs = {"factor": 10.0, "floor": 1000.0, "threshold": 0.8}
    dark = fr.night_friction(day, np.zeros_like(s1), mode=mode, **kwargs)
    n1 = fr.night_friction(day, s1, mode=mode, **kwargs)
    n2 = fr.night_friction(day, s2, mode=mode, **kwargs)
    # no light: unchanged
    np.testing.assert_array_equal(dark, day.astype(np.float32))

    def at_least(a, b):  # a ≥ b with NaN (impassable) as +inf
        return np.all(np.where(np.isnan(a), np.inf, a) >= np.where(np.isnan(b), np.inf, b))

    assert at_least(n1, dark) and at_least(n2, n1)


def test_night_friction_values():
    day = np.array([0.0, 10.0, 10.0])
    s = np.array([1.0, 0.5, 0.0])
    # multiply: f × (1 + (k − 1) s) = 0, 10 × 5.5 = 55, 10
    assert fr.night_friction(day, s, mode="multiply", factor=10).tolist() == [0.0, 55.0, 10.0]
    # floor: max(f, g s) = 1000, max(10, 500) = 500, 10
    assert fr.night_friction(day, s, mode="floor", floor=1000).tolist() == [1000.0, 500.0, 10.0]
    # barrier: s ≥ 0.5 → NaN
    out = fr.night_friction(day, s, mode="barrier", threshold=0.5)
    assert np.isnan(out[:2]).all() and out[2] == 10.0
    with pytest.raises(AulaError):
        fr.night_friction(day, s, mode="nope")
    with pytest.raises(AulaError):
        fr.light_intensity(day, 0)


def test_light_can_only_raise_costs():
    """Trame noire: adding light raises friction, hence every accumulated cost (TVB issue)."""
    from aula_plugin.core.tvb import costdistance

    rng = np.random.default_rng(11)
    day = rng.choice([0.0, 5.0, 30.0, 100.0], size=(30, 30))
    day[rng.random((30, 30)) < 0.05] = np.nan
    sources = np.zeros((30, 30), dtype=np.int32)
    sources[3, 4] = 1
    sources[25, 20] = 2
    day[3, 4] = day[25, 20] = 5.0
    lit = fr.light_intensity(
        fr.lamp_light(
            rng.integers(0, 30, 20),
            rng.integers(0, 30, 20),
            np.ones(20),
            (30, 30),
            radius_m=100,
            cell_size=25,
        ),
        1.0,
    )
    for mode in ("multiply", "floor"):
        night = fr.night_friction(day, lit, mode=mode, factor=10, floor=1000)
        c_day = costdistance.accumulated_cost(day, sources, cell_size=(25.0, 25.0)).cost
        c_night = costdistance.accumulated_cost(night, sources, cell_size=(25.0, 25.0)).cost
        # unreachable by day stays unreachable at night; elsewhere night ≥ day
        assert np.all(np.isinf(c_night[np.isinf(c_day)]))
        finite = np.isfinite(c_day)
        assert np.all(c_night[finite] >= c_day[finite] * (1 - 1e-12))
        assert np.any(c_night[finite] > c_day[finite])


# -- bad input (issue 10) -------------------------------------------------------------------------


def test_windows_1252_table_is_read_and_its_encoding_recorded(tmp_path: Path):
    path = tmp_path / "excel.csv"
    path.write_bytes("# forêts\ncode_18;boisee\n311;0\n211;1,5\n".encode("cp1252"))
    table = fr.parse_table(path)
    assert table.encoding == "Windows-1252" and table.friction(("211",), "boisee") == 1.5
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("# forêts\ncode_18,boisee\n311,0\n", encoding="utf-8")
    assert fr.parse_table(utf8).encoding == "UTF-8"


def test_binary_table_is_refused_naming_the_file(tmp_path: Path):
    path = tmp_path / "random.csv"
    path.write_bytes(bytes(range(256)) * 3)
    with pytest.raises(AulaError, match="random.csv: not a text file"):
        fr.parse_table(path)
    with pytest.raises(AulaError, match="random.csv: not a text file"):
        fr.read_infrastructures(path)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1e39", "t.csv, line 3, column boisee: 1e+39 is beyond the largest value"),
        ("inf", "t.csv, line 3, column boisee: inf is not a finite friction"),
        ("-inf", "t.csv, line 3, column boisee: -inf is not a finite friction"),
        ("NaN", "t.csv, line 3, column boisee: NaN is not a finite friction"),
        ("-1", "negative friction -1"),
    ],
)
def test_friction_values_must_be_finite_float32_and_positive(value, words):
    text = f"code_18,boisee\n311,0\n211,{value}\n"
    with pytest.raises(AulaError) as info:
        fr.parse_table("t.csv", text=text)
    assert words in info.value.message()


def test_largest_float32_and_empty_cells_are_kept():
    table = fr.parse_table("t.csv", text="code_18,boisee\n311,3.4e38\n211,\n212,NoData\n")
    assert table.friction(("311",), "boisee") == 3.4e38
    assert math.isnan(table.friction(("211",), "boisee"))
    assert math.isnan(table.friction(("212",), "boisee"))


def test_infrastructure_values_follow_the_same_rule():
    text = "classe,largeur_m,boisee,ouverte,humide,aquatique\nroute,10,1e39,na,na,na\n"
    with pytest.raises(AulaError, match="1e\\+39 is beyond the largest value"):
        fr.parse_infrastructures("infra.csv", text=text)


def test_light_overflowing_float32_is_refused():
    day = np.array([1e38, 1.0], dtype=np.float32)
    with pytest.raises(AulaError, match="1 cells would get a friction beyond"):
        fr.night_friction(day, np.array([1.0, 1.0]), mode="multiply", factor=10.0)
