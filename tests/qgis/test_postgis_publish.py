"""aula:publishpostgis on a real PostgreSQL + PostGIS server (loopback, see postgis_server.py):
the published schema holds the package's content, and failures are refused clearly."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsDataSourceUri, QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).parent))
from postgis_server import forget_connection, save_connection

ALG = "aula:publishpostgis"
SCHEMA = "aula"


@pytest.fixture(scope="module")
def published(
    postgis_server: Any, territory_gpkg: Path, run_alg: Any, qgis_processing: Any
) -> dict[str, Any]:
    """The embedded package published once as the schema ``aula`` (the provider registered)."""
    from aula_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    try:
        results = run_alg(
            ALG,
            {
                "INPUT": str(territory_gpkg),
                "CONNECTION": postgis_server.connection,
                "SCHEMA": SCHEMA,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    finally:
        plugin.unload()
    return results


def gpkg_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as con:
        names = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM gpkg_contents "
                "WHERE data_type IN ('features', 'attributes')"
            )
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def postgis_layer(server: Any, table: str) -> QgsVectorLayer:
    uri = QgsDataSourceUri(server.uri)
    uri.setDataSource(SCHEMA, table, "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    assert layer.isValid(), table
    return layer


def test_published_counts_match_the_geopackage(
    published: dict[str, Any], postgis_server: Any, territory_gpkg: Path
) -> None:
    expected = gpkg_counts(territory_gpkg)
    assert published["TABLES"] == len(expected)
    assert published["ROWS"] == sum(expected.values())
    assert published["PUBLISHED_SCHEMA"] == SCHEMA
    report = {f["table"]: f["rows"] for f in published["OUTPUT"].getFeatures()}
    assert report == expected
    for table, rows in expected.items():
        assert postgis_server.sql(f'SELECT count(*) FROM {SCHEMA}."{table}"') == [(rows,)]
    # no staging schema left behind
    assert postgis_server.sql("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'aula%'") == [
        (SCHEMA,)
    ]


def test_published_keys_srid_and_spatial_indexes(
    published: dict[str, Any], postgis_server: Any, territory_gpkg: Path
) -> None:
    tables = gpkg_counts(territory_gpkg)
    keys = dict(
        postgis_server.sql(
            "SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage kcu USING (constraint_schema, "
            "constraint_name) WHERE tc.table_schema = %s AND tc.constraint_type = 'PRIMARY KEY'",
            (SCHEMA,),
        )
    )
    assert keys == dict.fromkeys(tables, "fid")
    geometry = postgis_server.sql(
        "SELECT f_table_name, srid FROM geometry_columns WHERE f_table_schema = %s", (SCHEMA,)
    )
    with closing(sqlite3.connect(f"{territory_gpkg.as_uri()}?mode=ro", uri=True)) as con:
        layers = {r[0] for r in con.execute("SELECT table_name FROM gpkg_geometry_columns")}
    assert {t for t, _ in geometry} == layers
    assert {srid for _, srid in geometry} == {2154}
    indexed = {
        r[0]
        for r in postgis_server.sql(
            "SELECT tablename FROM pg_indexes WHERE schemaname = %s AND indexdef LIKE '%%gist%%'",
            (SCHEMA,),
        )
    }
    assert indexed == layers
    # UNIQUE constraints kept (one provenance row per layer); the sequence continues after fids
    assert postgis_server.sql(
        f"SELECT count(*) FROM pg_indexes WHERE schemaname = '{SCHEMA}' "
        "AND tablename = 'aula_provenance' AND indexdef LIKE 'CREATE UNIQUE%%(layer)'"
    ) == [(1,)]
    (after,) = postgis_server.sql(f"SELECT nextval('{SCHEMA}.commune_fid_seq')")[0]
    assert after > postgis_server.sql(f"SELECT max(fid) FROM {SCHEMA}.commune")[0][0]


def test_published_geometries_and_values_equal(
    published: dict[str, Any], postgis_server: Any, territory_gpkg: Path
) -> None:
    for table, key in (("commune", "insee"), ("tvb_routes", "fid"), ("centra_activites", "fid")):
        source = QgsVectorLayer(f"{territory_gpkg}|layername={table}", table, "ogr")
        target = postgis_layer(postgis_server, table)
        assert target.crs().authid() == "EPSG:2154"
        assert target.featureCount() == source.featureCount()
        sample = QgsFeatureRequest().setLimit(25)
        theirs = {f[key]: f for f in target.getFeatures()}
        for feature in source.getFeatures(sample):
            other = theirs[feature[key]]
            assert other.id() == feature.id()
            assert other.geometry().equals(feature.geometry()), (table, feature[key])
            for name in source.fields().names():
                assert other[name] == feature[name], (table, feature[key], name)


def test_styles_point_to_the_published_schema(
    published: dict[str, Any], postgis_server: Any
) -> None:
    rows = postgis_server.sql(
        f"SELECT DISTINCT f_table_catalog, f_table_schema FROM {SCHEMA}.layer_styles"
    )
    assert rows == [("aula_test", SCHEMA)]


def test_publish_again_replaces_atomically(
    published: dict[str, Any],
    postgis_server: Any,
    territory_gpkg: Path,
    provider: Any,
    run_alg: Any,
) -> None:
    postgis_server.sql(f"CREATE TABLE {SCHEMA}.stale (x int)")
    results = run_alg(ALG, {"INPUT": str(territory_gpkg), "CONNECTION": postgis_server.connection,
                            "SCHEMA": SCHEMA, "OUTPUT": "TEMPORARY_OUTPUT"})  # fmt: skip
    assert results["ROWS"] == published["ROWS"]
    assert postgis_server.sql(f"SELECT to_regclass('{SCHEMA}.stale')") == [(None,)]


def test_refuses_foreign_schema_unknown_connection_and_missing_postgis(
    published: dict[str, Any],
    postgis_server: Any,
    territory_gpkg: Path,
    provider: Any,
    run_alg: Any,
) -> None:
    postgis_server.sql("CREATE SCHEMA IF NOT EXISTS theirs")
    postgis_server.sql("CREATE TABLE IF NOT EXISTS theirs.keep (x int)")
    params = {"INPUT": str(territory_gpkg), "CONNECTION": postgis_server.connection,
              "SCHEMA": "theirs", "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    with pytest.raises(QgsProcessingException, match="is not an AULA package"):
        run_alg(ALG, params)
    assert postgis_server.sql("SELECT count(*) FROM theirs.keep") == [(0,)]

    closed = postgis_server.uri.replace(f"port={postgis_server.port}", "port=1")
    save_connection("aula-closed", closed)
    postgis_server.sql("CREATE DATABASE plain", database="postgres", autocommit=True)
    save_connection("aula-plain", postgis_server.uri.replace("'aula_test'", "'plain'"))
    try:
        with pytest.raises(QgsProcessingException, match="Cannot connect to the PostgreSQL"):
            run_alg(ALG, {**params, "CONNECTION": "aula-closed", "SCHEMA": SCHEMA})
        with pytest.raises(QgsProcessingException, match="has no PostGIS extension"):
            run_alg(ALG, {**params, "CONNECTION": "aula-plain", "SCHEMA": SCHEMA})
        with pytest.raises(QgsProcessingException, match="cannot be used as a schema name"):
            run_alg(ALG, {**params, "SCHEMA": "Bad Name"})
    finally:
        forget_connection("aula-closed")
        forget_connection("aula-plain")
    assert postgis_server.sql(
        "SELECT count(*) FROM pg_namespace WHERE nspname = 'aula'", database="plain"
    ) == [(0,)]


def test_dialog_accepts_a_new_schema_name(provider: Any, qgis_processing: Any) -> None:
    """QGIS 3.22's schema widget lists only existing schemas: SCHEMA is a string with a default,
    so the dialog takes a name typed for a first publication."""
    from qgis.core import QgsProcessingContext
    from qgis.gui import QgsGui, QgsProcessingGui
    from qgis.PyQt import sip

    param = provider.algorithm("publishpostgis").parameterDefinition("SCHEMA")
    assert param.type() == "string"
    assert param.defaultValue() == SCHEMA
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(
        param, QgsProcessingGui.Standard
    )
    context = QgsProcessingContext()
    widget = wrapper.createWrappedWidget(context)
    try:
        wrapper.setParameterValue("aula_premiere", context)
        assert wrapper.parameterValue() == "aula_premiere"
    finally:
        sip.delete(wrapper)  # the wrapper before its widget (else a crash at exit)
        sip.delete(widget)


def test_the_command_line_publishes_the_same_content(
    postgis_server: Any, territory_gpkg: Path, repo_root: Path
) -> None:
    """``aula-gpkg publish``, as a technician runs it (its launcher, French locale): the same
    library, the same rows; a second run without replacing is refused with exit 1."""
    import os
    import subprocess

    env = {**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}
    tool = [str(repo_root / "gpkg" / "aula-gpkg"), "publish", str(territory_gpkg)]
    args = [postgis_server.conninfo, "--schema", "aula_cli", "--no-progress"]
    done = subprocess.run([*tool, *args], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    counts = gpkg_counts(territory_gpkg)
    assert f"{len(counts)} table(s), {sum(counts.values())} ligne(s) publiée(s)" in done.stdout
    for table, rows in counts.items():
        assert postgis_server.sql(f'SELECT count(*) FROM aula_cli."{table}"') == [(rows,)], table
    again = subprocess.run(
        [*tool, *args, "--no-replace"], capture_output=True, text=True, env=env, check=False
    )
    assert again.returncode == 1 and "aula_cli" in again.stderr and not again.stdout
    postgis_server.sql("DROP SCHEMA aula_cli CASCADE")
