"""QGIS glue: qgis.core only, never iface or widgets."""
