"""Exceptions shared by the pure domain modules.

Core modules import no Qt, yet their messages reach French-speaking users. A message is therefore an
English template marked with ``QT_TRANSLATE_NOOP("aula", ...)`` (so pylupdate5 extracts it) plus
named values; the QGIS glue translates the template and then fills it in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TRANSLATION_CONTEXT = "aula"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction; translation happens later, at display time."""
    return text


class Cancelled(Exception):  # noqa: N818 (reads as the state it reports)
    """The user cancelled the operation; nothing was written."""


class AulaError(Exception):
    """A problem with the user's input, with a message fit to show to the user."""

    def __init__(self, template: str, **values: Any) -> None:
        self.template = template
        self.values = values
        super().__init__(self.message())

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format(**self.values)
