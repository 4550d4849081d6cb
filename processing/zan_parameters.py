"""Parameters shared by the ZAN algorithms that read the long consumption table."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core.compat import zip_strict

RELEASE = "RELEASE"
CONSUMPTION = "CONSUMPTION"
COMMUNES = "COMMUNES"
COMMUNE_FIELD = "COMMUNE_FIELD"
GROUP_FIELD = "GROUP_FIELD"
INSEE_FIELD = "INSEE_FIELD"
#: OCS GE millésime layer(s)
OCSGE = "OCSGE"


class ZanParameters:
    """Builders of shared parameters; also the translation context of their texts."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ZanParameters", text)

    @classmethod
    def release(cls) -> QgsProcessingParameterString:
        """Which Cerema release of the long table to read (core.zan.model.choose_release)."""
        label = ZanParameters.tr("Cerema release (if the table holds several)")
        parameter = QgsProcessingParameterString(RELEASE, label, optional=True)
        parameter.setHelp(
            ZanParameters.tr(
                "Release label such as 2009-2024. Empty: the most recent release of the table, "
                "with a warning when it holds several."
            )
        )
        parameter.setFlags(parameter.flags() | QgsProcessingParameterString.Flag.FlagAdvanced)
        return parameter

    # The families below keep each algorithm's own label and help (passed translated by the
    # algorithm) and share the kind, default and parent of the parameter.

    @staticmethod
    def consumption_table(
        label: str, help_text: str, name: str = CONSUMPTION
    ) -> QgsProcessingParameterFeatureSource:
        """The long consumption table zan_consommation written by aula:zanimportconsumption."""
        parameter = QgsProcessingParameterFeatureSource(
            name, label, [QgsProcessing.SourceType.TypeVector]
        )
        parameter.setHelp(help_text)
        return parameter

    @staticmethod
    def commune_layer(
        label: str, help_text: str, name: str = COMMUNES, optional: bool = False
    ) -> QgsProcessingParameterFeatureSource:
        """A layer or table with one feature per commune (code, group, area...)."""
        parameter = QgsProcessingParameterFeatureSource(
            name, label, [QgsProcessing.SourceType.TypeVector], optional=optional
        )
        parameter.setHelp(help_text)
        return parameter

    @staticmethod
    def commune_field(
        label: str, help_text: str, name: str = COMMUNE_FIELD, parent: str = COMMUNES
    ) -> QgsProcessingParameterField:
        """The INSEE code field of the commune layer (default insee)."""
        parameter = QgsProcessingParameterField(
            name,
            label,
            defaultValue="insee",
            parentLayerParameterName=parent,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        parameter.setHelp(help_text)
        return parameter

    @staticmethod
    def territory_field(
        label: str,
        help_text: str,
        default: str | None = None,
        name: str = GROUP_FIELD,
        parent: str = COMMUNES,
    ) -> QgsProcessingParameterField:
        """The field grouping communes into territories (EPCI, SCoT...); empty: per commune."""
        parameter = QgsProcessingParameterField(
            name,
            label,
            defaultValue=default,
            parentLayerParameterName=parent,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        parameter.setHelp(help_text)
        return parameter

    # -- communes and territories (polygons overlaid by aula:zanartificialisation, zanprojects) --

    @classmethod
    def commune_polygons(cls) -> QgsProcessingParameterFeatureSource:
        """The commune polygons (COMMUNES)."""
        parameter = QgsProcessingParameterFeatureSource(
            COMMUNES,
            ZanParameters.tr("Communes"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        parameter.setHelp(ZanParameters.tr("Commune polygons with their INSEE code."))
        return parameter

    @classmethod
    def insee_field(cls, help_text: str) -> QgsProcessingParameterField:
        """The INSEE code field of COMMUNES (default insee); ``help_text`` says what it is for."""
        parameter = QgsProcessingParameterField(
            INSEE_FIELD, ZanParameters.tr("INSEE code field"), "insee", COMMUNES, optional=True
        )
        parameter.setHelp(help_text)
        return parameter

    # -- OCS GE millésimes ------------------------------------------------------------------------

    @classmethod
    def ocsge_millesimes(cls) -> QgsProcessingParameterMultipleLayers:
        """One or more OCS GE layers (OCSGE), e.g. one per département and millésime."""
        parameter = QgsProcessingParameterMultipleLayers(
            OCSGE,
            ZanParameters.tr("OCS GE layers (one or more millésimes)"),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        parameter.setHelp(
            ZanParameters.tr(
                "OCS GE v2 polygon layers (code_cs, code_us, millesime; artif for the IGN "
                "method), e.g. one per département and millésime."
            )
        )
        return parameter

    @classmethod
    def ocsge_millesime(cls) -> QgsProcessingParameterFeatureSource:
        """One optional OCS GE millésime (OCSGE) giving the already artificialised land."""
        parameter = QgsProcessingParameterFeatureSource(
            OCSGE,
            ZanParameters.tr("OCS GE millésime (already artificialised land)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            None,
            True,
        )
        parameter.setHelp(
            ZanParameters.tr("Its artificialised part is excluded from the projects.")
        )
        return parameter


# -- Builders added for zanreport and zantrajectory (names and types declared once; the texts that
# -- differ between algorithms are given by the caller, already translated in its own context).

RATES = "RATES"
#: deduction kinds (core.zan.territory_trajectories.DEDUCTION_KINDS) -> parameter name
DEDUCTIONS = {"pene": "PENE", "pv": "PV", "renaturation": "RENATURATION"}


def is_given(parameters: dict[str, Any], name: str) -> bool:
    """True when an optional parameter has a value (not absent, empty nor a NULL QVariant)."""
    value = parameters.get(name)
    return not (value is None or value == "" or (isinstance(value, QVariant) and value.isNull()))


class ZanSourceParameters:
    """Builders of the ZAN input parameters: consumption table, communes, rates, deductions."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ZanSourceParameters", text)

    @staticmethod
    def _with_help(parameter: QgsProcessingParameterDefinition, help_text: str, advanced: bool):
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(
                parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced
            )
        return parameter

    @classmethod
    def consumption(cls, help_text: str) -> QgsProcessingParameterFeatureSource:
        """The long consumption table zan_consommation (insee, annee, destination, surface_m2)."""
        label = ZanSourceParameters.tr("NAF consumption (long table zan_consommation)")
        parameter = QgsProcessingParameterFeatureSource(
            CONSUMPTION, label, [QgsProcessing.SourceType.TypeVector]
        )
        return cls._with_help(parameter, help_text, False)

    @classmethod
    def communes(cls, help_text: str) -> QgsProcessingParameterFeatureSource:
        """The commune layer (INSEE code and membership fields)."""
        parameter = QgsProcessingParameterFeatureSource(
            COMMUNES, ZanSourceParameters.tr("Communes"), [QgsProcessing.SourceType.TypeVector]
        )
        return cls._with_help(parameter, help_text, False)

    @classmethod
    def commune_field(
        cls, name: str, label: str, help_text: str, *, default: str | None = None,
        optional: bool = False, advanced: bool = False,
    ) -> QgsProcessingParameterField:  # fmt: skip
        """A field of the COMMUNES layer (any type)."""
        parameter = QgsProcessingParameterField(
            name,
            label,
            defaultValue=default,
            parentLayerParameterName=COMMUNES,
            type=QgsProcessingParameterField.DataType.Any,
            optional=optional,
        )
        return cls._with_help(parameter, help_text, advanced)

    @classmethod
    def rates(
        cls, label: str, help_text: str, *, file_filter: str = "", advanced: bool = False
    ) -> QgsProcessingParameterFile:
        """The optional rates table (core.zan.rates.load_rates; empty: the shipped table)."""
        parameter = QgsProcessingParameterFile(
            RATES,
            label,
            behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=file_filter,
            optional=True,
        )
        return cls._with_help(parameter, help_text, advanced)

    @classmethod
    def deductions(cls, help_text: str) -> list[QgsProcessingParameterFeatureSource]:
        """The optional deduction tables (insee, annee ≥ 2021, surface_m2), advanced."""
        labels = (
            ZanSourceParameters.tr("Deduction: projects of national or European scope (PENE)"),
            ZanSourceParameters.tr("Deduction: qualifying ground-mounted solar farms"),
            ZanSourceParameters.tr("Deduction: renaturation"),
        )
        parameters = []
        for name, label in zip_strict(DEDUCTIONS.values(), labels):
            parameter = QgsProcessingParameterFeatureSource(
                name, label, [QgsProcessing.SourceType.TypeVector], optional=True
            )
            parameters.append(cls._with_help(parameter, help_text, True))
        return parameters
