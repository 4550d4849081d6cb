"""OCS GE layers read and overlaid with the communes: artificialised stock and flows (QGIS glue).

Each OCS GE polygon is reprojected to Lambert-93, repaired when invalid, given its millésime
(``millesime`` field or the year in the layer's name), its CS/US codes and its artificialised status
(IGN's ``artif`` field or the raw CS × US matrix), then clipped by the communes
(``gis/overlay.py``). The sums and the output rows are pure logic in
``core/zan/artificialisation.py`` and ``core/zan/ocsge.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.compat import zip_strict
from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.zan import artificialisation as art
from ..core.zan import ocsge
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .geometry import GeometryRepair, repaired
from .overlay import (
    Communes,
    StatusIndex,
    ZoneOverlay,
    lambert93_request,
    reproject_note,
)
from .values import plain_date_text

#: progress shares of the reading of the layers and of the flows
READ_SHARE, FLOW_SHARE = 75.0, 20.0
#: warnings listed one by one before a total
MAX_LISTED = 10

CONTEXT = "ZanArtificialisationReader"
# fmt: off
MSG_NOT_VECTOR = QT_TRANSLATE_NOOP("ZanArtificialisationReader",
    "{layer}: not a vector layer")
MSG_EMPTY = QT_TRANSLATE_NOOP("ZanArtificialisationReader",
    "{layer}: the layer has no feature")
MSG_OUTSIDE = QT_TRANSLATE_NOOP("ZanArtificialisationReader",
    "{layer}: {count} polygon(s) outside the communes were ignored")
MSG_COVERAGE = QT_TRANSLATE_NOOP("ZanArtificialisationReader",
    "Commune {insee}, millésime {year}: OCS GE polygons cover {pct:.2f} % of the commune "
    "(gaps or overlaps)")
MSG_COVERAGE_TOTAL = QT_TRANSLATE_NOOP("ZanArtificialisationReader",
    "{count} commune-millésime(s) in all are not fully covered")
MSG_MILLESIMES = QT_TRANSLATE_NOOP("ZanArtificialisationReader",
    "Département {dep}: millésimes {years}")
MSG_ONE_LAYER = QT_TRANSLATE_NOOP("ZanArtificialisationReader",
    "Flows need at least two OCS GE layers (millésimes)")
MSG_FLOW_GAP = QT_TRANSLATE_NOOP("ZanArtificialisationReader",
    "{y1}-{y2}: net flow differs from the stock difference by more than 0.5 ha in {count} "
    "commune(s): {communes}")
# fmt: on


@dataclass
class OcsLayer:
    """An OCS GE layer: its source, name, field map and the millésime its name gives (if needed)."""

    source: QgsProcessingFeatureSource
    name: str
    fields: dict[str, str]
    year_from_name: int | None


@dataclass
class Pieces:
    """Clipped pieces of every OCS GE layer, as parallel lists."""

    commune: list[int] = field(default_factory=list)
    area: list[float] = field(default_factory=list)
    artif: list[bool] = field(default_factory=list)
    sealed: list[bool] = field(default_factory=list)
    year: list[int] = field(default_factory=list)
    geometry: list[QgsGeometry | None] = field(default_factory=list)


def ocs_layers(
    layers: list[QgsMapLayer], needs_artif: bool, context: QgsProcessingContext
) -> list[OcsLayer]:
    """The OCS GE layers checked: one nomenclature, code fields, artif (IGN method), millésime."""
    tags = {
        layer.name(): ocsge.detect_tag([f.name() for f in layer.fields()]) or ocsge.TAG_OCSGE
        for layer in layers
    }
    ocsge.check_single_tag(tags)
    result = []
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer):
            raise QgsProcessingException(tr(MSG_NOT_VECTOR, CONTEXT).format(layer=layer.name()))
        names = [f.name() for f in layer.fields()]
        found = ocsge.check_ocsge_schema(names, layer.name())
        if needs_artif and ocsge.ARTIF not in found:
            raise AulaError(ocsge.NO_ARTIF_FIELD, layer=layer.name())
        year = None
        if ocsge.MILLESIME not in found:
            year = ocsge.year_from_name(layer.name(), layer.name())
        if layer.featureCount() == 0:
            raise QgsProcessingException(tr(MSG_EMPTY, CONTEXT).format(layer=layer.name()))
        source = QgsProcessingFeatureSource(layer, context)
        result.append(OcsLayer(source, layer.name(), found, year))
    return result


def artificialisation_tables(
    communes: Communes,
    layers: list[OcsLayer],
    matrix: ocsge.ArtifMatrix | None,
    flows_wanted: bool,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
    names: dict[str, str] | None = None,
) -> tuple[list[list[Any]], list[list[Any]]]:
    """Stock rows (core.zan.artificialisation.STOCK_FIELDS) and flow rows (FLOW_FIELDS).

    ``matrix`` None: the status comes from the artif field. Flows need two layers or more.
    ``names``: territory -> name (gis.overlay.overlay_names), for their ``nom`` column.
    """
    keep = len(layers) > 1 and flows_wanted
    pieces = Pieces()
    statuses: dict[int, StatusIndex] = {}
    total = sum(max(layer.source.featureCount(), 0) for layer in layers) or 1
    done = 0
    nomenclature = ocsge.load_nomenclature()
    ranges: list[tuple[int, int]] = []  # the pieces of each layer
    for layer in layers:
        start = len(pieces.area)
        done = _read_layer(
            layer,
            communes,
            matrix,
            pieces,
            statuses if keep else None,
            nomenclature,
            context,
            feedback,
            done,
            total,
        )
        ranges.append((start, len(pieces.area)))
    stocks = art.stocks_by_year(
        np.array(pieces.commune, dtype=np.int64),
        np.array(pieces.area, dtype=float),
        np.array(pieces.artif, dtype=bool),
        np.array(pieces.sealed, dtype=bool),
        np.array(pieces.year, dtype=np.int64),
        len(communes.insee),
    )
    index = art.millesime_index(communes, stocks)
    excess = art.excess_coverage(communes, stocks, index)
    if excess:
        overlaps = _overlaps(layers, ranges, pieces, excess, communes, stocks, context, feedback)
        for warning in art.check_overlaps(overlaps):
            feedback.pushWarning(warning.message(tr))
    gaps = art.coverage_gaps(communes, stocks, index)
    for insee, year, pct in gaps[:MAX_LISTED]:
        feedback.pushWarning(tr(MSG_COVERAGE, CONTEXT).format(insee=insee, year=year, pct=pct))
    if len(gaps) > MAX_LISTED:
        feedback.pushWarning(tr(MSG_COVERAGE_TOTAL, CONTEXT).format(count=len(gaps)))
    for dep in sorted(index.years):
        feedback.pushInfo(
            tr(MSG_MILLESIMES, CONTEXT).format(
                dep=dep, years=", ".join(str(y) for y in index.years[dep])
            )
        )
    stock_rows = art.stock_rows(communes, stocks, index, names)
    flow_rows: list[list[Any]] = []
    if keep:
        pair_flows = _pair_flows(communes, pieces, statuses, stocks, index, feedback)
        for y1, y2, bad in art.flow_gaps(communes, pair_flows, index):
            feedback.pushWarning(
                tr(MSG_FLOW_GAP, CONTEXT).format(
                    y1=y1, y2=y2, count=len(bad), communes=", ".join(bad[:MAX_LISTED])
                )
            )
        flow_rows = art.flow_rows(communes, pair_flows, stocks, index, names)
    elif flows_wanted:
        feedback.pushWarning(tr(MSG_ONE_LAYER, CONTEXT))
    feedback.setProgress(READ_SHARE + FLOW_SHARE)
    return stock_rows, flow_rows


def _read_layer(
    layer: OcsLayer,
    communes: Communes,
    matrix: ocsge.ArtifMatrix | None,
    pieces: Pieces,
    statuses: dict[int, StatusIndex] | None,
    nomenclature: ocsge.Nomenclature,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
    done: int,
    total: int,
) -> int:
    """Clip one layer's polygons by the communes into ``pieces``; the running feature count."""
    source = layer.source
    fields = source.fields()
    reproject_note(source, feedback)
    idx = {key: fields.lookupField(name) for key, name in layer.fields.items()}
    request = lambert93_request(context)
    wanted = [
        i for key, i in idx.items() if key in (ocsge.CS, ocsge.US, ocsge.ARTIF, ocsge.MILLESIME)
    ]
    request.setSubsetOfAttributes(wanted)
    cs_seen: set[str | None] = set()
    us_seen: set[str | None] = set()
    # attribute values repeat a lot: each distinct raw value is parsed once
    cs_cache: dict[Any, str | None] = {}
    us_cache: dict[Any, str | None] = {}
    artif_cache: dict[Any, bool] = {}
    matrix_cache: dict[tuple[str | None, str | None], bool] = {}
    outside = 0
    repair = GeometryRepair()
    step = max(total // 100, 1)
    i_cs, i_us = idx[ocsge.CS], idx[ocsge.US]
    i_artif = idx.get(ocsge.ARTIF, -1)
    year_of = _year_reader(layer, idx.get(ocsge.MILLESIME, -1))
    overlay = communes.overlay
    for feature in source.getFeatures(
        request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    ):
        done += 1
        if done % step == 0:
            check_cancelled(feedback)
            feedback.setProgress(READ_SHARE * done / total)
        geometry = repair(feature.geometry())
        if geometry is None:
            continue
        attrs = feature.attributes()
        raw_cs, raw_us = attrs[i_cs], attrs[i_us]
        cs = cs_cache.get(raw_cs, "?")
        if cs == "?":
            cs = cs_cache[raw_cs] = ocsge.clean_code(plain_date_text(raw_cs), "CS")
            cs_seen.add(cs)
        us = us_cache.get(raw_us, "?")
        if us == "?":
            us = us_cache[raw_us] = ocsge.clean_code(plain_date_text(raw_us), "US")
            us_seen.add(us)
        year = year_of(attrs)
        if matrix is None:
            raw_artif = attrs[i_artif]
            status = artif_cache.get(raw_artif)
            if status is None:
                status = artif_cache[raw_artif] = ocsge.parse_artif(
                    plain_date_text(raw_artif), layer.name
                )
        else:
            status = matrix_cache.get((cs, us))
            if status is None:
                status = matrix_cache[(cs, us)] = matrix.is_artif(cs, us)
        is_sealed = cs in ocsge.SEALED_CS
        clipped = overlay.clip(geometry, keep_geometry=statuses is not None and status)
        if not clipped:
            outside += 1
        for n, piece_area, piece in clipped:
            pieces.commune.append(n)
            pieces.area.append(piece_area)
            pieces.artif.append(status)
            pieces.sealed.append(is_sealed)
            pieces.year.append(year)
            pieces.geometry.append(piece)
        if statuses is not None and clipped:
            statuses.setdefault(year, StatusIndex()).add(geometry, status)
    ocsge.validate_codes(cs_seen, "cs", nomenclature, layer.name, layer.fields[ocsge.CS])
    ocsge.validate_codes(us_seen, "us", nomenclature, layer.name, layer.fields[ocsge.US])
    repair.report(feedback, layer.name)
    if outside:
        feedback.pushInfo(tr(MSG_OUTSIDE, CONTEXT).format(layer=layer.name, count=outside))
    return done


def _year_reader(layer: OcsLayer, i_year: int) -> Callable[[list[Any]], int]:
    """The millésime of a feature from its attributes (each raw value parsed once)."""
    if layer.year_from_name is not None:
        year = layer.year_from_name
        return lambda attrs: year
    cache: dict[Any, int] = {}

    def year_of(attrs: list[Any]) -> int:
        raw = attrs[i_year]
        found = cache.get(raw)
        if found is None:
            found = cache[raw] = ocsge.parse_year(plain_date_text(raw), layer.name)
        return found

    return year_of


def _overlaps(
    layers: list[OcsLayer],
    ranges: list[tuple[int, int]],
    pieces: Pieces,
    excess: list[tuple[int, int]],
    communes: Communes,
    stocks: dict[int, ocsge.Stock],
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> list[art.Overlap]:
    """Where the pieces of a millésime add up to more than the commune: Σ areas − union area.

    Only these communes are read again and their pieces merged (no union elsewhere: a valid
    OCS GE tiles each commune, so the sums already match the communes' areas).
    """
    wanted = set(excess)
    commune = np.array(pieces.commune, dtype=np.int64)
    year = np.array(pieces.year, dtype=np.int64)
    names: dict[tuple[int, int], list[str]] = {}
    for layer, (start, end) in zip_strict(layers, ranges):
        present = set(zip(commune[start:end].tolist(), year[start:end].tolist()))
        for key in wanted & present:
            names.setdefault(key, []).append(layer.name)
    union = _union_areas(layers, communes, wanted, context, feedback)
    return [
        art.Overlap(
            communes.insee[n],
            y,
            tuple(names.get((n, y), [])),
            float(stocks[y].area_m2[n]) - union.get((n, y), 0.0),
            float(communes.area[n]),
        )
        for n, y in excess
    ]


def _union_areas(
    layers: list[OcsLayer],
    communes: Communes,
    wanted: set[tuple[int, int]],
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> dict[tuple[int, int], float]:
    """(commune index, millésime) -> area covered by the polygons (their union), for ``wanted``."""
    subset = sorted({n for n, _ in wanted})
    zones = [communes.overlay.zones[n].geometry for n in subset]
    overlay = ZoneOverlay(zones, feedback.isCanceled)
    box = QgsRectangle()
    for zone in zones:
        box.combineExtentWith(zone.boundingBox())
    parts: dict[tuple[int, int], list[QgsGeometry]] = {}
    for layer in layers:
        source = layer.source
        i_year = -1
        if layer.year_from_name is None:
            i_year = source.fields().lookupField(layer.fields[ocsge.MILLESIME])
        year_of = _year_reader(layer, i_year)
        request = lambert93_request(context)
        request.setFilterRect(box)  # in the request's destination CRS (Lambert-93)
        request.setSubsetOfAttributes([i_year] if i_year >= 0 else [])
        for done, feature in enumerate(
            source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        ):
            if done % 1000 == 0:
                check_cancelled(feedback)
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry = repaired(geometry)[0]  # as in the first reading (already reported)
            year = year_of(feature.attributes())
            for k, _, piece in overlay.clip(geometry, keep_geometry=True):
                key = (subset[k], year)
                if key in wanted:
                    parts.setdefault(key, []).append(piece)
    areas = {}
    for key, geometries in parts.items():
        check_cancelled(feedback)
        areas[key] = QgsGeometry.unaryUnion(geometries).area()
    return areas


def _pair_flows(
    communes: Communes,
    pieces: Pieces,
    statuses: dict[int, StatusIndex],
    stocks: dict[int, ocsge.Stock],
    index: ocsge.MillesimeIndex,
    feedback: QgsProcessingFeedback,
) -> dict[tuple[int, int], ocsge.Flows]:
    """Per pair of consecutive millésimes, the areas artificialised and renaturalised."""
    size = len(communes.insee)
    pair_flows: dict[tuple[int, int], ocsge.Flows] = {}
    pairs = sorted({p for dep in index.years for p in index.pairs(dep)})
    artif_pieces = [k for k, a in enumerate(pieces.artif) if a]
    work = max(len(artif_pieces) * len(pairs), 1)
    done = 0
    for y1, y2 in pairs:
        deps = {dep for dep in index.years if (y1, y2) in index.pairs(dep)}
        gained: tuple[list[int], list[float]] = ([], [])
        lost: tuple[list[int], list[float]] = ([], [])
        for k in artif_pieces:
            done += 1
            if done % 1000 == 0:
                check_cancelled(feedback)
                feedback.setProgress(READ_SHARE + FLOW_SHARE * done / work)
            n, year = pieces.commune[k], pieces.year[k]
            if communes.dep[n] not in deps or year not in (y1, y2):
                continue
            geometry = pieces.geometry[k]
            if geometry is None:
                continue
            # an artificialised piece of y2 over non-artificialised land of y1 is gained (A+),
            # one of y1 over non-artificialised land of y2 is lost (A-)
            other, target = (statuses[y1], gained) if year == y2 else (statuses[y2], lost)
            target[0].append(n)
            target[1].append(other.area_with_status(geometry, False))
        pair_flows[(y1, y2)] = ocsge.flows(
            np.array(gained[0], dtype=np.int64),
            np.array(gained[1]),
            np.array(lost[0], dtype=np.int64),
            np.array(lost[1]),
            stocks[y1].artif_m2,
            stocks[y2].artif_m2,
            size,
        )
    return pair_flows
