"""One CENTRA-1 run (CENTRALITIES.md §3.4 steps 1-7) and the robustness re-runs (step 10).

QGIS glue around the pure clustering and rules: cluster the activity points, draw each cluster's
envelope, count activities (members and others) and dwellings inside it, and judge it.

Robustness: the 9 runs eps × {0.75, 1, 1.25}, n_min + {−2, 0, +2}. Runs sharing a link distance
share their clusters and envelopes (n_min only selects candidates), so only the two other link
distances are clustered again; a perimeter is matched when a kept perimeter (centralité or pôle)
of a run has IoU ≥ 0.7 with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from qgis.core import QgsGeometry, QgsProcessingFeedback
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.centralities.adapters import Activities
from ..core.centralities.cluster import (
    ClusterResult,
    cluster_points,
    members_by_cluster,
    stable_id,
)
from ..core.centralities.rules import CentraParams, Counts, Verdict, evaluate
from ..toolbelt.i18n import tr
from .centralities_envelope import PointIndex, best_iou, envelope
from .centralities_inputs import Housing, Scene
from .feedback import check_cancelled

# fmt: off
MSG_SUMMARY = QT_TRANSLATE_NOOP("aula", "{n} activities, {c} clusters ({core} core, {border} border, {noise} noise points; {cut} links cut by barriers): {k} perimeters, {r} rejected")  # noqa: E501
# fmt: on


@dataclass
class Perimeter:
    """A candidate: its cluster label, members (indices into the activities), envelope, counts,
    verdict, equipment types; its stable id and best IoU per robustness run once known."""

    label: int
    members: np.ndarray
    geometry: QgsGeometry
    counts: Counts
    verdict: Verdict
    types: list[str]
    id: str = ""
    best: list[float] = field(default_factory=list)


def counts_inside(
    acts: Activities, act_index: PointIndex, housing: Housing, geom: QgsGeometry, n_members: int
) -> tuple[Counts, list[str]]:
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


def delineate(
    scene: Scene,
    params: CentraParams,
    feedback: QgsProcessingFeedback,
    span: tuple[float, float],
    final: bool,
) -> tuple[ClusterResult, list[Perimeter]]:
    """Cluster, envelopes, counts and verdicts. final=False skips clusters below n_min.

    ``span`` is (start, width) of the progress bar given to this run.
    """
    start, width = span
    acts = scene.acts
    seg = scene.segments
    result = cluster_points(
        acts.x,
        acts.y,
        params.link_distance,
        params.min_points,
        seg if len(seg) else None,
        is_canceled=feedback.isCanceled,
    )
    groups = members_by_cluster(result.labels)
    perimeters: list[Perimeter] = []
    total = max(len(groups), 1)
    for label, members in enumerate(groups):
        check_cancelled(feedback)
        if not final and len(members) < params.min_activities:
            continue
        geom = envelope(
            acts.x[members],
            acts.y[members],
            params.envelope_radius,
            params.closing,
            params.hole_max,
            scene.barrier_polygons,
        )
        counts, types = counts_inside(acts, scene.act_index, scene.housing, geom, len(members))
        perimeters.append(Perimeter(label, members, geom, counts, evaluate(counts, params), types))
        if label % 50 == 0:
            feedback.setProgress(start + width * (label + 1) / total)
    return result, perimeters


def name_perimeters(acts: Activities, perimeters: list[Perimeter], params_hash: str) -> None:
    """Give each perimeter its stable id, from its members' "source:source_id" keys."""
    keys = np.char.add(np.char.add(acts.source.astype(str), ":"), acts.source_id.astype(str))
    for p in perimeters:
        p.id = stable_id(keys[p.members].tolist(), params_hash)


def summary(n_acts: int, result: ClusterResult, n_kept: int, n_rejected: int) -> str:
    """The log line of a run: activities, clusters, roles, cut links, perimeters."""
    return tr(MSG_SUMMARY).format(
        n=n_acts,
        c=result.n_clusters,
        core=int((result.role == 0).sum()),
        border=int((result.role == 1).sum()),
        noise=int((result.role == 2).sum()),
        cut=result.n_cut,
        k=n_kept,
        r=n_rejected,
    )


def robustness_runs(
    scene: Scene,
    params: CentraParams,
    perimeters: list[Perimeter],
    kept: list[Perimeter],
    feedback: QgsProcessingFeedback,
) -> None:
    """Step 10: set ``best`` of each kept perimeter: its best IoU in each of the 9 runs, in the
    order of ``params.robustness_variants()``."""
    base = [p.geometry for p in kept]
    variants = params.robustness_variants()
    by_eps: dict[float, list[CentraParams]] = {}
    for v in variants:
        by_eps.setdefault(v.link_distance, []).append(v)
    best: dict[CentraParams, np.ndarray] = {}
    for n, (eps, group) in enumerate(sorted(by_eps.items())):
        check_cancelled(feedback)
        smallest = min(v.min_activities for v in group)
        if eps == params.link_distance:
            found = perimeters
        else:
            start = 45 + 45 * n / len(by_eps)
            candidates = replace(group[0], min_activities=smallest)
            _, found = delineate(scene, candidates, feedback, (start, 45 / len(by_eps)), False)
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
