"""The technician's round trip of `make demo`, on the working copy, through `gpkg/aula-gpkg`:

1. a new release of the layer `tvb_zonages` (SYNTHETIC, labelled so in its file name and in the
   names it changes: one zone renamed, one removed, one added) is checked in a dry run, then
   imported (backup, all or nothing, provenance row), and the layer's import history is shown;
2. an offline copy is checked out, two zones are renamed in it while the master renames one of
   them too: the merge's dry run reports that one conflict, the merge keeps the master's value
   for it and brings the other edit back;
3. the integrity check of the working copy.
Each step prints the tool's own summary, in French.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOOL = REPO / "gpkg" / "aula-gpkg"
LAYER = "tvb_zonages"
LABEL = "SYNTHÉTIQUE"


def aula_gpkg(*args: str, expect: tuple[int, ...] = (0,)) -> str:
    """Run the tool, print its output indented, fail the demo on an unexpected exit status."""
    env = {**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}  # its users' language
    proc = subprocess.run([str(TOOL), *args], capture_output=True, text=True, env=env, check=False)
    for line in (proc.stdout + proc.stderr).strip().splitlines():
        print(f"    {line}")
    if proc.returncode not in expect:
        raise SystemExit(f"aula-gpkg {' '.join(args)}: exit {proc.returncode}")
    return proc.stdout


def zones(gpkg: Path) -> list[tuple[int, str, str]]:
    """(fid, id_zonage, nom) of the layer, in fid order."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    try:
        layer = ds.GetLayerByName(LAYER)
        return [(f.GetFID(), f.GetField("id_zonage"), f.GetField("nom") or "") for f in layer]
    finally:
        ds = None


def rename(gpkg: Path, names: dict[int, str]) -> None:
    """Rename zones (by fid) with OGR, as a technician's QGIS edit session would."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), update=1)
    try:
        layer = ds.GetLayerByName(LAYER)
        for fid, name in names.items():
            feature = layer.GetFeature(fid)
            feature.SetField("nom", name)
            layer.SetFeature(feature)
    finally:
        ds = None


def new_release(work: Path, target: Path) -> None:
    """The layer as a new (synthetic) release: first zone renamed, second removed, one added."""
    from osgeo import ogr

    target.unlink(missing_ok=True)
    source = ogr.Open(str(work))
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    try:
        copied = out.CopyLayer(source.GetLayerByName(LAYER), LAYER)
        fids = [f.GetFID() for f in copied]
        first = copied.GetFeature(fids[0])
        first.SetField("nom", f"{first.GetField('nom') or ''} ({LABEL} 2026)")
        copied.SetFeature(first)
        added = copied.GetFeature(fids[-1]).Clone()
        copied.DeleteFeature(fids[1])
        added.SetFID(-1)
        added.SetField("id_zonage", f"DEMO-{LABEL}-2026")
        added.SetField("nom", f"Zone ajoutée ({LABEL}, démonstration)")
        centre = added.GetGeometryRef().Centroid()
        x, y, side = centre.GetX() + 3000.0, centre.GetY(), 400.0  # 3 km east: a new zone
        ring = f"{x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}"
        square = f"MULTIPOLYGON ((({ring})))"
        added.SetGeometry(ogr.CreateGeometryFromWkt(square))
        copied.CreateFeature(added)
    finally:
        source = out = None


def run_package_demo(work: Path, out: Path) -> None:
    folder = Path(out) / "paquet"
    folder.mkdir(parents=True, exist_ok=True)
    release = folder / f"{LAYER}_2026_{LABEL}.gpkg"
    new_release(work, release)
    print(f"  1. nouvelle version de {LAYER} ({LABEL}) : {release.name}")
    print("  simulation :")
    aula_gpkg("import", str(work), "--layer", LAYER, "--source", str(release),
              "--release", f"2026 ({LABEL})", "--rejects", str(folder / "rejets.gpkg"))  # fmt: skip
    print("  import :")
    aula_gpkg("import", str(work), "--layer", LAYER, "--source", str(release),
              "--release", f"2026 ({LABEL})", "--apply")  # fmt: skip
    print("  historique des imports de la couche :")
    aula_gpkg("provenance", str(work), "--layer", LAYER)

    copy = folder / "copie_hors_ligne.gpkg"
    copy.unlink(missing_ok=True)
    print("  2. copie hors ligne :")
    aula_gpkg("checkout", str(work), str(copy))
    first, second = zones(copy)[:2]
    rename(copy, {first[0]: f"{first[2]} (modifié hors ligne)",
                  second[0]: f"{second[2]} (hors ligne)"})  # fmt: skip
    rename(work, {first[0]: f"{first[2]} (modifié au bureau)"})
    print("  modifications de la copie :")
    aula_gpkg("diff", str(copy))
    report = folder / "conflits.csv"
    print("  fusion, simulation :")
    aula_gpkg("merge", str(work), str(copy), "--dry-run", "--report", str(report), expect=(1,))
    print("  fusion (le maître garde sa valeur pour le conflit) :")
    aula_gpkg("merge", str(work), str(copy), "--keep", "master", "--report", str(report))
    merged = {fid: name for fid, _key, name in zones(work)}
    print(f"    {LAYER} {first[0]} : « {merged[first[0]]} » ; "
          f"{second[0]} : « {merged[second[0]]} »")  # fmt: skip
    print("  3. contrôle d'intégrité :")
    aula_gpkg("check", str(work))


if __name__ == "__main__":
    run_package_demo(Path(sys.argv[1]), Path(sys.argv[2]))
