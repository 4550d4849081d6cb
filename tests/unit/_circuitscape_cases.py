"""Circuitscape.jl's pairwise verification cases (../shared/data/circuitscape/), read in place.

Each case folder holds the ``.ini`` (paths point into Circuitscape's own tree: inputs are resolved
by file name in ``input/``), the inputs and the verified outputs in ``expected/``.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class AsciiGrid:
    values: np.ndarray  # float64, NaN = nodata
    xll: float
    yll: float
    cell: float
    nodata: float


def read_ascii_grid(path: Path) -> AsciiGrid:
    header: dict[str, float] = {}
    rows: list[list[float]] = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0][0].isalpha():
            header[parts[0].lower()] = float(parts[1])
        else:
            rows.append([float(x) for x in parts])
    nodata = header.get("nodata_value", -9999.0)
    values = np.array(rows, dtype=np.float64)
    assert values.shape == (int(header["nrows"]), int(header["ncols"])), path
    values[values == nodata] = np.nan
    return AsciiGrid(values, header["xllcorner"], header["yllcorner"], header["cellsize"], nodata)


def read_resistances(path: Path) -> tuple[list[int], np.ndarray]:
    table = np.loadtxt(path)
    return [int(x) for x in table[0, 1:]], table[1:, 1:]


@dataclass
class Case:
    name: str
    options: configparser.ConfigParser
    habitat: AsciiGrid
    focal: np.ndarray  # int64 ids, 0 = none
    short_circuit: np.ndarray | None
    expected_ids: list[int]
    expected_resistances: np.ndarray
    expected_cumulative: AsciiGrid

    def flag(self, section: str, key: str) -> bool:
        return self.options.getboolean(section, key)

    @property
    def parameters(self) -> dict:
        """The core's keyword arguments, from the .ini (the mapping documented in the help)."""
        habitat = "Habitat raster or graph"
        scheme = "Connection scheme for raster habitat data"
        return {
            "is_resistance": self.flag(habitat, "habitat_map_is_resistances"),
            "four_neighbours": self.flag(scheme, "connect_four_neighbors_only"),
            "avg_resistances": self.flag(scheme, "connect_using_avg_resistances"),
            "short_circuit": self.short_circuit,
        }

    @property
    def null_currents_to_nodata(self) -> bool:
        return self.flag("Output options", "set_null_currents_to_nodata")


def _focal(path: Path, grid: AsciiGrid) -> np.ndarray:
    rows, cols = grid.values.shape
    if path.suffix == ".asc":
        ids = read_ascii_grid(path).values
        return np.where(np.isfinite(ids) & (ids > 0), ids, 0).astype(np.int64)
    focal = np.zeros((rows, cols), dtype=np.int64)
    top = grid.yll + rows * grid.cell
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) == 3:
            fid, x, y = int(float(parts[0])), float(parts[1]), float(parts[2])
            r, c = int((top - y) // grid.cell), int((x - grid.xll) // grid.cell)
            focal[r, c] = fid
    return focal


def load_case(folder: Path) -> Case:
    ini = next(folder.glob("*.ini"))
    options = configparser.ConfigParser()
    options.read(ini)
    inputs = folder / "input"

    def local(key_section: str, key: str) -> Path:
        return inputs / Path(options.get(key_section, key)).name

    habitat = read_ascii_grid(local("Habitat raster or graph", "habitat_file"))
    focal = _focal(
        local("Options for pairwise and one-to-all and all-to-one modes", "point_file"), habitat
    )
    short = None
    if options.getboolean("Short circuit regions (aka polygons)", "use_polygons"):
        poly = read_ascii_grid(local("Short circuit regions (aka polygons)", "polygon_file")).values
        short = np.where(np.isfinite(poly) & (poly > 0), poly, 0).astype(np.int64)
    stem = ini.stem
    ids, res = read_resistances(folder / "expected" / f"{stem}_resistances.out")
    cum = read_ascii_grid(folder / "expected" / f"{stem}_cum_curmap.asc")
    return Case(folder.name, options, habitat, focal, short, ids, res, cum)


def case_folders(shared_data: Path) -> list[Path]:
    return sorted(p for p in (shared_data / "circuitscape").iterdir() if p.is_dir())
