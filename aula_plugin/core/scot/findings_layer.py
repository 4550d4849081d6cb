"""The findings layer of ``aula:scotcompatibility``: its columns, one row per finding.

One contract for the algorithm that writes the layer, the report that reads it and the results
dock that reopens it (an instructor reopens last week's check from the layer alone): the columns
below, in this order, and the evidence as the row's geometry (MultiPolygon in Lambert-93: the
overlap, the part outside, the subject itself when the evidence is not an area; a shortest line
goes to the optional line layer with the same columns). Statuses are the stored codes of
:data:`~.model.STATUSES` (pass, warning, fail, not_applicable, not_evaluable).

Pure Python: no qgis.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .status import Finding

#: (name, kind) of the findings layer's columns, kinds as ``gis/fields.make_fields`` reads them
COLUMNS: tuple[tuple[str, str], ...] = (
    ("rule_id", "text"),
    ("title", "text"),
    ("relation", "text"),
    ("severity", "text"),
    ("scope", "text"),
    ("scope_key", "text"),
    ("status", "text"),
    ("subject_layer", "text"),
    ("subject_id", "text"),
    ("subject_label", "text"),
    ("insee", "text"),
    ("measure_name", "text"),
    ("measure_value", "double"),
    ("measure_unit", "text"),
    ("threshold_op", "text"),
    ("threshold_value", "double"),
    ("threshold_warning", "double"),
    ("message", "text"),
    ("reason", "text"),
    ("note", "text"),
    ("citation_document", "text"),
    ("citation_article", "text"),
    ("citation_page", "text"),
    ("citation_url", "text"),
    ("evidence_role", "text"),
)
NAMES = tuple(name for name, _kind in COLUMNS)
#: the columns a layer must have to be read back as findings (the results dock checks them)
REQUIRED = ("rule_id", "title", "scope", "scope_key", "status", "message")


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def row(finding: Finding) -> dict[str, Any]:
    """The attribute values of ``finding`` by column name."""
    citation: Mapping[str, Any] = finding.citation or {}
    return {
        "rule_id": finding.rule_id,
        "title": finding.title,
        "relation": finding.relation,
        "severity": finding.severity,
        "scope": finding.scope,
        "scope_key": finding.scope_key,
        "status": finding.status,
        "subject_layer": finding.subject_layer,
        "subject_id": _text(finding.subject_id),
        "subject_label": _text(finding.subject_label),
        "insee": _text(finding.insee),
        "measure_name": finding.measure_name,
        "measure_value": finding.measure_value,
        "measure_unit": _text(finding.measure_unit),
        "threshold_op": _text(finding.threshold_op),
        "threshold_value": finding.threshold_value,
        "threshold_warning": finding.threshold_warning,
        "message": finding.message,
        "reason": _text(finding.reason),
        "note": _text(finding.note),
        "citation_document": _text(citation.get("document")),
        "citation_article": _text(citation.get("article")),
        "citation_page": _text(citation.get("page")),
        "citation_url": _text(citation.get("url")),
        "evidence_role": _text(finding.evidence_role),
    }


def missing_columns(names: list[str]) -> list[str]:
    """The required columns a layer lacks (empty: it can be read as findings)."""
    present = {n.lower() for n in names}
    return [name for name in REQUIRED if name not in present]
