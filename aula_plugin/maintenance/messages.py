"""The library's messages in French outside QGIS: read from the plugin's ``i18n/aula_fr.ts``.

Inside QGIS the plugin's translator does this (``toolbelt.i18n.tr``); the command line has no Qt,
so it reads the same translations from the .ts file (one French for both). Standard library only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.etree import ElementTree

CONTEXT = "aula"


def ts_translations(ts_file: Path | str, context: str = CONTEXT) -> dict[str, str]:
    """English source -> translation of one context of a Qt .ts file (unfinished ones left out)."""
    found: dict[str, str] = {}
    root = ElementTree.parse(str(ts_file)).getroot()
    for node in root.iter("context"):
        if node.findtext("name") != context:
            continue
        for message in node.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[source] = translation.text
    return found


def ts_translator(ts_file: Path | str | None, context: str = CONTEXT) -> Callable[[str], str]:
    """A ``translate(text)`` function from a .ts file (identity when None or unreadable)."""
    if ts_file is None:
        return lambda text: text
    try:
        table = ts_translations(ts_file, context)
    except (OSError, ElementTree.ParseError):
        table = {}
    return lambda text: table.get(text, text)


def language(environ: Mapping[str, str] | None = None) -> str:
    """'fr' or 'en' from the POSIX locale variables (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"
