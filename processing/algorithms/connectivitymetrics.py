"""aula:connectivitymetrics: PC, IIC, EC of a patch graph and dPC (intra, flux, connector)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...core import layer_roles as roles
from ...core.numbers import in_range
from ...core.tvb.graph import IIC_THRESHOLD_RANGE, LANDSCAPE_AREA_RANGE, connectivity
from ...gis.sinks import write_features
from ...gis.tvb_graph import (
    SUMMARY_FIELDS,
    PatchLayer,
    check_link_fields,
    kernel_alpha,
    metric_features,
    metric_fields,
    patch_layer,
    read_links,
    read_patches,
    source_label,
    summary_feature,
)
from ..base import AulaAlgorithm
from ..tvb_parameters import CAPACITY_FIELD, D0, ID_FIELD, P0, RESERVOIRS, TvbParameters


@dataclass
class _Inputs:
    patches: PatchLayer
    links: QgsProcessingFeatureSource
    links_label: str
    d0: float
    p0: float
    alpha: float
    threshold: float
    area: float  # ha; 0: the bounding box of the patches


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
    OUTPUT_STYLES = {"OUTPUT": "tvb_result_connectivity.qml"}
    LAYER_ROLES = {RESERVOIRS: roles.RESERVOIRS, LINKS: roles.CORRIDORS}

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

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        source = self.parameterAsSource(parameters, self.RESERVOIRS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.RESERVOIRS))
        area = in_range(
            self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context),
            self.tr("Landscape area (ha)"),
            *LANDSCAPE_AREA_RANGE,
        )
        patches = patch_layer(
            source,
            self.parameterAsString(parameters, self.ID_FIELD, context),
            self.parameterAsString(parameters, self.CAPACITY_FIELD, context),
            measured=area <= 0,
            label=source_label(
                source, self.parameterAsVectorLayer(parameters, self.RESERVOIRS, context)
            ),
        )
        links = self.parameterAsSource(parameters, self.LINKS, context)
        if links is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LINKS))
        links_label = source_label(
            links, self.parameterAsVectorLayer(parameters, self.LINKS, context)
        )
        check_link_fields(links, links_label)
        d0 = self.parameterAsDouble(parameters, self.D0, context)
        p0 = self.parameterAsDouble(parameters, self.P0, context)
        alpha = kernel_alpha(d0, p0)
        threshold = d0
        if parameters.get(self.IIC_THRESHOLD) not in (None, ""):
            threshold = in_range(
                self.parameterAsDouble(parameters, self.IIC_THRESHOLD, context),
                self.tr("IIC threshold (cost units)"),
                *IIC_THRESHOLD_RANGE,
            )
        return _Inputs(patches, links, links_label, d0, p0, alpha, threshold, area)

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        layer, links_source, area = inputs.patches, inputs.links, inputs.area
        patches = read_patches(layer, context, feedback)
        links, units = read_links(links_source, inputs.links_label, patches, feedback)
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
            alpha=inputs.alpha,
            iic_threshold=inputs.threshold,
            progress=lambda f: feedback.setProgress(10 + 80 * f),
            is_canceled=feedback.isCanceled,
        )
        self.check_cancelled(feedback)

        source = layer.source
        fields, kept = metric_fields(source.fields())
        sink, dest = self.output_sink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        write_features(
            sink, metric_features(fields, kept, patches, metrics), self.tr("Patches with dPC")
        )
        outputs: dict[str, Any] = {self.OUTPUT: dest}
        if parameters.get(self.OUTPUT_SUMMARY) not in (None, ""):
            sink, outputs[self.OUTPUT_SUMMARY] = self.output_sink(
                parameters, self.OUTPUT_SUMMARY, context, SUMMARY_FIELDS
            )
            row = summary_feature(metrics, inputs.d0, inputs.p0, inputs.threshold, units)
            write_features(sink, [row], self.tr("Landscape connectivity"))
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
