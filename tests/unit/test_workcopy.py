"""The user's working copy of the shipped GeoPackage: copied once, never overwritten."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from aula_plugin.core import workcopy
from aula_plugin.core.errors import AulaError
from aula_plugin.core.workcopy import ensure_working_copy, schema_version


def make_gpkg(path: Path, version: int, payload: str = "template") -> Path:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE aula_metadata (key TEXT PRIMARY KEY, value TEXT)")
        con.execute("INSERT INTO aula_metadata VALUES ('schema_version', ?)", (str(version),))
        con.execute("CREATE TABLE payload (v TEXT)")
        con.execute("INSERT INTO payload VALUES (?)", (payload,))
    return path


def payload(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT v FROM payload").fetchone()[0]


def test_first_call_copies_the_template(tmp_path: Path) -> None:
    template = make_gpkg(tmp_path / "aula_territoire.gpkg", 1)
    copy = ensure_working_copy(template, tmp_path / "work")
    assert copy.created
    assert copy.path == tmp_path / "work" / "aula_territoire.gpkg"
    assert payload(copy.path) == "template"
    assert (copy.schema_version, copy.template_schema_version, copy.outdated) == (1, 1, False)


def test_user_data_survives_a_plugin_upgrade(tmp_path: Path) -> None:
    template = make_gpkg(tmp_path / "aula_territoire.gpkg", 1)
    copy = ensure_working_copy(template, tmp_path / "work")
    with sqlite3.connect(copy.path) as con:
        con.execute("UPDATE payload SET v = 'edited by the user'")
    # the upgrade ships a new template with a newer schema
    template.unlink()
    make_gpkg(template, 2, payload="new template")
    again = ensure_working_copy(template, tmp_path / "work")
    assert not again.created
    assert payload(again.path) == "edited by the user"
    assert again.outdated and (again.schema_version, again.template_schema_version) == (1, 2)


def test_copy_of_a_read_only_template_is_writable(tmp_path: Path) -> None:
    template = make_gpkg(tmp_path / "aula_territoire.gpkg", 1)
    template.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    copy = ensure_working_copy(template, tmp_path / "work")
    assert os.access(copy.path, os.W_OK) or os.geteuid() == 0
    assert copy.path.stat().st_mode & stat.S_IWUSR
    assert not template.stat().st_mode & stat.S_IWUSR  # the template itself is left alone


def test_missing_template_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AulaError, match="missing") as info:
        ensure_working_copy(tmp_path / "nowhere.gpkg", tmp_path / "work")
    assert "nowhere.gpkg" in str(info.value)
    assert not (tmp_path / "work").exists()


def test_truncated_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "truncated.gpkg"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 10)
    with pytest.raises(AulaError, match="not a readable AULA GeoPackage") as info:
        schema_version(bad)
    assert "truncated.gpkg" in str(info.value)


def test_gpkg_without_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.gpkg"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE aula_metadata (key TEXT PRIMARY KEY, value TEXT)")
    with pytest.raises(AulaError, match="schema_version"):
        schema_version(path)


def test_interrupted_copy_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_gpkg(tmp_path / "aula_territoire.gpkg", 1)

    def copy_then_fail(src: str, dst: str) -> None:
        shutil.copyfileobj(open(src, "rb"), open(dst, "wb"), length=10)  # noqa: SIM115
        raise OSError("disk full")

    monkeypatch.setattr(workcopy.shutil, "copyfile", copy_then_fail)
    with pytest.raises(OSError, match="disk full"):
        ensure_working_copy(template, tmp_path / "work")
    assert list((tmp_path / "work").iterdir()) == []


def test_schema_version_never_writes(tmp_path: Path) -> None:
    template = make_gpkg(tmp_path / "aula_territoire.gpkg", 3)
    template.chmod(stat.S_IRUSR)
    before = template.stat().st_mtime_ns
    assert schema_version(template) == 3
    assert template.stat().st_mtime_ns == before
    assert not list(tmp_path.glob("*-journal")) and not list(tmp_path.glob("*-wal"))
