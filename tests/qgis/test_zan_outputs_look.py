"""The ZAN outputs as a planner gets them from the dialogs, on the shipped territory GeoPackage.

Run as a dialog runs them (``load_like_dialog``), every output opens in the project, in the
legend group « ZAN », with an alias on every column, value labels on the coded ones, and the name
of each territory in ``nom``. Run as a script (processing.run, qgis_process), the same outputs
keep the columns they always had, with ``nom`` appended at the end.

The ZAN outputs are tables without geometry: no style to apply (OUTPUT_STYLES stays empty).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from aula_plugin.core import field_labels

IMPORT = "aula:zanimportconsumption"
CONSUMPTION = "aula:zanconsumption"
TRAJECTORY = "aula:zantrajectory"
PROJECTS = "aula:zanprojects"
ARTIFICIALISATION = "aula:zanartificialisation"
CAHC = "246200299"  # Communauté d'agglomération d'Hénin-Carvin, 14 communes

# The columns before the territory names came (they must never change)
OLD_CONSUMPTION = [
    "epci_siren", "nb_communes", "first_year", "last_year", "years", "naf_m2", "naf_ha",
    "act_m2", "hab_m2", "mix_m2", "rou_m2", "fer_m2", "inc_m2", "annual_mean_m2", "share_pct",
]  # fmt: skip
OLD_TRAJECTORY = [
    "territory", "nb_communes", "mode", "rate_pct", "rate_id", "rate_fallback", "rate_warning",
    "rate_document", "rate_page", "rate_date", "rate_url", "c_ref_m2", "c_ref_ha",
    "envelope_m2", "floor_m2", "envelope_final_m2", "envelope_final_ha",
    "sum_commune_envelopes_m2", "pooled", "last_year", "consumed_gross_m2", "deduction_pene_m2",
    "deduction_pv_m2", "deduction_renaturation_m2", "deductions_m2", "consumed_since_2021_m2",
    "consumed_since_2021_ha", "share_used_pct", "remaining_m2", "overrun_m2",
    "pace_m2_per_year", "horizon_years", "projection_m2", "overshoot_year", "status",
    "rate_2031_2040_pct", "allowance_2031_2040_m2", "rate_2041_2050_pct",
    "allowance_2041_2050_m2", "scenario_label",
]  # fmt: skip
OLD_TRAJECTORY_YEARS = [
    "territory", "year", "consumed_m2", "consumed_cumulative_m2", "target_cumulative_m2", "mode",
]  # fmt: skip
OLD_PROJECT_COMMUNES = [
    "insee", "territory", "budget_m2", "projects", "projects_m2", "excluded_m2", "net_m2",
    "balance_m2", "exclusion",
]  # fmt: skip
OLD_PROJECT_TERRITORIES = [
    "territory", "communes", "communes_without_budget", "projects", "budget_m2", "projects_m2",
    "excluded_m2", "net_m2", "balance_m2", "exclusion",
]  # fmt: skip
OLD_STOCK = [
    "territory", "dep", "millesime", "communes", "commune_area_m2", "area_m2", "artif_m2",
    "artif_pct", "impermeable_m2", "coverage", "multi_departement",
]  # fmt: skip
OLD_FLOWS = [
    "territory", "dep", "millesime_1", "millesime_2", "artificialisation_m2", "renaturation_m2",
    "net_m2", "stock_difference_m2", "gap_m2", "coverage", "multi_departement",
]  # fmt: skip


# -- fixtures and helpers -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def names(territory_gpkg: Path) -> dict[str, dict[str, str]]:
    """The names in the shipped GeoPackage: {"commune": insee -> nom, "epci": siren -> nom}."""
    con = sqlite3.connect("{}?mode=ro".format(territory_gpkg.as_uri()), uri=True)
    try:
        communes = dict(con.execute("SELECT insee, nom FROM commune"))
        epci = dict(con.execute("SELECT DISTINCT epci_siren, epci_nom FROM commune"))
    finally:
        con.close()
    assert len(communes) == 319 and len(epci) == 5
    return {"commune": communes, "epci": epci}


@pytest.fixture(scope="module")
def work_gpkg(
    territory_gpkg: Path, tmp_path_factory: pytest.TempPathFactory, qgis_processing: Any
) -> Path:
    """A working copy of the territory with the synthetic Cerema table imported, as the demo."""
    from qgis import processing

    from aula_plugin import classFactory

    instance = classFactory(None)
    instance.initProcessing()
    gpkg = tmp_path_factory.mktemp("zan-look") / "travail.gpkg"
    shutil.copyfile(territory_gpkg, gpkg)
    gpkg.chmod(0o644)
    try:
        processing.run(IMPORT, import_params(gpkg))
    finally:
        instance.unload()
    return gpkg


def import_params(gpkg: Path) -> dict[str, Any]:
    return {
        "INPUT": f"{gpkg}|layername=zan_cerema_synthetique",
        "COMMUNES": f"{gpkg}|layername=commune",
        "GPKG": str(gpkg),
    }


def layer_of(gpkg: Path, name: str, subset: str = "") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    if subset:
        layer.setSubsetString(subset)
    return layer


def rows_of(layer: QgsVectorLayer) -> list[dict[str, Any]]:
    names = layer.fields().names()
    return [
        {
            n: None if isinstance(v, QVariant) and v.isNull() else v
            for n, v in zip(names, f.attributes(), strict=True)
        }
        for f in layer.getFeatures()
    ]


def value_map(layer: QgsVectorLayer, field: str) -> dict[str, str]:
    """Stored value -> label of a field's value map ({} when it has none)."""
    setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
    if setup.type() != "ValueMap":
        return {}
    return {code: label for entry in setup.config()["map"] for label, code in entry.items()}


def check_look(project: QgsProject, layer: QgsVectorLayer, alg_id: str) -> None:
    """In the algorithm's legend group, a table (no style to apply), every column aliased."""
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg.group() == "ZAN"
    node = project.layerTreeRoot().findLayer(layer.id())
    assert node is not None and node.parent().name() == "ZAN", layer.name()
    assert not layer.isSpatial() and type(alg).OUTPUT_STYLES == {}
    for index, field in enumerate(layer.fields()):
        if field.name() == "fid":
            continue
        alias = layer.attributeAlias(index)
        assert alias and alias != field.name(), (layer.name(), field.name())
        assert layer.attributeDisplayName(index) == alias


def loaded(project: QgsProject, results: dict[str, Any], output: str) -> QgsVectorLayer:
    layer = project.mapLayer(results[output])
    assert isinstance(layer, QgsVectorLayer), output
    return layer


# -- aula:zanimportconsumption --------------------------------------------------------------------


def test_import_opens_the_long_table_labelled_in_the_zan_group(
    provider: Any, load_like_dialog: Any, territory_gpkg: Path, tmp_path: Path
) -> None:
    gpkg = tmp_path / "travail.gpkg"
    shutil.copyfile(territory_gpkg, gpkg)
    gpkg.chmod(0o644)
    results, project = load_like_dialog(IMPORT, import_params(gpkg))
    (layer,) = [lay for lay in project.mapLayers().values() if lay.name() == "zan_consommation"]
    assert "layername=zan_consommation" in layer.source()
    assert layer.featureCount() == results["ROWS"] > 0
    check_look(project, layer, IMPORT)
    assert layer.attributeAlias(layer.fields().indexOf("surface_m2")).endswith("(m²)")
    labels = value_map(layer, "destination")
    assert labels["naf"] == "All destinations" and labels["hab"] == "Housing"
    # a second import into the same GeoPackage: the table already in the project shows it
    count = len(project.mapLayers())
    load_like_dialog(IMPORT, import_params(gpkg))
    assert len(project.mapLayers()) == count


def test_import_from_a_script_opens_nothing(provider: Any, run_alg: Any, work_gpkg: Path) -> None:
    before = set(QgsProject.instance().mapLayers())
    result = run_alg(IMPORT, import_params(work_gpkg))
    assert result["OUTPUT"] == f"{work_gpkg}|layername=zan_consommation"
    assert set(QgsProject.instance().mapLayers()) == before


# -- aula:zanconsumption --------------------------------------------------------------------------


def consumption_params(gpkg: Path, group: str = "epci_siren") -> dict[str, Any]:
    return {
        "CONSUMPTION": f"{gpkg}|layername=zan_consommation",
        "COMMUNES": f"{gpkg}|layername=commune",
        "GROUP_FIELD": group,
    }


def test_consumption_per_epci_from_the_dialog(
    provider: Any, load_like_dialog: Any, work_gpkg: Path, names: dict
) -> None:
    results, project = load_like_dialog(CONSUMPTION, consumption_params(work_gpkg))
    layer = loaded(project, results, "OUTPUT")
    check_look(project, layer, CONSUMPTION)
    assert layer.attributeAlias(layer.fields().indexOf("naf_ha")) == "NAF consumption (ha)"
    rows = rows_of(layer)
    assert {r["epci_siren"]: r["nom"] for r in rows} == names["epci"]


def test_consumption_per_commune_names_the_communes(
    provider: Any, run_alg: Any, work_gpkg: Path, names: dict
) -> None:
    result = run_alg(
        CONSUMPTION, {**consumption_params(work_gpkg, ""), "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    rows = rows_of(result["OUTPUT"])
    assert len(rows) == 319
    assert {r["insee"]: r["nom"] for r in rows} == names["commune"]
    # without a commune layer the names are unknown: NULL, never a guess
    params = {"CONSUMPTION": f"{work_gpkg}|layername=zan_consommation", "OUTPUT": "memory:"}
    rows = rows_of(run_alg(CONSUMPTION, params)["OUTPUT"])
    assert len(rows) == 319 and {r["nom"] for r in rows} == {None}


def test_consumption_columns_are_the_old_ones_then_nom(
    provider: Any, run_alg: Any, work_gpkg: Path
) -> None:
    result = run_alg(CONSUMPTION, {**consumption_params(work_gpkg), "OUTPUT": "memory:"})
    assert result["OUTPUT"].fields().names() == [*OLD_CONSUMPTION, "nom"]


# -- aula:zantrajectory ---------------------------------------------------------------------------


def trajectory_params(gpkg: Path) -> dict[str, Any]:
    return {
        "CONSUMPTION": f"{gpkg}|layername=zan_consommation",
        "COMMUNES": f"{gpkg}|layername=commune",
        "GROUP_FIELD": "epci_siren",
    }


def test_trajectory_per_epci_from_the_dialog(
    provider: Any, load_like_dialog: Any, work_gpkg: Path, names: dict
) -> None:
    results, project = load_like_dialog(TRAJECTORY, trajectory_params(work_gpkg))
    layer = loaded(project, results, "OUTPUT")
    years = loaded(project, results, "OUTPUT_YEARS")
    for table in (layer, years):
        check_look(project, table, TRAJECTORY)
        assert value_map(table, "mode") == {
            "legal": "Legal",
            "mda_compatible": "Mon Diagnostic Artificialisation compatible",
        }
    assert value_map(layer, "status") == {
        "dépassée": "Envelope exceeded",
        "à risque": "At risk of exceeding",
        "dans la trajectoire": "On track",
    }
    assert value_map(layer, "rate_fallback")["1"] == "Yes: the rate of a parent territory"
    assert value_map(layer, "pooled") == {"0": "No", "1": "Yes"}
    (scenario,) = value_map(layer, "scenario_label").values()  # the French note, in English
    assert scenario.startswith("Scenario, not a rule")
    assert layer.attributeAlias(layer.fields().indexOf("share_used_pct")).endswith("(%)")
    rows = rows_of(layer)
    assert {r["territory"]: r["nom"] for r in rows} == names["epci"]
    assert {r["status"] for r in rows} <= set(value_map(layer, "status"))
    per_year = rows_of(years)
    assert len(per_year) == 5 * 10
    assert {(r["territory"], r["nom"]) for r in per_year} == set(names["epci"].items())


def test_trajectory_columns_are_the_old_ones_then_nom(
    provider: Any, qgis_process: Any, work_gpkg: Path, tmp_path: Path, names: dict
) -> None:
    """From the command line too: the CSV keeps its columns, nom last."""
    import csv

    output, years = tmp_path / "trajectoires.csv", tmp_path / "annees.csv"
    params = {k: str(v) for k, v in trajectory_params(work_gpkg).items()}
    qgis_process.run_json(TRAJECTORY, **params, OUTPUT=str(output), OUTPUT_YEARS=str(years))
    with output.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == [*OLD_TRAJECTORY, "nom"]
    assert {r["territory"]: r["nom"] for r in rows} == names["epci"]
    with years.open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == [*OLD_TRAJECTORY_YEARS, "nom"]


# -- aula:zanprojects -----------------------------------------------------------------------------


def projects_params(gpkg: Path, communes: QgsVectorLayer) -> dict[str, Any]:
    return {
        "PROJECTS": f"{gpkg}|layername=zan_projets_synthetiques",
        "OCSGE": f"{gpkg}|layername=ocsge_synthetique_2021",
        "COMMUNES": communes,
        "GROUP_FIELD": "epci_siren",
        "BUDGET_COMMUNE_FIELD": "surface_ha",  # any number: the budget is not what is tested
    }


def test_projects_counter_from_the_dialog(
    provider: Any, load_like_dialog: Any, territory_gpkg: Path, names: dict
) -> None:
    communes = layer_of(territory_gpkg, "commune", f"epci_siren = '{CAHC}'")
    results, project = load_like_dialog(PROJECTS, projects_params(territory_gpkg, communes))
    per_commune = loaded(project, results, "OUTPUT_COMMUNES")
    per_territory = loaded(project, results, "OUTPUT_TERRITORIES")
    for table in (per_commune, per_territory):
        check_look(project, table, PROJECTS)
        assert value_map(table, "exclusion")["ocsge_artif"] == "OCS GE (artif field)"
    assert per_commune.attributeAlias(per_commune.fields().indexOf("net_m2")) == (
        "Net new consumption (m²)"
    )
    rows = rows_of(per_commune)
    assert len(rows) == 14
    assert all(r["nom"] == names["commune"][r["insee"]] for r in rows)
    assert {r["exclusion"] for r in rows} == {"ocsge_artif"}
    (total,) = rows_of(per_territory)
    assert (total["territory"], total["nom"]) == (CAHC, names["epci"][CAHC])


def test_projects_columns_are_the_old_ones_then_nom(
    provider: Any, run_alg: Any, territory_gpkg: Path
) -> None:
    communes = layer_of(territory_gpkg, "commune", f"epci_siren = '{CAHC}'")
    params = projects_params(territory_gpkg, communes)
    params.pop("GROUP_FIELD")  # one territory for all: its name is unknown
    result = run_alg(
        PROJECTS, {**params, "OUTPUT_COMMUNES": "memory:", "OUTPUT_TERRITORIES": "memory:"}
    )
    assert result["OUTPUT_COMMUNES"].fields().names() == [*OLD_PROJECT_COMMUNES, "nom"]
    assert result["OUTPUT_TERRITORIES"].fields().names() == [*OLD_PROJECT_TERRITORIES, "nom"]
    (total,) = rows_of(result["OUTPUT_TERRITORIES"])
    assert total["territory"] == "ensemble" and total["nom"] is None


# -- aula:zanartificialisation --------------------------------------------------------------------


def artificialisation_params(gpkg: Path, communes: QgsVectorLayer, group: str) -> dict[str, Any]:
    return {
        "OCSGE": [
            f"{gpkg}|layername=ocsge_synthetique_2018",
            f"{gpkg}|layername=ocsge_synthetique_2021",
        ],
        "COMMUNES": communes,
        "GROUP_FIELD": group,
    }


def test_artificialisation_from_the_dialog(
    provider: Any, load_like_dialog: Any, territory_gpkg: Path, names: dict
) -> None:
    communes = layer_of(territory_gpkg, "commune", f"epci_siren = '{CAHC}'")
    params = artificialisation_params(territory_gpkg, communes, "epci_siren")
    results, project = load_like_dialog(ARTIFICIALISATION, params)
    stock = loaded(project, results, "STOCK")
    flows = loaded(project, results, "FLOWS")
    for table in (stock, flows):
        check_look(project, table, ARTIFICIALISATION)
        assert value_map(table, "coverage")["complete-uniform"] == "Complete, same millésimes"
        assert value_map(table, "multi_departement") == {"0": "No", "1": "Yes"}
        assert {(r["territory"], r["nom"]) for r in rows_of(table)} == {(CAHC, names["epci"][CAHC])}
    assert flows.attributeAlias(flows.fields().indexOf("net_m2")) == "Net artificialisation (m²)"
    assert len(rows_of(stock)) == 2 and len(rows_of(flows)) == 1  # 2018, 2021; one pair


def test_artificialisation_columns_are_the_old_ones_then_nom(
    provider: Any, run_alg: Any, territory_gpkg: Path, names: dict
) -> None:
    communes = layer_of(territory_gpkg, "commune", f"epci_siren = '{CAHC}'")
    params = artificialisation_params(territory_gpkg, communes, "")
    result = run_alg(ARTIFICIALISATION, {**params, "STOCK": "memory:", "FLOWS": "memory:"})
    assert result["STOCK"].fields().names() == [*OLD_STOCK, "nom"]
    assert result["FLOWS"].fields().names() == [*OLD_FLOWS, "nom"]
    rows = rows_of(result["STOCK"])
    assert len(rows) == 28  # per commune: 14 communes × 2 millésimes, each with its name
    assert all(r["nom"] == names["commune"][r["territory"]] for r in rows)


def test_labels_come_from_the_one_catalogue() -> None:
    """What the tests above read in English is the catalogue's source text."""
    assert field_labels.field_alias("zanprojects", "net_m2") == "Net new consumption (m²)"
    assert field_labels.field_alias("zanartificialisation", "net_m2") == (
        "Net artificialisation (m²)"
    )


def test_a_french_planner_reads_french(
    provider: Any, load_like_dialog: Any, work_gpkg: Path, translations: Path
) -> None:
    from aula_plugin.toolbelt.i18n import install_translator, remove_translator

    translator = install_translator("fr")
    assert translator is not None
    try:
        results, project = load_like_dialog(TRAJECTORY, trajectory_params(work_gpkg))
    finally:
        remove_translator(translator)
    layer = loaded(project, results, "OUTPUT")
    assert project.layerTreeRoot().findLayer(layer.id()).parent().name() == "ZAN"

    def alias(name: str) -> str:
        return layer.attributeAlias(layer.fields().indexOf(name))

    assert alias("envelope_final_m2") == "Enveloppe 2021-2031 (m²)"
    assert alias("share_used_pct") == "Part de l'enveloppe consommée (%)"
    assert alias("territory") == "Code du territoire" and alias("nom") == "Nom"
    assert value_map(layer, "status")["dépassée"] == "Enveloppe dépassée"
    assert value_map(layer, "mode")["legal"] == "Légal"
    assert value_map(layer, "rate_fallback")["1"] == "Oui : le taux d'un territoire parent"
