"""The names of the territories of an output, read from the commune layer.

``core.territory_names`` decides which field names them; this reads it in one pass over the
layer's attributes, without geometries. The keys are read exactly as the algorithm reads them
(``key``), so that every row of the output finds its name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.core import QgsFeatureRequest, QgsFeatureSource, QgsProcessingFeedback

from ..core.territory_names import NameVotes, name_field
from .feedback import check_cancelled
from .values import key_text, plain


def territory_names(
    source: QgsFeatureSource | None,
    key_field: str | None,
    feedback: QgsProcessingFeedback | None = None,
    *,
    commune_field: str = "insee",
    key: Callable[[Any], str | None] = key_text,
) -> dict[str, str]:
    """Key -> name of the territories of ``key_field`` (empty: the communes, keyed by
    ``commune_field``); {} when the layer has no field naming them."""
    if source is None:
        return {}
    fields = source.fields()
    if key_field and key_field.lower() == commune_field.lower():
        key_field = None  # rows per commune, keyed by the commune field
    naming = name_field(key_field, fields.names())
    keyed_by = key_field or commune_field
    key_index = fields.lookupField(keyed_by) if keyed_by else -1
    if naming is None or key_index < 0:
        return {}
    name_index = fields.lookupField(naming)
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([key_index, name_index])
    votes = NameVotes()
    for feature in source.getFeatures(request):
        check_cancelled(feedback)
        votes.add(key(feature.attribute(key_index)), plain(feature.attribute(name_index)))
    return votes.names()
