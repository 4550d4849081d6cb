"""The labels of the green and blue network's coded output values (core/field_labels.py): every
code the TVB algorithms write has one, and the decoders keep a code of the user's own as it is."""

from __future__ import annotations

import csv
from pathlib import Path

from aula_plugin.core.field_labels import (
    DECODERS,
    TVB_INFRA_CLASSES,
    TVB_ORIGINS,
    field_alias,
    value_labels,
)
from aula_plugin.core.tvb.conflicts import DEFAULT_WEIGHTS, parse_weights
from aula_plugin.core.tvb.subnetworks import SUBNETWORKS
from aula_plugin.core.tvb.zonings import ZONING_TYPES


def same(text: str) -> str:
    return text


def test_every_subnetwork_and_cost_unit_has_a_label() -> None:
    for algorithm in ("reservoirs", "leastcostcorridors", "dilatationerosion"):
        assert set(value_labels(algorithm, "sous_trame") or {}) == set(SUBNETWORKS)
    assert set(value_labels("costdistance", "units") or {}) == {"m", "cells"}


def test_reservoir_origins_are_decoded() -> None:
    assert set(TVB_ORIGINS) == {*ZONING_TYPES, "habitat"}
    decode = DECODERS["origine"]
    assert decode("N2000; habitat", same) == "Natura 2000, Habitat patch"
    assert decode("ZNIEFF1", str.upper) == "ZNIEFF TYPE 1"  # through the translation
    assert decode("APPB; SITE_LOCAL", same) == "Biotope protection order (APPB), SITE_LOCAL"


def test_every_built_in_infrastructure_class_is_decoded(repo_root: Path) -> None:
    weights, _ = parse_weights(DEFAULT_WEIGHTS)
    table = repo_root / "resources" / "tvb" / "infrastructures.csv"
    with table.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        classes = {row["classe"] for row in rows}
    assert set(weights) | classes == set(TVB_INFRA_CLASSES)
    decode = DECODERS["infra_class"]
    assert decode("voie_ferree", same) == "Railway"
    assert decode("chemin_rural", same) == "chemin_rural"  # the user's own class


def test_identifiers_are_named_after_what_they_identify() -> None:
    assert field_alias("reservoirs", "id") == "Reservoir identifier"
    assert field_alias("conflictpoints", "id") == "Conflict point identifier"
    assert field_alias("costdistance", "surface_ha") == "Area (ha)"  # shared with every output
