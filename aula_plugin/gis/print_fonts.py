"""The one font of the plugin's print layouts (report pages, centrality sheets).

No family is named: QGIS's own default font is on every machine, where "Liberation Sans" is
missing from Windows (Qt would substitute it silently, with other metrics).
"""

from __future__ import annotations

from qgis.PyQt.QtGui import QFont


def print_font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The application's default font at ``size`` points."""
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font
