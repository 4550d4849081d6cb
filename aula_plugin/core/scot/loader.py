"""Load a SCoT rule file: YAML → JSON Schema → semantic checks → :class:`~.model.RuleSet`.

Every problem is a :class:`RuleIssue` naming the line, the rule id and the key; all of them are
reported at once by :class:`RuleFileError` (an :class:`~..errors.AulaError` whose templates are
translated by the QGIS glue). Lines come from the YAML node tree (``yaml.compose``): a JSON path
(``rules[2].test.op``) is walked down the nodes to the mark of its value, or of its mapping for a
missing key.

The schema is checked with ``jsonschema`` when importable, else with the built-in checker of the
same schema (:mod:`.schema`); :attr:`~.model.RuleSet.validator` says which, and
:data:`NOTE_BUILTIN` is the sentence the algorithm logs then.

What the schema cannot say is checked here, the same whatever the validator: one kind of source
each, known sources and subjects, unique rule ids, an area test against a line layer only with
``buffer_m``, a threshold of one kind with its warning band on the failing side and a unit fitting
its test, the fields the scopes need, no side-effect functions in filters, a projected metric CRS.
Layers themselves (fields, expressions, actual geometry types) are checked by the QGIS glue, which
calls :func:`check_source_geometries` once it has opened them.

Pure Python (no qgis).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..numbers import readable
from ..textfiles import decode_text
from . import model as m
from .schema import SchemaIssue, issues, load_schema

Translate = Callable[[str], str]

# fmt: off
W_LINE = QT_TRANSLATE_NOOP("aula", "{file}, line {line}")
W_RULE = QT_TRANSLATE_NOOP("aula", "{where}, rule {rule}")
W_KEY = QT_TRANSLATE_NOOP("aula", "{where}, key {key}")
ERRORS = QT_TRANSLATE_NOOP("aula", "{file}: {count} problem(s) in the SCoT rule file:")
NOTE_BUILTIN = QT_TRANSLATE_NOOP("aula",
    "Rule file checked with the plugin's built-in schema checker: the jsonschema library is not "
    "installed (Debian: apt install python3-jsonschema; Windows: pip install jsonschema in the "
    "OSGeo4W shell)")

NOT_YAML = QT_TRANSLATE_NOOP("aula", "{where}: not valid YAML ({problem})")
NO_YAML = QT_TRANSLATE_NOOP("aula",
    "{where}: reading the rule file needs PyYAML, which ships with QGIS: install python3-yaml "
    "(Debian)")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("aula", "{where}: the key {key} is given twice (first line {first})")  # noqa: E501

S_TYPE = QT_TRANSLATE_NOOP("aula", "{where}: expected {expected}, found {value}")
S_REQUIRED = QT_TRANSLATE_NOOP("aula", "{where}: missing key {key}")
S_UNKNOWN = QT_TRANSLATE_NOOP("aula", "{where}: unknown key {key} (expected one of: {expected})")
S_SQL = QT_TRANSLATE_NOOP("aula",
    "{where}: unknown key {key}: no free SQL in a rule file; select features with a QGIS "
    "expression in the key filter")
S_ENUM = QT_TRANSLATE_NOOP("aula", "{where}: {value} is not one of: {expected}")
S_MINIMUM = QT_TRANSLATE_NOOP("aula", "{where}: {value} is below the minimum, {limit}")
S_MAXIMUM = QT_TRANSLATE_NOOP("aula", "{where}: {value} is above the maximum, {limit}")
S_ABOVE = QT_TRANSLATE_NOOP("aula", "{where}: {value} must be greater than {limit}")
S_PATTERN = QT_TRANSLATE_NOOP("aula", "{where}: {value} does not have the expected form ({limit})")
S_EMPTY_TEXT = QT_TRANSLATE_NOOP("aula", "{where}: the text is empty")
S_EMPTY_LIST = QT_TRANSLATE_NOOP("aula", "{where}: the list is empty")

SOURCE_KIND = QT_TRANSLATE_NOOP("aula", "{where}: give exactly one of path, table or aula_output")
OUTPUT_ALONE = QT_TRANSLATE_NOOP("aula", "{where}: output only goes with aula_output")
UNKNOWN_OUTPUT = QT_TRANSLATE_NOOP("aula",
    "{where}: {algorithm} has no output {output} (expected one of: {expected})")
GEOMETRY_CONFLICT = QT_TRANSLATE_NOOP("aula",
    "{where}: geometry {declared} is declared, but {source} holds {actual}")
DUPLICATE_ID = QT_TRANSLATE_NOOP("aula", "{where}: the id {id} is already used line {first}")
UNKNOWN_SUBJECT = QT_TRANSLATE_NOOP("aula", "{where}: unknown subject {name} (declared: {expected})")  # noqa: E501
UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("aula", "{where}: unknown source {name} (declared: {expected})")
LINE_AREA = QT_TRANSLATE_NOOP("aula",
    "{where}: {op} measures areas but {source} holds {geometry} geometries: state buffer_m, the "
    "width in metres within which the rule tests them (never a silent 0 m² overlap)")
NO_GEOMETRY = QT_TRANSLATE_NOOP("aula",
    "{where}: {source} is a table without geometry; {op} needs a layer with geometries")
FORBIDDEN_FUNCTION = QT_TRANSLATE_NOOP("aula",
    "{where}: the function {function} is not accepted in a filter")
THRESHOLD_KIND = QT_TRANSLATE_NOOP("aula", "{where}: give exactly one of value, field or by_class")
FIELD_ONLY_ZAN = QT_TRANSLATE_NOOP("aula",
    "{where}: a threshold read from a joined table (field) is only accepted by "
    "outside_envelope_per_commune, with test.budget naming the table")
BUDGET_WITHOUT_FIELD = QT_TRANSLATE_NOOP("aula",
    "{where}: test.budget names a table but threshold.field does not name its column")
WARNING_BOTH = QT_TRANSLATE_NOOP("aula", "{where}: give warning or warning_pct, not both")
WARNING_SIDE = QT_TRANSLATE_NOOP("aula",
    "{where}: the warning limit {warning} must lie beyond the threshold {value} (measure {sign} "
    "threshold passes, the warning band comes after)")
WARNING_PCT_SIDE = QT_TRANSLATE_NOOP("aula",
    "{where}: warning_pct {value} must be {sign} 100 for the comparison {op}")
BAD_UNIT = QT_TRANSLATE_NOOP("aula", "{where}: unit {unit} does not fit {op} (expected one of: {expected})")  # noqa: E501
SCOPE_FIELD = QT_TRANSLATE_NOOP("aula", "{where}: scope {scope} needs {field} on the subject {subject}")  # noqa: E501
ENVELOPE_FEATURE = QT_TRANSLATE_NOOP("aula",
    "{where}: outside_envelope_per_commune sums areas per commune: scope feature is not accepted")
GEOGRAPHIC_CRS = QT_TRANSLATE_NOOP("aula",
    "{where}: {crs} is a geographic CRS: metrics need a projected CRS such as EPSG:2154")

TYPE_NAMES = {
    "object": QT_TRANSLATE_NOOP("aula", "a mapping of keys"),
    "array": QT_TRANSLATE_NOOP("aula", "a list"),
    "string": QT_TRANSLATE_NOOP("aula", "a text"),
    "number": QT_TRANSLATE_NOOP("aula", "a number"),
    "integer": QT_TRANSLATE_NOOP("aula", "a whole number"),
    "boolean": QT_TRANSLATE_NOOP("aula", "true or false"),
    "null": QT_TRANSLATE_NOOP("aula", "nothing"),
}
# fmt: on

SCHEMA_TEMPLATES = {
    "type": S_TYPE,
    "required": S_REQUIRED,
    "additionalProperties": S_UNKNOWN,
    "enum": S_ENUM,
    "const": S_ENUM,
    "minimum": S_MINIMUM,
    "maximum": S_MAXIMUM,
    "exclusiveMinimum": S_ABOVE,
    "pattern": S_PATTERN,
    "minLength": S_EMPTY_TEXT,
    "minItems": S_EMPTY_LIST,
}

#: geographic CRSs refused as metric_crs (the QGIS glue also checks the CRS it builds)
GEOGRAPHIC = frozenset({"EPSG:4326", "EPSG:4171", "EPSG:4258", "EPSG:4230", "EPSG:4275"})
#: units each test's measure may be expressed in
OP_UNITS = {
    m.WITHIN: (m.M2, m.HA),
    m.DISJOINT: (m.M2, m.HA),
    m.INTERSECTS: (m.M2, m.HA),
    m.WITHIN_DISTANCE: (m.METRE,),
    m.DENSITY_RATIO: (m.DWELLINGS_HA,),
    m.OUTSIDE_ENVELOPE: (m.M2, m.HA),
    m.DISTANCE_TO_NEAREST: (m.METRE,),
}
OVERLAP_UNITS = {m.OVERLAP_AREA: (m.M2, m.HA), m.OVERLAP_RATIO: (m.PCT,)}


# -- issues and the error --------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleIssue:
    """One problem: where (line, rule id, key) and what (template + values)."""

    line: int | None
    rule: str | None
    key: str | None
    template: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def where(self, file: str, translate: Translate | None = None) -> str:
        tr = translate or (lambda s: s)
        text = tr(W_LINE).format(file=file, line=self.line) if self.line else file
        if self.rule is not None:
            text = tr(W_RULE).format(where=text, rule=self.rule)
        if self.key:
            text = tr(W_KEY).format(where=text, key=self.key)
        return text

    def text(self, file: str, translate: Translate | None = None) -> str:
        tr = translate or (lambda s: s)
        values = dict(self.values)
        if "expected_types" in values:  # translated type names
            values["expected"] = " / ".join(tr(TYPE_NAMES[t]) for t in values["expected_types"])
            del values["expected_types"]
        return tr(self.template).format(where=self.where(file, translate), **values)


class RuleFileError(AulaError):
    """The rule file is refused; ``issues`` lists every problem, sorted by line."""

    def __init__(self, file: str, found: Iterable[RuleIssue]) -> None:
        self.file = file
        self.issues = sorted(
            found, key=lambda i: (i.line or 0, i.rule or "", i.key or "", i.template)
        )
        super().__init__(ERRORS, file=file, count=len(self.issues))

    def message(self, translate: Translate | None = None) -> str:
        head = (translate(self.template) if translate else self.template).format(**self.values)
        return "\n".join([head, *("- " + i.text(self.file, translate) for i in self.issues)])


# -- YAML with lines -------------------------------------------------------------------------------


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML ships with QGIS
        raise RuleFileError("PyYAML", [RuleIssue(None, None, None, NO_YAML)]) from None
    return yaml


def parse_yaml(text: str, name: str) -> tuple[Any, Any]:
    """(data, node tree) of a YAML text; RuleFileError with the line when it is not YAML or a
    mapping repeats a key (PyYAML would silently keep the last one)."""
    yaml = _yaml()
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or str(exc)
        issue = RuleIssue(line, None, None, NOT_YAML, {"problem": problem})
        raise RuleFileError(name, [issue]) from None
    except yaml.YAMLError as exc:
        issue = RuleIssue(None, None, None, NOT_YAML, {"problem": exc})
        raise RuleFileError(name, [issue]) from None
    duplicates = list(_duplicate_keys(node))
    if duplicates:
        raise RuleFileError(name, duplicates)
    return data, node


def _duplicate_keys(node: Any) -> Iterable[RuleIssue]:
    yaml = _yaml()
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            line = key.start_mark.line + 1
            if isinstance(key, yaml.ScalarNode) and key.value in seen:
                yield RuleIssue(
                    line, None, None, DUPLICATE_KEY, {"key": key.value, "first": seen[key.value]}
                )
            elif isinstance(key, yaml.ScalarNode):
                seen[key.value] = line
            yield from _duplicate_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _duplicate_keys(item)


def line_of(node: Any, path: Iterable[Any], key: str | None = None) -> int | None:
    """The 1-based line of the value at ``path`` (keys and list indexes) in the node tree, or of
    ``key`` inside the mapping there; the nearest ancestor's line when the path goes further
    than the tree (a missing key)."""
    yaml = _yaml()
    if node is None:
        return None
    steps = [(part, False) for part in path] + ([(key, True)] if key is not None else [])
    for part, its_key in steps:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if str(key_node.value) == str(part):
                    child = key_node if its_key else value_node
                    break
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            child = node.value[part]
        if child is None:
            break
        node = child
    return node.start_mark.line + 1


# -- loading ---------------------------------------------------------------------------------------


def load_rules_file(path: str | Path, use_jsonschema: bool | None = None) -> m.RuleSet:
    """The validated rule set of a YAML file; RuleFileError listing every problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "{file}: cannot read the file ({problem})"),
            file=path.name,
            problem=exc.strerror or exc,
        ) from exc
    return load_rules_bytes(data, path.name, use_jsonschema)


def load_rules_bytes(data: bytes, name: str, use_jsonschema: bool | None = None) -> m.RuleSet:
    text, _encoding = decode_text(data, name)
    return load_rules_text(text, name, use_jsonschema, hashlib.sha256(data).hexdigest())


def load_rules_text(
    text: str, name: str = "rules.yaml", use_jsonschema: bool | None = None, sha256: str = ""
) -> m.RuleSet:
    """The validated rule set of a YAML text (``use_jsonschema`` None: jsonschema when
    importable, False: the built-in checker)."""
    data, node = parse_yaml(text, name)
    found, validator = schema_issues(data, node, use_jsonschema)
    if found:
        raise RuleFileError(name, found)
    checker = _Checker(data, node)
    checker.run()
    if checker.issues:
        raise RuleFileError(name, checker.issues)
    return checker.build(
        name, sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(), validator
    )


def _rule_id(data: Any, path: tuple[Any, ...]) -> str | None:
    """The id of the rule a path lies in (``#3`` when it has none)."""
    if len(path) < 2 or path[0] != "rules" or not isinstance(path[1], int):
        return None
    try:
        rule = data["rules"][path[1]]
    except (KeyError, IndexError, TypeError):
        return None
    rid = rule.get("id") if isinstance(rule, dict) else None
    return rid if isinstance(rid, str) and rid else f"#{path[1] + 1}"


def _key_text(path: Iterable[Any]) -> str:
    """Dotted key inside a rule (``test.op``), or from the top (``sources.centres.path``)."""
    parts = list(path)
    if len(parts) >= 2 and parts[0] == "rules" and isinstance(parts[1], int):
        parts = parts[2:]
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _shown(value: Any) -> str:
    if isinstance(value, (dict, list)):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."
    if isinstance(value, str):
        return f"“{value}”"
    return readable(value) if not isinstance(value, bool) else str(value).lower()


def schema_issue_to_rule_issue(data: Any, node: Any, issue: SchemaIssue) -> RuleIssue:
    path, kind = issue.path, issue.kind
    rule = _rule_id(data, path)
    if kind in ("required", "additionalProperties"):
        if kind == "required":
            return RuleIssue(
                line_of(node, path),
                rule,
                _key_text(path) or None,
                S_REQUIRED,
                {"key": issue.detail},
            )
        key = _key_text([*path, issue.detail])
        line = line_of(node, path, issue.detail)
        if issue.detail.lower() in m.SQL_KEYS:
            return RuleIssue(line, rule, key, S_SQL, {"key": issue.detail})
        known = _properties_at(data, path)
        return RuleIssue(
            line, rule, key, S_UNKNOWN, {"key": issue.detail, "expected": ", ".join(known)}
        )
    value = _value_at(data, path)
    values: dict[str, Any] = {"value": _shown(value), "limit": issue.detail}
    if kind == "type":
        values["expected_types"] = issue.detail.split(", ")
    elif kind in ("enum", "const"):
        values["expected"] = issue.detail
    return RuleIssue(
        line_of(node, path),
        rule,
        _key_text(path) or None,
        SCHEMA_TEMPLATES.get(kind, S_ENUM),
        values,
    )


def _value_at(data: Any, path: Iterable[Any]) -> Any:
    for part in path:
        data = data[part]
    return data


def _properties_at(data: Any, path: tuple[Any, ...]) -> list[str]:
    """The keys the schema allows at ``path`` (for the unknown-key message)."""
    schema = load_schema()
    node: Any = schema
    defs = schema["definitions"]
    for part in path:
        while "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[1]]
        if isinstance(part, int):
            node = node.get("items", {})
        else:
            props = node.get("properties", {})
            node = props.get(part) or node.get("additionalProperties") or {}
    while isinstance(node, dict) and "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[1]]
    return list(node.get("properties", {})) if isinstance(node, dict) else []


def schema_issues(
    data: Any, node: Any, use_jsonschema: bool | None = None
) -> tuple[list[RuleIssue], str]:
    """(rule issues, validator name) of the schema check of ``data``."""
    found, validator = issues(data, load_schema(), use_jsonschema)
    return [schema_issue_to_rule_issue(data, node, i) for i in found], validator


# -- semantic checks -------------------------------------------------------------------------------


_FUNCTION = re.compile(r"\b(" + "|".join(m.FORBIDDEN_FUNCTIONS) + r")\s*\(", re.IGNORECASE)


class _Checker:
    """What the schema cannot say, on schema-valid data; then the dataclasses."""

    def __init__(self, data: dict[str, Any], node: Any) -> None:
        self.data = data
        self.node = node
        self.issues: list[RuleIssue] = []
        self.geometries: dict[str, str | None] = {}

    def add(self, path: tuple[Any, ...], template: str, key: str | None = None, **values: Any):
        line = line_of(self.node, path, key) if key else line_of(self.node, path)
        shown = _key_text([*path, key] if key else path) or None
        self.issues.append(RuleIssue(line, _rule_id(self.data, path), shown, template, values))

    def run(self) -> None:
        crs = str(self.data.get("metric_crs", "EPSG:2154")).upper()
        if crs in GEOGRAPHIC:
            self.add(("metric_crs",), GEOGRAPHIC_CRS, crs=crs)
        for name, source in self.data["sources"].items():
            self.check_source(str(name), source)
        for name, subject in self.data["subjects"].items():
            self._filter(("subjects", name), subject)
            if "commune_source" in subject:
                self._known(
                    ("subjects", name),
                    "commune_source",
                    subject["commune_source"],
                    self.data["sources"],
                    UNKNOWN_SOURCE,
                )
        first: dict[str, int] = {}
        for index, rule in enumerate(self.data["rules"]):
            path = ("rules", index)
            if rule["id"] in first:
                self.add(path, DUPLICATE_ID, "id", id=rule["id"], first=first[rule["id"]])
            else:
                first[rule["id"]] = line_of(self.node, path, "id") or 0
            self.check_rule(path, rule)

    def check_source(self, name: str, source: dict[str, Any]) -> None:
        path = ("sources", name)
        kinds = [k for k in ("path", "table", "aula_output") if k in source]
        self._filter(path, source)
        if len(kinds) != 1:
            self.add(path, SOURCE_KIND)
            self.geometries[name] = source.get("geometry")
            return
        known: str | None = None
        if kinds == ["aula_output"]:
            algorithm, output = source["aula_output"], source.get("output", "OUTPUT")
            outputs = m.AULA_OUTPUTS[algorithm]
            if output not in outputs:
                self.add(
                    path,
                    UNKNOWN_OUTPUT,
                    "output",
                    algorithm=algorithm,
                    output=output,
                    expected=", ".join(outputs),
                )
            else:
                known = outputs[output][0]
            label = f"{algorithm} {output}"
        else:
            if "output" in source:
                self.add(path, OUTPUT_ALONE, "output")
            known = m.KNOWN_TABLES.get(source["table"]) if kinds == ["table"] else None
            label = source.get("table") or name
        declared = source.get("geometry")
        if declared and known and declared != known:
            self.add(
                path, GEOMETRY_CONFLICT, "geometry", declared=declared, source=label, actual=known
            )
        self.geometries[name] = known or declared

    def _filter(self, path: tuple[Any, ...], node: Mapping[str, Any]) -> None:
        text = node.get("filter")
        if isinstance(text, str):
            match = _FUNCTION.search(text)
            if match:
                self.add(path, FORBIDDEN_FUNCTION, "filter", function=match.group(1))

    def _known(
        self, path: tuple[Any, ...], key: str, name: str, names: Iterable[str], template: str
    ) -> bool:
        names = list(names)
        if name in names:
            return True
        self.add(path, template, key, name=name, expected=", ".join(names) or "-")
        return False

    def check_rule(self, path: tuple[Any, ...], rule: dict[str, Any]) -> None:
        applies, test = rule["applies_to"], rule["test"]
        self._filter((*path, "applies_to"), applies)
        subject = None
        if self._known(
            (*path, "applies_to"),
            "subject",
            applies["subject"],
            self.data["subjects"],
            UNKNOWN_SUBJECT,
        ):
            subject = self.data["subjects"][applies["subject"]]
        op = test["op"]
        against = test.get("against")
        if against is not None and self._known(
            (*path, "test"), "against", against, self.data["sources"], UNKNOWN_SOURCE
        ):
            self._geometry_fits((*path, "test"), op, against, test)
        budget = test.get("budget")
        if budget is not None:
            self._known(
                (*path, "test", "budget"),
                "source",
                budget["source"],
                self.data["sources"],
                UNKNOWN_SOURCE,
            )
        if op == m.OUTSIDE_ENVELOPE and m.FEATURE in rule["scope"]:
            self.add((*path, "scope"), ENVELOPE_FEATURE)
        if subject is not None:
            self._scope_fields(path, rule, subject)
        if "threshold" in rule:
            self.check_threshold((*path, "threshold"), rule["threshold"], test)

    def _geometry_fits(self, path: tuple[Any, ...], op: str, source: str, test: Mapping) -> None:
        geometry = self.geometries.get(source)
        if geometry == m.NO_GEOMETRY:
            self.add(path, NO_GEOMETRY, "against", source=source, op=op)
        elif op in m.AREA_OPS and geometry in (m.LINE, m.POINT) and "buffer_m" not in test:
            self.add(path, LINE_AREA, "against", op=op, source=source, geometry=geometry)

    def _scope_fields(self, path: tuple[Any, ...], rule: Mapping, subject: Mapping) -> None:
        needs = {m.COMMUNE: "commune_field", m.EPCI: "epci_field"}
        wanted = set(rule["scope"])
        if rule["test"]["op"] == m.OUTSIDE_ENVELOPE or "by_class" in rule.get("threshold", {}):
            wanted.add(m.COMMUNE)
        for scope in sorted(wanted & set(needs)):
            if needs[scope] not in subject and not (
                scope == m.COMMUNE and "commune_source" in subject
            ):
                self.add(
                    (*path, "applies_to"),
                    SCOPE_FIELD,
                    "subject",
                    scope=scope,
                    field=needs[scope],
                    subject=rule["applies_to"]["subject"],
                )

    def check_threshold(self, path: tuple[Any, ...], threshold: Mapping, test: Mapping) -> None:
        op = test["op"]
        kinds = [k for k in ("value", "field", "by_class") if k in threshold]
        if len(kinds) != 1:
            self.add(path, THRESHOLD_KIND)
        if "field" in threshold and (op != m.OUTSIDE_ENVELOPE or "budget" not in test):
            self.add(path, FIELD_ONLY_ZAN, "field")
        if "budget" in test and "field" not in threshold:
            self.add((*path[:-1], "test"), BUDGET_WITHOUT_FIELD, "budget")
        units = OVERLAP_UNITS.get(test.get("measure"), ()) if op == m.OVERLAP else OP_UNITS[op]
        if threshold["unit"] not in units:
            self.add(
                path, BAD_UNIT, "unit", unit=threshold["unit"], op=op, expected=", ".join(units)
            )
        if "warning" in threshold and "warning_pct" in threshold:
            self.add(path, WARNING_BOTH)
        cmp = threshold["op"]
        if "warning" in threshold and "value" in threshold:
            self._warning_side(path, "warning", cmp, threshold["value"], threshold["warning"])
        if "warning_pct" in threshold:
            pct = threshold["warning_pct"]
            low = cmp in (m.LE, m.LT)
            if (low and pct < 100) or (not low and pct > 100):
                self.add(
                    path,
                    WARNING_PCT_SIDE,
                    "warning_pct",
                    value=readable(pct),
                    sign="≥" if low else "≤",
                    op=m.COMPARATOR_SIGNS[cmp],
                )
        by_class = threshold.get("by_class")
        if by_class:
            self._known(
                (*path, "by_class"),
                "source",
                by_class["source"],
                self.data["sources"],
                UNKNOWN_SOURCE,
            )
            for name, limits in by_class["values"].items():
                if "warning" in limits:
                    self._warning_side(
                        (*path, "by_class", "values", name),
                        "warning",
                        cmp,
                        limits["value"],
                        limits["warning"],
                    )

    def _warning_side(self, path, key, cmp, value, warning) -> None:
        beyond = warning >= value if cmp in (m.LE, m.LT) else warning <= value
        if not beyond:
            self.add(
                path,
                WARNING_SIDE,
                key,
                warning=readable(warning),
                value=readable(value),
                sign=m.COMPARATOR_SIGNS[cmp],
            )

    # -- dataclasses -------------------------------------------------------------------------------

    def build(self, name: str, sha256: str, validator: str) -> m.RuleSet:
        data = self.data
        sources = {}
        for key, s in data["sources"].items():
            kind = "aula_output" if "aula_output" in s else ("table" if "table" in s else "file")
            algorithm = s.get("aula_output")
            output = s.get("output", "OUTPUT") if algorithm else None
            key_field = s.get("key_field")
            if algorithm and key_field is None:
                key_field = m.AULA_OUTPUTS[algorithm][output][1]
            sources[str(key)] = m.Source(
                name=str(key), kind=kind, geometry=self.geometries.get(str(key)),
                path=s.get("path"), layer=s.get("layer"), table=s.get("table"),
                algorithm=algorithm, output=output, filter=s.get("filter"), key_field=key_field,
                line=line_of(self.node, ("sources", key)),
            )  # fmt: skip
        subjects = {
            str(key): m.Subject(
                name=str(key),
                layer=s.get("layer"),
                filter=s.get("filter"),
                id_field=s.get("id_field"),
                label_field=s.get("label_field"),
                commune_field=s.get("commune_field"),
                epci_field=s.get("epci_field"),
                commune_source=s.get("commune_source"),
                line=line_of(self.node, ("subjects", key)),
            )  # fmt: skip
            for key, s in data["subjects"].items()
        }
        rules = tuple(self._rule(index, r) for index, r in enumerate(data["rules"]))
        return m.RuleSet(
            name=name, sha256=sha256, format_version=int(data["format_version"]),
            label=data.get("label"), document=dict(data["document"]),
            metric_crs=str(data.get("metric_crs", "EPSG:2154")).upper(), sources=sources,
            subjects=subjects, rules=rules, validator=validator,
        )  # fmt: skip

    def _rule(self, index: int, r: Mapping[str, Any]) -> m.Rule:
        t = r["test"]
        budget = t.get("budget")
        test = m.Test(
            op=t["op"], against=t.get("against"), geometry=t.get("geometry", m.FOOTPRINT),
            tolerance_m=float(t.get("tolerance_m", 0.0)),
            buffer_m=float(t["buffer_m"]) if "buffer_m" in t else None,
            exclude_touches=bool(t.get("exclude_touches", True)),
            distance_m=float(t["distance_m"]) if "distance_m" in t else None,
            measure=t.get("measure"), dwellings_field=t.get("dwellings_field"),
            budget=m.Budget(budget["source"], budget["key_field"]) if budget else None,
        )  # fmt: skip
        c = r["citation"]
        return m.Rule(
            id=r["id"], title=r["title"], relation=r["relation"],
            subject=r["applies_to"]["subject"], applies_filter=r["applies_to"].get("filter"),
            test=test, threshold=_threshold(r.get("threshold"), test),
            scopes=tuple(s for s in m.SCOPES if s in r["scope"]),
            severity=r.get("severity", m.SEVERITY_FAIL),
            citation=m.Citation(str(c["document"]), str(c["article"]), c.get("page"),
                                c.get("url")),
            line=line_of(self.node, ("rules", index)),
        )  # fmt: skip


def _threshold(t: Mapping[str, Any] | None, test: m.Test) -> m.Threshold:
    """The rule's threshold, or the meaning of a yes/no test when the rule states none:
    within = no area outside the reference (after tolerance), disjoint = no overlap,
    intersects = some overlap, within_distance = distance ≤ distance_m."""
    if t is None:
        if test.op == m.WITHIN_DISTANCE:
            return m.Threshold(m.LE, m.METRE, value=test.distance_m, implicit=True)
        cmp = m.GT if test.op == m.INTERSECTS else m.LE
        return m.Threshold(cmp, m.M2, value=0.0, implicit=True)
    by_class = t.get("by_class") or {}
    classes = {
        str(k): (float(v["value"]), float(v["warning"]) if "warning" in v else None)
        for k, v in by_class.get("values", {}).items()
    }
    return m.Threshold(
        op=t["op"], unit=t["unit"],
        value=float(t["value"]) if "value" in t else None,
        warning=float(t["warning"]) if "warning" in t else None,
        warning_pct=float(t["warning_pct"]) if "warning_pct" in t else None,
        field=t.get("field"), class_source=by_class.get("source"),
        class_key_field=by_class.get("key_field"), class_field=by_class.get("class_field"),
        classes=classes,
    )  # fmt: skip


def check_source_geometries(ruleset: m.RuleSet, actual: Mapping[str, str]) -> None:
    """Once the QGIS glue has opened the sources (``actual``: source name -> polygon, line, point
    or none), refuse what the declared geometry hid: an area test against lines or points without
    buffer_m, a spatial test against a table. RuleFileError naming the rule and line."""
    found = []
    for rule in ruleset.rules:
        test = rule.test
        geometry = actual.get(test.against or "")
        if geometry is None:
            continue
        values = {"op": test.op, "source": test.against, "geometry": geometry}
        if geometry == m.NO_GEOMETRY:
            found.append(RuleIssue(rule.line, rule.id, "test.against", NO_GEOMETRY, values))
        elif test.op in m.AREA_OPS and geometry in (m.LINE, m.POINT) and test.buffer_m is None:
            found.append(RuleIssue(rule.line, rule.id, "test.against", LINE_AREA, values))
    if found:
        raise RuleFileError(ruleset.name, found)
