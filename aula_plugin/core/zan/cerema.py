"""Reading the Cerema "consommation d'espaces NAF" file, whatever its release (ZAN.md §3).

Columns are recognised by pattern on lower-cased names, never from a fixed list, so every release
from 2009-2020 to 2009-2025 parses, in CSV (lower case) or shapefile (UPPER CASE cut to 10
characters: ``SURFCOM202``, ``AAV2020_TY``). Values are integer m² and stay so.

- :func:`classify_columns` → :class:`Layout` (annual columns, destinations, windows, identifiers);
- :func:`validate_layout` fails loudly on a gap in annual years or an incomplete 2011..2020;
- :func:`convert` turns wide rows (mappings of column name → text or number) into the long
  :class:`~.model.ConsumptionTable`, the commune metadata, the anomalies (negative values...) and
  the results of checks C1 (naf = Σ destinations ± 1 m²) and C2 (annual sums = windows).

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..compat import zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..numbers import readable
from .model import DESTINATIONS, TOTAL, ConsumptionTable, is_insee, reference_years

# Patterns of ZAN.md §3.4 (on lower-cased names).
ANNUAL_RE = re.compile(r"^naf(\d{2})art(\d{2})$")
DESTINATION_RE = re.compile(r"^art(\d{2})(act|hab|mix|rou|fer|inc)(\d{2})$")
EPCI_RE = re.compile(r"^epci(\d{2})(txt)?$")
# surfcom2024, or surfcom202 once a shapefile cut the name to 10 characters
SURFACE_RE = re.compile(r"^surfcom(\d+)$")

ID_COLUMN = "idcom"
NAME_COLUMN = "idcomtxt"
#: C1 tolerance: naf may differ from Σ destinations by rounding in the source
C1_TOLERANCE_M2 = 1
#: a column whose total differs by this factor from the others is in another unit (ha vs m²)
MAGNITUDE_FACTOR = 1000


class AnomalyKind:
    NEGATIVE = "negative"  # a negative annual value: kept in sums, flagged
    MISSING = "missing"  # an empty cell: no row written
    C1 = "c1_naf_destinations"  # naf ≠ Σ destinations (± 1 m²)
    C2 = "c2_window"  # Σ annual flows ≠ the window column
    COG = "cog"  # a COG correction (split, merge, absent commune)


@dataclass(frozen=True)
class Anomaly:
    insee: str
    year: int | None
    destination: str
    m2: int | None
    kind: str
    detail: str = ""


@dataclass
class Layout:
    """The columns of one release, as spelled in the file, by role."""

    id_column: str = ""
    name_column: str | None = None
    epci_column: str | None = None
    epci_name_column: str | None = None
    epci_year: int | None = None
    surface_column: str | None = None
    #: year Y (flow 1 Jan Y → 1 Jan Y+1) → naf column
    annual: dict[int, str] = field(default_factory=dict)
    #: (year, destination) → art column
    destinations: dict[tuple[int, str], str] = field(default_factory=dict)
    #: (first year, last year included, destination or "naf") → window column
    windows: dict[tuple[int, int, str], str] = field(default_factory=dict)
    columns: list[str] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted(self.annual)

    @property
    def first_year(self) -> int:
        return self.years[0]

    @property
    def last_year(self) -> int:
        """Start year of the last annual flow (2023 for release 2009-2024): from the file."""
        return self.years[-1]

    @property
    def release(self) -> str:
        """The release label, e.g. "2009-2024" (first year, end of the last flow)."""
        return "{}-{}".format(self.first_year, self.last_year + 1)

    @property
    def destination_codes(self) -> list[str]:
        present = {d for _, d in self.destinations}
        return [d for d in DESTINATIONS if d in present]


@dataclass
class CommuneInfo:
    insee: str
    name: str = ""
    epci: str = ""
    surface_m2: int | None = None


@dataclass
class CheckResult:
    """Outcome of a data check: ``failures`` lists (insee, year or window, detail)."""

    check: str
    tested: int = 0
    failures: list[Anomaly] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class CeremaData:
    layout: Layout
    table: ConsumptionTable
    communes: dict[str, CommuneInfo]
    anomalies: list[Anomaly]
    c1: CheckResult
    c2: CheckResult

    @property
    def negatives(self) -> list[Anomaly]:
        return [a for a in self.anomalies if a.kind == AnomalyKind.NEGATIVE]


def _year(two_digits: str) -> int:
    return 2000 + int(two_digits)


def classify_columns(names: Iterable[str]) -> Layout:
    """Sort the columns by role from their lower-cased names (ZAN.md §3.4)."""
    layout = Layout(columns=list(names))
    for name in layout.columns:
        low = name.strip().lower()
        if low == ID_COLUMN:
            layout.id_column = name
        elif low == NAME_COLUMN:
            layout.name_column = name
        elif match := ANNUAL_RE.match(low):
            first, end = _year(match[1]), _year(match[2])
            if end == first + 1:
                layout.annual[first] = name
            elif end > first:
                layout.windows[(first, end - 1, TOTAL)] = name
        elif match := DESTINATION_RE.match(low):
            first, end = _year(match[1]), _year(match[3])
            if end == first + 1:
                layout.destinations[(first, match[2])] = name
            elif end > first:
                layout.windows[(first, end - 1, match[2])] = name
        elif match := EPCI_RE.match(low):
            year = _year(match[1])
            if match[2]:
                if layout.epci_year is None or year >= layout.epci_year:
                    layout.epci_name_column = name
            elif layout.epci_year is None or year > layout.epci_year:
                layout.epci_column, layout.epci_year = name, year
        elif (match := SURFACE_RE.match(low)) and layout.surface_column is None:
            layout.surface_column = name
    return layout


# fmt: off
_UNRECOGNISED = QT_TRANSLATE_NOOP("aula",
    "{file}: not a Cerema NAF consumption file. Expected a commune code column idcom and annual "
    "columns naf{{AA}}art{{AA+1}} (e.g. naf11art12) with destinations art{{AA}}hab{{AA+1}}…; "
    "found: {found}")
_GAP = QT_TRANSLATE_NOOP("aula",
    "{file}: the annual columns have a gap: {missing} missing between {first} and {last}")
_INCOMPLETE = QT_TRANSLATE_NOOP("aula",
    "{file}: the reference decade 2011-2020 is incomplete (annual columns {missing} missing: "
    "expected naf11art12 … naf20art21)")
_NO_DESTINATIONS = QT_TRANSLATE_NOOP("aula",
    "{file}: year {year} has no destination columns art{yy}act{next}, art{yy}hab{next}…")
_BAD_VALUES = QT_TRANSLATE_NOOP("aula",
    "{file}: {count} value(s) are not whole m² (e.g. column {column}, commune {insee}: {value}): "
    "Cerema files give integer m². Decimal values suggest hectares: nothing was imported")
_NOT_FINITE = QT_TRANSLATE_NOOP("aula",
    "{file}: column {column}, line {line} (commune {insee}): {value} is not a finite number "
    "(NaN or infinity): nothing was imported")
_BAD_NUMBER = QT_TRANSLATE_NOOP("aula",
    "{file}: column {column}, commune {insee}: {value!r} is not a number")
_MAGNITUDE = QT_TRANSLATE_NOOP("aula",
    "{file}: column {column} totals {total} while comparable columns total about {typical}: "
    "the file mixes units (m² and ha?). Nothing was imported")
_BAD_CODES = QT_TRANSLATE_NOOP("aula",
    "{file}: {count} commune code(s) do not match the INSEE pattern (5 characters, digits or "
    "2A/2B): {codes}")
_DUPLICATE_CODES = QT_TRANSLATE_NOOP("aula",
    "{file}: {count} commune code(s) appear more than once: {codes}")
_EMPTY = QT_TRANSLATE_NOOP("aula", "{file}: the file has no commune rows")
# fmt: on


def _sample(items: Iterable[str], limit: int = 20) -> str:
    items = list(items)
    text = ", ".join(items[:limit])
    return text + (" …" if len(items) > limit else "")


def validate_layout(layout: Layout, file: str = "", require_reference: bool = True) -> None:
    """Raise AulaError unless the layout is a usable Cerema release."""
    if not layout.id_column or not layout.annual:
        raise AulaError(_UNRECOGNISED, file=file, found=_sample(layout.columns, 40))
    years = layout.years
    missing = [y for y in range(years[0], years[-1] + 1) if y not in layout.annual]
    if missing:
        raise AulaError(
            _GAP,
            file=file,
            missing=_sample(annual_name(y) for y in missing),
            first=annual_name(years[0]),
            last=annual_name(years[-1]),
        )
    if require_reference:
        absent = [y for y in reference_years() if y not in layout.annual]
        if absent:
            raise AulaError(_INCOMPLETE, file=file, missing=_sample(annual_name(y) for y in absent))
    for year in years:
        if not any((year, d) in layout.destinations for d in DESTINATIONS):
            raise AulaError(
                _NO_DESTINATIONS,
                file=file,
                year=year,
                yy="{:02d}".format(year % 100),
                next="{:02d}".format((year + 1) % 100),
            )


def annual_name(year: int) -> str:
    return "naf{:02d}art{:02d}".format(year % 100, (year + 1) % 100)


class _NotFinite(Exception):  # noqa: N818 (internal signal)
    """A NaN or an infinity: a broken export, not a unit problem."""


class _NotWhole(Exception):  # noqa: N818 (internal signal)
    pass


def parse_m2(value: Any) -> int | None:
    """Text or number → int m²; None when empty; _NotWhole for a decimal; ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _NotFinite
        if not value.is_integer():
            raise _NotWhole
        return int(value)
    text = str(value).strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    number = float(text.replace(",", ".").replace(" ", "").replace("\u202f", ""))
    if not math.isfinite(number):
        raise _NotFinite
    if not number.is_integer():
        raise _NotWhole
    return int(number)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


_TEXT_OR_INT = {str, int}


def _int_or(
    number: Callable[[str, str, Any], int | None], column: str, insee: str, raw: Any
) -> Any:
    """int(raw) for the usual integer text or int, else number() (None, decimals, errors)."""
    if raw.__class__ is int:
        return raw
    if raw.__class__ is str:
        try:
            return int(raw)
        except ValueError:
            pass
    return number(column, insee, raw)


def _slow_row(
    insee: str,
    raws: list[Any],
    specs: list[tuple[int, str, str]],
    years: list[int],
    values: dict[str, dict[int, dict[str, int]]],
    sizes: list[int],
    anomalies: list[Anomaly],
    number: Callable[[str, str, Any], int | None],
) -> None:
    """One row cell by cell: empty cells, decimals, floats from OGR, unreadable text."""
    by_year: dict[int, dict[str, int]] = {year: {} for year in years}
    values[insee] = by_year
    for k, ((year, destination, column), raw) in enumerate(zip_strict(specs, raws)):
        m2 = number(column, insee, raw)
        if m2 is None:
            anomalies.append(Anomaly(insee, year, destination, None, AnomalyKind.MISSING, column))
            continue
        by_year[year][destination] = m2
        sizes[k] += abs(m2)
        if m2 < 0:
            anomalies.append(Anomaly(insee, year, destination, m2, AnomalyKind.NEGATIVE, column))


def convert(
    rows: Iterable[Mapping[str, Any]],
    layout: Layout,
    *,
    file: str = "",
    total: int = 0,
    progress: Callable[[float], None] = lambda fraction: None,
    is_canceled: Callable[[], bool] = lambda: False,
) -> CeremaData:
    """Wide Cerema rows → long table (m²), commune metadata, anomalies, checks C1 and C2.

    Raises AulaError (nothing usable) on decimal values or mixed units, unreadable numbers,
    commune codes that are not INSEE codes, duplicated codes or an empty file.
    """
    years = layout.years
    #: (year, destination, column): each year's naf column, then its destinations
    specs: list[tuple[int, str, str]] = []
    for year in years:
        specs.append((year, TOTAL, layout.annual[year]))
        specs += [
            (year, d, layout.destinations[(year, d)])
            for d in DESTINATIONS
            if (year, d) in layout.destinations
        ]
    sizes = [0] * len(specs)  # Σ |value| per column, for the unit check
    spec_columns = [column for _, _, column in specs]
    #: (year, start, end, destinations) slices of a row's values, in specs order
    year_slices = []
    for year in years:
        start = next(k for k, spec in enumerate(specs) if spec[0] == year)
        names = [d for y, d, _ in specs if y == year]
        year_slices.append((year, start, start + len(names), names))
    table = ConsumptionTable(release=layout.release)
    values = table.values
    communes: dict[str, CommuneInfo] = {}
    anomalies: list[Anomaly] = []
    bad_codes: dict[str, int] = {}
    duplicates: set[str] = set()
    not_whole: list[tuple[str, str, Any]] = []
    window_values: dict[str, dict[tuple[int, int, str], int | None]] = {}
    step = max(total // 100, 1)

    def number(column: str, insee: str, raw: Any) -> int | None:
        try:
            return parse_m2(raw)
        except _NotWhole:
            not_whole.append((column, insee, raw))
            return None
        except _NotFinite:
            raise AulaError(
                _NOT_FINITE, file=file, column=column, line=count + 1, insee=insee, value=raw
            ) from None
        except ValueError:
            raise AulaError(_BAD_NUMBER, file=file, column=column, insee=insee, value=raw) from None

    count = 0
    for row in rows:
        if is_canceled():
            raise Cancelled
        count += 1
        insee = _text(row.get(layout.id_column)).upper()
        if not is_insee(insee):
            bad_codes[insee or "∅"] = bad_codes.get(insee or "∅", 0) + 1
            continue
        if insee in values:
            duplicates.add(insee)
            continue
        info = CommuneInfo(insee)
        if layout.name_column:
            info.name = _text(row.get(layout.name_column))
        if layout.epci_column:
            info.epci = _text(row.get(layout.epci_column))
        if layout.surface_column:
            info.surface_m2 = number(layout.surface_column, insee, row.get(layout.surface_column))
        communes[insee] = info
        raws = [row.get(column) for column in spec_columns]
        nums: list[int] | None = None
        # fast path (nearly every row): only text or int cells, all integers → C-level parsing
        if set(map(type, raws)) <= _TEXT_OR_INT:
            try:
                nums = list(map(int, raws))
            except ValueError:
                nums = None
        if nums is not None:
            values[insee] = {
                year: dict(zip_strict(names, nums[start:end]))
                for year, start, end, names in year_slices
            }
            sizes = list(map(operator.add, sizes, map(abs, nums)))
            if min(nums) < 0:
                for k, m2 in enumerate(nums):
                    if m2 < 0:
                        year, destination, column = specs[k]
                        anomalies.append(
                            Anomaly(insee, year, destination, m2, AnomalyKind.NEGATIVE, column)
                        )
        else:
            _slow_row(insee, raws, specs, years, values, sizes, anomalies, number)
        if layout.windows:
            window_values[insee] = {
                key: _int_or(number, column, insee, row.get(column))
                for key, column in layout.windows.items()
            }
        if total and count % step == 0:
            progress(min(count / total, 1.0))

    if not_whole:
        column, insee, raw = not_whole[0]
        raise AulaError(
            _BAD_VALUES,
            file=file,
            count=len(not_whole),
            column=column,
            insee=insee,
            value=readable(raw) if isinstance(raw, float) else raw,
        )
    if bad_codes:
        raise AulaError(
            _BAD_CODES,
            file=file,
            count=sum(bad_codes.values()),
            codes=_sample("{} (×{})".format(c, n) for c, n in sorted(bad_codes.items())),
        )
    if duplicates:
        raise AulaError(
            _DUPLICATE_CODES, file=file, count=len(duplicates), codes=_sample(sorted(duplicates))
        )
    if not values:
        raise AulaError(_EMPTY, file=file)
    check_units(layout, {column: sizes[k] for k, (_, _, column) in enumerate(specs)}, file)
    c1 = check_destinations(table, is_canceled=is_canceled)
    c2 = check_windows(table, window_values, layout, is_canceled=is_canceled)
    progress(1.0)
    return CeremaData(layout, table, communes, anomalies, c1, c2)


def check_units(layout: Layout, col_totals: Mapping[str, int], file: str = "") -> None:
    """Refuse a file mixing m² and ha: an annual naf column (or a year's destinations) whose total
    differs from the typical annual total by more than MAGNITUDE_FACTOR."""
    naf = sorted(col_totals.get(layout.annual[y], 0) for y in layout.years)
    nonzero = [t for t in naf if t > 0]
    if not nonzero:
        return
    typical = nonzero[len(nonzero) // 2]
    candidates = [(layout.annual[y], col_totals.get(layout.annual[y], 0)) for y in layout.years]
    for year in layout.years:
        columns = [c for (y, _), c in layout.destinations.items() if y == year]
        candidates.append((" + ".join(columns), sum(col_totals.get(c, 0) for c in columns)))
    for column, total in candidates:
        if total == 0:
            continue
        if total * MAGNITUDE_FACTOR < typical or total > typical * MAGNITUDE_FACTOR:
            raise AulaError(
                _MAGNITUDE,
                file=file,
                column=column,
                total=readable(total),
                typical=readable(typical),
            )


def check_destinations(
    table: ConsumptionTable,
    tolerance: int = C1_TOLERANCE_M2,
    is_canceled: Callable[[], bool] = lambda: False,
) -> CheckResult:
    """C1: per commune and year, naf = Σ destinations ± tolerance m² (exceptions listed)."""
    result = CheckResult("C1")
    for insee, by_year in table.values.items():
        if is_canceled():
            raise Cancelled
        for year, cell in by_year.items():
            if TOTAL not in cell:
                continue
            naf = cell[TOTAL]
            parts = sum(cell.values()) - naf
            result.tested += 1
            gap = naf - parts
            if abs(gap) > tolerance:
                result.failures.append(
                    Anomaly(
                        insee,
                        year,
                        TOTAL,
                        naf,
                        AnomalyKind.C1,
                        "naf {} ≠ Σ destinations {} (gap {})".format(naf, parts, gap),
                    )
                )
    return result


def check_windows(
    table: ConsumptionTable,
    windows: Mapping[str, Mapping[tuple[int, int, str], int | None]],
    layout: Layout,
    is_canceled: Callable[[], bool] = lambda: False,
) -> CheckResult:
    """C2: the annual flows summed over each window equal the window column (naf09art{N},
    art09{d}{N}, naf11art21, naf21art25…). Windows reaching beyond the annual years are skipped."""
    result = CheckResult("C2")
    years = set(layout.years)
    # windows within the annual years only, with their list of years computed once
    windows_in = [
        (key, list(range(key[0], key[1] + 1)))
        for key in layout.windows
        if all(y in years for y in range(key[0], key[1] + 1))
    ]
    for insee, by_window in windows.items():
        if is_canceled():
            raise Cancelled
        by_year = table.values.get(insee, {})
        for key, span in windows_in:
            expected = by_window.get(key)
            if expected is None:
                continue
            first, last, destination = key
            try:
                got = sum([by_year[y][destination] for y in span])
            except KeyError:  # an empty cell in the window: nothing to compare
                continue
            result.tested += 1
            if got != expected:
                result.failures.append(
                    Anomaly(
                        insee,
                        None,
                        destination,
                        expected,
                        AnomalyKind.C2,
                        "{}: Σ {}..{} = {} ≠ {}".format(
                            layout.windows[(first, last, destination)], first, last, got, expected
                        ),
                    )
                )
    return result


# -- The import: code checks against a commune layer, and what the log says ----------------------

# fmt: off
_NOT_INSEE = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} value(s) of field {field} are not INSEE codes: {codes}")
_LISTED_MISSING = QT_TRANSLATE_NOOP("aula",
    "{file}: {count} commune(s) of {layer} are missing from the file (after COG corrections): "
    "{codes}. Nothing was written")
_UNLISTED = QT_TRANSLATE_NOOP("aula",
    "{file}: {count} commune code(s) are absent from {layer} (by département: {deps}): {codes}. "
    "Nothing was written. Tick 'Keep only the communes of the commune layer' to import only "
    "those communes")
_RELEASE_INFO = QT_TRANSLATE_NOOP("aula",
    "{file}: release {release}, {count} commune(s), destinations {dest}")
_NO_REFERENCE = QT_TRANSLATE_NOOP("aula",
    "{file}: the release does not cover the reference decade 2011-2020: the reference "
    "consumption cannot be computed from it")
_COG_APPLIED = QT_TRANSLATE_NOOP("aula",
    "COG {source} → {target}: {count} correction(s) applied")
_LEFT_OUT = QT_TRANSLATE_NOOP("aula",
    "{count} commune(s) of the file outside the commune layer left out")
_NEGATIVES = QT_TRANSLATE_NOOP("aula",
    "{file}: {count} negative annual value(s), kept as published (not clipped) and listed in "
    "zan_consommation_anomalies, e.g. {examples}")
_EMPTY_CELLS = QT_TRANSLATE_NOOP("aula",
    "{file}: {count} empty cell(s): no row written for them")
_C1_TESTED = QT_TRANSLATE_NOOP("aula",
    "Check C1 (naf = Σ destinations ± 1 m²): {tested} tested, {failed} exception(s)")
_C1_EXCEPTIONS = QT_TRANSLATE_NOOP("aula",
    "Check C1 exceptions (listed in the anomalies table): {examples}")
_C2_TESTED = QT_TRANSLATE_NOOP("aula",
    "Check C2 (annual flows = windows): {tested} tested, {failed} exception(s)")
_C2_EXCEPTIONS = QT_TRANSLATE_NOOP("aula",
    "Check C2 exceptions (listed in the anomalies table): {examples}")
_ABSENT_DESTINATIONS = QT_TRANSLATE_NOOP("aula",
    "Destinations absent from this release (no rows, not zero): {dest}")
# fmt: on


@dataclass
class Note:
    """A line of the import log: an English template (translated at display) and its values."""

    template: str
    values: dict[str, Any]
    warning: bool = False

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format(**self.values)


def check_listed_codes(
    file_codes: Iterable[str],
    listed: set[str],
    only_listed: bool,
    *,
    file: str,
    layer: str,
    field: str,
) -> None:
    """Refuse the import (nothing written) when the file and the commune layer disagree.

    ``listed``: the codes of the commune layer. Its values must be INSEE codes; with
    ``only_listed`` every listed commune must be in the file, otherwise every commune of the
    file must be listed (the counts per département tell a neighbouring département from a typo).
    """
    bad = sorted(code for code in listed if not is_insee(code))
    if bad:
        raise AulaError(_NOT_INSEE, layer=layer, count=len(bad), field=field, codes=_sample(bad))
    codes = set(file_codes)
    if only_listed:
        absent = sorted(listed - codes)
        if absent:
            raise AulaError(
                _LISTED_MISSING, file=file, count=len(absent), layer=layer, codes=_sample(absent)
            )
        return
    unknown = sorted(codes - listed)
    if unknown:
        by_dep: dict[str, int] = {}
        for code in unknown:
            by_dep[code[:2]] = by_dep.get(code[:2], 0) + 1
        raise AulaError(
            _UNLISTED,
            file=file,
            count=len(unknown),
            layer=layer,
            deps=", ".join("{} ×{}".format(d, n) for d, n in sorted(by_dep.items())),
            codes=_sample(unknown),
        )


def keep_listed(
    table: ConsumptionTable, communes: dict[str, CommuneInfo], listed: set[str]
) -> Note:
    """Keep only the listed communes (all in the table, see check_listed_codes), in code order."""
    kept = {insee: table.values[insee] for insee in sorted(listed)}
    dropped = len(table.values) - len(kept)
    table.values.clear()
    table.values.update(kept)
    for insee in [k for k in communes if k not in kept]:
        del communes[insee]
    return Note(_LEFT_OUT, {"count": dropped})


def layout_notes(layout: Layout, file: str, count: int) -> list[Note]:
    """What the file holds (release, communes, destinations), and whether 2011-2020 is whole."""
    notes = [
        Note(
            _RELEASE_INFO,
            {
                "file": file,
                "release": layout.release,
                "count": count,
                "dest": ", ".join(layout.destination_codes),
            },
        )
    ]
    if any(y not in layout.annual for y in range(2011, 2021)):
        notes.append(Note(_NO_REFERENCE, {"file": file}, warning=True))
    return notes


def cog_note(source: int, target: int, applied: int) -> Note:
    return Note(_COG_APPLIED, {"source": source, "target": target, "count": applied})


def anomaly_notes(data: CeremaData, anomalies: list[Anomaly], file: str) -> list[Note]:
    """The anomalies of the imported communes and the checks C1 and C2, for the log."""
    notes: list[Note] = []
    negatives = [a for a in anomalies if a.kind == AnomalyKind.NEGATIVE]
    if negatives:
        examples = [
            "{} {} {} {} m²".format(a.insee, a.year, a.destination, a.m2) for a in negatives
        ]
        notes.append(
            Note(
                _NEGATIVES,
                {"file": file, "count": len(negatives), "examples": _sample(examples, 5)},
                warning=True,
            )
        )
    missing = [a for a in anomalies if a.kind == AnomalyKind.MISSING]
    if missing:
        notes.append(Note(_EMPTY_CELLS, {"file": file, "count": len(missing)}, warning=True))
    c1 = [a for a in anomalies if a.kind == AnomalyKind.C1]
    notes.append(Note(_C1_TESTED, {"tested": data.c1.tested, "failed": len(c1)}))
    if c1:
        examples = ["{} {}: {}".format(a.insee, a.year, a.detail) for a in c1]
        notes.append(Note(_C1_EXCEPTIONS, {"examples": _sample(examples, 5)}, warning=True))
    c2 = [a for a in anomalies if a.kind == AnomalyKind.C2]
    notes.append(Note(_C2_TESTED, {"tested": data.c2.tested, "failed": len(c2)}))
    if c2:
        examples = ["{} {}".format(a.insee, a.detail) for a in c2]
        notes.append(Note(_C2_EXCEPTIONS, {"examples": _sample(examples, 5)}, warning=True))
    absent = [d for d in DESTINATIONS if d not in data.layout.destination_codes]
    if absent:
        notes.append(Note(_ABSENT_DESTINATIONS, {"dest": ", ".join(absent)}))
    return notes
