"""Sheet definitions in YAML (core/indicators/sheets.py): the shipped sheet, and clear errors."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aula_plugin.core.indicators import sheets as sh
from aula_plugin.core.indicators.spec import SpecError

GOOD = """\
format_version: 1
title: {fr: Fiche, en: Sheet}
sections:
  - title: Population
    blocks:
      - type: key_figure
        indicator: population
      - type: evolution
        id: evo
        indicator: population
        vintages: [2021, 2015]
        births: naissances
        deaths: deces
"""


@pytest.fixture(scope="module")
def french(repo_root: Path) -> dict[str, str]:
    """The French translations of context "aula" (i18n/aula_fr.ts)."""
    root = ET.parse(repo_root / "i18n" / "aula_fr.ts").getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") != "aula":
            continue
        for message in context.iter("message"):
            out[message.findtext("source")] = message.findtext("translation")
    return out


def error(text: str, name: str = "fiche.yaml") -> SpecError:
    with pytest.raises(SpecError) as caught:
        sh.parse_sheet_text(text, name)
    return caught.value


def test_the_shipped_sheet_parses() -> None:
    sheet = sh.default_sheet()
    assert sheet.id == "chiffres_cles" and sh.pick(sheet.title, "fr") == "Chiffres clés"
    kinds = {block.type for block in sheet.blocks()}
    assert kinds == {sh.KEY_FIGURE, sh.BARS, sh.EVOLUTION, sh.TABLE}
    for needed in ("population", "menages", "actifs_15_64", "taux_chomage_15_64"):
        assert needed in sheet.indicators()
    # every shipped sheet parses: « Chiffres clés » and « Résultats AULA » (the register's figures)
    shipped = {path.name: sh.load_sheet(path) for path in sh.sheet_paths()}
    assert set(shipped) == {"chiffres_cles.yaml", "resultats_aula.yaml"}
    assert sh.default_sheet_path() in sh.sheet_paths()


def test_a_good_sheet_and_its_defaults() -> None:
    sheet = sh.parse_sheet_text(GOOD)
    card, evo = sheet.blocks()
    assert (card.id, card.vintage, card.reference, card.gap) == ("key_figure_1", "latest",
                                                                 "parent", "auto")  # fmt: skip
    assert evo.vintages == ("2015", "2021") and evo.territories == ("self",)
    assert (evo.births, evo.deaths) == ("naissances", "deces")
    assert sh.pick(sheet.title, "en") == "Sheet"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GOOD.replace("type: key_figure", "type: camembert"),
            "fiche.yaml, line 6, section Population, block 1, key type: 'camembert' is not one "
            "of: key_figure, comparison_bars, evolution, table",
        ),
        (
            GOOD.replace(
                "        indicator: population\n      - type: evolution",
                "        indicatr: population\n      - type: evolution",
            ),
            "fiche.yaml, line 7, section Population, block 1, key indicatr: unknown key indicatr "
            "(expected one of: type, indicator, id, title, note, vintage, reference, gap)",
        ),
        (
            GOOD.replace("        births: naissances\n", ""),
            "fiche.yaml, line 8, section Population, block evo: missing key births",
        ),
        (
            GOOD.replace("[2021, 2015]", "[2021, derniere]"),
            "fiche.yaml, line 11, section Population, block evo, key vintages: 'derniere' is not "
            "a vintage (a year such as 2021, or all)",
        ),
        (
            GOOD.replace("format_version: 1", "format_version: 2"),
            "fiche.yaml, line 1, key format_version: format_version 2 is not supported (this "
            "version reads 1)",
        ),
        (
            GOOD.replace("    blocks:\n", "    blocs:\n"),
            "fiche.yaml, line 5, section Population, key blocs: unknown key blocs (expected one "
            "of: title, blocks)",
        ),
        (
            GOOD + "      - {type: table, id: evo, rows: [population]}\n",
            "fiche.yaml, line 14, section Population, block evo, key id: the block id 'evo' is "
            "already used by another block",
        ),
        ("title: x\nsections: 3\n", "fiche.yaml, line 2, key sections: expected a list, got 3"),
    ],
)
def test_errors_name_file_line_section_block_and_key(text: str, expected: str) -> None:
    assert error(text).message() == expected


def test_not_yaml_names_the_line() -> None:
    found = error("title: x\nsections:\n  - title: [unclosed\n")
    assert found.message().startswith("fiche.yaml, line 4: not valid YAML (")


def test_errors_are_translated(french: dict[str, str]) -> None:
    found = error(GOOD.replace("type: key_figure", "type: camembert"))

    def translate(text: str) -> str:
        assert text in french, f"not in aula_fr.ts: {text!r}"
        return french[text]

    message = found.message(translate)
    assert message.startswith("fiche.yaml, ligne 6, section Population, bloc 1, clé type")
    assert "camembert" in message and "key_figure" in message
    missing = error(GOOD.replace("        births: naissances\n", "")).message(translate)
    assert missing == "fiche.yaml, ligne 8, section Population, bloc evo : clé births absente"


def test_a_user_sheet_file(tmp_path: Path) -> None:
    path = tmp_path / "ma_fiche.yaml"
    path.write_bytes(GOOD.replace("Fiche", "Fiche générale").encode("cp1252"))
    sheet = sh.load_sheet(path)
    assert sheet.id == "ma_fiche" and sh.pick(sheet.title) == "Fiche générale"
    assert sheet.source_file == "ma_fiche.yaml"
