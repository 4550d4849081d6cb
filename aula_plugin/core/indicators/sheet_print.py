"""A sheet view laid out for print: titles and plain-text tables that a QGIS layout places.

:func:`print_sheet` turns a :class:`~.view.SheetView` (one territory's evaluated sheet) into a
:class:`PrintSheet`: per section, one table of its key-figure cards (value, vintage, reference and
gap) and one table per comparison, evolution or table block (every value as the view wrote it:
"s" and "n.d." stay marks, never zeros), then the notes, warnings and sources. Charts are not
drawn: their figures are printed as tables, so that every number of a PDF is searchable text.

:func:`communes_of` chooses the communes whose sheets ``aula:factsheetexport`` writes: those of a
territory given by its code (an EPCI SIREN, a SCoT, pôle or agency id, a département), or the one
commune of that code.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP, AulaError
from .model import COMMUNE, IndicatorBase, TerritoryKey, level_rank
from .view import (
    MARK_MISSING,
    BarsView,
    CardView,
    EvolutionView,
    SheetView,
    TableView,
    block_cells,
)

Translate = Callable[[str], str]

# fmt: off
KEY_FIGURES = QT_TRANSLATE_NOOP("aula", "Key figures")
INDICATOR = QT_TRANSLATE_NOOP("aula", "Indicator")
VALUE = QT_TRANSLATE_NOOP("aula", "Value")
VINTAGE = QT_TRANSLATE_NOOP("aula", "Vintage")
REFERENCE = QT_TRANSLATE_NOOP("aula", "Reference")
GAP = QT_TRANSLATE_NOOP("aula", "Gap")
TERRITORY = QT_TRANSLATE_NOOP("aula", "Territory")
AVERAGE_RATE = QT_TRANSLATE_NOOP("aula", "Annual average rate")
NOTES = QT_TRANSLATE_NOOP("aula", "Notes")
SOURCES = QT_TRANSLATE_NOOP("aula", "Sources")
COMPARED_WITH = QT_TRANSLATE_NOOP("aula", "compared with: {parents}")
_UNKNOWN_TERRITORY = QT_TRANSLATE_NOOP("aula",
    "{code}: no commune nor territory of that code in the territory layer")
_NO_COMMUNE = QT_TRANSLATE_NOOP("aula", "{territory} ({code}): no commune belongs to it")
# fmt: on


@dataclass
class PrintTable:
    title: str
    headers: list[str]
    rows: list[list[str]]
    #: column widths as shares of the table's width (they sum to 1)
    widths: list[float]


@dataclass
class PrintSection:
    title: str
    tables: list[PrintTable] = field(default_factory=list)


@dataclass
class PrintSheet:
    """Everything a sheet's PDF prints, in the user's language."""

    title: str
    territory: str
    subtitle: str
    sections: list[PrintSection]
    notes: list[str]
    sources: list[str]
    file_name: str
    key: TerritoryKey = ("", "")


def _with_unit(text: str, unit: str) -> str:
    """``12,3 %``; a mark ("s", "n.d.") or an empty unit stays alone."""
    if not unit or text in ("s", "n.d.", ""):
        return text
    return f"{text} {unit}"


def _shares(first: float, others: int) -> list[float]:
    if others <= 0:
        return [1.0]
    rest = (1.0 - first) / others
    return [first, *([rest] * others)]


def _cards(cards: list[CardView], tr: Translate) -> PrintTable:
    rows = []
    for card in cards:
        figure, ref = card.figure, card.reference
        reference = where = ""
        if ref is not None:
            reference, where = _with_unit(ref.text, ref.unit), ref.territory.label
        rows.append(
            [card.title, _with_unit(figure.text, figure.unit), figure.vintage_text, reference,
             where, card.gap_text]
        )  # fmt: skip
    headers = [tr(INDICATOR), tr(VALUE), tr(VINTAGE), tr(REFERENCE), tr(TERRITORY), tr(GAP)]
    return PrintTable(tr(KEY_FIGURES), headers, rows, [0.25, 0.13, 0.15, 0.13, 0.24, 0.10])


def _bars(view: BarsView, tr: Translate) -> PrintTable:
    rows = [
        [cell.territory.label, _with_unit(cell.text, view.unit), cell.vintage_text]
        for cell in view.bars
    ]
    headers = [tr(TERRITORY), tr(VALUE), tr(VINTAGE)]
    return PrintTable(view.title, headers, rows, [0.5, 0.25, 0.25])


def _evolution(view: EvolutionView, tr: Translate) -> PrintTable:
    with_rate = any(series.rate is not None for series in view.series)
    rows = []
    for series in view.series:
        row = [series.territory.label, *(point.text for point in series.points)]
        if with_rate:
            rate = series.rate
            row.append(f"{rate.rate_text} {rate.unit}" if rate is not None else "n.d.")
        rows.append(row)
    headers = [tr(TERRITORY), *view.vintages]
    if not view.vintages:  # no dated value (the package's populations): say so, no empty table
        headers.append(tr(VALUE))
        rows = [[*row, MARK_MISSING] for row in rows]
    if with_rate:
        headers.append(tr(AVERAGE_RATE))
    title = f"{view.title} ({view.unit})" if view.unit else view.title
    return PrintTable(title, headers, rows, _shares(0.3, len(headers) - 1))


def _table(view: TableView) -> PrintTable:
    rows = [
        [f"{row.label} ({row.unit})" if row.unit else row.label, *(c.text for c in row.cells)]
        for row in view.rows
    ]
    headers = ["", *(column.label for column in view.columns)]
    return PrintTable(view.title, headers, rows, _shares(0.34, len(headers) - 1))


def file_name(key: TerritoryKey, label: str) -> str:
    """``62119_bethune.pdf``: the code, then the name in ASCII (safe on every file system)."""
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_label.lower()).strip("_")[:60]
    return f"{key[1]}_{slug}.pdf" if slug else f"{key[1]}.pdf"


def print_sheet(view: SheetView, translate: Translate | None = None) -> PrintSheet:
    """The printable content of ``view``."""
    tr = translate or (lambda text: text)
    sections = []
    for section in view.sections:
        printed = PrintSection(section.title)
        cards = [b for b in section.blocks if isinstance(b, CardView)]
        if cards:
            printed.tables.append(_cards(cards, tr))
        for block in section.blocks:
            if isinstance(block, BarsView):
                printed.tables.append(_bars(block, tr))
            elif isinstance(block, EvolutionView):
                printed.tables.append(_evolution(block, tr))
            elif isinstance(block, TableView):
                printed.tables.append(_table(block))
        sections.append(printed)
    notes: list[str] = []
    for note in [*view.warnings, *view.notes]:
        if note.text not in notes:
            notes.append(note.text)
    for block in view.blocks():
        for note in getattr(block, "notes", []):
            if note.text not in notes:
                notes.append(note.text)
        for cell_note in (n for c in block_cells(block) for n in c.notes):
            if cell_note.text not in notes:
                notes.append(cell_note.text)
    territory = view.territory
    parents = ", ".join(f"{p.level_label} {p.label}" for p in view.comparison)
    subtitle = f"{territory.level_label} {territory.code}"
    if parents:
        subtitle += " — " + tr(COMPARED_WITH).format(parents=parents)
    return PrintSheet(
        title=view.title,
        territory=territory.label,
        subtitle=subtitle,
        sections=sections,
        notes=notes,
        sources=list(view.sources),
        file_name=file_name(territory.key, territory.label),
        key=territory.key,
    )


def communes_of(base: IndicatorBase, code: str) -> tuple[TerritoryKey, list[TerritoryKey]]:
    """The territory of ``code`` and its communes, by code: a commune gives itself; otherwise the
    lowest level holding that code (EPCI before SCoT, pôle, agency, département)."""
    code = code.strip()
    if base.territory(COMMUNE, code) is not None:
        return (COMMUNE, code), [(COMMUNE, code)]
    found = sorted((k for k in base.territories if k[1] == code), key=lambda k: level_rank(k[0]))
    if not found:
        raise AulaError(_UNKNOWN_TERRITORY, code=code)
    key = found[0]
    members = base.members(COMMUNE).get(key, [])
    if not members:
        raise AulaError(_NO_COMMUNE, territory=base.label(key), code=code)
    return key, members
