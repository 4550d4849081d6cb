"""Offline copies merged back with pygeodiff (aula_plugin/maintenance/offline.py), on real copies of
the territory package edited through sqlite3 (with the GeoPackage functions of gpkg_sql): no loss,
conflicts reported with both values, each policy applied exactly, dry run, backup, provenance,
and the one sentence when pygeodiff is missing. No QGIS."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import shutil
import sqlite3
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.maintenance import gpkg_sql, integrity, migrations, offline, provenance

sys.path.insert(0, str(Path(__file__).parent))
from _aula_gpkg_tool import aula_gpkg

pytest.importorskip("pygeodiff", reason="pygeodiff is in requirements-dev.txt: make setup-venv")


@contextlib.contextmanager
def edit(path: Path) -> Iterator[sqlite3.Connection]:
    """A write connection with the R-tree triggers' functions, committed and closed."""
    con = gpkg_sql.connect(path)
    try:
        with con:
            yield con
    finally:
        con.close()


def rows(path: Path, table: str = "commune", columns: str = "fid, nom, population") -> dict:
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0]: r[1:] for r in con.execute(f"SELECT {columns} FROM {table}")}
    finally:
        con.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def master(territory_gpkg: Path, tmp_path: Path) -> Path:
    path = tmp_path / "serveur" / "aula_territoire.gpkg"
    path.parent.mkdir()
    shutil.copyfile(territory_gpkg, path)
    migrations.migrate_package(path, backup=False)
    return path


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    folder = tmp_path / "portable"
    folder.mkdir()
    return folder


def checkout(master: Path, folder: Path, name: str) -> Path:
    return offline.checkout_package(master, folder / name).copy


# -- checkout and diff ---------------------------------------------------------------------------


def test_checkout_records_its_base_and_the_diff_counts_the_copy_edits(
    master: Path, laptop: Path
) -> None:
    copy = checkout(master, laptop, "reunion.gpkg")
    info = offline.checkout_info(copy)
    base = Path(info["checkout_base"])
    assert base.parent == master.parent / offline.BASE_FOLDER and base.is_file()
    assert info["checkout_base_sha256"] == sha256(base)
    assert Path(info["checkout_master"]) == master.absolute()
    assert offline.diff_package(copy) == []  # the checkout keys are no change
    with edit(copy) as con:
        con.execute("UPDATE commune SET nom = 'Copie' WHERE fid IN (1, 2)")
        con.execute("DELETE FROM commune WHERE fid = 3")
        con.execute("INSERT INTO scot (scot_id, scot_nom) VALUES ('scot_new', 'Nouveau SCoT')")
    summary = {t.table: (t.inserted, t.updated, t.deleted) for t in offline.diff_package(copy)}
    assert summary == {"commune": (0, 2, 1), "scot": (1, 0, 0)}
    with pytest.raises(AulaError, match="already exists"):
        offline.checkout_package(master, copy)


def test_a_package_that_is_no_checkout_needs_a_base(master: Path, laptop: Path) -> None:
    other = laptop / "copie_a_la_main.gpkg"
    shutil.copyfile(master, other)
    with pytest.raises(AulaError, match="not an offline copy"):
        offline.diff_package(other)
    with edit(other) as con:
        con.execute("UPDATE commune SET population = 1 WHERE fid = 4")
    assert [(t.table, t.updated) for t in offline.diff_package(other, base=master)] == [
        ("commune", 1)
    ]


# -- merges without conflict ---------------------------------------------------------------------


def test_two_copies_edited_on_different_features_merge_with_no_loss(
    master: Path, laptop: Path
) -> None:
    first = checkout(master, laptop, "alice.gpkg")
    second = checkout(master, laptop, "bruno.gpkg")
    before = rows(master)
    with edit(first) as con:
        con.execute("UPDATE commune SET nom = 'Alice 1' WHERE fid = 1")
        con.execute("DELETE FROM commune WHERE fid = 5")
        con.execute("INSERT INTO pole (pole_id, pole_nom) VALUES ('p_alice', 'Pôle Alice')")
    with edit(second) as con:
        con.execute("UPDATE commune SET nom = 'Bruno 2', population = 7 WHERE fid = 2")
        con.execute("UPDATE commune SET population = 99 WHERE fid = 1")  # other field, same row
        con.execute("INSERT INTO pole (pole_id, pole_nom) VALUES ('p_bruno', 'Pôle Bruno')")
    # the master is edited too meanwhile
    with edit(master) as con:
        con.execute("UPDATE commune SET nom = 'Maître 3' WHERE fid = 3")

    one = offline.merge_package(master, first)
    two = offline.merge_package(master, second)
    assert one.applied and two.applied and not one.conflicts and not two.conflicts
    after = rows(master)
    assert after[1] == ("Alice 1", 99)
    assert after[2] == ("Bruno 2", 7)
    assert after[3][0] == "Maître 3"
    assert 5 not in after
    assert {k: v for k, v in after.items() if k not in (1, 2, 3)} == {
        k: v for k, v in before.items() if k not in (1, 2, 3, 5)
    }
    # both inserted features kept (the second one renumbered by the rebase)
    poles = rows(master, "pole", "pole_id, pole_nom")
    assert {"p_alice", "p_bruno"} <= set(poles)
    assert len(poles) == len(rows(first, "pole", "pole_id, pole_nom")) + 1
    # the spatial index follows the deletion; the file is a sound GeoPackage
    report = integrity.check_package(master)
    assert report.ok, [p.check for p in report.errors]
    # each merge has its provenance row, counts included; a merged copy is not merged twice
    with contextlib.closing(sqlite3.connect(master)) as con:
        found = provenance.provenance_rows(con)
    row = found[offline.merge_layer(one.checkout_id)]
    assert row["source_file"] == "alice.gpkg" and row["source_sha256"] == sha256(first)
    assert json.loads(row["counts"])["copy"]["commune"] == [0, 1, 1]
    assert offline.merge_layer(two.checkout_id) in found
    with pytest.raises(AulaError, match="already merged"):
        offline.merge_package(master, first)


def test_backup_first_and_the_offline_copy_untouched(master: Path, laptop: Path) -> None:
    copy = checkout(master, laptop, "copie.gpkg")
    with edit(copy) as con:
        con.execute("UPDATE commune SET nom = 'Copie' WHERE fid = 1")
    master_before, copy_before = rows(master), sha256(copy)
    result = offline.merge_package(master, copy, backup_folder=laptop / "sauvegardes")
    assert result.backup is not None and result.backup.parent == laptop / "sauvegardes"
    assert result.backup.name.startswith(f"{master.stem}_sauvegarde_fusion_")
    assert rows(result.backup) == master_before and master_before[1][0] != "Copie"
    assert sha256(copy) == copy_before
    assert rows(master)[1][0] == "Copie"
    leftovers = [p.name for p in master.parent.iterdir() if p.name.startswith(".aula_merge_")]
    assert leftovers == []


# -- conflicts -----------------------------------------------------------------------------------


@pytest.fixture
def conflicted(master: Path, laptop: Path) -> Path:
    """A copy and a master that edited the same field of feature 1 (and a delete/update pair
    each way), plus a change of each side that does not collide."""
    copy = checkout(master, laptop, "conflit.gpkg")
    with edit(master) as con:
        con.execute("UPDATE commune SET nom = 'Nom maître', population = 10 WHERE fid = 1")
        con.execute("DELETE FROM commune WHERE fid = 2")
        con.execute("UPDATE commune SET population = 33 WHERE fid = 3")
        con.execute("UPDATE commune SET nom = 'Maître seul' WHERE fid = 6")
    with edit(copy) as con:
        con.execute("UPDATE commune SET nom = 'Nom copie', population = 10 WHERE fid = 1")
        con.execute("UPDATE commune SET population = 22 WHERE fid = 2")
        con.execute("DELETE FROM commune WHERE fid = 3")
        con.execute("UPDATE commune SET nom = 'Copie seule' WHERE fid = 7")
    return copy


def kinds(result: offline.MergeResult) -> dict[tuple[str, str], offline.Conflict]:
    return {(c.key, c.field): c for c in result.conflicts}


def test_dry_run_reports_the_conflicts_and_leaves_the_master_unchanged(
    master: Path, conflicted: Path, tmp_path: Path
) -> None:
    before = sha256(master)
    report = tmp_path / "conflits.csv"
    result = offline.merge_package(master, conflicted, dry_run=True, report=report)
    assert sha256(master) == before and not result.applied and result.backup is None
    found = kinds(result)
    assert set(found) == {("1", "nom"), ("2", "*"), ("3", "*")}  # population 10 = 10: no conflict
    nom = found[("1", "nom")]
    assert (nom.kind, nom.master, nom.copy) == (offline.BOTH_EDITED, "Nom maître", "Nom copie")
    assert nom.base == rows(Path(offline.checkout_info(conflicted)["checkout_base"]))[1][0]
    assert found[("2", "*")].kind == offline.DELETED_IN_MASTER
    assert found[("2", "*")].master is None and found[("2", "*")].copy == "population=22"
    assert found[("3", "*")].kind == offline.DELETED_IN_COPY
    assert found[("3", "*")].master == "population=33" and found[("3", "*")].copy is None
    with report.open(encoding="utf-8") as stream:
        lines = list(csv.DictReader(stream))
    assert {(r["table"], r["key"], r["field"], r["master"], r["copy"]) for r in lines} >= {
        ("commune", "1", "nom", "Nom maître", "Nom copie")
    }
    assert all(r["resolution"] == "" for r in lines)
    summary = {t.table: (t.inserted, t.updated, t.deleted) for t in result.master_changes}
    assert summary == {"commune": (0, 3, 1)}


def test_unresolved_conflicts_stop_the_merge(master: Path, conflicted: Path) -> None:
    before = sha256(master)
    result = offline.merge_package(master, conflicted)  # policy "stop"
    assert not result.applied and len(result.unresolved) == 3
    assert sha256(master) == before


@pytest.mark.parametrize("policy", [offline.MASTER, offline.COPY])
def test_each_policy_is_applied_exactly(master: Path, conflicted: Path, policy: str) -> None:
    result = offline.merge_package(master, conflicted, policy=policy)
    assert result.applied and {c.resolution for c in result.conflicts} == {policy}
    after = rows(master)
    # what did not collide is there whatever the policy
    assert after[6][0] == "Maître seul" and after[7][0] == "Copie seule"
    assert after[1][1] == 10
    if policy == offline.MASTER:
        assert after[1][0] == "Nom maître"
        assert 2 not in after  # the master's deletion kept
        assert after[3][1] == 33  # the master's edit kept, the copy's deletion dropped
    else:
        assert after[1][0] == "Nom copie"
        assert after[2][1] == 22  # the copy's edit brings the feature back
        assert 3 not in after
    assert integrity.check_package(master).ok
    # nothing lost: every conflict, both values, recorded in the master
    with contextlib.closing(sqlite3.connect(master)) as con:
        stored = con.execute(
            "SELECT feature_key, field, master_value, copy_value, resolution "
            f"FROM {offline.CONFLICTS_TABLE}"
        ).fetchall()
    assert ("1", "nom", "Nom maître", "Nom copie", policy) in stored and len(stored) == 3


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_per_conflict_choices_from_the_edited_report(
    master: Path, conflicted: Path, tmp_path: Path, suffix: str
) -> None:
    report = tmp_path / f"conflits{suffix}"
    offline.merge_package(master, conflicted, dry_run=True, report=report)
    # against pygeodiff's own rebase each time (it keeps the copy's value and deletions)
    choice = {("1", "nom"): "maître", ("2", "*"): "copie", ("3", "*"): "master"}
    if suffix == ".csv":
        with report.open(encoding="utf-8") as stream:
            lines = list(csv.DictReader(stream))
        for line in lines:
            line["resolution"] = choice[(line["key"], line["field"])]
        with report.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, offline.REPORT_FIELDS)
            writer.writeheader()
            writer.writerows(lines)
    else:
        data = json.loads(report.read_text(encoding="utf-8"))
        for line in data["conflicts"]:
            line["resolution"] = choice[(line["key"], line["field"])]
        report.write_text(json.dumps(data), encoding="utf-8")
    choices = offline.read_choices(report)
    result = offline.merge_package(master, conflicted, choices=choices)
    assert result.applied
    after = rows(master)
    assert after[1][0] == "Nom maître"
    assert after[2][1] == 22
    assert after[3][1] == 33


def test_choices_left_out_fall_back_to_the_policy_or_stop(
    master: Path, conflicted: Path, tmp_path: Path
) -> None:
    choices = {("commune", "1", "nom"): offline.MASTER}
    stopped = offline.merge_package(master, conflicted, choices=choices)
    assert not stopped.applied
    assert {(c.key, c.field) for c in stopped.unresolved} == {("2", "*"), ("3", "*")}
    merged = offline.merge_package(master, conflicted, choices=choices, policy=offline.COPY)
    after = rows(master)
    assert merged.applied and after[1][0] == "Nom maître" and after[2][1] == 22


def test_a_bad_choices_file_is_refused_with_its_row(tmp_path: Path) -> None:
    path = tmp_path / "choix.csv"
    path.write_text("table,key,field,resolution\ncommune,1,nom,les deux\n", encoding="utf-8")
    with pytest.raises(AulaError, match="les deux"):
        offline.read_choices(path)
    path.write_text("pas un rapport", encoding="utf-8")
    with pytest.raises(AulaError, match="not a conflict choices file"):
        offline.read_choices(path)


def test_a_changed_base_is_refused(master: Path, laptop: Path) -> None:
    copy = checkout(master, laptop, "copie.gpkg")
    base = Path(offline.checkout_info(copy)["checkout_base"])
    with edit(base) as con:
        con.execute("UPDATE commune SET nom = 'x' WHERE fid = 1")
    with pytest.raises(AulaError, match="checksum"):
        offline.merge_package(master, copy)
    base.unlink()
    with pytest.raises(AulaError, match="missing"):
        offline.merge_package(master, copy)


# -- pygeodiff missing ---------------------------------------------------------------------------


def test_without_pygeodiff_one_sentence_says_how_to_get_it(
    master: Path, laptop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = checkout(master, laptop, "copie.gpkg")  # the checkout itself needs no pygeodiff
    before = sha256(master)
    for name in [m for m in sys.modules if m == "pygeodiff" or m.startswith("pygeodiff.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pygeodiff", None)  # import pygeodiff -> ImportError
    monkeypatch.setitem(sys.modules, "Mergin", None)
    for call in (
        lambda: offline.merge_package(master, copy, policy=offline.COPY),
        lambda: offline.diff_package(copy),
    ):
        with pytest.raises(AulaError) as caught:
            call()
        text = str(caught.value)
        assert text.count(". ") == 0 and "pip install pygeodiff" in text
        assert "Mergin Maps" in text
    assert sha256(master) == before


def test_a_pygeodiff_whose_library_does_not_load_is_said_in_one_sentence(
    master: Path, laptop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pygeodiff

    copy = checkout(master, laptop, "copie.gpkg")

    def broken() -> None:  # what a copy built for another platform raises when it loads
        raise OSError("libpygeodiff.so: cannot open shared object file")

    monkeypatch.setattr(pygeodiff, "GeoDiff", broken)
    with pytest.raises(AulaError) as caught:
        offline.diff_package(copy)
    text = str(caught.value)
    assert "libpygeodiff.so" in text and "--force-reinstall pygeodiff" in text
    assert text.count(". ") == 0


# -- the R-tree functions ------------------------------------------------------------------------


def test_envelope_of_points_and_polygons(master: Path) -> None:
    con = sqlite3.connect(master)
    try:
        blob, minx, maxx = con.execute(
            "SELECT c.geom, r.minx, r.maxx FROM commune c JOIN rtree_commune_geom r ON r.id = c.fid"
            " LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    box = gpkg_sql.envelope(blob)
    assert box is not None
    assert (box[0], box[1]) == (pytest.approx(minx, abs=1), pytest.approx(maxx, abs=1))
    # a point as GDAL writes it: no envelope in the header, the coordinates read from the WKB
    point = b"GP\x00\x01" + struct.pack("<i", 2154) + b"\x01" + struct.pack("<I2d", 1, 3.5, 4.5)
    assert gpkg_sql.envelope(point) == (3.5, 3.5, 4.5, 4.5)
    assert gpkg_sql.st_is_empty(point) == 0 and gpkg_sql.st_is_empty(None) is None


# -- aula-gpkg checkout, diff, merge -------------------------------------------------------------


def test_the_command_line_round_trip(repo_root: Path, master: Path, laptop: Path) -> None:
    copy = laptop / "copie.gpkg"
    done = aula_gpkg(repo_root, "checkout", str(master), str(copy))
    assert done.returncode == 0 and "checkout" in done.stdout, done.stderr
    with edit(copy) as con:
        con.execute("UPDATE commune SET nom = 'Copie' WHERE fid = 1")
    with edit(master) as con:
        con.execute("UPDATE commune SET nom = 'Maître' WHERE fid = 1")
    diff = aula_gpkg(repo_root, "diff", str(copy))
    assert diff.returncode == 0 and "commune: 0 added, 1 changed, 0 deleted" in diff.stdout
    report = laptop / "conflits.json"
    dry = aula_gpkg(repo_root, "merge", str(master), str(copy), "--dry-run",
                    "--report", str(report), lang="fr_FR.UTF-8")  # fmt: skip
    assert dry.returncode == 1 and "CONFLIT commune 1 nom" in dry.stdout
    assert json.loads(report.read_text(encoding="utf-8"))["conflicts"][0]["copy"] == "Copie"
    stopped = aula_gpkg(repo_root, "merge", str(master), str(copy))
    assert stopped.returncode == 1 and "undecided" in stopped.stderr
    assert rows(master)[1][0] == "Maître"
    merged = aula_gpkg(repo_root, "merge", str(master), str(copy), "--keep", "copy")
    assert merged.returncode == 0 and "backup" in merged.stdout, merged.stderr
    assert rows(master)[1][0] == "Copie"
    helped = aula_gpkg(repo_root, "merge", "--help", lang="fr_FR.UTF-8")
    assert helped.returncode == 0 and "Fusionner les modifications" in helped.stdout
