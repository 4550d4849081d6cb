"""aula:connectivitymetrics: PC, IIC, EC of a patch graph and dPC (intra, flux, connector)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...core.tvb.graph import alpha_from, connectivity
from ...gis.tvb_graph import (
    SUMMARY_FIELDS,
    PatchLayer,
    check_link_fields,
    metric_features,
    metric_fields,
    patch_layer,
    read_links,
    read_patches,
    summary_feature,
)
from ..base import AulaAlgorithm
from ..tvb_parameters import CAPACITY_FIELD, D0, ID_FIELD, P0, RESERVOIRS, TvbParameters


class ConnectivityMetrics(AulaAlgorithm):
    RESERVOIRS = RESERVOIRS
    ID_FIELD = ID_FIELD
    CAPACITY_FIELD = CAPACITY_FIELD
    LINKS = "LINKS"
    D0 = D0
    P0 = P0
    IIC_THRESHOLD = "IIC_THRESHOLD"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    group_key = "tvb"

    def name(self) -> str:
        return "connectivitymetrics"

    def displayName(self) -> str:
        return self.tr("Connectivity metrics (PC, IIC, dPC)")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,graph,connectivity,pc,iic,ec,dpc,graphab,conefor,graphe paysager,connectivité"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(
            TvbParameters.reservoirs(
                self.tr("Reservoirs (patches)"),
                self.tr("Habitat patches, for example the output of aula:reservoirs."),
            )
        )
        for parameter in TvbParameters.patch_fields(self.tr("Identifier field")):
            self.addParameter(parameter)
        links = QgsProcessingParameterFeatureSource(
            self.LINKS, self.tr("Links (patch graph or corridors)"), [QgsProcessing.TypeVector]
        )
        links.setHelp(self.tr("Table or lines with the fields from_id, to_id and cost."))
        self.addParameter(links)
        for parameter in TvbParameters.kernel():
            self.addParameter(parameter)
        threshold = QgsProcessingParameterNumber(
            self.IIC_THRESHOLD,
            self.tr("IIC threshold (cost units; empty: d0)"),
            QgsProcessingParameterNumber.Double,
            None,
            optional=True,
            minValue=0.0,
        )
        threshold.setHelp(self.tr("Links whose cost is at most this value connect for IIC."))
        self.addParameter(threshold)
        area = QgsProcessingParameterNumber(
            self.LANDSCAPE_AREA,
            self.tr("Landscape area A_L (ha; 0: bounding box of the patches)"),
            QgsProcessingParameterNumber.Double,
            0.0,
            minValue=0.0,
        )
        area.setHelp(self.tr("Study area in ha, kept constant (AULA territory: 214,169 ha)."))
        self.addParameter(area)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Patches with dPC"), QgsProcessing.TypeVectorPolygon
        )
        output.setHelp(
            self.tr("The patches with capacity, dPC, dPCintra, dPCflux, dPCconnector, dIIC (%).")
        )
        self.addParameter(output)
        summary = QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY,
            self.tr("Landscape connectivity"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=True,
        )
        summary.setHelp(self.tr("One row: PC, PCnum, EC, IIC, counts, alpha, d0, p0, units."))
        self.addParameter(summary)

    def _prepare(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[PatchLayer, QgsProcessingFeatureSource]:
        source = self.parameterAsSource(parameters, self.RESERVOIRS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.RESERVOIRS))
        patches = patch_layer(
            source,
            self.parameterAsString(parameters, self.ID_FIELD, context),
            self.parameterAsString(parameters, self.CAPACITY_FIELD, context),
        )
        links = self.parameterAsSource(parameters, self.LINKS, context)
        if links is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LINKS))
        check_link_fields(links, links.sourceName())
        alpha_from(
            self.parameterAsDouble(parameters, self.D0, context),
            self.parameterAsDouble(parameters, self.P0, context),
        )
        return patches, links

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        layer, links_source = self._prepare(parameters, context)
        d0 = self.parameterAsDouble(parameters, self.D0, context)
        p0 = self.parameterAsDouble(parameters, self.P0, context)
        threshold = d0
        if parameters.get(self.IIC_THRESHOLD) not in (None, ""):
            threshold = self.parameterAsDouble(parameters, self.IIC_THRESHOLD, context)
        area = self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)
        patches = read_patches(layer, context, feedback)
        links, units = read_links(links_source, links_source.sourceName(), patches, feedback)
        if area <= 0:
            area = patches.extent_ha
            feedback.pushInfo(
                self.tr(
                    "Landscape area: {area} ha (bounding box of the patches); give the "
                    "study area's to compare runs"
                ).format(area=round(area, 2))
            )
        if sum(patches.capacity) > area and layer.capacity_field is None:
            feedback.pushWarning(
                self.tr(
                    "The patches cover more than the landscape area ({total} > {area} ha): "
                    "PC may exceed 1"
                ).format(total=round(sum(patches.capacity), 2), area=round(area, 2))
            )
        metrics = connectivity(
            patches.capacity,
            links,
            landscape_area=area,
            alpha=alpha_from(d0, p0),
            iic_threshold=threshold,
            progress=lambda f: feedback.setProgress(10 + 80 * f),
            is_canceled=feedback.isCanceled,
        )
        self.check_cancelled(feedback)

        source = layer.source
        fields, kept = metric_fields(source.fields())
        sink, dest = self.output_sink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        for feature in metric_features(fields, kept, patches, metrics):
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        outputs: dict[str, Any] = {self.OUTPUT: dest}
        if parameters.get(self.OUTPUT_SUMMARY) not in (None, ""):
            sink, outputs[self.OUTPUT_SUMMARY] = self.output_sink(
                parameters, self.OUTPUT_SUMMARY, context, SUMMARY_FIELDS
            )
            row = summary_feature(metrics, d0, p0, threshold, units)
            sink.addFeature(row, QgsFeatureSink.FastInsert)
        feedback.pushInfo(
            self.tr(
                "{patches} patches, {links} links: PC = {pc:.6g}, EC = {ec:.6g} ha, IIC = {iic:.6g}"
            ).format(
                patches=metrics.n_patches,
                links=metrics.n_links,
                pc=metrics.pc,
                ec=metrics.ec,
                iic=metrics.iic,
            )
        )
        feedback.setProgress(100)
        outputs.update(PC=metrics.pc, EC=metrics.ec, IIC=metrics.iic, PCNUM=metrics.pc_num)
        return outputs
