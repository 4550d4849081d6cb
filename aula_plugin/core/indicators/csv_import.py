"""Indicator values from a CSV file, long or wide, described by a mapping (a dict or a YAML file).

Wide (one row per territory, one column per indicator and vintage)::

    layout: wide
    territory: {code: insee_com, label: commune, level: commune, pad: 5}
    parents: {dept: insee_dep}          # optional: columns holding each row's parent codes
    geo_vintage: COG 2024
    source: INSEE, comparateur de territoires
    columns:
      population_2021: population@2021  # or {indicator: population, vintage: 2021}
      superficie_km2: {indicator: superficie, vintage: 2024}
    indicators:                         # definitions (unless the base already has them)
      population: {label: Population municipale, unit: hab., aggregation: sum}

Long (one row per territory, indicator and vintage: the fact sheets' CSV export)::

    layout: long
    territory: {code: territory_code, level_column: territory_level}
    long: {indicator: indicator_id, vintage: vintage, value: value, status: status,
           source: source, label: label, unit: unit}

Cells: numbers with a decimal point or comma (``12,5``; spaces as thousands separators), secret
markers (``s``, ``secret``: status secret), missing markers (empty, ``nd``, ``n.d.``, ``NA``:
status missing). A secret or missing cell is never read as zero; a true ``0`` is a value.
Territory codes stay text (``02604``; ``pad`` restores the zeros a spreadsheet dropped).
A row repeating a territory's figures identically (the comparateur extract lists Saint-Augustin,
62691, under its two postcodes) is read once and reported in :attr:`ImportResult.duplicates`; a
repeat with a different figure is an error naming both lines.
An indicator the mapping does not define and the base does not know is created ``not_aggregable``
(safe: never summed by mistake) and listed in :attr:`ImportResult.created_indicators`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..textfiles import read_text
from . import spec
from .model import (
    LEVELS,
    MISSING,
    NOT_AGGREGABLE,
    OK,
    RULES,
    SECRET,
    STATUSES,
    Indicator,
    IndicatorBase,
    Territory,
    TerritoryLink,
    Value,
    check_level,
    normalise_vintage,
)

WIDE = "wide"
LONG = "long"
DEFAULT_SECRET = ("s", "secret", "c")
DEFAULT_MISSING = ("", "nd", "n.d.", "n.d", "na", "n/a", "null", "-", "…")
_DELIMITERS = ",;\t|"

# fmt: off
_EMPTY_FILE = QT_TRANSLATE_NOOP("aula", "{file}: the file has no header line")
_NO_COLUMN = QT_TRANSLATE_NOOP("aula",
    "{file}: no column {column} (the mapping's {key}); the header has: {header}")
_BAD_CELL = QT_TRANSLATE_NOOP("aula",
    "{file}, line {line}, column {column}: {value!r} is neither a number nor a secret or "
    "missing marker")
_NO_CODE = QT_TRANSLATE_NOOP("aula", "{file}, line {line}: the territory code is empty")
_SHORT_ROW = QT_TRANSLATE_NOOP("aula",
    "{file}, line {line}: {found} cell(s) where the header has {expected}")
_TWICE = QT_TRANSLATE_NOOP("aula",
    "{file}, line {line}: {territory}, {indicator}, vintage {vintage} is already given on "
    "line {first} with another value")
_BAD_STATUS = QT_TRANSLATE_NOOP("aula",
    "{file}, line {line}: unknown status {value!r} (expected one of: {expected})")
_BAD_COLUMN_SPEC = QT_TRANSLATE_NOOP("aula",
    "{where}: expected indicator@vintage or {{indicator: ..., vintage: ...}}, got {value!r}")
# fmt: on

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]


@dataclass(frozen=True)
class ColumnSpec:
    column: str
    indicator: str
    vintage: str


@dataclass
class CsvMapping:
    layout: str = WIDE
    code_column: str = ""
    label_column: str | None = None
    level: str | None = None
    level_column: str | None = None
    pad: int = 0
    geo_vintage: str = ""
    source: str = ""
    parents: list[tuple[str, str]] = field(default_factory=list)
    columns: list[ColumnSpec] = field(default_factory=list)
    long: dict[str, str] = field(default_factory=dict)
    secret: tuple[str, ...] = DEFAULT_SECRET
    missing: tuple[str, ...] = DEFAULT_MISSING
    delimiter: str | None = None
    indicators: dict[str, Indicator] = field(default_factory=dict)
    #: a value's source per indicator, before ``source`` (a long file's source column first)
    indicator_sources: dict[str, str] = field(default_factory=dict)


@dataclass
class CsvTable:
    name: str
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number, cells)
    encoding: str
    delimiter: str


@dataclass
class ImportResult:
    base: IndicatorBase
    file: str
    encoding: str = ""
    delimiter: str = ""
    rows: int = 0
    values: int = 0
    secret: int = 0
    missing: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    created_indicators: list[str] = field(default_factory=list)
    #: rows repeating figures already read, identical (the same commune under two postcodes):
    #: (territory key, line, first line); a repeat with another value is an error
    duplicates: list[tuple[tuple[str, str], int, int]] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------------------


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_table(path: str | Path, delimiter: str | None = None) -> CsvTable:
    """A CSV file as text cells (UTF-8 or Windows-1252; delimiter from the header when not
    given: comma, semicolon, tab or pipe)."""
    path = Path(path)
    text, encoding = read_text(path)
    return parse_csv_text(text, path.name, delimiter, encoding)


def parse_csv_text(
    text: str, name: str, delimiter: str | None = None, encoding: str = ""
) -> CsvTable:
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise AulaError(_EMPTY_FILE, file=name)
    delimiter = delimiter or _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    for cells in reader:
        if not header:
            if any(cell.strip() for cell in cells):
                header = [cell.strip() for cell in cells]
            continue
        if not any(cell.strip() for cell in cells):
            continue
        rows.append((reader.line_num, cells))
    return CsvTable(name, header, rows, encoding, delimiter)


_SPACES = re.compile(r"[\s\u00a0\u202f]")


def parse_cell(
    text: str, secret: Sequence[str] = DEFAULT_SECRET, missing: Sequence[str] = DEFAULT_MISSING
) -> tuple[str, int | float | None] | None:
    """(status, number) of a cell: ("ok", 12.5), ("secret", None), ("missing", None); None when
    the cell is neither a number nor a marker."""
    raw = text.strip()
    folded = raw.lower()
    if folded in {m.lower() for m in missing}:
        return MISSING, None
    if folded in {m.lower() for m in secret}:
        return SECRET, None
    compact = _SPACES.sub("", raw)
    if "," in compact and "." in compact:
        # the last separator is the decimal one: 1.234,5 or 1,234.5
        thousands = "." if compact.rfind(",") > compact.rfind(".") else ","
        compact = compact.replace(thousands, "")
    compact = compact.replace(",", ".")
    if re.fullmatch(r"[+-]?\d+", compact):
        return OK, int(compact)
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", compact):
        return OK, float(compact)
    return None


# -- mapping ---------------------------------------------------------------------------------------


def _indicator_from(node: Mapping[str, Any], ident: str, where: spec.Where) -> Indicator:
    spec.keys(
        node,
        where,
        ("label",),
        ("unit", "definition", "source", "aggregation", "numerator", "denominator", "factor",
         "decimals", "columns", "vintage"),
    )  # fmt: skip
    try:
        return Indicator(
            ident,
            spec.text(node, "label", where),
            spec.text(node, "unit", where, ""),
            spec.text(node, "definition", where, ""),
            spec.text(node, "source", where, ""),
            spec.choice(node, "aggregation", where, RULES, "sum"),
            spec.text(node, "numerator", where, ""),
            spec.text(node, "denominator", where, ""),
            float(spec.number(node, "factor", where, 1.0)),
            int(spec.number(node, "decimals", where, 0)),
        )
    except spec.SpecError:
        raise
    except AulaError as exc:
        raise spec.SpecError(
            QT_TRANSLATE_NOOP("aula", "{where}: {problem}"), where.at(node), problem=exc.message()
        ) from None


def indicators_from(node: Any, where: spec.Where) -> dict[str, Indicator]:
    """Indicator definitions from a YAML mapping id -> {label, unit, aggregation...}."""
    out = {}
    node = spec.mapping(node, where)
    for ident, definition in node.items():
        place = where.key_at(node, str(ident))
        out[str(ident)] = _indicator_from(spec.mapping(definition, place), str(ident), place)
    return out


def _column_spec(column: str, value: Any, where: spec.Where) -> ColumnSpec:
    if isinstance(value, str) and "@" in value:
        indicator, vintage = value.rsplit("@", 1)
        return ColumnSpec(column, indicator.strip(), normalise_vintage(vintage))
    if isinstance(value, dict):
        spec.keys(value, where, ("indicator",), ("vintage",))
        return ColumnSpec(
            column,
            spec.text(value, "indicator", where),
            normalise_vintage(value.get("vintage")),
        )
    raise spec.SpecError(_BAD_COLUMN_SPEC, where, value=value)


def parse_mapping(data: Any, name: str = "mapping") -> CsvMapping:
    """A :class:`CsvMapping` from a dict (as read from YAML); SpecError naming the key at fault."""
    where = spec.Where(name)
    node = spec.mapping(data, where)
    spec.keys(
        node,
        where,
        ("layout", "territory"),
        ("parents", "geo_vintage", "source", "columns", "long", "secret", "missing", "delimiter",
         "indicators"),
    )  # fmt: skip
    layout = spec.choice(node, "layout", where, (WIDE, LONG), WIDE)
    place = where.key_at(node, "territory")
    territory = spec.mapping(node["territory"], place)
    spec.keys(territory, place, ("code",), ("label", "level", "level_column", "pad"))
    level = spec.optional_text(territory, "level", place)
    level_column = spec.optional_text(territory, "level_column", place)
    if level is None and level_column is None:
        raise spec.SpecError(spec.MISSING_KEY, place.at(territory), key="level")
    if level is not None:
        spec.choice(territory, "level", place, LEVELS, level)
    mapping = CsvMapping(
        layout=layout,
        code_column=spec.text(territory, "code", place),
        label_column=spec.optional_text(territory, "label", place),
        level=level,
        level_column=level_column,
        pad=int(spec.number(territory, "pad", place, 0)),
        geo_vintage=spec.text(node, "geo_vintage", where, ""),
        source=spec.text(node, "source", where, ""),
        delimiter=spec.optional_text(node, "delimiter", where),
    )
    if "secret" in node:
        mapping.secret = tuple(spec.text_list(node, "secret", where))
    if "missing" in node:
        mapping.missing = tuple(spec.text_list(node, "missing", where))
    if "parents" in node:
        place = where.key_at(node, "parents")
        parents = spec.mapping(node["parents"], place)
        for parent_level in parents:
            spec.choice({"level": parent_level}, "level", place, LEVELS, "")
            column = spec.text(parents, parent_level, place)
            mapping.parents.append((str(parent_level), column))
    if layout == WIDE:
        place = where.key_at(node, "columns")
        columns = spec.mapping(node.get("columns"), place)
        mapping.columns = [
            _column_spec(str(column), value, place.key_at(columns, str(column)))
            for column, value in columns.items()
        ]
    else:
        place = where.key_at(node, "long")
        long = spec.mapping(node.get("long"), place)
        spec.keys(
            long, place, ("indicator", "value"), ("vintage", "status", "source", "note", "label",
                                                  "unit")
        )  # fmt: skip
        mapping.long = {key: spec.text(long, key, place) for key in long}
    if "indicators" in node:
        mapping.indicators = indicators_from(node["indicators"], where.key_at(node, "indicators"))
    return mapping


def load_mapping(path: str | Path) -> CsvMapping:
    return parse_mapping(spec.load_yaml_file(path), Path(path).name)


# -- import ----------------------------------------------------------------------------------------


def _index(table: CsvTable, column: str, key: str) -> int:
    try:
        return table.header.index(column)
    except ValueError:
        raise AulaError(
            _NO_COLUMN, file=table.name, column=column, key=key, header=", ".join(table.header)
        ) from None


def _code(cells: list[str], index: int, pad: int, table: CsvTable, line: int) -> str:
    code = cells[index].strip()
    if not code:
        raise AulaError(_NO_CODE, file=table.name, line=line)
    if pad and code.isdigit():
        code = code.zfill(pad)
    return code


class _Importer:
    def __init__(self, table: CsvTable, mapping: CsvMapping, base: IndicatorBase) -> None:
        self.table = table
        self.mapping = mapping
        self.base = base
        self.result = ImportResult(base, table.name, table.encoding, table.delimiter)
        # (territory, indicator, vintage) -> (first line, status, number)
        self.seen: dict[tuple[str, str, str, str], tuple[int, str, Any]] = {}

    def cell(self, cells: list[str], index: int, line: int) -> tuple[str, Any]:
        parsed = parse_cell(cells[index], self.mapping.secret, self.mapping.missing)
        if parsed is None:
            raise AulaError(
                _BAD_CELL,
                file=self.table.name,
                line=line,
                column=self.table.header[index],
                value=cells[index],
            )
        return parsed

    def indicator(self, ident: str, label: str = "", unit: str = "") -> None:
        if ident in self.base.indicators:
            return
        if ident in self.mapping.indicators:
            self.base.add_indicator(self.mapping.indicators[ident])
            return
        self.base.add_indicator(Indicator(ident, label or ident, unit, aggregation=NOT_AGGREGABLE))
        self.result.created_indicators.append(ident)

    def territory(self, cells: list[str], line: int, code_at: int, label_at, level_at) -> tuple:
        m = self.mapping
        code = _code(cells, code_at, m.pad, self.table, line)
        level = check_level(cells[level_at].strip(), code) if level_at is not None else m.level
        label = cells[label_at].strip() if label_at is not None else ""
        known = self.base.territory(level, code)
        if known is None or (label and not known.label):
            self.base.add_territory(Territory(level, code, label, m.geo_vintage))
        for parent_level, at in self.parent_columns:
            parent = _code(cells, at, m.pad if parent_level == level else 0, self.table, line)
            if self.base.territory(parent_level, parent) is None:
                self.base.add_territory(Territory(parent_level, parent, "", m.geo_vintage))
            self.base.add_link(TerritoryLink(level, code, parent_level, parent, m.geo_vintage))
        return (level, code)

    def add(self, key: tuple, ident: str, vintage: str, status: str, number: Any, line: int,
            source: str = "", note: str = "") -> None:  # fmt: skip
        value_key = (key[0], key[1], ident, vintage)
        first = self.seen.get(value_key)
        if first is not None:
            if first[1:] == (status, number):  # the same figure repeated: read once, reported
                duplicate = (key, line, first[0])
                if not self.result.duplicates or self.result.duplicates[-1][:2] != (key, line):
                    self.result.duplicates.append(duplicate)
                return
            raise AulaError(
                _TWICE, file=self.table.name, line=line, territory="{} {}".format(*key),
                indicator=ident, vintage=vintage or "-", first=first[0],
            )  # fmt: skip
        self.seen[value_key] = (line, status, number)
        m = self.mapping
        source = source or m.indicator_sources.get(ident) or m.source
        value = Value(key[0], key[1], ident, vintage, number, status, source, note)
        self.base.add_value(value)
        self.result.values += 1
        self.result.secret += status == SECRET
        self.result.missing += status == MISSING

    def run(self, progress: Progress, is_canceled: IsCanceled) -> ImportResult:
        m, table = self.mapping, self.table
        code_at = _index(table, m.code_column, "territory.code")
        label_at = _index(table, m.label_column, "territory.label") if m.label_column else None
        level_at = (
            _index(table, m.level_column, "territory.level_column") if m.level_column else None
        )
        self.parent_columns = [
            (level, _index(table, column, "parents." + level)) for level, column in m.parents
        ]
        if m.layout == WIDE:
            columns = [(c, _index(table, c.column, "columns." + c.column)) for c in m.columns]
            for c in m.columns:
                self.indicator(c.indicator)
            used = {m.code_column, m.label_column, m.level_column, *(c for _l, c in m.parents)}
            used.update(c.column for c in m.columns)
            self.result.ignored_columns = [h for h in table.header if h not in used]
        else:
            long = {key: _index(table, column, "long." + key) for key, column in m.long.items()}
        width = len(table.header)
        step = max(1, len(table.rows) // 50)
        for n, (line, cells) in enumerate(table.rows, start=1):
            if n % step == 0:
                if is_canceled():
                    raise Cancelled
                progress(n / len(table.rows))
            if len(cells) < width:
                raise AulaError(
                    _SHORT_ROW, file=table.name, line=line, found=len(cells), expected=width
                )
            key = self.territory(cells, line, code_at, label_at, level_at)
            if m.layout == WIDE:
                for column, at in columns:
                    status, number = self.cell(cells, at, line)
                    self.add(key, column.indicator, column.vintage, status, number, line)
            else:
                self.long_row(key, cells, line, long)
            self.result.rows += 1
        progress(1.0)
        return self.result

    def long_row(self, key: tuple, cells: list[str], line: int, at: dict[str, int]) -> None:
        def get(name: str) -> str:
            return cells[at[name]].strip() if name in at else ""

        ident = get("indicator")
        self.indicator(ident, get("label"), get("unit"))
        status, number = self.cell(cells, at["value"], line)
        stated = get("status").lower()
        if stated:
            if stated not in STATUSES:
                raise AulaError(
                    _BAD_STATUS, file=self.table.name, line=line, value=stated,
                    expected=", ".join(STATUSES),
                )  # fmt: skip
            if number is not None or stated in (SECRET, MISSING):
                status = stated
                number = number if stated not in (SECRET, MISSING) else None
        vintage = normalise_vintage(get("vintage"))
        self.add(key, ident, vintage, status, number, line, get("source"), get("note"))


def import_table(
    table: CsvTable,
    mapping: CsvMapping,
    *,
    base: IndicatorBase | None = None,
    progress: Progress = lambda fraction: None,
    is_canceled: IsCanceled = lambda: False,
) -> ImportResult:
    """Territories, links, indicators and values of ``table`` added to ``base`` (a new one by
    default)."""
    return _Importer(table, mapping, base if base is not None else IndicatorBase()).run(
        progress, is_canceled
    )


def import_csv(
    path: str | Path,
    mapping: CsvMapping,
    *,
    base: IndicatorBase | None = None,
    progress: Progress = lambda fraction: None,
    is_canceled: IsCanceled = lambda: False,
) -> ImportResult:
    table = read_csv_table(path, mapping.delimiter)
    return import_table(table, mapping, base=base, progress=progress, is_canceled=is_canceled)
