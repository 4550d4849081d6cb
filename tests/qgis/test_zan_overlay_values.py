"""gis.values.plain_date_text, which the ZAN readers (gis/overlay, zan_artificialisation,
zan_projects) use so that a date field gives its ISO text, and gis.overlay.field_name."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant


def test_dates_as_iso_text_other_values_as_plain() -> None:
    from aula_plugin.gis.values import key_text, plain_date_text

    assert plain_date_text(QDate(2021, 3, 1)) == "2021-03-01"
    assert plain_date_text(QDateTime(QDate(2018, 1, 1), QTime(0, 0))) == "2018-01-01"
    assert plain_date_text(QDate()) is None
    assert plain_date_text(QVariant()) is None
    assert plain_date_text(2021) == 2021
    assert plain_date_text(" artif ") == " artif "
    assert key_text(plain_date_text(62041.0)) == "62041"
    assert key_text(plain_date_text(QVariant())) == ""


def test_field_name_as_the_layer_spells_it(qgis_app: object) -> None:
    from aula_plugin.gis.overlay import field_name

    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=INSEE:string", "communes", "memory")
    source = QgsProcessingFeatureSource(layer, QgsProcessingContext())
    assert field_name(source, " insee ") == "INSEE"
    assert field_name(source, "", "insee") == "INSEE"
    assert field_name(source, "  ") is None
    with pytest.raises(QgsProcessingException, match="communes: field epci does not exist"):
        field_name(source, "epci")
