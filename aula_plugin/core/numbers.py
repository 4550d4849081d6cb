"""Numbers as users give them: finite, within Float32 when they end in a raster, printed readably.

One place for the rules every algorithm applies to numeric input: NaN and infinities are refused
(never silently propagated), values bound for Float32 rasters must fit, and large or tiny values
are printed in a form a person reads (1e+300, not a 301-digit integer), or the French way for
reports and fact sheets (``1 234,57``).
"""

from __future__ import annotations

import math
import os
import sys
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import numpy as np

from .errors import QT_TRANSLATE_NOOP, AulaError

FLOAT32_MAX = float(np.finfo(np.float32).max)
NBSP = "\u00a0"  # before units and percent signs
THIN_NBSP = "\u202f"  # thousands separator (French typography)

NOT_FINITE = QT_TRANSLATE_NOOP("aula", "{what}: {value} is not a finite number")
# fmt: off
BEYOND_FLOAT32 = QT_TRANSLATE_NOOP("aula",
    "{what}: {value} is beyond the largest value a Float32 raster holds (3.4e+38)")
# fmt: on
# fmt: off
OUT_OF_RANGE = QT_TRANSLATE_NOOP("aula",
    "{what}: {value} is outside the sensible range, {low} to {high}")
# fmt: on
# fmt: off
TOO_MUCH_MEMORY = QT_TRANSLATE_NOOP("aula",
    "{what}: about {needed} GiB of memory would be needed, more than this computer can give "
    "({available} GiB); choose a coarser resolution, a smaller extent or a shorter distance")
# fmt: on


def readable(value: Any) -> str:
    """A number as a person reads it: 12, 0.5, 1.5e+300 (never hundreds of digits)."""
    if isinstance(value, (int, np.integer)) and abs(int(value)) < 10**15:
        return str(int(value))
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return str(value)
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "+Inf" if number > 0 else "-Inf"
    return f"{number:.6g}"


def fr_number(value: float | int | Decimal, decimals: int = 0) -> str:
    """French formatting, rounded half up: 1234.567 -> '1 234,57' (thin no-break spaces)."""
    quantum = Decimal(1).scaleb(-decimals)
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    rounded = number.quantize(quantum, rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0,00"
    text = f"{rounded:,.{decimals}f}"
    return text.replace(",", THIN_NBSP).replace(".", ",")


def format_number(value: float | int | Decimal, decimals: int = 0, language: str = "fr") -> str:
    """``fr_number`` in French, else 1,234.57 (English)."""
    if language == "fr":
        return fr_number(value, decimals)
    return f"{value:,.{decimals}f}"


def finite(value: Any, what: str) -> float:
    """``value`` as a finite float; AulaError naming ``what`` otherwise."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise AulaError(NOT_FINITE, what=what, value=readable(value)) from None
    if not math.isfinite(number):
        raise AulaError(NOT_FINITE, what=what, value=readable(value))
    return number


def float32(value: Any, what: str) -> float:
    """A finite value that a Float32 raster can hold; AulaError naming ``what`` otherwise."""
    number = finite(value, what)
    if abs(number) > FLOAT32_MAX:
        raise AulaError(BEYOND_FLOAT32, what=what, value=readable(number))
    return number


def in_range(value: Any, what: str, low: float, high: float) -> float:
    """A finite ``value`` between ``low`` and ``high`` (both included); AulaError giving the value
    and the range otherwise. For parameters whose absurd values would run without a word (a
    search distance of 10,000 km, a dispersal distance of 1e300)."""
    number = finite(value, what)
    if not low <= number <= high:
        raise AulaError(
            OUT_OF_RANGE, what=what, value=readable(number), low=readable(low), high=readable(high)
        )
    return number


def physical_memory() -> int:
    """Bytes of physical memory (0 when unknown)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows QGIS
            import ctypes

            class _Status(ctypes.Structure):
                _fields_ = [
                    ("length", ctypes.c_ulong),
                    ("load", ctypes.c_ulong),
                    ("total", ctypes.c_ulonglong),
                    ("available", ctypes.c_ulonglong),
                    ("page_total", ctypes.c_ulonglong),
                    ("page_available", ctypes.c_ulonglong),
                    ("virtual_total", ctypes.c_ulonglong),
                    ("virtual_available", ctypes.c_ulonglong),
                    ("extended", ctypes.c_ulonglong),
                ]

            status = _Status()
            status.length = ctypes.sizeof(_Status)
            ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))
            return int(status.total)
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, OSError, ValueError):
        return 0


def check_memory(needed_bytes: float, what: str, share: float = 0.75) -> None:
    """Refuse work whose estimated peak exceeds ``share`` of the physical memory."""
    total = physical_memory()
    if total and needed_bytes > share * total:
        raise AulaError(
            TOO_MUCH_MEMORY,
            what=what,
            needed=f"{needed_bytes / 2**30:.1f}",
            available=f"{share * total / 2**30:.1f}",
        )
