"""Writing features into a sink, every write checked: a failed write is an error, never a success.

``QgsFeatureSink.addFeature`` answers False (and keeps the reason in ``lastError``) when the file
cannot take a feature (disk full, a driver refusing a value...); an algorithm that ignores the
answer reports success for a file that is missing rows. The base class then drops every output of
the run (all-or-nothing), so the user gets the message and no half output.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsFeature, QgsFeatureSink

from ..core.errors import QT_TRANSLATE_NOOP, AulaError

# fmt: off
WRITE_FAILED = QT_TRANSLATE_NOOP("aula",
    "{output}: a feature could not be written ({problem}); no output was kept")
# fmt: on


def write_features(sink: QgsFeatureSink, features: Iterable[QgsFeature], output: str) -> int:
    """Add every feature and flush; AulaError naming ``output`` at the first failure."""
    count = 0
    for feature in features:
        if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise AulaError(WRITE_FAILED, output=output, problem=sink.lastError() or "?")
        count += 1
    if not sink.flushBuffer():
        raise AulaError(WRITE_FAILED, output=output, problem=sink.lastError() or "?")
    return count
