"""aula:centralities: urban centralities delineated with the deterministic CENTRA-1 method.

CENTRALITIES.md §3 (rule, parameters, steps) and the issue's conventions. Decisions:

* Every input is read in Lambert-93 (EPSG:2154), reprojected with a log line when needed; points
  are snapped to 0.01 m; the adapters (core/centralities/adapters.py) map the codes, drop bad
  locations, merge duplicates and sort by (source, source_id), the tie-break order of every step.
* Counts (C, S, E, big-box, types, dwellings) are taken inside the envelope, members and other
  points alike (§3.4 step 6); the size rule counts the members (step 4).
* Periphery flag: the activity data carry no MAG1 share, MXI or EmpCom zone, so a candidate is a
  pôle périphérique when it has too few dwellings or more than BIG_BOX_SHARE (0.5) of big-box
  activities (rules.py).
* Commune split: pieces get their own counts, type (extension below n_min / 2) and level; they
  keep the parent's rules_passed and robustness. A part outside every commune stays a piece
  without commune, so that the pieces always union back to the perimeter.
* Robustness: runs sharing a link distance share clusters and envelopes; a perimeter is matched
  when a kept perimeter (centralité or pôle) of a run has IoU ≥ 0.7 with it.
* Nothing is written before everything is computed; the JSON sidecar is written to a temporary
  file then moved. Its default place is beside the OUTPUT file (same name, .json); with a memory
  or database output and no OUTPUT_JSON, no sidecar is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...__about__ import __version__
from ...core.centralities.cluster import (
    ROLE_NAMES,
    cluster_points,
    members_by_cluster,
    piece_id,
    robustness,
    stable_id,
)
from ...core.centralities.rules import (
    RULESET_VERSION,
    TYPE_CENTRALITY,
    CentraParams,
    Counts,
    Verdict,
    evaluate,
    level,
    mix_entropy,
    parse_thresholds,
    piece_type,
)
from ...core.errors import AulaError, Cancelled
from ...gis.centralities_envelope import (
    Commune,
    CommuneSplitter,
    Grid,
    PointIndex,
    absorb_empty_pieces,
    best_iou,
    envelope,
    grid_sum,
    polygonal,
)
from ...gis.provenance import recorded_as_synthetic
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

L93 = QgsCoordinateReferenceSystem("EPSG:2154")
FORMATS = ("bpe", "sirene", "generic")
# field names, per format, that must exist (any one of them, case-insensitive)
REQUIRED_FIELDS = {
    "bpe": ("TYPEQU",),
    "sirene": ("activitePrincipaleEtablissement", "APET700", "naf"),
}


@dataclass
class _Inputs:
    activities: Any
    activities_layer: QgsVectorLayer | None
    fmt: str
    function_field: str
    type_field: str
    id_field: str
    skip_unknown: bool
    housing: Any
    housing_layer: QgsVectorLayer | None
    dwellings_field: str
    grid_layer: Any
    communes: Any
    communes_layer: QgsVectorLayer | None
    code_field: str
    name_field: str
    barriers: list[QgsVectorLayer]
    agreed: Any
    agreed_layer: QgsVectorLayer | None
    params: CentraParams
    robustness: bool


@dataclass
class _Housing:
    x: np.ndarray = field(default_factory=lambda: np.empty(0))
    y: np.ndarray = field(default_factory=lambda: np.empty(0))
    w: np.ndarray = field(default_factory=lambda: np.empty(0))
    index: PointIndex | None = None
    grid: Grid | None = None
    to_grid: QgsCoordinateTransform | None = None

    def total(self, geom: QgsGeometry) -> float:
        if self.grid is not None:
            g = QgsGeometry(geom)
            if self.to_grid is not None:
                g.transform(self.to_grid)
            return grid_sum(self.grid, g)
        if self.index is None:
            return 0.0
        return float(self.w[self.index.inside(geom)].sum())


@dataclass
class _Perimeter:
    label: int
    members: np.ndarray
    geometry: QgsGeometry
    counts: Counts
    verdict: Verdict
    types: list[str]
    id: str = ""
    best: list[float] = field(default_factory=list)


class Centralities(AulaAlgorithm):
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

    group_key = "centralities"

    def name(self) -> str:
        return "centralities"

    def displayName(self) -> str:
        return self.tr("Urban centralities (CENTRA-1)")

    def tags(self) -> list[str]:
        return self.tr("centrality,centralité,daacl,scot,bpe,sirene,dbscan,commerce").split(",")

    # -- Parameters -----------------------------------------------------------------------------

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        P = QgsProcessing.SourceType  # noqa: N806
        activities = QgsProcessingParameterFeatureSource(
            self.ACTIVITIES, self.tr("Activity points"), [P.TypeVectorPoint]
        )
        activities.setHelp(
            self.tr("BPE equipment, SIRENE establishments or any point layer with a function.")
        )
        self.addParameter(activities)
        fmt = QgsProcessingParameterEnum(
            self.INPUT_FORMAT,
            self.tr("Format of the activity points"),
            options=[
                self.tr("BPE (INSEE)"),
                self.tr("SIRENE (geolocated)"),
                self.tr("Any point layer with a function field"),
            ],
            defaultValue=0,
        )
        fmt.setHelp(
            self.tr(
                "BPE: TYPEQU codes; SIRENE: NAF codes; both mapped to functions with the "
                "versioned tables shipped with the plugin."
            )
        )
        self.addParameter(fmt)
        for key, label, help_text in (
            (
                self.FUNCTION_FIELD,
                self.tr("Function field"),
                self.tr("C, S, E (or commerce, service, équipement); X excluded."),
            ),
            (self.TYPE_FIELD, self.tr("Type field"), self.tr("Equipment type, for the level.")),
            (self.ID_FIELD, self.tr("Identifier field"), self.tr("Stable identifier of a point.")),
        ):
            param = QgsProcessingParameterField(
                key, label, parentLayerParameterName=self.ACTIVITIES, optional=True
            )
            param.setHelp(help_text)
            self.addParameter(param)
        skip = QgsProcessingParameterBoolean(
            self.SKIP_UNKNOWN, self.tr("Skip unknown codes"), False
        )
        skip.setHelp(self.tr("Otherwise unknown codes stop the run and are listed."))
        self.addParameter(skip)

        housing = QgsProcessingParameterFeatureSource(
            self.HOUSING, self.tr("Dwelling points"), [P.TypeVectorPoint], optional=True
        )
        housing.setHelp(self.tr("Points with a number of dwellings (e.g. Fichiers fonciers)."))
        self.addParameter(housing)
        dwellings = QgsProcessingParameterField(
            self.DWELLINGS_FIELD,
            self.tr("Dwellings field"),
            defaultValue="logements",
            parentLayerParameterName=self.HOUSING,
            type=QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        )
        dwellings.setHelp(self.tr("Number of dwellings of each point."))
        self.addParameter(dwellings)
        grid = QgsProcessingParameterRasterLayer(
            self.HOUSING_GRID, self.tr("Dwellings grid"), optional=True
        )
        grid.setHelp(
            self.tr("Raster of dwellings per cell, area-weighted (instead of dwelling points).")
        )
        self.addParameter(grid)

        communes = QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes"), [P.TypeVectorPolygon], optional=True
        )
        communes.setHelp(self.tr("Perimeters are split by commune."))
        self.addParameter(communes)
        for key, label, default in (
            (self.COMMUNE_CODE_FIELD, self.tr("Commune code field"), "insee"),
            (self.COMMUNE_NAME_FIELD, self.tr("Commune name field"), "nom"),
        ):
            param = QgsProcessingParameterField(
                key,
                label,
                defaultValue=default,
                parentLayerParameterName=self.COMMUNES,
                optional=True,
            )
            self.addParameter(param)
        barriers = QgsProcessingParameterMultipleLayers(
            self.BARRIERS,
            self.tr("Barriers"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry,
            optional=True,
        )
        barriers.setHelp(
            self.tr(
                "Railways, motorways, wide rivers: links crossing a line are cut; polygons "
                "also cut links and are removed from the perimeters."
            )
        )
        self.addParameter(barriers)

        d = CentraParams()
        self._number(
            self.LINK_DISTANCE,
            self.tr("Link distance (m)"),
            d.link_distance,
            self.tr("Activities at most this far apart are linked (100 m)."),
            double=True,
            minimum=1.0,
        )
        self._number(
            self.MIN_POINTS,
            self.tr("Core points: minimum points within the link distance"),
            d.min_points,
            self.tr("The point itself included (4: at least 3 neighbours)."),
            minimum=1,
        )
        self._number(
            self.MIN_ACTIVITIES,
            self.tr("Minimum activities per centrality"),
            d.min_activities,
            self.tr("Members of a cluster."),
            minimum=1,
        )
        for key, label, default in (
            (self.MIN_COMMERCE, self.tr("Minimum shops"), d.min_commerce),
            (self.MIN_SERVICES, self.tr("Minimum services"), d.min_services),
            (self.MIN_EQUIPMENT, self.tr("Minimum facilities"), d.min_equipment),
            (self.MIN_DWELLINGS, self.tr("Minimum dwellings"), d.min_dwellings),
        ):
            self._number(
                key, label, default, self.tr("Counted inside the perimeter."), advanced=True
            )
        self._number(
            self.CLOSING,
            self.tr("Closing distance (m)"),
            d.closing,
            self.tr("The envelope is buffered by +c then −c to remove notches."),
            double=True,
            advanced=True,
        )
        self._number(
            self.HOLE_MAX,
            self.tr("Holes filled below (m²)"),
            d.hole_max,
            self.tr("Courtyards are filled, parks are kept."),
            double=True,
            advanced=True,
        )
        thresholds = QgsProcessingParameterString(
            self.LEVEL_THRESHOLDS, self.tr("Level thresholds (equipment types)"), "12;29;69"
        )
        thresholds.setHelp(self.tr("Proximity; intermediate; structuring."))
        thresholds.setFlags(thresholds.flags() | thresholds.Flag.FlagAdvanced)
        self.addParameter(thresholds)
        big_box = QgsProcessingParameterNumber(
            self.BIG_BOX_SHARE,
            self.tr("Peripheral pole: share of big-box activities above"),
            QgsProcessingParameterNumber.Type.Double,
            d.big_box_share,
            minValue=0.0,
            maxValue=1.0,
        )
        big_box.setHelp(self.tr("Hypermarkets, supermarkets and other big-box formats."))
        big_box.setFlags(big_box.flags() | big_box.Flag.FlagAdvanced)
        self.addParameter(big_box)
        robust = QgsProcessingParameterBoolean(
            self.ROBUSTNESS, self.tr("Robustness (9 runs with neighbouring parameters)"), True
        )
        robust.setHelp(self.tr("Stable if the perimeter is found again in 7 of the 9 runs."))
        self.addParameter(robust)
        agreed = QgsProcessingParameterFeatureSource(
            self.AGREED,
            self.tr("Agreed perimeters"),
            [P.TypeVectorPolygon],
            optional=True,
        )
        agreed.setHelp(self.tr("Perimeters agreed with elected officials (read only)."))
        self.addParameter(agreed)

        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Centralities"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_POINTS,
                self.tr("Activity points with their role"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_REJECTED,
                self.tr("Rejected candidates"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_COMPARISON,
                self.tr("Comparison with the agreed perimeters"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )
        json_out = QgsProcessingParameterFileDestination(
            self.OUTPUT_JSON,
            self.tr("Parameters and checksums (JSON)"),
            self.tr("JSON files (*.json)"),
            optional=True,
            createByDefault=False,
        )
        json_out.setHelp(self.tr("Default: beside the centralities file, same name with .json."))
        self.addParameter(json_out)

    def _number(self, key, label, default, help_text, double=False, minimum=0, advanced=False):
        kind = QgsProcessingParameterNumber.Type
        param = QgsProcessingParameterNumber(
            key,
            label,
            kind.Double if double else kind.Integer,
            default,
            minValue=minimum,
        )
        param.setHelp(help_text)
        if advanced:
            param.setFlags(param.flags() | param.Flag.FlagAdvanced)
        self.addParameter(param)

    # -- Validation -----------------------------------------------------------------------------

    def _layer(self, parameters, key, context) -> QgsVectorLayer | None:
        try:
            return self.parameterAsVectorLayer(parameters, key, context)
        except Exception:
            return None

    def _field(self, source, wanted: str) -> str | None:
        names = source.fields().names()
        for name in names:
            if name.lower() == wanted.lower():
                return name
        return None

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        source = self.parameterAsSource(parameters, self.ACTIVITIES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ACTIVITIES))
        name = source.sourceName()
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=name)
            )
        fmt = FORMATS[self.parameterAsEnum(parameters, self.INPUT_FORMAT, context)]
        function_field = self.parameterAsString(parameters, self.FUNCTION_FIELD, context)
        if fmt == "generic" and not function_field:
            raise QgsProcessingException(
                self.tr("{layer}: choose the function field (C, S, E)").format(layer=name)
            )
        if fmt in REQUIRED_FIELDS and not any(self._field(source, f) for f in REQUIRED_FIELDS[fmt]):
            raise QgsProcessingException(
                self.tr("{layer}: field {field} is missing (fields found: {fields})").format(
                    layer=name,
                    field=" / ".join(REQUIRED_FIELDS[fmt]),
                    fields=", ".join(source.fields().names()),
                )
            )
        for key in (self.FUNCTION_FIELD, self.TYPE_FIELD, self.ID_FIELD):
            value = self.parameterAsString(parameters, key, context)
            if value and self._field(source, value) is None:
                raise QgsProcessingException(
                    self.tr("{layer}: field {field} is missing (fields found: {fields})").format(
                        layer=name, field=value, fields=", ".join(source.fields().names())
                    )
                )

        housing = self.parameterAsSource(parameters, self.HOUSING, context)
        grid_layer = self.parameterAsRasterLayer(parameters, self.HOUSING_GRID, context)
        if housing is not None and grid_layer is not None:
            raise QgsProcessingException(
                self.tr("Give either dwelling points or a dwellings grid, not both")
            )
        dwellings_field = self.parameterAsString(parameters, self.DWELLINGS_FIELD, context)
        if housing is not None:
            found = self._field(housing, dwellings_field or "logements")
            if found is None:
                raise QgsProcessingException(
                    self.tr("{layer}: field {field} is missing (fields found: {fields})").format(
                        layer=housing.sourceName(),
                        field=dwellings_field or "logements",
                        fields=", ".join(housing.fields().names()),
                    )
                )
            dwellings_field = found
        if grid_layer is not None:
            ds = gdal.Open(grid_layer.source()) if grid_layer.isValid() else None
            if ds is None or ds.RasterCount == 0:
                raise QgsProcessingException(
                    self.tr("{layer}: the dwellings grid cannot be read").format(
                        layer=grid_layer.name()
                    )
                )
            if grid_layer.crs().isGeographic() or not grid_layer.crs().isValid():
                raise QgsProcessingException(
                    self.tr("{layer}: the dwellings grid needs a projected CRS").format(
                        layer=grid_layer.name()
                    )
                )

        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        code_field = self.parameterAsString(parameters, self.COMMUNE_CODE_FIELD, context)
        name_field = self.parameterAsString(parameters, self.COMMUNE_NAME_FIELD, context)
        if communes is not None:
            found = self._field(communes, code_field or "insee")
            if found is None:
                raise QgsProcessingException(
                    self.tr("{layer}: field {field} is missing (fields found: {fields})").format(
                        layer=communes.sourceName(),
                        field=code_field or "insee",
                        fields=", ".join(communes.fields().names()),
                    )
                )
            code_field = found
            name_field = self._field(communes, name_field or "nom") or ""

        barriers = self.parameterAsLayerList(parameters, self.BARRIERS, context)
        for layer in barriers:
            if not isinstance(layer, QgsVectorLayer):
                raise QgsProcessingException(
                    self.tr("{layer}: barriers must be vector layers").format(layer=layer.name())
                )
        try:
            thresholds = parse_thresholds(
                self.parameterAsString(parameters, self.LEVEL_THRESHOLDS, context) or "12;29;69"
            )
            params = CentraParams(
                link_distance=self.parameterAsDouble(parameters, self.LINK_DISTANCE, context),
                min_points=self.parameterAsInt(parameters, self.MIN_POINTS, context),
                min_activities=self.parameterAsInt(parameters, self.MIN_ACTIVITIES, context),
                min_commerce=self.parameterAsInt(parameters, self.MIN_COMMERCE, context),
                min_services=self.parameterAsInt(parameters, self.MIN_SERVICES, context),
                min_equipment=self.parameterAsInt(parameters, self.MIN_EQUIPMENT, context),
                min_dwellings=self.parameterAsInt(parameters, self.MIN_DWELLINGS, context),
                closing=self.parameterAsDouble(parameters, self.CLOSING, context),
                hole_max=self.parameterAsDouble(parameters, self.HOLE_MAX, context),
                level_thresholds=thresholds,
                big_box_share=self.parameterAsDouble(parameters, self.BIG_BOX_SHARE, context),
            )
            params.validate()
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc

        return _Inputs(
            activities=source,
            activities_layer=self._layer(parameters, self.ACTIVITIES, context),
            fmt=fmt,
            function_field=self._field(source, function_field) if function_field else "",
            type_field=self.parameterAsString(parameters, self.TYPE_FIELD, context),
            id_field=self.parameterAsString(parameters, self.ID_FIELD, context),
            skip_unknown=self.parameterAsBoolean(parameters, self.SKIP_UNKNOWN, context),
            housing=housing,
            housing_layer=self._layer(parameters, self.HOUSING, context) if housing else None,
            dwellings_field=dwellings_field,
            grid_layer=grid_layer,
            communes=communes,
            communes_layer=self._layer(parameters, self.COMMUNES, context) if communes else None,
            code_field=code_field,
            name_field=name_field,
            barriers=list(barriers),
            agreed=self.parameterAsSource(parameters, self.AGREED, context),
            agreed_layer=self._layer(parameters, self.AGREED, context),
            params=params,
            robustness=self.parameterAsBoolean(parameters, self.ROBUSTNESS, context),
        )

    # -- Reading --------------------------------------------------------------------------------

    def _request(self, source, context, feedback) -> QgsFeatureRequest:
        request = QgsFeatureRequest()
        crs = source.sourceCrs()
        if crs.isValid() and crs != L93:
            feedback.pushInfo(
                self.tr("{layer}: reprojected from {crs} to Lambert-93 (EPSG:2154)").format(
                    layer=source.sourceName(), crs=crs.authid() or crs.description()
                )
            )
            request.setDestinationCrs(L93, context.transformContext())
        elif not crs.isValid():
            feedback.pushWarning(
                self.tr("{layer}: no CRS, read as Lambert-93 (EPSG:2154)").format(
                    layer=source.sourceName()
                )
            )
        return request

    def _check(self, feedback) -> None:
        if feedback.isCanceled():
            raise Cancelled()

    def _read_activities(self, inputs: _Inputs, context, feedback):
        source = inputs.activities
        names = source.fields().names()
        rows = []
        request = self._request(source, context, feedback)
        columns = list(enumerate(names))
        if inputs.fmt == "generic":  # only the chosen fields are read
            wanted = {f for f in (inputs.function_field, inputs.type_field, inputs.id_field) if f}
            request.setSubsetOfAttributes(sorted(wanted), source.fields())
            columns = [(i, name) for i, name in columns if name in wanted]
        for feature in source.getFeatures(request):
            if len(rows) % 1000 == 0:
                self._check(feedback)
            attributes = feature.attributes()
            row = {}
            for i, name in columns:
                value = attributes[i]
                if isinstance(value, QVariant):  # NULL
                    value = None
                row[name] = value
            row["_x"], row["_y"] = _xy(feature.geometry())
            row["_fid"] = str(feature.id())
            rows.append(row)
        from ...core.centralities import adapters

        progress = feedback.setProgress
        options = {"progress": lambda f: progress(2 + 6 * f), "is_canceled": feedback.isCanceled}
        if inputs.fmt == "bpe":
            acts, report = adapters.from_bpe(rows, skip_unknown=inputs.skip_unknown, **options)
        elif inputs.fmt == "sirene":
            acts, report = adapters.from_sirene(rows, skip_unknown=inputs.skip_unknown, **options)
        else:
            acts, report = adapters.from_generic(
                rows,
                function_field=inputs.function_field,
                type_field=inputs.type_field or None,
                id_field=inputs.id_field or None,
                source=source.sourceName(),
                skip_unknown=inputs.skip_unknown,
                **options,
            )
        mappings = {}
        if inputs.fmt in ("bpe", "sirene"):
            mapping = adapters.load_mapping("bpe" if inputs.fmt == "bpe" else "naf")
            mappings[mapping.table] = {"version": mapping.version, "source": mapping.source}
        return acts, report, mappings

    def _read_housing(self, inputs: _Inputs, context, feedback) -> _Housing:
        housing = _Housing()
        if inputs.housing is not None:
            xs, ys, ws = [], [], []
            negative = 0
            request = self._request(inputs.housing, context, feedback)
            request.setSubsetOfAttributes([inputs.dwellings_field], inputs.housing.fields())
            for feature in inputs.housing.getFeatures(request):
                if len(xs) % 1000 == 0:
                    self._check(feedback)
                x, y = _xy(feature.geometry())
                value = feature[inputs.dwellings_field]
                try:
                    w = float(value) if value is not None else 0.0
                except (TypeError, ValueError):
                    w = 0.0
                if x is None or not np.isfinite(w):
                    continue
                if w < 0:
                    negative += 1
                    continue
                xs.append(x)
                ys.append(y)
                ws.append(w)
            if negative:
                feedback.pushWarning(
                    self.tr(
                        "{layer}: {n} points with a negative number of dwellings skipped"
                    ).format(layer=inputs.housing.sourceName(), n=negative)
                )
            housing.x, housing.y, housing.w = np.array(xs), np.array(ys), np.array(ws)
            housing.index = PointIndex(housing.x, housing.y)
            feedback.pushInfo(
                self.tr("{layer}: {n} dwellings on {p} points").format(
                    layer=inputs.housing.sourceName(), n=int(housing.w.sum()), p=len(xs)
                )
            )
        elif inputs.grid_layer is not None:
            layer = inputs.grid_layer
            ds = gdal.Open(layer.source())
            band = ds.GetRasterBand(1)
            data = band.ReadAsArray().astype(np.float64)
            nodata = band.GetNoDataValue()
            if nodata is not None and not np.isnan(nodata):
                data[data == nodata] = 0.0
            data[~np.isfinite(data)] = 0.0
            data[data < 0] = 0.0
            housing.grid = Grid(data, ds.GetGeoTransform())
            if layer.crs() != L93:
                housing.to_grid = QgsCoordinateTransform(
                    L93, layer.crs(), context.transformContext()
                )
                feedback.pushInfo(
                    self.tr("{layer}: perimeters projected to {crs} for the overlay").format(
                        layer=layer.name(), crs=layer.crs().authid()
                    )
                )
            feedback.pushInfo(
                self.tr("{layer}: {n} dwellings in the grid").format(
                    layer=layer.name(), n=int(round(data.sum()))
                )
            )
        else:
            feedback.pushWarning(
                self.tr("No dwellings given: every candidate fails the housing rule")
            )
        return housing

    def _read_barriers(self, inputs: _Inputs, context, feedback):
        segments: list[np.ndarray] = []
        polygons: list[QgsGeometry] = []
        for layer in inputs.barriers:
            request = QgsFeatureRequest().setNoAttributes()
            if layer.crs().isValid() and layer.crs() != L93:
                feedback.pushInfo(
                    self.tr("{layer}: reprojected from {crs} to Lambert-93 (EPSG:2154)").format(
                        layer=layer.name(), crs=layer.crs().authid()
                    )
                )
                request.setDestinationCrs(L93, context.transformContext())
            kind = layer.geometryType()
            for feature in layer.getFeatures(request):
                self._check(feedback)
                geom = feature.geometry()
                if geom.isNull() or geom.isEmpty():
                    continue
                if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
                    polygons.append(QgsGeometry(geom))
                    lines = [ring for poly in _multi_polygon(geom) for ring in poly]
                elif kind == QgsWkbTypes.GeometryType.LineGeometry:
                    lines = _multi_line(geom)
                else:
                    continue
                for line in lines:
                    pts = np.array([(p.x(), p.y()) for p in line], dtype=np.float64)
                    if len(pts) >= 2:
                        segments.append(np.hstack([pts[:-1], pts[1:]]))
        seg = np.vstack(segments) if segments else np.empty((0, 4))
        poly = QgsGeometry.unaryUnion(polygons) if polygons else None
        if inputs.barriers:
            feedback.pushInfo(self.tr("Barriers: {n} segments").format(n=len(seg)))
        return seg, poly

    def _read_communes(self, inputs: _Inputs, context, feedback) -> list[Commune] | None:
        if inputs.communes is None:
            return None
        out = []
        request = self._request(inputs.communes, context, feedback)
        for feature in inputs.communes.getFeatures(request):
            self._check(feedback)
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                continue
            code = feature[inputs.code_field]
            name = feature[inputs.name_field] if inputs.name_field else None
            out.append(
                Commune(
                    str(code) if code is not None else "",
                    str(name) if name is not None else "",
                    QgsGeometry(geom),
                )
            )
        return out

    # -- One CENTRA-1 run (steps 1-7) --------------------------------------------------------

    def _delineate(
        self, acts, act_index, housing, seg, poly, params: CentraParams, feedback, span, final
    ):
        """Cluster, envelopes, counts and verdicts. final=False skips clusters below n_min."""
        start, width = span
        result = cluster_points(
            acts.x,
            acts.y,
            params.link_distance,
            params.min_points,
            seg if len(seg) else None,
            is_canceled=feedback.isCanceled,
        )
        groups = members_by_cluster(result.labels)
        perimeters: list[_Perimeter] = []
        total = max(len(groups), 1)
        for label, members in enumerate(groups):
            self._check(feedback)
            if not final and len(members) < params.min_activities:
                continue
            geom = envelope(
                acts.x[members],
                acts.y[members],
                params.envelope_radius,
                params.closing,
                params.hole_max,
                poly,
            )
            counts, types = _counts(acts, act_index, housing, geom, len(members))
            perimeters.append(
                _Perimeter(label, members, geom, counts, evaluate(counts, params), types)
            )
            if label % 50 == 0:
                feedback.setProgress(start + width * (label + 1) / total)
        return result, perimeters

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        params = inputs.params
        try:
            return self._run(inputs, params, parameters, context, feedback)
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc

    def _run(self, inputs: _Inputs, params: CentraParams, parameters, context, feedback):
        feedback.pushInfo(
            self.tr("Rule set {rules}, parameters {hash}").format(
                rules=RULESET_VERSION, hash=params.params_hash()
            )
        )
        acts, report, mappings = self._read_activities(inputs, context, feedback)
        for line in report.messages(tr_aula):
            feedback.pushInfo(line)
        if len(acts) == 0:
            raise QgsProcessingException(
                self.tr("{layer}: no activity point left to analyse").format(
                    layer=inputs.activities.sourceName()
                )
            )
        acts.x = np.round(acts.x, 2)
        acts.y = np.round(acts.y, 2)
        housing = self._read_housing(inputs, context, feedback)
        seg, poly = self._read_barriers(inputs, context, feedback)
        communes = self._read_communes(inputs, context, feedback)
        feedback.setProgress(10)

        act_index = PointIndex(acts.x, acts.y)
        base_span = (10, 35 if inputs.robustness else 75)
        result, perimeters = self._delineate(
            acts, act_index, housing, seg, poly, params, feedback, base_span, True
        )
        phash = params.params_hash()
        keys = np.char.add(np.char.add(acts.source.astype(str), ":"), acts.source_id.astype(str))
        for p in perimeters:
            p.id = stable_id(keys[p.members].tolist(), phash)
        kept = [p for p in perimeters if p.verdict.type is not None]
        rejected = [p for p in perimeters if p.verdict.type is None]
        feedback.pushInfo(
            self.tr(
                "{n} activities, {c} clusters ({core} core, {border} border, {noise} noise "
                "points; {cut} links cut by barriers): {k} perimeters, {r} rejected"
            ).format(
                n=len(acts),
                c=result.n_clusters,
                core=int((result.role == 0).sum()),
                border=int((result.role == 1).sum()),
                noise=int((result.role == 2).sum()),
                cut=result.n_cut,
                k=len(kept),
                r=len(rejected),
            )
        )

        if inputs.robustness and kept:
            self._robustness(acts, act_index, housing, seg, poly, params, perimeters, kept,
                             feedback)  # fmt: skip
        feedback.setProgress(90)

        vintages = "; ".join(v for v in [report.vintage, *mappings] if v)
        synthetic = [
            layer.name()
            for layer in (inputs.activities_layer, inputs.housing_layer)
            if recorded_as_synthetic(layer)
        ]
        if synthetic:  # carried to the sheets, which are then stamped SYNTHÉTIQUE
            vintages = "; ".join(v for v in [vintages, "SYNTHÉTIQUE"] if v)
            feedback.pushWarning(
                self.tr("Synthetic input (demo data, not real data): {layers}").format(
                    layers=", ".join(synthetic)
                )
            )
        outputs = self._write(
            inputs, parameters, context, feedback, acts, result, perimeters, kept, rejected,
            communes, housing, act_index, phash, vintages,
        )  # fmt: skip
        outputs[self.OUTPUT_JSON] = self._write_json(
            inputs, parameters, context, outputs, report, mappings, kept, rejected, vintages
        )
        feedback.setProgress(100)
        return outputs

    def _robustness(self, acts, act_index, housing, seg, poly, params, perimeters, kept, feedback):
        """Step 10: the 9 runs eps × {0.75, 1, 1.25}, n_min + {−2, 0, +2}; best IoU per run.

        Runs sharing eps share their clusters and envelopes (n_min only selects candidates), so
        only the two other link distances are clustered again; the base run is reused for eps.
        """
        base = [p.geometry for p in kept]
        variants = params.robustness_variants()
        by_eps: dict[float, list[CentraParams]] = {}
        for v in variants:
            by_eps.setdefault(v.link_distance, []).append(v)
        best: dict[CentraParams, np.ndarray] = {}
        for n, (eps, group) in enumerate(sorted(by_eps.items())):
            self._check(feedback)
            smallest = min(v.min_activities for v in group)
            if eps == params.link_distance:
                found = perimeters
            else:
                start = 45 + 45 * n / len(by_eps)
                _, found = self._delineate(
                    acts, act_index, housing, seg, poly, replace(group[0], min_activities=smallest),
                    feedback, (start, 45 / len(by_eps)), False,
                )  # fmt: skip
            for v in group:
                if v == params:
                    best[v] = np.ones(len(kept))
                    continue
                geoms = [
                    p.geometry
                    for p in found
                    if len(p.members) >= v.min_activities and evaluate(p.counts, v).type
                ]
                best[v] = best_iou(base, geoms, feedback.isCanceled)
        table = np.vstack([best[v] for v in variants])
        for k, p in enumerate(kept):
            p.best = table[:, k].tolist()

    def _compare_agreed(self, inputs: _Inputs, rows, acts, context, feedback):
        """Compare the final perimeters (commune pieces) with the agreed ones (read only)."""
        if inputs.agreed is None:
            return None
        try:
            from ...gis.centralities_agreed import compare_with_agreed
        except ImportError:
            feedback.pushWarning(
                self.tr("The comparison with the agreed perimeters is not available")
            )
            return None
        computed = QgsVectorLayer(
            "MultiPolygon?crs=EPSG:2154&field=id:string", "centralites", "memory"
        )
        feats = []
        for geom, values in rows:
            f = QgsFeature(computed.fields())
            f.setGeometry(geom)
            f.setAttributes([values[0]])
            feats.append(f)
        computed.dataProvider().addFeatures(feats)
        points = QgsVectorLayer("Point?crs=EPSG:2154&field=id:string", "activites", "memory")
        feats = []
        for i in range(len(acts)):
            f = QgsFeature(points.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(acts.x[i]), float(acts.y[i]))))
            f.setAttributes([f"{acts.source[i]}:{acts.source_id[i]}"])
            feats.append(f)
        points.dataProvider().addFeatures(feats)
        agreed = inputs.agreed_layer
        if agreed is None:
            agreed = inputs.agreed.materialize(QgsFeatureRequest())
        return compare_with_agreed(
            computed, agreed, points, feedback, transform_context=context.transformContext()
        )

    # -- Writing --------------------------------------------------------------------------------

    def _write(
        self, inputs, parameters, context, feedback, acts, result, perimeters, kept, rejected,
        communes, housing, act_index, phash, vintages,
    ):  # fmt: skip
        params = inputs.params
        splitter = CommuneSplitter(communes) if communes else None

        fields = QgsFields()
        for name, kind in (
            ("id", QVariant.String),
            ("insee_com", QVariant.String),
            ("nom_com", QVariant.String),
            ("parent_id", QVariant.String),
            ("cross_commune", QVariant.Bool),
            ("type", QVariant.String),
            ("niveau", QVariant.String),
            ("n_act", QVariant.Int),
            ("n_com", QVariant.Int),
            ("n_srv", QVariant.Int),
            ("n_equ", QVariant.Int),
            ("n_membres", QVariant.Int),
            ("n_types", QVariant.Int),
            ("types", QVariant.String),
            ("n_log", QVariant.Int),
            ("mix_entropy", QVariant.Double),
            ("share_big_box", QVariant.Double),
            ("rules_passed", QVariant.String),
            ("robust", QVariant.String),
            ("robust_share", QVariant.Double),
            ("surface_ha", QVariant.Double),
            ("params_hash", QVariant.String),
            ("data_vintages", QVariant.String),
            ("agreed_iou", QVariant.Double),
        ):
            fields.append(QgsField(name, kind))
        rows = []
        for p in kept:
            self._check(feedback)
            share, verdict = (None, None)
            if p.best:
                share, verdict = robustness(np.array(p.best))
            pieces = splitter.split(p.geometry) if splitter else None
            if pieces and len(pieces) > 1:
                pieces = absorb_empty_pieces(pieces, lambda g: len(act_index.inside(g)))
            if not pieces:
                pieces = [None]
            split = len(pieces) > 1
            member_set = p.members
            for piece in pieces:
                geom = p.geometry if piece is None else piece.geometry
                code = None if piece is None else piece.code
                name = None if piece is None else piece.name
                if split:
                    inside = act_index.inside(geom)
                    n_members = int(np.isin(inside, member_set).sum())
                    counts, types = _counts(acts, act_index, housing, geom, n_members)
                    kind = piece_type(p.verdict.type, counts.n_act, params)
                    pid = piece_id(p.id, code or "")
                else:
                    counts, types, kind, pid = p.counts, p.types, p.verdict.type, p.id
                niveau = (
                    level(counts.n_types, params.level_thresholds)
                    if kind == TYPE_CENTRALITY
                    else None
                )
                values = [
                    pid,
                    code,
                    name,
                    p.id,
                    split,
                    kind,
                    niveau,
                    counts.n_act,
                    counts.n_com,
                    counts.n_srv,
                    counts.n_equ,
                    counts.n_members,
                    counts.n_types,
                    ";".join(types),
                    int(round(counts.n_log)),
                    mix_entropy(counts.n_com, counts.n_srv, counts.n_equ, counts.n_log),
                    round(counts.n_big_box / counts.n_act, 6) if counts.n_act else 0.0,
                    p.verdict.rules_passed,
                    verdict,
                    share,
                    round(geom.area() / 10000.0, 6),
                    phash,
                    vintages,
                    None,  # agreed_iou, filled below
                ]
                rows.append((geom, values))

        agreed_rows = self._compare_agreed(inputs, rows, acts, context, feedback)
        if agreed_rows is not None:
            best: dict[str, float] = {}
            for row in agreed_rows:
                for cid, value in row.get("overlaps") or []:
                    best[cid] = max(best.get(cid, 0.0), float(value))
            for _, values in rows:
                values[-1] = round(best[values[0]], 6) if values[0] in best else None

        # everything is computed: only now create the outputs
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, L93
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for geom, values in rows:
            self._add(sink, fields, geom, values)
        outputs: dict[str, Any] = {self.OUTPUT: dest}

        cluster_ids = {p.label: p.id for p in perimeters}
        if self._wanted(parameters, self.OUTPUT_POINTS):
            pf = QgsFields()
            for name, kind in (
                ("source", QVariant.String),
                ("source_id", QVariant.String),
                ("function", QVariant.String),
                ("type_code", QVariant.String),
                ("cluster_id", QVariant.String),
                ("role", QVariant.String),
                ("n_raw", QVariant.Int),
            ):
                pf.append(QgsField(name, kind))
            psink, pdest = self.parameterAsSink(
                parameters, self.OUTPUT_POINTS, context, pf, QgsWkbTypes.Type.Point, L93
            )
            if psink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_POINTS))
            for i in range(len(acts)):
                if i % 1000 == 0:
                    self._check(feedback)
                label = int(result.labels[i])
                self._add(
                    psink,
                    pf,
                    QgsGeometry.fromPointXY(QgsPointXY(float(acts.x[i]), float(acts.y[i]))),
                    [
                        str(acts.source[i]),
                        str(acts.source_id[i]),
                        str(acts.function[i]),
                        str(acts.type_code[i]),
                        cluster_ids.get(label) if label >= 0 else None,
                        ROLE_NAMES[int(result.role[i])],
                        int(acts.n_raw[i]),
                    ],
                )
            outputs[self.OUTPUT_POINTS] = pdest

        if self._wanted(parameters, self.OUTPUT_REJECTED):
            rf = QgsFields()
            for name, kind in (
                ("cluster_id", QVariant.String),
                ("n_membres", QVariant.Int),
                ("n_act", QVariant.Int),
                ("n_com", QVariant.Int),
                ("n_srv", QVariant.Int),
                ("n_equ", QVariant.Int),
                ("n_log", QVariant.Int),
                ("rules_passed", QVariant.String),
                ("reason", QVariant.String),
            ):
                rf.append(QgsField(name, kind))
            rsink, rdest = self.parameterAsSink(
                parameters, self.OUTPUT_REJECTED, context, rf, QgsWkbTypes.Type.MultiPolygon, L93
            )
            if rsink is None:
                raise QgsProcessingException(
                    self.invalidSinkError(parameters, self.OUTPUT_REJECTED)
                )
            for p in rejected:
                c = p.counts
                self._add(
                    rsink,
                    rf,
                    p.geometry,
                    [
                        p.id,
                        c.n_members,
                        c.n_act,
                        c.n_com,
                        c.n_srv,
                        c.n_equ,
                        int(round(c.n_log)),
                        p.verdict.rules_passed,
                        p.verdict.reason(tr_aula),
                    ],
                )
            outputs[self.OUTPUT_REJECTED] = rdest

        if agreed_rows is not None and self._wanted(parameters, self.OUTPUT_COMPARISON):
            outputs[self.OUTPUT_COMPARISON] = self._write_comparison(
                parameters, context, agreed_rows
            )
        n_central = sum(1 for p in kept if p.verdict.type == TYPE_CENTRALITY)
        feedback.pushInfo(
            self.tr("{c} centralities, {p} peripheral poles, {r} rejected candidates").format(
                c=n_central, p=len(kept) - n_central, r=len(rejected)
            )
        )
        outputs["N_CENTRALITIES"] = n_central
        outputs["N_PERIPHERAL"] = len(kept) - n_central
        outputs["N_REJECTED"] = len(rejected)
        return outputs

    def _write_comparison(self, parameters, context, rows: list[dict]) -> str:
        from ...gis.centralities_agreed import comparison_attributes, comparison_fields

        fields = comparison_fields()
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT_COMPARISON, context, fields, QgsWkbTypes.Type.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_COMPARISON))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(comparison_attributes(row))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest

    @staticmethod
    def _wanted(parameters, key) -> bool:
        value = parameters.get(key)
        if value is None or value == "":
            return False
        return not (hasattr(value, "sink") and not value.sink.staticValue())

    @staticmethod
    def _add(sink, fields, geom, values) -> None:
        feature = QgsFeature(fields)
        feature.setGeometry(geom)
        feature.setAttributes(values)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

    def _json_path(self, parameters, context, dest: str) -> str | None:
        path = self.parameterAsFileOutput(parameters, self.OUTPUT_JSON, context)
        if path:
            return path
        base = str(dest).split("|")[0]
        match = re.match(r"^ogr:dbname='([^']+)'", base)
        if match:
            base = match.group(1)
        if base.startswith("memory:") or not base or not os.path.splitext(base)[1]:
            return None
        if not os.path.isdir(os.path.dirname(base) or "."):
            return None
        return os.path.splitext(base)[0] + ".json"

    def _write_json(
        self, inputs, parameters, context, outputs, report, mappings, kept, rejected, vintages
    ) -> str | None:
        path = self._json_path(parameters, context, outputs[self.OUTPUT])
        if path is None:
            return None
        checksums = {}
        for key, source, layer in (
            (self.ACTIVITIES, inputs.activities, inputs.activities_layer),
            (self.HOUSING, inputs.housing, inputs.housing_layer),
            (self.COMMUNES, inputs.communes, inputs.communes_layer),
            (self.AGREED, inputs.agreed, inputs.agreed_layer),
        ):
            if source is not None:
                checksums[key] = _checksum(source, layer)
        for n, layer in enumerate(inputs.barriers):
            checksums[f"{self.BARRIERS}[{n}]"] = _checksum(layer, layer)
        if inputs.grid_layer is not None:
            checksums[self.HOUSING_GRID] = {
                "name": inputs.grid_layer.name(),
                "source": inputs.grid_layer.source(),
                "sha256": _file_sha256(inputs.grid_layer.source()),
            }
        doc = {
            "algorithm": "aula:centralities",
            "ruleset": RULESET_VERSION,
            "params_hash": inputs.params.params_hash(),
            "parameters": {
                **inputs.params.to_dict(),
                "input_format": inputs.fmt,
                "function_field": inputs.function_field or None,
                "type_field": inputs.type_field or None,
                "id_field": inputs.id_field or None,
                "skip_unknown": inputs.skip_unknown,
                "dwellings_field": inputs.dwellings_field or None,
                "commune_code_field": inputs.code_field or None,
                "commune_name_field": inputs.name_field or None,
                "robustness": inputs.robustness,
                "robustness_runs": "eps × {0.75, 1, 1.25}; n_min + {-2, 0, 2}; IoU ≥ 0.7; "
                "stable if ≥ 7/9",
                "crs": "EPSG:2154",
            },
            "mapping_tables": mappings,
            "data_vintages": vintages,
            "inputs": checksums,
            "input_report": {
                "read": report.read,
                "kept": report.kept,
                "no_coordinates": report.no_coordinates,
                "duplicates": report.duplicates,
                "dropped_quality": report.dropped_quality,
                "excluded": report.excluded,
                "unknown_codes": report.unknown_codes,
            },
            "results": {
                "centralities": outputs.get("N_CENTRALITIES"),
                "peripheral_poles": outputs.get("N_PERIPHERAL"),
                "rejected": outputs.get("N_REJECTED"),
                "perimeter_ids": sorted(p.id for p in kept),
            },
            "plugin_version": __version__,
            "qgis_version": Qgis.QGIS_VERSION,
            "run_date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".centralities-", suffix=".json", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(doc, handle, ensure_ascii=False, indent=2, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.remove(tmp)
            raise
        return path

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")


# -- helpers ------------------------------------------------------------------------------------


def _xy(geom: QgsGeometry) -> tuple[float | None, float | None]:
    if geom is None or geom.isNull() or geom.isEmpty():
        return None, None
    p = geom.constGet()
    if geom.isMultipart():
        if p.numGeometries() == 0:
            return None, None
        p = p.geometryN(0)
    x, y = p.x(), p.y()
    if not (np.isfinite(x) and np.isfinite(y)):
        return None, None
    return x, y


def _multi_line(geom: QgsGeometry):
    g = QgsGeometry(geom)
    g.convertToMultiType()
    return g.asMultiPolyline()


def _multi_polygon(geom: QgsGeometry):
    g = polygonal(geom)
    return g.asMultiPolygon() if not g.isEmpty() else []


def _counts(acts, act_index: PointIndex, housing: _Housing, geom, n_members: int):
    """Step 6: activities (members and others) and dwellings inside the envelope."""
    inside = act_index.inside(geom)
    f = acts.function[inside]
    types = sorted({str(t) for t in acts.type_code[inside] if str(t)})
    counts = Counts(
        n_members=int(n_members),
        n_act=len(inside),
        n_com=int((f == "C").sum()),
        n_srv=int((f == "S").sum()),
        n_equ=int((f == "E").sum()),
        n_log=housing.total(geom),
        n_big_box=int(acts.big_box[inside].sum()),
        n_types=len(types),
    )
    return counts, types


def _file_sha256(path: str) -> str | None:
    path = str(path).split("|")[0]
    if not os.path.isfile(path):
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _checksum(source, layer: QgsVectorLayer | None) -> dict:
    """sha256 of the file, or of the sorted features (WKB + attributes) for other layers."""
    info: dict[str, Any] = {"name": source.sourceName() if hasattr(source, "sourceName") else ""}
    if layer is not None:
        info["name"] = layer.name()
        info["source"] = layer.source()
        info["crs"] = layer.crs().authid()
        if layer.providerType() == "ogr":
            digest = _file_sha256(layer.source())
            if digest:
                info["sha256"] = digest
                info["sha256_of"] = "file"
                return info
    digests = []
    for feature in source.getFeatures():
        h = hashlib.sha256(bytes(feature.geometry().asWkb()))
        h.update(json.dumps([str(v) for v in feature.attributes()]).encode("utf-8"))
        digests.append(h.hexdigest())
    info["sha256"] = hashlib.sha256("\n".join(sorted(digests)).encode()).hexdigest()
    info["sha256_of"] = "features"
    return info
