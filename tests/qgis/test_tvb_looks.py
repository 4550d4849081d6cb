"""The green and blue network's outputs as a planner opens them from the dialogs: each layer in the
legend group of the algorithm's group, drawn with its shipped style (not QGIS's default), every
field with an alias and the coded fields with their value labels (gis/layer_look.py,
core/field_labels.py, OUTPUT_STYLES).

One small synthetic scene (1.5 km × 1 km of Lambert-93 at 25 m, as the fixtures of
test_tvb_friction.py and test_tvb_corridors.py) is made once by the chain itself; each test then
runs one algorithm as its dialog does (`load_like_dialog`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

X0, Y0, RES = 650_000.0, 6_900_000.0, 25.0  # Lambert-93, top-left of the scene
WIDTH, HEIGHT = 1500.0, 1000.0

#: algorithm -> output -> the shipped style its layer opens with
LOOKS = {
    "frictionfromlandcover": {"OUTPUT": "tvb_result_friction.qml"},
    "reservoirs": {"OUTPUT": "tvb_result_reservoirs.qml"},
    "costdistance": {
        "OUTPUT": "tvb_result_cost.qml",
        "OUTPUT_ALLOCATION": "tvb_result_allocation.qml",
        "OUTPUT_AREAS": "tvb_result_dispersal_areas.qml",
    },
    "leastcostcorridors": {
        "OUTPUT": "tvb_result_corridors.qml",
        "OUTPUT_CORRIDOR": "tvb_result_corridor_raster.qml",
    },
    "connectivitymetrics": {"OUTPUT": "tvb_result_connectivity.qml"},
    "conflictpoints": {"OUTPUT": "tvb_result_conflicts.qml"},
    "dilatationerosion": {
        "OUTPUT": "tvb_result_continuums.qml",
        "OUTPUT_RASTER": "tvb_result_continuum_raster.qml",
    },
}


def srs() -> osr.SpatialReference:
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(2154)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def write_layer(path: Path, geom_type: int, fields: tuple[str, ...], rows: list) -> str:
    """rows: (wkt, values in the order of ``fields``), all text fields."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(path.stem, srs(), geom_type)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(fields, values, strict=True):
            feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
        feature = None
    layer = ds = None
    return str(path)


def box(x0: float, y0: float, x1: float, y1: float) -> str:
    """A rectangle in metres from the scene's top-left corner (y downwards)."""
    a, b, c, d = X0 + x0, Y0 - y1, X0 + x1, Y0 - y0
    return f"POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))"


def north_south(x: float) -> str:
    return f"LINESTRING({X0 + x} {Y0 + 50}, {X0 + x} {Y0 - HEIGHT - 50})"


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory, qgis_processing: Any) -> dict[str, str]:
    """Three woods (friction 0) between crops and clearings, a Natura 2000 site on the first
    wood and a ZNIEFF in the crops; a departmental road and a railway across the corridors."""
    from qgis import processing

    from aula_plugin.processing.algorithms import algorithm_classes

    algs = {cls().name(): cls for cls in algorithm_classes()}
    tmp = tmp_path_factory.mktemp("tvb_looks")
    strips = [  # (from x, to x, code_cs, code_us)
        (0, 200, "CS2.1.1.1", "US1.2"),
        (200, 650, "CS2.2.1", "US1.1"),
        (650, 850, "CS2.1.1.1", "US1.2"),
        (850, 1300, "CS2.2.1", "US1.2"),
        (1300, 1500, "CS2.1.1.1", "US1.2"),
    ]
    landcover = write_layer(
        tmp / "ocs.gpkg",
        ogr.wkbPolygon,
        ("code_cs", "code_us"),
        [(box(x0, 0, x1, HEIGHT), (cs, us)) for x0, x1, cs, us in strips],
    )
    zonings = write_layer(
        tmp / "zonages.gpkg",
        ogr.wkbPolygon,
        ("type",),
        [(box(100, 300, 400, 600), ("N2000",)), (box(250, 800, 350, 950), ("ZNIEFF1",))],
    )
    roads = write_layer(
        tmp / "routes.gpkg",
        ogr.wkbLineString,
        ("classe", "nom"),
        [(north_south(500), ("departementale", "RD 917"))],
    )
    railways = write_layer(
        tmp / "voies_ferrees.gpkg", ogr.wkbLineString, ("nom",), [(north_south(1100), ("Ligne 1",))]
    )
    friction = str(tmp / "friction.tif")
    processing.run(
        algs["frictionfromlandcover"]().create(),
        {
            "LANDCOVER": landcover,
            "CODE_FIELD": "code_cs",
            "USAGE_FIELD": "code_us",
            "RESOLUTION": RES,
            "OUTPUT": friction,
        },
    )
    reservoirs = str(tmp / "reservoirs.gpkg")
    processing.run(
        algs["reservoirs"]().create(),
        {"ZONINGS": [zonings], "HABITAT": friction, "MIN_AREA_HA": 1.0, "OUTPUT": reservoirs},
    )
    corridors = str(tmp / "corridors.gpkg")
    links = processing.run(
        algs["leastcostcorridors"]().create(),
        {"FRICTION": friction, "RESERVOIRS": reservoirs, "OUTPUT": corridors},
    )["LINKS"]
    assert links >= 3  # every reservoir has a neighbour
    return {
        "landcover": landcover,
        "zonings": zonings,
        "roads": roads,
        "railways": railways,
        "friction": friction,
        "reservoirs": reservoirs,
        "corridors": corridors,
    }


# -- what a loaded output must look like ----------------------------------------------------------


def loaded_layer(project: QgsProject, value: str) -> QgsMapLayer:
    """The project's layer of an output: a temporary layer's id, or a file's path."""
    layer = project.mapLayer(value)
    if layer is None:
        (layer,) = [lyr for lyr in project.mapLayers().values() if lyr.source() == value]
    return layer


def renderer_xml(layer: QgsMapLayer) -> str:
    doc = QDomDocument()
    root = doc.createElement("renderer")
    doc.appendChild(root)
    renderer = layer.renderer()
    if isinstance(layer, QgsRasterLayer):
        renderer.writeXml(doc, root)
    else:
        root.appendChild(renderer.save(doc, QgsReadWriteContext()))
    return doc.toString()


def assert_shipped_style(layer: QgsMapLayer, qml: str) -> None:
    """The layer draws with ``qml`` (resources/styles/), which is not what QGIS gives it alone."""
    from aula_plugin.toolbelt.paths import STYLES_DIR

    fresh = type(layer)(layer.source(), "fresh", layer.providerType())
    assert fresh.isValid(), layer.source()
    default = renderer_xml(fresh)
    message, ok = fresh.loadNamedStyle(str(STYLES_DIR / qml))
    assert ok, message
    shipped = renderer_xml(fresh)
    assert shipped != default, qml
    assert renderer_xml(layer) == shipped, f"{layer.name()} is not drawn with {qml}"


def value_map(layer: QgsVectorLayer, field: str) -> dict[str, str]:
    """Stored value -> label of a field shown through a value map."""
    setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
    assert setup.type() == "ValueMap", field
    return {code: text for entry in setup.config()["map"] for text, code in entry.items()}


def opened(
    load_like_dialog: Any, name: str, params: dict[str, Any]
) -> tuple[dict[str, QgsMapLayer], dict[str, Any]]:
    """Run aula:<name> as its dialog does; each styled output's layer, checked for its legend
    group, its style and its field aliases; and the results."""
    results, project = load_like_dialog(f"aula:{name}", params)
    alg = QgsApplication.processingRegistry().algorithmById(f"aula:{name}")
    assert LOOKS[name] == alg.OUTPUT_STYLES
    layers = {}
    for output in alg.destinationParameterDefinitions():
        layer = loaded_layer(project, results[output.name()])
        node = project.layerTreeRoot().findLayer(layer.id())
        assert node.parent().name() == alg.group() == "Green and blue network"
        if output.name() in LOOKS[name]:
            assert_shipped_style(layer, LOOKS[name][output.name()])
        if isinstance(layer, QgsVectorLayer):
            for index, field in enumerate(layer.fields()):
                alias = layer.attributeAlias(index)
                assert alias and alias != field.name(), f"{name} {output.name()}: {field.name()}"
        layers[output.name()] = layer
    assert set(LOOKS[name]) <= set(layers)
    return layers, results


# -- one test per algorithm --------------------------------------------------------------------


def test_friction(provider: Any, load_like_dialog: Any, scene: dict[str, str]) -> None:
    layers, _ = opened(
        load_like_dialog,
        "frictionfromlandcover",
        {"LANDCOVER": scene["landcover"], "CODE_FIELD": "code_cs", "RESOLUTION": RES},
    )
    assert layers["OUTPUT"].renderer().type() == "singlebandpseudocolor"


def test_reservoirs(provider: Any, load_like_dialog: Any, scene: dict[str, str]) -> None:
    layers, _ = opened(
        load_like_dialog,
        "reservoirs",
        {"ZONINGS": [scene["zonings"]], "HABITAT": scene["friction"], "MIN_AREA_HA": 1.0},
    )
    layer = layers["OUTPUT"]
    assert layer.attributeAlias(layer.fields().indexOf("surface_ha")) == "Area (ha)"
    assert layer.attributeAlias(layer.fields().indexOf("id")) == "Reservoir identifier"
    assert value_map(layer, "sous_trame")["boisee"] == "Woodland"
    origins = value_map(layer, "origine")
    assert origins == {
        "N2000; habitat": "Natura 2000, Habitat patch",
        "habitat": "Habitat patch",
        "ZNIEFF1": "ZNIEFF type 1",
    }


def test_cost_distance(provider: Any, load_like_dialog: Any, scene: dict[str, str]) -> None:
    layers, _ = opened(
        load_like_dialog,
        "costdistance",
        {"FRICTION": scene["friction"], "SOURCES": scene["reservoirs"], "MAX_COST": 20000.0},
    )
    assert layers["OUTPUT"].renderer().type() == "singlebandpseudocolor"
    assert layers["OUTPUT_ALLOCATION"].renderer().type() == "singlebandpseudocolor"
    areas = layers["OUTPUT_AREAS"]
    assert areas.featureCount() == 4
    assert areas.attributeAlias(areas.fields().indexOf("source")) == "Source number (allocation)"
    assert value_map(areas, "units") == {"m": "friction × metres", "cells": "friction × cells"}


def test_least_cost_corridors(provider: Any, load_like_dialog: Any, scene: dict[str, str]) -> None:
    layers, _ = opened(
        load_like_dialog,
        "leastcostcorridors",
        {"FRICTION": scene["friction"], "RESERVOIRS": scene["reservoirs"]},
    )
    lines, graph = layers["OUTPUT"], layers["OUTPUT_GRAPH"]
    assert lines.renderer().type() == "graduatedSymbol"
    assert layers["OUTPUT_CORRIDOR"].renderer().type() == "singlebandpseudocolor"
    assert not graph.isSpatial()  # a table: aliases and labels, no style
    for layer in (lines, graph):
        assert layer.attributeAlias(layer.fields().indexOf("cost")) == "Least cost (cost units)"
        assert layer.attributeAlias(layer.fields().indexOf("length_m")) == "Length (m)"
        assert value_map(layer, "sous_trame")["boisee"] == "Woodland"
        assert value_map(layer, "units")["m"] == "friction × metres"


def test_connectivity_metrics(provider: Any, load_like_dialog: Any, scene: dict[str, str]) -> None:
    layers, _ = opened(
        load_like_dialog,
        "connectivitymetrics",
        {"RESERVOIRS": scene["reservoirs"], "LINKS": scene["corridors"], "D0": 2000.0},
    )
    patches, summary = layers["OUTPUT"], layers["OUTPUT_SUMMARY"]
    assert patches.renderer().type() == "graduatedSymbol"
    assert patches.renderer().classAttribute() == "dPC"
    assert patches.attributeAlias(patches.fields().indexOf("dPC")).endswith("(%)")
    assert value_map(patches, "origine")["N2000; habitat"] == "Natura 2000, Habitat patch"
    assert not summary.isSpatial()
    assert summary.attributeAlias(summary.fields().indexOf("EC")).endswith("(ha)")
    assert value_map(summary, "units")["m"] == "friction × metres"


def test_conflict_points(provider: Any, load_like_dialog: Any, scene: dict[str, str]) -> None:
    layers, _ = opened(
        load_like_dialog,
        "conflictpoints",
        {
            "CORRIDORS": scene["corridors"],
            "RESERVOIRS": scene["reservoirs"],
            "D0": 2000.0,
            "INFRASTRUCTURES": [scene["roads"]],
            "RAILWAYS": scene["railways"],
        },
    )
    points = layers["OUTPUT"]
    assert points.renderer().type() == "graduatedSymbol"
    assert points.renderer().classAttribute() == "rank"
    assert value_map(points, "infra_class") == {
        "departementale": "Departmental road",
        "voie_ferree": "Railway",
    }
    index = points.fields().indexOf("link_importance")
    assert points.attributeAlias(index) == "Link importance (PC drop, %)"


def test_dilatation_erosion(provider: Any, load_like_dialog: Any, scene: dict[str, str]) -> None:
    layers, _ = opened(
        load_like_dialog,
        "dilatationerosion",
        {"INPUT": scene["friction"], "DISTANCE": 500.0},
    )
    continuums = layers["OUTPUT"]
    assert continuums.featureCount() >= 1
    assert value_map(continuums, "sous_trame")["boisee"] == "Woodland"
    assert continuums.attributeAlias(continuums.fields().indexOf("id")) == "Continuum identifier"
    assert layers["OUTPUT_RASTER"].renderer().type() == "paletted"
