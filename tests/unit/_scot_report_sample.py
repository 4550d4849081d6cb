"""Hand-made SCoT findings for the report tests (unit and QGIS): the demo rule set and a few
findings of every status, built with the engine's own evaluate/make_finding or directly, with
evidence in EPSG:2154 around Lens (62498) and Liévin (62510)."""

from __future__ import annotations

from pathlib import Path

from aula_plugin.core.scot import status as st
from aula_plugin.core.scot.loader import load_rules_file
from aula_plugin.core.scot.model import RuleSet

RULES = Path(__file__).resolve().parents[2] / "resources" / "scot" / "regles_scot_demo.yaml"

X0, Y0 = 686000.0, 7034000.0


def square(x: float, y: float, side: float) -> str:
    return f"MULTIPOLYGON((({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y})))"


def ruleset() -> RuleSet:
    return load_rules_file(RULES)


def findings(rules: RuleSet) -> list[st.Finding]:
    daacl, dens, tvb, tc = (rules.rule(i) for i in ("DAACL-01", "DENS-01", "TVB-01", "TC-01"))
    out = [
        # given in a shuffled order: the report sorts them
        st.make_finding(tc, st.evaluate(tc, 650.0), "feature", "7", "zones_au", 7, "1AUh Nord",
                        "62510", f"LINESTRING({X0 + 900} {Y0 + 100},{X0 + 1550} {Y0 + 100})",
                        "shortest_line"),
        st.make_finding(daacl, st.evaluate(daacl, 240.0), "feature", "3", "projets_commerciaux",
                        3, "Retail park Sud", "62498", square(X0 + 20, Y0, 12), "outside"),
        st.make_finding(daacl, st.evaluate(daacl, 0.0), "feature", "1", "projets_commerciaux", 1,
                        "Halles centrales", "62498", square(X0, Y0 + 200, 30), "subject"),
        st.make_finding(daacl, st.evaluate(daacl, None, applicable=False), "feature", "2",
                        "projets_commerciaux", 2, "Supérette 299 m²", "62498"),
        st.make_finding(dens, st.evaluate(dens, 32.0, class_name="pôle majeur"), "feature", "5",
                        "zones_au", 5, "1AUh Centre", "62498", square(X0 + 300, Y0, 140),
                        "subject"),
        st.make_finding(dens, st.evaluate(dens, 36.5, class_name="pôle majeur"), "commune",
                        "62498", "zones_au", "62498", None, "62498"),
        st.make_finding(tvb, st.evaluate(tvb, None, reason=(st.R_MISSING_SOURCE,
                                                            {"source": "reservoirs"})),
                        "feature", "8", "zones_au", 8, "2AU Bois", "62510"),
        st.make_finding(tvb, st.evaluate(tvb, 1500.0), "feature", "9", "zones_au", 9,
                        "1AUe Marais", "62510", square(X0 + 600, Y0 + 50, 38.73), "overlap"),
    ]  # fmt: skip
    # a finding built directly, at SCoT scope (no commune)
    out.append(
        st.Finding(
            rule_id="TVB-01",
            title=tvb.title,
            relation=tvb.relation,
            severity=tvb.severity,
            scope="scot",
            scope_key="DEMO_SCOT",
            status=st.NOT_EVALUABLE,
            subject_layer="zones_au",
            subject_id="DEMO_SCOT",
            subject_label=None,
            insee=None,
            measure_name="overlap area",
            measure_value=None,
            measure_unit="m2",
            threshold_op="le",
            threshold_value=None,
            threshold_warning=None,
            message="TVB-01: not evaluable (the reference layer reservoirs is missing)",
            reason="the reference layer reservoirs is missing",
            note=None,
            citation=tvb.citation.as_dict(),
        )  # fmt: skip
    )
    return out
