"""Charts of the plugin's reports and fact sheets, drawn with matplotlib (PNG, SVG or PDF files).

matplotlib ships with QGIS on Debian (python3-matplotlib) and Windows; it is imported inside the
functions so that the rest of the plugin loads without it, and a missing matplotlib gives a clear
message (AulaError). Only the object-oriented API is used (Figure + FigureCanvasAgg): no global
pyplot state, safe in a Processing worker thread, and no web engine (QtWebKit / QtWebEngine are
missing from many QGIS builds).

- Shared helpers: :func:`new_figure`, :func:`number_axis`, :func:`stamp`, :func:`save` (the ZAN
  triennial report's charts, :mod:`aula_plugin.core.zan.report_charts`, use them);
- fact-sheet charts drawn from the view-model of :mod:`aula_plugin.core.indicators.view`:
  :func:`draw_comparison_bars` and :func:`draw_evolution` return a matplotlib Figure (a dock may
  put it in a canvas; ``compact=True`` draws the lighter on-screen variant whose title and legend
  the dock shows itself), :func:`write_chart` writes it at a chosen DPI. A secret or missing value
  is
  never drawn as zero: a bar is left out with its "s" / "n.d." mark in its place, a line has a gap,
  and the view's notes and warnings are printed under the chart.
"""

from __future__ import annotations

import contextlib
import math
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .compat import zip_strict
from .errors import QT_TRANSLATE_NOOP, AulaError
from .numbers import format_number

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from .indicators.view import BarsView, EvolutionView

DPI = 150
SIZE_INCHES = (8.0, 4.2)
MM_PER_INCH = 25.4
FORMATS = ("png", "svg", "pdf")
#: the fact sheets' colours: the territory stands out, the comparison territories are neutral
SELF_COLOUR = "#1f3b5c"
OTHER_COLOURS = ("#8c96a0", "#b4bcc4", "#5f6b77", "#d0d5da", "#707c88", "#a3acb5")
LINE_COLOURS = ("#1f3b5c", "#E69F00", "#0072B2", "#009E73", "#CC79A7", "#555555", "#56B4E9")
MAX_NOTE_LINES = 8

# fmt: off
_NO_MATPLOTLIB = QT_TRANSLATE_NOOP("aula",
    "The charts need matplotlib, which ships with QGIS: install python3-matplotlib (Debian) or "
    "use a QGIS installation that includes it ({error})")
_BAD_FORMAT = QT_TRANSLATE_NOOP("aula",
    "{file}: charts are written as {expected}, not {value!r}")
_BAD_DPI = QT_TRANSLATE_NOOP("aula", "a chart's resolution must be 10 to 1200 DPI, not {value}")
INDEX_LABEL = QT_TRANSLATE_NOOP("aula", "Index, base 100 in {vintage}")
# fmt: on

Translate = Callable[[str], str]


# -- shared helpers --------------------------------------------------------------------------------


def new_figure(
    size_inches: tuple[float, float] = SIZE_INCHES, dpi: float = DPI, axes: bool = True
) -> tuple[Any, Any]:
    """A matplotlib Figure with its Agg canvas and one axes (None without ``axes``)."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise AulaError(_NO_MATPLOTLIB, error=str(exc)) from None
    figure = Figure(figsize=size_inches, dpi=dpi)
    FigureCanvasAgg(figure)
    return figure, figure.add_subplot(1, 1, 1) if axes else None


def preload() -> None:
    """Import matplotlib's figure machinery now (a dock does it as it opens); no error when
    matplotlib is missing: the first chart says so."""
    with contextlib.suppress(AulaError):
        new_figure((1.0, 1.0), 10)


def number_axis(axis: Any, decimals: int = 0, language: str = "fr") -> None:
    """Tick labels in the language's number format (1 234,5 in French)."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(v, decimals, language)))


def stamp(figure: Any, text: str) -> None:
    """A large translucent watermark across the figure (SYNTHETIC data)."""
    figure.text(
        0.5, 0.5, text, fontsize=44, color="#c00000", alpha=0.18,
        ha="center", va="center", rotation=20, weight="bold",
    )  # fmt: skip


def pixels(mm: float, dpi: float) -> int:
    """Pixels of a length in mm at ``dpi`` (mm / 25.4 × DPI)."""
    return int(round(mm / MM_PER_INCH * dpi))


def save(figure: Any, path: str | Path, *, dpi: float = DPI, fmt: str | None = None) -> Path:
    """Write ``figure`` to ``path`` (format from ``fmt`` or the suffix: png, svg, pdf) through a
    temporary file, so that a failed write never leaves a truncated chart."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    if fmt not in FORMATS:
        raise AulaError(_BAD_FORMAT, file=path.name, expected=", ".join(FORMATS), value=fmt)
    if not 10 <= dpi <= 1200:
        raise AulaError(_BAD_DPI, value=dpi)
    tmp = path.with_name(f".{path.stem}.part.{fmt}")
    size = figure.get_size_inches().copy()
    # matplotlib truncates inches × DPI: nudge the size so the image has the rounded pixel count
    exact = [round(inches * dpi) for inches in size]
    figure.set_size_inches([(px + 0.1) / dpi for px in exact], forward=False)
    try:
        figure.savefig(tmp, dpi=dpi, format=fmt)
        tmp.replace(path)
    finally:
        figure.set_size_inches(size, forward=False)
        if tmp.exists():
            tmp.unlink()
    return path


# -- fact-sheet charts -----------------------------------------------------------------------------


def _notes_text(lines: Sequence[str], width: int) -> str:
    wrapped: list[str] = []
    for line in lines:
        wrapped += textwrap.wrap(line, width) or [""]
    if len(wrapped) > MAX_NOTE_LINES:
        wrapped = [*wrapped[: MAX_NOTE_LINES - 1], "…"]
    return "\n".join(wrapped)


Margins = tuple  # (left, bottom, right, top) of the axes in figure fractions, above the notes


def _layout(
    figure: Any, ax: Any, notes: Sequence[str], width_mm: float, margins: Margins | None = None
) -> None:
    """Room under the axes for the notes and warnings, then the notes. The axes fit their labels
    (tight layout) unless ``margins`` are given (faster: a dock redraws charts at each click)."""
    text = _notes_text(notes, max(40, int(width_mm * 0.62)))
    lines = text.count("\n") + 1 if text else 0
    height_in = figure.get_size_inches()[1]
    notes_share = min(0.45, (lines * 9.5 / 72 + 0.12) / height_in) if lines else 0.0
    if margins is None:
        figure.tight_layout(rect=(0, notes_share, 1, 1))
    else:
        left, bottom, right, top = margins
        bottom = notes_share + bottom * (1 - notes_share)
        figure.subplots_adjust(left=left, bottom=bottom, right=right, top=top)
    if text:
        figure.text(0.01, 0.01, text, fontsize=6.5, color="#444444", ha="left", va="bottom")


def _size(size_mm: tuple[float, float], extra_lines: int) -> tuple[float, float]:
    width, height = size_mm
    return (width / MM_PER_INCH, height / MM_PER_INCH + min(extra_lines, MAX_NOTE_LINES) * 0.13)


def _unit_label(unit: str) -> str:
    return f" ({unit})" if unit else ""


def draw_comparison_bars(
    view: BarsView,
    *,
    size_mm: tuple[float, float] = (160.0, 70.0),
    dpi: float = DPI,
    language: str = "fr",
    margins: Margins | None = None,
    compact: bool = False,
) -> Any:
    """Horizontal bars of one indicator for the territory and its comparison territories.

    A cell that is not drawable (secret, missing) gets no bar: its mark ("s", "n.d.") is written
    at the axis origin in grey italics, and its note is printed under the chart. ``compact`` (a
    dock, which shows the title itself): no title, and no value axis labels (every bar has its
    value written beside it): fewer texts to lay out at each click."""
    bars = list(view.bars)
    if compact:
        return _compact_bars(bars, size_mm, dpi, margins or (0.4, 0.05, 0.97, 0.95))
    notes = [n.text for n in view.warnings] + [n.text for n in view.notes]
    figure, ax = new_figure(_size(size_mm, len(notes)), dpi)
    positions = list(range(len(bars)))[::-1]  # the territory on top
    drawn = [(y, c) for y, c in zip_strict(positions, bars) if c.drawable]
    colours = [_bar_colour(i) for i, c in enumerate(bars) if c.drawable]
    decimals = max((c.decimals for c in bars), default=0)
    if drawn:
        ax.barh([y for y, _c in drawn], [c.value for _y, c in drawn], color=colours, height=0.6)
    top = max((abs(c.value) for _y, c in drawn), default=1.0) or 1.0
    names = [f"{c.territory.label} ({c.vintage_text})" for c in bars]
    for y, cell in zip_strict(positions, bars):
        if cell.drawable:
            ax.text(
                cell.value + top * 0.01 if cell.value >= 0 else cell.value - top * 0.01, y,
                cell.text, va="center", ha="left" if cell.value >= 0 else "right", fontsize=8,
            )  # fmt: skip
        else:
            ax.text(
                top * 0.01, y, cell.text, va="center", ha="left", fontsize=8,
                style="italic", color="#666666",
            )  # fmt: skip
    lowest = min((c.value for _y, c in drawn), default=0.0)
    ax.set_xlim(min(0.0, lowest * 1.15), max(0.0, top * 1.15))
    ax.axvline(0, color="black", linewidth=0.6)
    ax.set_yticks(positions)
    ax.set_yticklabels(names, fontsize=8)
    number_axis(ax.xaxis, decimals, language)
    ax.set_xlabel(view.title + _unit_label(view.unit), fontsize=8)
    ax.set_title(view.title, fontsize=10)
    ax.grid(axis="x", linewidth=0.4, alpha=0.5)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    _layout(figure, ax, notes, size_mm[0], margins)
    return figure


def _bar_colour(index: int) -> str:
    return SELF_COLOUR if index == 0 else OTHER_COLOURS[(index - 1) % len(OTHER_COLOURS)]


def _compact_bars(
    bars: list[Any], size_mm: tuple[float, float], dpi: float, margins: Margins
) -> Any:
    """The on-screen bars: rectangles and texts placed in figure coordinates, no axes (an axes'
    tick machinery is most of a redraw's time, and a dock redraws at every click). Same rules:
    the territory on top in the dark colour, a secret or missing value its grey italic mark and
    no bar, each value written beside its bar."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    figure, _none = new_figure(_size(size_mm, 0), dpi, axes=False)
    left, bottom, right, top = margins
    values = [c.value for c in bars if c.drawable]
    low = min([0.0, *values]) * 1.15
    high = max([0.0, *values]) * 1.15 or 1.0
    span = (high - low) or 1.0

    def x_of(value: float) -> float:
        return left + (value - low) / span * (right - left)

    row = (top - bottom) / max(len(bars), 1)
    zero = x_of(0.0)
    for i, cell in enumerate(bars):
        middle = top - (i + 0.5) * row
        name = f"{cell.territory.label} ({cell.vintage_text})"
        figure.text(left - 0.02, middle, name, ha="right", va="center", fontsize=8)
        if not cell.drawable:
            figure.text(zero + 0.01, middle, cell.text, ha="left", va="center", fontsize=8,
                        style="italic", color="#666666")  # fmt: skip
            continue
        end = x_of(cell.value)
        figure.add_artist(Rectangle((min(zero, end), middle - 0.3 * row), abs(end - zero),
                                    0.6 * row, color=_bar_colour(i)))  # fmt: skip
        outward = cell.value >= 0
        figure.text(end + (0.01 if outward else -0.01), middle, cell.text, va="center",
                    ha="left" if outward else "right", fontsize=8)  # fmt: skip
    figure.add_artist(Line2D([zero, zero], [bottom, top], color="black", linewidth=0.6))
    return figure


def series_colour(index: int) -> str:
    """The colour of the ``index``-th series of an evolution chart (the territory first)."""
    return LINE_COLOURS[index % len(LINE_COLOURS)]


def _index_mode(view: EvolutionView) -> tuple[bool, int | None]:
    """Index 100 when the series differ by more than 5 times in size (a commune against its
    département), from the first vintage where every series has a value."""
    series = [s for s in view.series if any(p.drawable for p in s.points)]
    if len(series) < 2:
        return False, None
    sizes = [max(abs(p.value) for p in s.points if p.drawable) for s in series]
    if min(sizes) <= 0 or max(sizes) / min(sizes) <= 5:
        return False, None
    for i in range(len(view.vintages)):
        if all(s.points[i].drawable and s.points[i].value for s in series):
            return True, i
    return False, None


def draw_evolution(
    view: EvolutionView,
    *,
    size_mm: tuple[float, float] = (160.0, 80.0),
    dpi: float = DPI,
    language: str = "fr",
    translate: Translate | None = None,
    margins: Margins | None = None,
    compact: bool = False,
) -> Any:
    """One line per territory over the vintages (x = the years), the annual average rate in the
    legend. A vintage without a drawable value is NaN: the line has a gap there, never a zero.
    Series of very different sizes are drawn as an index (base 100 at the first common vintage).
    ``compact`` (a dock, which shows the title and the legend itself with
    :func:`series_colour`): no title, no legend, at most four value ticks.
    """
    tr = translate or (lambda text: text)
    notes = [n.text for n in view.warnings] + [n.text for n in view.notes]
    figure, ax = new_figure(_size(size_mm, 0 if compact else len(notes)), dpi)
    years = view.years
    as_index, base_at = _index_mode(view)
    for i, series in enumerate(view.series):
        ys = [p.value if p.drawable else math.nan for p in series.points]
        if as_index:
            ys = [y / ys[base_at] * 100.0 for y in ys]
        label = series.territory.label
        if series.rate is not None:
            label += f" ({series.rate.rate_text} {series.rate.unit})"
        ax.plot(
            years, ys, color=series_colour(i), marker="o", markersize=4,
            linewidth=2.2 if i == 0 else 1.4, label=label,
        )  # fmt: skip
    ax.set_xticks(years)
    ax.set_xticklabels([str(y) for y in years], fontsize=8)
    if as_index:
        ax.set_ylabel(tr(INDEX_LABEL).format(vintage=view.vintages[base_at]), fontsize=8)
        number_axis(ax.yaxis, 0, language)
    else:
        ax.set_ylabel(view.title + _unit_label(view.unit), fontsize=8)
        decimals = max((p.decimals for s in view.series for p in s.points), default=0)
        number_axis(ax.yaxis, decimals, language)
    if years:
        ax.set_xlim(min(years) - 0.5, max(years) + 0.5)
    ax.tick_params(axis="y", labelsize=8)
    if compact:
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(4))
    else:
        ax.set_title(view.title, fontsize=10)
    ax.grid(linewidth=0.4, alpha=0.5)
    if view.series and not compact:
        ax.legend(fontsize=7, loc="best", framealpha=0.9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    _layout(figure, ax, [] if compact else notes, size_mm[0], margins)  # compact: notes in Qt
    return figure


def write_chart(figure: Any, path: str | Path, *, dpi: float = DPI, fmt: str | None = None) -> Path:
    """Write a chart (PNG, SVG or PDF) at ``dpi``: a 160 mm wide chart at 300 DPI is
    1890 pixels wide."""
    return save(figure, path, dpi=dpi, fmt=fmt)
