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
}

#: algorithm name -> field name -> alias, where a field means something of its own there
BY_ALGORITHM: dict[str, dict[str, str]] = {}

#: field name -> stored value -> label (English source text)
VALUES: dict[str, dict[str, str]] = {}
#: algorithm name -> field name -> stored value -> label, where the codes are its own
VALUES_BY_ALGORITHM: dict[str, dict[str, dict[str, str]]] = {}

#: field name -> function giving the label of a composed code, given a translation function
Translate = Callable[[str], str]
DECODERS: dict[str, Callable[[str, Translate], str]] = {}


def field_alias(algorithm: str, field: str) -> str | None:
    """The alias (English source text) of ``field`` in the outputs of ``algorithm``."""
    own = BY_ALGORITHM.get(algorithm, {})
    return own.get(field) or FIELDS.get(field)


def value_labels(algorithm: str, field: str) -> dict[str, str] | None:
    """Stored value -> label (English source text) of a coded field, if it is one."""
    own = VALUES_BY_ALGORITHM.get(algorithm, {})
    return own.get(field) or VALUES.get(field)
