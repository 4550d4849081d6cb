"""Degree of Urbanisation (DEGURBA) level 1 grid classification, and the commune shares.

Method: European Commission / Eurostat, *Applying the Degree of Urbanisation — a methodological
manual* (2021), with the GHSL Data Package rule sets R2022A and R2023A; the order of the steps and
the edge cases follow the R package flexurba, whose published values the tests reproduce.

Classes (level 1): 3 urban centre, 2 urban cluster, 1 rural, 0 water.

* Derived grids: land = LAND / cell area, built = BUILT_S / cell area (shares of the cell);
  density = POP / land km²; built_per_land = round(built / land, 3). IEEE semantics: 0/0 = NaN
  (never dense), x/0 = +Inf (dense); NaN compared with a threshold is false; sums ignore NaN.
* Urban centres: density ≥ 1,500 or built_per_land ≥ threshold → rook (4) components → Σ POP ≥
  50,000 → majority edge smoothing (R2022A or R2023A) → gap filling (holes ≤ 14 cells).
* Urban clusters: density ≥ 300 → queen (8) components → Σ POP ≥ 5,000; centre cells stay 3.
* Water: (land NaN or < 0.5) and (POP NaN or ≤ 0) and (built NaN or ≤ 0), overwrites rural only.

Pure numpy/scipy (no qgis). Inputs are float arrays with NaN for nodata.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from .numbers import readable
from .scipy_support import scipy_module

WATER, RURAL, CLUSTER, CENTRE = 0, 1, 2, 3
CLASS_NAMES = {WATER: "water", RURAL: "rural", CLUSTER: "urban_cluster", CENTRE: "urban_centre"}
SMOOTHING = ("none", "R2022A", "R2023A")
RULE_SET_VERSION = "DEGURBA L1"

_ROOK = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=bool)  # 4 neighbours
_QUEEN = np.ones((3, 3), dtype=bool)  # 8 neighbours
# the 8 neighbours, as (row, column) offsets
_OFFSETS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]


@dataclass(frozen=True)
class DegurbaParams:
    """Level-1 parameters; the defaults are the R2023A ones (flexurba defaults)."""

    uc_density: float = 1500.0
    uc_size: float = 50000.0
    uc_contiguity: int = 4
    uc_built: bool = True
    uc_built_threshold: float = 0.2
    uc_smoothing: str = "R2023A"
    uc_gap_fill: bool = True
    uc_max_hole: int = 14
    ucl_density: float = 300.0
    ucl_size: float = 5000.0
    ucl_contiguity: int = 8
    water_land: float = 0.5
    water_pop: float = 0.0
    water_built: float = 0.0
    #: False: thresholds are met with ≥ (flexurba, GHSL); True: with > ("more than", INSEE texts)
    strict: bool = False

    def label(self) -> str:
        """A short description of the rule set, to record in every output."""
        op = ">" if self.strict else ">="
        built = f"built {op} {self.uc_built_threshold:g}" if self.uc_built else "no built"
        return (
            f"DEGURBA L1; smoothing {self.uc_smoothing}; UC density {op} {self.uc_density:g}, "
            f"{built}, pop {op} {self.uc_size:g}, contiguity {self.uc_contiguity}, gap fill "
            f"{'<= ' + str(self.uc_max_hole) + ' cells' if self.uc_gap_fill else 'off'}; UCL "
            f"density {op} {self.ucl_density:g}, pop {op} {self.ucl_size:g}, contiguity "
            f"{self.ucl_contiguity}; water land < {self.water_land:g}"
        )


@dataclass
class DegurbaResult:
    l1: np.ndarray  # uint8, 0..3
    centres: np.ndarray  # int32, 0 = none, 1..n = urban centre id
    clusters: np.ndarray  # int32, 0 = none, 1..m = urban cluster id (centre cells included)
    density: np.ndarray
    built_per_land: np.ndarray
    population_by_class: dict[int, float] = field(default_factory=dict)
    cells_by_class: dict[int, int] = field(default_factory=dict)


def _check(params: DegurbaParams) -> None:
    if params.uc_smoothing not in SMOOTHING:
        raise AulaError(
            QT_TRANSLATE_NOOP(
                "aula", "Unknown edge smoothing rule {rule}: use none, R2022A or R2023A."
            ),
            rule=params.uc_smoothing,
        )
    for name in ("uc_contiguity", "ucl_contiguity"):
        if getattr(params, name) not in (4, 8):
            raise AulaError(
                QT_TRANSLATE_NOOP("aula", "Contiguity must be 4 (rook) or 8 (queen), not {value}."),
                value=getattr(params, name),
            )


# fmt: off
BAD_CELLS = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} cell(s) hold a negative or infinite value (e.g. {value}): inhabitants and "
    "m² are finite numbers ≥ 0; mark missing cells as nodata")
# fmt: on


def check_cells(values: np.ndarray, nodata: float | None, layer: str) -> None:
    """Refuse a grid with negative or infinite cells (NaN and ``nodata`` cells are missing ones),
    naming the count and an example value."""
    values = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        bad = np.isinf(values) | (values < 0)
    if nodata is not None and not np.isnan(nodata):
        bad &= values != nodata
    count = int(np.count_nonzero(bad))
    if count:
        raise AulaError(BAD_CELLS, layer=layer, count=count, value=readable(values[bad][0]))


def _meets(values: np.ndarray, threshold: float, strict: bool) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return values > threshold if strict else values >= threshold


def derived_grids(
    pop: np.ndarray, built: np.ndarray, land: np.ndarray, cell_area_m2: float = 1e6
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(land share, built share, density per km², built_per_land rounded to 3 decimals)."""
    land_share = np.asarray(land, dtype=np.float64) / cell_area_m2
    built_share = np.asarray(built, dtype=np.float64) / cell_area_m2
    with np.errstate(divide="ignore", invalid="ignore"):
        density = np.asarray(pop, dtype=np.float64) / (land_share * (cell_area_m2 / 1e6))
        built_per_land = np.round(built_share / land_share, 3)
    return land_share, built_share, density, built_per_land


def water_mask(
    pop: np.ndarray, built_share: np.ndarray, land_share: np.ndarray, params: DegurbaParams
) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return (
            (np.isnan(land_share) | (land_share < params.water_land))
            & (np.isnan(pop) | (pop <= params.water_pop))
            & (np.isnan(built_share) | (built_share <= params.water_built))
        )


def size_filtered_components(
    mask: np.ndarray, pop: np.ndarray, contiguity: int, min_pop: float, strict: bool
) -> np.ndarray:
    """Components of ``mask`` whose population (NaN ignored) meets ``min_pop``, labelled 1..n."""
    ndimage = scipy_module("scipy.ndimage")
    labels, count = ndimage.label(mask, structure=_ROOK if contiguity == 4 else _QUEEN)
    if count == 0:
        return labels.astype(np.int32)
    sums = np.bincount(
        labels.ravel(), weights=np.nan_to_num(pop, nan=0.0).ravel(), minlength=count + 1
    )
    keep = _meets(sums, min_pop, strict)
    keep[0] = False
    new_ids = np.zeros(count + 1, dtype=np.int32)
    new_ids[keep] = np.arange(1, int(keep.sum()) + 1, dtype=np.int32)
    return new_ids[labels]


def smooth_edges(
    centres: np.ndarray,
    rule: str,
    counts: np.ndarray | None = None,
    can_join: np.ndarray | None = None,
    is_canceled: IsCanceled | None = None,
    max_passes: int | None = None,
) -> np.ndarray:
    """Majority-rule edge smoothing, synchronous passes until nothing changes.

    Each pass evaluates every candidate against the same snapshot, then applies all additions
    (never in place). ``max_passes`` stops earlier (tests only).

    ``counts``: cells that count in N (R2023A: neither water nor ignore); None = all (R2022A).
    ``can_join``: cells that may be added (R2023A: not water); None = all.
    R2022A: a candidate joins centre k when ≥ 5 of its 8 neighbours are in k (off-raster = none).
    R2023A: joins k when 2 × (valid neighbours in k) > N (valid neighbours, off-raster included).
    """
    ndimage = scipy_module("scipy.ndimage")
    if rule == "none":
        return centres
    out = centres.copy()
    rows, cols = out.shape
    valid_pad = np.ones((rows + 2, cols + 2), dtype=bool)
    if counts is not None:
        valid_pad[1:-1, 1:-1] = counts
    passes = 0
    while max_passes is None or passes < max_passes:
        passes += 1
        if is_canceled and is_canceled():
            raise Cancelled()
        inside = out > 0
        candidates = ~inside & ndimage.binary_dilation(inside, structure=_QUEEN)
        if can_join is not None:
            candidates &= can_join
        r, c = np.nonzero(candidates)
        if r.size == 0:
            break
        padded = np.zeros((rows + 2, cols + 2), dtype=out.dtype)
        padded[1:-1, 1:-1] = out
        nb = np.stack([padded[r + 1 + dr, c + 1 + dc] for dr, dc in _OFFSETS], axis=1)
        if rule == "R2022A":
            n_valid = np.full(r.size, 8)
            need = lambda cnt, n: cnt >= 5  # noqa: E731
        else:
            ok = np.stack([valid_pad[r + 1 + dr, c + 1 + dc] for dr, dc in _OFFSETS], axis=1)
            nb = np.where(ok, nb, 0)
            n_valid = ok.sum(axis=1)
            need = lambda cnt, n: cnt * 2 > n  # noqa: E731
        best_count = np.zeros(r.size, dtype=np.int64)
        best_label = np.zeros(r.size, dtype=out.dtype)
        for d in range(8):
            lab = nb[:, d]
            cnt = (nb == lab[:, None]).sum(axis=1)
            cnt[lab == 0] = 0
            better = cnt > best_count
            best_count[better] = cnt[better]
            best_label[better] = lab[better]
        join = (best_label > 0) & need(best_count, n_valid)
        if not join.any():
            break
        out[r[join], c[join]] = best_label[join]
    return out


def fill_gaps(centres: np.ndarray, max_hole: int) -> np.ndarray:
    """Fill, per centre, the 4-connected holes of ≤ ``max_hole`` cells not touching the edge.

    Holes are computed on the input snapshot; a hole's size counts the cells of other centres
    inside it, and those cells keep their own centre.
    """
    ndimage = scipy_module("scipy.ndimage")
    out = centres.copy()
    slices = ndimage.find_objects(centres)
    for k, box in enumerate(slices, start=1):
        if box is None:
            continue
        sub = centres[box]
        other = np.pad(sub != k, 1, constant_values=True)
        labels, count = ndimage.label(other, structure=_ROOK)
        if count <= 1:
            continue
        sizes = np.bincount(labels.ravel(), minlength=count + 1)
        small = sizes <= max_hole
        small[0] = False
        small[labels[0, 0]] = False  # the exterior (the padding ring is one component)
        fill = small[labels][1:-1, 1:-1] & (sub == 0)
        view = out[box]
        view[fill] = k
    return out


def classify(
    pop: np.ndarray,
    built: np.ndarray,
    land: np.ndarray,
    params: DegurbaParams | None = None,
    cell_area_m2: float = 1e6,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> DegurbaResult:
    """Level-1 classification of a population grid (inhabitants), built-up and land grids (m²)."""
    params = params or DegurbaParams()
    _check(params)
    pop = np.asarray(pop, dtype=np.float64)
    if pop.ndim != 2 or pop.size == 0:
        raise AulaError(QT_TRANSLATE_NOOP("aula", "The population grid is empty."))
    if np.shape(built) != pop.shape or np.shape(land) != pop.shape:
        raise AulaError(
            QT_TRANSLATE_NOOP(
                "aula", "The grids differ in size: population {pop}, built-up {built}, land {land}."
            ),
            pop="×".join(map(str, pop.shape)),
            built="×".join(map(str, np.shape(built))),
            land="×".join(map(str, np.shape(land))),
        )

    def step(value: float) -> None:
        if is_canceled and is_canceled():
            raise Cancelled()
        if progress:
            progress(value)

    land_share, built_share, density, bpl = derived_grids(pop, built, land, cell_area_m2)
    water = water_mask(pop, built_share, land_share, params)
    step(0.1)

    dense = _meets(density, params.uc_density, params.strict)
    if params.uc_built:
        dense |= _meets(bpl, params.uc_built_threshold, params.strict)
    centres = size_filtered_components(
        dense, pop, params.uc_contiguity, params.uc_size, params.strict
    )
    step(0.3)
    if params.uc_smoothing == "R2023A":
        with np.errstate(invalid="ignore"):
            ignore = (land_share < 0.5) & (pop == 0)
        centres = smooth_edges(centres, "R2023A", ~(water | ignore), ~water, is_canceled)
    elif params.uc_smoothing == "R2022A":
        centres = smooth_edges(centres, "R2022A", is_canceled=is_canceled)
    step(0.6)
    if params.uc_gap_fill:
        centres = fill_gaps(centres, params.uc_max_hole)
    step(0.7)

    semi = _meets(density, params.ucl_density, params.strict)
    clusters = size_filtered_components(
        semi, pop, params.ucl_contiguity, params.ucl_size, params.strict
    )
    step(0.9)

    l1 = np.full(pop.shape, RURAL, dtype=np.uint8)
    l1[clusters > 0] = CLUSTER
    l1[centres > 0] = CENTRE
    l1[(l1 == RURAL) & water] = WATER
    pop0 = np.nan_to_num(pop, nan=0.0)
    result = DegurbaResult(l1, centres, clusters, density, bpl)
    for value in (WATER, RURAL, CLUSTER, CENTRE):
        cells = l1 == value
        result.cells_by_class[value] = int(cells.sum())
        result.population_by_class[value] = float(pop0[cells].sum())
    step(1.0)
    return result


def commune_shares(
    commune_index: np.ndarray,
    cell_index: np.ndarray,
    weights: np.ndarray,
    l1: np.ndarray,
    pop: np.ndarray,
    n_communes: int,
) -> np.ndarray:
    """Population of each commune by class from an area-weighted overlay.

    Each overlay piece ``i`` is the part of cell ``cell_index[i]`` (flat index into ``l1``) inside
    commune ``commune_index[i]``, ``weights[i]`` its share of the cell's area (0..1). Returns an
    array (n_communes, 4): population in classes 0..3 (NaN population counts as 0).
    """
    flat_pop = np.nan_to_num(np.asarray(pop, dtype=np.float64), nan=0.0).ravel()
    flat_l1 = np.asarray(l1).ravel()
    out = np.zeros((n_communes, 4), dtype=np.float64)
    if len(cell_index):
        cls = flat_l1[cell_index].astype(np.int64)
        np.add.at(out, (commune_index, cls), flat_pop[cell_index] * weights)
    return out


def unit_class(shares: np.ndarray) -> np.ndarray:
    """Commune class from population by class: 3 city (≥ 50 % in centres), 2 town and suburb
    (< 50 % in centres and ≤ 50 % in rural cells), 1 rural area; 0 when unpopulated."""
    total = shares.sum(axis=1)
    rural = shares[:, WATER] + shares[:, RURAL]
    out = np.ones(len(shares), dtype=np.uint8)
    with np.errstate(invalid="ignore", divide="ignore"):
        out[rural * 2 <= total] = 2
        out[shares[:, CENTRE] * 2 >= total] = 3
    out[total <= 0] = 0
    return out
