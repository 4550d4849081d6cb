"""The one reader of the long consumption table ``zan_consommation`` for every ZAN algorithm.

aula:zanconsumption, aula:zantrajectory and aula:zanreport read the table here, and every row goes
through the same check (``core.zan.long_table.LongTableCheck``): the same table gives the same
verdict in each of them (counts of each anomaly in the log, a refusal when a total would be wrong,
negative values kept and flagged).

A GeoPackage table (no selection, filter nor feature limit) is read straight with SQLite: OGR
would silently turn a text cell of an INTEGER column ("12 ha") into 12, or 1e400 into the
largest 64-bit integer; SQLite hands over the cell as it is. Other layers are read through QGIS.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.gpkg_store import LOCKED_BY_OTHER, is_locked, quote_ident
from ..core.zan.cerema_store import is_pristine
from ..core.zan.long_table import LongTableCheck
from ..core.zan.model import FIELDS_CONSUMPTION, TABLE_CONSUMPTION, TOTAL, ConsumptionTable
from .feedback import check_cancelled
from .stored_tables import gpkg_table
from .values import key_text, plain

Warn = Callable[[AulaError], None]
_CHUNK = 100_000

# fmt: off
_UNREADABLE = QT_TRANSLATE_NOOP("aula", "{path}: the table {table} cannot be read ({reason})")
# fmt: on


def direct_gpkg_table(value: Any, layer: QgsVectorLayer | None) -> tuple[Path | None, str]:
    """The GeoPackage file and table behind a consumption parameter, when SQLite may read it.

    ``value`` is the parameter's value and ``layer`` the layer it resolves to: no direct read
    for selected features, a feature limit, a subset string or a layer of no GeoPackage table
    (gis/stored_tables.py).
    """
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or value.featureLimit not in (-1, None)
    ):
        return None, ""
    if not isinstance(layer, QgsVectorLayer) or layer.subsetString():
        return None, ""
    found = gpkg_table(layer)
    if found is None or not found[1]:
        return None, ""
    return found


@dataclass
class LongTable:
    """Where the long table's rows come from."""

    source: QgsFeatureSource
    name: str  # for the messages
    fields: dict[str, str]  # insee, annee, destination, surface_m2 -> as spelled in the layer
    release_field: str | None = None
    gpkg: Path | None = None  # read straight with SQLite when set
    table: str = ""

    @classmethod
    def of(
        cls,
        source: QgsFeatureSource,
        name: str,
        fields: dict[str, str],
        value: Any = None,
        layer: QgsVectorLayer | None = None,
    ) -> LongTable:
        """The table behind a layer parameter (``value``, resolved to ``layer``)."""
        release = source.fields().lookupField("release")
        gpkg, table = direct_gpkg_table(value, layer)
        return cls(
            source,
            name,
            fields,
            source.fields().at(release).name() if release >= 0 else None,
            gpkg,
            table,
        )

    def _quoted(self, key: str) -> str:
        return quote_ident(self.fields.get(key) or key)


def sqlite_error(path: Path, table: str, exc: sqlite3.Error) -> AulaError:
    """The message of an SQLite error: a lock said as such, never "not a GeoPackage"."""
    if is_locked(exc):
        return AulaError(LOCKED_BY_OTHER, path=path)
    return AulaError(_UNREADABLE, path=path, table=table, reason=exc)


class _connect:  # noqa: N801 (a context manager used like a function)
    def __init__(self, lt: LongTable) -> None:
        self.lt = lt

    def __enter__(self) -> sqlite3.Connection:
        path = self.lt.gpkg
        assert path is not None
        try:
            self.con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=2)
        except sqlite3.Error as exc:
            raise sqlite_error(path, self.lt.table, exc) from None
        return self.con

    def __exit__(self, kind: object, exc: object, trace: object) -> None:
        self.con.close()
        if isinstance(exc, sqlite3.Error):
            assert self.lt.gpkg is not None
            raise sqlite_error(self.lt.gpkg, self.lt.table, exc) from None


def _guarded(lt: LongTable, release: str, con: sqlite3.Connection) -> bool:
    """Whether the rows read are those of an imported release not edited since, read through
    the table's own columns: then the check is light (see ``cerema_store.is_pristine``)."""
    own = all(lt.fields.get(key, key).lower() == key for key in FIELDS_CONSUMPTION)
    named = (lt.release_field or "").lower() == "release" and lt.table == TABLE_CONSUMPTION
    return own and named and is_pristine(con, release)


def _where(lt: LongTable, release: str, communes: Sequence[str] | None) -> tuple[str, list[Any]]:
    clauses, args = ["1"], []
    if lt.release_field:
        clauses.append(quote_ident(lt.release_field) + " = ?")
        args.append(release)
    if communes is not None:
        clauses.append("{} IN ({})".format(lt._quoted("insee"), ",".join("?" * len(communes))))
        args += list(communes)
    return " AND ".join(clauses), args


def releases(lt: LongTable, communes: Sequence[str] | None = None) -> list[str]:
    """The non-empty releases of the table (of the rows of ``communes`` when given)."""
    if not lt.release_field:
        return []
    if lt.gpkg is not None:
        column = quote_ident(lt.release_field)
        where = "1"
        args: list[Any] = []
        if communes is not None:
            where = "{} IN ({})".format(lt._quoted("insee"), ",".join("?" * len(communes)))
            args = list(communes)
        with _connect(lt) as con:
            found = con.execute(
                f'SELECT DISTINCT {column} FROM "{lt.table}" WHERE {where}', args
            ).fetchall()
        return sorted({key_text(r[0]) for r in found} - {""})
    index = lt.source.fields().lookupField(lt.release_field)
    if communes is None:
        return sorted({key_text(v) for v in lt.source.uniqueValues(index)} - {""})
    request = _request(lt, [index], communes)
    return sorted({key_text(f.attribute(index)) for f in lt.source.getFeatures(request)} - {""})


def _request(
    lt: LongTable, indices: list[int], communes: Sequence[str] | None
) -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(indices)
    if communes is not None:
        listed = ", ".join(QgsExpression.quotedValue(code) for code in communes)
        request.setFilterExpression(
            f"{QgsExpression.quotedColumnRef(lt.fields['insee'])} IN ({listed})"
        )
    return request


def _raw_rows(
    lt: LongTable, release: str, communes: Sequence[str] | None, feedback: QgsProcessingFeedback
) -> Iterator[list[tuple[Any, ...]]]:
    """Chunks of (row reference, insee, annee, destination, surface_m2), cells as stored."""
    keys = ("insee", "annee", "destination", "surface_m2")
    if lt.gpkg is not None:
        where, args = _where(lt, release, communes)
        columns = ", ".join(lt._quoted(k) for k in keys)
        with _connect(lt) as con:
            cursor = con.execute(f'SELECT rowid, {columns} FROM "{lt.table}" WHERE {where}', args)
            while chunk := cursor.fetchmany(_CHUNK):
                check_cancelled(feedback)
                yield chunk
        return
    fields = lt.source.fields()
    indices = [fields.lookupField(lt.fields[k]) for k in keys]
    release_index = fields.lookupField(lt.release_field) if lt.release_field else -1
    request = _request(lt, [*indices, *([release_index] if release_index >= 0 else [])], communes)
    chunk: list[tuple[Any, ...]] = []
    for feature in lt.source.getFeatures(request):
        if release_index >= 0 and key_text(feature.attribute(release_index)) != release:
            continue
        chunk.append((feature.id(), *(plain(feature.attribute(i)) for i in indices)))
        if len(chunk) == _CHUNK:
            check_cancelled(feedback)
            yield chunk
            chunk = []
    check_cancelled(feedback)
    yield chunk


def read_long_table(
    lt: LongTable,
    release: str,
    feedback: QgsProcessingFeedback,
    warn: Warn,
    *,
    communes: Sequence[str] | None = None,
    naf_only: bool = False,
) -> ConsumptionTable:
    """The rows of one release ("" : the table has no release field), checked.

    ``communes``: read only their rows; ``naf_only``: keep only the totals (every row is checked
    all the same). Anomalies are sent to ``warn`` one kind at a time; a total that would be wrong
    raises AulaError.
    """
    check = LongTableCheck(lt.name, lt.fields)
    table = ConsumptionTable(release=release or lt.name)
    values = table.values
    for chunk in _raw_rows(lt, release, communes, feedback):
        for insee, year, destination, m2 in check.rows(chunk):
            if naf_only and destination != TOTAL:
                continue
            values.setdefault(insee, {}).setdefault(year, {})[destination] = m2
    check.finish(warn)
    return table


def read_period_sums(
    lt: LongTable,
    release: str,
    first: int,
    last: int,
    feedback: QgsProcessingFeedback,
    warn: Warn,
) -> dict[str, dict[str, int]]:
    """{insee: {destination: Σ m² over first..last}} of a GeoPackage table, checked (fast).

    SQLite hands over the rows of the period, and those whose year is not an integer (a year
    typed as text may belong to it); every one goes through the check. Rows of other years do not
    enter these sums and are not read. An imported release not edited since is checked lightly.
    """
    if lt.gpkg is None:
        raise ValueError("read_period_sums reads a GeoPackage table")
    check = LongTableCheck(lt.name, lt.fields)
    with _connect(lt) as con:
        if _guarded(lt, release, con):
            flat = _pristine_period_sums(con, check, release, first, last, feedback)
        else:
            flat = _checked_period_sums(con, lt, check, release, first, last, feedback)
    check.finish(warn)
    sums: dict[str, dict[str, int]] = {}
    for (insee, destination), m2 in flat.items():
        sums.setdefault(insee, {})[destination] = m2
    return sums


def _checked_period_sums(
    con: sqlite3.Connection,
    lt: LongTable,
    check: LongTableCheck,
    release: str,
    first: int,
    last: int,
    feedback: QgsProcessingFeedback,
) -> dict[tuple[str, str], int]:
    where, args = _where(lt, release, None)
    keys = ("insee", "annee", "destination", "surface_m2")
    columns = ", ".join(lt._quoted(k) for k in keys)
    year = lt._quoted("annee")
    flat: dict[tuple[str, str], int] = {}
    cursor = con.execute(
        f'SELECT rowid, {columns} FROM "{lt.table}" WHERE {where} '
        f"AND ({year} BETWEEN ? AND ? OR typeof({year}) != 'integer')",
        [*args, first, last],
    )
    while chunk := cursor.fetchmany(_CHUNK):
        check_cancelled(feedback)
        check.add_period_sums(chunk, first, last, flat)
    return flat


def _pristine_period_sums(
    con: sqlite3.Connection,
    check: LongTableCheck,
    release: str,
    first: int,
    last: int,
    feedback: QgsProcessingFeedback,
) -> dict[tuple[str, str], int]:
    """The sums of an imported release not edited since: only three columns read, as fast as
    SQLite hands them over; late years (after this year) still go through the check."""
    table = TABLE_CONSUMPTION
    flat: dict[tuple[str, str], int] = {}
    negatives = 0
    cursor = con.execute(
        f'SELECT insee, destination, surface_m2 FROM "{table}" WHERE release = ? '
        "AND annee BETWEEN ? AND ?",
        (release, first, min(last, check.last_year)),
    )
    while chunk := cursor.fetchmany(_CHUNK):
        check_cancelled(feedback)
        negatives += check.add_pristine_sums(chunk, flat)
    if negatives:
        example = con.execute(
            f'SELECT rowid, insee, annee, surface_m2 FROM "{table}" WHERE release = ? '
            "AND annee BETWEEN ? AND ? AND surface_m2 < 0 LIMIT 1",
            (release, first, last),
        ).fetchone()
        check.flag_negatives(negatives, *example)
    if last > check.last_year:
        late = con.execute(
            f'SELECT rowid, insee, annee, destination, surface_m2 FROM "{table}" '
            "WHERE release = ? AND annee BETWEEN ? AND ?",
            (release, check.last_year + 1, last),
        ).fetchall()
        check.add_period_sums(late, first, last, flat)
    return flat
