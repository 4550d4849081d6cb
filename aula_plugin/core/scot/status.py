"""From a measure to a status and a French message; findings, their order and the JSONL file.

:func:`evaluate` turns what the QGIS glue measured for one rule × subject × scope (a value in the
rule's unit, or the reason it could not be measured, or the applicability gate being false) into
an :class:`Outcome`: ``pass`` / ``warning`` / ``fail`` / ``not_applicable`` / ``not_evaluable``.
``not_*`` are never counted as ``pass`` (:func:`status_counts`). Measures and limits are rounded
to the unit's decimals (:data:`~.model.UNIT_DECIMALS`) before they are compared, so float noise
(a 1e-10 m² overlap of two touching polygons) never decides a status.

Limits come from the rule file only: a value, a value per class (armature tier, ``class_name``)
or, for the ZAN budget, the joined table's value (``field_value``). A measure on the passing side
of the threshold passes; between the threshold and the warning limit it is a warning; beyond, a
failure. A rule of severity ``warning``, or of relation ``information`` (not opposable), never
gives more than a warning.

Wording follows the relation: a failed compatibility rule reads "deviation to be assessed", never
"illegal" (compatibility is a global judgement, CE 18 Dec 2017, n° 395216: :data:`LEGAL_CAUTION`).

:class:`Finding` is one line of the findings layer and of the JSONL file; :func:`sort_findings`
gives the deterministic order (rule, scope, scope key, subject) and :func:`jsonl_lines` the
canonical JSON (sorted keys, fixed float formatting): the same inputs give byte-identical lines
apart from the run header's ``utc``.

Pure Python (no qgis).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP
from ..numbers import NBSP, fr_number
from . import model as m

Translate = Callable[[str], str]

PASS = "pass"
WARNING = "warning"
FAIL = "fail"
NOT_APPLICABLE = "not_applicable"
NOT_EVALUABLE = "not_evaluable"
STATUSES = (PASS, WARNING, FAIL, NOT_APPLICABLE, NOT_EVALUABLE)
#: statuses that come from a measure compared with a threshold (the others are never a pass)
MEASURED = (PASS, WARNING, FAIL)

FLOAT_DECIMALS = 6  # JSONL: every float with at most 6 decimals, never in exponent form

# fmt: off
LEGAL_CAUTION = QT_TRANSLATE_NOOP("aula",
    "These findings measure and document; they do not pronounce a legal verdict. Compatibility "
    "with the SCoT is a global judgement over the whole territory and all prescriptions together "
    "(Conseil d'État, 18 December 2017, n° 395216): a failed compatibility rule is a deviation to "
    "be assessed, not an illegality.")

STATUS_LABELS = {
    PASS: QT_TRANSLATE_NOOP("aula", "respected"),
    WARNING: QT_TRANSLATE_NOOP("aula", "to be examined"),
    FAIL: QT_TRANSLATE_NOOP("aula", "deviation"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("aula", "not applicable"),
    NOT_EVALUABLE: QT_TRANSLATE_NOOP("aula", "not evaluable"),
}

MEASURE_NAMES = {
    m.WITHIN: QT_TRANSLATE_NOOP("aula", "area outside the reference"),
    m.DISJOINT: QT_TRANSLATE_NOOP("aula", "overlap area"),
    m.INTERSECTS: QT_TRANSLATE_NOOP("aula", "overlap area"),
    m.WITHIN_DISTANCE: QT_TRANSLATE_NOOP("aula", "distance to the reference"),
    m.OVERLAP: QT_TRANSLATE_NOOP("aula", "overlap area"),
    m.DENSITY_RATIO: QT_TRANSLATE_NOOP("aula", "housing density"),
    m.OUTSIDE_ENVELOPE: QT_TRANSLATE_NOOP("aula", "area outside the urban envelope"),
    m.DISTANCE_TO_NEAREST: QT_TRANSLATE_NOOP("aula", "distance to the nearest reference feature"),
}
OVERLAP_SHARE = QT_TRANSLATE_NOOP("aula", "share of the subject overlapping the reference")

M_PASS = QT_TRANSLATE_NOOP("aula", "{title}: respected ({measure_name} {measure}, threshold {sign} {threshold})")  # noqa: E501
M_WARNING = QT_TRANSLATE_NOOP("aula",
    "{title}: to be examined ({measure_name} {measure}, beyond the threshold {sign} {threshold} "
    "but within the warning band, limit {warning})")
M_CAPPED = QT_TRANSLATE_NOOP("aula",
    "{title}: to be examined ({measure_name} {measure}, threshold {sign} {threshold}); the rule "
    "only warns")
M_FAIL = {
    m.COMPATIBILITE: QT_TRANSLATE_NOOP("aula",
        "{title}: deviation from the SCoT to be assessed ({measure_name} {measure}, threshold "
        "{sign} {threshold}); compatibility is judged globally"),
    m.CONFORMITE: QT_TRANSLATE_NOOP("aula",
        "{title}: rule not met ({measure_name} {measure}, threshold {sign} {threshold})"),
    m.PRISE_EN_COMPTE: QT_TRANSLATE_NOOP("aula",
        "{title}: departure from the orientation, to be justified ({measure_name} {measure}, "
        "threshold {sign} {threshold})"),
    m.INFORMATION: QT_TRANSLATE_NOOP("aula",
        "{title}: for information, beyond the threshold ({measure_name} {measure}, threshold "
        "{sign} {threshold})"),
}
M_NOT_APPLICABLE = QT_TRANSLATE_NOOP("aula", "{title}: not applicable ({reason})")
M_NOT_EVALUABLE = QT_TRANSLATE_NOOP("aula", "{title}: not evaluable ({reason})")
M_WITH_NOTE = QT_TRANSLATE_NOOP("aula", "{message}; note: {note}")

N_TOLERANCE = QT_TRANSLATE_NOOP("aula",
    "{area} outside the reference, within the {tolerance} tolerance")

R_FILTER = QT_TRANSLATE_NOOP("aula", "the applicability filter is false for this subject: {filter}")
R_NO_MEASURE = QT_TRANSLATE_NOOP("aula", "nothing could be measured")
R_NOT_FINITE = QT_TRANSLATE_NOOP("aula", "the measure is not a finite number")
R_NO_CLASS = QT_TRANSLATE_NOOP("aula", "no threshold for the class “{class_name}” in the rule file")
R_NO_BUDGET = QT_TRANSLATE_NOOP("aula", "no value of {field} for this territory in the joined table")  # noqa: E501
R_MISSING_SOURCE = QT_TRANSLATE_NOOP("aula", "the reference layer {source} is missing")
R_EMPTY_SOURCE = QT_TRANSLATE_NOOP("aula", "the reference layer {source} has no feature")
R_MISSING_FIELD = QT_TRANSLATE_NOOP("aula", "the field {field} is missing from {layer}")
R_INVALID_GEOMETRY = QT_TRANSLATE_NOOP("aula", "invalid geometry ({problem})")
R_NO_GEOMETRY = QT_TRANSLATE_NOOP("aula", "the subject has no geometry")
R_ZERO_AREA = QT_TRANSLATE_NOOP("aula", "the subject's area is zero: no density")
R_NO_COMMUNE = QT_TRANSLATE_NOOP("aula", "the subject's commune is unknown")
# fmt: on


# -- numbers ---------------------------------------------------------------------------------------


def rounded(value: float, unit: str) -> float:
    """``value`` rounded to the unit's decimals (0.0, never -0.0)."""
    out = round(float(value), m.UNIT_DECIMALS[unit])
    return out + 0.0 if out == 0 else out


def passes(value: float, op: str, limit: float) -> bool:
    if op == m.LE:
        return value <= limit
    if op == m.LT:
        return value < limit
    if op == m.GE:
        return value >= limit
    if op == m.GT:
        return value > limit
    raise ValueError(op)


def with_unit(value: float, unit: str) -> str:
    """French text of a measure: ``1 234,5 m²`` (no-break space before the unit)."""
    decimals = m.UNIT_DECIMALS[unit]
    text = fr_number(value, decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return f"{text}{NBSP}{m.UNIT_SYMBOLS[unit]}"


# -- outcome ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """The status of one rule × subject × scope, with what explains it. ``message`` and ``note``
    are (template, values) pairs, translated by :meth:`message_text`."""

    status: str
    value: float | None
    limits: m.Limits | None
    message: tuple[str, dict[str, Any]]
    reason: tuple[str, dict[str, Any]] | None = None
    note: tuple[str, dict[str, Any]] | None = None

    def message_text(self, translate: Translate | None = None) -> str:
        tr = translate or (lambda s: s)
        values = dict(self.message[1])
        for key in ("measure_name", "reason"):
            if key in values and isinstance(values[key], tuple):
                template, inner = values[key]
                values[key] = tr(template).format(**inner)
        text = tr(self.message[0]).format(**values)
        if self.note is not None:
            note = tr(self.note[0]).format(**self.note[1])
            text = tr(M_WITH_NOTE).format(message=text, note=note)
        return text

    def reason_text(self, translate: Translate | None = None) -> str | None:
        if self.reason is None:
            return None
        tr = translate or (lambda s: s)
        return tr(self.reason[0]).format(**self.reason[1])

    def note_text(self, translate: Translate | None = None) -> str | None:
        if self.note is None:
            return None
        tr = translate or (lambda s: s)
        return tr(self.note[0]).format(**self.note[1])


def measure_name(rule: m.Rule) -> str:
    if rule.test.op == m.OVERLAP and rule.test.measure == m.OVERLAP_RATIO:
        return OVERLAP_SHARE
    return MEASURE_NAMES[rule.test.op]


def _not(rule: m.Rule, status: str, reason: tuple[str, dict[str, Any]], value=None) -> Outcome:
    template = M_NOT_APPLICABLE if status == NOT_APPLICABLE else M_NOT_EVALUABLE
    return Outcome(status, value, None, (template, {"title": rule.title, "reason": reason}), reason)


def evaluate(
    rule: m.Rule,
    value: float | None,
    *,
    applicable: bool = True,
    reason: tuple[str, Mapping[str, Any]] | None = None,
    class_name: str | None = None,
    field_value: float | None = None,
    before_tolerance: float | None = None,
) -> Outcome:
    """The outcome of ``rule`` for one measured ``value`` (in the rule's threshold unit).

    ``applicable`` False: the applicability filter excluded the subject (``not_applicable``).
    ``reason`` (template, values): the measure could not be taken (``not_evaluable``), e.g.
    ``(R_MISSING_SOURCE, {"source": "reservoirs"})``; so is a missing or non-finite value.
    ``class_name``: the subject's class for a ``by_class`` threshold (its armature tier);
    ``field_value``: the joined table's value for a ``field`` threshold (the ZAN budget).
    ``before_tolerance``: for ``within`` with ``tolerance_m``, the area outside the reference
    itself; when the test passes only thanks to the tolerance, the outcome carries a note.
    """
    if not applicable:
        why = reason or (R_FILTER, {"filter": rule.applies_filter or ""})
        return _not(rule, NOT_APPLICABLE, (why[0], dict(why[1])))
    if reason is not None:
        return _not(rule, NOT_EVALUABLE, (reason[0], dict(reason[1])))
    if value is None:
        return _not(rule, NOT_EVALUABLE, (R_NO_MEASURE, {}))
    if not math.isfinite(value):
        return _not(rule, NOT_EVALUABLE, (R_NOT_FINITE, {}))
    threshold = rule.threshold
    try:
        limits = threshold.limits(class_name, field_value)
    except KeyError:
        return _not(rule, NOT_EVALUABLE, (R_NO_CLASS, {"class_name": class_name}))
    except (TypeError, ValueError):
        return _not(rule, NOT_EVALUABLE, (R_NO_BUDGET, {"field": threshold.field}))
    unit = limits.unit
    measure = rounded(value, unit)
    limit = rounded(limits.value, unit)
    warning = rounded(limits.warning, unit) if limits.warning is not None else None
    limits = m.Limits(limits.op, limit, warning, unit)
    if passes(measure, limits.op, limit):
        status = PASS
    elif warning is not None and passes(measure, limits.op, warning):
        status = WARNING
    else:
        status = FAIL
    capped = status == FAIL and (
        rule.severity == m.SEVERITY_WARNING or rule.relation == m.INFORMATION
    )
    values = {
        "title": rule.title,
        "measure_name": (measure_name(rule), {}),
        "measure": with_unit(measure, unit),
        "sign": m.COMPARATOR_SIGNS[limits.op],
        "threshold": with_unit(limit, unit),
        "warning": with_unit(warning, unit) if warning is not None else "",
    }
    if status == PASS:
        template = M_PASS
    elif status == WARNING:
        template = M_WARNING
    elif capped:
        status, template = WARNING, M_CAPPED
    else:
        template = M_FAIL[rule.relation]
    note = None
    if (
        status == PASS
        and before_tolerance is not None
        and rule.test.tolerance_m > 0
        and rounded(before_tolerance, unit) > 0
    ):
        note = (
            N_TOLERANCE,
            {
                "area": with_unit(rounded(before_tolerance, unit), unit),
                "tolerance": with_unit(rule.test.tolerance_m, m.METRE),
            },
        )
    return Outcome(status, measure, limits, (template, values), None, note)


def density(dwellings: Iterable[float], areas_ha: Iterable[float]) -> float | None:
    """Dwellings per hectare of a group (ratio of sums, not mean of ratios); None for no area."""
    area = math.fsum(areas_ha)
    return math.fsum(dwellings) / area if area > 0 else None


# -- findings --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One rule × subject × scope key (A6 of the SCoT reference)."""

    rule_id: str
    title: str
    relation: str
    severity: str
    scope: str
    scope_key: str  # the subject id (feature), INSEE code (commune), SIREN (EPCI), SCoT id
    status: str
    subject_layer: str
    subject_id: Any  # feature id or the scope key
    subject_label: str | None
    insee: str | None
    measure_name: str
    measure_value: float | None
    measure_unit: str | None
    threshold_op: str | None
    threshold_value: float | None
    threshold_warning: float | None
    message: str
    reason: str | None
    note: str | None
    citation: Mapping[str, Any]
    evidence_wkt: str | None = None  # in the metric CRS, rounded by the glue
    evidence_role: str | None = None  # overlap, outside, shortest_line...

    def as_dict(self) -> dict[str, Any]:
        return {
            "record": "finding",
            "rule": {"id": self.rule_id, "title": self.title, "relation": self.relation,
                     "severity": self.severity},
            "scope": self.scope,
            "scope_key": self.scope_key,
            "status": self.status,
            "subject": {"layer": self.subject_layer, "id": self.subject_id,
                        "label": self.subject_label, "insee": self.insee},
            "measure": {"name": self.measure_name, "value": self.measure_value,
                        "unit": self.measure_unit},
            "threshold": {"op": self.threshold_op, "value": self.threshold_value,
                          "warning": self.threshold_warning, "unit": self.measure_unit},
            "message": self.message,
            "reason": self.reason,
            "note": self.note,
            "citation": dict(self.citation),
            "evidence": {"wkt": self.evidence_wkt, "role": self.evidence_role},
        }  # fmt: skip


def make_finding(
    rule: m.Rule,
    outcome: Outcome,
    scope: str,
    scope_key: str,
    subject_layer: str,
    subject_id: Any,
    subject_label: str | None = None,
    insee: str | None = None,
    evidence_wkt: str | None = None,
    evidence_role: str | None = None,
    translate: Translate | None = None,
) -> Finding:
    """The finding of ``outcome``; texts translated with ``translate`` (French in the plugin)."""
    tr = translate or (lambda s: s)
    limits = outcome.limits
    unit = limits.unit if limits else rule.threshold.unit
    return Finding(
        rule_id=rule.id, title=rule.title, relation=rule.relation, severity=rule.severity,
        scope=scope, scope_key=str(scope_key), status=outcome.status,
        subject_layer=subject_layer, subject_id=subject_id, subject_label=subject_label,
        insee=insee, measure_name=tr(measure_name(rule)), measure_value=outcome.value,
        measure_unit=unit, threshold_op=limits.op if limits else rule.threshold.op,
        threshold_value=limits.value if limits else None,
        threshold_warning=limits.warning if limits else None,
        message=outcome.message_text(translate), reason=outcome.reason_text(translate),
        note=outcome.note_text(translate), citation=rule.citation.as_dict(),
        evidence_wkt=evidence_wkt if outcome.status in MEASURED else None,
        evidence_role=evidence_role if outcome.status in MEASURED else None,
    )  # fmt: skip


def _natural(value: Any) -> tuple[int, float, str]:
    """Numbers (and texts of digits) before other texts, numerically (feature ids 2 < 10), the
    text breaking ties ("010" after "10"): a total order."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, float(value), str(value))
    text = "" if value is None else str(value)
    if text.isdigit() and text.isascii():
        return (0, float(int(text)), text)
    return (1, 0.0, text)


def finding_key(finding: Finding) -> tuple[Any, ...]:
    return (
        finding.rule_id,
        m.SCOPES.index(finding.scope) if finding.scope in m.SCOPES else len(m.SCOPES),
        _natural(finding.scope_key),
        _natural(finding.subject_id),
        finding.subject_layer,
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Deterministic order: rule id, scope (feature, commune, EPCI, SCoT), key, subject."""
    return sorted(findings, key=finding_key)


def status_counts(findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """rule id -> status -> count (every status present, 0 when none); ``not_*`` stay apart:
    they are never counted as a pass."""
    counts: dict[str, dict[str, int]] = {}
    for finding in findings:
        row = counts.setdefault(finding.rule_id, dict.fromkeys(STATUSES, 0))
        row[finding.status] += 1
    return {rule: counts[rule] for rule in sorted(counts)}


# -- canonical JSON --------------------------------------------------------------------------------


def float_text(value: float) -> str | None:
    """Fixed float formatting: at most 6 decimals, no exponent, ``1.0`` not ``1``; None
    (JSON null) for NaN and infinities."""
    if not math.isfinite(value):
        return None
    text = f"{round(value, FLOAT_DECIMALS):.{FLOAT_DECIMALS}f}".rstrip("0")
    text = text + "0" if text.endswith(".") else text
    return "0.0" if text in ("-0.0", "0.0") else text


def canonical_json(value: Any) -> str:
    """JSON with sorted keys, no spaces, UTF-8 text kept, floats by :func:`float_text`."""
    import json

    if isinstance(value, Mapping):
        items = sorted((str(k), v) for k, v in value.items())
        return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{canonical_json(v)}"
                              for k, v in items) + "}"  # fmt: skip
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_text(value) or "null"
    return json.dumps(str(value), ensure_ascii=False)


def jsonl_lines(findings: Iterable[Finding], run: Mapping[str, Any], utc: str) -> list[str]:
    """The JSONL lines: a run header (``run`` plus ``utc``, the only varying value), then one
    line per finding in :func:`sort_findings` order."""
    header = {"record": "run", **dict(run), "utc": utc}
    return [canonical_json(header), *(canonical_json(f.as_dict()) for f in sort_findings(findings))]


def run_header(ruleset: m.RuleSet, **extra: Any) -> dict[str, Any]:
    """What the run header says of the rules (name, SHA-256, validator), plus ``extra`` (plugin
    and QGIS versions, metric CRS, sources with their feature counts and hashes...)."""
    return {
        "rules": {"file": ruleset.name, "sha256": ruleset.sha256, "validator": ruleset.validator,
                  "format_version": ruleset.format_version},
        "metric_crs": ruleset.metric_crs,
        **extra,
    }  # fmt: skip


def write_jsonl(
    path: str | Path, findings: Iterable[Finding], run: Mapping[str, Any], utc: str
) -> None:
    """Write :func:`jsonl_lines` as UTF-8 with ``\\n`` line ends."""
    text = "".join(line + "\n" for line in jsonl_lines(findings, run, utc))
    Path(path).write_bytes(text.encode("utf-8"))
