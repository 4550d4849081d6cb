"""qgis_process speaks the user's language too: the translator is installed in classFactory."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("lang", "name", "label"),
    [
        (
            "fr_FR.UTF-8",
            "Agréger des indicateurs",
            "Couche en entrée (communes)",
        ),
        ("en_GB.UTF-8", "Aggregate indicators to a parent level", "Input layer (communes)"),
        ("de_DE.UTF-8", "Aggregate indicators to a parent level", "Input layer (communes)"),
    ],
)
def test_help_is_in_the_locale_language(
    qgis_process: Any, lang: str, name: str, label: str
) -> None:
    proc = qgis_process("help", "aula:aggregateindicators", env={"LANG": lang, "LC_ALL": lang})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"{name} (aula:aggregateindicators)")
    assert f"INPUT: {label}" in proc.stdout
