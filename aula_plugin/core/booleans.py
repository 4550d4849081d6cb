"""Boolean-like words of attribute and table values: the one rule for reading them.

The gis glue (gis.values re-exports the words) and the core readers both use ``boolean_word``; a
reader that accepts fewer words derives its sets from these and says why where it declares them
(see core.zan.model).
"""

from __future__ import annotations

from collections.abc import Collection

#: the words read as true / false (French and English), compared lower-cased and stripped
TRUE_WORDS = frozenset({"1", "true", "t", "yes", "y", "oui", "o", "vrai", "x"})
FALSE_WORDS = frozenset({"0", "false", "f", "no", "n", "non", "faux", ""})


def boolean_word(
    value: object,
    true_words: Collection[str] = TRUE_WORDS,
    false_words: Collection[str] = FALSE_WORDS,
) -> bool | None:
    """True or False for a word of ``true_words`` or ``false_words``; None for any other value."""
    text = str(value).strip().lower()
    if text in true_words:
        return True
    if text in false_words:
        return False
    return None
