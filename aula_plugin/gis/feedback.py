"""Cancellation, once: the gis helpers and the algorithms' base raise Cancelled the same way."""

from __future__ import annotations

from qgis.core import QgsFeedback

from ..core.errors import Cancelled


def check_cancelled(feedback: QgsFeedback | None) -> None:
    """Raise Cancelled when the user asked to stop (the algorithms' base reports it)."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
