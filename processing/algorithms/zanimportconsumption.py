"""aula:zanimportconsumption: import the Cerema NAF consumption file into a working GeoPackage."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import layer_roles as roles
from ...core.zan.cerema import Note
from ...core.zan.model import (
    TABLE_ANOMALIES,
    TABLE_CEREMA_COMMUNES,
    TABLE_CONSUMPTION,
    TABLE_IMPORTS,
)
from ...gis.fields import field_name
from ...gis.territory import writable_gpkg
from ...gis.zan_cerema_io import CeremaImport, import_cerema
from ...gis.zan_consumption_io import commune_codes
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..zan_parameters import ZanParameters


class ZanImportConsumption(AulaAlgorithm):
    INPUT = "INPUT"
    LAYER_NAME = "LAYER_NAME"
    COG_YEAR = "COG_YEAR"
    SOURCE_COG = "SOURCE_COG"
    COMMUNES = "COMMUNES"
    COMMUNE_FIELD = "COMMUNE_FIELD"
    ONLY_LISTED = "ONLY_LISTED"
    ALLOW_INCOMPLETE = "ALLOW_INCOMPLETE"
    GPKG = "GPKG"
    OUTPUT = "OUTPUT"
    RELEASE = "RELEASE"
    LAST_YEAR = "LAST_YEAR"
    ROWS = "ROWS"
    COMMUNE_COUNT = "COMMUNE_COUNT"
    ANOMALIES = "ANOMALIES"

    group_key = "zan"
    LAYER_ROLES = {COMMUNES: roles.COMMUNES, GPKG: roles.WORKING_COPY}

    def name(self) -> str:
        return "zanimportconsumption"

    def displayName(self) -> str:
        return self.tr("Import the Cerema NAF consumption file")

    def tags(self) -> list[str]:
        return self.tr(
            "zan,cerema,consommation,naf,enaf,import,fichiers fonciers,consumption,land take"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        source = QgsProcessingParameterFile(
            self.INPUT,
            self.tr("Cerema consumption file (CSV, shapefile, zip, GeoPackage)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
        )
        source.setHelp(
            self.tr(
                "The file as downloaded from Cerema (CSV with ; or ,, shapefile, zipped "
                "shapefile) or a GeoPackage table written as path.gpkg|layername=name."
            )
        )
        self.addParameter(source)

        layer_name = QgsProcessingParameterString(
            self.LAYER_NAME, self.tr("Layer or table name (multi-layer files)"), optional=True
        )
        layer_name.setHelp(
            self.tr("For a GeoPackage or a zip with several layers: the layer to read.")
        )
        self.addParameter(layer_name)

        cog = QgsProcessingParameterNumber(
            self.COG_YEAR,
            self.tr("Target COG year (commune geography)"),
            QgsProcessingParameterNumber.Type.Integer,
            2024,
            minValue=2009,
            maxValue=2100,
        )
        cog.setHelp(
            self.tr(
                "Year of the Code officiel géographique the communes must follow: the COG "
                "corrections dated after the file's own COG and up to this year are applied."
            )
        )
        self.addParameter(cog)

        source_cog = QgsProcessingParameterNumber(
            self.SOURCE_COG,
            self.tr("COG year of the file (0: from its EPCI column)"),
            QgsProcessingParameterNumber.Type.Integer,
            0,
            minValue=0,
            maxValue=2100,
        )
        source_cog.setHelp(
            self.tr(
                "The commune geography of the file. 0: the year of its epci{NN} column "
                "(epci24 → 2024), else the end year of the release."
            )
        )
        source_cog.setFlags(source_cog.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(source_cog)

        self.addParameter(
            ZanParameters.communes(
                self.tr(
                    "Communes at the target COG year. Codes of the file absent from this layer "
                    "stop the import (listed), unless only its communes are kept."
                ),
                self.tr("Commune layer to check the codes (optional)"),
                optional=True,
            )
        )
        self.addParameter(
            ZanParameters.insee_field(
                self.tr("Field holding the commune codes (default insee)."),
                self.tr("INSEE code field of the commune layer"),
                name=self.COMMUNE_FIELD,
            )
        )

        only = QgsProcessingParameterBoolean(
            self.ONLY_LISTED, self.tr("Keep only the communes of the commune layer"), False
        )
        only.setHelp(
            self.tr(
                "Import only the communes of the commune layer (e.g. the 319 communes of the "
                "territory from the national file). Communes of the layer missing from the "
                "file stop the import."
            )
        )
        self.addParameter(only)

        incomplete = QgsProcessingParameterBoolean(
            self.ALLOW_INCOMPLETE,
            self.tr("Accept a release without the whole 2011-2020 decade"),
            False,
        )
        incomplete.setHelp(
            self.tr(
                "The 2009-2020 release stops at naf19art20 and cannot give the reference "
                "consumption 2011-2020. Tick to import it anyway (with a warning)."
            )
        )
        incomplete.setFlags(incomplete.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(incomplete)

        gpkg = QgsProcessingParameterFile(
            self.GPKG,
            self.tr("Working GeoPackage (written)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            extension="gpkg",
        )
        gpkg.setHelp(
            self.tr(
                "An existing GeoPackage you can write to, e.g. your working copy of the "
                "territory GeoPackage (made when you open the territory project). Never the "
                "plugin's own template."
            )
        )
        self.addParameter(gpkg)

        self.addOutput(
            QgsProcessingOutputVectorLayer(
                self.OUTPUT, self.tr("Consumption table"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputString(self.RELEASE, self.tr("Release")))
        self.addOutput(QgsProcessingOutputNumber(self.LAST_YEAR, self.tr("Last year")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Rows written")))
        self.addOutput(QgsProcessingOutputNumber(self.COMMUNE_COUNT, self.tr("Communes")))
        self.addOutput(QgsProcessingOutputNumber(self.ANOMALIES, self.tr("Anomalies")))

    def tables_to_open(self, results: dict[str, Any]) -> list[tuple[str, str]]:
        """What the import wrote, added to the project by a run from the dialog (the long table
        first, for aula:zantrajectory and the other ZAN dialogs)."""
        output = str(results.get(self.OUTPUT) or "")
        if not output:
            return []
        gpkg = output.split("|")[0]
        tables = (TABLE_CONSUMPTION, TABLE_IMPORTS, TABLE_ANOMALIES, TABLE_CEREMA_COMMUNES)
        return [(gpkg, table) for table in tables]

    @staticmethod
    def cancelled_message() -> str:
        # an import writes all or nothing: it says so, as it always has
        return QCoreApplication.translate(
            "ZanImportConsumption", "Cancelled by the user: nothing was written"
        )

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[CeremaImport, QgsProcessingFeatureSource | None]:
        uri = self.parameterAsString(parameters, self.INPUT, context).strip()
        if not uri:
            raise QgsProcessingException(self.tr("No Cerema file given"))
        layer_name = self.parameterAsString(parameters, self.LAYER_NAME, context).strip() or None
        gpkg_text = self.parameterAsString(parameters, self.GPKG, context).strip()
        if not gpkg_text:
            raise QgsProcessingException(self.tr("No working GeoPackage given"))
        request = CeremaImport(
            uri=uri,
            layer_name=layer_name,
            gpkg=writable_gpkg(gpkg_text),
            cog_target=self.parameterAsInt(parameters, self.COG_YEAR, context),
            cog_source=self.parameterAsInt(parameters, self.SOURCE_COG, context),
            allow_incomplete=self.parameterAsBoolean(parameters, self.ALLOW_INCOMPLETE, context),
            only_listed=self.parameterAsBoolean(parameters, self.ONLY_LISTED, context),
        )
        communes = None
        if parameters.get(self.COMMUNES):
            communes = self.parameterAsSource(parameters, self.COMMUNES, context)
            if communes is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.COMMUNES))
            name = self.parameterAsString(parameters, self.COMMUNE_FIELD, context).strip()
            request.commune_layer = communes.sourceName()
            request.commune_field = field_name(
                communes.fields(), communes.sourceName(), name or "insee"
            )
        elif request.only_listed:
            raise QgsProcessingException(
                self.tr("Keeping only the communes of the commune layer needs a commune layer")
            )
        return request, communes

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        request, communes = self._prepare(parameters, context)

        def listed() -> set[str]:
            return commune_codes(communes, request.commune_field, feedback)

        def notify(note: Note) -> None:
            push = feedback.pushWarning if note.warning else feedback.pushInfo
            push(note.message(tr_aula))

        done = import_cerema(
            request,
            listed if communes is not None else None,
            notify=notify,
            progress=feedback.setProgress,
            is_canceled=feedback.isCanceled,
        )
        feedback.pushInfo(
            self.tr(
                "{gpkg}: {rows} row(s) written for {communes} commune(s), release {release}, "
                "last year {last}"
            ).format(
                gpkg=request.gpkg.name,
                rows=done.rows,
                communes=done.communes,
                release=done.release,
                last=done.last_year,
            )
        )
        table = "{}|layername={}".format(request.gpkg, TABLE_CONSUMPTION)
        return {
            self.OUTPUT: table,
            self.RELEASE: done.release,
            self.LAST_YEAR: done.last_year,
            self.ROWS: done.rows,
            self.COMMUNE_COUNT: done.communes,
            self.ANOMALIES: done.anomalies,
        }
