"""Benchmark the validated import (maintenance/imports.py) against a plain `ogr2ogr -append`.

500,000 OCS GE-like polygons (make_ocsge of bench_zan_artificialisation.py) are imported into a
copy of the territory GeoPackage as a new millésime ``ocsge_2021``: our dry run (schema, CRS,
geometry validity and type, code lists) then the atomic apply (backup, one transaction,
provenance), then the same through the technicians' ``gpkg/aula-gpkg import --apply`` (its
schema read by fiona), against `ogr2ogr -append` of the same file into another copy, which
validates nothing. Each runs in its own child process: wall time and peak memory (wait4's
ru_maxrss) are its own.
Targets (issue 14): < 60 s, < 1.5 GB, ≤ 2 × ogr2ogr.

    .venv/bin/python benchmarks/bench_package_import.py [--polygons 500000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_zan_artificialisation import BUILD, TERRITORY, make_ocsge

OURS = """
import sys
from aula_plugin.maintenance import imports
plan = imports.plan_import(sys.argv[1], "ocsge_2021", sys.argv[2])
print("\\n".join(plan.summary()))
imports.apply_import(plan, release="bench", tool_version="bench")
"""


def timed(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MB) of one child process. The peak comes from GNU time, which forks the
    command from its own small process: this one's rusage would also count the pages a child
    shares with this process between fork and exec (here the 500,000 generated polygons)."""
    with tempfile.NamedTemporaryFile(suffix=".txt") as peak:
        start = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", peak.name, *command],
            stdout=subprocess.DEVNULL,
            check=False,
        )
        seconds = time.perf_counter() - start
        if done.returncode:
            raise SystemExit(f"{command[0]} failed ({done.returncode})")
        kilobytes = int(Path(peak.name).read_text().split()[-1])
    return seconds, kilobytes / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polygons", type=int, default=500_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aula-bench-import-") as folder:
        work = Path(folder)
        source = work / "ocsge_2021.gpkg"
        make_ocsge(source, args.polygons)
        plain, ours = work / "ogr2ogr" / "paquet.gpkg", work / "aula" / "paquet.gpkg"
        cli = work / "aula-gpkg" / "paquet.gpkg"
        for copy in (plain, ours, cli):
            copy.parent.mkdir()
            shutil.copyfile(TERRITORY, copy)
        ogr_s, ogr_mb = timed(["ogr2ogr", "-append", str(plain), str(source), "ocsge_2021"])
        env_python = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(BUILD)!r})\n"]
        ours_s, ours_mb = timed([*env_python[:2], env_python[2] + OURS, str(ours), str(source)])
        tool = [str(Path(__file__).resolve().parents[1] / "gpkg" / "aula-gpkg"), "import"]
        cli_s, cli_mb = timed([*tool, str(cli), "--layer", "ocsge_2021", "--source", str(source),
                               "--apply", "--no-progress", "--release", "bench"])  # fmt: skip
    ratio, cli_ratio = ours_s / ogr_s, cli_s / ogr_s
    print(f"polygons: {args.polygons}")
    print(f"ogr2ogr -append      : {ogr_s:6.1f} s  peak {ogr_mb:7.0f} MB")
    print(f"validated import     : {ours_s:6.1f} s  peak {ours_mb:7.0f} MB  ratio {ratio:.2f}")
    print(f"aula-gpkg import     : {cli_s:6.1f} s  peak {cli_mb:7.0f} MB  ratio {cli_ratio:.2f}")
    ok = max(ours_s, cli_s) < 60 and max(ours_mb, cli_mb) < 1536 and max(ratio, cli_ratio) <= 2
    print("targets (< 60 s, < 1.5 GB, <= 2x ogr2ogr):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
