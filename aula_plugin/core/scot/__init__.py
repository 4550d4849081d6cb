"""SCoT compatibility checks: pure logic (no qgis, no PyQt)."""
