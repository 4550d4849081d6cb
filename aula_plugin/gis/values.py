"""Attribute values as plain Python: one place for QVariant NULLs, key texts and numbers.

Qt hands attribute values over as QVariant (NULL included) or as Python values; the Qt-free core
wants None, str, int or float. Every reader of QGIS features goes through these helpers, so that
NULL, 12.0 against "12" and booleans are treated the same in every algorithm.
"""

from __future__ import annotations

import math
from typing import Any

from qgis.PyQt.QtCore import QVariant

# the words read as true / false in boolean-like attributes: the rule lives in core.booleans
from ..core.booleans import FALSE_WORDS, TRUE_WORDS  # noqa: F401 (re-exported)

# These run once per attribute of every feature read (millions of times on national tables): each
# is one flat function, without calls to the others.


def plain(value: Any) -> Any:
    """A QVariant NULL as None, other QVariants as their value; lists and tuples item by item."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def plain_date_text(value: Any) -> Any:
    """Like plain, but a QDate or QDateTime as its ISO date text "yyyy-MM-dd" (None when invalid).

    For fields read as text or years (OCS GE millésime, expected year of a project), where a date
    field must give "2021-01-01" rather than a Qt object.
    """
    if not isinstance(value, QVariant) and hasattr(value, "toString") and hasattr(value, "isValid"):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return plain(value)


def key_text(value: Any, null: str | None = "") -> str | None:
    """A code compared as text: 62041 (integer) and 62041.0 match "62041"; NULL gives ``null``."""
    if isinstance(value, QVariant):
        if value.isNull():
            return null
        value = value.value()
    if value is None:
        return null
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, (list, tuple)):
        value = plain(value)
    return str(value).strip()


def optional_text(value: Any) -> str | None:
    """Like key_text, but NULL and blank texts both give None."""
    if isinstance(value, QVariant):
        if value.isNull():
            return None
        value = value.value()
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, (list, tuple)):
        value = plain(value)
    return str(value).strip() or None


def number(value: Any) -> float | None:
    """A numeric attribute as float; None for NULL, blank or non-numeric values."""
    value = plain(value)
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def integer(value: Any) -> int | None:
    """A numeric attribute as int (12.0 and "12" give 12); None for NULL, blank or non-numeric."""
    value = number(value)
    if value is None or not math.isfinite(value):
        return None
    return int(value)
