"""Every AULA algorithm on the package published to PostGIS (aula:publishpostgis, real loopback
server): the same result as on the GeoPackage, or a clear refusal naming the PostGIS layer, or
(files only) no layer input a PostGIS table could be given to.

What is published is a working copy as a planner has one: the package, the Cerema consumption
imported (aula:zanimportconsumption), a ZAN trajectory, centralities and a few TVB results (test
reservoirs, corridors and links on a 6 km window) written into it. Each case runs the algorithm
twice with the same small inputs, once with the working copy's layers and once with the published
schema's, and compares the outputs (feature counts and attribute values of vector outputs, floats
to 9 digits; cell checksums of rasters; text of CSV files and PDFs, numbers to 1e-9).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsDataSourceUri, QgsProcessingException, QgsRasterLayer, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).parent))

SCHEMA = "aula"
WORK = "aula_territoire.gpkg"  # the published working copy
Layer = Callable[[str], QgsVectorLayer]


@dataclass
class Shared:
    """What the cases share: the published working copy and the files made once for them."""

    server: Any
    work: Path  # the working copy published as the schema ``aula``
    friction: str  # a small friction raster (100 m cells) of the TVB window
    degurba: dict[str, str]  # POPULATION, BUILT, LAND rasters (1 km, EPSG:3035)


@pytest.fixture(scope="module")
def published(
    postgis_server: Any,
    territory_gpkg: Path,
    qgis_processing: Any,
    tmp_path_factory: pytest.TempPathFactory,
) -> Shared:
    """A working copy as a planner has one (the consumption imported, a few TVB results written
    into it), published to the schema ``aula``: every case reads the same tables from both."""
    from qgis.processing import run as run_alg

    from aula_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    try:
        return _published(postgis_server, territory_gpkg, tmp_path_factory, run_alg)
    finally:
        plugin.unload()


def _published(
    postgis_server: Any, territory_gpkg: Path, tmp_path_factory: Any, run_alg: Any
) -> Shared:
    from aula_plugin.maintenance.postgis import publish_package

    folder = tmp_path_factory.mktemp("postgis-work")
    work = folder / WORK
    shutil.copyfile(territory_gpkg, work)
    layer = gpkg_layers(work)
    run_alg(
        "aula:zanimportconsumption",
        {
            "INPUT": f"{work}|layername=zan_cerema_synthetique",
            "COMMUNES": layer("commune"),
            "GPKG": str(work),
        },
    )
    friction = str(folder / "friction.tif")
    run_alg(
        "aula:frictionfromlandcover",
        {**friction_params(layer, folder, None), "RESOLUTION": 100, "OUTPUT": friction},
    )
    write_reservoirs(work, tvb_centre(layer))
    run_alg(
        "aula:leastcostcorridors",
        {
            "FRICTION": friction,
            "RESERVOIRS": layer(RESERVOIRS),
            "OUTPUT": table_in(work, CORRIDORS),
            "OUTPUT_GRAPH": table_in(work, LINKS),
        },
    )
    run_alg(
        "aula:zantrajectory",
        {
            "CONSUMPTION": layer("zan_consommation"),
            "COMMUNES": layer("commune"),
            "OUTPUT": table_in(work, TRAJECTORY),
            "OUTPUT_YEARS": "TEMPORARY_OUTPUT",
        },
    )
    run_alg(
        "aula:centralities",
        {
            **centralities(layer, folder, None),
            "OUTPUT": table_in(work, CENTRALITIES),
            "OUTPUT_POINTS": "TEMPORARY_OUTPUT",
            "OUTPUT_REJECTED": "TEMPORARY_OUTPUT",
        },
    )
    shared = Shared(
        postgis_server, work, resistance(friction), degurba_rasters(folder, tvb_centre(layer))
    )
    publish_package(work, postgis_server.conninfo, SCHEMA)
    return shared


def table_in(gpkg: Path, table: str) -> str:
    """A processing destination: the table ``table`` of ``gpkg``."""
    return f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"


RESERVOIRS, CORRIDORS, LINKS = "test_reservoirs", "test_corridors", "test_links"
TRAJECTORY, CENTRALITIES = "test_trajectory", "test_centralites"


def resistance(friction: str) -> str:
    """The friction raster as circuit algorithms take it: zero cells at 1, barriers at 1000."""
    import numpy as np
    from osgeo import gdal

    path = friction.replace(".tif", "_resistance.tif")
    source = gdal.Open(friction)
    ds = gdal.GetDriverByName("GTiff").CreateCopy(path, source)
    band = ds.GetRasterBand(1)
    data = band.ReadAsArray()
    nodata = band.GetNoDataValue()
    data[data == 0] = 1
    barriers = np.isnan(data) if nodata is None or np.isnan(nodata) else data == nodata
    data[barriers] = 1000  # very costly rather than impassable
    band.DeleteNoDataValue()
    band.WriteArray(data)
    ds = source = None
    return path


def write_reservoirs(gpkg: Path, centre: tuple[float, float]) -> None:
    """Three square reservoirs (ids a, b, c) of the TVB window, into ``gpkg``."""
    from osgeo import ogr, osr

    x, y = centre
    squares = {"a": (x - 2500, y - 2500), "b": (x + 1500, y - 2000), "c": (x - 500, y + 1500)}
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.Open(str(gpkg), 1)
    table = dataset.CreateLayer(RESERVOIRS, srs, ogr.wkbPolygon, ["GEOMETRY_NAME=geom"])
    table.CreateField(ogr.FieldDefn("id", ogr.OFTString))
    table.CreateField(ogr.FieldDefn("num", ogr.OFTInteger))  # circuit focal nodes: integers
    for num, (key, (x0, y0)) in enumerate(squares.items(), start=1):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("id", key)
        feature.SetField("num", num)
        wkt = (
            f"POLYGON(({x0} {y0},{x0 + 600} {y0},{x0 + 600} {y0 + 600},{x0} {y0 + 600},{x0} {y0}))"
        )
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        table.CreateFeature(feature)
    dataset = None


def degurba_rasters(folder: Path, centre: tuple[float, float]) -> dict[str, str]:
    """8 × 8 km of population (a dense core), built-up and land shares, on the 1 km grid of
    EPSG:3035 over the TVB window."""
    import numpy as np
    from osgeo import gdal, osr
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsPointXY,
        QgsProject,
    )

    to_laea = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateReferenceSystem("EPSG:3035"),
        QgsProject.instance(),
    )
    point = to_laea.transform(QgsPointXY(*centre))
    x0, y0 = round(point.x(), -3) - 4000, round(point.y(), -3) + 4000
    population = np.full((8, 8), 200.0)
    population[2:6, 2:6] = 2000.0
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    paths = {}
    for key, data in (
        ("POPULATION", population),
        ("BUILT", np.full((8, 8), 0.3)),
        ("LAND", np.ones((8, 8))),
    ):
        path = str(folder / f"{key.lower()}.tif")
        ds = gdal.GetDriverByName("GTiff").Create(path, 8, 8, 1, gdal.GDT_Float64)
        ds.SetGeoTransform((x0, 1000.0, 0, y0, 0, -1000.0))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(data)
        ds = None
        paths[key] = path
    return paths


def gpkg_layers(gpkg: Path) -> Layer:
    def layer(table: str) -> QgsVectorLayer:
        found = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
        assert found.isValid(), table
        return found

    return layer


def postgis_layers(server: Any) -> Layer:
    def layer(table: str) -> QgsVectorLayer:
        (geometry,) = server.sql(
            "SELECT count(*) FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s",
            (SCHEMA, table),
        )[0]
        uri = QgsDataSourceUri(server.uri)
        uri.setDataSource(SCHEMA, table, "geom" if geometry else "", "", "fid")
        found = QgsVectorLayer(uri.uri(False), table, "postgres")
        assert found.isValid(), table
        assert found.providerType() == "postgres"
        return found

    return layer


# -- the cases: parameters from a layer factory and a folder for the file outputs ----------------

Params = Callable[[Layer, Path, Shared], dict[str, Any]]


def aggregate(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "INPUT": layer("commune"),
        "PARENT_FIELD": "epci_siren",
        "SUM_FIELDS": ["population", "surface_ha"],
        "PARENT_LAYER": layer("epci"),
        "PARENT_KEY": "epci_siren",
        "OUTPUT": str(out / "agg.gpkg"),
    }


def artificialisation(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "OCSGE": [layer("ocsge_synthetique_2018"), layer("ocsge_synthetique_2021")],
        "COMMUNES": layer("commune"),
        "GROUP_FIELD": "epci_siren",
        "STOCK": str(out / "stock.csv"),
        "FLOWS": str(out / "flows.csv"),
    }


def projects(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "PROJECTS": layer("zan_projets_synthetiques"),
        "OCSGE": layer("ocsge_synthetique_2021"),
        "COMMUNES": layer("commune"),
        "BUDGET_TABLE": layer(TRAJECTORY),
        "OUTPUT_COMMUNES": str(out / "counter.csv"),
        "OUTPUT_TERRITORIES": str(out / "territories.csv"),
    }


def factsheets(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    epci = next(layer("epci").getFeatures())["epci_siren"]
    return {
        "TERRITORIES": layer("commune"),
        "TERRITORY": epci,
        "SHEETS_OF": 0,
        "OUTPUT_FOLDER": str(out / "sheets"),
    }


def centralities(layer: Layer, out: Path, _shared: Shared | None) -> dict[str, Any]:
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
def tvb_centre(layer: Layer) -> tuple[float, float]:
    point = next(layer("tvb_obstacles_ecoulement").getFeatures()).geometry().asPoint()
    return round(point.x(), -2), round(point.y(), -2)


def tvb_extent(layer: Layer) -> str:
    x, y = tvb_centre(layer)
    return f"{x - 3000},{x + 3000},{y - 3000},{y + 3000} [EPSG:2154]"


def friction_params(layer: Layer, out: Path, _shared: Shared | None) -> dict[str, Any]:
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


def reservoirs(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "ZONINGS": [layer("tvb_zonages")],
        "SUBNETWORK": 0,
        "MIN_AREA_HA": 0,
        "OUTPUT": str(out / "reservoirs.gpkg"),
    }


def epci_code(layer: Layer) -> str:
    return str(next(layer("epci").getFeatures())["epci_siren"])


def import_consumption(layer: Layer, out: Path, shared: Shared) -> dict[str, Any]:
    from osgeo import ogr

    target = out / "conso.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    return {
        "INPUT": f"{shared.work}|layername=zan_cerema_synthetique",
        "COMMUNES": layer("commune"),
        "GPKG": str(target),
    }


def consumption(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "CONSUMPTION": layer("zan_consommation"),
        "COMMUNES": layer("commune"),
        "GROUP_FIELD": "epci_siren",
        "OUTPUT": str(out / "conso_epci.gpkg"),
    }


def trajectory(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "CONSUMPTION": layer("zan_consommation"),
        "COMMUNES": layer("commune"),
        "GROUP_FIELD": "epci_siren",
        "ELIGIBILITY_FIELD": None,
        "OUTPUT": str(out / "trajectory.gpkg"),
        "OUTPUT_YEARS": str(out / "years.gpkg"),
    }


def report(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "CONSUMPTION": layer("zan_consommation"),
        "COMMUNES": layer("commune"),
        "TERRITORY_FIELD": "epci_siren",
        "TERRITORY": epci_code(layer),
        "OUTPUT_FOLDER": str(out / "report"),
    }


def degurba(layer: Layer, out: Path, shared: Shared) -> dict[str, Any]:
    return {
        **shared.degurba,
        "COMMUNES": layer("commune"),
        "COMMUNE_ID": "insee",
        "OUTPUT": str(out / "l1.tif"),
        "COMMUNE_OUTPUT": str(out / "communes.gpkg"),
    }


def centrality_sheet(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    first = min(str(f["id"]) for f in layer(CENTRALITIES).getFeatures())
    return {"CENTRALITIES": layer(CENTRALITIES), "IDS": first, "OUTPUT": str(out / "sheet.pdf")}


def cost_distance(layer: Layer, out: Path, shared: Shared) -> dict[str, Any]:
    return {
        "FRICTION": shared.friction,
        "SOURCES": layer(RESERVOIRS),
        "OUTPUT": str(out / "cost.tif"),
        "OUTPUT_AREAS": str(out / "areas.gpkg"),
    }


def dilatation(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "INPUT": layer(RESERVOIRS),
        "DISTANCE": 200.0,
        "RESOLUTION": 50.0,
        "MIN_AREA_HA": 0.0,
        "OUTPUT": str(out / "continuums.gpkg"),
    }


def corridors(layer: Layer, out: Path, shared: Shared) -> dict[str, Any]:
    return {
        "FRICTION": shared.friction,
        "RESERVOIRS": layer(RESERVOIRS),
        "OUTPUT": str(out / "corridors.gpkg"),
        "OUTPUT_GRAPH": str(out / "graph.gpkg"),
    }


def connectivity(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "RESERVOIRS": layer(RESERVOIRS),
        "LINKS": layer(LINKS),
        "D0": 2000.0,
        "OUTPUT": str(out / "metrics.gpkg"),
        "OUTPUT_SUMMARY": str(out / "summary.gpkg"),
    }


def conflicts(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    return {
        "CORRIDORS": layer(CORRIDORS),
        "RESERVOIRS": layer(RESERVOIRS),
        "INFRASTRUCTURES": [layer("tvb_routes")],
        "RAILWAYS": layer("tvb_voies_ferrees"),
        "OBSTACLES": layer("tvb_obstacles_ecoulement"),
        "OUTPUT": str(out / "conflicts.gpkg"),
    }


def circuit(layer: Layer, out: Path, shared: Shared) -> dict[str, Any]:
    return {
        "RASTER": shared.friction,
        "FOCAL": layer(RESERVOIRS),
        "ID_FIELD": "num",
        "OUTPUT_TABLE": str(out / "pairs.gpkg"),
        "OUTPUT_CURRENT": str(out / "current.tif"),
    }


def pinch(layer: Layer, out: Path, shared: Shared) -> dict[str, Any]:
    return {
        "FRICTION": shared.friction,
        "RESERVOIRS": layer(RESERVOIRS),
        "LINKS": layer(LINKS),
        "CORRIDOR_WIDTH": 2000.0,
        "OUTPUT": str(out / "pinch.gpkg"),
        "OUTPUT_CURRENT": str(out / "pinch.tif"),
    }


#: a rule file whose reference is a table: read from the subjects' GeoPackage or PostGIS schema
SCOT_RULES = """format_version: 1
label: "test"
document: {title: "SCoT de test", idurba: "TEST_SCOT"}
metric_crs: "EPSG:2154"
sources:
  zonages: {table: tvb_zonages}
  ocsge: {table: ocsge_synthetique_2021}
subjects:
  projets: {}
rules:
  - id: R1-TVB
    title: "Zonages écologiques"
    relation: compatibilite
    applies_to: {subject: projets}
    test: {op: overlap, against: zonages, measure: area}
    threshold: {op: le, unit: m2, value: 50, warning: 1000}
    scope: [feature]
    citation: {document: DOO, article: "P1.3"}
  - id: R2-OCS
    title: "Occupation du sol"
    relation: information
    applies_to: {subject: projets}
    test: {op: intersects, against: ocsge}
    scope: [feature]
    citation: {document: DOO, article: "P2"}
"""


def scot(layer: Layer, out: Path, _shared: Shared) -> dict[str, Any]:
    rules = out / "rules.yaml"
    rules.write_text(SCOT_RULES, encoding="utf-8")
    return {
        "SUBJECTS": layer("zan_projets_synthetiques"),
        "RULES": str(rules),
        "OUTPUT": str(out / "findings.gpkg"),
    }


#: algorithm -> ("same", params[, what only the GeoPackage run knows]) | ("refused", params, layer
#: the message names) | ("files", why)
CASES: dict[str, tuple[Any, ...]] = {
    "aggregateindicators": ("same", aggregate),
    "zanartificialisation": ("same", artificialisation),
    "centralities": ("same", centralities),
    "frictionfromlandcover": ("same", friction_params),
    "reservoirs": ("same", reservoirs),
    "zanprojects": ("same", projects),
    "zanimportconsumption": ("same", import_consumption),
    "zanconsumption": ("same", consumption),
    "zantrajectory": ("same", trajectory),
    "zanreport": ("same", report),
    "degurbagrid": ("same", degurba),
    # the run's date is in the JSON sidecar beside a GeoPackage output: none beside a PostGIS table
    "centralitysheet": ("same", centrality_sheet, (r" · computed on [0-9-]+",)),
    "costdistance": ("same", cost_distance),
    "dilatationerosion": ("same", dilatation),
    "leastcostcorridors": ("same", corridors),
    "connectivitymetrics": ("same", connectivity),
    "conflictpoints": ("same", conflicts),
    "circuitflow": ("same", circuit),
    "pinchpoints": ("same", pinch),
    "scotcompatibility": ("same", scot),
    "factsheetexport": ("refused", factsheets, "commune"),
    "importindicators": ("files", "a CSV file into a GeoPackage file"),
    "scotimportplu": ("files", "a CNIG PLU folder or GeoPackage into the working copy"),
    "checkpackage": ("files", "a GeoPackage file"),
    "publishpostgis": ("files", "a GeoPackage file (tests/qgis/test_postgis_publish.py)"),
    "updatelayer": ("files", "a source file into a GeoPackage file"),
    "checkoutpackage": ("files", "a GeoPackage file copied"),
    "mergepackage": ("files", "two GeoPackage files (pygeodiff works on files)"),
}


def algorithm_names() -> list[str]:
    from aula_plugin.processing.algorithms import algorithm_classes

    return [cls().name() for cls in algorithm_classes()]


def plain(value: Any) -> Any:
    """A value as compared: floats to 9 significant digits (sums in another row order)."""
    return float(f"{value:.9g}") if isinstance(value, float) else value


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
        elif path.suffix.lower() == ".pdf":  # its text (poppler): the file holds its date
            text = subprocess.run(
                ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
            ).stdout
            digest[key] = text
        elif path.suffix.lower() == ".gpkg" or isinstance(value, QgsVectorLayer):
            layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(text, key)
            rows = sorted(
                repr([plain(f[n]) for n in layer.fields().names() if n != "fid"])
                for f in layer.getFeatures()
            )
            digest[key] = (layer.featureCount(), rows)
    return digest


NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def same_text(mine: str, theirs: str, key: str, unknown: tuple[str, ...]) -> None:
    """The same text (spaces and line breaks aside: names of other lengths wrap elsewhere), its
    numbers equal to 1e-9 (areas summed in another row order). The two runs' folders differ, and
    a report names where each table is (the file or the schema); ``unknown``: patterns of what
    the GeoPackage run says and the PostGIS one cannot know (said in its log)."""
    mine, theirs = " ".join(mine.split()), " ".join(theirs.split())
    mine = mine.replace("/pg/", "/gpkg/").replace(f"(PostGIS {SCHEMA})", f"({WORK})")
    for pattern in unknown:
        theirs = re.sub(pattern, "", theirs)
    assert NUMBER.split(mine) == NUMBER.split(theirs), key
    for a, b in zip(NUMBER.findall(mine), NUMBER.findall(theirs), strict=True):
        assert float(a) == pytest.approx(float(b), rel=1e-9, abs=1.0), key


@pytest.mark.parametrize("name", algorithm_names())
def test_algorithm_on_postgis(
    name: str,
    published: Any,
    provider: Any,
    run_alg: Any,
    tmp_path: Path,
) -> None:
    case = CASES.get(name)
    if case is not None and case[0] == "same" and len(case) == 2:
        case = (*case, ())
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
    on_postgis = postgis_layers(published.server)
    if case[0] == "refused":
        params = case[1](on_postgis, tmp_path, published)
        with pytest.raises(QgsProcessingException) as refusal:
            run_alg(f"aula:{name}", params)
        message = str(refusal.value)
        assert f"« {case[2]} » is a PostGIS layer" in message, message
        assert not any(tmp_path.iterdir()), "a refused run wrote something"
        return
    (tmp_path / "gpkg").mkdir()
    (tmp_path / "pg").mkdir()
    on_gpkg = gpkg_layers(published.work)
    expected = run_alg(f"aula:{name}", case[1](on_gpkg, tmp_path / "gpkg", published))
    got = run_alg(f"aula:{name}", case[1](on_postgis, tmp_path / "pg", published))
    assert set(got) == set(expected)
    mine, theirs = outputs_of(got), outputs_of(expected)
    for key in theirs:
        if isinstance(theirs[key], str):  # file texts: the two runs' folders differ
            same_text(mine[key], theirs[key], key, case[-1])
        elif isinstance(theirs[key], tuple) and isinstance(theirs[key][1], list):
            assert mine[key][0] == theirs[key][0], key
            assert set(mine[key][1]) ^ set(theirs[key][1]) == set(), key
        else:
            assert mine[key] == theirs[key], key


def test_scot_references_of_a_published_schema_are_read_there(
    published: Shared, provider: Any, run_alg: Any, tmp_path: Path
) -> None:
    """PostGIS subjects, no REFERENCES: the rule file's tables are read from the same schema (the
    log says so), never silently from a GeoPackage; a result of the register (read from a
    GeoPackage only) is not evaluable, the reason saying to give REFERENCES."""
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.infos: list[str] = []

        def pushInfo(self, info: str) -> None:
            self.infos.append(info)

    params = scot(postgis_layers(published.server), tmp_path, published)
    log = Log()
    results = run_alg("aula:scotcompatibility", params, log)
    assert f"Reference tables read from PostGIS {SCHEMA}" in log.infos
    assert results["NOT_EVALUABLE"] == 0
    assert results["PASS"] + results["WARNING"] + results["FAIL"] > 0

    rules = tmp_path / "register.yaml"
    rules.write_text(
        SCOT_RULES.replace("{table: tvb_zonages}", '{aula_output: "aula:reservoirs"}'),
        encoding="utf-8",
    )
    results = run_alg(
        "aula:scotcompatibility",
        {**params, "RULES": str(rules), "OUTPUT": str(tmp_path / "register.gpkg")},
    )
    reasons = {
        f["reason"]
        for f in QgsVectorLayer(results["OUTPUT"], "findings", "ogr").getFeatures()
        if f["rule_id"] == "R1-TVB"
    }
    assert len(reasons) == 1, reasons
    (reason,) = reasons
    assert f"not in the PostGIS schema {SCHEMA}" in reason, reason
    assert "give REFERENCES" in reason and "aula:reservoirs" in reason, reason
