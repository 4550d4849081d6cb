"""Friction tables of the green and blue network: parsing, lookup, infrastructure and light rules.

A friction table is a CSV file (TVB.md §2.4): one row per land-cover class, one column per
sub-network (``boisee``, ``ouverte``, ``humide``, ``aquatique``), an empty cell (or ``None``,
``NoData``) meaning impassable (NaN). A friction is a finite number from 0 to the largest Float32
(3.4e+38): ``NaN``, ``inf``, negative values and ``1e39`` are refused with the line and column.
The file is read as UTF-8 (with or without BOM) or Windows-1252 (core/textfiles.py): the table
records which (``encoding``), bytes that are neither are refused naming the file.

Key columns are the columns whose name starts with ``code``:
one (``code_18`` for CORINE Land Cover, ``code`` for raster codes) or two (``code_cs``, ``code_us``:
the OCS GE pair, since crops and grassland share the cover code CS2.2.1). ``*`` in a key column
matches any code; the most specific row wins: (cs, us), then (cs, *), then (*, us), then (*, *).
Lines starting with ``#`` are comments; ``# source: ... ; version: ...`` gives the provenance that
every output records.

Infrastructure burning (``infrastructures.csv``: ``classe``, ``largeur_m`` and one column per
sub-network, ``na`` = not burned for that sub-network) is a ranked merge: the infrastructure's
friction replaces the land cover's where it is higher (``max``; NaN, impassable, always wins), so
an overlay never lowers friction.

Light (trame noire, TVB.md §3.8): a light intensity s in [0, 1] per cell (radiance / reference, or
a lamp kernel) raises friction by one of three monotone rules, so that adding light can only raise
friction and therefore costs:

* ``multiply``: f × (1 + (k − 1) s), k ≥ 1;
* ``floor``: max(f, g s), g ≥ 0;
* ``barrier``: NaN (impassable) where s ≥ t, f elsewhere.

Pure numpy (no qgis); errors are AulaError with templates marked for translation.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..compat import zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..numbers import FLOAT32_MAX, readable
from ..textfiles import read_text
from .subnetworks import SUBNETWORKS

WILDCARD = "*"
NOT_APPLIED = "na"
_EMPTY = {"", "none", "nodata", "null"}
LIGHT_MODES = ("multiply", "floor", "barrier")
_PROVENANCE = re.compile(r"source\s*:\s*(.*?)\s*;\s*version\s*:\s*(.*)$", re.IGNORECASE)

IsCanceled = Callable[[], bool]

# fmt: off
_NO_KEY = QT_TRANSLATE_NOOP("aula",
    "{table}: no key column (a column named code, code_18, or code_cs and code_us)")
_NO_SUBNETWORK = QT_TRANSLATE_NOOP("aula",
    "{table}: no column for the sub-network {subnetwork} (columns: {columns})")
_DUPLICATE = QT_TRANSLATE_NOOP("aula",
    "{table}: the code {code} appears more than once (lines {lines})")
_NOT_NUMBER = QT_TRANSLATE_NOOP("aula",
    "{table}, line {line}, column {column}: {value!r} is not a number")
_NEGATIVE = QT_TRANSLATE_NOOP("aula",
    "{table}, line {line}, column {column}: negative friction {value}")
_NOT_FINITE = QT_TRANSLATE_NOOP("aula",
    "{table}, line {line}, column {column}: {value} is not a finite friction; leave the cell empty for an impassable class")  # noqa: E501
_BEYOND_FLOAT32 = QT_TRANSLATE_NOOP("aula",
    "{table}, line {line}, column {column}: {value} is beyond the largest value a Float32 raster holds (3.4e+38)")  # noqa: E501
_EMPTY_KEY = QT_TRANSLATE_NOOP("aula",
    "{table}, line {line}: the key column {column} is empty")
_NO_ROWS = QT_TRANSLATE_NOOP("aula", "{table}: the table has no row")
_MISSING = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} land-cover code(s) missing from the friction table {table}, "
    "nothing was written:\n{lines}")
_MISSING_LINE = QT_TRANSLATE_NOOP("aula", "{code}: {area} ha")
_INFRA_CLASS = QT_TRANSLATE_NOOP("aula",
    "{table}: unknown infrastructure class {value!r} (known classes: {known})")
_WIDTH = QT_TRANSLATE_NOOP("aula",
    "{table}, line {line}: the width {value!r} is not a positive number of metres")
_LIGHT_OVERFLOW = QT_TRANSLATE_NOOP("aula",
    "Light ({mode}): {count} cells would get a friction beyond the largest value a Float32 raster holds (3.4e+38); lower the multiplier or the floor")  # noqa: E501
_LIGHT_MODE = QT_TRANSLATE_NOOP("aula", "Unknown light mode {mode!r} (expected {modes})")
# fmt: on


def normalise_code(value: object) -> str:
    """A land-cover code as a key: trimmed, upper case, integral numbers without decimals."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+\.0*", text):
        text = text.split(".")[0]
    return text.upper()


def code_label(key: tuple[str, ...]) -> str:
    """A key as users read it: 'CS2.2.1 / US1.1', or the single code."""
    return " / ".join(k if k else "∅" for k in key)


@dataclass
class FrictionTable:
    """A parsed friction table. ``rows`` maps a key tuple to {sub-network: friction (NaN = no)}."""

    name: str
    key_columns: tuple[str, ...]
    subnetworks: tuple[str, ...]
    rows: dict[tuple[str, ...], dict[str, float]]
    source: str = ""
    version: str = ""
    lines: dict[tuple[str, ...], int] = field(default_factory=dict)
    encoding: str = ""  # the encoding the file was read as ("" for a given text)

    @property
    def arity(self) -> int:
        return len(self.key_columns)

    def label(self) -> str:
        return f"{self.name} ({self.version})" if self.version else self.name

    def resolve(self, key: Iterable[object]) -> tuple[str, ...] | None:
        """The row that applies to ``key``: the most specific one, None if no row matches."""
        key = tuple(normalise_code(k) for k in key)
        if len(key) < self.arity:
            key = key + ("",) * (self.arity - len(key))
        key = key[: self.arity]
        if self.arity == 1:
            candidates = [key, (WILDCARD,)]
        else:
            a, b = key[0], key[1]
            candidates = [(a, b), (a, WILDCARD), (WILDCARD, b), (WILDCARD, WILDCARD)]
        for candidate in candidates:
            if candidate in self.rows:
                return candidate
        return None

    def friction(self, key: Iterable[object], subnetwork: str) -> float | None:
        """Friction of ``key`` for ``subnetwork`` (NaN = impassable), None if missing."""
        row = self.resolve(key)
        if row is None:
            return None
        return self.rows[row][subnetwork]


def _read_text(source: str | Path) -> tuple[str, str, str]:
    """(file name, text, encoding label); AulaError naming the file when it is not text."""
    path = Path(source)
    text, encoding = read_text(path)
    return path.name, text, encoding


def friction_value(raw: str, *, table: str, line: int, column: str, comma: bool = False) -> float:
    """A friction cell as a number: finite, zero or positive, within Float32 (AulaError naming the
    table, line and column otherwise); empty cells are handled by the caller."""
    try:
        value = float(raw.replace(",", ".")) if comma else float(raw)
    except ValueError:
        raise AulaError(_NOT_NUMBER, table=table, line=line, column=column, value=raw) from None
    if not math.isfinite(value):
        raise AulaError(_NOT_FINITE, table=table, line=line, column=column, value=raw)
    if value < 0:
        raise AulaError(_NEGATIVE, table=table, line=line, column=column, value=raw)
    if value > FLOAT32_MAX:  # the rule of core/numbers.py float32, with the line and column
        raise AulaError(
            _BEYOND_FLOAT32, table=table, line=line, column=column, value=readable(value)
        )
    return value


def parse_table(
    source: str | Path, *, text: str | None = None, name: str | None = None
) -> FrictionTable:
    """Parse a friction table from a file (or from ``text``), checking every cell."""
    encoding = ""
    if text is None:
        file_name, text, encoding = _read_text(source)
    else:
        file_name = str(source)
    name = name or file_name
    meta: dict[str, str] = {}
    data_lines: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            found = _PROVENANCE.search(stripped)
            if found and not meta:
                meta = {"source": found.group(1).strip(), "version": found.group(2).strip()}
            continue
        data_lines.append((number, line))
    if not data_lines:
        raise AulaError(_NO_ROWS, table=name)
    dialect_delim = ";" if data_lines[0][1].count(";") > data_lines[0][1].count(",") else ","
    header_number, header_line = data_lines[0]
    header = [
        h.strip().lower()
        for h in next(csv.reader(io.StringIO(header_line), delimiter=dialect_delim))
    ]
    key_columns = tuple(h for h in header if h.startswith("code"))
    if not key_columns or len(key_columns) > 2:
        raise AulaError(_NO_KEY, table=name)
    subnetworks = tuple(s for s in SUBNETWORKS if s in header)
    if not subnetworks:
        raise AulaError(
            _NO_SUBNETWORK, table=name, subnetwork=", ".join(SUBNETWORKS), columns=", ".join(header)
        )
    key_idx = [header.index(k) for k in key_columns]
    sub_idx = {s: header.index(s) for s in subnetworks}
    rows: dict[tuple[str, ...], dict[str, float]] = {}
    lines: dict[tuple[str, ...], list[int]] = {}
    for number, line in data_lines[1:]:
        cells = next(csv.reader(io.StringIO(line), delimiter=dialect_delim))
        # missing trailing cells are empty cells (impassable); an empty key is refused below
        cells += [""] * (len(header) - len(cells))
        key_parts = []
        for column, idx in zip_strict(key_columns, key_idx):
            code = normalise_code(cells[idx])
            if not code:
                raise AulaError(_EMPTY_KEY, table=name, line=number, column=column)
            key_parts.append(code)
        key = tuple(key_parts)
        lines.setdefault(key, []).append(number)
        values: dict[str, float] = {}
        for sub, idx in sub_idx.items():
            raw = cells[idx].strip()
            if raw.lower() in _EMPTY:
                values[sub] = math.nan
                continue
            values[sub] = friction_value(
                raw, table=name, line=number, column=sub, comma=dialect_delim == ";"
            )
        rows.setdefault(key, values)
    duplicates = {k: v for k, v in lines.items() if len(v) > 1}
    if duplicates:
        key, numbers = min(duplicates.items(), key=lambda item: item[1][0])
        raise AulaError(
            _DUPLICATE, table=name, code=code_label(key), lines=", ".join(map(str, numbers))
        )
    if not rows:
        raise AulaError(_NO_ROWS, table=name)
    return FrictionTable(
        name=name,
        key_columns=key_columns,
        subnetworks=subnetworks,
        rows=rows,
        source=meta.get("source", ""),
        version=meta.get("version", ""),
        lines={k: v[0] for k, v in lines.items()},
        encoding=encoding,
    )


def require_subnetwork(table: FrictionTable, subnetwork: str) -> None:
    if subnetwork not in table.subnetworks:
        raise AulaError(
            _NO_SUBNETWORK,
            table=table.name,
            subnetwork=subnetwork,
            columns=", ".join((*table.key_columns, *table.subnetworks)),
        )


def missing_message(
    exc: AulaError, translate: Callable[[str], str], number: Callable[[float], str]
) -> str:
    """The missing-codes message with translated lines and localised areas (ha)."""
    return localised_missing(exc, translate, number).message(translate)


def localised_missing(
    exc: AulaError, translate: Callable[[str], str], number: Callable[[float], str]
) -> AulaError:
    """The missing-codes error with its lines translated and its areas (ha) written by
    ``number``, so that ``message(translate)`` shows them; any other error as it is."""
    if exc.template != _MISSING:
        return exc
    line = translate(_MISSING_LINE)
    lines = "\n".join(line.format(code=code, area=number(ha)) for code, ha in exc.values["missing"])
    return AulaError(_MISSING, **{**exc.values, "lines": lines})


def missing_codes(
    table: FrictionTable, areas_m2: Mapping[tuple[str, ...], float]
) -> list[tuple[tuple[str, ...], float]]:
    """The keys of ``areas_m2`` that no row matches, with their area, largest first."""
    missing = [(key, area) for key, area in areas_m2.items() if table.resolve(key) is None]
    return sorted(missing, key=lambda item: (-item[1], item[0]))


def check_codes(
    table: FrictionTable, areas_m2: Mapping[tuple[str, ...], float], *, layer: str
) -> None:
    """AulaError listing every missing code with its area in ha (one line each, by area)."""
    missing = missing_codes(table, areas_m2)
    if missing:
        lines = "\n".join(
            _MISSING_LINE.format(code=code_label(key), area=f"{area / 10_000:.2f}")
            for key, area in missing
        )
        raise AulaError(
            _MISSING,
            layer=layer,
            count=len(missing),
            table=table.label(),
            lines=lines,
            missing=[(code_label(key), area / 10_000) for key, area in missing],
        )


def code_cells(data: np.ndarray, nodata: float | None) -> np.ndarray:
    """The cells of a land-cover band holding a code: not nodata and, in a float band, finite."""
    valid = np.ones(data.shape, dtype=bool) if nodata is None else data != nodata
    if np.issubdtype(data.dtype, np.floating):
        valid &= np.isfinite(data)
    return valid


def friction_lookup(
    table: FrictionTable, keys: list[tuple[str, ...]], subnetwork: str
) -> np.ndarray:
    """Friction of each key (by index) for ``subnetwork``; NaN for impassable. Keys must exist."""
    require_subnetwork(table, subnetwork)
    values = np.full(len(keys), np.nan, dtype=np.float64)
    for i, key in enumerate(keys):
        value = table.friction(key, subnetwork)
        if value is None:
            check_codes(table, {key: 0.0}, layer="?")
        values[i] = value
    return values


def apply_lookup(index: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Float32 friction from a code-index raster (-1 = no land cover → NaN)."""
    # index -1 picks the appended NaN
    table = np.append(np.asarray(values, dtype=np.float32), np.float32(np.nan))
    return np.take(table, index)


# -- Linear infrastructure --------------------------------------------------------------------


@dataclass(frozen=True)
class InfraClass:
    name: str
    width_m: float
    friction: dict[str, float | None]  # None = not burned for that sub-network, NaN = impassable


def normalise_class(value: object) -> str:
    """'Voie ferrée' → 'voie_ferree', 'Départementale' → 'departementale'."""
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def parse_infrastructures(source: str | Path, *, text: str | None = None) -> dict[str, InfraClass]:
    """Parse ``infrastructures.csv``: classe, largeur_m, one column per sub-network."""
    if text is None:
        name, text, _ = _read_text(source)
    else:
        name = str(source)
    lines = [
        (n, ln)
        for n, ln in enumerate(text.splitlines(), 1)
        if ln.strip() and not ln.lstrip().startswith("#")
    ]
    if not lines:
        raise AulaError(_NO_ROWS, table=name)
    header = [h.strip().lower() for h in next(csv.reader(io.StringIO(lines[0][1])))]
    classes: dict[str, InfraClass] = {}
    seen: dict[str, list[int]] = {}
    for number, line in lines[1:]:
        cells = dict(zip(header, next(csv.reader(io.StringIO(line)))))
        cls = normalise_class(cells.get("classe", ""))
        if not cls:
            raise AulaError(_EMPTY_KEY, table=name, line=number, column="classe")
        seen.setdefault(cls, []).append(number)
        raw_width = (cells.get("largeur_m") or "").strip()
        try:
            width = float(raw_width)
        except ValueError:
            raise AulaError(_WIDTH, table=name, line=number, value=raw_width) from None
        if not width > 0:
            raise AulaError(_WIDTH, table=name, line=number, value=raw_width)
        friction: dict[str, float | None] = {}
        for sub in SUBNETWORKS:
            raw = (cells.get(sub) or "").strip()
            if raw.lower() == NOT_APPLIED:
                friction[sub] = None
            elif raw.lower() in _EMPTY:
                friction[sub] = math.nan
            else:
                friction[sub] = friction_value(raw, table=name, line=number, column=sub)
        classes.setdefault(cls, InfraClass(cls, width, friction))
    for cls, numbers in seen.items():
        if len(numbers) > 1:
            raise AulaError(_DUPLICATE, table=name, code=cls, lines=", ".join(map(str, numbers)))
    return classes


def read_infrastructures(path: str | Path) -> tuple[dict[str, InfraClass], str]:
    """The classes of an infrastructure table file and the encoding it was read as."""
    name, text, encoding = _read_text(path)
    return parse_infrastructures(name, text=text), encoding


def resolve_class(classes: Mapping[str, InfraClass], value: object, *, table: str) -> InfraClass:
    cls = normalise_class(value)
    if cls not in classes:
        raise AulaError(
            _INFRA_CLASS, table=table, value=str(value), known=", ".join(sorted(classes))
        )
    return classes[cls]


def rank_key(value: float) -> tuple[bool, float]:
    """Order of infrastructure frictions: increasing, impassable (NaN) last."""
    return (math.isnan(value), 0.0 if math.isnan(value) else value)


def ranked_classes(
    classes: Mapping[str, InfraClass], names: Iterable[str], subnetwork: str
) -> list[InfraClass]:
    """The classes of ``names`` burned for ``subnetwork`` (not ``na``), by increasing friction,
    impassable last, ties in the order of ``names``: burned in that order, each cell keeps the
    highest class crossing it."""
    burned = [classes[name] for name in names if classes[name].friction[subnetwork] is not None]
    return sorted(burned, key=lambda c: rank_key(c.friction[subnetwork]))


def burn_ranked(friction: np.ndarray, ranks: np.ndarray, values: np.ndarray) -> int:
    """Ranked merge in place: where ranks > 0, friction = max(friction, values[rank − 1]), NaN
    (impassable) wins on either side. Returns the number of cells burned."""
    cells = ranks > 0
    burned = int(cells.sum())
    if burned:
        v = np.asarray(values, dtype=np.float32)[ranks[cells] - 1]
        f = friction[cells]
        friction[cells] = np.where(np.isnan(v) | np.isnan(f), np.nan, np.maximum(f, v))
    return burned


def burn_max(friction: np.ndarray, mask: np.ndarray, value: float) -> None:
    """Ranked merge in place: under ``mask`` friction becomes max(friction, value), NaN wins."""
    if math.isnan(value):
        friction[mask] = np.nan
    else:
        sub = friction[mask]
        friction[mask] = np.where(np.isnan(sub), sub, np.maximum(sub, value))


# -- Light (trame noire) ----------------------------------------------------------------------


def lamp_weight(value: float | None) -> float:
    """A lamp's weight from its attribute (as a number, None when missing or not numeric): 0,
    the lamp ignored, unless finite and positive."""
    return value if value is not None and math.isfinite(value) and value > 0 else 0.0


def light_intensity(light: np.ndarray, reference: float) -> np.ndarray:
    """s = clip(light / reference, 0, 1) as float32; NaN light (no data) counts as dark (0)."""
    if not reference > 0:
        raise AulaError(QT_TRANSLATE_NOOP("aula", "The light reference must be positive"))
    s = np.array(light, dtype=np.float32)
    s /= np.float32(reference)
    np.fmax(s, 0.0, out=s)  # fmax ignores NaN: no data becomes 0 (dark)
    return np.minimum(s, 1.0, out=s)


def lamp_kernel(radius_m: float, cell_size: float) -> np.ndarray:
    """Linear distance decay 1 − d / R (0 beyond R) on the grid, centred."""
    n = max(int(math.floor(radius_m / cell_size)), 0)
    offsets = np.arange(-n, n + 1, dtype=np.float64) * cell_size
    d = np.hypot(offsets[:, None], offsets[None, :])
    return np.clip(1.0 - d / radius_m, 0.0, None) if radius_m > 0 else np.ones((1, 1))


def lamp_light(
    rows: np.ndarray,
    cols: np.ndarray,
    weights: np.ndarray,
    shape: tuple[int, int],
    *,
    radius_m: float,
    cell_size: float,
    is_canceled: IsCanceled | None = None,
) -> np.ndarray:
    """Σ over lamps of weight × (1 − d / R)⁺, lamps placed at the centre of their cell (float32).

    One scatter-add per kernel offset over all the lamps: the cost grows with the number of lamps
    and the kernel size, not with the grid (a dense convolution would scan every cell).
    """
    kernel = lamp_kernel(radius_m, cell_size)
    # lamps just outside the grid still light cells inside it: pad by the kernel's half width
    n = kernel.shape[0] // 2
    grid = np.zeros((shape[0] + 2 * n, shape[1] + 2 * n), dtype=np.float32)
    r = np.asarray(rows, dtype=np.int64) + n
    c = np.asarray(cols, dtype=np.int64) + n
    w = np.asarray(weights, dtype=np.float64)
    inside = (r >= 0) & (r < grid.shape[0]) & (c >= 0) & (c < grid.shape[1]) & (w != 0)
    r, c, w = r[inside], c[inside], w[inside]
    for dr, dc in zip_strict(*np.nonzero(kernel)):
        check_canceled(is_canceled)
        rr, cc = r + dr - n, c + dc - n
        ok = (rr >= 0) & (rr < grid.shape[0]) & (cc >= 0) & (cc < grid.shape[1])
        np.add.at(grid, (rr[ok], cc[ok]), (w[ok] * kernel[dr, dc]).astype(np.float32))
    return grid[n : n + shape[0], n : n + shape[1]].copy()


def night_friction(
    day: np.ndarray,
    intensity: np.ndarray,
    *,
    mode: str,
    factor: float = 10.0,
    floor: float = 1000.0,
    threshold: float = 1.0,
) -> np.ndarray:
    """Night friction from day friction and light intensity s ∈ [0, 1], monotone in s."""
    if mode not in LIGHT_MODES:
        raise AulaError(_LIGHT_MODE, mode=mode, modes=", ".join(LIGHT_MODES))
    out = np.array(day, dtype=np.float32)  # a copy: the day friction is left untouched
    s = np.clip(np.asarray(intensity, dtype=np.float32), 0.0, 1.0)
    with np.errstate(over="ignore"):  # an overflow becomes inf, refused below with its count
        if mode == "multiply":
            out *= 1.0 + (np.float32(max(factor, 1.0)) - 1.0) * s
        elif mode == "floor":
            np.fmax(out, np.float32(max(floor, 0.0)) * s, out=out, where=~np.isnan(out))
        else:
            out[s >= threshold] = np.nan
    overflow = int(np.count_nonzero(np.isinf(out)))
    if overflow:
        raise AulaError(_LIGHT_OVERFLOW, count=overflow, mode=mode)
    return out


def check_canceled(is_canceled: IsCanceled | None) -> None:
    if is_canceled is not None and is_canceled():
        raise Cancelled()
