"""IGN OCS GE (v2) for the artificialisation metric: nomenclature guard, matrix, stocks and flows.

Pure logic (no QGIS): the geometric overlay of OCS GE polygons with communes lives in
``aula_plugin/gis/overlay.py``; this module gets numpy arrays of areas (m², EPSG:2154) and commune
indices and does the rest.

* Nomenclature tag from a layer's schema: ``ocsge_v2`` (``code_cs``/``code_us``) or ``ocs2d_hdf``
  (Geo2France OCS2D, ``csYY``/``usYY``), which looks alike but means something else and is refused
  (ZAN.md §5, checks C16 and C26).
* Field-name variants (``CODE_CS``, ``couverture``, ``usage``, the ``diif`` typo) normalised.
* Artificialised status from IGN's ``artif`` field (authoritative) or from the raw CS × US matrix
  (``resources/zan/ocsge_artif_matrix.csv``, an approximation of the décret 2023-1096 without
  thresholds, ZAN.md §4.3).
* Imperméabilisation = CS1.1.1.1 ∪ CS1.1.1.2 (categories 1° and 2°).
* Millésimes differ by département (62: 2018/2021, 80: 2017/2021): a millésime index per
  département and a coverage status per territory (ZAN.md §4.1, check C21).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..compat import pairwise, zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError

TAG_OCSGE = "ocsge_v2"
TAG_OCS2D = "ocs2d_hdf"

#: canonical field names of the IGN artificialisation product
CS, US, MILLESIME, ARTIF, CRIT_SEUIL = "code_cs", "code_us", "millesime", "artif", "crit_seuil"
#: lower-cased variants met in IGN deliveries, by canonical name
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    CS: ("code_cs", "couverture", "cs"),
    US: ("code_us", "usage", "us"),
    MILLESIME: ("millesime", "millésime", "annee", "year"),
    ARTIF: ("artif", "artificialisation_status"),
    CRIT_SEUIL: ("crit_seuil",),
}
#: values of the ``artif`` field
ARTIF_VALUES = {"artif": True, "non artif": False, "non-artif": False, "non_artif": False}
ARTIF_VALUES.update(
    {"1": True, "0": False, "true": True, "false": False, "oui": True, "non": False}
)

#: imperméabilisation: buildings (1°) and sealed non-built surfaces (2°)
SEALED_CS = ("CS1.1.1.1", "CS1.1.1.2")

#: coverage status of a territory by the millésimes of its départements (ZAN.md §4.1)
COMPLETE_UNIFORM = "complete-uniform"
COMPLETE_NOT_UNIFORM = "complete-not-uniform"
PARTIAL = "partial"
NONE = "none"

# the staged plugin folder (no .resolve(): a symlinked staging must stay inside it)
RESOURCES = Path(__file__).parents[2] / "resources" / "zan"
NOMENCLATURE_CSV = RESOURCES / "ocsge_nomenclature.csv"
MATRIX_CSV = RESOURCES / "ocsge_artif_matrix.csv"

_OCS2D_FIELD = re.compile(r"^(cs|us)(\d{2})$")
_YEAR = re.compile(r"(19|20)\d{2}")

# fmt: off
_NO_CODE_FIELDS = QT_TRANSLATE_NOOP("aula",
    "{layer}: no OCS GE code fields (code_cs and code_us, or couverture and usage) in {fields}")
_OCS2D_REFUSED = QT_TRANSLATE_NOOP("aula",
    "{layer}: this looks like the regional OCS2D Hauts-de-France (fields {fields}), not IGN's "
    "OCS GE: its codes look alike but mean something else (CS6 = herbaceous, US5.x = housing "
    "types). It is refused: give an OCS GE layer (code_cs, code_us)")
_MIXED_TAGS = QT_TRANSLATE_NOOP("aula",
    "Land-cover layers of different nomenclatures cannot be combined: {detail}")
_UNKNOWN_CODES = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: {count} value(s) are not OCS GE v2 codes, e.g. {examples}")
_OCS2D_CODES = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field}: codes {examples} are OCS2D Hauts-de-France codes (CS3 to CS6, "
    "US5.x, US7 do not exist in OCS GE): the regional OCS2D cannot be mixed with OCS GE")
_BAD_ARTIF = QT_TRANSLATE_NOOP("aula",
    "{layer}: field artif: value {value!r} is neither 'artif' nor 'non artif'")
NO_ARTIF_FIELD = QT_TRANSLATE_NOOP("aula",
    "{layer}: the IGN method needs the artif field of the OCS GE artificialisation product")
_NO_YEAR = QT_TRANSLATE_NOOP("aula",
    "{layer}: no millésime: no millesime field and no year in the layer name")
_BAD_YEAR = QT_TRANSLATE_NOOP("aula",
    "{layer}: field millesime: value {value!r} is not a year")
_BAD_MATRIX = QT_TRANSLATE_NOOP("aula",
    "{path}: line {line}: the artificialisation matrix is malformed ({detail})")
# fmt: on


# -- Schema: nomenclature tag and field names ------------------------------------------------------


def normalise_name(name: str) -> str:
    """Lower case, trimmed, with IGN's ``diif`` typo corrected to ``diff``."""
    return name.strip().lower().replace("diif", "diff")


def field_map(field_names: Iterable[str]) -> dict[str, str]:
    """Canonical name -> the field's name as spelled in the layer, for the fields found."""
    by_norm: dict[str, str] = {}
    for name in field_names:
        by_norm.setdefault(normalise_name(name), name)
    found: dict[str, str] = {}
    for canonical, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            if alias in by_norm:
                found[canonical] = by_norm[alias]
                break
    return found


def detect_tag(field_names: Iterable[str]) -> str | None:
    """``ocsge_v2`` when code_cs/code_us (or variants) exist, ``ocs2d_hdf`` for csYY/usYY."""
    names = list(field_names)
    normalised = {normalise_name(n) for n in names}
    found = field_map(names)
    if CS in found and US in found:
        return TAG_OCSGE
    kinds = {m.group(1) for n in normalised if (m := _OCS2D_FIELD.match(n))}
    if kinds == {"cs", "us"}:
        return TAG_OCS2D
    return None


def check_ocsge_schema(field_names: Sequence[str], layer: str) -> dict[str, str]:
    """The field map of an OCS GE layer; AulaError for OCS2D or a layer without code fields."""
    tag = detect_tag(field_names)
    if tag == TAG_OCS2D:
        ocs2d = sorted(n for n in field_names if _OCS2D_FIELD.match(normalise_name(n)))
        raise AulaError(_OCS2D_REFUSED, layer=layer, fields=", ".join(ocs2d[:6]))
    if tag is None:
        raise AulaError(_NO_CODE_FIELDS, layer=layer, fields=", ".join(field_names))
    return field_map(field_names)


def check_single_tag(tags: Mapping[str, str]) -> str:
    """The common tag of layers given as {layer: tag}; AulaError when they differ (C26)."""
    distinct = sorted(set(tags.values()))
    if len(distinct) > 1:
        detail = "; ".join(f"{layer} = {tag}" for layer, tag in sorted(tags.items()))
        raise AulaError(_MIXED_TAGS, detail=detail)
    return distinct[0] if distinct else TAG_OCSGE


# -- Nomenclature --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Nomenclature:
    """OCS GE v2 codes (with prefixes, e.g. CS1.1.1.1, US235) and their map colours."""

    cs: dict[str, str]
    us: dict[str, str]
    labels: dict[str, str] = field(default_factory=dict)


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    yield from csv.DictReader(lines)


def load_nomenclature(path: Path = NOMENCLATURE_CSV) -> Nomenclature:
    """Read the nomenclature shipped in resources/zan (kind, code, label, map_color)."""
    cs: dict[str, str] = {}
    us: dict[str, str] = {}
    labels: dict[str, str] = {}
    for row in _rows(path):
        target = cs if row["kind"] == "cs" else us
        target[row["code"]] = row["map_color"]
        labels[row["code"]] = row["label"]
    return Nomenclature(cs, us, labels)


def load_sparte_nomenclature(couverture_csv: Path, usage_csv: Path) -> Nomenclature:
    """Read sparte's seeds couverture.csv / usage.csv (columns code_prefix, map_color, ...)."""
    parts: list[dict[str, str]] = []
    labels: dict[str, str] = {}
    for path in (couverture_csv, usage_csv):
        colours: dict[str, str] = {}
        for row in _rows(path):
            colours[row["code_prefix"]] = row["map_color"]
            labels[row["code_prefix"]] = row.get("label_short", "")
        parts.append(colours)
    return Nomenclature(parts[0], parts[1], labels)


def clean_code(value: object, prefix: str) -> str | None:
    """'CS1.1.1.1', 'cs1.1.1.1', ' 1.1.1.1 ' -> 'CS1.1.1.1'; None for NULL or empty."""
    if value is None:
        return None
    text = str(value).strip().upper()
    if not text:
        return None
    if not text.startswith(prefix):
        text = prefix + text
    return text


def looks_ocs2d(code: str) -> bool:
    """OCS2D-only codes: CS3 to CS6 (e.g. CS6.3.0), US5.x (e.g. US5.2.1), US7."""
    return bool(re.match(r"^(CS[3-6](\.|$)|US5\.|US7(\.|$))", code))


def validate_codes(
    values: Iterable[str | None], kind: str, nomenclature: Nomenclature, layer: str, field_name: str
) -> None:
    """AulaError naming the layer and field when a code is not in the OCS GE v2 list."""
    known = nomenclature.cs if kind == "cs" else nomenclature.us
    unknown = sorted({v for v in values if v is not None and v not in known})
    if not unknown:
        return
    ocs2d = [code for code in unknown if looks_ocs2d(code)]
    if ocs2d:
        raise AulaError(_OCS2D_CODES, layer=layer, field=field_name, examples=", ".join(ocs2d[:5]))
    raise AulaError(
        _UNKNOWN_CODES,
        layer=layer,
        field=field_name,
        count=len(unknown),
        examples=", ".join(unknown[:5]),
    )


# -- Artificialised status ----------------------------------------------------------------------


def parse_artif(value: object, layer: str) -> bool:
    """IGN's artif field: 'artif' -> True, 'non artif' -> False (also 1/0)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        value = str(int(value))
    key = str(value).strip().lower() if value is not None else ""
    if key not in ARTIF_VALUES:
        raise AulaError(_BAD_ARTIF, layer=layer, value=value)
    return ARTIF_VALUES[key]


@dataclass(frozen=True)
class MatrixRule:
    rule: int
    cs: str
    us: str
    artif: bool
    category: str


def _matches(pattern: str, code: str | None) -> bool:
    if pattern == "*":
        return True
    if code is None:
        return False
    if pattern.endswith(".*"):
        base = pattern[:-2]
        return code == base or code.startswith(base + ".")
    return code == pattern


@dataclass(frozen=True)
class ArtifMatrix:
    """The raw CS × US matrix: ordered rules, the first match wins."""

    rules: tuple[MatrixRule, ...]
    version: str = ""

    def rule_for(self, cs: str | None, us: str | None) -> MatrixRule:
        for rule in self.rules:
            if _matches(rule.cs, cs) and _matches(rule.us, us):
                return rule
        return MatrixRule(0, "*", "*", False, "")

    def is_artif(self, cs: str | None, us: str | None) -> bool:
        return self.rule_for(cs, us).artif

    def classify(self, cs: Sequence[str | None], us: Sequence[str | None]) -> np.ndarray:
        """Boolean array: artificialised by the matrix, for parallel sequences of codes."""
        cache: dict[tuple[str | None, str | None], bool] = {}
        out = np.zeros(len(cs), dtype=bool)
        for i, pair in enumerate(zip_strict(cs, us)):
            status = cache.get(pair)
            if status is None:
                status = cache[pair] = self.is_artif(*pair)
            out[i] = status
        return out


def load_matrix(path: Path = MATRIX_CSV) -> ArtifMatrix:
    version = ""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") and "version:" in line:
                version = line.split("version:", 1)[1].split()[0]
    rules: list[MatrixRule] = []
    for line, row in enumerate(_rows(path), start=2):
        try:
            rules.append(
                MatrixRule(
                    int(row["rule"]),
                    row["code_cs"].strip(),
                    row["code_us"].strip(),
                    {"1": True, "0": False}[row["artif"].strip()],
                    row["category"],
                )
            )
        except (KeyError, ValueError, AttributeError) as exc:
            raise AulaError(_BAD_MATRIX, path=path.name, line=line, detail=exc) from None
    return ArtifMatrix(tuple(rules), version)


def is_sealed(cs: Sequence[str | None]) -> np.ndarray:
    """Imperméabilisation: CS1.1.1.1 (buildings) or CS1.1.1.2 (sealed non-built)."""
    return np.array([code in SEALED_CS for code in cs], dtype=bool)


# -- Millésimes and départements ----------------------------------------------------------------


def departement(insee: str) -> str:
    """'62041' -> '62', '80810' -> '80', '97105' -> '971', '2A004' -> '2A'."""
    insee = insee.strip()
    return insee[:3] if insee.startswith("97") else insee[:2]


def parse_year(value: object, layer: str) -> int:
    """2021, '2021', '2021-01-01', a QDate's ISO text -> 2021."""
    if isinstance(value, int) and 1900 < value < 2100:
        return value
    match = _YEAR.search(str(value)) if value is not None else None
    if not match:
        raise AulaError(_BAD_YEAR, layer=layer, value=value)
    return int(match.group(0))


def year_from_name(name: str, layer: str) -> int:
    match = _YEAR.search(name)
    if not match:
        raise AulaError(_NO_YEAR, layer=layer)
    return int(match.group(0))


@dataclass
class MillesimeIndex:
    """Millésimes observed per département: {dep: sorted years}."""

    years: dict[str, list[int]] = field(default_factory=dict)

    def add(self, dep: str, year: int) -> None:
        years = self.years.setdefault(dep, [])
        if year not in years:
            years.append(year)
            years.sort()

    def pairs(self, dep: str) -> list[tuple[int, int]]:
        """Consecutive millésime pairs of a département, e.g. [(2018, 2021)]."""
        years = self.years.get(dep, [])
        return list(pairwise(years))

    def coverage(self, deps: Iterable[str]) -> str:
        """complete-uniform, complete-not-uniform, partial or none for a set of départements."""
        deps = sorted(set(deps))
        covered = [dep for dep in deps if self.years.get(dep)]
        if not covered:
            return NONE
        if len(covered) < len(deps):
            return PARTIAL
        series = {tuple(self.years[dep]) for dep in covered}
        return COMPLETE_UNIFORM if len(series) == 1 else COMPLETE_NOT_UNIFORM


def territory_coverage(index: MillesimeIndex, deps: Sequence[str], covered: Sequence[bool]) -> str:
    """Coverage status of a territory from its communes' départements and coverage flags.

    ``covered[i]``: commune i is covered by every millésime of its département. Any uncovered
    commune makes the territory ``partial`` (``none`` if no commune is covered); otherwise the
    départements' millésimes decide between complete-uniform and complete-not-uniform.
    """
    if not any(covered):
        return NONE
    if not all(covered):
        return PARTIAL
    return index.coverage(deps)


# -- Stock and flow arithmetic -------------------------------------------------------------------


def sums_by_index(index: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Σ values per index 0..size-1 (np.bincount with float weights)."""
    if len(index) == 0:
        return np.zeros(size)
    return np.bincount(index, weights=values, minlength=size)[:size]


@dataclass
class Stock:
    """Per unit (commune or group): clipped area, artificialised and sealed areas, m²."""

    area_m2: np.ndarray
    artif_m2: np.ndarray
    sealed_m2: np.ndarray

    @property
    def artif_pct(self) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.area_m2 > 0, 100.0 * self.artif_m2 / self.area_m2, np.nan)


def stock(
    index: np.ndarray, area: np.ndarray, artif: np.ndarray, sealed: np.ndarray, size: int
) -> Stock:
    """Sums of clipped pieces per unit: ``index`` = unit of each piece, ``area`` in m²."""
    return Stock(
        sums_by_index(index, area, size),
        sums_by_index(index, area * artif, size),
        sums_by_index(index, area * sealed, size),
    )


@dataclass
class Flows:
    """Per unit, between two millésimes (m²): A⁺, A⁻, net = A⁺ − A⁻ and the stock check."""

    artificialisation_m2: np.ndarray
    renaturation_m2: np.ndarray
    stock_before_m2: np.ndarray
    stock_after_m2: np.ndarray

    @property
    def net_m2(self) -> np.ndarray:
        return self.artificialisation_m2 - self.renaturation_m2

    @property
    def stock_difference_m2(self) -> np.ndarray:
        return self.stock_after_m2 - self.stock_before_m2

    @property
    def gap_m2(self) -> np.ndarray:
        """net − (S(after) − S(before)): zero when both millésimes cover the same ground."""
        return self.net_m2 - self.stock_difference_m2


def flows(
    gained_index: np.ndarray,
    gained_area: np.ndarray,
    lost_index: np.ndarray,
    lost_area: np.ndarray,
    stock_before: np.ndarray,
    stock_after: np.ndarray,
    size: int,
) -> Flows:
    """Flows from the overlay pieces.

    ``gained``: pieces artificialised in the later millésime over non-artificialised ground of the
    earlier one (A⁺); ``lost``: pieces artificialised in the earlier one over non-artificialised
    ground of the later one (A⁻).
    """
    return Flows(
        sums_by_index(gained_index, gained_area, size),
        sums_by_index(lost_index, lost_area, size),
        stock_before,
        stock_after,
    )


#: tolerance of the net-flow check per commune (ZAN.md §6: 0.5 ha)
FLOW_CHECK_TOLERANCE_M2 = 5_000.0
