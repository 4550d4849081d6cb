"""What the SCoT results dock shows of a findings layer: a tree rule → status → findings, its
filters and the "why" of one finding.

The dock (``gui/scot_results_dock.py``) reads the rows of any layer that follows the findings
layer contract (:mod:`.findings_layer`: the columns, the statuses of :mod:`.status`) into
:class:`FindingRow` objects; everything it shows is computed here, without Qt:

- :func:`build_tree`: rules in id order, each with its counts per status, then one group per
  shown status (deviations first), then the findings in scope order; the filters
  (:class:`Filters`) keep some statuses and one scope;
- :func:`why`: measure and unit, threshold and warning band, message, reason, note, citation,
  and the link to the DOO page (:func:`doo_link`: the PDF open parameter ``#page=N``).

Texts are English, marked for translation in the context ``aula``; the callers pass ``tr``.
``not_applicable`` and ``not_evaluable`` are counted apart, never as a pass.

Pure Python: no qgis.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import QT_TRANSLATE_NOOP
from ..numbers import NBSP, fr_number
from . import model as m
from .findings_layer import NAMES
from .status import (
    FAIL,
    NOT_APPLICABLE,
    NOT_EVALUABLE,
    PASS,
    STATUS_LABELS,
    STATUSES,
    WARNING,
)

Translate = Callable[[str], str]

#: the order of the status groups under a rule: what needs a look first
DISPLAY_ORDER = (FAIL, WARNING, NOT_EVALUABLE, PASS, NOT_APPLICABLE)
#: the tree's colours per status (text colours, readable on white)
STATUS_COLOURS = {
    FAIL: "#b3261e",
    WARNING: "#9a5b00",
    PASS: "#1e6b34",
    NOT_EVALUABLE: "#5b4a8b",
    NOT_APPLICABLE: "#666666",
}

# fmt: off
SCOPE_LABELS = {
    m.FEATURE: QT_TRANSLATE_NOOP("aula", "feature"),
    m.COMMUNE: QT_TRANSLATE_NOOP("aula", "commune"),
    m.EPCI: QT_TRANSLATE_NOOP("aula", "EPCI"),
    m.SCOT: QT_TRANSLATE_NOOP("aula", "SCoT"),
}
RELATION_LABELS = {
    m.COMPATIBILITE: QT_TRANSLATE_NOOP("aula", "compatibility"),
    m.CONFORMITE: QT_TRANSLATE_NOOP("aula", "conformity"),
    m.PRISE_EN_COMPTE: QT_TRANSLATE_NOOP("aula", "taking into account"),
    m.INFORMATION: QT_TRANSLATE_NOOP("aula", "information"),
}
W_MEASURE = QT_TRANSLATE_NOOP("aula", "Measure")
W_MEASURE_VALUE = QT_TRANSLATE_NOOP("aula", "{name}: {value}")
W_THRESHOLD = QT_TRANSLATE_NOOP("aula", "Threshold")
W_WARNING_BAND = QT_TRANSLATE_NOOP("aula", "{threshold}, warning up to {sign} {warning}")
W_STATUS = QT_TRANSLATE_NOOP("aula", "Status")
W_RULE = QT_TRANSLATE_NOOP("aula", "Rule")
W_SUBJECT = QT_TRANSLATE_NOOP("aula", "Subject")
W_SCOPE = QT_TRANSLATE_NOOP("aula", "Scope")
W_MESSAGE = QT_TRANSLATE_NOOP("aula", "Message")
W_REASON = QT_TRANSLATE_NOOP("aula", "Reason")
W_NOTE = QT_TRANSLATE_NOOP("aula", "Note")
W_CITATION = QT_TRANSLATE_NOOP("aula", "Citation")
W_EVIDENCE = QT_TRANSLATE_NOOP("aula", "Evidence")
W_PAGE = QT_TRANSLATE_NOOP("aula", "p. {page}")
W_NO_EVIDENCE = QT_TRANSLATE_NOOP("aula", "no evidence geometry")
EVIDENCE_ROLES = {
    "overlap": QT_TRANSLATE_NOOP("aula", "the overlap"),
    "outside": QT_TRANSLATE_NOOP("aula", "the part outside"),
    "subject": QT_TRANSLATE_NOOP("aula", "the subject"),
    "shortest_line": QT_TRANSLATE_NOOP("aula", "the shortest line"),
}
COUNT_ITEM = QT_TRANSLATE_NOOP("aula", "{status}: {count}")
SUBJECT_IN = QT_TRANSLATE_NOOP("aula", "{subject} ({scope} {key})")
# fmt: on


def _identity(text: str) -> str:
    return text


def _text(value: Any) -> str:
    """A stored value as text ('' for None, NULL and NaN)."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    text = str(value)
    return "" if text == "NULL" else text


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class FindingRow:
    """One row of a findings layer: its feature id, the contract's columns it has (missing ones
    read None) and whether it carries an evidence geometry."""

    fid: int
    values: Mapping[str, Any]
    has_evidence: bool = False

    def get(self, name: str) -> Any:
        value = self.values.get(name)
        return None if _text(value) == "" else value

    def text(self, name: str) -> str:
        return _text(self.values.get(name))

    @property
    def rule_id(self) -> str:
        return self.text("rule_id")

    @property
    def status(self) -> str:
        return self.text("status")

    @property
    def scope(self) -> str:
        return self.text("scope")


def make_row(fid: int, values: Mapping[str, Any], has_evidence: bool = False) -> FindingRow:
    """A row from a feature's attributes (by name, any case; other columns dropped)."""
    lower = {str(k).lower(): v for k, v in values.items()}
    return FindingRow(int(fid), {n: lower.get(n) for n in NAMES}, bool(has_evidence))


def status_label(status: str, tr: Translate = _identity) -> str:
    """The French (through ``tr``) label of a stored status; an unknown code as it is."""
    return tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def scope_label(scope: str, tr: Translate = _identity) -> str:
    return tr(SCOPE_LABELS[scope]) if scope in SCOPE_LABELS else scope


def _natural(value: str) -> tuple[int, float, str]:
    """Codes of digits numerically (2 before 10), then other texts."""
    if value.isdigit() and value.isascii():
        return (0, float(int(value)), value)
    return (1, 0.0, value)


def _scope_rank(scope: str) -> int:
    return m.SCOPES.index(scope) if scope in m.SCOPES else len(m.SCOPES)


def row_key(row: FindingRow) -> tuple[Any, ...]:
    """Findings under a status: scope (feature, commune, EPCI, SCoT), key, subject, feature id."""
    return (
        _scope_rank(row.scope),
        _natural(row.text("scope_key")),
        _natural(row.text("subject_id")),
        row.fid,
    )


def scopes_of(rows: Iterable[FindingRow]) -> list[str]:
    """The scopes present, in the vocabulary's order (unknown ones after, sorted)."""
    return sorted({r.scope for r in rows if r.scope}, key=lambda s: (_scope_rank(s), s))


@dataclass(frozen=True)
class Filters:
    """Which findings the tree shows: some statuses (None: all) and one scope (None: all)."""

    statuses: frozenset[str] | None = None
    scope: str | None = None

    def keeps_scope(self, row: FindingRow) -> bool:
        return self.scope is None or row.scope == self.scope

    def keeps_status(self, status: str) -> bool:
        return self.statuses is None or status in self.statuses

    def accepts(self, row: FindingRow) -> bool:
        return self.keeps_scope(row) and self.keeps_status(row.status)


@dataclass
class StatusGroup:
    status: str
    rows: list[FindingRow] = field(default_factory=list)


@dataclass
class RuleNode:
    """A rule: its counts per status in the chosen scope (every status, 0 when none; the
    status filter does not change them) and the groups of findings shown."""

    rule_id: str
    title: str
    relation: str
    counts: dict[str, int]
    groups: list[StatusGroup]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def shown(self) -> int:
        return sum(len(g.rows) for g in self.groups)


def _status_rank(status: str) -> tuple[int, str]:
    if status in DISPLAY_ORDER:
        return (DISPLAY_ORDER.index(status), "")
    return (len(DISPLAY_ORDER), status)


def build_tree(rows: Iterable[FindingRow], filters: Filters | None = None) -> list[RuleNode]:
    """The tree of the rows the filters keep: rules by id, their status groups (deviations
    first) and findings (:func:`row_key` order). A rule with nothing in the chosen scope is left
    out; a status the filter hides is counted but not listed."""
    filters = filters or Filters()
    by_rule: dict[str, list[FindingRow]] = {}
    for row in rows:
        if filters.keeps_scope(row):
            by_rule.setdefault(row.rule_id, []).append(row)
    nodes = []
    for rule_id in sorted(by_rule, key=_natural):
        rule_rows = by_rule[rule_id]
        counts = dict.fromkeys(STATUSES, 0)
        groups: dict[str, StatusGroup] = {}
        for row in rule_rows:
            counts[row.status] = counts.get(row.status, 0) + 1
            if filters.keeps_status(row.status):
                groups.setdefault(row.status, StatusGroup(row.status)).rows.append(row)
        ordered = [groups[s] for s in sorted(groups, key=_status_rank)]
        for group in ordered:
            group.rows.sort(key=row_key)
        first = rule_rows[0]
        nodes.append(
            RuleNode(rule_id, first.text("title"), first.text("relation"), counts, ordered)
        )
    return nodes


def totals(nodes: Iterable[RuleNode]) -> dict[str, int]:
    """Counts per status over the rules of the tree (every status, 0 when none)."""
    out = dict.fromkeys(STATUSES, 0)
    for node in nodes:
        for status, count in node.counts.items():
            out[status] = out.get(status, 0) + count
    return out


def counts_text(counts: Mapping[str, int], tr: Translate = _identity) -> str:
    """ "2 deviation, 1 to be examined, 3 respected": the non-zero counts in display order."""
    parts = [
        tr(COUNT_ITEM).format(count=counts[s], status=status_label(s, tr))
        for s in sorted(counts, key=_status_rank)
        if counts[s]
    ]
    return ", ".join(parts)


def finding_label(row: FindingRow, tr: Translate = _identity) -> str:
    """How a finding reads in the tree: its subject, and for a group scope the group."""
    subject = row.text("subject_label") or row.text("subject_id") or row.text("scope_key")
    if row.scope == m.FEATURE or not row.scope:
        insee = row.text("insee")
        return f"{subject} ({insee})" if insee and insee != subject else subject
    scope, key = scope_label(row.scope, tr), row.text("scope_key")
    if not key or subject == key:
        return f"{scope} {subject}".strip()
    return tr(SUBJECT_IN).format(subject=subject, scope=scope, key=key)


# -- the why pane ----------------------------------------------------------------------------------


def value_text(value: Any, unit: str | None) -> str:
    """A measure or threshold in French with its unit: ``1 234,5 m²`` ('' for no value)."""
    number = _number(value)
    if number is None:
        return ""
    unit = unit or ""
    decimals = m.UNIT_DECIMALS.get(unit, 2)
    text = fr_number(number, decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    symbol = m.UNIT_SYMBOLS.get(unit, unit)
    return f"{text}{NBSP}{symbol}" if symbol else text


def threshold_text(row: FindingRow, tr: Translate = _identity) -> str:
    """``≥ 20 lgt/ha``, with the warning band when there is one ('' for no threshold)."""
    unit = row.text("measure_unit")
    value = value_text(row.get("threshold_value"), unit)
    if not value:
        return ""
    sign = m.COMPARATOR_SIGNS.get(row.text("threshold_op"), row.text("threshold_op"))
    text = f"{sign} {value}".strip()
    warning = value_text(row.get("threshold_warning"), unit)
    if warning:
        text = tr(W_WARNING_BAND).format(threshold=text, sign=sign, warning=warning)
    return text


def doo_link(url: str, page: str) -> str:
    """The link to the cited page: ``url#page=N`` for a document without an anchor ('' for no
    URL; an anchor already in the URL is kept)."""
    url = url.strip()
    if not url:
        return ""
    page = page.strip()
    if page and "#" not in url and page.isdigit():
        return f"{url}#page={page}"
    return url


def citation_text(row: FindingRow, tr: Translate = _identity) -> str:
    """ "DOO, Orientation 4.2, p. 57" ('' when the row cites nothing)."""
    parts = [row.text("citation_document"), row.text("citation_article")]
    page = row.text("citation_page")
    if page:
        parts.append(tr(W_PAGE).format(page=page))
    return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Why:
    """The "why" of one finding: (label, text) lines, the citation and its link."""

    title: str
    status: str
    lines: list[tuple[str, str]]
    citation: str
    link: str


def why(row: FindingRow, tr: Translate = _identity) -> Why:
    """What explains ``row``: rule, status, subject and scope, measure, threshold and band,
    message, reason, note, evidence, citation and the DOO link. Empty parts are left out."""
    rule = " ".join(p for p in (row.rule_id, row.text("title")) if p)
    relation = row.text("relation")
    if relation:
        label = tr(RELATION_LABELS[relation]) if relation in RELATION_LABELS else relation
        rule = f"{rule} ({label})"
    measure = value_text(row.get("measure_value"), row.text("measure_unit"))
    name = row.text("measure_name")
    if measure and name:
        measure = tr(W_MEASURE_VALUE).format(name=name, value=measure)
    scope = scope_label(row.scope, tr)
    if row.text("scope_key"):
        scope = f"{scope} {row.text('scope_key')}"
    role = row.text("evidence_role")
    if row.has_evidence:
        evidence = tr(EVIDENCE_ROLES[role]) if role in EVIDENCE_ROLES else (role or "")
    else:
        evidence = tr(W_NO_EVIDENCE)
    citation = citation_text(row, tr)
    lines = [
        (tr(W_RULE), rule),
        (tr(W_STATUS), status_label(row.status, tr)),
        (tr(W_SUBJECT), finding_label(row, tr) if row.scope == m.FEATURE else ""),
        (tr(W_SCOPE), scope),
        (tr(W_MEASURE), measure),
        (tr(W_THRESHOLD), threshold_text(row, tr)),
        (tr(W_MESSAGE), row.text("message")),
        (tr(W_REASON), row.text("reason")),
        (tr(W_NOTE), row.text("note")),
        (tr(W_EVIDENCE), evidence),
        (tr(W_CITATION), citation),
    ]
    link = doo_link(row.text("citation_url"), row.text("citation_page"))
    return Why(
        title=rule,
        status=row.status,
        lines=[(label, text) for label, text in lines if text],
        citation=citation,
        link=link,
    )
