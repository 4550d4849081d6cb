"""The name of a territory, for the ``nom`` column every territory output ends with.

A territory output (one row per commune, EPCI, SCoT, pôle or group of communes) keys its rows by a
code; a planner wants the name beside it. The names come from the commune layer the algorithm
already reads: the commune's own name field for rows per commune, and for a group the field that
names the group's key field (``epci_siren`` → ``epci_nom``, ``scot_id`` → ``scot_nom``...). A key
whose name is not known gets NULL, never a guess.

Pure Python: no qgis, no PyQt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

#: the column appended to every territory output, after all its other columns
NAME = "nom"
NAME_COLUMN = (NAME, "text")

#: fields naming a commune, in order of preference (case ignored)
COMMUNE_NAME_FIELDS = ("nom", "nom_commune", "nom_com", "libelle", "libgeo", "name")
#: suffixes and prefixes of a key field around the stem that names the territory
_KEY_SUFFIXES = ("_siren", "_insee", "_code", "_id", "_cod")
_KEY_PREFIXES = ("code_", "siren_", "id_")
#: name fields of a stem (``{stem}_nom`` for epci_siren → epci_nom)
_STEM_NAME_FIELDS = ("{stem}_nom", "nom_{stem}", "{stem}_name", "{stem}_libelle", "lib_{stem}")
#: key fields that hold a commune's own code
COMMUNE_KEYS = ("insee", "insee_com", "code_insee", "codgeo", "inseecom")


def _lookup(names: Iterable[str], wanted: Iterable[str]) -> str | None:
    by_lower = {}
    for name in names:
        by_lower.setdefault(name.lower(), name)
    for candidate in wanted:
        found = by_lower.get(candidate.lower())
        if found is not None:
            return found
    return None


def commune_name_field(field_names: Iterable[str]) -> str | None:
    """The field naming each commune (``nom``...), as the layer spells it; None when absent."""
    return _lookup(field_names, COMMUNE_NAME_FIELDS)


def group_name_field(key_field: str, field_names: Iterable[str]) -> str | None:
    """The field naming the territory of ``key_field`` (``epci_siren`` → ``epci_nom``).

    None when the layer has none (``territoire_id`` without ``territoire_nom``): the name is then
    unknown, not taken from another level.
    """
    names = [n for n in field_names if n.lower() != key_field.lower()]
    key = key_field.lower()
    if key in COMMUNE_KEYS:
        return commune_name_field(names)
    stem = key
    for suffix in _KEY_SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    else:
        for prefix in _KEY_PREFIXES:
            if stem.startswith(prefix) and len(stem) > len(prefix):
                stem = stem[len(prefix) :]
                break
    return _lookup(names, (t.format(stem=stem) for t in _STEM_NAME_FIELDS))


def name_field(key_field: str | None, field_names: Sequence[str]) -> str | None:
    """The name field for rows keyed by ``key_field`` (None or empty: one row per commune)."""
    if not key_field:
        return commune_name_field(field_names)
    return group_name_field(key_field, field_names)


class NameVotes:
    """Names seen for each key: a group's name is the one most of its communes give.

    Ties go to the first in alphabetical order, so that the result never depends on the order
    the features come in; blank names are not votes.
    """

    def __init__(self) -> None:
        self._votes: dict[str, dict[str, int]] = {}

    def add(self, key: str | None, name: Any) -> None:
        if not key or name is None:
            return
        text = str(name).strip()
        if not text:
            return
        votes = self._votes.setdefault(key, {})
        votes[text] = votes.get(text, 0) + 1

    def names(self) -> dict[str, str]:
        return {key: _most_given(votes) for key, votes in self._votes.items()}


def _most_given(votes: Mapping[str, int]) -> str:
    return min(votes, key=lambda name: (-votes[name], name))


def with_names(
    rows: Iterable[list[Any]], names: Mapping[str, str] | None, key: int = 0
) -> list[list[Any]]:
    """Each row with the name of its key (column ``key``) appended; None when unknown."""
    names = names or {}
    return [[*row, names.get(row[key])] for row in rows]
