"""The SCoT rule vocabulary and what a loaded rule file becomes.

A rule file (YAML, ``resources/scot/rules.schema.json``) names its reference layers (``sources``),
the layers it checks (``subjects``) and its rules. Each rule has a test from a closed vocabulary
(:data:`OPS`), a threshold with an optional warning band, scopes, a severity and a citation. No
free SQL: filters are QGIS expressions, parsed and checked against the layer's fields by the QGIS
glue; thresholds live in the rule file only (one exception: the ZAN budget read per commune from a
joined table through ``threshold.field``).

Reference layers can be AULA outputs exactly as written (:data:`AULA_OUTPUTS`,
:data:`KNOWN_TABLES`): their geometry is known here, so an area test against a line layer (the
corridors of ``aula:leastcostcorridors``) without ``buffer_m`` is refused when the rules load.

Pure Python (no qgis).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

# -- vocabulary ------------------------------------------------------------------------------------

COMPATIBILITE = "compatibilite"
CONFORMITE = "conformite"
PRISE_EN_COMPTE = "prise_en_compte"
INFORMATION = "information"
RELATIONS = (COMPATIBILITE, CONFORMITE, PRISE_EN_COMPTE, INFORMATION)

WITHIN = "within"
DISJOINT = "disjoint"
INTERSECTS = "intersects"
WITHIN_DISTANCE = "within_distance"
OVERLAP = "overlap"
DENSITY_RATIO = "density_ratio"
OUTSIDE_ENVELOPE = "outside_envelope_per_commune"
DISTANCE_TO_NEAREST = "distance_to_nearest"
OPS = (
    WITHIN,
    DISJOINT,
    INTERSECTS,
    WITHIN_DISTANCE,
    OVERLAP,
    DENSITY_RATIO,
    OUTSIDE_ENVELOPE,
    DISTANCE_TO_NEAREST,
)
#: tests measuring an area shared with (or outside) the reference: a line or point reference
#: needs ``buffer_m`` (never a silent 0 m² overlap)
AREA_OPS = (WITHIN, DISJOINT, INTERSECTS, OVERLAP, OUTSIDE_ENVELOPE)
#: tests whose measure is compared with a threshold the rule file must state
THRESHOLD_OPS = (OVERLAP, DENSITY_RATIO, OUTSIDE_ENVELOPE, DISTANCE_TO_NEAREST)

FEATURE = "feature"
COMMUNE = "commune"
EPCI = "epci"
SCOT = "scot"
SCOPES = (FEATURE, COMMUNE, EPCI, SCOT)

SEVERITY_FAIL = "fail"
SEVERITY_WARNING = "warning"  # the rule never gives more than a warning
SEVERITIES = (SEVERITY_FAIL, SEVERITY_WARNING)

LE, LT, GE, GT = "le", "lt", "ge", "gt"
COMPARATORS = (LE, LT, GE, GT)
COMPARATOR_SIGNS = {LE: "≤", LT: "<", GE: "≥", GT: ">"}

#: the subject geometry a test uses: the footprint, or its centroid (openADS style)
FOOTPRINT = "footprint"
CENTROID = "centroid"
TEST_GEOMETRIES = (FOOTPRINT, CENTROID)

OVERLAP_AREA = "area"
OVERLAP_RATIO = "ratio"

M2, HA, PCT, METRE, DWELLINGS_HA = "m2", "ha", "pct", "m", "lgt_ha"
UNITS = (M2, HA, PCT, METRE, DWELLINGS_HA)
#: decimals measures and thresholds are rounded to, per unit, before any comparison and in the
#: outputs (fixed rounding: deterministic findings, no 1e-10 m² overlaps from float noise)
UNIT_DECIMALS = {M2: 2, HA: 4, PCT: 2, METRE: 2, DWELLINGS_HA: 2}
UNIT_SYMBOLS = {M2: "m²", HA: "ha", PCT: "%", METRE: "m", DWELLINGS_HA: "lgt/ha"}

POLYGON, LINE, POINT, NO_GEOMETRY = "polygon", "line", "point", "none"
GEOMETRIES = (POLYGON, LINE, POINT, NO_GEOMETRY)

#: AULA outputs a source can point at, as their algorithm writes them: algorithm -> output ->
#: (geometry, key field)
AULA_OUTPUTS: dict[str, dict[str, tuple[str, str | None]]] = {
    "aula:centralities": {"OUTPUT": (POLYGON, "id"), "OUTPUT_POINTS": (POINT, None)},
    "aula:reservoirs": {"OUTPUT": (POLYGON, "id")},
    "aula:leastcostcorridors": {"OUTPUT": (LINE, "id"), "OUTPUT_GRAPH": (NO_GEOMETRY, None)},
    "aula:zantrajectory": {
        "OUTPUT": (NO_GEOMETRY, "territory"),
        "OUTPUT_YEARS": (NO_GEOMETRY, None),
    },
}
#: tables of the territory GeoPackage or its working copy a source can name: table -> geometry
KNOWN_TABLES: dict[str, str] = {
    "centralites_validees": POLYGON,
    "centralites": POLYGON,
    "tvb_res_reservoirs": POLYGON,
    "tvb_res_corridors": LINE,
    "commune": POLYGON,
    "epci": POLYGON,
}

#: QGIS expression functions refused in filters: side effects or expressions built from text
FORBIDDEN_FUNCTIONS = ("sqlite_fetch_and_increment", "eval", "eval_template")
#: keys that would carry SQL: refused with their own message (no free SQL)
SQL_KEYS = ("sql", "where", "query", "select")

#: the SUBJECTS parameter of the algorithm, when a subject names no layer
SUBJECTS_PARAMETER = "SUBJECTS"


# -- what a rule file becomes ----------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A reference layer: a file (``path`` + ``layer``), a table of the territory GeoPackage or its
    working copy (``table``), or an AULA output as written (``algorithm`` + ``output``)."""

    name: str
    kind: str  # "file", "table" or "aula_output"
    geometry: str | None  # declared, or known for AULA outputs and tables; None: checked later
    path: str | None = None
    layer: str | None = None
    table: str | None = None
    algorithm: str | None = None
    output: str | None = None
    filter: str | None = None
    key_field: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Subject:
    """A layer the rules check: ``layer`` names it among the algorithm's SUBJECTS input (layer or
    table name; None: the SUBJECTS layer). Its commune is ``commune_field``, or the feature of the
    source ``commune_source`` (polygons with a key_field) holding its centroid."""

    name: str
    layer: str | None = None
    filter: str | None = None
    id_field: str | None = None
    label_field: str | None = None
    commune_field: str | None = None
    epci_field: str | None = None
    commune_source: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Budget:
    """Where ``outside_envelope_per_commune`` reads each commune's budget: ``source`` joined on
    ``key_field`` (e.g. ``territory`` of aula:zantrajectory) = the subject's commune code."""

    source: str
    key_field: str


@dataclass(frozen=True)
class Test:
    """A test of the closed vocabulary and its options (None: not used by this op)."""

    op: str
    against: str | None = None
    geometry: str = FOOTPRINT
    tolerance_m: float = 0.0
    buffer_m: float | None = None
    exclude_touches: bool = True
    distance_m: float | None = None
    measure: str | None = None  # overlap: area or ratio
    dwellings_field: str | None = None  # density_ratio numerator (a field of the subject)
    budget: Budget | None = None  # outside_envelope_per_commune


@dataclass(frozen=True)
class Limits:
    """A resolved threshold: pass when ``measure <op> value``; between ``value`` and ``warning``
    (on the failing side) a warning; beyond, a failure."""

    op: str
    value: float
    warning: float | None
    unit: str


@dataclass(frozen=True)
class Threshold:
    """The threshold of a rule: a value, a value per class (armature tier) read through a joined
    table, or a column of a joined table (``field``, the ZAN budget). The warning band is an
    absolute ``warning`` limit, or ``warning_pct`` of the threshold (≥ 100 for le/lt, ≤ 100 for
    ge/gt)."""

    op: str
    unit: str
    value: float | None = None
    warning: float | None = None
    warning_pct: float | None = None
    field: str | None = None
    class_source: str | None = None
    class_key_field: str | None = None
    class_field: str | None = None
    classes: dict[str, tuple[float, float | None]] = dataclasses.field(default_factory=dict)
    implicit: bool = False  # the default of a yes/no test (0 m² outside, 0 m² overlap)

    def limits(self, class_name: str | None = None, field_value: float | None = None) -> Limits:
        """The limits for one subject; KeyError when its class is not listed, ValueError when
        the joined value is missing."""
        if self.classes:
            value, warning = self.classes[str(class_name)]
        elif self.field is not None:
            if field_value is None:
                raise ValueError(self.field)
            value, warning = float(field_value), None
        else:
            value, warning = float(self.value), self.warning
        if warning is None and self.warning_pct is not None:
            warning = value * self.warning_pct / 100.0
        return Limits(self.op, value, warning, self.unit)


@dataclass(frozen=True)
class Citation:
    document: str
    article: str
    page: int | None = None
    url: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "article": self.article,
            "page": self.page,
            "url": self.url,
        }


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    relation: str
    subject: str
    applies_filter: str | None
    test: Test
    threshold: Threshold
    scopes: tuple[str, ...]
    severity: str
    citation: Citation
    line: int | None = None


@dataclass(frozen=True)
class RuleSet:
    """A loaded, validated rule file."""

    name: str  # file name, for messages
    sha256: str  # of the file's bytes: the findings' ``inputs``
    format_version: int
    label: str | None
    document: dict[str, Any]
    metric_crs: str
    sources: dict[str, Source]
    subjects: dict[str, Subject]
    rules: tuple[Rule, ...]
    validator: str  # "jsonschema" or "built-in"

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)
