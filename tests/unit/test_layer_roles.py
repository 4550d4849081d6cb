"""The one role -> layer mapping of the dialogs names tables the territory GeoPackage holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from aula_plugin.core import layer_roles

#: tables `make demo` adds to its working copy (results), not shipped
DEMO_TABLES = {"centralites", "centralites_points", "tvb_res_reservoirs", "tvb_res_corridors"}


def test_role_tables_are_in_the_shipped_geopackage(repo_root: Path) -> None:
    gpkg = repo_root / "gpkg" / "aula_territoire.gpkg"
    with sqlite3.connect(f"{gpkg.absolute().as_uri()}?mode=ro", uri=True) as con:
        shipped = {row[0] for row in con.execute("SELECT table_name FROM gpkg_contents")}
    named = {table for tables in layer_roles.TABLES.values() for table in tables}
    imported = {"zan_consommation"}  # written by aula:zanimportconsumption into the working copy
    assert named - shipped == DEMO_TABLES | imported


def test_roles_played_by_outputs_name_an_algorithm_output(repo_root: Path) -> None:
    algorithms = {p.stem for p in (repo_root / "processing" / "algorithms").glob("*.py")}
    for tags in layer_roles.OUTPUTS.values():
        for tag in tags:
            algorithm, _, output = tag.partition(":")
            assert algorithm in algorithms and output.isupper(), tag
            assert layer_roles.output_tag(algorithm, output) == tag
