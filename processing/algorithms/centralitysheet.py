"""aula:centralitysheet: one explanation sheet per centrality perimeter, as a PDF (QGIS layout)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from ...core import layer_roles as roles
from ...core.centralities.sheet import load_type_labels
from ...gis.centralities_sheet import SheetLayers, render_sheets
from ...gis.centralities_sheet_content import (
    POINT_FIELDS,
    SheetInputs,
    background_clones,
    commune_outlines,
    grown_extent,
    perimeters_layer,
    points_layer,
    sheet_page,
)
from ...gis.postgis import is_postgis
from ...gis.provenance import sidecar_json
from ...gis.values import key_text
from ...toolbelt.paths import RESOURCES_DIR
from ..base import AulaAlgorithm

REQUIRED_FIELDS = (
    "id",
    "insee_com",
    "nom_com",
    "type",
    "niveau",
    "n_act",
    "n_com",
    "n_srv",
    "n_equ",
    "n_log",
    "n_types",
    "types",
    "rules_passed",
    "robust",
    "robust_share",
    "params_hash",
    "data_vintages",
)
WORK_CRS = "EPSG:2154"


class CentralitySheet(AulaAlgorithm):
    CENTRALITIES = "CENTRALITIES"
    POINTS = "POINTS"
    IDS = "IDS"
    SELECTED_ONLY = "SELECTED_ONLY"
    BACKGROUND = "BACKGROUND"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    group_key = "centralities"
    LAYER_ROLES = {
        CENTRALITIES: roles.CENTRALITIES,
        POINTS: roles.CENTRALITY_POINTS,
        BACKGROUND: roles.COMMUNES,
    }

    def name(self) -> str:
        return "centralitysheet"

    def displayName(self) -> str:
        return self.tr("Centrality explanation sheets")

    def tags(self) -> list[str]:
        return self.tr("centrality,centralité,fiche,sheet,PDF,layout,élus,CENTRA-1").split(",")

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        # The layout, its throw-away project and the map layers it draws are created, rendered
        # and deleted by this algorithm: keep them all in the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        centralities = QgsProcessingParameterVectorLayer(
            self.CENTRALITIES,
            self.tr("Centralities (perimeters)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        centralities.setHelp(
            self.tr("The centralites layer written by aula:centralities (same fields).")
        )
        self.addParameter(centralities)
        points = QgsProcessingParameterVectorLayer(
            self.POINTS,
            self.tr("Activity points (optional)"),
            [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True,
        )
        points.setHelp(
            self.tr("The centralites_points layer (fields function and role), drawn on the maps.")
        )
        self.addParameter(points)
        ids = QgsProcessingParameterString(
            self.IDS, self.tr("Perimeter ids (optional, comma-separated)"), optional=True
        )
        ids.setHelp(self.tr("Values of the id field; empty: every perimeter."))
        self.addParameter(ids)
        selected = QgsProcessingParameterBoolean(
            self.SELECTED_ONLY, self.tr("Selected perimeters only"), defaultValue=False
        )
        selected.setHelp(self.tr("Only the perimeters selected in the layer."))
        self.addParameter(selected)
        background = QgsProcessingParameterMultipleLayers(
            self.BACKGROUND,
            self.tr("Background layers (optional)"),
            QgsProcessing.SourceType.TypeMapLayer,
            optional=True,
        )
        background.setHelp(
            self.tr(
                "Drawn under the perimeters, e.g. the communes; a polygon layer with an INSEE "
                "code field (insee, insee_com…) also gives the commune boundary."
            )
        )
        self.addParameter(background)
        output = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Explanation sheets (PDF)"), self.tr("PDF files (*.pdf)")
        )
        output.setHelp(self.tr("One A4 portrait page per perimeter."))
        self.addParameter(output)
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))

    # -- Validation -----------------------------------------------------------------------------

    def _missing(self, layer: QgsVectorLayer, names: tuple[str, ...], label: str) -> None:
        fields = layer.fields()
        missing = [n for n in names if fields.lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(
                self.tr("{layer}: missing field(s) {fields} (expected: {expected})").format(
                    layer=label, fields=", ".join(missing), expected=", ".join(names)
                )
            )

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> SheetInputs:
        layer = self.parameterAsVectorLayer(parameters, self.CENTRALITIES, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CENTRALITIES))
        name = layer.name()
        self._missing(layer, REQUIRED_FIELDS, name)
        fields = layer.fields()
        if self.parameterAsBoolean(parameters, self.SELECTED_ONLY, context):
            if layer.selectedFeatureCount() == 0:
                raise QgsProcessingException(
                    self.tr("{layer}: no perimeter is selected").format(layer=name)
                )
            request = QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds())
        else:
            request = QgsFeatureRequest()
        features = list(layer.getFeatures(request))
        ids = self.parameterAsString(parameters, self.IDS, context).split(",")
        wanted = [i.strip() for i in ids if i.strip()]
        if wanted:
            by_id = {key_text(f.attribute(fields.lookupField("id"))): f for f in features}
            unknown = [i for i in wanted if i not in by_id]
            if unknown:
                raise QgsProcessingException(
                    self.tr("{layer}: unknown perimeter id(s) {ids}").format(
                        layer=name, ids=", ".join(unknown)
                    )
                )
            features = [by_id[i] for i in dict.fromkeys(wanted)]
        else:  # by commune name, then INSEE code, then id
            order = [fields.lookupField(n) for n in ("nom_com", "insee_com", "id")]
            features.sort(key=lambda f: [key_text(f.attribute(i)) for i in order])
        drawable = [f for f in features if f.hasGeometry() and not f.geometry().isEmpty()]
        if not drawable:
            raise QgsProcessingException(
                self.tr("{layer}: no perimeter to describe").format(layer=name)
            )
        inputs = SheetInputs(layer=layer, name=name, features=drawable, crs=layer.crs())
        id_index = fields.lookupField("id")
        inputs.without_geometry = [
            key_text(f.attribute(id_index)) or f"fid {f.id()}"
            for f in features
            if not (f.hasGeometry() and not f.geometry().isEmpty())
        ]
        if layer.crs().isGeographic():  # metres for the extents, areas and scale bars
            inputs.crs = QgsCoordinateReferenceSystem(WORK_CRS)
            inputs.to_crs = QgsCoordinateTransform(
                layer.crs(), inputs.crs, context.transformContext()
            )
        points = self.parameterAsVectorLayer(parameters, self.POINTS, context)
        if points is not None:
            self._missing(points, POINT_FIELDS, points.name())
            inputs.points = points
        inputs.background = [
            lyr
            for lyr in self.parameterAsLayerList(parameters, self.BACKGROUND, context)
            if lyr is not None and lyr.isValid()
        ]
        inputs.sidecar = sidecar_json(layer)
        return inputs

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        crs = inputs.crs
        if crs != inputs.layer.crs():
            feedback.pushInfo(
                self.tr("{layer}: geographic coordinates, the maps are drawn in {crs}").format(
                    layer=inputs.name, crs=crs.authid()
                )
            )
        if not inputs.sidecar and is_postgis(inputs.layer):  # never silent: no run date shown
            feedback.pushInfo(
                self.tr(
                    "{layer} is a PostGIS layer: the run's parameters and date, written beside a "
                    "GeoPackage output (JSON file), are not available; the sheet shows the "
                    "perimeters' own fields only"
                ).format(layer=inputs.name)
            )
        if inputs.without_geometry:  # never silent: the sheet count would not add up
            ids = inputs.without_geometry
            feedback.pushWarning(
                self.tr(
                    "{layer}: {count} perimeter(s) without geometry have no sheet: {ids}"
                ).format(
                    layer=inputs.name,
                    count=len(ids),
                    ids=", ".join(ids[:20]) + (" …" if len(ids) > 20 else ""),
                )
            )
        locale = QLocale(QgsApplication.locale() or "en")
        labels = load_type_labels(RESOURCES_DIR / "centralities")
        if not labels:
            feedback.pushInfo(
                self.tr("No mapping table found in resources/centralities: types shown as codes")
            )
        today = locale.toString(dt.date.today(), QLocale.ShortFormat)
        transforms = context.transformContext()
        try:
            pages = []
            for n, feature in enumerate(inputs.features):
                self.check_cancelled(feedback)
                pages.append(sheet_page(inputs, feature, n, labels, locale, today))
            feedback.setProgress(10)
            extents = [grown_extent(p.geometry.boundingBox()) for p in pages]
            insee = {p.insee for p in pages if p.insee}
            layers = SheetLayers(
                crs=crs,
                perimeters=perimeters_layer(inputs, feedback),
                points=points_layer(inputs.points, crs, extents, transforms, feedback),
                background=background_clones(inputs.background),
                communes=commune_outlines(inputs.background, insee, crs, transforms, feedback),
                perimeter_label=self.tr("Perimeter"),
                commune_label=self.tr("Commune boundary"),
            )
            feedback.setProgress(25)
            count = render_sheets(
                pages,
                layers,
                output,
                progress=lambda f: feedback.setProgress(25 + 50 * f),
                is_canceled=feedback.isCanceled,
            )
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("The PDF could not be written to {path}: {error}").format(
                    path=str(output), error=str(exc)
                )
            ) from exc
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{count} sheet(s) written to {path}").format(count=count, path=str(output))
        )
        return {self.OUTPUT: str(output), self.PAGES: count}
