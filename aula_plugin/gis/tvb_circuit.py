"""QGIS glue of aula:circuitflow: focal nodes and short-circuit regions on the raster's grid, the
resistance table and its Circuitscape-layout CSV, per-pair maps."""

from __future__ import annotations

import os
from typing import Any

import numpy as np
from qgis.core import QgsFeature, QgsFeatureRequest

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.tvb.circuit import DISCONNECTED, CircuitResult
from ..toolbelt.i18n import tr
from .raster import Grid, rasterize_sources, read_band, write_geotiff

#: cumulative, maximum and per-pair current maps: nodata on impassable cells
CURRENT_NODATA = -9999.0
#: peak memory per cell of the solver (LU factor of the 8-neighbour Laplacian, measured ~2.3 kB
#: per cell at 1,000,000 cells), used to refuse grids the machine cannot hold
BYTES_PER_CELL = 2600
TABLE_FIELDS = [("id_a", "int"), ("id_b", "int"), ("resistance", "double"), ("connected", "int")]

# fmt: off
_BAD_ID = QT_TRANSLATE_NOOP("aula",
    "{layer}: the focal node identifiers must be positive integers (found {value!r})")
_NO_ID_FIELD = QT_TRANSLATE_NOOP("aula", "{layer}: no field named {field}")
_ON_NODATA = QT_TRANSLATE_NOOP("aula",
    "Focal nodes on nodata (or zero conductance) cells of {raster}: {ids}. Move them onto "
    "passable cells or remove them.")
_NOT_SAME_GRID = QT_TRANSLATE_NOOP("aula",
    "{layer} must have the same extent, resolution and CRS as {raster}")
_REPROJECTED = QT_TRANSLATE_NOOP("aula", "{layer}: reprojected to the CRS of {raster}")
_OUTSIDE = QT_TRANSLATE_NOOP("aula", "{layer}: {n} features fall outside the raster {raster}")
_NONE_INSIDE = QT_TRANSLATE_NOOP("aula", "{layer}: no feature lies inside the raster {raster}")
# fmt: on


def focal_from_features(
    source: Any, id_field: str | None, grid: Grid, feedback: Any, transform_context: Any
) -> np.ndarray:
    """int64 grid of focal ids (0 = none): the id field's value (features sharing an id form one
    region, as in Circuitscape), or the feature id when no field is given."""
    labels, report = rasterize_sources(source, grid, feedback, transform_context=transform_context)
    name = source.sourceName()
    _report(report, name, grid, feedback)
    lut = np.zeros(len(report.fids) + 1, dtype=np.int64)
    ids = dict(zip(report.fids, range(1, len(report.fids) + 1)))
    if id_field:
        if source.fields().lookupField(id_field) < 0:
            raise AulaError(_NO_ID_FIELD, layer=name, field=id_field)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([id_field], source.fields())
        feature = QgsFeature()
        it = source.getFeatures(request)
        while it.nextFeature(feature):
            if feature.id() in ids:
                lut[ids[feature.id()]] = _positive_int(feature[id_field], name)
    else:
        for fid, label in ids.items():
            lut[label] = _positive_int(fid, name)
    return lut[labels]


def _report(report: Any, name: str, grid: Grid, feedback: Any) -> None:
    if report.reprojected:
        feedback.pushInfo(tr(_REPROJECTED).format(layer=name, raster=grid.name))
    if report.labels == 0:
        raise AulaError(_NONE_INSIDE, layer=name, raster=grid.name)
    if report.outside:
        feedback.pushWarning(tr(_OUTSIDE).format(layer=name, n=report.outside, raster=grid.name))


def _positive_int(value: Any, layer: str) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise AulaError(_BAD_ID, layer=layer, value=value) from None
    if not np.isfinite(number) or number <= 0 or number != int(number):
        raise AulaError(_BAD_ID, layer=layer, value=value)
    return int(number)


def focal_from_raster(path: str, name: str, grid: Grid) -> np.ndarray:
    """int64 ids of a raster on the same grid (nodata and values ≤ 0: none), as Circuitscape."""
    band = read_band(path, name)
    if not band.grid.same_grid(grid):
        raise AulaError(_NOT_SAME_GRID, layer=name, raster=grid.name)
    data = band.data
    ok = np.isfinite(data) & (data > 0)
    bad = ok & (data != np.round(data))
    if bad.any():
        raise AulaError(_BAD_ID, layer=name, value=float(data[bad][0]))
    return np.where(ok, data, 0).astype(np.int64)


def short_circuit_regions(source: Any, grid: Grid, feedback: Any, context: Any) -> np.ndarray:
    """int64 grid of short-circuit region numbers (one per feature; 0 = none)."""
    labels, report = rasterize_sources(source, grid, feedback, transform_context=context)
    _report(report, source.sourceName(), grid, feedback)
    return labels.astype(np.int64)


def check_on_nodata(ids: list[int], raster: str) -> None:
    if ids:
        raise AulaError(_ON_NODATA, raster=raster, ids=", ".join(str(i) for i in ids))


def table_rows(result: CircuitResult, pairwise: bool) -> list[list[Any]]:
    """[id_a, id_b, resistance (None when disconnected), connected] rows; one-to-all / all-to-one:
    one row per focal node, id_b None."""
    rows = []
    ids = result.ids
    res = result.resistance
    if pairwise:
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                r = float(res[i, j])
                ok = r != DISCONNECTED
                rows.append([ids[i], ids[j], r if ok else None, int(ok)])
    else:
        for i, fid in enumerate(ids):
            r = float(res[i])
            ok = r != DISCONNECTED
            rows.append([fid, None, r if ok else None, int(ok)])
    return rows


def write_matrix_csv(path: str, result: CircuitResult, pairwise: bool) -> str:
    """Circuitscape's resistances layout: a first row ``0 id1 id2 ...`` then ``id r1 r2 ...``
    (−1 = disconnected); one-to-all / all-to-one: ``id resistance`` lines. Written atomically."""
    ids = result.ids
    lines = []
    if pairwise:
        lines.append(" ".join(["0"] + [str(i) for i in ids]))
        for i, fid in enumerate(ids):
            lines.append(" ".join([str(fid)] + [_num(v) for v in result.resistance[i]]))
    else:
        lines.extend(f"{fid} {_num(v)}" for fid, v in zip(ids, result.resistance))
    tmp = f"{path}.part"
    os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    os.replace(tmp, path)
    return path


def _num(value: float) -> str:
    return "-1" if value == DISCONNECTED else repr(float(value))


def current_raster(current: np.ndarray, passable: np.ndarray) -> np.ndarray:
    """Float32 current with nodata on impassable cells."""
    out = current.astype(np.float32)
    out[~passable] = np.nan
    return out


def write_pair_maps(
    folder: str,
    grid: Grid,
    passable: np.ndarray,
    metadata: dict[str, Any],
    name: str,
    current: np.ndarray,
    voltage: np.ndarray | None,
) -> None:
    """curmap_<name>.tif (and voltmap_<name>.tif) in the folder, as Circuitscape names them."""
    os.makedirs(folder, exist_ok=True)
    write_geotiff(
        os.path.join(folder, f"curmap_{name}.tif"),
        current_raster(current, passable),
        grid,
        CURRENT_NODATA,
        metadata,
        description="current (A)",
    )
    if voltage is not None:
        volts = voltage.astype(np.float32)
        write_geotiff(
            os.path.join(folder, f"voltmap_{name}.tif"),
            volts,
            grid,
            CURRENT_NODATA,
            metadata,
            description="voltage (V)",
        )
