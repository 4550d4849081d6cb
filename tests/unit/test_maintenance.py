"""The maintenance library (aula_plugin/maintenance): provenance upsert, migrations after a
backup, integrity checks failing on deliberately broken GeoPackages. sqlite3 only, no QGIS."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.workcopy import schema_version
from aula_plugin.maintenance import integrity, messages, migrations, provenance


@contextlib.contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(path)
    try:
        with con:
            yield con
    finally:
        con.close()


def columns(path: Path, table: str) -> list[str]:
    with connect(path) as con:
        return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


@pytest.fixture
def package(territory_gpkg: Path, tmp_path: Path) -> Path:
    """A copy of the shipped package, at the current schema."""
    path = tmp_path / "paquet" / "aula_territoire.gpkg"
    path.parent.mkdir()
    shutil.copyfile(territory_gpkg, path)
    migrations.migrate_package(path, backup=False)
    return path


def downgrade_to_v1(path: Path) -> Path:
    """The package as schema 1 wrote it: aula_provenance without the import columns."""
    with connect(path) as con:
        for name in provenance.COLUMNS_V2:
            con.execute(f"ALTER TABLE aula_provenance DROP COLUMN {name}")
        con.execute("UPDATE aula_metadata SET value = '1' WHERE key = 'schema_version'")
    return path


@pytest.fixture
def package_v1(package: Path) -> Path:
    return downgrade_to_v1(package)


# -- migrations ----------------------------------------------------------------------------------


def test_registry_is_ordered_and_gapless() -> None:
    versions = [m.version for m in migrations.MIGRATIONS]
    first = migrations.FIRST_SCHEMA_VERSION + 1
    assert versions == list(range(first, first + len(versions)))
    assert versions[-1] == migrations.CURRENT_SCHEMA_VERSION
    assert len({m.title for m in migrations.MIGRATIONS}) == len(versions)


def test_the_shipped_package_is_at_the_current_schema(territory_gpkg: Path) -> None:
    assert schema_version(territory_gpkg) == migrations.CURRENT_SCHEMA_VERSION
    assert migrations.pending_migrations(territory_gpkg) == []
    assert columns(territory_gpkg, "aula_provenance")[1:] == list(provenance.COLUMNS)


def test_migrate_backs_up_first_then_brings_the_schema_up(package_v1: Path) -> None:
    with connect(package_v1) as con:
        before = con.execute("SELECT * FROM aula_provenance ORDER BY fid").fetchall()
    assert [m.version for m in migrations.pending_migrations(package_v1)] == [2]
    seen: list[float] = []
    result = migrations.migrate_package(package_v1, progress=lambda f, _t: seen.append(f))
    assert (result.from_version, result.to_version) == (1, migrations.CURRENT_SCHEMA_VERSION)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    # the backup: beside the file, named after it and its old schema, the old content
    assert result.backup is not None and result.backup.parent == package_v1.parent
    assert result.backup.name.startswith("aula_territoire_sauvegarde_schema1_")
    assert schema_version(result.backup) == 1
    assert "source_file" not in columns(result.backup, "aula_provenance")
    # the migrated file: new columns at the end, the rows as they were
    assert schema_version(package_v1) == migrations.CURRENT_SCHEMA_VERSION
    assert columns(package_v1, "aula_provenance")[1:] == list(provenance.COLUMNS)
    with connect(package_v1) as con:
        after = con.execute("SELECT * FROM aula_provenance ORDER BY fid").fetchall()
    assert [row[: len(before[0])] for row in after] == before
    assert all(value is None for row in after for value in row[len(before[0]) :])
    assert integrity.check_package(package_v1).ok
    assert not [p for p in integrity.check_package(package_v1).problems if p.check == "aula_schema"]


def test_migrations_are_idempotent(package_v1: Path) -> None:
    for migration in migrations.MIGRATIONS:  # applied twice by hand: no error, same schema
        with connect(package_v1) as con:
            migration.apply(con)
        once = columns(package_v1, "aula_provenance")
        with connect(package_v1) as con:
            migration.apply(con)
        assert columns(package_v1, "aula_provenance") == once
    # a package already up to date: nothing done, no backup made
    with connect(package_v1) as con:
        con.execute("UPDATE aula_metadata SET value = ? WHERE key = 'schema_version'",
                    (str(migrations.CURRENT_SCHEMA_VERSION),))  # fmt: skip
    result = migrations.migrate_package(package_v1)
    assert not result.changed and result.backup is None
    assert list(package_v1.parent.iterdir()) == [package_v1]


def test_a_newer_package_is_refused(package: Path) -> None:
    with connect(package) as con:
        con.execute("UPDATE aula_metadata SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(AulaError, match="newer"):
        migrations.migrate_package(package)
    assert list(package.parent.iterdir()) == [package]  # no backup of a refused file


def test_a_non_geopackage_is_refused_by_migrate(tmp_path: Path) -> None:
    path = tmp_path / "notes.gpkg"
    path.write_text("pas un GeoPackage")
    with pytest.raises(AulaError, match="not a GeoPackage"):
        migrations.migrate_package(path)


# -- provenance ----------------------------------------------------------------------------------


def test_upsert_replaces_the_row_of_a_layer(package: Path, tmp_path: Path) -> None:
    source = tmp_path / "release.csv"
    source.write_text("insee;naf\n62001;1.5\n", encoding="utf-8")
    row = provenance.import_record(
        "commune",
        source,
        release="2025",
        tool_version="aula-gpkg 1.0",
        counts={"added": 3, "removed": 1},
        recorded_at="2026-01-01T00:00:00Z",
        operator="technicienne",
        source="Cerema",
    )
    with connect(package) as con:
        count = con.execute("SELECT count(*) FROM aula_provenance").fetchone()[0]
        assert provenance.upsert_provenance(con, [row]) == 1
        assert provenance.upsert_provenance(con, [row]) == 1  # again: still one row
        rows = provenance.provenance_rows(con)
        assert con.execute("SELECT count(*) FROM aula_provenance").fetchone()[0] == count
    written = rows["commune"]
    assert written["source_file"] == "release.csv"
    assert written["source_sha256"] == provenance.file_sha256(source)
    assert len(written["source_sha256"]) == 64
    assert written["counts"] == '{"added": 3, "removed": 1}'
    assert (written["operator"], written["release"]) == ("technicienne", "2025")
    assert "licence" not in written  # a replaced row keeps nothing of the old one


def test_upsert_refuses_columns_of_a_newer_schema(package_v1: Path) -> None:
    with connect(package_v1) as con, pytest.raises(AulaError, match="migrate"):
        provenance.upsert_provenance(con, [{"layer": "commune", "source_file": "x.csv"}])


def test_upsert_through_ogr_in_the_callers_transaction(package: Path) -> None:
    ogr = pytest.importorskip("osgeo.ogr")
    ds = ogr.Open(str(package), 1)
    ds.StartTransaction()
    provenance.upsert_provenance(ds, [{"layer": "essai", "source": "l'agence"}], package)
    ds.RollbackTransaction()
    ds.StartTransaction()
    provenance.upsert_provenance(ds, [{"layer": "essai", "source": "l'agence"}], package)
    ds.CommitTransaction()
    ds = None
    with connect(package) as con:
        rows = con.execute("SELECT source FROM aula_provenance WHERE layer = 'essai'").fetchall()
    assert rows == [("l'agence",)]


# -- integrity -----------------------------------------------------------------------------------


def problems(path: Path) -> list[tuple[str, str, str]]:
    return [(p.check, p.severity, p.table) for p in integrity.check_package(path).problems]


def errors(path: Path) -> list[tuple[str, str]]:
    return [(c, t) for c, s, t in problems(path) if s == integrity.ERROR]


def test_the_shipped_package_has_no_error(territory_gpkg: Path) -> None:
    report = integrity.check_package(territory_gpkg)
    assert report.ok, [p.texts() for p in report.errors]


def test_the_shipped_package_has_no_problem_at_all(territory_gpkg: Path) -> None:
    # every feature table indexed, but the history the triggers of centralites_validees write:
    # an R-tree there would make its triggers call GDAL's SQL functions (plain SQLite edits fail)
    assert integrity.check_package(territory_gpkg).problems == []
    with contextlib.closing(sqlite3.connect(f"file:{territory_gpkg}?mode=ro", uri=True)) as con:
        indexed = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM gpkg_extensions "
                "WHERE extension_name = 'gpkg_rtree_index'"
            )
        }
        features = {r[0] for r in con.execute("SELECT table_name FROM gpkg_geometry_columns")}
    assert features - indexed == {"centralites_validees_historique"}


def test_no_index_warning_on_a_table_written_by_triggers(package: Path) -> None:
    # the same table without the trigger that writes into it: the warning is back
    with connect(package) as con:
        con.execute("CREATE TABLE journal (fid INTEGER PRIMARY KEY, geom BLOB, nom TEXT)")
        con.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, srs_id) "
            "VALUES ('journal', 'features', 2154)"
        )
        con.execute(
            "INSERT INTO gpkg_geometry_columns VALUES ('journal', 'geom', 'GEOMETRY', 2154, 0, 0)"
        )
    assert ("spatial_index", integrity.WARNING, "journal") in problems(package)
    with connect(package) as con:
        con.execute(
            'CREATE TRIGGER keep AFTER DELETE ON commune BEGIN INSERT INTO "journal" '
            "(geom, nom) VALUES (OLD.geom, OLD.nom); END"
        )
    assert ("spatial_index", integrity.WARNING, "journal") not in problems(package)


def test_missing_rtree(package: Path) -> None:
    with connect(package) as con:
        con.execute("DROP TABLE rtree_commune_geom")
    assert errors(package) == [("spatial_index", "commune")]
    (problem,) = integrity.check_package(package).errors
    detail, fix = problem.texts()
    assert "rtree_commune_geom" in detail and "CreateSpatialIndex('commune', 'geom')" in fix


def test_stale_rtree(package: Path) -> None:
    with connect(package) as con:
        con.execute("DELETE FROM rtree_epci_geom WHERE id = 1")
        con.execute("INSERT INTO rtree_epci_geom VALUES (9999, 0, 1, 0, 1)")
    (problem,) = integrity.check_package(package).errors
    assert (problem.check, problem.table) == ("spatial_index", "epci")
    assert (problem.values["missing"], problem.values["orphans"]) == (1, 1)


def test_contents_entry_without_table(package: Path) -> None:
    with connect(package) as con:
        con.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
            "VALUES ('fantome', 'features', 'fantome', 2154)"
        )
    assert errors(package) == [("contents", "fantome")]


def test_wrong_srs_id(package: Path) -> None:
    with connect(package) as con:
        con.execute("UPDATE gpkg_geometry_columns SET srs_id = 99999 WHERE table_name = 'epci'")
    found = errors(package)
    assert ("geometry_columns", "epci") in found
    assert ("foreign_keys", "gpkg_geometry_columns") in found  # its foreign key says so too


def test_foreign_keys(package: Path) -> None:
    with connect(package) as con:
        con.execute("CREATE TABLE parent_t (id INTEGER PRIMARY KEY)")
        con.execute("CREATE TABLE child_t (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent_t)")
        con.execute("INSERT INTO child_t VALUES (1, 42)")
    assert ("foreign_keys", "child_t") in errors(package)


def test_required_columns_of_the_aula_schema(package: Path) -> None:
    with connect(package) as con:
        con.execute("ALTER TABLE scot RENAME COLUMN scot_nom TO nom")
    (problem,) = integrity.check_package(package).errors
    assert (problem.check, problem.table, problem.values) == (
        "aula_schema", "scot", {"columns": "scot_nom"}
    )  # fmt: skip


def test_older_schema_is_a_warning_with_its_fix(package_v1: Path) -> None:
    report = integrity.check_package(package_v1)
    assert report.ok
    (old,) = [p for p in report.problems if p.check == "aula_schema"]
    assert "aula-gpkg migrate" in old.texts()[1]


def test_truncated_file(package: Path) -> None:
    data = package.read_bytes()
    package.write_bytes(data[: len(data) // 2])
    (problem,) = integrity.check_package(package).problems
    assert (problem.check, problem.severity) == ("file", "error")
    assert "truncated" in problem.texts()[0]


def test_non_geopackage_files(tmp_path: Path) -> None:
    text = tmp_path / "texte.gpkg"
    text.write_text("insee;nom\n62001;Ablain-Saint-Nazaire\n" * 10)
    assert problems(text) == [("file", "error", "")]
    plain = tmp_path / "base.gpkg"
    with connect(plain) as con:
        con.execute("CREATE TABLE t (x)")
    assert problems(plain) == [("application_id", "error", "")]
    assert problems(tmp_path / "absent.gpkg") == [("file", "error", "")]


def test_messages_in_french_from_the_ts_file(repo_root: Path, package: Path) -> None:
    with connect(package) as con:
        con.execute("DROP TABLE rtree_commune_geom")
    french = messages.ts_translator(repo_root / "i18n" / "aula_fr.ts")
    (problem,) = integrity.check_package(package).errors
    detail, fix = problem.texts(french)
    assert detail != problem.texts()[0] and "index spatial" in detail.lower()
    assert "CreateSpatialIndex" in fix
    for migration in migrations.MIGRATIONS:
        assert french(migration.title) != migration.title


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "fr", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "fr"),
        ({}, "en"),
    ],
)
def test_language(environ: dict[str, str], expected: str) -> None:
    assert messages.language(environ) == expected
