"""aula:centralitysheet in real headless QGIS: one PDF page per perimeter, French texts."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

LENS, LIEVIN, HENIN = "62498", "62510", "62427"
CENTRALITY_FIELDS = (
    ("id", ogr.OFTString),
    ("insee_com", ogr.OFTString),
    ("nom_com", ogr.OFTString),
    ("parent_id", ogr.OFTString),
    ("cross_commune", ogr.OFTInteger),
    ("type", ogr.OFTString),
    ("niveau", ogr.OFTString),
    ("n_act", ogr.OFTInteger),
    ("n_com", ogr.OFTInteger),
    ("n_srv", ogr.OFTInteger),
    ("n_equ", ogr.OFTInteger),
    ("n_membres", ogr.OFTInteger),
    ("n_types", ogr.OFTInteger),
    ("types", ogr.OFTString),
    ("n_log", ogr.OFTInteger),
    ("mix_entropy", ogr.OFTReal),
    ("share_big_box", ogr.OFTReal),
    ("rules_passed", ogr.OFTString),
    ("robust", ogr.OFTString),
    ("robust_share", ogr.OFTReal),
    ("surface_ha", ogr.OFTReal),
    ("params_hash", ogr.OFTString),
    ("data_vintages", ogr.OFTString),
    ("agreed_iou", ogr.OFTReal),
)
# Three perimeters as aula:centralities writes them (hand-made: that algorithm is not needed).
PERIMETERS = [
    {
        "id": "a1b2c3d4e5f6",
        "insee_com": LENS,
        "nom_com": "Lens",
        "type": "centralité",
        "niveau": "structurante",
        "n_act": 87,
        "n_com": 41,
        "n_srv": 29,
        "n_equ": 17,
        "n_membres": 83,
        "n_types": 3,
        "types": "B203;B101;C101",
        "n_log": 1234,
        "share_big_box": 0.02,
        "rules_passed": "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5",
        "robust": "stable",
        "robust_share": 8 / 9,
        "surface_ha": 12.5,
        "params_hash": "0123456789ab",
        "data_vintages": "BPE 2023",
        "agreed_iou": 0.8125,
    },
    {
        "id": "bbbbbbbbbbbb",
        "insee_com": HENIN,
        "nom_com": "Hénin-Beaumont",
        "type": "pôle périphérique",
        "niveau": None,
        "n_act": 20,
        "n_com": 20,
        "n_srv": 0,
        "n_equ": 0,
        "n_membres": 20,
        "n_types": 2,
        "types": "B101;ZZ99",
        "n_log": 0,
        "share_big_box": 0.75,
        "rules_passed": "N≥10;H<50;C,S,E,H=1/4;BB>0.5",
        "robust": None,
        "robust_share": None,
        "surface_ha": 6.0,
        "params_hash": "0123456789ab",
        "data_vintages": "BPE 2023",
    },
    {
        "id": "cccccccccccc",
        "insee_com": LIEVIN,
        "nom_com": "Liévin",
        "type": "centralité",
        "niveau": "proximité",
        "n_act": 14,
        "n_com": 7,
        "n_srv": 4,
        "n_equ": 3,
        "n_membres": 14,
        "n_types": 1,
        "types": "A203",
        "n_log": 212,
        "share_big_box": 0.0,
        "rules_passed": "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5",
        "robust": "fragile",
        "robust_share": 4 / 9,
        "surface_ha": 3.0,
        "params_hash": "0123456789ab",
        "data_vintages": "SYNTHÉTIQUE centra_activites (synthetic)",
    },
]


def _communes(territory_gpkg: Path) -> dict[str, ogr.Geometry]:
    ds = ogr.Open(str(territory_gpkg))
    layer = ds.GetLayerByName("commune")
    found = {}
    for feature in layer:
        if feature["insee"] in (LENS, LIEVIN, HENIN):
            found[feature["insee"]] = feature.GetGeometryRef().Clone()
    return found


def _square(x: float, y: float, half: float) -> ogr.Geometry:
    return ogr.CreateGeometryFromWkt(
        f"MULTIPOLYGON((({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},"
        f"{x - half} {y + half},{x - half} {y - half})))"
    )


def make_inputs(path: Path, territory_gpkg: Path, *, drop: tuple[str, ...] = ()) -> Path:
    """centralites (3 squares inside their communes) and centralites_points in one GeoPackage."""
    communes = _communes(territory_gpkg)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("centralites", srs, ogr.wkbMultiPolygon)
    for name, kind in CENTRALITY_FIELDS:
        if name not in drop:
            layer.CreateField(ogr.FieldDefn(name, kind))
    points = ds.CreateLayer("centralites_points", srs, ogr.wkbPoint)
    for name in ("source", "source_id", "function", "type_code", "cluster_id", "role"):
        points.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    points.CreateField(ogr.FieldDefn("n_raw", ogr.OFTInteger))
    n = 0
    for row in PERIMETERS:
        centre = communes[row["insee_com"]].PointOnSurface()
        x, y = centre.GetX(), centre.GetY()
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in row.items():
            if key not in drop and value is not None:
                feature.SetField(key, value)
        if "parent_id" not in drop:
            feature.SetField("parent_id", row["id"])
        feature.SetGeometry(_square(x, y, 150.0))
        layer.CreateFeature(feature)
        for k, (function, role) in enumerate(
            [("C", "core"), ("S", "core"), ("E", "border"), ("C", "noise")]
        ):
            n += 1
            point = ogr.Feature(points.GetLayerDefn())
            values = {"source": "BPE", "source_id": f"p{n}", "function": function, "role": role,
                      "cluster_id": row["id"], "n_raw": 1}  # fmt: skip
            for key, value in values.items():
                point.SetField(key, value)
            point.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({x - 60 + 40 * k} {y})"))
            points.CreateFeature(point)
    ds = None
    return path


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is absent: apt-get install poppler-utils")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _pdf_pages(path: Path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo is absent: apt-get install poppler-utils")
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines() if "Pages" in line))


def _pdf_pixel(path: Path, page: int, x_mm: float, y_mm: float) -> tuple[int, int, int]:
    """The colour of page ``page`` (1-based) at (x, y) mm from its top left, rendered at 50 dpi."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is absent: apt-get install poppler-utils")
    from qgis.PyQt.QtGui import QColor, QImage

    prefix = path.with_name(f"{path.stem}-page")
    subprocess.run(
        ["pdftoppm", "-r", "50", "-f", str(page), "-l", str(page), "-singlefile", "-png",
         str(path), str(prefix)],
        check=True,
    )  # fmt: skip
    image = QImage(str(prefix) + ".png")
    colour = QColor(image.pixel(round(x_mm / 25.4 * 50), round(y_mm / 25.4 * 50)))
    return colour.red(), colour.green(), colour.blue()


def _run(params: dict[str, Any], context: QgsProcessingContext | None = None) -> dict[str, Any]:
    from qgis import processing

    alg = QgsApplication.processingRegistry().algorithmById("aula:centralitysheet")
    if alg is None:  # not registered yet in processing/algorithms/__init__.py
        from aula_plugin.processing.algorithms.centralitysheet import CentralitySheet

        alg = CentralitySheet()
        alg.initAlgorithm()
    return processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())


@pytest.fixture
def inputs(tmp_path: Path, territory_gpkg: Path) -> Path:
    return make_inputs(tmp_path / "centralites.gpkg", territory_gpkg)


def _uri(gpkg: Path, layer: str) -> str:
    return f"{gpkg}|layername={layer}"


# -- French ----------------------------------------------------------------------------------------


@pytest.fixture
def french(staged_plugin: Path) -> Iterator[None]:
    """QGIS in French (locale for numbers and dates, the plugin's French translator)."""
    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    saved = {key: settings.value(key) for key in keys}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    translators = []
    translator = QTranslator()
    assert translator.load(str(staged_plugin / "i18n" / "aula_fr.qm"))
    QCoreApplication.installTranslator(translator)
    translators.append(translator)
    marker = QCoreApplication.translate("CentralitySheet", "Rules of the CENTRA-1 method")
    assert marker != "Rules of the CENTRA-1 method", "aula_fr.qm lacks the sheet's French"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_french_sheets_one_page_per_perimeter(
    provider: Any, french: None, inputs: Path, territory_gpkg: Path, tmp_path: Path
) -> None:
    out = tmp_path / "fiches" / "fiches.pdf"  # a folder that does not exist yet
    result = _run(
        {
            "CENTRALITIES": _uri(inputs, "centralites"),
            "POINTS": _uri(inputs, "centralites_points"),
            "BACKGROUND": [_uri(territory_gpkg, "commune")],
            "OUTPUT": str(out),
        }
    )
    assert Path(result["OUTPUT"]) == out
    assert result["PAGES"] == 3
    assert _pdf_pages(out) == 3
    text = _pdf_text(out)
    pages = text.split("\f")
    # Sorted by commune name: Hénin-Beaumont, Lens, Liévin.
    assert "Hénin-Beaumont — pôle périphérique" in pages[0]
    assert "Lens — centralité, niveau structurant" in pages[1]
    assert "Liévin — centralité, niveau de proximité" in pages[2]
    lens = " ".join(pages[1].split())
    # counts with the rule minima (defaults of CENTRA-1 v1: C ≥ 3, S ≥ 2, E ≥ 1, H ≥ 50, N ≥ 10)
    for row in (
        r"Commerces 41 ≥ ?3 ✓",
        r"Services 29 ≥ ?2 ✓",
        r"Équipements 17 ≥ ?1 ✓",
        r"Logements 1 234 ≥ ?50 ✓",  # group separator (no-break space) flattened by split()
        r"Activités membres 83 ≥ ?10 ✓",
    ):
        assert re.search(row, lens), row
    assert "12,5 ha" in lens  # decimal comma
    # rule checklist from rules_passed
    assert "✓ Au moins 10 activités membres (83)" in lens
    assert "✓ Au moins 50 logements (1" in lens
    assert "Robustesse : stable" in lens and "8 des 9" in lens
    assert "IoU 0,81" in lens  # agreed_iou, when the perimeter overlaps an agreed one
    assert "IoU 0," not in " ".join(pages[0].split())  # NULL agreed_iou: no line
    # equipment types with their labels from resources/centralities (BPE 2023 table)
    assert "B101 Hypermarché" in lens and "B203 Boulangerie" in lens
    assert "C101 École maternelle" in lens
    assert "0123456789ab" in lens and "BPE 2023" in lens
    assert "SYNTHÉTIQUE" not in pages[1]
    henin = " ".join(pages[0].split())
    assert re.search(r"Services 0 ≥ ?2 ✗", henin)
    assert "✗ Au moins 50 logements (0)" in henin
    assert "✗ Habitat et au moins 2" in henin
    assert "✗ Part des grandes surfaces au plus 50 % (75 %)" in henin
    assert "non calculée" in henin
    assert "ZZ99" in henin  # an unknown code is listed as is
    lievin = " ".join(pages[2].split())
    assert "SYNTHÉTIQUE" in lievin
    assert "Robustesse : fragile" in lievin and "4 des 9" in lievin
    assert "A203 Banque" in lievin
    assert "Fiche explicative des centralités 3 / 3" in lievin
    # the map's background: the commune drawn with the project's light fill (commune.qml), not
    # with the random colour QGIS gives a layer opened from its file
    for page in (1, 2, 3):
        red, green, blue = _pdf_pixel(out, page, 25.0, 40.0)  # top left corner of the map
        assert abs(red - 246) <= 3 and abs(green - 242) <= 3 and abs(blue - 232) <= 3, page


def test_background_territories_drawn_with_the_project_styles(
    qgis_app: Any, inputs: Path, territory_gpkg: Path
) -> None:
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    from aula_plugin.gis.centralities_sheet_content import background_clones, territory_style

    def purple(layer: QgsVectorLayer) -> QgsVectorLayer:
        symbol = QgsFillSymbol.createSimple({"color": "120,40,140,255"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        return layer

    communes = purple(QgsVectorLayer(_uri(territory_gpkg, "commune"), "communes", "ogr"))
    epci = purple(QgsVectorLayer(_uri(territory_gpkg, "epci"), "epci", "ogr"))
    other = purple(QgsVectorLayer(_uri(inputs, "centralites"), "other", "ogr"))
    points = QgsVectorLayer(_uri(inputs, "centralites_points"), "points", "ogr")
    assert [territory_style(lyr) for lyr in (communes, epci, other, points)] == [
        "commune.qml", "epci.qml", None, None
    ]  # fmt: skip
    clones = background_clones([communes, epci, other])
    fill = clones[0].renderer().symbol()
    assert fill.color().getRgb()[:3] == (246, 242, 232)  # light fill
    assert clones[0].labelsEnabled() and clones[0].labeling().settings().fieldName == "nom"
    assert clones[1].renderer().symbol().symbolLayer(0).strokeColor().getRgb()[:3] == (230, 85, 13)
    assert clones[2].renderer().symbol().color().getRgb()[:3] == (120, 40, 140)  # kept, faded
    assert clones[2].opacity() == pytest.approx(0.6)
    # the user's layers are untouched
    assert communes.renderer().symbol().color().getRgb()[:3] == (120, 40, 140)


# -- Selection, errors ----------------------------------------------------------------------------


def test_ids_and_english_texts(provider: Any, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    result = _run(
        {
            "CENTRALITIES": _uri(inputs, "centralites"),
            "IDS": " cccccccccccc , a1b2c3d4e5f6",
            "OUTPUT": str(out),
        }
    )
    assert result["PAGES"] == 2 and _pdf_pages(out) == 2
    pages = [" ".join(p.split()) for p in _pdf_text(out).split("\f")]
    assert "Liévin" in pages[0] and "Lens" in pages[1]  # the order asked for
    if not QgsApplication.locale().startswith("fr"):  # English interface
        assert "At least 10 member activities (83)" in pages[1]
        assert re.search(r"Shops 41 ≥ ?3 ✓", pages[1])


def test_selected_only(provider: Any, inputs: Path, tmp_path: Path) -> None:
    layer = QgsVectorLayer(_uri(inputs, "centralites"), "centralites", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        out = tmp_path / "selected.pdf"
        params = {"CENTRALITIES": layer.id(), "SELECTED_ONLY": True, "OUTPUT": str(out)}
        with pytest.raises(QgsProcessingException, match="centralites: no perimeter is selected"):
            _run(params, context)
        assert not out.exists()
        layer.selectByExpression("\"nom_com\" = 'Lens'")
        assert _run(params, context)["PAGES"] == 1
        assert "Lens" in _pdf_text(out)
        assert layer.selectedFeatureCount() == 1  # the user's selection is left as it was
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_missing_fields_are_named_and_nothing_is_written(
    provider: Any, territory_gpkg: Path, tmp_path: Path
) -> None:
    gpkg = make_inputs(tmp_path / "bad.gpkg", territory_gpkg, drop=("rules_passed", "n_log"))
    out = tmp_path / "bad.pdf"
    with pytest.raises(QgsProcessingException, match=r"missing field\(s\) n_log, rules_passed"):
        _run({"CENTRALITIES": _uri(gpkg, "centralites"), "OUTPUT": str(out)})
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []


def test_unknown_ids_and_empty_layer(provider: Any, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(QgsProcessingException, match="unknown perimeter id.*zzz"):
        _run({"CENTRALITIES": _uri(inputs, "centralites"), "IDS": "zzz", "OUTPUT": str(out)})
    ds = ogr.Open(str(inputs), update=1)
    ds.ExecuteSQL("DELETE FROM centralites")
    ds = None
    with pytest.raises(QgsProcessingException, match="no perimeter to describe"):
        _run({"CENTRALITIES": _uri(inputs, "centralites"), "OUTPUT": str(out)})
    assert not out.exists()


def test_cancel_leaves_nothing(provider: Any, inputs: Path, tmp_path: Path) -> None:
    from qgis import processing

    feedback = QgsProcessingFeedback()
    # cancel once the pages are being laid out (progress 25..75), before the export
    feedback.progressChanged.connect(lambda value: value > 30 and feedback.cancel())
    out = tmp_path / "new folder" / "cancelled.pdf"
    with pytest.raises(QgsProcessingException, match="Cancel"):
        processing.run(
            "aula:centralitysheet",
            {"CENTRALITIES": _uri(inputs, "centralites"), "OUTPUT": str(out)},
            feedback=feedback,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["centralites.gpkg"]


def test_qgis_process_run(qgis_process: Any, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "fiches.pdf"
    result = qgis_process.run_json(
        "aula:centralitysheet",
        CENTRALITIES=_uri(inputs, "centralites"),
        POINTS=_uri(inputs, "centralites_points"),
        IDS="a1b2c3d4e5f6",
        OUTPUT=str(out),
    )
    assert result["results"]["PAGES"] == 1
    assert _pdf_pages(out) == 1
    assert "Lens" in _pdf_text(out)


def test_types_texts(qgis_app: Any) -> None:
    # (the decoding of rules_passed is tested in tests/unit/test_centra_rules.py)
    from aula_plugin.core.centralities.sheet import TYPES_BUDGET
    from aula_plugin.gis.centralities_sheet_content import types_text

    # 300 codes of 4 characters + " · ": the list stops at the budget and says how many remain
    codes = [f"Z{n:03d}" for n in range(300)]
    text = types_text(codes, {"Z000": "Premier"})
    assert text.startswith("Z000 Premier · Z001 · Z002")
    shown = text.split(" …")[0].count(" · ") + 1
    assert shown == (TYPES_BUDGET - len("Z000 Premier") - 3) // 7 + 1
    assert text.endswith(f"… and {300 - shown} more (see the types field)")
    assert types_text([], {}) == "No type recorded"
    assert types_text(["B", "A", "B"], {}) == "A · B"  # sorted, distinct


def test_geographic_layer_drawn_in_lambert93(provider: Any, inputs: Path, tmp_path: Path) -> None:
    from osgeo import gdal

    wgs84 = tmp_path / "wgs84.gpkg"
    gdal.VectorTranslate(str(wgs84), str(inputs), dstSRS="EPSG:4326", layers=["centralites"])
    out = tmp_path / "wgs84.pdf"
    result = _run({"CENTRALITIES": _uri(wgs84, "centralites"), "IDS": "a1b2c3d4e5f6",
                   "OUTPUT": str(out)})  # fmt: skip
    assert result["PAGES"] == 1
    text = " ".join(_pdf_text(out).split())
    assert "Lens" in text
    # The 300 m square is mapped in metres: the scale bar ends at a few hundred metres (in
    # degrees the map would span the 50-unit minimum extent and the bar hundreds of km).
    scale = re.search(r"\b0 (\d+) (\d+) m\b", text)
    assert scale is not None and 50 <= int(scale.group(2)) <= 1000, text[:300]
