"""Write the default styles of the TVB results (resources/styles/tvb_result_*.qml) with PyQGIS.

Run after changing a colour: `.venv/bin/python scripts/make_tvb_styles.py [name ...]` (every
style by default, or only the named ones, e.g. `tvb_result_connectivity`; Qt writes the XML
attributes in a random order, so rewrite only what changed). The QML files are committed; the
algorithms (OUTPUT_STYLES), the demo and the stored project load them. No style names a font.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def _single_fill(geometry: str, props: dict[str, str]) -> Any:
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer, QgsVectorLayer

    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2154", "l", "memory")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(props)))
    return layer


def reservoirs() -> Any:
    return _single_fill(
        "MultiPolygon",
        {"color": "26,150,65,170", "outline_color": "0,90,30,255", "outline_width": "0.3"},
    )


def continuums() -> Any:
    return _single_fill(
        "MultiPolygon",
        {"color": "166,217,106,90", "outline_color": "102,166,30,255",
         "outline_width": "0.2", "outline_style": "dash"},
    )  # fmt: skip


def dispersal_areas() -> Any:
    """aula:costdistance OUTPUT_AREAS: what each reservoir reaches within the maximum cost."""
    return _single_fill(
        "MultiPolygon",
        {"color": "255,255,191,110", "outline_color": "166,97,26,255",
         "outline_width": "0.3", "outline_style": "dot"},
    )  # fmt: skip


def corridors() -> Any:
    from qgis.core import (
        QgsGraduatedSymbolRenderer,
        QgsLineSymbol,
        QgsRendererRange,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer("LineString?crs=EPSG:2154&field=cost:double", "l", "memory")
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
    layer.setRenderer(QgsGraduatedSymbolRenderer("cost", ranges))
    return layer


def conflicts() -> Any:
    from qgis.core import (
        QgsGraduatedSymbolRenderer,
        QgsMarkerSymbol,
        QgsRendererRange,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=rank:integer", "p", "memory")
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
    layer.setRenderer(QgsGraduatedSymbolRenderer("rank", ranges))
    return layer


def connectivity() -> Any:
    """aula:connectivitymetrics OUTPUT: the reservoirs by their importance for connectivity (dPC,
    the share of the landscape's connectivity lost without them)."""
    from qgis.core import (
        QgsFillSymbol,
        QgsGraduatedSymbolRenderer,
        QgsRendererRange,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=dPC:double", "c", "memory")
    ranges = []
    for low, high, colour, label in (
        (0, 1, "237,248,233", "< 1 %"),
        (1, 5, "186,228,179", "1 – 5 %"),
        (5, 10, "116,196,118", "5 – 10 %"),
        (10, 25, "49,163,84", "10 – 25 %"),
        (25, 100, "0,109,44", "≥ 25 %"),
    ):
        symbol = QgsFillSymbol.createSimple(
            {"color": f"{colour},220", "outline_color": "0,90,30,255", "outline_width": "0.3"}
        )
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("dPC", ranges))
    return layer


#: name -> the memory layer carrying the style (built once a QgsApplication runs)
VECTOR_STYLES: dict[str, Callable[[], Any]] = {
    "tvb_result_reservoirs": reservoirs,
    "tvb_result_continuums": continuums,
    "tvb_result_dispersal_areas": dispersal_areas,
    "tvb_result_corridors": corridors,
    "tvb_result_conflicts": conflicts,
    "tvb_result_connectivity": connectivity,
}

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
    # aula:leastcostcorridors OUTPUT_CORRIDOR: the extra cost of a path through the cell over the
    # least-cost path (friction × m); 0 on the path itself
    "tvb_result_corridor_raster": [
        (0, "#006d2c", "0 chemin de moindre coût"),
        (1000, "#31a354", "≤ 1 000"),
        (5000, "#74c476", "≤ 5 000"),
        (20000, "#bae4b3", "≤ 20 000"),
        (float("inf"), "#edf8e9", "> 20 000"),
    ],
}

#: a qualitative palette (ColorBrewer Set3 and Dark2): neighbouring labels differ
ALLOCATION_COLOURS = (
    "#8dd3c7", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#bc80bd",
    "#ffed6f", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e",
)  # fmt: skip
#: source labels coloured by aula:costdistance's allocation style (later ones take the last colour)
ALLOCATION_LABELS = 1000


def _pipe(renderer: str) -> str:
    return f"""<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology">
  <pipe>
{renderer}
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
"""


_MIN_MAX = """      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>"""


def raster_qml(
    stops: list[tuple[float, str, str]],
    ramp: str = "DISCRETE",
    legend: str = "<rampLegendSettings/>",
) -> str:
    items = "\n".join(
        f'            <item alpha="255" value="{v}" label="{label}" color="{c}"/>'
        for v, c, label in stops
    )
    low = stops[0][0] if ramp != "DISCRETE" else 0
    high = stops[-1][0] if ramp != "DISCRETE" else stops[-2][0]
    renderer = 'type="singlebandpseudocolor" opacity="0.8" alphaBand="-1"'
    return _pipe(f"""    <rasterrenderer band="1" {renderer}
                    classificationMin="{low}" classificationMax="{high}"
                    nodataColor="">
      <rasterTransparency/>
{_MIN_MAX}
      <rastershader>
        <colorrampshader colorRampType="{ramp}" classificationMode="1" clip="0"
                         minimumValue="{low}" maximumValue="{high}">
{items}
          {legend}
        </colorrampshader>
      </rastershader>
    </rasterrenderer>""")


def allocation_qml() -> str:
    """aula:costdistance OUTPUT_ALLOCATION: one colour per source label (nodata 0), cycling a
    qualitative palette; the legend is one bar from the first source to the last."""
    stops = [
        (label, ALLOCATION_COLOURS[(label - 1) % len(ALLOCATION_COLOURS)], str(label))
        for label in range(1, ALLOCATION_LABELS + 1)
    ]
    legend = (
        '<rampLegendSettings minimumLabel="source 1" maximumLabel="dernière source" prefix="" '
        'suffix="" direction="0" useContinuousLegend="1" orientation="2"/>'
    )
    return raster_qml(stops, ramp="INTERPOLATED", legend=legend)


def paletted_qml(entries: list[tuple[int, str, str]], opacity: float = 0.8) -> str:
    """A paletted renderer: the listed values in their colour, every other value transparent."""
    palette = "\n".join(
        f'        <paletteEntry alpha="255" label="{label}" color="{c}" value="{v}"/>'
        for v, c, label in entries
    )
    return _pipe(f"""    <rasterrenderer band="1" type="paletted" opacity="{opacity}" alphaBand="-1"
                    nodataColor="">
      <rasterTransparency/>
{_MIN_MAX}
      <colorPalette>
{palette}
      </colorPalette>
    </rasterrenderer>""")


#: name -> the QML text of a raster style (written as plain QML: a raster renderer needs a raster
#: layer to be saved from)
RASTER_TEXTS: dict[str, Callable[[], str]] = {
    **{name: (lambda stops=stops: raster_qml(stops)) for name, stops in RASTER_STYLES.items()},
    "tvb_result_allocation": allocation_qml,
    # aula:dilatationerosion OUTPUT_RASTER: 1 in a continuum (the continuums' green), 0 clear
    "tvb_result_continuum_raster": lambda: paletted_qml([(1, "#a6d96a", "continuum")]),
}


def main(names: list[str]) -> None:
    unknown = set(names) - set(VECTOR_STYLES) - set(RASTER_TEXTS)
    if unknown:
        raise SystemExit(f"no such style: {', '.join(sorted(unknown))}")
    vectors = [n for n in VECTOR_STYLES if not names or n in names]
    if vectors:
        from qgis.core import QgsApplication

        app = QgsApplication([], False)
        app.initQgis()
        for name in vectors:
            message, ok = VECTOR_STYLES[name]().saveNamedStyle(str(STYLES / f"{name}.qml"))
            if not ok:
                raise SystemExit(f"{name}: {message}")
        app.exitQgis()
    for name, text in RASTER_TEXTS.items():
        if not names or name in names:
            (STYLES / f"{name}.qml").write_text(text(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
