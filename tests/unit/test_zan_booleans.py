"""The one boolean-word rule (core.booleans) and the two ZAN readers that accept fewer words."""

from __future__ import annotations

import pytest

from aula_plugin.core.booleans import FALSE_WORDS, TRUE_WORDS, boolean_word
from aula_plugin.core.zan.model import (
    ELIGIBLE_WORDS,
    IN_DOCUMENT_WORDS,
    NOT_ELIGIBLE_WORDS,
    NOT_IN_DOCUMENT_WORDS,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(" Oui ", True), ("X", True), (1, True), ("faux", False), ("", False), ("maybe", None)],
)
def test_boolean_word(value: object, expected: bool | None) -> None:
    assert boolean_word(value) is expected


def test_eligibility_refuses_only_the_tick() -> None:
    assert TRUE_WORDS - {"x"} == ELIGIBLE_WORDS
    assert NOT_ELIGIBLE_WORDS == FALSE_WORDS
    assert boolean_word("x", ELIGIBLE_WORDS, NOT_ELIGIBLE_WORDS) is None
    assert boolean_word("O", ELIGIBLE_WORDS, NOT_ELIGIBLE_WORDS) is True


def test_in_local_document_words_as_they_always_were() -> None:
    assert {"1", "true", "vrai", "oui", "yes", "t"} == IN_DOCUMENT_WORDS
    assert {"0", "false", "faux", "non", "no", "f"} == NOT_IN_DOCUMENT_WORDS
    for unknown in ("y", "o", "n", "x", "", "maybe"):
        assert boolean_word(unknown, IN_DOCUMENT_WORDS, NOT_IN_DOCUMENT_WORDS) is None
