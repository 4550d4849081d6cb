"""The synthetic OCS GE data package (gpkg/synthetic/zan_ocsge.py) and both ZAN tools run on it.

The module is applied to a temporary copy of the staged territory GeoPackage (never to the
shipped file).
"""

from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path
from typing import Any

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

LAYERS = ("ocsge_synthetique_2018", "ocsge_synthetique_2021", "zan_projets_synthetiques")


@pytest.fixture(scope="module")
def synthetic_gpkg(
    repo_root: Path, territory_gpkg: Path, tmp_path_factory: pytest.TempPathFactory, qgis_app: Any
) -> Path:
    target = tmp_path_factory.mktemp("zan-ocsge") / "aula_territoire.gpkg"
    shutil.copy(territory_gpkg, target)
    spec = importlib.util.spec_from_file_location(
        "aula_gpkg_zan_ocsge", repo_root / "gpkg" / "synthetic" / "zan_ocsge.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.add_to_gpkg(target, "2026-11-23")
    return target


def layer(path: Path, name: str) -> QgsVectorLayer:
    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert result.isValid(), name
    return result


def rows_of(out: QgsVectorLayer) -> list[dict[str, Any]]:
    names = out.fields().names()
    return [
        {
            n: None if isinstance(v, QVariant) and v.isNull() else v
            for n, v in zip(names, f.attributes(), strict=True)
        }
        for f in out.getFeatures()
    ]


def test_layers_provenance_and_styles(synthetic_gpkg: Path):
    ds = ogr.Open(str(synthetic_gpkg))
    for name in LAYERS:
        lyr = ds.GetLayerByName(name)
        assert lyr is not None and lyr.GetFeatureCount() > 0, name
        assert lyr.GetSpatialRef().GetAuthorityCode(None) == "2154"
    ocs = ds.GetLayerByName("ocsge_synthetique_2018")
    names = [ocs.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(5, 6)]
    assert names == ["crit_seuil"]
    assert 1000 < ocs.GetFeatureCount() < 5000  # small: the GeoPackage is committed
    provenance = ds.ExecuteSQL(
        "SELECT layer, source, notes FROM aula_provenance WHERE layer IN "
        "('ocsge_synthetique_2018', 'ocsge_synthetique_2021', 'zan_projets_synthetiques')"
    )
    rows = [(f["layer"], f["source"], f["notes"]) for f in provenance]
    ds.ReleaseResultSet(provenance)
    assert sorted(r[0] for r in rows) == sorted(LAYERS)
    assert all("SYNTHÉTIQUE" in r[1] and "not real data" in r[2] for r in rows)
    styles = ds.ExecuteSQL("SELECT f_table_name FROM layer_styles WHERE useAsDefault")
    styled = {f["f_table_name"] for f in styles}
    ds.ReleaseResultSet(styles)
    assert set(LAYERS) <= styled


def test_artificialisation_on_the_synthetic_millesimes(provider, synthetic_gpkg: Path):
    from qgis import processing

    communes = layer(synthetic_gpkg, "commune")
    communes.setSubsetString("epci_siren = '246200299'")
    result = processing.run(
        "aula:zanartificialisation",
        {
            "OCSGE": [layer(synthetic_gpkg, n) for n in LAYERS[:2]],
            "COMMUNES": communes,
            "INSEE_FIELD": "insee",
            "METHOD": 0,
            "STOCK": "TEMPORARY_OUTPUT",
            "FLOWS": "TEMPORARY_OUTPUT",
        },
    )
    stock = rows_of(result["STOCK"])
    flows = rows_of(result["FLOWS"])
    assert len(stock) == 28 and len(flows) == 14  # 14 communes × 2 millésimes, 1 pair
    for row in stock:
        assert row["area_m2"] == pytest.approx(row["commune_area_m2"], rel=1e-3)  # C19
        assert row["impermeable_m2"] <= row["artif_m2"] + 1e-6  # C20
    for row in flows:
        assert (row["millesime_1"], row["millesime_2"]) == (2018, 2021)
        assert abs(row["gap_m2"]) < 1.0  # C18: net flow = stock difference
    assert sum(r["artificialisation_m2"] for r in flows) > 0
    assert sum(r["renaturation_m2"] for r in flows) > 0
    assert sum(r["net_m2"] for r in flows) > 0  # a little more artificialised in 2021


def test_projects_counter_on_the_synthetic_projects(provider, synthetic_gpkg: Path):
    from qgis import processing

    communes = layer(synthetic_gpkg, "commune")
    communes.setSubsetString("epci_siren = '246200299'")
    budget = QgsVectorLayer(
        "None?field=territory_id:string&field=remaining_m2:double", "budget", "memory"
    )
    features = []
    for commune in communes.getFeatures():
        feature = QgsFeature(budget.fields())
        feature.setAttributes([commune["insee"], 50_000.0])
        features.append(feature)
    budget.dataProvider().addFeatures(features)
    result = processing.run(
        "aula:zanprojects",
        {
            "PROJECTS": layer(synthetic_gpkg, LAYERS[2]),
            "STATUS_FIELD": "statut",
            "STATUSES": "en projet,autorisé",
            "YEAR_FIELD": "annee_prevue",
            "HORIZON": 2031,
            "OCSGE": layer(synthetic_gpkg, LAYERS[1]),
            "COMMUNES": communes,
            "INSEE_FIELD": "insee",
            "GROUP_FIELD": "epci_siren",
            "BUDGET_TABLE": budget,
            "OUTPUT_COMMUNES": "TEMPORARY_OUTPUT",
            "OUTPUT_TERRITORIES": "TEMPORARY_OUTPUT",
        },
    )
    rows = rows_of(result["OUTPUT_COMMUNES"])
    assert len(rows) == 14
    assert sum(r["projects_m2"] for r in rows) > 0
    assert sum(r["excluded_m2"] for r in rows) > 0  # some projects over artificialised land
    (total,) = rows_of(result["OUTPUT_TERRITORIES"])
    assert total["budget_m2"] == pytest.approx(14 * 50_000)
    assert total["balance_m2"] == pytest.approx(sum(r["balance_m2"] for r in rows), rel=1e-9)


def test_qgis_process_with_several_ocsge_layers(qgis_process: Any, synthetic_gpkg: Path, tmp_path):
    """From the command line OCSGE is repeated once per layer; communes of the other EPCI have no
    OCS GE: no row for them (absent, not zero), and a warning about their coverage."""
    stock = tmp_path / "stock.csv"
    proc = qgis_process(
        "run",
        "aula:zanartificialisation",
        "--",
        f"OCSGE={synthetic_gpkg}|layername=ocsge_synthetique_2018",
        f"OCSGE={synthetic_gpkg}|layername=ocsge_synthetique_2021",
        f"COMMUNES={synthetic_gpkg}|layername=commune",
        "INSEE_FIELD=insee",
        "GROUP_FIELD=epci_siren",
        "METHOD=1",
        f"STOCK={stock}",
        f"FLOWS={tmp_path / 'flux.csv'}",
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with open(stock, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted((r["territory"], r["millesime"]) for r in rows) == [
        ("246200299", "2018"),
        ("246200299", "2021"),
    ]
    assert all(r["coverage"] == "complete-uniform" for r in rows)
    flows = (tmp_path / "flux.csv").read_text(encoding="utf-8")
    assert "246200299" in flows
    assert "not fully covered" in proc.stdout + proc.stderr
