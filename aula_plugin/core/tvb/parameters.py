"""Sensible ranges of the TVB parameters users type: a value outside them is a typo or a unit
mistake (a resolution in centimetres, a distance in millimetres), refused with the value and the
range rather than computed for minutes or silently giving a one-cell raster.

Pure Python (no qgis); errors are AulaError with templates marked for translation.
"""

from __future__ import annotations

import math

from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..numbers import finite, readable

#: cell sizes of a TVB study, in metres: from 1 m (urban trame, OCS GE at large scale) to 1 km
#: (a regional SRCE overview); 25 to 50 m is usual for an intercommunal study
RESOLUTION_RANGE = (1.0, 1000.0)
#: dispersal distances, in metres (COMOP TVB species groups: from tens of metres for amphibians to
#: tens of kilometres for large mammals)
MAX_DISTANCE = 100_000.0

# fmt: off
_RESOLUTION = QT_TRANSLATE_NOOP("aula",
    "{what}: {value} m is outside the sensible range of a cell size, {low} to {high} m")
_DISTANCE_SHORT = QT_TRANSLATE_NOOP("aula",
    "{what}: {value} m grows the habitat by {half} m, less than one cell ({cell} m), so nothing would change; give a distance between {low} and {high} m")  # noqa: E501
_DISTANCE_LONG = QT_TRANSLATE_NOOP("aula",
    "{what}: {value} m is beyond any dispersal distance; give a distance between {low} and {high} m")  # noqa: E501
# fmt: on


def check_resolution(value: float, what: str) -> float:
    """A cell size within RESOLUTION_RANGE (AulaError naming ``what`` otherwise)."""
    number = finite(value, what)
    low, high = RESOLUTION_RANGE
    if not low <= number <= high:
        raise AulaError(
            _RESOLUTION, what=what, value=readable(number), low=readable(low), high=readable(high)
        )
    return number


def check_closing_distance(value: float, cell: float, what: str) -> float:
    """A dilatation-erosion distance: the habitat grows by half of it, which must be at least one
    cell (else the closing changes nothing) and at most MAX_DISTANCE / 2."""
    number = finite(value, what)
    low = 2 * cell
    values = {"what": what, "value": readable(number), "low": readable(low)}
    values["high"] = readable(MAX_DISTANCE)
    if number < low:
        raise AulaError(_DISTANCE_SHORT, half=readable(number / 2), cell=readable(cell), **values)
    if number > MAX_DISTANCE:
        raise AulaError(_DISTANCE_LONG, **values)
    return number


def closing_bytes(shape: tuple[int, int], distance: float, cell: tuple[float, float]) -> float:
    """Peak memory of a closing by half ``distance`` on a grid of ``shape`` (core/tvb/closing.py):
    three booleans per cell of the grid padded by half the distance on every side (mask, grown,
    closed), the continuum labels and patches (16 B per cell of the grid) and one strip of the
    distance transform (4 M cells × 16 B)."""
    half = distance / 2
    pad_r = math.ceil(half / cell[1]) + 1
    pad_c = math.ceil(half / cell[0]) + 1
    rows, cols = shape
    padded = (rows + 2 * pad_r) * (cols + 2 * pad_c)
    return padded * 3.0 + rows * cols * 16.0 + 4_000_000 * 16.0
