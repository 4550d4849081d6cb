"""What a planner reads instead of an output's field names and codes: one catalogue for every
AULA algorithm.

Field names never change (scripts, models and qgis_process depend on them); a layer an algorithm
loads into the project shows them through an alias, and its coded values through a value map
(``gis.layer_look`` applies both). The convention, the same for every output:

- the alias is the planner's wording, capital first, no abbreviation a planner would not use
  (NAF, ZAN, SCoT, EPCI, INSEE, SIREN, TVB stay), at most about 40 characters;
- the unit ends it, in parentheses: ``(ha)``, ``(m²)``, ``(%)``, ``(m)``, ``(km²)``,
  ``(hab./km²)``, ``(ha/an)``; counts and codes have none;
- the same field name means the same thing everywhere and has one alias here (``FIELDS``); an
  algorithm whose field of that name means something else says so in ``BY_ALGORITHM``;
- coded values get a label in ``VALUES`` (field -> stored value -> label); codes that are
  composed rather than listed (a rule string) get a decoder in ``DECODERS``.

Texts are written in English and marked for translation in the context ``fields``; the French
lives in ``i18n/aula_fr.ts`` like every other text.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

from collections.abc import Callable

from .centralities.rules import describe_rules
from .errors import QT_TRANSLATE_NOOP

CONTEXT = "fields"

#: field name -> alias (English source text, with its unit), shared by every algorithm
FIELDS: dict[str, str] = {
    "insee": QT_TRANSLATE_NOOP("fields", "INSEE code"),
    "insee_com": QT_TRANSLATE_NOOP("fields", "INSEE code"),
    "nom": QT_TRANSLATE_NOOP("fields", "Name"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "epci_siren": QT_TRANSLATE_NOOP("fields", "EPCI SIREN code"),
    "epci_nom": QT_TRANSLATE_NOOP("fields", "EPCI name"),
    "population": QT_TRANSLATE_NOOP("fields", "Population"),
    "surface_ha": QT_TRANSLATE_NOOP("fields", "Area (ha)"),
    "nb_features": QT_TRANSLATE_NOOP("fields", "Number of features aggregated"),
    # -- centralities, DEGURBA, aggregation --
    "nom_com": QT_TRANSLATE_NOOP("fields", "Commune name"),
    "territoire": QT_TRANSLATE_NOOP("fields", "Territory"),
    "nom_territoire": QT_TRANSLATE_NOOP("fields", "Territory name"),
}

#: algorithm name -> field name -> alias, where a field means something of its own there
BY_ALGORITHM: dict[str, dict[str, str]] = {
    # -- centralities: perimeters, activity points, rejected candidates, comparison table --
    "centralities": {
        "id": QT_TRANSLATE_NOOP("fields", "Perimeter id"),
        "parent_id": QT_TRANSLATE_NOOP("fields", "Whole perimeter id"),
        "cross_commune": QT_TRANSLATE_NOOP("fields", "Split by commune"),
        "type": QT_TRANSLATE_NOOP("fields", "Kind of perimeter"),
        "niveau": QT_TRANSLATE_NOOP("fields", "Level"),
        "n_act": QT_TRANSLATE_NOOP("fields", "Activities inside"),
        "n_com": QT_TRANSLATE_NOOP("fields", "Shops"),
        "n_srv": QT_TRANSLATE_NOOP("fields", "Services"),
        "n_equ": QT_TRANSLATE_NOOP("fields", "Public facilities"),
        "n_membres": QT_TRANSLATE_NOOP("fields", "Member activities"),
        "n_types": QT_TRANSLATE_NOOP("fields", "Distinct facility types"),
        "types": QT_TRANSLATE_NOOP("fields", "Facility type codes"),
        "n_log": QT_TRANSLATE_NOOP("fields", "Dwellings"),
        "mix_entropy": QT_TRANSLATE_NOOP("fields", "Function mix (0–1)"),
        "share_big_box": QT_TRANSLATE_NOOP("fields", "Big-box share (0–1)"),
        "rules_passed": QT_TRANSLATE_NOOP("fields", "CENTRA-1 rules"),
        "robust": QT_TRANSLATE_NOOP("fields", "Robustness"),
        "robust_share": QT_TRANSLATE_NOOP("fields", "Re-runs finding the perimeter (0–1)"),
        "params_hash": QT_TRANSLATE_NOOP("fields", "Parameter fingerprint"),
        "data_vintages": QT_TRANSLATE_NOOP("fields", "Data vintages"),
        "agreed_iou": QT_TRANSLATE_NOOP("fields", "Overlap with agreed perimeter (IoU)"),
        "source": QT_TRANSLATE_NOOP("fields", "Source"),
        "source_id": QT_TRANSLATE_NOOP("fields", "Id in the source"),
        "function": QT_TRANSLATE_NOOP("fields", "Function"),
        "type_code": QT_TRANSLATE_NOOP("fields", "Facility or activity type"),
        "cluster_id": QT_TRANSLATE_NOOP("fields", "Group id"),
        "role": QT_TRANSLATE_NOOP("fields", "Role in the group"),
        "n_raw": QT_TRANSLATE_NOOP("fields", "Source rows merged"),
        "reason": QT_TRANSLATE_NOOP("fields", "Reason for rejection"),
        "kind": QT_TRANSLATE_NOOP("fields", "Row"),
        "agreed_id": QT_TRANSLATE_NOOP("fields", "Agreed perimeter id"),
        "agreed_nom": QT_TRANSLATE_NOOP("fields", "Agreed perimeter name"),
        "statut": QT_TRANSLATE_NOOP("fields", "Status of the agreed perimeter"),
        "computed_id": QT_TRANSLATE_NOOP("fields", "Computed perimeter id"),
        "iou": QT_TRANSLATE_NOOP("fields", "Overlap (IoU)"),
        "area_agreed_ha": QT_TRANSLATE_NOOP("fields", "Agreed perimeter area (ha)"),
        "area_computed_ha": QT_TRANSLATE_NOOP("fields", "Computed perimeter area (ha)"),
        "area_diff_ha": QT_TRANSLATE_NOOP("fields", "Area difference (ha)"),
        "act_both": QT_TRANSLATE_NOOP("fields", "Activities in both"),
        "act_agreed_only": QT_TRANSLATE_NOOP("fields", "Activities in the agreed one only"),
        "act_computed_only": QT_TRANSLATE_NOOP("fields", "Activities in the computed one only"),
        "message": QT_TRANSLATE_NOOP("fields", "Comparison"),
    },
    # -- degurbagrid: communes classified --
    "degurbagrid": {
        "pop_water": QT_TRANSLATE_NOOP("fields", "Population in water cells"),
        "pop_rural": QT_TRANSLATE_NOOP("fields", "Population in rural cells"),
        "pop_cluster": QT_TRANSLATE_NOOP("fields", "Population in urban clusters"),
        "pop_centre": QT_TRANSLATE_NOOP("fields", "Population in urban centres"),
        "pop_total": QT_TRANSLATE_NOOP("fields", "Population of the grid cells"),
        "share_centre": QT_TRANSLATE_NOOP("fields", "Share in urban centres (0–1)"),
        "degurba": QT_TRANSLATE_NOOP("fields", "Degree of urbanisation"),
        "degurba_rules": QT_TRANSLATE_NOOP("fields", "DEGURBA rule set"),
    },
}

#: field name -> stored value -> label (English source text)
VALUES: dict[str, dict[str, str]] = {}
#: algorithm name -> field name -> stored value -> label, where the codes are its own
VALUES_BY_ALGORITHM: dict[str, dict[str, dict[str, str]]] = {
    # -- centralities (the stored values are French, core/centralities/rules.py) --
    "centralities": {
        "type": {
            "centralité": QT_TRANSLATE_NOOP("fields", "Centrality"),
            "pôle périphérique": QT_TRANSLATE_NOOP("fields", "Peripheral pole"),
            "extension d'une centralité voisine": QT_TRANSLATE_NOOP(
                "fields", "Extension of a neighbouring centrality"
            ),
        },
        "niveau": {
            "proximité": QT_TRANSLATE_NOOP("fields", "Local"),
            "intermédiaire": QT_TRANSLATE_NOOP("fields", "Intermediate"),
            "structurante": QT_TRANSLATE_NOOP("fields", "Structuring"),
        },
        "robust": {
            "stable": QT_TRANSLATE_NOOP("fields", "Stable"),
            "fragile": QT_TRANSLATE_NOOP("fields", "Fragile"),
        },
        "function": {
            "C": QT_TRANSLATE_NOOP("fields", "Shop"),
            "S": QT_TRANSLATE_NOOP("fields", "Service"),
            "E": QT_TRANSLATE_NOOP("fields", "Public facility"),
        },
        "role": {
            "core": QT_TRANSLATE_NOOP("fields", "Core"),
            "border": QT_TRANSLATE_NOOP("fields", "Border"),
            "noise": QT_TRANSLATE_NOOP("fields", "Isolated"),
        },
        "kind": {
            "agreed": QT_TRANSLATE_NOOP("fields", "Agreed perimeter"),
            "computed": QT_TRANSLATE_NOOP("fields", "Computed perimeter, not agreed"),
        },
        "statut": {  # of the agreed perimeter (gis/centralities_agreed.py STATUSES)
            "en discussion": QT_TRANSLATE_NOOP("fields", "Under discussion"),
            "validé": QT_TRANSLATE_NOOP("fields", "Agreed"),
            "rejeté": QT_TRANSLATE_NOOP("fields", "Rejected"),
        },
    },
    # -- degurbagrid: class of a commune (core/degurba.py unit_class) --
    "degurbagrid": {
        "degurba": {
            "0": QT_TRANSLATE_NOOP("fields", "Unpopulated"),
            "1": QT_TRANSLATE_NOOP("fields", "Rural area (thinly populated)"),
            "2": QT_TRANSLATE_NOOP("fields", "Town or suburb (intermediate density)"),
            "3": QT_TRANSLATE_NOOP("fields", "City (densely populated)"),
        },
    },
    # -- aggregateindicators: the key of the whole territory (core/aggregation.py) --
    "aggregateindicators": {
        "territoire": {"ensemble": QT_TRANSLATE_NOOP("fields", "Whole territory")},
    },
}

#: field name -> function giving the label of a composed code, given a translation function
Translate = Callable[[str], str]
DECODERS: dict[str, Callable[[str, Translate], str]] = {
    # -- centralities: "N≥10;H≥50;C,S,E,H=4/4;BB≤0.5", the rules ticked in words --
    "rules_passed": describe_rules,
}


def field_alias(algorithm: str, field: str) -> str | None:
    """The alias (English source text) of ``field`` in the outputs of ``algorithm``."""
    own = BY_ALGORITHM.get(algorithm, {})
    return own.get(field) or FIELDS.get(field)


def value_labels(algorithm: str, field: str) -> dict[str, str] | None:
    """Stored value -> label (English source text) of a coded field, if it is one."""
    own = VALUES_BY_ALGORITHM.get(algorithm, {})
    return own.get(field) or VALUES.get(field)
