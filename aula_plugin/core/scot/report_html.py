"""The SCoT compatibility report as one self-contained HTML file.

Inline CSS, no script and no web resource: the map extracts are PNG data URIs, so the file can be
mailed or archived as is. Accessible: ``lang`` set, one ``h1``, ``h2`` per part, one ``section``
with an ``h2`` per rule and an ``article`` with an ``h3`` per finding, tables with captions and
header cells (``scope``), images with a text alternative, statuses written out (never colour
alone). The citation URL is a link.

Built by string assembly with :func:`html.escape` on every text (no template engine needed).
Pure Python (no qgis).
"""

from __future__ import annotations

import base64
import html
import os
import re
from collections.abc import Mapping
from pathlib import Path

from ..indicators.sheet_print import PrintTable
from .report_data import STATUS_COLOURS, FindingView, ReportData, RuleSection

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#222;
margin:0 auto;max-width:60rem;padding:1.5rem;line-height:1.45}
h1{color:#1f3b5c;font-size:1.7rem;margin-bottom:.3rem}
h2{color:#1f3b5c;border-bottom:2px solid #1f3b5c;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.subtitle{color:#555;margin:.1rem 0}
.caution{border-left:6px solid #c81e1e;background:#fdf1f1;padding:.6rem 1rem;margin:1rem 0}
.caution h2{border:0;margin:0 0 .3rem;font-size:1.1rem;color:#8b1010}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:bold;padding:.2rem 0}
th,td{border:1px solid #aaa;padding:.25rem .45rem;vertical-align:top;text-align:left}
thead th{background:#e8eef5}
td.n{text-align:right;font-variant-numeric:tabular-nums}
table.finding th{width:11rem;background:#f4f4f4;font-weight:600}
.note{color:#555;font-size:.9rem}
.badge{display:inline-block;padding:0 .45rem;border-radius:.3rem;color:#fff;font-size:.85rem}
article{border-top:1px solid #ddd;margin-top:1rem}
figure{margin:.4rem 0}
figure img{max-width:100%;height:auto;border:1px solid #999}
figcaption{font-size:.8rem;color:#555}
a{color:#1a4f8b}
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def anchor(text: str) -> str:
    """An id from ``text``: letters, digits, ``-`` and ``_`` kept."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "x"


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def table_html(table: PrintTable, numeric_from: int = 0) -> str:
    """``table`` with its caption and header cells; cells from column ``numeric_from`` on are
    right-aligned when they are numbers."""
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in table.headers)
    body = []
    for row in table.rows:
        cells = []
        for number, value in enumerate(row):
            numeric = numeric_from and number >= numeric_from and str(value).isdigit()
            if number == 0:
                cells.append(f'<th scope="row">{_e(value)}</th>')
            elif numeric:
                cells.append(f'<td class="n">{_e(value)}</td>')
            else:
                cells.append(f"<td>{_e(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f"<table><caption>{_e(table.title)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _link(url: str | None, text: str) -> str:
    if not url:
        return _e(text)
    return f'<a href="{_e(url)}">{_e(text)}</a>'


def _finding_html(view: FindingView, data: ReportData, images: Mapping[int, bytes]) -> str:
    colour = STATUS_COLOURS.get(view.status, "#555555")
    heading_id = f"finding-{view.number}"
    rows = []
    for label, text in view.rows:
        if view.url and label == data.texts["citation"]:
            cell = _link(view.url, view.url)
            cell = cell if text == view.url else f"{_e(text)}<br>{cell}"
        else:
            cell = _e(text)
        rows.append(f'<tr><th scope="row">{_e(label)}</th><td>{cell}</td></tr>')
    png = images.get(view.number)
    if png:
        alt = data.texts["map_extract"].format(heading=view.heading)
        figure = (
            f'<figure><img src="{data_uri(png)}" alt="{_e(alt)}">'
            f"<figcaption>{_e(data.texts['legend'])}</figcaption></figure>"
        )
    else:
        figure = f'<p class="note">{_e(data.texts["no_evidence"])}</p>'
    return (
        f'<article aria-labelledby="{heading_id}"><h3 id="{heading_id}">{_e(view.heading)} '
        f'<span class="badge" style="background:{colour}">{_e(view.status_label)}</span></h3>'
        f'<table class="finding"><tbody>{"".join(rows)}</tbody></table>{figure}</article>'
    )


def _section_html(section: RuleSection, data: ReportData, images: Mapping[int, bytes]) -> str:
    section_id = f"rule-{anchor(section.rule_id)}"
    parts = [
        f'<section class="rule" id="{section_id}" aria-labelledby="{section_id}-h">',
        f'<h2 id="{section_id}-h">{_e(section.heading)}</h2>',
        f'<p class="subtitle">{_e(section.relation)} — {_link(section.url, section.citation)}</p>',
    ]
    if section.findings:
        parts.extend(_finding_html(view, data, images) for view in section.findings)
    else:
        parts.append(f'<p class="note">{_e(data.texts["no_finding"])}</p>')
    parts.append("</section>")
    return "".join(parts)


def to_html(data: ReportData, images: Mapping[int, bytes] | None = None) -> str:
    """The whole report; ``images``: finding number -> PNG bytes of its map extract."""
    images = images or {}
    subtitle = "".join(f'<p class="subtitle">{_e(line)}</p>' for line in data.subtitle)
    sections = "\n".join(_section_html(s, data, images) for s in data.sections)
    return f"""<!DOCTYPE html>
<html lang="{_e(data.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(data.title)}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header><h1>{_e(data.title)}</h1>{subtitle}</header>
<aside class="caution" aria-labelledby="caution-h"><h2 id="caution-h">{_e(data.caution_title)}</h2>
<p>{_e(data.caution)}</p></aside>
<h2>{_e(data.rules_title)}</h2>
{table_html(data.rule_table, numeric_from=3)}
<p class="note">{_e(data.counting_note)}</p>
<h2>{_e(data.communes_title)}</h2>
{table_html(data.commune_table, numeric_from=1)}
<h2>{_e(data.findings_title)}</h2>
{sections}
</main>
</body>
</html>
"""


def write_html(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file: nothing half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
