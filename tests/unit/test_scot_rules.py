"""SCoT rule files: schema errors with lines, semantic refusals, jsonschema/built-in parity, the
demo rule set (SCOT_AND_FACT_SHEETS.md §A5, §A9 statement 20)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aula_plugin.core.scot import model as m
from aula_plugin.core.scot import schema
from aula_plugin.core.scot.loader import (
    LINE_AREA,
    NO_GEOMETRY,
    NOT_YAML,
    NOTE_BUILTIN,
    S_ENUM,
    S_REQUIRED,
    S_SQL,
    S_TYPE,
    RuleFileError,
    check_source_geometries,
    line_of,
    load_rules_file,
    load_rules_text,
    parse_yaml,
)

BOTH = pytest.mark.parametrize("use_jsonschema", [True, False], ids=["jsonschema", "built-in"])

GOOD = """\
format_version: 1
document: {title: "SCoT de test"}
sources:
  centres: {path: scot.gpkg, layer: scot_centralite, geometry: polygon}
  corridors: {aula_output: "aula:leastcostcorridors"}
  budget: {aula_output: "aula:zantrajectory"}
  envelope: {path: scot.gpkg, layer: scot_enveloppe_urbaine, geometry: polygon}
subjects:
  shops: {layer: projets, commune_field: insee}
rules:
  - id: COM-02
    title: "Commerce de plus de 300 m² dans une centralité"
    relation: compatibilite
    applies_to: {subject: shops, filter: "\\"surface_vente\\" >= 300"}
    test: {op: within, against: centres, tolerance_m: 10}
    scope: [feature]
    citation: {document: DOO, article: "Orientation 4.2", page: 57}
  - id: TVB-02
    title: "Corridors"
    relation: compatibilite
    applies_to: {subject: shops}
    test: {op: overlap, against: corridors, measure: area, buffer_m: 25}
    threshold: {op: le, unit: m2, value: 0, warning: 500}
    scope: [feature, commune]
    citation: {document: DOO, article: "2.1.3"}
  - id: ZAN-01
    title: "Enveloppe"
    relation: compatibilite
    applies_to: {subject: shops}
    test:
      op: outside_envelope_per_commune
      against: envelope
      budget: {source: budget, key_field: territory}
    threshold: {op: le, unit: m2, field: remaining_m2, warning_pct: 110}
    scope: [commune]
    citation: {document: DOO, article: "1.2.1"}
"""


def _lines(text: str, **changes: str) -> str:
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    return text


def refused(text: str, use_jsonschema: bool | None = None) -> RuleFileError:
    with pytest.raises(RuleFileError) as caught:
        load_rules_text(text, "regles.yaml", use_jsonschema)
    return caught.value


def test_jsonschema_is_in_the_venv() -> None:
    """Debian 12's python3-jsonschema: the first path runs where QGIS runs."""
    assert schema.jsonschema_available()


@BOTH
def test_a_good_file_loads(use_jsonschema: bool) -> None:
    rules = load_rules_text(GOOD, "regles.yaml", use_jsonschema)
    assert [r.id for r in rules.rules] == ["COM-02", "TVB-02", "ZAN-01"]
    assert rules.validator == (schema.JSONSCHEMA if use_jsonschema else schema.BUILTIN)
    com = rules.rule("COM-02")
    assert com.test.tolerance_m == 10
    assert com.applies_filter == '"surface_vente" >= 300'
    assert com.threshold.implicit
    assert (com.threshold.op, com.threshold.value) == (m.LE, 0.0)
    assert com.citation == m.Citation("DOO", "Orientation 4.2", 57, None)
    assert com.line == 11
    assert rules.sources["corridors"].geometry == m.LINE
    assert rules.sources["budget"].key_field == "territory"
    zan = rules.rule("ZAN-01")
    assert zan.threshold.field == "remaining_m2"
    assert zan.threshold.limits(field_value=10_000) == m.Limits(m.LE, 10_000, 11_000, m.M2)
    assert rules.metric_crs == "EPSG:2154"


@BOTH
def test_a_missing_citation_names_the_rule_and_its_line(use_jsonschema: bool) -> None:
    text = _lines(
        GOOD, **{'    citation: {document: DOO, article: "Orientation 4.2", page: 57}\n': ""}
    )
    error = refused(text, use_jsonschema)
    assert len(error.issues) == 1
    issue = error.issues[0]
    assert (issue.line, issue.rule, issue.template) == (11, "COM-02", S_REQUIRED)
    assert issue.values["key"] == "citation"
    assert "regles.yaml, line 11, rule COM-02: missing key citation" in error.message()


@BOTH
def test_an_unknown_operator_points_at_its_line(use_jsonschema: bool) -> None:
    error = refused(_lines(GOOD, **{"{op: within,": "{op: s_within,"}), use_jsonschema)
    [issue] = error.issues
    assert (issue.line, issue.rule, issue.key, issue.template) == (15, "COM-02", "test.op", S_ENUM)
    assert "line 15, rule COM-02, key test.op: “s_within” is not one of: within" in error.message()


@BOTH
def test_free_sql_is_refused(use_jsonschema: bool) -> None:
    text = _lines(GOOD, **{"{subject: shops, filter:": '{subject: shops, sql: "select 1", filter:'})
    [issue] = refused(text, use_jsonschema).issues
    assert (issue.line, issue.key, issue.template) == (14, "applies_to.sql", S_SQL)


@BOTH
def test_every_problem_is_reported_sorted_by_line(use_jsonschema: bool) -> None:
    text = _lines(
        GOOD,
        **{
            "relation: compatibilite\n    applies_to: {subject: shops}\n    test: {op: overlap": (
                "relation: compatible\n    applies_to: {subject: shops}\n    test: {op: overlap"
            ),
            "page: 57": "page: zero",
            "format_version: 1": "format_version: 2",
        },
    )
    error = refused(text, use_jsonschema)
    assert [(i.line, i.key) for i in error.issues] == [
        (1, "format_version"),
        (17, "citation.page"),
        (20, "relation"),
    ]
    assert error.issues[1].template == S_TYPE
    assert "expected a whole number, found “zero”" in error.message()


def test_an_area_test_against_lines_needs_buffer_m() -> None:
    error = refused(_lines(GOOD, **{", buffer_m: 25}": "}"}))
    [issue] = error.issues
    assert (issue.line, issue.rule, issue.key, issue.template) == (
        22,
        "TVB-02",
        "test.against",
        LINE_AREA,
    )
    assert "state buffer_m" in error.message()
    assert "never a silent 0 m² overlap" in error.message()


def test_the_geometry_found_when_opening_the_layers_is_checked_again() -> None:
    """A file source declared without geometry: the QGIS glue reports what it opened."""
    text = _lines(GOOD, **{"scot_centralite, geometry: polygon}": "scot_centralite}"})
    rules = load_rules_text(text)
    assert rules.sources["centres"].geometry is None
    check_source_geometries(rules, {"centres": m.POLYGON, "corridors": m.LINE})
    with pytest.raises(RuleFileError) as caught:
        check_source_geometries(rules, {"centres": m.LINE})
    assert [(i.rule, i.template) for i in caught.value.issues] == [("COM-02", LINE_AREA)]
    with pytest.raises(RuleFileError) as caught:
        check_source_geometries(rules, {"centres": m.NO_GEOMETRY})
    assert [(i.rule, i.template) for i in caught.value.issues] == [("COM-02", NO_GEOMETRY)]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"against: centres,": "against: nowhere,"}, "unknown source nowhere"),
        ({"{subject: shops, filter": "{subject: shop, filter"}, "unknown subject shop"),
        ({"warning: 500": "warning: -1"}, "the warning limit -1 must lie beyond the threshold 0"),
        ({"warning_pct: 110": "warning_pct: 90"}, "warning_pct 90 must be ≥ 100"),
        ({"unit: m2, value: 0": "unit: pct, value: 0"}, "unit pct does not fit overlap"),
        ({"id: TVB-02": "id: COM-02"}, "the id COM-02 is already used line 11"),
        ({"scope: [commune]": "scope: [feature, commune]"}, "scope feature is not accepted"),
        ({"shops: {layer: projets, commune_field: insee}": "shops: {layer: projets}"},
         "scope commune needs commune_field on the subject shops"),
        ({"field: remaining_m2,": "value: 1000, field: remaining_m2,"},
         "give exactly one of value, field or by_class"),
        ({'>= 300"}': '>= 300 and eval(\'1\')"}'}, "the function eval is not accepted"),
        ({"format_version: 1": 'format_version: 1\nmetric_crs: "EPSG:4326"'},
         "EPSG:4326 is a geographic CRS"),
        ({'budget: {aula_output: "aula:zantrajectory"}':
          'budget: {aula_output: "aula:zantrajectory", output: YEARS}'},
         "aula:zantrajectory has no output YEARS"),
    ],
)  # fmt: skip
def test_what_the_schema_cannot_say_is_refused(changes: dict[str, str], expected: str) -> None:
    assert expected in refused(_lines(GOOD, **changes)).message()


def test_a_threshold_field_only_for_the_zan_budget() -> None:
    text = _lines(GOOD, **{"unit: m2, value: 0, warning: 500": "unit: m2, field: remaining_m2"})
    assert "only accepted by outside_envelope_per_commune" in refused(text).message()


def test_a_threshold_is_required_by_measuring_tests() -> None:
    text = _lines(GOOD, **{"    threshold: {op: le, unit: m2, value: 0, warning: 500}\n": ""})
    [issue] = refused(text).issues
    assert (issue.line, issue.rule, issue.values) == (18, "TVB-02", {"key": "threshold"})


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("format_version: 1\nrules: [\n  {id: a\n", 4),  # unclosed flow sequence
        ("format_version: 1\ndocument:\n  title: x\n   bad: indentation\n", 4),
        ("a: 1\nb: [1, 2\nc: 3\n", 3),
    ],
)
def test_malformed_yaml_names_its_line(text: str, line: int) -> None:
    error = refused(text)
    [issue] = error.issues
    assert issue.template == NOT_YAML
    assert issue.line == line
    assert f"regles.yaml, line {line}: not valid YAML" in error.message()


def test_a_repeated_key_is_refused_not_silently_replaced() -> None:
    error = refused(
        _lines(
            GOOD,
            **{
                "relation: compatibilite\n    applies_to: {subject: shops, f": (
                    "relation: compatibilite\n    relation: conformite\n"
                    "    applies_to: {subject: shops, f"
                )
            },
        )
    )
    assert "line 14: the key relation is given twice (first line 13)" in error.message()


def test_line_of_walks_the_node_tree() -> None:
    _data, node = parse_yaml(GOOD, "x.yaml")
    assert line_of(node, ("rules", 1, "test", "buffer_m")) == 22
    assert line_of(node, ("rules", 2, "test"), "budget") == 33
    assert line_of(node, ("rules", 2, "test", "budget", "key_field")) == 33
    assert line_of(node, ("rules", 7, "test")) == 11  # beyond the tree: the list, its first "-"


# -- jsonschema and the built-in checker -----------------------------------------------------------

BAD_FILES = [
    _lines(GOOD, **{"{op: within,": "{op: s_within,"}),
    _lines(GOOD, **{"    citation: {document: DOO, article: \"1.2.1\"}\n": ""}),
    _lines(GOOD, **{"tolerance_m: 10": "tolerance_m: -1, unknown: 2"}),
    _lines(GOOD, **{"buffer_m: 25": "buffer_m: 0"}),
    _lines(GOOD, **{"scope: [feature]": "scope: []"}),
    _lines(GOOD, **{"scope: [feature]": "scope: [feature, parcel, 3]"}),
    _lines(GOOD, **{"id: COM-02": "id: 2COM"}),
    _lines(GOOD, **{"page: 57": "page: 5.5"}),
    _lines(GOOD, **{"page: 57": "page: true"}),
    _lines(GOOD, **{"format_version: 1": "format_version: true"}),
    _lines(GOOD, **{"test: {op: overlap, against: corridors, measure: area, buffer_m: 25}":
                    "test: {op: overlap, buffer_m: 25}"}),
    _lines(GOOD, **{"budget: {source: budget, key_field: territory}": "budget: {source: ''}"}),
    _lines(GOOD, **{'document: {title: "SCoT de test"}': "document: []"}),
    "rules: {}\nsources: 3\n",
    "[1, 2]\n",
    "",
]  # fmt: skip


@pytest.mark.parametrize("text", BAD_FILES)
def test_jsonschema_and_the_built_in_checker_give_the_same_errors(text: str) -> None:
    data, _node = parse_yaml(text, "x.yaml")
    rules = schema.load_schema()
    with_jsonschema = schema.jsonschema_issues(data, rules)
    built_in = schema.builtin_issues(data, rules)
    assert with_jsonschema, "a bad file must give errors"
    assert built_in == with_jsonschema


@BOTH
def test_the_demo_rule_set_loads(use_jsonschema: bool, repo_root: Path) -> None:
    rules = load_rules_file(repo_root / "resources" / "scot" / "regles_scot_demo.yaml",
                            use_jsonschema)  # fmt: skip
    assert "synthétique" in rules.label.lower()
    ops = {r.test.op for r in rules.rules}
    assert {m.WITHIN, m.DENSITY_RATIO, m.OVERLAP, m.OUTSIDE_ENVELOPE, m.DISJOINT} <= ops
    daacl = rules.rule("DAACL-01")
    assert (daacl.test.tolerance_m, daacl.applies_filter) == (10, '"surface_vente" >= 300')
    assert rules.sources[daacl.test.against].table == "centralites_validees"
    corridor_rules = [r for r in rules.rules if r.test.against == "corridors"]
    assert corridor_rules and all(r.test.buffer_m for r in corridor_rules)
    assert rules.sources["corridors"].algorithm == "aula:leastcostcorridors"
    assert rules.sources["budget_zan"].geometry == m.NO_GEOMETRY
    assert rules.rule("ZAN-01").threshold.field == "remaining_m2"
    assert rules.rule("DENS-01").threshold.classes["pôle majeur"] == (35.0, 30.0)
    assert rules.rule("RISQ-01").relation == m.CONFORMITE
    assert all(r.citation.document and r.citation.article for r in rules.rules)
    assert len(rules.sha256) == 64


def test_without_jsonschema_the_built_in_checker_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A QGIS without python3-jsonschema: importing it fails, the rules still load and say how."""
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # import raises ImportError
    assert not schema.jsonschema_available()
    assert load_rules_text(GOOD).validator == schema.BUILTIN
    error = refused(_lines(GOOD, **{"{op: within,": "{op: s_within,"}))
    assert error.issues[0].line == 15
    assert "apt install python3-jsonschema" in NOTE_BUILTIN


def test_the_schema_uses_only_what_the_built_in_checker_knows() -> None:
    def walk(node):
        if isinstance(node, dict):
            yield node
            for key, value in node.items():
                if key not in ("properties", "definitions", "enum", "required"):
                    yield from walk(value)
                elif key in ("properties", "definitions"):
                    for sub in value.values():
                        yield from walk(sub)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)

    known = schema.KEYWORDS | schema.ANNOTATIONS | {"else"}
    for node in walk(schema.load_schema()):
        assert set(node) <= known, set(node) - known
