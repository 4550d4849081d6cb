"""Benchmark `aula:circuitflow`'s core (pairwise mode) against the plain scipy baseline.

Grid: 1,000 × 1,000 cells (1,000,000), resistances drawn uniformly in [1, 100] with 5 % nodata,
and 10 focal regions of 3 × 3 cells (45 pairs), 8 neighbours, averaged resistances; deterministic
(fixed seed). Targets (issue 15): under 60 s and 3 GB, and no more than 0.25× the baseline's time.

Each measurement runs in its own child process (peak memory = ru_maxrss of the child):

* ``core``: `circuit.pairwise` (graph, one grounded factorisation, the 45 pairs with their current
  maps and the cumulative map);
* ``baseline``: what a plain scipy script does, one `scipy.sparse.linalg.spsolve` per pair on the
  Laplacian with the pair's two regions merged and one node grounded (plus the graph, built once
  and not timed). A pair takes minutes at this size, so ``--baseline-pairs`` pairs are timed
  (1 by default) and the time is extrapolated to the 45 pairs (reported as such).

    .venv/bin/python benchmarks/bench_tvb_circuit.py [--size 1000] [--baseline-pairs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def make_scene(n: int, regions: int = 10, seed: int = 20261207):
    rng = np.random.default_rng(seed)
    res = rng.uniform(1.0, 100.0, (n, n))
    res[rng.random((n, n)) < 0.05] = np.nan
    labels = np.zeros((n, n), dtype=np.int64)
    placed = 0
    while placed < regions:
        r, c = (int(x) for x in rng.integers(n // 20, n - n // 20, 2))
        if labels[r - 5 : r + 8, c - 5 : c + 8].any():
            continue
        placed += 1
        labels[r : r + 3, c : c + 3] = placed
        res[r : r + 3, c : c + 3] = 1.0
    return res, labels


def run_core(n: int) -> dict:
    from aula_plugin.core.tvb import circuit

    res, labels = make_scene(n)
    start = time.perf_counter()
    result = circuit.pairwise(res, labels)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "pairs": result.solves,
        "method": result.method,
        "r_first_pair": float(result.resistance[0, 1]),
    }


def run_baseline(n: int, pairs: int) -> dict:
    import scipy.sparse as sp
    import scipy.sparse.linalg as sla

    from aula_plugin.core.tvb import circuit

    res, labels = make_scene(n)
    graph = circuit.build_graph(circuit.conductances(res, True))
    focal = circuit.focal_regions(graph, labels)
    todo = [(a, b) for i, a in enumerate(focal.ids) for b in focal.ids[i + 1 :]][:pairs]
    total = 0.0
    values = []
    for a, b in todo:
        start = time.perf_counter()
        merged, new = circuit.merge_nodes(graph, [focal.nodes[a], focal.nodes[b]])
        m = merged.n_nodes
        adj = sp.coo_matrix((merged.link_g, (merged.link_a, merged.link_b)), shape=(m, m)).tocsr()
        adj = adj + adj.T
        lap = (sp.diags(np.asarray(adj.sum(axis=1)).ravel()) - adj).tocsr()
        na, nb = int(new[focal.nodes[a][0]]), int(new[focal.nodes[b][0]])
        keep = np.ones(m, dtype=bool)
        keep[nb] = False  # grounded at b (the scene is one connected component but for islands)
        rhs = np.zeros(m)
        rhs[na] = 1.0
        # isolated cells make the grounded Laplacian singular: they get a unit diagonal
        lap = lap + sp.diags((np.asarray(adj.sum(axis=1)).ravel() == 0).astype(float))
        v = sla.spsolve(lap[keep][:, keep].tocsc(), rhs[keep])
        values.append(float(v[na - (na > nb)]))
        total += time.perf_counter() - start
    return {"seconds_measured": total, "pairs_measured": len(todo), "resistances": values}


def child(kind: str, n: int, pairs: int) -> dict:
    out = run_core(n) if kind == "core" else run_baseline(n, pairs)
    out["peak_gb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--baseline-pairs", type=int, default=1)
    parser.add_argument("--child", choices=["core", "baseline"])
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.size, args.baseline_pairs)))
        return
    load_before = os.getloadavg()[0]
    runs = {}
    for kind in ("core", "baseline"):
        proc = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--size", str(args.size),
             "--baseline-pairs", str(args.baseline_pairs)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        runs[kind] = json.loads(proc.stdout.strip().splitlines()[-1])
    core, base = runs["core"], runs["baseline"]
    per_pair = base["seconds_measured"] / base["pairs_measured"]
    baseline = per_pair * 45
    cells = args.size * args.size
    print(f"circuitflow pairwise, {cells:,} cells, 10 focal regions of 3 × 3 cells, 8 neighbours")
    print(
        f"  core: {core['seconds']:.1f} s, peak {core['peak_gb']:.2f} GB, "
        f"{core['pairs']} pairs ({core['method']} factorisation)"
    )
    print(
        f"  baseline (spsolve per pair): {per_pair:.1f} s per pair measured on "
        f"{base['pairs_measured']} pair(s), {baseline:.0f} s for 45 pairs (extrapolated), "
        f"peak {base['peak_gb']:.2f} GB"
    )
    print(
        f"  same first pair: core {core['r_first_pair']:.9g}, baseline {base['resistances'][0]:.9g}"
    )
    ratio = core["seconds"] / baseline
    print(f"  ratio core / baseline: {ratio:.3f} (target ≤ 0.25)")
    print(
        f"  load average (1 min, {os.cpu_count()} CPUs): {load_before:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after"
    )
    checks = [
        (core["seconds"] < 60, "time < 60 s"),
        (core["peak_gb"] < 3, "memory < 3 GB"),
        (ratio <= 0.25, "ratio ≤ 0.25"),
    ]
    print("  targets: " + ", ".join(("OK " if ok else "MISSED ") + what for ok, what in checks))


if __name__ == "__main__":
    main()
