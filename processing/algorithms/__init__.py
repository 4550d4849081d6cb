"""The explicit list of AULA algorithms (one module per algorithm, named after its id)."""

from __future__ import annotations

from ..base import AulaAlgorithm


def algorithm_classes() -> list[type[AulaAlgorithm]]:
    from .aggregateindicators import AggregateIndicators

    return [AggregateIndicators]
