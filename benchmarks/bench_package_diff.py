"""Benchmark the offline merge (aula_plugin/maintenance/offline.py, pygeodiff) on 500,000 polygons.

The OCS GE-like layer of the artificialisation benchmark (``make_ocsge``, imported) is made an
AULA-like package (aula_metadata, aula_provenance), checked out, and 10,000 of its features are
changed in the copy (class and geometry) while the master receives 1,000 edits of other features
(so the merge rebases). Timed in a child process, whose peak memory is its own: the diff summary
of the copy, the dry run (both changesets and the conflict search), and the merge (backup,
rebase, apply, atomic replacement of the master). Target: computing and applying the diff of
10,000 changed features in under 10 s.

    .venv/bin/python benchmarks/bench_package_diff.py [--polygons 500000] [--changed 10000]
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_zan_artificialisation import BUILD, make_ocsge

sys.path.insert(0, str(BUILD))
from aula_plugin.core.gpkg_store import now_utc, register_attributes
from aula_plugin.maintenance import gpkg_sql, migrations, offline, provenance

LAYER = "ocsge_2021"


def make_package(path: Path, polygons: int) -> None:
    """The OCS GE-like layer plus what makes a GeoPackage an AULA package."""
    make_ocsge(path, polygons)
    con = sqlite3.connect(path)
    try:
        with con:
            register_attributes(con, "aula_metadata", "key TEXT NOT NULL UNIQUE, value TEXT",
                                "AULA", now_utc())  # fmt: skip
            con.executemany(
                "INSERT INTO aula_metadata (key, value) VALUES (?, ?)",
                [("package", "aula_territoire"),
                 ("schema_version", str(migrations.CURRENT_SCHEMA_VERSION))],
            )  # fmt: skip
            con.execute(provenance.create_table_sql())
    finally:
        con.close()


def edit(path: Path, fids: range, code: str, shift: float) -> None:
    """Change the class of each feature and move its geometry (the blob rewritten)."""
    con = gpkg_sql.connect(path)
    try:
        with con:
            rows = con.execute(
                f"SELECT fid, geom FROM {LAYER} WHERE fid BETWEEN ? AND ?", (fids[0], fids[-1])
            ).fetchall()
            con.executemany(
                f"UPDATE {LAYER} SET code_cs = ?, geom = ? WHERE fid = ?",
                [(code, moved(geom, shift), fid) for fid, geom in rows],
            )
    finally:
        con.close()


def moved(blob: bytes, shift: float) -> bytes:
    """The same GeoPackage blob with its first x coordinate moved by ``shift`` (a real edit)."""
    import struct

    data = bytearray(blob)
    flags = data[3]
    header = 8 + 8 * {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}[(flags >> 1) & 7]
    offset = header + 1 + 4 + 4 + 4  # byte order, type, rings, points
    (x,) = struct.unpack_from("<d", data, offset)
    struct.pack_into("<d", data, offset, x + shift)
    return bytes(data)


def measure(folder: Path) -> dict[str, float]:
    """In the child process: diff, dry run, merge; times and peak memory."""
    master, copy = folder / "maitre.gpkg", folder / "copie.gpkg"
    out: dict[str, float] = {}
    start = time.perf_counter()
    summary = offline.diff_package(copy)
    out["diff_s"] = time.perf_counter() - start
    out["diff_updated"] = sum(t.updated for t in summary)
    start = time.perf_counter()
    dry = offline.merge_package(master, copy, dry_run=True)
    out["dry_run_s"] = time.perf_counter() - start
    out["conflicts"] = len(dry.conflicts)
    start = time.perf_counter()
    result = offline.merge_package(master, copy)
    out["merge_s"] = time.perf_counter() - start
    out["applied"] = float(result.applied)
    out["peak_mb"] = own_peak_mb()
    return out


def own_peak_mb() -> float:
    """This process's peak resident memory since its exec (VmHWM: ru_maxrss would also count the
    pages a child shares with its parent between fork and exec, here the parent's 500,000
    polygons)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polygons", type=int, default=500_000)
    parser.add_argument("--changed", type=int, default=10_000)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    with tempfile.TemporaryDirectory(prefix="aula_bench_diff_") as tmp:
        folder = Path(tmp)
        master, copy = folder / "maitre.gpkg", folder / "copie.gpkg"
        start = time.perf_counter()
        make_package(master, args.polygons)
        made = time.perf_counter() - start
        start = time.perf_counter()
        offline.checkout_package(master, copy)
        checkout = time.perf_counter() - start
        edit(copy, range(1, args.changed + 1), "CS1.1.1.1", 1.5)
        edit(master, range(args.polygons - 1000 + 1, args.polygons + 1), "CS2.2.1", -1.0)
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(folder)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        figures = json.loads(child.stdout.splitlines()[-1])
        size_mb = master.stat().st_size / 1e6
        con = sqlite3.connect(master)
        try:
            changed = con.execute(
                f"SELECT count(*) FROM {LAYER} WHERE code_cs = 'CS1.1.1.1' AND fid <= ?",
                (args.changed,),
            ).fetchone()[0]
        finally:
            con.close()
    print(f"package: {args.polygons} polygons, {size_mb:.0f} MB, built in {made:.1f} s; "
          f"checkout {checkout:.1f} s")  # fmt: skip
    print(f"copy diff summary ({figures['diff_updated']:.0f} updated): {figures['diff_s']:.2f} s")
    print(f"dry run (both changesets + conflict search): {figures['dry_run_s']:.2f} s")
    merge, peak = figures["merge_s"], figures["peak_mb"]
    print(f"merge of {args.changed} changed features (backup, rebase, apply, replace): "
          f"{merge:.2f} s (target < 10 s); peak memory {peak:.0f} MB")  # fmt: skip
    assert figures["applied"] == 1.0 and changed == args.changed, (figures, changed)


if __name__ == "__main__":
    main()
