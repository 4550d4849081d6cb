"""The indicator model: territories, parent links, indicator definitions and values (long format).

- A :class:`Territory` is identified by its ``level`` and ``code`` (commune 62041, EPCI 200072460,
  SCoT scot_artois, département 62...) and carries its geography vintage (``"COG 2024"``,
  ``"QPV 2024"``). QPV 2015 and QPV 2024 have different codes: they are different territories and
  are never chained in one series.
- A :class:`TerritoryLink` says that a child belongs to a parent (commune -> EPCI, commune -> SCoT,
  EPCI -> SCoT...), for one geography vintage.
- An :class:`Indicator` has a label, a unit, a definition, a source and an aggregation rule:
  ``sum`` (counts), ``ratio_of_sums`` (Σ numerator / Σ denominator × factor, never a mean of the
  children's rates) or ``not_aggregable`` (medians: a parent has the source's value or none).
- A :class:`Value` is one figure: territory, indicator, vintage (``"2021"``; ``""`` when the source
  does not state it, shown as "vintage not stated", never a guessed year), value and status.
  ``secret`` and ``missing`` values have no number: they are never zero.

Labels, sources and notes stored with the data are French (the agency's data); messages are English
templates marked for translation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from numbers import Real
from typing import Union

from ..errors import QT_TRANSLATE_NOOP, AulaError

Number = Union[int, float]
TerritoryKey = tuple  # (level, code)

# -- Levels, smallest first ------------------------------------------------------------------------
IRIS = "iris"
QPV = "qpv"
COMMUNE = "commune"
EPCI = "epci"
SCOT = "scot"
POLE = "pole"
AGENCY = "agency"
DEPT = "dept"
REGION = "region"
FRANCE = "fr"
LEVELS = (IRIS, QPV, COMMUNE, EPCI, SCOT, POLE, AGENCY, DEPT, REGION, FRANCE)
LEVEL_LABELS = {
    IRIS: QT_TRANSLATE_NOOP("aula", "IRIS"),
    QPV: QT_TRANSLATE_NOOP("aula", "Priority neighbourhood (QPV)"),
    COMMUNE: QT_TRANSLATE_NOOP("aula", "Commune"),
    EPCI: QT_TRANSLATE_NOOP("aula", "Intercommunality (EPCI)"),
    SCOT: QT_TRANSLATE_NOOP("aula", "SCoT"),
    POLE: QT_TRANSLATE_NOOP("aula", "Pôle"),
    AGENCY: QT_TRANSLATE_NOOP("aula", "Agency area"),
    DEPT: QT_TRANSLATE_NOOP("aula", "Département"),
    REGION: QT_TRANSLATE_NOOP("aula", "Region"),
    FRANCE: QT_TRANSLATE_NOOP("aula", "France"),
}
_RANK = {level: i for i, level in enumerate(LEVELS)}

# -- Statuses --------------------------------------------------------------------------------------
OK = "ok"
SECRET = "secret"
MISSING = "missing"
ESTIMATED = "estimated"
STATUSES = (OK, SECRET, MISSING, ESTIMATED)
#: statuses carrying a number
WITH_VALUE = (OK, ESTIMATED)

# -- Aggregation rules -----------------------------------------------------------------------------
SUM = "sum"
RATIO_OF_SUMS = "ratio_of_sums"
NOT_AGGREGABLE = "not_aggregable"
RULES = (SUM, RATIO_OF_SUMS, NOT_AGGREGABLE)

#: the vintage of a value whose source does not state it
UNKNOWN_VINTAGE = ""

# fmt: off
_BAD_LEVEL = QT_TRANSLATE_NOOP("aula",
    "{what}: unknown territory level {value!r} (expected one of: {expected})")
_BAD_RULE = QT_TRANSLATE_NOOP("aula",
    "indicator {indicator}: unknown aggregation {value!r} (expected one of: {expected})")
_RATIO_PARTS = QT_TRANSLATE_NOOP("aula",
    "indicator {indicator}: a ratio of sums needs a numerator and a denominator indicator")
_RATIO_SELF = QT_TRANSLATE_NOOP("aula",
    "indicator {indicator}: a ratio cannot be its own numerator or denominator")
_BAD_ID = QT_TRANSLATE_NOOP("aula",
    "{what}: {value!r} is not a valid identifier (letters, digits, '_', '-' and '.' only)")
_BAD_STATUS = QT_TRANSLATE_NOOP("aula",
    "{territory} {indicator} {vintage}: unknown status {value!r} (expected one of: {expected})")
_NEEDS_NUMBER = QT_TRANSLATE_NOOP("aula",
    "{territory} {indicator} {vintage}: a value with status {status} needs a finite number "
    "(got {value!r})")
_NO_NUMBER = QT_TRANSLATE_NOOP("aula",
    "{territory} {indicator} {vintage}: a {status} value carries no number (got {value!r}): "
    "secret and missing values are never stored as numbers")
_BAD_FACTOR = QT_TRANSLATE_NOOP("aula",
    "indicator {indicator}: the factor must be a finite number (got {value!r})")
# fmt: on

_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_YEAR = re.compile(r"^\d{4}$")


def check_level(level: str, what: str = "") -> str:
    if level not in _RANK:
        raise AulaError(_BAD_LEVEL, what=what, value=level, expected=", ".join(LEVELS))
    return level


def level_rank(level: str) -> int:
    """Position of a level from the smallest (IRIS) to the largest (France)."""
    return _RANK.get(level, len(LEVELS))


def vintage_year(vintage: str | int | None) -> int | None:
    """The year of a vintage such as "2021" (None when it is not a plain year)."""
    text = "" if vintage is None else str(vintage).strip()
    return int(text) if _YEAR.match(text) else None


def normalise_vintage(vintage: object) -> str:
    """A vintage as stored: "2021" for 2021, 2021.0 or " 2021 "; "" when unknown."""
    if vintage is None:
        return UNKNOWN_VINTAGE
    if isinstance(vintage, float) and vintage.is_integer():
        vintage = int(vintage)
    return str(vintage).strip()


def vintage_sort_key(vintage: str) -> tuple[int, int, str]:
    """Known years first in order, then other labels, the unknown vintage first of all."""
    year = vintage_year(vintage)
    if vintage == UNKNOWN_VINTAGE:
        return (0, 0, "")
    return (1, year, "") if year is not None else (2, 0, vintage)


@dataclass(frozen=True)
class Territory:
    level: str
    code: str
    label: str = ""
    geo_vintage: str = ""

    def __post_init__(self) -> None:
        check_level(self.level, self.code)

    @property
    def key(self) -> TerritoryKey:
        return (self.level, self.code)


@dataclass(frozen=True)
class TerritoryLink:
    child_level: str
    child_code: str
    parent_level: str
    parent_code: str
    geo_vintage: str = ""

    def __post_init__(self) -> None:
        check_level(self.child_level, self.child_code)
        check_level(self.parent_level, self.parent_code)

    @property
    def child(self) -> TerritoryKey:
        return (self.child_level, self.child_code)

    @property
    def parent(self) -> TerritoryKey:
        return (self.parent_level, self.parent_code)


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    unit: str = ""
    definition: str = ""
    source: str = ""
    aggregation: str = SUM
    numerator: str = ""
    denominator: str = ""
    factor: float = 1.0
    decimals: int = 0

    def __post_init__(self) -> None:
        if not _ID.match(self.id or ""):
            raise AulaError(_BAD_ID, what="indicator", value=self.id)
        if self.aggregation not in RULES:
            raise AulaError(
                _BAD_RULE, indicator=self.id, value=self.aggregation, expected=", ".join(RULES)
            )
        if self.aggregation == RATIO_OF_SUMS:
            if not self.numerator or not self.denominator:
                raise AulaError(_RATIO_PARTS, indicator=self.id)
            if self.id in (self.numerator, self.denominator):
                raise AulaError(_RATIO_SELF, indicator=self.id)
        factor = self.factor
        if isinstance(factor, bool) or not isinstance(factor, Real) or not math.isfinite(factor):
            raise AulaError(_BAD_FACTOR, indicator=self.id, value=factor)


@dataclass(frozen=True)
class Value:
    territory_level: str
    territory_code: str
    indicator_id: str
    vintage: str
    value: Number | None
    status: str = OK
    source: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        where = {
            "territory": "{} {}".format(self.territory_level, self.territory_code),
            "indicator": self.indicator_id,
            "vintage": self.vintage or "-",
        }
        if self.status not in STATUSES:
            raise AulaError(_BAD_STATUS, value=self.status, expected=", ".join(STATUSES), **where)
        number = self.value
        if self.status in WITH_VALUE:
            if (
                number is None
                or isinstance(number, bool)
                or not isinstance(number, Real)
                or not math.isfinite(number)
            ):
                raise AulaError(_NEEDS_NUMBER, status=self.status, value=number, **where)
        elif number is not None:
            raise AulaError(_NO_NUMBER, status=self.status, value=number, **where)

    @property
    def territory(self) -> TerritoryKey:
        return (self.territory_level, self.territory_code)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.territory_level, self.territory_code, self.indicator_id, self.vintage)

    @property
    def has_number(self) -> bool:
        return self.status in WITH_VALUE


@dataclass
class IndicatorBase:
    """Territories, links, indicators and values in memory, with the look-ups the sheets need."""

    territories: dict[TerritoryKey, Territory] = field(default_factory=dict)
    links: list[TerritoryLink] = field(default_factory=list)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    values: dict[tuple[str, str, str, str], Value] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._parents: dict[TerritoryKey, list[TerritoryKey]] | None = None
        self._series: dict[tuple[str, str, str], dict[str, Value]] | None = None
        self._link_keys = set(self.links)

    # -- building ---------------------------------------------------------------------------------
    def add_territory(self, territory: Territory) -> None:
        self.territories[territory.key] = territory

    def add_link(self, link: TerritoryLink) -> None:
        if link not in self._link_keys:
            self._link_keys.add(link)
            self.links.append(link)
            self._parents = None

    def add_indicator(self, indicator: Indicator) -> None:
        self.indicators[indicator.id] = indicator

    def add_value(self, value: Value) -> None:
        """Add or replace the value of (territory, indicator, vintage)."""
        self.values[value.key] = value
        self._series = None

    def add_values(self, values: Iterable[Value]) -> None:
        for value in values:
            self.values[value.key] = value
        self._series = None

    def remove_territories(self, keys: Iterable[TerritoryKey]) -> None:
        """Forget territories with their links and values (communes merged into another)."""
        gone = {tuple(key) for key in keys}
        for key in gone:
            self.territories.pop(key, None)
        self.links = [k for k in self.links if k.child not in gone and k.parent not in gone]
        self._link_keys = set(self.links)
        self.values = {k: v for k, v in self.values.items() if v.territory not in gone}
        self._parents = None
        self._series = None

    def remove_values(self, keys: Iterable[tuple[str, str, str, str]]) -> None:
        for key in keys:
            self.values.pop(tuple(key), None)
        self._series = None

    def merge(self, other: IndicatorBase) -> None:
        """Add everything ``other`` holds (its values replace ours for the same key)."""
        for territory in other.territories.values():
            known = self.territories.get(territory.key)
            if known is None or not known.label:
                self.add_territory(territory)
        for link in other.links:
            self.add_link(link)
        self.indicators.update(other.indicators)
        self.add_values(other.values.values())

    # -- territories ------------------------------------------------------------------------------
    def territory(self, level: str, code: str) -> Territory | None:
        return self.territories.get((level, code))

    def label(self, key: TerritoryKey) -> str:
        territory = self.territories.get(key)
        return territory.label if territory and territory.label else key[1]

    def parents(self, key: TerritoryKey) -> list[TerritoryKey]:
        """Direct parents of a territory."""
        if self._parents is None:
            parents: dict[TerritoryKey, list[TerritoryKey]] = {}
            for link in self.links:
                found = parents.setdefault(link.child, [])
                if link.parent not in found:
                    found.append(link.parent)
            self._parents = parents
        return list(self._parents.get(tuple(key), ()))

    def ancestors(self, key: TerritoryKey) -> list[TerritoryKey]:
        """Every territory above ``key`` through the links, smallest level first (then by code)."""
        seen: set[TerritoryKey] = set()
        todo = self.parents(key)
        while todo:
            parent = todo.pop()
            if parent in seen or parent == tuple(key):
                continue
            seen.add(parent)
            todo.extend(self.parents(parent))
        return sorted(seen, key=lambda k: (level_rank(k[0]), k[1]))

    def members(self, level: str) -> dict[TerritoryKey, list[TerritoryKey]]:
        """Every territory above ``level`` -> its members of that level (through any chain of
        links), members sorted by code."""
        out: dict[TerritoryKey, list[TerritoryKey]] = {}
        children = sorted({k for k in self._known_keys() if k[0] == level}, key=lambda k: k[1])
        for child in children:
            for parent in self.ancestors(child):
                out.setdefault(parent, []).append(child)
        return out

    def _known_keys(self) -> set[TerritoryKey]:
        keys = set(self.territories)
        keys.update(link.child for link in self.links)
        keys.update(link.parent for link in self.links)
        keys.update(value.territory for value in self.values.values())
        return keys

    # -- values -----------------------------------------------------------------------------------
    def _series_index(self) -> dict[tuple[str, str, str], dict[str, Value]]:
        if self._series is None:
            series: dict[tuple[str, str, str], dict[str, Value]] = {}
            for value in self.values.values():
                key = (value.territory_level, value.territory_code, value.indicator_id)
                series.setdefault(key, {})[value.vintage] = value
            self._series = series
        return self._series

    def value(self, key: TerritoryKey, indicator_id: str, vintage: str) -> Value | None:
        return self.values.get((key[0], key[1], indicator_id, vintage))

    def series(self, key: TerritoryKey, indicator_id: str) -> dict[str, Value]:
        """vintage -> value of one indicator for one territory."""
        return dict(self._series_index().get((key[0], key[1], indicator_id), {}))

    def latest(self, key: TerritoryKey, indicator_id: str) -> Value | None:
        """The value of the latest vintage (a stated year before an unknown vintage)."""
        series = self._series_index().get((key[0], key[1], indicator_id))
        if not series:
            return None
        return series[max(series, key=vintage_sort_key)]

    def vintages(self, indicator_id: str, level: str | None = None) -> list[str]:
        """The vintages of an indicator (at one level), oldest first."""
        found = {
            v.vintage
            for v in self.values.values()
            if v.indicator_id == indicator_id and (level is None or v.territory_level == level)
        }
        return sorted(found, key=vintage_sort_key)

    def iter_values(self, indicator_id: str | None = None) -> Iterator[Value]:
        for value in self.values.values():
            if indicator_id is None or value.indicator_id == indicator_id:
                yield value
