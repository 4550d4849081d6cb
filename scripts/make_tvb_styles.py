"""Write the default styles of the TVB results (resources/styles/tvb_result_*.qml) with PyQGIS.

Run once after changing a colour: `.venv/bin/python scripts/make_tvb_styles.py`. The QML files are
committed; the demo and the stored project load them.
"""

from __future__ import annotations

from pathlib import Path

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def main() -> None:
    from qgis.core import (
        QgsApplication,
        QgsFillSymbol,
        QgsGraduatedSymbolRenderer,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsRendererRange,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()

    def save(layer: QgsVectorLayer, name: str) -> None:
        message, ok = layer.saveNamedStyle(str(STYLES / f"{name}.qml"))
        if not ok:
            raise SystemExit(f"{name}: {message}")

    reservoirs = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "r", "memory")
    reservoirs.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": "26,150,65,170", "outline_color": "0,90,30,255", "outline_width": "0.3"}
            )
        )
    )
    save(reservoirs, "tvb_result_reservoirs")

    continuums = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "c", "memory")
    continuums.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": "166,217,106,90", "outline_color": "102,166,30,255",
                 "outline_width": "0.2", "outline_style": "dash"}
            )
        )
    )  # fmt: skip
    save(continuums, "tvb_result_continuums")

    corridors = QgsVectorLayer("LineString?crs=EPSG:2154&field=cost:double", "l", "memory")
    ranges = []
    for low, high, colour, width in (
        (0, 20000, "#1a9641", 1.2),
        (20000, 60000, "#a6d96a", 0.9),
        (60000, 150000, "#fdae61", 0.7),
        (150000, 1e12, "#d7191c", 0.5),
    ):
        symbol = QgsLineSymbol.createSimple({"color": colour, "width": str(width)})
        label = f"{low / 1000:g} – {high / 1000:g} k" if high < 1e12 else f"> {low / 1000:g} k"
        ranges.append(QgsRendererRange(low, high, symbol, label))
    corridors.setRenderer(QgsGraduatedSymbolRenderer("cost", ranges))
    save(corridors, "tvb_result_corridors")

    conflicts = QgsVectorLayer("Point?crs=EPSG:2154&field=rank:integer", "p", "memory")
    ranges = []
    for low, high, colour, size in (
        (1, 10, "#d7191c", 4.0),
        (10, 30, "#fdae61", 3.0),
        (30, 1e9, "#ffffbf", 2.2),
    ):
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "triangle", "color": colour, "outline_color": "0,0,0,255",
             "size": str(size)}
        )  # fmt: skip
        label = f"rang {low:g} – {high - 1:g}" if high < 1e9 else f"rang ≥ {low:g}"
        ranges.append(QgsRendererRange(low, high, symbol, label))
    conflicts.setRenderer(QgsGraduatedSymbolRenderer("rank", ranges))
    save(conflicts, "tvb_result_conflicts")

    app.exitQgis()
    # Raster styles (friction, accumulated cost) are written as plain QML: a pseudocolour renderer
    # needs a raster layer to be saved from.
    for name, stops in RASTER_STYLES.items():
        (STYLES / f"{name}.qml").write_text(raster_qml(stops), encoding="utf-8")


#: name -> [(upper bound, colour, label)] of a discrete pseudocolour ramp (BioDispersal's ladder)
RASTER_STYLES = {
    "tvb_result_friction": [
        (0, "#1a9641", "0 habitat"),
        (5, "#a6d96a", "≤ 5 favorable"),
        (30, "#ffffbf", "≤ 30 intermédiaire"),
        (100, "#fdae61", "≤ 100 défavorable"),
        (1000, "#d7191c", "≤ 1 000 très défavorable"),
        (float("inf"), "#4d0000", "> 1 000 obstacle"),
    ],
    "tvb_result_cost": [
        (10000, "#1a9641", "≤ 10 000"),
        (50000, "#a6d96a", "≤ 50 000"),
        (150000, "#ffffbf", "≤ 150 000"),
        (500000, "#fdae61", "≤ 500 000"),
        (float("inf"), "#d7191c", "> 500 000"),
    ],
}


def raster_qml(stops: list[tuple[float, str, str]]) -> str:
    items = "\n".join(
        f'            <item alpha="255" value="{v}" label="{label}" color="{c}"/>'
        for v, c, label in stops
    )
    return f"""<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology">
  <pipe>
    <rasterrenderer band="1" type="singlebandpseudocolor" opacity="0.8" alphaBand="-1"
                    classificationMin="0" classificationMax="{stops[-2][0]}"
                    nodataColor="">
      <rasterTransparency/>
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader colorRampType="DISCRETE" classificationMode="1" clip="0"
                         minimumValue="0" maximumValue="{stops[-2][0]}">
{items}
          <rampLegendSettings/>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
"""


if __name__ == "__main__":
    main()
