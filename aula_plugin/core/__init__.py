"""Pure domain logic: imports no qgis and no PyQt, tested in milliseconds by tests/unit."""
