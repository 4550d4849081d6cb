"""Text files as French users save them: UTF-8 (with or without BOM), else Windows-1252.

Excel on a French Windows saves CSV files in Windows-1252; LibreOffice and QGIS in UTF-8. Both are
read, and the encoding used is said; bytes that are neither (a binary file, a truncated download)
are refused with a message naming the file, never a UnicodeDecodeError.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, AulaError

UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 (BOM)"
WINDOWS_1252 = "Windows-1252"

# fmt: off
NOT_TEXT = QT_TRANSLATE_NOOP("aula",
    "{file}: not a text file in UTF-8 or Windows-1252 (byte {offset}); save it as CSV UTF-8")
# fmt: on
NOT_FOUND = QT_TRANSLATE_NOOP("aula", "{file}: cannot read the file ({problem})")
READ_AS = QT_TRANSLATE_NOOP("aula", "{file}: read as {encoding}")

#: control characters never found in a CSV or text table (tab, line feed, CR and FF are allowed)
_CONTROLS = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding label) of ``data``; AulaError(NOT_TEXT) when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, candidates = UTF8_BOM, ("utf-8-sig",)
    else:
        encoding, candidates = UTF8, ("utf-8", "cp1252")
    text = None
    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            offset = exc.start
            continue
        if codec == "cp1252":
            encoding = WINDOWS_1252
        break
    if text is None:
        raise AulaError(NOT_TEXT, file=name, offset=offset)
    bad = next((i for i, char in enumerate(text) if char in _CONTROLS), None)
    if bad is not None:
        raise AulaError(NOT_TEXT, file=name, offset=bad)
    return text, encoding


def read_text(path: str | Path) -> tuple[str, str]:
    """(text, encoding label) of a text file; AulaError when unreadable or not text."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AulaError(NOT_FOUND, file=path.name, problem=exc.strerror or exc) from exc
    return decode_text(data, path.name)
