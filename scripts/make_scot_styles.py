"""Write the styles of the SCoT findings layers (resources/styles/scot_findings*.qml) with PyQGIS.

Run once after changing a colour: `.venv/bin/python scripts/make_scot_styles.py`. Colour by status:
pass green, warning orange, fail red, not_applicable grey, not_evaluable purple hatching (never
read as a pass). Legend texts are French, as in every shipped style.
"""

from __future__ import annotations

import os
from pathlib import Path

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"

#: status, fill colour (RGBA), outline, legend label, fill style
STATUSES = (
    ("fail", "215,25,28,150", "165,0,38,255", "Écart à apprécier", "solid"),
    ("warning", "253,174,97,150", "230,85,13,255", "À examiner", "solid"),
    ("pass", "26,150,65,110", "0,104,55,255", "Respecté", "solid"),
    ("not_evaluable", "118,42,131,255", "118,42,131,255", "Non évaluable", "b_diagonal"),
    ("not_applicable", "189,189,189,90", "130,130,130,255", "Non applicable", "solid"),
)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsLineSymbol,
        QgsRendererCategory,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    for name, geometry in (("scot_findings", "MultiPolygon"),
                           ("scot_findings_lines", "MultiLineString")):  # fmt: skip
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2154&field=status:string", name, "memory")
        categories = []
        for status, fill, outline, label, style in STATUSES:
            if geometry == "MultiPolygon":
                symbol = QgsFillSymbol.createSimple({
                    "color": fill, "outline_color": outline, "outline_width": "0.5",
                    "style": style,
                })  # fmt: skip
            else:
                dash = "dash" if status in ("not_evaluable", "not_applicable") else "solid"
                symbol = QgsLineSymbol.createSimple(
                    {"line_color": outline, "line_width": "0.8", "line_style": dash}
                )
            categories.append(QgsRendererCategory(status, symbol, label))
        layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
        message, ok = layer.saveNamedStyle(str(STYLES / f"{name}.qml"))
        assert ok, message
    app.exitQgis()


if __name__ == "__main__":
    main()
