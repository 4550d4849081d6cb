"""Aggregation of commune indicators to a parent level (EPCI, SCoT, pôle, whole territory).

Two rules, chosen per field, never a mean of rates:

- counts and stocks (population, dwellings, areas...) are **summed**;
- rates are a **ratio of sums**: Σ numerator / Σ denominator × multiplier (unemployment rate =
  Σ unemployed / Σ active × 100, density = Σ population / Σ area).

Pure Python (no qgis, no PyQt): records are plain mappings, NULL is ``None``. Problems met on the
way (NULL values, features without a parent, zero denominators) are returned as :class:`Issue`
objects for the caller to report; input errors raise :class:`AulaError`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from numbers import Real
from typing import Any, Union

from .errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from .numbers import readable

#: output field holding the number of member features of each parent
COUNT_FIELD = "nb_features"
#: key field and value of the single group when there is no parent field (whole territory)
TERRITORY_FIELD = "territoire"
TERRITORY_KEY = "ensemble"
#: output field holding each parent's name, after every other column (NULL when unknown)
NAME_FIELD = "nom_territoire"

#: progress is reported at most this many times while reading records (plus 1.0 at the end)
_PROGRESS_STEPS = 100

Number = Union[int, float]  # a run-time alias: no "|" on Python 3.9


@dataclass(frozen=True)
class RateSpec:
    """A rate computed as Σ numerator / Σ denominator × multiplier."""

    name: str
    numerator: str
    denominator: str
    multiplier: float = 1.0


@dataclass
class ParentResult:
    """The aggregate of one parent: ``sums[field]`` and ``rates[name]`` are None when unknown;
    ``name`` is the one name its members give it (None when they give none, or several)."""

    key: Any
    count: int
    sums: dict[str, Number | None]
    rates: dict[str, float | None]
    name: str | None = None


class IssueKind:
    NULL_PARENT = "null_parent"  # features without a parent key, left out
    NULL_VALUE = "null_value"  # NULL values of a field in a parent, left out of the sums
    NO_VALUES = "no_values"  # every value of a sum field is NULL in a parent: the sum is NULL
    NO_RATE_VALUES = "no_rate_values"  # no member has both numerator and denominator: rate NULL
    ZERO_DENOMINATOR = "zero_denominator"  # Σ denominator = 0: the rate is NULL


# pylupdate5 skips a QT_TRANSLATE_NOOP whose text is followed by a trailing comma, which is how
# ruff format splits long calls: the long templates are therefore kept out of the formatter.
# fmt: off
_ISSUE_TEMPLATES = {
    IssueKind.NULL_PARENT: QT_TRANSLATE_NOOP("aula",
        "{layer}: {count} feature(s) with an empty parent field {field} belong to no parent: "
        "they were left out of the aggregation"),
    IssueKind.NULL_VALUE: QT_TRANSLATE_NOOP("aula",
        "{layer}: parent {parent}: {count} NULL value(s) in field {field} were left out"),
    IssueKind.NO_VALUES: QT_TRANSLATE_NOOP("aula",
        "{layer}: parent {parent}: every value of field {field} is NULL, its sum is NULL"),
    IssueKind.NO_RATE_VALUES: QT_TRANSLATE_NOOP("aula",
        "{layer}: parent {parent}: rate {rate} is NULL: no feature has non-NULL values in both "
        "fields {field}"),
    IssueKind.ZERO_DENOMINATOR: QT_TRANSLATE_NOOP("aula",
        "{layer}: parent {parent}: rate {rate} is NULL because the sum of its denominator "
        "field {field} is zero"),
}
_BAD_COLUMNS = QT_TRANSLATE_NOOP("aula",
    "{layer}: the rate table must have 4 columns (output field, numerator field, "
    "denominator field, multiplier); got {count} value(s): {value}")
_NAME_CLASH = QT_TRANSLATE_NOOP("aula",
    "{layer}: two output fields would be named {field} (and {other}): "
    "rename a rate or drop a field")
_NOT_FINITE = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field} holds a value that is not a finite number ({value}): a sum or a rate "
    "with it would mean nothing")
_NO_PARENT_AT_ALL = QT_TRANSLATE_NOOP("aula",
    "{layer}: every feature has an empty parent field {field}: nothing to aggregate")
# fmt: on


@dataclass(frozen=True)
class Issue:
    """Something the user must be told about; ``message(tr)`` gives the translated text."""

    kind: str
    layer: str
    field: str
    parent: Any = None
    rate: str | None = None
    count: int = 0

    @property
    def template(self) -> str:
        return _ISSUE_TEMPLATES[self.kind]

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format(
            layer=self.layer, field=self.field, parent=self.parent, rate=self.rate, count=self.count
        )


@dataclass
class Aggregation:
    """Per-parent results sorted by key, and the issues met."""

    key_field: str
    groups: list[ParentResult]
    issues: list[Issue] = field(default_factory=list)


# -- Specifications ---------------------------------------------------------------------------


def parse_multiplier(value: Any, rate: str = "", layer: str = "") -> float:
    """A finite number from a number or a text ("100", " 1e3 "); empty means 1."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 1.0
    if isinstance(value, Real) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = math.nan
    else:
        number = math.nan
    if not math.isfinite(number):
        raise AulaError(
            QT_TRANSLATE_NOOP(
                "aula", "{layer}: the multiplier of rate {rate} is not a number: {value!r}"
            ),
            layer=layer,
            rate=rate,
            value=value,
        )
    return number


def _name(value: Any) -> str:
    """A field name from a matrix cell: QGIS turns a cell such as "2021" into 2021.0."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def parse_rate_rows(cells: Any, layer: str = "") -> list[RateSpec]:
    """Rate specs from a Processing matrix value.

    Accepts what QGIS hands over: a flat row-major list ``[name, numerator, denominator,
    multiplier, name, ...]``, a list of rows, a comma-separated string (the qgis_process form)
    or a list of such strings. Empty values (None, "", a list of NULLs) mean no rate.
    """
    flat: list[Any] = []

    def add(value: Any) -> None:
        if isinstance(value, str):
            flat.extend(part.strip() for part in value.split(","))
        elif isinstance(value, (list, tuple)):
            for item in value:
                add(item)
        else:
            flat.append(value)

    add(cells if cells is not None else [])
    if all(_name(cell) == "" for cell in flat):
        return []
    if len(flat) % 4:
        raise AulaError(
            _BAD_COLUMNS,
            layer=layer,
            count=len(flat),
            value=", ".join(_name(cell) for cell in flat),
        )
    rates = []
    for i in range(0, len(flat), 4):
        if all(_name(cell) == "" for cell in flat[i : i + 4]):
            continue  # a blank row left in the matrix widget
        name, numerator, denominator = (_name(cell) for cell in flat[i : i + 3])
        rates.append(
            RateSpec(name, numerator, denominator, parse_multiplier(flat[i + 3], name, layer))
        )
    return rates


def output_field_names(
    parent_field: str | None, sum_fields: Sequence[str], rates: Sequence[RateSpec]
) -> list[str]:
    return [
        parent_field or TERRITORY_FIELD,
        COUNT_FIELD,
        *sum_fields,
        *(rate.name for rate in rates),
        NAME_FIELD,
    ]


def validate_spec(
    parent_field: str | None,
    sum_fields: Sequence[str],
    rates: Sequence[RateSpec],
    layer: str = "",
) -> None:
    """Raise AulaError unless the request is complete and its output field names are distinct.

    Names are compared case-insensitively, as GeoPackage and Shapefile do.
    """
    if not sum_fields and not rates:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "{layer}: choose at least one field to sum or one rate"),
            layer=layer,
        )
    for rate in rates:
        for name, template in (
            (rate.name, QT_TRANSLATE_NOOP("aula", "{layer}: a rate has no output field name")),
            (
                rate.numerator,
                QT_TRANSLATE_NOOP("aula", "{layer}: rate {rate} has no numerator field"),
            ),
            (
                rate.denominator,
                QT_TRANSLATE_NOOP("aula", "{layer}: rate {rate} has no denominator field"),
            ),
        ):
            if not name:
                raise AulaError(template, layer=layer, rate=rate.name)
        parse_multiplier(rate.multiplier, rate.name, layer)
    seen: dict[str, str] = {}
    for name in output_field_names(parent_field, sum_fields, rates):
        if name.lower() in seen:
            raise AulaError(
                _NAME_CLASH,
                layer=layer,
                field=name,
                other=seen[name.lower()],
            )
        seen[name.lower()] = name


# -- Aggregation ------------------------------------------------------------------------------


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _no_parent(key: Any) -> bool:
    return _is_null(key) or (isinstance(key, str) and not key.strip())


def _sort_key(key: Any) -> tuple[int, Any]:
    # numbers first in numeric order, then anything else as text: keys of one field rarely mix
    if isinstance(key, Real) and not isinstance(key, bool):
        return (0, key)
    return (1, str(key))


class _Sum:
    """Exact running sum: ints stay ints; floats are kept as non-overlapping partials (Shewchuk,
    as in math.fsum), so no rounding error accumulates over thousands of communes."""

    __slots__ = ("ints", "n", "partials")

    def __init__(self) -> None:
        self.ints = 0
        self.partials: list[float] = []
        self.n = 0

    def add(self, value: Number) -> None:
        self.n += 1
        if isinstance(value, int):
            self.ints += value
            return
        x, i = value, 0
        for y in self.partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo:
                self.partials[i] = lo
                i += 1
            x = hi
        self.partials[i:] = [x]

    def exact(self) -> Fraction:
        return Fraction(self.ints) + sum((Fraction(p) for p in self.partials), Fraction(0))

    def value(self) -> Number | None:
        if not self.n:
            return None
        if not self.partials:
            return self.ints
        return float(self.exact())  # one correct rounding of the exact sum


class _Group:
    __slots__ = ("count", "den", "names", "nulls", "num", "sums")

    def __init__(self, sum_fields: Sequence[str], rates: Sequence[RateSpec]) -> None:
        self.count = 0
        self.sums = {name: _Sum() for name in sum_fields}
        self.num = {rate.name: _Sum() for rate in rates}
        self.den = {rate.name: _Sum() for rate in rates}
        self.nulls: dict[str, int] = {}
        self.names: set[str] = set()  # at most 2: one name, or "not one"

    def add_name(self, value: Any) -> None:
        if len(self.names) < 2 and not _no_parent(value):
            self.names.add(str(value).strip())

    def name(self) -> str | None:
        return next(iter(self.names)) if len(self.names) == 1 else None


def _number(record: Mapping[str, Any], name: str, layer: str) -> Number | None:
    try:
        value = record[name]
    except KeyError:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "{layer}: field {field} does not exist"),
            layer=layer,
            field=name,
        ) from None
    if _is_null(value):
        return None
    if isinstance(value, Real) and not isinstance(value, bool) and math.isinf(value):
        raise AulaError(_NOT_FINITE, layer=layer, field=name, value=readable(value))
    if isinstance(value, bool) or not isinstance(value, Real):
        raise AulaError(
            QT_TRANSLATE_NOOP(
                "aula", "{layer}: field {field} holds a non-numeric value: {value!r}"
            ),
            layer=layer,
            field=name,
            value=value,
        )
    return value if isinstance(value, int) else float(value)


def aggregate(
    records: Iterable[Mapping[str, Any]],
    parent_field: str | None,
    sum_fields: Sequence[str] = (),
    rates: Sequence[RateSpec] = (),
    *,
    layer: str = "",
    total: int | None = None,
    progress: Callable[[float], None] = lambda fraction: None,
    is_canceled: Callable[[], bool] = lambda: False,
    name_field: str | None = None,
) -> Aggregation:
    """Aggregate ``records`` by ``parent_field`` (None: the whole territory is one group).

    - sums ignore NULLs; a sum whose values are all NULL is None;
    - a rate uses only the records where both numerator and denominator are non-NULL (so a
      missing numerator does not deflate the rate), and is None when Σ denominator is 0;
    - records with a NULL or blank parent key are left out and counted in one issue.

    ``total`` (default ``len(records)`` when known) scales ``progress`` (0 to 1, 1.0 at the end);
    ``is_canceled`` is polled for every record and raises :class:`Cancelled`. ``layer`` names
    the source in messages. ``name_field`` (a field of the records naming their parent, such as
    epci_nom next to epci_siren) gives each parent its name when its members agree on one.
    """
    sum_fields = list(sum_fields)
    rates = list(rates)
    validate_spec(parent_field, sum_fields, rates, layer)
    if total is None and isinstance(records, Sequence):
        total = len(records)
    step = max(1, (total or 0) // _PROGRESS_STEPS)
    read = sorted({*sum_fields, *(r.numerator for r in rates), *(r.denominator for r in rates)})
    groups: dict[Any, _Group] = {}
    orphans = 0
    n = 0
    for n, record in enumerate(records, start=1):
        if is_canceled():
            raise Cancelled
        if parent_field is None:
            key = TERRITORY_KEY
        else:
            try:
                key = record[parent_field]
            except KeyError:
                raise AulaError(
                    QT_TRANSLATE_NOOP("aula", "{layer}: parent field {field} does not exist"),
                    layer=layer,
                    field=parent_field,
                ) from None
            if _no_parent(key):
                orphans += 1
                continue
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(sum_fields, rates)
        group.count += 1
        if name_field is not None:
            group.add_name(record.get(name_field))
        values = {name: _number(record, name, layer) for name in read}
        for name, value in values.items():
            if value is None:
                group.nulls[name] = group.nulls.get(name, 0) + 1
        for name in sum_fields:
            if values[name] is not None:
                group.sums[name].add(values[name])
        for rate in rates:
            num, den = values[rate.numerator], values[rate.denominator]
            if num is not None and den is not None:
                group.num[rate.name].add(num)
                group.den[rate.name].add(den)
        if total and n % step == 0:
            progress(min(n / total, 1.0))
    if n == 0:
        raise AulaError(QT_TRANSLATE_NOOP("aula", "{layer}: the layer has no feature"), layer=layer)

    issues: list[Issue] = []
    if orphans:
        issues.append(Issue(IssueKind.NULL_PARENT, layer, str(parent_field), count=orphans))
    if not groups:
        raise AulaError(
            _NO_PARENT_AT_ALL,
            layer=layer,
            field=parent_field,
        )
    results = []
    for key in sorted(groups, key=_sort_key):
        if is_canceled():
            raise Cancelled
        group = groups[key]
        for name in read:
            if group.nulls.get(name):
                issues.append(
                    Issue(IssueKind.NULL_VALUE, layer, name, key, count=group.nulls[name])
                )
        sums = {name: group.sums[name].value() for name in sum_fields}
        for name, value in sums.items():
            if value is None:
                issues.append(Issue(IssueKind.NO_VALUES, layer, name, key, count=group.count))
        rates_of_group = _rates(group, rates, layer, key, issues)
        results.append(ParentResult(key, group.count, sums, rates_of_group, group.name()))
    progress(1.0)
    return Aggregation(parent_field or TERRITORY_FIELD, results, issues)


def _rates(
    group: _Group, rates: Sequence[RateSpec], layer: str, key: Any, issues: list[Issue]
) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for rate in rates:
        num, den = group.num[rate.name], group.den[rate.name]
        if not den.n:
            issues.append(
                Issue(
                    IssueKind.NO_RATE_VALUES,
                    layer,
                    "{}, {}".format(rate.numerator, rate.denominator),
                    key,
                    rate=rate.name,
                )
            )
            out[rate.name] = None
            continue
        exact_den = den.exact()
        if exact_den == 0:
            issues.append(
                Issue(IssueKind.ZERO_DENOMINATOR, layer, rate.denominator, key, rate=rate.name)
            )
            out[rate.name] = None
            continue
        out[rate.name] = float(num.exact() * Fraction(rate.multiplier) / exact_den)
    return out
