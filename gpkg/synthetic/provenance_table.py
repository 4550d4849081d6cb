"""The one way the synthetic builders record where their layers come from (aula_provenance)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from osgeo import ogr


def replace_provenance(
    ds: ogr.DataSource, path: Path | str, rows: Iterable[dict[str, Any]]
) -> None:
    """Give each row's layer exactly that aula_provenance row, inside the caller's transaction
    (a rebuilt layer replaces its old row instead of adding a second one)."""
    table = ds.GetLayerByName("aula_provenance")
    if table is None:
        raise RuntimeError(f"{path}: no aula_provenance table")
    for row in rows:
        table.SetAttributeFilter("layer = '{}'".format(row["layer"]))
        for old in list(table):
            table.DeleteFeature(old.GetFID())
        table.SetAttributeFilter(None)
        feature = ogr.Feature(table.GetLayerDefn())
        for name, value in row.items():
            feature.SetField(name, value)
        table.CreateFeature(feature)
