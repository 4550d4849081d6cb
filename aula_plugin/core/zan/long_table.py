"""The one validation of the long consumption table ``zan_consommation``, row by row.

The table is written by aula:zanimportconsumption, but planners edit it by hand (QGIS, DB Browser,
a spreadsheet export): text in ``surface_m2``, a misspelt destination, a year typed 20121, a lost
INSEE code, NULLs, a row pasted twice. Every ZAN algorithm reading the table (zanconsumption,
zantrajectory, zanreport) passes each row through :class:`LongTableCheck`, so the same table gives
the same verdict everywhere:

- anomalies that would make a total wrong (NULL, text or non-integer or non-finite m², a year
  outside 2009..this year, an unknown destination, a malformed INSEE code, a commune-year-
  destination given twice) are counted by kind, each kind reported once with its count and a
  first example (row, field, value), then the reading is refused;
- negative ``surface_m2`` values are valid (Cerema corrections): kept in every sum, counted and
  flagged in one warning, never refused nor dropped.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..numbers import readable
from .model import DESTINATIONS, FIRST_FLOW_YEAR, INSEE_CODE, TOTAL

#: the destinations a row may have
VALID_DESTINATIONS = (TOTAL, *DESTINATIONS)
_VALID = frozenset(VALID_DESTINATIONS)
_INTEGER_TEXT = re.compile(r"-?[0-9]{1,15}\Z")

# fmt: off
NULL = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) with a NULL value (first: row {row}, field {field})")
NOT_NUMBER = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) whose {field} is not a number (first: row {row}, value {value})")
NOT_INTEGER = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) whose {field} is not a whole number (first: row {row}, value "
    "{value})")
NOT_FINITE = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) whose {field} is not a finite number (first: row {row}, value "
    "{value})")
BAD_YEAR = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) with an impossible year in {field} (first: row {row}, value "
    "{value}; expected {first} to {last})")
BAD_DESTINATION = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) with an unknown destination in {field} (first: row {row}, value "
    "{value}; expected {expected})")
BAD_INSEE = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) whose {field} is not an INSEE commune code (first: row {row}, "
    "value {value})")
DUPLICATE = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) repeat a commune, year and destination already given (first: row "
    "{row}, commune {insee}, year {year}, destination {destination}); they would be counted twice")
NEGATIVE = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} negative value(s) of {field}, kept in every sum (Cerema corrections; "
    "first: row {row}, commune {insee}, year {year}, {value} m²)")
REFUSED = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} row(s) would make the totals wrong (listed above): nothing was computed. "
    "Correct them, or import the Cerema file again")
# fmt: on

#: the kinds refused, in the order they are reported
FATAL = (NULL, NOT_NUMBER, NOT_INTEGER, NOT_FINITE, BAD_YEAR, BAD_DESTINATION, BAD_INSEE, DUPLICATE)


def last_possible_year(today: datetime.date | None = None) -> int:
    """The last year a published annual flow can start in (this year, at the latest)."""
    return (today or datetime.date.today()).year


@dataclass
class _Kind:
    count: int = 0
    example: dict[str, Any] = field(default_factory=dict)


@dataclass
class LongTableCheck:
    """Checks the rows of one long table (``layer``: its name; ``fields``: key -> field name).

    :meth:`row` returns a clean ``(insee, year, destination, m2)`` or None for a bad row;
    :meth:`finish` sends one warning per kind found and raises the refusal when a total would be
    wrong.
    """

    layer: str
    fields: dict[str, str] = field(default_factory=dict)
    last_year: int = field(default_factory=last_possible_year)
    kinds: dict[str, _Kind] = field(default_factory=dict)
    #: (insee, destination) -> bit mask of the years seen (duplicates)
    _seen: dict[tuple[str, str], int] = field(default_factory=dict)
    _codes: set[str] = field(default_factory=set)

    def _name(self, key: str) -> str:
        return self.fields.get(key, key)

    def _flag(self, kind: str, count: int = 1, **example: Any) -> None:
        found = self.kinds.setdefault(kind, _Kind())
        if not found.count:
            found.example = example
        found.count += count

    def rows(self, chunk: Iterable[Sequence[Any]]) -> list[tuple[str, int, str, int]]:
        """The clean rows of ``chunk`` ((ref, insee, year, destination, m2) each), in order."""
        return list(self._clean(chunk))

    def add_period_sums(
        self,
        chunk: Iterable[Sequence[Any]],
        first: int,
        last: int,
        sums: dict[tuple[str, str], int],
    ) -> None:
        """Check the rows of ``chunk`` as :meth:`rows` does and add the m² of the clean ones of
        ``first``..``last`` to ``sums[(insee, destination)]``, with no intermediate row list
        (the loop of aula:zanconsumption over the millions of rows of a national table)."""
        get = sums.get
        for insee, year, destination, m2 in self._clean(chunk):
            if first <= year <= last:
                key = (insee, destination)
                sums[key] = get(key, 0) + m2

    def add_pristine_sums(
        self, chunk: Iterable[Sequence[Any]], sums: dict[tuple[str, str], int]
    ) -> int:
        """Add the m² of rows (insee, destination, m2) of an imported release not edited since
        (``cerema_store.is_pristine``: the import checked them) to ``sums[(insee, destination)]``;
        the count of negative values among them (see :meth:`flag_negatives`)."""
        get = sums.get
        negatives = 0
        for insee, destination, m2 in chunk:
            key = (insee, destination)
            sums[key] = get(key, 0) + m2
            if m2 < 0:
                negatives += 1
        return negatives

    def flag_negatives(self, count: int, ref: object, insee: str, year: int, value: int) -> None:
        """Flag ``count`` negative values at once, the first being ``value`` m² at row ``ref``."""
        if count:
            self._flag(
                NEGATIVE,
                count,
                row=ref,
                field=self._name("surface_m2"),
                insee=insee,
                year=year,
                value=value,
            )

    def _clean(self, chunk: Iterable[Sequence[Any]]) -> Iterator[tuple[str, int, str, int]]:
        """The clean rows of ``chunk``; the common case (a row as the import writes it) is
        decided inline, cheaply, everything else by :meth:`_row`, which counts the anomalies."""
        seen, codes, valid = self._seen, self._codes, _VALID
        low, high = FIRST_FLOW_YEAR, self.last_year
        for ref, insee, year, destination, m2 in chunk:
            if (
                type(year) is int
                and type(m2) is int
                and insee in codes
                and destination in valid
                and low <= year <= high
                and m2 >= 0
            ):
                key = (insee, destination)
                bit = 1 << (year - low)
                mask = seen.get(key, 0)
                if not mask & bit:
                    seen[key] = mask | bit
                    yield insee, year, destination, m2
                    continue
            found = self._row(ref, insee, year, destination, m2)
            if found is not None:
                yield found

    def _row(
        self, ref: object, insee: Any, year: Any, destination: Any, m2: Any
    ) -> tuple[str, int, str, int] | None:
        for key, value in (
            ("insee", insee),
            ("annee", year),
            ("destination", destination),
            ("surface_m2", m2),
        ):
            if value is None or (isinstance(value, str) and not value.strip()):
                self._flag(NULL, row=ref, field=self._name(key))
                return None
        code = _code(insee)
        if code not in self._codes:
            if not INSEE_CODE.match(code):
                self._flag(BAD_INSEE, row=ref, field=self._name("insee"), value=repr(code))
                return None
            self._codes.add(code)
        whole_year = _whole(year)
        if not isinstance(whole_year, int) or not FIRST_FLOW_YEAR <= whole_year <= self.last_year:
            self._flag(
                BAD_YEAR,
                row=ref,
                field=self._name("annee"),
                value=_shown(year),
                first=FIRST_FLOW_YEAR,
                last=self.last_year,
            )
            return None
        if destination not in VALID_DESTINATIONS:
            self._flag(
                BAD_DESTINATION,
                row=ref,
                field=self._name("destination"),
                value=_shown(destination),
                expected=", ".join(VALID_DESTINATIONS),
            )
            return None
        value = _whole(m2)
        if not isinstance(value, int):
            self._flag(value, row=ref, field=self._name("surface_m2"), value=_shown(m2))
            return None
        bit = 1 << (whole_year - FIRST_FLOW_YEAR)
        mask = self._seen.get((code, destination), 0)
        if mask & bit:
            self._flag(DUPLICATE, row=ref, insee=code, year=whole_year, destination=destination)
            return None
        self._seen[(code, destination)] = mask | bit
        if value < 0:
            self.flag_negatives(1, ref, code, whole_year, value)
        return code, whole_year, destination, value

    @property
    def refused_rows(self) -> int:
        return sum(self.kinds[kind].count for kind in FATAL if kind in self.kinds)

    @property
    def negatives(self) -> int:
        return self.kinds[NEGATIVE].count if NEGATIVE in self.kinds else 0

    def messages(self) -> list[AulaError]:
        """One message per kind found (the refused kinds first, then the negative values)."""
        return [
            AulaError(
                kind, layer=self.layer, count=self.kinds[kind].count, **self.kinds[kind].example
            )
            for kind in (*FATAL, NEGATIVE)
            if kind in self.kinds
        ]

    def finish(self, warn: Callable[[AulaError], None]) -> None:
        """Warn once per kind found; raise the refusal when a total would be wrong."""
        for message in self.messages():
            warn(message)
        if self.refused_rows:
            raise AulaError(REFUSED, layer=self.layer, count=self.refused_rows)


def _code(value: Any) -> str:
    """An INSEE code as text: 62041 (integer) and 62041.0 give "62041"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().upper()


def _whole(value: Any) -> int | str:
    """``value`` as an int, or the template of what is wrong with it."""
    if isinstance(value, bool):
        return NOT_NUMBER
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return NOT_FINITE
        return int(value) if float(value).is_integer() else NOT_INTEGER
    if isinstance(value, str) and _INTEGER_TEXT.match(value.strip()):
        return int(value.strip())  # a text field holding "2012" or "-350"
    return NOT_NUMBER  # text (a hand-edited cell), bytes, dates...


def _shown(value: Any) -> str:
    """A cell as the messages show it: text quoted, numbers readable (1e+300, not 301 digits)."""
    if isinstance(value, str):
        return repr(value)
    return readable(value)
