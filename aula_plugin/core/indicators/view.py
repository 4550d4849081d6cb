"""A sheet evaluated for one territory: plain view-model data that a dock, a PDF or a chart draws.

:func:`evaluate_sheet` turns a :class:`~.sheets.Sheet`, an :class:`~.model.IndicatorBase` and a
territory (plus an optional comparison zone) into a :class:`SheetView`: sections of card, bar,
evolution and table views made of :class:`Cell` objects. Every cell carries its value, its
formatted text, unit, vintage (or "vintage not stated"), status, source and notes:

- a secret value reads ``s``, a missing one ``n.d.``, each with a note saying why (secret, no value,
  not aggregable, not computed because members are secret...); its ``value`` is None, never 0,
  and :attr:`Cell.drawable` is False, so charts leave a gap;
- an estimated value keeps its number and gets a note;
- a row mixing vintages (a card and its reference, bars, a table row) gets a visible warning.

Texts are resolved at evaluation: ``translate`` (the plugin's translator for context "aula")
translates the notes, ``language`` picks the sheet's titles and the number format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP
from ..numbers import format_number
from . import sheets as sh
from .evolution import Evolution, evolution
from .model import (
    ESTIMATED,
    LEVEL_LABELS,
    MISSING,
    NOT_AGGREGABLE,
    SECRET,
    Indicator,
    IndicatorBase,
    TerritoryKey,
    Value,
    level_rank,
    vintage_sort_key,
    vintage_year,
)

Translate = Callable[[str], str]

MARK_SECRET = "s"
MARK_MISSING = "n.d."

# note kinds
NOTE_SECRET = "secret"
NOTE_MISSING = "missing"
NOTE_NOT_AGGREGABLE = "not_aggregable"
NOTE_ESTIMATED = "estimated"
NOTE_UNKNOWN_INDICATOR = "unknown_indicator"
NOTE_NO_SPLIT = "no_split"
NOTE_NO_ZONE = "no_zone"
NOTE_UNDATED = "undated"
NOTE_BLOCK = "block"
WARNING_VINTAGES = "vintage_mismatch"

# fmt: off
VINTAGE_NOT_STATED = QT_TRANSLATE_NOOP("aula", "vintage not stated")
_SECRET = QT_TRANSLATE_NOOP("aula",
    "{territory}, {indicator}: s = statistical secret (the source does not publish the figure)")
_MISSING = QT_TRANSLATE_NOOP("aula",
    "{territory}, {indicator}: n.d. = not available ({vintage})")
_MISSING_WHY = QT_TRANSLATE_NOOP("aula",
    "{territory}, {indicator}: n.d. = not available ({vintage}): {reason}")
_NOT_AGGREGABLE = QT_TRANSLATE_NOOP("aula",
    "{territory}, {indicator}: n.d. = not available: this indicator (a median or the like) cannot "
    "be computed from its members, only a value published by its source could be shown")
_ESTIMATED = QT_TRANSLATE_NOOP("aula", "{territory}, {indicator}: estimated value")
_UNKNOWN_INDICATOR = QT_TRANSLATE_NOOP("aula",
    "{indicator}: the indicator base has no such indicator: import it (n.d. everywhere)")
_NO_SPLIT = QT_TRANSLATE_NOOP("aula",
    "{territory}: no natural and migration balance for {start}-{end}: births or deaths are "
    "lacking for {years}")
_NO_ZONE = QT_TRANSLATE_NOOP("aula", "no comparison zone chosen: the nearest parent is used")
_UNDATED = QT_TRANSLATE_NOOP("aula",
    "{territory}, {indicator}: the value's vintage is not stated: it cannot be placed in the "
    "evolution")
_VINTAGES_CARD = QT_TRANSLATE_NOOP("aula",
    "{indicator}: vintages differ: {territory} {vintage}, reference {reference} "
    "{reference_vintage}")
_VINTAGES_ROW = QT_TRANSLATE_NOOP("aula", "{indicator}: vintages differ in one row: {vintages}")
GAP_POINTS_TEXT = QT_TRANSLATE_NOOP("aula", "{value} pts")
GAP_INDEX_TEXT = QT_TRANSLATE_NOOP("aula", "index {value}")
RATE_UNIT = QT_TRANSLATE_NOOP("aula", "%/yr")
# fmt: on


@dataclass(frozen=True)
class Note:
    kind: str
    text: str


@dataclass(frozen=True)
class TerritoryView:
    level: str
    code: str
    label: str
    level_label: str
    geo_vintage: str = ""

    @property
    def key(self) -> TerritoryKey:
        return (self.level, self.code)


@dataclass
class Cell:
    """One figure: a territory's value of an indicator at a vintage."""

    indicator_id: str
    label: str
    unit: str
    territory: TerritoryView
    vintage: str
    vintage_text: str
    value: int | float | None
    status: str
    text: str
    source: str = ""
    notes: list[Note] = field(default_factory=list)
    decimals: int = 0

    @property
    def drawable(self) -> bool:
        """Whether a chart may draw it (never a secret or missing value)."""
        return self.value is not None and self.status not in (SECRET, MISSING)


@dataclass
class CardView:
    id: str
    title: str
    figure: Cell
    reference: Cell | None = None
    gap: float | None = None
    gap_kind: str = sh.NONE
    gap_text: str = ""
    note: str = ""
    warnings: list[Note] = field(default_factory=list)
    kind: str = sh.KEY_FIGURE


@dataclass
class BarsView:
    id: str
    title: str
    indicator_id: str
    unit: str
    bars: list[Cell]
    note: str = ""
    notes: list[Note] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    kind: str = sh.BARS


@dataclass
class RateView:
    """The annual average rate of one territory between two vintages, and its split."""

    start_vintage: str
    end_vintage: str
    years: int
    rate: float | None
    rate_text: str
    natural_balance: int | float | None = None
    migration_balance: int | float | None = None
    natural_rate: float | None = None
    migration_rate: float | None = None
    natural_text: str = ""
    migration_text: str = ""
    unit: str = "%/an"


@dataclass
class SeriesView:
    territory: TerritoryView
    points: list[Cell]
    rate: RateView | None = None


@dataclass
class EvolutionView:
    id: str
    title: str
    indicator_id: str
    unit: str
    vintages: list[str]
    series: list[SeriesView]
    note: str = ""
    notes: list[Note] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    kind: str = sh.EVOLUTION

    @property
    def years(self) -> list[int]:
        return [vintage_year(v) for v in self.vintages]


@dataclass
class RowView:
    indicator_id: str
    label: str
    unit: str
    cells: list[Cell]
    warnings: list[Note] = field(default_factory=list)


@dataclass
class TableView:
    id: str
    title: str
    columns: list[TerritoryView]
    rows: list[RowView]
    note: str = ""
    notes: list[Note] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    kind: str = sh.TABLE


BlockView = object  # CardView | BarsView | EvolutionView | TableView


@dataclass
class SectionView:
    title: str
    blocks: list[BlockView]


@dataclass
class SheetView:
    id: str
    title: str
    territory: TerritoryView
    zone: TerritoryView | None
    comparison: list[TerritoryView]
    sections: list[SectionView]
    notes: list[Note] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def blocks(self) -> Iterator[BlockView]:
        for section in self.sections:
            yield from section.blocks

    def cells(self) -> Iterator[Cell]:
        """Every figure of the sheet, in reading order."""
        for block in self.blocks():
            yield from block_cells(block)

    def export_rows(self) -> list[dict[str, object]]:
        """The figures as long rows (the CSV export's columns: territory_code, territory_level,
        indicator_id, label, vintage, value, unit, status, source), each figure once."""
        rows, seen = [], set()
        for cell in self.cells():
            key = (cell.territory.level, cell.territory.code, cell.indicator_id, cell.vintage)
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    "territory_code": cell.territory.code,
                    "territory_level": cell.territory.level,
                    "indicator_id": cell.indicator_id,
                    "label": cell.label,
                    "vintage": cell.vintage,
                    "value": cell.value,
                    "unit": cell.unit,
                    "status": cell.status,
                    "source": cell.source,
                }
            )
        return rows


EXPORT_COLUMNS = (
    "territory_code", "territory_level", "indicator_id", "label", "vintage", "value", "unit",
    "status", "source",
)  # fmt: skip


def block_cells(block: BlockView) -> Iterator[Cell]:
    if isinstance(block, CardView):
        yield block.figure
        if block.reference is not None:
            yield block.reference
    elif isinstance(block, BarsView):
        yield from block.bars
    elif isinstance(block, EvolutionView):
        for series in block.series:
            yield from series.points
    elif isinstance(block, TableView):
        for row in block.rows:
            yield from row.cells


def _signed(value: float, decimals: int, language: str) -> str:
    text = format_number(value, decimals, language)
    return text if text.startswith("-") or text.strip("0,.") == "" else "+" + text


def _unique(notes: Iterable[Note]) -> list[Note]:
    out: list[Note] = []
    for note in notes:
        if note not in out:
            out.append(note)
    return out


class _Evaluator:
    def __init__(
        self,
        base: IndicatorBase,
        territory: TerritoryKey,
        zone: TerritoryKey | None,
        language: str,
        translate: Translate | None,
    ) -> None:
        self.base = base
        self.key = tuple(territory)
        self.zone = tuple(zone) if zone else None
        self.language = language
        self.tr = translate or (lambda text: text)
        self.ancestors = base.ancestors(self.key)
        self.sheet_notes: list[Note] = []

    # -- territories ------------------------------------------------------------------------------
    def territory_view(self, key: TerritoryKey) -> TerritoryView:
        known = self.base.territory(*key)
        return TerritoryView(
            key[0],
            key[1],
            self.base.label(key),
            self.tr(LEVEL_LABELS.get(key[0], key[0])),
            known.geo_vintage if known else "",
        )

    def select(self, selectors: Iterable[str]) -> list[TerritoryKey]:
        out: list[TerritoryKey] = []
        for selector in selectors:
            if selector == sh.SELF:
                found = [self.key]
            elif selector == sh.PARENTS:
                found = list(self.ancestors)
            elif selector == sh.ZONE:
                found = [self.zone] if self.zone else []
            else:
                found = [k for k in self.ancestors if k[0] == selector]
            out += [k for k in found if k not in out]
        return out

    def reference(self, how: str) -> TerritoryKey | None:
        if how == sh.NONE:
            return None
        if how == sh.ZONE:
            if self.zone:
                return self.zone
            self.sheet_notes.append(Note(NOTE_NO_ZONE, self.tr(_NO_ZONE)))
            how = sh.PARENT
        if how == sh.PARENT:
            above = [k for k in self.ancestors if level_rank(k[0]) > level_rank(self.key[0])]
            return above[0] if above else None
        return next((k for k in self.ancestors if k[0] == how), None)

    # -- cells ------------------------------------------------------------------------------------
    def indicator(self, ident: str) -> Indicator | None:
        return self.base.indicators.get(ident)

    def vintage_text(self, vintage: str) -> str:
        return vintage if vintage else self.tr(VINTAGE_NOT_STATED)

    def find(self, key: TerritoryKey, ident: str, vintage: str, prefer: str = "") -> Value | None:
        """The value at ``vintage`` (a year) or, for "latest", at ``prefer`` when the territory
        has it, else its latest."""
        if vintage != sh.LATEST:
            return self.base.value(key, ident, vintage)
        if prefer:
            found = self.base.value(key, ident, prefer)
            if found is not None:
                return found
        return self.base.latest(key, ident)

    def cell(self, key: TerritoryKey, ident: str, value: Value | None, vintage: str = "") -> Cell:
        indicator = self.indicator(ident)
        territory = self.territory_view(key)
        label = indicator.label if indicator else ident
        unit = indicator.unit if indicator else ""
        decimals = indicator.decimals if indicator else 0
        names = {"territory": territory.label, "indicator": label}
        if value is None:
            shown = vintage if vintage not in ("", sh.LATEST) else ""
            if indicator is not None and indicator.aggregation == NOT_AGGREGABLE:
                note = Note(NOTE_NOT_AGGREGABLE, self.tr(_NOT_AGGREGABLE).format(**names))
            else:
                note = Note(
                    NOTE_MISSING,
                    self.tr(_MISSING).format(vintage=self.vintage_text(shown), **names),
                )
            return Cell(
                ident, label, unit, territory, shown, self.vintage_text(shown), None, MISSING,
                MARK_MISSING, indicator.source if indicator else "", [note], decimals,
            )  # fmt: skip
        notes: list[Note] = []
        number = value.value if value.has_number else None
        if value.status == SECRET:
            text = MARK_SECRET
            notes.append(Note(NOTE_SECRET, self.tr(_SECRET).format(**names)))
        elif value.status == MISSING:
            text = MARK_MISSING
            template = _MISSING_WHY if value.note else _MISSING
            notes.append(
                Note(
                    NOTE_MISSING,
                    self.tr(template).format(
                        vintage=self.vintage_text(value.vintage), reason=value.note, **names
                    ),
                )
            )
        else:
            text = format_number(number, decimals, self.language)
            if value.status == ESTIMATED:
                notes.append(Note(NOTE_ESTIMATED, self.tr(_ESTIMATED).format(**names)))
        return Cell(
            ident, label, unit, territory, value.vintage, self.vintage_text(value.vintage),
            number, value.status, text, value.source, notes, decimals,
        )  # fmt: skip

    def cells(self, keys: list[TerritoryKey], ident: str, vintage: str) -> list[Cell]:
        """One cell per territory; for "latest", the vintage of the first territory's value is
        preferred for the others."""
        first = self.find(keys[0], ident, vintage) if keys else None
        prefer = first.vintage if first is not None else ""
        return [self.cell(k, ident, self.find(k, ident, vintage, prefer), vintage) for k in keys]

    def vintage_warning(self, ident: str, cells: list[Cell]) -> list[Note]:
        present = [c for c in cells if c.status != MISSING or c.vintage]
        vintages = []
        for c in present:
            if c.vintage_text not in vintages:
                vintages.append(c.vintage_text)
        if len(vintages) < 2:
            return []
        detail = ", ".join(f"{c.territory.label} {c.vintage_text}" for c in present)
        label = cells[0].label
        return [
            Note(WARNING_VINTAGES, self.tr(_VINTAGES_ROW).format(indicator=label, vintages=detail))
        ]

    def unknown(self, idents: Iterable[str]) -> list[Note]:
        return [
            Note(NOTE_UNKNOWN_INDICATOR, self.tr(_UNKNOWN_INDICATOR).format(indicator=i))
            for i in idents
            if i not in self.base.indicators
        ]

    def title(self, block: sh.Block) -> str:
        if block.title:
            return sh.pick(block.title, self.language)
        indicator = self.indicator(block.indicator)
        return indicator.label if indicator else block.indicator or block.id

    # -- blocks -----------------------------------------------------------------------------------
    def card(self, block: sh.Block) -> CardView:
        figure = self.cell(self.key, block.indicator, self.find(self.key, block.indicator,
                           block.vintage), block.vintage)  # fmt: skip
        view = CardView(block.id, self.title(block), figure, note=sh.pick(block.note))
        ref_key = self.reference(block.reference)
        if ref_key is None:
            return view
        ref_value = self.find(ref_key, block.indicator, block.vintage, figure.vintage)
        view.reference = self.cell(ref_key, block.indicator, ref_value, block.vintage)
        ref = view.reference
        if figure.status != MISSING and ref.status != MISSING and figure.vintage != ref.vintage:
            view.warnings.append(
                Note(
                    WARNING_VINTAGES,
                    self.tr(_VINTAGES_CARD).format(
                        indicator=figure.label,
                        territory=figure.territory.label,
                        vintage=figure.vintage_text,
                        reference=ref.territory.label,
                        reference_vintage=ref.vintage_text,
                    ),
                )  # fmt: skip
            )
        kind = block.gap
        if kind == sh.GAP_AUTO:
            kind = sh.GAP_POINTS if figure.unit.strip() == "%" else sh.GAP_INDEX
        view.gap_kind = kind
        if kind == sh.NONE or not (figure.drawable and ref.drawable):
            return view
        if kind == sh.GAP_POINTS:
            view.gap = figure.value - ref.value
            text = _signed(view.gap, max(figure.decimals, 1), self.language)
            view.gap_text = self.tr(GAP_POINTS_TEXT).format(value=text)
        elif ref.value:
            view.gap = figure.value / ref.value * 100.0
            text = format_number(view.gap, 0, self.language)
            view.gap_text = self.tr(GAP_INDEX_TEXT).format(value=text)
        return view

    def bars(self, block: sh.Block) -> BarsView:
        keys = self.select(block.territories)
        cells = self.cells(keys, block.indicator, block.vintage)
        indicator = self.indicator(block.indicator)
        view = BarsView(
            block.id, self.title(block), block.indicator, indicator.unit if indicator else "",
            cells, sh.pick(block.note),
        )  # fmt: skip
        view.notes = _unique(n for c in cells for n in c.notes)
        view.warnings = self.vintage_warning(block.indicator, cells)
        return view

    def evolution(self, block: sh.Block) -> EvolutionView:
        keys = self.select(block.territories)
        ident = block.indicator
        indicator = self.indicator(ident)
        if block.vintages == sh.ALL:
            found = {
                v.vintage
                for k in keys
                for v in self.base.series(k, ident).values()
                if vintage_year(v.vintage) is not None
            }
            vintages = sorted(found, key=vintage_sort_key)
        else:
            vintages = list(block.vintages)
        view = EvolutionView(
            block.id, self.title(block), ident, indicator.unit if indicator else "", vintages, [],
            sh.pick(block.note),
        )  # fmt: skip
        notes: list[Note] = []
        for key in keys:
            points = [self.cell(key, ident, self.base.value(key, ident, v), v) for v in vintages]
            series = SeriesView(self.territory_view(key), points)
            undated = self.base.value(key, ident, "")
            if undated is not None and undated.has_number:
                names = {"territory": series.territory.label, "indicator": points[0].label
                         if points else ident}  # fmt: skip
                notes.append(Note(NOTE_UNDATED, self.tr(_UNDATED).format(**names)))
            series.rate = self.rate(key, ident, block, series.territory, notes)
            view.series.append(series)
            notes += [n for p in points for n in p.notes]
        view.notes = _unique(notes)
        return view

    def rate(
        self, key: TerritoryKey, ident: str, block: sh.Block, where: TerritoryView,
        notes: list[Note],
    ) -> RateView | None:  # fmt: skip
        years = [v for v in (block.vintages if block.vintages != sh.ALL else ()) if v]
        series = {
            v: value
            for v, value in self.base.series(key, ident).items()
            if value.has_number and vintage_year(v) is not None and (not years or v in years)
        }
        if len(series) < 2:
            return None
        ordered = sorted(series, key=vintage_sort_key)
        found: Evolution | None = evolution(
            self.base, key, series[ordered[0]], series[ordered[-1]], block.births, block.deaths
        )
        if found is None or found.rate is None:
            return None
        lang = self.language
        view = RateView(
            found.start_vintage, found.end_vintage, found.years, found.rate,
            _signed(found.rate, 2, lang), unit=self.tr(RATE_UNIT),
        )  # fmt: skip
        if found.split_missing:
            notes.append(
                Note(
                    NOTE_NO_SPLIT,
                    self.tr(_NO_SPLIT).format(
                        territory=where.label,
                        start=found.start_vintage,
                        end=found.end_vintage,
                        years=", ".join(map(str, found.split_missing)),
                    ),
                )  # fmt: skip
            )
        elif found.natural_rate is not None:
            view.natural_balance = found.natural_balance
            view.migration_balance = found.migration_balance
            view.natural_rate = found.natural_rate
            view.migration_rate = found.migration_rate
            view.natural_text = _signed(found.natural_rate, 2, lang)
            view.migration_text = _signed(found.migration_rate, 2, lang)
        return view

    def table(self, block: sh.Block) -> TableView:
        keys = self.select(block.territories)
        view = TableView(
            block.id, self.title(block), [self.territory_view(k) for k in keys], [],
            sh.pick(block.note),
        )  # fmt: skip
        for ident in block.rows:
            cells = self.cells(keys, ident, block.vintage)
            indicator = self.indicator(ident)
            row = RowView(
                ident, indicator.label if indicator else ident,
                indicator.unit if indicator else "", cells,
                self.vintage_warning(ident, cells),
            )  # fmt: skip
            view.rows.append(row)
            view.warnings += row.warnings
        view.notes = _unique(n for r in view.rows for c in r.cells for n in c.notes)
        return view


def evaluate_sheet(
    sheet: sh.Sheet,
    base: IndicatorBase,
    territory: TerritoryKey,
    *,
    zone: TerritoryKey | None = None,
    language: str = "fr",
    translate: Translate | None = None,
) -> SheetView:
    """The view of ``sheet`` for ``territory`` ((level, code)), compared with its parents and,
    where the sheet asks for it, with ``zone``."""
    ev = _Evaluator(base, territory, zone, language, translate)
    sections = []
    notes = ev.unknown(sheet.indicators())
    for section in sheet.sections:
        views: list[BlockView] = []
        for block in section.blocks:
            if block.type == sh.KEY_FIGURE:
                views.append(ev.card(block))
            elif block.type == sh.BARS:
                views.append(ev.bars(block))
            elif block.type == sh.EVOLUTION:
                views.append(ev.evolution(block))
            else:
                views.append(ev.table(block))
        sections.append(SectionView(sh.pick(section.title, language), views))
    view = SheetView(
        sheet.id,
        sh.pick(sheet.title, language),
        ev.territory_view(ev.key),
        ev.territory_view(ev.zone) if ev.zone else None,
        [ev.territory_view(k) for k in ev.ancestors],
        sections,
    )
    view.notes = _unique([*notes, *ev.sheet_notes])
    view.warnings = _unique(w for b in view.blocks() for w in getattr(b, "warnings", []))
    sources: list[str] = []
    for cell in view.cells():
        if cell.source and cell.source not in sources:
            sources.append(cell.source)
    view.sources = sources
    return view
