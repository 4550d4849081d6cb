"""Inputs of aula:centralities (QGIS glue): activity and dwelling points, dwellings grid, barriers,
communes, and the checksums of them all for the JSON sidecar.

Every vector input is read in Lambert-93 (EPSG:2154), reprojected with a log line when needed.
Activity rows go to the adapters of core/centralities/adapters.py, which map the codes, drop bad
locations, merge duplicates and sort.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.centralities import adapters
from ..core.centralities.rules import CentraParams
from ..core.centralities.sidecar import features_sha256, file_sha256
from ..core.errors import AulaError
from ..core.numbers import readable
from ..toolbelt.i18n import tr
from .centralities_envelope import Commune, Grid, PointIndex, grid_sum, polygonal
from .feedback import check_cancelled
from .geometry import GeometryRepair
from .provenance import recorded_as_synthetic
from .values import number, plain

L93 = QgsCoordinateReferenceSystem("EPSG:2154")

# fmt: off
MSG_REPROJECTED = QT_TRANSLATE_NOOP("aula", "{layer}: reprojected from {crs} to Lambert-93 (EPSG:2154)")  # noqa: E501
MSG_NO_CRS = QT_TRANSLATE_NOOP("aula", "{layer}: no CRS, read as Lambert-93 (EPSG:2154)")
MSG_NEGATIVE = QT_TRANSLATE_NOOP("aula", "{layer}: {n} points with a negative number of dwellings skipped")  # noqa: E501
MSG_NOT_FINITE = QT_TRANSLATE_NOOP("aula", "{layer}: {n} points with a number of dwellings that is not finite skipped (e.g. {value})")  # noqa: E501
MSG_GRID_BAD_CELLS = QT_TRANSLATE_NOOP("aula", "{layer}: {n} cells with a negative or non-finite number of dwellings counted as 0 (e.g. {value})")  # noqa: E501
MSG_DWELLING_POINTS = QT_TRANSLATE_NOOP("aula", "{layer}: {n} dwellings on {p} points")
MSG_GRID_PROJECTED = QT_TRANSLATE_NOOP("aula", "{layer}: perimeters projected to {crs} for the overlay")  # noqa: E501
MSG_GRID_DWELLINGS = QT_TRANSLATE_NOOP("aula", "{layer}: {n} dwellings in the grid")
MSG_NO_DWELLINGS = QT_TRANSLATE_NOOP("aula", "No dwellings given: every candidate fails the housing rule")  # noqa: E501
MSG_BARRIERS = QT_TRANSLATE_NOOP("aula", "Barriers: {n} segments")
MSG_NO_ACTIVITY = QT_TRANSLATE_NOOP("aula", "{layer}: no activity point left to analyse")
MSG_SYNTHETIC = QT_TRANSLATE_NOOP("aula", "Synthetic input (demo data, not real data): {layers}")
# fmt: on


@dataclass
class CentralitiesInputs:
    """The resolved parameters of a run: sources (QgsProcessingFeatureSource), their layers when
    the parameter names one (for names and file checksums), field names and the CENTRA-1 rules."""

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
    grid_layer: QgsRasterLayer | None
    communes: Any
    communes_layer: QgsVectorLayer | None
    code_field: str
    name_field: str
    barriers: list[QgsVectorLayer]
    agreed: Any
    agreed_layer: QgsVectorLayer | None
    params: CentraParams
    robustness: bool

    def options(self) -> dict[str, Any]:
        """The reading options, as the JSON sidecar records them."""
        return {
            "input_format": self.fmt,
            "function_field": self.function_field or None,
            "type_field": self.type_field or None,
            "id_field": self.id_field or None,
            "skip_unknown": self.skip_unknown,
            "dwellings_field": self.dwellings_field or None,
            "commune_code_field": self.code_field or None,
            "commune_name_field": self.name_field or None,
            "robustness": self.robustness,
        }


@dataclass
class Housing:
    """Dwellings as weighted points (with their index) or as a grid of dwellings per cell."""

    x: np.ndarray = field(default_factory=lambda: np.empty(0))
    y: np.ndarray = field(default_factory=lambda: np.empty(0))
    w: np.ndarray = field(default_factory=lambda: np.empty(0))
    index: PointIndex | None = None
    grid: Grid | None = None
    to_grid: QgsCoordinateTransform | None = None

    def total(self, geom: QgsGeometry) -> float:
        """Dwellings inside ``geom`` (EPSG:2154): points inside, or grid cells area-weighted."""
        if self.grid is not None:
            g = QgsGeometry(geom)
            if self.to_grid is not None:
                g.transform(self.to_grid)
            return grid_sum(self.grid, g)
        if self.index is None:
            return 0.0
        return float(self.w[self.index.inside(geom)].sum())


@dataclass
class Scene:
    """What every run reads: activities and their index, dwellings and barriers."""

    acts: adapters.Activities
    act_index: PointIndex
    housing: Housing
    segments: np.ndarray
    barrier_polygons: QgsGeometry | None


def point_xy(geom: QgsGeometry) -> tuple[float | None, float | None]:
    """x, y of a point (the first part of a multipoint); None, None when empty or not finite."""
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


def l93_request(
    source: Any, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> QgsFeatureRequest:
    """A request reading ``source`` in Lambert-93, saying so when it reprojects or guesses."""
    request = QgsFeatureRequest()
    crs = source.sourceCrs()
    if crs.isValid() and crs != L93:
        feedback.pushInfo(
            tr(MSG_REPROJECTED).format(
                layer=source.sourceName(), crs=crs.authid() or crs.description()
            )
        )
        request.setDestinationCrs(L93, context.transformContext())
    elif not crs.isValid():
        feedback.pushWarning(tr(MSG_NO_CRS).format(layer=source.sourceName()))
    return request


def read_activities(
    inputs: CentralitiesInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> tuple[adapters.Activities, adapters.AdapterReport, dict[str, dict[str, str]]]:
    """The activity points through the adapter of their format; the mapping tables used."""
    source = inputs.activities
    names = source.fields().names()
    rows = []
    request = l93_request(source, context, feedback)
    columns = list(enumerate(names))
    if inputs.fmt == "generic":  # only the chosen fields are read
        wanted = {f for f in (inputs.function_field, inputs.type_field, inputs.id_field) if f}
        request.setSubsetOfAttributes(sorted(wanted), source.fields())
        columns = [(i, name) for i, name in columns if name in wanted]
    for feature in source.getFeatures(request):
        if len(rows) % 1000 == 0:
            check_cancelled(feedback)
        attributes = feature.attributes()
        row = {name: plain(attributes[i]) for i, name in columns}
        row["_x"], row["_y"] = point_xy(feature.geometry())
        row["_fid"] = str(feature.id())
        rows.append(row)

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


def read_dwellings_grid(
    layer: QgsRasterLayer, feedback: QgsProcessingFeedback | None = None
) -> tuple[np.ndarray, tuple[float, ...]]:
    """Band 1 of the dwellings grid as float64 (nodata → 0; negative and non-finite cells → 0,
    counted in a warning) and its geotransform."""
    ds = gdal.Open(layer.source())
    band = ds.GetRasterBand(1)
    data = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None and not np.isnan(nodata):
        data[data == nodata] = 0.0
    with np.errstate(invalid="ignore"):
        bad = ~np.isfinite(data) | (data < 0)
    if bad.any() and feedback is not None:
        feedback.pushWarning(
            tr(MSG_GRID_BAD_CELLS).format(
                layer=layer.name(), n=int(bad.sum()), value=readable(data[bad][0])
            )
        )
    data[bad] = 0.0
    return data, ds.GetGeoTransform()


def _read_dwelling_points(
    inputs: CentralitiesInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> Housing:
    housing = Housing()
    xs, ys, ws = [], [], []
    negative = 0
    not_finite: list[float] = []
    request = l93_request(inputs.housing, context, feedback)
    request.setSubsetOfAttributes([inputs.dwellings_field], inputs.housing.fields())
    for feature in inputs.housing.getFeatures(request):
        if len(xs) % 1000 == 0:
            check_cancelled(feedback)
        x, y = point_xy(feature.geometry())
        w = number(feature[inputs.dwellings_field])
        if w is None:  # NULL, blank or not a number: no dwelling
            w = 0.0
        if x is None:
            continue
        if not np.isfinite(w):
            not_finite.append(w)
            continue
        if w < 0:
            negative += 1
            continue
        xs.append(x)
        ys.append(y)
        ws.append(w)
    name = inputs.housing.sourceName()
    if negative:
        feedback.pushWarning(tr(MSG_NEGATIVE).format(layer=name, n=negative))
    if not_finite:
        feedback.pushWarning(
            tr(MSG_NOT_FINITE).format(layer=name, n=len(not_finite), value=readable(not_finite[0]))
        )
    housing.x, housing.y, housing.w = np.array(xs), np.array(ys), np.array(ws)
    housing.index = PointIndex(housing.x, housing.y)
    feedback.pushInfo(tr(MSG_DWELLING_POINTS).format(layer=name, n=int(housing.w.sum()), p=len(xs)))
    return housing


def read_housing(
    inputs: CentralitiesInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> Housing:
    """Dwelling points, or the dwellings grid, or nothing (with a warning)."""
    if inputs.housing is not None:
        return _read_dwelling_points(inputs, context, feedback)
    housing = Housing()
    layer = inputs.grid_layer
    if layer is None:
        feedback.pushWarning(tr(MSG_NO_DWELLINGS))
        return housing
    data, geotransform = read_dwellings_grid(layer, feedback)
    housing.grid = Grid(data, geotransform)
    if layer.crs() != L93:
        housing.to_grid = QgsCoordinateTransform(L93, layer.crs(), context.transformContext())
        feedback.pushInfo(
            tr(MSG_GRID_PROJECTED).format(layer=layer.name(), crs=layer.crs().authid())
        )
    feedback.pushInfo(tr(MSG_GRID_DWELLINGS).format(layer=layer.name(), n=int(round(data.sum()))))
    return housing


def _rings_and_lines(geom: QgsGeometry, kind: int) -> list:
    """The boundary rings of a polygon barrier, the lines of a line barrier."""
    if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        g = polygonal(geom)
        polygons = g.asMultiPolygon() if not g.isEmpty() else []
        return [ring for poly in polygons for ring in poly]
    g = QgsGeometry(geom)
    g.convertToMultiType()
    return g.asMultiPolyline()


def read_barriers(
    inputs: CentralitiesInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> tuple[np.ndarray, QgsGeometry | None]:
    """Barrier segments (x1, y1, x2, y2 rows) and the union of the barrier polygons."""
    segments: list[np.ndarray] = []
    polygons: list[QgsGeometry] = []
    line_kinds = (QgsWkbTypes.GeometryType.PolygonGeometry, QgsWkbTypes.GeometryType.LineGeometry)
    for layer in inputs.barriers:
        request = QgsFeatureRequest().setNoAttributes()
        if layer.crs().isValid() and layer.crs() != L93:
            feedback.pushInfo(
                tr(MSG_REPROJECTED).format(layer=layer.name(), crs=layer.crs().authid())
            )
            request.setDestinationCrs(L93, context.transformContext())
        kind = layer.geometryType()
        for feature in layer.getFeatures(request):
            check_cancelled(feedback)
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty() or kind not in line_kinds:
                continue
            if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
                polygons.append(QgsGeometry(geom))
            for line in _rings_and_lines(geom, kind):
                pts = np.array([(p.x(), p.y()) for p in line], dtype=np.float64)
                if len(pts) >= 2:
                    segments.append(np.hstack([pts[:-1], pts[1:]]))
    seg = np.vstack(segments) if segments else np.empty((0, 4))
    poly = QgsGeometry.unaryUnion(polygons) if polygons else None
    if inputs.barriers:
        feedback.pushInfo(tr(MSG_BARRIERS).format(n=len(seg)))
    return seg, poly


def read_communes(
    inputs: CentralitiesInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> list[Commune] | None:
    """The communes (code, name, geometry in EPSG:2154); None when none are given."""
    if inputs.communes is None:
        return None
    out = []
    repair = GeometryRepair()
    request = l93_request(inputs.communes, context, feedback)
    flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks  # repaired below
    for feature in inputs.communes.getFeatures(request, flags):
        check_cancelled(feedback)
        geom = repair(feature.geometry())
        if geom is None:
            continue
        code = feature[inputs.code_field]
        name = feature[inputs.name_field] if inputs.name_field else None
        out.append(
            Commune(
                str(code) if code is not None else "",
                str(name) if name is not None else "",
                geom,
            )
        )
    repair.report(feedback, inputs.communes.sourceName())
    return out


def read_scene(
    inputs: CentralitiesInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> tuple[Scene, list[Commune] | None, adapters.AdapterReport, dict[str, dict[str, str]]]:
    """Everything a run reads, activities snapped to 0.01 m; AulaError when no activity is left.

    Also the communes, what the adapters kept or dropped, and the mapping tables used.
    """
    acts, report, mappings = read_activities(inputs, context, feedback)
    for line in report.messages(tr):
        feedback.pushInfo(line)
    if len(acts) == 0:
        raise AulaError(MSG_NO_ACTIVITY, layer=inputs.activities.sourceName())
    acts.x = np.round(acts.x, 2)
    acts.y = np.round(acts.y, 2)
    housing = read_housing(inputs, context, feedback)
    seg, poly = read_barriers(inputs, context, feedback)
    communes = read_communes(inputs, context, feedback)
    scene = Scene(acts, PointIndex(acts.x, acts.y), housing, seg, poly)
    return scene, communes, report, mappings


def data_vintages(
    inputs: CentralitiesInputs,
    report: adapters.AdapterReport,
    mappings: dict[str, Any],
    feedback: QgsProcessingFeedback,
) -> str:
    """The vintages of the data and mapping tables; SYNTHÉTIQUE (and a warning) when the
    provenance of the activity or dwelling layer says synthetic (the sheets are then stamped)."""
    vintages = "; ".join(v for v in [report.vintage, *mappings] if v)
    synthetic = [
        layer.name()
        for layer in (inputs.activities_layer, inputs.housing_layer)
        if recorded_as_synthetic(layer)
    ]
    if synthetic:
        vintages = "; ".join(v for v in [vintages, "SYNTHÉTIQUE"] if v)
        feedback.pushWarning(tr(MSG_SYNTHETIC).format(layers=", ".join(synthetic)))
    return vintages


# -- checksums for the JSON sidecar ------------------------------------------------------------


def layer_checksum(source: Any, layer: QgsVectorLayer | None) -> dict[str, Any]:
    """sha256 of the file, or of the sorted features (WKB + attributes) for other layers."""
    info: dict[str, Any] = {"name": source.sourceName() if hasattr(source, "sourceName") else ""}
    if layer is not None:
        info["name"] = layer.name()
        info["source"] = layer.source()
        info["crs"] = layer.crs().authid()
        if layer.providerType() == "ogr":
            digest = file_sha256(layer.source())
            if digest:
                info["sha256"] = digest
                info["sha256_of"] = "file"
                return info
    digests = []
    for feature in source.getFeatures():
        h = hashlib.sha256(bytes(feature.geometry().asWkb()))
        h.update(json.dumps([str(v) for v in feature.attributes()]).encode("utf-8"))
        digests.append(h.hexdigest())
    info["sha256"] = features_sha256(digests)
    info["sha256_of"] = "features"
    return info


def input_checksums(inputs: CentralitiesInputs) -> dict[str, Any]:
    """One checksum per input given, keyed by its parameter name."""
    checksums = {}
    for key, source, layer in (
        ("ACTIVITIES", inputs.activities, inputs.activities_layer),
        ("HOUSING", inputs.housing, inputs.housing_layer),
        ("COMMUNES", inputs.communes, inputs.communes_layer),
        ("AGREED", inputs.agreed, inputs.agreed_layer),
    ):
        if source is not None:
            checksums[key] = layer_checksum(source, layer)
    for n, layer in enumerate(inputs.barriers):
        checksums[f"BARRIERS[{n}]"] = layer_checksum(layer, layer)
    if inputs.grid_layer is not None:
        checksums["HOUSING_GRID"] = {
            "name": inputs.grid_layer.name(),
            "source": inputs.grid_layer.source(),
            "sha256": file_sha256(inputs.grid_layer.source()),
        }
    return checksums
