"""Every AULA algorithm on the package published to PostGIS (aula:publishpostgis, real loopback
server): the same result as on the GeoPackage, or a clear refusal naming the PostGIS layer, or
(files only) no layer input a PostGIS table could be given to.

Each case runs the algorithm twice with the same small inputs, once with the GeoPackage's layers
and once with the published schema's, and compares the outputs (feature counts and attribute
values of vector outputs, cell checksums of rasters, text of CSV files).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsDataSourceUri, QgsProcessingException, QgsRasterLayer, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).parent))

SCHEMA = "aula"
Layer = Callable[[str], QgsVectorLayer]


@pytest.fixture(scope="module")
def published(postgis_server: Any, territory_gpkg: Path, qgis_processing: Any) -> Any:
    from aula_plugin.maintenance.postgis import publish_package

    publish_package(territory_gpkg, postgis_server.conninfo, SCHEMA)
    return postgis_server


def gpkg_layers(gpkg: Path) -> Layer:
    def layer(table: str) -> QgsVectorLayer:
        found = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
        assert found.isValid(), table
        return found

    return layer


def postgis_layers(server: Any) -> Layer:
    def layer(table: str) -> QgsVectorLayer:
        uri = QgsDataSourceUri(server.uri)
        uri.setDataSource(SCHEMA, table, "geom", "", "fid")
        found = QgsVectorLayer(uri.uri(False), table, "postgres")
        assert found.isValid(), table
        assert found.providerType() == "postgres"
        return found

    return layer


# -- the cases: parameters from a layer factory and a folder for the file outputs ----------------

Params = Callable[[Layer, Path], dict[str, Any]]


def aggregate(layer: Layer, out: Path) -> dict[str, Any]:
    return {
        "INPUT": layer("commune"),
        "PARENT_FIELD": "epci_siren",
        "SUM_FIELDS": ["population", "surface_ha"],
        "PARENT_LAYER": layer("epci"),
        "PARENT_KEY": "epci_siren",
        "OUTPUT": str(out / "agg.gpkg"),
    }


def artificialisation(layer: Layer, out: Path) -> dict[str, Any]:
    return {
        "OCSGE": [layer("ocsge_synthetique_2018"), layer("ocsge_synthetique_2021")],
        "COMMUNES": layer("commune"),
        "GROUP_FIELD": "epci_siren",
        "STOCK": str(out / "stock.csv"),
        "FLOWS": str(out / "flows.csv"),
    }


def projects(layer: Layer, out: Path) -> dict[str, Any]:
    return {
        "PROJECTS": layer("zan_projets_synthetiques"),
        "OCSGE": layer("ocsge_synthetique_2021"),
        "COMMUNES": layer("commune"),
        "OUTPUT_COMMUNES": str(out / "counter.csv"),
        "OUTPUT_TERRITORIES": str(out / "territories.csv"),
    }


def factsheets(layer: Layer, out: Path) -> dict[str, Any]:
    epci = next(layer("epci").getFeatures())["epci_siren"]
    return {
        "TERRITORIES": layer("commune"),
        "TERRITORY": epci,
        "SHEETS_OF": 0,
        "OUTPUT_FOLDER": str(out / "sheets"),
    }


def centralities(layer: Layer, out: Path) -> dict[str, Any]:
    return {
        "ACTIVITIES": layer("centra_activites"),
        "INPUT_FORMAT": 0,
        "HOUSING": layer("centra_logements"),
        "DWELLINGS_FIELD": "logements",
        "COMMUNES": layer("commune"),
        "BARRIERS": [layer("tvb_voies_ferrees")],
        "ROBUSTNESS": False,
        "OUTPUT": str(out / "centralites.gpkg"),
        "OUTPUT_POINTS": str(out / "points.gpkg"),
        "OUTPUT_REJECTED": str(out / "rejected.gpkg"),
    }


#: the extent of the TVB cases: a 6 km square around the first obstacle, for speed
def tvb_extent(layer: Layer) -> str:
    point = next(layer("tvb_obstacles_ecoulement").getFeatures()).geometry().asPoint()
    x, y = round(point.x(), -2), round(point.y(), -2)
    return f"{x - 3000},{x + 3000},{y - 3000},{y + 3000} [EPSG:2154]"


def friction(layer: Layer, out: Path) -> dict[str, Any]:
    return {
        "LANDCOVER": layer("tvb_occupation_sol"),
        "CODE_FIELD": "code_cs",
        "USAGE_FIELD": "code_us",
        "TABLE": 0,
        "SUBNETWORK": 0,
        "RESOLUTION": 50,
        "EXTENT": tvb_extent(layer),
        "INFRASTRUCTURES": [layer("tvb_routes"), layer("tvb_voies_ferrees")],
        "OUTPUT": str(out / "friction.tif"),
    }


def reservoirs(layer: Layer, out: Path) -> dict[str, Any]:
    return {
        "ZONINGS": [layer("tvb_zonages")],
        "SUBNETWORK": 0,
        "MIN_AREA_HA": 0,
        "OUTPUT": str(out / "reservoirs.gpkg"),
    }


#: algorithm -> ("same", params) | ("refused", params, layer the message names) | ("files", why)
CASES: dict[str, tuple[Any, ...]] = {
    "aggregateindicators": ("same", aggregate),
    "zanartificialisation": ("same", artificialisation),
    "centralities": ("same", centralities),
    "frictionfromlandcover": ("same", friction),
    "reservoirs": ("same", reservoirs),
    "factsheetexport": ("refused", factsheets, "commune"),
    "importindicators": ("files", "a CSV file into a GeoPackage file"),
    "zanimportconsumption": ("files", "a Cerema file into a GeoPackage file"),
    "scotimportplu": ("files", "a CNIG PLU folder or GeoPackage into the working copy"),
    "checkpackage": ("files", "a GeoPackage file"),
    "publishpostgis": ("files", "a GeoPackage file (tests/qgis/test_postgis_publish.py)"),
}


#: algorithms whose PostGIS case is not written yet (they read their layers through QGIS, with no
#: SQLite path: expected to work), each with the inputs it needs beyond the package
NOT_YET = {
    "zanprojects": "a budget table (output of aula:zantrajectory)",
    "zanconsumption": "the long consumption table (written by aula:zanimportconsumption)",
    "zantrajectory": "the long consumption table (written by aula:zanimportconsumption)",
    "zanreport": "the long consumption table; its provenance section reads GeoPackages only",
    "zanimportconsumption": "a Cerema file (COMMUNES may be a PostGIS layer)",
    "degurbagrid": "population, built-up and land rasters",
    "centralitysheet": "an aula:centralities output",
    "costdistance": "the friction raster and reservoirs of the two cases above",
    "dilatationerosion": "the friction raster",
    "leastcostcorridors": "the friction raster and reservoirs",
    "connectivitymetrics": "reservoirs and links of aula:leastcostcorridors",
    "conflictpoints": "corridors of aula:leastcostcorridors",
    "circuitflow": "the friction raster and focal reservoirs",
    "pinchpoints": "the friction raster, reservoirs and links",
    "scotcompatibility": "a rule file (tests/qgis/scot_fixtures.py)",
}


def algorithm_names() -> list[str]:
    from aula_plugin.processing.algorithms import algorithm_classes

    return [cls().name() for cls in algorithm_classes()]


def outputs_of(results: dict[str, Any]) -> dict[str, Any]:
    """A comparable digest of every output: vector rows, raster checksums, file texts."""
    digest: dict[str, Any] = {}
    for key, value in sorted(results.items()):
        text = str(value.source() if hasattr(value, "source") else value)
        path = Path(text.split("|")[0])
        if isinstance(value, int | float) or not path.suffix:
            digest[key] = value if isinstance(value, int | float) else None
            continue
        if path.suffix.lower() in (".tif", ".tiff"):
            raster = QgsRasterLayer(str(path), key)
            provider = raster.dataProvider()
            block = provider.block(1, raster.extent(), raster.width(), raster.height())
            digest[key] = (raster.width(), raster.height(), bytes(block.data()))
        elif path.suffix.lower() == ".json":
            continue  # run sidecars: the run's date and how each input was hashed (file, rows)
        elif path.suffix.lower() in (".csv", ".txt"):
            digest[key] = path.read_text(encoding="utf-8")
        elif path.suffix.lower() == ".gpkg" or isinstance(value, QgsVectorLayer):
            layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(text, key)
            rows = sorted(
                repr([f[n] for n in layer.fields().names() if n != "fid"])
                for f in layer.getFeatures()
            )
            digest[key] = (layer.featureCount(), rows)
    return digest


@pytest.mark.parametrize("name", algorithm_names())
def test_algorithm_on_postgis(
    name: str,
    published: Any,
    territory_gpkg: Path,
    provider: Any,
    run_alg: Any,
    tmp_path: Path,
) -> None:
    if name in NOT_YET:
        pytest.skip(f"aula:{name}: PostGIS case not written yet (needs {NOT_YET[name]})")
    case = CASES.get(name)
    assert case is not None, f"aula:{name}: no PostGIS case (add one to CASES)"
    alg = provider.algorithm(name)
    if case[0] == "files":
        kinds = {p.type() for p in alg.parameterDefinitions()}
        assert not kinds & {
            "source",
            "vector",
            "layer",
            "multilayer",
        }, f"aula:{name} takes a layer: give it a PostGIS case"
        return
    on_postgis = postgis_layers(published)
    if case[0] == "refused":
        params = case[1](on_postgis, tmp_path)
        with pytest.raises(QgsProcessingException) as refusal:
            run_alg(f"aula:{name}", params)
        message = str(refusal.value)
        assert f"« {case[2]} » is a PostGIS layer" in message, message
        assert not any(tmp_path.iterdir()), "a refused run wrote something"
        return
    (tmp_path / "gpkg").mkdir()
    (tmp_path / "pg").mkdir()
    expected = run_alg(f"aula:{name}", case[1](gpkg_layers(territory_gpkg), tmp_path / "gpkg"))
    got = run_alg(f"aula:{name}", case[1](on_postgis, tmp_path / "pg"))
    assert set(got) == set(expected)
    mine, theirs = outputs_of(got), outputs_of(expected)
    for key in theirs:
        if isinstance(theirs[key], str):  # file texts: the two runs' folders differ
            assert mine[key].replace("/pg/", "/gpkg/") == theirs[key], key
        elif isinstance(theirs[key], tuple) and isinstance(theirs[key][1], list):
            assert mine[key][0] == theirs[key][0], key
            assert set(mine[key][1]) ^ set(theirs[key][1]) == set(), key
        else:
            assert mine[key] == theirs[key], key
