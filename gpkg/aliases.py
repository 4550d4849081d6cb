"""French aliases of the territory GeoPackage's fields: the one table the build embeds.

Every field of every table of ``aula_territoire.gpkg`` (but ``fid`` and the geometry) shows a
French alias in QGIS. The build (``build_gpkg.py``) writes them into each table's default style
(``layer_styles``) and into the layers of the stored project, from :func:`table_aliases`.

One alias per field name, whatever the table: a field name that algorithm outputs share
(``insee``, ``nom``, ``population``, ``surface_ha``...) takes the plugin's own alias
(``aula_plugin/core/field_labels.py`` ``FIELDS``) in its French translation (``i18n/aula_fr.ts``,
context ``fields``); the GeoPackage's own field names are below (``GPKG_FIELDS``), in French
(what ships), with the convention of ``field_labels``: the planner's wording, capital first, the
unit at the end in parentheses. ``BY_TABLE`` holds the few fields whose name means something of
its own in one table; the Cerema consumption columns (``naf11art12``...) are named by pattern.

Standard library only (the unit tests read it without QGIS).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parents[1]
FRENCH_TS = REPO / "i18n" / "aula_fr.ts"
#: fields that never get an alias: the GeoPackage feature id and the geometry column
SKIPPED = frozenset({"fid", "geom"})
#: tables of gpkg_contents that are QGIS's own, not data
TECHNICAL_TABLES = frozenset({"layer_styles"})

#: field name -> French alias, for the fields of the GeoPackage that no algorithm output shares
GPKG_FIELDS: dict[str, str] = {
    # -- territory (commune, epci, scot, pole, territoire) --
    "dep": "Code du département",
    "epci_sigle": "Sigle de l'EPCI",
    "scot_id": "Identifiant du SCoT",
    "scot_nom": "Nom du SCoT",
    "pole_id": "Identifiant du pôle",
    "pole_nom": "Nom du pôle",
    "territoire_id": "Identifiant du territoire",
    "population_millesime": "Millésime de la population",
    "nature": "Nature juridique",
    "nb_communes": "Nombre de communes",
    # -- metadata and provenance --
    "key": "Clé",
    "value": "Valeur",
    "layer": "Couche",
    "source": "Source",
    "source_version": "Version de la source",
    "vintage": "Millésime des données",
    "licence": "Licence",
    "attribution": "Attribution",
    "build_date": "Date de construction du GeoPackage",
    "notes": "Notes",
    # provenance of imports (schema 2, aula_plugin/maintenance/provenance.py)
    "source_file": "Fichier source",
    "source_sha256": "Empreinte SHA-256 du fichier source",
    "release": "Édition de la source",
    "recorded_at": "Date d'enregistrement",
    "operator": "Opérateur",
    "tool_version": "Version de l'outil",
    "counts": "Décomptes (ajouts, suppressions, modifications, rejets)",
    # -- centralities (BPE-like activities, dwellings, agreed perimeters and their history) --
    "id": "Identifiant",
    "AN": "Millésime de la BPE",
    "DEPCOM": "Code INSEE",
    "TYPEQU": "Type d'équipement (code BPE)",
    "LAMBERT_X": "Abscisse Lambert-93 (m)",
    "LAMBERT_Y": "Ordonnée Lambert-93 (m)",
    "QUALITE_XY": "Qualité de la géolocalisation",
    "logements": "Nombre de logements",
    "statut": "Statut",
    "date_decision": "Date de la décision",
    "ref_decision": "Référence de la décision (délibération, compte rendu)",
    "commentaire": "Commentaire",
    "centralite_id": "Périmètre calculé d'origine (id)",
    "modifie_le": "Modifié le",
    "fid_origine": "Objet d'origine (fid)",
    "operation": "Opération",
    "horodatage": "Horodatage",
    # -- green and blue network --
    "largeur_m": "Largeur (m)",
    "cours_eau": "Cours d'eau",
    "id_zonage": "Identifiant du zonage",
    "classe": "Classe de la route",
    "code_cs": "Code de couverture du sol (CS)",
    "code_us": "Code d'usage du sol (US)",
    "libelle": "Libellé",
    "puissance_w": "Puissance (W)",
    # -- ZAN --
    "artif": "Artificialisation",
    "crit_seuil": "Sous le seuil de surface (1 = oui)",
    "projet_id": "Identifiant du projet",
    "annee_prevue": "Année prévue",
    "territory_id": "Identifiant du territoire",
    "level": "Échelon",
    "parent_id": "Territoire parent (identifiant)",
    "document": "Document",
    "page": "Page",
    "date": "Date",
    "in_local_document": "Inscrit dans le document local (1 = oui)",
    "url": "Adresse (URL)",
    "comment": "Commentaire",
    "eligible": "Éligible à la garantie d'1 ha (1 = oui)",
    "note": "Note",
    # -- Cerema consumption file (zan_cerema_synthetique): identifiers and context --
    "idcom": "Code INSEE",
    "idcomtxt": "Nom de la commune",
    "idreg": "Code de la région",
    "idregtxt": "Région",
    "iddep": "Code du département",
    "iddeptxt": "Département",
    "scot": "SCoT",
    "aav2020": "Code de l'aire d'attraction des villes 2020",
    "aav2020txt": "Aire d'attraction des villes 2020",
    "aav2020_typo": "Catégorie dans l'aire d'attraction des villes 2020",
}

#: table -> field -> French alias, where a field name means something of its own in one table
BY_TABLE: dict[str, dict[str, str]] = {
    "tvb_zonages": {"type": "Type de zonage"},
    "tvb_obstacles_ecoulement": {"type": "Type d'obstacle"},
    "zan_projets_synthetiques": {"type": "Type de projet", "libelle": "Libellé du projet"},
    # -- indicator tables (aula_plugin/core/indicators/store.py) --
    "ind_territory": {
        "level": "Échelon du territoire",
        "code": "Code du territoire",
        "label": "Nom du territoire",
        "geo_vintage": "Millésime géographique",
    },
    "ind_territory_link": {
        "child_level": "Échelon du territoire membre",
        "child_code": "Code du territoire membre",
        "parent_level": "Échelon du territoire parent",
        "parent_code": "Code du territoire parent",
        "geo_vintage": "Millésime géographique",
    },
    "ind_indicator": {
        "id": "Identifiant de l'indicateur",
        "label": "Libellé de l'indicateur",
        "unit": "Unité",
        "definition": "Définition",
        "source": "Source",
        "aggregation": "Règle d'agrégation (sum, ratio_of_sums, not_aggregable)",
        "numerator": "Numérateur (indicateur)",
        "denominator": "Dénominateur (indicateur)",
        "factor": "Multiplicateur",
        "decimals": "Décimales affichées",
    },
    "ind_value": {
        "territory_level": "Échelon du territoire",
        "territory_code": "Code du territoire",
        "indicator_id": "Identifiant de l'indicateur",
        "vintage": "Millésime (vide : non précisé par la source)",
        "value": "Valeur",
        "status": "Statut (ok, secret, missing, estimated)",
        "source": "Source",
        "note": "Note",
    },
}

#: Cerema destinations of NAF consumption (art{AA}{d}{BB})
DESTINATIONS = {
    "act": "activité",
    "hab": "habitat",
    "mix": "mixte",
    "rou": "routes",
    "fer": "voies ferrées",
    "inc": "destination inconnue",
}
NAF = re.compile(r"^naf(\d{2})art(\d{2})$")
DESTINATION = re.compile(r"^art(\d{2})(act|hab|mix|rou|fer|inc)(\d{2})$")
ARTCOM = re.compile(r"^artcom(\d{2})(\d{2})$")
SURFCOM = re.compile(r"^surfcom(\d{4})$")
EPCI = re.compile(r"^epci(\d{2})(txt)?$")
#: context columns of the Cerema file: prefix -> (alias of one year, alias of a change)
CONTEXT = re.compile(r"^(pop|men|emp)(\d{2})(\d{2})?$")
CONTEXT_WORDS = {
    "pop": ("Population", "Évolution de la population"),
    "men": ("Ménages", "Évolution du nombre de ménages"),
    "emp": ("Emplois", "Évolution de l'emploi"),
}
RATIOS = {
    "mepart": "Ménages et emplois gagnés / consommation NAF",
    "menhab": "Ménages gagnés / consommation NAF pour l'habitat",
    "artpop": "Consommation NAF / population gagnée",
}
RATIO = re.compile(r"^(mepart|menhab|artpop)(\d{2})(\d{2})$")


def _years(first: str, last: str) -> str:
    """Flows from 1 January 20AA to 1 January 20BB: the years 20AA to 20BB - 1."""
    start, end = 2000 + int(first), 2000 + int(last) - 1
    return str(start) if end == start else f"{start}-{end}"


def cerema_alias(field: str) -> str | None:
    """The alias of a column of the Cerema NAF consumption file named by pattern, if it is one."""
    if match := NAF.match(field):
        return f"Consommation NAF {_years(*match.groups())} (m²)"
    if match := DESTINATION.match(field):
        first, destination, last = match.groups()
        return f"Consommation NAF {_years(first, last)}, {DESTINATIONS[destination]} (m²)"
    if match := ARTCOM.match(field):
        return f"Part de la commune consommée {_years(*match.groups())} (%)"
    if match := SURFCOM.match(field):
        return f"Surface de la commune {match.group(1)} (m²)"
    if match := EPCI.match(field):
        what = "Nom" if match.group(2) else "Code SIREN"
        return f"{what} de l'EPCI 20{match.group(1)}"
    if match := CONTEXT.match(field):
        prefix, first, last = match.groups()
        year, change = CONTEXT_WORDS[prefix]
        return f"{year} 20{first}" if last is None else f"{change} 20{first}-20{last}"
    if match := RATIO.match(field):
        prefix, first, last = match.groups()
        return f"{RATIOS[prefix]} 20{first}-20{last}"
    return None


def field_labels() -> ModuleType:
    """``aula_plugin.core.field_labels``: the staged plugin's when importable, else the
    repository's (registered from its folder: the repository root on sys.path would let the
    top-level processing/ folder shadow QGIS's own processing module)."""
    if "aula_plugin" not in sys.modules and importlib.util.find_spec("aula_plugin") is None:
        init = REPO / "aula_plugin" / "__init__.py"
        spec = importlib.util.spec_from_file_location(
            "aula_plugin", init, submodule_search_locations=[str(init.parent)]
        )
        assert spec is not None and spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules["aula_plugin"] = package
        spec.loader.exec_module(package)
    return importlib.import_module("aula_plugin.core.field_labels")


def french_translations(ts: Path = FRENCH_TS, context: str = "fields") -> dict[str, str]:
    """Source text -> finished French translation, for one context of a Qt .ts file."""
    translations = {}
    for node in ElementTree.parse(ts).getroot().iter("context"):
        if node.findtext("name") != context:
            continue
        for message in node.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or ""):
                continue
            translations[message.findtext("source") or ""] = translation.text or ""
    return translations


def shared_aliases(ts: Path = FRENCH_TS) -> dict[str, str]:
    """field_labels.FIELDS in French: the aliases the GeoPackage shares with algorithm outputs."""
    labels = field_labels()
    french = french_translations(ts, labels.CONTEXT)
    missing = sorted({text for text in labels.FIELDS.values() if text not in french})
    if missing:
        raise ValueError(f"{ts}: no French translation (context {labels.CONTEXT}) of {missing}")
    return {field: french[text] for field, text in labels.FIELDS.items()}


def aliased_tables(con: sqlite3.Connection) -> list[str]:
    """The tables whose fields get aliases: every table of gpkg_contents but QGIS's own."""
    rows = con.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name").fetchall()
    return [name for (name,) in rows if name not in TECHNICAL_TABLES]


def table_aliases(
    table: str, fields: list[str], shared: dict[str, str] | None = None
) -> dict[str, str]:
    """Field -> French alias for the given fields of a GeoPackage table (fid, geometry skipped).

    Raises ValueError naming the fields without an alias: a new field needs its alias here.
    """
    shared = shared_aliases() if shared is None else shared
    own = BY_TABLE.get(table, {})
    aliases: dict[str, str] = {}
    missing = []
    for field in fields:
        if field in SKIPPED:
            continue
        alias = own.get(field) or shared.get(field) or GPKG_FIELDS.get(field)
        alias = alias or cerema_alias(field)
        if alias is None:
            missing.append(field)
        else:
            aliases[field] = alias
    if missing:
        raise ValueError(f"{table}: no alias for {missing} (gpkg/aliases.py)")
    return aliases
