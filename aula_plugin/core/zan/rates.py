"""Territorial reduction rates of NAF consumption, each with its source document.

One loader, :func:`load_rates`, reads the three formats users meet and detects which one:

- the plugin's CSV (``resources/zan/taux_reduction.csv``; ``#`` comment lines allowed) with the
  columns RATE_COLUMNS;
- the fixture of "Mon Diagnostic Artificialisation" (MTES-MCT/sparte
  ``public_data/fixtures/territorialisation_objectif.json``): a JSON list of
  ``{"model", "pk", "fields": {"land", "parent", "objectif_de_reduction", "nom_document",
  "is_in_document", "document_url", "document_comment"}}``;
- a GeoPackage holding the attribute table ``zan_taux_reduction`` (same columns as the CSV).

Rates are in per cent (54.47), may be negative, never above 100. A territory without its own rate
falls back along its parents (commune → EPCI → SCoT … → REGION_32 → FRANCE) and the result says so.
Pure Python (no qgis).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..booleans import boolean_word
from ..compat import zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..gpkg_store import read_only
from ..textfiles import READ_AS, decode_text
from .model import IN_DOCUMENT_WORDS, NOT_IN_DOCUMENT_WORDS

#: the columns of the rates table (CSV and GeoPackage)
RATE_COLUMNS = (
    "territory_id",
    "level",
    "name",
    "parent_id",
    "rate_pct",
    "document",
    "page",
    "date",
    "in_local_document",
    "url",
    "comment",
)
#: columns a user's table must have (the others may be absent)
REQUIRED_COLUMNS = ("territory_id", "parent_id", "rate_pct", "document")
#: the GeoPackage attribute table
TABLE_RATES = "zan_taux_reduction"
TABLE_ELIGIBILITY = "zan_eligibilite_communes"
REGION_ID = "REGION_32"
NATIONAL_ID = "FRANCE"
#: tried last, in this order, when neither a territory nor its parents have a rate
DEFAULT_CHAIN = (REGION_ID, NATIONAL_ID)

# fmt: off
_NOT_FOUND = QT_TRANSLATE_NOOP("aula", "Rates table {table}: file not found")
_BAD_JSON = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}: not a list of territorialisation objectives (JSON): {error}")
_JSON_ENTRY = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}: entry {index} has no field {field}")
_MISSING_COLUMNS = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}: missing column(s) {columns} (expected {expected})")
_NO_TABLE = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}: the GeoPackage has no table {name}")
_EMPTY_ID = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}, row {row}: empty territory_id")
_DUPLICATE = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}: territory {territory} appears more than once (rows {rows})")
_RATE_NOT_NUMBER = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}, row {row} ({territory}): field {field} {value!r} is not a number")
_RATE_ABOVE_100 = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}, row {row} ({territory}): field {field} = {value} is above 100 %")
_UNKNOWN_PARENT = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}: parent {parent} of {territory} is not in the table")
_UNKNOWN_ID = QT_TRANSLATE_NOOP("aula",
    "Rates table {table}: no rate for {territory} nor any of its parents ({chain})")
#: warnings when a parent's rate is used (the issue's "taux régional appliqué")
FALLBACK_REGION = QT_TRANSLATE_NOOP("aula",
    "{territory}: no reduction rate of its own: regional rate applied ({parent}, {rate} %)")
FALLBACK_NATIONAL = QT_TRANSLATE_NOOP("aula",
    "{territory}: no reduction rate of its own: national rate applied ({parent}, {rate} %, "
    "indicative)")
NEGATIVE_RATE = QT_TRANSLATE_NOOP("aula",
    "{territory}: negative reduction rate {rate} %: its 2021-2031 envelope is larger than its "
    "2011-2020 consumption (allowed, but check the rate)")
FALLBACK_PARENT = QT_TRANSLATE_NOOP("aula",
    "{territory}: no reduction rate of its own: rate of {parent} applied ({rate} %)")
# fmt: on


@dataclass(frozen=True)
class Rate:
    """One row of the rates table; ``rate_pct`` None = no own rate, the parent's applies."""

    territory_id: str
    rate_pct: float | None
    level: str = ""
    name: str = ""
    parent_id: str = ""
    document: str = ""
    page: str = ""
    date: str = ""
    in_local_document: bool | None = None
    url: str = ""
    comment: str = ""


@dataclass(frozen=True)
class RateLookup:
    """The rate applied to a territory and where it comes from."""

    territory_id: str
    rate: Rate  # the row whose rate is used (the territory's own, or a parent's)
    fallback: bool  # True when a parent's rate is used
    warning: AulaError | None  # the message to show when fallback is True

    @property
    def rate_pct(self) -> float:
        assert self.rate.rate_pct is not None
        return self.rate.rate_pct


def parse_rate(
    value: object, *, table: str, row: object, territory: str, field: str
) -> float | None:
    """A per-cent rate from a cell: '54.47', '54,47', 54.47; '' / None = no rate; > 100 refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if isinstance(value, bool):
            raise ValueError
        number = float(value.strip().replace(",", ".") if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise AulaError(
            _RATE_NOT_NUMBER, table=table, row=row, territory=territory, field=field, value=value
        ) from None
    if math.isnan(number) or math.isinf(number):
        raise AulaError(
            _RATE_NOT_NUMBER, table=table, row=row, territory=territory, field=field, value=value
        )
    if number > 100:
        raise AulaError(
            _RATE_ABOVE_100, table=table, row=row, territory=territory, field=field, value=value
        )
    return number


def negative_rate_warning(territory: str, rate_pct: float | None) -> AulaError | None:
    """The warning every algorithm taking a rate gives for a negative one (None otherwise).

    Negative rates are allowed (a territory may consume more than in 2011-2020), but they turn
    the law's reduction into an increase: the planner is told, naming the territory and the rate.
    """
    if rate_pct is None or rate_pct >= 0:
        return None
    return AulaError(NEGATIVE_RATE, territory=territory, rate=_pct(rate_pct))


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _flag(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    return boolean_word(value, IN_DOCUMENT_WORDS, NOT_IN_DOCUMENT_WORDS)


class RateTable:
    """Rates by territory id, validated (no duplicates, rates ≤ 100, known parents)."""

    def __init__(self, rates: Iterable[Rate], source: str = "") -> None:
        self.source = source
        #: the text encoding the file was read in ("" : not a text file)
        self.encoding = ""
        self.rates: dict[str, Rate] = {}
        for rate in rates:
            self.rates[rate.territory_id] = rate

    def __len__(self) -> int:
        return len(self.rates)

    def __contains__(self, territory_id: object) -> bool:
        return territory_id in self.rates

    def __getitem__(self, territory_id: str) -> Rate:
        return self.rates[territory_id]

    @classmethod
    def from_rows(
        cls, rows: Iterable[Mapping[str, object]], table: str, columns: Sequence[str] | None = None
    ) -> RateTable:
        """Build from rows of the CSV/GeoPackage layout; ``columns`` (the header) is checked."""
        if columns is not None:
            missing = [c for c in REQUIRED_COLUMNS if c not in columns]
            if missing:
                raise AulaError(
                    _MISSING_COLUMNS,
                    table=table,
                    columns=", ".join(missing),
                    expected=", ".join(RATE_COLUMNS),
                )
        rates: list[Rate] = []
        seen: dict[str, list[int]] = {}
        for number, row in enumerate(rows, start=1):
            territory = _text(row.get("territory_id"))
            if not territory:
                raise AulaError(_EMPTY_ID, table=table, row=number)
            seen.setdefault(territory, []).append(number)
            rate = parse_rate(
                row.get("rate_pct"), table=table, row=number, territory=territory, field="rate_pct"
            )
            rates.append(
                Rate(
                    territory_id=territory,
                    rate_pct=rate,
                    level=_text(row.get("level")),
                    name=_text(row.get("name")),
                    parent_id=_text(row.get("parent_id")),
                    document=_text(row.get("document")),
                    page=_text(row.get("page")),
                    date=_text(row.get("date")),
                    in_local_document=_flag(row.get("in_local_document")),
                    url=_text(row.get("url")),
                    comment=_text(row.get("comment")),
                )
            )
        duplicates = {k: v for k, v in seen.items() if len(v) > 1}
        if duplicates:
            territory, numbers = sorted(duplicates.items())[0]
            raise AulaError(
                _DUPLICATE, table=table, territory=territory, rows=", ".join(map(str, numbers))
            )
        result = cls(rates, source=table)
        result.check_parents()
        return result

    def check_parents(self) -> None:
        for rate in self.rates.values():
            if rate.parent_id and rate.parent_id not in self.rates:
                raise AulaError(
                    _UNKNOWN_PARENT,
                    table=self.source,
                    parent=rate.parent_id,
                    territory=rate.territory_id,
                )

    def lookup(
        self,
        territory_id: str,
        ancestors: Sequence[str] = (),
        defaults: Sequence[str] = DEFAULT_CHAIN,
    ) -> RateLookup:
        """The rate of ``territory_id``, else of the first of its parents that has one.

        The chain is: the territory, its ``ancestors`` (e.g. EPCI_…, then the SCoT id, from the
        commune layer), each followed by its parents in the table, then ``defaults``
        (REGION_32, FRANCE). Raises AulaError when nothing in the chain has a rate.
        """
        chain: list[str] = []
        visited: set[str] = set()

        def walk(start: str) -> Rate | None:
            current = start
            while current:
                if current in visited:  # already tried (or a loop of parents)
                    return None
                visited.add(current)
                chain.append(current)
                rate = self.rates.get(current)
                if rate is None:
                    return None
                if rate.rate_pct is not None:
                    return rate
                current = rate.parent_id
            return None

        for start in (territory_id, *ancestors, *defaults):
            found = walk(start)
            if found is not None:
                return self._result(territory_id, found)
        raise AulaError(
            _UNKNOWN_ID, table=self.source, territory=territory_id, chain=" → ".join(chain)
        )

    @staticmethod
    def _result(territory_id: str, rate: Rate) -> RateLookup:
        if rate.territory_id == territory_id:
            return RateLookup(territory_id, rate, False, None)
        if rate.territory_id.startswith("REGION_") or rate.level.lower() in {"region", "région"}:
            template = FALLBACK_REGION
        elif rate.territory_id == NATIONAL_ID or rate.level.lower() in {"nation", "national"}:
            template = FALLBACK_NATIONAL
        else:
            template = FALLBACK_PARENT
        warning = AulaError(
            template, territory=territory_id, parent=rate.territory_id, rate=_pct(rate.rate_pct)
        )
        return RateLookup(territory_id, rate, True, warning)


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _read_csv(text: str, table: str) -> RateTable:
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    sample = "\n".join(lines[:5])
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    columns = [c.strip() for c in (reader.fieldnames or [])]
    rows = ({(k or "").strip(): v for k, v in row.items()} for row in reader)
    return RateTable.from_rows(rows, table, columns)


def sparte_rows(entries: object, table: str) -> list[dict[str, object]]:
    """The sparte fixture's entries as rows of the plugin's layout (document = nom_document)."""
    if not isinstance(entries, list):
        raise AulaError(_BAD_JSON, table=table, error=type(entries).__name__)
    rows: list[dict[str, object]] = []
    for index, entry in enumerate(entries, start=1):
        fields = entry.get("fields") if isinstance(entry, dict) else None
        if not isinstance(fields, dict):
            raise AulaError(_JSON_ENTRY, table=table, index=index, field="fields")
        for name in ("land", "objectif_de_reduction"):
            if name not in fields:
                raise AulaError(_JSON_ENTRY, table=table, index=index, field=name)
        land = _text(fields.get("land"))
        rows.append(
            {
                "territory_id": land,
                "level": land.split("_", 1)[0].lower() if "_" in land else "",
                "name": "",
                "parent_id": _text(fields.get("parent")),
                "rate_pct": fields.get("objectif_de_reduction"),
                "document": _text(fields.get("nom_document")),
                "page": "",
                "date": "",
                "in_local_document": fields.get("is_in_document"),
                "url": _text(fields.get("document_url")),
                "comment": _text(fields.get("document_comment")),
            }
        )
    return rows


def _read_gpkg(path: Path, table: str) -> RateTable:
    with read_only(path) as connection:
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE_RATES,)
        ).fetchone()
        if not exists:
            raise AulaError(_NO_TABLE, table=table, name=TABLE_RATES)
        cursor = connection.execute(f'SELECT * FROM "{TABLE_RATES}"')
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip_strict(columns, values)) for values in cursor.fetchall()]
    return RateTable.from_rows(rows, table, columns)


def load_rates(path: str | Path) -> RateTable:
    """Read a rates table, detecting its format: sparte JSON, plugin CSV or GeoPackage."""
    path = Path(path)
    table = path.name
    if not path.is_file():
        raise AulaError(_NOT_FOUND, table=str(path))
    data = path.read_bytes()
    if data.startswith(b"SQLite format 3"):
        return _read_gpkg(path, table)
    text, encoding = decode_text(data, table)  # Excel's Windows-1252 too; binary refused
    if text.lstrip().startswith(("[", "{")):
        try:
            entries = json.loads(text)
        except json.JSONDecodeError as exc:
            raise AulaError(_BAD_JSON, table=table, error=str(exc)) from None
        result = RateTable.from_rows(sparte_rows(entries, table), table, RATE_COLUMNS)
    else:
        result = _read_csv(text, table)
    result.encoding = encoding
    return result


def read_note(table: RateTable) -> AulaError | None:
    """ "<file>: read as <encoding>" for a rates table read from a text file."""
    if not table.encoding:
        return None
    return AulaError(READ_AS, file=table.source, encoding=table.encoding)
