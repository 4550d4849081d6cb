"""The explicit list of AULA algorithms (one module per algorithm, named after its id)."""

from __future__ import annotations

from ..base import AulaAlgorithm


def algorithm_classes() -> list[type[AulaAlgorithm]]:
    from .aggregateindicators import AggregateIndicators

    # ZAN (one line per algorithm module, in the order of the toolbox)
    zan: list[type[AulaAlgorithm]] = []

    return [AggregateIndicators, *zan]
