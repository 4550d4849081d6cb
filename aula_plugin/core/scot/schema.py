"""The rule file's JSON Schema and its two validators, giving the same errors.

``resources/scot/rules.schema.json`` is validated with ``jsonschema`` (Debian 12:
python3-jsonschema) when importable, else with :func:`builtin_issues`, a small checker of the
keywords the schema uses (:data:`KEYWORDS`, draft-07 semantics). Both answer with
:class:`SchemaIssue` (path, kind, detail): one issue per missing or unknown key, so that the two
lists compare equal (tests/unit/test_scot_rules.py checks it on bad files).

Pure Python (no qgis).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve()
#: staged plugin first (aula_plugin/resources), then the repository (resources/)
SCHEMA_PATHS = (
    _HERE.parents[2] / "resources" / "scot" / "rules.schema.json",
    _HERE.parents[3] / "resources" / "scot" / "rules.schema.json",
)

JSONSCHEMA = "jsonschema"
BUILTIN = "built-in"

#: the keywords the built-in checker implements; the schema must use no other
KEYWORDS = frozenset(
    {
        "type", "required", "enum", "const", "properties", "additionalProperties", "items",
        "minItems", "minLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "allOf",
        "if", "then", "$ref",
    }
)  # fmt: skip
#: keywords that only annotate
ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "definitions", "default"})


@dataclass(frozen=True, order=True)
class SchemaIssue:
    """One schema violation: ``path`` to the value (keys and list indexes), the keyword broken
    (``required`` and ``additionalProperties`` name their key in ``detail``, at the mapping's
    path) and a detail (the expected types, the allowed values, the limit...)."""

    path: tuple[Any, ...]
    kind: str
    detail: str


def load_schema() -> dict[str, Any]:
    for path in SCHEMA_PATHS:
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    raise FileNotFoundError(SCHEMA_PATHS[0])


def jsonschema_available() -> bool:
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        return False
    return True


def issues(
    instance: Any, schema: dict[str, Any], use_jsonschema: bool | None = None
) -> tuple[list[SchemaIssue], str]:
    """(sorted issues, validator used); ``use_jsonschema`` None: jsonschema when importable."""
    if use_jsonschema is None:
        use_jsonschema = jsonschema_available()
    if use_jsonschema:
        return jsonschema_issues(instance, schema), JSONSCHEMA
    return builtin_issues(instance, schema), BUILTIN


def _sorted(found: Iterator[SchemaIssue]) -> list[SchemaIssue]:
    return sorted(set(found), key=lambda i: ([str(p) for p in i.path], i.kind, i.detail))


def _detail(kind: str, value: Any) -> str:
    if kind == "type":
        return ", ".join(value) if isinstance(value, list) else str(value)
    if kind == "enum":
        return ", ".join(str(v) for v in value)
    return str(value)


# -- jsonschema ------------------------------------------------------------------------------------


def jsonschema_issues(instance: Any, schema: dict[str, Any]) -> list[SchemaIssue]:
    import jsonschema

    validator = jsonschema.Draft7Validator(schema)

    def found() -> Iterator[SchemaIssue]:
        for error in validator.iter_errors(instance):
            path = tuple(error.absolute_path)
            kind = str(error.validator)
            if kind == "required":
                for key in error.validator_value:
                    if key not in error.instance:
                        yield SchemaIssue(path, kind, str(key))
            elif kind == "additionalProperties":
                known = error.schema.get("properties", {})
                for key in error.instance:
                    if key not in known:
                        yield SchemaIssue(path, kind, str(key))
            else:
                yield SchemaIssue(path, kind, _detail(kind, error.validator_value))

    return _sorted(found())


# -- built-in checker ------------------------------------------------------------------------------


def _is_type(value: Any, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float))
    raise ValueError(name)


def _equal(one: Any, two: Any) -> bool:
    """jsonschema's equality: True is not 1, False is not 0."""
    if isinstance(one, bool) or isinstance(two, bool):
        return type(one) is type(two) and one == two
    return one == two


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref are supported: {ref}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def builtin_issues(instance: Any, schema: dict[str, Any]) -> list[SchemaIssue]:
    return _sorted(_check(instance, schema, (), schema))


def _valid(instance: Any, schema: dict[str, Any], root: dict[str, Any]) -> bool:
    return next(_check(instance, schema, (), root), None) is None


def _check(
    value: Any, schema: dict[str, Any], path: tuple[Any, ...], root: dict[str, Any]
) -> Iterator[SchemaIssue]:
    if "$ref" in schema:  # draft-07: $ref ignores its siblings
        yield from _check(value, _resolve(root, schema["$ref"]), path, root)
        return
    unknown = set(schema) - KEYWORDS - ANNOTATIONS - {"else"}
    if unknown:
        raise ValueError(f"schema keywords outside the built-in checker: {sorted(unknown)}")
    for keyword, rule in schema.items():
        if keyword == "type":
            names = rule if isinstance(rule, list) else [rule]
            if not any(_is_type(value, n) for n in names):
                yield SchemaIssue(path, keyword, _detail(keyword, rule))
        elif keyword == "enum":
            if not any(_equal(value, choice) for choice in rule):
                yield SchemaIssue(path, keyword, _detail(keyword, rule))
        elif keyword == "const":
            if not _equal(value, rule):
                yield SchemaIssue(path, keyword, _detail(keyword, rule))
        elif keyword == "allOf":
            for sub in rule:
                yield from _check(value, sub, path, root)
        elif keyword == "if":
            if _valid(value, rule, root):
                if "then" in schema:
                    yield from _check(value, schema["then"], path, root)
            elif "else" in schema:
                yield from _check(value, schema["else"], path, root)
        elif isinstance(value, dict):
            yield from _check_object(keyword, rule, value, schema, path, root)
        elif isinstance(value, list):
            if keyword == "items":
                for index, item in enumerate(value):
                    yield from _check(item, rule, (*path, index), root)
            elif keyword == "minItems" and len(value) < rule:
                yield SchemaIssue(path, keyword, _detail(keyword, rule))
        elif isinstance(value, str):
            if (keyword == "minLength" and len(value) < rule) or (
                keyword == "pattern" and not re.search(rule, value)
            ):
                yield SchemaIssue(path, keyword, _detail(keyword, rule))
        elif _is_type(value, "number") and (
            (keyword == "minimum" and value < rule)
            or (keyword == "maximum" and value > rule)
            or (keyword == "exclusiveMinimum" and value <= rule)
        ):
            yield SchemaIssue(path, keyword, _detail(keyword, rule))


def _check_object(
    keyword: str,
    rule: Any,
    value: dict[Any, Any],
    schema: dict[str, Any],
    path: tuple[Any, ...],
    root: dict[str, Any],
) -> Iterator[SchemaIssue]:
    if keyword == "required":
        for key in rule:
            if key not in value:
                yield SchemaIssue(path, keyword, str(key))
    elif keyword == "properties":
        for key, sub in rule.items():
            if key in value:
                yield from _check(value[key], sub, (*path, key), root)
    elif keyword == "additionalProperties":
        known = schema.get("properties", {})
        for key in value:
            if key in known:
                continue
            if rule is False:
                yield SchemaIssue(path, keyword, str(key))
            elif isinstance(rule, dict):
                yield from _check(value[key], rule, (*path, key), root)
