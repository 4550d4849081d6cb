"""aula:scotcompatibility on hand-made micro layers (A9 of the SCoT reference), a missing
reference, deterministic JSONL, the real PLUi against synthetic prescriptions, bad input through
qgis_process."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).parent))
from scot_fixtures import (
    X0,
    Y0,
    box,
    point,
    prescriptions,
    rules_file,
    shapefile_extent,
    write_layer,
)

ALG = "aula:scotcompatibility"
PLUI = Path("/work/shared/data/cnig/plui_248000747/248000747_ZONE_URBA_20201109.shp")

DAACL = """
sources:
  centres: {table: centres}
  rouge: {table: risque, filter: "\\"niveau\\" = 'rouge'"}
  arrets: {table: arrets, geometry: point}
  absente: {table: table_absente}
  reservoirs: {aula_output: "aula:reservoirs"}
subjects:
  projets: {label_field: nom, commune_field: insee, id_field: ref}
rules:
  - id: DAACL-01
    title: "Commerce de 300 m² ou plus dans une centralité"
    relation: compatibilite
    applies_to: {subject: projets, filter: "\\"surface_vente\\" >= 300"}
    test: {op: within, against: centres, tolerance_m: 10}
    scope: [feature]
    citation: {document: DOO, article: "P4.2", page: 57}
  - id: RISQ-01
    title: "Pas de projet en zone rouge"
    relation: conformite
    applies_to: {subject: projets}
    test: {op: disjoint, against: rouge}
    scope: [feature]
    citation: {document: PPR, article: "Titre II"}
  - id: TC-01
    title: "Près d'un arrêt"
    relation: compatibilite
    applies_to: {subject: projets}
    test: {op: distance_to_nearest, against: arrets}
    threshold: {op: le, unit: m, value: 100, warning: 200}
    scope: [feature]
    citation: {document: DOO, article: "P2.4"}
  - id: MISS-01
    title: "Contre une table absente"
    relation: compatibilite
    applies_to: {subject: projets}
    test: {op: disjoint, against: absente}
    scope: [feature]
    citation: {document: DOO, article: "P9"}
  - id: MISS-02
    title: "Contre un résultat AULA jamais calculé"
    relation: compatibilite
    applies_to: {subject: projets}
    test: {op: overlap, against: reservoirs, measure: area}
    threshold: {op: le, unit: m2, value: 0}
    scope: [feature]
    citation: {document: DOO, article: "P1.3"}
"""

PROJECT_FIELDS = {"ref": "text", "nom": "text", "surface_vente": "real", "insee": "text"}
# centre 0..100 × 0..100; red zone 200..300 × 0..100; stop at (50, 50)
PROJECTS = [
    (box(10, 10, 30, 30), {"ref": "P299", "nom": "299 m²", "surface_vente": 299, "insee": "62001"}),
    (box(40, 40, 60, 60), {"ref": "P300", "nom": "300 m²", "surface_vente": 300, "insee": "62001"}),
    (box(85, 60, 105, 80), {"ref": "P5", "nom": "5 m dehors", "surface_vente": 800,
                            "insee": "62001"}),
    (box(90, 10, 120, 30), {"ref": "P20", "nom": "20 m dehors", "surface_vente": 800,
                            "insee": "62001"}),
    (box(300, 10, 320, 30), {"ref": "TOUCH", "nom": "bord", "surface_vente": 10, "insee": "62002"}),
    (box(290, 40, 310, 60), {"ref": "OVER", "nom": "dedans", "surface_vente": 10,
                             "insee": "62002"}),
    (f"POLYGON (({X0 + 400} {Y0},{X0 + 420} {Y0 + 20},{X0 + 420} {Y0},{X0 + 400} {Y0 + 20},"
     f"{X0 + 400} {Y0}))", {"ref": "BOWTIE", "nom": "invalide", "surface_vente": 500,
                            "insee": "62002"}),
]  # fmt: skip


def make_references(gpkg: Path) -> None:
    write_layer(gpkg, "centres", "polygon", {"nom": "text"}, [(box(0, 0, 100, 100), {"nom": "C"})])
    write_layer(gpkg, "risque", "polygon", {"niveau": "text"},
                [(box(200, 0, 300, 100), {"niveau": "rouge"}),
                 (box(500, 0, 600, 100), {"niveau": "bleu"})])  # fmt: skip
    write_layer(gpkg, "arrets", "point", {"nom": "text"}, [(point(50, 50), {"nom": "Gare"})])


@pytest.fixture
def daacl(tmp_path: Path) -> dict[str, Any]:
    gpkg = tmp_path / "scot.gpkg"
    make_references(gpkg)
    write_layer(gpkg, "projets", "polygon", PROJECT_FIELDS, PROJECTS)
    rules = rules_file(tmp_path, DAACL)
    return {"SUBJECTS": f"{gpkg}|layername=projets", "RULES": str(rules), "gpkg": gpkg}


def run(
    run_alg, params: dict[str, Any], tmp_path: Path, **extra: Any
) -> tuple[dict, QgsVectorLayer]:
    params = {k: v for k, v in params.items() if k != "gpkg"}
    out = tmp_path / "findings.gpkg"
    results = run_alg(ALG, {**params, "OUTPUT": str(out), **extra})
    layer = QgsVectorLayer(str(results["OUTPUT"]), "findings", "ogr")
    assert layer.isValid()
    return results, layer


def by_key(layer: QgsVectorLayer) -> dict[tuple[str, str, str], Any]:
    return {(f["rule_id"], f["scope"], f["scope_key"]): f for f in layer.getFeatures()}


def test_daacl_thresholds_tolerance_and_evidence(provider, run_alg, daacl, tmp_path) -> None:
    results, layer = run(run_alg, daacl, tmp_path)
    assert [f.name() for f in layer.fields()][1:] == [
        "rule_id", "title", "relation", "severity", "scope", "scope_key", "status",
        "subject_layer", "subject_id", "subject_label", "insee", "measure_name", "measure_value",
        "measure_unit", "threshold_op", "threshold_value", "threshold_warning", "message",
        "reason", "note", "citation_document", "citation_article", "citation_page",
        "citation_url", "evidence_role",
    ]  # fmt: skip
    found = by_key(layer)
    status = {k[2]: f["status"] for k, f in found.items() if k[0] == "DAACL-01"}
    assert status == {"P299": "not_applicable", "P300": "pass", "P5": "pass", "P20": "fail",
                      "TOUCH": "not_applicable", "OVER": "not_applicable",
                      "BOWTIE": "not_evaluable"}  # fmt: skip
    p5 = found[("DAACL-01", "feature", "P5")]
    assert p5["note"] and "10" in p5["note"] and "100" in p5["note"]  # 100 m² outside, 10 m
    assert p5["measure_value"] == 0.0
    p20 = found[("DAACL-01", "feature", "P20")]
    assert p20["evidence_role"] == "outside"
    assert p20["measure_value"] == pytest.approx(200.0)  # beyond the 10 m tolerance
    assert p20.geometry().area() == pytest.approx(400.0)  # the part outside, not the 600 m²
    assert p20["citation_article"] == "P4.2" and p20["citation_page"] == "57"
    assert "deviation" in p20["message"] and "illegal" not in p20["message"]
    bowtie = found[("DAACL-01", "feature", "BOWTIE")]
    assert "invalid geometry" in bowtie["reason"]
    # touching is not overlap; an overlap is a failure with the overlap as evidence
    assert found[("RISQ-01", "feature", "TOUCH")]["status"] == "pass"
    over = found[("RISQ-01", "feature", "OVER")]
    assert over["status"] == "fail" and over["measure_value"] == pytest.approx(200.0)
    assert over.geometry().area() == pytest.approx(200.0)
    assert found[("RISQ-01", "feature", "BOWTIE")]["status"] == "not_evaluable"
    # distance to the nearest stop with the shortest line as evidence
    tc = found[("TC-01", "feature", "P20")]
    assert (
        tc["measure_value"] == pytest.approx(44.72, abs=0.01)
        and tc["evidence_role"] == "shortest_line"
    )
    assert found[("TC-01", "feature", "P300")]["measure_value"] == 0.0
    # a missing reference: not evaluable, with the reason, never a pass
    for rule, words in (("MISS-01", "table_absente"), ("MISS-02", "aula:reservoirs")):
        rows = [f for k, f in found.items() if k[0] == rule]
        assert rows and all(f["status"] == "not_evaluable" for f in rows)
        assert all(words in f["reason"] for f in rows if f["scope_key"] != "BOWTIE")
    assert results["PASS"] == sum(1 for f in found.values() if f["status"] == "pass")
    assert results["NOT_EVALUABLE"] >= 15


def test_shortest_lines_output(provider, run_alg, daacl, tmp_path) -> None:
    results, _layer = run(run_alg, daacl, tmp_path, OUTPUT_LINES=str(tmp_path / "lines.gpkg"))
    lines = QgsVectorLayer(str(results["OUTPUT_LINES"]), "lines", "ogr")
    rows = {f["scope_key"]: f for f in lines.getFeatures() if f["rule_id"] == "TC-01"}
    assert rows["P20"].geometry().length() == pytest.approx(44.72, abs=0.01)
    assert rows["P20"].geometry().type() == 1  # line


def test_the_report_is_written_with_the_findings(provider, run_alg, daacl, tmp_path) -> None:
    """REPORT: the HTML and PDF reports of the run (gis/scot_report.py), the caution first, each
    rule and the failing subject named."""
    import subprocess

    for suffix in ("html", "pdf"):
        report = tmp_path / f"rapport.{suffix}"
        results, _layer = run(run_alg, daacl, tmp_path, REPORT=str(report))
        assert Path(results["REPORT"]) == report and report.stat().st_size > 1000
        if suffix == "html":
            text = report.read_text(encoding="utf-8")
        else:
            text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True,
                                  text=True, check=True).stdout  # fmt: skip
        text = " ".join(text.split())
        assert "395216" in text, suffix  # the legal caution (CE, 18 Dec 2017)
        assert text.index("395216") < text.index("DAACL-01"), suffix
        for rule in ("DAACL-01", "RISQ-01", "TC-01"):
            assert rule in text, (suffix, rule)
        assert "P20" in text, suffix


def test_jsonl_is_deterministic(provider, run_alg, daacl, tmp_path, monkeypatch) -> None:
    """Byte-identical JSONL apart from the run time, with the rules checked one after the other
    (run 1) and in three threads (run 2: whichever rule ends first)."""
    from aula_plugin.gis import scot_checks

    texts = []
    for n in (1, 2):
        monkeypatch.setattr(scot_checks, "RULE_THREADS", 1 if n == 1 else 3)
        jsonl = tmp_path / f"run{n}.jsonl"
        run_alg(ALG, {"SUBJECTS": daacl["SUBJECTS"], "RULES": daacl["RULES"],
                      "OUTPUT": str(tmp_path / f"out{n}.gpkg"), "JSONL": str(jsonl)})  # fmt: skip
        lines = jsonl.read_text(encoding="utf-8").splitlines()
        header = json.loads(lines[0])
        assert header["record"] == "run" and header["utc"]
        header.pop("utc")
        texts.append([json.dumps(header, sort_keys=True), *lines[1:]])
        if n == 1:
            time.sleep(1.1)
    assert texts[0] == texts[1]
    findings = [json.loads(line) for line in texts[0][1:]]
    fail = next(f for f in findings if f["status"] == "fail" and f["rule"]["id"] == "DAACL-01")
    assert fail["evidence"]["wkt"].startswith("Polygon") or fail["evidence"]["wkt"].startswith(
        "MultiPolygon"
    )
    assert all(f["evidence"]["wkt"] and f["measure"]["value"] is not None and f["message"]
               and f["citation"]["document"] for f in findings
               if f["status"] in ("fail", "warning"))  # fmt: skip
    assert json.loads(texts[0][0])["sources"]["centres"]["features"] == 1


DENSITY = """
sources:
  armature: {table: armature, key_field: insee}
subjects:
  zones: {label_field: libelle, commune_field: insee}
rules:
  - id: DENS-01
    title: "Densité minimale"
    relation: compatibilite
    applies_to: {subject: zones}
    test: {op: density_ratio, dwellings_field: logements}
    threshold:
      op: ge
      unit: lgt_ha
      by_class:
        source: armature
        key_field: insee
        class_field: niveau
        values:
          "pôle": {value: 20, warning: 15}
    scope: [feature, commune]
    citation: {document: DOO, article: "P2.1"}
"""


def test_commune_density_passes_while_one_zone_warns(provider, run_alg, tmp_path) -> None:
    gpkg = tmp_path / "zones.gpkg"
    fields = {"libelle": "text", "logements": "int", "insee": "text"}
    write_layer(gpkg, "zones", "polygon", fields, [
        (box(0, 0, 200, 100), {"libelle": "1AUa", "logements": 30, "insee": "62001"}),  # 15/ha
        (box(300, 0, 500, 100), {"libelle": "1AUb", "logements": 60, "insee": "62001"}),  # 30/ha
    ])  # fmt: skip
    write_layer(gpkg, "armature", "none", {"insee": "text", "niveau": "text"},
                [(None, {"insee": "62001", "niveau": "pôle"})])  # fmt: skip
    params = {"SUBJECTS": f"{gpkg}|layername=zones", "RULES": str(rules_file(tmp_path, DENSITY))}
    _results, layer = run(run_alg, params, tmp_path)
    rows = {(f["scope"], f["subject_label"] or f["scope_key"]): f for f in layer.getFeatures()}
    assert rows[("feature", "1AUa")]["status"] == "warning"
    assert rows[("feature", "1AUa")]["measure_value"] == pytest.approx(15.0)
    assert rows[("feature", "1AUb")]["status"] == "pass"
    commune = rows[("commune", "62001")]
    assert commune["status"] == "pass" and commune["measure_value"] == pytest.approx(22.5)


ENVELOPE = """
sources:
  enveloppe: {table: enveloppe}
  budget: {table: budget}
subjects:
  zones: {commune_field: insee}
rules:
  - id: ZAN-01
    title: "Hors enveloppe dans le budget"
    relation: compatibilite
    applies_to: {subject: zones}
    test:
      op: outside_envelope_per_commune
      against: enveloppe
      budget: {source: budget, key_field: territoire}
    threshold: {op: le, unit: ha, field: ha_max, warning_pct: 110}
    scope: [commune]
    citation: {document: DOO, article: "P3.2"}
"""


def test_area_outside_the_envelope_summed_per_commune(provider, run_alg, tmp_path) -> None:
    gpkg = tmp_path / "zan.gpkg"
    write_layer(gpkg, "zones", "polygon", {"insee": "text"}, [
        (box(0, 0, 100, 100), {"insee": "A"}),  # 0.5 ha outside
        (box(0, 200, 100, 300), {"insee": "A"}),  # 1 ha outside
        (box(1000, 0, 1100, 100), {"insee": "B"}),  # 1 ha outside
    ])  # fmt: skip
    write_layer(gpkg, "enveloppe", "polygon", {}, [(box(-50, -50, 50, 150), {})])
    write_layer(gpkg, "budget", "none", {"territoire": "text", "ha_max": "real"},
                [(None, {"territoire": "A", "ha_max": 2.0}),
                 (None, {"territoire": "B", "ha_max": 0.5})])  # fmt: skip
    params = {"SUBJECTS": f"{gpkg}|layername=zones", "RULES": str(rules_file(tmp_path, ENVELOPE))}
    _results, layer = run(run_alg, params, tmp_path)
    rows = {f["scope_key"]: f for f in layer.getFeatures()}
    assert rows["A"]["status"] == "pass" and rows["A"]["measure_value"] == pytest.approx(1.5)
    assert rows["A"]["threshold_value"] == pytest.approx(2.0)
    assert rows["B"]["status"] == "fail" and rows["B"]["measure_value"] == pytest.approx(1.0)
    assert rows["B"].geometry().area() == pytest.approx(10000.0)


CORRIDOR = """
sources:
  corridors: {table: corridors, geometry: line}
subjects:
  zones: {}
rules:
  - id: TVB-02
    title: "Corridors"
    relation: compatibilite
    applies_to: {subject: zones}
    test: {op: overlap, against: corridors, buffer_m: 10, measure: ratio}
    threshold: {op: le, unit: pct, value: 5, warning: 15}
    scope: [feature, scot]
    citation: {document: DOO, article: "P2.1.3"}
"""


def test_corridor_lines_are_tested_within_their_buffer(provider, run_alg, tmp_path) -> None:
    gpkg = tmp_path / "tvb.gpkg"
    write_layer(gpkg, "zones", "polygon", {"n": "int"}, [(box(0, 0, 100, 100), {"n": 1})])
    write_layer(gpkg, "corridors", "line", {}, [
        (f"LINESTRING ({X0 + 50} {Y0 - 50}, {X0 + 50} {Y0 + 150})", {})
    ])  # fmt: skip
    params = {"SUBJECTS": f"{gpkg}|layername=zones", "RULES": str(rules_file(tmp_path, CORRIDOR))}
    _results, layer = run(run_alg, params, tmp_path)
    rows = {f["scope"]: f for f in layer.getFeatures()}
    # a 20 m wide band across a 100 m square: 20 % of it
    assert rows["feature"]["measure_value"] == pytest.approx(20.0, abs=0.05)
    assert rows["feature"]["status"] == "fail" and rows["scot"]["scope_key"] == "TEST_SCOT"


def test_a_geographic_subject_layer_is_refused(provider, run_alg, daacl, tmp_path) -> None:
    gpkg = tmp_path / "wgs84.gpkg"
    write_layer(gpkg, "projets", "polygon", {"surface_vente": "real"},
                [("POLYGON ((2.8 50.4,2.81 50.4,2.81 50.41,2.8 50.4))", {"surface_vente": 400})],
                epsg=4326)  # fmt: skip
    with pytest.raises(QgsProcessingException, match="projets.*geographic"):
        run_alg(ALG, {"SUBJECTS": f"{gpkg}|layername=projets", "RULES": daacl["RULES"],
                      "OUTPUT": str(tmp_path / "x.gpkg")})  # fmt: skip


def test_an_unknown_field_names_the_rule(provider, run_alg, daacl, tmp_path) -> None:
    rules = rules_file(tmp_path, DAACL.replace('\\"surface_vente\\" >= 300', '\\"sv\\" >= 300'),
                       "bad.yaml")  # fmt: skip
    with pytest.raises(QgsProcessingException, match="DAACL-01.*sv"):
        run_alg(ALG, {"SUBJECTS": daacl["SUBJECTS"], "RULES": str(rules),
                      "OUTPUT": str(tmp_path / "x.gpkg")})  # fmt: skip


# -- the real PLUi against synthetic prescriptions placed around it -----------------------------

PLUI_RULES = """
sources:
  reservoirs: {table: reservoirs}
  corridors: {table: corridors, geometry: line}
  rouge: {table: rouge}
  arrets: {table: arrets, geometry: point}
  enveloppe: {table: enveloppe}
  centres: {table: centres}
subjects:
  zones: {label_field: LIBELLE}
  zones_au: {filter: "\\"TYPEZONE\\" IN ('AUc', 'AUs')", label_field: LIBELLE}
rules:
  - id: TVB-01
    title: "Réservoirs"
    relation: compatibilite
    applies_to: {subject: zones_au}
    test: {op: overlap, against: reservoirs, measure: area}
    threshold: {op: le, unit: m2, value: 50, warning: 1000}
    scope: [feature, scot]
    citation: {document: DOO, article: "P1.3"}
  - id: TVB-02
    title: "Corridors"
    relation: compatibilite
    applies_to: {subject: zones}
    test: {op: overlap, against: corridors, buffer_m: 25, measure: ratio}
    threshold: {op: le, unit: pct, value: 5, warning: 15}
    scope: [feature]
    citation: {document: DOO, article: "P2.1.3"}
  - id: RISQ-01
    title: "Zones rouges"
    relation: conformite
    applies_to: {subject: zones, filter: "\\"TYPEZONE\\" <> 'N'"}
    test: {op: disjoint, against: rouge}
    scope: [feature]
    citation: {document: PPR, article: "II"}
  - id: TC-01
    title: "Arrêts"
    relation: compatibilite
    applies_to: {subject: zones_au}
    test: {op: distance_to_nearest, against: arrets}
    threshold: {op: le, unit: m, value: 500, warning: 800}
    scope: [feature]
    citation: {document: DOO, article: "P4.1"}
  - id: ENV-01
    title: "Dans l'enveloppe"
    relation: compatibilite
    applies_to: {subject: zones, filter: "\\"TYPEZONE\\" = 'U'"}
    test: {op: within, against: enveloppe, tolerance_m: 10}
    threshold: {op: le, unit: m2, value: 100, warning: 5000}
    scope: [feature]
    citation: {document: DOO, article: "P3.1"}
  - id: COM-01
    title: "Centralités"
    relation: information
    applies_to: {subject: zones, filter: "\\"TYPEZONE\\" = 'U'"}
    test: {op: intersects, against: centres}
    scope: [feature]
    citation: {document: DOO, article: "P4.2"}
"""


def test_cancelling_the_rules_in_threads_stops_and_writes_nothing(
    provider, run_alg, tmp_path, monkeypatch
) -> None:
    """The rules run in parallel threads: a cancel seen by the calling thread stops them all
    (the run ends well before the PLUi's full check) and no findings layer is written."""
    from aula_plugin.gis import scot_checks

    monkeypatch.setattr(scot_checks, "RULE_THREADS", 3)
    finished = []
    check_rule = scot_checks.Engine.check_rule

    def counted(self, rule, done, total):  # the real check, its end recorded
        found = check_rule(self, rule, done, total)
        finished.append(rule.id)
        return found

    monkeypatch.setattr(scot_checks.Engine, "check_rule", counted)
    gpkg = tmp_path / "prescriptions.gpkg"
    prescriptions(gpkg, shapefile_extent(PLUI), 2000)
    rules = rules_file(tmp_path, PLUI_RULES)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: value > 5 and feedback.cancel())
    target = tmp_path / "f.gpkg"
    start = time.perf_counter()
    with pytest.raises(QgsProcessingException) as info:
        run_alg(ALG, {"SUBJECTS": str(PLUI), "RULES": str(rules), "REFERENCES": str(gpkg),
                      "OUTPUT": str(target)}, feedback)  # fmt: skip
    assert "ancel" in str(info.value) or "nnul" in str(info.value), str(info.value)
    assert not target.exists()
    assert len(finished) < PLUI_RULES.count("  - id: "), finished  # stopped, not run to the end
    assert time.perf_counter() - start < 20


def test_the_real_plui_against_synthetic_prescriptions(provider, run_alg, tmp_path) -> None:
    assert PLUI.is_file(), f"{PLUI}: the shared CNIG sample data are missing"
    gpkg = tmp_path / "prescriptions.gpkg"
    prescriptions(gpkg, shapefile_extent(PLUI), 2000)
    rules = rules_file(tmp_path, PLUI_RULES)
    start = time.perf_counter()
    results = run_alg(ALG, {"SUBJECTS": str(PLUI), "RULES": str(rules), "REFERENCES": str(gpkg),
                            "OUTPUT": str(tmp_path / "f.gpkg"),
                            "JSONL": str(tmp_path / "f.jsonl")})  # fmt: skip
    elapsed = time.perf_counter() - start
    layer = QgsVectorLayer(str(results["OUTPUT"]), "f", "ogr")
    rows = list(layer.getFeatures())
    per_rule: dict[str, int] = {}
    for f in rows:
        if f["scope"] == "feature":
            per_rule[f["rule_id"]] = per_rule.get(f["rule_id"], 0) + 1
    assert per_rule["TVB-02"] == per_rule["RISQ-01"] == per_rule["ENV-01"] == 1049
    assert per_rule["TVB-01"] == per_rule["TC-01"] == 22  # AUc 14 + AUs 8
    statuses = {f["status"] for f in rows}
    assert {"pass", "fail", "not_applicable"} <= statuses
    labels = {
        f["subject_label"] for f in rows if f["rule_id"] == "TVB-01" and f["scope"] == "feature"
    }
    assert labels and all(label for label in labels)
    assert sum(results[k] for k in ("PASS", "WARNING", "FAIL", "NOT_APPLICABLE",
                                    "NOT_EVALUABLE")) == len(rows)  # fmt: skip
    assert elapsed < 30, elapsed


# -- the measures on a detailed subject (the path the PLUi's large zones take) -------------------


def _wavy_zone(vertices: int = 2400) -> Any:
    """A 2 km disc with a wavy edge of ``vertices`` vertices (far above CLIP_ABOVE)."""
    import math

    from qgis.core import QgsGeometry, QgsPointXY

    ring = [QgsPointXY(X0 + (2000 + 40 * math.sin(a * 37)) * math.cos(a),
                       Y0 + (2000 + 40 * math.sin(a * 37)) * math.sin(a))
            for a in (2 * math.pi * k / vertices for k in range(vertices))]  # fmt: skip
    return QgsGeometry.fromPolygonXY([ring])


def _discs(step: float, radius: float) -> list[Any]:
    from qgis.core import QgsGeometry

    steps = range(-2400, 2401, int(step))
    return [QgsGeometry.fromWkt(point(x, y)).buffer(radius, 8) for x in steps for y in steps]


def test_detailed_subject_measures_match_plain_overlays(qgis_app) -> None:
    """Cut once into cells (Tiles) and shared by the rules, a detailed subject gives the areas
    and evidence of a plain GEOS overlay with the whole reference: overlap, outside, within a
    tolerance; disjoint and overlapping references alike."""
    from qgis.core import QgsGeometry

    from aula_plugin.gis.scot_measures import CLIP_ABOVE, Reference, Tiles

    zone = _wavy_zone()
    assert zone.isGeosValid() and zone.constGet().nCoordinates() > CLIP_ABOVE
    prepared = QgsGeometry.createGeometryEngine(zone.constGet())
    prepared.prepareGeometry()
    tiles = Tiles(zone)
    for geometries in (_discs(300, 100), _discs(300, 180)):  # disjoint, then overlapping
        ref = Reference(geometries, [{} for _g in geometries])
        union = QgsGeometry.unaryUnion(geometries)
        inside = zone.intersection(union)
        area, part = ref.overlap(zone, prepared, tiles)
        assert area == pytest.approx(inside.area(), rel=1e-9)
        assert part.symDifference(inside).area() < 1e-3
        outside, part = ref.outside(zone, prepared, tiles=tiles)
        assert outside == pytest.approx(zone.difference(union).area(), rel=1e-9)
        assert part.symDifference(zone.difference(union)).area() < 1e-3
        tolerant, _none = ref.buffered(10).outside(zone, prepared, evidence=False, tiles=tiles)
        assert tolerant == pytest.approx(zone.difference(union.buffer(10, 8)).area(), rel=1e-6)
        assert 0 < tolerant < outside
    assert tiles._cells  # the cells were cut, and reused: fewer than the features met
    assert len(tiles._cells) < len(_discs(300, 100))


def test_within_measures_the_tolerance_only_when_something_lies_outside(qgis_app, tmp_path) -> None:
    from qgis.core import QgsGeometry

    from aula_plugin.core.scot.loader import load_rules_file
    from aula_plugin.gis.scot_checks import Engine, Item
    from aula_plugin.gis.scot_measures import Reference

    rule = next(r for r in load_rules_file(rules_file(tmp_path, DAACL)).rules
                if r.id == "DAACL-01")  # fmt: skip
    assert rule.test.tolerance_m == 10

    def measure(wkt: str) -> tuple[Any, Reference]:
        ref = Reference([QgsGeometry.fromWkt(box(0, 0, 100, 100))], [{}])
        item = Item(1, 1, None, None, None, QgsGeometry.fromWkt(wkt), None, None)
        return Engine._measure(None, rule, item, ref), ref

    inside, ref = measure(box(40, 40, 60, 60))
    assert (inside.value, inside.before_tolerance, inside.evidence) == (0.0, 0.0, None)
    assert not ref._buffered  # nothing outside: no tolerant reference built
    five, ref = measure(box(85, 60, 105, 80))  # 5 m outside: within the 10 m tolerance
    assert five.value == pytest.approx(0.0, abs=1e-6)
    assert five.before_tolerance == pytest.approx(100.0)
    assert five.evidence.area() == pytest.approx(100.0) and ref._buffered


# -- bad input through qgis_process (French) ----------------------------------------------------


def test_bad_input_is_refused_in_french(bad_input, daacl, tmp_path) -> None:
    out = tmp_path / "out.gpkg"
    broken = tmp_path / "broken.yaml"
    broken.write_text("format_version: 1\nrules: [\n", encoding="utf-8")
    bad_input.refused(ALG, "YAML", [out], SUBJECTS=daacl["SUBJECTS"], RULES=broken, OUTPUT=out)
    unknown = rules_file(tmp_path, DAACL.replace('\\"surface_vente\\" >= 300', '\\"sv\\" >= 300'),
                         "unknown.yaml")  # fmt: skip
    bad_input.refused(ALG, "le champ sv est absent", [out], SUBJECTS=daacl["SUBJECTS"],
                      RULES=unknown, OUTPUT=out)  # fmt: skip
    gpkg = tmp_path / "wgs84.gpkg"
    write_layer(gpkg, "projets", "polygon", {"surface_vente": "real"},
                [("POLYGON ((2.8 50.4,2.81 50.4,2.81 50.41,2.8 50.4))", {"surface_vente": 400})],
                epsg=4326)  # fmt: skip
    bad_input.refused(ALG, "géographique", [out], SUBJECTS=f"{gpkg}|layername=projets",
                      RULES=daacl["RULES"], OUTPUT=out)  # fmt: skip
    other = tmp_path / "other.gpkg"
    write_layer(other, "autre", "polygon", {"x": "int"}, [(box(0, 0, 10, 10), {"x": 1})])
    named = rules_file(
        tmp_path,
        DAACL.replace("projets: {label_field", "projets: {layer: " "projets_absents, label_field"),
        "named.yaml",
    )
    bad_input.refused(ALG, "projets_absents", [out], SUBJECTS=f"{other}|layername=autre",
                      RULES=named, OUTPUT=out)  # fmt: skip
