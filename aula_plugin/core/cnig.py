"""The CNIG standards the SCoT checks read: PLU/PLUi tables (ZONE_URBA, PRESCRIPTION_*, INFO_*,
DOC_URBA) and the PPR GeoPackage, their columns and code lists, the shapefile encodings real
deliveries come in, and the checks of a row against the standard.

Columns follow the validator models of the Géoportail de l'Urbanisme (IGNF/validator, model
``cnig_PLU_2017``: ``types/ZONE_URBA.json`` ...; v2024 adds ``FORMDOMI``, ``DESTOUI``/``DESTCDT``/
``DESTNON`` and ``INSEE`` for PLUi tables): a name, whether it is required, its maximum length and
its closed list of values or pattern. Extra columns prefixed ``LIB_`` are allowed by the standard;
any other unknown column is reported, never a reason to stop.

Encodings: a shapefile's ``.cpg`` names its encoding (``UTF-8``, ``1252``, and in real deliveries
``ISO 88591`` with a space); without one, the text is read as strict UTF-8, else Windows-1252,
and the choice is said. A ``.cpg`` the plugin does not know, or one the bytes contradict, stops the
import with a message naming the file.

Pure Python: no qgis, no PyQt, no GDAL.
"""

from __future__ import annotations

import codecs
import re
import struct
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import QT_TRANSLATE_NOOP, AulaError
from .zan.cerema import Note

# -- The tables ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = False
    max_length: int | None = None
    values: tuple[str, ...] = ()  # a closed list (enum)
    pattern: str = ""  # a regular expression the whole value matches


@dataclass(frozen=True)
class CnigTable:
    name: str  # as the standard writes it (ZONE_URBA)
    geometry: str  # "polygon", "line", "point" or "none"
    columns: tuple[Column, ...]
    target: str = ""  # the table written in the GeoPackage (lowercase)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name.upper()), None)

    @property
    def table_name(self) -> str:
        return self.target or self.name.lower()


TYPEZONE = ("U", "AUc", "AUs", "A", "N")
TYPEDOC = ("PLU", "PLUi", "POS", "CC", "PSMV")
DATE = r"\d{8}"  # YYYYMMDD
TWO_DIGITS = r"\d{2}"
INSEE_PATTERN = r"(\d{5}|2[AB]\d{3})"
_COMMON = (
    Column("NOMFIC", max_length=80),
    Column("URLFIC", max_length=254),
    Column("IDURBA", required=True, max_length=30),
    Column("DATVALID", pattern=DATE),
    Column("INSEE", pattern=INSEE_PATTERN),  # v2024, PLUi tables (confirm)
)
_ZONE = CnigTable(
    "ZONE_URBA",
    "polygon",
    (
        Column("LIBELLE", required=True, max_length=12),
        Column("LIBELONG", max_length=254),
        Column("TYPEZONE", required=True, values=TYPEZONE),
        Column("DESTDOMI", pattern=TWO_DIGITS),
        Column("FORMDOMI", max_length=4),
        Column("DESTOUI", max_length=254),
        Column("DESTCDT", max_length=254),
        Column("DESTNON", max_length=254),
        *_COMMON,
    ),
)


def _prescription(name: str, geometry: str) -> CnigTable:
    return CnigTable(
        name,
        geometry,
        (
            Column("LIBELLE", required=True, max_length=254),
            Column("TXT", max_length=10),
            Column("TYPEPSC", required=True, pattern=TWO_DIGITS),
            Column("STYPEPSC", required=True, pattern=TWO_DIGITS),
            Column("NATURE", max_length=254),
            *_COMMON,
        ),
    )


def _information(name: str, geometry: str) -> CnigTable:
    return CnigTable(
        name,
        geometry,
        (
            Column("LIBELLE", required=True, max_length=254),
            Column("TXT", max_length=10),
            Column("TYPEINF", required=True, pattern=TWO_DIGITS),
            Column("STYPEINF", required=True, pattern=TWO_DIGITS),
            *_COMMON,
        ),
    )


_DOC = CnigTable(
    "DOC_URBA",
    "none",
    (
        Column("IDURBA", required=True, max_length=30),
        Column("TYPEDOC", required=True, values=TYPEDOC),
        Column("ETAT", pattern=TWO_DIGITS),
        Column("NOMPROC", max_length=10),
        Column("DATAPPRO", required=True, pattern=DATE),
        Column("DATEFIN", pattern=DATE),
        Column("SIREN", pattern=r"\d{9}"),
        Column("NOMREG", max_length=80),
        Column("URLREG", max_length=254),
        Column("NOMPLAN", max_length=80),
        Column("URLPLAN", max_length=254),
        Column("SITEWEB", max_length=254),
        Column("TYPEREF", pattern=TWO_DIGITS),
        Column("DATEREF", max_length=8),
    ),
)

#: the CNIG PLU tables, in the order they are imported
PLU_TABLES: dict[str, CnigTable] = {
    t.name: t
    for t in (
        _DOC,
        _ZONE,
        _prescription("PRESCRIPTION_SURF", "polygon"),
        _prescription("PRESCRIPTION_LIN", "line"),
        _prescription("PRESCRIPTION_PCT", "point"),
        _information("INFO_SURF", "polygon"),
        _information("INFO_LIN", "line"),
        _information("INFO_PCT", "point"),
    )
}

#: ``typereglement`` of the PPR géostandard (red zones: 03 and 04)
TYPEREGLEMENT = ("01", "02", "03", "04", "05", "06")
RED_ZONES = ("03", "04")
#: the CNIG PPR tables: suffix of ``<typeppr>_<gaspar>_<suffix>`` -> model (columns lowercase)
PPR_TABLES: dict[str, CnigTable] = {
    t.name: t
    for t in (
        CnigTable(
            "zonereglementaireurba_s",
            "polygon",
            (
                Column("IDZONEREGLEMENTAIRE", required=True),
                Column("CODEPROCEDURE", required=True),
                Column("CODEZONEREGLEMENT", required=True),
                Column("LIBELLEZONEREGLEMENT"),
                Column("TYPEREGLEMENT", required=True, values=TYPEREGLEMENT),
                Column("OBLIGATIONTRAVAUX"),
            ),
            target="ppr_zonereglementaireurba_s",
        ),
        CnigTable(
            "zonereglementairefoncier_s",
            "polygon",
            (
                Column("IDZONEREGLEMENTAIRE", required=True),
                Column("CODEPROCEDURE", required=True),
                Column("CODEZONEREGLEMENT"),
                Column("LIBELLEZONEREGLEMENT"),
                Column("TYPEREGLEMENT", values=TYPEREGLEMENT),
            ),
            target="ppr_zonereglementairefoncier_s",
        ),
        CnigTable(
            "perimetre_s",
            "polygon",
            (
                Column("IDPERIMETRE"),
                Column("CODEPROCEDURE", required=True),
                Column("ETATPROCEDURE"),
                Column("DATEETAT"),
            ),
            target="ppr_perimetre_s",
        ),
        CnigTable(
            "procedure",
            "none",
            (
                Column("CODEPROCEDURE", required=True),
                Column("LIBELLEPROCEDURE"),
                Column("TYPEPROCEDURE"),
                Column("DATEAPPROBATION"),
            ),
            target="ppr_procedure",
        ),
        CnigTable(
            "referenceinternet",
            "none",
            (
                Column("CODEPROCEDURE", required=True),
                Column("ADRESSE"),
                Column("NOMRESSOURCE"),
                Column("TYPEREFERENCE"),
                Column("DESCRIPTION"),
            ),
            target="ppr_referenceinternet",
        ),
    )
}

_PLU_NAME = re.compile(
    r"^(?:(?P<code>\d{5}|2[AB]\d{3}|\d{9})_)?(?P<table>"
    + "|".join(PLU_TABLES)
    + r")(?:_(?P<date>\d{8}))?$",
    re.IGNORECASE,
)
_PPR_NAME = re.compile(
    r"^(?P<typeppr>[a-z]+)_(?P<gaspar>[0-9a-z]+)_(?P<table>" + "|".join(PPR_TABLES) + r")$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TableName:
    table: str  # the model's name (ZONE_URBA, zonereglementaireurba_s)
    code: str = ""  # INSEE or SIREN prefix, GASPAR code of a PPR
    date: str = ""  # DATAPPRO of the file name


def plu_table_name(stem: str) -> TableName | None:
    """``248000747_ZONE_URBA_20201109`` -> ZONE_URBA (names compared case-insensitively)."""
    match = _PLU_NAME.match(stem)
    if match is None:
        return None
    return TableName(match["table"].upper(), match["code"] or "", match["date"] or "")


def ppr_table_name(name: str) -> TableName | None:
    """``pprt_69dreal20090005_zonereglementaireurba_s`` -> zonereglementaireurba_s."""
    match = _PPR_NAME.match(name)
    if match is None:
        return None
    return TableName(match["table"].lower(), match["gaspar"], "")


# -- Encodings -------------------------------------------------------------------------------------

UTF8 = "UTF-8"
WINDOWS_1252 = "Windows-1252"
LATIN_1 = "ISO-8859-1"

# fmt: off
CPG_UNKNOWN = QT_TRANSLATE_NOOP("aula",
    "{file}: its .cpg names the encoding '{value}', which is not known: write UTF-8, 1252 or "
    "ISO-8859-1 in it (the encoding the table was saved in)")
CPG_CONTRADICTED = QT_TRANSLATE_NOOP("aula",
    "{file}: its .cpg says {encoding} but the text of field {field} (record {record}) is not "
    "{encoding}: correct the .cpg (UTF-8, 1252 or ISO-8859-1)")
CPG_LOOKS_UTF8 = QT_TRANSLATE_NOOP("aula",
    "{file}: its .cpg says {encoding} but its accented text reads as UTF-8: check the .cpg, the "
    "labels may show garbled accents")
READ_WITH_CPG = QT_TRANSLATE_NOOP("aula", "{file}: read as {encoding} (its .cpg)")
NO_CPG_UTF8 = QT_TRANSLATE_NOOP("aula",
    "{file}: no .cpg file: read as UTF-8 (every text is valid UTF-8)")
NO_CPG_1252 = QT_TRANSLATE_NOOP("aula",
    "{file}: no .cpg file and the text is not UTF-8 (field {field}, record {record}): read as "
    "Windows-1252; add a .cpg naming the encoding to be sure")
NOT_DBF = QT_TRANSLATE_NOOP("aula", "{file}: not a dBASE table (.dbf) ({problem})")
# fmt: on

#: .cpg contents (upper case, spaces, dashes and underscores removed) -> (codec, label)
_CPG = {
    "UTF8": ("utf-8", UTF8),
    "65001": ("utf-8", UTF8),
    "1252": ("cp1252", WINDOWS_1252),
    "CP1252": ("cp1252", WINDOWS_1252),
    "WINDOWS1252": ("cp1252", WINDOWS_1252),
    "ANSI1252": ("cp1252", WINDOWS_1252),
    "ANSI": ("cp1252", WINDOWS_1252),
    "88591": ("latin-1", LATIN_1),
    "ISO88591": ("latin-1", LATIN_1),
    "LATIN1": ("latin-1", LATIN_1),
    "28591": ("latin-1", LATIN_1),
    "885915": ("iso8859-15", "ISO-8859-15"),
    "ISO885915": ("iso8859-15", "ISO-8859-15"),
    "28605": ("iso8859-15", "ISO-8859-15"),
}


def cpg_codec(text: str, file: str = ".cpg") -> tuple[str, str]:
    """(Python codec, label) of a ``.cpg`` content; AulaError(CPG_UNKNOWN) when unknown."""
    value = text.strip().strip("\ufeff")
    key = re.sub(r"[\s_\-]", "", value).upper()
    if key in _CPG:
        return _CPG[key]
    try:  # any other name Python knows (e.g. "cp850")
        info = codecs.lookup(value)
    except (LookupError, ValueError):
        raise AulaError(CPG_UNKNOWN, file=file, value=value) from None
    return info.name, info.name.upper()


@dataclass(frozen=True)
class DbfField:
    name: str
    kind: str  # dBASE type letter (C, N, F, L, D, M)
    offset: int  # inside a record, after the deletion flag
    length: int


def dbf_fields(data: bytes, file: str = ".dbf") -> tuple[list[DbfField], int, int, int]:
    """(fields, record count, header length, record length) of a dBASE file's bytes."""
    try:
        count, header, record = struct.unpack("<IHH", data[4:12])
    except struct.error as exc:
        raise AulaError(NOT_DBF, file=file, problem=exc) from None
    fields: list[DbfField] = []
    offset = 0
    position = 32
    while position + 32 <= min(header, len(data)) and data[position] != 0x0D:
        raw = data[position : position + 32]
        name = raw[:11].split(b"\0")[0].decode("ascii", "replace").strip()
        fields.append(DbfField(name, chr(raw[11]), offset, raw[16]))
        offset += raw[16]
        position += 32
    if not fields or header > len(data) or record <= 0:
        raise AulaError(NOT_DBF, file=file, problem="header")
    return fields, count, header, record


def dbf_texts(data: bytes, file: str = ".dbf") -> Iterator[tuple[int, str, bytes]]:
    """(record number from 1, field name, raw bytes) of every non-ASCII character value."""
    fields, count, header, record = dbf_fields(data, file)
    texts = [f for f in fields if f.kind == "C"]
    for index in range(count):
        start = header + index * record + 1
        if start + record - 1 > len(data):
            break
        for text_field in texts:
            value = data[start + text_field.offset : start + text_field.offset + text_field.length]
            if any(b >= 0x80 for b in value):
                yield index + 1, text_field.name, value.rstrip(b" \0")


def _first_failure(texts: Sequence[tuple[int, str, bytes]], codec: str) -> tuple[int, str] | None:
    for record, name, value in texts:
        try:
            value.decode(codec)
        except UnicodeDecodeError:
            return record, name
    return None


@dataclass(frozen=True)
class Encoding:
    codec: str  # Python codec, also understood by GDAL's ENCODING open option
    label: str  # said to the user
    note: Note  # the log line saying which encoding was used and why


def shapefile_encoding(dbf: Path, cpg_text: str | None) -> Encoding:
    """The encoding of a shapefile's ``.dbf``: its ``.cpg`` (checked against the bytes), or
    without one strict UTF-8, else Windows-1252. AulaError for an unknown or contradicted .cpg."""
    try:
        data = Path(dbf).read_bytes()
    except OSError as exc:
        raise AulaError(NOT_DBF, file=Path(dbf).name, problem=exc.strerror or exc) from None
    name = Path(dbf).stem
    texts = list(dbf_texts(data, name))
    if cpg_text is not None:
        codec, label = cpg_codec(cpg_text, name + ".cpg")
        failure = _first_failure(texts, codec)
        if failure is not None:
            raise AulaError(
                CPG_CONTRADICTED, file=name, encoding=label, field=failure[1], record=failure[0]
            )
        utf8 = (
            texts
            and codecs.lookup(codec).name != "utf-8"
            and _first_failure(texts, "utf-8") is None
        )
        if utf8:
            return Encoding(
                codec, label, Note(CPG_LOOKS_UTF8, {"file": name, "encoding": label}, True)
            )
        return Encoding(codec, label, Note(READ_WITH_CPG, {"file": name, "encoding": label}))
    failure = _first_failure(texts, "utf-8")
    if failure is None:
        return Encoding("utf-8", UTF8, Note(NO_CPG_UTF8, {"file": name}, True))
    return Encoding(
        "cp1252",
        WINDOWS_1252,
        Note(NO_CPG_1252, {"file": name, "field": failure[1], "record": failure[0]}, True),
    )


# -- Checking rows against the standard ------------------------------------------------------

# fmt: off
MISSING_COLUMN = QT_TRANSLATE_NOOP("aula",
    "{layer}: the required field {field} is missing (CNIG standard {table})")
UNEXPECTED_COLUMN = QT_TRANSLATE_NOOP("aula",
    "{layer}: the field {field} is not in the CNIG standard {table} (kept as it is; extra fields "
    "should start with LIB_)")
EMPTY_REQUIRED = QT_TRANSLATE_NOOP("aula",
    "{layer}: the required field {field} is empty ({count} feature(s), e.g. feature {fid})")
NOT_IN_LIST = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: value '{value}' is not one of {allowed} ({count} feature(s), e.g. "
    "feature {fid})")
BAD_FORMAT = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: value '{value}' does not have the expected form {pattern} "
    "({count} feature(s), e.g. feature {fid})")
TOO_LONG = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: value '{value}' is longer than {max} characters ({count} "
    "feature(s), e.g. feature {fid})")
NOT_A_COMMUNE = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: code '{value}' is no commune (a département code ending in 000; "
    "{count} feature(s), e.g. feature {fid})")
# fmt: on


@dataclass(frozen=True)
class Issue:
    """One departure of a row from the standard: what the anomaly table stores."""

    layer: str
    fid: int
    field: str
    value: str
    kind: str  # missing_column, unexpected_column, empty, not_in_list, format, too_long, ...
    template: str
    extra: Mapping[str, Any] = field(default_factory=dict)


def check_columns(table: CnigTable, layer: str, names: Sequence[str]) -> list[Issue]:
    """Missing required columns and unknown columns (``LIB_*`` allowed) of a layer."""
    upper = {n.upper() for n in names}
    issues = [
        Issue(layer, 0, c.name, "", "missing_column", MISSING_COLUMN)
        for c in table.columns
        if c.required and c.name not in upper
    ]
    known = {c.name for c in table.columns}
    issues += [
        Issue(layer, 0, n, "", "unexpected_column", UNEXPECTED_COLUMN)
        for n in names
        if n.upper() not in known and not n.upper().startswith("LIB_")
    ]
    return issues


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def insee_code(value: Any) -> str:
    """A commune code as text of five characters (integers lose their leading zero: 2604 ->
    02604); '' for an empty value."""
    text = _text(value)
    return text.zfill(5) if text.isdigit() and len(text) < 5 else text


def check_row(table: CnigTable, layer: str, fid: int, row: Mapping[str, Any]) -> list[Issue]:
    """The departures of one row (keys: its field names, any case) from the standard."""
    values = {k.upper(): v for k, v in row.items()}
    issues = []
    for column in table.columns:
        if column.name not in values:
            continue
        text = _text(values[column.name])
        if column.name == "INSEE":
            text = insee_code(text)
        if not text:
            if column.required:
                issues.append(Issue(layer, fid, column.name, "", "empty", EMPTY_REQUIRED))
            continue
        if column.values and text not in column.values:
            allowed = ", ".join(column.values)
            issues.append(
                Issue(
                    layer, fid, column.name, text, "not_in_list", NOT_IN_LIST, {"allowed": allowed}
                )  # fmt: skip
            )
        elif column.pattern and not re.fullmatch(column.pattern, text):
            issues.append(
                Issue(
                    layer, fid, column.name, text, "format", BAD_FORMAT, {"pattern": column.pattern}
                )  # fmt: skip
            )
        elif column.max_length and len(text) > column.max_length:
            issues.append(
                Issue(
                    layer, fid, column.name, text, "too_long", TOO_LONG, {"max": column.max_length}
                )  # fmt: skip
            )
        elif column.name == "INSEE" and text.endswith("000"):
            issues.append(Issue(layer, fid, column.name, text, "not_a_commune", NOT_A_COMMUNE))
    return issues


def summarise(table: CnigTable, issues: Sequence[Issue]) -> list[Note]:
    """One warning per (layer, field, kind, value): the layer, the field and a value named, with
    how many features share it and the first one."""
    groups: dict[tuple[str, str, str, str], list[Issue]] = {}
    for issue in issues:
        groups.setdefault((issue.layer, issue.field, issue.kind, issue.value), []).append(issue)
    notes = []
    for (layer, name, _kind, value), members in groups.items():
        first = members[0]
        values = {
            "layer": layer,
            "field": name,
            "value": value,
            "count": len(members),
            "fid": first.fid,
            "table": table.name,
            **first.extra,
        }
        notes.append(Note(first.template, values, True))
    return notes
