"""Carry translations over when code moves: fill unfinished messages of a fresh .ts file.

pylupdate5 keys a message by (context, source); moving a ``tr()`` call to another class or module
changes its context and leaves the message unfinished. This fills every unfinished message whose
source text is translated, in any context, in the previous version of the file.

    python scripts/ts_carry.py PREVIOUS.ts CURRENT.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path


def known_translations(previous: Path) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for message in ET.parse(previous).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            continue
        text = translation.text or ""
        if text.strip():
            counts.setdefault(message.findtext("source") or "", Counter())[text] += 1
    return {source: counter.most_common(1)[0][0] for source, counter in counts.items()}


def carry(previous: Path, current: Path) -> int:
    known = known_translations(previous)
    tree = ET.parse(current)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = known.get(message.findtext("source") or "")
        if text is not None:
            translation.text = text
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(current, encoding="utf-8", xml_declaration=True)
        with current.open("r+", encoding="utf-8") as handle:  # keep pylupdate5's DOCTYPE line
            body = handle.read()
            if "<!DOCTYPE TS>" not in body:
                body = body.replace("?>\n", "?>\n<!DOCTYPE TS>", 1)
                handle.seek(0)
                handle.write(body)
                handle.truncate()
    return filled


if __name__ == "__main__":
    count = carry(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ts_carry: {count} translations carried over into {sys.argv[2]}")
