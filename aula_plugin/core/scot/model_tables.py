"""The SCoT prescription model: the tables a SCoT's DOO is mapped into, in a GeoPackage.

The national CNIG SCoT standard only covers the perimeter (DOC_URBA, DOC_URBA_COM,
PERIMETRE_SCOT): the DOO stays a PDF. The compatibility checks need its prescriptions as layers,
so the plugin defines its own model: armature tiers per commune with their density minima,
centralities and commercial sites, TVB reservoirs and corridors, the urban envelope, the land
consumption budget per commune, risk zones, public-transport stops, and the DOO articles
themselves. Every row carries the DOO reference it comes from (``doo_document``,
``doo_article``, ``doo_page``, ``doo_url``) and its ``source`` (e.g. "synthétique" for the demo
layers). Missing or partial tables make rules not evaluable, never passing.

Pure Python: no qgis, no PyQt. ``gis/scot_model.py`` creates the tables.
"""

from __future__ import annotations

from dataclasses import dataclass

#: the columns every table ends with: where in the DOO the row comes from
DOO_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doo_document", "TEXT"),  # DOO, DAACL, PADD, PPRT ... (document name)
    ("doo_article", "TEXT"),  # "Prescription 1.3", "Orientation 4.2"
    ("doo_page", "INTEGER"),
    ("doo_url", "TEXT"),  # a link to the page (…/doo.pdf#page=57)
    ("source", "TEXT"),  # who drew the row, "synthétique" for demo data
)

#: armature tiers (``scot_armature.niveau``)
ARMATURE_LEVELS = ("pôle majeur", "pôle intermédiaire", "pôle de proximité", "commune rurale")
#: ``scot_centralite.type``
CENTRALITY_TYPES = ("centralité", "SIP", "logistique")
#: ``scot_tvb.type`` / ``scot_tvb_lineaire.type``
TVB_TYPES = ("réservoir", "corridor")
#: ``scot_risque.niveau``: only "rouge" forbids building
RISK_LEVELS = ("rouge", "bleu", "information")


@dataclass(frozen=True)
class ModelTable:
    name: str
    geometry: str  # GeoPackage geometry type name, "" for an attribute table
    columns: tuple[tuple[str, str], ...]  # (name, SQL type), the DOO columns excluded
    identifier: str  # the layer's title in QGIS
    description: str

    @property
    def all_columns(self) -> tuple[tuple[str, str], ...]:
        return (*self.columns, *DOO_COLUMNS)

    def columns_sql(self) -> str:
        """The column list after the fid (and the geometry), for CREATE TABLE."""
        return ", ".join(f'"{name}" {kind}' for name, kind in self.all_columns)


# fmt: off
SCOT_TABLES: tuple[ModelTable, ...] = (
    ModelTable("scot_prescription", "", (
        ("id", "TEXT NOT NULL UNIQUE"), ("titre", "TEXT"), ("texte", "TEXT"),
        ("relation", "TEXT"),  # compatibilite, conformite, prise_en_compte, information
    ), "SCoT — prescriptions du DOO",
        "Articles du DOO cités par les règles (référence, titre, texte, page, lien)"),
    ModelTable("scot_perimetre", "MULTIPOLYGON", (
        ("idurba", "TEXT"), ("nom", "TEXT"), ("datappro", "TEXT"),
    ), "SCoT — périmètre", "Périmètre du SCoT (standard CNIG PERIMETRE_SCOT)"),
    ModelTable("scot_armature", "MULTIPOLYGON", (
        ("insee", "TEXT NOT NULL"), ("nom", "TEXT"), ("niveau", "TEXT NOT NULL"),
        ("densite_min_lgt_ha", "REAL"),
    ), "SCoT — armature urbaine",
        "Niveau de chaque commune dans l'armature et densité minimale de logements (lgt/ha)"),
    ModelTable("scot_centralite", "MULTIPOLYGON", (
        ("id", "TEXT"), ("nom", "TEXT"), ("insee", "TEXT"), ("type", "TEXT NOT NULL"),
        ("surf_vente_min", "REAL"), ("surf_vente_max", "REAL"),
    ), "SCoT — centralités et sites commerciaux",
        "Centralités, secteurs d'implantation périphérique (SIP) et sites logistiques du DAACL"),
    ModelTable("scot_tvb", "MULTIPOLYGON", (
        ("id", "TEXT"), ("type", "TEXT NOT NULL"), ("sous_trame", "TEXT"), ("regle", "TEXT"),
    ), "SCoT — trame verte et bleue (surfaces)",
        "Réservoirs de biodiversité et corridors surfaciques protégés par le DOO"),
    ModelTable("scot_tvb_lineaire", "MULTILINESTRING", (
        ("id", "TEXT"), ("type", "TEXT NOT NULL"), ("sous_trame", "TEXT"), ("regle", "TEXT"),
        ("largeur_m", "REAL"),
    ), "SCoT — corridors écologiques (lignes)",
        "Corridors linéaires du DOO; une règle les teste dans une largeur (buffer_m) qu'elle fixe"),
    ModelTable("scot_enveloppe_urbaine", "MULTIPOLYGON", (
        ("insee", "TEXT"), ("millesime", "INTEGER"),
    ), "SCoT — enveloppe urbaine", "Enveloppe urbaine de référence (hors extension)"),
    ModelTable("scot_budget_foncier", "", (
        ("territoire", "TEXT NOT NULL"), ("nom", "TEXT"), ("periode", "TEXT"),
        ("ha_max", "REAL NOT NULL"), ("destination", "TEXT"),
    ), "SCoT — budget foncier",
        "Consommation d'espace maximale par commune (ha) et par période"),
    ModelTable("scot_risque", "MULTIPOLYGON", (
        ("id", "TEXT"), ("type_risque", "TEXT"), ("niveau", "TEXT NOT NULL"),
        ("typereglement", "TEXT"),
    ), "SCoT — zones de risque",
        "Zones de risque reprises par le DOO (rouge : inconstructible)"),
    ModelTable("scot_arret_tc", "POINT", (
        ("id", "TEXT"), ("nom", "TEXT"), ("insee", "TEXT"), ("mode", "TEXT"),
        ("rayon_m", "REAL"), ("densite_min_lgt_ha", "REAL"),
    ), "SCoT — arrêts de transport collectif",
        "Arrêts structurants autour desquels le DOO fixe une densité minimale"),
)
# fmt: on

TABLES_BY_NAME = {table.name: table for table in SCOT_TABLES}
