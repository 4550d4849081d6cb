#!/usr/bin/env python3
"""aula-gpkg: the technicians' tool for the AULA territory GeoPackage (without QGIS desktop).

    gpkg/aula-gpkg check  aula_territoire.gpkg        # integrity: exit 1 on any error
    gpkg/aula-gpkg migrate aula_territoire.gpkg       # schema update, after a backup
    gpkg/aula-gpkg import aula_territoire.gpkg --layer ocsge_2024 --source ocs.gpkg  # dry run
    gpkg/aula-gpkg import ... --rejects rejets.gpkg   # the rejected features, to fix in QGIS
    gpkg/aula-gpkg tables aula_territoire.gpkg        # tables, rows, spatial indexes (read only)
    gpkg/aula-gpkg provenance aula_territoire.gpkg    # the import history, newest first
    gpkg/aula-gpkg rollback aula_territoire.gpkg      # back to the latest import backup
    gpkg/aula-gpkg checkout aula_territoire.gpkg reunion.gpkg   # an offline copy
    gpkg/aula-gpkg diff reunion.gpkg                  # what the copy changed since
    gpkg/aula-gpkg merge aula_territoire.gpkg reunion.gpkg --dry-run --report conflits.csv
    gpkg/aula-gpkg publish aula_territoire.gpkg "host=serveur dbname=sig" --schema aula

Built on the plugin's maintenance library (aula_plugin/maintenance/): the same checks,
migrations, import rules and merges as the Processing algorithms, each written once there. The
tool alone also uses fiona (reading a source's schema) and geopandas (writing the rejected
features), in source_files.py, and sqlite-utils (tables, provenance, what a migration changes),
in package_tables.py: Debian's fiona and geopandas run on QGIS's GDAL. Texts in French when LANG
(or LANGUAGE, LC_ALL, LC_MESSAGES) is French, in English otherwise; the library's messages come
from i18n/aula_fr.ts.
Exit status: 0 success, 1 failure (problems found, file refused), 2 wrong usage.
Each subcommand registers itself in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FRENCH_TS = REPO / "i18n" / "aula_fr.ts"
sys.path.insert(0, str(HERE))  # the tool's own modules (source_files, package_tables)
sys.path.insert(0, str(HERE / "synthetic"))  # the builders' door to the plugin's library
from provenance_table import plugin_module  # noqa: E402

errors = plugin_module("core.errors")
integrity = plugin_module("maintenance.integrity")
migrations = plugin_module("maintenance.migrations")
messages = plugin_module("maintenance.messages")
imports = plugin_module("maintenance.imports")
offline = plugin_module("maintenance.offline")
postgis = plugin_module("maintenance.postgis")

#: the tool's own modules and the library each needs (Debian's package or the venv's)
NEEDS = {
    "source_files": "fiona, geopandas (Debian: apt-get install python3-fiona python3-geopandas)",
    "package_tables": "sqlite-utils (make setup-venv, or pip install -r requirements-dev.txt)",
}
MISSING_MODULE = "aula-gpkg: this command needs {needs}: {error}"

CONFLICT_LINE = (
    "CONFLICT {table} {key} {field}: base {base!r}, master {master!r}, copy {copy!r} -> {choice}"
)
UNDECIDED = (
    "{count} conflict(s) undecided: nothing was merged (choose --keep master|copy or --choices)."
)
#: the tool's own texts: English -> French (the library's come from i18n/aula_fr.ts)
FRENCH = {
    "Maintain the AULA territory GeoPackage: check its integrity, update its schema, import "
    "layers, merge offline copies, publish it to PostGIS.": (
        "Entretien du GeoPackage du territoire AULA : vérifier son intégrité, mettre à jour son "
        "schéma, importer des couches, fusionner des copies hors ligne, le publier dans PostGIS."
    ),
    "Exit status: 0 success, 1 failure or problems found, 2 wrong usage.": (
        "Code de sortie : 0 succès, 1 échec ou problèmes trouvés, 2 mauvaise utilisation."
    ),
    "show this help message and exit": "afficher cette aide et quitter",
    "subcommands": "sous-commandes",
    "Check a GeoPackage: SQLite integrity, GeoPackage requirements, spatial indexes, foreign "
    "keys and the AULA schema; exit 1 if any error is found.": (
        "Vérifier un GeoPackage : intégrité SQLite, exigences GeoPackage, index spatiaux, clés "
        "étrangères et schéma AULA ; sortie 1 si une erreur est trouvée."
    ),
    "Update an older package to the current data schema (a backup of the file is made first).": (
        "Mettre à jour un paquet ancien vers le schéma de données actuel (une sauvegarde du "
        "fichier est faite d'abord)."
    ),
    "the GeoPackage file": "le fichier GeoPackage",
    "print the problems as JSON": "écrire les problèmes en JSON",
    "also fail (exit 1) on warnings": "échouer aussi (sortie 1) sur les avertissements",
    "list the pending migrations without applying them": (
        "lister les migrations à faire sans les appliquer"
    ),
    "folder of the backup (default: beside the file)": (
        "dossier de la sauvegarde (par défaut : à côté du fichier)"
    ),
    "no progress bar": "pas de barre de progression",
    "error": "erreur",
    "warning": "avertissement",
    "fix": "correction",
    "{path}: no problem found.": "{path} : aucun problème trouvé.",
    "{path}: {errors} error(s), {warnings} warning(s).": (
        "{path} : {errors} erreur(s), {warnings} avertissement(s)."
    ),
    "{path}: schema {version}, up to date.": "{path} : schéma {version}, à jour.",
    "{path}: schema {version}, migrations to apply:": (
        "{path} : schéma {version}, migrations à appliquer :"
    ),
    "{path}: schema {old} -> {new}; backup: {backup}": (
        "{path} : schéma {old} -> {new} ; sauvegarde : {backup}"
    ),
    "{path}: schema {old} -> {new} (no backup)": "{path} : schéma {old} -> {new} (sans sauvegarde)",
    "do not back the file up first (not recommended)": (
        "ne pas sauvegarder le fichier d'abord (déconseillé)"
    ),
    "Import a layer (or a new millésime) from a source file after checking it: a dry run by "
    "default (what would be added, removed, changed, rejected and why); --apply writes it, all "
    "or nothing, after a backup, with its provenance row.": (
        "Importer une couche (ou un nouveau millésime) depuis un fichier source après l'avoir "
        "vérifié : simulation par défaut (ce qui serait ajouté, supprimé, modifié, rejeté et "
        "pourquoi) ; --apply l'écrit, tout ou rien, après une sauvegarde, avec sa ligne de "
        "provenance."
    ),
    "Put the package back as an import backup holds it (by default the latest one).": (
        "Remettre le paquet dans l'état d'une sauvegarde d'import (par défaut la plus récente)."
    ),
    "the package's layer to replace or append to": ("la couche du paquet à remplacer ou compléter"),
    "the source file (GeoPackage, shapefile, GeoJSON...)": (
        "le fichier source (GeoPackage, shapefile, GeoJSON...)"
    ),
    "the source file's layer (when it has several)": (
        "la couche du fichier source (s'il en a plusieurs)"
    ),
    "replace the layer's content (default) or append to it": (
        "remplacer le contenu de la couche (par défaut) ou le compléter"
    ),
    "key field (default: the layer's; empty for none)": (
        "champ clé (par défaut : celui de la couche ; vide pour aucun)"
    ),
    "release of the source (e.g. 2024)": "version de la source (par exemple 2024)",
    "who imports (default: the session's user)": (
        "qui importe (par défaut : l'utilisateur de la session)"
    ),
    "only show what the import would do (the default)": (
        "seulement montrer ce que ferait l'import (par défaut)"
    ),
    "write the import into the package": "écrire l'import dans le paquet",
    "import the accepted features, leaving the rejected ones out": (
        "importer les entités acceptées, sans les rejetées"
    ),
    "the backup to restore (default: the latest import backup)": (
        "la sauvegarde à restaurer (par défaut : la dernière sauvegarde d'import)"
    ),
    "Dry run: nothing was written (--apply to import).": (
        "Simulation : rien n'a été écrit (--apply pour importer)."
    ),
    "{path}: {written} feature(s) written into {layer}; backup: {backup}": (
        "{path} : {written} entité(s) écrite(s) dans {layer} ; sauvegarde : {backup}"
    ),
    "{path}: restored from {backup}": "{path} : restauré depuis {backup}",
    "Check out an offline copy of the package (its base snapshot is kept beside the master, "
    "in .aula_checkouts).": (
        "Extraire une copie hors ligne du paquet (son instantané de base est gardé à côté du "
        "maître, dans .aula_checkouts)."
    ),
    "Show what an offline copy changed since its checkout (or since --base), per table; needs "
    "pygeodiff.": (
        "Montrer ce qu'une copie hors ligne a changé depuis son extraction (ou depuis --base), "
        "par table ; demande pygeodiff."
    ),
    "Merge the edits of an offline copy back into the master with pygeodiff (a backup of the "
    "master first); exit 1 while conflicts are undecided.": (
        "Fusionner les modifications d'une copie hors ligne dans le maître avec pygeodiff (une "
        "sauvegarde du maître d'abord) ; sortie 1 tant que des conflits ne sont pas tranchés."
    ),
    "the offline copy to write (a new file)": "la copie hors ligne à écrire (un nouveau fichier)",
    "the offline copy": "la copie hors ligne",
    "the base to compare with (default: the copy's checkout snapshot)": (
        "la base de comparaison (par défaut : l'instantané de l'extraction de la copie)"
    ),
    "print the changes as JSON": "écrire les changements en JSON",
    "list the changes and conflicts, write nothing": (
        "lister les changements et les conflits, ne rien écrire"
    ),
    "what to keep in a conflict: stop (default), master or copy": (
        "que garder dans un conflit : stop (par défaut), master (le maître) ou copy (la copie)"
    ),
    "per-conflict choices: the conflict report with its resolution column filled in": (
        "choix par conflit : le rapport des conflits avec sa colonne resolution remplie"
    ),
    "write the conflicts to this CSV or JSON file": (
        "écrire les conflits dans ce fichier CSV ou JSON"
    ),
    "{copy}: offline copy of {master} (checkout {checkout}); base: {base}": (
        "{copy} : copie hors ligne de {master} (extraction {checkout}) ; base : {base}"
    ),
    "{path}: no change since the base.": "{path} : aucun changement depuis la base.",
    "{table}: {inserted} added, {updated} changed, {deleted} deleted": (
        "{table} : {inserted} ajoutée(s), {updated} modifiée(s), {deleted} supprimée(s)"
    ),
    "Edits of the copy:": "Modifications de la copie :",
    "Edits of the master since the checkout:": "Modifications du maître depuis l'extraction :",
    "none": "aucune",
    CONFLICT_LINE: (
        "CONFLIT {table} {key} {field} : base {base!r}, maître {master!r}, copie {copy!r} -> "
        "{choice}"
    ),
    "undecided": "non tranché",
    "Dry run: {path} was not written.": "Simulation : {path} n'a pas été écrit.",
    UNDECIDED: (
        "{count} conflit(s) non tranché(s) : rien n'a été fusionné (choisir --keep master|copy "
        "ou --choices)."
    ),
    "The copy has no edit: nothing to merge.": (
        "La copie n'a aucune modification : rien à fusionner."
    ),
    "Merged into {path}; backup: {backup}": "Fusionné dans {path} ; sauvegarde : {backup}",
    "Conflict report: {report}": "Rapport des conflits : {report}",
    "Publish the package to a PostgreSQL/PostGIS schema (all or nothing: a staging schema "
    "replaces the old one in one transaction), as aula:publishpostgis does in QGIS.": (
        "Publier le paquet dans un schéma PostgreSQL/PostGIS (tout ou rien : un schéma "
        "provisoire remplace l'ancien en une transaction), comme aula:publishpostgis dans QGIS."
    ),
    "the database, as a libpq connection string (e.g. 'host=serveur dbname=sig user=aula')": (
        "la base, en chaîne de connexion libpq (par exemple 'host=serveur dbname=sig user=aula')"
    ),
    "the schema to write (default: aula)": "le schéma à écrire (par défaut : aula)",
    "refuse to replace an existing schema": "refuser de remplacer un schéma existant",
    "{path}: {tables} table(s), {rows} row(s) published into {database}.{schema}": (
        "{path} : {tables} table(s), {rows} ligne(s) publiée(s) dans {database}.{schema}"
    ),
    MISSING_MODULE: "aula-gpkg : cette commande demande {needs} : {error}",
    "write the rejected features (fid, key, reason, geometry) to this file (GeoPackage, "
    "GeoJSON or shapefile), to correct the source in QGIS": (
        "écrire les entités rejetées (fid, clé, motif, géométrie) dans ce fichier (GeoPackage, "
        "GeoJSON ou shapefile), pour corriger la source dans QGIS"
    ),
    "Rejected features: {file} ({count})": "Entités rejetées : {file} ({count})",
    "No feature rejected: {file} was not written.": (
        "Aucune entité rejetée : {file} n'a pas été écrit."
    ),
    "List the package's tables (opened read only, with sqlite-utils): GeoPackage data type, "
    "rows, geometry column and spatial index.": (
        "Lister les tables du paquet (ouvert en lecture seule, avec sqlite-utils) : type de "
        "données GeoPackage, lignes, colonne géométrique et index spatial."
    ),
    "print the tables as JSON": "écrire les tables en JSON",
    "table": "table",
    "type": "type",
    "rows": "lignes",
    "geometry": "géométrie",
    "spatial index": "index spatial",
    "yes": "oui",
    "no": "non",
    "{path}: {count} table(s).": "{path} : {count} table(s).",
    "Show the package's import history (aula_provenance, read only with sqlite-utils), newest "
    "first.": (
        "Montrer l'historique des imports du paquet (aula_provenance, lu en lecture seule avec "
        "sqlite-utils), du plus récent au plus ancien."
    ),
    "only the rows of this layer": "seulement les lignes de cette couche",
    "print the rows as JSON": "écrire les lignes en JSON",
    "{path}: no provenance row.": "{path} : aucune ligne de provenance.",
    "recorded": "enregistré",
    "release": "version",
    "operator": "opérateur",
    "source": "source",
    "sha256": "sha256",
    "counts": "décomptes",
    "tool": "outil",
    "built": "construit",
    "would create table {table}": "créerait la table {table}",
    "would add column {column}": "ajouterait la colonne {column}",
    "would register {table} in gpkg_contents": "inscrirait {table} dans gpkg_contents",
    "usage: ": "utilisation : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
}


class Texts:
    """The tool's and the library's texts in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.library = messages.ts_translator(FRENCH_TS if lang == "fr" else None)

    def __call__(self, text: str) -> str:
        return FRENCH.get(text, text) if self.lang == "fr" else text

    def error(self, exc: Any) -> str:
        return exc.message(self.library)


class ToolError(Exception):
    """A module of the tool whose library is missing: said as such (exit 1)."""


def tool_module(name: str) -> Any:
    """``source_files`` or ``package_tables``, imported when a command needs it (``check`` and
    ``migrate`` run without their libraries)."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ToolError(name, str(exc)) from None


class ProgressBar:
    """``[#####-----]  50 % text`` on stderr, redrawn in place; silent when not a terminal."""

    WIDTH = 30

    def __init__(self, texts: Texts, stream: TextIO, enabled: bool = True) -> None:
        self.texts, self.stream = texts, stream
        self.enabled = enabled and stream.isatty()
        self.drawn = False

    def __call__(self, fraction: float, text: str) -> None:
        if not self.enabled:
            return
        done = int(self.WIDTH * max(0.0, min(1.0, fraction)))
        line = "[{}{}] {:3.0f} % {}".format(
            "#" * done, "-" * (self.WIDTH - done), 100 * fraction, self.texts.library(text)
        )
        self.stream.write("\r" + line[:78].ljust(78))
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def run_check(args: argparse.Namespace, texts: Texts) -> int:
    bar = ProgressBar(texts, sys.stderr, not args.no_progress)
    try:
        report = integrity.check_package(args.path, bar)
    finally:
        bar.close()
    problems = report.problems
    if args.json:
        rows = []
        for problem in problems:
            detail, fix = problem.texts(texts.library)
            rows.append(
                {
                    "check": problem.check,
                    "severity": problem.severity,
                    "table": problem.table,
                    "detail": detail,
                    "fix": fix,
                }
            )
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for problem in problems:
            detail, fix = problem.texts(texts.library)
            where = f" {problem.table}" if problem.table else ""
            print(f"{texts(problem.severity).upper()} [{problem.check}]{where}: {detail}")
            print(f"    {texts('fix')}: {fix}")
        warnings = len(problems) - len(report.errors)
        if problems:
            summary = texts("{path}: {errors} error(s), {warnings} warning(s).")
            print(summary.format(path=args.path, errors=len(report.errors), warnings=warnings))
        else:
            print(texts("{path}: no problem found.").format(path=args.path))
    failed = report.errors or (args.strict and problems)
    return 1 if failed else 0


def run_migrate(args: argparse.Namespace, texts: Texts) -> int:
    path = Path(args.path)
    try:
        pending = migrations.pending_migrations(path)
        version = plugin_module("core.workcopy").schema_version(path)
        if not pending:
            print(texts("{path}: schema {version}, up to date.").format(path=path, version=version))
            return 0
        if args.dry_run:
            print(
                texts("{path}: schema {version}, migrations to apply:").format(
                    path=path, version=version
                )
            )
            changes = migration_changes(path, texts)
            for migration in pending:
                print(f"  {migration.version}: {texts.library(migration.title)}")
                for line in changes.get(migration.version, []):
                    print(f"      {line}")
            return 0
        bar = ProgressBar(texts, sys.stderr, not args.no_progress)
        try:
            result = migrations.migrate_package(
                path, backup=not args.no_backup, backup_folder=args.backup_dir, progress=bar
            )
        finally:
            bar.close()
    except errors.AulaError as exc:
        print(texts.error(exc), file=sys.stderr)
        return 1
    values = {"path": path, "old": result.from_version, "new": result.to_version}
    if result.backup is not None:
        print(
            texts("{path}: schema {old} -> {new}; backup: {backup}").format(
                backup=result.backup, **values
            )
        )
    else:
        print(texts("{path}: schema {old} -> {new} (no backup)").format(**values))
    return 0


def migration_changes(path: Path, texts: Texts) -> dict[int, list[str]]:
    """version -> what it would change, found by sqlite-utils on a temporary copy migrated by the
    library; {} without sqlite-utils (the titles are then listed alone)."""
    try:
        tables = tool_module("package_tables")
    except ToolError:
        return {}
    found: dict[int, list[str]] = {}
    for changes in tables.migration_changes(path):
        lines = [texts("would create table {table}").format(table=t) for t in changes.tables]
        lines += [texts("would add column {column}").format(column=c) for c in changes.columns]
        lines += [
            texts("would register {table} in gpkg_contents").format(table=t)
            for t in changes.registered
        ]
        found[changes.version] = lines
    return found


def run_publish(args: argparse.Namespace, texts: Texts) -> int:
    bar = ProgressBar(texts, sys.stderr, not args.no_progress)
    try:
        try:
            report = postgis.publish_package(
                args.path, args.conninfo, args.schema, replace=not args.no_replace, progress=bar
            )
        finally:
            bar.close()
    except errors.AulaError as exc:
        print(texts.error(exc), file=sys.stderr)
        return 1
    print(
        texts("{path}: {tables} table(s), {rows} row(s) published into {database}.{schema}").format(
            path=args.path, tables=report.layers, rows=report.total_rows,
            database=report.database, schema=report.schema,
        )
    )  # fmt: skip
    return 0


def tool_version() -> str:
    """The plugin's version, from metadata.txt (the single source of truth)."""
    for line in (REPO / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return "aula-gpkg " + line.split("=", 1)[1].strip()
    return "aula-gpkg"


def write_rejects(plan: Any, path: Path, texts: Texts) -> None:
    """The plan's rejected features (the library's rows) written by geopandas for the technician;
    no file when nothing is rejected."""
    rejected = list(plan.rejected_features())
    if not rejected:
        print(texts("No feature rejected: {file} was not written.").format(file=path))
        return
    rows = [
        {
            "source_fid": feature.fid,
            "key_value": None if feature.key is None else str(feature.key),
            "reason": ", ".join(reason for reason, _detail in feature.reasons),
            "detail": "; ".join(feature.explanations(texts.library)),
        }
        for feature in rejected
    ]
    epsg = imports.layer_srs_id(plan.target, plan.spec)
    count = tool_module("source_files").write_rejects(
        path, rows, [feature.wkb for feature in rejected], epsg, f"rejets_{plan.layer}"
    )
    print(texts("Rejected features: {file} ({count})").format(file=path, count=count))


def run_import(args: argparse.Namespace, texts: Texts) -> int:
    files = tool_module("source_files")
    bar = ProgressBar(texts, sys.stderr, not args.no_progress)
    try:
        try:
            with imports.plan_import(
                args.path,
                args.layer,
                args.source,
                args.mode,
                args.key,
                args.source_layer,
                bar,
                schema_reader=files.fiona_source_schema,
            ) as plan:
                bar.close()
                for line in plan.summary(texts.library):
                    print(line)
                if args.rejects is not None:
                    write_rejects(plan, args.rejects, texts)
                if not args.apply:
                    print(texts("Dry run: nothing was written (--apply to import)."))
                    return 1 if plan.rejected else 0
                result = imports.apply_import(
                    plan,
                    args.release,
                    tool_version(),
                    args.operator,
                    skip_rejected=args.skip_rejected,
                    progress=bar,
                )
        finally:
            bar.close()
    except errors.AulaError as exc:
        print(texts.error(exc), file=sys.stderr)
        return 1
    print(
        texts("{path}: {written} feature(s) written into {layer}; backup: {backup}").format(
            path=args.path, written=result.written, layer=result.layer, backup=result.backup
        )
    )
    return 0


def run_tables(args: argparse.Namespace, texts: Texts) -> int:
    package_tables = tool_module("package_tables")
    try:
        tables = package_tables.package_tables(args.path)
    except errors.AulaError as exc:
        print(texts.error(exc), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([vars(t) for t in tables], ensure_ascii=False, indent=1))
        return 0
    header = [texts(w) for w in ("table", "type", "rows", "geometry", "spatial index")]
    lines = [header]
    for t in tables:
        index = texts("yes" if t.spatial_index else "no") if t.geometry_column else "-"
        lines.append([t.name, t.data_type or "-", str(t.rows), t.geometry_column or "-", index])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        cells = [
            c.rjust(w) if i == 2 else c.ljust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    print(texts("{path}: {count} table(s).").format(path=args.path, count=len(tables)))
    return 0


#: provenance columns shown, with their label (the build's rows have no import columns)
PROVENANCE_SHOWN = (
    ("source", "source_file"),
    ("source", "source"),
    ("sha256", "source_sha256"),
    ("release", "release"),
    ("operator", "operator"),
    ("counts", "counts"),
    ("tool", "tool_version"),
    ("built", "build_date"),
)


def run_provenance(args: argparse.Namespace, texts: Texts) -> int:
    package_tables = tool_module("package_tables")
    try:
        rows = package_tables.provenance_rows(args.path, args.layer)
    except errors.AulaError as exc:
        print(texts.error(exc), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(texts("{path}: no provenance row.").format(path=args.path))
        return 0
    for row in rows:
        recorded = row.get("recorded_at")
        print(f"{row['layer']}" + (f"  ({texts('recorded')} {recorded})" if recorded else ""))
        shown = set()
        for label, column in PROVENANCE_SHOWN:
            value = row.get(column)
            if value and label not in shown:
                shown.add(label)
                print(f"    {texts(label)}: {value}")
    return 0


def run_rollback(args: argparse.Namespace, texts: Texts) -> int:
    try:
        backup = imports.rollback_import(args.path, args.backup)
    except errors.AulaError as exc:
        print(texts.error(exc), file=sys.stderr)
        return 1
    print(texts("{path}: restored from {backup}").format(path=args.path, backup=backup))
    return 0


def run_checkout(args: argparse.Namespace, texts: Texts) -> int:
    bar = ProgressBar(texts, sys.stderr, not args.no_progress)
    try:
        done = offline.checkout_package(args.path, args.copy, bar)
    except errors.AulaError as exc:
        bar.close()
        print(texts.error(exc), file=sys.stderr)
        return 1
    bar.close()
    print(texts("{copy}: offline copy of {master} (checkout {checkout}); base: {base}").format(
        copy=done.copy, master=args.path, checkout=done.checkout_id, base=done.base))  # fmt: skip
    return 0


def print_changes(texts: Texts, title: str, changes: list) -> None:
    print(texts(title))
    line = texts("{table}: {inserted} added, {updated} changed, {deleted} deleted")
    for t in changes:
        print("  " + line.format(table=t.table, inserted=t.inserted, updated=t.updated,
                                 deleted=t.deleted))  # fmt: skip
    if not changes:
        print("  " + texts("none"))


def run_diff(args: argparse.Namespace, texts: Texts) -> int:
    bar = ProgressBar(texts, sys.stderr, not args.no_progress)
    try:
        changes = offline.diff_package(args.path, args.base, bar)
    except errors.AulaError as exc:
        bar.close()
        print(texts.error(exc), file=sys.stderr)
        return 1
    bar.close()
    if args.json:
        rows = [vars(t) for t in changes]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif not changes:
        print(texts("{path}: no change since the base.").format(path=args.path))
    else:
        print_changes(texts, "Edits of the copy:", changes)
    return 0


def run_merge(args: argparse.Namespace, texts: Texts) -> int:
    bar = ProgressBar(texts, sys.stderr, not args.no_progress)
    try:
        choices = offline.read_choices(args.choices) if args.choices else None
        result = offline.merge_package(
            args.path,
            args.copy,
            policy=args.keep,
            choices=choices,
            dry_run=args.dry_run,
            report=args.report,
            base=args.base,
            tool_version=tool_version(),
            progress=bar,
        )
    except errors.AulaError as exc:
        bar.close()
        print(texts.error(exc), file=sys.stderr)
        return 1
    bar.close()
    print_changes(texts, "Edits of the copy:", result.copy_changes)
    print_changes(texts, "Edits of the master since the checkout:", result.master_changes)
    template = texts(CONFLICT_LINE)
    for c in result.conflicts:
        choice = c.resolution or texts("undecided")
        print(template.format(choice=choice, **c.as_row()))
    if result.report is not None:
        print(texts("Conflict report: {report}").format(report=result.report))
    if result.applied:
        merged = texts("Merged into {path}; backup: {backup}")
        print(merged.format(path=args.path, backup=result.backup))
        return 0
    if result.dry_run:
        print(texts("Dry run: {path} was not written.").format(path=args.path))
        return 1 if result.unresolved else 0  # a real merge would stop
    if result.unresolved:
        undecided = texts(UNDECIDED)
        print(undecided.format(count=len(result.unresolved)), file=sys.stderr)
        return 1
    print(texts("The copy has no edit: nothing to merge."))
    return 0


#: subcommand -> (help, add its arguments, run); import, diff, merge and publish come here
COMMANDS: dict[
    str, tuple[str, Callable[[argparse.ArgumentParser, Texts], None], Callable[..., int]]
] = {}


def _check_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument("--json", action="store_true", help=texts("print the problems as JSON"))
    parser.add_argument(
        "--strict", action="store_true", help=texts("also fail (exit 1) on warnings")
    )


def _migrate_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=texts("list the pending migrations without applying them"),
    )
    parser.add_argument(
        "--backup-dir", type=Path, help=texts("folder of the backup (default: beside the file)")
    )
    parser.add_argument(
        "--no-backup",
        action="store_true",
        help=texts("do not back the file up first (not recommended)"),
    )


def _publish_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument(
        "conninfo",
        help=texts(
            "the database, as a libpq connection string (e.g. 'host=serveur dbname=sig user=aula')"
        ),
    )
    parser.add_argument(
        "--schema", default="aula", help=texts("the schema to write (default: aula)")
    )
    parser.add_argument(
        "--no-replace", action="store_true", help=texts("refuse to replace an existing schema")
    )


def _import_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument(
        "--layer", required=True, help=texts("the package's layer to replace or append to")
    )
    parser.add_argument(
        "--source",
        required=True,
        type=Path,
        help=texts("the source file (GeoPackage, shapefile, GeoJSON...)"),
    )
    parser.add_argument(
        "--source-layer", help=texts("the source file's layer (when it has several)")
    )
    parser.add_argument(
        "--mode",
        choices=imports.MODES,
        default=imports.REPLACE,
        help=texts("replace the layer's content (default) or append to it"),
    )
    parser.add_argument("--key", help=texts("key field (default: the layer's; empty for none)"))
    parser.add_argument("--release", default="", help=texts("release of the source (e.g. 2024)"))
    parser.add_argument("--operator", help=texts("who imports (default: the session's user)"))
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--dry-run",
        action="store_true",
        help=texts("only show what the import would do (the default)"),
    )
    group.add_argument(
        "--apply", action="store_true", help=texts("write the import into the package")
    )
    parser.add_argument(
        "--skip-rejected",
        action="store_true",
        help=texts("import the accepted features, leaving the rejected ones out"),
    )
    parser.add_argument(
        "--rejects",
        type=Path,
        metavar="FILE",
        help=texts(
            "write the rejected features (fid, key, reason, geometry) to this file (GeoPackage, "
            "GeoJSON or shapefile), to correct the source in QGIS"
        ),
    )


def _tables_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument("--json", action="store_true", help=texts("print the tables as JSON"))


def _provenance_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument("--layer", help=texts("only the rows of this layer"))
    parser.add_argument("--json", action="store_true", help=texts("print the rows as JSON"))


def _rollback_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument(
        "--backup",
        type=Path,
        help=texts("the backup to restore (default: the latest import backup)"),
    )


def _checkout_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument("copy", type=Path, help=texts("the offline copy to write (a new file)"))


def _diff_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument(
        "--base",
        type=Path,
        help=texts("the base to compare with (default: the copy's checkout snapshot)"),
    )
    parser.add_argument("--json", action="store_true", help=texts("print the changes as JSON"))


def _merge_arguments(parser: argparse.ArgumentParser, texts: Texts) -> None:
    parser.add_argument("copy", type=Path, help=texts("the offline copy"))
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=texts("list the changes and conflicts, write nothing"),
    )
    parser.add_argument(
        "--keep",
        choices=offline.POLICIES,
        default=offline.STOP,
        help=texts("what to keep in a conflict: stop (default), master or copy"),
    )
    parser.add_argument(
        "--choices",
        type=Path,
        help=texts(
            "per-conflict choices: the conflict report with its resolution column filled in"
        ),
    )
    parser.add_argument(
        "--report", type=Path, help=texts("write the conflicts to this CSV or JSON file")
    )
    parser.add_argument(
        "--base",
        type=Path,
        help=texts("the base to compare with (default: the copy's checkout snapshot)"),
    )


COMMANDS["check"] = (
    "Check a GeoPackage: SQLite integrity, GeoPackage requirements, spatial indexes, foreign "
    "keys and the AULA schema; exit 1 if any error is found.",
    _check_arguments,
    run_check,
)
COMMANDS["migrate"] = (
    "Update an older package to the current data schema (a backup of the file is made first).",
    _migrate_arguments,
    run_migrate,
)


COMMANDS["import"] = (
    "Import a layer (or a new millésime) from a source file after checking it: a dry run by "
    "default (what would be added, removed, changed, rejected and why); --apply writes it, all "
    "or nothing, after a backup, with its provenance row.",
    _import_arguments,
    run_import,
)
COMMANDS["tables"] = (
    "List the package's tables (opened read only, with sqlite-utils): GeoPackage data type, "
    "rows, geometry column and spatial index.",
    _tables_arguments,
    run_tables,
)
COMMANDS["provenance"] = (
    "Show the package's import history (aula_provenance, read only with sqlite-utils), newest "
    "first.",
    _provenance_arguments,
    run_provenance,
)
COMMANDS["rollback"] = (
    "Put the package back as an import backup holds it (by default the latest one).",
    _rollback_arguments,
    run_rollback,
)
COMMANDS["checkout"] = (
    "Check out an offline copy of the package (its base snapshot is kept beside the master, "
    "in .aula_checkouts).",
    _checkout_arguments,
    run_checkout,
)
COMMANDS["diff"] = (
    "Show what an offline copy changed since its checkout (or since --base), per table; needs "
    "pygeodiff.",
    _diff_arguments,
    run_diff,
)
COMMANDS["merge"] = (
    "Merge the edits of an offline copy back into the master with pygeodiff (a backup of the "
    "master first); exit 1 while conflicts are undecided.",
    _merge_arguments,
    run_merge,
)
COMMANDS["publish"] = (
    "Publish the package to a PostgreSQL/PostGIS schema (all or nothing: a staging schema "
    "replaces the old one in one transaction), as aula:publishpostgis does in QGIS.",
    _publish_arguments,
    run_publish,
)


def parser_for(texts: Texts) -> argparse.ArgumentParser:
    # argparse's own words ("usage:", "options") go through gettext: give them in our language
    argparse._ = texts  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(
        prog="aula-gpkg",
        description=texts(
            "Maintain the AULA territory GeoPackage: check its integrity, update its schema, "
            "import layers, merge offline copies, publish it to PostGIS."
        ),
        epilog=texts("Exit status: 0 success, 1 failure or problems found, 2 wrong usage."),
        add_help=False,
    )
    parser.add_argument(
        "-h", "--help", action="help", help=texts("show this help message and exit")
    )
    sub = parser.add_subparsers(dest="command", required=True, title=texts("subcommands"))
    for name, (text, arguments, _run) in COMMANDS.items():
        command = sub.add_parser(name, help=texts(text), description=texts(text), add_help=False)
        command.add_argument(
            "-h", "--help", action="help", help=texts("show this help message and exit")
        )
        command.add_argument("path", type=Path, help=texts("the GeoPackage file"))
        command.add_argument("--no-progress", action="store_true", help=texts("no progress bar"))
        arguments(command, texts)
    return parser


def main(argv: list[str] | None = None) -> int:
    texts = Texts(messages.language())
    args = parser_for(texts).parse_args(argv)
    try:
        return COMMANDS[args.command][2](args, texts)
    except ToolError as exc:
        name, error = exc.args
        print(texts(MISSING_MODULE).format(needs=NEEDS[name], error=error), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
