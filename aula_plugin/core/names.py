"""Which field of a layer holds a name: one rule for the outputs that gain a name column.

A territory output (one row per parent in aula:aggregateindicators, one per commune in
aula:degurbagrid) ends with the territory's name, read from the layer that describes it:

- a layer of the territories themselves names them in the field of their kind (``epci_nom`` for
  ``epci_siren``, ``scot_nom`` for ``scot_id``, ``nom_com`` for ``insee_com``), else in a generic
  name field (``nom``, ``name``, ``libgeo``…);
- a layer of members (communes) names their parent only in the field of the parent's kind
  (``epci_nom`` next to ``epci_siren``): its ``nom`` is the member's own name, never the parent's.

Field names are compared case-insensitively and returned as the layer spells them. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterable

#: generic fields naming a layer's own features, in order of preference
OWN_NAME_FIELDS = ("nom", "nom_com", "nom_commune", "libgeo", "name", "libelle", "lib")
#: words of a key field that say how it codes, not what it codes (epci_siren: an EPCI)
_KEY_WORDS = {"id", "code", "cod", "siren", "insee", "key", "cle", "num", "fid"}
#: the name fields of a kind ``{}``, in order of preference
_KIND_NAME_FIELDS = ("{}_nom", "nom_{}", "{}_name", "name_{}", "{}_libelle", "libelle_{}", "lib_{}")


def _kinds(key: str) -> list[str]:
    """What a key field codes: "epci_siren" -> ["epci"], "code_scot" -> ["scot"]."""
    words = [w for w in key.lower().split("_") if w and w not in _KEY_WORDS]
    return list(dict.fromkeys(words))


def _first(names: Iterable[str], wanted: Iterable[str]) -> str | None:
    spelled = {}
    for name in names:
        spelled.setdefault(name.lower(), name)
    return next((spelled[w] for w in wanted if w in spelled), None)


def parent_name_field(member_fields: Iterable[str], key: str) -> str | None:
    """The field of a member layer naming each member's parent of key field ``key``, or None."""
    wanted = [template.format(kind) for kind in _kinds(key) for template in _KIND_NAME_FIELDS]
    return _first(member_fields, wanted)


def own_name_field(fields: Iterable[str], key: str | None = None) -> str | None:
    """The field of a layer naming its own features (whose key field is ``key``), or None."""
    kinds = _kinds(key) if key else []
    wanted = [t.format(kind) for kind in kinds for t in _KIND_NAME_FIELDS] + list(OWN_NAME_FIELDS)
    return _first(fields, wanted)
