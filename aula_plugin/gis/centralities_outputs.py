"""Outputs of aula:centralities (QGIS glue): perimeter rows split by commune, the comparison with
the agreed perimeters, the feature writers and the JSON sidecar.

Commune split (CENTRALITIES.md §3.4 step 8): pieces get their own counts, type (extension below
n_min / 2) and level; they keep the parent's rules_passed and robustness. A part outside every
commune stays a piece without commune, so that the pieces always union back to the perimeter;
slivers without any activity join the perimeter's main piece.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from ..__about__ import __version__
from ..core.centralities import sidecar
from ..core.centralities.adapters import Activities, AdapterReport
from ..core.centralities.cluster import ClusterResult, piece_id, robustness
from ..core.centralities.outputs import (
    fill_agreed_iou,
    perimeter_values,
    point_values,
    rejected_values,
)
from ..core.centralities.rules import CentraParams, piece_type
from ..toolbelt.i18n import tr
from .centralities_agreed import agreed_iou_by_computed, compare_with_agreed
from .centralities_delineation import Perimeter, Scene, counts_inside
from .centralities_envelope import Commune, CommuneSplitter, absorb_empty_pieces
from .centralities_inputs import CentralitiesInputs, input_checksums
from .feedback import check_cancelled

Row = tuple[QgsGeometry, list[Any]]


def perimeter_rows(
    kept: list[Perimeter],
    communes: list[Commune] | None,
    scene: Scene,
    params: CentraParams,
    params_hash: str,
    vintages: str,
    feedback: QgsProcessingFeedback,
) -> list[Row]:
    """One (geometry, values) row per kept perimeter, or per commune piece of it."""
    splitter = CommuneSplitter(communes) if communes else None
    acts, act_index = scene.acts, scene.act_index
    rows = []
    for p in kept:
        check_cancelled(feedback)
        share, verdict = (None, None)
        if p.best:
            share, verdict = robustness(np.array(p.best))
        pieces = splitter.split(p.geometry) if splitter else None
        if pieces and len(pieces) > 1:
            pieces = absorb_empty_pieces(pieces, lambda g: len(act_index.inside(g)))
        if not pieces:
            pieces = [None]
        split = len(pieces) > 1
        for piece in pieces:
            geom = p.geometry if piece is None else piece.geometry
            code = None if piece is None else piece.code
            name = None if piece is None else piece.name
            if split:
                inside = act_index.inside(geom)
                n_members = int(np.isin(inside, p.members).sum())
                counts, types = counts_inside(acts, act_index, scene.housing, geom, n_members)
                kind = piece_type(p.verdict.type, counts.n_act, params)
                pid = piece_id(p.id, code or "")
            else:
                counts, types, kind, pid = p.counts, p.types, p.verdict.type, p.id
            values = perimeter_values(
                piece_id=pid,
                code=code,
                name=name,
                parent_id=p.id,
                split=split,
                kind=kind,
                counts=counts,
                types=types,
                params=params,
                rules_passed=p.verdict.rules_passed,
                robust=verdict,
                robust_share=share,
                area_m2=geom.area(),
                params_hash=params_hash,
                vintages=vintages,
            )
            rows.append((geom, values))
    return rows


def compare_with_agreed_perimeters(
    inputs: CentralitiesInputs,
    rows: list[Row],
    acts: Activities,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> list[dict[str, Any]] | None:
    """Compare the final perimeters (commune pieces) with the agreed ones (read only) and fill
    the rows' agreed_iou; the comparison rows, or None without agreed perimeters."""
    if inputs.agreed is None:
        return None

    computed = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=id:string", "centralites", "memory")
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
    comparison = compare_with_agreed(
        computed, agreed, points, feedback, transform_context=context.transformContext()
    )
    fill_agreed_iou([values for _, values in rows], agreed_iou_by_computed(comparison))
    return comparison


# -- writers -----------------------------------------------------------------------------------


def add_features(
    sink: QgsFeatureSink, fields: QgsFields, rows: Iterable[tuple[QgsGeometry | None, list[Any]]]
) -> None:
    """Add (geometry, values) rows to ``sink``; a None geometry writes a row without geometry."""
    for geom, values in rows:
        feature = QgsFeature(fields)
        if geom is not None:
            feature.setGeometry(geom)
        feature.setAttributes(values)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


def point_rows(
    acts: Activities,
    result: ClusterResult,
    cluster_ids: dict[int, str],
    feedback: QgsProcessingFeedback,
) -> Iterable[Row]:
    """The activity points with their role and cluster id, lazily (one point at a time)."""
    for i in range(len(acts)):
        if i % 1000 == 0:
            check_cancelled(feedback)
        label = int(result.labels[i])
        geom = QgsGeometry.fromPointXY(QgsPointXY(float(acts.x[i]), float(acts.y[i])))
        cluster_id = cluster_ids.get(label) if label >= 0 else None
        yield geom, point_values(acts, i, cluster_id, result.role[i])


def rejected_rows(rejected: list[Perimeter]) -> list[Row]:
    """The rejected candidates with their reason in the user's language."""
    return [
        (p.geometry, rejected_values(p.id, p.counts, p.verdict.rules_passed, p.verdict.reason(tr)))
        for p in rejected
    ]


def write_sidecar(
    path: str,
    inputs: CentralitiesInputs,
    report: AdapterReport,
    mappings: dict[str, Any],
    vintages: str,
    results: dict[str, Any],
) -> str:
    """The JSON sidecar with the checksums of the inputs and the QGIS version; its path."""
    doc = sidecar.sidecar_document(
        params=inputs.params,
        options=inputs.options(),
        mappings=mappings,
        vintages=vintages,
        checksums=input_checksums(inputs),
        report=report,
        results=results,
        plugin_version=__version__,
        qgis_version=Qgis.QGIS_VERSION,
    )
    return sidecar.write_json(path, doc)
