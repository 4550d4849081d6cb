"""Create the SCoT prescription model (core/scot/model_tables.py) in a GeoPackage.

The tables are created empty in one transaction (all or none), listed in ``gpkg_contents`` (QGIS
and OGR show them as layers and tables) and the feature tables get their R-tree spatial index.
Existing tables are kept with their rows: the call can be repeated.

This module has no relative import at module level beyond the pure core: gpkg/synthetic/
scot_demo.py loads it to build the demo SCoT layers.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from osgeo import osr

from ..core.gpkg_store import (
    check_geopackage,
    now_utc,
    read_only,
    register_attributes,
    register_features,
    write_transaction,
)
from ..core.scot.model_tables import SCOT_TABLES, TABLES_BY_NAME, ModelTable

METRIC_EPSG = 2154


def srs_definition(epsg: int = METRIC_EPSG) -> tuple[int, str, str]:
    """(EPSG code, name, WKT) of a coordinate reference system, as gpkg_spatial_ref_sys holds."""
    srs = osr.SpatialReference()
    if srs.ImportFromEPSG(epsg) != 0:
        raise ValueError(f"EPSG:{epsg} is unknown")
    return epsg, srs.GetName() or f"EPSG:{epsg}", srs.ExportToWkt()


def existing_tables(gpkg: Path) -> set[str]:
    with read_only(gpkg) as con:
        return {row[0] for row in con.execute("SELECT table_name FROM gpkg_contents")}


def create_scot_model(
    gpkg: Path | str, tables: Iterable[str] | None = None, epsg: int = METRIC_EPSG
) -> list[str]:
    """Add the SCoT model's tables (all, or those named) to an existing GeoPackage; the names of
    the tables created (those already there are kept). AulaError for a missing file, a file that
    is no GeoPackage or a locked one; KeyError for an unknown table name."""
    path = Path(gpkg)
    check_geopackage(path)
    chosen: list[ModelTable] = (
        list(SCOT_TABLES) if tables is None else [TABLES_BY_NAME[name] for name in tables]
    )
    srs = srs_definition(epsg)
    before = existing_tables(path)
    now = now_utc()
    with write_transaction(path) as con:
        for table in chosen:
            if table.geometry:
                register_features(con, table.name, table.columns_sql(), table.geometry, srs,
                                  table.description, now)  # fmt: skip
            else:
                register_attributes(con, table.name, table.columns_sql(), table.description, now)
            con.execute(
                "UPDATE gpkg_contents SET identifier = ? WHERE table_name = ?",
                (table.identifier, table.name),
            )
    return [table.name for table in chosen if table.name not in before]
