"""The SCoT report's data (core/scot/report_data.py) and its HTML (core/scot/report_html.py),
without QGIS: counts with not_* apart, deterministic order, units and French typography, links."""

from __future__ import annotations

import importlib.util
import random
from html.parser import HTMLParser
from pathlib import Path

import pytest

from aula_plugin.core.numbers import NBSP, THIN_NBSP
from aula_plugin.core.scot import status as st
from aula_plugin.core.scot.report_data import (
    COUNTING_NOTE,
    build_report,
    citation_text,
    number_text,
)
from aula_plugin.core.scot.report_html import to_html, write_html

_spec = importlib.util.spec_from_file_location(
    "_scot_report_sample_unit", Path(__file__).with_name("_scot_report_sample.py")
)
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)


@pytest.fixture(scope="module")
def rules():
    return sample.ruleset()


@pytest.fixture
def findings(rules):
    return sample.findings(rules)


def _row(table, first):
    return next(row for row in table.rows if row[0] == first)


def test_caution_first_and_cites_the_council_of_state(rules, findings):
    data = build_report(findings, rules, language="en")
    assert "395216" in data.caution
    assert "not pronounce a legal verdict" in data.caution
    html = to_html(data)
    assert html.index("395216") < html.index(data.rules_title)


def test_rule_counts_keep_not_applicable_and_not_evaluable_apart(rules, findings):
    data = build_report(findings, rules, language="en")
    headers = data.rule_table.headers
    assert headers[3:] == [
        "Respected", "To be examined", "Deviation", "Measured", "Not applicable", "Not evaluable"
    ]  # fmt: skip
    daacl = dict(zip(headers, _row(data.rule_table, "DAACL-01"), strict=True))
    # one pass, one fail, one not applicable: measured 2, the 299 m² shop not counted as a pass
    assert (daacl["Respected"], daacl["Deviation"], daacl["Measured"]) == ("1", "1", "2")
    assert daacl["Not applicable"] == "1"
    tvb = dict(zip(headers, _row(data.rule_table, "TVB-01"), strict=True))
    assert (tvb["Respected"], tvb["Measured"], tvb["Not evaluable"]) == ("0", "1", "2")
    # every rule of the file has a row and a section, findings or not
    assert [r[0] for r in data.rule_table.rows] == sorted(r.id for r in rules.rules)
    assert _row(data.rule_table, "RISQ-01")[3:] == ["0"] * 6
    assert data.counting_note == COUNTING_NOTE


def test_commune_summary(rules, findings):
    data = build_report(findings, rules, language="en", commune_names={"62498": "Lens"})
    table = data.commune_table
    assert [row[0] for row in table.rows] == [
        "62498 Lens", "62510", "no commune (EPCI, SCoT or unknown)"
    ]  # fmt: skip
    lens = dict(zip(table.headers, table.rows[0], strict=True))
    assert lens["Respected"] == "2"  # the DAACL pass and the commune-scope density pass
    assert lens["Not applicable"] == "1"
    assert lens["Rules with a deviation or to be examined"] == "DAACL-01, DENS-01"
    lievin = dict(zip(table.headers, table.rows[1], strict=True))
    assert (lievin["Not evaluable"], lievin["Measured"]) == ("1", "2")


def test_order_is_deterministic(rules, findings):
    shuffled = list(findings)
    random.Random(4).shuffle(shuffled)
    first = build_report(findings, rules, language="fr")
    second = build_report(shuffled, rules, language="fr")
    assert [v.finding for v in first.findings()] == st.sort_findings(findings)
    assert to_html(first) == to_html(second)
    numbers = [v.number for v in first.findings()]
    assert numbers == list(range(1, len(findings) + 1))


def test_each_finding_shows_measure_threshold_band_and_citation(rules, findings):
    data = build_report(findings, rules, language="en")
    views = {(v.finding.rule_id, v.finding.subject_id): v for v in data.findings()}
    tvb = dict(views[("TVB-01", 9)].rows)
    assert tvb["Measure"] == f"overlap area: 1,500{NBSP}m²"
    assert tvb["Threshold"] == f"≤{NBSP}50{NBSP}m²"
    assert "1,000" in tvb["Warning band"]
    assert tvb["Citation"] == (
        "DOO (synthétique), Prescription 2.1.1 : protection des réservoirs de biodiversité, p. 52"
    )
    assert tvb["Evidence"] == "overlap"
    missing = dict(views[("TVB-01", 8)].rows)
    assert missing["Reason"] == "the reference layer reservoirs is missing"
    assert "Threshold" not in missing
    daacl = views[("DAACL-01", 3)]
    assert daacl.url == "https://example.invalid/scot-demo-lens-lievin/doo.pdf#page=84"
    assert daacl.heading == "DAACL-01 — Retail park Sud — Deviation"


def test_french_texts_and_numbers(rules, findings):
    def french(text: str) -> str:
        return {
            "Measure": "Mesure",
            "{name}: {value}": "{name} : {value}",
            "dwellings/ha": "lgt/ha",
            "overlap area": "surface de recouvrement",
        }.get(text, text)

    data = build_report(findings, rules, language="fr", translate=french)
    views = {(v.finding.rule_id, v.finding.subject_id): v for v in data.findings()}
    assert dict(views[("TVB-01", 9)].rows)["Mesure"] == (
        f"surface de recouvrement : 1{THIN_NBSP}500{NBSP}m²"
    )
    assert number_text(36.5, "lgt_ha", "fr", french) == f"36,5{NBSP}lgt/ha"
    assert number_text(12.5, "pct", "fr") == f"12,5{NBSP}%"
    assert number_text(12.5, "pct", "en") == "12.5%"
    assert number_text(0.0, "m2", "fr") == f"0{NBSP}m²"


def test_citation_text():
    assert citation_text({"document": "DOO", "article": "P 1.2", "page": 3, "url": None}) == (
        "DOO, P 1.2, p. 3"
    )
    assert citation_text({"document": "PPR", "article": "Titre II", "page": None}) == (
        "PPR, Titre II"
    )
    assert citation_text({}) == ""


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.images: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []
        self.headers = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "section":
            self.sections.append(attrs["id"])
        elif tag == "img":
            assert attrs.get("alt")
            self.images.append(attrs["src"])
        elif tag == "a":
            self.links.append(attrs["href"])
        elif tag == "th":
            self.headers += 1


def test_html_structure(rules, findings, tmp_path):
    data = build_report(findings, rules, language="en")
    png = b"\x89PNG\r\n\x1a\n-fake-"
    html = to_html(data, {3: png})
    parser = _Collector()
    parser.feed(html)
    parser.close()
    assert parser.sections == [f"rule-{r}" for r in sorted(r.id for r in rules.rules)]
    assert parser.images == ["data:image/png;base64,iVBORw0KGgotZmFrZS0="]
    assert "https://example.invalid/scot-demo-lens-lievin/doo.pdf#page=84" in parser.links
    assert parser.headers > 20 and parser.tags.count("h1") == 1
    assert "<script" not in html and "http" not in html.split("<body>")[0]
    assert 'lang="en"' in html
    # every text is escaped
    assert "Supérette 299 m²" in html and "&quot;surface_vente&quot; &gt;= 300" in html
    path = write_html(tmp_path / "r.html", html)
    assert path.read_text(encoding="utf-8") == html
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]
