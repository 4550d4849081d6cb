"""Python 3.9 stand-ins for the few newer built-ins the plugin uses.

QGIS 3.22 to 3.28 on Windows (OSGeo4W and the standalone installers) ship Python 3.9, so code that
runs inside QGIS must not use ``zip(strict=True)`` (3.10), ``itertools.pairwise`` (3.10) or
``datetime.UTC`` (3.11).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import timezone
from typing import Any, TypeVar

T = TypeVar("T")

UTC = timezone.utc

_MISSING = object()


def zip_strict(*iterables: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """``zip(..., strict=True)``: raise ValueError when the iterables differ in length."""
    for combo in itertools.zip_longest(*iterables, fillvalue=_MISSING):
        if any(value is _MISSING for value in combo):
            raise ValueError("zip_strict: the iterables have different lengths")
        yield combo


def pairwise(iterable: Iterable[T]) -> Iterator[tuple[T, T]]:
    """``itertools.pairwise``: (s0, s1), (s1, s2), ..."""
    first, second = itertools.tee(iterable)
    next(second, None)
    return zip(first, second)
