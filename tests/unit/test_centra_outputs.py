"""core/centralities/sidecar.py and outputs.py: the JSON sidecar and the rows of the outputs."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from aula_plugin.core import field_labels
from aula_plugin.core.centralities import sidecar
from aula_plugin.core.centralities.adapters import Activities, AdapterReport
from aula_plugin.core.centralities.outputs import (
    OUTPUT_STYLES,
    PERIMETER_FIELDS,
    POINT_FIELDS,
    REJECTED_FIELDS,
    fill_agreed_iou,
    perimeter_values,
    point_values,
    rejected_values,
)
from aula_plugin.core.centralities.rules import CentraParams, Counts

# -- sidecar --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("destination", "expected"),
    [
        ("{dir}/centralites.gpkg", "{dir}/centralites.json"),
        ("{dir}/c.gpkg|layername=centralites", "{dir}/c.json"),
        ("ogr:dbname='{dir}/c.gpkg' table=\"x\" (geom)", "{dir}/c.json"),
        ("memory:", None),
        ("", None),
        ("{dir}/no_extension", None),
        ("{dir}/missing/c.gpkg", None),
    ],
)
def test_default_path_beside_the_output_file(tmp_path: Path, destination, expected) -> None:
    path = sidecar.default_path(destination.format(dir=tmp_path))
    assert path == (expected.format(dir=tmp_path) if expected else None)


def test_file_sha256(tmp_path: Path) -> None:
    data = tmp_path / "a.gpkg"
    data.write_bytes(b"x" * 3_000_000)  # more than one 1 MiB block
    expected = hashlib.sha256(b"x" * 3_000_000).hexdigest()
    assert sidecar.file_sha256(str(data)) == expected
    assert sidecar.file_sha256(f"{data}|layername=t") == expected
    assert sidecar.file_sha256(str(tmp_path / "missing.gpkg")) is None


def test_features_sha256_ignores_the_order() -> None:
    assert sidecar.features_sha256(["b", "a"]) == sidecar.features_sha256(["a", "b"])
    assert sidecar.features_sha256(["a", "b"]) != sidecar.features_sha256(["a", "c"])


def _document() -> dict:
    report = AdapterReport(read=12, kept=10, duplicates=2, unknown_codes={"Z": 1})
    return sidecar.sidecar_document(
        params=CentraParams(),
        options={"input_format": "generic", "robustness": True},
        mappings={"typequ_fonction_bpe2023.csv": {"version": "2023", "source": "INSEE"}},
        vintages="BPE 2023",
        checksums={"ACTIVITIES": {"sha256": "0" * 64}},
        report=report,
        results={"centralities": 3, "perimeter_ids": ["a", "b"]},
        plugin_version="1.2.3",
        qgis_version="3.22.16-Białowieża",
        run_date=dt.datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=dt.UTC),
    )


def test_sidecar_document() -> None:
    doc = _document()
    assert doc["algorithm"] == "aula:centralities"
    assert doc["ruleset"] == "CENTRA-1 v1"
    assert doc["params_hash"] == CentraParams().params_hash()
    parameters = doc["parameters"]
    assert parameters["link_distance"] == 100.0 and parameters["level_thresholds"] == [12, 29, 69]
    assert parameters["input_format"] == "generic" and parameters["robustness"] is True
    assert parameters["robustness_runs"].startswith("eps × {0.75, 1, 1.25}")
    assert parameters["crs"] == "EPSG:2154"
    assert doc["input_report"] == {
        "read": 12,
        "kept": 10,
        "no_coordinates": 0,
        "duplicates": 2,
        "dropped_quality": {},
        "excluded": {},
        "unknown_codes": {"Z": 1},
    }
    assert doc["run_date"] == "2026-01-02T03:04:05+00:00"
    assert (doc["plugin_version"], doc["qgis_version"]) == ("1.2.3", "3.22.16-Białowieża")


def test_write_json_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out" / "c.json"
    assert sidecar.write_json(str(path), _document()) == str(path)
    sidecar.write_json(str(path), {"b": 1, "a": "é"})
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == {"a": "é", "b": 1}
    assert text.index('"a"') < text.index('"b"') and "é" in text  # sorted, not escaped
    assert [p.name for p in path.parent.iterdir()] == ["c.json"]


def test_write_json_removes_the_temporary_on_error(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        sidecar.write_json(str(tmp_path / "c.json"), {"bad": object()})
    assert list(tmp_path.iterdir()) == []


# -- output rows ----------------------------------------------------------------------------------


def _values(**change):
    values = {
        "piece_id": "C1-62001",
        "code": "62001",
        "name": "Ouest",
        "parent_id": "C1",
        "split": True,
        "kind": "centralité",
        "counts": Counts(12, 16, 5, 4, 3, 80.4, 4, 12),
        "types": ["V0", "V1"],
        "params": CentraParams(),
        "rules_passed": "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5",
        "robust": "stable",
        "robust_share": 1.0,
        "area_m2": 28_254.1234567,
        "params_hash": "abcdef012345",
        "vintages": "BPE 2023",
    }
    values.update(change)
    return perimeter_values(**values)


def test_perimeter_values_in_the_order_of_the_fields() -> None:
    row = dict(zip([name for name, _ in PERIMETER_FIELDS], _values(), strict=True))
    assert row["id"] == "C1-62001" and row["parent_id"] == "C1" and row["cross_commune"] is True
    assert row["niveau"] == "proximité"  # 12 types ≥ 12
    assert (row["n_act"], row["n_membres"], row["n_types"]) == (16, 12, 12)
    assert row["types"] == "V0;V1"
    assert row["n_log"] == 80
    assert row["share_big_box"] == 0.25
    assert row["surface_ha"] == 2.825412
    assert row["agreed_iou"] is None


def test_perimeter_values_level_only_for_a_centrality() -> None:
    assert _values(kind="pôle périphérique")[6] is None
    assert _values(counts=Counts(12, 0, 0, 0, 0, 0, 0, 0))[16] == 0.0  # no activity: share 0


def test_fill_agreed_iou() -> None:
    rows = [_values(piece_id="a"), _values(piece_id="b")]
    fill_agreed_iou(rows, {"a": 0.123456789})
    assert [r[-1] for r in rows] == [0.123457, None]


def test_point_and_rejected_values() -> None:
    acts = Activities(
        x=np.array([1.0]),
        y=np.array([2.0]),
        function=np.array(["C"]),
        type_code=np.array(["B101"]),
        source=np.array(["BPE"]),
        source_id=np.array(["42"]),
        big_box=np.array([True]),
        n_raw=np.array([2], dtype=np.int32),
    )
    values = point_values(acts, 0, "C1", np.int8(1))
    assert values == ["BPE", "42", "C", "B101", "C1", "border", 2]
    assert len(values) == len(POINT_FIELDS)
    values = rejected_values("C2", Counts(5, 5, 3, 0, 2, 29.6, 0, 5), "N<10", "5 activities < 10")
    assert values == ["C2", 5, 5, 3, 0, 2, 30, "N<10", "5 activities < 10"]
    assert len(values) == len(REJECTED_FIELDS)


def test_every_output_field_has_an_alias_and_every_style_exists() -> None:
    styles = Path(__file__).resolve().parents[2] / "resources" / "styles"
    for name, _ in (*PERIMETER_FIELDS, *POINT_FIELDS, *REJECTED_FIELDS):
        assert field_labels.field_alias("centralities", name), name
    assert sorted(OUTPUT_STYLES) == ["OUTPUT", "OUTPUT_POINTS", "OUTPUT_REJECTED"]
    assert all((styles / style).is_file() for style in OUTPUT_STYLES.values())
    assert field_labels.value_labels("centralities", "niveau") == {
        "proximité": "Local",
        "intermédiaire": "Intermediate",
        "structurante": "Structuring",
    }
    decode = field_labels.DECODERS["rules_passed"]
    assert decode("N≥10;H≥50;C,S,E,H=4/4;BB≤0.5", str).startswith("✓ at least 10 member")
