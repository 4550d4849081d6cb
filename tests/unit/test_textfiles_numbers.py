"""core.textfiles (UTF-8 / Windows-1252 detection) and core.numbers (finite, Float32, memory)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.numbers import (
    FLOAT32_MAX,
    check_memory,
    finite,
    float32,
    in_range,
    physical_memory,
    readable,
)
from aula_plugin.core.textfiles import decode_text, read_text

FRENCH = "code;libellé;friction\n1;Forêt de feuillus;1\n2;Prairie « naturelle »;5\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (FRENCH.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "UTF-8 (BOM)"),
        (FRENCH.encode("cp1252"), "Windows-1252"),  # Excel's "CSV (séparateur : point-virgule)"
        (FRENCH.encode("latin-1"), "Windows-1252"),  # the same bytes for these letters
    ],
)
def test_french_text_is_read_whatever_the_encoding(data: bytes, encoding: str) -> None:
    assert decode_text(data, "t.csv") == (FRENCH, encoding)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # random-like binary
        b"code;friction\n1;2\n\x00\x00\x00",  # NUL bytes: a binary or truncated file
        b"code;libell\x81;friction\n",  # 0x81 is undefined in Windows-1252
    ],
)
def test_non_text_is_refused_with_the_file_name(data: bytes) -> None:
    with pytest.raises(AulaError, match=r"t\.csv: not a text file in UTF-8 or Windows-1252"):
        decode_text(data, "t.csv")


def test_read_text_names_a_missing_file(tmp_path: Path) -> None:
    (tmp_path / "ok.csv").write_bytes(FRENCH.encode("cp1252"))
    assert read_text(tmp_path / "ok.csv") == (FRENCH, "Windows-1252")
    with pytest.raises(AulaError, match=r"absent\.csv: cannot read the file"):
        read_text(tmp_path / "absent.csv")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (12, "12"),
        (0.5, "0.5"),
        (1e300, "1e+300"),
        (10**300, "1e+300"),
        (float("nan"), "NaN"),
        (float("-inf"), "-Inf"),
        (1234567.0, "1.23457e+06"),
    ],
)
def test_readable_numbers(value: object, text: str) -> None:
    assert readable(value) == text


def test_finite_and_float32() -> None:
    assert finite("2.5", "RESOLUTION") == 2.5
    for bad in (float("nan"), float("inf"), "abc", None):
        with pytest.raises(AulaError, match="RESOLUTION: .* is not a finite number"):
            finite(bad, "RESOLUTION")
    assert float32(FLOAT32_MAX, "friction") == FLOAT32_MAX
    with pytest.raises(AulaError, match=r"friction: 1e\+39 is beyond the largest value"):
        float32(1e39, "friction")


def test_memory_estimate_refuses_beyond_the_machine() -> None:
    total = physical_memory()
    assert total > 2**28  # Linux reports it (a Windows QGIS through GlobalMemoryStatusEx)
    check_memory(total * 0.5, "grid")
    with pytest.raises(AulaError, match=r"grid: about [\d.]+ GiB of memory would be needed"):
        check_memory(total * 2, "grid")


def test_in_range_gives_the_value_and_the_range() -> None:
    assert in_range("25", "Obstacle distance", 0, 1000) == 25.0
    assert in_range(0, "d", 0, 1000) == 0.0
    with pytest.raises(AulaError) as caught:
        in_range(1e7, "Obstacle distance (m)", 0, 1000)
    assert caught.value.message() == (
        "Obstacle distance (m): 1e+07 is outside the sensible range, 0 to 1000"
    )
    with pytest.raises(AulaError, match="nan is not a finite number|NaN is not a finite"):
        in_range(float("nan"), "d0", 1, 1e9)
