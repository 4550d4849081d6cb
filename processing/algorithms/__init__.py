"""The explicit list of AULA algorithms (one module per algorithm, named after its id)."""

from __future__ import annotations

from ..base import AulaAlgorithm


def algorithm_classes() -> list[type[AulaAlgorithm]]:
    from .aggregateindicators import AggregateIndicators
    from .degurbagrid import DegurbaGrid
    from .zanartificialisation import ZanArtificialisation
    from .zanconsumption import ZanConsumption
    from .zanimportconsumption import ZanImportConsumption
    from .zanprojects import ZanProjects
    from .zanreport import ZanReport
    from .zantrajectory import ZanTrajectory

    # ZAN (one line per algorithm module, in the order of the toolbox)
    zan: list[type[AulaAlgorithm]] = [
        ZanImportConsumption,
        ZanConsumption,
        ZanArtificialisation,
        ZanProjects,
        ZanTrajectory,
        ZanReport,
    ]

    # Centralities
    centralities: list[type[AulaAlgorithm]] = [DegurbaGrid]

    return [AggregateIndicators, *zan, *centralities]
