"""Sensible ranges of the TVB parameters (core/tvb/parameters.py) and the memory of a closing."""

from __future__ import annotations

import math

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.tvb.parameters import (
    MAX_DISTANCE,
    check_closing_distance,
    check_resolution,
    closing_bytes,
)


@pytest.mark.parametrize("value", [1.0, 25.0, 1000.0])
def test_resolutions_of_a_study_are_kept(value):
    assert check_resolution(value, "RESOLUTION") == value


@pytest.mark.parametrize("value", [0.01, 0.5, 1001.0, 1e6])
def test_resolutions_outside_the_range_name_the_value_and_the_range(value):
    with pytest.raises(AulaError) as info:
        check_resolution(value, "RESOLUTION")
    message = info.value.message()
    assert message.startswith("RESOLUTION: ") and "1 to 1000 m" in message


@pytest.mark.parametrize("value", [math.nan, math.inf, "abc"])
def test_non_finite_resolutions_are_refused(value):
    with pytest.raises(AulaError, match="not a finite number"):
        check_resolution(value, "RESOLUTION")


def test_a_distance_growing_the_habitat_by_less_than_a_cell_is_refused():
    assert check_closing_distance(20.0, 10.0, "DISTANCE") == 20.0
    for short in (0.0, 5.0, 19.9):
        with pytest.raises(AulaError) as info:
            check_closing_distance(short, 10.0, "DISTANCE")
        assert "less than one cell (10 m)" in info.value.message()
        assert "between 20 and 100000 m" in info.value.message()


def test_a_distance_beyond_any_dispersal_is_refused():
    assert check_closing_distance(MAX_DISTANCE, 10.0, "DISTANCE") == MAX_DISTANCE
    with pytest.raises(AulaError, match="1e\\+07 m is beyond any dispersal distance"):
        check_closing_distance(1e7, 10.0, "DISTANCE")


def test_closing_memory_grows_with_the_padding():
    small = closing_bytes((100, 100), 100.0, (10.0, 10.0))
    # the case: 10,000 km on a 10 m grid pads by 500,001 cells on every side (terabytes)
    huge = closing_bytes((100, 100), 1e7, (10.0, 10.0))
    assert small < 100e6 and huge > 2**40
