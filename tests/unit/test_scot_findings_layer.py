"""The findings layer contract: one row per finding, every column filled from the finding."""

from __future__ import annotations

from aula_plugin.core.scot import findings_layer as fl
from aula_plugin.core.scot.status import Finding


def _finding() -> Finding:
    return Finding(
        rule_id="COM-01", title="Commerce dans les centralités", relation="compatibilité",
        severity="majeure", scope="feature", scope_key="12", status="fail",
        subject_layer="projets_commerciaux", subject_id=12, subject_label="Retail park",
        insee="62498", measure_name="distance", measure_value=20.0, measure_unit="m",
        threshold_op="<=", threshold_value=10.0, threshold_warning=None,
        message="20 m hors de la centralité", reason=None, note="", evidence_wkt=None,
        citation={"document": "DOO", "article": "3.2", "page": 41, "url": "https://x"},
        evidence_role="outside",
    )  # fmt: skip


def test_a_row_holds_every_column_in_the_contract() -> None:
    row = fl.row(_finding())
    assert tuple(row) == fl.NAMES
    assert row["subject_id"] == "12" and row["citation_page"] == "41"
    assert row["note"] is None  # empty texts are NULL, never ""
    assert row["measure_value"] == 20.0 and row["threshold_value"] == 10.0


def test_missing_columns_name_what_a_layer_lacks() -> None:
    assert fl.missing_columns(list(fl.NAMES)) == []
    assert fl.missing_columns(["RULE_ID", "title", "scope"]) == ["scope_key", "status", "message"]
