"""Validated imports (aula_plugin/maintenance/imports.py) and ``aula-gpkg import``: the dry run's
summary by key, every rejection, the provenance row, the backup and rollback, and reliability: a
process killed at several points, a package locked by another writer, truncated, corrupted and
non-GeoPackage sources. GDAL, no QGIS."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _aula_gpkg_tool import aula_gpkg
from _package_sources import BOWTIE, ZONAGE_FIELDS, square, write_source, zonages

from aula_plugin.core.errors import AulaError
from aula_plugin.maintenance import imports, migrations, provenance

ogr = pytest.importorskip("osgeo.ogr")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table(package: Path, name: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(str(package))  # read-write: a killed writer's journal is rolled back
    try:
        return con.execute(f'SELECT * FROM "{name}" ORDER BY fid').fetchall()
    finally:
        con.close()


def integrity(package: Path, layer: str) -> None:
    con = sqlite3.connect(str(package))
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute(f"SELECT rtreecheck('rtree_{layer}_geom')").fetchone() == ("ok",)
    finally:
        con.close()


@pytest.fixture
def package(territory_gpkg: Path, tmp_path: Path) -> Path:
    path = tmp_path / "paquet" / "aula_territoire.gpkg"
    path.parent.mkdir()
    shutil.copyfile(territory_gpkg, path)
    migrations.migrate_package(path, backup=False)
    return path


@pytest.fixture
def edited_source(package: Path, tmp_path: Path) -> Path:
    """tvb_zonages of the package with one feature removed, one renamed and one added."""
    rows = zonages(package)
    removed = rows.pop(0)
    rows[0][1]["nom"] = "Nom corrigé"
    rows.append((square(7), {"type": "znieff1", "id_zonage": "NOUVEAU-1", "nom": "Nouveau"}))
    assert removed[1]["id_zonage"] != "NOUVEAU-1"
    return write_source(tmp_path / "zonages.gpkg", ZONAGE_FIELDS, rows)


# -- the dry run ----------------------------------------------------------------------------------


def test_dry_run_summarises_by_key_and_writes_nothing(package: Path, edited_source: Path) -> None:
    before = digest(package)
    with imports.plan_import(package, "tvb_zonages", edited_source) as plan:
        staging = plan.staging_dir
        assert plan.counts == {
            "added": 1,
            "removed": 1,
            "changed": 1,
            "unchanged": 31,
            "rejected": 0,
        }
        assert plan.examples["added"] == ["NOUVEAU-1"]
        assert len(plan.examples["removed"]) == 1
        assert "1 added, 1 removed, 1 changed" in plan.summary()[0]
    assert digest(package) == before
    assert not staging.exists()
    assert sorted(p.name for p in package.parent.iterdir()) == [package.name]


def test_apply_writes_provenance_backup_and_rollback_restores(
    package: Path, edited_source: Path
) -> None:
    before = table(package, "tvb_zonages")
    con = sqlite3.connect(str(package))
    try:
        earlier = provenance.provenance_rows(con)["tvb_zonages"]
    finally:
        con.close()
    assert earlier.get("licence")  # the package states one: the import must keep it
    plan = imports.plan_import(package, "tvb_zonages", edited_source)
    result = imports.apply_import(plan, release="2026", tool_version="test 1.0", operator="tech")
    assert result.written == 33
    after = table(package, "tvb_zonages")
    assert "Nouveau" in {row[-1] for row in after}
    integrity(package, "tvb_zonages")
    con = sqlite3.connect(str(package))
    try:
        row = provenance.provenance_rows(con)["tvb_zonages"]
    finally:
        con.close()
    assert row["source_file"] == "zonages.gpkg"
    assert row["source_sha256"] == provenance.file_sha256(edited_source)
    assert (row["release"], row["operator"], row["tool_version"]) == ("2026", "tech", "test 1.0")
    assert json.loads(row["counts"])["added"] == 1
    assert row["recorded_at"].endswith("Z")
    for kept in provenance.CARRIED_OVER:  # the upsert replaces the row: these are carried over
        assert row.get(kept) == earlier.get(kept), kept
    assert result.backup is not None and result.backup.is_file()
    assert not plan.staging_dir.exists()
    assert imports.rollback_import(package) == result.backup
    assert table(package, "tvb_zonages") == before


def test_a_new_millesime_is_created_with_its_spatial_index(package: Path, tmp_path: Path) -> None:
    fields = [("code_cs", ogr.OFTString), ("code_us", ogr.OFTString), ("artif", ogr.OFTString)]
    rows = [
        (square(i), {"code_cs": "CS2.2.1", "code_us": "US1.1", "artif": "non artif"})
        for i in range(200)
    ]
    source = write_source(tmp_path / "ocs.gpkg", fields, rows)
    plan = imports.plan_import(package, "ocsge_2024", source)
    imports.apply_import(plan, release="2024")
    dataset = ogr.Open(str(package))
    layer = dataset.GetLayerByName("ocsge_2024")
    assert layer.GetFeatureCount() == 200
    assert layer.GetGeomType() == ogr.wkbMultiPolygon
    layer.SetSpatialFilterRect(640000, 7030000, 640160, 7030160)
    assert layer.GetFeatureCount() == 1
    dataset = None
    integrity(package, "ocsge_2024")


# -- rejections -----------------------------------------------------------------------------------


def refused(package: Path, source: Path, layer: str = "tvb_zonages") -> str:
    with pytest.raises(AulaError) as caught:
        imports.plan_import(package, layer, source)
    return str(caught.value)


def test_missing_field_refused(package: Path, tmp_path: Path) -> None:
    source = write_source(
        tmp_path / "s.gpkg", ZONAGE_FIELDS[:1], [(square(1), {"type": "znieff1"})]
    )
    message = refused(package, source)
    assert "s.gpkg" in message and "required field id_zonage is missing" in message


def test_wrong_type_refused(package: Path, tmp_path: Path) -> None:
    fields = [("type", ogr.OFTString), ("id_zonage", ogr.OFTInteger)]
    source = write_source(tmp_path / "s.gpkg", fields, [(square(1), {"type": "a", "id_zonage": 3})])
    assert "field id_zonage is of type Integer" in refused(package, source)


def test_wrong_crs_refused(package: Path, tmp_path: Path) -> None:
    source = write_source(
        tmp_path / "s.gpkg",
        ZONAGE_FIELDS,
        [("POLYGON((2 50,2.1 50,2.1 50.1,2 50))", {"type": "a", "id_zonage": "1"})],
        epsg=4326,
    )
    message = refused(package, source)
    assert "WGS 84" in message and "EPSG:2154" in message


def reasons(package: Path, source: Path, layer: str = "tvb_zonages") -> dict[str, Any]:
    with imports.plan_import(package, layer, source) as plan:
        return plan.rejections


def test_invalid_geometry_rejected(package: Path, tmp_path: Path) -> None:
    rows = [(square(1), {"type": "a", "id_zonage": "1"}), (BOWTIE, {"type": "a", "id_zonage": "2"})]
    found = reasons(package, write_source(tmp_path / "s.gpkg", ZONAGE_FIELDS, rows))
    assert list(found) == ["geometry_invalid"]
    count, examples, detail = found["geometry_invalid"]
    assert (count, examples) == (1, ["2 (2)"]) and "Self-intersection" in detail


def test_wrong_geometry_type_rejected(package: Path, tmp_path: Path) -> None:
    rows = [
        (square(1), {"type": "a", "id_zonage": "1"}),
        ("LINESTRING(640000 7030000,640100 7030100)", {"type": "a", "id_zonage": "2"}),
    ]
    source = write_source(tmp_path / "s.gpkg", ZONAGE_FIELDS, rows, geometry=ogr.wkbUnknown)
    found = reasons(package, source)
    assert found["geometry_type"][0] == 1 and "LINESTRING" in found["geometry_type"][2]


def test_unknown_code_rejected(package: Path, tmp_path: Path) -> None:
    fields = [("code_cs", ogr.OFTString), ("code_us", ogr.OFTString)]
    rows = [
        (square(1), {"code_cs": "CS2.2.1", "code_us": "US1.1"}),
        (square(2), {"code_cs": "CS9.9", "code_us": "US1.1"}),
    ]
    found = reasons(package, write_source(tmp_path / "s.gpkg", fields, rows), "ocsge_2024")
    assert found["code"] == (1, ["2"], "code_cs=CS9.9")


def test_duplicate_key_rejected_and_apply_refused_unless_skipped(
    package: Path, tmp_path: Path
) -> None:
    rows = [(square(i), {"type": "a", "id_zonage": str(i)}) for i in range(5)]
    rows.append((square(9), {"type": "a", "id_zonage": "3"}))
    source = write_source(tmp_path / "s.gpkg", ZONAGE_FIELDS, rows)
    before = digest(package)
    plan = imports.plan_import(package, "tvb_zonages", source)
    assert plan.rejections["duplicate_key"][:2] == (2, ["4 (3)", "6 (3)"])
    with pytest.raises(AulaError, match="2 feature.*rejected: nothing was written"):
        imports.apply_import(plan)
    assert digest(package) == before
    assert sorted(p.name for p in package.parent.iterdir()) == [package.name]
    plan = imports.plan_import(package, "tvb_zonages", source)
    assert imports.apply_import(plan, skip_rejected=True).written == 4
    integrity(package, "tvb_zonages")


def test_append_rejects_keys_already_in_the_layer(package: Path, tmp_path: Path) -> None:
    existing = zonages(package)[0]
    rows = [existing, (square(3), {"type": "a", "id_zonage": "NEW"})]
    source = write_source(tmp_path / "s.gpkg", ZONAGE_FIELDS, rows)
    with imports.plan_import(package, "tvb_zonages", source, mode="append") as plan:
        assert plan.counts["added"] == 1 and plan.counts["removed"] == 0
        assert plan.rejections["key_exists"][0] == 1


# -- files refused --------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["truncated", "corrupted", "text", "empty"])
def test_damaged_sources_refused_naming_the_file(
    package: Path, edited_source: Path, tmp_path: Path, damage: str
) -> None:
    data = edited_source.read_bytes()
    bad = tmp_path / f"{damage}.gpkg"
    if damage == "truncated":
        bad.write_bytes(data[: len(data) // 3])
    elif damage == "corrupted":
        bad.write_bytes(data[:4096] + os.urandom(len(data) - 8192) + data[-4096:])
    elif damage == "text":
        bad.write_text("id;nom\n1;a\n", encoding="utf-8")
    else:
        bad.write_bytes(b"")
    with pytest.raises(AulaError) as caught, imports.plan_import(package, "tvb_zonages", bad):
        pass
    assert bad.name in str(caught.value)


def test_non_geopackage_target_refused(edited_source: Path, tmp_path: Path) -> None:
    target = tmp_path / "faux.gpkg"
    target.write_text("not a database", encoding="utf-8")
    with pytest.raises(AulaError, match="faux.gpkg"):
        imports.plan_import(target, "tvb_zonages", edited_source)


# -- reliability ----------------------------------------------------------------------------------


def test_locked_package_waits_then_fails_clearly(package: Path, edited_source: Path) -> None:
    before = table(package, "tvb_zonages")
    plan = imports.plan_import(package, "tvb_zonages", edited_source)
    other = sqlite3.connect(str(package), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE aula_metadata SET value = value WHERE key = 'crs'")
        start = time.monotonic()
        with pytest.raises(AulaError, match="locked by another program"):
            imports.apply_import(plan)
        assert 1.5 < time.monotonic() - start < 30
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert table(package, "tvb_zonages") == before
    assert sorted(p.name for p in package.parent.iterdir()) == [package.name]


CHILD = """
import os, signal, sys
from aula_plugin.maintenance import imports

package, source, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
calls = [0]
def progress(_fraction, _text):
    calls[0] += 1
    if calls[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
plan = imports.plan_import(package, "ocsge_synthetique_2021", source, progress=progress)
imports.apply_import(plan, release="kill", progress=progress)
print("finished", calls[0])
"""


def test_killed_import_leaves_the_package_before_or_after(
    package: Path, tmp_path: Path, staged_plugin: Path
) -> None:
    fields = [("code_cs", ogr.OFTString), ("code_us", ogr.OFTString), ("insee", ogr.OFTString)]
    rows = [
        (square(i), {"code_cs": "CS1.1.1.1", "code_us": "US5", "insee": "62001"})
        for i in range(3000)
    ]
    source = write_source(tmp_path / "ocs.gpkg", fields, rows)
    pristine = tmp_path / "pristine.gpkg"
    shutil.copyfile(package, pristine)
    before = table(package, "ocsge_synthetique_2021")
    done = tmp_path / "done.gpkg"
    shutil.copyfile(package, done)
    imports.apply_import(imports.plan_import(done, "ocsge_synthetique_2021", source))
    after = table(done, "ocsge_synthetique_2021")
    env = dict(os.environ, PYTHONPATH=str(staged_plugin.parent))

    def run(kill_at: int) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", CHILD, str(package), str(source), str(kill_at)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )

    total = int(run(10**6).stdout.split()[-1])  # every progress call, once, to completion
    shutil.copyfile(pristine, package)
    assert total > 10
    states = set()
    for kill_at in sorted(
        {1, 3, total // 2, total - 7, total - 5, total - 4, total - 3, total - 2, total - 1, total}
    ):
        shutil.copyfile(pristine, package)
        for leftover in package.parent.glob("*_sauvegarde_*"):
            leftover.unlink()
        child = run(kill_at)
        assert child.returncode == -signal.SIGKILL, child.stderr
        content = table(package, "ocsge_synthetique_2021")
        assert content in (before, after), f"killed at call {kill_at}: neither before nor after"
        states.add("after" if content == after else "before")
        integrity(package, "ocsge_synthetique_2021")
    assert states == {"before", "after"}  # the kills did fall on both sides of the commit


# -- the command line -----------------------------------------------------------------------------


def test_cli_dry_run_then_apply(repo_root: Path, package: Path, edited_source: Path) -> None:
    before = digest(package)
    args = ("import", str(package), "--layer", "tvb_zonages", "--source", str(edited_source))
    dry = aula_gpkg(repo_root, *args)
    assert dry.returncode == 0, dry.stderr
    assert "1 added, 1 removed, 1 changed" in dry.stdout and "Dry run" in dry.stdout
    assert digest(package) == before
    done = aula_gpkg(repo_root, *args, "--apply", "--release", "2026")
    assert done.returncode == 0, done.stderr
    assert "33 feature(s) written into tvb_zonages" in done.stdout
    assert aula_gpkg(repo_root, "rollback", str(package)).returncode == 0


def test_cli_fails_on_a_refused_source_and_speaks_french(
    repo_root: Path, package: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "faux.geojson"
    bad.write_text("{ not json", encoding="utf-8")
    run = aula_gpkg(
        repo_root, "import", str(package), "--layer", "tvb_zonages", "--source", str(bad)
    )
    assert run.returncode == 1 and "faux.geojson" in run.stderr
    helped = aula_gpkg(repo_root, "import", "--help", lang="fr_FR.UTF-8")
    assert helped.returncode == 0 and "simulation par défaut" in helped.stdout
