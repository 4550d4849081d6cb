"""The dialogs pre-select the layers of the territory project, and the ZAN chain runs from them.

The dialogs are QGIS's own (processing.createAlgorithmDialog, as the toolbox opens them); runs use
the parameters such a dialog hands over and QGIS's own post-processing, which loads the results.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsProviderRegistry,
    QgsSettings,
)


def table(layer: Any) -> str:
    return QgsProviderRegistry.instance().decodeUri("ogr", layer.source())["layerName"]


@pytest.fixture
def dialogs(iface: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """What Processing's dialogs ask of the interface and the pytest-qgis stub lacks."""
    if not hasattr(iface, "browserModel"):
        monkeypatch.setattr(iface, "browserModel", lambda: None, raising=False)


@pytest.fixture
def territory_project(iface: Any, tmp_path: Path, plugin: Any, dialogs: None) -> Iterator[Path]:
    """The territory project opened from a fresh working copy, as the menu opens it."""
    from aula_plugin.gui.territory import TerritoryActions

    settings = QgsSettings()
    saved = settings.value("aula/working_folder", "")
    folder = tmp_path / "travail"
    settings.setValue("aula/working_folder", str(folder))
    assert TerritoryActions(iface).open_project()
    yield folder / "aula_territoire.gpkg"
    settings.setValue("aula/working_folder", saved or "")
    QgsProject.instance().clear()


def dialog_values(alg_id: str, given: dict[str, Any] | None = None) -> tuple[Any, dict[str, Any]]:
    """(algorithm, parameters) of a dialog opened with ``given`` and run as it stands."""
    from qgis import processing

    dialog = processing.createAlgorithmDialog(alg_id, given or {})
    try:
        return dialog.algorithm(), dialog.createProcessingParameters()
    finally:
        dialog.deleteLater()


def run_like_the_dialog(alg: Any, params: dict[str, Any]) -> dict[str, Any]:
    """What the dialog's Run button does: check, run, then QGIS loads the results."""
    from processing.gui.Postprocessing import handleAlgorithmResults

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    ok, message = alg.checkParameterValues(params, context)
    assert ok, message
    results, ok = alg.run(params, context, feedback, {}, False)
    assert ok, alg.id()
    assert handleAlgorithmResults(alg, context, feedback, False, params)
    return results


def layer_table(value: Any) -> str:
    """The table a dialog value reads: a project layer's id, or a source (several layers)."""
    layer = QgsProject.instance().mapLayer(str(value))
    if layer is None:
        return QgsProviderRegistry.instance().decodeUri("ogr", str(value))["layerName"]
    return table(layer) or layer.name()


def group_of(layer_id: str) -> str:
    node = QgsProject.instance().layerTreeRoot().findLayer(layer_id)
    return node.parent().name()


def test_every_declared_default_names_a_parameter(qgis_processing: Any) -> None:
    """A misspelt parameter in LAYER_ROLES or FIELD_DEFAULTS would silently get nothing."""
    from aula_plugin.core.layer_roles import known_roles
    from aula_plugin.processing.algorithms import algorithm_classes

    for cls in algorithm_classes():
        alg = cls().create()
        for name, role in cls.LAYER_ROLES.items():
            definition = alg.parameterDefinition(name)
            assert definition is not None, (alg.id(), name)
            assert role in known_roles(), (alg.id(), role)
            assert not definition.isDestination()
        for name in cls.FIELD_DEFAULTS:
            definition = alg.parameterDefinition(name)
            assert definition is not None and definition.type() == "field", (alg.id(), name)
            assert definition.parentLayerParameterName() in cls.LAYER_ROLES, (alg.id(), name)


def test_dialogs_preselect_the_layer_of_each_role(territory_project: Path) -> None:
    _, agg = dialog_values("aula:aggregateindicators")
    assert layer_table(agg["INPUT"]) == "commune"  # not "Activités (synthétiques, type BPE)"
    assert layer_table(agg["PARENT_LAYER"]) == "epci"
    assert (agg["PARENT_FIELD"], agg["SUM_FIELDS"]) == ("epci_siren", ["population"])

    _, centra = dialog_values("aula:centralities")
    assert layer_table(centra["ACTIVITIES"]) == "centra_activites"
    assert layer_table(centra["HOUSING"]) == "centra_logements"
    assert layer_table(centra["COMMUNES"]) == "commune"
    assert [layer_table(v) for v in centra["BARRIERS"]] == ["tvb_voies_ferrees"]

    _, art = dialog_values("aula:zanartificialisation")
    assert sorted(layer_table(v) for v in art["OCSGE"]) == [
        "ocsge_synthetique_2018",
        "ocsge_synthetique_2021",
    ]
    _, projects = dialog_values("aula:zanprojects")
    assert layer_table(projects["PROJECTS"]) == "zan_projets_synthetiques"
    assert layer_table(projects["OCSGE"]) == "ocsge_synthetique_2021"  # the newest
    assert (projects["STATUS_FIELD"], projects["YEAR_FIELD"]) == ("statut", "annee_prevue")

    _, friction = dialog_values("aula:frictionfromlandcover")
    assert layer_table(friction["LANDCOVER"]) == "tvb_occupation_sol"
    assert (friction["CODE_FIELD"], friction["USAGE_FIELD"]) == ("code_cs", "code_us")
    assert sorted(layer_table(v) for v in friction["INFRASTRUCTURES"]) == [
        "tvb_routes",
        "tvb_voies_ferrees",
    ]

    # a table of the working copy the project does not show: its source
    _, trajectory = dialog_values("aula:zantrajectory")
    assert layer_table(trajectory["COMMUNES"]) == "commune"
    assert trajectory["RATES"] == str(territory_project)  # its zan_taux_reduction


def test_a_parameter_given_to_the_dialog_wins(territory_project: Path) -> None:
    epci = next(lyr for lyr in QgsProject.instance().mapLayers().values() if table(lyr) == "epci")
    _, values = dialog_values("aula:aggregateindicators", {"INPUT": epci.id()})
    assert values["INPUT"] == epci.id()


def test_scripts_never_see_the_dialog_defaults(territory_project: Path, run_alg: Any) -> None:
    alg = QgsApplication.processingRegistry().createAlgorithmById("aula:aggregateindicators")
    assert alg.parameterDefinition("INPUT").guiDefaultValueOverride()  # the dialog's
    assert alg.parameterDefinition("INPUT").defaultValue() is None  # what scripts get
    with pytest.raises(QgsProcessingException):  # INPUT is still required from a script
        run_alg("aula:aggregateindicators", {"OUTPUT": "TEMPORARY_OUTPUT"})

    made: list[Any] = []  # an algorithm made outside the main thread (a model's step) has none
    worker = threading.Thread(target=lambda: made.append(alg.create()))
    worker.start()
    worker.join()
    assert made[0].parameterDefinition("INPUT").guiDefaultValueOverride() is None


def test_nothing_preselected_without_the_project(qgis_new_project: Any, provider: Any) -> None:
    alg = QgsApplication.processingRegistry().createAlgorithmById("aula:zantrajectory")
    overrides = {
        d.name(): d.guiDefaultValueOverride()
        for d in alg.parameterDefinitions()
        if d.guiDefaultValueOverride() is not None
    }
    assert overrides == {}


def test_zan_chain_runs_from_the_dialogs(territory_project: Path) -> None:
    """Import (only the file chosen) -> trajectory (nothing chosen), on the shipped project."""
    cerema = f"{territory_project}|layername=zan_cerema_synthetique"
    alg, values = dialog_values("aula:zanimportconsumption", {"INPUT": cerema})
    assert values["GPKG"] == str(territory_project)  # the working copy
    assert layer_table(values["COMMUNES"]) == "commune"
    run_like_the_dialog(alg, values)

    project = QgsProject.instance()
    imported = {table(lyr): lyr for lyr in project.mapLayers().values() if table(lyr)}
    wanted = {
        "zan_consommation",
        "zan_consommation_imports",
        "zan_consommation_anomalies",
        "zan_communes_cerema",
    }
    assert wanted <= set(imported)
    for name in wanted:
        assert imported[name].name() == name
        assert group_of(imported[name].id()) == "ZAN"
        assert imported[name].featureCount() >= 0
    assert imported["zan_consommation"].featureCount() > 0

    # importing again adds nothing twice (the project's tables are reloaded)
    alg, values = dialog_values("aula:zanimportconsumption", {"INPUT": cerema})
    run_like_the_dialog(alg, values)
    again = [lyr for lyr in project.mapLayers().values() if table(lyr) == "zan_consommation"]
    assert len(again) == 1

    alg, values = dialog_values("aula:zantrajectory")
    assert values["CONSUMPTION"] == imported["zan_consommation"].id()
    results = run_like_the_dialog(alg, values)
    trajectories = project.mapLayer(results["OUTPUT"])
    assert trajectories is not None and trajectories.featureCount() > 300  # one per commune


@pytest.mark.parametrize("alg_id", ["aula:aggregateindicators", "aula:centralities"])
def test_runs_from_the_dialog_with_nothing_set(territory_project: Path, alg_id: str) -> None:
    """As a planner would: open the dialog on the shipped project and press Run."""
    alg, values = dialog_values(alg_id)
    results = run_like_the_dialog(alg, values)
    output = QgsProject.instance().mapLayer(results["OUTPUT"])
    assert output is not None and output.featureCount() > 0
    assert output.isSpatial()  # the EPCI's polygons, the centralities' perimeters
