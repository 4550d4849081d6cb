"""SCoT findings: status logic, messages, order and the JSONL file (SCOT_AND_FACT_SHEETS.md §A6,
§A9 statements 13, 14, 16, 17, 21, 22; the measures themselves are taken by the QGIS glue)."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from aula_plugin.core.scot import model as m
from aula_plugin.core.scot import status as st
from aula_plugin.core.scot.loader import load_rules_text

RULES = """\
format_version: 1
document: {title: "SCoT de test"}
sources:
  centres: {path: scot.gpkg, layer: scot_centralite, geometry: polygon}
  red: {path: ppr.gpkg, layer: zones, geometry: polygon,
        filter: "\\"typereglement\\" IN ('03','04')"}
  reserves: {aula_output: "aula:reservoirs"}
  armature: {path: scot.gpkg, layer: scot_armature, geometry: none, key_field: insee}
  budget: {aula_output: "aula:zantrajectory"}
  envelope: {path: scot.gpkg, layer: scot_enveloppe_urbaine, geometry: polygon}
  stops: {path: scot.gpkg, layer: arrets, geometry: point}
subjects:
  shops: {layer: projets, commune_field: insee}
  au: {layer: zone_urba, commune_field: insee}
rules:
  - id: COM-02
    title: "Commerce de 300 m² ou plus dans une centralité"
    relation: compatibilite
    applies_to: {subject: shops, filter: "\\"surface_vente\\" >= 300"}
    test: {op: within, against: centres, tolerance_m: 10}
    scope: [feature]
    citation: {document: DOO, article: "Orientation 4.2", page: 57, url: "https://example.invalid/doo.pdf#page=57"}
  - id: RSK-01
    title: "Aucun projet en zone rouge"
    relation: conformite
    applies_to: {subject: shops}
    test: {op: disjoint, against: red}
    scope: [feature]
    citation: {document: PPR, article: "Titre II"}
  - id: TVB-03
    title: "Pas d'extension dans un réservoir"
    relation: compatibilite
    applies_to: {subject: au}
    test: {op: overlap, against: reserves, measure: area}
    threshold: {op: le, unit: m2, value: 50, warning: 1000}
    scope: [feature, commune]
    citation: {document: DOO, article: "Prescription 1.3"}
  - id: DEN-01
    title: "Densité minimale"
    relation: compatibilite
    applies_to: {subject: au}
    test: {op: density_ratio, dwellings_field: logements}
    threshold:
      op: ge
      unit: lgt_ha
      by_class:
        source: armature
        key_field: insee
        class_field: niveau
        values: {"pôle majeur": {value: 30}, "pôle intermédiaire": {value: 20, warning: 15}}
    scope: [feature, commune]
    citation: {document: DOO, article: "1.4.2"}
  - id: ZAN-01
    title: "Enveloppe foncière"
    relation: prise_en_compte
    applies_to: {subject: au}
    test:
      op: outside_envelope_per_commune
      against: envelope
      budget: {source: budget, key_field: territory}
    threshold: {op: le, unit: ha, field: remaining_ha}
    scope: [commune]
    citation: {document: DOO, article: "1.2.1"}
  - id: TC-01
    title: "Près d'un arrêt"
    relation: information
    applies_to: {subject: au}
    test: {op: distance_to_nearest, against: stops}
    threshold: {op: le, unit: m, value: 500}
    scope: [feature]
    citation: {document: DOO, article: "4.1.2"}
"""


@pytest.fixture(scope="module")
def rules() -> m.RuleSet:
    return load_rules_text(RULES, "regles.yaml")


# -- statements of the reference ---------------------------------------------------------------


def test_daacl_gate_tolerance_and_failure(rules: m.RuleSet) -> None:
    """§A9.14: 299 m² not applicable; 300 m² inside passes; 5 m outside with a 10 m tolerance
    passes with a note; 20 m outside fails."""
    rule = rules.rule("COM-02")
    gate = st.evaluate(rule, None, applicable=False)  # the glue: 299 >= 300 is false
    assert gate.status == st.NOT_APPLICABLE
    assert '"surface_vente" >= 300' in gate.message_text()
    inside = st.evaluate(rule, 0.0, before_tolerance=0.0)
    assert (inside.status, inside.note) == (st.PASS, None)
    # a 20 m × 20 m shop 5 m beyond the centrality edge: 100 m² outside, none beyond 10 m
    tolerated = st.evaluate(rule, 0.0, before_tolerance=100.0)
    assert tolerated.status == st.PASS
    assert (
        tolerated.note_text() == "100\u00a0m² outside the reference, within the 10\u00a0m tolerance"
    )
    assert "note: 100" in tolerated.message_text()
    # 20 m beyond: 200 m² outside the reference, 200 m² beyond the tolerance band
    outside = st.evaluate(rule, 200.0, before_tolerance=400.0)
    assert outside.status == st.FAIL
    assert outside.note is None
    assert "deviation from the SCoT to be assessed" in outside.message_text()
    assert "illegal" not in outside.message_text().lower()


def test_edge_contact_is_not_overlap_float_noise_neither(rules: m.RuleSet) -> None:
    """§A9.13: touching (0 m², or float noise) passes; a 1 m² overlap fails."""
    rule = rules.rule("RSK-01")
    assert st.evaluate(rule, 0.0).status == st.PASS
    assert st.evaluate(rule, 3e-9).status == st.PASS
    failed = st.evaluate(rule, 1.0)
    assert failed.status == st.FAIL
    assert failed.message_text() == (
        "Aucun projet en zone rouge: rule not met (overlap area 1\u00a0m², threshold ≤ 0\u00a0m²)"
    )


@pytest.mark.parametrize(
    ("value", "status"),
    [(0, st.PASS), (50, st.PASS), (50.004, st.PASS), (50.01, st.WARNING), (1000, st.WARNING),
     (1000.01, st.FAIL), (1e9, st.FAIL)],
)  # fmt: skip
def test_warning_band(rules: m.RuleSet, value: float, status: str) -> None:
    outcome = st.evaluate(rules.rule("TVB-03"), value)
    assert outcome.status == status
    assert outcome.limits == m.Limits(m.LE, 50, 1000, m.M2)


def test_density_by_tier_and_commune_ratio_of_sums(rules: m.RuleSet) -> None:
    """§A9.16: 2 ha with 30 dwellings (15/ha) in a tier requiring 20 (warning band to 15) warns;
    the commune's AU zones meet 20 by ratio of sums: both levels emitted."""
    rule = rules.rule("DEN-01")
    zone = st.evaluate(rule, st.density([30], [2.0]), class_name="pôle intermédiaire")
    assert zone.status == st.WARNING
    assert zone.limits == m.Limits(m.GE, 20, 15, m.DWELLINGS_HA)
    commune = st.density([30, 150], [2.0, 5.0])  # 180 / 7 = 25.7 per ha; mean of ratios: 22.5
    assert commune == pytest.approx(180 / 7)
    assert st.evaluate(rule, commune, class_name="pôle intermédiaire").status == st.PASS
    assert st.evaluate(rule, 29.99, class_name="pôle majeur").status == st.FAIL  # no band
    assert st.density([10], [0.0]) is None
    unknown = st.evaluate(rule, 25.0, class_name="village")
    assert unknown.status == st.NOT_EVALUABLE
    assert unknown.reason_text() == "no threshold for the class “village” in the rule file"


def test_zan_budget_from_the_joined_table(rules: m.RuleSet) -> None:
    """§A9.17: the area outside the envelope per INSEE against the joined budget."""
    rule = rules.rule("ZAN-01")
    assert st.evaluate(rule, 0.6, field_value=1.0).status == st.PASS
    over = st.evaluate(rule, 1.2, field_value=1.0)
    assert over.status == st.FAIL
    assert "departure from the orientation, to be justified" in over.message_text()
    missing = st.evaluate(rule, 0.6, field_value=None)
    assert missing.status == st.NOT_EVALUABLE
    assert "remaining_ha" in missing.reason_text()


def test_not_evaluable_never_passes(rules: m.RuleSet) -> None:
    """§A9.21: a missing reference layer or an invalid geometry gives not_evaluable with the
    reason; so does a value that is not a number."""
    rule = rules.rule("TVB-03")
    missing = st.evaluate(rule, None, reason=(st.R_MISSING_SOURCE, {"source": "reserves"}))
    assert missing.status == st.NOT_EVALUABLE
    assert missing.reason_text() == "the reference layer reserves is missing"
    assert missing.message_text() == (
        "Pas d'extension dans un réservoir: not evaluable (the reference layer reserves is missing)"
    )
    invalid = st.evaluate(
        rule, 0.0, reason=(st.R_INVALID_GEOMETRY, {"problem": "self-intersection"})
    )
    assert invalid.status == st.NOT_EVALUABLE  # a measured 0 m² does not make it pass
    assert st.evaluate(rule, None).status == st.NOT_EVALUABLE
    assert st.evaluate(rule, math.nan).status == st.NOT_EVALUABLE
    assert st.evaluate(rule, math.inf).status == st.NOT_EVALUABLE


def test_information_and_warning_rules_never_fail(rules: m.RuleSet) -> None:
    outcome = st.evaluate(rules.rule("TC-01"), 1200.0)
    assert outcome.status == st.WARNING
    assert "the rule only warns" in outcome.message_text()


def test_counts_keep_not_applicable_and_not_evaluable_apart(rules: m.RuleSet) -> None:
    rule = rules.rule("RSK-01")
    outcomes = [st.evaluate(rule, 0.0), st.evaluate(rule, None),
                st.evaluate(rule, None, applicable=False), st.evaluate(rule, 5.0)]  # fmt: skip
    findings = [st.make_finding(rule, o, m.FEATURE, str(i), "projets", i)
                for i, o in enumerate(outcomes)]  # fmt: skip
    assert st.status_counts(findings) == {
        "RSK-01": {st.PASS: 1, st.WARNING: 0, st.FAIL: 1, st.NOT_APPLICABLE: 1,
                   st.NOT_EVALUABLE: 1},
    }  # fmt: skip


def test_messages_translate_through_the_templates(rules: m.RuleSet) -> None:
    french = {
        st.M_FAIL[m.CONFORMITE]: "{title} : règle non respectée ({measure_name} {measure}, "
        "seuil {sign} {threshold})",
        st.MEASURE_NAMES[m.DISJOINT]: "surface de recouvrement",
    }
    outcome = st.evaluate(rules.rule("RSK-01"), 12.5)
    assert outcome.message_text(lambda s: french.get(s, s)) == (
        "Aucun projet en zone rouge : règle non respectée (surface de recouvrement "
        "12,5\u00a0m², seuil ≤ 0\u00a0m²)"
    )


# -- findings and JSONL ----------------------------------------------------------------------------


def _findings(rules: m.RuleSet) -> list[st.Finding]:
    com, tvb = rules.rule("COM-02"), rules.rule("TVB-03")
    out = []
    for fid, outside in ((10, 0.0), (2, 200.0), (1, None)):
        outcome = st.evaluate(com, outside, applicable=outside is not None, before_tolerance=0.0)
        wkt = "POLYGON((0 0,10 0,10 20,0 20,0 0))" if outside else None
        out.append(st.make_finding(com, outcome, m.FEATURE, str(fid), "projets", fid,
                                   f"Projet {fid}", "62498", wkt, "outside"))  # fmt: skip
    for key, value in (("62510", 1e-7), ("62498", 750.123456)):
        out.append(st.make_finding(tvb, st.evaluate(tvb, value), m.COMMUNE, key, "zone_urba",
                                   key, None, key))  # fmt: skip
    out.append(st.make_finding(tvb, st.evaluate(tvb, 2000.0), m.FEATURE, "7", "zone_urba", 7))
    return out


def test_findings_have_a_deterministic_order(rules: m.RuleSet) -> None:
    findings = _findings(rules)
    shuffled = findings[:]
    random.Random(4).shuffle(shuffled)
    ordered = st.sort_findings(shuffled)
    assert st.sort_findings(findings) == ordered
    assert [(f.rule_id, f.scope, f.scope_key) for f in ordered] == [
        ("COM-02", m.FEATURE, "1"),
        ("COM-02", m.FEATURE, "2"),
        ("COM-02", m.FEATURE, "10"),
        ("TVB-03", m.FEATURE, "7"),
        ("TVB-03", m.COMMUNE, "62498"),
        ("TVB-03", m.COMMUNE, "62510"),
    ]


def test_every_fail_or_warning_carries_its_evidence_fields(rules: m.RuleSet) -> None:
    """§A9.22: measure, threshold, citation and message on every fail or warning; evidence only
    when measured."""
    for finding in _findings(rules):
        if finding.status in (st.FAIL, st.WARNING):
            assert finding.measure_value is not None and finding.threshold_value is not None
            assert finding.citation["document"] and finding.message
        if finding.status == st.NOT_APPLICABLE:
            assert finding.evidence_wkt is None and finding.reason


def test_jsonl_is_byte_identical_apart_from_the_run_time(rules: m.RuleSet, tmp_path: Path) -> None:
    run = st.run_header(rules, plugin="1.0.0", qgis="3.22.16", sources={"centres": 3})
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    st.write_jsonl(first, _findings(rules), run, "2025-01-01T10:00:00Z")
    shuffled = _findings(rules)
    random.Random(7).shuffle(shuffled)
    st.write_jsonl(second, shuffled, dict(reversed(list(run.items()))), "2025-01-02T11:30:00Z")
    a, b = first.read_bytes(), second.read_bytes()
    assert a != b
    assert a.replace(b"2025-01-01T10:00:00Z", b"") == b.replace(b"2025-01-02T11:30:00Z", b"")
    lines = a.decode("utf-8").splitlines()
    header = json.loads(lines[0])
    assert header["record"] == "run" and header["rules"]["sha256"] == rules.sha256
    rows = [json.loads(line) for line in lines[1:]]
    assert [r["rule"]["id"] for r in rows] == ["COM-02"] * 3 + ["TVB-03"] * 3
    assert rows[1]["status"] == st.FAIL and rows[1]["evidence"]["role"] == "outside"
    assert rows[1]["citation"]["url"] == "https://example.invalid/doo.pdf#page=57"
    # measures rounded to the unit's decimals (m²: 2) before they are written
    assert (rows[4]["scope_key"], rows[4]["measure"]["value"]) == ("62498", 750.12)
    assert '"measure":{"name":"overlap area","unit":"m2","value":750.12}' in lines[5]
    assert (rows[5]["scope_key"], rows[5]["measure"]["value"]) == ("62510", 0.0)
    for line in lines:
        assert line == st.canonical_json(json.loads(line))  # sorted keys, canonical floats
        assert "e-" not in line and "e+" not in line


@pytest.mark.parametrize(
    ("value", "text"),
    [(1.0, "1.0"), (0.1 + 0.2, "0.3"), (-0.0, "0.0"), (1e-7, "0.0"), (-1e-9, "0.0"),
     (123456789.123456789, "123456789.123457"), (2.5e-5, "0.000025"), (math.nan, None)],
)  # fmt: skip
def test_fixed_float_formatting(value: float, text: str | None) -> None:
    assert st.float_text(value) == text


def test_canonical_json() -> None:
    data = {"b": [1, 2.50, None, True], "a": {"z": "é", "y": math.inf}}
    assert st.canonical_json(data) == '{"a":{"y":null,"z":"é"},"b":[1,2.5,null,true]}'


def test_french_messages_from_the_shipped_translations(rules: m.RuleSet, repo_root: Path) -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(repo_root / "i18n" / "aula_fr.ts").getroot()
    french = {
        message.findtext("source"): message.findtext("translation")
        for context in root.iter("context")
        if context.findtext("name") == "aula"
        for message in context.iter("message")
    }

    def tr(text: str) -> str:
        return french.get(text) or text

    rule = rules.rule("COM-02")
    tolerated = st.evaluate(rule, 0.0, before_tolerance=100.0).message_text(tr)
    assert tolerated == (
        "Commerce de 300 m² ou plus dans une centralité : respecté (surface hors de la référence "
        "0\u00a0m², seuil ≤ 0\u00a0m²) ; note : 100\u00a0m² hors de la référence, dans la "
        "tolérance de 10\u00a0m"
    )
    failed = st.evaluate(rule, 200.0).message_text(tr)
    assert "écart au SCoT à apprécier" in failed
    assert "s'apprécie globalement" in failed
    gate = st.evaluate(rule, None, applicable=False).message_text(tr)
    assert gate.startswith("Commerce de 300 m² ou plus dans une centralité : non applicable")
    assert "395216" in tr(st.LEGAL_CAUTION) and tr(st.LEGAL_CAUTION) != st.LEGAL_CAUTION
