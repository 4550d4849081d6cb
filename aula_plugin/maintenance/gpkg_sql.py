"""The GeoPackage SQL functions a feature table's R-tree triggers call, for plain ``sqlite3``.

GDAL writes R-tree triggers that call ``ST_IsEmpty``, ``ST_MinX``, ``ST_MaxX``, ``ST_MinY`` and
``ST_MaxY`` (and QGIS's provider registers them); Python's ``sqlite3`` knows none of them, so any
UPDATE or DELETE on a feature table fails with "no such function: ST_IsEmpty". :func:`connect`
opens a connection with those functions registered, read from the GeoPackage geometry blob:
its header's envelope when it has one, else the bounding box of its WKB (points have none).

Standard library only (Python 3.9).
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

Box = tuple[float, float, float, float]  # min x, max x, min y, max y

#: header envelope indicator -> number of doubles (xy, xyz, xym, xyzm)
_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}
_NAN = float("nan")


def _header(blob: bytes) -> tuple[bool, int, Box | None, int] | None:
    """(empty flag, byte order char, envelope box or None, WKB offset), None if no GPKG blob."""
    if not isinstance(blob, (bytes, bytearray, memoryview)) or len(blob) < 8:
        return None
    blob = bytes(blob[: 8 + 64])
    if blob[:2] != b"GP":
        return None
    flags = blob[3]
    order = "<" if flags & 1 else ">"
    indicator = (flags >> 1) & 7
    doubles = _ENVELOPE_DOUBLES.get(indicator, 0)
    empty = bool(flags & 0x10)
    box = None
    if doubles:
        values = struct.unpack_from(order + "4d", blob, 8)
        box = (values[0], values[1], values[2], values[3])
    return empty, indicator, box, 8 + 8 * doubles


def _wkb_box(data: bytes, offset: int) -> tuple[Box | None, int]:
    """The bounding box of the WKB geometry at ``offset`` (None when empty), and its end."""
    order = "<" if data[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", data, offset + 1)
    offset += 5
    dims = 2
    if code & 0x80000000 or code & 0x40000000:  # EWKB Z / M flags
        dims += bool(code & 0x80000000) + bool(code & 0x40000000)
        code &= 0xFFFF
    if code >= 1000:
        dims += {1: 1, 2: 1, 3: 2}[code // 1000]
        code %= 1000
    points: list = []

    def read_points(count: int, at: int) -> int:
        step = 8 * dims
        for i in range(count):
            x, y = struct.unpack_from(order + "2d", data, at + i * step)
            if x == x and y == y:  # NaN coordinates: an empty point
                points.append((x, y))
        return at + count * step

    if code == 1:
        offset = read_points(1, offset)
    elif code in (2, 3):
        (count,) = struct.unpack_from(order + "I", data, offset)
        offset += 4
        rings = 1 if code == 2 else count
        if code == 3:
            for _ in range(rings):
                (n,) = struct.unpack_from(order + "I", data, offset)
                offset = read_points(n, offset + 4)
        else:
            offset = read_points(count, offset)
    else:  # multi geometries and collections (curves included): their parts
        (count,) = struct.unpack_from(order + "I", data, offset)
        offset += 4
        boxes = []
        for _ in range(count):
            part, offset = _wkb_box(data, offset)
            if part is not None:
                boxes.append(part)
        if not boxes:
            return None, offset
        return (
            min(b[0] for b in boxes),
            max(b[1] for b in boxes),
            min(b[2] for b in boxes),
            max(b[3] for b in boxes),
        ), offset
    if not points:
        return None, offset
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), max(xs), min(ys), max(ys)), offset


def envelope(blob: bytes) -> Box | None:
    """The (min x, max x, min y, max y) of a GeoPackage geometry blob, None if empty or no blob."""
    head = _header(blob)
    if head is None or head[0]:
        return None
    if head[2] is not None:
        return head[2]
    try:
        return _wkb_box(bytes(blob), head[3])[0]
    except (struct.error, IndexError, KeyError):
        return None


def st_is_empty(blob: bytes) -> int | None:
    head = _header(blob)
    if head is None:
        return None
    return int(head[0] or envelope(blob) is None)


def register(con: sqlite3.Connection) -> sqlite3.Connection:
    """Register the functions the R-tree triggers call on ``con``; returns it."""
    con.create_function("ST_IsEmpty", 1, st_is_empty, deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):

        def bound(blob: bytes, i: int = index) -> float | None:
            box = envelope(blob)
            return None if box is None else box[i]

        con.create_function(name, 1, bound, deterministic=True)
    return con


def connect(path: Path | str, **options) -> sqlite3.Connection:
    """``sqlite3.connect(path, **options)`` with the GeoPackage functions registered (close it)."""
    return register(sqlite3.connect(str(path), **options))
