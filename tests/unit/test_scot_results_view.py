"""The results dock's view of a findings layer: tree, counts, filters and the "why" of a finding."""

from __future__ import annotations

from dataclasses import replace

from aula_plugin.core.scot import findings_layer as fl
from aula_plugin.core.scot import results_view as rv
from aula_plugin.core.scot.status import STATUSES, Finding

NBSP = "\u00a0"


def _finding(rule: str, status: str, scope: str = "feature", key: str = "1", **kw) -> Finding:
    finding = Finding(
        rule_id=rule, title=f"Titre {rule}", relation="compatibilite", severity="fail",
        scope=scope, scope_key=key, status=status, subject_layer="zones", subject_id=key,
        subject_label=f"zone {key}" if scope == "feature" else None, insee="62498",
        measure_name="surface hors centralité", measure_value=120.5, measure_unit="m2",
        threshold_op="le", threshold_value=50.0, threshold_warning=1000.0,
        message=f"{rule} {status}", reason=None, note=None,
        citation={"document": "DOO", "article": "Orientation 4.2", "page": 57,
                  "url": "https://example.invalid/doo.pdf"},
        evidence_role="outside",
    )  # fmt: skip
    return replace(finding, **kw)


def _rows(findings: list[Finding]) -> list[rv.FindingRow]:
    return [
        rv.make_row(i + 1, fl.row(f), has_evidence=f.status in ("pass", "warning", "fail"))
        for i, f in enumerate(findings)
    ]


def _sample() -> list[rv.FindingRow]:
    return _rows([
        _finding("TVB-03", "pass", key="3"),
        _finding("COM-02", "fail", key="10"),
        _finding("COM-02", "pass", key="2"),
        _finding("COM-02", "fail", key="2"),
        _finding("COM-02", "not_applicable", key="4", reason="filtre faux"),
        _finding("TVB-03", "warning", scope="commune", key="62498"),
        _finding("TVB-03", "not_evaluable", key="5", reason="couche absente"),
    ])  # fmt: skip


def test_the_tree_groups_by_rule_then_status_with_counts() -> None:
    tree = rv.build_tree(_sample())
    assert [n.rule_id for n in tree] == ["COM-02", "TVB-03"]
    com = tree[0]
    assert com.title == "Titre COM-02" and com.total == 4
    assert com.counts == {"pass": 1, "warning": 0, "fail": 2, "not_applicable": 1,
                          "not_evaluable": 0}  # fmt: skip
    assert set(com.counts) == set(STATUSES)
    # deviations first, not_applicable last; findings in natural key order (2 before 10)
    assert [g.status for g in com.groups] == ["fail", "pass", "not_applicable"]
    assert [r.text("scope_key") for r in com.groups[0].rows] == ["2", "10"]
    assert [g.status for g in tree[1].groups] == ["warning", "not_evaluable", "pass"]
    assert rv.totals(tree) == {"pass": 2, "warning": 1, "fail": 2, "not_applicable": 1,
                               "not_evaluable": 1}  # fmt: skip


def test_not_applicable_and_not_evaluable_are_never_counted_as_a_pass() -> None:
    rows = _rows([_finding("R", "not_applicable"), _finding("R", "not_evaluable", key="2")])
    (node,) = rv.build_tree(rows)
    assert node.counts["pass"] == 0 and node.total == 2


def test_the_status_filter_hides_groups_but_keeps_the_counts() -> None:
    tree = rv.build_tree(_sample(), rv.Filters(statuses=frozenset({"fail", "warning"})))
    assert [(n.rule_id, [g.status for g in n.groups]) for n in tree] == [
        ("COM-02", ["fail"]), ("TVB-03", ["warning"])
    ]  # fmt: skip
    assert tree[0].counts["pass"] == 1 and tree[0].shown == 2


def test_the_scope_filter_keeps_one_scope_and_drops_empty_rules() -> None:
    tree = rv.build_tree(_sample(), rv.Filters(scope="commune"))
    assert [n.rule_id for n in tree] == ["TVB-03"]
    assert tree[0].total == 1 and tree[0].counts["warning"] == 1
    assert rv.scopes_of(_sample()) == ["feature", "commune"]
    assert rv.build_tree(_sample(), rv.Filters(statuses=frozenset())) != []  # counts still shown
    assert all(n.groups == [] for n in rv.build_tree(_sample(), rv.Filters(statuses=frozenset())))


def test_labels_are_translated_through_tr() -> None:
    french = {"deviation": "écart", "respected": "respecté", "commune": "commune",
              "{status}: {count}": "{status} : {count}"}  # fmt: skip

    def tr(text: str) -> str:
        return french.get(text, text)

    assert rv.status_label("fail", tr) == "écart"
    assert rv.status_label("odd", tr) == "odd"
    assert rv.counts_text({"pass": 3, "fail": 2, "warning": 0}, tr) == "écart : 2, respecté : 3"
    rows = _sample()
    assert rv.finding_label(rows[1]) == "zone 10 (62498)"
    assert rv.finding_label(rows[5]) == "commune 62498"


def test_why_gives_measure_threshold_band_citation_and_link() -> None:
    row = _sample()[1]
    why = rv.why(row)
    lines = dict(why.lines)
    assert lines["Measure"] == f"surface hors centralité: 120,5{NBSP}m²"
    assert lines["Threshold"] == f"≤ 50{NBSP}m², warning up to ≤ 1\u202f000{NBSP}m²"
    assert lines["Message"] == "COM-02 fail"
    assert lines["Evidence"] == "the part outside"
    assert why.citation == "DOO, Orientation 4.2, p. 57"
    assert why.link == "https://example.invalid/doo.pdf#page=57"
    assert lines["Rule"] == "COM-02 Titre COM-02 (compatibility)"
    assert "Reason" not in lines and "Note" not in lines  # empty parts left out


def test_why_of_a_not_evaluable_finding_says_the_reason_and_no_evidence() -> None:
    row = _sample()[6]
    lines = dict(rv.why(row).lines)
    assert lines["Reason"] == "couche absente"
    assert lines["Evidence"] == "no evidence geometry"
    assert lines["Status"] == "not evaluable"


def test_doo_link_keeps_an_anchor_and_ignores_an_empty_url() -> None:
    assert rv.doo_link("", "12") == ""
    assert rv.doo_link("https://x/doo.pdf#page=3", "12") == "https://x/doo.pdf#page=3"
    assert rv.doo_link("https://x/doo.pdf", "") == "https://x/doo.pdf"
    assert rv.doo_link("https://x/doo.pdf", "12-14") == "https://x/doo.pdf"


def test_rows_read_any_case_and_null_values() -> None:
    row = rv.make_row(7, {"RULE_ID": "A", "Status": "pass", "measure_value": "NULL",
                          "note": "", "extra": 1})  # fmt: skip
    assert row.rule_id == "A" and row.status == "pass"
    assert row.get("measure_value") is None and row.get("note") is None
    assert "extra" not in row.values
    assert rv.value_text(float("nan"), "m2") == "" and rv.value_text(None, "m2") == ""
    assert rv.value_text(15.0, "lgt_ha") == f"15{NBSP}lgt/ha"
    assert rv.threshold_text(rv.make_row(1, {"threshold_op": "ge"})) == ""
