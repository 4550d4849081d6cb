"""Write the staged metadata.txt: the repository's, with its ``changelog=`` generated from
CHANGELOG.md (one source for the changes; `make stage` calls it).

The plugin manager reads metadata.txt with Python's ConfigParser and its default interpolation:
the changelog is a multi-line value (continuation lines indented), in plain text, with ``%``
doubled. It holds the newest released versions of CHANGELOG.md (``## [x.y.z] - date``), never
``[Unreleased]``.

    python3 scripts/stage_metadata.py metadata.txt CHANGELOG.md build/aula_plugin/metadata.txt
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})\s*$")
SECTION = re.compile(r"^### (.+?)\s*$")
BULLET = re.compile(r"^( *)- (.*)$")
LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
INDENT = "    "


def plain(text: str) -> str:
    """Markdown inline marks removed: code spans, emphasis, links (their text kept)."""
    text = LINK.sub(r"\1", text)
    text = text.replace("`", "").replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


def releases(changelog: str) -> list[tuple[str, str, list[str]]]:
    """(version, date, markdown lines) of each released version, newest first (file order)."""
    found: list[tuple[str, str, list[str]]] = []
    current: list[str] | None = None
    for line in changelog.splitlines():
        match = RELEASE.match(line)
        if match:
            current = []
            found.append((match.group(1), match.group(2), current))
        elif line.startswith("## "):
            current = None  # [Unreleased], or any other heading: not a release
        elif current is not None:
            current.append(line)
    return found


def release_lines(version: str, date: str, body: list[str]) -> list[str]:
    """One release as plain-text lines: its heading, section names, one line per bullet."""
    lines = [f"{version} ({date})"]
    items: list[list[str]] = []  # [prefix, text] of each bullet, continuation lines joined
    for raw in body:
        section, bullet = SECTION.match(raw), BULLET.match(raw)
        if section:
            items.append([f"{section.group(1)}:", ""])
        elif bullet:
            prefix = "- " if len(bullet.group(1)) < 2 else "* "
            items.append([prefix, bullet.group(2)])
        elif raw.strip() and items and items[-1][0] in ("- ", "* "):
            items[-1][1] += " " + raw.strip()
        elif raw.strip():
            items.append(["", raw])
    lines += [f"{prefix}{plain(text)}".rstrip() for prefix, text in items]
    return lines


def changelog_value(changelog: str, count: int = 2) -> str:
    """The ``changelog=`` entry of metadata.txt: the ``count`` newest releases."""
    lines = [
        line
        for version, date, body in releases(changelog)[:count]
        for line in release_lines(version, date, body)
    ]
    if not lines:
        raise SystemExit("CHANGELOG.md has no released version (## [x.y.z] - YYYY-MM-DD)")
    escaped = [line.replace("%", "%%") for line in lines]
    return "changelog=" + escaped[0] + "".join(f"\n{INDENT}{line}" for line in escaped[1:])


def staged_metadata(metadata: str, changelog: str, count: int = 2) -> str:
    """metadata.txt with its one-line ``changelog=`` placeholder replaced by the generated one."""
    out, replaced = [], False
    for line in metadata.splitlines():
        if line.startswith("changelog="):
            out.append(changelog_value(changelog, count))
            replaced = True
        else:
            out.append(line)
    if not replaced:
        raise SystemExit("metadata.txt has no changelog= line to fill")
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("metadata", type=Path)
    parser.add_argument("changelog", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--versions", type=int, default=2, help="releases to include")
    args = parser.parse_args()
    text = staged_metadata(
        args.metadata.read_text(encoding="utf-8"),
        args.changelog.read_text(encoding="utf-8"),
        args.versions,
    )
    args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
