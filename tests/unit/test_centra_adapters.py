"""CENTRA-1 input adapters (BPE, SIRENE, generic) and their versioned mapping tables."""

from __future__ import annotations

import csv
import random

import numpy as np
import pytest

from aula_plugin.core.centralities import adapters
from aula_plugin.core.centralities.adapters import (
    Activities,
    from_bpe,
    from_generic,
    from_sirene,
    load_mapping,
)
from aula_plugin.core.errors import AulaError, Cancelled

X0, Y0 = 650_000.0, 7_030_000.0

#: BPE 2023 types transcribed in resources/centralities/typequ_fonction_bpe2023.csv (INSEE
#: announces 209: the README lists what is missing and why; change both together)
BPE_2023_TYPES = 192


@pytest.fixture(scope="module")
def bpe() -> adapters.Mapping:
    return load_mapping("bpe")


@pytest.fixture(scope="module")
def naf() -> adapters.Mapping:
    return load_mapping("naf")


def bpe_row(code, dx=0.0, dy=0.0, quality="Bonne", **extra):
    row = {
        "AN": "2023",
        "DEPCOM": "62498",
        "TYPEQU": code,
        "LAMBERT_X": X0 + dx,
        "LAMBERT_Y": Y0 + dy,
        "QUALITE_XY": quality,
        "_x": None,
        "_y": None,
    }
    row.update(extra)
    return row


def sirene_row(siret, naf_code, dx=0.0, dy=0.0, **extra):
    row = {
        "siret": siret,
        "activitePrincipaleEtablissement": naf_code,
        "nomenclatureActivitePrincipaleEtablissement": "NAFRev2",
        "etatAdministratifEtablissement": "A",
        "coordonneeLambertAbscisseEtablissement": str(X0 + dx),
        "coordonneeLambertOrdonneeEtablissement": str(Y0 + dy),
        "geo_score": 0.9,
        "geo_type": "housenumber",
        "_x": None,
        "_y": None,
    }
    row.update(extra)
    return row


def generic_row(fid, function, dx=0.0, dy=0.0, **extra):
    row = {"fonction": function, "_fid": fid, "_x": X0 + dx, "_y": Y0 + dy}
    row.update(extra)
    return row


def as_table(acts: Activities) -> list[tuple]:
    return list(
        zip(
            acts.source.tolist(),
            acts.source_id.tolist(),
            acts.function.tolist(),
            acts.type_code.tolist(),
            acts.x.tolist(),
            acts.y.tolist(),
            acts.big_box.tolist(),
            acts.n_raw.tolist(),
            strict=True,
        )
    )


# ------------------------------------------------------------------------------------------------
# mapping tables


def test_bpe_table_integrity(bpe, repo_root):
    path = repo_root / "resources" / "centralities" / "typequ_fonction_bpe2023.csv"
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = list(csv.DictReader(lines))
    codes = [r["typequ"] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate TYPEQU"
    assert {r["fonction"] for r in rows} <= {"C", "S", "E", "X"}
    assert {r["domaine"] for r in rows} == set("ABCDEFG")
    assert all(r["typequ"][0] == r["domaine"] for r in rows)
    assert {r["gamme"] for r in rows} <= {"", "proximité", "intermédiaire", "supérieure"}
    assert len(bpe.entries) == len(rows) == BPE_2023_TYPES
    # the header gives source and version (they go to the JSON sidecar)
    assert bpe.version == "bpe2023-v1" and "INSEE" in bpe.source


def test_bpe_table_choices(bpe):
    # CENTRALITIES.md §2.2
    assert bpe.lookup("B101").big_box and bpe.lookup("B102").big_box
    assert not bpe.lookup("B203").big_box
    assert [bpe.lookup(c).function for c in ("B203", "A203", "A206", "A501", "D201")] == [
        "C", "S", "S", "S", "S",
    ]  # fmt: skip
    assert [bpe.lookup(c).function for c in ("C101", "C201", "C301", "F101", "E107")] == ["E"] * 5
    assert {bpe.lookup(c).function for c in ("A301", "A302", "A401", "A406")} == {"X"}
    assert bpe.lookup("D307").function == "S"  # pharmacy: service, as NAF 47.73Z
    assert bpe.lookup("B999") is None


def test_naf_table_integrity_and_lookup(naf, repo_root):
    path = repo_root / "resources" / "centralities" / "naf_fonction_rev2.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    codes = [r["naf"] for r in rows]
    assert len(codes) == len(set(codes))
    assert {r["fonction"] for r in rows} <= {"C", "S", "E", "X"}
    # every one of the 88 divisions of NAF rev. 2 is mapped, so that no real code is "unknown"
    assert len([c for c in codes if len(c) == 2]) == 88
    f = {code: naf.lookup(code).function for code in (
        "47.11F", "47.24Z", "10.71C", "10.13B", "56.10A", "56.30Z", "64.19Z", "53.10Z",
        "96.02A", "68.31Z", "86.21Z", "86.23Z", "86.90E", "47.73Z", "43.21A", "45.20A",
        "47.81Z", "47.91A", "10.51A", "85.59A", "85.53Z", "86.90A",
    )}  # fmt: skip
    assert f == {
        "47.11F": "C", "47.24Z": "C", "10.71C": "C", "10.13B": "C", "56.10A": "C",
        "56.30Z": "C", "64.19Z": "S", "53.10Z": "S", "96.02A": "S", "68.31Z": "S",
        "86.21Z": "S", "86.23Z": "S", "86.90E": "S", "47.73Z": "S", "43.21A": "X",
        "45.20A": "X", "47.81Z": "X", "47.91A": "X", "10.51A": "X", "85.59A": "X",
        "85.53Z": "S", "86.90A": "X",
    }  # fmt: skip
    assert naf.lookup("47.11F").big_box and naf.lookup("47.11D").big_box
    assert not naf.lookup("47.11C").big_box
    assert naf.lookup("00.00Z") is None and naf.lookup("04.11Z") is None


def test_mapping_loader_refuses_duplicates_and_bad_functions(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("# source: test ; version: t1\ntypequ,fonction,big_box\nB1,C,0\nB1,S,0\n")
    with pytest.raises(AulaError, match="duplicate B1"):
        load_mapping("bpe", path=path)
    path.write_text("typequ,fonction,big_box\nB1,Q,0\n")
    with pytest.raises(AulaError, match="line 2"):
        load_mapping("bpe", path=path)
    with pytest.raises(AulaError, match="version 1999"):
        load_mapping("bpe", "1999")


# ------------------------------------------------------------------------------------------------
# BPE


def test_bpe_quality_filters(bpe):
    rows = [
        bpe_row("B203", 0, 0, "Bonne"),
        bpe_row("B204", 200, 0, "acceptable"),
        bpe_row("B202", 400, 0, "Mauvaise"),
        bpe_row("B202", 600, 0, "Non géolocalisé"),
        bpe_row("B202", 800, 0, "Type_équipement_non_géolocalisé"),
        bpe_row("A501", 1000, 0, "Indéterminée"),
    ]
    acts, rep = from_bpe(rows, mapping=bpe)
    # 6 read: 1 mauvaise + 2 non géolocalisé dropped, indéterminée kept by default -> 3 kept
    assert (rep.read, rep.kept) == (6, 3)
    assert rep.dropped_quality == {"mauvaise": 1, "non_geolocalise": 2}
    assert sorted(acts.type_code.tolist()) == ["A501", "B203", "B204"]
    acts, rep = from_bpe(rows, mapping=bpe, keep_undetermined=False)
    assert rep.kept == 2 and rep.dropped_quality["indeterminee"] == 1


def test_bpe_case_insensitive_fields_comma_decimals_and_missing_xy(bpe):
    rows = [
        {"an": "2023", "depcom": "62041", "typequ": "b203", "lambert_x": "650 000,25",
         "lambert_y": "7030000,5", "qualite_xy": "BONNE"},
        {"an": "2023", "depcom": "62041", "typequ": "B204", "lambert_x": "",
         "lambert_y": None, "qualite_xy": "Bonne"},
        {"an": "2023", "depcom": "62041", "typequ": "B204", "lambert_x": "n.d.",
         "lambert_y": "7030000", "qualite_xy": "Bonne"},
    ]  # fmt: skip
    acts, rep = from_bpe(rows, mapping=bpe)
    assert rep.no_coordinates == 2 and rep.kept == 1
    assert acts.x[0] == 650_000.25 and acts.y[0] == 7_030_000.5
    assert acts.type_code[0] == "B203" and acts.function[0] == "C"
    # no id in the file: DEPCOM_TYPEQU_X_Y at 0.01 m
    assert acts.source_id[0] == "62041_B203_650000.25_7030000.50"
    assert rep.vintage == "BPE 2023"
    # the geometry wins over LAMBERT_X/Y
    row = dict(rows[0], _x=651_000.0, _y=7_031_000.0)
    acts, _ = from_bpe([row], mapping=bpe)
    assert (acts.x[0], acts.y[0]) == (651_000.0, 7_031_000.0)


def test_bpe_unknown_codes_listed_by_count(bpe):
    rows = [bpe_row("B203", 0, 0)]
    rows += [bpe_row("Z123", 50 * i, 100) for i in range(1)]
    rows += [bpe_row("B999", 50 * i, 200) for i in range(4)]
    rows += [bpe_row("A999", 50 * i, 300) for i in range(2)]
    with pytest.raises(AulaError) as info:
        from_bpe(rows, mapping=bpe)
    message = info.value.message()
    assert "B999 (4), A999 (2), Z123 (1)" in message
    assert "typequ_fonction_bpe2023.csv" in message
    acts, rep = from_bpe(rows, mapping=bpe, skip_unknown=True)
    assert rep.kept == 1 and rep.unknown_codes == {"A999": 2, "B999": 4, "Z123": 1}
    assert any("B999 (4), A999 (2), Z123 (1)" in line for line in rep.messages())


def test_bpe_excluded_and_big_box(bpe):
    rows = [bpe_row("A401", 0, 0), bpe_row("A401", 10, 0), bpe_row("A301", 20, 0)]
    rows += [bpe_row("B101", 500, 0), bpe_row("B203", 900, 0)]
    acts, rep = from_bpe(rows, mapping=bpe)
    assert rep.excluded == {"A301": 1, "A401": 2} and rep.kept == 2
    assert dict(zip(acts.type_code.tolist(), acts.big_box.tolist(), strict=True)) == {
        "B101": True,
        "B203": False,
    }


def test_bpe_missing_typequ_field(bpe):
    with pytest.raises(AulaError, match="TYPEQU is missing"):
        from_bpe([{"LAMBERT_X": 1.0, "LAMBERT_Y": 2.0}], mapping=bpe)


# ------------------------------------------------------------------------------------------------
# SIRENE


def test_sirene_filters_and_codes(naf):
    rows = [
        sirene_row("00000000000001", "47.11F", 0),  # hypermarché: C, big box
        sirene_row("00000000000002", "4711F", 100),  # same code without the dot
        sirene_row("00000000000003", "10.71c", 200),  # bakery coded as manufacturing: C
        sirene_row("00000000000004", "47.73Z", 300),  # pharmacy: S
        sirene_row("00000000000005", "43.21A", 400),  # electrician: excluded
        sirene_row("00000000000006", "56.10A", 500, etatAdministratifEtablissement="F"),
        sirene_row("00000000000007", "56.10A", 600, geo_type="municipality"),
        sirene_row("00000000000008", "56.10A", 700, geo_score=0.4),
        sirene_row("00000000000009", "56.10A", 800, geo_score="0,75"),  # kept
        sirene_row(
            "00000000000010",
            "56.10A",
            coordonneeLambertAbscisseEtablissement="[ND]",
            coordonneeLambertOrdonneeEtablissement="[ND]",
        ),
    ]
    acts, rep = from_sirene(rows, mapping=naf, vintage="2024-01")
    assert rep.read == 10 and rep.kept == 5
    assert rep.dropped_quality == {"ferme": 1, "geocodage_commune": 1, "score_geocodage": 1}
    assert rep.no_coordinates == 1 and rep.excluded == {"43.21A": 1}
    assert acts.source_id.tolist() == [f"{i:014d}" for i in (1, 2, 3, 4, 9)]
    assert acts.type_code.tolist() == ["47.11", "47.11", "10.71", "47.73", "56.10"]
    assert acts.function.tolist() == ["C", "C", "C", "S", "C"]
    assert acts.big_box.tolist() == [True, True, False, False, False]
    assert rep.vintage == "SIRENE 2024-01"


def test_sirene_other_nomenclature_and_unknown_codes(naf):
    rows = [sirene_row(f"{i:014d}", "52.1B", 10 * i) for i in range(3)]
    rows[0]["nomenclatureActivitePrincipaleEtablissement"] = "NAFRev1"
    rows[1]["nomenclatureActivitePrincipaleEtablissement"] = "NAFRev1"
    rows[2]["nomenclatureActivitePrincipaleEtablissement"] = "NAF1993"
    with pytest.raises(AulaError, match=r"NAFRev1 \(2\), NAF1993 \(1\)"):
        from_sirene(rows, mapping=naf)
    rows = [sirene_row("1", "00.00Z"), sirene_row("2", "00.00Z", 5), sirene_row("3", "bad", 9)]
    with pytest.raises(AulaError, match=r"00\.00Z \(2\), bad \(1\)"):
        from_sirene(rows, mapping=naf)
    acts, rep = from_sirene(rows, mapping=naf, skip_unknown=True)
    assert len(acts) == 0 and rep.unknown_codes == {"00.00Z": 2, "bad": 1}


# ------------------------------------------------------------------------------------------------
# generic


def test_generic_words_case_and_accents():
    values = ["C", "commerce", "Services", "SERVICE", "Équipement", "equipements", "Facility", "e"]
    rows = [generic_row(i, v, 100 * i) for i, v in enumerate(values)]
    acts, rep = from_generic(rows, function_field="FONCTION", source="pts")
    assert rep.kept == 8
    assert acts.function.tolist() == ["C", "C", "S", "S", "E", "E", "E", "E"]
    assert acts.source_id.tolist() == [str(i) for i in range(8)]
    assert set(acts.source.tolist()) == {"pts"} and set(acts.type_code.tolist()) == {""}


def test_generic_unknown_excluded_id_type_and_big_box():
    rows = [
        generic_row(1, "commerce", 0, type="boulangerie", ref="b", gs="oui"),
        generic_row(2, "X", 100, type="garage", ref="a", gs=""),
        generic_row(3, "logement", 200, type="", ref="c", gs=""),
        generic_row(4, "logement", 300, type="", ref="d", gs=""),
        generic_row(5, "", 400, type="", ref="e", gs=""),
        generic_row(6, "S", 500, type="coiffure", ref="f", gs="0"),
    ]
    with pytest.raises(AulaError, match=r'logement \(2\), "" \(1\)'):
        from_generic(rows, function_field="fonction")
    acts, rep = from_generic(
        rows,
        function_field="fonction",
        type_field="TYPE",
        id_field="ref",
        big_box_field="gs",
        source="couche",
        skip_unknown=True,
    )
    assert rep.excluded == {"garage": 1} and rep.unknown_codes == {"": 1, "logement": 2}
    assert acts.source_id.tolist() == ["b", "f"]
    assert acts.type_code.tolist() == ["boulangerie", "coiffure"]
    assert acts.big_box.tolist() == [True, False]
    with pytest.raises(AulaError, match="field nature is missing"):
        from_generic(rows, function_field="fonction", type_field="nature")


def test_generic_points_without_geometry():
    rows = [generic_row(1, "C"), {"fonction": "C", "_fid": 2, "_x": None, "_y": None}]
    acts, rep = from_generic(rows, function_field="fonction")
    assert rep.no_coordinates == 1 and len(acts) == 1


# ------------------------------------------------------------------------------------------------
# dedup and order


def test_dedup_within_one_metre_not_at_one_and_a_half():
    rows = [
        generic_row("a", "C", 0.0, 0.0),
        generic_row("b", "C", 0.6, 0.8),  # 1.0 m from a: merged into a (first id)
        generic_row("c", "S", 0.3, 0.0),  # other function: kept
        generic_row("d", "C", 100.0, 0.0),
        generic_row("e", "C", 101.5, 0.0),  # 1.5 m from d: kept
        generic_row("f", "E", 300.0, 0.0),
        generic_row("g", "E", 300.0, 0.0),  # identical: merged into f
        generic_row("h", "E", 300.0, 0.0),  # identical: merged into f
    ]
    acts, rep = from_generic(rows, function_field="fonction")
    assert rep.duplicates == 3 and rep.read == 8 and rep.kept == 5
    assert acts.source_id.tolist() == ["a", "c", "d", "e", "f"]
    assert acts.n_raw.tolist() == [2, 1, 1, 1, 3]
    assert acts.x.tolist() == [X0, X0 + 0.3, X0 + 100, X0 + 101.5, X0 + 300]
    assert "3 duplicates merged" in rep.messages()


def test_dedup_keeps_the_first_in_id_order_whatever_the_input_order(bpe):
    rows = [bpe_row("B203", 0.5, 0, id="Z"), bpe_row("B204", 0, 0, id="M")]
    for ordering in (rows, rows[::-1]):
        acts, rep = from_bpe(ordering, mapping=bpe)
        # both commerce within 0.5 m: M comes first in (source, source_id) order
        assert acts.source_id.tolist() == ["M"] and acts.n_raw.tolist() == [2]
        assert acts.type_code.tolist() == ["B204"] and acts.x[0] == X0


def test_output_independent_of_input_order(bpe):
    rng = np.random.default_rng(4)
    codes = ["B203", "B204", "A501", "A203", "C101", "D201", "F101", "B101"]
    rows = [
        bpe_row(codes[i % len(codes)], float(rng.integers(0, 400)), float(rng.integers(0, 40)))
        for i in range(300)
    ]
    rows += [dict(rows[7]), dict(rows[9])]  # exact duplicates
    reference, rep = from_bpe(rows, mapping=bpe)
    assert rep.duplicates >= 2
    ids = reference.source.astype(object) + "\x00" + reference.source_id.astype(object)
    assert list(ids) == sorted(ids)
    for seed in range(3):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        acts, rep2 = from_bpe(shuffled, mapping=bpe)
        assert as_table(acts) == as_table(reference)
        assert rep2 == rep


def test_concat_sorts_sources():
    a, _ = from_generic([generic_row(2, "C")], function_field="fonction", source="zz")
    b, _ = from_generic([generic_row(1, "S", 50)], function_field="fonction", source="aa")
    merged = adapters.concat(a, b)
    assert merged.source.tolist() == ["aa", "zz"] and merged.n_raw.dtype == np.int32
    assert len(adapters.concat()) == 0 and len(Activities.empty()) == 0


# ------------------------------------------------------------------------------------------------
# report, progress, cancel


def test_report_messages_translated():
    french = {
        "{source}: {read} rows read, {kept} activities kept": "{source} : {read} lignes lues, "
        "{kept} activités retenues",
        "{n} points without coordinates skipped": "{n} points sans coordonnées ignorés",
    }
    rows = [generic_row(1, "C"), {"fonction": "C", "_fid": 2, "_x": None, "_y": None}]
    _, rep = from_generic(rows, function_field="fonction", source="pts")
    lines = rep.messages(lambda s: french.get(s, s))
    assert lines == [
        "pts : 2 lignes lues, 1 activités retenues",
        "1 points sans coordonnées ignorés",
    ]


def test_progress_and_cancel():
    rows = [generic_row(i, "C", 10 * i) for i in range(5000)]
    seen: list[float] = []
    from_generic(rows, function_field="fonction", progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) >= 3
    with pytest.raises(Cancelled):
        from_generic(rows, function_field="fonction", is_canceled=lambda: True)


def test_empty_inputs(bpe, naf):
    for acts, rep in (
        from_bpe([], mapping=bpe),
        from_sirene([], mapping=naf),
        from_generic([], function_field="fonction"),
    ):
        assert len(acts) == 0 and acts.x.dtype == np.float64 and acts.n_raw.dtype == np.int32
        assert (rep.read, rep.kept, rep.duplicates) == (0, 0, 0)
