"""The explicit list of AULA algorithms (one module per algorithm, named after its id)."""

from __future__ import annotations

from ..base import AulaAlgorithm


def algorithm_classes() -> list[type[AulaAlgorithm]]:
    from .aggregateindicators import AggregateIndicators
    from .centralities import Centralities
    from .centralitysheet import CentralitySheet
    from .checkoutpackage import CheckoutPackage
    from .checkpackage import CheckPackage
    from .circuitflow import CircuitFlow
    from .conflictpoints import ConflictPoints
    from .connectivitymetrics import ConnectivityMetrics
    from .costdistance import CostDistance
    from .degurbagrid import DegurbaGrid
    from .dilatationerosion import DilatationErosion
    from .factsheetexport import FactSheetExport
    from .frictionfromlandcover import FrictionFromLandcover
    from .importindicators import ImportIndicators
    from .leastcostcorridors import LeastCostCorridors
    from .mergepackage import MergePackage
    from .pinchpoints import PinchPoints
    from .publishpostgis import PublishPostgis
    from .reservoirs import Reservoirs
    from .scotcompatibility import ScotCompatibility
    from .scotimportplu import ScotImportPlu
    from .updatelayer import UpdateLayer
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
    centralities: list[type[AulaAlgorithm]] = [Centralities, DegurbaGrid, CentralitySheet]

    # Green and blue network (TVB)
    tvb: list[type[AulaAlgorithm]] = [
        FrictionFromLandcover,
        Reservoirs,
        CostDistance,
        DilatationErosion,
        LeastCostCorridors,
        ConnectivityMetrics,
        ConflictPoints,
        CircuitFlow,
        PinchPoints,
    ]

    # SCoT compatibility
    scot: list[type[AulaAlgorithm]] = [
        ScotImportPlu,
        ScotCompatibility,
    ]

    indicators = [AggregateIndicators, ImportIndicators, FactSheetExport]

    # Data package (maintenance of the territory GeoPackage)
    package: list[type[AulaAlgorithm]] = [
        CheckPackage,
        UpdateLayer,
        CheckoutPackage,
        MergePackage,
        PublishPostgis,
    ]
    return [*indicators, *zan, *centralities, *tvb, *scot, *package]
