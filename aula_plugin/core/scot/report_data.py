"""What the SCoT compatibility report shows, as texts and tables: the same data for HTML and PDF.

:func:`build_report` turns findings (:class:`~.status.Finding`) and their rule set into a
:class:`ReportData`: the legal caution first (compatibility is a global judgement, CE 18 Dec 2017,
n° 395216: the report shows measures and evidence, never a verdict), a summary per rule and per
commune (status counts; ``not_applicable`` and ``not_evaluable`` in their own columns, never
counted as respected), then one section per rule with each of its findings: subject, status,
measure with its unit, threshold and warning band, message, reason and note, citation (document,
article, page, URL).

Order is deterministic: rules by id, findings in :func:`~.status.sort_findings` order, communes
by INSEE code. Every text is an English template (``QT_TRANSLATE_NOOP("aula", ...)``) turned into
the report's language by ``translate``; numbers follow ``language`` (French: ``1 234,5 m²`` with
no-break spaces). The findings' messages and reasons stay as the engine wrote them (French).

Pure Python (no qgis).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import QT_TRANSLATE_NOOP
from ..indicators.sheet_print import PrintTable
from ..numbers import NBSP, format_number
from . import model as m
from . import status as st

Translate = Callable[[str], str]

# fmt: off
TITLE = QT_TRANSLATE_NOOP("aula", "SCoT compatibility check")
CAUTION_TITLE = QT_TRANSLATE_NOOP("aula", "Legal caution")
RULES_FILE = QT_TRANSLATE_NOOP("aula", "Rules: {file} (SHA-256 {sha}), {count} rule(s)")
FINDINGS_COUNT = QT_TRANSLATE_NOOP("aula", "{count} finding(s)")
SUMMARY_RULES = QT_TRANSLATE_NOOP("aula", "Summary per rule")
SUMMARY_COMMUNES = QT_TRANSLATE_NOOP("aula", "Summary per commune")
FINDINGS_TITLE = QT_TRANSLATE_NOOP("aula", "Findings")
COUNTING_NOTE = QT_TRANSLATE_NOOP("aula",
    "Not applicable and not evaluable findings are counted apart: they are never counted as "
    "respected. “Measured” counts the findings compared with a threshold.")
NO_FINDING = QT_TRANSLATE_NOOP("aula", "No finding for this rule.")
MAP_EXTRACT = QT_TRANSLATE_NOOP("aula", "Map extract: {heading}")
NO_EVIDENCE = QT_TRANSLATE_NOOP("aula", "No evidence geometry for this finding.")
LEGEND = QT_TRANSLATE_NOOP("aula",
    "Map: the evidence in the colour of its status (red: deviation, orange: to be examined, "
    "green: respected) over the subject (blue outline) and the communes (grey).")

H_RULE = QT_TRANSLATE_NOOP("aula", "Rule")
H_TITLE = QT_TRANSLATE_NOOP("aula", "Title")
H_RELATION = QT_TRANSLATE_NOOP("aula", "Relation")
H_MEASURED = QT_TRANSLATE_NOOP("aula", "Measured")
H_COMMUNE = QT_TRANSLATE_NOOP("aula", "Commune")
H_TO_EXAMINE = QT_TRANSLATE_NOOP("aula", "Rules with a deviation or to be examined")
NO_COMMUNE = QT_TRANSLATE_NOOP("aula", "no commune (EPCI, SCoT or unknown)")

F_SUBJECT = QT_TRANSLATE_NOOP("aula", "Subject")
F_SCOPE = QT_TRANSLATE_NOOP("aula", "Scope")
F_STATUS = QT_TRANSLATE_NOOP("aula", "Status")
F_MEASURE = QT_TRANSLATE_NOOP("aula", "Measure")
F_THRESHOLD = QT_TRANSLATE_NOOP("aula", "Threshold")
F_WARNING_BAND = QT_TRANSLATE_NOOP("aula", "Warning band")
F_MESSAGE = QT_TRANSLATE_NOOP("aula", "Message")
F_REASON = QT_TRANSLATE_NOOP("aula", "Reason")
F_NOTE = QT_TRANSLATE_NOOP("aula", "Note")
F_CITATION = QT_TRANSLATE_NOOP("aula", "Citation")
F_EVIDENCE = QT_TRANSLATE_NOOP("aula", "Evidence")

SUBJECT_FEATURE = QT_TRANSLATE_NOOP("aula", "{label} (layer {layer}, feature {id})")
SUBJECT_GROUP = QT_TRANSLATE_NOOP("aula", "{scope} {key} (layer {layer})")
SUBJECT_COMMUNE = QT_TRANSLATE_NOOP("aula", "{subject}, commune {insee}")
MEASURE_TEXT = QT_TRANSLATE_NOOP("aula", "{name}: {value}")
NOT_MEASURED = QT_TRANSLATE_NOOP("aula", "not measured")
WARNING_BAND = QT_TRANSLATE_NOOP("aula", "between {threshold} and {warning}: to be examined; beyond: deviation")  # noqa: E501
NO_WARNING_BAND = QT_TRANSLATE_NOOP("aula", "none")
CITATION_PAGE = QT_TRANSLATE_NOOP("aula", "p. {page}")
DWELLINGS_HA = QT_TRANSLATE_NOOP("aula", "dwellings/ha")

RELATION_LABELS = {
    m.COMPATIBILITE: QT_TRANSLATE_NOOP("aula", "compatibility"),
    m.CONFORMITE: QT_TRANSLATE_NOOP("aula", "conformity"),
    m.PRISE_EN_COMPTE: QT_TRANSLATE_NOOP("aula", "taking into account"),
    m.INFORMATION: QT_TRANSLATE_NOOP("aula", "information"),
}
SCOPE_LABELS = {
    m.FEATURE: QT_TRANSLATE_NOOP("aula", "feature"),
    m.COMMUNE: QT_TRANSLATE_NOOP("aula", "commune"),
    m.EPCI: QT_TRANSLATE_NOOP("aula", "EPCI"),
    m.SCOT: QT_TRANSLATE_NOOP("aula", "SCoT"),
}
EVIDENCE_ROLES = {
    "overlap": QT_TRANSLATE_NOOP("aula", "overlap"),
    "outside": QT_TRANSLATE_NOOP("aula", "part outside"),
    "shortest_line": QT_TRANSLATE_NOOP("aula", "shortest line"),
    "subject": QT_TRANSLATE_NOOP("aula", "the subject itself"),
}
# fmt: on

#: the status columns of the summaries: the measured ones, then the two never counted as a pass
MEASURED_COLUMNS = st.MEASURED
APART_COLUMNS = (st.NOT_APPLICABLE, st.NOT_EVALUABLE)
#: colours of the statuses (maps and badges): red, orange, green, greys
STATUS_COLOURS = {
    st.PASS: "#2e8b3a",
    st.WARNING: "#e08a00",
    st.FAIL: "#c81e1e",
    st.NOT_APPLICABLE: "#8a8a8a",
    st.NOT_EVALUABLE: "#5a5a5a",
}


def _identity(text: str) -> str:
    return text


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def number_text(
    value: float, unit: str | None, language: str = "fr", tr: Translate = _identity
) -> str:
    """A measure or threshold with its unit: ``1 234,5 m²`` (French), ``1,234.5 m²`` (English);
    decimals of the unit (:data:`~.model.UNIT_DECIMALS`), trailing zeros dropped."""
    decimals = m.UNIT_DECIMALS.get(unit or "", 2)
    text = format_number(value, decimals, language)
    point = "," if language == "fr" else "."
    if point in text:
        text = text.rstrip("0").rstrip(point)
    if not unit:
        return text
    symbol = tr(DWELLINGS_HA) if unit == m.DWELLINGS_HA else m.UNIT_SYMBOLS.get(unit, unit)
    if unit == m.PCT and language != "fr":
        return f"{text}{symbol}"
    return f"{text}{NBSP}{symbol}"


def citation_text(citation: Mapping[str, Any] | None, tr: Translate = _identity) -> str:
    """``document, article, p. page`` (empty parts left out)."""
    citation = citation or {}
    parts = [str(citation[k]).strip() for k in ("document", "article") if citation.get(k)]
    page = citation.get("page")
    if page not in (None, ""):
        parts.append(tr(CITATION_PAGE).format(page=page))
    return ", ".join(parts)


def commune_of(finding: st.Finding) -> str | None:
    """The commune a finding belongs to: its INSEE code, or its key at commune scope."""
    if finding.insee:
        return str(finding.insee)
    if finding.scope == m.COMMUNE and finding.scope_key:
        return str(finding.scope_key)
    return None


# -- what the report holds -------------------------------------------------------------------------


@dataclass(frozen=True)
class FindingView:
    """One finding as the report prints it: ``rows`` are (label, text) pairs, empty ones left
    out; ``number`` (from 1) names its map extract."""

    finding: st.Finding
    number: int
    heading: str
    status_label: str
    rows: list[tuple[str, str]]
    url: str | None

    @property
    def status(self) -> str:
        return self.finding.status

    @property
    def evidence_wkt(self) -> str | None:
        return self.finding.evidence_wkt


@dataclass(frozen=True)
class RuleSection:
    rule_id: str
    title: str
    relation: str
    citation: str
    url: str | None
    counts: dict[str, int]
    findings: list[FindingView] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.rule_id} — {self.title}"


@dataclass
class ReportData:
    language: str
    title: str
    subtitle: list[str]
    caution_title: str
    caution: str
    rules_title: str
    rule_table: PrintTable
    counting_note: str
    communes_title: str
    commune_table: PrintTable
    findings_title: str
    sections: list[RuleSection]
    #: translated labels the writers need (map legend, "no finding", "no evidence"...)
    texts: dict[str, str]

    def findings(self) -> list[FindingView]:
        return [view for section in self.sections for view in section.findings]


# -- building it -----------------------------------------------------------------------------------


def _status_headers(tr: Translate) -> list[str]:
    measured = [capitalised(tr(st.STATUS_LABELS[s])) for s in MEASURED_COLUMNS]
    apart = [capitalised(tr(st.STATUS_LABELS[s])) for s in APART_COLUMNS]
    return [*measured, tr(H_MEASURED), *apart]


def _status_cells(counts: Mapping[str, int]) -> list[str]:
    measured = sum(counts.get(s, 0) for s in MEASURED_COLUMNS)
    return [
        *(str(counts.get(s, 0)) for s in MEASURED_COLUMNS),
        str(measured),
        *(str(counts.get(s, 0)) for s in APART_COLUMNS),
    ]


def _subject_text(finding: st.Finding, tr: Translate) -> str:
    if finding.scope == m.FEATURE:
        label = finding.subject_label or f"#{finding.subject_id}"
        text = tr(SUBJECT_FEATURE).format(
            label=label, layer=finding.subject_layer, id=finding.subject_id
        )
        if finding.insee:
            text = tr(SUBJECT_COMMUNE).format(subject=text, insee=finding.insee)
        return text
    scope = tr(SCOPE_LABELS.get(finding.scope, finding.scope))
    return tr(SUBJECT_GROUP).format(scope=scope, key=finding.scope_key, layer=finding.subject_layer)


def _measure_name(finding: st.Finding, rule: m.Rule | None, tr: Translate) -> str:
    if rule is not None and rule.test.op in st.MEASURE_NAMES:
        return tr(st.measure_name(rule))
    return finding.measure_name


def _finding_view(
    finding: st.Finding, number: int, rule: m.Rule | None, language: str, tr: Translate
) -> FindingView:
    unit = finding.measure_unit
    status_label = tr(st.STATUS_LABELS.get(finding.status, finding.status))
    rows: list[tuple[str, str]] = [
        (tr(F_SUBJECT), _subject_text(finding, tr)),
        (tr(F_SCOPE), tr(SCOPE_LABELS.get(finding.scope, finding.scope))),
        (tr(F_STATUS), status_label),
    ]
    name = _measure_name(finding, rule, tr)
    if finding.measure_value is not None:
        value = number_text(finding.measure_value, unit, language, tr)
    else:
        value = tr(NOT_MEASURED)
    rows.append((tr(F_MEASURE), tr(MEASURE_TEXT).format(name=name, value=value)))
    if finding.threshold_value is not None and finding.threshold_op in m.COMPARATOR_SIGNS:
        sign = m.COMPARATOR_SIGNS[finding.threshold_op]
        threshold = number_text(finding.threshold_value, unit, language, tr)
        rows.append((tr(F_THRESHOLD), f"{sign}{NBSP}{threshold}"))
        if finding.threshold_warning is not None:
            warning = number_text(finding.threshold_warning, unit, language, tr)
            band = tr(WARNING_BAND).format(threshold=threshold, warning=warning)
        else:
            band = tr(NO_WARNING_BAND)
        rows.append((tr(F_WARNING_BAND), band))
    rows.append((tr(F_MESSAGE), finding.message))
    for label, text in ((F_REASON, finding.reason), (F_NOTE, finding.note)):
        if text:
            rows.append((tr(label), str(text)))
    if finding.evidence_role:
        role = EVIDENCE_ROLES.get(finding.evidence_role)
        rows.append((tr(F_EVIDENCE), tr(role) if role else str(finding.evidence_role)))
    citation = citation_text(finding.citation, tr)
    url = (finding.citation or {}).get("url") or None
    if citation or url:
        rows.append((tr(F_CITATION), citation or str(url)))
    label = finding.subject_label or (
        f"#{finding.subject_id}" if finding.scope == m.FEATURE else finding.scope_key
    )
    heading = f"{finding.rule_id} — {label} — {capitalised(status_label)}"
    return FindingView(finding, number, heading, status_label, rows, str(url) if url else None)


def _rule_table(sections: list[RuleSection], tr: Translate) -> PrintTable:
    headers = [tr(H_RULE), tr(H_TITLE), tr(H_RELATION), *_status_headers(tr)]
    rows = [[s.rule_id, s.title, s.relation, *_status_cells(s.counts)] for s in sections]
    widths = [0.1, 0.28, 0.12, 0.08, 0.08, 0.08, 0.08, 0.09, 0.09]
    return PrintTable(tr(SUMMARY_RULES), headers, rows, widths)


def _commune_table(
    findings: list[st.Finding], names: Mapping[str, str], tr: Translate
) -> PrintTable:
    counts: dict[str | None, dict[str, int]] = {}
    flagged: dict[str | None, set[str]] = {}
    for finding in findings:
        key = commune_of(finding)
        row = counts.setdefault(key, dict.fromkeys(st.STATUSES, 0))
        row[finding.status] = row.get(finding.status, 0) + 1
        if finding.status in (st.WARNING, st.FAIL):
            flagged.setdefault(key, set()).add(finding.rule_id)
    keys: list[str | None] = sorted(k for k in counts if k is not None)
    if None in counts:
        keys.append(None)
    rows = []
    for key in keys:
        if key is None:
            commune = tr(NO_COMMUNE)
        else:
            commune = f"{key} {names[key]}" if names.get(key) else key
        rows.append([commune, *_status_cells(counts[key]), ", ".join(sorted(flagged.get(key, ())))])
    headers = [tr(H_COMMUNE), *_status_headers(tr), tr(H_TO_EXAMINE)]
    widths = [0.2, 0.08, 0.08, 0.08, 0.08, 0.09, 0.09, 0.3]
    return PrintTable(tr(SUMMARY_COMMUNES), headers, rows, widths)


def build_report(
    findings: Iterable[st.Finding],
    ruleset: m.RuleSet,
    *,
    language: str = "fr",
    translate: Translate | None = None,
    commune_names: Mapping[str, str] | None = None,
) -> ReportData:
    """Everything the report shows, in ``language`` (texts through ``translate``).

    Every rule of ``ruleset`` gets a section, with or without findings; findings of a rule
    missing from the rule set get one too (their own title). ``commune_names``: INSEE -> name,
    printed after the code in the per-commune summary.
    """
    tr = translate or _identity
    ordered = st.sort_findings(findings)
    counts = st.status_counts(ordered)
    rules = {rule.id: rule for rule in ruleset.rules}
    titles = {f.rule_id: (f.title, f.relation, f.citation) for f in ordered}
    sections: list[RuleSection] = []
    for rule_id in sorted(set(rules) | set(counts)):
        rule = rules.get(rule_id)
        if rule is not None:
            title, relation, citation = rule.title, rule.relation, rule.citation.as_dict()
        else:
            title, relation, citation = titles[rule_id]
        sections.append(
            RuleSection(
                rule_id,
                title,
                tr(RELATION_LABELS.get(relation, relation)),
                citation_text(citation, tr),
                (citation or {}).get("url") or None,
                counts.get(rule_id, dict.fromkeys(st.STATUSES, 0)),
            )
        )
    by_id = {section.rule_id: section for section in sections}
    for number, finding in enumerate(ordered, start=1):
        view = _finding_view(finding, number, rules.get(finding.rule_id), language, tr)
        by_id[finding.rule_id].findings.append(view)

    document = ruleset.document or {}
    subtitle = [
        str(text)
        for text in (document.get("title") or document.get("idurba"), ruleset.label)
        if text
    ]
    subtitle.append(
        tr(RULES_FILE).format(file=ruleset.name, sha=ruleset.sha256[:12], count=len(ruleset.rules))
    )
    subtitle.append(tr(FINDINGS_COUNT).format(count=len(ordered)))
    texts = {
        key: tr(template)
        for key, template in (
            ("no_finding", NO_FINDING),
            ("no_evidence", NO_EVIDENCE),
            ("legend", LEGEND),
            ("map_extract", MAP_EXTRACT),
            ("citation", F_CITATION),
        )
    }
    return ReportData(
        language=language,
        title=tr(TITLE),
        subtitle=subtitle,
        caution_title=tr(CAUTION_TITLE),
        caution=tr(st.LEGAL_CAUTION),
        rules_title=tr(SUMMARY_RULES),
        rule_table=_rule_table(sections, tr),
        counting_note=tr(COUNTING_NOTE),
        communes_title=tr(SUMMARY_COMMUNES),
        commune_table=_commune_table(ordered, commune_names or {}, tr),
        findings_title=tr(FINDINGS_TITLE),
        sections=sections,
        texts=texts,
    )
