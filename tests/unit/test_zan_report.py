"""The triennial report's content model, CSV, ODT and charts (pure, no QGIS)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.zan.report import (
    CHART_CONSUMPTION,
    CHART_MAP,
    CHART_TRAJECTORY,
    KIND_COMMUNE,
    KIND_EPCI,
    NBSP,
    SYNTHETIC_STAMP,
    THIN_NBSP,
    ArtifFlow,
    Artificialisation,
    ArtifStock,
    FigureRef,
    MemberCommune,
    Paragraph,
    ReportData,
    Table,
    build_report,
    fr_ha,
    fr_number,
    fr_pct,
    member_summary,
    negative_value_notes,
    slugify,
    territory_consumption,
)
from aula_plugin.core.zan.report_writers import png_size, read_csv, to_html, write_csv, write_odt
from aula_plugin.core.zan.trajectory import compute_trajectory

NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def _consumption() -> dict[int, dict[str, int]]:
    """2011..2023; every year: hab 30 000 m², act 10 000 m² -> naf 40 000 m² (4 ha).

    C_ref = 10 × 40 000 = 400 000 m² (40 ha); 2021..2023: 3 × 40 000 = 120 000 m² (12 ha).
    """
    return {y: {"hab": 30_000, "act": 10_000, "naf": 40_000} for y in range(2011, 2024)}


def _data(**changes: object) -> ReportData:
    cons = changes.pop("consumption", None) or _consumption()
    traj = compute_trajectory({y: v["naf"] for y, v in cons.items()}, 50.0)
    values: dict[str, object] = {
        "territory_name": "Commune-Test",
        "kind": KIND_COMMUNE,
        "code": "62999",
        "area_ha": 1_000.0,
        "communes": [MemberCommune("62999", "Commune-Test", 1000.0)],
        "consumption": cons,
        "release": "2009-2023",
        "source_file": "conso2009_2023.csv",
        "trajectory": traj,
        "rate_document": "SRADDET Hauts-de-France modifié, fascicule",
        "rate_page": "153-154",
        "rate_date": "21 novembre 2024",
        "generated": dt.date(2026, 11, 23),
    }
    values.update(changes)
    return ReportData(**values)  # type: ignore[arg-type]


def _text(report) -> str:
    parts = [report.title, report.subtitle]
    for s in report.sections:
        parts.append(s.title)
        for b in s.blocks:
            if isinstance(b, Paragraph):
                parts.append(b.text)
            elif isinstance(b, Table):
                parts += [b.caption, *b.header, *(c for row in b.rows for c in row)]
            elif isinstance(b, FigureRef):
                parts.append(b.caption)
    return "\n".join(parts)


def _figure(report, label: str):
    found = [f for f in report.figures if f.label == label]
    assert len(found) == 1, label
    return found[0]


# -- Formatting -----------------------------------------------------------------------------------


def test_french_number_formatting():
    assert fr_number(1234.565, 2) == f"1{THIN_NBSP}234,57"  # half up, not half even
    assert fr_number(1234567) == f"1{THIN_NBSP}234{THIN_NBSP}567"
    assert fr_number(-0.001, 2) == "0,00"  # no "-0,00"
    assert fr_number(-1500.5, 1) == f"-1{THIN_NBSP}500,5"
    # 12 345 678 m² = 1 234,5678 ha -> 1 234,57 ha
    assert fr_ha(12_345_678) == f"1{THIN_NBSP}234,57{NBSP}ha"
    assert fr_pct(12.345) == f"12,3{NBSP}%"
    assert fr_pct(54.47, 2) == f"54,47{NBSP}%"


def test_slugify():
    assert slugify("200072460_CA de Béthune-Bruay") == "200072460_ca_de_bethune_bruay"
    assert slugify("???") == "territoire"


# -- Content --------------------------------------------------------------------------------------


def test_sections_of_r2231_1_are_present_in_order():
    report = build_report(_data())
    titles = [s.title for s in report.sections]
    assert titles[0] == "Introduction"
    assert [t[:2] for t in titles[1:5]] == ["1.", "2.", "3.", "4."]
    assert "consommation" in titles[1].lower()
    assert "artificialisation" in titles[2].lower() and "renaturation" in titles[2].lower()
    assert "imperméabilisées" in titles[3].lower()
    assert "objectifs" in titles[4].lower()
    assert titles[-1].startswith("Sources")
    assert report.stamp is None
    text = _text(report)
    # procedure (ZAN.md §8): council debate and vote, sent within 15 days
    assert "débat" in text and "vote" in text and "quinze jours" in text
    assert "conseil municipal" in text
    # sources and releases stated
    assert "millésime 2009-2023" in text and "conso2009_2023.csv" in text
    assert "p. 153-154" in text and "21 novembre 2024" in text
    # both charts are referenced
    keys = [b.key for s in report.sections for b in s.blocks if isinstance(b, FigureRef)]
    assert keys == [CHART_CONSUMPTION, CHART_TRAJECTORY]
    # with a map (rendered by the QGIS glue), the introduction shows it first
    with_map = build_report(_data(has_map=True))
    keys = [b.key for s in with_map.sections for b in s.blocks if isinstance(b, FigureRef)]
    assert keys == [CHART_MAP, CHART_CONSUMPTION, CHART_TRAJECTORY]
    intro = with_map.sections[0]
    assert intro.title == "Introduction"
    assert [b.key for b in intro.blocks if isinstance(b, FigureRef)] == [CHART_MAP]


def test_consumption_figures_are_right_and_formatted():
    report = build_report(_data())
    # C_ref = 400 000 m² = 40 ha; share = 40 ha / 1 000 ha = 4,0 %; mean 4 ha/yr
    assert _figure(report, "Consommation 2011-2020").value == 40.0
    assert _figure(report, "Part du territoire consommée 2011-2020").value == pytest.approx(4.0)
    # since 2021: 3 years × 4 ha = 12 ha, 1,2 % of 1 000 ha
    assert _figure(report, "Consommation 2021-2023").value == 12.0
    table1 = next(b for b in report.sections[1].blocks if isinstance(b, Table))
    assert table1.rows[0][1:] == [f"40,00{NBSP}ha", f"4,00{NBSP}ha", f"4,0{NBSP}%"]
    assert table1.rows[1][1:] == [f"12,00{NBSP}ha", f"4,00{NBSP}ha", f"1,2{NBSP}%"]
    # the annual table: one row per year 2011..2023, columns of the destinations present only
    annual = [b for b in report.sections[1].blocks if isinstance(b, Table)][1]
    assert annual.header == ["Année", "Habitat", "Activité", "Total NAF"]
    assert [r[0] for r in annual.rows] == [str(y) for y in range(2011, 2024)]
    assert annual.rows[0][1:] == ["3,00", "1,00", "4,00"]


def test_trajectory_figures():
    report = build_report(_data())
    # E = 400 000 × (1 − 0.5) = 200 000 m² = 20 ha; R(2023) = 120 000 m² -> 60 % used
    assert _figure(report, "Enveloppe 2021-2031").value == 20.0
    assert _figure(report, "Part de l'enveloppe consommée").value == pytest.approx(60.0)
    # pace 40 000 m²/yr -> projection 400 000 m² = 40 ha > 20 ha: "à risque"
    assert _figure(report, "Consommation projetée au 1er janvier 2031").value == 40.0
    assert _figure(report, "Situation").value == "à risque"
    # remaining 80 000 m²: overshoot in 2023 + floor(80 000 / 40 000) + 1 = 2026
    assert _figure(report, "Année de dépassement projetée").value == 2026
    assert "2026" in _text(report)
    # the rate is shown with 2 decimals
    assert f"50,00{NBSP}%" in _text(report)
    # target path: T(2030) = E = 20 ha; cumulative at end of 2023 = 12 ha
    assert _figure(report, "Chemin cible au 1er janvier 2031").value == 20.0
    assert _figure(report, "Consommation cumulée au 1er janvier 2024").value == 12.0


def test_missing_artificialisation_is_stated_not_invented():
    report = build_report(_data())
    s2, s3 = report.sections[2], report.sections[3]
    for section in (s2, s3):
        assert not any(isinstance(b, Table) for b in section.blocks)
        assert section.blocks[0].text == "Non disponible : OCS GE non fournie."
    figures = [f for f in report.figures if f.section.startswith(("2.", "3."))]
    assert [f.value for f in figures] == ["Non disponible : OCS GE non fournie."] * 2


def test_artificialisation_sections_with_ocsge():
    artif = Artificialisation(
        [ArtifStock(2018, 1_000_000, 600_000), ArtifStock(2021, 1_030_000, 615_000)],
        [ArtifFlow(2018, 2021, 40_000, 10_000, 30_000)],
        source="IGN, OCS GE 2018-2021 (D062)",
    )
    report = build_report(_data(artificialisation=artif))
    # stock 2021: 103 ha = 10,3 % of 1 000 ha
    assert _figure(report, "Surface artificialisée 2021").value == 103.0
    assert _figure(report, "Part artificialisée 2021").value == pytest.approx(10.3)
    # flows: +4 ha, −1 ha, net 3 ha over 3 years -> 1 ha/yr
    assert _figure(report, "Artificialisation nette 2018-2021").value == 3.0
    assert _figure(report, "Artificialisation nette annuelle moyenne 2018-2021").value == 1.0
    # impermeabilisation 61,5 ha in 2021, +1,5 ha since 2018
    assert _figure(report, "Surface imperméabilisée 2021").value == 61.5
    assert _figure(report, "Évolution de l'imperméabilisation 2018-2021").value == 1.5
    assert "Non disponible" not in _text(report)
    assert "IGN, OCS GE 2018-2021 (D062)" in _text(report)


def test_synthetic_stamp():
    report = build_report(_data(synthetic=True))
    assert report.stamp == SYNTHETIC_STAMP
    assert report.sections[0].title == SYNTHETIC_STAMP
    assert report.sections[0].blocks[0].style == "warning"
    assert all(f.source.endswith(f"[{SYNTHETIC_STAMP}]") for f in report.figures)
    html = to_html(report)
    assert html.count(SYNTHETIC_STAMP) >= 2


def test_epci_report_lists_members_and_has_no_floor():
    cons = _consumption()
    traj = compute_trajectory({y: v["naf"] for y, v in cons.items()}, 50.0)
    members = [
        MemberCommune("62001", "Ablain", 500.0, 300_000, 90_000),
        MemberCommune("62002", "Zutkerque", 500.0, 100_000, 30_000),
    ]
    report = build_report(
        _data(kind=KIND_EPCI, code="200000001", territory_name="CC Test", communes=members,
              trajectory=traj)
    )  # fmt: skip
    text = _text(report)
    assert "conseil communautaire" in text and "SIREN 200000001" in text
    assert "pas à l'enveloppe intercommunale" in text
    assert _figure(report, "Ablain (62001) — 2011-2020").value == 30.0
    assert _figure(report, "Nombre de communes membres").value == 2
    assert "Enveloppe après garantie communale de 1 ha" not in [f.label for f in report.figures]


def test_commune_floor_is_reported():
    # C_ref = 10 × 1 000 m² = 10 000 m² -> E = 5 000 m² < 1 ha floor -> E* = 10 000 m²
    cons = {y: {"naf": 1_000} for y in range(2011, 2023)}
    traj = compute_trajectory({y: v["naf"] for y, v in cons.items()}, 50.0, floor_m2=10_000)
    report = build_report(_data(consumption=cons, trajectory=traj, eligible=True))
    assert _figure(report, "Enveloppe 2021-2031").value == 0.5
    assert _figure(report, "Enveloppe après garantie communale de 1 ha").value == 1.0
    assert "est déclarée éligible" in _text(report)
    # no destination column at all: the annual table has the total only
    annual = [b for b in report.sections[2 - 1].blocks if isinstance(b, Table)][1]
    assert annual.header == ["Année", "Total NAF"]


def test_fallback_rate_warning():
    report = build_report(_data(rate_fallback=True))
    warnings = [b.text for b in report.sections[4].blocks if getattr(b, "style", "") == "warning"]
    assert warnings and "taux par défaut" in warnings[0]


def test_missing_years_raise():
    cons = _consumption()
    traj = compute_trajectory({y: v["naf"] for y, v in cons.items()}, 50.0)
    del cons[2015]
    with pytest.raises(AulaError, match="2015"):
        build_report(_data(consumption=cons, trajectory=traj))


def test_helpers_from_the_long_table():
    long = {
        "62001": {2011: {"naf": 100, "hab": 100}, 2021: {"naf": -5, "hab": -5}},
        "62002": {2011: {"naf": 50, "act": 50}},
    }
    assert territory_consumption(long, ["62001", "62002"]) == {
        2011: {"naf": 150, "hab": 100, "act": 50},
        2021: {"naf": -5, "hab": -5},
    }
    members = member_summary(long, [("62001", "A", 10.0), ("62002", "B", None)], 2021)
    assert [(m.reference_m2, m.since_2021_m2) for m in members] == [(100, -5), (50, 0)]
    notes = negative_value_notes(long, {"62001": "A"})
    assert len(notes) == 1 and "2 valeur(s)" in notes[0] and "A (62001) 2021" in notes[0]
    assert negative_value_notes({"62002": long["62002"]}, {}) == []


# -- Writers --------------------------------------------------------------------------------------


def test_csv_lists_every_figure(tmp_path: Path):
    report = build_report(_data())
    path = write_csv(report, tmp_path / "r.csv")
    rows = read_csv(path)
    assert len(rows) == len(report.figures)
    by_label = {r.label: r for r in rows}
    assert by_label["Consommation 2011-2020"].value == "40"
    assert by_label["Consommation 2011-2020"].unit == "ha"
    assert by_label["Part du territoire consommée 2011-2020"].value == "4"
    assert by_label["Situation"].value == "à risque"
    # every number shown in table 1 appears in the CSV
    assert {"40", "4", "12"} <= {r.value for r in rows}
    assert not list(tmp_path.glob(".*part"))


def _png(path: Path, width: int = 40, height: int = 20) -> Path:
    import struct
    import zlib

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + data)
    return path


def test_odt_package_structure(tmp_path: Path):
    report = build_report(_data(synthetic=True))
    images = {
        CHART_CONSUMPTION: _png(tmp_path / "c.png"),
        CHART_TRAJECTORY: _png(tmp_path / "t.png"),
    }
    assert png_size(images[CHART_CONSUMPTION]) == (40, 20)
    path = write_odt(report, tmp_path / "r.odt", images)
    with zipfile.ZipFile(path) as odt:
        infos = odt.infolist()
        # mimetype first, stored, no extra field (ODF 1.2 §3.3)
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        names = set(odt.namelist())
        assert {"META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"} <= names
        assert {"Pictures/c.png", "Pictures/t.png"} <= names
        manifest = ET.fromstring(odt.read("META-INF/manifest.xml"))
        listed = {e.get("{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}full-path")
                  for e in manifest}  # fmt: skip
        assert {"/", "content.xml", "styles.xml", "Pictures/c.png"} <= listed
        content = ET.fromstring(odt.read("content.xml"))  # well-formed XML
        styles = odt.read("styles.xml").decode()
        ET.fromstring(styles)
    headings = [h.text for h in content.iter(f"{{{NS['text']}}}h")]
    assert headings[1] == "Introduction" and headings[-1].startswith("Sources")
    tables = list(content.iter(f"{{{NS['table']}}}table"))
    assert len(tables) == sum(isinstance(b, Table) for s in report.sections for b in s.blocks)
    images_in = [
        i.get("{http://www.w3.org/1999/xlink}href") for i in content.iter(f"{{{NS['draw']}}}image")
    ]
    assert images_in == ["Pictures/c.png", "Pictures/t.png"]
    all_text = "".join(content.itertext())
    assert f"40,00{NBSP}ha" in all_text
    assert SYNTHETIC_STAMP in all_text and SYNTHETIC_STAMP in styles  # title and page header


def test_charts_are_pngs(tmp_path: Path):
    pytest.importorskip("matplotlib", reason="matplotlib is not installed")
    from aula_plugin.core.zan.report_charts import consumption_chart, trajectory_chart

    report = build_report(_data())
    c = consumption_chart(report.chart_consumption, tmp_path / "c.png")
    t = trajectory_chart(report.chart_trajectory, tmp_path / "t.png", synthetic=True)
    for path in (c, t):
        width, height = png_size(path)
        assert width > 800 and height > 400
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.png", "t.png"]


def test_libreoffice_opens_the_odt(tmp_path: Path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("soffice (LibreOffice) is absent: apt-get install libreoffice-writer-nogui")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is absent: apt-get install poppler-utils")
    pytest.importorskip("matplotlib", reason="matplotlib is not installed")
    from aula_plugin.core.zan.report_charts import consumption_chart, trajectory_chart

    report = build_report(_data())
    images = {
        CHART_CONSUMPTION: consumption_chart(report.chart_consumption, tmp_path / "c.png"),
        CHART_TRAJECTORY: trajectory_chart(report.chart_trajectory, tmp_path / "t.png"),
    }
    odt = write_odt(report, tmp_path / "rapport.odt", images)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(odt)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "rapport.pdf"
    assert pdf.is_file()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Rapport local de suivi" in text
    assert "4. Évaluation du respect des objectifs" in text
    assert "40,00" in text and "Non disponible : OCS GE non fournie." in text
