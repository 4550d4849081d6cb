"""Input adapters of CENTRA-1: activity points from the BPE, from SIRENE or from any point layer.

Every adapter turns rows (dicts of a layer's attributes plus ``_x``/``_y``, the point geometry in
EPSG:2154 metres or None) into one :class:`Activities` table and an :class:`AdapterReport`
(CENTRALITIES.md §2.1, §2.2 and §3.4 step 0):

* BPE (INSEE, *Base permanente des équipements*): ``TYPEQU`` mapped to a function with the
  versioned table ``resources/centralities/typequ_fonction_bpe<year>.csv``; coordinates from the
  geometry or ``LAMBERT_X``/``LAMBERT_Y``; ``QUALITE_XY`` *mauvaise* (> 500 m) and *non
  géolocalisé* dropped, *indéterminée* kept unless ``keep_undetermined=False``. The published file
  has no identifier: the ``id`` field is used when present, else ``DEPCOM_TYPEQU_X_Y`` (coordinates
  at 0.01 m), which depends neither on the row order nor on the file layout.
* SIRENE (geolocated establishments): NAF rev. 2 code mapped with
  ``resources/centralities/naf_fonction_rev2.csv`` (sub-class, then class, group, division);
  active establishments only; rows geocoded at commune level (``geo_type`` = municipality) or with
  ``geo_score`` below the minimum dropped; any nomenclature other than NAFRev2 refused.
* Generic: a function field holding C/S/E or the words commerce, service, équipement (English too;
  case- and accent-insensitive), optional type, id and big-box fields.

Field names are matched case-insensitively. Numbers written as text with a decimal comma are read.
Unknown codes raise an :class:`AulaError` listing every code with its count (most frequent first),
unless ``skip_unknown`` (then skipped and counted). Rows mapped to "X" (excluded activities) are
counted, never kept. Coordinates are snapped to 0.01 m; points of the same function within 1 m of
each other collapse into the first one in ``(source, source_id)`` order (``n_raw`` counts the rows);
the output is sorted by ``(source, source_id)``: every tie-break downstream relies on this order.

Pure Python + numpy (scipy for the duplicate search); no qgis.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..scipy_support import scipy_module

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]

FUNCTIONS = ("C", "S", "E")
EXCLUDED = "X"
DEDUP_DISTANCE_M = 1.0
SNAP_DECIMALS = 2  # coordinates snapped to 0.01 m

# resources/ beside core/ in the staged plugin; at the repository root in a checkout
_HERE = Path(__file__).resolve()
RESOURCE_DIRS = (
    _HERE.parents[2] / "resources" / "centralities",
    _HERE.parents[3] / "resources" / "centralities",
)
_MAPPING_PATTERNS = {
    "bpe": re.compile(r"^typequ_fonction_bpe(\w+)\.csv$"),
    "naf": re.compile(r"^naf_fonction_(\w+)\.csv$"),
}

# keys of AdapterReport.dropped_quality
DROP_BAD_XY = "mauvaise"
DROP_NOT_GEOLOCATED = "non_geolocalise"
DROP_UNDETERMINED = "indeterminee"
DROP_CLOSED = "ferme"
DROP_LOW_SCORE = "score_geocodage"
DROP_MUNICIPALITY = "geocodage_commune"

# fmt: off
_DROP_MESSAGES = {
    DROP_BAD_XY: QT_TRANSLATE_NOOP("aula", "{n} points of bad location quality (> 500 m) dropped"),
    DROP_NOT_GEOLOCATED: QT_TRANSLATE_NOOP("aula", "{n} points not geolocated dropped"),
    DROP_UNDETERMINED: QT_TRANSLATE_NOOP("aula", "{n} points of undetermined quality dropped"),
    DROP_CLOSED: QT_TRANSLATE_NOOP("aula", "{n} closed establishments dropped"),
    DROP_LOW_SCORE: QT_TRANSLATE_NOOP("aula", "{n} points with a low geocoding score dropped"),
    DROP_MUNICIPALITY: QT_TRANSLATE_NOOP("aula", "{n} points geocoded at commune level dropped"),
}
_MSG_READ = QT_TRANSLATE_NOOP("aula", "{source}: {read} rows read, {kept} activities kept")
_MSG_NO_XY = QT_TRANSLATE_NOOP("aula", "{n} points without coordinates skipped")
_MSG_DUPLICATES = QT_TRANSLATE_NOOP("aula", "{n} duplicates merged")
_MSG_EXCLUDED = QT_TRANSLATE_NOOP("aula", "excluded activities: {codes}")
_MSG_UNKNOWN_SKIPPED = QT_TRANSLATE_NOOP("aula", "unknown codes skipped: {codes}")
_MSG_OTHER_DROP = QT_TRANSLATE_NOOP("aula", "{n} points dropped ({reason})")
_ERR_UNKNOWN = QT_TRANSLATE_NOOP(
    "aula",
    "{source}: unknown codes in field {field}: {codes}. Add them to the mapping table {table}"
    " or choose to skip unknown codes.")
_ERR_UNKNOWN_GENERIC = QT_TRANSLATE_NOOP(
    "aula",
    "{source}: unknown values in the function field {field}: {codes}. Expected C, S, E"
    " (commerce, service, équipement) or X (excluded), or choose to skip unknown values.")
_ERR_NOMENCLATURE = QT_TRANSLATE_NOOP(
    "aula",
    "SIRENE: activity codes in another nomenclature than NAF rev. 2: {codes}. Only NAFRev2"
    " codes can be mapped to functions.")
_ERR_MISSING_FIELD = QT_TRANSLATE_NOOP(
    "aula", "{source}: field {field} is missing (fields found: {fields}).")
_ERR_NO_MAPPING = QT_TRANSLATE_NOOP(
    "aula", "No {kind} mapping table of version {version} (available: {available}).")
_ERR_BAD_MAPPING = QT_TRANSLATE_NOOP(
    "aula", "Mapping table {table}, line {line}: {problem}")
# fmt: on


# ----------------------------------------------------------------------------------------------
# data classes


@dataclass
class Activities:
    """One row per activity point (all arrays of equal length), EPSG:2154 metres."""

    x: np.ndarray  # float64
    y: np.ndarray  # float64
    function: np.ndarray  # '<U1': "C" | "S" | "E"
    type_code: np.ndarray  # str: TYPEQU, NAF class "47.11", or the generic type value ("")
    source: np.ndarray  # str: "BPE" / "SIRENE" / layer name
    source_id: np.ndarray  # str: the source's own id (or a stable substitute)
    big_box: np.ndarray  # bool
    n_raw: np.ndarray  # int32: rows collapsed into this one

    def __len__(self) -> int:
        return int(self.x.shape[0])

    @classmethod
    def empty(cls) -> Activities:
        return _build([], [], [], [], [], [], [], [])

    def take(self, index: np.ndarray) -> Activities:
        """The rows at ``index`` (integer or boolean array), in that order."""
        return Activities(
            x=self.x[index],
            y=self.y[index],
            function=self.function[index],
            type_code=self.type_code[index],
            source=self.source[index],
            source_id=self.source_id[index],
            big_box=self.big_box[index],
            n_raw=self.n_raw[index],
        )


@dataclass
class AdapterReport:
    read: int = 0
    kept: int = 0
    no_coordinates: int = 0
    duplicates: int = 0
    dropped_quality: dict[str, int] = field(default_factory=dict)
    excluded: dict[str, int] = field(default_factory=dict)
    unknown_codes: dict[str, int] = field(default_factory=dict)
    vintage: str = ""
    source: str = ""

    def messages(self, tr: Callable[[str], str] | None = None) -> list[str]:
        """Lines for the log, translated by ``tr`` (the glue's translate function) if given."""
        t = tr or (lambda s: s)
        lines = [t(_MSG_READ).format(source=self.source or "?", read=self.read, kept=self.kept)]
        if self.no_coordinates:
            lines.append(t(_MSG_NO_XY).format(n=self.no_coordinates))
        for key, n in sorted(self.dropped_quality.items()):
            if not n:
                continue
            template = _DROP_MESSAGES.get(key)
            if template:
                lines.append(t(template).format(n=n))
            else:
                lines.append(t(_MSG_OTHER_DROP).format(n=n, reason=key))
        if self.excluded:
            lines.append(t(_MSG_EXCLUDED).format(codes=format_counts(self.excluded)))
        if self.unknown_codes:
            lines.append(t(_MSG_UNKNOWN_SKIPPED).format(codes=format_counts(self.unknown_codes)))
        if self.duplicates:
            lines.append(t(_MSG_DUPLICATES).format(n=self.duplicates))
        return lines


def format_counts(counts: dict[str, int], limit: int | None = None) -> str:
    """``"B999 (4), Z123 (1)"``: most frequent first, then by code; empty values shown as ``""``."""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if limit is not None and len(items) > limit:
        rest = sum(n for _, n in items[limit:])
        items = items[:limit] + [("…", rest)]
    return ", ".join(f"{code if code else chr(34) * 2} ({n})" for code, n in items)


# ----------------------------------------------------------------------------------------------
# mapping tables


@dataclass(frozen=True)
class MappingEntry:
    code: str
    label: str
    function: str  # C | S | E | X
    big_box: bool
    gamme: str = ""
    domain: str = ""


@dataclass
class Mapping:
    kind: str  # "bpe" | "naf"
    version: str
    table: str  # file name, for messages and the JSON sidecar
    entries: dict[str, MappingEntry]
    source: str = ""  # the "# source: ... ; version: ..." header line

    def lookup(self, code: str) -> MappingEntry | None:
        """The entry of ``code``; NAF codes fall back on class, group, then division."""
        entry = self.entries.get(code)
        if entry is not None or self.kind != "naf":
            return entry
        for key in _naf_parents(code):
            entry = self.entries.get(key)
            if entry is not None:
                return entry
        return None

    def label(self) -> str:
        return f"{self.table} ({self.version})"


def available_mappings(kind: str) -> dict[str, Path]:
    """Version → path of the shipped tables of ``kind`` ("bpe" or "naf")."""
    pattern = _MAPPING_PATTERNS[kind]
    found: dict[str, Path] = {}
    for folder in RESOURCE_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            match = pattern.match(path.name)
            if match and match.group(1) not in found:
                found[match.group(1)] = path
    return found


def load_mapping(kind: str, version: str | None = None, *, path: Path | None = None) -> Mapping:
    """Read a TYPEQU (``kind="bpe"``) or NAF (``kind="naf"``) → function table.

    ``version`` picks a shipped table ("2023" for BPE, "rev2" for NAF; default: the latest);
    ``path`` reads any table in the same layout instead.
    """
    if kind not in _MAPPING_PATTERNS:
        raise ValueError(f"unknown mapping kind {kind!r}")
    if path is None:
        tables = available_mappings(kind)
        if version is None and tables:
            version = max(tables)
        if version not in tables:
            raise AulaError(
                _ERR_NO_MAPPING,
                kind=kind,
                version=version,
                available=", ".join(sorted(tables)) or "-",
            )
        path = tables[version]
    path = Path(path)
    header_lines: list[str] = []
    data_lines: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            (header_lines if line.startswith("#") else data_lines).append(line)
    meta = _parse_header(header_lines)
    version = meta.get("version") or version
    key = "typequ" if kind == "bpe" else "naf"
    entries: dict[str, MappingEntry] = {}
    reader = csv.DictReader(data_lines)
    missing = {key, "fonction", "big_box"} - set(reader.fieldnames or [])
    if missing:
        raise AulaError(
            _ERR_BAD_MAPPING, table=path.name, line=1, problem="missing " + ", ".join(missing)
        )
    for number, row in enumerate(reader, start=len(header_lines) + 2):
        code = (row[key] or "").strip()
        code = (_normalise_naf(code) or code) if kind == "naf" else code.upper()
        function = (row["fonction"] or "").strip().upper()
        if not code or function not in (*FUNCTIONS, EXCLUDED):
            raise AulaError(
                _ERR_BAD_MAPPING,
                table=path.name,
                line=number,
                problem=f"code {code!r}, fonction {function!r}",
            )
        if code in entries:
            raise AulaError(
                _ERR_BAD_MAPPING, table=path.name, line=number, problem=f"duplicate {code}"
            )
        entries[code] = MappingEntry(
            code=code,
            label=(row.get("libelle") or "").strip(),
            function=function,
            big_box=_truthy(row.get("big_box")),
            gamme=(row.get("gamme") or "").strip(),
            domain=(row.get("domaine") or "").strip(),
        )
    return Mapping(
        kind=kind,
        version=version or "",
        table=path.name,
        entries=entries,
        source=meta.get("source", ""),
    )


def _parse_header(lines: list[str]) -> dict[str, str]:
    """``# source: X ; version: Y`` (any line, any order) → {"source": X, "version": Y}."""
    meta: dict[str, str] = {}
    for line in lines:
        for part in line.lstrip("#").split(";"):
            name, sep, value = part.partition(":")
            name = name.strip().lower()
            if sep and name in ("source", "version") and name not in meta:
                meta[name] = value.strip()
    return meta


_NAF_RE = re.compile(r"^(\d{2})\.?(\d)?(\d)?([A-Z])?$")


def _normalise_naf(code: str) -> str | None:
    """``"4711f"``, ``"47.11F"``, ``" 47.11 F"`` → ``"47.11F"``; divisions and groups kept short."""
    text = re.sub(r"\s+", "", code or "").upper()
    match = _NAF_RE.match(text)
    if not match:
        return None
    division, group, klass, sub = match.groups()
    if group is None:
        return division if sub is None else None
    if klass is None:
        return f"{division}.{group}" if sub is None else None
    return f"{division}.{group}{klass}{sub or ''}"


def _naf_parents(code: str) -> list[str]:
    """``"47.11F"`` → ``["47.11", "47.1", "47"]``."""
    parents = []
    if len(code) == 6:
        parents.append(code[:5])
    if len(code) >= 5:
        parents.append(code[:4])
    if len(code) >= 4:
        parents.append(code[:2])
    return parents


# ----------------------------------------------------------------------------------------------
# small readers


def _fold(text: Any) -> str:
    """Lower case, no accents, underscores and hyphens as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.replace("_", " ").replace("-", " ").split())


def _number(value: Any) -> float | None:
    """A finite float from a number or a text such as ``"652 345,6"``; else None."""
    if type(value) is float:  # the common case, first
        return value if math.isfinite(value) else None
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, np.integer, np.floating)):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def _truthy(value: Any) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return bool(value) and np.isfinite(value)
    return _fold(value) in ("1", "true", "vrai", "oui", "yes", "o", "y", "t", "x")


def _text(value: Any) -> str:
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _Fields:
    """Case-insensitive field lookup, resolved once from the first row's keys."""

    def __init__(self, keys: Iterable[str]):
        self.by_lower: dict[str, str] = {}
        for key in keys:
            self.by_lower.setdefault(str(key).lower(), key)
        self.names = [k for k in keys if not str(k).startswith("_")]

    def find(self, *names: str) -> str | None:
        for name in names:
            key = self.by_lower.get(name.lower())
            if key is not None:
                return key
        return None

    def require(self, source: str, *names: str) -> str:
        key = self.find(*names)
        if key is None:
            raise AulaError(
                _ERR_MISSING_FIELD,
                source=source,
                field=names[0],
                fields=", ".join(self.names) or "-",
            )
        return key


def _coordinates(row: dict, fx: str | None, fy: str | None) -> tuple[float, float] | None:
    x, y = _number(row.get("_x")), _number(row.get("_y"))
    if (x is None or y is None) and fx is not None and fy is not None:
        x, y = _number(row.get(fx)), _number(row.get(fy))
    if x is None or y is None:
        return None
    return round(x, SNAP_DECIMALS), round(y, SNAP_DECIMALS)


class _Collector:
    """Rows kept by an adapter, before dedup and sorting; with the report's counters."""

    def __init__(self, rows: Iterable[dict], source: str, progress, is_canceled):
        self.rows = rows
        self.total = len(rows) if hasattr(rows, "__len__") else None  # type: ignore[arg-type]
        self.progress = progress
        self.is_canceled = is_canceled
        self.report = AdapterReport(source=source)
        self.columns: tuple[list, ...] = ([], [], [], [], [], [], [])
        self.unknown: Counter[str] = Counter()
        self.excluded: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()

    def __iter__(self):
        for index, row in enumerate(self.rows):
            if index % 2000 == 0:
                if self.is_canceled is not None and self.is_canceled():
                    raise Cancelled()
                if self.progress is not None and self.total:
                    self.progress(0.9 * index / self.total)
            self.report.read += 1
            yield index, row

    def add(self, x, y, function, type_code, source, source_id, big_box) -> None:
        columns = self.columns
        columns[0].append(x)
        columns[1].append(y)
        columns[2].append(function)
        columns[3].append(type_code)
        columns[4].append(source)
        columns[5].append(source_id)
        columns[6].append(big_box)

    def finish(self, skip_unknown: bool, error: Callable[[str], AulaError]):
        if self.unknown and not skip_unknown:
            raise error(format_counts(dict(self.unknown), limit=50))
        report = self.report
        report.unknown_codes = dict(sorted(self.unknown.items()))
        report.excluded = dict(sorted(self.excluded.items()))
        report.dropped_quality = dict(sorted(self.dropped.items()))
        activities = _build(*self.columns, [1] * len(self.columns[0]))
        activities, report.duplicates = deduplicate(activities, self.is_canceled)
        report.kept = len(activities)
        if self.progress is not None:
            self.progress(1.0)
        return activities, report


def _build(x, y, function, type_code, source, source_id, big_box, n_raw) -> Activities:
    def strings(values) -> np.ndarray:
        return np.array(values, dtype=str) if len(values) else np.array([], dtype="<U1")

    return Activities(
        x=np.asarray(x, dtype=np.float64).reshape(-1),
        y=np.asarray(y, dtype=np.float64).reshape(-1),
        function=np.asarray(function, dtype="<U1").reshape(-1),
        type_code=strings(type_code),
        source=strings(source),
        source_id=strings(source_id),
        big_box=np.asarray(big_box, dtype=bool).reshape(-1),
        n_raw=np.asarray(n_raw, dtype=np.int32).reshape(-1),
    )


# ----------------------------------------------------------------------------------------------
# ordering and dedup


def sort_activities(activities: Activities) -> Activities:
    """Sorted by (source, source_id), then function, x, y for equal ids (stable, total order)."""
    if len(activities) == 0:
        return activities
    order = np.lexsort(
        (
            activities.type_code,
            activities.y,
            activities.x,
            activities.function,
            activities.source_id,
            activities.source,
        )
    )
    return activities.take(order)


def deduplicate(
    activities: Activities, is_canceled: IsCanceled | None = None
) -> tuple[Activities, int]:
    """Sort, then collapse points of the same function within 1 m (chains included) into the
    first of their group in (source, source_id) order; ``n_raw`` adds up. → (activities, merged)."""
    activities = sort_activities(activities)
    n = len(activities)
    if n < 2:
        return activities, 0
    coo_matrix = scipy_module("scipy.sparse").coo_matrix
    connected_components = scipy_module("scipy.sparse.csgraph").connected_components
    cKDTree = scipy_module("scipy.spatial").cKDTree  # noqa: N806
    pairs = []
    for function in np.unique(activities.function):
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        idx = np.flatnonzero(activities.function == function)
        if idx.size < 2:
            continue
        tree = cKDTree(np.column_stack((activities.x[idx], activities.y[idx])))
        found = tree.query_pairs(DEDUP_DISTANCE_M + 1e-6, output_type="ndarray")
        if found.size:
            pairs.append(idx[found])
    if not pairs:
        return activities, 0
    edges = np.concatenate(pairs)
    graph = coo_matrix((np.ones(len(edges), dtype=np.int8), (edges[:, 0], edges[:, 1])), (n, n))
    _, labels = connected_components(graph, directed=False)
    # the representative of each group is its first row in sorted order
    first = np.full(labels.max() + 1, n, dtype=np.int64)
    np.minimum.at(first, labels, np.arange(n))
    keep = first[labels] == np.arange(n)
    counts = np.bincount(labels, weights=activities.n_raw).astype(np.int32)
    result = activities.take(np.flatnonzero(keep))
    result.n_raw = counts[labels[keep]]
    return result, n - int(keep.sum())


def concat(*parts: Activities) -> Activities:
    """Several sources in one table, sorted by (source, source_id) (no cross-source dedup)."""
    if not parts:
        return Activities.empty()
    merged = _build(
        *(np.concatenate([getattr(p, name) for p in parts]) for name in _COLUMNS[:7]),
        np.concatenate([p.n_raw for p in parts]),
    )
    return sort_activities(merged)


_COLUMNS = ("x", "y", "function", "type_code", "source", "source_id", "big_box", "n_raw")


# ----------------------------------------------------------------------------------------------
# BPE


def _bpe_quality(value: Any) -> str | None:
    """The drop reason of a QUALITE_XY value, or None for bonne/acceptable."""
    text = _fold(value)
    if text in ("bonne", "acceptable", "b", "a"):
        return None
    if "mauvais" in text or text == "m":
        return DROP_BAD_XY
    if "non geolocalise" in text or "non geoloc" in text:
        return DROP_NOT_GEOLOCATED
    return DROP_UNDETERMINED  # "indéterminée", empty or unknown wording


def from_bpe(
    rows: Iterable[dict],
    *,
    mapping: Mapping | None = None,
    keep_undetermined: bool = True,
    skip_unknown: bool = False,
    source: str = "BPE",
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> tuple[Activities, AdapterReport]:
    """Activities from rows of the geolocated BPE file (or a layer read from it)."""
    mapping = mapping or load_mapping("bpe")
    collector = _Collector(rows, source, progress, is_canceled)
    fields = None
    vintages: Counter[str] = Counter()
    qualities: dict[Any, str | None] = {}
    for _index, row in collector:
        if fields is None:
            fields = _Fields(row.keys())
            f_type = fields.require(source, "TYPEQU")
            f_x = fields.find("LAMBERT_X", "X")
            f_y = fields.find("LAMBERT_Y", "Y")
            f_quality = fields.find("QUALITE_XY", "QUALITE")
            f_depcom = fields.find("DEPCOM", "CODGEO", "INSEE_COM")
            f_year = fields.find("AN", "ANNEE")
            f_id = fields.find("id", "ID_EQUIPEMENT", "IDENTIFIANT")
        if f_quality is not None:
            raw_quality = row.get(f_quality)
            if raw_quality not in qualities:
                qualities[raw_quality] = _bpe_quality(raw_quality)
            reason = qualities[raw_quality]
            if reason is not None and not (reason == DROP_UNDETERMINED and keep_undetermined):
                collector.dropped[reason] += 1
                continue
        xy = _coordinates(row, f_x, f_y)
        if xy is None:
            collector.report.no_coordinates += 1
            continue
        code = _text(row.get(f_type)).upper()
        entry = mapping.lookup(code)
        if entry is None:
            collector.unknown[code] += 1
            continue
        if entry.function == EXCLUDED:
            collector.excluded[code] += 1
            continue
        if f_year is not None and _text(row.get(f_year)):
            vintages[_text(row.get(f_year))] += 1
        source_id = _text(row.get(f_id)) if f_id is not None else ""
        if not source_id:
            depcom = _text(row.get(f_depcom)) if f_depcom is not None else ""
            source_id = f"{depcom}_{code}_{xy[0]:.2f}_{xy[1]:.2f}"
        collector.add(xy[0], xy[1], entry.function, code, source, source_id, entry.big_box)
    activities, report = collector.finish(
        skip_unknown,
        lambda codes: AulaError(
            _ERR_UNKNOWN, source=source, field="TYPEQU", codes=codes, table=mapping.label()
        ),
    )
    years = ", ".join(sorted(vintages)) or mapping.version
    report.vintage = f"BPE {years}" if years else "BPE"
    return activities, report


# ----------------------------------------------------------------------------------------------
# SIRENE


def from_sirene(
    rows: Iterable[dict],
    *,
    mapping: Mapping | None = None,
    min_geo_score: float = 0.6,
    skip_unknown: bool = False,
    source: str = "SIRENE",
    vintage: str = "",
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> tuple[Activities, AdapterReport]:
    """Activities from geolocated SIRENE establishments (NAF rev. 2)."""
    mapping = mapping or load_mapping("naf")
    collector = _Collector(rows, source, progress, is_canceled)
    fields = None
    other_nomenclatures: Counter[str] = Counter()
    for _index, row in collector:
        if fields is None:
            fields = _Fields(row.keys())
            f_naf = fields.require(source, "activitePrincipaleEtablissement", "APET700", "naf")
            f_nom = fields.find("nomenclatureActivitePrincipaleEtablissement")
            f_state = fields.find("etatAdministratifEtablissement")
            f_id = fields.find("siret")
            f_x = fields.find("coordonneeLambertAbscisseEtablissement", "x")
            f_y = fields.find("coordonneeLambertOrdonneeEtablissement", "y")
            f_score = fields.find("geo_score")
            f_geotype = fields.find("geo_type")
        if f_state is not None and _text(row.get(f_state)).upper() not in ("A", ""):
            collector.dropped[DROP_CLOSED] += 1
            continue
        if f_nom is not None:
            nomenclature = _text(row.get(f_nom))
            if nomenclature and _fold(nomenclature).replace(" ", "") != "nafrev2":
                other_nomenclatures[nomenclature] += 1
                continue
        if f_geotype is not None and _fold(row.get(f_geotype)) == "municipality":
            collector.dropped[DROP_MUNICIPALITY] += 1
            continue
        if f_score is not None:
            score = _number(row.get(f_score))
            if score is not None and score < min_geo_score:
                collector.dropped[DROP_LOW_SCORE] += 1
                continue
        xy = _coordinates(row, f_x, f_y)
        if xy is None:
            collector.report.no_coordinates += 1
            continue
        raw = _text(row.get(f_naf))
        code = _normalise_naf(raw)
        entry = mapping.lookup(code) if code and len(code) == 6 else None
        if entry is None:
            collector.unknown[code or raw] += 1
            continue
        if entry.function == EXCLUDED:
            collector.excluded[code] += 1
            continue
        source_id = _text(row.get(f_id)) if f_id is not None else ""
        if not source_id:
            source_id = f"{code}_{xy[0]:.2f}_{xy[1]:.2f}"
        collector.add(xy[0], xy[1], entry.function, code[:5], source, source_id, entry.big_box)
    if other_nomenclatures:
        raise AulaError(_ERR_NOMENCLATURE, codes=format_counts(dict(other_nomenclatures)))
    activities, report = collector.finish(
        skip_unknown,
        lambda codes: AulaError(
            _ERR_UNKNOWN,
            source=source,
            field="activitePrincipaleEtablissement",
            codes=codes,
            table=mapping.label(),
        ),
    )
    report.vintage = f"SIRENE {vintage}".strip()
    return activities, report


# ----------------------------------------------------------------------------------------------
# generic point layer

_FUNCTION_WORDS = {
    "C": ("c", "commerce", "commerces", "commercial", "shop", "shops", "retail"),
    "S": ("s", "service", "services"),
    "E": (
        "e",
        "equipement",
        "equipements",
        "equipment",
        "equipments",
        "facility",
        "facilities",
        "equipement public",
        "equipements publics",
    ),
    "X": ("x", "exclu", "exclus", "excluded", "exclue", "exclues"),
}
_WORD_TO_FUNCTION = {word: f for f, words in _FUNCTION_WORDS.items() for word in words}


def function_from_word(value: Any) -> str | None:
    """ "Commerce", "services", "Équipement", "facility", "S" … → "C" | "S" | "E" | "X" | None."""
    return _WORD_TO_FUNCTION.get(_fold(value))


def from_generic(
    rows: Iterable[dict],
    *,
    function_field: str,
    type_field: str | None = None,
    id_field: str | None = None,
    big_box_field: str | None = None,
    source: str = "",
    vintage: str = "",
    skip_unknown: bool = False,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> tuple[Activities, AdapterReport]:
    """Activities from any point layer with a function field (C/S/E or words).

    Rows without ``id_field`` should carry the feature id as ``_fid``; ``source`` is the layer
    name. Without an id at all, ``TYPE_X_Y`` (0.01 m) stands in for it.
    """
    source = source or "points"
    collector = _Collector(rows, source, progress, is_canceled)
    fields = None
    for _index, row in collector:
        if fields is None:
            fields = _Fields(row.keys())
            f_function = fields.require(source, function_field)
            f_type = fields.require(source, type_field) if type_field else None
            f_id = fields.require(source, id_field) if id_field else None
            f_big = fields.require(source, big_box_field) if big_box_field else None
        xy = _coordinates(row, None, None)
        if xy is None:
            collector.report.no_coordinates += 1
            continue
        raw = _text(row.get(f_function))
        function = function_from_word(raw)
        if function is None:
            collector.unknown[raw] += 1
            continue
        type_code = _text(row.get(f_type)) if f_type is not None else ""
        if function == EXCLUDED:
            collector.excluded[type_code or raw] += 1
            continue
        source_id = _text(row.get(f_id if f_id is not None else "_fid"))
        if not source_id:
            source_id = f"{type_code}_{xy[0]:.2f}_{xy[1]:.2f}"
        big_box = _truthy(row.get(f_big)) if f_big is not None else False
        collector.add(xy[0], xy[1], function, type_code, source, source_id, big_box)
    activities, report = collector.finish(
        skip_unknown,
        lambda codes: AulaError(
            _ERR_UNKNOWN_GENERIC, source=source, field=function_field, codes=codes
        ),
    )
    report.vintage = vintage
    return activities, report
