"""What a planner reads instead of an output's field names and codes: one catalogue for every
AULA algorithm.

Field names never change (scripts, models and qgis_process depend on them); a layer an algorithm
loads into the project shows them through an alias, and its coded values through a value map
(``gis.layer_look`` applies both). The convention, the same for every output:

- the alias is the planner's wording, capital first, no abbreviation a planner would not use
  (NAF, ZAN, SCoT, EPCI, INSEE, SIREN, TVB stay), at most about 40 characters;
- the unit ends it, in parentheses: ``(ha)``, ``(m²)``, ``(%)``, ``(m)``, ``(km²)``,
  ``(hab./km²)``, ``(ha/an)``, ``(hab.)`` for a population; other counts and codes have none;
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
    "population": QT_TRANSLATE_NOOP("fields", "Population (inhab.)"),
    "surface_ha": QT_TRANSLATE_NOOP("fields", "Area (ha)"),
    "nb_features": QT_TRANSLATE_NOOP("fields", "Number of features aggregated"),
    # -- TVB (green and blue network) --
    "sous_trame": QT_TRANSLATE_NOOP("fields", "Sub-network"),
    "origine": QT_TRANSLATE_NOOP("fields", "Origin (zoning or habitat)"),
    "source_fid": QT_TRANSLATE_NOOP("fields", "Number of the source feature"),
    "max_cost": QT_TRANSLATE_NOOP("fields", "Maximum cost (cost units)"),
    "units": QT_TRANSLATE_NOOP("fields", "Cost units"),
    "from_id": QT_TRANSLATE_NOOP("fields", "From reservoir"),
    "to_id": QT_TRANSLATE_NOOP("fields", "To reservoir"),
    "cost": QT_TRANSLATE_NOOP("fields", "Least cost (cost units)"),
    "length_m": QT_TRANSLATE_NOOP("fields", "Length (m)"),
    "corridor_id": QT_TRANSLATE_NOOP("fields", "Corridor identifier"),
    "infra_class": QT_TRANSLATE_NOOP("fields", "Infrastructure class"),
    "infra_name": QT_TRANSLATE_NOOP("fields", "Infrastructure name"),
    "link_importance": QT_TRANSLATE_NOOP("fields", "Link importance (PC drop, %)"),
    "weight": QT_TRANSLATE_NOOP("fields", "Class weight"),
    "score": QT_TRANSLATE_NOOP("fields", "Score (importance × weight)"),
    "rank": QT_TRANSLATE_NOOP("fields", "Rank"),
    "capacity": QT_TRANSLATE_NOOP("fields", "Capacity (ha, or the capacity field)"),
    "dPC": QT_TRANSLATE_NOOP("fields", "Importance for connectivity dPC (%)"),
    "dPCintra": QT_TRANSLATE_NOOP("fields", "dPC intra: own area (%)"),
    "dPCflux": QT_TRANSLATE_NOOP("fields", "dPC flux: flows (%)"),
    "dPCconnector": QT_TRANSLATE_NOOP("fields", "dPC connector: stepping stone (%)"),
    "dIIC": QT_TRANSLATE_NOOP("fields", "Importance for connectivity dIIC (%)"),
    "PC": QT_TRANSLATE_NOOP("fields", "Probability of connectivity PC"),
    "PCnum": QT_TRANSLATE_NOOP("fields", "PC numerator PCnum (ha²)"),
    "EC": QT_TRANSLATE_NOOP("fields", "Equivalent connected area EC (ha)"),
    "IIC": QT_TRANSLATE_NOOP("fields", "Integral index of connectivity IIC"),
    "IICnum": QT_TRANSLATE_NOOP("fields", "IIC numerator IICnum (ha²)"),
    "n_patches": QT_TRANSLATE_NOOP("fields", "Number of reservoirs"),
    "n_links": QT_TRANSLATE_NOOP("fields", "Number of links"),
    "n_iic_links": QT_TRANSLATE_NOOP("fields", "Number of links within the IIC threshold"),
    "landscape_ha": QT_TRANSLATE_NOOP("fields", "Landscape area (ha)"),
    "alpha": QT_TRANSLATE_NOOP("fields", "Distance decay alpha (1/cost unit)"),
    "d0": QT_TRANSLATE_NOOP("fields", "Reference distance d0 (cost units)"),
    "p0": QT_TRANSLATE_NOOP("fields", "Probability p0 at d0"),
    "iic_threshold": QT_TRANSLATE_NOOP("fields", "IIC threshold (cost units)"),
}

#: algorithm name -> field name -> alias, where a field means something of its own there
BY_ALGORITHM: dict[str, dict[str, str]] = {
    # -- TVB (green and blue network): id and source are the algorithm's own --
    "reservoirs": {"id": QT_TRANSLATE_NOOP("fields", "Reservoir identifier")},
    "costdistance": {"source": QT_TRANSLATE_NOOP("fields", "Source number (allocation)")},
    "leastcostcorridors": {"id": QT_TRANSLATE_NOOP("fields", "Corridor identifier")},
    "connectivitymetrics": {  # the reservoirs' own fields come first (fid: from a GeoPackage)
        "id": QT_TRANSLATE_NOOP("fields", "Reservoir identifier"),
        "fid": QT_TRANSLATE_NOOP("fields", "Reservoir feature number"),
    },
    "conflictpoints": {"id": QT_TRANSLATE_NOOP("fields", "Conflict point identifier")},
    "dilatationerosion": {"id": QT_TRANSLATE_NOOP("fields", "Continuum identifier")},
}

#: field name -> stored value -> label (English source text)
VALUES: dict[str, dict[str, str]] = {
    # -- TVB (green and blue network) --
    "sous_trame": {  # core.tvb.subnetworks.SUBNETWORKS
        "boisee": QT_TRANSLATE_NOOP("fields", "Woodland"),
        "ouverte": QT_TRANSLATE_NOOP("fields", "Grassland and open habitats"),
        "humide": QT_TRANSLATE_NOOP("fields", "Wetlands"),
        "aquatique": QT_TRANSLATE_NOOP("fields", "Aquatic (watercourses)"),
    },
    "units": {  # the cost units of every TVB cost (COST_UNITS)
        "m": QT_TRANSLATE_NOOP("fields", "friction × metres"),
        "cells": QT_TRANSLATE_NOOP("fields", "friction × cells"),
    },
}
#: algorithm name -> field name -> stored value -> label, where the codes are its own
VALUES_BY_ALGORITHM: dict[str, dict[str, dict[str, str]]] = {}

#: field name -> function giving the label of a composed code, given a translation function
Translate = Callable[[str], str]


# -- TVB (green and blue network): the decoders' labels --
#: a reservoir's origins (core.tvb.zonings.ZONING_TYPES and habitat patches), joined by "; "
TVB_ORIGINS = {
    "ZNIEFF1": QT_TRANSLATE_NOOP("fields", "ZNIEFF type 1"),
    "N2000": QT_TRANSLATE_NOOP("fields", "Natura 2000"),
    "APPB": QT_TRANSLATE_NOOP("fields", "Biotope protection order (APPB)"),
    "RNR": QT_TRANSLATE_NOOP("fields", "Regional nature reserve"),
    "RNN": QT_TRANSLATE_NOOP("fields", "National nature reserve"),
    "ENS": QT_TRANSLATE_NOOP("fields", "Sensitive natural area (ENS)"),
    "habitat": QT_TRANSLATE_NOOP("fields", "Habitat patch"),
}
#: the infrastructure classes of the built-in weights and friction tables; a class of the
#: user's own keeps its code
TVB_INFRA_CLASSES = {
    "autoroute": QT_TRANSLATE_NOOP("fields", "Motorway"),
    "nationale": QT_TRANSLATE_NOOP("fields", "National road"),
    "departementale": QT_TRANSLATE_NOOP("fields", "Departmental road"),
    "locale": QT_TRANSLATE_NOOP("fields", "Local road"),
    "voie_ferree": QT_TRANSLATE_NOOP("fields", "Railway"),
    "cours_eau": QT_TRANSLATE_NOOP("fields", "Watercourse"),
    "obstacle": QT_TRANSLATE_NOOP("fields", "Watercourse obstacle"),
}


def _reservoir_origin(code: str, tr: Translate) -> str:
    parts = [part.strip() for part in code.split(";") if part.strip()]
    return ", ".join(tr(TVB_ORIGINS[p]) if p in TVB_ORIGINS else p for p in parts)


def _infra_class(code: str, tr: Translate) -> str:
    return tr(TVB_INFRA_CLASSES[code]) if code in TVB_INFRA_CLASSES else code


DECODERS: dict[str, Callable[[str, Translate], str]] = {
    # -- TVB (green and blue network) --
    "origine": _reservoir_origin,
    "infra_class": _infra_class,  # open list: the user's own classes keep their code
}


def field_alias(algorithm: str, field: str) -> str | None:
    """The alias (English source text) of ``field`` in the outputs of ``algorithm``."""
    own = BY_ALGORITHM.get(algorithm, {})
    return own.get(field) or FIELDS.get(field)


def value_labels(algorithm: str, field: str) -> dict[str, str] | None:
    """Stored value -> label (English source text) of a coded field, if it is one."""
    own = VALUES_BY_ALGORITHM.get(algorithm, {})
    return own.get(field) or VALUES.get(field)
