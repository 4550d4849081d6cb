"""aula:publishpostgis: the territory package published to a PostgreSQL/PostGIS schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ...core.gpkg_store import check_geopackage
from ...gis.feedback import step_progress
from ...gis.postgis import PROVIDER, connection_info
from ...maintenance.postgis import check_schema_name, package_tables, publish_package
from ..base import AulaAlgorithm

#: the counts table's fields: (name, kind); the names are stable (scripts read them)
FIELDS = (("table", "text"), ("kind", "text"), ("rows", "int"))


class PublishPostgis(AulaAlgorithm):
    INPUT = "INPUT"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    REPLACE = "REPLACE"
    OUTPUT = "OUTPUT"
    TABLES = "TABLES"
    ROWS = "ROWS"
    PUBLISHED_SCHEMA = "PUBLISHED_SCHEMA"

    group_key = "package"

    def name(self) -> str:
        return "publishpostgis"

    def displayName(self) -> str:
        return self.tr("Publish the package to PostGIS")

    def tags(self) -> list[str]:
        return self.tr(
            "postgis,postgresql,publish,publier,database,base de données,schema,schéma,"
            "team,équipe,server,serveur,paquet,package"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_package_parameter(
            self.INPUT,
            self.tr("GeoPackage to publish"),
            self.tr("By default your working copy of the territory GeoPackage; it is only read."),
        )
        connection = QgsProcessingParameterProviderConnection(
            self.CONNECTION, self.tr("PostgreSQL connection"), PROVIDER
        )
        connection.setHelp(
            self.tr(
                "A connection saved in QGIS (Browser › PostgreSQL); its database needs the "
                "PostGIS extension."
            )
        )
        self.addParameter(connection)
        # a string, not QgsProcessingParameterDatabaseSchema: in QGIS 3.22 its widget only lists
        # the schemas that exist (not editable), so a first publication could name none
        schema = QgsProcessingParameterString(self.SCHEMA, self.tr("Schema"), defaultValue="aula")
        schema.setHelp(
            self.tr(
                "A new schema name (lowercase letters, digits, _) is created; a schema that "
                "already holds an AULA package is replaced as a whole; a schema of other data is "
                "never replaced."
            )
        )
        self.addParameter(schema)
        replace = QgsProcessingParameterBoolean(
            self.REPLACE, self.tr("Replace an earlier publication"), defaultValue=True
        )
        self.addParameter(replace)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Published tables"), QgsProcessing.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.TABLES, self.tr("Tables published")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Rows published")))
        self.addOutput(QgsProcessingOutputString(self.PUBLISHED_SCHEMA, self.tr("Schema")))

    def _prepare(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[Path, str, str]:
        """(GeoPackage, libpq connection string, schema), refused early when wrong."""
        path = Path(self.parameterAsFile(parameters, self.INPUT, context).strip())
        check_geopackage(path)
        name = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        conninfo = connection_info(name)
        schema = check_schema_name(self.parameterAsString(parameters, self.SCHEMA, context).strip())
        return path, conninfo, schema

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        path, conninfo, schema = self._prepare(parameters, context)
        replace = self.parameterAsBoolean(parameters, self.REPLACE, context)

        progress = step_progress(feedback, show_steps=True)

        kinds = {table.name: table.data_type for table in package_tables(path)}
        report = publish_package(path, conninfo, schema, replace=replace, progress=progress)
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, FIELDS)
        for table, rows in report.rows.items():
            feature = QgsFeature()
            feature.setAttributes([table, kinds.get(table, ""), rows])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            feedback.pushInfo(f"{schema}.{table}: {rows}")
        summary = self.tr(
            "{path} published as the schema {schema} of {database} (PostGIS {version}): "
            "{tables} tables, {rows} rows"
        )
        feedback.pushInfo(
            summary.format(
                path=path,
                schema=schema,
                database=report.database,
                version=report.postgis_version,
                tables=report.layers,
                rows=report.total_rows,
            )
        )
        return {
            self.OUTPUT: dest_id,
            self.TABLES: report.layers,
            self.ROWS: report.total_rows,
            self.PUBLISHED_SCHEMA: schema,
        }
