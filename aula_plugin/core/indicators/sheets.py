"""Fact-sheet definitions (YAML): a title and sections of blocks.

```yaml
format_version: 1
id: chiffres_cles
title: {fr: Chiffres clés, en: Key figures}
sections:
  - title: Population
    blocks:
      - type: key_figure          # a card: value, unit, vintage, reference value and gap
        indicator: population
        vintage: latest           # or a year: 2021
        reference: parent         # parent (the nearest), zone (the chosen one), a level, none
        gap: auto                 # points (rates, unit %), index (100 = reference), none, auto
      - type: evolution           # lines over the vintages and the annual average rate
        indicator: population
        vintages: all             # or [2015, 2021]
        territories: [self, parents]
        births: naissances        # optional: natural and migration balance
        deaths: deces
      - type: comparison_bars     # the territory against its parents and/or the chosen zone
        indicator: taux_chomage_15_64
        territories: [self, parents, zone]
      - type: table               # rows: indicators; columns: territories
        rows: [population, menages]
        territories: [self, epci, dept]
```

``territories`` items: ``self``, ``parents`` (every territory above, smallest first), ``zone``
(the comparison zone chosen in the dock) or a level (``epci``, ``scot``, ``pole``, ``agency``,
``dept``...). Titles are a text or ``{fr: ..., en: ...}``; a block without a title takes its
indicator's label. Every block may have an ``id`` (for exports) and a ``note``.

Errors name the file, line, section, block and key (:class:`~.spec.SpecError`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, AulaError
from . import spec
from .model import LEVELS, IndicatorBase, vintage_year

KEY_FIGURE = "key_figure"
BARS = "comparison_bars"
EVOLUTION = "evolution"
TABLE = "table"
BLOCK_TYPES = (KEY_FIGURE, BARS, EVOLUTION, TABLE)

SELF = "self"
PARENTS = "parents"
ZONE = "zone"
PARENT = "parent"  # the nearest parent (a card's reference)
NONE = "none"
LATEST = "latest"
ALL = "all"
GAP_AUTO = "auto"
GAP_POINTS = "points"
GAP_INDEX = "index"
GAPS = (GAP_AUTO, GAP_POINTS, GAP_INDEX, NONE)
SELECTORS = (SELF, PARENTS, ZONE, *LEVELS)
REFERENCES = (PARENT, ZONE, NONE, *LEVELS)
FORMAT_VERSION = 1

_HERE = Path(__file__).resolve()
RESOURCE_DIRS = (
    _HERE.parents[2] / "resources" / "sheets",
    _HERE.parents[3] / "resources" / "sheets",
)
DEFAULT_SHEET = "chiffres_cles.yaml"

#: a text in several languages: {"fr": ..., "en": ...}; "" for a text given in one language only
Text = Mapping[str, str]

# fmt: off
_BAD_VERSION = QT_TRANSLATE_NOOP("aula",
    "{where}: format_version {value!r} is not supported (this version reads {expected})")
_BAD_VINTAGE = QT_TRANSLATE_NOOP("aula",
    "{where}: {value!r} is not a vintage (a year such as 2021, or {expected})")
_DUPLICATE_ID = QT_TRANSLATE_NOOP("aula",
    "{where}: the block id {value!r} is already used by another block")
_NO_SHEET = QT_TRANSLATE_NOOP("aula", "the fact sheet {name} is missing from {dirs}")
# fmt: on


@dataclass(frozen=True)
class Block:
    """One block of a sheet; the keys a type does not use keep their defaults."""

    type: str
    id: str
    title: Text | None = None
    note: Text | None = None
    indicator: str = ""
    vintage: str = LATEST
    vintages: str | tuple[str, ...] = ALL
    reference: str = PARENT
    gap: str = GAP_AUTO
    territories: tuple[str, ...] = (SELF, PARENTS)
    rows: tuple[str, ...] = ()
    births: str | None = None
    deaths: str | None = None
    line: int | None = None

    def indicators(self) -> list[str]:
        found = [self.indicator] if self.indicator else []
        found += [r for r in self.rows if r not in found]
        found += [i for i in (self.births, self.deaths) if i and i not in found]
        return found


@dataclass(frozen=True)
class Section:
    title: Text
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Sheet:
    id: str
    title: Text
    sections: tuple[Section, ...]
    description: Text | None = None
    source_file: str = ""
    levels: tuple[str, ...] = ()

    def blocks(self) -> Iterator[Block]:
        for section in self.sections:
            yield from section.blocks

    def indicators(self) -> list[str]:
        found: list[str] = []
        for block in self.blocks():
            found += [i for i in block.indicators() if i not in found]
        return found

    def missing_indicators(self, base: IndicatorBase) -> list[str]:
        """Indicators the sheet shows that ``base`` does not define."""
        return [i for i in self.indicators() if i not in base.indicators]


def pick(text: Text | None, language: str = "fr") -> str:
    """The text in ``language`` (else the untagged one, else French, else any)."""
    if not text:
        return ""
    for key in (language, "", "fr"):
        if text.get(key):
            return text[key]
    return next(iter(text.values()))


def _text(node: Mapping[str, Any], key: str, where: spec.Where, required: bool) -> Text | None:
    if key not in node:
        if required:
            raise spec.SpecError(spec.MISSING_KEY, where.at(node), key=key)
        return None
    value = node[key]
    place = where.key_at(node, key)
    if isinstance(value, dict):
        return {str(lang): spec.text(value, lang, place) for lang in value}
    return {"": spec.text(node, key, where)}


def _vintage(node: Mapping[str, Any], key: str, where: spec.Where, default: str) -> str:
    value = node.get(key, default)
    text = str(value).strip() if isinstance(value, (str, int)) and value is not True else ""
    if text == default or vintage_year(text) is not None:
        return text
    raise spec.SpecError(_BAD_VINTAGE, where.key_at(node, key), value=value, expected=default)


def _selectors(node: Mapping[str, Any], where: spec.Where, default: tuple[str, ...]):
    if "territories" not in node:
        return default
    items = spec.text_list(node, "territories", where)
    for item in items:
        spec.choice({"territories": item}, "territories", where.key_at(node, "territories"),
                    SELECTORS, "")  # fmt: skip
    return tuple(items)


_COMMON = ("type", "id", "title", "note")
_KEYS = {
    KEY_FIGURE: (("indicator",), ("vintage", "reference", "gap")),
    BARS: (("indicator",), ("vintage", "territories")),
    EVOLUTION: (("indicator",), ("vintages", "territories", "births", "deaths")),
    TABLE: (("rows",), ("vintage", "territories")),
}


def _block(node: Any, where: spec.Where, number: int) -> Block:
    node = spec.mapping(node, where)
    label = str(node.get("id") or number)
    where = where.at(node, block=label)
    if "type" not in node:
        raise spec.SpecError(spec.MISSING_KEY, where, key="type")
    kind = spec.choice(node, "type", where, BLOCK_TYPES, "")
    required, optional = _KEYS[kind]
    spec.keys(node, where, ("type", *required), (*_COMMON[1:], *optional))
    values: dict[str, Any] = {
        "type": kind,
        "id": spec.text(node, "id", where) if "id" in node else f"{kind}_{number}",
        "title": _text(node, "title", where, False),
        "note": _text(node, "note", where, False),
        "line": getattr(node, "line", None),
    }
    if "indicator" in required:
        values["indicator"] = spec.text(node, "indicator", where)
    if "vintage" in optional:
        values["vintage"] = _vintage(node, "vintage", where, LATEST)
    if kind == KEY_FIGURE:
        values["reference"] = spec.choice(node, "reference", where, REFERENCES, PARENT)
        values["gap"] = spec.choice(node, "gap", where, GAPS, GAP_AUTO)
    if kind in (BARS, TABLE):
        values["territories"] = _selectors(node, where, (SELF, PARENTS))
    if kind == EVOLUTION:
        values["territories"] = _selectors(node, where, (SELF,))
        if node.get("vintages", ALL) == ALL:
            values["vintages"] = ALL
        else:
            items = spec.text_list(node, "vintages", where)
            for item in items:
                _vintage({"vintages": item}, "vintages", where.key_at(node, "vintages"), ALL)
            values["vintages"] = tuple(sorted(items, key=int))
        values["births"] = spec.optional_text(node, "births", where)
        values["deaths"] = spec.optional_text(node, "deaths", where)
        if bool(values["births"]) != bool(values["deaths"]):
            raise spec.SpecError(
                spec.MISSING_KEY, where, key="deaths" if values["births"] else "births"
            )
    if kind == TABLE:
        values["rows"] = tuple(spec.text_list(node, "rows", where))
    return Block(**values)


def parse_sheet(data: Any, name: str = "sheet") -> Sheet:
    """A :class:`Sheet` from YAML data; SpecError naming file, line, section, block and key."""
    where = spec.Where(name)
    node = spec.mapping(data, where)
    spec.keys(node, where, ("title", "sections"), ("format_version", "id", "description", "levels"))
    version = node.get("format_version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise spec.SpecError(
            _BAD_VERSION, where.key_at(node, "format_version"), value=version,
            expected=FORMAT_VERSION,
        )  # fmt: skip
    levels: tuple[str, ...] = ()
    if "levels" in node:
        levels = tuple(spec.text_list(node, "levels", where))
        for level in levels:
            spec.choice({"levels": level}, "levels", where.key_at(node, "levels"), LEVELS, "")
    sections = []
    ids: set[str] = set()
    number = 0
    for s, section_node in enumerate(spec.node_list(node, "sections", where), start=1):
        place = where.at(section_node, section=str(s))
        section_node = spec.mapping(section_node, place)
        title = _text(section_node, "title", place, True)
        place = place.at(section_node, section=pick(title) or str(s))
        spec.keys(section_node, place, ("title", "blocks"))
        blocks = []
        for block_node in spec.node_list(section_node, "blocks", place):
            number += 1
            block = _block(block_node, place, number)
            if block.id in ids:
                raise spec.SpecError(
                    _DUPLICATE_ID, place.at(block_node, block=block.id, key="id"), value=block.id
                )
            ids.add(block.id)
            blocks.append(block)
        sections.append(Section(title, tuple(blocks)))
    return Sheet(
        id=spec.text(node, "id", where, Path(name).stem),
        title=_text(node, "title", where, True),
        sections=tuple(sections),
        description=_text(node, "description", where, False),
        source_file=name,
        levels=levels,
    )


def load_sheet(path: str | Path) -> Sheet:
    """Read and check a sheet file (UTF-8 or Windows-1252)."""
    path = Path(path)
    return parse_sheet(spec.load_yaml_file(path), path.name)


def parse_sheet_text(text: str, name: str = "sheet.yaml") -> Sheet:
    return parse_sheet(spec.load_yaml_text(text, name), name)


def sheet_paths() -> list[Path]:
    """The sheets shipped with the plugin (resources/sheets/*.yaml)."""
    for folder in RESOURCE_DIRS:
        if folder.is_dir():
            return sorted(folder.glob("*.yaml"))
    return []


def default_sheet_path() -> Path:
    for folder in RESOURCE_DIRS:
        path = folder / DEFAULT_SHEET
        if path.is_file():
            return path
    raise AulaError(_NO_SHEET, name=DEFAULT_SHEET, dirs=", ".join(map(str, RESOURCE_DIRS)))


def default_sheet() -> Sheet:
    return load_sheet(default_sheet_path())
