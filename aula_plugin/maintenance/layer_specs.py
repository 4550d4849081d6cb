"""The layers of the territory package a technician may import, declared once.

A :class:`LayerSpec` says what a source file must carry to replace (or add to) a layer of the
package: its required fields and their kinds, its geometry family, its key (the field that
identifies a feature across releases, ``None`` when features have no stable identifier, as the
OCS GE polygons), its code lists and its CRS. The imports (``maintenance/imports.py``), hence
``aula:updatelayer`` and ``aula-gpkg import``, read them from here only.

Code lists come from the knowledge already in the plugin: the OCS GE v2 nomenclature and the
``artif`` values of ``core/zan/ocsge.py`` (``resources/zan/ocsge_nomenclature.csv``); the field
names of each layer are those ``gpkg/build_gpkg.py`` and the synthetic builders write. Standard
library only (the OCS GE lists are read when first needed).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: field kinds and the OGR field types (``ogr.GetFieldTypeName``) each accepts
KINDS: dict[str, tuple[str, ...]] = {
    "text": ("String",),
    "integer": ("Integer", "Integer64"),
    "real": ("Real", "Integer", "Integer64"),
    "date": ("Date", "DateTime", "String"),
    "any": (),  # any type
}
#: geometry families and the GeoPackage geometry types (after promotion to multi) they accept
GEOMETRIES: dict[str, tuple[str, ...]] = {
    "polygon": ("MULTIPOLYGON",),
    "line": ("MULTILINESTRING",),
    "point": ("POINT",),
}
LAMBERT_93 = 2154


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str = "text"
    required: bool = True
    #: other names met in deliveries (compared case-insensitively, like ``name``)
    aliases: tuple[str, ...] = ()
    #: name of a code list (:data:`CODE_LISTS`): every non-NULL value must be in it
    codes: str | None = None


@dataclass(frozen=True)
class LayerSpec:
    #: the package's layer name, or an fnmatch pattern for a family (``ocsge_*``: one per millésime)
    pattern: str
    geometry: str  # key of GEOMETRIES
    fields: tuple[FieldSpec, ...]
    key: str | None = None
    srs_id: int = LAMBERT_93
    notes: str = ""

    def field_spec(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name.lower() == name.lower()), None)


def _ocsge_codes(kind: str) -> frozenset[str]:
    from ..core.zan import ocsge  # numpy: read only when an OCS GE is imported

    path = ocsge.NOMENCLATURE_CSV  # in the staged plugin; in the repository for aula-gpkg
    if not path.is_file():
        path = Path(__file__).parents[2] / "resources" / "zan" / path.name
    nomenclature = ocsge.load_nomenclature(path)
    return frozenset(nomenclature.cs if kind == "cs" else nomenclature.us)


def _artif_codes() -> frozenset[str]:
    return frozenset(("artif", "non artif"))


#: code list name -> its values (loaded once, when first used)
CODE_LISTS: dict[str, Callable[[], frozenset[str]]] = {
    "ocsge_cs": lambda: _ocsge_codes("cs"),
    "ocsge_us": lambda: _ocsge_codes("us"),
    "ocsge_artif": _artif_codes,
    "epci_nature": lambda: frozenset(("CA", "CC", "CU", "ME", "MET69", "EPT")),
}


@cache
def code_list(name: str) -> frozenset[str]:
    return CODE_LISTS[name]()


_OCSGE_FIELDS = (
    FieldSpec("code_cs", aliases=("couverture", "cs"), codes="ocsge_cs"),
    FieldSpec("code_us", aliases=("usage", "us"), codes="ocsge_us"),
    FieldSpec("millesime", "any", required=False, aliases=("millésime", "annee", "year")),
    FieldSpec("artif", required=False, codes="ocsge_artif"),
    FieldSpec("crit_seuil", "any", required=False),
    FieldSpec("insee", required=False),
    FieldSpec("id", required=False),
)

#: every importable layer; the first matching pattern wins
SPECS: tuple[LayerSpec, ...] = (
    LayerSpec(
        "commune",
        "polygon",
        (
            FieldSpec("insee"),
            FieldSpec("nom"),
            FieldSpec("dep", required=False),
            FieldSpec("epci_siren", required=False),
            FieldSpec("population", "integer", required=False),
            FieldSpec("surface_ha", "real", required=False),
        ),
        key="insee",
    ),
    LayerSpec(
        "epci",
        "polygon",
        (
            FieldSpec("epci_siren"),
            FieldSpec("epci_nom"),
            FieldSpec("nature", required=False, codes="epci_nature"),
            FieldSpec("population", "integer", required=False),
        ),
        key="epci_siren",
    ),
    LayerSpec("ocsge_*", "polygon", _OCSGE_FIELDS, notes="OCS GE v2, one layer per millésime"),
    LayerSpec(
        "tvb_occupation_sol",
        "polygon",
        (FieldSpec("code_cs", codes="ocsge_cs"), FieldSpec("code_us", codes="ocsge_us")),
    ),
    LayerSpec(
        "tvb_zonages",
        "polygon",
        (FieldSpec("type"), FieldSpec("id_zonage"), FieldSpec("nom", required=False)),
        key="id_zonage",
    ),
    LayerSpec(
        "zan_projets*",
        "polygon",
        (
            FieldSpec("projet_id", "integer"),
            FieldSpec("libelle", required=False),
            FieldSpec("insee", required=False),
            FieldSpec("statut", required=False),
            FieldSpec("annee_prevue", "integer", required=False),
        ),
        key="projet_id",
    ),
    LayerSpec(
        "centra_activites",
        "point",
        (FieldSpec("id"), FieldSpec("DEPCOM"), FieldSpec("TYPEQU"), FieldSpec("AN", "any")),
        key="id",
    ),
)


def spec_for(layer: str) -> LayerSpec | None:
    """The spec of the package's layer ``layer`` (``None``: the layer cannot be imported)."""
    return next((s for s in SPECS if fnmatch.fnmatchcase(layer, s.pattern)), None)


def layer_names() -> list[str]:
    """The importable layers' names and patterns, for the help and the dialog."""
    return [s.pattern for s in SPECS]
