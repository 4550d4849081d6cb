"""Patch graph metrics (core.tvb.graph): hand-worked cases and properties (TVB.md §7)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.tvb.graph import (
    LinkSet,
    alpha_from,
    build_links,
    connectivity,
    graph_distances,
    link_importance,
)


def run(capacity, links, ids=None, *, area=100.0, d0=100.0, p0=0.5, threshold=None):
    ids = ids or [str(k) for k in range(len(capacity))]
    linkset = build_links(ids, links)
    alpha = alpha_from(d0, p0)
    return connectivity(
        capacity,
        linkset,
        landscape_area=area,
        alpha=alpha,
        iic_threshold=d0 if threshold is None else threshold,
    )


def random_graph(seed: int, n: int = 12, m: int = 20):
    rng = np.random.default_rng(seed)
    capacity = rng.uniform(1, 20, n)
    links = []
    for _ in range(m):
        a, b = rng.choice(n, 2, replace=False)
        links.append((str(a), str(b), float(rng.uniform(10, 400))))
    return capacity, links


# -- hand-worked cases ---------------------------------------------------------------------------


def test_alpha_calibration():
    # α = −ln(0.5)/100 = 0.006931…, so p(100) = exp(−0.6931…) = 0.5
    alpha = alpha_from(100.0, 0.5)
    assert alpha == pytest.approx(math.log(2) / 100, rel=1e-15)
    assert math.exp(-alpha * 100.0) == pytest.approx(0.5, rel=1e-15)
    for d0, p0 in ((2500.0, 0.05), (1.0, 0.9)):
        assert math.exp(-alpha_from(d0, p0) * d0) == pytest.approx(p0, rel=1e-12)
    with pytest.raises(AulaError):
        alpha_from(0.0, 0.5)
    with pytest.raises(AulaError):
        alpha_from(100.0, 0.0)


def test_single_patch_covering_landscape():
    # one patch of 100 ha in a 100 ha landscape: PCnum = 100², PC = 1, IIC = 1, EC = 100
    m = run([100.0], [], area=100.0)
    assert m.pc == pytest.approx(1.0)
    assert m.iic == pytest.approx(1.0)
    assert m.ec == pytest.approx(100.0)
    assert m.dpc[0] == pytest.approx(100.0)  # removing it loses everything
    assert m.dpc_intra[0] == pytest.approx(100.0)
    assert m.dpc_connector[0] == 0.0


def test_two_patches():
    # a1 = 10, a2 = 20, d = 50, d0 = 100, p0 = 0.5 → p = 0.5^(50/100) = 0.70710678
    # PCnum = 10² + 20² + 2·10·20·0.70710678 = 100 + 400 + 282.842712 = 782.842712
    # PC = PCnum / 100² = 0.0782842712
    # IIC (d = 50 ≤ threshold 100): (100 + 400 + 2·10·20/2) / 100² = 700 / 10000 = 0.07
    m = run([10.0, 20.0], [("0", "1", 50.0)], area=100.0)
    p = 0.5**0.5
    assert m.pc_num == pytest.approx(100 + 400 + 2 * 10 * 20 * p, rel=1e-12)
    assert m.pc == pytest.approx((500 + 400 * p) / 1e4, rel=1e-12)
    assert m.iic == pytest.approx(0.07, rel=1e-12)
    assert m.ec**2 == pytest.approx(m.pc_num, rel=1e-12)
    # dPC of patch 0: PCnum₋0 = 400 → 100·(782.84 − 400)/782.84 = 48.90 %
    assert m.dpc[0] == pytest.approx(100 * (m.pc_num - 400) / m.pc_num, rel=1e-12)
    # intra 100·100/PCnum, flux 100·2·10·20·p/PCnum, connector 0 (no stepping stone)
    assert m.dpc_intra[0] == pytest.approx(100 * 100 / m.pc_num)
    assert m.dpc_flux[0] == pytest.approx(100 * 400 * p / m.pc_num)
    assert m.dpc_connector[0] == 0.0


def test_two_patches_link_over_iic_threshold():
    # d = 150 > threshold 100: no IIC link → IIC = (10² + 20²) / 100² = 0.05, PC still linked
    m = run([10.0, 20.0], [("0", "1", 150.0)], area=100.0)
    assert m.iic == pytest.approx(0.05)
    assert m.pc_num == pytest.approx(500 + 400 * 0.5**1.5)
    assert m.n_iic_links == 0


def test_three_patch_chain_connector_only_in_the_middle():
    # 0 —100— 1 —100— 2, a = 10 each, p(100) = 0.5, p*(0,2) = 0.25 (max product through 1)
    # PCnum = 3·100 + 2·100·(0.5 + 0.5 + 0.25) = 300 + 250 = 550
    # removing 1: PCnum₋1 = 200 → dPC_1 = 100·350/550; intra = 100·100/550;
    # flux_1 = 100·2·100·(0.5 + 0.5)/550 = 100·200/550; connector_1 = 100·50/550 (the 0–2 flow)
    m = run([10.0, 10.0, 10.0], [("0", "1", 100.0), ("1", "2", 100.0)])
    assert m.pc_num == pytest.approx(550.0)
    assert m.dpc[1] == pytest.approx(100 * 350 / 550)
    assert m.dpc_intra[1] == pytest.approx(100 * 100 / 550)
    assert m.dpc_flux[1] == pytest.approx(100 * 200 / 550)
    assert m.dpc_connector[1] == pytest.approx(100 * 50 / 550)
    # end patches: removing 0 leaves PCnum = 200 + 2·100·0.5 = 300 → dPC = 100·250/550;
    # flux_0 = 100·2·100·(0.5 + 0.25)/550 = 100·150/550, connector 0
    assert m.dpc[0] == pytest.approx(100 * 250 / 550)
    assert m.dpc_flux[0] == pytest.approx(100 * 150 / 550)
    assert m.dpc_connector[0] == 0.0
    assert m.dpc_connector[2] == 0.0
    # IIC: nl(0,1) = nl(1,2) = 1, nl(0,2) = 2: Σ = 300 + 2·100·(1/2 + 1/2 + 1/3) = 566.67
    assert m.iic_num == pytest.approx(300 + 200 * (1 + 1 / 3))


def test_max_product_takes_the_best_path():
    # direct link 0–2 of 300 (p = 0.125) vs the chain through 1 (100 + 100: p = 0.25)
    d = graph_distances(
        build_links(["0", "1", "2"], [("0", "1", 100), ("1", "2", 100), ("0", "2", 300)])
    )
    assert d[0, 2] == 200.0
    m = run([10.0, 10.0, 10.0], [("0", "1", 100.0), ("1", "2", 100.0), ("0", "2", 300.0)])
    assert m.pc_num == pytest.approx(550.0)


def test_zero_cost_link_is_a_link():
    # cost 0 (free movement): p = 1 → PCnum = (10 + 10)² = 400
    m = run([10.0, 10.0], [("0", "1", 0.0)])
    assert m.pc_num == pytest.approx(400.0)


def test_link_importance_chain():
    # chain 0–1–2 as above, PCnum = 550. Removing link 0–1 isolates 0, keeps 1–2:
    # 3·100 + 2·100·0.5 = 400 → 100·150/550 = 27.27 %; same for 1–2 by symmetry
    links = build_links(["0", "1", "2"], [("0", "1", 100.0), ("1", "2", 100.0)])
    imp = link_importance([10.0, 10.0, 10.0], links, alpha=alpha_from(100, 0.5))
    assert imp == pytest.approx([100 * 150 / 550] * 2, rel=1e-12)


def test_link_importance_redundant_link_is_zero():
    # 0–2 (300) is longer than 0–1–2 (200): carries no best path → 0
    links = build_links(["0", "1", "2"], [("0", "1", 100.0), ("1", "2", 100.0), ("0", "2", 300.0)])
    imp = link_importance([10.0, 10.0, 10.0], links, alpha=alpha_from(100, 0.5))
    assert list(zip(links.i.tolist(), links.j.tolist(), strict=True)) == [(0, 1), (0, 2), (1, 2)]
    assert imp[1] == 0.0
    assert imp[0] > 0 and imp[2] > 0


# -- inputs --------------------------------------------------------------------------------------


def test_build_links_dedup_and_errors():
    links = build_links(["a", "b", "c"], [("b", "a", 5.0), ("a", "b", 3.0), ("c", "c", 1.0)])
    assert links.i.tolist() == [0] and links.j.tolist() == [1] and links.cost.tolist() == [3.0]
    with pytest.raises(AulaError, match="2 unknown patch identifiers: x, y"):
        build_links(["a", "b"], [("a", "x", 1.0), ("y", "b", 2.0)])
    with pytest.raises(AulaError, match="Duplicate patch identifiers: a"):
        build_links(["a", "a"], [])
    with pytest.raises(AulaError, match="not a finite number"):
        build_links(["a", "b"], [("a", "b", -1.0)])
    with pytest.raises(AulaError, match="not a finite number"):
        build_links(["a", "b"], [("a", "b", float("nan"))])


# -- properties on random graphs -----------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_dpc_decomposition_and_bounds(seed):
    capacity, links = random_graph(seed)
    m = run(capacity, links, area=float(capacity.sum()) * 3)
    assert np.allclose(m.dpc, m.dpc_intra + m.dpc_flux + m.dpc_connector, rtol=0, atol=1e-9)
    assert (m.dpc_connector >= -1e-9).all()
    assert (m.dpc >= -1e-9).all() and (m.dpc <= 100 + 1e-9).all()
    assert m.ec**2 == pytest.approx(m.pc_num, rel=1e-12)
    assert 0 < m.pc <= 1
    # dPC and dIIC recomputed by brute force: the graph without node k (capacity 0, no links)
    ids = [str(k) for k in range(len(capacity))]
    for k in range(len(capacity)):
        rest = [link for link in links if str(k) not in (link[0], link[1])]
        mk = run(np.where(np.arange(len(capacity)) == k, 0.0, capacity), rest, ids, area=1.0)
        assert m.dpc[k] == pytest.approx(100 * (m.pc_num - mk.pc_num) / m.pc_num, rel=1e-9)
        assert m.diic[k] == pytest.approx(100 * (m.iic_num - mk.iic_num) / m.iic_num, rel=1e-9)


@pytest.mark.parametrize("seed", range(4))
def test_removing_a_link_never_raises_pc_nor_iic(seed):
    capacity, links = random_graph(seed)
    m = run(capacity, links, threshold=250.0)
    for k in range(len(links)):
        fewer = links[:k] + links[k + 1 :]
        mk = run(capacity, fewer, threshold=250.0)
        assert mk.pc <= m.pc * (1 + 1e-12)
        assert mk.iic <= m.iic * (1 + 1e-12)


@pytest.mark.parametrize("seed", range(3))
def test_invariance_under_relabelling(seed):
    capacity, links = random_graph(seed)
    m = run(capacity, links)
    perm = np.random.default_rng(99 + seed).permutation(len(capacity))
    names = [f"p{perm[k]:03d}" for k in range(len(capacity))]
    ids = sorted(names)
    order = [names.index(key) for key in ids]
    relabelled = [(names[int(a)], names[int(b)], c) for a, b, c in reversed(links)]
    mp = run(capacity[order], relabelled, ids)
    assert mp.pc == pytest.approx(m.pc, rel=1e-12)
    assert mp.iic == pytest.approx(m.iic, rel=1e-12)
    assert np.allclose(mp.dpc, m.dpc[order], rtol=1e-10)
    assert np.allclose(mp.dpc_connector, m.dpc_connector[order], rtol=1e-9, atol=1e-9)


def test_p0_to_one_on_connected_graph():
    # p0 = 1 → α = 0 → p* = 1 on a connected graph: PC = (Σa)² / A_L²
    capacity = np.array([3.0, 5.0, 7.0, 11.0])
    links = [("0", "1", 500.0), ("1", "2", 900.0), ("2", "3", 40.0)]
    m = run(capacity, links, area=50.0, p0=1.0)
    assert m.pc == pytest.approx(26.0**2 / 50.0**2, rel=1e-12)
    m = run(capacity, links, area=50.0, p0=1 - 1e-12)
    assert m.pc == pytest.approx(26.0**2 / 50.0**2, rel=1e-6)


def test_link_importance_matches_removal():
    capacity, links = random_graph(3)
    linkset = build_links([str(k) for k in range(len(capacity))], links)
    alpha = alpha_from(100.0, 0.5)
    imp = link_importance(capacity, linkset, alpha=alpha)
    base = connectivity(capacity, linkset, landscape_area=1.0, alpha=alpha, iic_threshold=0.0)
    for k in range(linkset.size):
        keep = np.arange(linkset.size) != k
        after = connectivity(
            capacity, linkset.subset(keep), landscape_area=1.0, alpha=alpha, iic_threshold=0.0
        )
        expected = 100 * (base.pc_num - after.pc_num) / base.pc_num
        assert imp[k] == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_disconnected_components():
    # two separate pairs: removing node 0 only changes its own component
    m = run([1.0, 2.0, 3.0, 4.0], [("0", "1", 10.0), ("2", "3", 10.0)])
    p = 0.5**0.1
    assert m.pc_num == pytest.approx(1 + 4 + 9 + 16 + 2 * (2 + 12) * p)
    assert isinstance(build_links(["a"], []), LinkSet)
