"""aula:degurbagrid in a real headless QGIS (the algorithm instance is run directly)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

# flexurba's golden sample (CENTRALITIES.md §7.2), first 15 indices: 1-based, row-major, 303 cols
GOLDEN = {
    14873: 1,
    19879: 1,
    44156: 1,
    44649: 1,
    11081: 1,
    33299: 1,
    2891: 1,
    6168: 1,
    27915: 3,
    47788: 1,
    36022: 2,
    36158: 2,
    33640: 2,
    47865: 1,
    62974: 1,
    2148: 0,
}


ALG = "aula:degurbagrid"  # the `alg` fixture of conftest.py makes it


def write_tif(path: Path, data: np.ndarray, origin=(0.0, 4000.0), size=1000.0, nodata=None):
    rows, cols = data.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float64)
    ds.SetGeoTransform((origin[0], size, 0, origin[1], 0, -size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    ds.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    return str(path)


def is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def read(path: str) -> np.ndarray:
    ds = gdal.Open(path)  # keep the dataset alive while reading its band
    return ds.GetRasterBand(1).ReadAsArray()


def test_belgium_golden_sample(alg, shared_data, tmp_path, run_alg):
    folder = shared_data / "degurba_belgium"
    out = str(tmp_path / "l1.tif")
    result = run_alg(
        alg,
        {
            "POPULATION": str(folder / "POP.tif"),
            "BUILT": str(folder / "BUILT_S.tif"),
            "LAND": str(folder / "LAND.tif"),
            "SMOOTHING": 1,
            "BUILT_THRESHOLD": 0.5,
            "OUTPUT": out,
        },
    )
    l1 = read(result["OUTPUT"])
    assert l1.shape == (219, 303)
    flat = l1.ravel()
    assert {i: int(flat[i - 1]) for i in GOLDEN} == GOLDEN
    assert result["CENTRE_CELLS"] == int((l1 == 3).sum()) > 0
    assert "R2022A" in gdal.Open(out).GetMetadataItem("DEGURBA_RULES")


def micro(tmp_path):
    """4 × 4 cells of 1 km²: a 2 × 2 block of 15,000 inhabitants (60,000: a centre) top-left,
    one cell of 400 (density ≥ 300 but 400 < 5,000: rural) bottom-right."""
    pop = np.zeros((4, 4))
    pop[0:2, 0:2] = 15000
    pop[3, 3] = 400
    land = np.full((4, 4), 1e6)
    land[0, 3] = 0  # unpopulated, no land, no built-up: water
    return (
        write_tif(tmp_path / "pop.tif", pop),
        write_tif(tmp_path / "built.tif", np.zeros((4, 4))),
        write_tif(tmp_path / "land.tif", land),
    )


def micro_communes(names: bool = False) -> QgsVectorLayer:
    """Three communes in EPSG:3035: west (x 0-1500, cuts the second column of cells in half),
    east (x 1500-4000), and one outside the grid (x 5000-6000); with their names if asked."""
    fields = "field=insee:string(5)" + ("&field=nom:string" if names else "")
    communes = QgsVectorLayer(f"Polygon?crs=EPSG:3035&{fields}", "communes", "memory")
    feats = []
    for code, name, x, x2 in (
        ("62001", "Ouest", 0, 1500),
        ("62002", "Est", 1500, 4000),
        ("62003", "Dehors", 5000, 6000),
    ):
        f = QgsFeature(communes.fields())
        f.setAttributes([code, name] if names else [code])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 0,{x2} 0,{x2} 4000,{x} 4000,{x} 0))"))
        feats.append(f)
    communes.dataProvider().addFeatures(feats)
    return communes


def test_micro_grid_and_communes(alg, tmp_path, run_alg):
    pop, built, land = micro(tmp_path)
    communes = micro_communes()
    result = run_alg(
        alg,
        {
            "POPULATION": pop,
            "BUILT": built,
            "LAND": land,
            "COMMUNES": communes,
            "COMMUNE_ID": "insee",
            "OUTPUT": str(tmp_path / "l1.tif"),
            "COMMUNE_OUTPUT": str(tmp_path / "communes.gpkg"),
        },
    )
    l1 = read(result["OUTPUT"])
    # R2023A smoothing: (0,2) has 2 centre neighbours of N = 8 -> no; nothing is added
    assert l1.tolist() == [[3, 3, 1, 0], [3, 3, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]
    layer = QgsVectorLayer(result["COMMUNE_OUTPUT"], "out", "ogr")
    assert layer.isValid()
    rows = {f["insee"]: f for f in layer.getFeatures()}
    # west: 2 × 15,000 (column 0) + 2 × 7,500 (half of column 1) = 45,000, all in the centre
    # -> city (3); east: 2 × 7,500 in the centre + 400 rural: 15,000 / 15,400 ≥ 50 % -> city;
    # outside: no population -> 0
    assert rows["62001"]["pop_centre"] == pytest.approx(45000)
    assert rows["62001"]["share_centre"] == pytest.approx(1.0)
    assert rows["62001"]["degurba"] == 3
    assert rows["62002"]["pop_centre"] == pytest.approx(15000)
    assert rows["62002"]["pop_rural"] == pytest.approx(400)
    assert rows["62002"]["share_centre"] == pytest.approx(15000 / 15400)
    assert rows["62002"]["degurba"] == 3
    assert rows["62003"]["pop_total"] == 0 and rows["62003"]["degurba"] == 0
    # the commune's name is appended after the existing columns: NULL, the layer has none
    assert layer.fields().names()[1:] == [
        "insee",
        "pop_water",
        "pop_rural",
        "pop_cluster",
        "pop_centre",
        "pop_total",
        "share_centre",
        "degurba",
        "degurba_rules",
        "nom_com",
    ]
    assert all(is_null(f["nom_com"]) for f in layer.getFeatures())


def test_rasters_on_different_grids_are_refused(alg, tmp_path, run_alg):
    pop, built, _ = micro(tmp_path)
    land = write_tif(tmp_path / "land2.tif", np.full((4, 4), 1e6), origin=(1000.0, 4000.0))
    out = tmp_path / "l1.tif"
    with pytest.raises(QgsProcessingException, match="land2 is not on the grid of pop"):
        run_alg(alg, {"POPULATION": pop, "BUILT": built, "LAND": land, "OUTPUT": str(out)})
    assert not out.exists()


def test_all_nodata_input_is_refused(alg, tmp_path, run_alg):
    pop, built, land = micro(tmp_path)
    empty = write_tif(tmp_path / "nopop.tif", np.full((4, 4), -1.0), nodata=-1.0)
    out = tmp_path / "l1.tif"
    with pytest.raises(QgsProcessingException, match="nopop: every cell is nodata"):
        run_alg(alg, {"POPULATION": empty, "BUILT": built, "LAND": land, "OUTPUT": str(out)})
    assert not out.exists()


def test_cancel_writes_nothing(alg, tmp_path, run_alg):
    pop, built, land = micro(tmp_path)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "l1.tif"
    with pytest.raises(QgsProcessingException):
        run_alg(
            alg, {"POPULATION": pop, "BUILT": built, "LAND": land, "OUTPUT": str(out)}, feedback
        )
    assert not out.exists()


# -- Opened from the dialog: styled, labelled, named, in the group --------------------------------


def shown(layer: QgsVectorLayer, name: str, value) -> str:
    """What the attribute table shows for ``value`` in field ``name`` (its value map)."""
    from qgis.core import QgsApplication

    index = layer.fields().indexOf(name)
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)


def _dialog_run(load_like_dialog, tmp_path, **params):
    pop, built, land = micro(tmp_path)
    params = {"POPULATION": pop, "BUILT": built, "LAND": land, **params}
    results, project = load_like_dialog(ALG, params)

    def loaded(value):  # a layer id (temporary vector) or the file QGIS opened (the grid)
        found = [lyr for lyr in project.mapLayers().values() if value in (lyr.id(), lyr.source())]
        assert len(found) == 1, value
        return found[0]

    return loaded(results["OUTPUT"]), loaded(results["COMMUNE_OUTPUT"]), project


def test_dialog_outputs_styled_and_labelled_in_french(
    provider, load_like_dialog, tmp_path, french_labels
):
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsPalettedRasterRenderer,
    )

    grid, communes, project = _dialog_run(
        load_like_dialog, tmp_path, COMMUNES=micro_communes(names=True), COMMUNE_ID="insee"
    )
    group = QgsApplication.processingRegistry().algorithmById(ALG).group()
    for layer in (grid, communes):
        assert project.layerTreeRoot().findLayer(layer.id()).parent().name() == group
    # the grid: the four classes of degurba_grille.qml, French legend
    renderer = grid.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    assert {c.value: c.label for c in renderer.classes()} == {
        3: "Centre urbain",
        2: "Agglomération urbaine",
        1: "Maille rurale",
        0: "Eau",
    }
    # the communes: by class (degurba_communes.qml), aliased, class labels, named
    renderer = communes.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "degurba"
    assert communes.labeling().settings().fieldName == "nom_com"
    names = communes.fields().names()
    aliases = {n: communes.attributeDisplayName(i) for i, n in enumerate(names)}
    assert all(alias != name for name, alias in aliases.items()), aliases
    assert aliases["degurba"] == "Degré d'urbanisation"
    assert aliases["nom_com"] == "Nom de la commune"
    assert aliases["share_centre"] == "Part en centres urbains (0–1)"
    assert shown(communes, "degurba", 3) == "Ville (densément peuplée)"
    assert shown(communes, "degurba", 0) == "Non peuplée"
    rows = {f["insee"]: f["nom_com"] for f in communes.getFeatures()}
    assert rows == {"62001": "Ouest", "62002": "Est", "62003": "Dehors"}


def test_dialog_commune_labels_in_english_and_no_second_name(provider, load_like_dialog, tmp_path):
    _, communes, _ = _dialog_run(
        load_like_dialog, tmp_path, COMMUNES=micro_communes(names=True), COMMUNE_ID="nom"
    )
    # the identifier is the name: no nom_com column repeats it
    assert communes.fields().names()[-2:] == ["degurba", "degurba_rules"]
    assert shown(communes, "degurba", 1) == "Rural area (thinly populated)"
    assert communes.attributeDisplayName(communes.fields().indexOf("pop_centre")) == (
        "Population in urban centres"
    )
