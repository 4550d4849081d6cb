"""aula:factsheetexport in real headless QGIS: one PDF per commune, text searchable, all or none."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

ALG = "aula:factsheetexport"
BETHUNE = "62119"
HENIN_CARVIN = "246200299"  # 14 communes


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is absent: apt-get install poppler-utils")
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def communes(territory_gpkg: Path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=commune", "commune", "ogr")
    assert layer.isValid()
    return layer


def _members(gpkg: Path, siren: str) -> list[tuple[str, str, int]]:
    with sqlite3.connect(f"{gpkg.as_uri()}?mode=ro", uri=True) as con:
        return con.execute(
            "SELECT insee, nom, population FROM commune WHERE epci_siren = ? ORDER BY insee",
            (siren,),
        ).fetchall()


def test_the_pdf_holds_the_territory_name_as_text(
    provider: Any, run_alg: Any, communes: QgsVectorLayer, tmp_path: Path, territory_gpkg: Path
) -> None:
    from aula_plugin.core.numbers import format_number
    from aula_plugin.processing.base import help_language

    results = run_alg(
        ALG, {"TERRITORIES": communes, "TERRITORY": BETHUNE, "OUTPUT_FOLDER": str(tmp_path / "out")}
    )
    assert results["COUNT"] == 1
    (pdf,) = sorted((tmp_path / "out").iterdir())
    assert pdf.name == "62119_bethune.pdf"
    text = _pdf_text(pdf)
    assert "Béthune" in text
    assert "Communautéd'agglomérationdeBéthune-Bruay" in "".join(text.split())  # a parent
    with sqlite3.connect(f"{territory_gpkg.as_uri()}?mode=ro", uri=True) as con:
        (population,) = con.execute(
            "SELECT population FROM commune WHERE insee = ?", (BETHUNE,)
        ).fetchone()
    # the package's population, printed as a number (never drawn), and missing figures as n.d.
    assert format_number(population, 0, help_language()) in text
    assert "n.d." in text
    # its reference: the EPCI's population, the sum of its communes' (computed, never n.d.)
    epci = sum(pop for _insee, _name, pop in _members(territory_gpkg, "200072460"))
    assert format_number(epci, 0, help_language()) in text


def test_one_pdf_per_commune_of_an_epci(
    provider: Any, run_alg: Any, communes: QgsVectorLayer, tmp_path: Path, territory_gpkg: Path
) -> None:
    members = _members(territory_gpkg, HENIN_CARVIN)
    assert len(members) == 14
    out = tmp_path / "fiches"
    results = run_alg(ALG, {"TERRITORIES": communes, "TERRITORY": HENIN_CARVIN,
                            "OUTPUT_FOLDER": str(out)})  # fmt: skip
    assert results["COUNT"] == 14
    pdfs = sorted(p.name for p in out.iterdir())
    assert len(pdfs) == 14 and all(name.endswith(".pdf") for name in pdfs)
    assert [name[:5] for name in pdfs] == [insee for insee, _name, _pop in members]
    first = out / pdfs[0]
    assert members[0][1] in _pdf_text(first)


def test_the_territory_s_own_sheet(
    provider: Any, run_alg: Any, communes: QgsVectorLayer, tmp_path: Path, territory_gpkg: Path
) -> None:
    """SHEETS_OF = the territory itself: one PDF for the EPCI, its population the sum of its
    communes' (ratio-of-sums core), compared with its parents."""
    from aula_plugin.core.numbers import format_number
    from aula_plugin.processing.base import help_language

    out = tmp_path / "epci"
    results = run_alg(ALG, {"TERRITORIES": communes, "TERRITORY": HENIN_CARVIN, "SHEETS_OF": 1,
                            "OUTPUT_FOLDER": str(out)})  # fmt: skip
    assert results["COUNT"] == 1
    (pdf,) = sorted(out.iterdir())
    assert pdf.name.startswith(HENIN_CARVIN) and pdf.suffix == ".pdf"
    text = _pdf_text(pdf)
    assert "Hénin-Carvin" in text
    total = sum(pop for _insee, _name, pop in _members(territory_gpkg, HENIN_CARVIN))
    assert format_number(total, 0, help_language()) in text


def test_cancel_leaves_nothing(
    provider: Any, run_alg: Any, communes: QgsVectorLayer, tmp_path: Path
) -> None:
    out = tmp_path / "new" / "fiches"
    feedback = QgsProcessingFeedback()
    written: list[float] = []

    def cancel_after_first(progress: float) -> None:
        written.append(progress)
        if progress > 12:  # at least one sheet written into the hidden folder
            feedback.cancel()

    feedback.progressChanged.connect(cancel_after_first)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(ALG, {"TERRITORIES": communes, "TERRITORY": HENIN_CARVIN,
                      "OUTPUT_FOLDER": str(out)}, feedback=feedback)  # fmt: skip
    assert any(p > 12 for p in written)
    assert not (tmp_path / "new").exists()


def test_a_layer_outside_a_territory_package_is_refused(
    provider: Any, run_alg: Any, tmp_path: Path
) -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=insee:string", "plain", "memory")
    with pytest.raises(QgsProcessingException, match="not a table of an AULA territory"):
        run_alg(ALG, {"TERRITORIES": layer, "TERRITORY": BETHUNE,
                      "OUTPUT_FOLDER": str(tmp_path / "x")})  # fmt: skip
    assert not (tmp_path / "x").exists()


def test_the_results_sheet_reads_the_register_of_the_working_copy(
    provider: Any, run_alg: Any, tmp_path: Path, territory_gpkg: Path, staged_plugin: Path
) -> None:
    """A trajectory result recorded in the working copy is printed; what is not there reads n.d.
    with the algorithm to run."""
    from aula_plugin.core.results_register import Result, record
    from aula_plugin.core.workcopy import ensure_working_copy

    copy = ensure_working_copy(territory_gpkg, tmp_path / "travail").path
    with sqlite3.connect(copy) as con:
        con.execute("CREATE TABLE traj (territory TEXT, envelope_final_ha REAL, "
                    "share_used_pct REAL, remaining_m2 REAL)")  # fmt: skip
        con.execute("INSERT INTO traj VALUES (?, 123.4, 37.5, 771000)", (BETHUNE,))
    record(copy, [Result("aula:zantrajectory", "zantrajectory:OUTPUT", "traj")])
    layer = QgsVectorLayer(f"{copy}|layername=commune", "commune", "ogr")
    sheet = staged_plugin / "resources" / "sheets" / "resultats_aula.yaml"
    out = tmp_path / "out"
    run_alg(ALG, {"TERRITORIES": layer, "TERRITORY": BETHUNE, "SHEET": str(sheet),
                  "OUTPUT_FOLDER": str(out)})  # fmt: skip
    text = " ".join(_pdf_text(out / "62119_bethune.pdf").split())
    assert "123.4 ha" in text and "37.5 %" in text and "77.1 ha" in text
    assert "Key figures" in text  # no ligature: the PDF's words are searchable as typed
    for algorithm in ("aula:centralities", "aula:reservoirs", "aula:conflictpoints",
                      "aula:zanimportconsumption"):  # fmt: skip
        assert f"run {algorithm}" in text, algorithm
