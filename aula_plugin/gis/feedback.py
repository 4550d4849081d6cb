"""Cancellation, once: the gis helpers and the algorithms' base raise Cancelled the same way."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsFeedback

from ..core.errors import Cancelled
from ..toolbelt.i18n import tr


def check_cancelled(feedback: QgsFeedback | None) -> None:
    """Raise Cancelled when the user asked to stop (the algorithms' base reports it)."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()


def step_progress(feedback: QgsFeedback, show_steps: bool = False) -> Callable[[float, str], None]:
    """The ``progress(fraction, step)`` callback the maintenance library takes, for ``feedback``:
    cancellation checked at each call; the step's text shown (translated) when ``show_steps``."""

    def progress(fraction: float, step: str) -> None:
        check_cancelled(feedback)
        if show_steps:
            feedback.setProgressText(tr(step))
        feedback.setProgress(100 * fraction)

    return progress
