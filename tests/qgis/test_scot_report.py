"""The SCoT compatibility report (gis/scot_report.py) in real headless QGIS: PDF text searchable
with the caution, rules, subjects and citations; HTML self-contained with map extracts drawn from
the evidence; unknown suffix refused; a cancel leaves no file; French and English."""

from __future__ import annotations

import base64
import importlib.util
import re
import shutil
import subprocess
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from aula_plugin.core.errors import AulaError, Cancelled
from aula_plugin.core.scot import status as st
from aula_plugin.core.scot.report_data import STATUS_COLOURS
from aula_plugin.gis.scot_report import write_report

_spec = importlib.util.spec_from_file_location(
    "_scot_report_sample_qgis",
    Path(__file__).resolve().parents[1] / "unit" / "_scot_report_sample.py",
)
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)

CAUTION_EN = "Conseil d'État, 18 December 2017, n° 395216"


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is absent: apt-get install poppler-utils")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def rules():
    return sample.ruleset()


@pytest.fixture
def findings(rules):
    return sample.findings(rules)


@pytest.fixture
def communes(territory_gpkg: Path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{territory_gpkg}|layername=commune", "commune", "ogr")
    assert layer.isValid()
    return layer


def _subjects(findings: list[st.Finding]) -> QgsVectorLayer:
    """A layer whose feature ids are the findings' subject ids (feature ids of a memory layer
    start at 1, in the order added): each the box of its evidence grown by 20 m, else a 60 m
    square of its own."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "subjects", "memory")
    evidence = {int(f.subject_id): f.evidence_wkt for f in findings if f.scope == "feature"}
    features = []
    for fid in range(1, max(evidence) + 1):
        if evidence.get(fid):
            box = QgsGeometry.fromWkt(evidence[fid]).boundingBox().buffered(20.0)
            geometry = QgsGeometry.fromRect(box)
        else:
            geometry = QgsGeometry.fromWkt(sample.square(sample.X0 + 100 * fid, sample.Y0, 60))
        feature = QgsFeature()
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    assert layer.featureCount() == max(evidence)
    return layer


def number_of(ordered: list[st.Finding], rule: str, subject: object) -> int:
    return next(
        n for n, f in enumerate(ordered, start=1) if (f.rule_id, f.subject_id) == (rule, subject)
    )


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.images: dict[str, str] = {}
        self.links: list[str] = []
        self.article: str | None = None
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.sources.extend(v for k, v in attrs.items() if k in ("src", "href") and v)
        if tag == "section":
            self.sections.append(attrs["id"])
        elif tag == "article":
            self.article = attrs["aria-labelledby"]
        elif tag == "img":
            self.images[self.article] = attrs["src"]
        elif tag == "a":
            self.links.append(attrs["href"])


def _share_of(image: QImage, colour: str) -> float:
    """The share of pixels of the hue of ``colour`` (±12°, saturated): its outline, or its
    half-transparent filling over white or the subject's pale blue."""
    hue = QColor(colour).hue()
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = QColor(image.pixel(x, y))
            total += 1
            gap = abs(pixel.hue() - hue)
            if pixel.saturation() > 60 and min(gap, 360 - gap) <= 12:
                hits += 1
    return hits / total


def test_pdf_has_caution_rules_subjects_and_citations(rules, findings, communes, tmp_path):
    progress = []
    path = write_report(
        tmp_path / "rapport.pdf",
        findings,
        rules,
        subjects=_subjects(findings),
        language="en",
        progress=progress.append,
        communes=communes,
    )
    assert path == tmp_path / "rapport.pdf"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]
    text = _pdf_text(path)
    assert CAUTION_EN in text
    assert text.index(CAUTION_EN) < text.index("Summary per rule")
    for rule in rules.rules:
        assert rule.id in text
    assert "Retail park Sud" in text and "1AUe Marais" in text
    assert "Prescription 2.1.1 : protection des réservoirs de biodiversité, p. 52" in text
    assert "https://example.invalid/scot-demo-lens-lievin/doo.pdf#page=84" in text
    # the two statuses never counted as a pass have their own columns
    assert "Not applicable" in text and "Not evaluable" in text and "Measured" in text
    assert "1,500 m²" in text  # measure with its unit
    assert "62498 Lens" in text  # per-commune summary, names from the commune layer
    assert progress[-1] == 1.0 and progress == sorted(progress)


def test_pdf_in_french_whatever_the_qgis_language(rules, findings, tmp_path):
    path = write_report(tmp_path / "rapport.pdf", findings, rules, language="fr")
    text = _pdf_text(path)
    assert "Conseil d'État, 18 décembre 2017, n° 395216" in text
    assert "Synthèse par règle" in text and "Non évaluable" in text
    assert "1 500 m²" in text.replace("\u202f", " ")


def test_html_is_self_contained_with_map_extracts(rules, findings, communes, tmp_path):
    path = write_report(
        tmp_path / "rapport.html",
        findings,
        rules,
        subjects={"zones_au": _subjects(findings), "projets_commerciaux": _subjects(findings)},
        language="en",
        communes=communes,
    )
    html = path.read_text(encoding="utf-8")
    parser = _Html()
    parser.feed(html)
    parser.close()
    assert parser.sections == [f"rule-{r}" for r in sorted(r.id for r in rules.rules)]
    assert CAUTION_EN in unescape(html)
    # every src/href is a data URI or a citation link: no web resource
    assert all(s.startswith("data:image/png;base64,") for s in parser.images.values())
    assert {s for s in parser.sources if not s.startswith("data:")} == {
        "https://example.invalid/scot-demo-lens-lievin/doo.pdf#page=84"
    }
    assert parser.links  # the citation URL is a link
    ordered = st.sort_findings(findings)
    with_map = {
        f"finding-{n}"
        for n, f in enumerate(ordered, start=1)
        if f.evidence_wkt or (f.scope == "feature" and f.status in st.MEASURED)
    }
    # the commune-scope density (no evidence) shows its commune; the SCoT-scope finding no map
    with_map.add(f"finding-{number_of(ordered, 'DENS-01', '62498')}")
    without = {f"finding-{n}" for n, f in enumerate(ordered, start=1) if f.scope == "scot"}
    assert with_map <= set(parser.images)
    assert not without & set(parser.images)
    # the TVB overlap (a fail) is drawn in red, the transit line (a warning) in orange, the
    # Halles (a pass) in green
    number = {(f.rule_id, f.subject_id): n for n, f in enumerate(ordered, start=1)}

    def image(rule: str, subject: int) -> QImage:
        src = parser.images[f"finding-{number[rule, subject]}"]
        png = QImage.fromData(base64.b64decode(src.split(",", 1)[1]))
        assert not png.isNull() and png.width() > 500
        return png

    red, orange, green = (STATUS_COLOURS[s] for s in (st.FAIL, st.WARNING, st.PASS))
    fail, warn, ok = image("TVB-01", 9), image("TC-01", 7), image("DAACL-01", 1)
    assert _share_of(fail, red) > 0.01 and _share_of(fail, green) == 0
    # (neighbouring evidence may show at the edge of an extract, the finding's own dominates)
    assert _share_of(warn, orange) > 0.001 and _share_of(warn, red) < _share_of(warn, orange) / 5
    assert _share_of(ok, green) > 0.01 and _share_of(ok, red) == 0


def test_a_single_subjects_layer_draws_only_its_own_features(rules, findings, tmp_path):
    """One SUBJECTS layer named like the rule file's ``zone_urba``: the AU zones' subjects are
    drawn, the shops' (another layer) are not, whatever their feature ids."""
    ordered = st.sort_findings(findings)
    number = {(f.rule_id, f.subject_id): n for n, f in enumerate(ordered, start=1)}
    layers = {}
    for name in ("zone_urba", "other"):
        layer = _subjects(findings)
        layer.setName(name)
        path = write_report(tmp_path / f"{name}.html", findings, rules, subjects=layer,
                            language="en")  # fmt: skip
        parser = _Html()
        parser.feed(path.read_text(encoding="utf-8"))
        layers[name] = set(parser.images)
    # the missing reservoirs leave no evidence: only the subject (a zone_urba feature) gives a map
    zone = f"finding-{number['TVB-01', 8]}"
    shop = f"finding-{number['DAACL-01', 2]}"  # not applicable: no evidence, a shop subject
    assert zone in layers["zone_urba"] and zone not in layers["other"]
    assert shop not in layers["zone_urba"] and shop not in layers["other"]


def test_html_in_french(rules, findings, tmp_path):
    html = write_report(tmp_path / "r.html", findings, rules, language="fr").read_text("utf-8")
    assert 'lang="fr"' in html
    assert "Conseil d'État, 18 décembre 2017, n° 395216" in unescape(html)
    assert "Synthèse par commune" in html


@pytest.mark.parametrize("name", ["rapport.docx", "rapport", "rapport.pdf.txt"])
def test_unknown_suffix_is_refused(rules, findings, tmp_path, name):
    with pytest.raises(AulaError, match=r"\.html or a \.pdf"):
        write_report(tmp_path / name, findings, rules, language="en")
    assert list(tmp_path.iterdir()) == []


def test_unknown_language_is_refused(rules, findings, tmp_path):
    with pytest.raises(AulaError, match="“de”"):
        write_report(tmp_path / "r.html", findings, rules, language="de")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".html", ".pdf"])
def test_cancel_leaves_no_file(rules, findings, tmp_path, suffix):
    calls = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > 3

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        write_report(out / f"r{suffix}", findings, rules, language="en",
                     is_canceled=cancel_after_three)  # fmt: skip
    assert len(calls) > 3
    assert not out.exists() or list(out.iterdir()) == []
