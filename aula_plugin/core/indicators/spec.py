"""YAML files written by people (sheet definitions, import mappings, indicator catalogues).

Read with PyYAML's safe loader, every mapping remembering its line, so that each error names the
file, the line, the section, the block and the key at fault, in a message translated like every
other (:class:`SpecError`: an :class:`AulaError` whose location words are translated too).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..textfiles import decode_text, read_text

Translate = Callable[[str], str]

# fmt: off
W_LINE = QT_TRANSLATE_NOOP("aula", "{file}, line {line}")
W_SECTION = QT_TRANSLATE_NOOP("aula", "{where}, section {section}")
W_BLOCK = QT_TRANSLATE_NOOP("aula", "{where}, block {block}")
W_KEY = QT_TRANSLATE_NOOP("aula", "{where}, key {key}")
NOT_YAML = QT_TRANSLATE_NOOP("aula", "{where}: not valid YAML ({problem})")
NO_YAML = QT_TRANSLATE_NOOP("aula",
    "{where}: reading YAML files needs PyYAML, which ships with QGIS: install python3-yaml "
    "(Debian) ({problem})")
NOT_MAPPING = QT_TRANSLATE_NOOP("aula", "{where}: expected a mapping of keys, got {value!r}")
NOT_LIST = QT_TRANSLATE_NOOP("aula", "{where}: expected a list, got {value!r}")
NOT_TEXT = QT_TRANSLATE_NOOP("aula", "{where}: expected a text, got {value!r}")
NOT_NUMBER = QT_TRANSLATE_NOOP("aula", "{where}: expected a number, got {value!r}")
EMPTY_LIST = QT_TRANSLATE_NOOP("aula", "{where}: the list is empty")
MISSING_KEY = QT_TRANSLATE_NOOP("aula", "{where}: missing key {key}")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("aula",
    "{where}: unknown key {key} (expected one of: {expected})")
BAD_CHOICE = QT_TRANSLATE_NOOP("aula", "{where}: {value!r} is not one of: {expected}")
# fmt: on


@dataclasses.dataclass(frozen=True)
class Where:
    """A place in a spec file: file, line, section, block, key (each optional but the file)."""

    file: str
    line: int | None = None
    section: str | None = None
    block: str | None = None
    key: str | None = None

    def at(self, node: Any = None, **changes: Any) -> Where:
        """This place moved to ``node`` (its line) and/or the given section, block or key."""
        line = getattr(node, "line", None)
        if line is not None:
            changes.setdefault("line", line)
        return dataclasses.replace(self, **changes)

    def key_at(self, node: Any, key: str) -> Where:
        """The place of ``key`` inside the mapping ``node``."""
        line = getattr(node, "key_lines", {}).get(key, getattr(node, "line", None))
        return dataclasses.replace(self, key=key, line=line if line is not None else self.line)

    def text(self, translate: Translate | None = None) -> str:
        tr = translate or (lambda s: s)
        text = tr(W_LINE).format(file=self.file, line=self.line) if self.line else self.file
        if self.section is not None:
            text = tr(W_SECTION).format(where=text, section=self.section)
        if self.block is not None:
            text = tr(W_BLOCK).format(where=text, block=self.block)
        if self.key is not None:
            text = tr(W_KEY).format(where=text, key=self.key)
        return text


class SpecError(AulaError):
    """An error in a spec file; ``{where}`` in the template is the translated location."""

    def __init__(self, template: str, where: Where, **values: Any) -> None:
        self.where = where
        super().__init__(template, **values)

    def message(self, translate: Translate | None = None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format(where=self.where.text(translate), **self.values)


class Map(dict):
    """A YAML mapping with the line of its start and of each key (1-based)."""

    line: int | None = None
    key_lines: dict[str, int]


class Seq(list):
    """A YAML sequence with the line of its start (1-based)."""

    line: int | None = None


def _loader() -> type:
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - PyYAML ships with QGIS
        raise SpecError(NO_YAML, Where("PyYAML"), problem=exc) from None

    class LineLoader(yaml.SafeLoader):
        def construct_mapping(self, node: Any, deep: bool = False) -> Map:
            self.flatten_mapping(node)
            out = Map()
            out.line = node.start_mark.line + 1
            out.key_lines = {}
            for key_node, value_node in node.value:
                key = self.construct_object(key_node, deep=True)
                if isinstance(key, (int, float)) and not isinstance(key, bool):
                    key = str(key)  # a column named 2021
                out[key] = self.construct_object(value_node, deep=True)
                out.key_lines[str(key)] = key_node.start_mark.line + 1
            return out

        def construct_sequence(self, node: Any, deep: bool = False) -> Seq:
            out = Seq(self.construct_object(child, deep=True) for child in node.value)
            out.line = node.start_mark.line + 1
            return out

    LineLoader.add_constructor("tag:yaml.org,2002:map", LineLoader.construct_mapping)
    LineLoader.add_constructor("tag:yaml.org,2002:seq", LineLoader.construct_sequence)
    return LineLoader


def load_yaml_text(text: str, name: str) -> Any:
    """The data of a YAML text; SpecError with the file name and line when it is not YAML."""
    import yaml

    loader = _loader()
    try:
        return yaml.load(text, Loader=loader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise SpecError(
            NOT_YAML, Where(name, line), problem=exc.problem or exc.context or str(exc)
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError(NOT_YAML, Where(name), problem=str(exc)) from None


def load_yaml_file(path: str | Path) -> Any:
    """The data of a YAML file (UTF-8 or Windows-1252, see :mod:`aula_plugin.core.textfiles`)."""
    path = Path(path)
    text, _encoding = read_text(path)
    return load_yaml_text(text, path.name)


def load_yaml_bytes(data: bytes, name: str) -> Any:
    text, _encoding = decode_text(data, name)
    return load_yaml_text(text, name)


# -- checks ----------------------------------------------------------------------------------------


def mapping(node: Any, where: Where) -> Mapping[str, Any]:
    if not isinstance(node, dict):
        raise SpecError(NOT_MAPPING, where.at(node), value=_short(node))
    return node


def keys(
    node: Mapping[str, Any], where: Where, required: Iterable[str], optional: Iterable[str] = ()
) -> None:
    """Every required key present, no key outside required + optional."""
    required = list(required)
    allowed = [*required, *optional]
    for key in node:
        if key not in allowed:
            raise SpecError(
                UNKNOWN_KEY, where.key_at(node, str(key)), key=key, expected=", ".join(allowed)
            )
    for key in required:
        if key not in node:
            raise SpecError(MISSING_KEY, where.at(node), key=key)


def text(node: Mapping[str, Any], key: str, where: Where, default: str | None = None) -> str:
    value = node.get(key, default)
    if value is None and default is None and key not in node:
        raise SpecError(MISSING_KEY, where.at(node), key=key)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise SpecError(NOT_TEXT, where.key_at(node, key), value=_short(value))
    return str(value).strip()


def optional_text(node: Mapping[str, Any], key: str, where: Where) -> str | None:
    return text(node, key, where) if node.get(key) is not None else None


def number(node: Mapping[str, Any], key: str, where: Where, default: float) -> float:
    value = node.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SpecError(NOT_NUMBER, where.key_at(node, key), value=_short(value))
    return value


def choice(
    node: Mapping[str, Any], key: str, where: Where, choices: Iterable[str], default: str
) -> str:
    choices = list(choices)
    value = node.get(key, default)
    if not isinstance(value, str) or value not in choices:
        raise SpecError(
            BAD_CHOICE, where.key_at(node, key), value=value, expected=", ".join(choices)
        )
    return value


def text_list(node: Mapping[str, Any], key: str, where: Where, default: Any = None) -> list[str]:
    """A list of texts; a single text is a list of one."""
    value = node.get(key, default)
    if value is None:
        raise SpecError(MISSING_KEY, where.at(node), key=key)
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return [str(value)]
    if not isinstance(value, list):
        raise SpecError(NOT_LIST, where.key_at(node, key), value=_short(value))
    if not value:
        raise SpecError(EMPTY_LIST, where.key_at(node, key))
    out = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, (str, int)):
            raise SpecError(NOT_TEXT, where.key_at(node, key), value=_short(item))
        out.append(str(item).strip())
    return out


def node_list(node: Mapping[str, Any], key: str, where: Where) -> list[Any]:
    value = node.get(key)
    if value is None:
        raise SpecError(MISSING_KEY, where.at(node), key=key)
    if not isinstance(value, list):
        raise SpecError(NOT_LIST, where.key_at(node, key), value=_short(value))
    if not value:
        raise SpecError(EMPTY_LIST, where.key_at(node, key))
    return value


def _short(value: Any) -> Any:
    text = repr(value)
    return value if len(text) <= 60 else text[:57] + "..."
