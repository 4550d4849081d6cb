"""Parameters of aula:centralities: inputs, CENTRA-1 rules, run options and outputs, in the order
of the dialog.

The rule parameters are declared once, from the defaults of ``CentraParams``, and read back into
one ``CentraParams``; the outputs are the four feature outputs and the JSON sidecar.
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.centralities.rules import CentraParams, parse_thresholds

ACTIVITIES = "ACTIVITIES"
INPUT_FORMAT = "INPUT_FORMAT"
FUNCTION_FIELD = "FUNCTION_FIELD"
TYPE_FIELD = "TYPE_FIELD"
ID_FIELD = "ID_FIELD"
SKIP_UNKNOWN = "SKIP_UNKNOWN"
HOUSING = "HOUSING"
DWELLINGS_FIELD = "DWELLINGS_FIELD"
HOUSING_GRID = "HOUSING_GRID"
COMMUNES = "COMMUNES"
COMMUNE_CODE_FIELD = "COMMUNE_CODE_FIELD"
COMMUNE_NAME_FIELD = "COMMUNE_NAME_FIELD"
BARRIERS = "BARRIERS"
LINK_DISTANCE = "LINK_DISTANCE"
MIN_POINTS = "MIN_POINTS"
MIN_ACTIVITIES = "MIN_ACTIVITIES"
MIN_COMMERCE = "MIN_COMMERCE"
MIN_SERVICES = "MIN_SERVICES"
MIN_EQUIPMENT = "MIN_EQUIPMENT"
MIN_DWELLINGS = "MIN_DWELLINGS"
CLOSING = "CLOSING"
HOLE_MAX = "HOLE_MAX"
LEVEL_THRESHOLDS = "LEVEL_THRESHOLDS"
BIG_BOX_SHARE = "BIG_BOX_SHARE"
ROBUSTNESS = "ROBUSTNESS"
AGREED = "AGREED"
OUTPUT = "OUTPUT"
OUTPUT_POINTS = "OUTPUT_POINTS"
OUTPUT_REJECTED = "OUTPUT_REJECTED"
OUTPUT_COMPARISON = "OUTPUT_COMPARISON"
OUTPUT_JSON = "OUTPUT_JSON"

DEFAULT_THRESHOLDS = "12;29;69"


def _help(
    parameter: QgsProcessingParameterDefinition, text: str
) -> QgsProcessingParameterDefinition:
    parameter.setHelp(text)
    return parameter


def _advanced(parameter: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return parameter


def _number(
    key: str,
    label: str,
    default: float,
    help_text: str,
    *,
    double: bool = False,
    minimum: float = 0,
    maximum: float | None = None,
    advanced: bool = False,
) -> QgsProcessingParameterNumber:
    kind = QgsProcessingParameterNumber.Type
    extra = {} if maximum is None else {"maxValue": maximum}
    param = QgsProcessingParameterNumber(
        key, label, kind.Double if double else kind.Integer, default, minValue=minimum, **extra
    )
    param.setHelp(help_text)
    return _advanced(param) if advanced else param


class CentraParameters:
    """Builders of the rule and output parameters; also the translation context of their texts."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("CentraParameters", text)

    @staticmethod
    def inputs() -> list[QgsProcessingParameterDefinition]:
        """Activity points and their fields, dwellings (points or grid), communes, barriers."""
        P = QgsProcessing.SourceType  # noqa: N806
        Field = QgsProcessingParameterField  # noqa: N806
        Source = QgsProcessingParameterFeatureSource  # noqa: N806
        formats = [
            CentraParameters.tr("BPE (INSEE)"),
            CentraParameters.tr("SIRENE (geolocated)"),
            CentraParameters.tr("Any point layer with a function field"),
        ]
        fields = [
            _help(Field(key, label, parentLayerParameterName=ACTIVITIES, optional=True), help_text)
            for key, label, help_text in (
                (
                    FUNCTION_FIELD,
                    CentraParameters.tr("Function field"),
                    CentraParameters.tr("C, S, E (or commerce, service, équipement); X excluded."),
                ),
                (
                    TYPE_FIELD,
                    CentraParameters.tr("Type field"),
                    CentraParameters.tr("Equipment type, for the level."),
                ),
                (
                    ID_FIELD,
                    CentraParameters.tr("Identifier field"),
                    CentraParameters.tr("Stable identifier of a point."),
                ),
            )
        ]
        commune_fields = [
            Field(
                key, label, defaultValue=default, parentLayerParameterName=COMMUNES, optional=True
            )
            for key, label, default in (
                (COMMUNE_CODE_FIELD, CentraParameters.tr("Commune code field"), "insee"),
                (COMMUNE_NAME_FIELD, CentraParameters.tr("Commune name field"), "nom"),
            )
        ]
        dwellings = Field(
            DWELLINGS_FIELD,
            CentraParameters.tr("Dwellings field"),
            defaultValue="logements",
            parentLayerParameterName=HOUSING,
            type=Field.DataType.Numeric,
            optional=True,
        )
        return [
            _help(
                Source(ACTIVITIES, CentraParameters.tr("Activity points"), [P.TypeVectorPoint]),
                CentraParameters.tr(
                    "BPE equipment, SIRENE establishments or any point layer with a function."
                ),
            ),
            _help(
                QgsProcessingParameterEnum(
                    INPUT_FORMAT,
                    CentraParameters.tr("Format of the activity points"),
                    options=formats,
                    defaultValue=0,
                ),
                CentraParameters.tr(
                    "BPE: TYPEQU codes; SIRENE: NAF codes; both mapped to functions with the "
                    "versioned tables shipped with the plugin."
                ),
            ),
            *fields,
            _help(
                QgsProcessingParameterBoolean(
                    SKIP_UNKNOWN, CentraParameters.tr("Skip unknown codes"), False
                ),
                CentraParameters.tr("Otherwise unknown codes stop the run and are listed."),
            ),
            _help(
                Source(
                    HOUSING,
                    CentraParameters.tr("Dwelling points"),
                    [P.TypeVectorPoint],
                    optional=True,
                ),
                CentraParameters.tr("Points with a number of dwellings (e.g. Fichiers fonciers)."),
            ),
            _help(dwellings, CentraParameters.tr("Number of dwellings of each point.")),
            _help(
                QgsProcessingParameterRasterLayer(
                    HOUSING_GRID, CentraParameters.tr("Dwellings grid"), optional=True
                ),
                CentraParameters.tr(
                    "Raster of dwellings per cell, area-weighted (instead of dwelling points)."
                ),
            ),
            _help(
                Source(
                    COMMUNES,
                    CentraParameters.tr("Communes"),
                    [P.TypeVectorPolygon],
                    optional=True,
                ),
                CentraParameters.tr("Perimeters are split by commune."),
            ),
            *commune_fields,
            _help(
                QgsProcessingParameterMultipleLayers(
                    BARRIERS,
                    CentraParameters.tr("Barriers"),
                    P.TypeVectorAnyGeometry,
                    optional=True,
                ),
                CentraParameters.tr(
                    "Railways, motorways, wide rivers: links crossing a line are cut; polygons "
                    "also cut links and are removed from the perimeters."
                ),
            ),
        ]

    @staticmethod
    def rules() -> list[QgsProcessingParameterDefinition]:
        """The CENTRA-1 parameters (CENTRALITIES.md §3.3), with CentraParams' defaults."""
        d = CentraParams()
        counted = CentraParameters.tr("Counted inside the perimeter.")
        thresholds = QgsProcessingParameterString(
            LEVEL_THRESHOLDS,
            CentraParameters.tr("Level thresholds (equipment types)"),
            DEFAULT_THRESHOLDS,
        )
        thresholds.setHelp(CentraParameters.tr("Proximity; intermediate; structuring."))
        big_box = _number(
            BIG_BOX_SHARE,
            CentraParameters.tr("Peripheral pole: share of big-box activities above"),
            d.big_box_share,
            CentraParameters.tr("Hypermarkets, supermarkets and other big-box formats."),
            double=True,
            maximum=1.0,
            advanced=True,
        )
        return [
            _number(
                LINK_DISTANCE,
                CentraParameters.tr("Link distance (m)"),
                d.link_distance,
                CentraParameters.tr("Activities at most this far apart are linked (100 m)."),
                double=True,
                minimum=1.0,
            ),
            _number(
                MIN_POINTS,
                CentraParameters.tr("Core points: minimum points within the link distance"),
                d.min_points,
                CentraParameters.tr("The point itself included (4: at least 3 neighbours)."),
                minimum=1,
            ),
            _number(
                MIN_ACTIVITIES,
                CentraParameters.tr("Minimum activities per centrality"),
                d.min_activities,
                CentraParameters.tr("Members of a cluster."),
                minimum=1,
            ),
            _number(
                MIN_COMMERCE,
                CentraParameters.tr("Minimum shops"),
                d.min_commerce,
                counted,
                advanced=True,
            ),
            _number(
                MIN_SERVICES,
                CentraParameters.tr("Minimum services"),
                d.min_services,
                counted,
                advanced=True,
            ),
            _number(
                MIN_EQUIPMENT,
                CentraParameters.tr("Minimum facilities"),
                d.min_equipment,
                counted,
                advanced=True,
            ),
            _number(
                MIN_DWELLINGS,
                CentraParameters.tr("Minimum dwellings"),
                d.min_dwellings,
                counted,
                advanced=True,
            ),
            _number(
                CLOSING,
                CentraParameters.tr("Closing distance (m)"),
                d.closing,
                CentraParameters.tr("The envelope is buffered by +c then −c to remove notches."),
                double=True,
                advanced=True,
            ),
            _number(
                HOLE_MAX,
                CentraParameters.tr("Holes filled below (m²)"),
                d.hole_max,
                CentraParameters.tr("Courtyards are filled, parks are kept."),
                double=True,
                advanced=True,
            ),
            _advanced(thresholds),
            big_box,
        ]

    @staticmethod
    def read_rules(
        alg: QgsProcessingAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> CentraParams:
        """The CENTRA-1 parameters of a run, validated (AulaError when out of range)."""
        thresholds = parse_thresholds(
            alg.parameterAsString(parameters, LEVEL_THRESHOLDS, context) or DEFAULT_THRESHOLDS
        )
        params = CentraParams(
            link_distance=alg.parameterAsDouble(parameters, LINK_DISTANCE, context),
            min_points=alg.parameterAsInt(parameters, MIN_POINTS, context),
            min_activities=alg.parameterAsInt(parameters, MIN_ACTIVITIES, context),
            min_commerce=alg.parameterAsInt(parameters, MIN_COMMERCE, context),
            min_services=alg.parameterAsInt(parameters, MIN_SERVICES, context),
            min_equipment=alg.parameterAsInt(parameters, MIN_EQUIPMENT, context),
            min_dwellings=alg.parameterAsInt(parameters, MIN_DWELLINGS, context),
            closing=alg.parameterAsDouble(parameters, CLOSING, context),
            hole_max=alg.parameterAsDouble(parameters, HOLE_MAX, context),
            level_thresholds=thresholds,
            big_box_share=alg.parameterAsDouble(parameters, BIG_BOX_SHARE, context),
        )
        params.validate()
        return params

    @staticmethod
    def options() -> list[QgsProcessingParameterDefinition]:
        """The robustness runs and the agreed perimeters to compare with."""
        robustness = QgsProcessingParameterBoolean(
            ROBUSTNESS,
            CentraParameters.tr("Robustness (9 runs with neighbouring parameters)"),
            True,
        )
        agreed = QgsProcessingParameterFeatureSource(
            AGREED,
            CentraParameters.tr("Agreed perimeters"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        return [
            _help(
                robustness,
                CentraParameters.tr("Stable if the perimeter is found again in 7 of the 9 runs."),
            ),
            _help(
                agreed,
                CentraParameters.tr("Perimeters agreed with elected officials (read only)."),
            ),
        ]

    @staticmethod
    def outputs() -> list[QgsProcessingParameterDefinition]:
        """The perimeters, the points with their role, the rejected candidates, the comparison
        with the agreed perimeters and the JSON sidecar."""
        sink = QgsProcessingParameterFeatureSink
        kind = QgsProcessing.SourceType
        json_out = QgsProcessingParameterFileDestination(
            OUTPUT_JSON,
            CentraParameters.tr("Parameters and checksums (JSON)"),
            CentraParameters.tr("JSON files (*.json)"),
            optional=True,
            createByDefault=False,
        )
        json_out.setHelp(
            CentraParameters.tr("Default: beside the centralities file, same name with .json.")
        )
        return [
            sink(OUTPUT, CentraParameters.tr("Centralities"), kind.TypeVectorPolygon),
            sink(
                OUTPUT_POINTS,
                CentraParameters.tr("Activity points with their role"),
                kind.TypeVectorPoint,
                optional=True,
            ),
            sink(
                OUTPUT_REJECTED,
                CentraParameters.tr("Rejected candidates"),
                kind.TypeVectorPolygon,
                optional=True,
            ),
            sink(
                OUTPUT_COMPARISON,
                CentraParameters.tr("Comparison with the agreed perimeters"),
                kind.TypeVector,
                optional=True,
                createByDefault=False,
            ),
            json_out,
        ]
