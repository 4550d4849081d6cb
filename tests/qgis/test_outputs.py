"""All-or-nothing outputs (gis/outputs.py through the algorithms' base class), in a real QGIS.

A small algorithm with a feature sink and a file output fails, is cancelled or succeeds; the user's
folder holds either every output under its final name or nothing new (older files untouched).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)


def _algorithm_class():
    from aula_plugin.core.errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
    from aula_plugin.processing.base import AulaAlgorithm

    class TwoOutputs(AulaAlgorithm):
        """Writes a point layer and a text file, then fails or is cancelled when asked."""

        def name(self) -> str:
            return "twooutputs"

        def displayName(self) -> str:
            return "Two outputs"

        def initAlgorithm(self, config: Any = None) -> None:
            self.addParameter(QgsProcessingParameterBoolean("FAIL", "Fail", False))
            self.addParameter(QgsProcessingParameterBoolean("CANCEL", "Cancel", False))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Points"))
            self.addParameter(
                QgsProcessingParameterFileDestination("REPORT", "Report", "Text (*.txt)")
            )
            self.addParameter(
                QgsProcessingParameterFolderDestination("FOLDER", "Folder", optional=True)
            )

        def process(self, parameters, context, feedback):
            sink, dest = self.output_sink(
                parameters,
                "OUTPUT",
                context,
                [("id", "int")],
                QgsWkbTypes.Point,
                QgsProject.instance().crs(),
            )
            feature = QgsFeature()
            feature.setAttributes([1])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1, 2)))
            sink.addFeature(feature)
            report = self.parameterAsFileOutput(parameters, "REPORT", context)
            Path(report).write_text("written", encoding="utf-8")
            if self.parameterAsBoolean(parameters, "FAIL", context):
                raise AulaError(
                    QT_TRANSLATE_NOOP("aula", "{layer}: the layer has no feature"), layer="x"
                )
            if self.parameterAsBoolean(parameters, "CANCEL", context):
                raise Cancelled()
            return {"OUTPUT": dest, "REPORT": report}

    return TwoOutputs


def run(params: dict[str, Any], context: QgsProcessingContext | None = None) -> dict[str, Any]:
    from qgis import processing

    alg = _algorithm_class()()
    alg.initAlgorithm()
    return processing.run(
        alg, params, context=context or QgsProcessingContext(), feedback=QgsProcessingFeedback()
    )


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*"))


def test_success_moves_every_output_into_place(qgis_processing: Any, tmp_path: Path) -> None:
    context = QgsProcessingContext()
    out = tmp_path / "points.gpkg"
    definition = QgsProcessingOutputLayerDefinition(str(out), QgsProject.instance())
    result = run({"OUTPUT": definition, "REPORT": str(tmp_path / "report.txt")}, context=context)
    assert files(tmp_path) == ["points.gpkg", "report.txt"]
    assert result["OUTPUT"] == str(out)
    assert result["REPORT"] == str(tmp_path / "report.txt")
    layer = QgsVectorLayer(str(out), "p", "ogr")
    assert layer.isValid() and layer.featureCount() == 1
    assert layer.dataProvider().subLayers()[0].split("!!::!!")[1] == "points"  # its own name
    assert list(context.layersToLoadOnCompletion()) == [str(out)]


@pytest.mark.parametrize("how", ["FAIL", "CANCEL"])
def test_error_or_cancel_leaves_nothing_and_keeps_older_files(
    qgis_processing: Any, tmp_path: Path, how: str
) -> None:
    (tmp_path / "report.txt").write_text("older", encoding="utf-8")
    context = QgsProcessingContext()
    with pytest.raises(QgsProcessingException) as info:
        run(
            {
                how: True,
                "OUTPUT": str(tmp_path / "nouveau dossier" / "points.gpkg"),
                "REPORT": str(tmp_path / "report.txt"),
            },
            context=context,
        )
    message = str(info.value)
    assert (
        ("x: the layer has no feature" in message)
        if how == "FAIL"
        else ("Cancelled by the user" in message)
    )
    assert files(tmp_path) == ["report.txt"]
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == "older"
    assert context.layersToLoadOnCompletion() == {}


def test_cancel_noticed_after_the_run_writes_nothing(qgis_processing: Any, tmp_path: Path) -> None:
    from qgis import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    alg = _algorithm_class()()
    alg.initAlgorithm()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        processing.run(
            alg,
            {"OUTPUT": str(tmp_path / "p.gpkg"), "REPORT": str(tmp_path / "r.txt")},
            feedback=feedback,
        )
    assert files(tmp_path) == []


def test_memory_and_temporary_outputs_are_left_to_qgis(qgis_processing: Any) -> None:
    result = run({"OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    assert Path(result["REPORT"]).read_text(encoding="utf-8") == "written"


def test_unwritable_destinations_refused_before_running(
    qgis_processing: Any, tmp_path: Path
) -> None:
    alg = _algorithm_class()()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    # a folder where a file is expected, a file where a folder is expected, a file as folder
    cases = [
        ({"OUTPUT": str(tmp_path / "p.gpkg"), "REPORT": str(tmp_path)}, "is a folder, not a file"),
        (
            {
                "OUTPUT": str(tmp_path / "p.gpkg"),
                "REPORT": str(tmp_path / "r.txt"),
                "FOLDER": str(a_file),
            },
            "is a file, not a folder",
        ),
        (
            {"OUTPUT": str(a_file / "p.gpkg"), "REPORT": str(tmp_path / "r.txt")},
            "Points: cannot write into the folder",
        ),
    ]
    for params, expected in cases:
        ok, message = alg.checkParameterValues(params, context)
        assert not ok and expected in message, (params, message)
    assert files(tmp_path) == ["plain.txt"]
