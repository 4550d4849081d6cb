"""Parameters shared by the ZAN algorithms, each family declared once.

The kind, name, default, parent and flags of a parameter live here; where the algorithms show a
different label or help for the same family, the caller passes its own text, already translated in
its own context.
"""

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
RATES = "RATES"
#: deduction kinds (core.zan.territory_trajectories.DEDUCTION_KINDS) -> parameter name
DEDUCTIONS = {"pene": "PENE", "pv": "PV", "renaturation": "RENATURATION"}


def is_given(parameters: dict[str, Any], name: str) -> bool:
    """True when an optional parameter has a value (not absent, empty nor a NULL QVariant)."""
    value = parameters.get(name)
    return not (value is None or value == "" or (isinstance(value, QVariant) and value.isNull()))


def _with_help(
    parameter: QgsProcessingParameterDefinition, help_text: str, advanced: bool = False
) -> QgsProcessingParameterDefinition:
    parameter.setHelp(help_text)
    if advanced:
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return parameter


class ZanParameters:
    """Builders of the shared ZAN parameters; also the translation context of their texts."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ZanParameters", text)

    # -- the long consumption table (aula:zanimportconsumption) --------------------------------

    @classmethod
    def release(cls) -> QgsProcessingParameterString:
        """Which Cerema release of the long table to read (core.zan.model.choose_release)."""
        label = ZanParameters.tr("Cerema release (if the table holds several)")
        parameter = QgsProcessingParameterString(RELEASE, label, optional=True)
        help_text = ZanParameters.tr(
            "Release label such as 2009-2024. Empty: the most recent release of the table, "
            "with a warning when it holds several."
        )
        return _with_help(parameter, help_text, advanced=True)

    @classmethod
    def consumption_table(
        cls, help_text: str, label: str | None = None
    ) -> QgsProcessingParameterFeatureSource:
        """The long consumption table zan_consommation (insee, annee, destination, surface_m2)."""
        if label is None:
            label = ZanParameters.tr("NAF consumption (long table zan_consommation)")
        parameter = QgsProcessingParameterFeatureSource(
            CONSUMPTION, label, [QgsProcessing.SourceType.TypeVector]
        )
        return _with_help(parameter, help_text)

    # -- communes and their fields -----------------------------------------------------------------

    @classmethod
    def communes(
        cls,
        help_text: str | None = None,
        label: str | None = None,
        *,
        polygons: bool = False,
        optional: bool = False,
    ) -> QgsProcessingParameterFeatureSource:
        """The commune layer (COMMUNES): a table, or polygons overlaid by the OCS GE algorithms."""
        if label is None:
            label = ZanParameters.tr("Communes")
        if help_text is None:
            help_text = ZanParameters.tr("Commune polygons with their INSEE code.")
        kind = (
            QgsProcessing.SourceType.TypeVectorPolygon
            if polygons
            else QgsProcessing.SourceType.TypeVector
        )
        parameter = QgsProcessingParameterFeatureSource(COMMUNES, label, [kind], optional=optional)
        return _with_help(parameter, help_text)

    @classmethod
    def commune_field(
        cls,
        name: str,
        label: str,
        help_text: str,
        *,
        default: str | None = None,
        optional: bool = True,
        advanced: bool = False,
    ) -> QgsProcessingParameterField:
        """A field of the COMMUNES layer (any type)."""
        parameter = QgsProcessingParameterField(
            name,
            label,
            defaultValue=default,
            parentLayerParameterName=COMMUNES,
            type=QgsProcessingParameterField.DataType.Any,
            optional=optional,
        )
        return _with_help(parameter, help_text, advanced)

    @classmethod
    def insee_field(
        cls, help_text: str, label: str | None = None, name: str = INSEE_FIELD
    ) -> QgsProcessingParameterField:
        """The INSEE code field of COMMUNES (default insee); ``help_text`` says what it is for."""
        if label is None:
            label = ZanParameters.tr("INSEE code field")
        return cls.commune_field(name, label, help_text, default="insee")

    @classmethod
    def territory_field(
        cls,
        label: str,
        help_text: str,
        *,
        name: str = GROUP_FIELD,
        default: str | None = None,
        optional: bool = True,
    ) -> QgsProcessingParameterField:
        """The field grouping communes into territories (EPCI, SCoT...); empty: per commune."""
        return cls.commune_field(name, label, help_text, default=default, optional=optional)

    # -- rates and deductions (aula:zantrajectory, aula:zanreport) -----------------------------

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
        return _with_help(parameter, help_text, advanced)

    @classmethod
    def deductions(cls, help_text: str) -> list[QgsProcessingParameterFeatureSource]:
        """The optional deduction tables (insee, annee ≥ 2021, surface_m2), advanced."""
        labels = (
            ZanParameters.tr("Deduction: projects of national or European scope (PENE)"),
            ZanParameters.tr("Deduction: qualifying ground-mounted solar farms"),
            ZanParameters.tr("Deduction: renaturation"),
        )
        parameters = []
        for name, label in zip_strict(DEDUCTIONS.values(), labels):
            parameter = QgsProcessingParameterFeatureSource(
                name, label, [QgsProcessing.SourceType.TypeVector], optional=True
            )
            parameters.append(_with_help(parameter, help_text, advanced=True))
        return parameters

    # -- OCS GE millésimes -----------------------------------------------------------------------

    @classmethod
    def ocsge_millesimes(cls) -> QgsProcessingParameterMultipleLayers:
        """One or more OCS GE layers (OCSGE), e.g. one per département and millésime."""
        parameter = QgsProcessingParameterMultipleLayers(
            OCSGE,
            ZanParameters.tr("OCS GE layers (one or more millésimes)"),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        help_text = ZanParameters.tr(
            "OCS GE v2 polygon layers (code_cs, code_us, millesime; artif for the IGN "
            "method), e.g. one per département and millésime."
        )
        return _with_help(parameter, help_text)

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
        help_text = ZanParameters.tr("Its artificialised part is excluded from the projects.")
        return _with_help(parameter, help_text)
