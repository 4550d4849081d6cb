"""Writers of the triennial report: CSV of the figures, editable ODT draft, HTML for the PDF.

Pure Python (no qgis): the ODT (OpenDocument Text, opened by LibreOffice and Microsoft Word) is
written by hand with :mod:`zipfile`: ``mimetype`` first and stored uncompressed, then
``META-INF/manifest.xml``, ``content.xml``, ``styles.xml``, ``meta.xml`` and the charts under
``Pictures/``. The HTML is the body of the QGIS print layout that makes the PDF.

Every writer writes to a temporary file next to the target and renames it at the end, so an error
leaves no half-written file.
"""

from __future__ import annotations

import csv
import html
import os
import struct
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .report import FigureRef, FigureValue, Paragraph, Report, Table

CSV_FIELDS = ("section", "label", "value", "unit", "source")
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """Yield a temporary path; rename it to ``path`` on success, remove it on error."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def write_csv(report: Report, path: Path) -> Path:
    """One row per figure shown: section, label, value (unrounded, '.' decimals), unit, source.

    UTF-8, comma-separated, with a header; an empty value is a figure shown as unavailable.
    """
    with _atomic(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_FIELDS)
        for fig in report.figures:
            writer.writerow([fig.section, fig.label, _csv_value(fig.value), fig.unit, fig.source])
    return Path(path)


def read_csv(path: Path) -> list[FigureValue]:
    """The figures of a CSV written by :func:`write_csv` (values as text)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return [
            FigureValue(r["section"], r["label"], r["value"], r["unit"], r["source"])
            for r in csv.DictReader(handle)
        ]


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) in pixels read from a PNG header."""
    with Path(path).open("rb") as handle:
        head = handle.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG file")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


# -- ODT ------------------------------------------------------------------------------------------

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'office:version="1.2"'
)

_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ns}>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"
   style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"
    fo:language="fr" fo:country="FR"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"
    fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"
   style:class="chapter">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f3b5c"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard"
   style:class="chapter">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
   <style:text-properties fo:font-size="13pt" fo:color="#1f3b5c"/>
  </style:style>
  <style:style style:name="Stamp" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#c00000"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Standard" style:next-style-name="Standard"
   style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"
    fo:keep-with-next="always" fo:text-align="start"/>
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#1f3b5c"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
   style:parent-style-name="Standard" style:next-style-name="Standard"
   style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm"
    fo:keep-with-next="always" fo:text-align="start"/>
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f3b5c"/>
  </style:style>
  <style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="9pt" fo:font-style="italic" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Warning" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:background-color="#fde9e7" fo:padding="0.15cm"
    fo:border="0.5pt solid #c00000"/>
   <style:text-properties fo:font-weight="bold" fo:color="#a00000"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"
   style:class="extra">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.15cm"
    fo:keep-with-next="always" fo:text-align="start"/>
   <style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="FigureCaption" style:family="paragraph"
   style:parent-style-name="Caption" style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:keep-with-next="auto"
    fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents"
   style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="start"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Number" style:display-name="Table Number"
   style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading"
   style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"
   style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#c00000"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm"
    fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm"
    fo:margin-bottom="0.3cm"/></style:header-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">{header}</style:master-page>
 </office:master-styles>
</office:document-styles>
"""

_MANIFEST_ENTRY = ' <manifest:file-entry manifest:full-path="{path}" manifest:media-type="{type}"/>'


def _odt_paragraph(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _odt_table(table: Table, index: int) -> str:
    name = f"Tableau{index}"
    ncols = len(table.header)
    out = [_odt_paragraph(table.caption, "Caption")]
    out.append(f'<table:table table:name="{name}" table:style-name="{name}">')
    out.append(f'<table:table-column table:number-columns-repeated="{ncols}"/>')
    out.append("<table:table-header-rows><table:table-row>")
    for cell in table.header:
        out.append(
            '<table:table-cell table:style-name="CellHead" office:value-type="string">'
            + _odt_paragraph(cell, "Table_20_Heading")
            + "</table:table-cell>"
        )
    out.append("</table:table-row></table:table-header-rows>")
    for row in table.rows:
        out.append("<table:table-row>")
        for col, cell in enumerate(row):
            style = "Table_20_Number" if table.align[col] == "right" else "Table_20_Contents"
            out.append(
                '<table:table-cell table:style-name="Cell" office:value-type="string">'
                + _odt_paragraph(cell, style)
                + "</table:table-cell>"
            )
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def _odt_figure(ref: FigureRef, image: Path | None, index: int) -> str:
    if image is None:
        return _odt_paragraph(ref.caption + " (graphique non produit)", "Note")
    width_px, height_px = png_size(image)
    width_cm = 16.5
    height_cm = width_cm * height_px / width_px
    frame = (
        f'<draw:frame draw:style-name="Image" draw:name="Figure{index}" '
        f'text:anchor-type="as-char" svg:width="{width_cm:.2f}cm" svg:height="{height_cm:.2f}cm">'
        f'<draw:image xlink:href="Pictures/{image.name}" xlink:type="simple" '
        'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>'
    )
    # caption below the chart, so a page break never separates them
    return f'<text:p text:style-name="Figure">{frame}</text:p>' + _odt_paragraph(
        ref.caption, "FigureCaption"
    )


def _odt_content(report: Report, images: Mapping[str, Path]) -> str:
    body: list[str] = [_odt_paragraph(report.title, "Title")]
    body.append(_odt_paragraph(report.subtitle, "Subtitle"))
    if report.stamp:
        body.append(_odt_paragraph(report.stamp, "Stamp"))
    tables = figures = 0
    for section in report.sections:
        level = section.level
        body.append(
            f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f"{escape(section.title)}</text:h>"
        )
        for block in section.blocks:
            if isinstance(block, Paragraph):
                style = {"note": "Note", "warning": "Warning"}.get(block.style, "Standard")
                body.append(_odt_paragraph(block.text, style))
            elif isinstance(block, Table):
                tables += 1
                body.append(_odt_table(block, tables))
            elif isinstance(block, FigureRef):
                figures += 1
                body.append(_odt_figure(block, images.get(block.key), figures))
    table_styles = "".join(
        f'<style:style style:name="Tableau{i}" style:family="table">'
        '<style:table-properties style:width="17cm" table:align="margins" '
        'fo:margin-bottom="0.3cm"/></style:style>'
        for i in range(1, tables + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-content {_NS}><office:automatic-styles>"
        f"{table_styles}"
        '<style:style style:name="Cell" style:family="table-cell">'
        '<style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #999999"/>'
        "</style:style>"
        '<style:style style:name="CellHead" style:family="table-cell">'
        '<style:table-cell-properties fo:padding="0.06cm" fo:background-color="#dde6f0" '
        'fo:border="0.5pt solid #999999"/></style:style>'
        '<style:style style:name="Figure" style:family="paragraph" '
        'style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" '
        'fo:keep-with-next="always"/>'
        "</style:style>"
        '<style:style style:name="Image" style:family="graphic"><style:graphic-properties '
        'style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>'
        "</office:automatic-styles><office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )


def write_odt(report: Report, path: Path, images: Mapping[str, Path] | None = None) -> Path:
    """The editable draft as OpenDocument Text, charts embedded (``images``: chart key -> PNG)."""
    images = {k: Path(v) for k, v in (images or {}).items() if v is not None}
    header = (
        f'<style:header><text:p text:style-name="Header">{escape(report.stamp)} — données '
        "synthétiques, ne pas utiliser pour une délibération</text:p></style:header>"
        if report.stamp
        else ""
    )
    manifest = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">',
        _MANIFEST_ENTRY.format(path="/", type=ODT_MIMETYPE).replace(
            "/>", ' manifest:version="1.2"/>'
        ),
        _MANIFEST_ENTRY.format(path="content.xml", type="text/xml"),
        _MANIFEST_ENTRY.format(path="styles.xml", type="text/xml"),
        _MANIFEST_ENTRY.format(path="meta.xml", type="text/xml"),
        *(
            _MANIFEST_ENTRY.format(path=f"Pictures/{p.name}", type="image/png")
            for p in images.values()
        ),
        "</manifest:manifest>",
    ]
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-meta {_NS}><office:meta>"
        f"<dc:title>{escape(report.title)} — {escape(report.subtitle)}</dc:title>"
        "<meta:generator>AULA Territoires (QGIS)</meta:generator>"
        "<dc:language>fr-FR</dc:language>"
        "</office:meta></office:document-meta>"
    )
    with _atomic(path) as tmp, zipfile.ZipFile(tmp, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        deflate = zipfile.ZIP_DEFLATED
        odt.writestr("META-INF/manifest.xml", "\n".join(manifest), compress_type=deflate)
        odt.writestr("content.xml", _odt_content(report, images), compress_type=deflate)
        odt.writestr("styles.xml", _STYLES.format(ns=_NS, header=header), compress_type=deflate)
        odt.writestr("meta.xml", meta, compress_type=deflate)
        for image in images.values():
            odt.write(image, f"Pictures/{image.name}", compress_type=zipfile.ZIP_STORED)
    return Path(path)


# -- HTML (body of the QGIS print layout) --------------------------------------------------------

_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 10pt;
       color: #1a1a1a; margin: 0; }
h1.title { font-size: 19pt; color: #1f3b5c; text-align: center; margin: 0 0 4pt 0; }
p.subtitle { font-size: 12pt; color: #1f3b5c; text-align: center; margin: 0 0 10pt 0; }
p.stamp { font-size: 15pt; font-weight: bold; color: #c00000; text-align: center; }
h2 { font-size: 13pt; color: #1f3b5c; margin: 12pt 0 5pt 0; page-break-after: avoid; }
h3 { font-size: 11pt; color: #1f3b5c; margin: 8pt 0 4pt 0; page-break-after: avoid; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.note { font-size: 8.5pt; font-style: italic; color: #444; }
p.warning { font-weight: bold; color: #a00000; background: #fde9e7; border: 1px solid #c00000;
            padding: 3pt; }
p.caption { font-weight: bold; font-size: 9pt; margin-top: 6pt; page-break-after: avoid; }
p.figcaption { font-weight: bold; font-size: 9pt; margin: 2pt 0 8pt 0; text-align: center; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; font-size: 8.5pt; }
th { background: #dde6f0; border: 0.5pt solid #999; padding: 2pt 3pt; }
td { border: 0.5pt solid #999; padding: 2pt 3pt; }
td.r { text-align: right; white-space: nowrap; }
tr { page-break-inside: avoid; }
div.figure { text-align: center; page-break-inside: avoid; }
div.figure img { width: 100%; }
"""


def to_html(report: Report, images: Mapping[str, Path] | None = None) -> str:
    """A self-contained HTML page of the report; charts referenced by file URL."""
    images = {k: Path(v) for k, v in (images or {}).items() if v is not None}
    out = [
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">',
        f"<title>{html.escape(report.title)}</title><style>{_CSS}</style></head><body>",
        f'<h1 class="title">{html.escape(report.title)}</h1>',
        f'<p class="subtitle">{html.escape(report.subtitle)}</p>',
    ]
    if report.stamp:
        out.append(f'<p class="stamp">{html.escape(report.stamp)}</p>')
    for section in report.sections:
        tag = "h2" if section.level == 1 else "h3"
        out.append(f"<{tag}>{html.escape(section.title)}</{tag}>")
        for block in section.blocks:
            if isinstance(block, Paragraph):
                css = f' class="{block.style}"' if block.style != "normal" else ""
                out.append(f"<p{css}>{html.escape(block.text)}</p>")
            elif isinstance(block, Table):
                out.append(f'<p class="caption">{html.escape(block.caption)}</p><table><tr>')
                out += [f"<th>{html.escape(h)}</th>" for h in block.header]
                out.append("</tr>")
                for row in block.rows:
                    cells = [
                        f'<td class="r">{html.escape(c)}</td>'
                        if block.align[i] == "right"
                        else f"<td>{html.escape(c)}</td>"
                        for i, c in enumerate(row)
                    ]
                    out.append("<tr>" + "".join(cells) + "</tr>")
                out.append("</table>")
            elif isinstance(block, FigureRef):
                image = images.get(block.key)
                if image is None:
                    out.append('<p class="note">(graphique non produit)</p>')
                else:
                    src = quoteattr(image.resolve().as_uri())
                    out.append(f'<div class="figure"><img src={src}></div>')
                # caption below the chart, so a page break never separates them
                out.append(f'<p class="figcaption">{html.escape(block.caption)}</p>')
    out.append("</body></html>")
    return "\n".join(out)
