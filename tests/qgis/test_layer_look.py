"""Outputs opened from a dialog come styled, labelled and grouped (gis/layer_look.py), while
qgis_process and processing.run leave plain files (nothing is loaded there)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import QgsApplication, QgsVectorLayer

from aula_plugin.core import field_labels
from aula_plugin.gis.layer_look import apply_labels, apply_style, place_in_group

AGGREGATE = "aula:aggregateindicators"


def _communes(territory_gpkg: Path) -> str:
    return f"{territory_gpkg}|layername=commune"


def test_dialog_outputs_are_labelled_and_grouped(
    provider: Any, load_like_dialog: Any, territory_gpkg: Path
) -> None:
    params = {
        "INPUT": _communes(territory_gpkg),
        "PARENT_FIELD": "epci_siren",
        "SUM_FIELDS": ["population"],
    }
    results, project = load_like_dialog(AGGREGATE, params)
    layer = project.mapLayer(results["OUTPUT"])
    assert isinstance(layer, QgsVectorLayer) and layer.featureCount() == 5
    alg = QgsApplication.processingRegistry().algorithmById(AGGREGATE)
    node = project.layerTreeRoot().findLayer(layer.id())
    assert node.parent().name() == alg.group()  # the algorithm's group, translated
    fields = layer.fields()
    for name in ("epci_siren", "population", "nb_features"):
        index = fields.indexOf(name)
        assert layer.attributeDisplayName(index) == field_labels.FIELDS[name], name
    # a second run lands in the same group, on top
    results2, _ = load_like_dialog(AGGREGATE, params)
    group = project.layerTreeRoot().findGroup(alg.group())
    assert [child.layerId() for child in group.children()][:2] == [
        results2["OUTPUT"],
        results["OUTPUT"],
    ]


def test_processing_run_loads_nothing(provider: Any, run_alg: Any, territory_gpkg: Path) -> None:
    from qgis.core import QgsProject

    before = set(QgsProject.instance().mapLayers())
    run_alg(
        AGGREGATE,
        {
            "INPUT": _communes(territory_gpkg),
            "PARENT_FIELD": "epci_siren",
            "SUM_FIELDS": ["population"],
            "OUTPUT": "memory:",
        },
    )
    assert set(QgsProject.instance().mapLayers()) == before


def test_style_value_map_and_group_helpers(
    provider: Any, territory_gpkg: Path, qgis_new_project: Any, monkeypatch: Any
) -> None:
    from qgis.core import QgsProject

    layer = QgsVectorLayer(f"{territory_gpkg}|layername=epci", "epci", "ogr")
    assert apply_style(layer, "epci.qml") == ""
    assert "no such file" in apply_style(layer, "absent.qml")
    monkeypatch.setitem(field_labels.VALUES, "nature", {"CA": "Agglomeration community"})
    monkeypatch.setitem(
        field_labels.DECODERS, "epci_sigle", lambda code, tr: tr("Acronym") + " " + code
    )
    apply_labels(layer, "aggregateindicators")
    nature = layer.editorWidgetSetup(layer.fields().indexOf("nature"))
    assert nature.type() == "ValueMap"
    assert {"Agglomeration community": "CA"} in nature.config()["map"]
    sigle = layer.editorWidgetSetup(layer.fields().indexOf("epci_sigle")).config()["map"]
    assert len(sigle) == 5 and all(next(iter(e)).startswith("Acronym ") for e in sigle)
    project = QgsProject.instance()
    project.addMapLayer(layer)
    place_in_group(project, layer, "Groupe")
    place_in_group(project, layer, "Groupe")  # idempotent
    group = project.layerTreeRoot().findGroup("Groupe")
    assert [child.layerId() for child in group.children()] == [layer.id()]
    assert project.layerTreeRoot().findLayer(layer.id()).parent() is group


def test_every_layer_output_has_a_shipped_style(provider: Any) -> None:
    """Every raster output and every feature output that has geometry opens with a shipped QML
    (tables, TypeVector sinks with no geometry, get labels only)."""
    from qgis.core import QgsProcessing

    from aula_plugin.toolbelt.paths import STYLES_DIR

    geometric = {
        QgsProcessing.SourceType.TypeVectorPoint,
        QgsProcessing.SourceType.TypeVectorLine,
        QgsProcessing.SourceType.TypeVectorPolygon,
        QgsProcessing.SourceType.TypeVectorAnyGeometry,
    }
    missing, absent, checked = [], [], 0
    for alg in provider.algorithms():
        for definition in alg.destinationParameterDefinitions():
            kind = definition.type()
            needs = kind == "rasterDestination" or (
                kind == "sink" and definition.dataType() in geometric
            )
            style = alg.OUTPUT_STYLES.get(definition.name())
            checked += needs
            if needs and not style:
                missing.append(f"{alg.name()}.{definition.name()}")
            if style and not (STYLES_DIR / style).is_file():
                absent.append(style)
    assert missing == [] and absent == []
    assert checked >= 15  # the TVB rasters, centralities, DEGURBA... (not a vacuous pass)


def test_model_outputs_get_the_look(
    provider: Any, territory_gpkg: Path, qgis_new_project: Any, load_results: Any
) -> None:
    """A model whose final output is an AULA output: the layer QGIS loads is labelled and
    grouped as from the algorithm's own dialog (the child's post-processor carries over)."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    model = QgsProcessingModelAlgorithm("aggregation", "tests")
    child = QgsProcessingModelChildAlgorithm(AGGREGATE)
    child.setChildId("aggregate")
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    child.addParameterSources("INPUT", [static(_communes(territory_gpkg))])
    child.addParameterSources("PARENT_FIELD", [static("epci_siren")])
    child.addParameterSources("SUM_FIELDS", [static(["population"])])
    output = QgsProcessingModelOutput("agg", "Agrégat")
    output.setChildOutputName("OUTPUT")
    output.setChildId("aggregate")
    child.setModelOutputs({"agg": output})
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    destination = next(d.name() for d in model.destinationParameterDefinitions())

    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    params = {destination: QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)}
    results, ok = model.run(params, context, feedback, {}, False)
    assert ok
    assert load_results(model, context, feedback, False, params)
    layer = project.mapLayer(results[destination])
    assert isinstance(layer, QgsVectorLayer)
    index = layer.fields().indexOf("nb_features")
    assert layer.attributeDisplayName(index) == field_labels.FIELDS["nb_features"]
    group = project.layerTreeRoot().findLayer(layer.id()).parent()
    alg = QgsApplication.processingRegistry().algorithmById(AGGREGATE)
    assert group.name() == alg.group()
