"""The EMPTY layer of agreed centrality perimeters, with its history, for the territory GeoPackage.

``add_to_gpkg(path, build_date)`` adds ``centralites_validees`` (MultiPolygon, EPSG:2154: id, nom,
insee_com, statut, date_decision, ref_decision, commentaire, centralite_id, modifie_le) and
``centralites_validees_historique`` (the old rows, written by SQLite triggers on UPDATE and
DELETE), embeds their default styles (outline by statut; attribute form with a value map on
statut, a date widget on date_decision, modifie_le read-only) and writes one ``aula_provenance``
row each.

No feature is added: agreed perimeters are the agency's own decisions with elected officials, not
synthetic data. The structure comes from aula_plugin/gis/centralities_agreed.py
(``create_agreed_layer``), which the plugin and the demo use on working GeoPackages too.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

from osgeo import ogr

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared helpers of the builders
from provenance_table import plugin_module, upsert_provenance

REPO = Path(__file__).resolve().parents[2]
MODULE = REPO / "aula_plugin" / "gis" / "centralities_agreed.py"
STYLES = REPO / "resources" / "styles"
NOTE = (
    "Structure vide, à remplir par l'agence / empty structure, to be filled by the agency: "
    "perimeters of centralities agreed with elected officials, drawn and edited by hand "
    "(statut en discussion / validé / rejeté, date and reference of the decision). Neither "
    "generated nor computed: aula:centralities never writes to this layer; it compares its "
    "perimeters with it (IoU, activities inside and outside)."
)
HISTORY_NOTE = (
    "Structure vide / empty structure: previous versions of the agreed perimeters, one row per "
    "UPDATE or DELETE (old row with its geometry, operation, horodatage), written by SQLite "
    "triggers of centralites_validees whatever the editing tool (QGIS, OGR)."
)


def _agreed_module() -> ModuleType:
    """aula_plugin/gis/centralities_agreed.py, imported as part of the plugin package.

    The package is registered from its folder (no repository root on sys.path, where the
    top-level processing/ folder would shadow QGIS's own processing module)."""
    return plugin_module("gis.centralities_agreed")


def provenance(build_date: str) -> list[dict[str, str]]:
    common = {
        # no "synth" in any value: the reports stamp inputs whose provenance row says so
        "source": "AULA Territoires, GeoPackage build (centra_agreed.py): structure only, no data",
        "source_version": "centralites_validees v1",
        "vintage": "none (empty layer)",
        "licence": "Licence Ouverte 2.0 / Etalab (structure); the agency's own data once filled",
        "attribution": "AULA Territoires",
        "build_date": build_date,
    }
    return [
        {"layer": "centralites_validees", **common, "notes": NOTE},
        {"layer": "centralites_validees_historique", **common, "notes": HISTORY_NOTE},
    ]


def add_to_gpkg(path: Path, build_date: str) -> None:
    module = _agreed_module()
    tables = (module.AGREED_LAYER, module.HISTORY_LAYER)
    module.create_agreed_layer(path, styles=False)
    # A second run restyles from the current QML: drop the old default styles first (QGIS 3.22
    # waits forever when it must replace a default style of the same name through OGR).
    with contextlib.closing(sqlite3.connect(path)) as con, con:
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            con.executemany(
                "DELETE FROM layer_styles WHERE f_table_name = ?", [(n,) for n in tables]
            )
    styled = module.embed_default_styles(path, styles_dir=STYLES)
    if sorted(styled) != sorted(tables):
        raise RuntimeError(f"{path}: styles embedded for {styled}, expected {list(tables)}")

    ds = ogr.Open(str(path), update=1)
    if ds is None:
        raise RuntimeError(f"{path}: cannot open the GeoPackage for writing")
    ds.StartTransaction()
    try:
        upsert_provenance(ds, provenance(build_date), path)
        ds.CommitTransaction()
    except Exception:
        ds.RollbackTransaction()
        raise
    finally:
        ds = None
