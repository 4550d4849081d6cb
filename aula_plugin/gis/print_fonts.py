"""The one font of the plugin's print layouts (report pages, centrality sheets).

No family is named: QGIS's own default font is on every machine, where "Liberation Sans" is
missing from Windows (Qt would substitute it silently, with other metrics).
"""

from __future__ import annotations

from qgis.PyQt.QtGui import QFont


def print_font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The application's default font at ``size`` points, without ligatures."""
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    # no ligatures: "fl" and "fi" stay two letters in the PDF's text, so a search for
    # "conflict" or "figures" finds them
    font.setStyleStrategy(QFont.PreferNoShaping)
    return font
