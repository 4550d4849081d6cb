"""Write the styles of the DEGURBA and aggregation results (resources/styles/) with PyQGIS.

Run once after changing a colour: `.venv/bin/python scripts/make_result_styles.py`. The QML files
are committed; QGIS applies them when it opens the outputs of aula:degurbagrid and
aula:aggregateindicators (their OUTPUT_STYLES). Labels name no font (QGIS takes the application's:
no warning on a machine that lacks a font); legend texts are French, as in every shipped style.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"

#: DEGURBA level 1 grid classes (core/degurba.py): value, colour, legend label
GRID_CLASSES = (
    (3, "#d7191c", "Centre urbain"),
    (2, "#fdae61", "Agglomération urbaine"),
    (1, "#d9ef8b", "Maille rurale"),
    (0, "#abd9e9", "Eau"),
)
#: commune classes (core/degurba.py unit_class): value, fill (RGBA), legend label
COMMUNE_CLASSES = (
    ("3", "215,48,39,170", "Ville (densément peuplée)"),
    ("2", "252,141,89,170", "Petite ville ou banlieue (densité intermédiaire)"),
    ("1", "217,239,139,170", "Zone rurale (peu dense)"),
    ("0", "224,224,224,170", "Non peuplée"),
)


def main() -> None:
    from osgeo import gdal
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsMapLayer,
        QgsPalettedRasterRenderer,
        QgsPalLayerSettings,
        QgsRasterLayer,
        QgsRendererCategory,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsUnitTypes,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    app = QgsApplication([], False)
    app.initQgis()

    def save(layer, name: str) -> None:
        path = STYLES / f"{name}.qml"
        categories = QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Rendering
        message, ok = layer.saveNamedStyle(str(path), categories=categories)
        if not ok:
            raise SystemExit(f"{name}: {message}")
        # no font named: QGIS then takes the application's font (an empty name would not do)
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r' fontFamily="[^"]*"', "", text), encoding="utf-8")

    def labels(field: str, size: float, colour: str, max_scale: float = 0) -> QgsPalLayerSettings:
        text_format = QgsTextFormat()
        text_format.setSize(size)
        text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
        text_format.setColor(QColor(colour))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor(255, 255, 255))
        buffer.setOpacity(0.8)
        text_format.setBuffer(buffer)
        settings = QgsPalLayerSettings()
        settings.fieldName = field
        settings.placement = QgsPalLayerSettings.OverPoint
        settings.centroidInside = True
        settings.autoWrapLength = 24  # long names (Communauté d'agglomération de …) on 2 lines
        settings.setFormat(text_format)
        if max_scale:
            settings.scaleVisibility = True
            settings.maximumScale = 1
            settings.minimumScale = max_scale
        return settings

    # the L1 grid: a paletted Byte raster
    with tempfile.TemporaryDirectory() as folder:
        tif = str(Path(folder) / "l1.tif")
        dataset = gdal.GetDriverByName("GTiff").Create(tif, 4, 1, 1, gdal.GDT_Byte)
        dataset.SetGeoTransform((0, 1000, 0, 1000, 0, -1000))
        dataset.GetRasterBand(1).WriteArray(__import__("numpy").array([[0, 1, 2, 3]]))
        dataset = None
        grid = QgsRasterLayer(tif, "l1", "gdal")
        classes = [
            QgsPalettedRasterRenderer.Class(value, QColor(colour), label)
            for value, colour, label in GRID_CLASSES
        ]
        grid.setRenderer(QgsPalettedRasterRenderer(grid.dataProvider(), 1, classes))
        grid.setOpacity(0.8)
        save(grid, "degurba_grille")
        del grid

    # the communes classified: by class, named
    communes = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:2154&field=degurba:integer&field=nom_com:string", "c", "memory"
    )
    categories = [
        QgsRendererCategory(
            value,
            QgsFillSymbol.createSimple(
                {"color": colour, "outline_color": "110,110,110,255", "outline_width": "0.2"}
            ),
            label,
        )
        for value, colour, label in COMMUNE_CLASSES
    ]
    communes.setRenderer(QgsCategorizedSymbolRenderer("degurba", categories))
    communes.setLabeling(
        QgsVectorLayerSimpleLabeling(labels("nom_com", 8, "#3a3a3a", max_scale=150000))
    )
    communes.setLabelsEnabled(True)
    save(communes, "degurba_communes")

    # the parents of aula:aggregateindicators: light fill, outline, named
    parents = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:2154&field=nom_territoire:string", "p", "memory"
    )
    parents.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": "246,242,232,200", "outline_color": "90,90,90,255",
                 "outline_width": "0.5"}
            )
        )
    )  # fmt: skip
    parents.setLabeling(QgsVectorLayerSimpleLabeling(labels("nom_territoire", 9, "#333333")))
    parents.setLabelsEnabled(True)
    save(parents, "indicateurs_agreges")
    app.exitQgis()


if __name__ == "__main__":
    main()
