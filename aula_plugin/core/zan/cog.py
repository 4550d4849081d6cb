"""COG corrections of the Cerema consumption table: reach a stated commune vintage (ZAN.md §3.6).

A versioned table (``resources/zan/cog_corrections.csv``) lists, per COG year, the changes between
the release's commune geography and the target one:

- ``fusion``: old_insee is merged into new_insee; its values are **summed** into new_insee;
- ``scission``: old_insee is split between several new_insee rows, each with its **area share**
  (per cent); integer m² are split with largest-remainder rounding so the parts sum exactly to the
  original value (negative values too);
- ``absente``: new_insee is a commune of the target COG that the release lacks: zero rows, flagged
  (only when the table holds communes of its département).

A correction is applied when ``source_cog < cog_year <= target_cog``. A scission whose new
communes are already in the table (the release is already at that COG) is skipped and reported.
:func:`code_changes` gives the same selection as plain code changes (old code -> the code it ends
in, scissions) for other tables than the consumption one (the indicator import).

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from ..compat import zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from .cerema import Anomaly, AnomalyKind
from .model import TOTAL, ConsumptionTable

FUSION, SCISSION, ABSENT = "fusion", "scission", "absente"
KINDS = (FUSION, SCISSION, ABSENT)

# fmt: off
_BAD_ROW = QT_TRANSLATE_NOOP("aula",
    "{file}, line {line}: {problem}. Expected columns cog_year, kind (fusion, scission or "
    "absente), old_insee, new_insee, share (per cent, for scissions)")
_BAD_SHARES = QT_TRANSLATE_NOOP("aula",
    "{file}: COG {year}, scission of {insee}: the shares add up to {total} %, not 100 %")
# fmt: on


@dataclass(frozen=True)
class Correction:
    cog_year: int
    kind: str
    old_insee: str
    new_insee: str
    share: Fraction = Fraction(0)
    note: str = ""


@dataclass
class CogResult:
    table: ConsumptionTable
    #: insee → FUSION / SCISSION / ABSENT for the communes touched
    status: dict[str, str] = field(default_factory=dict)
    anomalies: list[Anomaly] = field(default_factory=list)
    applied: list[Correction] = field(default_factory=list)
    skipped: list[Correction] = field(default_factory=list)


def read_corrections(path: Path) -> list[Correction]:
    """Read the versioned corrections table (lines starting with # are comments)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    corrections = []
    for number, row in enumerate(csv.DictReader(lines), start=2):
        try:
            kind = (row.get("kind") or "").strip()
            if kind not in KINDS:
                raise ValueError("kind {!r}".format(kind))
            share_text = (row.get("share") or "").strip()
            corrections.append(
                Correction(
                    int(row["cog_year"]),
                    kind,
                    (row.get("old_insee") or "").strip(),
                    row["new_insee"].strip(),
                    Fraction(share_text) if share_text else Fraction(0),
                    (row.get("note") or "").strip(),
                )
            )
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise AulaError(_BAD_ROW, file=path.name, line=number, problem=str(exc)) from None
    check_shares(corrections, path.name)
    return corrections


@dataclass
class CodeChanges:
    """The commune code changes between two COG years."""

    #: old code -> the code it is merged into at the target COG (chains followed)
    fusions: dict[str, str] = field(default_factory=dict)
    #: old code -> the codes it is split into
    scissions: dict[str, list[str]] = field(default_factory=dict)

    def merged_into(self) -> dict[str, list[str]]:
        """new code -> the old codes merged into it (sorted)."""
        out: dict[str, list[str]] = {}
        for old, new in sorted(self.fusions.items()):
            out.setdefault(new, []).append(old)
        return out


def code_changes(
    corrections: Iterable[Correction], source_cog: int, target_cog: int
) -> CodeChanges:
    """The fusions and scissions with source_cog < cog_year <= target_cog, year after year (a code
    merged in 2024 into a commune itself merged in 2025 ends in the 2025 one)."""
    changes = CodeChanges()
    chosen = sorted(
        (c for c in corrections if source_cog < c.cog_year <= target_cog), key=lambda c: c.cog_year
    )
    for c in chosen:
        if c.kind == FUSION and c.old_insee and c.old_insee != c.new_insee:
            for old, new in changes.fusions.items():
                if new == c.old_insee:
                    changes.fusions[old] = c.new_insee
            changes.fusions[c.old_insee] = c.new_insee
        elif c.kind == SCISSION and c.old_insee:
            changes.scissions.setdefault(c.old_insee, []).append(c.new_insee)
    return changes


def check_shares(corrections: Iterable[Correction], file: str = "") -> None:
    totals: dict[tuple[int, str], Fraction] = {}
    for c in corrections:
        if c.kind == SCISSION:
            key = (c.cog_year, c.old_insee)
            totals[key] = totals.get(key, Fraction(0)) + c.share
    for (year, insee), total in sorted(totals.items()):
        if total != 100:
            raise AulaError(_BAD_SHARES, file=file, year=year, insee=insee, total=float(total))


def split_integer(value: int, shares: list[Fraction]) -> list[int]:
    """Split an integer by shares with largest-remainder rounding: the parts sum to ``value``.

    A negative value is split as its absolute value, then negated. Ties go to the first share.
    """
    total_share = sum(shares, Fraction(0))
    if total_share <= 0:
        raise ValueError("shares must add up to more than 0")
    sign = -1 if value < 0 else 1
    magnitude = abs(value)
    exact = [magnitude * share / total_share for share in shares]
    parts = [int(x) for x in exact]  # floor (non-negative)
    rest = magnitude - sum(parts)
    order = sorted(range(len(shares)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:rest]:
        parts[i] += 1
    return [sign * p for p in parts]


def apply_corrections(
    table: ConsumptionTable,
    corrections: Iterable[Correction],
    source_cog: int,
    target_cog: int,
    is_canceled: Callable[[], bool] = lambda: False,
) -> CogResult:
    """Apply the corrections with source_cog < cog_year <= target_cog, year after year.

    Returns a new table (the input is not modified; returned as is when no correction is due)
    with the status of each touched commune.
    """
    chosen = [c for c in corrections if source_cog < c.cog_year <= target_cog]
    if not chosen:  # the file is already at the target COG: no copy of a national table
        return CogResult(table)
    values = {
        insee: {year: dict(cell) for year, cell in by_year.items()}
        for insee, by_year in table.values.items()
    }
    result = CogResult(ConsumptionTable(values, table.release))
    for year in sorted({c.cog_year for c in chosen}):
        if is_canceled():
            raise Cancelled
        of_year = [c for c in chosen if c.cog_year == year]
        scissions: dict[str, list[Correction]] = {}
        for c in of_year:
            if c.kind == SCISSION:
                scissions.setdefault(c.old_insee, []).append(c)
        for old, parts in scissions.items():
            _split(result, old, parts)
        for c in of_year:
            if c.kind == FUSION:
                _merge(result, c)
        for c in of_year:
            if c.kind == ABSENT:
                _absent(result, c)
    return result


def _detail(c: Correction) -> str:
    text = "COG {} {} {} → {}".format(c.cog_year, c.kind, c.old_insee or "-", c.new_insee)
    if c.kind == SCISSION:
        text += " ({} %)".format(float(c.share))
    return text + (" — " + c.note if c.note else "")


def _split(result: CogResult, old: str, parts: list[Correction]) -> None:
    values = result.table.values
    others = [p.new_insee for p in parts if p.new_insee != old]
    if old not in values or any(code in values for code in others):
        result.skipped.extend(parts)
        return
    source = values.pop(old)
    shares = [p.share for p in parts]
    for part in parts:
        values.setdefault(part.new_insee, {})
    for year, cell in source.items():
        for destination, m2 in cell.items():
            for part, piece in zip_strict(parts, split_integer(m2, shares)):
                target = values[part.new_insee].setdefault(year, {})
                target[destination] = target.get(destination, 0) + piece
    for part in parts:
        result.status[part.new_insee] = SCISSION
        result.applied.append(part)
        result.anomalies.append(
            Anomaly(part.new_insee, None, TOTAL, None, AnomalyKind.COG, _detail(part))
        )


def _merge(result: CogResult, c: Correction) -> None:
    values = result.table.values
    if c.old_insee not in values or c.old_insee == c.new_insee:
        result.skipped.append(c)
        return
    source = values.pop(c.old_insee)
    target = values.setdefault(c.new_insee, {})
    for year, cell in source.items():
        into = target.setdefault(year, {})
        for destination, m2 in cell.items():
            into[destination] = into.get(destination, 0) + m2
    result.status[c.new_insee] = FUSION
    result.applied.append(c)
    result.anomalies.append(Anomaly(c.new_insee, None, TOTAL, None, AnomalyKind.COG, _detail(c)))


def _absent(result: CogResult, c: Correction) -> None:
    values = result.table.values
    # only when the table covers the commune's département (not for a file of other départements)
    dep = c.new_insee[:3] if c.new_insee.startswith("97") else c.new_insee[:2]
    if c.new_insee in values or not any(code.startswith(dep) for code in values):
        result.skipped.append(c)
        return
    years = result.table.years
    destinations = sorted({d for by in values.values() for cell in by.values() for d in cell})
    values[c.new_insee] = {year: dict.fromkeys(destinations, 0) for year in years}
    result.status[c.new_insee] = ABSENT
    result.applied.append(c)
    result.anomalies.append(Anomaly(c.new_insee, None, TOTAL, 0, AnomalyKind.COG, _detail(c)))
