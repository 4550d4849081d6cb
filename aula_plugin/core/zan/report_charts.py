"""Charts of the triennial report (PNG, matplotlib with the Agg backend, no pyplot).

Drawn with the plugin's shared chart helpers (:mod:`aula_plugin.core.charts`: figure, French axis
numbers, watermark, atomic save), which the fact sheets use too.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..charts import DPI, SIZE_INCHES, new_figure, number_axis, save, stamp
from ..compat import zip_strict
from .model import M2_PER_HA, PERIOD_START, REFERENCE_FIRST, REFERENCE_LAST, TOTAL
from .report import DESTINATION_LABELS, DESTINATION_ORDER, SYNTHETIC_STAMP, fr_number
from .trajectory import Trajectory

#: colours per destination (colour-blind friendly, Okabe-Ito)
COLOURS = {
    "hab": "#E69F00",
    "act": "#0072B2",
    "mix": "#CC79A7",
    "rou": "#555555",
    "fer": "#009E73",
    "inc": "#BBBBBB",
}


def _figure() -> tuple[Any, Any]:
    return new_figure(SIZE_INCHES, DPI)


def _fr_axis(axis: Any, decimals: int = 0) -> None:
    number_axis(axis, decimals, "fr")


def _stamp(figure: Any, synthetic: bool) -> None:
    if synthetic:
        stamp(figure, SYNTHETIC_STAMP)


def _save(figure: Any, path: Path) -> Path:
    return save(figure, path, dpi=DPI, fmt="png")


def consumption_chart(
    consumption: Mapping[int, Mapping[str, int]], path: Path, *, synthetic: bool = False
) -> Path:
    """Stacked bars of the annual consumption by destination (ha), reference decade shaded.

    A year whose destinations don't add up to its total (C1 gaps) gets a black tick at the total.
    Negative values are drawn below zero (kept, never clipped).
    """
    years = sorted(consumption)
    figure, ax = _figure()
    destinations = [d for d in DESTINATION_ORDER if any(d in consumption[y] for y in years)]
    pos = [0.0] * len(years)
    neg = [0.0] * len(years)
    for dest in destinations:
        values = [consumption[y].get(dest, 0) / M2_PER_HA for y in years]
        bottoms = [p if v >= 0 else n for v, p, n in zip_strict(values, pos, neg)]
        ax.bar(years, values, bottom=bottoms, color=COLOURS[dest], width=0.75,
               label=DESTINATION_LABELS[dest])  # fmt: skip
        for i, v in enumerate(values):
            if v >= 0:
                pos[i] += v
            else:
                neg[i] += v
    totals = [consumption[y].get(TOTAL, 0) / M2_PER_HA for y in years]
    if not destinations:
        ax.bar(years, totals, color="#777777", width=0.75, label="Total NAF")
    else:
        off = [
            i
            for i, t in enumerate(totals)
            if abs(t - (pos[i] + neg[i])) > 1e-4  # 1 m²
        ]
        if off:
            ax.scatter([years[i] for i in off], [totals[i] for i in off], marker="_", s=200,
                       color="black", label="Total NAF (≠ somme)", zorder=3)  # fmt: skip
    if years and years[0] <= REFERENCE_LAST:
        ax.axvspan(REFERENCE_FIRST - 0.5, REFERENCE_LAST + 0.5, color="#1f3b5c", alpha=0.07,
                   label=f"Période de référence {REFERENCE_FIRST}-{REFERENCE_LAST}")  # fmt: skip
        ax.axvline(REFERENCE_LAST + 0.5, color="#1f3b5c", linewidth=1, linestyle=":")
    ax.axhline(0, color="black", linewidth=0.6)
    top = max([*pos, *totals, 0.0])
    ax.set_ylim(top=top * 1.35 if top > 0 else 1.0)  # room for the legend above the bars
    ax.set_xticks(years)
    ax.set_xticklabels([str(y) for y in years], rotation=45, fontsize=8)
    ax.set_ylabel("Consommation annuelle (ha)")
    _fr_axis(ax.yaxis, 1)
    ax.set_title("Consommation d'espaces NAF par destination", fontsize=11)
    ax.legend(fontsize=7, ncol=3, loc="upper right", framealpha=0.9)
    ax.grid(axis="y", linewidth=0.4, alpha=0.5)
    _stamp(figure, synthetic)
    figure.tight_layout()
    return _save(figure, path)


def trajectory_chart(trajectory: Trajectory, path: Path, *, synthetic: bool = False) -> Path:
    """Cumulative consumption since 2021 vs the linear target path to the envelope (ha).

    End-of-year points (R(t) reached on 1 January t+1); the projection at the observed pace is
    dashed to 1 January 2031; the 1 ha floor is drawn when the guarantee applies.
    """
    traj = trajectory
    figure, ax = _figure()
    # x = the date the cumulative figure is reached: 1 January t+1, plotted as t+1
    x_target = [PERIOD_START, *(t + 1 for t in sorted(traj.target_path))]
    y_target = [0.0, *(traj.target_path[t] / M2_PER_HA for t in sorted(traj.target_path))]
    ax.plot(x_target, y_target, color="#1f3b5c", linewidth=1.6, label="Chemin cible linéaire")
    envelope = traj.envelope_final_m2 / M2_PER_HA
    ax.axhline(envelope, color="#c00000", linewidth=1.2,
               label=f"Enveloppe 2021-2031 : {fr_number(envelope, 2)} ha")  # fmt: skip
    if traj.floor_m2 is not None:
        ax.axhline(traj.floor_m2 / M2_PER_HA, color="#009E73", linewidth=1, linestyle=":",
                   label="Garantie communale de 1 ha")  # fmt: skip
    x_obs = [PERIOD_START, *(t + 1 for t in sorted(traj.cumulative))]
    y_obs = [0.0, *(traj.cumulative[t] / M2_PER_HA for t in sorted(traj.cumulative))]
    ax.plot(x_obs, y_obs, color="#E69F00", linewidth=2.2, marker="o", markersize=4,
            label="Consommation cumulée observée")  # fmt: skip
    last = traj.last_year
    if last < 2030:
        pace = traj.pace_m2_per_year / M2_PER_HA
        x_proj = list(range(last + 1, 2032))
        y_proj = [y_obs[-1] + pace * (x - (last + 1)) for x in x_proj]
        ax.plot(x_proj, y_proj, color="#E69F00", linewidth=1.6, linestyle="--",
                label="Projection au rythme observé")  # fmt: skip
    ax.set_xlim(PERIOD_START - 0.2, 2031.2)
    ax.set_xticks(range(PERIOD_START, 2032))
    ax.set_xticklabels([f"1/1/{x}" for x in range(PERIOD_START, 2032)], rotation=45, fontsize=7)
    ax.set_ylabel("Consommation cumulée depuis 2021 (ha)")
    _fr_axis(ax.yaxis, 1)
    ax.set_ylim(bottom=min(0.0, *y_obs) * 1.1)
    ax.set_title("Trajectoire 2021-2031 au regard de l'enveloppe", fontsize=11)
    ax.legend(fontsize=7, loc="upper left", framealpha=0.9)
    ax.grid(linewidth=0.4, alpha=0.5)
    _stamp(figure, synthetic)
    figure.tight_layout()
    return _save(figure, path)
